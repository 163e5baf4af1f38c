package dev.tcc.codegen.spirv.asm;

import dev.tcc.codegen.spirv.grammar.OperandKind;
import dev.tcc.codegen.spirv.grammar.SpirvEnum;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One operand of an {@link Instruction}, as a plain value. An instruction's operands are the flat sequence the
 * binary holds: an enumerant's parameters (ArrayStride's stride, LocalSize's three sizes) follow it as
 * separate operands, exactly as they are encoded.
 */
public sealed interface Operand permits Operand.Id, Operand.Literal, Operand.Str, Operand.Enumerant, Operand.Mask {

    /** The number of words this operand takes. */
    int wordCount();

    /** Appends the encoded words. */
    void encode(Words out);

    /** A result, type or other id. */
    record Id(int id) implements Operand {
        public Id {
            if (id <= 0) throw new IllegalArgumentException("SPIR-V ids start at 1, got " + id);
        }

        @Override public int wordCount() { return 1; }

        @Override public void encode(Words out) { out.add(id); }
    }

    /** One word of a literal number (a 64-bit constant is two of these, low word first). */
    record Literal(int word) implements Operand {
        @Override public int wordCount() { return 1; }

        @Override public void encode(Words out) { out.add(word); }
    }

    /** A literal string: UTF-8, NUL-terminated, padded with NULs to whole words, little-endian in each word. */
    record Str(String text) implements Operand {
        public Str {
            Objects.requireNonNull(text, "text");
            if (text.indexOf('\0') >= 0) throw new IllegalArgumentException("a SPIR-V string cannot contain NUL: " + text);
        }

        @Override public int wordCount() { return text.getBytes(StandardCharsets.UTF_8).length / 4 + 1; }

        @Override public void encode(Words out) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            for (int w = 0; w < bytes.length / 4 + 1; w++) {
                int word = 0;
                for (int b = 0; b < 4; b++) {
                    int i = w * 4 + b;
                    if (i < bytes.length) word |= (bytes[i] & 0xff) << (8 * b);
                }
                out.add(word);
            }
        }
    }

    /** An enumerant of a value enum kind (Capability, StorageClass, Decoration, ...). */
    record Enumerant(SpirvEnum value) implements Operand {
        public Enumerant {
            Objects.requireNonNull(value, "value");
        }

        @Override public int wordCount() { return 1; }

        @Override public void encode(Words out) { out.add(value.value()); }
    }

    /** A bit mask of a bit enum kind (FunctionControl, LoopControl, MemorySemantics, ...). */
    record Mask(OperandKind kind, int bits) implements Operand {
        public Mask {
            if (kind.category() != OperandKind.Category.BIT_ENUM) throw new IllegalArgumentException(kind + " is not a bit enum");
        }

        @Override public int wordCount() { return 1; }

        @Override public void encode(Words out) { out.add(bits); }
    }

    /** An id operand. */
    static Id id(int id) { return new Id(id); }

    /** A one-word literal. */
    static Literal lit(int word) { return new Literal(word); }

    /** A literal string. */
    static Str str(String text) { return new Str(text); }

    /** A value enumerant. */
    static Enumerant of(SpirvEnum value) { return new Enumerant(value); }

    /** The mask of the given bits of bit enum {@code kind} (none: the {@code None} mask, 0). */
    static Mask mask(OperandKind kind, SpirvEnum... bits) {
        int m = 0;
        for (SpirvEnum b : bits) m |= b.value();
        return new Mask(kind, m);
    }
}
