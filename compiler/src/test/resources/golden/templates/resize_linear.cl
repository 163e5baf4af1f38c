__kernel __attribute__((reqd_work_group_size(8, 1, 1)))
void k0_resize(__global const int* restrict in_resize_taps2, __global const float* restrict in_resize_weights2, __global const int* restrict in_resize_taps3, __global const float* restrict in_resize_weights3, __global const float* restrict in_x, __global float* restrict out_resize)
{
    int gid0 = (int)get_global_id(0);
    int base = gid0 * 8;
    if (gid0 < 6) {
        for (int e = 0; e < 8; e += 1) {
            int i = base + e;
            int i1 = i / 24;
            int i2 = i / 3 % 8;
            int i3 = i % 3;
            float sum = 0.0f;
            int tb = i2 * 2;
            for (int k2 = 0; k2 < 2; k2 += 1) {
                int tp = tb + k2;
                int j = in_resize_taps2[tp];
                float w = in_resize_weights2[tp];
                int tb_1 = i3 * 2;
                for (int k3 = 0; k3 < 2; k3 += 1) {
                    int tp_1 = tb_1 + k3;
                    int j_1 = in_resize_taps3[tp_1];
                    float w_1 = w * in_resize_weights3[tp_1];
                    float v = in_x[i1 * 8 + j * 2 + j_1];
                    sum += w_1 * v;
                }
            }
            out_resize[i] = sum;
        }
    }
}

