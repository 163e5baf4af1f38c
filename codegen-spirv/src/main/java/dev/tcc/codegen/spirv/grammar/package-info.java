/**
 * The SPIR-V grammar as Java: opcodes ({@link dev.tcc.codegen.spirv.grammar.Op}), operand kinds and one enum per
 * value or bit enum kind, generated at build time from the Khronos grammar JSON in {@code src/main/grammar}
 * (see {@code dev.tcc.buildtools.SpirvGrammarGenerator}); {@link dev.tcc.codegen.spirv.grammar.SpirvEnum} and
 * {@link dev.tcc.codegen.spirv.grammar.OperandSpec} are hand-written.
 */
package dev.tcc.codegen.spirv.grammar;
