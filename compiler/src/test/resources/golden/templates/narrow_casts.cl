__kernel __attribute__((reqd_work_group_size(64, 1, 1)))
void k0_mul(__global const float* restrict in_x, __global float* restrict out_mul)
{
    int gid0 = (int)get_global_id(0);
    if (gid0 < 33) {
        float v = in_x[gid0];
        out_mul[gid0] = v * 300.0f;
    }
}

__kernel __attribute__((reqd_work_group_size(64, 1, 1)))
void k1_cast(__global const float* restrict in_mul, __global float* restrict out_cast_1)
{
    int gid0 = (int)get_global_id(0);
    if (gid0 < 33) {
        float v = in_mul[gid0];
        float a = fabs(v);
        int e = max(min(convert_int_sat_rtz(floor(log2(a))), 130), -15);
        int ae = (int)abs(e);
        bool eneg = e < 0;
        float p = (ae & 1) != 0 ? (eneg ? 0.5f : 2.0f) : 1.0f;
        float p_1 = p * (((ae >> 1) & 1) != 0 ? (eneg ? 0.25f : 4.0f) : 1.0f);
        float p_2 = p_1 * (((ae >> 2) & 1) != 0 ? (eneg ? 0.0625f : 16.0f) : 1.0f);
        float p_3 = p_2 * (((ae >> 3) & 1) != 0 ? (eneg ? 0.00390625f : 256.0f) : 1.0f);
        float p_4 = p_3 * (((ae >> 4) & 1) != 0 ? (eneg ? 1.5258789E-5f : 65536.0f) : 1.0f);
        float p_5 = p_4 * (((ae >> 5) & 1) != 0 ? (eneg ? 2.3283064E-10f : 4.2949673E9f) : 1.0f);
        float p_6 = p_5 * (((ae >> 6) & 1) != 0 ? (eneg ? 5.421011E-20f : 1.8446744E19f) : 1.0f);
        float p_7 = p_6 * (((ae >> 7) & 1) != 0 ? (eneg ? 2.938736E-39f : INFINITY) : 1.0f);
        int e_1 = max(min(p_7 > a ? e - 1 : p_7 * 2.0f <= a ? e + 1 : e, 130), -15);
        int e_2 = max(e_1, -14);
        int ae_1 = (int)abs(e_2 - 10);
        bool eneg_1 = e_2 - 10 < 0;
        float p_8 = (ae_1 & 1) != 0 ? (eneg_1 ? 0.5f : 2.0f) : 1.0f;
        float p_9 = p_8 * (((ae_1 >> 1) & 1) != 0 ? (eneg_1 ? 0.25f : 4.0f) : 1.0f);
        float p_10 = p_9 * (((ae_1 >> 2) & 1) != 0 ? (eneg_1 ? 0.0625f : 16.0f) : 1.0f);
        float p_11 = p_10 * (((ae_1 >> 3) & 1) != 0 ? (eneg_1 ? 0.00390625f : 256.0f) : 1.0f);
        float p_12 = p_11 * (((ae_1 >> 4) & 1) != 0 ? (eneg_1 ? 1.5258789E-5f : 65536.0f) : 1.0f);
        float p_13 = p_12 * (((ae_1 >> 5) & 1) != 0 ? (eneg_1 ? 2.3283064E-10f : 4.2949673E9f) : 1.0f);
        float p_14 = p_13 * (((ae_1 >> 6) & 1) != 0 ? (eneg_1 ? 5.421011E-20f : 1.8446744E19f) : 1.0f);
        float p_15 = p_14 * (((ae_1 >> 7) & 1) != 0 ? (eneg_1 ? 2.938736E-39f : INFINITY) : 1.0f);
        float r = isinf(a) ? a : rint(a / p_15) * p_15;
        float r_1 = r > 65504.0f ? INFINITY : r;
        float rounded = isnan(v) ? NAN : (v < 0.0f) || ((v == 0.0f) && (1.0f / v < 0.0f)) ? -r_1 : r_1;
        out_cast_1[gid0] = rounded;
    }
}

