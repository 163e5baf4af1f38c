package dev.tcc.ir.text;

import java.util.regex.Pattern;

/**
 * The lexical rules of textual IR that the {@link Printer} and the parser must agree on: which names
 * print bare, how strings are quoted and escaped, and how floating numbers are spelt.
 */
public final class Lexical {
    private Lexical() {}

    /** Names made only of these characters print without quotes (the grammar's {@code NAME} fragment). */
    private static final Pattern BARE = Pattern.compile("[A-Za-z0-9_.]+");

    /** The decimal numbers textual IR accepts (the grammar's INT and finite FLOAT tokens). */
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]*)?([eE][+-]?[0-9]+)?");

    /** A value, graph or node name: bare when it is made of {@code [A-Za-z0-9_.]}, else quoted. */
    public static String name(String s) {
        return BARE.matcher(s).matches() ? s : quote(s);
    }

    /**
     * A double-quoted string literal. {@code "} and {@code \} are escaped with a backslash, newline, carriage
     * return and tab as {@code \n \r \t}; other control characters and unpaired surrogates as {@code \}{@code uXXXX}.
     * Everything else (all of Unicode) is kept as it is.
     */
    public static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    boolean pairedHigh = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
                    if (pairedHigh) {
                        b.append(c).append(s.charAt(++i));
                    } else if (c < 0x20 || c == 0x7f || Character.isSurrogate(c)) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /**
     * The string a literal printed by {@link #quote} stands for.
     *
     * @throws IllegalArgumentException if {@code literal} is not a well-formed quoted string
     */
    public static String unquote(String literal) {
        if (literal.length() < 2 || literal.charAt(0) != '"' || literal.charAt(literal.length() - 1) != '"') {
            throw new IllegalArgumentException("not a quoted string: " + literal);
        }
        StringBuilder b = new StringBuilder(literal.length());
        for (int i = 1; i < literal.length() - 1; i++) {
            char c = literal.charAt(i);
            if (c != '\\') {
                b.append(c);
                continue;
            }
            if (i + 1 >= literal.length() - 1) throw new IllegalArgumentException("dangling backslash in " + literal);
            char e = literal.charAt(++i);
            switch (e) {
                case '"', '\\' -> b.append(e);
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 't' -> b.append('\t');
                case 'u' -> {
                    if (i + 4 >= literal.length()) throw new IllegalArgumentException("short \\u escape in " + literal);
                    b.append((char) Integer.parseInt(literal.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> throw new IllegalArgumentException("unknown escape \\" + e + " in " + literal);
            }
        }
        return b.toString();
    }

    /**
     * A double that reads back exactly: {@code nan}, {@code inf}, {@code -inf}, else {@link Double#toString}
     * (the shortest decimal that identifies the double; always has a {@code .} or an exponent).
     */
    public static String formatDouble(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        return Double.toString(d);
    }

    /** A float that reads back exactly with {@link #parseFloat}; spelt like {@link #formatDouble}. */
    public static String formatFloat(float f) {
        if (Float.isNaN(f)) return "nan";
        if (Float.isInfinite(f)) return f > 0 ? "inf" : "-inf";
        return Float.toString(f);
    }

    /** Reads a number spelt by {@link #formatDouble} (or an integer). */
    public static double parseDouble(String token) {
        return switch (token) {
            case "nan" -> Double.NaN;
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(checkDecimal(token));
        };
    }

    /** Reads a number spelt by {@link #formatFloat} (or an integer), rounding to float once. */
    public static float parseFloat(String token) {
        return switch (token) {
            case "nan" -> Float.NaN;
            case "inf" -> Float.POSITIVE_INFINITY;
            case "-inf" -> Float.NEGATIVE_INFINITY;
            default -> Float.parseFloat(checkDecimal(token));
        };
    }

    /** Java's parsers also accept "Infinity", hex floats and a trailing 'd'/'f'; textual IR does not. */
    private static String checkDecimal(String token) {
        if (!DECIMAL.matcher(token).matches()) throw new NumberFormatException("not a number: " + token);
        return token;
    }
}
