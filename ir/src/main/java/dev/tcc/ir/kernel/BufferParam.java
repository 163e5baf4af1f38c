package dev.tcc.ir.kernel;

import dev.tcc.ir.DType;

/**
 * A device buffer parameter: a one-dimensional array of {@code elementType} in global memory, of
 * whatever length the launch binds.
 *
 * @param access what the kernel does with it; distinct buffer parameters never alias
 */
public record BufferParam(String name, DType elementType, Access access) implements Param, Memory {

    /** How a kernel uses a buffer. */
    public enum Access {
        READ, WRITE, READ_WRITE;

        public boolean canLoad() { return this != WRITE; }

        public boolean canStore() { return this != READ; }

        /** The spelling in the text form. */
        public String text() { return name().toLowerCase().replace('_', '-'); }
    }

    public BufferParam {
        Names.check(name, "buffer parameter");
        KernelTypes.requireStorage(elementType, "buffer " + name);
        java.util.Objects.requireNonNull(access, "access");
    }
}
