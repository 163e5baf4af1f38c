package dev.tcc.ir.text;

import static dev.tcc.ir.text.OpSyntax.attr;

import dev.tcc.ir.Dequantize;
import dev.tcc.ir.Elementwise.Binary;
import dev.tcc.ir.Elementwise.BinaryFn;
import dev.tcc.ir.Elementwise.BitCast;
import dev.tcc.ir.Elementwise.Cast;
import dev.tcc.ir.Elementwise.Select;
import dev.tcc.ir.Elementwise.Unary;
import dev.tcc.ir.Elementwise.UnaryFn;
import dev.tcc.ir.Linalg.Conv;
import dev.tcc.ir.Linalg.ConvTranspose;
import dev.tcc.ir.Linalg.MatMul;
import dev.tcc.ir.Linalg.MaxPoolIndices;
import dev.tcc.ir.Linalg.Pool;
import dev.tcc.ir.Linalg.PoolKind;
import dev.tcc.ir.Movement.Concat;
import dev.tcc.ir.Movement.Expand;
import dev.tcc.ir.Movement.Gather;
import dev.tcc.ir.Movement.GatherElements;
import dev.tcc.ir.Movement.GatherND;
import dev.tcc.ir.Movement.Pad;
import dev.tcc.ir.Movement.PadMode;
import dev.tcc.ir.Movement.Reshape;
import dev.tcc.ir.Movement.Resize;
import dev.tcc.ir.Movement.ResizeMode;
import dev.tcc.ir.Movement.ScatterElements;
import dev.tcc.ir.Movement.ScatterND;
import dev.tcc.ir.Movement.ScatterReduction;
import dev.tcc.ir.Movement.Slice;
import dev.tcc.ir.Movement.Tile;
import dev.tcc.ir.Movement.Transpose;
import dev.tcc.ir.Op;
import dev.tcc.ir.Op.Constant;
import dev.tcc.ir.MiniFloats.E8M0Rounding;
import dev.tcc.ir.Reduction.ArgReduce;
import dev.tcc.ir.Reduction.Cumulative;
import dev.tcc.ir.Reduction.Reduce;
import dev.tcc.ir.Reduction.ReduceFn;
import dev.tcc.ir.Structured.Attention;
import dev.tcc.ir.Structured.LayerNorm;
import dev.tcc.ir.Structured.RmsNorm;
import dev.tcc.ir.Structured.Rnn;
import dev.tcc.ir.Structured.RnnKind;
import dev.tcc.ir.Structured.Softmax;
import dev.tcc.ir.text.OpSyntax.Attr;
import dev.tcc.ir.text.OpSyntax.Attrs;

import java.util.List;
import java.util.function.Function;

/**
 * The text syntax of every op: one entry per record, attributes named in snake_case after the record
 * components and listed in component order. Adding an op to the IR means adding its line here; the
 * round-trip tests in {@code frontend} fail for any record without one.
 */
final class OpTable {
    private OpTable() {}

    @SafeVarargs
    private static <R extends Op> OpSyntax<R> op(String mnemonic, Class<R> type, Function<Attrs, R> build, Attr<R>... attrs) {
        return new OpSyntax<>(mnemonic, type, List.of(attrs), build);
    }

    static OpSyntax<Unary> unary(UnaryFn f) {
        return op(new Unary(f).mnemonic(), Unary.class, a -> new Unary(f));
    }

    static OpSyntax<Binary> binary(BinaryFn f) {
        return op(new Binary(f).mnemonic(), Binary.class, a -> new Binary(f));
    }