__kernel __attribute__((reqd_work_group_size(64, 1, 1)))
void k2_cast(__global const float* restrict in_mul, __global float* restrict out_cast_3)
{
    int gid0 = (int)get_global_id(0);
    if (gid0 < 33) {
        float v = in_mul[gid0];
        float a = fabs(v);
        int e = max(min(convert_int_sat_rtz(floor(log2(a))), 130), -127);
        int ae = (int)abs(e);
        bool eneg = e < 0;
        float p = (ae & 1) != 0 ? (eneg ? 0.5f : 2.0f) : 1.0f;
        float p_1 = p * (((ae >> 1) & 1) != 0 ? (eneg ? 0.25f : 4.0f) : 1.0f);
        float p_2 = p_1 * (((ae >> 2) & 1) != 0 ? (eneg ? 0.0625f : 16.0f) : 1.0f);
        float p_3 = p_2 * (((ae >> 3) & 1) != 0 ? (eneg ? 0.00390625f : 256.0f) : 1.0f);
        float p_4 = p_3 * (((ae >> 4) & 1) != 0 ? (eneg ? 1.5258789E-5f : 65536.0f) : 1.0f);
        float p_5 = p_4 * (((ae >> 5) & 1) != 0 ? (eneg ? 2.3283064E-10f : 4.2949673E9f) : 1.0f);
        float p_6 = p_5 * (((ae >> 6) & 1) != 0 ? (eneg ? 5.421011E-20f : 1.8446744E19f) : 1.0f);
        float p_7 = p_6 * (((ae >> 7) & 1) != 0 ? (eneg ? 2.938736E-39f : INFINITY) : 1.0f);
        int e_1 = max(min(p_7 > a ? e - 1 : p_7 * 2.0f <= a ? e + 1 : e, 130), -127);
        int e_2 = max(e_1, -126);
        int ae_1 = (int)abs(e_2 - 7);
        bool eneg_1 = e_2 - 7 < 0;
        float p_8 = (ae_1 & 1) != 0 ? (eneg_1 ? 0.5f : 2.0f) : 1.0f;
        float p_9 = p_8 * (((ae_1 >> 1) & 1) != 0 ? (eneg_1 ? 0.25f : 4.0f) : 1.0f);
        float p_10 = p_9 * (((ae_1 >> 2) & 1) != 0 ? (eneg_1 ? 0.0625f : 16.0f) : 1.0f);
        float p_11 = p_10 * (((ae_1 >> 3) & 1) != 0 ? (eneg_1 ? 0.00390625f : 256.0f) : 1.0f);
        float p_12 = p_11 * (((ae_1 >> 4) & 1) != 0 ? (eneg_1 ? 1.5258789E-5f : 65536.0f) : 1.0f);
        float p_13 = p_12 * (((ae_1 >> 5) & 1) != 0 ? (eneg_1 ? 2.3283064E-10f : 4.2949673E9f) : 1.0f);
        float p_14 = p_13 * (((ae_1 >> 6) & 1) != 0 ? (eneg_1 ? 5.421011E-20f : 1.8446744E19f) : 1.0f);
        float p_15 = p_14 * (((ae_1 >> 7) & 1) != 0 ? (eneg_1 ? 2.938736E-39f : INFINITY) : 1.0f);
        float r = isinf(a) ? a : rint(a / p_15) * p_15;
        float r_1 = r > 3.3895314E38f ? INFINITY : r;
        float rounded = isnan(v) ? NAN : (v < 0.0f) || ((v == 0.0f) && (1.0f / v < 0.0f)) ? -r_1 : r_1;
        out_cast_3[gid0] = rounded;
    }
}

