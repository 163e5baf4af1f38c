package dev.tcc.codegen.wgsl;

import dev.tcc.ir.DType;
import dev.tcc.ir.kernel.BufferParam;

import java.util.List;

/**
 * How a runtime binds a rendered kernel: everything is in bind group 0.
 *
 * <ul>
 *   <li>Buffer parameters take bindings {@code 0 .. n-1} in parameter order, as storage buffers
 *       ({@code read} for {@link BufferParam.Access#READ}, else {@code read_write}).</li>
 *   <li>Scalar parameters are packed, in parameter order, into one uniform buffer at binding {@code n}
 *       ({@link #uniformBinding}; -1 when the kernel has none): a WGSL struct whose fields are all 4-byte
 *       scalars (i32, u32, f32; i64/u64 scalars arrive narrowed to i32/u32), so field {@code i} lies at
 *       byte offset {@code 4 i} with no padding (WGSL's uniform layout rules put 4-byte scalars at their
 *       natural alignment). The runtime writes a buffer of {@link #uniformBytes} bytes (the struct size
 *       rounded up to 16), little-endian, zeros in the padding.</li>
 *   <li>Dispatch {@code grid.groups} workgroups; the workgroup size is fixed in the shader.</li>
 * </ul>
 *
 * @param bindings       one per buffer parameter, in parameter (= binding) order
 * @param uniformBinding binding of the scalar-parameter uniform buffer, or -1 when there are no scalars
 * @param uniforms       the uniform struct's fields, in order
 * @param uniformBytes   size of the uniform buffer to bind (0 when none)
 */
public record WgslLayout(List<Binding> bindings, int uniformBinding, List<UniformField> uniforms, int uniformBytes) {

    public WgslLayout {
        bindings = List.copyOf(bindings);
        uniforms = List.copyOf(uniforms);
    }

    /** How the host lays out a buffer's elements for WGSL. */
    public enum Packing {
        /** Elements as kernel IR stores them (f32, i32, u32, and f16 with shader-f16). */
        NATIVE,
        /**
         * 1- and 2-byte elements (i8, u8, bool, i16, u16, f16 without shader-f16) in {@code array<u32>}
         * words, little-endian: the host's bytes unchanged, the buffer size rounded up to a multiple of 4.
         */
        PACKED_WORDS,
        /**
         * i64 elements held as i32: the host converts each element on upload, refusing values outside
         * i32, and sign-extends on download.
         */
        I64_AS_I32,
        /**
         * u64 elements held as u32: the host converts each element on upload, refusing values at or
         * above 2^32, and zero-extends on download.
         */
        U64_AS_U32,
        /**
         * f64 elements held as f32 (WGSL has no 64-bit floats): the host rounds each element to f32 on upload
         * and widens it on download.
         */
        F64_AS_F32;

        /** Bytes a device buffer of {@code elements} elements of {@code elementType} needs (a multiple of 4). */
        public long deviceBytes(DType elementType, long elements) {
            long bytes = switch (this) {
                case NATIVE -> elements * (elementType == DType.F16 ? 2 : 4);
                case PACKED_WORDS -> elements * (elementType == DType.BOOL ? 1 : elementType.bits() / 8);
                case I64_AS_I32, U64_AS_U32, F64_AS_F32 -> elements * 4;
            };
            return (bytes + 3) / 4 * 4;
        }
    }

    /**
     * A buffer parameter's binding.
     *
     * @param binding     its {@code @binding} in group 0
     * @param param       the kernel parameter's name
     * @param elementType the element type in kernel IR
     * @param access      what the kernel does with it
     * @param wgslType    the declared WGSL type, such as {@code array<f32>} or {@code array<atomic<u32>>}
     * @param packing     how the host lays out its elements
     */
    public record Binding(int binding, String param, DType elementType, BufferParam.Access access, String wgslType,
                          Packing packing) {
        /** Bytes the device buffer needs for {@code elements} elements. */
        public long deviceBytes(long elements) { return packing.deviceBytes(elementType, elements); }
    }

    /**
     * A field of the scalar-parameter uniform struct.
     *
     * @param param    the kernel parameter's name
     * @param type     its kernel-IR type
     * @param wgslType its WGSL type (i64 arrives as i32, u64 as u32: the host narrows, refusing what does not fit)
     * @param offset   byte offset in the uniform buffer
     */
    public record UniformField(String param, DType type, String wgslType, int offset) {}
}
