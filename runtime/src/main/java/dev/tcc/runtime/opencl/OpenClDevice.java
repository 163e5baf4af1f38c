package dev.tcc.runtime.opencl;

import dev.tcc.codegen.opencl.OpenClCodegen;
import dev.tcc.codegen.opencl.OpenClRenderer;
import dev.tcc.ir.program.Profile;
import dev.tcc.runtime.BoundLaunch;
import dev.tcc.runtime.KernelArg;
import java.nio.charset.StandardCharsets;
import dev.tcc.ir.DType;
import dev.tcc.ir.kernel.Grid;
import dev.tcc.ir.kernel.Kernel;
import dev.tcc.ir.kernel.KernelTypes;
import dev.tcc.runtime.CompiledKernel;
import dev.tcc.runtime.Device;
import dev.tcc.runtime.DeviceBuffer;
import dev.tcc.runtime.DeviceException;
import dev.tcc.runtime.DeviceInfo;
import dev.tcc.runtime.NoDeviceException;
import dev.tcc.runtime.SignalChaining;
import org.lwjgl.PointerBuffer;
import org.lwjgl.system.MemoryStack;

import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.lwjgl.opencl.CL10.*;

/**
 * An OpenCL device through LWJGL: one context, one in-order profiling queue, a program cache and the
 * buffers and kernels it made, all freed by {@link #close}. Kernel IR is rendered by {@link
 * OpenClCodegen} for the device's own profile and built with {@link OpenClRenderer#BUILD_OPTIONS}.
 */
public final class OpenClDevice implements Device {
    /** The back-end name in {@link DeviceInfo#backend()}. */
    public static final String BACKEND = "opencl";

    private final DeviceInfo info;
    private final long device;
    private final long context;
    private final long queue;
    private final ClPrograms programs;
    private final Map<String, ClKernel> kernels = new HashMap<>();
    private final Set<ClBuffer> buffers = new LinkedHashSet<>();
    private final Set<ClBoundLaunch> bound = new LinkedHashSet<>();
    private final OpenClCodegen codegen = new OpenClCodegen();
    private final Profile profile;
    private boolean closed;

    private OpenClDevice(DeviceInfo info, ClPlatforms.Handle h) {
        this.info = info;
        this.device = h.device();
        this.profile = OpenClBackend.profileOf(info);
        try (MemoryStack s = MemoryStack.stackPush()) {
            IntBuffer err = s.mallocInt(1);
            PointerBuffer props = s.mallocPointer(3).put(CL_CONTEXT_PLATFORM).put(h.platform()).put(0).flip();
            context = clCreateContext(props, device, null, 0L, err);
            ClErrors.check(err.get(0), "creating an OpenCL context on " + info.name());
            queue = clCreateCommandQueue(context, device, CL_QUEUE_PROFILING_ENABLE, err);
            if (err.get(0) != CL_SUCCESS) {
                clReleaseContext(context);
                ClErrors.check(err.get(0), "creating a command queue on " + info.name());
            }
        }
        programs = new ClPrograms(context, device, info.name());
    }

    /** Adds every OpenCL device to {@code out}, or a line to {@code problems} saying why there is none. */
    public static void discover(List<DeviceInfo> out, List<String> problems) {
        try {
            for (ClPlatforms.Handle h : ClPlatforms.all()) out.add(ClInfo.describe(h.id(), h.platform(), h.device()));
        } catch (DeviceException e) {
            problems.add(e.getMessage());
        }
        SignalChaining.warnIfTakenOver("the OpenCL driver");
    }

    /** Opens the device {@code info} describes (found by {@link #discover}). */
    public static OpenClDevice open(DeviceInfo info) {
        for (ClPlatforms.Handle h : ClPlatforms.all()) {
            if (h.id().equals(info.id())) return new OpenClDevice(info, h);
        }
        throw new NoDeviceException("OpenCL device " + info.id() + " (" + info.name() + ") is no longer present");
    }

    @Override public DeviceInfo info() { return info; }

    @Override public Profile profile() { return profile; }

    private String where() { return " on " + info.id() + " (" + info.name() + ")"; }

    private void checkOpen() {
        if (closed) throw new DeviceException("device " + info.id() + " was used after close()");
    }