__kernel __attribute__((reqd_work_group_size(64, 1, 1)))
void k3_cast(__global const float* restrict in_mul, __global float* restrict out_cast_5)
{
    int gid0 = (int)get_global_id(0);
    if (gid0 < 33) {
        float v = in_mul[gid0];
        float a = fabs(v);
        int e = max(min(convert_int_sat_rtz(floor(log2(a))), 130), -7);
        int ae = (int)abs(e);
        bool eneg = e < 0;
        float p = (ae & 1) != 0 ? (eneg ? 0.5f : 2.0f) : 1.0f;
        float p_1 = p * (((ae >> 1) & 1) != 0 ? (eneg ? 0.25f : 4.0f) : 1.0f);
        float p_2 = p_1 * (((ae >> 2) & 1) != 0 ? (eneg ? 0.0625f : 16.0f) : 1.0f);
        float p_3 = p_2 * (((ae >> 3) & 1) != 0 ? (eneg ? 0.00390625f : 256.0f) : 1.0f);
        float p_4 = p_3 * (((ae >> 4) & 1) != 0 ? (eneg ? 1.5258789E-5f : 65536.0f) : 1.0f);
        float p_5 = p_4 * (((ae >> 5) & 1) != 0 ? (eneg ? 2.3283064E-10f : 4.2949673E9f) : 1.0f);
        float p_6 = p_5 * (((ae >> 6) & 1) != 0 ? (eneg ? 5.421011E-20f : 1.8446744E19f) : 1.0f);
        float p_7 = p_6 * (((ae >> 7) & 1) != 0 ? (eneg ? 2.938736E-39f : INFINITY) : 1.0f);
        int e_1 = max(min(p_7 > a ? e - 1 : p_7 * 2.0f <= a ? e + 1 : e, 130), -7);
        int e_2 = max(e_1, -6);
        int ae_1 = (int)abs(e_2 - 3);
        bool eneg_1 = e_2 - 3 < 0;
        float p_8 = (ae_1 & 1) != 0 ? (eneg_1 ? 0.5f : 2.0f) : 1.0f;
        float p_9 = p_8 * (((ae_1 >> 1) & 1) != 0 ? (eneg_1 ? 0.25f : 4.0f) : 1.0f);
        float p_10 = p_9 * (((ae_1 >> 2) & 1) != 0 ? (eneg_1 ? 0.0625f : 16.0f) : 1.0f);
        float p_11 = p_10 * (((ae_1 >> 3) & 1) != 0 ? (eneg_1 ? 0.00390625f : 256.0f) : 1.0f);
        float p_12 = p_11 * (((ae_1 >> 4) & 1) != 0 ? (eneg_1 ? 1.5258789E-5f : 65536.0f) : 1.0f);
        float p_13 = p_12 * (((ae_1 >> 5) & 1) != 0 ? (eneg_1 ? 2.3283064E-10f : 4.2949673E9f) : 1.0f);
        float p_14 = p_13 * (((ae_1 >> 6) & 1) != 0 ? (eneg_1 ? 5.421011E-20f : 1.8446744E19f) : 1.0f);
        float p_15 = p_14 * (((ae_1 >> 7) & 1) != 0 ? (eneg_1 ? 2.938736E-39f : INFINITY) : 1.0f);
        float r = isinf(a) ? a : rint(a / p_15) * p_15;
        float r_1 = r > 448.0f ? 448.0f : r;
        float rounded = isnan(v) ? NAN : (v < 0.0f) || ((v == 0.0f) && (1.0f / v < 0.0f)) ? -r_1 : r_1;
        out_cast_5[gid0] = rounded;
    }
}

