package dev.tcc.passes.lower;

import dev.tcc.ir.DType;
import dev.tcc.ir.Elementwise;
import dev.tcc.ir.Elementwise.BinaryFn;
import dev.tcc.ir.Elementwise.UnaryFn;
import dev.tcc.ir.Graph;
import dev.tcc.ir.GraphBuilder;
import dev.tcc.ir.Linalg;
import dev.tcc.ir.Movement;
import dev.tcc.ir.Op;
import dev.tcc.ir.Reduction;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Structured;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.TensorType;
import dev.tcc.ir.Value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Small graphs that exercise every lowering template, with shapes and attributes drawn from a seed, and
 * seeded random inputs: the numerical suite each back-end runs against the reference interpreter (the
 * kernel interpreter in {@code passes}' tests, OpenCL devices in the runtime's).
 */
public final class SampleGraphs {
    private SampleGraphs() {}

    /** A named graph with its inputs; {@code template} says which template it exercises. */
    public record Case(String name, String template, Graph graph, Map<String, Tensor> inputs) {
        @Override public String toString() { return name; }
    }

    /** Every case for {@code seed}. */
    public static List<Case> all(long seed) {
        Random r = new Random(seed);
        List<Case> c = new ArrayList<>();
        c.add(broadcastChain(r));
        c.add(integerOps(r));
        c.add(narrowCasts(r));
        c.add(movement(r));
        c.add(matmulTiled(r));
        c.add(matmulSmall(r));
        c.add(conv(r));
        c.add(convLarge(r));
        c.add(convTranspose(r));
        c.add(pool(r, Linalg.PoolKind.MAX));
        c.add(pool(r, Linalg.PoolKind.AVG));
        c.add(reduce(r, Reduction.ReduceFn.SUM_SQUARE, true));
        c.add(reduce(r, Reduction.ReduceFn.MEAN, false));
        c.add(reduce(r, Reduction.ReduceFn.LOG_SUM_EXP, true));
        c.add(reduce(r, Reduction.ReduceFn.MAX, false));
        c.add(softmax(r, false, 8 + r.nextInt(20)));
        c.add(softmax(r, true, 130 + r.nextInt(200)));
        c.add(layerNorm(r, 4 + r.nextInt(60)));
        c.add(layerNorm(r, 128 + r.nextInt(200)));
        c.add(rnn(r, Structured.RnnKind.GRU));
        c.add(rnn(r, Structured.RnnKind.LSTM));
        c.add(scatter(r));
        c.add(resize(r, Movement.ResizeMode.LINEAR));
        c.add(resize(r, Movement.ResizeMode.NEAREST));
        c.add(argMaxCumSum(r));
        c.add(gatherNd(r));
        c.add(attention(r));
        c.add(rmsNorm(r, 4 + r.nextInt(60)));
        c.add(matmulSkinny(r));
        c.add(matmulColumns(r));
        return c;
    }

    // ---- building blocks

    private static final class B {
        final GraphBuilder g = new GraphBuilder();
        final Random r;
        final Map<String, Tensor> inputs = new HashMap<>();

        B(Random r) { this.r = r; }

        Value input(DType t, long... dims) {
            Value v = g.input("x", TensorType.of(t, dims));
            inputs.put(v.name(), random(t, Shape.of(dims), r));
            return v;
        }

        Value constant(Tensor t) { return g.constant("const", t, "w"); }

        Value weights(DType t, long... dims) { return constant(random(t, Shape.of(dims), r)); }

        Value op(Op op, Value... args) { return g.add1(op.mnemonic(), op, args); }

        Value un(UnaryFn f, Value x) { return op(new Elementwise.Unary(f), x); }

        Value bin(BinaryFn f, Value a, Value b) { return op(new Elementwise.Binary(f), a, b); }

        Value scalar(DType t, double v) { return constant(Tensor.scalar(t, v)); }

        Case done(String name, String template, Value... outs) {
            List<Value> o = List.of(outs);
            return new Case(name, template, g.build(name, o, o.stream().map(Value::name).toList(), true), inputs);
        }
    }

