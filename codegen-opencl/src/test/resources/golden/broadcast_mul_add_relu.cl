__kernel __attribute__((reqd_work_group_size(64, 1, 1)))
void broadcast_mul_add_relu(__global const float* restrict a, __global const float* restrict b, __global const float* restrict c, __global float* restrict out)
{
    int i = (int)get_global_id(0);
    if (i < 15) {
        int m = i / 5;
        int n = i % 5;
        float v = a[i] * b[n] + c[m];
        out[i] = fmax(v, 0.0f);
    }
}
