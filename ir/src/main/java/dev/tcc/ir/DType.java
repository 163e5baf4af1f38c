package dev.tcc.ir;

/**
 * Element types of tensors.
 *
 * <p>Each type knows its ONNX {@code TensorProto.DataType} code, its name in tcc's textual IR and its
 * storage width in bits. Values of floating types are held in the interpreter as {@code double} and
 * rounded to the type after every operation; integer and bool values are held as {@code long} and
 * wrapped to the type's width (two's complement for signed types; bool is 0 or 1).
 */
public enum DType {
    F64("f64", 11, 64, Kind.FLOAT),
    F32("f32", 1, 32, Kind.FLOAT),
    F16("f16", 10, 16, Kind.FLOAT),
    BF16("bf16", 16, 16, Kind.FLOAT),
    F8E4M3FN("f8e4m3fn", 17, 8, Kind.FLOAT),
    F8E4M3FNUZ("f8e4m3fnuz", 18, 8, Kind.FLOAT),
    F8E5M2("f8e5m2", 19, 8, Kind.FLOAT),
    F8E5M2FNUZ("f8e5m2fnuz", 20, 8, Kind.FLOAT),
    F8E8M0("f8e8m0", 24, 8, Kind.FLOAT),
    F4E2M1("f4e2m1", 23, 4, Kind.FLOAT),
    I64("i64", 7, 64, Kind.SIGNED),
    I32("i32", 6, 32, Kind.SIGNED),
    I16("i16", 5, 16, Kind.SIGNED),
    I8("i8", 3, 8, Kind.SIGNED),
    I4("i4", 22, 4, Kind.SIGNED),
    I2("i2", 26, 2, Kind.SIGNED),
    U64("u64", 13, 64, Kind.UNSIGNED),
    U32("u32", 12, 32, Kind.UNSIGNED),
    U16("u16", 4, 16, Kind.UNSIGNED),
    U8("u8", 2, 8, Kind.UNSIGNED),
    U4("u4", 21, 4, Kind.UNSIGNED),
    U2("u2", 25, 2, Kind.UNSIGNED),
    BOOL("bool", 9, 8, Kind.BOOL),
    STRING("string", 8, 0, Kind.STRING);

    /** Broad classes of element types. */
    public enum Kind { FLOAT, SIGNED, UNSIGNED, BOOL, STRING }

    private final String irName;
    private final int onnxCode;
    private final int bits;
    private final Kind kind;

    DType(String irName, int onnxCode, int bits, Kind kind) {
        this.irName = irName;
        this.onnxCode = onnxCode;
        this.bits = bits;
        this.kind = kind;
    }

    /** The name used in textual IR, e.g. {@code f32}. */
    public String irName() { return irName; }

    /** The ONNX {@code TensorProto.DataType} number. */
    public int onnxCode() { return onnxCode; }

    /** Storage width in bits (4-bit and 2-bit types are packed). */
    public int bits() { return bits; }

    public Kind kind() { return kind; }

    public boolean isFloat() { return kind == Kind.FLOAT; }

    public boolean isInteger() { return kind == Kind.SIGNED || kind == Kind.UNSIGNED; }

    public boolean isSigned() { return kind == Kind.SIGNED; }

    public boolean isBool() { return kind == Kind.BOOL; }

    /** Looks a type up by its textual-IR name. */
    public static DType fromIrName(String name) {
        for (DType t : values()) {
            if (t.irName.equals(name)) return t;
        }
        throw new IllegalArgumentException("unknown element type '" + name + "'");
    }

    /** Looks a type up by its ONNX code, or returns null when tcc has no such type. */
    public static DType fromOnnx(int code) {
        for (DType t : values()) {
            if (t.onnxCode == code) return t;
        }
        return null;
    }

    @Override
    public String toString() { return irName; }
}
