__kernel __attribute__((reqd_work_group_size(4, 4, 1)))
void k0_conv(__global const float* restrict in_x, __global const float* restrict in_w, __global const float* restrict in_w_1, __global float* restrict out_mul)
{
    __local float tile_b[1024];
    int lid1 = (int)get_local_id(1);
    int lid0 = (int)get_local_id(0);
    int col0 = (int)get_group_id(0) * 64;
    int slot = lid1 * 4 + lid0;
    int r0 = lid1 * 8;
    int r1 = lid1 * 8 + 1;
    int r2 = lid1 * 8 + 2;
    int r3 = lid1 * 8 + 3;
    int r4 = lid1 * 8 + 4;
    int r5 = lid1 * 8 + 5;
    int r6 = lid1 * 8 + 6;
    int r7 = lid1 * 8 + 7;
    int c0 = col0 + lid0 * 16;
    int c1 = col0 + (lid0 * 16 + 1);
    int c2 = col0 + (lid0 * 16 + 2);
    int c3 = col0 + (lid0 * 16 + 3);
    int c4 = col0 + (lid0 * 16 + 4);
    int c5 = col0 + (lid0 * 16 + 5);
    int c6 = col0 + (lid0 * 16 + 6);
    int c7 = col0 + (lid0 * 16 + 7);
    int c8 = col0 + (lid0 * 16 + 8);
    int c9 = col0 + (lid0 * 16 + 9);
    int c10 = col0 + (lid0 * 16 + 10);
    int c11 = col0 + (lid0 * 16 + 11);
    int c12 = col0 + (lid0 * 16 + 12);
    int c13 = col0 + (lid0 * 16 + 13);
    int c14 = col0 + (lid0 * 16 + 14);
    int c15 = col0 + (lid0 * 16 + 15);
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
    for (int k0 = 0; k0 < 90; k0 += 16) {
        int sj = col0 + slot;
        int i0 = k0 / 9;
        int i1 = k0 / 3 % 3;
        int i2 = k0 % 3;
        int i0_1 = sj / 12;
        int i1_1 = sj % 12;
        int x0 = i0_1 + i1 - 1;
        int x1 = i1_1 + i2 - 1;
        float v = 0.0f;
        if ((x0 >= 0) && ((x1 >= 0) && (x1 < 12))) {
            float v_1 = in_x[i0 * 108 + x0 * 12 + x1];
            v = v_1;
        }
        tile_b[slot] = v;
        int idx = slot + 16;
        int sj_1 = col0 + idx;
        int i0_2 = k0 / 9;
        int i1_2 = k0 / 3 % 3;
        int i2_1 = k0 % 3;
        int i0_3 = sj_1 / 12;
        int i1_3 = sj_1 % 12;
        int x0_1 = i0_3 + i1_2 - 1;
        int x1_1 = i1_3 + i2_1 - 1;
        float v_2 = 0.0f;
        if ((x1_1 >= 0) && (x1_1 < 12)) {
            float v_3 = in_x[i0_2 * 108 + x0_1 * 12 + x1_1];
            v_2 = v_3;
        }
        tile_b[idx] = v_2;
        int idx_1 = slot + 32;
        int sj_2 = col0 + idx_1;
        int i0_4 = k0 / 9;
        int i1_4 = k0 / 3 % 3;
        int i2_2 = k0 % 3;
        int i0_5 = sj_2 / 12;
        int i1_5 = sj_2 % 12;
        int x0_2 = i0_5 + i1_4 - 1;
        int x1_2 = i1_5 + i2_2 - 1;
        float v_4 = 0.0f;
        if ((sj_2 < 108) && ((x0_2 < 9) && ((x1_2 >= 0) && (x1_2 < 12)))) {
            float v_5 = in_x[i0_4 * 108 + x0_2 * 12 + x1_2];
            v_4 = v_5;
        }
        tile_b[idx_1] = v_4;
        int idx_2 = slot + 48;
        int sj_3 = col0 + idx_2;
        int i0_6 = k0 / 9;
        int i1_6 = k0 / 3 % 3;
        int i2_3 = k0 % 3;
        int i0_7 = sj_3 / 12;
        int i1_7 = sj_3 % 12;
        int x0_3 = i0_7 + i1_6 - 1;
        int x1_3 = i1_7 + i2_3 - 1;
        float v_6 = 0.0f;
        if ((sj_3 < 108) && ((x0_3 < 9) && ((x1_3 >= 0) && (x1_3 < 12)))) {
            float v_7 = in_x[i0_6 * 108 + x0_3 * 12 + x1_3];
            v_6 = v_7;
        }
        tile_b[idx_2] = v_6;
        int si_4 = k0 + 1;
        int sj_4 = col0 + slot;
        int i0_8 = si_4 / 9;
        int i1_8 = si_4 / 3 % 3;
        int i2_4 = si_4 % 3;
        int i0_9 = sj_4 / 12;
        int i1_9 = sj_4 % 12;
        int x0_4 = i0_9 + i1_8 - 1;
        int x1_4 = i1_9 + i2_4 - 1;
        float v_8 = 0.0f;
        if ((si_4 < 90) && ((x0_4 >= 0) && ((x1_4 >= 0) && (x1_4 < 12)))) {
            float v_9 = in_x[i0_8 * 108 + x0_4 * 12 + x1_4];
            v_8 = v_9;
        }
        tile_b[64 + slot] = v_8;
        int idx_4 = slot + 80;
        int sc_5 = idx_4 % 64;
        int si_5 = k0 + 1;
        int sj_5 = col0 + sc_5;
        int i0_10 = si_5 / 9;
        int i1_10 = si_5 / 3 % 3;
        int i2_5 = si_5 % 3;
        int i0_11 = sj_5 / 12;
        int i1_11 = sj_5 % 12;
        int x0_5 = i0_11 + i1_10 - 1;
        int x1_5 = i1_11 + i2_5 - 1;
        float v_10 = 0.0f;
        if ((si_5 < 90) && (sj_5 < 108) && ((x0_5 >= 0) && (x0_5 < 9) && ((x1_5 >= 0) && (x1_5 < 12)))) {
            float v_11 = in_x[i0_10 * 108 + x0_5 * 12 + x1_5];
            v_10 = v_11;
        }
        tile_b[64 + sc_5] = v_10;
        int idx_5 = slot + 96;
        int sc_6 = idx_5 % 64;
        int si_6 = k0 + 1;
        int sj_6 = col0 + sc_6;
        int i0_12 = si_6 / 9;
        int i1_12 = si_6 / 3 % 3;
        int i2_6 = si_6 % 3;
        int i0_13 = sj_6 / 12;
        int i1_13 = sj_6 % 12;
        int x0_6 = i0_13 + i1_12 - 1;
        int x1_6 = i1_13 + i2_6 - 1;
        float v_12 = 0.0f;
        if ((si_6 < 90) && (sj_6 < 108) && ((x0_6 >= 0) && (x0_6 < 9) && ((x1_6 >= 0) && (x1_6 < 12)))) {
            float v_13 = in_x[i0_12 * 108 + x0_6 * 12 + x1_6];
            v_12 = v_13;
        }
        tile_b[64 + sc_6] = v_12;
        int idx_6 = slot + 112;
        int sc_7 = idx_6 % 64;
        int si_7 = k0 + 1;
        int sj_7 = col0 + sc_7;
        int i0_14 = si_7 / 9;
        int i1_14 = si_7 / 3 % 3;
        int i2_7 = si_7 % 3;
        int i0_15 = sj_7 / 12;
        int i1_15 = sj_7 % 12;
        int x0_7 = i0_15 + i1_14 - 1;
        int x1_7 = i1_15 + i2_7 - 1;
        float v_14 = 0.0f;
        if ((si_7 < 90) && (sj_7 < 108) && ((x0_7 >= 0) && (x0_7 < 9) && ((x1_7 >= 0) && (x1_7 < 12)))) {
            float v_15 = in_x[i0_14 * 108 + x0_7 * 12 + x1_7];
            v_14 = v_15;
        }
        tile_b[64 + sc_7] = v_14;
        int si_8 = k0 + 2;
        int sj_8 = col0 + slot;
        int i0_16 = si_8 / 9;
        int i1_16 = si_8 / 3 % 3;
        int i2_8 = si_8 % 3;
        int i0_17 = sj_8 / 12;
        int i1_17 = sj_8 % 12;
        int x0_8 = i0_17 + i1_16 - 1;
        int x1_8 = i1_17 + i2_8 - 1;
        float v_16 = 0.0f;
        if ((si_8 < 90) && ((x0_8 >= 0) && ((x1_8 >= 0) && (x1_8 < 12)))) {
            float v_17 = in_x[i0_16 * 108 + x0_8 * 12 + x1_8];
            v_16 = v_17;
        }
        tile_b[128 + slot] = v_16;
        int idx_8 = slot + 144;
        int sc_9 = idx_8 % 64;
        int si_9 = k0 + 2;
        int sj_9 = col0 + sc_9;
        int i0_18 = si_9 / 9;
        int i1_18 = si_9 / 3 % 3;
        int i2_9 = si_9 % 3;
        int i0_19 = sj_9 / 12;
        int i1_19 = sj_9 % 12;
        int x0_9 = i0_19 + i1_18 - 1;
        int x1_9 = i1_19 + i2_9 - 1;
        float v_18 = 0.0f;
        if ((si_9 < 90) && (sj_9 < 108) && ((x0_9 >= 0) && (x0_9 < 9) && ((x1_9 >= 0) && (x1_9 < 12)))) {
            float v_19 = in_x[i0_18 * 108 + x0_9 * 12 + x1_9];
            v_18 = v_19;
        }
        tile_b[128 + sc_9] = v_18;
        int idx_9 = slot + 160;
        int sc_10 = idx_9 % 64;
        int si_10 = k0 + 2;
        int sj_10 = col0 + sc_10;
        int i0_20 = si_10 / 9;
        int i1_20 = si_10 / 3 % 3;
        int i2_10 = si_10 % 3;
        int i0_21 = sj_10 / 12;
        int i1_21 = sj_10 % 12;
        int x0_10 = i0_21 + i1_20 - 1;
        int x1_10 = i1_21 + i2_10 - 1;
        float v_20 = 0.0f;
        if ((si_10 < 90) && (sj_10 < 108) && ((x0_10 >= 0) && (x0_10 < 9) && ((x1_10 >= 0) && (x1_10 < 12)))) {
            float v_21 = in_x[i0_20 * 108 + x0_10 * 12 + x1_10];
            v_20 = v_21;
        }
        tile_b[128 + sc_10] = v_20;
        int idx_10 = slot + 176;
        int sc_11 = idx_10 % 64;
        int si_11 = k0 + 2;
        int sj_11 = col0 + sc_11;
        int i0_22 = si_11 / 9;
        int i1_22 = si_11 / 3 % 3;
        int i2_11 = si_11 % 3;
        int i0_23 = sj_11 / 12;
        int i1_23 = sj_11 % 12;
        int x0_11 = i0_23 + i1_22 - 1;
        int x1_11 = i1_23 + i2_11 - 1;
        float v_22 = 0.0f;
        if ((si_11 < 90) && (sj_11 < 108) && ((x0_11 >= 0) && (x0_11 < 9) && ((x1_11 >= 0) && (x1_11 < 12)))) {
            float v_23 = in_x[i0_22 * 108 + x0_11 * 12 + x1_11];
            v_22 = v_23;
        }
        tile_b[128 + sc_11] = v_22;
        int si_12 = k0 + 3;
        int sj_12 = col0 + slot;
        int i0_24 = si_12 / 9;
        int i1_24 = (1 + k0 / 3) % 3;
        int i2_12 = k0 % 3;
        int i0_25 = sj_12 / 12;
        int i1_25 = sj_12 % 12;
        int x0_12 = i0_25 + i1_24 - 1;
        int x1_12 = i1_25 + i2_12 - 1;
        float v_24 = 0.0f;
        if ((si_12 < 90) && ((x0_12 >= 0) && ((x1_12 >= 0) && (x1_12 < 12)))) {
            float v_25 = in_x[i0_24 * 108 + x0_12 * 12 + x1_12];
            v_24 = v_25;
        }
        tile_b[192 + slot] = v_24;
        int idx_12 = slot + 208;
        int sc_13 = idx_12 % 64;
        int si_13 = k0 + 3;
        int sj_13 = col0 + sc_13;
        int i0_26 = si_13 / 9;
        int i1_26 = (1 + k0 / 3) % 3;
        int i2_13 = k0 % 3;
        int i0_27 = sj_13 / 12;
        int i1_27 = sj_13 % 12;
        int x0_13 = i0_27 + i1_26 - 1;
        int x1_13 = i1_27 + i2_13 - 1;
        float v_26 = 0.0f;
        if ((si_13 < 90) && (sj_13 < 108) && ((x0_13 >= 0) && (x0_13 < 9) && ((x1_13 >= 0) && (x1_13 < 12)))) {
            float v_27 = in_x[i0_26 * 108 + x0_13 * 12 + x1_13];
            v_26 = v_27;
        }
        tile_b[192 + sc_13] = v_26;
        int idx_13 = slot + 224;
        int sc_14 = idx_13 % 64;
        int si_14 = k0 + 3;
        int sj_14 = col0 + sc_14;
        int i0_28 = si_14 / 9;
        int i1_28 = (1 + k0 / 3) % 3;
        int i2_14 = k0 % 3;
        int i0_29 = sj_14 / 12;
        int i1_29 = sj_14 % 12;
        int x0_14 = i0_29 + i1_28 - 1;
        int x1_14 = i1_29 + i2_14 - 1;
        float v_28 = 0.0f;
        if ((si_14 < 90) && (sj_14 < 108) && ((x0_14 >= 0) && (x0_14 < 9) && ((x1_14 >= 0) && (x1_14 < 12)))) {
            float v_29 = in_x[i0_28 * 108 + x0_14 * 12 + x1_14];
            v_28 = v_29;
        }
        tile_b[192 + sc_14] = v_28;
        int idx_14 = slot + 240;
        int sc_15 = idx_14 % 64;
        int si_15 = k0 + 3;
        int sj_15 = col0 + sc_15;
        int i0_30 = si_15 / 9;
        int i1_30 = (1 + k0 / 3) % 3;
        int i2_15 = k0 % 3;
        int i0_31 = sj_15 / 12;
        int i1_31 = sj_15 % 12;
        int x0_15 = i0_31 + i1_30 - 1;
        int x1_15 = i1_31 + i2_15 - 1;
        float v_30 = 0.0f;
        if ((si_15 < 90) && (sj_15 < 108) && ((x0_15 >= 0) && (x0_15 < 9) && ((x1_15 >= 0) && (x1_15 < 12)))) {
            float v_31 = in_x[i0_30 * 108 + x0_15 * 12 + x1_15];
            v_30 = v_31;
        }
        tile_b[192 + sc_15] = v_30;
        int si_16 = k0 + 4;
        int sj_16 = col0 + slot;
        int i0_32 = si_16 / 9;
        int i1_32 = si_16 / 3 % 3;
        int i2_16 = si_16 % 3;
        int i0_33 = sj_16 / 12;
        int i1_33 = sj_16 % 12;
        int x0_16 = i0_33 + i1_32 - 1;
        int x1_16 = i1_33 + i2_16 - 1;
        float v_32 = 0.0f;
        if ((si_16 < 90) && ((x0_16 >= 0) && ((x1_16 >= 0) && (x1_16 < 12)))) {
            float v_33 = in_x[i0_32 * 108 + x0_16 * 12 + x1_16];
            v_32 = v_33;
        }
        tile_b[256 + slot] = v_32;
        int idx_16 = slot + 272;
        int sc_17 = idx_16 % 64;
        int si_17 = k0 + 4;
        int sj_17 = col0 + sc_17;
        int i0_34 = si_17 / 9;
        int i1_34 = si_17 / 3 % 3;
        int i2_17 = si_17 % 3;
        int i0_35 = sj_17 / 12;
        int i1_35 = sj_17 % 12;
        int x0_17 = i0_35 + i1_34 - 1;
        int x1_17 = i1_35 + i2_17 - 1;
        float v_34 = 0.0f;
        if ((si_17 < 90) && (sj_17 < 108) && ((x0_17 >= 0) && (x0_17 < 9) && ((x1_17 >= 0) && (x1_17 < 12)))) {
            float v_35 = in_x[i0_34 * 108 + x0_17 * 12 + x1_17];
            v_34 = v_35;
        }
        tile_b[256 + sc_17] = v_34;
        int idx_17 = slot + 288;
        int sc_18 = idx_17 % 64;
        int si_18 = k0 + 4;
        int sj_18 = col0 + sc_18;
        int i0_36 = si_18 / 9;
        int i1_36 = si_18 / 3 % 3;
        int i2_18 = si_18 % 3;
        int i0_37 = sj_18 / 12;
        int i1_37 = sj_18 % 12;
        int x0_18 = i0_37 + i1_36 - 1;
        int x1_18 = i1_37 + i2_18 - 1;
        float v_36 = 0.0f;
        if ((si_18 < 90) && (sj_18 < 108) && ((x0_18 >= 0) && (x0_18 < 9) && ((x1_18 >= 0) && (x1_18 < 12)))) {
            float v_37 = in_x[i0_36 * 108 + x0_18 * 12 + x1_18];
            v_36 = v_37;
        }
        tile_b[256 + sc_18] = v_36;
        int idx_18 = slot + 304;
        int sc_19 = idx_18 % 64;
        int si_19 = k0 + 4;
        int sj_19 = col0 + sc_19;
        int i0_38 = si_19 / 9;
        int i1_38 = si_19 / 3 % 3;
        int i2_19 = si_19 % 3;
        int i0_39 = sj_19 / 12;
        int i1_39 = sj_19 % 12;
        int x0_19 = i0_39 + i1_38 - 1;
        int x1_19 = i1_39 + i2_19 - 1;
        float v_38 = 0.0f;
        if ((si_19 < 90) && (sj_19 < 108) && ((x0_19 >= 0) && (x0_19 < 9) && ((x1_19 >= 0) && (x1_19 < 12)))) {
            float v_39 = in_x[i0_38 * 108 + x0_19 * 12 + x1_19];
            v_38 = v_39;
        }
        tile_b[256 + sc_19] = v_38;
        int si_20 = k0 + 5;
        int sj_20 = col0 + slot;
        int i0_40 = si_20 / 9;
        int i1_40 = si_20 / 3 % 3;
        int i2_20 = si_20 % 3;
        int i0_41 = sj_20 / 12;
        int i1_41 = sj_20 % 12;
        int x0_20 = i0_41 + i1_40 - 1;
        int x1_20 = i1_41 + i2_20 - 1;
        float v_40 = 0.0f;
        if ((si_20 < 90) && ((x0_20 >= 0) && ((x1_20 >= 0) && (x1_20 < 12)))) {
            float v_41 = in_x[i0_40 * 108 + x0_20 * 12 + x1_20];
            v_40 = v_41;
        }
        tile_b[320 + slot] = v_40;
        int idx_20 = slot + 336;
        int sc_21 = idx_20 % 64;
        int si_21 = k0 + 5;
        int sj_21 = col0 + sc_21;
        int i0_42 = si_21 / 9;
        int i1_42 = si_21 / 3 % 3;
        int i2_21 = si_21 % 3;
        int i0_43 = sj_21 / 12;
        int i1_43 = sj_21 % 12;
        int x0_21 = i0_43 + i1_42 - 1;
        int x1_21 = i1_43 + i2_21 - 1;
        float v_42 = 0.0f;
        if ((si_21 < 90) && (sj_21 < 108) && ((x0_21 >= 0) && (x0_21 < 9) && ((x1_21 >= 0) && (x1_21 < 12)))) {
            float v_43 = in_x[i0_42 * 108 + x0_21 * 12 + x1_21];
            v_42 = v_43;
        }
        tile_b[320 + sc_21] = v_42;
        int idx_21 = slot + 352;
        int sc_22 = idx_21 % 64;
        int si_22 = k0 + 5;
        int sj_22 = col0 + sc_22;
        int i0_44 = si_22 / 9;
        int i1_44 = si_22 / 3 % 3;
        int i2_22 = si_22 % 3;
        int i0_45 = sj_22 / 12;
        int i1_45 = sj_22 % 12;
        int x0_22 = i0_45 + i1_44 - 1;
        int x1_22 = i1_45 + i2_22 - 1;
        float v_44 = 0.0f;
        if ((si_22 < 90) && (sj_22 < 108) && ((x0_22 >= 0) && (x0_22 < 9) && ((x1_22 >= 0) && (x1_22 < 12)))) {
            float v_45 = in_x[i0_44 * 108 + x0_22 * 12 + x1_22];
            v_44 = v_45;
        }
        tile_b[320 + sc_22] = v_44;
        int idx_22 = slot + 368;
        int sc_23 = idx_22 % 64;
        int si_23 = k0 + 5;
        int sj_23 = col0 + sc_23;
        int i0_46 = si_23 / 9;
        int i1_46 = si_23 / 3 % 3;
        int i2_23 = si_23 % 3;
        int i0_47 = sj_23 / 12;
        int i1_47 = sj_23 % 12;
        int x0_23 = i0_47 + i1_46 - 1;
        int x1_23 = i1_47 + i2_23 - 1;
        float v_46 = 0.0f;
        if ((si_23 < 90) && (sj_23 < 108) && ((x0_23 >= 0) && (x0_23 < 9) && ((x1_23 >= 0) && (x1_23 < 12)))) {
            float v_47 = in_x[i0_46 * 108 + x0_23 * 12 + x1_23];
            v_46 = v_47;
        }
        tile_b[320 + sc_23] = v_46;
        int si_24 = k0 + 6;
        int sj_24 = col0 + slot;
        int i0_48 = si_24 / 9;
        int i1_48 = (2 + k0 / 3) % 3;
        int i2_24 = k0 % 3;
        int i0_49 = sj_24 / 12;
        int i1_49 = sj_24 % 12;
        int x0_24 = i0_49 + i1_48 - 1;
        int x1_24 = i1_49 + i2_24 - 1;
        float v_48 = 0.0f;
        if ((si_24 < 90) && ((x0_24 >= 0) && ((x1_24 >= 0) && (x1_24 < 12)))) {
            float v_49 = in_x[i0_48 * 108 + x0_24 * 12 + x1_24];
            v_48 = v_49;
        }
        tile_b[384 + slot] = v_48;
        int idx_24 = slot + 400;
        int sc_25 = idx_24 % 64;
        int si_25 = k0 + 6;
        int sj_25 = col0 + sc_25;
        int i0_50 = si_25 / 9;
        int i1_50 = (2 + k0 / 3) % 3;
        int i2_25 = k0 % 3;
        int i0_51 = sj_25 / 12;
        int i1_51 = sj_25 % 12;
        int x0_25 = i0_51 + i1_50 - 1;
        int x1_25 = i1_51 + i2_25 - 1;
        float v_50 = 0.0f;
        if ((si_25 < 90) && (sj_25 < 108) && ((x0_25 >= 0) && (x0_25 < 9) && ((x1_25 >= 0) && (x1_25 < 12)))) {
            float v_51 = in_x[i0_50 * 108 + x0_25 * 12 + x1_25];
            v_50 = v_51;
        }
        tile_b[384 + sc_25] = v_50;
        int idx_25 = slot + 416;
        int sc_26 = idx_25 % 64;
        int si_26 = k0 + 6;
        int sj_26 = col0 + sc_26;
        int i0_52 = si_26 / 9;
        int i1_52 = (2 + k0 / 3) % 3;
        int i2_26 = k0 % 3;
        int i0_53 = sj_26 / 12;
        int i1_53 = sj_26 % 12;
        int x0_26 = i0_53 + i1_52 - 1;
        int x1_26 = i1_53 + i2_26 - 1;
        float v_52 = 0.0f;
        if ((si_26 < 90) && (sj_26 < 108) && ((x0_26 >= 0) && (x0_26 < 9) && ((x1_26 >= 0) && (x1_26 < 12)))) {
            float v_53 = in_x[i0_52 * 108 + x0_26 * 12 + x1_26];
            v_52 = v_53;
        }
        tile_b[384 + sc_26] = v_52;
        int idx_26 = slot + 432;
        int sc_27 = idx_26 % 64;
        int si_27 = k0 + 6;
        int sj_27 = col0 + sc_27;
        int i0_54 = si_27 / 9;
        int i1_54 = (2 + k0 / 3) % 3;
        int i2_27 = k0 % 3;
        int i0_55 = sj_27 / 12;
        int i1_55 = sj_27 % 12;
        int x0_27 = i0_55 + i1_54 - 1;
        int x1_27 = i1_55 + i2_27 - 1;
        float v_54 = 0.0f;
        if ((si_27 < 90) && (sj_27 < 108) && ((x0_27 >= 0) && (x0_27 < 9) && ((x1_27 >= 0) && (x1_27 < 12)))) {
            float v_55 = in_x[i0_54 * 108 + x0_27 * 12 + x1_27];
            v_54 = v_55;
        }
        tile_b[384 + sc_27] = v_54;
        int si_28 = k0 + 7;
        int sj_28 = col0 + slot;
        int i0_56 = si_28 / 9;
        int i1_56 = si_28 / 3 % 3;
        int i2_28 = si_28 % 3;
        int i0_57 = sj_28 / 12;
        int i1_57 = sj_28 % 12;
        int x0_28 = i0_57 + i1_56 - 1;
        int x1_28 = i1_57 + i2_28 - 1;
        float v_56 = 0.0f;
        if ((si_28 < 90) && ((x0_28 >= 0) && ((x1_28 >= 0) && (x1_28 < 12)))) {
            float v_57 = in_x[i0_56 * 108 + x0_28 * 12 + x1_28];
            v_56 = v_57;
        }
        tile_b[448 + slot] = v_56;
        int idx_28 = slot + 464;
        int sc_29 = idx_28 % 64;
        int si_29 = k0 + 7;
        int sj_29 = col0 + sc_29;
        int i0_58 = si_29 / 9;
        int i1_58 = si_29 / 3 % 3;
        int i2_29 = si_29 % 3;
        int i0_59 = sj_29 / 12;
        int i1_59 = sj_29 % 12;
        int x0_29 = i0_59 + i1_58 - 1;
        int x1_29 = i1_59 + i2_29 - 1;
        float v_58 = 0.0f;
        if ((si_29 < 90) && (sj_29 < 108) && ((x0_29 >= 0) && (x0_29 < 9) && ((x1_29 >= 0) && (x1_29 < 12)))) {
            float v_59 = in_x[i0_58 * 108 + x0_29 * 12 + x1_29];
            v_58 = v_59;
        }
        tile_b[448 + sc_29] = v_58;
        int idx_29 = slot + 480;
        int sc_30 = idx_29 % 64;
        int si_30 = k0 + 7;
        int sj_30 = col0 + sc_30;
        int i0_60 = si_30 / 9;
        int i1_60 = si_30 / 3 % 3;
        int i2_30 = si_30 % 3;
        int i0_61 = sj_30 / 12;
        int i1_61 = sj_30 % 12;
        int x0_30 = i0_61 + i1_60 - 1;
        int x1_30 = i1_61 + i2_30 - 1;
        float v_60 = 0.0f;
        if ((si_30 < 90) && (sj_30 < 108) && ((x0_30 >= 0) && (x0_30 < 9) && ((x1_30 >= 0) && (x1_30 < 12)))) {
            float v_61 = in_x[i0_60 * 108 + x0_30 * 12 + x1_30];
            v_60 = v_61;
        }
        tile_b[448 + sc_30] = v_60;
        int idx_30 = slot + 496;
        int sc_31 = idx_30 % 64;
        int si_31 = k0 + 7;
        int sj_31 = col0 + sc_31;
        int i0_62 = si_31 / 9;
        int i1_62 = si_31 / 3 % 3;
        int i2_31 = si_31 % 3;
        int i0_63 = sj_31 / 12;
        int i1_63 = sj_31 % 12;
        int x0_31 = i0_63 + i1_62 - 1;
        int x1_31 = i1_63 + i2_31 - 1;
        float v_62 = 0.0f;
        if ((si_31 < 90) && (sj_31 < 108) && ((x0_31 >= 0) && (x0_31 < 9) && ((x1_31 >= 0) && (x1_31 < 12)))) {
            float v_63 = in_x[i0_62 * 108 + x0_31 * 12 + x1_31];
            v_62 = v_63;
        }
        tile_b[448 + sc_31] = v_62;
        int si_32 = k0 + 8;
        int sj_32 = col0 + slot;
        int i0_64 = si_32 / 9;
        int i1_64 = si_32 / 3 % 3;
        int i2_32 = si_32 % 3;
        int i0_65 = sj_32 / 12;
        int i1_65 = sj_32 % 12;
        int x0_32 = i0_65 + i1_64 - 1;
        int x1_32 = i1_65 + i2_32 - 1;
        float v_64 = 0.0f;
        if ((si_32 < 90) && ((x0_32 >= 0) && ((x1_32 >= 0) && (x1_32 < 12)))) {
            float v_65 = in_x[i0_64 * 108 + x0_32 * 12 + x1_32];
            v_64 = v_65;
        }
        tile_b[512 + slot] = v_64;
        int idx_32 = slot + 528;
        int sc_33 = idx_32 % 64;
        int si_33 = k0 + 8;
        int sj_33 = col0 + sc_33;
        int i0_66 = si_33 / 9;
        int i1_66 = si_33 / 3 % 3;
        int i2_33 = si_33 % 3;
        int i0_67 = sj_33 / 12;
        int i1_67 = sj_33 % 12;
        int x0_33 = i0_67 + i1_66 - 1;
        int x1_33 = i1_67 + i2_33 - 1;
        float v_66 = 0.0f;
        if ((si_33 < 90) && (sj_33 < 108) && ((x0_33 >= 0) && (x0_33 < 9) && ((x1_33 >= 0) && (x1_33 < 12)))) {
            float v_67 = in_x[i0_66 * 108 + x0_33 * 12 + x1_33];
            v_66 = v_67;
        }
        tile_b[512 + sc_33] = v_66;
        int idx_33 = slot + 544;
        int sc_34 = idx_33 % 64;
        int si_34 = k0 + 8;
        int sj_34 = col0 + sc_34;
        int i0_68 = si_34 / 9;
        int i1_68 = si_34 / 3 % 3;
        int i2_34 = si_34 % 3;
        int i0_69 = sj_34 / 12;
        int i1_69 = sj_34 % 12;
        int x0_34 = i0_69 + i1_68 - 1;
        int x1_34 = i1_69 + i2_34 - 1;
        float v_68 = 0.0f;
        if ((si_34 < 90) && (sj_34 < 108) && ((x0_34 >= 0) && (x0_34 < 9) && ((x1_34 >= 0) && (x1_34 < 12)))) {
            float v_69 = in_x[i0_68 * 108 + x0_34 * 12 + x1_34];
            v_68 = v_69;
        }
        tile_b[512 + sc_34] = v_68;
        int idx_34 = slot + 560;
        int sc_35 = idx_34 % 64;
        int si_35 = k0 + 8;
        int sj_35 = col0 + sc_35;
        int i0_70 = si_35 / 9;
        int i1_70 = si_35 / 3 % 3;
        int i2_35 = si_35 % 3;
        int i0_71 = sj_35 / 12;
        int i1_71 = sj_35 % 12;
        int x0_35 = i0_71 + i1_70 - 1;
        int x1_35 = i1_71 + i2_35 - 1;
        float v_70 = 0.0f;
        if ((si_35 < 90) && (sj_35 < 108) && ((x0_35 >= 0) && (x0_35 < 9) && ((x1_35 >= 0) && (x1_35 < 12)))) {
            float v_71 = in_x[i0_70 * 108 + x0_35 * 12 + x1_35];
            v_70 = v_71;
        }
        tile_b[512 + sc_35] = v_70;
        int si_36 = k0 + 9;
        int sj_36 = col0 + slot;
        int i0_72 = 1 + k0 / 9;
        int i1_72 = k0 / 3 % 3;
        int i2_36 = k0 % 3;
        int i0_73 = sj_36 / 12;
        int i1_73 = sj_36 % 12;
        int x0_36 = i0_73 + i1_72 - 1;
        int x1_36 = i1_73 + i2_36 - 1;
        float v_72 = 0.0f;
        if ((si_36 < 90) && ((x0_36 >= 0) && ((x1_36 >= 0) && (x1_36 < 12)))) {
            float v_73 = in_x[i0_72 * 108 + x0_36 * 12 + x1_36];
            v_72 = v_73;
        }
        tile_b[576 + slot] = v_72;
        int idx_36 = slot + 592;
        int sc_37 = idx_36 % 64;
        int si_37 = k0 + 9;
        int sj_37 = col0 + sc_37;
        int i0_74 = 1 + k0 / 9;
        int i1_74 = k0 / 3 % 3;
        int i2_37 = k0 % 3;
        int i0_75 = sj_37 / 12;
        int i1_75 = sj_37 % 12;
        int x0_37 = i0_75 + i1_74 - 1;
        int x1_37 = i1_75 + i2_37 - 1;
        float v_74 = 0.0f;
        if ((si_37 < 90) && (sj_37 < 108) && ((x0_37 >= 0) && (x0_37 < 9) && ((x1_37 >= 0) && (x1_37 < 12)))) {
            float v_75 = in_x[i0_74 * 108 + x0_37 * 12 + x1_37];
            v_74 = v_75;
        }
        tile_b[576 + sc_37] = v_74;
        int idx_37 = slot + 608;
        int sc_38 = idx_37 % 64;
        int si_38 = k0 + 9;
        int sj_38 = col0 + sc_38;
        int i0_76 = 1 + k0 / 9;
        int i1_76 = k0 / 3 % 3;
        int i2_38 = k0 % 3;
        int i0_77 = sj_38 / 12;
        int i1_77 = sj_38 % 12;
        int x0_38 = i0_77 + i1_76 - 1;
        int x1_38 = i1_77 + i2_38 - 1;
        float v_76 = 0.0f;
        if ((si_38 < 90) && (sj_38 < 108) && ((x0_38 >= 0) && (x0_38 < 9) && ((x1_38 >= 0) && (x1_38 < 12)))) {
            float v_77 = in_x[i0_76 * 108 + x0_38 * 12 + x1_38];
            v_76 = v_77;
        }
        tile_b[576 + sc_38] = v_76;
        int idx_38 = slot + 624;
        int sc_39 = idx_38 % 64;
        int si_39 = k0 + 9;
        int sj_39 = col0 + sc_39;
        int i0_78 = 1 + k0 / 9;
        int i1_78 = k0 / 3 % 3;
        int i2_39 = k0 % 3;
        int i0_79 = sj_39 / 12;
        int i1_79 = sj_39 % 12;
        int x0_39 = i0_79 + i1_78 - 1;
        int x1_39 = i1_79 + i2_39 - 1;
        float v_78 = 0.0f;
        if ((si_39 < 90) && (sj_39 < 108) && ((x0_39 >= 0) && (x0_39 < 9) && ((x1_39 >= 0) && (x1_39 < 12)))) {
            float v_79 = in_x[i0_78 * 108 + x0_39 * 12 + x1_39];
            v_78 = v_79;
        }
        tile_b[576 + sc_39] = v_78;
        int si_40 = k0 + 10;
        int sj_40 = col0 + slot;
        int i0_80 = si_40 / 9;
        int i1_80 = si_40 / 3 % 3;
        int i2_40 = si_40 % 3;
        int i0_81 = sj_40 / 12;
        int i1_81 = sj_40 % 12;
        int x0_40 = i0_81 + i1_80 - 1;
        int x1_40 = i1_81 + i2_40 - 1;
        float v_80 = 0.0f;
        if ((si_40 < 90) && ((x0_40 >= 0) && ((x1_40 >= 0) && (x1_40 < 12)))) {
            float v_81 = in_x[i0_80 * 108 + x0_40 * 12 + x1_40];
            v_80 = v_81;
        }
        tile_b[640 + slot] = v_80;
        int idx_40 = slot + 656;
        int sc_41 = idx_40 % 64;
        int si_41 = k0 + 10;
        int sj_41 = col0 + sc_41;
        int i0_82 = si_41 / 9;
        int i1_82 = si_41 / 3 % 3;
        int i2_41 = si_41 % 3;
        int i0_83 = sj_41 / 12;
        int i1_83 = sj_41 % 12;
        int x0_41 = i0_83 + i1_82 - 1;
        int x1_41 = i1_83 + i2_41 - 1;
        float v_82 = 0.0f;
        if ((si_41 < 90) && (sj_41 < 108) && ((x0_41 >= 0) && (x0_41 < 9) && ((x1_41 >= 0) && (x1_41 < 12)))) {
            float v_83 = in_x[i0_82 * 108 + x0_41 * 12 + x1_41];
            v_82 = v_83;
        }
        tile_b[640 + sc_41] = v_82;
        int idx_41 = slot + 672;
        int sc_42 = idx_41 % 64;
        int si_42 = k0 + 10;
        int sj_42 = col0 + sc_42;
        int i0_84 = si_42 / 9;
        int i1_84 = si_42 / 3 % 3;
        int i2_42 = si_42 % 3;
        int i0_85 = sj_42 / 12;
        int i1_85 = sj_42 % 12;
        int x0_42 = i0_85 + i1_84 - 1;
        int x1_42 = i1_85 + i2_42 - 1;
        float v_84 = 0.0f;
        if ((si_42 < 90) && (sj_42 < 108) && ((x0_42 >= 0) && (x0_42 < 9) && ((x1_42 >= 0) && (x1_42 < 12)))) {
            float v_85 = in_x[i0_84 * 108 + x0_42 * 12 + x1_42];
            v_84 = v_85;
        }
        tile_b[640 + sc_42] = v_84;
        int idx_42 = slot + 688;
        int sc_43 = idx_42 % 64;
        int si_43 = k0 + 10;
        int sj_43 = col0 + sc_43;
        int i0_86 = si_43 / 9;
        int i1_86 = si_43 / 3 % 3;
        int i2_43 = si_43 % 3;
        int i0_87 = sj_43 / 12;
        int i1_87 = sj_43 % 12;
        int x0_43 = i0_87 + i1_86 - 1;
        int x1_43 = i1_87 + i2_43 - 1;
        float v_86 = 0.0f;
        if ((si_43 < 90) && (sj_43 < 108) && ((x0_43 >= 0) && (x0_43 < 9) && ((x1_43 >= 0) && (x1_43 < 12)))) {
            float v_87 = in_x[i0_86 * 108 + x0_43 * 12 + x1_43];
            v_86 = v_87;
        }
        tile_b[640 + sc_43] = v_86;
        int si_44 = k0 + 11;
        int sj_44 = col0 + slot;
        int i0_88 = si_44 / 9;
        int i1_88 = si_44 / 3 % 3;
        int i2_44 = si_44 % 3;
        int i0_89 = sj_44 / 12;
        int i1_89 = sj_44 % 12;
        int x0_44 = i0_89 + i1_88 - 1;
        int x1_44 = i1_89 + i2_44 - 1;
        float v_88 = 0.0f;
        if ((si_44 < 90) && ((x0_44 >= 0) && ((x1_44 >= 0) && (x1_44 < 12)))) {
            float v_89 = in_x[i0_88 * 108 + x0_44 * 12 + x1_44];
            v_88 = v_89;
        }
        tile_b[704 + slot] = v_88;
        int idx_44 = slot + 720;
        int sc_45 = idx_44 % 64;
        int si_45 = k0 + 11;
        int sj_45 = col0 + sc_45;
        int i0_90 = si_45 / 9;
        int i1_90 = si_45 / 3 % 3;
        int i2_45 = si_45 % 3;
        int i0_91 = sj_45 / 12;
        int i1_91 = sj_45 % 12;
        int x0_45 = i0_91 + i1_90 - 1;
        int x1_45 = i1_91 + i2_45 - 1;
        float v_90 = 0.0f;
        if ((si_45 < 90) && (sj_45 < 108) && ((x0_45 >= 0) && (x0_45 < 9) && ((x1_45 >= 0) && (x1_45 < 12)))) {
            float v_91 = in_x[i0_90 * 108 + x0_45 * 12 + x1_45];
            v_90 = v_91;
        }
        tile_b[704 + sc_45] = v_90;
        int idx_45 = slot + 736;
        int sc_46 = idx_45 % 64;
        int si_46 = k0 + 11;
        int sj_46 = col0 + sc_46;
        int i0_92 = si_46 / 9;
        int i1_92 = si_46 / 3 % 3;
        int i2_46 = si_46 % 3;
        int i0_93 = sj_46 / 12;
        int i1_93 = sj_46 % 12;
        int x0_46 = i0_93 + i1_92 - 1;
        int x1_46 = i1_93 + i2_46 - 1;
        float v_92 = 0.0f;
        if ((si_46 < 90) && (sj_46 < 108) && ((x0_46 >= 0) && (x0_46 < 9) && ((x1_46 >= 0) && (x1_46 < 12)))) {
            float v_93 = in_x[i0_92 * 108 + x0_46 * 12 + x1_46];
            v_92 = v_93;
        }
        tile_b[704 + sc_46] = v_92;
        int idx_46 = slot + 752;
        int sc_47 = idx_46 % 64;
        int si_47 = k0 + 11;
        int sj_47 = col0 + sc_47;
        int i0_94 = si_47 / 9;
        int i1_94 = si_47 / 3 % 3;
        int i2_47 = si_47 % 3;
        int i0_95 = sj_47 / 12;
        int i1_95 = sj_47 % 12;
        int x0_47 = i0_95 + i1_94 - 1;
        int x1_47 = i1_95 + i2_47 - 1;
        float v_94 = 0.0f;
        if ((si_47 < 90) && (sj_47 < 108) && ((x0_47 >= 0) && (x0_47 < 9) && ((x1_47 >= 0) && (x1_47 < 12)))) {
            float v_95 = in_x[i0_94 * 108 + x0_47 * 12 + x1_47];
            v_94 = v_95;
        }
        tile_b[704 + sc_47] = v_94;
        int si_48 = k0 + 12;
        int sj_48 = col0 + slot;
        int i0_96 = si_48 / 9;
        int i1_96 = (4 + k0 / 3) % 3;
        int i2_48 = k0 % 3;
        int i0_97 = sj_48 / 12;
        int i1_97 = sj_48 % 12;
        int x0_48 = i0_97 + i1_96 - 1;
        int x1_48 = i1_97 + i2_48 - 1;
        float v_96 = 0.0f;
        if ((si_48 < 90) && ((x0_48 >= 0) && ((x1_48 >= 0) && (x1_48 < 12)))) {
            float v_97 = in_x[i0_96 * 108 + x0_48 * 12 + x1_48];
            v_96 = v_97;
        }
        tile_b[768 + slot] = v_96;
        int idx_48 = slot + 784;
        int sc_49 = idx_48 % 64;
        int si_49 = k0 + 12;
        int sj_49 = col0 + sc_49;
        int i0_98 = si_49 / 9;
        int i1_98 = (4 + k0 / 3) % 3;
        int i2_49 = k0 % 3;
        int i0_99 = sj_49 / 12;
        int i1_99 = sj_49 % 12;
        int x0_49 = i0_99 + i1_98 - 1;
        int x1_49 = i1_99 + i2_49 - 1;
        float v_98 = 0.0f;
        if ((si_49 < 90) && (sj_49 < 108) && ((x0_49 >= 0) && (x0_49 < 9) && ((x1_49 >= 0) && (x1_49 < 12)))) {
            float v_99 = in_x[i0_98 * 108 + x0_49 * 12 + x1_49];
            v_98 = v_99;
        }
        tile_b[768 + sc_49] = v_98;
        int idx_49 = slot + 800;
        int sc_50 = idx_49 % 64;
        int si_50 = k0 + 12;
        int sj_50 = col0 + sc_50;
        int i0_100 = si_50 / 9;
        int i1_100 = (4 + k0 / 3) % 3;
        int i2_50 = k0 % 3;
        int i0_101 = sj_50 / 12;
        int i1_101 = sj_50 % 12;
        int x0_50 = i0_101 + i1_100 - 1;
        int x1_50 = i1_101 + i2_50 - 1;
        float v_100 = 0.0f;
        if ((si_50 < 90) && (sj_50 < 108) && ((x0_50 >= 0) && (x0_50 < 9) && ((x1_50 >= 0) && (x1_50 < 12)))) {
            float v_101 = in_x[i0_100 * 108 + x0_50 * 12 + x1_50];
            v_100 = v_101;
        }
        tile_b[768 + sc_50] = v_100;
        int idx_50 = slot + 816;
        int sc_51 = idx_50 % 64;
        int si_51 = k0 + 12;
        int sj_51 = col0 + sc_51;
        int i0_102 = si_51 / 9;
        int i1_102 = (4 + k0 / 3) % 3;
        int i2_51 = k0 % 3;
        int i0_103 = sj_51 / 12;
        int i1_103 = sj_51 % 12;
        int x0_51 = i0_103 + i1_102 - 1;
        int x1_51 = i1_103 + i2_51 - 1;
        float v_102 = 0.0f;
        if ((si_51 < 90) && (sj_51 < 108) && ((x0_51 >= 0) && (x0_51 < 9) && ((x1_51 >= 0) && (x1_51 < 12)))) {
            float v_103 = in_x[i0_102 * 108 + x0_51 * 12 + x1_51];
            v_102 = v_103;
        }
        tile_b[768 + sc_51] = v_102;
        int si_52 = k0 + 13;
        int sj_52 = col0 + slot;
        int i0_104 = si_52 / 9;
        int i1_104 = si_52 / 3 % 3;
        int i2_52 = si_52 % 3;
        int i0_105 = sj_52 / 12;
        int i1_105 = sj_52 % 12;
        int x0_52 = i0_105 + i1_104 - 1;
        int x1_52 = i1_105 + i2_52 - 1;
        float v_104 = 0.0f;
        if ((si_52 < 90) && ((x0_52 >= 0) && ((x1_52 >= 0) && (x1_52 < 12)))) {
            float v_105 = in_x[i0_104 * 108 + x0_52 * 12 + x1_52];
            v_104 = v_105;
        }
        tile_b[832 + slot] = v_104;
        int idx_52 = slot + 848;
        int sc_53 = idx_52 % 64;
        int si_53 = k0 + 13;
        int sj_53 = col0 + sc_53;
        int i0_106 = si_53 / 9;
        int i1_106 = si_53 / 3 % 3;
        int i2_53 = si_53 % 3;
        int i0_107 = sj_53 / 12;
        int i1_107 = sj_53 % 12;
        int x0_53 = i0_107 + i1_106 - 1;
        int x1_53 = i1_107 + i2_53 - 1;
        float v_106 = 0.0f;
        if ((si_53 < 90) && (sj_53 < 108) && ((x0_53 >= 0) && (x0_53 < 9) && ((x1_53 >= 0) && (x1_53 < 12)))) {
            float v_107 = in_x[i0_106 * 108 + x0_53 * 12 + x1_53];
            v_106 = v_107;
        }
        tile_b[832 + sc_53] = v_106;
        int idx_53 = slot + 864;
        int sc_54 = idx_53 % 64;
        int si_54 = k0 + 13;
        int sj_54 = col0 + sc_54;
        int i0_108 = si_54 / 9;
        int i1_108 = si_54 / 3 % 3;
        int i2_54 = si_54 % 3;
        int i0_109 = sj_54 / 12;
        int i1_109 = sj_54 % 12;
        int x0_54 = i0_109 + i1_108 - 1;
        int x1_54 = i1_109 + i2_54 - 1;
        float v_108 = 0.0f;
        if ((si_54 < 90) && (sj_54 < 108) && ((x0_54 >= 0) && (x0_54 < 9) && ((x1_54 >= 0) && (x1_54 < 12)))) {
            float v_109 = in_x[i0_108 * 108 + x0_54 * 12 + x1_54];
            v_108 = v_109;
        }
        tile_b[832 + sc_54] = v_108;
        int idx_54 = slot + 880;
        int sc_55 = idx_54 % 64;
        int si_55 = k0 + 13;
        int sj_55 = col0 + sc_55;
        int i0_110 = si_55 / 9;
        int i1_110 = si_55 / 3 % 3;
        int i2_55 = si_55 % 3;
        int i0_111 = sj_55 / 12;
        int i1_111 = sj_55 % 12;
        int x0_55 = i0_111 + i1_110 - 1;
        int x1_55 = i1_111 + i2_55 - 1;
        float v_110 = 0.0f;
        if ((si_55 < 90) && (sj_55 < 108) && ((x0_55 >= 0) && (x0_55 < 9) && ((x1_55 >= 0) && (x1_55 < 12)))) {
            float v_111 = in_x[i0_110 * 108 + x0_55 * 12 + x1_55];
            v_110 = v_111;
        }
        tile_b[832 + sc_55] = v_110;
        int si_56 = k0 + 14;
        int sj_56 = col0 + slot;
        int i0_112 = si_56 / 9;
        int i1_112 = si_56 / 3 % 3;
        int i2_56 = si_56 % 3;
        int i0_113 = sj_56 / 12;
        int i1_113 = sj_56 % 12;
        int x0_56 = i0_113 + i1_112 - 1;
        int x1_56 = i1_113 + i2_56 - 1;
        float v_112 = 0.0f;
        if ((si_56 < 90) && ((x0_56 >= 0) && ((x1_56 >= 0) && (x1_56 < 12)))) {
            float v_113 = in_x[i0_112 * 108 + x0_56 * 12 + x1_56];
            v_112 = v_113;
        }
        tile_b[896 + slot] = v_112;
        int idx_56 = slot + 912;
        int sc_57 = idx_56 % 64;
        int si_57 = k0 + 14;
        int sj_57 = col0 + sc_57;
        int i0_114 = si_57 / 9;
        int i1_114 = si_57 / 3 % 3;
        int i2_57 = si_57 % 3;
        int i0_115 = sj_57 / 12;
        int i1_115 = sj_57 % 12;
        int x0_57 = i0_115 + i1_114 - 1;
        int x1_57 = i1_115 + i2_57 - 1;
        float v_114 = 0.0f;
        if ((si_57 < 90) && (sj_57 < 108) && ((x0_57 >= 0) && (x0_57 < 9) && ((x1_57 >= 0) && (x1_57 < 12)))) {
            float v_115 = in_x[i0_114 * 108 + x0_57 * 12 + x1_57];
            v_114 = v_115;
        }
        tile_b[896 + sc_57] = v_114;
        int idx_57 = slot + 928;
        int sc_58 = idx_57 % 64;
        int si_58 = k0 + 14;
        int sj_58 = col0 + sc_58;
        int i0_116 = si_58 / 9;
        int i1_116 = si_58 / 3 % 3;
        int i2_58 = si_58 % 3;
        int i0_117 = sj_58 / 12;
        int i1_117 = sj_58 % 12;
        int x0_58 = i0_117 + i1_116 - 1;
        int x1_58 = i1_117 + i2_58 - 1;
        float v_116 = 0.0f;
        if ((si_58 < 90) && (sj_58 < 108) && ((x0_58 >= 0) && (x0_58 < 9) && ((x1_58 >= 0) && (x1_58 < 12)))) {
            float v_117 = in_x[i0_116 * 108 + x0_58 * 12 + x1_58];
            v_116 = v_117;
        }
        tile_b[896 + sc_58] = v_116;
        int idx_58 = slot + 944;
        int sc_59 = idx_58 % 64;
        int si_59 = k0 + 14;
        int sj_59 = col0 + sc_59;
        int i0_118 = si_59 / 9;
        int i1_118 = si_59 / 3 % 3;
        int i2_59 = si_59 % 3;
        int i0_119 = sj_59 / 12;
        int i1_119 = sj_59 % 12;
        int x0_59 = i0_119 + i1_118 - 1;
        int x1_59 = i1_119 + i2_59 - 1;
        float v_118 = 0.0f;
        if ((si_59 < 90) && (sj_59 < 108) && ((x0_59 >= 0) && (x0_59 < 9) && ((x1_59 >= 0) && (x1_59 < 12)))) {
            float v_119 = in_x[i0_118 * 108 + x0_59 * 12 + x1_59];
            v_118 = v_119;
        }
        tile_b[896 + sc_59] = v_118;
        int si_60 = k0 + 15;
        int sj_60 = col0 + slot;
        int i0_120 = si_60 / 9;
        int i1_120 = (5 + k0 / 3) % 3;
        int i2_60 = k0 % 3;
        int i0_121 = sj_60 / 12;
        int i1_121 = sj_60 % 12;
        int x0_60 = i0_121 + i1_120 - 1;
        int x1_60 = i1_121 + i2_60 - 1;
        float v_120 = 0.0f;
        if ((si_60 < 90) && ((x0_60 >= 0) && ((x1_60 >= 0) && (x1_60 < 12)))) {
            float v_121 = in_x[i0_120 * 108 + x0_60 * 12 + x1_60];
            v_120 = v_121;
        }
        tile_b[960 + slot] = v_120;
        int idx_60 = slot + 976;
        int sc_61 = idx_60 % 64;
        int si_61 = k0 + 15;
        int sj_61 = col0 + sc_61;
        int i0_122 = si_61 / 9;
        int i1_122 = (5 + k0 / 3) % 3;
        int i2_61 = k0 % 3;
        int i0_123 = sj_61 / 12;
        int i1_123 = sj_61 % 12;
        int x0_61 = i0_123 + i1_122 - 1;
        int x1_61 = i1_123 + i2_61 - 1;
        float v_122 = 0.0f;
        if ((si_61 < 90) && (sj_61 < 108) && ((x0_61 >= 0) && (x0_61 < 9) && ((x1_61 >= 0) && (x1_61 < 12)))) {
            float v_123 = in_x[i0_122 * 108 + x0_61 * 12 + x1_61];
            v_122 = v_123;
        }
        tile_b[960 + sc_61] = v_122;
        int idx_61 = slot + 992;
        int sc_62 = idx_61 % 64;
        int si_62 = k0 + 15;
        int sj_62 = col0 + sc_62;
        int i0_124 = si_62 / 9;
        int i1_124 = (5 + k0 / 3) % 3;
        int i2_62 = k0 % 3;
        int i0_125 = sj_62 / 12;
        int i1_125 = sj_62 % 12;
        int x0_62 = i0_125 + i1_124 - 1;
        int x1_62 = i1_125 + i2_62 - 1;
        float v_124 = 0.0f;
        if ((si_62 < 90) && (sj_62 < 108) && ((x0_62 >= 0) && (x0_62 < 9) && ((x1_62 >= 0) && (x1_62 < 12)))) {
            float v_125 = in_x[i0_124 * 108 + x0_62 * 12 + x1_62];
            v_124 = v_125;
        }
        tile_b[960 + sc_62] = v_124;
        int idx_62 = slot + 1008;
        int sc_63 = idx_62 % 64;
        int si_63 = k0 + 15;
        int sj_63 = col0 + sc_63;
        int i0_126 = si_63 / 9;
        int i1_126 = (5 + k0 / 3) % 3;
        int i2_63 = k0 % 3;
        int i0_127 = sj_63 / 12;
        int i1_127 = sj_63 % 12;
        int x0_63 = i0_127 + i1_126 - 1;
        int x1_63 = i1_127 + i2_63 - 1;
        float v_126 = 0.0f;
        if ((si_63 < 90) && (sj_63 < 108) && ((x0_63 >= 0) && (x0_63 < 9) && ((x1_63 >= 0) && (x1_63 < 12)))) {
            float v_127 = in_x[i0_126 * 108 + x0_63 * 12 + x1_63];
            v_126 = v_127;
        }
        tile_b[960 + sc_63] = v_126;
        barrier(CLK_LOCAL_MEM_FENCE);
        float v_128 = 0.0f;
        if (r0 < 22) {
            int i0_128 = k0 / 9;
            int i1_128 = k0 / 3 % 3;
            int i2_64 = k0 % 3;
            float v_129 = in_w[r0 * 90 + i0_128 * 9 + i1_128 * 3 + i2_64];
            v_128 = v_129;
        }
        float v_130 = 0.0f;
        if (r1 < 22) {
            int i0_129 = k0 / 9;
            int i1_129 = k0 / 3 % 3;
            int i2_65 = k0 % 3;
            float v_131 = in_w[r1 * 90 + i0_129 * 9 + i1_129 * 3 + i2_65];
            v_130 = v_131;
        }
        float v_132 = 0.0f;
        if (r2 < 22) {
            int i0_130 = k0 / 9;
            int i1_130 = k0 / 3 % 3;
            int i2_66 = k0 % 3;
            float v_133 = in_w[r2 * 90 + i0_130 * 9 + i1_130 * 3 + i2_66];
            v_132 = v_133;
        }
        float v_134 = 0.0f;
        if (r3 < 22) {
            int i0_131 = k0 / 9;
            int i1_131 = k0 / 3 % 3;
            int i2_67 = k0 % 3;
            float v_135 = in_w[r3 * 90 + i0_131 * 9 + i1_131 * 3 + i2_67];
            v_134 = v_135;
        }
        float v_136 = 0.0f;
        if (r4 < 22) {
            int i0_132 = k0 / 9;
            int i1_132 = k0 / 3 % 3;
            int i2_68 = k0 % 3;
            float v_137 = in_w[r4 * 90 + i0_132 * 9 + i1_132 * 3 + i2_68];
            v_136 = v_137;
        }
        float v_138 = 0.0f;
        if (r5 < 22) {
            int i0_133 = k0 / 9;
            int i1_133 = k0 / 3 % 3;
            int i2_69 = k0 % 3;
            float v_139 = in_w[r5 * 90 + i0_133 * 9 + i1_133 * 3 + i2_69];
            v_138 = v_139;
        }
        float v_140 = 0.0f;
        if (r6 < 22) {
            int i0_134 = k0 / 9;
            int i1_134 = k0 / 3 % 3;
            int i2_70 = k0 % 3;
            float v_141 = in_w[r6 * 90 + i0_134 * 9 + i1_134 * 3 + i2_70];
            v_140 = v_141;
        }
        float v_142 = 0.0f;
        if (r7 < 22) {
            int i0_135 = k0 / 9;
            int i1_135 = k0 / 3 % 3;
            int i2_71 = k0 % 3;
            float v_143 = in_w[r7 * 90 + i0_135 * 9 + i1_135 * 3 + i2_71];
            v_142 = v_143;
        }
        float b = tile_b[lid0 * 16];
        float b_1 = tile_b[lid0 * 16 + 1];
        float b_2 = tile_b[lid0 * 16 + 2];
        float b_3 = tile_b[lid0 * 16 + 3];
        float b_4 = tile_b[lid0 * 16 + 4];
        float b_5 = tile_b[lid0 * 16 + 5];
        float b_6 = tile_b[lid0 * 16 + 6];
        float b_7 = tile_b[lid0 * 16 + 7];
        float b_8 = tile_b[lid0 * 16 + 8];
        float b_9 = tile_b[lid0 * 16 + 9];
        float b_10 = tile_b[lid0 * 16 + 10];
        float b_11 = tile_b[lid0 * 16 + 11];
        float b_12 = tile_b[lid0 * 16 + 12];
        float b_13 = tile_b[lid0 * 16 + 13];
        float b_14 = tile_b[lid0 * 16 + 14];
        float b_15 = tile_b[lid0 * 16 + 15];
        acc0_0 = fma(v_128, b, acc0_0);
        acc0_1 = fma(v_128, b_1, acc0_1);
        acc0_2 = fma(v_128, b_2, acc0_2);
        acc0_3 = fma(v_128, b_3, acc0_3);
        acc0_4 = fma(v_128, b_4, acc0_4);
        acc0_5 = fma(v_128, b_5, acc0_5);
        acc0_6 = fma(v_128, b_6, acc0_6);
        acc0_7 = fma(v_128, b_7, acc0_7);
        acc0_8 = fma(v_128, b_8, acc0_8);
        acc0_9 = fma(v_128, b_9, acc0_9);
        acc0_10 = fma(v_128, b_10, acc0_10);
        acc0_11 = fma(v_128, b_11, acc0_11);
        acc0_12 = fma(v_128, b_12, acc0_12);
        acc0_13 = fma(v_128, b_13, acc0_13);
        acc0_14 = fma(v_128, b_14, acc0_14);
        acc0_15 = fma(v_128, b_15, acc0_15);
        acc1_0 = fma(v_130, b, acc1_0);
        acc1_1 = fma(v_130, b_1, acc1_1);
        acc1_2 = fma(v_130, b_2, acc1_2);
        acc1_3 = fma(v_130, b_3, acc1_3);
        acc1_4 = fma(v_130, b_4, acc1_4);
        acc1_5 = fma(v_130, b_5, acc1_5);
        acc1_6 = fma(v_130, b_6, acc1_6);
        acc1_7 = fma(v_130, b_7, acc1_7);
        acc1_8 = fma(v_130, b_8, acc1_8);
        acc1_9 = fma(v_130, b_9, acc1_9);
        acc1_10 = fma(v_130, b_10, acc1_10);
        acc1_11 = fma(v_130, b_11, acc1_11);
        acc1_12 = fma(v_130, b_12, acc1_12);
        acc1_13 = fma(v_130, b_13, acc1_13);
        acc1_14 = fma(v_130, b_14, acc1_14);
        acc1_15 = fma(v_130, b_15, acc1_15);
        acc2_0 = fma(v_132, b, acc2_0);
        acc2_1 = fma(v_132, b_1, acc2_1);
        acc2_2 = fma(v_132, b_2, acc2_2);
        acc2_3 = fma(v_132, b_3, acc2_3);
        acc2_4 = fma(v_132, b_4, acc2_4);
        acc2_5 = fma(v_132, b_5, acc2_5);
        acc2_6 = fma(v_132, b_6, acc2_6);
        acc2_7 = fma(v_132, b_7, acc2_7);
        acc2_8 = fma(v_132, b_8, acc2_8);
        acc2_9 = fma(v_132, b_9, acc2_9);
        acc2_10 = fma(v_132, b_10, acc2_10);
        acc2_11 = fma(v_132, b_11, acc2_11);
        acc2_12 = fma(v_132, b_12, acc2_12);
        acc2_13 = fma(v_132, b_13, acc2_13);
        acc2_14 = fma(v_132, b_14, acc2_14);
        acc2_15 = fma(v_132, b_15, acc2_15);
        acc3_0 = fma(v_134, b, acc3_0);
        acc3_1 = fma(v_134, b_1, acc3_1);
        acc3_2 = fma(v_134, b_2, acc3_2);
        acc3_3 = fma(v_134, b_3, acc3_3);
        acc3_4 = fma(v_134, b_4, acc3_4);
        acc3_5 = fma(v_134, b_5, acc3_5);
        acc3_6 = fma(v_134, b_6, acc3_6);
        acc3_7 = fma(v_134, b_7, acc3_7);
        acc3_8 = fma(v_134, b_8, acc3_8);
        acc3_9 = fma(v_134, b_9, acc3_9);
        acc3_10 = fma(v_134, b_10, acc3_10);
        acc3_11 = fma(v_134, b_11, acc3_11);
        acc3_12 = fma(v_134, b_12, acc3_12);
        acc3_13 = fma(v_134, b_13, acc3_13);
        acc3_14 = fma(v_134, b_14, acc3_14);
        acc3_15 = fma(v_134, b_15, acc3_15);
        acc4_0 = fma(v_136, b, acc4_0);
        acc4_1 = fma(v_136, b_1, acc4_1);
        acc4_2 = fma(v_136, b_2, acc4_2);
        acc4_3 = fma(v_136, b_3, acc4_3);
        acc4_4 = fma(v_136, b_4, acc4_4);
        acc4_5 = fma(v_136, b_5, acc4_5);
        acc4_6 = fma(v_136, b_6, acc4_6);
        acc4_7 = fma(v_136, b_7, acc4_7);
        acc4_8 = fma(v_136, b_8, acc4_8);
        acc4_9 = fma(v_136, b_9, acc4_9);
        acc4_10 = fma(v_136, b_10, acc4_10);
        acc4_11 = fma(v_136, b_11, acc4_11);
        acc4_12 = fma(v_136, b_12, acc4_12);
        acc4_13 = fma(v_136, b_13, acc4_13);
        acc4_14 = fma(v_136, b_14, acc4_14);
        acc4_15 = fma(v_136, b_15, acc4_15);
        acc5_0 = fma(v_138, b, acc5_0);
        acc5_1 = fma(v_138, b_1, acc5_1);
        acc5_2 = fma(v_138, b_2, acc5_2);
        acc5_3 = fma(v_138, b_3, acc5_3);
        acc5_4 = fma(v_138, b_4, acc5_4);
        acc5_5 = fma(v_138, b_5, acc5_5);
        acc5_6 = fma(v_138, b_6, acc5_6);
        acc5_7 = fma(v_138, b_7, acc5_7);
        acc5_8 = fma(v_138, b_8, acc5_8);
        acc5_9 = fma(v_138, b_9, acc5_9);
        acc5_10 = fma(v_138, b_10, acc5_10);
        acc5_11 = fma(v_138, b_11, acc5_11);
        acc5_12 = fma(v_138, b_12, acc5_12);
        acc5_13 = fma(v_138, b_13, acc5_13);
        acc5_14 = fma(v_138, b_14, acc5_14);
        acc5_15 = fma(v_138, b_15, acc5_15);
        acc6_0 = fma(v_140, b, acc6_0);
        acc6_1 = fma(v_140, b_1, acc6_1);
        acc6_2 = fma(v_140, b_2, acc6_2);
        acc6_3 = fma(v_140, b_3, acc6_3);
        acc6_4 = fma(v_140, b_4, acc6_4);
        acc6_5 = fma(v_140, b_5, acc6_5);
        acc6_6 = fma(v_140, b_6, acc6_6);
        acc6_7 = fma(v_140, b_7, acc6_7);
        acc6_8 = fma(v_140, b_8, acc6_8);
        acc6_9 = fma(v_140, b_9, acc6_9);
        acc6_10 = fma(v_140, b_10, acc6_10);
        acc6_11 = fma(v_140, b_11, acc6_11);
        acc6_12 = fma(v_140, b_12, acc6_12);
        acc6_13 = fma(v_140, b_13, acc6_13);
        acc6_14 = fma(v_140, b_14, acc6_14);
        acc6_15 = fma(v_140, b_15, acc6_15);
        acc7_0 = fma(v_142, b, acc7_0);
        acc7_1 = fma(v_142, b_1, acc7_1);
        acc7_2 = fma(v_142, b_2, acc7_2);
        acc7_3 = fma(v_142, b_3, acc7_3);
        acc7_4 = fma(v_142, b_4, acc7_4);
        acc7_5 = fma(v_142, b_5, acc7_5);
        acc7_6 = fma(v_142, b_6, acc7_6);
        acc7_7 = fma(v_142, b_7, acc7_7);
        acc7_8 = fma(v_142, b_8, acc7_8);
        acc7_9 = fma(v_142, b_9, acc7_9);
        acc7_10 = fma(v_142, b_10, acc7_10);
        acc7_11 = fma(v_142, b_11, acc7_11);
        acc7_12 = fma(v_142, b_12, acc7_12);
        acc7_13 = fma(v_142, b_13, acc7_13);
        acc7_14 = fma(v_142, b_14, acc7_14);
        acc7_15 = fma(v_142, b_15, acc7_15);
        float v_144 = 0.0f;
        if ((r0 < 22) && (k0 + 1 < 90)) {
            int i0_136 = (k0 + 1) / 9;
            int i1_136 = (k0 + 1) / 3 % 3;
            int i2_72 = (k0 + 1) % 3;
            float v_145 = in_w[r0 * 90 + i0_136 * 9 + i1_136 * 3 + i2_72];
            v_144 = v_145;
        }
        float v_146 = 0.0f;
        if ((r1 < 22) && (k0 + 1 < 90)) {
            int i0_137 = (k0 + 1) / 9;
            int i1_137 = (k0 + 1) / 3 % 3;
            int i2_73 = (k0 + 1) % 3;
            float v_147 = in_w[r1 * 90 + i0_137 * 9 + i1_137 * 3 + i2_73];
            v_146 = v_147;
        }
        float v_148 = 0.0f;
        if ((r2 < 22) && (k0 + 1 < 90)) {
            int i0_138 = (k0 + 1) / 9;
            int i1_138 = (k0 + 1) / 3 % 3;
            int i2_74 = (k0 + 1) % 3;
            float v_149 = in_w[r2 * 90 + i0_138 * 9 + i1_138 * 3 + i2_74];
            v_148 = v_149;
        }
        float v_150 = 0.0f;
        if ((r3 < 22) && (k0 + 1 < 90)) {
            int i0_139 = (k0 + 1) / 9;
            int i1_139 = (k0 + 1) / 3 % 3;
            int i2_75 = (k0 + 1) % 3;
            float v_151 = in_w[r3 * 90 + i0_139 * 9 + i1_139 * 3 + i2_75];
            v_150 = v_151;
        }
        float v_152 = 0.0f;
        if ((r4 < 22) && (k0 + 1 < 90)) {
            int i0_140 = (k0 + 1) / 9;
            int i1_140 = (k0 + 1) / 3 % 3;
            int i2_76 = (k0 + 1) % 3;
            float v_153 = in_w[r4 * 90 + i0_140 * 9 + i1_140 * 3 + i2_76];
            v_152 = v_153;
        }
        float v_154 = 0.0f;
        if ((r5 < 22) && (k0 + 1 < 90)) {
            int i0_141 = (k0 + 1) / 9;
            int i1_141 = (k0 + 1) / 3 % 3;
            int i2_77 = (k0 + 1) % 3;
            float v_155 = in_w[r5 * 90 + i0_141 * 9 + i1_141 * 3 + i2_77];
            v_154 = v_155;
        }
        float v_156 = 0.0f;
        if ((r6 < 22) && (k0 + 1 < 90)) {
            int i0_142 = (k0 + 1) / 9;
            int i1_142 = (k0 + 1) / 3 % 3;
            int i2_78 = (k0 + 1) % 3;
            float v_157 = in_w[r6 * 90 + i0_142 * 9 + i1_142 * 3 + i2_78];
            v_156 = v_157;
        }
        float v_158 = 0.0f;
        if ((r7 < 22) && (k0 + 1 < 90)) {
            int i0_143 = (k0 + 1) / 9;
            int i1_143 = (k0 + 1) / 3 % 3;
            int i2_79 = (k0 + 1) % 3;
            float v_159 = in_w[r7 * 90 + i0_143 * 9 + i1_143 * 3 + i2_79];
            v_158 = v_159;
        }
        float b_16 = tile_b[lid0 * 16 + 64];
        float b_17 = tile_b[lid0 * 16 + 1 + 64];
        float b_18 = tile_b[lid0 * 16 + 2 + 64];
        float b_19 = tile_b[lid0 * 16 + 3 + 64];
        float b_20 = tile_b[lid0 * 16 + 4 + 64];
        float b_21 = tile_b[lid0 * 16 + 5 + 64];
        float b_22 = tile_b[lid0 * 16 + 6 + 64];
        float b_23 = tile_b[lid0 * 16 + 7 + 64];
        float b_24 = tile_b[lid0 * 16 + 8 + 64];
        float b_25 = tile_b[lid0 * 16 + 9 + 64];
        float b_26 = tile_b[lid0 * 16 + 10 + 64];
        float b_27 = tile_b[lid0 * 16 + 11 + 64];
        float b_28 = tile_b[lid0 * 16 + 12 + 64];
        float b_29 = tile_b[lid0 * 16 + 13 + 64];
        float b_30 = tile_b[lid0 * 16 + 14 + 64];
        float b_31 = tile_b[lid0 * 16 + 15 + 64];
        acc0_0 = fma(v_144, b_16, acc0_0);
        acc0_1 = fma(v_144, b_17, acc0_1);
        acc0_2 = fma(v_144, b_18, acc0_2);
        acc0_3 = fma(v_144, b_19, acc0_3);
        acc0_4 = fma(v_144, b_20, acc0_4);
        acc0_5 = fma(v_144, b_21, acc0_5);
        acc0_6 = fma(v_144, b_22, acc0_6);
        acc0_7 = fma(v_144, b_23, acc0_7);
        acc0_8 = fma(v_144, b_24, acc0_8);
        acc0_9 = fma(v_144, b_25, acc0_9);
        acc0_10 = fma(v_144, b_26, acc0_10);
        acc0_11 = fma(v_144, b_27, acc0_11);
        acc0_12 = fma(v_144, b_28, acc0_12);
        acc0_13 = fma(v_144, b_29, acc0_13);
        acc0_14 = fma(v_144, b_30, acc0_14);
        acc0_15 = fma(v_144, b_31, acc0_15);
        acc1_0 = fma(v_146, b_16, acc1_0);
        acc1_1 = fma(v_146, b_17, acc1_1);
        acc1_2 = fma(v_146, b_18, acc1_2);
        acc1_3 = fma(v_146, b_19, acc1_3);
        acc1_4 = fma(v_146, b_20, acc1_4);
        acc1_5 = fma(v_146, b_21, acc1_5);
        acc1_6 = fma(v_146, b_22, acc1_6);
        acc1_7 = fma(v_146, b_23, acc1_7);
        acc1_8 = fma(v_146, b_24, acc1_8);
        acc1_9 = fma(v_146, b_25, acc1_9);
        acc1_10 = fma(v_146, b_26, acc1_10);
        acc1_11 = fma(v_146, b_27, acc1_11);
        acc1_12 = fma(v_146, b_28, acc1_12);
        acc1_13 = fma(v_146, b_29, acc1_13);
        acc1_14 = fma(v_146, b_30, acc1_14);
        acc1_15 = fma(v_146, b_31, acc1_15);
        acc2_0 = fma(v_148, b_16, acc2_0);
        acc2_1 = fma(v_148, b_17, acc2_1);
        acc2_2 = fma(v_148, b_18, acc2_2);
        acc2_3 = fma(v_148, b_19, acc2_3);
        acc2_4 = fma(v_148, b_20, acc2_4);
        acc2_5 = fma(v_148, b_21, acc2_5);
        acc2_6 = fma(v_148, b_22, acc2_6);
        acc2_7 = fma(v_148, b_23, acc2_7);
        acc2_8 = fma(v_148, b_24, acc2_8);
        acc2_9 = fma(v_148, b_25, acc2_9);
        acc2_10 = fma(v_148, b_26, acc2_10);
        acc2_11 = fma(v_148, b_27, acc2_11);
        acc2_12 = fma(v_148, b_28, acc2_12);
        acc2_13 = fma(v_148, b_29, acc2_13);
        acc2_14 = fma(v_148, b_30, acc2_14);
        acc2_15 = fma(v_148, b_31, acc2_15);
        acc3_0 = fma(v_150, b_16, acc3_0);
        acc3_1 = fma(v_150, b_17, acc3_1);
        acc3_2 = fma(v_150, b_18, acc3_2);
        acc3_3 = fma(v_150, b_19, acc3_3);
        acc3_4 = fma(v_150, b_20, acc3_4);
        acc3_5 = fma(v_150, b_21, acc3_5);
        acc3_6 = fma(v_150, b_22, acc3_6);
        acc3_7 = fma(v_150, b_23, acc3_7);
        acc3_8 = fma(v_150, b_24, acc3_8);
        acc3_9 = fma(v_150, b_25, acc3_9);
        acc3_10 = fma(v_150, b_26, acc3_10);
        acc3_11 = fma(v_150, b_27, acc3_11);
        acc3_12 = fma(v_150, b_28, acc3_12);
        acc3_13 = fma(v_150, b_29, acc3_13);
        acc3_14 = fma(v_150, b_30, acc3_14);
        acc3_15 = fma(v_150, b_31, acc3_15);
        acc4_0 = fma(v_152, b_16, acc4_0);
        acc4_1 = fma(v_152, b_17, acc4_1);
        acc4_2 = fma(v_152, b_18, acc4_2);
        acc4_3 = fma(v_152, b_19, acc4_3);
        acc4_4 = fma(v_152, b_20, acc4_4);
        acc4_5 = fma(v_152, b_21, acc4_5);
        acc4_6 = fma(v_152, b_22, acc4_6);
        acc4_7 = fma(v_152, b_23, acc4_7);
        acc4_8 = fma(v_152, b_24, acc4_8);
        acc4_9 = fma(v_152, b_25, acc4_9);
        acc4_10 = fma(v_152, b_26, acc4_10);
        acc4_11 = fma(v_152, b_27, acc4_11);
        acc4_12 = fma(v_152, b_28, acc4_12);
        acc4_13 = fma(v_152, b_29, acc4_13);
        acc4_14 = fma(v_152, b_30, acc4_14);
        acc4_15 = fma(v_152, b_31, acc4_15);
        acc5_0 = fma(v_154, b_16, acc5_0);
        acc5_1 = fma(v_154, b_17, acc5_1);
        acc5_2 = fma(v_154, b_18, acc5_2);
        acc5_3 = fma(v_154, b_19, acc5_3);
        acc5_4 = fma(v_154, b_20, acc5_4);
        acc5_5 = fma(v_154, b_21, acc5_5);
        acc5_6 = fma(v_154, b_22, acc5_6);
        acc5_7 = fma(v_154, b_23, acc5_7);
        acc5_8 = fma(v_154, b_24, acc5_8);
        acc5_9 = fma(v_154, b_25, acc5_9);
        acc5_10 = fma(v_154, b_26, acc5_10);
        acc5_11 = fma(v_154, b_27, acc5_11);
        acc5_12 = fma(v_154, b_28, acc5_12);
        acc5_13 = fma(v_154, b_29, acc5_13);
        acc5_14 = fma(v_154, b_30, acc5_14);
        acc5_15 = fma(v_154, b_31, acc5_15);
        acc6_0 = fma(v_156, b_16, acc6_0);
        acc6_1 = fma(v_156, b_17, acc6_1);
        acc6_2 = fma(v_156, b_18, acc6_2);
        acc6_3 = fma(v_156, b_19, acc6_3);
        acc6_4 = fma(v_156, b_20, acc6_4);
        acc6_5 = fma(v_156, b_21, acc6_5);
        acc6_6 = fma(v_156, b_22, acc6_6);
        acc6_7 = fma(v_156, b_23, acc6_7);
        acc6_8 = fma(v_156, b_24, acc6_8);
        acc6_9 = fma(v_156, b_25, acc6_9);
        acc6_10 = fma(v_156, b_26, acc6_10);
        acc6_11 = fma(v_156, b_27, acc6_11);
        acc6_12 = fma(v_156, b_28, acc6_12);
        acc6_13 = fma(v_156, b_29, acc6_13);
        acc6_14 = fma(v_156, b_30, acc6_14);
        acc6_15 = fma(v_156, b_31, acc6_15);
        acc7_0 = fma(v_158, b_16, acc7_0);
        acc7_1 = fma(v_158, b_17, acc7_1);
        acc7_2 = fma(v_158, b_18, acc7_2);
        acc7_3 = fma(v_158, b_19, acc7_3);
        acc7_4 = fma(v_158, b_20, acc7_4);
        acc7_5 = fma(v_158, b_21, acc7_5);
        acc7_6 = fma(v_158, b_22, acc7_6);
        acc7_7 = fma(v_158, b_23, acc7_7);
        acc7_8 = fma(v_158, b_24, acc7_8);
        acc7_9 = fma(v_158, b_25, acc7_9);
        acc7_10 = fma(v_158, b_26, acc7_10);
        acc7_11 = fma(v_158, b_27, acc7_11);
        acc7_12 = fma(v_158, b_28, acc7_12);
        acc7_13 = fma(v_158, b_29, acc7_13);
        acc7_14 = fma(v_158, b_30, acc7_14);
        acc7_15 = fma(v_158, b_31, acc7_15);
        float v_160 = 0.0f;
        if ((r0 < 22) && (k0 + 2 < 90)) {
            int i0_144 = (k0 + 2) / 9;
            int i1_144 = (k0 + 2) / 3 % 3;
            int i2_80 = (k0 + 2) % 3;
            float v_161 = in_w[r0 * 90 + i0_144 * 9 + i1_144 * 3 + i2_80];
            v_160 = v_161;
        }
        float v_162 = 0.0f;
        if ((r1 < 22) && (k0 + 2 < 90)) {
            int i0_145 = (k0 + 2) / 9;
            int i1_145 = (k0 + 2) / 3 % 3;
            int i2_81 = (k0 + 2) % 3;
            float v_163 = in_w[r1 * 90 + i0_145 * 9 + i1_145 * 3 + i2_81];
            v_162 = v_163;
        }
        float v_164 = 0.0f;
        if ((r2 < 22) && (k0 + 2 < 90)) {
            int i0_146 = (k0 + 2) / 9;
            int i1_146 = (k0 + 2) / 3 % 3;
            int i2_82 = (k0 + 2) % 3;
            float v_165 = in_w[r2 * 90 + i0_146 * 9 + i1_146 * 3 + i2_82];
            v_164 = v_165;
        }
        float v_166 = 0.0f;
        if ((r3 < 22) && (k0 + 2 < 90)) {
            int i0_147 = (k0 + 2) / 9;
            int i1_147 = (k0 + 2) / 3 % 3;
            int i2_83 = (k0 + 2) % 3;
            float v_167 = in_w[r3 * 90 + i0_147 * 9 + i1_147 * 3 + i2_83];
            v_166 = v_167;
        }
        float v_168 = 0.0f;
        if ((r4 < 22) && (k0 + 2 < 90)) {
            int i0_148 = (k0 + 2) / 9;
            int i1_148 = (k0 + 2) / 3 % 3;
            int i2_84 = (k0 + 2) % 3;
            float v_169 = in_w[r4 * 90 + i0_148 * 9 + i1_148 * 3 + i2_84];
            v_168 = v_169;
        }
        float v_170 = 0.0f;
        if ((r5 < 22) && (k0 + 2 < 90)) {
            int i0_149 = (k0 + 2) / 9;
            int i1_149 = (k0 + 2) / 3 % 3;
            int i2_85 = (k0 + 2) % 3;
            float v_171 = in_w[r5 * 90 + i0_149 * 9 + i1_149 * 3 + i2_85];
            v_170 = v_171;
        }
        float v_172 = 0.0f;
        if ((r6 < 22) && (k0 + 2 < 90)) {
            int i0_150 = (k0 + 2) / 9;
            int i1_150 = (k0 + 2) / 3 % 3;
            int i2_86 = (k0 + 2) % 3;
            float v_173 = in_w[r6 * 90 + i0_150 * 9 + i1_150 * 3 + i2_86];
            v_172 = v_173;
        }
        float v_174 = 0.0f;
        if ((r7 < 22) && (k0 + 2 < 90)) {
            int i0_151 = (k0 + 2) / 9;
            int i1_151 = (k0 + 2) / 3 % 3;
            int i2_87 = (k0 + 2) % 3;
            float v_175 = in_w[r7 * 90 + i0_151 * 9 + i1_151 * 3 + i2_87];
            v_174 = v_175;
        }
        float b_32 = tile_b[lid0 * 16 + 128];
        float b_33 = tile_b[lid0 * 16 + 1 + 128];
        float b_34 = tile_b[lid0 * 16 + 2 + 128];
        float b_35 = tile_b[lid0 * 16 + 3 + 128];
        float b_36 = tile_b[lid0 * 16 + 4 + 128];
        float b_37 = tile_b[lid0 * 16 + 5 + 128];
        float b_38 = tile_b[lid0 * 16 + 6 + 128];
        float b_39 = tile_b[lid0 * 16 + 7 + 128];
        float b_40 = tile_b[lid0 * 16 + 8 + 128];
        float b_41 = tile_b[lid0 * 16 + 9 + 128];
        float b_42 = tile_b[lid0 * 16 + 10 + 128];
        float b_43 = tile_b[lid0 * 16 + 11 + 128];
        float b_44 = tile_b[lid0 * 16 + 12 + 128];
        float b_45 = tile_b[lid0 * 16 + 13 + 128];
        float b_46 = tile_b[lid0 * 16 + 14 + 128];
        float b_47 = tile_b[lid0 * 16 + 15 + 128];
        acc0_0 = fma(v_160, b_32, acc0_0);
        acc0_1 = fma(v_160, b_33, acc0_1);
        acc0_2 = fma(v_160, b_34, acc0_2);
        acc0_3 = fma(v_160, b_35, acc0_3);
        acc0_4 = fma(v_160, b_36, acc0_4);
        acc0_5 = fma(v_160, b_37, acc0_5);
        acc0_6 = fma(v_160, b_38, acc0_6);
        acc0_7 = fma(v_160, b_39, acc0_7);
        acc0_8 = fma(v_160, b_40, acc0_8);
        acc0_9 = fma(v_160, b_41, acc0_9);
        acc0_10 = fma(v_160, b_42, acc0_10);
        acc0_11 = fma(v_160, b_43, acc0_11);
        acc0_12 = fma(v_160, b_44, acc0_12);
        acc0_13 = fma(v_160, b_45, acc0_13);
        acc0_14 = fma(v_160, b_46, acc0_14);
        acc0_15 = fma(v_160, b_47, acc0_15);
        acc1_0 = fma(v_162, b_32, acc1_0);
        acc1_1 = fma(v_162, b_33, acc1_1);
        acc1_2 = fma(v_162, b_34, acc1_2);
        acc1_3 = fma(v_162, b_35, acc1_3);
        acc1_4 = fma(v_162, b_36, acc1_4);
        acc1_5 = fma(v_162, b_37, acc1_5);
        acc1_6 = fma(v_162, b_38, acc1_6);
        acc1_7 = fma(v_162, b_39, acc1_7);
        acc1_8 = fma(v_162, b_40, acc1_8);
        acc1_9 = fma(v_162, b_41, acc1_9);
        acc1_10 = fma(v_162, b_42, acc1_10);
        acc1_11 = fma(v_162, b_43, acc1_11);
        acc1_12 = fma(v_162, b_44, acc1_12);
        acc1_13 = fma(v_162, b_45, acc1_13);
        acc1_14 = fma(v_162, b_46, acc1_14);
        acc1_15 = fma(v_162, b_47, acc1_15);
        acc2_0 = fma(v_164, b_32, acc2_0);
        acc2_1 = fma(v_164, b_33, acc2_1);
        acc2_2 = fma(v_164, b_34, acc2_2);
        acc2_3 = fma(v_164, b_35, acc2_3);
        acc2_4 = fma(v_164, b_36, acc2_4);
        acc2_5 = fma(v_164, b_37, acc2_5);
        acc2_6 = fma(v_164, b_38, acc2_6);
        acc2_7 = fma(v_164, b_39, acc2_7);
        acc2_8 = fma(v_164, b_40, acc2_8);
        acc2_9 = fma(v_164, b_41, acc2_9);
        acc2_10 = fma(v_164, b_42, acc2_10);
        acc2_11 = fma(v_164, b_43, acc2_11);
        acc2_12 = fma(v_164, b_44, acc2_12);
        acc2_13 = fma(v_164, b_45, acc2_13);
        acc2_14 = fma(v_164, b_46, acc2_14);
        acc2_15 = fma(v_164, b_47, acc2_15);
        acc3_0 = fma(v_166, b_32, acc3_0);
        acc3_1 = fma(v_166, b_33, acc3_1);
        acc3_2 = fma(v_166, b_34, acc3_2);
        acc3_3 = fma(v_166, b_35, acc3_3);
        acc3_4 = fma(v_166, b_36, acc3_4);
        acc3_5 = fma(v_166, b_37, acc3_5);
        acc3_6 = fma(v_166, b_38, acc3_6);
        acc3_7 = fma(v_166, b_39, acc3_7);
        acc3_8 = fma(v_166, b_40, acc3_8);
        acc3_9 = fma(v_166, b_41, acc3_9);
        acc3_10 = fma(v_166, b_42, acc3_10);
        acc3_11 = fma(v_166, b_43, acc3_11);
        acc3_12 = fma(v_166, b_44, acc3_12);
        acc3_13 = fma(v_166, b_45, acc3_13);
        acc3_14 = fma(v_166, b_46, acc3_14);
        acc3_15 = fma(v_166, b_47, acc3_15);
        acc4_0 = fma(v_168, b_32, acc4_0);
        acc4_1 = fma(v_168, b_33, acc4_1);
        acc4_2 = fma(v_168, b_34, acc4_2);
        acc4_3 = fma(v_168, b_35, acc4_3);
        acc4_4 = fma(v_168, b_36, acc4_4);
        acc4_5 = fma(v_168, b_37, acc4_5);
        acc4_6 = fma(v_168, b_38, acc4_6);
        acc4_7 = fma(v_168, b_39, acc4_7);
        acc4_8 = fma(v_168, b_40, acc4_8);
        acc4_9 = fma(v_168, b_41, acc4_9);
        acc4_10 = fma(v_168, b_42, acc4_10);
        acc4_11 = fma(v_168, b_43, acc4_11);
        acc4_12 = fma(v_168, b_44, acc4_12);
        acc4_13 = fma(v_168, b_45, acc4_13);
        acc4_14 = fma(v_168, b_46, acc4_14);
        acc4_15 = fma(v_168, b_47, acc4_15);
        acc5_0 = fma(v_170, b_32, acc5_0);
        acc5_1 = fma(v_170, b_33, acc5_1);
        acc5_2 = fma(v_170, b_34, acc5_2);
        acc5_3 = fma(v_170, b_35, acc5_3);
        acc5_4 = fma(v_170, b_36, acc5_4);
        acc5_5 = fma(v_170, b_37, acc5_5);
        acc5_6 = fma(v_170, b_38, acc5_6);
        acc5_7 = fma(v_170, b_39, acc5_7);
        acc5_8 = fma(v_170, b_40, acc5_8);
        acc5_9 = fma(v_170, b_41, acc5_9);
        acc5_10 = fma(v_170, b_42, acc5_10);
        acc5_11 = fma(v_170, b_43, acc5_11);
        acc5_12 = fma(v_170, b_44, acc5_12);
        acc5_13 = fma(v_170, b_45, acc5_13);
        acc5_14 = fma(v_170, b_46, acc5_14);
        acc5_15 = fma(v_170, b_47, acc5_15);
        acc6_0 = fma(v_172, b_32, acc6_0);
        acc6_1 = fma(v_172, b_33, acc6_1);
        acc6_2 = fma(v_172, b_34, acc6_2);
        acc6_3 = fma(v_172, b_35, acc6_3);
        acc6_4 = fma(v_172, b_36, acc6_4);
        acc6_5 = fma(v_172, b_37, acc6_5);
        acc6_6 = fma(v_172, b_38, acc6_6);
        acc6_7 = fma(v_172, b_39, acc6_7);
        acc6_8 = fma(v_172, b_40, acc6_8);
        acc6_9 = fma(v_172, b_41, acc6_9);
        acc6_10 = fma(v_172, b_42, acc6_10);
        acc6_11 = fma(v_172, b_43, acc6_11);
        acc6_12 = fma(v_172, b_44, acc6_12);
        acc6_13 = fma(v_172, b_45, acc6_13);
        acc6_14 = fma(v_172, b_46, acc6_14);
        acc6_15 = fma(v_172, b_47, acc6_15);
        acc7_0 = fma(v_174, b_32, acc7_0);
        acc7_1 = fma(v_174, b_33, acc7_1);
        acc7_2 = fma(v_174, b_34, acc7_2);
        acc7_3 = fma(v_174, b_35, acc7_3);
        acc7_4 = fma(v_174, b_36, acc7_4);
        acc7_5 = fma(v_174, b_37, acc7_5);
        acc7_6 = fma(v_174, b_38, acc7_6);
        acc7_7 = fma(v_174, b_39, acc7_7);
        acc7_8 = fma(v_174, b_40, acc7_8);
        acc7_9 = fma(v_174, b_41, acc7_9);
        acc7_10 = fma(v_174, b_42, acc7_10);
        acc7_11 = fma(v_174, b_43, acc7_11);
        acc7_12 = fma(v_174, b_44, acc7_12);
        acc7_13 = fma(v_174, b_45, acc7_13);
        acc7_14 = fma(v_174, b_46, acc7_14);
        acc7_15 = fma(v_174, b_47, acc7_15);
        float v_176 = 0.0f;
        if ((r0 < 22) && (k0 + 3 < 90)) {
            int i0_152 = (k0 + 3) / 9;
            int i1_152 = (1 + k0 / 3) % 3;
            int i2_88 = k0 % 3;
            float v_177 = in_w[r0 * 90 + i0_152 * 9 + i1_152 * 3 + i2_88];
            v_176 = v_177;
        }
        float v_178 = 0.0f;
        if ((r1 < 22) && (k0 + 3 < 90)) {
            int i0_153 = (k0 + 3) / 9;
            int i1_153 = (1 + k0 / 3) % 3;
            int i2_89 = k0 % 3;
            float v_179 = in_w[r1 * 90 + i0_153 * 9 + i1_153 * 3 + i2_89];
            v_178 = v_179;
        }
        float v_180 = 0.0f;
        if ((r2 < 22) && (k0 + 3 < 90)) {
            int i0_154 = (k0 + 3) / 9;
            int i1_154 = (1 + k0 / 3) % 3;
            int i2_90 = k0 % 3;
            float v_181 = in_w[r2 * 90 + i0_154 * 9 + i1_154 * 3 + i2_90];
            v_180 = v_181;
        }
        float v_182 = 0.0f;
        if ((r3 < 22) && (k0 + 3 < 90)) {
            int i0_155 = (k0 + 3) / 9;
            int i1_155 = (1 + k0 / 3) % 3;
            int i2_91 = k0 % 3;
            float v_183 = in_w[r3 * 90 + i0_155 * 9 + i1_155 * 3 + i2_91];
            v_182 = v_183;
        }
        float v_184 = 0.0f;
        if ((r4 < 22) && (k0 + 3 < 90)) {
            int i0_156 = (k0 + 3) / 9;
            int i1_156 = (1 + k0 / 3) % 3;
            int i2_92 = k0 % 3;
            float v_185 = in_w[r4 * 90 + i0_156 * 9 + i1_156 * 3 + i2_92];
            v_184 = v_185;
        }
        float v_186 = 0.0f;
        if ((r5 < 22) && (k0 + 3 < 90)) {
            int i0_157 = (k0 + 3) / 9;
            int i1_157 = (1 + k0 / 3) % 3;
            int i2_93 = k0 % 3;
            float v_187 = in_w[r5 * 90 + i0_157 * 9 + i1_157 * 3 + i2_93];
            v_186 = v_187;
        }
        float v_188 = 0.0f;
        if ((r6 < 22) && (k0 + 3 < 90)) {
            int i0_158 = (k0 + 3) / 9;
            int i1_158 = (1 + k0 / 3) % 3;
            int i2_94 = k0 % 3;
            float v_189 = in_w[r6 * 90 + i0_158 * 9 + i1_158 * 3 + i2_94];
            v_188 = v_189;
        }
        float v_190 = 0.0f;
        if ((r7 < 22) && (k0 + 3 < 90)) {
            int i0_159 = (k0 + 3) / 9;
            int i1_159 = (1 + k0 / 3) % 3;
            int i2_95 = k0 % 3;
            float v_191 = in_w[r7 * 90 + i0_159 * 9 + i1_159 * 3 + i2_95];
            v_190 = v_191;
        }
        float b_48 = tile_b[lid0 * 16 + 192];
        float b_49 = tile_b[lid0 * 16 + 1 + 192];
        float b_50 = tile_b[lid0 * 16 + 2 + 192];
        float b_51 = tile_b[lid0 * 16 + 3 + 192];
        float b_52 = tile_b[lid0 * 16 + 4 + 192];
        float b_53 = tile_b[lid0 * 16 + 5 + 192];
        float b_54 = tile_b[lid0 * 16 + 6 + 192];
        float b_55 = tile_b[lid0 * 16 + 7 + 192];
        float b_56 = tile_b[lid0 * 16 + 8 + 192];
        float b_57 = tile_b[lid0 * 16 + 9 + 192];
        float b_58 = tile_b[lid0 * 16 + 10 + 192];
        float b_59 = tile_b[lid0 * 16 + 11 + 192];
        float b_60 = tile_b[lid0 * 16 + 12 + 192];
        float b_61 = tile_b[lid0 * 16 + 13 + 192];
        float b_62 = tile_b[lid0 * 16 + 14 + 192];
        float b_63 = tile_b[lid0 * 16 + 15 + 192];
        acc0_0 = fma(v_176, b_48, acc0_0);
        acc0_1 = fma(v_176, b_49, acc0_1);
        acc0_2 = fma(v_176, b_50, acc0_2);
        acc0_3 = fma(v_176, b_51, acc0_3);
        acc0_4 = fma(v_176, b_52, acc0_4);
        acc0_5 = fma(v_176, b_53, acc0_5);
        acc0_6 = fma(v_176, b_54, acc0_6);
        acc0_7 = fma(v_176, b_55, acc0_7);
        acc0_8 = fma(v_176, b_56, acc0_8);
        acc0_9 = fma(v_176, b_57, acc0_9);
        acc0_10 = fma(v_176, b_58, acc0_10);
        acc0_11 = fma(v_176, b_59, acc0_11);
        acc0_12 = fma(v_176, b_60, acc0_12);
        acc0_13 = fma(v_176, b_61, acc0_13);
        acc0_14 = fma(v_176, b_62, acc0_14);
        acc0_15 = fma(v_176, b_63, acc0_15);
        acc1_0 = fma(v_178, b_48, acc1_0);
        acc1_1 = fma(v_178, b_49, acc1_1);
        acc1_2 = fma(v_178, b_50, acc1_2);
        acc1_3 = fma(v_178, b_51, acc1_3);
        acc1_4 = fma(v_178, b_52, acc1_4);
        acc1_5 = fma(v_178, b_53, acc1_5);
        acc1_6 = fma(v_178, b_54, acc1_6);
        acc1_7 = fma(v_178, b_55, acc1_7);
        acc1_8 = fma(v_178, b_56, acc1_8);
        acc1_9 = fma(v_178, b_57, acc1_9);
        acc1_10 = fma(v_178, b_58, acc1_10);
        acc1_11 = fma(v_178, b_59, acc1_11);
        acc1_12 = fma(v_178, b_60, acc1_12);
        acc1_13 = fma(v_178, b_61, acc1_13);
        acc1_14 = fma(v_178, b_62, acc1_14);
        acc1_15 = fma(v_178, b_63, acc1_15);
        acc2_0 = fma(v_180, b_48, acc2_0);
        acc2_1 = fma(v_180, b_49, acc2_1);
        acc2_2 = fma(v_180, b_50, acc2_2);
        acc2_3 = fma(v_180, b_51, acc2_3);
        acc2_4 = fma(v_180, b_52, acc2_4);
        acc2_5 = fma(v_180, b_53, acc2_5);
        acc2_6 = fma(v_180, b_54, acc2_6);
        acc2_7 = fma(v_180, b_55, acc2_7);
        acc2_8 = fma(v_180, b_56, acc2_8);
        acc2_9 = fma(v_180, b_57, acc2_9);
        acc2_10 = fma(v_180, b_58, acc2_10);
        acc2_11 = fma(v_180, b_59, acc2_11);
        acc2_12 = fma(v_180, b_60, acc2_12);
        acc2_13 = fma(v_180, b_61, acc2_13);
        acc2_14 = fma(v_180, b_62, acc2_14);
        acc2_15 = fma(v_180, b_63, acc2_15);
        acc3_0 = fma(v_182, b_48, acc3_0);
        acc3_1 = fma(v_182, b_49, acc3_1);
        acc3_2 = fma(v_182, b_50, acc3_2);
        acc3_3 = fma(v_182, b_51, acc3_3);
        acc3_4 = fma(v_182, b_52, acc3_4);
        acc3_5 = fma(v_182, b_53, acc3_5);
        acc3_6 = fma(v_182, b_54, acc3_6);
        acc3_7 = fma(v_182, b_55, acc3_7);
        acc3_8 = fma(v_182, b_56, acc3_8);
        acc3_9 = fma(v_182, b_57, acc3_9);
        acc3_10 = fma(v_182, b_58, acc3_10);
        acc3_11 = fma(v_182, b_59, acc3_11);
        acc3_12 = fma(v_182, b_60, acc3_12);
        acc3_13 = fma(v_182, b_61, acc3_13);
        acc3_14 = fma(v_182, b_62, acc3_14);
        acc3_15 = fma(v_182, b_63, acc3_15);
        acc4_0 = fma(v_184, b_48, acc4_0);
        acc4_1 = fma(v_184, b_49, acc4_1);
        acc4_2 = fma(v_184, b_50, acc4_2);
        acc4_3 = fma(v_184, b_51, acc4_3);
        acc4_4 = fma(v_184, b_52, acc4_4);
        acc4_5 = fma(v_184, b_53, acc4_5);
        acc4_6 = fma(v_184, b_54, acc4_6);
        acc4_7 = fma(v_184, b_55, acc4_7);
        acc4_8 = fma(v_184, b_56, acc4_8);
        acc4_9 = fma(v_184, b_57, acc4_9);
        acc4_10 = fma(v_184, b_58, acc4_10);
        acc4_11 = fma(v_184, b_59, acc4_11);
        acc4_12 = fma(v_184, b_60, acc4_12);
        acc4_13 = fma(v_184, b_61, acc4_13);
        acc4_14 = fma(v_184, b_62, acc4_14);
        acc4_15 = fma(v_184, b_63, acc4_15);
        acc5_0 = fma(v_186, b_48, acc5_0);
        acc5_1 = fma(v_186, b_49, acc5_1);
        acc5_2 = fma(v_186, b_50, acc5_2);
        acc5_3 = fma(v_186, b_51, acc5_3);
        acc5_4 = fma(v_186, b_52, acc5_4);
        acc5_5 = fma(v_186, b_53, acc5_5);
        acc5_6 = fma(v_186, b_54, acc5_6);
        acc5_7 = fma(v_186, b_55, acc5_7);
        acc5_8 = fma(v_186, b_56, acc5_8);
        acc5_9 = fma(v_186, b_57, acc5_9);
        acc5_10 = fma(v_186, b_58, acc5_10);
        acc5_11 = fma(v_186, b_59, acc5_11);
        acc5_12 = fma(v_186, b_60, acc5_12);
        acc5_13 = fma(v_186, b_61, acc5_13);
        acc5_14 = fma(v_186, b_62, acc5_14);
        acc5_15 = fma(v_186, b_63, acc5_15);
        acc6_0 = fma(v_188, b_48, acc6_0);
        acc6_1 = fma(v_188, b_49, acc6_1);
        acc6_2 = fma(v_188, b_50, acc6_2);
        acc6_3 = fma(v_188, b_51, acc6_3);
        acc6_4 = fma(v_188, b_52, acc6_4);
        acc6_5 = fma(v_188, b_53, acc6_5);
        acc6_6 = fma(v_188, b_54, acc6_6);
        acc6_7 = fma(v_188, b_55, acc6_7);
        acc6_8 = fma(v_188, b_56, acc6_8);
        acc6_9 = fma(v_188, b_57, acc6_9);
        acc6_10 = fma(v_188, b_58, acc6_10);
        acc6_11 = fma(v_188, b_59, acc6_11);
        acc6_12 = fma(v_188, b_60, acc6_12);
        acc6_13 = fma(v_188, b_61, acc6_13);
        acc6_14 = fma(v_188, b_62, acc6_14);
        acc6_15 = fma(v_188, b_63, acc6_15);
        acc7_0 = fma(v_190, b_48, acc7_0);
        acc7_1 = fma(v_190, b_49, acc7_1);
        acc7_2 = fma(v_190, b_50, acc7_2);
        acc7_3 = fma(v_190, b_51, acc7_3);
        acc7_4 = fma(v_190, b_52, acc7_4);
        acc7_5 = fma(v_190, b_53, acc7_5);
        acc7_6 = fma(v_190, b_54, acc7_6);
        acc7_7 = fma(v_190, b_55, acc7_7);
        acc7_8 = fma(v_190, b_56, acc7_8);
        acc7_9 = fma(v_190, b_57, acc7_9);
        acc7_10 = fma(v_190, b_58, acc7_10);
        acc7_11 = fma(v_190, b_59, acc7_11);
        acc7_12 = fma(v_190, b_60, acc7_12);
        acc7_13 = fma(v_190, b_61, acc7_13);
        acc7_14 = fma(v_190, b_62, acc7_14);
        acc7_15 = fma(v_190, b_63, acc7_15);
        float v_192 = 0.0f;
        if ((r0 < 22) && (k0 + 4 < 90)) {
            int i0_160 = (k0 + 4) / 9;
            int i1_160 = (k0 + 4) / 3 % 3;
            int i2_96 = (k0 + 4) % 3;
            float v_193 = in_w[r0 * 90 + i0_160 * 9 + i1_160 * 3 + i2_96];
            v_192 = v_193;
        }
        float v_194 = 0.0f;
        if ((r1 < 22) && (k0 + 4 < 90)) {
            int i0_161 = (k0 + 4) / 9;
            int i1_161 = (k0 + 4) / 3 % 3;
            int i2_97 = (k0 + 4) % 3;
            float v_195 = in_w[r1 * 90 + i0_161 * 9 + i1_161 * 3 + i2_97];
            v_194 = v_195;
        }
        float v_196 = 0.0f;
        if ((r2 < 22) && (k0 + 4 < 90)) {
            int i0_162 = (k0 + 4) / 9;
            int i1_162 = (k0 + 4) / 3 % 3;
            int i2_98 = (k0 + 4) % 3;
            float v_197 = in_w[r2 * 90 + i0_162 * 9 + i1_162 * 3 + i2_98];
            v_196 = v_197;
        }
        float v_198 = 0.0f;
        if ((r3 < 22) && (k0 + 4 < 90)) {
            int i0_163 = (k0 + 4) / 9;
            int i1_163 = (k0 + 4) / 3 % 3;
            int i2_99 = (k0 + 4) % 3;
            float v_199 = in_w[r3 * 90 + i0_163 * 9 + i1_163 * 3 + i2_99];
            v_198 = v_199;
        }
        float v_200 = 0.0f;
        if ((r4 < 22) && (k0 + 4 < 90)) {
            int i0_164 = (k0 + 4) / 9;
            int i1_164 = (k0 + 4) / 3 % 3;
            int i2_100 = (k0 + 4) % 3;
            float v_201 = in_w[r4 * 90 + i0_164 * 9 + i1_164 * 3 + i2_100];
            v_200 = v_201;
        }
        float v_202 = 0.0f;
        if ((r5 < 22) && (k0 + 4 < 90)) {
            int i0_165 = (k0 + 4) / 9;
            int i1_165 = (k0 + 4) / 3 % 3;
            int i2_101 = (k0 + 4) % 3;
            float v_203 = in_w[r5 * 90 + i0_165 * 9 + i1_165 * 3 + i2_101];
            v_202 = v_203;
        }
        float v_204 = 0.0f;
        if ((r6 < 22) && (k0 + 4 < 90)) {
            int i0_166 = (k0 + 4) / 9;
            int i1_166 = (k0 + 4) / 3 % 3;
            int i2_102 = (k0 + 4) % 3;
            float v_205 = in_w[r6 * 90 + i0_166 * 9 + i1_166 * 3 + i2_102];
            v_204 = v_205;
        }
        float v_206 = 0.0f;
        if ((r7 < 22) && (k0 + 4 < 90)) {
            int i0_167 = (k0 + 4) / 9;
            int i1_167 = (k0 + 4) / 3 % 3;
            int i2_103 = (k0 + 4) % 3;
            float v_207 = in_w[r7 * 90 + i0_167 * 9 + i1_167 * 3 + i2_103];
            v_206 = v_207;
        }
        float b_64 = tile_b[lid0 * 16 + 256];
        float b_65 = tile_b[lid0 * 16 + 1 + 256];
        float b_66 = tile_b[lid0 * 16 + 2 + 256];
        float b_67 = tile_b[lid0 * 16 + 3 + 256];
        float b_68 = tile_b[lid0 * 16 + 4 + 256];
        float b_69 = tile_b[lid0 * 16 + 5 + 256];
        float b_70 = tile_b[lid0 * 16 + 6 + 256];
        float b_71 = tile_b[lid0 * 16 + 7 + 256];
        float b_72 = tile_b[lid0 * 16 + 8 + 256];
        float b_73 = tile_b[lid0 * 16 + 9 + 256];
        float b_74 = tile_b[lid0 * 16 + 10 + 256];
        float b_75 = tile_b[lid0 * 16 + 11 + 256];
        float b_76 = tile_b[lid0 * 16 + 12 + 256];
        float b_77 = tile_b[lid0 * 16 + 13 + 256];
        float b_78 = tile_b[lid0 * 16 + 14 + 256];
        float b_79 = tile_b[lid0 * 16 + 15 + 256];
        acc0_0 = fma(v_192, b_64, acc0_0);
        acc0_1 = fma(v_192, b_65, acc0_1);
        acc0_2 = fma(v_192, b_66, acc0_2);
        acc0_3 = fma(v_192, b_67, acc0_3);
        acc0_4 = fma(v_192, b_68, acc0_4);
        acc0_5 = fma(v_192, b_69, acc0_5);
        acc0_6 = fma(v_192, b_70, acc0_6);
        acc0_7 = fma(v_192, b_71, acc0_7);
        acc0_8 = fma(v_192, b_72, acc0_8);
        acc0_9 = fma(v_192, b_73, acc0_9);
        acc0_10 = fma(v_192, b_74, acc0_10);
        acc0_11 = fma(v_192, b_75, acc0_11);
        acc0_12 = fma(v_192, b_76, acc0_12);
        acc0_13 = fma(v_192, b_77, acc0_13);
        acc0_14 = fma(v_192, b_78, acc0_14);
        acc0_15 = fma(v_192, b_79, acc0_15);
        acc1_0 = fma(v_194, b_64, acc1_0);
        acc1_1 = fma(v_194, b_65, acc1_1);
        acc1_2 = fma(v_194, b_66, acc1_2);
        acc1_3 = fma(v_194, b_67, acc1_3);
        acc1_4 = fma(v_194, b_68, acc1_4);
        acc1_5 = fma(v_194, b_69, acc1_5);
        acc1_6 = fma(v_194, b_70, acc1_6);
        acc1_7 = fma(v_194, b_71, acc1_7);
        acc1_8 = fma(v_194, b_72, acc1_8);
        acc1_9 = fma(v_194, b_73, acc1_9);
        acc1_10 = fma(v_194, b_74, acc1_10);
        acc1_11 = fma(v_194, b_75, acc1_11);
        acc1_12 = fma(v_194, b_76, acc1_12);
        acc1_13 = fma(v_194, b_77, acc1_13);
        acc1_14 = fma(v_194, b_78, acc1_14);
        acc1_15 = fma(v_194, b_79, acc1_15);
        acc2_0 = fma(v_196, b_64, acc2_0);
        acc2_1 = fma(v_196, b_65, acc2_1);
        acc2_2 = fma(v_196, b_66, acc2_2);
        acc2_3 = fma(v_196, b_67, acc2_3);
        acc2_4 = fma(v_196, b_68, acc2_4);
        acc2_5 = fma(v_196, b_69, acc2_5);
        acc2_6 = fma(v_196, b_70, acc2_6);
        acc2_7 = fma(v_196, b_71, acc2_7);
        acc2_8 = fma(v_196, b_72, acc2_8);
        acc2_9 = fma(v_196, b_73, acc2_9);
        acc2_10 = fma(v_196, b_74, acc2_10);
        acc2_11 = fma(v_196, b_75, acc2_11);
        acc2_12 = fma(v_196, b_76, acc2_12);
        acc2_13 = fma(v_196, b_77, acc2_13);
        acc2_14 = fma(v_196, b_78, acc2_14);
        acc2_15 = fma(v_196, b_79, acc2_15);
        acc3_0 = fma(v_198, b_64, acc3_0);
        acc3_1 = fma(v_198, b_65, acc3_1);
        acc3_2 = fma(v_198, b_66, acc3_2);
        acc3_3 = fma(v_198, b_67, acc3_3);
        acc3_4 = fma(v_198, b_68, acc3_4);
        acc3_5 = fma(v_198, b_69, acc3_5);
        acc3_6 = fma(v_198, b_70, acc3_6);
        acc3_7 = fma(v_198, b_71, acc3_7);
        acc3_8 = fma(v_198, b_72, acc3_8);
        acc3_9 = fma(v_198, b_73, acc3_9);
        acc3_10 = fma(v_198, b_74, acc3_10);
        acc3_11 = fma(v_198, b_75, acc3_11);
        acc3_12 = fma(v_198, b_76, acc3_12);
        acc3_13 = fma(v_198, b_77, acc3_13);
        acc3_14 = fma(v_198, b_78, acc3_14);
        acc3_15 = fma(v_198, b_79, acc3_15);
        acc4_0 = fma(v_200, b_64, acc4_0);
        acc4_1 = fma(v_200, b_65, acc4_1);
        acc4_2 = fma(v_200, b_66, acc4_2);
        acc4_3 = fma(v_200, b_67, acc4_3);
        acc4_4 = fma(v_200, b_68, acc4_4);
        acc4_5 = fma(v_200, b_69, acc4_5);
        acc4_6 = fma(v_200, b_70, acc4_6);
        acc4_7 = fma(v_200, b_71, acc4_7);
        acc4_8 = fma(v_200, b_72, acc4_8);
        acc4_9 = fma(v_200, b_73, acc4_9);
        acc4_10 = fma(v_200, b_74, acc4_10);
        acc4_11 = fma(v_200, b_75, acc4_11);
        acc4_12 = fma(v_200, b_76, acc4_12);
        acc4_13 = fma(v_200, b_77, acc4_13);
        acc4_14 = fma(v_200, b_78, acc4_14);
        acc4_15 = fma(v_200, b_79, acc4_15);
        acc5_0 = fma(v_202, b_64, acc5_0);
        acc5_1 = fma(v_202, b_65, acc5_1);
        acc5_2 = fma(v_202, b_66, acc5_2);
        acc5_3 = fma(v_202, b_67, acc5_3);
        acc5_4 = fma(v_202, b_68, acc5_4);
        acc5_5 = fma(v_202, b_69, acc5_5);
        acc5_6 = fma(v_202, b_70, acc5_6);
        acc5_7 = fma(v_202, b_71, acc5_7);
        acc5_8 = fma(v_202, b_72, acc5_8);
        acc5_9 = fma(v_202, b_73, acc5_9);
        acc5_10 = fma(v_202, b_74, acc5_10);
        acc5_11 = fma(v_202, b_75, acc5_11);
        acc5_12 = fma(v_202, b_76, acc5_12);
        acc5_13 = fma(v_202, b_77, acc5_13);
        acc5_14 = fma(v_202, b_78, acc5_14);
        acc5_15 = fma(v_202, b_79, acc5_15);
        acc6_0 = fma(v_204, b_64, acc6_0);
        acc6_1 = fma(v_204, b_65, acc6_1);
        acc6_2 = fma(v_204, b_66, acc6_2);
        acc6_3 = fma(v_204, b_67, acc6_3);
        acc6_4 = fma(v_204, b_68, acc6_4);
        acc6_5 = fma(v_204, b_69, acc6_5);
        acc6_6 = fma(v_204, b_70, acc6_6);
        acc6_7 = fma(v_204, b_71, acc6_7);
        acc6_8 = fma(v_204, b_72, acc6_8);
        acc6_9 = fma(v_204, b_73, acc6_9);
        acc6_10 = fma(v_204, b_74, acc6_10);
        acc6_11 = fma(v_204, b_75, acc6_11);
        acc6_12 = fma(v_204, b_76, acc6_12);
        acc6_13 = fma(v_204, b_77, acc6_13);
        acc6_14 = fma(v_204, b_78, acc6_14);
        acc6_15 = fma(v_204, b_79, acc6_15);
        acc7_0 = fma(v_206, b_64, acc7_0);
        acc7_1 = fma(v_206, b_65, acc7_1);
        acc7_2 = fma(v_206, b_66, acc7_2);
        acc7_3 = fma(v_206, b_67, acc7_3);
        acc7_4 = fma(v_206, b_68, acc7_4);
        acc7_5 = fma(v_206, b_69, acc7_5);
        acc7_6 = fma(v_206, b_70, acc7_6);
        acc7_7 = fma(v_206, b_71, acc7_7);
        acc7_8 = fma(v_206, b_72, acc7_8);
        acc7_9 = fma(v_206, b_73, acc7_9);
        acc7_10 = fma(v_206, b_74, acc7_10);
        acc7_11 = fma(v_206, b_75, acc7_11);
        acc7_12 = fma(v_206, b_76, acc7_12);
        acc7_13 = fma(v_206, b_77, acc7_13);
        acc7_14 = fma(v_206, b_78, acc7_14);
        acc7_15 = fma(v_206, b_79, acc7_15);
        float v_208 = 0.0f;
        if ((r0 < 22) && (k0 + 5 < 90)) {
            int i0_168 = (k0 + 5) / 9;
            int i1_168 = (k0 + 5) / 3 % 3;
            int i2_104 = (k0 + 5) % 3;
            float v_209 = in_w[r0 * 90 + i0_168 * 9 + i1_168 * 3 + i2_104];
            v_208 = v_209;
        }
        float v_210 = 0.0f;
        if ((r1 < 22) && (k0 + 5 < 90)) {
            int i0_169 = (k0 + 5) / 9;
            int i1_169 = (k0 + 5) / 3 % 3;
            int i2_105 = (k0 + 5) % 3;
            float v_211 = in_w[r1 * 90 + i0_169 * 9 + i1_169 * 3 + i2_105];
            v_210 = v_211;
        }
        float v_212 = 0.0f;
        if ((r2 < 22) && (k0 + 5 < 90)) {
            int i0_170 = (k0 + 5) / 9;
            int i1_170 = (k0 + 5) / 3 % 3;
            int i2_106 = (k0 + 5) % 3;
            float v_213 = in_w[r2 * 90 + i0_170 * 9 + i1_170 * 3 + i2_106];
            v_212 = v_213;
        }
        float v_214 = 0.0f;
        if ((r3 < 22) && (k0 + 5 < 90)) {
            int i0_171 = (k0 + 5) / 9;
            int i1_171 = (k0 + 5) / 3 % 3;
            int i2_107 = (k0 + 5) % 3;
            float v_215 = in_w[r3 * 90 + i0_171 * 9 + i1_171 * 3 + i2_107];
            v_214 = v_215;
        }
        float v_216 = 0.0f;
        if ((r4 < 22) && (k0 + 5 < 90)) {
            int i0_172 = (k0 + 5) / 9;
            int i1_172 = (k0 + 5) / 3 % 3;
            int i2_108 = (k0 + 5) % 3;
            float v_217 = in_w[r4 * 90 + i0_172 * 9 + i1_172 * 3 + i2_108];
            v_216 = v_217;
        }
        float v_218 = 0.0f;
        if ((r5 < 22) && (k0 + 5 < 90)) {
            int i0_173 = (k0 + 5) / 9;
            int i1_173 = (k0 + 5) / 3 % 3;
            int i2_109 = (k0 + 5) % 3;
            float v_219 = in_w[r5 * 90 + i0_173 * 9 + i1_173 * 3 + i2_109];
            v_218 = v_219;
        }
        float v_220 = 0.0f;
        if ((r6 < 22) && (k0 + 5 < 90)) {
            int i0_174 = (k0 + 5) / 9;
            int i1_174 = (k0 + 5) / 3 % 3;
            int i2_110 = (k0 + 5) % 3;
            float v_221 = in_w[r6 * 90 + i0_174 * 9 + i1_174 * 3 + i2_110];
            v_220 = v_221;
        }
        float v_222 = 0.0f;
        if ((r7 < 22) && (k0 + 5 < 90)) {
            int i0_175 = (k0 + 5) / 9;
            int i1_175 = (k0 + 5) / 3 % 3;
            int i2_111 = (k0 + 5) % 3;
            float v_223 = in_w[r7 * 90 + i0_175 * 9 + i1_175 * 3 + i2_111];
            v_222 = v_223;
        }
        float b_80 = tile_b[lid0 * 16 + 320];
        float b_81 = tile_b[lid0 * 16 + 1 + 320];
        float b_82 = tile_b[lid0 * 16 + 2 + 320];
        float b_83 = tile_b[lid0 * 16 + 3 + 320];
        float b_84 = tile_b[lid0 * 16 + 4 + 320];
        float b_85 = tile_b[lid0 * 16 + 5 + 320];
        float b_86 = tile_b[lid0 * 16 + 6 + 320];
        float b_87 = tile_b[lid0 * 16 + 7 + 320];
        float b_88 = tile_b[lid0 * 16 + 8 + 320];
        float b_89 = tile_b[lid0 * 16 + 9 + 320];
        float b_90 = tile_b[lid0 * 16 + 10 + 320];
        float b_91 = tile_b[lid0 * 16 + 11 + 320];
        float b_92 = tile_b[lid0 * 16 + 12 + 320];
        float b_93 = tile_b[lid0 * 16 + 13 + 320];
        float b_94 = tile_b[lid0 * 16 + 14 + 320];
        float b_95 = tile_b[lid0 * 16 + 15 + 320];
        acc0_0 = fma(v_208, b_80, acc0_0);
        acc0_1 = fma(v_208, b_81, acc0_1);
        acc0_2 = fma(v_208, b_82, acc0_2);
        acc0_3 = fma(v_208, b_83, acc0_3);
        acc0_4 = fma(v_208, b_84, acc0_4);
        acc0_5 = fma(v_208, b_85, acc0_5);
        acc0_6 = fma(v_208, b_86, acc0_6);
        acc0_7 = fma(v_208, b_87, acc0_7);
        acc0_8 = fma(v_208, b_88, acc0_8);
        acc0_9 = fma(v_208, b_89, acc0_9);
        acc0_10 = fma(v_208, b_90, acc0_10);
        acc0_11 = fma(v_208, b_91, acc0_11);
        acc0_12 = fma(v_208, b_92, acc0_12);
        acc0_13 = fma(v_208, b_93, acc0_13);
        acc0_14 = fma(v_208, b_94, acc0_14);
        acc0_15 = fma(v_208, b_95, acc0_15);
        acc1_0 = fma(v_210, b_80, acc1_0);
        acc1_1 = fma(v_210, b_81, acc1_1);
        acc1_2 = fma(v_210, b_82, acc1_2);
        acc1_3 = fma(v_210, b_83, acc1_3);
        acc1_4 = fma(v_210, b_84, acc1_4);
        acc1_5 = fma(v_210, b_85, acc1_5);
        acc1_6 = fma(v_210, b_86, acc1_6);
        acc1_7 = fma(v_210, b_87, acc1_7);
        acc1_8 = fma(v_210, b_88, acc1_8);
        acc1_9 = fma(v_210, b_89, acc1_9);
        acc1_10 = fma(v_210, b_90, acc1_10);
        acc1_11 = fma(v_210, b_91, acc1_11);
        acc1_12 = fma(v_210, b_92, acc1_12);
        acc1_13 = fma(v_210, b_93, acc1_13);
        acc1_14 = fma(v_210, b_94, acc1_14);
        acc1_15 = fma(v_210, b_95, acc1_15);
        acc2_0 = fma(v_212, b_80, acc2_0);
        acc2_1 = fma(v_212, b_81, acc2_1);
        acc2_2 = fma(v_212, b_82, acc2_2);
        acc2_3 = fma(v_212, b_83, acc2_3);
        acc2_4 = fma(v_212, b_84, acc2_4);
        acc2_5 = fma(v_212, b_85, acc2_5);
        acc2_6 = fma(v_212, b_86, acc2_6);
        acc2_7 = fma(v_212, b_87, acc2_7);
        acc2_8 = fma(v_212, b_88, acc2_8);
        acc2_9 = fma(v_212, b_89, acc2_9);
        acc2_10 = fma(v_212, b_90, acc2_10);
        acc2_11 = fma(v_212, b_91, acc2_11);
        acc2_12 = fma(v_212, b_92, acc2_12);
        acc2_13 = fma(v_212, b_93, acc2_13);
        acc2_14 = fma(v_212, b_94, acc2_14);
        acc2_15 = fma(v_212, b_95, acc2_15);
        acc3_0 = fma(v_214, b_80, acc3_0);
        acc3_1 = fma(v_214, b_81, acc3_1);
        acc3_2 = fma(v_214, b_82, acc3_2);
        acc3_3 = fma(v_214, b_83, acc3_3);
        acc3_4 = fma(v_214, b_84, acc3_4);
        acc3_5 = fma(v_214, b_85, acc3_5);
        acc3_6 = fma(v_214, b_86, acc3_6);
        acc3_7 = fma(v_214, b_87, acc3_7);
        acc3_8 = fma(v_214, b_88, acc3_8);
        acc3_9 = fma(v_214, b_89, acc3_9);
        acc3_10 = fma(v_214, b_90, acc3_10);
        acc3_11 = fma(v_214, b_91, acc3_11);
        acc3_12 = fma(v_214, b_92, acc3_12);
        acc3_13 = fma(v_214, b_93, acc3_13);
        acc3_14 = fma(v_214, b_94, acc3_14);
        acc3_15 = fma(v_214, b_95, acc3_15);
        acc4_0 = fma(v_216, b_80, acc4_0);
        acc4_1 = fma(v_216, b_81, acc4_1);
        acc4_2 = fma(v_216, b_82, acc4_2);
        acc4_3 = fma(v_216, b_83, acc4_3);
        acc4_4 = fma(v_216, b_84, acc4_4);
        acc4_5 = fma(v_216, b_85, acc4_5);
        acc4_6 = fma(v_216, b_86, acc4_6);
        acc4_7 = fma(v_216, b_87, acc4_7);
        acc4_8 = fma(v_216, b_88, acc4_8);
        acc4_9 = fma(v_216, b_89, acc4_9);
        acc4_10 = fma(v_216, b_90, acc4_10);
        acc4_11 = fma(v_216, b_91, acc4_11);
        acc4_12 = fma(v_216, b_92, acc4_12);
        acc4_13 = fma(v_216, b_93, acc4_13);
        acc4_14 = fma(v_216, b_94, acc4_14);
        acc4_15 = fma(v_216, b_95, acc4_15);
        acc5_0 = fma(v_218, b_80, acc5_0);
        acc5_1 = fma(v_218, b_81, acc5_1);
        acc5_2 = fma(v_218, b_82, acc5_2);
        acc5_3 = fma(v_218, b_83, acc5_3);
        acc5_4 = fma(v_218, b_84, acc5_4);
        acc5_5 = fma(v_218, b_85, acc5_5);
        acc5_6 = fma(v_218, b_86, acc5_6);
        acc5_7 = fma(v_218, b_87, acc5_7);
        acc5_8 = fma(v_218, b_88, acc5_8);
        acc5_9 = fma(v_218, b_89, acc5_9);
        acc5_10 = fma(v_218, b_90, acc5_10);
        acc5_11 = fma(v_218, b_91, acc5_11);
        acc5_12 = fma(v_218, b_92, acc5_12);
        acc5_13 = fma(v_218, b_93, acc5_13);
        acc5_14 = fma(v_218, b_94, acc5_14);
        acc5_15 = fma(v_218, b_95, acc5_15);
        acc6_0 = fma(v_220, b_80, acc6_0);
        acc6_1 = fma(v_220, b_81, acc6_1);
        acc6_2 = fma(v_220, b_82, acc6_2);
        acc6_3 = fma(v_220, b_83, acc6_3);
        acc6_4 = fma(v_220, b_84, acc6_4);
        acc6_5 = fma(v_220, b_85, acc6_5);
        acc6_6 = fma(v_220, b_86, acc6_6);
        acc6_7 = fma(v_220, b_87, acc6_7);
        acc6_8 = fma(v_220, b_88, acc6_8);
        acc6_9 = fma(v_220, b_89, acc6_9);
        acc6_10 = fma(v_220, b_90, acc6_10);
        acc6_11 = fma(v_220, b_91, acc6_11);
        acc6_12 = fma(v_220, b_92, acc6_12);
        acc6_13 = fma(v_220, b_93, acc6_13);
        acc6_14 = fma(v_220, b_94, acc6_14);
        acc6_15 = fma(v_220, b_95, acc6_15);
        acc7_0 = fma(v_222, b_80, acc7_0);
        acc7_1 = fma(v_222, b_81, acc7_1);
        acc7_2 = fma(v_222, b_82, acc7_2);
        acc7_3 = fma(v_222, b_83, acc7_3);
        acc7_4 = fma(v_222, b_84, acc7_4);
        acc7_5 = fma(v_222, b_85, acc7_5);
        acc7_6 = fma(v_222, b_86, acc7_6);
        acc7_7 = fma(v_222, b_87, acc7_7);
        acc7_8 = fma(v_222, b_88, acc7_8);
        acc7_9 = fma(v_222, b_89, acc7_9);
        acc7_10 = fma(v_222, b_90, acc7_10);
        acc7_11 = fma(v_222, b_91, acc7_11);
        acc7_12 = fma(v_222, b_92, acc7_12);
        acc7_13 = fma(v_222, b_93, acc7_13);
        acc7_14 = fma(v_222, b_94, acc7_14);
        acc7_15 = fma(v_222, b_95, acc7_15);
        float v_224 = 0.0f;
        if ((r0 < 22) && (k0 + 6 < 90)) {
            int i0_176 = (k0 + 6) / 9;
            int i1_176 = (2 + k0 / 3) % 3;
            int i2_112 = k0 % 3;
            float v_225 = in_w[r0 * 90 + i0_176 * 9 + i1_176 * 3 + i2_112];
            v_224 = v_225;
        }
        float v_226 = 0.0f;
        if ((r1 < 22) && (k0 + 6 < 90)) {
            int i0_177 = (k0 + 6) / 9;
            int i1_177 = (2 + k0 / 3) % 3;
            int i2_113 = k0 % 3;
            float v_227 = in_w[r1 * 90 + i0_177 * 9 + i1_177 * 3 + i2_113];
            v_226 = v_227;
        }
        float v_228 = 0.0f;
        if ((r2 < 22) && (k0 + 6 < 90)) {
            int i0_178 = (k0 + 6) / 9;
            int i1_178 = (2 + k0 / 3) % 3;
            int i2_114 = k0 % 3;
            float v_229 = in_w[r2 * 90 + i0_178 * 9 + i1_178 * 3 + i2_114];
            v_228 = v_229;
        }
        float v_230 = 0.0f;
        if ((r3 < 22) && (k0 + 6 < 90)) {
            int i0_179 = (k0 + 6) / 9;
            int i1_179 = (2 + k0 / 3) % 3;
            int i2_115 = k0 % 3;
            float v_231 = in_w[r3 * 90 + i0_179 * 9 + i1_179 * 3 + i2_115];
            v_230 = v_231;
        }
        float v_232 = 0.0f;
        if ((r4 < 22) && (k0 + 6 < 90)) {
            int i0_180 = (k0 + 6) / 9;
            int i1_180 = (2 + k0 / 3) % 3;
            int i2_116 = k0 % 3;
            float v_233 = in_w[r4 * 90 + i0_180 * 9 + i1_180 * 3 + i2_116];
            v_232 = v_233;
        }
        float v_234 = 0.0f;
        if ((r5 < 22) && (k0 + 6 < 90)) {
            int i0_181 = (k0 + 6) / 9;
            int i1_181 = (2 + k0 / 3) % 3;
            int i2_117 = k0 % 3;
            float v_235 = in_w[r5 * 90 + i0_181 * 9 + i1_181 * 3 + i2_117];
            v_234 = v_235;
        }
        float v_236 = 0.0f;
        if ((r6 < 22) && (k0 + 6 < 90)) {
            int i0_182 = (k0 + 6) / 9;
            int i1_182 = (2 + k0 / 3) % 3;
            int i2_118 = k0 % 3;
            float v_237 = in_w[r6 * 90 + i0_182 * 9 + i1_182 * 3 + i2_118];
            v_236 = v_237;
        }
        float v_238 = 0.0f;
        if ((r7 < 22) && (k0 + 6 < 90)) {
            int i0_183 = (k0 + 6) / 9;
            int i1_183 = (2 + k0 / 3) % 3;
            int i2_119 = k0 % 3;
            float v_239 = in_w[r7 * 90 + i0_183 * 9 + i1_183 * 3 + i2_119];
            v_238 = v_239;
        }
        float b_96 = tile_b[lid0 * 16 + 384];
        float b_97 = tile_b[lid0 * 16 + 1 + 384];
        float b_98 = tile_b[lid0 * 16 + 2 + 384];
        float b_99 = tile_b[lid0 * 16 + 3 + 384];
        float b_100 = tile_b[lid0 * 16 + 4 + 384];
        float b_101 = tile_b[lid0 * 16 + 5 + 384];
        float b_102 = tile_b[lid0 * 16 + 6 + 384];
        float b_103 = tile_b[lid0 * 16 + 7 + 384];
        float b_104 = tile_b[lid0 * 16 + 8 + 384];
        float b_105 = tile_b[lid0 * 16 + 9 + 384];
        float b_106 = tile_b[lid0 * 16 + 10 + 384];
        float b_107 = tile_b[lid0 * 16 + 11 + 384];
        float b_108 = tile_b[lid0 * 16 + 12 + 384];
        float b_109 = tile_b[lid0 * 16 + 13 + 384];
        float b_110 = tile_b[lid0 * 16 + 14 + 384];
        float b_111 = tile_b[lid0 * 16 + 15 + 384];
        acc0_0 = fma(v_224, b_96, acc0_0);
        acc0_1 = fma(v_224, b_97, acc0_1);
        acc0_2 = fma(v_224, b_98, acc0_2);
        acc0_3 = fma(v_224, b_99, acc0_3);
        acc0_4 = fma(v_224, b_100, acc0_4);
        acc0_5 = fma(v_224, b_101, acc0_5);
        acc0_6 = fma(v_224, b_102, acc0_6);
        acc0_7 = fma(v_224, b_103, acc0_7);
        acc0_8 = fma(v_224, b_104, acc0_8);
        acc0_9 = fma(v_224, b_105, acc0_9);
        acc0_10 = fma(v_224, b_106, acc0_10);
        acc0_11 = fma(v_224, b_107, acc0_11);
        acc0_12 = fma(v_224, b_108, acc0_12);
        acc0_13 = fma(v_224, b_109, acc0_13);
        acc0_14 = fma(v_224, b_110, acc0_14);
        acc0_15 = fma(v_224, b_111, acc0_15);
        acc1_0 = fma(v_226, b_96, acc1_0);
        acc1_1 = fma(v_226, b_97, acc1_1);
        acc1_2 = fma(v_226, b_98, acc1_2);
        acc1_3 = fma(v_226, b_99, acc1_3);
        acc1_4 = fma(v_226, b_100, acc1_4);
        acc1_5 = fma(v_226, b_101, acc1_5);
        acc1_6 = fma(v_226, b_102, acc1_6);
        acc1_7 = fma(v_226, b_103, acc1_7);
        acc1_8 = fma(v_226, b_104, acc1_8);
        acc1_9 = fma(v_226, b_105, acc1_9);
        acc1_10 = fma(v_226, b_106, acc1_10);
        acc1_11 = fma(v_226, b_107, acc1_11);
        acc1_12 = fma(v_226, b_108, acc1_12);
        acc1_13 = fma(v_226, b_109, acc1_13);
        acc1_14 = fma(v_226, b_110, acc1_14);
        acc1_15 = fma(v_226, b_111, acc1_15);
        acc2_0 = fma(v_228, b_96, acc2_0);
        acc2_1 = fma(v_228, b_97, acc2_1);
        acc2_2 = fma(v_228, b_98, acc2_2);
        acc2_3 = fma(v_228, b_99, acc2_3);
        acc2_4 = fma(v_228, b_100, acc2_4);
        acc2_5 = fma(v_228, b_101, acc2_5);
        acc2_6 = fma(v_228, b_102, acc2_6);
        acc2_7 = fma(v_228, b_103, acc2_7);
        acc2_8 = fma(v_228, b_104, acc2_8);
        acc2_9 = fma(v_228, b_105, acc2_9);
        acc2_10 = fma(v_228, b_106, acc2_10);
        acc2_11 = fma(v_228, b_107, acc2_11);
        acc2_12 = fma(v_228, b_108, acc2_12);
        acc2_13 = fma(v_228, b_109, acc2_13);
        acc2_14 = fma(v_228, b_110, acc2_14);
        acc2_15 = fma(v_228, b_111, acc2_15);
        acc3_0 = fma(v_230, b_96, acc3_0);
        acc3_1 = fma(v_230, b_97, acc3_1);
        acc3_2 = fma(v_230, b_98, acc3_2);
        acc3_3 = fma(v_230, b_99, acc3_3);
        acc3_4 = fma(v_230, b_100, acc3_4);
        acc3_5 = fma(v_230, b_101, acc3_5);
        acc3_6 = fma(v_230, b_102, acc3_6);
        acc3_7 = fma(v_230, b_103, acc3_7);
        acc3_8 = fma(v_230, b_104, acc3_8);
        acc3_9 = fma(v_230, b_105, acc3_9);
        acc3_10 = fma(v_230, b_106, acc3_10);
        acc3_11 = fma(v_230, b_107, acc3_11);
        acc3_12 = fma(v_230, b_108, acc3_12);
        acc3_13 = fma(v_230, b_109, acc3_13);
        acc3_14 = fma(v_230, b_110, acc3_14);
        acc3_15 = fma(v_230, b_111, acc3_15);
        acc4_0 = fma(v_232, b_96, acc4_0);
        acc4_1 = fma(v_232, b_97, acc4_1);
        acc4_2 = fma(v_232, b_98, acc4_2);
        acc4_3 = fma(v_232, b_99, acc4_3);
        acc4_4 = fma(v_232, b_100, acc4_4);
        acc4_5 = fma(v_232, b_101, acc4_5);
        acc4_6 = fma(v_232, b_102, acc4_6);
        acc4_7 = fma(v_232, b_103, acc4_7);
        acc4_8 = fma(v_232, b_104, acc4_8);
        acc4_9 = fma(v_232, b_105, acc4_9);
        acc4_10 = fma(v_232, b_106, acc4_10);
        acc4_11 = fma(v_232, b_107, acc4_11);
        acc4_12 = fma(v_232, b_108, acc4_12);
        acc4_13 = fma(v_232, b_109, acc4_13);
        acc4_14 = fma(v_232, b_110, acc4_14);
        acc4_15 = fma(v_232, b_111, acc4_15);
        acc5_0 = fma(v_234, b_96, acc5_0);
        acc5_1 = fma(v_234, b_97, acc5_1);
        acc5_2 = fma(v_234, b_98, acc5_2);
        acc5_3 = fma(v_234, b_99, acc5_3);
        acc5_4 = fma(v_234, b_100, acc5_4);
        acc5_5 = fma(v_234, b_101, acc5_5);
        acc5_6 = fma(v_234, b_102, acc5_6);
        acc5_7 = fma(v_234, b_103, acc5_7);
        acc5_8 = fma(v_234, b_104, acc5_8);
        acc5_9 = fma(v_234, b_105, acc5_9);
        acc5_10 = fma(v_234, b_106, acc5_10);
        acc5_11 = fma(v_234, b_107, acc5_11);
        acc5_12 = fma(v_234, b_108, acc5_12);
        acc5_13 = fma(v_234, b_109, acc5_13);
        acc5_14 = fma(v_234, b_110, acc5_14);
        acc5_15 = fma(v_234, b_111, acc5_15);
        acc6_0 = fma(v_236, b_96, acc6_0);
        acc6_1 = fma(v_236, b_97, acc6_1);
        acc6_2 = fma(v_236, b_98, acc6_2);
        acc6_3 = fma(v_236, b_99, acc6_3);
        acc6_4 = fma(v_236, b_100, acc6_4);
        acc6_5 = fma(v_236, b_101, acc6_5);
        acc6_6 = fma(v_236, b_102, acc6_6);
        acc6_7 = fma(v_236, b_103, acc6_7);
        acc6_8 = fma(v_236, b_104, acc6_8);
        acc6_9 = fma(v_236, b_105, acc6_9);
        acc6_10 = fma(v_236, b_106, acc6_10);
        acc6_11 = fma(v_236, b_107, acc6_11);
        acc6_12 = fma(v_236, b_108, acc6_12);
        acc6_13 = fma(v_236, b_109, acc6_13);
        acc6_14 = fma(v_236, b_110, acc6_14);
        acc6_15 = fma(v_236, b_111, acc6_15);
        acc7_0 = fma(v_238, b_96, acc7_0);
        acc7_1 = fma(v_238, b_97, acc7_1);
        acc7_2 = fma(v_238, b_98, acc7_2);
        acc7_3 = fma(v_238, b_99, acc7_3);
        acc7_4 = fma(v_238, b_100, acc7_4);
        acc7_5 = fma(v_238, b_101, acc7_5);
        acc7_6 = fma(v_238, b_102, acc7_6);
        acc7_7 = fma(v_238, b_103, acc7_7);
        acc7_8 = fma(v_238, b_104, acc7_8);
        acc7_9 = fma(v_238, b_105, acc7_9);
        acc7_10 = fma(v_238, b_106, acc7_10);
        acc7_11 = fma(v_238, b_107, acc7_11);
        acc7_12 = fma(v_238, b_108, acc7_12);
        acc7_13 = fma(v_238, b_109, acc7_13);
        acc7_14 = fma(v_238, b_110, acc7_14);
        acc7_15 = fma(v_238, b_111, acc7_15);
        float v_240 = 0.0f;
        if ((r0 < 22) && (k0 + 7 < 90)) {
            int i0_184 = (k0 + 7) / 9;
            int i1_184 = (k0 + 7) / 3 % 3;
            int i2_120 = (k0 + 7) % 3;
            float v_241 = in_w[r0 * 90 + i0_184 * 9 + i1_184 * 3 + i2_120];
            v_240 = v_241;
        }
        float v_242 = 0.0f;
        if ((r1 < 22) && (k0 + 7 < 90)) {
            int i0_185 = (k0 + 7) / 9;
            int i1_185 = (k0 + 7) / 3 % 3;
            int i2_121 = (k0 + 7) % 3;
            float v_243 = in_w[r1 * 90 + i0_185 * 9 + i1_185 * 3 + i2_121];
            v_242 = v_243;
        }
        float v_244 = 0.0f;
        if ((r2 < 22) && (k0 + 7 < 90)) {
            int i0_186 = (k0 + 7) / 9;
            int i1_186 = (k0 + 7) / 3 % 3;
            int i2_122 = (k0 + 7) % 3;
            float v_245 = in_w[r2 * 90 + i0_186 * 9 + i1_186 * 3 + i2_122];
            v_244 = v_245;
        }
        float v_246 = 0.0f;
        if ((r3 < 22) && (k0 + 7 < 90)) {
            int i0_187 = (k0 + 7) / 9;
            int i1_187 = (k0 + 7) / 3 % 3;
            int i2_123 = (k0 + 7) % 3;
            float v_247 = in_w[r3 * 90 + i0_187 * 9 + i1_187 * 3 + i2_123];
            v_246 = v_247;
        }
        float v_248 = 0.0f;
        if ((r4 < 22) && (k0 + 7 < 90)) {
            int i0_188 = (k0 + 7) / 9;
            int i1_188 = (k0 + 7) / 3 % 3;
            int i2_124 = (k0 + 7) % 3;
            float v_249 = in_w[r4 * 90 + i0_188 * 9 + i1_188 * 3 + i2_124];
            v_248 = v_249;
        }
        float v_250 = 0.0f;
        if ((r5 < 22) && (k0 + 7 < 90)) {
            int i0_189 = (k0 + 7) / 9;
            int i1_189 = (k0 + 7) / 3 % 3;
            int i2_125 = (k0 + 7) % 3;
            float v_251 = in_w[r5 * 90 + i0_189 * 9 + i1_189 * 3 + i2_125];
            v_250 = v_251;
        }
        float v_252 = 0.0f;
        if ((r6 < 22) && (k0 + 7 < 90)) {
            int i0_190 = (k0 + 7) / 9;
            int i1_190 = (k0 + 7) / 3 % 3;
            int i2_126 = (k0 + 7) % 3;
            float v_253 = in_w[r6 * 90 + i0_190 * 9 + i1_190 * 3 + i2_126];
            v_252 = v_253;
        }
        float v_254 = 0.0f;
        if ((r7 < 22) && (k0 + 7 < 90)) {
            int i0_191 = (k0 + 7) / 9;
            int i1_191 = (k0 + 7) / 3 % 3;
            int i2_127 = (k0 + 7) % 3;
            float v_255 = in_w[r7 * 90 + i0_191 * 9 + i1_191 * 3 + i2_127];
            v_254 = v_255;
        }
        float b_112 = tile_b[lid0 * 16 + 448];
        float b_113 = tile_b[lid0 * 16 + 1 + 448];
        float b_114 = tile_b[lid0 * 16 + 2 + 448];
        float b_115 = tile_b[lid0 * 16 + 3 + 448];
        float b_116 = tile_b[lid0 * 16 + 4 + 448];
        float b_117 = tile_b[lid0 * 16 + 5 + 448];
        float b_118 = tile_b[lid0 * 16 + 6 + 448];
        float b_119 = tile_b[lid0 * 16 + 7 + 448];
        float b_120 = tile_b[lid0 * 16 + 8 + 448];
        float b_121 = tile_b[lid0 * 16 + 9 + 448];
        float b_122 = tile_b[lid0 * 16 + 10 + 448];
        float b_123 = tile_b[lid0 * 16 + 11 + 448];
        float b_124 = tile_b[lid0 * 16 + 12 + 448];
        float b_125 = tile_b[lid0 * 16 + 13 + 448];
        float b_126 = tile_b[lid0 * 16 + 14 + 448];
        float b_127 = tile_b[lid0 * 16 + 15 + 448];
        acc0_0 = fma(v_240, b_112, acc0_0);
        acc0_1 = fma(v_240, b_113, acc0_1);
        acc0_2 = fma(v_240, b_114, acc0_2);
        acc0_3 = fma(v_240, b_115, acc0_3);
        acc0_4 = fma(v_240, b_116, acc0_4);
        acc0_5 = fma(v_240, b_117, acc0_5);
        acc0_6 = fma(v_240, b_118, acc0_6);
        acc0_7 = fma(v_240, b_119, acc0_7);
        acc0_8 = fma(v_240, b_120, acc0_8);
        acc0_9 = fma(v_240, b_121, acc0_9);
        acc0_10 = fma(v_240, b_122, acc0_10);
        acc0_11 = fma(v_240, b_123, acc0_11);
        acc0_12 = fma(v_240, b_124, acc0_12);
        acc0_13 = fma(v_240, b_125, acc0_13);
        acc0_14 = fma(v_240, b_126, acc0_14);
        acc0_15 = fma(v_240, b_127, acc0_15);
        acc1_0 = fma(v_242, b_112, acc1_0);
        acc1_1 = fma(v_242, b_113, acc1_1);
        acc1_2 = fma(v_242, b_114, acc1_2);
        acc1_3 = fma(v_242, b_115, acc1_3);
        acc1_4 = fma(v_242, b_116, acc1_4);
        acc1_5 = fma(v_242, b_117, acc1_5);
        acc1_6 = fma(v_242, b_118, acc1_6);
        acc1_7 = fma(v_242, b_119, acc1_7);
        acc1_8 = fma(v_242, b_120, acc1_8);
        acc1_9 = fma(v_242, b_121, acc1_9);
        acc1_10 = fma(v_242, b_122, acc1_10);
        acc1_11 = fma(v_242, b_123, acc1_11);
        acc1_12 = fma(v_242, b_124, acc1_12);
        acc1_13 = fma(v_242, b_125, acc1_13);
        acc1_14 = fma(v_242, b_126, acc1_14);
        acc1_15 = fma(v_242, b_127, acc1_15);
        acc2_0 = fma(v_244, b_112, acc2_0);
        acc2_1 = fma(v_244, b_113, acc2_1);
        acc2_2 = fma(v_244, b_114, acc2_2);
        acc2_3 = fma(v_244, b_115, acc2_3);
        acc2_4 = fma(v_244, b_116, acc2_4);
        acc2_5 = fma(v_244, b_117, acc2_5);
        acc2_6 = fma(v_244, b_118, acc2_6);
        acc2_7 = fma(v_244, b_119, acc2_7);
        acc2_8 = fma(v_244, b_120, acc2_8);
        acc2_9 = fma(v_244, b_121, acc2_9);
        acc2_10 = fma(v_244, b_122, acc2_10);
        acc2_11 = fma(v_244, b_123, acc2_11);
        acc2_12 = fma(v_244, b_124, acc2_12);
        acc2_13 = fma(v_244, b_125, acc2_13);
        acc2_14 = fma(v_244, b_126, acc2_14);
        acc2_15 = fma(v_244, b_127, acc2_15);
        acc3_0 = fma(v_246, b_112, acc3_0);
        acc3_1 = fma(v_246, b_113, acc3_1);
        acc3_2 = fma(v_246, b_114, acc3_2);
        acc3_3 = fma(v_246, b_115, acc3_3);
        acc3_4 = fma(v_246, b_116, acc3_4);
        acc3_5 = fma(v_246, b_117, acc3_5);
        acc3_6 = fma(v_246, b_118, acc3_6);
        acc3_7 = fma(v_246, b_119, acc3_7);
        acc3_8 = fma(v_246, b_120, acc3_8);
        acc3_9 = fma(v_246, b_121, acc3_9);
        acc3_10 = fma(v_246, b_122, acc3_10);
        acc3_11 = fma(v_246, b_123, acc3_11);
        acc3_12 = fma(v_246, b_124, acc3_12);
        acc3_13 = fma(v_246, b_125, acc3_13);
        acc3_14 = fma(v_246, b_126, acc3_14);
        acc3_15 = fma(v_246, b_127, acc3_15);
        acc4_0 = fma(v_248, b_112, acc4_0);
        acc4_1 = fma(v_248, b_113, acc4_1);
        acc4_2 = fma(v_248, b_114, acc4_2);
        acc4_3 = fma(v_248, b_115, acc4_3);
        acc4_4 = fma(v_248, b_116, acc4_4);
        acc4_5 = fma(v_248, b_117, acc4_5);
        acc4_6 = fma(v_248, b_118, acc4_6);
        acc4_7 = fma(v_248, b_119, acc4_7);
        acc4_8 = fma(v_248, b_120, acc4_8);
        acc4_9 = fma(v_248, b_121, acc4_9);
        acc4_10 = fma(v_248, b_122, acc4_10);
        acc4_11 = fma(v_248, b_123, acc4_11);
        acc4_12 = fma(v_248, b_124, acc4_12);
        acc4_13 = fma(v_248, b_125, acc4_13);
        acc4_14 = fma(v_248, b_126, acc4_14);
        acc4_15 = fma(v_248, b_127, acc4_15);
        acc5_0 = fma(v_250, b_112, acc5_0);
        acc5_1 = fma(v_250, b_113, acc5_1);
        acc5_2 = fma(v_250, b_114, acc5_2);
        acc5_3 = fma(v_250, b_115, acc5_3);
        acc5_4 = fma(v_250, b_116, acc5_4);
        acc5_5 = fma(v_250, b_117, acc5_5);
        acc5_6 = fma(v_250, b_118, acc5_6);
        acc5_7 = fma(v_250, b_119, acc5_7);
        acc5_8 = fma(v_250, b_120, acc5_8);
        acc5_9 = fma(v_250, b_121, acc5_9);
        acc5_10 = fma(v_250, b_122, acc5_10);
        acc5_11 = fma(v_250, b_123, acc5_11);
        acc5_12 = fma(v_250, b_124, acc5_12);
        acc5_13 = fma(v_250, b_125, acc5_13);
        acc5_14 = fma(v_250, b_126, acc5_14);
        acc5_15 = fma(v_250, b_127, acc5_15);
        acc6_0 = fma(v_252, b_112, acc6_0);
        acc6_1 = fma(v_252, b_113, acc6_1);
        acc6_2 = fma(v_252, b_114, acc6_2);
        acc6_3 = fma(v_252, b_115, acc6_3);
        acc6_4 = fma(v_252, b_116, acc6_4);
        acc6_5 = fma(v_252, b_117, acc6_5);
        acc6_6 = fma(v_252, b_118, acc6_6);
        acc6_7 = fma(v_252, b_119, acc6_7);
        acc6_8 = fma(v_252, b_120, acc6_8);
        acc6_9 = fma(v_252, b_121, acc6_9);
        acc6_10 = fma(v_252, b_122, acc6_10);
        acc6_11 = fma(v_252, b_123, acc6_11);
        acc6_12 = fma(v_252, b_124, acc6_12);
        acc6_13 = fma(v_252, b_125, acc6_13);
        acc6_14 = fma(v_252, b_126, acc6_14);
        acc6_15 = fma(v_252, b_127, acc6_15);
        acc7_0 = fma(v_254, b_112, acc7_0);
        acc7_1 = fma(v_254, b_113, acc7_1);
        acc7_2 = fma(v_254, b_114, acc7_2);
        acc7_3 = fma(v_254, b_115, acc7_3);
        acc7_4 = fma(v_254, b_116, acc7_4);
        acc7_5 = fma(v_254, b_117, acc7_5);
        acc7_6 = fma(v_254, b_118, acc7_6);
        acc7_7 = fma(v_254, b_119, acc7_7);
        acc7_8 = fma(v_254, b_120, acc7_8);
        acc7_9 = fma(v_254, b_121, acc7_9);
        acc7_10 = fma(v_254, b_122, acc7_10);
        acc7_11 = fma(v_254, b_123, acc7_11);
        acc7_12 = fma(v_254, b_124, acc7_12);
        acc7_13 = fma(v_254, b_125, acc7_13);
        acc7_14 = fma(v_254, b_126, acc7_14);
        acc7_15 = fma(v_254, b_127, acc7_15);
        float v_256 = 0.0f;
        if ((r0 < 22) && (k0 + 8 < 90)) {
            int i0_192 = (k0 + 8) / 9;
            int i1_192 = (k0 + 8) / 3 % 3;
            int i2_128 = (k0 + 8) % 3;
            float v_257 = in_w[r0 * 90 + i0_192 * 9 + i1_192 * 3 + i2_128];
            v_256 = v_257;
        }
        float v_258 = 0.0f;
        if ((r1 < 22) && (k0 + 8 < 90)) {
            int i0_193 = (k0 + 8) / 9;
            int i1_193 = (k0 + 8) / 3 % 3;
            int i2_129 = (k0 + 8) % 3;
            float v_259 = in_w[r1 * 90 + i0_193 * 9 + i1_193 * 3 + i2_129];
            v_258 = v_259;
        }
        float v_260 = 0.0f;
        if ((r2 < 22) && (k0 + 8 < 90)) {
            int i0_194 = (k0 + 8) / 9;
            int i1_194 = (k0 + 8) / 3 % 3;
            int i2_130 = (k0 + 8) % 3;
            float v_261 = in_w[r2 * 90 + i0_194 * 9 + i1_194 * 3 + i2_130];
            v_260 = v_261;
        }
        float v_262 = 0.0f;
        if ((r3 < 22) && (k0 + 8 < 90)) {
            int i0_195 = (k0 + 8) / 9;
            int i1_195 = (k0 + 8) / 3 % 3;
            int i2_131 = (k0 + 8) % 3;
            float v_263 = in_w[r3 * 90 + i0_195 * 9 + i1_195 * 3 + i2_131];
            v_262 = v_263;
        }
        float v_264 = 0.0f;
        if ((r4 < 22) && (k0 + 8 < 90)) {
            int i0_196 = (k0 + 8) / 9;
            int i1_196 = (k0 + 8) / 3 % 3;
            int i2_132 = (k0 + 8) % 3;
            float v_265 = in_w[r4 * 90 + i0_196 * 9 + i1_196 * 3 + i2_132];
            v_264 = v_265;
        }
        float v_266 = 0.0f;
        if ((r5 < 22) && (k0 + 8 < 90)) {
            int i0_197 = (k0 + 8) / 9;
            int i1_197 = (k0 + 8) / 3 % 3;
            int i2_133 = (k0 + 8) % 3;
            float v_267 = in_w[r5 * 90 + i0_197 * 9 + i1_197 * 3 + i2_133];
            v_266 = v_267;
        }
        float v_268 = 0.0f;
        if ((r6 < 22) && (k0 + 8 < 90)) {
            int i0_198 = (k0 + 8) / 9;
            int i1_198 = (k0 + 8) / 3 % 3;
            int i2_134 = (k0 + 8) % 3;
            float v_269 = in_w[r6 * 90 + i0_198 * 9 + i1_198 * 3 + i2_134];
            v_268 = v_269;
        }
        float v_270 = 0.0f;
        if ((r7 < 22) && (k0 + 8 < 90)) {
            int i0_199 = (k0 + 8) / 9;
            int i1_199 = (k0 + 8) / 3 % 3;
            int i2_135 = (k0 + 8) % 3;
            float v_271 = in_w[r7 * 90 + i0_199 * 9 + i1_199 * 3 + i2_135];
            v_270 = v_271;
        }
        float b_128 = tile_b[lid0 * 16 + 512];
        float b_129 = tile_b[lid0 * 16 + 1 + 512];
        float b_130 = tile_b[lid0 * 16 + 2 + 512];
        float b_131 = tile_b[lid0 * 16 + 3 + 512];
        float b_132 = tile_b[lid0 * 16 + 4 + 512];
        float b_133 = tile_b[lid0 * 16 + 5 + 512];
        float b_134 = tile_b[lid0 * 16 + 6 + 512];
        float b_135 = tile_b[lid0 * 16 + 7 + 512];
        float b_136 = tile_b[lid0 * 16 + 8 + 512];
        float b_137 = tile_b[lid0 * 16 + 9 + 512];
        float b_138 = tile_b[lid0 * 16 + 10 + 512];
        float b_139 = tile_b[lid0 * 16 + 11 + 512];
        float b_140 = tile_b[lid0 * 16 + 12 + 512];
        float b_141 = tile_b[lid0 * 16 + 13 + 512];
        float b_142 = tile_b[lid0 * 16 + 14 + 512];
        float b_143 = tile_b[lid0 * 16 + 15 + 512];
        acc0_0 = fma(v_256, b_128, acc0_0);
        acc0_1 = fma(v_256, b_129, acc0_1);
        acc0_2 = fma(v_256, b_130, acc0_2);
        acc0_3 = fma(v_256, b_131, acc0_3);
        acc0_4 = fma(v_256, b_132, acc0_4);
        acc0_5 = fma(v_256, b_133, acc0_5);
        acc0_6 = fma(v_256, b_134, acc0_6);
        acc0_7 = fma(v_256, b_135, acc0_7);
        acc0_8 = fma(v_256, b_136, acc0_8);
        acc0_9 = fma(v_256, b_137, acc0_9);
        acc0_10 = fma(v_256, b_138, acc0_10);
        acc0_11 = fma(v_256, b_139, acc0_11);
        acc0_12 = fma(v_256, b_140, acc0_12);
        acc0_13 = fma(v_256, b_141, acc0_13);
        acc0_14 = fma(v_256, b_142, acc0_14);
        acc0_15 = fma(v_256, b_143, acc0_15);
        acc1_0 = fma(v_258, b_128, acc1_0);
        acc1_1 = fma(v_258, b_129, acc1_1);
        acc1_2 = fma(v_258, b_130, acc1_2);
        acc1_3 = fma(v_258, b_131, acc1_3);
        acc1_4 = fma(v_258, b_132, acc1_4);
        acc1_5 = fma(v_258, b_133, acc1_5);
        acc1_6 = fma(v_258, b_134, acc1_6);
        acc1_7 = fma(v_258, b_135, acc1_7);
        acc1_8 = fma(v_258, b_136, acc1_8);
        acc1_9 = fma(v_258, b_137, acc1_9);
        acc1_10 = fma(v_258, b_138, acc1_10);
        acc1_11 = fma(v_258, b_139, acc1_11);
        acc1_12 = fma(v_258, b_140, acc1_12);
        acc1_13 = fma(v_258, b_141, acc1_13);
        acc1_14 = fma(v_258, b_142, acc1_14);
        acc1_15 = fma(v_258, b_143, acc1_15);
        acc2_0 = fma(v_260, b_128, acc2_0);
        acc2_1 = fma(v_260, b_129, acc2_1);
        acc2_2 = fma(v_260, b_130, acc2_2);
        acc2_3 = fma(v_260, b_131, acc2_3);
        acc2_4 = fma(v_260, b_132, acc2_4);
        acc2_5 = fma(v_260, b_133, acc2_5);
        acc2_6 = fma(v_260, b_134, acc2_6);
        acc2_7 = fma(v_260, b_135, acc2_7);
        acc2_8 = fma(v_260, b_136, acc2_8);
        acc2_9 = fma(v_260, b_137, acc2_9);
        acc2_10 = fma(v_260, b_138, acc2_10);
        acc2_11 = fma(v_260, b_139, acc2_11);
        acc2_12 = fma(v_260, b_140, acc2_12);
        acc2_13 = fma(v_260, b_141, acc2_13);
        acc2_14 = fma(v_260, b_142, acc2_14);
        acc2_15 = fma(v_260, b_143, acc2_15);
        acc3_0 = fma(v_262, b_128, acc3_0);
        acc3_1 = fma(v_262, b_129, acc3_1);
        acc3_2 = fma(v_262, b_130, acc3_2);
        acc3_3 = fma(v_262, b_131, acc3_3);
        acc3_4 = fma(v_262, b_132, acc3_4);
        acc3_5 = fma(v_262, b_133, acc3_5);
        acc3_6 = fma(v_262, b_134, acc3_6);
        acc3_7 = fma(v_262, b_135, acc3_7);
        acc3_8 = fma(v_262, b_136, acc3_8);
        acc3_9 = fma(v_262, b_137, acc3_9);
        acc3_10 = fma(v_262, b_138, acc3_10);
        acc3_11 = fma(v_262, b_139, acc3_11);
        acc3_12 = fma(v_262, b_140, acc3_12);
        acc3_13 = fma(v_262, b_141, acc3_13);
        acc3_14 = fma(v_262, b_142, acc3_14);
        acc3_15 = fma(v_262, b_143, acc3_15);
        acc4_0 = fma(v_264, b_128, acc4_0);
        acc4_1 = fma(v_264, b_129, acc4_1);
        acc4_2 = fma(v_264, b_130, acc4_2);
        acc4_3 = fma(v_264, b_131, acc4_3);
        acc4_4 = fma(v_264, b_132, acc4_4);
        acc4_5 = fma(v_264, b_133, acc4_5);
        acc4_6 = fma(v_264, b_134, acc4_6);
        acc4_7 = fma(v_264, b_135, acc4_7);
        acc4_8 = fma(v_264, b_136, acc4_8);
        acc4_9 = fma(v_264, b_137, acc4_9);
        acc4_10 = fma(v_264, b_138, acc4_10);
        acc4_11 = fma(v_264, b_139, acc4_11);
        acc4_12 = fma(v_264, b_140, acc4_12);
        acc4_13 = fma(v_264, b_141, acc4_13);
        acc4_14 = fma(v_264, b_142, acc4_14);
        acc4_15 = fma(v_264, b_143, acc4_15);
        acc5_0 = fma(v_266, b_128, acc5_0);
        acc5_1 = fma(v_266, b_129, acc5_1);
        acc5_2 = fma(v_266, b_130, acc5_2);
        acc5_3 = fma(v_266, b_131, acc5_3);
        acc5_4 = fma(v_266, b_132, acc5_4);
        acc5_5 = fma(v_266, b_133, acc5_5);
        acc5_6 = fma(v_266, b_134, acc5_6);
        acc5_7 = fma(v_266, b_135, acc5_7);
        acc5_8 = fma(v_266, b_136, acc5_8);
        acc5_9 = fma(v_266, b_137, acc5_9);
        acc5_10 = fma(v_266, b_138, acc5_10);
        acc5_11 = fma(v_266, b_139, acc5_11);
        acc5_12 = fma(v_266, b_140, acc5_12);
        acc5_13 = fma(v_266, b_141, acc5_13);
        acc5_14 = fma(v_266, b_142, acc5_14);
        acc5_15 = fma(v_266, b_143, acc5_15);
        acc6_0 = fma(v_268, b_128, acc6_0);
        acc6_1 = fma(v_268, b_129, acc6_1);
        acc6_2 = fma(v_268, b_130, acc6_2);
        acc6_3 = fma(v_268, b_131, acc6_3);
        acc6_4 = fma(v_268, b_132, acc6_4);
        acc6_5 = fma(v_268, b_133, acc6_5);
        acc6_6 = fma(v_268, b_134, acc6_6);
        acc6_7 = fma(v_268, b_135, acc6_7);
        acc6_8 = fma(v_268, b_136, acc6_8);
        acc6_9 = fma(v_268, b_137, acc6_9);
        acc6_10 = fma(v_268, b_138, acc6_10);
        acc6_11 = fma(v_268, b_139, acc6_11);
        acc6_12 = fma(v_268, b_140, acc6_12);
        acc6_13 = fma(v_268, b_141, acc6_13);
        acc6_14 = fma(v_268, b_142, acc6_14);
        acc6_15 = fma(v_268, b_143, acc6_15);
        acc7_0 = fma(v_270, b_128, acc7_0);
        acc7_1 = fma(v_270, b_129, acc7_1);
        acc7_2 = fma(v_270, b_130, acc7_2);
        acc7_3 = fma(v_270, b_131, acc7_3);
        acc7_4 = fma(v_270, b_132, acc7_4);
        acc7_5 = fma(v_270, b_133, acc7_5);
        acc7_6 = fma(v_270, b_134, acc7_6);
        acc7_7 = fma(v_270, b_135, acc7_7);
        acc7_8 = fma(v_270, b_136, acc7_8);
        acc7_9 = fma(v_270, b_137, acc7_9);
        acc7_10 = fma(v_270, b_138, acc7_10);
        acc7_11 = fma(v_270, b_139, acc7_11);
        acc7_12 = fma(v_270, b_140, acc7_12);
        acc7_13 = fma(v_270, b_141, acc7_13);
        acc7_14 = fma(v_270, b_142, acc7_14);
        acc7_15 = fma(v_270, b_143, acc7_15);
        float v_272 = 0.0f;
        if ((r0 < 22) && (k0 + 9 < 90)) {
            int i0_200 = 1 + k0 / 9;
            int i1_200 = k0 / 3 % 3;
            int i2_136 = k0 % 3;
            float v_273 = in_w[r0 * 90 + i0_200 * 9 + i1_200 * 3 + i2_136];
            v_272 = v_273;
        }
        float v_274 = 0.0f;
        if ((r1 < 22) && (k0 + 9 < 90)) {
            int i0_201 = 1 + k0 / 9;
            int i1_201 = k0 / 3 % 3;
            int i2_137 = k0 % 3;
            float v_275 = in_w[r1 * 90 + i0_201 * 9 + i1_201 * 3 + i2_137];
            v_274 = v_275;
        }
        float v_276 = 0.0f;
        if ((r2 < 22) && (k0 + 9 < 90)) {
            int i0_202 = 1 + k0 / 9;
            int i1_202 = k0 / 3 % 3;
            int i2_138 = k0 % 3;
            float v_277 = in_w[r2 * 90 + i0_202 * 9 + i1_202 * 3 + i2_138];
            v_276 = v_277;
        }
        float v_278 = 0.0f;
        if ((r3 < 22) && (k0 + 9 < 90)) {
            int i0_203 = 1 + k0 / 9;
            int i1_203 = k0 / 3 % 3;
            int i2_139 = k0 % 3;
            float v_279 = in_w[r3 * 90 + i0_203 * 9 + i1_203 * 3 + i2_139];
            v_278 = v_279;
        }
        float v_280 = 0.0f;
        if ((r4 < 22) && (k0 + 9 < 90)) {
            int i0_204 = 1 + k0 / 9;
            int i1_204 = k0 / 3 % 3;
            int i2_140 = k0 % 3;
            float v_281 = in_w[r4 * 90 + i0_204 * 9 + i1_204 * 3 + i2_140];
            v_280 = v_281;
        }
        float v_282 = 0.0f;
        if ((r5 < 22) && (k0 + 9 < 90)) {
            int i0_205 = 1 + k0 / 9;
            int i1_205 = k0 / 3 % 3;
            int i2_141 = k0 % 3;
            float v_283 = in_w[r5 * 90 + i0_205 * 9 + i1_205 * 3 + i2_141];
            v_282 = v_283;
        }
        float v_284 = 0.0f;
        if ((r6 < 22) && (k0 + 9 < 90)) {
            int i0_206 = 1 + k0 / 9;
            int i1_206 = k0 / 3 % 3;
            int i2_142 = k0 % 3;
            float v_285 = in_w[r6 * 90 + i0_206 * 9 + i1_206 * 3 + i2_142];
            v_284 = v_285;
        }
        float v_286 = 0.0f;
        if ((r7 < 22) && (k0 + 9 < 90)) {
            int i0_207 = 1 + k0 / 9;
            int i1_207 = k0 / 3 % 3;
            int i2_143 = k0 % 3;
            float v_287 = in_w[r7 * 90 + i0_207 * 9 + i1_207 * 3 + i2_143];
            v_286 = v_287;
        }
        float b_144 = tile_b[lid0 * 16 + 576];
        float b_145 = tile_b[lid0 * 16 + 1 + 576];
        float b_146 = tile_b[lid0 * 16 + 2 + 576];
        float b_147 = tile_b[lid0 * 16 + 3 + 576];
        float b_148 = tile_b[lid0 * 16 + 4 + 576];
        float b_149 = tile_b[lid0 * 16 + 5 + 576];
        float b_150 = tile_b[lid0 * 16 + 6 + 576];
        float b_151 = tile_b[lid0 * 16 + 7 + 576];
        float b_152 = tile_b[lid0 * 16 + 8 + 576];
        float b_153 = tile_b[lid0 * 16 + 9 + 576];
        float b_154 = tile_b[lid0 * 16 + 10 + 576];
        float b_155 = tile_b[lid0 * 16 + 11 + 576];
        float b_156 = tile_b[lid0 * 16 + 12 + 576];
        float b_157 = tile_b[lid0 * 16 + 13 + 576];
        float b_158 = tile_b[lid0 * 16 + 14 + 576];
        float b_159 = tile_b[lid0 * 16 + 15 + 576];
        acc0_0 = fma(v_272, b_144, acc0_0);
        acc0_1 = fma(v_272, b_145, acc0_1);
        acc0_2 = fma(v_272, b_146, acc0_2);
        acc0_3 = fma(v_272, b_147, acc0_3);
        acc0_4 = fma(v_272, b_148, acc0_4);
        acc0_5 = fma(v_272, b_149, acc0_5);
        acc0_6 = fma(v_272, b_150, acc0_6);
        acc0_7 = fma(v_272, b_151, acc0_7);
        acc0_8 = fma(v_272, b_152, acc0_8);
        acc0_9 = fma(v_272, b_153, acc0_9);
        acc0_10 = fma(v_272, b_154, acc0_10);
        acc0_11 = fma(v_272, b_155, acc0_11);
        acc0_12 = fma(v_272, b_156, acc0_12);
        acc0_13 = fma(v_272, b_157, acc0_13);
        acc0_14 = fma(v_272, b_158, acc0_14);
        acc0_15 = fma(v_272, b_159, acc0_15);
        acc1_0 = fma(v_274, b_144, acc1_0);
        acc1_1 = fma(v_274, b_145, acc1_1);
        acc1_2 = fma(v_274, b_146, acc1_2);
        acc1_3 = fma(v_274, b_147, acc1_3);
        acc1_4 = fma(v_274, b_148, acc1_4);
        acc1_5 = fma(v_274, b_149, acc1_5);
        acc1_6 = fma(v_274, b_150, acc1_6);
        acc1_7 = fma(v_274, b_151, acc1_7);
        acc1_8 = fma(v_274, b_152, acc1_8);
        acc1_9 = fma(v_274, b_153, acc1_9);
        acc1_10 = fma(v_274, b_154, acc1_10);
        acc1_11 = fma(v_274, b_155, acc1_11);
        acc1_12 = fma(v_274, b_156, acc1_12);
        acc1_13 = fma(v_274, b_157, acc1_13);
        acc1_14 = fma(v_274, b_158, acc1_14);
        acc1_15 = fma(v_274, b_159, acc1_15);
        acc2_0 = fma(v_276, b_144, acc2_0);
        acc2_1 = fma(v_276, b_145, acc2_1);
        acc2_2 = fma(v_276, b_146, acc2_2);
        acc2_3 = fma(v_276, b_147, acc2_3);
        acc2_4 = fma(v_276, b_148, acc2_4);
        acc2_5 = fma(v_276, b_149, acc2_5);
        acc2_6 = fma(v_276, b_150, acc2_6);
        acc2_7 = fma(v_276, b_151, acc2_7);
        acc2_8 = fma(v_276, b_152, acc2_8);
        acc2_9 = fma(v_276, b_153, acc2_9);
        acc2_10 = fma(v_276, b_154, acc2_10);
        acc2_11 = fma(v_276, b_155, acc2_11);
        acc2_12 = fma(v_276, b_156, acc2_12);
        acc2_13 = fma(v_276, b_157, acc2_13);
        acc2_14 = fma(v_276, b_158, acc2_14);
        acc2_15 = fma(v_276, b_159, acc2_15);
        acc3_0 = fma(v_278, b_144, acc3_0);
        acc3_1 = fma(v_278, b_145, acc3_1);
        acc3_2 = fma(v_278, b_146, acc3_2);
        acc3_3 = fma(v_278, b_147, acc3_3);
        acc3_4 = fma(v_278, b_148, acc3_4);
        acc3_5 = fma(v_278, b_149, acc3_5);
        acc3_6 = fma(v_278, b_150, acc3_6);
        acc3_7 = fma(v_278, b_151, acc3_7);
        acc3_8 = fma(v_278, b_152, acc3_8);
        acc3_9 = fma(v_278, b_153, acc3_9);
        acc3_10 = fma(v_278, b_154, acc3_10);
        acc3_11 = fma(v_278, b_155, acc3_11);
        acc3_12 = fma(v_278, b_156, acc3_12);
        acc3_13 = fma(v_278, b_157, acc3_13);
        acc3_14 = fma(v_278, b_158, acc3_14);
        acc3_15 = fma(v_278, b_159, acc3_15);
        acc4_0 = fma(v_280, b_144, acc4_0);
        acc4_1 = fma(v_280, b_145, acc4_1);
        acc4_2 = fma(v_280, b_146, acc4_2);
        acc4_3 = fma(v_280, b_147, acc4_3);
        acc4_4 = fma(v_280, b_148, acc4_4);
        acc4_5 = fma(v_280, b_149, acc4_5);
        acc4_6 = fma(v_280, b_150, acc4_6);
        acc4_7 = fma(v_280, b_151, acc4_7);
        acc4_8 = fma(v_280, b_152, acc4_8);
        acc4_9 = fma(v_280, b_153, acc4_9);
        acc4_10 = fma(v_280, b_154, acc4_10);
        acc4_11 = fma(v_280, b_155, acc4_11);
        acc4_12 = fma(v_280, b_156, acc4_12);
        acc4_13 = fma(v_280, b_157, acc4_13);
        acc4_14 = fma(v_280, b_158, acc4_14);
        acc4_15 = fma(v_280, b_159, acc4_15);
        acc5_0 = fma(v_282, b_144, acc5_0);
        acc5_1 = fma(v_282, b_145, acc5_1);
        acc5_2 = fma(v_282, b_146, acc5_2);
        acc5_3 = fma(v_282, b_147, acc5_3);
        acc5_4 = fma(v_282, b_148, acc5_4);
        acc5_5 = fma(v_282, b_149, acc5_5);
        acc5_6 = fma(v_282, b_150, acc5_6);
        acc5_7 = fma(v_282, b_151, acc5_7);
        acc5_8 = fma(v_282, b_152, acc5_8);
        acc5_9 = fma(v_282, b_153, acc5_9);
        acc5_10 = fma(v_282, b_154, acc5_10);
        acc5_11 = fma(v_282, b_155, acc5_11);
        acc5_12 = fma(v_282, b_156, acc5_12);
        acc5_13 = fma(v_282, b_157, acc5_13);
        acc5_14 = fma(v_282, b_158, acc5_14);
        acc5_15 = fma(v_282, b_159, acc5_15);
        acc6_0 = fma(v_284, b_144, acc6_0);
        acc6_1 = fma(v_284, b_145, acc6_1);
        acc6_2 = fma(v_284, b_146, acc6_2);
        acc6_3 = fma(v_284, b_147, acc6_3);
        acc6_4 = fma(v_284, b_148, acc6_4);
        acc6_5 = fma(v_284, b_149, acc6_5);
        acc6_6 = fma(v_284, b_150, acc6_6);
        acc6_7 = fma(v_284, b_151, acc6_7);
        acc6_8 = fma(v_284, b_152, acc6_8);
        acc6_9 = fma(v_284, b_153, acc6_9);
        acc6_10 = fma(v_284, b_154, acc6_10);
        acc6_11 = fma(v_284, b_155, acc6_11);
        acc6_12 = fma(v_284, b_156, acc6_12);
        acc6_13 = fma(v_284, b_157, acc6_13);
        acc6_14 = fma(v_284, b_158, acc6_14);
        acc6_15 = fma(v_284, b_159, acc6_15);
        acc7_0 = fma(v_286, b_144, acc7_0);
        acc7_1 = fma(v_286, b_145, acc7_1);
        acc7_2 = fma(v_286, b_146, acc7_2);
        acc7_3 = fma(v_286, b_147, acc7_3);
        acc7_4 = fma(v_286, b_148, acc7_4);
        acc7_5 = fma(v_286, b_149, acc7_5);
        acc7_6 = fma(v_286, b_150, acc7_6);
        acc7_7 = fma(v_286, b_151, acc7_7);
        acc7_8 = fma(v_286, b_152, acc7_8);
        acc7_9 = fma(v_286, b_153, acc7_9);
        acc7_10 = fma(v_286, b_154, acc7_10);
        acc7_11 = fma(v_286, b_155, acc7_11);
        acc7_12 = fma(v_286, b_156, acc7_12);
        acc7_13 = fma(v_286, b_157, acc7_13);
        acc7_14 = fma(v_286, b_158, acc7_14);
        acc7_15 = fma(v_286, b_159, acc7_15);
        float v_288 = 0.0f;
        if ((r0 < 22) && (k0 + 10 < 90)) {
            int i0_208 = (k0 + 10) / 9;
            int i1_208 = (k0 + 10) / 3 % 3;
            int i2_144 = (k0 + 10) % 3;
            float v_289 = in_w[r0 * 90 + i0_208 * 9 + i1_208 * 3 + i2_144];
            v_288 = v_289;
        }
        float v_290 = 0.0f;
        if ((r1 < 22) && (k0 + 10 < 90)) {
            int i0_209 = (k0 + 10) / 9;
            int i1_209 = (k0 + 10) / 3 % 3;
            int i2_145 = (k0 + 10) % 3;
            float v_291 = in_w[r1 * 90 + i0_209 * 9 + i1_209 * 3 + i2_145];
            v_290 = v_291;
        }
        float v_292 = 0.0f;
        if ((r2 < 22) && (k0 + 10 < 90)) {
            int i0_210 = (k0 + 10) / 9;
            int i1_210 = (k0 + 10) / 3 % 3;
            int i2_146 = (k0 + 10) % 3;
            float v_293 = in_w[r2 * 90 + i0_210 * 9 + i1_210 * 3 + i2_146];
            v_292 = v_293;
        }
        float v_294 = 0.0f;
        if ((r3 < 22) && (k0 + 10 < 90)) {
            int i0_211 = (k0 + 10) / 9;
            int i1_211 = (k0 + 10) / 3 % 3;
            int i2_147 = (k0 + 10) % 3;
            float v_295 = in_w[r3 * 90 + i0_211 * 9 + i1_211 * 3 + i2_147];
            v_294 = v_295;
        }
        float v_296 = 0.0f;
        if ((r4 < 22) && (k0 + 10 < 90)) {
            int i0_212 = (k0 + 10) / 9;
            int i1_212 = (k0 + 10) / 3 % 3;
            int i2_148 = (k0 + 10) % 3;
            float v_297 = in_w[r4 * 90 + i0_212 * 9 + i1_212 * 3 + i2_148];
            v_296 = v_297;
        }
        float v_298 = 0.0f;
        if ((r5 < 22) && (k0 + 10 < 90)) {
            int i0_213 = (k0 + 10) / 9;
            int i1_213 = (k0 + 10) / 3 % 3;
            int i2_149 = (k0 + 10) % 3;
            float v_299 = in_w[r5 * 90 + i0_213 * 9 + i1_213 * 3 + i2_149];
            v_298 = v_299;
        }
        float v_300 = 0.0f;
        if ((r6 < 22) && (k0 + 10 < 90)) {
            int i0_214 = (k0 + 10) / 9;
            int i1_214 = (k0 + 10) / 3 % 3;
            int i2_150 = (k0 + 10) % 3;
            float v_301 = in_w[r6 * 90 + i0_214 * 9 + i1_214 * 3 + i2_150];
            v_300 = v_301;
        }
        float v_302 = 0.0f;
        if ((r7 < 22) && (k0 + 10 < 90)) {
            int i0_215 = (k0 + 10) / 9;
            int i1_215 = (k0 + 10) / 3 % 3;
            int i2_151 = (k0 + 10) % 3;
            float v_303 = in_w[r7 * 90 + i0_215 * 9 + i1_215 * 3 + i2_151];
            v_302 = v_303;
        }
        float b_160 = tile_b[lid0 * 16 + 640];
        float b_161 = tile_b[lid0 * 16 + 1 + 640];
        float b_162 = tile_b[lid0 * 16 + 2 + 640];
        float b_163 = tile_b[lid0 * 16 + 3 + 640];
        float b_164 = tile_b[lid0 * 16 + 4 + 640];
        float b_165 = tile_b[lid0 * 16 + 5 + 640];
        float b_166 = tile_b[lid0 * 16 + 6 + 640];
        float b_167 = tile_b[lid0 * 16 + 7 + 640];
        float b_168 = tile_b[lid0 * 16 + 8 + 640];
        float b_169 = tile_b[lid0 * 16 + 9 + 640];
        float b_170 = tile_b[lid0 * 16 + 10 + 640];
        float b_171 = tile_b[lid0 * 16 + 11 + 640];
        float b_172 = tile_b[lid0 * 16 + 12 + 640];
        float b_173 = tile_b[lid0 * 16 + 13 + 640];
        float b_174 = tile_b[lid0 * 16 + 14 + 640];
        float b_175 = tile_b[lid0 * 16 + 15 + 640];
        acc0_0 = fma(v_288, b_160, acc0_0);
        acc0_1 = fma(v_288, b_161, acc0_1);
        acc0_2 = fma(v_288, b_162, acc0_2);
        acc0_3 = fma(v_288, b_163, acc0_3);
        acc0_4 = fma(v_288, b_164, acc0_4);
        acc0_5 = fma(v_288, b_165, acc0_5);
        acc0_6 = fma(v_288, b_166, acc0_6);
        acc0_7 = fma(v_288, b_167, acc0_7);
        acc0_8 = fma(v_288, b_168, acc0_8);
        acc0_9 = fma(v_288, b_169, acc0_9);
        acc0_10 = fma(v_288, b_170, acc0_10);
        acc0_11 = fma(v_288, b_171, acc0_11);
        acc0_12 = fma(v_288, b_172, acc0_12);
        acc0_13 = fma(v_288, b_173, acc0_13);
        acc0_14 = fma(v_288, b_174, acc0_14);
        acc0_15 = fma(v_288, b_175, acc0_15);
        acc1_0 = fma(v_290, b_160, acc1_0);
        acc1_1 = fma(v_290, b_161, acc1_1);
        acc1_2 = fma(v_290, b_162, acc1_2);
        acc1_3 = fma(v_290, b_163, acc1_3);
        acc1_4 = fma(v_290, b_164, acc1_4);
        acc1_5 = fma(v_290, b_165, acc1_5);
        acc1_6 = fma(v_290, b_166, acc1_6);
        acc1_7 = fma(v_290, b_167, acc1_7);
        acc1_8 = fma(v_290, b_168, acc1_8);
        acc1_9 = fma(v_290, b_169, acc1_9);
        acc1_10 = fma(v_290, b_170, acc1_10);
        acc1_11 = fma(v_290, b_171, acc1_11);
        acc1_12 = fma(v_290, b_172, acc1_12);
        acc1_13 = fma(v_290, b_173, acc1_13);
        acc1_14 = fma(v_290, b_174, acc1_14);
        acc1_15 = fma(v_290, b_175, acc1_15);
        acc2_0 = fma(v_292, b_160, acc2_0);
        acc2_1 = fma(v_292, b_161, acc2_1);
        acc2_2 = fma(v_292, b_162, acc2_2);
        acc2_3 = fma(v_292, b_163, acc2_3);
        acc2_4 = fma(v_292, b_164, acc2_4);
        acc2_5 = fma(v_292, b_165, acc2_5);
        acc2_6 = fma(v_292, b_166, acc2_6);
        acc2_7 = fma(v_292, b_167, acc2_7);
        acc2_8 = fma(v_292, b_168, acc2_8);
        acc2_9 = fma(v_292, b_169, acc2_9);
        acc2_10 = fma(v_292, b_170, acc2_10);
        acc2_11 = fma(v_292, b_171, acc2_11);
        acc2_12 = fma(v_292, b_172, acc2_12);
        acc2_13 = fma(v_292, b_173, acc2_13);
        acc2_14 = fma(v_292, b_174, acc2_14);
        acc2_15 = fma(v_292, b_175, acc2_15);
        acc3_0 = fma(v_294, b_160, acc3_0);
        acc3_1 = fma(v_294, b_161, acc3_1);
        acc3_2 = fma(v_294, b_162, acc3_2);
        acc3_3 = fma(v_294, b_163, acc3_3);
        acc3_4 = fma(v_294, b_164, acc3_4);
        acc3_5 = fma(v_294, b_165, acc3_5);
        acc3_6 = fma(v_294, b_166, acc3_6);
        acc3_7 = fma(v_294, b_167, acc3_7);
        acc3_8 = fma(v_294, b_168, acc3_8);
        acc3_9 = fma(v_294, b_169, acc3_9);
        acc3_10 = fma(v_294, b_170, acc3_10);
        acc3_11 = fma(v_294, b_171, acc3_11);
        acc3_12 = fma(v_294, b_172, acc3_12);
        acc3_13 = fma(v_294, b_173, acc3_13);
        acc3_14 = fma(v_294, b_174, acc3_14);
        acc3_15 = fma(v_294, b_175, acc3_15);
        acc4_0 = fma(v_296, b_160, acc4_0);
        acc4_1 = fma(v_296, b_161, acc4_1);
        acc4_2 = fma(v_296, b_162, acc4_2);
        acc4_3 = fma(v_296, b_163, acc4_3);
        acc4_4 = fma(v_296, b_164, acc4_4);
        acc4_5 = fma(v_296, b_165, acc4_5);
        acc4_6 = fma(v_296, b_166, acc4_6);
        acc4_7 = fma(v_296, b_167, acc4_7);
        acc4_8 = fma(v_296, b_168, acc4_8);
        acc4_9 = fma(v_296, b_169, acc4_9);
        acc4_10 = fma(v_296, b_170, acc4_10);
        acc4_11 = fma(v_296, b_171, acc4_11);
        acc4_12 = fma(v_296, b_172, acc4_12);
        acc4_13 = fma(v_296, b_173, acc4_13);
        acc4_14 = fma(v_296, b_174, acc4_14);
        acc4_15 = fma(v_296, b_175, acc4_15);
        acc5_0 = fma(v_298, b_160, acc5_0);
        acc5_1 = fma(v_298, b_161, acc5_1);
        acc5_2 = fma(v_298, b_162, acc5_2);
        acc5_3 = fma(v_298, b_163, acc5_3);
        acc5_4 = fma(v_298, b_164, acc5_4);
        acc5_5 = fma(v_298, b_165, acc5_5);
        acc5_6 = fma(v_298, b_166, acc5_6);
        acc5_7 = fma(v_298, b_167, acc5_7);
        acc5_8 = fma(v_298, b_168, acc5_8);
        acc5_9 = fma(v_298, b_169, acc5_9);
        acc5_10 = fma(v_298, b_170, acc5_10);
        acc5_11 = fma(v_298, b_171, acc5_11);
        acc5_12 = fma(v_298, b_172, acc5_12);
        acc5_13 = fma(v_298, b_173, acc5_13);
        acc5_14 = fma(v_298, b_174, acc5_14);
        acc5_15 = fma(v_298, b_175, acc5_15);
        acc6_0 = fma(v_300, b_160, acc6_0);
        acc6_1 = fma(v_300, b_161, acc6_1);
        acc6_2 = fma(v_300, b_162, acc6_2);
        acc6_3 = fma(v_300, b_163, acc6_3);
        acc6_4 = fma(v_300, b_164, acc6_4);
        acc6_5 = fma(v_300, b_165, acc6_5);
        acc6_6 = fma(v_300, b_166, acc6_6);
        acc6_7 = fma(v_300, b_167, acc6_7);
        acc6_8 = fma(v_300, b_168, acc6_8);
        acc6_9 = fma(v_300, b_169, acc6_9);
        acc6_10 = fma(v_300, b_170, acc6_10);
        acc6_11 = fma(v_300, b_171, acc6_11);
        acc6_12 = fma(v_300, b_172, acc6_12);
        acc6_13 = fma(v_300, b_173, acc6_13);
        acc6_14 = fma(v_300, b_174, acc6_14);
        acc6_15 = fma(v_300, b_175, acc6_15);
        acc7_0 = fma(v_302, b_160, acc7_0);
        acc7_1 = fma(v_302, b_161, acc7_1);
        acc7_2 = fma(v_302, b_162, acc7_2);
        acc7_3 = fma(v_302, b_163, acc7_3);
        acc7_4 = fma(v_302, b_164, acc7_4);
        acc7_5 = fma(v_302, b_165, acc7_5);
        acc7_6 = fma(v_302, b_166, acc7_6);
        acc7_7 = fma(v_302, b_167, acc7_7);
        acc7_8 = fma(v_302, b_168, acc7_8);
        acc7_9 = fma(v_302, b_169, acc7_9);
        acc7_10 = fma(v_302, b_170, acc7_10);
        acc7_11 = fma(v_302, b_171, acc7_11);
        acc7_12 = fma(v_302, b_172, acc7_12);
        acc7_13 = fma(v_302, b_173, acc7_13);
        acc7_14 = fma(v_302, b_174, acc7_14);
        acc7_15 = fma(v_302, b_175, acc7_15);
        float v_304 = 0.0f;
        if ((r0 < 22) && (k0 + 11 < 90)) {
            int i0_216 = (k0 + 11) / 9;
            int i1_216 = (k0 + 11) / 3 % 3;
            int i2_152 = (k0 + 11) % 3;
            float v_305 = in_w[r0 * 90 + i0_216 * 9 + i1_216 * 3 + i2_152];
            v_304 = v_305;
        }
        float v_306 = 0.0f;
        if ((r1 < 22) && (k0 + 11 < 90)) {
            int i0_217 = (k0 + 11) / 9;
            int i1_217 = (k0 + 11) / 3 % 3;
            int i2_153 = (k0 + 11) % 3;
            float v_307 = in_w[r1 * 90 + i0_217 * 9 + i1_217 * 3 + i2_153];
            v_306 = v_307;
        }
        float v_308 = 0.0f;
        if ((r2 < 22) && (k0 + 11 < 90)) {
            int i0_218 = (k0 + 11) / 9;
            int i1_218 = (k0 + 11) / 3 % 3;
            int i2_154 = (k0 + 11) % 3;
            float v_309 = in_w[r2 * 90 + i0_218 * 9 + i1_218 * 3 + i2_154];
            v_308 = v_309;
        }
        float v_310 = 0.0f;
        if ((r3 < 22) && (k0 + 11 < 90)) {
            int i0_219 = (k0 + 11) / 9;
            int i1_219 = (k0 + 11) / 3 % 3;
            int i2_155 = (k0 + 11) % 3;
            float v_311 = in_w[r3 * 90 + i0_219 * 9 + i1_219 * 3 + i2_155];
            v_310 = v_311;
        }
        float v_312 = 0.0f;
        if ((r4 < 22) && (k0 + 11 < 90)) {
            int i0_220 = (k0 + 11) / 9;
            int i1_220 = (k0 + 11) / 3 % 3;
            int i2_156 = (k0 + 11) % 3;
            float v_313 = in_w[r4 * 90 + i0_220 * 9 + i1_220 * 3 + i2_156];
            v_312 = v_313;
        }
        float v_314 = 0.0f;
        if ((r5 < 22) && (k0 + 11 < 90)) {
            int i0_221 = (k0 + 11) / 9;
            int i1_221 = (k0 + 11) / 3 % 3;
            int i2_157 = (k0 + 11) % 3;
            float v_315 = in_w[r5 * 90 + i0_221 * 9 + i1_221 * 3 + i2_157];
            v_314 = v_315;
        }
        float v_316 = 0.0f;
        if ((r6 < 22) && (k0 + 11 < 90)) {
            int i0_222 = (k0 + 11) / 9;
            int i1_222 = (k0 + 11) / 3 % 3;
            int i2_158 = (k0 + 11) % 3;
            float v_317 = in_w[r6 * 90 + i0_222 * 9 + i1_222 * 3 + i2_158];
            v_316 = v_317;
        }
        float v_318 = 0.0f;
        if ((r7 < 22) && (k0 + 11 < 90)) {
            int i0_223 = (k0 + 11) / 9;
            int i1_223 = (k0 + 11) / 3 % 3;
            int i2_159 = (k0 + 11) % 3;
            float v_319 = in_w[r7 * 90 + i0_223 * 9 + i1_223 * 3 + i2_159];
            v_318 = v_319;
        }
        float b_176 = tile_b[lid0 * 16 + 704];
        float b_177 = tile_b[lid0 * 16 + 1 + 704];
        float b_178 = tile_b[lid0 * 16 + 2 + 704];
        float b_179 = tile_b[lid0 * 16 + 3 + 704];
        float b_180 = tile_b[lid0 * 16 + 4 + 704];
        float b_181 = tile_b[lid0 * 16 + 5 + 704];
        float b_182 = tile_b[lid0 * 16 + 6 + 704];
        float b_183 = tile_b[lid0 * 16 + 7 + 704];
        float b_184 = tile_b[lid0 * 16 + 8 + 704];
        float b_185 = tile_b[lid0 * 16 + 9 + 704];
        float b_186 = tile_b[lid0 * 16 + 10 + 704];
        float b_187 = tile_b[lid0 * 16 + 11 + 704];
        float b_188 = tile_b[lid0 * 16 + 12 + 704];
        float b_189 = tile_b[lid0 * 16 + 13 + 704];
        float b_190 = tile_b[lid0 * 16 + 14 + 704];
        float b_191 = tile_b[lid0 * 16 + 15 + 704];
        acc0_0 = fma(v_304, b_176, acc0_0);
        acc0_1 = fma(v_304, b_177, acc0_1);
        acc0_2 = fma(v_304, b_178, acc0_2);
        acc0_3 = fma(v_304, b_179, acc0_3);
        acc0_4 = fma(v_304, b_180, acc0_4);
        acc0_5 = fma(v_304, b_181, acc0_5);
        acc0_6 = fma(v_304, b_182, acc0_6);
        acc0_7 = fma(v_304, b_183, acc0_7);
        acc0_8 = fma(v_304, b_184, acc0_8);
        acc0_9 = fma(v_304, b_185, acc0_9);
        acc0_10 = fma(v_304, b_186, acc0_10);
        acc0_11 = fma(v_304, b_187, acc0_11);
        acc0_12 = fma(v_304, b_188, acc0_12);
        acc0_13 = fma(v_304, b_189, acc0_13);
        acc0_14 = fma(v_304, b_190, acc0_14);
        acc0_15 = fma(v_304, b_191, acc0_15);
        acc1_0 = fma(v_306, b_176, acc1_0);
        acc1_1 = fma(v_306, b_177, acc1_1);
        acc1_2 = fma(v_306, b_178, acc1_2);
        acc1_3 = fma(v_306, b_179, acc1_3);
        acc1_4 = fma(v_306, b_180, acc1_4);
        acc1_5 = fma(v_306, b_181, acc1_5);
        acc1_6 = fma(v_306, b_182, acc1_6);
        acc1_7 = fma(v_306, b_183, acc1_7);
        acc1_8 = fma(v_306, b_184, acc1_8);
        acc1_9 = fma(v_306, b_185, acc1_9);
        acc1_10 = fma(v_306, b_186, acc1_10);
        acc1_11 = fma(v_306, b_187, acc1_11);
        acc1_12 = fma(v_306, b_188, acc1_12);
        acc1_13 = fma(v_306, b_189, acc1_13);
        acc1_14 = fma(v_306, b_190, acc1_14);
        acc1_15 = fma(v_306, b_191, acc1_15);
        acc2_0 = fma(v_308, b_176, acc2_0);
        acc2_1 = fma(v_308, b_177, acc2_1);
        acc2_2 = fma(v_308, b_178, acc2_2);
        acc2_3 = fma(v_308, b_179, acc2_3);
        acc2_4 = fma(v_308, b_180, acc2_4);
        acc2_5 = fma(v_308, b_181, acc2_5);
        acc2_6 = fma(v_308, b_182, acc2_6);
        acc2_7 = fma(v_308, b_183, acc2_7);
        acc2_8 = fma(v_308, b_184, acc2_8);
        acc2_9 = fma(v_308, b_185, acc2_9);
        acc2_10 = fma(v_308, b_186, acc2_10);
        acc2_11 = fma(v_308, b_187, acc2_11);
        acc2_12 = fma(v_308, b_188, acc2_12);
        acc2_13 = fma(v_308, b_189, acc2_13);
        acc2_14 = fma(v_308, b_190, acc2_14);
        acc2_15 = fma(v_308, b_191, acc2_15);
        acc3_0 = fma(v_310, b_176, acc3_0);
        acc3_1 = fma(v_310, b_177, acc3_1);
        acc3_2 = fma(v_310, b_178, acc3_2);
        acc3_3 = fma(v_310, b_179, acc3_3);
        acc3_4 = fma(v_310, b_180, acc3_4);
        acc3_5 = fma(v_310, b_181, acc3_5);
        acc3_6 = fma(v_310, b_182, acc3_6);
        acc3_7 = fma(v_310, b_183, acc3_7);
        acc3_8 = fma(v_310, b_184, acc3_8);
        acc3_9 = fma(v_310, b_185, acc3_9);
        acc3_10 = fma(v_310, b_186, acc3_10);
        acc3_11 = fma(v_310, b_187, acc3_11);
        acc3_12 = fma(v_310, b_188, acc3_12);
        acc3_13 = fma(v_310, b_189, acc3_13);
        acc3_14 = fma(v_310, b_190, acc3_14);
        acc3_15 = fma(v_310, b_191, acc3_15);
        acc4_0 = fma(v_312, b_176, acc4_0);
        acc4_1 = fma(v_312, b_177, acc4_1);
        acc4_2 = fma(v_312, b_178, acc4_2);
        acc4_3 = fma(v_312, b_179, acc4_3);
        acc4_4 = fma(v_312, b_180, acc4_4);
        acc4_5 = fma(v_312, b_181, acc4_5);
        acc4_6 = fma(v_312, b_182, acc4_6);
        acc4_7 = fma(v_312, b_183, acc4_7);
        acc4_8 = fma(v_312, b_184, acc4_8);
        acc4_9 = fma(v_312, b_185, acc4_9);
        acc4_10 = fma(v_312, b_186, acc4_10);
        acc4_11 = fma(v_312, b_187, acc4_11);
        acc4_12 = fma(v_312, b_188, acc4_12);
        acc4_13 = fma(v_312, b_189, acc4_13);
        acc4_14 = fma(v_312, b_190, acc4_14);
        acc4_15 = fma(v_312, b_191, acc4_15);
        acc5_0 = fma(v_314, b_176, acc5_0);
        acc5_1 = fma(v_314, b_177, acc5_1);
        acc5_2 = fma(v_314, b_178, acc5_2);
        acc5_3 = fma(v_314, b_179, acc5_3);
        acc5_4 = fma(v_314, b_180, acc5_4);
        acc5_5 = fma(v_314, b_181, acc5_5);
        acc5_6 = fma(v_314, b_182, acc5_6);
        acc5_7 = fma(v_314, b_183, acc5_7);
        acc5_8 = fma(v_314, b_184, acc5_8);
        acc5_9 = fma(v_314, b_185, acc5_9);
        acc5_10 = fma(v_314, b_186, acc5_10);
        acc5_11 = fma(v_314, b_187, acc5_11);
        acc5_12 = fma(v_314, b_188, acc5_12);
        acc5_13 = fma(v_314, b_189, acc5_13);
        acc5_14 = fma(v_314, b_190, acc5_14);
        acc5_15 = fma(v_314, b_191, acc5_15);
        acc6_0 = fma(v_316, b_176, acc6_0);
        acc6_1 = fma(v_316, b_177, acc6_1);
        acc6_2 = fma(v_316, b_178, acc6_2);
        acc6_3 = fma(v_316, b_179, acc6_3);
        acc6_4 = fma(v_316, b_180, acc6_4);
        acc6_5 = fma(v_316, b_181, acc6_5);
        acc6_6 = fma(v_316, b_182, acc6_6);
        acc6_7 = fma(v_316, b_183, acc6_7);
        acc6_8 = fma(v_316, b_184, acc6_8);
        acc6_9 = fma(v_316, b_185, acc6_9);
        acc6_10 = fma(v_316, b_186, acc6_10);
        acc6_11 = fma(v_316, b_187, acc6_11);
        acc6_12 = fma(v_316, b_188, acc6_12);
        acc6_13 = fma(v_316, b_189, acc6_13);
        acc6_14 = fma(v_316, b_190, acc6_14);
        acc6_15 = fma(v_316, b_191, acc6_15);
        acc7_0 = fma(v_318, b_176, acc7_0);
        acc7_1 = fma(v_318, b_177, acc7_1);
        acc7_2 = fma(v_318, b_178, acc7_2);
        acc7_3 = fma(v_318, b_179, acc7_3);
        acc7_4 = fma(v_318, b_180, acc7_4);
        acc7_5 = fma(v_318, b_181, acc7_5);
        acc7_6 = fma(v_318, b_182, acc7_6);
        acc7_7 = fma(v_318, b_183, acc7_7);
        acc7_8 = fma(v_318, b_184, acc7_8);
        acc7_9 = fma(v_318, b_185, acc7_9);
        acc7_10 = fma(v_318, b_186, acc7_10);
        acc7_11 = fma(v_318, b_187, acc7_11);
        acc7_12 = fma(v_318, b_188, acc7_12);
        acc7_13 = fma(v_318, b_189, acc7_13);
        acc7_14 = fma(v_318, b_190, acc7_14);
        acc7_15 = fma(v_318, b_191, acc7_15);
        float v_320 = 0.0f;
        if ((r0 < 22) && (k0 + 12 < 90)) {
            int i0_224 = (k0 + 12) / 9;
            int i1_224 = (4 + k0 / 3) % 3;
            int i2_160 = k0 % 3;
            float v_321 = in_w[r0 * 90 + i0_224 * 9 + i1_224 * 3 + i2_160];
            v_320 = v_321;
        }
        float v_322 = 0.0f;
        if ((r1 < 22) && (k0 + 12 < 90)) {
            int i0_225 = (k0 + 12) / 9;
            int i1_225 = (4 + k0 / 3) % 3;
            int i2_161 = k0 % 3;
            float v_323 = in_w[r1 * 90 + i0_225 * 9 + i1_225 * 3 + i2_161];
            v_322 = v_323;
        }
        float v_324 = 0.0f;
        if ((r2 < 22) && (k0 + 12 < 90)) {
            int i0_226 = (k0 + 12) / 9;
            int i1_226 = (4 + k0 / 3) % 3;
            int i2_162 = k0 % 3;
            float v_325 = in_w[r2 * 90 + i0_226 * 9 + i1_226 * 3 + i2_162];
            v_324 = v_325;
        }
        float v_326 = 0.0f;
        if ((r3 < 22) && (k0 + 12 < 90)) {
            int i0_227 = (k0 + 12) / 9;
            int i1_227 = (4 + k0 / 3) % 3;
            int i2_163 = k0 % 3;
            float v_327 = in_w[r3 * 90 + i0_227 * 9 + i1_227 * 3 + i2_163];
            v_326 = v_327;
        }
        float v_328 = 0.0f;
        if ((r4 < 22) && (k0 + 12 < 90)) {
            int i0_228 = (k0 + 12) / 9;
            int i1_228 = (4 + k0 / 3) % 3;
            int i2_164 = k0 % 3;
            float v_329 = in_w[r4 * 90 + i0_228 * 9 + i1_228 * 3 + i2_164];
            v_328 = v_329;
        }
        float v_330 = 0.0f;
        if ((r5 < 22) && (k0 + 12 < 90)) {
            int i0_229 = (k0 + 12) / 9;
            int i1_229 = (4 + k0 / 3) % 3;
            int i2_165 = k0 % 3;
            float v_331 = in_w[r5 * 90 + i0_229 * 9 + i1_229 * 3 + i2_165];
            v_330 = v_331;
        }
        float v_332 = 0.0f;
        if ((r6 < 22) && (k0 + 12 < 90)) {
            int i0_230 = (k0 + 12) / 9;
            int i1_230 = (4 + k0 / 3) % 3;
            int i2_166 = k0 % 3;
            float v_333 = in_w[r6 * 90 + i0_230 * 9 + i1_230 * 3 + i2_166];
            v_332 = v_333;
        }
        float v_334 = 0.0f;
        if ((r7 < 22) && (k0 + 12 < 90)) {
            int i0_231 = (k0 + 12) / 9;
            int i1_231 = (4 + k0 / 3) % 3;
            int i2_167 = k0 % 3;
            float v_335 = in_w[r7 * 90 + i0_231 * 9 + i1_231 * 3 + i2_167];
            v_334 = v_335;
        }
        float b_192 = tile_b[lid0 * 16 + 768];
        float b_193 = tile_b[lid0 * 16 + 1 + 768];
        float b_194 = tile_b[lid0 * 16 + 2 + 768];
        float b_195 = tile_b[lid0 * 16 + 3 + 768];
        float b_196 = tile_b[lid0 * 16 + 4 + 768];
        float b_197 = tile_b[lid0 * 16 + 5 + 768];
        float b_198 = tile_b[lid0 * 16 + 6 + 768];
        float b_199 = tile_b[lid0 * 16 + 7 + 768];
        float b_200 = tile_b[lid0 * 16 + 8 + 768];
        float b_201 = tile_b[lid0 * 16 + 9 + 768];
        float b_202 = tile_b[lid0 * 16 + 10 + 768];
        float b_203 = tile_b[lid0 * 16 + 11 + 768];
        float b_204 = tile_b[lid0 * 16 + 12 + 768];
        float b_205 = tile_b[lid0 * 16 + 13 + 768];
        float b_206 = tile_b[lid0 * 16 + 14 + 768];
        float b_207 = tile_b[lid0 * 16 + 15 + 768];
        acc0_0 = fma(v_320, b_192, acc0_0);
        acc0_1 = fma(v_320, b_193, acc0_1);
        acc0_2 = fma(v_320, b_194, acc0_2);
        acc0_3 = fma(v_320, b_195, acc0_3);
        acc0_4 = fma(v_320, b_196, acc0_4);
        acc0_5 = fma(v_320, b_197, acc0_5);
        acc0_6 = fma(v_320, b_198, acc0_6);
        acc0_7 = fma(v_320, b_199, acc0_7);
        acc0_8 = fma(v_320, b_200, acc0_8);
        acc0_9 = fma(v_320, b_201, acc0_9);
        acc0_10 = fma(v_320, b_202, acc0_10);
        acc0_11 = fma(v_320, b_203, acc0_11);
        acc0_12 = fma(v_320, b_204, acc0_12);
        acc0_13 = fma(v_320, b_205, acc0_13);
        acc0_14 = fma(v_320, b_206, acc0_14);
        acc0_15 = fma(v_320, b_207, acc0_15);
        acc1_0 = fma(v_322, b_192, acc1_0);
        acc1_1 = fma(v_322, b_193, acc1_1);
        acc1_2 = fma(v_322, b_194, acc1_2);
        acc1_3 = fma(v_322, b_195, acc1_3);
        acc1_4 = fma(v_322, b_196, acc1_4);
        acc1_5 = fma(v_322, b_197, acc1_5);
        acc1_6 = fma(v_322, b_198, acc1_6);
        acc1_7 = fma(v_322, b_199, acc1_7);
        acc1_8 = fma(v_322, b_200, acc1_8);
        acc1_9 = fma(v_322, b_201, acc1_9);
        acc1_10 = fma(v_322, b_202, acc1_10);
        acc1_11 = fma(v_322, b_203, acc1_11);
        acc1_12 = fma(v_322, b_204, acc1_12);
        acc1_13 = fma(v_322, b_205, acc1_13);
        acc1_14 = fma(v_322, b_206, acc1_14);
        acc1_15 = fma(v_322, b_207, acc1_15);
        acc2_0 = fma(v_324, b_192, acc2_0);
        acc2_1 = fma(v_324, b_193, acc2_1);
        acc2_2 = fma(v_324, b_194, acc2_2);
        acc2_3 = fma(v_324, b_195, acc2_3);
        acc2_4 = fma(v_324, b_196, acc2_4);
        acc2_5 = fma(v_324, b_197, acc2_5);
        acc2_6 = fma(v_324, b_198, acc2_6);
        acc2_7 = fma(v_324, b_199, acc2_7);
        acc2_8 = fma(v_324, b_200, acc2_8);
        acc2_9 = fma(v_324, b_201, acc2_9);
        acc2_10 = fma(v_324, b_202, acc2_10);
        acc2_11 = fma(v_324, b_203, acc2_11);
        acc2_12 = fma(v_324, b_204, acc2_12);
        acc2_13 = fma(v_324, b_205, acc2_13);
        acc2_14 = fma(v_324, b_206, acc2_14);
        acc2_15 = fma(v_324, b_207, acc2_15);
        acc3_0 = fma(v_326, b_192, acc3_0);
        acc3_1 = fma(v_326, b_193, acc3_1);
        acc3_2 = fma(v_326, b_194, acc3_2);
        acc3_3 = fma(v_326, b_195, acc3_3);
        acc3_4 = fma(v_326, b_196, acc3_4);
        acc3_5 = fma(v_326, b_197, acc3_5);
        acc3_6 = fma(v_326, b_198, acc3_6);
        acc3_7 = fma(v_326, b_199, acc3_7);
        acc3_8 = fma(v_326, b_200, acc3_8);
        acc3_9 = fma(v_326, b_201, acc3_9);
        acc3_10 = fma(v_326, b_202, acc3_10);
        acc3_11 = fma(v_326, b_203, acc3_11);
        acc3_12 = fma(v_326, b_204, acc3_12);
        acc3_13 = fma(v_326, b_205, acc3_13);
        acc3_14 = fma(v_326, b_206, acc3_14);
        acc3_15 = fma(v_326, b_207, acc3_15);
        acc4_0 = fma(v_328, b_192, acc4_0);
        acc4_1 = fma(v_328, b_193, acc4_1);
        acc4_2 = fma(v_328, b_194, acc4_2);
        acc4_3 = fma(v_328, b_195, acc4_3);
        acc4_4 = fma(v_328, b_196, acc4_4);
        acc4_5 = fma(v_328, b_197, acc4_5);
        acc4_6 = fma(v_328, b_198, acc4_6);
        acc4_7 = fma(v_328, b_199, acc4_7);
        acc4_8 = fma(v_328, b_200, acc4_8);
        acc4_9 = fma(v_328, b_201, acc4_9);
        acc4_10 = fma(v_328, b_202, acc4_10);
        acc4_11 = fma(v_328, b_203, acc4_11);
        acc4_12 = fma(v_328, b_204, acc4_12);
        acc4_13 = fma(v_328, b_205, acc4_13);
        acc4_14 = fma(v_328, b_206, acc4_14);
        acc4_15 = fma(v_328, b_207, acc4_15);
        acc5_0 = fma(v_330, b_192, acc5_0);
        acc5_1 = fma(v_330, b_193, acc5_1);
        acc5_2 = fma(v_330, b_194, acc5_2);
        acc5_3 = fma(v_330, b_195, acc5_3);
        acc5_4 = fma(v_330, b_196, acc5_4);
        acc5_5 = fma(v_330, b_197, acc5_5);
        acc5_6 = fma(v_330, b_198, acc5_6);
        acc5_7 = fma(v_330, b_199, acc5_7);
        acc5_8 = fma(v_330, b_200, acc5_8);
        acc5_9 = fma(v_330, b_201, acc5_9);
        acc5_10 = fma(v_330, b_202, acc5_10);
        acc5_11 = fma(v_330, b_203, acc5_11);
        acc5_12 = fma(v_330, b_204, acc5_12);
        acc5_13 = fma(v_330, b_205, acc5_13);
        acc5_14 = fma(v_330, b_206, acc5_14);
        acc5_15 = fma(v_330, b_207, acc5_15);
        acc6_0 = fma(v_332, b_192, acc6_0);
        acc6_1 = fma(v_332, b_193, acc6_1);
        acc6_2 = fma(v_332, b_194, acc6_2);
        acc6_3 = fma(v_332, b_195, acc6_3);
        acc6_4 = fma(v_332, b_196, acc6_4);
        acc6_5 = fma(v_332, b_197, acc6_5);
        acc6_6 = fma(v_332, b_198, acc6_6);
        acc6_7 = fma(v_332, b_199, acc6_7);
        acc6_8 = fma(v_332, b_200, acc6_8);
        acc6_9 = fma(v_332, b_201, acc6_9);
        acc6_10 = fma(v_332, b_202, acc6_10);
        acc6_11 = fma(v_332, b_203, acc6_11);
        acc6_12 = fma(v_332, b_204, acc6_12);
        acc6_13 = fma(v_332, b_205, acc6_13);
        acc6_14 = fma(v_332, b_206, acc6_14);
        acc6_15 = fma(v_332, b_207, acc6_15);
        acc7_0 = fma(v_334, b_192, acc7_0);
        acc7_1 = fma(v_334, b_193, acc7_1);
        acc7_2 = fma(v_334, b_194, acc7_2);
        acc7_3 = fma(v_334, b_195, acc7_3);
        acc7_4 = fma(v_334, b_196, acc7_4);
        acc7_5 = fma(v_334, b_197, acc7_5);
        acc7_6 = fma(v_334, b_198, acc7_6);
        acc7_7 = fma(v_334, b_199, acc7_7);
        acc7_8 = fma(v_334, b_200, acc7_8);
        acc7_9 = fma(v_334, b_201, acc7_9);
        acc7_10 = fma(v_334, b_202, acc7_10);
        acc7_11 = fma(v_334, b_203, acc7_11);
        acc7_12 = fma(v_334, b_204, acc7_12);
        acc7_13 = fma(v_334, b_205, acc7_13);
        acc7_14 = fma(v_334, b_206, acc7_14);
        acc7_15 = fma(v_334, b_207, acc7_15);
        float v_336 = 0.0f;
        if ((r0 < 22) && (k0 + 13 < 90)) {
            int i0_232 = (k0 + 13) / 9;
            int i1_232 = (k0 + 13) / 3 % 3;
            int i2_168 = (k0 + 13) % 3;
            float v_337 = in_w[r0 * 90 + i0_232 * 9 + i1_232 * 3 + i2_168];
            v_336 = v_337;
        }
        float v_338 = 0.0f;
        if ((r1 < 22) && (k0 + 13 < 90)) {
            int i0_233 = (k0 + 13) / 9;
            int i1_233 = (k0 + 13) / 3 % 3;
            int i2_169 = (k0 + 13) % 3;
            float v_339 = in_w[r1 * 90 + i0_233 * 9 + i1_233 * 3 + i2_169];
            v_338 = v_339;
        }
        float v_340 = 0.0f;
        if ((r2 < 22) && (k0 + 13 < 90)) {
            int i0_234 = (k0 + 13) / 9;
            int i1_234 = (k0 + 13) / 3 % 3;
            int i2_170 = (k0 + 13) % 3;
            float v_341 = in_w[r2 * 90 + i0_234 * 9 + i1_234 * 3 + i2_170];
            v_340 = v_341;
        }
        float v_342 = 0.0f;
        if ((r3 < 22) && (k0 + 13 < 90)) {
            int i0_235 = (k0 + 13) / 9;
            int i1_235 = (k0 + 13) / 3 % 3;
            int i2_171 = (k0 + 13) % 3;
            float v_343 = in_w[r3 * 90 + i0_235 * 9 + i1_235 * 3 + i2_171];
            v_342 = v_343;
        }
        float v_344 = 0.0f;
        if ((r4 < 22) && (k0 + 13 < 90)) {
            int i0_236 = (k0 + 13) / 9;
            int i1_236 = (k0 + 13) / 3 % 3;
            int i2_172 = (k0 + 13) % 3;
            float v_345 = in_w[r4 * 90 + i0_236 * 9 + i1_236 * 3 + i2_172];
            v_344 = v_345;
        }
        float v_346 = 0.0f;
        if ((r5 < 22) && (k0 + 13 < 90)) {
            int i0_237 = (k0 + 13) / 9;
            int i1_237 = (k0 + 13) / 3 % 3;
            int i2_173 = (k0 + 13) % 3;
            float v_347 = in_w[r5 * 90 + i0_237 * 9 + i1_237 * 3 + i2_173];
            v_346 = v_347;
        }
        float v_348 = 0.0f;
        if ((r6 < 22) && (k0 + 13 < 90)) {
            int i0_238 = (k0 + 13) / 9;
            int i1_238 = (k0 + 13) / 3 % 3;
            int i2_174 = (k0 + 13) % 3;
            float v_349 = in_w[r6 * 90 + i0_238 * 9 + i1_238 * 3 + i2_174];
            v_348 = v_349;
        }
        float v_350 = 0.0f;
        if ((r7 < 22) && (k0 + 13 < 90)) {
            int i0_239 = (k0 + 13) / 9;
            int i1_239 = (k0 + 13) / 3 % 3;
            int i2_175 = (k0 + 13) % 3;
            float v_351 = in_w[r7 * 90 + i0_239 * 9 + i1_239 * 3 + i2_175];
            v_350 = v_351;
        }
        float b_208 = tile_b[lid0 * 16 + 832];
        float b_209 = tile_b[lid0 * 16 + 1 + 832];
        float b_210 = tile_b[lid0 * 16 + 2 + 832];
        float b_211 = tile_b[lid0 * 16 + 3 + 832];
        float b_212 = tile_b[lid0 * 16 + 4 + 832];
        float b_213 = tile_b[lid0 * 16 + 5 + 832];
        float b_214 = tile_b[lid0 * 16 + 6 + 832];
        float b_215 = tile_b[lid0 * 16 + 7 + 832];
        float b_216 = tile_b[lid0 * 16 + 8 + 832];
        float b_217 = tile_b[lid0 * 16 + 9 + 832];
        float b_218 = tile_b[lid0 * 16 + 10 + 832];
        float b_219 = tile_b[lid0 * 16 + 11 + 832];
        float b_220 = tile_b[lid0 * 16 + 12 + 832];
        float b_221 = tile_b[lid0 * 16 + 13 + 832];
        float b_222 = tile_b[lid0 * 16 + 14 + 832];
        float b_223 = tile_b[lid0 * 16 + 15 + 832];
        acc0_0 = fma(v_336, b_208, acc0_0);
        acc0_1 = fma(v_336, b_209, acc0_1);
        acc0_2 = fma(v_336, b_210, acc0_2);
        acc0_3 = fma(v_336, b_211, acc0_3);
        acc0_4 = fma(v_336, b_212, acc0_4);
        acc0_5 = fma(v_336, b_213, acc0_5);
        acc0_6 = fma(v_336, b_214, acc0_6);
        acc0_7 = fma(v_336, b_215, acc0_7);
        acc0_8 = fma(v_336, b_216, acc0_8);
        acc0_9 = fma(v_336, b_217, acc0_9);
        acc0_10 = fma(v_336, b_218, acc0_10);
        acc0_11 = fma(v_336, b_219, acc0_11);
        acc0_12 = fma(v_336, b_220, acc0_12);
        acc0_13 = fma(v_336, b_221, acc0_13);
        acc0_14 = fma(v_336, b_222, acc0_14);
        acc0_15 = fma(v_336, b_223, acc0_15);
        acc1_0 = fma(v_338, b_208, acc1_0);
        acc1_1 = fma(v_338, b_209, acc1_1);
        acc1_2 = fma(v_338, b_210, acc1_2);
        acc1_3 = fma(v_338, b_211, acc1_3);
        acc1_4 = fma(v_338, b_212, acc1_4);
        acc1_5 = fma(v_338, b_213, acc1_5);
        acc1_6 = fma(v_338, b_214, acc1_6);
        acc1_7 = fma(v_338, b_215, acc1_7);
        acc1_8 = fma(v_338, b_216, acc1_8);
        acc1_9 = fma(v_338, b_217, acc1_9);
        acc1_10 = fma(v_338, b_218, acc1_10);
        acc1_11 = fma(v_338, b_219, acc1_11);
        acc1_12 = fma(v_338, b_220, acc1_12);
        acc1_13 = fma(v_338, b_221, acc1_13);
        acc1_14 = fma(v_338, b_222, acc1_14);
        acc1_15 = fma(v_338, b_223, acc1_15);
        acc2_0 = fma(v_340, b_208, acc2_0);
        acc2_1 = fma(v_340, b_209, acc2_1);
        acc2_2 = fma(v_340, b_210, acc2_2);
        acc2_3 = fma(v_340, b_211, acc2_3);
        acc2_4 = fma(v_340, b_212, acc2_4);
        acc2_5 = fma(v_340, b_213, acc2_5);
        acc2_6 = fma(v_340, b_214, acc2_6);
        acc2_7 = fma(v_340, b_215, acc2_7);
        acc2_8 = fma(v_340, b_216, acc2_8);
        acc2_9 = fma(v_340, b_217, acc2_9);
        acc2_10 = fma(v_340, b_218, acc2_10);
        acc2_11 = fma(v_340, b_219, acc2_11);
        acc2_12 = fma(v_340, b_220, acc2_12);
        acc2_13 = fma(v_340, b_221, acc2_13);
        acc2_14 = fma(v_340, b_222, acc2_14);
        acc2_15 = fma(v_340, b_223, acc2_15);
        acc3_0 = fma(v_342, b_208, acc3_0);
        acc3_1 = fma(v_342, b_209, acc3_1);
        acc3_2 = fma(v_342, b_210, acc3_2);
        acc3_3 = fma(v_342, b_211, acc3_3);
        acc3_4 = fma(v_342, b_212, acc3_4);
        acc3_5 = fma(v_342, b_213, acc3_5);
        acc3_6 = fma(v_342, b_214, acc3_6);
        acc3_7 = fma(v_342, b_215, acc3_7);
        acc3_8 = fma(v_342, b_216, acc3_8);
        acc3_9 = fma(v_342, b_217, acc3_9);
        acc3_10 = fma(v_342, b_218, acc3_10);
        acc3_11 = fma(v_342, b_219, acc3_11);
        acc3_12 = fma(v_342, b_220, acc3_12);
        acc3_13 = fma(v_342, b_221, acc3_13);
        acc3_14 = fma(v_342, b_222, acc3_14);
        acc3_15 = fma(v_342, b_223, acc3_15);
        acc4_0 = fma(v_344, b_208, acc4_0);
        acc4_1 = fma(v_344, b_209, acc4_1);
        acc4_2 = fma(v_344, b_210, acc4_2);
        acc4_3 = fma(v_344, b_211, acc4_3);
        acc4_4 = fma(v_344, b_212, acc4_4);
        acc4_5 = fma(v_344, b_213, acc4_5);
        acc4_6 = fma(v_344, b_214, acc4_6);
        acc4_7 = fma(v_344, b_215, acc4_7);
        acc4_8 = fma(v_344, b_216, acc4_8);
        acc4_9 = fma(v_344, b_217, acc4_9);
        acc4_10 = fma(v_344, b_218, acc4_10);
        acc4_11 = fma(v_344, b_219, acc4_11);
        acc4_12 = fma(v_344, b_220, acc4_12);
        acc4_13 = fma(v_344, b_221, acc4_13);
        acc4_14 = fma(v_344, b_222, acc4_14);
        acc4_15 = fma(v_344, b_223, acc4_15);
        acc5_0 = fma(v_346, b_208, acc5_0);
        acc5_1 = fma(v_346, b_209, acc5_1);
        acc5_2 = fma(v_346, b_210, acc5_2);
        acc5_3 = fma(v_346, b_211, acc5_3);
        acc5_4 = fma(v_346, b_212, acc5_4);
        acc5_5 = fma(v_346, b_213, acc5_5);
        acc5_6 = fma(v_346, b_214, acc5_6);
        acc5_7 = fma(v_346, b_215, acc5_7);
        acc5_8 = fma(v_346, b_216, acc5_8);
        acc5_9 = fma(v_346, b_217, acc5_9);
        acc5_10 = fma(v_346, b_218, acc5_10);
        acc5_11 = fma(v_346, b_219, acc5_11);
        acc5_12 = fma(v_346, b_220, acc5_12);
        acc5_13 = fma(v_346, b_221, acc5_13);
        acc5_14 = fma(v_346, b_222, acc5_14);
        acc5_15 = fma(v_346, b_223, acc5_15);
        acc6_0 = fma(v_348, b_208, acc6_0);
        acc6_1 = fma(v_348, b_209, acc6_1);
        acc6_2 = fma(v_348, b_210, acc6_2);
        acc6_3 = fma(v_348, b_211, acc6_3);
        acc6_4 = fma(v_348, b_212, acc6_4);
        acc6_5 = fma(v_348, b_213, acc6_5);
        acc6_6 = fma(v_348, b_214, acc6_6);
        acc6_7 = fma(v_348, b_215, acc6_7);
        acc6_8 = fma(v_348, b_216, acc6_8);
        acc6_9 = fma(v_348, b_217, acc6_9);
        acc6_10 = fma(v_348, b_218, acc6_10);
        acc6_11 = fma(v_348, b_219, acc6_11);
        acc6_12 = fma(v_348, b_220, acc6_12);
        acc6_13 = fma(v_348, b_221, acc6_13);
        acc6_14 = fma(v_348, b_222, acc6_14);
        acc6_15 = fma(v_348, b_223, acc6_15);
        acc7_0 = fma(v_350, b_208, acc7_0);
        acc7_1 = fma(v_350, b_209, acc7_1);
        acc7_2 = fma(v_350, b_210, acc7_2);
        acc7_3 = fma(v_350, b_211, acc7_3);
        acc7_4 = fma(v_350, b_212, acc7_4);
        acc7_5 = fma(v_350, b_213, acc7_5);
        acc7_6 = fma(v_350, b_214, acc7_6);
        acc7_7 = fma(v_350, b_215, acc7_7);
        acc7_8 = fma(v_350, b_216, acc7_8);
        acc7_9 = fma(v_350, b_217, acc7_9);
        acc7_10 = fma(v_350, b_218, acc7_10);
        acc7_11 = fma(v_350, b_219, acc7_11);
        acc7_12 = fma(v_350, b_220, acc7_12);
        acc7_13 = fma(v_350, b_221, acc7_13);
        acc7_14 = fma(v_350, b_222, acc7_14);
        acc7_15 = fma(v_350, b_223, acc7_15);
        float v_352 = 0.0f;
        if ((r0 < 22) && (k0 + 14 < 90)) {
            int i0_240 = (k0 + 14) / 9;
            int i1_240 = (k0 + 14) / 3 % 3;
            int i2_176 = (k0 + 14) % 3;
            float v_353 = in_w[r0 * 90 + i0_240 * 9 + i1_240 * 3 + i2_176];
            v_352 = v_353;
        }
        float v_354 = 0.0f;
        if ((r1 < 22) && (k0 + 14 < 90)) {
            int i0_241 = (k0 + 14) / 9;
            int i1_241 = (k0 + 14) / 3 % 3;
            int i2_177 = (k0 + 14) % 3;
            float v_355 = in_w[r1 * 90 + i0_241 * 9 + i1_241 * 3 + i2_177];
            v_354 = v_355;
        }
        float v_356 = 0.0f;
        if ((r2 < 22) && (k0 + 14 < 90)) {
            int i0_242 = (k0 + 14) / 9;
            int i1_242 = (k0 + 14) / 3 % 3;
            int i2_178 = (k0 + 14) % 3;
            float v_357 = in_w[r2 * 90 + i0_242 * 9 + i1_242 * 3 + i2_178];
            v_356 = v_357;
        }
        float v_358 = 0.0f;
        if ((r3 < 22) && (k0 + 14 < 90)) {
            int i0_243 = (k0 + 14) / 9;
            int i1_243 = (k0 + 14) / 3 % 3;
            int i2_179 = (k0 + 14) % 3;
            float v_359 = in_w[r3 * 90 + i0_243 * 9 + i1_243 * 3 + i2_179];
            v_358 = v_359;
        }
        float v_360 = 0.0f;
        if ((r4 < 22) && (k0 + 14 < 90)) {
            int i0_244 = (k0 + 14) / 9;
            int i1_244 = (k0 + 14) / 3 % 3;
            int i2_180 = (k0 + 14) % 3;
            float v_361 = in_w[r4 * 90 + i0_244 * 9 + i1_244 * 3 + i2_180];
            v_360 = v_361;
        }
        float v_362 = 0.0f;
        if ((r5 < 22) && (k0 + 14 < 90)) {
            int i0_245 = (k0 + 14) / 9;
            int i1_245 = (k0 + 14) / 3 % 3;
            int i2_181 = (k0 + 14) % 3;
            float v_363 = in_w[r5 * 90 + i0_245 * 9 + i1_245 * 3 + i2_181];
            v_362 = v_363;
        }
        float v_364 = 0.0f;
        if ((r6 < 22) && (k0 + 14 < 90)) {
            int i0_246 = (k0 + 14) / 9;
            int i1_246 = (k0 + 14) / 3 % 3;
            int i2_182 = (k0 + 14) % 3;
            float v_365 = in_w[r6 * 90 + i0_246 * 9 + i1_246 * 3 + i2_182];
            v_364 = v_365;
        }
        float v_366 = 0.0f;
        if ((r7 < 22) && (k0 + 14 < 90)) {
            int i0_247 = (k0 + 14) / 9;
            int i1_247 = (k0 + 14) / 3 % 3;
            int i2_183 = (k0 + 14) % 3;
            float v_367 = in_w[r7 * 90 + i0_247 * 9 + i1_247 * 3 + i2_183];
            v_366 = v_367;
        }
        float b_224 = tile_b[lid0 * 16 + 896];
        float b_225 = tile_b[lid0 * 16 + 1 + 896];
        float b_226 = tile_b[lid0 * 16 + 2 + 896];
        float b_227 = tile_b[lid0 * 16 + 3 + 896];
        float b_228 = tile_b[lid0 * 16 + 4 + 896];
        float b_229 = tile_b[lid0 * 16 + 5 + 896];
        float b_230 = tile_b[lid0 * 16 + 6 + 896];
        float b_231 = tile_b[lid0 * 16 + 7 + 896];
        float b_232 = tile_b[lid0 * 16 + 8 + 896];
        float b_233 = tile_b[lid0 * 16 + 9 + 896];
        float b_234 = tile_b[lid0 * 16 + 10 + 896];
        float b_235 = tile_b[lid0 * 16 + 11 + 896];
        float b_236 = tile_b[lid0 * 16 + 12 + 896];
        float b_237 = tile_b[lid0 * 16 + 13 + 896];
        float b_238 = tile_b[lid0 * 16 + 14 + 896];
        float b_239 = tile_b[lid0 * 16 + 15 + 896];
        acc0_0 = fma(v_352, b_224, acc0_0);
        acc0_1 = fma(v_352, b_225, acc0_1);
        acc0_2 = fma(v_352, b_226, acc0_2);
        acc0_3 = fma(v_352, b_227, acc0_3);
        acc0_4 = fma(v_352, b_228, acc0_4);
        acc0_5 = fma(v_352, b_229, acc0_5);
        acc0_6 = fma(v_352, b_230, acc0_6);
        acc0_7 = fma(v_352, b_231, acc0_7);
        acc0_8 = fma(v_352, b_232, acc0_8);
        acc0_9 = fma(v_352, b_233, acc0_9);
        acc0_10 = fma(v_352, b_234, acc0_10);
        acc0_11 = fma(v_352, b_235, acc0_11);
        acc0_12 = fma(v_352, b_236, acc0_12);
        acc0_13 = fma(v_352, b_237, acc0_13);
        acc0_14 = fma(v_352, b_238, acc0_14);
        acc0_15 = fma(v_352, b_239, acc0_15);
        acc1_0 = fma(v_354, b_224, acc1_0);
        acc1_1 = fma(v_354, b_225, acc1_1);
        acc1_2 = fma(v_354, b_226, acc1_2);
        acc1_3 = fma(v_354, b_227, acc1_3);
        acc1_4 = fma(v_354, b_228, acc1_4);
        acc1_5 = fma(v_354, b_229, acc1_5);
        acc1_6 = fma(v_354, b_230, acc1_6);
        acc1_7 = fma(v_354, b_231, acc1_7);
        acc1_8 = fma(v_354, b_232, acc1_8);
        acc1_9 = fma(v_354, b_233, acc1_9);
        acc1_10 = fma(v_354, b_234, acc1_10);
        acc1_11 = fma(v_354, b_235, acc1_11);
        acc1_12 = fma(v_354, b_236, acc1_12);
        acc1_13 = fma(v_354, b_237, acc1_13);
        acc1_14 = fma(v_354, b_238, acc1_14);
        acc1_15 = fma(v_354, b_239, acc1_15);
        acc2_0 = fma(v_356, b_224, acc2_0);
        acc2_1 = fma(v_356, b_225, acc2_1);
        acc2_2 = fma(v_356, b_226, acc2_2);
        acc2_3 = fma(v_356, b_227, acc2_3);
        acc2_4 = fma(v_356, b_228, acc2_4);
        acc2_5 = fma(v_356, b_229, acc2_5);
        acc2_6 = fma(v_356, b_230, acc2_6);
        acc2_7 = fma(v_356, b_231, acc2_7);
        acc2_8 = fma(v_356, b_232, acc2_8);
        acc2_9 = fma(v_356, b_233, acc2_9);
        acc2_10 = fma(v_356, b_234, acc2_10);
        acc2_11 = fma(v_356, b_235, acc2_11);
        acc2_12 = fma(v_356, b_236, acc2_12);
        acc2_13 = fma(v_356, b_237, acc2_13);
        acc2_14 = fma(v_356, b_238, acc2_14);
        acc2_15 = fma(v_356, b_239, acc2_15);
        acc3_0 = fma(v_358, b_224, acc3_0);
        acc3_1 = fma(v_358, b_225, acc3_1);
        acc3_2 = fma(v_358, b_226, acc3_2);
        acc3_3 = fma(v_358, b_227, acc3_3);
        acc3_4 = fma(v_358, b_228, acc3_4);
        acc3_5 = fma(v_358, b_229, acc3_5);
        acc3_6 = fma(v_358, b_230, acc3_6);
        acc3_7 = fma(v_358, b_231, acc3_7);
        acc3_8 = fma(v_358, b_232, acc3_8);
        acc3_9 = fma(v_358, b_233, acc3_9);
        acc3_10 = fma(v_358, b_234, acc3_10);
        acc3_11 = fma(v_358, b_235, acc3_11);
        acc3_12 = fma(v_358, b_236, acc3_12);
        acc3_13 = fma(v_358, b_237, acc3_13);
        acc3_14 = fma(v_358, b_238, acc3_14);
        acc3_15 = fma(v_358, b_239, acc3_15);
        acc4_0 = fma(v_360, b_224, acc4_0);
        acc4_1 = fma(v_360, b_225, acc4_1);
        acc4_2 = fma(v_360, b_226, acc4_2);
        acc4_3 = fma(v_360, b_227, acc4_3);
        acc4_4 = fma(v_360, b_228, acc4_4);
        acc4_5 = fma(v_360, b_229, acc4_5);
        acc4_6 = fma(v_360, b_230, acc4_6);
        acc4_7 = fma(v_360, b_231, acc4_7);
        acc4_8 = fma(v_360, b_232, acc4_8);
        acc4_9 = fma(v_360, b_233, acc4_9);
        acc4_10 = fma(v_360, b_234, acc4_10);
        acc4_11 = fma(v_360, b_235, acc4_11);
        acc4_12 = fma(v_360, b_236, acc4_12);
        acc4_13 = fma(v_360, b_237, acc4_13);
        acc4_14 = fma(v_360, b_238, acc4_14);
        acc4_15 = fma(v_360, b_239, acc4_15);
        acc5_0 = fma(v_362, b_224, acc5_0);
        acc5_1 = fma(v_362, b_225, acc5_1);
        acc5_2 = fma(v_362, b_226, acc5_2);
        acc5_3 = fma(v_362, b_227, acc5_3);
        acc5_4 = fma(v_362, b_228, acc5_4);
        acc5_5 = fma(v_362, b_229, acc5_5);
        acc5_6 = fma(v_362, b_230, acc5_6);
        acc5_7 = fma(v_362, b_231, acc5_7);
        acc5_8 = fma(v_362, b_232, acc5_8);
        acc5_9 = fma(v_362, b_233, acc5_9);
        acc5_10 = fma(v_362, b_234, acc5_10);
        acc5_11 = fma(v_362, b_235, acc5_11);
        acc5_12 = fma(v_362, b_236, acc5_12);
        acc5_13 = fma(v_362, b_237, acc5_13);
        acc5_14 = fma(v_362, b_238, acc5_14);
        acc5_15 = fma(v_362, b_239, acc5_15);
        acc6_0 = fma(v_364, b_224, acc6_0);
        acc6_1 = fma(v_364, b_225, acc6_1);
        acc6_2 = fma(v_364, b_226, acc6_2);
        acc6_3 = fma(v_364, b_227, acc6_3);
        acc6_4 = fma(v_364, b_228, acc6_4);
        acc6_5 = fma(v_364, b_229, acc6_5);
        acc6_6 = fma(v_364, b_230, acc6_6);
        acc6_7 = fma(v_364, b_231, acc6_7);
        acc6_8 = fma(v_364, b_232, acc6_8);
        acc6_9 = fma(v_364, b_233, acc6_9);
        acc6_10 = fma(v_364, b_234, acc6_10);
        acc6_11 = fma(v_364, b_235, acc6_11);
        acc6_12 = fma(v_364, b_236, acc6_12);
        acc6_13 = fma(v_364, b_237, acc6_13);
        acc6_14 = fma(v_364, b_238, acc6_14);
        acc6_15 = fma(v_364, b_239, acc6_15);
        acc7_0 = fma(v_366, b_224, acc7_0);
        acc7_1 = fma(v_366, b_225, acc7_1);
        acc7_2 = fma(v_366, b_226, acc7_2);
        acc7_3 = fma(v_366, b_227, acc7_3);
        acc7_4 = fma(v_366, b_228, acc7_4);
        acc7_5 = fma(v_366, b_229, acc7_5);
        acc7_6 = fma(v_366, b_230, acc7_6);
        acc7_7 = fma(v_366, b_231, acc7_7);
        acc7_8 = fma(v_366, b_232, acc7_8);
        acc7_9 = fma(v_366, b_233, acc7_9);
        acc7_10 = fma(v_366, b_234, acc7_10);
        acc7_11 = fma(v_366, b_235, acc7_11);
        acc7_12 = fma(v_366, b_236, acc7_12);
        acc7_13 = fma(v_366, b_237, acc7_13);
        acc7_14 = fma(v_366, b_238, acc7_14);
        acc7_15 = fma(v_366, b_239, acc7_15);
        float v_368 = 0.0f;
        if ((r0 < 22) && (k0 + 15 < 90)) {
            int i0_248 = (k0 + 15) / 9;
            int i1_248 = (5 + k0 / 3) % 3;
            int i2_184 = k0 % 3;
            float v_369 = in_w[r0 * 90 + i0_248 * 9 + i1_248 * 3 + i2_184];
            v_368 = v_369;
        }
        float v_370 = 0.0f;
        if ((r1 < 22) && (k0 + 15 < 90)) {
            int i0_249 = (k0 + 15) / 9;
            int i1_249 = (5 + k0 / 3) % 3;
            int i2_185 = k0 % 3;
            float v_371 = in_w[r1 * 90 + i0_249 * 9 + i1_249 * 3 + i2_185];
            v_370 = v_371;
        }
        float v_372 = 0.0f;
        if ((r2 < 22) && (k0 + 15 < 90)) {
            int i0_250 = (k0 + 15) / 9;
            int i1_250 = (5 + k0 / 3) % 3;
            int i2_186 = k0 % 3;
            float v_373 = in_w[r2 * 90 + i0_250 * 9 + i1_250 * 3 + i2_186];
            v_372 = v_373;
        }
        float v_374 = 0.0f;
        if ((r3 < 22) && (k0 + 15 < 90)) {
            int i0_251 = (k0 + 15) / 9;
            int i1_251 = (5 + k0 / 3) % 3;
            int i2_187 = k0 % 3;
            float v_375 = in_w[r3 * 90 + i0_251 * 9 + i1_251 * 3 + i2_187];
            v_374 = v_375;
        }
        float v_376 = 0.0f;
        if ((r4 < 22) && (k0 + 15 < 90)) {
            int i0_252 = (k0 + 15) / 9;
            int i1_252 = (5 + k0 / 3) % 3;
            int i2_188 = k0 % 3;
            float v_377 = in_w[r4 * 90 + i0_252 * 9 + i1_252 * 3 + i2_188];
            v_376 = v_377;
        }
        float v_378 = 0.0f;
        if ((r5 < 22) && (k0 + 15 < 90)) {
            int i0_253 = (k0 + 15) / 9;
            int i1_253 = (5 + k0 / 3) % 3;
            int i2_189 = k0 % 3;
            float v_379 = in_w[r5 * 90 + i0_253 * 9 + i1_253 * 3 + i2_189];
            v_378 = v_379;
        }
        float v_380 = 0.0f;
        if ((r6 < 22) && (k0 + 15 < 90)) {
            int i0_254 = (k0 + 15) / 9;
            int i1_254 = (5 + k0 / 3) % 3;
            int i2_190 = k0 % 3;
            float v_381 = in_w[r6 * 90 + i0_254 * 9 + i1_254 * 3 + i2_190];
            v_380 = v_381;
        }
        float v_382 = 0.0f;
        if ((r7 < 22) && (k0 + 15 < 90)) {
            int i0_255 = (k0 + 15) / 9;
            int i1_255 = (5 + k0 / 3) % 3;
            int i2_191 = k0 % 3;
            float v_383 = in_w[r7 * 90 + i0_255 * 9 + i1_255 * 3 + i2_191];
            v_382 = v_383;
        }
        float b_240 = tile_b[lid0 * 16 + 960];
        float b_241 = tile_b[lid0 * 16 + 1 + 960];
        float b_242 = tile_b[lid0 * 16 + 2 + 960];
        float b_243 = tile_b[lid0 * 16 + 3 + 960];
        float b_244 = tile_b[lid0 * 16 + 4 + 960];
        float b_245 = tile_b[lid0 * 16 + 5 + 960];
        float b_246 = tile_b[lid0 * 16 + 6 + 960];
        float b_247 = tile_b[lid0 * 16 + 7 + 960];
        float b_248 = tile_b[lid0 * 16 + 8 + 960];
        float b_249 = tile_b[lid0 * 16 + 9 + 960];
        float b_250 = tile_b[lid0 * 16 + 10 + 960];
        float b_251 = tile_b[lid0 * 16 + 11 + 960];
        float b_252 = tile_b[lid0 * 16 + 12 + 960];
        float b_253 = tile_b[lid0 * 16 + 13 + 960];
        float b_254 = tile_b[lid0 * 16 + 14 + 960];
        float b_255 = tile_b[lid0 * 16 + 15 + 960];
        acc0_0 = fma(v_368, b_240, acc0_0);
        acc0_1 = fma(v_368, b_241, acc0_1);
        acc0_2 = fma(v_368, b_242, acc0_2);
        acc0_3 = fma(v_368, b_243, acc0_3);
        acc0_4 = fma(v_368, b_244, acc0_4);
        acc0_5 = fma(v_368, b_245, acc0_5);
        acc0_6 = fma(v_368, b_246, acc0_6);
        acc0_7 = fma(v_368, b_247, acc0_7);
        acc0_8 = fma(v_368, b_248, acc0_8);
        acc0_9 = fma(v_368, b_249, acc0_9);
        acc0_10 = fma(v_368, b_250, acc0_10);
        acc0_11 = fma(v_368, b_251, acc0_11);
        acc0_12 = fma(v_368, b_252, acc0_12);
        acc0_13 = fma(v_368, b_253, acc0_13);
        acc0_14 = fma(v_368, b_254, acc0_14);
        acc0_15 = fma(v_368, b_255, acc0_15);
        acc1_0 = fma(v_370, b_240, acc1_0);
        acc1_1 = fma(v_370, b_241, acc1_1);
        acc1_2 = fma(v_370, b_242, acc1_2);
        acc1_3 = fma(v_370, b_243, acc1_3);
        acc1_4 = fma(v_370, b_244, acc1_4);
        acc1_5 = fma(v_370, b_245, acc1_5);
        acc1_6 = fma(v_370, b_246, acc1_6);
        acc1_7 = fma(v_370, b_247, acc1_7);
        acc1_8 = fma(v_370, b_248, acc1_8);
        acc1_9 = fma(v_370, b_249, acc1_9);
        acc1_10 = fma(v_370, b_250, acc1_10);
        acc1_11 = fma(v_370, b_251, acc1_11);
        acc1_12 = fma(v_370, b_252, acc1_12);
        acc1_13 = fma(v_370, b_253, acc1_13);
        acc1_14 = fma(v_370, b_254, acc1_14);
        acc1_15 = fma(v_370, b_255, acc1_15);
        acc2_0 = fma(v_372, b_240, acc2_0);
        acc2_1 = fma(v_372, b_241, acc2_1);
        acc2_2 = fma(v_372, b_242, acc2_2);
        acc2_3 = fma(v_372, b_243, acc2_3);
        acc2_4 = fma(v_372, b_244, acc2_4);
        acc2_5 = fma(v_372, b_245, acc2_5);
        acc2_6 = fma(v_372, b_246, acc2_6);
        acc2_7 = fma(v_372, b_247, acc2_7);
        acc2_8 = fma(v_372, b_248, acc2_8);
        acc2_9 = fma(v_372, b_249, acc2_9);
        acc2_10 = fma(v_372, b_250, acc2_10);
        acc2_11 = fma(v_372, b_251, acc2_11);
        acc2_12 = fma(v_372, b_252, acc2_12);
        acc2_13 = fma(v_372, b_253, acc2_13);
        acc2_14 = fma(v_372, b_254, acc2_14);
        acc2_15 = fma(v_372, b_255, acc2_15);
        acc3_0 = fma(v_374, b_240, acc3_0);
        acc3_1 = fma(v_374, b_241, acc3_1);
        acc3_2 = fma(v_374, b_242, acc3_2);
        acc3_3 = fma(v_374, b_243, acc3_3);
        acc3_4 = fma(v_374, b_244, acc3_4);
        acc3_5 = fma(v_374, b_245, acc3_5);
        acc3_6 = fma(v_374, b_246, acc3_6);
        acc3_7 = fma(v_374, b_247, acc3_7);
        acc3_8 = fma(v_374, b_248, acc3_8);
        acc3_9 = fma(v_374, b_249, acc3_9);
        acc3_10 = fma(v_374, b_250, acc3_10);
        acc3_11 = fma(v_374, b_251, acc3_11);
        acc3_12 = fma(v_374, b_252, acc3_12);
        acc3_13 = fma(v_374, b_253, acc3_13);
        acc3_14 = fma(v_374, b_254, acc3_14);
        acc3_15 = fma(v_374, b_255, acc3_15);
        acc4_0 = fma(v_376, b_240, acc4_0);
        acc4_1 = fma(v_376, b_241, acc4_1);
        acc4_2 = fma(v_376, b_242, acc4_2);
        acc4_3 = fma(v_376, b_243, acc4_3);
        acc4_4 = fma(v_376, b_244, acc4_4);
        acc4_5 = fma(v_376, b_245, acc4_5);
        acc4_6 = fma(v_376, b_246, acc4_6);
        acc4_7 = fma(v_376, b_247, acc4_7);
        acc4_8 = fma(v_376, b_248, acc4_8);
        acc4_9 = fma(v_376, b_249, acc4_9);
        acc4_10 = fma(v_376, b_250, acc4_10);
        acc4_11 = fma(v_376, b_251, acc4_11);
        acc4_12 = fma(v_376, b_252, acc4_12);
        acc4_13 = fma(v_376, b_253, acc4_13);
        acc4_14 = fma(v_376, b_254, acc4_14);
        acc4_15 = fma(v_376, b_255, acc4_15);
        acc5_0 = fma(v_378, b_240, acc5_0);
        acc5_1 = fma(v_378, b_241, acc5_1);
        acc5_2 = fma(v_378, b_242, acc5_2);
        acc5_3 = fma(v_378, b_243, acc5_3);
        acc5_4 = fma(v_378, b_244, acc5_4);
        acc5_5 = fma(v_378, b_245, acc5_5);
        acc5_6 = fma(v_378, b_246, acc5_6);
        acc5_7 = fma(v_378, b_247, acc5_7);
        acc5_8 = fma(v_378, b_248, acc5_8);
        acc5_9 = fma(v_378, b_249, acc5_9);
        acc5_10 = fma(v_378, b_250, acc5_10);
        acc5_11 = fma(v_378, b_251, acc5_11);
        acc5_12 = fma(v_378, b_252, acc5_12);
        acc5_13 = fma(v_378, b_253, acc5_13);
        acc5_14 = fma(v_378, b_254, acc5_14);
        acc5_15 = fma(v_378, b_255, acc5_15);
        acc6_0 = fma(v_380, b_240, acc6_0);
        acc6_1 = fma(v_380, b_241, acc6_1);
        acc6_2 = fma(v_380, b_242, acc6_2);
        acc6_3 = fma(v_380, b_243, acc6_3);
        acc6_4 = fma(v_380, b_244, acc6_4);
        acc6_5 = fma(v_380, b_245, acc6_5);
        acc6_6 = fma(v_380, b_246, acc6_6);
        acc6_7 = fma(v_380, b_247, acc6_7);
        acc6_8 = fma(v_380, b_248, acc6_8);
        acc6_9 = fma(v_380, b_249, acc6_9);
        acc6_10 = fma(v_380, b_250, acc6_10);
        acc6_11 = fma(v_380, b_251, acc6_11);
        acc6_12 = fma(v_380, b_252, acc6_12);
        acc6_13 = fma(v_380, b_253, acc6_13);
        acc6_14 = fma(v_380, b_254, acc6_14);
        acc6_15 = fma(v_380, b_255, acc6_15);
        acc7_0 = fma(v_382, b_240, acc7_0);
        acc7_1 = fma(v_382, b_241, acc7_1);
        acc7_2 = fma(v_382, b_242, acc7_2);
        acc7_3 = fma(v_382, b_243, acc7_3);
        acc7_4 = fma(v_382, b_244, acc7_4);
        acc7_5 = fma(v_382, b_245, acc7_5);
        acc7_6 = fma(v_382, b_246, acc7_6);
        acc7_7 = fma(v_382, b_247, acc7_7);
        acc7_8 = fma(v_382, b_248, acc7_8);
        acc7_9 = fma(v_382, b_249, acc7_9);
        acc7_10 = fma(v_382, b_250, acc7_10);
        acc7_11 = fma(v_382, b_251, acc7_11);
        acc7_12 = fma(v_382, b_252, acc7_12);
        acc7_13 = fma(v_382, b_253, acc7_13);
        acc7_14 = fma(v_382, b_254, acc7_14);
        acc7_15 = fma(v_382, b_255, acc7_15);
        barrier(CLK_LOCAL_MEM_FENCE);
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

