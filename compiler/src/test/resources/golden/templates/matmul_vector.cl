__kernel __attribute__((reqd_work_group_size(4, 1, 1)))
void k0_matmul(__global const float* restrict in_x, __global const float* restrict in_x_1, __global float* restrict out_matmul)
{
    int base = (int)get_global_id(0) * 8;
    if (base + 8 <= 14) {
        for (int e = 0; e < 8; e += 1) {
            int i = base + e;
            float acc = 0.0f;
            for (int k = 0; k < 36; k += 1) {
                float v = in_x[i * 36 + k];
                float v_1 = in_x_1[k];
                acc += v * v_1;
            }
            out_matmul[i] = acc;
        }
    } else {
        for (int e_1 = 0; e_1 < 8; e_1 += 1) {
            int i_1 = base + e_1;
            if (i_1 < 14) {
                float acc_1 = 0.0f;
                for (int k_1 = 0; k_1 < 36; k_1 += 1) {
                    float v_2 = in_x[i_1 * 36 + k_1];
                    float v_3 = in_x_1[k_1];
                    acc_1 += v_2 * v_3;
                }
                out_matmul[i_1] = acc_1;
            }
        }
    }
}

