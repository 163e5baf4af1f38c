package dev.tcc.frontend.text;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Kernel text errors name the line and column and say what is wrong. */
class KernelParseErrorTest {

    /** A kernel whose body's second line is {@code line}. */
    private static String kernel(String line) {
        return "kernel k(a: f32[] read, b: f32[] write, n: i32)\n  grid [1] x [8]\n  workgroup t: f32[8]\n{\n"
                + "  let i: i32 = global_id(0);\n" + line + "\n}\n";
    }

    private static void fails(String text, String message) {
        assertThatThrownBy(() -> KernelParser.parse(text)).isInstanceOf(IrSyntaxException.class).hasMessage(message);
    }

    @Test
    void syntaxErrorsGiveLineAndColumn() {
        fails(kernel("  b[i] = a[i]"), "line 7:1: missing ';' at '}'");
        fails(kernel("  b[i] = a[i] # 2;"), "line 6:15: token recognition error at: '#'");
        fails("", "line 1:1: mismatched input '<EOF>' expecting 'kernel'");
        fails(kernel("  for (let j: i32 = 0; j < 4; k = j + 1) { }"),
                "line 6:31: loop step must assign the loop index 'j', not 'k'");
    }

    @Test
    void namesMustBeDeclared() {
        fails(kernel("  b[i] = a[j];"), "line 6:12: variable 'j' is not declared in an enclosing scope");
        fails(kernel("  c[i] = a[i];"), "line 6:3: 'c' is not a buffer parameter or array (known: [a, b, t])");
        fails(kernel("  { let j: i32 = 1; }\n  b[j] = 0.0;"), "line 7:5: variable 'j' is not declared in an enclosing scope");
    }

    @Test
    void typesAreChecked() {
        fails(kernel("  b[i] = a[i] + 1;"),
                "line 6:10: binary ADD: operand types differ (f32 and i32); insert a cast");
        fails(kernel("  let x: f16 = 0.0;"), "line 6:3: variable x: f16 is not a value type "
                + "(value types: [f64, f32, i64, i32, u64, u32, bool]; storage-only types are widened by loads)");
        fails(kernel("  let x: i33 = 0;"), "line 6:10: unknown type 'i33'");
        fails(kernel("  let x: u32 = -1:u32;"), "line 6:16: -1 does not fit u32");
        fails(kernel("  let x: i32 = 2147483648;"), "line 6:16: 2147483648 does not fit i32");
        fails(kernel("  b[i] = 1.5:i32;"), "line 6:10: 1.5 is a float literal but its type is i32");
    }

    @Test
    void namedThingsAreChecked() {
        fails(kernel("  b[i] = frob(a[i]);"), "line 6:10: unknown function 'frob'");
        fails(kernel("  b[i] = min(a[i]);"), "line 6:10: min takes 2 arguments, got 1");
        fails(kernel("  b[i] = cast<f32>(global_id(3));"), "line 6:20: global_id: dimension must be 0, 1 or 2, got 3");
        fails(kernel("  barrier(everything);"), "line 6:11: unknown barrier fence 'everything' (workgroup or all)");
        fails("kernel k(a: f32[] readonly)\n  grid [1] x [1]\n{\n}\n",
                "line 1:19: unknown buffer access 'readonly' (read, write or read-write)");
        fails(kernel("  a[i] = 1.0;"), "line 1:1: kernel k: buffer 'a' is read-only but is stored to");
    }
}
