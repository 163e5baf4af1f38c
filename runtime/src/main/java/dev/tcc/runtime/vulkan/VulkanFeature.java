package dev.tcc.runtime.vulkan;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

import static org.lwjgl.vulkan.NVCooperativeMatrix.VK_NV_COOPERATIVE_MATRIX_EXTENSION_NAME;

/**
 * The optional device features that matter to compute kernels, each with where Vulkan keeps it (core 1.0,
 * 1.1 or 1.2 feature structure, or an extension's). A device reports the set it has ({@link
 * VulkanDeviceInfo#features()}); a {@link VulkanDevice} enables exactly the ones its caller asks for, with the
 * device extension of each that has one, and SPIR-V that declares a capability needing a feature that was not
 * enabled is a validation error.
 */
public enum VulkanFeature {
    SHADER_FLOAT64(c -> c.core().features().shaderFloat64(), c -> c.core().features().shaderFloat64(true)),
    SHADER_INT64(c -> c.core().features().shaderInt64(), c -> c.core().features().shaderInt64(true)),
    SHADER_INT16(c -> c.core().features().shaderInt16(), c -> c.core().features().shaderInt16(true)),
    /** SPIR-V {@code StorageBuffer16BitAccess}: 16-bit loads/stores in storage buffers. */
    STORAGE_BUFFER_16BIT_ACCESS(c -> c.v11().storageBuffer16BitAccess(), c -> c.v11().storageBuffer16BitAccess(true)),
    UNIFORM_AND_STORAGE_BUFFER_16BIT_ACCESS(c -> c.v11().uniformAndStorageBuffer16BitAccess(),
            c -> c.v11().uniformAndStorageBuffer16BitAccess(true)),
    STORAGE_PUSH_CONSTANT_16(c -> c.v11().storagePushConstant16(), c -> c.v11().storagePushConstant16(true)),
    VARIABLE_POINTERS_STORAGE_BUFFER(c -> c.v11().variablePointersStorageBuffer(),
            c -> c.v11().variablePointersStorageBuffer(true)),
    /** 16-bit float arithmetic in shaders (SPIR-V {@code Float16}). */
    SHADER_FLOAT16(c -> c.v12().shaderFloat16(), c -> c.v12().shaderFloat16(true)),
    /** 8-bit integer arithmetic in shaders (SPIR-V {@code Int8}). */
    SHADER_INT8(c -> c.v12().shaderInt8(), c -> c.v12().shaderInt8(true)),
    STORAGE_BUFFER_8BIT_ACCESS(c -> c.v12().storageBuffer8BitAccess(), c -> c.v12().storageBuffer8BitAccess(true)),
    UNIFORM_AND_STORAGE_BUFFER_8BIT_ACCESS(c -> c.v12().uniformAndStorageBuffer8BitAccess(),
            c -> c.v12().uniformAndStorageBuffer8BitAccess(true)),
    STORAGE_PUSH_CONSTANT_8(c -> c.v12().storagePushConstant8(), c -> c.v12().storagePushConstant8(true)),
    SHADER_BUFFER_INT64_ATOMICS(c -> c.v12().shaderBufferInt64Atomics(), c -> c.v12().shaderBufferInt64Atomics(true)),
    SHADER_SUBGROUP_EXTENDED_TYPES(c -> c.v12().shaderSubgroupExtendedTypes(),
            c -> c.v12().shaderSubgroupExtendedTypes(true)),
    SCALAR_BLOCK_LAYOUT(c -> c.v12().scalarBlockLayout(), c -> c.v12().scalarBlockLayout(true)),
    VULKAN_MEMORY_MODEL(c -> c.v12().vulkanMemoryModel(), c -> c.v12().vulkanMemoryModel(true)),
    VULKAN_MEMORY_MODEL_DEVICE_SCOPE(c -> c.v12().vulkanMemoryModelDeviceScope(),
            c -> c.v12().vulkanMemoryModelDeviceScope(true)),
    BUFFER_DEVICE_ADDRESS(c -> c.v12().bufferDeviceAddress(), c -> c.v12().bufferDeviceAddress(true)),
    TIMELINE_SEMAPHORE(c -> c.v12().timelineSemaphore(), c -> c.v12().timelineSemaphore(true)),
    /**
     * {@code VK_NV_cooperative_matrix}'s {@code cooperativeMatrix}: SPIR-V {@code CooperativeMatrixNV}, tensor-core
     * matrix products of a subgroup (the shapes are in {@link VulkanDeviceInfo#cooperativeMatrixShapes()}).
     */
    COOPERATIVE_MATRIX(VK_NV_COOPERATIVE_MATRIX_EXTENSION_NAME, c -> c.cooperativeMatrixNV().cooperativeMatrix(),
            c -> c.cooperativeMatrixNV().cooperativeMatrix(true));

    private final String extension;
    private final Predicate<FeatureChain> reported;
    private final Consumer<FeatureChain> enable;

    VulkanFeature(Predicate<FeatureChain> reported, Consumer<FeatureChain> enable) { this(null, reported, enable); }

    VulkanFeature(String extension, Predicate<FeatureChain> reported, Consumer<FeatureChain> enable) {
        this.extension = extension;
        this.reported = reported;
        this.enable = enable;
    }

    /** The device extension that must be enabled with the feature; empty for features of core Vulkan 1.2. */
    public Optional<String> extension() { return Optional.ofNullable(extension); }

    boolean isIn(FeatureChain chain) { return reported.test(chain); }

    void enableIn(FeatureChain chain) { enable.accept(chain); }
}
