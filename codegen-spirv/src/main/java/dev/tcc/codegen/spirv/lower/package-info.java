/**
 * Kernel IR to SPIR-V, one file per family: {@link dev.tcc.codegen.spirv.lower.SpirvLowering} (the phases),
 * {@code KernelInterface} (capabilities, bindings, push constants, arrays), {@code Statements}, {@code Arithmetic},
 * {@code Conversions}, {@code MathCalls}, {@code MemoryAccess}, {@code Builtins}, over the shared state in
 * {@code Lowering} and the type mapping in {@code TypeTable}.
 */
package dev.tcc.codegen.spirv.lower;
