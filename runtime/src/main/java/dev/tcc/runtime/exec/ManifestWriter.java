package dev.tcc.runtime.exec;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.tcc.ir.kernel.ArrayDecl;
import dev.tcc.ir.kernel.BufferParam;
import dev.tcc.ir.kernel.Kernel;
import dev.tcc.ir.kernel.Param;
import dev.tcc.ir.kernel.ScalarParam;
import dev.tcc.ir.program.KernelProgram;
import dev.tcc.ir.program.MemoryPlan;
import dev.tcc.ir.program.Profile;

import java.util.List;
import java.util.Locale;

/** The JSON of a manifest, built from a program; {@link ManifestReader} reads it back. */
final class ManifestWriter {
    private ManifestWriter() {}

    /** The manifest without its {@code digest}: {@code files} maps each file name to its SHA-256, {@code kernelFiles} one per launch. */
    static JsonObject manifest(KernelProgram p, String target, List<String> kernelFiles, JsonObject files) {
        JsonObject m = new JsonObject();
        m.addProperty("format", Artefact.FORMAT);
        m.addProperty("version", Artefact.VERSION);
        m.addProperty("target", target);
        m.addProperty("name", p.name());
        m.add("profile", profile(p.profile()));
        m.add("inputs", bindings(p.inputs()));
        m.add("outputs", bindings(p.outputs()));
        JsonArray buffers = new JsonArray();
        for (KernelProgram.Buffer b : p.buffers()) {
            JsonObject o = new JsonObject();
            o.addProperty("name", b.name());
            o.addProperty("type", b.storage().irName());
            o.addProperty("elements", b.elements());
            o.addProperty("bytes", b.bytes());
            o.addProperty("role", b.role().name().toLowerCase(Locale.ROOT));
            if (b.role() == KernelProgram.Role.WEIGHT) o.addProperty("offset", b.offset());
            buffers.add(o);
        }
        m.add("buffers", buffers);
        m.add("memory", memory(p));
        if (!p.checks().isEmpty()) {
            JsonArray checks = new JsonArray();
            for (KernelProgram.Check c : p.checks()) {
                JsonObject o = new JsonObject();
                o.addProperty("slot", c.slot());
                o.addProperty("message", c.message());
                checks.add(o);
            }
            m.add("checks", checks);
        }
        JsonArray launches = new JsonArray();
        for (int i = 0; i < p.launches().size(); i++) launches.add(launch(p.launches().get(i), kernelFiles.get(i)));
        m.add("launches", launches);
        m.addProperty("weights", "weights.bin");
        m.add("files", files);
        return m;
    }

    private static JsonArray bindings(List<KernelProgram.Binding> list) {
        JsonArray a = new JsonArray();
        for (KernelProgram.Binding b : list) {
            JsonObject o = new JsonObject();
            o.addProperty("name", b.name());
            o.addProperty("type", b.type().dtype().irName());
            JsonArray shape = new JsonArray();
            for (long d : b.type().shape().dims()) shape.add(d);
            o.add("shape", shape);
            o.addProperty("buffer", b.buffer());
            a.add(o);
        }
        return a;
    }

    /** The manifest's {@code variants}: per variant its name, profile and kernel files (one per launch, in order). */
    static JsonArray variants(List<KernelProgram.Variant> variants, List<List<String>> files) {
        JsonArray a = new JsonArray();
        for (int i = 0; i < variants.size(); i++) {
            JsonObject o = new JsonObject();
            o.addProperty("name", variants.get(i).name());
            o.add("profile", profile(variants.get(i).profile()));
            JsonArray f = new JsonArray();
            files.get(i).forEach(f::add);
            o.add("files", f);
            a.add(o);
        }
        return a;
    }

    private static JsonObject profile(Profile p) {
        JsonObject o = new JsonObject();
        o.addProperty("name", p.name());
        o.addProperty("fp64", p.fp64());
        o.addProperty("fp16", p.fp16());
        o.addProperty("maxWorkgroupSize", p.maxWorkgroupSize());
        o.addProperty("localMemBytes", p.localMemBytes());
        o.addProperty("maxBufferBytes", p.maxBufferBytes());
        return o;
    }

    private static JsonObject launch(KernelProgram.Launch l, String file) {
        Kernel.Signature k = l.signature();
        JsonObject o = new JsonObject();
        o.addProperty("kernel", k.name());
        o.addProperty("file", file);
        o.addProperty("anchor", l.anchor());
        JsonArray fused = new JsonArray();
        l.fused().forEach(fused::add);
        o.add("fused", fused);
        JsonArray params = new JsonArray();
        for (Param p : k.params()) {
            JsonObject q = new JsonObject();
            q.addProperty("name", p.name());
            switch (p) {
                case BufferParam b -> {
                    q.addProperty("kind", "buffer");
                    q.addProperty("type", b.elementType().irName());
                    q.addProperty("access", b.access().text());
                }
                case ScalarParam s -> {
                    q.addProperty("kind", "scalar");
                    q.addProperty("type", s.var().type().irName());
                }
            }
            params.add(q);
        }
        o.add("params", params);
        JsonArray arrays = new JsonArray();
        for (ArrayDecl a : k.arrays()) {
            JsonObject q = new JsonObject();
            q.addProperty("name", a.name());
            q.addProperty("type", a.elementType().irName());
            q.addProperty("length", a.length());
            q.addProperty("space", a.space().text());
            arrays.add(q);
        }
        o.add("arrays", arrays);
        JsonObject grid = new JsonObject();
        JsonArray groups = new JsonArray(), workgroup = new JsonArray();
        k.grid().groups().forEach(groups::add);
        k.grid().workgroupSize().forEach(workgroup::add);
        grid.add("groups", groups);
        grid.add("workgroup", workgroup);
        o.add("grid", grid);
        JsonArray args = new JsonArray();
        for (KernelProgram.Arg a : l.args()) {
            JsonObject q = new JsonObject();
            switch (a) {
                case KernelProgram.Arg.BufferArg b -> q.addProperty("buffer", b.buffer());
                case KernelProgram.Arg.ScalarArg s -> {
                    q.addProperty("type", s.type().irName());
                    q.addProperty("scalar", s.value());
                }
            }
            args.add(q);
        }
        o.add("args", args);
        JsonObject tuning = new JsonObject();
        l.tuning().forEach(tuning::addProperty);
        o.add("tuning", tuning);
        return o;
    }

    /**
     * The manifest's {@code memory}: {@code planned_peak_bytes} (what the temporaries take with the plan),
     * {@code naive_bytes} (each temporary alone) and the slots (element type, elements, bytes, buffers sharing it).
     */
    private static JsonObject memory(KernelProgram p) {
        JsonObject o = new JsonObject();
        o.addProperty("planned_peak_bytes", p.memory().plannedBytes(p.buffers()));
        o.addProperty("naive_bytes", MemoryPlan.naiveBytes(p.buffers()));
        JsonArray slots = new JsonArray();
        for (MemoryPlan.Slot s : p.memory().slots()) {
            JsonObject so = new JsonObject();
            so.addProperty("type", s.storage().irName());
            so.addProperty("elements", s.elements());
            so.addProperty("bytes", s.bytes());
            JsonArray names = new JsonArray();
            s.buffers().forEach(names::add);
            so.add("buffers", names);
            slots.add(so);
        }
        o.add("slots", slots);
        return o;
    }
}
