package dev.tcc.frontend.onnx;

import com.google.protobuf.InvalidProtocolBufferException;
import dev.tcc.frontend.onnx.proto.Onnx.GraphProto;
import dev.tcc.frontend.onnx.proto.Onnx.ModelProto;
import dev.tcc.frontend.onnx.proto.Onnx.OperatorSetIdProto;
import dev.tcc.frontend.onnx.proto.Onnx.TensorShapeProto;
import dev.tcc.frontend.onnx.proto.Onnx.TypeProto;
import dev.tcc.frontend.onnx.proto.Onnx.ValueInfoProto;
import dev.tcc.ir.DType;
import dev.tcc.ir.Graph;
import dev.tcc.ir.Shape;
import dev.tcc.ir.TensorType;
import dev.tcc.ir.Value;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Imports an ONNX model into tcc's graph IR. Every ONNX operator is mapped onto core ops (decomposed
 * where no core op matches); values computable at compile time (initializers, Constant nodes, shape
 * arithmetic on static shapes) are folded while importing.
 */
public final class OnnxImporter {
    private OnnxImporter() {}

    /** Newest default-domain opset tcc knows. Newer models are refused with a clear message. */
    public static final int MAX_OPSET = 28;

    /** Reads and parses a model file. */
    public static ModelProto readModel(Path path) {
        byte[] bytes;
        try {
            bytes = dev.tcc.ir.SafeFiles.read(path, dev.tcc.ir.Limits.maxBytes());
        } catch (NoSuchFileException e) {
            throw new OnnxException(path + ": no such file");
        } catch (IOException e) {
            throw new OnnxException(path + ": cannot read: " + e.getMessage(), e);
        }
        if (bytes.length == 0) throw new OnnxException(path + ": the file is empty; expected an ONNX model (.onnx)");
        try {
            ModelProto m = ModelProto.parseFrom(bytes);
            if (!m.hasGraph()) throw new OnnxException(path + ": not an ONNX model (no graph found); is this the right file?");
            return m;
        } catch (InvalidProtocolBufferException e) {
            throw new OnnxException(path + ": not a valid ONNX model: the protobuf data is truncated or corrupt (" + e.getMessage() + ")");
        }
    }

    /** Imports the model at {@code path}. */
    public static Graph importModel(Path path, ImportOptions options) {
        ModelProto m = readModel(path);
        Path dir = path.toAbsolutePath().getParent();
        return importModel(m, dir, path.toString(), options);
    }

    /** Imports a parsed model; {@code modelDir} resolves external data, {@code file} names it in messages. */
    public static Graph importModel(ModelProto m, Path modelDir, String file, ImportOptions options) {
        int opset = defaultOpset(m, file);
        ImportSession s = new ImportSession(file, modelDir, opset, options, OpRegistry.defaults());
        GraphProto g = m.getGraph();
        if (!m.getFunctionsList().isEmpty()) throw new OnnxException(file + ": model-local functions are not supported by tcc");
        if (g.getSparseInitializerCount() > 0) throw new OnnxException(file + ": sparse initializers are not supported by tcc");
        Scope scope = new Scope(null);
        Set<String> initializers = new HashSet<>();
        g.getInitializerList().forEach(t -> initializers.add(t.getName()));
        for (ValueInfoProto in : g.getInputList()) {
            if (initializers.contains(in.getName())) continue; // IR < 4 lists initializers as inputs
            Value v = s.builder.input(in.getName(), inputType(in, file, options));
            s.inputNames.put(v.name(), in.getName());
            scope.define(in.getName(), v);
        }
        s.importNodes(g, scope);
        List<Value> outs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (ValueInfoProto o : g.getOutputList()) {
            Value v = scope.lookup(o.getName());
            if (v == null) throw new OnnxException(file + ": graph output '" + o.getName() + "' is not produced by any node");
            checkDeclared(o, v, file, options);
            outs.add(v);
            names.add(o.getName());
        }
        String name = g.getName().isEmpty() ? "main" : g.getName();
        return s.builder.build(name, outs, names, false);
    }

