package dev.tcc.ir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reading a whole file named by a user without trusting it: it must be a regular file (a FIFO or
 * {@code /dev/zero} would block or never end) and its size is checked against a cap before a byte is read.
 */
public final class SafeFiles {
    private SafeFiles() {}

    /** The bytes of {@code file}, at most {@code max}; an {@link IOException} (with a message a user can act on) otherwise. */
    public static byte[] read(Path file, long max) throws IOException {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        if (a.isDirectory()) throw new IOException("is a folder, not a file");
        if (!a.isRegularFile()) throw new IOException("is not a regular file (a FIFO, socket or device); tcc reads only regular files");
        long cap = Math.min(max, Integer.MAX_VALUE - 16);
        if (a.size() > cap) throw new IOException("is " + Limits.human(a.size()) + ", more than the " + Limits.human(cap) + " tcc reads");
        try (InputStream in = Files.newInputStream(file)) {
            byte[] b = in.readNBytes((int) a.size() + 1);
            if (b.length > a.size()) throw new IOException("grew while tcc read it");
            return b;
        }
    }
}
