package dev.tcc.codegen.spirv.asm;

import dev.tcc.codegen.spirv.grammar.GlslStd450;
import dev.tcc.codegen.spirv.grammar.Op;
import dev.tcc.codegen.spirv.grammar.OperandKind;
import dev.tcc.codegen.spirv.grammar.StorageClass;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

import static dev.tcc.codegen.spirv.asm.Operand.id;

/**
 * Writes the body of one function, block by block. There is always at most one open block: instructions go
 * into it, a terminator closes it, and {@link #startBlock} opens the next. The entry block is open when the
 * body starts. Function-local variables ({@link #variable}) are hoisted to the start of the entry block, where
 * SPIR-V requires them, whenever they are declared.
 *
 * <p>{@link #ifThen}, {@link #ifThenElse} and {@link #loop} write the structured control flow Vulkan requires
 * (OpSelectionMerge / OpLoopMerge before the branch, one merge block each) around lambda-scoped bodies, and
 * continue in the merge block.
 */
public final class FunctionBuilder {
    private final ModuleBuilder module;
    private final String name;
    private final int id;
    private final List<Integer> parameters;
    private final List<Instruction> variables = new ArrayList<>();
    private final List<Instruction> body = new ArrayList<>();
    private boolean open;

    FunctionBuilder(ModuleBuilder module, String name, int id, List<Integer> parameters) {
        this.module = module;
        this.name = name;
        this.id = id;
        this.parameters = List.copyOf(parameters);
        startBlock(module.newId());
    }

    List<Instruction> finish() {
        if (open) throw new SpirvFormatException("function " + name + ": the last block has no terminator (OpReturn, OpBranch, ...)");
        List<Instruction> out = new ArrayList<>(body);
        out.addAll(1, variables);   // after the entry block's OpLabel
        return out;
    }

    /** The function's id. */
    public int functionId() { return id; }

    /** The id of parameter {@code index}. */
    public int parameter(int index) { return parameters.get(index); }

    /** The module being built (for types, constants, globals). */
    public ModuleBuilder module() { return module; }

    /** Shorthand for {@code module().type(type)}. */
    public int type(SpirvType type) { return module.type(type); }

    /** Shorthand for {@code module().constant(constant)}. */
    public int constant(Constant constant) { return module.constant(constant); }

    /** A fresh id for a block label, to branch to before the block starts. */
    public int label() { return module.newId(); }

    /** True while a block is open (no terminator written since it started). */
    public boolean isOpen() { return open; }

    /** Opens the block labelled {@code label}; the previous block must be terminated. */
    public void startBlock(int label) {
        if (open) throw new SpirvFormatException("function " + name + ": block %" + label + " starts before the previous block ended");
        body.add(Instruction.of(Op.OpLabel, id(label)));
        open = true;
    }

    /** Appends {@code instruction} to the open block. */
    public void emit(Instruction instruction) {
        if (!open) throw new SpirvFormatException("function " + name + ": " + instruction.op() + " after a terminator; start a block first");
        body.add(instruction);
    }

    /** Appends an instruction without result. */
    public void op(Op op, Operand... operands) { emit(Instruction.of(op, operands)); }

    /** Appends an instruction with result type {@code type}; returns its fresh result id. */
    public int result(Op op, SpirvType type, Operand... operands) {
        int result = module.newId();
        List<Operand> ops = new ArrayList<>(List.of(id(type(type)), id(result)));
        ops.addAll(List.of(operands));
        emit(new Instruction(op, ops));
        return result;
    }

    /** Appends an instruction with result type {@code type} whose operands are all ids; returns the result id. */
    public int result(Op op, SpirvType type, int... ids) {
        Operand[] ops = new Operand[ids.length];
        for (int i = 0; i < ids.length; i++) ops[i] = id(ids[i]);
        return result(op, type, ops);
    }

    /** A Function-storage variable of {@code pointee}, declared at the start of the entry block. */
    public int variable(SpirvType pointee) {
        int ptr = type(new SpirvType.Pointer(StorageClass.Function, pointee));
        int var = module.newId();
        variables.add(Instruction.of(Op.OpVariable, id(ptr), id(var), Operand.of(StorageClass.Function)));
        return var;
    }

