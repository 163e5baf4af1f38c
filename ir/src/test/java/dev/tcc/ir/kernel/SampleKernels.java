package dev.tcc.ir.kernel;

import dev.tcc.ir.DType;

import static dev.tcc.ir.kernel.Exprs.*;

/**
 * Small hand-written kernels that together use every kernel-IR construct. They are the renderers'
 * golden-file inputs, the runtime's device checks and a worked example of {@link KernelBuilder}; real
 * kernels come from the lowering templates.
 */
public final class SampleKernels {
    private SampleKernels() {}

    /**
     * {@code out[m, n] = max(a[m, n] * b[n] + c[m], 0)} over row-major {@code [rows, cols]}: broadcasting
     * of a row vector {@code b [cols]} and a column vector {@code c [rows, 1]} by index arithmetic.
     */
    public static Kernel broadcastMulAddRelu(int rows, int cols, int workgroup) {
        return Kernel.build("broadcast_mul_add_relu", kb -> {
            var a = kb.input("a", DType.F32);
            var b = kb.input("b", DType.F32);
            var c = kb.input("c", DType.F32);
            var out = kb.output("out", DType.F32);
            kb.grid(Grid.covering((long) rows * cols, workgroup));
            kb.body(s -> {
                var i = s.let("i", globalId(0));
                s.ifThen(lt(i, rows * cols), t -> {
                    var m = t.let("m", div(i, cols));
                    var n = t.let("n", rem(i, cols));
                    var v = t.let("v", add(mul(load(a, i), load(b, n)), load(c, m)));
                    t.store(out, i, max(v, 0.0));
                });
            });
        });
    }

    /**
     * {@code out[r] = sum_c x[r, c]}: one workgroup per row; each work-item adds a strided slice of the
     * row, then a tree reduction in a workgroup array halves the active work-items each step, with a
     * barrier per step ({@code workgroup} must be a power of two).
     */
    public static Kernel rowSum(int rows, int cols, int workgroup) {
        if (Integer.bitCount(workgroup) != 1) throw new IllegalArgumentException("workgroup must be a power of two: " + workgroup);
        return Kernel.build("row_sum", kb -> {
            var x = kb.input("x", DType.F32);
            var out = kb.output("out", DType.F32);
            var partial = kb.workgroupArray("partial", DType.F32, workgroup);
            kb.grid(Grid.of(rows, workgroup));
            kb.body(s -> {
                var row = s.let("row", groupId(0));
                var lid = s.let("lid", localId(0));
                var acc = s.let("acc", f32(0));
                s.forRange("c", lid, i32(cols), i32(workgroup),
                        (l, c) -> l.assign(acc, add(acc, load(x, add(mul(row, cols), c)))));
                s.store(partial, lid, acc);
                s.barrier();
                s.loop("stride", i32(workgroup / 2), k -> gt(k, 0), k -> shr(k, 1), (l, k) -> {
                    l.ifThen(lt(lid, k), t -> t.store(partial, lid, add(load(partial, lid), load(partial, add(lid, k)))));
                    l.barrier();
                });
                s.ifThen(eq(lid, 0), t -> t.store(out, row, load(partial, 0)));
            });
        });
    }

    /**
     * {@code c = a · b} for row-major {@code a [m, k]}, {@code b [k, n]}: {@code tile × tile} workgroups
     * each stage a tile of {@code a} and of {@code b} in workgroup memory per step along {@code k};
     * out-of-range elements are staged as 0, so any sizes work.
     */
    public static Kernel tiledMatmul(int m, int n, int k, int tile) {
        return Kernel.build("tiled_matmul", kb -> {
            var a = kb.input("a", DType.F32);
            var b = kb.input("b", DType.F32);
            var c = kb.output("c", DType.F32);
            var ta = kb.workgroupArray("tile_a", DType.F32, tile * tile);
            var tb = kb.workgroupArray("tile_b", DType.F32, tile * tile);
            kb.grid(Grid.of(Grid.ceilDiv(n, tile), Grid.ceilDiv(m, tile), tile, tile));
            kb.body(s -> {
                var tx = s.let("tx", localId(0));
                var ty = s.let("ty", localId(1));
                var col = s.let("col", globalId(0));
                var row = s.let("row", globalId(1));
                var acc = s.let("acc", f32(0));
                s.forRange("k0", i32(0), i32(k), i32(tile), (l, k0) -> {
                    var ka = l.let("ka", add(k0, tx));
                    var kb2 = l.let("kb", add(k0, ty));
                    l.ifThenElse(and(lt(row, m), lt(ka, k)),
                            t -> t.store(ta, add(mul(ty, tile), tx), load(a, add(mul(row, k), ka))),
                            e -> e.store(ta, add(mul(ty, tile), tx), f32(0)));
                    l.ifThenElse(and(lt(kb2, k), lt(col, n)),
                            t -> t.store(tb, add(mul(ty, tile), tx), load(b, add(mul(kb2, n), col))),
                            e -> e.store(tb, add(mul(ty, tile), tx), f32(0)));
                    l.barrier();
                    l.forRange("kk", i32(0), i32(tile), (inner, kk) -> inner.assign(acc,
                            fma(load(ta, add(mul(ty, tile), kk)), load(tb, add(mul(kk, tile), tx)), acc)));
                    l.barrier();
                });
                s.ifThen(and(lt(row, m), lt(col, n)), t -> t.store(c, add(mul(row, n), col), acc));
            });
        });
    }