    /** Floats in [-2, 2), integers in [-5, 5), bools; {@code t}'s rounding applied. */
    public static Tensor random(DType t, Shape s, Random r) {
        int n = Math.toIntExact(s.size());
        if (t.isFloat()) {
            double[] d = new double[n];
            for (int i = 0; i < n; i++) d[i] = r.nextDouble() * 4 - 2;
            return Tensor.ofDoubles(t, s, d);
        }
        long[] l = new long[n];
        for (int i = 0; i < n; i++) l[i] = t == DType.BOOL ? r.nextInt(2) : r.nextInt(10) - 5;
        return Tensor.ofLongs(t, s, l);
    }

    private static long dim(Random r, int lo, int hi) { return lo + r.nextInt(hi - lo + 1); }

    // ---- cases

    private static Case broadcastChain(Random r) {
        B b = new B(r);
        long a = dim(r, 1, 4), m = dim(r, 1, 50), n = dim(r, 1, 70);
        Value x = b.input(DType.F32, a, m, n), y = b.input(DType.F32, m, 1), z = b.input(DType.F32, n);
        Value t = b.bin(BinaryFn.ADD, b.bin(BinaryFn.MUL, x, y), z);
        Value s = b.bin(BinaryFn.MUL, t, b.un(UnaryFn.SIGMOID, t));
        Value e = b.op(new Elementwise.Select(), b.bin(BinaryFn.GT, s, b.scalar(DType.F32, 0.5)), b.un(UnaryFn.ERF, s), b.un(UnaryFn.EXPM1, s));
        return b.done("broadcast_chain", "pointwise", b.bin(BinaryFn.MAX, e, b.un(UnaryFn.LOG1P, b.un(UnaryFn.ABS, x))));
    }

    private static Case integerOps(Random r) {
        B b = new B(r);
        long n = dim(r, 1, 300);
        Value x = b.input(DType.I32, n), y = b.input(DType.I32, n), p = b.input(DType.I8, n), q = b.input(DType.I8, n);
        Value div = b.bin(BinaryFn.DIV, x, y), mod = b.bin(BinaryFn.MOD, x, y), fmod = b.bin(BinaryFn.FMOD, x, y);
        Value pw = b.bin(BinaryFn.POW, x, b.op(new Elementwise.Unary(UnaryFn.ABS), y));
        Value sum8 = b.bin(BinaryFn.MUL, b.bin(BinaryFn.ADD, p, q), b.scalar(DType.I8, 77));
        Value mix = b.bin(BinaryFn.ADD, b.bin(BinaryFn.ADD, div, mod), b.bin(BinaryFn.SUB, fmod, pw));
        return b.done("integer_ops", "pointwise", mix, sum8, b.op(new Elementwise.Cast(DType.U8), b.bin(BinaryFn.SUB, p, q)));
    }

    private static Case narrowCasts(Random r) {
        B b = new B(r);
        long n = dim(r, 1, 200);
        Value x = b.input(DType.F32, n);
        Value scaled = b.bin(BinaryFn.MUL, x, b.scalar(DType.F32, 300));
        Value h = b.op(new Elementwise.Cast(DType.F32), b.op(new Elementwise.Cast(DType.F16), scaled));
        Value bf = b.op(new Elementwise.Cast(DType.F32), b.op(new Elementwise.Cast(DType.BF16), scaled));
        Value f8 = b.op(new Elementwise.Cast(DType.F32), b.op(new Elementwise.Cast(DType.F8E4M3FN), scaled));
        Value f8b = b.op(new Elementwise.Cast(DType.F8E5M2, false), scaled);
        Value i = b.op(new Elementwise.Cast(DType.I16), scaled);
        return b.done("narrow_casts", "pointwise", h, bf, f8, f8b, i);
    }

