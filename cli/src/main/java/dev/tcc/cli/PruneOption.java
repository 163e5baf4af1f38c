package dev.tcc.cli;

import dev.tcc.cli.exec.TccException;
import dev.tcc.compiler.Compiler;
import dev.tcc.compiler.accuracy.AccuracyReport;
import dev.tcc.frontend.onnx.proto.Onnx.ModelProto;
import dev.tcc.ir.Graph;
import dev.tcc.passes.PassRunner;
import dev.tcc.passes.prune.PruneSpec;
import dev.tcc.passes.prune.Pruning;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code --prune} option of {@code tcc compile}: prunes the weights of the optimised graph and prints what
 * was pruned and what it cost ({@link AccuracyReport} of the pruned graph against the unpruned one).
 */
final class PruneOption {
    @Option(names = "--prune", paramLabel = "SPEC",
            description = {"Prune the model's weights after the graph passes and print the sparsity or channels removed, the weight "
                    + "bytes and FLOPs before and after and the error against the unpruned model (on its sample inputs and "
                    + Accuracy.RANDOM_SETS + " seeded random input sets; written into the manifest as \"accuracy\"). SPEC is one of:",
                    "  magnitude:R  zero the fraction R of the smallest weights of every matmul and conv weight (unstructured);",
                    "  N:M          e.g. 2:4, keep the N largest of every M consecutive weights along the reduction axis;",
                    "  channels:R   remove the fraction R of the output channels / hidden units of every channel group that can be "
                            + "followed to its consumers (MLP hidden units, attention head dims, conv -> depthwise conv -> conv chains, "
                            + "squeeze-excitation blocks, and a residual stream with every branch adding into it and the embedding "
                            + "that starts it; layer norms then normalise over the kept channels). A graph output that is a residual "
                            + "stream keeps its shape, with zeros in the removed channels; one producer's output channels (class "
                            + "scores) stay. Groups whose channels feed reshapes that split them or ops that mix them stay, and each "
                            + "group left whole is listed with the reason.",
                    "  channels:R:inner  the same, but residual streams and graph outputs keep their width: less saved, less "
                            + "error (a transformer's width and token embedding stay).",
                    "Only channel pruning speeds up dense GPU kernels: it shrinks the tensors and kernels. Magnitude and N:M pruning "
                            + "zero weights in tensors that keep their size, so they save nothing until the weights are compressed "
                            + "or run by sparse kernels."})
    String spec;

    /** A pruned compile and its error against the unpruned one. */
    record Pruned(Compiler.Optimised optimised, AccuracyReport accuracy) {}

    /**
     * {@code opt} with its graph pruned as {@code --prune} says, or null without it; what was pruned and the accuracy
     * report go to {@code out}. {@code quantised}: {@code --quantize} was given, which replaces the f32 weights pruning
     * works on.
     */
    Pruned apply(Compiler.Optimised opt, boolean quantised, Path model, ModelProto m, PrintWriter out) {
        if (spec == null) return null;
        if (quantised) throw new TccException("--prune works on f32 weights, which --quantize replaces; give one of them per compile");
        PruneSpec s;
        try {
            s = PruneSpec.parse(spec);
        } catch (IllegalArgumentException e) {
            throw new TccException("--prune: " + e.getMessage());
        }
        Graph before = opt.optimised();
        Pruning.Result r = Pruning.prune(before, s);
        List<PassRunner.PassStat> stats = new ArrayList<>(opt.passes().stats());
        stats.add(new PassRunner.PassStat("prune", 0, before.nodes().size(), r.graph().nodes().size()));
        Compiler.Optimised pruned = new Compiler.Optimised(opt.graph(), new PassRunner.Result(r.graph(), stats), opt.importNanos());
        AccuracyReport report = Accuracy.report(opt, pruned, model, m);
        out.println(r.summary());
        for (String d : r.details()) out.println("  " + d);
        out.print(report.table());
        out.flush();
        return new Pruned(pruned, report);
    }
}
