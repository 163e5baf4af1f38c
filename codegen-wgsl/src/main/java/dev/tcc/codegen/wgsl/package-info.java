/**
 * The WGSL (WebGPU) renderer of kernel IR.
 *
 * <p>Entry point: {@link dev.tcc.codegen.wgsl.WgslRenderer#render}, which gives a
 * {@link dev.tcc.codegen.wgsl.WgslKernel}: the module source, the {@link dev.tcc.codegen.wgsl.WgslLayout}
 * a runtime binds by (buffers at bindings {@code 0..n-1} of group 0, scalars packed 4 bytes apiece into
 * one uniform struct at binding {@code n}, packed and narrowed buffer element layouts) and the
 * {@link dev.tcc.codegen.wgsl.Narrowing}s of 64-bit integers. {@link dev.tcc.codegen.wgsl.WgslOptions}
 * describe the device (shader-f16, storage-buffer, invocation and workgroup-memory limits).
 *
 * <p>How it is built, in the order a kernel goes through it: refusals (f64, device limits) in
 * {@code WgslRenderer}; kernel-IR-to-kernel-IR rules ({@code WgslRules}, run by {@code KernelRewriter});
 * 64-bit narrowing proven by interval analysis ({@code Int64Narrowing}); the barrier uniformity check
 * ({@code Uniformity}); then printing over the shared C-like base ({@code WgslEmitter}), whose spellings
 * are tables ({@code WgslTables}) and whose missing functions are {@code tcc_} helpers emitted on use
 * ({@code WgslHelpers}).
 *
 * <p>Kernel-IR semantics and their WGSL spelling, where they differ:
 * <table>
 *   <caption>Semantics table</caption>
 *   <tr><th>kernel IR</th><th>WGSL</th></tr>
 *   <tr><td>i64 / u64</td><td>i32 / u32 when every value provably fits; host packs buffers and scalars; else refused</td></tr>
 *   <tr><td>f64</td><td>refused in memory; f64 arithmetic between f32 memory (defined "in double") computed in f32, reported as a narrowing</td></tr>
 *   <tr><td>i8, u8, i16, u16, bool, f16 (no shader-f16) buffers</td><td>{@code array<u32>} words: loads by
 *       {@code extractBits}/{@code unpack2x16float}, stores by {@code atomicAnd}+{@code atomicOr} on
 *       {@code array<atomic<u32>>}, so concurrent stores to neighbouring elements are safe</td></tr>
 *   <tr><td>narrow workgroup/private arrays</td><td>32-bit elements, wrapped (or rounded to f16) on store</td></tr>
 *   <tr><td>integer {@code /}, {@code %}</td><td>WGSL's operators: truncating, remainder with the dividend's sign,
 *       wrapping; division by zero (unspecified in kernel IR) gives the dividend</td></tr>
 *   <tr><td>shift count modulo the width</td><td>{@code u32} count, WGSL uses its low 5 bits</td></tr>
 *   <tr><td>float {@code %} (C fmod)</td><td>{@code tcc_fmod}, exact</td></tr>
 *   <tr><td>float MIN/MAX (C fmin/fmax), isnan, isinf, {@code !=}</td><td>NaN handled by bit tests, since WGSL may
 *       assume no NaN</td></tr>
 *   <tr><td>float to integer: truncate, saturate, NaN to 0</td><td>{@code tcc_f32_to_i32/u32}</td></tr>
 *   <tr><td>f32 to f16: round to nearest even, overflow to infinity</td><td>{@code tcc_f16_bits} (packed) or
 *       {@code f16()} with shader-f16</td></tr>
 *   <tr><td>erf</td><td>{@code tcc_erf}, absolute error below 1e-6</td></tr>
 *   <tr><td>NaN and infinity literals</td><td>{@code tcc_f32_from_bits} (WGSL has no such literals, and
 *       constant expressions must be finite)</td></tr>
 *   <tr><td>barrier (uniform control flow required)</td><td>{@code workgroupBarrier()}; with buffers also
 *       {@code storageBarrier()}; a barrier under a non-uniform condition is refused</td></tr>
 * </table>
 */
package dev.tcc.codegen.wgsl;
