package dev.tcc.compiler;

import dev.tcc.codegen.common.Codegen;
import dev.tcc.frontend.onnx.ImportOptions;
import dev.tcc.frontend.onnx.OnnxImporter;
import dev.tcc.frontend.onnx.proto.Onnx.ModelProto;
import dev.tcc.ir.Graph;
import dev.tcc.ir.IrException;
import dev.tcc.ir.program.KernelProgram;
import dev.tcc.ir.program.Profile;
import dev.tcc.passes.PassRunner;
import dev.tcc.passes.lower.KernelTunings;
import dev.tcc.passes.lower.Tuning;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one way a model becomes kernels: every front end (the CLI, the conformance runner, the Maven plugin,
 * the benchmarks, the autotuner) calls it. The stages, in order:
 * <ol>
 *   <li>{@code import}: ONNX to graph IR ({@link OnnxImporter});</li>
 *   <li>graph passes: shape inference, constant folding, dead-code elimination, the rewrite rule sets
 *       {@code canonicalize} and {@code recognize-attention} ({@link dev.tcc.passes.Pipeline});</li>
 *   <li>{@code merge-matmuls}: matmuls of one left operand by constant weights as one ({@link dev.tcc.passes.MergeMatMuls});</li>
 *   <li>{@code fuse}: which values get buffers and which kernel computes each;</li>
 *   <li>{@code lower}: each kernel through its template, for the target's {@link Profile};</li>
 *   <li>kernel passes: the kernel-IR simplifier and the memory plan ({@link dev.tcc.passes.Pipeline#kernelDefaults});</li>
 *   <li>{@code render}: each kernel to the target's file ({@link Codegen}).</li>
 * </ol>
 * Stages 2 to 5 run under one {@link PassRunner}, so {@code --dump-ir}, {@code --verify} and {@code --time-passes}
 * see them all. No device is needed: the profile is the target's portable one unless the caller passes a
 * device's.
 */
public final class Compiler {
    private Compiler() {}

    /**
     * How to compile.
     *
     * @param imports binds inputs the importer needs as values and fixes symbolic input shapes
     * @param runner  the pipeline and what to observe of it
     * @param tuning  the templates' parameters, per kernel
     */
    public record Options(ImportOptions imports, PassRunner runner, KernelTunings tuning) {
        public static final Options DEFAULT = new Options(ImportOptions.DEFAULT, PassRunner.defaults(), KernelTunings.DEFAULT);

        public Options withTuning(KernelTunings t) { return new Options(imports, runner, t); }

        public Options withImports(ImportOptions i) { return new Options(i, runner, tuning); }

        public Options withRunner(PassRunner r) { return new Options(imports, r, tuning); }
    }

    /**
     * A model after import ({@code graph}) and after the graph passes ({@code passes.graph()}: what the reference
     * interpreter runs and what lowering starts from).
     */
    public record Optimised(Graph graph, PassRunner.Result passes, long importNanos) {
        /** The graph after the graph passes. */
        public Graph optimised() { return passes.graph(); }
    }

    /** Stages 1 and 2: imports {@code m} (read from {@code file}) and runs the graph passes. */
    public static Optimised optimise(ModelProto m, Path file, Options o) {
        long t0 = System.nanoTime();
        Graph g = OnnxImporter.importModel(m, file.toAbsolutePath().getParent(), file.toString(), o.imports());
        long t1 = System.nanoTime();
        return new Optimised(g, o.runner().run(g), t1 - t0);
    }

    /** Stages 3 to 6: lowers an optimised graph for {@code profile} and renders it with {@code codegen}. */
    public static Compilation lower(Optimised opt, Codegen codegen, Profile profile, Options o) {
        KernelTunings tunings = KernelTunings.withDefaults(o.tuning(), Tuning.defaults(null, codegen.gpuDefaults()));
        PassRunner.Lowered low = o.runner().lower(opt.optimised(), profile, tunings);
        long t0 = System.nanoTime();
        KernelProgram rendered = render(low.program(), codegen, profile);
        long renderNanos = System.nanoTime() - t0;
        List<PassRunner.PassStat> stats = new ArrayList<>(opt.passes().stats());
        stats.addAll(low.stats());
        stats.add(new PassRunner.PassStat("render", renderNanos, low.program().kernelCount(), rendered.kernelCount()));
        return new Compilation(codegen.target(), profile, low.graph(), low.plan(), low.program(), rendered,
                new PassRunner.Result(opt.passes().graph(), stats), opt.importNanos());
    }

    /** All six stages: the model in {@code file} compiled for {@code codegen}'s target on {@code profile}. */
    public static Compilation compile(Path file, Codegen codegen, Profile profile, Options o) {
        ModelProto m = OnnxImporter.readModel(file);
        return lower(optimise(m, file, o), codegen, profile, o);
    }

    /** {@link #compile} for the target's portable profile: runs on every device of the target. */
    public static Compilation compile(Path file, Codegen codegen, Options o) { return compile(file, codegen, codegen.portable(), o); }

    /** The program with every kernel rendered by {@code codegen} (its launches then hold the target's files). */
    public static KernelProgram render(KernelProgram p, Codegen codegen, Profile profile) {
        List<KernelProgram.Launch> launches = new ArrayList<>();
        for (KernelProgram.Launch l : p.launches()) {
            byte[] code;
            try {
                code = codegen.render(l.kernel(), profile);
            } catch (IrException e) {
                throw new IrException("graph " + p.name() + ", kernel " + l.name() + " (" + l.anchor() + "): " + codegen.target()
                        + " cannot express it: " + e.getMessage(), e);
            }
            launches.add(new KernelProgram.Launch(l.signature(), l.args(), l.anchor(), l.fused(), l.tuning(), new KernelProgram.Code.Rendered(code)));
        }
        return p.withLaunches(launches);
    }
}
