package dev.tcc.ir.kernel.interp;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * The barrier the work-items of one interpreted workgroup meet at. Work-items that finish leave, so a
 * barrier some work-items skip still releases the rest (the interpreter then reports the mismatch);
 * {@link #abort} wakes everyone when one work-item fails. Waiters park and the last arrival unparks
 * them: no spinning and no monitor hand-over storm, which matters with hundreds of virtual threads on
 * a few cores.
 */
final class GroupBarrier {
    /** Thrown in work-items waiting at a barrier after another work-item failed. */
    static final class Aborted extends RuntimeException {
        Aborted() { super(null, null, false, false); }
    }

    private int parties;
    private List<Thread> waiting = new ArrayList<>();
    private volatile long generation;
    private volatile boolean aborted;

    GroupBarrier(int parties) { this.parties = parties; }

    /** Waits until every work-item still running has arrived. */
    void await() {
        long gen;
        List<Thread> release;
        synchronized (this) {
            if (aborted) throw new Aborted();
            gen = generation;
            waiting.add(Thread.currentThread());
            release = waiting.size() == parties ? advance() : null;
        }
        if (release != null) {
            release.forEach(LockSupport::unpark);
            return;
        }
        while (generation == gen && !aborted) LockSupport.park(this);
        if (aborted) throw new Aborted();
    }

    /** A work-item finished: the others no longer wait for it. */
    void leave() {
        List<Thread> release;
        synchronized (this) {
            parties--;
            release = !waiting.isEmpty() && waiting.size() == parties ? advance() : null;
        }
        if (release != null) release.forEach(LockSupport::unpark);
    }

    void abort() {
        List<Thread> release;
        synchronized (this) {
            aborted = true;
            release = waiting;
            waiting = new ArrayList<>();
        }
        release.forEach(LockSupport::unpark);
    }

    /** Starts the next generation and returns the threads to wake. Caller holds the lock. */
    private List<Thread> advance() {
        List<Thread> release = waiting;
        waiting = new ArrayList<>();
        generation++;
        return release;
    }
}
