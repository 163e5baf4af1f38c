package dev.tcc.frontend.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tcc.ir.DType;
import dev.tcc.ir.Graph;
import dev.tcc.ir.Node;
import dev.tcc.ir.Op;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.TensorType;
import dev.tcc.ir.Value;
import dev.tcc.ir.text.Printer;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Errors name the line and column and say what is wrong. */
class ParseErrorTest {

    /** A graph whose second line is {@code line2}. */
    private static String graph(String line2) {
        return "graph @g(%x: f32[2], %i: i64[3]) {\n" + line2 + "\n  return %x\n}\n";
    }

    private static void fails(String text, String message) {
        assertThatThrownBy(() -> IrParser.parseGraph(text)).isInstanceOf(IrSyntaxException.class).hasMessage(message);
    }

    @Test
    void syntaxErrorsGiveLineAndColumn() {
        fails(graph("  %y = add(%x %x) : f32[2]"), "line 2:15: extraneous input '%x' expecting {',', ')'}");
        fails(graph("  %y = add(%x, %x) : f32[2] # note"), "line 2:29: token recognition error at: '#'");
        fails("", "line 1:1: mismatched input '<EOF>' expecting 'graph'");
        fails(graph("  %y = add(%x, %x) : f32[2"), "line 3:3: mismatched input 'return' expecting {',', ']'}");
    }

    @Test
    void namesMustBeDefinedOnceBeforeUse() {
        fails(graph("  %y = add(%x, %z) : f32[2]"), "line 2:16: value %z is not defined before this use");
        fails(graph("  %x = neg(%x) : f32[2]"), "line 2:3: value %x is defined twice");
        fails("graph @g() {\n  return %\"a b\"\n}", "line 2:10: value %\"a b\" is not defined before this use");
    }

    @Test
    void printedTypesMustBeTheInferredOnes() {
        fails(graph("  %y = add(%x, %x) : f32[3] @Add_1"),
                "line 2:3: add @Add_1: printed type f32[3] but the op infers f32[2] from inputs (f32[2], f32[2])");
        fails(graph("  %y = add(%x, %i) : f32[2]"),
                "line 2:3: add: the op does not accept inputs (f32[2], i64[3]): add: element types differ: f32[2] and i64[3]");
        fails(graph("  %y, %z = neg(%x) : f32[2]"), "line 2:3: neg: 2 results but 1 types after ':'");
        fails(graph("  %y, %z = neg(%x) : f32[2], f32[2]"), "line 2:3: neg: printed type f32[2], f32[2] but the op infers f32[2] from inputs (f32[2])");
    }

    @Test
    void opsAndAttributesAreChecked() {
        fails(graph("  %y = frobnicate(%x) : f32[2]"), "line 2:8: unknown op 'frobnicate'");
        fails(graph("  %y = softmax<axis=0>(%x) : f32[2]"), "line 2:8: softmax: missing attribute 'log' (attributes: [axis, log])");
        fails(graph("  %y = softmax<axis=0, log=false, beta=1.0>(%x) : f32[2]"),
                "line 2:35: softmax has no attribute 'beta'; its attributes are [axis, log]");
        fails(graph("  %y = softmax<axis=0, log=false, axis=0>(%x) : f32[2]"), "line 2:35: softmax: attribute 'axis' given twice");
        fails(graph("  %y = softmax<axis=0.5, log=false>(%x) : f32[2]"), "line 2:21: softmax: attribute 'axis' must be an integer, got 0.5");
        fails(graph("  %y = softmax<axis=4294967296, log=false>(%x) : f32[2]"),
                "line 2:21: softmax: attribute 'axis' must be an integer that fits 32 bits, got 4294967296");
        fails(graph("  %y = reduce<fn=total, axes=[0], keep_dims=false>(%x) : f32[]"),
                "line 2:18: reduce: attribute 'fn' must be one of [sum, mean, max, min, prod, sum_square, l1, l2, log_sum, log_sum_exp], got total");
        fails(graph("  %y = cast<to=f31, saturate=true, e8m0_rounding=up>(%x) : f32[2]"), "line 2:16: cast: attribute 'to' must be an element type (one of "
                + List.of(DType.values()).stream().map(DType::irName).toList() + "), got f31");
        fails(graph("  %y = reduce<fn=sum, axes=1, keep_dims=false>(%x) : f32[]"),
                "line 2:28: reduce: attribute 'axes' must be a list of integers in [ ], got 1");
    }

