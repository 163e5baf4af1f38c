package dev.tcc.codegen.spirv.asm;

import dev.tcc.codegen.spirv.grammar.Scope;
import dev.tcc.codegen.spirv.grammar.StorageClass;

import java.util.List;
import java.util.Objects;

/**
 * A SPIR-V type as a value. {@link ModuleBuilder#type} interns types by value: equal records get one id, and
 * the types a type refers to are declared before it.
 */
public sealed interface SpirvType {

    /** OpTypeVoid. */
    record Void() implements SpirvType {}

    /** OpTypeBool. */
    record Bool() implements SpirvType {}

    /** OpTypeInt of {@code width} bits. */
    record Int(int width, boolean signed) implements SpirvType {}

    /** OpTypeFloat of {@code width} bits. */
    record Float(int width) implements SpirvType {}

    /** OpTypeVector of {@code count} components. */
    record Vector(SpirvType component, int count) implements SpirvType {}

    /** OpTypeArray of {@code length} elements (the length becomes a u32 constant). */
    record Array(SpirvType element, int length) implements SpirvType {
        public Array {
            if (length <= 0) throw new IllegalArgumentException("array length must be positive, got " + length);
        }
    }

    /** OpTypeRuntimeArray: the last member of a storage buffer block. */
    record RuntimeArray(SpirvType element) implements SpirvType {}

    /**
     * OpTypeStruct. The name is part of the identity (and becomes an OpName), so two structs with the same
     * members but different decorations can be kept apart by naming them differently.
     */
    record Struct(String name, List<SpirvType> members) implements SpirvType {
        public Struct {
            Objects.requireNonNull(name, "name");
            members = List.copyOf(members);
        }
    }

    /** OpTypePointer into {@code storageClass}. */
    record Pointer(StorageClass storageClass, SpirvType pointee) implements SpirvType {}

    /** OpTypeFunction. */
    record Function(SpirvType returnType, List<SpirvType> parameters) implements SpirvType {
        public Function {
            parameters = List.copyOf(parameters);
        }
    }

    /**
     * OpTypeCooperativeMatrixNV (SPV_NV_cooperative_matrix): a {@code rows x columns} matrix of {@code component}
     * spread over the invocations of {@code scope}; scope, rows and columns become u32 constants.
     */
    record CooperativeMatrixNV(SpirvType component, Scope scope, int rows, int columns) implements SpirvType {
        public CooperativeMatrixNV {
            Objects.requireNonNull(scope, "scope");
            if (!(component instanceof Int || component instanceof Float)) {
                throw new IllegalArgumentException("a cooperative matrix holds integers or floats, not " + component);
            }
            if (rows <= 0 || columns <= 0) throw new IllegalArgumentException("matrix shape must be positive: " + rows + "x" + columns);
        }
    }

    Void VOID = new Void();
    Bool BOOL = new Bool();
    Int I32 = new Int(32, true);
    Int U32 = new Int(32, false);
    Int I64 = new Int(64, true);
    Int U64 = new Int(64, false);
    Float F16 = new Float(16);
    Float F32 = new Float(32);
    Float F64 = new Float(64);
}
