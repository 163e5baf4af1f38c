package dev.tcc.runtime.vulkan;

import dev.tcc.runtime.DeviceException;
import org.lwjgl.system.MemoryStack;
import org.lwjgl.vulkan.*;

import java.nio.ByteBuffer;
import java.nio.LongBuffer;

import static org.lwjgl.system.MemoryUtil.memAlloc;
import static org.lwjgl.system.MemoryUtil.memFree;

import static org.lwjgl.vulkan.VK10.*;

/**
 * A compute pipeline: shader module, descriptor set layout (set 0: storage buffers at bindings 0..n-1),
 * pipeline layout (one push-constant range at offset 0 when its size is not 0) and the pipeline. Made and
 * cached by {@link VulkanDevice#pipeline}; the device destroys it at close, or {@link #close()} does it now
 * (evicting it from the cache) once no open program uses it.
 */
public final class VulkanPipeline implements AutoCloseable {
    private final VulkanDevice device;
    private final PipelineKey key;
    private final long shaderModule;
    private final long setLayout;
    private final long layout;
    private final long pipeline;
    private boolean destroyed;

    private VulkanPipeline(VulkanDevice device, PipelineKey key, long shaderModule, long setLayout, long layout,
                           long pipeline) {
        this.device = device;
        this.key = key;
        this.shaderModule = shaderModule;
        this.setLayout = setLayout;
        this.layout = layout;
        this.pipeline = pipeline;
    }

    static VulkanPipeline create(VulkanDevice device, PipelineKey key, int[] spirv) {
        VkDevice d = device.handle();
        VulkanLimits limits = device.info().limits();
        if (key.pushConstantBytes() > limits.maxPushConstantsSize()) {
            throw new DeviceException("Vulkan: " + key.pushConstantBytes() + " push-constant bytes exceed " + device.info().id()
                    + "'s maxPushConstantsSize of " + limits.maxPushConstantsSize() + "; pass the values in a buffer");
        }
        if (key.storageBuffers() > limits.maxPerStageDescriptorStorageBuffers()) {
            throw new DeviceException("Vulkan: " + key.storageBuffers() + " storage buffers exceed " + device.info().id()
                    + "'s maxPerStageDescriptorStorageBuffers of " + limits.maxPerStageDescriptorStorageBuffers()
                    + "; split the kernel");
        }
        long module = 0, setLayout = 0, layout = 0;
        try (MemoryStack s = MemoryStack.stackPush()) {
            LongBuffer lp = s.mallocLong(1);
            module = shaderModule(d, spirv, key, s);
            var bindings = VkDescriptorSetLayoutBinding.calloc(key.storageBuffers(), s);
            for (int i = 0; i < key.storageBuffers(); i++) {
                bindings.get(i).binding(i).descriptorType(VK_DESCRIPTOR_TYPE_STORAGE_BUFFER).descriptorCount(1)
                        .stageFlags(VK_SHADER_STAGE_COMPUTE_BIT);
            }
            var setInfo = VkDescriptorSetLayoutCreateInfo.calloc(s).sType$Default().pBindings(bindings);
            VulkanErrors.check(vkCreateDescriptorSetLayout(d, setInfo, null, lp), "vkCreateDescriptorSetLayout");
            setLayout = lp.get(0);
            var layoutInfo = VkPipelineLayoutCreateInfo.calloc(s).sType$Default().pSetLayouts(s.longs(setLayout));
            if (key.pushConstantBytes() > 0) {
                layoutInfo.pPushConstantRanges(VkPushConstantRange.calloc(1, s)
                        .stageFlags(VK_SHADER_STAGE_COMPUTE_BIT).offset(0).size(key.pushConstantBytes()));
            }
            VulkanErrors.check(vkCreatePipelineLayout(d, layoutInfo, null, lp), "vkCreatePipelineLayout");
            layout = lp.get(0);
            var stage = VkPipelineShaderStageCreateInfo.calloc(s).sType$Default().stage(VK_SHADER_STAGE_COMPUTE_BIT)
                    .module(module).pName(s.UTF8(key.entryPoint()));
            if (!key.specialization().isEmpty()) stage.pSpecializationInfo(specialization(key, s));
            var info = VkComputePipelineCreateInfo.calloc(1, s).sType$Default().stage(stage).layout(layout);
            VulkanErrors.check(vkCreateComputePipelines(d, VK_NULL_HANDLE, info, null, lp),
                    "vkCreateComputePipelines (" + key + "; run spirv-val on the module)");
            return new VulkanPipeline(device, key, module, setLayout, layout, lp.get(0));
        } catch (RuntimeException e) {
            if (layout != 0) vkDestroyPipelineLayout(d, layout, null);
            if (setLayout != 0) vkDestroyDescriptorSetLayout(d, setLayout, null);
            if (module != 0) vkDestroyShaderModule(d, module, null);
            throw e;
        }
    }

