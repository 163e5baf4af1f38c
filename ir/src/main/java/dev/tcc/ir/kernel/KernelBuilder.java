package dev.tcc.ir.kernel;

import dev.tcc.ir.DType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Lambda-scoped builder for {@link Kernel}s, in the style of {@code java.lang.classfile}:
 *
 * <pre>{@code
 * Kernel k = Kernel.build("scale", kb -> {
 *     var x = kb.input("x", DType.F32);
 *     var y = kb.output("y", DType.F32);
 *     var n = kb.scalar("n", DType.I32);
 *     kb.grid(Grid.covering(1000, 256));
 *     kb.body(b -> {
 *         var i = b.let("i", globalId(0));
 *         b.ifThen(lt(i, n), t -> t.store(y, i, mul(load(x, i), 2.0)));
 *     });
 * });
 * }</pre>
 *
 * Parameter names are kept exactly (they are the kernel's interface); array and variable names are
 * made unique and legal by appending {@code _1}, {@code _2}, ... when needed, so templates can reuse
 * names such as {@code "acc"} freely.
 */
public final class KernelBuilder {
    private final String name;
    private final List<Param> params = new ArrayList<>();
    private final List<ArrayDecl> arrays = new ArrayList<>();
    private final Namer names = new Namer();
    private Grid grid;
    private Stmt.Block body;

    private KernelBuilder(String name) { this.name = name; }

    static Kernel build(String name, Consumer<KernelBuilder> spec) {
        KernelBuilder kb = new KernelBuilder(name);
        spec.accept(kb);
        if (kb.grid == null) throw new KernelIrException("kernel " + name + ": no grid given (call grid(...))");
        if (kb.body == null) throw new KernelIrException("kernel " + name + ": no body given (call body(...))");
        return new Kernel(name, kb.params, kb.arrays, kb.grid, kb.body);
    }

    /** Adds a buffer parameter. */
    public BufferParam buffer(String name, DType elementType, BufferParam.Access access) {
        names.claim(name);
        BufferParam p = new BufferParam(name, elementType, access);
        params.add(p);
        return p;
    }

    /** Adds a read-only buffer parameter. */
    public BufferParam input(String name, DType elementType) { return buffer(name, elementType, BufferParam.Access.READ); }

    /** Adds a write-only buffer parameter. */
    public BufferParam output(String name, DType elementType) { return buffer(name, elementType, BufferParam.Access.WRITE); }

    /** Adds a scalar parameter and returns the variable the body reads it through. */
    public Expr.Var scalar(String name, DType type) {
        names.claim(name);
        Expr.Var v = new Expr.Var(name, type);
        params.add(new ScalarParam(v));
        return v;
    }

    /** Declares an array shared by the work-items of a workgroup. */
    public ArrayDecl workgroupArray(String name, DType elementType, int length) {
        ArrayDecl a = new ArrayDecl(names.fresh(name), elementType, length, ArrayDecl.Space.WORKGROUP);
        arrays.add(a);
        return a;
    }

    /** Declares a per-work-item array (register tile, accumulators). */
    public ArrayDecl privateArray(String name, DType elementType, int length) {
        ArrayDecl a = new ArrayDecl(names.fresh(name), elementType, length, ArrayDecl.Space.PRIVATE);
        arrays.add(a);
        return a;
    }

    /** Sets the launch grid. */
    public KernelBuilder grid(Grid grid) {
        this.grid = grid;
        return this;
    }

    /** Sets the body, built by {@code spec}. */
    public KernelBuilder body(Consumer<BlockBuilder> spec) {
        BlockBuilder b = new BlockBuilder(names);
        spec.accept(b);
        this.body = b.build();
        return this;
    }

    /** Hands out unique legal names within one kernel. */
    static final class Namer {
        private final Set<String> taken = new HashSet<>();

        void claim(String name) {
            Names.check(name, "parameter");
            if (!taken.add(name)) throw new KernelIrException("parameter name '" + name + "' is used twice");
        }

        String fresh(String base) {
            String b = base.replaceAll("[^A-Za-z0-9_]", "_").replaceAll("^_+", "");
            if (b.isEmpty() || Character.isDigit(b.charAt(0))) b = "v" + b;
            String n = b;
            for (int i = 1; taken.contains(n) || Names.isReserved(n); i++) n = b + "_" + i;
            taken.add(n);
            return n;
        }
    }
}
