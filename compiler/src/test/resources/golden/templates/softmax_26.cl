__kernel __attribute__((reqd_work_group_size(64, 1, 1)))
void k0_softmax(__global const float* restrict in_x, __global float* restrict out_softmax)
{
    int gid0 = (int)get_global_id(0);
    if (gid0 < 4) {
        float acc = -INFINITY;
        for (int j = 0; j < 26; j += 1) {
            float v = in_x[gid0 * 26 + j];
            float v_1 = v * 3.0f;
            acc = isnan(acc) || (acc > v_1) ? acc : v_1;
        }
        float acc_1 = 0.0f;
        for (int j_1 = 0; j_1 < 26; j_1 += 1) {
            float v_2 = in_x[gid0 * 26 + j_1];
            float v_3 = v_2 * 3.0f;
            acc_1 += exp(v_3 - acc);
        }
        float inv = 1.0f / acc_1;
        for (int j_2 = 0; j_2 < 26; j_2 += 1) {
            float v_4 = in_x[gid0 * 26 + j_2];
            float v_5 = v_4 * 3.0f;
            float e = v_5 - acc;
            int o = gid0 * 26 + j_2;
            out_softmax[o] = exp(e) * inv;
        }
    }
}

