package dev.tcc.runtime.webgpu;

import dev.tcc.codegen.wgsl.WgslException;
import dev.tcc.codegen.wgsl.WgslKernel;
import dev.tcc.codegen.wgsl.WgslLayout;
import dev.tcc.codegen.wgsl.WgslOptions;
import dev.tcc.codegen.wgsl.WgslRenderer;
import dev.tcc.ir.DType;
import dev.tcc.ir.kernel.BufferParam;
import dev.tcc.ir.kernel.Grid;
import dev.tcc.ir.kernel.Kernel;
import dev.tcc.ir.kernel.Param;
import dev.tcc.ir.kernel.ScalarParam;
import dev.tcc.ir.program.Profile;
import dev.tcc.runtime.BoundLaunch;
import dev.tcc.runtime.CompiledKernel;
import dev.tcc.runtime.Device;
import dev.tcc.runtime.DeviceBuffer;
import dev.tcc.runtime.DeviceException;
import dev.tcc.runtime.DeviceInfo;
import dev.tcc.runtime.KernelArg;

import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * tcc's {@link Device} on WebGPU: kernels rendered by {@link WgslRenderer} for the adapter's features and
 * limits, run through a {@link WebGpuDevice}, bound by {@link WgslLayout} (buffers at bindings {@code 0..n-1},
 * scalars in one uniform struct at binding {@code n}).
 *
 * <p>Launches are queued and submitted together when something waits on them (a read, a write, {@link
 * #finish}, a timed launch), so a program's kernels go to Dawn in one submission. Each distinct launch (kernel
 * and arguments) gets its own bind group and uniform buffer, kept until one of its buffers is freed, so
 * repeated runs of a program reuse them.
 *
 * <p>Shader warnings are never dropped: each is printed to standard error once and kept in {@link #warnings}
 * (tcc's own kernels must compile without any, which the tests check).
 */
public final class WgslDevice implements Device {
    private final DeviceInfo info;
    private final WebGpuDevice gpu;
    private final Profile profile;
    private final WgslOptions options;
    private final Map<String, ComputePipeline> pipelines = new HashMap<>();
    private final Map<String, WgslCompiledKernel> kernels = new HashMap<>();
    private final Set<WgslBuffer> buffers = new LinkedHashSet<>();
    private final Map<Launch, BindGroup> bound = new HashMap<>();
    private final List<Dispatch> pending = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private long buffersMade;
    private boolean closed;

    /** One launch's identity: the kernel and its arguments (buffers compare by identity). */
    private record Launch(WgslCompiledKernel kernel, List<KernelArg> args) {}

    WgslDevice(DeviceInfo info, WebGpuDevice gpu) {
        this.info = info;
        this.gpu = gpu;
        this.profile = WebGpuBackend.profileOf(info);
        Limits l = gpu.limits();
        this.options = new WgslOptions(profile.fp16(), (int) Math.min(Integer.MAX_VALUE, l.maxStorageBuffersPerShaderStage()),
                profile.maxWorkgroupSize(), l.maxComputeWorkgroupStorageSize());
    }

    @Override public DeviceInfo info() { return info; }

    @Override public Profile profile() { return profile; }

    /** What the WGSL renderer assumes on this device. */
    public WgslOptions options() { return options; }

    /** Every warning Dawn's WGSL compiler gave so far, as {@code kernel:line:column: warning: text}. */
    public synchronized List<String> warnings() { return List.copyOf(warnings); }

    private String where() { return " on " + info.id() + " (" + info.name() + ")"; }

    private void checkOpen() {
        if (closed) throw new DeviceException("device " + info.id() + " was used after close()");
    }

    // ---- memory ------------------------------------------------------------------------------------------

    @Override
    public synchronized DeviceBuffer allocate(DType elementType, long elements) {
        checkOpen();
        WgslLayout.Packing packing = WgslRenderer.packing(elementType, options);
        long bytes = packing.deviceBytes(elementType, elements);
        long max = gpu.limits().maxStorageBufferBindingSize();
        if (bytes > max) {
            throw new DeviceException("a buffer of " + elements + " " + elementType + " needs " + bytes + " bytes on WebGPU, more than"
                    + " maxStorageBufferBindingSize " + max + where());
        }
        String label = "t" + buffersMade++ + " " + elementType + "[" + elements + "]";
        WgslBuffer b = new WgslBuffer(this, elementType, elements, packing, gpu.createBuffer(label, Math.max(4, bytes)));
        buffers.add(b);
        return b;
    }

    synchronized void free(WgslBuffer b) {
        if (b.isClosed() || !buffers.remove(b)) return;
        flush();
        bound.entrySet().removeIf(e -> {
            boolean uses = e.getKey().args().stream().anyMatch(a -> a instanceof KernelArg.Buffer(DeviceBuffer d) && d == b);
            if (uses) release(e.getValue());
            return uses;
        });
        b.gpu().close();
    }

    private static void release(BindGroup g) {
        g.close();
        g.buffers().stream().filter(x -> x.bufferKind() == GpuBuffer.Kind.UNIFORM).forEach(GpuBuffer::close);
    }

    private WgslBuffer mine(DeviceBuffer b) {
        if (!(b instanceof WgslBuffer w) || w.owner() != this) throw new DeviceException(b + " does not belong to device " + info.id());
        if (w.isClosed()) throw new DeviceException(b + " was used after close()");
        return w;
    }

    @Override
    public synchronized void write(DeviceBuffer buffer, ByteBuffer data) {
        checkOpen();
        WgslBuffer b = mine(buffer);
        if (b.bytes() == 0) return;
        if (data.remaining() < b.bytes()) {
            throw new DeviceException("write to " + b + ": needs " + b.bytes() + " bytes, the ByteBuffer has " + data.remaining());
        }
        flush();
        gpu.write(b.gpu(), 0, MemorySegment.ofBuffer(HostLayout.toDevice(b, data)));
    }

    @Override
    public synchronized void read(DeviceBuffer buffer, ByteBuffer data) {
        checkOpen();
        WgslBuffer b = mine(buffer);
        if (b.bytes() == 0) return;
        if (data.remaining() < b.bytes()) {
            throw new DeviceException("read of " + b + ": needs " + b.bytes() + " bytes, the ByteBuffer has " + data.remaining());
        }
        flush();
        long deviceBytes = b.packing().deviceBytes(b.elementType(), b.elements());
        ByteBuffer device = ByteBuffer.allocateDirect(Math.toIntExact(deviceBytes)).order(ByteOrder.LITTLE_ENDIAN);
        gpu.read(b.gpu(), 0, MemorySegment.ofBuffer(device));
        HostLayout.toHost(b, device, data);
    }

    // ---- kernels -----------------------------------------------------------------------------------------

    /**
     * Renders {@code kernel} for this adapter and builds it.
     *
     * @throws DeviceException when WGSL cannot express the kernel on this device (the renderer's reason)
     */
    @Override
    public CompiledKernel compile(Kernel kernel) {
        WgslKernel k;
        try {
            k = new WgslRenderer(options).render(kernel);
        } catch (WgslException e) {
            throw new DeviceException(e.getMessage() + where(), e);
        }
        return build(kernel.signature(), k.source(), k.layout(), k.name());
    }

    /** Builds {@code code}, a WGSL module (UTF-8) rendered by tcc for a kernel with interface {@code sig}. */
    @Override
    public CompiledKernel compile(Kernel.Signature sig, byte[] code) {
        String source = new String(code, StandardCharsets.UTF_8);
        // packing differs only in the declared element type of f16 buffers, never in bytes or bindings
        WgslLayout layout = WgslRenderer.layout(sig.params(), options.withShaderF16(source.contains("enable f16;")));
        return build(sig, source, layout, WgslRenderer.entryPoint(sig.name()));
    }

    private synchronized CompiledKernel build(Kernel.Signature sig, String source, WgslLayout layout, String entry) {
        checkOpen();
        checkLimits(sig);
        // the grid is not in the source (only the workgroup size is), and launches use the cached kernel's grid;
        String pipelineKey = entry + "\n" + source;
        // kernels of other parameter types can render alike (i64 and i32 both as i32), and launches check those types
        String key = sig.grid() + "\n" + sig.params() + "\n" + pipelineKey;
        WgslCompiledKernel cached = kernels.get(key);
        if (cached != null) return cached;
        ComputePipeline pipeline = pipelines.get(pipelineKey);
        if (pipeline == null) {
            ShaderModule module = gpu.compile(sig.name(), source);
            try {
                for (CompilationMessage m : module.messages()) {
                    String line = m.format(sig.name());
                    warnings.add(line);
                    System.err.println("tcc: WGSL " + line);
                }
                pipeline = gpu.pipeline(module, entry, bindings(layout));
            } finally {
                module.close();
            }
            pipelines.put(pipelineKey, pipeline);
        }
        WgslCompiledKernel k = new WgslCompiledKernel(this, sig, source.getBytes(StandardCharsets.UTF_8), layout, pipeline);
        kernels.put(key, k);
        return k;
    }

    private static List<ComputePipeline.Binding> bindings(WgslLayout layout) {
        List<ComputePipeline.Binding> out = new ArrayList<>();
        for (WgslLayout.Binding b : layout.bindings()) {
            out.add(b.access() == BufferParam.Access.READ ? ComputePipeline.Binding.READ_ONLY_STORAGE : ComputePipeline.Binding.STORAGE);
        }
        if (layout.uniformBinding() >= 0) out.add(ComputePipeline.Binding.UNIFORM);
        return out;
    }

    private void checkLimits(Kernel.Signature k) {
        Limits l = gpu.limits();
        Grid g = k.grid();
        long[] sizes = {l.maxComputeWorkgroupSizeX(), l.maxComputeWorkgroupSizeY(), l.maxComputeWorkgroupSizeZ()};
        for (int d = 0; d < g.dims(); d++) {
            if (g.workgroupSize(d) > sizes[d]) {
                throw new DeviceException("kernel '" + k.name() + "' has workgroup size " + g.workgroupSize(d) + " along dimension " + d
                        + "; the device allows " + sizes[d] + where());
            }
            if (g.groups(d) > l.maxComputeWorkgroupsPerDimension()) {
                throw new DeviceException("kernel '" + k.name() + "' launches " + g.groups(d) + " workgroups along dimension " + d
                        + "; WebGPU allows " + l.maxComputeWorkgroupsPerDimension() + " (maxComputeWorkgroupsPerDimension)" + where());
            }
        }
        if (g.workgroupVolume() > l.maxComputeInvocationsPerWorkgroup()) {
            throw new DeviceException("kernel '" + k.name() + "' needs workgroups of " + g.workgroupVolume() + " work-items; the device allows "
                    + l.maxComputeInvocationsPerWorkgroup() + where());
        }
    }

    // ---- launches ----------------------------------------------------------------------------------------

    @Override
    public synchronized void enqueue(CompiledKernel kernel, List<KernelArg> args) { queue(dispatch(kernel, args)); }

    @Override
    public synchronized long launchTimed(CompiledKernel kernel, List<KernelArg> args) { return timed(dispatch(kernel, args)); }

    /** A launch whose dispatch (pipeline and bind group) is looked up once, not on every run. */
    @Override
    public synchronized BoundLaunch bind(CompiledKernel kernel, List<KernelArg> args) {
        checkOpen();
        Dispatch d = dispatch(kernel, args);
        return BoundLaunch.of(() -> queue(d), () -> timed(d));
    }

    private synchronized void queue(Dispatch d) {
        checkOpen();
        pending.add(d);
    }

    private synchronized long timed(Dispatch d) {
        checkOpen();
        flush();
        return gpu.run(d);
    }

    @Override
    public synchronized void finish() {
        checkOpen();
        flush();
        gpu.finish();
    }

    /** Submits the queued launches (reads and {@link #finish} wait for them). */
    private void flush() {
        if (pending.isEmpty()) return;
        List<Dispatch> run = List.copyOf(pending);
        pending.clear();
        gpu.submit(run);
    }

    private Dispatch dispatch(CompiledKernel compiled, List<KernelArg> args) {
        if (!(compiled instanceof WgslCompiledKernel k) || k.owner() != this) {
            throw new DeviceException(compiled + " was not compiled by device " + info.id());
        }
        List<KernelArg> copy = List.copyOf(args);
        Launch launch = new Launch(k, copy);
        BindGroup group = bound.get(launch);
        if (group == null) {
            group = bind(k, copy);
            bound.put(launch, group);
        }
        Grid g = k.signature().grid();
        return new Dispatch(k.pipeline, group, (int) g.groups(0), (int) g.groups(1), (int) g.groups(2));
    }

    private BindGroup bind(WgslCompiledKernel k, List<KernelArg> args) {
        List<Param> params = k.signature().params();
        String name = k.signature().name();
        if (args.size() != params.size()) {
            throw new DeviceException("kernel '" + name + "' takes " + params.size() + " arguments "
                    + params.stream().map(Param::name).toList() + ", got " + args.size());
        }
        List<GpuBuffer> bindings = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String what = "kernel '" + name + "' argument " + i + " (" + params.get(i).name() + ")";
            switch (params.get(i)) {
                case BufferParam p -> {
                    if (!(args.get(i) instanceof KernelArg.Buffer(DeviceBuffer db))) throw new DeviceException(what + " needs a buffer, got " + args.get(i));
                    WgslBuffer b = mine(db);
                    if (b.elementType() != p.elementType()) throw new DeviceException(what + " needs a " + p.elementType() + " buffer, got " + b);
                    bindings.add(b.gpu());
                }
                case ScalarParam p -> {
                    if (!(args.get(i) instanceof KernelArg.Scalar)) throw new DeviceException(what + " needs a number, got " + args.get(i));
                }
            }
        }
        if (k.layout.uniformBinding() >= 0) {
            ByteBuffer u = HostLayout.uniforms(k.signature(), k.layout, args);
            bindings.add(gpu.uniform(name + " scalars", MemorySegment.ofBuffer(u)));
        }
        return gpu.bind(k.pipeline, bindings);
    }

    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        pending.clear();
        gpu.close();
        buffers.clear();
        bound.clear();
        kernels.clear();
        pipelines.clear();
    }

    @Override public String toString() { return "WgslDevice[" + info.id() + " " + info.name() + "]"; }
}
