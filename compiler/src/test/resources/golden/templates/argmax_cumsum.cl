__kernel __attribute__((reqd_work_group_size(2, 1, 1)))
void k0_argreduce(__global const float* restrict in_x, __global long* restrict out_argreduce)
{
    int gid0 = (int)get_global_id(0);
    int base = gid0 * 3;
    if (gid0 < 1) {
        for (int e = 0; e < 3; e += 1) {
            int i = base + e;
            int best = 0;
            float v = in_x[i * 26];
            float bv = v;
            for (int k = 1; k < 26; k += 1) {
                float v_1 = in_x[i * 26 + k];
                bool pn = isnan(v_1);
                bool qn = isnan(bv);
                if ((pn || qn ? pn && !qn : v_1 > bv) || (pn || qn ? pn && qn : v_1 == bv)) {
                    best = k;
                    bv = v_1;
                }
            }
            out_argreduce[i] = (long)best;
        }
    }
}

__kernel __attribute__((reqd_work_group_size(16, 1, 1)))
void k1_cumulative(__global const float* restrict in_x, __global float* restrict out_cumulative)
{
    int base = (int)get_global_id(0) * 8;
    if (base + 8 <= 78) {
        for (int e = 0; e < 8; e += 1) {
            int i = base + e;
            int i0 = i / 26;
            int i1 = i % 26;
            float acc = 1.0f;
            for (int k = 0; k < i1 + 1; k += 1) {
                float v = in_x[i0 * 26 + k];
                acc *= v;
            }
            out_cumulative[i] = acc;
        }
    } else {
        for (int e_1 = 0; e_1 < 8; e_1 += 1) {
            int i_1 = base + e_1;
            if (i_1 < 78) {
                int i0_1 = i_1 / 26;
                int i1_1 = i_1 % 26;
                float acc_1 = 1.0f;
                for (int k_1 = 0; k_1 < i1_1 + 1; k_1 += 1) {
                    float v_1 = in_x[i0_1 * 26 + k_1];
                    acc_1 *= v_1;
                }
                out_cumulative[i_1] = acc_1;
            }
        }
    }
}

