package dev.tcc.passes.lower;

import dev.tcc.ir.DType;
import dev.tcc.ir.kernel.ArrayDecl;
import dev.tcc.ir.kernel.Expr;
import dev.tcc.ir.kernel.Grid;
import dev.tcc.ir.kernel.MathFn;
import dev.tcc.ir.kernel.Memory;
import dev.tcc.ir.program.Profile;

import java.util.function.Function;

import static dev.tcc.ir.kernel.Exprs.*;

/**
 * The register-blocked tiling shared by the GEMM-shaped templates ({@link MatMulTemplate},
 * {@link ConvGemmTemplate}): {@code C[b] (M x N) = A[b] (M x K) x B[b] (K x N)}, batches along the grid's
 * third dimension. A workgroup of {@code (bn / tn) x (bm / tm)} work-items computes a {@code bm x bn} tile of
 * C ({@link Tuning.Tiles}); each work-item owns a contiguous {@code tm x tn} block of accumulators in private
 * variables, so its {@code tn} elements of B per step are adjacent (one vector load where the device compiler
 * vectorises a work-item, as PoCL's does; a 16-byte load on a GPU). K advances by slabs of {@code bk} whose loop
 * is unrolled: each step is straight-line code of {@code bk x tm x tn} multiply-adds. A slab of A (k-major,
 * rows padded) and of B may be staged in workgroup memory (coalesced copies, a barrier either side), or read
 * directly by each work-item. Bounds are checked only where a dimension is not a multiple of its tile. What
 * the operands are (a buffer, a prologue chain, an im2col index map) and what happens to each accumulator
 * (bias, epilogue, the store) is the caller's {@link Problem}.
 */
final class TiledGemm {
    private TiledGemm() {}

    /**
     * How one element of an operand is read.
     *
     * @param inside a condition (computed in the loading scope) under which the element is loaded; where it
     *               is false the element is zero (e.g. a padding tap); null when always
     * @param value  computes the element; called only where the tile bounds and {@code inside} hold, so its
     *               loads may assume an in-range index
     */
    record Load(Expr inside, Function<Scope, Expr> value) {
        static Load always(Function<Scope, Expr> value) { return new Load(null, value); }
    }

    /** An operand: element {@code (i, j)} (row, column of A or B) in scope {@code s}. */
    interface Operand {
        Load at(Scope s, Expr i, Expr j);
    }

    /** What a work-item does with its accumulator of C element {@code (row, col)} (both in range). */
    interface Epilogue {
        void store(Scope s, Expr row, Expr col, Expr acc);
    }

    /**
     * B scaled per block of K rows (int4 weights with a scale and zero point per block): each slab of K sums
     * {@code a · q} and the slab's {@code a} apart, and {@link #fold} turns them into the slab's share of the accumulator
     * once per element of C, instead of the B operand scaling every integer it reads. Needs a block that is a multiple of
     * the slab depth {@code bk}, so that every slab lies in one block ({@link #foldsBlocks}); with split-K each work-item
     * folds its own slabs before the partial sums are added.
     */
    interface BlockScale {
        /** The slab at {@code k0}'s share of C element {@code (row, col)}: from its sum of {@code a · q} and its sum of {@code a}. */
        Expr fold(Scope s, Expr row, Expr col, Expr k0, Expr products, Expr aSum);
    }

    /** The operands and epilogue of one batch; {@code scale} null unless B is {@linkplain BlockScale blockwise scaled}. */
    record Problem(Operand a, Operand b, Epilogue epilogue, BlockScale scale) {
        Problem(Operand a, Operand b, Epilogue epilogue) { this(a, b, epilogue, null); }
    }

    /** Whether {@code t} (fitted) can fold B's block scales per slab ({@link BlockScale}): blocks of whole slabs. */
    static boolean foldsBlocks(Tuning.Tiles t, long block) { return block % t.bk() == 0; }

    /** Builds the {@link Problem} of batch {@code bz} in the kernel's top scope. */
    interface Setup {
        Problem at(Emitter em, Scope s, Expr bz);
    }

    /**
     * The sizes of the product.
     *
     * @param acc the accumulator's (value) type
     */
    record Dims(long m, long n, long k, long batches, DType acc) {}

