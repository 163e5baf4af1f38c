package dev.tcc.runtime.exec;

import dev.tcc.passes.lower.LoweringTarget;
import dev.tcc.runtime.DeviceInfo;

/** The lowering target that describes a device. */
public final class Targets {
    private Targets() {}

    /** What lowering needs to know about {@code d}: f64 support, workgroup and workgroup-memory limits. */
    public static LoweringTarget of(DeviceInfo d) {
        int wg = (int) Math.min(Integer.MAX_VALUE, d.maxWorkgroupSize());
        if (!d.maxWorkItemSizes().isEmpty()) wg = (int) Math.min(wg, d.maxWorkItemSizes().getFirst());
        return new LoweringTarget(d.name(), d.has(DeviceInfo.Feature.FP64), wg, d.localMemBytes());
    }
}
