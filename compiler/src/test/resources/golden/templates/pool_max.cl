__kernel __attribute__((reqd_work_group_size(64, 1, 1)))
void k0_pool(__global const float* restrict in_x, __global float* restrict out_pool)
{
    int gid0 = (int)get_global_id(0);
    if (gid0 < 50) {
        int i1 = gid0 / 25;
        int i2 = gid0 / 5 % 5;
        int i3 = gid0 % 5;
        float best = -INFINITY;
        for (int t0 = 0; t0 < 2; t0 += 1) {
            for (int t1 = 0; t1 < 2; t1 += 1) {
                int x0 = i2 * 2 + t0;
                int x1 = i3 * 2 + t1;
                float v = in_x[i1 * 121 + x0 * 11 + x1];
                best = v > best ? v : best;
            }
        }
        out_pool[gid0] = best;
    }
}

