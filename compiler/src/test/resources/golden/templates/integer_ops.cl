__kernel __attribute__((reqd_work_group_size(8, 1, 1)))
void k0_mul(__global const char* restrict in_x_2, __global const char* restrict in_x_3, __global char* restrict out_mul)
{
    int base = (int)get_global_id(0) * 8;
    if (base + 8 <= 39) {
        for (int e = 0; e < 8; e += 1) {
            int i = base + e;
            int v = (int)in_x_2[i];
            int v_1 = (int)in_x_3[i];
            int v_2 = (v + v_1) << 24 >> 24;
            out_mul[i] = (char)((v_2 * 77) << 24 >> 24);
        }
    } else {
        for (int e_1 = 0; e_1 < 8; e_1 += 1) {
            int i_1 = base + e_1;
            if (i_1 < 39) {
                int v_3 = (int)in_x_2[i_1];
                int v_4 = (int)in_x_3[i_1];
                int v_5 = (v_3 + v_4) << 24 >> 24;
                out_mul[i_1] = (char)((v_5 * 77) << 24 >> 24);
            }
        }
    }
}

__kernel __attribute__((reqd_work_group_size(8, 1, 1)))
void k1_add(__global const int* restrict in_x, __global const int* restrict in_x_1, __global int* restrict out_add_2)
{
    int base = (int)get_global_id(0) * 8;
    if (base + 8 <= 39) {
        for (int e = 0; e < 8; e += 1) {
            int i = base + e;
            int v = in_x[i];
            int v_1 = in_x_1[i];
            int d = (v_1 == 0) || (v_1 == -1) ? 1 : v_1;
            int v_2 = v_1 == 0 ? 0 : v_1 == -1 ? -v : v / d;
            int d_1 = (v_1 == 0) || (v_1 == -1) ? 1 : v_1;
            int r = (v_1 == 0) || (v_1 == -1) ? 0 : v % d_1;
            int v_3 = (r != 0) && (r < 0 != v_1 < 0) ? r + v_1 : r;
            int v_4 = v_2 + v_3;
            int d_2 = (v_1 == 0) || (v_1 == -1) ? 1 : v_1;
            int r_1 = (v_1 == 0) || (v_1 == -1) ? 0 : v % d_2;
            int v_5 = (int)abs(v_1);
            int pw = 1;
            int base_1 = v;
            for (ulong ebits = (ulong)(v_5 < 0 ? 0 : v_5); ebits != 0UL; ebits = ebits >> 1UL) {
                if ((ebits & 1UL) != 0UL) {
                    pw *= base_1;
                }
                base_1 *= base_1;
            }
            int v_6 = (long)v_5 < 0L ? (v == 1 ? 1 : v == -1 ? (((long)v_5 & 1L) != 0L ? -1 : 1) : 0) : pw;
            int v_7 = r_1 - v_6;
            out_add_2[i] = v_4 + v_7;
        }
    } else {
        for (int e_1 = 0; e_1 < 8; e_1 += 1) {
            int i_1 = base + e_1;
            if (i_1 < 39) {
                int v_8 = in_x[i_1];
                int v_9 = in_x_1[i_1];
                int d_3 = (v_9 == 0) || (v_9 == -1) ? 1 : v_9;
                int v_10 = v_9 == 0 ? 0 : v_9 == -1 ? -v_8 : v_8 / d_3;
                int d_4 = (v_9 == 0) || (v_9 == -1) ? 1 : v_9;
                int r_2 = (v_9 == 0) || (v_9 == -1) ? 0 : v_8 % d_4;
                int v_11 = (r_2 != 0) && (r_2 < 0 != v_9 < 0) ? r_2 + v_9 : r_2;
                int v_12 = v_10 + v_11;
                int d_5 = (v_9 == 0) || (v_9 == -1) ? 1 : v_9;
                int r_3 = (v_9 == 0) || (v_9 == -1) ? 0 : v_8 % d_5;
                int v_13 = (int)abs(v_9);
                int pw_1 = 1;
                int base_2 = v_8;
                for (ulong ebits_1 = (ulong)(v_13 < 0 ? 0 : v_13); ebits_1 != 0UL; ebits_1 = ebits_1 >> 1UL) {
                    if ((ebits_1 & 1UL) != 0UL) {
                        pw_1 *= base_2;
                    }
                    base_2 *= base_2;
                }
                int v_14 = (long)v_13 < 0L ? (v_8 == 1 ? 1 : v_8 == -1 ? (((long)v_13 & 1L) != 0L ? -1 : 1) : 0) : pw_1;
                int v_15 = r_3 - v_14;
                out_add_2[i_1] = v_12 + v_15;
            }
        }
    }
}

__kernel __attribute__((reqd_work_group_size(8, 1, 1)))
void k2_cast(__global const char* restrict in_x_2, __global const char* restrict in_x_3, __global uchar* restrict out_cast)
{
    int base = (int)get_global_id(0) * 8;
    if (base + 8 <= 39) {
        for (int e = 0; e < 8; e += 1) {
            int i = base + e;
            int v = (int)in_x_2[i];
            int v_1 = (int)in_x_3[i];
            int v_2 = (v - v_1) << 24 >> 24;
            out_cast[i] = (uchar)((uint)v_2 & 255u);
        }
    } else {
        for (int e_1 = 0; e_1 < 8; e_1 += 1) {
            int i_1 = base + e_1;
            if (i_1 < 39) {
                int v_3 = (int)in_x_2[i_1];
                int v_4 = (int)in_x_3[i_1];
                int v_5 = (v_3 - v_4) << 24 >> 24;
                out_cast[i_1] = (uchar)((uint)v_5 & 255u);
            }
        }
    }
}

