__kernel __attribute__((reqd_work_group_size(128, 1, 1)))
void row_sum(__global const float* restrict x, __global float* restrict out)
{
    __local float partial[128];
    int row = (int)get_group_id(0);
    int lid = (int)get_local_id(0);
    float acc = 0.0f;
    for (int c = lid; c < 1000; c += 128) {
        acc += x[row * 1000 + c];
    }
    partial[lid] = acc;
    barrier(CLK_LOCAL_MEM_FENCE);
    for (int stride = 64; stride > 0; stride = stride >> 1) {
        if (lid < stride) {
            partial[lid] = partial[lid] + partial[lid + stride];
        }
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    if (lid == 0) {
        out[row] = partial[0];
    }
}
