package dev.tcc.frontend.onnx;

import dev.tcc.frontend.onnx.ops.ElementwiseOps;
import dev.tcc.frontend.onnx.ops.LinalgOps;
import dev.tcc.frontend.onnx.ops.MovementOps;
import dev.tcc.frontend.onnx.ops.NormOps;
import dev.tcc.frontend.onnx.ops.QuantOps;
import dev.tcc.frontend.onnx.ops.ReductionOps;
import dev.tcc.frontend.onnx.ops.ControlOps;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Which ONNX operators (default domain) tcc imports, and how. One registration file per op family. */
public final class OpRegistry {
    private final Map<String, OpImporter> importers = new TreeMap<>();

    private static final OpRegistry DEFAULT = new OpRegistry();

    static {
        ElementwiseOps.register(DEFAULT);
        ReductionOps.register(DEFAULT);
        LinalgOps.register(DEFAULT);
        MovementOps.register(DEFAULT);
        NormOps.register(DEFAULT);
        QuantOps.register(DEFAULT);
        ControlOps.register(DEFAULT);
    }

    public static OpRegistry defaults() { return DEFAULT; }

    /** Registers the importer of ONNX operator {@code opType}. */
    public void register(String opType, OpImporter importer) {
        if (importers.put(opType, importer) != null) throw new IllegalStateException("operator " + opType + " registered twice");
    }

    public OpImporter find(String opType) { return importers.get(opType); }

    /** Names of the supported operators, sorted. */
    public java.util.Set<String> supported() { return Collections.unmodifiableSet(importers.keySet()); }
}
