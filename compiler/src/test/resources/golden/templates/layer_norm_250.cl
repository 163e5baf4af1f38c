__kernel __attribute__((reqd_work_group_size(8, 1, 1)))
void k0_layer_norm(__global const float* restrict in_x, __global const float* restrict in_w, __global const float* restrict in_w_1, __global float* restrict out_add)
{
    __local float partial[8];
    int grp0 = (int)get_group_id(0);
    int lid0 = (int)get_local_id(0);
    float acc = 0.0f;
    for (int j = lid0; j < 250; j += 8) {
        float v = in_x[grp0 * 250 + j];
        acc += v;
    }
    partial[lid0] = acc;
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid0 < 4) {
        partial[lid0] = partial[lid0] + partial[lid0 + 4];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid0 < 2) {
        partial[lid0] = partial[lid0] + partial[lid0 + 2];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid0 < 1) {
        partial[0] = partial[0] + partial[1];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    float total = partial[0];
    barrier(CLK_LOCAL_MEM_FENCE);
    float mean = total / 250.0f;
    float acc_1 = 0.0f;
    for (int j_1 = lid0; j_1 < 250; j_1 += 8) {
        float v_1 = in_x[grp0 * 250 + j_1];
        float v_2 = v_1 - mean;
        acc_1 += v_2 * v_2;
    }
    partial[lid0] = acc_1;
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid0 < 4) {
        partial[lid0] = partial[lid0] + partial[lid0 + 4];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid0 < 2) {
        partial[lid0] = partial[lid0] + partial[lid0 + 2];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid0 < 1) {
        partial[0] = partial[0] + partial[1];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    float total_1 = partial[0];
    barrier(CLK_LOCAL_MEM_FENCE);
    float inv = 1.0f / sqrt(total_1 / 250.0f + 1.0E-5f);
    for (int j_2 = lid0; j_2 < 250; j_2 += 8) {
        float v_3 = in_x[grp0 * 250 + j_2];
        float v_4 = in_w[j_2];
        float v_5 = in_w_1[j_2];
        int o = grp0 * 250 + j_2;
        float y = (v_3 - mean) * inv * v_4 + v_5;
        float v_6 = in_x[o];
        out_add[o] = y + v_6;
    }
}