    @Override
    public synchronized DeviceBuffer allocate(DType elementType, long elements) {
        checkOpen();
        long bytes = elements * KernelTypes.storageBytes(elementType);
        if (bytes > info.maxAllocBytes()) {
            throw new DeviceException("a buffer of " + elements + " " + elementType + " (" + bytes + " bytes) exceeds the largest allocation "
                    + info.maxAllocBytes() + " bytes" + where());
        }
        try (MemoryStack s = MemoryStack.stackPush()) {
            IntBuffer err = s.mallocInt(1);
            long mem = clCreateBuffer(context, CL_MEM_READ_WRITE, Math.max(bytes, 1), err);
            ClErrors.check(err.get(0), "allocating " + bytes + " bytes" + where());
            ClBuffer b = new ClBuffer(this, elementType, elements, mem);
            buffers.add(b);
            return b;
        }
    }

    void forget(ClBuffer b) { buffers.remove(b); }

    private ClBuffer mine(DeviceBuffer b) {
        if (!(b instanceof ClBuffer c) || c.owner() != this) throw new DeviceException(b + " does not belong to device " + info.id());
        return c;
    }

    @Override
    public synchronized void write(DeviceBuffer buffer, ByteBuffer data) {
        checkOpen();
        ClBuffer b = mine(buffer);
        if (b.bytes() == 0) return;
        ByteBuffer slice = direct(data, b.bytes(), "write to " + b);
        ClErrors.check(clEnqueueWriteBuffer(queue, b.handle(), true, 0, slice, null, null), "writing " + b + where());
    }

    @Override
    public synchronized void read(DeviceBuffer buffer, ByteBuffer data) {
        checkOpen();
        ClBuffer b = mine(buffer);
        if (b.bytes() == 0) return;
        ByteBuffer slice = direct(data, b.bytes(), "read of " + b);
        ClErrors.check(clEnqueueReadBuffer(queue, b.handle(), true, 0, slice, null, null), "reading " + b + where());
    }

    private static ByteBuffer direct(ByteBuffer data, long bytes, String what) {
        if (!data.isDirect()) throw new DeviceException(what + ": the ByteBuffer must be direct (ByteBuffer.allocateDirect)");
        if (data.remaining() < bytes) throw new DeviceException(what + ": needs " + bytes + " bytes, the ByteBuffer has " + data.remaining());
        return data.slice(data.position(), Math.toIntExact(bytes));
    }

    @Override
    public CompiledKernel compile(Kernel kernel) { return compile(kernel.signature(), codegen.render(kernel, profile)); }

    /** Builds {@code code} (OpenCL C, UTF-8), already rendered from a kernel with interface {@code sig}. */
    @Override
    public synchronized CompiledKernel compile(Kernel.Signature sig, byte[] code) {
        checkOpen();
        checkLimits(sig);
        String source = new String(code, StandardCharsets.UTF_8);
        // the grid is not in the source (only the workgroup size is), and launches use the cached kernel's grid
        String key = ClPrograms.hash(source) + "/" + sig.name() + "/" + sig.grid();
        ClKernel cached = kernels.get(key);
        if (cached != null) return cached;
        long program = programs.program(sig.name(), source, OpenClRenderer.BUILD_OPTIONS);
        long handle;
        try (MemoryStack s = MemoryStack.stackPush()) {
            IntBuffer err = s.mallocInt(1);
            handle = clCreateKernel(program, sig.name(), err);
            ClErrors.check(err.get(0), "creating kernel '" + sig.name() + "'" + where());
            PointerBuffer wg = s.mallocPointer(1);
            ClErrors.check(clGetKernelWorkGroupInfo(handle, device, CL_KERNEL_WORK_GROUP_SIZE, wg, null), "querying kernel '" + sig.name() + "'");
            if (wg.get(0) < sig.grid().workgroupVolume()) {
                clReleaseKernel(handle);
                throw new DeviceException("kernel '" + sig.name() + "' needs workgroups of " + sig.grid().workgroupVolume()
                        + " work-items but its build allows at most " + wg.get(0) + where() + "; choose a smaller workgroup");
            }
        }
        ClKernel k = new ClKernel(this, sig, code, handle, program);
        kernels.put(key, k);
        return k;
    }

    private void checkLimits(Kernel.Signature kernel) {
        Grid g = kernel.grid();
        if (g.workgroupVolume() > info.maxWorkgroupSize()) {
            throw new DeviceException("kernel '" + kernel.name() + "' needs workgroups of " + g.workgroupVolume()
                    + " work-items; the device allows " + info.maxWorkgroupSize() + where());
        }
        for (int d = 0; d < g.dims(); d++) {
            if (d < info.maxWorkItemSizes().size() && g.workgroupSize(d) > info.maxWorkItemSizes().get(d)) {
                throw new DeviceException("kernel '" + kernel.name() + "' has workgroup size " + g.workgroupSize(d) + " along dimension " + d
                        + "; the device allows " + info.maxWorkItemSizes().get(d) + where());
            }
        }
        long local = kernel.workgroupBytes();
        if (local > info.localMemBytes()) {
            throw new DeviceException("kernel '" + kernel.name() + "' needs " + local + " bytes of workgroup memory; the device has "
                    + info.localMemBytes() + where());
        }
    }

