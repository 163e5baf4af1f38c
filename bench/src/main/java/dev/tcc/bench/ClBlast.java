package dev.tcc.bench;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * CLBlast's single-precision GEMM and GEMV ({@code libclblast.so.1}, the C API of {@code clblast_c.h}) through
 * {@code java.lang.foreign}, on buffers and a queue of a {@link ClQueue}. Matrices are row-major.
 */
public final class ClBlast {
    private static final int ROW_MAJOR = 101;
    private static final int NO_TRANSPOSE = 111;
    private static final int TRANSPOSE = 112;

    private static final MethodHandle SGEMM;
    private static final MethodHandle SGEMV;

    static {
        Linker linker = Linker.nativeLinker();
        SymbolLookup lib = SymbolLookup.libraryLookup("libclblast.so.1", Arena.global());
        // layout, transposes, sizes, alpha, (buffer, offset, leading dimension) per operand, beta, queue*, event*
        SGEMM = linker.downcallHandle(lib.findOrThrow("CLBlastSgemm"), FunctionDescriptor.of(JAVA_INT,
                JAVA_INT, JAVA_INT, JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_FLOAT,
                ADDRESS, JAVA_LONG, JAVA_LONG, ADDRESS, JAVA_LONG, JAVA_LONG, JAVA_FLOAT, ADDRESS, JAVA_LONG, JAVA_LONG,
                ADDRESS, ADDRESS));
        SGEMV = linker.downcallHandle(lib.findOrThrow("CLBlastSgemv"), FunctionDescriptor.of(JAVA_INT,
                JAVA_INT, JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_FLOAT,
                ADDRESS, JAVA_LONG, JAVA_LONG, ADDRESS, JAVA_LONG, JAVA_LONG, JAVA_FLOAT, ADDRESS, JAVA_LONG, JAVA_LONG,
                ADDRESS, ADDRESS));
    }

    private final MemorySegment queue;

    /** CLBlast calls that queue on {@code q}. */
    public ClBlast(ClQueue q) {
        queue = Arena.ofAuto().allocate(ADDRESS);
        queue.set(ADDRESS, 0, MemorySegment.ofAddress(q.queue()));
    }

    /** Queues {@code c[m,n] = a[m,k] . b[k,n]}. */
    public void sgemm(long m, long n, long k, long a, long b, long c) {
        int status = invoke(SGEMM, ROW_MAJOR, NO_TRANSPOSE, NO_TRANSPOSE, m, n, k, 1f, seg(a), 0L, k, seg(b), 0L, n, 0f, seg(c), 0L, n,
                queue, MemorySegment.NULL);
        check(status, "CLBlastSgemm");
    }

    /** Queues {@code y[n] = x[k] . b[k,n]} (the transposed matrix-vector product of row-major {@code b}). */
    public void sgemvTransposed(long k, long n, long b, long x, long y) {
        int status = invoke(SGEMV, ROW_MAJOR, TRANSPOSE, k, n, 1f, seg(b), 0L, n, seg(x), 0L, 1L, 0f, seg(y), 0L, 1L, queue, MemorySegment.NULL);
        check(status, "CLBlastSgemv");
    }

    private static MemorySegment seg(long handle) { return MemorySegment.ofAddress(handle); }

    private static int invoke(MethodHandle h, Object... args) {
        try {
            return (int) h.invokeWithArguments(args);
        } catch (Throwable t) {
            throw new IllegalStateException("calling CLBlast", t);
        }
    }

    private static void check(int status, String what) {
        if (status != 0) throw new IllegalStateException(what + " returned CLBlast status " + status);
    }
}
