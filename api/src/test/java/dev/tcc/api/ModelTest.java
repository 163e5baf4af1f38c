package dev.tcc.api;

import dev.tcc.frontend.onnx.TestCase;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.program.HostTensor;
import org.junit.jupiter.api.Test;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The Java API on the bundled MLP example: reference interpreter and OpenCL (PoCL in CI), against ONNX Runtime's output. */
class ModelTest {
    static final Path MLP = Path.of("../examples/mlp").toAbsolutePath().normalize();

    static TestCase mlp() { return TestCase.load(MLP); }

    static float[] floats(Tensor t) {
        HostTensor h = HostTensor.of(t);
        float[] a = new float[Math.toIntExact(t.type().size())];
        h.data().asFloatBuffer().get(a);
        return a;
    }

    static void checkAgainstExpected(Model m) {
        TestCase c = mlp();
        Tensor x = c.inputs().values().iterator().next();
        String inName = m.inputs().getFirst().name();
        dev.tcc.api.Tensor in = dev.tcc.api.Tensor.of(floats(x), x.type().shape().dims());
        Outputs y = m.run(Map.of(inName, in));
        float[] want = floats(c.expected().getFirst());
        float[] got = y.get(m.outputs().getFirst().name()).toFloatArray();
        assertThat(got).hasSameSizeAs(want);
        // float32 results (device or reference rounded to f32) against ONNX Runtime's float32, summed in another order:
        // the 1e-4 absolute + relative bound is float32 rounding over mlp's three layers, not a tuned value
        for (int i = 0; i < want.length; i++) assertThat(got[i]).as("element %d", i).isCloseTo(want[i], within(1e-4f + 1e-4f * Math.abs(want[i])));
        assertThat(y.first().shape()).isEqualTo(m.outputs().getFirst().shape());
    }

    @Test
    void compilesAndRunsOnTheReferenceInterpreter() {
        try (Model m = Model.compile(MLP.resolve("model.onnx"), Target.reference())) {
            assertThat(m.target().isReference()).isTrue();
            assertThat(m.inputs()).hasSize(1);
            checkAgainstExpected(m);
        }
    }

    @Test
    void compilesAndRunsOnOpenCl() {
        try (Model m = Model.compile(MLP.resolve("model.onnx"), Target.opencl(System.getProperty("tcc.device", "")))) {
            assertThat(m.target().name()).isEqualTo("opencl");
            assertThat(m.device()).isNotBlank();
            checkAgainstExpected(m);
        }
    }

    @Test
    void acceptsFloatBufferAndMemorySegmentInputs() {
        try (Model m = Model.compile(MLP.resolve("model.onnx"), Target.reference()); Arena arena = Arena.ofConfined()) {
            Port in = m.inputs().getFirst();
            long n = 1;
            for (long d : in.shape()) n *= d;
            float[] a = new float[(int) n];
            for (int i = 0; i < a.length; i++) a[i] = (i % 7) * 0.25f - 0.5f;
            MemorySegment seg = arena.allocate(ValueLayout.JAVA_FLOAT, n);
            MemorySegment.copy(a, 0, seg, ValueLayout.JAVA_FLOAT, 0, a.length);
            float[] y1 = m.run(dev.tcc.api.Tensor.of(a, in.shape())).first().toFloatArray();
            float[] y2 = m.run(dev.tcc.api.Tensor.of(FloatBuffer.wrap(a), in.shape())).first().toFloatArray();
            float[] y3 = m.run(dev.tcc.api.Tensor.of(seg, in.shape())).first().toFloatArray();
            assertThat(y2).containsExactly(y1);
            assertThat(y3).containsExactly(y1);
        }
    }

    @Test
    void checksShapesTypesAndNames() {
        try (Model m = Model.compile(MLP.resolve("model.onnx"), Target.reference())) {
            Port in = m.inputs().getFirst();
            assertThatThrownBy(() -> m.run(dev.tcc.api.Tensor.of(new float[3], 3)))
                    .isInstanceOf(TccApiException.class).hasMessageContaining("input '" + in.name() + "' must be f32");
            assertThatThrownBy(() -> m.run(Map.of("nope", dev.tcc.api.Tensor.of(new float[1], 1))))
                    .hasMessageContaining("has no input 'nope'");
            assertThatThrownBy(() -> dev.tcc.api.Tensor.of(new float[5], 2, 3)).hasMessageContaining("holds 6 elements, the data has 5");
            long n = 1;
            for (long d : in.shape()) n *= d;
            Outputs y = m.run(dev.tcc.api.Tensor.of(new float[(int) n], in.shape()));
            assertThatThrownBy(() -> y.get("missing")).hasMessageContaining("has no output 'missing'");
        }
    }

    @Test
    void closedModelRefusesToRunAndCloseIsIdempotent() {
        Model m = Model.compile(MLP.resolve("model.onnx"), Target.reference());
        long n = 1;
        for (long d : m.inputs().getFirst().shape()) n *= d;
        m.close();
        m.close();
        long size = n;
        assertThatThrownBy(() -> m.run(dev.tcc.api.Tensor.of(new float[(int) size], m.inputs().getFirst().shape()))).hasMessageContaining("closed");
    }

    @Test
    void sharedBetweenThreadsOnOpenCl() throws Exception {
        try (Model m = Model.compile(MLP.resolve("model.onnx"), Target.opencl(System.getProperty("tcc.device", "")));
             ExecutorService pool = Executors.newFixedThreadPool(4)) {
            Port in = m.inputs().getFirst();
            long n = 1;
            for (long d : in.shape()) n *= d;
            List<Future<float[]>> fs = new ArrayList<>();
            for (int k = 0; k < 8; k++) {
                float[] a = new float[(int) n];
                java.util.Arrays.fill(a, k * 0.1f);
                fs.add(pool.submit(() -> m.run(dev.tcc.api.Tensor.of(a, in.shape())).first().toFloatArray()));
            }
            for (int k = 0; k < 8; k++) {
                float[] a = new float[(int) n];
                java.util.Arrays.fill(a, k * 0.1f);
                assertThat(fs.get(k).get()).containsExactly(m.run(dev.tcc.api.Tensor.of(a, in.shape())).first().toFloatArray());
            }
        }
    }

    @Test
    void loadsAnArtefactWrittenByTheCompiler(@org.junit.jupiter.api.io.TempDir Path dir) {
        dev.tcc.runtime.Backend b = dev.tcc.runtime.Backends.byName("opencl");
        dev.tcc.compiler.Compilation c = dev.tcc.compiler.Compiler.compile(MLP.resolve("model.onnx"), b.codegen(), dev.tcc.compiler.Compiler.Options.DEFAULT);
        Path out = dir.resolve("mlp");
        dev.tcc.runtime.exec.Artefact.write(c.rendered(), b.codegen(), out);
        try (Model m = Model.load(out, Target.opencl(System.getProperty("tcc.device", "")))) {
            checkAgainstExpected(m);
        }
        assertThatThrownBy(() -> Model.load(out, Target.reference())).hasMessageContaining("Model.compile(onnx, Target.reference())");
    }
}
