__kernel __attribute__((reqd_work_group_size(8, 1, 1)))
void k0_mul(__global const float* restrict in_x, __global float* restrict out_mul)
{
    int base = (int)get_global_id(0) * 8;
    if (base + 8 <= 33) {
        for (int e = 0; e < 8; e += 1) {
            int i = base + e;
            float v = in_x[i];
            out_mul[i] = v * 300.0f;
        }
    } else {
        for (int e_1 = 0; e_1 < 8; e_1 += 1) {
            int i_1 = base + e_1;
            if (i_1 < 33) {
                float v_1 = in_x[i_1];
                out_mul[i_1] = v_1 * 300.0f;
            }
        }
    }
}

__kernel __attribute__((reqd_work_group_size(8, 1, 1)))
void k1_cast(__global const float* restrict in_mul, __global float* restrict out_cast_1)
{
    int base = (int)get_global_id(0) * 8;
    if (base + 8 <= 33) {
        for (int e = 0; e < 8; e += 1) {
            int i = base + e;
            float v = in_mul[i];
            float a = fabs(v);
            int e_1 = max(min(convert_int_sat_rtz(floor(log2(a))), 130), -15);
            int ae = (int)abs(e_1);
            bool eneg = e_1 < 0;
            float p = (ae & 1) != 0 ? (eneg ? 0.5f : 2.0f) : 1.0f;
            float p_1 = p * (((ae >> 1) & 1) != 0 ? (eneg ? 0.25f : 4.0f) : 1.0f);
            float p_2 = p_1 * (((ae >> 2) & 1) != 0 ? (eneg ? 0.0625f : 16.0f) : 1.0f);
            float p_3 = p_2 * (((ae >> 3) & 1) != 0 ? (eneg ? 0.00390625f : 256.0f) : 1.0f);
            float p_4 = p_3 * (((ae >> 4) & 1) != 0 ? (eneg ? 1.5258789E-5f : 65536.0f) : 1.0f);
            float p_5 = p_4 * (((ae >> 5) & 1) != 0 ? (eneg ? 2.3283064E-10f : 4.2949673E9f) : 1.0f);
            float p_6 = p_5 * (((ae >> 6) & 1) != 0 ? (eneg ? 5.421011E-20f : 1.8446744E19f) : 1.0f);
            float p_7 = p_6 * (((ae >> 7) & 1) != 0 ? (eneg ? 2.938736E-39f : INFINITY) : 1.0f);
            int e_2 = max(min(p_7 > a ? e_1 - 1 : p_7 * 2.0f <= a ? e_1 + 1 : e_1, 130), -15);
            int e_3 = max(e_2, -14);
            int ae_1 = (int)abs(e_3 - 10);
            bool eneg_1 = e_3 - 10 < 0;
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
            out_cast_1[i] = rounded;
        }
    } else {
        for (int e_4 = 0; e_4 < 8; e_4 += 1) {
            int i_1 = base + e_4;
            if (i_1 < 33) {
                float v_1 = in_mul[i_1];
                float a_1 = fabs(v_1);
                int e_5 = max(min(convert_int_sat_rtz(floor(log2(a_1))), 130), -15);
                int ae_2 = (int)abs(e_5);
                bool eneg_2 = e_5 < 0;
                float p_16 = (ae_2 & 1) != 0 ? (eneg_2 ? 0.5f : 2.0f) : 1.0f;
                float p_17 = p_16 * (((ae_2 >> 1) & 1) != 0 ? (eneg_2 ? 0.25f : 4.0f) : 1.0f);
                float p_18 = p_17 * (((ae_2 >> 2) & 1) != 0 ? (eneg_2 ? 0.0625f : 16.0f) : 1.0f);
                float p_19 = p_18 * (((ae_2 >> 3) & 1) != 0 ? (eneg_2 ? 0.00390625f : 256.0f) : 1.0f);
                float p_20 = p_19 * (((ae_2 >> 4) & 1) != 0 ? (eneg_2 ? 1.5258789E-5f : 65536.0f) : 1.0f);
                float p_21 = p_20 * (((ae_2 >> 5) & 1) != 0 ? (eneg_2 ? 2.3283064E-10f : 4.2949673E9f) : 1.0f);
                float p_22 = p_21 * (((ae_2 >> 6) & 1) != 0 ? (eneg_2 ? 5.421011E-20f : 1.8446744E19f) : 1.0f);
                float p_23 = p_22 * (((ae_2 >> 7) & 1) != 0 ? (eneg_2 ? 2.938736E-39f : INFINITY) : 1.0f);
                int e_6 = max(min(p_23 > a_1 ? e_5 - 1 : p_23 * 2.0f <= a_1 ? e_5 + 1 : e_5, 130), -15);
                int e_7 = max(e_6, -14);
                int ae_3 = (int)abs(e_7 - 10);
                bool eneg_3 = e_7 - 10 < 0;
                float p_24 = (ae_3 & 1) != 0 ? (eneg_3 ? 0.5f : 2.0f) : 1.0f;
                float p_25 = p_24 * (((ae_3 >> 1) & 1) != 0 ? (eneg_3 ? 0.25f : 4.0f) : 1.0f);
                float p_26 = p_25 * (((ae_3 >> 2) & 1) != 0 ? (eneg_3 ? 0.0625f : 16.0f) : 1.0f);
                float p_27 = p_26 * (((ae_3 >> 3) & 1) != 0 ? (eneg_3 ? 0.00390625f : 256.0f) : 1.0f);
                float p_28 = p_27 * (((ae_3 >> 4) & 1) != 0 ? (eneg_3 ? 1.5258789E-5f : 65536.0f) : 1.0f);
                float p_29 = p_28 * (((ae_3 >> 5) & 1) != 0 ? (eneg_3 ? 2.3283064E-10f : 4.2949673E9f) : 1.0f);
                float p_30 = p_29 * (((ae_3 >> 6) & 1) != 0 ? (eneg_3 ? 5.421011E-20f : 1.8446744E19f) : 1.0f);
                float p_31 = p_30 * (((ae_3 >> 7) & 1) != 0 ? (eneg_3 ? 2.938736E-39f : INFINITY) : 1.0f);
                float r_2 = isinf(a_1) ? a_1 : rint(a_1 / p_31) * p_31;
                float r_3 = r_2 > 65504.0f ? INFINITY : r_2;
                float rounded_1 = isnan(v_1) ? NAN : (v_1 < 0.0f) || ((v_1 == 0.0f) && (1.0f / v_1 < 0.0f)) ? -r_3 : r_3;
                out_cast_1[i_1] = rounded_1;
            }
        }
    }
}

