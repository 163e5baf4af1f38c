package dev.tcc.ir.program;

import dev.tcc.ir.DType;
import dev.tcc.ir.TensorType;
import dev.tcc.ir.kernel.Kernel;
import dev.tcc.ir.kernel.KernelTypes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A lowered graph: the buffers it needs, the ordered kernel launches and where its inputs and outputs
 * live. It is everything a runtime needs to run the graph; no graph IR is left in it. {@code weights}
 * holds the initial contents of every {@link Role#WEIGHT} buffer (little-endian storage elements, each
 * buffer at its {@link Buffer#offset}).
 *
 * <p>Running it: allocate every buffer, upload the weights and the inputs, run the launches in order (each
 * launch binds {@link Launch#args} to its kernel's parameters), read the outputs. Distinct buffers never
 * alias, except as {@code memory} plans: temporaries whose lifetimes do not overlap share one allocation
 * (a {@link MemoryPlan.Slot}); a graph output may share a buffer with an input, a weight or another output.
 *
 * @param name     the graph's name
 * @param profile  the device capabilities the kernels were lowered for; a device must {@link Profile#meets meet} it
 * @param buffers  every buffer, in a stable order
 * @param inputs   the graph inputs, in graph order, each with the buffer the caller's tensor goes to
 * @param outputs  the graph outputs, in graph order, each with the buffer to read it from
 * @param launches the kernel launches, in execution order
 * @param weights  the bytes of the weight buffers
 * @param memory   which temporaries share an allocation ({@link MemoryPlan#NONE}: each buffer its own)
 * @param checks   what the kernels check on the device (an out-of-range gather index, say): check {@code k}
 *                 failed when element {@link Check#slot} of the {@link Role#STATUS} buffer is not zero after a run
 * @param variants other code for the same launches, each for devices that meet a stronger profile (f16 arithmetic,
 *                 say), most capable first; a runtime picks one per device ({@link #variantFor})
 */
public record KernelProgram(String name, Profile profile, List<Buffer> buffers, List<Binding> inputs, List<Binding> outputs,
                            List<Launch> launches, byte[] weights, MemoryPlan memory, List<Check> checks, List<Variant> variants) {

    public KernelProgram {
        buffers = List.copyOf(buffers);
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        launches = List.copyOf(launches);
        checks = List.copyOf(checks);
        variants = List.copyOf(variants);
    }

    /** A program with one kernel variant, its launches' own code. */
    public KernelProgram(String name, Profile profile, List<Buffer> buffers, List<Binding> inputs, List<Binding> outputs,
                         List<Launch> launches, byte[] weights, MemoryPlan memory, List<Check> checks) {
        this(name, profile, buffers, inputs, outputs, launches, weights, memory, checks, List.of());
    }

    /**
     * Other code for every launch of a program (same buffers, arguments and grids), for devices that meet
     * {@code profile}: kernels that compute in f16 where the base code stores f16 and computes in f32, say.
     *
     * @param name    a short name, letters, digits and dashes ({@code f16}): in messages and kernel file names
     * @param profile what a device must offer to run it
     * @param code    one per launch, in launch order
     */
    public record Variant(String name, Profile profile, List<Code> code) {
        public Variant {
            if (!name.matches("[a-z0-9][a-z0-9-]*")) throw new IllegalArgumentException("variant name '" + name + "' must be lower-case letters, digits and dashes");
            code = List.copyOf(code);
        }
    }

    /** The first variant a device with profile {@code device} can run, or null when it runs the launches' own code. */
    public Variant variantFor(Profile device) {
        for (Variant v : variants) if (device.meets(v.profile())) return v;
        return null;
    }

    /** This program running {@code v}'s code under {@code v}'s profile, with no variants left. */
    public KernelProgram with(Variant v) {
        List<Launch> l = new java.util.ArrayList<>();
        for (int i = 0; i < launches.size(); i++) {
            Launch a = launches.get(i);
            l.add(new Launch(a.signature(), a.args(), a.anchor(), a.fused(), a.tuning(), v.code().get(i)));
        }
        return new KernelProgram(name, v.profile(), buffers, inputs, outputs, l, weights, memory, checks);
    }

    /** The same program with {@code v} as its variants. */
    public KernelProgram withVariants(List<Variant> v) { return new KernelProgram(name, profile, buffers, inputs, outputs, launches, weights, memory, checks, v); }

    /** A program that checks nothing on the device. */
    public KernelProgram(String name, Profile profile, List<Buffer> buffers, List<Binding> inputs, List<Binding> outputs,
                         List<Launch> launches, byte[] weights, MemoryPlan memory) {
        this(name, profile, buffers, inputs, outputs, launches, weights, memory, List.of());
    }

    /** A program whose buffers are each allocated alone. */
    public KernelProgram(String name, Profile profile, List<Buffer> buffers, List<Binding> inputs, List<Binding> outputs,
                         List<Launch> launches, byte[] weights) {
        this(name, profile, buffers, inputs, outputs, launches, weights, MemoryPlan.NONE);
    }

    /** What a buffer is for. */
    public enum Role {
        /** Receives a graph input before the launches. */
        INPUT,
        /** Constant contents from {@link #weights}. */
        WEIGHT,
        /** Written by a launch and read by later ones or as a graph output. */
        TEMP,
        /**
         * The {@link #checks}' flags ({@code i32}): zero when loaded, set by a kernel whose check fails, read after
         * each run (and zeroed again after a failure). Never shared, never an output.
         */
        STATUS
    }

    /**
     * A condition a kernel checks on the device, where the reference interpreter reports an error: element
     * {@code slot} of the status buffer becomes non-zero when it fails.
     *
     * @param message what failed, naming the node and op (e.g. an index out of range)
     */
    public record Check(int slot, String message) {
        /** Stands in {@link #message} for the value a failing kernel wrote (e.g. the index out of range). */
        public static final String VALUE = "{value}";

        /** The message with the value the kernel wrote; {@code ±(2^31-1)} stand for anything at least that large. */
        public String describe(int value) {
            String v = value == Integer.MAX_VALUE ? value + " or more" : value == -Integer.MAX_VALUE ? value + " or less" : String.valueOf(value);
            return message.replace(VALUE, v) + " (checked on the device)";
        }
    }

    /** The first failed check given the status buffer's contents, or null when all passed. */
    public String failedCheck(int[] status) {
        for (Check c : checks) if (c.slot() < status.length && status[c.slot()] != 0) return c.describe(status[c.slot()]);
        return null;
    }

    /** The status buffer the {@link #checks} write, or null when there are none. */
    public Buffer statusBuffer() {
        for (Buffer b : buffers) if (b.role() == Role.STATUS) return b;
        return null;
    }

    /**
     * One device buffer.
     *
     * @param name     unique within the program
     * @param storage  the element type as stored ({@link DeviceTypes#storage})
     * @param elements number of elements
     * @param role     what fills it
     * @param offset   for weights, the byte offset of its contents in {@link #weights}; else -1
     */
    public record Buffer(String name, DType storage, long elements, Role role, long offset) {
        /** Size in bytes; overflow of 64 bits throws {@link ArithmeticException}. */
        public long bytes() { return Math.multiplyExact(elements, KernelTypes.storageBytes(storage)); }
    }

    /** A graph input or output: its name, its graph type and the buffer that holds it. */
    public record Binding(String name, TensorType type, String buffer) {}

    /** An argument of a launch: a buffer, or a scalar of a kernel value type. */
    public sealed interface Arg {
        record BufferArg(String buffer) implements Arg {}

        record ScalarArg(DType type, Number value) implements Arg {}
    }

    /**
     * One kernel launch.
     *
     * @param signature the kernel's interface (its grid is the launch grid)
     * @param args      one per kernel parameter, in order
     * @param anchor    the op the kernel is built around ({@code elementwise} for a pure elementwise kernel)
     * @param fused     the ops computed inside the kernel besides the anchor, as {@code mnemonic node-name}
     * @param tuning    the template and the values of its tunable parameters
     * @param code      the kernel as IR (lowered in this process) or as a target's rendered file (read from an artefact)
     */
    public record Launch(Kernel.Signature signature, List<Arg> args, String anchor, List<String> fused,
                         Map<String, String> tuning, Code code) {
        public Launch {
            args = List.copyOf(args);
            fused = List.copyOf(fused);
            tuning = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tuning));
        }

        /** A launch of lowered kernel IR. */
        public static Launch of(Kernel k, List<Arg> args, String anchor, List<String> fused, Map<String, String> tuning) {
            return new Launch(k.signature(), args, anchor, fused, tuning, new Code.Ir(k));
        }

        /** The kernel's name. */
        public String name() { return signature.name(); }

        /** The kernel IR; only launches lowered in this process have it. */
        public Kernel kernel() {
            return switch (code) {
                case Code.Ir ir -> ir.kernel();
                case Code.Rendered r -> throw new IllegalStateException("launch " + name() + " holds rendered code, not kernel IR");
            };
        }

        /** The same launch running {@code k} (same signature) instead. */
        public Launch withKernel(Kernel k) {
            if (!k.signature().equals(signature)) throw new IllegalArgumentException("kernel " + k.name() + " changes the signature of " + name());
            return new Launch(signature, args, anchor, fused, tuning, new Code.Ir(k));
        }
    }

    /** A launch's code: kernel IR, or the bytes of a target's kernel file. */
    public sealed interface Code {
        record Ir(Kernel kernel) implements Code {}

        /** A rendered kernel file (OpenCL C or WGSL as UTF-8, SPIR-V words little-endian). */
        record Rendered(byte[] bytes) implements Code {}
    }

    /** The same program with other launches (kernel-IR passes rewrite kernels, never buffers), and no variants (their code was for the old launches). */
    public KernelProgram withLaunches(List<Launch> l) { return new KernelProgram(name, profile, buffers, inputs, outputs, l, weights, memory, checks); }

    /** The same program with another memory plan. */
    public KernelProgram withMemory(MemoryPlan m) { return new KernelProgram(name, profile, buffers, inputs, outputs, launches, weights, m, checks, variants); }

    /**
     * Checks the program is consistent: buffer sizes are non-negative and fit 64 bits, weight contents lie inside
     * {@link #weights}; bindings name existing buffers of their type and size (inputs in input buffers, names
     * unique); each launch has one argument of the right kind and element type per parameter, never writes a
     * weight or input buffer, and its grid and workgroup memory stay within the {@link #profile}.
     *
     * @throws IllegalStateException naming the first inconsistency
     */
    public KernelProgram verify() {
        Map<String, Buffer> byName = new java.util.HashMap<>();
        for (Buffer b : buffers) verifyBuffer(b, byName);
        memory.verify(byName, profile);
        verifyBindings(inputs, "input", byName);
        verifyBindings(outputs, "output", byName);
        for (Launch l : launches) verifyLaunch(l, byName);
        verifyChecks();
        for (Variant v : variants) {
            if (v.code().size() != launches.size()) {
                throw new IllegalStateException("variant " + v.name() + " has code for " + v.code().size() + " of " + launches.size() + " launches");
            }
        }
        return this;
    }

    private void verifyChecks() {
        List<Buffer> status = buffers.stream().filter(b -> b.role() == Role.STATUS).toList();
        if (status.size() > 1) throw new IllegalStateException("program has " + status.size() + " status buffers; at most one");
        long slots = status.isEmpty() ? 0 : status.get(0).elements();
        if (!status.isEmpty() && status.get(0).storage() != DType.I32) {
            throw new IllegalStateException("status buffer " + status.get(0).name() + " must hold i32, not " + status.get(0).storage());
        }
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (Check c : checks) {
            if (c.slot() < 0 || c.slot() >= slots) throw new IllegalStateException("check '" + c.message() + "' uses slot " + c.slot() + " of " + slots);
            if (!seen.add(c.slot())) throw new IllegalStateException("two checks use status slot " + c.slot());
        }
        for (Binding o : outputs) {
            if (buffer(o.buffer()).role() == Role.STATUS) throw new IllegalStateException("output '" + o.name() + "' reads the status buffer");
        }
    }

    private void verifyBuffer(Buffer b, Map<String, Buffer> byName) {
        if (b.elements() < 0) throw new IllegalStateException("buffer " + b.name() + " has " + b.elements() + " elements");
        try {
            b.bytes();
        } catch (ArithmeticException e) {
            throw new IllegalStateException("buffer " + b.name() + " of " + b.elements() + " elements overflows 64-bit byte sizes");
        }
        if (byName.put(b.name(), b) != null) throw new IllegalStateException("buffer " + b.name() + " is declared twice");
        if (b.role() == Role.WEIGHT && (b.offset() < 0 || b.offset() > weights.length || b.bytes() > weights.length - b.offset())) {
            throw new IllegalStateException("weight buffer " + b.name() + " (" + b.bytes() + " bytes at " + b.offset()
                    + ") lies outside the " + weights.length + " weight bytes");
        }
    }

    private static void verifyBindings(List<Binding> list, String what, Map<String, Buffer> byName) {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Binding io : list) {
            if (!names.add(io.name())) throw new IllegalStateException(what + " '" + io.name() + "' is declared twice");
            Buffer b = byName.get(io.buffer());
            if (b == null) throw new IllegalStateException(what + " '" + io.name() + "' names buffer " + io.buffer() + ", which does not exist");
            long size;
            try {
                size = io.type().size();
            } catch (ArithmeticException e) {
                throw new IllegalStateException(what + " '" + io.name() + "' of shape " + io.type().shape() + " has more than 2^63-1 elements");
            }
            if (b.elements() != size || b.storage() != DeviceTypes.storage(io.type().dtype())) {
                throw new IllegalStateException(what + " '" + io.name() + "' of type " + io.type() + " cannot live in buffer " + b.name()
                        + " (" + b.elements() + " " + b.storage() + ")");
            }
            if (what.equals("input") && b.role() != Role.INPUT) {
                throw new IllegalStateException("input '" + io.name() + "' goes to buffer " + b.name() + ", which is " + article(b.role()) + " buffer");
            }
        }
    }

    private void verifyLaunch(Launch l, Map<String, Buffer> byName) {
        List<dev.tcc.ir.kernel.Param> params = l.signature().params();
        if (params.size() != l.args().size()) {
            throw new IllegalStateException("launch " + l.name() + " has " + l.args().size() + " arguments for " + params.size() + " parameters");
        }
        for (int i = 0; i < params.size(); i++) {
            String what = "launch " + l.name() + " argument " + i + " (" + params.get(i).name() + ")";
            switch (params.get(i)) {
                case dev.tcc.ir.kernel.BufferParam p -> {
                    if (!(l.args().get(i) instanceof Arg.BufferArg(String name))) throw new IllegalStateException(what + " must be a buffer");
                    Buffer b = byName.get(name);
                    if (b == null) throw new IllegalStateException(what + " names buffer " + name + ", which does not exist");
                    if (b.storage() != p.elementType()) {
                        throw new IllegalStateException(what + " needs " + p.elementType() + " elements, buffer " + name + " holds " + b.storage());
                    }
                    if (p.access().canStore() && b.role() != Role.TEMP && b.role() != Role.STATUS) {
                        throw new IllegalStateException(what + " writes buffer " + name + ", which is " + article(b.role()) + " buffer");
                    }
                }
                case dev.tcc.ir.kernel.ScalarParam p -> {
                    if (!(l.args().get(i) instanceof Arg.ScalarArg(DType t, Number v)) || t != p.var().type() || v == null) {
                        throw new IllegalStateException(what + " must be a " + p.var().type() + " scalar");
                    }
                }
            }
        }
        dev.tcc.ir.kernel.Grid g = l.signature().grid();
        if (g.workgroupVolume() > profile.maxWorkgroupSize()) {
            throw new IllegalStateException("launch " + l.name() + " has workgroups of " + g.workgroupVolume() + " work-items, more than the "
                    + profile.maxWorkgroupSize() + " of profile '" + profile.name() + "'");
        }
        if (l.signature().workgroupBytes() > profile.localMemBytes()) {
            throw new IllegalStateException("launch " + l.name() + " declares " + l.signature().workgroupBytes() + " bytes of workgroup memory, more than the "
                    + profile.localMemBytes() + " of profile '" + profile.name() + "'");
        }
    }

    private static String article(Role r) { return r == Role.INPUT ? "an input" : "a " + r.name().toLowerCase(); }

    /** Number of kernel launches one run makes. */
    public int kernelCount() { return launches.size(); }

    /** The buffer called {@code name}. */
    public Buffer buffer(String name) {
        for (Buffer b : buffers) if (b.name().equals(name)) return b;
        throw new IllegalArgumentException("program " + this.name + " has no buffer '" + name + "'");
    }

    /** One line per launch: index, kernel name, anchor op, fused ops and grid (for {@code tcc inspect --kernels}). */
    public String describeKernels() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < launches.size(); i++) {
            Launch l = launches.get(i);
            b.append(String.format("%3d  %-28s %-14s", i, l.name(), l.anchor()));
            if (!l.fused().isEmpty()) b.append(" + ").append(String.join(", ", l.fused()));
            b.append("  [").append(l.signature().grid()).append("]\n");
        }
        return b.toString();
    }
}
