package dev.tcc.runtime.webgpu;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;

import static dev.tcc.runtime.webgpu.WebGpuAbi.BIND_GROUP_DESCRIPTOR;
import static dev.tcc.runtime.webgpu.WebGpuAbi.BIND_GROUP_ENTRY;
import static dev.tcc.runtime.webgpu.WebGpuAbi.BIND_GROUP_LAYOUT_DESCRIPTOR;
import static dev.tcc.runtime.webgpu.WebGpuAbi.BIND_GROUP_LAYOUT_ENTRY;
import static dev.tcc.runtime.webgpu.WebGpuAbi.COMPUTE_PASS_DESCRIPTOR;
import static dev.tcc.runtime.webgpu.WebGpuAbi.COMPUTE_PIPELINE_DESCRIPTOR;
import static dev.tcc.runtime.webgpu.WebGpuAbi.PIPELINE_LAYOUT_DESCRIPTOR;
import static dev.tcc.runtime.webgpu.WebGpuAbi.PTR;
import static dev.tcc.runtime.webgpu.WebGpuAbi.SHADER_MODULE_DESCRIPTOR;
import static dev.tcc.runtime.webgpu.WebGpuAbi.SHADER_SOURCE_WGSL;
import static dev.tcc.runtime.webgpu.WebGpuAbi.U32;
import static dev.tcc.runtime.webgpu.WebGpuAbi.U64;
import static dev.tcc.runtime.webgpu.WebGpuAbi.offset;
import static dev.tcc.runtime.webgpu.WebGpuAbi.putString;

/** Shader modules, pipelines, bind groups and dispatches of one device. Device lock held. */
final class Kernels {
    private Kernels() {}

    static ShaderModule compile(WebGpuDevice d, String label, String wgsl) {
        List<CompilationMessage> messages = new ArrayList<>();
        MemorySegment[] made = {MemorySegment.NULL};
        MemorySegment module;
        try {
            module = d.scoped("compiling WGSL '" + label + "'", () -> {
                made[0] = createModule(d, label, wgsl);
                messages.addAll(compilationInfo(d, made[0], label));
                return made[0];
            });
        } catch (DeviceLostException e) {
            throw e;
        } catch (WebGpuException e) {
            Wgpu.Release.SHADER_MODULE.release(made[0]);
            if (messages.isEmpty()) messages.add(new CompilationMessage(CompilationMessage.Kind.ERROR, 0, 0, 0, 0,
                    e.getMessage()));
            throw new WgslCompileException(label, d.describe(), messages, wgsl);
        }
        if (messages.stream().anyMatch(m -> m.kind() == CompilationMessage.Kind.ERROR)) {
            Wgpu.Release.SHADER_MODULE.release(module);
            throw new WgslCompileException(label, d.describe(), messages, wgsl);
        }
        return d.adopt(new ShaderModule(d, label, module, wgsl, messages));
    }

