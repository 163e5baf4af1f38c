package dev.tcc.codegen.spirv.grammar;

import java.util.ArrayList;
import java.util.List;

/**
 * One entry of an operand layout: the kind of operand and how many of it there are. A layout is the list of
 * these that an instruction ({@link Op#operands()}) or an enumerant ({@link SpirvEnum#parameters()}) takes.
 *
 * @param kind       what the operand is
 * @param quantifier whether it is required, optional or repeated
 */
public record OperandSpec(OperandKind kind, Quantifier quantifier) {

    /** How many operands of the kind appear. Optional and repeated operands only come last in a layout. */
    public enum Quantifier {
        /** Exactly one. */
        ONE,
        /** Zero or one ({@code ?} in the grammar). */
        OPTIONAL,
        /** Zero or more, up to the end of the instruction ({@code *} in the grammar). */
        MANY
    }

    /**
     * Parses the compact layout the generated tables carry: kinds separated by spaces, each optionally followed
     * by {@code ?} or {@code *} ({@code "IdResultType IdResult IdRef IdRef*"}).
     */
    public static List<OperandSpec> parseAll(String layout) {
        if (layout.isEmpty()) return List.of();
        List<OperandSpec> out = new ArrayList<>();
        for (String part : layout.split(" ")) {
            char last = part.charAt(part.length() - 1);
            Quantifier q = switch (last) {
                case '?' -> Quantifier.OPTIONAL;
                case '*' -> Quantifier.MANY;
                default -> Quantifier.ONE;
            };
            String kind = q == Quantifier.ONE ? part : part.substring(0, part.length() - 1);
            out.add(new OperandSpec(OperandKind.valueOf(kind), q));
        }
        return List.copyOf(out);
    }
}