    private static Case movement(Random r) {
        B b = new B(r);
        long a = dim(r, 2, 5), c = dim(r, 2, 6), d = dim(r, 2, 7);
        Value x = b.input(DType.F32, a, c, d), y = b.input(DType.F32, c, a, 3);
        Value t = b.op(new Movement.Transpose(List.of(1, 0, 2)), x);
        Value cat = b.op(new Movement.Concat(2), t, y);
        Value sl = b.op(new Movement.Slice(List.of(c - 1, 0L, 1L), List.of(-1L, a, d + 3), List.of(-1L, 1L, 2L)), cat);
        Value pad = b.op(new Movement.Pad(List.of(0L, 1L, 2L, 1L, 0L, 1L), Movement.PadMode.REFLECT, 0), sl);
        Value tile = b.op(new Movement.Tile(List.of(1L, 2L, 1L)), pad);
        Value idx = b.constant(Tensor.vector(DType.I64, -1, 0, 1, -2));
        Value g = b.op(new Movement.Gather(1), tile, idx);
        Value cpad = b.op(new Movement.Pad(List.of(1L, 0L, 0L, 0L, 2L, 1L), Movement.PadMode.CONSTANT, 1.5), g);
        return b.done("movement", "pointwise", b.op(new Movement.Reshape(List.of(cpad.type().size())), cpad));
    }

    private static Case matmulTiled(Random r) {
        B b = new B(r);
        long batch = dim(r, 1, 3), m = dim(r, 16, 70), k = dim(r, 16, 90), n = dim(r, 16, 80);
        Value x = b.input(DType.F32, batch, m, k);
        Value w = b.weights(DType.F32, k, n), bias = b.weights(DType.F32, n);
        Value mm = b.op(new Linalg.MatMul(), b.bin(BinaryFn.MUL, x, b.scalar(DType.F32, 0.5)), w);
        Value y = b.un(UnaryFn.TANH, b.bin(BinaryFn.ADD, mm, bias));
        return b.done("matmul_tiled", "matmul", y);
    }

    /**
     * {@code relu(x[77,k] . w[k,n] + bias) + res}: a feed-forward product of 77 tokens, whose bias, activation and residual
     * add fuse into the matmul's epilogue (the shape split-K across workgroups is for).
     */
    public static Case tokensFeedForward(int k, int n) {
        Random r = new Random(k * 31L + n);
        GraphBuilder b = new GraphBuilder();
        Value x = b.input("x", TensorType.of(DType.F32, 77, k));
        Value res = b.input("res", TensorType.of(DType.F32, 77, n));
        Value w = b.constant("w", random(DType.F32, Shape.of(k, n), r), "w");
        Value bias = b.constant("bias", random(DType.F32, Shape.of(n), r), "bias");
        Value mm = b.add1("mm", new Linalg.MatMul(), x, w);
        Value biased = b.add1("bias_add", new Elementwise.Binary(BinaryFn.ADD), mm, bias);
        Value act = b.add1("act", new Elementwise.Unary(UnaryFn.RELU), biased);
        Value y = b.add1("residual", new Elementwise.Binary(BinaryFn.ADD), act, res);
        Graph g = b.build("ffn", List.of(y), List.of("y"), true);
        return new Case("tokens_ffn_" + k + "x" + n, "matmul_tiled", g,
                Map.of("x", random(DType.F32, Shape.of(77, k), r), "res", random(DType.F32, Shape.of(77, n), r)));
    }

    /** The GEMM tilings that split K across workgroups, as tunings. */
    public static List<Tuning> splitKGroups() {
        // the last as the GPU tuner tries it: with the start's 256 workgroups, which its splits count toward before it shrinks
        return List.of(Tuning.MatMul.SPLIT_64, Tuning.MatMul.SPLIT_32, Tuning.MatMul.SPLIT_64.withMinGroups(256)).stream()
                .map(t -> Tuning.DEFAULT.withMatMul(new Tuning.MatMul(t, Tuning.MatMul.SKINNY, 4, 16))).toList();
    }

