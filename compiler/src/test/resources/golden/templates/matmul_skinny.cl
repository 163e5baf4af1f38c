__kernel __attribute__((reqd_work_group_size(4, 1, 1)))
void k0_matmul(__global const float* restrict in_x, __global const float* restrict in_w, __global const float* restrict in_w_1, __global float* restrict out_add)
{
    __local float tile_a[16];
    int lid0 = (int)get_local_id(0);
    int row0 = (int)get_group_id(1);
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
    for (int k0 = 0; k0 < 35; k0 += 16) {
        int sj = k0 + lid0;
        float v = 0.0f;
        if (sj < 35) {
            float v_1 = in_x[row0 * 35 + sj];
            v = v_1;
        }
        tile_a[lid0] = v;
        int idx = lid0 + 4;
        int sj_1 = k0 + idx;
        float v_2 = 0.0f;
        if (sj_1 < 35) {
            float v_3 = in_x[row0 * 35 + sj_1];
            v_2 = v_3;
        }
        tile_a[idx] = v_2;
        int idx_1 = lid0 + 8;
        int sj_2 = k0 + idx_1;
        float v_4 = 0.0f;
        if (sj_2 < 35) {
            float v_5 = in_x[row0 * 35 + sj_2];
            v_4 = v_5;
        }
        tile_a[idx_1] = v_4;
        int idx_2 = lid0 + 12;
        int sj_3 = k0 + idx_2;
        float v_6 = 0.0f;
        if (sj_3 < 35) {
            float v_7 = in_x[row0 * 35 + sj_3];
            v_6 = v_7;
        }
        tile_a[idx_2] = v_6;
        barrier(CLK_LOCAL_MEM_FENCE);
        float a = tile_a[0];
        float v_8 = 0.0f;
        float v_9 = in_w[k0 * 55 + c0];
        v_8 = v_9;
        float v_10 = 0.0f;
        float v_11 = in_w[k0 * 55 + c1];
        v_10 = v_11;
        float v_12 = 0.0f;
        float v_13 = in_w[k0 * 55 + c2];
        v_12 = v_13;
        float v_14 = 0.0f;
        float v_15 = in_w[k0 * 55 + c3];
        v_14 = v_15;
        float v_16 = 0.0f;
        float v_17 = in_w[k0 * 55 + c4];
        v_16 = v_17;
        float v_18 = 0.0f;
        float v_19 = in_w[k0 * 55 + c5];
        v_18 = v_19;
        float v_20 = 0.0f;
        float v_21 = in_w[k0 * 55 + c6];
        v_20 = v_21;
        float v_22 = 0.0f;
        if (c7 < 55) {
            float v_23 = in_w[k0 * 55 + c7];
            v_22 = v_23;
        }
        float v_24 = 0.0f;
        if (c8 < 55) {
            float v_25 = in_w[k0 * 55 + c8];
            v_24 = v_25;
        }
        float v_26 = 0.0f;
        if (c9 < 55) {
            float v_27 = in_w[k0 * 55 + c9];
            v_26 = v_27;
        }
        float v_28 = 0.0f;
        if (c10 < 55) {
            float v_29 = in_w[k0 * 55 + c10];
            v_28 = v_29;
        }
        float v_30 = 0.0f;
        if (c11 < 55) {
            float v_31 = in_w[k0 * 55 + c11];
            v_30 = v_31;
        }
        float v_32 = 0.0f;
        if (c12 < 55) {
            float v_33 = in_w[k0 * 55 + c12];
            v_32 = v_33;
        }
        float v_34 = 0.0f;
        if (c13 < 55) {
            float v_35 = in_w[k0 * 55 + c13];
            v_34 = v_35;
        }
        float v_36 = 0.0f;
        if (c14 < 55) {
            float v_37 = in_w[k0 * 55 + c14];
            v_36 = v_37;
        }
        float v_38 = 0.0f;
        if (c15 < 55) {
            float v_39 = in_w[k0 * 55 + c15];
            v_38 = v_39;
        }
        acc0_0 = fma(a, v_8, acc0_0);
        acc0_1 = fma(a, v_10, acc0_1);
        acc0_2 = fma(a, v_12, acc0_2);
        acc0_3 = fma(a, v_14, acc0_3);
        acc0_4 = fma(a, v_16, acc0_4);
        acc0_5 = fma(a, v_18, acc0_5);
        acc0_6 = fma(a, v_20, acc0_6);
        acc0_7 = fma(a, v_22, acc0_7);
        acc0_8 = fma(a, v_24, acc0_8);
        acc0_9 = fma(a, v_26, acc0_9);
        acc0_10 = fma(a, v_28, acc0_10);
        acc0_11 = fma(a, v_30, acc0_11);
        acc0_12 = fma(a, v_32, acc0_12);
        acc0_13 = fma(a, v_34, acc0_13);
        acc0_14 = fma(a, v_36, acc0_14);
        acc0_15 = fma(a, v_38, acc0_15);
        float a_1 = tile_a[1];
        float v_40 = 0.0f;
        if (k0 + 1 < 35) {
            float v_41 = in_w[(k0 + 1) * 55 + c0];
            v_40 = v_41;
        }
        float v_42 = 0.0f;
        if (k0 + 1 < 35) {
            float v_43 = in_w[(k0 + 1) * 55 + c1];
            v_42 = v_43;
        }
        float v_44 = 0.0f;
        if (k0 + 1 < 35) {
            float v_45 = in_w[(k0 + 1) * 55 + c2];
            v_44 = v_45;
        }
        float v_46 = 0.0f;
        if (k0 + 1 < 35) {
            float v_47 = in_w[(k0 + 1) * 55 + c3];
            v_46 = v_47;
        }
        float v_48 = 0.0f;
        if (k0 + 1 < 35) {
            float v_49 = in_w[(k0 + 1) * 55 + c4];
            v_48 = v_49;
        }
        float v_50 = 0.0f;
        if (k0 + 1 < 35) {
            float v_51 = in_w[(k0 + 1) * 55 + c5];
            v_50 = v_51;
        }
        float v_52 = 0.0f;
        if (k0 + 1 < 35) {
            float v_53 = in_w[(k0 + 1) * 55 + c6];
            v_52 = v_53;
        }
        float v_54 = 0.0f;
        if ((k0 + 1 < 35) && (c7 < 55)) {
            float v_55 = in_w[(k0 + 1) * 55 + c7];
            v_54 = v_55;
        }
        float v_56 = 0.0f;
        if ((k0 + 1 < 35) && (c8 < 55)) {
            float v_57 = in_w[(k0 + 1) * 55 + c8];
            v_56 = v_57;
        }
        float v_58 = 0.0f;
        if ((k0 + 1 < 35) && (c9 < 55)) {
            float v_59 = in_w[(k0 + 1) * 55 + c9];
            v_58 = v_59;
        }
        float v_60 = 0.0f;
        if ((k0 + 1 < 35) && (c10 < 55)) {
            float v_61 = in_w[(k0 + 1) * 55 + c10];
            v_60 = v_61;
        }
        float v_62 = 0.0f;
        if ((k0 + 1 < 35) && (c11 < 55)) {
            float v_63 = in_w[(k0 + 1) * 55 + c11];
            v_62 = v_63;
        }
        float v_64 = 0.0f;
        if ((k0 + 1 < 35) && (c12 < 55)) {
            float v_65 = in_w[(k0 + 1) * 55 + c12];
            v_64 = v_65;
        }
        float v_66 = 0.0f;
        if ((k0 + 1 < 35) && (c13 < 55)) {
            float v_67 = in_w[(k0 + 1) * 55 + c13];
            v_66 = v_67;
        }
        float v_68 = 0.0f;
        if ((k0 + 1 < 35) && (c14 < 55)) {
            float v_69 = in_w[(k0 + 1) * 55 + c14];
            v_68 = v_69;
        }
        float v_70 = 0.0f;
        if ((k0 + 1 < 35) && (c15 < 55)) {
            float v_71 = in_w[(k0 + 1) * 55 + c15];
            v_70 = v_71;
        }
        acc0_0 = fma(a_1, v_40, acc0_0);
        acc0_1 = fma(a_1, v_42, acc0_1);
        acc0_2 = fma(a_1, v_44, acc0_2);
        acc0_3 = fma(a_1, v_46, acc0_3);
        acc0_4 = fma(a_1, v_48, acc0_4);
        acc0_5 = fma(a_1, v_50, acc0_5);
        acc0_6 = fma(a_1, v_52, acc0_6);
        acc0_7 = fma(a_1, v_54, acc0_7);
        acc0_8 = fma(a_1, v_56, acc0_8);
        acc0_9 = fma(a_1, v_58, acc0_9);
        acc0_10 = fma(a_1, v_60, acc0_10);
        acc0_11 = fma(a_1, v_62, acc0_11);
        acc0_12 = fma(a_1, v_64, acc0_12);
        acc0_13 = fma(a_1, v_66, acc0_13);
        acc0_14 = fma(a_1, v_68, acc0_14);
        acc0_15 = fma(a_1, v_70, acc0_15);
        float a_2 = tile_a[2];
        float v_72 = 0.0f;
        if (k0 + 2 < 35) {
            float v_73 = in_w[(k0 + 2) * 55 + c0];
            v_72 = v_73;
        }
        float v_74 = 0.0f;
        if (k0 + 2 < 35) {
            float v_75 = in_w[(k0 + 2) * 55 + c1];
            v_74 = v_75;
        }
        float v_76 = 0.0f;
        if (k0 + 2 < 35) {
            float v_77 = in_w[(k0 + 2) * 55 + c2];
            v_76 = v_77;
        }
        float v_78 = 0.0f;
        if (k0 + 2 < 35) {
            float v_79 = in_w[(k0 + 2) * 55 + c3];
            v_78 = v_79;
        }
        float v_80 = 0.0f;
        if (k0 + 2 < 35) {
            float v_81 = in_w[(k0 + 2) * 55 + c4];
            v_80 = v_81;
        }
        float v_82 = 0.0f;
        if (k0 + 2 < 35) {
            float v_83 = in_w[(k0 + 2) * 55 + c5];
            v_82 = v_83;
        }
        float v_84 = 0.0f;
        if (k0 + 2 < 35) {
            float v_85 = in_w[(k0 + 2) * 55 + c6];
            v_84 = v_85;
        }
        float v_86 = 0.0f;
        if ((k0 + 2 < 35) && (c7 < 55)) {
            float v_87 = in_w[(k0 + 2) * 55 + c7];
            v_86 = v_87;
        }
        float v_88 = 0.0f;
        if ((k0 + 2 < 35) && (c8 < 55)) {
            float v_89 = in_w[(k0 + 2) * 55 + c8];
            v_88 = v_89;
        }
        float v_90 = 0.0f;
        if ((k0 + 2 < 35) && (c9 < 55)) {
            float v_91 = in_w[(k0 + 2) * 55 + c9];
            v_90 = v_91;
        }
        float v_92 = 0.0f;
        if ((k0 + 2 < 35) && (c10 < 55)) {
            float v_93 = in_w[(k0 + 2) * 55 + c10];
            v_92 = v_93;
        }
        float v_94 = 0.0f;
        if ((k0 + 2 < 35) && (c11 < 55)) {
            float v_95 = in_w[(k0 + 2) * 55 + c11];
            v_94 = v_95;
        }
        float v_96 = 0.0f;
        if ((k0 + 2 < 35) && (c12 < 55)) {
            float v_97 = in_w[(k0 + 2) * 55 + c12];
            v_96 = v_97;
        }
        float v_98 = 0.0f;
        if ((k0 + 2 < 35) && (c13 < 55)) {
            float v_99 = in_w[(k0 + 2) * 55 + c13];
            v_98 = v_99;
        }
        float v_100 = 0.0f;
        if ((k0 + 2 < 35) && (c14 < 55)) {
            float v_101 = in_w[(k0 + 2) * 55 + c14];
            v_100 = v_101;
        }
        float v_102 = 0.0f;
        if ((k0 + 2 < 35) && (c15 < 55)) {
            float v_103 = in_w[(k0 + 2) * 55 + c15];
            v_102 = v_103;
        }
        acc0_0 = fma(a_2, v_72, acc0_0);
        acc0_1 = fma(a_2, v_74, acc0_1);
        acc0_2 = fma(a_2, v_76, acc0_2);
        acc0_3 = fma(a_2, v_78, acc0_3);
        acc0_4 = fma(a_2, v_80, acc0_4);
        acc0_5 = fma(a_2, v_82, acc0_5);
        acc0_6 = fma(a_2, v_84, acc0_6);
        acc0_7 = fma(a_2, v_86, acc0_7);
        acc0_8 = fma(a_2, v_88, acc0_8);
        acc0_9 = fma(a_2, v_90, acc0_9);
        acc0_10 = fma(a_2, v_92, acc0_10);
        acc0_11 = fma(a_2, v_94, acc0_11);
        acc0_12 = fma(a_2, v_96, acc0_12);
        acc0_13 = fma(a_2, v_98, acc0_13);
        acc0_14 = fma(a_2, v_100, acc0_14);
        acc0_15 = fma(a_2, v_102, acc0_15);
        float a_3 = tile_a[3];
        float v_104 = 0.0f;
        if (k0 + 3 < 35) {
            float v_105 = in_w[(k0 + 3) * 55 + c0];
            v_104 = v_105;
        }
        float v_106 = 0.0f;
        if (k0 + 3 < 35) {
            float v_107 = in_w[(k0 + 3) * 55 + c1];
            v_106 = v_107;
        }
        float v_108 = 0.0f;
        if (k0 + 3 < 35) {
            float v_109 = in_w[(k0 + 3) * 55 + c2];
            v_108 = v_109;
        }
        float v_110 = 0.0f;
        if (k0 + 3 < 35) {
            float v_111 = in_w[(k0 + 3) * 55 + c3];
            v_110 = v_111;
        }
        float v_112 = 0.0f;
        if (k0 + 3 < 35) {
            float v_113 = in_w[(k0 + 3) * 55 + c4];
            v_112 = v_113;
        }
        float v_114 = 0.0f;
        if (k0 + 3 < 35) {
            float v_115 = in_w[(k0 + 3) * 55 + c5];
            v_114 = v_115;
        }
        float v_116 = 0.0f;
        if (k0 + 3 < 35) {
            float v_117 = in_w[(k0 + 3) * 55 + c6];
            v_116 = v_117;
        }
        float v_118 = 0.0f;
        if ((k0 + 3 < 35) && (c7 < 55)) {
            float v_119 = in_w[(k0 + 3) * 55 + c7];
            v_118 = v_119;
        }
        float v_120 = 0.0f;
        if ((k0 + 3 < 35) && (c8 < 55)) {
            float v_121 = in_w[(k0 + 3) * 55 + c8];
            v_120 = v_121;
        }
        float v_122 = 0.0f;
        if ((k0 + 3 < 35) && (c9 < 55)) {
            float v_123 = in_w[(k0 + 3) * 55 + c9];
            v_122 = v_123;
        }
        float v_124 = 0.0f;
        if ((k0 + 3 < 35) && (c10 < 55)) {
            float v_125 = in_w[(k0 + 3) * 55 + c10];
            v_124 = v_125;
        }
        float v_126 = 0.0f;
        if ((k0 + 3 < 35) && (c11 < 55)) {
            float v_127 = in_w[(k0 + 3) * 55 + c11];
            v_126 = v_127;
        }
        float v_128 = 0.0f;
        if ((k0 + 3 < 35) && (c12 < 55)) {
            float v_129 = in_w[(k0 + 3) * 55 + c12];
            v_128 = v_129;
        }
        float v_130 = 0.0f;
        if ((k0 + 3 < 35) && (c13 < 55)) {
            float v_131 = in_w[(k0 + 3) * 55 + c13];
            v_130 = v_131;
        }
        float v_132 = 0.0f;
        if ((k0 + 3 < 35) && (c14 < 55)) {
            float v_133 = in_w[(k0 + 3) * 55 + c14];
            v_132 = v_133;
        }
        float v_134 = 0.0f;
        if ((k0 + 3 < 35) && (c15 < 55)) {
            float v_135 = in_w[(k0 + 3) * 55 + c15];
            v_134 = v_135;
        }
        acc0_0 = fma(a_3, v_104, acc0_0);
        acc0_1 = fma(a_3, v_106, acc0_1);
        acc0_2 = fma(a_3, v_108, acc0_2);
        acc0_3 = fma(a_3, v_110, acc0_3);
        acc0_4 = fma(a_3, v_112, acc0_4);
        acc0_5 = fma(a_3, v_114, acc0_5);
        acc0_6 = fma(a_3, v_116, acc0_6);
        acc0_7 = fma(a_3, v_118, acc0_7);
        acc0_8 = fma(a_3, v_120, acc0_8);
        acc0_9 = fma(a_3, v_122, acc0_9);
        acc0_10 = fma(a_3, v_124, acc0_10);
        acc0_11 = fma(a_3, v_126, acc0_11);
        acc0_12 = fma(a_3, v_128, acc0_12);
        acc0_13 = fma(a_3, v_130, acc0_13);
        acc0_14 = fma(a_3, v_132, acc0_14);
        acc0_15 = fma(a_3, v_134, acc0_15);
        float a_4 = tile_a[4];
        float v_136 = 0.0f;
        if (k0 + 4 < 35) {
            float v_137 = in_w[(k0 + 4) * 55 + c0];
            v_136 = v_137;
        }
        float v_138 = 0.0f;
        if (k0 + 4 < 35) {
            float v_139 = in_w[(k0 + 4) * 55 + c1];
            v_138 = v_139;
        }
        float v_140 = 0.0f;
        if (k0 + 4 < 35) {
            float v_141 = in_w[(k0 + 4) * 55 + c2];
            v_140 = v_141;
        }
        float v_142 = 0.0f;
        if (k0 + 4 < 35) {
            float v_143 = in_w[(k0 + 4) * 55 + c3];
            v_142 = v_143;
        }
        float v_144 = 0.0f;
        if (k0 + 4 < 35) {
            float v_145 = in_w[(k0 + 4) * 55 + c4];
            v_144 = v_145;
        }
        float v_146 = 0.0f;
        if (k0 + 4 < 35) {
            float v_147 = in_w[(k0 + 4) * 55 + c5];
            v_146 = v_147;
        }
        float v_148 = 0.0f;
        if (k0 + 4 < 35) {
            float v_149 = in_w[(k0 + 4) * 55 + c6];
            v_148 = v_149;
        }
        float v_150 = 0.0f;
        if ((k0 + 4 < 35) && (c7 < 55)) {
            float v_151 = in_w[(k0 + 4) * 55 + c7];
            v_150 = v_151;
        }
        float v_152 = 0.0f;
        if ((k0 + 4 < 35) && (c8 < 55)) {
            float v_153 = in_w[(k0 + 4) * 55 + c8];
            v_152 = v_153;
        }
        float v_154 = 0.0f;
        if ((k0 + 4 < 35) && (c9 < 55)) {
            float v_155 = in_w[(k0 + 4) * 55 + c9];
            v_154 = v_155;
        }
        float v_156 = 0.0f;
        if ((k0 + 4 < 35) && (c10 < 55)) {
            float v_157 = in_w[(k0 + 4) * 55 + c10];
            v_156 = v_157;
        }
        float v_158 = 0.0f;
        if ((k0 + 4 < 35) && (c11 < 55)) {
            float v_159 = in_w[(k0 + 4) * 55 + c11];
            v_158 = v_159;
        }
        float v_160 = 0.0f;
        if ((k0 + 4 < 35) && (c12 < 55)) {
            float v_161 = in_w[(k0 + 4) * 55 + c12];
            v_160 = v_161;
        }
        float v_162 = 0.0f;
        if ((k0 + 4 < 35) && (c13 < 55)) {
            float v_163 = in_w[(k0 + 4) * 55 + c13];
            v_162 = v_163;
        }
        float v_164 = 0.0f;
        if ((k0 + 4 < 35) && (c14 < 55)) {
            float v_165 = in_w[(k0 + 4) * 55 + c14];
            v_164 = v_165;
        }
        float v_166 = 0.0f;
        if ((k0 + 4 < 35) && (c15 < 55)) {
            float v_167 = in_w[(k0 + 4) * 55 + c15];
            v_166 = v_167;
        }
        acc0_0 = fma(a_4, v_136, acc0_0);
        acc0_1 = fma(a_4, v_138, acc0_1);
        acc0_2 = fma(a_4, v_140, acc0_2);
        acc0_3 = fma(a_4, v_142, acc0_3);
        acc0_4 = fma(a_4, v_144, acc0_4);
        acc0_5 = fma(a_4, v_146, acc0_5);
        acc0_6 = fma(a_4, v_148, acc0_6);
        acc0_7 = fma(a_4, v_150, acc0_7);
        acc0_8 = fma(a_4, v_152, acc0_8);
        acc0_9 = fma(a_4, v_154, acc0_9);
        acc0_10 = fma(a_4, v_156, acc0_10);
        acc0_11 = fma(a_4, v_158, acc0_11);
        acc0_12 = fma(a_4, v_160, acc0_12);
        acc0_13 = fma(a_4, v_162, acc0_13);
        acc0_14 = fma(a_4, v_164, acc0_14);
        acc0_15 = fma(a_4, v_166, acc0_15);
        float a_5 = tile_a[5];
        float v_168 = 0.0f;
        if (k0 + 5 < 35) {
            float v_169 = in_w[(k0 + 5) * 55 + c0];
            v_168 = v_169;
        }
        float v_170 = 0.0f;
        if (k0 + 5 < 35) {
            float v_171 = in_w[(k0 + 5) * 55 + c1];
            v_170 = v_171;
        }
        float v_172 = 0.0f;
        if (k0 + 5 < 35) {
            float v_173 = in_w[(k0 + 5) * 55 + c2];
            v_172 = v_173;
        }
        float v_174 = 0.0f;
        if (k0 + 5 < 35) {
            float v_175 = in_w[(k0 + 5) * 55 + c3];
            v_174 = v_175;
        }
        float v_176 = 0.0f;
        if (k0 + 5 < 35) {
            float v_177 = in_w[(k0 + 5) * 55 + c4];
            v_176 = v_177;
        }
        float v_178 = 0.0f;
        if (k0 + 5 < 35) {
            float v_179 = in_w[(k0 + 5) * 55 + c5];
            v_178 = v_179;
        }
        float v_180 = 0.0f;
        if (k0 + 5 < 35) {
            float v_181 = in_w[(k0 + 5) * 55 + c6];
            v_180 = v_181;
        }
        float v_182 = 0.0f;
        if ((k0 + 5 < 35) && (c7 < 55)) {
            float v_183 = in_w[(k0 + 5) * 55 + c7];
            v_182 = v_183;
        }
        float v_184 = 0.0f;
        if ((k0 + 5 < 35) && (c8 < 55)) {
            float v_185 = in_w[(k0 + 5) * 55 + c8];
            v_184 = v_185;
        }
        float v_186 = 0.0f;
        if ((k0 + 5 < 35) && (c9 < 55)) {
            float v_187 = in_w[(k0 + 5) * 55 + c9];
            v_186 = v_187;
        }
        float v_188 = 0.0f;
        if ((k0 + 5 < 35) && (c10 < 55)) {
            float v_189 = in_w[(k0 + 5) * 55 + c10];
            v_188 = v_189;
        }
        float v_190 = 0.0f;
        if ((k0 + 5 < 35) && (c11 < 55)) {
            float v_191 = in_w[(k0 + 5) * 55 + c11];
            v_190 = v_191;
        }
        float v_192 = 0.0f;
        if ((k0 + 5 < 35) && (c12 < 55)) {
            float v_193 = in_w[(k0 + 5) * 55 + c12];
            v_192 = v_193;
        }
        float v_194 = 0.0f;
        if ((k0 + 5 < 35) && (c13 < 55)) {
            float v_195 = in_w[(k0 + 5) * 55 + c13];
            v_194 = v_195;
        }
        float v_196 = 0.0f;
        if ((k0 + 5 < 35) && (c14 < 55)) {
            float v_197 = in_w[(k0 + 5) * 55 + c14];
            v_196 = v_197;
        }
        float v_198 = 0.0f;
        if ((k0 + 5 < 35) && (c15 < 55)) {
            float v_199 = in_w[(k0 + 5) * 55 + c15];
            v_198 = v_199;
        }
        acc0_0 = fma(a_5, v_168, acc0_0);
        acc0_1 = fma(a_5, v_170, acc0_1);
        acc0_2 = fma(a_5, v_172, acc0_2);
        acc0_3 = fma(a_5, v_174, acc0_3);
        acc0_4 = fma(a_5, v_176, acc0_4);
        acc0_5 = fma(a_5, v_178, acc0_5);
        acc0_6 = fma(a_5, v_180, acc0_6);
        acc0_7 = fma(a_5, v_182, acc0_7);
        acc0_8 = fma(a_5, v_184, acc0_8);
        acc0_9 = fma(a_5, v_186, acc0_9);
        acc0_10 = fma(a_5, v_188, acc0_10);
        acc0_11 = fma(a_5, v_190, acc0_11);
        acc0_12 = fma(a_5, v_192, acc0_12);
        acc0_13 = fma(a_5, v_194, acc0_13);
        acc0_14 = fma(a_5, v_196, acc0_14);
        acc0_15 = fma(a_5, v_198, acc0_15);
        float a_6 = tile_a[6];
        float v_200 = 0.0f;
        if (k0 + 6 < 35) {
            float v_201 = in_w[(k0 + 6) * 55 + c0];
            v_200 = v_201;
        }
        float v_202 = 0.0f;
        if (k0 + 6 < 35) {
            float v_203 = in_w[(k0 + 6) * 55 + c1];
            v_202 = v_203;
        }
        float v_204 = 0.0f;
        if (k0 + 6 < 35) {
            float v_205 = in_w[(k0 + 6) * 55 + c2];
            v_204 = v_205;
        }
        float v_206 = 0.0f;
        if (k0 + 6 < 35) {
            float v_207 = in_w[(k0 + 6) * 55 + c3];
            v_206 = v_207;
        }
        float v_208 = 0.0f;
        if (k0 + 6 < 35) {
            float v_209 = in_w[(k0 + 6) * 55 + c4];
            v_208 = v_209;
        }
        float v_210 = 0.0f;
        if (k0 + 6 < 35) {
            float v_211 = in_w[(k0 + 6) * 55 + c5];
            v_210 = v_211;
        }
        float v_212 = 0.0f;
        if (k0 + 6 < 35) {
            float v_213 = in_w[(k0 + 6) * 55 + c6];
            v_212 = v_213;
        }
        float v_214 = 0.0f;
        if ((k0 + 6 < 35) && (c7 < 55)) {
            float v_215 = in_w[(k0 + 6) * 55 + c7];
            v_214 = v_215;
        }
        float v_216 = 0.0f;
        if ((k0 + 6 < 35) && (c8 < 55)) {
            float v_217 = in_w[(k0 + 6) * 55 + c8];
            v_216 = v_217;
        }
        float v_218 = 0.0f;
        if ((k0 + 6 < 35) && (c9 < 55)) {
            float v_219 = in_w[(k0 + 6) * 55 + c9];
            v_218 = v_219;
        }
        float v_220 = 0.0f;
        if ((k0 + 6 < 35) && (c10 < 55)) {
            float v_221 = in_w[(k0 + 6) * 55 + c10];
            v_220 = v_221;
        }
        float v_222 = 0.0f;
        if ((k0 + 6 < 35) && (c11 < 55)) {
            float v_223 = in_w[(k0 + 6) * 55 + c11];
            v_222 = v_223;
        }
        float v_224 = 0.0f;
        if ((k0 + 6 < 35) && (c12 < 55)) {
            float v_225 = in_w[(k0 + 6) * 55 + c12];
            v_224 = v_225;
        }
        float v_226 = 0.0f;
        if ((k0 + 6 < 35) && (c13 < 55)) {
            float v_227 = in_w[(k0 + 6) * 55 + c13];
            v_226 = v_227;
        }
        float v_228 = 0.0f;
        if ((k0 + 6 < 35) && (c14 < 55)) {
            float v_229 = in_w[(k0 + 6) * 55 + c14];
            v_228 = v_229;
        }
        float v_230 = 0.0f;
        if ((k0 + 6 < 35) && (c15 < 55)) {
            float v_231 = in_w[(k0 + 6) * 55 + c15];
            v_230 = v_231;
        }
        acc0_0 = fma(a_6, v_200, acc0_0);
        acc0_1 = fma(a_6, v_202, acc0_1);
        acc0_2 = fma(a_6, v_204, acc0_2);
        acc0_3 = fma(a_6, v_206, acc0_3);
        acc0_4 = fma(a_6, v_208, acc0_4);
        acc0_5 = fma(a_6, v_210, acc0_5);
        acc0_6 = fma(a_6, v_212, acc0_6);
        acc0_7 = fma(a_6, v_214, acc0_7);
        acc0_8 = fma(a_6, v_216, acc0_8);
        acc0_9 = fma(a_6, v_218, acc0_9);
        acc0_10 = fma(a_6, v_220, acc0_10);
        acc0_11 = fma(a_6, v_222, acc0_11);
        acc0_12 = fma(a_6, v_224, acc0_12);
        acc0_13 = fma(a_6, v_226, acc0_13);
        acc0_14 = fma(a_6, v_228, acc0_14);
        acc0_15 = fma(a_6, v_230, acc0_15);
        float a_7 = tile_a[7];
        float v_232 = 0.0f;
        if (k0 + 7 < 35) {
            float v_233 = in_w[(k0 + 7) * 55 + c0];
            v_232 = v_233;
        }
        float v_234 = 0.0f;
        if (k0 + 7 < 35) {
            float v_235 = in_w[(k0 + 7) * 55 + c1];
            v_234 = v_235;
        }
        float v_236 = 0.0f;
        if (k0 + 7 < 35) {
            float v_237 = in_w[(k0 + 7) * 55 + c2];
            v_236 = v_237;
        }
        float v_238 = 0.0f;
        if (k0 + 7 < 35) {
            float v_239 = in_w[(k0 + 7) * 55 + c3];
            v_238 = v_239;
        }
        float v_240 = 0.0f;
        if (k0 + 7 < 35) {
            float v_241 = in_w[(k0 + 7) * 55 + c4];
            v_240 = v_241;
        }
        float v_242 = 0.0f;
        if (k0 + 7 < 35) {
            float v_243 = in_w[(k0 + 7) * 55 + c5];
            v_242 = v_243;
        }
        float v_244 = 0.0f;
        if (k0 + 7 < 35) {
            float v_245 = in_w[(k0 + 7) * 55 + c6];
            v_244 = v_245;
        }
        float v_246 = 0.0f;
        if ((k0 + 7 < 35) && (c7 < 55)) {
            float v_247 = in_w[(k0 + 7) * 55 + c7];
            v_246 = v_247;
        }
        float v_248 = 0.0f;
        if ((k0 + 7 < 35) && (c8 < 55)) {
            float v_249 = in_w[(k0 + 7) * 55 + c8];
            v_248 = v_249;
        }
        float v_250 = 0.0f;
        if ((k0 + 7 < 35) && (c9 < 55)) {
            float v_251 = in_w[(k0 + 7) * 55 + c9];
            v_250 = v_251;
        }
        float v_252 = 0.0f;
        if ((k0 + 7 < 35) && (c10 < 55)) {
            float v_253 = in_w[(k0 + 7) * 55 + c10];
            v_252 = v_253;
        }
        float v_254 = 0.0f;
        if ((k0 + 7 < 35) && (c11 < 55)) {
            float v_255 = in_w[(k0 + 7) * 55 + c11];
            v_254 = v_255;
        }
        float v_256 = 0.0f;
        if ((k0 + 7 < 35) && (c12 < 55)) {
            float v_257 = in_w[(k0 + 7) * 55 + c12];
            v_256 = v_257;
        }
        float v_258 = 0.0f;
        if ((k0 + 7 < 35) && (c13 < 55)) {
            float v_259 = in_w[(k0 + 7) * 55 + c13];
            v_258 = v_259;
        }
        float v_260 = 0.0f;
        if ((k0 + 7 < 35) && (c14 < 55)) {
            float v_261 = in_w[(k0 + 7) * 55 + c14];
            v_260 = v_261;
        }
        float v_262 = 0.0f;
        if ((k0 + 7 < 35) && (c15 < 55)) {
            float v_263 = in_w[(k0 + 7) * 55 + c15];
            v_262 = v_263;
        }
        acc0_0 = fma(a_7, v_232, acc0_0);
        acc0_1 = fma(a_7, v_234, acc0_1);
        acc0_2 = fma(a_7, v_236, acc0_2);
        acc0_3 = fma(a_7, v_238, acc0_3);
        acc0_4 = fma(a_7, v_240, acc0_4);
        acc0_5 = fma(a_7, v_242, acc0_5);
        acc0_6 = fma(a_7, v_244, acc0_6);
        acc0_7 = fma(a_7, v_246, acc0_7);
        acc0_8 = fma(a_7, v_248, acc0_8);
        acc0_9 = fma(a_7, v_250, acc0_9);
        acc0_10 = fma(a_7, v_252, acc0_10);
        acc0_11 = fma(a_7, v_254, acc0_11);
        acc0_12 = fma(a_7, v_256, acc0_12);
        acc0_13 = fma(a_7, v_258, acc0_13);
        acc0_14 = fma(a_7, v_260, acc0_14);
        acc0_15 = fma(a_7, v_262, acc0_15);
        float a_8 = tile_a[8];
        float v_264 = 0.0f;
        if (k0 + 8 < 35) {
            float v_265 = in_w[(k0 + 8) * 55 + c0];
            v_264 = v_265;
        }
        float v_266 = 0.0f;
        if (k0 + 8 < 35) {
            float v_267 = in_w[(k0 + 8) * 55 + c1];
            v_266 = v_267;
        }
        float v_268 = 0.0f;
        if (k0 + 8 < 35) {
            float v_269 = in_w[(k0 + 8) * 55 + c2];
            v_268 = v_269;
        }
        float v_270 = 0.0f;
        if (k0 + 8 < 35) {
            float v_271 = in_w[(k0 + 8) * 55 + c3];
            v_270 = v_271;
        }
        float v_272 = 0.0f;
        if (k0 + 8 < 35) {
            float v_273 = in_w[(k0 + 8) * 55 + c4];
            v_272 = v_273;
        }
        float v_274 = 0.0f;
        if (k0 + 8 < 35) {
            float v_275 = in_w[(k0 + 8) * 55 + c5];
            v_274 = v_275;
        }
        float v_276 = 0.0f;
        if (k0 + 8 < 35) {
            float v_277 = in_w[(k0 + 8) * 55 + c6];
            v_276 = v_277;
        }
        float v_278 = 0.0f;
        if ((k0 + 8 < 35) && (c7 < 55)) {
            float v_279 = in_w[(k0 + 8) * 55 + c7];
            v_278 = v_279;
        }
        float v_280 = 0.0f;
        if ((k0 + 8 < 35) && (c8 < 55)) {
            float v_281 = in_w[(k0 + 8) * 55 + c8];
            v_280 = v_281;
        }
        float v_282 = 0.0f;
        if ((k0 + 8 < 35) && (c9 < 55)) {
            float v_283 = in_w[(k0 + 8) * 55 + c9];
            v_282 = v_283;
        }
        float v_284 = 0.0f;
        if ((k0 + 8 < 35) && (c10 < 55)) {
            float v_285 = in_w[(k0 + 8) * 55 + c10];
            v_284 = v_285;
        }
        float v_286 = 0.0f;
        if ((k0 + 8 < 35) && (c11 < 55)) {
            float v_287 = in_w[(k0 + 8) * 55 + c11];
            v_286 = v_287;
        }
        float v_288 = 0.0f;
        if ((k0 + 8 < 35) && (c12 < 55)) {
            float v_289 = in_w[(k0 + 8) * 55 + c12];
            v_288 = v_289;
        }
        float v_290 = 0.0f;
        if ((k0 + 8 < 35) && (c13 < 55)) {
            float v_291 = in_w[(k0 + 8) * 55 + c13];
            v_290 = v_291;
        }
        float v_292 = 0.0f;
        if ((k0 + 8 < 35) && (c14 < 55)) {
            float v_293 = in_w[(k0 + 8) * 55 + c14];
            v_292 = v_293;
        }
        float v_294 = 0.0f;
        if ((k0 + 8 < 35) && (c15 < 55)) {
            float v_295 = in_w[(k0 + 8) * 55 + c15];
            v_294 = v_295;
        }
        acc0_0 = fma(a_8, v_264, acc0_0);
        acc0_1 = fma(a_8, v_266, acc0_1);
        acc0_2 = fma(a_8, v_268, acc0_2);
        acc0_3 = fma(a_8, v_270, acc0_3);
        acc0_4 = fma(a_8, v_272, acc0_4);
        acc0_5 = fma(a_8, v_274, acc0_5);
        acc0_6 = fma(a_8, v_276, acc0_6);
        acc0_7 = fma(a_8, v_278, acc0_7);
        acc0_8 = fma(a_8, v_280, acc0_8);
        acc0_9 = fma(a_8, v_282, acc0_9);
        acc0_10 = fma(a_8, v_284, acc0_10);
        acc0_11 = fma(a_8, v_286, acc0_11);
        acc0_12 = fma(a_8, v_288, acc0_12);
        acc0_13 = fma(a_8, v_290, acc0_13);
        acc0_14 = fma(a_8, v_292, acc0_14);
        acc0_15 = fma(a_8, v_294, acc0_15);
        float a_9 = tile_a[9];
        float v_296 = 0.0f;
        if (k0 + 9 < 35) {
            float v_297 = in_w[(k0 + 9) * 55 + c0];
            v_296 = v_297;
        }
        float v_298 = 0.0f;
        if (k0 + 9 < 35) {
            float v_299 = in_w[(k0 + 9) * 55 + c1];
            v_298 = v_299;
        }
        float v_300 = 0.0f;
        if (k0 + 9 < 35) {
            float v_301 = in_w[(k0 + 9) * 55 + c2];
            v_300 = v_301;
        }
        float v_302 = 0.0f;
        if (k0 + 9 < 35) {
            float v_303 = in_w[(k0 + 9) * 55 + c3];
            v_302 = v_303;
        }
        float v_304 = 0.0f;
        if (k0 + 9 < 35) {
            float v_305 = in_w[(k0 + 9) * 55 + c4];
            v_304 = v_305;
        }
        float v_306 = 0.0f;
        if (k0 + 9 < 35) {
            float v_307 = in_w[(k0 + 9) * 55 + c5];
            v_306 = v_307;
        }
        float v_308 = 0.0f;
        if (k0 + 9 < 35) {
            float v_309 = in_w[(k0 + 9) * 55 + c6];
            v_308 = v_309;
        }
        float v_310 = 0.0f;
        if ((k0 + 9 < 35) && (c7 < 55)) {
            float v_311 = in_w[(k0 + 9) * 55 + c7];
            v_310 = v_311;
        }
        float v_312 = 0.0f;
        if ((k0 + 9 < 35) && (c8 < 55)) {
            float v_313 = in_w[(k0 + 9) * 55 + c8];
            v_312 = v_313;
        }
        float v_314 = 0.0f;
        if ((k0 + 9 < 35) && (c9 < 55)) {
            float v_315 = in_w[(k0 + 9) * 55 + c9];
            v_314 = v_315;
        }
        float v_316 = 0.0f;
        if ((k0 + 9 < 35) && (c10 < 55)) {
            float v_317 = in_w[(k0 + 9) * 55 + c10];
            v_316 = v_317;
        }
        float v_318 = 0.0f;
        if ((k0 + 9 < 35) && (c11 < 55)) {
            float v_319 = in_w[(k0 + 9) * 55 + c11];
            v_318 = v_319;
        }
        float v_320 = 0.0f;
        if ((k0 + 9 < 35) && (c12 < 55)) {
            float v_321 = in_w[(k0 + 9) * 55 + c12];
            v_320 = v_321;
        }
        float v_322 = 0.0f;
        if ((k0 + 9 < 35) && (c13 < 55)) {
            float v_323 = in_w[(k0 + 9) * 55 + c13];
            v_322 = v_323;
        }
        float v_324 = 0.0f;
        if ((k0 + 9 < 35) && (c14 < 55)) {
            float v_325 = in_w[(k0 + 9) * 55 + c14];
            v_324 = v_325;
        }
        float v_326 = 0.0f;
        if ((k0 + 9 < 35) && (c15 < 55)) {
            float v_327 = in_w[(k0 + 9) * 55 + c15];
            v_326 = v_327;
        }
        acc0_0 = fma(a_9, v_296, acc0_0);
        acc0_1 = fma(a_9, v_298, acc0_1);
        acc0_2 = fma(a_9, v_300, acc0_2);
        acc0_3 = fma(a_9, v_302, acc0_3);
        acc0_4 = fma(a_9, v_304, acc0_4);
        acc0_5 = fma(a_9, v_306, acc0_5);
        acc0_6 = fma(a_9, v_308, acc0_6);
        acc0_7 = fma(a_9, v_310, acc0_7);
        acc0_8 = fma(a_9, v_312, acc0_8);
        acc0_9 = fma(a_9, v_314, acc0_9);
        acc0_10 = fma(a_9, v_316, acc0_10);
        acc0_11 = fma(a_9, v_318, acc0_11);
        acc0_12 = fma(a_9, v_320, acc0_12);
        acc0_13 = fma(a_9, v_322, acc0_13);
        acc0_14 = fma(a_9, v_324, acc0_14);
        acc0_15 = fma(a_9, v_326, acc0_15);
        float a_10 = tile_a[10];
        float v_328 = 0.0f;
        if (k0 + 10 < 35) {
            float v_329 = in_w[(k0 + 10) * 55 + c0];
            v_328 = v_329;
        }
        float v_330 = 0.0f;
        if (k0 + 10 < 35) {
            float v_331 = in_w[(k0 + 10) * 55 + c1];
            v_330 = v_331;
        }
        float v_332 = 0.0f;
        if (k0 + 10 < 35) {
            float v_333 = in_w[(k0 + 10) * 55 + c2];
            v_332 = v_333;
        }
        float v_334 = 0.0f;
        if (k0 + 10 < 35) {
            float v_335 = in_w[(k0 + 10) * 55 + c3];
            v_334 = v_335;
        }
        float v_336 = 0.0f;
        if (k0 + 10 < 35) {
            float v_337 = in_w[(k0 + 10) * 55 + c4];
            v_336 = v_337;
        }
        float v_338 = 0.0f;
        if (k0 + 10 < 35) {
            float v_339 = in_w[(k0 + 10) * 55 + c5];
            v_338 = v_339;
        }
        float v_340 = 0.0f;
        if (k0 + 10 < 35) {
            float v_341 = in_w[(k0 + 10) * 55 + c6];
            v_340 = v_341;
        }
        float v_342 = 0.0f;
        if ((k0 + 10 < 35) && (c7 < 55)) {
            float v_343 = in_w[(k0 + 10) * 55 + c7];
            v_342 = v_343;
        }
        float v_344 = 0.0f;
        if ((k0 + 10 < 35) && (c8 < 55)) {
            float v_345 = in_w[(k0 + 10) * 55 + c8];
            v_344 = v_345;
        }
        float v_346 = 0.0f;
        if ((k0 + 10 < 35) && (c9 < 55)) {
            float v_347 = in_w[(k0 + 10) * 55 + c9];
            v_346 = v_347;
        }
        float v_348 = 0.0f;
        if ((k0 + 10 < 35) && (c10 < 55)) {
            float v_349 = in_w[(k0 + 10) * 55 + c10];
            v_348 = v_349;
        }
        float v_350 = 0.0f;
        if ((k0 + 10 < 35) && (c11 < 55)) {
            float v_351 = in_w[(k0 + 10) * 55 + c11];
            v_350 = v_351;
        }
        float v_352 = 0.0f;
        if ((k0 + 10 < 35) && (c12 < 55)) {
            float v_353 = in_w[(k0 + 10) * 55 + c12];
            v_352 = v_353;
        }
        float v_354 = 0.0f;
        if ((k0 + 10 < 35) && (c13 < 55)) {
            float v_355 = in_w[(k0 + 10) * 55 + c13];
            v_354 = v_355;
        }
        float v_356 = 0.0f;
        if ((k0 + 10 < 35) && (c14 < 55)) {
            float v_357 = in_w[(k0 + 10) * 55 + c14];
            v_356 = v_357;
        }
        float v_358 = 0.0f;
        if ((k0 + 10 < 35) && (c15 < 55)) {
            float v_359 = in_w[(k0 + 10) * 55 + c15];
            v_358 = v_359;
        }
        acc0_0 = fma(a_10, v_328, acc0_0);
        acc0_1 = fma(a_10, v_330, acc0_1);
        acc0_2 = fma(a_10, v_332, acc0_2);
        acc0_3 = fma(a_10, v_334, acc0_3);
        acc0_4 = fma(a_10, v_336, acc0_4);
        acc0_5 = fma(a_10, v_338, acc0_5);
        acc0_6 = fma(a_10, v_340, acc0_6);
        acc0_7 = fma(a_10, v_342, acc0_7);
        acc0_8 = fma(a_10, v_344, acc0_8);
        acc0_9 = fma(a_10, v_346, acc0_9);
        acc0_10 = fma(a_10, v_348, acc0_10);
        acc0_11 = fma(a_10, v_350, acc0_11);
        acc0_12 = fma(a_10, v_352, acc0_12);
        acc0_13 = fma(a_10, v_354, acc0_13);
        acc0_14 = fma(a_10, v_356, acc0_14);
        acc0_15 = fma(a_10, v_358, acc0_15);
        float a_11 = tile_a[11];
        float v_360 = 0.0f;
        if (k0 + 11 < 35) {
            float v_361 = in_w[(k0 + 11) * 55 + c0];
            v_360 = v_361;
        }
        float v_362 = 0.0f;
        if (k0 + 11 < 35) {
            float v_363 = in_w[(k0 + 11) * 55 + c1];
            v_362 = v_363;
        }
        float v_364 = 0.0f;
        if (k0 + 11 < 35) {
            float v_365 = in_w[(k0 + 11) * 55 + c2];
            v_364 = v_365;
        }
        float v_366 = 0.0f;
        if (k0 + 11 < 35) {
            float v_367 = in_w[(k0 + 11) * 55 + c3];
            v_366 = v_367;
        }
        float v_368 = 0.0f;
        if (k0 + 11 < 35) {
            float v_369 = in_w[(k0 + 11) * 55 + c4];
            v_368 = v_369;
        }
        float v_370 = 0.0f;
        if (k0 + 11 < 35) {
            float v_371 = in_w[(k0 + 11) * 55 + c5];
            v_370 = v_371;
        }
        float v_372 = 0.0f;
        if (k0 + 11 < 35) {
            float v_373 = in_w[(k0 + 11) * 55 + c6];
            v_372 = v_373;
        }
        float v_374 = 0.0f;
        if ((k0 + 11 < 35) && (c7 < 55)) {
            float v_375 = in_w[(k0 + 11) * 55 + c7];
            v_374 = v_375;
        }
        float v_376 = 0.0f;
        if ((k0 + 11 < 35) && (c8 < 55)) {
            float v_377 = in_w[(k0 + 11) * 55 + c8];
            v_376 = v_377;
        }
        float v_378 = 0.0f;
        if ((k0 + 11 < 35) && (c9 < 55)) {
            float v_379 = in_w[(k0 + 11) * 55 + c9];
            v_378 = v_379;
        }
        float v_380 = 0.0f;
        if ((k0 + 11 < 35) && (c10 < 55)) {
            float v_381 = in_w[(k0 + 11) * 55 + c10];
            v_380 = v_381;
        }
        float v_382 = 0.0f;
        if ((k0 + 11 < 35) && (c11 < 55)) {
            float v_383 = in_w[(k0 + 11) * 55 + c11];
            v_382 = v_383;
        }
        float v_384 = 0.0f;
        if ((k0 + 11 < 35) && (c12 < 55)) {
            float v_385 = in_w[(k0 + 11) * 55 + c12];
            v_384 = v_385;
        }
        float v_386 = 0.0f;
        if ((k0 + 11 < 35) && (c13 < 55)) {
            float v_387 = in_w[(k0 + 11) * 55 + c13];
            v_386 = v_387;
        }
        float v_388 = 0.0f;
        if ((k0 + 11 < 35) && (c14 < 55)) {
            float v_389 = in_w[(k0 + 11) * 55 + c14];
            v_388 = v_389;
        }
        float v_390 = 0.0f;
        if ((k0 + 11 < 35) && (c15 < 55)) {
            float v_391 = in_w[(k0 + 11) * 55 + c15];
            v_390 = v_391;
        }
        acc0_0 = fma(a_11, v_360, acc0_0);
        acc0_1 = fma(a_11, v_362, acc0_1);
        acc0_2 = fma(a_11, v_364, acc0_2);
        acc0_3 = fma(a_11, v_366, acc0_3);
        acc0_4 = fma(a_11, v_368, acc0_4);
        acc0_5 = fma(a_11, v_370, acc0_5);
        acc0_6 = fma(a_11, v_372, acc0_6);
        acc0_7 = fma(a_11, v_374, acc0_7);
        acc0_8 = fma(a_11, v_376, acc0_8);
        acc0_9 = fma(a_11, v_378, acc0_9);
        acc0_10 = fma(a_11, v_380, acc0_10);
        acc0_11 = fma(a_11, v_382, acc0_11);
        acc0_12 = fma(a_11, v_384, acc0_12);
        acc0_13 = fma(a_11, v_386, acc0_13);
        acc0_14 = fma(a_11, v_388, acc0_14);
        acc0_15 = fma(a_11, v_390, acc0_15);
        float a_12 = tile_a[12];
        float v_392 = 0.0f;
        if (k0 + 12 < 35) {
            float v_393 = in_w[(k0 + 12) * 55 + c0];
            v_392 = v_393;
        }
        float v_394 = 0.0f;
        if (k0 + 12 < 35) {
            float v_395 = in_w[(k0 + 12) * 55 + c1];
            v_394 = v_395;
        }
        float v_396 = 0.0f;
        if (k0 + 12 < 35) {
            float v_397 = in_w[(k0 + 12) * 55 + c2];
            v_396 = v_397;
        }
        float v_398 = 0.0f;
        if (k0 + 12 < 35) {
            float v_399 = in_w[(k0 + 12) * 55 + c3];
            v_398 = v_399;
        }
        float v_400 = 0.0f;
        if (k0 + 12 < 35) {
            float v_401 = in_w[(k0 + 12) * 55 + c4];
            v_400 = v_401;
        }
        float v_402 = 0.0f;
        if (k0 + 12 < 35) {
            float v_403 = in_w[(k0 + 12) * 55 + c5];
            v_402 = v_403;
        }
        float v_404 = 0.0f;
        if (k0 + 12 < 35) {
            float v_405 = in_w[(k0 + 12) * 55 + c6];
            v_404 = v_405;
        }
        float v_406 = 0.0f;
        if ((k0 + 12 < 35) && (c7 < 55)) {
            float v_407 = in_w[(k0 + 12) * 55 + c7];
            v_406 = v_407;
        }
        float v_408 = 0.0f;
        if ((k0 + 12 < 35) && (c8 < 55)) {
            float v_409 = in_w[(k0 + 12) * 55 + c8];
            v_408 = v_409;
        }
        float v_410 = 0.0f;
        if ((k0 + 12 < 35) && (c9 < 55)) {
            float v_411 = in_w[(k0 + 12) * 55 + c9];
            v_410 = v_411;
        }
        float v_412 = 0.0f;
        if ((k0 + 12 < 35) && (c10 < 55)) {
            float v_413 = in_w[(k0 + 12) * 55 + c10];
            v_412 = v_413;
        }
        float v_414 = 0.0f;
        if ((k0 + 12 < 35) && (c11 < 55)) {
            float v_415 = in_w[(k0 + 12) * 55 + c11];
            v_414 = v_415;
        }
        float v_416 = 0.0f;
        if ((k0 + 12 < 35) && (c12 < 55)) {
            float v_417 = in_w[(k0 + 12) * 55 + c12];
            v_416 = v_417;
        }
        float v_418 = 0.0f;
        if ((k0 + 12 < 35) && (c13 < 55)) {
            float v_419 = in_w[(k0 + 12) * 55 + c13];
            v_418 = v_419;
        }
        float v_420 = 0.0f;
        if ((k0 + 12 < 35) && (c14 < 55)) {
            float v_421 = in_w[(k0 + 12) * 55 + c14];
            v_420 = v_421;
        }
        float v_422 = 0.0f;
        if ((k0 + 12 < 35) && (c15 < 55)) {
            float v_423 = in_w[(k0 + 12) * 55 + c15];
            v_422 = v_423;
        }
        acc0_0 = fma(a_12, v_392, acc0_0);
        acc0_1 = fma(a_12, v_394, acc0_1);
        acc0_2 = fma(a_12, v_396, acc0_2);
        acc0_3 = fma(a_12, v_398, acc0_3);
        acc0_4 = fma(a_12, v_400, acc0_4);
        acc0_5 = fma(a_12, v_402, acc0_5);
        acc0_6 = fma(a_12, v_404, acc0_6);
        acc0_7 = fma(a_12, v_406, acc0_7);
        acc0_8 = fma(a_12, v_408, acc0_8);
        acc0_9 = fma(a_12, v_410, acc0_9);
        acc0_10 = fma(a_12, v_412, acc0_10);
        acc0_11 = fma(a_12, v_414, acc0_11);
        acc0_12 = fma(a_12, v_416, acc0_12);
        acc0_13 = fma(a_12, v_418, acc0_13);
        acc0_14 = fma(a_12, v_420, acc0_14);
        acc0_15 = fma(a_12, v_422, acc0_15);
        float a_13 = tile_a[13];
        float v_424 = 0.0f;
        if (k0 + 13 < 35) {
            float v_425 = in_w[(k0 + 13) * 55 + c0];
            v_424 = v_425;
        }
        float v_426 = 0.0f;
        if (k0 + 13 < 35) {
            float v_427 = in_w[(k0 + 13) * 55 + c1];
            v_426 = v_427;
        }
        float v_428 = 0.0f;
        if (k0 + 13 < 35) {
            float v_429 = in_w[(k0 + 13) * 55 + c2];
            v_428 = v_429;
        }
        float v_430 = 0.0f;
        if (k0 + 13 < 35) {
            float v_431 = in_w[(k0 + 13) * 55 + c3];
            v_430 = v_431;
        }
        float v_432 = 0.0f;
        if (k0 + 13 < 35) {
            float v_433 = in_w[(k0 + 13) * 55 + c4];
            v_432 = v_433;
        }
        float v_434 = 0.0f;
        if (k0 + 13 < 35) {
            float v_435 = in_w[(k0 + 13) * 55 + c5];
            v_434 = v_435;
        }
        float v_436 = 0.0f;
        if (k0 + 13 < 35) {
            float v_437 = in_w[(k0 + 13) * 55 + c6];
            v_436 = v_437;
        }
        float v_438 = 0.0f;
        if ((k0 + 13 < 35) && (c7 < 55)) {
            float v_439 = in_w[(k0 + 13) * 55 + c7];
            v_438 = v_439;
        }
        float v_440 = 0.0f;
        if ((k0 + 13 < 35) && (c8 < 55)) {
            float v_441 = in_w[(k0 + 13) * 55 + c8];
            v_440 = v_441;
        }
        float v_442 = 0.0f;
        if ((k0 + 13 < 35) && (c9 < 55)) {
            float v_443 = in_w[(k0 + 13) * 55 + c9];
            v_442 = v_443;
        }
        float v_444 = 0.0f;
        if ((k0 + 13 < 35) && (c10 < 55)) {
            float v_445 = in_w[(k0 + 13) * 55 + c10];
            v_444 = v_445;
        }
        float v_446 = 0.0f;
        if ((k0 + 13 < 35) && (c11 < 55)) {
            float v_447 = in_w[(k0 + 13) * 55 + c11];
            v_446 = v_447;
        }
        float v_448 = 0.0f;
        if ((k0 + 13 < 35) && (c12 < 55)) {
            float v_449 = in_w[(k0 + 13) * 55 + c12];
            v_448 = v_449;
        }
        float v_450 = 0.0f;
        if ((k0 + 13 < 35) && (c13 < 55)) {
            float v_451 = in_w[(k0 + 13) * 55 + c13];
            v_450 = v_451;
        }
        float v_452 = 0.0f;
        if ((k0 + 13 < 35) && (c14 < 55)) {
            float v_453 = in_w[(k0 + 13) * 55 + c14];
            v_452 = v_453;
        }
        float v_454 = 0.0f;
        if ((k0 + 13 < 35) && (c15 < 55)) {
            float v_455 = in_w[(k0 + 13) * 55 + c15];
            v_454 = v_455;
        }
        acc0_0 = fma(a_13, v_424, acc0_0);
        acc0_1 = fma(a_13, v_426, acc0_1);
        acc0_2 = fma(a_13, v_428, acc0_2);
        acc0_3 = fma(a_13, v_430, acc0_3);
        acc0_4 = fma(a_13, v_432, acc0_4);
        acc0_5 = fma(a_13, v_434, acc0_5);
        acc0_6 = fma(a_13, v_436, acc0_6);
        acc0_7 = fma(a_13, v_438, acc0_7);
        acc0_8 = fma(a_13, v_440, acc0_8);
        acc0_9 = fma(a_13, v_442, acc0_9);
        acc0_10 = fma(a_13, v_444, acc0_10);
        acc0_11 = fma(a_13, v_446, acc0_11);
        acc0_12 = fma(a_13, v_448, acc0_12);
        acc0_13 = fma(a_13, v_450, acc0_13);
        acc0_14 = fma(a_13, v_452, acc0_14);
        acc0_15 = fma(a_13, v_454, acc0_15);
        float a_14 = tile_a[14];
        float v_456 = 0.0f;
        if (k0 + 14 < 35) {
            float v_457 = in_w[(k0 + 14) * 55 + c0];
            v_456 = v_457;
        }
        float v_458 = 0.0f;
        if (k0 + 14 < 35) {
            float v_459 = in_w[(k0 + 14) * 55 + c1];
            v_458 = v_459;
        }
        float v_460 = 0.0f;
        if (k0 + 14 < 35) {
            float v_461 = in_w[(k0 + 14) * 55 + c2];
            v_460 = v_461;
        }
        float v_462 = 0.0f;
        if (k0 + 14 < 35) {
            float v_463 = in_w[(k0 + 14) * 55 + c3];
            v_462 = v_463;
        }
        float v_464 = 0.0f;
        if (k0 + 14 < 35) {
            float v_465 = in_w[(k0 + 14) * 55 + c4];
            v_464 = v_465;
        }
        float v_466 = 0.0f;
        if (k0 + 14 < 35) {
            float v_467 = in_w[(k0 + 14) * 55 + c5];
            v_466 = v_467;
        }
        float v_468 = 0.0f;
        if (k0 + 14 < 35) {
            float v_469 = in_w[(k0 + 14) * 55 + c6];
            v_468 = v_469;
        }
        float v_470 = 0.0f;
        if ((k0 + 14 < 35) && (c7 < 55)) {
            float v_471 = in_w[(k0 + 14) * 55 + c7];
            v_470 = v_471;
        }
        float v_472 = 0.0f;
        if ((k0 + 14 < 35) && (c8 < 55)) {
            float v_473 = in_w[(k0 + 14) * 55 + c8];
            v_472 = v_473;
        }
        float v_474 = 0.0f;
        if ((k0 + 14 < 35) && (c9 < 55)) {
            float v_475 = in_w[(k0 + 14) * 55 + c9];
            v_474 = v_475;
        }
        float v_476 = 0.0f;
        if ((k0 + 14 < 35) && (c10 < 55)) {
            float v_477 = in_w[(k0 + 14) * 55 + c10];
            v_476 = v_477;
        }
        float v_478 = 0.0f;
        if ((k0 + 14 < 35) && (c11 < 55)) {
            float v_479 = in_w[(k0 + 14) * 55 + c11];
            v_478 = v_479;
        }
        float v_480 = 0.0f;
        if ((k0 + 14 < 35) && (c12 < 55)) {
            float v_481 = in_w[(k0 + 14) * 55 + c12];
            v_480 = v_481;
        }
        float v_482 = 0.0f;
        if ((k0 + 14 < 35) && (c13 < 55)) {
            float v_483 = in_w[(k0 + 14) * 55 + c13];
            v_482 = v_483;
        }
        float v_484 = 0.0f;
        if ((k0 + 14 < 35) && (c14 < 55)) {
            float v_485 = in_w[(k0 + 14) * 55 + c14];
            v_484 = v_485;
        }
        float v_486 = 0.0f;
        if ((k0 + 14 < 35) && (c15 < 55)) {
            float v_487 = in_w[(k0 + 14) * 55 + c15];
            v_486 = v_487;
        }
        acc0_0 = fma(a_14, v_456, acc0_0);
        acc0_1 = fma(a_14, v_458, acc0_1);
        acc0_2 = fma(a_14, v_460, acc0_2);
        acc0_3 = fma(a_14, v_462, acc0_3);
        acc0_4 = fma(a_14, v_464, acc0_4);
        acc0_5 = fma(a_14, v_466, acc0_5);
        acc0_6 = fma(a_14, v_468, acc0_6);
        acc0_7 = fma(a_14, v_470, acc0_7);
        acc0_8 = fma(a_14, v_472, acc0_8);
        acc0_9 = fma(a_14, v_474, acc0_9);
        acc0_10 = fma(a_14, v_476, acc0_10);
        acc0_11 = fma(a_14, v_478, acc0_11);
        acc0_12 = fma(a_14, v_480, acc0_12);
        acc0_13 = fma(a_14, v_482, acc0_13);
        acc0_14 = fma(a_14, v_484, acc0_14);
        acc0_15 = fma(a_14, v_486, acc0_15);
        float a_15 = tile_a[15];
        float v_488 = 0.0f;
        if (k0 + 15 < 35) {
            float v_489 = in_w[(k0 + 15) * 55 + c0];
            v_488 = v_489;
        }
        float v_490 = 0.0f;
        if (k0 + 15 < 35) {
            float v_491 = in_w[(k0 + 15) * 55 + c1];
            v_490 = v_491;
        }
        float v_492 = 0.0f;
        if (k0 + 15 < 35) {
            float v_493 = in_w[(k0 + 15) * 55 + c2];
            v_492 = v_493;
        }
        float v_494 = 0.0f;
        if (k0 + 15 < 35) {
            float v_495 = in_w[(k0 + 15) * 55 + c3];
            v_494 = v_495;
        }
        float v_496 = 0.0f;
        if (k0 + 15 < 35) {
            float v_497 = in_w[(k0 + 15) * 55 + c4];
            v_496 = v_497;
        }
        float v_498 = 0.0f;
        if (k0 + 15 < 35) {
            float v_499 = in_w[(k0 + 15) * 55 + c5];
            v_498 = v_499;
        }
        float v_500 = 0.0f;
        if (k0 + 15 < 35) {
            float v_501 = in_w[(k0 + 15) * 55 + c6];
            v_500 = v_501;
        }
        float v_502 = 0.0f;
        if ((k0 + 15 < 35) && (c7 < 55)) {
            float v_503 = in_w[(k0 + 15) * 55 + c7];
            v_502 = v_503;
        }
        float v_504 = 0.0f;
        if ((k0 + 15 < 35) && (c8 < 55)) {
            float v_505 = in_w[(k0 + 15) * 55 + c8];
            v_504 = v_505;
        }
        float v_506 = 0.0f;
        if ((k0 + 15 < 35) && (c9 < 55)) {
            float v_507 = in_w[(k0 + 15) * 55 + c9];
            v_506 = v_507;
        }
        float v_508 = 0.0f;
        if ((k0 + 15 < 35) && (c10 < 55)) {
            float v_509 = in_w[(k0 + 15) * 55 + c10];
            v_508 = v_509;
        }
        float v_510 = 0.0f;
        if ((k0 + 15 < 35) && (c11 < 55)) {
            float v_511 = in_w[(k0 + 15) * 55 + c11];
            v_510 = v_511;
        }
        float v_512 = 0.0f;
        if ((k0 + 15 < 35) && (c12 < 55)) {
            float v_513 = in_w[(k0 + 15) * 55 + c12];
            v_512 = v_513;
        }
        float v_514 = 0.0f;
        if ((k0 + 15 < 35) && (c13 < 55)) {
            float v_515 = in_w[(k0 + 15) * 55 + c13];
            v_514 = v_515;
        }
        float v_516 = 0.0f;
        if ((k0 + 15 < 35) && (c14 < 55)) {
            float v_517 = in_w[(k0 + 15) * 55 + c14];
            v_516 = v_517;
        }
        float v_518 = 0.0f;
        if ((k0 + 15 < 35) && (c15 < 55)) {
            float v_519 = in_w[(k0 + 15) * 55 + c15];
            v_518 = v_519;
        }
        acc0_0 = fma(a_15, v_488, acc0_0);
        acc0_1 = fma(a_15, v_490, acc0_1);
        acc0_2 = fma(a_15, v_492, acc0_2);
        acc0_3 = fma(a_15, v_494, acc0_3);
        acc0_4 = fma(a_15, v_496, acc0_4);
        acc0_5 = fma(a_15, v_498, acc0_5);
        acc0_6 = fma(a_15, v_500, acc0_6);
        acc0_7 = fma(a_15, v_502, acc0_7);
        acc0_8 = fma(a_15, v_504, acc0_8);
        acc0_9 = fma(a_15, v_506, acc0_9);
        acc0_10 = fma(a_15, v_508, acc0_10);
        acc0_11 = fma(a_15, v_510, acc0_11);
        acc0_12 = fma(a_15, v_512, acc0_12);
        acc0_13 = fma(a_15, v_514, acc0_13);
        acc0_14 = fma(a_15, v_516, acc0_14);
        acc0_15 = fma(a_15, v_518, acc0_15);
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    int lin = row0 * 55 + c0;
    float v_520 = in_w_1[c0];
    out_add[lin] = acc0_0 + v_520;
    int lin_1 = row0 * 55 + c1;
    float v_521 = in_w_1[c1];
    out_add[lin_1] = acc0_1 + v_521;
    int lin_2 = row0 * 55 + c2;
    float v_522 = in_w_1[c2];
    out_add[lin_2] = acc0_2 + v_522;
    int lin_3 = row0 * 55 + c3;
    float v_523 = in_w_1[c3];
    out_add[lin_3] = acc0_3 + v_523;
    int lin_4 = row0 * 55 + c4;
    float v_524 = in_w_1[c4];
    out_add[lin_4] = acc0_4 + v_524;
    int lin_5 = row0 * 55 + c5;
    float v_525 = in_w_1[c5];
    out_add[lin_5] = acc0_5 + v_525;
    int lin_6 = row0 * 55 + c6;
    float v_526 = in_w_1[c6];
    out_add[lin_6] = acc0_6 + v_526;
    if (c7 < 55) {
        int lin_7 = row0 * 55 + c7;
        float v_527 = in_w_1[c7];
        out_add[lin_7] = acc0_7 + v_527;
    }
    if (c8 < 55) {
        int lin_8 = row0 * 55 + c8;
        float v_528 = in_w_1[c8];
        out_add[lin_8] = acc0_8 + v_528;
    }
    if (c9 < 55) {
        int lin_9 = row0 * 55 + c9;
        float v_529 = in_w_1[c9];
        out_add[lin_9] = acc0_9 + v_529;
    }
    if (c10 < 55) {
        int lin_10 = row0 * 55 + c10;
        float v_530 = in_w_1[c10];
        out_add[lin_10] = acc0_10 + v_530;
    }
    if (c11 < 55) {
        int lin_11 = row0 * 55 + c11;
        float v_531 = in_w_1[c11];
        out_add[lin_11] = acc0_11 + v_531;
    }
    if (c12 < 55) {
        int lin_12 = row0 * 55 + c12;
        float v_532 = in_w_1[c12];
        out_add[lin_12] = acc0_12 + v_532;
    }
    if (c13 < 55) {
        int lin_13 = row0 * 55 + c13;
        float v_533 = in_w_1[c13];
        out_add[lin_13] = acc0_13 + v_533;
    }
    if (c14 < 55) {
        int lin_14 = row0 * 55 + c14;
        float v_534 = in_w_1[c14];
        out_add[lin_14] = acc0_14 + v_534;
    }
    if (c15 < 55) {
        int lin_15 = row0 * 55 + c15;
        float v_535 = in_w_1[c15];
        out_add[lin_15] = acc0_15 + v_535;
    }
}

