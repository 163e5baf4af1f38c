package dev.tcc.frontend.text;

import dev.tcc.ir.kernel.Kernel;

import java.util.List;
import java.util.function.Function;

import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;

/**
 * Reads the text form of kernel IR that {@link dev.tcc.ir.kernel.KernelPrinter} writes (the ANTLR grammar
 * is {@code TccKernel.g4}), so that {@code parse(KernelPrinter.print(k)).equals(k)}. Besides the
 * printer's fully parenthesised form it accepts C precedence and {@code //} comments, for kernels written
 * by hand in tests. Every error is an {@link IrSyntaxException} whose message starts with {@code line
 * L:C:}; the kernel's own checks ({@link Kernel}'s verifier, the typed records) report at the construct
 * that failed them.
 */
public final class KernelParser {
    private KernelParser() {}

    /** Reads exactly one kernel. */
    public static Kernel parse(String text) {
        return parse(text, p -> KernelReader.read(p.kernelFile().kernel()));
    }

    /** Reads zero or more kernels, one after another (for instance several printed kernels concatenated). */
    public static List<Kernel> parseAll(String text) {
        return parse(text, p -> p.kernelsFile().kernel().stream().map(KernelReader::read).toList());
    }

    private static <T> T parse(String text, Function<TccKernelParser, T> rule) {
        TccKernelLexer lexer = new TccKernelLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        lexer.addErrorListener(THROWING);
        TccKernelParser parser = new TccKernelParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        parser.addErrorListener(THROWING);
        return rule.apply(parser);
    }

    /** Turns the first lexer or parser error into an {@link IrSyntaxException}; ANTLR would recover and go on. */
    private static final BaseErrorListener THROWING = new BaseErrorListener() {
        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
                                String msg, RecognitionException e) {
            String shortened = msg.length() > 300 ? msg.substring(0, 300) + "..." : msg;
            throw new IrSyntaxException(line, charPositionInLine + 1, shortened);
        }
    };
}