    /**
     * {@code t} fitted to the problem and the target: tiles no larger than the (power-of-two rounded) matrix,
     * at most the target's work-items per workgroup, staged slabs within its workgroup memory.
     */
    static Tuning.Tiles fit(Tuning.Tiles t, Dims d, Profile target, int accBytes) {
        int bm = Math.min(t.bm(), ceilPow2(d.m())), bn = Math.min(t.bn(), ceilPow2(d.n())), bk = Math.min(t.bk(), ceilPow2(d.k()));
        int tm = Math.min(t.tm(), bm), tn = Math.min(t.tn(), bn);
        // a tiling that splits K across workgroups counts its splits toward minGroups before it shrinks its tiles: on
        // the H100 the tuner's split 64 x 64 candidate for CLIP's 77 x 3072 · 3072 x 768 had shrunk to 16 x 16 of 1 x 1
        // (the start's 256 workgroups without the splits) and split only 2 ways, no faster than the default
        long splits = Math.min(t.gk(), Long.highestOneBit(Math.max(1, Grid.ceilDiv(d.k(), bk))));
        while (Grid.ceilDiv(d.m(), bm) * Grid.ceilDiv(d.n(), bn) * d.batches() * splits < t.minGroups() && Math.max(bm, bn) > MIN_SHRUNK) {
            if (bm >= bn) {
                bm /= 2;
                tm = Math.max(1, tm / 2);
            } else {
                bn /= 2;
                tn = Math.max(1, tn / 2);
            }
        }
        int ks = (int) Math.min(t.ks(), Math.max(1, Long.highestOneBit(Math.max(1, d.k() / bk))));
        while (ks > 1 && ((long) (bm / tm) * (bn / tn) * ks > target.maxWorkgroupSize() || (long) ks * bm * bn * accBytes > target.localMemBytes())) {
            ks /= 2;
        }
        while ((bm / tm) * (bn / tn) * ks > target.maxWorkgroupSize()) {
            if (bm / tm >= bn / tn) bm /= 2; else bn /= 2;
        }
        boolean stageA = t.stageA() && ks == 1, stageB = t.stageB() && ks == 1;
        // split-K across workgroups: no more splits than slabs of K, and only as many as it takes to reach the
        // GPU_GROUPS workgroups that minGroups also aims for (a large product keeps 1: its scratch of partial sums would be gk times C)
        long tiles = Grid.ceilDiv(d.m(), bm) * Grid.ceilDiv(d.n(), bn) * d.batches();
        int gk = (int) Math.min(t.gk(), Long.highestOneBit(Math.max(1, Grid.ceilDiv(d.k(), bk))));
        while (gk > 1 && tiles * (gk / 2) >= Tuning.GPU_GROUPS) gk /= 2;
        Tuning.Tiles fitted = new Tuning.Tiles(bm, bn, bk, tm, tn, t.pad(), stageA, stageB, ks, t.minGroups(), gk, t.run());
        while (bk > 1 && staged(bm, bn, bk, fitted) * accBytes > target.localMemBytes()) {
            bk /= 2;
            fitted = new Tuning.Tiles(bm, bn, bk, tm, tn, t.pad(), stageA, stageB, ks, t.minGroups(), gk, t.run());
        }
        return fitted;
    }

    /** The side below which {@link Tuning.Tiles#minGroups} does not shrink a tile. */
    private static final int MIN_SHRUNK = 16;

    /** The depth of K each workgroup of a split-K product sums: whole slabs, the last range possibly shorter. */
    static long kPerGroup(Tuning.Tiles t, Dims d) { return Grid.ceilDiv(Grid.ceilDiv(d.k(), t.bk()), t.gk()) * t.bk(); }

    private static long staged(int bm, int bn, int bk, Tuning.Tiles t) {
        return (t.stageA() ? (long) bk * (bm + t.pad()) : 0) + (t.stageB() ? (long) bk * bn : 0);
    }

    private static int ceilPow2(long v) {
        return (int) Math.min(1 << 30, Long.highestOneBit(Math.max(1, v - 1)) << (v > 1 ? 1 : 0));
    }

    /** {@code t} {@linkplain #fit fitted} to the product {@code d} on {@code pb}'s target: what {@link #launch} takes. */
    static Tuning.Tiles fit(ProgramBuilder pb, Tuning.Tiles t, Dims d) { return fit(t, d, pb.target, Math.max(1, d.acc().bits() / 8)); }

