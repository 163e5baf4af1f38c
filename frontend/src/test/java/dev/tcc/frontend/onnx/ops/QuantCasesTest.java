package dev.tcc.frontend.onnx.ops;

import dev.tcc.frontend.onnx.NodeCases;
import dev.tcc.frontend.onnx.ReferenceSmoke;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ONNX conformance cases of quantisation operators that pass on the reference interpreter.
 * A name with a slash is {@code suite/case}, else a node case.
 */
class QuantCasesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "test_dequantizelinear", "test_dequantizelinear_e4m3fn", "test_dequantizelinear_e4m3fn_float16",
            "test_dequantizelinear_e4m3fn_zero_point", "test_dequantizelinear_e5m2", "test_dequantizelinear_int16",
            "test_dequantizelinear_int2", "test_dequantizelinear_uint16", "test_dequantizelinear_uint2",
            "test_dequantizelinear_uint4", "test_dynamicquantizelinear_max_adjusted",
            "test_dynamicquantizelinear_min_adjusted", "test_quantizelinear_e4m3fn", "test_quantizelinear_e5m2",
            "test_quantizelinear_int16", "test_quantizelinear_uint16"
    })
    void passes(String name) {
        String[] parts = name.contains("/") ? name.split("/") : new String[] {"node", name};
        String why = ReferenceSmoke.runOne(NodeCases.caseDir(parts[0], parts[1]));
        assertThat(why).as(name).isNull();
    }
}
