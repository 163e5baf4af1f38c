package dev.tcc.runtime.exec;

import dev.tcc.runtime.exec.Artefact.ArtefactException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The folder an artefact is written to. tcc's own entries are {@code manifest.json}, {@code weights.bin} and
 * {@code kernels/} with the files in it, and for WebGPU the browser bundle's {@code tcc.js}, {@code index.html},
 * {@code bundle.json} and {@code web/} with the files in it; an earlier artefact's entries are removed first (so no stale kernel
 * file stays), other entries make the write fail unless forced, and files are created afresh, never through
 * a symbolic link (a link where tcc writes is removed, the file it points to is never touched).
 */
final class ArtefactFolder {
    private ArtefactFolder() {}

    static final Set<String> OWN = Set.of("manifest.json", "weights.bin", "kernels", "tcc.js", "index.html", "bundle.json", "web");
    /** The entries of {@link #OWN} that are folders of tcc's files. */
    private static final Set<String> FOLDERS = Set.of("kernels", "web");

    /**
     * Prepares {@code root} for a new artefact and returns the entries it removed (relative names).
     *
     * @param force keep entries that are not tcc's instead of refusing the folder
     */
    static List<String> prepare(Path root, boolean force) {
        try {
            if (Files.isSymbolicLink(root) || Files.exists(root, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
                throw new ArtefactException(root + " exists and is not a folder (or is a symbolic link); name a folder to write the artefact to");
            }
            Files.createDirectories(root);
            List<String> foreign = new ArrayList<>(), removed = new ArrayList<>();
            for (Path p : list(root)) {
                String name = p.getFileName().toString();
                if (!OWN.contains(name)) foreign.add(name);
                else if (FOLDERS.contains(name) && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    for (Path k : list(p)) {
                        if (Files.isDirectory(k, LinkOption.NOFOLLOW_LINKS)) foreign.add(name + "/" + k.getFileName());
                    }
                }
            }
            if (!foreign.isEmpty() && !force) {
                throw new ArtefactException(root + " holds files tcc did not write (" + String.join(", ", foreign.stream().sorted().limit(5).toList())
                        + (foreign.size() > 5 ? ", ..." : "") + "); choose an empty or new folder, or pass --force to write beside them");
            }
            for (String name : OWN.stream().sorted().toList()) {
                Path p = root.resolve(name);
                if (FOLDERS.contains(name) && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    for (Path k : list(p)) {
                        if (!Files.isDirectory(k, LinkOption.NOFOLLOW_LINKS)) {
                            Files.delete(k);
                            removed.add(name + "/" + k.getFileName());
                        }
                    }
                } else if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(p); // a link is removed itself, never followed
                    removed.add(name);
                }
            }
            if (!Files.isDirectory(root.resolve("kernels"), LinkOption.NOFOLLOW_LINKS)) Files.createDirectory(root.resolve("kernels"));
            return removed;
        } catch (IOException e) {
            throw new ArtefactException("cannot prepare " + root + " for the artefact: " + e, e);
        }
    }

    /** Creates {@code p} with {@code bytes}; fails rather than write through anything already there. */
    static void create(Path p, byte[] bytes) throws IOException {
        Files.write(p, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }
}
