package dev.tcc.frontend.onnx.ops;

import dev.tcc.frontend.onnx.NodeCases;
import dev.tcc.frontend.onnx.ReferenceSmoke;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ONNX conformance cases of elementwise operators (arithmetic, logic, math, activations, casts) that
 * pass on the reference interpreter. A name with a slash is {@code suite/case}, else a node case.
 */
class ElementwiseCasesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "test_abs", "test_acos", "test_acos_example", "test_acosh", "test_acosh_example", "test_add",
            "test_add_int16", "test_add_int8", "test_add_uint16", "test_add_uint32", "test_add_uint64", "test_and2d",
            "test_and3d", "test_and4d", "test_and_bcast3v1d", "test_and_bcast3v2d", "test_and_bcast4v2d",
            "test_and_bcast4v4d", "test_asin_example", "test_asinh", "test_atan", "test_atan_example", "test_atanh",
            "test_bitcast_2d_float32_to_int32", "test_bitcast_bool_to_uint8", "test_bitcast_int32_to_float32",
            "test_bitcast_int8_to_uint8", "test_bitcast_scalar_float32_to_int32", "test_bitcast_uint16_to_int16",
            "test_bitcast_uint32_to_int32", "test_bitshift_left_uint16", "test_bitshift_left_uint32",
            "test_bitshift_left_uint64", "test_bitshift_right_uint32", "test_bitshift_right_uint8",
            "test_bitwise_and_i32_2d", "test_bitwise_and_ui64_bcast_3v1d", "test_bitwise_and_ui8_bcast_4v3d",
            "test_bitwise_not_2d", "test_bitwise_not_3d", "test_bitwise_not_4d", "test_bitwise_or_i16_4d",
            "test_bitwise_or_i32_2d", "test_bitwise_or_ui64_bcast_3v1d", "test_bitwise_or_ui8_bcast_4v3d",
            "test_bitwise_xor_i16_3d", "test_bitwise_xor_i32_2d", "test_bitwise_xor_ui64_bcast_3v1d",
            "test_bitwise_xor_ui8_bcast_4v3d", "test_cast_BFLOAT16_to_FLOAT", "test_cast_DOUBLE_to_FLOAT",
            "test_cast_DOUBLE_to_FLOAT16", "test_cast_FLOAT16_to_DOUBLE", "test_cast_FLOAT16_to_FLOAT",
            "test_cast_FLOAT16_to_FLOAT4E2M1", "test_cast_FLOAT16_to_FLOAT8E4M3FN",
            "test_cast_FLOAT16_to_FLOAT8E4M3FNUZ", "test_cast_FLOAT16_to_FLOAT8E5M2",
            "test_cast_FLOAT16_to_FLOAT8E5M2FNUZ", "test_cast_FLOAT16_to_INT2", "test_cast_FLOAT16_to_UINT2",
            "test_cast_FLOAT4E2M1_to_FLOAT", "test_cast_FLOAT4E2M1_to_FLOAT16", "test_cast_FLOAT8E4M3FNUZ_to_FLOAT",
            "test_cast_FLOAT8E4M3FNUZ_to_FLOAT16", "test_cast_FLOAT8E4M3FN_to_FLOAT",
            "test_cast_FLOAT8E4M3FN_to_FLOAT16", "test_cast_FLOAT8E5M2FNUZ_to_FLOAT",
            "test_cast_FLOAT8E5M2FNUZ_to_FLOAT16", "test_cast_FLOAT8E5M2_to_FLOAT16", "test_cast_FLOAT_to_BFLOAT16",
            "test_cast_FLOAT_to_DOUBLE", "test_cast_FLOAT_to_FLOAT16", "test_cast_FLOAT_to_FLOAT4E2M1",
            "test_cast_FLOAT_to_FLOAT8E5M2", "test_cast_FLOAT_to_FLOAT8E5M2FNUZ", "test_cast_FLOAT_to_INT2",
            "test_cast_FLOAT_to_INT4", "test_cast_FLOAT_to_UINT2", "test_cast_FLOAT_to_UINT4",
            "test_cast_INT2_to_FLOAT", "test_cast_INT2_to_FLOAT16", "test_cast_INT2_to_INT8", "test_cast_INT4_to_FLOAT",
            "test_cast_INT4_to_FLOAT16", "test_cast_INT4_to_INT8", "test_cast_UINT2_to_FLOAT",
            "test_cast_UINT2_to_FLOAT16", "test_cast_UINT2_to_UINT8", "test_cast_UINT4_to_FLOAT",
            "test_cast_UINT4_to_FLOAT16", "test_cast_UINT4_to_UINT8", "test_cast_e8m0_FLOAT16_to_FLOAT8E8M0",
            "test_cast_e8m0_FLOAT8E8M0_to_FLOAT", "test_cast_e8m0_FLOAT8E8M0_to_FLOAT16",
            "test_cast_e8m0_FLOAT_to_FLOAT8E8M0", "test_cast_no_saturate_FLOAT16_to_FLOAT8E4M3FNUZ",
            "test_cast_no_saturate_FLOAT16_to_FLOAT8E5M2", "test_cast_no_saturate_FLOAT16_to_FLOAT8E5M2FNUZ",
            "test_cast_no_saturate_FLOAT_to_FLOAT8E4M3FN", "test_cast_no_saturate_FLOAT_to_FLOAT8E4M3FNUZ",
            "test_cast_no_saturate_FLOAT_to_FLOAT8E5M2", "test_cast_no_saturate_FLOAT_to_FLOAT8E5M2FNUZ",
            "test_castlike_DOUBLE_to_FLOAT", "test_castlike_DOUBLE_to_FLOAT16",
            "test_castlike_DOUBLE_to_FLOAT16_expanded", "test_castlike_DOUBLE_to_FLOAT_expanded",
            "test_castlike_FLOAT16_to_FLOAT", "test_castlike_FLOAT16_to_FLOAT4E2M1",
            "test_castlike_FLOAT16_to_FLOAT4E2M1_expanded", "test_castlike_FLOAT16_to_FLOAT8E4M3FNUZ",
            "test_castlike_FLOAT16_to_FLOAT8E4M3FNUZ_expanded", "test_castlike_FLOAT16_to_FLOAT8E5M2",
            "test_castlike_FLOAT16_to_FLOAT8E5M2FNUZ", "test_castlike_FLOAT16_to_FLOAT8E5M2FNUZ_expanded",
            "test_castlike_FLOAT16_to_FLOAT8E5M2_expanded", "test_castlike_FLOAT16_to_FLOAT_expanded",
            "test_castlike_FLOAT16_to_INT2", "test_castlike_FLOAT16_to_INT2_expanded", "test_castlike_FLOAT16_to_UINT2",
            "test_castlike_FLOAT16_to_UINT2_expanded", "test_castlike_FLOAT16_to_UINT4",
            "test_castlike_FLOAT16_to_UINT4_expanded", "test_castlike_FLOAT4E2M1_to_FLOAT",
            "test_castlike_FLOAT4E2M1_to_FLOAT16", "test_castlike_FLOAT4E2M1_to_FLOAT16_expanded",
            "test_castlike_FLOAT4E2M1_to_FLOAT_expanded", "test_castlike_FLOAT8E4M3FNUZ_to_FLOAT",
            "test_castlike_FLOAT8E4M3FNUZ_to_FLOAT16", "test_castlike_FLOAT8E4M3FNUZ_to_FLOAT16_expanded",
            "test_castlike_FLOAT8E4M3FNUZ_to_FLOAT_expanded", "test_castlike_FLOAT8E4M3FN_to_FLOAT",
            "test_castlike_FLOAT8E4M3FN_to_FLOAT16", "test_castlike_FLOAT8E4M3FN_to_FLOAT16_expanded",
            "test_castlike_FLOAT8E4M3FN_to_FLOAT_expanded", "test_castlike_FLOAT8E5M2FNUZ_to_FLOAT",
            "test_castlike_FLOAT8E5M2FNUZ_to_FLOAT16", "test_castlike_FLOAT8E5M2FNUZ_to_FLOAT16_expanded",
            "test_castlike_FLOAT8E5M2FNUZ_to_FLOAT_expanded", "test_castlike_FLOAT8E5M2_to_FLOAT",
            "test_castlike_FLOAT8E5M2_to_FLOAT16", "test_castlike_FLOAT8E5M2_to_FLOAT16_expanded",
            "test_castlike_FLOAT8E5M2_to_FLOAT_expanded", "test_castlike_FLOAT_to_BFLOAT16",
            "test_castlike_FLOAT_to_BFLOAT16_expanded", "test_castlike_FLOAT_to_DOUBLE",
            "test_castlike_FLOAT_to_DOUBLE_expanded", "test_castlike_FLOAT_to_FLOAT16",
            "test_castlike_FLOAT_to_FLOAT16_expanded", "test_castlike_FLOAT_to_FLOAT4E2M1",
            "test_castlike_FLOAT_to_FLOAT4E2M1_expanded", "test_castlike_FLOAT_to_FLOAT8E5M2",
            "test_castlike_FLOAT_to_FLOAT8E5M2FNUZ", "test_castlike_FLOAT_to_FLOAT8E5M2FNUZ_expanded",
            "test_castlike_FLOAT_to_FLOAT8E5M2_expanded", "test_castlike_FLOAT_to_INT2",
            "test_castlike_FLOAT_to_INT2_expanded", "test_castlike_FLOAT_to_INT4",
            "test_castlike_FLOAT_to_INT4_expanded", "test_castlike_FLOAT_to_UINT2",
            "test_castlike_FLOAT_to_UINT2_expanded", "test_castlike_FLOAT_to_UINT4",
            "test_castlike_FLOAT_to_UINT4_expanded", "test_castlike_INT2_to_FLOAT", "test_castlike_INT2_to_FLOAT16",
            "test_castlike_INT2_to_FLOAT16_expanded", "test_castlike_INT2_to_FLOAT_expanded",
            "test_castlike_INT2_to_INT8", "test_castlike_INT2_to_INT8_expanded", "test_castlike_INT4_to_FLOAT",
            "test_castlike_INT4_to_FLOAT16", "test_castlike_INT4_to_FLOAT16_expanded",
            "test_castlike_INT4_to_FLOAT_expanded", "test_castlike_INT4_to_INT8", "test_castlike_INT4_to_INT8_expanded",
            "test_castlike_UINT2_to_FLOAT", "test_castlike_UINT2_to_FLOAT16", "test_castlike_UINT2_to_FLOAT16_expanded",
            "test_castlike_UINT2_to_FLOAT_expanded", "test_castlike_UINT2_to_UINT8",
            "test_castlike_UINT2_to_UINT8_expanded", "test_castlike_UINT4_to_FLOAT16",
            "test_castlike_UINT4_to_FLOAT16_expanded", "test_castlike_UINT4_to_UINT8",
            "test_castlike_UINT4_to_UINT8_expanded", "test_castlike_no_saturate_FLOAT16_to_FLOAT8E4M3FN",
            "test_castlike_no_saturate_FLOAT16_to_FLOAT8E4M3FNUZ",
            "test_castlike_no_saturate_FLOAT16_to_FLOAT8E4M3FNUZ_expanded",
            "test_castlike_no_saturate_FLOAT16_to_FLOAT8E4M3FN_expanded",
            "test_castlike_no_saturate_FLOAT16_to_FLOAT8E5M2", "test_castlike_no_saturate_FLOAT16_to_FLOAT8E5M2FNUZ",
            "test_castlike_no_saturate_FLOAT16_to_FLOAT8E5M2FNUZ_expanded",
            "test_castlike_no_saturate_FLOAT16_to_FLOAT8E5M2_expanded",
            "test_castlike_no_saturate_FLOAT_to_FLOAT8E4M3FN", "test_castlike_no_saturate_FLOAT_to_FLOAT8E4M3FNUZ",
            "test_castlike_no_saturate_FLOAT_to_FLOAT8E4M3FNUZ_expanded",
            "test_castlike_no_saturate_FLOAT_to_FLOAT8E4M3FN_expanded", "test_castlike_no_saturate_FLOAT_to_FLOAT8E5M2",
            "test_castlike_no_saturate_FLOAT_to_FLOAT8E5M2FNUZ",
            "test_castlike_no_saturate_FLOAT_to_FLOAT8E5M2FNUZ_expanded",
            "test_castlike_no_saturate_FLOAT_to_FLOAT8E5M2_expanded", "test_ceil", "test_ceil_example", "test_celu",
            "test_celu_bfloat16", "test_clip", "test_clip_default_inbounds", "test_clip_default_int8_inbounds",
            "test_clip_default_int8_max", "test_clip_default_int8_max_expanded", "test_clip_default_int8_min",
            "test_clip_default_int8_min_expanded", "test_clip_default_min", "test_clip_default_min_expanded",
            "test_clip_expanded", "test_clip_inbounds", "test_clip_inbounds_expanded", "test_clip_min_greater_than_max",
            "test_clip_min_greater_than_max_expanded", "test_clip_outbounds", "test_clip_outbounds_expanded",
            "test_clip_splitbounds", "test_clip_splitbounds_expanded", "test_cos", "test_cos_example", "test_cosh",
            "test_cosh_example", "test_div", "test_div_example", "test_div_int16", "test_div_int32_trunc",
            "test_div_int8", "test_div_uint32", "test_div_uint64", "test_div_uint8", "test_elu", "test_elu_default",
            "test_elu_example", "test_equal", "test_equal_bcast", "test_equal_int16", "test_equal_int8",
            "test_equal_uint16", "test_equal_uint32", "test_equal_uint64", "test_equal_uint8", "test_erf", "test_exp",
            "test_exp_example", "test_floor", "test_floor_example", "test_gelu_default_2", "test_gelu_tanh_2",
            "test_greater", "test_greater_bcast", "test_greater_equal", "test_greater_equal_bcast",
            "test_greater_equal_bcast_expanded", "test_greater_equal_expanded", "test_greater_equal_int16",
            "test_greater_equal_int16_expanded", "test_greater_equal_int8", "test_greater_equal_int8_expanded",
            "test_greater_equal_uint16", "test_greater_equal_uint16_expanded", "test_greater_equal_uint32",
            "test_greater_equal_uint32_expanded", "test_greater_equal_uint64", "test_greater_equal_uint64_expanded",
            "test_greater_equal_uint8", "test_greater_equal_uint8_expanded", "test_greater_int16", "test_greater_int8",
            "test_greater_uint16", "test_greater_uint32", "test_greater_uint64", "test_greater_uint8",
            "test_hardsigmoid", "test_hardsigmoid_default", "test_hardsigmoid_example", "test_hardswish",
            "test_hardswish_expanded", "test_isinf", "test_isinf_negative", "test_isnan", "test_isnan_float16",
            "test_leakyrelu", "test_leakyrelu_default", "test_leakyrelu_example", "test_less", "test_less_bcast",
            "test_less_equal", "test_less_equal_bcast", "test_less_equal_bcast_expanded", "test_less_equal_expanded",
            "test_less_equal_int16", "test_less_equal_int16_expanded", "test_less_equal_int8",
            "test_less_equal_int8_expanded", "test_less_equal_uint16", "test_less_equal_uint16_expanded",
            "test_less_equal_uint32", "test_less_equal_uint32_expanded", "test_less_equal_uint64",
            "test_less_equal_uint64_expanded", "test_less_equal_uint8", "test_less_equal_uint8_expanded",
            "test_less_int16", "test_less_int8", "test_less_uint16", "test_less_uint32", "test_less_uint64",
            "test_less_uint8", "test_log", "test_log_example", "test_max_example", "test_max_float16",
            "test_max_float32", "test_max_float64", "test_max_int32", "test_max_int64", "test_max_int8",
            "test_max_one_input", "test_max_two_inputs", "test_max_uint64", "test_mean_one_input",
            "test_mean_two_inputs", "test_min_example", "test_min_float32", "test_min_float64", "test_min_int16",
            "test_min_int32", "test_min_int64", "test_min_one_input", "test_min_two_inputs", "test_min_uint16",
            "test_min_uint64", "test_min_uint8", "test_mish", "test_mish_expanded", "test_mod_broadcast",
            "test_mod_int64_fmod", "test_mod_mixed_sign_float16", "test_mod_mixed_sign_float32",
            "test_mod_mixed_sign_float64", "test_mod_mixed_sign_int16", "test_mod_mixed_sign_int32",
            "test_mod_mixed_sign_int64", "test_mod_mixed_sign_int8", "test_mod_uint8", "test_mul", "test_mul_bcast",
            "test_mul_example", "test_mul_int16", "test_mul_int8", "test_mul_uint32", "test_mul_uint64",
            "test_mul_uint8", "test_neg", "test_neg_example", "test_not_2d", "test_not_3d", "test_not_4d", "test_or3d",
            "test_or4d", "test_or_bcast3v1d", "test_or_bcast3v2d", "test_or_bcast4v2d", "test_or_bcast4v3d", "test_pow",
            "test_pow_bcast_array", "test_pow_bcast_scalar", "test_pow_example", "test_pow_types_float32_int32",
            "test_pow_types_float32_int64", "test_pow_types_float32_uint32", "test_pow_types_float32_uint64",
            "test_pow_types_int32_int32", "test_pow_types_int64_float32", "test_pow_types_int64_int64",
            "test_prelu_broadcast", "test_prelu_example", "test_reciprocal", "test_reciprocal_example", "test_relu",
            "test_round", "test_selu", "test_selu_default", "test_selu_example", "test_shrink_hard", "test_shrink_soft",
            "test_sigmoid", "test_sigmoid_example", "test_sign", "test_sin", "test_sin_example", "test_sinh",
            "test_softplus", "test_softplus_example", "test_softsign_example", "test_sqrt_example", "test_sub",
            "test_sub_example", "test_sub_int16", "test_sub_int8", "test_sub_uint16", "test_sub_uint32",
            "test_sub_uint64", "test_sub_uint8", "test_sum_example", "test_sum_one_input", "test_sum_two_inputs",
            "test_swiglu_alpha_expanded", "test_swiglu_expanded", "test_swiglu_float16_expanded", "test_swish",
            "test_tan_example", "test_tanh", "test_tanh_example", "test_thresholdedrelu",
            "test_thresholdedrelu_example", "test_where_example", "test_where_long_example", "test_xor2d", "test_xor3d",
            "test_xor4d", "test_xor_bcast3v1d", "test_xor_bcast3v2d", "test_xor_bcast4v3d",
            "pytorch-converted/test_ELU", "pytorch-converted/test_LeakyReLU",
            "pytorch-converted/test_LeakyReLU_with_negval", "pytorch-converted/test_PReLU_1d",
            "pytorch-converted/test_PReLU_1d_multiparam", "pytorch-converted/test_PReLU_2d_multiparam",
            "pytorch-converted/test_PReLU_3d", "pytorch-converted/test_PReLU_3d_multiparam",
            "pytorch-converted/test_Sigmoid", "pytorch-converted/test_Softplus", "pytorch-converted/test_Tanh",
            "pytorch-operator/test_operator_add_broadcast", "pytorch-operator/test_operator_add_size1_broadcast",
            "pytorch-operator/test_operator_add_size1_right_broadcast",
            "pytorch-operator/test_operator_add_size1_singleton_broadcast", "pytorch-operator/test_operator_clip",
            "pytorch-operator/test_operator_exp", "pytorch-operator/test_operator_max",
            "pytorch-operator/test_operator_min", "pytorch-operator/test_operator_non_float_params",
            "pytorch-operator/test_operator_params", "pytorch-operator/test_operator_pow",
            "pytorch-operator/test_operator_selu", "pytorch-operator/test_operator_sqrt",
            "pytorch-operator/test_operator_symbolic_override_nested", "simple/test_shrink", "simple/test_sign_model",
            "simple/test_single_relu_model"
    })
    void passes(String name) {
        String[] parts = name.contains("/") ? name.split("/") : new String[] {"node", name};
        String why = ReferenceSmoke.runOne(NodeCases.caseDir(parts[0], parts[1]));
        assertThat(why).as(name).isNull();
    }

    /**
     * Cases whose shape arguments (a Range limit, Pad pads) are computed by elementwise ops from graph
     * inputs; they import because such values are evaluated from the bound inputs.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "test_blackmanwindow_symmetric_expanded", "test_hannwindow_symmetric_expanded",
            "test_center_crop_pad_crop_and_pad_expanded", "test_center_crop_pad_pad_expanded",
            "test_range_float_type_positive_delta_expanded", "test_range_int32_type_negative_delta_expanded"
    })
    void passesWithValuesDerivedFromBoundInputs(String name) {
        assertThat(ReferenceSmoke.runOne(NodeCases.caseDir("node", name))).as(name).isNull();
    }
}
