package dev.tcc.codegen.spirv.asm;

import dev.tcc.codegen.spirv.grammar.Enumerants;
import dev.tcc.codegen.spirv.grammar.GlslStd450;
import dev.tcc.codegen.spirv.grammar.Op;
import dev.tcc.codegen.spirv.grammar.SpirvEnum;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Prints a module as text in the manner of {@code spirv-dis}: one instruction a line, result ids right-aligned
 * before the opcode, ids shown by friendly names ({@code %float}, {@code %_ptr_StorageBuffer_float}, {@code
 * %uint_0}, or their OpName) where one is unique and by number otherwise, enumerants and masks by name, and
 * constants as numbers of their type. The text is meant for golden files and review, not for reassembly.
 */
public final class SpirvDisassembler {
    private static final int RESULT_COLUMN = 15;

    private final Map<Integer, String> names = new HashMap<>();
    private final Map<Integer, Instruction> scalarTypes = new HashMap<>();
    private final Map<Integer, String> extInstSets = new HashMap<>();

    private SpirvDisassembler() {}

    public static String disassemble(SpirvModule module) {
        return new SpirvDisassembler().print(module);
    }

    private String print(SpirvModule module) {
        nameIds(module.instructions());
        var h = module.header();
        StringBuilder out = new StringBuilder();
        out.append("; SPIR-V\n; Version: ").append(h.major()).append('.').append(h.minor()).append('\n')
                .append("; Generator: ").append(h.generator()).append('\n')
                .append("; Bound: ").append(h.bound()).append('\n')
                .append("; Schema: ").append(h.schema()).append('\n');
        for (Instruction i : module.instructions()) out.append(line(i)).append('\n');
        return out.toString();
    }

    // ---- friendly names --------------------------------------------------------------------------

    private void nameIds(List<Instruction> instructions) {
        Map<Integer, String> debugNames = new HashMap<>();
        for (Instruction i : instructions) {
            if (i.op() == Op.OpName) {
                debugNames.putIfAbsent(((Operand.Id) i.operands().get(0)).id(), ((Operand.Str) i.operands().get(1)).text());
            }
        }
        Set<String> used = new HashSet<>();
        for (Instruction i : instructions) {
            int id = i.resultId();
            if (id == 0) continue;
            switch (i.op()) {
                case OpTypeInt, OpTypeFloat -> scalarTypes.put(id, i);
                case OpExtInstImport -> extInstSets.put(id, ((Operand.Str) i.operands().get(1)).text());
                default -> { }
            }
            String name = debugNames.containsKey(id) ? debugNames.get(id) : derivedName(i);
            if (name == null) continue;
            name = sanitise(name);
            if (!used.add(name)) {
                int n = 0;
                while (!used.add(name + "_" + n)) n++;
                name = name + "_" + n;
            }
            names.put(id, name);
        }
    }

    private String derivedName(Instruction i) {
        List<Operand> ops = i.operands();
        return switch (i.op()) {
            case OpTypeVoid -> "void";
            case OpTypeBool -> "bool";
            case OpTypeInt -> {
                int width = literal(ops.get(1));
                String base = literal(ops.get(2)) == 1 ? "int" : "uint";
                yield width == 32 ? base : base + width;
            }
            case OpTypeFloat -> switch (literal(ops.get(1))) {
                case 16 -> "half";
                case 32 -> "float";
                case 64 -> "double";
                default -> "float" + literal(ops.get(1));
            };
            case OpTypeVector -> "v" + literal(ops.get(2)) + ref(ops.get(1));
            case OpTypeArray -> "_arr_" + ref(ops.get(1)) + "_" + ref(ops.get(2));
            case OpTypeRuntimeArray -> "_runtimearr_" + ref(ops.get(1));
            case OpTypePointer -> "_ptr_" + ((Operand.Enumerant) ops.get(1)).value().spirvName() + "_" + ref(ops.get(2));
            case OpExtInstImport -> ((Operand.Str) ops.get(1)).text();
            case OpConstantTrue -> "true";
            case OpConstantFalse -> "false";
            case OpConstant -> ref(ops.get(0)) + "_" + constantText(i).replace('-', 'n').replace('.', '_');
            default -> null;
        };
    }

