package dev.tcc.runtime.webgpu;

import java.util.ArrayList;
import java.util.List;

/**
 * The optional WebGPU features that change which WGSL tcc may emit. A {@link WebGpuDevice} requests each one
 * its adapter offers, so these are both what the adapter has and what the device enabled.
 *
 * @param shaderF16      {@code shader-f16}: {@code enable f16;} and the {@code f16} type in WGSL
 * @param subgroups      {@code subgroups}: {@code enable subgroups;} and the subgroup builtins
 * @param timestampQuery {@code timestamp-query}: per-dispatch GPU timing ({@link WebGpuDevice#run})
 */
public record Features(boolean shaderF16, boolean subgroups, boolean timestampQuery) {
    /** The WebGPU names of the features present, e.g. {@code [shader-f16, subgroups]}. */
    public List<String> names() {
        var out = new ArrayList<String>();
        if (shaderF16) out.add("shader-f16");
        if (subgroups) out.add("subgroups");
        if (timestampQuery) out.add("timestamp-query");
        return out;
    }
}
