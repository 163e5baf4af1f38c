package dev.tcc.runtime.vulkan;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.LinkedHashSet;
import java.util.Set;

/** SPIR-V module words: the checks done before handing them to the driver, and conversion from file bytes. */
public final class Spirv {
    /** The first word of every SPIR-V module. */
    public static final int MAGIC = 0x07230203;

    private Spirv() {}

    /** The words of a module stored as bytes ({@code .spv} files are little-endian words; big-endian is accepted too). */
    public static int[] words(byte[] bytes) {
        if (bytes.length % 4 != 0 || bytes.length < 20) {
            throw new IllegalArgumentException("not SPIR-V: " + bytes.length + " bytes is not a whole number of words "
                    + "with a 5-word header");
        }
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (b.getInt(0) != MAGIC) b.order(ByteOrder.BIG_ENDIAN);
        int[] words = new int[bytes.length / 4];
        b.asIntBuffer().get(words);
        check(words);
        return words;
    }

    /** Throws unless {@code words} starts like a SPIR-V module. */
    static void check(int[] words) {
        if (words.length < 5 || words[0] != MAGIC) {
            throw new IllegalArgumentException("not SPIR-V: the module must start with the magic word 0x07230203, found "
                    + (words.length == 0 ? "nothing" : "0x" + Integer.toHexString(words[0])));
        }
    }

    /** The operands of the module's {@code OpCapability} instructions (they come first, right after the header). */
    public static Set<Integer> capabilities(int[] words) {
        check(words);
        Set<Integer> out = new LinkedHashSet<>();
        for (int i = 5; i < words.length; ) {
            int opcode = words[i] & 0xFFFF, count = words[i] >>> 16;
            if (count == 0) break;
            if (opcode == OP_CAPABILITY && count == 2) out.add(words[i + 1]);
            else if (opcode != OP_CAPABILITY) break;
            i += count;
        }
        return out;
    }

    private static final int OP_CAPABILITY = 17;
}
