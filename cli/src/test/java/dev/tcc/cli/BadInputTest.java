package dev.tcc.cli;

import dev.tcc.cli.exec.NpyTest;
import dev.tcc.frontend.onnx.proto.Onnx.GraphProto;
import dev.tcc.frontend.onnx.proto.Onnx.ModelProto;
import dev.tcc.frontend.onnx.proto.Onnx.NodeProto;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input: each case must give exactly one line on stderr that names the file (and the node and op
 * where there is one), a non-zero exit status, no stack trace, and nothing written outside the output folder.
 */
class BadInputTest {
    @TempDir Path tmp;
    private Path work, out;
    private final Path add = SharedData.nodeCase("test_add");

    @BeforeEach
    void setUp() throws IOException {
        work = Files.createDirectories(tmp.resolve("work"));
        out = tmp.resolve("work/out");
    }

    /** Runs {@code tcc run MODEL ARGS... --output-dir out} and checks the error contract; returns the one error line. */
    private String runFails(Path model, String... args) throws IOException {
        List<String> before = listing();
        List<String> all = new ArrayList<>(List.of("run", model.toString()));
        all.addAll(Arrays.asList(args));
        all.addAll(List.of("--output-dir", out.toString()));
        Cli r = Cli.run(all.toArray(String[]::new));
        assertThat(r.status()).as("exit status").isEqualTo(Tcc.EXIT_ERROR);
        assertThat(r.err().lines()).as("stderr").hasSize(1);
        assertThat(r.err()).as("stderr").doesNotContain("\tat ").startsWith("tcc run: error: ");
        List<String> after = listing();
        after.removeIf(p -> p.startsWith("work/out"));
        assertThat(after).as("files outside the output folder").isEqualTo(before);
        return r.errLine();
    }

    /** Every file and folder under the temporary folder, relative to it. */
    private List<String> listing() throws IOException {
        try (Stream<Path> s = Files.walk(tmp)) {
            return new ArrayList<>(s.map(p -> tmp.relativize(p).toString().replace('\\', '/')).sorted().toList());
        }
    }

    private String input(String name, String file) { return "--input=" + name + "=" + add.resolve("test_data_set_0").resolve(file); }

    @Test
    void truncatedModel() throws IOException {
        byte[] whole = Files.readAllBytes(add.resolve("model.onnx"));
        Path m = TestModels.write(work.resolve("trunc.onnx"), Arrays.copyOf(whole, whole.length / 2));
        assertThat(runFails(m)).isEqualTo("tcc run: error: " + m + ": not a valid ONNX model: the protobuf data is truncated or corrupt "
                + "(While parsing a protocol message, the input ended unexpectedly in the middle of a field.  This could mean either that "
                + "the input has been truncated or that an embedded message misreported its own length.)");
    }

    @Test
    void randomBytes() throws IOException {
        byte[] junk = new byte[4096];
        new Random(42).nextBytes(junk);
        Path m = TestModels.write(work.resolve("junk.onnx"), junk);
        assertThat(runFails(m)).startsWith("tcc run: error: " + m + ": not a valid ONNX model: the protobuf data is truncated or corrupt (");
    }

    @Test
    void emptyFileAndMissingFile() throws IOException {
        Path m = TestModels.write(work.resolve("empty.onnx"), new byte[0]);
        assertThat(runFails(m)).isEqualTo("tcc run: error: " + m + ": the file is empty; expected an ONNX model (.onnx)");
        assertThat(runFails(work.resolve("nope.onnx"))).isEqualTo("tcc run: error: " + work.resolve("nope.onnx") + ": no such file");
    }

