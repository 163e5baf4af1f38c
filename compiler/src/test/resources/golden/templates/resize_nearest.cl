__kernel __attribute__((reqd_work_group_size(32, 1, 1)))
void k0_resize(__global const int* restrict in_resize_nearest2, __global const int* restrict in_resize_nearest3, __global const float* restrict in_x, __global float* restrict out_resize)
{
    int gid0 = (int)get_global_id(0);
    int base = gid0 * 8;
    if (gid0 < 21) {
        for (int e = 0; e < 8; e += 1) {
            int i = base + e;
            int i1 = i / 84;
            int i2 = i / 7 % 12;
            int i3 = i % 7;
            int j = in_resize_nearest2[i2];
            int j_1 = in_resize_nearest3[i3];
            float v = in_x[i1 * 24 + j * 6 + j_1];
            out_resize[i] = v;
        }
    }
}

