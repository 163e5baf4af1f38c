__kernel __attribute__((reqd_work_group_size(8, 1, 1)))
void k0_pool(__global const float* restrict in_x, __global float* restrict out_pool)
{
    int base = (int)get_global_id(0) * 8;
    if (base + 8 <= 50) {
        for (int e = 0; e < 8; e += 1) {
            int i = base + e;
            int i1 = i / 25;
            int i2 = i / 5 % 5;
            int i3 = i % 5;
            float best = -INFINITY;
            for (int t0 = 0; t0 < 2; t0 += 1) {
                for (int t1 = 0; t1 < 2; t1 += 1) {
                    int x0 = i2 * 2 + t0;
                    int x1 = i3 * 2 + t1;
                    float v = in_x[i1 * 121 + x0 * 11 + x1];
                    best = v > best ? v : best;
                }
            }
            out_pool[i] = best;
        }
    } else {
        for (int e_1 = 0; e_1 < 8; e_1 += 1) {
            int i_1 = base + e_1;
            if (i_1 < 50) {
                int i1_1 = i_1 / 25;
                int i2_1 = i_1 / 5 % 5;
                int i3_1 = i_1 % 5;
                float best_1 = -INFINITY;
                for (int t0_1 = 0; t0_1 < 2; t0_1 += 1) {
                    for (int t1_1 = 0; t1_1 < 2; t1_1 += 1) {
                        int x0_1 = i2_1 * 2 + t0_1;
                        int x1_1 = i3_1 * 2 + t1_1;
                        float v_1 = in_x[i1_1 * 121 + x0_1 * 11 + x1_1];
                        best_1 = v_1 > best_1 ? v_1 : best_1;
                    }
                }
                out_pool[i_1] = best_1;
            }
        }
    }
}

