package dev.tcc.frontend.onnx.ops;

import dev.tcc.frontend.onnx.NodeCases;
import dev.tcc.frontend.onnx.ReferenceSmoke;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ONNX conformance cases of reductions, ArgMax/ArgMin, CumSum and CumProd that pass on the reference interpreter.
 * A name with a slash is {@code suite/case}, else a node case.
 */
class ReductionCasesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "test_cumprod_1d", "test_cumprod_1d_exclusive", "test_cumprod_1d_int32_exclusive", "test_cumprod_1d_reverse_exclusive",
            "test_cumprod_2d_axis_0", "test_cumprod_2d_axis_1", "test_cumprod_2d_int32", "test_cumprod_2d_negative_axis",
            "test_argmax_default_axis_example", "test_argmax_default_axis_random",
            "test_argmax_default_axis_random_select_last_index", "test_argmax_keepdims_example",
            "test_argmax_keepdims_example_select_last_index", "test_argmax_keepdims_random",
            "test_argmax_keepdims_random_select_last_index", "test_argmax_negative_axis_keepdims_example",
            "test_argmax_negative_axis_keepdims_example_select_last_index",
            "test_argmax_negative_axis_keepdims_random_select_last_index", "test_argmax_no_keepdims_example",
            "test_argmax_no_keepdims_example_select_last_index", "test_argmax_no_keepdims_random",
            "test_argmin_default_axis_example", "test_argmin_default_axis_example_select_last_index",
            "test_argmin_default_axis_random", "test_argmin_default_axis_random_select_last_index",
            "test_argmin_keepdims_example", "test_argmin_negative_axis_keepdims_example",
            "test_argmin_negative_axis_keepdims_example_select_last_index", "test_argmin_negative_axis_keepdims_random",
            "test_argmin_negative_axis_keepdims_random_select_last_index", "test_argmin_no_keepdims_example",
            "test_argmin_no_keepdims_example_select_last_index", "test_argmin_no_keepdims_random",
            "test_argmin_no_keepdims_random_select_last_index", "test_cumsum_1d_exclusive",
            "test_cumsum_1d_int32_exclusive", "test_cumsum_1d_reverse", "test_cumsum_1d_reverse_exclusive",
            "test_cumsum_2d_axis_0", "test_cumsum_2d_axis_1", "test_cumsum_2d_int32",
            "test_reduce_l1_do_not_keepdims_example", "test_reduce_l1_do_not_keepdims_example_expanded",
            "test_reduce_l1_empty_set", "test_reduce_l1_empty_set_expanded", "test_reduce_l1_keep_dims_example",
            "test_reduce_l1_keep_dims_example_expanded", "test_reduce_l1_negative_axes_keep_dims_example",
            "test_reduce_l1_negative_axes_keep_dims_example_expanded", "test_reduce_l1_negative_axes_keep_dims_random",
            "test_reduce_l1_negative_axes_keep_dims_random_expanded", "test_reduce_l2_default_axes_keepdims_example",
            "test_reduce_l2_default_axes_keepdims_example_expanded", "test_reduce_l2_default_axes_keepdims_random",
            "test_reduce_l2_default_axes_keepdims_random_expanded", "test_reduce_l2_do_not_keepdims_example",
            "test_reduce_l2_do_not_keepdims_example_expanded", "test_reduce_l2_do_not_keepdims_random",
            "test_reduce_l2_do_not_keepdims_random_expanded", "test_reduce_l2_empty_set",
            "test_reduce_l2_empty_set_expanded", "test_reduce_l2_keep_dims_example",
            "test_reduce_l2_keep_dims_example_expanded", "test_reduce_l2_keep_dims_random",
            "test_reduce_l2_keep_dims_random_expanded", "test_reduce_l2_negative_axes_keep_dims_example",
            "test_reduce_l2_negative_axes_keep_dims_example_expanded", "test_reduce_l2_negative_axes_keep_dims_random",
            "test_reduce_l2_negative_axes_keep_dims_random_expanded", "test_reduce_log_sum_asc_axes",
            "test_reduce_log_sum_asc_axes_expanded", "test_reduce_log_sum_default",
            "test_reduce_log_sum_default_expanded", "test_reduce_log_sum_desc_axes",
            "test_reduce_log_sum_desc_axes_expanded", "test_reduce_log_sum_exp_default_axes_keepdims_example",
            "test_reduce_log_sum_exp_default_axes_keepdims_example_expanded",
            "test_reduce_log_sum_exp_default_axes_keepdims_random",
            "test_reduce_log_sum_exp_default_axes_keepdims_random_expanded",
            "test_reduce_log_sum_exp_do_not_keepdims_example",
            "test_reduce_log_sum_exp_do_not_keepdims_example_expanded",
            "test_reduce_log_sum_exp_do_not_keepdims_random", "test_reduce_log_sum_exp_do_not_keepdims_random_expanded",
            "test_reduce_log_sum_exp_empty_set", "test_reduce_log_sum_exp_empty_set_expanded",
            "test_reduce_log_sum_exp_keepdims_example", "test_reduce_log_sum_exp_keepdims_example_expanded",
            "test_reduce_log_sum_exp_keepdims_random", "test_reduce_log_sum_exp_keepdims_random_expanded",
            "test_reduce_log_sum_exp_negative_axes_keepdims_random",
            "test_reduce_log_sum_exp_negative_axes_keepdims_random_expanded", "test_reduce_log_sum_negative_axes",
            "test_reduce_log_sum_negative_axes_expanded", "test_reduce_max_default_axes_keepdim_example",
            "test_reduce_max_default_axes_keepdims_random", "test_reduce_max_do_not_keepdims_example",
            "test_reduce_max_do_not_keepdims_random", "test_reduce_max_empty_set", "test_reduce_max_keepdims_example",
            "test_reduce_max_keepdims_random", "test_reduce_max_negative_axes_keepdims_example",
            "test_reduce_max_negative_axes_keepdims_random", "test_reduce_mean_default_axes_keepdims_example",
            "test_reduce_mean_default_axes_keepdims_random", "test_reduce_mean_do_not_keepdims_example",
            "test_reduce_mean_keepdims_example", "test_reduce_mean_keepdims_random",
            "test_reduce_mean_negative_axes_keepdims_example", "test_reduce_mean_negative_axes_keepdims_random",
            "test_reduce_min_bool_inputs", "test_reduce_min_default_axes_keepdims_random",
            "test_reduce_min_do_not_keepdims_example", "test_reduce_min_empty_set", "test_reduce_min_keepdims_example",
            "test_reduce_min_keepdims_random", "test_reduce_min_negative_axes_keepdims_example",
            "test_reduce_prod_default_axes_keepdims_example", "test_reduce_prod_do_not_keepdims_example",
            "test_reduce_prod_do_not_keepdims_random", "test_reduce_prod_keepdims_example",
            "test_reduce_prod_negative_axes_keepdims_random", "test_reduce_sum_default_axes_keepdims_example",
            "test_reduce_sum_default_axes_keepdims_random", "test_reduce_sum_do_not_keepdims_example",
            "test_reduce_sum_do_not_keepdims_random", "test_reduce_sum_empty_axes_input_noop",
            "test_reduce_sum_empty_axes_input_noop_example", "test_reduce_sum_empty_set_non_reduced_axis_zero",
            "test_reduce_sum_keepdims_example", "test_reduce_sum_keepdims_random",
            "test_reduce_sum_negative_axes_keepdims_example", "test_reduce_sum_negative_axes_keepdims_random",
            "test_reduce_sum_square_default_axes_keepdims_example",
            "test_reduce_sum_square_default_axes_keepdims_example_expanded",
            "test_reduce_sum_square_default_axes_keepdims_random",
            "test_reduce_sum_square_default_axes_keepdims_random_expanded",
            "test_reduce_sum_square_do_not_keepdims_example", "test_reduce_sum_square_do_not_keepdims_example_expanded",
            "test_reduce_sum_square_do_not_keepdims_random", "test_reduce_sum_square_do_not_keepdims_random_expanded",
            "test_reduce_sum_square_empty_set", "test_reduce_sum_square_empty_set_expanded",
            "test_reduce_sum_square_keepdims_example", "test_reduce_sum_square_keepdims_example_expanded",
            "test_reduce_sum_square_keepdims_random", "test_reduce_sum_square_keepdims_random_expanded",
            "test_reduce_sum_square_negative_axes_keepdims_example",
            "test_reduce_sum_square_negative_axes_keepdims_example_expanded",
            "test_reduce_sum_square_negative_axes_keepdims_random",
            "test_reduce_sum_square_negative_axes_keepdims_random_expanded",
            "pytorch-operator/test_operator_reduced_mean", "pytorch-operator/test_operator_reduced_mean_keepdim",
            "pytorch-operator/test_operator_reduced_sum", "pytorch-operator/test_operator_reduced_sum_keepdim"
    })
    void passes(String name) {
        String[] parts = name.contains("/") ? name.split("/") : new String[] {"node", name};
        String why = ReferenceSmoke.runOne(NodeCases.caseDir(parts[0], parts[1]));
        assertThat(why).as(name).isNull();
    }
}
