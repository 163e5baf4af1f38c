@group(0) @binding(0) var<storage, read> in_x: array<f32>;
@group(0) @binding(1) var<storage, read> in_w: array<f32>;
@group(0) @binding(2) var<storage, read> in_w_1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out_tanh: array<f32>;

var<workgroup> tile_a: array<f32, 528>;
var<workgroup> tile_b: array<f32, 1024>;

fn tcc_tanh(x: f32) -> f32 {
    let x2 = x * x;
    let series = x * (1.0 + x2 * (-0.33333333 + x2 * (0.13333333 + x2 * -0.053968254)));
    return select(tanh(x), series, abs(x) < 0.0625);
}

@compute @workgroup_size(16, 16, 1)
fn k0_matmul(@builtin(local_invocation_id) tcc_local_id: vec3<u32>, @builtin(workgroup_id) tcc_group_id: vec3<u32>)
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
    for (var k0: i32 = 0; k0 < 53; k0 += 16) {
        {
            let sr: i32 = slot / 16;
            let sc: i32 = slot % 16;
            let si: i32 = row0 + sr;
            let sj: i32 = k0 + sc;
            var v: f32 = 0.0;
            if ((si < 25) && (sj < 53)) {
                let v_1: f32 = in_x[si * 53 + sj];
                let v_2: f32 = v_1 * 0.5;
                v = v_2;
            }
            tile_a[sc * 33 + sr] = v;
        }
        let idx: i32 = slot + 256;
        {
            let sr_1: i32 = idx / 16;
            let sc_1: i32 = idx % 16;
            let si_1: i32 = row0 + sr_1;
            let sj_1: i32 = k0 + sc_1;
            var v_3: f32 = 0.0;
            if ((si_1 < 25) && (sj_1 < 53)) {
                let v_4: f32 = in_x[si_1 * 53 + sj_1];
                let v_5: f32 = v_4 * 0.5;
                v_3 = v_5;
            }
            tile_a[sc_1 * 33 + sr_1] = v_3;
        }
        {
            let sr_2: i32 = slot / 64;
            let sc_2: i32 = slot % 64;
            let si_2: i32 = k0 + sr_2;
            let sj_2: i32 = col0 + sc_2;
            var v_6: f32 = 0.0;
            if ((si_2 < 53) && (sj_2 < 73)) {
                let v_7: f32 = in_w[si_2 * 73 + sj_2];
                v_6 = v_7;
            }
            tile_b[sr_2 * 64 + sc_2] = v_6;
        }
        let idx_1: i32 = slot + 256;
        {
            let sr_3: i32 = idx_1 / 64;
            let sc_3: i32 = idx_1 % 64;
            let si_3: i32 = k0 + sr_3;
            let sj_3: i32 = col0 + sc_3;
            var v_8: f32 = 0.0;
            if ((si_3 < 53) && (sj_3 < 73)) {
                let v_9: f32 = in_w[si_3 * 73 + sj_3];
                v_8 = v_9;
            }
            tile_b[sr_3 * 64 + sc_3] = v_8;
        }
        let idx_2: i32 = slot + 512;
        {
            let sr_4: i32 = idx_2 / 64;
            let sc_4: i32 = idx_2 % 64;
            let si_4: i32 = k0 + sr_4;
            let sj_4: i32 = col0 + sc_4;
            var v_10: f32 = 0.0;
            if ((si_4 < 53) && (sj_4 < 73)) {
                let v_11: f32 = in_w[si_4 * 73 + sj_4];
                v_10 = v_11;
            }
            tile_b[sr_4 * 64 + sc_4] = v_10;
        }
        let idx_3: i32 = slot + 768;
        {
            let sr_5: i32 = idx_3 / 64;
            let sc_5: i32 = idx_3 % 64;
            let si_5: i32 = k0 + sr_5;
            let sj_5: i32 = col0 + sc_5;
            var v_12: f32 = 0.0;
            if ((si_5 < 53) && (sj_5 < 73)) {
                let v_13: f32 = in_w[si_5 * 73 + sj_5];
                v_12 = v_13;
            }
            tile_b[sr_5 * 64 + sc_5] = v_12;
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
    if ((r0 < 25) && (c0 < 73)) {
        let lin: i32 = (i32(tcc_group_id.z) * 25 + r0) * 73 + c0;
        let i1: i32 = lin / 73;
        let i2: i32 = lin % 73;
        let v_14: f32 = in_w_1[i2];
        let v_15: f32 = acc0_0 + v_14;
        out_tanh[lin] = tcc_tanh(v_15);
    }
    if ((r0 < 25) && (c1 < 73)) {
        let lin_1: i32 = (i32(tcc_group_id.z) * 25 + r0) * 73 + c1;
        let i1_1: i32 = lin_1 / 73;
        let i2_1: i32 = lin_1 % 73;
        let v_16: f32 = in_w_1[i2_1];
        let v_17: f32 = acc0_1 + v_16;
        out_tanh[lin_1] = tcc_tanh(v_17);
    }
    if ((r0 < 25) && (c2 < 73)) {
        let lin_2: i32 = (i32(tcc_group_id.z) * 25 + r0) * 73 + c2;
        let i1_2: i32 = lin_2 / 73;
        let i2_2: i32 = lin_2 % 73;
        let v_18: f32 = in_w_1[i2_2];
        let v_19: f32 = acc0_2 + v_18;
        out_tanh[lin_2] = tcc_tanh(v_19);
    }
    if ((r0 < 25) && (c3 < 73)) {
        let lin_3: i32 = (i32(tcc_group_id.z) * 25 + r0) * 73 + c3;
        let i1_3: i32 = lin_3 / 73;
        let i2_3: i32 = lin_3 % 73;
        let v_20: f32 = in_w_1[i2_3];
        let v_21: f32 = acc0_3 + v_20;
        out_tanh[lin_3] = tcc_tanh(v_21);
    }
    if ((r1 < 25) && (c0 < 73)) {
        let lin_4: i32 = (i32(tcc_group_id.z) * 25 + r1) * 73 + c0;
        let i1_4: i32 = lin_4 / 73;
        let i2_4: i32 = lin_4 % 73;
        let v_22: f32 = in_w_1[i2_4];
        let v_23: f32 = acc1_0 + v_22;
        out_tanh[lin_4] = tcc_tanh(v_23);
    }
    if ((r1 < 25) && (c1 < 73)) {
        let lin_5: i32 = (i32(tcc_group_id.z) * 25 + r1) * 73 + c1;
        let i1_5: i32 = lin_5 / 73;
        let i2_5: i32 = lin_5 % 73;
        let v_24: f32 = in_w_1[i2_5];
        let v_25: f32 = acc1_1 + v_24;
        out_tanh[lin_5] = tcc_tanh(v_25);
    }
    if ((r1 < 25) && (c2 < 73)) {
        let lin_6: i32 = (i32(tcc_group_id.z) * 25 + r1) * 73 + c2;
        let i1_6: i32 = lin_6 / 73;
        let i2_6: i32 = lin_6 % 73;
        let v_26: f32 = in_w_1[i2_6];
        let v_27: f32 = acc1_2 + v_26;
        out_tanh[lin_6] = tcc_tanh(v_27);
    }
    if ((r1 < 25) && (c3 < 73)) {
        let lin_7: i32 = (i32(tcc_group_id.z) * 25 + r1) * 73 + c3;
        let i1_7: i32 = lin_7 / 73;
        let i2_7: i32 = lin_7 % 73;
        let v_28: f32 = in_w_1[i2_7];
        let v_29: f32 = acc1_3 + v_28;
        out_tanh[lin_7] = tcc_tanh(v_29);
    }
}
