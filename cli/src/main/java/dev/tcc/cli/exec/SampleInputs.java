package dev.tcc.cli.exec;

import dev.tcc.compiler.accuracy.RandomInputs;
import dev.tcc.frontend.onnx.TestCase;
import dev.tcc.frontend.onnx.proto.Onnx.ModelProto;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.TensorType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Inputs to time or tune a model on: the model folder's {@code test_data_set_0} when there is one, else seeded
 * random data of the declared types (floats uniform in [-1, 1), integers and booleans 0 or 1, which is a valid
 * index, token id or mask for any model).
 */
public final class SampleInputs {
    private SampleInputs() {}

    /** The seed of the random inputs: the same inputs on every run. */
    public static final long SEED = 42;

    /**
     * Inputs for the model {@code m} read from {@code file}: those of {@code test_data_set_0} next to it, else random
     * ones with {@code shapes} for inputs whose declared shapes are symbolic.
     */
    public static Map<String, Tensor> forModel(Path file, ModelProto m, Map<String, Shape> shapes) {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null && Files.isDirectory(dir.resolve("test_data_set_0"))) return TestCase.load(dir, m).inputs();
        Random r = new Random(SEED);
        Map<String, Tensor> out = new LinkedHashMap<>();
        for (ModelInputs.Declared d : ModelInputs.inputs(m)) {
            if (!d.isTensor() || d.dtype() == null) throw new TccException(file + ": input '" + d.name() + "' is a " + d.typeText() + "; give a model folder with test_data_set_0");
            Shape s = shapes.get(d.name());
            if (s == null) s = Shape.of(d.dims() == null ? new long[0] : d.dims().stream().mapToLong(x -> x.chars().allMatch(Character::isDigit) ? Long.parseLong(x) : 1).toArray());
            out.put(d.name(), random(new TensorType(d.dtype(), s), r));
        }
        return out;
    }

    /** A tensor of {@code type} with values drawn from {@code r} ({@link RandomInputs}). */
    public static Tensor random(TensorType type, Random r) {
        try {
            return RandomInputs.tensor(type, r);
        } catch (IllegalArgumentException e) {
            throw new TccException(e.getMessage() + "; give a model folder with test_data_set_0");
        }
    }

    /** Random inputs for {@code types} (by name), in order, from one seeded generator. */
    public static Map<String, Tensor> random(List<Map.Entry<String, TensorType>> types) {
        Random r = new Random(SEED);
        Map<String, Tensor> out = new LinkedHashMap<>();
        for (Map.Entry<String, TensorType> e : types) out.put(e.getKey(), random(e.getValue(), r));
        return out;
    }
}
