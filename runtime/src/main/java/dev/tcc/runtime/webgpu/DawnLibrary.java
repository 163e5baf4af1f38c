package dev.tcc.runtime.webgpu;

import java.lang.foreign.Arena;
import java.lang.foreign.SymbolLookup;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds and loads Dawn's C API library, {@code libwebgpu_wrapper.so} from npm {@code bun-webgpu-linux-x64@0.1.7}
 * (pinned in {@code web/package-lock.json}).
 *
 * <p>Where it looks, first hit wins: the system property {@value #PROPERTY}, the environment variable
 * {@value #ENV} (each a path to the {@code .so}), then {@value #RELATIVE} in the working directory and each
 * directory above it (so tests run from a module folder find the checkout's {@code web/}). The library is
 * loaded once per JVM into the global arena: Dawn keeps threads and static state that must outlive every
 * device.
 */
public final class DawnLibrary {
    /** System property naming the library file. */
    public static final String PROPERTY = "tcc.dawn.lib";
    /** Environment variable naming the library file. */
    public static final String ENV = "TCC_DAWN_LIB";
    /** Where {@code npm ci --prefix web} puts it, relative to the checkout. */
    public static final String RELATIVE = "web/node_modules/bun-webgpu-linux-x64/libwebgpu_wrapper.so";

    private static volatile SymbolLookup loaded;
    private static volatile Path loadedFrom;

    private DawnLibrary() {}

    /** The library this JVM uses, loading it on first call. */
    static SymbolLookup lookup() {
        SymbolLookup l = loaded;
        if (l != null) return l;
        synchronized (DawnLibrary.class) {
            if (loaded == null) {
                Path path = locate(System.getProperty(PROPERTY), System.getenv(ENV), Path.of(""));
                try {
                    loaded = SymbolLookup.libraryLookup(path, Arena.global());
                    loadedFrom = path;
                } catch (IllegalArgumentException e) {
                    throw new DawnMissingException("cannot load Dawn from " + path + " (" + e.getMessage()
                            + "); " + DawnMissingException.LIBRARY_HINT, e);
                }
            }
            return loaded;
        }
    }

    /** The file loaded, or null before the first device. */
    public static Path loadedFrom() { return loadedFrom; }

    /**
     * Where the library is: {@code property}, else {@code env}, else {@value #RELATIVE} under {@code start}
     * or a parent of it. Throws a one-line {@link DawnMissingException} naming the fix when none exists.
     */
    public static Path locate(String property, String env, Path start) {
        for (String[] given : new String[][]{{property, "-D" + PROPERTY}, {env, ENV}}) {
            if (given[0] == null || given[0].isBlank()) continue;
            Path p = Path.of(given[0]);
            if (Files.isRegularFile(p)) return p.toAbsolutePath();
            throw new DawnMissingException(given[1] + " names " + p + ", which does not exist; "
                    + DawnMissingException.LIBRARY_HINT);
        }
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path p = dir.resolve(RELATIVE);
            if (Files.isRegularFile(p)) return p;
        }
        throw new DawnMissingException("Dawn (libwebgpu_wrapper.so) not found: no " + RELATIVE + " in "
                + start.toAbsolutePath().normalize() + " or above; " + DawnMissingException.LIBRARY_HINT);
    }
}
