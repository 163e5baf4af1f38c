import dev.tcc.api.Model;
import dev.tcc.api.Outputs;
import dev.tcc.api.Port;
import dev.tcc.api.Target;
import dev.tcc.api.Tensor;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * The Java API in one file: compiles an ONNX model for OpenCL (else the reference interpreter), runs it on a
 * ramp input and prints the first output. Run it with the shaded CLI jar, which holds the API:
 *
 *   java --enable-native-access=ALL-UNNAMED -cp cli/target/tcc-cli-0.1.0-SNAPSHOT-all.jar \
 *        examples/java-api/Main.java examples/mlp/model.onnx
 */
public class Main {
    public static void main(String[] args) {
        Path onnx = Path.of(args.length > 0 ? args[0] : "examples/mlp/model.onnx");
        try (Model m = Model.compile(onnx, Target.opencl(), Target.reference())) {
            System.out.println(m + ", inputs " + m.inputs() + ", outputs " + m.outputs());
            Port x = m.inputs().getFirst();
            int n = Math.toIntExact(Arrays.stream(x.shape()).reduce(1, Math::multiplyExact));
            float[] data = new float[n];
            for (int i = 0; i < n; i++) data[i] = (i % 17) / 17f - 0.5f;
            Outputs y = m.run(Map.of(x.name(), Tensor.of(data, x.shape())));
            Tensor out = y.get(m.outputs().getFirst().name());
            float[] v = out.toFloatArray();
            System.out.println(m.outputs().getFirst().name() + " " + Arrays.toString(out.shape()) + ": "
                    + Arrays.toString(Arrays.copyOf(v, Math.min(5, v.length))) + " ...");
        }
    }
}
