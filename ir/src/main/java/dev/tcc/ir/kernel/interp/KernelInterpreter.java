package dev.tcc.ir.kernel.interp;

import dev.tcc.ir.kernel.ArrayDecl;
import dev.tcc.ir.kernel.Grid;
import dev.tcc.ir.kernel.HostArrays;
import dev.tcc.ir.kernel.Kernel;
import dev.tcc.ir.kernel.KernelIrException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a {@link Kernel} on the CPU over Java arrays ({@link HostArrays}) with the semantics written in
 * {@code Kernel}'s documentation, so lowering bugs show up without a device. Workgroups run one after
 * another. A kernel without barriers runs its work-items one after another too; a kernel with barriers
 * runs the work-items of each workgroup as virtual threads that meet at each barrier ({@link GroupBarrier}).
 * Out-of-bounds accesses and barriers reached by only some work-items throw a {@link KernelIrException}
 * naming the kernel and the work-item.
 *
 * <p>Arguments are positional, one per parameter: the host array of the buffer's element type, or a
 * {@link Number} for a scalar. Stored values land in the arrays passed in.
 */
public final class KernelInterpreter {
    private KernelInterpreter() {}

    /** Runs {@code kernel} over its own grid. */
    public static void run(Kernel kernel, Object... args) {
        Launch launch = new Launch(kernel, List.of(args));
        Grid g = kernel.grid();
        boolean sync = kernel.hasBarrier();
        for (int gz = 0; gz < g.groups(2); gz++) {
            for (int gy = 0; gy < g.groups(1); gy++) {
                for (int gx = 0; gx < g.groups(0); gx++) {
                    int[] group = {gx, gy, gz};
                    Map<String, Object> shared = new HashMap<>();
                    for (ArrayDecl a : kernel.arrays()) {
                        if (a.space() == ArrayDecl.Space.WORKGROUP) shared.put(a.name(), Launch.poisoned(a));
                    }
                    if (sync) {
                        runTogether(launch, group, shared);
                    } else {
                        WorkItem item = new WorkItem(launch, group, shared, null);
                        for (int[] local : localIds(g)) {
                            item.reset(local);
                            item.run();
                        }
                    }
                }
            }
        }
    }

    private static List<int[]> localIds(Grid g) {
        List<int[]> ids = new ArrayList<>(g.workgroupVolume());
        for (int z = 0; z < g.workgroupSize(2); z++)
            for (int y = 0; y < g.workgroupSize(1); y++)
                for (int x = 0; x < g.workgroupSize(0); x++) ids.add(new int[] {x, y, z});
        return ids;
    }

    private static void runTogether(Launch launch, int[] group, Map<String, Object> shared) {
        List<int[]> locals = localIds(launch.kernel.grid());
        GroupBarrier barrier = new GroupBarrier(locals.size());
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        List<WorkItem> items = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int[] local : locals) {
            WorkItem item = new WorkItem(launch, group, shared, item2 -> barrier.await());
            item.reset(local);
            items.add(item);
            threads.add(Thread.ofVirtual().start(() -> {
                try {
                    item.run();
                } catch (GroupBarrier.Aborted a) {
                    // another work-item failed first
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e instanceof RuntimeException r ? r : new KernelIrException(e.toString(), e));
                    barrier.abort();
                } finally {
                    barrier.leave();
                }
            }));
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new KernelIrException("interrupted while interpreting kernel " + launch.kernel.name(), e);
            }
        }
        if (failure.get() != null) throw failure.get();
        int[] counts = items.stream().mapToInt(i -> i.barriersPassed).distinct().toArray();
        if (counts.length > 1) {
            throw new KernelIrException("kernel " + launch.kernel.name() + ", workgroup " + Arrays.toString(group)
                    + ": work-items passed different numbers of barriers " + Arrays.toString(counts)
                    + " (a barrier in non-uniform control flow)");
        }
    }
}
