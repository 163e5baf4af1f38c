/**
 * SPIR-V for Vulkan compute: {@link dev.tcc.codegen.spirv.SpirvRenderer} turns kernel IR into a module and {@link
 * dev.tcc.codegen.spirv.KernelLayout} says how its parameters are bound. The assembler library it writes with is
 * in {@code asm}, the generated grammar tables in {@code grammar}, the lowering of each IR family in {@code lower}.
 */
package dev.tcc.codegen.spirv;
