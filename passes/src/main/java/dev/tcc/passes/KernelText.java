package dev.tcc.passes;

import dev.tcc.ir.program.KernelProgram;

/** The kernel IR of a lowered program as text for dumps: each launch's kernel in its canonical text form. */
public final class KernelText {
    private KernelText() {}

    public static String print(KernelProgram p) {
        StringBuilder b = new StringBuilder();
        for (KernelProgram.Launch l : p.launches()) {
            b.append(switch (l.code()) {
                case KernelProgram.Code.Ir ir -> ir.kernel().toText();
                case KernelProgram.Code.Rendered r -> "// kernel " + l.name() + ": rendered code only\n";
            });
            if (b.charAt(b.length() - 1) != '\n') b.append('\n');
            b.append('\n');
        }
        return b.toString();
    }
}
