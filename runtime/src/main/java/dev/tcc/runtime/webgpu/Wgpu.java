package dev.tcc.runtime.webgpu;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;

import static dev.tcc.runtime.webgpu.WebGpuAbi.ADAPTER_INFO;
import static dev.tcc.runtime.webgpu.WebGpuAbi.CALLBACK_INFO;
import static dev.tcc.runtime.webgpu.WebGpuAbi.PTR;
import static dev.tcc.runtime.webgpu.WebGpuAbi.U32;
import static dev.tcc.runtime.webgpu.WebGpuAbi.U64;

/**
 * The {@code wgpu*} functions tcc calls, as typed static methods over downcall handles. Names and argument
 * order are those of {@code webgpu.h}; {@code size_t} is a long. Functions returning {@code WGPUFuture}
 * are declared to return a long: a one-field {@code uint64_t} struct comes back in RAX on SysV x86_64,
 * exactly like a long, and the runtime waits on callbacks instead of futures.
 *
 * <p>Load {@link DawnLibrary#lookup} successfully before touching this class (its static initialiser binds
 * every symbol and would otherwise fail with an {@code ExceptionInInitializerError}).
 */
final class Wgpu {
    private Wgpu() {}

    private static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup LIB = DawnLibrary.lookup();

    private static MethodHandle fn(String name, MemoryLayout result, MemoryLayout... args) {
        MemorySegment symbol = LIB.find(name).orElseThrow(() -> new DawnMissingException(
                "libwebgpu_wrapper.so lacks " + name + ": not the pinned bun-webgpu-linux-x64@0.1.7; "
                        + DawnMissingException.LIBRARY_HINT));
        FunctionDescriptor fd = result == null ? FunctionDescriptor.ofVoid(args) : FunctionDescriptor.of(result, args);
        return LINKER.downcallHandle(symbol, fd);
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) return r;
        if (t instanceof Error e) throw e;
        return new IllegalStateException(t);
    }

    // ---- instance and adapter ----------------------------------------------------------------------------

    private static final MethodHandle CREATE_INSTANCE = fn("wgpuCreateInstance", PTR, PTR);
    private static final MethodHandle INSTANCE_REQUEST_ADAPTER = fn("wgpuInstanceRequestAdapter", U64, PTR, PTR,
            CALLBACK_INFO);
    private static final MethodHandle INSTANCE_PROCESS_EVENTS = fn("wgpuInstanceProcessEvents", null, PTR);
    private static final MethodHandle INSTANCE_RELEASE = fn("wgpuInstanceRelease", null, PTR);
    private static final MethodHandle ADAPTER_GET_INFO = fn("wgpuAdapterGetInfo", U32, PTR, PTR);
    private static final MethodHandle ADAPTER_INFO_FREE_MEMBERS = fn("wgpuAdapterInfoFreeMembers", null, ADAPTER_INFO);
    private static final MethodHandle ADAPTER_GET_LIMITS = fn("wgpuAdapterGetLimits", U32, PTR, PTR);
    private static final MethodHandle ADAPTER_HAS_FEATURE = fn("wgpuAdapterHasFeature", U32, PTR, U32);
    private static final MethodHandle ADAPTER_REQUEST_DEVICE = fn("wgpuAdapterRequestDevice", U64, PTR, PTR,
            CALLBACK_INFO);
    private static final MethodHandle ADAPTER_RELEASE = fn("wgpuAdapterRelease", null, PTR);

    static MemorySegment createInstance(MemorySegment descriptor) {
        try { return (MemorySegment) CREATE_INSTANCE.invokeExact(descriptor); }
        catch (Throwable t) { throw rethrow(t); }
    }

    static void instanceRequestAdapter(MemorySegment instance, MemorySegment options, MemorySegment callbackInfo) {
        try { long f = (long) INSTANCE_REQUEST_ADAPTER.invokeExact(instance, options, callbackInfo); }
        catch (Throwable t) { throw rethrow(t); }
    }

    static void instanceProcessEvents(MemorySegment instance) {
        try { INSTANCE_PROCESS_EVENTS.invokeExact(instance); } catch (Throwable t) { throw rethrow(t); }
    }

    static void instanceRelease(MemorySegment instance) {
        try { INSTANCE_RELEASE.invokeExact(instance); } catch (Throwable t) { throw rethrow(t); }
    }

    static int adapterGetInfo(MemorySegment adapter, MemorySegment info) {
        try { return (int) ADAPTER_GET_INFO.invokeExact(adapter, info); } catch (Throwable t) { throw rethrow(t); }
    }

    static void adapterInfoFreeMembers(MemorySegment info) {
        try { ADAPTER_INFO_FREE_MEMBERS.invokeExact(info); } catch (Throwable t) { throw rethrow(t); }
    }

    static int adapterGetLimits(MemorySegment adapter, MemorySegment limits) {
        try { return (int) ADAPTER_GET_LIMITS.invokeExact(adapter, limits); } catch (Throwable t) { throw rethrow(t); }
    }

    static boolean adapterHasFeature(MemorySegment adapter, int feature) {
        try { return (int) ADAPTER_HAS_FEATURE.invokeExact(adapter, feature) != 0; }
        catch (Throwable t) { throw rethrow(t); }
    }

    static void adapterRequestDevice(MemorySegment adapter, MemorySegment descriptor, MemorySegment callbackInfo) {
        try { long f = (long) ADAPTER_REQUEST_DEVICE.invokeExact(adapter, descriptor, callbackInfo); }
        catch (Throwable t) { throw rethrow(t); }
    }

    static void adapterRelease(MemorySegment adapter) {
        try { ADAPTER_RELEASE.invokeExact(adapter); } catch (Throwable t) { throw rethrow(t); }
    }

    // ---- device ----------------------------------------------------------------------------------------

    private static final MethodHandle DEVICE_GET_QUEUE = fn("wgpuDeviceGetQueue", PTR, PTR);
    private static final MethodHandle DEVICE_HAS_FEATURE = fn("wgpuDeviceHasFeature", U32, PTR, U32);
    private static final MethodHandle DEVICE_PUSH_ERROR_SCOPE = fn("wgpuDevicePushErrorScope", null, PTR, U32);
    private static final MethodHandle DEVICE_POP_ERROR_SCOPE = fn("wgpuDevicePopErrorScope", U64, PTR, CALLBACK_INFO);
    private static final MethodHandle DEVICE_DESTROY = fn("wgpuDeviceDestroy", null, PTR);
    private static final MethodHandle DEVICE_RELEASE = fn("wgpuDeviceRelease", null, PTR);
    private static final MethodHandle DEVICE_CREATE_BUFFER = fn("wgpuDeviceCreateBuffer", PTR, PTR, PTR);
    private static final MethodHandle DEVICE_CREATE_SHADER_MODULE = fn("wgpuDeviceCreateShaderModule", PTR, PTR, PTR);
    private static final MethodHandle DEVICE_CREATE_COMPUTE_PIPELINE = fn("wgpuDeviceCreateComputePipeline", PTR,
            PTR, PTR);
    private static final MethodHandle DEVICE_CREATE_BIND_GROUP_LAYOUT = fn("wgpuDeviceCreateBindGroupLayout", PTR,
            PTR, PTR);
    private static final MethodHandle DEVICE_CREATE_PIPELINE_LAYOUT = fn("wgpuDeviceCreatePipelineLayout", PTR,
            PTR, PTR);
    private static final MethodHandle DEVICE_CREATE_BIND_GROUP = fn("wgpuDeviceCreateBindGroup", PTR, PTR, PTR);
    private static final MethodHandle DEVICE_CREATE_COMMAND_ENCODER = fn("wgpuDeviceCreateCommandEncoder", PTR,
            PTR, PTR);
    private static final MethodHandle DEVICE_CREATE_QUERY_SET = fn("wgpuDeviceCreateQuerySet", PTR, PTR, PTR);

    static MemorySegment deviceGetQueue(MemorySegment device) {
        try { return (MemorySegment) DEVICE_GET_QUEUE.invokeExact(device); } catch (Throwable t) { throw rethrow(t); }
    }

    static boolean deviceHasFeature(MemorySegment device, int feature) {
        try { return (int) DEVICE_HAS_FEATURE.invokeExact(device, feature) != 0; }
        catch (Throwable t) { throw rethrow(t); }
    }

    static void devicePushErrorScope(MemorySegment device, int filter) {
        try { DEVICE_PUSH_ERROR_SCOPE.invokeExact(device, filter); } catch (Throwable t) { throw rethrow(t); }
    }

    static void devicePopErrorScope(MemorySegment device, MemorySegment callbackInfo) {
        try { long f = (long) DEVICE_POP_ERROR_SCOPE.invokeExact(device, callbackInfo); }
        catch (Throwable t) { throw rethrow(t); }
    }

    static void deviceDestroy(MemorySegment device) {
        try { DEVICE_DESTROY.invokeExact(device); } catch (Throwable t) { throw rethrow(t); }
    }

    static void deviceRelease(MemorySegment device) {
        try { DEVICE_RELEASE.invokeExact(device); } catch (Throwable t) { throw rethrow(t); }
    }

    static MemorySegment deviceCreateBuffer(MemorySegment device, MemorySegment descriptor) {
        return create(DEVICE_CREATE_BUFFER, device, descriptor);
    }

    static MemorySegment deviceCreateShaderModule(MemorySegment device, MemorySegment descriptor) {
        return create(DEVICE_CREATE_SHADER_MODULE, device, descriptor);
    }

    static MemorySegment deviceCreateComputePipeline(MemorySegment device, MemorySegment descriptor) {
        return create(DEVICE_CREATE_COMPUTE_PIPELINE, device, descriptor);
    }

    static MemorySegment deviceCreateBindGroupLayout(MemorySegment device, MemorySegment descriptor) {
        return create(DEVICE_CREATE_BIND_GROUP_LAYOUT, device, descriptor);
    }

    static MemorySegment deviceCreatePipelineLayout(MemorySegment device, MemorySegment descriptor) {
        return create(DEVICE_CREATE_PIPELINE_LAYOUT, device, descriptor);
    }

    static MemorySegment deviceCreateBindGroup(MemorySegment device, MemorySegment descriptor) {
        return create(DEVICE_CREATE_BIND_GROUP, device, descriptor);
    }

    static MemorySegment deviceCreateCommandEncoder(MemorySegment device, MemorySegment descriptor) {
        return create(DEVICE_CREATE_COMMAND_ENCODER, device, descriptor);
    }

    static MemorySegment deviceCreateQuerySet(MemorySegment device, MemorySegment descriptor) {
        return create(DEVICE_CREATE_QUERY_SET, device, descriptor);
    }

    private static MemorySegment create(MethodHandle h, MemorySegment device, MemorySegment descriptor) {
        try { return (MemorySegment) h.invokeExact(device, descriptor); } catch (Throwable t) { throw rethrow(t); }
    }

    // ---- queue, buffers ------------------------------------------------------------------------------------

    private static final MethodHandle QUEUE_WRITE_BUFFER = fn("wgpuQueueWriteBuffer", null, PTR, PTR, U64, PTR, U64);
    private static final MethodHandle QUEUE_SUBMIT = fn("wgpuQueueSubmit", null, PTR, U64, PTR);
    private static final MethodHandle QUEUE_ON_SUBMITTED_WORK_DONE = fn("wgpuQueueOnSubmittedWorkDone", U64, PTR,
            CALLBACK_INFO);
    private static final MethodHandle BUFFER_MAP_ASYNC = fn("wgpuBufferMapAsync", U64, PTR, U64, U64, U64,
            CALLBACK_INFO);
    private static final MethodHandle BUFFER_GET_CONST_MAPPED_RANGE = fn("wgpuBufferGetConstMappedRange", PTR, PTR,
            U64, U64);
    private static final MethodHandle BUFFER_UNMAP = fn("wgpuBufferUnmap", null, PTR);
    private static final MethodHandle BUFFER_DESTROY = fn("wgpuBufferDestroy", null, PTR);

    static void queueWriteBuffer(MemorySegment queue, MemorySegment buffer, long offset, MemorySegment data,
                                 long size) {
        try { QUEUE_WRITE_BUFFER.invokeExact(queue, buffer, offset, data, size); }
        catch (Throwable t) { throw rethrow(t); }
    }

    static void queueSubmit(MemorySegment queue, long count, MemorySegment commandBuffers) {
        try { QUEUE_SUBMIT.invokeExact(queue, count, commandBuffers); } catch (Throwable t) { throw rethrow(t); }
    }

    static void queueOnSubmittedWorkDone(MemorySegment queue, MemorySegment callbackInfo) {
        try { long f = (long) QUEUE_ON_SUBMITTED_WORK_DONE.invokeExact(queue, callbackInfo); }
        catch (Throwable t) { throw rethrow(t); }
    }

    static void bufferMapAsync(MemorySegment buffer, long mode, long offset, long size, MemorySegment callbackInfo) {
        try { long f = (long) BUFFER_MAP_ASYNC.invokeExact(buffer, mode, offset, size, callbackInfo); }
        catch (Throwable t) { throw rethrow(t); }
    }

    static MemorySegment bufferGetConstMappedRange(MemorySegment buffer, long offset, long size) {
        try { return (MemorySegment) BUFFER_GET_CONST_MAPPED_RANGE.invokeExact(buffer, offset, size); }
        catch (Throwable t) { throw rethrow(t); }
    }

    static void bufferUnmap(MemorySegment buffer) {
        try { BUFFER_UNMAP.invokeExact(buffer); } catch (Throwable t) { throw rethrow(t); }
    }

    static void bufferDestroy(MemorySegment buffer) {
        try { BUFFER_DESTROY.invokeExact(buffer); } catch (Throwable t) { throw rethrow(t); }
    }

    // ---- shaders, pipelines ------------------------------------------------------------------------------

    private static final MethodHandle SHADER_MODULE_GET_COMPILATION_INFO = fn("wgpuShaderModuleGetCompilationInfo",
            U64, PTR, CALLBACK_INFO);
    private static final MethodHandle COMPUTE_PIPELINE_GET_BIND_GROUP_LAYOUT = fn(
            "wgpuComputePipelineGetBindGroupLayout", PTR, PTR, U32);

    static void shaderModuleGetCompilationInfo(MemorySegment module, MemorySegment callbackInfo) {
        try { long f = (long) SHADER_MODULE_GET_COMPILATION_INFO.invokeExact(module, callbackInfo); }
        catch (Throwable t) { throw rethrow(t); }
    }

    static MemorySegment computePipelineGetBindGroupLayout(MemorySegment pipeline, int group) {
        try { return (MemorySegment) COMPUTE_PIPELINE_GET_BIND_GROUP_LAYOUT.invokeExact(pipeline, group); }
        catch (Throwable t) { throw rethrow(t); }
    }

    // ---- command encoding ----------------------------------------------------------------------------------

    private static final MethodHandle ENCODER_COPY_BUFFER_TO_BUFFER = fn("wgpuCommandEncoderCopyBufferToBuffer", null,
            PTR, PTR, U64, PTR, U64, U64);
    private static final MethodHandle ENCODER_BEGIN_COMPUTE_PASS = fn("wgpuCommandEncoderBeginComputePass", PTR,
            PTR, PTR);
    private static final MethodHandle ENCODER_RESOLVE_QUERY_SET = fn("wgpuCommandEncoderResolveQuerySet", null, PTR,
            PTR, U32, U32, PTR, U64);
    private static final MethodHandle ENCODER_FINISH = fn("wgpuCommandEncoderFinish", PTR, PTR, PTR);
    private static final MethodHandle PASS_SET_PIPELINE = fn("wgpuComputePassEncoderSetPipeline", null, PTR, PTR);
    private static final MethodHandle PASS_SET_BIND_GROUP = fn("wgpuComputePassEncoderSetBindGroup", null, PTR, U32,
            PTR, U64, PTR);
    private static final MethodHandle PASS_DISPATCH = fn("wgpuComputePassEncoderDispatchWorkgroups", null, PTR, U32,
            U32, U32);
    private static final MethodHandle PASS_END = fn("wgpuComputePassEncoderEnd", null, PTR);

    static void encoderCopyBufferToBuffer(MemorySegment encoder, MemorySegment src, long srcOffset, MemorySegment dst,
                                          long dstOffset, long size) {
        try { ENCODER_COPY_BUFFER_TO_BUFFER.invokeExact(encoder, src, srcOffset, dst, dstOffset, size); }
        catch (Throwable t) { throw rethrow(t); }
    }

    static MemorySegment encoderBeginComputePass(MemorySegment encoder, MemorySegment descriptor) {
        try { return (MemorySegment) ENCODER_BEGIN_COMPUTE_PASS.invokeExact(encoder, descriptor); }
        catch (Throwable t) { throw rethrow(t); }
    }

    static void encoderResolveQuerySet(MemorySegment encoder, MemorySegment querySet, int first, int count,
                                       MemorySegment destination, long destinationOffset) {
        try { ENCODER_RESOLVE_QUERY_SET.invokeExact(encoder, querySet, first, count, destination, destinationOffset); }
        catch (Throwable t) { throw rethrow(t); }
    }

    static MemorySegment encoderFinish(MemorySegment encoder, MemorySegment descriptor) {
        try { return (MemorySegment) ENCODER_FINISH.invokeExact(encoder, descriptor); }
        catch (Throwable t) { throw rethrow(t); }
    }

    static void passSetPipeline(MemorySegment pass, MemorySegment pipeline) {
        try { PASS_SET_PIPELINE.invokeExact(pass, pipeline); } catch (Throwable t) { throw rethrow(t); }
    }

    static void passSetBindGroup(MemorySegment pass, int index, MemorySegment group) {
        try { PASS_SET_BIND_GROUP.invokeExact(pass, index, group, 0L, MemorySegment.NULL); }
        catch (Throwable t) { throw rethrow(t); }
    }

    static void passDispatchWorkgroups(MemorySegment pass, int x, int y, int z) {
        try { PASS_DISPATCH.invokeExact(pass, x, y, z); } catch (Throwable t) { throw rethrow(t); }
    }

    static void passEnd(MemorySegment pass) {
        try { PASS_END.invokeExact(pass); } catch (Throwable t) { throw rethrow(t); }
    }

    // ---- releases --------------------------------------------------------------------------------------

    /** The {@code wgpu<Type>Release} functions, one per object type this runtime creates. */
    enum Release {
        BUFFER("wgpuBufferRelease"), SHADER_MODULE("wgpuShaderModuleRelease"),
        COMPUTE_PIPELINE("wgpuComputePipelineRelease"), BIND_GROUP_LAYOUT("wgpuBindGroupLayoutRelease"),
        PIPELINE_LAYOUT("wgpuPipelineLayoutRelease"), BIND_GROUP("wgpuBindGroupRelease"),
        COMMAND_ENCODER("wgpuCommandEncoderRelease"), COMMAND_BUFFER("wgpuCommandBufferRelease"),
        COMPUTE_PASS("wgpuComputePassEncoderRelease"), QUERY_SET("wgpuQuerySetRelease"), QUEUE("wgpuQueueRelease");

        private final MethodHandle handle;

        Release(String symbol) { handle = fn(symbol, null, PTR); }

        /** Drops tcc's reference to {@code object}; a NULL handle is ignored. */
        void release(MemorySegment object) {
            if (object == null || object.equals(MemorySegment.NULL)) return;
            try { handle.invokeExact(object); } catch (Throwable t) { throw rethrow(t); }
        }
    }
}
