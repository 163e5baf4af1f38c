import dev.tcc.bench.ClBlast;
import dev.tcc.bench.ClQueue;
import dev.tcc.runtime.DeviceInfo;
import dev.tcc.runtime.opencl.OpenClBackend;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The CLBlast peer on the GPU machine (scripts/gpu/bench.sh): CLBlast's SGEMM on square row-major matrices, on the
 * first OpenCL device whose name or platform contains QUERY, through the bench module's {@link ClBlast} and
 * {@link ClQueue} (compiled with this file into .gpu/diag by bundle.sh). Each size is checked first: 64 elements of
 * C against a double-precision dot product on the host (relative error at most 1e-3 of the row's magnitude). Then
 * 3 warm-up calls and 9 timed batches of 5 calls each, each batch ended by clFinish; the median batch over 5 is the
 * time of one call. Prints one JSON line per size in peers.jsonl's format ({"peer": "clblast", "work": "sgemm_N",
 * "ms": ...}). Usage: ClBlastGemm QUERY [N ...] (default 2048 4096 8192).
 */
public class ClBlastGemm {
    public static void main(String[] a) {
        String query = a.length > 0 ? a[0] : "NVIDIA";
        int[] sizes = a.length > 1 ? Arrays.stream(a, 1, a.length).mapToInt(Integer::parseInt).toArray() : new int[] {2048, 4096, 8192};
        List<DeviceInfo> found = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        new OpenClBackend().discover(found, problems);
        DeviceInfo info = found.stream()
                .filter(d -> (d.name() + " " + d.platform()).toLowerCase(Locale.ROOT).contains(query.toLowerCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new IllegalStateException("no OpenCL device matching " + query + " among " + found + "; " + problems));
        System.err.println("CLBlast on " + info.id() + " " + info.name());
        try (ClQueue q = ClQueue.on(info)) {
            ClBlast blast = new ClBlast(q);
            for (int n : sizes) {
                long bytes = 4L * n * n;
                ByteBuffer ha = random(n * n, 1), hb = random(n * n, 2);
                long da = q.buffer(bytes), db = q.buffer(bytes), dc = q.buffer(bytes);
                q.write(da, ha);
                q.write(db, hb);
                blast.sgemm(n, n, n, da, db, dc);
                q.finish();
                ByteBuffer hc = ByteBuffer.allocateDirect((int) bytes).order(ByteOrder.nativeOrder());
                q.read(dc, hc);
                check(n, ha.asFloatBuffer(), hb.asFloatBuffer(), hc.asFloatBuffer());
                for (int w = 0; w < 3; w++) blast.sgemm(n, n, n, da, db, dc);
                q.finish();
                double[] batches = new double[9];
                for (int r = 0; r < batches.length; r++) {
                    long t0 = System.nanoTime();
                    for (int i = 0; i < 5; i++) blast.sgemm(n, n, n, da, db, dc);
                    q.finish();
                    batches[r] = (System.nanoTime() - t0) / 5e6;
                }
                Arrays.sort(batches);
                double ms = batches[batches.length / 2];
                System.out.printf(Locale.ROOT, "{\"peer\": \"clblast\", \"work\": \"sgemm_%d\", \"ms\": %.4f, \"tflops\": %.2f, \"min_ms\": %.4f, \"max_ms\": %.4f}%n",
                        n, ms, 2.0 * n * n * n / ms / 1e9, batches[0], batches[batches.length - 1]);
            }
        }
    }

    private static ByteBuffer random(int count, long seed) {
        ByteBuffer b = ByteBuffer.allocateDirect(4 * count).order(ByteOrder.nativeOrder());
        Random r = new Random(seed);
        for (int i = 0; i < count; i++) b.putFloat(4 * i, (float) r.nextGaussian());
        return b;
    }

    /** 64 elements of {@code c = a . b} against a double dot product; throws when one is off. */
    private static void check(int n, FloatBuffer a, FloatBuffer b, FloatBuffer c) {
        Random r = new Random(n);
        for (int s = 0; s < 64; s++) {
            int i = r.nextInt(n), j = r.nextInt(n);
            double dot = 0, mag = 0;
            for (int k = 0; k < n; k++) {
                double p = (double) a.get(i * n + k) * b.get(k * n + j);
                dot += p;
                mag += Math.abs(p);
            }
            if (Math.abs(c.get(i * n + j) - dot) > 1e-3 * mag)
                throw new IllegalStateException("CLBlast SGEMM " + n + ": c[" + i + "," + j + "] = " + c.get(i * n + j) + ", expected " + dot);
        }
        System.err.println("CLBlast SGEMM " + n + ": 64 sampled elements match");
    }
}
