package dev.tcc.codegen.spirv.grammar;

import java.util.List;

/**
 * An enumerant of a SPIR-V value or bit enum operand kind ({@link Capability#Shader}, {@link
 * StorageClass#StorageBuffer}, ...). Every generated operand-kind enum implements it, so instruction operands,
 * the reader and the disassembler handle all kinds alike.
 */
public interface SpirvEnum {

    /** The word this enumerant is encoded as; for a bit enum, its bit (0 for {@code None}). */
    int value();

    /** The name as the SPIR-V specification spells it (the Java name differs only for {@code Dim1D} etc.). */
    String spirvName();

    /** The operands that follow this enumerant when it is used (e.g. ArrayStride's stride), in order. */
    List<OperandSpec> parameters();
}
