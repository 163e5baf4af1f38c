package dev.tcc.frontend.onnx;

import dev.tcc.ir.Shape;
import dev.tcc.ir.Tensor;

import java.util.Map;

/**
 * How to import a model.
 *
 * @param bindings    values of graph inputs that the importer may turn into constants where an operator
 *                    needs a static value (a Reshape's shape, a Reduce's axes) that the model supplies as a
 *                    run-time input; inputs not needed that way stay inputs
 * @param inputShapes shapes of graph inputs, overriding the model's declared (possibly symbolic) shapes
 */
public record ImportOptions(Map<String, Tensor> bindings, Map<String, Shape> inputShapes) {
    public ImportOptions {
        bindings = Map.copyOf(bindings);
        inputShapes = Map.copyOf(inputShapes);
    }

    public static final ImportOptions DEFAULT = new ImportOptions(Map.of(), Map.of());

    /** Options for running on known inputs: every input may be bound and gives its shape. */
    public static ImportOptions forInputs(Map<String, Tensor> inputs) {
        Map<String, Shape> shapes = new java.util.HashMap<>();
        inputs.forEach((k, v) -> shapes.put(k, v.shape()));
        return new ImportOptions(inputs, shapes);
    }
}
