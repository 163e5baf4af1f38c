__kernel __attribute__((reqd_work_group_size(256, 1, 1)))
void k0_conv_transpose(__global const float* restrict in_x, __global const float* restrict in_w, __global float* restrict out_conv_transpose)
{
    int gid0 = (int)get_global_id(0);
    if (gid0 < 169) {
        int i2 = gid0 / 13;
        int i3 = gid0 % 13;
        float acc = 0.0f;
        for (int ci = 0; ci < 3; ci += 1) {
            for (int t0 = 0; t0 < 3; t0 += 1) {
                for (int t1 = 0; t1 < 3; t1 += 1) {
                    int y0 = i2 - t0;
                    int x0 = y0 / 2;
                    int y1 = i3 - t1;
                    int x1 = y1 / 2;
                    if ((y0 >= 0) && (x0 < 6) && (y0 % 2 == 0) && ((y1 >= 0) && (x1 < 6) && (y1 % 2 == 0))) {
                        float v = in_x[ci * 36 + x0 * 6 + x1];
                        float v_1 = in_w[ci * 9 + t0 * 3 + t1];
                        acc += v * v_1;
                    }
                }
            }
        }
        out_conv_transpose[gid0] = acc;
    }
}

