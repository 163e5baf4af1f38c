__kernel __attribute__((reqd_work_group_size(256, 1, 1)))
void k0_max(__global const float* restrict in_x, __global const float* restrict in_x_1, __global const float* restrict in_x_2, __global float* restrict out_max)
{
    int base = (int)get_global_id(0) * 8;
    if (base + 8 <= 1170) {
        for (int e = 0; e < 8; e += 1) {
            int i = base + e;
            int i1 = i / 26 % 15;
            int i2 = i % 26;
            float v = in_x[i];
            float v_1 = in_x_1[i1];
            float v_2 = v * v_1;
            float v_3 = in_x_2[i2];
            float v_4 = v_2 + v_3;
            float v_5 = 1.0f / (1.0f + exp(-v_4));
            float v_6 = v_4 * v_5;
            bool v_7 = v_6 > 0.5f;
            float v_8 = erf(v_6);
            float u = exp(v_6);
            float um1 = u - 1.0f;
            float v_9 = isinf(u) ? u : u == 1.0f ? v_6 : um1 == -1.0f ? -1.0f : um1 * v_6 / log(u);
            float v_10 = v_7 ? v_8 : v_9;
            float v_11 = fabs(v);
            float u_1 = 1.0f + v_11;
            float v_12 = isinf(u_1) ? log(u_1) : u_1 == 1.0f ? v_11 : log(u_1) * v_11 / (u_1 - 1.0f);
            out_max[i] = isnan(v_10) || isnan(v_12) ? v_10 + v_12 : fmax(v_10, v_12);
        }
    } else {
        for (int e_1 = 0; e_1 < 8; e_1 += 1) {
            int i_1 = base + e_1;
            if (i_1 < 1170) {
                int i1_1 = i_1 / 26 % 15;
                int i2_1 = i_1 % 26;
                float v_13 = in_x[i_1];
                float v_14 = in_x_1[i1_1];
                float v_15 = v_13 * v_14;
                float v_16 = in_x_2[i2_1];
                float v_17 = v_15 + v_16;
                float v_18 = 1.0f / (1.0f + exp(-v_17));
                float v_19 = v_17 * v_18;
                bool v_20 = v_19 > 0.5f;
                float v_21 = erf(v_19);
                float u_2 = exp(v_19);
                float um1_1 = u_2 - 1.0f;
                float v_22 = isinf(u_2) ? u_2 : u_2 == 1.0f ? v_19 : um1_1 == -1.0f ? -1.0f : um1_1 * v_19 / log(u_2);
                float v_23 = v_20 ? v_21 : v_22;
                float v_24 = fabs(v_13);
                float u_3 = 1.0f + v_24;
                float v_25 = isinf(u_3) ? log(u_3) : u_3 == 1.0f ? v_24 : log(u_3) * v_24 / (u_3 - 1.0f);
                out_max[i_1] = isnan(v_23) || isnan(v_25) ? v_23 + v_25 : fmax(v_23, v_25);
            }
        }
    }
}

