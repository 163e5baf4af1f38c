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
 * alias; a graph output may share a buffer with an input, a weight or another output.
 *
 * @param name     the graph's name
 * @param buffers  every buffer, in a stable order
 * @param inputs   the graph inputs, in graph order, each with the buffer the caller's tensor goes to
 * @param outputs  the graph outputs, in graph order, each with the buffer to read it from
 * @param launches the kernel launches, in execution order
 * @param weights  the bytes of the weight buffers
 */
public record KernelProgram(String name, List<Buffer> buffers, List<Binding> inputs, List<Binding> outputs,
                            List<Launch> launches, byte[] weights) {

    public KernelProgram {
        buffers = List.copyOf(buffers);
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        launches = List.copyOf(launches);
    }

    /** What a buffer is for. */
    public enum Role {
        /** Receives a graph input before the launches. */
        INPUT,
        /** Constant contents from {@link #weights}. */
        WEIGHT,
        /** Written by a launch and read by later ones or as a graph output. */
        TEMP
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
        public long bytes() { return elements * KernelTypes.storageBytes(storage); }
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
     * @param kernel the kernel (its grid is the launch grid); after {@link Launch#withSource} from an
     *               artefact, a signature-only kernel whose body is empty
     * @param args   one per kernel parameter, in order
     * @param anchor the op the kernel is built around ({@code elementwise} for a pure elementwise kernel)
     * @param fused  the ops computed inside the kernel besides the anchor, as {@code mnemonic node-name}
     * @param tuning the template and the values of its tunable parameters
     * @param source the rendered source to build, or null to render {@code kernel}
     */
    public record Launch(Kernel kernel, List<Arg> args, String anchor, List<String> fused, Map<String, String> tuning, String source) {
        public Launch {
            args = List.copyOf(args);
            fused = List.copyOf(fused);
            tuning = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tuning));
        }

        public Launch withSource(String src) { return new Launch(kernel, args, anchor, fused, tuning, src); }
    }

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
            b.append(String.format("%3d  %-28s %-14s", i, l.kernel().name(), l.anchor()));
            if (!l.fused().isEmpty()) b.append(" + ").append(String.join(", ", l.fused()));
            b.append("  [").append(l.kernel().grid()).append("]\n");
        }
        return b.toString();
    }
}
