package dev.tcc.ir.program;

import dev.tcc.ir.DType;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.TensorType;
import dev.tcc.ir.kernel.KernelTypes;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A tensor as a device holds it: its graph type and its elements as little-endian bytes of the type's
 * storage type ({@link DeviceTypes#storage}: f32 as f32, f16 as half bits, bf16 as f32 ...), in a direct
 * buffer. This is how data moves between a user and a device without the {@code double[]} of {@link Tensor}:
 * an f32 input read from a file goes to the device as the same bytes. Treat the buffer as read-only.
 *
 * @param type the graph type (element type and shape)
 * @param data {@code type.size()} storage elements from position 0, direct, little-endian
 */
public record HostTensor(TensorType type, ByteBuffer data) {

    public HostTensor {
        long need = type.size() * KernelTypes.storageBytes(DeviceTypes.storage(type.dtype()));
        if (data.capacity() < need) {
            throw new IllegalArgumentException("a " + type + " tensor needs " + need + " bytes, the buffer has " + data.capacity());
        }
        if (!data.isDirect()) throw new IllegalArgumentException("host tensor data must be a direct ByteBuffer");
        data = data.duplicate().order(ByteOrder.LITTLE_ENDIAN).clear();
    }

    /** An uninitialised tensor of {@code type}. */
    public static HostTensor allocate(TensorType type) {
        return new HostTensor(type, ByteBuffer.allocateDirect(Math.toIntExact(bytes(type))).order(ByteOrder.LITTLE_ENDIAN));
    }

    /** {@code t} in its storage form. */
    public static HostTensor of(Tensor t) {
        HostTensor h = allocate(t.type());
        h.set(t);
        return h;
    }

    /** Overwrites this tensor's bytes with {@code t}'s values (of this tensor's type), encoded in place. */
    public void set(Tensor t) {
        if (!t.type().equals(type)) throw new IllegalArgumentException("a " + type + " tensor cannot hold a " + t.type());
        WeightCodec.encode(t, storage(), data.duplicate().clear());
    }

    /** Bytes a tensor of {@code type} takes in storage form. */
    public static long bytes(TensorType type) {
        return Math.multiplyExact(type.size(), (long) KernelTypes.storageBytes(DeviceTypes.storage(type.dtype())));
    }

    public long bytes() { return bytes(type); }

    /** The storage element type. */
    public DType storage() { return DeviceTypes.storage(type.dtype()); }

    /** The values as a {@link Tensor} (exact: every storage value is a value of the graph type). */
    public Tensor toTensor() {
        DType storage = storage();
        int n = Math.toIntExact(type.size());
        ByteBuffer d = data.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        Shape shape = type.shape();
        if (type.dtype().isFloat()) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = switch (storage) {
                    case F32 -> d.getFloat(4 * i);
                    case F64 -> d.getDouble(8 * i);
                    case F16 -> Float.float16ToFloat(d.getShort(2 * i));
                    default -> throw new IllegalStateException("float storage " + storage);
                };
            }
            return Tensor.ofDoubles(type.dtype(), shape, v);
        }
        long[] v = new long[n];
        for (int i = 0; i < n; i++) {
            v[i] = switch (storage) {
                case I8 -> d.get(i);
                case U8, BOOL -> d.get(i) & 0xFF;
                case I16 -> d.getShort(2 * i);
                case U16 -> d.getShort(2 * i) & 0xFFFF;
                case I32 -> d.getInt(4 * i);
                case U32 -> d.getInt(4 * i) & 0xFFFF_FFFFL;
                case I64, U64 -> d.getLong(8 * i);
                default -> throw new IllegalStateException("integer storage " + storage);
            };
        }
        return Tensor.ofLongs(type.dtype(), shape, v);
    }
}