__kernel __attribute__((reqd_work_group_size(8, 1, 1)))
void k2_cast(__global const float* restrict in_mul, __global float* restrict out_cast_3)
{
    int base = (int)get_global_id(0) * 8;
    if (base + 8 <= 33) {
        for (int e = 0; e < 8; e += 1) {
            int i = base + e;
            float v = in_mul[i];
            float a = fabs(v);
            int e_1 = max(min(convert_int_sat_rtz(floor(log2(a))), 130), -127);
            int ae = (int)abs(e_1);
            bool eneg = e_1 < 0;
            float p = (ae & 1) != 0 ? (eneg ? 0.5f : 2.0f) : 1.0f;
            float p_1 = p * (((ae >> 1) & 1) != 0 ? (eneg ? 0.25f : 4.0f) : 1.0f);
            float p_2 = p_1 * (((ae >> 2) & 1) != 0 ? (eneg ? 0.0625f : 16.0f) : 1.0f);
            float p_3 = p_2 * (((ae >> 3) & 1) != 0 ? (eneg ? 0.00390625f : 256.0f) : 1.0f);
            float p_4 = p_3 * (((ae >> 4) & 1) != 0 ? (eneg ? 1.5258789E-5f : 65536.0f) : 1.0f);
            float p_5 = p_4 * (((ae >> 5) & 1) != 0 ? (eneg ? 2.3283064E-10f : 4.2949673E9f) : 1.0f);
            float p_6 = p_5 * (((ae >> 6) & 1) != 0 ? (eneg ? 5.421011E-20f : 1.8446744E19f) : 1.0f);
            float p_7 = p_6 * (((ae >> 7) & 1) != 0 ? (eneg ? 2.938736E-39f : INFINITY) : 1.0f);
            int e_2 = max(min(p_7 > a ? e_1 - 1 : p_7 * 2.0f <= a ? e_1 + 1 : e_1, 130), -127);
            int e_3 = max(e_2, -126);
            int ae_1 = (int)abs(e_3 - 7);
            bool eneg_1 = e_3 - 7 < 0;
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
            out_cast_3[i] = rounded;
        }
    } else {
        for (int e_4 = 0; e_4 < 8; e_4 += 1) {
            int i_1 = base + e_4;
            if (i_1 < 33) {
                float v_1 = in_mul[i_1];
                float a_1 = fabs(v_1);
                int e_5 = max(min(convert_int_sat_rtz(floor(log2(a_1))), 130), -127);
                int ae_2 = (int)abs(e_5);
                bool eneg_2 = e_5 < 0;
                float p_16 = (ae_2 & 1) != 0 ? (eneg_2 ? 0.5f : 2.0f) : 1.0f;
                float p_17 = p_16 * (((ae_2 >> 1) & 1) != 0 ? (eneg_2 ? 0.25f : 4.0f) : 1.0f);
                float p_18 = p_17 * (((ae_2 >> 2) & 1) != 0 ? (eneg_2 ? 0.0625f : 16.0f) : 1.0f);
                float p_19 = p_18 * (((ae_2 >> 3) & 1) != 0 ? (eneg_2 ? 0.00390625f : 256.0f) : 1.0f);
                float p_20 = p_19 * (((ae_2 >> 4) & 1) != 0 ? (eneg_2 ? 1.5258789E-5f : 65536.0f) : 1.0f);
                float p_21 = p_20 * (((ae_2 >> 5) & 1) != 0 ? (eneg_2 ? 2.3283064E-10f : 4.2949673E9f) : 1.0f);
                float p_22 = p_21 * (((ae_2 >> 6) & 1) != 0 ? (eneg_2 ? 5.421011E-20f : 1.8446744E19f) : 1.0f);
                float p_23 = p_22 * (((ae_2 >> 7) & 1) != 0 ? (eneg_2 ? 2.938736E-39f : INFINITY) : 1.0f);
                int e_6 = max(min(p_23 > a_1 ? e_5 - 1 : p_23 * 2.0f <= a_1 ? e_5 + 1 : e_5, 130), -127);
                int e_7 = max(e_6, -126);
                int ae_3 = (int)abs(e_7 - 7);
                bool eneg_3 = e_7 - 7 < 0;
                float p_24 = (ae_3 & 1) != 0 ? (eneg_3 ? 0.5f : 2.0f) : 1.0f;
                float p_25 = p_24 * (((ae_3 >> 1) & 1) != 0 ? (eneg_3 ? 0.25f : 4.0f) : 1.0f);
                float p_26 = p_25 * (((ae_3 >> 2) & 1) != 0 ? (eneg_3 ? 0.0625f : 16.0f) : 1.0f);
                float p_27 = p_26 * (((ae_3 >> 3) & 1) != 0 ? (eneg_3 ? 0.00390625f : 256.0f) : 1.0f);
                float p_28 = p_27 * (((ae_3 >> 4) & 1) != 0 ? (eneg_3 ? 1.5258789E-5f : 65536.0f) : 1.0f);
                float p_29 = p_28 * (((ae_3 >> 5) & 1) != 0 ? (eneg_3 ? 2.3283064E-10f : 4.2949673E9f) : 1.0f);
                float p_30 = p_29 * (((ae_3 >> 6) & 1) != 0 ? (eneg_3 ? 5.421011E-20f : 1.8446744E19f) : 1.0f);
                float p_31 = p_30 * (((ae_3 >> 7) & 1) != 0 ? (eneg_3 ? 2.938736E-39f : INFINITY) : 1.0f);
                float r_2 = isinf(a_1) ? a_1 : rint(a_1 / p_31) * p_31;
                float r_3 = r_2 > 3.3895314E38f ? INFINITY : r_2;
                float rounded_1 = isnan(v_1) ? NAN : (v_1 < 0.0f) || ((v_1 == 0.0f) && (1.0f / v_1 < 0.0f)) ? -r_3 : r_3;
                out_cast_3[i_1] = rounded_1;
            }
        }
    }
}

