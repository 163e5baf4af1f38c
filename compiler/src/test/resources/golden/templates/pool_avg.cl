__kernel __attribute__((reqd_work_group_size(32, 1, 1)))
void k0_pool(__global const float* restrict in_x, __global float* restrict out_pool)
{
    int gid0 = (int)get_global_id(0);
    int base = gid0 * 8;
    if (gid0 < 25) {
        for (int e = 0; e < 8; e += 1) {
            int i = base + e;
            int i1 = i / 100;
            int i2 = i / 10 % 10;
            int i3 = i % 10;
            float sum = 0.0f;
            for (int t0 = 0; t0 < 3; t0 += 1) {
                for (int t1 = 0; t1 < 3; t1 += 1) {
                    int x0 = i2 + t0 - 1;
                    int x1 = i3 + t1 - 1;
                    if ((x0 >= 0) && (x0 < 10) && ((x1 >= 0) && (x1 < 10))) {
                        float v = in_x[i1 * 100 + x0 * 10 + x1];
                        sum += v;
                    }
                }
            }
            int pc = 0;
            for (int t = 0; t < 3; t += 1) {
                pc += 1;
            }
            int pc_1 = pc;
            int pc_2 = 0;
            for (int t_1 = 0; t_1 < 3; t_1 += 1) {
                pc_2 += 1;
            }
            int pc_3 = pc_1 * pc_2;
            out_pool[i] = sum / (float)pc_3;
        }
    }
}

