package dev.tcc.cli.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A seeded mutator: one to four edits of a seed, chosen from bit flips, interesting bytes, deleted, duplicated
 * or spliced chunks, truncation, protobuf varints of edge values, and for text seeds numbers replaced by edge
 * values (0, -1, 2^31, 2^63-1, 1.5, 1e308). The same seed and input index always give the same input.
 */
final class Mutator {
    private static final byte[] BYTES = {0, 1, -1, 0x7f, (byte) 0x80, 0x20, 0x0a, '"', '[', '{', '-', '.'};
    private static final long[] VARINTS = {0, 1, -1, 127, 128, 1L << 31, (1L << 31) - 1, 1L << 32, Long.MAX_VALUE, Long.MIN_VALUE, 20000, 4096};
    private static final String[] NUMBERS = {"0", "-1", "-5", "1", "1.5", "2147483647", "2147483648", "4294967296", "9223372036854775807",
            "-9223372036854775808", "99999999999999999999", "1e308", "-0", "1e-320", "\"1\"", "null", "[]", "{}", "true"};
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    private final List<byte[]> seeds;
    private final boolean text;

    Mutator(List<byte[]> seeds, boolean text) {
        if (seeds.isEmpty()) throw new IllegalArgumentException("no seed inputs to mutate");
        this.seeds = seeds;
        this.text = text;
    }

    /** Input {@code index} of the run with seed {@code seed}. */
    byte[] input(long seed, long index) {
        Random r = new Random(seed * 0x9E3779B97F4A7C15L + index);
        byte[] b = seeds.get(r.nextInt(seeds.size())).clone();
        int edits = 1 + r.nextInt(4);
        for (int i = 0; i < edits; i++) b = mutate(b, r);
        return b;
    }

    private byte[] mutate(byte[] b, Random r) {
        if (b.length == 0) return new byte[] {(byte) r.nextInt()};
        int at = r.nextInt(b.length);
        return switch (r.nextInt(text ? 9 : 8)) {
            case 0 -> { b[at] ^= (byte) (1 << r.nextInt(8)); yield b; }
            case 1 -> { b[at] = BYTES[r.nextInt(BYTES.length)]; yield b; }
            case 2 -> cut(b, at, Math.min(b.length - at, 1 + r.nextInt(16)));
            case 3 -> insert(b, at, Arrays.copyOfRange(b, at, Math.min(b.length, at + 1 + r.nextInt(64))));
            case 4 -> {
                byte[] other = seeds.get(r.nextInt(seeds.size()));
                int from = other.length == 0 ? 0 : r.nextInt(other.length);
                yield insert(cut(b, at, Math.min(b.length - at, r.nextInt(32))), at, Arrays.copyOfRange(other, from, Math.min(other.length, from + r.nextInt(64))));
            }
            case 5 -> Arrays.copyOf(b, at);
            case 6 -> insert(b, at, varint(VARINTS[r.nextInt(VARINTS.length)]));
            case 7 -> { b[at] = (byte) (b[at] + r.nextInt(5) - 2); yield b; }
            default -> number(b, r);
        };
    }

    /** A number in a text seed replaced by an edge value. */
    private static byte[] number(byte[] b, Random r) {
        String s = new String(b, StandardCharsets.UTF_8);
        Matcher m = NUMBER.matcher(s);
        int count = 0;
        while (m.find()) count++;
        if (count == 0) return b;
        int pick = r.nextInt(count);
        m.reset();
        for (int i = 0; i <= pick; i++) m.find();
        return (s.substring(0, m.start()) + NUMBERS[r.nextInt(NUMBERS.length)] + s.substring(m.end())).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] cut(byte[] b, int at, int n) {
        byte[] r = new byte[b.length - n];
        System.arraycopy(b, 0, r, 0, at);
        System.arraycopy(b, at + n, r, at, b.length - at - n);
        return r;
    }

    private static byte[] insert(byte[] b, int at, byte[] x) {
        byte[] r = new byte[b.length + x.length];
        System.arraycopy(b, 0, r, 0, at);
        System.arraycopy(x, 0, r, at, x.length);
        System.arraycopy(b, at, r, at + x.length, b.length - at);
        return r;
    }

    private static byte[] varint(long v) {
        byte[] out = new byte[10];
        int n = 0;
        while ((v & ~0x7FL) != 0) {
            out[n++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out[n++] = (byte) v;
        return Arrays.copyOf(out, n);
    }
}
