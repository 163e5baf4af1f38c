package dev.tcc.codegen.spirv.asm;

import java.util.List;

/**
 * A SPIR-V constant as a value; {@link ModuleBuilder#constant} interns constants by value (floats by their bits,
 * so 0.0 and -0.0 stay apart and NaN is one constant).
 */
public sealed interface Constant {

    /** The constant's type. */
    SpirvType type();

    /** OpConstantTrue or OpConstantFalse. */
    record BoolValue(boolean value) implements Constant {
        @Override public SpirvType type() { return SpirvType.BOOL; }
    }

    /**
     * OpConstant of an integer or float type: the value's bits, low {@code width} bits used (floats as their
     * IEEE bit pattern).
     */
    record Scalar(SpirvType type, long bits) implements Constant {
        public Scalar {
            int width = switch (type) {
                case SpirvType.Int i -> i.width();
                case SpirvType.Float f -> f.width();
                default -> throw new IllegalArgumentException("scalar constant of non-numeric type " + type);
            };
            if (width < 64) bits &= (1L << width) - 1;
        }

        /** The words of the literal, low word first (one word up to 32 bits, two for 64). */
        public int[] words() {
            int width = type instanceof SpirvType.Int i ? i.width() : ((SpirvType.Float) type).width();
            if (width > 32) return new int[] {(int) bits, (int) (bits >>> 32)};
            // narrower than a word: signed integers are sign-extended, everything else zero-extended (spec 2.2.1)
            boolean signExtend = type instanceof SpirvType.Int i && i.signed() && width < 32;
            return new int[] {signExtend ? (int) (bits << (64 - width) >> (64 - width)) : (int) bits};
        }
    }

    /** OpConstantComposite. */
    record Composite(SpirvType type, List<Constant> parts) implements Constant {
        public Composite {
            parts = List.copyOf(parts);
        }
    }

    /** OpConstantNull: the zero value of any type. */
    record Null(SpirvType type) implements Constant {}

    static Constant bool(boolean v) { return new BoolValue(v); }

    static Constant i32(int v) { return new Scalar(SpirvType.I32, v); }

    static Constant u32(int v) { return new Scalar(SpirvType.U32, v & 0xffffffffL); }

    static Constant i64(long v) { return new Scalar(SpirvType.I64, v); }

    static Constant u64(long v) { return new Scalar(SpirvType.U64, v); }

    static Constant f32(float v) { return new Scalar(SpirvType.F32, java.lang.Float.floatToRawIntBits(v) & 0xffffffffL); }

    static Constant f64(double v) { return new Scalar(SpirvType.F64, Double.doubleToRawLongBits(v)); }
}