    /** {@code y[i] = alpha * x[i] + y[i]} with f16 storage and f32 arithmetic ({@code alpha} an f32 scalar). */
    public static Kernel halfAxpy(int size, int workgroup) {
        return Kernel.build("half_axpy", kb -> {
            var x = kb.input("x", DType.F16);
            var y = kb.buffer("y", DType.F16, BufferParam.Access.READ_WRITE);
            var alpha = kb.scalar("alpha", DType.F32);
            var n = kb.scalar("n", DType.I32);
            kb.grid(Grid.covering(size, workgroup));
            kb.body(s -> {
                var i = s.let("i", globalId(0));
                s.ifThen(lt(i, n), t -> t.store(y, i, add(mul(alpha, load(x, i)), load(y, i))));
            });
        });
    }

    /**
     * Integer semantics in one kernel over {@code a, b} (i32) and {@code p, q} (i8): wrapping i8 sum,
     * i32 division, remainder, shifts and bit operations, a u32 logical shift, i64 products, and a
     * saturating float-to-int conversion. {@code b} must hold no zeros.
     */
    public static Kernel integerOps(int size, int workgroup) {
        return Kernel.build("integer_ops", kb -> {
            var a = kb.input("a", DType.I32);
            var b = kb.input("b", DType.I32);
            var p = kb.input("p", DType.I8);
            var q = kb.input("q", DType.I8);
            var sum8 = kb.output("sum8", DType.I8);
            var mix = kb.output("mix", DType.I32);
            var ushr = kb.output("ushr", DType.U32);
            var wide = kb.output("wide", DType.I64);
            var sat = kb.output("sat", DType.I32);
            kb.grid(Grid.covering(size, workgroup));
            kb.body(s -> {
                var i = s.let("i", globalId(0));
                s.ifThen(lt(i, size), t -> {
                    var x = t.let("x", load(a, i));
                    var y = t.let("y", load(b, i));
                    t.store(sum8, i, add(load(p, i), load(q, i)));
                    t.store(mix, i, add(bitXor(div(x, y), shl(x, 3)), sub(rem(x, y), bitAnd(shr(y, 2), 255))));
                    t.store(ushr, i, shr(cast(DType.U32, x), 28));
                    t.store(wide, i, mul(cast(DType.I64, x), cast(DType.I64, y)));
                    t.store(sat, i, cast(DType.I32, mul(cast(DType.F32, x), f32(1e6))));
                });
            });
        });
    }

    /**
     * f64 math, bool memory, u64 hashing and a private array in one kernel: {@code flags[i] = isnan(v) ||
     * v < 0}, {@code y[i] = (v < 0 ? -s : sqrt(s)) + tanh(v) + erf(v) - min(|v|, 2)} with {@code s = v + 2v + 3v
     * + 4v} summed through a private array, {@code h[i] = (u64) i * 0x9E3779B97F4A7C15 ^ (that >> 29)}.
     */
    public static Kernel mixedTypes(int size, int workgroup) {
        return Kernel.build("mixed_types", kb -> {
            var x = kb.input("x", DType.F64);
            var flags = kb.output("flags", DType.BOOL);
            var y = kb.output("y", DType.F64);
            var h = kb.output("h", DType.U64);
            var n = kb.scalar("n", DType.I32);
            var window = kb.privateArray("window", DType.F64, 4);
            kb.grid(Grid.covering(size, workgroup));
            kb.body(b -> {
                var i = b.let("i", globalId(0));
                b.ifThen(lt(i, n), t -> {
                    var v = t.let("v", load(x, i));
                    t.forRange("j", i32(0), i32(4), (l, j) -> l.store(window, j, mul(v, cast(DType.F64, add(j, 1)))));
                    var s = t.let("s", f64(0));
                    t.forRange("j", i32(0), i32(4), (l, j) -> l.assign(s, add(s, load(window, j))));
                    t.store(flags, i, or(isNan(v), lt(v, 0.0)));
                    var root = select(lt(v, f64(0)), neg(s), sqrt(s));
                    t.store(y, i, sub(add(add(root, tanh(v)), erf(v)), min(abs(v), f64(2))));
                    var hash = t.let("hash", mul(cast(DType.U64, i), u64(0x9E3779B97F4A7C15L)));
                    t.store(h, i, bitXor(hash, shr(hash, 29)));
                });
            });
        });
    }
}
