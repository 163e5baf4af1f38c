package dev.tcc.passes.lower;

import dev.tcc.ir.Linalg;
import dev.tcc.ir.Node;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Value;
import dev.tcc.ir.kernel.Expr;

import java.util.ArrayList;
import java.util.List;

/**
 * Convolution as an implicit GEMM: per batch image and group, {@code C[M = Cout/g, N = out spatial size] =
 * W[M, K = Cin/g x kernel size] x im2col(X)[K, N]}, tiled like a matmul ({@link TiledGemm}). The im2col
 * operand is never built: element {@code (k, n)} splits {@code k} into an input channel and a kernel tap and
 * {@code n} into an output position, and reads the input there ({@link Formulas#convTaps}); taps in the
 * padding are zero and never loaded. Both operands are read through {@link Emitter#valueAt}, so a
 * prologue chain (a cast, a dequantisation) fuses; the bias is added to the accumulator and the epilogue
 * chain applied to it before the single store, as for the direct formula. Batches times groups run along
 * the grid's third dimension.
 */
final class ConvGemmTemplate {
    private ConvGemmTemplate() {}

    /** The GEMM sizes of conv {@code n}: M (output channels per group), N (output positions), K (reduction length). */
    record Sizes(long m, long n, long k) {}

    static Sizes sizes(Node n) {
        Linalg.Conv c = (Linalg.Conv) n.op();
        Shape ws = n.inputs().get(1).type().shape(), ys = n.outputs().get(0).type().shape();
        long k = 1, np = 1;
        for (int d = 1; d < ws.rank(); d++) k *= ws.dim(d);
        for (int d = 2; d < ys.rank(); d++) np *= ys.dim(d);
        return new Sizes(ws.dim(0) / c.group(), np, k);
    }

    /** True when conv {@code n} should be lowered as an implicit GEMM under {@code p}. */
    static boolean chosen(Node n, Tuning.Conv p) {
        return switch (p.algorithm()) {
            case DIRECT -> false;
            case IMPLICIT_GEMM -> true;
            case AUTO -> {
                Sizes s = sizes(n);
                yield s.k() >= p.minK() && s.n() >= p.minN();
            }
        };
    }

    static void lower(ProgramBuilder pb, Node node, Value out, Tuning.Conv p) {
        Linalg.Conv c = (Linalg.Conv) node.op();
        Value x = node.inputs().get(0), w = node.inputs().get(1), y = node.outputs().get(0);
        Value bias = node.inputs().size() > 2 ? node.inputs().get(2) : null;
        Shape xs = x.type().shape(), ws = w.type().shape(), ys = y.type().shape();
        if (ys.size() == 0) return;
        Sizes sz = sizes(node);
        long g = c.group(), mg = sz.m(), cg = ws.dim(1), cout = ws.dim(0);
        Shape taps = Shape.of(java.util.Arrays.copyOfRange(ws.dims(), 1, ws.rank()));
        Shape positions = Shape.of(java.util.Arrays.copyOfRange(ys.dims(), 2, ys.rank()));
        TiledGemm.Dims dims = new TiledGemm.Dims(mg, sz.n(), sz.k(), ys.dim(0) * g, Emitter.vt(y));
        TiledGemm.launch(pb, "conv", "conv_implicit_gemm", dims, TiledGemm.fit(pb, p.tiles(), dims), (em, s, bz) -> {
            Expr image = s.let("img", Ix.div(bz, g)), grp = s.let("grp", Ix.rem(bz, g));
            Expr firstChannel = s.let("m0", Ix.mul(grp, mg));
            TiledGemm.Operand weights = (l, i, k) -> TiledGemm.Load.always(v -> {
                List<Expr> wi = new ArrayList<>(List.of(v.let("m", Ix.add(firstChannel, i))));
                wi.addAll(Ix.delinear(v, k, taps));
                return em.valueAt(v, w, wi);
            });
            TiledGemm.Operand im2col = (l, k, j) -> {
                List<Expr> tap = Ix.delinear(l, k, taps), at = Ix.delinear(l, j, positions);
                List<Expr> xi = new ArrayList<>(List.of(image, l.let("c", Ix.add(Ix.mul(grp, cg), tap.getFirst()))));
                Expr inside = Formulas.convTaps(l, c, xs, at, tap.subList(1, tap.size()), xi);
                return new TiledGemm.Load(inside, v -> em.valueAt(v, x, xi));
            };
            TiledGemm.Epilogue epilogue = (st, r, cl, acc) -> {
                Expr channel = st.let("m", Ix.add(firstChannel, r));
                Expr v = bias == null ? acc : dev.tcc.ir.kernel.Exprs.add(em.valueAt(st, bias, List.of(channel)), acc);
                Expr lin = st.let("lin", Ix.add(Ix.mul(Ix.add(Ix.mul(image, cout), channel), sz.n()), cl));
                em.storeThrough(st, node, 0, out, lin, ScalarOps.fit(st, v, y.type().dtype()));
            };
            return new TiledGemm.Problem(weights, im2col, epilogue);
        }, "conv");
    }
}
