package dev.tcc.passes.lower;

import dev.tcc.ir.DType;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.program.WeightCodec;

import java.lang.ref.SoftReference;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * The joined weight bytes of the last lowering given this cache, handed out again when the
 * next lowering places the same tensors (the same objects, as a graph's constants are) at the same offsets in the same
 * storage types. The autotuner lowers the whole model once per candidate, and the candidates of one model differ only in
 * their kernels: without this each lowering encoded the CLIP text encoder's 469 MiB of weights anew, and the executor
 * compared them byte by byte with those already on the device. Held softly, so that a cache kept after its programs
 * does not keep their weights from the collector. A program's weights are never written after lowering, so programs
 * may share the array.
 */
public final class WeightCache {
    /** One weight tensor placed in the joined array. */
    record Placed(Tensor tensor, DType storage, long offset) {
        long end() { return offset + WeightCodec.encodedBytes(tensor, storage); }
    }

    private List<Placed> last = List.of();
    private SoftReference<byte[]> joined = new SoftReference<>(null);

    /** The weights of {@code placed}, {@code bytes} long with zeros between tensors: the last array when nothing moved. */
    synchronized byte[] join(List<Placed> placed, long bytes) {
        byte[] previous = joined.get();
        if (previous != null && previous.length == bytes && same(placed, last)) return previous;
        byte[] all = new byte[Math.toIntExact(bytes)];
        ByteBuffer b = ByteBuffer.wrap(all);
        for (Placed p : placed) {
            b.position(Math.toIntExact(p.offset()));
            WeightCodec.encode(p.tensor(), p.storage(), b);
        }
        last = List.copyOf(placed);
        joined = new SoftReference<>(all);
        return all;
    }

    /** True when both place the same tensor objects, in the same storage types, at the same offsets. */
    private static boolean same(List<Placed> a, List<Placed> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) {
            Placed x = a.get(i), y = b.get(i);
            if (x.tensor() != y.tensor() || x.storage() != y.storage() || x.offset() != y.offset()) return false;
        }
        return true;
    }
}
