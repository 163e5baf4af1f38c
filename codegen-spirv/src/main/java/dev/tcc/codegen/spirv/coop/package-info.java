/**
 * Stand-alone kernels on cooperative matrices (tensor cores through {@code SPV_NV_cooperative_matrix}), written
 * with the {@code asm} assembler rather than lowered from kernel IR: {@link dev.tcc.codegen.spirv.coop.CoopMatrixGemm}
 * is an fp16 GEMM whose work split is a {@link dev.tcc.codegen.spirv.coop.Tiling}.
 */
package dev.tcc.codegen.spirv.coop;
