__kernel __attribute__((reqd_work_group_size(64, 1, 1)))
void integer_ops(__global const int* restrict a, __global const int* restrict b, __global const char* restrict p, __global const char* restrict q, __global char* restrict sum8, __global int* restrict mix, __global uint* restrict ushr, __global long* restrict wide, __global int* restrict sat)
{
    int i = (int)get_global_id(0);
    if (i < 100) {
        int x = a[i];
        int y = b[i];
        sum8[i] = (char)((int)p[i] + (int)q[i]);
        mix[i] = ((x / y) ^ (x << 3)) + (x % y - ((y >> 2) & 255));
        ushr[i] = (uint)x >> 28u;
        wide[i] = (long)x * (long)y;
        sat[i] = convert_int_sat_rtz((float)x * 1000000.0f);
    }
}
