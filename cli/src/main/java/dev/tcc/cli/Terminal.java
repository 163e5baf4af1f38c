package dev.tcc.cli;

/**
 * Text from models and artefacts on the terminal: names may hold escape sequences (a model output named by
 * an escape sequence could clear the screen), so every control character other than a line break is shown as
 * a backslash-x or backslash-u hex escape.
 */
final class Terminal {
    private Terminal() {}

    /** {@code s} with control characters (C0, DEL, C1, bidirectional overrides) escaped; line breaks kept. */
    static String escape(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\t' || !isControl(c)) b.append(c);
            else if (c < 0x100) b.append(String.format("\\x%02x", (int) c));
            else b.append(String.format("\\u%04x", (int) c));
        }
        return b.toString();
    }

    private static boolean isControl(char c) {
        return c < 0x20 || c >= 0x7f && c < 0xa0 || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069;
    }

    /** A writer that {@link #escape escapes} everything written through it. */
    static java.io.PrintWriter escaping(java.io.Writer w) {
        return new java.io.PrintWriter(new java.io.FilterWriter(w) {
            @Override public void write(int c) throws java.io.IOException { out.write(escape(String.valueOf((char) c))); }

            @Override public void write(char[] cbuf, int off, int len) throws java.io.IOException { out.write(escape(new String(cbuf, off, len))); }

            @Override public void write(String str, int off, int len) throws java.io.IOException { out.write(escape(str.substring(off, off + len))); }
        }, true);
    }

    /** True when stderr is a terminal (Linux: what fd 2 links to), so that progress can be drawn there. */
    static boolean stderrIsTerminal() {
        try {
            String fd2 = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/2")).toString();
            return fd2.startsWith("/dev/pts/") || fd2.startsWith("/dev/tty");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            java.io.Console c = System.console();
            return c != null && c.isTerminal();
        }
    }

    /** A progress bar on one line of {@code err}, redrawn in place; nothing when {@code on} is false (stderr not a terminal). */
    static final class ProgressBar {
        private static final int WIDTH = 30;
        private final java.io.PrintWriter err;
        private final boolean on;
        private boolean shown;

        ProgressBar(java.io.PrintWriter err, boolean on) {
            this.err = err;
            this.on = on;
        }

        /** Draws {@code done} of {@code total} and {@code label}. */
        void show(int done, int total, String label) {
            if (!on) return;
            int filled = total <= 0 ? WIDTH : (int) Math.min(WIDTH, (long) WIDTH * done / total);
            err.print("\r\033[K[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total + "  " + escape(label));
            err.flush();
            shown = true;
        }

        /** Erases the bar. */
        void clear() {
            if (!shown) return;
            err.print("\r\033[K");
            err.flush();
            shown = false;
        }
    }
}
