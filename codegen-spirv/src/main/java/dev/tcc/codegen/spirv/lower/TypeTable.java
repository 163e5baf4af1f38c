package dev.tcc.codegen.spirv.lower;

import dev.tcc.codegen.spirv.asm.Constant;
import dev.tcc.codegen.spirv.asm.SpirvType;
import dev.tcc.ir.DType;
import dev.tcc.ir.kernel.KernelIrException;

/**
 * Kernel-IR types as SPIR-V types. Value types map one to one (signed and unsigned integers are distinct
 * SPIR-V types, as glslang writes them). Storage-only types (f16, i8, u8, i16, u16, and bool, stored as a byte)
 * exist as SPIR-V types only in storage buffers, through the 8- and 16-bit storage capabilities; workgroup and
 * private arrays of them hold the widened value type instead (see {@link MemoryAccess}).
 */
final class TypeTable {
    private TypeTable() {}

    /** The SPIR-V type of value type {@code t}. */
    static SpirvType value(DType t) {
        return switch (t) {
            case BOOL -> SpirvType.BOOL;
            case I32 -> SpirvType.I32;
            case U32 -> SpirvType.U32;
            case I64 -> SpirvType.I64;
            case U64 -> SpirvType.U64;
            case F32 -> SpirvType.F32;
            case F64 -> SpirvType.F64;
            default -> throw new KernelIrException("SPIR-V renderer: " + t + " is not a kernel value type");
        };
    }

    /** The SPIR-V element type of a storage buffer of {@code t}: the stored form, bool as u8. */
    static SpirvType bufferElement(DType t) {
        return switch (t) {
            case F16 -> SpirvType.F16;
            case I8 -> new SpirvType.Int(8, true);
            case U8, BOOL -> new SpirvType.Int(8, false);
            case I16 -> new SpirvType.Int(16, true);
            case U16 -> new SpirvType.Int(16, false);
            default -> value(t);
        };
    }

    /** The element type of a workgroup or private array of {@code t}: its value type. */
    static SpirvType arrayElement(DType t) { return value(dev.tcc.ir.kernel.KernelTypes.valueTypeOf(t)); }

    /** Bytes per element of a storage buffer of {@code t} (its ArrayStride). */
    static int bufferStride(DType t) { return dev.tcc.ir.kernel.KernelTypes.storageBytes(t); }

    /** The constant {@code value} (an integer, or a bool as 0/1) of integer or bool value type {@code t}. */
    static Constant intConstant(DType t, long value) {
        return switch (t) {
            case BOOL -> Constant.bool(value != 0);
            case I32, U32, I64, U64 -> new Constant.Scalar(value(t), value);
            default -> floatConstant(t, value);
        };
    }

    /** The constant {@code value} of float value type {@code t}. */
    static Constant floatConstant(DType t, double value) {
        return switch (t) {
            case F32 -> Constant.f32((float) value);
            case F64 -> Constant.f64(value);
            default -> throw new KernelIrException("SPIR-V renderer: float constant of type " + t);
        };
    }

    /** Zero of value type {@code t}. */
    static Constant zero(DType t) { return t.isFloat() ? floatConstant(t, 0) : intConstant(t, 0); }

    /** One of value type {@code t}. */
    static Constant one(DType t) { return t.isFloat() ? floatConstant(t, 1) : intConstant(t, 1); }
}