    /** Each constant as a 4-byte entry of one data block, in id order. */
    private static VkSpecializationInfo specialization(PipelineKey key, MemoryStack s) {
        int n = key.specialization().size();
        var entries = VkSpecializationMapEntry.calloc(n, s);
        ByteBuffer data = s.malloc(4 * n);
        int i = 0;
        for (var e : key.specialization().entrySet()) {
            entries.get(i).constantID(e.getKey()).offset(4 * i).size(4);
            data.putInt(4 * i, e.getValue());
            i++;
        }
        return VkSpecializationInfo.calloc(s).pMapEntries(entries).pData(data);
    }

    /** The module's code goes through the heap: modules outgrow LWJGL's 64 KiB stack. */
    private static long shaderModule(VkDevice d, int[] spirv, PipelineKey key, MemoryStack s) {
        ByteBuffer code = memAlloc(spirv.length * 4);
        try {
            code.asIntBuffer().put(spirv);
            LongBuffer lp = s.mallocLong(1);
            var info = VkShaderModuleCreateInfo.calloc(s).sType$Default().pCode(code);
            VulkanErrors.check(vkCreateShaderModule(d, info, null, lp), "vkCreateShaderModule (" + key + ")");
            return lp.get(0);
        } finally {
            memFree(code);
        }
    }

    /** Storage buffers at set 0, bindings 0..n-1. */
    public int storageBuffers() { return key.storageBuffers(); }

    /** Size of the push-constant block in bytes; 0 for none. */
    public int pushConstantBytes() { return key.pushConstantBytes(); }

    /** Specialisation constants: constant id to its 32-bit value (a float as its raw bits). */
    public java.util.SortedMap<Integer, Integer> specialization() { return key.specialization(); }

    /** SHA-256 of the SPIR-V words (little-endian bytes), hex: the cache key with the sizes. */
    public String spirvSha256() { return key.spirvSha256(); }

    VulkanDevice device() { return device; }

    long handle() { return pipeline; }

    long layout() { return layout; }

    long setLayout() { return setLayout; }

    /** Destroys the pipeline now and evicts it from the cache. */
    @Override
    public void close() {
        synchronized (device) {
            if (destroyed) return;
            var users = device.programsUsing(this);
            if (!users.isEmpty()) {
                throw new IllegalStateException(this + " is used by " + users.size() + " open program(s): close them first");
            }
            destroy();
            device.forget(this);
        }
    }

    /** Frees the Vulkan objects; the device's bookkeeping is the caller's. */
    void destroy() {
        if (destroyed) return;
        destroyed = true;
        VkDevice d = device.handle();
        vkDestroyPipeline(d, pipeline, null);
        vkDestroyPipelineLayout(d, layout, null);
        vkDestroyDescriptorSetLayout(d, setLayout, null);
        vkDestroyShaderModule(d, shaderModule, null);
    }

    boolean destroyed() { return destroyed; }

    @Override public String toString() { return "pipeline " + key; }
}