    @Test
    void tensorLiteralsAreChecked() {
        fails(graph("  %c = constant<value=dense<f32[3]> [1.0, 2.0]>() : f32[3]"),
                "line 2:37: bad f32[3] literal: f32[3] needs 3 elements, got 2");
        fails(graph("  %c = constant<value=dense<u8[2]> [1, 256]>() : u8[2]"), "line 2:36: bad u8[2] literal: element 1 (256) is not a u8 value");
        fails(graph("  %c = constant<value=dense<bool[1]> [1]>() : bool[1]"),
                "line 2:38: bad bool[1] literal: element 0 of a bool tensor must be true or false, got 1");
        fails(graph("  %c = constant<value=dense<i16[2]> hex \"0100\">() : i16[2]"),
                "line 2:37: bad i16[2] literal: i16[2] needs 4 bytes (8 hex digits), got 4 hex digits");
        fails(graph("  %c = constant<value=dense<i8[1]> hex \"zz\">() : i8[1]"), "line 2:36: bad i8[1] literal: 'z' at offset 0 is not a hex digit");
        fails(graph("  %c = constant<value=dense<f32[300]> elided>() : f32[300]"),
                "line 2:39: the data of this f32[300] literal was elided by Printer.printElided; print with Printer.print to get text that parses");
        fails(graph("  %c = constant<value=dense<q7[1]> [1]>() : q7[1]"), "line 2:29: unknown element type 'q7'");
    }

    @Test
    void parseOpAndParseTensorReadSingleItems() {
        assertThat(IrParser.parseOp("transpose<perm=[1, 0]>")).isEqualTo(new dev.tcc.ir.Movement.Transpose(List.of(1, 0)));
        assertThat(IrParser.parseTensor("dense<u64[2]> [18446744073709551615, 0]"))
                .isEqualTo(Tensor.ofLongs(DType.U64, Shape.of(2), new long[] {-1, 0}));
        assertThat(IrParser.parseTensor("dense<f32[2]> [0.1, 1]")).isEqualTo(Tensor.ofDoubles(DType.F32, Shape.of(2), new double[] {0.1f, 1}));
        assertThatThrownBy(() -> IrParser.parseOp("transpose<perm=[1, 0]> extra"))
                .hasMessage("line 1:24: extraneous input 'extra' expecting <EOF>");
    }

    @Test
    void roundTripCheckNamesTheFirstDifference() {
        Value x = new Value("x", TensorType.of(DType.F32, 2));
        Value xAsI64 = new Value("x", TensorType.of(DType.I64, 2)); // same name, another type: not printable faithfully
        Value y = new Value("y", TensorType.of(DType.I64, 2));
        Graph g = Graph.of("bad", List.of(x), List.of(new Node("n", new dev.tcc.ir.Elementwise.Unary(dev.tcc.ir.Elementwise.UnaryFn.NEG),
                List.of(xAsI64), List.of(y))), List.of(y));
        assertThatThrownBy(() -> RoundTrip.check(g)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("line 2:3: neg @n: printed type i64[2] but the op infers f32[2]")
                .hasMessageContaining(">    2 |   %y = neg(%x) : i64[2] @n");

        Value dup = new Value("x", TensorType.of(DType.F32, 2));
        Graph twice = Graph.of("twice", List.of(x), List.of(new Node("c", new Op.Constant(Tensor.scalar(DType.F32, 1)), List.of(), List.of(
                new Value("k", TensorType.of(DType.F32))))), List.of(dup));
        assertThat(RoundTrip.check(twice)).isEqualTo(twice); // equal values of one name are one value
    }

    @Test
    void elidedPrintingShortensLargeConstantsOnly() {
        Value c = new Value("c", TensorType.of(DType.F32, 100));
        Value d = new Value("d", TensorType.of(DType.F32, 2));
        Graph g = Graph.of("e", List.of(), List.of(
                new Node("", new Op.Constant(Tensor.filled(c.type(), 1.0)), List.of(), List.of(c)),
                new Node("", new Op.Constant(Tensor.filled(d.type(), 2.0)), List.of(), List.of(d))), List.of(c, d));
        String text = Printer.printElided(g, 10);
        assertThat(text).contains("dense<f32[100]> elided").contains("dense<f32[2]> [2.0, 2.0]");
        assertThat(Printer.print(g)).contains("dense<f32[100]> hex \"0000803f0000803f");
    }
}