__kernel __attribute__((reqd_work_group_size(8, 1, 1)))
void k3_cast(__global const float* restrict in_mul, __global float* restrict out_cast_5)
{
    int base = (int)get_global_id(0) * 8;
    if (base + 8 <= 33) {
        for (int e = 0; e < 8; e += 1) {
            int i = base + e;
            float v = in_mul[i];
            float a = fabs(v);
            int e_1 = max(min(convert_int_sat_rtz(floor(log2(a))), 130), -7);
            int ae = (int)abs(e_1);
            bool eneg = e_1 < 0;
            float p = (ae & 1) != 0 ? (eneg ? 0.5f : 2.0f) : 1.0f;
            float p_1 = p * (((ae >> 1) & 1) != 0 ? (eneg ? 0.25f : 4.0f) : 1.0f);
            float p_2 = p_1 * (((ae >> 2) & 1) != 0 ? (eneg ? 0.0625f : 16.0f) : 1.0f);
            float p_3 = p_2 * (((ae >> 3) & 1) != 0 ? (eneg ? 0.00390625f : 256.0f) : 1.0f);
            float p_4 = p_3 * (((ae >> 4) & 1) != 0 ? (eneg ? 1.5258789E-5f : 65536.0f) : 1.0f);
            float p_5 = p_4 * (((ae >> 5) & 1) != 0 ? (eneg ? 2.3283064E-10f : 4.2949673E9f) : 1.0f);
            float p_6 = p_5 * (((ae >> 6) & 1) != 0 ? (eneg ? 5.421011E-20f : 1.8446744E19f) : 1.0f);
            float p_7 = p_6 * (((ae >> 7) & 1) != 0 ? (eneg ? 2.938736E-39f : INFINITY) : 1.0f);
            int e_2 = max(min(p_7 > a ? e_1 - 1 : p_7 * 2.0f <= a ? e_1 + 1 : e_1, 130), -7);
            int e_3 = max(e_2, -6);
            int ae_1 = (int)abs(e_3 - 3);
            bool eneg_1 = e_3 - 3 < 0;
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
            out_cast_5[i] = rounded;
        }
    } else {
        for (int e_4 = 0; e_4 < 8; e_4 += 1) {
            int i_1 = base + e_4;
            if (i_1 < 33) {
                float v_1 = in_mul[i_1];
                float a_1 = fabs(v_1);
                int e_5 = max(min(convert_int_sat_rtz(floor(log2(a_1))), 130), -7);
                int ae_2 = (int)abs(e_5);
                bool eneg_2 = e_5 < 0;
                float p_16 = (ae_2 & 1) != 0 ? (eneg_2 ? 0.5f : 2.0f) : 1.0f;
                float p_17 = p_16 * (((ae_2 >> 1) & 1) != 0 ? (eneg_2 ? 0.25f : 4.0f) : 1.0f);
                float p_18 = p_17 * (((ae_2 >> 2) & 1) != 0 ? (eneg_2 ? 0.0625f : 16.0f) : 1.0f);
                float p_19 = p_18 * (((ae_2 >> 3) & 1) != 0 ? (eneg_2 ? 0.00390625f : 256.0f) : 1.0f);
                float p_20 = p_19 * (((ae_2 >> 4) & 1) != 0 ? (eneg_2 ? 1.5258789E-5f : 65536.0f) : 1.0f);
                float p_21 = p_20 * (((ae_2 >> 5) & 1) != 0 ? (eneg_2 ? 2.3283064E-10f : 4.2949673E9f) : 1.0f);
                float p_22 = p_21 * (((ae_2 >> 6) & 1) != 0 ? (eneg_2 ? 5.421011E-20f : 1.8446744E19f) : 1.0f);
                float p_23 = p_22 * (((ae_2 >> 7) & 1) != 0 ? (eneg_2 ? 2.938736E-39f : INFINITY) : 1.0f);
                int e_6 = max(min(p_23 > a_1 ? e_5 - 1 : p_23 * 2.0f <= a_1 ? e_5 + 1 : e_5, 130), -7);
                int e_7 = max(e_6, -6);
                int ae_3 = (int)abs(e_7 - 3);
                bool eneg_3 = e_7 - 3 < 0;
                float p_24 = (ae_3 & 1) != 0 ? (eneg_3 ? 0.5f : 2.0f) : 1.0f;
                float p_25 = p_24 * (((ae_3 >> 1) & 1) != 0 ? (eneg_3 ? 0.25f : 4.0f) : 1.0f);
                float p_26 = p_25 * (((ae_3 >> 2) & 1) != 0 ? (eneg_3 ? 0.0625f : 16.0f) : 1.0f);
                float p_27 = p_26 * (((ae_3 >> 3) & 1) != 0 ? (eneg_3 ? 0.00390625f : 256.0f) : 1.0f);
                float p_28 = p_27 * (((ae_3 >> 4) & 1) != 0 ? (eneg_3 ? 1.5258789E-5f : 65536.0f) : 1.0f);
                float p_29 = p_28 * (((ae_3 >> 5) & 1) != 0 ? (eneg_3 ? 2.3283064E-10f : 4.2949673E9f) : 1.0f);
                float p_30 = p_29 * (((ae_3 >> 6) & 1) != 0 ? (eneg_3 ? 5.421011E-20f : 1.8446744E19f) : 1.0f);
                float p_31 = p_30 * (((ae_3 >> 7) & 1) != 0 ? (eneg_3 ? 2.938736E-39f : INFINITY) : 1.0f);
                float r_2 = isinf(a_1) ? a_1 : rint(a_1 / p_31) * p_31;
                float r_3 = r_2 > 448.0f ? 448.0f : r_2;
                float rounded_1 = isnan(v_1) ? NAN : (v_1 < 0.0f) || ((v_1 == 0.0f) && (1.0f / v_1 < 0.0f)) ? -r_3 : r_3;
                out_cast_5[i_1] = rounded_1;
            }
        }
    }
}