    /**
     * Builds and launches the tiled kernel named after {@code what} with the tiling {@code t} ({@linkplain #fit(ProgramBuilder,
     * Tuning.Tiles, Dims) fitted} by the caller, who may decide on it), recording {@code template} and the tiling in its
     * tuning. With K split across workgroups ({@link Tuning.Tiles#gk}) it writes partial sums to a scratch buffer, and a
     * second kernel ({@link #launchSum}) adds them and runs the epilogue.
     */
    static void launch(ProgramBuilder pb, String what, String template, Dims d, Tuning.Tiles t, Setup setup, String anchor) {
        String scratch = t.gk() > 1 ? pb.scratch(what + "_partials", d.acc(), t.gk() * d.batches() * d.m() * d.n()) : null;
        pb.launch(Emitter.build(pb, pb.kernelName(what), (em, kb) -> {
            em.tune("template", template);
            em.tune("tile", t.bm() + "x" + t.bn() + "x" + t.bk());
            em.tune("block", t.tm() + "x" + t.tn());
            if (t.run() > 0) em.tune("run", Integer.toString(t.run()));
            em.tune("staged", (t.stageA() ? "a" : "") + (t.stageB() ? "b" : ""));
            if (t.ks() > 1) em.tune("split_k", Integer.toString(t.ks()));
            if (t.gk() > 1) em.tune("split_k_groups", Integer.toString(t.gk()));
            ArrayDecl ta = t.stageA() ? kb.workgroupArray("tile_a", d.acc(), t.bk() * (t.bm() + t.pad())) : null;
            ArrayDecl tb = t.stageB() ? kb.workgroupArray("tile_b", d.acc(), t.bk() * t.bn()) : null;
            ArrayDecl partial = t.ks() > 1 ? kb.workgroupArray("partial", d.acc(), t.ks() * t.bm() * t.bn()) : null;
            kb.grid(Grid.of(Grid.ceilDiv(d.n(), t.bn()), Grid.ceilDiv(d.m(), t.bm()), d.batches() * t.gk(), t.bn() / t.tn() * t.ks(), t.bm() / t.tm(), 1));
            // bound read-write, as scratch is: f16 artefacts then keep it f32 (HalfStorage narrows write-only temporaries)
            Memory partials = scratch == null ? null : em.readsAndWrites(scratch);
            kb.body(body -> new Body(t, d, ta, tb, partial, partials, new Scope(body, null)).emit(em, setup));
        }), anchor);
        if (scratch != null) launchSum(pb, what, template, d, t, scratch, setup, anchor);
    }

    /** Work-items per workgroup of {@link #launchSum}. */
    private static final int SUM_ITEMS = 256;

    /**
     * The second kernel of a product split across workgroups: one work-item per element of C adds the {@code gk}
     * partial sums in order and runs the caller's epilogue on the total.
     */
    private static void launchSum(ProgramBuilder pb, String what, String template, Dims d, Tuning.Tiles t, String scratch, Setup setup, String anchor) {
        long total = d.batches() * d.m() * d.n();
        pb.launch(Emitter.build(pb, pb.kernelName(what + "_sum"), (em, kb) -> {
            em.tune("template", template + "_sum");
            em.tune("split_k_groups", Integer.toString(t.gk()));
            Memory partials = em.reads(scratch);
            kb.grid(Grid.of(Grid.ceilDiv(total, SUM_ITEMS), 1, 1, SUM_ITEMS, 1, 1));
            kb.body(body -> {
                Scope s = new Scope(body, null);
                Expr i = s.let("i", add(mul(groupId(0), Ix.lit(SUM_ITEMS)), localId(0)));
                guarded(s, total % SUM_ITEMS == 0 ? null : lt(i, Ix.lit(total)), y -> {
                    Expr bz = y.let("bz", Ix.div(i, d.m() * d.n())), r = y.let("r", Ix.rem(Ix.div(i, d.n()), d.m())), c = y.let("c", Ix.rem(i, d.n()));
                    Problem p = setup.at(em, y, bz);
                    Expr.Var sum = y.var("acc", IndexMaps.zero(d.acc()));
                    for (int g = 0; g < t.gk(); g++) y.assign(sum, add(sum, load(partials, Ix.add(i, g * total))));
                    p.epilogue().store(y, r, c, sum);
                });
            });
        }), anchor);
    }

