__kernel __attribute__((reqd_work_group_size(64, 1, 1)))
void k0_layer_norm(__global const float* restrict in_x, __global const float* restrict in_w, __global const float* restrict in_w_1, __global float* restrict out_add)
{
    int gid0 = (int)get_global_id(0);
    if (gid0 < 5) {
        float acc = 0.0f;
        for (int j = 0; j < 50; j += 1) {
            float v = in_x[gid0 * 50 + j];
            acc += v;
        }
        float mean = acc / 50.0f;
        float acc_1 = 0.0f;
        for (int j_1 = 0; j_1 < 50; j_1 += 1) {
            float v_1 = in_x[gid0 * 50 + j_1];
            float v_2 = v_1 - mean;
            acc_1 += v_2 * v_2;
        }
        float inv = 1.0f / sqrt(acc_1 / 50.0f + 1.0E-5f);
        for (int j_2 = 0; j_2 < 50; j_2 += 1) {
            float v_3 = in_x[gid0 * 50 + j_2];
            float v_4 = in_w[j_2];
            float v_5 = in_w_1[j_2];
            int o = gid0 * 50 + j_2;
            float y = (v_3 - mean) * inv * v_4 + v_5;
            float v_6 = in_x[o];
            out_add[o] = y + v_6;
        }
    }
}

