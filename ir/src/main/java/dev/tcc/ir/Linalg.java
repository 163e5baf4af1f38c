package dev.tcc.ir;

import java.util.List;

/** Contractions and sliding-window ops: matmul, convolution, pooling. */
public sealed interface Linalg extends Op {

    /** Numpy {@code matmul}: batched with broadcasting; rank-1 operands are promoted and the added dim removed. */
    record MatMul() implements Linalg {
        @Override public String mnemonic() { return "matmul"; }

        @Override public List<TensorType> inferTypes(List<TensorType> in) {
            Types.arity(this, in, 2);
            TensorType a = in.get(0), b = in.get(1);
            Types.sameDType(this, a, b);
            if (a.rank() == 0 || b.rank() == 0) throw new IrException("matmul: operands must have rank >= 1");
            long[] ad = a.rank() == 1 ? new long[] {1, a.shape().dim(0)} : a.shape().dims();
            long[] bd = b.rank() == 1 ? new long[] {b.shape().dim(0), 1} : b.shape().dims();
            long k1 = ad[ad.length - 1], k2 = bd[bd.length - 2];
            if (k1 != k2) throw new IrException("matmul: inner dimensions differ: " + a + " x " + b);
            Shape batch = Types.broadcast(Shape.of(java.util.Arrays.copyOf(ad, ad.length - 2)), Shape.of(java.util.Arrays.copyOf(bd, bd.length - 2)));
            java.util.List<Long> out = new java.util.ArrayList<>();
            for (long d : batch.dims()) out.add(d);
            if (a.rank() > 1) out.add(ad[ad.length - 2]);
            if (b.rank() > 1) out.add(bd[bd.length - 1]);
            return List.of(new TensorType(a.dtype(), new Shape(out.stream().mapToLong(Long::longValue).toArray())));
        }
    }

    /**
     * N-d convolution (cross-correlation) of {@code x[N,C,D...]} with {@code w[M,C/group,K...]} plus an
     * optional {@code bias[M]}. {@code pads} lists all begin pads then all end pads.
     */
    record Conv(List<Long> strides, List<Long> pads, List<Long> dilations, long group) implements Linalg {
        public Conv { strides = List.copyOf(strides); pads = List.copyOf(pads); dilations = List.copyOf(dilations); }

        @Override public String mnemonic() { return "conv"; }

        @Override public List<TensorType> inferTypes(List<TensorType> in) {
            Types.arity(this, in, 2, 3);
            TensorType x = in.get(0), w = in.get(1);
            int sp = x.rank() - 2;
            if (sp < 1 || w.rank() != x.rank() || strides.size() != sp || dilations.size() != sp || pads.size() != 2 * sp) {
                throw new IrException("conv: ranks of " + x + ", " + w + " and attributes do not agree");
            }
            Types.sameDType(this, x, w);
            if (group < 1 || x.shape().dim(1) != w.shape().dim(1) * group || w.shape().dim(0) % group != 0) {
                throw new IrException("conv: channels of " + x + " and " + w + " with group " + group + " do not agree");
            }
            if (in.size() == 3 && (in.get(2).rank() != 1 || in.get(2).shape().dim(0) != w.shape().dim(0))) throw new IrException("conv: bias " + in.get(2) + " must be [" + w.shape().dim(0) + "]");
            long[] out = new long[x.rank()];
            out[0] = x.shape().dim(0);
            out[1] = w.shape().dim(0);
            for (int i = 0; i < sp; i++) {
                long eff = (w.shape().dim(i + 2) - 1) * dilations.get(i) + 1;
                long len = x.shape().dim(i + 2) + pads.get(i) + pads.get(i + sp) - eff;
                if (len < 0) throw new IrException("conv: kernel larger than padded input: " + x + ", " + w);
                out[i + 2] = len / strides.get(i) + 1;
            }
            return List.of(new TensorType(x.dtype(), new Shape(out)));
        }
    }

    /**
     * Transposed convolution of {@code x[N,C,D...]} with {@code w[C,M/group,K...]} plus optional bias.
     * Output size per spatial axis: {@code (in-1)*stride + (k-1)*dilation + 1 - padBegin - padEnd + outputPadding}.
     */
    record ConvTranspose(List<Long> strides, List<Long> pads, List<Long> dilations, long group, List<Long> outputPadding) implements Linalg {
        public ConvTranspose {
            strides = List.copyOf(strides); pads = List.copyOf(pads); dilations = List.copyOf(dilations); outputPadding = List.copyOf(outputPadding);
        }

        @Override public String mnemonic() { return "conv_transpose"; }

