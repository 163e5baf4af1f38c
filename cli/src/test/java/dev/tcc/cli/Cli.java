package dev.tcc.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Test helper: runs the tcc command in-process and captures its exit status and output. */
record Cli(int status, String out, String err) {
    static Cli run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int status = Tcc.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Cli(status, out.toString(), err.toString());
    }

    /** The stderr text, which for an error is exactly one line. */
    String errLine() { return err.strip(); }
}
