package dev.tcc.cli.fuzz;

/** What one fuzz input did. */
enum Outcome {
    /** Accepted: a valid input. */
    OK,
    /** Refused with an error tcc explains (the expected result for most mutants). */
    ERROR,
    /** An exception tcc does not explain: it would print as "internal error". */
    CRASH,
    /** Ran past the per-input time limit. */
    HANG,
    /** Ran out of heap (the memory limit failed to catch it first). */
    OOM
}
