/**
 * WebGPU in the JVM: Dawn's C API ({@code webgpu.h}, from {@code libwebgpu_wrapper.so} of npm
 * {@code bun-webgpu-linux-x64@0.1.7}, installed by {@code npm ci --prefix web}) called through
 * {@code java.lang.foreign}, on a Vulkan driver (Mesa lavapipe on tcc's CPU-only machines).
 *
 * <pre>{@code
 * try (WebGpuDevice gpu = WebGpuDevice.open();
 *      ShaderModule module = gpu.compile("vector_add", wgsl);          // WgslCompileException: label:line:col
 *      ComputePipeline kernel = gpu.pipeline(module, "main");          // layout from the WGSL
 *      GpuBuffer a = gpu.upload("a", MemorySegment.ofArray(xs));
 *      GpuBuffer c = gpu.createBuffer("c", 4L * n);
 *      GpuBuffer p = gpu.uniform("params", MemorySegment.ofArray(new int[]{n}));
 *      BindGroup bound = gpu.bind(kernel, a, c, p)) {                  // binding i = argument i
 *     long nanos = gpu.run(new Dispatch(kernel, bound, (n + 255) / 256));
 *     float[] result = gpu.readFloats(c);
 * }
 * }</pre>
 *
 * <p>As a tcc target: {@link dev.tcc.runtime.webgpu.WebGpuBackend} (target {@code webgpu}, registered in
 * {@link dev.tcc.runtime.Backends} after OpenCL) opens a {@link dev.tcc.runtime.webgpu.WgslDevice}, the
 * {@link dev.tcc.runtime.Device} that renders kernel IR with {@code codegen-wgsl} for the adapter's features and
 * limits and binds by its {@code WgslLayout}; {@code HostLayout} converts i64/u64 tensors and scalars to and from
 * their 32-bit device form, refusing values that do not fit.
 *
 * <p>Public: {@link dev.tcc.runtime.webgpu.WebGpuDevice} and the objects it makes ({@link
 * dev.tcc.runtime.webgpu.GpuBuffer}, {@link dev.tcc.runtime.webgpu.ShaderModule}, {@link
 * dev.tcc.runtime.webgpu.ComputePipeline}, {@link dev.tcc.runtime.webgpu.BindGroup}), {@link
 * dev.tcc.runtime.webgpu.Dispatch}, the capability records ({@link dev.tcc.runtime.webgpu.AdapterInfo},
 * {@link dev.tcc.runtime.webgpu.Features}, {@link dev.tcc.runtime.webgpu.Limits}) and the exceptions.
 * Package-private: the native layer, {@code WebGpuAbi} (every struct layout and constant), {@code Wgpu}
 * (downcalls), {@code Callbacks} (upcalls) and {@code SelfTest} (the start-up check of both).
 */
package dev.tcc.runtime.webgpu;