    /** Programs this device has compiled (cache misses); a second compile of the same source does not count. */
    public synchronized int programsBuilt() { return programs.builds(); }

    @Override
    public synchronized void enqueue(CompiledKernel kernel, List<KernelArg> args) { launch(kernel, args, false); }

    @Override
    public synchronized long launchTimed(CompiledKernel kernel, List<KernelArg> args) { return launch(kernel, args, true); }

    /** A launch with its own {@code cl_kernel} and its arguments set once. */
    @Override
    public synchronized BoundLaunch bind(CompiledKernel compiled, List<KernelArg> args) {
        checkOpen();
        ClKernel k = own(compiled);
        ClBoundLaunch l = ClBoundLaunch.create(this, k);
        bound.add(l);
        try {
            ClArgs.set(l.handle(), k.signature(), args, this::mine);
        } catch (RuntimeException e) {
            l.close();
            throw e;
        }
        return l;
    }

    void forget(ClBoundLaunch l) { bound.remove(l); }

    synchronized long enqueue(ClBoundLaunch l, boolean timed) {
        checkOpen();
        return run(l.handle(), l.kernel().signature(), l.global(), l.local(), timed);
    }

    private ClKernel own(CompiledKernel compiled) {
        if (!(compiled instanceof ClKernel k) || k.owner() != this) throw new DeviceException(compiled + " was not compiled by device " + info.id());
        return k;
    }

    private long launch(CompiledKernel compiled, List<KernelArg> args, boolean timed) {
        checkOpen();
        ClKernel k = own(compiled);
        ClArgs.set(k.handle, k.signature(), args, this::mine);
        Grid g = k.signature().grid();
        try (MemoryStack s = MemoryStack.stackPush()) {
            PointerBuffer global = s.mallocPointer(g.dims());
            PointerBuffer local = s.mallocPointer(g.dims());
            for (int d = 0; d < g.dims(); d++) {
                global.put(d, g.globalSize(d));
                local.put(d, g.workgroupSize(d));
            }
            return run(k.handle, k.signature(), global, local, timed);
        }
    }

    /** Enqueues {@code kernel} over {@code global} / {@code local}; when {@code timed}, waits and returns its device time from its event. */
    private long run(long kernel, Kernel.Signature sig, PointerBuffer global, PointerBuffer local, boolean timed) {
        try (MemoryStack s = MemoryStack.stackPush()) {
            PointerBuffer event = timed ? s.mallocPointer(1) : null;
            ClErrors.check(clEnqueueNDRangeKernel(queue, kernel, sig.grid().dims(), null, global, local, null, event),
                    "launching kernel '" + sig.name() + "' over " + sig.grid() + where());
            if (!timed) return 0;
            long e = event.get(0);
            try {
                ClErrors.check(clWaitForEvents(e), "running kernel '" + sig.name() + "'" + where());
                LongBuffer t = s.mallocLong(1);
                ClErrors.check(clGetEventProfilingInfo(e, CL_PROFILING_COMMAND_START, t, null), "profiling");
                long start = t.get(0);
                ClErrors.check(clGetEventProfilingInfo(e, CL_PROFILING_COMMAND_END, t, null), "profiling");
                return t.get(0) - start;
            } finally {
                clReleaseEvent(e);
            }
        }
    }

    @Override
    public synchronized void finish() {
        checkOpen();
        ClErrors.check(clFinish(queue), "waiting for the queue" + where());
    }

    @Override
    public synchronized void close() {
        if (closed) return;
        clFinish(queue);
        for (ClBoundLaunch l : List.copyOf(bound)) l.close();
        kernels.values().forEach(k -> clReleaseKernel(k.handle));
        kernels.clear();
        programs.close();
        for (ClBuffer b : List.copyOf(buffers)) b.close();
        clReleaseCommandQueue(queue);
        clReleaseContext(context);
        closed = true;
    }

    @Override public String toString() { return "OpenClDevice[" + info.id() + " " + info.name() + "]"; }
}
