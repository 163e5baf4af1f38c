package dev.tcc.cli.exec;

import dev.tcc.ir.DType;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Tensor;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** .npy files built byte by byte as the format description (numpy's NEP 1) says, then read back. */
public class NpyTest {
    /** A .npy file of format {@code version} with the given header fields and raw data. */
    public static byte[] npy(int version, String descr, boolean fortran, String shape, byte[] data) {
        String dict = "{'descr': '" + descr + "', 'fortran_order': " + (fortran ? "True" : "False") + ", 'shape': " + shape + ", }";
        int prefix = version == 1 ? 10 : 12;
        int total = prefix + dict.length() + 1;
        int pad = (64 - total % 64) % 64;
        String header = dict + " ".repeat(pad) + "\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', (byte) version, 0});
        ByteBuffer len = ByteBuffer.allocate(version == 1 ? 2 : 4).order(ByteOrder.LITTLE_ENDIAN);
        if (version == 1) len.putShort((short) header.length()); else len.putInt(header.length());
        out.writeBytes(len.array());
        out.writeBytes(header.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(data);
        return out.toByteArray();
    }

    public static byte[] le(int bytesPer, long... v) {
        ByteBuffer b = ByteBuffer.allocate(bytesPer * v.length).order(ByteOrder.LITTLE_ENDIAN);
        for (long x : v) {
            switch (bytesPer) {
                case 1 -> b.put((byte) x);
                case 2 -> b.putShort((short) x);
                case 4 -> b.putInt((int) x);
                default -> b.putLong(x);
            }
        }
        return b.array();
    }

    @Test
    void float32MatrixVersion1() {
        ByteBuffer d = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        for (float f : new float[] {1.5f, -2f, 3.25f, 0f, 1e-3f, 7f}) d.putFloat(f);
        Tensor t = Npy.read(npy(1, "<f4", false, "(2, 3)", d.array()), "a.npy");
        assertThat(t.type().toString()).isEqualTo("f32[2,3]");
        assertThat(t.toDoubles()).containsExactly(1.5, -2, 3.25, 0, (double) 1e-3f, 7);
    }

    @Test
    void version2HeaderAndScalars() {
        ByteBuffer d = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putDouble(Math.PI);
        Tensor t = Npy.read(npy(2, "<f8", false, "()", d.array()), "pi.npy");
        assertThat(t.shape()).isEqualTo(Shape.SCALAR);
        assertThat(t.getDouble(0)).isEqualTo(Math.PI);
    }

    @Test
    void integerAndBoolTypes() {
        assertThat(Npy.read(npy(1, "<i8", false, "(3,)", le(8, -1, 0, Long.MAX_VALUE)), "f").toLongs()).containsExactly(-1, 0, Long.MAX_VALUE);
        assertThat(Npy.read(npy(1, "<i4", false, "(2,)", le(4, -7, 9)), "f").dtype()).isEqualTo(DType.I32);
        assertThat(Npy.read(npy(1, "|u1", false, "(2,)", le(1, 255, 1)), "f").toLongs()).containsExactly(255, 1);
        assertThat(Npy.read(npy(1, "<u2", false, "(1,)", le(2, 65535)), "f").toLongs()).containsExactly(65535);
        assertThat(Npy.read(npy(1, "|i1", false, "(1,)", le(1, -128)), "f").toLongs()).containsExactly(-128);
        Tensor b = Npy.read(npy(1, "|b1", false, "(1, 3)", le(1, 1, 0, 1)), "f");
        assertThat(b.type().toString()).isEqualTo("bool[1,3]");
        assertThat(b.toLongs()).containsExactly(1, 0, 1);
    }

    @Test
    void float16() {
        Tensor t = Npy.read(npy(1, "<f2", false, "(2,)", le(2, 0x3C00, 0xC000)), "h.npy"); // 1.0, -2.0
        assertThat(t.dtype()).isEqualTo(DType.F16);
        assertThat(t.toDoubles()).containsExactly(1.0, -2.0);
    }

    @Test
    void refusalsSayWhatToDo() {
        assertThatThrownBy(() -> Npy.read(npy(1, ">f4", false, "(1,)", new byte[4]), "be.npy"))
                .hasMessage("be.npy: big-endian data ('>f4') is not supported; save it little-endian (a.astype('<f4'))");
        assertThatThrownBy(() -> Npy.read(npy(1, "<f4", true, "(2, 2)", new byte[16]), "f.npy"))
                .hasMessageContaining("f.npy: the array is stored in Fortran order; save it in C order");
        assertThatThrownBy(() -> Npy.read(npy(1, "<f4", false, "(2, 2)", new byte[12]), "t.npy"))
                .hasMessage("t.npy: holds 12 data bytes, but a <f4 array of shape [2,2] needs 16; the file is truncated or corrupt");
        assertThatThrownBy(() -> Npy.read(npy(1, "<c8", false, "(1,)", new byte[8]), "c.npy"))
                .hasMessageStartingWith("c.npy: unsupported .npy dtype '<c8'");
        assertThatThrownBy(() -> Npy.read(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, 100, 0}, "h.npy"))
                .hasMessage("h.npy: truncated .npy header");
    }
}
