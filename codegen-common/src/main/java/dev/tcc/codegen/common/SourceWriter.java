package dev.tcc.codegen.common;

/** Accumulates source lines with indentation. */
public final class SourceWriter {
    private final StringBuilder out = new StringBuilder();
    private final String unit;
    private int depth;

    public SourceWriter(String indentUnit) { this.unit = indentUnit; }

    /** Writes one line at the current indentation (an empty string writes an empty line). */
    public SourceWriter line(String text) {
        if (!text.isEmpty()) out.append(unit.repeat(depth)).append(text);
        out.append('\n');
        return this;
    }

    /** Writes {@code text} and indents the following lines. */
    public SourceWriter open(String text) {
        line(text);
        depth++;
        return this;
    }

    /** Dedents and writes {@code text}. */
    public SourceWriter close(String text) {
        depth--;
        return line(text);
    }

    /** Dedents, writes {@code text} and indents again: the {@code "} else {"} of an if. */
    public SourceWriter middle(String text) {
        depth--;
        line(text);
        depth++;
        return this;
    }

    @Override public String toString() { return out.toString(); }
}
