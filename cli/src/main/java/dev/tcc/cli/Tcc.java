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
        subcommands = {DemoCommand.class, CompileCommand.class, RunCommand.class, BenchCommand.class, TuneCommand.class, ConformanceCommand.class, InspectCommand.class, ProfileCommand.class, DevicesCommand.class, FuzzCommand.class, CommandLine.HelpCommand.class})
public final class Tcc implements Runnable {
    /** Exit status of a failed command. */
    public static final int EXIT_ERROR = 1;
    /** Exit status of a wrong command line. */
    public static final int EXIT_USAGE = 2;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "On errors, also print the stack trace.")
    boolean debug;

    @Option(names = "--max-memory", paramLabel = "SIZE", scope = ScopeType.INHERIT,
            description = "Host memory tcc may use for tensor values (folded constants, the reference interpreter, inputs), e.g. 2g or 512m; "
                    + "a model that needs more fails fast. Default: half the JVM's maximum heap.")
    String maxMemory;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "give a command: demo, compile, run, bench, tune, conformance, inspect, profile, devices or fuzz");
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
    public static int execute(String[] args, PrintWriter rawOut, PrintWriter rawErr) {
        PrintWriter out = Terminal.escaping(rawOut), err = Terminal.escaping(rawErr);
        boolean debug = Arrays.asList(args).contains("--debug");
        try {
            dev.tcc.ir.Limits.setMaxBytes(maxMemory(args));
        } catch (IllegalArgumentException e) {
            err.println("tcc: --max-memory: " + e.getMessage() + " (see 'tcc --help')");
            err.flush();
            return EXIT_USAGE;
        }
        CommandLine cl = new CommandLine(new Tcc());
        cl.setOut(out).setErr(err).setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
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

    /** Prints {@code t} as one line (a kernel build log keeps its lines), naming its class only when it is not one of tcc's own explained errors. */
    static void report(String command, Throwable t, boolean debug, PrintWriter err) {
        String explained = explained(t);
        String msg = explained != null ? explained : "internal error: " + t.getClass().getName() + (t.getMessage() == null ? "" : ": " + t.getMessage())
                + (debug ? "" : " (run with --debug for the stack trace)");
        err.println(command + ": error: " + (t instanceof dev.tcc.runtime.KernelBuildException ? msg.strip() : oneLine(msg)));
        if (debug) t.printStackTrace(err);
        err.flush();
    }

    /** The message of an error tcc explains (a model, artefact, device or resource problem), or null for an internal error. */
    static String explained(Throwable t) {
        return switch (t) {
            case TccException e -> e.getMessage();
            case OnnxException e -> e.getMessage();
            case IrException e -> e.getMessage();
            case dev.tcc.runtime.KernelBuildException e -> e.getMessage(); // multi-line: the build log and numbered source
            case dev.tcc.runtime.DeviceException e -> e.getMessage();
            case dev.tcc.runtime.exec.Artefact.ArtefactException e -> e.getMessage();
            case dev.tcc.passes.lower.LoweringException e -> e.getMessage();
            case IllegalArgumentException e when e.getMessage() != null -> e.getMessage();
            case UncheckedIOException e -> e.getMessage();
            case ArithmeticException e when e.getMessage() != null && e.getMessage().startsWith("shape ") -> e.getMessage()
                    + "; the model or the given --shape asks for more elements than 64 bits count";
            case StackOverflowError e -> "stack overflow: the model is nested too deeply (run tcc with a larger -Xss)";
            case OutOfMemoryError e -> "out of memory (" + e.getMessage() + "); give the JVM more heap (JAVA_TOOL_OPTIONS=-Xmx8g)";
            default -> null;
        };
    }

    /** The {@code --max-memory} value in bytes, or the default when it is not given. */
    private static long maxMemory(String[] args) {
        String v = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--max-memory") && i + 1 < args.length) v = args[i + 1];
            else if (args[i].startsWith("--max-memory=")) v = args[i].substring("--max-memory=".length());
        }
        if (v == null) return dev.tcc.ir.Limits.defaultMaxBytes();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)(\\d+)([kmgt]?)i?b?").matcher(v.strip());
        if (!m.matches()) throw new IllegalArgumentException("'" + v + "' is not a size (give e.g. 2g, 512m or 1000000)");
        int shift = switch (m.group(2).toLowerCase(java.util.Locale.ROOT)) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            case "t" -> 40;
            default -> 0;
        };
        try {
            long n = Long.parseLong(m.group(1));
            if (n > Long.MAX_VALUE >> shift) throw new IllegalArgumentException("'" + v + "' is too large");
            return n << shift;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + v + "' is too large");
        }
    }

    static String oneLine(String s) { return s == null ? "" : s.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip(); }
}
