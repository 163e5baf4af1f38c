#pragma OPENCL EXTENSION cl_khr_fp64 : enable

__kernel __attribute__((reqd_work_group_size(32, 1, 1)))
void mixed_types(__global const double* restrict x, __global uchar* restrict flags, __global double* restrict y, __global ulong* restrict h, const int n)
{
    double window[4];
    int i = (int)get_global_id(0);
    if (i < n) {
        double v = x[i];
        for (int j = 0; j < 4; j += 1) {
            window[j] = v * (double)(j + 1);
        }
        double s = 0.0;
        for (int j_1 = 0; j_1 < 4; j_1 += 1) {
            s += window[j_1];
        }
        flags[i] = (uchar)(isnan(v) || (v < 0.0));
        y[i] = (v < 0.0 ? -s : sqrt(s)) + tanh(v) + erf(v) - fmin(fabs(v), 2.0);
        ulong hash = (ulong)i * 11400714819323198485UL;
        h[i] = hash ^ (hash >> 29UL);
    }
}
