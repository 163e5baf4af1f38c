package dev.tcc.codegen.spirv.asm;

import dev.tcc.codegen.spirv.grammar.AddressingModel;
import dev.tcc.codegen.spirv.grammar.BuiltIn;
import dev.tcc.codegen.spirv.grammar.Capability;
import dev.tcc.codegen.spirv.grammar.Decoration;
import dev.tcc.codegen.spirv.grammar.ExecutionMode;
import dev.tcc.codegen.spirv.grammar.ExecutionModel;
import dev.tcc.codegen.spirv.grammar.FunctionControl;
import dev.tcc.codegen.spirv.grammar.MemoryModel;
import dev.tcc.codegen.spirv.grammar.Op;
import dev.tcc.codegen.spirv.grammar.OperandKind;
import dev.tcc.codegen.spirv.grammar.SpirvEnum;
import dev.tcc.codegen.spirv.grammar.StorageClass;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SequencedCollection;
import java.util.function.Consumer;

import static dev.tcc.codegen.spirv.asm.Operand.id;
import static dev.tcc.codegen.spirv.asm.Operand.lit;
import static dev.tcc.codegen.spirv.asm.Operand.of;
import static dev.tcc.codegen.spirv.asm.Operand.str;

/**
 * Builds a {@link SpirvModule}: one instruction list per logical {@link Section}, concatenated in the order the
 * specification requires, so callers add instructions in whatever order suits them. Ids are allocated here;
 * types, constants, capabilities, extensions, imports and annotations are interned by value (asking twice
 * gives the same id, and adding a decoration twice writes it once).
 *
 * <pre>{@code
 * SpirvModule m = ModuleBuilder.build(1, 5, b -> {
 *     b.capability(Capability.Shader);
 *     b.memoryModel(AddressingModel.Logical, MemoryModel.GLSL450);
 *     int main = b.function("main", SpirvType.VOID, List.of(), f -> f.returnVoid());
 *     b.entryPoint(ExecutionModel.GLCompute, main, "main");
 *     b.executionMode(main, ExecutionMode.LocalSize, 64, 1, 1);
 * });
 * }</pre>
 */
public final class ModuleBuilder {
    private final int major;
    private final int minor;
    private final Map<Section, SequencedCollection<Instruction>> sections = new EnumMap<>(Section.class);
    private final Map<SpirvType, Integer> types = new HashMap<>();
    private final Map<Constant, Integer> constants = new HashMap<>();
    private final Map<String, Integer> imports = new HashMap<>();
    private int nextId = 1;

    private ModuleBuilder(int major, int minor) {
        this.major = major;
        this.minor = minor;
        for (Section s : Section.values()) {
            // interned sections drop repeats; the others keep every instruction
            boolean interned = s == Section.CAPABILITIES || s == Section.EXTENSIONS || s == Section.ANNOTATIONS
                    || s == Section.DEBUG_NAMES;
            sections.put(s, interned ? new LinkedHashSet<>() : new ArrayList<>());
        }
    }

    /** Runs {@code spec} on a fresh builder for SPIR-V {@code major.minor} and returns the module. */
    public static SpirvModule build(int major, int minor, Consumer<ModuleBuilder> spec) {
        ModuleBuilder b = new ModuleBuilder(major, minor);
        spec.accept(b);
        return b.finish();
    }

    private SpirvModule finish() {
        List<Instruction> all = new ArrayList<>();
        for (Section s : Section.values()) all.addAll(sections.get(s));
        if (sections.get(Section.MEMORY_MODEL).size() != 1) {
            throw new SpirvFormatException("a module needs exactly one OpMemoryModel, got " + sections.get(Section.MEMORY_MODEL).size());
        }
        return new SpirvModule(new SpirvModule.Header(major, minor, 0, nextId, 0), all);
    }

    /** A fresh id. */
    public int newId() { return nextId++; }

    /** Adds a module-level {@code instruction} to the section {@link Section#of} assigns it. */
    public void add(Instruction instruction) { add(Section.of(instruction.op()), instruction); }

    /** Adds {@code instruction} to {@code section} as it is (the escape hatch for anything without a helper). */
    public void add(Section section, Instruction instruction) {
        sections.get(section).add(instruction);
    }

    // ---- preamble -------------------------------------------------------------------------------

    public void capability(Capability capability) { add(Section.CAPABILITIES, Instruction.of(Op.OpCapability, of(capability))); }