__kernel __attribute__((reqd_work_group_size(8, 1, 1)))
void k4_cast(__global const float* restrict in_mul, __global float* restrict out_cast_6)
{
    int base = (int)get_global_id(0) * 8;
    if (base + 8 <= 33) {
        for (int e = 0; e < 8; e += 1) {
            int i = base + e;
            float v = in_mul[i];
            float a = fabs(v);
            int e_1 = max(min(convert_int_sat_rtz(floor(log2(a))), 130), -15);
            int ae = (int)abs(e_1);
            bool eneg = e_1 < 0;
            float p = (ae & 1) != 0 ? (eneg ? 0.5f : 2.0f) : 1.0f;
            float p_1 = p * (((ae >> 1) & 1) != 0 ? (eneg ? 0.25f : 4.0f) : 1.0f);
            float p_2 = p_1 * (((ae >> 2) & 1) != 0 ? (eneg ? 0.0625f : 16.0f) : 1.0f);
            float p_3 = p_2 * (((ae >> 3) & 1) != 0 ? (eneg ? 0.00390625f : 256.0f) : 1.0f);
            float p_4 = p_3 * (((ae >> 4) & 1) != 0 ? (eneg ? 1.5258789E-5f : 65536.0f) : 1.0f);
            float p_5 = p_4 * (((ae >> 5) & 1) != 0 ? (eneg ? 2.3283064E-10f : 4.2949673E9f) : 1.0f);
            float p_6 = p_5 * (((ae >> 6) & 1) != 0 ? (eneg ? 5.421011E-20f : 1.8446744E19f) : 1.0f);
            float p_7 = p_6 * (((ae >> 7) & 1) != 0 ? (eneg ? 2.938736E-39f : INFINITY) : 1.0f);
            int e_2 = max(min(p_7 > a ? e_1 - 1 : p_7 * 2.0f <= a ? e_1 + 1 : e_1, 130), -15);
            int e_3 = max(e_2, -14);
            int ae_1 = (int)abs(e_3 - 2);
            bool eneg_1 = e_3 - 2 < 0;
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
            int e_4 = max(min(convert_int_sat_rtz(floor(log2(a_1))), 130), -15);
            int ae_2 = (int)abs(e_4);
            bool eneg_2 = e_4 < 0;
            float p_16 = (ae_2 & 1) != 0 ? (eneg_2 ? 0.5f : 2.0f) : 1.0f;
            float p_17 = p_16 * (((ae_2 >> 1) & 1) != 0 ? (eneg_2 ? 0.25f : 4.0f) : 1.0f);
            float p_18 = p_17 * (((ae_2 >> 2) & 1) != 0 ? (eneg_2 ? 0.0625f : 16.0f) : 1.0f);
            float p_19 = p_18 * (((ae_2 >> 3) & 1) != 0 ? (eneg_2 ? 0.00390625f : 256.0f) : 1.0f);
            float p_20 = p_19 * (((ae_2 >> 4) & 1) != 0 ? (eneg_2 ? 1.5258789E-5f : 65536.0f) : 1.0f);
            float p_21 = p_20 * (((ae_2 >> 5) & 1) != 0 ? (eneg_2 ? 2.3283064E-10f : 4.2949673E9f) : 1.0f);
            float p_22 = p_21 * (((ae_2 >> 6) & 1) != 0 ? (eneg_2 ? 5.421011E-20f : 1.8446744E19f) : 1.0f);
            float p_23 = p_22 * (((ae_2 >> 7) & 1) != 0 ? (eneg_2 ? 2.938736E-39f : INFINITY) : 1.0f);
            int e_5 = max(min(p_23 > a_1 ? e_4 - 1 : p_23 * 2.0f <= a_1 ? e_4 + 1 : e_4, 130), -15);
            int e_6 = max(e_5, -14);
            int ae_3 = (int)abs(e_6 - 2);
            bool eneg_3 = e_6 - 2 < 0;
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
            out_cast_6[i] = rounded_1;
        }
    } else {
        for (int e_7 = 0; e_7 < 8; e_7 += 1) {
            int i_1 = base + e_7;
            if (i_1 < 33) {
                float v_1 = in_mul[i_1];
                float a_2 = fabs(v_1);
                int e_8 = max(min(convert_int_sat_rtz(floor(log2(a_2))), 130), -15);
                int ae_4 = (int)abs(e_8);
                bool eneg_4 = e_8 < 0;
                float p_32 = (ae_4 & 1) != 0 ? (eneg_4 ? 0.5f : 2.0f) : 1.0f;
                float p_33 = p_32 * (((ae_4 >> 1) & 1) != 0 ? (eneg_4 ? 0.25f : 4.0f) : 1.0f);
                float p_34 = p_33 * (((ae_4 >> 2) & 1) != 0 ? (eneg_4 ? 0.0625f : 16.0f) : 1.0f);
                float p_35 = p_34 * (((ae_4 >> 3) & 1) != 0 ? (eneg_4 ? 0.00390625f : 256.0f) : 1.0f);
                float p_36 = p_35 * (((ae_4 >> 4) & 1) != 0 ? (eneg_4 ? 1.5258789E-5f : 65536.0f) : 1.0f);
                float p_37 = p_36 * (((ae_4 >> 5) & 1) != 0 ? (eneg_4 ? 2.3283064E-10f : 4.2949673E9f) : 1.0f);
                float p_38 = p_37 * (((ae_4 >> 6) & 1) != 0 ? (eneg_4 ? 5.421011E-20f : 1.8446744E19f) : 1.0f);
                float p_39 = p_38 * (((ae_4 >> 7) & 1) != 0 ? (eneg_4 ? 2.938736E-39f : INFINITY) : 1.0f);
                int e_9 = max(min(p_39 > a_2 ? e_8 - 1 : p_39 * 2.0f <= a_2 ? e_8 + 1 : e_8, 130), -15);
                int e_10 = max(e_9, -14);
                int ae_5 = (int)abs(e_10 - 2);
                bool eneg_5 = e_10 - 2 < 0;
                float p_40 = (ae_5 & 1) != 0 ? (eneg_5 ? 0.5f : 2.0f) : 1.0f;
                float p_41 = p_40 * (((ae_5 >> 1) & 1) != 0 ? (eneg_5 ? 0.25f : 4.0f) : 1.0f);
                float p_42 = p_41 * (((ae_5 >> 2) & 1) != 0 ? (eneg_5 ? 0.0625f : 16.0f) : 1.0f);
                float p_43 = p_42 * (((ae_5 >> 3) & 1) != 0 ? (eneg_5 ? 0.00390625f : 256.0f) : 1.0f);
                float p_44 = p_43 * (((ae_5 >> 4) & 1) != 0 ? (eneg_5 ? 1.5258789E-5f : 65536.0f) : 1.0f);
                float p_45 = p_44 * (((ae_5 >> 5) & 1) != 0 ? (eneg_5 ? 2.3283064E-10f : 4.2949673E9f) : 1.0f);
                float p_46 = p_45 * (((ae_5 >> 6) & 1) != 0 ? (eneg_5 ? 5.421011E-20f : 1.8446744E19f) : 1.0f);
                float p_47 = p_46 * (((ae_5 >> 7) & 1) != 0 ? (eneg_5 ? 2.938736E-39f : INFINITY) : 1.0f);
                float r_4 = isinf(a_2) ? a_2 : rint(a_2 / p_47) * p_47;
                float r_5 = r_4 > 57344.0f ? INFINITY : r_4;
                float rounded_2 = isnan(v_1) ? NAN : (v_1 < 0.0f) || ((v_1 == 0.0f) && (1.0f / v_1 < 0.0f)) ? -r_5 : r_5;
                float a_3 = fabs(rounded_2);
                int e_11 = max(min(convert_int_sat_rtz(floor(log2(a_3))), 130), -15);
                int ae_6 = (int)abs(e_11);
                bool eneg_6 = e_11 < 0;
                float p_48 = (ae_6 & 1) != 0 ? (eneg_6 ? 0.5f : 2.0f) : 1.0f;
                float p_49 = p_48 * (((ae_6 >> 1) & 1) != 0 ? (eneg_6 ? 0.25f : 4.0f) : 1.0f);
                float p_50 = p_49 * (((ae_6 >> 2) & 1) != 0 ? (eneg_6 ? 0.0625f : 16.0f) : 1.0f);
                float p_51 = p_50 * (((ae_6 >> 3) & 1) != 0 ? (eneg_6 ? 0.00390625f : 256.0f) : 1.0f);
                float p_52 = p_51 * (((ae_6 >> 4) & 1) != 0 ? (eneg_6 ? 1.5258789E-5f : 65536.0f) : 1.0f);
                float p_53 = p_52 * (((ae_6 >> 5) & 1) != 0 ? (eneg_6 ? 2.3283064E-10f : 4.2949673E9f) : 1.0f);
                float p_54 = p_53 * (((ae_6 >> 6) & 1) != 0 ? (eneg_6 ? 5.421011E-20f : 1.8446744E19f) : 1.0f);
                float p_55 = p_54 * (((ae_6 >> 7) & 1) != 0 ? (eneg_6 ? 2.938736E-39f : INFINITY) : 1.0f);
                int e_12 = max(min(p_55 > a_3 ? e_11 - 1 : p_55 * 2.0f <= a_3 ? e_11 + 1 : e_11, 130), -15);
                int e_13 = max(e_12, -14);
                int ae_7 = (int)abs(e_13 - 2);
                bool eneg_7 = e_13 - 2 < 0;
                float p_56 = (ae_7 & 1) != 0 ? (eneg_7 ? 0.5f : 2.0f) : 1.0f;
                float p_57 = p_56 * (((ae_7 >> 1) & 1) != 0 ? (eneg_7 ? 0.25f : 4.0f) : 1.0f);
                float p_58 = p_57 * (((ae_7 >> 2) & 1) != 0 ? (eneg_7 ? 0.0625f : 16.0f) : 1.0f);
                float p_59 = p_58 * (((ae_7 >> 3) & 1) != 0 ? (eneg_7 ? 0.00390625f : 256.0f) : 1.0f);
                float p_60 = p_59 * (((ae_7 >> 4) & 1) != 0 ? (eneg_7 ? 1.5258789E-5f : 65536.0f) : 1.0f);
                float p_61 = p_60 * (((ae_7 >> 5) & 1) != 0 ? (eneg_7 ? 2.3283064E-10f : 4.2949673E9f) : 1.0f);
                float p_62 = p_61 * (((ae_7 >> 6) & 1) != 0 ? (eneg_7 ? 5.421011E-20f : 1.8446744E19f) : 1.0f);
                float p_63 = p_62 * (((ae_7 >> 7) & 1) != 0 ? (eneg_7 ? 2.938736E-39f : INFINITY) : 1.0f);
                float r_6 = isinf(a_3) ? a_3 : rint(a_3 / p_63) * p_63;
                float r_7 = r_6 > 57344.0f ? INFINITY : r_6;
                float rounded_3 = isnan(rounded_2) ? NAN : (rounded_2 < 0.0f) || ((rounded_2 == 0.0f) && (1.0f / rounded_2 < 0.0f)) ? -r_7 : r_7;
                out_cast_6[i_1] = rounded_3;
            }
        }
    }
}

__kernel __attribute__((reqd_work_group_size(8, 1, 1)))
void k5_cast(__global const float* restrict in_mul, __global short* restrict out_cast_7)
{
    int base = (int)get_global_id(0) * 8;
    if (base + 8 <= 33) {
        for (int e = 0; e < 8; e += 1) {
            int i = base + e;
            float v = in_mul[i];
            out_cast_7[i] = (short)((int)convert_long_sat_rtz(v) << 16 >> 16);
        }
    } else {
        for (int e_1 = 0; e_1 < 8; e_1 += 1) {
            int i_1 = base + e_1;
            if (i_1 < 33) {
                float v_1 = in_mul[i_1];
                out_cast_7[i_1] = (short)((int)convert_long_sat_rtz(v_1) << 16 >> 16);
            }
        }
    }
}

