package dev.tcc.runtime.webgpu;

import java.lang.foreign.AddressLayout;
import java.lang.foreign.Arena;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.MemoryLayout.paddingLayout;
import static java.lang.foreign.MemoryLayout.structLayout;
import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * Every hand-written struct layout and constant of Dawn's {@code webgpu.h} that tcc uses, in one place.
 *
 * <p>The library ({@code libwebgpu_wrapper.so} of npm {@code bun-webgpu-linux-x64@0.1.7}) ships no header, so
 * these follow the standard {@code webgpu.h} of that Dawn revision on x86_64 (pointers and {@code size_t} 8
 * bytes, enums and {@code WGPUBool} 4 bytes, bit flags 8 bytes). A wrong offset does not fail loudly: Dawn
 * reads a zero and falls back to a default, or ignores a field. Two checks guard against that:
 * {@link #checkLayouts} compares each size with the number the header gives (run when this class loads),
 * and {@link WebGpuDevice#open} runs a vector add and sanity-checks the adapter's limits once per JVM
 * (the "known-good run"). Fields this runtime never sets are padding here and stay zero, which is each
 * field's {@code *_INIT} default in {@code webgpu.h}.
 */
final class WebGpuAbi {
    private WebGpuAbi() {}

    // ---- primitive shapes ------------------------------------------------------------------------------

    static final AddressLayout PTR = ADDRESS;
    static final ValueLayout.OfInt U32 = JAVA_INT;
    static final ValueLayout.OfLong U64 = JAVA_LONG;

    /** {@code WGPUStringView {char const* data; size_t length}}; length {@link #STRLEN} means NUL-terminated. */
    static final StructLayout STRING_VIEW = structLayout(PTR.withName("data"), U64.withName("length"));
    /** {@code WGPU_STRLEN}: the string is NUL-terminated. */
    static final long STRLEN = -1L;
    /** {@code WGPU_WHOLE_SIZE}: bind the buffer from the offset to its end. */
    static final long WHOLE_SIZE = -1L;
    /** {@code WGPU_QUERY_SET_INDEX_UNDEFINED}. */
    static final int QUERY_SET_INDEX_UNDEFINED = -1;

    /** {@code WGPUFuture {uint64_t id}}, returned by value (one INTEGER register on SysV, like a long). */
    static final StructLayout FUTURE = structLayout(U64.withName("id"));

    /**
     * Every {@code WGPU*CallbackInfo} that has a mode: {@code {next; WGPUCallbackMode mode; callback; userdata1;
     * userdata2}}, passed by value (40 bytes, so in memory).
     */
    static final StructLayout CALLBACK_INFO = structLayout(PTR.withName("next"), U32.withName("mode"),
            paddingLayout(4), PTR.withName("callback"), PTR.withName("userdata1"), PTR.withName("userdata2"));
    /** {@code WGPUUncapturedErrorCallbackInfo}: no mode, always spontaneous. */
    static final StructLayout UNCAPTURED_ERROR_CALLBACK_INFO = structLayout(PTR.withName("next"),
            PTR.withName("callback"), PTR.withName("userdata1"), PTR.withName("userdata2"));

    // ---- descriptors -----------------------------------------------------------------------------------

    static final StructLayout CHAINED_STRUCT = structLayout(PTR.withName("next"), U32.withName("sType"),
            paddingLayout(4));

    static final StructLayout REQUEST_ADAPTER_OPTIONS = structLayout(PTR.withName("nextInChain"),
            U32.withName("featureLevel"), U32.withName("powerPreference"), U32.withName("forceFallbackAdapter"),
            U32.withName("backendType"), PTR.withName("compatibleSurface"));

    static final StructLayout ADAPTER_INFO = structLayout(PTR.withName("nextInChain"),
            STRING_VIEW.withName("vendor"), STRING_VIEW.withName("architecture"), STRING_VIEW.withName("device"),
            STRING_VIEW.withName("description"), U32.withName("backendType"), U32.withName("adapterType"),
            U32.withName("vendorID"), U32.withName("deviceID"), U32.withName("subgroupMinSize"),
            U32.withName("subgroupMaxSize"));

    /** {@code WGPULimits}; u64 fields are the three sizes, the rest u32. */
    static final StructLayout LIMITS = structLayout(PTR.withName("nextInChain"),
            U32.withName("maxTextureDimension1D"), U32.withName("maxTextureDimension2D"),
            U32.withName("maxTextureDimension3D"), U32.withName("maxTextureArrayLayers"),
            U32.withName("maxBindGroups"), U32.withName("maxBindGroupsPlusVertexBuffers"),
            U32.withName("maxBindingsPerBindGroup"), U32.withName("maxDynamicUniformBuffersPerPipelineLayout"),
            U32.withName("maxDynamicStorageBuffersPerPipelineLayout"), U32.withName("maxSampledTexturesPerShaderStage"),
            U32.withName("maxSamplersPerShaderStage"), U32.withName("maxStorageBuffersPerShaderStage"),
            U32.withName("maxStorageTexturesPerShaderStage"), U32.withName("maxUniformBuffersPerShaderStage"),
            U64.withName("maxUniformBufferBindingSize"), U64.withName("maxStorageBufferBindingSize"),
            U32.withName("minUniformBufferOffsetAlignment"), U32.withName("minStorageBufferOffsetAlignment"),
            U32.withName("maxVertexBuffers"), paddingLayout(4), U64.withName("maxBufferSize"),
            U32.withName("maxVertexAttributes"), U32.withName("maxVertexBufferArrayStride"),
            U32.withName("maxInterStageShaderVariables"), U32.withName("maxColorAttachments"),
            U32.withName("maxColorAttachmentBytesPerSample"), U32.withName("maxComputeWorkgroupStorageSize"),
            U32.withName("maxComputeInvocationsPerWorkgroup"), U32.withName("maxComputeWorkgroupSizeX"),
            U32.withName("maxComputeWorkgroupSizeY"), U32.withName("maxComputeWorkgroupSizeZ"),
            U32.withName("maxComputeWorkgroupsPerDimension"), U32.withName("maxImmediateSize"),
            U32.withName("maxStorageBuffersInVertexStage"), U32.withName("maxStorageTexturesInVertexStage"),
            U32.withName("maxStorageBuffersInFragmentStage"), U32.withName("maxStorageTexturesInFragmentStage"));
    /**
     * Bytes allocated for a {@code WGPULimits} Dawn writes: more than {@link #LIMITS} in case this Dawn has
     * fields the layout lacks, so a newer tail lands in zeroed memory of ours instead of past it.
     */
    static final long LIMITS_ALLOCATION = 512;

    static final StructLayout QUEUE_DESCRIPTOR = structLayout(PTR.withName("nextInChain"),
            STRING_VIEW.withName("label"));

    static final StructLayout DEVICE_DESCRIPTOR = structLayout(PTR.withName("nextInChain"),
            STRING_VIEW.withName("label"), U64.withName("requiredFeatureCount"), PTR.withName("requiredFeatures"),
            PTR.withName("requiredLimits"), QUEUE_DESCRIPTOR.withName("defaultQueue"),
            CALLBACK_INFO.withName("deviceLostCallbackInfo"),
            UNCAPTURED_ERROR_CALLBACK_INFO.withName("uncapturedErrorCallbackInfo"));

    /** {@code WGPUDawnTogglesDescriptor}, chained to the device descriptor. */
    static final StructLayout DAWN_TOGGLES_DESCRIPTOR = structLayout(CHAINED_STRUCT.withName("chain"),
            U64.withName("enabledToggleCount"), PTR.withName("enabledToggles"),
            U64.withName("disabledToggleCount"), PTR.withName("disabledToggles"));

    static final StructLayout BUFFER_DESCRIPTOR = structLayout(PTR.withName("nextInChain"),
            STRING_VIEW.withName("label"), U64.withName("usage"), U64.withName("size"),
            U32.withName("mappedAtCreation"), paddingLayout(4));

    static final StructLayout SHADER_MODULE_DESCRIPTOR = structLayout(PTR.withName("nextInChain"),
            STRING_VIEW.withName("label"));
    static final StructLayout SHADER_SOURCE_WGSL = structLayout(CHAINED_STRUCT.withName("chain"),
            STRING_VIEW.withName("code"));

    static final StructLayout COMPILATION_INFO = structLayout(PTR.withName("nextInChain"),
            U64.withName("messageCount"), PTR.withName("messages"));
    static final StructLayout COMPILATION_MESSAGE = structLayout(PTR.withName("nextInChain"),
            STRING_VIEW.withName("message"), U32.withName("type"), paddingLayout(4), U64.withName("lineNum"),
            U64.withName("linePos"), U64.withName("offset"), U64.withName("length"));

    static final StructLayout COMPUTE_STATE = structLayout(PTR.withName("nextInChain"), PTR.withName("module"),
            STRING_VIEW.withName("entryPoint"), U64.withName("constantCount"), PTR.withName("constants"));
    static final StructLayout COMPUTE_PIPELINE_DESCRIPTOR = structLayout(PTR.withName("nextInChain"),
            STRING_VIEW.withName("label"), PTR.withName("layout"), COMPUTE_STATE.withName("compute"));

    static final StructLayout BUFFER_BINDING_LAYOUT = structLayout(PTR.withName("nextInChain"),
            U32.withName("type"), U32.withName("hasDynamicOffset"), U64.withName("minBindingSize"));
    /**
     * {@code WGPUBindGroupLayoutEntry}. This Dawn has {@code bindingArraySize} after {@code visibility}
     * (bun-webgpu found the entry rejected as "had none of buffer, sampler, ..." without it); the sampler,
     * texture and storage-texture members stay zero, which is their {@code BindingNotUsed}.
     */
    static final StructLayout BIND_GROUP_LAYOUT_ENTRY = structLayout(PTR.withName("nextInChain"),
            U32.withName("binding"), paddingLayout(4), U64.withName("visibility"),
            U32.withName("bindingArraySize"), paddingLayout(4), BUFFER_BINDING_LAYOUT.withName("buffer"),
            paddingLayout(16).withName("sampler"), paddingLayout(24).withName("texture"),
            paddingLayout(24).withName("storageTexture"));
    static final StructLayout BIND_GROUP_LAYOUT_DESCRIPTOR = structLayout(PTR.withName("nextInChain"),
            STRING_VIEW.withName("label"), U64.withName("entryCount"), PTR.withName("entries"));
    static final StructLayout PIPELINE_LAYOUT_DESCRIPTOR = structLayout(PTR.withName("nextInChain"),
            STRING_VIEW.withName("label"), U64.withName("bindGroupLayoutCount"), PTR.withName("bindGroupLayouts"),
            U32.withName("immediateSize"), paddingLayout(4));

    static final StructLayout BIND_GROUP_ENTRY = structLayout(PTR.withName("nextInChain"), U32.withName("binding"),
            paddingLayout(4), PTR.withName("buffer"), U64.withName("offset"), U64.withName("size"),
            PTR.withName("sampler"), PTR.withName("textureView"));
    static final StructLayout BIND_GROUP_DESCRIPTOR = structLayout(PTR.withName("nextInChain"),
            STRING_VIEW.withName("label"), PTR.withName("layout"), U64.withName("entryCount"),
            PTR.withName("entries"));

    static final StructLayout COMMAND_ENCODER_DESCRIPTOR = structLayout(PTR.withName("nextInChain"),
            STRING_VIEW.withName("label"));
    static final StructLayout PASS_TIMESTAMP_WRITES = structLayout(PTR.withName("nextInChain"),
            PTR.withName("querySet"), U32.withName("beginningOfPassWriteIndex"), U32.withName("endOfPassWriteIndex"));
    static final StructLayout COMPUTE_PASS_DESCRIPTOR = structLayout(PTR.withName("nextInChain"),
            STRING_VIEW.withName("label"), PTR.withName("timestampWrites"));
    static final StructLayout QUERY_SET_DESCRIPTOR = structLayout(PTR.withName("nextInChain"),
            STRING_VIEW.withName("label"), U32.withName("type"), U32.withName("count"));

    /** The sizes {@code webgpu.h} gives on x86_64, checked by {@link #checkLayouts}. */
    private static final List<Expected> EXPECTED_SIZES = List.of(
            new Expected("WGPUStringView", STRING_VIEW, 16),
            new Expected("WGPU*CallbackInfo", CALLBACK_INFO, 40),
            new Expected("WGPUUncapturedErrorCallbackInfo", UNCAPTURED_ERROR_CALLBACK_INFO, 32),
            new Expected("WGPURequestAdapterOptions", REQUEST_ADAPTER_OPTIONS, 32),
            new Expected("WGPUAdapterInfo", ADAPTER_INFO, 96),
            new Expected("WGPULimits", LIMITS, 168),
            new Expected("WGPUDeviceDescriptor", DEVICE_DESCRIPTOR, 144),
            new Expected("WGPUDawnTogglesDescriptor", DAWN_TOGGLES_DESCRIPTOR, 48),
            new Expected("WGPUBufferDescriptor", BUFFER_DESCRIPTOR, 48),
            new Expected("WGPUShaderModuleDescriptor", SHADER_MODULE_DESCRIPTOR, 24),
            new Expected("WGPUShaderSourceWGSL", SHADER_SOURCE_WGSL, 32),
            new Expected("WGPUCompilationInfo", COMPILATION_INFO, 24),
            new Expected("WGPUCompilationMessage", COMPILATION_MESSAGE, 64),
            new Expected("WGPUComputePipelineDescriptor", COMPUTE_PIPELINE_DESCRIPTOR, 80),
            new Expected("WGPUBindGroupLayoutEntry", BIND_GROUP_LAYOUT_ENTRY, 120),
            new Expected("WGPUBindGroupEntry", BIND_GROUP_ENTRY, 56),
            new Expected("WGPUBindGroupDescriptor", BIND_GROUP_DESCRIPTOR, 48),
            new Expected("WGPUPassTimestampWrites", PASS_TIMESTAMP_WRITES, 24),
            new Expected("WGPUComputePassDescriptor", COMPUTE_PASS_DESCRIPTOR, 32),
            new Expected("WGPUQuerySetDescriptor", QUERY_SET_DESCRIPTOR, 32));

    private record Expected(String name, MemoryLayout layout, long bytes) {}

    // ---- constants -------------------------------------------------------------------------------------

    static final int CALLBACK_MODE_ALLOW_PROCESS_EVENTS = 2;
    static final int CALLBACK_MODE_ALLOW_SPONTANEOUS = 3;

    static final int STYPE_SHADER_SOURCE_WGSL = 0x2;
    static final int STYPE_DAWN_TOGGLES_DESCRIPTOR = 0x5000A;

    static final int BACKEND_NULL = 1;
    static final int BACKEND_VULKAN = 6;
    static final List<String> BACKEND_NAMES = List.of("undefined", "null", "webgpu", "d3d11", "d3d12", "metal",
            "vulkan", "opengl", "opengles");
    static final List<String> ADAPTER_TYPE_NAMES = List.of("?", "discrete GPU", "integrated GPU", "CPU", "unknown");

    static final int FEATURE_TIMESTAMP_QUERY = 0x03;
    static final int FEATURE_SHADER_F16 = 0x0A;
    static final int FEATURE_SUBGROUPS = 0x11;

    /** {@code WGPUStatus_Success}; also {@code RequestAdapterStatus}, {@code MapAsyncStatus}, ... Success. */
    static final int STATUS_SUCCESS = 1;

    static final int ERROR_TYPE_NO_ERROR = 1;
    static final List<String> ERROR_TYPE_NAMES = List.of("?", "no error", "validation error", "out of memory",
            "internal error", "unknown error");
    static final int ERROR_FILTER_VALIDATION = 1;
    static final int ERROR_FILTER_OUT_OF_MEMORY = 2;
    static final int ERROR_FILTER_INTERNAL = 3;

    static final List<String> DEVICE_LOST_REASON_NAMES = List.of("?", "unknown", "destroyed", "callback cancelled",
            "failed creation");
    static final int DEVICE_LOST_DESTROYED = 2;
    static final int DEVICE_LOST_CALLBACK_CANCELLED = 3;

    static final int COMPILATION_MESSAGE_ERROR = 1;
    static final int COMPILATION_MESSAGE_WARNING = 2;

    static final long BUFFER_USAGE_MAP_READ = 0x1;
    static final long BUFFER_USAGE_COPY_SRC = 0x4;
    static final long BUFFER_USAGE_COPY_DST = 0x8;
    static final long BUFFER_USAGE_UNIFORM = 0x40;
    static final long BUFFER_USAGE_STORAGE = 0x80;
    static final long BUFFER_USAGE_QUERY_RESOLVE = 0x200;
    static final long MAP_MODE_READ = 0x1;
    static final long SHADER_STAGE_COMPUTE = 0x4;

    static final int BUFFER_BINDING_UNIFORM = 2;
    static final int BUFFER_BINDING_STORAGE = 3;
    static final int BUFFER_BINDING_READ_ONLY_STORAGE = 4;

    static final int QUERY_TYPE_TIMESTAMP = 2;

    // ---- helpers ---------------------------------------------------------------------------------------

    /** The byte offset of a (nested) field, e.g. {@code offset(DEVICE_DESCRIPTOR, "defaultQueue", "label")}. */
    static long offset(MemoryLayout layout, String... path) {
        MemoryLayout.PathElement[] elements = new MemoryLayout.PathElement[path.length];
        for (int i = 0; i < path.length; i++) elements[i] = groupElement(path[i]);
        return layout.byteOffset(elements);
    }

    /** Writes a {@code WGPUStringView} of {@code text} (NUL-terminated copy in {@code arena}) at {@code at}. */
    static void putString(MemorySegment struct, long at, String text, Arena arena) {
        if (text == null) {
            struct.set(PTR, at, MemorySegment.NULL);
            struct.set(U64, at + 8, STRLEN);
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        MemorySegment data = arena.allocate(bytes.length + 1L);
        MemorySegment.copy(bytes, 0, data, ValueLayout.JAVA_BYTE, 0, bytes.length);
        struct.set(PTR, at, data);
        struct.set(U64, at + 8, bytes.length);
    }

    /** Reads the {@code WGPUStringView} at {@code at}; {@code ""} for a null view. */
    static String getString(MemorySegment struct, long at) {
        MemorySegment data = struct.get(PTR, at);
        long length = struct.get(U64, at + 8);
        if (data.equals(MemorySegment.NULL)) return "";
        if (length == STRLEN) return data.reinterpret(Long.MAX_VALUE).getString(0);
        byte[] bytes = data.reinterpret(length).toArray(ValueLayout.JAVA_BYTE);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** A {@code WGPU*CallbackInfo} with {@code mode} that calls {@code stub} with {@code id} as userdata1. */
    static MemorySegment callbackInfo(Arena arena, MemorySegment stub, long id, int mode) {
        MemorySegment info = arena.allocate(CALLBACK_INFO);
        info.set(U32, offset(CALLBACK_INFO, "mode"), mode);
        info.set(PTR, offset(CALLBACK_INFO, "callback"), stub);
        info.set(PTR, offset(CALLBACK_INFO, "userdata1"), MemorySegment.ofAddress(id));
        return info;
    }

    static String nameOf(List<String> names, int value) {
        return value >= 0 && value < names.size() ? names.get(value) : "0x" + Integer.toHexString(value);
    }

    /**
     * Compares every layout's size with {@code webgpu.h}; returns the mismatches (empty when all agree). A
     * mismatch means a layout here was edited wrongly, not that Dawn changed: that the vector-add self-test
     * catches.
     */
    static List<String> checkLayouts() {
        List<String> wrong = new ArrayList<>();
        for (Expected e : EXPECTED_SIZES) {
            long actual = e.layout().byteSize();
            if (actual != e.bytes()) wrong.add(e.name() + " is " + actual + " bytes, webgpu.h says " + e.bytes());
        }
        long[][] offsets = {
                {offset(DEVICE_DESCRIPTOR, "uncapturedErrorCallbackInfo"), 112},
                {offset(REQUEST_ADAPTER_OPTIONS, "backendType"), 20},
                {offset(ADAPTER_INFO, "backendType"), 72},
                {offset(LIMITS, "maxBufferSize"), 96},
                {offset(LIMITS, "maxComputeWorkgroupsPerDimension"), 144},
                {offset(COMPUTE_PIPELINE_DESCRIPTOR, "compute", "module"), 40},
                {offset(BIND_GROUP_LAYOUT_ENTRY, "buffer", "type"), 40},
                {offset(COMPILATION_MESSAGE, "lineNum"), 32},
        };
        for (long[] o : offsets) {
            if (o[0] != o[1]) wrong.add("a field offset is " + o[0] + ", webgpu.h says " + o[1]);
        }
        return wrong;
    }
}
