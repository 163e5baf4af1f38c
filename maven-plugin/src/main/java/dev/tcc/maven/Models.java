package dev.tcc.maven;

import org.apache.maven.plugin.MojoExecutionException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** Finding models and turning their names into Java names. */
final class Models {
    private Models() {}

    private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class",
            "const", "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if",
            "implements", "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private", "protected", "public",
            "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
            "volatile", "while", "true", "false", "null", "var", "record", "yield", "sealed", "permits", "when", "open", "close", "run", "model");

    /** The {@code .onnx} files under {@code dir}, sorted; none when it does not exist. */
    static List<Path> find(Path dir) throws MojoExecutionException {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".onnx")).sorted().toList();
        } catch (IOException e) {
            throw new MojoExecutionException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    /** {@code mlp.onnx} to {@code mlp}. */
    static String stem(Path p) {
        String n = p.getFileName().toString();
        return n.substring(0, n.length() - ".onnx".length());
    }

    /** A lower-case resource folder name: {@code My-Model} to {@code my_model}. */
    static String folder(String stem) { return stem.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_"); }

    /** {@code text_encoder-v2} to {@code TextEncoderV2}. */
    static String className(String stem) {
        StringBuilder b = new StringBuilder();
        for (String part : stem.split("[^A-Za-z0-9]+")) {
            if (part.isEmpty()) continue;
            b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        String s = b.isEmpty() ? "Model" : b.toString();
        return Character.isDigit(s.charAt(0)) ? "Model" + s : s;
    }

    /** A Java identifier for a tensor name: {@code input.1} to {@code input_1}; keywords get a trailing underscore. */
    static String identifier(String name) {
        String s = name.replaceAll("[^A-Za-z0-9_]", "_");
        if (s.isEmpty() || Character.isDigit(s.charAt(0))) s = "_" + s;
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char c : s.toCharArray()) {
            if (c == '_' && b.length() > 0) { up = true; continue; }
            b.append(up ? Character.toUpperCase(c) : c);
            up = false;
        }
        String id = b.isEmpty() ? "_" : b.toString();
        return KEYWORDS.contains(id) ? id + "_" : id;
    }
}
