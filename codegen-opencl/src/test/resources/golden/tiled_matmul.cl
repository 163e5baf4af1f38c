__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void tiled_matmul(__global const float* restrict a, __global const float* restrict b, __global float* restrict c)
{
    __local float tile_a[256];
    __local float tile_b[256];
    int tx = (int)get_local_id(0);
    int ty = (int)get_local_id(1);
    int col = (int)get_global_id(0);
    int row = (int)get_global_id(1);
    float acc = 0.0f;
    for (int k0 = 0; k0 < 40; k0 += 16) {
        int ka = k0 + tx;
        int kb = k0 + ty;
        if ((row < 64) && (ka < 40)) {
            tile_a[ty * 16 + tx] = a[row * 40 + ka];
        } else {
            tile_a[ty * 16 + tx] = 0.0f;
        }
        if ((kb < 40) && (col < 48)) {
            tile_b[ty * 16 + tx] = b[kb * 48 + col];
        } else {
            tile_b[ty * 16 + tx] = 0.0f;
        }
        barrier(CLK_LOCAL_MEM_FENCE);
        for (int kk = 0; kk < 16; kk += 1) {
            acc = fma(tile_a[ty * 16 + kk], tile_b[kk * 16 + tx], acc);
        }
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    if ((row < 64) && (col < 48)) {
        c[row * 48 + col] = acc;
    }
}
