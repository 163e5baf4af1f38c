package dev.tcc.cli.fuzz;

import com.google.protobuf.InvalidProtocolBufferException;
import dev.tcc.codegen.common.Codegen;
import dev.tcc.compiler.Compiler;
import dev.tcc.frontend.onnx.ImportOptions;
import dev.tcc.frontend.onnx.OnnxException;
import dev.tcc.frontend.onnx.OnnxImporter;
import dev.tcc.frontend.onnx.proto.Onnx.ModelProto;
import dev.tcc.frontend.text.IrParser;
import dev.tcc.ir.text.Printer;
import dev.tcc.runtime.Backends;
import dev.tcc.runtime.exec.Artefact;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** What the fuzzer attacks: seed inputs, and the action one input goes through. */
public sealed interface Surface {
    /** The unmutated inputs. */
    List<byte[]> seeds();

    /** Whether inputs are text (numbers in them get replaced too). */
    boolean text();

    /** Runs one input; throws what tcc would report. */
    void accept(byte[] input);

    /** The surface called {@code name}, seeded from the ONNX models under {@code corpus}, working in {@code work}. */
    static Surface of(String name, List<Path> corpus, Path work) {
        List<Path> models = models(corpus);
        return switch (name) {
            case "importer" -> new Importer(read(models), work);
            case "ir-parser" -> new Parser(printed(models, work));
            case "artefact" -> new Loader(models, work);
            default -> throw new IllegalArgumentException("--surface: '" + name + "' is not one of importer, ir-parser, artefact");
        };
    }

    /** ONNX import of a model's bytes (protobuf parse, then the importer with external data from an empty folder). */
    record Importer(List<byte[]> seeds, Path work) implements Surface {
        @Override public boolean text() { return false; }

        @Override public void accept(byte[] input) {
            ModelProto m;
            try {
                m = ModelProto.parseFrom(input);
            } catch (InvalidProtocolBufferException e) {
                throw new OnnxException("not a valid ONNX model: " + e.getMessage());
            }
            if (!m.hasGraph()) throw new OnnxException("no graph");
            OnnxImporter.importModel(m, work, "fuzz.onnx", ImportOptions.DEFAULT);
        }
    }

    /** The textual graph IR parser. */
    record Parser(List<byte[]> seeds) implements Surface {
        @Override public boolean text() { return true; }

        @Override public void accept(byte[] input) { IrParser.parseGraph(new String(input, StandardCharsets.UTF_8)); }
    }

    /** The artefact reader: a compiled model whose manifest (or, one time in 16, a kernel or weights file) is mutated. */
    final class Loader implements Surface {
        private final Path dir;
        private final List<byte[]> seeds = new ArrayList<>();
        private final byte[] weights;

        Loader(List<Path> models, Path work) {
            dir = work.resolve("artefact");
            Path model = models.stream().filter(p -> p.toString().contains("mlp")).findFirst().orElse(models.getFirst());
            Codegen cl = Backends.byName("opencl").codegen();
            Artefact.write(Compiler.compile(model, cl, Compiler.Options.DEFAULT).rendered(), cl, dir);
            try {
                seeds.add(Files.readAllBytes(dir.resolve("manifest.json")));
                weights = Files.readAllBytes(dir.resolve("weights.bin"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override public List<byte[]> seeds() { return seeds; }

        @Override public boolean text() { return true; }

        @Override public void accept(byte[] input) {
            boolean weightsFile = (input.length & 15) == 7;
            try {
                Files.write(dir.resolve("manifest.json"), weightsFile ? seeds.getFirst() : input);
                if (weightsFile) Files.write(dir.resolve("weights.bin"), input);
                Artefact.read(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                if (weightsFile) {
                    try {
                        Files.write(dir.resolve("weights.bin"), weights);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
    }

    private static List<Path> models(List<Path> corpus) {
        List<Path> out = new ArrayList<>();
        for (Path root : corpus) {
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(p -> p.toString().endsWith(".onnx")).filter(p -> size(p) < 1024 * 1024).sorted().forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException("reading the fuzz corpus " + root + ": " + e.getMessage(), e);
            }
        }
        if (out.isEmpty()) throw new IllegalArgumentException("no .onnx model under 1 MiB in " + corpus);
        return out;
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    private static List<byte[]> read(List<Path> models) {
        List<byte[]> out = new ArrayList<>();
        for (Path p : models) {
            try {
                out.add(Files.readAllBytes(p));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** The textual IR of every corpus model that imports, at most 32 KiB each. */
    private static List<byte[]> printed(List<Path> models, Path work) {
        List<byte[]> out = new ArrayList<>();
        for (Path p : models) {
            try {
                String text = Printer.print(OnnxImporter.importModel(p, ImportOptions.DEFAULT));
                if (text.length() <= 32 * 1024) out.add(text.getBytes(StandardCharsets.UTF_8));
            } catch (RuntimeException e) {
                // models tcc cannot import seed nothing
            }
        }
        return out;
    }
}
