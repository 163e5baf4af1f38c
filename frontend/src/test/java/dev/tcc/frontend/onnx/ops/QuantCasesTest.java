package dev.tcc.frontend.onnx.ops;

import dev.tcc.frontend.onnx.NodeCases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ONNX conformance cases of quantisation operators that pass on the reference interpreter.
 * A name with a slash is {@code suite/case}, else a node case.
 */
class QuantCasesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "test_convinteger_with_padding", "test_convinteger_without_padding", "test_dequantizelinear",
            "test_dequantizelinear_axis", "test_dequantizelinear_blocked", "test_dequantizelinear_e4m3fn",
            "test_dequantizelinear_e4m3fn_float16", "test_dequantizelinear_e4m3fn_zero_point",
            "test_dequantizelinear_e5m2", "test_dequantizelinear_int16", "test_dequantizelinear_int2",
            "test_dequantizelinear_uint16", "test_dequantizelinear_uint2", "test_dequantizelinear_uint4",
            "test_dynamicquantizelinear_max_adjusted", "test_dynamicquantizelinear_min_adjusted", "test_matmulinteger",
            "test_qlinearconv", "test_qlinearmatmul_2D_int8_float16", "test_qlinearmatmul_2D_int8_float32",
            "test_qlinearmatmul_2D_uint8_float16", "test_qlinearmatmul_2D_uint8_float32",
            "test_qlinearmatmul_3D_int8_float16", "test_qlinearmatmul_3D_int8_float32",
            "test_qlinearmatmul_3D_uint8_float16", "test_qlinearmatmul_3D_uint8_float32", "test_quantizelinear_axis",
            "test_quantizelinear_blocked_asymmetric", "test_quantizelinear_blocked_symmetric",
            "test_quantizelinear_e4m3fn", "test_quantizelinear_e5m2", "test_quantizelinear_float4e2m1",
            "test_quantizelinear_int16", "test_quantizelinear_int2", "test_quantizelinear_int4",
            "test_quantizelinear_uint16", "test_quantizelinear_uint2", "test_quantizelinear_uint4"
    })
    void passes(String name) { NodeCases.assertRuns(name); }
}