        @Override public List<TensorType> inferTypes(List<TensorType> in) {
            Types.arity(this, in, 2, 3);
            TensorType x = in.get(0), w = in.get(1);
            int sp = x.rank() - 2;
            if (sp < 1 || w.rank() != x.rank() || strides.size() != sp || dilations.size() != sp || pads.size() != 2 * sp || outputPadding.size() != sp) {
                throw new IrException("conv_transpose: ranks of " + x + ", " + w + " and attributes do not agree");
            }
            Types.sameDType(this, x, w);
            if (group < 1 || x.shape().dim(1) != w.shape().dim(0) || x.shape().dim(1) % group != 0) {
                throw new IrException("conv_transpose: channels of " + x + " and " + w + " with group " + group + " do not agree");
            }
            long[] out = new long[x.rank()];
            out[0] = x.shape().dim(0);
            out[1] = w.shape().dim(1) * group;
            for (int i = 0; i < sp; i++) {
                out[i + 2] = (x.shape().dim(i + 2) - 1) * strides.get(i) + (w.shape().dim(i + 2) - 1) * dilations.get(i) + 1
                        - pads.get(i) - pads.get(i + sp) + outputPadding.get(i);
                if (out[i + 2] < 0) throw new IrException("conv_transpose: negative output size for " + x + ", " + w + " and pads " + pads);
            }
            if (in.size() == 3 && (in.get(2).rank() != 1 || in.get(2).shape().dim(0) != out[1])) throw new IrException("conv_transpose: bias " + in.get(2) + " must be [" + out[1] + "]");
            return List.of(new TensorType(x.dtype(), new Shape(out)));
        }
    }

    /** Pooling kinds. {@code LP} uses {@link Pool#p}. */
    enum PoolKind { MAX, AVG, LP }

    /**
     * Sliding-window pooling over the spatial axes of {@code x[N,C,D...]}. Only elements inside the input
     * contribute: MAX takes their maximum (-inf for a window wholly in padding), LP takes
     * {@code (sum |x|^p)^(1/p)}, AVG divides their sum by their count, or, with {@code countIncludePad}, by
     * the number of window positions inside the padded extent {@code [-padBegin, in + padEnd)} (a ceil-mode
     * window's overhang past the end padding never counts). With {@code ceilMode} the output size rounds up,
     * but the last window must start inside the input or its begin padding.
     */
    record Pool(PoolKind kind, List<Long> kernel, List<Long> strides, List<Long> pads, List<Long> dilations,
                boolean ceilMode, boolean countIncludePad, long p) implements Linalg {
        public Pool { kernel = List.copyOf(kernel); strides = List.copyOf(strides); pads = List.copyOf(pads); dilations = List.copyOf(dilations); }

        @Override public String mnemonic() { return "pool"; }

        @Override public List<TensorType> inferTypes(List<TensorType> in) {
            Types.arity(this, in, 1);
            TensorType x = in.get(0);
            int sp = x.rank() - 2;
            if (sp < 1 || kernel.size() != sp || strides.size() != sp || dilations.size() != sp || pads.size() != 2 * sp) {
                throw new IrException("pool: kernel " + kernel + ", strides " + strides + ", dilations " + dilations + " and pads " + pads + " do not fit input " + x);
            }
            if (kind == PoolKind.LP && p < 1) throw new IrException("pool: LP pooling needs p >= 1, got " + p);
            long[] out = x.shape().dims();
            for (int i = 0; i < sp; i++) {
                long eff = (kernel.get(i) - 1) * dilations.get(i) + 1;
                long len = x.shape().dim(i + 2) + pads.get(i) + pads.get(i + sp) - eff;
                long n = ceilMode ? Math.floorDiv(len + strides.get(i) - 1, strides.get(i)) + 1 : Math.floorDiv(len, strides.get(i)) + 1;
                // with ceil mode, the last window must start inside the input or its begin padding
                if (ceilMode && (n - 1) * strides.get(i) >= x.shape().dim(i + 2) + pads.get(i)) n--;
                out[i + 2] = Math.max(n, 0);
            }
            return List.of(new TensorType(x.dtype(), new Shape(out)));
        }
    }

    /**
     * Flat i64 indices of the elements a MAX {@link Pool} with the same window picks (ONNX MaxPool's
     * {@code Indices} output): the first largest element in window order, skipping padding, as an index into
     * the whole input {@code x[N,C,D...]}: {@code (n*C + c) * prod(D) + offset}, where the spatial offset is
     * row-major, or column-major when {@code columnMajor} (ONNX {@code storage_order = 1}).
     */
    record MaxPoolIndices(List<Long> kernel, List<Long> strides, List<Long> pads, List<Long> dilations,
                          boolean ceilMode, boolean columnMajor) implements Linalg {
        public MaxPoolIndices { kernel = List.copyOf(kernel); strides = List.copyOf(strides); pads = List.copyOf(pads); dilations = List.copyOf(dilations); }

        @Override public String mnemonic() { return "max_pool_indices"; }

        /** The MAX pool whose choices this op reports. */
        public Pool pool() { return new Pool(PoolKind.MAX, kernel, strides, pads, dilations, ceilMode, false, 0); }

        @Override public List<TensorType> inferTypes(List<TensorType> in) {
            return List.of(pool().inferTypes(in).get(0).withDType(DType.I64));
        }
    }
}
