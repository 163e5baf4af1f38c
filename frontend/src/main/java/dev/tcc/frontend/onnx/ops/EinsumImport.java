package dev.tcc.frontend.onnx.ops;

import dev.tcc.frontend.onnx.NodeContext;
import dev.tcc.ir.Elementwise.BinaryFn;
import dev.tcc.ir.Linalg;
import dev.tcc.ir.Reduction;
import dev.tcc.ir.Reduction.ReduceFn;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.Value;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import static dev.tcc.frontend.onnx.ops.LinalgSupport.*;

/**
 * Einsum as core ops. Each operand first loses its repeated labels (a diagonal: multiply by an identity
 * mask, sum one axis away) and the labels no one else needs (summed). Operands are then contracted left to
 * right, each pair as one batched MatMul ({@code [batch, kept of A, summed]} x {@code [batch, summed, kept of B]});
 * a final transpose puts the labels in output order. An ellipsis stands for right-aligned broadcast axes,
 * which get private labels.
 */
final class EinsumImport {
    private EinsumImport() {}

    /** An operand: its value and one label per axis. */
    private record Term(Value v, List<Character> labels) {}

    static List<Value> convert(NodeContext n) {
        String eq = n.attrString("equation", "").replace(" ", "");
        if (eq.isEmpty()) throw n.error("attribute 'equation' is missing");
        List<Value> inputs = n.inputsFrom(0);
        String[] sides = eq.split("->", -1);
        String[] specs = sides[0].split(",", -1);
        if (specs.length != inputs.size()) throw n.error("equation '" + eq + "' names " + specs.length + " operands, the node has " + inputs.size());
        int ellipsisRank = 0;
        for (int i = 0; i < specs.length; i++) {
            if (specs[i].contains("...")) ellipsisRank = Math.max(ellipsisRank, inputs.get(i).type().rank() - (specs[i].length() - 3));
        }
        List<Term> terms = new ArrayList<>();
        for (int i = 0; i < specs.length; i++) terms.add(new Term(inputs.get(i), labels(n, specs[i], inputs.get(i).type().rank(), ellipsisRank)));
        List<Character> out = sides.length > 1 ? labels(n, sides[1], -1, ellipsisRank) : implicitOutput(terms, ellipsisRank);
        for (int i = 0; i < terms.size(); i++) terms.set(i, diagonals(n, terms.get(i)));
        Term acc = sumUnneeded(n, terms.get(0), needed(terms, 1, out));
        for (int i = 1; i < terms.size(); i++) {
            List<Character> later = needed(terms, i + 1, out);
            Term next = sumUnneeded(n, terms.get(i), union(later, acc.labels()));
            acc = contract(n, sumUnneeded(n, acc, union(later, next.labels())), next, later);
        }
        Term last = sumUnneeded(n, acc, out);
        if (!last.labels().containsAll(out) || last.labels().size() != out.size()) throw n.error("output labels " + out + " do not match the operands of '" + eq + "'");
        int[] perm = out.stream().mapToInt(c -> last.labels().indexOf(c)).toArray();
        boolean identity = true;
        for (int i = 0; i < perm.length; i++) identity &= perm[i] == i;
        return List.of(identity ? last.v() : transpose(n, last.v(), perm));
    }

    /** Labels of one side of the equation; {@code ...} becomes the last {@code rank - letters} ellipsis labels. */
    private static List<Character> labels(NodeContext n, String spec, int rank, int ellipsisRank) {
        List<Character> l = new ArrayList<>();
        int dots = spec.indexOf("...");
        String plain = spec.replace("...", "");
        for (char c : plain.toCharArray()) if (!Character.isLetter(c)) throw n.error("equation term '" + spec + "' has '" + c + "', which is not a letter");
        int e = dots < 0 ? 0 : rank < 0 ? ellipsisRank : rank - plain.length();
        if (rank >= 0 && plain.length() + e != rank) throw n.error("equation term '" + spec + "' does not match an operand of rank " + rank);
        for (int i = 0; i < spec.length(); i++) {
            if (i == dots) {
                for (int k = ellipsisRank - e; k < ellipsisRank; k++) l.add((char) (0x100 + k));
                i += 2;
            } else l.add(spec.charAt(i));
        }
        return l;
    }

    /** Without {@code ->}: ellipsis axes, then the letters that occur once, alphabetically. */
    private static List<Character> implicitOutput(List<Term> terms, int ellipsisRank) {
        List<Character> out = new ArrayList<>();
        for (int k = 0; k < ellipsisRank; k++) out.add((char) (0x100 + k));
        TreeSet<Character> once = new TreeSet<>();
        List<Character> all = terms.stream().flatMap(t -> t.labels().stream()).toList();
        for (char c : all) if (c < 0x100 && all.stream().filter(x -> x == c).count() == 1) once.add(c);
        out.addAll(once);
        return out;
    }

