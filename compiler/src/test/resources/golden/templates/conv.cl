__kernel __attribute__((reqd_work_group_size(16, 1, 1)))
void k0_conv(__global const float* restrict in_w_1, __global const float* restrict in_w, __global const float* restrict in_x, __global float* restrict out_relu)
{
    float acc[2];
    int gid0 = (int)get_global_id(0);
    if (gid0 < 8) {
        int i1 = gid0 / 4;
        int i2 = gid0 % 4;
        float v = in_w_1[i1];
        for (int e = 0; e < 2; e += 1) {
            acc[e] = v;
        }
        for (int t0 = 0; t0 < 2; t0 += 1) {
            for (int t1 = 0; t1 < 3; t1 += 1) {
                float v_1 = in_w[i1 * 6 + t0 * 3 + t1];
                for (int e_1 = 0; e_1 < 2; e_1 += 1) {
                    int x0 = i2 * 2 + t0;
                    int x1 = e_1 * 2 + t1;
                    float v_2 = in_x[i1 * 48 + x0 * 6 + x1];
                    acc[e_1] = acc[e_1] + v_2 * v_1;
                }
            }
        }
        for (int e_2 = 0; e_2 < 2; e_2 += 1) {
            int o = gid0 * 2 + e_2;
            float y = acc[e_2];
            out_relu[o] = y < 0.0f ? 0.0f : y;
        }
    }
}

