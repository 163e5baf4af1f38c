package dev.tcc.codegen.wgsl;

import dev.tcc.ir.DType;
import dev.tcc.ir.kernel.BufferParam;
import dev.tcc.ir.kernel.Expr;
import dev.tcc.ir.kernel.Grid;
import dev.tcc.ir.kernel.Kernel;
import dev.tcc.ir.kernel.MathFn;
import dev.tcc.ir.kernel.Stmt;

import java.util.List;

import static dev.tcc.ir.kernel.Exprs.*;

/** Kernels for what neither the sample kernels nor the templates reach in the WGSL renderer. */
final class WgslSamples {
    private WgslSamples() {}

    /** Elements per buffer of {@link #storageTypes}. */
    static final int STORAGE_ELEMENTS = 128;

    /**
     * Every packed storage type loaded and stored (including a read-write u16 buffer), workgroup arrays
     * of i8, bool and f16, a private u16 array, an i64 scalar and loop index (narrowed), the launch-size
     * builtins, float remainder, NaN and infinity constants and a barrier over buffers too.
     */
    static Kernel storageTypes() {
        return Kernel.build("storage_types", kb -> {
            var aI8 = kb.input("a_i8", DType.I8);
            var bU8 = kb.input("b_u8", DType.U8);
            var cI16 = kb.input("c_i16", DType.I16);
            var dU16 = kb.buffer("d_u16", DType.U16, BufferParam.Access.READ_WRITE);
            var eBool = kb.input("e_bool", DType.BOOL);
            var fH = kb.input("f_h", DType.F16);
            var outI8 = kb.output("out_i8", DType.I8);
            var outBool = kb.output("out_bool", DType.BOOL);
            var outH = kb.output("out_h", DType.F16);
            var outF = kb.output("out_f", DType.F32);
            var scale = kb.scalar("scale", DType.F32);
            var count = kb.scalar("count", DType.I64);
            var wgI8 = kb.workgroupArray("wg_i8", DType.I8, 64);
            var wgBool = kb.workgroupArray("wg_bool", DType.BOOL, 64);
            var wgH = kb.workgroupArray("wg_h", DType.F16, 64);
            var pU16 = kb.privateArray("p_u16", DType.U16, 4);
            kb.grid(Grid.of(STORAGE_ELEMENTS / 64, 64));
            kb.body(s -> {
                var gid = s.let("gid", globalId(0));
                var lid = s.let("lid", localId(0));
                s.store(wgI8, lid, add(mul(load(aI8, gid), i32(3)), cast(DType.I32, load(bU8, gid))));
                s.store(wgBool, lid, load(eBool, gid));
                s.store(wgH, lid, mul(load(fH, gid), scale));
                s.barrier(Stmt.Barrier.Fence.ALL);
                var n = s.let("n", rem(add(lid, 1), localSize(0)));
                s.forRange("k", i64(0), i64(4), (l, k) -> l.store(pU16, cast(DType.I32, k),
                        add(cast(DType.U32, load(cI16, gid)), cast(DType.U32, mul(k, i64(1000))))));
                var acc = s.let("acc", u32(0));
                s.forRange("j", i32(0), i32(4), (l, j) -> l.assign(acc, add(acc, load(pU16, j))));
                s.ifThen(lt(cast(DType.I64, gid), count), t -> {
                    var h = t.let("h", load(wgH, n));
                    t.store(outI8, gid, load(wgI8, n));
                    t.store(outBool, gid, and(load(wgBool, n), gt(acc, u32(40000))));
                    t.store(outH, gid, select(gt(h, f32(1)), f32(Double.POSITIVE_INFINITY), h));
                    var special = select(lt(h, f32(-1)), f32(Double.NaN), f32(Double.NEGATIVE_INFINITY));
                    Expr finite = new Expr.Call(MathFn.ISINF, List.of(special));
                    t.store(outF, gid, add(add(rem(h, f32(0.7)), cast(DType.F32, add(globalSize(0), numGroups(0)))),
                            select(finite, f32(0.5), f32(-0.5))));
                    t.store(dU16, gid, add(load(dU16, gid), acc));
                });
            });
        });
    }
}
