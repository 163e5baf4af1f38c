package dev.tcc.runtime.opencl;

import dev.tcc.ir.kernel.Grid;
import dev.tcc.runtime.BoundLaunch;
import org.lwjgl.PointerBuffer;
import org.lwjgl.system.MemoryUtil;

import java.nio.IntBuffer;

import static org.lwjgl.opencl.CL10.*;

/**
 * A launch with its own {@code cl_kernel}: arguments set once when bound and the NDRange sizes kept in native
 * memory, so replaying it is one {@code clEnqueueNDRangeKernel}. (Launches of identical code share one cached
 * {@code cl_kernel} in {@link OpenClDevice#enqueue}, which must set the arguments before every launch.)
 */
final class ClBoundLaunch implements BoundLaunch {
    private final OpenClDevice owner;
    private final ClKernel kernel;
    private final long handle;
    private final PointerBuffer global, local;
    private boolean closed;

    private ClBoundLaunch(OpenClDevice owner, ClKernel kernel, long handle) {
        this.owner = owner;
        this.kernel = kernel;
        this.handle = handle;
        Grid g = kernel.signature().grid();
        global = MemoryUtil.memAllocPointer(g.dims());
        local = MemoryUtil.memAllocPointer(g.dims());
        for (int d = 0; d < g.dims(); d++) {
            global.put(d, g.globalSize(d));
            local.put(d, g.workgroupSize(d));
        }
    }

    /** A new {@code cl_kernel} for {@code k}'s program, ready to take arguments. */
    static ClBoundLaunch create(OpenClDevice owner, ClKernel k) {
        IntBuffer err = MemoryUtil.memAllocInt(1);
        try {
            long h = clCreateKernel(k.program, k.signature().name(), err);
            ClErrors.check(err.get(0), "creating kernel '" + k.signature().name() + "'");
            return new ClBoundLaunch(owner, k, h);
        } finally {
            MemoryUtil.memFree(err);
        }
    }

    /** The {@code cl_kernel} this launch owns. */
    long handle() { return handle; }

    ClKernel kernel() { return kernel; }

    PointerBuffer global() { return global; }

    PointerBuffer local() { return local; }

    @Override public void enqueue() { owner.enqueue(this, false); }

    @Override public long timed() { return owner.enqueue(this, true); }

    @Override
    public void close() {
        synchronized (owner) {
            if (closed) return;
            closed = true;
            owner.forget(this);
            clReleaseKernel(handle);
            MemoryUtil.memFree(global);
            MemoryUtil.memFree(local);
        }
    }
}
