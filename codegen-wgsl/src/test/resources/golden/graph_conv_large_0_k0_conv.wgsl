@group(0) @binding(0) var<storage, read> in_w: array<f32>;
@group(0) @binding(1) var<storage, read> in_x: array<f32>;
@group(0) @binding(2) var<storage, read> in_w_1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out_mul: array<f32>;

var<workgroup> tile_a: array<f32, 528>;
var<workgroup> tile_b: array<f32, 1024>;

@compute @workgroup_size(16, 16, 1)
fn k0_conv(@builtin(local_invocation_id) tcc_local_id: vec3<u32>, @builtin(workgroup_id) tcc_group_id: vec3<u32>)
{
    let row0: i32 = i32(tcc_group_id.y) * 32;
    let col0: i32 = i32(tcc_group_id.x) * 64;
    let slot: i32 = i32(tcc_local_id.y) * 16 + i32(tcc_local_id.x);
    let r0: i32 = row0 + i32(tcc_local_id.y) * 2;
    let r1: i32 = row0 + (i32(tcc_local_id.y) * 2 + 1);
    let c0: i32 = col0 + i32(tcc_local_id.x) * 4;
    let c1: i32 = col0 + (i32(tcc_local_id.x) * 4 + 1);
    let c2: i32 = col0 + (i32(tcc_local_id.x) * 4 + 2);
    let c3: i32 = col0 + (i32(tcc_local_id.x) * 4 + 3);
    var acc0_0: f32 = 0.0;
    var acc0_1: f32 = 0.0;
    var acc0_2: f32 = 0.0;
    var acc0_3: f32 = 0.0;
    var acc1_0: f32 = 0.0;
    var acc1_1: f32 = 0.0;
    var acc1_2: f32 = 0.0;
    var acc1_3: f32 = 0.0;
    for (var k0: i32 = 0; k0 < 81; k0 += 16) {
        {
            let sr: i32 = slot / 16;
            let sc: i32 = slot % 16;
            let si: i32 = row0 + sr;
            let sj: i32 = k0 + sc;
            var v: f32 = 0.0;
            if ((si < 24) && (sj < 81)) {
                let i0: i32 = sj / 9;
                let i1: i32 = sj / 3 % 3;
                let i2: i32 = sj % 3;
                let v_1: f32 = in_w[si * 81 + i0 * 9 + i1 * 3 + i2];
                v = v_1;
            }
            tile_a[sc * 33 + sr] = v;
        }
        let idx: i32 = slot + 256;
        {
            let sr_1: i32 = idx / 16;
            let sc_1: i32 = idx % 16;
            let si_1: i32 = row0 + sr_1;
            let sj_1: i32 = k0 + sc_1;
            var v_2: f32 = 0.0;
            if ((si_1 < 24) && (sj_1 < 81)) {
                let i0_1: i32 = sj_1 / 9;
                let i1_1: i32 = sj_1 / 3 % 3;
                let i2_1: i32 = sj_1 % 3;
                let v_3: f32 = in_w[si_1 * 81 + i0_1 * 9 + i1_1 * 3 + i2_1];
                v_2 = v_3;
            }
            tile_a[sc_1 * 33 + sr_1] = v_2;
        }
        {
            let sr_2: i32 = slot / 64;
            let sc_2: i32 = slot % 64;
            let si_2: i32 = k0 + sr_2;
            let sj_2: i32 = col0 + sc_2;
            let i0_2: i32 = si_2 / 9;
            let i1_2: i32 = si_2 / 3 % 3;
            let i2_2: i32 = si_2 % 3;
            let i0_3: i32 = sj_2 / 11;
            let i1_3: i32 = sj_2 % 11;
            let x0: i32 = i0_3 + i1_2 - 1;
            let x1: i32 = i1_3 + i2_2 - 1;
            var v_4: f32 = 0.0;
            if ((si_2 < 81) && (sj_2 < 110) && ((x0 >= 0) && (x0 < 10) && ((x1 >= 0) && (x1 < 11)))) {
                let v_5: f32 = in_x[i0_2 * 110 + x0 * 11 + x1];
                v_4 = v_5;
            }
            tile_b[sr_2 * 64 + sc_2] = v_4;
        }
        let idx_1: i32 = slot + 256;
        {
            let sr_3: i32 = idx_1 / 64;
            let sc_3: i32 = idx_1 % 64;
            let si_3: i32 = k0 + sr_3;
            let sj_3: i32 = col0 + sc_3;
            let i0_4: i32 = si_3 / 9;
            let i1_4: i32 = si_3 / 3 % 3;
            let i2_3: i32 = si_3 % 3;
            let i0_5: i32 = sj_3 / 11;
            let i1_5: i32 = sj_3 % 11;
            let x0_1: i32 = i0_5 + i1_4 - 1;
            let x1_1: i32 = i1_5 + i2_3 - 1;
            var v_6: f32 = 0.0;
            if ((si_3 < 81) && (sj_3 < 110) && ((x0_1 >= 0) && (x0_1 < 10) && ((x1_1 >= 0) && (x1_1 < 11)))) {
                let v_7: f32 = in_x[i0_4 * 110 + x0_1 * 11 + x1_1];
                v_6 = v_7;
            }
            tile_b[sr_3 * 64 + sc_3] = v_6;
        }
        let idx_2: i32 = slot + 512;
        {
            let sr_4: i32 = idx_2 / 64;
            let sc_4: i32 = idx_2 % 64;
            let si_4: i32 = k0 + sr_4;
            let sj_4: i32 = col0 + sc_4;
            let i0_6: i32 = si_4 / 9;
            let i1_6: i32 = si_4 / 3 % 3;
            let i2_4: i32 = si_4 % 3;
            let i0_7: i32 = sj_4 / 11;
            let i1_7: i32 = sj_4 % 11;
            let x0_2: i32 = i0_7 + i1_6 - 1;
            let x1_2: i32 = i1_7 + i2_4 - 1;
            var v_8: f32 = 0.0;
            if ((si_4 < 81) && (sj_4 < 110) && ((x0_2 >= 0) && (x0_2 < 10) && ((x1_2 >= 0) && (x1_2 < 11)))) {
                let v_9: f32 = in_x[i0_6 * 110 + x0_2 * 11 + x1_2];
                v_8 = v_9;
            }
            tile_b[sr_4 * 64 + sc_4] = v_8;
        }
        let idx_3: i32 = slot + 768;
        {
            let sr_5: i32 = idx_3 / 64;
            let sc_5: i32 = idx_3 % 64;
            let si_5: i32 = k0 + sr_5;
            let sj_5: i32 = col0 + sc_5;
            let i0_8: i32 = si_5 / 9;
            let i1_8: i32 = si_5 / 3 % 3;
            let i2_5: i32 = si_5 % 3;
            let i0_9: i32 = sj_5 / 11;
            let i1_9: i32 = sj_5 % 11;
            let x0_3: i32 = i0_9 + i1_8 - 1;
            let x1_3: i32 = i1_9 + i2_5 - 1;
            var v_10: f32 = 0.0;
            if ((si_5 < 81) && (sj_5 < 110) && ((x0_3 >= 0) && (x0_3 < 10) && ((x1_3 >= 0) && (x1_3 < 11)))) {
                let v_11: f32 = in_x[i0_8 * 110 + x0_3 * 11 + x1_3];
                v_10 = v_11;
            }
            tile_b[sr_5 * 64 + sc_5] = v_10;
        }
        workgroupBarrier();
        let a: f32 = tile_a[i32(tcc_local_id.y) * 2];
        let a_1: f32 = tile_a[i32(tcc_local_id.y) * 2 + 1];
        let b: f32 = tile_b[i32(tcc_local_id.x) * 4];
        let b_1: f32 = tile_b[i32(tcc_local_id.x) * 4 + 1];
        let b_2: f32 = tile_b[i32(tcc_local_id.x) * 4 + 2];
        let b_3: f32 = tile_b[i32(tcc_local_id.x) * 4 + 3];
        acc0_0 = fma(a, b, acc0_0);
        acc0_1 = fma(a, b_1, acc0_1);
        acc0_2 = fma(a, b_2, acc0_2);
        acc0_3 = fma(a, b_3, acc0_3);
        acc1_0 = fma(a_1, b, acc1_0);
        acc1_1 = fma(a_1, b_1, acc1_1);
        acc1_2 = fma(a_1, b_2, acc1_2);
        acc1_3 = fma(a_1, b_3, acc1_3);
        let a_2: f32 = tile_a[i32(tcc_local_id.y) * 2 + 33];
        let a_3: f32 = tile_a[i32(tcc_local_id.y) * 2 + 1 + 33];
        let b_4: f32 = tile_b[i32(tcc_local_id.x) * 4 + 64];
        let b_5: f32 = tile_b[i32(tcc_local_id.x) * 4 + 1 + 64];
        let b_6: f32 = tile_b[i32(tcc_local_id.x) * 4 + 2 + 64];
        let b_7: f32 = tile_b[i32(tcc_local_id.x) * 4 + 3 + 64];
        acc0_0 = fma(a_2, b_4, acc0_0);
        acc0_1 = fma(a_2, b_5, acc0_1);
        acc0_2 = fma(a_2, b_6, acc0_2);
        acc0_3 = fma(a_2, b_7, acc0_3);
        acc1_0 = fma(a_3, b_4, acc1_0);
        acc1_1 = fma(a_3, b_5, acc1_1);
        acc1_2 = fma(a_3, b_6, acc1_2);
        acc1_3 = fma(a_3, b_7, acc1_3);
        let a_4: f32 = tile_a[i32(tcc_local_id.y) * 2 + 66];
        let a_5: f32 = tile_a[i32(tcc_local_id.y) * 2 + 1 + 66];
        let b_8: f32 = tile_b[i32(tcc_local_id.x) * 4 + 128];
        let b_9: f32 = tile_b[i32(tcc_local_id.x) * 4 + 1 + 128];
        let b_10: f32 = tile_b[i32(tcc_local_id.x) * 4 + 2 + 128];
        let b_11: f32 = tile_b[i32(tcc_local_id.x) * 4 + 3 + 128];
        acc0_0 = fma(a_4, b_8, acc0_0);
        acc0_1 = fma(a_4, b_9, acc0_1);
        acc0_2 = fma(a_4, b_10, acc0_2);
        acc0_3 = fma(a_4, b_11, acc0_3);
        acc1_0 = fma(a_5, b_8, acc1_0);
        acc1_1 = fma(a_5, b_9, acc1_1);
        acc1_2 = fma(a_5, b_10, acc1_2);
        acc1_3 = fma(a_5, b_11, acc1_3);
        let a_6: f32 = tile_a[i32(tcc_local_id.y) * 2 + 99];
        let a_7: f32 = tile_a[i32(tcc_local_id.y) * 2 + 1 + 99];
        let b_12: f32 = tile_b[i32(tcc_local_id.x) * 4 + 192];
        let b_13: f32 = tile_b[i32(tcc_local_id.x) * 4 + 1 + 192];
        let b_14: f32 = tile_b[i32(tcc_local_id.x) * 4 + 2 + 192];
        let b_15: f32 = tile_b[i32(tcc_local_id.x) * 4 + 3 + 192];
        acc0_0 = fma(a_6, b_12, acc0_0);
        acc0_1 = fma(a_6, b_13, acc0_1);
        acc0_2 = fma(a_6, b_14, acc0_2);
        acc0_3 = fma(a_6, b_15, acc0_3);
        acc1_0 = fma(a_7, b_12, acc1_0);
        acc1_1 = fma(a_7, b_13, acc1_1);
        acc1_2 = fma(a_7, b_14, acc1_2);
        acc1_3 = fma(a_7, b_15, acc1_3);
        let a_8: f32 = tile_a[i32(tcc_local_id.y) * 2 + 132];
        let a_9: f32 = tile_a[i32(tcc_local_id.y) * 2 + 1 + 132];
        let b_16: f32 = tile_b[i32(tcc_local_id.x) * 4 + 256];
        let b_17: f32 = tile_b[i32(tcc_local_id.x) * 4 + 1 + 256];
        let b_18: f32 = tile_b[i32(tcc_local_id.x) * 4 + 2 + 256];
        let b_19: f32 = tile_b[i32(tcc_local_id.x) * 4 + 3 + 256];
        acc0_0 = fma(a_8, b_16, acc0_0);
        acc0_1 = fma(a_8, b_17, acc0_1);
        acc0_2 = fma(a_8, b_18, acc0_2);
        acc0_3 = fma(a_8, b_19, acc0_3);
        acc1_0 = fma(a_9, b_16, acc1_0);
        acc1_1 = fma(a_9, b_17, acc1_1);
        acc1_2 = fma(a_9, b_18, acc1_2);
        acc1_3 = fma(a_9, b_19, acc1_3);
        let a_10: f32 = tile_a[i32(tcc_local_id.y) * 2 + 165];
        let a_11: f32 = tile_a[i32(tcc_local_id.y) * 2 + 1 + 165];
        let b_20: f32 = tile_b[i32(tcc_local_id.x) * 4 + 320];
        let b_21: f32 = tile_b[i32(tcc_local_id.x) * 4 + 1 + 320];
        let b_22: f32 = tile_b[i32(tcc_local_id.x) * 4 + 2 + 320];
        let b_23: f32 = tile_b[i32(tcc_local_id.x) * 4 + 3 + 320];
        acc0_0 = fma(a_10, b_20, acc0_0);
        acc0_1 = fma(a_10, b_21, acc0_1);
        acc0_2 = fma(a_10, b_22, acc0_2);
        acc0_3 = fma(a_10, b_23, acc0_3);
        acc1_0 = fma(a_11, b_20, acc1_0);
        acc1_1 = fma(a_11, b_21, acc1_1);
        acc1_2 = fma(a_11, b_22, acc1_2);
        acc1_3 = fma(a_11, b_23, acc1_3);
        let a_12: f32 = tile_a[i32(tcc_local_id.y) * 2 + 198];
        let a_13: f32 = tile_a[i32(tcc_local_id.y) * 2 + 1 + 198];
        let b_24: f32 = tile_b[i32(tcc_local_id.x) * 4 + 384];
        let b_25: f32 = tile_b[i32(tcc_local_id.x) * 4 + 1 + 384];
        let b_26: f32 = tile_b[i32(tcc_local_id.x) * 4 + 2 + 384];
        let b_27: f32 = tile_b[i32(tcc_local_id.x) * 4 + 3 + 384];
        acc0_0 = fma(a_12, b_24, acc0_0);
        acc0_1 = fma(a_12, b_25, acc0_1);
        acc0_2 = fma(a_12, b_26, acc0_2);
        acc0_3 = fma(a_12, b_27, acc0_3);
        acc1_0 = fma(a_13, b_24, acc1_0);
        acc1_1 = fma(a_13, b_25, acc1_1);
        acc1_2 = fma(a_13, b_26, acc1_2);
        acc1_3 = fma(a_13, b_27, acc1_3);
        let a_14: f32 = tile_a[i32(tcc_local_id.y) * 2 + 231];
        let a_15: f32 = tile_a[i32(tcc_local_id.y) * 2 + 1 + 231];
        let b_28: f32 = tile_b[i32(tcc_local_id.x) * 4 + 448];
        let b_29: f32 = tile_b[i32(tcc_local_id.x) * 4 + 1 + 448];
        let b_30: f32 = tile_b[i32(tcc_local_id.x) * 4 + 2 + 448];
        let b_31: f32 = tile_b[i32(tcc_local_id.x) * 4 + 3 + 448];
        acc0_0 = fma(a_14, b_28, acc0_0);
        acc0_1 = fma(a_14, b_29, acc0_1);
        acc0_2 = fma(a_14, b_30, acc0_2);
        acc0_3 = fma(a_14, b_31, acc0_3);
        acc1_0 = fma(a_15, b_28, acc1_0);
        acc1_1 = fma(a_15, b_29, acc1_1);
        acc1_2 = fma(a_15, b_30, acc1_2);
        acc1_3 = fma(a_15, b_31, acc1_3);
        let a_16: f32 = tile_a[i32(tcc_local_id.y) * 2 + 264];
        let a_17: f32 = tile_a[i32(tcc_local_id.y) * 2 + 1 + 264];
        let b_32: f32 = tile_b[i32(tcc_local_id.x) * 4 + 512];
        let b_33: f32 = tile_b[i32(tcc_local_id.x) * 4 + 1 + 512];
        let b_34: f32 = tile_b[i32(tcc_local_id.x) * 4 + 2 + 512];
        let b_35: f32 = tile_b[i32(tcc_local_id.x) * 4 + 3 + 512];
        acc0_0 = fma(a_16, b_32, acc0_0);
        acc0_1 = fma(a_16, b_33, acc0_1);
        acc0_2 = fma(a_16, b_34, acc0_2);
        acc0_3 = fma(a_16, b_35, acc0_3);
        acc1_0 = fma(a_17, b_32, acc1_0);
        acc1_1 = fma(a_17, b_33, acc1_1);
        acc1_2 = fma(a_17, b_34, acc1_2);
        acc1_3 = fma(a_17, b_35, acc1_3);
        let a_18: f32 = tile_a[i32(tcc_local_id.y) * 2 + 297];
        let a_19: f32 = tile_a[i32(tcc_local_id.y) * 2 + 1 + 297];
        let b_36: f32 = tile_b[i32(tcc_local_id.x) * 4 + 576];
        let b_37: f32 = tile_b[i32(tcc_local_id.x) * 4 + 1 + 576];
        let b_38: f32 = tile_b[i32(tcc_local_id.x) * 4 + 2 + 576];
        let b_39: f32 = tile_b[i32(tcc_local_id.x) * 4 + 3 + 576];
        acc0_0 = fma(a_18, b_36, acc0_0);
        acc0_1 = fma(a_18, b_37, acc0_1);
        acc0_2 = fma(a_18, b_38, acc0_2);
        acc0_3 = fma(a_18, b_39, acc0_3);
        acc1_0 = fma(a_19, b_36, acc1_0);
        acc1_1 = fma(a_19, b_37, acc1_1);
        acc1_2 = fma(a_19, b_38, acc1_2);
        acc1_3 = fma(a_19, b_39, acc1_3);
        let a_20: f32 = tile_a[i32(tcc_local_id.y) * 2 + 330];
        let a_21: f32 = tile_a[i32(tcc_local_id.y) * 2 + 1 + 330];
        let b_40: f32 = tile_b[i32(tcc_local_id.x) * 4 + 640];
        let b_41: f32 = tile_b[i32(tcc_local_id.x) * 4 + 1 + 640];
        let b_42: f32 = tile_b[i32(tcc_local_id.x) * 4 + 2 + 640];
        let b_43: f32 = tile_b[i32(tcc_local_id.x) * 4 + 3 + 640];
        acc0_0 = fma(a_20, b_40, acc0_0);
        acc0_1 = fma(a_20, b_41, acc0_1);
        acc0_2 = fma(a_20, b_42, acc0_2);
        acc0_3 = fma(a_20, b_43, acc0_3);
        acc1_0 = fma(a_21, b_40, acc1_0);
        acc1_1 = fma(a_21, b_41, acc1_1);
        acc1_2 = fma(a_21, b_42, acc1_2);
        acc1_3 = fma(a_21, b_43, acc1_3);
        let a_22: f32 = tile_a[i32(tcc_local_id.y) * 2 + 363];
        let a_23: f32 = tile_a[i32(tcc_local_id.y) * 2 + 1 + 363];
        let b_44: f32 = tile_b[i32(tcc_local_id.x) * 4 + 704];
        let b_45: f32 = tile_b[i32(tcc_local_id.x) * 4 + 1 + 704];
        let b_46: f32 = tile_b[i32(tcc_local_id.x) * 4 + 2 + 704];
        let b_47: f32 = tile_b[i32(tcc_local_id.x) * 4 + 3 + 704];
        acc0_0 = fma(a_22, b_44, acc0_0);
        acc0_1 = fma(a_22, b_45, acc0_1);
        acc0_2 = fma(a_22, b_46, acc0_2);
        acc0_3 = fma(a_22, b_47, acc0_3);
        acc1_0 = fma(a_23, b_44, acc1_0);
        acc1_1 = fma(a_23, b_45, acc1_1);
        acc1_2 = fma(a_23, b_46, acc1_2);
        acc1_3 = fma(a_23, b_47, acc1_3);
        let a_24: f32 = tile_a[i32(tcc_local_id.y) * 2 + 396];
        let a_25: f32 = tile_a[i32(tcc_local_id.y) * 2 + 1 + 396];
        let b_48: f32 = tile_b[i32(tcc_local_id.x) * 4 + 768];
        let b_49: f32 = tile_b[i32(tcc_local_id.x) * 4 + 1 + 768];
        let b_50: f32 = tile_b[i32(tcc_local_id.x) * 4 + 2 + 768];
        let b_51: f32 = tile_b[i32(tcc_local_id.x) * 4 + 3 + 768];
        acc0_0 = fma(a_24, b_48, acc0_0);
        acc0_1 = fma(a_24, b_49, acc0_1);
        acc0_2 = fma(a_24, b_50, acc0_2);
        acc0_3 = fma(a_24, b_51, acc0_3);
        acc1_0 = fma(a_25, b_48, acc1_0);
        acc1_1 = fma(a_25, b_49, acc1_1);
        acc1_2 = fma(a_25, b_50, acc1_2);
        acc1_3 = fma(a_25, b_51, acc1_3);
        let a_26: f32 = tile_a[i32(tcc_local_id.y) * 2 + 429];
        let a_27: f32 = tile_a[i32(tcc_local_id.y) * 2 + 1 + 429];
        let b_52: f32 = tile_b[i32(tcc_local_id.x) * 4 + 832];
        let b_53: f32 = tile_b[i32(tcc_local_id.x) * 4 + 1 + 832];
        let b_54: f32 = tile_b[i32(tcc_local_id.x) * 4 + 2 + 832];
        let b_55: f32 = tile_b[i32(tcc_local_id.x) * 4 + 3 + 832];
        acc0_0 = fma(a_26, b_52, acc0_0);
        acc0_1 = fma(a_26, b_53, acc0_1);
        acc0_2 = fma(a_26, b_54, acc0_2);
        acc0_3 = fma(a_26, b_55, acc0_3);
        acc1_0 = fma(a_27, b_52, acc1_0);
        acc1_1 = fma(a_27, b_53, acc1_1);
        acc1_2 = fma(a_27, b_54, acc1_2);
        acc1_3 = fma(a_27, b_55, acc1_3);
        let a_28: f32 = tile_a[i32(tcc_local_id.y) * 2 + 462];
        let a_29: f32 = tile_a[i32(tcc_local_id.y) * 2 + 1 + 462];
        let b_56: f32 = tile_b[i32(tcc_local_id.x) * 4 + 896];
        let b_57: f32 = tile_b[i32(tcc_local_id.x) * 4 + 1 + 896];
        let b_58: f32 = tile_b[i32(tcc_local_id.x) * 4 + 2 + 896];
        let b_59: f32 = tile_b[i32(tcc_local_id.x) * 4 + 3 + 896];
        acc0_0 = fma(a_28, b_56, acc0_0);
        acc0_1 = fma(a_28, b_57, acc0_1);
        acc0_2 = fma(a_28, b_58, acc0_2);
        acc0_3 = fma(a_28, b_59, acc0_3);
        acc1_0 = fma(a_29, b_56, acc1_0);
        acc1_1 = fma(a_29, b_57, acc1_1);
        acc1_2 = fma(a_29, b_58, acc1_2);
        acc1_3 = fma(a_29, b_59, acc1_3);
        let a_30: f32 = tile_a[i32(tcc_local_id.y) * 2 + 495];
        let a_31: f32 = tile_a[i32(tcc_local_id.y) * 2 + 1 + 495];
        let b_60: f32 = tile_b[i32(tcc_local_id.x) * 4 + 960];
        let b_61: f32 = tile_b[i32(tcc_local_id.x) * 4 + 1 + 960];
        let b_62: f32 = tile_b[i32(tcc_local_id.x) * 4 + 2 + 960];
        let b_63: f32 = tile_b[i32(tcc_local_id.x) * 4 + 3 + 960];
        acc0_0 = fma(a_30, b_60, acc0_0);
        acc0_1 = fma(a_30, b_61, acc0_1);
        acc0_2 = fma(a_30, b_62, acc0_2);
        acc0_3 = fma(a_30, b_63, acc0_3);
        acc1_0 = fma(a_31, b_60, acc1_0);
        acc1_1 = fma(a_31, b_61, acc1_1);
        acc1_2 = fma(a_31, b_62, acc1_2);
        acc1_3 = fma(a_31, b_63, acc1_3);
        workgroupBarrier();
    }
    if ((r0 < 24) && (c0 < 110)) {
        let v_12: f32 = in_w_1[r0];
        let lin: i32 = (i32(tcc_group_id.z) * 24 + r0) * 110 + c0;
        let y: f32 = v_12 + acc0_0;
        let i1_10: i32 = lin / 110;
        let i2_6: i32 = lin / 11 % 10;
        let i3: i32 = lin % 11;
        let v_13: f32 = 1.0 / (1.0 + exp(-y));
        out_mul[lin] = y * v_13;
    }
    if ((r0 < 24) && (c1 < 110)) {
        let v_14: f32 = in_w_1[r0];
        let lin_1: i32 = (i32(tcc_group_id.z) * 24 + r0) * 110 + c1;
        let y_1: f32 = v_14 + acc0_1;
        let i1_11: i32 = lin_1 / 110;
        let i2_7: i32 = lin_1 / 11 % 10;
        let i3_1: i32 = lin_1 % 11;
        let v_15: f32 = 1.0 / (1.0 + exp(-y_1));
        out_mul[lin_1] = y_1 * v_15;
    }
    if ((r0 < 24) && (c2 < 110)) {
        let v_16: f32 = in_w_1[r0];
        let lin_2: i32 = (i32(tcc_group_id.z) * 24 + r0) * 110 + c2;
        let y_2: f32 = v_16 + acc0_2;
        let i1_12: i32 = lin_2 / 110;
        let i2_8: i32 = lin_2 / 11 % 10;
        let i3_2: i32 = lin_2 % 11;
        let v_17: f32 = 1.0 / (1.0 + exp(-y_2));
        out_mul[lin_2] = y_2 * v_17;
    }
    if ((r0 < 24) && (c3 < 110)) {
        let v_18: f32 = in_w_1[r0];
        let lin_3: i32 = (i32(tcc_group_id.z) * 24 + r0) * 110 + c3;
        let y_3: f32 = v_18 + acc0_3;
        let i1_13: i32 = lin_3 / 110;
        let i2_9: i32 = lin_3 / 11 % 10;
        let i3_3: i32 = lin_3 % 11;
        let v_19: f32 = 1.0 / (1.0 + exp(-y_3));
        out_mul[lin_3] = y_3 * v_19;
    }
    if ((r1 < 24) && (c0 < 110)) {
        let v_20: f32 = in_w_1[r1];
        let lin_4: i32 = (i32(tcc_group_id.z) * 24 + r1) * 110 + c0;
        let y_4: f32 = v_20 + acc1_0;
        let i1_14: i32 = lin_4 / 110;
        let i2_10: i32 = lin_4 / 11 % 10;
        let i3_4: i32 = lin_4 % 11;
        let v_21: f32 = 1.0 / (1.0 + exp(-y_4));
        out_mul[lin_4] = y_4 * v_21;
    }
    if ((r1 < 24) && (c1 < 110)) {
        let v_22: f32 = in_w_1[r1];
        let lin_5: i32 = (i32(tcc_group_id.z) * 24 + r1) * 110 + c1;
        let y_5: f32 = v_22 + acc1_1;
        let i1_15: i32 = lin_5 / 110;
        let i2_11: i32 = lin_5 / 11 % 10;
        let i3_5: i32 = lin_5 % 11;
        let v_23: f32 = 1.0 / (1.0 + exp(-y_5));
        out_mul[lin_5] = y_5 * v_23;
    }
    if ((r1 < 24) && (c2 < 110)) {
        let v_24: f32 = in_w_1[r1];
        let lin_6: i32 = (i32(tcc_group_id.z) * 24 + r1) * 110 + c2;
        let y_6: f32 = v_24 + acc1_2;
        let i1_16: i32 = lin_6 / 110;
        let i2_12: i32 = lin_6 / 11 % 10;
        let i3_6: i32 = lin_6 % 11;
        let v_25: f32 = 1.0 / (1.0 + exp(-y_6));
        out_mul[lin_6] = y_6 * v_25;
    }
    if ((r1 < 24) && (c3 < 110)) {
        let v_26: f32 = in_w_1[r1];
        let lin_7: i32 = (i32(tcc_group_id.z) * 24 + r1) * 110 + c3;
        let y_7: f32 = v_26 + acc1_3;
        let i1_17: i32 = lin_7 / 110;
        let i2_13: i32 = lin_7 / 11 % 10;
        let i3_7: i32 = lin_7 % 11;
        let v_27: f32 = 1.0 / (1.0 + exp(-y_7));
        out_mul[lin_7] = y_7 * v_27;
    }
}
