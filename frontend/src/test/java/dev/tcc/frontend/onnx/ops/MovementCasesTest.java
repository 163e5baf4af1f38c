package dev.tcc.frontend.onnx.ops;

import dev.tcc.frontend.onnx.NodeCases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;



/**
 * ONNX backend node cases of the data-movement, shape and control-flow operators that the reference
 * interpreter passes (imported and run end to end, outputs compared with ONNX's expected ones).
 */
class MovementCasesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            // affinegrid
            "test_affine_grid_2d_align_corners", "test_affine_grid_3d", "test_affine_grid_3d_align_corners",
            // center
            "test_center_crop_pad_crop", "test_center_crop_pad_crop_and_pad", "test_center_crop_pad_crop_axes_chw",
            "test_center_crop_pad_pad",
            // compress
            "test_compress_0", "test_compress_default_axis", "test_compress_negative_axis",
            // concat
            "test_concat_1d_axis_0", "test_concat_1d_axis_negative_1", "test_concat_2d_axis_0", "test_concat_2d_axis_1",
            "test_concat_2d_axis_negative_1", "test_concat_2d_axis_negative_2", "test_concat_3d_axis_0", "test_concat_3d_axis_1",
            "test_concat_3d_axis_2", "test_concat_3d_axis_negative_1", "test_concat_3d_axis_negative_2",
            "test_concat_3d_axis_negative_3",
            // constant
            "test_constant", "test_constant_pad", "test_constant_pad_axes", "test_constant_pad_negative_axes",
            // constantofshape
            "test_constantofshape_int_zeros",
            // depthtospace
            "test_depthtospace_crd_mode_example", "test_depthtospace_example",
            // dropout
            "test_dropout_default", "test_dropout_default_mask", "test_dropout_default_mask_ratio", "test_dropout_default_old",
            "test_dropout_default_ratio", "test_dropout_random_old",
            // edge
            "test_edge_pad",
            // expand
            "test_expand_dim_unchanged",
            // eyelike
            "test_eyelike_populate_off_main_diagonal", "test_eyelike_with_dtype", "test_eyelike_without_dtype",
            // flatten
            "test_flatten_axis1", "test_flatten_axis2", "test_flatten_axis3", "test_flatten_default_axis",
            "test_flatten_negative_axis1", "test_flatten_negative_axis2", "test_flatten_negative_axis3",
            "test_flatten_negative_axis4",
            // gather
            "test_gather_0", "test_gather_2d_indices", "test_gather_elements_0", "test_gather_elements_1",
            "test_gather_elements_negative_indices", "test_gather_negative_indices",
            // gathernd
            "test_gathernd_example_float32", "test_gathernd_example_int32", "test_gathernd_example_int32_batch_dim1",
            // identity
            "test_identity",
            // if
            "test_if",
            // loop11
            "test_loop11",
            // nonzero
            "test_nonzero_example",
            // range
            "test_range_bfloat16_type_positive_delta", "test_range_float16_type_positive_delta", "test_range_float_type_positive_delta",
            "test_range_int32_type_negative_delta",
            // reshape
            "test_reshape_allowzero_reordered", "test_reshape_extended_dims", "test_reshape_negative_dim",
            "test_reshape_negative_extended_dims", "test_reshape_one_dim", "test_reshape_reduced_dims",
            "test_reshape_reordered_all_dims", "test_reshape_reordered_last_dims", "test_reshape_zero_and_negative_dim",
            "test_reshape_zero_dim",
            // resize
            "test_resize_downsample_scales_cubic", "test_resize_downsample_scales_cubic_A_n0p5_exclude_outside",
            "test_resize_downsample_scales_cubic_align_corners", "test_resize_downsample_scales_cubic_antialias",
            "test_resize_downsample_scales_linear", "test_resize_downsample_scales_linear_antialias",
            "test_resize_downsample_sizes_cubic", "test_resize_downsample_sizes_cubic_antialias",
            "test_resize_downsample_sizes_linear_antialias", "test_resize_downsample_sizes_linear_pytorch_half_pixel",
            "test_resize_downsample_sizes_nearest", "test_resize_downsample_sizes_nearest_not_larger",
            "test_resize_downsample_sizes_nearest_not_smaller", "test_resize_tf_crop_and_resize_axes_2_3",
            "test_resize_tf_crop_and_resize_axes_3_2", "test_resize_upsample_scales_cubic",
            "test_resize_upsample_scales_cubic_A_n0p5_exclude_outside", "test_resize_upsample_scales_cubic_asymmetric",
            "test_resize_upsample_scales_linear", "test_resize_upsample_scales_linear_align_corners",
            "test_resize_upsample_scales_linear_half_pixel_symmetric", "test_resize_upsample_scales_nearest",
            "test_resize_upsample_scales_nearest_axes_2_3", "test_resize_upsample_scales_nearest_axes_3_2",
            "test_resize_upsample_sizes_cubic", "test_resize_upsample_sizes_nearest",
            "test_resize_upsample_sizes_nearest_axes_2_3", "test_resize_upsample_sizes_nearest_axes_3_2",
            "test_resize_upsample_sizes_nearest_ceil_half_pixel", "test_resize_upsample_sizes_nearest_floor_align_corners",
            "test_resize_upsample_sizes_nearest_not_larger", "test_resize_upsample_sizes_nearest_not_smaller",
            "test_resize_upsample_sizes_nearest_round_prefer_ceil_asymmetric",
            // reversesequence
            "test_reversesequence_batch", "test_reversesequence_time",
            // scan
            "test_scan_sum",
            // scan9
            "test_scan9_multi_state",
            // scatter
            "test_scatter_elements_with_duplicate_indices", "test_scatter_elements_with_negative_indices",
            "test_scatter_elements_with_reduction_max", "test_scatter_elements_with_reduction_min",
            "test_scatter_elements_with_reduction_mul", "test_scatter_elements_without_axis", "test_scatter_without_axis",
            // scatternd
            "test_scatternd", "test_scatternd_add", "test_scatternd_max", "test_scatternd_max_with_element_indices",
            "test_scatternd_min", "test_scatternd_min_with_element_indices", "test_scatternd_multiply",
            // shape
            "test_shape", "test_shape_clip_end", "test_shape_clip_start", "test_shape_end_1", "test_shape_end_negative_1",
            "test_shape_example", "test_shape_start_1", "test_shape_start_1_end_2", "test_shape_start_1_end_negative_1",
            "test_shape_start_greater_than_end", "test_shape_start_negative_1",
            // size
            "test_size",
            // slice
            "test_slice", "test_slice_default_axes", "test_slice_default_steps", "test_slice_neg_steps",
            "test_slice_start_out_of_bounds",
            // spacetodepth
            "test_spacetodepth", "test_spacetodepth_example",
            // split
            "test_split_1d_uneven_split_opset18", "test_split_2d_uneven_split_opset18", "test_split_equal_parts_2d_opset13",
            "test_split_equal_parts_default_axis_opset13", "test_split_equal_parts_default_axis_opset18",
            "test_split_variable_parts_1d_opset13", "test_split_variable_parts_1d_opset18",
            "test_split_variable_parts_2d_opset13", "test_split_variable_parts_2d_opset18",
            "test_split_variable_parts_default_axis_opset13", "test_split_variable_parts_default_axis_opset18",
            "test_split_zero_size_splits_opset13", "test_split_zero_size_splits_opset18",
            // squeeze
            "test_squeeze", "test_squeeze_negative_axes",
            // tensorscatter
            "test_tensorscatter_3d", "test_tensorscatter_circular",
            // windows (symmetric; the periodic default in WindowOpsTest)
            "test_blackmanwindow_symmetric", "test_hammingwindow_symmetric", "test_hannwindow_symmetric",
            // tile
            "test_tile", "test_tile_precomputed",
            // transpose
            "test_transpose_all_permutations_0", "test_transpose_all_permutations_1", "test_transpose_all_permutations_2",
            "test_transpose_all_permutations_5", "test_transpose_default",
            // tril
            "test_tril_out_pos",
            // triu
            "test_triu_out_neg_out", "test_triu_zero",
            // unsqueeze
            "test_unsqueeze_axis_0", "test_unsqueeze_axis_1", "test_unsqueeze_axis_2", "test_unsqueeze_negative_axes",
            "test_unsqueeze_two_axes",
            // upsample
            "test_upsample_nearest",
            // wrap
            "test_wrap_pad"
    })
    void passes(String name) {
        NodeCases.assertPasses(name);
    }

    /**
     * Cases whose import also emits elementwise ops (Trilu and OneHot decompose into select/compare; the
     * expanded function bodies use Max, Cast and friends), so they also exercise the elementwise family.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "test_tril", "test_tril_neg", "test_tril_one_row_neg", "test_tril_square_neg", "test_triu", "test_triu_one_row",
            "test_triu_out_pos", "test_triu_pos", "test_triu_square", "test_triu_square_neg",
            "test_onehot_negative_indices", "test_onehot_out_of_range_indices", "test_onehot_with_negative_axis",
            "test_center_crop_pad_crop_and_pad_expanded", "test_center_crop_pad_crop_axes_chw_expanded", "test_center_crop_pad_crop_expanded",
            "test_center_crop_pad_pad_expanded", "test_range_float_type_positive_delta_expanded", "test_range_int32_type_negative_delta_expanded",
            "test_blackmanwindow_symmetric_expanded", "test_hannwindow_symmetric_expanded", "test_hammingwindow_symmetric_expanded"
    })
    void passesWithElementwiseFamily(String name) {
        NodeCases.assertPasses(name);
    }
}
