package dev.tcc.runtime.exec;

import dev.tcc.ir.DType;
import dev.tcc.ir.Shape;
import dev.tcc.ir.TensorType;
import dev.tcc.ir.kernel.ArrayDecl;
import dev.tcc.ir.kernel.BufferParam;
import dev.tcc.ir.kernel.Expr;
import dev.tcc.ir.kernel.Grid;
import dev.tcc.ir.kernel.Kernel;
import dev.tcc.ir.kernel.Param;
import dev.tcc.ir.kernel.ScalarParam;
import dev.tcc.ir.program.KernelProgram;
import dev.tcc.ir.program.MemoryPlan;
import dev.tcc.ir.program.Profile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of a manifest as program records, every value read through {@link Json} so a wrong type or
 * number is an error naming its key. Consistency across parts is {@link KernelProgram#verify}'s job.
 */
final class ManifestReader {
    private ManifestReader() {}

    static List<KernelProgram.Buffer> buffers(Json list) {
        List<KernelProgram.Buffer> buffers = new ArrayList<>();
        for (Json o : list.list()) {
            KernelProgram.Role role = o.get("role").oneOf(KernelProgram.Role.class);
            DType storage = o.get("type").dtype();
            long elements = o.get("elements").integer(0, Long.MAX_VALUE);
            long offset = role == KernelProgram.Role.WEIGHT ? o.get("offset").integer(0, Long.MAX_VALUE) : -1;
            KernelProgram.Buffer b = new KernelProgram.Buffer(o.get("name").string(), storage, elements, role, offset);
            long bytes = o.get("bytes").integer(0, Long.MAX_VALUE);
            try {
                if (b.bytes() != bytes) throw o.get("bytes").error("is " + bytes + ", but " + elements + " " + storage + " elements take " + b.bytes());
            } catch (ArithmeticException e) {
                throw o.get("elements").error("is " + elements + ", too many " + storage + " elements for 64-bit byte sizes");
            }
            buffers.add(b);
        }
        return buffers;
    }

    /** The device checks ({@code "checks"}, absent when the kernels check nothing). */
    static List<KernelProgram.Check> checks(Json list) {
        List<KernelProgram.Check> r = new ArrayList<>();
        for (Json o : list.list()) r.add(new KernelProgram.Check(o.get("slot").int32(0, Integer.MAX_VALUE), o.get("message").string()));
        return r;
    }

    static List<KernelProgram.Binding> bindings(Json list) {
        List<KernelProgram.Binding> r = new ArrayList<>();
        for (Json o : list.list()) {
            Json shape = o.get("shape");
            Shape s = Shape.of(shape.longs(0, Long.MAX_VALUE));
            try {
                s.size();
            } catch (ArithmeticException e) {
                throw shape.error("has more than 2^63-1 elements");
            }
            r.add(new KernelProgram.Binding(o.get("name").string(), new TensorType(o.get("type").dtype(), s), o.get("buffer").string()));
        }
        return r;
    }

    static Profile profile(Json o) {
        return new Profile(o.get("name").string(), o.get("fp64").bool(), o.get("fp16").bool(), o.get("maxWorkgroupSize").int32(1, Integer.MAX_VALUE),
                o.get("localMemBytes").integer(0, Long.MAX_VALUE), o.get("maxBufferBytes").integer(0, Long.MAX_VALUE));
    }

    static KernelProgram.Launch launch(Json o, byte[] code) {
        Json g = o.get("grid");
        List<Long> groups = new ArrayList<>();
        for (Json e : g.get("groups").list()) groups.add(e.integer(1, Integer.MAX_VALUE));
        List<Integer> wg = new ArrayList<>();
        for (Json e : g.get("workgroup").list()) wg.add(e.int32(1, Integer.MAX_VALUE));
        List<Param> params = new ArrayList<>();
        for (Json p : o.get("params").list()) {
            String kind = p.get("kind").string();
            DType t = p.get("type").dtype();
            params.add(switch (kind) {
                case "buffer" -> new BufferParam(p.get("name").string(), t, p.get("access").oneOf(BufferParam.Access.class));
                case "scalar" -> new ScalarParam(new Expr.Var(p.get("name").string(), t));
                default -> throw p.get("kind").error("must be 'buffer' or 'scalar', found '" + kind + "'");
            });
        }
        List<ArrayDecl> arrays = new ArrayList<>();
        for (Json a : o.get("arrays").list()) {
            arrays.add(new ArrayDecl(a.get("name").string(), a.get("type").dtype(), a.get("length").int32(0, Integer.MAX_VALUE),
                    a.get("space").oneOf(ArrayDecl.Space.class)));
        }
        Kernel.Signature k = new Kernel.Signature(o.get("kernel").string(), params, arrays, new Grid(groups, wg));
        List<KernelProgram.Arg> args = new ArrayList<>();
        for (Json a : o.get("args").list()) {
            if (a.has("buffer")) {
                args.add(new KernelProgram.Arg.BufferArg(a.get("buffer").string()));
            } else {
                DType t = a.get("type").dtype();
                Json v = a.get("scalar");
                args.add(new KernelProgram.Arg.ScalarArg(t, t.isFloat() ? (Number) v.real() : (Number) v.integer(Long.MIN_VALUE, Long.MAX_VALUE)));
            }
        }
        List<String> fused = new ArrayList<>();
        for (Json e : o.get("fused").list()) fused.add(e.string());
        Map<String, String> tuning = new LinkedHashMap<>();
        Json t = o.get("tuning");
        for (String key : t.keys()) tuning.put(key, t.get(key).string());
        return new KernelProgram.Launch(k, args, o.get("anchor").string(), fused, tuning, new KernelProgram.Code.Rendered(code));
    }

    /** The memory plan of a manifest's {@code memory} block (each temporary alone when it lists no slots). */
    static MemoryPlan memory(Json o) {
        if (!o.has("slots")) return MemoryPlan.NONE;
        List<MemoryPlan.Slot> slots = new ArrayList<>();
        for (Json so : o.get("slots").list()) {
            List<String> names = new ArrayList<>();
            for (Json n : so.get("buffers").list()) names.add(n.string());
            slots.add(new MemoryPlan.Slot(so.get("type").dtype(), so.get("elements").integer(0, Long.MAX_VALUE), names));
        }
        return new MemoryPlan(slots, o.has("naive_bytes") ? o.get("naive_bytes").integer(-1, Long.MAX_VALUE) : -1);
    }
}
