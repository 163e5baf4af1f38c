package dev.tcc.passes.lower;

/**
 * Chooses each kernel's template parameters from its {@link KernelKey}: one {@link Tuning} for every kernel
 * ({@link #uniform}), or per kernel, as a tuning database or an autotuner trying one candidate does.
 */
@FunctionalInterface
public interface KernelTunings {
    /** Every kernel with the templates' defaults. */
    KernelTunings DEFAULT = uniform(Tuning.DEFAULT);

    /** The parameters to lower the kernel with key {@code key} with. */
    Tuning forKernel(KernelKey key);

    /**
     * Where the choice for {@code key} came from, recorded in the kernel's tuning annotations as {@code source}:
     * {@code default} unless an implementation knows better (e.g. {@code tuned} for a database record).
     */
    default String source(KernelKey key) { return "default"; }

    /** {@code t} for every kernel. */
    static KernelTunings uniform(Tuning t) { return key -> t; }

    /** {@code t}, with {@code defaults} wherever it chooses {@link Tuning#DEFAULT} (no record, no choice). */
    static KernelTunings withDefaults(KernelTunings t, Tuning defaults) {
        if (defaults == Tuning.DEFAULT) return t;
        return new KernelTunings() {
            @Override public Tuning forKernel(KernelKey key) {
                Tuning c = t.forKernel(key);
                return c == Tuning.DEFAULT ? defaults : c;
            }

            @Override public String source(KernelKey key) { return t.source(key); }
        };
    }
}
