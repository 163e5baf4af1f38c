package dev.tcc.frontend.text;

import dev.tcc.frontend.text.TccIrParser.ElidedBodyContext;
import dev.tcc.frontend.text.TccIrParser.HexBodyContext;
import dev.tcc.frontend.text.TccIrParser.ListBodyContext;
import dev.tcc.frontend.text.TccIrParser.ScalarContext;
import dev.tcc.frontend.text.TccIrParser.TensorLitContext;
import dev.tcc.frontend.text.TccIrParser.TensorTypeContext;
import dev.tcc.ir.DType;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.TensorType;
import dev.tcc.ir.text.Lexical;
import dev.tcc.ir.text.TensorText;

import org.antlr.v4.runtime.tree.TerminalNode;

/** Reads tensor types and tensor literals; the element encodings themselves are {@link TensorText}'s. */
final class Tensors {
    private Tensors() {}

    static TensorType type(TensorTypeContext ctx) {
        DType dtype;
        try {
            dtype = DType.fromIrName(ctx.ident().getText());
        } catch (IllegalArgumentException e) {
            throw Positions.error(ctx, "unknown element type '" + ctx.ident().getText() + "'");
        }
        long[] dims = new long[ctx.INT().size()];
        for (int i = 0; i < dims.length; i++) {
            TerminalNode d = ctx.INT(i);
            try {
                dims[i] = Long.parseLong(d.getText());
            } catch (NumberFormatException e) {
                throw Positions.error(d.getSymbol(), "dimension " + d.getText() + " does not fit 64 bits");
            }
            if (dims[i] < 0) throw Positions.error(d.getSymbol(), "negative dimension " + d.getText());
        }
        return new TensorType(dtype, new Shape(dims));
    }

    static Tensor read(TensorLitContext ctx) {
        TensorType type = type(ctx.tensorType());
        try {
            return switch (ctx.tensorBody()) {
                case ListBodyContext l -> TensorText.fromLiterals(type, l.scalar().stream().map(ScalarContext::getText).toList());
                case HexBodyContext h -> TensorText.fromHex(type, Lexical.unquote(h.STRING().getText()));
                case ElidedBodyContext e -> throw Positions.error(e, "the data of this " + type
                        + " literal was elided by Printer.printElided; print with Printer.print to get text that parses");
                default -> throw new IllegalStateException("unknown tensor body " + ctx.tensorBody().getClass());
            };
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw Positions.error(ctx.tensorBody(), "bad " + type + " literal: " + e.getMessage());
        }
    }
}
