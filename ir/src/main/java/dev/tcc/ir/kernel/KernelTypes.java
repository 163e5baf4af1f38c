package dev.tcc.ir.kernel;

import dev.tcc.ir.DType;

import java.util.EnumSet;
import java.util.Set;

/**
 * The element types kernel IR knows. <i>Value types</i> are what expressions compute with; <i>storage
 * types</i> are what memory may hold (every value type plus f16, i8, u8, i16, u16). See {@link Kernel}.
 */
public final class KernelTypes {
    private KernelTypes() {}

    /** Types of expression values. */
    public static final Set<DType> VALUE_TYPES =
            EnumSet.of(DType.BOOL, DType.I32, DType.U32, DType.I64, DType.U64, DType.F32, DType.F64);

    /** Types memory elements may have. */
    public static final Set<DType> STORAGE_TYPES = EnumSet.of(DType.BOOL, DType.I8, DType.U8, DType.I16,
            DType.U16, DType.I32, DType.U32, DType.I64, DType.U64, DType.F16, DType.F32, DType.F64);

    public static boolean isValueType(DType t) { return VALUE_TYPES.contains(t); }

    public static boolean isStorageType(DType t) { return STORAGE_TYPES.contains(t); }

    /** The value type a load of a {@code storage} element yields. */
    public static DType valueTypeOf(DType storage) {
        return switch (storage) {
            case F16 -> DType.F32;
            case I8, I16 -> DType.I32;
            case U8, U16 -> DType.U32;
            case BOOL, I32, U32, I64, U64, F32, F64 -> storage;
            default -> throw new KernelIrException("element type " + storage + " is not supported in kernels"
                    + " (supported: " + STORAGE_TYPES + "); convert it in a separate step");
        };
    }

    /** Bytes per stored element (bool takes one byte). */
    public static int storageBytes(DType storage) {
        requireStorage(storage, "element");
        return storage == DType.BOOL ? 1 : storage.bits() / 8;
    }

    /** Bit width of an integer value type (bool counts as 1). */
    static int bits(DType t) { return t == DType.BOOL ? 1 : t.bits(); }

    static void requireStorage(DType t, String where) {
        if (t == null || !isStorageType(t)) {
            throw new KernelIrException(where + ": element type " + t + " is not supported in kernels (supported: " + STORAGE_TYPES + ")");
        }
    }

    static void requireValue(DType t, String where) {
        if (t == null || !isValueType(t)) {
            throw new KernelIrException(where + ": " + t + " is not a value type (value types: " + VALUE_TYPES
                    + "; storage-only types are widened by loads)");
        }
    }

    /** True for integer value types (not bool). */
    static boolean isInt(DType t) { return t.isInteger(); }
}
