@group(0) @binding(0) var<storage, read> in_x: array<f32>;
@group(0) @binding(1) var<storage, read> in_w: array<f32>;
@group(0) @binding(2) var<storage, read> in_w_1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out_add: array<f32>;

var<workgroup> tile_a: array<f32, 16>;

@compute @workgroup_size(4, 1, 1)
fn k0_matmul(@builtin(local_invocation_id) tcc_local_id: vec3<u32>, @builtin(workgroup_id) tcc_group_id: vec3<u32>)
{
    let row0: i32 = i32(tcc_group_id.y) * 1;
    let col0: i32 = i32(tcc_group_id.x) * 64;
    let slot: i32 = i32(tcc_local_id.y) * 4 + i32(tcc_local_id.x);
    let r0: i32 = row0 + i32(tcc_local_id.y);
    let c0: i32 = col0 + i32(tcc_local_id.x) * 16;
    let c1: i32 = col0 + (i32(tcc_local_id.x) * 16 + 1);
    let c2: i32 = col0 + (i32(tcc_local_id.x) * 16 + 2);
    let c3: i32 = col0 + (i32(tcc_local_id.x) * 16 + 3);
    let c4: i32 = col0 + (i32(tcc_local_id.x) * 16 + 4);
    let c5: i32 = col0 + (i32(tcc_local_id.x) * 16 + 5);
    let c6: i32 = col0 + (i32(tcc_local_id.x) * 16 + 6);
    let c7: i32 = col0 + (i32(tcc_local_id.x) * 16 + 7);
    let c8: i32 = col0 + (i32(tcc_local_id.x) * 16 + 8);
    let c9: i32 = col0 + (i32(tcc_local_id.x) * 16 + 9);
    let c10: i32 = col0 + (i32(tcc_local_id.x) * 16 + 10);
    let c11: i32 = col0 + (i32(tcc_local_id.x) * 16 + 11);
    let c12: i32 = col0 + (i32(tcc_local_id.x) * 16 + 12);
    let c13: i32 = col0 + (i32(tcc_local_id.x) * 16 + 13);
    let c14: i32 = col0 + (i32(tcc_local_id.x) * 16 + 14);
    let c15: i32 = col0 + (i32(tcc_local_id.x) * 16 + 15);
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
    for (var k0: i32 = 0; k0 < 16; k0 += 16) {
        {
            let sr: i32 = slot / 16;
            let sc: i32 = slot % 16;
            let si: i32 = row0 + sr;
            let sj: i32 = k0 + sc;
            let v: f32 = in_x[si * 16 + sj];
            tile_a[sc + sr] = v;
        }
        let idx: i32 = slot + 4;
        {
            let sr_1: i32 = idx / 16;
            let sc_1: i32 = idx % 16;
            let si_1: i32 = row0 + sr_1;
            let sj_1: i32 = k0 + sc_1;
            let v_1: f32 = in_x[si_1 * 16 + sj_1];
            tile_a[sc_1 + sr_1] = v_1;
        }
        let idx_1: i32 = slot + 8;
        {
            let sr_2: i32 = idx_1 / 16;
            let sc_2: i32 = idx_1 % 16;
            let si_2: i32 = row0 + sr_2;
            let sj_2: i32 = k0 + sc_2;
            let v_2: f32 = in_x[si_2 * 16 + sj_2];
            tile_a[sc_2 + sr_2] = v_2;
        }
        let idx_2: i32 = slot + 12;
        {
            let sr_3: i32 = idx_2 / 16;
            let sc_3: i32 = idx_2 % 16;
            let si_3: i32 = row0 + sr_3;
            let sj_3: i32 = k0 + sc_3;
            let v_3: f32 = in_x[si_3 * 16 + sj_3];
            tile_a[sc_3 + sr_3] = v_3;
        }
        workgroupBarrier();
        let a: f32 = tile_a[i32(tcc_local_id.y)];
        var v_4: f32 = 0.0;
        if (c0 < 56) {
            let v_5: f32 = in_w[k0 * 56 + c0];
            v_4 = v_5;
        }
        var v_6: f32 = 0.0;
        if (c1 < 56) {
            let v_7: f32 = in_w[k0 * 56 + c1];
            v_6 = v_7;
        }
        var v_8: f32 = 0.0;
        if (c2 < 56) {
            let v_9: f32 = in_w[k0 * 56 + c2];
            v_8 = v_9;
        }
        var v_10: f32 = 0.0;
        if (c3 < 56) {
            let v_11: f32 = in_w[k0 * 56 + c3];
            v_10 = v_11;
        }
        var v_12: f32 = 0.0;
        if (c4 < 56) {
            let v_13: f32 = in_w[k0 * 56 + c4];
            v_12 = v_13;
        }
        var v_14: f32 = 0.0;
        if (c5 < 56) {
            let v_15: f32 = in_w[k0 * 56 + c5];
            v_14 = v_15;
        }
        var v_16: f32 = 0.0;
        if (c6 < 56) {
            let v_17: f32 = in_w[k0 * 56 + c6];
            v_16 = v_17;
        }
        var v_18: f32 = 0.0;
        if (c7 < 56) {
            let v_19: f32 = in_w[k0 * 56 + c7];
            v_18 = v_19;
        }
        var v_20: f32 = 0.0;
        if (c8 < 56) {
            let v_21: f32 = in_w[k0 * 56 + c8];
            v_20 = v_21;
        }
        var v_22: f32 = 0.0;
        if (c9 < 56) {
            let v_23: f32 = in_w[k0 * 56 + c9];
            v_22 = v_23;
        }
        var v_24: f32 = 0.0;
        if (c10 < 56) {
            let v_25: f32 = in_w[k0 * 56 + c10];
            v_24 = v_25;
        }
        var v_26: f32 = 0.0;
        if (c11 < 56) {
            let v_27: f32 = in_w[k0 * 56 + c11];
            v_26 = v_27;
        }
        var v_28: f32 = 0.0;
        if (c12 < 56) {
            let v_29: f32 = in_w[k0 * 56 + c12];
            v_28 = v_29;
        }
        var v_30: f32 = 0.0;
        if (c13 < 56) {
            let v_31: f32 = in_w[k0 * 56 + c13];
            v_30 = v_31;
        }
        var v_32: f32 = 0.0;
        if (c14 < 56) {
            let v_33: f32 = in_w[k0 * 56 + c14];
            v_32 = v_33;
        }
        var v_34: f32 = 0.0;
        if (c15 < 56) {
            let v_35: f32 = in_w[k0 * 56 + c15];
            v_34 = v_35;
        }
        acc0_0 = fma(a, v_4, acc0_0);
        acc0_1 = fma(a, v_6, acc0_1);
        acc0_2 = fma(a, v_8, acc0_2);
        acc0_3 = fma(a, v_10, acc0_3);
        acc0_4 = fma(a, v_12, acc0_4);
        acc0_5 = fma(a, v_14, acc0_5);
        acc0_6 = fma(a, v_16, acc0_6);
        acc0_7 = fma(a, v_18, acc0_7);
        acc0_8 = fma(a, v_20, acc0_8);
        acc0_9 = fma(a, v_22, acc0_9);
        acc0_10 = fma(a, v_24, acc0_10);
        acc0_11 = fma(a, v_26, acc0_11);
        acc0_12 = fma(a, v_28, acc0_12);
        acc0_13 = fma(a, v_30, acc0_13);
        acc0_14 = fma(a, v_32, acc0_14);
        acc0_15 = fma(a, v_34, acc0_15);
        let a_1: f32 = tile_a[i32(tcc_local_id.y) + 1];
        var v_36: f32 = 0.0;
        if (c0 < 56) {
            let v_37: f32 = in_w[(k0 + 1) * 56 + c0];
            v_36 = v_37;
        }
        var v_38: f32 = 0.0;
        if (c1 < 56) {
            let v_39: f32 = in_w[(k0 + 1) * 56 + c1];
            v_38 = v_39;
        }
        var v_40: f32 = 0.0;
        if (c2 < 56) {
            let v_41: f32 = in_w[(k0 + 1) * 56 + c2];
            v_40 = v_41;
        }
        var v_42: f32 = 0.0;
        if (c3 < 56) {
            let v_43: f32 = in_w[(k0 + 1) * 56 + c3];
            v_42 = v_43;
        }
        var v_44: f32 = 0.0;
        if (c4 < 56) {
            let v_45: f32 = in_w[(k0 + 1) * 56 + c4];
            v_44 = v_45;
        }
        var v_46: f32 = 0.0;
        if (c5 < 56) {
            let v_47: f32 = in_w[(k0 + 1) * 56 + c5];
            v_46 = v_47;
        }
        var v_48: f32 = 0.0;
        if (c6 < 56) {
            let v_49: f32 = in_w[(k0 + 1) * 56 + c6];
            v_48 = v_49;
        }
        var v_50: f32 = 0.0;
        if (c7 < 56) {
            let v_51: f32 = in_w[(k0 + 1) * 56 + c7];
            v_50 = v_51;
        }
        var v_52: f32 = 0.0;
        if (c8 < 56) {
            let v_53: f32 = in_w[(k0 + 1) * 56 + c8];
            v_52 = v_53;
        }
        var v_54: f32 = 0.0;
        if (c9 < 56) {
            let v_55: f32 = in_w[(k0 + 1) * 56 + c9];
            v_54 = v_55;
        }
        var v_56: f32 = 0.0;
        if (c10 < 56) {
            let v_57: f32 = in_w[(k0 + 1) * 56 + c10];
            v_56 = v_57;
        }
        var v_58: f32 = 0.0;
        if (c11 < 56) {
            let v_59: f32 = in_w[(k0 + 1) * 56 + c11];
            v_58 = v_59;
        }
        var v_60: f32 = 0.0;
        if (c12 < 56) {
            let v_61: f32 = in_w[(k0 + 1) * 56 + c12];
            v_60 = v_61;
        }
        var v_62: f32 = 0.0;
        if (c13 < 56) {
            let v_63: f32 = in_w[(k0 + 1) * 56 + c13];
            v_62 = v_63;
        }
        var v_64: f32 = 0.0;
        if (c14 < 56) {
            let v_65: f32 = in_w[(k0 + 1) * 56 + c14];
            v_64 = v_65;
        }
        var v_66: f32 = 0.0;
        if (c15 < 56) {
            let v_67: f32 = in_w[(k0 + 1) * 56 + c15];
            v_66 = v_67;
        }
        acc0_0 = fma(a_1, v_36, acc0_0);
        acc0_1 = fma(a_1, v_38, acc0_1);
        acc0_2 = fma(a_1, v_40, acc0_2);
        acc0_3 = fma(a_1, v_42, acc0_3);
        acc0_4 = fma(a_1, v_44, acc0_4);
        acc0_5 = fma(a_1, v_46, acc0_5);
        acc0_6 = fma(a_1, v_48, acc0_6);
        acc0_7 = fma(a_1, v_50, acc0_7);
        acc0_8 = fma(a_1, v_52, acc0_8);
        acc0_9 = fma(a_1, v_54, acc0_9);
        acc0_10 = fma(a_1, v_56, acc0_10);
        acc0_11 = fma(a_1, v_58, acc0_11);
        acc0_12 = fma(a_1, v_60, acc0_12);
        acc0_13 = fma(a_1, v_62, acc0_13);
        acc0_14 = fma(a_1, v_64, acc0_14);
        acc0_15 = fma(a_1, v_66, acc0_15);
        let a_2: f32 = tile_a[i32(tcc_local_id.y) + 2];
        var v_68: f32 = 0.0;
        if (c0 < 56) {
            let v_69: f32 = in_w[(k0 + 2) * 56 + c0];
            v_68 = v_69;
        }
        var v_70: f32 = 0.0;
        if (c1 < 56) {
            let v_71: f32 = in_w[(k0 + 2) * 56 + c1];
            v_70 = v_71;
        }
        var v_72: f32 = 0.0;
        if (c2 < 56) {
            let v_73: f32 = in_w[(k0 + 2) * 56 + c2];
            v_72 = v_73;
        }
        var v_74: f32 = 0.0;
        if (c3 < 56) {
            let v_75: f32 = in_w[(k0 + 2) * 56 + c3];
            v_74 = v_75;
        }
        var v_76: f32 = 0.0;
        if (c4 < 56) {
            let v_77: f32 = in_w[(k0 + 2) * 56 + c4];
            v_76 = v_77;
        }
        var v_78: f32 = 0.0;
        if (c5 < 56) {
            let v_79: f32 = in_w[(k0 + 2) * 56 + c5];
            v_78 = v_79;
        }
        var v_80: f32 = 0.0;
        if (c6 < 56) {
            let v_81: f32 = in_w[(k0 + 2) * 56 + c6];
            v_80 = v_81;
        }
        var v_82: f32 = 0.0;
        if (c7 < 56) {
            let v_83: f32 = in_w[(k0 + 2) * 56 + c7];
            v_82 = v_83;
        }
        var v_84: f32 = 0.0;
        if (c8 < 56) {
            let v_85: f32 = in_w[(k0 + 2) * 56 + c8];
            v_84 = v_85;
        }
        var v_86: f32 = 0.0;
        if (c9 < 56) {
            let v_87: f32 = in_w[(k0 + 2) * 56 + c9];
            v_86 = v_87;
        }
        var v_88: f32 = 0.0;
        if (c10 < 56) {
            let v_89: f32 = in_w[(k0 + 2) * 56 + c10];
            v_88 = v_89;
        }
        var v_90: f32 = 0.0;
        if (c11 < 56) {
            let v_91: f32 = in_w[(k0 + 2) * 56 + c11];
            v_90 = v_91;
        }
        var v_92: f32 = 0.0;
        if (c12 < 56) {
            let v_93: f32 = in_w[(k0 + 2) * 56 + c12];
            v_92 = v_93;
        }
        var v_94: f32 = 0.0;
        if (c13 < 56) {
            let v_95: f32 = in_w[(k0 + 2) * 56 + c13];
            v_94 = v_95;
        }
        var v_96: f32 = 0.0;
        if (c14 < 56) {
            let v_97: f32 = in_w[(k0 + 2) * 56 + c14];
            v_96 = v_97;
        }
        var v_98: f32 = 0.0;
        if (c15 < 56) {
            let v_99: f32 = in_w[(k0 + 2) * 56 + c15];
            v_98 = v_99;
        }
        acc0_0 = fma(a_2, v_68, acc0_0);
        acc0_1 = fma(a_2, v_70, acc0_1);
        acc0_2 = fma(a_2, v_72, acc0_2);
        acc0_3 = fma(a_2, v_74, acc0_3);
        acc0_4 = fma(a_2, v_76, acc0_4);
        acc0_5 = fma(a_2, v_78, acc0_5);
        acc0_6 = fma(a_2, v_80, acc0_6);
        acc0_7 = fma(a_2, v_82, acc0_7);
        acc0_8 = fma(a_2, v_84, acc0_8);
        acc0_9 = fma(a_2, v_86, acc0_9);
        acc0_10 = fma(a_2, v_88, acc0_10);
        acc0_11 = fma(a_2, v_90, acc0_11);
        acc0_12 = fma(a_2, v_92, acc0_12);
        acc0_13 = fma(a_2, v_94, acc0_13);
        acc0_14 = fma(a_2, v_96, acc0_14);
        acc0_15 = fma(a_2, v_98, acc0_15);
        let a_3: f32 = tile_a[i32(tcc_local_id.y) + 3];
        var v_100: f32 = 0.0;
        if (c0 < 56) {
            let v_101: f32 = in_w[(k0 + 3) * 56 + c0];
            v_100 = v_101;
        }
        var v_102: f32 = 0.0;
        if (c1 < 56) {
            let v_103: f32 = in_w[(k0 + 3) * 56 + c1];
            v_102 = v_103;
        }
        var v_104: f32 = 0.0;
        if (c2 < 56) {
            let v_105: f32 = in_w[(k0 + 3) * 56 + c2];
            v_104 = v_105;
        }
        var v_106: f32 = 0.0;
        if (c3 < 56) {
            let v_107: f32 = in_w[(k0 + 3) * 56 + c3];
            v_106 = v_107;
        }
        var v_108: f32 = 0.0;
        if (c4 < 56) {
            let v_109: f32 = in_w[(k0 + 3) * 56 + c4];
            v_108 = v_109;
        }
        var v_110: f32 = 0.0;
        if (c5 < 56) {
            let v_111: f32 = in_w[(k0 + 3) * 56 + c5];
            v_110 = v_111;
        }
        var v_112: f32 = 0.0;
        if (c6 < 56) {
            let v_113: f32 = in_w[(k0 + 3) * 56 + c6];
            v_112 = v_113;
        }
        var v_114: f32 = 0.0;
        if (c7 < 56) {
            let v_115: f32 = in_w[(k0 + 3) * 56 + c7];
            v_114 = v_115;
        }
        var v_116: f32 = 0.0;
        if (c8 < 56) {
            let v_117: f32 = in_w[(k0 + 3) * 56 + c8];
            v_116 = v_117;
        }
        var v_118: f32 = 0.0;
        if (c9 < 56) {
            let v_119: f32 = in_w[(k0 + 3) * 56 + c9];
            v_118 = v_119;
        }
        var v_120: f32 = 0.0;
        if (c10 < 56) {
            let v_121: f32 = in_w[(k0 + 3) * 56 + c10];
            v_120 = v_121;
        }
        var v_122: f32 = 0.0;
        if (c11 < 56) {
            let v_123: f32 = in_w[(k0 + 3) * 56 + c11];
            v_122 = v_123;
        }
        var v_124: f32 = 0.0;
        if (c12 < 56) {
            let v_125: f32 = in_w[(k0 + 3) * 56 + c12];
            v_124 = v_125;
        }
        var v_126: f32 = 0.0;
        if (c13 < 56) {
            let v_127: f32 = in_w[(k0 + 3) * 56 + c13];
            v_126 = v_127;
        }
        var v_128: f32 = 0.0;
        if (c14 < 56) {
            let v_129: f32 = in_w[(k0 + 3) * 56 + c14];
            v_128 = v_129;
        }
        var v_130: f32 = 0.0;
        if (c15 < 56) {
            let v_131: f32 = in_w[(k0 + 3) * 56 + c15];
            v_130 = v_131;
        }
        acc0_0 = fma(a_3, v_100, acc0_0);
        acc0_1 = fma(a_3, v_102, acc0_1);
        acc0_2 = fma(a_3, v_104, acc0_2);
        acc0_3 = fma(a_3, v_106, acc0_3);
        acc0_4 = fma(a_3, v_108, acc0_4);
        acc0_5 = fma(a_3, v_110, acc0_5);
        acc0_6 = fma(a_3, v_112, acc0_6);
        acc0_7 = fma(a_3, v_114, acc0_7);
        acc0_8 = fma(a_3, v_116, acc0_8);
        acc0_9 = fma(a_3, v_118, acc0_9);
        acc0_10 = fma(a_3, v_120, acc0_10);
        acc0_11 = fma(a_3, v_122, acc0_11);
        acc0_12 = fma(a_3, v_124, acc0_12);
        acc0_13 = fma(a_3, v_126, acc0_13);
        acc0_14 = fma(a_3, v_128, acc0_14);
        acc0_15 = fma(a_3, v_130, acc0_15);
        let a_4: f32 = tile_a[i32(tcc_local_id.y) + 4];
        var v_132: f32 = 0.0;
        if (c0 < 56) {
            let v_133: f32 = in_w[(k0 + 4) * 56 + c0];
            v_132 = v_133;
        }
        var v_134: f32 = 0.0;
        if (c1 < 56) {
            let v_135: f32 = in_w[(k0 + 4) * 56 + c1];
            v_134 = v_135;
        }
        var v_136: f32 = 0.0;
        if (c2 < 56) {
            let v_137: f32 = in_w[(k0 + 4) * 56 + c2];
            v_136 = v_137;
        }
        var v_138: f32 = 0.0;
        if (c3 < 56) {
            let v_139: f32 = in_w[(k0 + 4) * 56 + c3];
            v_138 = v_139;
        }
        var v_140: f32 = 0.0;
        if (c4 < 56) {
            let v_141: f32 = in_w[(k0 + 4) * 56 + c4];
            v_140 = v_141;
        }
        var v_142: f32 = 0.0;
        if (c5 < 56) {
            let v_143: f32 = in_w[(k0 + 4) * 56 + c5];
            v_142 = v_143;
        }
        var v_144: f32 = 0.0;
        if (c6 < 56) {
            let v_145: f32 = in_w[(k0 + 4) * 56 + c6];
            v_144 = v_145;
        }
        var v_146: f32 = 0.0;
        if (c7 < 56) {
            let v_147: f32 = in_w[(k0 + 4) * 56 + c7];
            v_146 = v_147;
        }
        var v_148: f32 = 0.0;
        if (c8 < 56) {
            let v_149: f32 = in_w[(k0 + 4) * 56 + c8];
            v_148 = v_149;
        }
        var v_150: f32 = 0.0;
        if (c9 < 56) {
            let v_151: f32 = in_w[(k0 + 4) * 56 + c9];
            v_150 = v_151;
        }
        var v_152: f32 = 0.0;
        if (c10 < 56) {
            let v_153: f32 = in_w[(k0 + 4) * 56 + c10];
            v_152 = v_153;
        }
        var v_154: f32 = 0.0;
        if (c11 < 56) {
            let v_155: f32 = in_w[(k0 + 4) * 56 + c11];
            v_154 = v_155;
        }
        var v_156: f32 = 0.0;
        if (c12 < 56) {
            let v_157: f32 = in_w[(k0 + 4) * 56 + c12];
            v_156 = v_157;
        }
        var v_158: f32 = 0.0;
        if (c13 < 56) {
            let v_159: f32 = in_w[(k0 + 4) * 56 + c13];
            v_158 = v_159;
        }
        var v_160: f32 = 0.0;
        if (c14 < 56) {
            let v_161: f32 = in_w[(k0 + 4) * 56 + c14];
            v_160 = v_161;
        }
        var v_162: f32 = 0.0;
        if (c15 < 56) {
            let v_163: f32 = in_w[(k0 + 4) * 56 + c15];
            v_162 = v_163;
        }
        acc0_0 = fma(a_4, v_132, acc0_0);
        acc0_1 = fma(a_4, v_134, acc0_1);
        acc0_2 = fma(a_4, v_136, acc0_2);
        acc0_3 = fma(a_4, v_138, acc0_3);
        acc0_4 = fma(a_4, v_140, acc0_4);
        acc0_5 = fma(a_4, v_142, acc0_5);
        acc0_6 = fma(a_4, v_144, acc0_6);
        acc0_7 = fma(a_4, v_146, acc0_7);
        acc0_8 = fma(a_4, v_148, acc0_8);
        acc0_9 = fma(a_4, v_150, acc0_9);
        acc0_10 = fma(a_4, v_152, acc0_10);
        acc0_11 = fma(a_4, v_154, acc0_11);
        acc0_12 = fma(a_4, v_156, acc0_12);
        acc0_13 = fma(a_4, v_158, acc0_13);
        acc0_14 = fma(a_4, v_160, acc0_14);
        acc0_15 = fma(a_4, v_162, acc0_15);
        let a_5: f32 = tile_a[i32(tcc_local_id.y) + 5];
        var v_164: f32 = 0.0;
        if (c0 < 56) {
            let v_165: f32 = in_w[(k0 + 5) * 56 + c0];
            v_164 = v_165;
        }
        var v_166: f32 = 0.0;
        if (c1 < 56) {
            let v_167: f32 = in_w[(k0 + 5) * 56 + c1];
            v_166 = v_167;
        }
        var v_168: f32 = 0.0;
        if (c2 < 56) {
            let v_169: f32 = in_w[(k0 + 5) * 56 + c2];
            v_168 = v_169;
        }
        var v_170: f32 = 0.0;
        if (c3 < 56) {
            let v_171: f32 = in_w[(k0 + 5) * 56 + c3];
            v_170 = v_171;
        }
        var v_172: f32 = 0.0;
        if (c4 < 56) {
            let v_173: f32 = in_w[(k0 + 5) * 56 + c4];
            v_172 = v_173;
        }
        var v_174: f32 = 0.0;
        if (c5 < 56) {
            let v_175: f32 = in_w[(k0 + 5) * 56 + c5];
            v_174 = v_175;
        }
        var v_176: f32 = 0.0;
        if (c6 < 56) {
            let v_177: f32 = in_w[(k0 + 5) * 56 + c6];
            v_176 = v_177;
        }
        var v_178: f32 = 0.0;
        if (c7 < 56) {
            let v_179: f32 = in_w[(k0 + 5) * 56 + c7];
            v_178 = v_179;
        }
        var v_180: f32 = 0.0;
        if (c8 < 56) {
            let v_181: f32 = in_w[(k0 + 5) * 56 + c8];
            v_180 = v_181;
        }
        var v_182: f32 = 0.0;
        if (c9 < 56) {
            let v_183: f32 = in_w[(k0 + 5) * 56 + c9];
            v_182 = v_183;
        }
        var v_184: f32 = 0.0;
        if (c10 < 56) {
            let v_185: f32 = in_w[(k0 + 5) * 56 + c10];
            v_184 = v_185;
        }
        var v_186: f32 = 0.0;
        if (c11 < 56) {
            let v_187: f32 = in_w[(k0 + 5) * 56 + c11];
            v_186 = v_187;
        }
        var v_188: f32 = 0.0;
        if (c12 < 56) {
            let v_189: f32 = in_w[(k0 + 5) * 56 + c12];
            v_188 = v_189;
        }
        var v_190: f32 = 0.0;
        if (c13 < 56) {
            let v_191: f32 = in_w[(k0 + 5) * 56 + c13];
            v_190 = v_191;
        }
        var v_192: f32 = 0.0;
        if (c14 < 56) {
            let v_193: f32 = in_w[(k0 + 5) * 56 + c14];
            v_192 = v_193;
        }
        var v_194: f32 = 0.0;
        if (c15 < 56) {
            let v_195: f32 = in_w[(k0 + 5) * 56 + c15];
            v_194 = v_195;
        }
        acc0_0 = fma(a_5, v_164, acc0_0);
        acc0_1 = fma(a_5, v_166, acc0_1);
        acc0_2 = fma(a_5, v_168, acc0_2);
        acc0_3 = fma(a_5, v_170, acc0_3);
        acc0_4 = fma(a_5, v_172, acc0_4);
        acc0_5 = fma(a_5, v_174, acc0_5);
        acc0_6 = fma(a_5, v_176, acc0_6);
        acc0_7 = fma(a_5, v_178, acc0_7);
        acc0_8 = fma(a_5, v_180, acc0_8);
        acc0_9 = fma(a_5, v_182, acc0_9);
        acc0_10 = fma(a_5, v_184, acc0_10);
        acc0_11 = fma(a_5, v_186, acc0_11);
        acc0_12 = fma(a_5, v_188, acc0_12);
        acc0_13 = fma(a_5, v_190, acc0_13);
        acc0_14 = fma(a_5, v_192, acc0_14);
        acc0_15 = fma(a_5, v_194, acc0_15);
        let a_6: f32 = tile_a[i32(tcc_local_id.y) + 6];
        var v_196: f32 = 0.0;
        if (c0 < 56) {
            let v_197: f32 = in_w[(k0 + 6) * 56 + c0];
            v_196 = v_197;
        }
        var v_198: f32 = 0.0;
        if (c1 < 56) {
            let v_199: f32 = in_w[(k0 + 6) * 56 + c1];
            v_198 = v_199;
        }
        var v_200: f32 = 0.0;
        if (c2 < 56) {
            let v_201: f32 = in_w[(k0 + 6) * 56 + c2];
            v_200 = v_201;
        }
        var v_202: f32 = 0.0;
        if (c3 < 56) {
            let v_203: f32 = in_w[(k0 + 6) * 56 + c3];
            v_202 = v_203;
        }
        var v_204: f32 = 0.0;
        if (c4 < 56) {
            let v_205: f32 = in_w[(k0 + 6) * 56 + c4];
            v_204 = v_205;
        }
        var v_206: f32 = 0.0;
        if (c5 < 56) {
            let v_207: f32 = in_w[(k0 + 6) * 56 + c5];
            v_206 = v_207;
        }
        var v_208: f32 = 0.0;
        if (c6 < 56) {
            let v_209: f32 = in_w[(k0 + 6) * 56 + c6];
            v_208 = v_209;
        }
        var v_210: f32 = 0.0;
        if (c7 < 56) {
            let v_211: f32 = in_w[(k0 + 6) * 56 + c7];
            v_210 = v_211;
        }
        var v_212: f32 = 0.0;
        if (c8 < 56) {
            let v_213: f32 = in_w[(k0 + 6) * 56 + c8];
            v_212 = v_213;
        }
        var v_214: f32 = 0.0;
        if (c9 < 56) {
            let v_215: f32 = in_w[(k0 + 6) * 56 + c9];
            v_214 = v_215;
        }
        var v_216: f32 = 0.0;
        if (c10 < 56) {
            let v_217: f32 = in_w[(k0 + 6) * 56 + c10];
            v_216 = v_217;
        }
        var v_218: f32 = 0.0;
        if (c11 < 56) {
            let v_219: f32 = in_w[(k0 + 6) * 56 + c11];
            v_218 = v_219;
        }
        var v_220: f32 = 0.0;
        if (c12 < 56) {
            let v_221: f32 = in_w[(k0 + 6) * 56 + c12];
            v_220 = v_221;
        }
        var v_222: f32 = 0.0;
        if (c13 < 56) {
            let v_223: f32 = in_w[(k0 + 6) * 56 + c13];
            v_222 = v_223;
        }
        var v_224: f32 = 0.0;
        if (c14 < 56) {
            let v_225: f32 = in_w[(k0 + 6) * 56 + c14];
            v_224 = v_225;
        }
        var v_226: f32 = 0.0;
        if (c15 < 56) {
            let v_227: f32 = in_w[(k0 + 6) * 56 + c15];
            v_226 = v_227;
        }
        acc0_0 = fma(a_6, v_196, acc0_0);
        acc0_1 = fma(a_6, v_198, acc0_1);
        acc0_2 = fma(a_6, v_200, acc0_2);
        acc0_3 = fma(a_6, v_202, acc0_3);
        acc0_4 = fma(a_6, v_204, acc0_4);
        acc0_5 = fma(a_6, v_206, acc0_5);
        acc0_6 = fma(a_6, v_208, acc0_6);
        acc0_7 = fma(a_6, v_210, acc0_7);
        acc0_8 = fma(a_6, v_212, acc0_8);
        acc0_9 = fma(a_6, v_214, acc0_9);
        acc0_10 = fma(a_6, v_216, acc0_10);
        acc0_11 = fma(a_6, v_218, acc0_11);
        acc0_12 = fma(a_6, v_220, acc0_12);
        acc0_13 = fma(a_6, v_222, acc0_13);
        acc0_14 = fma(a_6, v_224, acc0_14);
        acc0_15 = fma(a_6, v_226, acc0_15);
        let a_7: f32 = tile_a[i32(tcc_local_id.y) + 7];
        var v_228: f32 = 0.0;
        if (c0 < 56) {
            let v_229: f32 = in_w[(k0 + 7) * 56 + c0];
            v_228 = v_229;
        }
        var v_230: f32 = 0.0;
        if (c1 < 56) {
            let v_231: f32 = in_w[(k0 + 7) * 56 + c1];
            v_230 = v_231;
        }
        var v_232: f32 = 0.0;
        if (c2 < 56) {
            let v_233: f32 = in_w[(k0 + 7) * 56 + c2];
            v_232 = v_233;
        }
        var v_234: f32 = 0.0;
        if (c3 < 56) {
            let v_235: f32 = in_w[(k0 + 7) * 56 + c3];
            v_234 = v_235;
        }
        var v_236: f32 = 0.0;
        if (c4 < 56) {
            let v_237: f32 = in_w[(k0 + 7) * 56 + c4];
            v_236 = v_237;
        }
        var v_238: f32 = 0.0;
        if (c5 < 56) {
            let v_239: f32 = in_w[(k0 + 7) * 56 + c5];
            v_238 = v_239;
        }
        var v_240: f32 = 0.0;
        if (c6 < 56) {
            let v_241: f32 = in_w[(k0 + 7) * 56 + c6];
            v_240 = v_241;
        }
        var v_242: f32 = 0.0;
        if (c7 < 56) {
            let v_243: f32 = in_w[(k0 + 7) * 56 + c7];
            v_242 = v_243;
        }
        var v_244: f32 = 0.0;
        if (c8 < 56) {
            let v_245: f32 = in_w[(k0 + 7) * 56 + c8];
            v_244 = v_245;
        }
        var v_246: f32 = 0.0;
        if (c9 < 56) {
            let v_247: f32 = in_w[(k0 + 7) * 56 + c9];
            v_246 = v_247;
        }
        var v_248: f32 = 0.0;
        if (c10 < 56) {
            let v_249: f32 = in_w[(k0 + 7) * 56 + c10];
            v_248 = v_249;
        }
        var v_250: f32 = 0.0;
        if (c11 < 56) {
            let v_251: f32 = in_w[(k0 + 7) * 56 + c11];
            v_250 = v_251;
        }
        var v_252: f32 = 0.0;
        if (c12 < 56) {
            let v_253: f32 = in_w[(k0 + 7) * 56 + c12];
            v_252 = v_253;
        }
        var v_254: f32 = 0.0;
        if (c13 < 56) {
            let v_255: f32 = in_w[(k0 + 7) * 56 + c13];
            v_254 = v_255;
        }
        var v_256: f32 = 0.0;
        if (c14 < 56) {
            let v_257: f32 = in_w[(k0 + 7) * 56 + c14];
            v_256 = v_257;
        }
        var v_258: f32 = 0.0;
        if (c15 < 56) {
            let v_259: f32 = in_w[(k0 + 7) * 56 + c15];
            v_258 = v_259;
        }
        acc0_0 = fma(a_7, v_228, acc0_0);
        acc0_1 = fma(a_7, v_230, acc0_1);
        acc0_2 = fma(a_7, v_232, acc0_2);
        acc0_3 = fma(a_7, v_234, acc0_3);
        acc0_4 = fma(a_7, v_236, acc0_4);
        acc0_5 = fma(a_7, v_238, acc0_5);
        acc0_6 = fma(a_7, v_240, acc0_6);
        acc0_7 = fma(a_7, v_242, acc0_7);
        acc0_8 = fma(a_7, v_244, acc0_8);
        acc0_9 = fma(a_7, v_246, acc0_9);
        acc0_10 = fma(a_7, v_248, acc0_10);
        acc0_11 = fma(a_7, v_250, acc0_11);
        acc0_12 = fma(a_7, v_252, acc0_12);
        acc0_13 = fma(a_7, v_254, acc0_13);
        acc0_14 = fma(a_7, v_256, acc0_14);
        acc0_15 = fma(a_7, v_258, acc0_15);
        let a_8: f32 = tile_a[i32(tcc_local_id.y) + 8];
        var v_260: f32 = 0.0;
        if (c0 < 56) {
            let v_261: f32 = in_w[(k0 + 8) * 56 + c0];
            v_260 = v_261;
        }
        var v_262: f32 = 0.0;
        if (c1 < 56) {
            let v_263: f32 = in_w[(k0 + 8) * 56 + c1];
            v_262 = v_263;
        }
        var v_264: f32 = 0.0;
        if (c2 < 56) {
            let v_265: f32 = in_w[(k0 + 8) * 56 + c2];
            v_264 = v_265;
        }
        var v_266: f32 = 0.0;
        if (c3 < 56) {
            let v_267: f32 = in_w[(k0 + 8) * 56 + c3];
            v_266 = v_267;
        }
        var v_268: f32 = 0.0;
        if (c4 < 56) {
            let v_269: f32 = in_w[(k0 + 8) * 56 + c4];
            v_268 = v_269;
        }
        var v_270: f32 = 0.0;
        if (c5 < 56) {
            let v_271: f32 = in_w[(k0 + 8) * 56 + c5];
            v_270 = v_271;
        }
        var v_272: f32 = 0.0;
        if (c6 < 56) {
            let v_273: f32 = in_w[(k0 + 8) * 56 + c6];
            v_272 = v_273;
        }
        var v_274: f32 = 0.0;
        if (c7 < 56) {
            let v_275: f32 = in_w[(k0 + 8) * 56 + c7];
            v_274 = v_275;
        }
        var v_276: f32 = 0.0;
        if (c8 < 56) {
            let v_277: f32 = in_w[(k0 + 8) * 56 + c8];
            v_276 = v_277;
        }
        var v_278: f32 = 0.0;
        if (c9 < 56) {
            let v_279: f32 = in_w[(k0 + 8) * 56 + c9];
            v_278 = v_279;
        }
        var v_280: f32 = 0.0;
        if (c10 < 56) {
            let v_281: f32 = in_w[(k0 + 8) * 56 + c10];
            v_280 = v_281;
        }
        var v_282: f32 = 0.0;
        if (c11 < 56) {
            let v_283: f32 = in_w[(k0 + 8) * 56 + c11];
            v_282 = v_283;
        }
        var v_284: f32 = 0.0;
        if (c12 < 56) {
            let v_285: f32 = in_w[(k0 + 8) * 56 + c12];
            v_284 = v_285;
        }
        var v_286: f32 = 0.0;
        if (c13 < 56) {
            let v_287: f32 = in_w[(k0 + 8) * 56 + c13];
            v_286 = v_287;
        }
        var v_288: f32 = 0.0;
        if (c14 < 56) {
            let v_289: f32 = in_w[(k0 + 8) * 56 + c14];
            v_288 = v_289;
        }
        var v_290: f32 = 0.0;
        if (c15 < 56) {
            let v_291: f32 = in_w[(k0 + 8) * 56 + c15];
            v_290 = v_291;
        }
        acc0_0 = fma(a_8, v_260, acc0_0);
        acc0_1 = fma(a_8, v_262, acc0_1);
        acc0_2 = fma(a_8, v_264, acc0_2);
        acc0_3 = fma(a_8, v_266, acc0_3);
        acc0_4 = fma(a_8, v_268, acc0_4);
        acc0_5 = fma(a_8, v_270, acc0_5);
        acc0_6 = fma(a_8, v_272, acc0_6);
        acc0_7 = fma(a_8, v_274, acc0_7);
        acc0_8 = fma(a_8, v_276, acc0_8);
        acc0_9 = fma(a_8, v_278, acc0_9);
        acc0_10 = fma(a_8, v_280, acc0_10);
        acc0_11 = fma(a_8, v_282, acc0_11);
        acc0_12 = fma(a_8, v_284, acc0_12);
        acc0_13 = fma(a_8, v_286, acc0_13);
        acc0_14 = fma(a_8, v_288, acc0_14);
        acc0_15 = fma(a_8, v_290, acc0_15);
        let a_9: f32 = tile_a[i32(tcc_local_id.y) + 9];
        var v_292: f32 = 0.0;
        if (c0 < 56) {
            let v_293: f32 = in_w[(k0 + 9) * 56 + c0];
            v_292 = v_293;
        }
        var v_294: f32 = 0.0;
        if (c1 < 56) {
            let v_295: f32 = in_w[(k0 + 9) * 56 + c1];
            v_294 = v_295;
        }
        var v_296: f32 = 0.0;
        if (c2 < 56) {
            let v_297: f32 = in_w[(k0 + 9) * 56 + c2];
            v_296 = v_297;
        }
        var v_298: f32 = 0.0;
        if (c3 < 56) {
            let v_299: f32 = in_w[(k0 + 9) * 56 + c3];
            v_298 = v_299;
        }
        var v_300: f32 = 0.0;
        if (c4 < 56) {
            let v_301: f32 = in_w[(k0 + 9) * 56 + c4];
            v_300 = v_301;
        }
        var v_302: f32 = 0.0;
        if (c5 < 56) {
            let v_303: f32 = in_w[(k0 + 9) * 56 + c5];
            v_302 = v_303;
        }
        var v_304: f32 = 0.0;
        if (c6 < 56) {
            let v_305: f32 = in_w[(k0 + 9) * 56 + c6];
            v_304 = v_305;
        }
        var v_306: f32 = 0.0;
        if (c7 < 56) {
            let v_307: f32 = in_w[(k0 + 9) * 56 + c7];
            v_306 = v_307;
        }
        var v_308: f32 = 0.0;
        if (c8 < 56) {
            let v_309: f32 = in_w[(k0 + 9) * 56 + c8];
            v_308 = v_309;
        }
        var v_310: f32 = 0.0;
        if (c9 < 56) {
            let v_311: f32 = in_w[(k0 + 9) * 56 + c9];
            v_310 = v_311;
        }
        var v_312: f32 = 0.0;
        if (c10 < 56) {
            let v_313: f32 = in_w[(k0 + 9) * 56 + c10];
            v_312 = v_313;
        }
        var v_314: f32 = 0.0;
        if (c11 < 56) {
            let v_315: f32 = in_w[(k0 + 9) * 56 + c11];
            v_314 = v_315;
        }
        var v_316: f32 = 0.0;
        if (c12 < 56) {
            let v_317: f32 = in_w[(k0 + 9) * 56 + c12];
            v_316 = v_317;
        }
        var v_318: f32 = 0.0;
        if (c13 < 56) {
            let v_319: f32 = in_w[(k0 + 9) * 56 + c13];
            v_318 = v_319;
        }
        var v_320: f32 = 0.0;
        if (c14 < 56) {
            let v_321: f32 = in_w[(k0 + 9) * 56 + c14];
            v_320 = v_321;
        }
        var v_322: f32 = 0.0;
        if (c15 < 56) {
            let v_323: f32 = in_w[(k0 + 9) * 56 + c15];
            v_322 = v_323;
        }
        acc0_0 = fma(a_9, v_292, acc0_0);
        acc0_1 = fma(a_9, v_294, acc0_1);
        acc0_2 = fma(a_9, v_296, acc0_2);
        acc0_3 = fma(a_9, v_298, acc0_3);
        acc0_4 = fma(a_9, v_300, acc0_4);
        acc0_5 = fma(a_9, v_302, acc0_5);
        acc0_6 = fma(a_9, v_304, acc0_6);
        acc0_7 = fma(a_9, v_306, acc0_7);
        acc0_8 = fma(a_9, v_308, acc0_8);
        acc0_9 = fma(a_9, v_310, acc0_9);
        acc0_10 = fma(a_9, v_312, acc0_10);
        acc0_11 = fma(a_9, v_314, acc0_11);
        acc0_12 = fma(a_9, v_316, acc0_12);
        acc0_13 = fma(a_9, v_318, acc0_13);
        acc0_14 = fma(a_9, v_320, acc0_14);
        acc0_15 = fma(a_9, v_322, acc0_15);
        let a_10: f32 = tile_a[i32(tcc_local_id.y) + 10];
        var v_324: f32 = 0.0;
        if (c0 < 56) {
            let v_325: f32 = in_w[(k0 + 10) * 56 + c0];
            v_324 = v_325;
        }
        var v_326: f32 = 0.0;
        if (c1 < 56) {
            let v_327: f32 = in_w[(k0 + 10) * 56 + c1];
            v_326 = v_327;
        }
        var v_328: f32 = 0.0;
        if (c2 < 56) {
            let v_329: f32 = in_w[(k0 + 10) * 56 + c2];
            v_328 = v_329;
        }
        var v_330: f32 = 0.0;
        if (c3 < 56) {
            let v_331: f32 = in_w[(k0 + 10) * 56 + c3];
            v_330 = v_331;
        }
        var v_332: f32 = 0.0;
        if (c4 < 56) {
            let v_333: f32 = in_w[(k0 + 10) * 56 + c4];
            v_332 = v_333;
        }
        var v_334: f32 = 0.0;
        if (c5 < 56) {
            let v_335: f32 = in_w[(k0 + 10) * 56 + c5];
            v_334 = v_335;
        }
        var v_336: f32 = 0.0;
        if (c6 < 56) {
            let v_337: f32 = in_w[(k0 + 10) * 56 + c6];
            v_336 = v_337;
        }
        var v_338: f32 = 0.0;
        if (c7 < 56) {
            let v_339: f32 = in_w[(k0 + 10) * 56 + c7];
            v_338 = v_339;
        }
        var v_340: f32 = 0.0;
        if (c8 < 56) {
            let v_341: f32 = in_w[(k0 + 10) * 56 + c8];
            v_340 = v_341;
        }
        var v_342: f32 = 0.0;
        if (c9 < 56) {
            let v_343: f32 = in_w[(k0 + 10) * 56 + c9];
            v_342 = v_343;
        }
        var v_344: f32 = 0.0;
        if (c10 < 56) {
            let v_345: f32 = in_w[(k0 + 10) * 56 + c10];
            v_344 = v_345;
        }
        var v_346: f32 = 0.0;
        if (c11 < 56) {
            let v_347: f32 = in_w[(k0 + 10) * 56 + c11];
            v_346 = v_347;
        }
        var v_348: f32 = 0.0;
        if (c12 < 56) {
            let v_349: f32 = in_w[(k0 + 10) * 56 + c12];
            v_348 = v_349;
        }
        var v_350: f32 = 0.0;
        if (c13 < 56) {
            let v_351: f32 = in_w[(k0 + 10) * 56 + c13];
            v_350 = v_351;
        }
        var v_352: f32 = 0.0;
        if (c14 < 56) {
            let v_353: f32 = in_w[(k0 + 10) * 56 + c14];
            v_352 = v_353;
        }
        var v_354: f32 = 0.0;
        if (c15 < 56) {
            let v_355: f32 = in_w[(k0 + 10) * 56 + c15];
            v_354 = v_355;
        }
        acc0_0 = fma(a_10, v_324, acc0_0);
        acc0_1 = fma(a_10, v_326, acc0_1);
        acc0_2 = fma(a_10, v_328, acc0_2);
        acc0_3 = fma(a_10, v_330, acc0_3);
        acc0_4 = fma(a_10, v_332, acc0_4);
        acc0_5 = fma(a_10, v_334, acc0_5);
        acc0_6 = fma(a_10, v_336, acc0_6);
        acc0_7 = fma(a_10, v_338, acc0_7);
        acc0_8 = fma(a_10, v_340, acc0_8);
        acc0_9 = fma(a_10, v_342, acc0_9);
        acc0_10 = fma(a_10, v_344, acc0_10);
        acc0_11 = fma(a_10, v_346, acc0_11);
        acc0_12 = fma(a_10, v_348, acc0_12);
        acc0_13 = fma(a_10, v_350, acc0_13);
        acc0_14 = fma(a_10, v_352, acc0_14);
        acc0_15 = fma(a_10, v_354, acc0_15);
        let a_11: f32 = tile_a[i32(tcc_local_id.y) + 11];
        var v_356: f32 = 0.0;
        if (c0 < 56) {
            let v_357: f32 = in_w[(k0 + 11) * 56 + c0];
            v_356 = v_357;
        }
        var v_358: f32 = 0.0;
        if (c1 < 56) {
            let v_359: f32 = in_w[(k0 + 11) * 56 + c1];
            v_358 = v_359;
        }
        var v_360: f32 = 0.0;
        if (c2 < 56) {
            let v_361: f32 = in_w[(k0 + 11) * 56 + c2];
            v_360 = v_361;
        }
        var v_362: f32 = 0.0;
        if (c3 < 56) {
            let v_363: f32 = in_w[(k0 + 11) * 56 + c3];
            v_362 = v_363;
        }
        var v_364: f32 = 0.0;
        if (c4 < 56) {
            let v_365: f32 = in_w[(k0 + 11) * 56 + c4];
            v_364 = v_365;
        }
        var v_366: f32 = 0.0;
        if (c5 < 56) {
            let v_367: f32 = in_w[(k0 + 11) * 56 + c5];
            v_366 = v_367;
        }
        var v_368: f32 = 0.0;
        if (c6 < 56) {
            let v_369: f32 = in_w[(k0 + 11) * 56 + c6];
            v_368 = v_369;
        }
        var v_370: f32 = 0.0;
        if (c7 < 56) {
            let v_371: f32 = in_w[(k0 + 11) * 56 + c7];
            v_370 = v_371;
        }
        var v_372: f32 = 0.0;
        if (c8 < 56) {
            let v_373: f32 = in_w[(k0 + 11) * 56 + c8];
            v_372 = v_373;
        }
        var v_374: f32 = 0.0;
        if (c9 < 56) {
            let v_375: f32 = in_w[(k0 + 11) * 56 + c9];
            v_374 = v_375;
        }
        var v_376: f32 = 0.0;
        if (c10 < 56) {
            let v_377: f32 = in_w[(k0 + 11) * 56 + c10];
            v_376 = v_377;
        }
        var v_378: f32 = 0.0;
        if (c11 < 56) {
            let v_379: f32 = in_w[(k0 + 11) * 56 + c11];
            v_378 = v_379;
        }
        var v_380: f32 = 0.0;
        if (c12 < 56) {
            let v_381: f32 = in_w[(k0 + 11) * 56 + c12];
            v_380 = v_381;
        }
        var v_382: f32 = 0.0;
        if (c13 < 56) {
            let v_383: f32 = in_w[(k0 + 11) * 56 + c13];
            v_382 = v_383;
        }
        var v_384: f32 = 0.0;
        if (c14 < 56) {
            let v_385: f32 = in_w[(k0 + 11) * 56 + c14];
            v_384 = v_385;
        }
        var v_386: f32 = 0.0;
        if (c15 < 56) {
            let v_387: f32 = in_w[(k0 + 11) * 56 + c15];
            v_386 = v_387;
        }
        acc0_0 = fma(a_11, v_356, acc0_0);
        acc0_1 = fma(a_11, v_358, acc0_1);
        acc0_2 = fma(a_11, v_360, acc0_2);
        acc0_3 = fma(a_11, v_362, acc0_3);
        acc0_4 = fma(a_11, v_364, acc0_4);
        acc0_5 = fma(a_11, v_366, acc0_5);
        acc0_6 = fma(a_11, v_368, acc0_6);
        acc0_7 = fma(a_11, v_370, acc0_7);
        acc0_8 = fma(a_11, v_372, acc0_8);
        acc0_9 = fma(a_11, v_374, acc0_9);
        acc0_10 = fma(a_11, v_376, acc0_10);
        acc0_11 = fma(a_11, v_378, acc0_11);
        acc0_12 = fma(a_11, v_380, acc0_12);
        acc0_13 = fma(a_11, v_382, acc0_13);
        acc0_14 = fma(a_11, v_384, acc0_14);
        acc0_15 = fma(a_11, v_386, acc0_15);
        let a_12: f32 = tile_a[i32(tcc_local_id.y) + 12];
        var v_388: f32 = 0.0;
        if (c0 < 56) {
            let v_389: f32 = in_w[(k0 + 12) * 56 + c0];
            v_388 = v_389;
        }
        var v_390: f32 = 0.0;
        if (c1 < 56) {
            let v_391: f32 = in_w[(k0 + 12) * 56 + c1];
            v_390 = v_391;
        }
        var v_392: f32 = 0.0;
        if (c2 < 56) {
            let v_393: f32 = in_w[(k0 + 12) * 56 + c2];
            v_392 = v_393;
        }
        var v_394: f32 = 0.0;
        if (c3 < 56) {
            let v_395: f32 = in_w[(k0 + 12) * 56 + c3];
            v_394 = v_395;
        }
        var v_396: f32 = 0.0;
        if (c4 < 56) {
            let v_397: f32 = in_w[(k0 + 12) * 56 + c4];
            v_396 = v_397;
        }
        var v_398: f32 = 0.0;
        if (c5 < 56) {
            let v_399: f32 = in_w[(k0 + 12) * 56 + c5];
            v_398 = v_399;
        }
        var v_400: f32 = 0.0;
        if (c6 < 56) {
            let v_401: f32 = in_w[(k0 + 12) * 56 + c6];
            v_400 = v_401;
        }
        var v_402: f32 = 0.0;
        if (c7 < 56) {
            let v_403: f32 = in_w[(k0 + 12) * 56 + c7];
            v_402 = v_403;
        }
        var v_404: f32 = 0.0;
        if (c8 < 56) {
            let v_405: f32 = in_w[(k0 + 12) * 56 + c8];
            v_404 = v_405;
        }
        var v_406: f32 = 0.0;
        if (c9 < 56) {
            let v_407: f32 = in_w[(k0 + 12) * 56 + c9];
            v_406 = v_407;
        }
        var v_408: f32 = 0.0;
        if (c10 < 56) {
            let v_409: f32 = in_w[(k0 + 12) * 56 + c10];
            v_408 = v_409;
        }
        var v_410: f32 = 0.0;
        if (c11 < 56) {
            let v_411: f32 = in_w[(k0 + 12) * 56 + c11];
            v_410 = v_411;
        }
        var v_412: f32 = 0.0;
        if (c12 < 56) {
            let v_413: f32 = in_w[(k0 + 12) * 56 + c12];
            v_412 = v_413;
        }
        var v_414: f32 = 0.0;
        if (c13 < 56) {
            let v_415: f32 = in_w[(k0 + 12) * 56 + c13];
            v_414 = v_415;
        }
        var v_416: f32 = 0.0;
        if (c14 < 56) {
            let v_417: f32 = in_w[(k0 + 12) * 56 + c14];
            v_416 = v_417;
        }
        var v_418: f32 = 0.0;
        if (c15 < 56) {
            let v_419: f32 = in_w[(k0 + 12) * 56 + c15];
            v_418 = v_419;
        }
        acc0_0 = fma(a_12, v_388, acc0_0);
        acc0_1 = fma(a_12, v_390, acc0_1);
        acc0_2 = fma(a_12, v_392, acc0_2);
        acc0_3 = fma(a_12, v_394, acc0_3);
        acc0_4 = fma(a_12, v_396, acc0_4);
        acc0_5 = fma(a_12, v_398, acc0_5);
        acc0_6 = fma(a_12, v_400, acc0_6);
        acc0_7 = fma(a_12, v_402, acc0_7);
        acc0_8 = fma(a_12, v_404, acc0_8);
        acc0_9 = fma(a_12, v_406, acc0_9);
        acc0_10 = fma(a_12, v_408, acc0_10);
        acc0_11 = fma(a_12, v_410, acc0_11);
        acc0_12 = fma(a_12, v_412, acc0_12);
        acc0_13 = fma(a_12, v_414, acc0_13);
        acc0_14 = fma(a_12, v_416, acc0_14);
        acc0_15 = fma(a_12, v_418, acc0_15);
        let a_13: f32 = tile_a[i32(tcc_local_id.y) + 13];
        var v_420: f32 = 0.0;
        if (c0 < 56) {
            let v_421: f32 = in_w[(k0 + 13) * 56 + c0];
            v_420 = v_421;
        }
        var v_422: f32 = 0.0;
        if (c1 < 56) {
            let v_423: f32 = in_w[(k0 + 13) * 56 + c1];
            v_422 = v_423;
        }
        var v_424: f32 = 0.0;
        if (c2 < 56) {
            let v_425: f32 = in_w[(k0 + 13) * 56 + c2];
            v_424 = v_425;
        }
        var v_426: f32 = 0.0;
        if (c3 < 56) {
            let v_427: f32 = in_w[(k0 + 13) * 56 + c3];
            v_426 = v_427;
        }
        var v_428: f32 = 0.0;
        if (c4 < 56) {
            let v_429: f32 = in_w[(k0 + 13) * 56 + c4];
            v_428 = v_429;
        }
        var v_430: f32 = 0.0;
        if (c5 < 56) {
            let v_431: f32 = in_w[(k0 + 13) * 56 + c5];
            v_430 = v_431;
        }
        var v_432: f32 = 0.0;
        if (c6 < 56) {
            let v_433: f32 = in_w[(k0 + 13) * 56 + c6];
            v_432 = v_433;
        }
        var v_434: f32 = 0.0;
        if (c7 < 56) {
            let v_435: f32 = in_w[(k0 + 13) * 56 + c7];
            v_434 = v_435;
        }
        var v_436: f32 = 0.0;
        if (c8 < 56) {
            let v_437: f32 = in_w[(k0 + 13) * 56 + c8];
            v_436 = v_437;
        }
        var v_438: f32 = 0.0;
        if (c9 < 56) {
            let v_439: f32 = in_w[(k0 + 13) * 56 + c9];
            v_438 = v_439;
        }
        var v_440: f32 = 0.0;
        if (c10 < 56) {
            let v_441: f32 = in_w[(k0 + 13) * 56 + c10];
            v_440 = v_441;
        }
        var v_442: f32 = 0.0;
        if (c11 < 56) {
            let v_443: f32 = in_w[(k0 + 13) * 56 + c11];
            v_442 = v_443;
        }
        var v_444: f32 = 0.0;
        if (c12 < 56) {
            let v_445: f32 = in_w[(k0 + 13) * 56 + c12];
            v_444 = v_445;
        }
        var v_446: f32 = 0.0;
        if (c13 < 56) {
            let v_447: f32 = in_w[(k0 + 13) * 56 + c13];
            v_446 = v_447;
        }
        var v_448: f32 = 0.0;
        if (c14 < 56) {
            let v_449: f32 = in_w[(k0 + 13) * 56 + c14];
            v_448 = v_449;
        }
        var v_450: f32 = 0.0;
        if (c15 < 56) {
            let v_451: f32 = in_w[(k0 + 13) * 56 + c15];
            v_450 = v_451;
        }
        acc0_0 = fma(a_13, v_420, acc0_0);
        acc0_1 = fma(a_13, v_422, acc0_1);
        acc0_2 = fma(a_13, v_424, acc0_2);
        acc0_3 = fma(a_13, v_426, acc0_3);
        acc0_4 = fma(a_13, v_428, acc0_4);
        acc0_5 = fma(a_13, v_430, acc0_5);
        acc0_6 = fma(a_13, v_432, acc0_6);
        acc0_7 = fma(a_13, v_434, acc0_7);
        acc0_8 = fma(a_13, v_436, acc0_8);
        acc0_9 = fma(a_13, v_438, acc0_9);
        acc0_10 = fma(a_13, v_440, acc0_10);
        acc0_11 = fma(a_13, v_442, acc0_11);
        acc0_12 = fma(a_13, v_444, acc0_12);
        acc0_13 = fma(a_13, v_446, acc0_13);
        acc0_14 = fma(a_13, v_448, acc0_14);
        acc0_15 = fma(a_13, v_450, acc0_15);
        let a_14: f32 = tile_a[i32(tcc_local_id.y) + 14];
        var v_452: f32 = 0.0;
        if (c0 < 56) {
            let v_453: f32 = in_w[(k0 + 14) * 56 + c0];
            v_452 = v_453;
        }
        var v_454: f32 = 0.0;
        if (c1 < 56) {
            let v_455: f32 = in_w[(k0 + 14) * 56 + c1];
            v_454 = v_455;
        }
        var v_456: f32 = 0.0;
        if (c2 < 56) {
            let v_457: f32 = in_w[(k0 + 14) * 56 + c2];
            v_456 = v_457;
        }
        var v_458: f32 = 0.0;
        if (c3 < 56) {
            let v_459: f32 = in_w[(k0 + 14) * 56 + c3];
            v_458 = v_459;
        }
        var v_460: f32 = 0.0;
        if (c4 < 56) {
            let v_461: f32 = in_w[(k0 + 14) * 56 + c4];
            v_460 = v_461;
        }
        var v_462: f32 = 0.0;
        if (c5 < 56) {
            let v_463: f32 = in_w[(k0 + 14) * 56 + c5];
            v_462 = v_463;
        }
        var v_464: f32 = 0.0;
        if (c6 < 56) {
            let v_465: f32 = in_w[(k0 + 14) * 56 + c6];
            v_464 = v_465;
        }
        var v_466: f32 = 0.0;
        if (c7 < 56) {
            let v_467: f32 = in_w[(k0 + 14) * 56 + c7];
            v_466 = v_467;
        }
        var v_468: f32 = 0.0;
        if (c8 < 56) {
            let v_469: f32 = in_w[(k0 + 14) * 56 + c8];
            v_468 = v_469;
        }
        var v_470: f32 = 0.0;
        if (c9 < 56) {
            let v_471: f32 = in_w[(k0 + 14) * 56 + c9];
            v_470 = v_471;
        }
        var v_472: f32 = 0.0;
        if (c10 < 56) {
            let v_473: f32 = in_w[(k0 + 14) * 56 + c10];
            v_472 = v_473;
        }
        var v_474: f32 = 0.0;
        if (c11 < 56) {
            let v_475: f32 = in_w[(k0 + 14) * 56 + c11];
            v_474 = v_475;
        }
        var v_476: f32 = 0.0;
        if (c12 < 56) {
            let v_477: f32 = in_w[(k0 + 14) * 56 + c12];
            v_476 = v_477;
        }
        var v_478: f32 = 0.0;
        if (c13 < 56) {
            let v_479: f32 = in_w[(k0 + 14) * 56 + c13];
            v_478 = v_479;
        }
        var v_480: f32 = 0.0;
        if (c14 < 56) {
            let v_481: f32 = in_w[(k0 + 14) * 56 + c14];
            v_480 = v_481;
        }
        var v_482: f32 = 0.0;
        if (c15 < 56) {
            let v_483: f32 = in_w[(k0 + 14) * 56 + c15];
            v_482 = v_483;
        }
        acc0_0 = fma(a_14, v_452, acc0_0);
        acc0_1 = fma(a_14, v_454, acc0_1);
        acc0_2 = fma(a_14, v_456, acc0_2);
        acc0_3 = fma(a_14, v_458, acc0_3);
        acc0_4 = fma(a_14, v_460, acc0_4);
        acc0_5 = fma(a_14, v_462, acc0_5);
        acc0_6 = fma(a_14, v_464, acc0_6);
        acc0_7 = fma(a_14, v_466, acc0_7);
        acc0_8 = fma(a_14, v_468, acc0_8);
        acc0_9 = fma(a_14, v_470, acc0_9);
        acc0_10 = fma(a_14, v_472, acc0_10);
        acc0_11 = fma(a_14, v_474, acc0_11);
        acc0_12 = fma(a_14, v_476, acc0_12);
        acc0_13 = fma(a_14, v_478, acc0_13);
        acc0_14 = fma(a_14, v_480, acc0_14);
        acc0_15 = fma(a_14, v_482, acc0_15);
        let a_15: f32 = tile_a[i32(tcc_local_id.y) + 15];
        var v_484: f32 = 0.0;
        if (c0 < 56) {
            let v_485: f32 = in_w[(k0 + 15) * 56 + c0];
            v_484 = v_485;
        }
        var v_486: f32 = 0.0;
        if (c1 < 56) {
            let v_487: f32 = in_w[(k0 + 15) * 56 + c1];
            v_486 = v_487;
        }
        var v_488: f32 = 0.0;
        if (c2 < 56) {
            let v_489: f32 = in_w[(k0 + 15) * 56 + c2];
            v_488 = v_489;
        }
        var v_490: f32 = 0.0;
        if (c3 < 56) {
            let v_491: f32 = in_w[(k0 + 15) * 56 + c3];
            v_490 = v_491;
        }
        var v_492: f32 = 0.0;
        if (c4 < 56) {
            let v_493: f32 = in_w[(k0 + 15) * 56 + c4];
            v_492 = v_493;
        }
        var v_494: f32 = 0.0;
        if (c5 < 56) {
            let v_495: f32 = in_w[(k0 + 15) * 56 + c5];
            v_494 = v_495;
        }
        var v_496: f32 = 0.0;
        if (c6 < 56) {
            let v_497: f32 = in_w[(k0 + 15) * 56 + c6];
            v_496 = v_497;
        }
        var v_498: f32 = 0.0;
        if (c7 < 56) {
            let v_499: f32 = in_w[(k0 + 15) * 56 + c7];
            v_498 = v_499;
        }
        var v_500: f32 = 0.0;
        if (c8 < 56) {
            let v_501: f32 = in_w[(k0 + 15) * 56 + c8];
            v_500 = v_501;
        }
        var v_502: f32 = 0.0;
        if (c9 < 56) {
            let v_503: f32 = in_w[(k0 + 15) * 56 + c9];
            v_502 = v_503;
        }
        var v_504: f32 = 0.0;
        if (c10 < 56) {
            let v_505: f32 = in_w[(k0 + 15) * 56 + c10];
            v_504 = v_505;
        }
        var v_506: f32 = 0.0;
        if (c11 < 56) {
            let v_507: f32 = in_w[(k0 + 15) * 56 + c11];
            v_506 = v_507;
        }
        var v_508: f32 = 0.0;
        if (c12 < 56) {
            let v_509: f32 = in_w[(k0 + 15) * 56 + c12];
            v_508 = v_509;
        }
        var v_510: f32 = 0.0;
        if (c13 < 56) {
            let v_511: f32 = in_w[(k0 + 15) * 56 + c13];
            v_510 = v_511;
        }
        var v_512: f32 = 0.0;
        if (c14 < 56) {
            let v_513: f32 = in_w[(k0 + 15) * 56 + c14];
            v_512 = v_513;
        }
        var v_514: f32 = 0.0;
        if (c15 < 56) {
            let v_515: f32 = in_w[(k0 + 15) * 56 + c15];
            v_514 = v_515;
        }
        acc0_0 = fma(a_15, v_484, acc0_0);
        acc0_1 = fma(a_15, v_486, acc0_1);
        acc0_2 = fma(a_15, v_488, acc0_2);
        acc0_3 = fma(a_15, v_490, acc0_3);
        acc0_4 = fma(a_15, v_492, acc0_4);
        acc0_5 = fma(a_15, v_494, acc0_5);
        acc0_6 = fma(a_15, v_496, acc0_6);
        acc0_7 = fma(a_15, v_498, acc0_7);
        acc0_8 = fma(a_15, v_500, acc0_8);
        acc0_9 = fma(a_15, v_502, acc0_9);
        acc0_10 = fma(a_15, v_504, acc0_10);
        acc0_11 = fma(a_15, v_506, acc0_11);
        acc0_12 = fma(a_15, v_508, acc0_12);
        acc0_13 = fma(a_15, v_510, acc0_13);
        acc0_14 = fma(a_15, v_512, acc0_14);
        acc0_15 = fma(a_15, v_514, acc0_15);
        workgroupBarrier();
    }
    if (c0 < 56) {
        let lin: i32 = (i32(tcc_group_id.z) * 2 + r0) * 56 + c0;
        let i0: i32 = lin / 56;
        let i1: i32 = lin % 56;
        let v_516: f32 = in_w_1[i1];
        out_add[lin] = acc0_0 + v_516;
    }
    if (c1 < 56) {
        let lin_1: i32 = (i32(tcc_group_id.z) * 2 + r0) * 56 + c1;
        let i0_1: i32 = lin_1 / 56;
        let i1_1: i32 = lin_1 % 56;
        let v_517: f32 = in_w_1[i1_1];
        out_add[lin_1] = acc0_1 + v_517;
    }
    if (c2 < 56) {
        let lin_2: i32 = (i32(tcc_group_id.z) * 2 + r0) * 56 + c2;
        let i0_2: i32 = lin_2 / 56;
        let i1_2: i32 = lin_2 % 56;
        let v_518: f32 = in_w_1[i1_2];
        out_add[lin_2] = acc0_2 + v_518;
    }
    if (c3 < 56) {
        let lin_3: i32 = (i32(tcc_group_id.z) * 2 + r0) * 56 + c3;
        let i0_3: i32 = lin_3 / 56;
        let i1_3: i32 = lin_3 % 56;
        let v_519: f32 = in_w_1[i1_3];
        out_add[lin_3] = acc0_3 + v_519;
    }
    if (c4 < 56) {
        let lin_4: i32 = (i32(tcc_group_id.z) * 2 + r0) * 56 + c4;
        let i0_4: i32 = lin_4 / 56;
        let i1_4: i32 = lin_4 % 56;
        let v_520: f32 = in_w_1[i1_4];
        out_add[lin_4] = acc0_4 + v_520;
    }
    if (c5 < 56) {
        let lin_5: i32 = (i32(tcc_group_id.z) * 2 + r0) * 56 + c5;
        let i0_5: i32 = lin_5 / 56;
        let i1_5: i32 = lin_5 % 56;
        let v_521: f32 = in_w_1[i1_5];
        out_add[lin_5] = acc0_5 + v_521;
    }
    if (c6 < 56) {
        let lin_6: i32 = (i32(tcc_group_id.z) * 2 + r0) * 56 + c6;
        let i0_6: i32 = lin_6 / 56;
        let i1_6: i32 = lin_6 % 56;
        let v_522: f32 = in_w_1[i1_6];
        out_add[lin_6] = acc0_6 + v_522;
    }
    if (c7 < 56) {
        let lin_7: i32 = (i32(tcc_group_id.z) * 2 + r0) * 56 + c7;
        let i0_7: i32 = lin_7 / 56;
        let i1_7: i32 = lin_7 % 56;
        let v_523: f32 = in_w_1[i1_7];
        out_add[lin_7] = acc0_7 + v_523;
    }
    if (c8 < 56) {
        let lin_8: i32 = (i32(tcc_group_id.z) * 2 + r0) * 56 + c8;
        let i0_8: i32 = lin_8 / 56;
        let i1_8: i32 = lin_8 % 56;
        let v_524: f32 = in_w_1[i1_8];
        out_add[lin_8] = acc0_8 + v_524;
    }
    if (c9 < 56) {
        let lin_9: i32 = (i32(tcc_group_id.z) * 2 + r0) * 56 + c9;
        let i0_9: i32 = lin_9 / 56;
        let i1_9: i32 = lin_9 % 56;
        let v_525: f32 = in_w_1[i1_9];
        out_add[lin_9] = acc0_9 + v_525;
    }
    if (c10 < 56) {
        let lin_10: i32 = (i32(tcc_group_id.z) * 2 + r0) * 56 + c10;
        let i0_10: i32 = lin_10 / 56;
        let i1_10: i32 = lin_10 % 56;
        let v_526: f32 = in_w_1[i1_10];
        out_add[lin_10] = acc0_10 + v_526;
    }
    if (c11 < 56) {
        let lin_11: i32 = (i32(tcc_group_id.z) * 2 + r0) * 56 + c11;
        let i0_11: i32 = lin_11 / 56;
        let i1_11: i32 = lin_11 % 56;
        let v_527: f32 = in_w_1[i1_11];
        out_add[lin_11] = acc0_11 + v_527;
    }
    if (c12 < 56) {
        let lin_12: i32 = (i32(tcc_group_id.z) * 2 + r0) * 56 + c12;
        let i0_12: i32 = lin_12 / 56;
        let i1_12: i32 = lin_12 % 56;
        let v_528: f32 = in_w_1[i1_12];
        out_add[lin_12] = acc0_12 + v_528;
    }
    if (c13 < 56) {
        let lin_13: i32 = (i32(tcc_group_id.z) * 2 + r0) * 56 + c13;
        let i0_13: i32 = lin_13 / 56;
        let i1_13: i32 = lin_13 % 56;
        let v_529: f32 = in_w_1[i1_13];
        out_add[lin_13] = acc0_13 + v_529;
    }
    if (c14 < 56) {
        let lin_14: i32 = (i32(tcc_group_id.z) * 2 + r0) * 56 + c14;
        let i0_14: i32 = lin_14 / 56;
        let i1_14: i32 = lin_14 % 56;
        let v_530: f32 = in_w_1[i1_14];
        out_add[lin_14] = acc0_14 + v_530;
    }
    if (c15 < 56) {
        let lin_15: i32 = (i32(tcc_group_id.z) * 2 + r0) * 56 + c15;
        let i0_15: i32 = lin_15 / 56;
        let i1_15: i32 = lin_15 % 56;
        let v_531: f32 = in_w_1[i1_15];
        out_add[lin_15] = acc0_15 + v_531;
    }
}
