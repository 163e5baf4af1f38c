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

    /** The layout of {@code kernel}, with every feature its body uses. */
    public static KernelLayout of(Kernel kernel) {
        KernelLayout bindings = of(kernel.signature());
        return new KernelLayout(bindings.buffers, bindings.pushConstants, bindings.pushConstantBytes, features(kernel));
    }

    /**
     * The bindings and push constants of a kernel with interface {@code signature}, which is all a runtime loading
     * a module from an artefact has. Its {@link #features()} are those the interface shows (buffer element and
     * scalar types); the body may use more (i64 arithmetic on i32 buffers), which the module's own
     * {@code OpCapability} instructions declare.
     */
    public static KernelLayout of(Kernel.Signature signature) {
        List<BufferBinding> buffers = new ArrayList<>();
        List<PushConstant> scalars = new ArrayList<>();
        Set<DType> types = EnumSet.noneOf(DType.class);
        int offset = 0;
        for (Param p : signature.params()) {
            switch (p) {
                case BufferParam b -> {
                    buffers.add(new BufferBinding(b.name(), buffers.size(), b.elementType(),
                            KernelTypes.storageBytes(b.elementType()), b.access()));
                    types.add(b.elementType());
                }
                case ScalarParam s -> {
                    int size = s.var().type().bits() / 8;
                    offset = (offset + size - 1) / size * size;
                    scalars.add(new PushConstant(s.name(), s.var().type(), offset));
                    types.add(s.var().type());
                    offset += size;
                }
            }
        }
        return new KernelLayout(buffers, scalars, offset, features(types, buffers.stream().map(BufferBinding::elementType).toList()));
    }

    private static Set<Feature> features(Kernel kernel) {
        return features(kernel.typesUsed(), kernel.buffers().stream().map(BufferParam::elementType).toList());
    }

    private static Set<Feature> features(Set<DType> used, List<DType> bufferTypes) {
        Set<Feature> features = EnumSet.noneOf(Feature.class);
        if (used.contains(DType.I64) || used.contains(DType.U64)) features.add(Feature.SHADER_INT64);
        if (used.contains(DType.F64)) features.add(Feature.SHADER_FLOAT64);
        for (DType t : bufferTypes) {
            switch (t) {
                case F16, I16, U16 -> features.add(Feature.STORAGE_BUFFER_16BIT_ACCESS);
                case I8, U8, BOOL -> features.add(Feature.STORAGE_BUFFER_8BIT_ACCESS);
                default -> { }
            }
        }
        return features;
    }
}
