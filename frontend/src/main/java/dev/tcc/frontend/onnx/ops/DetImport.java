package dev.tcc.frontend.onnx.ops;

import dev.tcc.frontend.onnx.NodeContext;
import dev.tcc.ir.Elementwise.BinaryFn;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Value;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.tcc.frontend.onnx.ops.LinalgSupport.binary;
import static dev.tcc.frontend.onnx.ops.LinalgSupport.reshape;

/**
 * ONNX Det (opset 11): the determinant of each trailing M x M matrix, for M up to {@link #MAX}, by cofactor expansion
 * along the first row, every term an elementwise product of the matrix's elements, so that fusion makes the whole of
 * it one kernel. Larger matrices need an LU decomposition with pivoting, which tcc does not have: they are refused.
 */
final class DetImport {
    private DetImport() {}

    /** The largest M expanded (4! = 24 products of 4 factors). */
    static final int MAX = 4;

    static List<Value> convert(NodeContext n) {
        Value x = n.input(0);
        Shape s = x.type().shape();
        int r = s.rank();
        if (!x.type().dtype().isFloat() || r < 2 || s.dim(r - 1) != s.dim(r - 2)) {
            throw n.error("X must be floating point, square in its last two axes, got " + x.type());
        }
        long m = s.dim(r - 1);
        if (m < 1 || m > MAX) {
            throw n.error("determinants of " + m + " x " + m + " matrices are not supported: tcc expands matrices of 1 x 1 to "
                    + MAX + " x " + MAX + " (larger ones need an LU decomposition, which it does not have)");
        }
        long[] batch = Arrays.copyOf(s.dims(), r - 2);
        Map<Long, Value> elements = new HashMap<>();
        List<Integer> rows = new ArrayList<>(), cols = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            rows.add(i);
            cols.add(i);
        }
        return List.of(expand(n, x, batch, elements, rows, cols));
    }

    /** The determinant of the minor of {@code rows} and {@code cols}, expanded along its first row. */
    private static Value expand(NodeContext n, Value x, long[] batch, Map<Long, Value> elements, List<Integer> rows, List<Integer> cols) {
        if (rows.size() == 1) return element(n, x, batch, elements, rows.get(0), cols.get(0));
        Value sum = null;
        for (int j = 0; j < cols.size(); j++) {
            List<Integer> rest = new ArrayList<>(cols);
            rest.remove(j);
            Value term = binary(n, BinaryFn.MUL, element(n, x, batch, elements, rows.get(0), cols.get(j)),
                    expand(n, x, batch, elements, rows.subList(1, rows.size()), rest));
            sum = sum == null ? term : binary(n, j % 2 == 0 ? BinaryFn.ADD : BinaryFn.SUB, sum, term);
        }
        return sum;
    }

    /** Element (i, j) of every matrix, shaped as the batch. */
    private static Value element(NodeContext n, Value x, long[] batch, Map<Long, Value> elements, int i, int j) {
        int r = x.type().rank();
        return elements.computeIfAbsent((long) i * DetImport.MAX + j,
                key -> reshape(n, Moves.slice(n, Moves.slice(n, x, r - 2, i, i + 1, 1), r - 1, j, j + 1, 1), batch));
    }
}
