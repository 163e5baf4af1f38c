package dev.tcc.api;

import dev.tcc.compiler.Compilation;
import dev.tcc.compiler.Compiler;
import dev.tcc.ir.Graph;
import dev.tcc.ir.TensorType;
import dev.tcc.ir.Value;
import dev.tcc.ir.interp.Interpreter;
import dev.tcc.ir.program.HostTensor;
import dev.tcc.ir.program.KernelProgram;
import dev.tcc.runtime.Backend;
import dev.tcc.runtime.Backends;
import dev.tcc.runtime.Device;
import dev.tcc.runtime.DeviceInfo;
import dev.tcc.runtime.Devices;
import dev.tcc.runtime.exec.Artefact;
import dev.tcc.runtime.exec.Executor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A model ready to run: compiled for a {@link Target} and, on a device target, loaded onto the device
 * (weights uploaded, kernels built). Close it to free the device memory:
 *
 * <pre>{@code
 * try (Model m = Model.load(Path.of("out/mlp"))) {                        // an artefact from `tcc compile`
 *     Outputs y = m.run(Map.of("x", Tensor.of(new float[8 * 64], 8, 64)));
 *     float[] logits = y.get("y").toFloatArray();
 * }
 * }</pre>
 *
 * <p><b>Thread safety.</b> A model may be shared between threads: {@link #run} calls are serialised (one
 * device queue, one set of device buffers per model), so concurrent callers wait for each other and each gets
 * its own outputs. For parallel runs, open one model per thread. {@link #close} waits for a running call,
 * is idempotent, and a later {@code run} fails with a message.
 */
public final class Model implements AutoCloseable {
    private final String name;
    private final Target target;
    private final String deviceName;
    private final List<Port> inputs;
    private final List<Port> outputs;
    private final Map<String, TensorType> inputTypes = new LinkedHashMap<>();
    private final Graph graph;          // reference target
    private final Device device;        // device targets
    private final Executor executor;    // device targets
    private boolean closed;

    private Model(String name, Target target, String deviceName, List<TensorType> inTypes, List<String> inNames,
                  List<TensorType> outTypes, List<String> outNames, Graph graph, Device device, Executor executor) {
        this.name = name;
        this.target = target;
        this.deviceName = deviceName;
        this.graph = graph;
        this.device = device;
        this.executor = executor;
        List<Port> in = new ArrayList<>();
        for (int i = 0; i < inNames.size(); i++) {
            in.add(port(inNames.get(i), inTypes.get(i)));
            inputTypes.put(inNames.get(i), inTypes.get(i));
        }
        List<Port> out = new ArrayList<>();
        for (int i = 0; i < outNames.size(); i++) out.add(port(outNames.get(i), outTypes.get(i)));
        this.inputs = List.copyOf(in);
        this.outputs = List.copyOf(out);
    }

    private static Port port(String n, TensorType t) { return new Port(n, t.dtype().irName(), t.shape().dims()); }

    /** Loads the artefact {@code tcc compile} wrote into {@code dir} onto the default device of its target. */
    public static Model load(Path dir) {
        return guarded(() -> load(dir, new Target(Artefact.target(dir), System.getenv().getOrDefault("TCC_DEVICE", ""))));
    }

    /**
     * Loads the artefact in {@code dir} onto {@code target}'s device. The artefact is validated as a whole
     * (files, hashes, program consistency) before any device work.
     */
    public static Model load(Path dir, Target target) {
        return guarded(() -> {
            if (target.isReference()) {
                throw new TccApiException(dir + " holds kernels for " + Artefact.target(dir)
                        + "; the reference interpreter runs models, not artefacts: use Model.compile(onnx, Target.reference())");
            }
            String recorded = Artefact.target(dir);
            if (!recorded.equals(target.name())) {
                throw new TccApiException(dir + " was compiled for target " + recorded + ", not " + target.name() + "; compile the model for " + target.name());
            }
            KernelProgram p = Artefact.read(dir);
            return onDevice(p, target, Backends.byName(target.name()));
        });
    }

    /**
     * Loads the artefact in the class-path folder {@code folder} (as {@code tcc-maven-plugin} packs it, e.g.
     * {@code tcc/models/mlp/opencl}) onto {@code target}'s device. The files are copied to a temporary folder,
     * validated as {@link #load(Path, Target)} does, and removed again.
     */
    public static Model loadResource(ClassLoader loader, String folder, Target target) {
        Path dir;
        try {
            dir = Resources.artefact(loader, folder);
        } catch (java.io.IOException e) {
            throw new TccApiException("cannot copy class-path artefact " + folder + ": " + e.getMessage(), e);
        }
        try {
            return load(dir, target);
        } finally {
            Resources.delete(dir);
        }
    }

    /** {@link #compile} for the ONNX model at class-path resource {@code onnx} (with its external data beside it, if any). */
    public static Model compileResource(ClassLoader loader, String onnx, Target... targets) {
        Path dir = null;
        try {
            dir = java.nio.file.Files.createTempDirectory("tcc-model");
            Path file = dir.resolve("model.onnx");
            java.nio.file.Files.write(file, Resources.read(loader, onnx));
            return compile(file, targets);
        } catch (java.io.IOException e) {
            throw new TccApiException("cannot copy class-path model " + onnx + ": " + e.getMessage(), e);
        } finally {
            if (dir != null) Resources.delete(dir);
        }
    }

    /**
     * Compiles the ONNX model in {@code onnx} for the first of {@code targets} that is available (a device
     * back-end with no device is skipped) and loads it. With no targets: the default OpenCL device, else the
     * reference interpreter.
     */
    public static Model compile(Path onnx, Target... targets) {
        List<Target> order = targets.length == 0 ? List.of(Target.opencl(), Target.reference()) : List.of(targets);
        List<String> skipped = new ArrayList<>();
        for (Target t : order) {
            if (!t.isReference()) {
                Backend b = guarded(() -> Backends.byName(t.name()));
                try {
                    Devices.select(b, t.device());
                } catch (RuntimeException e) {
                    skipped.add(t + ": " + e.getMessage());
                    continue;
                }
            }
            return compileFor(onnx, t);
        }
        throw new TccApiException("none of the targets " + order + " is available: " + String.join("; ", skipped));
    }

    private static Model compileFor(Path onnx, Target t) {
        return guarded(() -> {
            if (t.isReference()) {
                Compiler.Optimised opt = Compiler.optimise(dev.tcc.frontend.onnx.OnnxImporter.readModel(onnx), onnx, Compiler.Options.DEFAULT);
                Graph g = opt.graph();
                return new Model(g.name(), t, "reference interpreter (JVM)",
                        g.inputs().stream().map(Value::type).toList(), g.inputs().stream().map(Value::name).toList(),
                        g.outputs().stream().map(Value::type).toList(), g.outputNames(), g, null, null);
            }
            Backend b = Backends.byName(t.name());
            DeviceInfo info = Devices.select(b, t.device());
            Compilation c = Compiler.compile(onnx, b.codegen(), b.profile(info), Compiler.Options.DEFAULT);
            return onDevice(c.rendered(), t, b, info);
        });
    }

    private static Model onDevice(KernelProgram p, Target t, Backend b) { return onDevice(p, t, b, Devices.select(b, t.device())); }

    private static Model onDevice(KernelProgram p, Target t, Backend b, DeviceInfo info) {
        Device d = Devices.open(info);
        try {
            Executor e = Executor.load(p, d);
            return new Model(p.name(), t, info.name() + " (" + info.platform() + ")",
                    p.inputs().stream().map(KernelProgram.Binding::type).toList(), p.inputs().stream().map(KernelProgram.Binding::name).toList(),
                    p.outputs().stream().map(KernelProgram.Binding::type).toList(), p.outputs().stream().map(KernelProgram.Binding::name).toList(),
                    null, d, e);
        } catch (RuntimeException ex) {
            d.close();
            throw ex;
        }
    }

    /** The model's name (the ONNX graph's). */
    public String name() { return name; }

    /** The target it runs on. */
    public Target target() { return target; }

    /** The device it runs on, in words. */
    public String device() { return deviceName; }

    /** The inputs {@link #run} needs, in the model's order. */
    public List<Port> inputs() { return inputs; }

    /** The outputs {@link #run} returns, in the model's order. */
    public List<Port> outputs() { return outputs; }

    /** Runs a model with exactly one input on {@code input}. */
    public Outputs run(Tensor input) {
        if (inputs.size() != 1) throw new TccApiException("model " + name + " has " + inputs.size() + " inputs " + inputs + "; pass them by name");
        return run(Map.of(inputs.getFirst().name(), input));
    }

    /**
     * Runs the model on {@code inputs} (by input name). Every input must be given with the element type and
     * shape {@link #inputs()} lists; unknown names are an error.
     */
    public synchronized Outputs run(Map<String, Tensor> inputs) {
        if (closed) throw new TccApiException("model " + name + " is closed");
        for (String k : inputs.keySet()) {
            if (!inputTypes.containsKey(k)) throw new TccApiException("model " + name + " has no input '" + k + "'; its inputs: " + this.inputs);
        }
        Map<String, HostTensor> host = new HashMap<>();
        for (Port p : this.inputs) {
            Tensor t = inputs.get(p.name());
            if (t == null) throw new TccApiException("model " + name + ": missing input " + p);
            if (!t.dtype().equals(p.dtype()) || !Arrays.equals(t.shape(), p.shape())) {
                throw new TccApiException("model " + name + ": input '" + p.name() + "' must be " + p.dtype() + Arrays.toString(p.shape())
                        + ", got " + t.dtype() + Arrays.toString(t.shape()));
            }
            host.put(p.name(), t.host());
        }
        List<HostTensor> out = guarded(() -> {
            if (graph != null) {
                Map<String, dev.tcc.ir.Tensor> feed = new HashMap<>();
                host.forEach((k, v) -> feed.put(k, v.toTensor()));
                return Interpreter.run(graph, feed).stream().map(HostTensor::of).toList();
            }
            return executor.runHost(host);
        });
        Map<String, Tensor> named = new LinkedHashMap<>();
        for (int i = 0; i < outputs.size(); i++) named.put(outputs.get(i).name(), new Tensor(out.get(i)));
        return new Outputs(named);
    }

    /** Frees the device buffers and closes the device; idempotent. */
    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        if (executor != null) executor.close();
        if (device != null) device.close();
    }

    @Override public String toString() { return "Model[" + name + " on " + target + ", " + deviceName + "]"; }

    private interface Body<T> { T get(); }

    private static <T> T guarded(Body<T> body) {
        try {
            return body.get();
        } catch (TccApiException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new TccApiException(e.getMessage(), e);
        }
    }
}
