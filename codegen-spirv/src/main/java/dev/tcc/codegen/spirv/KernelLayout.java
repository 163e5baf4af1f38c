package dev.tcc.codegen.spirv;

import dev.tcc.ir.DType;
import dev.tcc.ir.kernel.BufferParam;
import dev.tcc.ir.kernel.Kernel;
import dev.tcc.ir.kernel.KernelTypes;
import dev.tcc.ir.kernel.Param;
import dev.tcc.ir.kernel.ScalarParam;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * How a kernel's parameters reach its SPIR-V module, which a Vulkan runtime needs to build the descriptor set
 * layout, the pipeline layout and the push-constant bytes. Buffer parameters are storage buffers in descriptor
 * set 0, bindings 0, 1, ... in parameter order; scalar parameters are members of one push-constant block, in
 * parameter order, each at the next offset aligned to its own size (std430 for scalars), little-endian.
 *
 * @param buffers           one binding per buffer parameter
 * @param pushConstants     one member per scalar parameter
 * @param pushConstantBytes the size of the push-constant block (0 when the kernel has no scalar parameter)
 * @param features          the optional device features the module uses; the runtime must enable them
 */
public record KernelLayout(List<BufferBinding> buffers, List<PushConstant> pushConstants, int pushConstantBytes,
                           Set<Feature> features) {

    /** Optional Vulkan device features a module may need, named after their Vulkan feature fields. */
    public enum Feature {
        /** {@code shaderInt64}: i64/u64 values (SPIR-V capability Int64). */
        SHADER_INT64,
        /** {@code shaderFloat64}: f64 values (Float64). */
        SHADER_FLOAT64,
        /** {@code storageBuffer16BitAccess}: f16, i16 and u16 buffers (StorageBuffer16BitAccess). */
        STORAGE_BUFFER_16BIT_ACCESS,
        /** {@code storageBuffer8BitAccess}: i8, u8 and bool buffers (StorageBuffer8BitAccess). */
        STORAGE_BUFFER_8BIT_ACCESS
    }

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
        features = Collections.unmodifiableSet(features.isEmpty() ? EnumSet.noneOf(Feature.class) : EnumSet.copyOf(features));
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
        return new KernelLayout(buffers, scalars, offset, features(kernel));
    }

    private static Set<Feature> features(Kernel kernel) {
        Set<Feature> features = EnumSet.noneOf(Feature.class);
        Set<DType> used = kernel.typesUsed();
        if (used.contains(DType.I64) || used.contains(DType.U64)) features.add(Feature.SHADER_INT64);
        if (used.contains(DType.F64)) features.add(Feature.SHADER_FLOAT64);
        for (BufferParam b : kernel.buffers()) {
            switch (b.elementType()) {
                case F16, I16, U16 -> features.add(Feature.STORAGE_BUFFER_16BIT_ACCESS);
                case I8, U8, BOOL -> features.add(Feature.STORAGE_BUFFER_8BIT_ACCESS);
                default -> { }
            }
        }
        return features;
    }
}
