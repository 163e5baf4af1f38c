package dev.tcc.runtime.webgpu;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import static dev.tcc.runtime.webgpu.WebGpuAbi.COMPILATION_INFO;
import static dev.tcc.runtime.webgpu.WebGpuAbi.COMPILATION_MESSAGE;
import static dev.tcc.runtime.webgpu.WebGpuAbi.PTR;
import static dev.tcc.runtime.webgpu.WebGpuAbi.STRING_VIEW;
import static dev.tcc.runtime.webgpu.WebGpuAbi.U32;
import static dev.tcc.runtime.webgpu.WebGpuAbi.U64;
import static dev.tcc.runtime.webgpu.WebGpuAbi.getString;
import static dev.tcc.runtime.webgpu.WebGpuAbi.offset;

/**
 * Dawn's callbacks into Java: one upcall stub per callback signature for the whole JVM, and a table from the
 * {@code userdata1} number each request carries to the Java object that receives the outcome.
 *
 * <p>Why not a stub per request: Dawn may call a callback late, e.g. a device-lost callback with reason
 * "callback cancelled" while the device is being released. A stub freed with its owner's arena would then
 * crash the JVM; a global stub finding no target for its number just returns. Every upcall catches all
 * throwables, since an exception escaping an upcall ends the JVM.
 */
final class Callbacks {
    private Callbacks() {}

    /** What one asynchronous request delivered. {@link #done} is written last. */
    static final class Outcome {
        volatile boolean done;
        int status;
        int type;
        MemorySegment handle = MemorySegment.NULL;
        String message = "";
        List<CompilationMessage> messages = List.of();
    }

    /** An {@link Outcome} registered under a number for as long as the request is open. */
    static final class Pending implements AutoCloseable {
        final Outcome outcome = new Outcome();
        final long id = register(outcome);

        @Override
        public void close() { unregister(id); }
    }

    /** Receives a device's spontaneous events; called on any thread. */
    interface DeviceEvents {
        void uncapturedError(int type, String message);

        void lost(int reason, String message);
    }

    private static final AtomicLong NEXT_ID = new AtomicLong(1);
    private static final ConcurrentHashMap<Long, Object> TARGETS = new ConcurrentHashMap<>();

    /** Registers {@code target}; the number goes into {@code userdata1}. */
    static long register(Object target) {
        long id = NEXT_ID.getAndIncrement();
        TARGETS.put(id, target);
        return id;
    }

    static void unregister(long id) { TARGETS.remove(id); }

    /** {@code void(status, handle, WGPUStringView message, ud1, ud2)}: RequestAdapter and RequestDevice. */
    static final MemorySegment REQUEST = stub("onRequest",
            FunctionDescriptor.ofVoid(U32, PTR, STRING_VIEW, PTR, PTR));
    /** {@code void(WGPUMapAsyncStatus, WGPUStringView message, ud1, ud2)}. */
    static final MemorySegment BUFFER_MAP = stub("onBufferMap", FunctionDescriptor.ofVoid(U32, STRING_VIEW, PTR, PTR));
    /**
     * {@code void(WGPUQueueWorkDoneStatus, WGPUStringView message, ud1, ud2)}: this Dawn passes a message, which
     * older {@code webgpu.h} (and bun-webgpu's binding, which ignores userdata) lack; without it the userdata
     * number is read from the message pointer and the wait times out.
     */
    static final MemorySegment WORK_DONE = stub("onWorkDone", FunctionDescriptor.ofVoid(U32, STRING_VIEW, PTR, PTR));
    /** {@code void(status, WGPUCompilationInfo const*, ud1, ud2)}. */
    static final MemorySegment COMPILATION = stub("onCompilationInfo", FunctionDescriptor.ofVoid(U32, PTR, PTR, PTR));
    /** {@code void(WGPUPopErrorScopeStatus, WGPUErrorType, WGPUStringView message, ud1, ud2)}. */
    static final MemorySegment POP_ERROR_SCOPE = stub("onPopErrorScope",
            FunctionDescriptor.ofVoid(U32, U32, STRING_VIEW, PTR, PTR));
    /** {@code void(WGPUDevice const*, WGPUErrorType, WGPUStringView message, ud1, ud2)}. */
    static final MemorySegment UNCAPTURED_ERROR = stub("onUncapturedError",
            FunctionDescriptor.ofVoid(PTR, U32, STRING_VIEW, PTR, PTR));
    /** {@code void(WGPUDevice const*, WGPUDeviceLostReason, WGPUStringView message, ud1, ud2)}. */
    static final MemorySegment DEVICE_LOST = stub("onDeviceLost",
            FunctionDescriptor.ofVoid(PTR, U32, STRING_VIEW, PTR, PTR));