    public int load(SpirvType type, int pointer) { return result(Op.OpLoad, type, pointer); }

    public void store(int pointer, int value) { op(Op.OpStore, id(pointer), id(value)); }

    /** OpAccessChain from {@code base} through {@code indices} (ids), giving a pointer to {@code pointee}. */
    public int accessChain(StorageClass storageClass, SpirvType pointee, int base, int... indices) {
        int[] ids = new int[indices.length + 1];
        ids[0] = base;
        System.arraycopy(indices, 0, ids, 1, indices.length);
        return result(Op.OpAccessChain, new SpirvType.Pointer(storageClass, pointee), ids);
    }

    /** OpExtInst of GLSL.std.450 (imported on first use). */
    public int glsl(GlslStd450 instruction, SpirvType type, int... args) {
        Operand[] ops = new Operand[args.length + 2];
        ops[0] = id(module.extInstImport("GLSL.std.450"));
        ops[1] = Operand.lit(instruction.number());
        for (int i = 0; i < args.length; i++) ops[i + 2] = id(args[i]);
        return result(Op.OpExtInst, type, ops);
    }

    // ---- terminators -----------------------------------------------------------------------------

    private void terminate(Instruction instruction) {
        emit(instruction);
        open = false;
    }

    public void branch(int target) { terminate(Instruction.of(Op.OpBranch, id(target))); }

    public void branchConditional(int condition, int ifTrue, int ifFalse) {
        terminate(Instruction.of(Op.OpBranchConditional, id(condition), id(ifTrue), id(ifFalse)));
    }

    public void returnVoid() { terminate(Instruction.of(Op.OpReturn)); }

    public void returnValue(int value) { terminate(Instruction.of(Op.OpReturnValue, id(value))); }

    // ---- structured control flow -----------------------------------------------------------------

    /** {@code if (condition) then}: a selection construct; continues in its merge block. */
    public void ifThen(int condition, Consumer<FunctionBuilder> then) {
        int thenLabel = label();
        int merge = label();
        op(Op.OpSelectionMerge, id(merge), Operand.mask(OperandKind.SelectionControl));
        branchConditional(condition, thenLabel, merge);
        arm(thenLabel, then, merge);
        startBlock(merge);
    }

    /** {@code if (condition) then else otherwise}: a selection construct; continues in its merge block. */
    public void ifThenElse(int condition, Consumer<FunctionBuilder> then, Consumer<FunctionBuilder> otherwise) {
        int thenLabel = label();
        int elseLabel = label();
        int merge = label();
        op(Op.OpSelectionMerge, id(merge), Operand.mask(OperandKind.SelectionControl));
        branchConditional(condition, thenLabel, elseLabel);
        arm(thenLabel, then, merge);
        arm(elseLabel, otherwise, merge);
        startBlock(merge);
    }

    private void arm(int label, Consumer<FunctionBuilder> code, int merge) {
        startBlock(label);
        code.accept(this);
        if (open) branch(merge);
    }

    /**
     * A structured loop: {@code while (condition) { body; continuing; }}. The header block holds only the
     * OpLoopMerge; {@code condition} is written in a block of its own (so it may itself branch) and returns the
     * bool id; {@code body} falls through to the continue block, where {@code continuing} runs before the
     * back edge. Continues in the merge block.
     */
    public void loop(ToIntFunction<FunctionBuilder> condition, Consumer<FunctionBuilder> body, Consumer<FunctionBuilder> continuing) {
        int header = label();
        int check = label();
        int bodyLabel = label();
        int continueLabel = label();
        int merge = label();
        branch(header);
        startBlock(header);
        op(Op.OpLoopMerge, id(merge), id(continueLabel), Operand.mask(OperandKind.LoopControl));
        branch(check);
        startBlock(check);
        int cond = condition.applyAsInt(this);
        branchConditional(cond, bodyLabel, merge);
        arm(bodyLabel, body, continueLabel);
        startBlock(continueLabel);
        continuing.accept(this);
        branch(header);
        startBlock(merge);
    }
}
