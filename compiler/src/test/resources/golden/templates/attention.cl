__kernel __attribute__((reqd_work_group_size(64, 1, 1)))
void k0_attention(__global const uchar* restrict in_x_3, __global const float* restrict in_x, __global const float* restrict in_x_1, __global float* restrict out_attention_1, __global const float* restrict in_x_2, __global float* restrict out_attention)
{
    float w[9];
    int gid0 = (int)get_global_id(0);
    if (gid0 < 6) {
        int i0 = gid0 / 3;
        int i2 = gid0 % 3;
        float top = -INFINITY;
        bool open = false;
        for (int j = 0; j < 9; j += 1) {
            float bias = 0.0f;
            bool v = (in_x_3[i2 * 9 + j] != 0);
            bias = v ? 0.0f : -INFINITY;
            if ((long)j > (long)i2) {
                bias += -INFINITY;
            }
            long ahead = (long)j - (long)i2;
            if ((-ahead > 1L) || (ahead > 1L)) {
                bias += -INFINITY;
            }
            bool isopen = bias != -INFINITY;
            float dot = 0.0f;
            for (int e = 0; e < 6; e += 1) {
                float v_1 = in_x[gid0 * 6 + e];
                float v_2 = in_x_1[i0 * 54 + j * 6 + e];
                dot += v_1 * 0.6389431f * (v_2 * 0.6389431f);
            }
            float biased = dot + bias;
            int qki = gid0 * 9 + j;
            out_attention_1[qki] = biased;
            if (isopen) {
                open = true;
            }
            w[j] = biased;
            top = isnan(biased) || (biased > top) ? biased : top;
        }
        bool dead = !open || isinf(top);
        float sum = 0.0f;
        for (int j_1 = 0; j_1 < 9; j_1 += 1) {
            float ex = exp(w[j_1] - top);
            w[j_1] = ex;
            sum += ex;
        }
        for (int j_2 = 0; j_2 < 9; j_2 += 1) {
            float pj = dead ? 0.0f : w[j_2] / sum;
            w[j_2] = pj;
        }
        for (int e_1 = 0; e_1 < 7; e_1 += 1) {
            float acc = 0.0f;
            for (int j_3 = 0; j_3 < 9; j_3 += 1) {
                float v_3 = in_x_2[i0 * 63 + j_3 * 7 + e_1];
                acc += w[j_3] * v_3;
            }
            out_attention[gid0 * 7 + e_1] = acc;
        }
    }
}