    /** The statements of one work-item: its accumulators, the loop over K slabs, the epilogue per element. */
    private static final class Body {
        final Tuning.Tiles t;
        final Dims d;
        final ArrayDecl ta, tb, partial;
        /** The scratch buffer of partial sums when K is split across workgroups; else null. */
        final Memory partials;
        final Scope s;
        final Expr[] rowOff, colOff, rows, cols;
        final Expr.Var[][] sums;

        Body(Tuning.Tiles t, Dims d, ArrayDecl ta, ArrayDecl tb, ArrayDecl partial, Memory partials, Scope s) {
            this.t = t;
            this.d = d;
            this.ta = ta;
            this.tb = tb;
            this.partial = partial;
            this.partials = partials;
            this.s = s;
            rowOff = new Expr[t.tm()];
            colOff = new Expr[t.tn()];
            rows = new Expr[t.tm()];
            cols = new Expr[t.tn()];
            sums = new Expr.Var[t.tm()][t.tn()];
        }

        void emit(Emitter em, Setup setup) {
            int wx = t.bn() / t.tn(), items = wx * (t.bm() / t.tm());
            Expr lid = localId(0), tx = s.let("tx", t.ks() > 1 ? Ix.rem(lid, wx) : lid), ty = s.let("ty", localId(1));
            Expr kz = t.ks() > 1 ? s.let("kz", Ix.div(lid, wx)) : null;
            Expr row0 = s.let("row0", mul(groupId(1), Ix.lit(t.bm()))), col0 = s.let("col0", mul(groupId(0), Ix.lit(t.bn())));
            Expr slot = s.let("slot", add(mul(ty, Ix.lit(wx)), tx));
            // split across workgroups, the grid's third dimension is split g of batch bz at g x batches + bz, and the
            // split sums K from g x kPer, up to K
            Expr gz = s.let(partials == null ? "bz" : "gz", groupId(2));
            Expr bz = partials == null ? gz : s.let("bz", Ix.rem(gz, d.batches()));
            Expr kFrom = partials == null ? Ix.lit(0) : s.let("kfrom", Ix.mul(Ix.div(gz, d.batches()), kPerGroup(t, d)));
            Expr kTo = partials == null ? Ix.lit(d.k()) : s.let("kto", min(Ix.add(kFrom, kPerGroup(t, d)), Ix.lit(d.k())));
            Problem p = setup.at(em, s, bz);
            for (int i = 0; i < t.tm(); i++) {
                rowOff[i] = offset(ty, i, t.tm(), t.bm() / t.tm());
                rows[i] = s.let("r" + i, Ix.add(row0, rowOff[i]));
            }
            for (int j = 0; j < t.tn(); j++) {
                colOff[j] = offset(tx, j, t.tn(), wx);
                cols[j] = s.let("c" + j, Ix.add(col0, colOff[j]));
            }
            for (int i = 0; i < t.tm(); i++) for (int j = 0; j < t.tn(); j++) sums[i][j] = s.var("acc" + i + "_" + j, IndexMaps.zero(d.acc()));
            // the loop's bounds are the same for every work-item (barriers after it stay in uniform control flow); with
            // split-K, group kz takes the kz-th slab of every ks
            s.forRange("k0", kFrom, kTo, (long) t.bk() * t.ks(), (l, k0) -> {
                if (ta != null) stageSlab(l, ta, slot, items, t.bm(), t.bk(), true, t.bm() + t.pad(), d, p.a(), row0, k0);
                if (tb != null) stageSlab(l, tb, slot, items, t.bk(), t.bn(), false, t.bn(), d, p.b(), k0, col0);
                if (ta != null || tb != null) l.barrier();
                Expr kb = kz == null ? k0 : l.let("kb", Ix.add(k0, Ix.mul(kz, t.bk())));
                if (p.scale() != null) {
                    foldedSlab(l, p, kb);
                } else {
                    for (int kk = 0; kk < t.bk(); kk++) multiply(l, p, kb, kk, sums, null);
                }
                if (ta != null || tb != null) l.barrier();
            });
            if (kz != null) {
                addPartials(slot, items, kz, p);
                return;
            }
            if (partials != null) {
                storePartials(gz);
                return;
            }
            store(s, p);
        }

