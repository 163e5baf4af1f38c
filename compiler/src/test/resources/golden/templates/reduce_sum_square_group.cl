__kernel __attribute__((reqd_work_group_size(256, 1, 1)))
void k0_reduce_sum_square(__global const float* restrict in_x, __global float* restrict out_neg)
{
    __local float partial[256];
    float acc = 0.0f;
    for (int j = (int)get_local_id(0); j < 239; j += 256) {
        float v = in_x[(int)get_group_id(0) * 239 + j];
        float v_1 = v + 0.25f;
        acc += v_1 * v_1;
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
    if ((int)get_local_id(0) == 0) {
        out_neg[(int)get_group_id(0)] = -total;
    }
}

