__kernel __attribute__((reqd_work_group_size(16, 1, 1)))
void k0_matmul(__global const float* restrict in_x, __global const float* restrict in_x_1, __global float* restrict out_matmul)
{
    int gid0 = (int)get_global_id(0);
    if (gid0 < 14) {
        float acc = 0.0f;
        for (int k = 0; k < 36; k += 1) {
            float v = in_x[gid0 * 36 + k];
            float v_1 = in_x_1[k];
            acc += v * v_1;
        }
        out_matmul[gid0] = acc;
    }
}

