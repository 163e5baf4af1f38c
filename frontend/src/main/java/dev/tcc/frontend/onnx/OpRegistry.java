package dev.tcc.frontend.onnx;

import dev.tcc.frontend.onnx.ops.ContribOps;
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

/**
 * Which ONNX operators tcc imports, and how: the default domain, plus the few contrib operators of other
 * domains (keyed {@code domain:opType}). One registration file per op family.
 */
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
        ContribOps.register(DEFAULT);
    }

    public static OpRegistry defaults() { return DEFAULT; }

    /** Registers the importer of ONNX operator {@code opType}. */
    public void register(String opType, OpImporter importer) {
        if (importers.put(opType, importer) != null) throw new IllegalStateException("operator " + opType + " registered twice");
    }

    /** Registers the importer of operator {@code opType} of the non-default {@code domain}. */
    public void register(String domain, String opType, OpImporter importer) { register(domain + ":" + opType, importer); }

    public OpImporter find(String opType) { return importers.get(opType); }

    /** The importer of {@code opType} in {@code domain} ("" and "ai.onnx" are the default domain), or null. */
    public OpImporter find(String domain, String opType) {
        return importers.get(domain.isEmpty() || domain.equals("ai.onnx") ? opType : domain + ":" + opType);
    }

    /** Names of the supported operators, sorted. */
    public java.util.Set<String> supported() { return Collections.unmodifiableSet(importers.keySet()); }
}
