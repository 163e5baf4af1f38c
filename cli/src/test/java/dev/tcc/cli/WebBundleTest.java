package dev.tcc.cli;

import com.google.gson.JsonObject;
import dev.tcc.cli.exec.TensorFiles;
import dev.tcc.cli.web.NodeTools;
import dev.tcc.cli.web.StaticServer;
import dev.tcc.ir.Tensor;
import dev.tcc.runtime.exec.Artefact;
import dev.tcc.web.WebBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser bundle of {@code tcc compile --target webgpu}: the shared models' bundles run through tcc.js's API
 * under Node (Dawn from the {@code webgpu} npm package, on the machine's Vulkan driver) and in headless Chromium
 * (its SwiftShader adapter, no shader-f16) from a server on 127.0.0.1, and give the outputs in the models'
 * test_data_set_0; a second browser visit takes its weights from Cache Storage.
 *
 * <p>Tolerance: |actual - expected| <= atol + rtol |expected| with rtol 1e-3 and atol 1e-4 scaled down to the
 * output's own magnitude (1e-4 max|expected| when that is below 1): mobilenet_v3_small's untrained outputs are
 * about 1e-9, which a plain atol of 1e-4 would pass whatever the kernels computed.
 */
class WebBundleTest {
    private static final double RTOL = 1e-3, ATOL = 1e-4;

    @TempDir static Path tmp;
    private static final Map<String, Path> BUNDLES = new ConcurrentHashMap<>();

    /** The bundle of shared model {@code name}, compiled once per test class through the CLI. */
    private static Path bundle(String name) {
        return BUNDLES.computeIfAbsent(name, n -> {
            Path out = tmp.resolve(n);
            Cli c = Cli.run("compile", model(n).toString(), "--target", "webgpu", "-o", out.toString());
            assertThat(c.status()).as(c.err()).isZero();
            assertThat(c.out()).contains("browser bundle: tcc.js");
            return out;
        });
    }

    private static Path model(String name) { return SharedData.models().resolve(name).resolve("model.onnx"); }

    @ParameterizedTest
    @ValueSource(strings = {"mlp", "distilbert", "mobilenet_v3_small"})
    void nodeRunsTheBundleThroughTccJs(String name) throws Exception {
        NodeTools.require(false);
        // distilbert's int64 input_ids go in as an Int32Array here; the demo page in Chromium gives them as BigInt64Array
        NodeTools.Result r = NodeTools.run("run-node.mjs", 540, bundle(name).toString(), name.equals("distilbert") ? "--int32" : "--");
        assertThat(r.status()).as(r.output()).isZero();
        assertMatchesTestData(name, r.json().getFirst(), r.output());
    }

    @ParameterizedTest
    @ValueSource(strings = {"mlp", "distilbert", "mobilenet_v3_small"})
    void chromiumRunsTheDemoPage(String name) throws Exception {
        NodeTools.require(true);
        try (StaticServer server = new StaticServer(bundle(name))) {
            NodeTools.Result r = NodeTools.run("run-browser.mjs", 540, server.url("index.html"));
            assertThat(r.status()).as(r.output()).isZero();
            assertMatchesTestData(name, r.json().getFirst(), r.output());
        }
    }

    /** Small ONNX node cases whose inputs or outputs are int64, f16 (packed into u32 words without shader-f16), bool and int16. */
    @ParameterizedTest
    @ValueSource(strings = {"test_argmax_default_axis_example", "test_cast_FLOAT_to_FLOAT16", "test_equal", "test_gather_0", "test_mul_int16",
            "test_not_2d", "test_where_example"})
    void nodeRunsBundlesOfNarrowAndWideTypes(String name, @TempDir Path dir) throws Exception {
        NodeTools.require(false);
        Path model = SharedData.nodeCase(name);
        Cli c = Cli.run("compile", model.resolve("model.onnx").toString(), "--target", "webgpu", "-o", dir.toString());
        assertThat(c.status()).as(c.err()).isZero();
        NodeTools.Result r = NodeTools.run("run-node.mjs", 120, dir.toString());
        assertThat(r.status()).as(r.output()).isZero();
        assertMatchesTestData(model, dir, r.json().getFirst(), r.output());
    }

    /**
     * An f16 bundle (f16 weights and intermediates) carries two kernel variants: Dawn on lavapipe, which has shader-f16,
     * runs the native-f16 one, headless Chromium's SwiftShader, which has not, the base kernels with halves packed in
     * u32 words; both give ONNX Runtime's outputs to f16-storage accuracy.
     */
    @Test
    void anF16BundleRunsTheVariantEachAdapterCan(@TempDir Path dir) throws Exception {
        NodeTools.require(true);
        Cli c = Cli.run("compile", model("mlp").toString(), "--target", "webgpu", "--precision", "f16", "-o", dir.toString());
        assertThat(c.status()).as(c.err()).isZero();
        NodeTools.Result node = NodeTools.run("run-node.mjs", 120, dir.toString());
        assertThat(node.status()).as(node.output()).isZero();
        assertThat(node.json().getFirst().get("variant").getAsString()).isEqualTo("f16");
        // f16 storage rounds every weight and stored activation to an 11-bit significand (relative error up to 2^-11
        // each), so this bundle is held to 1e-2 relative rather than the f32 bundles' tolerance
        assertMatchesTestData(SharedData.models().resolve("mlp"), dir, node.json().getFirst(), node.output(), 1e-2, 1e-3);
        try (StaticServer server = new StaticServer(dir)) {
            NodeTools.Result page = NodeTools.run("run-browser.mjs", 540, server.url("index.html"));
            assertThat(page.status()).as(page.output()).isZero();
            assertThat(page.json().getFirst().get("variant").getAsString()).isEqualTo("base");
            assertMatchesTestData(SharedData.models().resolve("mlp"), dir, page.json().getFirst(), page.output(), 1e-2, 1e-3);
        }
    }

    @Test
    void aSecondVisitTakesTheWeightsFromCacheStorage() throws Exception {
        NodeTools.require(true);
        try (StaticServer server = new StaticServer(bundle("mlp"))) {
            NodeTools.Result r = NodeTools.run("run-browser.mjs", 300, server.url("index.html"), server.url("index.html"));
            assertThat(r.status()).as(r.output()).isZero();
            assertThat(r.json()).hasSize(2);
            assertThat(r.json().get(0).get("weightBytesDownloaded").getAsLong()).isEqualTo(Files.size(bundle("mlp").resolve("weights.bin")));
            assertThat(r.json().get(1).get("weightBytesDownloaded").getAsLong()).as("second visit").isZero();
            assertThat(server.requests("weights.bin")).as("weight requests at the server, both visits (%s)", server.paths()).isEqualTo(1);
            assertThat(server.requests("kernels/k0_matmul.wgsl") + server.requests("manifest.json")).as("the rest is fetched each visit").isGreaterThan(2);
            assertMatchesTestData("mlp", r.json().get(1), r.output());
        }
    }

    @Test
    void weightsLargerThanAShardAreSplitOnBufferBoundaries(@TempDir Path dir) throws Exception {
        NodeTools.require(false);
        Path out = dir.resolve("mlp");
        assertThat(Cli.run("compile", model("mlp").toString(), "--target", "webgpu", "-o", out.toString()).status()).isZero();
        for (String f : new String[] {"bundle.json", "tcc.js", "index.html", "web/input-0.bin", "web/expected-0.bin"}) Files.delete(out.resolve(f));
        byte[] weights = Files.readAllBytes(out.resolve("weights.bin"));
        WebBundle.Written w = WebBundle.write(out, BrowserBundle.samples(model("mlp"), out), 64 * 1024);
        assertThat(w.shards()).isGreaterThan(2);
        // the shards replace weights.bin, and the JVM reads the same files (their SHA-256 and the manifest's digest checked)
        assertThat(out.resolve("weights.bin")).doesNotExist();
        assertThat(Artefact.read(out).weights()).isEqualTo(weights);
        try (StaticServer server = new StaticServer(out)) {
            NodeTools.Result r = NodeTools.run("run-node.mjs", 300, server.url(""));
            assertThat(r.status()).as(r.output()).isZero();
            assertMatchesTestData("mlp", r.json().getFirst(), r.output());
            JsonObject progress = r.json().getFirst().getAsJsonObject("progress");
            assertThat(progress.get("events").getAsInt()).as("onProgress calls").isGreaterThanOrEqualTo(w.shards());
            assertThat(progress.get("loaded").getAsLong()).isEqualTo(progress.get("total").getAsLong()).isEqualTo(weights.length);
            assertThat(server.requests("web/weights-1.bin")).isEqualTo(1);
            assertThat(server.requests("weights.bin")).isZero();
        }
    }

    @Test
    void tccJsRefusesAModifiedKernelAndSaysWhenThereIsNoWebGpu(@TempDir Path dir) throws Exception {
        NodeTools.require(false);
        Path out = dir.resolve("mlp");
        for (int i = 0; i < 2; i++) { // the second compile replaces the first bundle, web/ included
            Cli c = Cli.run("compile", model("mlp").toString(), "--target", "webgpu", "-o", out.toString());
            assertThat(c.status()).as(c.err()).isZero();
        }
        NodeTools.Result noGpu = NodeTools.run("run-node.mjs", 120, out.toString(), "--no-gpu");
        assertThat(noGpu.status()).isEqualTo(1);
        assertThat(noGpu.json().getFirst().get("error").getAsString()).contains("no WebGPU (navigator.gpu is missing)");
        Path kernel = out.resolve("kernels/k1_matmul.wgsl");
        Files.writeString(kernel, Files.readString(kernel) + "// edited\n");
        NodeTools.Result tampered = NodeTools.run("run-node.mjs", 120, out.toString());
        assertThat(tampered.status()).isEqualTo(1);
        assertThat(tampered.json().getFirst().get("error").getAsString()).contains("k1_matmul.wgsl does not match its SHA-256");
    }

    @Test
    void tccJsIsSmallDependencyFreeAndTheDemoUsesItsApi() throws IOException {
        Path b = bundle("mlp");
        String js = Files.readString(b.resolve("tcc.js"));
        assertThat(js.getBytes(StandardCharsets.UTF_8).length).as("tcc.js bytes").isLessThan(40 * 1024);
        assertThat(js).doesNotContainPattern("(?m)^import |from '[^.]").contains("export async function load(url, options = {})");
        assertThat(Files.readString(b.resolve("index.html"))).contains("import { load, samples } from './tcc.js'");
        assertThat(Files.readString(b.resolve("bundle.json"))).contains("\"source\": \"test_data_set_0\"");
    }

    /** The outputs a script printed ({ outputs: { name: { type, dims, base64 } } }) against test_data_set_0. */
    private static void assertMatchesTestData(String name, JsonObject result, String log) {
        assertMatchesTestData(SharedData.models().resolve(name), bundle(name), result, log);
    }

    /** The outputs of the bundle in {@code bundle} against {@code modelDir}'s test_data_set_0. */
    private static void assertMatchesTestData(Path modelDir, Path bundle, JsonObject result, String log) {
        assertMatchesTestData(modelDir, bundle, result, log, RTOL, ATOL);
    }

    /** Like {@link #assertMatchesTestData(Path, Path, JsonObject, String)} within {@code rtol} and {@code atol} (scaled to the largest expected value up to 1). */
    private static void assertMatchesTestData(Path modelDir, Path bundle, JsonObject result, String log, double rtol, double atolAtOne) {
        String name = modelDir.getFileName().toString();
        assertThat(result.has("error") && !result.get("error").isJsonNull()).as(log).isFalse();
        JsonObject outputs = result.getAsJsonObject("outputs");
        Path data = modelDir.resolve("test_data_set_0");
        JsonObject manifest = WebBundle.manifest(bundle);
        var manifestOutputs = manifest.getAsJsonArray("outputs");
        for (int i = 0; i < manifestOutputs.size(); i++) {
            JsonObject binding = manifestOutputs.get(i).getAsJsonObject();
            String output = binding.get("name").getAsString();
            Tensor want = TensorFiles.read(data.resolve("output_" + i + ".pb"));
            JsonObject got = outputs.getAsJsonObject(output);
            assertThat(got).as("output %s in %s", output, log.length() > 2000 ? log.substring(0, 2000) : log).isNotNull();
            String storage = WebBundle.storageType(manifest, binding.get("buffer").getAsString());
            double[] actual = values(storage, got.get("type").getAsString(), Base64.getDecoder().decode(got.get("base64").getAsString()));
            double[] expected = want.toDoubles();
            assertThat(actual).as("%s: %s elements", output, name).hasSameSizeAs(expected);
            double scale = 0;
            for (double e : expected) if (Double.isFinite(e)) scale = Math.max(scale, Math.abs(e));
            double atol = atolAtOne * Math.min(1, scale);
            for (int k = 0; k < expected.length; k++) {
                if (!Double.isFinite(expected[k])) { // NaN where NaN is expected, the same infinity where one is
                    assertThat(Double.valueOf(actual[k])).as("%s %s[%d]", name, output, k).isEqualTo(Double.valueOf(expected[k]));
                    continue;
                }
                double tol = atol + rtol * Math.abs(expected[k]);
                assertThat(Math.abs(actual[k] - expected[k])).as("%s %s[%d]: got %s, expected %s", name, output, k, actual[k], expected[k])
                        .isLessThanOrEqualTo(tol);
            }
        }
    }

    /** The elements of a typed array's bytes; {@code storage} f16 arrives as a Uint16Array of half-precision bits. */
    private static double[] values(String storage, String arrayType, byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int width = switch (arrayType) {
            case "Float32Array", "Int32Array", "Uint32Array" -> 4;
            case "BigInt64Array", "BigUint64Array" -> 8;
            case "Int16Array", "Uint16Array" -> 2;
            default -> 1;
        };
        double[] v = new double[bytes.length / width];
        for (int i = 0; i < v.length; i++) {
            v[i] = switch (arrayType) {
                case "Float32Array" -> b.getFloat(4 * i);
                case "Int32Array" -> b.getInt(4 * i);
                case "Uint32Array" -> Integer.toUnsignedLong(b.getInt(4 * i));
                case "BigInt64Array", "BigUint64Array" -> b.getLong(8 * i);
                case "Int16Array" -> b.getShort(2 * i);
                case "Uint16Array" -> storage.equals("f16") ? Float.float16ToFloat(b.getShort(2 * i)) : Short.toUnsignedInt(b.getShort(2 * i));
                case "Int8Array" -> b.get(i);
                default -> Byte.toUnsignedInt(b.get(i));
            };
        }
        return v;
    }
}
