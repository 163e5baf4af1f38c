package dev.tcc.cli.exec;

import dev.tcc.frontend.onnx.TensorCodec;
import dev.tcc.ir.DType;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TensorFilesTest {
    @TempDir Path tmp;

    @Test
    void outputNamesBecomeSafeFileNames() {
        assertThat(TensorFiles.fileNames(List.of("y", "onnx::Add_3", "../../etc/passwd", "/abs", "..", "", "Y", "a b")))
                .containsExactly("y.pb", "onnx__Add_3.pb", "_.._.._etc_passwd.pb", "_abs.pb", "_...pb", "output_5.pb", "Y_6.pb", "a_b.pb");
    }

    @Test
    void writesOnlyInsideTheFolder() throws IOException {
        Path out = tmp.resolve("out");
        Tensor t = Tensor.ofDoubles(DType.F32, Shape.of(2), new double[] {1, 2});
        var written = TensorFiles.writeOutputs(out, List.of("../escape", "ok"), List.of(t, t));
        try (Stream<Path> all = Files.list(tmp)) {
            assertThat(all.map(p -> p.getFileName().toString())).containsExactly("out");
        }
        assertThat(written).extracting(w -> w.file().getParent()).containsOnly(out.toAbsolutePath().normalize());
        assertThat(TensorFiles.read(written.get(1).file())).isEqualTo(t);
    }

    @Test
    void refusesToWriteThroughASymbolicLink() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path target = tmp.resolve("victim.txt");
        Files.writeString(target, "keep");
        Files.createSymbolicLink(out.resolve("y.pb"), target);
        Tensor t = Tensor.scalar(DType.F32, 1);
        assertThatThrownBy(() -> TensorFiles.writeOutputs(out, List.of("y"), List.of(t))).isInstanceOf(TccException.class)
                .hasMessageContaining("cannot write output 'y'");
        assertThat(Files.readString(target)).isEqualTo("keep");
    }

    @Test
    void readsPbAndNpyAndExplainsBadFiles() throws IOException {
        Tensor t = Tensor.ofLongs(DType.I64, Shape.of(3), new long[] {4, 5, 6});
        Path pb = Files.write(tmp.resolve("t.pb"), TensorCodec.encode(t, "t").toByteArray());
        assertThat(TensorFiles.read(pb)).isEqualTo(t);
        Path npy = Files.write(tmp.resolve("t.npy"), NpyTest.npy(1, "<i8", false, "(3,)", NpyTest.le(8, 4, 5, 6)));
        assertThat(TensorFiles.read(npy)).isEqualTo(t);
        Path empty = Files.write(tmp.resolve("e.pb"), new byte[0]);
        assertThatThrownBy(() -> TensorFiles.read(empty)).hasMessage(empty + ": the file is empty; expected a TensorProto (.pb) or numpy (.npy) file");
        Path junk = Files.write(tmp.resolve("j.pb"), new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF});
        assertThatThrownBy(() -> TensorFiles.read(junk)).hasMessageContaining(junk + ": neither a .npy file nor a valid ONNX TensorProto");
        assertThatThrownBy(() -> TensorFiles.read(tmp.resolve("missing.pb"))).hasMessageEndingWith("missing.pb: no such file");
    }
}
