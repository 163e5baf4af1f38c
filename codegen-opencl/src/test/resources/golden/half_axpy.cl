__kernel __attribute__((reqd_work_group_size(64, 1, 1)))
void half_axpy(__global const half* restrict x, __global half* restrict y, const float alpha, const int n)
{
    int i = (int)get_global_id(0);
    if (i < n) {
        vstore_half_rte(alpha * vload_half(i, x) + vload_half(i, y), i, y);
    }
}
