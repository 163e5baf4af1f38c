package dev.tcc.cli;

import dev.tcc.cli.exec.TccException;
import dev.tcc.frontend.onnx.OnnxException;
import dev.tcc.ir.IrException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The {@code tcc} command. Every subcommand has {@code --help}. Errors print as one line on stderr
 * ({@code tcc run: error: ...}) with exit status 1, or 2 for a wrong command line; {@code --debug} adds
 * the stack trace.
 */
@Command(name = "tcc", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        description = "tcc, a tensor compiler: reads ONNX models, runs them on the reference interpreter or a GPU target, and checks them.",
        subcommands = {DemoCommand.class, CompileCommand.class, RunCommand.class, ConformanceCommand.class, InspectCommand.class, DevicesCommand.class, CommandLine.HelpCommand.class})
public final class Tcc implements Runnable {
    /** Exit status of a failed command. */
    public static final int EXIT_ERROR = 1;
    /** Exit status of a wrong command line. */
    public static final int EXIT_USAGE = 2;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "On errors, also print the stack trace.")
    boolean debug;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "give a command: demo, compile, run, conformance, inspect or devices");
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int status = execute(args, out, err);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /** Runs the command line {@code args}, printing to {@code out} and {@code err}; returns the exit status. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        boolean debug = Arrays.asList(args).contains("--debug");
        CommandLine cl = new CommandLine(new Tcc());
        cl.setOut(out).setErr(err);
        cl.setParameterExceptionHandler((ex, params) -> {
            CommandLine c = ex.getCommandLine();
            err.println(c.getCommandSpec().qualifiedName() + ": " + oneLine(ex.getMessage()) + " (see '"
                    + c.getCommandSpec().qualifiedName() + " --help')");
            if (debug) ex.printStackTrace(err);
            err.flush();
            return EXIT_USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            report(c.getCommandSpec().qualifiedName(), ex, debug, err);
            return EXIT_ERROR;
        });
        try {
            return cl.execute(args);
        } catch (Throwable t) { // Errors (stack overflow, out of memory) that picocli lets through
            report("tcc", t, debug, err);
            return EXIT_ERROR;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Prints {@code t} as one line, naming its class only when it is not one of tcc's own explained errors. */
    static void report(String command, Throwable t, boolean debug, PrintWriter err) {
        String msg = switch (t) {
            case TccException e -> e.getMessage();
            case OnnxException e -> e.getMessage();
            case IrException e -> e.getMessage();
            case dev.tcc.runtime.DeviceException e -> e.getMessage();
            case dev.tcc.runtime.exec.Artefact.ArtefactException e -> e.getMessage();
            case dev.tcc.passes.lower.LoweringException e -> e.getMessage();
            case IllegalArgumentException e when e.getMessage() != null -> e.getMessage();
            case UncheckedIOException e -> e.getMessage();
            case StackOverflowError e -> "stack overflow: the model is nested too deeply (run tcc with a larger -Xss)";
            case OutOfMemoryError e -> "out of memory (" + e.getMessage() + "); give the JVM more heap (JAVA_TOOL_OPTIONS=-Xmx8g)";
            default -> "internal error: " + t.getClass().getName() + (t.getMessage() == null ? "" : ": " + t.getMessage())
                    + (debug ? "" : " (run with --debug for the stack trace)");
        };
        err.println(command + ": error: " + oneLine(msg));
        if (debug) t.printStackTrace(err);
        err.flush();
    }

    static String oneLine(String s) { return s == null ? "" : s.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip(); }
}
