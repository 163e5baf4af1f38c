__kernel __attribute__((reqd_work_group_size(4, 8, 1)))
void k0_matmul(__global const float* restrict in_x, __global const float* restrict in_w, __global const float* restrict in_w_1, __global float* restrict out_tanh)
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
    for (int k0 = 0; k0 < 39; k0 += 8) {
        float v = 0.0f;
        if (r0 < 51) {
            float v_1 = in_x[r0 * 39 + k0];
            float v_2 = v_1 * 0.5f;
            v = v_2;
        }
        float v_3 = 0.0f;
        if (r1 < 51) {
            float v_4 = in_x[r1 * 39 + k0];
            float v_5 = v_4 * 0.5f;
            v_3 = v_5;
        }
        float v_6 = 0.0f;
        if (r2 < 51) {
            float v_7 = in_x[r2 * 39 + k0];
            float v_8 = v_7 * 0.5f;
            v_6 = v_8;
        }
        float v_9 = 0.0f;
        if (r3 < 51) {
            float v_10 = in_x[r3 * 39 + k0];
            float v_11 = v_10 * 0.5f;
            v_9 = v_11;
        }
        float v_12 = 0.0f;
        if (r4 < 51) {
            float v_13 = in_x[r4 * 39 + k0];
            float v_14 = v_13 * 0.5f;
            v_12 = v_14;
        }
        float v_15 = 0.0f;
        if (r5 < 51) {
            float v_16 = in_x[r5 * 39 + k0];
            float v_17 = v_16 * 0.5f;
            v_15 = v_17;
        }
        float v_18 = 0.0f;
        if (r6 < 51) {
            float v_19 = in_x[r6 * 39 + k0];
            float v_20 = v_19 * 0.5f;
            v_18 = v_20;
        }
        float v_21 = 0.0f;
        if (r7 < 51) {
            float v_22 = in_x[r7 * 39 + k0];
            float v_23 = v_22 * 0.5f;
            v_21 = v_23;
        }
        float v_24 = 0.0f;
        float v_25 = in_w[k0 * 53 + c0];
        v_24 = v_25;
        float v_26 = 0.0f;
        float v_27 = in_w[k0 * 53 + c1];
        v_26 = v_27;
        float v_28 = 0.0f;
        float v_29 = in_w[k0 * 53 + c2];
        v_28 = v_29;
        float v_30 = 0.0f;
        float v_31 = in_w[k0 * 53 + c3];
        v_30 = v_31;
        float v_32 = 0.0f;
        float v_33 = in_w[k0 * 53 + c4];
        v_32 = v_33;
        float v_34 = 0.0f;
        if (c5 < 53) {
            float v_35 = in_w[k0 * 53 + c5];
            v_34 = v_35;
        }
        float v_36 = 0.0f;
        if (c6 < 53) {
            float v_37 = in_w[k0 * 53 + c6];
            v_36 = v_37;
        }
        float v_38 = 0.0f;
        if (c7 < 53) {
            float v_39 = in_w[k0 * 53 + c7];
            v_38 = v_39;
        }
        float v_40 = 0.0f;
        if (c8 < 53) {
            float v_41 = in_w[k0 * 53 + c8];
            v_40 = v_41;
        }
        float v_42 = 0.0f;
        if (c9 < 53) {
            float v_43 = in_w[k0 * 53 + c9];
            v_42 = v_43;
        }
        float v_44 = 0.0f;
        if (c10 < 53) {
            float v_45 = in_w[k0 * 53 + c10];
            v_44 = v_45;
        }
        float v_46 = 0.0f;
        if (c11 < 53) {
            float v_47 = in_w[k0 * 53 + c11];
            v_46 = v_47;
        }
        float v_48 = 0.0f;
        if (c12 < 53) {
            float v_49 = in_w[k0 * 53 + c12];
            v_48 = v_49;
        }
        float v_50 = 0.0f;
        if (c13 < 53) {
            float v_51 = in_w[k0 * 53 + c13];
            v_50 = v_51;
        }
        float v_52 = 0.0f;
        if (c14 < 53) {
            float v_53 = in_w[k0 * 53 + c14];
            v_52 = v_53;
        }
        float v_54 = 0.0f;
        if (c15 < 53) {
            float v_55 = in_w[k0 * 53 + c15];
            v_54 = v_55;
        }
        acc0_0 = fma(v, v_24, acc0_0);
        acc0_1 = fma(v, v_26, acc0_1);
        acc0_2 = fma(v, v_28, acc0_2);
        acc0_3 = fma(v, v_30, acc0_3);
        acc0_4 = fma(v, v_32, acc0_4);
        acc0_5 = fma(v, v_34, acc0_5);
        acc0_6 = fma(v, v_36, acc0_6);
        acc0_7 = fma(v, v_38, acc0_7);
        acc0_8 = fma(v, v_40, acc0_8);
        acc0_9 = fma(v, v_42, acc0_9);
        acc0_10 = fma(v, v_44, acc0_10);
        acc0_11 = fma(v, v_46, acc0_11);
        acc0_12 = fma(v, v_48, acc0_12);
        acc0_13 = fma(v, v_50, acc0_13);
        acc0_14 = fma(v, v_52, acc0_14);
        acc0_15 = fma(v, v_54, acc0_15);
        acc1_0 = fma(v_3, v_24, acc1_0);
        acc1_1 = fma(v_3, v_26, acc1_1);
        acc1_2 = fma(v_3, v_28, acc1_2);
        acc1_3 = fma(v_3, v_30, acc1_3);
        acc1_4 = fma(v_3, v_32, acc1_4);
        acc1_5 = fma(v_3, v_34, acc1_5);
        acc1_6 = fma(v_3, v_36, acc1_6);
        acc1_7 = fma(v_3, v_38, acc1_7);
        acc1_8 = fma(v_3, v_40, acc1_8);
        acc1_9 = fma(v_3, v_42, acc1_9);
        acc1_10 = fma(v_3, v_44, acc1_10);
        acc1_11 = fma(v_3, v_46, acc1_11);
        acc1_12 = fma(v_3, v_48, acc1_12);
        acc1_13 = fma(v_3, v_50, acc1_13);
        acc1_14 = fma(v_3, v_52, acc1_14);
        acc1_15 = fma(v_3, v_54, acc1_15);
        acc2_0 = fma(v_6, v_24, acc2_0);
        acc2_1 = fma(v_6, v_26, acc2_1);
        acc2_2 = fma(v_6, v_28, acc2_2);
        acc2_3 = fma(v_6, v_30, acc2_3);
        acc2_4 = fma(v_6, v_32, acc2_4);
        acc2_5 = fma(v_6, v_34, acc2_5);
        acc2_6 = fma(v_6, v_36, acc2_6);
        acc2_7 = fma(v_6, v_38, acc2_7);
        acc2_8 = fma(v_6, v_40, acc2_8);
        acc2_9 = fma(v_6, v_42, acc2_9);
        acc2_10 = fma(v_6, v_44, acc2_10);
        acc2_11 = fma(v_6, v_46, acc2_11);
        acc2_12 = fma(v_6, v_48, acc2_12);
        acc2_13 = fma(v_6, v_50, acc2_13);
        acc2_14 = fma(v_6, v_52, acc2_14);
        acc2_15 = fma(v_6, v_54, acc2_15);
        acc3_0 = fma(v_9, v_24, acc3_0);
        acc3_1 = fma(v_9, v_26, acc3_1);
        acc3_2 = fma(v_9, v_28, acc3_2);
        acc3_3 = fma(v_9, v_30, acc3_3);
        acc3_4 = fma(v_9, v_32, acc3_4);
        acc3_5 = fma(v_9, v_34, acc3_5);
        acc3_6 = fma(v_9, v_36, acc3_6);
        acc3_7 = fma(v_9, v_38, acc3_7);
        acc3_8 = fma(v_9, v_40, acc3_8);
        acc3_9 = fma(v_9, v_42, acc3_9);
        acc3_10 = fma(v_9, v_44, acc3_10);
        acc3_11 = fma(v_9, v_46, acc3_11);
        acc3_12 = fma(v_9, v_48, acc3_12);
        acc3_13 = fma(v_9, v_50, acc3_13);
        acc3_14 = fma(v_9, v_52, acc3_14);
        acc3_15 = fma(v_9, v_54, acc3_15);
        acc4_0 = fma(v_12, v_24, acc4_0);
        acc4_1 = fma(v_12, v_26, acc4_1);
        acc4_2 = fma(v_12, v_28, acc4_2);
        acc4_3 = fma(v_12, v_30, acc4_3);
        acc4_4 = fma(v_12, v_32, acc4_4);
        acc4_5 = fma(v_12, v_34, acc4_5);
        acc4_6 = fma(v_12, v_36, acc4_6);
        acc4_7 = fma(v_12, v_38, acc4_7);
        acc4_8 = fma(v_12, v_40, acc4_8);
        acc4_9 = fma(v_12, v_42, acc4_9);
        acc4_10 = fma(v_12, v_44, acc4_10);
        acc4_11 = fma(v_12, v_46, acc4_11);
        acc4_12 = fma(v_12, v_48, acc4_12);
        acc4_13 = fma(v_12, v_50, acc4_13);
        acc4_14 = fma(v_12, v_52, acc4_14);
        acc4_15 = fma(v_12, v_54, acc4_15);
        acc5_0 = fma(v_15, v_24, acc5_0);
        acc5_1 = fma(v_15, v_26, acc5_1);
        acc5_2 = fma(v_15, v_28, acc5_2);
        acc5_3 = fma(v_15, v_30, acc5_3);
        acc5_4 = fma(v_15, v_32, acc5_4);
        acc5_5 = fma(v_15, v_34, acc5_5);
        acc5_6 = fma(v_15, v_36, acc5_6);
        acc5_7 = fma(v_15, v_38, acc5_7);
        acc5_8 = fma(v_15, v_40, acc5_8);
        acc5_9 = fma(v_15, v_42, acc5_9);
        acc5_10 = fma(v_15, v_44, acc5_10);
        acc5_11 = fma(v_15, v_46, acc5_11);
        acc5_12 = fma(v_15, v_48, acc5_12);
        acc5_13 = fma(v_15, v_50, acc5_13);
        acc5_14 = fma(v_15, v_52, acc5_14);
        acc5_15 = fma(v_15, v_54, acc5_15);
        acc6_0 = fma(v_18, v_24, acc6_0);
        acc6_1 = fma(v_18, v_26, acc6_1);
        acc6_2 = fma(v_18, v_28, acc6_2);
        acc6_3 = fma(v_18, v_30, acc6_3);
        acc6_4 = fma(v_18, v_32, acc6_4);
        acc6_5 = fma(v_18, v_34, acc6_5);
        acc6_6 = fma(v_18, v_36, acc6_6);
        acc6_7 = fma(v_18, v_38, acc6_7);
        acc6_8 = fma(v_18, v_40, acc6_8);
        acc6_9 = fma(v_18, v_42, acc6_9);
        acc6_10 = fma(v_18, v_44, acc6_10);
        acc6_11 = fma(v_18, v_46, acc6_11);
        acc6_12 = fma(v_18, v_48, acc6_12);
        acc6_13 = fma(v_18, v_50, acc6_13);
        acc6_14 = fma(v_18, v_52, acc6_14);
        acc6_15 = fma(v_18, v_54, acc6_15);
        acc7_0 = fma(v_21, v_24, acc7_0);
        acc7_1 = fma(v_21, v_26, acc7_1);
        acc7_2 = fma(v_21, v_28, acc7_2);
        acc7_3 = fma(v_21, v_30, acc7_3);
        acc7_4 = fma(v_21, v_32, acc7_4);
        acc7_5 = fma(v_21, v_34, acc7_5);
        acc7_6 = fma(v_21, v_36, acc7_6);
        acc7_7 = fma(v_21, v_38, acc7_7);
        acc7_8 = fma(v_21, v_40, acc7_8);
        acc7_9 = fma(v_21, v_42, acc7_9);
        acc7_10 = fma(v_21, v_44, acc7_10);
        acc7_11 = fma(v_21, v_46, acc7_11);
        acc7_12 = fma(v_21, v_48, acc7_12);
        acc7_13 = fma(v_21, v_50, acc7_13);
        acc7_14 = fma(v_21, v_52, acc7_14);
        acc7_15 = fma(v_21, v_54, acc7_15);
        float v_56 = 0.0f;
        if ((r0 < 51) && (k0 + 1 < 39)) {
            float v_57 = in_x[r0 * 39 + (k0 + 1)];
            float v_58 = v_57 * 0.5f;
            v_56 = v_58;
        }
        float v_59 = 0.0f;
        if ((r1 < 51) && (k0 + 1 < 39)) {
            float v_60 = in_x[r1 * 39 + (k0 + 1)];
            float v_61 = v_60 * 0.5f;
            v_59 = v_61;
        }
        float v_62 = 0.0f;
        if ((r2 < 51) && (k0 + 1 < 39)) {
            float v_63 = in_x[r2 * 39 + (k0 + 1)];
            float v_64 = v_63 * 0.5f;
            v_62 = v_64;
        }
        float v_65 = 0.0f;
        if ((r3 < 51) && (k0 + 1 < 39)) {
            float v_66 = in_x[r3 * 39 + (k0 + 1)];
            float v_67 = v_66 * 0.5f;
            v_65 = v_67;
        }
        float v_68 = 0.0f;
        if ((r4 < 51) && (k0 + 1 < 39)) {
            float v_69 = in_x[r4 * 39 + (k0 + 1)];
            float v_70 = v_69 * 0.5f;
            v_68 = v_70;
        }
        float v_71 = 0.0f;
        if ((r5 < 51) && (k0 + 1 < 39)) {
            float v_72 = in_x[r5 * 39 + (k0 + 1)];
            float v_73 = v_72 * 0.5f;
            v_71 = v_73;
        }
        float v_74 = 0.0f;
        if ((r6 < 51) && (k0 + 1 < 39)) {
            float v_75 = in_x[r6 * 39 + (k0 + 1)];
            float v_76 = v_75 * 0.5f;
            v_74 = v_76;
        }
        float v_77 = 0.0f;
        if ((r7 < 51) && (k0 + 1 < 39)) {
            float v_78 = in_x[r7 * 39 + (k0 + 1)];
            float v_79 = v_78 * 0.5f;
            v_77 = v_79;
        }
        float v_80 = 0.0f;
        if (k0 + 1 < 39) {
            float v_81 = in_w[(k0 + 1) * 53 + c0];
            v_80 = v_81;
        }
        float v_82 = 0.0f;
        if (k0 + 1 < 39) {
            float v_83 = in_w[(k0 + 1) * 53 + c1];
            v_82 = v_83;
        }
        float v_84 = 0.0f;
        if (k0 + 1 < 39) {
            float v_85 = in_w[(k0 + 1) * 53 + c2];
            v_84 = v_85;
        }
        float v_86 = 0.0f;
        if (k0 + 1 < 39) {
            float v_87 = in_w[(k0 + 1) * 53 + c3];
            v_86 = v_87;
        }
        float v_88 = 0.0f;
        if (k0 + 1 < 39) {
            float v_89 = in_w[(k0 + 1) * 53 + c4];
            v_88 = v_89;
        }
        float v_90 = 0.0f;
        if ((k0 + 1 < 39) && (c5 < 53)) {
            float v_91 = in_w[(k0 + 1) * 53 + c5];
            v_90 = v_91;
        }
        float v_92 = 0.0f;
        if ((k0 + 1 < 39) && (c6 < 53)) {
            float v_93 = in_w[(k0 + 1) * 53 + c6];
            v_92 = v_93;
        }
        float v_94 = 0.0f;
        if ((k0 + 1 < 39) && (c7 < 53)) {
            float v_95 = in_w[(k0 + 1) * 53 + c7];
            v_94 = v_95;
        }
        float v_96 = 0.0f;
        if ((k0 + 1 < 39) && (c8 < 53)) {
            float v_97 = in_w[(k0 + 1) * 53 + c8];
            v_96 = v_97;
        }
        float v_98 = 0.0f;
        if ((k0 + 1 < 39) && (c9 < 53)) {
            float v_99 = in_w[(k0 + 1) * 53 + c9];
            v_98 = v_99;
        }
        float v_100 = 0.0f;
        if ((k0 + 1 < 39) && (c10 < 53)) {
            float v_101 = in_w[(k0 + 1) * 53 + c10];
            v_100 = v_101;
        }
        float v_102 = 0.0f;
        if ((k0 + 1 < 39) && (c11 < 53)) {
            float v_103 = in_w[(k0 + 1) * 53 + c11];
            v_102 = v_103;
        }
        float v_104 = 0.0f;
        if ((k0 + 1 < 39) && (c12 < 53)) {
            float v_105 = in_w[(k0 + 1) * 53 + c12];
            v_104 = v_105;
        }
        float v_106 = 0.0f;
        if ((k0 + 1 < 39) && (c13 < 53)) {
            float v_107 = in_w[(k0 + 1) * 53 + c13];
            v_106 = v_107;
        }
        float v_108 = 0.0f;
        if ((k0 + 1 < 39) && (c14 < 53)) {
            float v_109 = in_w[(k0 + 1) * 53 + c14];
            v_108 = v_109;
        }
        float v_110 = 0.0f;
        if ((k0 + 1 < 39) && (c15 < 53)) {
            float v_111 = in_w[(k0 + 1) * 53 + c15];
            v_110 = v_111;
        }
        acc0_0 = fma(v_56, v_80, acc0_0);
        acc0_1 = fma(v_56, v_82, acc0_1);
        acc0_2 = fma(v_56, v_84, acc0_2);
        acc0_3 = fma(v_56, v_86, acc0_3);
        acc0_4 = fma(v_56, v_88, acc0_4);
        acc0_5 = fma(v_56, v_90, acc0_5);
        acc0_6 = fma(v_56, v_92, acc0_6);
        acc0_7 = fma(v_56, v_94, acc0_7);
        acc0_8 = fma(v_56, v_96, acc0_8);
        acc0_9 = fma(v_56, v_98, acc0_9);
        acc0_10 = fma(v_56, v_100, acc0_10);
        acc0_11 = fma(v_56, v_102, acc0_11);
        acc0_12 = fma(v_56, v_104, acc0_12);
        acc0_13 = fma(v_56, v_106, acc0_13);
        acc0_14 = fma(v_56, v_108, acc0_14);
        acc0_15 = fma(v_56, v_110, acc0_15);
        acc1_0 = fma(v_59, v_80, acc1_0);
        acc1_1 = fma(v_59, v_82, acc1_1);
        acc1_2 = fma(v_59, v_84, acc1_2);
        acc1_3 = fma(v_59, v_86, acc1_3);
        acc1_4 = fma(v_59, v_88, acc1_4);
        acc1_5 = fma(v_59, v_90, acc1_5);
        acc1_6 = fma(v_59, v_92, acc1_6);
        acc1_7 = fma(v_59, v_94, acc1_7);
        acc1_8 = fma(v_59, v_96, acc1_8);
        acc1_9 = fma(v_59, v_98, acc1_9);
        acc1_10 = fma(v_59, v_100, acc1_10);
        acc1_11 = fma(v_59, v_102, acc1_11);
        acc1_12 = fma(v_59, v_104, acc1_12);
        acc1_13 = fma(v_59, v_106, acc1_13);
        acc1_14 = fma(v_59, v_108, acc1_14);
        acc1_15 = fma(v_59, v_110, acc1_15);
        acc2_0 = fma(v_62, v_80, acc2_0);
        acc2_1 = fma(v_62, v_82, acc2_1);
        acc2_2 = fma(v_62, v_84, acc2_2);
        acc2_3 = fma(v_62, v_86, acc2_3);
        acc2_4 = fma(v_62, v_88, acc2_4);
        acc2_5 = fma(v_62, v_90, acc2_5);
        acc2_6 = fma(v_62, v_92, acc2_6);
        acc2_7 = fma(v_62, v_94, acc2_7);
        acc2_8 = fma(v_62, v_96, acc2_8);
        acc2_9 = fma(v_62, v_98, acc2_9);
        acc2_10 = fma(v_62, v_100, acc2_10);
        acc2_11 = fma(v_62, v_102, acc2_11);
        acc2_12 = fma(v_62, v_104, acc2_12);
        acc2_13 = fma(v_62, v_106, acc2_13);
        acc2_14 = fma(v_62, v_108, acc2_14);
        acc2_15 = fma(v_62, v_110, acc2_15);
        acc3_0 = fma(v_65, v_80, acc3_0);
        acc3_1 = fma(v_65, v_82, acc3_1);
        acc3_2 = fma(v_65, v_84, acc3_2);
        acc3_3 = fma(v_65, v_86, acc3_3);
        acc3_4 = fma(v_65, v_88, acc3_4);
        acc3_5 = fma(v_65, v_90, acc3_5);
        acc3_6 = fma(v_65, v_92, acc3_6);
        acc3_7 = fma(v_65, v_94, acc3_7);
        acc3_8 = fma(v_65, v_96, acc3_8);
        acc3_9 = fma(v_65, v_98, acc3_9);
        acc3_10 = fma(v_65, v_100, acc3_10);
        acc3_11 = fma(v_65, v_102, acc3_11);
        acc3_12 = fma(v_65, v_104, acc3_12);
        acc3_13 = fma(v_65, v_106, acc3_13);
        acc3_14 = fma(v_65, v_108, acc3_14);
        acc3_15 = fma(v_65, v_110, acc3_15);
        acc4_0 = fma(v_68, v_80, acc4_0);
        acc4_1 = fma(v_68, v_82, acc4_1);
        acc4_2 = fma(v_68, v_84, acc4_2);
        acc4_3 = fma(v_68, v_86, acc4_3);
        acc4_4 = fma(v_68, v_88, acc4_4);
        acc4_5 = fma(v_68, v_90, acc4_5);
        acc4_6 = fma(v_68, v_92, acc4_6);
        acc4_7 = fma(v_68, v_94, acc4_7);
        acc4_8 = fma(v_68, v_96, acc4_8);
        acc4_9 = fma(v_68, v_98, acc4_9);
        acc4_10 = fma(v_68, v_100, acc4_10);
        acc4_11 = fma(v_68, v_102, acc4_11);
        acc4_12 = fma(v_68, v_104, acc4_12);
        acc4_13 = fma(v_68, v_106, acc4_13);
        acc4_14 = fma(v_68, v_108, acc4_14);
        acc4_15 = fma(v_68, v_110, acc4_15);
        acc5_0 = fma(v_71, v_80, acc5_0);
        acc5_1 = fma(v_71, v_82, acc5_1);
        acc5_2 = fma(v_71, v_84, acc5_2);
        acc5_3 = fma(v_71, v_86, acc5_3);
        acc5_4 = fma(v_71, v_88, acc5_4);
        acc5_5 = fma(v_71, v_90, acc5_5);
        acc5_6 = fma(v_71, v_92, acc5_6);
        acc5_7 = fma(v_71, v_94, acc5_7);
        acc5_8 = fma(v_71, v_96, acc5_8);
        acc5_9 = fma(v_71, v_98, acc5_9);
        acc5_10 = fma(v_71, v_100, acc5_10);
        acc5_11 = fma(v_71, v_102, acc5_11);
        acc5_12 = fma(v_71, v_104, acc5_12);
        acc5_13 = fma(v_71, v_106, acc5_13);
        acc5_14 = fma(v_71, v_108, acc5_14);
        acc5_15 = fma(v_71, v_110, acc5_15);
        acc6_0 = fma(v_74, v_80, acc6_0);
        acc6_1 = fma(v_74, v_82, acc6_1);
        acc6_2 = fma(v_74, v_84, acc6_2);
        acc6_3 = fma(v_74, v_86, acc6_3);
        acc6_4 = fma(v_74, v_88, acc6_4);
        acc6_5 = fma(v_74, v_90, acc6_5);
        acc6_6 = fma(v_74, v_92, acc6_6);
        acc6_7 = fma(v_74, v_94, acc6_7);
        acc6_8 = fma(v_74, v_96, acc6_8);
        acc6_9 = fma(v_74, v_98, acc6_9);
        acc6_10 = fma(v_74, v_100, acc6_10);
        acc6_11 = fma(v_74, v_102, acc6_11);
        acc6_12 = fma(v_74, v_104, acc6_12);
        acc6_13 = fma(v_74, v_106, acc6_13);
        acc6_14 = fma(v_74, v_108, acc6_14);
        acc6_15 = fma(v_74, v_110, acc6_15);
        acc7_0 = fma(v_77, v_80, acc7_0);
        acc7_1 = fma(v_77, v_82, acc7_1);
        acc7_2 = fma(v_77, v_84, acc7_2);
        acc7_3 = fma(v_77, v_86, acc7_3);
        acc7_4 = fma(v_77, v_88, acc7_4);
        acc7_5 = fma(v_77, v_90, acc7_5);
        acc7_6 = fma(v_77, v_92, acc7_6);
        acc7_7 = fma(v_77, v_94, acc7_7);
        acc7_8 = fma(v_77, v_96, acc7_8);
        acc7_9 = fma(v_77, v_98, acc7_9);
        acc7_10 = fma(v_77, v_100, acc7_10);
        acc7_11 = fma(v_77, v_102, acc7_11);
        acc7_12 = fma(v_77, v_104, acc7_12);
        acc7_13 = fma(v_77, v_106, acc7_13);
        acc7_14 = fma(v_77, v_108, acc7_14);
        acc7_15 = fma(v_77, v_110, acc7_15);
        float v_112 = 0.0f;
        if ((r0 < 51) && (k0 + 2 < 39)) {
            float v_113 = in_x[r0 * 39 + (k0 + 2)];
            float v_114 = v_113 * 0.5f;
            v_112 = v_114;
        }
        float v_115 = 0.0f;
        if ((r1 < 51) && (k0 + 2 < 39)) {
            float v_116 = in_x[r1 * 39 + (k0 + 2)];
            float v_117 = v_116 * 0.5f;
            v_115 = v_117;
        }
        float v_118 = 0.0f;
        if ((r2 < 51) && (k0 + 2 < 39)) {
            float v_119 = in_x[r2 * 39 + (k0 + 2)];
            float v_120 = v_119 * 0.5f;
            v_118 = v_120;
        }
        float v_121 = 0.0f;
        if ((r3 < 51) && (k0 + 2 < 39)) {
            float v_122 = in_x[r3 * 39 + (k0 + 2)];
            float v_123 = v_122 * 0.5f;
            v_121 = v_123;
        }
        float v_124 = 0.0f;
        if ((r4 < 51) && (k0 + 2 < 39)) {
            float v_125 = in_x[r4 * 39 + (k0 + 2)];
            float v_126 = v_125 * 0.5f;
            v_124 = v_126;
        }
        float v_127 = 0.0f;
        if ((r5 < 51) && (k0 + 2 < 39)) {
            float v_128 = in_x[r5 * 39 + (k0 + 2)];
            float v_129 = v_128 * 0.5f;
            v_127 = v_129;
        }
        float v_130 = 0.0f;
        if ((r6 < 51) && (k0 + 2 < 39)) {
            float v_131 = in_x[r6 * 39 + (k0 + 2)];
            float v_132 = v_131 * 0.5f;
            v_130 = v_132;
        }
        float v_133 = 0.0f;
        if ((r7 < 51) && (k0 + 2 < 39)) {
            float v_134 = in_x[r7 * 39 + (k0 + 2)];
            float v_135 = v_134 * 0.5f;
            v_133 = v_135;
        }
        float v_136 = 0.0f;
        if (k0 + 2 < 39) {
            float v_137 = in_w[(k0 + 2) * 53 + c0];
            v_136 = v_137;
        }
        float v_138 = 0.0f;
        if (k0 + 2 < 39) {
            float v_139 = in_w[(k0 + 2) * 53 + c1];
            v_138 = v_139;
        }
        float v_140 = 0.0f;
        if (k0 + 2 < 39) {
            float v_141 = in_w[(k0 + 2) * 53 + c2];
            v_140 = v_141;
        }
        float v_142 = 0.0f;
        if (k0 + 2 < 39) {
            float v_143 = in_w[(k0 + 2) * 53 + c3];
            v_142 = v_143;
        }
        float v_144 = 0.0f;
        if (k0 + 2 < 39) {
            float v_145 = in_w[(k0 + 2) * 53 + c4];
            v_144 = v_145;
        }
        float v_146 = 0.0f;
        if ((k0 + 2 < 39) && (c5 < 53)) {
            float v_147 = in_w[(k0 + 2) * 53 + c5];
            v_146 = v_147;
        }
        float v_148 = 0.0f;
        if ((k0 + 2 < 39) && (c6 < 53)) {
            float v_149 = in_w[(k0 + 2) * 53 + c6];
            v_148 = v_149;
        }
        float v_150 = 0.0f;
        if ((k0 + 2 < 39) && (c7 < 53)) {
            float v_151 = in_w[(k0 + 2) * 53 + c7];
            v_150 = v_151;
        }
        float v_152 = 0.0f;
        if ((k0 + 2 < 39) && (c8 < 53)) {
            float v_153 = in_w[(k0 + 2) * 53 + c8];
            v_152 = v_153;
        }
        float v_154 = 0.0f;
        if ((k0 + 2 < 39) && (c9 < 53)) {
            float v_155 = in_w[(k0 + 2) * 53 + c9];
            v_154 = v_155;
        }
        float v_156 = 0.0f;
        if ((k0 + 2 < 39) && (c10 < 53)) {
            float v_157 = in_w[(k0 + 2) * 53 + c10];
            v_156 = v_157;
        }
        float v_158 = 0.0f;
        if ((k0 + 2 < 39) && (c11 < 53)) {
            float v_159 = in_w[(k0 + 2) * 53 + c11];
            v_158 = v_159;
        }
        float v_160 = 0.0f;
        if ((k0 + 2 < 39) && (c12 < 53)) {
            float v_161 = in_w[(k0 + 2) * 53 + c12];
            v_160 = v_161;
        }
        float v_162 = 0.0f;
        if ((k0 + 2 < 39) && (c13 < 53)) {
            float v_163 = in_w[(k0 + 2) * 53 + c13];
            v_162 = v_163;
        }
        float v_164 = 0.0f;
        if ((k0 + 2 < 39) && (c14 < 53)) {
            float v_165 = in_w[(k0 + 2) * 53 + c14];
            v_164 = v_165;
        }
        float v_166 = 0.0f;
        if ((k0 + 2 < 39) && (c15 < 53)) {
            float v_167 = in_w[(k0 + 2) * 53 + c15];
            v_166 = v_167;
        }
        acc0_0 = fma(v_112, v_136, acc0_0);
        acc0_1 = fma(v_112, v_138, acc0_1);
        acc0_2 = fma(v_112, v_140, acc0_2);
        acc0_3 = fma(v_112, v_142, acc0_3);
        acc0_4 = fma(v_112, v_144, acc0_4);
        acc0_5 = fma(v_112, v_146, acc0_5);
        acc0_6 = fma(v_112, v_148, acc0_6);
        acc0_7 = fma(v_112, v_150, acc0_7);
        acc0_8 = fma(v_112, v_152, acc0_8);
        acc0_9 = fma(v_112, v_154, acc0_9);
        acc0_10 = fma(v_112, v_156, acc0_10);
        acc0_11 = fma(v_112, v_158, acc0_11);
        acc0_12 = fma(v_112, v_160, acc0_12);
        acc0_13 = fma(v_112, v_162, acc0_13);
        acc0_14 = fma(v_112, v_164, acc0_14);
        acc0_15 = fma(v_112, v_166, acc0_15);
        acc1_0 = fma(v_115, v_136, acc1_0);
        acc1_1 = fma(v_115, v_138, acc1_1);
        acc1_2 = fma(v_115, v_140, acc1_2);
        acc1_3 = fma(v_115, v_142, acc1_3);
        acc1_4 = fma(v_115, v_144, acc1_4);
        acc1_5 = fma(v_115, v_146, acc1_5);
        acc1_6 = fma(v_115, v_148, acc1_6);
        acc1_7 = fma(v_115, v_150, acc1_7);
        acc1_8 = fma(v_115, v_152, acc1_8);
        acc1_9 = fma(v_115, v_154, acc1_9);
        acc1_10 = fma(v_115, v_156, acc1_10);
        acc1_11 = fma(v_115, v_158, acc1_11);
        acc1_12 = fma(v_115, v_160, acc1_12);
        acc1_13 = fma(v_115, v_162, acc1_13);
        acc1_14 = fma(v_115, v_164, acc1_14);
        acc1_15 = fma(v_115, v_166, acc1_15);
        acc2_0 = fma(v_118, v_136, acc2_0);
        acc2_1 = fma(v_118, v_138, acc2_1);
        acc2_2 = fma(v_118, v_140, acc2_2);
        acc2_3 = fma(v_118, v_142, acc2_3);
        acc2_4 = fma(v_118, v_144, acc2_4);
        acc2_5 = fma(v_118, v_146, acc2_5);
        acc2_6 = fma(v_118, v_148, acc2_6);
        acc2_7 = fma(v_118, v_150, acc2_7);
        acc2_8 = fma(v_118, v_152, acc2_8);
        acc2_9 = fma(v_118, v_154, acc2_9);
        acc2_10 = fma(v_118, v_156, acc2_10);
        acc2_11 = fma(v_118, v_158, acc2_11);
        acc2_12 = fma(v_118, v_160, acc2_12);
        acc2_13 = fma(v_118, v_162, acc2_13);
        acc2_14 = fma(v_118, v_164, acc2_14);
        acc2_15 = fma(v_118, v_166, acc2_15);
        acc3_0 = fma(v_121, v_136, acc3_0);
        acc3_1 = fma(v_121, v_138, acc3_1);
        acc3_2 = fma(v_121, v_140, acc3_2);
        acc3_3 = fma(v_121, v_142, acc3_3);
        acc3_4 = fma(v_121, v_144, acc3_4);
        acc3_5 = fma(v_121, v_146, acc3_5);
        acc3_6 = fma(v_121, v_148, acc3_6);
        acc3_7 = fma(v_121, v_150, acc3_7);
        acc3_8 = fma(v_121, v_152, acc3_8);
        acc3_9 = fma(v_121, v_154, acc3_9);
        acc3_10 = fma(v_121, v_156, acc3_10);
        acc3_11 = fma(v_121, v_158, acc3_11);
        acc3_12 = fma(v_121, v_160, acc3_12);
        acc3_13 = fma(v_121, v_162, acc3_13);
        acc3_14 = fma(v_121, v_164, acc3_14);
        acc3_15 = fma(v_121, v_166, acc3_15);
        acc4_0 = fma(v_124, v_136, acc4_0);
        acc4_1 = fma(v_124, v_138, acc4_1);
        acc4_2 = fma(v_124, v_140, acc4_2);
        acc4_3 = fma(v_124, v_142, acc4_3);
        acc4_4 = fma(v_124, v_144, acc4_4);
        acc4_5 = fma(v_124, v_146, acc4_5);
        acc4_6 = fma(v_124, v_148, acc4_6);
        acc4_7 = fma(v_124, v_150, acc4_7);
        acc4_8 = fma(v_124, v_152, acc4_8);
        acc4_9 = fma(v_124, v_154, acc4_9);
        acc4_10 = fma(v_124, v_156, acc4_10);
        acc4_11 = fma(v_124, v_158, acc4_11);
        acc4_12 = fma(v_124, v_160, acc4_12);
        acc4_13 = fma(v_124, v_162, acc4_13);
        acc4_14 = fma(v_124, v_164, acc4_14);
        acc4_15 = fma(v_124, v_166, acc4_15);
        acc5_0 = fma(v_127, v_136, acc5_0);
        acc5_1 = fma(v_127, v_138, acc5_1);
        acc5_2 = fma(v_127, v_140, acc5_2);
        acc5_3 = fma(v_127, v_142, acc5_3);
        acc5_4 = fma(v_127, v_144, acc5_4);
        acc5_5 = fma(v_127, v_146, acc5_5);
        acc5_6 = fma(v_127, v_148, acc5_6);
        acc5_7 = fma(v_127, v_150, acc5_7);
        acc5_8 = fma(v_127, v_152, acc5_8);
        acc5_9 = fma(v_127, v_154, acc5_9);
        acc5_10 = fma(v_127, v_156, acc5_10);
        acc5_11 = fma(v_127, v_158, acc5_11);
        acc5_12 = fma(v_127, v_160, acc5_12);
        acc5_13 = fma(v_127, v_162, acc5_13);
        acc5_14 = fma(v_127, v_164, acc5_14);
        acc5_15 = fma(v_127, v_166, acc5_15);
        acc6_0 = fma(v_130, v_136, acc6_0);
        acc6_1 = fma(v_130, v_138, acc6_1);
        acc6_2 = fma(v_130, v_140, acc6_2);
        acc6_3 = fma(v_130, v_142, acc6_3);
        acc6_4 = fma(v_130, v_144, acc6_4);
        acc6_5 = fma(v_130, v_146, acc6_5);
        acc6_6 = fma(v_130, v_148, acc6_6);
        acc6_7 = fma(v_130, v_150, acc6_7);
        acc6_8 = fma(v_130, v_152, acc6_8);
        acc6_9 = fma(v_130, v_154, acc6_9);
        acc6_10 = fma(v_130, v_156, acc6_10);
        acc6_11 = fma(v_130, v_158, acc6_11);
        acc6_12 = fma(v_130, v_160, acc6_12);
        acc6_13 = fma(v_130, v_162, acc6_13);
        acc6_14 = fma(v_130, v_164, acc6_14);
        acc6_15 = fma(v_130, v_166, acc6_15);
        acc7_0 = fma(v_133, v_136, acc7_0);
        acc7_1 = fma(v_133, v_138, acc7_1);
        acc7_2 = fma(v_133, v_140, acc7_2);
        acc7_3 = fma(v_133, v_142, acc7_3);
        acc7_4 = fma(v_133, v_144, acc7_4);
        acc7_5 = fma(v_133, v_146, acc7_5);
        acc7_6 = fma(v_133, v_148, acc7_6);
        acc7_7 = fma(v_133, v_150, acc7_7);
        acc7_8 = fma(v_133, v_152, acc7_8);
        acc7_9 = fma(v_133, v_154, acc7_9);
        acc7_10 = fma(v_133, v_156, acc7_10);
        acc7_11 = fma(v_133, v_158, acc7_11);
        acc7_12 = fma(v_133, v_160, acc7_12);
        acc7_13 = fma(v_133, v_162, acc7_13);
        acc7_14 = fma(v_133, v_164, acc7_14);
        acc7_15 = fma(v_133, v_166, acc7_15);
        float v_168 = 0.0f;
        if ((r0 < 51) && (k0 + 3 < 39)) {
            float v_169 = in_x[r0 * 39 + (k0 + 3)];
            float v_170 = v_169 * 0.5f;
            v_168 = v_170;
        }
        float v_171 = 0.0f;
        if ((r1 < 51) && (k0 + 3 < 39)) {
            float v_172 = in_x[r1 * 39 + (k0 + 3)];
            float v_173 = v_172 * 0.5f;
            v_171 = v_173;
        }
        float v_174 = 0.0f;
        if ((r2 < 51) && (k0 + 3 < 39)) {
            float v_175 = in_x[r2 * 39 + (k0 + 3)];
            float v_176 = v_175 * 0.5f;
            v_174 = v_176;
        }
        float v_177 = 0.0f;
        if ((r3 < 51) && (k0 + 3 < 39)) {
            float v_178 = in_x[r3 * 39 + (k0 + 3)];
            float v_179 = v_178 * 0.5f;
            v_177 = v_179;
        }
        float v_180 = 0.0f;
        if ((r4 < 51) && (k0 + 3 < 39)) {
            float v_181 = in_x[r4 * 39 + (k0 + 3)];
            float v_182 = v_181 * 0.5f;
            v_180 = v_182;
        }
        float v_183 = 0.0f;
        if ((r5 < 51) && (k0 + 3 < 39)) {
            float v_184 = in_x[r5 * 39 + (k0 + 3)];
            float v_185 = v_184 * 0.5f;
            v_183 = v_185;
        }
        float v_186 = 0.0f;
        if ((r6 < 51) && (k0 + 3 < 39)) {
            float v_187 = in_x[r6 * 39 + (k0 + 3)];
            float v_188 = v_187 * 0.5f;
            v_186 = v_188;
        }
        float v_189 = 0.0f;
        if ((r7 < 51) && (k0 + 3 < 39)) {
            float v_190 = in_x[r7 * 39 + (k0 + 3)];
            float v_191 = v_190 * 0.5f;
            v_189 = v_191;
        }
        float v_192 = 0.0f;
        if (k0 + 3 < 39) {
            float v_193 = in_w[(k0 + 3) * 53 + c0];
            v_192 = v_193;
        }
        float v_194 = 0.0f;
        if (k0 + 3 < 39) {
            float v_195 = in_w[(k0 + 3) * 53 + c1];
            v_194 = v_195;
        }
        float v_196 = 0.0f;
        if (k0 + 3 < 39) {
            float v_197 = in_w[(k0 + 3) * 53 + c2];
            v_196 = v_197;
        }
        float v_198 = 0.0f;
        if (k0 + 3 < 39) {
            float v_199 = in_w[(k0 + 3) * 53 + c3];
            v_198 = v_199;
        }
        float v_200 = 0.0f;
        if (k0 + 3 < 39) {
            float v_201 = in_w[(k0 + 3) * 53 + c4];
            v_200 = v_201;
        }
        float v_202 = 0.0f;
        if ((k0 + 3 < 39) && (c5 < 53)) {
            float v_203 = in_w[(k0 + 3) * 53 + c5];
            v_202 = v_203;
        }
        float v_204 = 0.0f;
        if ((k0 + 3 < 39) && (c6 < 53)) {
            float v_205 = in_w[(k0 + 3) * 53 + c6];
            v_204 = v_205;
        }
        float v_206 = 0.0f;
        if ((k0 + 3 < 39) && (c7 < 53)) {
            float v_207 = in_w[(k0 + 3) * 53 + c7];
            v_206 = v_207;
        }
        float v_208 = 0.0f;
        if ((k0 + 3 < 39) && (c8 < 53)) {
            float v_209 = in_w[(k0 + 3) * 53 + c8];
            v_208 = v_209;
        }
        float v_210 = 0.0f;
        if ((k0 + 3 < 39) && (c9 < 53)) {
            float v_211 = in_w[(k0 + 3) * 53 + c9];
            v_210 = v_211;
        }
        float v_212 = 0.0f;
        if ((k0 + 3 < 39) && (c10 < 53)) {
            float v_213 = in_w[(k0 + 3) * 53 + c10];
            v_212 = v_213;
        }
        float v_214 = 0.0f;
        if ((k0 + 3 < 39) && (c11 < 53)) {
            float v_215 = in_w[(k0 + 3) * 53 + c11];
            v_214 = v_215;
        }
        float v_216 = 0.0f;
        if ((k0 + 3 < 39) && (c12 < 53)) {
            float v_217 = in_w[(k0 + 3) * 53 + c12];
            v_216 = v_217;
        }
        float v_218 = 0.0f;
        if ((k0 + 3 < 39) && (c13 < 53)) {
            float v_219 = in_w[(k0 + 3) * 53 + c13];
            v_218 = v_219;
        }
        float v_220 = 0.0f;
        if ((k0 + 3 < 39) && (c14 < 53)) {
            float v_221 = in_w[(k0 + 3) * 53 + c14];
            v_220 = v_221;
        }
        float v_222 = 0.0f;
        if ((k0 + 3 < 39) && (c15 < 53)) {
            float v_223 = in_w[(k0 + 3) * 53 + c15];
            v_222 = v_223;
        }
        acc0_0 = fma(v_168, v_192, acc0_0);
        acc0_1 = fma(v_168, v_194, acc0_1);
        acc0_2 = fma(v_168, v_196, acc0_2);
        acc0_3 = fma(v_168, v_198, acc0_3);
        acc0_4 = fma(v_168, v_200, acc0_4);
        acc0_5 = fma(v_168, v_202, acc0_5);
        acc0_6 = fma(v_168, v_204, acc0_6);
        acc0_7 = fma(v_168, v_206, acc0_7);
        acc0_8 = fma(v_168, v_208, acc0_8);
        acc0_9 = fma(v_168, v_210, acc0_9);
        acc0_10 = fma(v_168, v_212, acc0_10);
        acc0_11 = fma(v_168, v_214, acc0_11);
        acc0_12 = fma(v_168, v_216, acc0_12);
        acc0_13 = fma(v_168, v_218, acc0_13);
        acc0_14 = fma(v_168, v_220, acc0_14);
        acc0_15 = fma(v_168, v_222, acc0_15);
        acc1_0 = fma(v_171, v_192, acc1_0);
        acc1_1 = fma(v_171, v_194, acc1_1);
        acc1_2 = fma(v_171, v_196, acc1_2);
        acc1_3 = fma(v_171, v_198, acc1_3);
        acc1_4 = fma(v_171, v_200, acc1_4);
        acc1_5 = fma(v_171, v_202, acc1_5);
        acc1_6 = fma(v_171, v_204, acc1_6);
        acc1_7 = fma(v_171, v_206, acc1_7);
        acc1_8 = fma(v_171, v_208, acc1_8);
        acc1_9 = fma(v_171, v_210, acc1_9);
        acc1_10 = fma(v_171, v_212, acc1_10);
        acc1_11 = fma(v_171, v_214, acc1_11);
        acc1_12 = fma(v_171, v_216, acc1_12);
        acc1_13 = fma(v_171, v_218, acc1_13);
        acc1_14 = fma(v_171, v_220, acc1_14);
        acc1_15 = fma(v_171, v_222, acc1_15);
        acc2_0 = fma(v_174, v_192, acc2_0);
        acc2_1 = fma(v_174, v_194, acc2_1);
        acc2_2 = fma(v_174, v_196, acc2_2);
        acc2_3 = fma(v_174, v_198, acc2_3);
        acc2_4 = fma(v_174, v_200, acc2_4);
        acc2_5 = fma(v_174, v_202, acc2_5);
        acc2_6 = fma(v_174, v_204, acc2_6);
        acc2_7 = fma(v_174, v_206, acc2_7);
        acc2_8 = fma(v_174, v_208, acc2_8);
        acc2_9 = fma(v_174, v_210, acc2_9);
        acc2_10 = fma(v_174, v_212, acc2_10);
        acc2_11 = fma(v_174, v_214, acc2_11);
        acc2_12 = fma(v_174, v_216, acc2_12);
        acc2_13 = fma(v_174, v_218, acc2_13);
        acc2_14 = fma(v_174, v_220, acc2_14);
        acc2_15 = fma(v_174, v_222, acc2_15);
        acc3_0 = fma(v_177, v_192, acc3_0);
        acc3_1 = fma(v_177, v_194, acc3_1);
        acc3_2 = fma(v_177, v_196, acc3_2);
        acc3_3 = fma(v_177, v_198, acc3_3);
        acc3_4 = fma(v_177, v_200, acc3_4);
        acc3_5 = fma(v_177, v_202, acc3_5);
        acc3_6 = fma(v_177, v_204, acc3_6);
        acc3_7 = fma(v_177, v_206, acc3_7);
        acc3_8 = fma(v_177, v_208, acc3_8);
        acc3_9 = fma(v_177, v_210, acc3_9);
        acc3_10 = fma(v_177, v_212, acc3_10);
        acc3_11 = fma(v_177, v_214, acc3_11);
        acc3_12 = fma(v_177, v_216, acc3_12);
        acc3_13 = fma(v_177, v_218, acc3_13);
        acc3_14 = fma(v_177, v_220, acc3_14);
        acc3_15 = fma(v_177, v_222, acc3_15);
        acc4_0 = fma(v_180, v_192, acc4_0);
        acc4_1 = fma(v_180, v_194, acc4_1);
        acc4_2 = fma(v_180, v_196, acc4_2);
        acc4_3 = fma(v_180, v_198, acc4_3);
        acc4_4 = fma(v_180, v_200, acc4_4);
        acc4_5 = fma(v_180, v_202, acc4_5);
        acc4_6 = fma(v_180, v_204, acc4_6);
        acc4_7 = fma(v_180, v_206, acc4_7);
        acc4_8 = fma(v_180, v_208, acc4_8);
        acc4_9 = fma(v_180, v_210, acc4_9);
        acc4_10 = fma(v_180, v_212, acc4_10);
        acc4_11 = fma(v_180, v_214, acc4_11);
        acc4_12 = fma(v_180, v_216, acc4_12);
        acc4_13 = fma(v_180, v_218, acc4_13);
        acc4_14 = fma(v_180, v_220, acc4_14);
        acc4_15 = fma(v_180, v_222, acc4_15);
        acc5_0 = fma(v_183, v_192, acc5_0);
        acc5_1 = fma(v_183, v_194, acc5_1);
        acc5_2 = fma(v_183, v_196, acc5_2);
        acc5_3 = fma(v_183, v_198, acc5_3);
        acc5_4 = fma(v_183, v_200, acc5_4);
        acc5_5 = fma(v_183, v_202, acc5_5);
        acc5_6 = fma(v_183, v_204, acc5_6);
        acc5_7 = fma(v_183, v_206, acc5_7);
        acc5_8 = fma(v_183, v_208, acc5_8);
        acc5_9 = fma(v_183, v_210, acc5_9);
        acc5_10 = fma(v_183, v_212, acc5_10);
        acc5_11 = fma(v_183, v_214, acc5_11);
        acc5_12 = fma(v_183, v_216, acc5_12);
        acc5_13 = fma(v_183, v_218, acc5_13);
        acc5_14 = fma(v_183, v_220, acc5_14);
        acc5_15 = fma(v_183, v_222, acc5_15);
        acc6_0 = fma(v_186, v_192, acc6_0);
        acc6_1 = fma(v_186, v_194, acc6_1);
        acc6_2 = fma(v_186, v_196, acc6_2);
        acc6_3 = fma(v_186, v_198, acc6_3);
        acc6_4 = fma(v_186, v_200, acc6_4);
        acc6_5 = fma(v_186, v_202, acc6_5);
        acc6_6 = fma(v_186, v_204, acc6_6);
        acc6_7 = fma(v_186, v_206, acc6_7);
        acc6_8 = fma(v_186, v_208, acc6_8);
        acc6_9 = fma(v_186, v_210, acc6_9);
        acc6_10 = fma(v_186, v_212, acc6_10);
        acc6_11 = fma(v_186, v_214, acc6_11);
        acc6_12 = fma(v_186, v_216, acc6_12);
        acc6_13 = fma(v_186, v_218, acc6_13);
        acc6_14 = fma(v_186, v_220, acc6_14);
        acc6_15 = fma(v_186, v_222, acc6_15);
        acc7_0 = fma(v_189, v_192, acc7_0);
        acc7_1 = fma(v_189, v_194, acc7_1);
        acc7_2 = fma(v_189, v_196, acc7_2);
        acc7_3 = fma(v_189, v_198, acc7_3);
        acc7_4 = fma(v_189, v_200, acc7_4);
        acc7_5 = fma(v_189, v_202, acc7_5);
        acc7_6 = fma(v_189, v_204, acc7_6);
        acc7_7 = fma(v_189, v_206, acc7_7);
        acc7_8 = fma(v_189, v_208, acc7_8);
        acc7_9 = fma(v_189, v_210, acc7_9);
        acc7_10 = fma(v_189, v_212, acc7_10);
        acc7_11 = fma(v_189, v_214, acc7_11);
        acc7_12 = fma(v_189, v_216, acc7_12);
        acc7_13 = fma(v_189, v_218, acc7_13);
        acc7_14 = fma(v_189, v_220, acc7_14);
        acc7_15 = fma(v_189, v_222, acc7_15);
        float v_224 = 0.0f;
        if ((r0 < 51) && (k0 + 4 < 39)) {
            float v_225 = in_x[r0 * 39 + (k0 + 4)];
            float v_226 = v_225 * 0.5f;
            v_224 = v_226;
        }
        float v_227 = 0.0f;
        if ((r1 < 51) && (k0 + 4 < 39)) {
            float v_228 = in_x[r1 * 39 + (k0 + 4)];
            float v_229 = v_228 * 0.5f;
            v_227 = v_229;
        }
        float v_230 = 0.0f;
        if ((r2 < 51) && (k0 + 4 < 39)) {
            float v_231 = in_x[r2 * 39 + (k0 + 4)];
            float v_232 = v_231 * 0.5f;
            v_230 = v_232;
        }
        float v_233 = 0.0f;
        if ((r3 < 51) && (k0 + 4 < 39)) {
            float v_234 = in_x[r3 * 39 + (k0 + 4)];
            float v_235 = v_234 * 0.5f;
            v_233 = v_235;
        }
        float v_236 = 0.0f;
        if ((r4 < 51) && (k0 + 4 < 39)) {
            float v_237 = in_x[r4 * 39 + (k0 + 4)];
            float v_238 = v_237 * 0.5f;
            v_236 = v_238;
        }
        float v_239 = 0.0f;
        if ((r5 < 51) && (k0 + 4 < 39)) {
            float v_240 = in_x[r5 * 39 + (k0 + 4)];
            float v_241 = v_240 * 0.5f;
            v_239 = v_241;
        }
        float v_242 = 0.0f;
        if ((r6 < 51) && (k0 + 4 < 39)) {
            float v_243 = in_x[r6 * 39 + (k0 + 4)];
            float v_244 = v_243 * 0.5f;
            v_242 = v_244;
        }
        float v_245 = 0.0f;
        if ((r7 < 51) && (k0 + 4 < 39)) {
            float v_246 = in_x[r7 * 39 + (k0 + 4)];
            float v_247 = v_246 * 0.5f;
            v_245 = v_247;
        }
        float v_248 = 0.0f;
        if (k0 + 4 < 39) {
            float v_249 = in_w[(k0 + 4) * 53 + c0];
            v_248 = v_249;
        }
        float v_250 = 0.0f;
        if (k0 + 4 < 39) {
            float v_251 = in_w[(k0 + 4) * 53 + c1];
            v_250 = v_251;
        }
        float v_252 = 0.0f;
        if (k0 + 4 < 39) {
            float v_253 = in_w[(k0 + 4) * 53 + c2];
            v_252 = v_253;
        }
        float v_254 = 0.0f;
        if (k0 + 4 < 39) {
            float v_255 = in_w[(k0 + 4) * 53 + c3];
            v_254 = v_255;
        }
        float v_256 = 0.0f;
        if (k0 + 4 < 39) {
            float v_257 = in_w[(k0 + 4) * 53 + c4];
            v_256 = v_257;
        }
        float v_258 = 0.0f;
        if ((k0 + 4 < 39) && (c5 < 53)) {
            float v_259 = in_w[(k0 + 4) * 53 + c5];
            v_258 = v_259;
        }
        float v_260 = 0.0f;
        if ((k0 + 4 < 39) && (c6 < 53)) {
            float v_261 = in_w[(k0 + 4) * 53 + c6];
            v_260 = v_261;
        }
        float v_262 = 0.0f;
        if ((k0 + 4 < 39) && (c7 < 53)) {
            float v_263 = in_w[(k0 + 4) * 53 + c7];
            v_262 = v_263;
        }
        float v_264 = 0.0f;
        if ((k0 + 4 < 39) && (c8 < 53)) {
            float v_265 = in_w[(k0 + 4) * 53 + c8];
            v_264 = v_265;
        }
        float v_266 = 0.0f;
        if ((k0 + 4 < 39) && (c9 < 53)) {
            float v_267 = in_w[(k0 + 4) * 53 + c9];
            v_266 = v_267;
        }
        float v_268 = 0.0f;
        if ((k0 + 4 < 39) && (c10 < 53)) {
            float v_269 = in_w[(k0 + 4) * 53 + c10];
            v_268 = v_269;
        }
        float v_270 = 0.0f;
        if ((k0 + 4 < 39) && (c11 < 53)) {
            float v_271 = in_w[(k0 + 4) * 53 + c11];
            v_270 = v_271;
        }
        float v_272 = 0.0f;
        if ((k0 + 4 < 39) && (c12 < 53)) {
            float v_273 = in_w[(k0 + 4) * 53 + c12];
            v_272 = v_273;
        }
        float v_274 = 0.0f;
        if ((k0 + 4 < 39) && (c13 < 53)) {
            float v_275 = in_w[(k0 + 4) * 53 + c13];
            v_274 = v_275;
        }
        float v_276 = 0.0f;
        if ((k0 + 4 < 39) && (c14 < 53)) {
            float v_277 = in_w[(k0 + 4) * 53 + c14];
            v_276 = v_277;
        }
        float v_278 = 0.0f;
        if ((k0 + 4 < 39) && (c15 < 53)) {
            float v_279 = in_w[(k0 + 4) * 53 + c15];
            v_278 = v_279;
        }
        acc0_0 = fma(v_224, v_248, acc0_0);
        acc0_1 = fma(v_224, v_250, acc0_1);
        acc0_2 = fma(v_224, v_252, acc0_2);
        acc0_3 = fma(v_224, v_254, acc0_3);
        acc0_4 = fma(v_224, v_256, acc0_4);
        acc0_5 = fma(v_224, v_258, acc0_5);
        acc0_6 = fma(v_224, v_260, acc0_6);
        acc0_7 = fma(v_224, v_262, acc0_7);
        acc0_8 = fma(v_224, v_264, acc0_8);
        acc0_9 = fma(v_224, v_266, acc0_9);
        acc0_10 = fma(v_224, v_268, acc0_10);
        acc0_11 = fma(v_224, v_270, acc0_11);
        acc0_12 = fma(v_224, v_272, acc0_12);
        acc0_13 = fma(v_224, v_274, acc0_13);
        acc0_14 = fma(v_224, v_276, acc0_14);
        acc0_15 = fma(v_224, v_278, acc0_15);
        acc1_0 = fma(v_227, v_248, acc1_0);
        acc1_1 = fma(v_227, v_250, acc1_1);
        acc1_2 = fma(v_227, v_252, acc1_2);
        acc1_3 = fma(v_227, v_254, acc1_3);
        acc1_4 = fma(v_227, v_256, acc1_4);
        acc1_5 = fma(v_227, v_258, acc1_5);
        acc1_6 = fma(v_227, v_260, acc1_6);
        acc1_7 = fma(v_227, v_262, acc1_7);
        acc1_8 = fma(v_227, v_264, acc1_8);
        acc1_9 = fma(v_227, v_266, acc1_9);
        acc1_10 = fma(v_227, v_268, acc1_10);
        acc1_11 = fma(v_227, v_270, acc1_11);
        acc1_12 = fma(v_227, v_272, acc1_12);
        acc1_13 = fma(v_227, v_274, acc1_13);
        acc1_14 = fma(v_227, v_276, acc1_14);
        acc1_15 = fma(v_227, v_278, acc1_15);
        acc2_0 = fma(v_230, v_248, acc2_0);
        acc2_1 = fma(v_230, v_250, acc2_1);
        acc2_2 = fma(v_230, v_252, acc2_2);
        acc2_3 = fma(v_230, v_254, acc2_3);
        acc2_4 = fma(v_230, v_256, acc2_4);
        acc2_5 = fma(v_230, v_258, acc2_5);
        acc2_6 = fma(v_230, v_260, acc2_6);
        acc2_7 = fma(v_230, v_262, acc2_7);
        acc2_8 = fma(v_230, v_264, acc2_8);
        acc2_9 = fma(v_230, v_266, acc2_9);
        acc2_10 = fma(v_230, v_268, acc2_10);
        acc2_11 = fma(v_230, v_270, acc2_11);
        acc2_12 = fma(v_230, v_272, acc2_12);
        acc2_13 = fma(v_230, v_274, acc2_13);
        acc2_14 = fma(v_230, v_276, acc2_14);
        acc2_15 = fma(v_230, v_278, acc2_15);
        acc3_0 = fma(v_233, v_248, acc3_0);
        acc3_1 = fma(v_233, v_250, acc3_1);
        acc3_2 = fma(v_233, v_252, acc3_2);
        acc3_3 = fma(v_233, v_254, acc3_3);
        acc3_4 = fma(v_233, v_256, acc3_4);
        acc3_5 = fma(v_233, v_258, acc3_5);
        acc3_6 = fma(v_233, v_260, acc3_6);
        acc3_7 = fma(v_233, v_262, acc3_7);
        acc3_8 = fma(v_233, v_264, acc3_8);
        acc3_9 = fma(v_233, v_266, acc3_9);
        acc3_10 = fma(v_233, v_268, acc3_10);
        acc3_11 = fma(v_233, v_270, acc3_11);
        acc3_12 = fma(v_233, v_272, acc3_12);
        acc3_13 = fma(v_233, v_274, acc3_13);
        acc3_14 = fma(v_233, v_276, acc3_14);
        acc3_15 = fma(v_233, v_278, acc3_15);
        acc4_0 = fma(v_236, v_248, acc4_0);
        acc4_1 = fma(v_236, v_250, acc4_1);
        acc4_2 = fma(v_236, v_252, acc4_2);
        acc4_3 = fma(v_236, v_254, acc4_3);
        acc4_4 = fma(v_236, v_256, acc4_4);
        acc4_5 = fma(v_236, v_258, acc4_5);
        acc4_6 = fma(v_236, v_260, acc4_6);
        acc4_7 = fma(v_236, v_262, acc4_7);
        acc4_8 = fma(v_236, v_264, acc4_8);
        acc4_9 = fma(v_236, v_266, acc4_9);
        acc4_10 = fma(v_236, v_268, acc4_10);
        acc4_11 = fma(v_236, v_270, acc4_11);
        acc4_12 = fma(v_236, v_272, acc4_12);
        acc4_13 = fma(v_236, v_274, acc4_13);
        acc4_14 = fma(v_236, v_276, acc4_14);
        acc4_15 = fma(v_236, v_278, acc4_15);
        acc5_0 = fma(v_239, v_248, acc5_0);
        acc5_1 = fma(v_239, v_250, acc5_1);
        acc5_2 = fma(v_239, v_252, acc5_2);
        acc5_3 = fma(v_239, v_254, acc5_3);
        acc5_4 = fma(v_239, v_256, acc5_4);
        acc5_5 = fma(v_239, v_258, acc5_5);
        acc5_6 = fma(v_239, v_260, acc5_6);
        acc5_7 = fma(v_239, v_262, acc5_7);
        acc5_8 = fma(v_239, v_264, acc5_8);
        acc5_9 = fma(v_239, v_266, acc5_9);
        acc5_10 = fma(v_239, v_268, acc5_10);
        acc5_11 = fma(v_239, v_270, acc5_11);
        acc5_12 = fma(v_239, v_272, acc5_12);
        acc5_13 = fma(v_239, v_274, acc5_13);
        acc5_14 = fma(v_239, v_276, acc5_14);
        acc5_15 = fma(v_239, v_278, acc5_15);
        acc6_0 = fma(v_242, v_248, acc6_0);
        acc6_1 = fma(v_242, v_250, acc6_1);
        acc6_2 = fma(v_242, v_252, acc6_2);
        acc6_3 = fma(v_242, v_254, acc6_3);
        acc6_4 = fma(v_242, v_256, acc6_4);
        acc6_5 = fma(v_242, v_258, acc6_5);
        acc6_6 = fma(v_242, v_260, acc6_6);
        acc6_7 = fma(v_242, v_262, acc6_7);
        acc6_8 = fma(v_242, v_264, acc6_8);
        acc6_9 = fma(v_242, v_266, acc6_9);
        acc6_10 = fma(v_242, v_268, acc6_10);
        acc6_11 = fma(v_242, v_270, acc6_11);
        acc6_12 = fma(v_242, v_272, acc6_12);
        acc6_13 = fma(v_242, v_274, acc6_13);
        acc6_14 = fma(v_242, v_276, acc6_14);
        acc6_15 = fma(v_242, v_278, acc6_15);
        acc7_0 = fma(v_245, v_248, acc7_0);
        acc7_1 = fma(v_245, v_250, acc7_1);
        acc7_2 = fma(v_245, v_252, acc7_2);
        acc7_3 = fma(v_245, v_254, acc7_3);
        acc7_4 = fma(v_245, v_256, acc7_4);
        acc7_5 = fma(v_245, v_258, acc7_5);
        acc7_6 = fma(v_245, v_260, acc7_6);
        acc7_7 = fma(v_245, v_262, acc7_7);
        acc7_8 = fma(v_245, v_264, acc7_8);
        acc7_9 = fma(v_245, v_266, acc7_9);
        acc7_10 = fma(v_245, v_268, acc7_10);
        acc7_11 = fma(v_245, v_270, acc7_11);
        acc7_12 = fma(v_245, v_272, acc7_12);
        acc7_13 = fma(v_245, v_274, acc7_13);
        acc7_14 = fma(v_245, v_276, acc7_14);
        acc7_15 = fma(v_245, v_278, acc7_15);
        float v_280 = 0.0f;
        if ((r0 < 51) && (k0 + 5 < 39)) {
            float v_281 = in_x[r0 * 39 + (k0 + 5)];
            float v_282 = v_281 * 0.5f;
            v_280 = v_282;
        }
        float v_283 = 0.0f;
        if ((r1 < 51) && (k0 + 5 < 39)) {
            float v_284 = in_x[r1 * 39 + (k0 + 5)];
            float v_285 = v_284 * 0.5f;
            v_283 = v_285;
        }
        float v_286 = 0.0f;
        if ((r2 < 51) && (k0 + 5 < 39)) {
            float v_287 = in_x[r2 * 39 + (k0 + 5)];
            float v_288 = v_287 * 0.5f;
            v_286 = v_288;
        }
        float v_289 = 0.0f;
        if ((r3 < 51) && (k0 + 5 < 39)) {
            float v_290 = in_x[r3 * 39 + (k0 + 5)];
            float v_291 = v_290 * 0.5f;
            v_289 = v_291;
        }
        float v_292 = 0.0f;
        if ((r4 < 51) && (k0 + 5 < 39)) {
            float v_293 = in_x[r4 * 39 + (k0 + 5)];
            float v_294 = v_293 * 0.5f;
            v_292 = v_294;
        }
        float v_295 = 0.0f;
        if ((r5 < 51) && (k0 + 5 < 39)) {
            float v_296 = in_x[r5 * 39 + (k0 + 5)];
            float v_297 = v_296 * 0.5f;
            v_295 = v_297;
        }
        float v_298 = 0.0f;
        if ((r6 < 51) && (k0 + 5 < 39)) {
            float v_299 = in_x[r6 * 39 + (k0 + 5)];
            float v_300 = v_299 * 0.5f;
            v_298 = v_300;
        }
        float v_301 = 0.0f;
        if ((r7 < 51) && (k0 + 5 < 39)) {
            float v_302 = in_x[r7 * 39 + (k0 + 5)];
            float v_303 = v_302 * 0.5f;
            v_301 = v_303;
        }
        float v_304 = 0.0f;
        if (k0 + 5 < 39) {
            float v_305 = in_w[(k0 + 5) * 53 + c0];
            v_304 = v_305;
        }
        float v_306 = 0.0f;
        if (k0 + 5 < 39) {
            float v_307 = in_w[(k0 + 5) * 53 + c1];
            v_306 = v_307;
        }
        float v_308 = 0.0f;
        if (k0 + 5 < 39) {
            float v_309 = in_w[(k0 + 5) * 53 + c2];
            v_308 = v_309;
        }
        float v_310 = 0.0f;
        if (k0 + 5 < 39) {
            float v_311 = in_w[(k0 + 5) * 53 + c3];
            v_310 = v_311;
        }
        float v_312 = 0.0f;
        if (k0 + 5 < 39) {
            float v_313 = in_w[(k0 + 5) * 53 + c4];
            v_312 = v_313;
        }
        float v_314 = 0.0f;
        if ((k0 + 5 < 39) && (c5 < 53)) {
            float v_315 = in_w[(k0 + 5) * 53 + c5];
            v_314 = v_315;
        }
        float v_316 = 0.0f;
        if ((k0 + 5 < 39) && (c6 < 53)) {
            float v_317 = in_w[(k0 + 5) * 53 + c6];
            v_316 = v_317;
        }
        float v_318 = 0.0f;
        if ((k0 + 5 < 39) && (c7 < 53)) {
            float v_319 = in_w[(k0 + 5) * 53 + c7];
            v_318 = v_319;
        }
        float v_320 = 0.0f;
        if ((k0 + 5 < 39) && (c8 < 53)) {
            float v_321 = in_w[(k0 + 5) * 53 + c8];
            v_320 = v_321;
        }
        float v_322 = 0.0f;
        if ((k0 + 5 < 39) && (c9 < 53)) {
            float v_323 = in_w[(k0 + 5) * 53 + c9];
            v_322 = v_323;
        }
        float v_324 = 0.0f;
        if ((k0 + 5 < 39) && (c10 < 53)) {
            float v_325 = in_w[(k0 + 5) * 53 + c10];
            v_324 = v_325;
        }
        float v_326 = 0.0f;
        if ((k0 + 5 < 39) && (c11 < 53)) {
            float v_327 = in_w[(k0 + 5) * 53 + c11];
            v_326 = v_327;
        }
        float v_328 = 0.0f;
        if ((k0 + 5 < 39) && (c12 < 53)) {
            float v_329 = in_w[(k0 + 5) * 53 + c12];
            v_328 = v_329;
        }
        float v_330 = 0.0f;
        if ((k0 + 5 < 39) && (c13 < 53)) {
            float v_331 = in_w[(k0 + 5) * 53 + c13];
            v_330 = v_331;
        }
        float v_332 = 0.0f;
        if ((k0 + 5 < 39) && (c14 < 53)) {
            float v_333 = in_w[(k0 + 5) * 53 + c14];
            v_332 = v_333;
        }
        float v_334 = 0.0f;
        if ((k0 + 5 < 39) && (c15 < 53)) {
            float v_335 = in_w[(k0 + 5) * 53 + c15];
            v_334 = v_335;
        }
        acc0_0 = fma(v_280, v_304, acc0_0);
        acc0_1 = fma(v_280, v_306, acc0_1);
        acc0_2 = fma(v_280, v_308, acc0_2);
        acc0_3 = fma(v_280, v_310, acc0_3);
        acc0_4 = fma(v_280, v_312, acc0_4);
        acc0_5 = fma(v_280, v_314, acc0_5);
        acc0_6 = fma(v_280, v_316, acc0_6);
        acc0_7 = fma(v_280, v_318, acc0_7);
        acc0_8 = fma(v_280, v_320, acc0_8);
        acc0_9 = fma(v_280, v_322, acc0_9);
        acc0_10 = fma(v_280, v_324, acc0_10);
        acc0_11 = fma(v_280, v_326, acc0_11);
        acc0_12 = fma(v_280, v_328, acc0_12);
        acc0_13 = fma(v_280, v_330, acc0_13);
        acc0_14 = fma(v_280, v_332, acc0_14);
        acc0_15 = fma(v_280, v_334, acc0_15);
        acc1_0 = fma(v_283, v_304, acc1_0);
        acc1_1 = fma(v_283, v_306, acc1_1);
        acc1_2 = fma(v_283, v_308, acc1_2);
        acc1_3 = fma(v_283, v_310, acc1_3);
        acc1_4 = fma(v_283, v_312, acc1_4);
        acc1_5 = fma(v_283, v_314, acc1_5);
        acc1_6 = fma(v_283, v_316, acc1_6);
        acc1_7 = fma(v_283, v_318, acc1_7);
        acc1_8 = fma(v_283, v_320, acc1_8);
        acc1_9 = fma(v_283, v_322, acc1_9);
        acc1_10 = fma(v_283, v_324, acc1_10);
        acc1_11 = fma(v_283, v_326, acc1_11);
        acc1_12 = fma(v_283, v_328, acc1_12);
        acc1_13 = fma(v_283, v_330, acc1_13);
        acc1_14 = fma(v_283, v_332, acc1_14);
        acc1_15 = fma(v_283, v_334, acc1_15);
        acc2_0 = fma(v_286, v_304, acc2_0);
        acc2_1 = fma(v_286, v_306, acc2_1);
        acc2_2 = fma(v_286, v_308, acc2_2);
        acc2_3 = fma(v_286, v_310, acc2_3);
        acc2_4 = fma(v_286, v_312, acc2_4);
        acc2_5 = fma(v_286, v_314, acc2_5);
        acc2_6 = fma(v_286, v_316, acc2_6);
        acc2_7 = fma(v_286, v_318, acc2_7);
        acc2_8 = fma(v_286, v_320, acc2_8);
        acc2_9 = fma(v_286, v_322, acc2_9);
        acc2_10 = fma(v_286, v_324, acc2_10);
        acc2_11 = fma(v_286, v_326, acc2_11);
        acc2_12 = fma(v_286, v_328, acc2_12);
        acc2_13 = fma(v_286, v_330, acc2_13);
        acc2_14 = fma(v_286, v_332, acc2_14);
        acc2_15 = fma(v_286, v_334, acc2_15);
        acc3_0 = fma(v_289, v_304, acc3_0);
        acc3_1 = fma(v_289, v_306, acc3_1);
        acc3_2 = fma(v_289, v_308, acc3_2);
        acc3_3 = fma(v_289, v_310, acc3_3);
        acc3_4 = fma(v_289, v_312, acc3_4);
        acc3_5 = fma(v_289, v_314, acc3_5);
        acc3_6 = fma(v_289, v_316, acc3_6);
        acc3_7 = fma(v_289, v_318, acc3_7);
        acc3_8 = fma(v_289, v_320, acc3_8);
        acc3_9 = fma(v_289, v_322, acc3_9);
        acc3_10 = fma(v_289, v_324, acc3_10);
        acc3_11 = fma(v_289, v_326, acc3_11);
        acc3_12 = fma(v_289, v_328, acc3_12);
        acc3_13 = fma(v_289, v_330, acc3_13);
        acc3_14 = fma(v_289, v_332, acc3_14);
        acc3_15 = fma(v_289, v_334, acc3_15);
        acc4_0 = fma(v_292, v_304, acc4_0);
        acc4_1 = fma(v_292, v_306, acc4_1);
        acc4_2 = fma(v_292, v_308, acc4_2);
        acc4_3 = fma(v_292, v_310, acc4_3);
        acc4_4 = fma(v_292, v_312, acc4_4);
        acc4_5 = fma(v_292, v_314, acc4_5);
        acc4_6 = fma(v_292, v_316, acc4_6);
        acc4_7 = fma(v_292, v_318, acc4_7);
        acc4_8 = fma(v_292, v_320, acc4_8);
        acc4_9 = fma(v_292, v_322, acc4_9);
        acc4_10 = fma(v_292, v_324, acc4_10);
        acc4_11 = fma(v_292, v_326, acc4_11);
        acc4_12 = fma(v_292, v_328, acc4_12);
        acc4_13 = fma(v_292, v_330, acc4_13);
        acc4_14 = fma(v_292, v_332, acc4_14);
        acc4_15 = fma(v_292, v_334, acc4_15);
        acc5_0 = fma(v_295, v_304, acc5_0);
        acc5_1 = fma(v_295, v_306, acc5_1);
        acc5_2 = fma(v_295, v_308, acc5_2);
        acc5_3 = fma(v_295, v_310, acc5_3);
        acc5_4 = fma(v_295, v_312, acc5_4);
        acc5_5 = fma(v_295, v_314, acc5_5);
        acc5_6 = fma(v_295, v_316, acc5_6);
        acc5_7 = fma(v_295, v_318, acc5_7);
        acc5_8 = fma(v_295, v_320, acc5_8);
        acc5_9 = fma(v_295, v_322, acc5_9);
        acc5_10 = fma(v_295, v_324, acc5_10);
        acc5_11 = fma(v_295, v_326, acc5_11);
        acc5_12 = fma(v_295, v_328, acc5_12);
        acc5_13 = fma(v_295, v_330, acc5_13);
        acc5_14 = fma(v_295, v_332, acc5_14);
        acc5_15 = fma(v_295, v_334, acc5_15);
        acc6_0 = fma(v_298, v_304, acc6_0);
        acc6_1 = fma(v_298, v_306, acc6_1);
        acc6_2 = fma(v_298, v_308, acc6_2);
        acc6_3 = fma(v_298, v_310, acc6_3);
        acc6_4 = fma(v_298, v_312, acc6_4);
        acc6_5 = fma(v_298, v_314, acc6_5);
        acc6_6 = fma(v_298, v_316, acc6_6);
        acc6_7 = fma(v_298, v_318, acc6_7);
        acc6_8 = fma(v_298, v_320, acc6_8);
        acc6_9 = fma(v_298, v_322, acc6_9);
        acc6_10 = fma(v_298, v_324, acc6_10);
        acc6_11 = fma(v_298, v_326, acc6_11);
        acc6_12 = fma(v_298, v_328, acc6_12);
        acc6_13 = fma(v_298, v_330, acc6_13);
        acc6_14 = fma(v_298, v_332, acc6_14);
        acc6_15 = fma(v_298, v_334, acc6_15);
        acc7_0 = fma(v_301, v_304, acc7_0);
        acc7_1 = fma(v_301, v_306, acc7_1);
        acc7_2 = fma(v_301, v_308, acc7_2);
        acc7_3 = fma(v_301, v_310, acc7_3);
        acc7_4 = fma(v_301, v_312, acc7_4);
        acc7_5 = fma(v_301, v_314, acc7_5);
        acc7_6 = fma(v_301, v_316, acc7_6);
        acc7_7 = fma(v_301, v_318, acc7_7);
        acc7_8 = fma(v_301, v_320, acc7_8);
        acc7_9 = fma(v_301, v_322, acc7_9);
        acc7_10 = fma(v_301, v_324, acc7_10);
        acc7_11 = fma(v_301, v_326, acc7_11);
        acc7_12 = fma(v_301, v_328, acc7_12);
        acc7_13 = fma(v_301, v_330, acc7_13);
        acc7_14 = fma(v_301, v_332, acc7_14);
        acc7_15 = fma(v_301, v_334, acc7_15);
        float v_336 = 0.0f;
        if ((r0 < 51) && (k0 + 6 < 39)) {
            float v_337 = in_x[r0 * 39 + (k0 + 6)];
            float v_338 = v_337 * 0.5f;
            v_336 = v_338;
        }
        float v_339 = 0.0f;
        if ((r1 < 51) && (k0 + 6 < 39)) {
            float v_340 = in_x[r1 * 39 + (k0 + 6)];
            float v_341 = v_340 * 0.5f;
            v_339 = v_341;
        }
        float v_342 = 0.0f;
        if ((r2 < 51) && (k0 + 6 < 39)) {
            float v_343 = in_x[r2 * 39 + (k0 + 6)];
            float v_344 = v_343 * 0.5f;
            v_342 = v_344;
        }
        float v_345 = 0.0f;
        if ((r3 < 51) && (k0 + 6 < 39)) {
            float v_346 = in_x[r3 * 39 + (k0 + 6)];
            float v_347 = v_346 * 0.5f;
            v_345 = v_347;
        }
        float v_348 = 0.0f;
        if ((r4 < 51) && (k0 + 6 < 39)) {
            float v_349 = in_x[r4 * 39 + (k0 + 6)];
            float v_350 = v_349 * 0.5f;
            v_348 = v_350;
        }
        float v_351 = 0.0f;
        if ((r5 < 51) && (k0 + 6 < 39)) {
            float v_352 = in_x[r5 * 39 + (k0 + 6)];
            float v_353 = v_352 * 0.5f;
            v_351 = v_353;
        }
        float v_354 = 0.0f;
        if ((r6 < 51) && (k0 + 6 < 39)) {
            float v_355 = in_x[r6 * 39 + (k0 + 6)];
            float v_356 = v_355 * 0.5f;
            v_354 = v_356;
        }
        float v_357 = 0.0f;
        if ((r7 < 51) && (k0 + 6 < 39)) {
            float v_358 = in_x[r7 * 39 + (k0 + 6)];
            float v_359 = v_358 * 0.5f;
            v_357 = v_359;
        }
        float v_360 = 0.0f;
        if (k0 + 6 < 39) {
            float v_361 = in_w[(k0 + 6) * 53 + c0];
            v_360 = v_361;
        }
        float v_362 = 0.0f;
        if (k0 + 6 < 39) {
            float v_363 = in_w[(k0 + 6) * 53 + c1];
            v_362 = v_363;
        }
        float v_364 = 0.0f;
        if (k0 + 6 < 39) {
            float v_365 = in_w[(k0 + 6) * 53 + c2];
            v_364 = v_365;
        }
        float v_366 = 0.0f;
        if (k0 + 6 < 39) {
            float v_367 = in_w[(k0 + 6) * 53 + c3];
            v_366 = v_367;
        }
        float v_368 = 0.0f;
        if (k0 + 6 < 39) {
            float v_369 = in_w[(k0 + 6) * 53 + c4];
            v_368 = v_369;
        }
        float v_370 = 0.0f;
        if ((k0 + 6 < 39) && (c5 < 53)) {
            float v_371 = in_w[(k0 + 6) * 53 + c5];
            v_370 = v_371;
        }
        float v_372 = 0.0f;
        if ((k0 + 6 < 39) && (c6 < 53)) {
            float v_373 = in_w[(k0 + 6) * 53 + c6];
            v_372 = v_373;
        }
        float v_374 = 0.0f;
        if ((k0 + 6 < 39) && (c7 < 53)) {
            float v_375 = in_w[(k0 + 6) * 53 + c7];
            v_374 = v_375;
        }
        float v_376 = 0.0f;
        if ((k0 + 6 < 39) && (c8 < 53)) {
            float v_377 = in_w[(k0 + 6) * 53 + c8];
            v_376 = v_377;
        }
        float v_378 = 0.0f;
        if ((k0 + 6 < 39) && (c9 < 53)) {
            float v_379 = in_w[(k0 + 6) * 53 + c9];
            v_378 = v_379;
        }
        float v_380 = 0.0f;
        if ((k0 + 6 < 39) && (c10 < 53)) {
            float v_381 = in_w[(k0 + 6) * 53 + c10];
            v_380 = v_381;
        }
        float v_382 = 0.0f;
        if ((k0 + 6 < 39) && (c11 < 53)) {
            float v_383 = in_w[(k0 + 6) * 53 + c11];
            v_382 = v_383;
        }
        float v_384 = 0.0f;
        if ((k0 + 6 < 39) && (c12 < 53)) {
            float v_385 = in_w[(k0 + 6) * 53 + c12];
            v_384 = v_385;
        }
        float v_386 = 0.0f;
        if ((k0 + 6 < 39) && (c13 < 53)) {
            float v_387 = in_w[(k0 + 6) * 53 + c13];
            v_386 = v_387;
        }
        float v_388 = 0.0f;
        if ((k0 + 6 < 39) && (c14 < 53)) {
            float v_389 = in_w[(k0 + 6) * 53 + c14];
            v_388 = v_389;
        }
        float v_390 = 0.0f;
        if ((k0 + 6 < 39) && (c15 < 53)) {
            float v_391 = in_w[(k0 + 6) * 53 + c15];
            v_390 = v_391;
        }
        acc0_0 = fma(v_336, v_360, acc0_0);
        acc0_1 = fma(v_336, v_362, acc0_1);
        acc0_2 = fma(v_336, v_364, acc0_2);
        acc0_3 = fma(v_336, v_366, acc0_3);
        acc0_4 = fma(v_336, v_368, acc0_4);
        acc0_5 = fma(v_336, v_370, acc0_5);
        acc0_6 = fma(v_336, v_372, acc0_6);
        acc0_7 = fma(v_336, v_374, acc0_7);
        acc0_8 = fma(v_336, v_376, acc0_8);
        acc0_9 = fma(v_336, v_378, acc0_9);
        acc0_10 = fma(v_336, v_380, acc0_10);
        acc0_11 = fma(v_336, v_382, acc0_11);
        acc0_12 = fma(v_336, v_384, acc0_12);
        acc0_13 = fma(v_336, v_386, acc0_13);
        acc0_14 = fma(v_336, v_388, acc0_14);
        acc0_15 = fma(v_336, v_390, acc0_15);
        acc1_0 = fma(v_339, v_360, acc1_0);
        acc1_1 = fma(v_339, v_362, acc1_1);
        acc1_2 = fma(v_339, v_364, acc1_2);
        acc1_3 = fma(v_339, v_366, acc1_3);
        acc1_4 = fma(v_339, v_368, acc1_4);
        acc1_5 = fma(v_339, v_370, acc1_5);
        acc1_6 = fma(v_339, v_372, acc1_6);
        acc1_7 = fma(v_339, v_374, acc1_7);
        acc1_8 = fma(v_339, v_376, acc1_8);
        acc1_9 = fma(v_339, v_378, acc1_9);
        acc1_10 = fma(v_339, v_380, acc1_10);
        acc1_11 = fma(v_339, v_382, acc1_11);
        acc1_12 = fma(v_339, v_384, acc1_12);
        acc1_13 = fma(v_339, v_386, acc1_13);
        acc1_14 = fma(v_339, v_388, acc1_14);
        acc1_15 = fma(v_339, v_390, acc1_15);
        acc2_0 = fma(v_342, v_360, acc2_0);
        acc2_1 = fma(v_342, v_362, acc2_1);
        acc2_2 = fma(v_342, v_364, acc2_2);
        acc2_3 = fma(v_342, v_366, acc2_3);
        acc2_4 = fma(v_342, v_368, acc2_4);
        acc2_5 = fma(v_342, v_370, acc2_5);
        acc2_6 = fma(v_342, v_372, acc2_6);
        acc2_7 = fma(v_342, v_374, acc2_7);
        acc2_8 = fma(v_342, v_376, acc2_8);
        acc2_9 = fma(v_342, v_378, acc2_9);
        acc2_10 = fma(v_342, v_380, acc2_10);
        acc2_11 = fma(v_342, v_382, acc2_11);
        acc2_12 = fma(v_342, v_384, acc2_12);
        acc2_13 = fma(v_342, v_386, acc2_13);
        acc2_14 = fma(v_342, v_388, acc2_14);
        acc2_15 = fma(v_342, v_390, acc2_15);
        acc3_0 = fma(v_345, v_360, acc3_0);
        acc3_1 = fma(v_345, v_362, acc3_1);
        acc3_2 = fma(v_345, v_364, acc3_2);
        acc3_3 = fma(v_345, v_366, acc3_3);
        acc3_4 = fma(v_345, v_368, acc3_4);
        acc3_5 = fma(v_345, v_370, acc3_5);
        acc3_6 = fma(v_345, v_372, acc3_6);
        acc3_7 = fma(v_345, v_374, acc3_7);
        acc3_8 = fma(v_345, v_376, acc3_8);
        acc3_9 = fma(v_345, v_378, acc3_9);
        acc3_10 = fma(v_345, v_380, acc3_10);
        acc3_11 = fma(v_345, v_382, acc3_11);
        acc3_12 = fma(v_345, v_384, acc3_12);
        acc3_13 = fma(v_345, v_386, acc3_13);
        acc3_14 = fma(v_345, v_388, acc3_14);
        acc3_15 = fma(v_345, v_390, acc3_15);
        acc4_0 = fma(v_348, v_360, acc4_0);
        acc4_1 = fma(v_348, v_362, acc4_1);
        acc4_2 = fma(v_348, v_364, acc4_2);
        acc4_3 = fma(v_348, v_366, acc4_3);
        acc4_4 = fma(v_348, v_368, acc4_4);
        acc4_5 = fma(v_348, v_370, acc4_5);
        acc4_6 = fma(v_348, v_372, acc4_6);
        acc4_7 = fma(v_348, v_374, acc4_7);
        acc4_8 = fma(v_348, v_376, acc4_8);
        acc4_9 = fma(v_348, v_378, acc4_9);
        acc4_10 = fma(v_348, v_380, acc4_10);
        acc4_11 = fma(v_348, v_382, acc4_11);
        acc4_12 = fma(v_348, v_384, acc4_12);
        acc4_13 = fma(v_348, v_386, acc4_13);
        acc4_14 = fma(v_348, v_388, acc4_14);
        acc4_15 = fma(v_348, v_390, acc4_15);
        acc5_0 = fma(v_351, v_360, acc5_0);
        acc5_1 = fma(v_351, v_362, acc5_1);
        acc5_2 = fma(v_351, v_364, acc5_2);
        acc5_3 = fma(v_351, v_366, acc5_3);
        acc5_4 = fma(v_351, v_368, acc5_4);
        acc5_5 = fma(v_351, v_370, acc5_5);
        acc5_6 = fma(v_351, v_372, acc5_6);
        acc5_7 = fma(v_351, v_374, acc5_7);
        acc5_8 = fma(v_351, v_376, acc5_8);
        acc5_9 = fma(v_351, v_378, acc5_9);
        acc5_10 = fma(v_351, v_380, acc5_10);
        acc5_11 = fma(v_351, v_382, acc5_11);
        acc5_12 = fma(v_351, v_384, acc5_12);
        acc5_13 = fma(v_351, v_386, acc5_13);
        acc5_14 = fma(v_351, v_388, acc5_14);
        acc5_15 = fma(v_351, v_390, acc5_15);
        acc6_0 = fma(v_354, v_360, acc6_0);
        acc6_1 = fma(v_354, v_362, acc6_1);
        acc6_2 = fma(v_354, v_364, acc6_2);
        acc6_3 = fma(v_354, v_366, acc6_3);
        acc6_4 = fma(v_354, v_368, acc6_4);
        acc6_5 = fma(v_354, v_370, acc6_5);
        acc6_6 = fma(v_354, v_372, acc6_6);
        acc6_7 = fma(v_354, v_374, acc6_7);
        acc6_8 = fma(v_354, v_376, acc6_8);
        acc6_9 = fma(v_354, v_378, acc6_9);
        acc6_10 = fma(v_354, v_380, acc6_10);
        acc6_11 = fma(v_354, v_382, acc6_11);
        acc6_12 = fma(v_354, v_384, acc6_12);
        acc6_13 = fma(v_354, v_386, acc6_13);
        acc6_14 = fma(v_354, v_388, acc6_14);
        acc6_15 = fma(v_354, v_390, acc6_15);
        acc7_0 = fma(v_357, v_360, acc7_0);
        acc7_1 = fma(v_357, v_362, acc7_1);
        acc7_2 = fma(v_357, v_364, acc7_2);
        acc7_3 = fma(v_357, v_366, acc7_3);
        acc7_4 = fma(v_357, v_368, acc7_4);
        acc7_5 = fma(v_357, v_370, acc7_5);
        acc7_6 = fma(v_357, v_372, acc7_6);
        acc7_7 = fma(v_357, v_374, acc7_7);
        acc7_8 = fma(v_357, v_376, acc7_8);
        acc7_9 = fma(v_357, v_378, acc7_9);
        acc7_10 = fma(v_357, v_380, acc7_10);
        acc7_11 = fma(v_357, v_382, acc7_11);
        acc7_12 = fma(v_357, v_384, acc7_12);
        acc7_13 = fma(v_357, v_386, acc7_13);
        acc7_14 = fma(v_357, v_388, acc7_14);
        acc7_15 = fma(v_357, v_390, acc7_15);
        float v_392 = 0.0f;
        if ((r0 < 51) && (k0 + 7 < 39)) {
            float v_393 = in_x[r0 * 39 + (k0 + 7)];
            float v_394 = v_393 * 0.5f;
            v_392 = v_394;
        }
        float v_395 = 0.0f;
        if ((r1 < 51) && (k0 + 7 < 39)) {
            float v_396 = in_x[r1 * 39 + (k0 + 7)];
            float v_397 = v_396 * 0.5f;
            v_395 = v_397;
        }
        float v_398 = 0.0f;
        if ((r2 < 51) && (k0 + 7 < 39)) {
            float v_399 = in_x[r2 * 39 + (k0 + 7)];
            float v_400 = v_399 * 0.5f;
            v_398 = v_400;
        }
        float v_401 = 0.0f;
        if ((r3 < 51) && (k0 + 7 < 39)) {
            float v_402 = in_x[r3 * 39 + (k0 + 7)];
            float v_403 = v_402 * 0.5f;
            v_401 = v_403;
        }
        float v_404 = 0.0f;
        if ((r4 < 51) && (k0 + 7 < 39)) {
            float v_405 = in_x[r4 * 39 + (k0 + 7)];
            float v_406 = v_405 * 0.5f;
            v_404 = v_406;
        }
        float v_407 = 0.0f;
        if ((r5 < 51) && (k0 + 7 < 39)) {
            float v_408 = in_x[r5 * 39 + (k0 + 7)];
            float v_409 = v_408 * 0.5f;
            v_407 = v_409;
        }
        float v_410 = 0.0f;
        if ((r6 < 51) && (k0 + 7 < 39)) {
            float v_411 = in_x[r6 * 39 + (k0 + 7)];
            float v_412 = v_411 * 0.5f;
            v_410 = v_412;
        }
        float v_413 = 0.0f;
        if ((r7 < 51) && (k0 + 7 < 39)) {
            float v_414 = in_x[r7 * 39 + (k0 + 7)];
            float v_415 = v_414 * 0.5f;
            v_413 = v_415;
        }
        float v_416 = 0.0f;
        if (k0 + 7 < 39) {
            float v_417 = in_w[(k0 + 7) * 53 + c0];
            v_416 = v_417;
        }
        float v_418 = 0.0f;
        if (k0 + 7 < 39) {
            float v_419 = in_w[(k0 + 7) * 53 + c1];
            v_418 = v_419;
        }
        float v_420 = 0.0f;
        if (k0 + 7 < 39) {
            float v_421 = in_w[(k0 + 7) * 53 + c2];
            v_420 = v_421;
        }
        float v_422 = 0.0f;
        if (k0 + 7 < 39) {
            float v_423 = in_w[(k0 + 7) * 53 + c3];
            v_422 = v_423;
        }
        float v_424 = 0.0f;
        if (k0 + 7 < 39) {
            float v_425 = in_w[(k0 + 7) * 53 + c4];
            v_424 = v_425;
        }
        float v_426 = 0.0f;
        if ((k0 + 7 < 39) && (c5 < 53)) {
            float v_427 = in_w[(k0 + 7) * 53 + c5];
            v_426 = v_427;
        }
        float v_428 = 0.0f;
        if ((k0 + 7 < 39) && (c6 < 53)) {
            float v_429 = in_w[(k0 + 7) * 53 + c6];
            v_428 = v_429;
        }
        float v_430 = 0.0f;
        if ((k0 + 7 < 39) && (c7 < 53)) {
            float v_431 = in_w[(k0 + 7) * 53 + c7];
            v_430 = v_431;
        }
        float v_432 = 0.0f;
        if ((k0 + 7 < 39) && (c8 < 53)) {
            float v_433 = in_w[(k0 + 7) * 53 + c8];
            v_432 = v_433;
        }
        float v_434 = 0.0f;
        if ((k0 + 7 < 39) && (c9 < 53)) {
            float v_435 = in_w[(k0 + 7) * 53 + c9];
            v_434 = v_435;
        }
        float v_436 = 0.0f;
        if ((k0 + 7 < 39) && (c10 < 53)) {
            float v_437 = in_w[(k0 + 7) * 53 + c10];
            v_436 = v_437;
        }
        float v_438 = 0.0f;
        if ((k0 + 7 < 39) && (c11 < 53)) {
            float v_439 = in_w[(k0 + 7) * 53 + c11];
            v_438 = v_439;
        }
        float v_440 = 0.0f;
        if ((k0 + 7 < 39) && (c12 < 53)) {
            float v_441 = in_w[(k0 + 7) * 53 + c12];
            v_440 = v_441;
        }
        float v_442 = 0.0f;
        if ((k0 + 7 < 39) && (c13 < 53)) {
            float v_443 = in_w[(k0 + 7) * 53 + c13];
            v_442 = v_443;
        }
        float v_444 = 0.0f;
        if ((k0 + 7 < 39) && (c14 < 53)) {
            float v_445 = in_w[(k0 + 7) * 53 + c14];
            v_444 = v_445;
        }
        float v_446 = 0.0f;
        if ((k0 + 7 < 39) && (c15 < 53)) {
            float v_447 = in_w[(k0 + 7) * 53 + c15];
            v_446 = v_447;
        }
        acc0_0 = fma(v_392, v_416, acc0_0);
        acc0_1 = fma(v_392, v_418, acc0_1);
        acc0_2 = fma(v_392, v_420, acc0_2);
        acc0_3 = fma(v_392, v_422, acc0_3);
        acc0_4 = fma(v_392, v_424, acc0_4);
        acc0_5 = fma(v_392, v_426, acc0_5);
        acc0_6 = fma(v_392, v_428, acc0_6);
        acc0_7 = fma(v_392, v_430, acc0_7);
        acc0_8 = fma(v_392, v_432, acc0_8);
        acc0_9 = fma(v_392, v_434, acc0_9);
        acc0_10 = fma(v_392, v_436, acc0_10);
        acc0_11 = fma(v_392, v_438, acc0_11);
        acc0_12 = fma(v_392, v_440, acc0_12);
        acc0_13 = fma(v_392, v_442, acc0_13);
        acc0_14 = fma(v_392, v_444, acc0_14);
        acc0_15 = fma(v_392, v_446, acc0_15);
        acc1_0 = fma(v_395, v_416, acc1_0);
        acc1_1 = fma(v_395, v_418, acc1_1);
        acc1_2 = fma(v_395, v_420, acc1_2);
        acc1_3 = fma(v_395, v_422, acc1_3);
        acc1_4 = fma(v_395, v_424, acc1_4);
        acc1_5 = fma(v_395, v_426, acc1_5);
        acc1_6 = fma(v_395, v_428, acc1_6);
        acc1_7 = fma(v_395, v_430, acc1_7);
        acc1_8 = fma(v_395, v_432, acc1_8);
        acc1_9 = fma(v_395, v_434, acc1_9);
        acc1_10 = fma(v_395, v_436, acc1_10);
        acc1_11 = fma(v_395, v_438, acc1_11);
        acc1_12 = fma(v_395, v_440, acc1_12);
        acc1_13 = fma(v_395, v_442, acc1_13);
        acc1_14 = fma(v_395, v_444, acc1_14);
        acc1_15 = fma(v_395, v_446, acc1_15);
        acc2_0 = fma(v_398, v_416, acc2_0);
        acc2_1 = fma(v_398, v_418, acc2_1);
        acc2_2 = fma(v_398, v_420, acc2_2);
        acc2_3 = fma(v_398, v_422, acc2_3);
        acc2_4 = fma(v_398, v_424, acc2_4);
        acc2_5 = fma(v_398, v_426, acc2_5);
        acc2_6 = fma(v_398, v_428, acc2_6);
        acc2_7 = fma(v_398, v_430, acc2_7);
        acc2_8 = fma(v_398, v_432, acc2_8);
        acc2_9 = fma(v_398, v_434, acc2_9);
        acc2_10 = fma(v_398, v_436, acc2_10);
        acc2_11 = fma(v_398, v_438, acc2_11);
        acc2_12 = fma(v_398, v_440, acc2_12);
        acc2_13 = fma(v_398, v_442, acc2_13);
        acc2_14 = fma(v_398, v_444, acc2_14);
        acc2_15 = fma(v_398, v_446, acc2_15);
        acc3_0 = fma(v_401, v_416, acc3_0);
        acc3_1 = fma(v_401, v_418, acc3_1);
        acc3_2 = fma(v_401, v_420, acc3_2);
        acc3_3 = fma(v_401, v_422, acc3_3);
        acc3_4 = fma(v_401, v_424, acc3_4);
        acc3_5 = fma(v_401, v_426, acc3_5);
        acc3_6 = fma(v_401, v_428, acc3_6);
        acc3_7 = fma(v_401, v_430, acc3_7);
        acc3_8 = fma(v_401, v_432, acc3_8);
        acc3_9 = fma(v_401, v_434, acc3_9);
        acc3_10 = fma(v_401, v_436, acc3_10);
        acc3_11 = fma(v_401, v_438, acc3_11);
        acc3_12 = fma(v_401, v_440, acc3_12);
        acc3_13 = fma(v_401, v_442, acc3_13);
        acc3_14 = fma(v_401, v_444, acc3_14);
        acc3_15 = fma(v_401, v_446, acc3_15);
        acc4_0 = fma(v_404, v_416, acc4_0);
        acc4_1 = fma(v_404, v_418, acc4_1);
        acc4_2 = fma(v_404, v_420, acc4_2);
        acc4_3 = fma(v_404, v_422, acc4_3);
        acc4_4 = fma(v_404, v_424, acc4_4);
        acc4_5 = fma(v_404, v_426, acc4_5);
        acc4_6 = fma(v_404, v_428, acc4_6);
        acc4_7 = fma(v_404, v_430, acc4_7);
        acc4_8 = fma(v_404, v_432, acc4_8);
        acc4_9 = fma(v_404, v_434, acc4_9);
        acc4_10 = fma(v_404, v_436, acc4_10);
        acc4_11 = fma(v_404, v_438, acc4_11);
        acc4_12 = fma(v_404, v_440, acc4_12);
        acc4_13 = fma(v_404, v_442, acc4_13);
        acc4_14 = fma(v_404, v_444, acc4_14);
        acc4_15 = fma(v_404, v_446, acc4_15);
        acc5_0 = fma(v_407, v_416, acc5_0);
        acc5_1 = fma(v_407, v_418, acc5_1);
        acc5_2 = fma(v_407, v_420, acc5_2);
        acc5_3 = fma(v_407, v_422, acc5_3);
        acc5_4 = fma(v_407, v_424, acc5_4);
        acc5_5 = fma(v_407, v_426, acc5_5);
        acc5_6 = fma(v_407, v_428, acc5_6);
        acc5_7 = fma(v_407, v_430, acc5_7);
        acc5_8 = fma(v_407, v_432, acc5_8);
        acc5_9 = fma(v_407, v_434, acc5_9);
        acc5_10 = fma(v_407, v_436, acc5_10);
        acc5_11 = fma(v_407, v_438, acc5_11);
        acc5_12 = fma(v_407, v_440, acc5_12);
        acc5_13 = fma(v_407, v_442, acc5_13);
        acc5_14 = fma(v_407, v_444, acc5_14);
        acc5_15 = fma(v_407, v_446, acc5_15);
        acc6_0 = fma(v_410, v_416, acc6_0);
        acc6_1 = fma(v_410, v_418, acc6_1);
        acc6_2 = fma(v_410, v_420, acc6_2);
        acc6_3 = fma(v_410, v_422, acc6_3);
        acc6_4 = fma(v_410, v_424, acc6_4);
        acc6_5 = fma(v_410, v_426, acc6_5);
        acc6_6 = fma(v_410, v_428, acc6_6);
        acc6_7 = fma(v_410, v_430, acc6_7);
        acc6_8 = fma(v_410, v_432, acc6_8);
        acc6_9 = fma(v_410, v_434, acc6_9);
        acc6_10 = fma(v_410, v_436, acc6_10);
        acc6_11 = fma(v_410, v_438, acc6_11);
        acc6_12 = fma(v_410, v_440, acc6_12);
        acc6_13 = fma(v_410, v_442, acc6_13);
        acc6_14 = fma(v_410, v_444, acc6_14);
        acc6_15 = fma(v_410, v_446, acc6_15);
        acc7_0 = fma(v_413, v_416, acc7_0);
        acc7_1 = fma(v_413, v_418, acc7_1);
        acc7_2 = fma(v_413, v_420, acc7_2);
        acc7_3 = fma(v_413, v_422, acc7_3);
        acc7_4 = fma(v_413, v_424, acc7_4);
        acc7_5 = fma(v_413, v_426, acc7_5);
        acc7_6 = fma(v_413, v_428, acc7_6);
        acc7_7 = fma(v_413, v_430, acc7_7);
        acc7_8 = fma(v_413, v_432, acc7_8);
        acc7_9 = fma(v_413, v_434, acc7_9);
        acc7_10 = fma(v_413, v_436, acc7_10);
        acc7_11 = fma(v_413, v_438, acc7_11);
        acc7_12 = fma(v_413, v_440, acc7_12);
        acc7_13 = fma(v_413, v_442, acc7_13);
        acc7_14 = fma(v_413, v_444, acc7_14);
        acc7_15 = fma(v_413, v_446, acc7_15);
    }
    if (r0 < 51) {
        int lin = r0 * 53 + c0;
        float v_448 = in_w_1[c0];
        float v_449 = acc0_0 + v_448;
        out_tanh[lin] = tanh(v_449);
    }
    if (r0 < 51) {
        int lin_1 = r0 * 53 + c1;
        float v_450 = in_w_1[c1];
        float v_451 = acc0_1 + v_450;
        out_tanh[lin_1] = tanh(v_451);
    }
    if (r0 < 51) {
        int lin_2 = r0 * 53 + c2;
        float v_452 = in_w_1[c2];
        float v_453 = acc0_2 + v_452;
        out_tanh[lin_2] = tanh(v_453);
    }
    if (r0 < 51) {
        int lin_3 = r0 * 53 + c3;
        float v_454 = in_w_1[c3];
        float v_455 = acc0_3 + v_454;
        out_tanh[lin_3] = tanh(v_455);
    }
    if (r0 < 51) {
        int lin_4 = r0 * 53 + c4;
        float v_456 = in_w_1[c4];
        float v_457 = acc0_4 + v_456;
        out_tanh[lin_4] = tanh(v_457);
    }
    if ((r0 < 51) && (c5 < 53)) {
        int lin_5 = r0 * 53 + c5;
        float v_458 = in_w_1[c5];
        float v_459 = acc0_5 + v_458;
        out_tanh[lin_5] = tanh(v_459);
    }
    if ((r0 < 51) && (c6 < 53)) {
        int lin_6 = r0 * 53 + c6;
        float v_460 = in_w_1[c6];
        float v_461 = acc0_6 + v_460;
        out_tanh[lin_6] = tanh(v_461);
    }
    if ((r0 < 51) && (c7 < 53)) {
        int lin_7 = r0 * 53 + c7;
        float v_462 = in_w_1[c7];
        float v_463 = acc0_7 + v_462;
        out_tanh[lin_7] = tanh(v_463);
    }
    if ((r0 < 51) && (c8 < 53)) {
        int lin_8 = r0 * 53 + c8;
        float v_464 = in_w_1[c8];
        float v_465 = acc0_8 + v_464;
        out_tanh[lin_8] = tanh(v_465);
    }
    if ((r0 < 51) && (c9 < 53)) {
        int lin_9 = r0 * 53 + c9;
        float v_466 = in_w_1[c9];
        float v_467 = acc0_9 + v_466;
        out_tanh[lin_9] = tanh(v_467);
    }
    if ((r0 < 51) && (c10 < 53)) {
        int lin_10 = r0 * 53 + c10;
        float v_468 = in_w_1[c10];
        float v_469 = acc0_10 + v_468;
        out_tanh[lin_10] = tanh(v_469);
    }
    if ((r0 < 51) && (c11 < 53)) {
        int lin_11 = r0 * 53 + c11;
        float v_470 = in_w_1[c11];
        float v_471 = acc0_11 + v_470;
        out_tanh[lin_11] = tanh(v_471);
    }
    if ((r0 < 51) && (c12 < 53)) {
        int lin_12 = r0 * 53 + c12;
        float v_472 = in_w_1[c12];
        float v_473 = acc0_12 + v_472;
        out_tanh[lin_12] = tanh(v_473);
    }
    if ((r0 < 51) && (c13 < 53)) {
        int lin_13 = r0 * 53 + c13;
        float v_474 = in_w_1[c13];
        float v_475 = acc0_13 + v_474;
        out_tanh[lin_13] = tanh(v_475);
    }
    if ((r0 < 51) && (c14 < 53)) {
        int lin_14 = r0 * 53 + c14;
        float v_476 = in_w_1[c14];
        float v_477 = acc0_14 + v_476;
        out_tanh[lin_14] = tanh(v_477);
    }
    if ((r0 < 51) && (c15 < 53)) {
        int lin_15 = r0 * 53 + c15;
        float v_478 = in_w_1[c15];
        float v_479 = acc0_15 + v_478;
        out_tanh[lin_15] = tanh(v_479);
    }
    if (r1 < 51) {
        int lin_16 = r1 * 53 + c0;
        float v_480 = in_w_1[c0];
        float v_481 = acc1_0 + v_480;
        out_tanh[lin_16] = tanh(v_481);
    }
    if (r1 < 51) {
        int lin_17 = r1 * 53 + c1;
        float v_482 = in_w_1[c1];
        float v_483 = acc1_1 + v_482;
        out_tanh[lin_17] = tanh(v_483);
    }
    if (r1 < 51) {
        int lin_18 = r1 * 53 + c2;
        float v_484 = in_w_1[c2];
        float v_485 = acc1_2 + v_484;
        out_tanh[lin_18] = tanh(v_485);
    }
    if (r1 < 51) {
        int lin_19 = r1 * 53 + c3;
        float v_486 = in_w_1[c3];
        float v_487 = acc1_3 + v_486;
        out_tanh[lin_19] = tanh(v_487);
    }
    if (r1 < 51) {
        int lin_20 = r1 * 53 + c4;
        float v_488 = in_w_1[c4];
        float v_489 = acc1_4 + v_488;
        out_tanh[lin_20] = tanh(v_489);
    }
    if ((r1 < 51) && (c5 < 53)) {
        int lin_21 = r1 * 53 + c5;
        float v_490 = in_w_1[c5];
        float v_491 = acc1_5 + v_490;
        out_tanh[lin_21] = tanh(v_491);
    }
    if ((r1 < 51) && (c6 < 53)) {
        int lin_22 = r1 * 53 + c6;
        float v_492 = in_w_1[c6];
        float v_493 = acc1_6 + v_492;
        out_tanh[lin_22] = tanh(v_493);
    }
    if ((r1 < 51) && (c7 < 53)) {
        int lin_23 = r1 * 53 + c7;
        float v_494 = in_w_1[c7];
        float v_495 = acc1_7 + v_494;
        out_tanh[lin_23] = tanh(v_495);
    }
    if ((r1 < 51) && (c8 < 53)) {
        int lin_24 = r1 * 53 + c8;
        float v_496 = in_w_1[c8];
        float v_497 = acc1_8 + v_496;
        out_tanh[lin_24] = tanh(v_497);
    }
    if ((r1 < 51) && (c9 < 53)) {
        int lin_25 = r1 * 53 + c9;
        float v_498 = in_w_1[c9];
        float v_499 = acc1_9 + v_498;
        out_tanh[lin_25] = tanh(v_499);
    }
    if ((r1 < 51) && (c10 < 53)) {
        int lin_26 = r1 * 53 + c10;
        float v_500 = in_w_1[c10];
        float v_501 = acc1_10 + v_500;
        out_tanh[lin_26] = tanh(v_501);
    }
    if ((r1 < 51) && (c11 < 53)) {
        int lin_27 = r1 * 53 + c11;
        float v_502 = in_w_1[c11];
        float v_503 = acc1_11 + v_502;
        out_tanh[lin_27] = tanh(v_503);
    }
    if ((r1 < 51) && (c12 < 53)) {
        int lin_28 = r1 * 53 + c12;
        float v_504 = in_w_1[c12];
        float v_505 = acc1_12 + v_504;
        out_tanh[lin_28] = tanh(v_505);
    }
    if ((r1 < 51) && (c13 < 53)) {
        int lin_29 = r1 * 53 + c13;
        float v_506 = in_w_1[c13];
        float v_507 = acc1_13 + v_506;
        out_tanh[lin_29] = tanh(v_507);
    }
    if ((r1 < 51) && (c14 < 53)) {
        int lin_30 = r1 * 53 + c14;
        float v_508 = in_w_1[c14];
        float v_509 = acc1_14 + v_508;
        out_tanh[lin_30] = tanh(v_509);
    }
    if ((r1 < 51) && (c15 < 53)) {
        int lin_31 = r1 * 53 + c15;
        float v_510 = in_w_1[c15];
        float v_511 = acc1_15 + v_510;
        out_tanh[lin_31] = tanh(v_511);
    }
    if (r2 < 51) {
        int lin_32 = r2 * 53 + c0;
        float v_512 = in_w_1[c0];
        float v_513 = acc2_0 + v_512;
        out_tanh[lin_32] = tanh(v_513);
    }
    if (r2 < 51) {
        int lin_33 = r2 * 53 + c1;
        float v_514 = in_w_1[c1];
        float v_515 = acc2_1 + v_514;
        out_tanh[lin_33] = tanh(v_515);
    }
    if (r2 < 51) {
        int lin_34 = r2 * 53 + c2;
        float v_516 = in_w_1[c2];
        float v_517 = acc2_2 + v_516;
        out_tanh[lin_34] = tanh(v_517);
    }
    if (r2 < 51) {
        int lin_35 = r2 * 53 + c3;
        float v_518 = in_w_1[c3];
        float v_519 = acc2_3 + v_518;
        out_tanh[lin_35] = tanh(v_519);
    }
    if (r2 < 51) {
        int lin_36 = r2 * 53 + c4;
        float v_520 = in_w_1[c4];
        float v_521 = acc2_4 + v_520;
        out_tanh[lin_36] = tanh(v_521);
    }
    if ((r2 < 51) && (c5 < 53)) {
        int lin_37 = r2 * 53 + c5;
        float v_522 = in_w_1[c5];
        float v_523 = acc2_5 + v_522;
        out_tanh[lin_37] = tanh(v_523);
    }
    if ((r2 < 51) && (c6 < 53)) {
        int lin_38 = r2 * 53 + c6;
        float v_524 = in_w_1[c6];
        float v_525 = acc2_6 + v_524;
        out_tanh[lin_38] = tanh(v_525);
    }
    if ((r2 < 51) && (c7 < 53)) {
        int lin_39 = r2 * 53 + c7;
        float v_526 = in_w_1[c7];
        float v_527 = acc2_7 + v_526;
        out_tanh[lin_39] = tanh(v_527);
    }
    if ((r2 < 51) && (c8 < 53)) {
        int lin_40 = r2 * 53 + c8;
        float v_528 = in_w_1[c8];
        float v_529 = acc2_8 + v_528;
        out_tanh[lin_40] = tanh(v_529);
    }
    if ((r2 < 51) && (c9 < 53)) {
        int lin_41 = r2 * 53 + c9;
        float v_530 = in_w_1[c9];
        float v_531 = acc2_9 + v_530;
        out_tanh[lin_41] = tanh(v_531);
    }
    if ((r2 < 51) && (c10 < 53)) {
        int lin_42 = r2 * 53 + c10;
        float v_532 = in_w_1[c10];
        float v_533 = acc2_10 + v_532;
        out_tanh[lin_42] = tanh(v_533);
    }
    if ((r2 < 51) && (c11 < 53)) {
        int lin_43 = r2 * 53 + c11;
        float v_534 = in_w_1[c11];
        float v_535 = acc2_11 + v_534;
        out_tanh[lin_43] = tanh(v_535);
    }
    if ((r2 < 51) && (c12 < 53)) {
        int lin_44 = r2 * 53 + c12;
        float v_536 = in_w_1[c12];
        float v_537 = acc2_12 + v_536;
        out_tanh[lin_44] = tanh(v_537);
    }
    if ((r2 < 51) && (c13 < 53)) {
        int lin_45 = r2 * 53 + c13;
        float v_538 = in_w_1[c13];
        float v_539 = acc2_13 + v_538;
        out_tanh[lin_45] = tanh(v_539);
    }
    if ((r2 < 51) && (c14 < 53)) {
        int lin_46 = r2 * 53 + c14;
        float v_540 = in_w_1[c14];
        float v_541 = acc2_14 + v_540;
        out_tanh[lin_46] = tanh(v_541);
    }
    if ((r2 < 51) && (c15 < 53)) {
        int lin_47 = r2 * 53 + c15;
        float v_542 = in_w_1[c15];
        float v_543 = acc2_15 + v_542;
        out_tanh[lin_47] = tanh(v_543);
    }
    if (r3 < 51) {
        int lin_48 = r3 * 53 + c0;
        float v_544 = in_w_1[c0];
        float v_545 = acc3_0 + v_544;
        out_tanh[lin_48] = tanh(v_545);
    }
    if (r3 < 51) {
        int lin_49 = r3 * 53 + c1;
        float v_546 = in_w_1[c1];
        float v_547 = acc3_1 + v_546;
        out_tanh[lin_49] = tanh(v_547);
    }
    if (r3 < 51) {
        int lin_50 = r3 * 53 + c2;
        float v_548 = in_w_1[c2];
        float v_549 = acc3_2 + v_548;
        out_tanh[lin_50] = tanh(v_549);
    }
    if (r3 < 51) {
        int lin_51 = r3 * 53 + c3;
        float v_550 = in_w_1[c3];
        float v_551 = acc3_3 + v_550;
        out_tanh[lin_51] = tanh(v_551);
    }
    if (r3 < 51) {
        int lin_52 = r3 * 53 + c4;
        float v_552 = in_w_1[c4];
        float v_553 = acc3_4 + v_552;
        out_tanh[lin_52] = tanh(v_553);
    }
    if ((r3 < 51) && (c5 < 53)) {
        int lin_53 = r3 * 53 + c5;
        float v_554 = in_w_1[c5];
        float v_555 = acc3_5 + v_554;
        out_tanh[lin_53] = tanh(v_555);
    }
    if ((r3 < 51) && (c6 < 53)) {
        int lin_54 = r3 * 53 + c6;
        float v_556 = in_w_1[c6];
        float v_557 = acc3_6 + v_556;
        out_tanh[lin_54] = tanh(v_557);
    }
    if ((r3 < 51) && (c7 < 53)) {
        int lin_55 = r3 * 53 + c7;
        float v_558 = in_w_1[c7];
        float v_559 = acc3_7 + v_558;
        out_tanh[lin_55] = tanh(v_559);
    }
    if ((r3 < 51) && (c8 < 53)) {
        int lin_56 = r3 * 53 + c8;
        float v_560 = in_w_1[c8];
        float v_561 = acc3_8 + v_560;
        out_tanh[lin_56] = tanh(v_561);
    }
    if ((r3 < 51) && (c9 < 53)) {
        int lin_57 = r3 * 53 + c9;
        float v_562 = in_w_1[c9];
        float v_563 = acc3_9 + v_562;
        out_tanh[lin_57] = tanh(v_563);
    }
    if ((r3 < 51) && (c10 < 53)) {
        int lin_58 = r3 * 53 + c10;
        float v_564 = in_w_1[c10];
        float v_565 = acc3_10 + v_564;
        out_tanh[lin_58] = tanh(v_565);
    }
    if ((r3 < 51) && (c11 < 53)) {
        int lin_59 = r3 * 53 + c11;
        float v_566 = in_w_1[c11];
        float v_567 = acc3_11 + v_566;
        out_tanh[lin_59] = tanh(v_567);
    }
    if ((r3 < 51) && (c12 < 53)) {
        int lin_60 = r3 * 53 + c12;
        float v_568 = in_w_1[c12];
        float v_569 = acc3_12 + v_568;
        out_tanh[lin_60] = tanh(v_569);
    }
    if ((r3 < 51) && (c13 < 53)) {
        int lin_61 = r3 * 53 + c13;
        float v_570 = in_w_1[c13];
        float v_571 = acc3_13 + v_570;
        out_tanh[lin_61] = tanh(v_571);
    }
    if ((r3 < 51) && (c14 < 53)) {
        int lin_62 = r3 * 53 + c14;
        float v_572 = in_w_1[c14];
        float v_573 = acc3_14 + v_572;
        out_tanh[lin_62] = tanh(v_573);
    }
    if ((r3 < 51) && (c15 < 53)) {
        int lin_63 = r3 * 53 + c15;
        float v_574 = in_w_1[c15];
        float v_575 = acc3_15 + v_574;
        out_tanh[lin_63] = tanh(v_575);
    }
    if (r4 < 51) {
        int lin_64 = r4 * 53 + c0;
        float v_576 = in_w_1[c0];
        float v_577 = acc4_0 + v_576;
        out_tanh[lin_64] = tanh(v_577);
    }
    if (r4 < 51) {
        int lin_65 = r4 * 53 + c1;
        float v_578 = in_w_1[c1];
        float v_579 = acc4_1 + v_578;
        out_tanh[lin_65] = tanh(v_579);
    }
    if (r4 < 51) {
        int lin_66 = r4 * 53 + c2;
        float v_580 = in_w_1[c2];
        float v_581 = acc4_2 + v_580;
        out_tanh[lin_66] = tanh(v_581);
    }
    if (r4 < 51) {
        int lin_67 = r4 * 53 + c3;
        float v_582 = in_w_1[c3];
        float v_583 = acc4_3 + v_582;
        out_tanh[lin_67] = tanh(v_583);
    }
    if (r4 < 51) {
        int lin_68 = r4 * 53 + c4;
        float v_584 = in_w_1[c4];
        float v_585 = acc4_4 + v_584;
        out_tanh[lin_68] = tanh(v_585);
    }
    if ((r4 < 51) && (c5 < 53)) {
        int lin_69 = r4 * 53 + c5;
        float v_586 = in_w_1[c5];
        float v_587 = acc4_5 + v_586;
        out_tanh[lin_69] = tanh(v_587);
    }
    if ((r4 < 51) && (c6 < 53)) {
        int lin_70 = r4 * 53 + c6;
        float v_588 = in_w_1[c6];
        float v_589 = acc4_6 + v_588;
        out_tanh[lin_70] = tanh(v_589);
    }
    if ((r4 < 51) && (c7 < 53)) {
        int lin_71 = r4 * 53 + c7;
        float v_590 = in_w_1[c7];
        float v_591 = acc4_7 + v_590;
        out_tanh[lin_71] = tanh(v_591);
    }
    if ((r4 < 51) && (c8 < 53)) {
        int lin_72 = r4 * 53 + c8;
        float v_592 = in_w_1[c8];
        float v_593 = acc4_8 + v_592;
        out_tanh[lin_72] = tanh(v_593);
    }
    if ((r4 < 51) && (c9 < 53)) {
        int lin_73 = r4 * 53 + c9;
        float v_594 = in_w_1[c9];
        float v_595 = acc4_9 + v_594;
        out_tanh[lin_73] = tanh(v_595);
    }
    if ((r4 < 51) && (c10 < 53)) {
        int lin_74 = r4 * 53 + c10;
        float v_596 = in_w_1[c10];
        float v_597 = acc4_10 + v_596;
        out_tanh[lin_74] = tanh(v_597);
    }
    if ((r4 < 51) && (c11 < 53)) {
        int lin_75 = r4 * 53 + c11;
        float v_598 = in_w_1[c11];
        float v_599 = acc4_11 + v_598;
        out_tanh[lin_75] = tanh(v_599);
    }
    if ((r4 < 51) && (c12 < 53)) {
        int lin_76 = r4 * 53 + c12;
        float v_600 = in_w_1[c12];
        float v_601 = acc4_12 + v_600;
        out_tanh[lin_76] = tanh(v_601);
    }
    if ((r4 < 51) && (c13 < 53)) {
        int lin_77 = r4 * 53 + c13;
        float v_602 = in_w_1[c13];
        float v_603 = acc4_13 + v_602;
        out_tanh[lin_77] = tanh(v_603);
    }
    if ((r4 < 51) && (c14 < 53)) {
        int lin_78 = r4 * 53 + c14;
        float v_604 = in_w_1[c14];
        float v_605 = acc4_14 + v_604;
        out_tanh[lin_78] = tanh(v_605);
    }
    if ((r4 < 51) && (c15 < 53)) {
        int lin_79 = r4 * 53 + c15;
        float v_606 = in_w_1[c15];
        float v_607 = acc4_15 + v_606;
        out_tanh[lin_79] = tanh(v_607);
    }
    if (r5 < 51) {
        int lin_80 = r5 * 53 + c0;
        float v_608 = in_w_1[c0];
        float v_609 = acc5_0 + v_608;
        out_tanh[lin_80] = tanh(v_609);
    }
    if (r5 < 51) {
        int lin_81 = r5 * 53 + c1;
        float v_610 = in_w_1[c1];
        float v_611 = acc5_1 + v_610;
        out_tanh[lin_81] = tanh(v_611);
    }
    if (r5 < 51) {
        int lin_82 = r5 * 53 + c2;
        float v_612 = in_w_1[c2];
        float v_613 = acc5_2 + v_612;
        out_tanh[lin_82] = tanh(v_613);
    }
    if (r5 < 51) {
        int lin_83 = r5 * 53 + c3;
        float v_614 = in_w_1[c3];
        float v_615 = acc5_3 + v_614;
        out_tanh[lin_83] = tanh(v_615);
    }
    if (r5 < 51) {
        int lin_84 = r5 * 53 + c4;
        float v_616 = in_w_1[c4];
        float v_617 = acc5_4 + v_616;
        out_tanh[lin_84] = tanh(v_617);
    }
    if ((r5 < 51) && (c5 < 53)) {
        int lin_85 = r5 * 53 + c5;
        float v_618 = in_w_1[c5];
        float v_619 = acc5_5 + v_618;
        out_tanh[lin_85] = tanh(v_619);
    }
    if ((r5 < 51) && (c6 < 53)) {
        int lin_86 = r5 * 53 + c6;
        float v_620 = in_w_1[c6];
        float v_621 = acc5_6 + v_620;
        out_tanh[lin_86] = tanh(v_621);
    }
    if ((r5 < 51) && (c7 < 53)) {
        int lin_87 = r5 * 53 + c7;
        float v_622 = in_w_1[c7];
        float v_623 = acc5_7 + v_622;
        out_tanh[lin_87] = tanh(v_623);
    }
    if ((r5 < 51) && (c8 < 53)) {
        int lin_88 = r5 * 53 + c8;
        float v_624 = in_w_1[c8];
        float v_625 = acc5_8 + v_624;
        out_tanh[lin_88] = tanh(v_625);
    }
    if ((r5 < 51) && (c9 < 53)) {
        int lin_89 = r5 * 53 + c9;
        float v_626 = in_w_1[c9];
        float v_627 = acc5_9 + v_626;
        out_tanh[lin_89] = tanh(v_627);
    }
    if ((r5 < 51) && (c10 < 53)) {
        int lin_90 = r5 * 53 + c10;
        float v_628 = in_w_1[c10];
        float v_629 = acc5_10 + v_628;
        out_tanh[lin_90] = tanh(v_629);
    }
    if ((r5 < 51) && (c11 < 53)) {
        int lin_91 = r5 * 53 + c11;
        float v_630 = in_w_1[c11];
        float v_631 = acc5_11 + v_630;
        out_tanh[lin_91] = tanh(v_631);
    }
    if ((r5 < 51) && (c12 < 53)) {
        int lin_92 = r5 * 53 + c12;
        float v_632 = in_w_1[c12];
        float v_633 = acc5_12 + v_632;
        out_tanh[lin_92] = tanh(v_633);
    }
    if ((r5 < 51) && (c13 < 53)) {
        int lin_93 = r5 * 53 + c13;
        float v_634 = in_w_1[c13];
        float v_635 = acc5_13 + v_634;
        out_tanh[lin_93] = tanh(v_635);
    }
    if ((r5 < 51) && (c14 < 53)) {
        int lin_94 = r5 * 53 + c14;
        float v_636 = in_w_1[c14];
        float v_637 = acc5_14 + v_636;
        out_tanh[lin_94] = tanh(v_637);
    }
    if ((r5 < 51) && (c15 < 53)) {
        int lin_95 = r5 * 53 + c15;
        float v_638 = in_w_1[c15];
        float v_639 = acc5_15 + v_638;
        out_tanh[lin_95] = tanh(v_639);
    }
    if (r6 < 51) {
        int lin_96 = r6 * 53 + c0;
        float v_640 = in_w_1[c0];
        float v_641 = acc6_0 + v_640;
        out_tanh[lin_96] = tanh(v_641);
    }
    if (r6 < 51) {
        int lin_97 = r6 * 53 + c1;
        float v_642 = in_w_1[c1];
        float v_643 = acc6_1 + v_642;
        out_tanh[lin_97] = tanh(v_643);
    }
    if (r6 < 51) {
        int lin_98 = r6 * 53 + c2;
        float v_644 = in_w_1[c2];
        float v_645 = acc6_2 + v_644;
        out_tanh[lin_98] = tanh(v_645);
    }
    if (r6 < 51) {
        int lin_99 = r6 * 53 + c3;
        float v_646 = in_w_1[c3];
        float v_647 = acc6_3 + v_646;
        out_tanh[lin_99] = tanh(v_647);
    }
    if (r6 < 51) {
        int lin_100 = r6 * 53 + c4;
        float v_648 = in_w_1[c4];
        float v_649 = acc6_4 + v_648;
        out_tanh[lin_100] = tanh(v_649);
    }
    if ((r6 < 51) && (c5 < 53)) {
        int lin_101 = r6 * 53 + c5;
        float v_650 = in_w_1[c5];
        float v_651 = acc6_5 + v_650;
        out_tanh[lin_101] = tanh(v_651);
    }
    if ((r6 < 51) && (c6 < 53)) {
        int lin_102 = r6 * 53 + c6;
        float v_652 = in_w_1[c6];
        float v_653 = acc6_6 + v_652;
        out_tanh[lin_102] = tanh(v_653);
    }
    if ((r6 < 51) && (c7 < 53)) {
        int lin_103 = r6 * 53 + c7;
        float v_654 = in_w_1[c7];
        float v_655 = acc6_7 + v_654;
        out_tanh[lin_103] = tanh(v_655);
    }
    if ((r6 < 51) && (c8 < 53)) {
        int lin_104 = r6 * 53 + c8;
        float v_656 = in_w_1[c8];
        float v_657 = acc6_8 + v_656;
        out_tanh[lin_104] = tanh(v_657);
    }
    if ((r6 < 51) && (c9 < 53)) {
        int lin_105 = r6 * 53 + c9;
        float v_658 = in_w_1[c9];
        float v_659 = acc6_9 + v_658;
        out_tanh[lin_105] = tanh(v_659);
    }
    if ((r6 < 51) && (c10 < 53)) {
        int lin_106 = r6 * 53 + c10;
        float v_660 = in_w_1[c10];
        float v_661 = acc6_10 + v_660;
        out_tanh[lin_106] = tanh(v_661);
    }
    if ((r6 < 51) && (c11 < 53)) {
        int lin_107 = r6 * 53 + c11;
        float v_662 = in_w_1[c11];
        float v_663 = acc6_11 + v_662;
        out_tanh[lin_107] = tanh(v_663);
    }
    if ((r6 < 51) && (c12 < 53)) {
        int lin_108 = r6 * 53 + c12;
        float v_664 = in_w_1[c12];
        float v_665 = acc6_12 + v_664;
        out_tanh[lin_108] = tanh(v_665);
    }
    if ((r6 < 51) && (c13 < 53)) {
        int lin_109 = r6 * 53 + c13;
        float v_666 = in_w_1[c13];
        float v_667 = acc6_13 + v_666;
        out_tanh[lin_109] = tanh(v_667);
    }
    if ((r6 < 51) && (c14 < 53)) {
        int lin_110 = r6 * 53 + c14;
        float v_668 = in_w_1[c14];
        float v_669 = acc6_14 + v_668;
        out_tanh[lin_110] = tanh(v_669);
    }
    if ((r6 < 51) && (c15 < 53)) {
        int lin_111 = r6 * 53 + c15;
        float v_670 = in_w_1[c15];
        float v_671 = acc6_15 + v_670;
        out_tanh[lin_111] = tanh(v_671);
    }
    if (r7 < 51) {
        int lin_112 = r7 * 53 + c0;
        float v_672 = in_w_1[c0];
        float v_673 = acc7_0 + v_672;
        out_tanh[lin_112] = tanh(v_673);
    }
    if (r7 < 51) {
        int lin_113 = r7 * 53 + c1;
        float v_674 = in_w_1[c1];
        float v_675 = acc7_1 + v_674;
        out_tanh[lin_113] = tanh(v_675);
    }
    if (r7 < 51) {
        int lin_114 = r7 * 53 + c2;
        float v_676 = in_w_1[c2];
        float v_677 = acc7_2 + v_676;
        out_tanh[lin_114] = tanh(v_677);
    }
    if (r7 < 51) {
        int lin_115 = r7 * 53 + c3;
        float v_678 = in_w_1[c3];
        float v_679 = acc7_3 + v_678;
        out_tanh[lin_115] = tanh(v_679);
    }
    if (r7 < 51) {
        int lin_116 = r7 * 53 + c4;
        float v_680 = in_w_1[c4];
        float v_681 = acc7_4 + v_680;
        out_tanh[lin_116] = tanh(v_681);
    }
    if ((r7 < 51) && (c5 < 53)) {
        int lin_117 = r7 * 53 + c5;
        float v_682 = in_w_1[c5];
        float v_683 = acc7_5 + v_682;
        out_tanh[lin_117] = tanh(v_683);
    }
    if ((r7 < 51) && (c6 < 53)) {
        int lin_118 = r7 * 53 + c6;
        float v_684 = in_w_1[c6];
        float v_685 = acc7_6 + v_684;
        out_tanh[lin_118] = tanh(v_685);
    }
    if ((r7 < 51) && (c7 < 53)) {
        int lin_119 = r7 * 53 + c7;
        float v_686 = in_w_1[c7];
        float v_687 = acc7_7 + v_686;
        out_tanh[lin_119] = tanh(v_687);
    }
    if ((r7 < 51) && (c8 < 53)) {
        int lin_120 = r7 * 53 + c8;
        float v_688 = in_w_1[c8];
        float v_689 = acc7_8 + v_688;
        out_tanh[lin_120] = tanh(v_689);
    }
    if ((r7 < 51) && (c9 < 53)) {
        int lin_121 = r7 * 53 + c9;
        float v_690 = in_w_1[c9];
        float v_691 = acc7_9 + v_690;
        out_tanh[lin_121] = tanh(v_691);
    }
    if ((r7 < 51) && (c10 < 53)) {
        int lin_122 = r7 * 53 + c10;
        float v_692 = in_w_1[c10];
        float v_693 = acc7_10 + v_692;
        out_tanh[lin_122] = tanh(v_693);
    }
    if ((r7 < 51) && (c11 < 53)) {
        int lin_123 = r7 * 53 + c11;
        float v_694 = in_w_1[c11];
        float v_695 = acc7_11 + v_694;
        out_tanh[lin_123] = tanh(v_695);
    }
    if ((r7 < 51) && (c12 < 53)) {
        int lin_124 = r7 * 53 + c12;
        float v_696 = in_w_1[c12];
        float v_697 = acc7_12 + v_696;
        out_tanh[lin_124] = tanh(v_697);
    }
    if ((r7 < 51) && (c13 < 53)) {
        int lin_125 = r7 * 53 + c13;
        float v_698 = in_w_1[c13];
        float v_699 = acc7_13 + v_698;
        out_tanh[lin_125] = tanh(v_699);
    }
    if ((r7 < 51) && (c14 < 53)) {
        int lin_126 = r7 * 53 + c14;
        float v_700 = in_w_1[c14];
        float v_701 = acc7_14 + v_700;
        out_tanh[lin_126] = tanh(v_701);
    }
    if ((r7 < 51) && (c15 < 53)) {
        int lin_127 = r7 * 53 + c15;
        float v_702 = in_w_1[c15];
        float v_703 = acc7_15 + v_702;
        out_tanh[lin_127] = tanh(v_703);
    }
}

