package dev.tcc.codegen.spirv.asm;

import dev.tcc.codegen.spirv.grammar.Op;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * A complete SPIR-V module: header and instructions in module order. Build one with {@link ModuleBuilder},
 * decode one with {@link SpirvReader}, print it with {@link SpirvDisassembler}.
 *
 * @param header       the five header words
 * @param instructions every instruction, in the order the binary holds them
 */
public record SpirvModule(Header header, List<Instruction> instructions) {

    /** The SPIR-V magic number, the first word of every module. */
    public static final int MAGIC = 0x07230203;

    /**
     * The module header.
     *
     * @param major     SPIR-V major version
     * @param minor     SPIR-V minor version
     * @param generator the generator's registered number (0: unregistered, which tcc is)
     * @param bound     every id in the module is below this
     * @param schema    the instruction schema, 0
     */
    public record Header(int major, int minor, int generator, int bound, int schema) {
        /** The version word: {@code 0x00MMmm00}. */
        public int versionWord() { return major << 16 | minor << 8; }
    }

    public SpirvModule {
        instructions = List.copyOf(instructions);
    }

    /**
     * The instructions of one logical section, in order: everything from the first OpFunction on belongs to
     * {@link Section#FUNCTIONS}, everything before it to the section {@link Section#of} names.
     */
    public List<Instruction> section(Section section) {
        List<Instruction> out = new ArrayList<>();
        boolean inFunctions = false;
        for (Instruction i : instructions) {
            inFunctions |= i.op() == Op.OpFunction;
            if ((inFunctions ? Section.FUNCTIONS : Section.of(i.op())) == section) out.add(i);
        }
        return out;
    }

    /** The binary as words, header first. */
    public int[] toWords() {
        Words out = new Words();
        out.add(MAGIC);
        out.add(header.versionWord());
        out.add(header.generator());
        out.add(header.bound());
        out.add(header.schema());
        for (Instruction i : instructions) i.encode(out);
        return out.toArray();
    }

    /** The binary as little-endian bytes, the form {@code .spv} files and {@code vkCreateShaderModule} take. */
    public byte[] toBytes() {
        int[] words = toWords();
        ByteBuffer buf = ByteBuffer.allocate(words.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        buf.asIntBuffer().put(words);
        return buf.array();
    }

    /** Readable text, one instruction a line, in the manner of {@code spirv-dis}. */
    public String disassemble() { return SpirvDisassembler.disassemble(this); }
}