    private static MemorySegment createModule(WebGpuDevice d, String label, String wgsl) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment source = arena.allocate(SHADER_SOURCE_WGSL);
            source.set(U32, offset(SHADER_SOURCE_WGSL, "chain", "sType"), WebGpuAbi.STYPE_SHADER_SOURCE_WGSL);
            putString(source, offset(SHADER_SOURCE_WGSL, "code"), wgsl, arena);
            MemorySegment desc = arena.allocate(SHADER_MODULE_DESCRIPTOR);
            desc.set(PTR, offset(SHADER_MODULE_DESCRIPTOR, "nextInChain"), source);
            putString(desc, offset(SHADER_MODULE_DESCRIPTOR, "label"), label, arena);
            return Wgpu.deviceCreateShaderModule(d.handle(), desc);
        }
    }

    private static List<CompilationMessage> compilationInfo(WebGpuDevice d, MemorySegment module, String label) {
        try (Arena arena = Arena.ofConfined(); Callbacks.Pending p = new Callbacks.Pending()) {
            Wgpu.shaderModuleGetCompilationInfo(module, WebGpuAbi.callbackInfo(arena, Callbacks.COMPILATION, p.id,
                    WebGpuAbi.CALLBACK_MODE_ALLOW_PROCESS_EVENTS));
            d.await(p.outcome, "the compilation messages of '" + label + "'");
            if (!p.outcome.message.isEmpty()) throw new WebGpuException(p.outcome.message);
            return p.outcome.messages;
        }
    }

    static ComputePipeline pipeline(WebGpuDevice d, ShaderModule module, String entryPoint,
                                    List<ComputePipeline.Binding> bindings) {
        String label = module.label() + (entryPoint.equals("main") ? "" : "." + entryPoint);
        MemorySegment[] layouts = {MemorySegment.NULL, MemorySegment.NULL};
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment handle = d.scoped("creating compute pipeline '" + label + "'", () -> {
                if (bindings != null) {
                    layouts[0] = groupLayout(d, label, bindings, arena);
                    layouts[1] = pipelineLayout(d, label, layouts[0], arena);
                }
                MemorySegment desc = arena.allocate(COMPUTE_PIPELINE_DESCRIPTOR);
                putString(desc, offset(COMPUTE_PIPELINE_DESCRIPTOR, "label"), label, arena);
                desc.set(PTR, offset(COMPUTE_PIPELINE_DESCRIPTOR, "layout"), layouts[1]);
                desc.set(PTR, offset(COMPUTE_PIPELINE_DESCRIPTOR, "compute", "module"), module.handle());
                putString(desc, offset(COMPUTE_PIPELINE_DESCRIPTOR, "compute", "entryPoint"), entryPoint, arena);
                return Wgpu.deviceCreateComputePipeline(d.handle(), desc);
            });
            return d.adopt(new ComputePipeline(d, label, handle, entryPoint, bindings, layouts[0], layouts[1]));
        } catch (RuntimeException e) {
            Wgpu.Release.PIPELINE_LAYOUT.release(layouts[1]);
            Wgpu.Release.BIND_GROUP_LAYOUT.release(layouts[0]);
            throw e;
        }
    }

    private static MemorySegment groupLayout(WebGpuDevice d, String label, List<ComputePipeline.Binding> bindings,
                                             Arena arena) {
        MemorySegment entries = arena.allocate(BIND_GROUP_LAYOUT_ENTRY, Math.max(1, bindings.size()));
        for (int i = 0; i < bindings.size(); i++) {
            MemorySegment e = entries.asSlice(i * BIND_GROUP_LAYOUT_ENTRY.byteSize(), BIND_GROUP_LAYOUT_ENTRY);
            e.set(U32, offset(BIND_GROUP_LAYOUT_ENTRY, "binding"), i);
            e.set(U64, offset(BIND_GROUP_LAYOUT_ENTRY, "visibility"), WebGpuAbi.SHADER_STAGE_COMPUTE);
            e.set(U32, offset(BIND_GROUP_LAYOUT_ENTRY, "buffer", "type"), bindings.get(i).wgpuType);
        }
        MemorySegment desc = arena.allocate(BIND_GROUP_LAYOUT_DESCRIPTOR);
        putString(desc, offset(BIND_GROUP_LAYOUT_DESCRIPTOR, "label"), label + " group 0", arena);
        desc.set(U64, offset(BIND_GROUP_LAYOUT_DESCRIPTOR, "entryCount"), bindings.size());
        desc.set(PTR, offset(BIND_GROUP_LAYOUT_DESCRIPTOR, "entries"), entries);
        return Wgpu.deviceCreateBindGroupLayout(d.handle(), desc);
    }

    private static MemorySegment pipelineLayout(WebGpuDevice d, String label, MemorySegment group, Arena arena) {
        MemorySegment groups = arena.allocate(PTR);
        groups.set(PTR, 0, group);
        MemorySegment desc = arena.allocate(PIPELINE_LAYOUT_DESCRIPTOR);
        putString(desc, offset(PIPELINE_LAYOUT_DESCRIPTOR, "label"), label + " layout", arena);
        desc.set(U64, offset(PIPELINE_LAYOUT_DESCRIPTOR, "bindGroupLayoutCount"), 1);
        desc.set(PTR, offset(PIPELINE_LAYOUT_DESCRIPTOR, "bindGroupLayouts"), groups);
        return Wgpu.deviceCreatePipelineLayout(d.handle(), desc);
    }

    static BindGroup bind(WebGpuDevice d, ComputePipeline pipeline, List<GpuBuffer> buffers) {
        String label = pipeline.label() + " bindings";
        MemorySegment explicit = pipeline.explicitGroupLayout();
        MemorySegment layout = explicit != null ? explicit
                : Wgpu.computePipelineGetBindGroupLayout(pipeline.handle(), 0);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment entries = arena.allocate(BIND_GROUP_ENTRY, Math.max(1, buffers.size()));
            for (int i = 0; i < buffers.size(); i++) {
                MemorySegment e = entries.asSlice(i * BIND_GROUP_ENTRY.byteSize(), BIND_GROUP_ENTRY);
                e.set(U32, offset(BIND_GROUP_ENTRY, "binding"), i);
                e.set(PTR, offset(BIND_GROUP_ENTRY, "buffer"), buffers.get(i).handle());
                e.set(U64, offset(BIND_GROUP_ENTRY, "size"), WebGpuAbi.WHOLE_SIZE);
            }
            MemorySegment desc = arena.allocate(BIND_GROUP_DESCRIPTOR);
            putString(desc, offset(BIND_GROUP_DESCRIPTOR, "label"), label, arena);
            desc.set(PTR, offset(BIND_GROUP_DESCRIPTOR, "layout"), layout);
            desc.set(U64, offset(BIND_GROUP_DESCRIPTOR, "entryCount"), buffers.size());
            desc.set(PTR, offset(BIND_GROUP_DESCRIPTOR, "entries"), entries);
            MemorySegment handle = d.scoped("binding " + buffers.size() + " buffers to '" + pipeline.label() + "'",
                    () -> Wgpu.deviceCreateBindGroup(d.handle(), desc));
            return d.adopt(new BindGroup(d, label, handle, pipeline, buffers));
        } finally {
            if (explicit == null) Wgpu.Release.BIND_GROUP_LAYOUT.release(layout);
        }
    }

    /** Runs {@code dispatches}, timed by {@code timestamps} when not null, else by the wall clock. */
    static long[] run(WebGpuDevice d, Timestamps timestamps, List<Dispatch> dispatches) {
        long[] out = new long[dispatches.size()];
        if (timestamps == null) {
            for (int i = 0; i < out.length; i++) {
                List<Dispatch> one = dispatches.subList(i, i + 1);
                long start = System.nanoTime();
                submit(d, null, one);
                d.awaitQueue("kernel '" + one.getFirst().pipeline().label() + "'");
                out[i] = System.nanoTime() - start;
                d.throwUncaptured("running " + names(one));
            }
            return out;
        }
        for (int from = 0; from < out.length; from += Timestamps.MAX_DISPATCHES) {
            List<Dispatch> chunk = dispatches.subList(from, Math.min(out.length, from + Timestamps.MAX_DISPATCHES));
            timestamps.reserve(chunk.size());
            submit(d, timestamps, chunk);
            String what = "timestamps of " + names(chunk);
            MemorySegment mapped = Commands.mapRead(d, timestamps.readback(), 16L * chunk.size(), what);
            try {
                System.arraycopy(Timestamps.durations(mapped, chunk.size()), 0, out, from, chunk.size());
            } finally {
                Wgpu.bufferUnmap(timestamps.readback());
            }
            d.throwUncaptured("running " + names(chunk));
        }
        return out;
    }

    /** Submits {@code dispatches} in order in one command buffer, untimed, without waiting for them. */
    static void submit(WebGpuDevice d, List<Dispatch> dispatches) { submit(d, null, dispatches); }

    private static void submit(WebGpuDevice d, Timestamps timestamps, List<Dispatch> dispatches) {
        d.scoped("running " + names(dispatches), () -> {
            Commands.submit(d, names(dispatches), encoder -> {
                try (Arena arena = Arena.ofConfined()) {
                    for (int i = 0; i < dispatches.size(); i++) {
                        encodePass(encoder, dispatches.get(i), timestamps, i, arena);
                    }
                }
                if (timestamps != null) timestamps.encodeResolve(encoder, dispatches.size());
            });
            return null;
        });
    }

    private static void encodePass(MemorySegment encoder, Dispatch dispatch, Timestamps timestamps, int index,
                                   Arena arena) {
        MemorySegment desc = arena.allocate(COMPUTE_PASS_DESCRIPTOR);
        putString(desc, offset(COMPUTE_PASS_DESCRIPTOR, "label"), dispatch.pipeline().label(), arena);
        if (timestamps != null) {
            desc.set(PTR, offset(COMPUTE_PASS_DESCRIPTOR, "timestampWrites"), timestamps.writes(arena, index));
        }
        MemorySegment pass = Wgpu.encoderBeginComputePass(encoder, desc);
        try {
            Wgpu.passSetPipeline(pass, dispatch.pipeline().handle());
            Wgpu.passSetBindGroup(pass, 0, dispatch.bindings().handle());
            Wgpu.passDispatchWorkgroups(pass, dispatch.x(), dispatch.y(), dispatch.z());
            Wgpu.passEnd(pass);
        } finally {
            Wgpu.Release.COMPUTE_PASS.release(pass);
        }
    }

    /** {@code kernel 'a'} or {@code kernels 'a', 'b' (+3 more)}. */
    static String names(List<Dispatch> dispatches) {
        List<String> labels = dispatches.stream().map(x -> "'" + x.pipeline().label() + "'").distinct().toList();
        String shown = String.join(", ", labels.subList(0, Math.min(3, labels.size())));
        String more = labels.size() > 3 ? " (+" + (labels.size() - 3) + " more)" : "";
        return (labels.size() == 1 ? "kernel " : "kernels ") + shown + more;
    }
}
