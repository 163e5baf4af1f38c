package dev.tcc.ir.kernel;

import java.util.Set;
import java.util.regex.Pattern;

/** Identifier rules shared by every target: ASCII letters, digits and '_', not a keyword of any target. */
final class Names {
    private Names() {}

    private static final Pattern IDENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** Words that are reserved in OpenCL C or WGSL (or easily confused with builtins) and so cannot name things. */
    private static final Set<String> RESERVED = Set.of(
            "auto", "bool", "break", "case", "char", "const", "continue", "default", "do", "double", "else",
            "enum", "extern", "float", "for", "goto", "half", "if", "int", "long", "register", "return",
            "short", "signed", "sizeof", "static", "struct", "switch", "typedef", "union", "unsigned",
            "void", "volatile", "while", "uint", "ulong", "uchar", "ushort", "kernel", "global", "local",
            "private", "constant", "restrict", "inline", "let", "var", "fn", "loop", "true", "false",
            "f32", "f16", "i32", "u32", "vec2", "vec3", "vec4", "array", "ptr", "storage", "uniform",
            "workgroup", "function", "select", "min", "max", "abs", "exp", "log", "sqrt", "barrier");

    static void check(String name, String what) {
        if (name == null || !IDENT.matcher(name).matches() || name.startsWith("__")) {
            throw new KernelIrException(what + " name '" + name + "' is not an identifier ([A-Za-z_][A-Za-z0-9_]*, no leading __)");
        }
        if (RESERVED.contains(name)) {
            throw new KernelIrException(what + " name '" + name + "' is a reserved word of a target language; pick another");
        }
    }

    static boolean isReserved(String name) { return RESERVED.contains(name); }
}
