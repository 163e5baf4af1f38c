package dev.tcc.ir.kernel;

import dev.tcc.ir.DType;

/** Something a kernel loads from and stores to by element index: a buffer parameter or an array. */
public sealed interface Memory permits BufferParam, ArrayDecl {
    String name();

    /** The element type as stored (may be a storage-only type such as f16 or i8). */
    DType elementType();

    /** The type a load yields and a store takes ({@link KernelTypes#valueTypeOf}). */
    default DType valueType() { return KernelTypes.valueTypeOf(elementType()); }
}
