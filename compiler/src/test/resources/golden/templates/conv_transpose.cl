__kernel __attribute__((reqd_work_group_size(32, 1, 1)))
void k0_conv_transpose(__global const float* restrict in_x, __global const float* restrict in_w, __global float* restrict out_conv_transpose)
{
    int base = (int)get_global_id(0) * 8;
    if (base + 8 <= 169) {
        for (int e = 0; e < 8; e += 1) {
            int i = base + e;
            int i2 = i / 13;
            int i3 = i % 13;
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
            out_conv_transpose[i] = acc;
        }
    } else {
        for (int e_1 = 0; e_1 < 8; e_1 += 1) {
            int i_1 = base + e_1;
            if (i_1 < 169) {
                int i2_1 = i_1 / 13;
                int i3_1 = i_1 % 13;
                float acc_1 = 0.0f;
                for (int ci_1 = 0; ci_1 < 3; ci_1 += 1) {
                    for (int t0_1 = 0; t0_1 < 3; t0_1 += 1) {
                        for (int t1_1 = 0; t1_1 < 3; t1_1 += 1) {
                            int y0_1 = i2_1 - t0_1;
                            int x0_1 = y0_1 / 2;
                            int y1_1 = i3_1 - t1_1;
                            int x1_1 = y1_1 / 2;
                            if ((y0_1 >= 0) && (x0_1 < 6) && (y0_1 % 2 == 0) && ((y1_1 >= 0) && (x1_1 < 6) && (y1_1 % 2 == 0))) {
                                float v_2 = in_x[ci_1 * 36 + x0_1 * 6 + x1_1];
                                float v_3 = in_w[ci_1 * 9 + t0_1 * 3 + t1_1];
                                acc_1 += v_2 * v_3;
                            }
                        }
                    }
                }
                out_conv_transpose[i_1] = acc_1;
            }
        }
    }
}

