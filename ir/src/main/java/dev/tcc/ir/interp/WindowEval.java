package dev.tcc.ir.interp;

import dev.tcc.ir.IrException;
import dev.tcc.ir.Linalg;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.TensorType;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Reference semantics of the sliding-window ops (convolution, transposed convolution, pooling) over 1 to 3
 * spatial axes. Fewer than three spatial axes are treated as three with leading axes of size 1, so one set
 * of tight loops over double arrays serves every rank (MobileNet-sized convs run in well under a second).
 */
final class WindowEval {
    private WindowEval() {}

    /** Spatial geometry normalised to three axes (depth, height, width). */
    private record Geo(int[] in, int[] out, int[] k, int[] s, int[] d, int[] pb, int[] pe) {
        int inSize() { return in[0] * in[1] * in[2]; }

        int outSize() { return out[0] * out[1] * out[2]; }

        int kSize() { return k[0] * k[1] * k[2]; }
    }

    private static int spatialRank(Shape x, String what) {
        int sp = x.rank() - 2;
        if (sp < 1 || sp > 3) throw new IrException(what + ": the reference interpreter handles 1 to 3 spatial axes, got input " + x);
        return sp;
    }

    /** The spatial dims of {@code s} (from axis 2) right-aligned into three. */
    private static int[] dims3(Shape s) {
        int[] r = {1, 1, 1};
        int sp = s.rank() - 2;
        for (int i = 0; i < sp; i++) r[3 - sp + i] = Math.toIntExact(s.dim(2 + i));
        return r;
    }

    /** {@code l[from + i]} for the {@code sp} spatial axes, right-aligned into three, others {@code fill}. */
    private static int[] attr3(List<Long> l, int from, int sp, int fill) {
        int[] r = {fill, fill, fill};
        for (int i = 0; i < sp; i++) r[3 - sp + i] = Math.toIntExact(l.get(from + i));
        return r;
    }

    /** Geometry of a convolution of {@code x} with weights {@code w} (kernel sizes from axis 2 of {@code w}). */
    private static Geo convGeo(Shape x, Shape w, Shape out, List<Long> strides, List<Long> dilations, List<Long> pads, String what) {
        int sp = spatialRank(x, what);
        return geo(sp, x, dims3(w), out, strides, dilations, pads);
    }

    /** Geometry of a pooling window of sizes {@code kernel} over {@code x}. */
    private static Geo poolGeo(Shape x, List<Long> kernel, Shape out, List<Long> strides, List<Long> dilations, List<Long> pads, String what) {
        int sp = spatialRank(x, what);
        return geo(sp, x, attr3(kernel, 0, sp, 1), out, strides, dilations, pads);
    }

    private static Geo geo(int sp, Shape x, int[] k, Shape out, List<Long> strides, List<Long> dilations, List<Long> pads) {
        return new Geo(dims3(x), dims3(out), k, attr3(strides, 0, sp, 1), attr3(dilations, 0, sp, 1), attr3(pads, 0, sp, 0), attr3(pads, sp, sp, 0));
    }

    private static double[] floats(Tensor t) { return t.isFloat() ? t.doubles() : t.toDoubles(); }

    /** First {@code o} in {@code [0, n)} with {@code o*s + off >= 0}. */
    private static int lo(int off, int s) { return off >= 0 ? 0 : Math.floorDiv(-off + s - 1, s); }

    /** One past the last {@code o} in {@code [0, n)} with {@code o*s + off < len}. */
    private static int hi(int off, int s, int len, int n) {
        if (len - 1 - off < 0) return 0;
        return Math.min(n, Math.floorDiv(len - 1 - off, s) + 1);
    }

