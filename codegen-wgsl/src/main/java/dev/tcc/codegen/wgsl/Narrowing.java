package dev.tcc.codegen.wgsl;

import dev.tcc.ir.DType;

/**
 * One 64-bit integer that WGSL holds in 32 bits (WGSL has no i64/u64).
 *
 * @param what   the parameter, array or variable, as "buffer in_w", "variable v", "loop index j"
 * @param from   its kernel-IR type (i64 or u64)
 * @param to     its WGSL type (i32 or u32)
 * @param reason why that is exact: the proven value range, or the host packing contract
 */
public record Narrowing(String what, DType from, DType to, String reason) {
    @Override public String toString() { return what + ": " + from + " -> " + to + " (" + reason + ")"; }
}