    /** Every op except the per-function {@link Unary} and {@link Binary} entries. */
    static List<OpSyntax<?>> entries() {
        return List.of(
                op("constant", Constant.class, a -> new Constant(a.tensor("value")), attr("value", Constant::value)),
                // elementwise
                op("select", Select.class, a -> new Select()),
                op("cast", Cast.class, a -> new Cast(a.dtype("to"), a.bool("saturate"), a.enumValue("e8m0_rounding", E8M0Rounding.class)),
                        attr("to", Cast::to), attr("saturate", Cast::saturate), attr("e8m0_rounding", Cast::e8m0Rounding)),
                op("bitcast", BitCast.class, a -> new BitCast(a.dtype("to")), attr("to", BitCast::to)),
                op("dequantize", Dequantize.class,
                        a -> new Dequantize(a.int32("bits"), a.int32("axis"), a.int64("group"), a.dtype("to"), a.int64s("shape")),
                        attr("bits", Dequantize::bits), attr("axis", Dequantize::axis), attr("group", Dequantize::group),
                        attr("to", Dequantize::to), attr("shape", Dequantize::shape)),
                // reduction
                op("reduce", Reduce.class, a -> new Reduce(a.enumValue("fn", ReduceFn.class), a.int32s("axes"), a.bool("keep_dims")),
                        attr("fn", Reduce::fn), attr("axes", Reduce::axes), attr("keep_dims", Reduce::keepDims)),
                op("argreduce", ArgReduce.class,
                        a -> new ArgReduce(a.bool("max"), a.int32("axis"), a.bool("keep_dims"), a.bool("select_last_index")),
                        attr("max", ArgReduce::max), attr("axis", ArgReduce::axis), attr("keep_dims", ArgReduce::keepDims),
                        attr("select_last_index", ArgReduce::selectLastIndex)),
                op("cumulative", Cumulative.class, a -> new Cumulative(a.bool("product"), a.int32("axis"), a.bool("exclusive"), a.bool("reverse")),
                        attr("product", Cumulative::product), attr("axis", Cumulative::axis), attr("exclusive", Cumulative::exclusive),
                        attr("reverse", Cumulative::reverse)),
                // linalg
                op("matmul", MatMul.class, a -> new MatMul()),
                op("conv", Conv.class, a -> new Conv(a.int64s("strides"), a.int64s("pads"), a.int64s("dilations"), a.int64("group")),
                        attr("strides", Conv::strides), attr("pads", Conv::pads), attr("dilations", Conv::dilations), attr("group", Conv::group)),
                op("conv_transpose", ConvTranspose.class,
                        a -> new ConvTranspose(a.int64s("strides"), a.int64s("pads"), a.int64s("dilations"), a.int64("group"), a.int64s("output_padding")),
                        attr("strides", ConvTranspose::strides), attr("pads", ConvTranspose::pads), attr("dilations", ConvTranspose::dilations),
                        attr("group", ConvTranspose::group), attr("output_padding", ConvTranspose::outputPadding)),
                op("pool", Pool.class,
                        a -> new Pool(a.enumValue("kind", PoolKind.class), a.int64s("kernel"), a.int64s("strides"), a.int64s("pads"),
                                a.int64s("dilations"), a.bool("ceil_mode"), a.bool("count_include_pad"), a.int64("p")),
                        attr("kind", Pool::kind), attr("kernel", Pool::kernel), attr("strides", Pool::strides), attr("pads", Pool::pads),
                        attr("dilations", Pool::dilations), attr("ceil_mode", Pool::ceilMode), attr("count_include_pad", Pool::countIncludePad),
                        attr("p", Pool::p)),
                op("max_pool_indices", MaxPoolIndices.class,
                        a -> new MaxPoolIndices(a.int64s("kernel"), a.int64s("strides"), a.int64s("pads"), a.int64s("dilations"),
                                a.bool("ceil_mode"), a.bool("column_major")),
                        attr("kernel", MaxPoolIndices::kernel), attr("strides", MaxPoolIndices::strides), attr("pads", MaxPoolIndices::pads),
                        attr("dilations", MaxPoolIndices::dilations), attr("ceil_mode", MaxPoolIndices::ceilMode),
                        attr("column_major", MaxPoolIndices::columnMajor)),
                // movement
                op("reshape", Reshape.class, a -> new Reshape(a.int64s("shape")), attr("shape", Reshape::shape)),
                op("transpose", Transpose.class, a -> new Transpose(a.int32s("perm")), attr("perm", Transpose::perm)),
                op("slice", Slice.class, a -> new Slice(a.int64s("starts"), a.int64s("ends"), a.int64s("steps")),
                        attr("starts", Slice::starts), attr("ends", Slice::ends), attr("steps", Slice::steps)),
                op("concat", Concat.class, a -> new Concat(a.int32("axis")), attr("axis", Concat::axis)),
                op("pad", Pad.class, a -> new Pad(a.int64s("pads"), a.enumValue("mode", PadMode.class), a.f64("value")),
                        attr("pads", Pad::pads), attr("mode", Pad::mode), attr("value", Pad::value)),
                op("expand", Expand.class, a -> new Expand(a.int64s("shape")), attr("shape", Expand::shape)),
                op("tile", Tile.class, a -> new Tile(a.int64s("repeats")), attr("repeats", Tile::repeats)),
                op("gather", Gather.class, a -> new Gather(a.int32("axis")), attr("axis", Gather::axis)),
                op("gather_elements", GatherElements.class, a -> new GatherElements(a.int32("axis")), attr("axis", GatherElements::axis)),
                op("gather_nd", GatherND.class, a -> new GatherND(a.int32("batch_dims")), attr("batch_dims", GatherND::batchDims)),
                op("scatter_nd", ScatterND.class, a -> new ScatterND(a.enumValue("reduction", ScatterReduction.class)),
                        attr("reduction", ScatterND::reduction)),
                op("scatter_elements", ScatterElements.class,
                        a -> new ScatterElements(a.int32("axis"), a.enumValue("reduction", ScatterReduction.class)),
                        attr("axis", ScatterElements::axis), attr("reduction", ScatterElements::reduction)),
                op("resize", Resize.class,
                        a -> new Resize(a.enumValue("mode", ResizeMode.class), a.string("coordinate_transform"), a.string("nearest_mode"),
                                a.f64("cubic_coeff_a"), a.bool("exclude_outside"), a.f64("extrapolation_value"), a.bool("antialias"),
                                a.int64s("sizes"), a.f64s("scales"), a.f64s("roi")),
                        attr("mode", Resize::mode), attr("coordinate_transform", Resize::coordinateTransform),
                        attr("nearest_mode", Resize::nearestMode), attr("cubic_coeff_a", Resize::cubicCoeffA),
                        attr("exclude_outside", Resize::excludeOutside), attr("extrapolation_value", Resize::extrapolationValue),
                        attr("antialias", Resize::antialias), attr("sizes", Resize::sizes), attr("scales", Resize::scales), attr("roi", Resize::roi)),
                // structured
                op("softmax", Softmax.class, a -> new Softmax(a.int32("axis"), a.bool("log")), attr("axis", Softmax::axis), attr("log", Softmax::log)),
                op("layer_norm", LayerNorm.class,
                        a -> new LayerNorm(a.int32("axis"), a.f64("epsilon"), a.bool("stats_outputs"), a.dtype("stats_type")),
                        attr("axis", LayerNorm::axis), attr("epsilon", LayerNorm::epsilon), attr("stats_outputs", LayerNorm::statsOutputs),
                        attr("stats_type", LayerNorm::statsType)),
                op("rms_norm", RmsNorm.class, a -> new RmsNorm(a.int32("axis"), a.f64("epsilon")),
                        attr("axis", RmsNorm::axis), attr("epsilon", RmsNorm::epsilon)),
                op("rnn", Rnn.class,
                        a -> new Rnn(a.enumValue("kind", RnnKind.class), a.int64("hidden_size"), a.string("direction"), a.strings("activations"),
                                a.f64s("activation_alpha"), a.f64s("activation_beta"), a.f64("clip"), a.bool("linear_before_reset"),
                                a.bool("input_forget")),
                        attr("kind", Rnn::kind), attr("hidden_size", Rnn::hiddenSize), attr("direction", Rnn::direction),
                        attr("activations", Rnn::activations), attr("activation_alpha", Rnn::activationAlpha),
                        attr("activation_beta", Rnn::activationBeta), attr("clip", Rnn::clip),
                        attr("linear_before_reset", Rnn::linearBeforeReset), attr("input_forget", Rnn::inputForget)),
                op("attention", Attention.class,
                        a -> new Attention(a.f64("scale"), a.f64("softcap"), a.bool("causal"), a.int64("causal_offset"), a.int64("left_window"),
                                a.int64("right_window"), a.bool("has_mask"), a.bool("has_kv_lengths"), a.int32("qk_mode"), a.dtype("softmax_type")),
                        attr("scale", Attention::scale), attr("softcap", Attention::softcap), attr("causal", Attention::causal),
                        attr("causal_offset", Attention::causalOffset), attr("left_window", Attention::leftWindow),
                        attr("right_window", Attention::rightWindow), attr("has_mask", Attention::hasMask),
                        attr("has_kv_lengths", Attention::hasKvLengths), attr("qk_mode", Attention::qkMode),
                        attr("softmax_type", Attention::softmaxType)));
    }
}
