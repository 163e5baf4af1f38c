package dev.tcc.codegen.common;

/**
 * A rendered expression and the precedence of its outermost operator, so that the enclosing expression
 * knows whether to parenthesise it. Higher binds tighter; the levels are C's ({@link #PRIMARY} for
 * names, literals, calls and indexing down to {@link #CONDITIONAL} for {@code ?:}).
 */
public record Code(String text, int precedence) {
    public static final int PRIMARY = 16;
    public static final int UNARY = 14;
    public static final int MULTIPLICATIVE = 13;
    public static final int ADDITIVE = 12;
    public static final int SHIFT = 11;
    public static final int RELATIONAL = 10;
    public static final int EQUALITY = 9;
    public static final int BIT_AND = 8;
    public static final int BIT_XOR = 7;
    public static final int BIT_OR = 6;
    public static final int LOGICAL_AND = 5;
    public static final int LOGICAL_OR = 4;
    public static final int CONDITIONAL = 3;

    /** A name, literal, call or other atom. */
    public static Code primary(String text) { return new Code(text, PRIMARY); }

    /** A prefix operator or cast applied to {@code operand}. */
    public static Code prefix(String op, Code operand) {
        String inner = operand.precedence < UNARY || operand.text.startsWith("-") && op.endsWith("-")
                ? "(" + operand.text + ")" : operand.text;
        return new Code(op + inner, UNARY);
    }

    /** {@code name(args...)}. */
    public static Code call(String name, Code... args) {
        StringBuilder b = new StringBuilder(name).append('(');
        for (int i = 0; i < args.length; i++) b.append(i > 0 ? ", " : "").append(args[i].text);
        return primary(b.append(')').toString());
    }

    /** This code parenthesised when it binds looser than {@code level}. */
    public String at(int level) { return precedence < level ? "(" + text + ")" : text; }

    @Override public String toString() { return text; }
}