    private static MemorySegment stub(String method, FunctionDescriptor fd) {
        try {
            var handle = MethodHandles.lookup().findStatic(Callbacks.class, method, fd.toMethodType());
            return Linker.nativeLinker().upcallStub(handle, fd, Arena.global());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no upcall " + method + fd.toMethodType(), e);
        }
    }

    private static Outcome outcome(MemorySegment userdata1) {
        return TARGETS.get(userdata1.address()) instanceof Outcome o ? o : null;
    }

    private static void onRequest(int status, MemorySegment handle, MemorySegment message, MemorySegment ud1,
                                  MemorySegment ud2) {
        try {
            Outcome o = outcome(ud1);
            if (o == null) return;
            o.status = status;
            o.handle = handle;
            o.message = getString(message, 0);
            o.done = true;
        } catch (Throwable ignored) {
            // nothing may escape an upcall; the waiter times out with its own message
        }
    }

    private static void onBufferMap(int status, MemorySegment message, MemorySegment ud1, MemorySegment ud2) {
        try {
            Outcome o = outcome(ud1);
            if (o == null) return;
            o.status = status;
            o.message = getString(message, 0);
            o.done = true;
        } catch (Throwable ignored) {
            // see onRequest
        }
    }

    private static void onWorkDone(int status, MemorySegment message, MemorySegment ud1, MemorySegment ud2) {
        try {
            Outcome o = outcome(ud1);
            if (o == null) return;
            o.status = status;
            o.message = getString(message, 0);
            o.done = true;
        } catch (Throwable ignored) {
            // see onRequest
        }
    }

    private static void onCompilationInfo(int status, MemorySegment info, MemorySegment ud1, MemorySegment ud2) {
        try {
            Outcome o = outcome(ud1);
            if (o == null) return;
            o.status = status;
            if (!info.equals(MemorySegment.NULL)) o.messages = messages(info.reinterpret(COMPILATION_INFO.byteSize()));
            o.done = true;
        } catch (Throwable t) {
            Outcome o = outcome(ud1);
            if (o != null) {
                o.message = "reading the compilation info failed: " + t;
                o.done = true;
            }
        }
    }

    private static List<CompilationMessage> messages(MemorySegment info) {
        long count = info.get(U64, offset(COMPILATION_INFO, "messageCount"));
        MemorySegment array = info.get(PTR, offset(COMPILATION_INFO, "messages"))
                .reinterpret(count * COMPILATION_MESSAGE.byteSize());
        List<CompilationMessage> out = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            MemorySegment m = array.asSlice(i * COMPILATION_MESSAGE.byteSize(), COMPILATION_MESSAGE.byteSize());
            int type = m.get(U32, offset(COMPILATION_MESSAGE, "type"));
            CompilationMessage.Kind kind = switch (type) {
                case WebGpuAbi.COMPILATION_MESSAGE_ERROR -> CompilationMessage.Kind.ERROR;
                case WebGpuAbi.COMPILATION_MESSAGE_WARNING -> CompilationMessage.Kind.WARNING;
                default -> CompilationMessage.Kind.INFO;
            };
            out.add(new CompilationMessage(kind, m.get(U64, offset(COMPILATION_MESSAGE, "lineNum")),
                    m.get(U64, offset(COMPILATION_MESSAGE, "linePos")),
                    m.get(U64, offset(COMPILATION_MESSAGE, "offset")),
                    m.get(U64, offset(COMPILATION_MESSAGE, "length")),
                    getString(m, offset(COMPILATION_MESSAGE, "message"))));
        }
        return out;
    }

    private static void onPopErrorScope(int status, int type, MemorySegment message, MemorySegment ud1,
                                        MemorySegment ud2) {
        try {
            Outcome o = outcome(ud1);
            if (o == null) return;
            o.status = status;
            o.type = type;
            o.message = getString(message, 0);
            o.done = true;
        } catch (Throwable ignored) {
            // see onRequest
        }
    }

    private static void onUncapturedError(MemorySegment device, int type, MemorySegment message, MemorySegment ud1,
                                          MemorySegment ud2) {
        try {
            if (TARGETS.get(ud1.address()) instanceof DeviceEvents d) d.uncapturedError(type, getString(message, 0));
        } catch (Throwable ignored) {
            // see onRequest
        }
    }

    private static void onDeviceLost(MemorySegment device, int reason, MemorySegment message, MemorySegment ud1,
                                     MemorySegment ud2) {
        try {
            if (TARGETS.get(ud1.address()) instanceof DeviceEvents d) d.lost(reason, getString(message, 0));
        } catch (Throwable ignored) {
            // see onRequest
        }
    }
}
