package dev.tcc.runtime.exec;

import dev.tcc.runtime.exec.Artefact.ArtefactException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reading files inside an artefact folder without trusting them: a relative path must stay inside the
 * folder, no part of it may be a symbolic link, the file must be a regular file (never a FIFO or a device,
 * which would block or never end), and its size is checked against a cap before a byte is read.
 */
final class ArtefactFiles {
    private ArtefactFiles() {}

    /** Largest manifest tcc reads (a manifest of 100,000 launches is about 100 MiB smaller). */
    static final long MAX_MANIFEST_BYTES = 64L << 20;
    /** Largest kernel file tcc reads. */
    static final long MAX_KERNEL_BYTES = 64L << 20;
    /** Largest weights file: the JVM holds it in one array. */
    static final long MAX_WEIGHT_BYTES = Integer.MAX_VALUE - 16;

    /** {@code relative} resolved inside {@code root}; refuses absolute paths and paths that climb out. */
    static Path inside(Path root, String relative) {
        if (relative.isEmpty() || relative.indexOf('\0') >= 0) throw new ArtefactException("path '" + relative + "' in " + root + " is not a file name");
        Path rel;
        try {
            rel = Path.of(relative);
        } catch (RuntimeException e) {
            throw new ArtefactException("path '" + relative + "' in " + root + " is not a valid file name");
        }
        Path p = root.resolve(rel).normalize();
        if (rel.isAbsolute() || !p.startsWith(root) || p.equals(root)) {
            throw new ArtefactException("path " + relative + " leaves the artefact directory " + root);
        }
        return p;
    }

    /** The bytes of {@code relative} inside {@code root}, at most {@code max} of them. */
    static byte[] read(Path root, String relative, long max) {
        Path p = inside(root, relative);
        BasicFileAttributes a = regularFile(root, p);
        if (a.size() > max) {
            throw new ArtefactException(p + " is " + a.size() + " bytes, more than the " + max + " tcc reads for it; the artefact is damaged");
        }
        byte[] bytes = new byte[(int) a.size()];
        readExactly(p, bytes, 0, bytes.length);
        return bytes;
    }

    /**
     * Reads the file {@code relative} ({@link #read}'s checks) into {@code dst} from {@code offset}, which must have
     * room for all of it; returns its size.
     */
    static int readInto(Path root, String relative, byte[] dst, int offset) {
        Path p = inside(root, relative);
        BasicFileAttributes a = regularFile(root, p);
        if (a.size() > dst.length - offset) throw new ArtefactException(p + " grew to " + a.size() + " bytes while tcc read the artefact");
        int size = (int) a.size();
        readExactly(p, dst, offset, size);
        return size;
    }

    /** Reads {@code p}, which must hold exactly {@code size} bytes (a file that changed size since it was checked is refused), into {@code dst}. */
    private static void readExactly(Path p, byte[] dst, int offset, int size) {
        try (SeekableByteChannel ch = Files.newByteChannel(p, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
             InputStream in = Channels.newInputStream(ch)) {
            if (in.readNBytes(dst, offset, size) != size || in.read() != -1) throw new ArtefactException(p + " changed size while tcc read it");
        } catch (IOException e) {
            throw new ArtefactException(p + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** The attributes of {@code p}, which must be a regular file reached without a symbolic link from {@code root}. */
    static BasicFileAttributes regularFile(Path root, Path p) {
        for (Path q = p; q != null && q.startsWith(root) && !q.equals(root); q = q.getParent()) {
            if (Files.isSymbolicLink(q)) {
                throw new ArtefactException(q + " is a symbolic link; an artefact holds only regular files (copy the file in its place)");
            }
        }
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!a.isRegularFile()) {
                throw new ArtefactException(p + " is not a regular file (" + (a.isDirectory() ? "a folder" : "a FIFO, socket or device")
                        + "); an artefact holds only regular files");
            }
            return a;
        } catch (NoSuchFileException e) {
            throw new ArtefactException(p + " is missing; the artefact is incomplete: compile the model again");
        } catch (IOException e) {
            throw new ArtefactException(p + ": cannot read: " + e.getMessage(), e);
        }
    }
}