    /**
     * Direct convolution, one output row at a time: the row stays in L1 while every (input channel, kernel
     * row, kernel column) adds a strided slice of one input row to it. Output planes are independent, so
     * they run in parallel; each element is still summed in one fixed order.
     */
    static Tensor conv(Linalg.Conv c, Tensor x, Tensor w, Tensor bias, TensorType out) {
        Geo g = convGeo(x.shape(), w.shape(), out.shape(), c.strides(), c.dilations(), c.pads(), "conv");
        int n = (int) x.shape().dim(0), ch = (int) x.shape().dim(1), m = (int) w.shape().dim(0);
        int groups = (int) c.group(), cg = ch / groups, mg = m / groups;
        int inSz = g.inSize(), kSz = g.kSize();
        double[] xv = floats(x), wv = floats(w), bv = bias == null ? null : floats(bias);
        double[] r = new double[Math.toIntExact(out.size())];
        int[] in = g.in(), o = g.out(), k = g.k(), s = g.s(), d = g.d(), p = g.pb();
        int[] owLo = new int[k[2]], owHi = new int[k[2]];
        for (int kw = 0; kw < k[2]; kw++) {
            owLo[kw] = lo(kw * d[2] - p[2], s[2]);
            owHi[kw] = hi(kw * d[2] - p[2], s[2], in[2], o[2]);
        }
        IntStream.range(0, n * m).parallel().forEach(plane -> {
            int b = plane / m, oc = plane % m, grp = oc / mg, sw = s[2];
            for (int od = 0; od < o[0]; od++) {
                for (int oh = 0; oh < o[1]; oh++) {
                    int orow = (plane * o[0] + od) * o[1] * o[2] + oh * o[2];
                    if (bv != null) Arrays.fill(r, orow, orow + o[2], bv[oc]);
                    for (int ci = 0; ci < cg; ci++) {
                        int xb = (b * ch + grp * cg + ci) * inSz, wb = (oc * cg + ci) * kSz;
                        for (int kd = 0; kd < k[0]; kd++) {
                            int id = od * s[0] + kd * d[0] - p[0];
                            if (id < 0 || id >= in[0]) continue;
                            for (int kh = 0; kh < k[1]; kh++) {
                                int ih = oh * s[1] + kh * d[1] - p[1];
                                if (ih < 0 || ih >= in[1]) continue;
                                int xr = xb + (id * in[1] + ih) * in[2], wk = wb + (kd * k[1] + kh) * k[2];
                                for (int kw = 0; kw < k[2]; kw++) {
                                    double wt = wv[wk + kw];
                                    int base = xr + kw * d[2] - p[2];
                                    if (sw == 1) {
                                        // unit stride: a plain axpy the JIT can vectorise
                                        for (int ow = owLo[kw]; ow < owHi[kw]; ow++) r[orow + ow] += wt * xv[base + ow];
                                    } else {
                                        for (int ow = owLo[kw]; ow < owHi[kw]; ow++) r[orow + ow] += wt * xv[base + ow * sw];
                                    }
                                }
                            }
                        }
                    }
                }
            }
        });
        return Tensor.ofDoubles(out.dtype(), out.shape(), r);
    }

    /** Transposed convolution as a scatter: each input element adds {@code x * w} to the outputs its kernel reaches. */
    static Tensor convTranspose(Linalg.ConvTranspose c, Tensor x, Tensor w, Tensor bias, TensorType out) {
        Geo g = convGeo(x.shape(), w.shape(), out.shape(), c.strides(), c.dilations(), c.pads(), "conv_transpose");
        int n = (int) x.shape().dim(0), ch = (int) x.shape().dim(1), m = (int) out.shape().dim(1);
        int groups = (int) c.group(), cg = ch / groups, mg = m / groups;
        int inSz = g.inSize(), outSz = g.outSize(), kSz = g.kSize();
        double[] xv = floats(x), wv = floats(w), bv = bias == null ? null : floats(bias);
        double[] r = new double[Math.toIntExact(out.size())];
        int[] in = g.in(), o = g.out(), k = g.k(), s = g.s(), d = g.d(), p = g.pb();
        // input columns iw whose output column iw*s + kw*d - p lies in [0, o)
        int[] iwLo = new int[k[2]], iwHi = new int[k[2]];
        for (int kw = 0; kw < k[2]; kw++) {
            iwLo[kw] = Math.min(in[2], lo(kw * d[2] - p[2], s[2]));
            iwHi[kw] = Math.min(in[2], hi(kw * d[2] - p[2], s[2], o[2], Integer.MAX_VALUE));
        }
        IntStream.range(0, n * m).parallel().forEach(plane -> {
            int b = plane / m, oc = plane % m, grp = oc / mg, mo = oc % mg, ob = plane * outSz, sw = s[2];
            if (bv != null) Arrays.fill(r, ob, ob + outSz, bv[oc]);
            for (int ci = 0; ci < cg; ci++) {
                int ic = grp * cg + ci, xb = (b * ch + ic) * inSz, wb = (ic * mg + mo) * kSz;
                for (int kd = 0; kd < k[0]; kd++) {
                    for (int kh = 0; kh < k[1]; kh++) {
                        for (int kw = 0; kw < k[2]; kw++) {
                            double wt = wv[wb + (kd * k[1] + kh) * k[2] + kw];
                            int offW = kw * d[2] - p[2];
                            for (int id = 0; id < in[0]; id++) {
                                int od = id * s[0] + kd * d[0] - p[0];
                                if (od < 0 || od >= o[0]) continue;
                                for (int ih = 0; ih < in[1]; ih++) {
                                    int oh = ih * s[1] + kh * d[1] - p[1];
                                    if (oh < 0 || oh >= o[1]) continue;
                                    int xr = xb + (id * in[1] + ih) * in[2], orow = ob + (od * o[1] + oh) * o[2] + offW;
                                    for (int iw = iwLo[kw]; iw < iwHi[kw]; iw++) r[orow + iw * sw] += wt * xv[xr + iw];
                                }
                            }
                        }
                    }
                }
            }
        });
        return Tensor.ofDoubles(out.dtype(), out.shape(), r);
    }