    /**
     * GEMM tilings whose work-items own blocks spread over the tile ({@link Tuning.Tiles#run}), as tunings: runs of 1 and of
     * 2 in tiles small enough for every driver to build quickly.
     */
    public static List<Tuning> spreadBlocks() {
        return List.of(new Tuning.Tiles(32, 64, 16, 2, 4, 1, true, true).withRun(1), new Tuning.Tiles(64, 64, 16, 4, 4, 1, true, false).withRun(2),
                        new Tuning.Tiles(32, 64, 8, 4, 4, 0, false, true).withRun(2))
                .stream().map(t -> Tuning.DEFAULT.withMatMul(new Tuning.MatMul(t, Tuning.MatMul.SKINNY, 4, 16))
                        .withConv(new Tuning.Conv(Tuning.ConvAlgorithm.IMPLICIT_GEMM, t, 1, 1))).toList();
    }

    /** A 64 x 128 x 64 matmul, a multiple of every GEMM tile (no bounds checks), with a bias epilogue. */
    public static List<Case> aligned() {
        B b = new B(new Random(9));
        Value x = b.input(DType.F32, 64, 128);
        return List.of(b.done("matmul_aligned", "matmul", b.bin(BinaryFn.ADD, b.op(new Linalg.MatMul(), x, b.weights(DType.F32, 128, 64)), b.weights(DType.F32, 64))));
    }

    /** Batch-1 inference: a few rows times a weight stored [K, N] or, transposed in a prologue, [N, K]; a bias epilogue. */
    private static Case matmulSkinny(Random r) {
        B b = new B(r);
        long m = dim(r, 1, 4), k = dim(r, 16, 90), n = dim(r, 16, 80);
        Value x = b.input(DType.F32, m, k);
        Value w = r.nextBoolean() ? b.weights(DType.F32, k, n) : b.op(new Movement.Transpose(List.of(1, 0)), b.weights(DType.F32, n, k));
        return b.done("matmul_skinny", "matmul", b.bin(BinaryFn.ADD, b.op(new Linalg.MatMul(), x, w), b.weights(DType.F32, n)));
    }

    private static Case matmulSmall(Random r) {
        B b = new B(r);
        long m = dim(r, 1, 9), k = dim(r, 1, 40);
        Value x = b.input(DType.F32, 2, m, k), v = b.input(DType.F32, k);
        return b.done("matmul_vector", "pointwise", b.op(new Linalg.MatMul(), x, v));
    }

    /** A matmul too skinny for the tiled template, with a matrix B and a bias epilogue: runs of output columns. */
    private static Case matmulColumns(Random r) {
        B b = new B(r);
        long m = dim(r, 1, 9), k = dim(r, 1, 40), n = dim(r, 1, 90);
        Value x = b.input(DType.F32, 2, m, k), w = b.input(DType.F32, k, n), bias = b.weights(DType.F32, n);
        return b.done("matmul_columns", "dot_run", b.un(UnaryFn.RELU, b.bin(BinaryFn.ADD, b.op(new Linalg.MatMul(), x, w), bias)));
    }

    private static Case conv(Random r) {
        B b = new B(r);
        long g = r.nextBoolean() ? 1 : 2, c = g * dim(r, 1, 3), m = g * dim(r, 1, 4), h = dim(r, 5, 14), w = dim(r, 5, 14);
        long kh = dim(r, 1, 3), kw = dim(r, 1, 3), s = dim(r, 1, 2), p = r.nextInt(2), d = dim(r, 1, 2);
        Value x = b.input(DType.F32, 1, c, h, w);
        Value wt = b.weights(DType.F32, m, c / g, kh, kw), bias = b.weights(DType.F32, m);
        Value y = b.op(new Linalg.Conv(List.of(s, s), List.of(p, p, p, p), List.of(d, d), g), x, wt, bias);
        return b.done("conv", "conv_direct", b.un(UnaryFn.RELU, y));
    }

