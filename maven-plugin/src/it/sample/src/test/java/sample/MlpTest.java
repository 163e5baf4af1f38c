package sample;

import dev.tcc.api.Target;
import dev.tcc.frontend.onnx.TestCase;
import dev.tcc.ir.program.HostTensor;
import org.junit.jupiter.api.Test;
import sample.models.Mlp;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The generated class on the reference interpreter and on OpenCL, against ONNX Runtime's output for the example input. */
class MlpTest {
    static float[] floats(dev.tcc.ir.Tensor t) {
        float[] a = new float[Math.toIntExact(t.type().size())];
        HostTensor.of(t).data().asFloatBuffer().get(a);
        return a;
    }

    static void check(Target target) {
        TestCase c = TestCase.load(Path.of("src/test/data/mlp"));
        float[] x = floats(c.inputs().values().iterator().next());
        float[] want = floats(c.expected().getFirst());
        try (Mlp m = Mlp.open(target)) {
            Mlp.Result r = m.run(x);
            float[] got = r.linear2().toFloatArray();       // output linear_2 of the export
            assertEquals(want.length, got.length);
            for (int i = 0; i < want.length; i++) assertEquals(want[i], got[i], 1e-4 + 1e-4 * Math.abs(want[i]), target + " element " + i);
        }
    }

    @Test void onTheReferenceInterpreter() { check(Target.reference()); }

    @Test void onOpenCl() { check(Target.opencl(System.getProperty("tcc.device", ""))); }
}
