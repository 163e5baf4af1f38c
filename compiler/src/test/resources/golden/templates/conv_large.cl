__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k0_conv(__global const float* restrict in_w, __global const float* restrict in_x, __global const float* restrict in_w_1, __global float* restrict out_mul)
{
    __local float tile_a[256];
    __local float tile_b[256];
    int lid1 = (int)get_local_id(1);
    int lid0 = (int)get_local_id(0);
    int col = (int)get_group_id(0) * 16 + lid0;
    int row = (int)get_group_id(1) * 16 + lid1;
    int i0 = col / 12;
    int i1 = col % 12;
    float acc = 0.0f;
    int slot = lid1 * 16 + lid0;
    for (int k0 = 0; k0 < 90; k0 += 16) {
        int ka = k0 + lid0;
        int kb = k0 + lid1;
        if ((row < 22) && (ka < 90)) {
            int i0_1 = ka / 9;
            int i1_1 = ka / 3 % 3;
            int i2 = ka % 3;
            float v = in_w[row * 90 + i0_1 * 9 + i1_1 * 3 + i2];
            tile_a[slot] = v;
        } else {
            tile_a[slot] = 0.0f;
        }
        int i0_2 = kb / 9;
        int i1_2 = kb / 3 % 3;
        int i2_1 = kb % 3;
        int x0 = i0 + i1_2 - 1;
        int x1 = i1 + i2_1 - 1;
        if ((kb < 90) && (col < 108) && ((x0 >= 0) && (x0 < 9) && ((x1 >= 0) && (x1 < 12)))) {
            float v_1 = in_x[i0_2 * 108 + x0 * 12 + x1];
            tile_b[slot] = v_1;
        } else {
            tile_b[slot] = 0.0f;
        }
        barrier(CLK_LOCAL_MEM_FENCE);
        for (int kk = 0; kk < 16; kk += 1) {
            acc = fma(tile_a[lid1 * 16 + kk], tile_b[kk * 16 + lid0], acc);
        }
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    if ((row < 22) && (col < 108)) {
        float v_2 = in_w_1[row];
        int lin = row * 108 + col;
        float y = v_2 + acc;
        float v_3 = 1.0f / (1.0f + exp(-y));
        out_mul[lin] = y * v_3;
    }
}

