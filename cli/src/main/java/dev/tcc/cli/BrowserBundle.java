package dev.tcc.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.tcc.cli.exec.TensorFiles;
import dev.tcc.codegen.common.Codegen;
import dev.tcc.ir.program.HostTensor;
import dev.tcc.web.WebBundle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The browser bundle {@code tcc compile --target webgpu} writes beside the artefact ({@link WebBundle}), with the
 * model's own test data as samples when its folder has {@code test_data_set_0}, else seeded random inputs.
 */
final class BrowserBundle {
    private BrowserBundle() {}

    /** Targets whose artefacts get a browser bundle. */
    static boolean wanted(Codegen codegen) { return codegen.target().equals("webgpu"); }

    /** Writes the bundle into {@code dir} (an artefact just written) for {@code model}. */
    static WebBundle.Written write(Path model, Path dir) {
        return WebBundle.write(dir, samples(model, dir), WebBundle.SHARD_BYTES);
    }

    /** The model's test_data_set_0 when it matches the artefact's inputs and outputs, else random inputs. */
    static WebBundle.Samples samples(Path model, Path dir) {
        Path data = model.toAbsolutePath().getParent().resolve("test_data_set_0");
        JsonObject manifest = WebBundle.manifest(dir);
        if (Files.isDirectory(data)) {
            List<WebBundle.Sample> inputs = read(data, "input_", manifest, "inputs");
            List<WebBundle.Sample> expected = read(data, "output_", manifest, "outputs");
            if (inputs != null) return new WebBundle.Samples("test_data_set_0", inputs, expected == null ? List.of() : expected);
        }
        return WebBundle.random(dir, 1);
    }

    /** {@code prefix0.pb ...} matched in order to the manifest's bindings, or null when they do not fit. */
    private static List<WebBundle.Sample> read(Path data, String prefix, JsonObject manifest, String key) {
        List<WebBundle.Sample> out = new ArrayList<>();
        var bindings = manifest.getAsJsonArray(key);
        for (int i = 0; i < bindings.size(); i++) {
            Path f = data.resolve(prefix + i + ".pb");
            if (!Files.isRegularFile(f)) return null;
            JsonObject b = bindings.get(i).getAsJsonObject();
            HostTensor t = TensorFiles.readHost(f);
            String type = WebBundle.storageType(manifest, b.get("buffer").getAsString());
            long[] dims = t.type().shape().dims();
            long[] want = new long[b.getAsJsonArray("shape").size()];
            int k = 0;
            for (JsonElement d : b.getAsJsonArray("shape")) want[k++] = d.getAsLong();
            if (!t.storage().irName().equals(type) || !Arrays.equals(dims, want)) return null;
            byte[] bytes = new byte[Math.toIntExact(t.bytes())];
            t.data().get(0, bytes);
            out.add(new WebBundle.Sample(b.get("name").getAsString(), type, dims, bytes));
        }
        return out;
    }
}
