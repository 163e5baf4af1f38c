package dev.tcc.frontend.onnx;

import dev.tcc.frontend.onnx.proto.Onnx.ModelProto;
import dev.tcc.frontend.onnx.proto.Onnx.TensorProto;
import dev.tcc.frontend.onnx.proto.Onnx.ValueInfoProto;
import dev.tcc.ir.Tensor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One case in ONNX's backend-test layout: {@code model.onnx} and {@code test_data_set_0/input_<i>.pb},
 * {@code output_<j>.pb}. Input {@code i} belongs to the i-th graph input that is not an initializer.
 */
public record TestCase(String name, Path dir, ModelProto model, Map<String, Tensor> inputs, List<String> outputNames, List<Tensor> expected) {

    /** This case expecting {@code outputs} instead (another implementation's outputs for the same inputs). */
    public TestCase withExpected(List<Tensor> outputs) { return new TestCase(name, dir, model, inputs, outputNames, List.copyOf(outputs)); }

    /** True when {@code dir} looks like a case folder. */
    public static boolean isCase(Path dir) { return Files.isRegularFile(dir.resolve("model.onnx")); }

    /** The case folders at or below {@code root}, sorted by name. */
    public static List<Path> find(Path root) throws IOException {
        if (isCase(root)) return List.of(root);
        try (Stream<Path> s = Files.walk(root, 3)) {
            return s.filter(Files::isDirectory).filter(TestCase::isCase).sorted().toList();
        }
    }

    /** Loads the case in {@code dir} (first data set). */
    public static TestCase load(Path dir) { return load(dir, OnnxImporter.readModel(dir.resolve("model.onnx"))); }

    /** Loads the case in {@code dir} whose {@code model.onnx} the caller has already parsed as {@code m}. */
    public static TestCase load(Path dir, ModelProto m) {
        Path data = dir.resolve("test_data_set_0");
        Set<String> inits = new HashSet<>();
        m.getGraph().getInitializerList().forEach(t -> inits.add(t.getName()));
        List<ValueInfoProto> realInputs = m.getGraph().getInputList().stream().filter(i -> !inits.contains(i.getName())).toList();
        Map<String, Tensor> inputs = new LinkedHashMap<>();
        for (int i = 0; i < realInputs.size(); i++) {
            Path f = data.resolve("input_" + i + ".pb");
            if (!Files.exists(f)) continue; // an optional input the case leaves out
            inputs.put(realInputs.get(i).getName(), readTensor(f, realInputs.get(i)));
        }
        List<String> outNames = new ArrayList<>();
        List<Tensor> expected = new ArrayList<>();
        for (int j = 0; j < m.getGraph().getOutputCount(); j++) {
            ValueInfoProto o = m.getGraph().getOutput(j);
            outNames.add(o.getName());
            expected.add(readTensor(data.resolve("output_" + j + ".pb"), o));
        }
        return new TestCase(dir.getFileName().toString(), dir, m, inputs, outNames, expected);
    }

    private static Tensor readTensor(Path f, ValueInfoProto declared) {
        if (!declared.getType().hasTensorType()) {
            throw new OnnxException(f + ": value '" + declared.getName() + "' is a " + declared.getType().getValueCase().name().toLowerCase()
                    + " (sequence/optional data); tcc supports tensor values only");
        }
        try {
            return TensorCodec.decode(TensorProto.parseFrom(Files.readAllBytes(f)), null, f.toString());
        } catch (IOException e) {
            throw new OnnxException(f + ": cannot read test data: " + e.getMessage(), e);
        }
    }
}
