__kernel __attribute__((reqd_work_group_size(64, 1, 1)))
void k0_mul(__global const char* restrict in_x_2, __global const char* restrict in_x_3, __global char* restrict out_mul)
{
    int gid0 = (int)get_global_id(0);
    if (gid0 < 39) {
        int v = (int)in_x_2[gid0];
        int v_1 = (int)in_x_3[gid0];
        int v_2 = (v + v_1) << 24 >> 24;
        out_mul[gid0] = (char)((v_2 * 77) << 24 >> 24);
    }
}

__kernel __attribute__((reqd_work_group_size(64, 1, 1)))
void k1_add(__global const int* restrict in_x, __global const int* restrict in_x_1, __global int* restrict out_add_2)
{
    int gid0 = (int)get_global_id(0);
    if (gid0 < 39) {
        int v = in_x[gid0];
        int v_1 = in_x_1[gid0];
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
        int base = v;
        for (ulong ebits = (ulong)(v_5 < 0 ? 0 : v_5); ebits != 0UL; ebits = ebits >> 1UL) {
            if ((ebits & 1UL) != 0UL) {
                pw *= base;
            }
            base *= base;
        }
        int v_6 = (long)v_5 < 0L ? (v == 1 ? 1 : v == -1 ? (((long)v_5 & 1L) != 0L ? -1 : 1) : 0) : pw;
        int v_7 = r_1 - v_6;
        out_add_2[gid0] = v_4 + v_7;
    }
}

__kernel __attribute__((reqd_work_group_size(64, 1, 1)))
void k2_cast(__global const char* restrict in_x_2, __global const char* restrict in_x_3, __global uchar* restrict out_cast)
{
    int gid0 = (int)get_global_id(0);
    if (gid0 < 39) {
        int v = (int)in_x_2[gid0];
        int v_1 = (int)in_x_3[gid0];
        int v_2 = (v - v_1) << 24 >> 24;
        out_cast[gid0] = (uchar)((uint)v_2 & 255u);
    }
}

