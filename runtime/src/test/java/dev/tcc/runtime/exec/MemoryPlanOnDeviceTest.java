package dev.tcc.runtime.exec;

import dev.tcc.codegen.opencl.OpenClCodegen;
import dev.tcc.frontend.onnx.Compare;
import dev.tcc.frontend.onnx.ImportOptions;
import dev.tcc.frontend.onnx.OnnxImporter;
import dev.tcc.frontend.onnx.TestCase;
import dev.tcc.ir.DType;
import dev.tcc.ir.Graph;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.kernel.Kernel;
import dev.tcc.ir.program.KernelProgram;
import dev.tcc.ir.program.MemoryPlan;
import dev.tcc.ir.program.Profile;
import dev.tcc.passes.PassRunner;
import dev.tcc.passes.lower.Tuning;
import dev.tcc.runtime.CompiledKernel;
import dev.tcc.runtime.Device;
import dev.tcc.runtime.DeviceBuffer;
import dev.tcc.runtime.DeviceInfo;
import dev.tcc.runtime.KernelArg;
import dev.tcc.runtime.opencl.TestDevices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The memory plan on the OpenCL device: the bytes the executor really allocates (counted at the device) are the
 * planned temporaries plus inputs, weights and outputs, models still match ONNX Runtime with shared buffers, and
 * an artefact carries the plan so that a program read back allocates the same.
 */
class MemoryPlanOnDeviceTest {
    private static Device device;

    @BeforeAll static void open() { device = TestDevices.open(); }

    @AfterAll static void close() { if (device != null) device.close(); }

    /** A device that counts the bytes allocated through it. */
    private static final class Counting implements Device {
        final Device d;
        long bytes;

        Counting(Device d) { this.d = d; }

        @Override public DeviceInfo info() { return d.info(); }
        @Override public Profile profile() { return d.profile(); }
        @Override public DeviceBuffer allocate(DType t, long elements) {
            DeviceBuffer b = d.allocate(t, elements);
            bytes += b.bytes();
            return b;
        }
        @Override public void write(DeviceBuffer b, ByteBuffer data) { d.write(b, data); }
        @Override public void read(DeviceBuffer b, ByteBuffer data) { d.read(b, data); }
        @Override public CompiledKernel compile(Kernel k) { return d.compile(k); }
        @Override public CompiledKernel compile(Kernel.Signature s, byte[] code) { return d.compile(s, code); }
        @Override public void enqueue(CompiledKernel k, List<KernelArg> args) { d.enqueue(k, args); }
        @Override public long launchTimed(CompiledKernel k, List<KernelArg> args) { return d.launchTimed(k, args); }
        @Override public void finish() { d.finish(); }
        @Override public void close() { }
    }

    private static long nonTemporaryBytes(KernelProgram p) {
        return p.buffers().stream().filter(b -> b.role() != KernelProgram.Role.TEMP).mapToLong(KernelProgram.Buffer::bytes).sum();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mobilenet_v3_small", "distilbert", "llama_tiny"})
    void theRuntimeAllocatesWhatThePlanSaysAndTheModelStillMatches(String name) {
        TestCase c = TestCase.load(ModelsOnDeviceTest.model(name));
        Graph g = OnnxImporter.importModel(c.model(), c.dir(), c.dir().resolve("model.onnx").toString(), ImportOptions.forInputs(c.inputs()));
        PassRunner runner = PassRunner.defaults();
        Graph opt = runner.run(g).graph();
        KernelProgram p = runner.lower(opt, device.profile(), Tuning.DEFAULT).program();
        long planned = p.memory().plannedBytes(p.buffers()), naive = MemoryPlan.naiveBytes(p.buffers());
        assertThat(planned).isLessThan(naive);
        Map<String, Tensor> feed = new HashMap<>();
        opt.inputs().forEach(v -> feed.put(v.name(), c.inputs().get(v.name())));
        Counting counting = new Counting(device);
        List<Tensor> out;
        try (Executor e = Executor.load(p, counting)) {
            assertThat(e.temporaryBytes()).as(name + " temporaries allocated").isEqualTo(planned);
            assertThat(counting.bytes).as(name + " bytes allocated on the device").isEqualTo(planned + nonTemporaryBytes(p));
            out = e.run(feed);
        }
        for (int i = 0; i < out.size(); i++) {
            Compare.Result r = Compare.compare(out.get(i), c.expected().get(i), 1e-3, 1e-5);
            assertThat(r.reason()).as(name + " output " + c.outputNames().get(i)).isNull();
        }
    }

    @Test
    void anArtefactCarriesThePlan(@TempDir Path dir) {
        TestCase c = TestCase.load(ModelsOnDeviceTest.model("mlp"));
        Graph g = OnnxImporter.importModel(c.model(), c.dir(), c.dir().resolve("model.onnx").toString(), ImportOptions.forInputs(c.inputs()));
        PassRunner runner = PassRunner.defaults();
        KernelProgram p = runner.lower(runner.run(g).graph(), device.profile(), Tuning.DEFAULT).program();
        Artefact.write(p, new OpenClCodegen(), dir);
        KernelProgram back = Artefact.read(dir);
        assertThat(back.memory()).isEqualTo(p.memory());
        Counting counting = new Counting(device);
        try (Executor e = Executor.load(back, counting)) {
            assertThat(e.temporaryBytes()).isEqualTo(p.memory().plannedBytes(p.buffers()));
        }
    }
}
