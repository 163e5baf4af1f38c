__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k0_matmul(__global const float* restrict in_x, __global const float* restrict in_w, __global const float* restrict in_w_1, __global float* restrict out_tanh)
{
    __local float tile_a[528];
    __local float tile_b[1024];
    int lid1 = (int)get_local_id(1);
    int lid0 = (int)get_local_id(0);
    int row0 = (int)get_group_id(1) * 32;
    int slot = lid1 * 16 + lid0;
    int r0 = row0 + lid1 * 2;
    int r1 = row0 + (lid1 * 2 + 1);
    int c0 = lid0 * 4;
    int c1 = lid0 * 4 + 1;
    int c2 = lid0 * 4 + 2;
    int c3 = lid0 * 4 + 3;
    float acc0_0 = 0.0f;
    float acc0_1 = 0.0f;
    float acc0_2 = 0.0f;
    float acc0_3 = 0.0f;
    float acc1_0 = 0.0f;
    float acc1_1 = 0.0f;
    float acc1_2 = 0.0f;
    float acc1_3 = 0.0f;
    for (int k0 = 0; k0 < 39; k0 += 16) {
        int si = row0 + lid1;
        int sj = k0 + lid0;
        float v = 0.0f;
        if (sj < 39) {
            float v_1 = in_x[si * 39 + sj];
            float v_2 = v_1 * 0.5f;
            v = v_2;
        }
        tile_a[lid0 * 33 + lid1] = v;
        int sr_1 = 16 + lid1;
        int si_1 = row0 + sr_1;
        int sj_1 = k0 + lid0;
        float v_3 = 0.0f;
        if ((si_1 < 51) && (sj_1 < 39)) {
            float v_4 = in_x[si_1 * 39 + sj_1];
            float v_5 = v_4 * 0.5f;
            v_3 = v_5;
        }
        tile_a[lid0 * 33 + sr_1] = v_3;
        int sr_2 = slot / 64;
        int sc_2 = slot % 64;
        int si_2 = k0 + sr_2;
        float v_6 = 0.0f;
        if ((si_2 < 39) && (sc_2 < 53)) {
            float v_7 = in_w[si_2 * 53 + sc_2];
            v_6 = v_7;
        }
        tile_b[slot] = v_6;
        int sr_3 = 4 + slot / 64;
        int sc_3 = slot % 64;
        int si_3 = k0 + sr_3;
        float v_8 = 0.0f;
        if ((si_3 < 39) && (sc_3 < 53)) {
            float v_9 = in_w[si_3 * 53 + sc_3];
            v_8 = v_9;
        }
        tile_b[sr_3 * 64 + sc_3] = v_8;
        int sr_4 = 8 + slot / 64;
        int sc_4 = slot % 64;
        int si_4 = k0 + sr_4;
        float v_10 = 0.0f;
        if ((si_4 < 39) && (sc_4 < 53)) {
            float v_11 = in_w[si_4 * 53 + sc_4];
            v_10 = v_11;
        }
        tile_b[sr_4 * 64 + sc_4] = v_10;
        int sr_5 = 12 + slot / 64;
        int sc_5 = slot % 64;
        int si_5 = k0 + sr_5;
        float v_12 = 0.0f;
        if ((si_5 < 39) && (sc_5 < 53)) {
            float v_13 = in_w[si_5 * 53 + sc_5];
            v_12 = v_13;
        }
        tile_b[sr_5 * 64 + sc_5] = v_12;
        barrier(CLK_LOCAL_MEM_FENCE);
        float a = tile_a[lid1 * 2];
        float a_1 = tile_a[lid1 * 2 + 1];
        float b = tile_b[lid0 * 4];
        float b_1 = tile_b[lid0 * 4 + 1];
        float b_2 = tile_b[lid0 * 4 + 2];
        float b_3 = tile_b[lid0 * 4 + 3];
        acc0_0 = fma(a, b, acc0_0);
        acc0_1 = fma(a, b_1, acc0_1);
        acc0_2 = fma(a, b_2, acc0_2);
        acc0_3 = fma(a, b_3, acc0_3);
        acc1_0 = fma(a_1, b, acc1_0);
        acc1_1 = fma(a_1, b_1, acc1_1);
        acc1_2 = fma(a_1, b_2, acc1_2);
        acc1_3 = fma(a_1, b_3, acc1_3);
        float a_2 = tile_a[lid1 * 2 + 33];
        float a_3 = tile_a[lid1 * 2 + 1 + 33];
        float b_4 = tile_b[lid0 * 4 + 64];
        float b_5 = tile_b[lid0 * 4 + 1 + 64];
        float b_6 = tile_b[lid0 * 4 + 2 + 64];
        float b_7 = tile_b[lid0 * 4 + 3 + 64];
        acc0_0 = fma(a_2, b_4, acc0_0);
        acc0_1 = fma(a_2, b_5, acc0_1);
        acc0_2 = fma(a_2, b_6, acc0_2);
        acc0_3 = fma(a_2, b_7, acc0_3);
        acc1_0 = fma(a_3, b_4, acc1_0);
        acc1_1 = fma(a_3, b_5, acc1_1);
        acc1_2 = fma(a_3, b_6, acc1_2);
        acc1_3 = fma(a_3, b_7, acc1_3);
        float a_4 = tile_a[lid1 * 2 + 66];
        float a_5 = tile_a[lid1 * 2 + 1 + 66];
        float b_8 = tile_b[lid0 * 4 + 128];
        float b_9 = tile_b[lid0 * 4 + 1 + 128];
        float b_10 = tile_b[lid0 * 4 + 2 + 128];
        float b_11 = tile_b[lid0 * 4 + 3 + 128];
        acc0_0 = fma(a_4, b_8, acc0_0);
        acc0_1 = fma(a_4, b_9, acc0_1);
        acc0_2 = fma(a_4, b_10, acc0_2);
        acc0_3 = fma(a_4, b_11, acc0_3);
        acc1_0 = fma(a_5, b_8, acc1_0);
        acc1_1 = fma(a_5, b_9, acc1_1);
        acc1_2 = fma(a_5, b_10, acc1_2);
        acc1_3 = fma(a_5, b_11, acc1_3);
        float a_6 = tile_a[lid1 * 2 + 99];
        float a_7 = tile_a[lid1 * 2 + 1 + 99];
        float b_12 = tile_b[lid0 * 4 + 192];
        float b_13 = tile_b[lid0 * 4 + 1 + 192];
        float b_14 = tile_b[lid0 * 4 + 2 + 192];
        float b_15 = tile_b[lid0 * 4 + 3 + 192];
        acc0_0 = fma(a_6, b_12, acc0_0);
        acc0_1 = fma(a_6, b_13, acc0_1);
        acc0_2 = fma(a_6, b_14, acc0_2);
        acc0_3 = fma(a_6, b_15, acc0_3);
        acc1_0 = fma(a_7, b_12, acc1_0);
        acc1_1 = fma(a_7, b_13, acc1_1);
        acc1_2 = fma(a_7, b_14, acc1_2);
        acc1_3 = fma(a_7, b_15, acc1_3);
        float a_8 = tile_a[lid1 * 2 + 132];
        float a_9 = tile_a[lid1 * 2 + 1 + 132];
        float b_16 = tile_b[lid0 * 4 + 256];
        float b_17 = tile_b[lid0 * 4 + 1 + 256];
        float b_18 = tile_b[lid0 * 4 + 2 + 256];
        float b_19 = tile_b[lid0 * 4 + 3 + 256];
        acc0_0 = fma(a_8, b_16, acc0_0);
        acc0_1 = fma(a_8, b_17, acc0_1);
        acc0_2 = fma(a_8, b_18, acc0_2);
        acc0_3 = fma(a_8, b_19, acc0_3);
        acc1_0 = fma(a_9, b_16, acc1_0);
        acc1_1 = fma(a_9, b_17, acc1_1);
        acc1_2 = fma(a_9, b_18, acc1_2);
        acc1_3 = fma(a_9, b_19, acc1_3);
        float a_10 = tile_a[lid1 * 2 + 165];
        float a_11 = tile_a[lid1 * 2 + 1 + 165];
        float b_20 = tile_b[lid0 * 4 + 320];
        float b_21 = tile_b[lid0 * 4 + 1 + 320];
        float b_22 = tile_b[lid0 * 4 + 2 + 320];
        float b_23 = tile_b[lid0 * 4 + 3 + 320];
        acc0_0 = fma(a_10, b_20, acc0_0);
        acc0_1 = fma(a_10, b_21, acc0_1);
        acc0_2 = fma(a_10, b_22, acc0_2);
        acc0_3 = fma(a_10, b_23, acc0_3);
        acc1_0 = fma(a_11, b_20, acc1_0);
        acc1_1 = fma(a_11, b_21, acc1_1);
        acc1_2 = fma(a_11, b_22, acc1_2);
        acc1_3 = fma(a_11, b_23, acc1_3);
        float a_12 = tile_a[lid1 * 2 + 198];
        float a_13 = tile_a[lid1 * 2 + 1 + 198];
        float b_24 = tile_b[lid0 * 4 + 384];
        float b_25 = tile_b[lid0 * 4 + 1 + 384];
        float b_26 = tile_b[lid0 * 4 + 2 + 384];
        float b_27 = tile_b[lid0 * 4 + 3 + 384];
        acc0_0 = fma(a_12, b_24, acc0_0);
        acc0_1 = fma(a_12, b_25, acc0_1);
        acc0_2 = fma(a_12, b_26, acc0_2);
        acc0_3 = fma(a_12, b_27, acc0_3);
        acc1_0 = fma(a_13, b_24, acc1_0);
        acc1_1 = fma(a_13, b_25, acc1_1);
        acc1_2 = fma(a_13, b_26, acc1_2);
        acc1_3 = fma(a_13, b_27, acc1_3);
        float a_14 = tile_a[lid1 * 2 + 231];
        float a_15 = tile_a[lid1 * 2 + 1 + 231];
        float b_28 = tile_b[lid0 * 4 + 448];
        float b_29 = tile_b[lid0 * 4 + 1 + 448];
        float b_30 = tile_b[lid0 * 4 + 2 + 448];
        float b_31 = tile_b[lid0 * 4 + 3 + 448];
        acc0_0 = fma(a_14, b_28, acc0_0);
        acc0_1 = fma(a_14, b_29, acc0_1);
        acc0_2 = fma(a_14, b_30, acc0_2);
        acc0_3 = fma(a_14, b_31, acc0_3);
        acc1_0 = fma(a_15, b_28, acc1_0);
        acc1_1 = fma(a_15, b_29, acc1_1);
        acc1_2 = fma(a_15, b_30, acc1_2);
        acc1_3 = fma(a_15, b_31, acc1_3);
        float a_16 = tile_a[lid1 * 2 + 264];
        float a_17 = tile_a[lid1 * 2 + 1 + 264];
        float b_32 = tile_b[lid0 * 4 + 512];
        float b_33 = tile_b[lid0 * 4 + 1 + 512];
        float b_34 = tile_b[lid0 * 4 + 2 + 512];
        float b_35 = tile_b[lid0 * 4 + 3 + 512];
        acc0_0 = fma(a_16, b_32, acc0_0);
        acc0_1 = fma(a_16, b_33, acc0_1);
        acc0_2 = fma(a_16, b_34, acc0_2);
        acc0_3 = fma(a_16, b_35, acc0_3);
        acc1_0 = fma(a_17, b_32, acc1_0);
        acc1_1 = fma(a_17, b_33, acc1_1);
        acc1_2 = fma(a_17, b_34, acc1_2);
        acc1_3 = fma(a_17, b_35, acc1_3);
        float a_18 = tile_a[lid1 * 2 + 297];
        float a_19 = tile_a[lid1 * 2 + 1 + 297];
        float b_36 = tile_b[lid0 * 4 + 576];
        float b_37 = tile_b[lid0 * 4 + 1 + 576];
        float b_38 = tile_b[lid0 * 4 + 2 + 576];
        float b_39 = tile_b[lid0 * 4 + 3 + 576];
        acc0_0 = fma(a_18, b_36, acc0_0);
        acc0_1 = fma(a_18, b_37, acc0_1);
        acc0_2 = fma(a_18, b_38, acc0_2);
        acc0_3 = fma(a_18, b_39, acc0_3);
        acc1_0 = fma(a_19, b_36, acc1_0);
        acc1_1 = fma(a_19, b_37, acc1_1);
        acc1_2 = fma(a_19, b_38, acc1_2);
        acc1_3 = fma(a_19, b_39, acc1_3);
        float a_20 = tile_a[lid1 * 2 + 330];
        float a_21 = tile_a[lid1 * 2 + 1 + 330];
        float b_40 = tile_b[lid0 * 4 + 640];
        float b_41 = tile_b[lid0 * 4 + 1 + 640];
        float b_42 = tile_b[lid0 * 4 + 2 + 640];
        float b_43 = tile_b[lid0 * 4 + 3 + 640];
        acc0_0 = fma(a_20, b_40, acc0_0);
        acc0_1 = fma(a_20, b_41, acc0_1);
        acc0_2 = fma(a_20, b_42, acc0_2);
        acc0_3 = fma(a_20, b_43, acc0_3);
        acc1_0 = fma(a_21, b_40, acc1_0);
        acc1_1 = fma(a_21, b_41, acc1_1);
        acc1_2 = fma(a_21, b_42, acc1_2);
        acc1_3 = fma(a_21, b_43, acc1_3);
        float a_22 = tile_a[lid1 * 2 + 363];
        float a_23 = tile_a[lid1 * 2 + 1 + 363];
        float b_44 = tile_b[lid0 * 4 + 704];
        float b_45 = tile_b[lid0 * 4 + 1 + 704];
        float b_46 = tile_b[lid0 * 4 + 2 + 704];
        float b_47 = tile_b[lid0 * 4 + 3 + 704];
        acc0_0 = fma(a_22, b_44, acc0_0);
        acc0_1 = fma(a_22, b_45, acc0_1);
        acc0_2 = fma(a_22, b_46, acc0_2);
        acc0_3 = fma(a_22, b_47, acc0_3);
        acc1_0 = fma(a_23, b_44, acc1_0);
        acc1_1 = fma(a_23, b_45, acc1_1);
        acc1_2 = fma(a_23, b_46, acc1_2);
        acc1_3 = fma(a_23, b_47, acc1_3);
        float a_24 = tile_a[lid1 * 2 + 396];
        float a_25 = tile_a[lid1 * 2 + 1 + 396];
        float b_48 = tile_b[lid0 * 4 + 768];
        float b_49 = tile_b[lid0 * 4 + 1 + 768];
        float b_50 = tile_b[lid0 * 4 + 2 + 768];
        float b_51 = tile_b[lid0 * 4 + 3 + 768];
        acc0_0 = fma(a_24, b_48, acc0_0);
        acc0_1 = fma(a_24, b_49, acc0_1);
        acc0_2 = fma(a_24, b_50, acc0_2);
        acc0_3 = fma(a_24, b_51, acc0_3);
        acc1_0 = fma(a_25, b_48, acc1_0);
        acc1_1 = fma(a_25, b_49, acc1_1);
        acc1_2 = fma(a_25, b_50, acc1_2);
        acc1_3 = fma(a_25, b_51, acc1_3);
        float a_26 = tile_a[lid1 * 2 + 429];
        float a_27 = tile_a[lid1 * 2 + 1 + 429];
        float b_52 = tile_b[lid0 * 4 + 832];
        float b_53 = tile_b[lid0 * 4 + 1 + 832];
        float b_54 = tile_b[lid0 * 4 + 2 + 832];
        float b_55 = tile_b[lid0 * 4 + 3 + 832];
        acc0_0 = fma(a_26, b_52, acc0_0);
        acc0_1 = fma(a_26, b_53, acc0_1);
        acc0_2 = fma(a_26, b_54, acc0_2);
        acc0_3 = fma(a_26, b_55, acc0_3);
        acc1_0 = fma(a_27, b_52, acc1_0);
        acc1_1 = fma(a_27, b_53, acc1_1);
        acc1_2 = fma(a_27, b_54, acc1_2);
        acc1_3 = fma(a_27, b_55, acc1_3);
        float a_28 = tile_a[lid1 * 2 + 462];
        float a_29 = tile_a[lid1 * 2 + 1 + 462];
        float b_56 = tile_b[lid0 * 4 + 896];
        float b_57 = tile_b[lid0 * 4 + 1 + 896];
        float b_58 = tile_b[lid0 * 4 + 2 + 896];
        float b_59 = tile_b[lid0 * 4 + 3 + 896];
        acc0_0 = fma(a_28, b_56, acc0_0);
        acc0_1 = fma(a_28, b_57, acc0_1);
        acc0_2 = fma(a_28, b_58, acc0_2);
        acc0_3 = fma(a_28, b_59, acc0_3);
        acc1_0 = fma(a_29, b_56, acc1_0);
        acc1_1 = fma(a_29, b_57, acc1_1);
        acc1_2 = fma(a_29, b_58, acc1_2);
        acc1_3 = fma(a_29, b_59, acc1_3);
        float a_30 = tile_a[lid1 * 2 + 495];
        float a_31 = tile_a[lid1 * 2 + 1 + 495];
        float b_60 = tile_b[lid0 * 4 + 960];
        float b_61 = tile_b[lid0 * 4 + 1 + 960];
        float b_62 = tile_b[lid0 * 4 + 2 + 960];
        float b_63 = tile_b[lid0 * 4 + 3 + 960];
        acc0_0 = fma(a_30, b_60, acc0_0);
        acc0_1 = fma(a_30, b_61, acc0_1);
        acc0_2 = fma(a_30, b_62, acc0_2);
        acc0_3 = fma(a_30, b_63, acc0_3);
        acc1_0 = fma(a_31, b_60, acc1_0);
        acc1_1 = fma(a_31, b_61, acc1_1);
        acc1_2 = fma(a_31, b_62, acc1_2);
        acc1_3 = fma(a_31, b_63, acc1_3);
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    if ((r0 < 51) && (c0 < 53)) {
        int lin = r0 * 53 + c0;
        float v_14 = in_w_1[c0];
        float v_15 = acc0_0 + v_14;
        out_tanh[lin] = tanh(v_15);
    }
    if ((r0 < 51) && (c1 < 53)) {
        int lin_1 = r0 * 53 + c1;
        float v_16 = in_w_1[c1];
        float v_17 = acc0_1 + v_16;
        out_tanh[lin_1] = tanh(v_17);
    }
    if ((r0 < 51) && (c2 < 53)) {
        int lin_2 = r0 * 53 + c2;
        float v_18 = in_w_1[c2];
        float v_19 = acc0_2 + v_18;
        out_tanh[lin_2] = tanh(v_19);
    }
    if ((r0 < 51) && (c3 < 53)) {
        int lin_3 = r0 * 53 + c3;
        float v_20 = in_w_1[c3];
        float v_21 = acc0_3 + v_20;
        out_tanh[lin_3] = tanh(v_21);
    }
    if ((r1 < 51) && (c0 < 53)) {
        int lin_4 = r1 * 53 + c0;
        float v_22 = in_w_1[c0];
        float v_23 = acc1_0 + v_22;
        out_tanh[lin_4] = tanh(v_23);
    }
    if ((r1 < 51) && (c1 < 53)) {
        int lin_5 = r1 * 53 + c1;
        float v_24 = in_w_1[c1];
        float v_25 = acc1_1 + v_24;
        out_tanh[lin_5] = tanh(v_25);
    }
    if ((r1 < 51) && (c2 < 53)) {
        int lin_6 = r1 * 53 + c2;
        float v_26 = in_w_1[c2];
        float v_27 = acc1_2 + v_26;
        out_tanh[lin_6] = tanh(v_27);
    }
    if ((r1 < 51) && (c3 < 53)) {
        int lin_7 = r1 * 53 + c3;
        float v_28 = in_w_1[c3];
        float v_29 = acc1_3 + v_28;
        out_tanh[lin_7] = tanh(v_29);
    }
}

