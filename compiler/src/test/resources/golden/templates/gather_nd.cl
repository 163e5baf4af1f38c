__kernel __attribute__((reqd_work_group_size(2, 1, 1)))
void k0_gather_nd(__global const long* restrict in_w, __global const float* restrict in_x, __global float* restrict out_gather_nd)
{
    int gid0 = (int)get_global_id(0);
    int base = gid0 * 2;
    if (gid0 < 1) {
        for (int e = 0; e < 2; e += 1) {
            int i = base + e;
            long v = in_w[i * 2];
            int j = (int)min(max(v < 0L ? v + 3L : v, 0L), 2L);
            long v_1 = in_w[i * 2 + 1];
            int j_1 = (int)min(max(v_1 < 0L ? v_1 + 4L : v_1, 0L), 3L);
            float v_2 = in_x[j * 4 + j_1];
            out_gather_nd[i] = v_2;
        }
    }
}

