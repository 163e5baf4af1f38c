__kernel __attribute__((reqd_work_group_size(8, 4, 1)))
void k0_conv(__global const float* restrict in_w, __global const float* restrict in_x, __global const float* restrict in_w_1, __global float* restrict out_mul)
{
    int lid1 = (int)get_local_id(1);
    int lid0 = (int)get_local_id(0);
    int r0 = lid1 * 8;
    int r1 = lid1 * 8 + 1;
    int r2 = lid1 * 8 + 2;
    int r3 = lid1 * 8 + 3;
    int r4 = lid1 * 8 + 4;
    int r5 = lid1 * 8 + 5;
    int r6 = lid1 * 8 + 6;
    int r7 = lid1 * 8 + 7;
    int c0 = lid0 * 16;
    int c1 = lid0 * 16 + 1;
    int c2 = lid0 * 16 + 2;
    int c3 = lid0 * 16 + 3;
    int c4 = lid0 * 16 + 4;
    int c5 = lid0 * 16 + 5;
    int c6 = lid0 * 16 + 6;
    int c7 = lid0 * 16 + 7;
    int c8 = lid0 * 16 + 8;
    int c9 = lid0 * 16 + 9;
    int c10 = lid0 * 16 + 10;
    int c11 = lid0 * 16 + 11;
    int c12 = lid0 * 16 + 12;
    int c13 = lid0 * 16 + 13;
    int c14 = lid0 * 16 + 14;
    int c15 = lid0 * 16 + 15;
    float acc0_0 = 0.0f;
    float acc0_1 = 0.0f;
    float acc0_2 = 0.0f;
    float acc0_3 = 0.0f;
    float acc0_4 = 0.0f;
    float acc0_5 = 0.0f;
    float acc0_6 = 0.0f;
    float acc0_7 = 0.0f;
    float acc0_8 = 0.0f;
    float acc0_9 = 0.0f;
    float acc0_10 = 0.0f;
    float acc0_11 = 0.0f;
    float acc0_12 = 0.0f;
    float acc0_13 = 0.0f;
    float acc0_14 = 0.0f;
    float acc0_15 = 0.0f;
    float acc1_0 = 0.0f;
    float acc1_1 = 0.0f;
    float acc1_2 = 0.0f;
    float acc1_3 = 0.0f;
    float acc1_4 = 0.0f;
    float acc1_5 = 0.0f;
    float acc1_6 = 0.0f;
    float acc1_7 = 0.0f;
    float acc1_8 = 0.0f;
    float acc1_9 = 0.0f;
    float acc1_10 = 0.0f;
    float acc1_11 = 0.0f;
    float acc1_12 = 0.0f;
    float acc1_13 = 0.0f;
    float acc1_14 = 0.0f;
    float acc1_15 = 0.0f;
    float acc2_0 = 0.0f;
    float acc2_1 = 0.0f;
    float acc2_2 = 0.0f;
    float acc2_3 = 0.0f;
    float acc2_4 = 0.0f;
    float acc2_5 = 0.0f;
    float acc2_6 = 0.0f;
    float acc2_7 = 0.0f;
    float acc2_8 = 0.0f;
    float acc2_9 = 0.0f;
    float acc2_10 = 0.0f;
    float acc2_11 = 0.0f;
    float acc2_12 = 0.0f;
    float acc2_13 = 0.0f;
    float acc2_14 = 0.0f;
    float acc2_15 = 0.0f;
    float acc3_0 = 0.0f;
    float acc3_1 = 0.0f;
    float acc3_2 = 0.0f;
    float acc3_3 = 0.0f;
    float acc3_4 = 0.0f;
    float acc3_5 = 0.0f;
    float acc3_6 = 0.0f;
    float acc3_7 = 0.0f;
    float acc3_8 = 0.0f;
    float acc3_9 = 0.0f;
    float acc3_10 = 0.0f;
    float acc3_11 = 0.0f;
    float acc3_12 = 0.0f;
    float acc3_13 = 0.0f;
    float acc3_14 = 0.0f;
    float acc3_15 = 0.0f;
    float acc4_0 = 0.0f;
    float acc4_1 = 0.0f;
    float acc4_2 = 0.0f;
    float acc4_3 = 0.0f;
    float acc4_4 = 0.0f;
    float acc4_5 = 0.0f;
    float acc4_6 = 0.0f;
    float acc4_7 = 0.0f;
    float acc4_8 = 0.0f;
    float acc4_9 = 0.0f;
    float acc4_10 = 0.0f;
    float acc4_11 = 0.0f;
    float acc4_12 = 0.0f;
    float acc4_13 = 0.0f;
    float acc4_14 = 0.0f;
    float acc4_15 = 0.0f;
    float acc5_0 = 0.0f;
    float acc5_1 = 0.0f;
    float acc5_2 = 0.0f;
    float acc5_3 = 0.0f;
    float acc5_4 = 0.0f;
    float acc5_5 = 0.0f;
    float acc5_6 = 0.0f;
    float acc5_7 = 0.0f;
    float acc5_8 = 0.0f;
    float acc5_9 = 0.0f;
    float acc5_10 = 0.0f;
    float acc5_11 = 0.0f;
    float acc5_12 = 0.0f;
    float acc5_13 = 0.0f;
    float acc5_14 = 0.0f;
    float acc5_15 = 0.0f;
    float acc6_0 = 0.0f;
    float acc6_1 = 0.0f;
    float acc6_2 = 0.0f;
    float acc6_3 = 0.0f;
    float acc6_4 = 0.0f;
    float acc6_5 = 0.0f;
    float acc6_6 = 0.0f;
    float acc6_7 = 0.0f;
    float acc6_8 = 0.0f;
    float acc6_9 = 0.0f;
    float acc6_10 = 0.0f;
    float acc6_11 = 0.0f;
    float acc6_12 = 0.0f;
    float acc6_13 = 0.0f;
    float acc6_14 = 0.0f;
    float acc6_15 = 0.0f;
    float acc7_0 = 0.0f;
    float acc7_1 = 0.0f;
    float acc7_2 = 0.0f;
    float acc7_3 = 0.0f;
    float acc7_4 = 0.0f;
    float acc7_5 = 0.0f;
    float acc7_6 = 0.0f;
    float acc7_7 = 0.0f;
    float acc7_8 = 0.0f;
    float acc7_9 = 0.0f;
    float acc7_10 = 0.0f;
    float acc7_11 = 0.0f;
    float acc7_12 = 0.0f;
    float acc7_13 = 0.0f;
    float acc7_14 = 0.0f;
    float acc7_15 = 0.0f;
    for (int k0 = 0; k0 < 90; k0 += 8) {
        float v = 0.0f;
        if (r0 < 22) {
            int i0 = k0 / 9;
            int i1 = k0 / 3 % 3;
            int i2 = k0 % 3;
            float v_1 = in_w[r0 * 90 + i0 * 9 + i1 * 3 + i2];
            v = v_1;
        }
        float v_2 = 0.0f;
        if (r1 < 22) {
            int i0_1 = k0 / 9;
            int i1_1 = k0 / 3 % 3;
            int i2_1 = k0 % 3;
            float v_3 = in_w[r1 * 90 + i0_1 * 9 + i1_1 * 3 + i2_1];
            v_2 = v_3;
        }
        float v_4 = 0.0f;
        if (r2 < 22) {
            int i0_2 = k0 / 9;
            int i1_2 = k0 / 3 % 3;
            int i2_2 = k0 % 3;
            float v_5 = in_w[r2 * 90 + i0_2 * 9 + i1_2 * 3 + i2_2];
            v_4 = v_5;
        }
        float v_6 = 0.0f;
        if (r3 < 22) {
            int i0_3 = k0 / 9;
            int i1_3 = k0 / 3 % 3;
            int i2_3 = k0 % 3;
            float v_7 = in_w[r3 * 90 + i0_3 * 9 + i1_3 * 3 + i2_3];
            v_6 = v_7;
        }
        float v_8 = 0.0f;
        if (r4 < 22) {
            int i0_4 = k0 / 9;
            int i1_4 = k0 / 3 % 3;
            int i2_4 = k0 % 3;
            float v_9 = in_w[r4 * 90 + i0_4 * 9 + i1_4 * 3 + i2_4];
            v_8 = v_9;
        }
        float v_10 = 0.0f;
        if (r5 < 22) {
            int i0_5 = k0 / 9;
            int i1_5 = k0 / 3 % 3;
            int i2_5 = k0 % 3;
            float v_11 = in_w[r5 * 90 + i0_5 * 9 + i1_5 * 3 + i2_5];
            v_10 = v_11;
        }
        float v_12 = 0.0f;
        if (r6 < 22) {
            int i0_6 = k0 / 9;
            int i1_6 = k0 / 3 % 3;
            int i2_6 = k0 % 3;
            float v_13 = in_w[r6 * 90 + i0_6 * 9 + i1_6 * 3 + i2_6];
            v_12 = v_13;
        }
        float v_14 = 0.0f;
        if (r7 < 22) {
            int i0_7 = k0 / 9;
            int i1_7 = k0 / 3 % 3;
            int i2_7 = k0 % 3;
            float v_15 = in_w[r7 * 90 + i0_7 * 9 + i1_7 * 3 + i2_7];
            v_14 = v_15;
        }
        int i0_8 = k0 / 9;
        int i1_8 = k0 / 3 % 3;
        int i2_8 = k0 % 3;
        int i0_9 = c0 / 12;
        int i1_9 = c0 % 12;
        int x0 = i0_9 + i1_8 - 1;
        int x1 = i1_9 + i2_8 - 1;
        float v_16 = 0.0f;
        if ((c0 < 108) && ((x0 >= 0) && (x0 < 9) && ((x1 >= 0) && (x1 < 12)))) {
            float v_17 = in_x[i0_8 * 108 + x0 * 12 + x1];
            v_16 = v_17;
        }
        int i0_10 = c1 / 12;
        int i1_10 = c1 % 12;
        int x0_1 = i0_10 + i1_8 - 1;
        int x1_1 = i1_10 + i2_8 - 1;
        float v_18 = 0.0f;
        if ((c1 < 108) && ((x0_1 >= 0) && (x0_1 < 9) && ((x1_1 >= 0) && (x1_1 < 12)))) {
            float v_19 = in_x[i0_8 * 108 + x0_1 * 12 + x1_1];
            v_18 = v_19;
        }
        int i0_11 = c2 / 12;
        int i1_11 = c2 % 12;
        int x0_2 = i0_11 + i1_8 - 1;
        int x1_2 = i1_11 + i2_8 - 1;
        float v_20 = 0.0f;
        if ((c2 < 108) && ((x0_2 >= 0) && (x0_2 < 9) && ((x1_2 >= 0) && (x1_2 < 12)))) {
            float v_21 = in_x[i0_8 * 108 + x0_2 * 12 + x1_2];
            v_20 = v_21;
        }
        int i0_12 = c3 / 12;
        int i1_12 = c3 % 12;
        int x0_3 = i0_12 + i1_8 - 1;
        int x1_3 = i1_12 + i2_8 - 1;
        float v_22 = 0.0f;
        if ((c3 < 108) && ((x0_3 >= 0) && (x0_3 < 9) && ((x1_3 >= 0) && (x1_3 < 12)))) {
            float v_23 = in_x[i0_8 * 108 + x0_3 * 12 + x1_3];
            v_22 = v_23;
        }
        int i0_13 = c4 / 12;
        int i1_13 = c4 % 12;
        int x0_4 = i0_13 + i1_8 - 1;
        int x1_4 = i1_13 + i2_8 - 1;
        float v_24 = 0.0f;
        if ((c4 < 108) && ((x0_4 >= 0) && (x0_4 < 9) && ((x1_4 >= 0) && (x1_4 < 12)))) {
            float v_25 = in_x[i0_8 * 108 + x0_4 * 12 + x1_4];
            v_24 = v_25;
        }
        int i0_14 = c5 / 12;
        int i1_14 = c5 % 12;
        int x0_5 = i0_14 + i1_8 - 1;
        int x1_5 = i1_14 + i2_8 - 1;
        float v_26 = 0.0f;
        if ((c5 < 108) && ((x0_5 >= 0) && (x0_5 < 9) && ((x1_5 >= 0) && (x1_5 < 12)))) {
            float v_27 = in_x[i0_8 * 108 + x0_5 * 12 + x1_5];
            v_26 = v_27;
        }
        int i0_15 = c6 / 12;
        int i1_15 = c6 % 12;
        int x0_6 = i0_15 + i1_8 - 1;
        int x1_6 = i1_15 + i2_8 - 1;
        float v_28 = 0.0f;
        if ((c6 < 108) && ((x0_6 >= 0) && (x0_6 < 9) && ((x1_6 >= 0) && (x1_6 < 12)))) {
            float v_29 = in_x[i0_8 * 108 + x0_6 * 12 + x1_6];
            v_28 = v_29;
        }
        int i0_16 = c7 / 12;
        int i1_16 = c7 % 12;
        int x0_7 = i0_16 + i1_8 - 1;
        int x1_7 = i1_16 + i2_8 - 1;
        float v_30 = 0.0f;
        if ((c7 < 108) && ((x0_7 >= 0) && (x0_7 < 9) && ((x1_7 >= 0) && (x1_7 < 12)))) {
            float v_31 = in_x[i0_8 * 108 + x0_7 * 12 + x1_7];
            v_30 = v_31;
        }
        int i0_17 = c8 / 12;
        int i1_17 = c8 % 12;
        int x0_8 = i0_17 + i1_8 - 1;
        int x1_8 = i1_17 + i2_8 - 1;
        float v_32 = 0.0f;
        if ((c8 < 108) && ((x0_8 >= 0) && (x0_8 < 9) && ((x1_8 >= 0) && (x1_8 < 12)))) {
            float v_33 = in_x[i0_8 * 108 + x0_8 * 12 + x1_8];
            v_32 = v_33;
        }
        int i0_18 = c9 / 12;
        int i1_18 = c9 % 12;
        int x0_9 = i0_18 + i1_8 - 1;
        int x1_9 = i1_18 + i2_8 - 1;
        float v_34 = 0.0f;
        if ((c9 < 108) && ((x0_9 >= 0) && (x0_9 < 9) && ((x1_9 >= 0) && (x1_9 < 12)))) {
            float v_35 = in_x[i0_8 * 108 + x0_9 * 12 + x1_9];
            v_34 = v_35;
        }
        int i0_19 = c10 / 12;
        int i1_19 = c10 % 12;
        int x0_10 = i0_19 + i1_8 - 1;
        int x1_10 = i1_19 + i2_8 - 1;
        float v_36 = 0.0f;
        if ((c10 < 108) && ((x0_10 >= 0) && (x0_10 < 9) && ((x1_10 >= 0) && (x1_10 < 12)))) {
            float v_37 = in_x[i0_8 * 108 + x0_10 * 12 + x1_10];
            v_36 = v_37;
        }
        int i0_20 = c11 / 12;
        int i1_20 = c11 % 12;
        int x0_11 = i0_20 + i1_8 - 1;
        int x1_11 = i1_20 + i2_8 - 1;
        float v_38 = 0.0f;
        if ((c11 < 108) && ((x0_11 >= 0) && (x0_11 < 9) && ((x1_11 >= 0) && (x1_11 < 12)))) {
            float v_39 = in_x[i0_8 * 108 + x0_11 * 12 + x1_11];
            v_38 = v_39;
        }
        int i0_21 = 1 + lid0 * 16 / 12;
        int i1_21 = lid0 * 16 % 12;
        int x0_12 = i0_21 + i1_8 - 1;
        int x1_12 = i1_21 + i2_8 - 1;
        float v_40 = 0.0f;
        if ((c12 < 108) && ((x0_12 < 9) && ((x1_12 >= 0) && (x1_12 < 12)))) {
            float v_41 = in_x[i0_8 * 108 + x0_12 * 12 + x1_12];
            v_40 = v_41;
        }
        int i0_22 = c13 / 12;
        int i1_22 = c13 % 12;
        int x0_13 = i0_22 + i1_8 - 1;
        int x1_13 = i1_22 + i2_8 - 1;
        float v_42 = 0.0f;
        if ((c13 < 108) && ((x0_13 < 9) && ((x1_13 >= 0) && (x1_13 < 12)))) {
            float v_43 = in_x[i0_8 * 108 + x0_13 * 12 + x1_13];
            v_42 = v_43;
        }
        int i0_23 = c14 / 12;
        int i1_23 = c14 % 12;
        int x0_14 = i0_23 + i1_8 - 1;
        int x1_14 = i1_23 + i2_8 - 1;
        float v_44 = 0.0f;
        if ((c14 < 108) && ((x0_14 < 9) && ((x1_14 >= 0) && (x1_14 < 12)))) {
            float v_45 = in_x[i0_8 * 108 + x0_14 * 12 + x1_14];
            v_44 = v_45;
        }
        int i0_24 = c15 / 12;
        int i1_24 = c15 % 12;
        int x0_15 = i0_24 + i1_8 - 1;
        int x1_15 = i1_24 + i2_8 - 1;
        float v_46 = 0.0f;
        if ((c15 < 108) && ((x0_15 < 9) && ((x1_15 >= 0) && (x1_15 < 12)))) {
            float v_47 = in_x[i0_8 * 108 + x0_15 * 12 + x1_15];
            v_46 = v_47;
        }
        acc0_0 = fma(v, v_16, acc0_0);
        acc0_1 = fma(v, v_18, acc0_1);
        acc0_2 = fma(v, v_20, acc0_2);
        acc0_3 = fma(v, v_22, acc0_3);
        acc0_4 = fma(v, v_24, acc0_4);
        acc0_5 = fma(v, v_26, acc0_5);
        acc0_6 = fma(v, v_28, acc0_6);
        acc0_7 = fma(v, v_30, acc0_7);
        acc0_8 = fma(v, v_32, acc0_8);
        acc0_9 = fma(v, v_34, acc0_9);
        acc0_10 = fma(v, v_36, acc0_10);
        acc0_11 = fma(v, v_38, acc0_11);
        acc0_12 = fma(v, v_40, acc0_12);
        acc0_13 = fma(v, v_42, acc0_13);
        acc0_14 = fma(v, v_44, acc0_14);
        acc0_15 = fma(v, v_46, acc0_15);
        acc1_0 = fma(v_2, v_16, acc1_0);
        acc1_1 = fma(v_2, v_18, acc1_1);
        acc1_2 = fma(v_2, v_20, acc1_2);
        acc1_3 = fma(v_2, v_22, acc1_3);
        acc1_4 = fma(v_2, v_24, acc1_4);
        acc1_5 = fma(v_2, v_26, acc1_5);
        acc1_6 = fma(v_2, v_28, acc1_6);
        acc1_7 = fma(v_2, v_30, acc1_7);
        acc1_8 = fma(v_2, v_32, acc1_8);
        acc1_9 = fma(v_2, v_34, acc1_9);
        acc1_10 = fma(v_2, v_36, acc1_10);
        acc1_11 = fma(v_2, v_38, acc1_11);
        acc1_12 = fma(v_2, v_40, acc1_12);
        acc1_13 = fma(v_2, v_42, acc1_13);
        acc1_14 = fma(v_2, v_44, acc1_14);
        acc1_15 = fma(v_2, v_46, acc1_15);
        acc2_0 = fma(v_4, v_16, acc2_0);
        acc2_1 = fma(v_4, v_18, acc2_1);
        acc2_2 = fma(v_4, v_20, acc2_2);
        acc2_3 = fma(v_4, v_22, acc2_3);
        acc2_4 = fma(v_4, v_24, acc2_4);
        acc2_5 = fma(v_4, v_26, acc2_5);
        acc2_6 = fma(v_4, v_28, acc2_6);
        acc2_7 = fma(v_4, v_30, acc2_7);
        acc2_8 = fma(v_4, v_32, acc2_8);
        acc2_9 = fma(v_4, v_34, acc2_9);
        acc2_10 = fma(v_4, v_36, acc2_10);
        acc2_11 = fma(v_4, v_38, acc2_11);
        acc2_12 = fma(v_4, v_40, acc2_12);
        acc2_13 = fma(v_4, v_42, acc2_13);
        acc2_14 = fma(v_4, v_44, acc2_14);
        acc2_15 = fma(v_4, v_46, acc2_15);
        acc3_0 = fma(v_6, v_16, acc3_0);
        acc3_1 = fma(v_6, v_18, acc3_1);
        acc3_2 = fma(v_6, v_20, acc3_2);
        acc3_3 = fma(v_6, v_22, acc3_3);
        acc3_4 = fma(v_6, v_24, acc3_4);
        acc3_5 = fma(v_6, v_26, acc3_5);
        acc3_6 = fma(v_6, v_28, acc3_6);
        acc3_7 = fma(v_6, v_30, acc3_7);
        acc3_8 = fma(v_6, v_32, acc3_8);
        acc3_9 = fma(v_6, v_34, acc3_9);
        acc3_10 = fma(v_6, v_36, acc3_10);
        acc3_11 = fma(v_6, v_38, acc3_11);
        acc3_12 = fma(v_6, v_40, acc3_12);
        acc3_13 = fma(v_6, v_42, acc3_13);
        acc3_14 = fma(v_6, v_44, acc3_14);
        acc3_15 = fma(v_6, v_46, acc3_15);
        acc4_0 = fma(v_8, v_16, acc4_0);
        acc4_1 = fma(v_8, v_18, acc4_1);
        acc4_2 = fma(v_8, v_20, acc4_2);
        acc4_3 = fma(v_8, v_22, acc4_3);
        acc4_4 = fma(v_8, v_24, acc4_4);
        acc4_5 = fma(v_8, v_26, acc4_5);
        acc4_6 = fma(v_8, v_28, acc4_6);
        acc4_7 = fma(v_8, v_30, acc4_7);
        acc4_8 = fma(v_8, v_32, acc4_8);
        acc4_9 = fma(v_8, v_34, acc4_9);
        acc4_10 = fma(v_8, v_36, acc4_10);
        acc4_11 = fma(v_8, v_38, acc4_11);
        acc4_12 = fma(v_8, v_40, acc4_12);
        acc4_13 = fma(v_8, v_42, acc4_13);
        acc4_14 = fma(v_8, v_44, acc4_14);
        acc4_15 = fma(v_8, v_46, acc4_15);
        acc5_0 = fma(v_10, v_16, acc5_0);
        acc5_1 = fma(v_10, v_18, acc5_1);
        acc5_2 = fma(v_10, v_20, acc5_2);
        acc5_3 = fma(v_10, v_22, acc5_3);
        acc5_4 = fma(v_10, v_24, acc5_4);
        acc5_5 = fma(v_10, v_26, acc5_5);
        acc5_6 = fma(v_10, v_28, acc5_6);
        acc5_7 = fma(v_10, v_30, acc5_7);
        acc5_8 = fma(v_10, v_32, acc5_8);
        acc5_9 = fma(v_10, v_34, acc5_9);
        acc5_10 = fma(v_10, v_36, acc5_10);
        acc5_11 = fma(v_10, v_38, acc5_11);
        acc5_12 = fma(v_10, v_40, acc5_12);
        acc5_13 = fma(v_10, v_42, acc5_13);
        acc5_14 = fma(v_10, v_44, acc5_14);
        acc5_15 = fma(v_10, v_46, acc5_15);
        acc6_0 = fma(v_12, v_16, acc6_0);
        acc6_1 = fma(v_12, v_18, acc6_1);
        acc6_2 = fma(v_12, v_20, acc6_2);
        acc6_3 = fma(v_12, v_22, acc6_3);
        acc6_4 = fma(v_12, v_24, acc6_4);
        acc6_5 = fma(v_12, v_26, acc6_5);
        acc6_6 = fma(v_12, v_28, acc6_6);
        acc6_7 = fma(v_12, v_30, acc6_7);
        acc6_8 = fma(v_12, v_32, acc6_8);
        acc6_9 = fma(v_12, v_34, acc6_9);
        acc6_10 = fma(v_12, v_36, acc6_10);
        acc6_11 = fma(v_12, v_38, acc6_11);
        acc6_12 = fma(v_12, v_40, acc6_12);
        acc6_13 = fma(v_12, v_42, acc6_13);
        acc6_14 = fma(v_12, v_44, acc6_14);
        acc6_15 = fma(v_12, v_46, acc6_15);
        acc7_0 = fma(v_14, v_16, acc7_0);
        acc7_1 = fma(v_14, v_18, acc7_1);
        acc7_2 = fma(v_14, v_20, acc7_2);
        acc7_3 = fma(v_14, v_22, acc7_3);
        acc7_4 = fma(v_14, v_24, acc7_4);
        acc7_5 = fma(v_14, v_26, acc7_5);
        acc7_6 = fma(v_14, v_28, acc7_6);
        acc7_7 = fma(v_14, v_30, acc7_7);
        acc7_8 = fma(v_14, v_32, acc7_8);
        acc7_9 = fma(v_14, v_34, acc7_9);
        acc7_10 = fma(v_14, v_36, acc7_10);
        acc7_11 = fma(v_14, v_38, acc7_11);
        acc7_12 = fma(v_14, v_40, acc7_12);
        acc7_13 = fma(v_14, v_42, acc7_13);
        acc7_14 = fma(v_14, v_44, acc7_14);
        acc7_15 = fma(v_14, v_46, acc7_15);
        float v_48 = 0.0f;
        if ((r0 < 22) && (k0 + 1 < 90)) {
            int i0_25 = (k0 + 1) / 9;
            int i1_25 = (k0 + 1) / 3 % 3;
            int i2_9 = (k0 + 1) % 3;
            float v_49 = in_w[r0 * 90 + i0_25 * 9 + i1_25 * 3 + i2_9];
            v_48 = v_49;
        }
        float v_50 = 0.0f;
        if ((r1 < 22) && (k0 + 1 < 90)) {
            int i0_26 = (k0 + 1) / 9;
            int i1_26 = (k0 + 1) / 3 % 3;
            int i2_10 = (k0 + 1) % 3;
            float v_51 = in_w[r1 * 90 + i0_26 * 9 + i1_26 * 3 + i2_10];
            v_50 = v_51;
        }
        float v_52 = 0.0f;
        if ((r2 < 22) && (k0 + 1 < 90)) {
            int i0_27 = (k0 + 1) / 9;
            int i1_27 = (k0 + 1) / 3 % 3;
            int i2_11 = (k0 + 1) % 3;
            float v_53 = in_w[r2 * 90 + i0_27 * 9 + i1_27 * 3 + i2_11];
            v_52 = v_53;
        }
        float v_54 = 0.0f;
        if ((r3 < 22) && (k0 + 1 < 90)) {
            int i0_28 = (k0 + 1) / 9;
            int i1_28 = (k0 + 1) / 3 % 3;
            int i2_12 = (k0 + 1) % 3;
            float v_55 = in_w[r3 * 90 + i0_28 * 9 + i1_28 * 3 + i2_12];
            v_54 = v_55;
        }
        float v_56 = 0.0f;
        if ((r4 < 22) && (k0 + 1 < 90)) {
            int i0_29 = (k0 + 1) / 9;
            int i1_29 = (k0 + 1) / 3 % 3;
            int i2_13 = (k0 + 1) % 3;
            float v_57 = in_w[r4 * 90 + i0_29 * 9 + i1_29 * 3 + i2_13];
            v_56 = v_57;
        }
        float v_58 = 0.0f;
        if ((r5 < 22) && (k0 + 1 < 90)) {
            int i0_30 = (k0 + 1) / 9;
            int i1_30 = (k0 + 1) / 3 % 3;
            int i2_14 = (k0 + 1) % 3;
            float v_59 = in_w[r5 * 90 + i0_30 * 9 + i1_30 * 3 + i2_14];
            v_58 = v_59;
        }
        float v_60 = 0.0f;
        if ((r6 < 22) && (k0 + 1 < 90)) {
            int i0_31 = (k0 + 1) / 9;
            int i1_31 = (k0 + 1) / 3 % 3;
            int i2_15 = (k0 + 1) % 3;
            float v_61 = in_w[r6 * 90 + i0_31 * 9 + i1_31 * 3 + i2_15];
            v_60 = v_61;
        }
        float v_62 = 0.0f;
        if ((r7 < 22) && (k0 + 1 < 90)) {
            int i0_32 = (k0 + 1) / 9;
            int i1_32 = (k0 + 1) / 3 % 3;
            int i2_16 = (k0 + 1) % 3;
            float v_63 = in_w[r7 * 90 + i0_32 * 9 + i1_32 * 3 + i2_16];
            v_62 = v_63;
        }
        int i0_33 = (k0 + 1) / 9;
        int i1_33 = (k0 + 1) / 3 % 3;
        int i2_17 = (k0 + 1) % 3;
        int x0_16 = i0_9 + i1_33 - 1;
        int x1_16 = i1_9 + i2_17 - 1;
        float v_64 = 0.0f;
        if ((k0 + 1 < 90) && (c0 < 108) && ((x0_16 >= 0) && (x0_16 < 9) && ((x1_16 >= 0) && (x1_16 < 12)))) {
            float v_65 = in_x[i0_33 * 108 + x0_16 * 12 + x1_16];
            v_64 = v_65;
        }
        int x0_17 = i0_10 + i1_33 - 1;
        int x1_17 = i1_10 + i2_17 - 1;
        float v_66 = 0.0f;
        if ((k0 + 1 < 90) && (c1 < 108) && ((x0_17 >= 0) && (x0_17 < 9) && ((x1_17 >= 0) && (x1_17 < 12)))) {
            float v_67 = in_x[i0_33 * 108 + x0_17 * 12 + x1_17];
            v_66 = v_67;
        }
        int x0_18 = i0_11 + i1_33 - 1;
        int x1_18 = i1_11 + i2_17 - 1;
        float v_68 = 0.0f;
        if ((k0 + 1 < 90) && (c2 < 108) && ((x0_18 >= 0) && (x0_18 < 9) && ((x1_18 >= 0) && (x1_18 < 12)))) {
            float v_69 = in_x[i0_33 * 108 + x0_18 * 12 + x1_18];
            v_68 = v_69;
        }
        int x0_19 = i0_12 + i1_33 - 1;
        int x1_19 = i1_12 + i2_17 - 1;
        float v_70 = 0.0f;
        if ((k0 + 1 < 90) && (c3 < 108) && ((x0_19 >= 0) && (x0_19 < 9) && ((x1_19 >= 0) && (x1_19 < 12)))) {
            float v_71 = in_x[i0_33 * 108 + x0_19 * 12 + x1_19];
            v_70 = v_71;
        }
        int x0_20 = i0_13 + i1_33 - 1;
        int x1_20 = i1_13 + i2_17 - 1;
        float v_72 = 0.0f;
        if ((k0 + 1 < 90) && (c4 < 108) && ((x0_20 >= 0) && (x0_20 < 9) && ((x1_20 >= 0) && (x1_20 < 12)))) {
            float v_73 = in_x[i0_33 * 108 + x0_20 * 12 + x1_20];
            v_72 = v_73;
        }
        int x0_21 = i0_14 + i1_33 - 1;
        int x1_21 = i1_14 + i2_17 - 1;
        float v_74 = 0.0f;
        if ((k0 + 1 < 90) && (c5 < 108) && ((x0_21 >= 0) && (x0_21 < 9) && ((x1_21 >= 0) && (x1_21 < 12)))) {
            float v_75 = in_x[i0_33 * 108 + x0_21 * 12 + x1_21];
            v_74 = v_75;
        }
        int x0_22 = i0_15 + i1_33 - 1;
        int x1_22 = i1_15 + i2_17 - 1;
        float v_76 = 0.0f;
        if ((k0 + 1 < 90) && (c6 < 108) && ((x0_22 >= 0) && (x0_22 < 9) && ((x1_22 >= 0) && (x1_22 < 12)))) {
            float v_77 = in_x[i0_33 * 108 + x0_22 * 12 + x1_22];
            v_76 = v_77;
        }
        int x0_23 = i0_16 + i1_33 - 1;
        int x1_23 = i1_16 + i2_17 - 1;
        float v_78 = 0.0f;
        if ((k0 + 1 < 90) && (c7 < 108) && ((x0_23 >= 0) && (x0_23 < 9) && ((x1_23 >= 0) && (x1_23 < 12)))) {
            float v_79 = in_x[i0_33 * 108 + x0_23 * 12 + x1_23];
            v_78 = v_79;
        }
        int x0_24 = i0_17 + i1_33 - 1;
        int x1_24 = i1_17 + i2_17 - 1;
        float v_80 = 0.0f;
        if ((k0 + 1 < 90) && (c8 < 108) && ((x0_24 >= 0) && (x0_24 < 9) && ((x1_24 >= 0) && (x1_24 < 12)))) {
            float v_81 = in_x[i0_33 * 108 + x0_24 * 12 + x1_24];
            v_80 = v_81;
        }
        int x0_25 = i0_18 + i1_33 - 1;
        int x1_25 = i1_18 + i2_17 - 1;
        float v_82 = 0.0f;
        if ((k0 + 1 < 90) && (c9 < 108) && ((x0_25 >= 0) && (x0_25 < 9) && ((x1_25 >= 0) && (x1_25 < 12)))) {
            float v_83 = in_x[i0_33 * 108 + x0_25 * 12 + x1_25];
            v_82 = v_83;
        }
        int x0_26 = i0_19 + i1_33 - 1;
        int x1_26 = i1_19 + i2_17 - 1;
        float v_84 = 0.0f;
        if ((k0 + 1 < 90) && (c10 < 108) && ((x0_26 >= 0) && (x0_26 < 9) && ((x1_26 >= 0) && (x1_26 < 12)))) {
            float v_85 = in_x[i0_33 * 108 + x0_26 * 12 + x1_26];
            v_84 = v_85;
        }
        int x0_27 = i0_20 + i1_33 - 1;
        int x1_27 = i1_20 + i2_17 - 1;
        float v_86 = 0.0f;
        if ((k0 + 1 < 90) && (c11 < 108) && ((x0_27 >= 0) && (x0_27 < 9) && ((x1_27 >= 0) && (x1_27 < 12)))) {
            float v_87 = in_x[i0_33 * 108 + x0_27 * 12 + x1_27];
            v_86 = v_87;
        }
        int x0_28 = i0_21 + i1_33 - 1;
        int x1_28 = i1_21 + i2_17 - 1;
        float v_88 = 0.0f;
        if ((k0 + 1 < 90) && (c12 < 108) && ((x0_28 < 9) && ((x1_28 >= 0) && (x1_28 < 12)))) {
            float v_89 = in_x[i0_33 * 108 + x0_28 * 12 + x1_28];
            v_88 = v_89;
        }
        int x0_29 = i0_22 + i1_33 - 1;
        int x1_29 = i1_22 + i2_17 - 1;
        float v_90 = 0.0f;
        if ((k0 + 1 < 90) && (c13 < 108) && ((x0_29 < 9) && ((x1_29 >= 0) && (x1_29 < 12)))) {
            float v_91 = in_x[i0_33 * 108 + x0_29 * 12 + x1_29];
            v_90 = v_91;
        }
        int x0_30 = i0_23 + i1_33 - 1;
        int x1_30 = i1_23 + i2_17 - 1;
        float v_92 = 0.0f;
        if ((k0 + 1 < 90) && (c14 < 108) && ((x0_30 < 9) && ((x1_30 >= 0) && (x1_30 < 12)))) {
            float v_93 = in_x[i0_33 * 108 + x0_30 * 12 + x1_30];
            v_92 = v_93;
        }
        int x0_31 = i0_24 + i1_33 - 1;
        int x1_31 = i1_24 + i2_17 - 1;
        float v_94 = 0.0f;
        if ((k0 + 1 < 90) && (c15 < 108) && ((x0_31 < 9) && ((x1_31 >= 0) && (x1_31 < 12)))) {
            float v_95 = in_x[i0_33 * 108 + x0_31 * 12 + x1_31];
            v_94 = v_95;
        }
        acc0_0 = fma(v_48, v_64, acc0_0);
        acc0_1 = fma(v_48, v_66, acc0_1);
        acc0_2 = fma(v_48, v_68, acc0_2);
        acc0_3 = fma(v_48, v_70, acc0_3);
        acc0_4 = fma(v_48, v_72, acc0_4);
        acc0_5 = fma(v_48, v_74, acc0_5);
        acc0_6 = fma(v_48, v_76, acc0_6);
        acc0_7 = fma(v_48, v_78, acc0_7);
        acc0_8 = fma(v_48, v_80, acc0_8);
        acc0_9 = fma(v_48, v_82, acc0_9);
        acc0_10 = fma(v_48, v_84, acc0_10);
        acc0_11 = fma(v_48, v_86, acc0_11);
        acc0_12 = fma(v_48, v_88, acc0_12);
        acc0_13 = fma(v_48, v_90, acc0_13);
        acc0_14 = fma(v_48, v_92, acc0_14);
        acc0_15 = fma(v_48, v_94, acc0_15);
        acc1_0 = fma(v_50, v_64, acc1_0);
        acc1_1 = fma(v_50, v_66, acc1_1);
        acc1_2 = fma(v_50, v_68, acc1_2);
        acc1_3 = fma(v_50, v_70, acc1_3);
        acc1_4 = fma(v_50, v_72, acc1_4);
        acc1_5 = fma(v_50, v_74, acc1_5);
        acc1_6 = fma(v_50, v_76, acc1_6);
        acc1_7 = fma(v_50, v_78, acc1_7);
        acc1_8 = fma(v_50, v_80, acc1_8);
        acc1_9 = fma(v_50, v_82, acc1_9);
        acc1_10 = fma(v_50, v_84, acc1_10);
        acc1_11 = fma(v_50, v_86, acc1_11);
        acc1_12 = fma(v_50, v_88, acc1_12);
        acc1_13 = fma(v_50, v_90, acc1_13);
        acc1_14 = fma(v_50, v_92, acc1_14);
        acc1_15 = fma(v_50, v_94, acc1_15);
        acc2_0 = fma(v_52, v_64, acc2_0);
        acc2_1 = fma(v_52, v_66, acc2_1);
        acc2_2 = fma(v_52, v_68, acc2_2);
        acc2_3 = fma(v_52, v_70, acc2_3);
        acc2_4 = fma(v_52, v_72, acc2_4);
        acc2_5 = fma(v_52, v_74, acc2_5);
        acc2_6 = fma(v_52, v_76, acc2_6);
        acc2_7 = fma(v_52, v_78, acc2_7);
        acc2_8 = fma(v_52, v_80, acc2_8);
        acc2_9 = fma(v_52, v_82, acc2_9);
        acc2_10 = fma(v_52, v_84, acc2_10);
        acc2_11 = fma(v_52, v_86, acc2_11);
        acc2_12 = fma(v_52, v_88, acc2_12);
        acc2_13 = fma(v_52, v_90, acc2_13);
        acc2_14 = fma(v_52, v_92, acc2_14);
        acc2_15 = fma(v_52, v_94, acc2_15);
        acc3_0 = fma(v_54, v_64, acc3_0);
        acc3_1 = fma(v_54, v_66, acc3_1);
        acc3_2 = fma(v_54, v_68, acc3_2);
        acc3_3 = fma(v_54, v_70, acc3_3);
        acc3_4 = fma(v_54, v_72, acc3_4);
        acc3_5 = fma(v_54, v_74, acc3_5);
        acc3_6 = fma(v_54, v_76, acc3_6);
        acc3_7 = fma(v_54, v_78, acc3_7);
        acc3_8 = fma(v_54, v_80, acc3_8);
        acc3_9 = fma(v_54, v_82, acc3_9);
        acc3_10 = fma(v_54, v_84, acc3_10);
        acc3_11 = fma(v_54, v_86, acc3_11);
        acc3_12 = fma(v_54, v_88, acc3_12);
        acc3_13 = fma(v_54, v_90, acc3_13);
        acc3_14 = fma(v_54, v_92, acc3_14);
        acc3_15 = fma(v_54, v_94, acc3_15);
        acc4_0 = fma(v_56, v_64, acc4_0);
        acc4_1 = fma(v_56, v_66, acc4_1);
        acc4_2 = fma(v_56, v_68, acc4_2);
        acc4_3 = fma(v_56, v_70, acc4_3);
        acc4_4 = fma(v_56, v_72, acc4_4);
        acc4_5 = fma(v_56, v_74, acc4_5);
        acc4_6 = fma(v_56, v_76, acc4_6);
        acc4_7 = fma(v_56, v_78, acc4_7);
        acc4_8 = fma(v_56, v_80, acc4_8);
        acc4_9 = fma(v_56, v_82, acc4_9);
        acc4_10 = fma(v_56, v_84, acc4_10);
        acc4_11 = fma(v_56, v_86, acc4_11);
        acc4_12 = fma(v_56, v_88, acc4_12);
        acc4_13 = fma(v_56, v_90, acc4_13);
        acc4_14 = fma(v_56, v_92, acc4_14);
        acc4_15 = fma(v_56, v_94, acc4_15);
        acc5_0 = fma(v_58, v_64, acc5_0);
        acc5_1 = fma(v_58, v_66, acc5_1);
        acc5_2 = fma(v_58, v_68, acc5_2);
        acc5_3 = fma(v_58, v_70, acc5_3);
        acc5_4 = fma(v_58, v_72, acc5_4);
        acc5_5 = fma(v_58, v_74, acc5_5);
        acc5_6 = fma(v_58, v_76, acc5_6);
        acc5_7 = fma(v_58, v_78, acc5_7);
        acc5_8 = fma(v_58, v_80, acc5_8);
        acc5_9 = fma(v_58, v_82, acc5_9);
        acc5_10 = fma(v_58, v_84, acc5_10);
        acc5_11 = fma(v_58, v_86, acc5_11);
        acc5_12 = fma(v_58, v_88, acc5_12);
        acc5_13 = fma(v_58, v_90, acc5_13);
        acc5_14 = fma(v_58, v_92, acc5_14);
        acc5_15 = fma(v_58, v_94, acc5_15);
        acc6_0 = fma(v_60, v_64, acc6_0);
        acc6_1 = fma(v_60, v_66, acc6_1);
        acc6_2 = fma(v_60, v_68, acc6_2);
        acc6_3 = fma(v_60, v_70, acc6_3);
        acc6_4 = fma(v_60, v_72, acc6_4);
        acc6_5 = fma(v_60, v_74, acc6_5);
        acc6_6 = fma(v_60, v_76, acc6_6);
        acc6_7 = fma(v_60, v_78, acc6_7);
        acc6_8 = fma(v_60, v_80, acc6_8);
        acc6_9 = fma(v_60, v_82, acc6_9);
        acc6_10 = fma(v_60, v_84, acc6_10);
        acc6_11 = fma(v_60, v_86, acc6_11);
        acc6_12 = fma(v_60, v_88, acc6_12);
        acc6_13 = fma(v_60, v_90, acc6_13);
        acc6_14 = fma(v_60, v_92, acc6_14);
        acc6_15 = fma(v_60, v_94, acc6_15);
        acc7_0 = fma(v_62, v_64, acc7_0);
        acc7_1 = fma(v_62, v_66, acc7_1);
        acc7_2 = fma(v_62, v_68, acc7_2);
        acc7_3 = fma(v_62, v_70, acc7_3);
        acc7_4 = fma(v_62, v_72, acc7_4);
        acc7_5 = fma(v_62, v_74, acc7_5);
        acc7_6 = fma(v_62, v_76, acc7_6);
        acc7_7 = fma(v_62, v_78, acc7_7);
        acc7_8 = fma(v_62, v_80, acc7_8);
        acc7_9 = fma(v_62, v_82, acc7_9);
        acc7_10 = fma(v_62, v_84, acc7_10);
        acc7_11 = fma(v_62, v_86, acc7_11);
        acc7_12 = fma(v_62, v_88, acc7_12);
        acc7_13 = fma(v_62, v_90, acc7_13);
        acc7_14 = fma(v_62, v_92, acc7_14);
        acc7_15 = fma(v_62, v_94, acc7_15);
        float v_96 = 0.0f;
        if ((r0 < 22) && (k0 + 2 < 90)) {
            int i0_34 = (k0 + 2) / 9;
            int i1_34 = (k0 + 2) / 3 % 3;
            int i2_18 = (k0 + 2) % 3;
            float v_97 = in_w[r0 * 90 + i0_34 * 9 + i1_34 * 3 + i2_18];
            v_96 = v_97;
        }
        float v_98 = 0.0f;
        if ((r1 < 22) && (k0 + 2 < 90)) {
            int i0_35 = (k0 + 2) / 9;
            int i1_35 = (k0 + 2) / 3 % 3;
            int i2_19 = (k0 + 2) % 3;
            float v_99 = in_w[r1 * 90 + i0_35 * 9 + i1_35 * 3 + i2_19];
            v_98 = v_99;
        }
        float v_100 = 0.0f;
        if ((r2 < 22) && (k0 + 2 < 90)) {
            int i0_36 = (k0 + 2) / 9;
            int i1_36 = (k0 + 2) / 3 % 3;
            int i2_20 = (k0 + 2) % 3;
            float v_101 = in_w[r2 * 90 + i0_36 * 9 + i1_36 * 3 + i2_20];
            v_100 = v_101;
        }
        float v_102 = 0.0f;
        if ((r3 < 22) && (k0 + 2 < 90)) {
            int i0_37 = (k0 + 2) / 9;
            int i1_37 = (k0 + 2) / 3 % 3;
            int i2_21 = (k0 + 2) % 3;
            float v_103 = in_w[r3 * 90 + i0_37 * 9 + i1_37 * 3 + i2_21];
            v_102 = v_103;
        }
        float v_104 = 0.0f;
        if ((r4 < 22) && (k0 + 2 < 90)) {
            int i0_38 = (k0 + 2) / 9;
            int i1_38 = (k0 + 2) / 3 % 3;
            int i2_22 = (k0 + 2) % 3;
            float v_105 = in_w[r4 * 90 + i0_38 * 9 + i1_38 * 3 + i2_22];
            v_104 = v_105;
        }
        float v_106 = 0.0f;
        if ((r5 < 22) && (k0 + 2 < 90)) {
            int i0_39 = (k0 + 2) / 9;
            int i1_39 = (k0 + 2) / 3 % 3;
            int i2_23 = (k0 + 2) % 3;
            float v_107 = in_w[r5 * 90 + i0_39 * 9 + i1_39 * 3 + i2_23];
            v_106 = v_107;
        }
        float v_108 = 0.0f;
        if ((r6 < 22) && (k0 + 2 < 90)) {
            int i0_40 = (k0 + 2) / 9;
            int i1_40 = (k0 + 2) / 3 % 3;
            int i2_24 = (k0 + 2) % 3;
            float v_109 = in_w[r6 * 90 + i0_40 * 9 + i1_40 * 3 + i2_24];
            v_108 = v_109;
        }
        float v_110 = 0.0f;
        if ((r7 < 22) && (k0 + 2 < 90)) {
            int i0_41 = (k0 + 2) / 9;
            int i1_41 = (k0 + 2) / 3 % 3;
            int i2_25 = (k0 + 2) % 3;
            float v_111 = in_w[r7 * 90 + i0_41 * 9 + i1_41 * 3 + i2_25];
            v_110 = v_111;
        }
        int i0_42 = (k0 + 2) / 9;
        int i1_42 = (k0 + 2) / 3 % 3;
        int i2_26 = (k0 + 2) % 3;
        int x0_32 = i0_9 + i1_42 - 1;
        int x1_32 = i1_9 + i2_26 - 1;
        float v_112 = 0.0f;
        if ((k0 + 2 < 90) && (c0 < 108) && ((x0_32 >= 0) && (x0_32 < 9) && ((x1_32 >= 0) && (x1_32 < 12)))) {
            float v_113 = in_x[i0_42 * 108 + x0_32 * 12 + x1_32];
            v_112 = v_113;
        }
        int x0_33 = i0_10 + i1_42 - 1;
        int x1_33 = i1_10 + i2_26 - 1;
        float v_114 = 0.0f;
        if ((k0 + 2 < 90) && (c1 < 108) && ((x0_33 >= 0) && (x0_33 < 9) && ((x1_33 >= 0) && (x1_33 < 12)))) {
            float v_115 = in_x[i0_42 * 108 + x0_33 * 12 + x1_33];
            v_114 = v_115;
        }
        int x0_34 = i0_11 + i1_42 - 1;
        int x1_34 = i1_11 + i2_26 - 1;
        float v_116 = 0.0f;
        if ((k0 + 2 < 90) && (c2 < 108) && ((x0_34 >= 0) && (x0_34 < 9) && ((x1_34 >= 0) && (x1_34 < 12)))) {
            float v_117 = in_x[i0_42 * 108 + x0_34 * 12 + x1_34];
            v_116 = v_117;
        }
        int x0_35 = i0_12 + i1_42 - 1;
        int x1_35 = i1_12 + i2_26 - 1;
        float v_118 = 0.0f;
        if ((k0 + 2 < 90) && (c3 < 108) && ((x0_35 >= 0) && (x0_35 < 9) && ((x1_35 >= 0) && (x1_35 < 12)))) {
            float v_119 = in_x[i0_42 * 108 + x0_35 * 12 + x1_35];
            v_118 = v_119;
        }
        int x0_36 = i0_13 + i1_42 - 1;
        int x1_36 = i1_13 + i2_26 - 1;
        float v_120 = 0.0f;
        if ((k0 + 2 < 90) && (c4 < 108) && ((x0_36 >= 0) && (x0_36 < 9) && ((x1_36 >= 0) && (x1_36 < 12)))) {
            float v_121 = in_x[i0_42 * 108 + x0_36 * 12 + x1_36];
            v_120 = v_121;
        }
        int x0_37 = i0_14 + i1_42 - 1;
        int x1_37 = i1_14 + i2_26 - 1;
        float v_122 = 0.0f;
        if ((k0 + 2 < 90) && (c5 < 108) && ((x0_37 >= 0) && (x0_37 < 9) && ((x1_37 >= 0) && (x1_37 < 12)))) {
            float v_123 = in_x[i0_42 * 108 + x0_37 * 12 + x1_37];
            v_122 = v_123;
        }
        int x0_38 = i0_15 + i1_42 - 1;
        int x1_38 = i1_15 + i2_26 - 1;
        float v_124 = 0.0f;
        if ((k0 + 2 < 90) && (c6 < 108) && ((x0_38 >= 0) && (x0_38 < 9) && ((x1_38 >= 0) && (x1_38 < 12)))) {
            float v_125 = in_x[i0_42 * 108 + x0_38 * 12 + x1_38];
            v_124 = v_125;
        }
        int x0_39 = i0_16 + i1_42 - 1;
        int x1_39 = i1_16 + i2_26 - 1;
        float v_126 = 0.0f;
        if ((k0 + 2 < 90) && (c7 < 108) && ((x0_39 >= 0) && (x0_39 < 9) && ((x1_39 >= 0) && (x1_39 < 12)))) {
            float v_127 = in_x[i0_42 * 108 + x0_39 * 12 + x1_39];
            v_126 = v_127;
        }
        int x0_40 = i0_17 + i1_42 - 1;
        int x1_40 = i1_17 + i2_26 - 1;
        float v_128 = 0.0f;
        if ((k0 + 2 < 90) && (c8 < 108) && ((x0_40 >= 0) && (x0_40 < 9) && ((x1_40 >= 0) && (x1_40 < 12)))) {
            float v_129 = in_x[i0_42 * 108 + x0_40 * 12 + x1_40];
            v_128 = v_129;
        }
        int x0_41 = i0_18 + i1_42 - 1;
        int x1_41 = i1_18 + i2_26 - 1;
        float v_130 = 0.0f;
        if ((k0 + 2 < 90) && (c9 < 108) && ((x0_41 >= 0) && (x0_41 < 9) && ((x1_41 >= 0) && (x1_41 < 12)))) {
            float v_131 = in_x[i0_42 * 108 + x0_41 * 12 + x1_41];
            v_130 = v_131;
        }
        int x0_42 = i0_19 + i1_42 - 1;
        int x1_42 = i1_19 + i2_26 - 1;
        float v_132 = 0.0f;
        if ((k0 + 2 < 90) && (c10 < 108) && ((x0_42 >= 0) && (x0_42 < 9) && ((x1_42 >= 0) && (x1_42 < 12)))) {
            float v_133 = in_x[i0_42 * 108 + x0_42 * 12 + x1_42];
            v_132 = v_133;
        }
        int x0_43 = i0_20 + i1_42 - 1;
        int x1_43 = i1_20 + i2_26 - 1;
        float v_134 = 0.0f;
        if ((k0 + 2 < 90) && (c11 < 108) && ((x0_43 >= 0) && (x0_43 < 9) && ((x1_43 >= 0) && (x1_43 < 12)))) {
            float v_135 = in_x[i0_42 * 108 + x0_43 * 12 + x1_43];
            v_134 = v_135;
        }
        int x0_44 = i0_21 + i1_42 - 1;
        int x1_44 = i1_21 + i2_26 - 1;
        float v_136 = 0.0f;
        if ((k0 + 2 < 90) && (c12 < 108) && ((x0_44 < 9) && ((x1_44 >= 0) && (x1_44 < 12)))) {
            float v_137 = in_x[i0_42 * 108 + x0_44 * 12 + x1_44];
            v_136 = v_137;
        }
        int x0_45 = i0_22 + i1_42 - 1;
        int x1_45 = i1_22 + i2_26 - 1;
        float v_138 = 0.0f;
        if ((k0 + 2 < 90) && (c13 < 108) && ((x0_45 < 9) && ((x1_45 >= 0) && (x1_45 < 12)))) {
            float v_139 = in_x[i0_42 * 108 + x0_45 * 12 + x1_45];
            v_138 = v_139;
        }
        int x0_46 = i0_23 + i1_42 - 1;
        int x1_46 = i1_23 + i2_26 - 1;
        float v_140 = 0.0f;
        if ((k0 + 2 < 90) && (c14 < 108) && ((x0_46 < 9) && ((x1_46 >= 0) && (x1_46 < 12)))) {
            float v_141 = in_x[i0_42 * 108 + x0_46 * 12 + x1_46];
            v_140 = v_141;
        }
        int x0_47 = i0_24 + i1_42 - 1;
        int x1_47 = i1_24 + i2_26 - 1;
        float v_142 = 0.0f;
        if ((k0 + 2 < 90) && (c15 < 108) && ((x0_47 < 9) && ((x1_47 >= 0) && (x1_47 < 12)))) {
            float v_143 = in_x[i0_42 * 108 + x0_47 * 12 + x1_47];
            v_142 = v_143;
        }
        acc0_0 = fma(v_96, v_112, acc0_0);
        acc0_1 = fma(v_96, v_114, acc0_1);
        acc0_2 = fma(v_96, v_116, acc0_2);
        acc0_3 = fma(v_96, v_118, acc0_3);
        acc0_4 = fma(v_96, v_120, acc0_4);
        acc0_5 = fma(v_96, v_122, acc0_5);
        acc0_6 = fma(v_96, v_124, acc0_6);
        acc0_7 = fma(v_96, v_126, acc0_7);
        acc0_8 = fma(v_96, v_128, acc0_8);
        acc0_9 = fma(v_96, v_130, acc0_9);
        acc0_10 = fma(v_96, v_132, acc0_10);
        acc0_11 = fma(v_96, v_134, acc0_11);
        acc0_12 = fma(v_96, v_136, acc0_12);
        acc0_13 = fma(v_96, v_138, acc0_13);
        acc0_14 = fma(v_96, v_140, acc0_14);
        acc0_15 = fma(v_96, v_142, acc0_15);
        acc1_0 = fma(v_98, v_112, acc1_0);
        acc1_1 = fma(v_98, v_114, acc1_1);
        acc1_2 = fma(v_98, v_116, acc1_2);
        acc1_3 = fma(v_98, v_118, acc1_3);
        acc1_4 = fma(v_98, v_120, acc1_4);
        acc1_5 = fma(v_98, v_122, acc1_5);
        acc1_6 = fma(v_98, v_124, acc1_6);
        acc1_7 = fma(v_98, v_126, acc1_7);
        acc1_8 = fma(v_98, v_128, acc1_8);
        acc1_9 = fma(v_98, v_130, acc1_9);
        acc1_10 = fma(v_98, v_132, acc1_10);
        acc1_11 = fma(v_98, v_134, acc1_11);
        acc1_12 = fma(v_98, v_136, acc1_12);
        acc1_13 = fma(v_98, v_138, acc1_13);
        acc1_14 = fma(v_98, v_140, acc1_14);
        acc1_15 = fma(v_98, v_142, acc1_15);
        acc2_0 = fma(v_100, v_112, acc2_0);
        acc2_1 = fma(v_100, v_114, acc2_1);
        acc2_2 = fma(v_100, v_116, acc2_2);
        acc2_3 = fma(v_100, v_118, acc2_3);
        acc2_4 = fma(v_100, v_120, acc2_4);
        acc2_5 = fma(v_100, v_122, acc2_5);
        acc2_6 = fma(v_100, v_124, acc2_6);
        acc2_7 = fma(v_100, v_126, acc2_7);
        acc2_8 = fma(v_100, v_128, acc2_8);
        acc2_9 = fma(v_100, v_130, acc2_9);
        acc2_10 = fma(v_100, v_132, acc2_10);
        acc2_11 = fma(v_100, v_134, acc2_11);
        acc2_12 = fma(v_100, v_136, acc2_12);
        acc2_13 = fma(v_100, v_138, acc2_13);
        acc2_14 = fma(v_100, v_140, acc2_14);
        acc2_15 = fma(v_100, v_142, acc2_15);
        acc3_0 = fma(v_102, v_112, acc3_0);
        acc3_1 = fma(v_102, v_114, acc3_1);
        acc3_2 = fma(v_102, v_116, acc3_2);
        acc3_3 = fma(v_102, v_118, acc3_3);
        acc3_4 = fma(v_102, v_120, acc3_4);
        acc3_5 = fma(v_102, v_122, acc3_5);
        acc3_6 = fma(v_102, v_124, acc3_6);
        acc3_7 = fma(v_102, v_126, acc3_7);
        acc3_8 = fma(v_102, v_128, acc3_8);
        acc3_9 = fma(v_102, v_130, acc3_9);
        acc3_10 = fma(v_102, v_132, acc3_10);
        acc3_11 = fma(v_102, v_134, acc3_11);
        acc3_12 = fma(v_102, v_136, acc3_12);
        acc3_13 = fma(v_102, v_138, acc3_13);
        acc3_14 = fma(v_102, v_140, acc3_14);
        acc3_15 = fma(v_102, v_142, acc3_15);
        acc4_0 = fma(v_104, v_112, acc4_0);
        acc4_1 = fma(v_104, v_114, acc4_1);
        acc4_2 = fma(v_104, v_116, acc4_2);
        acc4_3 = fma(v_104, v_118, acc4_3);
        acc4_4 = fma(v_104, v_120, acc4_4);
        acc4_5 = fma(v_104, v_122, acc4_5);
        acc4_6 = fma(v_104, v_124, acc4_6);
        acc4_7 = fma(v_104, v_126, acc4_7);
        acc4_8 = fma(v_104, v_128, acc4_8);
        acc4_9 = fma(v_104, v_130, acc4_9);
        acc4_10 = fma(v_104, v_132, acc4_10);
        acc4_11 = fma(v_104, v_134, acc4_11);
        acc4_12 = fma(v_104, v_136, acc4_12);
        acc4_13 = fma(v_104, v_138, acc4_13);
        acc4_14 = fma(v_104, v_140, acc4_14);
        acc4_15 = fma(v_104, v_142, acc4_15);
        acc5_0 = fma(v_106, v_112, acc5_0);
        acc5_1 = fma(v_106, v_114, acc5_1);
        acc5_2 = fma(v_106, v_116, acc5_2);
        acc5_3 = fma(v_106, v_118, acc5_3);
        acc5_4 = fma(v_106, v_120, acc5_4);
        acc5_5 = fma(v_106, v_122, acc5_5);
        acc5_6 = fma(v_106, v_124, acc5_6);
        acc5_7 = fma(v_106, v_126, acc5_7);
        acc5_8 = fma(v_106, v_128, acc5_8);
        acc5_9 = fma(v_106, v_130, acc5_9);
        acc5_10 = fma(v_106, v_132, acc5_10);
        acc5_11 = fma(v_106, v_134, acc5_11);
        acc5_12 = fma(v_106, v_136, acc5_12);
        acc5_13 = fma(v_106, v_138, acc5_13);
        acc5_14 = fma(v_106, v_140, acc5_14);
        acc5_15 = fma(v_106, v_142, acc5_15);
        acc6_0 = fma(v_108, v_112, acc6_0);
        acc6_1 = fma(v_108, v_114, acc6_1);
        acc6_2 = fma(v_108, v_116, acc6_2);
        acc6_3 = fma(v_108, v_118, acc6_3);
        acc6_4 = fma(v_108, v_120, acc6_4);
        acc6_5 = fma(v_108, v_122, acc6_5);
        acc6_6 = fma(v_108, v_124, acc6_6);
        acc6_7 = fma(v_108, v_126, acc6_7);
        acc6_8 = fma(v_108, v_128, acc6_8);
        acc6_9 = fma(v_108, v_130, acc6_9);
        acc6_10 = fma(v_108, v_132, acc6_10);
        acc6_11 = fma(v_108, v_134, acc6_11);
        acc6_12 = fma(v_108, v_136, acc6_12);
        acc6_13 = fma(v_108, v_138, acc6_13);
        acc6_14 = fma(v_108, v_140, acc6_14);
        acc6_15 = fma(v_108, v_142, acc6_15);
        acc7_0 = fma(v_110, v_112, acc7_0);
        acc7_1 = fma(v_110, v_114, acc7_1);
        acc7_2 = fma(v_110, v_116, acc7_2);
        acc7_3 = fma(v_110, v_118, acc7_3);
        acc7_4 = fma(v_110, v_120, acc7_4);
        acc7_5 = fma(v_110, v_122, acc7_5);
        acc7_6 = fma(v_110, v_124, acc7_6);
        acc7_7 = fma(v_110, v_126, acc7_7);
        acc7_8 = fma(v_110, v_128, acc7_8);
        acc7_9 = fma(v_110, v_130, acc7_9);
        acc7_10 = fma(v_110, v_132, acc7_10);
        acc7_11 = fma(v_110, v_134, acc7_11);
        acc7_12 = fma(v_110, v_136, acc7_12);
        acc7_13 = fma(v_110, v_138, acc7_13);
        acc7_14 = fma(v_110, v_140, acc7_14);
        acc7_15 = fma(v_110, v_142, acc7_15);
        float v_144 = 0.0f;
        if ((r0 < 22) && (k0 + 3 < 90)) {
            int i0_43 = (k0 + 3) / 9;
            int i1_43 = (1 + k0 / 3) % 3;
            int i2_27 = k0 % 3;
            float v_145 = in_w[r0 * 90 + i0_43 * 9 + i1_43 * 3 + i2_27];
            v_144 = v_145;
        }
        float v_146 = 0.0f;
        if ((r1 < 22) && (k0 + 3 < 90)) {
            int i0_44 = (k0 + 3) / 9;
            int i1_44 = (1 + k0 / 3) % 3;
            int i2_28 = k0 % 3;
            float v_147 = in_w[r1 * 90 + i0_44 * 9 + i1_44 * 3 + i2_28];
            v_146 = v_147;
        }
        float v_148 = 0.0f;
        if ((r2 < 22) && (k0 + 3 < 90)) {
            int i0_45 = (k0 + 3) / 9;
            int i1_45 = (1 + k0 / 3) % 3;
            int i2_29 = k0 % 3;
            float v_149 = in_w[r2 * 90 + i0_45 * 9 + i1_45 * 3 + i2_29];
            v_148 = v_149;
        }
        float v_150 = 0.0f;
        if ((r3 < 22) && (k0 + 3 < 90)) {
            int i0_46 = (k0 + 3) / 9;
            int i1_46 = (1 + k0 / 3) % 3;
            int i2_30 = k0 % 3;
            float v_151 = in_w[r3 * 90 + i0_46 * 9 + i1_46 * 3 + i2_30];
            v_150 = v_151;
        }
        float v_152 = 0.0f;
        if ((r4 < 22) && (k0 + 3 < 90)) {
            int i0_47 = (k0 + 3) / 9;
            int i1_47 = (1 + k0 / 3) % 3;
            int i2_31 = k0 % 3;
            float v_153 = in_w[r4 * 90 + i0_47 * 9 + i1_47 * 3 + i2_31];
            v_152 = v_153;
        }
        float v_154 = 0.0f;
        if ((r5 < 22) && (k0 + 3 < 90)) {
            int i0_48 = (k0 + 3) / 9;
            int i1_48 = (1 + k0 / 3) % 3;
            int i2_32 = k0 % 3;
            float v_155 = in_w[r5 * 90 + i0_48 * 9 + i1_48 * 3 + i2_32];
            v_154 = v_155;
        }
        float v_156 = 0.0f;
        if ((r6 < 22) && (k0 + 3 < 90)) {
            int i0_49 = (k0 + 3) / 9;
            int i1_49 = (1 + k0 / 3) % 3;
            int i2_33 = k0 % 3;
            float v_157 = in_w[r6 * 90 + i0_49 * 9 + i1_49 * 3 + i2_33];
            v_156 = v_157;
        }
        float v_158 = 0.0f;
        if ((r7 < 22) && (k0 + 3 < 90)) {
            int i0_50 = (k0 + 3) / 9;
            int i1_50 = (1 + k0 / 3) % 3;
            int i2_34 = k0 % 3;
            float v_159 = in_w[r7 * 90 + i0_50 * 9 + i1_50 * 3 + i2_34];
            v_158 = v_159;
        }
        int i0_51 = (k0 + 3) / 9;
        int i1_51 = (1 + k0 / 3) % 3;
        int i2_35 = k0 % 3;
        int x0_48 = i0_9 + i1_51 - 1;
        int x1_48 = i1_9 + i2_35 - 1;
        float v_160 = 0.0f;
        if ((k0 + 3 < 90) && (c0 < 108) && ((x0_48 >= 0) && (x0_48 < 9) && ((x1_48 >= 0) && (x1_48 < 12)))) {
            float v_161 = in_x[i0_51 * 108 + x0_48 * 12 + x1_48];
            v_160 = v_161;
        }
        int x0_49 = i0_10 + i1_51 - 1;
        int x1_49 = i1_10 + i2_35 - 1;
        float v_162 = 0.0f;
        if ((k0 + 3 < 90) && (c1 < 108) && ((x0_49 >= 0) && (x0_49 < 9) && ((x1_49 >= 0) && (x1_49 < 12)))) {
            float v_163 = in_x[i0_51 * 108 + x0_49 * 12 + x1_49];
            v_162 = v_163;
        }
        int x0_50 = i0_11 + i1_51 - 1;
        int x1_50 = i1_11 + i2_35 - 1;
        float v_164 = 0.0f;
        if ((k0 + 3 < 90) && (c2 < 108) && ((x0_50 >= 0) && (x0_50 < 9) && ((x1_50 >= 0) && (x1_50 < 12)))) {
            float v_165 = in_x[i0_51 * 108 + x0_50 * 12 + x1_50];
            v_164 = v_165;
        }
        int x0_51 = i0_12 + i1_51 - 1;
        int x1_51 = i1_12 + i2_35 - 1;
        float v_166 = 0.0f;
        if ((k0 + 3 < 90) && (c3 < 108) && ((x0_51 >= 0) && (x0_51 < 9) && ((x1_51 >= 0) && (x1_51 < 12)))) {
            float v_167 = in_x[i0_51 * 108 + x0_51 * 12 + x1_51];
            v_166 = v_167;
        }
        int x0_52 = i0_13 + i1_51 - 1;
        int x1_52 = i1_13 + i2_35 - 1;
        float v_168 = 0.0f;
        if ((k0 + 3 < 90) && (c4 < 108) && ((x0_52 >= 0) && (x0_52 < 9) && ((x1_52 >= 0) && (x1_52 < 12)))) {
            float v_169 = in_x[i0_51 * 108 + x0_52 * 12 + x1_52];
            v_168 = v_169;
        }
        int x0_53 = i0_14 + i1_51 - 1;
        int x1_53 = i1_14 + i2_35 - 1;
        float v_170 = 0.0f;
        if ((k0 + 3 < 90) && (c5 < 108) && ((x0_53 >= 0) && (x0_53 < 9) && ((x1_53 >= 0) && (x1_53 < 12)))) {
            float v_171 = in_x[i0_51 * 108 + x0_53 * 12 + x1_53];
            v_170 = v_171;
        }
        int x0_54 = i0_15 + i1_51 - 1;
        int x1_54 = i1_15 + i2_35 - 1;
        float v_172 = 0.0f;
        if ((k0 + 3 < 90) && (c6 < 108) && ((x0_54 >= 0) && (x0_54 < 9) && ((x1_54 >= 0) && (x1_54 < 12)))) {
            float v_173 = in_x[i0_51 * 108 + x0_54 * 12 + x1_54];
            v_172 = v_173;
        }
        int x0_55 = i0_16 + i1_51 - 1;
        int x1_55 = i1_16 + i2_35 - 1;
        float v_174 = 0.0f;
        if ((k0 + 3 < 90) && (c7 < 108) && ((x0_55 >= 0) && (x0_55 < 9) && ((x1_55 >= 0) && (x1_55 < 12)))) {
            float v_175 = in_x[i0_51 * 108 + x0_55 * 12 + x1_55];
            v_174 = v_175;
        }
        int x0_56 = i0_17 + i1_51 - 1;
        int x1_56 = i1_17 + i2_35 - 1;
        float v_176 = 0.0f;
        if ((k0 + 3 < 90) && (c8 < 108) && ((x0_56 >= 0) && (x0_56 < 9) && ((x1_56 >= 0) && (x1_56 < 12)))) {
            float v_177 = in_x[i0_51 * 108 + x0_56 * 12 + x1_56];
            v_176 = v_177;
        }
        int x0_57 = i0_18 + i1_51 - 1;
        int x1_57 = i1_18 + i2_35 - 1;
        float v_178 = 0.0f;
        if ((k0 + 3 < 90) && (c9 < 108) && ((x0_57 >= 0) && (x0_57 < 9) && ((x1_57 >= 0) && (x1_57 < 12)))) {
            float v_179 = in_x[i0_51 * 108 + x0_57 * 12 + x1_57];
            v_178 = v_179;
        }
        int x0_58 = i0_19 + i1_51 - 1;
        int x1_58 = i1_19 + i2_35 - 1;
        float v_180 = 0.0f;
        if ((k0 + 3 < 90) && (c10 < 108) && ((x0_58 >= 0) && (x0_58 < 9) && ((x1_58 >= 0) && (x1_58 < 12)))) {
            float v_181 = in_x[i0_51 * 108 + x0_58 * 12 + x1_58];
            v_180 = v_181;
        }
        int x0_59 = i0_20 + i1_51 - 1;
        int x1_59 = i1_20 + i2_35 - 1;
        float v_182 = 0.0f;
        if ((k0 + 3 < 90) && (c11 < 108) && ((x0_59 >= 0) && (x0_59 < 9) && ((x1_59 >= 0) && (x1_59 < 12)))) {
            float v_183 = in_x[i0_51 * 108 + x0_59 * 12 + x1_59];
            v_182 = v_183;
        }
        int x0_60 = i0_21 + i1_51 - 1;
        int x1_60 = i1_21 + i2_35 - 1;
        float v_184 = 0.0f;
        if ((k0 + 3 < 90) && (c12 < 108) && ((x0_60 < 9) && ((x1_60 >= 0) && (x1_60 < 12)))) {
            float v_185 = in_x[i0_51 * 108 + x0_60 * 12 + x1_60];
            v_184 = v_185;
        }
        int x0_61 = i0_22 + i1_51 - 1;
        int x1_61 = i1_22 + i2_35 - 1;
        float v_186 = 0.0f;
        if ((k0 + 3 < 90) && (c13 < 108) && ((x0_61 < 9) && ((x1_61 >= 0) && (x1_61 < 12)))) {
            float v_187 = in_x[i0_51 * 108 + x0_61 * 12 + x1_61];
            v_186 = v_187;
        }
        int x0_62 = i0_23 + i1_51 - 1;
        int x1_62 = i1_23 + i2_35 - 1;
        float v_188 = 0.0f;
        if ((k0 + 3 < 90) && (c14 < 108) && ((x0_62 < 9) && ((x1_62 >= 0) && (x1_62 < 12)))) {
            float v_189 = in_x[i0_51 * 108 + x0_62 * 12 + x1_62];
            v_188 = v_189;
        }
        int x0_63 = i0_24 + i1_51 - 1;
        int x1_63 = i1_24 + i2_35 - 1;
        float v_190 = 0.0f;
        if ((k0 + 3 < 90) && (c15 < 108) && ((x0_63 < 9) && ((x1_63 >= 0) && (x1_63 < 12)))) {
            float v_191 = in_x[i0_51 * 108 + x0_63 * 12 + x1_63];
            v_190 = v_191;
        }
        acc0_0 = fma(v_144, v_160, acc0_0);
        acc0_1 = fma(v_144, v_162, acc0_1);
        acc0_2 = fma(v_144, v_164, acc0_2);
        acc0_3 = fma(v_144, v_166, acc0_3);
        acc0_4 = fma(v_144, v_168, acc0_4);
        acc0_5 = fma(v_144, v_170, acc0_5);
        acc0_6 = fma(v_144, v_172, acc0_6);
        acc0_7 = fma(v_144, v_174, acc0_7);
        acc0_8 = fma(v_144, v_176, acc0_8);
        acc0_9 = fma(v_144, v_178, acc0_9);
        acc0_10 = fma(v_144, v_180, acc0_10);
        acc0_11 = fma(v_144, v_182, acc0_11);
        acc0_12 = fma(v_144, v_184, acc0_12);
        acc0_13 = fma(v_144, v_186, acc0_13);
        acc0_14 = fma(v_144, v_188, acc0_14);
        acc0_15 = fma(v_144, v_190, acc0_15);
        acc1_0 = fma(v_146, v_160, acc1_0);
        acc1_1 = fma(v_146, v_162, acc1_1);
        acc1_2 = fma(v_146, v_164, acc1_2);
        acc1_3 = fma(v_146, v_166, acc1_3);
        acc1_4 = fma(v_146, v_168, acc1_4);
        acc1_5 = fma(v_146, v_170, acc1_5);
        acc1_6 = fma(v_146, v_172, acc1_6);
        acc1_7 = fma(v_146, v_174, acc1_7);
        acc1_8 = fma(v_146, v_176, acc1_8);
        acc1_9 = fma(v_146, v_178, acc1_9);
        acc1_10 = fma(v_146, v_180, acc1_10);
        acc1_11 = fma(v_146, v_182, acc1_11);
        acc1_12 = fma(v_146, v_184, acc1_12);
        acc1_13 = fma(v_146, v_186, acc1_13);
        acc1_14 = fma(v_146, v_188, acc1_14);
        acc1_15 = fma(v_146, v_190, acc1_15);
        acc2_0 = fma(v_148, v_160, acc2_0);
        acc2_1 = fma(v_148, v_162, acc2_1);
        acc2_2 = fma(v_148, v_164, acc2_2);
        acc2_3 = fma(v_148, v_166, acc2_3);
        acc2_4 = fma(v_148, v_168, acc2_4);
        acc2_5 = fma(v_148, v_170, acc2_5);
        acc2_6 = fma(v_148, v_172, acc2_6);
        acc2_7 = fma(v_148, v_174, acc2_7);
        acc2_8 = fma(v_148, v_176, acc2_8);
        acc2_9 = fma(v_148, v_178, acc2_9);
        acc2_10 = fma(v_148, v_180, acc2_10);
        acc2_11 = fma(v_148, v_182, acc2_11);
        acc2_12 = fma(v_148, v_184, acc2_12);
        acc2_13 = fma(v_148, v_186, acc2_13);
        acc2_14 = fma(v_148, v_188, acc2_14);
        acc2_15 = fma(v_148, v_190, acc2_15);
        acc3_0 = fma(v_150, v_160, acc3_0);
        acc3_1 = fma(v_150, v_162, acc3_1);
        acc3_2 = fma(v_150, v_164, acc3_2);
        acc3_3 = fma(v_150, v_166, acc3_3);
        acc3_4 = fma(v_150, v_168, acc3_4);
        acc3_5 = fma(v_150, v_170, acc3_5);
        acc3_6 = fma(v_150, v_172, acc3_6);
        acc3_7 = fma(v_150, v_174, acc3_7);
        acc3_8 = fma(v_150, v_176, acc3_8);
        acc3_9 = fma(v_150, v_178, acc3_9);
        acc3_10 = fma(v_150, v_180, acc3_10);
        acc3_11 = fma(v_150, v_182, acc3_11);
        acc3_12 = fma(v_150, v_184, acc3_12);
        acc3_13 = fma(v_150, v_186, acc3_13);
        acc3_14 = fma(v_150, v_188, acc3_14);
        acc3_15 = fma(v_150, v_190, acc3_15);
        acc4_0 = fma(v_152, v_160, acc4_0);
        acc4_1 = fma(v_152, v_162, acc4_1);
        acc4_2 = fma(v_152, v_164, acc4_2);
        acc4_3 = fma(v_152, v_166, acc4_3);
        acc4_4 = fma(v_152, v_168, acc4_4);
        acc4_5 = fma(v_152, v_170, acc4_5);
        acc4_6 = fma(v_152, v_172, acc4_6);
        acc4_7 = fma(v_152, v_174, acc4_7);
        acc4_8 = fma(v_152, v_176, acc4_8);
        acc4_9 = fma(v_152, v_178, acc4_9);
        acc4_10 = fma(v_152, v_180, acc4_10);
        acc4_11 = fma(v_152, v_182, acc4_11);
        acc4_12 = fma(v_152, v_184, acc4_12);
        acc4_13 = fma(v_152, v_186, acc4_13);
        acc4_14 = fma(v_152, v_188, acc4_14);
        acc4_15 = fma(v_152, v_190, acc4_15);
        acc5_0 = fma(v_154, v_160, acc5_0);
        acc5_1 = fma(v_154, v_162, acc5_1);
        acc5_2 = fma(v_154, v_164, acc5_2);
        acc5_3 = fma(v_154, v_166, acc5_3);
        acc5_4 = fma(v_154, v_168, acc5_4);
        acc5_5 = fma(v_154, v_170, acc5_5);
        acc5_6 = fma(v_154, v_172, acc5_6);
        acc5_7 = fma(v_154, v_174, acc5_7);
        acc5_8 = fma(v_154, v_176, acc5_8);
        acc5_9 = fma(v_154, v_178, acc5_9);
        acc5_10 = fma(v_154, v_180, acc5_10);
        acc5_11 = fma(v_154, v_182, acc5_11);
        acc5_12 = fma(v_154, v_184, acc5_12);
        acc5_13 = fma(v_154, v_186, acc5_13);
        acc5_14 = fma(v_154, v_188, acc5_14);
        acc5_15 = fma(v_154, v_190, acc5_15);
        acc6_0 = fma(v_156, v_160, acc6_0);
        acc6_1 = fma(v_156, v_162, acc6_1);
        acc6_2 = fma(v_156, v_164, acc6_2);
        acc6_3 = fma(v_156, v_166, acc6_3);
        acc6_4 = fma(v_156, v_168, acc6_4);
        acc6_5 = fma(v_156, v_170, acc6_5);
        acc6_6 = fma(v_156, v_172, acc6_6);
        acc6_7 = fma(v_156, v_174, acc6_7);
        acc6_8 = fma(v_156, v_176, acc6_8);
        acc6_9 = fma(v_156, v_178, acc6_9);
        acc6_10 = fma(v_156, v_180, acc6_10);
        acc6_11 = fma(v_156, v_182, acc6_11);
        acc6_12 = fma(v_156, v_184, acc6_12);
        acc6_13 = fma(v_156, v_186, acc6_13);
        acc6_14 = fma(v_156, v_188, acc6_14);
        acc6_15 = fma(v_156, v_190, acc6_15);
        acc7_0 = fma(v_158, v_160, acc7_0);
        acc7_1 = fma(v_158, v_162, acc7_1);
        acc7_2 = fma(v_158, v_164, acc7_2);
        acc7_3 = fma(v_158, v_166, acc7_3);
        acc7_4 = fma(v_158, v_168, acc7_4);
        acc7_5 = fma(v_158, v_170, acc7_5);
        acc7_6 = fma(v_158, v_172, acc7_6);
        acc7_7 = fma(v_158, v_174, acc7_7);
        acc7_8 = fma(v_158, v_176, acc7_8);
        acc7_9 = fma(v_158, v_178, acc7_9);
        acc7_10 = fma(v_158, v_180, acc7_10);
        acc7_11 = fma(v_158, v_182, acc7_11);
        acc7_12 = fma(v_158, v_184, acc7_12);
        acc7_13 = fma(v_158, v_186, acc7_13);
        acc7_14 = fma(v_158, v_188, acc7_14);
        acc7_15 = fma(v_158, v_190, acc7_15);
        float v_192 = 0.0f;
        if ((r0 < 22) && (k0 + 4 < 90)) {
            int i0_52 = (k0 + 4) / 9;
            int i1_52 = (k0 + 4) / 3 % 3;
            int i2_36 = (k0 + 4) % 3;
            float v_193 = in_w[r0 * 90 + i0_52 * 9 + i1_52 * 3 + i2_36];
            v_192 = v_193;
        }
        float v_194 = 0.0f;
        if ((r1 < 22) && (k0 + 4 < 90)) {
            int i0_53 = (k0 + 4) / 9;
            int i1_53 = (k0 + 4) / 3 % 3;
            int i2_37 = (k0 + 4) % 3;
            float v_195 = in_w[r1 * 90 + i0_53 * 9 + i1_53 * 3 + i2_37];
            v_194 = v_195;
        }
        float v_196 = 0.0f;
        if ((r2 < 22) && (k0 + 4 < 90)) {
            int i0_54 = (k0 + 4) / 9;
            int i1_54 = (k0 + 4) / 3 % 3;
            int i2_38 = (k0 + 4) % 3;
            float v_197 = in_w[r2 * 90 + i0_54 * 9 + i1_54 * 3 + i2_38];
            v_196 = v_197;
        }
        float v_198 = 0.0f;
        if ((r3 < 22) && (k0 + 4 < 90)) {
            int i0_55 = (k0 + 4) / 9;
            int i1_55 = (k0 + 4) / 3 % 3;
            int i2_39 = (k0 + 4) % 3;
            float v_199 = in_w[r3 * 90 + i0_55 * 9 + i1_55 * 3 + i2_39];
            v_198 = v_199;
        }
        float v_200 = 0.0f;
        if ((r4 < 22) && (k0 + 4 < 90)) {
            int i0_56 = (k0 + 4) / 9;
            int i1_56 = (k0 + 4) / 3 % 3;
            int i2_40 = (k0 + 4) % 3;
            float v_201 = in_w[r4 * 90 + i0_56 * 9 + i1_56 * 3 + i2_40];
            v_200 = v_201;
        }
        float v_202 = 0.0f;
        if ((r5 < 22) && (k0 + 4 < 90)) {
            int i0_57 = (k0 + 4) / 9;
            int i1_57 = (k0 + 4) / 3 % 3;
            int i2_41 = (k0 + 4) % 3;
            float v_203 = in_w[r5 * 90 + i0_57 * 9 + i1_57 * 3 + i2_41];
            v_202 = v_203;
        }
        float v_204 = 0.0f;
        if ((r6 < 22) && (k0 + 4 < 90)) {
            int i0_58 = (k0 + 4) / 9;
            int i1_58 = (k0 + 4) / 3 % 3;
            int i2_42 = (k0 + 4) % 3;
            float v_205 = in_w[r6 * 90 + i0_58 * 9 + i1_58 * 3 + i2_42];
            v_204 = v_205;
        }
        float v_206 = 0.0f;
        if ((r7 < 22) && (k0 + 4 < 90)) {
            int i0_59 = (k0 + 4) / 9;
            int i1_59 = (k0 + 4) / 3 % 3;
            int i2_43 = (k0 + 4) % 3;
            float v_207 = in_w[r7 * 90 + i0_59 * 9 + i1_59 * 3 + i2_43];
            v_206 = v_207;
        }
        int i0_60 = (k0 + 4) / 9;
        int i1_60 = (k0 + 4) / 3 % 3;
        int i2_44 = (k0 + 4) % 3;
        int x0_64 = i0_9 + i1_60 - 1;
        int x1_64 = i1_9 + i2_44 - 1;
        float v_208 = 0.0f;
        if ((k0 + 4 < 90) && (c0 < 108) && ((x0_64 >= 0) && (x0_64 < 9) && ((x1_64 >= 0) && (x1_64 < 12)))) {
            float v_209 = in_x[i0_60 * 108 + x0_64 * 12 + x1_64];
            v_208 = v_209;
        }
        int x0_65 = i0_10 + i1_60 - 1;
        int x1_65 = i1_10 + i2_44 - 1;
        float v_210 = 0.0f;
        if ((k0 + 4 < 90) && (c1 < 108) && ((x0_65 >= 0) && (x0_65 < 9) && ((x1_65 >= 0) && (x1_65 < 12)))) {
            float v_211 = in_x[i0_60 * 108 + x0_65 * 12 + x1_65];
            v_210 = v_211;
        }
        int x0_66 = i0_11 + i1_60 - 1;
        int x1_66 = i1_11 + i2_44 - 1;
        float v_212 = 0.0f;
        if ((k0 + 4 < 90) && (c2 < 108) && ((x0_66 >= 0) && (x0_66 < 9) && ((x1_66 >= 0) && (x1_66 < 12)))) {
            float v_213 = in_x[i0_60 * 108 + x0_66 * 12 + x1_66];
            v_212 = v_213;
        }
        int x0_67 = i0_12 + i1_60 - 1;
        int x1_67 = i1_12 + i2_44 - 1;
        float v_214 = 0.0f;
        if ((k0 + 4 < 90) && (c3 < 108) && ((x0_67 >= 0) && (x0_67 < 9) && ((x1_67 >= 0) && (x1_67 < 12)))) {
            float v_215 = in_x[i0_60 * 108 + x0_67 * 12 + x1_67];
            v_214 = v_215;
        }
        int x0_68 = i0_13 + i1_60 - 1;
        int x1_68 = i1_13 + i2_44 - 1;
        float v_216 = 0.0f;
        if ((k0 + 4 < 90) && (c4 < 108) && ((x0_68 >= 0) && (x0_68 < 9) && ((x1_68 >= 0) && (x1_68 < 12)))) {
            float v_217 = in_x[i0_60 * 108 + x0_68 * 12 + x1_68];
            v_216 = v_217;
        }
        int x0_69 = i0_14 + i1_60 - 1;
        int x1_69 = i1_14 + i2_44 - 1;
        float v_218 = 0.0f;
        if ((k0 + 4 < 90) && (c5 < 108) && ((x0_69 >= 0) && (x0_69 < 9) && ((x1_69 >= 0) && (x1_69 < 12)))) {
            float v_219 = in_x[i0_60 * 108 + x0_69 * 12 + x1_69];
            v_218 = v_219;
        }
        int x0_70 = i0_15 + i1_60 - 1;
        int x1_70 = i1_15 + i2_44 - 1;
        float v_220 = 0.0f;
        if ((k0 + 4 < 90) && (c6 < 108) && ((x0_70 >= 0) && (x0_70 < 9) && ((x1_70 >= 0) && (x1_70 < 12)))) {
            float v_221 = in_x[i0_60 * 108 + x0_70 * 12 + x1_70];
            v_220 = v_221;
        }
        int x0_71 = i0_16 + i1_60 - 1;
        int x1_71 = i1_16 + i2_44 - 1;
        float v_222 = 0.0f;
        if ((k0 + 4 < 90) && (c7 < 108) && ((x0_71 >= 0) && (x0_71 < 9) && ((x1_71 >= 0) && (x1_71 < 12)))) {
            float v_223 = in_x[i0_60 * 108 + x0_71 * 12 + x1_71];
            v_222 = v_223;
        }
        int x0_72 = i0_17 + i1_60 - 1;
        int x1_72 = i1_17 + i2_44 - 1;
        float v_224 = 0.0f;
        if ((k0 + 4 < 90) && (c8 < 108) && ((x0_72 >= 0) && (x0_72 < 9) && ((x1_72 >= 0) && (x1_72 < 12)))) {
            float v_225 = in_x[i0_60 * 108 + x0_72 * 12 + x1_72];
            v_224 = v_225;
        }
        int x0_73 = i0_18 + i1_60 - 1;
        int x1_73 = i1_18 + i2_44 - 1;
        float v_226 = 0.0f;
        if ((k0 + 4 < 90) && (c9 < 108) && ((x0_73 >= 0) && (x0_73 < 9) && ((x1_73 >= 0) && (x1_73 < 12)))) {
            float v_227 = in_x[i0_60 * 108 + x0_73 * 12 + x1_73];
            v_226 = v_227;
        }
        int x0_74 = i0_19 + i1_60 - 1;
        int x1_74 = i1_19 + i2_44 - 1;
        float v_228 = 0.0f;
        if ((k0 + 4 < 90) && (c10 < 108) && ((x0_74 >= 0) && (x0_74 < 9) && ((x1_74 >= 0) && (x1_74 < 12)))) {
            float v_229 = in_x[i0_60 * 108 + x0_74 * 12 + x1_74];
            v_228 = v_229;
        }
        int x0_75 = i0_20 + i1_60 - 1;
        int x1_75 = i1_20 + i2_44 - 1;
        float v_230 = 0.0f;
        if ((k0 + 4 < 90) && (c11 < 108) && ((x0_75 >= 0) && (x0_75 < 9) && ((x1_75 >= 0) && (x1_75 < 12)))) {
            float v_231 = in_x[i0_60 * 108 + x0_75 * 12 + x1_75];
            v_230 = v_231;
        }
        int x0_76 = i0_21 + i1_60 - 1;
        int x1_76 = i1_21 + i2_44 - 1;
        float v_232 = 0.0f;
        if ((k0 + 4 < 90) && (c12 < 108) && ((x0_76 < 9) && ((x1_76 >= 0) && (x1_76 < 12)))) {
            float v_233 = in_x[i0_60 * 108 + x0_76 * 12 + x1_76];
            v_232 = v_233;
        }
        int x0_77 = i0_22 + i1_60 - 1;
        int x1_77 = i1_22 + i2_44 - 1;
        float v_234 = 0.0f;
        if ((k0 + 4 < 90) && (c13 < 108) && ((x0_77 < 9) && ((x1_77 >= 0) && (x1_77 < 12)))) {
            float v_235 = in_x[i0_60 * 108 + x0_77 * 12 + x1_77];
            v_234 = v_235;
        }
        int x0_78 = i0_23 + i1_60 - 1;
        int x1_78 = i1_23 + i2_44 - 1;
        float v_236 = 0.0f;
        if ((k0 + 4 < 90) && (c14 < 108) && ((x0_78 < 9) && ((x1_78 >= 0) && (x1_78 < 12)))) {
            float v_237 = in_x[i0_60 * 108 + x0_78 * 12 + x1_78];
            v_236 = v_237;
        }
        int x0_79 = i0_24 + i1_60 - 1;
        int x1_79 = i1_24 + i2_44 - 1;
        float v_238 = 0.0f;
        if ((k0 + 4 < 90) && (c15 < 108) && ((x0_79 < 9) && ((x1_79 >= 0) && (x1_79 < 12)))) {
            float v_239 = in_x[i0_60 * 108 + x0_79 * 12 + x1_79];
            v_238 = v_239;
        }
        acc0_0 = fma(v_192, v_208, acc0_0);
        acc0_1 = fma(v_192, v_210, acc0_1);
        acc0_2 = fma(v_192, v_212, acc0_2);
        acc0_3 = fma(v_192, v_214, acc0_3);
        acc0_4 = fma(v_192, v_216, acc0_4);
        acc0_5 = fma(v_192, v_218, acc0_5);
        acc0_6 = fma(v_192, v_220, acc0_6);
        acc0_7 = fma(v_192, v_222, acc0_7);
        acc0_8 = fma(v_192, v_224, acc0_8);
        acc0_9 = fma(v_192, v_226, acc0_9);
        acc0_10 = fma(v_192, v_228, acc0_10);
        acc0_11 = fma(v_192, v_230, acc0_11);
        acc0_12 = fma(v_192, v_232, acc0_12);
        acc0_13 = fma(v_192, v_234, acc0_13);
        acc0_14 = fma(v_192, v_236, acc0_14);
        acc0_15 = fma(v_192, v_238, acc0_15);
        acc1_0 = fma(v_194, v_208, acc1_0);
        acc1_1 = fma(v_194, v_210, acc1_1);
        acc1_2 = fma(v_194, v_212, acc1_2);
        acc1_3 = fma(v_194, v_214, acc1_3);
        acc1_4 = fma(v_194, v_216, acc1_4);
        acc1_5 = fma(v_194, v_218, acc1_5);
        acc1_6 = fma(v_194, v_220, acc1_6);
        acc1_7 = fma(v_194, v_222, acc1_7);
        acc1_8 = fma(v_194, v_224, acc1_8);
        acc1_9 = fma(v_194, v_226, acc1_9);
        acc1_10 = fma(v_194, v_228, acc1_10);
        acc1_11 = fma(v_194, v_230, acc1_11);
        acc1_12 = fma(v_194, v_232, acc1_12);
        acc1_13 = fma(v_194, v_234, acc1_13);
        acc1_14 = fma(v_194, v_236, acc1_14);
        acc1_15 = fma(v_194, v_238, acc1_15);
        acc2_0 = fma(v_196, v_208, acc2_0);
        acc2_1 = fma(v_196, v_210, acc2_1);
        acc2_2 = fma(v_196, v_212, acc2_2);
        acc2_3 = fma(v_196, v_214, acc2_3);
        acc2_4 = fma(v_196, v_216, acc2_4);
        acc2_5 = fma(v_196, v_218, acc2_5);
        acc2_6 = fma(v_196, v_220, acc2_6);
        acc2_7 = fma(v_196, v_222, acc2_7);
        acc2_8 = fma(v_196, v_224, acc2_8);
        acc2_9 = fma(v_196, v_226, acc2_9);
        acc2_10 = fma(v_196, v_228, acc2_10);
        acc2_11 = fma(v_196, v_230, acc2_11);
        acc2_12 = fma(v_196, v_232, acc2_12);
        acc2_13 = fma(v_196, v_234, acc2_13);
        acc2_14 = fma(v_196, v_236, acc2_14);
        acc2_15 = fma(v_196, v_238, acc2_15);
        acc3_0 = fma(v_198, v_208, acc3_0);
        acc3_1 = fma(v_198, v_210, acc3_1);
        acc3_2 = fma(v_198, v_212, acc3_2);
        acc3_3 = fma(v_198, v_214, acc3_3);
        acc3_4 = fma(v_198, v_216, acc3_4);
        acc3_5 = fma(v_198, v_218, acc3_5);
        acc3_6 = fma(v_198, v_220, acc3_6);
        acc3_7 = fma(v_198, v_222, acc3_7);
        acc3_8 = fma(v_198, v_224, acc3_8);
        acc3_9 = fma(v_198, v_226, acc3_9);
        acc3_10 = fma(v_198, v_228, acc3_10);
        acc3_11 = fma(v_198, v_230, acc3_11);
        acc3_12 = fma(v_198, v_232, acc3_12);
        acc3_13 = fma(v_198, v_234, acc3_13);
        acc3_14 = fma(v_198, v_236, acc3_14);
        acc3_15 = fma(v_198, v_238, acc3_15);
        acc4_0 = fma(v_200, v_208, acc4_0);
        acc4_1 = fma(v_200, v_210, acc4_1);
        acc4_2 = fma(v_200, v_212, acc4_2);
        acc4_3 = fma(v_200, v_214, acc4_3);
        acc4_4 = fma(v_200, v_216, acc4_4);
        acc4_5 = fma(v_200, v_218, acc4_5);
        acc4_6 = fma(v_200, v_220, acc4_6);
        acc4_7 = fma(v_200, v_222, acc4_7);
        acc4_8 = fma(v_200, v_224, acc4_8);
        acc4_9 = fma(v_200, v_226, acc4_9);
        acc4_10 = fma(v_200, v_228, acc4_10);
        acc4_11 = fma(v_200, v_230, acc4_11);
        acc4_12 = fma(v_200, v_232, acc4_12);
        acc4_13 = fma(v_200, v_234, acc4_13);
        acc4_14 = fma(v_200, v_236, acc4_14);
        acc4_15 = fma(v_200, v_238, acc4_15);
        acc5_0 = fma(v_202, v_208, acc5_0);
        acc5_1 = fma(v_202, v_210, acc5_1);
        acc5_2 = fma(v_202, v_212, acc5_2);
        acc5_3 = fma(v_202, v_214, acc5_3);
        acc5_4 = fma(v_202, v_216, acc5_4);
        acc5_5 = fma(v_202, v_218, acc5_5);
        acc5_6 = fma(v_202, v_220, acc5_6);
        acc5_7 = fma(v_202, v_222, acc5_7);
        acc5_8 = fma(v_202, v_224, acc5_8);
        acc5_9 = fma(v_202, v_226, acc5_9);
        acc5_10 = fma(v_202, v_228, acc5_10);
        acc5_11 = fma(v_202, v_230, acc5_11);
        acc5_12 = fma(v_202, v_232, acc5_12);
        acc5_13 = fma(v_202, v_234, acc5_13);
        acc5_14 = fma(v_202, v_236, acc5_14);
        acc5_15 = fma(v_202, v_238, acc5_15);
        acc6_0 = fma(v_204, v_208, acc6_0);
        acc6_1 = fma(v_204, v_210, acc6_1);
        acc6_2 = fma(v_204, v_212, acc6_2);
        acc6_3 = fma(v_204, v_214, acc6_3);
        acc6_4 = fma(v_204, v_216, acc6_4);
        acc6_5 = fma(v_204, v_218, acc6_5);
        acc6_6 = fma(v_204, v_220, acc6_6);
        acc6_7 = fma(v_204, v_222, acc6_7);
        acc6_8 = fma(v_204, v_224, acc6_8);
        acc6_9 = fma(v_204, v_226, acc6_9);
        acc6_10 = fma(v_204, v_228, acc6_10);
        acc6_11 = fma(v_204, v_230, acc6_11);
        acc6_12 = fma(v_204, v_232, acc6_12);
        acc6_13 = fma(v_204, v_234, acc6_13);
        acc6_14 = fma(v_204, v_236, acc6_14);
        acc6_15 = fma(v_204, v_238, acc6_15);
        acc7_0 = fma(v_206, v_208, acc7_0);
        acc7_1 = fma(v_206, v_210, acc7_1);
        acc7_2 = fma(v_206, v_212, acc7_2);
        acc7_3 = fma(v_206, v_214, acc7_3);
        acc7_4 = fma(v_206, v_216, acc7_4);
        acc7_5 = fma(v_206, v_218, acc7_5);
        acc7_6 = fma(v_206, v_220, acc7_6);
        acc7_7 = fma(v_206, v_222, acc7_7);
        acc7_8 = fma(v_206, v_224, acc7_8);
        acc7_9 = fma(v_206, v_226, acc7_9);
        acc7_10 = fma(v_206, v_228, acc7_10);
        acc7_11 = fma(v_206, v_230, acc7_11);
        acc7_12 = fma(v_206, v_232, acc7_12);
        acc7_13 = fma(v_206, v_234, acc7_13);
        acc7_14 = fma(v_206, v_236, acc7_14);
        acc7_15 = fma(v_206, v_238, acc7_15);
        float v_240 = 0.0f;
        if ((r0 < 22) && (k0 + 5 < 90)) {
            int i0_61 = (k0 + 5) / 9;
            int i1_61 = (k0 + 5) / 3 % 3;
            int i2_45 = (k0 + 5) % 3;
            float v_241 = in_w[r0 * 90 + i0_61 * 9 + i1_61 * 3 + i2_45];
            v_240 = v_241;
        }
        float v_242 = 0.0f;
        if ((r1 < 22) && (k0 + 5 < 90)) {
            int i0_62 = (k0 + 5) / 9;
            int i1_62 = (k0 + 5) / 3 % 3;
            int i2_46 = (k0 + 5) % 3;
            float v_243 = in_w[r1 * 90 + i0_62 * 9 + i1_62 * 3 + i2_46];
            v_242 = v_243;
        }
        float v_244 = 0.0f;
        if ((r2 < 22) && (k0 + 5 < 90)) {
            int i0_63 = (k0 + 5) / 9;
            int i1_63 = (k0 + 5) / 3 % 3;
            int i2_47 = (k0 + 5) % 3;
            float v_245 = in_w[r2 * 90 + i0_63 * 9 + i1_63 * 3 + i2_47];
            v_244 = v_245;
        }
        float v_246 = 0.0f;
        if ((r3 < 22) && (k0 + 5 < 90)) {
            int i0_64 = (k0 + 5) / 9;
            int i1_64 = (k0 + 5) / 3 % 3;
            int i2_48 = (k0 + 5) % 3;
            float v_247 = in_w[r3 * 90 + i0_64 * 9 + i1_64 * 3 + i2_48];
            v_246 = v_247;
        }
        float v_248 = 0.0f;
        if ((r4 < 22) && (k0 + 5 < 90)) {
            int i0_65 = (k0 + 5) / 9;
            int i1_65 = (k0 + 5) / 3 % 3;
            int i2_49 = (k0 + 5) % 3;
            float v_249 = in_w[r4 * 90 + i0_65 * 9 + i1_65 * 3 + i2_49];
            v_248 = v_249;
        }
        float v_250 = 0.0f;
        if ((r5 < 22) && (k0 + 5 < 90)) {
            int i0_66 = (k0 + 5) / 9;
            int i1_66 = (k0 + 5) / 3 % 3;
            int i2_50 = (k0 + 5) % 3;
            float v_251 = in_w[r5 * 90 + i0_66 * 9 + i1_66 * 3 + i2_50];
            v_250 = v_251;
        }
        float v_252 = 0.0f;
        if ((r6 < 22) && (k0 + 5 < 90)) {
            int i0_67 = (k0 + 5) / 9;
            int i1_67 = (k0 + 5) / 3 % 3;
            int i2_51 = (k0 + 5) % 3;
            float v_253 = in_w[r6 * 90 + i0_67 * 9 + i1_67 * 3 + i2_51];
            v_252 = v_253;
        }
        float v_254 = 0.0f;
        if ((r7 < 22) && (k0 + 5 < 90)) {
            int i0_68 = (k0 + 5) / 9;
            int i1_68 = (k0 + 5) / 3 % 3;
            int i2_52 = (k0 + 5) % 3;
            float v_255 = in_w[r7 * 90 + i0_68 * 9 + i1_68 * 3 + i2_52];
            v_254 = v_255;
        }
        int i0_69 = (k0 + 5) / 9;
        int i1_69 = (k0 + 5) / 3 % 3;
        int i2_53 = (k0 + 5) % 3;
        int x0_80 = i0_9 + i1_69 - 1;
        int x1_80 = i1_9 + i2_53 - 1;
        float v_256 = 0.0f;
        if ((k0 + 5 < 90) && (c0 < 108) && ((x0_80 >= 0) && (x0_80 < 9) && ((x1_80 >= 0) && (x1_80 < 12)))) {
            float v_257 = in_x[i0_69 * 108 + x0_80 * 12 + x1_80];
            v_256 = v_257;
        }
        int x0_81 = i0_10 + i1_69 - 1;
        int x1_81 = i1_10 + i2_53 - 1;
        float v_258 = 0.0f;
        if ((k0 + 5 < 90) && (c1 < 108) && ((x0_81 >= 0) && (x0_81 < 9) && ((x1_81 >= 0) && (x1_81 < 12)))) {
            float v_259 = in_x[i0_69 * 108 + x0_81 * 12 + x1_81];
            v_258 = v_259;
        }
        int x0_82 = i0_11 + i1_69 - 1;
        int x1_82 = i1_11 + i2_53 - 1;
        float v_260 = 0.0f;
        if ((k0 + 5 < 90) && (c2 < 108) && ((x0_82 >= 0) && (x0_82 < 9) && ((x1_82 >= 0) && (x1_82 < 12)))) {
            float v_261 = in_x[i0_69 * 108 + x0_82 * 12 + x1_82];
            v_260 = v_261;
        }
        int x0_83 = i0_12 + i1_69 - 1;
        int x1_83 = i1_12 + i2_53 - 1;
        float v_262 = 0.0f;
        if ((k0 + 5 < 90) && (c3 < 108) && ((x0_83 >= 0) && (x0_83 < 9) && ((x1_83 >= 0) && (x1_83 < 12)))) {
            float v_263 = in_x[i0_69 * 108 + x0_83 * 12 + x1_83];
            v_262 = v_263;
        }
        int x0_84 = i0_13 + i1_69 - 1;
        int x1_84 = i1_13 + i2_53 - 1;
        float v_264 = 0.0f;
        if ((k0 + 5 < 90) && (c4 < 108) && ((x0_84 >= 0) && (x0_84 < 9) && ((x1_84 >= 0) && (x1_84 < 12)))) {
            float v_265 = in_x[i0_69 * 108 + x0_84 * 12 + x1_84];
            v_264 = v_265;
        }
        int x0_85 = i0_14 + i1_69 - 1;
        int x1_85 = i1_14 + i2_53 - 1;
        float v_266 = 0.0f;
        if ((k0 + 5 < 90) && (c5 < 108) && ((x0_85 >= 0) && (x0_85 < 9) && ((x1_85 >= 0) && (x1_85 < 12)))) {
            float v_267 = in_x[i0_69 * 108 + x0_85 * 12 + x1_85];
            v_266 = v_267;
        }
        int x0_86 = i0_15 + i1_69 - 1;
        int x1_86 = i1_15 + i2_53 - 1;
        float v_268 = 0.0f;
        if ((k0 + 5 < 90) && (c6 < 108) && ((x0_86 >= 0) && (x0_86 < 9) && ((x1_86 >= 0) && (x1_86 < 12)))) {
            float v_269 = in_x[i0_69 * 108 + x0_86 * 12 + x1_86];
            v_268 = v_269;
        }
        int x0_87 = i0_16 + i1_69 - 1;
        int x1_87 = i1_16 + i2_53 - 1;
        float v_270 = 0.0f;
        if ((k0 + 5 < 90) && (c7 < 108) && ((x0_87 >= 0) && (x0_87 < 9) && ((x1_87 >= 0) && (x1_87 < 12)))) {
            float v_271 = in_x[i0_69 * 108 + x0_87 * 12 + x1_87];
            v_270 = v_271;
        }
        int x0_88 = i0_17 + i1_69 - 1;
        int x1_88 = i1_17 + i2_53 - 1;
        float v_272 = 0.0f;
        if ((k0 + 5 < 90) && (c8 < 108) && ((x0_88 >= 0) && (x0_88 < 9) && ((x1_88 >= 0) && (x1_88 < 12)))) {
            float v_273 = in_x[i0_69 * 108 + x0_88 * 12 + x1_88];
            v_272 = v_273;
        }
        int x0_89 = i0_18 + i1_69 - 1;
        int x1_89 = i1_18 + i2_53 - 1;
        float v_274 = 0.0f;
        if ((k0 + 5 < 90) && (c9 < 108) && ((x0_89 >= 0) && (x0_89 < 9) && ((x1_89 >= 0) && (x1_89 < 12)))) {
            float v_275 = in_x[i0_69 * 108 + x0_89 * 12 + x1_89];
            v_274 = v_275;
        }
        int x0_90 = i0_19 + i1_69 - 1;
        int x1_90 = i1_19 + i2_53 - 1;
        float v_276 = 0.0f;
        if ((k0 + 5 < 90) && (c10 < 108) && ((x0_90 >= 0) && (x0_90 < 9) && ((x1_90 >= 0) && (x1_90 < 12)))) {
            float v_277 = in_x[i0_69 * 108 + x0_90 * 12 + x1_90];
            v_276 = v_277;
        }
        int x0_91 = i0_20 + i1_69 - 1;
        int x1_91 = i1_20 + i2_53 - 1;
        float v_278 = 0.0f;
        if ((k0 + 5 < 90) && (c11 < 108) && ((x0_91 >= 0) && (x0_91 < 9) && ((x1_91 >= 0) && (x1_91 < 12)))) {
            float v_279 = in_x[i0_69 * 108 + x0_91 * 12 + x1_91];
            v_278 = v_279;
        }
        int x0_92 = i0_21 + i1_69 - 1;
        int x1_92 = i1_21 + i2_53 - 1;
        float v_280 = 0.0f;
        if ((k0 + 5 < 90) && (c12 < 108) && ((x0_92 < 9) && ((x1_92 >= 0) && (x1_92 < 12)))) {
            float v_281 = in_x[i0_69 * 108 + x0_92 * 12 + x1_92];
            v_280 = v_281;
        }
        int x0_93 = i0_22 + i1_69 - 1;
        int x1_93 = i1_22 + i2_53 - 1;
        float v_282 = 0.0f;
        if ((k0 + 5 < 90) && (c13 < 108) && ((x0_93 < 9) && ((x1_93 >= 0) && (x1_93 < 12)))) {
            float v_283 = in_x[i0_69 * 108 + x0_93 * 12 + x1_93];
            v_282 = v_283;
        }
        int x0_94 = i0_23 + i1_69 - 1;
        int x1_94 = i1_23 + i2_53 - 1;
        float v_284 = 0.0f;
        if ((k0 + 5 < 90) && (c14 < 108) && ((x0_94 < 9) && ((x1_94 >= 0) && (x1_94 < 12)))) {
            float v_285 = in_x[i0_69 * 108 + x0_94 * 12 + x1_94];
            v_284 = v_285;
        }
        int x0_95 = i0_24 + i1_69 - 1;
        int x1_95 = i1_24 + i2_53 - 1;
        float v_286 = 0.0f;
        if ((k0 + 5 < 90) && (c15 < 108) && ((x0_95 < 9) && ((x1_95 >= 0) && (x1_95 < 12)))) {
            float v_287 = in_x[i0_69 * 108 + x0_95 * 12 + x1_95];
            v_286 = v_287;
        }
        acc0_0 = fma(v_240, v_256, acc0_0);
        acc0_1 = fma(v_240, v_258, acc0_1);
        acc0_2 = fma(v_240, v_260, acc0_2);
        acc0_3 = fma(v_240, v_262, acc0_3);
        acc0_4 = fma(v_240, v_264, acc0_4);
        acc0_5 = fma(v_240, v_266, acc0_5);
        acc0_6 = fma(v_240, v_268, acc0_6);
        acc0_7 = fma(v_240, v_270, acc0_7);
        acc0_8 = fma(v_240, v_272, acc0_8);
        acc0_9 = fma(v_240, v_274, acc0_9);
        acc0_10 = fma(v_240, v_276, acc0_10);
        acc0_11 = fma(v_240, v_278, acc0_11);
        acc0_12 = fma(v_240, v_280, acc0_12);
        acc0_13 = fma(v_240, v_282, acc0_13);
        acc0_14 = fma(v_240, v_284, acc0_14);
        acc0_15 = fma(v_240, v_286, acc0_15);
        acc1_0 = fma(v_242, v_256, acc1_0);
        acc1_1 = fma(v_242, v_258, acc1_1);
        acc1_2 = fma(v_242, v_260, acc1_2);
        acc1_3 = fma(v_242, v_262, acc1_3);
        acc1_4 = fma(v_242, v_264, acc1_4);
        acc1_5 = fma(v_242, v_266, acc1_5);
        acc1_6 = fma(v_242, v_268, acc1_6);
        acc1_7 = fma(v_242, v_270, acc1_7);
        acc1_8 = fma(v_242, v_272, acc1_8);
        acc1_9 = fma(v_242, v_274, acc1_9);
        acc1_10 = fma(v_242, v_276, acc1_10);
        acc1_11 = fma(v_242, v_278, acc1_11);
        acc1_12 = fma(v_242, v_280, acc1_12);
        acc1_13 = fma(v_242, v_282, acc1_13);
        acc1_14 = fma(v_242, v_284, acc1_14);
        acc1_15 = fma(v_242, v_286, acc1_15);
        acc2_0 = fma(v_244, v_256, acc2_0);
        acc2_1 = fma(v_244, v_258, acc2_1);
        acc2_2 = fma(v_244, v_260, acc2_2);
        acc2_3 = fma(v_244, v_262, acc2_3);
        acc2_4 = fma(v_244, v_264, acc2_4);
        acc2_5 = fma(v_244, v_266, acc2_5);
        acc2_6 = fma(v_244, v_268, acc2_6);
        acc2_7 = fma(v_244, v_270, acc2_7);
        acc2_8 = fma(v_244, v_272, acc2_8);
        acc2_9 = fma(v_244, v_274, acc2_9);
        acc2_10 = fma(v_244, v_276, acc2_10);
        acc2_11 = fma(v_244, v_278, acc2_11);
        acc2_12 = fma(v_244, v_280, acc2_12);
        acc2_13 = fma(v_244, v_282, acc2_13);
        acc2_14 = fma(v_244, v_284, acc2_14);
        acc2_15 = fma(v_244, v_286, acc2_15);
        acc3_0 = fma(v_246, v_256, acc3_0);
        acc3_1 = fma(v_246, v_258, acc3_1);
        acc3_2 = fma(v_246, v_260, acc3_2);
        acc3_3 = fma(v_246, v_262, acc3_3);
        acc3_4 = fma(v_246, v_264, acc3_4);
        acc3_5 = fma(v_246, v_266, acc3_5);
        acc3_6 = fma(v_246, v_268, acc3_6);
        acc3_7 = fma(v_246, v_270, acc3_7);
        acc3_8 = fma(v_246, v_272, acc3_8);
        acc3_9 = fma(v_246, v_274, acc3_9);
        acc3_10 = fma(v_246, v_276, acc3_10);
        acc3_11 = fma(v_246, v_278, acc3_11);
        acc3_12 = fma(v_246, v_280, acc3_12);
        acc3_13 = fma(v_246, v_282, acc3_13);
        acc3_14 = fma(v_246, v_284, acc3_14);
        acc3_15 = fma(v_246, v_286, acc3_15);
        acc4_0 = fma(v_248, v_256, acc4_0);
        acc4_1 = fma(v_248, v_258, acc4_1);
        acc4_2 = fma(v_248, v_260, acc4_2);
        acc4_3 = fma(v_248, v_262, acc4_3);
        acc4_4 = fma(v_248, v_264, acc4_4);
        acc4_5 = fma(v_248, v_266, acc4_5);
        acc4_6 = fma(v_248, v_268, acc4_6);
        acc4_7 = fma(v_248, v_270, acc4_7);
        acc4_8 = fma(v_248, v_272, acc4_8);
        acc4_9 = fma(v_248, v_274, acc4_9);
        acc4_10 = fma(v_248, v_276, acc4_10);
        acc4_11 = fma(v_248, v_278, acc4_11);
        acc4_12 = fma(v_248, v_280, acc4_12);
        acc4_13 = fma(v_248, v_282, acc4_13);
        acc4_14 = fma(v_248, v_284, acc4_14);
        acc4_15 = fma(v_248, v_286, acc4_15);
        acc5_0 = fma(v_250, v_256, acc5_0);
        acc5_1 = fma(v_250, v_258, acc5_1);
        acc5_2 = fma(v_250, v_260, acc5_2);
        acc5_3 = fma(v_250, v_262, acc5_3);
        acc5_4 = fma(v_250, v_264, acc5_4);
        acc5_5 = fma(v_250, v_266, acc5_5);
        acc5_6 = fma(v_250, v_268, acc5_6);
        acc5_7 = fma(v_250, v_270, acc5_7);
        acc5_8 = fma(v_250, v_272, acc5_8);
        acc5_9 = fma(v_250, v_274, acc5_9);
        acc5_10 = fma(v_250, v_276, acc5_10);
        acc5_11 = fma(v_250, v_278, acc5_11);
        acc5_12 = fma(v_250, v_280, acc5_12);
        acc5_13 = fma(v_250, v_282, acc5_13);
        acc5_14 = fma(v_250, v_284, acc5_14);
        acc5_15 = fma(v_250, v_286, acc5_15);
        acc6_0 = fma(v_252, v_256, acc6_0);
        acc6_1 = fma(v_252, v_258, acc6_1);
        acc6_2 = fma(v_252, v_260, acc6_2);
        acc6_3 = fma(v_252, v_262, acc6_3);
        acc6_4 = fma(v_252, v_264, acc6_4);
        acc6_5 = fma(v_252, v_266, acc6_5);
        acc6_6 = fma(v_252, v_268, acc6_6);
        acc6_7 = fma(v_252, v_270, acc6_7);
        acc6_8 = fma(v_252, v_272, acc6_8);
        acc6_9 = fma(v_252, v_274, acc6_9);
        acc6_10 = fma(v_252, v_276, acc6_10);
        acc6_11 = fma(v_252, v_278, acc6_11);
        acc6_12 = fma(v_252, v_280, acc6_12);
        acc6_13 = fma(v_252, v_282, acc6_13);
        acc6_14 = fma(v_252, v_284, acc6_14);
        acc6_15 = fma(v_252, v_286, acc6_15);
        acc7_0 = fma(v_254, v_256, acc7_0);
        acc7_1 = fma(v_254, v_258, acc7_1);
        acc7_2 = fma(v_254, v_260, acc7_2);
        acc7_3 = fma(v_254, v_262, acc7_3);
        acc7_4 = fma(v_254, v_264, acc7_4);
        acc7_5 = fma(v_254, v_266, acc7_5);
        acc7_6 = fma(v_254, v_268, acc7_6);
        acc7_7 = fma(v_254, v_270, acc7_7);
        acc7_8 = fma(v_254, v_272, acc7_8);
        acc7_9 = fma(v_254, v_274, acc7_9);
        acc7_10 = fma(v_254, v_276, acc7_10);
        acc7_11 = fma(v_254, v_278, acc7_11);
        acc7_12 = fma(v_254, v_280, acc7_12);
        acc7_13 = fma(v_254, v_282, acc7_13);
        acc7_14 = fma(v_254, v_284, acc7_14);
        acc7_15 = fma(v_254, v_286, acc7_15);
        float v_288 = 0.0f;
        if ((r0 < 22) && (k0 + 6 < 90)) {
            int i0_70 = (k0 + 6) / 9;
            int i1_70 = (2 + k0 / 3) % 3;
            int i2_54 = k0 % 3;
            float v_289 = in_w[r0 * 90 + i0_70 * 9 + i1_70 * 3 + i2_54];
            v_288 = v_289;
        }
        float v_290 = 0.0f;
        if ((r1 < 22) && (k0 + 6 < 90)) {
            int i0_71 = (k0 + 6) / 9;
            int i1_71 = (2 + k0 / 3) % 3;
            int i2_55 = k0 % 3;
            float v_291 = in_w[r1 * 90 + i0_71 * 9 + i1_71 * 3 + i2_55];
            v_290 = v_291;
        }
        float v_292 = 0.0f;
        if ((r2 < 22) && (k0 + 6 < 90)) {
            int i0_72 = (k0 + 6) / 9;
            int i1_72 = (2 + k0 / 3) % 3;
            int i2_56 = k0 % 3;
            float v_293 = in_w[r2 * 90 + i0_72 * 9 + i1_72 * 3 + i2_56];
            v_292 = v_293;
        }
        float v_294 = 0.0f;
        if ((r3 < 22) && (k0 + 6 < 90)) {
            int i0_73 = (k0 + 6) / 9;
            int i1_73 = (2 + k0 / 3) % 3;
            int i2_57 = k0 % 3;
            float v_295 = in_w[r3 * 90 + i0_73 * 9 + i1_73 * 3 + i2_57];
            v_294 = v_295;
        }
        float v_296 = 0.0f;
        if ((r4 < 22) && (k0 + 6 < 90)) {
            int i0_74 = (k0 + 6) / 9;
            int i1_74 = (2 + k0 / 3) % 3;
            int i2_58 = k0 % 3;
            float v_297 = in_w[r4 * 90 + i0_74 * 9 + i1_74 * 3 + i2_58];
            v_296 = v_297;
        }
        float v_298 = 0.0f;
        if ((r5 < 22) && (k0 + 6 < 90)) {
            int i0_75 = (k0 + 6) / 9;
            int i1_75 = (2 + k0 / 3) % 3;
            int i2_59 = k0 % 3;
            float v_299 = in_w[r5 * 90 + i0_75 * 9 + i1_75 * 3 + i2_59];
            v_298 = v_299;
        }
        float v_300 = 0.0f;
        if ((r6 < 22) && (k0 + 6 < 90)) {
            int i0_76 = (k0 + 6) / 9;
            int i1_76 = (2 + k0 / 3) % 3;
            int i2_60 = k0 % 3;
            float v_301 = in_w[r6 * 90 + i0_76 * 9 + i1_76 * 3 + i2_60];
            v_300 = v_301;
        }
        float v_302 = 0.0f;
        if ((r7 < 22) && (k0 + 6 < 90)) {
            int i0_77 = (k0 + 6) / 9;
            int i1_77 = (2 + k0 / 3) % 3;
            int i2_61 = k0 % 3;
            float v_303 = in_w[r7 * 90 + i0_77 * 9 + i1_77 * 3 + i2_61];
            v_302 = v_303;
        }
        int i0_78 = (k0 + 6) / 9;
        int i1_78 = (2 + k0 / 3) % 3;
        int i2_62 = k0 % 3;
        int x0_96 = i0_9 + i1_78 - 1;
        int x1_96 = i1_9 + i2_62 - 1;
        float v_304 = 0.0f;
        if ((k0 + 6 < 90) && (c0 < 108) && ((x0_96 >= 0) && (x0_96 < 9) && ((x1_96 >= 0) && (x1_96 < 12)))) {
            float v_305 = in_x[i0_78 * 108 + x0_96 * 12 + x1_96];
            v_304 = v_305;
        }
        int x0_97 = i0_10 + i1_78 - 1;
        int x1_97 = i1_10 + i2_62 - 1;
        float v_306 = 0.0f;
        if ((k0 + 6 < 90) && (c1 < 108) && ((x0_97 >= 0) && (x0_97 < 9) && ((x1_97 >= 0) && (x1_97 < 12)))) {
            float v_307 = in_x[i0_78 * 108 + x0_97 * 12 + x1_97];
            v_306 = v_307;
        }
        int x0_98 = i0_11 + i1_78 - 1;
        int x1_98 = i1_11 + i2_62 - 1;
        float v_308 = 0.0f;
        if ((k0 + 6 < 90) && (c2 < 108) && ((x0_98 >= 0) && (x0_98 < 9) && ((x1_98 >= 0) && (x1_98 < 12)))) {
            float v_309 = in_x[i0_78 * 108 + x0_98 * 12 + x1_98];
            v_308 = v_309;
        }
        int x0_99 = i0_12 + i1_78 - 1;
        int x1_99 = i1_12 + i2_62 - 1;
        float v_310 = 0.0f;
        if ((k0 + 6 < 90) && (c3 < 108) && ((x0_99 >= 0) && (x0_99 < 9) && ((x1_99 >= 0) && (x1_99 < 12)))) {
            float v_311 = in_x[i0_78 * 108 + x0_99 * 12 + x1_99];
            v_310 = v_311;
        }
        int x0_100 = i0_13 + i1_78 - 1;
        int x1_100 = i1_13 + i2_62 - 1;
        float v_312 = 0.0f;
        if ((k0 + 6 < 90) && (c4 < 108) && ((x0_100 >= 0) && (x0_100 < 9) && ((x1_100 >= 0) && (x1_100 < 12)))) {
            float v_313 = in_x[i0_78 * 108 + x0_100 * 12 + x1_100];
            v_312 = v_313;
        }
        int x0_101 = i0_14 + i1_78 - 1;
        int x1_101 = i1_14 + i2_62 - 1;
        float v_314 = 0.0f;
        if ((k0 + 6 < 90) && (c5 < 108) && ((x0_101 >= 0) && (x0_101 < 9) && ((x1_101 >= 0) && (x1_101 < 12)))) {
            float v_315 = in_x[i0_78 * 108 + x0_101 * 12 + x1_101];
            v_314 = v_315;
        }
        int x0_102 = i0_15 + i1_78 - 1;
        int x1_102 = i1_15 + i2_62 - 1;
        float v_316 = 0.0f;
        if ((k0 + 6 < 90) && (c6 < 108) && ((x0_102 >= 0) && (x0_102 < 9) && ((x1_102 >= 0) && (x1_102 < 12)))) {
            float v_317 = in_x[i0_78 * 108 + x0_102 * 12 + x1_102];
            v_316 = v_317;
        }
        int x0_103 = i0_16 + i1_78 - 1;
        int x1_103 = i1_16 + i2_62 - 1;
        float v_318 = 0.0f;
        if ((k0 + 6 < 90) && (c7 < 108) && ((x0_103 >= 0) && (x0_103 < 9) && ((x1_103 >= 0) && (x1_103 < 12)))) {
            float v_319 = in_x[i0_78 * 108 + x0_103 * 12 + x1_103];
            v_318 = v_319;
        }
        int x0_104 = i0_17 + i1_78 - 1;
        int x1_104 = i1_17 + i2_62 - 1;
        float v_320 = 0.0f;
        if ((k0 + 6 < 90) && (c8 < 108) && ((x0_104 >= 0) && (x0_104 < 9) && ((x1_104 >= 0) && (x1_104 < 12)))) {
            float v_321 = in_x[i0_78 * 108 + x0_104 * 12 + x1_104];
            v_320 = v_321;
        }
        int x0_105 = i0_18 + i1_78 - 1;
        int x1_105 = i1_18 + i2_62 - 1;
        float v_322 = 0.0f;
        if ((k0 + 6 < 90) && (c9 < 108) && ((x0_105 >= 0) && (x0_105 < 9) && ((x1_105 >= 0) && (x1_105 < 12)))) {
            float v_323 = in_x[i0_78 * 108 + x0_105 * 12 + x1_105];
            v_322 = v_323;
        }
        int x0_106 = i0_19 + i1_78 - 1;
        int x1_106 = i1_19 + i2_62 - 1;
        float v_324 = 0.0f;
        if ((k0 + 6 < 90) && (c10 < 108) && ((x0_106 >= 0) && (x0_106 < 9) && ((x1_106 >= 0) && (x1_106 < 12)))) {
            float v_325 = in_x[i0_78 * 108 + x0_106 * 12 + x1_106];
            v_324 = v_325;
        }
        int x0_107 = i0_20 + i1_78 - 1;
        int x1_107 = i1_20 + i2_62 - 1;
        float v_326 = 0.0f;
        if ((k0 + 6 < 90) && (c11 < 108) && ((x0_107 >= 0) && (x0_107 < 9) && ((x1_107 >= 0) && (x1_107 < 12)))) {
            float v_327 = in_x[i0_78 * 108 + x0_107 * 12 + x1_107];
            v_326 = v_327;
        }
        int x0_108 = i0_21 + i1_78 - 1;
        int x1_108 = i1_21 + i2_62 - 1;
        float v_328 = 0.0f;
        if ((k0 + 6 < 90) && (c12 < 108) && ((x0_108 < 9) && ((x1_108 >= 0) && (x1_108 < 12)))) {
            float v_329 = in_x[i0_78 * 108 + x0_108 * 12 + x1_108];
            v_328 = v_329;
        }
        int x0_109 = i0_22 + i1_78 - 1;
        int x1_109 = i1_22 + i2_62 - 1;
        float v_330 = 0.0f;
        if ((k0 + 6 < 90) && (c13 < 108) && ((x0_109 < 9) && ((x1_109 >= 0) && (x1_109 < 12)))) {
            float v_331 = in_x[i0_78 * 108 + x0_109 * 12 + x1_109];
            v_330 = v_331;
        }
        int x0_110 = i0_23 + i1_78 - 1;
        int x1_110 = i1_23 + i2_62 - 1;
        float v_332 = 0.0f;
        if ((k0 + 6 < 90) && (c14 < 108) && ((x0_110 < 9) && ((x1_110 >= 0) && (x1_110 < 12)))) {
            float v_333 = in_x[i0_78 * 108 + x0_110 * 12 + x1_110];
            v_332 = v_333;
        }
        int x0_111 = i0_24 + i1_78 - 1;
        int x1_111 = i1_24 + i2_62 - 1;
        float v_334 = 0.0f;
        if ((k0 + 6 < 90) && (c15 < 108) && ((x0_111 < 9) && ((x1_111 >= 0) && (x1_111 < 12)))) {
            float v_335 = in_x[i0_78 * 108 + x0_111 * 12 + x1_111];
            v_334 = v_335;
        }
        acc0_0 = fma(v_288, v_304, acc0_0);
        acc0_1 = fma(v_288, v_306, acc0_1);
        acc0_2 = fma(v_288, v_308, acc0_2);
        acc0_3 = fma(v_288, v_310, acc0_3);
        acc0_4 = fma(v_288, v_312, acc0_4);
        acc0_5 = fma(v_288, v_314, acc0_5);
        acc0_6 = fma(v_288, v_316, acc0_6);
        acc0_7 = fma(v_288, v_318, acc0_7);
        acc0_8 = fma(v_288, v_320, acc0_8);
        acc0_9 = fma(v_288, v_322, acc0_9);
        acc0_10 = fma(v_288, v_324, acc0_10);
        acc0_11 = fma(v_288, v_326, acc0_11);
        acc0_12 = fma(v_288, v_328, acc0_12);
        acc0_13 = fma(v_288, v_330, acc0_13);
        acc0_14 = fma(v_288, v_332, acc0_14);
        acc0_15 = fma(v_288, v_334, acc0_15);
        acc1_0 = fma(v_290, v_304, acc1_0);
        acc1_1 = fma(v_290, v_306, acc1_1);
        acc1_2 = fma(v_290, v_308, acc1_2);
        acc1_3 = fma(v_290, v_310, acc1_3);
        acc1_4 = fma(v_290, v_312, acc1_4);
        acc1_5 = fma(v_290, v_314, acc1_5);
        acc1_6 = fma(v_290, v_316, acc1_6);
        acc1_7 = fma(v_290, v_318, acc1_7);
        acc1_8 = fma(v_290, v_320, acc1_8);
        acc1_9 = fma(v_290, v_322, acc1_9);
        acc1_10 = fma(v_290, v_324, acc1_10);
        acc1_11 = fma(v_290, v_326, acc1_11);
        acc1_12 = fma(v_290, v_328, acc1_12);
        acc1_13 = fma(v_290, v_330, acc1_13);
        acc1_14 = fma(v_290, v_332, acc1_14);
        acc1_15 = fma(v_290, v_334, acc1_15);
        acc2_0 = fma(v_292, v_304, acc2_0);
        acc2_1 = fma(v_292, v_306, acc2_1);
        acc2_2 = fma(v_292, v_308, acc2_2);
        acc2_3 = fma(v_292, v_310, acc2_3);
        acc2_4 = fma(v_292, v_312, acc2_4);
        acc2_5 = fma(v_292, v_314, acc2_5);
        acc2_6 = fma(v_292, v_316, acc2_6);
        acc2_7 = fma(v_292, v_318, acc2_7);
        acc2_8 = fma(v_292, v_320, acc2_8);
        acc2_9 = fma(v_292, v_322, acc2_9);
        acc2_10 = fma(v_292, v_324, acc2_10);
        acc2_11 = fma(v_292, v_326, acc2_11);
        acc2_12 = fma(v_292, v_328, acc2_12);
        acc2_13 = fma(v_292, v_330, acc2_13);
        acc2_14 = fma(v_292, v_332, acc2_14);
        acc2_15 = fma(v_292, v_334, acc2_15);
        acc3_0 = fma(v_294, v_304, acc3_0);
        acc3_1 = fma(v_294, v_306, acc3_1);
        acc3_2 = fma(v_294, v_308, acc3_2);
        acc3_3 = fma(v_294, v_310, acc3_3);
        acc3_4 = fma(v_294, v_312, acc3_4);
        acc3_5 = fma(v_294, v_314, acc3_5);
        acc3_6 = fma(v_294, v_316, acc3_6);
        acc3_7 = fma(v_294, v_318, acc3_7);
        acc3_8 = fma(v_294, v_320, acc3_8);
        acc3_9 = fma(v_294, v_322, acc3_9);
        acc3_10 = fma(v_294, v_324, acc3_10);
        acc3_11 = fma(v_294, v_326, acc3_11);
        acc3_12 = fma(v_294, v_328, acc3_12);
        acc3_13 = fma(v_294, v_330, acc3_13);
        acc3_14 = fma(v_294, v_332, acc3_14);
        acc3_15 = fma(v_294, v_334, acc3_15);
        acc4_0 = fma(v_296, v_304, acc4_0);
        acc4_1 = fma(v_296, v_306, acc4_1);
        acc4_2 = fma(v_296, v_308, acc4_2);
        acc4_3 = fma(v_296, v_310, acc4_3);
        acc4_4 = fma(v_296, v_312, acc4_4);
        acc4_5 = fma(v_296, v_314, acc4_5);
        acc4_6 = fma(v_296, v_316, acc4_6);
        acc4_7 = fma(v_296, v_318, acc4_7);
        acc4_8 = fma(v_296, v_320, acc4_8);
        acc4_9 = fma(v_296, v_322, acc4_9);
        acc4_10 = fma(v_296, v_324, acc4_10);
        acc4_11 = fma(v_296, v_326, acc4_11);
        acc4_12 = fma(v_296, v_328, acc4_12);
        acc4_13 = fma(v_296, v_330, acc4_13);
        acc4_14 = fma(v_296, v_332, acc4_14);
        acc4_15 = fma(v_296, v_334, acc4_15);
        acc5_0 = fma(v_298, v_304, acc5_0);
        acc5_1 = fma(v_298, v_306, acc5_1);
        acc5_2 = fma(v_298, v_308, acc5_2);
        acc5_3 = fma(v_298, v_310, acc5_3);
        acc5_4 = fma(v_298, v_312, acc5_4);
        acc5_5 = fma(v_298, v_314, acc5_5);
        acc5_6 = fma(v_298, v_316, acc5_6);
        acc5_7 = fma(v_298, v_318, acc5_7);
        acc5_8 = fma(v_298, v_320, acc5_8);
        acc5_9 = fma(v_298, v_322, acc5_9);
        acc5_10 = fma(v_298, v_324, acc5_10);
        acc5_11 = fma(v_298, v_326, acc5_11);
        acc5_12 = fma(v_298, v_328, acc5_12);
        acc5_13 = fma(v_298, v_330, acc5_13);
        acc5_14 = fma(v_298, v_332, acc5_14);
        acc5_15 = fma(v_298, v_334, acc5_15);
        acc6_0 = fma(v_300, v_304, acc6_0);
        acc6_1 = fma(v_300, v_306, acc6_1);
        acc6_2 = fma(v_300, v_308, acc6_2);
        acc6_3 = fma(v_300, v_310, acc6_3);
        acc6_4 = fma(v_300, v_312, acc6_4);
        acc6_5 = fma(v_300, v_314, acc6_5);
        acc6_6 = fma(v_300, v_316, acc6_6);
        acc6_7 = fma(v_300, v_318, acc6_7);
        acc6_8 = fma(v_300, v_320, acc6_8);
        acc6_9 = fma(v_300, v_322, acc6_9);
        acc6_10 = fma(v_300, v_324, acc6_10);
        acc6_11 = fma(v_300, v_326, acc6_11);
        acc6_12 = fma(v_300, v_328, acc6_12);
        acc6_13 = fma(v_300, v_330, acc6_13);
        acc6_14 = fma(v_300, v_332, acc6_14);
        acc6_15 = fma(v_300, v_334, acc6_15);
        acc7_0 = fma(v_302, v_304, acc7_0);
        acc7_1 = fma(v_302, v_306, acc7_1);
        acc7_2 = fma(v_302, v_308, acc7_2);
        acc7_3 = fma(v_302, v_310, acc7_3);
        acc7_4 = fma(v_302, v_312, acc7_4);
        acc7_5 = fma(v_302, v_314, acc7_5);
        acc7_6 = fma(v_302, v_316, acc7_6);
        acc7_7 = fma(v_302, v_318, acc7_7);
        acc7_8 = fma(v_302, v_320, acc7_8);
        acc7_9 = fma(v_302, v_322, acc7_9);
        acc7_10 = fma(v_302, v_324, acc7_10);
        acc7_11 = fma(v_302, v_326, acc7_11);
        acc7_12 = fma(v_302, v_328, acc7_12);
        acc7_13 = fma(v_302, v_330, acc7_13);
        acc7_14 = fma(v_302, v_332, acc7_14);
        acc7_15 = fma(v_302, v_334, acc7_15);
        float v_336 = 0.0f;
        if ((r0 < 22) && (k0 + 7 < 90)) {
            int i0_79 = (k0 + 7) / 9;
            int i1_79 = (k0 + 7) / 3 % 3;
            int i2_63 = (k0 + 7) % 3;
            float v_337 = in_w[r0 * 90 + i0_79 * 9 + i1_79 * 3 + i2_63];
            v_336 = v_337;
        }
        float v_338 = 0.0f;
        if ((r1 < 22) && (k0 + 7 < 90)) {
            int i0_80 = (k0 + 7) / 9;
            int i1_80 = (k0 + 7) / 3 % 3;
            int i2_64 = (k0 + 7) % 3;
            float v_339 = in_w[r1 * 90 + i0_80 * 9 + i1_80 * 3 + i2_64];
            v_338 = v_339;
        }
        float v_340 = 0.0f;
        if ((r2 < 22) && (k0 + 7 < 90)) {
            int i0_81 = (k0 + 7) / 9;
            int i1_81 = (k0 + 7) / 3 % 3;
            int i2_65 = (k0 + 7) % 3;
            float v_341 = in_w[r2 * 90 + i0_81 * 9 + i1_81 * 3 + i2_65];
            v_340 = v_341;
        }
        float v_342 = 0.0f;
        if ((r3 < 22) && (k0 + 7 < 90)) {
            int i0_82 = (k0 + 7) / 9;
            int i1_82 = (k0 + 7) / 3 % 3;
            int i2_66 = (k0 + 7) % 3;
            float v_343 = in_w[r3 * 90 + i0_82 * 9 + i1_82 * 3 + i2_66];
            v_342 = v_343;
        }
        float v_344 = 0.0f;
        if ((r4 < 22) && (k0 + 7 < 90)) {
            int i0_83 = (k0 + 7) / 9;
            int i1_83 = (k0 + 7) / 3 % 3;
            int i2_67 = (k0 + 7) % 3;
            float v_345 = in_w[r4 * 90 + i0_83 * 9 + i1_83 * 3 + i2_67];
            v_344 = v_345;
        }
        float v_346 = 0.0f;
        if ((r5 < 22) && (k0 + 7 < 90)) {
            int i0_84 = (k0 + 7) / 9;
            int i1_84 = (k0 + 7) / 3 % 3;
            int i2_68 = (k0 + 7) % 3;
            float v_347 = in_w[r5 * 90 + i0_84 * 9 + i1_84 * 3 + i2_68];
            v_346 = v_347;
        }
        float v_348 = 0.0f;
        if ((r6 < 22) && (k0 + 7 < 90)) {
            int i0_85 = (k0 + 7) / 9;
            int i1_85 = (k0 + 7) / 3 % 3;
            int i2_69 = (k0 + 7) % 3;
            float v_349 = in_w[r6 * 90 + i0_85 * 9 + i1_85 * 3 + i2_69];
            v_348 = v_349;
        }
        float v_350 = 0.0f;
        if ((r7 < 22) && (k0 + 7 < 90)) {
            int i0_86 = (k0 + 7) / 9;
            int i1_86 = (k0 + 7) / 3 % 3;
            int i2_70 = (k0 + 7) % 3;
            float v_351 = in_w[r7 * 90 + i0_86 * 9 + i1_86 * 3 + i2_70];
            v_350 = v_351;
        }
        int i0_87 = (k0 + 7) / 9;
        int i1_87 = (k0 + 7) / 3 % 3;
        int i2_71 = (k0 + 7) % 3;
        int x0_112 = i0_9 + i1_87 - 1;
        int x1_112 = i1_9 + i2_71 - 1;
        float v_352 = 0.0f;
        if ((k0 + 7 < 90) && (c0 < 108) && ((x0_112 >= 0) && (x0_112 < 9) && ((x1_112 >= 0) && (x1_112 < 12)))) {
            float v_353 = in_x[i0_87 * 108 + x0_112 * 12 + x1_112];
            v_352 = v_353;
        }
        int x0_113 = i0_10 + i1_87 - 1;
        int x1_113 = i1_10 + i2_71 - 1;
        float v_354 = 0.0f;
        if ((k0 + 7 < 90) && (c1 < 108) && ((x0_113 >= 0) && (x0_113 < 9) && ((x1_113 >= 0) && (x1_113 < 12)))) {
            float v_355 = in_x[i0_87 * 108 + x0_113 * 12 + x1_113];
            v_354 = v_355;
        }
        int x0_114 = i0_11 + i1_87 - 1;
        int x1_114 = i1_11 + i2_71 - 1;
        float v_356 = 0.0f;
        if ((k0 + 7 < 90) && (c2 < 108) && ((x0_114 >= 0) && (x0_114 < 9) && ((x1_114 >= 0) && (x1_114 < 12)))) {
            float v_357 = in_x[i0_87 * 108 + x0_114 * 12 + x1_114];
            v_356 = v_357;
        }
        int x0_115 = i0_12 + i1_87 - 1;
        int x1_115 = i1_12 + i2_71 - 1;
        float v_358 = 0.0f;
        if ((k0 + 7 < 90) && (c3 < 108) && ((x0_115 >= 0) && (x0_115 < 9) && ((x1_115 >= 0) && (x1_115 < 12)))) {
            float v_359 = in_x[i0_87 * 108 + x0_115 * 12 + x1_115];
            v_358 = v_359;
        }
        int x0_116 = i0_13 + i1_87 - 1;
        int x1_116 = i1_13 + i2_71 - 1;
        float v_360 = 0.0f;
        if ((k0 + 7 < 90) && (c4 < 108) && ((x0_116 >= 0) && (x0_116 < 9) && ((x1_116 >= 0) && (x1_116 < 12)))) {
            float v_361 = in_x[i0_87 * 108 + x0_116 * 12 + x1_116];
            v_360 = v_361;
        }
        int x0_117 = i0_14 + i1_87 - 1;
        int x1_117 = i1_14 + i2_71 - 1;
        float v_362 = 0.0f;
        if ((k0 + 7 < 90) && (c5 < 108) && ((x0_117 >= 0) && (x0_117 < 9) && ((x1_117 >= 0) && (x1_117 < 12)))) {
            float v_363 = in_x[i0_87 * 108 + x0_117 * 12 + x1_117];
            v_362 = v_363;
        }
        int x0_118 = i0_15 + i1_87 - 1;
        int x1_118 = i1_15 + i2_71 - 1;
        float v_364 = 0.0f;
        if ((k0 + 7 < 90) && (c6 < 108) && ((x0_118 >= 0) && (x0_118 < 9) && ((x1_118 >= 0) && (x1_118 < 12)))) {
            float v_365 = in_x[i0_87 * 108 + x0_118 * 12 + x1_118];
            v_364 = v_365;
        }
        int x0_119 = i0_16 + i1_87 - 1;
        int x1_119 = i1_16 + i2_71 - 1;
        float v_366 = 0.0f;
        if ((k0 + 7 < 90) && (c7 < 108) && ((x0_119 >= 0) && (x0_119 < 9) && ((x1_119 >= 0) && (x1_119 < 12)))) {
            float v_367 = in_x[i0_87 * 108 + x0_119 * 12 + x1_119];
            v_366 = v_367;
        }
        int x0_120 = i0_17 + i1_87 - 1;
        int x1_120 = i1_17 + i2_71 - 1;
        float v_368 = 0.0f;
        if ((k0 + 7 < 90) && (c8 < 108) && ((x0_120 >= 0) && (x0_120 < 9) && ((x1_120 >= 0) && (x1_120 < 12)))) {
            float v_369 = in_x[i0_87 * 108 + x0_120 * 12 + x1_120];
            v_368 = v_369;
        }
        int x0_121 = i0_18 + i1_87 - 1;
        int x1_121 = i1_18 + i2_71 - 1;
        float v_370 = 0.0f;
        if ((k0 + 7 < 90) && (c9 < 108) && ((x0_121 >= 0) && (x0_121 < 9) && ((x1_121 >= 0) && (x1_121 < 12)))) {
            float v_371 = in_x[i0_87 * 108 + x0_121 * 12 + x1_121];
            v_370 = v_371;
        }
        int x0_122 = i0_19 + i1_87 - 1;
        int x1_122 = i1_19 + i2_71 - 1;
        float v_372 = 0.0f;
        if ((k0 + 7 < 90) && (c10 < 108) && ((x0_122 >= 0) && (x0_122 < 9) && ((x1_122 >= 0) && (x1_122 < 12)))) {
            float v_373 = in_x[i0_87 * 108 + x0_122 * 12 + x1_122];
            v_372 = v_373;
        }
        int x0_123 = i0_20 + i1_87 - 1;
        int x1_123 = i1_20 + i2_71 - 1;
        float v_374 = 0.0f;
        if ((k0 + 7 < 90) && (c11 < 108) && ((x0_123 >= 0) && (x0_123 < 9) && ((x1_123 >= 0) && (x1_123 < 12)))) {
            float v_375 = in_x[i0_87 * 108 + x0_123 * 12 + x1_123];
            v_374 = v_375;
        }
        int x0_124 = i0_21 + i1_87 - 1;
        int x1_124 = i1_21 + i2_71 - 1;
        float v_376 = 0.0f;
        if ((k0 + 7 < 90) && (c12 < 108) && ((x0_124 < 9) && ((x1_124 >= 0) && (x1_124 < 12)))) {
            float v_377 = in_x[i0_87 * 108 + x0_124 * 12 + x1_124];
            v_376 = v_377;
        }
        int x0_125 = i0_22 + i1_87 - 1;
        int x1_125 = i1_22 + i2_71 - 1;
        float v_378 = 0.0f;
        if ((k0 + 7 < 90) && (c13 < 108) && ((x0_125 < 9) && ((x1_125 >= 0) && (x1_125 < 12)))) {
            float v_379 = in_x[i0_87 * 108 + x0_125 * 12 + x1_125];
            v_378 = v_379;
        }
        int x0_126 = i0_23 + i1_87 - 1;
        int x1_126 = i1_23 + i2_71 - 1;
        float v_380 = 0.0f;
        if ((k0 + 7 < 90) && (c14 < 108) && ((x0_126 < 9) && ((x1_126 >= 0) && (x1_126 < 12)))) {
            float v_381 = in_x[i0_87 * 108 + x0_126 * 12 + x1_126];
            v_380 = v_381;
        }
        int x0_127 = i0_24 + i1_87 - 1;
        int x1_127 = i1_24 + i2_71 - 1;
        float v_382 = 0.0f;
        if ((k0 + 7 < 90) && (c15 < 108) && ((x0_127 < 9) && ((x1_127 >= 0) && (x1_127 < 12)))) {
            float v_383 = in_x[i0_87 * 108 + x0_127 * 12 + x1_127];
            v_382 = v_383;
        }
        acc0_0 = fma(v_336, v_352, acc0_0);
        acc0_1 = fma(v_336, v_354, acc0_1);
        acc0_2 = fma(v_336, v_356, acc0_2);
        acc0_3 = fma(v_336, v_358, acc0_3);
        acc0_4 = fma(v_336, v_360, acc0_4);
        acc0_5 = fma(v_336, v_362, acc0_5);
        acc0_6 = fma(v_336, v_364, acc0_6);
        acc0_7 = fma(v_336, v_366, acc0_7);
        acc0_8 = fma(v_336, v_368, acc0_8);
        acc0_9 = fma(v_336, v_370, acc0_9);
        acc0_10 = fma(v_336, v_372, acc0_10);
        acc0_11 = fma(v_336, v_374, acc0_11);
        acc0_12 = fma(v_336, v_376, acc0_12);
        acc0_13 = fma(v_336, v_378, acc0_13);
        acc0_14 = fma(v_336, v_380, acc0_14);
        acc0_15 = fma(v_336, v_382, acc0_15);
        acc1_0 = fma(v_338, v_352, acc1_0);
        acc1_1 = fma(v_338, v_354, acc1_1);
        acc1_2 = fma(v_338, v_356, acc1_2);
        acc1_3 = fma(v_338, v_358, acc1_3);
        acc1_4 = fma(v_338, v_360, acc1_4);
        acc1_5 = fma(v_338, v_362, acc1_5);
        acc1_6 = fma(v_338, v_364, acc1_6);
        acc1_7 = fma(v_338, v_366, acc1_7);
        acc1_8 = fma(v_338, v_368, acc1_8);
        acc1_9 = fma(v_338, v_370, acc1_9);
        acc1_10 = fma(v_338, v_372, acc1_10);
        acc1_11 = fma(v_338, v_374, acc1_11);
        acc1_12 = fma(v_338, v_376, acc1_12);
        acc1_13 = fma(v_338, v_378, acc1_13);
        acc1_14 = fma(v_338, v_380, acc1_14);
        acc1_15 = fma(v_338, v_382, acc1_15);
        acc2_0 = fma(v_340, v_352, acc2_0);
        acc2_1 = fma(v_340, v_354, acc2_1);
        acc2_2 = fma(v_340, v_356, acc2_2);
        acc2_3 = fma(v_340, v_358, acc2_3);
        acc2_4 = fma(v_340, v_360, acc2_4);
        acc2_5 = fma(v_340, v_362, acc2_5);
        acc2_6 = fma(v_340, v_364, acc2_6);
        acc2_7 = fma(v_340, v_366, acc2_7);
        acc2_8 = fma(v_340, v_368, acc2_8);
        acc2_9 = fma(v_340, v_370, acc2_9);
        acc2_10 = fma(v_340, v_372, acc2_10);
        acc2_11 = fma(v_340, v_374, acc2_11);
        acc2_12 = fma(v_340, v_376, acc2_12);
        acc2_13 = fma(v_340, v_378, acc2_13);
        acc2_14 = fma(v_340, v_380, acc2_14);
        acc2_15 = fma(v_340, v_382, acc2_15);
        acc3_0 = fma(v_342, v_352, acc3_0);
        acc3_1 = fma(v_342, v_354, acc3_1);
        acc3_2 = fma(v_342, v_356, acc3_2);
        acc3_3 = fma(v_342, v_358, acc3_3);
        acc3_4 = fma(v_342, v_360, acc3_4);
        acc3_5 = fma(v_342, v_362, acc3_5);
        acc3_6 = fma(v_342, v_364, acc3_6);
        acc3_7 = fma(v_342, v_366, acc3_7);
        acc3_8 = fma(v_342, v_368, acc3_8);
        acc3_9 = fma(v_342, v_370, acc3_9);
        acc3_10 = fma(v_342, v_372, acc3_10);
        acc3_11 = fma(v_342, v_374, acc3_11);
        acc3_12 = fma(v_342, v_376, acc3_12);
        acc3_13 = fma(v_342, v_378, acc3_13);
        acc3_14 = fma(v_342, v_380, acc3_14);
        acc3_15 = fma(v_342, v_382, acc3_15);
        acc4_0 = fma(v_344, v_352, acc4_0);
        acc4_1 = fma(v_344, v_354, acc4_1);
        acc4_2 = fma(v_344, v_356, acc4_2);
        acc4_3 = fma(v_344, v_358, acc4_3);
        acc4_4 = fma(v_344, v_360, acc4_4);
        acc4_5 = fma(v_344, v_362, acc4_5);
        acc4_6 = fma(v_344, v_364, acc4_6);
        acc4_7 = fma(v_344, v_366, acc4_7);
        acc4_8 = fma(v_344, v_368, acc4_8);
        acc4_9 = fma(v_344, v_370, acc4_9);
        acc4_10 = fma(v_344, v_372, acc4_10);
        acc4_11 = fma(v_344, v_374, acc4_11);
        acc4_12 = fma(v_344, v_376, acc4_12);
        acc4_13 = fma(v_344, v_378, acc4_13);
        acc4_14 = fma(v_344, v_380, acc4_14);
        acc4_15 = fma(v_344, v_382, acc4_15);
        acc5_0 = fma(v_346, v_352, acc5_0);
        acc5_1 = fma(v_346, v_354, acc5_1);
        acc5_2 = fma(v_346, v_356, acc5_2);
        acc5_3 = fma(v_346, v_358, acc5_3);
        acc5_4 = fma(v_346, v_360, acc5_4);
        acc5_5 = fma(v_346, v_362, acc5_5);
        acc5_6 = fma(v_346, v_364, acc5_6);
        acc5_7 = fma(v_346, v_366, acc5_7);
        acc5_8 = fma(v_346, v_368, acc5_8);
        acc5_9 = fma(v_346, v_370, acc5_9);
        acc5_10 = fma(v_346, v_372, acc5_10);
        acc5_11 = fma(v_346, v_374, acc5_11);
        acc5_12 = fma(v_346, v_376, acc5_12);
        acc5_13 = fma(v_346, v_378, acc5_13);
        acc5_14 = fma(v_346, v_380, acc5_14);
        acc5_15 = fma(v_346, v_382, acc5_15);
        acc6_0 = fma(v_348, v_352, acc6_0);
        acc6_1 = fma(v_348, v_354, acc6_1);
        acc6_2 = fma(v_348, v_356, acc6_2);
        acc6_3 = fma(v_348, v_358, acc6_3);
        acc6_4 = fma(v_348, v_360, acc6_4);
        acc6_5 = fma(v_348, v_362, acc6_5);
        acc6_6 = fma(v_348, v_364, acc6_6);
        acc6_7 = fma(v_348, v_366, acc6_7);
        acc6_8 = fma(v_348, v_368, acc6_8);
        acc6_9 = fma(v_348, v_370, acc6_9);
        acc6_10 = fma(v_348, v_372, acc6_10);
        acc6_11 = fma(v_348, v_374, acc6_11);
        acc6_12 = fma(v_348, v_376, acc6_12);
        acc6_13 = fma(v_348, v_378, acc6_13);
        acc6_14 = fma(v_348, v_380, acc6_14);
        acc6_15 = fma(v_348, v_382, acc6_15);
        acc7_0 = fma(v_350, v_352, acc7_0);
        acc7_1 = fma(v_350, v_354, acc7_1);
        acc7_2 = fma(v_350, v_356, acc7_2);
        acc7_3 = fma(v_350, v_358, acc7_3);
        acc7_4 = fma(v_350, v_360, acc7_4);
        acc7_5 = fma(v_350, v_362, acc7_5);
        acc7_6 = fma(v_350, v_364, acc7_6);
        acc7_7 = fma(v_350, v_366, acc7_7);
        acc7_8 = fma(v_350, v_368, acc7_8);
        acc7_9 = fma(v_350, v_370, acc7_9);
        acc7_10 = fma(v_350, v_372, acc7_10);
        acc7_11 = fma(v_350, v_374, acc7_11);
        acc7_12 = fma(v_350, v_376, acc7_12);
        acc7_13 = fma(v_350, v_378, acc7_13);
        acc7_14 = fma(v_350, v_380, acc7_14);
        acc7_15 = fma(v_350, v_382, acc7_15);
    }
    if ((r0 < 22) && (c0 < 108)) {
        float v_384 = in_w_1[r0];
        int lin = r0 * 108 + c0;
        float y = v_384 + acc0_0;
        float v_385 = 1.0f / (1.0f + exp(-y));
        out_mul[lin] = y * v_385;
    }
    if ((r0 < 22) && (c1 < 108)) {
        float v_386 = in_w_1[r0];
        int lin_1 = r0 * 108 + c1;
        float y_1 = v_386 + acc0_1;
        float v_387 = 1.0f / (1.0f + exp(-y_1));
        out_mul[lin_1] = y_1 * v_387;
    }
    if ((r0 < 22) && (c2 < 108)) {
        float v_388 = in_w_1[r0];
        int lin_2 = r0 * 108 + c2;
        float y_2 = v_388 + acc0_2;
        float v_389 = 1.0f / (1.0f + exp(-y_2));
        out_mul[lin_2] = y_2 * v_389;
    }
    if ((r0 < 22) && (c3 < 108)) {
        float v_390 = in_w_1[r0];
        int lin_3 = r0 * 108 + c3;
        float y_3 = v_390 + acc0_3;
        float v_391 = 1.0f / (1.0f + exp(-y_3));
        out_mul[lin_3] = y_3 * v_391;
    }
    if ((r0 < 22) && (c4 < 108)) {
        float v_392 = in_w_1[r0];
        int lin_4 = r0 * 108 + c4;
        float y_4 = v_392 + acc0_4;
        float v_393 = 1.0f / (1.0f + exp(-y_4));
        out_mul[lin_4] = y_4 * v_393;
    }
    if ((r0 < 22) && (c5 < 108)) {
        float v_394 = in_w_1[r0];
        int lin_5 = r0 * 108 + c5;
        float y_5 = v_394 + acc0_5;
        float v_395 = 1.0f / (1.0f + exp(-y_5));
        out_mul[lin_5] = y_5 * v_395;
    }
    if ((r0 < 22) && (c6 < 108)) {
        float v_396 = in_w_1[r0];
        int lin_6 = r0 * 108 + c6;
        float y_6 = v_396 + acc0_6;
        float v_397 = 1.0f / (1.0f + exp(-y_6));
        out_mul[lin_6] = y_6 * v_397;
    }
    if ((r0 < 22) && (c7 < 108)) {
        float v_398 = in_w_1[r0];
        int lin_7 = r0 * 108 + c7;
        float y_7 = v_398 + acc0_7;
        float v_399 = 1.0f / (1.0f + exp(-y_7));
        out_mul[lin_7] = y_7 * v_399;
    }
    if ((r0 < 22) && (c8 < 108)) {
        float v_400 = in_w_1[r0];
        int lin_8 = r0 * 108 + c8;
        float y_8 = v_400 + acc0_8;
        float v_401 = 1.0f / (1.0f + exp(-y_8));
        out_mul[lin_8] = y_8 * v_401;
    }
    if ((r0 < 22) && (c9 < 108)) {
        float v_402 = in_w_1[r0];
        int lin_9 = r0 * 108 + c9;
        float y_9 = v_402 + acc0_9;
        float v_403 = 1.0f / (1.0f + exp(-y_9));
        out_mul[lin_9] = y_9 * v_403;
    }
    if ((r0 < 22) && (c10 < 108)) {
        float v_404 = in_w_1[r0];
        int lin_10 = r0 * 108 + c10;
        float y_10 = v_404 + acc0_10;
        float v_405 = 1.0f / (1.0f + exp(-y_10));
        out_mul[lin_10] = y_10 * v_405;
    }
    if ((r0 < 22) && (c11 < 108)) {
        float v_406 = in_w_1[r0];
        int lin_11 = r0 * 108 + c11;
        float y_11 = v_406 + acc0_11;
        float v_407 = 1.0f / (1.0f + exp(-y_11));
        out_mul[lin_11] = y_11 * v_407;
    }
    if ((r0 < 22) && (c12 < 108)) {
        float v_408 = in_w_1[r0];
        int lin_12 = r0 * 108 + c12;
        float y_12 = v_408 + acc0_12;
        float v_409 = 1.0f / (1.0f + exp(-y_12));
        out_mul[lin_12] = y_12 * v_409;
    }
    if ((r0 < 22) && (c13 < 108)) {
        float v_410 = in_w_1[r0];
        int lin_13 = r0 * 108 + c13;
        float y_13 = v_410 + acc0_13;
        float v_411 = 1.0f / (1.0f + exp(-y_13));
        out_mul[lin_13] = y_13 * v_411;
    }
    if ((r0 < 22) && (c14 < 108)) {
        float v_412 = in_w_1[r0];
        int lin_14 = r0 * 108 + c14;
        float y_14 = v_412 + acc0_14;
        float v_413 = 1.0f / (1.0f + exp(-y_14));
        out_mul[lin_14] = y_14 * v_413;
    }
    if ((r0 < 22) && (c15 < 108)) {
        float v_414 = in_w_1[r0];
        int lin_15 = r0 * 108 + c15;
        float y_15 = v_414 + acc0_15;
        float v_415 = 1.0f / (1.0f + exp(-y_15));
        out_mul[lin_15] = y_15 * v_415;
    }
    if ((r1 < 22) && (c0 < 108)) {
        float v_416 = in_w_1[r1];
        int lin_16 = r1 * 108 + c0;
        float y_16 = v_416 + acc1_0;
        float v_417 = 1.0f / (1.0f + exp(-y_16));
        out_mul[lin_16] = y_16 * v_417;
    }
    if ((r1 < 22) && (c1 < 108)) {
        float v_418 = in_w_1[r1];
        int lin_17 = r1 * 108 + c1;
        float y_17 = v_418 + acc1_1;
        float v_419 = 1.0f / (1.0f + exp(-y_17));
        out_mul[lin_17] = y_17 * v_419;
    }
    if ((r1 < 22) && (c2 < 108)) {
        float v_420 = in_w_1[r1];
        int lin_18 = r1 * 108 + c2;
        float y_18 = v_420 + acc1_2;
        float v_421 = 1.0f / (1.0f + exp(-y_18));
        out_mul[lin_18] = y_18 * v_421;
    }
    if ((r1 < 22) && (c3 < 108)) {
        float v_422 = in_w_1[r1];
        int lin_19 = r1 * 108 + c3;
        float y_19 = v_422 + acc1_3;
        float v_423 = 1.0f / (1.0f + exp(-y_19));
        out_mul[lin_19] = y_19 * v_423;
    }
    if ((r1 < 22) && (c4 < 108)) {
        float v_424 = in_w_1[r1];
        int lin_20 = r1 * 108 + c4;
        float y_20 = v_424 + acc1_4;
        float v_425 = 1.0f / (1.0f + exp(-y_20));
        out_mul[lin_20] = y_20 * v_425;
    }
    if ((r1 < 22) && (c5 < 108)) {
        float v_426 = in_w_1[r1];
        int lin_21 = r1 * 108 + c5;
        float y_21 = v_426 + acc1_5;
        float v_427 = 1.0f / (1.0f + exp(-y_21));
        out_mul[lin_21] = y_21 * v_427;
    }
    if ((r1 < 22) && (c6 < 108)) {
        float v_428 = in_w_1[r1];
        int lin_22 = r1 * 108 + c6;
        float y_22 = v_428 + acc1_6;
        float v_429 = 1.0f / (1.0f + exp(-y_22));
        out_mul[lin_22] = y_22 * v_429;
    }
    if ((r1 < 22) && (c7 < 108)) {
        float v_430 = in_w_1[r1];
        int lin_23 = r1 * 108 + c7;
        float y_23 = v_430 + acc1_7;
        float v_431 = 1.0f / (1.0f + exp(-y_23));
        out_mul[lin_23] = y_23 * v_431;
    }
    if ((r1 < 22) && (c8 < 108)) {
        float v_432 = in_w_1[r1];
        int lin_24 = r1 * 108 + c8;
        float y_24 = v_432 + acc1_8;
        float v_433 = 1.0f / (1.0f + exp(-y_24));
        out_mul[lin_24] = y_24 * v_433;
    }
    if ((r1 < 22) && (c9 < 108)) {
        float v_434 = in_w_1[r1];
        int lin_25 = r1 * 108 + c9;
        float y_25 = v_434 + acc1_9;
        float v_435 = 1.0f / (1.0f + exp(-y_25));
        out_mul[lin_25] = y_25 * v_435;
    }
    if ((r1 < 22) && (c10 < 108)) {
        float v_436 = in_w_1[r1];
        int lin_26 = r1 * 108 + c10;
        float y_26 = v_436 + acc1_10;
        float v_437 = 1.0f / (1.0f + exp(-y_26));
        out_mul[lin_26] = y_26 * v_437;
    }
    if ((r1 < 22) && (c11 < 108)) {
        float v_438 = in_w_1[r1];
        int lin_27 = r1 * 108 + c11;
        float y_27 = v_438 + acc1_11;
        float v_439 = 1.0f / (1.0f + exp(-y_27));
        out_mul[lin_27] = y_27 * v_439;
    }
    if ((r1 < 22) && (c12 < 108)) {
        float v_440 = in_w_1[r1];
        int lin_28 = r1 * 108 + c12;
        float y_28 = v_440 + acc1_12;
        float v_441 = 1.0f / (1.0f + exp(-y_28));
        out_mul[lin_28] = y_28 * v_441;
    }
    if ((r1 < 22) && (c13 < 108)) {
        float v_442 = in_w_1[r1];
        int lin_29 = r1 * 108 + c13;
        float y_29 = v_442 + acc1_13;
        float v_443 = 1.0f / (1.0f + exp(-y_29));
        out_mul[lin_29] = y_29 * v_443;
    }
    if ((r1 < 22) && (c14 < 108)) {
        float v_444 = in_w_1[r1];
        int lin_30 = r1 * 108 + c14;
        float y_30 = v_444 + acc1_14;
        float v_445 = 1.0f / (1.0f + exp(-y_30));
        out_mul[lin_30] = y_30 * v_445;
    }
    if ((r1 < 22) && (c15 < 108)) {
        float v_446 = in_w_1[r1];
        int lin_31 = r1 * 108 + c15;
        float y_31 = v_446 + acc1_15;
        float v_447 = 1.0f / (1.0f + exp(-y_31));
        out_mul[lin_31] = y_31 * v_447;
    }
    if ((r2 < 22) && (c0 < 108)) {
        float v_448 = in_w_1[r2];
        int lin_32 = r2 * 108 + c0;
        float y_32 = v_448 + acc2_0;
        float v_449 = 1.0f / (1.0f + exp(-y_32));
        out_mul[lin_32] = y_32 * v_449;
    }
    if ((r2 < 22) && (c1 < 108)) {
        float v_450 = in_w_1[r2];
        int lin_33 = r2 * 108 + c1;
        float y_33 = v_450 + acc2_1;
        float v_451 = 1.0f / (1.0f + exp(-y_33));
        out_mul[lin_33] = y_33 * v_451;
    }
    if ((r2 < 22) && (c2 < 108)) {
        float v_452 = in_w_1[r2];
        int lin_34 = r2 * 108 + c2;
        float y_34 = v_452 + acc2_2;
        float v_453 = 1.0f / (1.0f + exp(-y_34));
        out_mul[lin_34] = y_34 * v_453;
    }
    if ((r2 < 22) && (c3 < 108)) {
        float v_454 = in_w_1[r2];
        int lin_35 = r2 * 108 + c3;
        float y_35 = v_454 + acc2_3;
        float v_455 = 1.0f / (1.0f + exp(-y_35));
        out_mul[lin_35] = y_35 * v_455;
    }
    if ((r2 < 22) && (c4 < 108)) {
        float v_456 = in_w_1[r2];
        int lin_36 = r2 * 108 + c4;
        float y_36 = v_456 + acc2_4;
        float v_457 = 1.0f / (1.0f + exp(-y_36));
        out_mul[lin_36] = y_36 * v_457;
    }
    if ((r2 < 22) && (c5 < 108)) {
        float v_458 = in_w_1[r2];
        int lin_37 = r2 * 108 + c5;
        float y_37 = v_458 + acc2_5;
        float v_459 = 1.0f / (1.0f + exp(-y_37));
        out_mul[lin_37] = y_37 * v_459;
    }
    if ((r2 < 22) && (c6 < 108)) {
        float v_460 = in_w_1[r2];
        int lin_38 = r2 * 108 + c6;
        float y_38 = v_460 + acc2_6;
        float v_461 = 1.0f / (1.0f + exp(-y_38));
        out_mul[lin_38] = y_38 * v_461;
    }
    if ((r2 < 22) && (c7 < 108)) {
        float v_462 = in_w_1[r2];
        int lin_39 = r2 * 108 + c7;
        float y_39 = v_462 + acc2_7;
        float v_463 = 1.0f / (1.0f + exp(-y_39));
        out_mul[lin_39] = y_39 * v_463;
    }
    if ((r2 < 22) && (c8 < 108)) {
        float v_464 = in_w_1[r2];
        int lin_40 = r2 * 108 + c8;
        float y_40 = v_464 + acc2_8;
        float v_465 = 1.0f / (1.0f + exp(-y_40));
        out_mul[lin_40] = y_40 * v_465;
    }
    if ((r2 < 22) && (c9 < 108)) {
        float v_466 = in_w_1[r2];
        int lin_41 = r2 * 108 + c9;
        float y_41 = v_466 + acc2_9;
        float v_467 = 1.0f / (1.0f + exp(-y_41));
        out_mul[lin_41] = y_41 * v_467;
    }
    if ((r2 < 22) && (c10 < 108)) {
        float v_468 = in_w_1[r2];
        int lin_42 = r2 * 108 + c10;
        float y_42 = v_468 + acc2_10;
        float v_469 = 1.0f / (1.0f + exp(-y_42));
        out_mul[lin_42] = y_42 * v_469;
    }
    if ((r2 < 22) && (c11 < 108)) {
        float v_470 = in_w_1[r2];
        int lin_43 = r2 * 108 + c11;
        float y_43 = v_470 + acc2_11;
        float v_471 = 1.0f / (1.0f + exp(-y_43));
        out_mul[lin_43] = y_43 * v_471;
    }
    if ((r2 < 22) && (c12 < 108)) {
        float v_472 = in_w_1[r2];
        int lin_44 = r2 * 108 + c12;
        float y_44 = v_472 + acc2_12;
        float v_473 = 1.0f / (1.0f + exp(-y_44));
        out_mul[lin_44] = y_44 * v_473;
    }
    if ((r2 < 22) && (c13 < 108)) {
        float v_474 = in_w_1[r2];
        int lin_45 = r2 * 108 + c13;
        float y_45 = v_474 + acc2_13;
        float v_475 = 1.0f / (1.0f + exp(-y_45));
        out_mul[lin_45] = y_45 * v_475;
    }
    if ((r2 < 22) && (c14 < 108)) {
        float v_476 = in_w_1[r2];
        int lin_46 = r2 * 108 + c14;
        float y_46 = v_476 + acc2_14;
        float v_477 = 1.0f / (1.0f + exp(-y_46));
        out_mul[lin_46] = y_46 * v_477;
    }
    if ((r2 < 22) && (c15 < 108)) {
        float v_478 = in_w_1[r2];
        int lin_47 = r2 * 108 + c15;
        float y_47 = v_478 + acc2_15;
        float v_479 = 1.0f / (1.0f + exp(-y_47));
        out_mul[lin_47] = y_47 * v_479;
    }
    if ((r3 < 22) && (c0 < 108)) {
        float v_480 = in_w_1[r3];
        int lin_48 = r3 * 108 + c0;
        float y_48 = v_480 + acc3_0;
        float v_481 = 1.0f / (1.0f + exp(-y_48));
        out_mul[lin_48] = y_48 * v_481;
    }
    if ((r3 < 22) && (c1 < 108)) {
        float v_482 = in_w_1[r3];
        int lin_49 = r3 * 108 + c1;
        float y_49 = v_482 + acc3_1;
        float v_483 = 1.0f / (1.0f + exp(-y_49));
        out_mul[lin_49] = y_49 * v_483;
    }
    if ((r3 < 22) && (c2 < 108)) {
        float v_484 = in_w_1[r3];
        int lin_50 = r3 * 108 + c2;
        float y_50 = v_484 + acc3_2;
        float v_485 = 1.0f / (1.0f + exp(-y_50));
        out_mul[lin_50] = y_50 * v_485;
    }
    if ((r3 < 22) && (c3 < 108)) {
        float v_486 = in_w_1[r3];
        int lin_51 = r3 * 108 + c3;
        float y_51 = v_486 + acc3_3;
        float v_487 = 1.0f / (1.0f + exp(-y_51));
        out_mul[lin_51] = y_51 * v_487;
    }
    if ((r3 < 22) && (c4 < 108)) {
        float v_488 = in_w_1[r3];
        int lin_52 = r3 * 108 + c4;
        float y_52 = v_488 + acc3_4;
        float v_489 = 1.0f / (1.0f + exp(-y_52));
        out_mul[lin_52] = y_52 * v_489;
    }
    if ((r3 < 22) && (c5 < 108)) {
        float v_490 = in_w_1[r3];
        int lin_53 = r3 * 108 + c5;
        float y_53 = v_490 + acc3_5;
        float v_491 = 1.0f / (1.0f + exp(-y_53));
        out_mul[lin_53] = y_53 * v_491;
    }
    if ((r3 < 22) && (c6 < 108)) {
        float v_492 = in_w_1[r3];
        int lin_54 = r3 * 108 + c6;
        float y_54 = v_492 + acc3_6;
        float v_493 = 1.0f / (1.0f + exp(-y_54));
        out_mul[lin_54] = y_54 * v_493;
    }
    if ((r3 < 22) && (c7 < 108)) {
        float v_494 = in_w_1[r3];
        int lin_55 = r3 * 108 + c7;
        float y_55 = v_494 + acc3_7;
        float v_495 = 1.0f / (1.0f + exp(-y_55));
        out_mul[lin_55] = y_55 * v_495;
    }
    if ((r3 < 22) && (c8 < 108)) {
        float v_496 = in_w_1[r3];
        int lin_56 = r3 * 108 + c8;
        float y_56 = v_496 + acc3_8;
        float v_497 = 1.0f / (1.0f + exp(-y_56));
        out_mul[lin_56] = y_56 * v_497;
    }
    if ((r3 < 22) && (c9 < 108)) {
        float v_498 = in_w_1[r3];
        int lin_57 = r3 * 108 + c9;
        float y_57 = v_498 + acc3_9;
        float v_499 = 1.0f / (1.0f + exp(-y_57));
        out_mul[lin_57] = y_57 * v_499;
    }
    if ((r3 < 22) && (c10 < 108)) {
        float v_500 = in_w_1[r3];
        int lin_58 = r3 * 108 + c10;
        float y_58 = v_500 + acc3_10;
        float v_501 = 1.0f / (1.0f + exp(-y_58));
        out_mul[lin_58] = y_58 * v_501;
    }
    if ((r3 < 22) && (c11 < 108)) {
        float v_502 = in_w_1[r3];
        int lin_59 = r3 * 108 + c11;
        float y_59 = v_502 + acc3_11;
        float v_503 = 1.0f / (1.0f + exp(-y_59));
        out_mul[lin_59] = y_59 * v_503;
    }
    if ((r3 < 22) && (c12 < 108)) {
        float v_504 = in_w_1[r3];
        int lin_60 = r3 * 108 + c12;
        float y_60 = v_504 + acc3_12;
        float v_505 = 1.0f / (1.0f + exp(-y_60));
        out_mul[lin_60] = y_60 * v_505;
    }
    if ((r3 < 22) && (c13 < 108)) {
        float v_506 = in_w_1[r3];
        int lin_61 = r3 * 108 + c13;
        float y_61 = v_506 + acc3_13;
        float v_507 = 1.0f / (1.0f + exp(-y_61));
        out_mul[lin_61] = y_61 * v_507;
    }
    if ((r3 < 22) && (c14 < 108)) {
        float v_508 = in_w_1[r3];
        int lin_62 = r3 * 108 + c14;
        float y_62 = v_508 + acc3_14;
        float v_509 = 1.0f / (1.0f + exp(-y_62));
        out_mul[lin_62] = y_62 * v_509;
    }
    if ((r3 < 22) && (c15 < 108)) {
        float v_510 = in_w_1[r3];
        int lin_63 = r3 * 108 + c15;
        float y_63 = v_510 + acc3_15;
        float v_511 = 1.0f / (1.0f + exp(-y_63));
        out_mul[lin_63] = y_63 * v_511;
    }
    if ((r4 < 22) && (c0 < 108)) {
        float v_512 = in_w_1[r4];
        int lin_64 = r4 * 108 + c0;
        float y_64 = v_512 + acc4_0;
        float v_513 = 1.0f / (1.0f + exp(-y_64));
        out_mul[lin_64] = y_64 * v_513;
    }
    if ((r4 < 22) && (c1 < 108)) {
        float v_514 = in_w_1[r4];
        int lin_65 = r4 * 108 + c1;
        float y_65 = v_514 + acc4_1;
        float v_515 = 1.0f / (1.0f + exp(-y_65));
        out_mul[lin_65] = y_65 * v_515;
    }
    if ((r4 < 22) && (c2 < 108)) {
        float v_516 = in_w_1[r4];
        int lin_66 = r4 * 108 + c2;
        float y_66 = v_516 + acc4_2;
        float v_517 = 1.0f / (1.0f + exp(-y_66));
        out_mul[lin_66] = y_66 * v_517;
    }
    if ((r4 < 22) && (c3 < 108)) {
        float v_518 = in_w_1[r4];
        int lin_67 = r4 * 108 + c3;
        float y_67 = v_518 + acc4_3;
        float v_519 = 1.0f / (1.0f + exp(-y_67));
        out_mul[lin_67] = y_67 * v_519;
    }
    if ((r4 < 22) && (c4 < 108)) {
        float v_520 = in_w_1[r4];
        int lin_68 = r4 * 108 + c4;
        float y_68 = v_520 + acc4_4;
        float v_521 = 1.0f / (1.0f + exp(-y_68));
        out_mul[lin_68] = y_68 * v_521;
    }
    if ((r4 < 22) && (c5 < 108)) {
        float v_522 = in_w_1[r4];
        int lin_69 = r4 * 108 + c5;
        float y_69 = v_522 + acc4_5;
        float v_523 = 1.0f / (1.0f + exp(-y_69));
        out_mul[lin_69] = y_69 * v_523;
    }
    if ((r4 < 22) && (c6 < 108)) {
        float v_524 = in_w_1[r4];
        int lin_70 = r4 * 108 + c6;
        float y_70 = v_524 + acc4_6;
        float v_525 = 1.0f / (1.0f + exp(-y_70));
        out_mul[lin_70] = y_70 * v_525;
    }
    if ((r4 < 22) && (c7 < 108)) {
        float v_526 = in_w_1[r4];
        int lin_71 = r4 * 108 + c7;
        float y_71 = v_526 + acc4_7;
        float v_527 = 1.0f / (1.0f + exp(-y_71));
        out_mul[lin_71] = y_71 * v_527;
    }
    if ((r4 < 22) && (c8 < 108)) {
        float v_528 = in_w_1[r4];
        int lin_72 = r4 * 108 + c8;
        float y_72 = v_528 + acc4_8;
        float v_529 = 1.0f / (1.0f + exp(-y_72));
        out_mul[lin_72] = y_72 * v_529;
    }
    if ((r4 < 22) && (c9 < 108)) {
        float v_530 = in_w_1[r4];
        int lin_73 = r4 * 108 + c9;
        float y_73 = v_530 + acc4_9;
        float v_531 = 1.0f / (1.0f + exp(-y_73));
        out_mul[lin_73] = y_73 * v_531;
    }
    if ((r4 < 22) && (c10 < 108)) {
        float v_532 = in_w_1[r4];
        int lin_74 = r4 * 108 + c10;
        float y_74 = v_532 + acc4_10;
        float v_533 = 1.0f / (1.0f + exp(-y_74));
        out_mul[lin_74] = y_74 * v_533;
    }
    if ((r4 < 22) && (c11 < 108)) {
        float v_534 = in_w_1[r4];
        int lin_75 = r4 * 108 + c11;
        float y_75 = v_534 + acc4_11;
        float v_535 = 1.0f / (1.0f + exp(-y_75));
        out_mul[lin_75] = y_75 * v_535;
    }
    if ((r4 < 22) && (c12 < 108)) {
        float v_536 = in_w_1[r4];
        int lin_76 = r4 * 108 + c12;
        float y_76 = v_536 + acc4_12;
        float v_537 = 1.0f / (1.0f + exp(-y_76));
        out_mul[lin_76] = y_76 * v_537;
    }
    if ((r4 < 22) && (c13 < 108)) {
        float v_538 = in_w_1[r4];
        int lin_77 = r4 * 108 + c13;
        float y_77 = v_538 + acc4_13;
        float v_539 = 1.0f / (1.0f + exp(-y_77));
        out_mul[lin_77] = y_77 * v_539;
    }
    if ((r4 < 22) && (c14 < 108)) {
        float v_540 = in_w_1[r4];
        int lin_78 = r4 * 108 + c14;
        float y_78 = v_540 + acc4_14;
        float v_541 = 1.0f / (1.0f + exp(-y_78));
        out_mul[lin_78] = y_78 * v_541;
    }
    if ((r4 < 22) && (c15 < 108)) {
        float v_542 = in_w_1[r4];
        int lin_79 = r4 * 108 + c15;
        float y_79 = v_542 + acc4_15;
        float v_543 = 1.0f / (1.0f + exp(-y_79));
        out_mul[lin_79] = y_79 * v_543;
    }
    if ((r5 < 22) && (c0 < 108)) {
        float v_544 = in_w_1[r5];
        int lin_80 = r5 * 108 + c0;
        float y_80 = v_544 + acc5_0;
        float v_545 = 1.0f / (1.0f + exp(-y_80));
        out_mul[lin_80] = y_80 * v_545;
    }
    if ((r5 < 22) && (c1 < 108)) {
        float v_546 = in_w_1[r5];
        int lin_81 = r5 * 108 + c1;
        float y_81 = v_546 + acc5_1;
        float v_547 = 1.0f / (1.0f + exp(-y_81));
        out_mul[lin_81] = y_81 * v_547;
    }
    if ((r5 < 22) && (c2 < 108)) {
        float v_548 = in_w_1[r5];
        int lin_82 = r5 * 108 + c2;
        float y_82 = v_548 + acc5_2;
        float v_549 = 1.0f / (1.0f + exp(-y_82));
        out_mul[lin_82] = y_82 * v_549;
    }
    if ((r5 < 22) && (c3 < 108)) {
        float v_550 = in_w_1[r5];
        int lin_83 = r5 * 108 + c3;
        float y_83 = v_550 + acc5_3;
        float v_551 = 1.0f / (1.0f + exp(-y_83));
        out_mul[lin_83] = y_83 * v_551;
    }
    if ((r5 < 22) && (c4 < 108)) {
        float v_552 = in_w_1[r5];
        int lin_84 = r5 * 108 + c4;
        float y_84 = v_552 + acc5_4;
        float v_553 = 1.0f / (1.0f + exp(-y_84));
        out_mul[lin_84] = y_84 * v_553;
    }
    if ((r5 < 22) && (c5 < 108)) {
        float v_554 = in_w_1[r5];
        int lin_85 = r5 * 108 + c5;
        float y_85 = v_554 + acc5_5;
        float v_555 = 1.0f / (1.0f + exp(-y_85));
        out_mul[lin_85] = y_85 * v_555;
    }
    if ((r5 < 22) && (c6 < 108)) {
        float v_556 = in_w_1[r5];
        int lin_86 = r5 * 108 + c6;
        float y_86 = v_556 + acc5_6;
        float v_557 = 1.0f / (1.0f + exp(-y_86));
        out_mul[lin_86] = y_86 * v_557;
    }
    if ((r5 < 22) && (c7 < 108)) {
        float v_558 = in_w_1[r5];
        int lin_87 = r5 * 108 + c7;
        float y_87 = v_558 + acc5_7;
        float v_559 = 1.0f / (1.0f + exp(-y_87));
        out_mul[lin_87] = y_87 * v_559;
    }
    if ((r5 < 22) && (c8 < 108)) {
        float v_560 = in_w_1[r5];
        int lin_88 = r5 * 108 + c8;
        float y_88 = v_560 + acc5_8;
        float v_561 = 1.0f / (1.0f + exp(-y_88));
        out_mul[lin_88] = y_88 * v_561;
    }
    if ((r5 < 22) && (c9 < 108)) {
        float v_562 = in_w_1[r5];
        int lin_89 = r5 * 108 + c9;
        float y_89 = v_562 + acc5_9;
        float v_563 = 1.0f / (1.0f + exp(-y_89));
        out_mul[lin_89] = y_89 * v_563;
    }
    if ((r5 < 22) && (c10 < 108)) {
        float v_564 = in_w_1[r5];
        int lin_90 = r5 * 108 + c10;
        float y_90 = v_564 + acc5_10;
        float v_565 = 1.0f / (1.0f + exp(-y_90));
        out_mul[lin_90] = y_90 * v_565;
    }
    if ((r5 < 22) && (c11 < 108)) {
        float v_566 = in_w_1[r5];
        int lin_91 = r5 * 108 + c11;
        float y_91 = v_566 + acc5_11;
        float v_567 = 1.0f / (1.0f + exp(-y_91));
        out_mul[lin_91] = y_91 * v_567;
    }
    if ((r5 < 22) && (c12 < 108)) {
        float v_568 = in_w_1[r5];
        int lin_92 = r5 * 108 + c12;
        float y_92 = v_568 + acc5_12;
        float v_569 = 1.0f / (1.0f + exp(-y_92));
        out_mul[lin_92] = y_92 * v_569;
    }
    if ((r5 < 22) && (c13 < 108)) {
        float v_570 = in_w_1[r5];
        int lin_93 = r5 * 108 + c13;
        float y_93 = v_570 + acc5_13;
        float v_571 = 1.0f / (1.0f + exp(-y_93));
        out_mul[lin_93] = y_93 * v_571;
    }
    if ((r5 < 22) && (c14 < 108)) {
        float v_572 = in_w_1[r5];
        int lin_94 = r5 * 108 + c14;
        float y_94 = v_572 + acc5_14;
        float v_573 = 1.0f / (1.0f + exp(-y_94));
        out_mul[lin_94] = y_94 * v_573;
    }
    if ((r5 < 22) && (c15 < 108)) {
        float v_574 = in_w_1[r5];
        int lin_95 = r5 * 108 + c15;
        float y_95 = v_574 + acc5_15;
        float v_575 = 1.0f / (1.0f + exp(-y_95));
        out_mul[lin_95] = y_95 * v_575;
    }
    if ((r6 < 22) && (c0 < 108)) {
        float v_576 = in_w_1[r6];
        int lin_96 = r6 * 108 + c0;
        float y_96 = v_576 + acc6_0;
        float v_577 = 1.0f / (1.0f + exp(-y_96));
        out_mul[lin_96] = y_96 * v_577;
    }
    if ((r6 < 22) && (c1 < 108)) {
        float v_578 = in_w_1[r6];
        int lin_97 = r6 * 108 + c1;
        float y_97 = v_578 + acc6_1;
        float v_579 = 1.0f / (1.0f + exp(-y_97));
        out_mul[lin_97] = y_97 * v_579;
    }
    if ((r6 < 22) && (c2 < 108)) {
        float v_580 = in_w_1[r6];
        int lin_98 = r6 * 108 + c2;
        float y_98 = v_580 + acc6_2;
        float v_581 = 1.0f / (1.0f + exp(-y_98));
        out_mul[lin_98] = y_98 * v_581;
    }
    if ((r6 < 22) && (c3 < 108)) {
        float v_582 = in_w_1[r6];
        int lin_99 = r6 * 108 + c3;
        float y_99 = v_582 + acc6_3;
        float v_583 = 1.0f / (1.0f + exp(-y_99));
        out_mul[lin_99] = y_99 * v_583;
    }
    if ((r6 < 22) && (c4 < 108)) {
        float v_584 = in_w_1[r6];
        int lin_100 = r6 * 108 + c4;
        float y_100 = v_584 + acc6_4;
        float v_585 = 1.0f / (1.0f + exp(-y_100));
        out_mul[lin_100] = y_100 * v_585;
    }
    if ((r6 < 22) && (c5 < 108)) {
        float v_586 = in_w_1[r6];
        int lin_101 = r6 * 108 + c5;
        float y_101 = v_586 + acc6_5;
        float v_587 = 1.0f / (1.0f + exp(-y_101));
        out_mul[lin_101] = y_101 * v_587;
    }
    if ((r6 < 22) && (c6 < 108)) {
        float v_588 = in_w_1[r6];
        int lin_102 = r6 * 108 + c6;
        float y_102 = v_588 + acc6_6;
        float v_589 = 1.0f / (1.0f + exp(-y_102));
        out_mul[lin_102] = y_102 * v_589;
    }
    if ((r6 < 22) && (c7 < 108)) {
        float v_590 = in_w_1[r6];
        int lin_103 = r6 * 108 + c7;
        float y_103 = v_590 + acc6_7;
        float v_591 = 1.0f / (1.0f + exp(-y_103));
        out_mul[lin_103] = y_103 * v_591;
    }
    if ((r6 < 22) && (c8 < 108)) {
        float v_592 = in_w_1[r6];
        int lin_104 = r6 * 108 + c8;
        float y_104 = v_592 + acc6_8;
        float v_593 = 1.0f / (1.0f + exp(-y_104));
        out_mul[lin_104] = y_104 * v_593;
    }
    if ((r6 < 22) && (c9 < 108)) {
        float v_594 = in_w_1[r6];
        int lin_105 = r6 * 108 + c9;
        float y_105 = v_594 + acc6_9;
        float v_595 = 1.0f / (1.0f + exp(-y_105));
        out_mul[lin_105] = y_105 * v_595;
    }
    if ((r6 < 22) && (c10 < 108)) {
        float v_596 = in_w_1[r6];
        int lin_106 = r6 * 108 + c10;
        float y_106 = v_596 + acc6_10;
        float v_597 = 1.0f / (1.0f + exp(-y_106));
        out_mul[lin_106] = y_106 * v_597;
    }
    if ((r6 < 22) && (c11 < 108)) {
        float v_598 = in_w_1[r6];
        int lin_107 = r6 * 108 + c11;
        float y_107 = v_598 + acc6_11;
        float v_599 = 1.0f / (1.0f + exp(-y_107));
        out_mul[lin_107] = y_107 * v_599;
    }
    if ((r6 < 22) && (c12 < 108)) {
        float v_600 = in_w_1[r6];
        int lin_108 = r6 * 108 + c12;
        float y_108 = v_600 + acc6_12;
        float v_601 = 1.0f / (1.0f + exp(-y_108));
        out_mul[lin_108] = y_108 * v_601;
    }
    if ((r6 < 22) && (c13 < 108)) {
        float v_602 = in_w_1[r6];
        int lin_109 = r6 * 108 + c13;
        float y_109 = v_602 + acc6_13;
        float v_603 = 1.0f / (1.0f + exp(-y_109));
        out_mul[lin_109] = y_109 * v_603;
    }
    if ((r6 < 22) && (c14 < 108)) {
        float v_604 = in_w_1[r6];
        int lin_110 = r6 * 108 + c14;
        float y_110 = v_604 + acc6_14;
        float v_605 = 1.0f / (1.0f + exp(-y_110));
        out_mul[lin_110] = y_110 * v_605;
    }
    if ((r6 < 22) && (c15 < 108)) {
        float v_606 = in_w_1[r6];
        int lin_111 = r6 * 108 + c15;
        float y_111 = v_606 + acc6_15;
        float v_607 = 1.0f / (1.0f + exp(-y_111));
        out_mul[lin_111] = y_111 * v_607;
    }
    if ((r7 < 22) && (c0 < 108)) {
        float v_608 = in_w_1[r7];
        int lin_112 = r7 * 108 + c0;
        float y_112 = v_608 + acc7_0;
        float v_609 = 1.0f / (1.0f + exp(-y_112));
        out_mul[lin_112] = y_112 * v_609;
    }
    if ((r7 < 22) && (c1 < 108)) {
        float v_610 = in_w_1[r7];
        int lin_113 = r7 * 108 + c1;
        float y_113 = v_610 + acc7_1;
        float v_611 = 1.0f / (1.0f + exp(-y_113));
        out_mul[lin_113] = y_113 * v_611;
    }
    if ((r7 < 22) && (c2 < 108)) {
        float v_612 = in_w_1[r7];
        int lin_114 = r7 * 108 + c2;
        float y_114 = v_612 + acc7_2;
        float v_613 = 1.0f / (1.0f + exp(-y_114));
        out_mul[lin_114] = y_114 * v_613;
    }
    if ((r7 < 22) && (c3 < 108)) {
        float v_614 = in_w_1[r7];
        int lin_115 = r7 * 108 + c3;
        float y_115 = v_614 + acc7_3;
        float v_615 = 1.0f / (1.0f + exp(-y_115));
        out_mul[lin_115] = y_115 * v_615;
    }
    if ((r7 < 22) && (c4 < 108)) {
        float v_616 = in_w_1[r7];
        int lin_116 = r7 * 108 + c4;
        float y_116 = v_616 + acc7_4;
        float v_617 = 1.0f / (1.0f + exp(-y_116));
        out_mul[lin_116] = y_116 * v_617;
    }
    if ((r7 < 22) && (c5 < 108)) {
        float v_618 = in_w_1[r7];
        int lin_117 = r7 * 108 + c5;
        float y_117 = v_618 + acc7_5;
        float v_619 = 1.0f / (1.0f + exp(-y_117));
        out_mul[lin_117] = y_117 * v_619;
    }
    if ((r7 < 22) && (c6 < 108)) {
        float v_620 = in_w_1[r7];
        int lin_118 = r7 * 108 + c6;
        float y_118 = v_620 + acc7_6;
        float v_621 = 1.0f / (1.0f + exp(-y_118));
        out_mul[lin_118] = y_118 * v_621;
    }
    if ((r7 < 22) && (c7 < 108)) {
        float v_622 = in_w_1[r7];
        int lin_119 = r7 * 108 + c7;
        float y_119 = v_622 + acc7_7;
        float v_623 = 1.0f / (1.0f + exp(-y_119));
        out_mul[lin_119] = y_119 * v_623;
    }
    if ((r7 < 22) && (c8 < 108)) {
        float v_624 = in_w_1[r7];
        int lin_120 = r7 * 108 + c8;
        float y_120 = v_624 + acc7_8;
        float v_625 = 1.0f / (1.0f + exp(-y_120));
        out_mul[lin_120] = y_120 * v_625;
    }
    if ((r7 < 22) && (c9 < 108)) {
        float v_626 = in_w_1[r7];
        int lin_121 = r7 * 108 + c9;
        float y_121 = v_626 + acc7_9;
        float v_627 = 1.0f / (1.0f + exp(-y_121));
        out_mul[lin_121] = y_121 * v_627;
    }
    if ((r7 < 22) && (c10 < 108)) {
        float v_628 = in_w_1[r7];
        int lin_122 = r7 * 108 + c10;
        float y_122 = v_628 + acc7_10;
        float v_629 = 1.0f / (1.0f + exp(-y_122));
        out_mul[lin_122] = y_122 * v_629;
    }
    if ((r7 < 22) && (c11 < 108)) {
        float v_630 = in_w_1[r7];
        int lin_123 = r7 * 108 + c11;
        float y_123 = v_630 + acc7_11;
        float v_631 = 1.0f / (1.0f + exp(-y_123));
        out_mul[lin_123] = y_123 * v_631;
    }
    if ((r7 < 22) && (c12 < 108)) {
        float v_632 = in_w_1[r7];
        int lin_124 = r7 * 108 + c12;
        float y_124 = v_632 + acc7_12;
        float v_633 = 1.0f / (1.0f + exp(-y_124));
        out_mul[lin_124] = y_124 * v_633;
    }
    if ((r7 < 22) && (c13 < 108)) {
        float v_634 = in_w_1[r7];
        int lin_125 = r7 * 108 + c13;
        float y_125 = v_634 + acc7_13;
        float v_635 = 1.0f / (1.0f + exp(-y_125));
        out_mul[lin_125] = y_125 * v_635;
    }
    if ((r7 < 22) && (c14 < 108)) {
        float v_636 = in_w_1[r7];
        int lin_126 = r7 * 108 + c14;
        float y_126 = v_636 + acc7_14;
        float v_637 = 1.0f / (1.0f + exp(-y_126));
        out_mul[lin_126] = y_126 * v_637;
    }
    if ((r7 < 22) && (c15 < 108)) {
        float v_638 = in_w_1[r7];
        int lin_127 = r7 * 108 + c15;
        float y_127 = v_638 + acc7_15;
        float v_639 = 1.0f / (1.0f + exp(-y_127));
        out_mul[lin_127] = y_127 * v_639;
    }
}

