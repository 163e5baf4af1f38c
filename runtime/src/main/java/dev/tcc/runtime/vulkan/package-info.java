/**
 * Vulkan compute through LWJGL, headless: what tcc needs to run its SPIR-V kernels, and nothing of graphics.
 *
 * <h2>Objects and lifetimes</h2>
 * <pre>{@code
 * try (VulkanInstance vk = VulkanInstance.open();                       // TCC_VULKAN_VALIDATION=1 validates
 *      VulkanDevice gpu = vk.open(vk.select(""), Set.of(VulkanFeature.SHADER_FLOAT16))) {
 *     VulkanBuffer a = gpu.createBuffer(4 * n), b = gpu.createBuffer(4 * n), c = gpu.createBuffer(4 * n);
 *     a.write(x); b.write(y);
 *     VulkanPipeline add = gpu.pipeline(spirvWords, 3, 0);                // cached by SPIR-V content
 *     try (VulkanProgram p = gpu.record(List.of(Dispatch.of(add, n / 64, a, b, c)))) {
 *         ProgramTimings t = p.run();                                      // per-dispatch ns from timestamps
 *     }
 *     float[] z = c.readFloats(n);
 * }                                                                        // closes buffers and pipelines too
 * }</pre>
 * <ul>
 *   <li>{@link dev.tcc.runtime.vulkan.VulkanInstance}: Vulkan 1.2 instance, optional validation layer whose
 *       messages land in a {@link dev.tcc.runtime.vulkan.ValidationLog}; enumerates and selects devices.</li>
 *   <li>{@link dev.tcc.runtime.vulkan.VulkanDeviceInfo}: names, versions, {@link dev.tcc.runtime.vulkan.VulkanFeature}s
 *       and {@link dev.tcc.runtime.vulkan.VulkanLimits} of a physical device.</li>
 *   <li>{@link dev.tcc.runtime.vulkan.VulkanDevice}: logical device, one compute queue; owns buffers,
 *       pipelines and programs and destroys what is left, newest first, at close.</li>
 *   <li>{@link dev.tcc.runtime.vulkan.VulkanProgram}: dispatches recorded once into a command buffer with the
 *       barriers they need, resubmitted by every run.</li>
 * </ul>
 *
 * <h2>As a tcc target</h2>
 * {@link dev.tcc.runtime.vulkan.VulkanBackend} is the {@code vulkan} target ({@link dev.tcc.codegen.spirv.SpirvCodegen}
 * renders the kernels); {@link dev.tcc.runtime.vulkan.VulkanKernelDevice} is its {@link dev.tcc.runtime.Device}: one
 * instance and logical device each, opened with every optional feature the renderer may use that the device has,
 * launches batched into one submission until something reads their results, and a batch seen before resubmitted
 * from its recorded command buffer. Arguments are bound as {@link dev.tcc.codegen.spirv.KernelLayout} says (storage
 * buffers in set 0, scalars in the push-constant block).
 *
 * <h2>Rules the layer keeps</h2>
 * <ul>
 *   <li>Synchronous: every submission waits for its fence, bounded by {@link dev.tcc.runtime.vulkan.VulkanDevice#timeout()};
 *       a timeout leaves the device broken rather than hanging the JVM.</li>
 *   <li>Thread-safety: a device and its objects may be shared; every operation holds the device's monitor.</li>
 *   <li>Errors are {@link dev.tcc.runtime.DeviceException}s of one line naming the call, the device and the
 *       fix; a missing loader, driver or layer is a {@link dev.tcc.runtime.NoDeviceException} naming
 *       {@code scripts/install-deps.sh}; validation errors are {@link dev.tcc.runtime.vulkan.VulkanValidationException}s.</li>
 *   <li>Memory: one dedicated allocation per buffer; buffers are mapped on unified-memory devices (CPU,
 *       integrated GPU) and staged through a shared 16 MiB host buffer elsewhere.</li>
 * </ul>
 */
package dev.tcc.runtime.vulkan;
