__kernel __attribute__((reqd_work_group_size(256, 1, 1)))
void k0_copy(__global const float* restrict in_x, __global float* restrict out_scatter_nd)
{
    int gid0 = (int)get_global_id(0);
    if (gid0 < 5) {
        float v = in_x[gid0];
        out_scatter_nd[gid0] = v;
    }
}

__kernel __attribute__((reqd_work_group_size(1, 1, 1)))
void k1_scatter_nd(__global float* restrict out_scatter_nd, __global const long* restrict in_w, __global const float* restrict in_x_1)
{
    for (int u = 0; u < 3; u += 1) {
        long v = in_w[u];
        int j = (int)min(max(v < 0L ? v + 5L : v, 0L), 4L);
        float v_1 = in_x_1[u];
        float old = out_scatter_nd[j];
        out_scatter_nd[j] = old + v_1;
    }
}

__kernel __attribute__((reqd_work_group_size(256, 1, 1)))
void k2_copy(__global const float* restrict in_scatter_nd, __global float* restrict out_scatter_elements)
{
    int gid0 = (int)get_global_id(0);
    if (gid0 < 5) {
        float v = in_scatter_nd[gid0];
        out_scatter_elements[gid0] = v;
    }
}

__kernel __attribute__((reqd_work_group_size(1, 1, 1)))
void k3_scatter_elements(__global float* restrict out_scatter_elements, __global const long* restrict in_w_1, __global const float* restrict in_x_2)
{
    for (int u = 0; u < 2; u += 1) {
        long v = in_w_1[u];
        int j = (int)min(max(v < 0L ? v + 5L : v, 0L), 4L);
        float v_1 = in_x_2[u];
        out_scatter_elements[j] = v_1;
    }
}

