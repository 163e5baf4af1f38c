package dev.tcc.ir.program;

import dev.tcc.ir.DType;
import dev.tcc.ir.IrException;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.kernel.KernelTypes;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** A tensor's elements as little-endian bytes of its device storage type ({@link DeviceTypes#storage}). */
public final class WeightCodec {
    private WeightCodec() {}

    public static byte[] encode(Tensor t, DType storage) {
        ByteBuffer b = ByteBuffer.allocate(Math.toIntExact(encodedBytes(t, storage)));
        encode(t, storage, b);
        return b.array();
    }

    /** How many bytes {@code t} takes encoded as {@code storage}. */
    public static long encodedBytes(Tensor t, DType storage) { return (long) t.size() * KernelTypes.storageBytes(storage); }

    /** Writes {@code t}'s elements as {@code storage} into {@code b} from its position on (little-endian), advancing it. */
    public static void encode(Tensor t, DType storage, ByteBuffer b) {
        int n = t.size();
        b.order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < n; i++) {
            switch (storage) {
                case F32 -> b.putFloat((float) t.getDouble(i));
                case F64 -> b.putDouble(t.getDouble(i));
                case F16 -> b.putShort(Float.floatToFloat16((float) t.getDouble(i)));
                case I8, U8, BOOL -> b.put((byte) t.getLong(i));
                case I16, U16 -> b.putShort((short) t.getLong(i));
                case I32, U32 -> b.putInt((int) t.getLong(i));
                case I64, U64 -> b.putLong(t.getLong(i));
                default -> throw new IrException("no device storage for " + storage);
            }
        }
    }
}