    /** A conv big enough that the default tuning lowers it as an implicit GEMM, with a swish epilogue. */
    private static Case convLarge(Random r) {
        B b = new B(r);
        long c = dim(r, 8, 12), m = dim(r, 17, 24), h = dim(r, 9, 12), w = dim(r, 9, 12);
        Value x = b.input(DType.F32, 1, c, h, w);
        Value wt = b.weights(DType.F32, m, c, 3, 3), bias = b.weights(DType.F32, m);
        Value y = b.op(new Linalg.Conv(List.of(1L, 1L), List.of(1L, 1L, 1L, 1L), List.of(1L, 1L), 1), x, wt, bias);
        return b.done("conv_large", "conv_gemm", b.bin(BinaryFn.MUL, y, b.un(UnaryFn.SIGMOID, y)));
    }

    /**
     * Cases whose kernels the pointwise parameters shape: elementwise chains, element formulas, column runs
     * and {@code convs} random direct convolutions (odd sizes included).
     */
    public static List<Case> pointwiseCases(long seed, int convs) {
        List<Case> cases = new ArrayList<>(all(seed).stream()
                .filter(c -> List.of("pointwise", "conv_direct", "dot_run").contains(c.template())).toList());
        cases.addAll(convs(seed, convs));
        return cases;
    }

    /** Tuning.DEFAULT with pointwise parameters {@code p} and convolutions forced direct. */
    public static Tuning directWith(Tuning.Pointwise p) {
        Tuning d = Tuning.DEFAULT;
        return new Tuning(p, d.matmul(), Tuning.Conv.forced(Tuning.ConvAlgorithm.DIRECT), d.rows(), d.rnn(), d.attention());
    }

