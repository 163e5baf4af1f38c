package dev.tcc.frontend.onnx.ops;

import dev.tcc.frontend.onnx.NodeCases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ONNX conformance cases of softmax, normalisations and recurrent layers that pass on the reference interpreter.
 * A name with a slash is {@code suite/case}, else a node case.
 */
class NormCasesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "pytorch-converted/test_BatchNorm1d_3d_input_eval", "pytorch-converted/test_BatchNorm2d_eval",
            "pytorch-converted/test_BatchNorm2d_momentum_eval", "pytorch-converted/test_BatchNorm3d_eval",
            "pytorch-converted/test_BatchNorm3d_momentum_eval", "pytorch-converted/test_LogSoftmax",
            "pytorch-converted/test_Softmax", "pytorch-converted/test_Softmin",
            "test_attention_24_qk_matmul_output_mode3_softmax_precision",
            "test_attention_24_qk_matmul_output_mode3_softmax_precision_expanded", "test_attention_4d_with_qk_matmul_softmax",
            "test_attention_4d_with_qk_matmul_softmax_expanded", "test_batchnorm_epsilon",
            "test_batchnorm_epsilon_training_mode", "test_batchnorm_example_training_mode", "test_group_normalization_epsilon",
            "test_gru_batchwise", "test_gru_defaults", "test_gru_seq_length", "test_gru_with_initial_bias",
            "test_hardmax_axis_0", "test_hardmax_axis_2", "test_hardmax_default_axis", "test_hardmax_negative_axis",
            "test_hardmax_one_hot", "test_instancenorm_epsilon", "test_instancenorm_example", "test_l1normalization_axis_1",
            "test_l1normalization_axis_last", "test_l2normalization_axis_0", "test_layer_normalization_2d_axis1",
            "test_layer_normalization_2d_axis_negative_2", "test_layer_normalization_3d_axis0_epsilon",
            "test_layer_normalization_3d_axis1_epsilon", "test_layer_normalization_3d_axis2_epsilon",
            "test_layer_normalization_3d_axis_negative_1_epsilon", "test_layer_normalization_3d_axis_negative_2_epsilon",
            "test_layer_normalization_4d_axis0", "test_layer_normalization_4d_axis1", "test_layer_normalization_4d_axis2",
            "test_layer_normalization_4d_axis3", "test_layer_normalization_4d_axis_negative_1",
            "test_layer_normalization_4d_axis_negative_3", "test_layer_normalization_4d_axis_negative_4",
            "test_layer_normalization_default_axis", "pytorch-converted/test_log_softmax_lastdim", "test_logsoftmax_axis_0",
            "test_logsoftmax_axis_1", "test_logsoftmax_axis_2", "test_logsoftmax_default_axis", "test_logsoftmax_example_1",
            "test_logsoftmax_large_number", "test_lpnormalization_default", "test_lrn_default", "test_lstm_batchwise",
            "test_lstm_defaults", "test_lstm_with_initial_bias", "test_lstm_with_peepholes",
            "pytorch-operator/test_operator_symbolic_override", "test_rms_normalization_2d_axis0",
            "test_rms_normalization_2d_axis1", "test_rms_normalization_2d_axis_negative_1",
            "test_rms_normalization_2d_axis_negative_2", "test_rms_normalization_3d_axis0_epsilon",
            "test_rms_normalization_3d_axis1_epsilon", "test_rms_normalization_3d_axis2_epsilon",
            "test_rms_normalization_3d_axis_negative_1_epsilon", "test_rms_normalization_3d_axis_negative_2_epsilon",
            "test_rms_normalization_3d_axis_negative_3_epsilon", "test_rms_normalization_4d_axis0",
            "test_rms_normalization_4d_axis1", "test_rms_normalization_4d_axis2", "test_rms_normalization_4d_axis3",
            "test_rms_normalization_4d_axis_negative_1", "test_rms_normalization_4d_axis_negative_2",
            "test_rms_normalization_4d_axis_negative_4", "test_rnn_seq_length", "test_simple_rnn_batchwise",
            "test_simple_rnn_defaults", "test_simple_rnn_with_initial_bias", "test_softmax_axis_0", "test_softmax_default_axis",
            "test_softmax_example", "pytorch-converted/test_softmax_functional_dim3", "test_softmax_large_number",
            "pytorch-converted/test_softmax_lastdim", "test_softmax_negative_axis"
    })
    void passes(String name) { NodeCases.assertPasses(name); }
}
