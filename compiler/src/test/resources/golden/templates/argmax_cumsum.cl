__kernel __attribute__((reqd_work_group_size(4, 1, 1)))
void k0_argreduce(__global const float* restrict in_x, __global long* restrict out_argreduce)
{
    int gid0 = (int)get_global_id(0);
    if (gid0 < 3) {
        int best = 0;
        float v = in_x[gid0 * 26];
        float bv = v;
        for (int k = 1; k < 26; k += 1) {
            float v_1 = in_x[gid0 * 26 + k];
            bool pn = isnan(v_1);
            bool qn = isnan(bv);
            if ((pn || qn ? pn && !qn : v_1 > bv) || (pn || qn ? pn && qn : v_1 == bv)) {
                best = k;
                bv = v_1;
            }
        }
        out_argreduce[gid0] = (long)best;
    }
}

__kernel __attribute__((reqd_work_group_size(128, 1, 1)))
void k1_cumulative(__global const float* restrict in_x, __global float* restrict out_cumulative)
{
    int gid0 = (int)get_global_id(0);
    if (gid0 < 78) {
        int i0 = gid0 / 26;
        int i1 = gid0 % 26;
        float acc = 1.0f;
        for (int k = 0; k < i1 + 1; k += 1) {
            float v = in_x[i0 * 26 + k];
            acc *= v;
        }
        out_cumulative[gid0] = acc;
    }
}

