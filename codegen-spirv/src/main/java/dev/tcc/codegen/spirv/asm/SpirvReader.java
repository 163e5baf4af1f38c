package dev.tcc.codegen.spirv.asm;

import dev.tcc.codegen.spirv.grammar.Enumerants;
import dev.tcc.codegen.spirv.grammar.Op;
import dev.tcc.codegen.spirv.grammar.OperandKind;
import dev.tcc.codegen.spirv.grammar.OperandSpec;
import dev.tcc.codegen.spirv.grammar.SpirvEnum;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes a SPIR-V binary into a {@link SpirvModule}, operand by operand, following the operand layouts of the
 * generated grammar tables (enumerant parameters included). Writing the result again gives the same words.
 */
public final class SpirvReader {
    private final int[] words;
    private int pos;
    private int end;
    private Op op;

    private SpirvReader(int[] words) { this.words = words; }

    /** Decodes a little- or big-endian byte image (a {@code .spv} file). */
    public static SpirvModule read(byte[] bytes) {
        if (bytes.length % 4 != 0) throw new SpirvFormatException("a SPIR-V binary is whole words; got " + bytes.length + " bytes");
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length >= 4 && buf.getInt(0) != SpirvModule.MAGIC) buf.order(ByteOrder.BIG_ENDIAN);
        int[] words = new int[bytes.length / 4];
        buf.asIntBuffer().get(words);
        return read(words);
    }

    /** Decodes a module given as words. */
    public static SpirvModule read(int[] words) {
        if (words.length < 5) throw new SpirvFormatException("a SPIR-V module starts with a 5-word header; got " + words.length + " words");
        if (words[0] != SpirvModule.MAGIC) {
            throw new SpirvFormatException(String.format("not SPIR-V: magic number 0x%08x, expected 0x%08x", words[0], SpirvModule.MAGIC));
        }
        var header = new SpirvModule.Header(words[1] >>> 16 & 0xff, words[1] >>> 8 & 0xff, words[2], words[3], words[4]);
        return new SpirvModule(header, new SpirvReader(words).instructions());
    }

    private List<Instruction> instructions() {
        List<Instruction> out = new ArrayList<>();
        int at = 5;
        while (at < words.length) {
            int count = words[at] >>> 16;
            int opcode = words[at] & 0xffff;
            if (count == 0 || at + count > words.length) {
                throw new SpirvFormatException("word " + at + ": instruction of " + count + " words runs past the end (" + words.length + ")");
            }
            op = Op.fromOpcode(opcode);
            if (op == null) throw new SpirvFormatException("word " + at + ": unknown opcode " + opcode);
            pos = at + 1;
            end = at + count;
            try {
                out.add(new Instruction(op, layout(op.operands())));
            } catch (IllegalArgumentException e) {
                throw new SpirvFormatException("word " + at + ", " + op + ": " + e.getMessage());
            }
            if (pos != end) throw new SpirvFormatException("word " + at + ", " + op + ": " + (end - pos) + " words left over after the operands");
            at = end;
        }
        return out;
    }

    private List<Operand> layout(List<OperandSpec> specs) {
        List<Operand> out = new ArrayList<>();
        decode(specs, out);
        return out;
    }

    private void decode(List<OperandSpec> specs, List<Operand> out) {
        for (OperandSpec spec : specs) {
            switch (spec.quantifier()) {
                case ONE -> {
                    if (pos >= end) throw new SpirvFormatException(op + ": missing " + spec.kind() + " operand at word " + pos);
                    kind(spec.kind(), out);
                }
                case OPTIONAL -> {
                    if (pos < end) kind(spec.kind(), out);
                }
                case MANY -> {
                    while (pos < end) kind(spec.kind(), out);
                }
            }
        }
    }

    private void kind(OperandKind kind, List<Operand> out) {
        switch (kind.category()) {
            case ID -> out.add(new Operand.Id(next()));
            case LITERAL -> literal(kind, out);
            case VALUE_ENUM -> {
                int w = next();
                SpirvEnum e = Enumerants.fromValue(kind, w);
                if (e == null) {
                    out.add(new Operand.Literal(w));   // a value newer than the grammar: keep the word
                } else {
                    out.add(new Operand.Enumerant(e));
                    decode(e.parameters(), out);
                }
            }
            case BIT_ENUM -> {
                int mask = next();
                out.add(new Operand.Mask(kind, mask));
                for (int bit = 0; bit < 32; bit++) {
                    if ((mask & 1 << bit) == 0) continue;
                    SpirvEnum e = Enumerants.fromValue(kind, 1 << bit);
                    if (e != null) decode(e.parameters(), out);
                }
            }
            case COMPOSITE -> {
                for (OperandKind base : kind.bases()) kind(base, out);
            }
        }
    }

    private void literal(OperandKind kind, List<Operand> out) {
        switch (kind) {
            case LiteralString -> out.add(new Operand.Str(string()));
            // the width follows the result type; it is always the last operand, so take the rest
            case LiteralContextDependentNumber -> {
                while (pos < end) out.add(new Operand.Literal(next()));
            }
            default -> out.add(new Operand.Literal(next()));
        }
    }

    private String string() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        while (true) {
            int w = next();
            for (int b = 0; b < 4; b++) {
                int c = w >>> (8 * b) & 0xff;
                if (c == 0) return bytes.toString(StandardCharsets.UTF_8);
                bytes.write(c);
            }
        }
    }

    private int next() {
        if (pos >= end) throw new SpirvFormatException(op + ": operands run past the instruction's word count");
        return words[pos++];
    }
}
