package dev.tcc.runtime.vulkan;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

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
}
