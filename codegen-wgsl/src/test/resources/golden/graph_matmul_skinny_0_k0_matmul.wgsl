@group(0) @binding(0) var<storage, read> in_x: array<f32>;
@group(0) @binding(1) var<storage, read> in_w: array<f32>;
@group(0) @binding(2) var<storage, read> in_w_1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out_add: array<f32>;

var<workgroup> tile_a: array<f32, 16>;

@compute @workgroup_size(2, 1, 1)
fn k0_matmul(@builtin(local_invocation_id) tcc_local_id: vec3<u32>, @builtin(workgroup_id) tcc_group_id: vec3<u32>)
{
    let row0: i32 = i32(tcc_group_id.y) * 1;
    let col0: i32 = i32(tcc_group_id.x) * 64;
    let slot: i32 = i32(tcc_local_id.y) * 2 + i32(tcc_local_id.x);
    let r0: i32 = row0 + i32(tcc_local_id.y);
    let c0: i32 = col0 + i32(tcc_local_id.x) * 32;
    let c1: i32 = col0 + (i32(tcc_local_id.x) * 32 + 1);
    let c2: i32 = col0 + (i32(tcc_local_id.x) * 32 + 2);
    let c3: i32 = col0 + (i32(tcc_local_id.x) * 32 + 3);
    let c4: i32 = col0 + (i32(tcc_local_id.x) * 32 + 4);
    let c5: i32 = col0 + (i32(tcc_local_id.x) * 32 + 5);
    let c6: i32 = col0 + (i32(tcc_local_id.x) * 32 + 6);
    let c7: i32 = col0 + (i32(tcc_local_id.x) * 32 + 7);
    let c8: i32 = col0 + (i32(tcc_local_id.x) * 32 + 8);
    let c9: i32 = col0 + (i32(tcc_local_id.x) * 32 + 9);
    let c10: i32 = col0 + (i32(tcc_local_id.x) * 32 + 10);
    let c11: i32 = col0 + (i32(tcc_local_id.x) * 32 + 11);
    let c12: i32 = col0 + (i32(tcc_local_id.x) * 32 + 12);
    let c13: i32 = col0 + (i32(tcc_local_id.x) * 32 + 13);
    let c14: i32 = col0 + (i32(tcc_local_id.x) * 32 + 14);
    let c15: i32 = col0 + (i32(tcc_local_id.x) * 32 + 15);
    let c16: i32 = col0 + (i32(tcc_local_id.x) * 32 + 16);
    let c17: i32 = col0 + (i32(tcc_local_id.x) * 32 + 17);
    let c18: i32 = col0 + (i32(tcc_local_id.x) * 32 + 18);
    let c19: i32 = col0 + (i32(tcc_local_id.x) * 32 + 19);
    let c20: i32 = col0 + (i32(tcc_local_id.x) * 32 + 20);
    let c21: i32 = col0 + (i32(tcc_local_id.x) * 32 + 21);
    let c22: i32 = col0 + (i32(tcc_local_id.x) * 32 + 22);
    let c23: i32 = col0 + (i32(tcc_local_id.x) * 32 + 23);
    let c24: i32 = col0 + (i32(tcc_local_id.x) * 32 + 24);
    let c25: i32 = col0 + (i32(tcc_local_id.x) * 32 + 25);
    let c26: i32 = col0 + (i32(tcc_local_id.x) * 32 + 26);
    let c27: i32 = col0 + (i32(tcc_local_id.x) * 32 + 27);
    let c28: i32 = col0 + (i32(tcc_local_id.x) * 32 + 28);
    let c29: i32 = col0 + (i32(tcc_local_id.x) * 32 + 29);
    let c30: i32 = col0 + (i32(tcc_local_id.x) * 32 + 30);
    let c31: i32 = col0 + (i32(tcc_local_id.x) * 32 + 31);
    var acc0_0: f32 = 0.0;
    var acc0_1: f32 = 0.0;
    var acc0_2: f32 = 0.0;
    var acc0_3: f32 = 0.0;
    var acc0_4: f32 = 0.0;
    var acc0_5: f32 = 0.0;
    var acc0_6: f32 = 0.0;
    var acc0_7: f32 = 0.0;
    var acc0_8: f32 = 0.0;
    var acc0_9: f32 = 0.0;
    var acc0_10: f32 = 0.0;
    var acc0_11: f32 = 0.0;
    var acc0_12: f32 = 0.0;
    var acc0_13: f32 = 0.0;
    var acc0_14: f32 = 0.0;
    var acc0_15: f32 = 0.0;
    var acc0_16: f32 = 0.0;
    var acc0_17: f32 = 0.0;
    var acc0_18: f32 = 0.0;
    var acc0_19: f32 = 0.0;
    var acc0_20: f32 = 0.0;
    var acc0_21: f32 = 0.0;
    var acc0_22: f32 = 0.0;
    var acc0_23: f32 = 0.0;
    var acc0_24: f32 = 0.0;
    var acc0_25: f32 = 0.0;
    var acc0_26: f32 = 0.0;
    var acc0_27: f32 = 0.0;
    var acc0_28: f32 = 0.0;
    var acc0_29: f32 = 0.0;
    var acc0_30: f32 = 0.0;
    var acc0_31: f32 = 0.0;
    for (var k0: i32 = 0; k0 < 16; k0 += 16) {
        {
            let sr: i32 = slot / 16;
            let sc: i32 = slot % 16;
            let si: i32 = row0 + sr;
            let sj: i32 = k0 + sc;
            let v: f32 = in_x[si * 16 + sj];
            tile_a[sc + sr] = v;
        }
        let idx: i32 = slot + 2;
        {
            let sr_1: i32 = idx / 16;
            let sc_1: i32 = idx % 16;
            let si_1: i32 = row0 + sr_1;
            let sj_1: i32 = k0 + sc_1;
            let v_1: f32 = in_x[si_1 * 16 + sj_1];
            tile_a[sc_1 + sr_1] = v_1;
        }
        let idx_1: i32 = slot + 4;
        {
            let sr_2: i32 = idx_1 / 16;
            let sc_2: i32 = idx_1 % 16;
            let si_2: i32 = row0 + sr_2;
            let sj_2: i32 = k0 + sc_2;
            let v_2: f32 = in_x[si_2 * 16 + sj_2];
            tile_a[sc_2 + sr_2] = v_2;
        }
        let idx_2: i32 = slot + 6;
        {
            let sr_3: i32 = idx_2 / 16;
            let sc_3: i32 = idx_2 % 16;
            let si_3: i32 = row0 + sr_3;
            let sj_3: i32 = k0 + sc_3;
            let v_3: f32 = in_x[si_3 * 16 + sj_3];
            tile_a[sc_3 + sr_3] = v_3;
        }
        let idx_3: i32 = slot + 8;
        {
            let sr_4: i32 = idx_3 / 16;
            let sc_4: i32 = idx_3 % 16;
            let si_4: i32 = row0 + sr_4;
            let sj_4: i32 = k0 + sc_4;
            let v_4: f32 = in_x[si_4 * 16 + sj_4];
            tile_a[sc_4 + sr_4] = v_4;
        }
        let idx_4: i32 = slot + 10;
        {
            let sr_5: i32 = idx_4 / 16;
            let sc_5: i32 = idx_4 % 16;
            let si_5: i32 = row0 + sr_5;
            let sj_5: i32 = k0 + sc_5;
            let v_5: f32 = in_x[si_5 * 16 + sj_5];
            tile_a[sc_5 + sr_5] = v_5;
        }
        let idx_5: i32 = slot + 12;
        {
            let sr_6: i32 = idx_5 / 16;
            let sc_6: i32 = idx_5 % 16;
            let si_6: i32 = row0 + sr_6;
            let sj_6: i32 = k0 + sc_6;
            let v_6: f32 = in_x[si_6 * 16 + sj_6];
            tile_a[sc_6 + sr_6] = v_6;
        }
        let idx_6: i32 = slot + 14;
        {
            let sr_7: i32 = idx_6 / 16;
            let sc_7: i32 = idx_6 % 16;
            let si_7: i32 = row0 + sr_7;
            let sj_7: i32 = k0 + sc_7;
            let v_7: f32 = in_x[si_7 * 16 + sj_7];
            tile_a[sc_7 + sr_7] = v_7;
        }
        workgroupBarrier();
        let a: f32 = tile_a[i32(tcc_local_id.y)];
        var v_8: f32 = 0.0;
        if (c0 < 56) {
            let v_9: f32 = in_w[k0 * 56 + c0];
            v_8 = v_9;
        }
        var v_10: f32 = 0.0;
        if (c1 < 56) {
            let v_11: f32 = in_w[k0 * 56 + c1];
            v_10 = v_11;
        }
        var v_12: f32 = 0.0;
        if (c2 < 56) {
            let v_13: f32 = in_w[k0 * 56 + c2];
            v_12 = v_13;
        }
        var v_14: f32 = 0.0;
        if (c3 < 56) {
            let v_15: f32 = in_w[k0 * 56 + c3];
            v_14 = v_15;
        }
        var v_16: f32 = 0.0;
        if (c4 < 56) {
            let v_17: f32 = in_w[k0 * 56 + c4];
            v_16 = v_17;
        }
        var v_18: f32 = 0.0;
        if (c5 < 56) {
            let v_19: f32 = in_w[k0 * 56 + c5];
            v_18 = v_19;
        }
        var v_20: f32 = 0.0;
        if (c6 < 56) {
            let v_21: f32 = in_w[k0 * 56 + c6];
            v_20 = v_21;
        }
        var v_22: f32 = 0.0;
        if (c7 < 56) {
            let v_23: f32 = in_w[k0 * 56 + c7];
            v_22 = v_23;
        }
        var v_24: f32 = 0.0;
        if (c8 < 56) {
            let v_25: f32 = in_w[k0 * 56 + c8];
            v_24 = v_25;
        }
        var v_26: f32 = 0.0;
        if (c9 < 56) {
            let v_27: f32 = in_w[k0 * 56 + c9];
            v_26 = v_27;
        }
        var v_28: f32 = 0.0;
        if (c10 < 56) {
            let v_29: f32 = in_w[k0 * 56 + c10];
            v_28 = v_29;
        }
        var v_30: f32 = 0.0;
        if (c11 < 56) {
            let v_31: f32 = in_w[k0 * 56 + c11];
            v_30 = v_31;
        }
        var v_32: f32 = 0.0;
        if (c12 < 56) {
            let v_33: f32 = in_w[k0 * 56 + c12];
            v_32 = v_33;
        }
        var v_34: f32 = 0.0;
        if (c13 < 56) {
            let v_35: f32 = in_w[k0 * 56 + c13];
            v_34 = v_35;
        }
        var v_36: f32 = 0.0;
        if (c14 < 56) {
            let v_37: f32 = in_w[k0 * 56 + c14];
            v_36 = v_37;
        }
        var v_38: f32 = 0.0;
        if (c15 < 56) {
            let v_39: f32 = in_w[k0 * 56 + c15];
            v_38 = v_39;
        }
        var v_40: f32 = 0.0;
        if (c16 < 56) {
            let v_41: f32 = in_w[k0 * 56 + c16];
            v_40 = v_41;
        }
        var v_42: f32 = 0.0;
        if (c17 < 56) {
            let v_43: f32 = in_w[k0 * 56 + c17];
            v_42 = v_43;
        }
        var v_44: f32 = 0.0;
        if (c18 < 56) {
            let v_45: f32 = in_w[k0 * 56 + c18];
            v_44 = v_45;
        }
        var v_46: f32 = 0.0;
        if (c19 < 56) {
            let v_47: f32 = in_w[k0 * 56 + c19];
            v_46 = v_47;
        }
        var v_48: f32 = 0.0;
        if (c20 < 56) {
            let v_49: f32 = in_w[k0 * 56 + c20];
            v_48 = v_49;
        }
        var v_50: f32 = 0.0;
        if (c21 < 56) {
            let v_51: f32 = in_w[k0 * 56 + c21];
            v_50 = v_51;
        }
        var v_52: f32 = 0.0;
        if (c22 < 56) {
            let v_53: f32 = in_w[k0 * 56 + c22];
            v_52 = v_53;
        }
        var v_54: f32 = 0.0;
        if (c23 < 56) {
            let v_55: f32 = in_w[k0 * 56 + c23];
            v_54 = v_55;
        }
        var v_56: f32 = 0.0;
        if (c24 < 56) {
            let v_57: f32 = in_w[k0 * 56 + c24];
            v_56 = v_57;
        }
        var v_58: f32 = 0.0;
        if (c25 < 56) {
            let v_59: f32 = in_w[k0 * 56 + c25];
            v_58 = v_59;
        }
        var v_60: f32 = 0.0;
        if (c26 < 56) {
            let v_61: f32 = in_w[k0 * 56 + c26];
            v_60 = v_61;
        }
        var v_62: f32 = 0.0;
        if (c27 < 56) {
            let v_63: f32 = in_w[k0 * 56 + c27];
            v_62 = v_63;
        }
        var v_64: f32 = 0.0;
        if (c28 < 56) {
            let v_65: f32 = in_w[k0 * 56 + c28];
            v_64 = v_65;
        }
        var v_66: f32 = 0.0;
        if (c29 < 56) {
            let v_67: f32 = in_w[k0 * 56 + c29];
            v_66 = v_67;
        }
        var v_68: f32 = 0.0;
        if (c30 < 56) {
            let v_69: f32 = in_w[k0 * 56 + c30];
            v_68 = v_69;
        }
        var v_70: f32 = 0.0;
        if (c31 < 56) {
            let v_71: f32 = in_w[k0 * 56 + c31];
            v_70 = v_71;
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
        acc0_16 = fma(a, v_40, acc0_16);
        acc0_17 = fma(a, v_42, acc0_17);
        acc0_18 = fma(a, v_44, acc0_18);
        acc0_19 = fma(a, v_46, acc0_19);
        acc0_20 = fma(a, v_48, acc0_20);
        acc0_21 = fma(a, v_50, acc0_21);
        acc0_22 = fma(a, v_52, acc0_22);
        acc0_23 = fma(a, v_54, acc0_23);
        acc0_24 = fma(a, v_56, acc0_24);
        acc0_25 = fma(a, v_58, acc0_25);
        acc0_26 = fma(a, v_60, acc0_26);
        acc0_27 = fma(a, v_62, acc0_27);
        acc0_28 = fma(a, v_64, acc0_28);
        acc0_29 = fma(a, v_66, acc0_29);
        acc0_30 = fma(a, v_68, acc0_30);
        acc0_31 = fma(a, v_70, acc0_31);
        let a_1: f32 = tile_a[i32(tcc_local_id.y) + 1];
        var v_72: f32 = 0.0;
        if (c0 < 56) {
            let v_73: f32 = in_w[(k0 + 1) * 56 + c0];
            v_72 = v_73;
        }
        var v_74: f32 = 0.0;
        if (c1 < 56) {
            let v_75: f32 = in_w[(k0 + 1) * 56 + c1];
            v_74 = v_75;
        }
        var v_76: f32 = 0.0;
        if (c2 < 56) {
            let v_77: f32 = in_w[(k0 + 1) * 56 + c2];
            v_76 = v_77;
        }
        var v_78: f32 = 0.0;
        if (c3 < 56) {
            let v_79: f32 = in_w[(k0 + 1) * 56 + c3];
            v_78 = v_79;
        }
        var v_80: f32 = 0.0;
        if (c4 < 56) {
            let v_81: f32 = in_w[(k0 + 1) * 56 + c4];
            v_80 = v_81;
        }
        var v_82: f32 = 0.0;
        if (c5 < 56) {
            let v_83: f32 = in_w[(k0 + 1) * 56 + c5];
            v_82 = v_83;
        }
        var v_84: f32 = 0.0;
        if (c6 < 56) {
            let v_85: f32 = in_w[(k0 + 1) * 56 + c6];
            v_84 = v_85;
        }
        var v_86: f32 = 0.0;
        if (c7 < 56) {
            let v_87: f32 = in_w[(k0 + 1) * 56 + c7];
            v_86 = v_87;
        }
        var v_88: f32 = 0.0;
        if (c8 < 56) {
            let v_89: f32 = in_w[(k0 + 1) * 56 + c8];
            v_88 = v_89;
        }
        var v_90: f32 = 0.0;
        if (c9 < 56) {
            let v_91: f32 = in_w[(k0 + 1) * 56 + c9];
            v_90 = v_91;
        }
        var v_92: f32 = 0.0;
        if (c10 < 56) {
            let v_93: f32 = in_w[(k0 + 1) * 56 + c10];
            v_92 = v_93;
        }
        var v_94: f32 = 0.0;
        if (c11 < 56) {
            let v_95: f32 = in_w[(k0 + 1) * 56 + c11];
            v_94 = v_95;
        }
        var v_96: f32 = 0.0;
        if (c12 < 56) {
            let v_97: f32 = in_w[(k0 + 1) * 56 + c12];
            v_96 = v_97;
        }
        var v_98: f32 = 0.0;
        if (c13 < 56) {
            let v_99: f32 = in_w[(k0 + 1) * 56 + c13];
            v_98 = v_99;
        }
        var v_100: f32 = 0.0;
        if (c14 < 56) {
            let v_101: f32 = in_w[(k0 + 1) * 56 + c14];
            v_100 = v_101;
        }
        var v_102: f32 = 0.0;
        if (c15 < 56) {
            let v_103: f32 = in_w[(k0 + 1) * 56 + c15];
            v_102 = v_103;
        }
        var v_104: f32 = 0.0;
        if (c16 < 56) {
            let v_105: f32 = in_w[(k0 + 1) * 56 + c16];
            v_104 = v_105;
        }
        var v_106: f32 = 0.0;
        if (c17 < 56) {
            let v_107: f32 = in_w[(k0 + 1) * 56 + c17];
            v_106 = v_107;
        }
        var v_108: f32 = 0.0;
        if (c18 < 56) {
            let v_109: f32 = in_w[(k0 + 1) * 56 + c18];
            v_108 = v_109;
        }
        var v_110: f32 = 0.0;
        if (c19 < 56) {
            let v_111: f32 = in_w[(k0 + 1) * 56 + c19];
            v_110 = v_111;
        }
        var v_112: f32 = 0.0;
        if (c20 < 56) {
            let v_113: f32 = in_w[(k0 + 1) * 56 + c20];
            v_112 = v_113;
        }
        var v_114: f32 = 0.0;
        if (c21 < 56) {
            let v_115: f32 = in_w[(k0 + 1) * 56 + c21];
            v_114 = v_115;
        }
        var v_116: f32 = 0.0;
        if (c22 < 56) {
            let v_117: f32 = in_w[(k0 + 1) * 56 + c22];
            v_116 = v_117;
        }
        var v_118: f32 = 0.0;
        if (c23 < 56) {
            let v_119: f32 = in_w[(k0 + 1) * 56 + c23];
            v_118 = v_119;
        }
        var v_120: f32 = 0.0;
        if (c24 < 56) {
            let v_121: f32 = in_w[(k0 + 1) * 56 + c24];
            v_120 = v_121;
        }
        var v_122: f32 = 0.0;
        if (c25 < 56) {
            let v_123: f32 = in_w[(k0 + 1) * 56 + c25];
            v_122 = v_123;
        }
        var v_124: f32 = 0.0;
        if (c26 < 56) {
            let v_125: f32 = in_w[(k0 + 1) * 56 + c26];
            v_124 = v_125;
        }
        var v_126: f32 = 0.0;
        if (c27 < 56) {
            let v_127: f32 = in_w[(k0 + 1) * 56 + c27];
            v_126 = v_127;
        }
        var v_128: f32 = 0.0;
        if (c28 < 56) {
            let v_129: f32 = in_w[(k0 + 1) * 56 + c28];
            v_128 = v_129;
        }
        var v_130: f32 = 0.0;
        if (c29 < 56) {
            let v_131: f32 = in_w[(k0 + 1) * 56 + c29];
            v_130 = v_131;
        }
        var v_132: f32 = 0.0;
        if (c30 < 56) {
            let v_133: f32 = in_w[(k0 + 1) * 56 + c30];
            v_132 = v_133;
        }
        var v_134: f32 = 0.0;
        if (c31 < 56) {
            let v_135: f32 = in_w[(k0 + 1) * 56 + c31];
            v_134 = v_135;
        }
        acc0_0 = fma(a_1, v_72, acc0_0);
        acc0_1 = fma(a_1, v_74, acc0_1);
        acc0_2 = fma(a_1, v_76, acc0_2);
        acc0_3 = fma(a_1, v_78, acc0_3);
        acc0_4 = fma(a_1, v_80, acc0_4);
        acc0_5 = fma(a_1, v_82, acc0_5);
        acc0_6 = fma(a_1, v_84, acc0_6);
        acc0_7 = fma(a_1, v_86, acc0_7);
        acc0_8 = fma(a_1, v_88, acc0_8);
        acc0_9 = fma(a_1, v_90, acc0_9);
        acc0_10 = fma(a_1, v_92, acc0_10);
        acc0_11 = fma(a_1, v_94, acc0_11);
        acc0_12 = fma(a_1, v_96, acc0_12);
        acc0_13 = fma(a_1, v_98, acc0_13);
        acc0_14 = fma(a_1, v_100, acc0_14);
        acc0_15 = fma(a_1, v_102, acc0_15);
        acc0_16 = fma(a_1, v_104, acc0_16);
        acc0_17 = fma(a_1, v_106, acc0_17);
        acc0_18 = fma(a_1, v_108, acc0_18);
        acc0_19 = fma(a_1, v_110, acc0_19);
        acc0_20 = fma(a_1, v_112, acc0_20);
        acc0_21 = fma(a_1, v_114, acc0_21);
        acc0_22 = fma(a_1, v_116, acc0_22);
        acc0_23 = fma(a_1, v_118, acc0_23);
        acc0_24 = fma(a_1, v_120, acc0_24);
        acc0_25 = fma(a_1, v_122, acc0_25);
        acc0_26 = fma(a_1, v_124, acc0_26);
        acc0_27 = fma(a_1, v_126, acc0_27);
        acc0_28 = fma(a_1, v_128, acc0_28);
        acc0_29 = fma(a_1, v_130, acc0_29);
        acc0_30 = fma(a_1, v_132, acc0_30);
        acc0_31 = fma(a_1, v_134, acc0_31);
        let a_2: f32 = tile_a[i32(tcc_local_id.y) + 2];
        var v_136: f32 = 0.0;
        if (c0 < 56) {
            let v_137: f32 = in_w[(k0 + 2) * 56 + c0];
            v_136 = v_137;
        }
        var v_138: f32 = 0.0;
        if (c1 < 56) {
            let v_139: f32 = in_w[(k0 + 2) * 56 + c1];
            v_138 = v_139;
        }
        var v_140: f32 = 0.0;
        if (c2 < 56) {
            let v_141: f32 = in_w[(k0 + 2) * 56 + c2];
            v_140 = v_141;
        }
        var v_142: f32 = 0.0;
        if (c3 < 56) {
            let v_143: f32 = in_w[(k0 + 2) * 56 + c3];
            v_142 = v_143;
        }
        var v_144: f32 = 0.0;
        if (c4 < 56) {
            let v_145: f32 = in_w[(k0 + 2) * 56 + c4];
            v_144 = v_145;
        }
        var v_146: f32 = 0.0;
        if (c5 < 56) {
            let v_147: f32 = in_w[(k0 + 2) * 56 + c5];
            v_146 = v_147;
        }
        var v_148: f32 = 0.0;
        if (c6 < 56) {
            let v_149: f32 = in_w[(k0 + 2) * 56 + c6];
            v_148 = v_149;
        }
        var v_150: f32 = 0.0;
        if (c7 < 56) {
            let v_151: f32 = in_w[(k0 + 2) * 56 + c7];
            v_150 = v_151;
        }
        var v_152: f32 = 0.0;
        if (c8 < 56) {
            let v_153: f32 = in_w[(k0 + 2) * 56 + c8];
            v_152 = v_153;
        }
        var v_154: f32 = 0.0;
        if (c9 < 56) {
            let v_155: f32 = in_w[(k0 + 2) * 56 + c9];
            v_154 = v_155;
        }
        var v_156: f32 = 0.0;
        if (c10 < 56) {
            let v_157: f32 = in_w[(k0 + 2) * 56 + c10];
            v_156 = v_157;
        }
        var v_158: f32 = 0.0;
        if (c11 < 56) {
            let v_159: f32 = in_w[(k0 + 2) * 56 + c11];
            v_158 = v_159;
        }
        var v_160: f32 = 0.0;
        if (c12 < 56) {
            let v_161: f32 = in_w[(k0 + 2) * 56 + c12];
            v_160 = v_161;
        }
        var v_162: f32 = 0.0;
        if (c13 < 56) {
            let v_163: f32 = in_w[(k0 + 2) * 56 + c13];
            v_162 = v_163;
        }
        var v_164: f32 = 0.0;
        if (c14 < 56) {
            let v_165: f32 = in_w[(k0 + 2) * 56 + c14];
            v_164 = v_165;
        }
        var v_166: f32 = 0.0;
        if (c15 < 56) {
            let v_167: f32 = in_w[(k0 + 2) * 56 + c15];
            v_166 = v_167;
        }
        var v_168: f32 = 0.0;
        if (c16 < 56) {
            let v_169: f32 = in_w[(k0 + 2) * 56 + c16];
            v_168 = v_169;
        }
        var v_170: f32 = 0.0;
        if (c17 < 56) {
            let v_171: f32 = in_w[(k0 + 2) * 56 + c17];
            v_170 = v_171;
        }
        var v_172: f32 = 0.0;
        if (c18 < 56) {
            let v_173: f32 = in_w[(k0 + 2) * 56 + c18];
            v_172 = v_173;
        }
        var v_174: f32 = 0.0;
        if (c19 < 56) {
            let v_175: f32 = in_w[(k0 + 2) * 56 + c19];
            v_174 = v_175;
        }
        var v_176: f32 = 0.0;
        if (c20 < 56) {
            let v_177: f32 = in_w[(k0 + 2) * 56 + c20];
            v_176 = v_177;
        }
        var v_178: f32 = 0.0;
        if (c21 < 56) {
            let v_179: f32 = in_w[(k0 + 2) * 56 + c21];
            v_178 = v_179;
        }
        var v_180: f32 = 0.0;
        if (c22 < 56) {
            let v_181: f32 = in_w[(k0 + 2) * 56 + c22];
            v_180 = v_181;
        }
        var v_182: f32 = 0.0;
        if (c23 < 56) {
            let v_183: f32 = in_w[(k0 + 2) * 56 + c23];
            v_182 = v_183;
        }
        var v_184: f32 = 0.0;
        if (c24 < 56) {
            let v_185: f32 = in_w[(k0 + 2) * 56 + c24];
            v_184 = v_185;
        }
        var v_186: f32 = 0.0;
        if (c25 < 56) {
            let v_187: f32 = in_w[(k0 + 2) * 56 + c25];
            v_186 = v_187;
        }
        var v_188: f32 = 0.0;
        if (c26 < 56) {
            let v_189: f32 = in_w[(k0 + 2) * 56 + c26];
            v_188 = v_189;
        }
        var v_190: f32 = 0.0;
        if (c27 < 56) {
            let v_191: f32 = in_w[(k0 + 2) * 56 + c27];
            v_190 = v_191;
        }
        var v_192: f32 = 0.0;
        if (c28 < 56) {
            let v_193: f32 = in_w[(k0 + 2) * 56 + c28];
            v_192 = v_193;
        }
        var v_194: f32 = 0.0;
        if (c29 < 56) {
            let v_195: f32 = in_w[(k0 + 2) * 56 + c29];
            v_194 = v_195;
        }
        var v_196: f32 = 0.0;
        if (c30 < 56) {
            let v_197: f32 = in_w[(k0 + 2) * 56 + c30];
            v_196 = v_197;
        }
        var v_198: f32 = 0.0;
        if (c31 < 56) {
            let v_199: f32 = in_w[(k0 + 2) * 56 + c31];
            v_198 = v_199;
        }
        acc0_0 = fma(a_2, v_136, acc0_0);
        acc0_1 = fma(a_2, v_138, acc0_1);
        acc0_2 = fma(a_2, v_140, acc0_2);
        acc0_3 = fma(a_2, v_142, acc0_3);
        acc0_4 = fma(a_2, v_144, acc0_4);
        acc0_5 = fma(a_2, v_146, acc0_5);
        acc0_6 = fma(a_2, v_148, acc0_6);
        acc0_7 = fma(a_2, v_150, acc0_7);
        acc0_8 = fma(a_2, v_152, acc0_8);
        acc0_9 = fma(a_2, v_154, acc0_9);
        acc0_10 = fma(a_2, v_156, acc0_10);
        acc0_11 = fma(a_2, v_158, acc0_11);
        acc0_12 = fma(a_2, v_160, acc0_12);
        acc0_13 = fma(a_2, v_162, acc0_13);
        acc0_14 = fma(a_2, v_164, acc0_14);
        acc0_15 = fma(a_2, v_166, acc0_15);
        acc0_16 = fma(a_2, v_168, acc0_16);
        acc0_17 = fma(a_2, v_170, acc0_17);
        acc0_18 = fma(a_2, v_172, acc0_18);
        acc0_19 = fma(a_2, v_174, acc0_19);
        acc0_20 = fma(a_2, v_176, acc0_20);
        acc0_21 = fma(a_2, v_178, acc0_21);
        acc0_22 = fma(a_2, v_180, acc0_22);
        acc0_23 = fma(a_2, v_182, acc0_23);
        acc0_24 = fma(a_2, v_184, acc0_24);
        acc0_25 = fma(a_2, v_186, acc0_25);
        acc0_26 = fma(a_2, v_188, acc0_26);
        acc0_27 = fma(a_2, v_190, acc0_27);
        acc0_28 = fma(a_2, v_192, acc0_28);
        acc0_29 = fma(a_2, v_194, acc0_29);
        acc0_30 = fma(a_2, v_196, acc0_30);
        acc0_31 = fma(a_2, v_198, acc0_31);
        let a_3: f32 = tile_a[i32(tcc_local_id.y) + 3];
        var v_200: f32 = 0.0;
        if (c0 < 56) {
            let v_201: f32 = in_w[(k0 + 3) * 56 + c0];
            v_200 = v_201;
        }
        var v_202: f32 = 0.0;
        if (c1 < 56) {
            let v_203: f32 = in_w[(k0 + 3) * 56 + c1];
            v_202 = v_203;
        }
        var v_204: f32 = 0.0;
        if (c2 < 56) {
            let v_205: f32 = in_w[(k0 + 3) * 56 + c2];
            v_204 = v_205;
        }
        var v_206: f32 = 0.0;
        if (c3 < 56) {
            let v_207: f32 = in_w[(k0 + 3) * 56 + c3];
            v_206 = v_207;
        }
        var v_208: f32 = 0.0;
        if (c4 < 56) {
            let v_209: f32 = in_w[(k0 + 3) * 56 + c4];
            v_208 = v_209;
        }
        var v_210: f32 = 0.0;
        if (c5 < 56) {
            let v_211: f32 = in_w[(k0 + 3) * 56 + c5];
            v_210 = v_211;
        }
        var v_212: f32 = 0.0;
        if (c6 < 56) {
            let v_213: f32 = in_w[(k0 + 3) * 56 + c6];
            v_212 = v_213;
        }
        var v_214: f32 = 0.0;
        if (c7 < 56) {
            let v_215: f32 = in_w[(k0 + 3) * 56 + c7];
            v_214 = v_215;
        }
        var v_216: f32 = 0.0;
        if (c8 < 56) {
            let v_217: f32 = in_w[(k0 + 3) * 56 + c8];
            v_216 = v_217;
        }
        var v_218: f32 = 0.0;
        if (c9 < 56) {
            let v_219: f32 = in_w[(k0 + 3) * 56 + c9];
            v_218 = v_219;
        }
        var v_220: f32 = 0.0;
        if (c10 < 56) {
            let v_221: f32 = in_w[(k0 + 3) * 56 + c10];
            v_220 = v_221;
        }
        var v_222: f32 = 0.0;
        if (c11 < 56) {
            let v_223: f32 = in_w[(k0 + 3) * 56 + c11];
            v_222 = v_223;
        }
        var v_224: f32 = 0.0;
        if (c12 < 56) {
            let v_225: f32 = in_w[(k0 + 3) * 56 + c12];
            v_224 = v_225;
        }
        var v_226: f32 = 0.0;
        if (c13 < 56) {
            let v_227: f32 = in_w[(k0 + 3) * 56 + c13];
            v_226 = v_227;
        }
        var v_228: f32 = 0.0;
        if (c14 < 56) {
            let v_229: f32 = in_w[(k0 + 3) * 56 + c14];
            v_228 = v_229;
        }
        var v_230: f32 = 0.0;
        if (c15 < 56) {
            let v_231: f32 = in_w[(k0 + 3) * 56 + c15];
            v_230 = v_231;
        }
        var v_232: f32 = 0.0;
        if (c16 < 56) {
            let v_233: f32 = in_w[(k0 + 3) * 56 + c16];
            v_232 = v_233;
        }
        var v_234: f32 = 0.0;
        if (c17 < 56) {
            let v_235: f32 = in_w[(k0 + 3) * 56 + c17];
            v_234 = v_235;
        }
        var v_236: f32 = 0.0;
        if (c18 < 56) {
            let v_237: f32 = in_w[(k0 + 3) * 56 + c18];
            v_236 = v_237;
        }
        var v_238: f32 = 0.0;
        if (c19 < 56) {
            let v_239: f32 = in_w[(k0 + 3) * 56 + c19];
            v_238 = v_239;
        }
        var v_240: f32 = 0.0;
        if (c20 < 56) {
            let v_241: f32 = in_w[(k0 + 3) * 56 + c20];
            v_240 = v_241;
        }
        var v_242: f32 = 0.0;
        if (c21 < 56) {
            let v_243: f32 = in_w[(k0 + 3) * 56 + c21];
            v_242 = v_243;
        }
        var v_244: f32 = 0.0;
        if (c22 < 56) {
            let v_245: f32 = in_w[(k0 + 3) * 56 + c22];
            v_244 = v_245;
        }
        var v_246: f32 = 0.0;
        if (c23 < 56) {
            let v_247: f32 = in_w[(k0 + 3) * 56 + c23];
            v_246 = v_247;
        }
        var v_248: f32 = 0.0;
        if (c24 < 56) {
            let v_249: f32 = in_w[(k0 + 3) * 56 + c24];
            v_248 = v_249;
        }
        var v_250: f32 = 0.0;
        if (c25 < 56) {
            let v_251: f32 = in_w[(k0 + 3) * 56 + c25];
            v_250 = v_251;
        }
        var v_252: f32 = 0.0;
        if (c26 < 56) {
            let v_253: f32 = in_w[(k0 + 3) * 56 + c26];
            v_252 = v_253;
        }
        var v_254: f32 = 0.0;
        if (c27 < 56) {
            let v_255: f32 = in_w[(k0 + 3) * 56 + c27];
            v_254 = v_255;
        }
        var v_256: f32 = 0.0;
        if (c28 < 56) {
            let v_257: f32 = in_w[(k0 + 3) * 56 + c28];
            v_256 = v_257;
        }
        var v_258: f32 = 0.0;
        if (c29 < 56) {
            let v_259: f32 = in_w[(k0 + 3) * 56 + c29];
            v_258 = v_259;
        }
        var v_260: f32 = 0.0;
        if (c30 < 56) {
            let v_261: f32 = in_w[(k0 + 3) * 56 + c30];
            v_260 = v_261;
        }
        var v_262: f32 = 0.0;
        if (c31 < 56) {
            let v_263: f32 = in_w[(k0 + 3) * 56 + c31];
            v_262 = v_263;
        }
        acc0_0 = fma(a_3, v_200, acc0_0);
        acc0_1 = fma(a_3, v_202, acc0_1);
        acc0_2 = fma(a_3, v_204, acc0_2);
        acc0_3 = fma(a_3, v_206, acc0_3);
        acc0_4 = fma(a_3, v_208, acc0_4);
        acc0_5 = fma(a_3, v_210, acc0_5);
        acc0_6 = fma(a_3, v_212, acc0_6);
        acc0_7 = fma(a_3, v_214, acc0_7);
        acc0_8 = fma(a_3, v_216, acc0_8);
        acc0_9 = fma(a_3, v_218, acc0_9);
        acc0_10 = fma(a_3, v_220, acc0_10);
        acc0_11 = fma(a_3, v_222, acc0_11);
        acc0_12 = fma(a_3, v_224, acc0_12);
        acc0_13 = fma(a_3, v_226, acc0_13);
        acc0_14 = fma(a_3, v_228, acc0_14);
        acc0_15 = fma(a_3, v_230, acc0_15);
        acc0_16 = fma(a_3, v_232, acc0_16);
        acc0_17 = fma(a_3, v_234, acc0_17);
        acc0_18 = fma(a_3, v_236, acc0_18);
        acc0_19 = fma(a_3, v_238, acc0_19);
        acc0_20 = fma(a_3, v_240, acc0_20);
        acc0_21 = fma(a_3, v_242, acc0_21);
        acc0_22 = fma(a_3, v_244, acc0_22);
        acc0_23 = fma(a_3, v_246, acc0_23);
        acc0_24 = fma(a_3, v_248, acc0_24);
        acc0_25 = fma(a_3, v_250, acc0_25);
        acc0_26 = fma(a_3, v_252, acc0_26);
        acc0_27 = fma(a_3, v_254, acc0_27);
        acc0_28 = fma(a_3, v_256, acc0_28);
        acc0_29 = fma(a_3, v_258, acc0_29);
        acc0_30 = fma(a_3, v_260, acc0_30);
        acc0_31 = fma(a_3, v_262, acc0_31);
        let a_4: f32 = tile_a[i32(tcc_local_id.y) + 4];
        var v_264: f32 = 0.0;
        if (c0 < 56) {
            let v_265: f32 = in_w[(k0 + 4) * 56 + c0];
            v_264 = v_265;
        }
        var v_266: f32 = 0.0;
        if (c1 < 56) {
            let v_267: f32 = in_w[(k0 + 4) * 56 + c1];
            v_266 = v_267;
        }
        var v_268: f32 = 0.0;
        if (c2 < 56) {
            let v_269: f32 = in_w[(k0 + 4) * 56 + c2];
            v_268 = v_269;
        }
        var v_270: f32 = 0.0;
        if (c3 < 56) {
            let v_271: f32 = in_w[(k0 + 4) * 56 + c3];
            v_270 = v_271;
        }
        var v_272: f32 = 0.0;
        if (c4 < 56) {
            let v_273: f32 = in_w[(k0 + 4) * 56 + c4];
            v_272 = v_273;
        }
        var v_274: f32 = 0.0;
        if (c5 < 56) {
            let v_275: f32 = in_w[(k0 + 4) * 56 + c5];
            v_274 = v_275;
        }
        var v_276: f32 = 0.0;
        if (c6 < 56) {
            let v_277: f32 = in_w[(k0 + 4) * 56 + c6];
            v_276 = v_277;
        }
        var v_278: f32 = 0.0;
        if (c7 < 56) {
            let v_279: f32 = in_w[(k0 + 4) * 56 + c7];
            v_278 = v_279;
        }
        var v_280: f32 = 0.0;
        if (c8 < 56) {
            let v_281: f32 = in_w[(k0 + 4) * 56 + c8];
            v_280 = v_281;
        }
        var v_282: f32 = 0.0;
        if (c9 < 56) {
            let v_283: f32 = in_w[(k0 + 4) * 56 + c9];
            v_282 = v_283;
        }
        var v_284: f32 = 0.0;
        if (c10 < 56) {
            let v_285: f32 = in_w[(k0 + 4) * 56 + c10];
            v_284 = v_285;
        }
        var v_286: f32 = 0.0;
        if (c11 < 56) {
            let v_287: f32 = in_w[(k0 + 4) * 56 + c11];
            v_286 = v_287;
        }
        var v_288: f32 = 0.0;
        if (c12 < 56) {
            let v_289: f32 = in_w[(k0 + 4) * 56 + c12];
            v_288 = v_289;
        }
        var v_290: f32 = 0.0;
        if (c13 < 56) {
            let v_291: f32 = in_w[(k0 + 4) * 56 + c13];
            v_290 = v_291;
        }
        var v_292: f32 = 0.0;
        if (c14 < 56) {
            let v_293: f32 = in_w[(k0 + 4) * 56 + c14];
            v_292 = v_293;
        }
        var v_294: f32 = 0.0;
        if (c15 < 56) {
            let v_295: f32 = in_w[(k0 + 4) * 56 + c15];
            v_294 = v_295;
        }
        var v_296: f32 = 0.0;
        if (c16 < 56) {
            let v_297: f32 = in_w[(k0 + 4) * 56 + c16];
            v_296 = v_297;
        }
        var v_298: f32 = 0.0;
        if (c17 < 56) {
            let v_299: f32 = in_w[(k0 + 4) * 56 + c17];
            v_298 = v_299;
        }
        var v_300: f32 = 0.0;
        if (c18 < 56) {
            let v_301: f32 = in_w[(k0 + 4) * 56 + c18];
            v_300 = v_301;
        }
        var v_302: f32 = 0.0;
        if (c19 < 56) {
            let v_303: f32 = in_w[(k0 + 4) * 56 + c19];
            v_302 = v_303;
        }
        var v_304: f32 = 0.0;
        if (c20 < 56) {
            let v_305: f32 = in_w[(k0 + 4) * 56 + c20];
            v_304 = v_305;
        }
        var v_306: f32 = 0.0;
        if (c21 < 56) {
            let v_307: f32 = in_w[(k0 + 4) * 56 + c21];
            v_306 = v_307;
        }
        var v_308: f32 = 0.0;
        if (c22 < 56) {
            let v_309: f32 = in_w[(k0 + 4) * 56 + c22];
            v_308 = v_309;
        }
        var v_310: f32 = 0.0;
        if (c23 < 56) {
            let v_311: f32 = in_w[(k0 + 4) * 56 + c23];
            v_310 = v_311;
        }
        var v_312: f32 = 0.0;
        if (c24 < 56) {
            let v_313: f32 = in_w[(k0 + 4) * 56 + c24];
            v_312 = v_313;
        }
        var v_314: f32 = 0.0;
        if (c25 < 56) {
            let v_315: f32 = in_w[(k0 + 4) * 56 + c25];
            v_314 = v_315;
        }
        var v_316: f32 = 0.0;
        if (c26 < 56) {
            let v_317: f32 = in_w[(k0 + 4) * 56 + c26];
            v_316 = v_317;
        }
        var v_318: f32 = 0.0;
        if (c27 < 56) {
            let v_319: f32 = in_w[(k0 + 4) * 56 + c27];
            v_318 = v_319;
        }
        var v_320: f32 = 0.0;
        if (c28 < 56) {
            let v_321: f32 = in_w[(k0 + 4) * 56 + c28];
            v_320 = v_321;
        }
        var v_322: f32 = 0.0;
        if (c29 < 56) {
            let v_323: f32 = in_w[(k0 + 4) * 56 + c29];
            v_322 = v_323;
        }
        var v_324: f32 = 0.0;
        if (c30 < 56) {
            let v_325: f32 = in_w[(k0 + 4) * 56 + c30];
            v_324 = v_325;
        }
        var v_326: f32 = 0.0;
        if (c31 < 56) {
            let v_327: f32 = in_w[(k0 + 4) * 56 + c31];
            v_326 = v_327;
        }
        acc0_0 = fma(a_4, v_264, acc0_0);
        acc0_1 = fma(a_4, v_266, acc0_1);
        acc0_2 = fma(a_4, v_268, acc0_2);
        acc0_3 = fma(a_4, v_270, acc0_3);
        acc0_4 = fma(a_4, v_272, acc0_4);
        acc0_5 = fma(a_4, v_274, acc0_5);
        acc0_6 = fma(a_4, v_276, acc0_6);
        acc0_7 = fma(a_4, v_278, acc0_7);
        acc0_8 = fma(a_4, v_280, acc0_8);
        acc0_9 = fma(a_4, v_282, acc0_9);
        acc0_10 = fma(a_4, v_284, acc0_10);
        acc0_11 = fma(a_4, v_286, acc0_11);
        acc0_12 = fma(a_4, v_288, acc0_12);
        acc0_13 = fma(a_4, v_290, acc0_13);
        acc0_14 = fma(a_4, v_292, acc0_14);
        acc0_15 = fma(a_4, v_294, acc0_15);
        acc0_16 = fma(a_4, v_296, acc0_16);
        acc0_17 = fma(a_4, v_298, acc0_17);
        acc0_18 = fma(a_4, v_300, acc0_18);
        acc0_19 = fma(a_4, v_302, acc0_19);
        acc0_20 = fma(a_4, v_304, acc0_20);
        acc0_21 = fma(a_4, v_306, acc0_21);
        acc0_22 = fma(a_4, v_308, acc0_22);
        acc0_23 = fma(a_4, v_310, acc0_23);
        acc0_24 = fma(a_4, v_312, acc0_24);
        acc0_25 = fma(a_4, v_314, acc0_25);
        acc0_26 = fma(a_4, v_316, acc0_26);
        acc0_27 = fma(a_4, v_318, acc0_27);
        acc0_28 = fma(a_4, v_320, acc0_28);
        acc0_29 = fma(a_4, v_322, acc0_29);
        acc0_30 = fma(a_4, v_324, acc0_30);
        acc0_31 = fma(a_4, v_326, acc0_31);
        let a_5: f32 = tile_a[i32(tcc_local_id.y) + 5];
        var v_328: f32 = 0.0;
        if (c0 < 56) {
            let v_329: f32 = in_w[(k0 + 5) * 56 + c0];
            v_328 = v_329;
        }
        var v_330: f32 = 0.0;
        if (c1 < 56) {
            let v_331: f32 = in_w[(k0 + 5) * 56 + c1];
            v_330 = v_331;
        }
        var v_332: f32 = 0.0;
        if (c2 < 56) {
            let v_333: f32 = in_w[(k0 + 5) * 56 + c2];
            v_332 = v_333;
        }
        var v_334: f32 = 0.0;
        if (c3 < 56) {
            let v_335: f32 = in_w[(k0 + 5) * 56 + c3];
            v_334 = v_335;
        }
        var v_336: f32 = 0.0;
        if (c4 < 56) {
            let v_337: f32 = in_w[(k0 + 5) * 56 + c4];
            v_336 = v_337;
        }
        var v_338: f32 = 0.0;
        if (c5 < 56) {
            let v_339: f32 = in_w[(k0 + 5) * 56 + c5];
            v_338 = v_339;
        }
        var v_340: f32 = 0.0;
        if (c6 < 56) {
            let v_341: f32 = in_w[(k0 + 5) * 56 + c6];
            v_340 = v_341;
        }
        var v_342: f32 = 0.0;
        if (c7 < 56) {
            let v_343: f32 = in_w[(k0 + 5) * 56 + c7];
            v_342 = v_343;
        }
        var v_344: f32 = 0.0;
        if (c8 < 56) {
            let v_345: f32 = in_w[(k0 + 5) * 56 + c8];
            v_344 = v_345;
        }
        var v_346: f32 = 0.0;
        if (c9 < 56) {
            let v_347: f32 = in_w[(k0 + 5) * 56 + c9];
            v_346 = v_347;
        }
        var v_348: f32 = 0.0;
        if (c10 < 56) {
            let v_349: f32 = in_w[(k0 + 5) * 56 + c10];
            v_348 = v_349;
        }
        var v_350: f32 = 0.0;
        if (c11 < 56) {
            let v_351: f32 = in_w[(k0 + 5) * 56 + c11];
            v_350 = v_351;
        }
        var v_352: f32 = 0.0;
        if (c12 < 56) {
            let v_353: f32 = in_w[(k0 + 5) * 56 + c12];
            v_352 = v_353;
        }
        var v_354: f32 = 0.0;
        if (c13 < 56) {
            let v_355: f32 = in_w[(k0 + 5) * 56 + c13];
            v_354 = v_355;
        }
        var v_356: f32 = 0.0;
        if (c14 < 56) {
            let v_357: f32 = in_w[(k0 + 5) * 56 + c14];
            v_356 = v_357;
        }
        var v_358: f32 = 0.0;
        if (c15 < 56) {
            let v_359: f32 = in_w[(k0 + 5) * 56 + c15];
            v_358 = v_359;
        }
        var v_360: f32 = 0.0;
        if (c16 < 56) {
            let v_361: f32 = in_w[(k0 + 5) * 56 + c16];
            v_360 = v_361;
        }
        var v_362: f32 = 0.0;
        if (c17 < 56) {
            let v_363: f32 = in_w[(k0 + 5) * 56 + c17];
            v_362 = v_363;
        }
        var v_364: f32 = 0.0;
        if (c18 < 56) {
            let v_365: f32 = in_w[(k0 + 5) * 56 + c18];
            v_364 = v_365;
        }
        var v_366: f32 = 0.0;
        if (c19 < 56) {
            let v_367: f32 = in_w[(k0 + 5) * 56 + c19];
            v_366 = v_367;
        }
        var v_368: f32 = 0.0;
        if (c20 < 56) {
            let v_369: f32 = in_w[(k0 + 5) * 56 + c20];
            v_368 = v_369;
        }
        var v_370: f32 = 0.0;
        if (c21 < 56) {
            let v_371: f32 = in_w[(k0 + 5) * 56 + c21];
            v_370 = v_371;
        }
        var v_372: f32 = 0.0;
        if (c22 < 56) {
            let v_373: f32 = in_w[(k0 + 5) * 56 + c22];
            v_372 = v_373;
        }
        var v_374: f32 = 0.0;
        if (c23 < 56) {
            let v_375: f32 = in_w[(k0 + 5) * 56 + c23];
            v_374 = v_375;
        }
        var v_376: f32 = 0.0;
        if (c24 < 56) {
            let v_377: f32 = in_w[(k0 + 5) * 56 + c24];
            v_376 = v_377;
        }
        var v_378: f32 = 0.0;
        if (c25 < 56) {
            let v_379: f32 = in_w[(k0 + 5) * 56 + c25];
            v_378 = v_379;
        }
        var v_380: f32 = 0.0;
        if (c26 < 56) {
            let v_381: f32 = in_w[(k0 + 5) * 56 + c26];
            v_380 = v_381;
        }
        var v_382: f32 = 0.0;
        if (c27 < 56) {
            let v_383: f32 = in_w[(k0 + 5) * 56 + c27];
            v_382 = v_383;
        }
        var v_384: f32 = 0.0;
        if (c28 < 56) {
            let v_385: f32 = in_w[(k0 + 5) * 56 + c28];
            v_384 = v_385;
        }
        var v_386: f32 = 0.0;
        if (c29 < 56) {
            let v_387: f32 = in_w[(k0 + 5) * 56 + c29];
            v_386 = v_387;
        }
        var v_388: f32 = 0.0;
        if (c30 < 56) {
            let v_389: f32 = in_w[(k0 + 5) * 56 + c30];
            v_388 = v_389;
        }
        var v_390: f32 = 0.0;
        if (c31 < 56) {
            let v_391: f32 = in_w[(k0 + 5) * 56 + c31];
            v_390 = v_391;
        }
        acc0_0 = fma(a_5, v_328, acc0_0);
        acc0_1 = fma(a_5, v_330, acc0_1);
        acc0_2 = fma(a_5, v_332, acc0_2);
        acc0_3 = fma(a_5, v_334, acc0_3);
        acc0_4 = fma(a_5, v_336, acc0_4);
        acc0_5 = fma(a_5, v_338, acc0_5);
        acc0_6 = fma(a_5, v_340, acc0_6);
        acc0_7 = fma(a_5, v_342, acc0_7);
        acc0_8 = fma(a_5, v_344, acc0_8);
        acc0_9 = fma(a_5, v_346, acc0_9);
        acc0_10 = fma(a_5, v_348, acc0_10);
        acc0_11 = fma(a_5, v_350, acc0_11);
        acc0_12 = fma(a_5, v_352, acc0_12);
        acc0_13 = fma(a_5, v_354, acc0_13);
        acc0_14 = fma(a_5, v_356, acc0_14);
        acc0_15 = fma(a_5, v_358, acc0_15);
        acc0_16 = fma(a_5, v_360, acc0_16);
        acc0_17 = fma(a_5, v_362, acc0_17);
        acc0_18 = fma(a_5, v_364, acc0_18);
        acc0_19 = fma(a_5, v_366, acc0_19);
        acc0_20 = fma(a_5, v_368, acc0_20);
        acc0_21 = fma(a_5, v_370, acc0_21);
        acc0_22 = fma(a_5, v_372, acc0_22);
        acc0_23 = fma(a_5, v_374, acc0_23);
        acc0_24 = fma(a_5, v_376, acc0_24);
        acc0_25 = fma(a_5, v_378, acc0_25);
        acc0_26 = fma(a_5, v_380, acc0_26);
        acc0_27 = fma(a_5, v_382, acc0_27);
        acc0_28 = fma(a_5, v_384, acc0_28);
        acc0_29 = fma(a_5, v_386, acc0_29);
        acc0_30 = fma(a_5, v_388, acc0_30);
        acc0_31 = fma(a_5, v_390, acc0_31);
        let a_6: f32 = tile_a[i32(tcc_local_id.y) + 6];
        var v_392: f32 = 0.0;
        if (c0 < 56) {
            let v_393: f32 = in_w[(k0 + 6) * 56 + c0];
            v_392 = v_393;
        }
        var v_394: f32 = 0.0;
        if (c1 < 56) {
            let v_395: f32 = in_w[(k0 + 6) * 56 + c1];
            v_394 = v_395;
        }
        var v_396: f32 = 0.0;
        if (c2 < 56) {
            let v_397: f32 = in_w[(k0 + 6) * 56 + c2];
            v_396 = v_397;
        }
        var v_398: f32 = 0.0;
        if (c3 < 56) {
            let v_399: f32 = in_w[(k0 + 6) * 56 + c3];
            v_398 = v_399;
        }
        var v_400: f32 = 0.0;
        if (c4 < 56) {
            let v_401: f32 = in_w[(k0 + 6) * 56 + c4];
            v_400 = v_401;
        }
        var v_402: f32 = 0.0;
        if (c5 < 56) {
            let v_403: f32 = in_w[(k0 + 6) * 56 + c5];
            v_402 = v_403;
        }
        var v_404: f32 = 0.0;
        if (c6 < 56) {
            let v_405: f32 = in_w[(k0 + 6) * 56 + c6];
            v_404 = v_405;
        }
        var v_406: f32 = 0.0;
        if (c7 < 56) {
            let v_407: f32 = in_w[(k0 + 6) * 56 + c7];
            v_406 = v_407;
        }
        var v_408: f32 = 0.0;
        if (c8 < 56) {
            let v_409: f32 = in_w[(k0 + 6) * 56 + c8];
            v_408 = v_409;
        }
        var v_410: f32 = 0.0;
        if (c9 < 56) {
            let v_411: f32 = in_w[(k0 + 6) * 56 + c9];
            v_410 = v_411;
        }
        var v_412: f32 = 0.0;
        if (c10 < 56) {
            let v_413: f32 = in_w[(k0 + 6) * 56 + c10];
            v_412 = v_413;
        }
        var v_414: f32 = 0.0;
        if (c11 < 56) {
            let v_415: f32 = in_w[(k0 + 6) * 56 + c11];
            v_414 = v_415;
        }
        var v_416: f32 = 0.0;
        if (c12 < 56) {
            let v_417: f32 = in_w[(k0 + 6) * 56 + c12];
            v_416 = v_417;
        }
        var v_418: f32 = 0.0;
        if (c13 < 56) {
            let v_419: f32 = in_w[(k0 + 6) * 56 + c13];
            v_418 = v_419;
        }
        var v_420: f32 = 0.0;
        if (c14 < 56) {
            let v_421: f32 = in_w[(k0 + 6) * 56 + c14];
            v_420 = v_421;
        }
        var v_422: f32 = 0.0;
        if (c15 < 56) {
            let v_423: f32 = in_w[(k0 + 6) * 56 + c15];
            v_422 = v_423;
        }
        var v_424: f32 = 0.0;
        if (c16 < 56) {
            let v_425: f32 = in_w[(k0 + 6) * 56 + c16];
            v_424 = v_425;
        }
        var v_426: f32 = 0.0;
        if (c17 < 56) {
            let v_427: f32 = in_w[(k0 + 6) * 56 + c17];
            v_426 = v_427;
        }
        var v_428: f32 = 0.0;
        if (c18 < 56) {
            let v_429: f32 = in_w[(k0 + 6) * 56 + c18];
            v_428 = v_429;
        }
        var v_430: f32 = 0.0;
        if (c19 < 56) {
            let v_431: f32 = in_w[(k0 + 6) * 56 + c19];
            v_430 = v_431;
        }
        var v_432: f32 = 0.0;
        if (c20 < 56) {
            let v_433: f32 = in_w[(k0 + 6) * 56 + c20];
            v_432 = v_433;
        }
        var v_434: f32 = 0.0;
        if (c21 < 56) {
            let v_435: f32 = in_w[(k0 + 6) * 56 + c21];
            v_434 = v_435;
        }
        var v_436: f32 = 0.0;
        if (c22 < 56) {
            let v_437: f32 = in_w[(k0 + 6) * 56 + c22];
            v_436 = v_437;
        }
        var v_438: f32 = 0.0;
        if (c23 < 56) {
            let v_439: f32 = in_w[(k0 + 6) * 56 + c23];
            v_438 = v_439;
        }
        var v_440: f32 = 0.0;
        if (c24 < 56) {
            let v_441: f32 = in_w[(k0 + 6) * 56 + c24];
            v_440 = v_441;
        }
        var v_442: f32 = 0.0;
        if (c25 < 56) {
            let v_443: f32 = in_w[(k0 + 6) * 56 + c25];
            v_442 = v_443;
        }
        var v_444: f32 = 0.0;
        if (c26 < 56) {
            let v_445: f32 = in_w[(k0 + 6) * 56 + c26];
            v_444 = v_445;
        }
        var v_446: f32 = 0.0;
        if (c27 < 56) {
            let v_447: f32 = in_w[(k0 + 6) * 56 + c27];
            v_446 = v_447;
        }
        var v_448: f32 = 0.0;
        if (c28 < 56) {
            let v_449: f32 = in_w[(k0 + 6) * 56 + c28];
            v_448 = v_449;
        }
        var v_450: f32 = 0.0;
        if (c29 < 56) {
            let v_451: f32 = in_w[(k0 + 6) * 56 + c29];
            v_450 = v_451;
        }
        var v_452: f32 = 0.0;
        if (c30 < 56) {
            let v_453: f32 = in_w[(k0 + 6) * 56 + c30];
            v_452 = v_453;
        }
        var v_454: f32 = 0.0;
        if (c31 < 56) {
            let v_455: f32 = in_w[(k0 + 6) * 56 + c31];
            v_454 = v_455;
        }
        acc0_0 = fma(a_6, v_392, acc0_0);
        acc0_1 = fma(a_6, v_394, acc0_1);
        acc0_2 = fma(a_6, v_396, acc0_2);
        acc0_3 = fma(a_6, v_398, acc0_3);
        acc0_4 = fma(a_6, v_400, acc0_4);
        acc0_5 = fma(a_6, v_402, acc0_5);
        acc0_6 = fma(a_6, v_404, acc0_6);
        acc0_7 = fma(a_6, v_406, acc0_7);
        acc0_8 = fma(a_6, v_408, acc0_8);
        acc0_9 = fma(a_6, v_410, acc0_9);
        acc0_10 = fma(a_6, v_412, acc0_10);
        acc0_11 = fma(a_6, v_414, acc0_11);
        acc0_12 = fma(a_6, v_416, acc0_12);
        acc0_13 = fma(a_6, v_418, acc0_13);
        acc0_14 = fma(a_6, v_420, acc0_14);
        acc0_15 = fma(a_6, v_422, acc0_15);
        acc0_16 = fma(a_6, v_424, acc0_16);
        acc0_17 = fma(a_6, v_426, acc0_17);
        acc0_18 = fma(a_6, v_428, acc0_18);
        acc0_19 = fma(a_6, v_430, acc0_19);
        acc0_20 = fma(a_6, v_432, acc0_20);
        acc0_21 = fma(a_6, v_434, acc0_21);
        acc0_22 = fma(a_6, v_436, acc0_22);
        acc0_23 = fma(a_6, v_438, acc0_23);
        acc0_24 = fma(a_6, v_440, acc0_24);
        acc0_25 = fma(a_6, v_442, acc0_25);
        acc0_26 = fma(a_6, v_444, acc0_26);
        acc0_27 = fma(a_6, v_446, acc0_27);
        acc0_28 = fma(a_6, v_448, acc0_28);
        acc0_29 = fma(a_6, v_450, acc0_29);
        acc0_30 = fma(a_6, v_452, acc0_30);
        acc0_31 = fma(a_6, v_454, acc0_31);
        let a_7: f32 = tile_a[i32(tcc_local_id.y) + 7];
        var v_456: f32 = 0.0;
        if (c0 < 56) {
            let v_457: f32 = in_w[(k0 + 7) * 56 + c0];
            v_456 = v_457;
        }
        var v_458: f32 = 0.0;
        if (c1 < 56) {
            let v_459: f32 = in_w[(k0 + 7) * 56 + c1];
            v_458 = v_459;
        }
        var v_460: f32 = 0.0;
        if (c2 < 56) {
            let v_461: f32 = in_w[(k0 + 7) * 56 + c2];
            v_460 = v_461;
        }
        var v_462: f32 = 0.0;
        if (c3 < 56) {
            let v_463: f32 = in_w[(k0 + 7) * 56 + c3];
            v_462 = v_463;
        }
        var v_464: f32 = 0.0;
        if (c4 < 56) {
            let v_465: f32 = in_w[(k0 + 7) * 56 + c4];
            v_464 = v_465;
        }
        var v_466: f32 = 0.0;
        if (c5 < 56) {
            let v_467: f32 = in_w[(k0 + 7) * 56 + c5];
            v_466 = v_467;
        }
        var v_468: f32 = 0.0;
        if (c6 < 56) {
            let v_469: f32 = in_w[(k0 + 7) * 56 + c6];
            v_468 = v_469;
        }
        var v_470: f32 = 0.0;
        if (c7 < 56) {
            let v_471: f32 = in_w[(k0 + 7) * 56 + c7];
            v_470 = v_471;
        }
        var v_472: f32 = 0.0;
        if (c8 < 56) {
            let v_473: f32 = in_w[(k0 + 7) * 56 + c8];
            v_472 = v_473;
        }
        var v_474: f32 = 0.0;
        if (c9 < 56) {
            let v_475: f32 = in_w[(k0 + 7) * 56 + c9];
            v_474 = v_475;
        }
        var v_476: f32 = 0.0;
        if (c10 < 56) {
            let v_477: f32 = in_w[(k0 + 7) * 56 + c10];
            v_476 = v_477;
        }
        var v_478: f32 = 0.0;
        if (c11 < 56) {
            let v_479: f32 = in_w[(k0 + 7) * 56 + c11];
            v_478 = v_479;
        }
        var v_480: f32 = 0.0;
        if (c12 < 56) {
            let v_481: f32 = in_w[(k0 + 7) * 56 + c12];
            v_480 = v_481;
        }
        var v_482: f32 = 0.0;
        if (c13 < 56) {
            let v_483: f32 = in_w[(k0 + 7) * 56 + c13];
            v_482 = v_483;
        }
        var v_484: f32 = 0.0;
        if (c14 < 56) {
            let v_485: f32 = in_w[(k0 + 7) * 56 + c14];
            v_484 = v_485;
        }
        var v_486: f32 = 0.0;
        if (c15 < 56) {
            let v_487: f32 = in_w[(k0 + 7) * 56 + c15];
            v_486 = v_487;
        }
        var v_488: f32 = 0.0;
        if (c16 < 56) {
            let v_489: f32 = in_w[(k0 + 7) * 56 + c16];
            v_488 = v_489;
        }
        var v_490: f32 = 0.0;
        if (c17 < 56) {
            let v_491: f32 = in_w[(k0 + 7) * 56 + c17];
            v_490 = v_491;
        }
        var v_492: f32 = 0.0;
        if (c18 < 56) {
            let v_493: f32 = in_w[(k0 + 7) * 56 + c18];
            v_492 = v_493;
        }
        var v_494: f32 = 0.0;
        if (c19 < 56) {
            let v_495: f32 = in_w[(k0 + 7) * 56 + c19];
            v_494 = v_495;
        }
        var v_496: f32 = 0.0;
        if (c20 < 56) {
            let v_497: f32 = in_w[(k0 + 7) * 56 + c20];
            v_496 = v_497;
        }
        var v_498: f32 = 0.0;
        if (c21 < 56) {
            let v_499: f32 = in_w[(k0 + 7) * 56 + c21];
            v_498 = v_499;
        }
        var v_500: f32 = 0.0;
        if (c22 < 56) {
            let v_501: f32 = in_w[(k0 + 7) * 56 + c22];
            v_500 = v_501;
        }
        var v_502: f32 = 0.0;
        if (c23 < 56) {
            let v_503: f32 = in_w[(k0 + 7) * 56 + c23];
            v_502 = v_503;
        }
        var v_504: f32 = 0.0;
        if (c24 < 56) {
            let v_505: f32 = in_w[(k0 + 7) * 56 + c24];
            v_504 = v_505;
        }
        var v_506: f32 = 0.0;
        if (c25 < 56) {
            let v_507: f32 = in_w[(k0 + 7) * 56 + c25];
            v_506 = v_507;
        }
        var v_508: f32 = 0.0;
        if (c26 < 56) {
            let v_509: f32 = in_w[(k0 + 7) * 56 + c26];
            v_508 = v_509;
        }
        var v_510: f32 = 0.0;
        if (c27 < 56) {
            let v_511: f32 = in_w[(k0 + 7) * 56 + c27];
            v_510 = v_511;
        }
        var v_512: f32 = 0.0;
        if (c28 < 56) {
            let v_513: f32 = in_w[(k0 + 7) * 56 + c28];
            v_512 = v_513;
        }
        var v_514: f32 = 0.0;
        if (c29 < 56) {
            let v_515: f32 = in_w[(k0 + 7) * 56 + c29];
            v_514 = v_515;
        }
        var v_516: f32 = 0.0;
        if (c30 < 56) {
            let v_517: f32 = in_w[(k0 + 7) * 56 + c30];
            v_516 = v_517;
        }
        var v_518: f32 = 0.0;
        if (c31 < 56) {
            let v_519: f32 = in_w[(k0 + 7) * 56 + c31];
            v_518 = v_519;
        }
        acc0_0 = fma(a_7, v_456, acc0_0);
        acc0_1 = fma(a_7, v_458, acc0_1);
        acc0_2 = fma(a_7, v_460, acc0_2);
        acc0_3 = fma(a_7, v_462, acc0_3);
        acc0_4 = fma(a_7, v_464, acc0_4);
        acc0_5 = fma(a_7, v_466, acc0_5);
        acc0_6 = fma(a_7, v_468, acc0_6);
        acc0_7 = fma(a_7, v_470, acc0_7);
        acc0_8 = fma(a_7, v_472, acc0_8);
        acc0_9 = fma(a_7, v_474, acc0_9);
        acc0_10 = fma(a_7, v_476, acc0_10);
        acc0_11 = fma(a_7, v_478, acc0_11);
        acc0_12 = fma(a_7, v_480, acc0_12);
        acc0_13 = fma(a_7, v_482, acc0_13);
        acc0_14 = fma(a_7, v_484, acc0_14);
        acc0_15 = fma(a_7, v_486, acc0_15);
        acc0_16 = fma(a_7, v_488, acc0_16);
        acc0_17 = fma(a_7, v_490, acc0_17);
        acc0_18 = fma(a_7, v_492, acc0_18);
        acc0_19 = fma(a_7, v_494, acc0_19);
        acc0_20 = fma(a_7, v_496, acc0_20);
        acc0_21 = fma(a_7, v_498, acc0_21);
        acc0_22 = fma(a_7, v_500, acc0_22);
        acc0_23 = fma(a_7, v_502, acc0_23);
        acc0_24 = fma(a_7, v_504, acc0_24);
        acc0_25 = fma(a_7, v_506, acc0_25);
        acc0_26 = fma(a_7, v_508, acc0_26);
        acc0_27 = fma(a_7, v_510, acc0_27);
        acc0_28 = fma(a_7, v_512, acc0_28);
        acc0_29 = fma(a_7, v_514, acc0_29);
        acc0_30 = fma(a_7, v_516, acc0_30);
        acc0_31 = fma(a_7, v_518, acc0_31);
        let a_8: f32 = tile_a[i32(tcc_local_id.y) + 8];
        var v_520: f32 = 0.0;
        if (c0 < 56) {
            let v_521: f32 = in_w[(k0 + 8) * 56 + c0];
            v_520 = v_521;
        }
        var v_522: f32 = 0.0;
        if (c1 < 56) {
            let v_523: f32 = in_w[(k0 + 8) * 56 + c1];
            v_522 = v_523;
        }
        var v_524: f32 = 0.0;
        if (c2 < 56) {
            let v_525: f32 = in_w[(k0 + 8) * 56 + c2];
            v_524 = v_525;
        }
        var v_526: f32 = 0.0;
        if (c3 < 56) {
            let v_527: f32 = in_w[(k0 + 8) * 56 + c3];
            v_526 = v_527;
        }
        var v_528: f32 = 0.0;
        if (c4 < 56) {
            let v_529: f32 = in_w[(k0 + 8) * 56 + c4];
            v_528 = v_529;
        }
        var v_530: f32 = 0.0;
        if (c5 < 56) {
            let v_531: f32 = in_w[(k0 + 8) * 56 + c5];
            v_530 = v_531;
        }
        var v_532: f32 = 0.0;
        if (c6 < 56) {
            let v_533: f32 = in_w[(k0 + 8) * 56 + c6];
            v_532 = v_533;
        }
        var v_534: f32 = 0.0;
        if (c7 < 56) {
            let v_535: f32 = in_w[(k0 + 8) * 56 + c7];
            v_534 = v_535;
        }
        var v_536: f32 = 0.0;
        if (c8 < 56) {
            let v_537: f32 = in_w[(k0 + 8) * 56 + c8];
            v_536 = v_537;
        }
        var v_538: f32 = 0.0;
        if (c9 < 56) {
            let v_539: f32 = in_w[(k0 + 8) * 56 + c9];
            v_538 = v_539;
        }
        var v_540: f32 = 0.0;
        if (c10 < 56) {
            let v_541: f32 = in_w[(k0 + 8) * 56 + c10];
            v_540 = v_541;
        }
        var v_542: f32 = 0.0;
        if (c11 < 56) {
            let v_543: f32 = in_w[(k0 + 8) * 56 + c11];
            v_542 = v_543;
        }
        var v_544: f32 = 0.0;
        if (c12 < 56) {
            let v_545: f32 = in_w[(k0 + 8) * 56 + c12];
            v_544 = v_545;
        }
        var v_546: f32 = 0.0;
        if (c13 < 56) {
            let v_547: f32 = in_w[(k0 + 8) * 56 + c13];
            v_546 = v_547;
        }
        var v_548: f32 = 0.0;
        if (c14 < 56) {
            let v_549: f32 = in_w[(k0 + 8) * 56 + c14];
            v_548 = v_549;
        }
        var v_550: f32 = 0.0;
        if (c15 < 56) {
            let v_551: f32 = in_w[(k0 + 8) * 56 + c15];
            v_550 = v_551;
        }
        var v_552: f32 = 0.0;
        if (c16 < 56) {
            let v_553: f32 = in_w[(k0 + 8) * 56 + c16];
            v_552 = v_553;
        }
        var v_554: f32 = 0.0;
        if (c17 < 56) {
            let v_555: f32 = in_w[(k0 + 8) * 56 + c17];
            v_554 = v_555;
        }
        var v_556: f32 = 0.0;
        if (c18 < 56) {
            let v_557: f32 = in_w[(k0 + 8) * 56 + c18];
            v_556 = v_557;
        }
        var v_558: f32 = 0.0;
        if (c19 < 56) {
            let v_559: f32 = in_w[(k0 + 8) * 56 + c19];
            v_558 = v_559;
        }
        var v_560: f32 = 0.0;
        if (c20 < 56) {
            let v_561: f32 = in_w[(k0 + 8) * 56 + c20];
            v_560 = v_561;
        }
        var v_562: f32 = 0.0;
        if (c21 < 56) {
            let v_563: f32 = in_w[(k0 + 8) * 56 + c21];
            v_562 = v_563;
        }
        var v_564: f32 = 0.0;
        if (c22 < 56) {
            let v_565: f32 = in_w[(k0 + 8) * 56 + c22];
            v_564 = v_565;
        }
        var v_566: f32 = 0.0;
        if (c23 < 56) {
            let v_567: f32 = in_w[(k0 + 8) * 56 + c23];
            v_566 = v_567;
        }
        var v_568: f32 = 0.0;
        if (c24 < 56) {
            let v_569: f32 = in_w[(k0 + 8) * 56 + c24];
            v_568 = v_569;
        }
        var v_570: f32 = 0.0;
        if (c25 < 56) {
            let v_571: f32 = in_w[(k0 + 8) * 56 + c25];
            v_570 = v_571;
        }
        var v_572: f32 = 0.0;
        if (c26 < 56) {
            let v_573: f32 = in_w[(k0 + 8) * 56 + c26];
            v_572 = v_573;
        }
        var v_574: f32 = 0.0;
        if (c27 < 56) {
            let v_575: f32 = in_w[(k0 + 8) * 56 + c27];
            v_574 = v_575;
        }
        var v_576: f32 = 0.0;
        if (c28 < 56) {
            let v_577: f32 = in_w[(k0 + 8) * 56 + c28];
            v_576 = v_577;
        }
        var v_578: f32 = 0.0;
        if (c29 < 56) {
            let v_579: f32 = in_w[(k0 + 8) * 56 + c29];
            v_578 = v_579;
        }
        var v_580: f32 = 0.0;
        if (c30 < 56) {
            let v_581: f32 = in_w[(k0 + 8) * 56 + c30];
            v_580 = v_581;
        }
        var v_582: f32 = 0.0;
        if (c31 < 56) {
            let v_583: f32 = in_w[(k0 + 8) * 56 + c31];
            v_582 = v_583;
        }
        acc0_0 = fma(a_8, v_520, acc0_0);
        acc0_1 = fma(a_8, v_522, acc0_1);
        acc0_2 = fma(a_8, v_524, acc0_2);
        acc0_3 = fma(a_8, v_526, acc0_3);
        acc0_4 = fma(a_8, v_528, acc0_4);
        acc0_5 = fma(a_8, v_530, acc0_5);
        acc0_6 = fma(a_8, v_532, acc0_6);
        acc0_7 = fma(a_8, v_534, acc0_7);
        acc0_8 = fma(a_8, v_536, acc0_8);
        acc0_9 = fma(a_8, v_538, acc0_9);
        acc0_10 = fma(a_8, v_540, acc0_10);
        acc0_11 = fma(a_8, v_542, acc0_11);
        acc0_12 = fma(a_8, v_544, acc0_12);
        acc0_13 = fma(a_8, v_546, acc0_13);
        acc0_14 = fma(a_8, v_548, acc0_14);
        acc0_15 = fma(a_8, v_550, acc0_15);
        acc0_16 = fma(a_8, v_552, acc0_16);
        acc0_17 = fma(a_8, v_554, acc0_17);
        acc0_18 = fma(a_8, v_556, acc0_18);
        acc0_19 = fma(a_8, v_558, acc0_19);
        acc0_20 = fma(a_8, v_560, acc0_20);
        acc0_21 = fma(a_8, v_562, acc0_21);
        acc0_22 = fma(a_8, v_564, acc0_22);
        acc0_23 = fma(a_8, v_566, acc0_23);
        acc0_24 = fma(a_8, v_568, acc0_24);
        acc0_25 = fma(a_8, v_570, acc0_25);
        acc0_26 = fma(a_8, v_572, acc0_26);
        acc0_27 = fma(a_8, v_574, acc0_27);
        acc0_28 = fma(a_8, v_576, acc0_28);
        acc0_29 = fma(a_8, v_578, acc0_29);
        acc0_30 = fma(a_8, v_580, acc0_30);
        acc0_31 = fma(a_8, v_582, acc0_31);
        let a_9: f32 = tile_a[i32(tcc_local_id.y) + 9];
        var v_584: f32 = 0.0;
        if (c0 < 56) {
            let v_585: f32 = in_w[(k0 + 9) * 56 + c0];
            v_584 = v_585;
        }
        var v_586: f32 = 0.0;
        if (c1 < 56) {
            let v_587: f32 = in_w[(k0 + 9) * 56 + c1];
            v_586 = v_587;
        }
        var v_588: f32 = 0.0;
        if (c2 < 56) {
            let v_589: f32 = in_w[(k0 + 9) * 56 + c2];
            v_588 = v_589;
        }
        var v_590: f32 = 0.0;
        if (c3 < 56) {
            let v_591: f32 = in_w[(k0 + 9) * 56 + c3];
            v_590 = v_591;
        }
        var v_592: f32 = 0.0;
        if (c4 < 56) {
            let v_593: f32 = in_w[(k0 + 9) * 56 + c4];
            v_592 = v_593;
        }
        var v_594: f32 = 0.0;
        if (c5 < 56) {
            let v_595: f32 = in_w[(k0 + 9) * 56 + c5];
            v_594 = v_595;
        }
        var v_596: f32 = 0.0;
        if (c6 < 56) {
            let v_597: f32 = in_w[(k0 + 9) * 56 + c6];
            v_596 = v_597;
        }
        var v_598: f32 = 0.0;
        if (c7 < 56) {
            let v_599: f32 = in_w[(k0 + 9) * 56 + c7];
            v_598 = v_599;
        }
        var v_600: f32 = 0.0;
        if (c8 < 56) {
            let v_601: f32 = in_w[(k0 + 9) * 56 + c8];
            v_600 = v_601;
        }
        var v_602: f32 = 0.0;
        if (c9 < 56) {
            let v_603: f32 = in_w[(k0 + 9) * 56 + c9];
            v_602 = v_603;
        }
        var v_604: f32 = 0.0;
        if (c10 < 56) {
            let v_605: f32 = in_w[(k0 + 9) * 56 + c10];
            v_604 = v_605;
        }
        var v_606: f32 = 0.0;
        if (c11 < 56) {
            let v_607: f32 = in_w[(k0 + 9) * 56 + c11];
            v_606 = v_607;
        }
        var v_608: f32 = 0.0;
        if (c12 < 56) {
            let v_609: f32 = in_w[(k0 + 9) * 56 + c12];
            v_608 = v_609;
        }
        var v_610: f32 = 0.0;
        if (c13 < 56) {
            let v_611: f32 = in_w[(k0 + 9) * 56 + c13];
            v_610 = v_611;
        }
        var v_612: f32 = 0.0;
        if (c14 < 56) {
            let v_613: f32 = in_w[(k0 + 9) * 56 + c14];
            v_612 = v_613;
        }
        var v_614: f32 = 0.0;
        if (c15 < 56) {
            let v_615: f32 = in_w[(k0 + 9) * 56 + c15];
            v_614 = v_615;
        }
        var v_616: f32 = 0.0;
        if (c16 < 56) {
            let v_617: f32 = in_w[(k0 + 9) * 56 + c16];
            v_616 = v_617;
        }
        var v_618: f32 = 0.0;
        if (c17 < 56) {
            let v_619: f32 = in_w[(k0 + 9) * 56 + c17];
            v_618 = v_619;
        }
        var v_620: f32 = 0.0;
        if (c18 < 56) {
            let v_621: f32 = in_w[(k0 + 9) * 56 + c18];
            v_620 = v_621;
        }
        var v_622: f32 = 0.0;
        if (c19 < 56) {
            let v_623: f32 = in_w[(k0 + 9) * 56 + c19];
            v_622 = v_623;
        }
        var v_624: f32 = 0.0;
        if (c20 < 56) {
            let v_625: f32 = in_w[(k0 + 9) * 56 + c20];
            v_624 = v_625;
        }
        var v_626: f32 = 0.0;
        if (c21 < 56) {
            let v_627: f32 = in_w[(k0 + 9) * 56 + c21];
            v_626 = v_627;
        }
        var v_628: f32 = 0.0;
        if (c22 < 56) {
            let v_629: f32 = in_w[(k0 + 9) * 56 + c22];
            v_628 = v_629;
        }
        var v_630: f32 = 0.0;
        if (c23 < 56) {
            let v_631: f32 = in_w[(k0 + 9) * 56 + c23];
            v_630 = v_631;
        }
        var v_632: f32 = 0.0;
        if (c24 < 56) {
            let v_633: f32 = in_w[(k0 + 9) * 56 + c24];
            v_632 = v_633;
        }
        var v_634: f32 = 0.0;
        if (c25 < 56) {
            let v_635: f32 = in_w[(k0 + 9) * 56 + c25];
            v_634 = v_635;
        }
        var v_636: f32 = 0.0;
        if (c26 < 56) {
            let v_637: f32 = in_w[(k0 + 9) * 56 + c26];
            v_636 = v_637;
        }
        var v_638: f32 = 0.0;
        if (c27 < 56) {
            let v_639: f32 = in_w[(k0 + 9) * 56 + c27];
            v_638 = v_639;
        }
        var v_640: f32 = 0.0;
        if (c28 < 56) {
            let v_641: f32 = in_w[(k0 + 9) * 56 + c28];
            v_640 = v_641;
        }
        var v_642: f32 = 0.0;
        if (c29 < 56) {
            let v_643: f32 = in_w[(k0 + 9) * 56 + c29];
            v_642 = v_643;
        }
        var v_644: f32 = 0.0;
        if (c30 < 56) {
            let v_645: f32 = in_w[(k0 + 9) * 56 + c30];
            v_644 = v_645;
        }
        var v_646: f32 = 0.0;
        if (c31 < 56) {
            let v_647: f32 = in_w[(k0 + 9) * 56 + c31];
            v_646 = v_647;
        }
        acc0_0 = fma(a_9, v_584, acc0_0);
        acc0_1 = fma(a_9, v_586, acc0_1);
        acc0_2 = fma(a_9, v_588, acc0_2);
        acc0_3 = fma(a_9, v_590, acc0_3);
        acc0_4 = fma(a_9, v_592, acc0_4);
        acc0_5 = fma(a_9, v_594, acc0_5);
        acc0_6 = fma(a_9, v_596, acc0_6);
        acc0_7 = fma(a_9, v_598, acc0_7);
        acc0_8 = fma(a_9, v_600, acc0_8);
        acc0_9 = fma(a_9, v_602, acc0_9);
        acc0_10 = fma(a_9, v_604, acc0_10);
        acc0_11 = fma(a_9, v_606, acc0_11);
        acc0_12 = fma(a_9, v_608, acc0_12);
        acc0_13 = fma(a_9, v_610, acc0_13);
        acc0_14 = fma(a_9, v_612, acc0_14);
        acc0_15 = fma(a_9, v_614, acc0_15);
        acc0_16 = fma(a_9, v_616, acc0_16);
        acc0_17 = fma(a_9, v_618, acc0_17);
        acc0_18 = fma(a_9, v_620, acc0_18);
        acc0_19 = fma(a_9, v_622, acc0_19);
        acc0_20 = fma(a_9, v_624, acc0_20);
        acc0_21 = fma(a_9, v_626, acc0_21);
        acc0_22 = fma(a_9, v_628, acc0_22);
        acc0_23 = fma(a_9, v_630, acc0_23);
        acc0_24 = fma(a_9, v_632, acc0_24);
        acc0_25 = fma(a_9, v_634, acc0_25);
        acc0_26 = fma(a_9, v_636, acc0_26);
        acc0_27 = fma(a_9, v_638, acc0_27);
        acc0_28 = fma(a_9, v_640, acc0_28);
        acc0_29 = fma(a_9, v_642, acc0_29);
        acc0_30 = fma(a_9, v_644, acc0_30);
        acc0_31 = fma(a_9, v_646, acc0_31);
        let a_10: f32 = tile_a[i32(tcc_local_id.y) + 10];
        var v_648: f32 = 0.0;
        if (c0 < 56) {
            let v_649: f32 = in_w[(k0 + 10) * 56 + c0];
            v_648 = v_649;
        }
        var v_650: f32 = 0.0;
        if (c1 < 56) {
            let v_651: f32 = in_w[(k0 + 10) * 56 + c1];
            v_650 = v_651;
        }
        var v_652: f32 = 0.0;
        if (c2 < 56) {
            let v_653: f32 = in_w[(k0 + 10) * 56 + c2];
            v_652 = v_653;
        }
        var v_654: f32 = 0.0;
        if (c3 < 56) {
            let v_655: f32 = in_w[(k0 + 10) * 56 + c3];
            v_654 = v_655;
        }
        var v_656: f32 = 0.0;
        if (c4 < 56) {
            let v_657: f32 = in_w[(k0 + 10) * 56 + c4];
            v_656 = v_657;
        }
        var v_658: f32 = 0.0;
        if (c5 < 56) {
            let v_659: f32 = in_w[(k0 + 10) * 56 + c5];
            v_658 = v_659;
        }
        var v_660: f32 = 0.0;
        if (c6 < 56) {
            let v_661: f32 = in_w[(k0 + 10) * 56 + c6];
            v_660 = v_661;
        }
        var v_662: f32 = 0.0;
        if (c7 < 56) {
            let v_663: f32 = in_w[(k0 + 10) * 56 + c7];
            v_662 = v_663;
        }
        var v_664: f32 = 0.0;
        if (c8 < 56) {
            let v_665: f32 = in_w[(k0 + 10) * 56 + c8];
            v_664 = v_665;
        }
        var v_666: f32 = 0.0;
        if (c9 < 56) {
            let v_667: f32 = in_w[(k0 + 10) * 56 + c9];
            v_666 = v_667;
        }
        var v_668: f32 = 0.0;
        if (c10 < 56) {
            let v_669: f32 = in_w[(k0 + 10) * 56 + c10];
            v_668 = v_669;
        }
        var v_670: f32 = 0.0;
        if (c11 < 56) {
            let v_671: f32 = in_w[(k0 + 10) * 56 + c11];
            v_670 = v_671;
        }
        var v_672: f32 = 0.0;
        if (c12 < 56) {
            let v_673: f32 = in_w[(k0 + 10) * 56 + c12];
            v_672 = v_673;
        }
        var v_674: f32 = 0.0;
        if (c13 < 56) {
            let v_675: f32 = in_w[(k0 + 10) * 56 + c13];
            v_674 = v_675;
        }
        var v_676: f32 = 0.0;
        if (c14 < 56) {
            let v_677: f32 = in_w[(k0 + 10) * 56 + c14];
            v_676 = v_677;
        }
        var v_678: f32 = 0.0;
        if (c15 < 56) {
            let v_679: f32 = in_w[(k0 + 10) * 56 + c15];
            v_678 = v_679;
        }
        var v_680: f32 = 0.0;
        if (c16 < 56) {
            let v_681: f32 = in_w[(k0 + 10) * 56 + c16];
            v_680 = v_681;
        }
        var v_682: f32 = 0.0;
        if (c17 < 56) {
            let v_683: f32 = in_w[(k0 + 10) * 56 + c17];
            v_682 = v_683;
        }
        var v_684: f32 = 0.0;
        if (c18 < 56) {
            let v_685: f32 = in_w[(k0 + 10) * 56 + c18];
            v_684 = v_685;
        }
        var v_686: f32 = 0.0;
        if (c19 < 56) {
            let v_687: f32 = in_w[(k0 + 10) * 56 + c19];
            v_686 = v_687;
        }
        var v_688: f32 = 0.0;
        if (c20 < 56) {
            let v_689: f32 = in_w[(k0 + 10) * 56 + c20];
            v_688 = v_689;
        }
        var v_690: f32 = 0.0;
        if (c21 < 56) {
            let v_691: f32 = in_w[(k0 + 10) * 56 + c21];
            v_690 = v_691;
        }
        var v_692: f32 = 0.0;
        if (c22 < 56) {
            let v_693: f32 = in_w[(k0 + 10) * 56 + c22];
            v_692 = v_693;
        }
        var v_694: f32 = 0.0;
        if (c23 < 56) {
            let v_695: f32 = in_w[(k0 + 10) * 56 + c23];
            v_694 = v_695;
        }
        var v_696: f32 = 0.0;
        if (c24 < 56) {
            let v_697: f32 = in_w[(k0 + 10) * 56 + c24];
            v_696 = v_697;
        }
        var v_698: f32 = 0.0;
        if (c25 < 56) {
            let v_699: f32 = in_w[(k0 + 10) * 56 + c25];
            v_698 = v_699;
        }
        var v_700: f32 = 0.0;
        if (c26 < 56) {
            let v_701: f32 = in_w[(k0 + 10) * 56 + c26];
            v_700 = v_701;
        }
        var v_702: f32 = 0.0;
        if (c27 < 56) {
            let v_703: f32 = in_w[(k0 + 10) * 56 + c27];
            v_702 = v_703;
        }
        var v_704: f32 = 0.0;
        if (c28 < 56) {
            let v_705: f32 = in_w[(k0 + 10) * 56 + c28];
            v_704 = v_705;
        }
        var v_706: f32 = 0.0;
        if (c29 < 56) {
            let v_707: f32 = in_w[(k0 + 10) * 56 + c29];
            v_706 = v_707;
        }
        var v_708: f32 = 0.0;
        if (c30 < 56) {
            let v_709: f32 = in_w[(k0 + 10) * 56 + c30];
            v_708 = v_709;
        }
        var v_710: f32 = 0.0;
        if (c31 < 56) {
            let v_711: f32 = in_w[(k0 + 10) * 56 + c31];
            v_710 = v_711;
        }
        acc0_0 = fma(a_10, v_648, acc0_0);
        acc0_1 = fma(a_10, v_650, acc0_1);
        acc0_2 = fma(a_10, v_652, acc0_2);
        acc0_3 = fma(a_10, v_654, acc0_3);
        acc0_4 = fma(a_10, v_656, acc0_4);
        acc0_5 = fma(a_10, v_658, acc0_5);
        acc0_6 = fma(a_10, v_660, acc0_6);
        acc0_7 = fma(a_10, v_662, acc0_7);
        acc0_8 = fma(a_10, v_664, acc0_8);
        acc0_9 = fma(a_10, v_666, acc0_9);
        acc0_10 = fma(a_10, v_668, acc0_10);
        acc0_11 = fma(a_10, v_670, acc0_11);
        acc0_12 = fma(a_10, v_672, acc0_12);
        acc0_13 = fma(a_10, v_674, acc0_13);
        acc0_14 = fma(a_10, v_676, acc0_14);
        acc0_15 = fma(a_10, v_678, acc0_15);
        acc0_16 = fma(a_10, v_680, acc0_16);
        acc0_17 = fma(a_10, v_682, acc0_17);
        acc0_18 = fma(a_10, v_684, acc0_18);
        acc0_19 = fma(a_10, v_686, acc0_19);
        acc0_20 = fma(a_10, v_688, acc0_20);
        acc0_21 = fma(a_10, v_690, acc0_21);
        acc0_22 = fma(a_10, v_692, acc0_22);
        acc0_23 = fma(a_10, v_694, acc0_23);
        acc0_24 = fma(a_10, v_696, acc0_24);
        acc0_25 = fma(a_10, v_698, acc0_25);
        acc0_26 = fma(a_10, v_700, acc0_26);
        acc0_27 = fma(a_10, v_702, acc0_27);
        acc0_28 = fma(a_10, v_704, acc0_28);
        acc0_29 = fma(a_10, v_706, acc0_29);
        acc0_30 = fma(a_10, v_708, acc0_30);
        acc0_31 = fma(a_10, v_710, acc0_31);
        let a_11: f32 = tile_a[i32(tcc_local_id.y) + 11];
        var v_712: f32 = 0.0;
        if (c0 < 56) {
            let v_713: f32 = in_w[(k0 + 11) * 56 + c0];
            v_712 = v_713;
        }
        var v_714: f32 = 0.0;
        if (c1 < 56) {
            let v_715: f32 = in_w[(k0 + 11) * 56 + c1];
            v_714 = v_715;
        }
        var v_716: f32 = 0.0;
        if (c2 < 56) {
            let v_717: f32 = in_w[(k0 + 11) * 56 + c2];
            v_716 = v_717;
        }
        var v_718: f32 = 0.0;
        if (c3 < 56) {
            let v_719: f32 = in_w[(k0 + 11) * 56 + c3];
            v_718 = v_719;
        }
        var v_720: f32 = 0.0;
        if (c4 < 56) {
            let v_721: f32 = in_w[(k0 + 11) * 56 + c4];
            v_720 = v_721;
        }
        var v_722: f32 = 0.0;
        if (c5 < 56) {
            let v_723: f32 = in_w[(k0 + 11) * 56 + c5];
            v_722 = v_723;
        }
        var v_724: f32 = 0.0;
        if (c6 < 56) {
            let v_725: f32 = in_w[(k0 + 11) * 56 + c6];
            v_724 = v_725;
        }
        var v_726: f32 = 0.0;
        if (c7 < 56) {
            let v_727: f32 = in_w[(k0 + 11) * 56 + c7];
            v_726 = v_727;
        }
        var v_728: f32 = 0.0;
        if (c8 < 56) {
            let v_729: f32 = in_w[(k0 + 11) * 56 + c8];
            v_728 = v_729;
        }
        var v_730: f32 = 0.0;
        if (c9 < 56) {
            let v_731: f32 = in_w[(k0 + 11) * 56 + c9];
            v_730 = v_731;
        }
        var v_732: f32 = 0.0;
        if (c10 < 56) {
            let v_733: f32 = in_w[(k0 + 11) * 56 + c10];
            v_732 = v_733;
        }
        var v_734: f32 = 0.0;
        if (c11 < 56) {
            let v_735: f32 = in_w[(k0 + 11) * 56 + c11];
            v_734 = v_735;
        }
        var v_736: f32 = 0.0;
        if (c12 < 56) {
            let v_737: f32 = in_w[(k0 + 11) * 56 + c12];
            v_736 = v_737;
        }
        var v_738: f32 = 0.0;
        if (c13 < 56) {
            let v_739: f32 = in_w[(k0 + 11) * 56 + c13];
            v_738 = v_739;
        }
        var v_740: f32 = 0.0;
        if (c14 < 56) {
            let v_741: f32 = in_w[(k0 + 11) * 56 + c14];
            v_740 = v_741;
        }
        var v_742: f32 = 0.0;
        if (c15 < 56) {
            let v_743: f32 = in_w[(k0 + 11) * 56 + c15];
            v_742 = v_743;
        }
        var v_744: f32 = 0.0;
        if (c16 < 56) {
            let v_745: f32 = in_w[(k0 + 11) * 56 + c16];
            v_744 = v_745;
        }
        var v_746: f32 = 0.0;
        if (c17 < 56) {
            let v_747: f32 = in_w[(k0 + 11) * 56 + c17];
            v_746 = v_747;
        }
        var v_748: f32 = 0.0;
        if (c18 < 56) {
            let v_749: f32 = in_w[(k0 + 11) * 56 + c18];
            v_748 = v_749;
        }
        var v_750: f32 = 0.0;
        if (c19 < 56) {
            let v_751: f32 = in_w[(k0 + 11) * 56 + c19];
            v_750 = v_751;
        }
        var v_752: f32 = 0.0;
        if (c20 < 56) {
            let v_753: f32 = in_w[(k0 + 11) * 56 + c20];
            v_752 = v_753;
        }
        var v_754: f32 = 0.0;
        if (c21 < 56) {
            let v_755: f32 = in_w[(k0 + 11) * 56 + c21];
            v_754 = v_755;
        }
        var v_756: f32 = 0.0;
        if (c22 < 56) {
            let v_757: f32 = in_w[(k0 + 11) * 56 + c22];
            v_756 = v_757;
        }
        var v_758: f32 = 0.0;
        if (c23 < 56) {
            let v_759: f32 = in_w[(k0 + 11) * 56 + c23];
            v_758 = v_759;
        }
        var v_760: f32 = 0.0;
        if (c24 < 56) {
            let v_761: f32 = in_w[(k0 + 11) * 56 + c24];
            v_760 = v_761;
        }
        var v_762: f32 = 0.0;
        if (c25 < 56) {
            let v_763: f32 = in_w[(k0 + 11) * 56 + c25];
            v_762 = v_763;
        }
        var v_764: f32 = 0.0;
        if (c26 < 56) {
            let v_765: f32 = in_w[(k0 + 11) * 56 + c26];
            v_764 = v_765;
        }
        var v_766: f32 = 0.0;
        if (c27 < 56) {
            let v_767: f32 = in_w[(k0 + 11) * 56 + c27];
            v_766 = v_767;
        }
        var v_768: f32 = 0.0;
        if (c28 < 56) {
            let v_769: f32 = in_w[(k0 + 11) * 56 + c28];
            v_768 = v_769;
        }
        var v_770: f32 = 0.0;
        if (c29 < 56) {
            let v_771: f32 = in_w[(k0 + 11) * 56 + c29];
            v_770 = v_771;
        }
        var v_772: f32 = 0.0;
        if (c30 < 56) {
            let v_773: f32 = in_w[(k0 + 11) * 56 + c30];
            v_772 = v_773;
        }
        var v_774: f32 = 0.0;
        if (c31 < 56) {
            let v_775: f32 = in_w[(k0 + 11) * 56 + c31];
            v_774 = v_775;
        }
        acc0_0 = fma(a_11, v_712, acc0_0);
        acc0_1 = fma(a_11, v_714, acc0_1);
        acc0_2 = fma(a_11, v_716, acc0_2);
        acc0_3 = fma(a_11, v_718, acc0_3);
        acc0_4 = fma(a_11, v_720, acc0_4);
        acc0_5 = fma(a_11, v_722, acc0_5);
        acc0_6 = fma(a_11, v_724, acc0_6);
        acc0_7 = fma(a_11, v_726, acc0_7);
        acc0_8 = fma(a_11, v_728, acc0_8);
        acc0_9 = fma(a_11, v_730, acc0_9);
        acc0_10 = fma(a_11, v_732, acc0_10);
        acc0_11 = fma(a_11, v_734, acc0_11);
        acc0_12 = fma(a_11, v_736, acc0_12);
        acc0_13 = fma(a_11, v_738, acc0_13);
        acc0_14 = fma(a_11, v_740, acc0_14);
        acc0_15 = fma(a_11, v_742, acc0_15);
        acc0_16 = fma(a_11, v_744, acc0_16);
        acc0_17 = fma(a_11, v_746, acc0_17);
        acc0_18 = fma(a_11, v_748, acc0_18);
        acc0_19 = fma(a_11, v_750, acc0_19);
        acc0_20 = fma(a_11, v_752, acc0_20);
        acc0_21 = fma(a_11, v_754, acc0_21);
        acc0_22 = fma(a_11, v_756, acc0_22);
        acc0_23 = fma(a_11, v_758, acc0_23);
        acc0_24 = fma(a_11, v_760, acc0_24);
        acc0_25 = fma(a_11, v_762, acc0_25);
        acc0_26 = fma(a_11, v_764, acc0_26);
        acc0_27 = fma(a_11, v_766, acc0_27);
        acc0_28 = fma(a_11, v_768, acc0_28);
        acc0_29 = fma(a_11, v_770, acc0_29);
        acc0_30 = fma(a_11, v_772, acc0_30);
        acc0_31 = fma(a_11, v_774, acc0_31);
        let a_12: f32 = tile_a[i32(tcc_local_id.y) + 12];
        var v_776: f32 = 0.0;
        if (c0 < 56) {
            let v_777: f32 = in_w[(k0 + 12) * 56 + c0];
            v_776 = v_777;
        }
        var v_778: f32 = 0.0;
        if (c1 < 56) {
            let v_779: f32 = in_w[(k0 + 12) * 56 + c1];
            v_778 = v_779;
        }
        var v_780: f32 = 0.0;
        if (c2 < 56) {
            let v_781: f32 = in_w[(k0 + 12) * 56 + c2];
            v_780 = v_781;
        }
        var v_782: f32 = 0.0;
        if (c3 < 56) {
            let v_783: f32 = in_w[(k0 + 12) * 56 + c3];
            v_782 = v_783;
        }
        var v_784: f32 = 0.0;
        if (c4 < 56) {
            let v_785: f32 = in_w[(k0 + 12) * 56 + c4];
            v_784 = v_785;
        }
        var v_786: f32 = 0.0;
        if (c5 < 56) {
            let v_787: f32 = in_w[(k0 + 12) * 56 + c5];
            v_786 = v_787;
        }
        var v_788: f32 = 0.0;
        if (c6 < 56) {
            let v_789: f32 = in_w[(k0 + 12) * 56 + c6];
            v_788 = v_789;
        }
        var v_790: f32 = 0.0;
        if (c7 < 56) {
            let v_791: f32 = in_w[(k0 + 12) * 56 + c7];
            v_790 = v_791;
        }
        var v_792: f32 = 0.0;
        if (c8 < 56) {
            let v_793: f32 = in_w[(k0 + 12) * 56 + c8];
            v_792 = v_793;
        }
        var v_794: f32 = 0.0;
        if (c9 < 56) {
            let v_795: f32 = in_w[(k0 + 12) * 56 + c9];
            v_794 = v_795;
        }
        var v_796: f32 = 0.0;
        if (c10 < 56) {
            let v_797: f32 = in_w[(k0 + 12) * 56 + c10];
            v_796 = v_797;
        }
        var v_798: f32 = 0.0;
        if (c11 < 56) {
            let v_799: f32 = in_w[(k0 + 12) * 56 + c11];
            v_798 = v_799;
        }
        var v_800: f32 = 0.0;
        if (c12 < 56) {
            let v_801: f32 = in_w[(k0 + 12) * 56 + c12];
            v_800 = v_801;
        }
        var v_802: f32 = 0.0;
        if (c13 < 56) {
            let v_803: f32 = in_w[(k0 + 12) * 56 + c13];
            v_802 = v_803;
        }
        var v_804: f32 = 0.0;
        if (c14 < 56) {
            let v_805: f32 = in_w[(k0 + 12) * 56 + c14];
            v_804 = v_805;
        }
        var v_806: f32 = 0.0;
        if (c15 < 56) {
            let v_807: f32 = in_w[(k0 + 12) * 56 + c15];
            v_806 = v_807;
        }
        var v_808: f32 = 0.0;
        if (c16 < 56) {
            let v_809: f32 = in_w[(k0 + 12) * 56 + c16];
            v_808 = v_809;
        }
        var v_810: f32 = 0.0;
        if (c17 < 56) {
            let v_811: f32 = in_w[(k0 + 12) * 56 + c17];
            v_810 = v_811;
        }
        var v_812: f32 = 0.0;
        if (c18 < 56) {
            let v_813: f32 = in_w[(k0 + 12) * 56 + c18];
            v_812 = v_813;
        }
        var v_814: f32 = 0.0;
        if (c19 < 56) {
            let v_815: f32 = in_w[(k0 + 12) * 56 + c19];
            v_814 = v_815;
        }
        var v_816: f32 = 0.0;
        if (c20 < 56) {
            let v_817: f32 = in_w[(k0 + 12) * 56 + c20];
            v_816 = v_817;
        }
        var v_818: f32 = 0.0;
        if (c21 < 56) {
            let v_819: f32 = in_w[(k0 + 12) * 56 + c21];
            v_818 = v_819;
        }
        var v_820: f32 = 0.0;
        if (c22 < 56) {
            let v_821: f32 = in_w[(k0 + 12) * 56 + c22];
            v_820 = v_821;
        }
        var v_822: f32 = 0.0;
        if (c23 < 56) {
            let v_823: f32 = in_w[(k0 + 12) * 56 + c23];
            v_822 = v_823;
        }
        var v_824: f32 = 0.0;
        if (c24 < 56) {
            let v_825: f32 = in_w[(k0 + 12) * 56 + c24];
            v_824 = v_825;
        }
        var v_826: f32 = 0.0;
        if (c25 < 56) {
            let v_827: f32 = in_w[(k0 + 12) * 56 + c25];
            v_826 = v_827;
        }
        var v_828: f32 = 0.0;
        if (c26 < 56) {
            let v_829: f32 = in_w[(k0 + 12) * 56 + c26];
            v_828 = v_829;
        }
        var v_830: f32 = 0.0;
        if (c27 < 56) {
            let v_831: f32 = in_w[(k0 + 12) * 56 + c27];
            v_830 = v_831;
        }
        var v_832: f32 = 0.0;
        if (c28 < 56) {
            let v_833: f32 = in_w[(k0 + 12) * 56 + c28];
            v_832 = v_833;
        }
        var v_834: f32 = 0.0;
        if (c29 < 56) {
            let v_835: f32 = in_w[(k0 + 12) * 56 + c29];
            v_834 = v_835;
        }
        var v_836: f32 = 0.0;
        if (c30 < 56) {
            let v_837: f32 = in_w[(k0 + 12) * 56 + c30];
            v_836 = v_837;
        }
        var v_838: f32 = 0.0;
        if (c31 < 56) {
            let v_839: f32 = in_w[(k0 + 12) * 56 + c31];
            v_838 = v_839;
        }
        acc0_0 = fma(a_12, v_776, acc0_0);
        acc0_1 = fma(a_12, v_778, acc0_1);
        acc0_2 = fma(a_12, v_780, acc0_2);
        acc0_3 = fma(a_12, v_782, acc0_3);
        acc0_4 = fma(a_12, v_784, acc0_4);
        acc0_5 = fma(a_12, v_786, acc0_5);
        acc0_6 = fma(a_12, v_788, acc0_6);
        acc0_7 = fma(a_12, v_790, acc0_7);
        acc0_8 = fma(a_12, v_792, acc0_8);
        acc0_9 = fma(a_12, v_794, acc0_9);
        acc0_10 = fma(a_12, v_796, acc0_10);
        acc0_11 = fma(a_12, v_798, acc0_11);
        acc0_12 = fma(a_12, v_800, acc0_12);
        acc0_13 = fma(a_12, v_802, acc0_13);
        acc0_14 = fma(a_12, v_804, acc0_14);
        acc0_15 = fma(a_12, v_806, acc0_15);
        acc0_16 = fma(a_12, v_808, acc0_16);
        acc0_17 = fma(a_12, v_810, acc0_17);
        acc0_18 = fma(a_12, v_812, acc0_18);
        acc0_19 = fma(a_12, v_814, acc0_19);
        acc0_20 = fma(a_12, v_816, acc0_20);
        acc0_21 = fma(a_12, v_818, acc0_21);
        acc0_22 = fma(a_12, v_820, acc0_22);
        acc0_23 = fma(a_12, v_822, acc0_23);
        acc0_24 = fma(a_12, v_824, acc0_24);
        acc0_25 = fma(a_12, v_826, acc0_25);
        acc0_26 = fma(a_12, v_828, acc0_26);
        acc0_27 = fma(a_12, v_830, acc0_27);
        acc0_28 = fma(a_12, v_832, acc0_28);
        acc0_29 = fma(a_12, v_834, acc0_29);
        acc0_30 = fma(a_12, v_836, acc0_30);
        acc0_31 = fma(a_12, v_838, acc0_31);
        let a_13: f32 = tile_a[i32(tcc_local_id.y) + 13];
        var v_840: f32 = 0.0;
        if (c0 < 56) {
            let v_841: f32 = in_w[(k0 + 13) * 56 + c0];
            v_840 = v_841;
        }
        var v_842: f32 = 0.0;
        if (c1 < 56) {
            let v_843: f32 = in_w[(k0 + 13) * 56 + c1];
            v_842 = v_843;
        }
        var v_844: f32 = 0.0;
        if (c2 < 56) {
            let v_845: f32 = in_w[(k0 + 13) * 56 + c2];
            v_844 = v_845;
        }
        var v_846: f32 = 0.0;
        if (c3 < 56) {
            let v_847: f32 = in_w[(k0 + 13) * 56 + c3];
            v_846 = v_847;
        }
        var v_848: f32 = 0.0;
        if (c4 < 56) {
            let v_849: f32 = in_w[(k0 + 13) * 56 + c4];
            v_848 = v_849;
        }
        var v_850: f32 = 0.0;
        if (c5 < 56) {
            let v_851: f32 = in_w[(k0 + 13) * 56 + c5];
            v_850 = v_851;
        }
        var v_852: f32 = 0.0;
        if (c6 < 56) {
            let v_853: f32 = in_w[(k0 + 13) * 56 + c6];
            v_852 = v_853;
        }
        var v_854: f32 = 0.0;
        if (c7 < 56) {
            let v_855: f32 = in_w[(k0 + 13) * 56 + c7];
            v_854 = v_855;
        }
        var v_856: f32 = 0.0;
        if (c8 < 56) {
            let v_857: f32 = in_w[(k0 + 13) * 56 + c8];
            v_856 = v_857;
        }
        var v_858: f32 = 0.0;
        if (c9 < 56) {
            let v_859: f32 = in_w[(k0 + 13) * 56 + c9];
            v_858 = v_859;
        }
        var v_860: f32 = 0.0;
        if (c10 < 56) {
            let v_861: f32 = in_w[(k0 + 13) * 56 + c10];
            v_860 = v_861;
        }
        var v_862: f32 = 0.0;
        if (c11 < 56) {
            let v_863: f32 = in_w[(k0 + 13) * 56 + c11];
            v_862 = v_863;
        }
        var v_864: f32 = 0.0;
        if (c12 < 56) {
            let v_865: f32 = in_w[(k0 + 13) * 56 + c12];
            v_864 = v_865;
        }
        var v_866: f32 = 0.0;
        if (c13 < 56) {
            let v_867: f32 = in_w[(k0 + 13) * 56 + c13];
            v_866 = v_867;
        }
        var v_868: f32 = 0.0;
        if (c14 < 56) {
            let v_869: f32 = in_w[(k0 + 13) * 56 + c14];
            v_868 = v_869;
        }
        var v_870: f32 = 0.0;
        if (c15 < 56) {
            let v_871: f32 = in_w[(k0 + 13) * 56 + c15];
            v_870 = v_871;
        }
        var v_872: f32 = 0.0;
        if (c16 < 56) {
            let v_873: f32 = in_w[(k0 + 13) * 56 + c16];
            v_872 = v_873;
        }
        var v_874: f32 = 0.0;
        if (c17 < 56) {
            let v_875: f32 = in_w[(k0 + 13) * 56 + c17];
            v_874 = v_875;
        }
        var v_876: f32 = 0.0;
        if (c18 < 56) {
            let v_877: f32 = in_w[(k0 + 13) * 56 + c18];
            v_876 = v_877;
        }
        var v_878: f32 = 0.0;
        if (c19 < 56) {
            let v_879: f32 = in_w[(k0 + 13) * 56 + c19];
            v_878 = v_879;
        }
        var v_880: f32 = 0.0;
        if (c20 < 56) {
            let v_881: f32 = in_w[(k0 + 13) * 56 + c20];
            v_880 = v_881;
        }
        var v_882: f32 = 0.0;
        if (c21 < 56) {
            let v_883: f32 = in_w[(k0 + 13) * 56 + c21];
            v_882 = v_883;
        }
        var v_884: f32 = 0.0;
        if (c22 < 56) {
            let v_885: f32 = in_w[(k0 + 13) * 56 + c22];
            v_884 = v_885;
        }
        var v_886: f32 = 0.0;
        if (c23 < 56) {
            let v_887: f32 = in_w[(k0 + 13) * 56 + c23];
            v_886 = v_887;
        }
        var v_888: f32 = 0.0;
        if (c24 < 56) {
            let v_889: f32 = in_w[(k0 + 13) * 56 + c24];
            v_888 = v_889;
        }
        var v_890: f32 = 0.0;
        if (c25 < 56) {
            let v_891: f32 = in_w[(k0 + 13) * 56 + c25];
            v_890 = v_891;
        }
        var v_892: f32 = 0.0;
        if (c26 < 56) {
            let v_893: f32 = in_w[(k0 + 13) * 56 + c26];
            v_892 = v_893;
        }
        var v_894: f32 = 0.0;
        if (c27 < 56) {
            let v_895: f32 = in_w[(k0 + 13) * 56 + c27];
            v_894 = v_895;
        }
        var v_896: f32 = 0.0;
        if (c28 < 56) {
            let v_897: f32 = in_w[(k0 + 13) * 56 + c28];
            v_896 = v_897;
        }
        var v_898: f32 = 0.0;
        if (c29 < 56) {
            let v_899: f32 = in_w[(k0 + 13) * 56 + c29];
            v_898 = v_899;
        }
        var v_900: f32 = 0.0;
        if (c30 < 56) {
            let v_901: f32 = in_w[(k0 + 13) * 56 + c30];
            v_900 = v_901;
        }
        var v_902: f32 = 0.0;
        if (c31 < 56) {
            let v_903: f32 = in_w[(k0 + 13) * 56 + c31];
            v_902 = v_903;
        }
        acc0_0 = fma(a_13, v_840, acc0_0);
        acc0_1 = fma(a_13, v_842, acc0_1);
        acc0_2 = fma(a_13, v_844, acc0_2);
        acc0_3 = fma(a_13, v_846, acc0_3);
        acc0_4 = fma(a_13, v_848, acc0_4);
        acc0_5 = fma(a_13, v_850, acc0_5);
        acc0_6 = fma(a_13, v_852, acc0_6);
        acc0_7 = fma(a_13, v_854, acc0_7);
        acc0_8 = fma(a_13, v_856, acc0_8);
        acc0_9 = fma(a_13, v_858, acc0_9);
        acc0_10 = fma(a_13, v_860, acc0_10);
        acc0_11 = fma(a_13, v_862, acc0_11);
        acc0_12 = fma(a_13, v_864, acc0_12);
        acc0_13 = fma(a_13, v_866, acc0_13);
        acc0_14 = fma(a_13, v_868, acc0_14);
        acc0_15 = fma(a_13, v_870, acc0_15);
        acc0_16 = fma(a_13, v_872, acc0_16);
        acc0_17 = fma(a_13, v_874, acc0_17);
        acc0_18 = fma(a_13, v_876, acc0_18);
        acc0_19 = fma(a_13, v_878, acc0_19);
        acc0_20 = fma(a_13, v_880, acc0_20);
        acc0_21 = fma(a_13, v_882, acc0_21);
        acc0_22 = fma(a_13, v_884, acc0_22);
        acc0_23 = fma(a_13, v_886, acc0_23);
        acc0_24 = fma(a_13, v_888, acc0_24);
        acc0_25 = fma(a_13, v_890, acc0_25);
        acc0_26 = fma(a_13, v_892, acc0_26);
        acc0_27 = fma(a_13, v_894, acc0_27);
        acc0_28 = fma(a_13, v_896, acc0_28);
        acc0_29 = fma(a_13, v_898, acc0_29);
        acc0_30 = fma(a_13, v_900, acc0_30);
        acc0_31 = fma(a_13, v_902, acc0_31);
        let a_14: f32 = tile_a[i32(tcc_local_id.y) + 14];
        var v_904: f32 = 0.0;
        if (c0 < 56) {
            let v_905: f32 = in_w[(k0 + 14) * 56 + c0];
            v_904 = v_905;
        }
        var v_906: f32 = 0.0;
        if (c1 < 56) {
            let v_907: f32 = in_w[(k0 + 14) * 56 + c1];
            v_906 = v_907;
        }
        var v_908: f32 = 0.0;
        if (c2 < 56) {
            let v_909: f32 = in_w[(k0 + 14) * 56 + c2];
            v_908 = v_909;
        }
        var v_910: f32 = 0.0;
        if (c3 < 56) {
            let v_911: f32 = in_w[(k0 + 14) * 56 + c3];
            v_910 = v_911;
        }
        var v_912: f32 = 0.0;
        if (c4 < 56) {
            let v_913: f32 = in_w[(k0 + 14) * 56 + c4];
            v_912 = v_913;
        }
        var v_914: f32 = 0.0;
        if (c5 < 56) {
            let v_915: f32 = in_w[(k0 + 14) * 56 + c5];
            v_914 = v_915;
        }
        var v_916: f32 = 0.0;
        if (c6 < 56) {
            let v_917: f32 = in_w[(k0 + 14) * 56 + c6];
            v_916 = v_917;
        }
        var v_918: f32 = 0.0;
        if (c7 < 56) {
            let v_919: f32 = in_w[(k0 + 14) * 56 + c7];
            v_918 = v_919;
        }
        var v_920: f32 = 0.0;
        if (c8 < 56) {
            let v_921: f32 = in_w[(k0 + 14) * 56 + c8];
            v_920 = v_921;
        }
        var v_922: f32 = 0.0;
        if (c9 < 56) {
            let v_923: f32 = in_w[(k0 + 14) * 56 + c9];
            v_922 = v_923;
        }
        var v_924: f32 = 0.0;
        if (c10 < 56) {
            let v_925: f32 = in_w[(k0 + 14) * 56 + c10];
            v_924 = v_925;
        }
        var v_926: f32 = 0.0;
        if (c11 < 56) {
            let v_927: f32 = in_w[(k0 + 14) * 56 + c11];
            v_926 = v_927;
        }
        var v_928: f32 = 0.0;
        if (c12 < 56) {
            let v_929: f32 = in_w[(k0 + 14) * 56 + c12];
            v_928 = v_929;
        }
        var v_930: f32 = 0.0;
        if (c13 < 56) {
            let v_931: f32 = in_w[(k0 + 14) * 56 + c13];
            v_930 = v_931;
        }
        var v_932: f32 = 0.0;
        if (c14 < 56) {
            let v_933: f32 = in_w[(k0 + 14) * 56 + c14];
            v_932 = v_933;
        }
        var v_934: f32 = 0.0;
        if (c15 < 56) {
            let v_935: f32 = in_w[(k0 + 14) * 56 + c15];
            v_934 = v_935;
        }
        var v_936: f32 = 0.0;
        if (c16 < 56) {
            let v_937: f32 = in_w[(k0 + 14) * 56 + c16];
            v_936 = v_937;
        }
        var v_938: f32 = 0.0;
        if (c17 < 56) {
            let v_939: f32 = in_w[(k0 + 14) * 56 + c17];
            v_938 = v_939;
        }
        var v_940: f32 = 0.0;
        if (c18 < 56) {
            let v_941: f32 = in_w[(k0 + 14) * 56 + c18];
            v_940 = v_941;
        }
        var v_942: f32 = 0.0;
        if (c19 < 56) {
            let v_943: f32 = in_w[(k0 + 14) * 56 + c19];
            v_942 = v_943;
        }
        var v_944: f32 = 0.0;
        if (c20 < 56) {
            let v_945: f32 = in_w[(k0 + 14) * 56 + c20];
            v_944 = v_945;
        }
        var v_946: f32 = 0.0;
        if (c21 < 56) {
            let v_947: f32 = in_w[(k0 + 14) * 56 + c21];
            v_946 = v_947;
        }
        var v_948: f32 = 0.0;
        if (c22 < 56) {
            let v_949: f32 = in_w[(k0 + 14) * 56 + c22];
            v_948 = v_949;
        }
        var v_950: f32 = 0.0;
        if (c23 < 56) {
            let v_951: f32 = in_w[(k0 + 14) * 56 + c23];
            v_950 = v_951;
        }
        var v_952: f32 = 0.0;
        if (c24 < 56) {
            let v_953: f32 = in_w[(k0 + 14) * 56 + c24];
            v_952 = v_953;
        }
        var v_954: f32 = 0.0;
        if (c25 < 56) {
            let v_955: f32 = in_w[(k0 + 14) * 56 + c25];
            v_954 = v_955;
        }
        var v_956: f32 = 0.0;
        if (c26 < 56) {
            let v_957: f32 = in_w[(k0 + 14) * 56 + c26];
            v_956 = v_957;
        }
        var v_958: f32 = 0.0;
        if (c27 < 56) {
            let v_959: f32 = in_w[(k0 + 14) * 56 + c27];
            v_958 = v_959;
        }
        var v_960: f32 = 0.0;
        if (c28 < 56) {
            let v_961: f32 = in_w[(k0 + 14) * 56 + c28];
            v_960 = v_961;
        }
        var v_962: f32 = 0.0;
        if (c29 < 56) {
            let v_963: f32 = in_w[(k0 + 14) * 56 + c29];
            v_962 = v_963;
        }
        var v_964: f32 = 0.0;
        if (c30 < 56) {
            let v_965: f32 = in_w[(k0 + 14) * 56 + c30];
            v_964 = v_965;
        }
        var v_966: f32 = 0.0;
        if (c31 < 56) {
            let v_967: f32 = in_w[(k0 + 14) * 56 + c31];
            v_966 = v_967;
        }
        acc0_0 = fma(a_14, v_904, acc0_0);
        acc0_1 = fma(a_14, v_906, acc0_1);
        acc0_2 = fma(a_14, v_908, acc0_2);
        acc0_3 = fma(a_14, v_910, acc0_3);
        acc0_4 = fma(a_14, v_912, acc0_4);
        acc0_5 = fma(a_14, v_914, acc0_5);
        acc0_6 = fma(a_14, v_916, acc0_6);
        acc0_7 = fma(a_14, v_918, acc0_7);
        acc0_8 = fma(a_14, v_920, acc0_8);
        acc0_9 = fma(a_14, v_922, acc0_9);
        acc0_10 = fma(a_14, v_924, acc0_10);
        acc0_11 = fma(a_14, v_926, acc0_11);
        acc0_12 = fma(a_14, v_928, acc0_12);
        acc0_13 = fma(a_14, v_930, acc0_13);
        acc0_14 = fma(a_14, v_932, acc0_14);
        acc0_15 = fma(a_14, v_934, acc0_15);
        acc0_16 = fma(a_14, v_936, acc0_16);
        acc0_17 = fma(a_14, v_938, acc0_17);
        acc0_18 = fma(a_14, v_940, acc0_18);
        acc0_19 = fma(a_14, v_942, acc0_19);
        acc0_20 = fma(a_14, v_944, acc0_20);
        acc0_21 = fma(a_14, v_946, acc0_21);
        acc0_22 = fma(a_14, v_948, acc0_22);
        acc0_23 = fma(a_14, v_950, acc0_23);
        acc0_24 = fma(a_14, v_952, acc0_24);
        acc0_25 = fma(a_14, v_954, acc0_25);
        acc0_26 = fma(a_14, v_956, acc0_26);
        acc0_27 = fma(a_14, v_958, acc0_27);
        acc0_28 = fma(a_14, v_960, acc0_28);
        acc0_29 = fma(a_14, v_962, acc0_29);
        acc0_30 = fma(a_14, v_964, acc0_30);
        acc0_31 = fma(a_14, v_966, acc0_31);
        let a_15: f32 = tile_a[i32(tcc_local_id.y) + 15];
        var v_968: f32 = 0.0;
        if (c0 < 56) {
            let v_969: f32 = in_w[(k0 + 15) * 56 + c0];
            v_968 = v_969;
        }
        var v_970: f32 = 0.0;
        if (c1 < 56) {
            let v_971: f32 = in_w[(k0 + 15) * 56 + c1];
            v_970 = v_971;
        }
        var v_972: f32 = 0.0;
        if (c2 < 56) {
            let v_973: f32 = in_w[(k0 + 15) * 56 + c2];
            v_972 = v_973;
        }
        var v_974: f32 = 0.0;
        if (c3 < 56) {
            let v_975: f32 = in_w[(k0 + 15) * 56 + c3];
            v_974 = v_975;
        }
        var v_976: f32 = 0.0;
        if (c4 < 56) {
            let v_977: f32 = in_w[(k0 + 15) * 56 + c4];
            v_976 = v_977;
        }
        var v_978: f32 = 0.0;
        if (c5 < 56) {
            let v_979: f32 = in_w[(k0 + 15) * 56 + c5];
            v_978 = v_979;
        }
        var v_980: f32 = 0.0;
        if (c6 < 56) {
            let v_981: f32 = in_w[(k0 + 15) * 56 + c6];
            v_980 = v_981;
        }
        var v_982: f32 = 0.0;
        if (c7 < 56) {
            let v_983: f32 = in_w[(k0 + 15) * 56 + c7];
            v_982 = v_983;
        }
        var v_984: f32 = 0.0;
        if (c8 < 56) {
            let v_985: f32 = in_w[(k0 + 15) * 56 + c8];
            v_984 = v_985;
        }
        var v_986: f32 = 0.0;
        if (c9 < 56) {
            let v_987: f32 = in_w[(k0 + 15) * 56 + c9];
            v_986 = v_987;
        }
        var v_988: f32 = 0.0;
        if (c10 < 56) {
            let v_989: f32 = in_w[(k0 + 15) * 56 + c10];
            v_988 = v_989;
        }
        var v_990: f32 = 0.0;
        if (c11 < 56) {
            let v_991: f32 = in_w[(k0 + 15) * 56 + c11];
            v_990 = v_991;
        }
        var v_992: f32 = 0.0;
        if (c12 < 56) {
            let v_993: f32 = in_w[(k0 + 15) * 56 + c12];
            v_992 = v_993;
        }
        var v_994: f32 = 0.0;
        if (c13 < 56) {
            let v_995: f32 = in_w[(k0 + 15) * 56 + c13];
            v_994 = v_995;
        }
        var v_996: f32 = 0.0;
        if (c14 < 56) {
            let v_997: f32 = in_w[(k0 + 15) * 56 + c14];
            v_996 = v_997;
        }
        var v_998: f32 = 0.0;
        if (c15 < 56) {
            let v_999: f32 = in_w[(k0 + 15) * 56 + c15];
            v_998 = v_999;
        }
        var v_1000: f32 = 0.0;
        if (c16 < 56) {
            let v_1001: f32 = in_w[(k0 + 15) * 56 + c16];
            v_1000 = v_1001;
        }
        var v_1002: f32 = 0.0;
        if (c17 < 56) {
            let v_1003: f32 = in_w[(k0 + 15) * 56 + c17];
            v_1002 = v_1003;
        }
        var v_1004: f32 = 0.0;
        if (c18 < 56) {
            let v_1005: f32 = in_w[(k0 + 15) * 56 + c18];
            v_1004 = v_1005;
        }
        var v_1006: f32 = 0.0;
        if (c19 < 56) {
            let v_1007: f32 = in_w[(k0 + 15) * 56 + c19];
            v_1006 = v_1007;
        }
        var v_1008: f32 = 0.0;
        if (c20 < 56) {
            let v_1009: f32 = in_w[(k0 + 15) * 56 + c20];
            v_1008 = v_1009;
        }
        var v_1010: f32 = 0.0;
        if (c21 < 56) {
            let v_1011: f32 = in_w[(k0 + 15) * 56 + c21];
            v_1010 = v_1011;
        }
        var v_1012: f32 = 0.0;
        if (c22 < 56) {
            let v_1013: f32 = in_w[(k0 + 15) * 56 + c22];
            v_1012 = v_1013;
        }
        var v_1014: f32 = 0.0;
        if (c23 < 56) {
            let v_1015: f32 = in_w[(k0 + 15) * 56 + c23];
            v_1014 = v_1015;
        }
        var v_1016: f32 = 0.0;
        if (c24 < 56) {
            let v_1017: f32 = in_w[(k0 + 15) * 56 + c24];
            v_1016 = v_1017;
        }
        var v_1018: f32 = 0.0;
        if (c25 < 56) {
            let v_1019: f32 = in_w[(k0 + 15) * 56 + c25];
            v_1018 = v_1019;
        }
        var v_1020: f32 = 0.0;
        if (c26 < 56) {
            let v_1021: f32 = in_w[(k0 + 15) * 56 + c26];
            v_1020 = v_1021;
        }
        var v_1022: f32 = 0.0;
        if (c27 < 56) {
            let v_1023: f32 = in_w[(k0 + 15) * 56 + c27];
            v_1022 = v_1023;
        }
        var v_1024: f32 = 0.0;
        if (c28 < 56) {
            let v_1025: f32 = in_w[(k0 + 15) * 56 + c28];
            v_1024 = v_1025;
        }
        var v_1026: f32 = 0.0;
        if (c29 < 56) {
            let v_1027: f32 = in_w[(k0 + 15) * 56 + c29];
            v_1026 = v_1027;
        }
        var v_1028: f32 = 0.0;
        if (c30 < 56) {
            let v_1029: f32 = in_w[(k0 + 15) * 56 + c30];
            v_1028 = v_1029;
        }
        var v_1030: f32 = 0.0;
        if (c31 < 56) {
            let v_1031: f32 = in_w[(k0 + 15) * 56 + c31];
            v_1030 = v_1031;
        }
        acc0_0 = fma(a_15, v_968, acc0_0);
        acc0_1 = fma(a_15, v_970, acc0_1);
        acc0_2 = fma(a_15, v_972, acc0_2);
        acc0_3 = fma(a_15, v_974, acc0_3);
        acc0_4 = fma(a_15, v_976, acc0_4);
        acc0_5 = fma(a_15, v_978, acc0_5);
        acc0_6 = fma(a_15, v_980, acc0_6);
        acc0_7 = fma(a_15, v_982, acc0_7);
        acc0_8 = fma(a_15, v_984, acc0_8);
        acc0_9 = fma(a_15, v_986, acc0_9);
        acc0_10 = fma(a_15, v_988, acc0_10);
        acc0_11 = fma(a_15, v_990, acc0_11);
        acc0_12 = fma(a_15, v_992, acc0_12);
        acc0_13 = fma(a_15, v_994, acc0_13);
        acc0_14 = fma(a_15, v_996, acc0_14);
        acc0_15 = fma(a_15, v_998, acc0_15);
        acc0_16 = fma(a_15, v_1000, acc0_16);
        acc0_17 = fma(a_15, v_1002, acc0_17);
        acc0_18 = fma(a_15, v_1004, acc0_18);
        acc0_19 = fma(a_15, v_1006, acc0_19);
        acc0_20 = fma(a_15, v_1008, acc0_20);
        acc0_21 = fma(a_15, v_1010, acc0_21);
        acc0_22 = fma(a_15, v_1012, acc0_22);
        acc0_23 = fma(a_15, v_1014, acc0_23);
        acc0_24 = fma(a_15, v_1016, acc0_24);
        acc0_25 = fma(a_15, v_1018, acc0_25);
        acc0_26 = fma(a_15, v_1020, acc0_26);
        acc0_27 = fma(a_15, v_1022, acc0_27);
        acc0_28 = fma(a_15, v_1024, acc0_28);
        acc0_29 = fma(a_15, v_1026, acc0_29);
        acc0_30 = fma(a_15, v_1028, acc0_30);
        acc0_31 = fma(a_15, v_1030, acc0_31);
        workgroupBarrier();
    }
    if (c0 < 56) {
        let lin: i32 = (i32(tcc_group_id.z) * 2 + r0) * 56 + c0;
        let i0: i32 = lin / 56;
        let i1: i32 = lin % 56;
        let v_1032: f32 = in_w_1[i1];
        out_add[lin] = acc0_0 + v_1032;
    }
    if (c1 < 56) {
        let lin_1: i32 = (i32(tcc_group_id.z) * 2 + r0) * 56 + c1;
        let i0_1: i32 = lin_1 / 56;
        let i1_1: i32 = lin_1 % 56;
        let v_1033: f32 = in_w_1[i1_1];
        out_add[lin_1] = acc0_1 + v_1033;
    }
    if (c2 < 56) {
        let lin_2: i32 = (i32(tcc_group_id.z) * 2 + r0) * 56 + c2;
        let i0_2: i32 = lin_2 / 56;
        let i1_2: i32 = lin_2 % 56;
        let v_1034: f32 = in_w_1[i1_2];
        out_add[lin_2] = acc0_2 + v_1034;
    }
    if (c3 < 56) {
        let lin_3: i32 = (i32(tcc_group_id.z) * 2 + r0) * 56 + c3;
        let i0_3: i32 = lin_3 / 56;
        let i1_3: i32 = lin_3 % 56;
        let v_1035: f32 = in_w_1[i1_3];
        out_add[lin_3] = acc0_3 + v_1035;
    }
    if (c4 < 56) {
        let lin_4: i32 = (i32(tcc_group_id.z) * 2 + r0) * 56 + c4;
        let i0_4: i32 = lin_4 / 56;
        let i1_4: i32 = lin_4 % 56;
        let v_1036: f32 = in_w_1[i1_4];
        out_add[lin_4] = acc0_4 + v_1036;
    }
    if (c5 < 56) {
        let lin_5: i32 = (i32(tcc_group_id.z) * 2 + r0) * 56 + c5;
        let i0_5: i32 = lin_5 / 56;
        let i1_5: i32 = lin_5 % 56;
        let v_1037: f32 = in_w_1[i1_5];
        out_add[lin_5] = acc0_5 + v_1037;
    }
    if (c6 < 56) {
        let lin_6: i32 = (i32(tcc_group_id.z) * 2 + r0) * 56 + c6;
        let i0_6: i32 = lin_6 / 56;
        let i1_6: i32 = lin_6 % 56;
        let v_1038: f32 = in_w_1[i1_6];
        out_add[lin_6] = acc0_6 + v_1038;
    }
    if (c7 < 56) {
        let lin_7: i32 = (i32(tcc_group_id.z) * 2 + r0) * 56 + c7;
        let i0_7: i32 = lin_7 / 56;
        let i1_7: i32 = lin_7 % 56;
        let v_1039: f32 = in_w_1[i1_7];
        out_add[lin_7] = acc0_7 + v_1039;
    }
    if (c8 < 56) {
        let lin_8: i32 = (i32(tcc_group_id.z) * 2 + r0) * 56 + c8;
        let i0_8: i32 = lin_8 / 56;
        let i1_8: i32 = lin_8 % 56;
        let v_1040: f32 = in_w_1[i1_8];
        out_add[lin_8] = acc0_8 + v_1040;
    }
    if (c9 < 56) {
        let lin_9: i32 = (i32(tcc_group_id.z) * 2 + r0) * 56 + c9;
        let i0_9: i32 = lin_9 / 56;
        let i1_9: i32 = lin_9 % 56;
        let v_1041: f32 = in_w_1[i1_9];
        out_add[lin_9] = acc0_9 + v_1041;
    }
    if (c10 < 56) {
        let lin_10: i32 = (i32(tcc_group_id.z) * 2 + r0) * 56 + c10;
        let i0_10: i32 = lin_10 / 56;
        let i1_10: i32 = lin_10 % 56;
        let v_1042: f32 = in_w_1[i1_10];
        out_add[lin_10] = acc0_10 + v_1042;
    }
    if (c11 < 56) {
        let lin_11: i32 = (i32(tcc_group_id.z) * 2 + r0) * 56 + c11;
        let i0_11: i32 = lin_11 / 56;
        let i1_11: i32 = lin_11 % 56;
        let v_1043: f32 = in_w_1[i1_11];
        out_add[lin_11] = acc0_11 + v_1043;
    }
    if (c12 < 56) {
        let lin_12: i32 = (i32(tcc_group_id.z) * 2 + r0) * 56 + c12;
        let i0_12: i32 = lin_12 / 56;
        let i1_12: i32 = lin_12 % 56;
        let v_1044: f32 = in_w_1[i1_12];
        out_add[lin_12] = acc0_12 + v_1044;
    }
    if (c13 < 56) {
        let lin_13: i32 = (i32(tcc_group_id.z) * 2 + r0) * 56 + c13;
        let i0_13: i32 = lin_13 / 56;
        let i1_13: i32 = lin_13 % 56;
        let v_1045: f32 = in_w_1[i1_13];
        out_add[lin_13] = acc0_13 + v_1045;
    }
    if (c14 < 56) {
        let lin_14: i32 = (i32(tcc_group_id.z) * 2 + r0) * 56 + c14;
        let i0_14: i32 = lin_14 / 56;
        let i1_14: i32 = lin_14 % 56;
        let v_1046: f32 = in_w_1[i1_14];
        out_add[lin_14] = acc0_14 + v_1046;
    }
    if (c15 < 56) {
        let lin_15: i32 = (i32(tcc_group_id.z) * 2 + r0) * 56 + c15;
        let i0_15: i32 = lin_15 / 56;
        let i1_15: i32 = lin_15 % 56;
        let v_1047: f32 = in_w_1[i1_15];
        out_add[lin_15] = acc0_15 + v_1047;
    }
    if (c16 < 56) {
        let lin_16: i32 = (i32(tcc_group_id.z) * 2 + r0) * 56 + c16;
        let i0_16: i32 = lin_16 / 56;
        let i1_16: i32 = lin_16 % 56;
        let v_1048: f32 = in_w_1[i1_16];
        out_add[lin_16] = acc0_16 + v_1048;
    }
    if (c17 < 56) {
        let lin_17: i32 = (i32(tcc_group_id.z) * 2 + r0) * 56 + c17;
        let i0_17: i32 = lin_17 / 56;
        let i1_17: i32 = lin_17 % 56;
        let v_1049: f32 = in_w_1[i1_17];
        out_add[lin_17] = acc0_17 + v_1049;
    }
    if (c18 < 56) {
        let lin_18: i32 = (i32(tcc_group_id.z) * 2 + r0) * 56 + c18;
        let i0_18: i32 = lin_18 / 56;
        let i1_18: i32 = lin_18 % 56;
        let v_1050: f32 = in_w_1[i1_18];
        out_add[lin_18] = acc0_18 + v_1050;
    }
    if (c19 < 56) {
        let lin_19: i32 = (i32(tcc_group_id.z) * 2 + r0) * 56 + c19;
        let i0_19: i32 = lin_19 / 56;
        let i1_19: i32 = lin_19 % 56;
        let v_1051: f32 = in_w_1[i1_19];
        out_add[lin_19] = acc0_19 + v_1051;
    }
    if (c20 < 56) {
        let lin_20: i32 = (i32(tcc_group_id.z) * 2 + r0) * 56 + c20;
        let i0_20: i32 = lin_20 / 56;
        let i1_20: i32 = lin_20 % 56;
        let v_1052: f32 = in_w_1[i1_20];
        out_add[lin_20] = acc0_20 + v_1052;
    }
    if (c21 < 56) {
        let lin_21: i32 = (i32(tcc_group_id.z) * 2 + r0) * 56 + c21;
        let i0_21: i32 = lin_21 / 56;
        let i1_21: i32 = lin_21 % 56;
        let v_1053: f32 = in_w_1[i1_21];
        out_add[lin_21] = acc0_21 + v_1053;
    }
    if (c22 < 56) {
        let lin_22: i32 = (i32(tcc_group_id.z) * 2 + r0) * 56 + c22;
        let i0_22: i32 = lin_22 / 56;
        let i1_22: i32 = lin_22 % 56;
        let v_1054: f32 = in_w_1[i1_22];
        out_add[lin_22] = acc0_22 + v_1054;
    }
    if (c23 < 56) {
        let lin_23: i32 = (i32(tcc_group_id.z) * 2 + r0) * 56 + c23;
        let i0_23: i32 = lin_23 / 56;
        let i1_23: i32 = lin_23 % 56;
        let v_1055: f32 = in_w_1[i1_23];
        out_add[lin_23] = acc0_23 + v_1055;
    }
    if (c24 < 56) {
        let lin_24: i32 = (i32(tcc_group_id.z) * 2 + r0) * 56 + c24;
        let i0_24: i32 = lin_24 / 56;
        let i1_24: i32 = lin_24 % 56;
        let v_1056: f32 = in_w_1[i1_24];
        out_add[lin_24] = acc0_24 + v_1056;
    }
    if (c25 < 56) {
        let lin_25: i32 = (i32(tcc_group_id.z) * 2 + r0) * 56 + c25;
        let i0_25: i32 = lin_25 / 56;
        let i1_25: i32 = lin_25 % 56;
        let v_1057: f32 = in_w_1[i1_25];
        out_add[lin_25] = acc0_25 + v_1057;
    }
    if (c26 < 56) {
        let lin_26: i32 = (i32(tcc_group_id.z) * 2 + r0) * 56 + c26;
        let i0_26: i32 = lin_26 / 56;
        let i1_26: i32 = lin_26 % 56;
        let v_1058: f32 = in_w_1[i1_26];
        out_add[lin_26] = acc0_26 + v_1058;
    }
    if (c27 < 56) {
        let lin_27: i32 = (i32(tcc_group_id.z) * 2 + r0) * 56 + c27;
        let i0_27: i32 = lin_27 / 56;
        let i1_27: i32 = lin_27 % 56;
        let v_1059: f32 = in_w_1[i1_27];
        out_add[lin_27] = acc0_27 + v_1059;
    }
    if (c28 < 56) {
        let lin_28: i32 = (i32(tcc_group_id.z) * 2 + r0) * 56 + c28;
        let i0_28: i32 = lin_28 / 56;
        let i1_28: i32 = lin_28 % 56;
        let v_1060: f32 = in_w_1[i1_28];
        out_add[lin_28] = acc0_28 + v_1060;
    }
    if (c29 < 56) {
        let lin_29: i32 = (i32(tcc_group_id.z) * 2 + r0) * 56 + c29;
        let i0_29: i32 = lin_29 / 56;
        let i1_29: i32 = lin_29 % 56;
        let v_1061: f32 = in_w_1[i1_29];
        out_add[lin_29] = acc0_29 + v_1061;
    }
    if (c30 < 56) {
        let lin_30: i32 = (i32(tcc_group_id.z) * 2 + r0) * 56 + c30;
        let i0_30: i32 = lin_30 / 56;
        let i1_30: i32 = lin_30 % 56;
        let v_1062: f32 = in_w_1[i1_30];
        out_add[lin_30] = acc0_30 + v_1062;
    }
    if (c31 < 56) {
        let lin_31: i32 = (i32(tcc_group_id.z) * 2 + r0) * 56 + c31;
        let i0_31: i32 = lin_31 / 56;
        let i1_31: i32 = lin_31 % 56;
        let v_1063: f32 = in_w_1[i1_31];
        out_add[lin_31] = acc0_31 + v_1063;
    }
}
