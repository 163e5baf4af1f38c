package dev.tcc.codegen.spirv;

import dev.tcc.ir.DType;
import dev.tcc.ir.kernel.BufferParam;
import dev.tcc.ir.kernel.Kernel;
import dev.tcc.ir.kernel.KernelTypes;
import dev.tcc.ir.kernel.Param;
import dev.tcc.ir.kernel.ScalarParam;

import java.util.ArrayList;
import java.util.List;

/**
 * How a kernel's parameters reach its SPIR-V module, which a Vulkan runtime needs to build the descriptor set
 * layout, the pipeline layout and the push-constant bytes. Buffer parameters are storage buffers in descriptor
 * set 0, bindings 0, 1, ... in parameter order; scalar parameters are members of one push-constant block, in
 * parameter order, each at the next offset aligned to its own size (std430 for scalars), little-endian.
 *
 * @param buffers           one binding per buffer parameter
 * @param pushConstants     one member per scalar parameter
 * @param pushConstantBytes the size of the push-constant block (0 when the kernel has no scalar parameter)
 */
public record KernelLayout(List<BufferBinding> buffers, List<PushConstant> pushConstants, int pushConstantBytes) {

    /** The descriptor set every buffer is bound in. */
    public static final int DESCRIPTOR_SET = 0;

    /** A storage buffer binding; elements are {@code stride} bytes apart (bool: one byte, 0 or 1). */
    public record BufferBinding(String name, int binding, DType elementType, int stride, BufferParam.Access access) {}

    /** A push-constant member at byte {@code offset}. */
    public record PushConstant(String name, DType type, int offset) {
        public int size() { return type.bits() / 8; }
    }

    public KernelLayout {
        buffers = List.copyOf(buffers);
        pushConstants = List.copyOf(pushConstants);
    }

    /** The layout of {@code kernel}. */
    public static KernelLayout of(Kernel kernel) {
        List<BufferBinding> buffers = new ArrayList<>();
        List<PushConstant> scalars = new ArrayList<>();
        int offset = 0;
        for (Param p : kernel.params()) {
            switch (p) {
                case BufferParam b -> buffers.add(new BufferBinding(b.name(), buffers.size(), b.elementType(),
                        KernelTypes.storageBytes(b.elementType()), b.access()));
                case ScalarParam s -> {
                    int size = s.var().type().bits() / 8;
                    offset = (offset + size - 1) / size * size;
                    scalars.add(new PushConstant(s.name(), s.var().type(), offset));
                    offset += size;
                }
            }
        }
        return new KernelLayout(buffers, scalars, offset);
    }
}