__kernel __attribute__((reqd_work_group_size(64, 1, 1)))
void k4_cast(__global const float* restrict in_mul, __global float* restrict out_cast_6)
{
    int gid0 = (int)get_global_id(0);
    if (gid0 < 33) {
        float v = in_mul[gid0];
        float a = fabs(v);
        int e = max(min(convert_int_sat_rtz(floor(log2(a))), 130), -15);
        int ae = (int)abs(e);
        bool eneg = e < 0;
        float p = (ae & 1) != 0 ? (eneg ? 0.5f : 2.0f) : 1.0f;
        float p_1 = p * (((ae >> 1) & 1) != 0 ? (eneg ? 0.25f : 4.0f) : 1.0f);
        float p_2 = p_1 * (((ae >> 2) & 1) != 0 ? (eneg ? 0.0625f : 16.0f) : 1.0f);
        float p_3 = p_2 * (((ae >> 3) & 1) != 0 ? (eneg ? 0.00390625f : 256.0f) : 1.0f);
        float p_4 = p_3 * (((ae >> 4) & 1) != 0 ? (eneg ? 1.5258789E-5f : 65536.0f) : 1.0f);
        float p_5 = p_4 * (((ae >> 5) & 1) != 0 ? (eneg ? 2.3283064E-10f : 4.2949673E9f) : 1.0f);
        float p_6 = p_5 * (((ae >> 6) & 1) != 0 ? (eneg ? 5.421011E-20f : 1.8446744E19f) : 1.0f);
        float p_7 = p_6 * (((ae >> 7) & 1) != 0 ? (eneg ? 2.938736E-39f : INFINITY) : 1.0f);
        int e_1 = max(min(p_7 > a ? e - 1 : p_7 * 2.0f <= a ? e + 1 : e, 130), -15);
        int e_2 = max(e_1, -14);
        int ae_1 = (int)abs(e_2 - 2);
        bool eneg_1 = e_2 - 2 < 0;
        float p_8 = (ae_1 & 1) != 0 ? (eneg_1 ? 0.5f : 2.0f) : 1.0f;
        float p_9 = p_8 * (((ae_1 >> 1) & 1) != 0 ? (eneg_1 ? 0.25f : 4.0f) : 1.0f);
        float p_10 = p_9 * (((ae_1 >> 2) & 1) != 0 ? (eneg_1 ? 0.0625f : 16.0f) : 1.0f);
        float p_11 = p_10 * (((ae_1 >> 3) & 1) != 0 ? (eneg_1 ? 0.00390625f : 256.0f) : 1.0f);
        float p_12 = p_11 * (((ae_1 >> 4) & 1) != 0 ? (eneg_1 ? 1.5258789E-5f : 65536.0f) : 1.0f);
        float p_13 = p_12 * (((ae_1 >> 5) & 1) != 0 ? (eneg_1 ? 2.3283064E-10f : 4.2949673E9f) : 1.0f);
        float p_14 = p_13 * (((ae_1 >> 6) & 1) != 0 ? (eneg_1 ? 5.421011E-20f : 1.8446744E19f) : 1.0f);
        float p_15 = p_14 * (((ae_1 >> 7) & 1) != 0 ? (eneg_1 ? 2.938736E-39f : INFINITY) : 1.0f);
        float r = isinf(a) ? a : rint(a / p_15) * p_15;
        float r_1 = r > 57344.0f ? INFINITY : r;
        float rounded = isnan(v) ? NAN : (v < 0.0f) || ((v == 0.0f) && (1.0f / v < 0.0f)) ? -r_1 : r_1;
        float a_1 = fabs(rounded);
        int e_3 = max(min(convert_int_sat_rtz(floor(log2(a_1))), 130), -15);
        int ae_2 = (int)abs(e_3);
        bool eneg_2 = e_3 < 0;
        float p_16 = (ae_2 & 1) != 0 ? (eneg_2 ? 0.5f : 2.0f) : 1.0f;
        float p_17 = p_16 * (((ae_2 >> 1) & 1) != 0 ? (eneg_2 ? 0.25f : 4.0f) : 1.0f);
        float p_18 = p_17 * (((ae_2 >> 2) & 1) != 0 ? (eneg_2 ? 0.0625f : 16.0f) : 1.0f);
        float p_19 = p_18 * (((ae_2 >> 3) & 1) != 0 ? (eneg_2 ? 0.00390625f : 256.0f) : 1.0f);
        float p_20 = p_19 * (((ae_2 >> 4) & 1) != 0 ? (eneg_2 ? 1.5258789E-5f : 65536.0f) : 1.0f);
        float p_21 = p_20 * (((ae_2 >> 5) & 1) != 0 ? (eneg_2 ? 2.3283064E-10f : 4.2949673E9f) : 1.0f);
        float p_22 = p_21 * (((ae_2 >> 6) & 1) != 0 ? (eneg_2 ? 5.421011E-20f : 1.8446744E19f) : 1.0f);
        float p_23 = p_22 * (((ae_2 >> 7) & 1) != 0 ? (eneg_2 ? 2.938736E-39f : INFINITY) : 1.0f);
        int e_4 = max(min(p_23 > a_1 ? e_3 - 1 : p_23 * 2.0f <= a_1 ? e_3 + 1 : e_3, 130), -15);
        int e_5 = max(e_4, -14);
        int ae_3 = (int)abs(e_5 - 2);
        bool eneg_3 = e_5 - 2 < 0;
        float p_24 = (ae_3 & 1) != 0 ? (eneg_3 ? 0.5f : 2.0f) : 1.0f;
        float p_25 = p_24 * (((ae_3 >> 1) & 1) != 0 ? (eneg_3 ? 0.25f : 4.0f) : 1.0f);
        float p_26 = p_25 * (((ae_3 >> 2) & 1) != 0 ? (eneg_3 ? 0.0625f : 16.0f) : 1.0f);
        float p_27 = p_26 * (((ae_3 >> 3) & 1) != 0 ? (eneg_3 ? 0.00390625f : 256.0f) : 1.0f);
        float p_28 = p_27 * (((ae_3 >> 4) & 1) != 0 ? (eneg_3 ? 1.5258789E-5f : 65536.0f) : 1.0f);
        float p_29 = p_28 * (((ae_3 >> 5) & 1) != 0 ? (eneg_3 ? 2.3283064E-10f : 4.2949673E9f) : 1.0f);
        float p_30 = p_29 * (((ae_3 >> 6) & 1) != 0 ? (eneg_3 ? 5.421011E-20f : 1.8446744E19f) : 1.0f);
        float p_31 = p_30 * (((ae_3 >> 7) & 1) != 0 ? (eneg_3 ? 2.938736E-39f : INFINITY) : 1.0f);
        float r_2 = isinf(a_1) ? a_1 : rint(a_1 / p_31) * p_31;
        float r_3 = r_2 > 57344.0f ? INFINITY : r_2;
        float rounded_1 = isnan(rounded) ? NAN : (rounded < 0.0f) || ((rounded == 0.0f) && (1.0f / rounded < 0.0f)) ? -r_3 : r_3;
        out_cast_6[gid0] = rounded_1;
    }
}

__kernel __attribute__((reqd_work_group_size(64, 1, 1)))
void k5_cast(__global const float* restrict in_mul, __global short* restrict out_cast_7)
{
    int gid0 = (int)get_global_id(0);
    if (gid0 < 33) {
        float v = in_mul[gid0];
        out_cast_7[gid0] = (short)((int)convert_long_sat_rtz(v) << 16 >> 16);
    }
}

