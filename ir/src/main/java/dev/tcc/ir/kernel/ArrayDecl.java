package dev.tcc.ir.kernel;

import dev.tcc.ir.DType;

/**
 * A fixed-length array in workgroup-shared or in private (per work-item) memory. Contents are undefined
 * until stored.
 */
public record ArrayDecl(String name, DType elementType, int length, Space space) implements Memory {

    /** Where an array lives and who shares it. */
    public enum Space {
        /** Shared by the work-items of one workgroup (OpenCL {@code __local}, WGSL {@code var<workgroup>}). */
        WORKGROUP,
        /** One copy per work-item (registers; OpenCL private, WGSL {@code var<function>}). */
        PRIVATE;

        public String text() { return name().toLowerCase(); }
    }

    public ArrayDecl {
        Names.check(name, "array");
        KernelTypes.requireStorage(elementType, "array " + name);
        if (length <= 0) throw new KernelIrException("array " + name + ": length must be positive, got " + length);
        java.util.Objects.requireNonNull(space, "space");
    }

    /** Bytes this array occupies (per workgroup or per work-item). */
    public long bytes() { return (long) length * KernelTypes.storageBytes(elementType); }
}
