package dev.tcc.ir.program;

import dev.tcc.ir.DType;
import dev.tcc.ir.kernel.KernelTypes;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which {@link KernelProgram.Role#TEMP} buffers of a program share one device allocation. Each {@link Slot}
 * is one allocation of its element type and size; the buffers it lists are live at different times (or one
 * is overwritten in place by the elementwise kernel that last reads it), so a runtime binds all of them to
 * the same allocation. Buffers in no slot are allocated alone, as are inputs and weights.
 *
 * @param slots      the shared allocations
 * @param naiveBytes the bytes of all temporaries allocated alone (what the program needs without a plan)
 */
public record MemoryPlan(List<Slot> slots, long naiveBytes) {
    /** No sharing: every buffer its own allocation. */
    public static final MemoryPlan NONE = new MemoryPlan(List.of(), -1);

    public MemoryPlan {
        slots = List.copyOf(slots);
    }

    /**
     * One allocation.
     *
     * @param storage  the element type of every buffer in it
     * @param elements its size: the largest of its buffers
     * @param buffers  the names of the buffers that live in it, in the order they first do
     */
    public record Slot(DType storage, long elements, List<String> buffers) {
        public Slot {
            buffers = List.copyOf(buffers);
        }

        public long bytes() { return elements * KernelTypes.storageBytes(storage); }
    }

    /** True for {@link #NONE} (no plan was made). */
    public boolean isNone() { return slots.isEmpty() && naiveBytes < 0; }

    /** The bytes a program's temporaries take with this plan: the slots plus every temporary in no slot. */
    public long plannedBytes(List<KernelProgram.Buffer> buffers) {
        Set<String> planned = new HashSet<>();
        long total = 0;
        for (Slot s : slots) {
            total += s.bytes();
            planned.addAll(s.buffers());
        }
        for (KernelProgram.Buffer b : buffers) if (b.role() == KernelProgram.Role.TEMP && !planned.contains(b.name())) total += b.bytes();
        return total;
    }

    /** The bytes of all temporaries, each alone. */
    public static long naiveBytes(List<KernelProgram.Buffer> buffers) {
        return buffers.stream().filter(b -> b.role() == KernelProgram.Role.TEMP).mapToLong(KernelProgram.Buffer::bytes).sum();
    }

    /** Checks every slot holds existing temporaries of its type that fit, each in one slot, within the profile's buffer limit. */
    void verify(Map<String, KernelProgram.Buffer> byName, Profile profile) {
        Set<String> seen = new HashSet<>();
        for (Slot s : slots) {
            if (s.bytes() > profile.maxBufferBytes()) {
                throw new IllegalStateException("memory slot of " + s.bytes() + " bytes exceeds the largest buffer " + profile.name()
                        + " allows (" + profile.maxBufferBytes() + ")");
            }
            for (String name : s.buffers()) {
                KernelProgram.Buffer b = byName.get(name);
                if (b == null) throw new IllegalStateException("memory plan names buffer " + name + ", which does not exist");
                if (b.role() != KernelProgram.Role.TEMP) throw new IllegalStateException("memory plan shares " + b.role().name().toLowerCase() + " buffer " + name);
                if (b.storage() != s.storage() || b.elements() > s.elements()) {
                    throw new IllegalStateException("buffer " + name + " (" + b.elements() + " " + b.storage() + ") does not fit its memory slot ("
                            + s.elements() + " " + s.storage() + ")");
                }
                if (!seen.add(name)) throw new IllegalStateException("memory plan puts buffer " + name + " in two slots");
            }
        }
    }
}
