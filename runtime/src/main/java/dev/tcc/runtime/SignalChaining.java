package dev.tcc.runtime;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * Whether the JVM still receives the signals its own compiled code raises on purpose. HotSpot's compiled code turns a
 * null dereference into SIGSEGV and an integer division by zero into SIGFPE, and its handlers make the exceptions of
 * them. A native library that installs handlers over the JVM's takes those signals away, and drivers do:
 * <ul>
 *   <li>PoCL, on its first {@code clGetPlatformIDs}: LLVM's crash handler takes SIGSEGV, SIGBUS and SIGILL (the next
 *       implicit null check may end the process with "Segmentation fault" and no JVM error report, as one CI run
 *       did), and PoCL's own SIGFPE handler steps over the faulting division (Java's {@code x / 0} in compiled code
 *       then yields a value instead of an {@link ArithmeticException}, seen here);</li>
 *   <li>NVIDIA's Vulkan driver takes SIGSEGV (crashes seen on the GPU machine).</li>
 * </ul>
 * The JDK's {@code libjsig.so}, preloaded ({@code LD_PRELOAD}), chains the two: the JVM sees each signal first and
 * passes on those that are not its own. {@code ./tcc} and the test JVMs preload it; in a JVM that does not,
 * {@link #warnIfTakenOver} says once what was taken and how to start Java instead.
 *
 * <p>Linux only (x86-64 and AArch64 share the {@code struct sigaction} prefix read here); elsewhere nothing is
 * reported.
 */
public final class SignalChaining {
    private SignalChaining() {}

    /** The signals HotSpot handles itself, with their Linux numbers. */
    private static final Map<String, Integer> JVM_SIGNALS = Map.of("SIGSEGV", 11, "SIGBUS", 7, "SIGFPE", 8, "SIGILL", 4);
    private static final AtomicBoolean WARNED = new AtomicBoolean();

    /** Whether {@code libjsig.so} is loaded in this process, so that the JVM's handlers chain to any installed later. */
    public static boolean chained() {
        try {
            return Files.readString(Path.of("/proc/self/maps")).contains("/libjsig.so");
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /**
     * The JVM's signals whose handler now lies outside the JVM, each with the library that holds it
     * ({@code "SIGSEGV (libLLVM-15.so.1)"}), in signal-number order; empty when signals chain ({@link #chained}),
     * when the JVM holds them all, or where this cannot be told (not Linux).
     */
    public static List<String> takenOver() {
        if (!isLinux() || chained()) return List.of();
        try {
            Linker linker = Linker.nativeLinker();
            SymbolLookup libc = linker.defaultLookup().or(SymbolLookup.libraryLookup("libc.so.6", Arena.global()));
            MethodHandle sigaction = linker.downcallHandle(libc.findOrThrow("sigaction"), FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS));
            MethodHandle dladdr = linker.downcallHandle(libc.findOrThrow("dladdr"), FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
            Map<Integer, String> taken = new TreeMap<>();
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment action = arena.allocate(256); // struct sigaction is 152 bytes on x86-64; its handler comes first
                MemorySegment info = arena.allocate(64);    // Dl_info: file name, base, symbol name, symbol address
                for (Map.Entry<String, Integer> s : JVM_SIGNALS.entrySet()) {
                    if ((int) sigaction.invokeExact(s.getValue().intValue(), MemorySegment.NULL, action) != 0) continue;
                    long handler = action.get(JAVA_LONG, 0);
                    if (handler == 0 || handler == 1) continue; // SIG_DFL / SIG_IGN: nobody's, and not the JVM's loss to report
                    String library = (int) dladdr.invokeExact(MemorySegment.ofAddress(handler), info) != 0
                            ? info.get(ADDRESS, 0).reinterpret(4096).getString(0) : "an unknown library";
                    if (!library.contains("libjvm")) taken.put(s.getValue(), s.getKey() + " (" + Path.of(library).getFileName() + ")");
                }
            }
            return List.copyOf(taken.values());
        } catch (Throwable e) { // no libc symbols where expected: nothing can be told
            return List.of();
        }
    }

    /**
     * Once per process, after {@code driver} was loaded: when it took any of the JVM's signals ({@link #takenOver}),
     * prints a warning to standard error naming them and how to start Java so that they chain. Returns the taken
     * signals.
     */
    public static List<String> warnIfTakenOver(String driver) {
        List<String> taken = takenOver();
        if (!taken.isEmpty() && WARNED.compareAndSet(false, true)) {
            System.err.println("tcc: warning: " + driver + " replaced the JVM's handlers of " + String.join(", ", taken)
                    + "; Java code in this process may then crash or lose an exception. Start Java with LD_PRELOAD="
                    + libjsig() + " (./tcc does) to chain them.");
        }
        return taken;
    }

    /** The JDK's signal-chaining library of this JVM. */
    public static Path libjsig() { return Path.of(System.getProperty("java.home"), "lib", "libjsig.so"); }

    private static boolean isLinux() { return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux"); }
}
