package dev.tcc.ir;

import java.util.List;

/** Shared checks and shape rules for {@link Op#inferTypes}. */
public final class Types {
    private Types() {}

    public static void arity(Op op, List<TensorType> inputs, int n) {
        if (inputs.size() != n) throw new IrException(op.mnemonic() + " takes " + n + " inputs, got " + inputs.size());
    }

    public static void arity(Op op, List<TensorType> inputs, int min, int max) {
        if (inputs.size() < min || inputs.size() > max) {
            throw new IrException(op.mnemonic() + " takes " + min + " to " + max + " inputs, got " + inputs.size());
        }
    }

    public static void sameDType(Op op, TensorType a, TensorType b) {
        if (a.dtype() != b.dtype()) throw new IrException(op.mnemonic() + ": element types differ: " + a + " and " + b);
    }

    /** Normalises a possibly negative axis against {@code rank}. */
    public static int axis(long axis, int rank) {
        long a = axis < 0 ? axis + rank : axis;
        if (a < 0 || a >= Math.max(rank, 1)) throw new IrException("axis " + axis + " out of range for rank " + rank);
        return (int) a;
    }

    /** Numpy-style multidirectional broadcasting of shapes. */
    public static Shape broadcast(Shape... shapes) {
        int rank = 0;
        for (Shape s : shapes) rank = Math.max(rank, s.rank());
        long[] out = new long[rank];
        java.util.Arrays.fill(out, 1);
        for (Shape s : shapes) {
            int off = rank - s.rank();
            for (int i = 0; i < s.rank(); i++) {
                long d = s.dim(i), o = out[off + i];
                if (d == o || d == 1) continue;
                if (o == 1) out[off + i] = d;
                else throw new IrException("shapes cannot broadcast: " + java.util.Arrays.toString(shapes));
            }
        }
        return new Shape(out);
    }
}