        /** Split across workgroups: every accumulator inside C to its place in the scratch buffer, {@code [g][batch][M][N]}. */
        private void storePartials(Expr gz) {
            Expr base = s.let("pbase", Ix.mul(gz, d.m() * d.n()));
            for (int i = 0; i < t.tm(); i++) {
                for (int j = 0; j < t.tn(); j++) {
                    Expr r = rows[i], c = cols[j], v = sums[i][j];
                    guarded(s, Ix.and(bound(r, d.m(), t.bm()), bound(c, d.n(), t.bn())),
                            st -> st.store(partials, Ix.add(Ix.add(base, Ix.mul(r, d.n())), c), v));
                }
            }
        }

        /** The epilogue of every accumulator of the work-item's block that lies inside C. */
        private void store(Scope y, Problem p) {
            for (int i = 0; i < t.tm(); i++) {
                for (int j = 0; j < t.tn(); j++) {
                    Expr r = rows[i], c = cols[j], v = sums[i][j];
                    guarded(y, Ix.and(bound(r, d.m(), t.bm()), bound(c, d.n(), t.bn())), st -> p.epilogue().store(st, r, c, v));
                }
            }
        }

        /**
         * Split-K: every work-item leaves its partial sums in workgroup memory; those of the first K group ({@code kz}
         * 0) add the other groups' sums of the same block, in group order, and store.
         */
        private void addPartials(Expr slot, int items, Expr kz, Problem p) {
            int block = t.tm() * t.tn();
            Expr mine = s.let("pbase", Ix.mul(Ix.add(Ix.mul(kz, items), slot), block));
            for (int i = 0; i < t.tm(); i++) for (int j = 0; j < t.tn(); j++) s.store(partial, Ix.add(mine, i * t.tn() + j), sums[i][j]);
            s.barrier();
            s.ifThen(eq(kz, Ix.lit(0)), y -> {
                for (int z = 1; z < t.ks(); z++) {
                    Expr theirs = y.let("pz", Ix.mul(Ix.add(slot, (long) z * items), block));
                    for (int i = 0; i < t.tm(); i++) {
                        for (int j = 0; j < t.tn(); j++) y.assign(sums[i][j], add(sums[i][j], load(partial, Ix.add(theirs, i * t.tn() + j))));
                    }
                }
                store(y, p);
            });
        }

        /**
         * The slab at {@code k0} with B's block scale folded once per element ({@link BlockScale}): its products and its
         * sums of A apart, then each accumulator plus the slab's share.
         */
        private void foldedSlab(Scope l, Problem p, Expr k0) {
            Expr.Var[][] products = new Expr.Var[t.tm()][t.tn()];
            Expr.Var[] aSums = new Expr.Var[t.tm()];
            for (int i = 0; i < t.tm(); i++) {
                aSums[i] = l.var("asum" + i, IndexMaps.zero(d.acc()));
                for (int j = 0; j < t.tn(); j++) products[i][j] = l.var("prod" + i + "_" + j, IndexMaps.zero(d.acc()));
            }
            for (int kk = 0; kk < t.bk(); kk++) multiply(l, p, k0, kk, products, aSums);
            for (int i = 0; i < t.tm(); i++) {
                for (int j = 0; j < t.tn(); j++) {
                    Expr r = rows[i], c = cols[j];
                    Expr.Var sum = sums[i][j], prod = products[i][j], aSum = aSums[i];
                    // outside C, or past K (a split-K slab beyond the end), the block's scales may lie past the end of their buffer
                    Expr inside = Ix.and(Ix.and(bound(r, d.m(), t.bm()), bound(c, d.n(), t.bn())), bound(k0, d.k(), t.bk() * t.ks()));
                    guarded(l, inside,
                            y -> y.assign(sum, add(sum, p.scale().fold(y, r, c, k0, prod, aSum))));
                }
            }
        }

        /**
         * Where element {@code e} of a work-item's {@code block} rows (or columns) lies in the tile, for work-item
         * {@code id} of {@code items} along that side: contiguous ({@code run} 0, or a run as long as the block), else
         * runs of {@link Tuning.Tiles#run} adjacent elements, each work-item's run after the previous one's.
         */
        private Expr offset(Expr id, int e, int block, int items) {
            int run = t.run() == 0 ? block : Math.min(t.run(), block);
            if (run == block) return Ix.add(Ix.mul(id, block), e);
            return Ix.add(Ix.mul(id, run), (long) (e / run) * items * run + e % run);
        }

