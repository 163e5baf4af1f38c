package dev.tcc.frontend.onnx.ops;

import dev.tcc.frontend.onnx.NodeCases;
import dev.tcc.frontend.onnx.ReferenceSmoke;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ONNX conformance cases of contractions, convolutions and pools that pass on the reference interpreter.
 * A name with a slash is {@code suite/case}, else a node case.
 */
class LinalgCasesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "pytorch-converted/test_AvgPool2d", "pytorch-converted/test_AvgPool2d_stride", "pytorch-converted/test_AvgPool3d",
            "pytorch-converted/test_AvgPool3d_stride", "pytorch-converted/test_AvgPool3d_stride1_pad0_gpu_input",
            "pytorch-converted/test_Conv1d", "pytorch-converted/test_Conv1d_dilated", "pytorch-converted/test_Conv1d_groups",
            "pytorch-converted/test_Conv1d_pad1", "pytorch-converted/test_Conv1d_pad1size1",
            "pytorch-converted/test_Conv1d_pad2", "pytorch-converted/test_Conv1d_pad2size1",
            "pytorch-converted/test_Conv1d_stride", "pytorch-converted/test_Conv2d", "pytorch-converted/test_Conv2d_depthwise",
            "pytorch-converted/test_Conv2d_depthwise_padded", "pytorch-converted/test_Conv2d_depthwise_strided",
            "pytorch-converted/test_Conv2d_depthwise_with_multiplier", "pytorch-converted/test_Conv2d_dilated",
            "pytorch-converted/test_Conv2d_groups", "pytorch-converted/test_Conv2d_no_bias",
            "pytorch-converted/test_Conv2d_padding", "pytorch-converted/test_Conv2d_strided", "pytorch-converted/test_Conv3d",
            "pytorch-converted/test_Conv3d_dilated_strided", "pytorch-converted/test_Conv3d_groups",
            "pytorch-converted/test_Conv3d_no_bias", "pytorch-converted/test_Conv3d_stride",
            "pytorch-converted/test_Conv3d_stride_padding", "pytorch-converted/test_ConvTranspose2d",
            "pytorch-converted/test_ConvTranspose2d_no_bias", "pytorch-converted/test_MaxPool1d",
            "pytorch-converted/test_MaxPool1d_stride", "pytorch-converted/test_MaxPool1d_stride_padding_dilation",
            "pytorch-converted/test_MaxPool2d", "pytorch-converted/test_MaxPool3d_stride_padding", "test_averagepool_1d_default",
            "test_averagepool_2d_ceil", "test_averagepool_2d_ceil_last_window_starts_on_pad", "test_averagepool_2d_default",
            "test_averagepool_2d_dilations", "test_averagepool_2d_pads", "test_averagepool_2d_pads_count_include_pad",
            "test_averagepool_2d_precomputed_pads", "test_averagepool_2d_precomputed_pads_count_include_pad",
            "test_averagepool_2d_precomputed_same_upper", "test_averagepool_2d_precomputed_strides",
            "test_averagepool_2d_same_lower", "test_averagepool_2d_same_upper", "test_averagepool_2d_strides",
            "test_averagepool_3d_dilations_large_count_include_pad_is_0_ceil_mode_is_False",
            "test_averagepool_3d_dilations_large_count_include_pad_is_0_ceil_mode_is_True",
            "test_averagepool_3d_dilations_large_count_include_pad_is_1_ceil_mode_is_False",
            "test_averagepool_3d_dilations_large_count_include_pad_is_1_ceil_mode_is_True",
            "test_averagepool_3d_dilations_small", "test_basic_conv_with_padding", "test_basic_conv_without_padding",
            "test_conv_with_autopad_same", "test_conv_with_strides_and_asymmetric_padding", "test_conv_with_strides_no_padding",
            "test_conv_with_strides_padding", "test_convtranspose", "test_convtranspose_3d", "test_convtranspose_autopad_same",
            "test_convtranspose_dilations", "test_convtranspose_kernel_shape", "test_convtranspose_output_shape",
            "test_convtranspose_pad", "test_convtranspose_pads", "test_gemm_alpha", "test_gemm_beta",
            "test_gemm_default_matrix_bias", "test_gemm_default_no_bias", "test_gemm_default_scalar_bias",
            "test_gemm_default_single_elem_vector_bias", "test_gemm_default_zero_bias", "test_globalaveragepool",
            "test_globalmaxpool", "test_globalmaxpool_precomputed", "test_lppool_1d_default", "test_lppool_2d_default",
            "test_lppool_2d_dilations", "test_lppool_2d_pads", "test_lppool_2d_same_lower", "test_lppool_2d_same_upper",
            "test_lppool_2d_strides", "test_lppool_3d_default", "test_matmul_1d_3d", "test_matmul_2d", "test_matmul_3d",
            "test_matmul_4d", "test_matmul_4d_1d", "test_matmul_bcast", "test_maxpool_1d_default", "test_maxpool_2d_ceil",
            "test_maxpool_2d_ceil_output_size_reduce_by_one", "test_maxpool_2d_default", "test_maxpool_2d_pads",
            "test_maxpool_2d_precomputed_pads", "test_maxpool_2d_precomputed_same_upper", "test_maxpool_2d_precomputed_strides",
            "test_maxpool_2d_same_lower", "test_maxpool_2d_same_upper", "test_maxpool_2d_strides", "test_maxpool_2d_uint8",
            "test_maxpool_3d_default", "test_maxpool_3d_dilations", "test_maxpool_3d_dilations_use_ref_impl",
            "test_maxpool_with_argmax_2d_precomputed_pads", "test_maxpool_with_argmax_2d_precomputed_strides",
            "pytorch-operator/test_operator_addmm", "pytorch-operator/test_operator_conv",
            "pytorch-operator/test_operator_maxpool"
    })
    void passes(String name) {
        if (!name.contains("/")) {
            NodeCases.assertPasses(name);
            return;
        }
        assertThat(ReferenceSmoke.runOne(NodeCases.shared().resolve("onnx-tests").resolve(name))).as(name).isNull();
    }
}
