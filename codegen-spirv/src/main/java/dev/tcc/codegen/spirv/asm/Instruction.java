package dev.tcc.codegen.spirv.asm;

import dev.tcc.codegen.spirv.grammar.Op;

import java.util.List;
import java.util.Objects;

/**
 * One SPIR-V instruction as a plain value: the opcode and its operands in binary order, result type and result
 * id first when {@code op} has them. Instructions compare by value, so a module can be checked word for word
 * and rebuilt from what {@link SpirvReader} decodes.
 *
 * @param op       the instruction
 * @param operands every operand after the first word, in order
 */
public record Instruction(Op op, List<Operand> operands) {

    /** Largest word count the 16-bit field of an instruction's first word can hold. */
    public static final int MAX_WORDS = 0xffff;

    public Instruction {
        Objects.requireNonNull(op, "op");
        operands = List.copyOf(operands);
        int ids = (op.hasResultType() ? 1 : 0) + (op.hasResult() ? 1 : 0);
        for (int i = 0; i < ids; i++) {
            if (i >= operands.size() || !(operands.get(i) instanceof Operand.Id)) {
                throw new SpirvFormatException(op + " needs " + (ids == 2 ? "a result type and a result id" : "a result id")
                        + " as its first operands, got " + operands);
            }
        }
        int words = 1;
        for (Operand o : operands) words += o.wordCount();
        if (words > MAX_WORDS) throw new SpirvFormatException(op + " is too long: " + words + " words");
    }

    /** An instruction with the given operands. */
    public static Instruction of(Op op, Operand... operands) { return new Instruction(op, List.of(operands)); }

    /** The result type id, or 0 when the instruction has none. */
    public int resultType() { return op.hasResultType() ? ((Operand.Id) operands.getFirst()).id() : 0; }

    /** The result id, or 0 when the instruction defines none. */
    public int resultId() {
        if (!op.hasResult()) return 0;
        return ((Operand.Id) operands.get(op.hasResultType() ? 1 : 0)).id();
    }

    /** The total number of words, the opcode word included. */
    public int wordCount() {
        int n = 1;
        for (Operand o : operands) n += o.wordCount();
        return n;
    }

    /** Appends the encoded instruction. */
    public void encode(Words out) {
        out.add(wordCount() << 16 | op.opcode());
        for (Operand o : operands) o.encode(out);
    }
}