    /**
     * Refuses a graph output whose declared element type differs from what its node computes, or whose declared
     * static dimensions differ from the inferred ones (unless input shapes were given, which may change them).
     * Symbolic and missing dimensions, and outputs declared without a type, are not checked.
     */
    private static void checkDeclared(ValueInfoProto o, Value v, String file, ImportOptions options) {
        if (!o.getType().hasTensorType()) return;
        TypeProto.Tensor t = o.getType().getTensorType();
        String what = file + ": graph output '" + o.getName() + "'";
        if (t.getElemType() != 0) {
            DType declared = DType.fromOnnx(t.getElemType());
            if (declared != v.type().dtype()) {
                throw new OnnxException(what + " is declared " + (declared == null ? TensorCodec.typeName(t.getElemType()) : declared.irName())
                        + ", but the graph computes " + v.type() + "; fix the declaration (or the model that produces it)");
            }
        }
        if (!t.hasShape() || !options.inputShapes().isEmpty()) return;
        List<TensorShapeProto.Dimension> dims = t.getShape().getDimList();
        Shape inferred = v.type().shape();
        boolean differs = dims.size() != inferred.rank() && dims.stream().allMatch(TensorShapeProto.Dimension::hasDimValue);
        for (int i = 0; !differs && i < Math.min(dims.size(), inferred.rank()); i++) {
            differs = dims.get(i).hasDimValue() && dims.get(i).getDimValue() != inferred.dim(i);
        }
        if (differs) {
            throw new OnnxException(what + " is declared with shape " + declaredShape(dims) + ", but the graph computes " + v.type()
                    + "; fix the declaration (or the model that produces it)");
        }
    }

    private static String declaredShape(List<TensorShapeProto.Dimension> dims) {
        return dims.stream().map(d -> d.hasDimValue() ? String.valueOf(d.getDimValue()) : d.getDimParam().isEmpty() ? "?" : d.getDimParam())
                .collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }

    private static int defaultOpset(ModelProto m, String file) {
        int opset = -1;
        for (OperatorSetIdProto o : m.getOpsetImportList()) {
            if (o.getDomain().isEmpty() || o.getDomain().equals("ai.onnx")) opset = (int) o.getVersion();
        }
        if (opset < 0) opset = m.getOpsetImportCount() == 0 ? 1 : -1;
        if (opset < 0) throw new OnnxException(file + ": the model imports no default-domain (ai.onnx) opset");
        if (opset > MAX_OPSET) {
            throw new OnnxException(file + ": the model needs ONNX opset " + opset + "; tcc supports opsets 1 to " + MAX_OPSET
                    + ". Re-export the model with an older opset (e.g. torch.onnx.export(..., opset_version=" + Math.min(opset, 20) + "))");
        }
        return opset;
    }

    private static TensorType inputType(ValueInfoProto in, String file, ImportOptions options) {
        TypeProto t = in.getType();
        if (!t.hasTensorType()) {
            throw new OnnxException(file + ": graph input '" + in.getName() + "' is a " + t.getValueCase().name().toLowerCase()
                    + "; tcc supports tensor inputs only");
        }
        DType dtype = DType.fromOnnx(t.getTensorType().getElemType());
        if (dtype == null) {
            throw new OnnxException(file + ": graph input '" + in.getName() + "' has element type "
                    + TensorCodec.typeName(t.getTensorType().getElemType()) + ", which tcc does not support");
        }
        Shape given = options.inputShapes().get(in.getName());
        if (given != null) return new TensorType(dtype, given);
        if (!t.getTensorType().hasShape()) {
            throw new OnnxException(file + ": graph input '" + in.getName() + "' has no shape; give its shape when compiling");
        }
        List<TensorShapeProto.Dimension> dims = t.getTensorType().getShape().getDimList();
        long[] d = new long[dims.size()];
        for (int i = 0; i < d.length; i++) {
            if (!dims.get(i).hasDimValue()) {
                String sym = dims.get(i).getDimParam();
                throw new OnnxException(file + ": graph input '" + in.getName() + "' has a symbolic dimension "
                        + (sym.isEmpty() ? "(unnamed)" : "'" + sym + "'") + " at axis " + i + "; give the input's shape when compiling");
            }
            d[i] = dims.get(i).getDimValue();
        }
        return new TensorType(dtype, new Shape(d));
    }
}
