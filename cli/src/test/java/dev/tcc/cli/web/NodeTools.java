package dev.tcc.cli.web;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.fail;

/**
 * Test helper: runs the scripts in {@code web/src/test/js} with {@code node}, which resolves the pinned npm packages
 * ({@code webgpu}, {@code playwright-core}) from {@code web/node_modules}. Missing tools fail the test, never skip it.
 */
public final class NodeTools {
    private NodeTools() {}

    /** The repository's {@code web/} folder. */
    public static Path web() {
        Path p = Path.of("").toAbsolutePath();
        for (Path d = p; d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("web/package.json"))) return d.resolve("web");
        }
        throw new AssertionError("no web/package.json above " + p);
    }

    /** Fails with what to install unless node and the npm packages (and, with {@code browser}, Chromium) are here. */
    public static void require(boolean browser) {
        String install = "; run scripts/install-deps.sh (or apt-get install nodejs chromium) and `npm ci --prefix web`";
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) fail("`node --version` failed" + install);
        } catch (IOException e) {
            fail("node is not installed (" + e.getMessage() + ")" + install);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted");
        }
        for (String pkg : browser ? List.of("webgpu", "playwright-core") : List.of("webgpu")) {
            if (!Files.isRegularFile(web().resolve("node_modules").resolve(pkg).resolve("package.json"))) {
                fail("the npm package " + pkg + " is not installed in web/node_modules; run `npm ci --prefix web` (or scripts/install-deps.sh)");
            }
        }
        if (browser && !Files.isExecutable(Path.of(chromium()))) {
            fail("Chromium is not installed at " + chromium() + install + " (never `playwright install`: the tests use Debian's chromium)");
        }
    }

    static String chromium() {
        String c = System.getenv("CHROMIUM");
        return c != null ? c : "/usr/bin/chromium";
    }

    /** Output of a script: its JSON lines (one per result), and its whole output for messages. */
    public record Result(int status, List<JsonObject> json, String output) {}

    /** Runs {@code web/src/test/js/<script>} with {@code args}, at most {@code seconds}. */
    public static Result run(String script, long seconds, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("node", web().resolve("src/test/js").resolve(script).toString()));
        cmd.addAll(List.of(args));
        Path log = Files.createTempFile("tcc-node-", ".log");
        try {
            Process p = new ProcessBuilder(cmd).directory(web().toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                fail(script + " took more than " + seconds + " s; output:\n" + Files.readString(log));
            }
            String out = Files.readString(log, StandardCharsets.UTF_8);
            List<JsonObject> json = new ArrayList<>();
            for (String line : out.split("\n")) {
                if (line.startsWith("{")) json.add(JsonParser.parseString(line).getAsJsonObject());
            }
            return new Result(p.exitValue(), json, out);
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
