package dev.tcc.cli.conformance;

import dev.tcc.frontend.onnx.proto.Onnx.AttributeProto;
import dev.tcc.frontend.onnx.proto.Onnx.GraphProto;
import dev.tcc.frontend.onnx.proto.Onnx.ModelProto;
import dev.tcc.frontend.onnx.proto.Onnx.NodeProto;
import dev.tcc.frontend.onnx.proto.Onnx.TensorProto;
import dev.tcc.frontend.onnx.proto.Onnx.ValueInfoProto;
import dev.tcc.frontend.onnx.TensorCodec;
import dev.tcc.ir.Tensor;

import java.util.Map;
import java.util.Set;

/**
 * Which conformance cases cannot be judged, and why. Only two kinds are skipped: cases whose data is not
 * tensors (sequence, optional or map values, which tcc's graph IR does not have), and cases whose expected
 * outputs come from a random number generator that cannot be reproduced (random ops; Dropout in
 * training mode with a non-zero ratio). Everything else runs and passes or fails.
 */
public final class SkipRules {
    private SkipRules() {}

    /** Ops whose outputs are drawn from numpy's RNG when the expected data was made. */
    private static final Set<String> RANDOM_OPS = Set.of("Bernoulli", "Multinomial", "RandomNormal", "RandomNormalLike",
            "RandomUniform", "RandomUniformLike");

    /** Why the case of model {@code m} is skipped judging by the model alone, or null. */
    public static String fromModel(ModelProto m) {
        GraphProto g = m.getGraph();
        for (ValueInfoProto v : g.getInputList()) {
            String why = nonTensor(v, "input");
            if (why != null) return why;
        }
        for (ValueInfoProto v : g.getOutputList()) {
            String why = nonTensor(v, "output");
            if (why != null) return why;
        }
        String random = randomOp(g);
        return random == null ? null : "uses the random op " + random
                + "; its expected outputs were drawn from numpy's random generator and cannot be reproduced";
    }

    /** Why the case is skipped given its input data ({@code inputs}, by name), or null. */
    public static String fromData(ModelProto m, Map<String, Tensor> inputs) {
        for (NodeProto n : m.getGraph().getNodeList()) {
            if (!n.getOpType().equals("Dropout") || !n.getDomain().isEmpty() || n.getInputCount() < 3) continue;
            Tensor training = value(m, inputs, n.getInput(2));
            if (training == null || training.size() != 1 || training.getLong(0) == 0) continue;
            Tensor ratio = n.getInputCount() > 1 && !n.getInput(1).isEmpty() ? value(m, inputs, n.getInput(1)) : null;
            if (ratio != null && ratio.size() == 1 && ratio.getDouble(0) == 0) continue;
            String node = n.getName().isEmpty() ? "Dropout:" + n.getOutput(0) : n.getName();
            return "Dropout node '" + node + "' runs in training mode, so its mask is random and the expected outputs cannot be reproduced";
        }
        return null;
    }

    private static String nonTensor(ValueInfoProto v, String what) {
        if (!v.hasType() || v.getType().hasTensorType()) return null;
        String kind = v.getType().getValueCase().name().toLowerCase().replace("_type", "");
        return "graph " + what + " '" + v.getName() + "' is " + (kind.startsWith("o") ? "an " : "a ") + kind + " value; tcc's graph IR has tensors only";
    }

    private static String randomOp(GraphProto g) {
        for (NodeProto n : g.getNodeList()) {
            if (RANDOM_OPS.contains(n.getOpType())) return n.getOpType();
            for (AttributeProto a : n.getAttributeList()) {
                if (a.hasG()) {
                    String r = randomOp(a.getG());
                    if (r != null) return r;
                }
                for (GraphProto sub : a.getGraphsList()) {
                    String r = randomOp(sub);
                    if (r != null) return r;
                }
            }
        }
        return null;
    }

    /** The value named {@code name}: a test input, an initializer or a Constant node's tensor; null when unknown. */
    private static Tensor value(ModelProto m, Map<String, Tensor> inputs, String name) {
        if (inputs.containsKey(name)) return inputs.get(name);
        try {
            for (TensorProto t : m.getGraph().getInitializerList()) if (t.getName().equals(name)) return TensorCodec.decode(t, null, "initializer");
            for (NodeProto n : m.getGraph().getNodeList()) {
                if (n.getOpType().equals("Constant") && n.getOutputCount() == 1 && n.getOutput(0).equals(name)) {
                    for (AttributeProto a : n.getAttributeList()) if (a.getName().equals("value")) return TensorCodec.decode(a.getT(), null, "constant");
                }
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }
}
