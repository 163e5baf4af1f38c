package dev.tcc.cli.exec;

import dev.tcc.frontend.onnx.proto.Onnx.ModelProto;
import dev.tcc.frontend.onnx.proto.Onnx.TensorProto;
import dev.tcc.frontend.onnx.proto.Onnx.TensorShapeProto;
import dev.tcc.frontend.onnx.proto.Onnx.TypeProto;
import dev.tcc.frontend.onnx.proto.Onnx.ValueInfoProto;
import dev.tcc.ir.DType;
import dev.tcc.ir.Tensor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The inputs and outputs an ONNX model declares, as the user sees them, and the checks of user-given
 * input tensors against them (names, element types, static dimensions).
 */
public final class ModelInputs {
    private ModelInputs() {}

    /**
     * A declared graph value: its name, element type (null when tcc has no such type or it is not a
     * tensor), dimensions (a number, a symbol, or "?"), and its kind ("tensor", "sequence", ...).
     */
    public record Declared(String name, int onnxElemType, DType dtype, List<String> dims, String kind) {
        public boolean isTensor() { return kind.equals("tensor"); }

        /** Type text like {@code f32[batch,3,224,224]}, or the ONNX kind for non-tensors. */
        public String typeText() {
            if (!isTensor()) return kind;
            String t = dtype != null ? dtype.irName() : TensorProto.DataType.forNumber(onnxElemType) == null ? "type" + onnxElemType
                    : TensorProto.DataType.forNumber(onnxElemType).name().toLowerCase();
            return dims == null ? t + "[?]" : t + "[" + String.join(",", dims) + "]";
        }
    }

    /** The graph inputs that are not initializers (what a user must give), in order. */
    public static List<Declared> inputs(ModelProto m) {
        Set<String> inits = new HashSet<>();
        m.getGraph().getInitializerList().forEach(t -> inits.add(t.getName()));
        List<Declared> out = new ArrayList<>();
        for (ValueInfoProto v : m.getGraph().getInputList()) if (!inits.contains(v.getName())) out.add(declared(v));
        return out;
    }

    /** The graph outputs, in order. */
    public static List<Declared> outputs(ModelProto m) {
        return m.getGraph().getOutputList().stream().map(ModelInputs::declared).toList();
    }

    static Declared declared(ValueInfoProto v) {
        TypeProto t = v.getType();
        if (!t.hasTensorType()) {
            String kind = t.getValueCase() == TypeProto.ValueCase.VALUE_NOT_SET ? "untyped" : t.getValueCase().name().toLowerCase().replace("_type", "");
            return new Declared(v.getName(), 0, null, null, kind);
        }
        int elem = t.getTensorType().getElemType();
        List<String> dims = null;
        if (t.getTensorType().hasShape()) {
            dims = new ArrayList<>();
            for (TensorShapeProto.Dimension d : t.getTensorType().getShape().getDimList()) {
                dims.add(d.hasDimValue() ? Long.toString(d.getDimValue()) : d.getDimParam().isEmpty() ? "?" : d.getDimParam());
            }
        }
        return new Declared(v.getName(), elem, DType.fromOnnx(elem), dims, "tensor");
    }

    /**
     * Checks that the inputs in {@code given} are inputs of the model at {@code file} and have the declared
     * element types and static dimensions, and that no input with a symbolic shape is missing. (A missing
     * input with a static shape is an error only when the imported graph uses it.)
     */
    public static void check(String file, ModelProto m, Map<String, Tensor> given) {
        List<Declared> declared = inputs(m);
        Set<String> names = new HashSet<>();
        for (Declared d : declared) names.add(d.name());
        for (String g : given.keySet()) {
            if (!names.contains(g)) {
                throw new TccException(file + ": the model has no input '" + g + "'; its inputs are: " + describe(declared));
            }
        }
        for (Declared d : declared) {
            Tensor t = given.get(d.name());
            if (t == null) {
                // an input with a static shape may be unused (then import drops it); the runner checks the rest
                if (d.dims() == null || !d.dims().stream().allMatch(x -> x.chars().allMatch(Character::isDigit))) throw missing(file, d);
                continue;
            }
            if (!d.isTensor()) throw new TccException(file + ": input '" + d.name() + "' is a " + d.kind() + "; tcc supports tensor inputs only");
            if (d.dtype() != t.dtype()) {
                throw new TccException(file + ": input '" + d.name() + "' must have element type " + d.typeText() + ", but the file holds "
                        + t.type() + "; convert it (e.g. numpy a.astype(...)) before running");
            }
            if (d.dims() != null) checkDims(file, d, t);
        }
    }

    /** The error for an input the user did not give. */
    public static TccException missing(String file, Declared d) {
        return new TccException(file + ": missing input '" + d.name() + "' (" + d.typeText() + "); give it with --input "
                + d.name() + "=FILE (.pb or .npy)");
    }

    private static void checkDims(String file, Declared d, Tensor t) {
        boolean ok = d.dims().size() == t.shape().rank();
        for (int i = 0; ok && i < d.dims().size(); i++) {
            String want = d.dims().get(i);
            if (want.chars().allMatch(Character::isDigit) && Long.parseLong(want) != t.shape().dim(i)) ok = false;
        }
        if (!ok) throw new TccException(file + ": input '" + d.name() + "' must have shape " + d.typeText() + ", but the file holds " + t.type());
    }

    private static String describe(List<Declared> declared) {
        if (declared.isEmpty()) return "(none)";
        return String.join(", ", declared.stream().map(d -> d.name() + " " + d.typeText()).toList());
    }
}