    private static String sanitise(String name) {
        StringBuilder s = new StringBuilder();
        for (char c : name.toCharArray()) s.append(Character.isLetterOrDigit(c) || c == '_' ? c : '_');
        if (s.isEmpty() || Character.isDigit(s.charAt(0))) s.insert(0, '_');
        return s.toString();
    }

    private String ref(Operand o) {
        int id = ((Operand.Id) o).id();
        return names.getOrDefault(id, Integer.toString(id));
    }

    private static int literal(Operand o) { return ((Operand.Literal) o).word(); }

    // ---- lines -----------------------------------------------------------------------------------

    private String line(Instruction i) {
        StringJoiner rest = new StringJoiner(" ");
        rest.add(i.op().spirvName());
        List<Operand> ops = i.operands();
        int first = i.op().hasResult() ? (i.op().hasResultType() ? 2 : 1) : 0;
        if (i.op().hasResultType()) rest.add("%" + ref(ops.getFirst()));
        if (i.op() == Op.OpConstant || i.op() == Op.OpSpecConstant) {
            rest.add(constantText(i));
        } else {
            for (int k = first; k < ops.size(); k++) {
                if (i.op() == Op.OpExtInst && k == 3) {
                    rest.add(extInstName(ops.get(2), literal(ops.get(3))));
                } else {
                    rest.add(operand(ops.get(k)));
                }
            }
        }
        String lhs = i.resultId() != 0 ? "%" + names.getOrDefault(i.resultId(), Integer.toString(i.resultId())) + " = " : "";
        return " ".repeat(Math.max(0, RESULT_COLUMN - lhs.length())) + lhs + rest;
    }

    private String operand(Operand o) {
        return switch (o) {
            case Operand.Id id -> "%" + ref(id);
            case Operand.Literal l -> Integer.toUnsignedString(l.word());
            case Operand.Str s -> '"' + s.text().replace("\\", "\\\\").replace("\"", "\\\"") + '"';
            case Operand.Enumerant e -> e.value().spirvName();
            case Operand.Mask m -> maskText(m);
        };
    }

    private static String maskText(Operand.Mask m) {
        if (m.bits() == 0) {
            SpirvEnum none = Enumerants.fromValue(m.kind(), 0);
            return none != null ? none.spirvName() : "0";
        }
        StringJoiner j = new StringJoiner("|");
        for (int bit = 0; bit < 32; bit++) {
            if ((m.bits() & 1 << bit) == 0) continue;
            SpirvEnum e = Enumerants.fromValue(m.kind(), 1 << bit);
            j.add(e != null ? e.spirvName() : String.format("0x%x", 1 << bit));
        }
        return j.toString();
    }

    private String extInstName(Operand set, int number) {
        if ("GLSL.std.450".equals(extInstSets.get(((Operand.Id) set).id()))) {
            for (GlslStd450 g : GlslStd450.values()) if (g.number() == number) return g.spirvName();
        }
        return Integer.toString(number);
    }

    /** The literal of an OpConstant as a number of its result type. */
    private String constantText(Instruction i) {
        List<Operand> ops = i.operands();
        Instruction type = scalarTypes.get(((Operand.Id) ops.getFirst()).id());
        long low = literal(ops.get(2)) & 0xffffffffL;
        long bits = ops.size() > 3 ? low | (long) literal(ops.get(3)) << 32 : low;
        if (type == null) return Long.toUnsignedString(bits);
        int width = literal(type.operands().get(1));
        if (type.op() == Op.OpTypeFloat) {
            double v = switch (width) {
                case 64 -> Double.longBitsToDouble(bits);
                case 32 -> Float.intBitsToFloat((int) bits);
                default -> Double.NaN;
            };
            if (Double.isNaN(v) || Double.isInfinite(v)) return String.format("0x%x", bits);
            if (v == Math.rint(v) && Math.abs(v) < 1e15) return (v == 0 && 1 / v < 0 ? "-" : "") + (long) v;
            return width == 32 ? Float.toString((float) v) : Double.toString(v);
        }
        boolean signed = literal(type.operands().get(2)) == 1;
        if (width < 64) {
            long mask = width == 32 ? 0xffffffffL : (1L << width) - 1;
            bits &= mask;
            if (signed && (bits >>> (width - 1) & 1) == 1) bits -= 1L << width;
            return Long.toString(bits);
        }
        return signed ? Long.toString(bits) : Long.toUnsignedString(bits);
    }
}
