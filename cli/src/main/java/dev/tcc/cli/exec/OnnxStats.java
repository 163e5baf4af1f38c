package dev.tcc.cli.exec;

import dev.tcc.frontend.onnx.proto.Onnx.AttributeProto;
import dev.tcc.frontend.onnx.proto.Onnx.GraphProto;
import dev.tcc.frontend.onnx.proto.Onnx.ModelProto;
import dev.tcc.frontend.onnx.proto.Onnx.NodeProto;
import dev.tcc.frontend.onnx.proto.Onnx.TensorProto;
import dev.tcc.ir.DType;

import java.util.Map;
import java.util.TreeMap;

/** Counts taken from an ONNX model as written, before import: operators and parameters. */
public final class OnnxStats {
    private OnnxStats() {}

    /**
     * Nodes per operator type, including nodes inside subgraphs (If branches, Loop and Scan bodies).
     * Operators of other domains are written {@code domain:Op}.
     */
    public static Map<String, Integer> opHistogram(ModelProto m) {
        Map<String, Integer> h = new TreeMap<>();
        count(m.getGraph(), h);
        return h;
    }

    private static void count(GraphProto g, Map<String, Integer> h) {
        for (NodeProto n : g.getNodeList()) {
            String d = n.getDomain();
            h.merge(d.isEmpty() || d.equals("ai.onnx") ? n.getOpType() : d + ":" + n.getOpType(), 1, Integer::sum);
            for (AttributeProto a : n.getAttributeList()) {
                if (a.hasG()) count(a.getG(), h);
                for (GraphProto sub : a.getGraphsList()) count(sub, h);
            }
        }
    }

    /** Elements and storage bytes of a set of tensors. */
    public record Params(long tensors, long elements, long bytes) {}

    /** The model's initializers (its weights). */
    public static Params initializers(ModelProto m) {
        long n = 0, elements = 0, bytes = 0;
        for (TensorProto t : m.getGraph().getInitializerList()) {
            long e = 1;
            for (long d : t.getDimsList()) e *= d;
            DType dt = DType.fromOnnx(t.getDataType());
            n++;
            elements += e;
            bytes += dt == null || dt == DType.STRING ? 0 : (e * dt.bits() + 7) / 8;
        }
        return new Params(n, elements, bytes);
    }
}
