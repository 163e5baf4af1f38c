__kernel __attribute__((reqd_work_group_size(256, 1, 1)))
void k0_layer_norm(__global const float* restrict in_x, __global const float* restrict in_w, __global const float* restrict in_w_1, __global float* restrict out_add)
{
    __local float partial[256];
    float acc = 0.0f;
    for (int j = (int)get_local_id(0); j < 250; j += 256) {
        float v = in_x[(int)get_group_id(0) * 250 + j];
        acc += v;
    }
    partial[(int)get_local_id(0)] = acc;
    barrier(CLK_LOCAL_MEM_FENCE);
    if ((int)get_local_id(0) < 128) {
        partial[(int)get_local_id(0)] = partial[(int)get_local_id(0)] + partial[(int)get_local_id(0) + 128];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if ((int)get_local_id(0) < 64) {
        partial[(int)get_local_id(0)] = partial[(int)get_local_id(0)] + partial[(int)get_local_id(0) + 64];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if ((int)get_local_id(0) < 32) {
        partial[(int)get_local_id(0)] = partial[(int)get_local_id(0)] + partial[(int)get_local_id(0) + 32];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if ((int)get_local_id(0) < 16) {
        partial[(int)get_local_id(0)] = partial[(int)get_local_id(0)] + partial[(int)get_local_id(0) + 16];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if ((int)get_local_id(0) < 8) {
        partial[(int)get_local_id(0)] = partial[(int)get_local_id(0)] + partial[(int)get_local_id(0) + 8];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if ((int)get_local_id(0) < 4) {
        partial[(int)get_local_id(0)] = partial[(int)get_local_id(0)] + partial[(int)get_local_id(0) + 4];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if ((int)get_local_id(0) < 2) {
        partial[(int)get_local_id(0)] = partial[(int)get_local_id(0)] + partial[(int)get_local_id(0) + 2];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if ((int)get_local_id(0) < 1) {
        partial[(int)get_local_id(0)] = partial[(int)get_local_id(0)] + partial[(int)get_local_id(0) + 1];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    float total = partial[0];
    barrier(CLK_LOCAL_MEM_FENCE);
    float mean = total / 250.0f;
    float acc_1 = 0.0f;
    for (int j_1 = (int)get_local_id(0); j_1 < 250; j_1 += 256) {
        float v_1 = in_x[(int)get_group_id(0) * 250 + j_1];
        float v_2 = v_1 - mean;
        acc_1 += v_2 * v_2;
    }
    partial[(int)get_local_id(0)] = acc_1;
    barrier(CLK_LOCAL_MEM_FENCE);
    if ((int)get_local_id(0) < 128) {
        partial[(int)get_local_id(0)] = partial[(int)get_local_id(0)] + partial[(int)get_local_id(0) + 128];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if ((int)get_local_id(0) < 64) {
        partial[(int)get_local_id(0)] = partial[(int)get_local_id(0)] + partial[(int)get_local_id(0) + 64];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if ((int)get_local_id(0) < 32) {
        partial[(int)get_local_id(0)] = partial[(int)get_local_id(0)] + partial[(int)get_local_id(0) + 32];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if ((int)get_local_id(0) < 16) {
        partial[(int)get_local_id(0)] = partial[(int)get_local_id(0)] + partial[(int)get_local_id(0) + 16];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if ((int)get_local_id(0) < 8) {
        partial[(int)get_local_id(0)] = partial[(int)get_local_id(0)] + partial[(int)get_local_id(0) + 8];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if ((int)get_local_id(0) < 4) {
        partial[(int)get_local_id(0)] = partial[(int)get_local_id(0)] + partial[(int)get_local_id(0) + 4];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if ((int)get_local_id(0) < 2) {
        partial[(int)get_local_id(0)] = partial[(int)get_local_id(0)] + partial[(int)get_local_id(0) + 2];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if ((int)get_local_id(0) < 1) {
        partial[(int)get_local_id(0)] = partial[(int)get_local_id(0)] + partial[(int)get_local_id(0) + 1];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    float total_1 = partial[0];
    barrier(CLK_LOCAL_MEM_FENCE);
    float inv = 1.0f / sqrt(total_1 / 250.0f + 1.0E-5f);
    for (int j_2 = (int)get_local_id(0); j_2 < 250; j_2 += 256) {
        float v_3 = in_x[(int)get_group_id(0) * 250 + j_2];
        float v_4 = in_w[j_2];
        float v_5 = in_w_1[j_2];
        int o = (int)get_group_id(0) * 250 + j_2;
        float y = (v_3 - mean) * inv * v_4 + v_5;
        int i0 = o / 250;
        int i1 = o % 250;
        float v_6 = in_x[o];
        out_add[o] = y + v_6;
    }
}

