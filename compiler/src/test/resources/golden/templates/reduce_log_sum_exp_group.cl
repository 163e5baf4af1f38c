__kernel __attribute__((reqd_work_group_size(32, 1, 1)))
void k0_reduce_log_sum_exp(__global const float* restrict in_x, __global float* restrict out_neg)
{
    __local float partial[32];
    int grp0 = (int)get_group_id(0);
    int lid0 = (int)get_local_id(0);
    float acc = -INFINITY;
    for (int j = lid0; j < 560; j += 32) {
        float v = in_x[grp0 * 560 + j];
        float v_1 = v + 0.25f;
        acc = isnan(acc) || (acc > (isnan(v_1) || isinf(v_1) ? -INFINITY : v_1)) ? acc : isnan(v_1) || isinf(v_1) ? -INFINITY : v_1;
    }
    partial[lid0] = acc;
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid0 < 16) {
        partial[lid0] = isnan(partial[lid0]) || (partial[lid0] > partial[lid0 + 16]) ? partial[lid0] : partial[lid0 + 16];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid0 < 8) {
        partial[lid0] = isnan(partial[lid0]) || (partial[lid0] > partial[lid0 + 8]) ? partial[lid0] : partial[lid0 + 8];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid0 < 4) {
        partial[lid0] = isnan(partial[lid0]) || (partial[lid0] > partial[lid0 + 4]) ? partial[lid0] : partial[lid0 + 4];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid0 < 2) {
        partial[lid0] = isnan(partial[lid0]) || (partial[lid0] > partial[lid0 + 2]) ? partial[lid0] : partial[lid0 + 2];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid0 < 1) {
        partial[0] = isnan(partial[0]) || (partial[0] > partial[1]) ? partial[0] : partial[1];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    float total = partial[0];
    barrier(CLK_LOCAL_MEM_FENCE);
    float shift = isinf(total) ? 0.0f : total;
    float acc_1 = 0.0f;
    for (int j_1 = lid0; j_1 < 560; j_1 += 32) {
        float v_2 = in_x[grp0 * 560 + j_1];
        float v_3 = v_2 + 0.25f;
        acc_1 += exp(v_3 - shift);
    }
    partial[lid0] = acc_1;
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid0 < 16) {
        partial[lid0] = partial[lid0] + partial[lid0 + 16];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid0 < 8) {
        partial[lid0] = partial[lid0] + partial[lid0 + 8];
    }
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
    if (lid0 == 0) {
        float y = log(total_1) + shift;
        out_neg[grp0] = -y;
    }
}