    /**
     * {@code count} convolutions with random shapes and attributes: 1-D and 2-D, 1 to 3 groups (sometimes
     * depthwise), strides, dilations, asymmetric pads, optional bias, batch 1 or 2, and an epilogue
     * ({@code relu}, or {@code y * sigmoid(y)}); for checking both conv algorithms.
     */
    public static List<Case> convs(long seed, int count) {
        Random r = new Random(seed);
        List<Case> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            B b = new B(r);
            int sp = 1 + r.nextInt(2);
            boolean depthwise = r.nextInt(4) == 0;
            long g = dim(r, 1, 3), cg = depthwise ? 1 : dim(r, 1, 4), mg = depthwise ? 1 : dim(r, 1, 5), n = dim(r, 1, 2);
            long[] xd = new long[2 + sp], wd = new long[2 + sp];
            xd[0] = n; xd[1] = g * cg; wd[0] = g * mg; wd[1] = cg;
            List<Long> strides = new ArrayList<>(), dil = new ArrayList<>(), pads = new ArrayList<>(java.util.Collections.nCopies(2 * sp, 0L));
            for (int d = 0; d < sp; d++) {
                long k = dim(r, 1, 3), dl = dim(r, 1, 2), pb = r.nextInt(3), pe = r.nextInt(3);
                wd[2 + d] = k;
                xd[2 + d] = Math.max(dl * (k - 1) + 1, sp == 1 ? dim(r, 4, 40) : dim(r, 3, 11));
                strides.add(dim(r, 1, 3));
                dil.add(dl);
                pads.set(d, pb);
                pads.set(d + sp, pe);
            }
            Value x = b.input(DType.F32, xd);
            Value wt = b.weights(DType.F32, wd);
            Linalg.Conv op = new Linalg.Conv(strides, pads, dil, g);
            Value y = r.nextBoolean() ? b.op(op, x, wt, b.weights(DType.F32, g * mg)) : b.op(op, x, wt);
            Value e = r.nextBoolean() ? b.un(UnaryFn.RELU, y) : b.bin(BinaryFn.MUL, y, b.un(UnaryFn.SIGMOID, y));
            String name = "conv" + sp + "d_" + i + "_g" + g + "_x" + Shape.of(xd) + "_w" + Shape.of(wd) + "_s" + strides + "_d" + dil + "_p" + pads;
            out.add(b.done(name.replace(" ", ""), "conv", e));
        }
        return out;
    }

    private static Case convTranspose(Random r) {
        B b = new B(r);
        long c = dim(r, 1, 3), m = dim(r, 1, 3), h = dim(r, 2, 6), s = dim(r, 1, 3), p = r.nextInt(2);
        Value x = b.input(DType.F32, 1, c, h, h);
        Value wt = b.weights(DType.F32, c, m, 3, 3);
        Value y = b.op(new Linalg.ConvTranspose(List.of(s, s), List.of(p, p, p, p), List.of(1L, 1L), 1, List.of(0L, 0L)), x, wt);
        return b.done("conv_transpose", "pointwise", y);
    }

    private static Case pool(Random r, Linalg.PoolKind kind) {
        B b = new B(r);
        long h = dim(r, 4, 12), k = dim(r, 2, 3), s = dim(r, 1, 2), p = r.nextInt(2);
        Value x = b.input(DType.F32, 1, 2, h, h);
        Value y = b.op(new Linalg.Pool(kind, List.of(k, k), List.of(s, s), List.of(p, p, p, p), List.of(1L, 1L), r.nextBoolean(), r.nextBoolean(), 2), x);
        return b.done("pool_" + kind.name().toLowerCase(), "pointwise", y);
    }

    private static Case reduce(Random r, Reduction.ReduceFn fn, boolean group) {
        B b = new B(r);
        long a = dim(r, 1, 5), n = group ? dim(r, 128, 700) : dim(r, 1, 40), c = dim(r, 1, 4);
        Value x = b.input(DType.F32, a, n, c);
        Value y = b.op(new Reduction.Reduce(fn, List.of(1), r.nextBoolean()), b.bin(BinaryFn.ADD, x, b.scalar(DType.F32, 0.25)));
        return b.done("reduce_" + fn.name().toLowerCase() + (group ? "_group" : "_thread"), "row", b.un(UnaryFn.NEG, y));
    }

    private static Case softmax(Random r, boolean log, long n) {
        B b = new B(r);
        long a = dim(r, 1, 4), c = dim(r, 1, 3);
        Value x = b.input(DType.F32, a, n, c);
        Value y = b.op(new Structured.Softmax(1, log), b.bin(BinaryFn.MUL, x, b.scalar(DType.F32, 3)));
        return b.done((log ? "log_softmax_" : "softmax_") + n, "row", y);
    }

    private static Case layerNorm(Random r, long n) {
        B b = new B(r);
        long a = dim(r, 1, 6);
        Value x = b.input(DType.F32, a, n);
        Value y = b.op(new Structured.LayerNorm(1, 1e-5, false, DType.F32), x, b.weights(DType.F32, n), b.weights(DType.F32, n));
        return b.done("layer_norm_" + n, "row", b.bin(BinaryFn.ADD, y, x));
    }

    private static Case rmsNorm(Random r, long n) {
        B b = new B(r);
        long a = dim(r, 1, 6);
        Value x = b.input(DType.F32, a, n);
        Value y = b.op(new Structured.RmsNorm(1, 1e-6), x, b.weights(DType.F32, n));
        return b.done("rms_norm_" + n, "row", b.bin(BinaryFn.MUL, y, x));
    }

    private static Case rnn(Random r, Structured.RnnKind kind) {
        B b = new B(r);
        long seq = dim(r, 1, 4), batch = dim(r, 1, 3), in = dim(r, 1, 6), hid = dim(r, 1, 7);
        int gates = kind == Structured.RnnKind.GRU ? 3 : 4;
        List<String> acts = kind == Structured.RnnKind.GRU ? List.of("sigmoid", "tanh") : List.of("sigmoid", "tanh", "tanh");
        List<Double> zeros = acts.stream().map(a -> 0.0).toList();
        Structured.Rnn op = new Structured.Rnn(kind, hid, "forward", acts, zeros, zeros, 0, r.nextBoolean(), false);
        Value x = b.input(DType.F32, seq, batch, in);
        List<Value> args = new ArrayList<>(List.of(x, b.weights(DType.F32, 1, gates * hid, in), b.weights(DType.F32, 1, gates * hid, hid),
                b.weights(DType.F32, 1, 2 * gates * hid), b.input(DType.F32, 1, batch, hid)));
        if (kind == Structured.RnnKind.LSTM) {
            args.add(b.input(DType.F32, 1, batch, hid));
            args.add(b.weights(DType.F32, 1, 3 * hid));
        }
        List<Value> outs = b.g.add("rnn", op, args);
        return b.done(kind.name().toLowerCase(), "rnn", outs.toArray(Value[]::new));
    }

    private static Case scatter(Random r) {
        B b = new B(r);
        long n = dim(r, 4, 9), c = dim(r, 1, 5);
        Value data = b.input(DType.F32, n, c);
        Value idx = b.constant(Tensor.ofLongs(DType.I64, Shape.of(3, 1), new long[] {1, -1, 1}));
        Value upd = b.input(DType.F32, 3, c);
        Value nd = b.op(new Movement.ScatterND(Movement.ScatterReduction.ADD), data, idx, upd);
        Value ei = b.constant(Tensor.ofLongs(DType.I64, Shape.of(2, 1), new long[] {0, n - 1}));
        Value el = b.op(new Movement.ScatterElements(0, Movement.ScatterReduction.NONE), nd, ei, b.input(DType.F32, 2, 1));
        return b.done("scatter", "scatter", el);
    }

    private static Case resize(Random r, Movement.ResizeMode mode) {
        B b = new B(r);
        long h = dim(r, 2, 6), w = dim(r, 2, 6), oh = dim(r, 1, 12), ow = dim(r, 1, 12);
        Value x = b.input(DType.F32, 1, 2, h, w);
        Movement.Resize op = new Movement.Resize(mode, "half_pixel", "round_prefer_floor", -0.75, false, 0, false,
                List.of(1L, 2L, oh, ow), List.of(1.0, 1.0, (double) oh / h, (double) ow / w), List.of());
        return b.done("resize_" + mode.name().toLowerCase(), "pointwise", b.op(op, x));
    }

    private static Case argMaxCumSum(Random r) {
        B b = new B(r);
        long a = dim(r, 1, 5), n = dim(r, 1, 30);
        Value x = b.input(DType.F32, a, n);
        Value am = b.op(new Reduction.ArgReduce(true, 1, false, r.nextBoolean()), x);
        Value cs = b.op(new Reduction.Cumulative(r.nextBoolean(), 1, r.nextBoolean(), r.nextBoolean()), x);
        return b.done("argmax_cumsum", "pointwise", am, cs);
    }

    private static Case attention(Random r) {
        B b = new B(r);
        long batch = dim(r, 1, 2), hkv = dim(r, 1, 2), hq = hkv * dim(r, 1, 2), s = dim(r, 1, 6), t = dim(r, 1, 9), d = dim(r, 1, 8);
        Value q = b.input(DType.F32, batch, hq, s, d), k = b.input(DType.F32, batch, hkv, t, d), v = b.input(DType.F32, batch, hkv, t, d + 1);
        Value mask = b.input(DType.BOOL, s, t);
        Structured.Attention op = new Structured.Attention(1 / Math.sqrt(d), r.nextBoolean() ? 0 : 2.5, r.nextBoolean(), r.nextInt(2), r.nextInt(3) - 1, r.nextInt(3) - 1, true, false, r.nextInt(4), DType.F32);
        List<Value> outs = b.g.add("attention", op, List.of(q, k, v, mask));
        return b.done("attention", "attention", outs.toArray(Value[]::new));
    }

    private static Case gatherNd(Random r) {
        B b = new B(r);
        long a = dim(r, 2, 5), c = dim(r, 2, 5), d = dim(r, 1, 4);
        Value x = b.input(DType.F32, a, c, d);
        Value idx = b.constant(Tensor.ofLongs(DType.I64, Shape.of(2, 2), new long[] {0, c - 1, a - 1, -1}));
        return b.done("gather_nd", "pointwise", b.op(new Movement.GatherND(0), x, idx));
    }
}
