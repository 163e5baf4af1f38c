package dev.tcc.codegen.wgsl;

import java.util.List;

/**
 * A rendered kernel: the WGSL module (one compute entry point named after the kernel), how to bind it,
 * and the 64-bit integers it narrowed to 32 bits.
 *
 * @param name        the entry point (the kernel's name, renamed with a trailing {@code _} if WGSL reserves it)
 * @param source      the WGSL source
 * @param layout      bindings and the uniform layout the runtime must follow
 * @param narrowings  every i64/u64 parameter, array and variable held in 32 bits, with why it is exact
 */
public record WgslKernel(String name, String source, WgslLayout layout, List<Narrowing> narrowings) {
    public WgslKernel {
        narrowings = List.copyOf(narrowings);
    }
}
