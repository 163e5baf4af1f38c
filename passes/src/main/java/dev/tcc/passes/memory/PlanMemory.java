package dev.tcc.passes.memory;

import dev.tcc.ir.DType;
import dev.tcc.ir.Elementwise;
import dev.tcc.ir.kernel.BufferParam;
import dev.tcc.ir.kernel.Param;
import dev.tcc.ir.program.KernelProgram;
import dev.tcc.ir.program.MemoryPlan;
import dev.tcc.passes.KernelPass;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The kernel pass {@code plan-memory}: liveness-based sharing of temporaries. A temporary lives from the
 * first launch that names it to the last; graph outputs are left alone (they live to the end, and runtimes
 * read them as they are). Buffers are taken in
 * the order they first live, and each goes into a slot of its element type whose buffers are all dead by
 * then — the slot closest to its size, grown if none is large enough, never past the profile's largest
 * buffer — or into a new slot. With {@code inPlace}, an elementwise kernel (elementwise ops and reshapes
 * only, so each element is read and written by the same work-item at the same index) may write its output
 * over an input of the same size that it reads for the last time.
 *
 * <p>Only the plan changes: buffers, arguments and launches stay as they are, and a runtime binds each
 * slot's buffers to one allocation ({@link MemoryPlan}). Targets whose APIs forbid a buffer bound twice
 * in one dispatch (WebGPU) should run the pass without {@code inPlace}.
 *
 * @param inPlace whether elementwise kernels may overwrite an input they read for the last time
 */
public record PlanMemory(boolean inPlace) implements KernelPass {
    public PlanMemory() { this(true); }

    @Override public String name() { return "plan-memory"; }

    @Override public String description() {
        return "share allocations between temporaries whose lifetimes do not overlap" + (inPlace ? ", in place for elementwise kernels" : "");
    }

    /** One temporary's lifetime, in launch indices. */
    private record Life(KernelProgram.Buffer buffer, int first, int last) {}

    /** A slot being filled: its buffers, the launch after which it is free, the buffer living in it last. */
    private static final class Open {
        final DType storage;
        long elements;
        final List<String> buffers = new ArrayList<>();
        int freeAfter;
        String occupant;

        Open(DType storage) { this.storage = storage; }
    }

    @Override public KernelProgram apply(KernelProgram p) {
        List<Life> lives = lifetimes(p);
        long limit = p.profile().maxBufferBytes();
        List<Open> slots = new ArrayList<>();
        for (Life l : lives) {
            Open best = null;
            for (Open s : slots) {
                if (s.storage != l.buffer().storage() || !free(s, l, p)) continue;
                if (best == null || better(s, best, l.buffer().elements())) best = s;
            }
            long bytesPer = l.buffer().bytes() / Math.max(1, l.buffer().elements());
            if (best != null && Math.max(best.elements, l.buffer().elements()) * bytesPer > limit) best = null;
            if (best == null) {
                best = new Open(l.buffer().storage());
                slots.add(best);
            }
            best.elements = Math.max(best.elements, l.buffer().elements());
            best.buffers.add(l.buffer().name());
            best.freeAfter = l.last();
            best.occupant = l.buffer().name();
        }
        List<MemoryPlan.Slot> out = new ArrayList<>();
        for (Open s : slots) if (s.buffers.size() > 1) out.add(new MemoryPlan.Slot(s.storage, s.elements, s.buffers));
        return p.withMemory(new MemoryPlan(out, MemoryPlan.naiveBytes(p.buffers())));
    }

    /** Prefer a slot that already fits (the smallest such), else the largest (which grows least). */
    private static boolean better(Open s, Open best, long want) {
        boolean fits = s.elements >= want, bestFits = best.elements >= want;
        if (fits != bestFits) return fits;
        return fits ? s.elements < best.elements : s.elements > best.elements;
    }

    /** True when the slot's last buffer is dead before {@code l} starts, or may be overwritten in place by {@code l}'s first launch. */
    private boolean free(Open s, Life l, KernelProgram p) {
        if (s.freeAfter < l.first()) return true;
        if (!inPlace || s.freeAfter != l.first()) return false;
        KernelProgram.Launch launch = p.launches().get(l.first());
        return elementLocal(launch) && p.buffer(s.occupant).elements() == l.buffer().elements()
                && onlyReads(launch, s.occupant) && writes(launch, l.buffer().name());
    }

    /** Lifetimes of the temporaries that launches use, in the order they start. */
    private static List<Life> lifetimes(KernelProgram p) {
        Map<String, Integer> first = new HashMap<>(), last = new HashMap<>();
        for (int i = 0; i < p.launches().size(); i++) {
            for (KernelProgram.Arg a : p.launches().get(i).args()) {
                if (a instanceof KernelProgram.Arg.BufferArg(String b)) {
                    first.putIfAbsent(b, i);
                    last.put(b, i);
                }
            }
        }
        Set<String> outputs = new HashSet<>();
        p.outputs().forEach(o -> outputs.add(o.buffer()));
        List<Life> lives = new ArrayList<>();
        for (KernelProgram.Buffer b : p.buffers()) {
            // graph outputs keep their own allocations: runtimes read them whole after the last launch
            if (b.role() != KernelProgram.Role.TEMP || !first.containsKey(b.name()) || outputs.contains(b.name())) continue;
            lives.add(new Life(b, first.get(b.name()), last.get(b.name())));
        }
        lives.sort(Comparator.comparingInt(Life::first));
        return lives;
    }

    /** Mnemonics of the ops an element-local kernel may contain. */
    private static final Set<String> ELEMENT_LOCAL = elementLocalOps();

    private static Set<String> elementLocalOps() {
        Set<String> s = new HashSet<>(List.of("select", "cast", "bitcast", "reshape"));
        for (Elementwise.UnaryFn f : Elementwise.UnaryFn.values()) s.add(f.name().toLowerCase(Locale.ROOT));
        for (Elementwise.BinaryFn f : Elementwise.BinaryFn.values()) s.add(f.name().toLowerCase(Locale.ROOT));
        return s;
    }

    /** True for a pure elementwise kernel: every output element depends only on the inputs' elements at its index. */
    static boolean elementLocal(KernelProgram.Launch l) {
        if (!l.anchor().equals("elementwise")) return false;
        for (String f : l.fused()) if (!ELEMENT_LOCAL.contains(f.split(" ", 2)[0])) return false;
        return true;
    }

    private static boolean onlyReads(KernelProgram.Launch l, String buffer) {
        boolean named = false;
        for (int i = 0; i < l.args().size(); i++) {
            if (!(l.args().get(i) instanceof KernelProgram.Arg.BufferArg(String b)) || !b.equals(buffer)) continue;
            Param param = l.signature().params().get(i);
            if (param instanceof BufferParam bp && bp.access().canStore()) return false;
            named = true;
        }
        return named;
    }

    private static boolean writes(KernelProgram.Launch l, String buffer) {
        for (int i = 0; i < l.args().size(); i++) {
            if (l.args().get(i) instanceof KernelProgram.Arg.BufferArg(String b) && b.equals(buffer)
                    && l.signature().params().get(i) instanceof BufferParam bp && bp.access().canStore()) return true;
        }
        return false;
    }
}
