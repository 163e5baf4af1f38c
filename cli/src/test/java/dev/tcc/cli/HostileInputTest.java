package dev.tcc.cli;

import dev.tcc.frontend.onnx.proto.Onnx.AttributeProto;
import dev.tcc.frontend.onnx.proto.Onnx.GraphProto;
import dev.tcc.frontend.onnx.proto.Onnx.ModelProto;
import dev.tcc.frontend.onnx.proto.Onnx.NodeProto;
import dev.tcc.frontend.onnx.proto.Onnx.StringStringEntryProto;
import dev.tcc.frontend.onnx.proto.Onnx.TensorProto;
import dev.tcc.runtime.KernelBuildException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.tcc.cli.TestModels.FLOAT;
import static dev.tcc.cli.TestModels.node;
import static dev.tcc.cli.TestModels.value;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input beyond artefacts (issue 14, cases 3, 4, 5, 6, 7, 8 and 9): resource bombs fail fast, writes never
 * follow links, files that never end are never read, an index out of range is reported on every device as the
 * reference reports it, and errors print as one escaped line.
 */
class HostileInputTest {
    private static final int INT64 = TensorProto.DataType.INT64_VALUE;
    private static final Path MLP = Path.of("../examples/mlp/model.onnx");
    @TempDir Path tmp;

    private static String fails(String... args) {
        Cli r = Cli.run(args);
        assertThat(r.status()).as(r.out() + r.err()).isEqualTo(Tcc.EXIT_ERROR);
        assertThat(r.err().lines()).as(r.err()).hasSize(1);
        assertThat(r.err()).doesNotContain("internal error").doesNotContain("\tat ");
        return r.errLine();
    }

    private static TensorProto longs(String name, long... v) {
        TensorProto.Builder b = TensorProto.newBuilder().setName(name).setDataType(INT64);
        if (v.length != 1) b.addDims(v.length);
        for (long x : v) b.addInt64Data(x);
        return b.build();
    }