    @Test
    void wrongElementTypeForAnInput() throws IOException {
        // x must be float[3,4,5]; give int64 of that shape
        Path x = Files.write(work.resolve("x.npy"), NpyTest.npy(1, "<i8", false, "(3, 4, 5)", new byte[8 * 60]));
        assertThat(runFails(add.resolve("model.onnx"), "--input", "x=" + x, input("y", "input_1.pb")))
                .isEqualTo("tcc run: error: " + add.resolve("model.onnx") + ": input 'x' must have element type f32[3,4,5], but the file holds "
                        + "i64[3,4,5]; convert it (e.g. numpy a.astype(...)) before running");
    }

    @Test
    void wrongShapeAndUnknownInput() throws IOException {
        Path x = Files.write(work.resolve("x.npy"), NpyTest.npy(1, "<f4", false, "(3, 4)", new byte[4 * 12]));
        assertThat(runFails(add.resolve("model.onnx"), "--input", "x=" + x, input("y", "input_1.pb")))
                .endsWith(": input 'x' must have shape f32[3,4,5], but the file holds f32[3,4]");
        assertThat(runFails(add.resolve("model.onnx"), input("x", "input_0.pb"), input("y", "input_1.pb"), input("z", "input_1.pb")))
                .endsWith(": the model has no input 'z'; its inputs are: x f32[3,4,5], y f32[3,4,5]");
    }

    @Test
    void missingRequiredInput() throws IOException {
        assertThat(runFails(add.resolve("model.onnx"), input("x", "input_0.pb")))
                .isEqualTo("tcc run: error: " + add.resolve("model.onnx") + ": missing input 'y' (f32[3,4,5]); give it with --input y=FILE (.pb or .npy)");
    }

    @Test
    void unsupportedOperator() throws IOException {
        Path m = TestModels.write(work.resolve("frob.onnx"), TestModels.unary("FrobnicateTensor", "y"));
        Path x = Files.write(work.resolve("x.npy"), NpyTest.npy(1, "<f4", false, "(2, 3)", new byte[24]));
        assertThat(runFails(m, "--input", "x=" + x)).isEqualTo("tcc run: error: " + m
                + ": node 'the_FrobnicateTensor' (FrobnicateTensor, opset 17): operator FrobnicateTensor is not supported by tcc; "
                + "`tcc inspect` lists the model's operators and the README's \"Supported ONNX operators\" lists the ones tcc imports");
    }

    @Test
    void operatorOfAnotherDomain() throws IOException {
        ModelProto base = TestModels.unary("FusedGelu", "y");
        NodeProto n = base.getGraph().getNode(0).toBuilder().setDomain("com.microsoft").build();
        ModelProto m = base.toBuilder().setGraph(base.getGraph().toBuilder().setNode(0, n)).build();
        Path f = TestModels.write(work.resolve("ms.onnx"), m);
        Path x = Files.write(work.resolve("x.npy"), NpyTest.npy(1, "<f4", false, "(2, 3)", new byte[24]));
        assertThat(runFails(f, "--input", "x=" + x)).contains(f + ": node 'the_FusedGelu' (FusedGelu, opset 17): operator com.microsoft.FusedGelu is not supported");
    }

    @Test
    void unsupportedOpset() throws IOException {
        ModelProto base = TestModels.unary("Relu", "y");
        ModelProto m = base.toBuilder().setOpsetImport(0, base.getOpsetImport(0).toBuilder().setVersion(99)).build();
        Path f = TestModels.write(work.resolve("future.onnx"), m);
        Path x = Files.write(work.resolve("x.npy"), NpyTest.npy(1, "<f4", false, "(2, 3)", new byte[24]));
        assertThat(runFails(f, "--input", "x=" + x)).startsWith("tcc run: error: " + f + ": the model needs ONNX opset 99; tcc supports opsets 1 to ");
    }

