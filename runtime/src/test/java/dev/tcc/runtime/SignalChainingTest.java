package dev.tcc.runtime;

import dev.tcc.runtime.opencl.OpenClBackend;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PoCL takes the JVM's crash signals on its first platform query ({@link SignalChaining}): in a JVM without
 * {@code libjsig.so} that is reported (and warned of once), and in the test JVMs, which the build starts with it
 * preloaded, the JVM keeps them and compiled Java code still makes its exceptions from them.
 */
class SignalChainingTest {

    /** Discovers OpenCL devices, then prints what {@link SignalChaining#takenOver} says; the child-JVM entry point. */
    public static final class DiscoverAndReport {
        public static void main(String[] args) {
            new OpenClBackend().discover(new ArrayList<>(), new ArrayList<>());
            System.out.println("taken: " + SignalChaining.takenOver());
            System.out.println("chained: " + SignalChaining.chained());
        }
    }

    private static String child(Map<String, String> env) throws Exception {
        List<String> cmd = List.of(ProcessHandle.current().info().command().orElse("java"),
                "--enable-native-access=ALL-UNNAMED", "-Dorg.lwjgl.system.memoryBackend=ffm",
                "-cp", System.getProperty("java.class.path"), DiscoverAndReport.class.getName());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().putAll(env);
        pb.environment().keySet().removeIf(k -> k.equals("LD_PRELOAD") && !env.containsKey(k));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    @Test
    void withoutLibjsigPoclTakesTheJvmSignalsAndTccWarnsOnce() throws Exception {
        String out = child(new HashMap<>());
        assertThat(out).contains("chained: false", "SIGSEGV (libLLVM", "SIGFPE (libpocl")
                .contains("tcc: warning: the OpenCL driver replaced the JVM's handlers of", "LD_PRELOAD=" + SignalChaining.libjsig());
        assertThat(out.split("tcc: warning:", -1)).hasSize(2);
    }

    @Test
    void withLibjsigPreloadedTheJvmKeepsThem() throws Exception {
        String out = child(Map.of("LD_PRELOAD", SignalChaining.libjsig().toString()));
        assertThat(out).contains("taken: []", "chained: true").doesNotContain("tcc: warning");
    }

    private static int divide(int a, int b) { return a / b; }

    private static int length(int[] a) { return a.length; }

    /**
     * This JVM (started by the build with libjsig preloaded) after PoCL was loaded: a division by zero and a null
     * dereference in code the JIT compiled still throw, every time. Without libjsig PoCL's SIGFPE handler stepped over
     * one of the 2000 divisions here.
     */
    @Test
    void compiledJavaCodeStillThrowsAfterPoclIsLoaded() {
        new OpenClBackend().discover(new ArrayList<>(), new ArrayList<>());
        assertThat(SignalChaining.chained()).as("the test JVM runs with libjsig preloaded (pom.xml, surefire)").isTrue();
        int[] array = new int[3];
        int arithmetic = 0, nulls = 0;
        for (int i = 0; i < 2_000_000; i++) {
            try {
                divide(i, i % 1000 == 0 ? 0 : 7);
            } catch (ArithmeticException e) {
                arithmetic++;
            }
            try {
                length(i % 1000 == 0 ? null : array);
            } catch (NullPointerException e) {
                nulls++;
            }
        }
        assertThat(arithmetic).isEqualTo(2000);
        assertThat(nulls).isEqualTo(2000);
    }
}
