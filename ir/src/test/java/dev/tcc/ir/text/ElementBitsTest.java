package dev.tcc.ir.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tcc.ir.DType;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.TensorType;

import org.junit.jupiter.api.Test;

/** The hex form uses ONNX's storage encodings; these are spot checks against the ONNX spec's tables. */
class ElementBitsTest {

    private static double d(DType t, int bits) { return ElementBits.decodeFloat(t, bits); }

    @Test
    void smallFloatFormatsDecodeAsOnnxSpecifies() {
        assertThat(d(DType.F8E4M3FN, 0x7E)).isEqualTo(448.0);
        assertThat(d(DType.F8E4M3FN, 0xFE)).isEqualTo(-448.0);
        assertThat(d(DType.F8E4M3FN, 0x7F)).isNaN();
        assertThat(d(DType.F8E4M3FN, 0x01)).isEqualTo(Math.scalb(1.0, -9));
        assertThat(d(DType.F8E4M3FN, 0x38)).isEqualTo(1.0);
        assertThat(d(DType.F8E4M3FNUZ, 0x7F)).isEqualTo(240.0);
        assertThat(d(DType.F8E4M3FNUZ, 0x80)).isNaN();
        assertThat(d(DType.F8E4M3FNUZ, 0x01)).isEqualTo(Math.scalb(1.0, -10));
        assertThat(d(DType.F8E5M2, 0x7B)).isEqualTo(57344.0);
        assertThat(d(DType.F8E5M2, 0x7C)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(d(DType.F8E5M2, 0xFC)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(d(DType.F8E5M2, 0x7D)).isNaN();
        assertThat(d(DType.F8E5M2, 0x01)).isEqualTo(Math.scalb(1.0, -16));
        assertThat(d(DType.F8E5M2FNUZ, 0x7F)).isEqualTo(57344.0);
        assertThat(d(DType.F8E5M2FNUZ, 0x80)).isNaN();
        assertThat(d(DType.F8E5M2FNUZ, 0x01)).isEqualTo(Math.scalb(1.0, -17));
        assertThat(d(DType.F8E8M0, 0x00)).isEqualTo(Math.scalb(1.0, -127));
        assertThat(d(DType.F8E8M0, 0x7F)).isEqualTo(1.0);
        assertThat(d(DType.F8E8M0, 0xFE)).isEqualTo(Math.scalb(1.0, 127));
        assertThat(d(DType.F8E8M0, 0xFF)).isNaN();
        assertThat(d(DType.F4E2M1, 0x7)).isEqualTo(6.0);
        assertThat(d(DType.F4E2M1, 0xF)).isEqualTo(-6.0);
        assertThat(d(DType.F4E2M1, 0x1)).isEqualTo(0.5);
        assertThat(d(DType.F4E2M1, 0x8)).isEqualTo(-0.0);
    }

    @Test
    void everyCodeOfTheSmallFormatsEncodesBackExceptExtraNans() {
        for (DType t : new DType[] {DType.F8E4M3FN, DType.F8E4M3FNUZ, DType.F8E5M2, DType.F8E5M2FNUZ, DType.F8E8M0, DType.F4E2M1}) {
            for (int code = 0; code < 1 << t.bits(); code++) {
                double v = d(t, code);
                long back = ElementBits.encodeFloat(t, v);
                if (!Double.isNaN(v)) assertThat(back).as(t + " code " + code).isEqualTo(code);
                else assertThat(d(t, (int) back)).isNaN();
            }
        }
        assertThat(ElementBits.encodeFloat(DType.F8E4M3FN, 0.3)).as("not a value of the type").isEqualTo(-1);
        assertThat(ElementBits.encodeFloat(DType.F8E4M3FNUZ, -0.0)).as("no negative zero").isEqualTo(-1);
    }

    @Test
    void hexIsLittleEndianAndPacksFromTheLowBits() {
        assertThat(TensorText.toHex(Tensor.ofDoubles(DType.F32, Shape.of(2), new double[] {1.0, -2.0}))).isEqualTo("0000803f000000c0");
        assertThat(TensorText.toHex(Tensor.ofDoubles(DType.F16, Shape.of(1), new double[] {1.0}))).isEqualTo("003c");
        assertThat(TensorText.toHex(Tensor.ofDoubles(DType.BF16, Shape.of(1), new double[] {1.0}))).isEqualTo("803f");
        assertThat(TensorText.toHex(Tensor.vector(DType.I16, 1, -2))).isEqualTo("0100feff");
        assertThat(TensorText.toHex(Tensor.vector(DType.I4, -1, 2, 7))).isEqualTo("2f07");
        assertThat(TensorText.toHex(Tensor.vector(DType.U2, 1, 2, 3, 0, 1))).isEqualTo("3901");
        assertThat(TensorText.toHex(Tensor.vector(DType.BOOL, 1, 0))).isEqualTo("0100");
        assertThat(TensorText.fromHex(new TensorType(DType.U64, Shape.of(1)), "ffffffffffffffff")).isEqualTo(Tensor.vector(DType.U64, -1));
    }

    @Test
    void namesAndStringsQuoteOnlyWhenNeeded() {
        assertThat(Lexical.name("input.1")).isEqualTo("input.1");
        assertThat(Lexical.name("onnx::Add_3")).isEqualTo("\"onnx::Add_3\"");
        assertThat(Lexical.name("")).isEqualTo("\"\"");
        assertThat(Lexical.quote("a\"b\\c\nd\u0001\ud800")).isEqualTo("\"a\\\"b\\\\c\\nd\\u0001\\ud800\"");
        for (String s : new String[] {"", "x", "a\"b\\c\nd\u0001\ud800", "\ud83d\ude00 ü \t\r"}) {
            assertThat(Lexical.unquote(Lexical.quote(s))).isEqualTo(s);
        }
        assertThat(Lexical.formatDouble(Double.NaN)).isEqualTo("nan");
        assertThat(Lexical.formatDouble(-0.0)).isEqualTo("-0.0");
        assertThat(Lexical.formatFloat(0.1f)).isEqualTo("0.1");
    }
}
