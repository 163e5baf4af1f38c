package dev.tcc.bench;

import dev.tcc.frontend.onnx.Compare;
import dev.tcc.ir.Tensor;

import java.util.List;

/**
 * The check every benchmark makes once, before it is timed: tcc's outputs against the peer's (or a Java
 * reference), within {@code |tcc - peer| <= atol + rtol * |peer|} per element. A mismatch fails the setup,
 * so a benchmark of wrong results never produces a score.
 */
public final class Check {
    private Check() {}

    /** Float32 results computed in another order on a device: ONNX's rtol with an atol for values near zero. */
    public static final double RTOL = 1e-3;
    /** See {@link #RTOL}. */
    public static final double ATOL = 1e-5;

    /**
     * Throws when {@code tcc} and {@code peer} differ in count, shape or any element beyond the tolerance.
     *
     * @param what names the benchmark in the message
     */
    public static void agree(String what, List<Tensor> tcc, List<Tensor> peer, double rtol, double atol) {
        if (tcc.size() != peer.size()) throw new IllegalStateException(what + ": tcc gave " + tcc.size() + " outputs, the peer " + peer.size());
        for (int i = 0; i < tcc.size(); i++) {
            Compare.Result r = Compare.compare(tcc.get(i), peer.get(i), rtol, atol);
            if (!r.ok()) throw new IllegalStateException(what + ": output " + i + " of tcc differs from the peer's: " + r.reason());
        }
    }
}
