/**
 * A small SPIR-V assembler: instructions and operands as records ({@link dev.tcc.codegen.spirv.asm.Instruction},
 * {@link dev.tcc.codegen.spirv.asm.Operand}), a module builder with one list per logical section and types and
 * constants interned by value ({@link dev.tcc.codegen.spirv.asm.ModuleBuilder}), lambda-scoped function bodies
 * with structured control flow ({@link dev.tcc.codegen.spirv.asm.FunctionBuilder}), a grammar-driven reader
 * ({@link dev.tcc.codegen.spirv.asm.SpirvReader}) and a spirv-dis-like printer ({@link
 * dev.tcc.codegen.spirv.asm.SpirvDisassembler}). It knows nothing of kernel IR.
 */
package dev.tcc.codegen.spirv.asm;
