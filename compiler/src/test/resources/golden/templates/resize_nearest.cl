__kernel __attribute__((reqd_work_group_size(256, 1, 1)))
void k0_resize(__global const int* restrict in_resize_nearest2, __global const int* restrict in_resize_nearest3, __global const float* restrict in_x, __global float* restrict out_resize)
{
    int gid0 = (int)get_global_id(0);
    if (gid0 < 168) {
        int i1 = gid0 / 84;
        int i2 = gid0 / 7 % 12;
        int i3 = gid0 % 7;
        int j = in_resize_nearest2[i2];
        int j_1 = in_resize_nearest3[i3];
        float v = in_x[i1 * 24 + j * 6 + j_1];
        out_resize[gid0] = v;
    }
}

