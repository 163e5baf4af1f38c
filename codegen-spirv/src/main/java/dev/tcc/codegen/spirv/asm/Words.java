package dev.tcc.codegen.spirv.asm;

import java.util.Arrays;

/** A growable list of 32-bit words, the unit SPIR-V is written in. */
public final class Words {
    private int[] words = new int[256];
    private int size;

    /** Appends one word. */
    public void add(int word) {
        if (size == words.length) words = Arrays.copyOf(words, size * 2);
        words[size++] = word;
    }

    /** Overwrites the word at {@code index}. */
    public void set(int index, int word) {
        if (index >= size) throw new IndexOutOfBoundsException(index);
        words[index] = word;
    }

    public int size() { return size; }

    /** A copy of the words written so far. */
    public int[] toArray() { return Arrays.copyOf(words, size); }
}
