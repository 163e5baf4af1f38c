package dev.tcc.frontend.text;

import dev.tcc.frontend.text.TccIrParser.AttrContext;
import dev.tcc.frontend.text.TccIrParser.AttrValueContext;
import dev.tcc.frontend.text.TccIrParser.IdentValueContext;
import dev.tcc.frontend.text.TccIrParser.ListValueContext;
import dev.tcc.frontend.text.TccIrParser.OpContext;
import dev.tcc.frontend.text.TccIrParser.ScalarContext;
import dev.tcc.frontend.text.TccIrParser.ScalarValueContext;
import dev.tcc.frontend.text.TccIrParser.TensorValueContext;
import dev.tcc.ir.DType;
import dev.tcc.ir.Op;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.text.Lexical;
import dev.tcc.ir.text.OpSyntax;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.antlr.v4.runtime.ParserRuleContext;

/**
 * The attributes of one parsed op, read by {@link OpSyntax#build()} through the typed {@link OpSyntax.Attrs}
 * methods. Each conversion error names the attribute and points at its text.
 */
final class ParsedAttrs implements OpSyntax.Attrs {
    private final String mnemonic;
    private final ParserRuleContext where;
    private final Map<String, AttrValueContext> values = new LinkedHashMap<>();

    private ParsedAttrs(String mnemonic, ParserRuleContext where) {
        this.mnemonic = mnemonic;
        this.where = where;
    }

    /** Builds the op that {@code ctx} spells, checking that its attributes are exactly those of the op's syntax. */
    static Op buildOp(OpContext ctx) {
        String mnemonic = ctx.ident().getText();
        OpSyntax<?> syntax = OpSyntax.forMnemonic(mnemonic);
        if (syntax == null) throw Positions.error(ctx, "unknown op '" + mnemonic + "'");
        ParsedAttrs attrs = new ParsedAttrs(mnemonic, ctx);
        List<String> expected = syntax.attrNames();
        for (AttrContext a : ctx.attr()) {
            String name = a.ident().getText();
            if (!expected.contains(name)) {
                throw Positions.error(a, mnemonic + " has no attribute '" + name + "'; its attributes are " + expected);
            }
            if (attrs.values.putIfAbsent(name, a.attrValue()) != null) throw Positions.error(a, mnemonic + ": attribute '" + name + "' given twice");
        }
        for (String name : expected) {
            if (!attrs.values.containsKey(name)) throw Positions.error(ctx, mnemonic + ": missing attribute '" + name + "' (attributes: " + expected + ")");
        }
        try {
            return syntax.build().apply(attrs);
        } catch (IrSyntaxException e) {
            throw e;
        } catch (RuntimeException e) { // a record constructor rejecting its arguments
            throw Positions.error(ctx, mnemonic + ": " + e.getMessage());
        }
    }

    private AttrValueContext get(String name) {
        AttrValueContext v = values.get(name);
        if (v == null) throw Positions.error(where, mnemonic + ": missing attribute '" + name + "'");
        return v;
    }

    private IrSyntaxException wrong(String name, AttrValueContext v, String want) {
        return Positions.error(v, mnemonic + ": attribute '" + name + "' must be " + want + ", got " + v.getText());
    }

    /** The token text of a scalar attribute value, or null when the value is not a scalar. */
    private static String scalarText(AttrValueContext v) {
        return v instanceof ScalarValueContext s ? s.scalar().getText() : null;
    }

    private long int64(String name, AttrValueContext v) {
        ScalarContext s = v instanceof ScalarValueContext sv ? sv.scalar() : null;
        if (s == null || s.INT() == null) throw wrong(name, v, "an integer");
        try {
            return Long.parseLong(s.getText());
        } catch (NumberFormatException e) {
            throw wrong(name, v, "an integer that fits 64 bits");
        }
    }

    private int int32(String name, AttrValueContext v) {
        long l = int64(name, v);
        if (l != (int) l) throw wrong(name, v, "an integer that fits 32 bits");
        return (int) l;
    }

    private double f64(String name, AttrValueContext v) {
        ScalarContext s = v instanceof ScalarValueContext sv ? sv.scalar() : null;
        if (s == null || (s.INT() == null && s.FLOAT() == null)) throw wrong(name, v, "a number");
        try {
            return Lexical.parseDouble(s.getText());
        } catch (NumberFormatException e) {
            throw wrong(name, v, "a number");
        }
    }

    private String string(String name, AttrValueContext v) {
        ScalarContext s = v instanceof ScalarValueContext sv ? sv.scalar() : null;
        if (s == null || s.STRING() == null) throw wrong(name, v, "a quoted string");
        return Lexical.unquote(s.getText());
    }

    private <T> List<T> list(String name, Function<AttrValueContext, T> element, String want) {
        AttrValueContext v = get(name);
        if (!(v instanceof ListValueContext l)) throw wrong(name, v, "a list of " + want + " in [ ]");
        List<T> out = new ArrayList<>();
        for (AttrValueContext e : l.attrValue()) out.add(element.apply(e));
        return out;
    }

    @Override public long int64(String name) { return int64(name, get(name)); }

    @Override public int int32(String name) { return int32(name, get(name)); }

    @Override public double f64(String name) { return f64(name, get(name)); }

    @Override public boolean bool(String name) {
        AttrValueContext v = get(name);
        String t = scalarText(v);
        if (!"true".equals(t) && !"false".equals(t)) throw wrong(name, v, "true or false");
        return t.equals("true");
    }

    @Override public String string(String name) { return string(name, get(name)); }

    @Override public DType dtype(String name) {
        AttrValueContext v = get(name);
        if (!(v instanceof IdentValueContext id)) throw wrong(name, v, "an element type");
        try {
            return DType.fromIrName(id.getText());
        } catch (IllegalArgumentException e) {
            throw wrong(name, v, "an element type (one of " + Arrays.stream(DType.values()).map(DType::irName).toList() + ")");
        }
    }

    @Override public <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        AttrValueContext v = get(name);
        List<String> allowed = Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
        if (v instanceof IdentValueContext id && allowed.contains(id.getText())) {
            return Enum.valueOf(type, id.getText().toUpperCase(Locale.ROOT));
        }
        throw wrong(name, v, "one of " + allowed);
    }

    @Override public List<Long> int64s(String name) { return list(name, e -> int64(name, e), "integers"); }

    @Override public List<Integer> int32s(String name) { return list(name, e -> int32(name, e), "integers"); }

    @Override public List<Double> f64s(String name) { return list(name, e -> f64(name, e), "numbers"); }

    @Override public List<String> strings(String name) { return list(name, e -> string(name, e), "quoted strings"); }

    @Override public Tensor tensor(String name) {
        AttrValueContext v = get(name);
        if (!(v instanceof TensorValueContext t)) throw wrong(name, v, "a tensor literal dense<...>");
        return Tensors.read(t.tensorLit());
    }
}
