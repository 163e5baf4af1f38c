package dev.tcc.api;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Copies models and artefacts from the class path (a jar or a folder) into a temporary folder. */
final class Resources {
    private Resources() {}

    static byte[] read(ClassLoader loader, String name) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) throw new TccApiException("class-path resource " + name + " not found; was the model compiled by tcc-maven-plugin into this jar?");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read class-path resource " + name + ": " + e.getMessage(), e);
        }
    }

    /** The artefact folder {@code folder} on the class path, copied file by file as its manifest lists them. */
    static Path artefact(ClassLoader loader, String folder) throws IOException {
        String base = folder.endsWith("/") ? folder : folder + "/";
        byte[] manifest = read(loader, base + "manifest.json");
        List<String> names = new ArrayList<>();
        JsonElement files = JsonParser.parseString(new String(manifest, StandardCharsets.UTF_8)).getAsJsonObject().get("files");
        if (files == null) throw new TccApiException(base + "manifest.json lists no files");
        if (files.isJsonObject()) names.addAll(files.getAsJsonObject().keySet());
        else for (JsonElement e : files.getAsJsonArray()) {
            names.add(e.isJsonObject() ? ((JsonObject) e).get(((JsonObject) e).has("name") ? "name" : "path").getAsString() : e.getAsString());
        }
        Path dir = Files.createTempDirectory("tcc-artefact");
        Files.write(dir.resolve("manifest.json"), manifest);
        for (String n : names) {
            if (n.equals("manifest.json")) continue;
            if (n.contains("..") || n.startsWith("/")) throw new TccApiException(base + "manifest.json names a file outside the folder: " + n);
            Path to = dir.resolve(n);
            Files.createDirectories(to.getParent());
            Files.write(to, read(loader, base + n));
        }
        return dir;
    }

    static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder; the OS cleans it
        }
    }
}
