package dev.tcc.frontend.text;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/** Errors located at a token or at the start of a parse-tree node. */
final class Positions {
    private Positions() {}

    static IrSyntaxException error(Token t, String message) {
        return new IrSyntaxException(t.getLine(), t.getCharPositionInLine() + 1, message);
    }

    static IrSyntaxException error(ParserRuleContext ctx, String message) {
        return error(ctx.getStart(), message);
    }
}
