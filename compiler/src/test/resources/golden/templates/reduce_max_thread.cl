__kernel __attribute__((reqd_work_group_size(64, 1, 1)))
void k0_reduce_max(__global const float* restrict in_x, __global float* restrict out_neg)
{
    int gid0 = (int)get_global_id(0);
    if (gid0 < 5) {
        float acc = -INFINITY;
        for (int j = 0; j < 30; j += 1) {
            float v = in_x[gid0 * 30 + j];
            float v_1 = v + 0.25f;
            acc = isnan(acc) || (acc > v_1) ? acc : v_1;
        }
        out_neg[gid0] = -acc;
    }
}

