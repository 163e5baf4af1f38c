__kernel __attribute__((reqd_work_group_size(64, 1, 1)))
void k0_reduce_mean(__global const float* restrict in_x, __global float* restrict out_neg)
{
    int gid0 = (int)get_global_id(0);
    if (gid0 < 9) {
        int i0 = gid0 / 3;
        int i1 = gid0 % 3;
        float acc = 0.0f;
        for (int j = 0; j < 30; j += 1) {
            float v = in_x[i0 * 90 + j * 3 + i1];
            float v_1 = v + 0.25f;
            acc += v_1;
        }
        float y = acc / 30.0f;
        out_neg[gid0] = -y;
    }
}

