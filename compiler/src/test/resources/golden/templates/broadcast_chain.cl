__kernel __attribute__((reqd_work_group_size(256, 1, 1)))
void k0_max(__global const float* restrict in_x, __global const float* restrict in_x_1, __global const float* restrict in_x_2, __global float* restrict out_max)
{
    int gid0 = (int)get_global_id(0);
    if (gid0 < 1170) {
        int i1 = gid0 / 26 % 15;
        int i2 = gid0 % 26;
        float v = in_x[gid0];
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
        out_max[gid0] = isnan(v_10) || isnan(v_12) ? v_10 + v_12 : fmax(v_10, v_12);
    }
}

