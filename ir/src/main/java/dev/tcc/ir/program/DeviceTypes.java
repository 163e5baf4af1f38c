package dev.tcc.ir.program;

import dev.tcc.ir.DType;
import dev.tcc.ir.IrException;

/**
 * How graph element types live on a device. Each graph type has a <i>storage</i> type (the element type
 * of its buffers, a kernel-IR storage type) and a <i>value</i> type (what kernels compute with).
 *
 * <ul>
 *   <li>f32, f64, f16, i8..i64, u8..u64 and bool are stored as themselves; f16 computes in f32, 8- and
 *       16-bit integers in 32 bits and are wrapped back after every operation.</li>
 *   <li>bf16 and the 8- and 4-bit float formats are stored as f32 holding exactly the format's values
 *       (every such value is an f32); kernels round to the format after every operation, and the host
 *       converts at the boundary, so no bit-level conversion is needed on the device.</li>
 *   <li>i4 and i2 are stored one per byte as i8, u4 and u2 as u8 (unpacked).</li>
 * </ul>
 * Strings have no device form.
 */
public final class DeviceTypes {
    private DeviceTypes() {}

    /** The buffer element type holding values of graph type {@code t}. */
    public static DType storage(DType t) {
        return switch (t) {
            case F32, F64, F16, I64, I32, I16, I8, U64, U32, U16, U8, BOOL -> t;
            case BF16, F8E4M3FN, F8E4M3FNUZ, F8E5M2, F8E5M2FNUZ, F8E8M0, F4E2M1 -> DType.F32;
            case I4, I2 -> DType.I8;
            case U4, U2 -> DType.U8;
            case STRING -> throw new IrException("string tensors have no device representation; "
                    + "string ops run only on the reference interpreter");
        };
    }

    /** The kernel value type computations on graph type {@code t} use. */
    public static DType value(DType t) {
        return switch (t) {
            case F64 -> DType.F64;
            case F32, F16, BF16, F8E4M3FN, F8E4M3FNUZ, F8E5M2, F8E5M2FNUZ, F8E8M0, F4E2M1 -> DType.F32;
            case I64 -> DType.I64;
            case I32, I16, I8, I4, I2 -> DType.I32;
            case U64 -> DType.U64;
            case U32, U16, U8, U4, U2 -> DType.U32;
            case BOOL -> DType.BOOL;
            case STRING -> throw new IrException("string tensors have no device representation");
        };
    }

    /** Float types narrower than f32, rounded to after each operation. */
    public static boolean isNarrowFloat(DType t) { return t.isFloat() && t != DType.F32 && t != DType.F64; }

    /** Integer types narrower than their 32-bit value type, wrapped after each operation. */
    public static boolean isNarrowInt(DType t) { return t.isInteger() && t.bits() < 32; }
}
