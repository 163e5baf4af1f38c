package dev.tcc.ir.text;

import dev.tcc.ir.DType;
import dev.tcc.ir.Elementwise.BinaryFn;
import dev.tcc.ir.Elementwise.UnaryFn;
import dev.tcc.ir.IrException;
import dev.tcc.ir.Op;
import dev.tcc.ir.Tensor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The text syntax of one op record: its mnemonic, its attributes in print order (each a name and a getter),
 * and how to build the record back from parsed attributes. {@link OpTable} lists every op; the
 * {@link Printer} and the parser in {@code frontend} both work from it, so an op is added in one place.
 *
 * <p>Several entries may share a record type: {@code Unary} and {@code Binary} have one entry per function,
 * whose mnemonic is the function's name in lower case and which has no attributes.
 *
 * @param mnemonic the op's {@link Op#mnemonic()}, unique in the table
 * @param type     the record class
 * @param attrs    the attributes, in the order the printer writes them
 * @param build    makes the record from the parsed attributes
 */
public record OpSyntax<R extends Op>(String mnemonic, Class<R> type, List<Attr<R>> attrs, Function<Attrs, R> build) {

    public OpSyntax {
        attrs = List.copyOf(attrs);
    }

    /** One attribute: its name in text and how to read it from the record. */
    public record Attr<R>(String name, Function<? super R, ?> get) {}

    /** An attribute named {@code name}, read from the record by {@code get}. */
    public static <R> Attr<R> attr(String name, Function<? super R, ?> get) {
        return new Attr<>(name, get);
    }

    /**
     * Typed access to the parsed attributes of one op. Each method returns the attribute {@code name} as a
     * value of its type, or throws an exception that says which attribute is missing or ill-typed, and where.
     * Integers may be written where a double is wanted.
     */
    public interface Attrs {
        long int64(String name);

        int int32(String name);

        double f64(String name);

        boolean bool(String name);

        String string(String name);

        DType dtype(String name);

        /** An enum constant, written as its name in lower case. */
        <E extends Enum<E>> E enumValue(String name, Class<E> type);

        List<Long> int64s(String name);

        List<Integer> int32s(String name);

        List<Double> f64s(String name);

        List<String> strings(String name);

        Tensor tensor(String name);
    }

    /** The attribute values of {@code op} (which must be of this entry's type), by name, in print order. */
    public Map<String, Object> attributes(Op op) {
        R r = type.cast(op);
        Map<String, Object> out = new LinkedHashMap<>();
        for (Attr<R> a : attrs) out.put(a.name(), a.get().apply(r));
        return out;
    }

    /** The names of the attributes, in print order. */
    public List<String> attrNames() {
        return attrs.stream().map(Attr::name).toList();
    }

    // ---- the table ----

    private static final Map<String, OpSyntax<?>> BY_MNEMONIC = index();

    private static Map<String, OpSyntax<?>> index() {
        Map<String, OpSyntax<?>> m = new LinkedHashMap<>();
        List<OpSyntax<?>> all = new ArrayList<>(OpTable.entries());
        for (UnaryFn f : UnaryFn.values()) all.add(OpTable.unary(f));
        for (BinaryFn f : BinaryFn.values()) all.add(OpTable.binary(f));
        for (OpSyntax<?> s : all) {
            if (m.putIfAbsent(s.mnemonic(), s) != null) throw new IllegalStateException("two ops have the mnemonic " + s.mnemonic());
        }
        return Collections.unmodifiableMap(m);
    }

    /** The entry for {@code mnemonic}, or null when no op has it. */
    public static OpSyntax<?> forMnemonic(String mnemonic) {
        return BY_MNEMONIC.get(mnemonic);
    }

    /**
     * The entry for {@code op}.
     *
     * @throws IrException if the op's record has no entry in {@link OpTable}
     */
    public static OpSyntax<?> of(Op op) {
        OpSyntax<?> s = BY_MNEMONIC.get(op.mnemonic());
        if (s == null || !s.type().isInstance(op)) {
            throw new IrException("op " + op + " has no text syntax: add an entry for " + op.getClass().getSimpleName()
                    + " to dev.tcc.ir.text.OpTable");
        }
        return s;
    }

    /** Every entry, in table order (unary and binary functions last). */
    public static Collection<OpSyntax<?>> all() {
        return BY_MNEMONIC.values();
    }
}