    private static List<Character> needed(List<Term> terms, int from, List<Character> out) {
        List<Character> l = new ArrayList<>(out);
        for (int i = from; i < terms.size(); i++) l.addAll(terms.get(i).labels());
        return l;
    }

    private static List<Character> union(List<Character> a, List<Character> b) {
        List<Character> l = new ArrayList<>(a);
        l.addAll(b);
        return l;
    }

    /** Replaces each repeated label by the diagonal: {@code sum_j x[.., i, .., j, ..] * eye[i, j]} over j. */
    private static Term diagonals(NodeContext n, Term t) {
        List<Character> l = new ArrayList<>(t.labels());
        Value v = t.v();
        for (int p1 = 0; p1 < l.size(); p1++) {
            int p2 = l.subList(p1 + 1, l.size()).indexOf(l.get(p1));
            if (p2 < 0) continue;
            p2 += p1 + 1;
            long size = v.type().shape().dim(p1);
            long[] dims = new long[l.size()];
            Arrays.fill(dims, 1);
            dims[p1] = size;
            dims[p2] = size;
            double[] eye = new double[(int) (size * size)];
            for (int i = 0; i < size; i++) eye[(int) (i * size + i)] = 1;
            Value mask = n.constant(Tensor.ofDoubles(v.type().dtype(), Shape.of(dims), eye));
            v = n.emit(new Reduction.Reduce(ReduceFn.SUM, List.of(p2), false), binary(n, BinaryFn.MUL, v, mask));
            l.remove(p2);
            p1--;
        }
        return new Term(v, l);
    }

    /** Sums away the labels not in {@code keep}. */
    private static Term sumUnneeded(NodeContext n, Term t, List<Character> keep) {
        List<Integer> axes = new ArrayList<>();
        List<Character> rest = new ArrayList<>();
        for (int i = 0; i < t.labels().size(); i++) {
            if (keep.contains(t.labels().get(i))) rest.add(t.labels().get(i));
            else axes.add(i);
        }
        if (axes.isEmpty()) return t;
        return new Term(n.emit(new Reduction.Reduce(ReduceFn.SUM, axes, false), t.v()), rest);
    }

    /** One batched matmul: labels in both operands are batch axes if still needed, else summed. */
    private static Term contract(NodeContext n, Term a, Term b, List<Character> later) {
        List<Character> batch = new ArrayList<>(), summed = new ArrayList<>(), aOnly = new ArrayList<>(), bOnly = new ArrayList<>();
        for (char c : a.labels()) {
            if (!b.labels().contains(c)) aOnly.add(c);
            else if (later.contains(c)) batch.add(c);
            else summed.add(c);
        }
        for (char c : b.labels()) if (!a.labels().contains(c)) bOnly.add(c);
        Value av = arrange(n, a, batch, aOnly, summed), bv = arrange(n, b, batch, summed, bOnly);
        Value prod = n.emit(new Linalg.MatMul(), av, bv);
        long[] pd = prod.type().shape().dims();
        List<Long> dims = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) dims.add(pd[i]);
        for (char c : aOnly) dims.add(a.v().type().shape().dim(a.labels().indexOf(c)));
        for (char c : bOnly) dims.add(b.v().type().shape().dim(b.labels().indexOf(c)));
        List<Character> labels = new ArrayList<>(batch);
        labels.addAll(aOnly);
        labels.addAll(bOnly);
        return new Term(reshape(n, prod, dims.stream().mapToLong(Long::longValue).toArray()), labels);
    }

    /** Transposes {@code t} to {@code [batch, rows, cols]} and flattens rows and cols to one axis each. */
    private static Value arrange(NodeContext n, Term t, List<Character> batch, List<Character> rows, List<Character> cols) {
        List<Character> order = new ArrayList<>(batch);
        order.addAll(rows);
        order.addAll(cols);
        int[] perm = order.stream().mapToInt(c -> t.labels().indexOf(c)).toArray();
        boolean identity = true;
        for (int i = 0; i < perm.length; i++) identity &= perm[i] == i;
        Value v = identity ? t.v() : transpose(n, t.v(), perm);
        long[] s = v.type().shape().dims();
        long[] dims = new long[batch.size() + 2];
        long r = 1, c = 1;
        for (int i = 0; i < batch.size(); i++) dims[i] = s[i];
        for (int i = 0; i < rows.size(); i++) r *= s[batch.size() + i];
        for (int i = 0; i < cols.size(); i++) c *= s[batch.size() + rows.size() + i];
        dims[batch.size()] = r;
        dims[batch.size() + 1] = c;
        return reshape(n, v, dims);
    }
}