    private static AttributeProto graphAttr(String name, GraphProto g) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.GRAPH).setG(g).build();
    }

    /** {@code y = x} plus one {@code trips} times, inside a loop of {@code trips}: 4096 x 4096 body copies. */
    static ModelProto nestedLoops(long trips) {
        GraphProto inner = GraphProto.newBuilder().setName("inner").addInput(value("i", INT64)).addInput(value("c", TensorProto.DataType.BOOL_VALUE))
                .addInput(value("v", FLOAT, 1)).addInitializer(TensorProto.newBuilder().setName("one").setDataType(FLOAT).addDims(1).addFloatData(1))
                .addNode(node("keep", "Identity", List.of("c"), List.of("c_out"))).addNode(node("inc", "Add", List.of("v", "one"), List.of("v_out")))
                .addOutput(value("c_out", TensorProto.DataType.BOOL_VALUE)).addOutput(value("v_out", FLOAT, 1)).build();
        GraphProto outer = GraphProto.newBuilder().setName("outer").addInput(value("j", INT64)).addInput(value("c", TensorProto.DataType.BOOL_VALUE))
                .addInput(value("v", FLOAT, 1)).addInitializer(longs("m", trips))
                .addNode(node("inner_loop", "Loop", List.of("m", "", "v"), List.of("v2")).toBuilder().addAttribute(graphAttr("body", inner)))
                .addNode(node("keep", "Identity", List.of("c"), List.of("c_out")))
                .addOutput(value("c_out", TensorProto.DataType.BOOL_VALUE)).addOutput(value("v2", FLOAT, 1)).build();
        GraphProto g = GraphProto.newBuilder().setName("g").addInput(value("x", FLOAT, 1)).addInitializer(longs("n", trips))
                .addNode(node("outer_loop", "Loop", List.of("n", "", "x"), List.of("y")).toBuilder().addAttribute(graphAttr("body", outer)))
                .addOutput(value("y", FLOAT, 1)).build();
        return TestModels.model(17, g);
    }

    /** {@code y = Gather(table, ids)}: a float[1000, 4] embedding table looked up by int64[3] token ids. */
    private static ModelProto embedding() {
        TensorProto.Builder table = TensorProto.newBuilder().setName("table").setDataType(FLOAT).addDims(1000).addDims(4);
        for (int i = 0; i < 4000; i++) table.addFloatData(i);
        GraphProto g = GraphProto.newBuilder().setName("g").addInput(value("ids", INT64, 3)).addInitializer(table.build())
                .addNode(node("embed", "Gather", List.of("table", "ids"), List.of("y"))).addOutput(value("y", FLOAT, 3, 4)).build();
        return TestModels.model(17, g);
    }

    @Test
    @Timeout(120)
    void case8IndexOutOfRangeIsReportedOnEveryTarget() {
        Path m = TestModels.write(tmp.resolve("embed.onnx"), embedding());
        Path bad = TestModels.write(tmp.resolve("bad.pb"), longs("ids", 1, 1000, 2).toByteArray());
        Path negative = TestModels.write(tmp.resolve("negative.pb"), longs("ids", -5000, 0, 0).toByteArray());
        Path huge = TestModels.write(tmp.resolve("huge.pb"), longs("ids", 0, 0, 1_000_000_000_000L).toByteArray());
        Path good = TestModels.write(tmp.resolve("good.pb"), longs("ids", 1, -1, 999).toByteArray());
        assertThat(fails("run", m.toString(), "--target", "reference", "--input", "ids=" + bad)).contains("index 1000 out of range");
        for (String target : List.of("opencl", "vulkan", "webgpu")) {
            String where = "node 'embed' (gather): index ";
            assertThat(fails("run", m.toString(), "--target", target, "--input", "ids=" + bad))
                    .contains(where + "1000 out of range for an axis of size 1000 (checked on the device)");
            assertThat(fails("run", m.toString(), "--target", target, "--input", "ids=" + negative)).contains(where + "-5000 out of range");
            // WebGPU holds int64 as int32 and refuses a wider value at upload, before any kernel runs.
            assertThat(fails("run", m.toString(), "--target", target, "--input", "ids=" + huge))
                    .contains(target.equals("webgpu") ? "is 1000000000000, which does not fit in 32 bits" : where + "2147483647 or more out of range");
            Cli ok = Cli.run("run", m.toString(), "--target", target, "--input", "ids=" + good);
            assertThat(ok.status()).as(target + ": " + ok.err()).isZero();
            assertThat(ok.out()).as(target).contains("y: f32[3,4]");
        }
    }

    /** Found by {@code tcc fuzz --surface importer}: an opset-6 broadcast axis past A's rank sized an array negatively. */
    @Test
    void legacyBroadcastAxisOutOfRangeIsAClearError() {
        for (long axis : new long[] {5, -7, 2}) {
            GraphProto g = GraphProto.newBuilder().setName("g").addInput(value("a", FLOAT, 2, 3)).addInput(value("b", FLOAT, 3, 1))
                    .addNode(node("legacy_add", "Add", List.of("a", "b"), List.of("y")).toBuilder()
                            .addAttribute(AttributeProto.newBuilder().setName("broadcast").setType(AttributeProto.AttributeType.INT).setI(1))
                            .addAttribute(AttributeProto.newBuilder().setName("axis").setType(AttributeProto.AttributeType.INT).setI(axis)))
                    .addOutput(value("y", FLOAT, 2, 3)).build();
            Path m = TestModels.write(tmp.resolve("legacy" + axis + ".onnx"), TestModels.model(6, g));
            assertThat(fails("inspect", m.toString())).contains("legacy_add", "axis " + axis + " cannot align B (rank 2) inside A (rank 2)");
        }
    }

    @Test
    void case9DeclaredOutputTypesAndShapesAreChecked() {
        GraphProto wrongType = GraphProto.newBuilder().setName("g").addInput(value("x", FLOAT, 2, 3)).addOutput(value("y", FLOAT, 2, 3))
                .addNode(node("to_int", "Cast", List.of("x"), List.of("y")).toBuilder().addAttribute(AttributeProto.newBuilder().setName("to")
                        .setType(AttributeProto.AttributeType.INT).setI(INT64))).build();
        Path m = TestModels.write(tmp.resolve("type.onnx"), TestModels.model(17, wrongType));
        assertThat(fails("inspect", m.toString())).contains("graph output 'y' is declared f32, but the graph computes i64[2,3]");
        GraphProto wrongShape = GraphProto.newBuilder().setName("g").addInput(value("x", FLOAT, 2, 3)).addOutput(value("y", FLOAT, 2, 4))
                .addNode(node("neg", "Neg", List.of("x"), List.of("y"))).build();
        Path s = TestModels.write(tmp.resolve("shape.onnx"), TestModels.model(17, wrongShape));
        assertThat(fails("inspect", s.toString())).contains("graph output 'y' is declared with shape [2,4], but the graph computes f32[2,3]");
        GraphProto symbolic = wrongShape.toBuilder().setOutput(0, value("y", FLOAT, "batch", 3)).build();
        Cli ok = Cli.run("inspect", TestModels.write(tmp.resolve("symbolic.onnx"), TestModels.model(17, symbolic)).toString());
        assertThat(ok.status()).as(ok.err()).isZero();
    }

    @Test
    @Timeout(60)
    void case5NestedLoopsStopAtTheTotalUnrollBudget() {
        Path m = TestModels.write(tmp.resolve("loops.onnx"), nestedLoops(4096));
        assertThat(fails("inspect", m.toString())).contains("node 'inner_loop'").contains("unrolls past tcc's budget of 16384 body copies");
    }

    @Test
    @Timeout(60)
    void case5ConstantOfShapeBombFailsFast() {
        GraphProto g = GraphProto.newBuilder().setName("g").addInitializer(longs("shape", 20000, 25000))
                .addNode(node("big", "ConstantOfShape", List.of("shape"), List.of("y"))).addOutput(value("y", FLOAT, 20000, 25000)).build();
        Path m = TestModels.write(tmp.resolve("cos.onnx"), TestModels.model(17, g));
        assertThat(fails("inspect", m.toString(), "--max-memory", "1g")).contains("node 'big'").contains("needs 3.7 GiB, more than tcc's memory limit of 1.0 GiB");
    }

    @Test
    @Timeout(60)
    void case5DoublingConcatFailsFastOnTheReference() throws IOException {
        GraphProto.Builder g = GraphProto.newBuilder().setName("g").addInput(value("x", FLOAT, 1024));
        String prev = "x";
        for (int i = 0; i < 22; i++) {
            g.addNode(node("double_" + i, "Concat", List.of(prev, prev), List.of("c" + i)).toBuilder()
                    .addAttribute(AttributeProto.newBuilder().setName("axis").setType(AttributeProto.AttributeType.INT).setI(0)));
            prev = "c" + i;
        }
        g.addOutput(value(prev, FLOAT, 1024L << 22));
        Path m = TestModels.write(tmp.resolve("concat.onnx"), TestModels.model(17, g.build()));
        Path x = TestModels.writeTensor(tmp.resolve("x.pb"), dev.tcc.ir.Tensor.filled(new dev.tcc.ir.TensorType(dev.tcc.ir.DType.F32,
                dev.tcc.ir.Shape.of(1024)), 1));
        assertThat(fails("run", m.toString(), "--input", "x=" + x, "--max-memory", "256m")).contains("more than tcc's memory limit of 256.0 MiB");
    }

    @Test
    void case6HugeInputDimIsAModelError() {
        GraphProto g = GraphProto.newBuilder().setName("g").addInput(value("x", FLOAT, Long.MAX_VALUE, 2)).addOutput(value("y", FLOAT, Long.MAX_VALUE, 2))
                .addNode(node("neg", "Neg", List.of("x"), List.of("y"))).build();
        Path m = TestModels.write(tmp.resolve("huge.onnx"), TestModels.model(17, g));
        assertThat(fails("inspect", m.toString(), "--kernels")).contains("has more than 2^63-1 elements");
    }

    @Test
    @Timeout(60)
    void case3FifoAndDevZeroInputsAreNeverRead() throws IOException, InterruptedException {
        Path fifo = tmp.resolve("x.fifo");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        assertThat(fails("run", MLP.toString(), "--input", "x=" + fifo)).contains("x.fifo: cannot read: is not a regular file");
        assertThat(fails("run", MLP.toString(), "--input", "x=/dev/zero")).contains("/dev/zero: cannot read: is not a regular file");
    }

    @Test
    void case3ExternalDataLengthIsCheckedBeforeReading() throws IOException {
        try (var f = new java.io.RandomAccessFile(tmp.resolve("w.bin").toFile(), "rw")) {
            f.setLength(3L << 30); // sparse: 3 GiB that take no disk
        }
        ModelProto m = TestModels.externalWeight("w.bin");
        TensorProto w = m.getGraph().getInitializer(0).toBuilder()
                .addExternalData(StringStringEntryProto.newBuilder().setKey("length").setValue(String.valueOf(1L << 31))).build();
        Path file = TestModels.write(tmp.resolve("ext.onnx"), m.toBuilder().setGraph(m.getGraph().toBuilder().setInitializer(0, w)).build());
        assertThat(fails("inspect", file.toString())).contains("lies outside file 'w.bin'").doesNotContain("OutOfMemory");
        TensorProto w2 = m.getGraph().getInitializer(0).toBuilder()
                .addExternalData(StringStringEntryProto.newBuilder().setKey("length").setValue(String.valueOf(1L << 30))).build();
        file = TestModels.write(tmp.resolve("ext2.onnx"), m.toBuilder().setGraph(m.getGraph().toBuilder().setInitializer(0, w2)).build());
        assertThat(fails("inspect", file.toString())).contains("is 1073741824 bytes, but the tensor takes 24");
    }

    @Test
    void case4CompileNeverFollowsLinksInsideTheFolder() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("out"));
        Path victim = Files.writeString(tmp.resolve("victim.txt"), "precious");
        Files.createSymbolicLink(dir.resolve("weights.bin"), victim);
        Files.createSymbolicLink(dir.resolve("manifest.json"), victim);
        Cli r = Cli.run("compile", MLP.toString(), "-o", dir.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(Files.readString(victim)).isEqualTo("precious");
        assertThat(Files.isSymbolicLink(dir.resolve("weights.bin"))).isFalse();
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Path kernels = dir.resolve("kernels");
        try (var s = Files.walk(kernels)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
        Files.createSymbolicLink(kernels, elsewhere);
        assertThat(Cli.run("compile", MLP.toString(), "-o", dir.toString()).status()).isZero();
        try (var s = Files.list(elsewhere)) {
            assertThat(s.toList()).isEmpty();
        }
    }

    @Test
    void case4EmptyPathsAndForeignFilesAreRefused() throws IOException {
        assertThat(fails("compile", MLP.toString(), "-o", "")).contains("the output folder name is empty");
        assertThat(fails("run", MLP.toString(), "--output-dir", "")).contains("the folder name is empty");
        Path dir = Files.createDirectories(tmp.resolve("busy"));
        Files.writeString(dir.resolve("notes.txt"), "mine");
        assertThat(fails("compile", MLP.toString(), "-o", dir.toString())).contains("holds files tcc did not write (notes.txt)").contains("--force");
        assertThat(Cli.run("compile", MLP.toString(), "-o", dir.toString(), "--force").status()).isZero();
        assertThat(dir.resolve("notes.txt")).hasContent("mine");
        Files.writeString(dir.resolve("kernels/stale.cl"), "old");
        Cli r = Cli.run("compile", MLP.toString(), "-o", dir.toString(), "--force");
        assertThat(r.out()).contains("replaced the earlier artefact");
        assertThat(dir.resolve("kernels/stale.cl")).doesNotExist();
    }

    @Test
    @Timeout(60)
    void runTimeoutGivesUp() {
        Path m = TestModels.write(tmp.resolve("loops.onnx"), nestedLoops(100));
        Path x = TestModels.write(tmp.resolve("x.pb"), TensorProto.newBuilder().setDataType(FLOAT).addDims(1).addFloatData(1).build().toByteArray());
        assertThat(fails("run", m.toString(), "--input", "x=" + x, "--timeout", "0.001")).contains("did not finish within 0.001 s (--timeout)");
    }

    @Test
    void case7BuildLogsKeepTheirLinesAndNamesAreEscaped() {
        StringWriter err = new StringWriter();
        Tcc.report("tcc run", new KernelBuildException("k0", "pocl", "line 1: error\nline 2: note", "kernel void k0() {}\n"), false,
                Terminal.escaping(err));
        assertThat(err.toString().lines()).hasSizeGreaterThan(3).first().asString().contains("building kernel 'k0' failed");
        err = new StringWriter();
        Tcc.report("tcc run", new IllegalArgumentException("output '\u001b[2Jevil' is odd"), false, Terminal.escaping(err));
        assertThat(err.toString()).contains("output '\\x1b[2Jevil'").doesNotContain("\u001b");
    }
}
