__kernel __attribute__((reqd_work_group_size(32, 1, 1)))
void k0_matmul(__global const float* restrict in_x, __global const float* restrict in_x_1, __global const float* restrict in_w, __global float* restrict out_relu)
{
    float acc[24];
    int gid0 = (int)get_global_id(0);
    if (gid0 < 16) {
        for (int e = 0; e < 24; e += 1) {
            acc[e] = 0.0f;
        }
        for (int k = 0; k < 20; k += 1) {
            float v = in_x[gid0 * 20 + k];
            for (int e_1 = 0; e_1 < 24; e_1 += 1) {
                float v_1 = in_x_1[k * 24 + e_1];
                acc[e_1] = acc[e_1] + v * v_1;
            }
        }
        for (int e_2 = 0; e_2 < 24; e_2 += 1) {
            int o = gid0 * 24 + e_2;
            float y = acc[e_2];
            float v_2 = in_w[e_2];
            float v_3 = y + v_2;
            out_relu[o] = v_3 < 0.0f ? 0.0f : v_3;
        }
    }
}

