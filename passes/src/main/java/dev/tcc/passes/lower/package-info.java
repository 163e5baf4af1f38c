/**
 * Lowering of graph IR to kernel IR: {@link dev.tcc.passes.lower.Lowering#lower} turns a graph into a
 * {@link dev.tcc.ir.program.KernelProgram} (buffers, weights, ordered launches), device-independent data
 * that the runtime executes, writes as an artefact or interprets
 * ({@link dev.tcc.ir.program.ProgramInterpreter}).
 *
 * <p>How: {@link dev.tcc.passes.fusion.Fusion} decides which values get buffers and which kernel computes
 * each; a template per anchor family builds each kernel ({@code PointwiseTemplate}, {@code MatMulTemplate},
 * {@code ConvGemmTemplate} (the last two share {@code TiledGemm}),
 * {@code RowTemplate}, {@code RnnTemplate}, {@code AttentionTemplate}, {@code ScatterTemplate}), reading
 * every operand through the emitter's {@code valueAt}, which computes unbuffered values in place (prologues)
 * and applies epilogue chains to the anchor's result before its single store. Element types map to device
 * types as {@link dev.tcc.ir.program.DeviceTypes} says; the graph IR's arithmetic rules (NaN propagation,
 * guarded integer division, rounding to narrow floats) are in {@code ScalarOps} and {@code NarrowFloats}.
 * The tests' {@code SampleGraphs} (in this module's test-jar) exercise every template for the back-ends' tests.
 */
package dev.tcc.passes.lower;