    public void extension(String name) { add(Section.EXTENSIONS, Instruction.of(Op.OpExtension, str(name))); }

    /** The id of extended instruction set {@code name} (e.g. {@code "GLSL.std.450"}), imported once. */
    public int extInstImport(String name) {
        return imports.computeIfAbsent(name, n -> {
            int id = newId();
            add(Section.EXT_INST_IMPORTS, Instruction.of(Op.OpExtInstImport, id(id), str(n)));
            return id;
        });
    }

    public void memoryModel(AddressingModel addressing, MemoryModel memory) {
        add(Section.MEMORY_MODEL, Instruction.of(Op.OpMemoryModel, of(addressing), of(memory)));
    }

    /**
     * Declares {@code function} an entry point. From SPIR-V 1.4 on, {@code interfaceIds} must list every global
     * variable the entry point uses.
     */
    public void entryPoint(ExecutionModel model, int function, String name, int... interfaceIds) {
        List<Operand> ops = new ArrayList<>(List.of(of(model), id(function), str(name)));
        for (int i : interfaceIds) ops.add(id(i));
        add(Section.ENTRY_POINTS, new Instruction(Op.OpEntryPoint, ops));
    }

    public void executionMode(int function, ExecutionMode mode, int... literals) {
        add(Section.EXECUTION_MODES, withLiterals(Op.OpExecutionMode, List.of(id(function), of(mode)), literals));
    }

    // ---- debug names and annotations ---------------------------------------------------------------

    public void name(int target, String name) { add(Section.DEBUG_NAMES, Instruction.of(Op.OpName, id(target), str(name))); }

    public void memberName(int struct, int member, String name) {
        add(Section.DEBUG_NAMES, Instruction.of(Op.OpMemberName, id(struct), lit(member), str(name)));
    }

    /** OpDecorate with literal parameters (ArrayStride 4, DescriptorSet 0, Binding 1, ...). */
    public void decorate(int target, Decoration decoration, int... literals) {
        add(Section.ANNOTATIONS, withLiterals(Op.OpDecorate, List.of(id(target), of(decoration)), literals));
    }

    /** OpDecorate BuiltIn. */
    public void decorateBuiltIn(int target, BuiltIn builtIn) { decorate(target, Decoration.BuiltIn, builtIn); }

    /** OpDecorate with an enumerant parameter (BuiltIn GlobalInvocationId, FPRoundingMode RTE, ...). */
    public void decorate(int target, Decoration decoration, SpirvEnum parameter) {
        add(Section.ANNOTATIONS, Instruction.of(Op.OpDecorate, id(target), of(decoration), of(parameter)));
    }

    /** OpMemberDecorate with literal parameters (Offset 0, ...). */
    public void memberDecorate(int struct, int member, Decoration decoration, int... literals) {
        add(Section.ANNOTATIONS, withLiterals(Op.OpMemberDecorate, List.of(id(struct), lit(member), of(decoration)), literals));
    }

    private static Instruction withLiterals(Op op, List<Operand> head, int... literals) {
        List<Operand> ops = new ArrayList<>(head);
        for (int l : literals) ops.add(lit(l));
        return new Instruction(op, ops);
    }

    // ---- types, constants, globals ----------------------------------------------------------------

