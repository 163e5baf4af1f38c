package dev.tcc.cli;

import dev.tcc.cli.exec.SampleInputs;
import dev.tcc.compiler.Compiler;
import dev.tcc.compiler.accuracy.AccuracyReport;
import dev.tcc.frontend.onnx.TestCase;
import dev.tcc.frontend.onnx.proto.Onnx.ModelProto;
import dev.tcc.ir.Tensor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The error a changed compile (quantised, pruned) makes against the model as imported: both graphs on the reference
 * interpreter, on the model's {@code test_data_set_0} when it has one beside it and on {@link #RANDOM_SETS} seeded
 * random input sets.
 */
final class Accuracy {
    private Accuracy() {}

    /** Random input sets compared besides the sample. */
    static final int RANDOM_SETS = 2;

    /** {@code changed} against {@code reference}, both optimised from {@code m} (read from {@code file}). */
    static AccuracyReport report(Compiler.Optimised reference, Compiler.Optimised changed, Path file, ModelProto m) {
        return AccuracyReport.compare(reference.optimised(), changed.optimised(), samples(file, m), RANDOM_SETS, SampleInputs.SEED);
    }

    /** The inputs of the model's {@code test_data_set_0} beside {@code file}, or none. */
    static Map<String, Tensor> samples(Path file, ModelProto m) {
        Path dir = file.toAbsolutePath().getParent();
        return dir != null && Files.isDirectory(dir.resolve("test_data_set_0")) ? TestCase.load(dir, m).inputs() : Map.of();
    }
}
