__kernel __attribute__((reqd_work_group_size(64, 1, 1)))
void k0_rms_norm(__global const float* restrict in_x, __global const float* restrict in_w, __global float* restrict out_mul)
{
    int gid0 = (int)get_global_id(0);
    if (gid0 < 4) {
        float acc = 0.0f;
        for (int j = 0; j < 5; j += 1) {
            float v = in_x[gid0 * 5 + j];
            acc += v * v;
        }
        float inv = 1.0f / sqrt(acc / 5.0f + 1.0E-6f);
        for (int j_1 = 0; j_1 < 5; j_1 += 1) {
            float v_1 = in_x[gid0 * 5 + j_1];
            float v_2 = in_w[j_1];
            int o = gid0 * 5 + j_1;
            float y = v_1 * inv * v_2;
            float v_3 = in_x[o];
            out_mul[o] = y * v_3;
        }
    }
}

