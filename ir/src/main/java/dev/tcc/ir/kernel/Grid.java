package dev.tcc.ir.kernel;

import java.util.List;

/**
 * A launch grid in one to three dimensions: {@code groups[d]} workgroups of {@code workgroupSize[d]}
 * work-items along dimension {@code d}. The global size is their product, so it is always a multiple of
 * the workgroup size (as OpenCL 1.2 requires); kernels guard the tail themselves.
 */
public record Grid(List<Long> groups, List<Integer> workgroupSize) {

    public Grid {
        groups = List.copyOf(groups);
        workgroupSize = List.copyOf(workgroupSize);
        if (groups.isEmpty() || groups.size() > 3 || groups.size() != workgroupSize.size()) {
            throw new KernelIrException("grid needs 1 to 3 dimensions with as many group counts as workgroup sizes, got "
                    + groups + " x " + workgroupSize);
        }
        for (int d = 0; d < groups.size(); d++) {
            if (groups.get(d) < 1 || workgroupSize.get(d) < 1) {
                throw new KernelIrException("grid " + groups + " x " + workgroupSize + ": sizes must be positive");
            }
            if (groups.get(d) * workgroupSize.get(d) > Integer.MAX_VALUE) {
                throw new KernelIrException("grid " + groups + " x " + workgroupSize + ": global size of dimension " + d
                        + " exceeds 2^31-1 (ids are i32)");
            }
        }
    }

    /** A 1-D grid of {@code groups} workgroups of {@code size} work-items. */
    public static Grid of(long groups, int size) { return new Grid(List.of(groups), List.of(size)); }

    /** A 2-D grid. */
    public static Grid of(long groupsX, long groupsY, int sizeX, int sizeY) {
        return new Grid(List.of(groupsX, groupsY), List.of(sizeX, sizeY));
    }

    /** A 3-D grid. */
    public static Grid of(long gx, long gy, long gz, int sx, int sy, int sz) {
        return new Grid(List.of(gx, gy, gz), List.of(sx, sy, sz));
    }

    /** The smallest 1-D grid of workgroups of {@code size} covering {@code n} work-items. */
    public static Grid covering(long n, int size) { return of(Math.max(1, ceilDiv(n, size)), size); }

    public static long ceilDiv(long a, long b) { return (a + b - 1) / b; }

    public int dims() { return groups.size(); }

    /** Workgroups along {@code d} (1 beyond {@link #dims()}). */
    public long groups(int d) { return d < dims() ? groups.get(d) : 1; }

    /** Work-items per workgroup along {@code d} (1 beyond {@link #dims()}). */
    public int workgroupSize(int d) { return d < dims() ? workgroupSize.get(d) : 1; }

    /** Work-items along {@code d} over the whole launch. */
    public long globalSize(int d) { return groups(d) * workgroupSize(d); }

    /** Work-items per workgroup. */
    public int workgroupVolume() { return workgroupSize(0) * workgroupSize(1) * workgroupSize(2); }

    /** Workgroups in the launch. */
    public long groupCount() { return groups(0) * groups(1) * groups(2); }

    /** The same workgroup size with other group counts. */
    public Grid withGroups(List<Long> newGroups) { return new Grid(newGroups, workgroupSize); }

    @Override public String toString() { return "groups " + groups + " x workgroup " + workgroupSize; }
}
