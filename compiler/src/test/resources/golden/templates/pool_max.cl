__kernel __attribute__((reqd_work_group_size(64, 1, 1)))
void k0_pool(__global const float* restrict in_x, __global float* restrict out_pool)
{
    if ((int)get_global_id(0) < 50) {
        int i1 = (int)get_global_id(0) / 25;
        int i2 = (int)get_global_id(0) / 5 % 5;
        int i3 = (int)get_global_id(0) % 5;
        float best = -INFINITY;
        for (int t0 = 0; t0 < 2; t0 += 1) {
            for (int t1 = 0; t1 < 2; t1 += 1) {
                int x0 = i2 * 2 + t0;
                int x1 = i3 * 2 + t1;
                if ((x0 >= 0) && (x0 < 11) && ((x1 >= 0) && (x1 < 11))) {
                    float v = in_x[i1 * 121 + x0 * 11 + x1];
                    best = v > best ? v : best;
                }
            }
        }
        out_pool[(int)get_global_id(0)] = best;
    }
}

