__kernel __attribute__((reqd_work_group_size(8, 1, 1)))
void k0_reduce_sum_square(__global const float* restrict in_x, __global float* restrict out_neg)
{
    __local float partial[8];
    int grp0 = (int)get_group_id(0);
    int lid0 = (int)get_local_id(0);
    float acc = 0.0f;
    for (int j = lid0; j < 239; j += 8) {
        float v = in_x[grp0 * 239 + j];
        float v_1 = v + 0.25f;
        acc += v_1 * v_1;
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
    if (lid0 == 0) {
        out_neg[grp0] = -total;
    }
}

