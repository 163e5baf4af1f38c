package dev.tcc.codegen.spirv.asm;

import dev.tcc.codegen.spirv.grammar.Op;

/**
 * The logical layout of a module (SPIR-V specification 2.4), in the order its sections must appear. {@link
 * ModuleBuilder} keeps one instruction list per section and concatenates them in this order.
 */
public enum Section {
    /** OpCapability. */
    CAPABILITIES,
    /** OpExtension. */
    EXTENSIONS,
    /** OpExtInstImport. */
    EXT_INST_IMPORTS,
    /** The single OpMemoryModel. */
    MEMORY_MODEL,
    /** OpEntryPoint. */
    ENTRY_POINTS,
    /** OpExecutionMode and OpExecutionModeId. */
    EXECUTION_MODES,
    /** OpString, OpSource, OpSourceExtension, OpSourceContinued. */
    DEBUG_SOURCES,
    /** OpName and OpMemberName. */
    DEBUG_NAMES,
    /** OpModuleProcessed. */
    DEBUG_PROCESSED,
    /** OpDecorate, OpMemberDecorate, OpDecorateId, OpDecorateString, OpMemberDecorateString, OpGroup*. */
    ANNOTATIONS,
    /** Types, constants, global OpVariable and OpUndef (and OpLine/OpNoLine among them). */
    TYPES_GLOBALS,
    /** Function declarations and definitions. */
    FUNCTIONS;

    /**
     * The section an instruction outside functions belongs to. Instructions that only occur inside functions
     * map to {@link #FUNCTIONS}.
     */
    public static Section of(Op op) {
        return switch (op) {
            case OpCapability -> CAPABILITIES;
            case OpExtension -> EXTENSIONS;
            case OpExtInstImport -> EXT_INST_IMPORTS;
            case OpMemoryModel -> MEMORY_MODEL;
            case OpEntryPoint -> ENTRY_POINTS;
            case OpExecutionMode, OpExecutionModeId -> EXECUTION_MODES;
            case OpString, OpSource, OpSourceExtension, OpSourceContinued -> DEBUG_SOURCES;
            case OpName, OpMemberName -> DEBUG_NAMES;
            case OpModuleProcessed -> DEBUG_PROCESSED;
            case OpDecorate, OpMemberDecorate, OpDecorateId, OpDecorateString, OpMemberDecorateString, OpDecorationGroup,
                 OpGroupDecorate, OpGroupMemberDecorate -> ANNOTATIONS;
            case OpVariable, OpUndef, OpLine, OpNoLine -> TYPES_GLOBALS;
            default -> op.name().startsWith("OpType") || op.name().startsWith("OpConstant")
                    || op.name().startsWith("OpSpecConstant") ? TYPES_GLOBALS : FUNCTIONS;
        };
    }
}
