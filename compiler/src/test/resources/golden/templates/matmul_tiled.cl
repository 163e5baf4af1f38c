__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k0_matmul(__global const float* restrict in_x, __global const float* restrict in_w, __global const float* restrict in_w_1, __global float* restrict out_tanh)
{
    __local float tile_a[256];
    __local float tile_b[256];
    int lid1 = (int)get_local_id(1);
    int lid0 = (int)get_local_id(0);
    int col = (int)get_group_id(0) * 16 + lid0;
    int row = (int)get_group_id(1) * 16 + lid1;
    float acc = 0.0f;
    int slot = lid1 * 16 + lid0;
    for (int k0 = 0; k0 < 39; k0 += 16) {
        int ka = k0 + lid0;
        int kb = k0 + lid1;
        if ((row < 51) && (ka < 39)) {
            float v = in_x[row * 39 + ka];
            float v_1 = v * 0.5f;
            tile_a[slot] = v_1;
        } else {
            tile_a[slot] = 0.0f;
        }
        if ((kb < 39) && (col < 53)) {
            float v_2 = in_w[kb * 53 + col];
            tile_b[slot] = v_2;
        } else {
            tile_b[slot] = 0.0f;
        }
        barrier(CLK_LOCAL_MEM_FENCE);
        for (int kk = 0; kk < 16; kk += 1) {
            acc = fma(tile_a[lid1 * 16 + kk], tile_b[kk * 16 + lid0], acc);
        }
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    if ((row < 51) && (col < 53)) {
        int lin = row * 53 + col;
        float v_3 = in_w_1[col];
        float v_4 = acc + v_3;
        out_tanh[lin] = tanh(v_4);
    }
}

