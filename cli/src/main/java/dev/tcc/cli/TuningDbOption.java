package dev.tcc.cli;

import dev.tcc.cli.tune.TuningDb;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;

/** The {@code --db} option: which tuning database a command reads (and {@code tcc tune} writes). */
final class TuningDbOption {
    @Option(names = "--db", paramLabel = "FILE",
            description = "Tuning database (JSON) with the kernel parameters 'tcc tune' found per device. Default: ~/.tcc/tuning.json.")
    Path db;

    /** The database; a corrupt file is reported on {@code err} in one line and treated as empty. */
    TuningDb open(PrintWriter err) {
        return TuningDb.load(db != null ? db : TuningDb.defaultPath(), line -> {
            err.println(line);
            err.flush();
        });
    }
}
