__kernel __attribute__((reqd_work_group_size(32, 1, 1)))
void k0_conv(__global const float* restrict in_w_1, __global const float* restrict in_x, __global const float* restrict in_w, __global float* restrict out_relu)
{
    int gid0 = (int)get_global_id(0);
    if (gid0 < 16) {
        int i1 = gid0 / 8;
        int i2 = gid0 / 2 % 4;
        int i3 = gid0 % 2;
        float v = in_w_1[i1];
        float acc = v;
        for (int t0 = 0; t0 < 2; t0 += 1) {
            for (int t1 = 0; t1 < 3; t1 += 1) {
                int x0 = i2 * 2 + t0;
                int x1 = i3 * 2 + t1;
                float v_1 = in_x[i1 * 48 + x0 * 6 + x1];
                float v_2 = in_w[i1 * 6 + t0 * 3 + t1];
                acc += v_1 * v_2;
            }
        }
        out_relu[gid0] = acc < 0.0f ? 0.0f : acc;
    }
}

