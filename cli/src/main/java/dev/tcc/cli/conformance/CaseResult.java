package dev.tcc.cli.conformance;

import java.nio.file.Path;

/**
 * The outcome of one conformance case.
 *
 * @param name        the case folder's name
 * @param dir         the case folder
 * @param status      pass, fail or skip
 * @param reason      why it failed or was skipped (one line); null when it passed
 * @param maxAbsError largest absolute error over all outputs (NaN when nothing was compared)
 * @param maxRelError largest relative error over all outputs (NaN when nothing was compared)
 * @param nanos       wall time of the case
 */
public record CaseResult(String name, Path dir, Status status, String reason, double maxAbsError, double maxRelError, long nanos) {
    public enum Status { PASS, FAIL, SKIP }

    public CaseResult {
        if (reason != null) reason = reason.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }

    /** The line {@code tcc conformance} prints: {@code PASS name}, {@code FAIL name: why}, {@code SKIP name: why}. */
    public String line() { return status + " " + name + (reason == null ? "" : ": " + reason); }

    public double seconds() { return nanos / 1e9; }
}
