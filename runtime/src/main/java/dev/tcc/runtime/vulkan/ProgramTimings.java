package dev.tcc.runtime.vulkan;

import java.util.List;

/**
 * How long one run of a program took.
 *
 * @param dispatchNanos device time of each dispatch, from timestamps written just before and after it;
 *                      empty when the queue takes no timestamps
 * @param hostNanos     host wall time from submission to the fence's signal
 */
public record ProgramTimings(List<Long> dispatchNanos, long hostNanos) {
    public ProgramTimings {
        dispatchNanos = List.copyOf(dispatchNanos);
    }

    /** Sum of the dispatch times; 0 without timestamps. */
    public long totalDispatchNanos() { return dispatchNanos.stream().mapToLong(Long::longValue).sum(); }
}
