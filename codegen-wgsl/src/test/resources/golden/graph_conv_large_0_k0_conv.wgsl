@group(0) @binding(0) var<storage, read> in_w: array<f32>;
@group(0) @binding(1) var<storage, read> in_x: array<f32>;
@group(0) @binding(2) var<storage, read> in_w_1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out_mul: array<f32>;

@compute @workgroup_size(8, 4, 1)
fn k0_conv(@builtin(local_invocation_id) tcc_local_id: vec3<u32>, @builtin(workgroup_id) tcc_group_id: vec3<u32>)
{
    let row0: i32 = i32(tcc_group_id.y) * 32;
    let col0: i32 = i32(tcc_group_id.x) * 128;
    let slot: i32 = i32(tcc_local_id.y) * 8 + i32(tcc_local_id.x);
    let r0: i32 = row0 + i32(tcc_local_id.y) * 8;
    let r1: i32 = row0 + (i32(tcc_local_id.y) * 8 + 1);
    let r2: i32 = row0 + (i32(tcc_local_id.y) * 8 + 2);
    let r3: i32 = row0 + (i32(tcc_local_id.y) * 8 + 3);
    let r4: i32 = row0 + (i32(tcc_local_id.y) * 8 + 4);
    let r5: i32 = row0 + (i32(tcc_local_id.y) * 8 + 5);
    let r6: i32 = row0 + (i32(tcc_local_id.y) * 8 + 6);
    let r7: i32 = row0 + (i32(tcc_local_id.y) * 8 + 7);
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
    var acc1_0: f32 = 0.0;
    var acc1_1: f32 = 0.0;
    var acc1_2: f32 = 0.0;
    var acc1_3: f32 = 0.0;
    var acc1_4: f32 = 0.0;
    var acc1_5: f32 = 0.0;
    var acc1_6: f32 = 0.0;
    var acc1_7: f32 = 0.0;
    var acc1_8: f32 = 0.0;
    var acc1_9: f32 = 0.0;
    var acc1_10: f32 = 0.0;
    var acc1_11: f32 = 0.0;
    var acc1_12: f32 = 0.0;
    var acc1_13: f32 = 0.0;
    var acc1_14: f32 = 0.0;
    var acc1_15: f32 = 0.0;
    var acc2_0: f32 = 0.0;
    var acc2_1: f32 = 0.0;
    var acc2_2: f32 = 0.0;
    var acc2_3: f32 = 0.0;
    var acc2_4: f32 = 0.0;
    var acc2_5: f32 = 0.0;
    var acc2_6: f32 = 0.0;
    var acc2_7: f32 = 0.0;
    var acc2_8: f32 = 0.0;
    var acc2_9: f32 = 0.0;
    var acc2_10: f32 = 0.0;
    var acc2_11: f32 = 0.0;
    var acc2_12: f32 = 0.0;
    var acc2_13: f32 = 0.0;
    var acc2_14: f32 = 0.0;
    var acc2_15: f32 = 0.0;
    var acc3_0: f32 = 0.0;
    var acc3_1: f32 = 0.0;
    var acc3_2: f32 = 0.0;
    var acc3_3: f32 = 0.0;
    var acc3_4: f32 = 0.0;
    var acc3_5: f32 = 0.0;
    var acc3_6: f32 = 0.0;
    var acc3_7: f32 = 0.0;
    var acc3_8: f32 = 0.0;
    var acc3_9: f32 = 0.0;
    var acc3_10: f32 = 0.0;
    var acc3_11: f32 = 0.0;
    var acc3_12: f32 = 0.0;
    var acc3_13: f32 = 0.0;
    var acc3_14: f32 = 0.0;
    var acc3_15: f32 = 0.0;
    var acc4_0: f32 = 0.0;
    var acc4_1: f32 = 0.0;
    var acc4_2: f32 = 0.0;
    var acc4_3: f32 = 0.0;
    var acc4_4: f32 = 0.0;
    var acc4_5: f32 = 0.0;
    var acc4_6: f32 = 0.0;
    var acc4_7: f32 = 0.0;
    var acc4_8: f32 = 0.0;
    var acc4_9: f32 = 0.0;
    var acc4_10: f32 = 0.0;
    var acc4_11: f32 = 0.0;
    var acc4_12: f32 = 0.0;
    var acc4_13: f32 = 0.0;
    var acc4_14: f32 = 0.0;
    var acc4_15: f32 = 0.0;
    var acc5_0: f32 = 0.0;
    var acc5_1: f32 = 0.0;
    var acc5_2: f32 = 0.0;
    var acc5_3: f32 = 0.0;
    var acc5_4: f32 = 0.0;
    var acc5_5: f32 = 0.0;
    var acc5_6: f32 = 0.0;
    var acc5_7: f32 = 0.0;
    var acc5_8: f32 = 0.0;
    var acc5_9: f32 = 0.0;
    var acc5_10: f32 = 0.0;
    var acc5_11: f32 = 0.0;
    var acc5_12: f32 = 0.0;
    var acc5_13: f32 = 0.0;
    var acc5_14: f32 = 0.0;
    var acc5_15: f32 = 0.0;
    var acc6_0: f32 = 0.0;
    var acc6_1: f32 = 0.0;
    var acc6_2: f32 = 0.0;
    var acc6_3: f32 = 0.0;
    var acc6_4: f32 = 0.0;
    var acc6_5: f32 = 0.0;
    var acc6_6: f32 = 0.0;
    var acc6_7: f32 = 0.0;
    var acc6_8: f32 = 0.0;
    var acc6_9: f32 = 0.0;
    var acc6_10: f32 = 0.0;
    var acc6_11: f32 = 0.0;
    var acc6_12: f32 = 0.0;
    var acc6_13: f32 = 0.0;
    var acc6_14: f32 = 0.0;
    var acc6_15: f32 = 0.0;
    var acc7_0: f32 = 0.0;
    var acc7_1: f32 = 0.0;
    var acc7_2: f32 = 0.0;
    var acc7_3: f32 = 0.0;
    var acc7_4: f32 = 0.0;
    var acc7_5: f32 = 0.0;
    var acc7_6: f32 = 0.0;
    var acc7_7: f32 = 0.0;
    var acc7_8: f32 = 0.0;
    var acc7_9: f32 = 0.0;
    var acc7_10: f32 = 0.0;
    var acc7_11: f32 = 0.0;
    var acc7_12: f32 = 0.0;
    var acc7_13: f32 = 0.0;
    var acc7_14: f32 = 0.0;
    var acc7_15: f32 = 0.0;
    for (var k0: i32 = 0; k0 < 81; k0 += 8) {
        var v: f32 = 0.0;
        if ((r0 < 24) && (k0 < 81)) {
            let i0: i32 = k0 / 9;
            let i1: i32 = k0 / 3 % 3;
            let i2: i32 = k0 % 3;
            let v_1: f32 = in_w[r0 * 81 + i0 * 9 + i1 * 3 + i2];
            v = v_1;
        }
        var v_2: f32 = 0.0;
        if ((r1 < 24) && (k0 < 81)) {
            let i0_1: i32 = k0 / 9;
            let i1_1: i32 = k0 / 3 % 3;
            let i2_1: i32 = k0 % 3;
            let v_3: f32 = in_w[r1 * 81 + i0_1 * 9 + i1_1 * 3 + i2_1];
            v_2 = v_3;
        }
        var v_4: f32 = 0.0;
        if ((r2 < 24) && (k0 < 81)) {
            let i0_2: i32 = k0 / 9;
            let i1_2: i32 = k0 / 3 % 3;
            let i2_2: i32 = k0 % 3;
            let v_5: f32 = in_w[r2 * 81 + i0_2 * 9 + i1_2 * 3 + i2_2];
            v_4 = v_5;
        }
        var v_6: f32 = 0.0;
        if ((r3 < 24) && (k0 < 81)) {
            let i0_3: i32 = k0 / 9;
            let i1_3: i32 = k0 / 3 % 3;
            let i2_3: i32 = k0 % 3;
            let v_7: f32 = in_w[r3 * 81 + i0_3 * 9 + i1_3 * 3 + i2_3];
            v_6 = v_7;
        }
        var v_8: f32 = 0.0;
        if ((r4 < 24) && (k0 < 81)) {
            let i0_4: i32 = k0 / 9;
            let i1_4: i32 = k0 / 3 % 3;
            let i2_4: i32 = k0 % 3;
            let v_9: f32 = in_w[r4 * 81 + i0_4 * 9 + i1_4 * 3 + i2_4];
            v_8 = v_9;
        }
        var v_10: f32 = 0.0;
        if ((r5 < 24) && (k0 < 81)) {
            let i0_5: i32 = k0 / 9;
            let i1_5: i32 = k0 / 3 % 3;
            let i2_5: i32 = k0 % 3;
            let v_11: f32 = in_w[r5 * 81 + i0_5 * 9 + i1_5 * 3 + i2_5];
            v_10 = v_11;
        }
        var v_12: f32 = 0.0;
        if ((r6 < 24) && (k0 < 81)) {
            let i0_6: i32 = k0 / 9;
            let i1_6: i32 = k0 / 3 % 3;
            let i2_6: i32 = k0 % 3;
            let v_13: f32 = in_w[r6 * 81 + i0_6 * 9 + i1_6 * 3 + i2_6];
            v_12 = v_13;
        }
        var v_14: f32 = 0.0;
        if ((r7 < 24) && (k0 < 81)) {
            let i0_7: i32 = k0 / 9;
            let i1_7: i32 = k0 / 3 % 3;
            let i2_7: i32 = k0 % 3;
            let v_15: f32 = in_w[r7 * 81 + i0_7 * 9 + i1_7 * 3 + i2_7];
            v_14 = v_15;
        }
        let i0_8: i32 = k0 / 9;
        let i1_8: i32 = k0 / 3 % 3;
        let i2_8: i32 = k0 % 3;
        let i0_9: i32 = c0 / 11;
        let i1_9: i32 = c0 % 11;
        let x0: i32 = i0_9 + i1_8 - 1;
        let x1: i32 = i1_9 + i2_8 - 1;
        var v_16: f32 = 0.0;
        if ((k0 < 81) && (c0 < 110) && ((x0 >= 0) && (x0 < 10) && ((x1 >= 0) && (x1 < 11)))) {
            let v_17: f32 = in_x[i0_8 * 110 + x0 * 11 + x1];
            v_16 = v_17;
        }
        let i0_10: i32 = c1 / 11;
        let i1_10: i32 = c1 % 11;
        let x0_1: i32 = i0_10 + i1_8 - 1;
        let x1_1: i32 = i1_10 + i2_8 - 1;
        var v_18: f32 = 0.0;
        if ((k0 < 81) && (c1 < 110) && ((x0_1 >= 0) && (x0_1 < 10) && ((x1_1 >= 0) && (x1_1 < 11)))) {
            let v_19: f32 = in_x[i0_8 * 110 + x0_1 * 11 + x1_1];
            v_18 = v_19;
        }
        let i0_11: i32 = c2 / 11;
        let i1_11: i32 = c2 % 11;
        let x0_2: i32 = i0_11 + i1_8 - 1;
        let x1_2: i32 = i1_11 + i2_8 - 1;
        var v_20: f32 = 0.0;
        if ((k0 < 81) && (c2 < 110) && ((x0_2 >= 0) && (x0_2 < 10) && ((x1_2 >= 0) && (x1_2 < 11)))) {
            let v_21: f32 = in_x[i0_8 * 110 + x0_2 * 11 + x1_2];
            v_20 = v_21;
        }
        let i0_12: i32 = c3 / 11;
        let i1_12: i32 = c3 % 11;
        let x0_3: i32 = i0_12 + i1_8 - 1;
        let x1_3: i32 = i1_12 + i2_8 - 1;
        var v_22: f32 = 0.0;
        if ((k0 < 81) && (c3 < 110) && ((x0_3 >= 0) && (x0_3 < 10) && ((x1_3 >= 0) && (x1_3 < 11)))) {
            let v_23: f32 = in_x[i0_8 * 110 + x0_3 * 11 + x1_3];
            v_22 = v_23;
        }
        let i0_13: i32 = c4 / 11;
        let i1_13: i32 = c4 % 11;
        let x0_4: i32 = i0_13 + i1_8 - 1;
        let x1_4: i32 = i1_13 + i2_8 - 1;
        var v_24: f32 = 0.0;
        if ((k0 < 81) && (c4 < 110) && ((x0_4 >= 0) && (x0_4 < 10) && ((x1_4 >= 0) && (x1_4 < 11)))) {
            let v_25: f32 = in_x[i0_8 * 110 + x0_4 * 11 + x1_4];
            v_24 = v_25;
        }
        let i0_14: i32 = c5 / 11;
        let i1_14: i32 = c5 % 11;
        let x0_5: i32 = i0_14 + i1_8 - 1;
        let x1_5: i32 = i1_14 + i2_8 - 1;
        var v_26: f32 = 0.0;
        if ((k0 < 81) && (c5 < 110) && ((x0_5 >= 0) && (x0_5 < 10) && ((x1_5 >= 0) && (x1_5 < 11)))) {
            let v_27: f32 = in_x[i0_8 * 110 + x0_5 * 11 + x1_5];
            v_26 = v_27;
        }
        let i0_15: i32 = c6 / 11;
        let i1_15: i32 = c6 % 11;
        let x0_6: i32 = i0_15 + i1_8 - 1;
        let x1_6: i32 = i1_15 + i2_8 - 1;
        var v_28: f32 = 0.0;
        if ((k0 < 81) && (c6 < 110) && ((x0_6 >= 0) && (x0_6 < 10) && ((x1_6 >= 0) && (x1_6 < 11)))) {
            let v_29: f32 = in_x[i0_8 * 110 + x0_6 * 11 + x1_6];
            v_28 = v_29;
        }
        let i0_16: i32 = c7 / 11;
        let i1_16: i32 = c7 % 11;
        let x0_7: i32 = i0_16 + i1_8 - 1;
        let x1_7: i32 = i1_16 + i2_8 - 1;
        var v_30: f32 = 0.0;
        if ((k0 < 81) && (c7 < 110) && ((x0_7 >= 0) && (x0_7 < 10) && ((x1_7 >= 0) && (x1_7 < 11)))) {
            let v_31: f32 = in_x[i0_8 * 110 + x0_7 * 11 + x1_7];
            v_30 = v_31;
        }
        let i0_17: i32 = c8 / 11;
        let i1_17: i32 = c8 % 11;
        let x0_8: i32 = i0_17 + i1_8 - 1;
        let x1_8: i32 = i1_17 + i2_8 - 1;
        var v_32: f32 = 0.0;
        if ((k0 < 81) && (c8 < 110) && ((x0_8 >= 0) && (x0_8 < 10) && ((x1_8 >= 0) && (x1_8 < 11)))) {
            let v_33: f32 = in_x[i0_8 * 110 + x0_8 * 11 + x1_8];
            v_32 = v_33;
        }
        let i0_18: i32 = c9 / 11;
        let i1_18: i32 = c9 % 11;
        let x0_9: i32 = i0_18 + i1_8 - 1;
        let x1_9: i32 = i1_18 + i2_8 - 1;
        var v_34: f32 = 0.0;
        if ((k0 < 81) && (c9 < 110) && ((x0_9 >= 0) && (x0_9 < 10) && ((x1_9 >= 0) && (x1_9 < 11)))) {
            let v_35: f32 = in_x[i0_8 * 110 + x0_9 * 11 + x1_9];
            v_34 = v_35;
        }
        let i0_19: i32 = c10 / 11;
        let i1_19: i32 = c10 % 11;
        let x0_10: i32 = i0_19 + i1_8 - 1;
        let x1_10: i32 = i1_19 + i2_8 - 1;
        var v_36: f32 = 0.0;
        if ((k0 < 81) && (c10 < 110) && ((x0_10 >= 0) && (x0_10 < 10) && ((x1_10 >= 0) && (x1_10 < 11)))) {
            let v_37: f32 = in_x[i0_8 * 110 + x0_10 * 11 + x1_10];
            v_36 = v_37;
        }
        let i0_20: i32 = c11 / 11;
        let i1_20: i32 = c11 % 11;
        let x0_11: i32 = i0_20 + i1_8 - 1;
        let x1_11: i32 = i1_20 + i2_8 - 1;
        var v_38: f32 = 0.0;
        if ((k0 < 81) && (c11 < 110) && ((x0_11 >= 0) && (x0_11 < 10) && ((x1_11 >= 0) && (x1_11 < 11)))) {
            let v_39: f32 = in_x[i0_8 * 110 + x0_11 * 11 + x1_11];
            v_38 = v_39;
        }
        let i0_21: i32 = c12 / 11;
        let i1_21: i32 = c12 % 11;
        let x0_12: i32 = i0_21 + i1_8 - 1;
        let x1_12: i32 = i1_21 + i2_8 - 1;
        var v_40: f32 = 0.0;
        if ((k0 < 81) && (c12 < 110) && ((x0_12 >= 0) && (x0_12 < 10) && ((x1_12 >= 0) && (x1_12 < 11)))) {
            let v_41: f32 = in_x[i0_8 * 110 + x0_12 * 11 + x1_12];
            v_40 = v_41;
        }
        let i0_22: i32 = c13 / 11;
        let i1_22: i32 = c13 % 11;
        let x0_13: i32 = i0_22 + i1_8 - 1;
        let x1_13: i32 = i1_22 + i2_8 - 1;
        var v_42: f32 = 0.0;
        if ((k0 < 81) && (c13 < 110) && ((x0_13 >= 0) && (x0_13 < 10) && ((x1_13 >= 0) && (x1_13 < 11)))) {
            let v_43: f32 = in_x[i0_8 * 110 + x0_13 * 11 + x1_13];
            v_42 = v_43;
        }
        let i0_23: i32 = c14 / 11;
        let i1_23: i32 = c14 % 11;
        let x0_14: i32 = i0_23 + i1_8 - 1;
        let x1_14: i32 = i1_23 + i2_8 - 1;
        var v_44: f32 = 0.0;
        if ((k0 < 81) && (c14 < 110) && ((x0_14 >= 0) && (x0_14 < 10) && ((x1_14 >= 0) && (x1_14 < 11)))) {
            let v_45: f32 = in_x[i0_8 * 110 + x0_14 * 11 + x1_14];
            v_44 = v_45;
        }
        let i0_24: i32 = c15 / 11;
        let i1_24: i32 = c15 % 11;
        let x0_15: i32 = i0_24 + i1_8 - 1;
        let x1_15: i32 = i1_24 + i2_8 - 1;
        var v_46: f32 = 0.0;
        if ((k0 < 81) && (c15 < 110) && ((x0_15 >= 0) && (x0_15 < 10) && ((x1_15 >= 0) && (x1_15 < 11)))) {
            let v_47: f32 = in_x[i0_8 * 110 + x0_15 * 11 + x1_15];
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
        var v_48: f32 = 0.0;
        if ((r0 < 24) && (k0 + 1 < 81)) {
            let i0_25: i32 = (k0 + 1) / 9;
            let i1_25: i32 = (k0 + 1) / 3 % 3;
            let i2_9: i32 = (k0 + 1) % 3;
            let v_49: f32 = in_w[r0 * 81 + i0_25 * 9 + i1_25 * 3 + i2_9];
            v_48 = v_49;
        }
        var v_50: f32 = 0.0;
        if ((r1 < 24) && (k0 + 1 < 81)) {
            let i0_26: i32 = (k0 + 1) / 9;
            let i1_26: i32 = (k0 + 1) / 3 % 3;
            let i2_10: i32 = (k0 + 1) % 3;
            let v_51: f32 = in_w[r1 * 81 + i0_26 * 9 + i1_26 * 3 + i2_10];
            v_50 = v_51;
        }
        var v_52: f32 = 0.0;
        if ((r2 < 24) && (k0 + 1 < 81)) {
            let i0_27: i32 = (k0 + 1) / 9;
            let i1_27: i32 = (k0 + 1) / 3 % 3;
            let i2_11: i32 = (k0 + 1) % 3;
            let v_53: f32 = in_w[r2 * 81 + i0_27 * 9 + i1_27 * 3 + i2_11];
            v_52 = v_53;
        }
        var v_54: f32 = 0.0;
        if ((r3 < 24) && (k0 + 1 < 81)) {
            let i0_28: i32 = (k0 + 1) / 9;
            let i1_28: i32 = (k0 + 1) / 3 % 3;
            let i2_12: i32 = (k0 + 1) % 3;
            let v_55: f32 = in_w[r3 * 81 + i0_28 * 9 + i1_28 * 3 + i2_12];
            v_54 = v_55;
        }
        var v_56: f32 = 0.0;
        if ((r4 < 24) && (k0 + 1 < 81)) {
            let i0_29: i32 = (k0 + 1) / 9;
            let i1_29: i32 = (k0 + 1) / 3 % 3;
            let i2_13: i32 = (k0 + 1) % 3;
            let v_57: f32 = in_w[r4 * 81 + i0_29 * 9 + i1_29 * 3 + i2_13];
            v_56 = v_57;
        }
        var v_58: f32 = 0.0;
        if ((r5 < 24) && (k0 + 1 < 81)) {
            let i0_30: i32 = (k0 + 1) / 9;
            let i1_30: i32 = (k0 + 1) / 3 % 3;
            let i2_14: i32 = (k0 + 1) % 3;
            let v_59: f32 = in_w[r5 * 81 + i0_30 * 9 + i1_30 * 3 + i2_14];
            v_58 = v_59;
        }
        var v_60: f32 = 0.0;
        if ((r6 < 24) && (k0 + 1 < 81)) {
            let i0_31: i32 = (k0 + 1) / 9;
            let i1_31: i32 = (k0 + 1) / 3 % 3;
            let i2_15: i32 = (k0 + 1) % 3;
            let v_61: f32 = in_w[r6 * 81 + i0_31 * 9 + i1_31 * 3 + i2_15];
            v_60 = v_61;
        }
        var v_62: f32 = 0.0;
        if ((r7 < 24) && (k0 + 1 < 81)) {
            let i0_32: i32 = (k0 + 1) / 9;
            let i1_32: i32 = (k0 + 1) / 3 % 3;
            let i2_16: i32 = (k0 + 1) % 3;
            let v_63: f32 = in_w[r7 * 81 + i0_32 * 9 + i1_32 * 3 + i2_16];
            v_62 = v_63;
        }
        let i0_33: i32 = (k0 + 1) / 9;
        let i1_33: i32 = (k0 + 1) / 3 % 3;
        let i2_17: i32 = (k0 + 1) % 3;
        let x0_16: i32 = i0_9 + i1_33 - 1;
        let x1_16: i32 = i1_9 + i2_17 - 1;
        var v_64: f32 = 0.0;
        if ((k0 + 1 < 81) && (c0 < 110) && ((x0_16 >= 0) && (x0_16 < 10) && ((x1_16 >= 0) && (x1_16 < 11)))) {
            let v_65: f32 = in_x[i0_33 * 110 + x0_16 * 11 + x1_16];
            v_64 = v_65;
        }
        let x0_17: i32 = i0_10 + i1_33 - 1;
        let x1_17: i32 = i1_10 + i2_17 - 1;
        var v_66: f32 = 0.0;
        if ((k0 + 1 < 81) && (c1 < 110) && ((x0_17 >= 0) && (x0_17 < 10) && ((x1_17 >= 0) && (x1_17 < 11)))) {
            let v_67: f32 = in_x[i0_33 * 110 + x0_17 * 11 + x1_17];
            v_66 = v_67;
        }
        let x0_18: i32 = i0_11 + i1_33 - 1;
        let x1_18: i32 = i1_11 + i2_17 - 1;
        var v_68: f32 = 0.0;
        if ((k0 + 1 < 81) && (c2 < 110) && ((x0_18 >= 0) && (x0_18 < 10) && ((x1_18 >= 0) && (x1_18 < 11)))) {
            let v_69: f32 = in_x[i0_33 * 110 + x0_18 * 11 + x1_18];
            v_68 = v_69;
        }
        let x0_19: i32 = i0_12 + i1_33 - 1;
        let x1_19: i32 = i1_12 + i2_17 - 1;
        var v_70: f32 = 0.0;
        if ((k0 + 1 < 81) && (c3 < 110) && ((x0_19 >= 0) && (x0_19 < 10) && ((x1_19 >= 0) && (x1_19 < 11)))) {
            let v_71: f32 = in_x[i0_33 * 110 + x0_19 * 11 + x1_19];
            v_70 = v_71;
        }
        let x0_20: i32 = i0_13 + i1_33 - 1;
        let x1_20: i32 = i1_13 + i2_17 - 1;
        var v_72: f32 = 0.0;
        if ((k0 + 1 < 81) && (c4 < 110) && ((x0_20 >= 0) && (x0_20 < 10) && ((x1_20 >= 0) && (x1_20 < 11)))) {
            let v_73: f32 = in_x[i0_33 * 110 + x0_20 * 11 + x1_20];
            v_72 = v_73;
        }
        let x0_21: i32 = i0_14 + i1_33 - 1;
        let x1_21: i32 = i1_14 + i2_17 - 1;
        var v_74: f32 = 0.0;
        if ((k0 + 1 < 81) && (c5 < 110) && ((x0_21 >= 0) && (x0_21 < 10) && ((x1_21 >= 0) && (x1_21 < 11)))) {
            let v_75: f32 = in_x[i0_33 * 110 + x0_21 * 11 + x1_21];
            v_74 = v_75;
        }
        let x0_22: i32 = i0_15 + i1_33 - 1;
        let x1_22: i32 = i1_15 + i2_17 - 1;
        var v_76: f32 = 0.0;
        if ((k0 + 1 < 81) && (c6 < 110) && ((x0_22 >= 0) && (x0_22 < 10) && ((x1_22 >= 0) && (x1_22 < 11)))) {
            let v_77: f32 = in_x[i0_33 * 110 + x0_22 * 11 + x1_22];
            v_76 = v_77;
        }
        let x0_23: i32 = i0_16 + i1_33 - 1;
        let x1_23: i32 = i1_16 + i2_17 - 1;
        var v_78: f32 = 0.0;
        if ((k0 + 1 < 81) && (c7 < 110) && ((x0_23 >= 0) && (x0_23 < 10) && ((x1_23 >= 0) && (x1_23 < 11)))) {
            let v_79: f32 = in_x[i0_33 * 110 + x0_23 * 11 + x1_23];
            v_78 = v_79;
        }
        let x0_24: i32 = i0_17 + i1_33 - 1;
        let x1_24: i32 = i1_17 + i2_17 - 1;
        var v_80: f32 = 0.0;
        if ((k0 + 1 < 81) && (c8 < 110) && ((x0_24 >= 0) && (x0_24 < 10) && ((x1_24 >= 0) && (x1_24 < 11)))) {
            let v_81: f32 = in_x[i0_33 * 110 + x0_24 * 11 + x1_24];
            v_80 = v_81;
        }
        let x0_25: i32 = i0_18 + i1_33 - 1;
        let x1_25: i32 = i1_18 + i2_17 - 1;
        var v_82: f32 = 0.0;
        if ((k0 + 1 < 81) && (c9 < 110) && ((x0_25 >= 0) && (x0_25 < 10) && ((x1_25 >= 0) && (x1_25 < 11)))) {
            let v_83: f32 = in_x[i0_33 * 110 + x0_25 * 11 + x1_25];
            v_82 = v_83;
        }
        let x0_26: i32 = i0_19 + i1_33 - 1;
        let x1_26: i32 = i1_19 + i2_17 - 1;
        var v_84: f32 = 0.0;
        if ((k0 + 1 < 81) && (c10 < 110) && ((x0_26 >= 0) && (x0_26 < 10) && ((x1_26 >= 0) && (x1_26 < 11)))) {
            let v_85: f32 = in_x[i0_33 * 110 + x0_26 * 11 + x1_26];
            v_84 = v_85;
        }
        let x0_27: i32 = i0_20 + i1_33 - 1;
        let x1_27: i32 = i1_20 + i2_17 - 1;
        var v_86: f32 = 0.0;
        if ((k0 + 1 < 81) && (c11 < 110) && ((x0_27 >= 0) && (x0_27 < 10) && ((x1_27 >= 0) && (x1_27 < 11)))) {
            let v_87: f32 = in_x[i0_33 * 110 + x0_27 * 11 + x1_27];
            v_86 = v_87;
        }
        let x0_28: i32 = i0_21 + i1_33 - 1;
        let x1_28: i32 = i1_21 + i2_17 - 1;
        var v_88: f32 = 0.0;
        if ((k0 + 1 < 81) && (c12 < 110) && ((x0_28 >= 0) && (x0_28 < 10) && ((x1_28 >= 0) && (x1_28 < 11)))) {
            let v_89: f32 = in_x[i0_33 * 110 + x0_28 * 11 + x1_28];
            v_88 = v_89;
        }
        let x0_29: i32 = i0_22 + i1_33 - 1;
        let x1_29: i32 = i1_22 + i2_17 - 1;
        var v_90: f32 = 0.0;
        if ((k0 + 1 < 81) && (c13 < 110) && ((x0_29 >= 0) && (x0_29 < 10) && ((x1_29 >= 0) && (x1_29 < 11)))) {
            let v_91: f32 = in_x[i0_33 * 110 + x0_29 * 11 + x1_29];
            v_90 = v_91;
        }
        let x0_30: i32 = i0_23 + i1_33 - 1;
        let x1_30: i32 = i1_23 + i2_17 - 1;
        var v_92: f32 = 0.0;
        if ((k0 + 1 < 81) && (c14 < 110) && ((x0_30 >= 0) && (x0_30 < 10) && ((x1_30 >= 0) && (x1_30 < 11)))) {
            let v_93: f32 = in_x[i0_33 * 110 + x0_30 * 11 + x1_30];
            v_92 = v_93;
        }
        let x0_31: i32 = i0_24 + i1_33 - 1;
        let x1_31: i32 = i1_24 + i2_17 - 1;
        var v_94: f32 = 0.0;
        if ((k0 + 1 < 81) && (c15 < 110) && ((x0_31 >= 0) && (x0_31 < 10) && ((x1_31 >= 0) && (x1_31 < 11)))) {
            let v_95: f32 = in_x[i0_33 * 110 + x0_31 * 11 + x1_31];
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
        var v_96: f32 = 0.0;
        if ((r0 < 24) && (k0 + 2 < 81)) {
            let i0_34: i32 = (k0 + 2) / 9;
            let i1_34: i32 = (k0 + 2) / 3 % 3;
            let i2_18: i32 = (k0 + 2) % 3;
            let v_97: f32 = in_w[r0 * 81 + i0_34 * 9 + i1_34 * 3 + i2_18];
            v_96 = v_97;
        }
        var v_98: f32 = 0.0;
        if ((r1 < 24) && (k0 + 2 < 81)) {
            let i0_35: i32 = (k0 + 2) / 9;
            let i1_35: i32 = (k0 + 2) / 3 % 3;
            let i2_19: i32 = (k0 + 2) % 3;
            let v_99: f32 = in_w[r1 * 81 + i0_35 * 9 + i1_35 * 3 + i2_19];
            v_98 = v_99;
        }
        var v_100: f32 = 0.0;
        if ((r2 < 24) && (k0 + 2 < 81)) {
            let i0_36: i32 = (k0 + 2) / 9;
            let i1_36: i32 = (k0 + 2) / 3 % 3;
            let i2_20: i32 = (k0 + 2) % 3;
            let v_101: f32 = in_w[r2 * 81 + i0_36 * 9 + i1_36 * 3 + i2_20];
            v_100 = v_101;
        }
        var v_102: f32 = 0.0;
        if ((r3 < 24) && (k0 + 2 < 81)) {
            let i0_37: i32 = (k0 + 2) / 9;
            let i1_37: i32 = (k0 + 2) / 3 % 3;
            let i2_21: i32 = (k0 + 2) % 3;
            let v_103: f32 = in_w[r3 * 81 + i0_37 * 9 + i1_37 * 3 + i2_21];
            v_102 = v_103;
        }
        var v_104: f32 = 0.0;
        if ((r4 < 24) && (k0 + 2 < 81)) {
            let i0_38: i32 = (k0 + 2) / 9;
            let i1_38: i32 = (k0 + 2) / 3 % 3;
            let i2_22: i32 = (k0 + 2) % 3;
            let v_105: f32 = in_w[r4 * 81 + i0_38 * 9 + i1_38 * 3 + i2_22];
            v_104 = v_105;
        }
        var v_106: f32 = 0.0;
        if ((r5 < 24) && (k0 + 2 < 81)) {
            let i0_39: i32 = (k0 + 2) / 9;
            let i1_39: i32 = (k0 + 2) / 3 % 3;
            let i2_23: i32 = (k0 + 2) % 3;
            let v_107: f32 = in_w[r5 * 81 + i0_39 * 9 + i1_39 * 3 + i2_23];
            v_106 = v_107;
        }
        var v_108: f32 = 0.0;
        if ((r6 < 24) && (k0 + 2 < 81)) {
            let i0_40: i32 = (k0 + 2) / 9;
            let i1_40: i32 = (k0 + 2) / 3 % 3;
            let i2_24: i32 = (k0 + 2) % 3;
            let v_109: f32 = in_w[r6 * 81 + i0_40 * 9 + i1_40 * 3 + i2_24];
            v_108 = v_109;
        }
        var v_110: f32 = 0.0;
        if ((r7 < 24) && (k0 + 2 < 81)) {
            let i0_41: i32 = (k0 + 2) / 9;
            let i1_41: i32 = (k0 + 2) / 3 % 3;
            let i2_25: i32 = (k0 + 2) % 3;
            let v_111: f32 = in_w[r7 * 81 + i0_41 * 9 + i1_41 * 3 + i2_25];
            v_110 = v_111;
        }
        let i0_42: i32 = (k0 + 2) / 9;
        let i1_42: i32 = (k0 + 2) / 3 % 3;
        let i2_26: i32 = (k0 + 2) % 3;
        let x0_32: i32 = i0_9 + i1_42 - 1;
        let x1_32: i32 = i1_9 + i2_26 - 1;
        var v_112: f32 = 0.0;
        if ((k0 + 2 < 81) && (c0 < 110) && ((x0_32 >= 0) && (x0_32 < 10) && ((x1_32 >= 0) && (x1_32 < 11)))) {
            let v_113: f32 = in_x[i0_42 * 110 + x0_32 * 11 + x1_32];
            v_112 = v_113;
        }
        let x0_33: i32 = i0_10 + i1_42 - 1;
        let x1_33: i32 = i1_10 + i2_26 - 1;
        var v_114: f32 = 0.0;
        if ((k0 + 2 < 81) && (c1 < 110) && ((x0_33 >= 0) && (x0_33 < 10) && ((x1_33 >= 0) && (x1_33 < 11)))) {
            let v_115: f32 = in_x[i0_42 * 110 + x0_33 * 11 + x1_33];
            v_114 = v_115;
        }
        let x0_34: i32 = i0_11 + i1_42 - 1;
        let x1_34: i32 = i1_11 + i2_26 - 1;
        var v_116: f32 = 0.0;
        if ((k0 + 2 < 81) && (c2 < 110) && ((x0_34 >= 0) && (x0_34 < 10) && ((x1_34 >= 0) && (x1_34 < 11)))) {
            let v_117: f32 = in_x[i0_42 * 110 + x0_34 * 11 + x1_34];
            v_116 = v_117;
        }
        let x0_35: i32 = i0_12 + i1_42 - 1;
        let x1_35: i32 = i1_12 + i2_26 - 1;
        var v_118: f32 = 0.0;
        if ((k0 + 2 < 81) && (c3 < 110) && ((x0_35 >= 0) && (x0_35 < 10) && ((x1_35 >= 0) && (x1_35 < 11)))) {
            let v_119: f32 = in_x[i0_42 * 110 + x0_35 * 11 + x1_35];
            v_118 = v_119;
        }
        let x0_36: i32 = i0_13 + i1_42 - 1;
        let x1_36: i32 = i1_13 + i2_26 - 1;
        var v_120: f32 = 0.0;
        if ((k0 + 2 < 81) && (c4 < 110) && ((x0_36 >= 0) && (x0_36 < 10) && ((x1_36 >= 0) && (x1_36 < 11)))) {
            let v_121: f32 = in_x[i0_42 * 110 + x0_36 * 11 + x1_36];
            v_120 = v_121;
        }
        let x0_37: i32 = i0_14 + i1_42 - 1;
        let x1_37: i32 = i1_14 + i2_26 - 1;
        var v_122: f32 = 0.0;
        if ((k0 + 2 < 81) && (c5 < 110) && ((x0_37 >= 0) && (x0_37 < 10) && ((x1_37 >= 0) && (x1_37 < 11)))) {
            let v_123: f32 = in_x[i0_42 * 110 + x0_37 * 11 + x1_37];
            v_122 = v_123;
        }
        let x0_38: i32 = i0_15 + i1_42 - 1;
        let x1_38: i32 = i1_15 + i2_26 - 1;
        var v_124: f32 = 0.0;
        if ((k0 + 2 < 81) && (c6 < 110) && ((x0_38 >= 0) && (x0_38 < 10) && ((x1_38 >= 0) && (x1_38 < 11)))) {
            let v_125: f32 = in_x[i0_42 * 110 + x0_38 * 11 + x1_38];
            v_124 = v_125;
        }
        let x0_39: i32 = i0_16 + i1_42 - 1;
        let x1_39: i32 = i1_16 + i2_26 - 1;
        var v_126: f32 = 0.0;
        if ((k0 + 2 < 81) && (c7 < 110) && ((x0_39 >= 0) && (x0_39 < 10) && ((x1_39 >= 0) && (x1_39 < 11)))) {
            let v_127: f32 = in_x[i0_42 * 110 + x0_39 * 11 + x1_39];
            v_126 = v_127;
        }
        let x0_40: i32 = i0_17 + i1_42 - 1;
        let x1_40: i32 = i1_17 + i2_26 - 1;
        var v_128: f32 = 0.0;
        if ((k0 + 2 < 81) && (c8 < 110) && ((x0_40 >= 0) && (x0_40 < 10) && ((x1_40 >= 0) && (x1_40 < 11)))) {
            let v_129: f32 = in_x[i0_42 * 110 + x0_40 * 11 + x1_40];
            v_128 = v_129;
        }
        let x0_41: i32 = i0_18 + i1_42 - 1;
        let x1_41: i32 = i1_18 + i2_26 - 1;
        var v_130: f32 = 0.0;
        if ((k0 + 2 < 81) && (c9 < 110) && ((x0_41 >= 0) && (x0_41 < 10) && ((x1_41 >= 0) && (x1_41 < 11)))) {
            let v_131: f32 = in_x[i0_42 * 110 + x0_41 * 11 + x1_41];
            v_130 = v_131;
        }
        let x0_42: i32 = i0_19 + i1_42 - 1;
        let x1_42: i32 = i1_19 + i2_26 - 1;
        var v_132: f32 = 0.0;
        if ((k0 + 2 < 81) && (c10 < 110) && ((x0_42 >= 0) && (x0_42 < 10) && ((x1_42 >= 0) && (x1_42 < 11)))) {
            let v_133: f32 = in_x[i0_42 * 110 + x0_42 * 11 + x1_42];
            v_132 = v_133;
        }
        let x0_43: i32 = i0_20 + i1_42 - 1;
        let x1_43: i32 = i1_20 + i2_26 - 1;
        var v_134: f32 = 0.0;
        if ((k0 + 2 < 81) && (c11 < 110) && ((x0_43 >= 0) && (x0_43 < 10) && ((x1_43 >= 0) && (x1_43 < 11)))) {
            let v_135: f32 = in_x[i0_42 * 110 + x0_43 * 11 + x1_43];
            v_134 = v_135;
        }
        let x0_44: i32 = i0_21 + i1_42 - 1;
        let x1_44: i32 = i1_21 + i2_26 - 1;
        var v_136: f32 = 0.0;
        if ((k0 + 2 < 81) && (c12 < 110) && ((x0_44 >= 0) && (x0_44 < 10) && ((x1_44 >= 0) && (x1_44 < 11)))) {
            let v_137: f32 = in_x[i0_42 * 110 + x0_44 * 11 + x1_44];
            v_136 = v_137;
        }
        let x0_45: i32 = i0_22 + i1_42 - 1;
        let x1_45: i32 = i1_22 + i2_26 - 1;
        var v_138: f32 = 0.0;
        if ((k0 + 2 < 81) && (c13 < 110) && ((x0_45 >= 0) && (x0_45 < 10) && ((x1_45 >= 0) && (x1_45 < 11)))) {
            let v_139: f32 = in_x[i0_42 * 110 + x0_45 * 11 + x1_45];
            v_138 = v_139;
        }
        let x0_46: i32 = i0_23 + i1_42 - 1;
        let x1_46: i32 = i1_23 + i2_26 - 1;
        var v_140: f32 = 0.0;
        if ((k0 + 2 < 81) && (c14 < 110) && ((x0_46 >= 0) && (x0_46 < 10) && ((x1_46 >= 0) && (x1_46 < 11)))) {
            let v_141: f32 = in_x[i0_42 * 110 + x0_46 * 11 + x1_46];
            v_140 = v_141;
        }
        let x0_47: i32 = i0_24 + i1_42 - 1;
        let x1_47: i32 = i1_24 + i2_26 - 1;
        var v_142: f32 = 0.0;
        if ((k0 + 2 < 81) && (c15 < 110) && ((x0_47 >= 0) && (x0_47 < 10) && ((x1_47 >= 0) && (x1_47 < 11)))) {
            let v_143: f32 = in_x[i0_42 * 110 + x0_47 * 11 + x1_47];
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
        var v_144: f32 = 0.0;
        if ((r0 < 24) && (k0 + 3 < 81)) {
            let i0_43: i32 = (k0 + 3) / 9;
            let i1_43: i32 = (k0 + 3) / 3 % 3;
            let i2_27: i32 = (k0 + 3) % 3;
            let v_145: f32 = in_w[r0 * 81 + i0_43 * 9 + i1_43 * 3 + i2_27];
            v_144 = v_145;
        }
        var v_146: f32 = 0.0;
        if ((r1 < 24) && (k0 + 3 < 81)) {
            let i0_44: i32 = (k0 + 3) / 9;
            let i1_44: i32 = (k0 + 3) / 3 % 3;
            let i2_28: i32 = (k0 + 3) % 3;
            let v_147: f32 = in_w[r1 * 81 + i0_44 * 9 + i1_44 * 3 + i2_28];
            v_146 = v_147;
        }
        var v_148: f32 = 0.0;
        if ((r2 < 24) && (k0 + 3 < 81)) {
            let i0_45: i32 = (k0 + 3) / 9;
            let i1_45: i32 = (k0 + 3) / 3 % 3;
            let i2_29: i32 = (k0 + 3) % 3;
            let v_149: f32 = in_w[r2 * 81 + i0_45 * 9 + i1_45 * 3 + i2_29];
            v_148 = v_149;
        }
        var v_150: f32 = 0.0;
        if ((r3 < 24) && (k0 + 3 < 81)) {
            let i0_46: i32 = (k0 + 3) / 9;
            let i1_46: i32 = (k0 + 3) / 3 % 3;
            let i2_30: i32 = (k0 + 3) % 3;
            let v_151: f32 = in_w[r3 * 81 + i0_46 * 9 + i1_46 * 3 + i2_30];
            v_150 = v_151;
        }
        var v_152: f32 = 0.0;
        if ((r4 < 24) && (k0 + 3 < 81)) {
            let i0_47: i32 = (k0 + 3) / 9;
            let i1_47: i32 = (k0 + 3) / 3 % 3;
            let i2_31: i32 = (k0 + 3) % 3;
            let v_153: f32 = in_w[r4 * 81 + i0_47 * 9 + i1_47 * 3 + i2_31];
            v_152 = v_153;
        }
        var v_154: f32 = 0.0;
        if ((r5 < 24) && (k0 + 3 < 81)) {
            let i0_48: i32 = (k0 + 3) / 9;
            let i1_48: i32 = (k0 + 3) / 3 % 3;
            let i2_32: i32 = (k0 + 3) % 3;
            let v_155: f32 = in_w[r5 * 81 + i0_48 * 9 + i1_48 * 3 + i2_32];
            v_154 = v_155;
        }
        var v_156: f32 = 0.0;
        if ((r6 < 24) && (k0 + 3 < 81)) {
            let i0_49: i32 = (k0 + 3) / 9;
            let i1_49: i32 = (k0 + 3) / 3 % 3;
            let i2_33: i32 = (k0 + 3) % 3;
            let v_157: f32 = in_w[r6 * 81 + i0_49 * 9 + i1_49 * 3 + i2_33];
            v_156 = v_157;
        }
        var v_158: f32 = 0.0;
        if ((r7 < 24) && (k0 + 3 < 81)) {
            let i0_50: i32 = (k0 + 3) / 9;
            let i1_50: i32 = (k0 + 3) / 3 % 3;
            let i2_34: i32 = (k0 + 3) % 3;
            let v_159: f32 = in_w[r7 * 81 + i0_50 * 9 + i1_50 * 3 + i2_34];
            v_158 = v_159;
        }
        let i0_51: i32 = (k0 + 3) / 9;
        let i1_51: i32 = (k0 + 3) / 3 % 3;
        let i2_35: i32 = (k0 + 3) % 3;
        let x0_48: i32 = i0_9 + i1_51 - 1;
        let x1_48: i32 = i1_9 + i2_35 - 1;
        var v_160: f32 = 0.0;
        if ((k0 + 3 < 81) && (c0 < 110) && ((x0_48 >= 0) && (x0_48 < 10) && ((x1_48 >= 0) && (x1_48 < 11)))) {
            let v_161: f32 = in_x[i0_51 * 110 + x0_48 * 11 + x1_48];
            v_160 = v_161;
        }
        let x0_49: i32 = i0_10 + i1_51 - 1;
        let x1_49: i32 = i1_10 + i2_35 - 1;
        var v_162: f32 = 0.0;
        if ((k0 + 3 < 81) && (c1 < 110) && ((x0_49 >= 0) && (x0_49 < 10) && ((x1_49 >= 0) && (x1_49 < 11)))) {
            let v_163: f32 = in_x[i0_51 * 110 + x0_49 * 11 + x1_49];
            v_162 = v_163;
        }
        let x0_50: i32 = i0_11 + i1_51 - 1;
        let x1_50: i32 = i1_11 + i2_35 - 1;
        var v_164: f32 = 0.0;
        if ((k0 + 3 < 81) && (c2 < 110) && ((x0_50 >= 0) && (x0_50 < 10) && ((x1_50 >= 0) && (x1_50 < 11)))) {
            let v_165: f32 = in_x[i0_51 * 110 + x0_50 * 11 + x1_50];
            v_164 = v_165;
        }
        let x0_51: i32 = i0_12 + i1_51 - 1;
        let x1_51: i32 = i1_12 + i2_35 - 1;
        var v_166: f32 = 0.0;
        if ((k0 + 3 < 81) && (c3 < 110) && ((x0_51 >= 0) && (x0_51 < 10) && ((x1_51 >= 0) && (x1_51 < 11)))) {
            let v_167: f32 = in_x[i0_51 * 110 + x0_51 * 11 + x1_51];
            v_166 = v_167;
        }
        let x0_52: i32 = i0_13 + i1_51 - 1;
        let x1_52: i32 = i1_13 + i2_35 - 1;
        var v_168: f32 = 0.0;
        if ((k0 + 3 < 81) && (c4 < 110) && ((x0_52 >= 0) && (x0_52 < 10) && ((x1_52 >= 0) && (x1_52 < 11)))) {
            let v_169: f32 = in_x[i0_51 * 110 + x0_52 * 11 + x1_52];
            v_168 = v_169;
        }
        let x0_53: i32 = i0_14 + i1_51 - 1;
        let x1_53: i32 = i1_14 + i2_35 - 1;
        var v_170: f32 = 0.0;
        if ((k0 + 3 < 81) && (c5 < 110) && ((x0_53 >= 0) && (x0_53 < 10) && ((x1_53 >= 0) && (x1_53 < 11)))) {
            let v_171: f32 = in_x[i0_51 * 110 + x0_53 * 11 + x1_53];
            v_170 = v_171;
        }
        let x0_54: i32 = i0_15 + i1_51 - 1;
        let x1_54: i32 = i1_15 + i2_35 - 1;
        var v_172: f32 = 0.0;
        if ((k0 + 3 < 81) && (c6 < 110) && ((x0_54 >= 0) && (x0_54 < 10) && ((x1_54 >= 0) && (x1_54 < 11)))) {
            let v_173: f32 = in_x[i0_51 * 110 + x0_54 * 11 + x1_54];
            v_172 = v_173;
        }
        let x0_55: i32 = i0_16 + i1_51 - 1;
        let x1_55: i32 = i1_16 + i2_35 - 1;
        var v_174: f32 = 0.0;
        if ((k0 + 3 < 81) && (c7 < 110) && ((x0_55 >= 0) && (x0_55 < 10) && ((x1_55 >= 0) && (x1_55 < 11)))) {
            let v_175: f32 = in_x[i0_51 * 110 + x0_55 * 11 + x1_55];
            v_174 = v_175;
        }
        let x0_56: i32 = i0_17 + i1_51 - 1;
        let x1_56: i32 = i1_17 + i2_35 - 1;
        var v_176: f32 = 0.0;
        if ((k0 + 3 < 81) && (c8 < 110) && ((x0_56 >= 0) && (x0_56 < 10) && ((x1_56 >= 0) && (x1_56 < 11)))) {
            let v_177: f32 = in_x[i0_51 * 110 + x0_56 * 11 + x1_56];
            v_176 = v_177;
        }
        let x0_57: i32 = i0_18 + i1_51 - 1;
        let x1_57: i32 = i1_18 + i2_35 - 1;
        var v_178: f32 = 0.0;
        if ((k0 + 3 < 81) && (c9 < 110) && ((x0_57 >= 0) && (x0_57 < 10) && ((x1_57 >= 0) && (x1_57 < 11)))) {
            let v_179: f32 = in_x[i0_51 * 110 + x0_57 * 11 + x1_57];
            v_178 = v_179;
        }
        let x0_58: i32 = i0_19 + i1_51 - 1;
        let x1_58: i32 = i1_19 + i2_35 - 1;
        var v_180: f32 = 0.0;
        if ((k0 + 3 < 81) && (c10 < 110) && ((x0_58 >= 0) && (x0_58 < 10) && ((x1_58 >= 0) && (x1_58 < 11)))) {
            let v_181: f32 = in_x[i0_51 * 110 + x0_58 * 11 + x1_58];
            v_180 = v_181;
        }
        let x0_59: i32 = i0_20 + i1_51 - 1;
        let x1_59: i32 = i1_20 + i2_35 - 1;
        var v_182: f32 = 0.0;
        if ((k0 + 3 < 81) && (c11 < 110) && ((x0_59 >= 0) && (x0_59 < 10) && ((x1_59 >= 0) && (x1_59 < 11)))) {
            let v_183: f32 = in_x[i0_51 * 110 + x0_59 * 11 + x1_59];
            v_182 = v_183;
        }
        let x0_60: i32 = i0_21 + i1_51 - 1;
        let x1_60: i32 = i1_21 + i2_35 - 1;
        var v_184: f32 = 0.0;
        if ((k0 + 3 < 81) && (c12 < 110) && ((x0_60 >= 0) && (x0_60 < 10) && ((x1_60 >= 0) && (x1_60 < 11)))) {
            let v_185: f32 = in_x[i0_51 * 110 + x0_60 * 11 + x1_60];
            v_184 = v_185;
        }
        let x0_61: i32 = i0_22 + i1_51 - 1;
        let x1_61: i32 = i1_22 + i2_35 - 1;
        var v_186: f32 = 0.0;
        if ((k0 + 3 < 81) && (c13 < 110) && ((x0_61 >= 0) && (x0_61 < 10) && ((x1_61 >= 0) && (x1_61 < 11)))) {
            let v_187: f32 = in_x[i0_51 * 110 + x0_61 * 11 + x1_61];
            v_186 = v_187;
        }
        let x0_62: i32 = i0_23 + i1_51 - 1;
        let x1_62: i32 = i1_23 + i2_35 - 1;
        var v_188: f32 = 0.0;
        if ((k0 + 3 < 81) && (c14 < 110) && ((x0_62 >= 0) && (x0_62 < 10) && ((x1_62 >= 0) && (x1_62 < 11)))) {
            let v_189: f32 = in_x[i0_51 * 110 + x0_62 * 11 + x1_62];
            v_188 = v_189;
        }
        let x0_63: i32 = i0_24 + i1_51 - 1;
        let x1_63: i32 = i1_24 + i2_35 - 1;
        var v_190: f32 = 0.0;
        if ((k0 + 3 < 81) && (c15 < 110) && ((x0_63 >= 0) && (x0_63 < 10) && ((x1_63 >= 0) && (x1_63 < 11)))) {
            let v_191: f32 = in_x[i0_51 * 110 + x0_63 * 11 + x1_63];
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
        var v_192: f32 = 0.0;
        if ((r0 < 24) && (k0 + 4 < 81)) {
            let i0_52: i32 = (k0 + 4) / 9;
            let i1_52: i32 = (k0 + 4) / 3 % 3;
            let i2_36: i32 = (k0 + 4) % 3;
            let v_193: f32 = in_w[r0 * 81 + i0_52 * 9 + i1_52 * 3 + i2_36];
            v_192 = v_193;
        }
        var v_194: f32 = 0.0;
        if ((r1 < 24) && (k0 + 4 < 81)) {
            let i0_53: i32 = (k0 + 4) / 9;
            let i1_53: i32 = (k0 + 4) / 3 % 3;
            let i2_37: i32 = (k0 + 4) % 3;
            let v_195: f32 = in_w[r1 * 81 + i0_53 * 9 + i1_53 * 3 + i2_37];
            v_194 = v_195;
        }
        var v_196: f32 = 0.0;
        if ((r2 < 24) && (k0 + 4 < 81)) {
            let i0_54: i32 = (k0 + 4) / 9;
            let i1_54: i32 = (k0 + 4) / 3 % 3;
            let i2_38: i32 = (k0 + 4) % 3;
            let v_197: f32 = in_w[r2 * 81 + i0_54 * 9 + i1_54 * 3 + i2_38];
            v_196 = v_197;
        }
        var v_198: f32 = 0.0;
        if ((r3 < 24) && (k0 + 4 < 81)) {
            let i0_55: i32 = (k0 + 4) / 9;
            let i1_55: i32 = (k0 + 4) / 3 % 3;
            let i2_39: i32 = (k0 + 4) % 3;
            let v_199: f32 = in_w[r3 * 81 + i0_55 * 9 + i1_55 * 3 + i2_39];
            v_198 = v_199;
        }
        var v_200: f32 = 0.0;
        if ((r4 < 24) && (k0 + 4 < 81)) {
            let i0_56: i32 = (k0 + 4) / 9;
            let i1_56: i32 = (k0 + 4) / 3 % 3;
            let i2_40: i32 = (k0 + 4) % 3;
            let v_201: f32 = in_w[r4 * 81 + i0_56 * 9 + i1_56 * 3 + i2_40];
            v_200 = v_201;
        }
        var v_202: f32 = 0.0;
        if ((r5 < 24) && (k0 + 4 < 81)) {
            let i0_57: i32 = (k0 + 4) / 9;
            let i1_57: i32 = (k0 + 4) / 3 % 3;
            let i2_41: i32 = (k0 + 4) % 3;
            let v_203: f32 = in_w[r5 * 81 + i0_57 * 9 + i1_57 * 3 + i2_41];
            v_202 = v_203;
        }
        var v_204: f32 = 0.0;
        if ((r6 < 24) && (k0 + 4 < 81)) {
            let i0_58: i32 = (k0 + 4) / 9;
            let i1_58: i32 = (k0 + 4) / 3 % 3;
            let i2_42: i32 = (k0 + 4) % 3;
            let v_205: f32 = in_w[r6 * 81 + i0_58 * 9 + i1_58 * 3 + i2_42];
            v_204 = v_205;
        }
        var v_206: f32 = 0.0;
        if ((r7 < 24) && (k0 + 4 < 81)) {
            let i0_59: i32 = (k0 + 4) / 9;
            let i1_59: i32 = (k0 + 4) / 3 % 3;
            let i2_43: i32 = (k0 + 4) % 3;
            let v_207: f32 = in_w[r7 * 81 + i0_59 * 9 + i1_59 * 3 + i2_43];
            v_206 = v_207;
        }
        let i0_60: i32 = (k0 + 4) / 9;
        let i1_60: i32 = (k0 + 4) / 3 % 3;
        let i2_44: i32 = (k0 + 4) % 3;
        let x0_64: i32 = i0_9 + i1_60 - 1;
        let x1_64: i32 = i1_9 + i2_44 - 1;
        var v_208: f32 = 0.0;
        if ((k0 + 4 < 81) && (c0 < 110) && ((x0_64 >= 0) && (x0_64 < 10) && ((x1_64 >= 0) && (x1_64 < 11)))) {
            let v_209: f32 = in_x[i0_60 * 110 + x0_64 * 11 + x1_64];
            v_208 = v_209;
        }
        let x0_65: i32 = i0_10 + i1_60 - 1;
        let x1_65: i32 = i1_10 + i2_44 - 1;
        var v_210: f32 = 0.0;
        if ((k0 + 4 < 81) && (c1 < 110) && ((x0_65 >= 0) && (x0_65 < 10) && ((x1_65 >= 0) && (x1_65 < 11)))) {
            let v_211: f32 = in_x[i0_60 * 110 + x0_65 * 11 + x1_65];
            v_210 = v_211;
        }
        let x0_66: i32 = i0_11 + i1_60 - 1;
        let x1_66: i32 = i1_11 + i2_44 - 1;
        var v_212: f32 = 0.0;
        if ((k0 + 4 < 81) && (c2 < 110) && ((x0_66 >= 0) && (x0_66 < 10) && ((x1_66 >= 0) && (x1_66 < 11)))) {
            let v_213: f32 = in_x[i0_60 * 110 + x0_66 * 11 + x1_66];
            v_212 = v_213;
        }
        let x0_67: i32 = i0_12 + i1_60 - 1;
        let x1_67: i32 = i1_12 + i2_44 - 1;
        var v_214: f32 = 0.0;
        if ((k0 + 4 < 81) && (c3 < 110) && ((x0_67 >= 0) && (x0_67 < 10) && ((x1_67 >= 0) && (x1_67 < 11)))) {
            let v_215: f32 = in_x[i0_60 * 110 + x0_67 * 11 + x1_67];
            v_214 = v_215;
        }
        let x0_68: i32 = i0_13 + i1_60 - 1;
        let x1_68: i32 = i1_13 + i2_44 - 1;
        var v_216: f32 = 0.0;
        if ((k0 + 4 < 81) && (c4 < 110) && ((x0_68 >= 0) && (x0_68 < 10) && ((x1_68 >= 0) && (x1_68 < 11)))) {
            let v_217: f32 = in_x[i0_60 * 110 + x0_68 * 11 + x1_68];
            v_216 = v_217;
        }
        let x0_69: i32 = i0_14 + i1_60 - 1;
        let x1_69: i32 = i1_14 + i2_44 - 1;
        var v_218: f32 = 0.0;
        if ((k0 + 4 < 81) && (c5 < 110) && ((x0_69 >= 0) && (x0_69 < 10) && ((x1_69 >= 0) && (x1_69 < 11)))) {
            let v_219: f32 = in_x[i0_60 * 110 + x0_69 * 11 + x1_69];
            v_218 = v_219;
        }
        let x0_70: i32 = i0_15 + i1_60 - 1;
        let x1_70: i32 = i1_15 + i2_44 - 1;
        var v_220: f32 = 0.0;
        if ((k0 + 4 < 81) && (c6 < 110) && ((x0_70 >= 0) && (x0_70 < 10) && ((x1_70 >= 0) && (x1_70 < 11)))) {
            let v_221: f32 = in_x[i0_60 * 110 + x0_70 * 11 + x1_70];
            v_220 = v_221;
        }
        let x0_71: i32 = i0_16 + i1_60 - 1;
        let x1_71: i32 = i1_16 + i2_44 - 1;
        var v_222: f32 = 0.0;
        if ((k0 + 4 < 81) && (c7 < 110) && ((x0_71 >= 0) && (x0_71 < 10) && ((x1_71 >= 0) && (x1_71 < 11)))) {
            let v_223: f32 = in_x[i0_60 * 110 + x0_71 * 11 + x1_71];
            v_222 = v_223;
        }
        let x0_72: i32 = i0_17 + i1_60 - 1;
        let x1_72: i32 = i1_17 + i2_44 - 1;
        var v_224: f32 = 0.0;
        if ((k0 + 4 < 81) && (c8 < 110) && ((x0_72 >= 0) && (x0_72 < 10) && ((x1_72 >= 0) && (x1_72 < 11)))) {
            let v_225: f32 = in_x[i0_60 * 110 + x0_72 * 11 + x1_72];
            v_224 = v_225;
        }
        let x0_73: i32 = i0_18 + i1_60 - 1;
        let x1_73: i32 = i1_18 + i2_44 - 1;
        var v_226: f32 = 0.0;
        if ((k0 + 4 < 81) && (c9 < 110) && ((x0_73 >= 0) && (x0_73 < 10) && ((x1_73 >= 0) && (x1_73 < 11)))) {
            let v_227: f32 = in_x[i0_60 * 110 + x0_73 * 11 + x1_73];
            v_226 = v_227;
        }
        let x0_74: i32 = i0_19 + i1_60 - 1;
        let x1_74: i32 = i1_19 + i2_44 - 1;
        var v_228: f32 = 0.0;
        if ((k0 + 4 < 81) && (c10 < 110) && ((x0_74 >= 0) && (x0_74 < 10) && ((x1_74 >= 0) && (x1_74 < 11)))) {
            let v_229: f32 = in_x[i0_60 * 110 + x0_74 * 11 + x1_74];
            v_228 = v_229;
        }
        let x0_75: i32 = i0_20 + i1_60 - 1;
        let x1_75: i32 = i1_20 + i2_44 - 1;
        var v_230: f32 = 0.0;
        if ((k0 + 4 < 81) && (c11 < 110) && ((x0_75 >= 0) && (x0_75 < 10) && ((x1_75 >= 0) && (x1_75 < 11)))) {
            let v_231: f32 = in_x[i0_60 * 110 + x0_75 * 11 + x1_75];
            v_230 = v_231;
        }
        let x0_76: i32 = i0_21 + i1_60 - 1;
        let x1_76: i32 = i1_21 + i2_44 - 1;
        var v_232: f32 = 0.0;
        if ((k0 + 4 < 81) && (c12 < 110) && ((x0_76 >= 0) && (x0_76 < 10) && ((x1_76 >= 0) && (x1_76 < 11)))) {
            let v_233: f32 = in_x[i0_60 * 110 + x0_76 * 11 + x1_76];
            v_232 = v_233;
        }
        let x0_77: i32 = i0_22 + i1_60 - 1;
        let x1_77: i32 = i1_22 + i2_44 - 1;
        var v_234: f32 = 0.0;
        if ((k0 + 4 < 81) && (c13 < 110) && ((x0_77 >= 0) && (x0_77 < 10) && ((x1_77 >= 0) && (x1_77 < 11)))) {
            let v_235: f32 = in_x[i0_60 * 110 + x0_77 * 11 + x1_77];
            v_234 = v_235;
        }
        let x0_78: i32 = i0_23 + i1_60 - 1;
        let x1_78: i32 = i1_23 + i2_44 - 1;
        var v_236: f32 = 0.0;
        if ((k0 + 4 < 81) && (c14 < 110) && ((x0_78 >= 0) && (x0_78 < 10) && ((x1_78 >= 0) && (x1_78 < 11)))) {
            let v_237: f32 = in_x[i0_60 * 110 + x0_78 * 11 + x1_78];
            v_236 = v_237;
        }
        let x0_79: i32 = i0_24 + i1_60 - 1;
        let x1_79: i32 = i1_24 + i2_44 - 1;
        var v_238: f32 = 0.0;
        if ((k0 + 4 < 81) && (c15 < 110) && ((x0_79 >= 0) && (x0_79 < 10) && ((x1_79 >= 0) && (x1_79 < 11)))) {
            let v_239: f32 = in_x[i0_60 * 110 + x0_79 * 11 + x1_79];
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
        var v_240: f32 = 0.0;
        if ((r0 < 24) && (k0 + 5 < 81)) {
            let i0_61: i32 = (k0 + 5) / 9;
            let i1_61: i32 = (k0 + 5) / 3 % 3;
            let i2_45: i32 = (k0 + 5) % 3;
            let v_241: f32 = in_w[r0 * 81 + i0_61 * 9 + i1_61 * 3 + i2_45];
            v_240 = v_241;
        }
        var v_242: f32 = 0.0;
        if ((r1 < 24) && (k0 + 5 < 81)) {
            let i0_62: i32 = (k0 + 5) / 9;
            let i1_62: i32 = (k0 + 5) / 3 % 3;
            let i2_46: i32 = (k0 + 5) % 3;
            let v_243: f32 = in_w[r1 * 81 + i0_62 * 9 + i1_62 * 3 + i2_46];
            v_242 = v_243;
        }
        var v_244: f32 = 0.0;
        if ((r2 < 24) && (k0 + 5 < 81)) {
            let i0_63: i32 = (k0 + 5) / 9;
            let i1_63: i32 = (k0 + 5) / 3 % 3;
            let i2_47: i32 = (k0 + 5) % 3;
            let v_245: f32 = in_w[r2 * 81 + i0_63 * 9 + i1_63 * 3 + i2_47];
            v_244 = v_245;
        }
        var v_246: f32 = 0.0;
        if ((r3 < 24) && (k0 + 5 < 81)) {
            let i0_64: i32 = (k0 + 5) / 9;
            let i1_64: i32 = (k0 + 5) / 3 % 3;
            let i2_48: i32 = (k0 + 5) % 3;
            let v_247: f32 = in_w[r3 * 81 + i0_64 * 9 + i1_64 * 3 + i2_48];
            v_246 = v_247;
        }
        var v_248: f32 = 0.0;
        if ((r4 < 24) && (k0 + 5 < 81)) {
            let i0_65: i32 = (k0 + 5) / 9;
            let i1_65: i32 = (k0 + 5) / 3 % 3;
            let i2_49: i32 = (k0 + 5) % 3;
            let v_249: f32 = in_w[r4 * 81 + i0_65 * 9 + i1_65 * 3 + i2_49];
            v_248 = v_249;
        }
        var v_250: f32 = 0.0;
        if ((r5 < 24) && (k0 + 5 < 81)) {
            let i0_66: i32 = (k0 + 5) / 9;
            let i1_66: i32 = (k0 + 5) / 3 % 3;
            let i2_50: i32 = (k0 + 5) % 3;
            let v_251: f32 = in_w[r5 * 81 + i0_66 * 9 + i1_66 * 3 + i2_50];
            v_250 = v_251;
        }
        var v_252: f32 = 0.0;
        if ((r6 < 24) && (k0 + 5 < 81)) {
            let i0_67: i32 = (k0 + 5) / 9;
            let i1_67: i32 = (k0 + 5) / 3 % 3;
            let i2_51: i32 = (k0 + 5) % 3;
            let v_253: f32 = in_w[r6 * 81 + i0_67 * 9 + i1_67 * 3 + i2_51];
            v_252 = v_253;
        }
        var v_254: f32 = 0.0;
        if ((r7 < 24) && (k0 + 5 < 81)) {
            let i0_68: i32 = (k0 + 5) / 9;
            let i1_68: i32 = (k0 + 5) / 3 % 3;
            let i2_52: i32 = (k0 + 5) % 3;
            let v_255: f32 = in_w[r7 * 81 + i0_68 * 9 + i1_68 * 3 + i2_52];
            v_254 = v_255;
        }
        let i0_69: i32 = (k0 + 5) / 9;
        let i1_69: i32 = (k0 + 5) / 3 % 3;
        let i2_53: i32 = (k0 + 5) % 3;
        let x0_80: i32 = i0_9 + i1_69 - 1;
        let x1_80: i32 = i1_9 + i2_53 - 1;
        var v_256: f32 = 0.0;
        if ((k0 + 5 < 81) && (c0 < 110) && ((x0_80 >= 0) && (x0_80 < 10) && ((x1_80 >= 0) && (x1_80 < 11)))) {
            let v_257: f32 = in_x[i0_69 * 110 + x0_80 * 11 + x1_80];
            v_256 = v_257;
        }
        let x0_81: i32 = i0_10 + i1_69 - 1;
        let x1_81: i32 = i1_10 + i2_53 - 1;
        var v_258: f32 = 0.0;
        if ((k0 + 5 < 81) && (c1 < 110) && ((x0_81 >= 0) && (x0_81 < 10) && ((x1_81 >= 0) && (x1_81 < 11)))) {
            let v_259: f32 = in_x[i0_69 * 110 + x0_81 * 11 + x1_81];
            v_258 = v_259;
        }
        let x0_82: i32 = i0_11 + i1_69 - 1;
        let x1_82: i32 = i1_11 + i2_53 - 1;
        var v_260: f32 = 0.0;
        if ((k0 + 5 < 81) && (c2 < 110) && ((x0_82 >= 0) && (x0_82 < 10) && ((x1_82 >= 0) && (x1_82 < 11)))) {
            let v_261: f32 = in_x[i0_69 * 110 + x0_82 * 11 + x1_82];
            v_260 = v_261;
        }
        let x0_83: i32 = i0_12 + i1_69 - 1;
        let x1_83: i32 = i1_12 + i2_53 - 1;
        var v_262: f32 = 0.0;
        if ((k0 + 5 < 81) && (c3 < 110) && ((x0_83 >= 0) && (x0_83 < 10) && ((x1_83 >= 0) && (x1_83 < 11)))) {
            let v_263: f32 = in_x[i0_69 * 110 + x0_83 * 11 + x1_83];
            v_262 = v_263;
        }
        let x0_84: i32 = i0_13 + i1_69 - 1;
        let x1_84: i32 = i1_13 + i2_53 - 1;
        var v_264: f32 = 0.0;
        if ((k0 + 5 < 81) && (c4 < 110) && ((x0_84 >= 0) && (x0_84 < 10) && ((x1_84 >= 0) && (x1_84 < 11)))) {
            let v_265: f32 = in_x[i0_69 * 110 + x0_84 * 11 + x1_84];
            v_264 = v_265;
        }
        let x0_85: i32 = i0_14 + i1_69 - 1;
        let x1_85: i32 = i1_14 + i2_53 - 1;
        var v_266: f32 = 0.0;
        if ((k0 + 5 < 81) && (c5 < 110) && ((x0_85 >= 0) && (x0_85 < 10) && ((x1_85 >= 0) && (x1_85 < 11)))) {
            let v_267: f32 = in_x[i0_69 * 110 + x0_85 * 11 + x1_85];
            v_266 = v_267;
        }
        let x0_86: i32 = i0_15 + i1_69 - 1;
        let x1_86: i32 = i1_15 + i2_53 - 1;
        var v_268: f32 = 0.0;
        if ((k0 + 5 < 81) && (c6 < 110) && ((x0_86 >= 0) && (x0_86 < 10) && ((x1_86 >= 0) && (x1_86 < 11)))) {
            let v_269: f32 = in_x[i0_69 * 110 + x0_86 * 11 + x1_86];
            v_268 = v_269;
        }
        let x0_87: i32 = i0_16 + i1_69 - 1;
        let x1_87: i32 = i1_16 + i2_53 - 1;
        var v_270: f32 = 0.0;
        if ((k0 + 5 < 81) && (c7 < 110) && ((x0_87 >= 0) && (x0_87 < 10) && ((x1_87 >= 0) && (x1_87 < 11)))) {
            let v_271: f32 = in_x[i0_69 * 110 + x0_87 * 11 + x1_87];
            v_270 = v_271;
        }
        let x0_88: i32 = i0_17 + i1_69 - 1;
        let x1_88: i32 = i1_17 + i2_53 - 1;
        var v_272: f32 = 0.0;
        if ((k0 + 5 < 81) && (c8 < 110) && ((x0_88 >= 0) && (x0_88 < 10) && ((x1_88 >= 0) && (x1_88 < 11)))) {
            let v_273: f32 = in_x[i0_69 * 110 + x0_88 * 11 + x1_88];
            v_272 = v_273;
        }
        let x0_89: i32 = i0_18 + i1_69 - 1;
        let x1_89: i32 = i1_18 + i2_53 - 1;
        var v_274: f32 = 0.0;
        if ((k0 + 5 < 81) && (c9 < 110) && ((x0_89 >= 0) && (x0_89 < 10) && ((x1_89 >= 0) && (x1_89 < 11)))) {
            let v_275: f32 = in_x[i0_69 * 110 + x0_89 * 11 + x1_89];
            v_274 = v_275;
        }
        let x0_90: i32 = i0_19 + i1_69 - 1;
        let x1_90: i32 = i1_19 + i2_53 - 1;
        var v_276: f32 = 0.0;
        if ((k0 + 5 < 81) && (c10 < 110) && ((x0_90 >= 0) && (x0_90 < 10) && ((x1_90 >= 0) && (x1_90 < 11)))) {
            let v_277: f32 = in_x[i0_69 * 110 + x0_90 * 11 + x1_90];
            v_276 = v_277;
        }
        let x0_91: i32 = i0_20 + i1_69 - 1;
        let x1_91: i32 = i1_20 + i2_53 - 1;
        var v_278: f32 = 0.0;
        if ((k0 + 5 < 81) && (c11 < 110) && ((x0_91 >= 0) && (x0_91 < 10) && ((x1_91 >= 0) && (x1_91 < 11)))) {
            let v_279: f32 = in_x[i0_69 * 110 + x0_91 * 11 + x1_91];
            v_278 = v_279;
        }
        let x0_92: i32 = i0_21 + i1_69 - 1;
        let x1_92: i32 = i1_21 + i2_53 - 1;
        var v_280: f32 = 0.0;
        if ((k0 + 5 < 81) && (c12 < 110) && ((x0_92 >= 0) && (x0_92 < 10) && ((x1_92 >= 0) && (x1_92 < 11)))) {
            let v_281: f32 = in_x[i0_69 * 110 + x0_92 * 11 + x1_92];
            v_280 = v_281;
        }
        let x0_93: i32 = i0_22 + i1_69 - 1;
        let x1_93: i32 = i1_22 + i2_53 - 1;
        var v_282: f32 = 0.0;
        if ((k0 + 5 < 81) && (c13 < 110) && ((x0_93 >= 0) && (x0_93 < 10) && ((x1_93 >= 0) && (x1_93 < 11)))) {
            let v_283: f32 = in_x[i0_69 * 110 + x0_93 * 11 + x1_93];
            v_282 = v_283;
        }
        let x0_94: i32 = i0_23 + i1_69 - 1;
        let x1_94: i32 = i1_23 + i2_53 - 1;
        var v_284: f32 = 0.0;
        if ((k0 + 5 < 81) && (c14 < 110) && ((x0_94 >= 0) && (x0_94 < 10) && ((x1_94 >= 0) && (x1_94 < 11)))) {
            let v_285: f32 = in_x[i0_69 * 110 + x0_94 * 11 + x1_94];
            v_284 = v_285;
        }
        let x0_95: i32 = i0_24 + i1_69 - 1;
        let x1_95: i32 = i1_24 + i2_53 - 1;
        var v_286: f32 = 0.0;
        if ((k0 + 5 < 81) && (c15 < 110) && ((x0_95 >= 0) && (x0_95 < 10) && ((x1_95 >= 0) && (x1_95 < 11)))) {
            let v_287: f32 = in_x[i0_69 * 110 + x0_95 * 11 + x1_95];
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
        var v_288: f32 = 0.0;
        if ((r0 < 24) && (k0 + 6 < 81)) {
            let i0_70: i32 = (k0 + 6) / 9;
            let i1_70: i32 = (k0 + 6) / 3 % 3;
            let i2_54: i32 = (k0 + 6) % 3;
            let v_289: f32 = in_w[r0 * 81 + i0_70 * 9 + i1_70 * 3 + i2_54];
            v_288 = v_289;
        }
        var v_290: f32 = 0.0;
        if ((r1 < 24) && (k0 + 6 < 81)) {
            let i0_71: i32 = (k0 + 6) / 9;
            let i1_71: i32 = (k0 + 6) / 3 % 3;
            let i2_55: i32 = (k0 + 6) % 3;
            let v_291: f32 = in_w[r1 * 81 + i0_71 * 9 + i1_71 * 3 + i2_55];
            v_290 = v_291;
        }
        var v_292: f32 = 0.0;
        if ((r2 < 24) && (k0 + 6 < 81)) {
            let i0_72: i32 = (k0 + 6) / 9;
            let i1_72: i32 = (k0 + 6) / 3 % 3;
            let i2_56: i32 = (k0 + 6) % 3;
            let v_293: f32 = in_w[r2 * 81 + i0_72 * 9 + i1_72 * 3 + i2_56];
            v_292 = v_293;
        }
        var v_294: f32 = 0.0;
        if ((r3 < 24) && (k0 + 6 < 81)) {
            let i0_73: i32 = (k0 + 6) / 9;
            let i1_73: i32 = (k0 + 6) / 3 % 3;
            let i2_57: i32 = (k0 + 6) % 3;
            let v_295: f32 = in_w[r3 * 81 + i0_73 * 9 + i1_73 * 3 + i2_57];
            v_294 = v_295;
        }
        var v_296: f32 = 0.0;
        if ((r4 < 24) && (k0 + 6 < 81)) {
            let i0_74: i32 = (k0 + 6) / 9;
            let i1_74: i32 = (k0 + 6) / 3 % 3;
            let i2_58: i32 = (k0 + 6) % 3;
            let v_297: f32 = in_w[r4 * 81 + i0_74 * 9 + i1_74 * 3 + i2_58];
            v_296 = v_297;
        }
        var v_298: f32 = 0.0;
        if ((r5 < 24) && (k0 + 6 < 81)) {
            let i0_75: i32 = (k0 + 6) / 9;
            let i1_75: i32 = (k0 + 6) / 3 % 3;
            let i2_59: i32 = (k0 + 6) % 3;
            let v_299: f32 = in_w[r5 * 81 + i0_75 * 9 + i1_75 * 3 + i2_59];
            v_298 = v_299;
        }
        var v_300: f32 = 0.0;
        if ((r6 < 24) && (k0 + 6 < 81)) {
            let i0_76: i32 = (k0 + 6) / 9;
            let i1_76: i32 = (k0 + 6) / 3 % 3;
            let i2_60: i32 = (k0 + 6) % 3;
            let v_301: f32 = in_w[r6 * 81 + i0_76 * 9 + i1_76 * 3 + i2_60];
            v_300 = v_301;
        }
        var v_302: f32 = 0.0;
        if ((r7 < 24) && (k0 + 6 < 81)) {
            let i0_77: i32 = (k0 + 6) / 9;
            let i1_77: i32 = (k0 + 6) / 3 % 3;
            let i2_61: i32 = (k0 + 6) % 3;
            let v_303: f32 = in_w[r7 * 81 + i0_77 * 9 + i1_77 * 3 + i2_61];
            v_302 = v_303;
        }
        let i0_78: i32 = (k0 + 6) / 9;
        let i1_78: i32 = (k0 + 6) / 3 % 3;
        let i2_62: i32 = (k0 + 6) % 3;
        let x0_96: i32 = i0_9 + i1_78 - 1;
        let x1_96: i32 = i1_9 + i2_62 - 1;
        var v_304: f32 = 0.0;
        if ((k0 + 6 < 81) && (c0 < 110) && ((x0_96 >= 0) && (x0_96 < 10) && ((x1_96 >= 0) && (x1_96 < 11)))) {
            let v_305: f32 = in_x[i0_78 * 110 + x0_96 * 11 + x1_96];
            v_304 = v_305;
        }
        let x0_97: i32 = i0_10 + i1_78 - 1;
        let x1_97: i32 = i1_10 + i2_62 - 1;
        var v_306: f32 = 0.0;
        if ((k0 + 6 < 81) && (c1 < 110) && ((x0_97 >= 0) && (x0_97 < 10) && ((x1_97 >= 0) && (x1_97 < 11)))) {
            let v_307: f32 = in_x[i0_78 * 110 + x0_97 * 11 + x1_97];
            v_306 = v_307;
        }
        let x0_98: i32 = i0_11 + i1_78 - 1;
        let x1_98: i32 = i1_11 + i2_62 - 1;
        var v_308: f32 = 0.0;
        if ((k0 + 6 < 81) && (c2 < 110) && ((x0_98 >= 0) && (x0_98 < 10) && ((x1_98 >= 0) && (x1_98 < 11)))) {
            let v_309: f32 = in_x[i0_78 * 110 + x0_98 * 11 + x1_98];
            v_308 = v_309;
        }
        let x0_99: i32 = i0_12 + i1_78 - 1;
        let x1_99: i32 = i1_12 + i2_62 - 1;
        var v_310: f32 = 0.0;
        if ((k0 + 6 < 81) && (c3 < 110) && ((x0_99 >= 0) && (x0_99 < 10) && ((x1_99 >= 0) && (x1_99 < 11)))) {
            let v_311: f32 = in_x[i0_78 * 110 + x0_99 * 11 + x1_99];
            v_310 = v_311;
        }
        let x0_100: i32 = i0_13 + i1_78 - 1;
        let x1_100: i32 = i1_13 + i2_62 - 1;
        var v_312: f32 = 0.0;
        if ((k0 + 6 < 81) && (c4 < 110) && ((x0_100 >= 0) && (x0_100 < 10) && ((x1_100 >= 0) && (x1_100 < 11)))) {
            let v_313: f32 = in_x[i0_78 * 110 + x0_100 * 11 + x1_100];
            v_312 = v_313;
        }
        let x0_101: i32 = i0_14 + i1_78 - 1;
        let x1_101: i32 = i1_14 + i2_62 - 1;
        var v_314: f32 = 0.0;
        if ((k0 + 6 < 81) && (c5 < 110) && ((x0_101 >= 0) && (x0_101 < 10) && ((x1_101 >= 0) && (x1_101 < 11)))) {
            let v_315: f32 = in_x[i0_78 * 110 + x0_101 * 11 + x1_101];
            v_314 = v_315;
        }
        let x0_102: i32 = i0_15 + i1_78 - 1;
        let x1_102: i32 = i1_15 + i2_62 - 1;
        var v_316: f32 = 0.0;
        if ((k0 + 6 < 81) && (c6 < 110) && ((x0_102 >= 0) && (x0_102 < 10) && ((x1_102 >= 0) && (x1_102 < 11)))) {
            let v_317: f32 = in_x[i0_78 * 110 + x0_102 * 11 + x1_102];
            v_316 = v_317;
        }
        let x0_103: i32 = i0_16 + i1_78 - 1;
        let x1_103: i32 = i1_16 + i2_62 - 1;
        var v_318: f32 = 0.0;
        if ((k0 + 6 < 81) && (c7 < 110) && ((x0_103 >= 0) && (x0_103 < 10) && ((x1_103 >= 0) && (x1_103 < 11)))) {
            let v_319: f32 = in_x[i0_78 * 110 + x0_103 * 11 + x1_103];
            v_318 = v_319;
        }
        let x0_104: i32 = i0_17 + i1_78 - 1;
        let x1_104: i32 = i1_17 + i2_62 - 1;
        var v_320: f32 = 0.0;
        if ((k0 + 6 < 81) && (c8 < 110) && ((x0_104 >= 0) && (x0_104 < 10) && ((x1_104 >= 0) && (x1_104 < 11)))) {
            let v_321: f32 = in_x[i0_78 * 110 + x0_104 * 11 + x1_104];
            v_320 = v_321;
        }
        let x0_105: i32 = i0_18 + i1_78 - 1;
        let x1_105: i32 = i1_18 + i2_62 - 1;
        var v_322: f32 = 0.0;
        if ((k0 + 6 < 81) && (c9 < 110) && ((x0_105 >= 0) && (x0_105 < 10) && ((x1_105 >= 0) && (x1_105 < 11)))) {
            let v_323: f32 = in_x[i0_78 * 110 + x0_105 * 11 + x1_105];
            v_322 = v_323;
        }
        let x0_106: i32 = i0_19 + i1_78 - 1;
        let x1_106: i32 = i1_19 + i2_62 - 1;
        var v_324: f32 = 0.0;
        if ((k0 + 6 < 81) && (c10 < 110) && ((x0_106 >= 0) && (x0_106 < 10) && ((x1_106 >= 0) && (x1_106 < 11)))) {
            let v_325: f32 = in_x[i0_78 * 110 + x0_106 * 11 + x1_106];
            v_324 = v_325;
        }
        let x0_107: i32 = i0_20 + i1_78 - 1;
        let x1_107: i32 = i1_20 + i2_62 - 1;
        var v_326: f32 = 0.0;
        if ((k0 + 6 < 81) && (c11 < 110) && ((x0_107 >= 0) && (x0_107 < 10) && ((x1_107 >= 0) && (x1_107 < 11)))) {
            let v_327: f32 = in_x[i0_78 * 110 + x0_107 * 11 + x1_107];
            v_326 = v_327;
        }
        let x0_108: i32 = i0_21 + i1_78 - 1;
        let x1_108: i32 = i1_21 + i2_62 - 1;
        var v_328: f32 = 0.0;
        if ((k0 + 6 < 81) && (c12 < 110) && ((x0_108 >= 0) && (x0_108 < 10) && ((x1_108 >= 0) && (x1_108 < 11)))) {
            let v_329: f32 = in_x[i0_78 * 110 + x0_108 * 11 + x1_108];
            v_328 = v_329;
        }
        let x0_109: i32 = i0_22 + i1_78 - 1;
        let x1_109: i32 = i1_22 + i2_62 - 1;
        var v_330: f32 = 0.0;
        if ((k0 + 6 < 81) && (c13 < 110) && ((x0_109 >= 0) && (x0_109 < 10) && ((x1_109 >= 0) && (x1_109 < 11)))) {
            let v_331: f32 = in_x[i0_78 * 110 + x0_109 * 11 + x1_109];
            v_330 = v_331;
        }
        let x0_110: i32 = i0_23 + i1_78 - 1;
        let x1_110: i32 = i1_23 + i2_62 - 1;
        var v_332: f32 = 0.0;
        if ((k0 + 6 < 81) && (c14 < 110) && ((x0_110 >= 0) && (x0_110 < 10) && ((x1_110 >= 0) && (x1_110 < 11)))) {
            let v_333: f32 = in_x[i0_78 * 110 + x0_110 * 11 + x1_110];
            v_332 = v_333;
        }
        let x0_111: i32 = i0_24 + i1_78 - 1;
        let x1_111: i32 = i1_24 + i2_62 - 1;
        var v_334: f32 = 0.0;
        if ((k0 + 6 < 81) && (c15 < 110) && ((x0_111 >= 0) && (x0_111 < 10) && ((x1_111 >= 0) && (x1_111 < 11)))) {
            let v_335: f32 = in_x[i0_78 * 110 + x0_111 * 11 + x1_111];
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
        var v_336: f32 = 0.0;
        if ((r0 < 24) && (k0 + 7 < 81)) {
            let i0_79: i32 = (k0 + 7) / 9;
            let i1_79: i32 = (k0 + 7) / 3 % 3;
            let i2_63: i32 = (k0 + 7) % 3;
            let v_337: f32 = in_w[r0 * 81 + i0_79 * 9 + i1_79 * 3 + i2_63];
            v_336 = v_337;
        }
        var v_338: f32 = 0.0;
        if ((r1 < 24) && (k0 + 7 < 81)) {
            let i0_80: i32 = (k0 + 7) / 9;
            let i1_80: i32 = (k0 + 7) / 3 % 3;
            let i2_64: i32 = (k0 + 7) % 3;
            let v_339: f32 = in_w[r1 * 81 + i0_80 * 9 + i1_80 * 3 + i2_64];
            v_338 = v_339;
        }
        var v_340: f32 = 0.0;
        if ((r2 < 24) && (k0 + 7 < 81)) {
            let i0_81: i32 = (k0 + 7) / 9;
            let i1_81: i32 = (k0 + 7) / 3 % 3;
            let i2_65: i32 = (k0 + 7) % 3;
            let v_341: f32 = in_w[r2 * 81 + i0_81 * 9 + i1_81 * 3 + i2_65];
            v_340 = v_341;
        }
        var v_342: f32 = 0.0;
        if ((r3 < 24) && (k0 + 7 < 81)) {
            let i0_82: i32 = (k0 + 7) / 9;
            let i1_82: i32 = (k0 + 7) / 3 % 3;
            let i2_66: i32 = (k0 + 7) % 3;
            let v_343: f32 = in_w[r3 * 81 + i0_82 * 9 + i1_82 * 3 + i2_66];
            v_342 = v_343;
        }
        var v_344: f32 = 0.0;
        if ((r4 < 24) && (k0 + 7 < 81)) {
            let i0_83: i32 = (k0 + 7) / 9;
            let i1_83: i32 = (k0 + 7) / 3 % 3;
            let i2_67: i32 = (k0 + 7) % 3;
            let v_345: f32 = in_w[r4 * 81 + i0_83 * 9 + i1_83 * 3 + i2_67];
            v_344 = v_345;
        }
        var v_346: f32 = 0.0;
        if ((r5 < 24) && (k0 + 7 < 81)) {
            let i0_84: i32 = (k0 + 7) / 9;
            let i1_84: i32 = (k0 + 7) / 3 % 3;
            let i2_68: i32 = (k0 + 7) % 3;
            let v_347: f32 = in_w[r5 * 81 + i0_84 * 9 + i1_84 * 3 + i2_68];
            v_346 = v_347;
        }
        var v_348: f32 = 0.0;
        if ((r6 < 24) && (k0 + 7 < 81)) {
            let i0_85: i32 = (k0 + 7) / 9;
            let i1_85: i32 = (k0 + 7) / 3 % 3;
            let i2_69: i32 = (k0 + 7) % 3;
            let v_349: f32 = in_w[r6 * 81 + i0_85 * 9 + i1_85 * 3 + i2_69];
            v_348 = v_349;
        }
        var v_350: f32 = 0.0;
        if ((r7 < 24) && (k0 + 7 < 81)) {
            let i0_86: i32 = (k0 + 7) / 9;
            let i1_86: i32 = (k0 + 7) / 3 % 3;
            let i2_70: i32 = (k0 + 7) % 3;
            let v_351: f32 = in_w[r7 * 81 + i0_86 * 9 + i1_86 * 3 + i2_70];
            v_350 = v_351;
        }
        let i0_87: i32 = (k0 + 7) / 9;
        let i1_87: i32 = (k0 + 7) / 3 % 3;
        let i2_71: i32 = (k0 + 7) % 3;
        let x0_112: i32 = i0_9 + i1_87 - 1;
        let x1_112: i32 = i1_9 + i2_71 - 1;
        var v_352: f32 = 0.0;
        if ((k0 + 7 < 81) && (c0 < 110) && ((x0_112 >= 0) && (x0_112 < 10) && ((x1_112 >= 0) && (x1_112 < 11)))) {
            let v_353: f32 = in_x[i0_87 * 110 + x0_112 * 11 + x1_112];
            v_352 = v_353;
        }
        let x0_113: i32 = i0_10 + i1_87 - 1;
        let x1_113: i32 = i1_10 + i2_71 - 1;
        var v_354: f32 = 0.0;
        if ((k0 + 7 < 81) && (c1 < 110) && ((x0_113 >= 0) && (x0_113 < 10) && ((x1_113 >= 0) && (x1_113 < 11)))) {
            let v_355: f32 = in_x[i0_87 * 110 + x0_113 * 11 + x1_113];
            v_354 = v_355;
        }
        let x0_114: i32 = i0_11 + i1_87 - 1;
        let x1_114: i32 = i1_11 + i2_71 - 1;
        var v_356: f32 = 0.0;
        if ((k0 + 7 < 81) && (c2 < 110) && ((x0_114 >= 0) && (x0_114 < 10) && ((x1_114 >= 0) && (x1_114 < 11)))) {
            let v_357: f32 = in_x[i0_87 * 110 + x0_114 * 11 + x1_114];
            v_356 = v_357;
        }
        let x0_115: i32 = i0_12 + i1_87 - 1;
        let x1_115: i32 = i1_12 + i2_71 - 1;
        var v_358: f32 = 0.0;
        if ((k0 + 7 < 81) && (c3 < 110) && ((x0_115 >= 0) && (x0_115 < 10) && ((x1_115 >= 0) && (x1_115 < 11)))) {
            let v_359: f32 = in_x[i0_87 * 110 + x0_115 * 11 + x1_115];
            v_358 = v_359;
        }
        let x0_116: i32 = i0_13 + i1_87 - 1;
        let x1_116: i32 = i1_13 + i2_71 - 1;
        var v_360: f32 = 0.0;
        if ((k0 + 7 < 81) && (c4 < 110) && ((x0_116 >= 0) && (x0_116 < 10) && ((x1_116 >= 0) && (x1_116 < 11)))) {
            let v_361: f32 = in_x[i0_87 * 110 + x0_116 * 11 + x1_116];
            v_360 = v_361;
        }
        let x0_117: i32 = i0_14 + i1_87 - 1;
        let x1_117: i32 = i1_14 + i2_71 - 1;
        var v_362: f32 = 0.0;
        if ((k0 + 7 < 81) && (c5 < 110) && ((x0_117 >= 0) && (x0_117 < 10) && ((x1_117 >= 0) && (x1_117 < 11)))) {
            let v_363: f32 = in_x[i0_87 * 110 + x0_117 * 11 + x1_117];
            v_362 = v_363;
        }
        let x0_118: i32 = i0_15 + i1_87 - 1;
        let x1_118: i32 = i1_15 + i2_71 - 1;
        var v_364: f32 = 0.0;
        if ((k0 + 7 < 81) && (c6 < 110) && ((x0_118 >= 0) && (x0_118 < 10) && ((x1_118 >= 0) && (x1_118 < 11)))) {
            let v_365: f32 = in_x[i0_87 * 110 + x0_118 * 11 + x1_118];
            v_364 = v_365;
        }
        let x0_119: i32 = i0_16 + i1_87 - 1;
        let x1_119: i32 = i1_16 + i2_71 - 1;
        var v_366: f32 = 0.0;
        if ((k0 + 7 < 81) && (c7 < 110) && ((x0_119 >= 0) && (x0_119 < 10) && ((x1_119 >= 0) && (x1_119 < 11)))) {
            let v_367: f32 = in_x[i0_87 * 110 + x0_119 * 11 + x1_119];
            v_366 = v_367;
        }
        let x0_120: i32 = i0_17 + i1_87 - 1;
        let x1_120: i32 = i1_17 + i2_71 - 1;
        var v_368: f32 = 0.0;
        if ((k0 + 7 < 81) && (c8 < 110) && ((x0_120 >= 0) && (x0_120 < 10) && ((x1_120 >= 0) && (x1_120 < 11)))) {
            let v_369: f32 = in_x[i0_87 * 110 + x0_120 * 11 + x1_120];
            v_368 = v_369;
        }
        let x0_121: i32 = i0_18 + i1_87 - 1;
        let x1_121: i32 = i1_18 + i2_71 - 1;
        var v_370: f32 = 0.0;
        if ((k0 + 7 < 81) && (c9 < 110) && ((x0_121 >= 0) && (x0_121 < 10) && ((x1_121 >= 0) && (x1_121 < 11)))) {
            let v_371: f32 = in_x[i0_87 * 110 + x0_121 * 11 + x1_121];
            v_370 = v_371;
        }
        let x0_122: i32 = i0_19 + i1_87 - 1;
        let x1_122: i32 = i1_19 + i2_71 - 1;
        var v_372: f32 = 0.0;
        if ((k0 + 7 < 81) && (c10 < 110) && ((x0_122 >= 0) && (x0_122 < 10) && ((x1_122 >= 0) && (x1_122 < 11)))) {
            let v_373: f32 = in_x[i0_87 * 110 + x0_122 * 11 + x1_122];
            v_372 = v_373;
        }
        let x0_123: i32 = i0_20 + i1_87 - 1;
        let x1_123: i32 = i1_20 + i2_71 - 1;
        var v_374: f32 = 0.0;
        if ((k0 + 7 < 81) && (c11 < 110) && ((x0_123 >= 0) && (x0_123 < 10) && ((x1_123 >= 0) && (x1_123 < 11)))) {
            let v_375: f32 = in_x[i0_87 * 110 + x0_123 * 11 + x1_123];
            v_374 = v_375;
        }
        let x0_124: i32 = i0_21 + i1_87 - 1;
        let x1_124: i32 = i1_21 + i2_71 - 1;
        var v_376: f32 = 0.0;
        if ((k0 + 7 < 81) && (c12 < 110) && ((x0_124 >= 0) && (x0_124 < 10) && ((x1_124 >= 0) && (x1_124 < 11)))) {
            let v_377: f32 = in_x[i0_87 * 110 + x0_124 * 11 + x1_124];
            v_376 = v_377;
        }
        let x0_125: i32 = i0_22 + i1_87 - 1;
        let x1_125: i32 = i1_22 + i2_71 - 1;
        var v_378: f32 = 0.0;
        if ((k0 + 7 < 81) && (c13 < 110) && ((x0_125 >= 0) && (x0_125 < 10) && ((x1_125 >= 0) && (x1_125 < 11)))) {
            let v_379: f32 = in_x[i0_87 * 110 + x0_125 * 11 + x1_125];
            v_378 = v_379;
        }
        let x0_126: i32 = i0_23 + i1_87 - 1;
        let x1_126: i32 = i1_23 + i2_71 - 1;
        var v_380: f32 = 0.0;
        if ((k0 + 7 < 81) && (c14 < 110) && ((x0_126 >= 0) && (x0_126 < 10) && ((x1_126 >= 0) && (x1_126 < 11)))) {
            let v_381: f32 = in_x[i0_87 * 110 + x0_126 * 11 + x1_126];
            v_380 = v_381;
        }
        let x0_127: i32 = i0_24 + i1_87 - 1;
        let x1_127: i32 = i1_24 + i2_71 - 1;
        var v_382: f32 = 0.0;
        if ((k0 + 7 < 81) && (c15 < 110) && ((x0_127 >= 0) && (x0_127 < 10) && ((x1_127 >= 0) && (x1_127 < 11)))) {
            let v_383: f32 = in_x[i0_87 * 110 + x0_127 * 11 + x1_127];
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
    if ((r0 < 24) && (c0 < 110)) {
        let v_384: f32 = in_w_1[r0];
        let lin: i32 = (i32(tcc_group_id.z) * 24 + r0) * 110 + c0;
        let y: f32 = v_384 + acc0_0;
        let i1_88: i32 = lin / 110;
        let i2_72: i32 = lin / 11 % 10;
        let i3: i32 = lin % 11;
        let v_385: f32 = 1.0 / (1.0 + exp(-y));
        out_mul[lin] = y * v_385;
    }
    if ((r0 < 24) && (c1 < 110)) {
        let v_386: f32 = in_w_1[r0];
        let lin_1: i32 = (i32(tcc_group_id.z) * 24 + r0) * 110 + c1;
        let y_1: f32 = v_386 + acc0_1;
        let i1_89: i32 = lin_1 / 110;
        let i2_73: i32 = lin_1 / 11 % 10;
        let i3_1: i32 = lin_1 % 11;
        let v_387: f32 = 1.0 / (1.0 + exp(-y_1));
        out_mul[lin_1] = y_1 * v_387;
    }
    if ((r0 < 24) && (c2 < 110)) {
        let v_388: f32 = in_w_1[r0];
        let lin_2: i32 = (i32(tcc_group_id.z) * 24 + r0) * 110 + c2;
        let y_2: f32 = v_388 + acc0_2;
        let i1_90: i32 = lin_2 / 110;
        let i2_74: i32 = lin_2 / 11 % 10;
        let i3_2: i32 = lin_2 % 11;
        let v_389: f32 = 1.0 / (1.0 + exp(-y_2));
        out_mul[lin_2] = y_2 * v_389;
    }
    if ((r0 < 24) && (c3 < 110)) {
        let v_390: f32 = in_w_1[r0];
        let lin_3: i32 = (i32(tcc_group_id.z) * 24 + r0) * 110 + c3;
        let y_3: f32 = v_390 + acc0_3;
        let i1_91: i32 = lin_3 / 110;
        let i2_75: i32 = lin_3 / 11 % 10;
        let i3_3: i32 = lin_3 % 11;
        let v_391: f32 = 1.0 / (1.0 + exp(-y_3));
        out_mul[lin_3] = y_3 * v_391;
    }
    if ((r0 < 24) && (c4 < 110)) {
        let v_392: f32 = in_w_1[r0];
        let lin_4: i32 = (i32(tcc_group_id.z) * 24 + r0) * 110 + c4;
        let y_4: f32 = v_392 + acc0_4;
        let i1_92: i32 = lin_4 / 110;
        let i2_76: i32 = lin_4 / 11 % 10;
        let i3_4: i32 = lin_4 % 11;
        let v_393: f32 = 1.0 / (1.0 + exp(-y_4));
        out_mul[lin_4] = y_4 * v_393;
    }
    if ((r0 < 24) && (c5 < 110)) {
        let v_394: f32 = in_w_1[r0];
        let lin_5: i32 = (i32(tcc_group_id.z) * 24 + r0) * 110 + c5;
        let y_5: f32 = v_394 + acc0_5;
        let i1_93: i32 = lin_5 / 110;
        let i2_77: i32 = lin_5 / 11 % 10;
        let i3_5: i32 = lin_5 % 11;
        let v_395: f32 = 1.0 / (1.0 + exp(-y_5));
        out_mul[lin_5] = y_5 * v_395;
    }
    if ((r0 < 24) && (c6 < 110)) {
        let v_396: f32 = in_w_1[r0];
        let lin_6: i32 = (i32(tcc_group_id.z) * 24 + r0) * 110 + c6;
        let y_6: f32 = v_396 + acc0_6;
        let i1_94: i32 = lin_6 / 110;
        let i2_78: i32 = lin_6 / 11 % 10;
        let i3_6: i32 = lin_6 % 11;
        let v_397: f32 = 1.0 / (1.0 + exp(-y_6));
        out_mul[lin_6] = y_6 * v_397;
    }
    if ((r0 < 24) && (c7 < 110)) {
        let v_398: f32 = in_w_1[r0];
        let lin_7: i32 = (i32(tcc_group_id.z) * 24 + r0) * 110 + c7;
        let y_7: f32 = v_398 + acc0_7;
        let i1_95: i32 = lin_7 / 110;
        let i2_79: i32 = lin_7 / 11 % 10;
        let i3_7: i32 = lin_7 % 11;
        let v_399: f32 = 1.0 / (1.0 + exp(-y_7));
        out_mul[lin_7] = y_7 * v_399;
    }
    if ((r0 < 24) && (c8 < 110)) {
        let v_400: f32 = in_w_1[r0];
        let lin_8: i32 = (i32(tcc_group_id.z) * 24 + r0) * 110 + c8;
        let y_8: f32 = v_400 + acc0_8;
        let i1_96: i32 = lin_8 / 110;
        let i2_80: i32 = lin_8 / 11 % 10;
        let i3_8: i32 = lin_8 % 11;
        let v_401: f32 = 1.0 / (1.0 + exp(-y_8));
        out_mul[lin_8] = y_8 * v_401;
    }
    if ((r0 < 24) && (c9 < 110)) {
        let v_402: f32 = in_w_1[r0];
        let lin_9: i32 = (i32(tcc_group_id.z) * 24 + r0) * 110 + c9;
        let y_9: f32 = v_402 + acc0_9;
        let i1_97: i32 = lin_9 / 110;
        let i2_81: i32 = lin_9 / 11 % 10;
        let i3_9: i32 = lin_9 % 11;
        let v_403: f32 = 1.0 / (1.0 + exp(-y_9));
        out_mul[lin_9] = y_9 * v_403;
    }
    if ((r0 < 24) && (c10 < 110)) {
        let v_404: f32 = in_w_1[r0];
        let lin_10: i32 = (i32(tcc_group_id.z) * 24 + r0) * 110 + c10;
        let y_10: f32 = v_404 + acc0_10;
        let i1_98: i32 = lin_10 / 110;
        let i2_82: i32 = lin_10 / 11 % 10;
        let i3_10: i32 = lin_10 % 11;
        let v_405: f32 = 1.0 / (1.0 + exp(-y_10));
        out_mul[lin_10] = y_10 * v_405;
    }
    if ((r0 < 24) && (c11 < 110)) {
        let v_406: f32 = in_w_1[r0];
        let lin_11: i32 = (i32(tcc_group_id.z) * 24 + r0) * 110 + c11;
        let y_11: f32 = v_406 + acc0_11;
        let i1_99: i32 = lin_11 / 110;
        let i2_83: i32 = lin_11 / 11 % 10;
        let i3_11: i32 = lin_11 % 11;
        let v_407: f32 = 1.0 / (1.0 + exp(-y_11));
        out_mul[lin_11] = y_11 * v_407;
    }
    if ((r0 < 24) && (c12 < 110)) {
        let v_408: f32 = in_w_1[r0];
        let lin_12: i32 = (i32(tcc_group_id.z) * 24 + r0) * 110 + c12;
        let y_12: f32 = v_408 + acc0_12;
        let i1_100: i32 = lin_12 / 110;
        let i2_84: i32 = lin_12 / 11 % 10;
        let i3_12: i32 = lin_12 % 11;
        let v_409: f32 = 1.0 / (1.0 + exp(-y_12));
        out_mul[lin_12] = y_12 * v_409;
    }
    if ((r0 < 24) && (c13 < 110)) {
        let v_410: f32 = in_w_1[r0];
        let lin_13: i32 = (i32(tcc_group_id.z) * 24 + r0) * 110 + c13;
        let y_13: f32 = v_410 + acc0_13;
        let i1_101: i32 = lin_13 / 110;
        let i2_85: i32 = lin_13 / 11 % 10;
        let i3_13: i32 = lin_13 % 11;
        let v_411: f32 = 1.0 / (1.0 + exp(-y_13));
        out_mul[lin_13] = y_13 * v_411;
    }
    if ((r0 < 24) && (c14 < 110)) {
        let v_412: f32 = in_w_1[r0];
        let lin_14: i32 = (i32(tcc_group_id.z) * 24 + r0) * 110 + c14;
        let y_14: f32 = v_412 + acc0_14;
        let i1_102: i32 = lin_14 / 110;
        let i2_86: i32 = lin_14 / 11 % 10;
        let i3_14: i32 = lin_14 % 11;
        let v_413: f32 = 1.0 / (1.0 + exp(-y_14));
        out_mul[lin_14] = y_14 * v_413;
    }
    if ((r0 < 24) && (c15 < 110)) {
        let v_414: f32 = in_w_1[r0];
        let lin_15: i32 = (i32(tcc_group_id.z) * 24 + r0) * 110 + c15;
        let y_15: f32 = v_414 + acc0_15;
        let i1_103: i32 = lin_15 / 110;
        let i2_87: i32 = lin_15 / 11 % 10;
        let i3_15: i32 = lin_15 % 11;
        let v_415: f32 = 1.0 / (1.0 + exp(-y_15));
        out_mul[lin_15] = y_15 * v_415;
    }
    if ((r1 < 24) && (c0 < 110)) {
        let v_416: f32 = in_w_1[r1];
        let lin_16: i32 = (i32(tcc_group_id.z) * 24 + r1) * 110 + c0;
        let y_16: f32 = v_416 + acc1_0;
        let i1_104: i32 = lin_16 / 110;
        let i2_88: i32 = lin_16 / 11 % 10;
        let i3_16: i32 = lin_16 % 11;
        let v_417: f32 = 1.0 / (1.0 + exp(-y_16));
        out_mul[lin_16] = y_16 * v_417;
    }
    if ((r1 < 24) && (c1 < 110)) {
        let v_418: f32 = in_w_1[r1];
        let lin_17: i32 = (i32(tcc_group_id.z) * 24 + r1) * 110 + c1;
        let y_17: f32 = v_418 + acc1_1;
        let i1_105: i32 = lin_17 / 110;
        let i2_89: i32 = lin_17 / 11 % 10;
        let i3_17: i32 = lin_17 % 11;
        let v_419: f32 = 1.0 / (1.0 + exp(-y_17));
        out_mul[lin_17] = y_17 * v_419;
    }
    if ((r1 < 24) && (c2 < 110)) {
        let v_420: f32 = in_w_1[r1];
        let lin_18: i32 = (i32(tcc_group_id.z) * 24 + r1) * 110 + c2;
        let y_18: f32 = v_420 + acc1_2;
        let i1_106: i32 = lin_18 / 110;
        let i2_90: i32 = lin_18 / 11 % 10;
        let i3_18: i32 = lin_18 % 11;
        let v_421: f32 = 1.0 / (1.0 + exp(-y_18));
        out_mul[lin_18] = y_18 * v_421;
    }
    if ((r1 < 24) && (c3 < 110)) {
        let v_422: f32 = in_w_1[r1];
        let lin_19: i32 = (i32(tcc_group_id.z) * 24 + r1) * 110 + c3;
        let y_19: f32 = v_422 + acc1_3;
        let i1_107: i32 = lin_19 / 110;
        let i2_91: i32 = lin_19 / 11 % 10;
        let i3_19: i32 = lin_19 % 11;
        let v_423: f32 = 1.0 / (1.0 + exp(-y_19));
        out_mul[lin_19] = y_19 * v_423;
    }
    if ((r1 < 24) && (c4 < 110)) {
        let v_424: f32 = in_w_1[r1];
        let lin_20: i32 = (i32(tcc_group_id.z) * 24 + r1) * 110 + c4;
        let y_20: f32 = v_424 + acc1_4;
        let i1_108: i32 = lin_20 / 110;
        let i2_92: i32 = lin_20 / 11 % 10;
        let i3_20: i32 = lin_20 % 11;
        let v_425: f32 = 1.0 / (1.0 + exp(-y_20));
        out_mul[lin_20] = y_20 * v_425;
    }
    if ((r1 < 24) && (c5 < 110)) {
        let v_426: f32 = in_w_1[r1];
        let lin_21: i32 = (i32(tcc_group_id.z) * 24 + r1) * 110 + c5;
        let y_21: f32 = v_426 + acc1_5;
        let i1_109: i32 = lin_21 / 110;
        let i2_93: i32 = lin_21 / 11 % 10;
        let i3_21: i32 = lin_21 % 11;
        let v_427: f32 = 1.0 / (1.0 + exp(-y_21));
        out_mul[lin_21] = y_21 * v_427;
    }
    if ((r1 < 24) && (c6 < 110)) {
        let v_428: f32 = in_w_1[r1];
        let lin_22: i32 = (i32(tcc_group_id.z) * 24 + r1) * 110 + c6;
        let y_22: f32 = v_428 + acc1_6;
        let i1_110: i32 = lin_22 / 110;
        let i2_94: i32 = lin_22 / 11 % 10;
        let i3_22: i32 = lin_22 % 11;
        let v_429: f32 = 1.0 / (1.0 + exp(-y_22));
        out_mul[lin_22] = y_22 * v_429;
    }
    if ((r1 < 24) && (c7 < 110)) {
        let v_430: f32 = in_w_1[r1];
        let lin_23: i32 = (i32(tcc_group_id.z) * 24 + r1) * 110 + c7;
        let y_23: f32 = v_430 + acc1_7;
        let i1_111: i32 = lin_23 / 110;
        let i2_95: i32 = lin_23 / 11 % 10;
        let i3_23: i32 = lin_23 % 11;
        let v_431: f32 = 1.0 / (1.0 + exp(-y_23));
        out_mul[lin_23] = y_23 * v_431;
    }
    if ((r1 < 24) && (c8 < 110)) {
        let v_432: f32 = in_w_1[r1];
        let lin_24: i32 = (i32(tcc_group_id.z) * 24 + r1) * 110 + c8;
        let y_24: f32 = v_432 + acc1_8;
        let i1_112: i32 = lin_24 / 110;
        let i2_96: i32 = lin_24 / 11 % 10;
        let i3_24: i32 = lin_24 % 11;
        let v_433: f32 = 1.0 / (1.0 + exp(-y_24));
        out_mul[lin_24] = y_24 * v_433;
    }
    if ((r1 < 24) && (c9 < 110)) {
        let v_434: f32 = in_w_1[r1];
        let lin_25: i32 = (i32(tcc_group_id.z) * 24 + r1) * 110 + c9;
        let y_25: f32 = v_434 + acc1_9;
        let i1_113: i32 = lin_25 / 110;
        let i2_97: i32 = lin_25 / 11 % 10;
        let i3_25: i32 = lin_25 % 11;
        let v_435: f32 = 1.0 / (1.0 + exp(-y_25));
        out_mul[lin_25] = y_25 * v_435;
    }
    if ((r1 < 24) && (c10 < 110)) {
        let v_436: f32 = in_w_1[r1];
        let lin_26: i32 = (i32(tcc_group_id.z) * 24 + r1) * 110 + c10;
        let y_26: f32 = v_436 + acc1_10;
        let i1_114: i32 = lin_26 / 110;
        let i2_98: i32 = lin_26 / 11 % 10;
        let i3_26: i32 = lin_26 % 11;
        let v_437: f32 = 1.0 / (1.0 + exp(-y_26));
        out_mul[lin_26] = y_26 * v_437;
    }
    if ((r1 < 24) && (c11 < 110)) {
        let v_438: f32 = in_w_1[r1];
        let lin_27: i32 = (i32(tcc_group_id.z) * 24 + r1) * 110 + c11;
        let y_27: f32 = v_438 + acc1_11;
        let i1_115: i32 = lin_27 / 110;
        let i2_99: i32 = lin_27 / 11 % 10;
        let i3_27: i32 = lin_27 % 11;
        let v_439: f32 = 1.0 / (1.0 + exp(-y_27));
        out_mul[lin_27] = y_27 * v_439;
    }
    if ((r1 < 24) && (c12 < 110)) {
        let v_440: f32 = in_w_1[r1];
        let lin_28: i32 = (i32(tcc_group_id.z) * 24 + r1) * 110 + c12;
        let y_28: f32 = v_440 + acc1_12;
        let i1_116: i32 = lin_28 / 110;
        let i2_100: i32 = lin_28 / 11 % 10;
        let i3_28: i32 = lin_28 % 11;
        let v_441: f32 = 1.0 / (1.0 + exp(-y_28));
        out_mul[lin_28] = y_28 * v_441;
    }
    if ((r1 < 24) && (c13 < 110)) {
        let v_442: f32 = in_w_1[r1];
        let lin_29: i32 = (i32(tcc_group_id.z) * 24 + r1) * 110 + c13;
        let y_29: f32 = v_442 + acc1_13;
        let i1_117: i32 = lin_29 / 110;
        let i2_101: i32 = lin_29 / 11 % 10;
        let i3_29: i32 = lin_29 % 11;
        let v_443: f32 = 1.0 / (1.0 + exp(-y_29));
        out_mul[lin_29] = y_29 * v_443;
    }
    if ((r1 < 24) && (c14 < 110)) {
        let v_444: f32 = in_w_1[r1];
        let lin_30: i32 = (i32(tcc_group_id.z) * 24 + r1) * 110 + c14;
        let y_30: f32 = v_444 + acc1_14;
        let i1_118: i32 = lin_30 / 110;
        let i2_102: i32 = lin_30 / 11 % 10;
        let i3_30: i32 = lin_30 % 11;
        let v_445: f32 = 1.0 / (1.0 + exp(-y_30));
        out_mul[lin_30] = y_30 * v_445;
    }
    if ((r1 < 24) && (c15 < 110)) {
        let v_446: f32 = in_w_1[r1];
        let lin_31: i32 = (i32(tcc_group_id.z) * 24 + r1) * 110 + c15;
        let y_31: f32 = v_446 + acc1_15;
        let i1_119: i32 = lin_31 / 110;
        let i2_103: i32 = lin_31 / 11 % 10;
        let i3_31: i32 = lin_31 % 11;
        let v_447: f32 = 1.0 / (1.0 + exp(-y_31));
        out_mul[lin_31] = y_31 * v_447;
    }
    if ((r2 < 24) && (c0 < 110)) {
        let v_448: f32 = in_w_1[r2];
        let lin_32: i32 = (i32(tcc_group_id.z) * 24 + r2) * 110 + c0;
        let y_32: f32 = v_448 + acc2_0;
        let i1_120: i32 = lin_32 / 110;
        let i2_104: i32 = lin_32 / 11 % 10;
        let i3_32: i32 = lin_32 % 11;
        let v_449: f32 = 1.0 / (1.0 + exp(-y_32));
        out_mul[lin_32] = y_32 * v_449;
    }
    if ((r2 < 24) && (c1 < 110)) {
        let v_450: f32 = in_w_1[r2];
        let lin_33: i32 = (i32(tcc_group_id.z) * 24 + r2) * 110 + c1;
        let y_33: f32 = v_450 + acc2_1;
        let i1_121: i32 = lin_33 / 110;
        let i2_105: i32 = lin_33 / 11 % 10;
        let i3_33: i32 = lin_33 % 11;
        let v_451: f32 = 1.0 / (1.0 + exp(-y_33));
        out_mul[lin_33] = y_33 * v_451;
    }
    if ((r2 < 24) && (c2 < 110)) {
        let v_452: f32 = in_w_1[r2];
        let lin_34: i32 = (i32(tcc_group_id.z) * 24 + r2) * 110 + c2;
        let y_34: f32 = v_452 + acc2_2;
        let i1_122: i32 = lin_34 / 110;
        let i2_106: i32 = lin_34 / 11 % 10;
        let i3_34: i32 = lin_34 % 11;
        let v_453: f32 = 1.0 / (1.0 + exp(-y_34));
        out_mul[lin_34] = y_34 * v_453;
    }
    if ((r2 < 24) && (c3 < 110)) {
        let v_454: f32 = in_w_1[r2];
        let lin_35: i32 = (i32(tcc_group_id.z) * 24 + r2) * 110 + c3;
        let y_35: f32 = v_454 + acc2_3;
        let i1_123: i32 = lin_35 / 110;
        let i2_107: i32 = lin_35 / 11 % 10;
        let i3_35: i32 = lin_35 % 11;
        let v_455: f32 = 1.0 / (1.0 + exp(-y_35));
        out_mul[lin_35] = y_35 * v_455;
    }
    if ((r2 < 24) && (c4 < 110)) {
        let v_456: f32 = in_w_1[r2];
        let lin_36: i32 = (i32(tcc_group_id.z) * 24 + r2) * 110 + c4;
        let y_36: f32 = v_456 + acc2_4;
        let i1_124: i32 = lin_36 / 110;
        let i2_108: i32 = lin_36 / 11 % 10;
        let i3_36: i32 = lin_36 % 11;
        let v_457: f32 = 1.0 / (1.0 + exp(-y_36));
        out_mul[lin_36] = y_36 * v_457;
    }
    if ((r2 < 24) && (c5 < 110)) {
        let v_458: f32 = in_w_1[r2];
        let lin_37: i32 = (i32(tcc_group_id.z) * 24 + r2) * 110 + c5;
        let y_37: f32 = v_458 + acc2_5;
        let i1_125: i32 = lin_37 / 110;
        let i2_109: i32 = lin_37 / 11 % 10;
        let i3_37: i32 = lin_37 % 11;
        let v_459: f32 = 1.0 / (1.0 + exp(-y_37));
        out_mul[lin_37] = y_37 * v_459;
    }
    if ((r2 < 24) && (c6 < 110)) {
        let v_460: f32 = in_w_1[r2];
        let lin_38: i32 = (i32(tcc_group_id.z) * 24 + r2) * 110 + c6;
        let y_38: f32 = v_460 + acc2_6;
        let i1_126: i32 = lin_38 / 110;
        let i2_110: i32 = lin_38 / 11 % 10;
        let i3_38: i32 = lin_38 % 11;
        let v_461: f32 = 1.0 / (1.0 + exp(-y_38));
        out_mul[lin_38] = y_38 * v_461;
    }
    if ((r2 < 24) && (c7 < 110)) {
        let v_462: f32 = in_w_1[r2];
        let lin_39: i32 = (i32(tcc_group_id.z) * 24 + r2) * 110 + c7;
        let y_39: f32 = v_462 + acc2_7;
        let i1_127: i32 = lin_39 / 110;
        let i2_111: i32 = lin_39 / 11 % 10;
        let i3_39: i32 = lin_39 % 11;
        let v_463: f32 = 1.0 / (1.0 + exp(-y_39));
        out_mul[lin_39] = y_39 * v_463;
    }
    if ((r2 < 24) && (c8 < 110)) {
        let v_464: f32 = in_w_1[r2];
        let lin_40: i32 = (i32(tcc_group_id.z) * 24 + r2) * 110 + c8;
        let y_40: f32 = v_464 + acc2_8;
        let i1_128: i32 = lin_40 / 110;
        let i2_112: i32 = lin_40 / 11 % 10;
        let i3_40: i32 = lin_40 % 11;
        let v_465: f32 = 1.0 / (1.0 + exp(-y_40));
        out_mul[lin_40] = y_40 * v_465;
    }
    if ((r2 < 24) && (c9 < 110)) {
        let v_466: f32 = in_w_1[r2];
        let lin_41: i32 = (i32(tcc_group_id.z) * 24 + r2) * 110 + c9;
        let y_41: f32 = v_466 + acc2_9;
        let i1_129: i32 = lin_41 / 110;
        let i2_113: i32 = lin_41 / 11 % 10;
        let i3_41: i32 = lin_41 % 11;
        let v_467: f32 = 1.0 / (1.0 + exp(-y_41));
        out_mul[lin_41] = y_41 * v_467;
    }
    if ((r2 < 24) && (c10 < 110)) {
        let v_468: f32 = in_w_1[r2];
        let lin_42: i32 = (i32(tcc_group_id.z) * 24 + r2) * 110 + c10;
        let y_42: f32 = v_468 + acc2_10;
        let i1_130: i32 = lin_42 / 110;
        let i2_114: i32 = lin_42 / 11 % 10;
        let i3_42: i32 = lin_42 % 11;
        let v_469: f32 = 1.0 / (1.0 + exp(-y_42));
        out_mul[lin_42] = y_42 * v_469;
    }
    if ((r2 < 24) && (c11 < 110)) {
        let v_470: f32 = in_w_1[r2];
        let lin_43: i32 = (i32(tcc_group_id.z) * 24 + r2) * 110 + c11;
        let y_43: f32 = v_470 + acc2_11;
        let i1_131: i32 = lin_43 / 110;
        let i2_115: i32 = lin_43 / 11 % 10;
        let i3_43: i32 = lin_43 % 11;
        let v_471: f32 = 1.0 / (1.0 + exp(-y_43));
        out_mul[lin_43] = y_43 * v_471;
    }
    if ((r2 < 24) && (c12 < 110)) {
        let v_472: f32 = in_w_1[r2];
        let lin_44: i32 = (i32(tcc_group_id.z) * 24 + r2) * 110 + c12;
        let y_44: f32 = v_472 + acc2_12;
        let i1_132: i32 = lin_44 / 110;
        let i2_116: i32 = lin_44 / 11 % 10;
        let i3_44: i32 = lin_44 % 11;
        let v_473: f32 = 1.0 / (1.0 + exp(-y_44));
        out_mul[lin_44] = y_44 * v_473;
    }
    if ((r2 < 24) && (c13 < 110)) {
        let v_474: f32 = in_w_1[r2];
        let lin_45: i32 = (i32(tcc_group_id.z) * 24 + r2) * 110 + c13;
        let y_45: f32 = v_474 + acc2_13;
        let i1_133: i32 = lin_45 / 110;
        let i2_117: i32 = lin_45 / 11 % 10;
        let i3_45: i32 = lin_45 % 11;
        let v_475: f32 = 1.0 / (1.0 + exp(-y_45));
        out_mul[lin_45] = y_45 * v_475;
    }
    if ((r2 < 24) && (c14 < 110)) {
        let v_476: f32 = in_w_1[r2];
        let lin_46: i32 = (i32(tcc_group_id.z) * 24 + r2) * 110 + c14;
        let y_46: f32 = v_476 + acc2_14;
        let i1_134: i32 = lin_46 / 110;
        let i2_118: i32 = lin_46 / 11 % 10;
        let i3_46: i32 = lin_46 % 11;
        let v_477: f32 = 1.0 / (1.0 + exp(-y_46));
        out_mul[lin_46] = y_46 * v_477;
    }
    if ((r2 < 24) && (c15 < 110)) {
        let v_478: f32 = in_w_1[r2];
        let lin_47: i32 = (i32(tcc_group_id.z) * 24 + r2) * 110 + c15;
        let y_47: f32 = v_478 + acc2_15;
        let i1_135: i32 = lin_47 / 110;
        let i2_119: i32 = lin_47 / 11 % 10;
        let i3_47: i32 = lin_47 % 11;
        let v_479: f32 = 1.0 / (1.0 + exp(-y_47));
        out_mul[lin_47] = y_47 * v_479;
    }
    if ((r3 < 24) && (c0 < 110)) {
        let v_480: f32 = in_w_1[r3];
        let lin_48: i32 = (i32(tcc_group_id.z) * 24 + r3) * 110 + c0;
        let y_48: f32 = v_480 + acc3_0;
        let i1_136: i32 = lin_48 / 110;
        let i2_120: i32 = lin_48 / 11 % 10;
        let i3_48: i32 = lin_48 % 11;
        let v_481: f32 = 1.0 / (1.0 + exp(-y_48));
        out_mul[lin_48] = y_48 * v_481;
    }
    if ((r3 < 24) && (c1 < 110)) {
        let v_482: f32 = in_w_1[r3];
        let lin_49: i32 = (i32(tcc_group_id.z) * 24 + r3) * 110 + c1;
        let y_49: f32 = v_482 + acc3_1;
        let i1_137: i32 = lin_49 / 110;
        let i2_121: i32 = lin_49 / 11 % 10;
        let i3_49: i32 = lin_49 % 11;
        let v_483: f32 = 1.0 / (1.0 + exp(-y_49));
        out_mul[lin_49] = y_49 * v_483;
    }
    if ((r3 < 24) && (c2 < 110)) {
        let v_484: f32 = in_w_1[r3];
        let lin_50: i32 = (i32(tcc_group_id.z) * 24 + r3) * 110 + c2;
        let y_50: f32 = v_484 + acc3_2;
        let i1_138: i32 = lin_50 / 110;
        let i2_122: i32 = lin_50 / 11 % 10;
        let i3_50: i32 = lin_50 % 11;
        let v_485: f32 = 1.0 / (1.0 + exp(-y_50));
        out_mul[lin_50] = y_50 * v_485;
    }
    if ((r3 < 24) && (c3 < 110)) {
        let v_486: f32 = in_w_1[r3];
        let lin_51: i32 = (i32(tcc_group_id.z) * 24 + r3) * 110 + c3;
        let y_51: f32 = v_486 + acc3_3;
        let i1_139: i32 = lin_51 / 110;
        let i2_123: i32 = lin_51 / 11 % 10;
        let i3_51: i32 = lin_51 % 11;
        let v_487: f32 = 1.0 / (1.0 + exp(-y_51));
        out_mul[lin_51] = y_51 * v_487;
    }
    if ((r3 < 24) && (c4 < 110)) {
        let v_488: f32 = in_w_1[r3];
        let lin_52: i32 = (i32(tcc_group_id.z) * 24 + r3) * 110 + c4;
        let y_52: f32 = v_488 + acc3_4;
        let i1_140: i32 = lin_52 / 110;
        let i2_124: i32 = lin_52 / 11 % 10;
        let i3_52: i32 = lin_52 % 11;
        let v_489: f32 = 1.0 / (1.0 + exp(-y_52));
        out_mul[lin_52] = y_52 * v_489;
    }
    if ((r3 < 24) && (c5 < 110)) {
        let v_490: f32 = in_w_1[r3];
        let lin_53: i32 = (i32(tcc_group_id.z) * 24 + r3) * 110 + c5;
        let y_53: f32 = v_490 + acc3_5;
        let i1_141: i32 = lin_53 / 110;
        let i2_125: i32 = lin_53 / 11 % 10;
        let i3_53: i32 = lin_53 % 11;
        let v_491: f32 = 1.0 / (1.0 + exp(-y_53));
        out_mul[lin_53] = y_53 * v_491;
    }
    if ((r3 < 24) && (c6 < 110)) {
        let v_492: f32 = in_w_1[r3];
        let lin_54: i32 = (i32(tcc_group_id.z) * 24 + r3) * 110 + c6;
        let y_54: f32 = v_492 + acc3_6;
        let i1_142: i32 = lin_54 / 110;
        let i2_126: i32 = lin_54 / 11 % 10;
        let i3_54: i32 = lin_54 % 11;
        let v_493: f32 = 1.0 / (1.0 + exp(-y_54));
        out_mul[lin_54] = y_54 * v_493;
    }
    if ((r3 < 24) && (c7 < 110)) {
        let v_494: f32 = in_w_1[r3];
        let lin_55: i32 = (i32(tcc_group_id.z) * 24 + r3) * 110 + c7;
        let y_55: f32 = v_494 + acc3_7;
        let i1_143: i32 = lin_55 / 110;
        let i2_127: i32 = lin_55 / 11 % 10;
        let i3_55: i32 = lin_55 % 11;
        let v_495: f32 = 1.0 / (1.0 + exp(-y_55));
        out_mul[lin_55] = y_55 * v_495;
    }
    if ((r3 < 24) && (c8 < 110)) {
        let v_496: f32 = in_w_1[r3];
        let lin_56: i32 = (i32(tcc_group_id.z) * 24 + r3) * 110 + c8;
        let y_56: f32 = v_496 + acc3_8;
        let i1_144: i32 = lin_56 / 110;
        let i2_128: i32 = lin_56 / 11 % 10;
        let i3_56: i32 = lin_56 % 11;
        let v_497: f32 = 1.0 / (1.0 + exp(-y_56));
        out_mul[lin_56] = y_56 * v_497;
    }
    if ((r3 < 24) && (c9 < 110)) {
        let v_498: f32 = in_w_1[r3];
        let lin_57: i32 = (i32(tcc_group_id.z) * 24 + r3) * 110 + c9;
        let y_57: f32 = v_498 + acc3_9;
        let i1_145: i32 = lin_57 / 110;
        let i2_129: i32 = lin_57 / 11 % 10;
        let i3_57: i32 = lin_57 % 11;
        let v_499: f32 = 1.0 / (1.0 + exp(-y_57));
        out_mul[lin_57] = y_57 * v_499;
    }
    if ((r3 < 24) && (c10 < 110)) {
        let v_500: f32 = in_w_1[r3];
        let lin_58: i32 = (i32(tcc_group_id.z) * 24 + r3) * 110 + c10;
        let y_58: f32 = v_500 + acc3_10;
        let i1_146: i32 = lin_58 / 110;
        let i2_130: i32 = lin_58 / 11 % 10;
        let i3_58: i32 = lin_58 % 11;
        let v_501: f32 = 1.0 / (1.0 + exp(-y_58));
        out_mul[lin_58] = y_58 * v_501;
    }
    if ((r3 < 24) && (c11 < 110)) {
        let v_502: f32 = in_w_1[r3];
        let lin_59: i32 = (i32(tcc_group_id.z) * 24 + r3) * 110 + c11;
        let y_59: f32 = v_502 + acc3_11;
        let i1_147: i32 = lin_59 / 110;
        let i2_131: i32 = lin_59 / 11 % 10;
        let i3_59: i32 = lin_59 % 11;
        let v_503: f32 = 1.0 / (1.0 + exp(-y_59));
        out_mul[lin_59] = y_59 * v_503;
    }
    if ((r3 < 24) && (c12 < 110)) {
        let v_504: f32 = in_w_1[r3];
        let lin_60: i32 = (i32(tcc_group_id.z) * 24 + r3) * 110 + c12;
        let y_60: f32 = v_504 + acc3_12;
        let i1_148: i32 = lin_60 / 110;
        let i2_132: i32 = lin_60 / 11 % 10;
        let i3_60: i32 = lin_60 % 11;
        let v_505: f32 = 1.0 / (1.0 + exp(-y_60));
        out_mul[lin_60] = y_60 * v_505;
    }
    if ((r3 < 24) && (c13 < 110)) {
        let v_506: f32 = in_w_1[r3];
        let lin_61: i32 = (i32(tcc_group_id.z) * 24 + r3) * 110 + c13;
        let y_61: f32 = v_506 + acc3_13;
        let i1_149: i32 = lin_61 / 110;
        let i2_133: i32 = lin_61 / 11 % 10;
        let i3_61: i32 = lin_61 % 11;
        let v_507: f32 = 1.0 / (1.0 + exp(-y_61));
        out_mul[lin_61] = y_61 * v_507;
    }
    if ((r3 < 24) && (c14 < 110)) {
        let v_508: f32 = in_w_1[r3];
        let lin_62: i32 = (i32(tcc_group_id.z) * 24 + r3) * 110 + c14;
        let y_62: f32 = v_508 + acc3_14;
        let i1_150: i32 = lin_62 / 110;
        let i2_134: i32 = lin_62 / 11 % 10;
        let i3_62: i32 = lin_62 % 11;
        let v_509: f32 = 1.0 / (1.0 + exp(-y_62));
        out_mul[lin_62] = y_62 * v_509;
    }
    if ((r3 < 24) && (c15 < 110)) {
        let v_510: f32 = in_w_1[r3];
        let lin_63: i32 = (i32(tcc_group_id.z) * 24 + r3) * 110 + c15;
        let y_63: f32 = v_510 + acc3_15;
        let i1_151: i32 = lin_63 / 110;
        let i2_135: i32 = lin_63 / 11 % 10;
        let i3_63: i32 = lin_63 % 11;
        let v_511: f32 = 1.0 / (1.0 + exp(-y_63));
        out_mul[lin_63] = y_63 * v_511;
    }
    if ((r4 < 24) && (c0 < 110)) {
        let v_512: f32 = in_w_1[r4];
        let lin_64: i32 = (i32(tcc_group_id.z) * 24 + r4) * 110 + c0;
        let y_64: f32 = v_512 + acc4_0;
        let i1_152: i32 = lin_64 / 110;
        let i2_136: i32 = lin_64 / 11 % 10;
        let i3_64: i32 = lin_64 % 11;
        let v_513: f32 = 1.0 / (1.0 + exp(-y_64));
        out_mul[lin_64] = y_64 * v_513;
    }
    if ((r4 < 24) && (c1 < 110)) {
        let v_514: f32 = in_w_1[r4];
        let lin_65: i32 = (i32(tcc_group_id.z) * 24 + r4) * 110 + c1;
        let y_65: f32 = v_514 + acc4_1;
        let i1_153: i32 = lin_65 / 110;
        let i2_137: i32 = lin_65 / 11 % 10;
        let i3_65: i32 = lin_65 % 11;
        let v_515: f32 = 1.0 / (1.0 + exp(-y_65));
        out_mul[lin_65] = y_65 * v_515;
    }
    if ((r4 < 24) && (c2 < 110)) {
        let v_516: f32 = in_w_1[r4];
        let lin_66: i32 = (i32(tcc_group_id.z) * 24 + r4) * 110 + c2;
        let y_66: f32 = v_516 + acc4_2;
        let i1_154: i32 = lin_66 / 110;
        let i2_138: i32 = lin_66 / 11 % 10;
        let i3_66: i32 = lin_66 % 11;
        let v_517: f32 = 1.0 / (1.0 + exp(-y_66));
        out_mul[lin_66] = y_66 * v_517;
    }
    if ((r4 < 24) && (c3 < 110)) {
        let v_518: f32 = in_w_1[r4];
        let lin_67: i32 = (i32(tcc_group_id.z) * 24 + r4) * 110 + c3;
        let y_67: f32 = v_518 + acc4_3;
        let i1_155: i32 = lin_67 / 110;
        let i2_139: i32 = lin_67 / 11 % 10;
        let i3_67: i32 = lin_67 % 11;
        let v_519: f32 = 1.0 / (1.0 + exp(-y_67));
        out_mul[lin_67] = y_67 * v_519;
    }
    if ((r4 < 24) && (c4 < 110)) {
        let v_520: f32 = in_w_1[r4];
        let lin_68: i32 = (i32(tcc_group_id.z) * 24 + r4) * 110 + c4;
        let y_68: f32 = v_520 + acc4_4;
        let i1_156: i32 = lin_68 / 110;
        let i2_140: i32 = lin_68 / 11 % 10;
        let i3_68: i32 = lin_68 % 11;
        let v_521: f32 = 1.0 / (1.0 + exp(-y_68));
        out_mul[lin_68] = y_68 * v_521;
    }
    if ((r4 < 24) && (c5 < 110)) {
        let v_522: f32 = in_w_1[r4];
        let lin_69: i32 = (i32(tcc_group_id.z) * 24 + r4) * 110 + c5;
        let y_69: f32 = v_522 + acc4_5;
        let i1_157: i32 = lin_69 / 110;
        let i2_141: i32 = lin_69 / 11 % 10;
        let i3_69: i32 = lin_69 % 11;
        let v_523: f32 = 1.0 / (1.0 + exp(-y_69));
        out_mul[lin_69] = y_69 * v_523;
    }
    if ((r4 < 24) && (c6 < 110)) {
        let v_524: f32 = in_w_1[r4];
        let lin_70: i32 = (i32(tcc_group_id.z) * 24 + r4) * 110 + c6;
        let y_70: f32 = v_524 + acc4_6;
        let i1_158: i32 = lin_70 / 110;
        let i2_142: i32 = lin_70 / 11 % 10;
        let i3_70: i32 = lin_70 % 11;
        let v_525: f32 = 1.0 / (1.0 + exp(-y_70));
        out_mul[lin_70] = y_70 * v_525;
    }
    if ((r4 < 24) && (c7 < 110)) {
        let v_526: f32 = in_w_1[r4];
        let lin_71: i32 = (i32(tcc_group_id.z) * 24 + r4) * 110 + c7;
        let y_71: f32 = v_526 + acc4_7;
        let i1_159: i32 = lin_71 / 110;
        let i2_143: i32 = lin_71 / 11 % 10;
        let i3_71: i32 = lin_71 % 11;
        let v_527: f32 = 1.0 / (1.0 + exp(-y_71));
        out_mul[lin_71] = y_71 * v_527;
    }
    if ((r4 < 24) && (c8 < 110)) {
        let v_528: f32 = in_w_1[r4];
        let lin_72: i32 = (i32(tcc_group_id.z) * 24 + r4) * 110 + c8;
        let y_72: f32 = v_528 + acc4_8;
        let i1_160: i32 = lin_72 / 110;
        let i2_144: i32 = lin_72 / 11 % 10;
        let i3_72: i32 = lin_72 % 11;
        let v_529: f32 = 1.0 / (1.0 + exp(-y_72));
        out_mul[lin_72] = y_72 * v_529;
    }
    if ((r4 < 24) && (c9 < 110)) {
        let v_530: f32 = in_w_1[r4];
        let lin_73: i32 = (i32(tcc_group_id.z) * 24 + r4) * 110 + c9;
        let y_73: f32 = v_530 + acc4_9;
        let i1_161: i32 = lin_73 / 110;
        let i2_145: i32 = lin_73 / 11 % 10;
        let i3_73: i32 = lin_73 % 11;
        let v_531: f32 = 1.0 / (1.0 + exp(-y_73));
        out_mul[lin_73] = y_73 * v_531;
    }
    if ((r4 < 24) && (c10 < 110)) {
        let v_532: f32 = in_w_1[r4];
        let lin_74: i32 = (i32(tcc_group_id.z) * 24 + r4) * 110 + c10;
        let y_74: f32 = v_532 + acc4_10;
        let i1_162: i32 = lin_74 / 110;
        let i2_146: i32 = lin_74 / 11 % 10;
        let i3_74: i32 = lin_74 % 11;
        let v_533: f32 = 1.0 / (1.0 + exp(-y_74));
        out_mul[lin_74] = y_74 * v_533;
    }
    if ((r4 < 24) && (c11 < 110)) {
        let v_534: f32 = in_w_1[r4];
        let lin_75: i32 = (i32(tcc_group_id.z) * 24 + r4) * 110 + c11;
        let y_75: f32 = v_534 + acc4_11;
        let i1_163: i32 = lin_75 / 110;
        let i2_147: i32 = lin_75 / 11 % 10;
        let i3_75: i32 = lin_75 % 11;
        let v_535: f32 = 1.0 / (1.0 + exp(-y_75));
        out_mul[lin_75] = y_75 * v_535;
    }
    if ((r4 < 24) && (c12 < 110)) {
        let v_536: f32 = in_w_1[r4];
        let lin_76: i32 = (i32(tcc_group_id.z) * 24 + r4) * 110 + c12;
        let y_76: f32 = v_536 + acc4_12;
        let i1_164: i32 = lin_76 / 110;
        let i2_148: i32 = lin_76 / 11 % 10;
        let i3_76: i32 = lin_76 % 11;
        let v_537: f32 = 1.0 / (1.0 + exp(-y_76));
        out_mul[lin_76] = y_76 * v_537;
    }
    if ((r4 < 24) && (c13 < 110)) {
        let v_538: f32 = in_w_1[r4];
        let lin_77: i32 = (i32(tcc_group_id.z) * 24 + r4) * 110 + c13;
        let y_77: f32 = v_538 + acc4_13;
        let i1_165: i32 = lin_77 / 110;
        let i2_149: i32 = lin_77 / 11 % 10;
        let i3_77: i32 = lin_77 % 11;
        let v_539: f32 = 1.0 / (1.0 + exp(-y_77));
        out_mul[lin_77] = y_77 * v_539;
    }
    if ((r4 < 24) && (c14 < 110)) {
        let v_540: f32 = in_w_1[r4];
        let lin_78: i32 = (i32(tcc_group_id.z) * 24 + r4) * 110 + c14;
        let y_78: f32 = v_540 + acc4_14;
        let i1_166: i32 = lin_78 / 110;
        let i2_150: i32 = lin_78 / 11 % 10;
        let i3_78: i32 = lin_78 % 11;
        let v_541: f32 = 1.0 / (1.0 + exp(-y_78));
        out_mul[lin_78] = y_78 * v_541;
    }
    if ((r4 < 24) && (c15 < 110)) {
        let v_542: f32 = in_w_1[r4];
        let lin_79: i32 = (i32(tcc_group_id.z) * 24 + r4) * 110 + c15;
        let y_79: f32 = v_542 + acc4_15;
        let i1_167: i32 = lin_79 / 110;
        let i2_151: i32 = lin_79 / 11 % 10;
        let i3_79: i32 = lin_79 % 11;
        let v_543: f32 = 1.0 / (1.0 + exp(-y_79));
        out_mul[lin_79] = y_79 * v_543;
    }
    if ((r5 < 24) && (c0 < 110)) {
        let v_544: f32 = in_w_1[r5];
        let lin_80: i32 = (i32(tcc_group_id.z) * 24 + r5) * 110 + c0;
        let y_80: f32 = v_544 + acc5_0;
        let i1_168: i32 = lin_80 / 110;
        let i2_152: i32 = lin_80 / 11 % 10;
        let i3_80: i32 = lin_80 % 11;
        let v_545: f32 = 1.0 / (1.0 + exp(-y_80));
        out_mul[lin_80] = y_80 * v_545;
    }
    if ((r5 < 24) && (c1 < 110)) {
        let v_546: f32 = in_w_1[r5];
        let lin_81: i32 = (i32(tcc_group_id.z) * 24 + r5) * 110 + c1;
        let y_81: f32 = v_546 + acc5_1;
        let i1_169: i32 = lin_81 / 110;
        let i2_153: i32 = lin_81 / 11 % 10;
        let i3_81: i32 = lin_81 % 11;
        let v_547: f32 = 1.0 / (1.0 + exp(-y_81));
        out_mul[lin_81] = y_81 * v_547;
    }
    if ((r5 < 24) && (c2 < 110)) {
        let v_548: f32 = in_w_1[r5];
        let lin_82: i32 = (i32(tcc_group_id.z) * 24 + r5) * 110 + c2;
        let y_82: f32 = v_548 + acc5_2;
        let i1_170: i32 = lin_82 / 110;
        let i2_154: i32 = lin_82 / 11 % 10;
        let i3_82: i32 = lin_82 % 11;
        let v_549: f32 = 1.0 / (1.0 + exp(-y_82));
        out_mul[lin_82] = y_82 * v_549;
    }
    if ((r5 < 24) && (c3 < 110)) {
        let v_550: f32 = in_w_1[r5];
        let lin_83: i32 = (i32(tcc_group_id.z) * 24 + r5) * 110 + c3;
        let y_83: f32 = v_550 + acc5_3;
        let i1_171: i32 = lin_83 / 110;
        let i2_155: i32 = lin_83 / 11 % 10;
        let i3_83: i32 = lin_83 % 11;
        let v_551: f32 = 1.0 / (1.0 + exp(-y_83));
        out_mul[lin_83] = y_83 * v_551;
    }
    if ((r5 < 24) && (c4 < 110)) {
        let v_552: f32 = in_w_1[r5];
        let lin_84: i32 = (i32(tcc_group_id.z) * 24 + r5) * 110 + c4;
        let y_84: f32 = v_552 + acc5_4;
        let i1_172: i32 = lin_84 / 110;
        let i2_156: i32 = lin_84 / 11 % 10;
        let i3_84: i32 = lin_84 % 11;
        let v_553: f32 = 1.0 / (1.0 + exp(-y_84));
        out_mul[lin_84] = y_84 * v_553;
    }
    if ((r5 < 24) && (c5 < 110)) {
        let v_554: f32 = in_w_1[r5];
        let lin_85: i32 = (i32(tcc_group_id.z) * 24 + r5) * 110 + c5;
        let y_85: f32 = v_554 + acc5_5;
        let i1_173: i32 = lin_85 / 110;
        let i2_157: i32 = lin_85 / 11 % 10;
        let i3_85: i32 = lin_85 % 11;
        let v_555: f32 = 1.0 / (1.0 + exp(-y_85));
        out_mul[lin_85] = y_85 * v_555;
    }
    if ((r5 < 24) && (c6 < 110)) {
        let v_556: f32 = in_w_1[r5];
        let lin_86: i32 = (i32(tcc_group_id.z) * 24 + r5) * 110 + c6;
        let y_86: f32 = v_556 + acc5_6;
        let i1_174: i32 = lin_86 / 110;
        let i2_158: i32 = lin_86 / 11 % 10;
        let i3_86: i32 = lin_86 % 11;
        let v_557: f32 = 1.0 / (1.0 + exp(-y_86));
        out_mul[lin_86] = y_86 * v_557;
    }
    if ((r5 < 24) && (c7 < 110)) {
        let v_558: f32 = in_w_1[r5];
        let lin_87: i32 = (i32(tcc_group_id.z) * 24 + r5) * 110 + c7;
        let y_87: f32 = v_558 + acc5_7;
        let i1_175: i32 = lin_87 / 110;
        let i2_159: i32 = lin_87 / 11 % 10;
        let i3_87: i32 = lin_87 % 11;
        let v_559: f32 = 1.0 / (1.0 + exp(-y_87));
        out_mul[lin_87] = y_87 * v_559;
    }
    if ((r5 < 24) && (c8 < 110)) {
        let v_560: f32 = in_w_1[r5];
        let lin_88: i32 = (i32(tcc_group_id.z) * 24 + r5) * 110 + c8;
        let y_88: f32 = v_560 + acc5_8;
        let i1_176: i32 = lin_88 / 110;
        let i2_160: i32 = lin_88 / 11 % 10;
        let i3_88: i32 = lin_88 % 11;
        let v_561: f32 = 1.0 / (1.0 + exp(-y_88));
        out_mul[lin_88] = y_88 * v_561;
    }
    if ((r5 < 24) && (c9 < 110)) {
        let v_562: f32 = in_w_1[r5];
        let lin_89: i32 = (i32(tcc_group_id.z) * 24 + r5) * 110 + c9;
        let y_89: f32 = v_562 + acc5_9;
        let i1_177: i32 = lin_89 / 110;
        let i2_161: i32 = lin_89 / 11 % 10;
        let i3_89: i32 = lin_89 % 11;
        let v_563: f32 = 1.0 / (1.0 + exp(-y_89));
        out_mul[lin_89] = y_89 * v_563;
    }
    if ((r5 < 24) && (c10 < 110)) {
        let v_564: f32 = in_w_1[r5];
        let lin_90: i32 = (i32(tcc_group_id.z) * 24 + r5) * 110 + c10;
        let y_90: f32 = v_564 + acc5_10;
        let i1_178: i32 = lin_90 / 110;
        let i2_162: i32 = lin_90 / 11 % 10;
        let i3_90: i32 = lin_90 % 11;
        let v_565: f32 = 1.0 / (1.0 + exp(-y_90));
        out_mul[lin_90] = y_90 * v_565;
    }
    if ((r5 < 24) && (c11 < 110)) {
        let v_566: f32 = in_w_1[r5];
        let lin_91: i32 = (i32(tcc_group_id.z) * 24 + r5) * 110 + c11;
        let y_91: f32 = v_566 + acc5_11;
        let i1_179: i32 = lin_91 / 110;
        let i2_163: i32 = lin_91 / 11 % 10;
        let i3_91: i32 = lin_91 % 11;
        let v_567: f32 = 1.0 / (1.0 + exp(-y_91));
        out_mul[lin_91] = y_91 * v_567;
    }
    if ((r5 < 24) && (c12 < 110)) {
        let v_568: f32 = in_w_1[r5];
        let lin_92: i32 = (i32(tcc_group_id.z) * 24 + r5) * 110 + c12;
        let y_92: f32 = v_568 + acc5_12;
        let i1_180: i32 = lin_92 / 110;
        let i2_164: i32 = lin_92 / 11 % 10;
        let i3_92: i32 = lin_92 % 11;
        let v_569: f32 = 1.0 / (1.0 + exp(-y_92));
        out_mul[lin_92] = y_92 * v_569;
    }
    if ((r5 < 24) && (c13 < 110)) {
        let v_570: f32 = in_w_1[r5];
        let lin_93: i32 = (i32(tcc_group_id.z) * 24 + r5) * 110 + c13;
        let y_93: f32 = v_570 + acc5_13;
        let i1_181: i32 = lin_93 / 110;
        let i2_165: i32 = lin_93 / 11 % 10;
        let i3_93: i32 = lin_93 % 11;
        let v_571: f32 = 1.0 / (1.0 + exp(-y_93));
        out_mul[lin_93] = y_93 * v_571;
    }
    if ((r5 < 24) && (c14 < 110)) {
        let v_572: f32 = in_w_1[r5];
        let lin_94: i32 = (i32(tcc_group_id.z) * 24 + r5) * 110 + c14;
        let y_94: f32 = v_572 + acc5_14;
        let i1_182: i32 = lin_94 / 110;
        let i2_166: i32 = lin_94 / 11 % 10;
        let i3_94: i32 = lin_94 % 11;
        let v_573: f32 = 1.0 / (1.0 + exp(-y_94));
        out_mul[lin_94] = y_94 * v_573;
    }
    if ((r5 < 24) && (c15 < 110)) {
        let v_574: f32 = in_w_1[r5];
        let lin_95: i32 = (i32(tcc_group_id.z) * 24 + r5) * 110 + c15;
        let y_95: f32 = v_574 + acc5_15;
        let i1_183: i32 = lin_95 / 110;
        let i2_167: i32 = lin_95 / 11 % 10;
        let i3_95: i32 = lin_95 % 11;
        let v_575: f32 = 1.0 / (1.0 + exp(-y_95));
        out_mul[lin_95] = y_95 * v_575;
    }
    if ((r6 < 24) && (c0 < 110)) {
        let v_576: f32 = in_w_1[r6];
        let lin_96: i32 = (i32(tcc_group_id.z) * 24 + r6) * 110 + c0;
        let y_96: f32 = v_576 + acc6_0;
        let i1_184: i32 = lin_96 / 110;
        let i2_168: i32 = lin_96 / 11 % 10;
        let i3_96: i32 = lin_96 % 11;
        let v_577: f32 = 1.0 / (1.0 + exp(-y_96));
        out_mul[lin_96] = y_96 * v_577;
    }
    if ((r6 < 24) && (c1 < 110)) {
        let v_578: f32 = in_w_1[r6];
        let lin_97: i32 = (i32(tcc_group_id.z) * 24 + r6) * 110 + c1;
        let y_97: f32 = v_578 + acc6_1;
        let i1_185: i32 = lin_97 / 110;
        let i2_169: i32 = lin_97 / 11 % 10;
        let i3_97: i32 = lin_97 % 11;
        let v_579: f32 = 1.0 / (1.0 + exp(-y_97));
        out_mul[lin_97] = y_97 * v_579;
    }
    if ((r6 < 24) && (c2 < 110)) {
        let v_580: f32 = in_w_1[r6];
        let lin_98: i32 = (i32(tcc_group_id.z) * 24 + r6) * 110 + c2;
        let y_98: f32 = v_580 + acc6_2;
        let i1_186: i32 = lin_98 / 110;
        let i2_170: i32 = lin_98 / 11 % 10;
        let i3_98: i32 = lin_98 % 11;
        let v_581: f32 = 1.0 / (1.0 + exp(-y_98));
        out_mul[lin_98] = y_98 * v_581;
    }
    if ((r6 < 24) && (c3 < 110)) {
        let v_582: f32 = in_w_1[r6];
        let lin_99: i32 = (i32(tcc_group_id.z) * 24 + r6) * 110 + c3;
        let y_99: f32 = v_582 + acc6_3;
        let i1_187: i32 = lin_99 / 110;
        let i2_171: i32 = lin_99 / 11 % 10;
        let i3_99: i32 = lin_99 % 11;
        let v_583: f32 = 1.0 / (1.0 + exp(-y_99));
        out_mul[lin_99] = y_99 * v_583;
    }
    if ((r6 < 24) && (c4 < 110)) {
        let v_584: f32 = in_w_1[r6];
        let lin_100: i32 = (i32(tcc_group_id.z) * 24 + r6) * 110 + c4;
        let y_100: f32 = v_584 + acc6_4;
        let i1_188: i32 = lin_100 / 110;
        let i2_172: i32 = lin_100 / 11 % 10;
        let i3_100: i32 = lin_100 % 11;
        let v_585: f32 = 1.0 / (1.0 + exp(-y_100));
        out_mul[lin_100] = y_100 * v_585;
    }
    if ((r6 < 24) && (c5 < 110)) {
        let v_586: f32 = in_w_1[r6];
        let lin_101: i32 = (i32(tcc_group_id.z) * 24 + r6) * 110 + c5;
        let y_101: f32 = v_586 + acc6_5;
        let i1_189: i32 = lin_101 / 110;
        let i2_173: i32 = lin_101 / 11 % 10;
        let i3_101: i32 = lin_101 % 11;
        let v_587: f32 = 1.0 / (1.0 + exp(-y_101));
        out_mul[lin_101] = y_101 * v_587;
    }
    if ((r6 < 24) && (c6 < 110)) {
        let v_588: f32 = in_w_1[r6];
        let lin_102: i32 = (i32(tcc_group_id.z) * 24 + r6) * 110 + c6;
        let y_102: f32 = v_588 + acc6_6;
        let i1_190: i32 = lin_102 / 110;
        let i2_174: i32 = lin_102 / 11 % 10;
        let i3_102: i32 = lin_102 % 11;
        let v_589: f32 = 1.0 / (1.0 + exp(-y_102));
        out_mul[lin_102] = y_102 * v_589;
    }
    if ((r6 < 24) && (c7 < 110)) {
        let v_590: f32 = in_w_1[r6];
        let lin_103: i32 = (i32(tcc_group_id.z) * 24 + r6) * 110 + c7;
        let y_103: f32 = v_590 + acc6_7;
        let i1_191: i32 = lin_103 / 110;
        let i2_175: i32 = lin_103 / 11 % 10;
        let i3_103: i32 = lin_103 % 11;
        let v_591: f32 = 1.0 / (1.0 + exp(-y_103));
        out_mul[lin_103] = y_103 * v_591;
    }
    if ((r6 < 24) && (c8 < 110)) {
        let v_592: f32 = in_w_1[r6];
        let lin_104: i32 = (i32(tcc_group_id.z) * 24 + r6) * 110 + c8;
        let y_104: f32 = v_592 + acc6_8;
        let i1_192: i32 = lin_104 / 110;
        let i2_176: i32 = lin_104 / 11 % 10;
        let i3_104: i32 = lin_104 % 11;
        let v_593: f32 = 1.0 / (1.0 + exp(-y_104));
        out_mul[lin_104] = y_104 * v_593;
    }
    if ((r6 < 24) && (c9 < 110)) {
        let v_594: f32 = in_w_1[r6];
        let lin_105: i32 = (i32(tcc_group_id.z) * 24 + r6) * 110 + c9;
        let y_105: f32 = v_594 + acc6_9;
        let i1_193: i32 = lin_105 / 110;
        let i2_177: i32 = lin_105 / 11 % 10;
        let i3_105: i32 = lin_105 % 11;
        let v_595: f32 = 1.0 / (1.0 + exp(-y_105));
        out_mul[lin_105] = y_105 * v_595;
    }
    if ((r6 < 24) && (c10 < 110)) {
        let v_596: f32 = in_w_1[r6];
        let lin_106: i32 = (i32(tcc_group_id.z) * 24 + r6) * 110 + c10;
        let y_106: f32 = v_596 + acc6_10;
        let i1_194: i32 = lin_106 / 110;
        let i2_178: i32 = lin_106 / 11 % 10;
        let i3_106: i32 = lin_106 % 11;
        let v_597: f32 = 1.0 / (1.0 + exp(-y_106));
        out_mul[lin_106] = y_106 * v_597;
    }
    if ((r6 < 24) && (c11 < 110)) {
        let v_598: f32 = in_w_1[r6];
        let lin_107: i32 = (i32(tcc_group_id.z) * 24 + r6) * 110 + c11;
        let y_107: f32 = v_598 + acc6_11;
        let i1_195: i32 = lin_107 / 110;
        let i2_179: i32 = lin_107 / 11 % 10;
        let i3_107: i32 = lin_107 % 11;
        let v_599: f32 = 1.0 / (1.0 + exp(-y_107));
        out_mul[lin_107] = y_107 * v_599;
    }
    if ((r6 < 24) && (c12 < 110)) {
        let v_600: f32 = in_w_1[r6];
        let lin_108: i32 = (i32(tcc_group_id.z) * 24 + r6) * 110 + c12;
        let y_108: f32 = v_600 + acc6_12;
        let i1_196: i32 = lin_108 / 110;
        let i2_180: i32 = lin_108 / 11 % 10;
        let i3_108: i32 = lin_108 % 11;
        let v_601: f32 = 1.0 / (1.0 + exp(-y_108));
        out_mul[lin_108] = y_108 * v_601;
    }
    if ((r6 < 24) && (c13 < 110)) {
        let v_602: f32 = in_w_1[r6];
        let lin_109: i32 = (i32(tcc_group_id.z) * 24 + r6) * 110 + c13;
        let y_109: f32 = v_602 + acc6_13;
        let i1_197: i32 = lin_109 / 110;
        let i2_181: i32 = lin_109 / 11 % 10;
        let i3_109: i32 = lin_109 % 11;
        let v_603: f32 = 1.0 / (1.0 + exp(-y_109));
        out_mul[lin_109] = y_109 * v_603;
    }
    if ((r6 < 24) && (c14 < 110)) {
        let v_604: f32 = in_w_1[r6];
        let lin_110: i32 = (i32(tcc_group_id.z) * 24 + r6) * 110 + c14;
        let y_110: f32 = v_604 + acc6_14;
        let i1_198: i32 = lin_110 / 110;
        let i2_182: i32 = lin_110 / 11 % 10;
        let i3_110: i32 = lin_110 % 11;
        let v_605: f32 = 1.0 / (1.0 + exp(-y_110));
        out_mul[lin_110] = y_110 * v_605;
    }
    if ((r6 < 24) && (c15 < 110)) {
        let v_606: f32 = in_w_1[r6];
        let lin_111: i32 = (i32(tcc_group_id.z) * 24 + r6) * 110 + c15;
        let y_111: f32 = v_606 + acc6_15;
        let i1_199: i32 = lin_111 / 110;
        let i2_183: i32 = lin_111 / 11 % 10;
        let i3_111: i32 = lin_111 % 11;
        let v_607: f32 = 1.0 / (1.0 + exp(-y_111));
        out_mul[lin_111] = y_111 * v_607;
    }
    if ((r7 < 24) && (c0 < 110)) {
        let v_608: f32 = in_w_1[r7];
        let lin_112: i32 = (i32(tcc_group_id.z) * 24 + r7) * 110 + c0;
        let y_112: f32 = v_608 + acc7_0;
        let i1_200: i32 = lin_112 / 110;
        let i2_184: i32 = lin_112 / 11 % 10;
        let i3_112: i32 = lin_112 % 11;
        let v_609: f32 = 1.0 / (1.0 + exp(-y_112));
        out_mul[lin_112] = y_112 * v_609;
    }
    if ((r7 < 24) && (c1 < 110)) {
        let v_610: f32 = in_w_1[r7];
        let lin_113: i32 = (i32(tcc_group_id.z) * 24 + r7) * 110 + c1;
        let y_113: f32 = v_610 + acc7_1;
        let i1_201: i32 = lin_113 / 110;
        let i2_185: i32 = lin_113 / 11 % 10;
        let i3_113: i32 = lin_113 % 11;
        let v_611: f32 = 1.0 / (1.0 + exp(-y_113));
        out_mul[lin_113] = y_113 * v_611;
    }
    if ((r7 < 24) && (c2 < 110)) {
        let v_612: f32 = in_w_1[r7];
        let lin_114: i32 = (i32(tcc_group_id.z) * 24 + r7) * 110 + c2;
        let y_114: f32 = v_612 + acc7_2;
        let i1_202: i32 = lin_114 / 110;
        let i2_186: i32 = lin_114 / 11 % 10;
        let i3_114: i32 = lin_114 % 11;
        let v_613: f32 = 1.0 / (1.0 + exp(-y_114));
        out_mul[lin_114] = y_114 * v_613;
    }
    if ((r7 < 24) && (c3 < 110)) {
        let v_614: f32 = in_w_1[r7];
        let lin_115: i32 = (i32(tcc_group_id.z) * 24 + r7) * 110 + c3;
        let y_115: f32 = v_614 + acc7_3;
        let i1_203: i32 = lin_115 / 110;
        let i2_187: i32 = lin_115 / 11 % 10;
        let i3_115: i32 = lin_115 % 11;
        let v_615: f32 = 1.0 / (1.0 + exp(-y_115));
        out_mul[lin_115] = y_115 * v_615;
    }
    if ((r7 < 24) && (c4 < 110)) {
        let v_616: f32 = in_w_1[r7];
        let lin_116: i32 = (i32(tcc_group_id.z) * 24 + r7) * 110 + c4;
        let y_116: f32 = v_616 + acc7_4;
        let i1_204: i32 = lin_116 / 110;
        let i2_188: i32 = lin_116 / 11 % 10;
        let i3_116: i32 = lin_116 % 11;
        let v_617: f32 = 1.0 / (1.0 + exp(-y_116));
        out_mul[lin_116] = y_116 * v_617;
    }
    if ((r7 < 24) && (c5 < 110)) {
        let v_618: f32 = in_w_1[r7];
        let lin_117: i32 = (i32(tcc_group_id.z) * 24 + r7) * 110 + c5;
        let y_117: f32 = v_618 + acc7_5;
        let i1_205: i32 = lin_117 / 110;
        let i2_189: i32 = lin_117 / 11 % 10;
        let i3_117: i32 = lin_117 % 11;
        let v_619: f32 = 1.0 / (1.0 + exp(-y_117));
        out_mul[lin_117] = y_117 * v_619;
    }
    if ((r7 < 24) && (c6 < 110)) {
        let v_620: f32 = in_w_1[r7];
        let lin_118: i32 = (i32(tcc_group_id.z) * 24 + r7) * 110 + c6;
        let y_118: f32 = v_620 + acc7_6;
        let i1_206: i32 = lin_118 / 110;
        let i2_190: i32 = lin_118 / 11 % 10;
        let i3_118: i32 = lin_118 % 11;
        let v_621: f32 = 1.0 / (1.0 + exp(-y_118));
        out_mul[lin_118] = y_118 * v_621;
    }
    if ((r7 < 24) && (c7 < 110)) {
        let v_622: f32 = in_w_1[r7];
        let lin_119: i32 = (i32(tcc_group_id.z) * 24 + r7) * 110 + c7;
        let y_119: f32 = v_622 + acc7_7;
        let i1_207: i32 = lin_119 / 110;
        let i2_191: i32 = lin_119 / 11 % 10;
        let i3_119: i32 = lin_119 % 11;
        let v_623: f32 = 1.0 / (1.0 + exp(-y_119));
        out_mul[lin_119] = y_119 * v_623;
    }
    if ((r7 < 24) && (c8 < 110)) {
        let v_624: f32 = in_w_1[r7];
        let lin_120: i32 = (i32(tcc_group_id.z) * 24 + r7) * 110 + c8;
        let y_120: f32 = v_624 + acc7_8;
        let i1_208: i32 = lin_120 / 110;
        let i2_192: i32 = lin_120 / 11 % 10;
        let i3_120: i32 = lin_120 % 11;
        let v_625: f32 = 1.0 / (1.0 + exp(-y_120));
        out_mul[lin_120] = y_120 * v_625;
    }
    if ((r7 < 24) && (c9 < 110)) {
        let v_626: f32 = in_w_1[r7];
        let lin_121: i32 = (i32(tcc_group_id.z) * 24 + r7) * 110 + c9;
        let y_121: f32 = v_626 + acc7_9;
        let i1_209: i32 = lin_121 / 110;
        let i2_193: i32 = lin_121 / 11 % 10;
        let i3_121: i32 = lin_121 % 11;
        let v_627: f32 = 1.0 / (1.0 + exp(-y_121));
        out_mul[lin_121] = y_121 * v_627;
    }
    if ((r7 < 24) && (c10 < 110)) {
        let v_628: f32 = in_w_1[r7];
        let lin_122: i32 = (i32(tcc_group_id.z) * 24 + r7) * 110 + c10;
        let y_122: f32 = v_628 + acc7_10;
        let i1_210: i32 = lin_122 / 110;
        let i2_194: i32 = lin_122 / 11 % 10;
        let i3_122: i32 = lin_122 % 11;
        let v_629: f32 = 1.0 / (1.0 + exp(-y_122));
        out_mul[lin_122] = y_122 * v_629;
    }
    if ((r7 < 24) && (c11 < 110)) {
        let v_630: f32 = in_w_1[r7];
        let lin_123: i32 = (i32(tcc_group_id.z) * 24 + r7) * 110 + c11;
        let y_123: f32 = v_630 + acc7_11;
        let i1_211: i32 = lin_123 / 110;
        let i2_195: i32 = lin_123 / 11 % 10;
        let i3_123: i32 = lin_123 % 11;
        let v_631: f32 = 1.0 / (1.0 + exp(-y_123));
        out_mul[lin_123] = y_123 * v_631;
    }
    if ((r7 < 24) && (c12 < 110)) {
        let v_632: f32 = in_w_1[r7];
        let lin_124: i32 = (i32(tcc_group_id.z) * 24 + r7) * 110 + c12;
        let y_124: f32 = v_632 + acc7_12;
        let i1_212: i32 = lin_124 / 110;
        let i2_196: i32 = lin_124 / 11 % 10;
        let i3_124: i32 = lin_124 % 11;
        let v_633: f32 = 1.0 / (1.0 + exp(-y_124));
        out_mul[lin_124] = y_124 * v_633;
    }
    if ((r7 < 24) && (c13 < 110)) {
        let v_634: f32 = in_w_1[r7];
        let lin_125: i32 = (i32(tcc_group_id.z) * 24 + r7) * 110 + c13;
        let y_125: f32 = v_634 + acc7_13;
        let i1_213: i32 = lin_125 / 110;
        let i2_197: i32 = lin_125 / 11 % 10;
        let i3_125: i32 = lin_125 % 11;
        let v_635: f32 = 1.0 / (1.0 + exp(-y_125));
        out_mul[lin_125] = y_125 * v_635;
    }
    if ((r7 < 24) && (c14 < 110)) {
        let v_636: f32 = in_w_1[r7];
        let lin_126: i32 = (i32(tcc_group_id.z) * 24 + r7) * 110 + c14;
        let y_126: f32 = v_636 + acc7_14;
        let i1_214: i32 = lin_126 / 110;
        let i2_198: i32 = lin_126 / 11 % 10;
        let i3_126: i32 = lin_126 % 11;
        let v_637: f32 = 1.0 / (1.0 + exp(-y_126));
        out_mul[lin_126] = y_126 * v_637;
    }
    if ((r7 < 24) && (c15 < 110)) {
        let v_638: f32 = in_w_1[r7];
        let lin_127: i32 = (i32(tcc_group_id.z) * 24 + r7) * 110 + c15;
        let y_127: f32 = v_638 + acc7_15;
        let i1_215: i32 = lin_127 / 110;
        let i2_199: i32 = lin_127 / 11 % 10;
        let i3_127: i32 = lin_127 % 11;
        let v_639: f32 = 1.0 / (1.0 + exp(-y_127));
        out_mul[lin_127] = y_127 * v_639;
    }
}
