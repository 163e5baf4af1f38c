__kernel __attribute__((reqd_work_group_size(64, 1, 1)))
void k0_reshape(__global const long* restrict in_w, __global const float* restrict in_x, __global const float* restrict in_x_1, __global float* restrict out_reshape)
{
    int gid0 = (int)get_global_id(0);
    int base = gid0 * 8;
    if (gid0 < 36) {
        for (int e = 0; e < 8; e += 1) {
            int i = base + e;
            int i0 = i / 48;
            int i1 = gid0 % 6;
            int j = min(max(i0 - 1, 0), 4);
            int j_1 = min(i1, 3);
            int j_2 = min(e, 6);
            float padded = 1.5f;
            if ((i0 - 1 >= 0) && (i0 - 1 < 5) && (i1 < 4) && (e < 7)) {
                long v = in_w[j_1];
                int j_3 = (int)min(max(v < 0L ? v + 8L : v, 0L), 7L);
                int j_4 = j < 4 ? j : 6 - j;
                int k_1 = ((j_3 % 4 - 1) % 4 + 4) % 4;
                int j_5 = k_1 < 3 ? k_1 : 4 - k_1;
                int k_2 = (j_2 - 2 + 6) % 6;
                int j_6 = k_2 < 4 ? k_2 : 6 - k_2;
                float cat = 0.0f;
                if (j_6 * 2 + 1 < 5) {
                    float v_1 = in_x[j_5 * 20 + (j_4 * -1 + 3) * 5 + (j_6 * 2 + 1)];
                    cat = v_1;
                } else {
                    float v_2 = in_x_1[(j_4 * -1 + 3) * 9 + j_5 * 3 + (j_6 * 2 + 1 - 5)];
                    cat = v_2;
                }
                padded = cat;
            }
            out_reshape[i] = padded;
        }
    }
}