    /** The id of {@code type}, declaring it (and the types it refers to) the first time. */
    public int type(SpirvType type) {
        Integer known = types.get(type);
        if (known != null) return known;
        Instruction decl = switch (type) {
            case SpirvType.Void v -> Instruction.of(Op.OpTypeVoid, id(newId()));
            case SpirvType.Bool v -> Instruction.of(Op.OpTypeBool, id(newId()));
            case SpirvType.Int t -> Instruction.of(Op.OpTypeInt, id(newId()), lit(t.width()), lit(t.signed() ? 1 : 0));
            case SpirvType.Float t -> Instruction.of(Op.OpTypeFloat, id(newId()), lit(t.width()));
            case SpirvType.Vector t -> {
                int component = type(t.component());
                yield Instruction.of(Op.OpTypeVector, id(newId()), id(component), lit(t.count()));
            }
            case SpirvType.Array t -> {
                int element = type(t.element());
                int length = constant(Constant.u32(t.length()));
                yield Instruction.of(Op.OpTypeArray, id(newId()), id(element), id(length));
            }
            case SpirvType.RuntimeArray t -> {
                int element = type(t.element());
                yield Instruction.of(Op.OpTypeRuntimeArray, id(newId()), id(element));
            }
            case SpirvType.Struct t -> {
                List<Operand> ops = new ArrayList<>();
                for (SpirvType m : t.members()) ops.add(id(type(m)));
                int self = newId();
                ops.addFirst(id(self));
                if (!t.name().isEmpty()) name(self, t.name());
                yield new Instruction(Op.OpTypeStruct, ops);
            }
            case SpirvType.Pointer t -> {
                int pointee = type(t.pointee());
                yield Instruction.of(Op.OpTypePointer, id(newId()), of(t.storageClass()), id(pointee));
            }
            case SpirvType.CooperativeMatrixNV t -> {
                int component = type(t.component());
                int scope = constant(Constant.u32(t.scope().value()));
                int rows = constant(Constant.u32(t.rows()));
                int columns = constant(Constant.u32(t.columns()));
                yield Instruction.of(Op.OpTypeCooperativeMatrixNV, id(newId()), id(component), id(scope), id(rows), id(columns));
            }
            case SpirvType.Function t -> {
                List<Operand> ops = new ArrayList<>();
                ops.add(id(type(t.returnType())));
                for (SpirvType p : t.parameters()) ops.add(id(type(p)));
                ops.addFirst(id(newId()));
                yield new Instruction(Op.OpTypeFunction, ops);
            }
        };
        add(Section.TYPES_GLOBALS, decl);
        types.put(type, decl.resultId());
        return decl.resultId();
    }

    /** The id of {@code constant}, declaring it (and its type and parts) the first time. */
    public int constant(Constant constant) {
        Integer known = constants.get(constant);
        if (known != null) return known;
        int type = type(constant.type());
        Instruction decl = switch (constant) {
            case Constant.BoolValue b -> Instruction.of(b.value() ? Op.OpConstantTrue : Op.OpConstantFalse, id(type), id(newId()));
            case Constant.Scalar s -> {
                List<Operand> ops = new ArrayList<>(List.of(id(type), id(newId())));
                for (int w : s.words()) ops.add(lit(w));
                yield new Instruction(Op.OpConstant, ops);
            }
            case Constant.Composite c -> {
                List<Operand> ops = new ArrayList<>();
                for (Constant part : c.parts()) ops.add(id(constant(part)));
                ops.addAll(0, List.of(id(type), id(newId())));
                yield new Instruction(Op.OpConstantComposite, ops);
            }
            case Constant.Null n -> Instruction.of(Op.OpConstantNull, id(type), id(newId()));
        };
        add(Section.TYPES_GLOBALS, decl);
        constants.put(constant, decl.resultId());
        return decl.resultId();
    }

    /** A global OpVariable of {@code pointee} in {@code storageClass}; its pointer type is interned. */
    public int variable(SpirvType pointee, StorageClass storageClass) {
        int ptr = type(new SpirvType.Pointer(storageClass, pointee));
        int id = newId();
        add(Section.TYPES_GLOBALS, Instruction.of(Op.OpVariable, id(ptr), id(id), of(storageClass)));
        return id;
    }

    // ---- functions -------------------------------------------------------------------------------

    /**
     * Defines a function named {@code name} and returns its id. {@code body} starts in the open entry block and
     * must end every block it opens with a terminator ({@link FunctionBuilder#returnVoid()} etc.).
     */
    public int function(String name, SpirvType returnType, List<SpirvType> parameters, Consumer<FunctionBuilder> body,
                        FunctionControl... control) {
        int fnType = type(new SpirvType.Function(returnType, parameters));
        int ret = type(returnType);
        int self = newId();
        name(self, name);
        List<Instruction> out = new ArrayList<>();
        out.add(Instruction.of(Op.OpFunction, id(ret), id(self), Operand.mask(OperandKind.FunctionControl, control), id(fnType)));
        List<Integer> params = new ArrayList<>();
        for (SpirvType p : parameters) {
            int pid = newId();
            params.add(pid);
            out.add(Instruction.of(Op.OpFunctionParameter, id(type(p)), id(pid)));
        }
        FunctionBuilder f = new FunctionBuilder(this, name, self, params);
        body.accept(f);
        out.addAll(f.finish());
        out.add(Instruction.of(Op.OpFunctionEnd));
        sections.get(Section.FUNCTIONS).addAll(out);
        return self;
    }
}
