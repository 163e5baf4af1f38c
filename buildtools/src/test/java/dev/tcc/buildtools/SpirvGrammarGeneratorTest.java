package dev.tcc.buildtools;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The generator on a small grammar in the Khronos format: the tables it writes, as text. */
class SpirvGrammarGeneratorTest {

    private static final String CORE = """
            {
              "copyright": ["test"], "magic_number": "0x07230203", "major_version": 1, "minor_version": 6, "revision": 1,
              "instructions": [
                {"opname": "OpNop", "class": "Miscellaneous", "opcode": 0},
                {"opname": "OpFAdd", "class": "Arithmetic", "opcode": 129, "operands": [
                  {"kind": "IdResultType"}, {"kind": "IdResult"}, {"kind": "IdRef"}, {"kind": "IdRef"}]},
                {"opname": "OpDecorate", "class": "Annotation", "opcode": 71, "operands": [
                  {"kind": "IdRef"}, {"kind": "Decoration"}]},
                {"opname": "OpEntryPoint", "class": "Mode-Setting", "opcode": 15, "operands": [
                  {"kind": "IdRef"}, {"kind": "LiteralString"}, {"kind": "IdRef", "quantifier": "*"}]}
              ],
              "operand_kinds": [
                {"category": "BitEnum", "kind": "FunctionControl", "enumerants": [
                  {"enumerant": "None", "value": "0x0000"}, {"enumerant": "Inline", "value": "0x0001"}]},
                {"category": "ValueEnum", "kind": "Dim", "enumerants": [{"enumerant": "1D", "value": 0}]},
                {"category": "ValueEnum", "kind": "Decoration", "enumerants": [
                  {"enumerant": "ArrayStride", "value": 6, "parameters": [{"kind": "LiteralInteger"}]}]},
                {"category": "Id", "kind": "IdResultType"}, {"category": "Id", "kind": "IdResult"},
                {"category": "Id", "kind": "IdRef"}, {"category": "Literal", "kind": "LiteralInteger"},
                {"category": "Literal", "kind": "LiteralString"},
                {"category": "Composite", "kind": "PairIdRefIdRef", "bases": ["IdRef", "IdRef"]}
              ]
            }
            """;

    private static final String GLSL = """
            {"copyright": ["test"], "version": 100, "revision": 2, "instructions": [
              {"opname": "Fma", "opcode": 50, "operands": [{"kind": "IdRef"}, {"kind": "IdRef"}, {"kind": "IdRef"}]}]}
            """;

    @Test
    void writesOneEnumPerKindAndTheOpcodeTable(@TempDir Path dir) throws IOException {
        Path core = Files.writeString(dir.resolve("core.json"), CORE);
        Path glsl = Files.writeString(dir.resolve("glsl.json"), GLSL);
        Path out = dir.resolve("out");
        SpirvGrammarGenerator.main(new String[] {core.toString(), glsl.toString(), out.toString(), "x.spirv"});
        Path pkg = out.resolve("x/spirv");
        assertThat(Files.readString(pkg.resolve("Op.java")))
                .contains("OpFAdd(129, \"OpFAdd\", \"IdResultType IdResult IdRef IdRef\")")
                .contains("OpEntryPoint(15, \"OpEntryPoint\", \"IdRef LiteralString IdRef*\")");
        assertThat(Files.readString(pkg.resolve("Dim.java"))).contains("Dim1D(0, \"1D\", \"\")");
        assertThat(Files.readString(pkg.resolve("FunctionControl.java"))).contains("Inline(0x00000001, \"Inline\", \"\")");
        assertThat(Files.readString(pkg.resolve("Decoration.java"))).contains("ArrayStride(6, \"ArrayStride\", \"LiteralInteger\")");
        assertThat(Files.readString(pkg.resolve("OperandKind.java"))).contains("case PairIdRefIdRef -> List.of(IdRef, IdRef);");
        assertThat(Files.readString(pkg.resolve("Enumerants.java"))).contains("case Decoration -> Decoration.fromValue(value);");
        assertThat(Files.readString(pkg.resolve("GlslStd450.java"))).contains("Fma(50, \"Fma\", \"IdRef IdRef IdRef\")");
    }
}