    static Tensor pool(Linalg.Pool op, Tensor x, TensorType out) {
        Geo g = poolGeo(x.shape(), op.kernel(), out.shape(), op.strides(), op.dilations(), op.pads(), "pool");
        double[] r = new double[Math.toIntExact(out.size())];
        windows(g, x, (plane, pos, outIndex, vals, offs, count) -> {
            r[outIndex] = switch (op.kind()) {
                case MAX -> {
                    double best = Double.NEGATIVE_INFINITY;
                    for (int i = 0; i < count; i++) if (vals[i] > best) best = vals[i];
                    yield best;
                }
                case AVG -> {
                    double sum = 0;
                    for (int i = 0; i < count; i++) sum += vals[i];
                    yield sum / (op.countIncludePad() ? paddedCount(g, pos) : count);
                }
                case LP -> {
                    double sum = 0;
                    for (int i = 0; i < count; i++) sum += Math.pow(Math.abs(vals[i]), op.p());
                    yield Math.pow(sum, 1.0 / op.p());
                }
            };
        });
        return Tensor.ofDoubles(out.dtype(), out.shape(), r);
    }

    static Tensor maxPoolIndices(Linalg.MaxPoolIndices op, Tensor x, TensorType out) {
        Geo g = poolGeo(x.shape(), op.kernel(), out.shape(), op.strides(), op.dilations(), op.pads(), "max_pool_indices");
        long[] r = new long[Math.toIntExact(out.size())];
        int[] in = g.in();
        windows(g, x, (plane, pos, outIndex, vals, offs, count) -> {
            int arg = -1;
            double best = 0;
            for (int i = 0; i < count; i++) {
                if (arg < 0 ? !Double.isNaN(vals[i]) : vals[i] > best) { arg = i; best = vals[i]; }
            }
            if (arg < 0) { r[outIndex] = -1; return; }
            int off = offs[arg];
            if (op.columnMajor()) {
                int w = off % in[2], h = off / in[2] % in[1], dd = off / (in[2] * in[1]);
                off = dd + h * in[0] + w * in[0] * in[1];
            }
            r[outIndex] = (long) plane * g.inSize() + off;
        });
        return Tensor.ofLongs(out.dtype(), out.shape(), r);
    }

    /** Window positions inside the padded extent {@code [-padBegin, in + padEnd)} (AVG's divisor with count_include_pad). */
    private static int paddedCount(Geo g, int[] pos) {
        int n = 1;
        for (int a = 0; a < 3; a++) {
            int c = 0;
            for (int t = 0; t < g.k()[a]; t++) {
                int i = pos[a] * g.s()[a] + t * g.d()[a] - g.pb()[a];
                if (i >= -g.pb()[a] && i < g.in()[a] + g.pe()[a]) c++;
            }
            n *= c;
        }
        return n;
    }

    /** Receives the in-bounds elements of one window, in window (row-major) order. */
    private interface WindowFn {
        void apply(int plane, int[] outPos, int outIndex, double[] vals, int[] spatialOffsets, int count);
    }

    /** Calls {@code fn} for every output element with the input elements its window covers (padding skipped). */
    private static void windows(Geo g, Tensor x, WindowFn fn) {
        double[] xv = floats(x);
        int planes = (int) (x.shape().dim(0) * x.shape().dim(1));
        int[] in = g.in(), o = g.out(), k = g.k(), s = g.s(), d = g.d(), p = g.pb();
        double[] vals = new double[g.kSize()];
        int[] offs = new int[g.kSize()];
        int[] pos = new int[3];
        int inSz = g.inSize(), outIndex = 0;
        for (int plane = 0; plane < planes; plane++) {
            int xb = plane * inSz;
            for (int od = 0; od < o[0]; od++) {
                for (int oh = 0; oh < o[1]; oh++) {
                    for (int ow = 0; ow < o[2]; ow++) {
                        int count = 0;
                        for (int kd = 0; kd < k[0]; kd++) {
                            int id = od * s[0] + kd * d[0] - p[0];
                            if (id < 0 || id >= in[0]) continue;
                            for (int kh = 0; kh < k[1]; kh++) {
                                int ih = oh * s[1] + kh * d[1] - p[1];
                                if (ih < 0 || ih >= in[1]) continue;
                                for (int kw = 0; kw < k[2]; kw++) {
                                    int iw = ow * s[2] + kw * d[2] - p[2];
                                    if (iw < 0 || iw >= in[2]) continue;
                                    int off = (id * in[1] + ih) * in[2] + iw;
                                    offs[count] = off;
                                    vals[count++] = xv[xb + off];
                                }
                            }
                        }
                        pos[0] = od; pos[1] = oh; pos[2] = ow;
                        fn.apply(plane, pos, outIndex++, vals, offs, count);
                    }
                }
            }
        }
    }
}
