package dev.tcc.codegen.spirv.asm;

/** A SPIR-V binary that cannot be read, or an instruction that does not match its opcode's operand layout. */
public class SpirvFormatException extends RuntimeException {
    public SpirvFormatException(String message) { super(message); }
}
