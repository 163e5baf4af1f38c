package dev.tcc.cli;

import dev.tcc.cli.exec.ModelInputs;
import dev.tcc.cli.exec.TccException;
import dev.tcc.frontend.onnx.proto.Onnx.ModelProto;
import dev.tcc.ir.Shape;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The {@code --shape} option of commands that import a model without running it, and the input shapes it gives. */
final class ShapeOption {
    @Option(names = "--shape", paramLabel = "NAME=D1,D2,...", description = "The shape of an input with symbolic dimensions, e.g. x=1,3,224,224. Repeatable.")
    List<String> shapes = new ArrayList<>();

    /**
     * The shapes to import {@code m} with: those given as {@code NAME=D1,D2,...}, and symbolic dimensions of
     * the others taken as 1 (with a note on {@code out}).
     */
    Map<String, Shape> inputShapes(ModelProto m, PrintWriter out) {
        Map<String, Shape> given = new HashMap<>();
        for (String s : shapes) {
            int eq = s.indexOf('=');
            if (eq <= 0) throw new TccException("--shape " + s + ": expected NAME=D1,D2,... (e.g. x=1,3,224,224)");
            try {
                String dims = s.substring(eq + 1).strip();
                given.put(s.substring(0, eq), Shape.of(dims.isEmpty() ? new long[0]
                        : Arrays.stream(dims.split(",")).mapToLong(d -> Long.parseLong(d.strip())).toArray()));
            } catch (IllegalArgumentException e) {
                throw new TccException("--shape " + s + ": dimensions must be non-negative integers separated by commas");
            }
        }
        Map<String, Shape> result = new HashMap<>(given);
        List<ModelInputs.Declared> declared = ModelInputs.inputs(m);
        for (String name : given.keySet()) {
            if (declared.stream().noneMatch(d -> d.name().equals(name))) throw new TccException("--shape: the model has no input '" + name + "'");
        }
        for (ModelInputs.Declared d : declared) {
            if (given.containsKey(d.name()) || d.dims() == null || d.dims().stream().allMatch(x -> x.chars().allMatch(Character::isDigit))) continue;
            long[] dims = d.dims().stream().mapToLong(x -> x.chars().allMatch(Character::isDigit) ? Long.parseLong(x) : 1).toArray();
            result.put(d.name(), Shape.of(dims));
            out.println("note: input '" + d.name() + "' " + d.typeText() + " taken as " + Shape.of(dims) + " (give --shape " + d.name() + "=... to change)");
        }
        return result;
    }
}
