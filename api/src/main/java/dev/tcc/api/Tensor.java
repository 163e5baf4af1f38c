package dev.tcc.api;

import dev.tcc.ir.DType;
import dev.tcc.ir.Shape;
import dev.tcc.ir.TensorType;
import dev.tcc.ir.program.HostTensor;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.util.Arrays;

/**
 * A typed tensor a {@link Model} takes or returns: an element type ({@code f32}, {@code i64}, {@code i32} ...),
 * a shape, and its elements in row-major order as little-endian bytes in a direct buffer, the bytes a device
 * reads as they are. The factory methods copy their argument, so a tensor never changes after it is made;
 * the views ({@link #asFloatBuffer()}, {@link #asSegment()}) are read-only. Instances are immutable and safe
 * to share between threads.
 */
public final class Tensor {
    private final HostTensor host;

    Tensor(HostTensor host) { this.host = host; }

    /** An {@code f32} tensor of {@code shape} holding a copy of {@code data}; its length must be the shape's size. */
    public static Tensor of(float[] data, long... shape) { return of(FloatBuffer.wrap(data), shape); }

    /** An {@code f32} tensor of {@code shape} holding a copy of {@code data}'s remaining elements. */
    public static Tensor of(FloatBuffer data, long... shape) {
        TensorType t = type(DType.F32, shape, data.remaining());
        HostTensor h = HostTensor.allocate(t);
        h.data().asFloatBuffer().put(data.duplicate());
        return new Tensor(h);
    }

    /**
     * An {@code f32} tensor of {@code shape} holding a copy of {@code segment}, read as little-endian floats
     * (native order on x86-64 and ARM64); its byte size must be four times the shape's size.
     */
    public static Tensor of(MemorySegment segment, long... shape) {
        if (segment.byteSize() % 4 != 0) throw new TccApiException("a float segment's size must be a multiple of 4 bytes, got " + segment.byteSize());
        TensorType t = type(DType.F32, shape, segment.byteSize() / 4);
        HostTensor h = HostTensor.allocate(t);
        MemorySegment.ofBuffer(h.data()).copyFrom(segment);
        return new Tensor(h);
    }

    /** An {@code i64} tensor of {@code shape} holding a copy of {@code data} (token ids, indices). */
    public static Tensor ofLongs(long[] data, long... shape) {
        TensorType t = type(DType.I64, shape, data.length);
        HostTensor h = HostTensor.allocate(t);
        h.data().asLongBuffer().put(data);
        return new Tensor(h);
    }

    /** An {@code i32} tensor of {@code shape} holding a copy of {@code data}. */
    public static Tensor ofInts(int[] data, long... shape) {
        TensorType t = type(DType.I32, shape, data.length);
        HostTensor h = HostTensor.allocate(t);
        h.data().asIntBuffer().put(data);
        return new Tensor(h);
    }

    private static TensorType type(DType d, long[] shape, long elements) {
        for (long s : shape) if (s < 0) throw new TccApiException("shape " + Arrays.toString(shape) + " has a negative dimension");
        TensorType t = new TensorType(d, Shape.of(shape));
        if (t.size() != elements) {
            throw new TccApiException("shape " + Arrays.toString(shape) + " holds " + t.size() + " elements, the data has " + elements);
        }
        return t;
    }

    /** The element type's name: {@code f32}, {@code i64}, {@code f16} ... */
    public String dtype() { return host.type().dtype().irName(); }

    /** The shape (a copy). */
    public long[] shape() { return host.type().shape().dims(); }

    /** The number of elements. */
    public long size() { return host.type().size(); }

    /** The elements as floats (a copy); {@code f32} only. */
    public float[] toFloatArray() {
        FloatBuffer b = asFloatBuffer();
        float[] a = new float[b.remaining()];
        b.get(a);
        return a;
    }

    /** A read-only view of the elements; {@code f32} only. */
    public FloatBuffer asFloatBuffer() {
        require(DType.F32);
        return host.data().duplicate().order(ByteOrder.LITTLE_ENDIAN).limit(Math.toIntExact(host.bytes())).asReadOnlyBuffer()
                .order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
    }

    /** The elements as longs (a copy); {@code i64} only. */
    public long[] toLongArray() {
        require(DType.I64);
        LongBuffer b = host.data().duplicate().order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().limit(Math.toIntExact(size()));
        long[] a = new long[b.remaining()];
        b.get(a);
        return a;
    }

    /** The elements as ints (a copy); {@code i32} only. */
    public int[] toIntArray() {
        require(DType.I32);
        IntBuffer b = host.data().duplicate().order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().limit(Math.toIntExact(size()));
        int[] a = new int[b.remaining()];
        b.get(a);
        return a;
    }

    /** A read-only view of the element bytes (little-endian, storage form). */
    public MemorySegment asSegment() {
        ByteBuffer b = host.data().duplicate().limit(Math.toIntExact(host.bytes())).asReadOnlyBuffer();
        return MemorySegment.ofBuffer(b);
    }

    /** Element {@code i} in row-major order as a float; {@code f32} only. */
    public float getFloat(long i) {
        require(DType.F32);
        return asSegment().getAtIndex(ValueLayout.JAVA_FLOAT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN), i);
    }

    private void require(DType d) {
        if (host.type().dtype() != d) throw new TccApiException("tensor is " + host.type() + ", not " + d.irName());
    }

    HostTensor host() { return host; }

    TensorType type() { return host.type(); }

    @Override public String toString() { return "Tensor" + host.type(); }
}