    @Test
    void externalDataOutsideTheModelFolder() throws IOException {
        Files.write(tmp.resolve("x.bin"), new byte[24]); // exists, so only the location check can stop it
        Path x = Files.write(work.resolve("x.npy"), NpyTest.npy(1, "<f4", false, "(2, 3)", new byte[24]));
        Path rel = TestModels.write(work.resolve("rel.onnx"), TestModels.externalWeight("../x.bin"));
        assertThat(runFails(rel, "--input", "x=" + x)).contains(rel + ": initializer 'w': tensor 'w' has external data location '../x.bin', "
                + "which is outside the model's folder");
        Path abs = TestModels.write(work.resolve("abs.onnx"), TestModels.externalWeight(tmp.resolve("x.bin").toString()));
        assertThat(runFails(abs, "--input", "x=" + x)).contains(abs + ": initializer 'w': tensor 'w' has external data location '"
                + tmp.resolve("x.bin") + "', which is outside the model's folder");
    }

    @Test
    void outputNameThatClimbsOutOfTheOutputFolder() throws IOException {
        Path m = TestModels.write(work.resolve("climb.onnx"), TestModels.unary("Neg", "../../evil"));
        Path x = Files.write(work.resolve("x.npy"), NpyTest.npy(1, "<f4", false, "(2, 3)", new byte[24]));
        List<String> before = listing();
        Cli r = Cli.run("run", m.toString(), "--input", "x=" + x, "--output-dir", out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("_.._.._evil.pb");
        }
        List<String> after = listing();
        after.removeIf(p -> p.startsWith("work/out"));
        assertThat(after).isEqualTo(before);
    }

    @Test
    void badInputFilesAndOptions() throws IOException {
        Path empty = Files.write(work.resolve("e.pb"), new byte[0]);
        assertThat(runFails(add.resolve("model.onnx"), "--input", "x=" + empty, input("y", "input_1.pb")))
                .isEqualTo("tcc run: error: " + empty + ": the file is empty; expected a TensorProto (.pb) or numpy (.npy) file");
        assertThat(runFails(add.resolve("model.onnx"), "--input", work.resolve("x.npy").toString()))
                .isEqualTo("tcc run: error: --input " + work.resolve("x.npy") + ": say which input it is (NAME=FILE); the model's inputs are x, y");
    }

    @Test
    void inspectAndConformanceOnBrokenModels() throws IOException {
        Path m = TestModels.write(work.resolve("bad/model.onnx"), new byte[] {1, 2, 3});
        Cli i = Cli.run("inspect", m.toString());
        assertThat(i.status()).isEqualTo(Tcc.EXIT_ERROR);
        assertThat(i.errLine()).startsWith("tcc inspect: error: " + m + ": not a valid ONNX model");
        // a broken case fails alone; the others still run
        Cli c = Cli.run("conformance", work.resolve("bad").toString(), add.toString());
        assertThat(c.status()).isZero();
        assertThat(c.out().lines().toList()).hasSize(3).element(0).asString().startsWith("FAIL bad: not a valid ONNX model");
        assertThat(c.out()).contains("PASS test_add\n").endsWith("1 passed, 1 failed, 0 skipped\n");
        Cli none = Cli.run("conformance", work.resolve("nothing-here").toString());
        assertThat(none.status()).isEqualTo(Tcc.EXIT_ERROR);
        assertThat(none.errLine()).isEqualTo("tcc conformance: error: " + work.resolve("nothing-here") + ": no such file or folder");
    }

    @Test
    void graphWithoutOutputsProducer() throws IOException {
        GraphProto g = GraphProto.newBuilder().setName("g").addInput(TestModels.value("x", TestModels.FLOAT, 2))
                .addOutput(TestModels.value("nowhere", TestModels.FLOAT, 2)).build();
        Path f = TestModels.write(work.resolve("noout.onnx"), TestModels.model(17, g));
        Path x = Files.write(work.resolve("x.npy"), NpyTest.npy(1, "<f4", false, "(2,)", new byte[8]));
        assertThat(runFails(f, "--input", "x=" + x)).isEqualTo("tcc run: error: " + f + ": graph output 'nowhere' is not produced by any node");
    }
}