        /**
         * The outer product of step {@code kk} of the slab at {@code k0}: {@code tm} elements of A by {@code tn} of B into
         * {@code into}; with {@code aSums}, each row's element of A is also added to its sum.
         */
        private void multiply(Scope l, Problem p, Expr k0, int kk, Expr.Var[][] into, Expr.Var[] aSums) {
            Expr k = Ix.add(k0, kk), kOk = bound(k, d.k(), t.bk() * t.ks());
            Expr[] as = new Expr[t.tm()], bs = new Expr[t.tn()];
            for (int i = 0; i < t.tm(); i++) {
                as[i] = ta != null ? l.let("a", load(ta, Ix.add(rowOff[i], (long) kk * (t.bm() + t.pad()))))
                        : element(l, d.acc(), bound(rows[i], d.m(), t.bm()), kOk, p.a(), rows[i], k);
            }
            for (int j = 0; j < t.tn(); j++) {
                bs[j] = tb != null ? l.let("b", load(tb, Ix.add(colOff[j], (long) kk * t.bn())))
                        : element(l, d.acc(), kOk, bound(cols[j], d.n(), t.bn()), p.b(), k, cols[j]);
            }
            for (int i = 0; i < t.tm(); i++) {
                if (aSums != null) l.assign(aSums[i], add(aSums[i], as[i]));
                for (int j = 0; j < t.tn(); j++) {
                    Expr.Var sum = into[i][j];
                    l.assign(sum, d.acc().isFloat() ? call(MathFn.FMA, as[i], bs[j], sum) : add(sum, mul(as[i], bs[j])));
                }
            }
        }
    }

    /** {@code i < n}, or null when every index a tile of {@code tile} reaches is in range ({@code n} a multiple of it). */
    private static Expr bound(Expr i, long n, int tile) {
        return n % tile == 0 ? null : lt(i, Ix.lit(n));
    }

    /**
     * The workgroup copies the {@code rowsN x colsN} block of {@code op} at {@code (i0, j0)} into {@code tile}, each
     * work-item {@code ceil(rowsN x colsN / items)} elements; consecutive work-items take consecutive columns
     * (coalesced reads). {@code transposed} stores element {@code (r, c)} at {@code c x stride + r}, else at
     * {@code r x stride + c}.
     */
    private static void stageSlab(Scope l, ArrayDecl tile, Expr slot, int items, int rowsN, int colsN, boolean transposed, int stride,
                                  Dims d, Operand op, Expr i0, Expr j0) {
        int total = rowsN * colsN;
        long rowLimit = transposed ? d.m() : d.k(), colLimit = transposed ? d.k() : d.n();
        for (int e = 0; e * items < total; e++) {
            int first = e * items;
            Expr idx = l.let("idx", Ix.add(slot, first));
            java.util.function.Consumer<Scope> inRange = y -> {
                Expr r = y.let("sr", Ix.div(idx, colsN)), c = y.let("sc", Ix.rem(idx, colsN));
                Expr i = y.let("si", Ix.add(i0, r)), j = y.let("sj", Ix.add(j0, c));
                Expr v = element(y, d.acc(), bound(i, rowLimit, rowsN), bound(j, colLimit, colsN), op, i, j);
                y.store(tile, transposed ? Ix.add(Ix.mul(c, stride), r) : Ix.add(Ix.mul(r, stride), c), v);
            };
            guarded(l, first + items <= total ? null : lt(idx, Ix.lit(total)), inRange);
        }
    }

    /** {@code body} in a block of its own, under {@code cond} unless that is null. */
    private static void guarded(Scope s, Expr cond, java.util.function.Consumer<Scope> body) {
        if (cond == null) s.block(body);
        else s.ifThen(cond, body);
    }

    /** Operand element {@code (i, j)}, or zero outside the bounds and the operand's own condition. */
    private static Expr element(Scope l, DType acc, Expr rowOk, Expr colOk, Operand op, Expr i, Expr j) {
        Load ld = op.at(l, i, j);
        Expr cond = Ix.and(Ix.and(rowOk, colOk), ld.inside());
        if (cond == null) return l.let("v", ld.value().apply(l));
        Expr.Var v = l.var("v", IndexMaps.zero(acc));
        l.ifThen(cond, y -> y.assign(v, ld.value().apply(y)));
        return v;
    }
}
