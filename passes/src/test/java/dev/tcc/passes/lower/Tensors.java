package dev.tcc.passes.lower;

import dev.tcc.ir.Tensor;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Tensor comparison for lowering tests: same type, elements within {@code atol + rtol * |expected|}, NaN equal to NaN.
 * Callers compare float32 kernels (rounded per operation, summed in tile order) with the reference interpreter
 * (which accumulates in double), hence their atol of 1e-5 for float32 values of order one.
 */
public final class Tensors {
    private Tensors() {}

    public static void assertClose(String what, List<Tensor> actual, List<Tensor> expected, double rtol, double atol) {
        assertThat(actual).as(what + ": output count").hasSameSizeAs(expected);
        for (int o = 0; o < actual.size(); o++) {
            Tensor a = actual.get(o), e = expected.get(o);
            assertThat(a.type()).as(what + ": type of output " + o).isEqualTo(e.type());
            for (int i = 0; i < a.size(); i++) {
                double x = a.getDouble(i), y = e.getDouble(i);
                if (Double.isNaN(x) && Double.isNaN(y) || x == y) continue;
                if (!(Math.abs(x - y) <= atol + rtol * Math.abs(y))) {
                    fail(what + ": output " + o + " element " + i + " is " + x + ", expected " + y + " (" + a.type() + ")");
                }
            }
        }
    }
}
