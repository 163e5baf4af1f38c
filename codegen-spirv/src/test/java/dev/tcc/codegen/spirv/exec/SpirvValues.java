package dev.tcc.codegen.spirv.exec;

import dev.tcc.codegen.spirv.asm.Instruction;
import dev.tcc.codegen.spirv.asm.Operand;
import dev.tcc.codegen.spirv.grammar.Op;

import java.util.List;
import java.util.Map;

/**
 * Types and values of the test interpreter. An integer is a {@code Long} kept normalised to its type (unsigned:
 * the low bits, zero-extended; signed: sign-extended), a float a {@code Double} already rounded to its width, a
 * bool a {@code Boolean}, a composite an {@code Object[]}. A pointer is a slot in a container array.
 */
final class SpirvValues {
    private SpirvValues() {}

    sealed interface Type permits Scalar, Composite, Pointer, Other {}

    /** bool (width 1, kind BOOL), an integer or a float. */
    record Scalar(Kind kind, int width) implements Type {}

    enum Kind { BOOL, SIGNED, UNSIGNED, FLOAT }

    /** Vector or array (one member type, length; -1 for a runtime array) or struct (members, length 0). */
    record Composite(List<Integer> members, int length) implements Type {}

    record Pointer(int pointee) implements Type {}

    /** void and function types. */
    record Other() implements Type {}

    /** A place that holds a value: {@code container[index]}. */
    record Ptr(Object[] container, int index) {
        Object get() {
            Object v = container[index];
            if (v == null) throw new IllegalStateException("read of a never-written element (index " + index + ")");
            return v;
        }

        void set(Object v) { container[index] = v; }
    }

    static Type declare(Instruction i, Map<Integer, Type> types) {
        List<Operand> ops = i.operands();
        return switch (i.op()) {
            case OpTypeBool -> new Scalar(Kind.BOOL, 1);
            case OpTypeInt -> new Scalar(lit(ops.get(2)) == 1 ? Kind.SIGNED : Kind.UNSIGNED, lit(ops.get(1)));
            case OpTypeFloat -> new Scalar(Kind.FLOAT, lit(ops.get(1)));
            case OpTypeVector -> new Composite(List.of(id(ops.get(1))), lit(ops.get(2)));
            case OpTypeArray -> throw new IllegalArgumentException("arrays need their length constant; see SpirvInterpreter");
            case OpTypeRuntimeArray -> new Composite(List.of(id(ops.get(1))), -1);
            case OpTypeStruct -> new Composite(ops.subList(1, ops.size()).stream().map(SpirvValues::id).toList(), 0);
            case OpTypePointer -> new Pointer(id(ops.get(2)));
            default -> new Other();
        };
    }

    static boolean isType(Op op) { return op.name().startsWith("OpType"); }

    static int id(Operand o) { return ((Operand.Id) o).id(); }

    static int lit(Operand o) { return ((Operand.Literal) o).word(); }

    /** {@code v} reduced to an integer type of {@code width} bits and the given signedness. */
    static long normalise(long v, int width, boolean signed) {
        if (width >= 64) return v;
        return signed ? v << (64 - width) >> (64 - width) : v & ((1L << width) - 1);
    }

    /** {@code v} rounded to a float of {@code width} bits. */
    static double round(double v, int width) {
        return switch (width) {
            case 16 -> Float.float16ToFloat(Float.floatToFloat16((float) v));
            case 32 -> (float) v;
            default -> v;
        };
    }

    /** A scalar value of type {@code t} from a double (floats) or long bits (integers, bool). */
    static Object scalar(Scalar t, double d, long l) {
        return switch (t.kind()) {
            case BOOL -> l != 0;
            case SIGNED -> normalise(l, t.width(), true);
            case UNSIGNED -> normalise(l, t.width(), false);
            case FLOAT -> round(d, t.width());
        };
    }
}
