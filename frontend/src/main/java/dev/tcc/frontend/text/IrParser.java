package dev.tcc.frontend.text;

import dev.tcc.ir.Graph;
import dev.tcc.ir.Op;
import dev.tcc.ir.Tensor;

import java.util.function.Function;

import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;

/**
 * Reads the canonical text form of graph IR that {@link dev.tcc.ir.text.Printer} writes (its Javadoc has
 * the grammar; the ANTLR grammar is {@code TccIr.g4}). Every op is built through its record constructor
 * via {@link dev.tcc.ir.text.OpSyntax} and its output types are checked against {@link Op#inferTypes}.
 * All errors are {@link IrSyntaxException}s whose message starts with {@code line L:C:}.
 */
public final class IrParser {
    private IrParser() {}

    /** Reads a whole {@code graph @name(...) { ... }}. */
    public static Graph parseGraph(String text) {
        return parse(text, p -> GraphReader.read(p.graphFile().graph()));
    }

    /** Reads one op with its attributes, e.g. {@code reduce<fn=sum, axes=[1], keep_dims=true>}; no types are checked. */
    public static Op parseOp(String text) {
        return parse(text, p -> ParsedAttrs.buildOp(p.opFile().op()));
    }

    /** Reads one tensor literal, e.g. {@code dense<f32[2]> [1.0, 2.0]}. */
    public static Tensor parseTensor(String text) {
        return parse(text, p -> Tensors.read(p.tensorFile().tensorLit()));
    }

    private static <T> T parse(String text, Function<TccIrParser, T> rule) {
        TccIrLexer lexer = new TccIrLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        lexer.addErrorListener(THROWING);
        TccIrParser parser = new TccIrParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        parser.addErrorListener(THROWING);
        return rule.apply(parser);
    }

    /** Turns the first lexer or parser error into an {@link IrSyntaxException}; ANTLR would recover and go on. */
    private static final BaseErrorListener THROWING = new BaseErrorListener() {
        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
                                String msg, RecognitionException e) {
            throw new IrSyntaxException(line, charPositionInLine + 1, shorten(msg));
        }
    };

    private static String shorten(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }
}
