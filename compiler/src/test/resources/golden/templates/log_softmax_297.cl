__kernel __attribute__((reqd_work_group_size(16, 1, 1)))
void k0_log_softmax(__global const float* restrict in_x, __global float* restrict out_softmax)
{
    __local float partial[16];
    int grp0 = (int)get_group_id(0);
    int lid0 = (int)get_local_id(0);
    int outer = grp0 / 2;
    int inner = grp0 % 2;
    float acc = -INFINITY;
    for (int j = lid0; j < 297; j += 16) {
        float v = in_x[outer * 594 + j * 2 + inner];
        float v_1 = v * 3.0f;
        acc = isnan(acc) || (acc > v_1) ? acc : v_1;
    }
    partial[lid0] = acc;
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
    float acc_1 = 0.0f;
    for (int j_1 = lid0; j_1 < 297; j_1 += 16) {
        float v_2 = in_x[outer * 594 + j_1 * 2 + inner];
        float v_3 = v_2 * 3.0f;
        acc_1 += exp(v_3 - total);
    }
    partial[lid0] = acc_1;
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
    float ls = log(total_1);
    for (int j_2 = lid0; j_2 < 297; j_2 += 16) {
        float v_4 = in_x[outer * 594 + j_2 * 2 + inner];
        float v_5 = v_4 * 3.0f;
        float e = v_5 - total;
        int o = outer * 594 + j_2 * 2 + inner;
        out_softmax[o] = e - ls;
    }
}

