@group(0) @binding(0) var<storage, read> in_x: array<f32>;
@group(0) @binding(1) var<storage, read> in_w: array<f32>;
@group(0) @binding(2) var<storage, read> in_w_1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out_tanh: array<f32>;

fn tcc_tanh(x: f32) -> f32 {
    let x2 = x * x;
    let series = x * (1.0 + x2 * (-0.33333333 + x2 * (0.13333333 + x2 * -0.053968254)));
    return select(tanh(x), series, abs(x) < 0.0625);
}

@compute @workgroup_size(8, 4, 1)
fn k0_matmul(@builtin(local_invocation_id) tcc_local_id: vec3<u32>, @builtin(workgroup_id) tcc_group_id: vec3<u32>)
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
    for (var k0: i32 = 0; k0 < 53; k0 += 8) {
        var v: f32 = 0.0;
        if ((r0 < 25) && (k0 < 53)) {
            let v_1: f32 = in_x[r0 * 53 + k0];
            let v_2: f32 = v_1 * 0.5;
            v = v_2;
        }
        var v_3: f32 = 0.0;
        if ((r1 < 25) && (k0 < 53)) {
            let v_4: f32 = in_x[r1 * 53 + k0];
            let v_5: f32 = v_4 * 0.5;
            v_3 = v_5;
        }
        var v_6: f32 = 0.0;
        if ((r2 < 25) && (k0 < 53)) {
            let v_7: f32 = in_x[r2 * 53 + k0];
            let v_8: f32 = v_7 * 0.5;
            v_6 = v_8;
        }
        var v_9: f32 = 0.0;
        if ((r3 < 25) && (k0 < 53)) {
            let v_10: f32 = in_x[r3 * 53 + k0];
            let v_11: f32 = v_10 * 0.5;
            v_9 = v_11;
        }
        var v_12: f32 = 0.0;
        if ((r4 < 25) && (k0 < 53)) {
            let v_13: f32 = in_x[r4 * 53 + k0];
            let v_14: f32 = v_13 * 0.5;
            v_12 = v_14;
        }
        var v_15: f32 = 0.0;
        if ((r5 < 25) && (k0 < 53)) {
            let v_16: f32 = in_x[r5 * 53 + k0];
            let v_17: f32 = v_16 * 0.5;
            v_15 = v_17;
        }
        var v_18: f32 = 0.0;
        if ((r6 < 25) && (k0 < 53)) {
            let v_19: f32 = in_x[r6 * 53 + k0];
            let v_20: f32 = v_19 * 0.5;
            v_18 = v_20;
        }
        var v_21: f32 = 0.0;
        if ((r7 < 25) && (k0 < 53)) {
            let v_22: f32 = in_x[r7 * 53 + k0];
            let v_23: f32 = v_22 * 0.5;
            v_21 = v_23;
        }
        var v_24: f32 = 0.0;
        if ((k0 < 53) && (c0 < 73)) {
            let v_25: f32 = in_w[k0 * 73 + c0];
            v_24 = v_25;
        }
        var v_26: f32 = 0.0;
        if ((k0 < 53) && (c1 < 73)) {
            let v_27: f32 = in_w[k0 * 73 + c1];
            v_26 = v_27;
        }
        var v_28: f32 = 0.0;
        if ((k0 < 53) && (c2 < 73)) {
            let v_29: f32 = in_w[k0 * 73 + c2];
            v_28 = v_29;
        }
        var v_30: f32 = 0.0;
        if ((k0 < 53) && (c3 < 73)) {
            let v_31: f32 = in_w[k0 * 73 + c3];
            v_30 = v_31;
        }
        var v_32: f32 = 0.0;
        if ((k0 < 53) && (c4 < 73)) {
            let v_33: f32 = in_w[k0 * 73 + c4];
            v_32 = v_33;
        }
        var v_34: f32 = 0.0;
        if ((k0 < 53) && (c5 < 73)) {
            let v_35: f32 = in_w[k0 * 73 + c5];
            v_34 = v_35;
        }
        var v_36: f32 = 0.0;
        if ((k0 < 53) && (c6 < 73)) {
            let v_37: f32 = in_w[k0 * 73 + c6];
            v_36 = v_37;
        }
        var v_38: f32 = 0.0;
        if ((k0 < 53) && (c7 < 73)) {
            let v_39: f32 = in_w[k0 * 73 + c7];
            v_38 = v_39;
        }
        var v_40: f32 = 0.0;
        if ((k0 < 53) && (c8 < 73)) {
            let v_41: f32 = in_w[k0 * 73 + c8];
            v_40 = v_41;
        }
        var v_42: f32 = 0.0;
        if ((k0 < 53) && (c9 < 73)) {
            let v_43: f32 = in_w[k0 * 73 + c9];
            v_42 = v_43;
        }
        var v_44: f32 = 0.0;
        if ((k0 < 53) && (c10 < 73)) {
            let v_45: f32 = in_w[k0 * 73 + c10];
            v_44 = v_45;
        }
        var v_46: f32 = 0.0;
        if ((k0 < 53) && (c11 < 73)) {
            let v_47: f32 = in_w[k0 * 73 + c11];
            v_46 = v_47;
        }
        var v_48: f32 = 0.0;
        if ((k0 < 53) && (c12 < 73)) {
            let v_49: f32 = in_w[k0 * 73 + c12];
            v_48 = v_49;
        }
        var v_50: f32 = 0.0;
        if ((k0 < 53) && (c13 < 73)) {
            let v_51: f32 = in_w[k0 * 73 + c13];
            v_50 = v_51;
        }
        var v_52: f32 = 0.0;
        if ((k0 < 53) && (c14 < 73)) {
            let v_53: f32 = in_w[k0 * 73 + c14];
            v_52 = v_53;
        }
        var v_54: f32 = 0.0;
        if ((k0 < 53) && (c15 < 73)) {
            let v_55: f32 = in_w[k0 * 73 + c15];
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
        var v_56: f32 = 0.0;
        if ((r0 < 25) && (k0 + 1 < 53)) {
            let v_57: f32 = in_x[r0 * 53 + (k0 + 1)];
            let v_58: f32 = v_57 * 0.5;
            v_56 = v_58;
        }
        var v_59: f32 = 0.0;
        if ((r1 < 25) && (k0 + 1 < 53)) {
            let v_60: f32 = in_x[r1 * 53 + (k0 + 1)];
            let v_61: f32 = v_60 * 0.5;
            v_59 = v_61;
        }
        var v_62: f32 = 0.0;
        if ((r2 < 25) && (k0 + 1 < 53)) {
            let v_63: f32 = in_x[r2 * 53 + (k0 + 1)];
            let v_64: f32 = v_63 * 0.5;
            v_62 = v_64;
        }
        var v_65: f32 = 0.0;
        if ((r3 < 25) && (k0 + 1 < 53)) {
            let v_66: f32 = in_x[r3 * 53 + (k0 + 1)];
            let v_67: f32 = v_66 * 0.5;
            v_65 = v_67;
        }
        var v_68: f32 = 0.0;
        if ((r4 < 25) && (k0 + 1 < 53)) {
            let v_69: f32 = in_x[r4 * 53 + (k0 + 1)];
            let v_70: f32 = v_69 * 0.5;
            v_68 = v_70;
        }
        var v_71: f32 = 0.0;
        if ((r5 < 25) && (k0 + 1 < 53)) {
            let v_72: f32 = in_x[r5 * 53 + (k0 + 1)];
            let v_73: f32 = v_72 * 0.5;
            v_71 = v_73;
        }
        var v_74: f32 = 0.0;
        if ((r6 < 25) && (k0 + 1 < 53)) {
            let v_75: f32 = in_x[r6 * 53 + (k0 + 1)];
            let v_76: f32 = v_75 * 0.5;
            v_74 = v_76;
        }
        var v_77: f32 = 0.0;
        if ((r7 < 25) && (k0 + 1 < 53)) {
            let v_78: f32 = in_x[r7 * 53 + (k0 + 1)];
            let v_79: f32 = v_78 * 0.5;
            v_77 = v_79;
        }
        var v_80: f32 = 0.0;
        if ((k0 + 1 < 53) && (c0 < 73)) {
            let v_81: f32 = in_w[(k0 + 1) * 73 + c0];
            v_80 = v_81;
        }
        var v_82: f32 = 0.0;
        if ((k0 + 1 < 53) && (c1 < 73)) {
            let v_83: f32 = in_w[(k0 + 1) * 73 + c1];
            v_82 = v_83;
        }
        var v_84: f32 = 0.0;
        if ((k0 + 1 < 53) && (c2 < 73)) {
            let v_85: f32 = in_w[(k0 + 1) * 73 + c2];
            v_84 = v_85;
        }
        var v_86: f32 = 0.0;
        if ((k0 + 1 < 53) && (c3 < 73)) {
            let v_87: f32 = in_w[(k0 + 1) * 73 + c3];
            v_86 = v_87;
        }
        var v_88: f32 = 0.0;
        if ((k0 + 1 < 53) && (c4 < 73)) {
            let v_89: f32 = in_w[(k0 + 1) * 73 + c4];
            v_88 = v_89;
        }
        var v_90: f32 = 0.0;
        if ((k0 + 1 < 53) && (c5 < 73)) {
            let v_91: f32 = in_w[(k0 + 1) * 73 + c5];
            v_90 = v_91;
        }
        var v_92: f32 = 0.0;
        if ((k0 + 1 < 53) && (c6 < 73)) {
            let v_93: f32 = in_w[(k0 + 1) * 73 + c6];
            v_92 = v_93;
        }
        var v_94: f32 = 0.0;
        if ((k0 + 1 < 53) && (c7 < 73)) {
            let v_95: f32 = in_w[(k0 + 1) * 73 + c7];
            v_94 = v_95;
        }
        var v_96: f32 = 0.0;
        if ((k0 + 1 < 53) && (c8 < 73)) {
            let v_97: f32 = in_w[(k0 + 1) * 73 + c8];
            v_96 = v_97;
        }
        var v_98: f32 = 0.0;
        if ((k0 + 1 < 53) && (c9 < 73)) {
            let v_99: f32 = in_w[(k0 + 1) * 73 + c9];
            v_98 = v_99;
        }
        var v_100: f32 = 0.0;
        if ((k0 + 1 < 53) && (c10 < 73)) {
            let v_101: f32 = in_w[(k0 + 1) * 73 + c10];
            v_100 = v_101;
        }
        var v_102: f32 = 0.0;
        if ((k0 + 1 < 53) && (c11 < 73)) {
            let v_103: f32 = in_w[(k0 + 1) * 73 + c11];
            v_102 = v_103;
        }
        var v_104: f32 = 0.0;
        if ((k0 + 1 < 53) && (c12 < 73)) {
            let v_105: f32 = in_w[(k0 + 1) * 73 + c12];
            v_104 = v_105;
        }
        var v_106: f32 = 0.0;
        if ((k0 + 1 < 53) && (c13 < 73)) {
            let v_107: f32 = in_w[(k0 + 1) * 73 + c13];
            v_106 = v_107;
        }
        var v_108: f32 = 0.0;
        if ((k0 + 1 < 53) && (c14 < 73)) {
            let v_109: f32 = in_w[(k0 + 1) * 73 + c14];
            v_108 = v_109;
        }
        var v_110: f32 = 0.0;
        if ((k0 + 1 < 53) && (c15 < 73)) {
            let v_111: f32 = in_w[(k0 + 1) * 73 + c15];
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
        var v_112: f32 = 0.0;
        if ((r0 < 25) && (k0 + 2 < 53)) {
            let v_113: f32 = in_x[r0 * 53 + (k0 + 2)];
            let v_114: f32 = v_113 * 0.5;
            v_112 = v_114;
        }
        var v_115: f32 = 0.0;
        if ((r1 < 25) && (k0 + 2 < 53)) {
            let v_116: f32 = in_x[r1 * 53 + (k0 + 2)];
            let v_117: f32 = v_116 * 0.5;
            v_115 = v_117;
        }
        var v_118: f32 = 0.0;
        if ((r2 < 25) && (k0 + 2 < 53)) {
            let v_119: f32 = in_x[r2 * 53 + (k0 + 2)];
            let v_120: f32 = v_119 * 0.5;
            v_118 = v_120;
        }
        var v_121: f32 = 0.0;
        if ((r3 < 25) && (k0 + 2 < 53)) {
            let v_122: f32 = in_x[r3 * 53 + (k0 + 2)];
            let v_123: f32 = v_122 * 0.5;
            v_121 = v_123;
        }
        var v_124: f32 = 0.0;
        if ((r4 < 25) && (k0 + 2 < 53)) {
            let v_125: f32 = in_x[r4 * 53 + (k0 + 2)];
            let v_126: f32 = v_125 * 0.5;
            v_124 = v_126;
        }
        var v_127: f32 = 0.0;
        if ((r5 < 25) && (k0 + 2 < 53)) {
            let v_128: f32 = in_x[r5 * 53 + (k0 + 2)];
            let v_129: f32 = v_128 * 0.5;
            v_127 = v_129;
        }
        var v_130: f32 = 0.0;
        if ((r6 < 25) && (k0 + 2 < 53)) {
            let v_131: f32 = in_x[r6 * 53 + (k0 + 2)];
            let v_132: f32 = v_131 * 0.5;
            v_130 = v_132;
        }
        var v_133: f32 = 0.0;
        if ((r7 < 25) && (k0 + 2 < 53)) {
            let v_134: f32 = in_x[r7 * 53 + (k0 + 2)];
            let v_135: f32 = v_134 * 0.5;
            v_133 = v_135;
        }
        var v_136: f32 = 0.0;
        if ((k0 + 2 < 53) && (c0 < 73)) {
            let v_137: f32 = in_w[(k0 + 2) * 73 + c0];
            v_136 = v_137;
        }
        var v_138: f32 = 0.0;
        if ((k0 + 2 < 53) && (c1 < 73)) {
            let v_139: f32 = in_w[(k0 + 2) * 73 + c1];
            v_138 = v_139;
        }
        var v_140: f32 = 0.0;
        if ((k0 + 2 < 53) && (c2 < 73)) {
            let v_141: f32 = in_w[(k0 + 2) * 73 + c2];
            v_140 = v_141;
        }
        var v_142: f32 = 0.0;
        if ((k0 + 2 < 53) && (c3 < 73)) {
            let v_143: f32 = in_w[(k0 + 2) * 73 + c3];
            v_142 = v_143;
        }
        var v_144: f32 = 0.0;
        if ((k0 + 2 < 53) && (c4 < 73)) {
            let v_145: f32 = in_w[(k0 + 2) * 73 + c4];
            v_144 = v_145;
        }
        var v_146: f32 = 0.0;
        if ((k0 + 2 < 53) && (c5 < 73)) {
            let v_147: f32 = in_w[(k0 + 2) * 73 + c5];
            v_146 = v_147;
        }
        var v_148: f32 = 0.0;
        if ((k0 + 2 < 53) && (c6 < 73)) {
            let v_149: f32 = in_w[(k0 + 2) * 73 + c6];
            v_148 = v_149;
        }
        var v_150: f32 = 0.0;
        if ((k0 + 2 < 53) && (c7 < 73)) {
            let v_151: f32 = in_w[(k0 + 2) * 73 + c7];
            v_150 = v_151;
        }
        var v_152: f32 = 0.0;
        if ((k0 + 2 < 53) && (c8 < 73)) {
            let v_153: f32 = in_w[(k0 + 2) * 73 + c8];
            v_152 = v_153;
        }
        var v_154: f32 = 0.0;
        if ((k0 + 2 < 53) && (c9 < 73)) {
            let v_155: f32 = in_w[(k0 + 2) * 73 + c9];
            v_154 = v_155;
        }
        var v_156: f32 = 0.0;
        if ((k0 + 2 < 53) && (c10 < 73)) {
            let v_157: f32 = in_w[(k0 + 2) * 73 + c10];
            v_156 = v_157;
        }
        var v_158: f32 = 0.0;
        if ((k0 + 2 < 53) && (c11 < 73)) {
            let v_159: f32 = in_w[(k0 + 2) * 73 + c11];
            v_158 = v_159;
        }
        var v_160: f32 = 0.0;
        if ((k0 + 2 < 53) && (c12 < 73)) {
            let v_161: f32 = in_w[(k0 + 2) * 73 + c12];
            v_160 = v_161;
        }
        var v_162: f32 = 0.0;
        if ((k0 + 2 < 53) && (c13 < 73)) {
            let v_163: f32 = in_w[(k0 + 2) * 73 + c13];
            v_162 = v_163;
        }
        var v_164: f32 = 0.0;
        if ((k0 + 2 < 53) && (c14 < 73)) {
            let v_165: f32 = in_w[(k0 + 2) * 73 + c14];
            v_164 = v_165;
        }
        var v_166: f32 = 0.0;
        if ((k0 + 2 < 53) && (c15 < 73)) {
            let v_167: f32 = in_w[(k0 + 2) * 73 + c15];
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
        var v_168: f32 = 0.0;
        if ((r0 < 25) && (k0 + 3 < 53)) {
            let v_169: f32 = in_x[r0 * 53 + (k0 + 3)];
            let v_170: f32 = v_169 * 0.5;
            v_168 = v_170;
        }
        var v_171: f32 = 0.0;
        if ((r1 < 25) && (k0 + 3 < 53)) {
            let v_172: f32 = in_x[r1 * 53 + (k0 + 3)];
            let v_173: f32 = v_172 * 0.5;
            v_171 = v_173;
        }
        var v_174: f32 = 0.0;
        if ((r2 < 25) && (k0 + 3 < 53)) {
            let v_175: f32 = in_x[r2 * 53 + (k0 + 3)];
            let v_176: f32 = v_175 * 0.5;
            v_174 = v_176;
        }
        var v_177: f32 = 0.0;
        if ((r3 < 25) && (k0 + 3 < 53)) {
            let v_178: f32 = in_x[r3 * 53 + (k0 + 3)];
            let v_179: f32 = v_178 * 0.5;
            v_177 = v_179;
        }
        var v_180: f32 = 0.0;
        if ((r4 < 25) && (k0 + 3 < 53)) {
            let v_181: f32 = in_x[r4 * 53 + (k0 + 3)];
            let v_182: f32 = v_181 * 0.5;
            v_180 = v_182;
        }
        var v_183: f32 = 0.0;
        if ((r5 < 25) && (k0 + 3 < 53)) {
            let v_184: f32 = in_x[r5 * 53 + (k0 + 3)];
            let v_185: f32 = v_184 * 0.5;
            v_183 = v_185;
        }
        var v_186: f32 = 0.0;
        if ((r6 < 25) && (k0 + 3 < 53)) {
            let v_187: f32 = in_x[r6 * 53 + (k0 + 3)];
            let v_188: f32 = v_187 * 0.5;
            v_186 = v_188;
        }
        var v_189: f32 = 0.0;
        if ((r7 < 25) && (k0 + 3 < 53)) {
            let v_190: f32 = in_x[r7 * 53 + (k0 + 3)];
            let v_191: f32 = v_190 * 0.5;
            v_189 = v_191;
        }
        var v_192: f32 = 0.0;
        if ((k0 + 3 < 53) && (c0 < 73)) {
            let v_193: f32 = in_w[(k0 + 3) * 73 + c0];
            v_192 = v_193;
        }
        var v_194: f32 = 0.0;
        if ((k0 + 3 < 53) && (c1 < 73)) {
            let v_195: f32 = in_w[(k0 + 3) * 73 + c1];
            v_194 = v_195;
        }
        var v_196: f32 = 0.0;
        if ((k0 + 3 < 53) && (c2 < 73)) {
            let v_197: f32 = in_w[(k0 + 3) * 73 + c2];
            v_196 = v_197;
        }
        var v_198: f32 = 0.0;
        if ((k0 + 3 < 53) && (c3 < 73)) {
            let v_199: f32 = in_w[(k0 + 3) * 73 + c3];
            v_198 = v_199;
        }
        var v_200: f32 = 0.0;
        if ((k0 + 3 < 53) && (c4 < 73)) {
            let v_201: f32 = in_w[(k0 + 3) * 73 + c4];
            v_200 = v_201;
        }
        var v_202: f32 = 0.0;
        if ((k0 + 3 < 53) && (c5 < 73)) {
            let v_203: f32 = in_w[(k0 + 3) * 73 + c5];
            v_202 = v_203;
        }
        var v_204: f32 = 0.0;
        if ((k0 + 3 < 53) && (c6 < 73)) {
            let v_205: f32 = in_w[(k0 + 3) * 73 + c6];
            v_204 = v_205;
        }
        var v_206: f32 = 0.0;
        if ((k0 + 3 < 53) && (c7 < 73)) {
            let v_207: f32 = in_w[(k0 + 3) * 73 + c7];
            v_206 = v_207;
        }
        var v_208: f32 = 0.0;
        if ((k0 + 3 < 53) && (c8 < 73)) {
            let v_209: f32 = in_w[(k0 + 3) * 73 + c8];
            v_208 = v_209;
        }
        var v_210: f32 = 0.0;
        if ((k0 + 3 < 53) && (c9 < 73)) {
            let v_211: f32 = in_w[(k0 + 3) * 73 + c9];
            v_210 = v_211;
        }
        var v_212: f32 = 0.0;
        if ((k0 + 3 < 53) && (c10 < 73)) {
            let v_213: f32 = in_w[(k0 + 3) * 73 + c10];
            v_212 = v_213;
        }
        var v_214: f32 = 0.0;
        if ((k0 + 3 < 53) && (c11 < 73)) {
            let v_215: f32 = in_w[(k0 + 3) * 73 + c11];
            v_214 = v_215;
        }
        var v_216: f32 = 0.0;
        if ((k0 + 3 < 53) && (c12 < 73)) {
            let v_217: f32 = in_w[(k0 + 3) * 73 + c12];
            v_216 = v_217;
        }
        var v_218: f32 = 0.0;
        if ((k0 + 3 < 53) && (c13 < 73)) {
            let v_219: f32 = in_w[(k0 + 3) * 73 + c13];
            v_218 = v_219;
        }
        var v_220: f32 = 0.0;
        if ((k0 + 3 < 53) && (c14 < 73)) {
            let v_221: f32 = in_w[(k0 + 3) * 73 + c14];
            v_220 = v_221;
        }
        var v_222: f32 = 0.0;
        if ((k0 + 3 < 53) && (c15 < 73)) {
            let v_223: f32 = in_w[(k0 + 3) * 73 + c15];
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
        var v_224: f32 = 0.0;
        if ((r0 < 25) && (k0 + 4 < 53)) {
            let v_225: f32 = in_x[r0 * 53 + (k0 + 4)];
            let v_226: f32 = v_225 * 0.5;
            v_224 = v_226;
        }
        var v_227: f32 = 0.0;
        if ((r1 < 25) && (k0 + 4 < 53)) {
            let v_228: f32 = in_x[r1 * 53 + (k0 + 4)];
            let v_229: f32 = v_228 * 0.5;
            v_227 = v_229;
        }
        var v_230: f32 = 0.0;
        if ((r2 < 25) && (k0 + 4 < 53)) {
            let v_231: f32 = in_x[r2 * 53 + (k0 + 4)];
            let v_232: f32 = v_231 * 0.5;
            v_230 = v_232;
        }
        var v_233: f32 = 0.0;
        if ((r3 < 25) && (k0 + 4 < 53)) {
            let v_234: f32 = in_x[r3 * 53 + (k0 + 4)];
            let v_235: f32 = v_234 * 0.5;
            v_233 = v_235;
        }
        var v_236: f32 = 0.0;
        if ((r4 < 25) && (k0 + 4 < 53)) {
            let v_237: f32 = in_x[r4 * 53 + (k0 + 4)];
            let v_238: f32 = v_237 * 0.5;
            v_236 = v_238;
        }
        var v_239: f32 = 0.0;
        if ((r5 < 25) && (k0 + 4 < 53)) {
            let v_240: f32 = in_x[r5 * 53 + (k0 + 4)];
            let v_241: f32 = v_240 * 0.5;
            v_239 = v_241;
        }
        var v_242: f32 = 0.0;
        if ((r6 < 25) && (k0 + 4 < 53)) {
            let v_243: f32 = in_x[r6 * 53 + (k0 + 4)];
            let v_244: f32 = v_243 * 0.5;
            v_242 = v_244;
        }
        var v_245: f32 = 0.0;
        if ((r7 < 25) && (k0 + 4 < 53)) {
            let v_246: f32 = in_x[r7 * 53 + (k0 + 4)];
            let v_247: f32 = v_246 * 0.5;
            v_245 = v_247;
        }
        var v_248: f32 = 0.0;
        if ((k0 + 4 < 53) && (c0 < 73)) {
            let v_249: f32 = in_w[(k0 + 4) * 73 + c0];
            v_248 = v_249;
        }
        var v_250: f32 = 0.0;
        if ((k0 + 4 < 53) && (c1 < 73)) {
            let v_251: f32 = in_w[(k0 + 4) * 73 + c1];
            v_250 = v_251;
        }
        var v_252: f32 = 0.0;
        if ((k0 + 4 < 53) && (c2 < 73)) {
            let v_253: f32 = in_w[(k0 + 4) * 73 + c2];
            v_252 = v_253;
        }
        var v_254: f32 = 0.0;
        if ((k0 + 4 < 53) && (c3 < 73)) {
            let v_255: f32 = in_w[(k0 + 4) * 73 + c3];
            v_254 = v_255;
        }
        var v_256: f32 = 0.0;
        if ((k0 + 4 < 53) && (c4 < 73)) {
            let v_257: f32 = in_w[(k0 + 4) * 73 + c4];
            v_256 = v_257;
        }
        var v_258: f32 = 0.0;
        if ((k0 + 4 < 53) && (c5 < 73)) {
            let v_259: f32 = in_w[(k0 + 4) * 73 + c5];
            v_258 = v_259;
        }
        var v_260: f32 = 0.0;
        if ((k0 + 4 < 53) && (c6 < 73)) {
            let v_261: f32 = in_w[(k0 + 4) * 73 + c6];
            v_260 = v_261;
        }
        var v_262: f32 = 0.0;
        if ((k0 + 4 < 53) && (c7 < 73)) {
            let v_263: f32 = in_w[(k0 + 4) * 73 + c7];
            v_262 = v_263;
        }
        var v_264: f32 = 0.0;
        if ((k0 + 4 < 53) && (c8 < 73)) {
            let v_265: f32 = in_w[(k0 + 4) * 73 + c8];
            v_264 = v_265;
        }
        var v_266: f32 = 0.0;
        if ((k0 + 4 < 53) && (c9 < 73)) {
            let v_267: f32 = in_w[(k0 + 4) * 73 + c9];
            v_266 = v_267;
        }
        var v_268: f32 = 0.0;
        if ((k0 + 4 < 53) && (c10 < 73)) {
            let v_269: f32 = in_w[(k0 + 4) * 73 + c10];
            v_268 = v_269;
        }
        var v_270: f32 = 0.0;
        if ((k0 + 4 < 53) && (c11 < 73)) {
            let v_271: f32 = in_w[(k0 + 4) * 73 + c11];
            v_270 = v_271;
        }
        var v_272: f32 = 0.0;
        if ((k0 + 4 < 53) && (c12 < 73)) {
            let v_273: f32 = in_w[(k0 + 4) * 73 + c12];
            v_272 = v_273;
        }
        var v_274: f32 = 0.0;
        if ((k0 + 4 < 53) && (c13 < 73)) {
            let v_275: f32 = in_w[(k0 + 4) * 73 + c13];
            v_274 = v_275;
        }
        var v_276: f32 = 0.0;
        if ((k0 + 4 < 53) && (c14 < 73)) {
            let v_277: f32 = in_w[(k0 + 4) * 73 + c14];
            v_276 = v_277;
        }
        var v_278: f32 = 0.0;
        if ((k0 + 4 < 53) && (c15 < 73)) {
            let v_279: f32 = in_w[(k0 + 4) * 73 + c15];
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
        var v_280: f32 = 0.0;
        if ((r0 < 25) && (k0 + 5 < 53)) {
            let v_281: f32 = in_x[r0 * 53 + (k0 + 5)];
            let v_282: f32 = v_281 * 0.5;
            v_280 = v_282;
        }
        var v_283: f32 = 0.0;
        if ((r1 < 25) && (k0 + 5 < 53)) {
            let v_284: f32 = in_x[r1 * 53 + (k0 + 5)];
            let v_285: f32 = v_284 * 0.5;
            v_283 = v_285;
        }
        var v_286: f32 = 0.0;
        if ((r2 < 25) && (k0 + 5 < 53)) {
            let v_287: f32 = in_x[r2 * 53 + (k0 + 5)];
            let v_288: f32 = v_287 * 0.5;
            v_286 = v_288;
        }
        var v_289: f32 = 0.0;
        if ((r3 < 25) && (k0 + 5 < 53)) {
            let v_290: f32 = in_x[r3 * 53 + (k0 + 5)];
            let v_291: f32 = v_290 * 0.5;
            v_289 = v_291;
        }
        var v_292: f32 = 0.0;
        if ((r4 < 25) && (k0 + 5 < 53)) {
            let v_293: f32 = in_x[r4 * 53 + (k0 + 5)];
            let v_294: f32 = v_293 * 0.5;
            v_292 = v_294;
        }
        var v_295: f32 = 0.0;
        if ((r5 < 25) && (k0 + 5 < 53)) {
            let v_296: f32 = in_x[r5 * 53 + (k0 + 5)];
            let v_297: f32 = v_296 * 0.5;
            v_295 = v_297;
        }
        var v_298: f32 = 0.0;
        if ((r6 < 25) && (k0 + 5 < 53)) {
            let v_299: f32 = in_x[r6 * 53 + (k0 + 5)];
            let v_300: f32 = v_299 * 0.5;
            v_298 = v_300;
        }
        var v_301: f32 = 0.0;
        if ((r7 < 25) && (k0 + 5 < 53)) {
            let v_302: f32 = in_x[r7 * 53 + (k0 + 5)];
            let v_303: f32 = v_302 * 0.5;
            v_301 = v_303;
        }
        var v_304: f32 = 0.0;
        if ((k0 + 5 < 53) && (c0 < 73)) {
            let v_305: f32 = in_w[(k0 + 5) * 73 + c0];
            v_304 = v_305;
        }
        var v_306: f32 = 0.0;
        if ((k0 + 5 < 53) && (c1 < 73)) {
            let v_307: f32 = in_w[(k0 + 5) * 73 + c1];
            v_306 = v_307;
        }
        var v_308: f32 = 0.0;
        if ((k0 + 5 < 53) && (c2 < 73)) {
            let v_309: f32 = in_w[(k0 + 5) * 73 + c2];
            v_308 = v_309;
        }
        var v_310: f32 = 0.0;
        if ((k0 + 5 < 53) && (c3 < 73)) {
            let v_311: f32 = in_w[(k0 + 5) * 73 + c3];
            v_310 = v_311;
        }
        var v_312: f32 = 0.0;
        if ((k0 + 5 < 53) && (c4 < 73)) {
            let v_313: f32 = in_w[(k0 + 5) * 73 + c4];
            v_312 = v_313;
        }
        var v_314: f32 = 0.0;
        if ((k0 + 5 < 53) && (c5 < 73)) {
            let v_315: f32 = in_w[(k0 + 5) * 73 + c5];
            v_314 = v_315;
        }
        var v_316: f32 = 0.0;
        if ((k0 + 5 < 53) && (c6 < 73)) {
            let v_317: f32 = in_w[(k0 + 5) * 73 + c6];
            v_316 = v_317;
        }
        var v_318: f32 = 0.0;
        if ((k0 + 5 < 53) && (c7 < 73)) {
            let v_319: f32 = in_w[(k0 + 5) * 73 + c7];
            v_318 = v_319;
        }
        var v_320: f32 = 0.0;
        if ((k0 + 5 < 53) && (c8 < 73)) {
            let v_321: f32 = in_w[(k0 + 5) * 73 + c8];
            v_320 = v_321;
        }
        var v_322: f32 = 0.0;
        if ((k0 + 5 < 53) && (c9 < 73)) {
            let v_323: f32 = in_w[(k0 + 5) * 73 + c9];
            v_322 = v_323;
        }
        var v_324: f32 = 0.0;
        if ((k0 + 5 < 53) && (c10 < 73)) {
            let v_325: f32 = in_w[(k0 + 5) * 73 + c10];
            v_324 = v_325;
        }
        var v_326: f32 = 0.0;
        if ((k0 + 5 < 53) && (c11 < 73)) {
            let v_327: f32 = in_w[(k0 + 5) * 73 + c11];
            v_326 = v_327;
        }
        var v_328: f32 = 0.0;
        if ((k0 + 5 < 53) && (c12 < 73)) {
            let v_329: f32 = in_w[(k0 + 5) * 73 + c12];
            v_328 = v_329;
        }
        var v_330: f32 = 0.0;
        if ((k0 + 5 < 53) && (c13 < 73)) {
            let v_331: f32 = in_w[(k0 + 5) * 73 + c13];
            v_330 = v_331;
        }
        var v_332: f32 = 0.0;
        if ((k0 + 5 < 53) && (c14 < 73)) {
            let v_333: f32 = in_w[(k0 + 5) * 73 + c14];
            v_332 = v_333;
        }
        var v_334: f32 = 0.0;
        if ((k0 + 5 < 53) && (c15 < 73)) {
            let v_335: f32 = in_w[(k0 + 5) * 73 + c15];
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
        var v_336: f32 = 0.0;
        if ((r0 < 25) && (k0 + 6 < 53)) {
            let v_337: f32 = in_x[r0 * 53 + (k0 + 6)];
            let v_338: f32 = v_337 * 0.5;
            v_336 = v_338;
        }
        var v_339: f32 = 0.0;
        if ((r1 < 25) && (k0 + 6 < 53)) {
            let v_340: f32 = in_x[r1 * 53 + (k0 + 6)];
            let v_341: f32 = v_340 * 0.5;
            v_339 = v_341;
        }
        var v_342: f32 = 0.0;
        if ((r2 < 25) && (k0 + 6 < 53)) {
            let v_343: f32 = in_x[r2 * 53 + (k0 + 6)];
            let v_344: f32 = v_343 * 0.5;
            v_342 = v_344;
        }
        var v_345: f32 = 0.0;
        if ((r3 < 25) && (k0 + 6 < 53)) {
            let v_346: f32 = in_x[r3 * 53 + (k0 + 6)];
            let v_347: f32 = v_346 * 0.5;
            v_345 = v_347;
        }
        var v_348: f32 = 0.0;
        if ((r4 < 25) && (k0 + 6 < 53)) {
            let v_349: f32 = in_x[r4 * 53 + (k0 + 6)];
            let v_350: f32 = v_349 * 0.5;
            v_348 = v_350;
        }
        var v_351: f32 = 0.0;
        if ((r5 < 25) && (k0 + 6 < 53)) {
            let v_352: f32 = in_x[r5 * 53 + (k0 + 6)];
            let v_353: f32 = v_352 * 0.5;
            v_351 = v_353;
        }
        var v_354: f32 = 0.0;
        if ((r6 < 25) && (k0 + 6 < 53)) {
            let v_355: f32 = in_x[r6 * 53 + (k0 + 6)];
            let v_356: f32 = v_355 * 0.5;
            v_354 = v_356;
        }
        var v_357: f32 = 0.0;
        if ((r7 < 25) && (k0 + 6 < 53)) {
            let v_358: f32 = in_x[r7 * 53 + (k0 + 6)];
            let v_359: f32 = v_358 * 0.5;
            v_357 = v_359;
        }
        var v_360: f32 = 0.0;
        if ((k0 + 6 < 53) && (c0 < 73)) {
            let v_361: f32 = in_w[(k0 + 6) * 73 + c0];
            v_360 = v_361;
        }
        var v_362: f32 = 0.0;
        if ((k0 + 6 < 53) && (c1 < 73)) {
            let v_363: f32 = in_w[(k0 + 6) * 73 + c1];
            v_362 = v_363;
        }
        var v_364: f32 = 0.0;
        if ((k0 + 6 < 53) && (c2 < 73)) {
            let v_365: f32 = in_w[(k0 + 6) * 73 + c2];
            v_364 = v_365;
        }
        var v_366: f32 = 0.0;
        if ((k0 + 6 < 53) && (c3 < 73)) {
            let v_367: f32 = in_w[(k0 + 6) * 73 + c3];
            v_366 = v_367;
        }
        var v_368: f32 = 0.0;
        if ((k0 + 6 < 53) && (c4 < 73)) {
            let v_369: f32 = in_w[(k0 + 6) * 73 + c4];
            v_368 = v_369;
        }
        var v_370: f32 = 0.0;
        if ((k0 + 6 < 53) && (c5 < 73)) {
            let v_371: f32 = in_w[(k0 + 6) * 73 + c5];
            v_370 = v_371;
        }
        var v_372: f32 = 0.0;
        if ((k0 + 6 < 53) && (c6 < 73)) {
            let v_373: f32 = in_w[(k0 + 6) * 73 + c6];
            v_372 = v_373;
        }
        var v_374: f32 = 0.0;
        if ((k0 + 6 < 53) && (c7 < 73)) {
            let v_375: f32 = in_w[(k0 + 6) * 73 + c7];
            v_374 = v_375;
        }
        var v_376: f32 = 0.0;
        if ((k0 + 6 < 53) && (c8 < 73)) {
            let v_377: f32 = in_w[(k0 + 6) * 73 + c8];
            v_376 = v_377;
        }
        var v_378: f32 = 0.0;
        if ((k0 + 6 < 53) && (c9 < 73)) {
            let v_379: f32 = in_w[(k0 + 6) * 73 + c9];
            v_378 = v_379;
        }
        var v_380: f32 = 0.0;
        if ((k0 + 6 < 53) && (c10 < 73)) {
            let v_381: f32 = in_w[(k0 + 6) * 73 + c10];
            v_380 = v_381;
        }
        var v_382: f32 = 0.0;
        if ((k0 + 6 < 53) && (c11 < 73)) {
            let v_383: f32 = in_w[(k0 + 6) * 73 + c11];
            v_382 = v_383;
        }
        var v_384: f32 = 0.0;
        if ((k0 + 6 < 53) && (c12 < 73)) {
            let v_385: f32 = in_w[(k0 + 6) * 73 + c12];
            v_384 = v_385;
        }
        var v_386: f32 = 0.0;
        if ((k0 + 6 < 53) && (c13 < 73)) {
            let v_387: f32 = in_w[(k0 + 6) * 73 + c13];
            v_386 = v_387;
        }
        var v_388: f32 = 0.0;
        if ((k0 + 6 < 53) && (c14 < 73)) {
            let v_389: f32 = in_w[(k0 + 6) * 73 + c14];
            v_388 = v_389;
        }
        var v_390: f32 = 0.0;
        if ((k0 + 6 < 53) && (c15 < 73)) {
            let v_391: f32 = in_w[(k0 + 6) * 73 + c15];
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
        var v_392: f32 = 0.0;
        if ((r0 < 25) && (k0 + 7 < 53)) {
            let v_393: f32 = in_x[r0 * 53 + (k0 + 7)];
            let v_394: f32 = v_393 * 0.5;
            v_392 = v_394;
        }
        var v_395: f32 = 0.0;
        if ((r1 < 25) && (k0 + 7 < 53)) {
            let v_396: f32 = in_x[r1 * 53 + (k0 + 7)];
            let v_397: f32 = v_396 * 0.5;
            v_395 = v_397;
        }
        var v_398: f32 = 0.0;
        if ((r2 < 25) && (k0 + 7 < 53)) {
            let v_399: f32 = in_x[r2 * 53 + (k0 + 7)];
            let v_400: f32 = v_399 * 0.5;
            v_398 = v_400;
        }
        var v_401: f32 = 0.0;
        if ((r3 < 25) && (k0 + 7 < 53)) {
            let v_402: f32 = in_x[r3 * 53 + (k0 + 7)];
            let v_403: f32 = v_402 * 0.5;
            v_401 = v_403;
        }
        var v_404: f32 = 0.0;
        if ((r4 < 25) && (k0 + 7 < 53)) {
            let v_405: f32 = in_x[r4 * 53 + (k0 + 7)];
            let v_406: f32 = v_405 * 0.5;
            v_404 = v_406;
        }
        var v_407: f32 = 0.0;
        if ((r5 < 25) && (k0 + 7 < 53)) {
            let v_408: f32 = in_x[r5 * 53 + (k0 + 7)];
            let v_409: f32 = v_408 * 0.5;
            v_407 = v_409;
        }
        var v_410: f32 = 0.0;
        if ((r6 < 25) && (k0 + 7 < 53)) {
            let v_411: f32 = in_x[r6 * 53 + (k0 + 7)];
            let v_412: f32 = v_411 * 0.5;
            v_410 = v_412;
        }
        var v_413: f32 = 0.0;
        if ((r7 < 25) && (k0 + 7 < 53)) {
            let v_414: f32 = in_x[r7 * 53 + (k0 + 7)];
            let v_415: f32 = v_414 * 0.5;
            v_413 = v_415;
        }
        var v_416: f32 = 0.0;
        if ((k0 + 7 < 53) && (c0 < 73)) {
            let v_417: f32 = in_w[(k0 + 7) * 73 + c0];
            v_416 = v_417;
        }
        var v_418: f32 = 0.0;
        if ((k0 + 7 < 53) && (c1 < 73)) {
            let v_419: f32 = in_w[(k0 + 7) * 73 + c1];
            v_418 = v_419;
        }
        var v_420: f32 = 0.0;
        if ((k0 + 7 < 53) && (c2 < 73)) {
            let v_421: f32 = in_w[(k0 + 7) * 73 + c2];
            v_420 = v_421;
        }
        var v_422: f32 = 0.0;
        if ((k0 + 7 < 53) && (c3 < 73)) {
            let v_423: f32 = in_w[(k0 + 7) * 73 + c3];
            v_422 = v_423;
        }
        var v_424: f32 = 0.0;
        if ((k0 + 7 < 53) && (c4 < 73)) {
            let v_425: f32 = in_w[(k0 + 7) * 73 + c4];
            v_424 = v_425;
        }
        var v_426: f32 = 0.0;
        if ((k0 + 7 < 53) && (c5 < 73)) {
            let v_427: f32 = in_w[(k0 + 7) * 73 + c5];
            v_426 = v_427;
        }
        var v_428: f32 = 0.0;
        if ((k0 + 7 < 53) && (c6 < 73)) {
            let v_429: f32 = in_w[(k0 + 7) * 73 + c6];
            v_428 = v_429;
        }
        var v_430: f32 = 0.0;
        if ((k0 + 7 < 53) && (c7 < 73)) {
            let v_431: f32 = in_w[(k0 + 7) * 73 + c7];
            v_430 = v_431;
        }
        var v_432: f32 = 0.0;
        if ((k0 + 7 < 53) && (c8 < 73)) {
            let v_433: f32 = in_w[(k0 + 7) * 73 + c8];
            v_432 = v_433;
        }
        var v_434: f32 = 0.0;
        if ((k0 + 7 < 53) && (c9 < 73)) {
            let v_435: f32 = in_w[(k0 + 7) * 73 + c9];
            v_434 = v_435;
        }
        var v_436: f32 = 0.0;
        if ((k0 + 7 < 53) && (c10 < 73)) {
            let v_437: f32 = in_w[(k0 + 7) * 73 + c10];
            v_436 = v_437;
        }
        var v_438: f32 = 0.0;
        if ((k0 + 7 < 53) && (c11 < 73)) {
            let v_439: f32 = in_w[(k0 + 7) * 73 + c11];
            v_438 = v_439;
        }
        var v_440: f32 = 0.0;
        if ((k0 + 7 < 53) && (c12 < 73)) {
            let v_441: f32 = in_w[(k0 + 7) * 73 + c12];
            v_440 = v_441;
        }
        var v_442: f32 = 0.0;
        if ((k0 + 7 < 53) && (c13 < 73)) {
            let v_443: f32 = in_w[(k0 + 7) * 73 + c13];
            v_442 = v_443;
        }
        var v_444: f32 = 0.0;
        if ((k0 + 7 < 53) && (c14 < 73)) {
            let v_445: f32 = in_w[(k0 + 7) * 73 + c14];
            v_444 = v_445;
        }
        var v_446: f32 = 0.0;
        if ((k0 + 7 < 53) && (c15 < 73)) {
            let v_447: f32 = in_w[(k0 + 7) * 73 + c15];
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
    if ((r0 < 25) && (c0 < 73)) {
        let lin: i32 = (i32(tcc_group_id.z) * 25 + r0) * 73 + c0;
        let i1: i32 = lin / 73;
        let i2: i32 = lin % 73;
        let v_448: f32 = in_w_1[i2];
        let v_449: f32 = acc0_0 + v_448;
        out_tanh[lin] = tcc_tanh(v_449);
    }
    if ((r0 < 25) && (c1 < 73)) {
        let lin_1: i32 = (i32(tcc_group_id.z) * 25 + r0) * 73 + c1;
        let i1_1: i32 = lin_1 / 73;
        let i2_1: i32 = lin_1 % 73;
        let v_450: f32 = in_w_1[i2_1];
        let v_451: f32 = acc0_1 + v_450;
        out_tanh[lin_1] = tcc_tanh(v_451);
    }
    if ((r0 < 25) && (c2 < 73)) {
        let lin_2: i32 = (i32(tcc_group_id.z) * 25 + r0) * 73 + c2;
        let i1_2: i32 = lin_2 / 73;
        let i2_2: i32 = lin_2 % 73;
        let v_452: f32 = in_w_1[i2_2];
        let v_453: f32 = acc0_2 + v_452;
        out_tanh[lin_2] = tcc_tanh(v_453);
    }
    if ((r0 < 25) && (c3 < 73)) {
        let lin_3: i32 = (i32(tcc_group_id.z) * 25 + r0) * 73 + c3;
        let i1_3: i32 = lin_3 / 73;
        let i2_3: i32 = lin_3 % 73;
        let v_454: f32 = in_w_1[i2_3];
        let v_455: f32 = acc0_3 + v_454;
        out_tanh[lin_3] = tcc_tanh(v_455);
    }
    if ((r0 < 25) && (c4 < 73)) {
        let lin_4: i32 = (i32(tcc_group_id.z) * 25 + r0) * 73 + c4;
        let i1_4: i32 = lin_4 / 73;
        let i2_4: i32 = lin_4 % 73;
        let v_456: f32 = in_w_1[i2_4];
        let v_457: f32 = acc0_4 + v_456;
        out_tanh[lin_4] = tcc_tanh(v_457);
    }
    if ((r0 < 25) && (c5 < 73)) {
        let lin_5: i32 = (i32(tcc_group_id.z) * 25 + r0) * 73 + c5;
        let i1_5: i32 = lin_5 / 73;
        let i2_5: i32 = lin_5 % 73;
        let v_458: f32 = in_w_1[i2_5];
        let v_459: f32 = acc0_5 + v_458;
        out_tanh[lin_5] = tcc_tanh(v_459);
    }
    if ((r0 < 25) && (c6 < 73)) {
        let lin_6: i32 = (i32(tcc_group_id.z) * 25 + r0) * 73 + c6;
        let i1_6: i32 = lin_6 / 73;
        let i2_6: i32 = lin_6 % 73;
        let v_460: f32 = in_w_1[i2_6];
        let v_461: f32 = acc0_6 + v_460;
        out_tanh[lin_6] = tcc_tanh(v_461);
    }
    if ((r0 < 25) && (c7 < 73)) {
        let lin_7: i32 = (i32(tcc_group_id.z) * 25 + r0) * 73 + c7;
        let i1_7: i32 = lin_7 / 73;
        let i2_7: i32 = lin_7 % 73;
        let v_462: f32 = in_w_1[i2_7];
        let v_463: f32 = acc0_7 + v_462;
        out_tanh[lin_7] = tcc_tanh(v_463);
    }
    if ((r0 < 25) && (c8 < 73)) {
        let lin_8: i32 = (i32(tcc_group_id.z) * 25 + r0) * 73 + c8;
        let i1_8: i32 = lin_8 / 73;
        let i2_8: i32 = lin_8 % 73;
        let v_464: f32 = in_w_1[i2_8];
        let v_465: f32 = acc0_8 + v_464;
        out_tanh[lin_8] = tcc_tanh(v_465);
    }
    if ((r0 < 25) && (c9 < 73)) {
        let lin_9: i32 = (i32(tcc_group_id.z) * 25 + r0) * 73 + c9;
        let i1_9: i32 = lin_9 / 73;
        let i2_9: i32 = lin_9 % 73;
        let v_466: f32 = in_w_1[i2_9];
        let v_467: f32 = acc0_9 + v_466;
        out_tanh[lin_9] = tcc_tanh(v_467);
    }
    if ((r0 < 25) && (c10 < 73)) {
        let lin_10: i32 = (i32(tcc_group_id.z) * 25 + r0) * 73 + c10;
        let i1_10: i32 = lin_10 / 73;
        let i2_10: i32 = lin_10 % 73;
        let v_468: f32 = in_w_1[i2_10];
        let v_469: f32 = acc0_10 + v_468;
        out_tanh[lin_10] = tcc_tanh(v_469);
    }
    if ((r0 < 25) && (c11 < 73)) {
        let lin_11: i32 = (i32(tcc_group_id.z) * 25 + r0) * 73 + c11;
        let i1_11: i32 = lin_11 / 73;
        let i2_11: i32 = lin_11 % 73;
        let v_470: f32 = in_w_1[i2_11];
        let v_471: f32 = acc0_11 + v_470;
        out_tanh[lin_11] = tcc_tanh(v_471);
    }
    if ((r0 < 25) && (c12 < 73)) {
        let lin_12: i32 = (i32(tcc_group_id.z) * 25 + r0) * 73 + c12;
        let i1_12: i32 = lin_12 / 73;
        let i2_12: i32 = lin_12 % 73;
        let v_472: f32 = in_w_1[i2_12];
        let v_473: f32 = acc0_12 + v_472;
        out_tanh[lin_12] = tcc_tanh(v_473);
    }
    if ((r0 < 25) && (c13 < 73)) {
        let lin_13: i32 = (i32(tcc_group_id.z) * 25 + r0) * 73 + c13;
        let i1_13: i32 = lin_13 / 73;
        let i2_13: i32 = lin_13 % 73;
        let v_474: f32 = in_w_1[i2_13];
        let v_475: f32 = acc0_13 + v_474;
        out_tanh[lin_13] = tcc_tanh(v_475);
    }
    if ((r0 < 25) && (c14 < 73)) {
        let lin_14: i32 = (i32(tcc_group_id.z) * 25 + r0) * 73 + c14;
        let i1_14: i32 = lin_14 / 73;
        let i2_14: i32 = lin_14 % 73;
        let v_476: f32 = in_w_1[i2_14];
        let v_477: f32 = acc0_14 + v_476;
        out_tanh[lin_14] = tcc_tanh(v_477);
    }
    if ((r0 < 25) && (c15 < 73)) {
        let lin_15: i32 = (i32(tcc_group_id.z) * 25 + r0) * 73 + c15;
        let i1_15: i32 = lin_15 / 73;
        let i2_15: i32 = lin_15 % 73;
        let v_478: f32 = in_w_1[i2_15];
        let v_479: f32 = acc0_15 + v_478;
        out_tanh[lin_15] = tcc_tanh(v_479);
    }
    if ((r1 < 25) && (c0 < 73)) {
        let lin_16: i32 = (i32(tcc_group_id.z) * 25 + r1) * 73 + c0;
        let i1_16: i32 = lin_16 / 73;
        let i2_16: i32 = lin_16 % 73;
        let v_480: f32 = in_w_1[i2_16];
        let v_481: f32 = acc1_0 + v_480;
        out_tanh[lin_16] = tcc_tanh(v_481);
    }
    if ((r1 < 25) && (c1 < 73)) {
        let lin_17: i32 = (i32(tcc_group_id.z) * 25 + r1) * 73 + c1;
        let i1_17: i32 = lin_17 / 73;
        let i2_17: i32 = lin_17 % 73;
        let v_482: f32 = in_w_1[i2_17];
        let v_483: f32 = acc1_1 + v_482;
        out_tanh[lin_17] = tcc_tanh(v_483);
    }
    if ((r1 < 25) && (c2 < 73)) {
        let lin_18: i32 = (i32(tcc_group_id.z) * 25 + r1) * 73 + c2;
        let i1_18: i32 = lin_18 / 73;
        let i2_18: i32 = lin_18 % 73;
        let v_484: f32 = in_w_1[i2_18];
        let v_485: f32 = acc1_2 + v_484;
        out_tanh[lin_18] = tcc_tanh(v_485);
    }
    if ((r1 < 25) && (c3 < 73)) {
        let lin_19: i32 = (i32(tcc_group_id.z) * 25 + r1) * 73 + c3;
        let i1_19: i32 = lin_19 / 73;
        let i2_19: i32 = lin_19 % 73;
        let v_486: f32 = in_w_1[i2_19];
        let v_487: f32 = acc1_3 + v_486;
        out_tanh[lin_19] = tcc_tanh(v_487);
    }
    if ((r1 < 25) && (c4 < 73)) {
        let lin_20: i32 = (i32(tcc_group_id.z) * 25 + r1) * 73 + c4;
        let i1_20: i32 = lin_20 / 73;
        let i2_20: i32 = lin_20 % 73;
        let v_488: f32 = in_w_1[i2_20];
        let v_489: f32 = acc1_4 + v_488;
        out_tanh[lin_20] = tcc_tanh(v_489);
    }
    if ((r1 < 25) && (c5 < 73)) {
        let lin_21: i32 = (i32(tcc_group_id.z) * 25 + r1) * 73 + c5;
        let i1_21: i32 = lin_21 / 73;
        let i2_21: i32 = lin_21 % 73;
        let v_490: f32 = in_w_1[i2_21];
        let v_491: f32 = acc1_5 + v_490;
        out_tanh[lin_21] = tcc_tanh(v_491);
    }
    if ((r1 < 25) && (c6 < 73)) {
        let lin_22: i32 = (i32(tcc_group_id.z) * 25 + r1) * 73 + c6;
        let i1_22: i32 = lin_22 / 73;
        let i2_22: i32 = lin_22 % 73;
        let v_492: f32 = in_w_1[i2_22];
        let v_493: f32 = acc1_6 + v_492;
        out_tanh[lin_22] = tcc_tanh(v_493);
    }
    if ((r1 < 25) && (c7 < 73)) {
        let lin_23: i32 = (i32(tcc_group_id.z) * 25 + r1) * 73 + c7;
        let i1_23: i32 = lin_23 / 73;
        let i2_23: i32 = lin_23 % 73;
        let v_494: f32 = in_w_1[i2_23];
        let v_495: f32 = acc1_7 + v_494;
        out_tanh[lin_23] = tcc_tanh(v_495);
    }
    if ((r1 < 25) && (c8 < 73)) {
        let lin_24: i32 = (i32(tcc_group_id.z) * 25 + r1) * 73 + c8;
        let i1_24: i32 = lin_24 / 73;
        let i2_24: i32 = lin_24 % 73;
        let v_496: f32 = in_w_1[i2_24];
        let v_497: f32 = acc1_8 + v_496;
        out_tanh[lin_24] = tcc_tanh(v_497);
    }
    if ((r1 < 25) && (c9 < 73)) {
        let lin_25: i32 = (i32(tcc_group_id.z) * 25 + r1) * 73 + c9;
        let i1_25: i32 = lin_25 / 73;
        let i2_25: i32 = lin_25 % 73;
        let v_498: f32 = in_w_1[i2_25];
        let v_499: f32 = acc1_9 + v_498;
        out_tanh[lin_25] = tcc_tanh(v_499);
    }
    if ((r1 < 25) && (c10 < 73)) {
        let lin_26: i32 = (i32(tcc_group_id.z) * 25 + r1) * 73 + c10;
        let i1_26: i32 = lin_26 / 73;
        let i2_26: i32 = lin_26 % 73;
        let v_500: f32 = in_w_1[i2_26];
        let v_501: f32 = acc1_10 + v_500;
        out_tanh[lin_26] = tcc_tanh(v_501);
    }
    if ((r1 < 25) && (c11 < 73)) {
        let lin_27: i32 = (i32(tcc_group_id.z) * 25 + r1) * 73 + c11;
        let i1_27: i32 = lin_27 / 73;
        let i2_27: i32 = lin_27 % 73;
        let v_502: f32 = in_w_1[i2_27];
        let v_503: f32 = acc1_11 + v_502;
        out_tanh[lin_27] = tcc_tanh(v_503);
    }
    if ((r1 < 25) && (c12 < 73)) {
        let lin_28: i32 = (i32(tcc_group_id.z) * 25 + r1) * 73 + c12;
        let i1_28: i32 = lin_28 / 73;
        let i2_28: i32 = lin_28 % 73;
        let v_504: f32 = in_w_1[i2_28];
        let v_505: f32 = acc1_12 + v_504;
        out_tanh[lin_28] = tcc_tanh(v_505);
    }
    if ((r1 < 25) && (c13 < 73)) {
        let lin_29: i32 = (i32(tcc_group_id.z) * 25 + r1) * 73 + c13;
        let i1_29: i32 = lin_29 / 73;
        let i2_29: i32 = lin_29 % 73;
        let v_506: f32 = in_w_1[i2_29];
        let v_507: f32 = acc1_13 + v_506;
        out_tanh[lin_29] = tcc_tanh(v_507);
    }
    if ((r1 < 25) && (c14 < 73)) {
        let lin_30: i32 = (i32(tcc_group_id.z) * 25 + r1) * 73 + c14;
        let i1_30: i32 = lin_30 / 73;
        let i2_30: i32 = lin_30 % 73;
        let v_508: f32 = in_w_1[i2_30];
        let v_509: f32 = acc1_14 + v_508;
        out_tanh[lin_30] = tcc_tanh(v_509);
    }
    if ((r1 < 25) && (c15 < 73)) {
        let lin_31: i32 = (i32(tcc_group_id.z) * 25 + r1) * 73 + c15;
        let i1_31: i32 = lin_31 / 73;
        let i2_31: i32 = lin_31 % 73;
        let v_510: f32 = in_w_1[i2_31];
        let v_511: f32 = acc1_15 + v_510;
        out_tanh[lin_31] = tcc_tanh(v_511);
    }
    if ((r2 < 25) && (c0 < 73)) {
        let lin_32: i32 = (i32(tcc_group_id.z) * 25 + r2) * 73 + c0;
        let i1_32: i32 = lin_32 / 73;
        let i2_32: i32 = lin_32 % 73;
        let v_512: f32 = in_w_1[i2_32];
        let v_513: f32 = acc2_0 + v_512;
        out_tanh[lin_32] = tcc_tanh(v_513);
    }
    if ((r2 < 25) && (c1 < 73)) {
        let lin_33: i32 = (i32(tcc_group_id.z) * 25 + r2) * 73 + c1;
        let i1_33: i32 = lin_33 / 73;
        let i2_33: i32 = lin_33 % 73;
        let v_514: f32 = in_w_1[i2_33];
        let v_515: f32 = acc2_1 + v_514;
        out_tanh[lin_33] = tcc_tanh(v_515);
    }
    if ((r2 < 25) && (c2 < 73)) {
        let lin_34: i32 = (i32(tcc_group_id.z) * 25 + r2) * 73 + c2;
        let i1_34: i32 = lin_34 / 73;
        let i2_34: i32 = lin_34 % 73;
        let v_516: f32 = in_w_1[i2_34];
        let v_517: f32 = acc2_2 + v_516;
        out_tanh[lin_34] = tcc_tanh(v_517);
    }
    if ((r2 < 25) && (c3 < 73)) {
        let lin_35: i32 = (i32(tcc_group_id.z) * 25 + r2) * 73 + c3;
        let i1_35: i32 = lin_35 / 73;
        let i2_35: i32 = lin_35 % 73;
        let v_518: f32 = in_w_1[i2_35];
        let v_519: f32 = acc2_3 + v_518;
        out_tanh[lin_35] = tcc_tanh(v_519);
    }
    if ((r2 < 25) && (c4 < 73)) {
        let lin_36: i32 = (i32(tcc_group_id.z) * 25 + r2) * 73 + c4;
        let i1_36: i32 = lin_36 / 73;
        let i2_36: i32 = lin_36 % 73;
        let v_520: f32 = in_w_1[i2_36];
        let v_521: f32 = acc2_4 + v_520;
        out_tanh[lin_36] = tcc_tanh(v_521);
    }
    if ((r2 < 25) && (c5 < 73)) {
        let lin_37: i32 = (i32(tcc_group_id.z) * 25 + r2) * 73 + c5;
        let i1_37: i32 = lin_37 / 73;
        let i2_37: i32 = lin_37 % 73;
        let v_522: f32 = in_w_1[i2_37];
        let v_523: f32 = acc2_5 + v_522;
        out_tanh[lin_37] = tcc_tanh(v_523);
    }
    if ((r2 < 25) && (c6 < 73)) {
        let lin_38: i32 = (i32(tcc_group_id.z) * 25 + r2) * 73 + c6;
        let i1_38: i32 = lin_38 / 73;
        let i2_38: i32 = lin_38 % 73;
        let v_524: f32 = in_w_1[i2_38];
        let v_525: f32 = acc2_6 + v_524;
        out_tanh[lin_38] = tcc_tanh(v_525);
    }
    if ((r2 < 25) && (c7 < 73)) {
        let lin_39: i32 = (i32(tcc_group_id.z) * 25 + r2) * 73 + c7;
        let i1_39: i32 = lin_39 / 73;
        let i2_39: i32 = lin_39 % 73;
        let v_526: f32 = in_w_1[i2_39];
        let v_527: f32 = acc2_7 + v_526;
        out_tanh[lin_39] = tcc_tanh(v_527);
    }
    if ((r2 < 25) && (c8 < 73)) {
        let lin_40: i32 = (i32(tcc_group_id.z) * 25 + r2) * 73 + c8;
        let i1_40: i32 = lin_40 / 73;
        let i2_40: i32 = lin_40 % 73;
        let v_528: f32 = in_w_1[i2_40];
        let v_529: f32 = acc2_8 + v_528;
        out_tanh[lin_40] = tcc_tanh(v_529);
    }
    if ((r2 < 25) && (c9 < 73)) {
        let lin_41: i32 = (i32(tcc_group_id.z) * 25 + r2) * 73 + c9;
        let i1_41: i32 = lin_41 / 73;
        let i2_41: i32 = lin_41 % 73;
        let v_530: f32 = in_w_1[i2_41];
        let v_531: f32 = acc2_9 + v_530;
        out_tanh[lin_41] = tcc_tanh(v_531);
    }
    if ((r2 < 25) && (c10 < 73)) {
        let lin_42: i32 = (i32(tcc_group_id.z) * 25 + r2) * 73 + c10;
        let i1_42: i32 = lin_42 / 73;
        let i2_42: i32 = lin_42 % 73;
        let v_532: f32 = in_w_1[i2_42];
        let v_533: f32 = acc2_10 + v_532;
        out_tanh[lin_42] = tcc_tanh(v_533);
    }
    if ((r2 < 25) && (c11 < 73)) {
        let lin_43: i32 = (i32(tcc_group_id.z) * 25 + r2) * 73 + c11;
        let i1_43: i32 = lin_43 / 73;
        let i2_43: i32 = lin_43 % 73;
        let v_534: f32 = in_w_1[i2_43];
        let v_535: f32 = acc2_11 + v_534;
        out_tanh[lin_43] = tcc_tanh(v_535);
    }
    if ((r2 < 25) && (c12 < 73)) {
        let lin_44: i32 = (i32(tcc_group_id.z) * 25 + r2) * 73 + c12;
        let i1_44: i32 = lin_44 / 73;
        let i2_44: i32 = lin_44 % 73;
        let v_536: f32 = in_w_1[i2_44];
        let v_537: f32 = acc2_12 + v_536;
        out_tanh[lin_44] = tcc_tanh(v_537);
    }
    if ((r2 < 25) && (c13 < 73)) {
        let lin_45: i32 = (i32(tcc_group_id.z) * 25 + r2) * 73 + c13;
        let i1_45: i32 = lin_45 / 73;
        let i2_45: i32 = lin_45 % 73;
        let v_538: f32 = in_w_1[i2_45];
        let v_539: f32 = acc2_13 + v_538;
        out_tanh[lin_45] = tcc_tanh(v_539);
    }
    if ((r2 < 25) && (c14 < 73)) {
        let lin_46: i32 = (i32(tcc_group_id.z) * 25 + r2) * 73 + c14;
        let i1_46: i32 = lin_46 / 73;
        let i2_46: i32 = lin_46 % 73;
        let v_540: f32 = in_w_1[i2_46];
        let v_541: f32 = acc2_14 + v_540;
        out_tanh[lin_46] = tcc_tanh(v_541);
    }
    if ((r2 < 25) && (c15 < 73)) {
        let lin_47: i32 = (i32(tcc_group_id.z) * 25 + r2) * 73 + c15;
        let i1_47: i32 = lin_47 / 73;
        let i2_47: i32 = lin_47 % 73;
        let v_542: f32 = in_w_1[i2_47];
        let v_543: f32 = acc2_15 + v_542;
        out_tanh[lin_47] = tcc_tanh(v_543);
    }
    if ((r3 < 25) && (c0 < 73)) {
        let lin_48: i32 = (i32(tcc_group_id.z) * 25 + r3) * 73 + c0;
        let i1_48: i32 = lin_48 / 73;
        let i2_48: i32 = lin_48 % 73;
        let v_544: f32 = in_w_1[i2_48];
        let v_545: f32 = acc3_0 + v_544;
        out_tanh[lin_48] = tcc_tanh(v_545);
    }
    if ((r3 < 25) && (c1 < 73)) {
        let lin_49: i32 = (i32(tcc_group_id.z) * 25 + r3) * 73 + c1;
        let i1_49: i32 = lin_49 / 73;
        let i2_49: i32 = lin_49 % 73;
        let v_546: f32 = in_w_1[i2_49];
        let v_547: f32 = acc3_1 + v_546;
        out_tanh[lin_49] = tcc_tanh(v_547);
    }
    if ((r3 < 25) && (c2 < 73)) {
        let lin_50: i32 = (i32(tcc_group_id.z) * 25 + r3) * 73 + c2;
        let i1_50: i32 = lin_50 / 73;
        let i2_50: i32 = lin_50 % 73;
        let v_548: f32 = in_w_1[i2_50];
        let v_549: f32 = acc3_2 + v_548;
        out_tanh[lin_50] = tcc_tanh(v_549);
    }
    if ((r3 < 25) && (c3 < 73)) {
        let lin_51: i32 = (i32(tcc_group_id.z) * 25 + r3) * 73 + c3;
        let i1_51: i32 = lin_51 / 73;
        let i2_51: i32 = lin_51 % 73;
        let v_550: f32 = in_w_1[i2_51];
        let v_551: f32 = acc3_3 + v_550;
        out_tanh[lin_51] = tcc_tanh(v_551);
    }
    if ((r3 < 25) && (c4 < 73)) {
        let lin_52: i32 = (i32(tcc_group_id.z) * 25 + r3) * 73 + c4;
        let i1_52: i32 = lin_52 / 73;
        let i2_52: i32 = lin_52 % 73;
        let v_552: f32 = in_w_1[i2_52];
        let v_553: f32 = acc3_4 + v_552;
        out_tanh[lin_52] = tcc_tanh(v_553);
    }
    if ((r3 < 25) && (c5 < 73)) {
        let lin_53: i32 = (i32(tcc_group_id.z) * 25 + r3) * 73 + c5;
        let i1_53: i32 = lin_53 / 73;
        let i2_53: i32 = lin_53 % 73;
        let v_554: f32 = in_w_1[i2_53];
        let v_555: f32 = acc3_5 + v_554;
        out_tanh[lin_53] = tcc_tanh(v_555);
    }
    if ((r3 < 25) && (c6 < 73)) {
        let lin_54: i32 = (i32(tcc_group_id.z) * 25 + r3) * 73 + c6;
        let i1_54: i32 = lin_54 / 73;
        let i2_54: i32 = lin_54 % 73;
        let v_556: f32 = in_w_1[i2_54];
        let v_557: f32 = acc3_6 + v_556;
        out_tanh[lin_54] = tcc_tanh(v_557);
    }
    if ((r3 < 25) && (c7 < 73)) {
        let lin_55: i32 = (i32(tcc_group_id.z) * 25 + r3) * 73 + c7;
        let i1_55: i32 = lin_55 / 73;
        let i2_55: i32 = lin_55 % 73;
        let v_558: f32 = in_w_1[i2_55];
        let v_559: f32 = acc3_7 + v_558;
        out_tanh[lin_55] = tcc_tanh(v_559);
    }
    if ((r3 < 25) && (c8 < 73)) {
        let lin_56: i32 = (i32(tcc_group_id.z) * 25 + r3) * 73 + c8;
        let i1_56: i32 = lin_56 / 73;
        let i2_56: i32 = lin_56 % 73;
        let v_560: f32 = in_w_1[i2_56];
        let v_561: f32 = acc3_8 + v_560;
        out_tanh[lin_56] = tcc_tanh(v_561);
    }
    if ((r3 < 25) && (c9 < 73)) {
        let lin_57: i32 = (i32(tcc_group_id.z) * 25 + r3) * 73 + c9;
        let i1_57: i32 = lin_57 / 73;
        let i2_57: i32 = lin_57 % 73;
        let v_562: f32 = in_w_1[i2_57];
        let v_563: f32 = acc3_9 + v_562;
        out_tanh[lin_57] = tcc_tanh(v_563);
    }
    if ((r3 < 25) && (c10 < 73)) {
        let lin_58: i32 = (i32(tcc_group_id.z) * 25 + r3) * 73 + c10;
        let i1_58: i32 = lin_58 / 73;
        let i2_58: i32 = lin_58 % 73;
        let v_564: f32 = in_w_1[i2_58];
        let v_565: f32 = acc3_10 + v_564;
        out_tanh[lin_58] = tcc_tanh(v_565);
    }
    if ((r3 < 25) && (c11 < 73)) {
        let lin_59: i32 = (i32(tcc_group_id.z) * 25 + r3) * 73 + c11;
        let i1_59: i32 = lin_59 / 73;
        let i2_59: i32 = lin_59 % 73;
        let v_566: f32 = in_w_1[i2_59];
        let v_567: f32 = acc3_11 + v_566;
        out_tanh[lin_59] = tcc_tanh(v_567);
    }
    if ((r3 < 25) && (c12 < 73)) {
        let lin_60: i32 = (i32(tcc_group_id.z) * 25 + r3) * 73 + c12;
        let i1_60: i32 = lin_60 / 73;
        let i2_60: i32 = lin_60 % 73;
        let v_568: f32 = in_w_1[i2_60];
        let v_569: f32 = acc3_12 + v_568;
        out_tanh[lin_60] = tcc_tanh(v_569);
    }
    if ((r3 < 25) && (c13 < 73)) {
        let lin_61: i32 = (i32(tcc_group_id.z) * 25 + r3) * 73 + c13;
        let i1_61: i32 = lin_61 / 73;
        let i2_61: i32 = lin_61 % 73;
        let v_570: f32 = in_w_1[i2_61];
        let v_571: f32 = acc3_13 + v_570;
        out_tanh[lin_61] = tcc_tanh(v_571);
    }
    if ((r3 < 25) && (c14 < 73)) {
        let lin_62: i32 = (i32(tcc_group_id.z) * 25 + r3) * 73 + c14;
        let i1_62: i32 = lin_62 / 73;
        let i2_62: i32 = lin_62 % 73;
        let v_572: f32 = in_w_1[i2_62];
        let v_573: f32 = acc3_14 + v_572;
        out_tanh[lin_62] = tcc_tanh(v_573);
    }
    if ((r3 < 25) && (c15 < 73)) {
        let lin_63: i32 = (i32(tcc_group_id.z) * 25 + r3) * 73 + c15;
        let i1_63: i32 = lin_63 / 73;
        let i2_63: i32 = lin_63 % 73;
        let v_574: f32 = in_w_1[i2_63];
        let v_575: f32 = acc3_15 + v_574;
        out_tanh[lin_63] = tcc_tanh(v_575);
    }
    if ((r4 < 25) && (c0 < 73)) {
        let lin_64: i32 = (i32(tcc_group_id.z) * 25 + r4) * 73 + c0;
        let i1_64: i32 = lin_64 / 73;
        let i2_64: i32 = lin_64 % 73;
        let v_576: f32 = in_w_1[i2_64];
        let v_577: f32 = acc4_0 + v_576;
        out_tanh[lin_64] = tcc_tanh(v_577);
    }
    if ((r4 < 25) && (c1 < 73)) {
        let lin_65: i32 = (i32(tcc_group_id.z) * 25 + r4) * 73 + c1;
        let i1_65: i32 = lin_65 / 73;
        let i2_65: i32 = lin_65 % 73;
        let v_578: f32 = in_w_1[i2_65];
        let v_579: f32 = acc4_1 + v_578;
        out_tanh[lin_65] = tcc_tanh(v_579);
    }
    if ((r4 < 25) && (c2 < 73)) {
        let lin_66: i32 = (i32(tcc_group_id.z) * 25 + r4) * 73 + c2;
        let i1_66: i32 = lin_66 / 73;
        let i2_66: i32 = lin_66 % 73;
        let v_580: f32 = in_w_1[i2_66];
        let v_581: f32 = acc4_2 + v_580;
        out_tanh[lin_66] = tcc_tanh(v_581);
    }
    if ((r4 < 25) && (c3 < 73)) {
        let lin_67: i32 = (i32(tcc_group_id.z) * 25 + r4) * 73 + c3;
        let i1_67: i32 = lin_67 / 73;
        let i2_67: i32 = lin_67 % 73;
        let v_582: f32 = in_w_1[i2_67];
        let v_583: f32 = acc4_3 + v_582;
        out_tanh[lin_67] = tcc_tanh(v_583);
    }
    if ((r4 < 25) && (c4 < 73)) {
        let lin_68: i32 = (i32(tcc_group_id.z) * 25 + r4) * 73 + c4;
        let i1_68: i32 = lin_68 / 73;
        let i2_68: i32 = lin_68 % 73;
        let v_584: f32 = in_w_1[i2_68];
        let v_585: f32 = acc4_4 + v_584;
        out_tanh[lin_68] = tcc_tanh(v_585);
    }
    if ((r4 < 25) && (c5 < 73)) {
        let lin_69: i32 = (i32(tcc_group_id.z) * 25 + r4) * 73 + c5;
        let i1_69: i32 = lin_69 / 73;
        let i2_69: i32 = lin_69 % 73;
        let v_586: f32 = in_w_1[i2_69];
        let v_587: f32 = acc4_5 + v_586;
        out_tanh[lin_69] = tcc_tanh(v_587);
    }
    if ((r4 < 25) && (c6 < 73)) {
        let lin_70: i32 = (i32(tcc_group_id.z) * 25 + r4) * 73 + c6;
        let i1_70: i32 = lin_70 / 73;
        let i2_70: i32 = lin_70 % 73;
        let v_588: f32 = in_w_1[i2_70];
        let v_589: f32 = acc4_6 + v_588;
        out_tanh[lin_70] = tcc_tanh(v_589);
    }
    if ((r4 < 25) && (c7 < 73)) {
        let lin_71: i32 = (i32(tcc_group_id.z) * 25 + r4) * 73 + c7;
        let i1_71: i32 = lin_71 / 73;
        let i2_71: i32 = lin_71 % 73;
        let v_590: f32 = in_w_1[i2_71];
        let v_591: f32 = acc4_7 + v_590;
        out_tanh[lin_71] = tcc_tanh(v_591);
    }
    if ((r4 < 25) && (c8 < 73)) {
        let lin_72: i32 = (i32(tcc_group_id.z) * 25 + r4) * 73 + c8;
        let i1_72: i32 = lin_72 / 73;
        let i2_72: i32 = lin_72 % 73;
        let v_592: f32 = in_w_1[i2_72];
        let v_593: f32 = acc4_8 + v_592;
        out_tanh[lin_72] = tcc_tanh(v_593);
    }
    if ((r4 < 25) && (c9 < 73)) {
        let lin_73: i32 = (i32(tcc_group_id.z) * 25 + r4) * 73 + c9;
        let i1_73: i32 = lin_73 / 73;
        let i2_73: i32 = lin_73 % 73;
        let v_594: f32 = in_w_1[i2_73];
        let v_595: f32 = acc4_9 + v_594;
        out_tanh[lin_73] = tcc_tanh(v_595);
    }
    if ((r4 < 25) && (c10 < 73)) {
        let lin_74: i32 = (i32(tcc_group_id.z) * 25 + r4) * 73 + c10;
        let i1_74: i32 = lin_74 / 73;
        let i2_74: i32 = lin_74 % 73;
        let v_596: f32 = in_w_1[i2_74];
        let v_597: f32 = acc4_10 + v_596;
        out_tanh[lin_74] = tcc_tanh(v_597);
    }
    if ((r4 < 25) && (c11 < 73)) {
        let lin_75: i32 = (i32(tcc_group_id.z) * 25 + r4) * 73 + c11;
        let i1_75: i32 = lin_75 / 73;
        let i2_75: i32 = lin_75 % 73;
        let v_598: f32 = in_w_1[i2_75];
        let v_599: f32 = acc4_11 + v_598;
        out_tanh[lin_75] = tcc_tanh(v_599);
    }
    if ((r4 < 25) && (c12 < 73)) {
        let lin_76: i32 = (i32(tcc_group_id.z) * 25 + r4) * 73 + c12;
        let i1_76: i32 = lin_76 / 73;
        let i2_76: i32 = lin_76 % 73;
        let v_600: f32 = in_w_1[i2_76];
        let v_601: f32 = acc4_12 + v_600;
        out_tanh[lin_76] = tcc_tanh(v_601);
    }
    if ((r4 < 25) && (c13 < 73)) {
        let lin_77: i32 = (i32(tcc_group_id.z) * 25 + r4) * 73 + c13;
        let i1_77: i32 = lin_77 / 73;
        let i2_77: i32 = lin_77 % 73;
        let v_602: f32 = in_w_1[i2_77];
        let v_603: f32 = acc4_13 + v_602;
        out_tanh[lin_77] = tcc_tanh(v_603);
    }
    if ((r4 < 25) && (c14 < 73)) {
        let lin_78: i32 = (i32(tcc_group_id.z) * 25 + r4) * 73 + c14;
        let i1_78: i32 = lin_78 / 73;
        let i2_78: i32 = lin_78 % 73;
        let v_604: f32 = in_w_1[i2_78];
        let v_605: f32 = acc4_14 + v_604;
        out_tanh[lin_78] = tcc_tanh(v_605);
    }
    if ((r4 < 25) && (c15 < 73)) {
        let lin_79: i32 = (i32(tcc_group_id.z) * 25 + r4) * 73 + c15;
        let i1_79: i32 = lin_79 / 73;
        let i2_79: i32 = lin_79 % 73;
        let v_606: f32 = in_w_1[i2_79];
        let v_607: f32 = acc4_15 + v_606;
        out_tanh[lin_79] = tcc_tanh(v_607);
    }
    if ((r5 < 25) && (c0 < 73)) {
        let lin_80: i32 = (i32(tcc_group_id.z) * 25 + r5) * 73 + c0;
        let i1_80: i32 = lin_80 / 73;
        let i2_80: i32 = lin_80 % 73;
        let v_608: f32 = in_w_1[i2_80];
        let v_609: f32 = acc5_0 + v_608;
        out_tanh[lin_80] = tcc_tanh(v_609);
    }
    if ((r5 < 25) && (c1 < 73)) {
        let lin_81: i32 = (i32(tcc_group_id.z) * 25 + r5) * 73 + c1;
        let i1_81: i32 = lin_81 / 73;
        let i2_81: i32 = lin_81 % 73;
        let v_610: f32 = in_w_1[i2_81];
        let v_611: f32 = acc5_1 + v_610;
        out_tanh[lin_81] = tcc_tanh(v_611);
    }
    if ((r5 < 25) && (c2 < 73)) {
        let lin_82: i32 = (i32(tcc_group_id.z) * 25 + r5) * 73 + c2;
        let i1_82: i32 = lin_82 / 73;
        let i2_82: i32 = lin_82 % 73;
        let v_612: f32 = in_w_1[i2_82];
        let v_613: f32 = acc5_2 + v_612;
        out_tanh[lin_82] = tcc_tanh(v_613);
    }
    if ((r5 < 25) && (c3 < 73)) {
        let lin_83: i32 = (i32(tcc_group_id.z) * 25 + r5) * 73 + c3;
        let i1_83: i32 = lin_83 / 73;
        let i2_83: i32 = lin_83 % 73;
        let v_614: f32 = in_w_1[i2_83];
        let v_615: f32 = acc5_3 + v_614;
        out_tanh[lin_83] = tcc_tanh(v_615);
    }
    if ((r5 < 25) && (c4 < 73)) {
        let lin_84: i32 = (i32(tcc_group_id.z) * 25 + r5) * 73 + c4;
        let i1_84: i32 = lin_84 / 73;
        let i2_84: i32 = lin_84 % 73;
        let v_616: f32 = in_w_1[i2_84];
        let v_617: f32 = acc5_4 + v_616;
        out_tanh[lin_84] = tcc_tanh(v_617);
    }
    if ((r5 < 25) && (c5 < 73)) {
        let lin_85: i32 = (i32(tcc_group_id.z) * 25 + r5) * 73 + c5;
        let i1_85: i32 = lin_85 / 73;
        let i2_85: i32 = lin_85 % 73;
        let v_618: f32 = in_w_1[i2_85];
        let v_619: f32 = acc5_5 + v_618;
        out_tanh[lin_85] = tcc_tanh(v_619);
    }
    if ((r5 < 25) && (c6 < 73)) {
        let lin_86: i32 = (i32(tcc_group_id.z) * 25 + r5) * 73 + c6;
        let i1_86: i32 = lin_86 / 73;
        let i2_86: i32 = lin_86 % 73;
        let v_620: f32 = in_w_1[i2_86];
        let v_621: f32 = acc5_6 + v_620;
        out_tanh[lin_86] = tcc_tanh(v_621);
    }
    if ((r5 < 25) && (c7 < 73)) {
        let lin_87: i32 = (i32(tcc_group_id.z) * 25 + r5) * 73 + c7;
        let i1_87: i32 = lin_87 / 73;
        let i2_87: i32 = lin_87 % 73;
        let v_622: f32 = in_w_1[i2_87];
        let v_623: f32 = acc5_7 + v_622;
        out_tanh[lin_87] = tcc_tanh(v_623);
    }
    if ((r5 < 25) && (c8 < 73)) {
        let lin_88: i32 = (i32(tcc_group_id.z) * 25 + r5) * 73 + c8;
        let i1_88: i32 = lin_88 / 73;
        let i2_88: i32 = lin_88 % 73;
        let v_624: f32 = in_w_1[i2_88];
        let v_625: f32 = acc5_8 + v_624;
        out_tanh[lin_88] = tcc_tanh(v_625);
    }
    if ((r5 < 25) && (c9 < 73)) {
        let lin_89: i32 = (i32(tcc_group_id.z) * 25 + r5) * 73 + c9;
        let i1_89: i32 = lin_89 / 73;
        let i2_89: i32 = lin_89 % 73;
        let v_626: f32 = in_w_1[i2_89];
        let v_627: f32 = acc5_9 + v_626;
        out_tanh[lin_89] = tcc_tanh(v_627);
    }
    if ((r5 < 25) && (c10 < 73)) {
        let lin_90: i32 = (i32(tcc_group_id.z) * 25 + r5) * 73 + c10;
        let i1_90: i32 = lin_90 / 73;
        let i2_90: i32 = lin_90 % 73;
        let v_628: f32 = in_w_1[i2_90];
        let v_629: f32 = acc5_10 + v_628;
        out_tanh[lin_90] = tcc_tanh(v_629);
    }
    if ((r5 < 25) && (c11 < 73)) {
        let lin_91: i32 = (i32(tcc_group_id.z) * 25 + r5) * 73 + c11;
        let i1_91: i32 = lin_91 / 73;
        let i2_91: i32 = lin_91 % 73;
        let v_630: f32 = in_w_1[i2_91];
        let v_631: f32 = acc5_11 + v_630;
        out_tanh[lin_91] = tcc_tanh(v_631);
    }
    if ((r5 < 25) && (c12 < 73)) {
        let lin_92: i32 = (i32(tcc_group_id.z) * 25 + r5) * 73 + c12;
        let i1_92: i32 = lin_92 / 73;
        let i2_92: i32 = lin_92 % 73;
        let v_632: f32 = in_w_1[i2_92];
        let v_633: f32 = acc5_12 + v_632;
        out_tanh[lin_92] = tcc_tanh(v_633);
    }
    if ((r5 < 25) && (c13 < 73)) {
        let lin_93: i32 = (i32(tcc_group_id.z) * 25 + r5) * 73 + c13;
        let i1_93: i32 = lin_93 / 73;
        let i2_93: i32 = lin_93 % 73;
        let v_634: f32 = in_w_1[i2_93];
        let v_635: f32 = acc5_13 + v_634;
        out_tanh[lin_93] = tcc_tanh(v_635);
    }
    if ((r5 < 25) && (c14 < 73)) {
        let lin_94: i32 = (i32(tcc_group_id.z) * 25 + r5) * 73 + c14;
        let i1_94: i32 = lin_94 / 73;
        let i2_94: i32 = lin_94 % 73;
        let v_636: f32 = in_w_1[i2_94];
        let v_637: f32 = acc5_14 + v_636;
        out_tanh[lin_94] = tcc_tanh(v_637);
    }
    if ((r5 < 25) && (c15 < 73)) {
        let lin_95: i32 = (i32(tcc_group_id.z) * 25 + r5) * 73 + c15;
        let i1_95: i32 = lin_95 / 73;
        let i2_95: i32 = lin_95 % 73;
        let v_638: f32 = in_w_1[i2_95];
        let v_639: f32 = acc5_15 + v_638;
        out_tanh[lin_95] = tcc_tanh(v_639);
    }
    if ((r6 < 25) && (c0 < 73)) {
        let lin_96: i32 = (i32(tcc_group_id.z) * 25 + r6) * 73 + c0;
        let i1_96: i32 = lin_96 / 73;
        let i2_96: i32 = lin_96 % 73;
        let v_640: f32 = in_w_1[i2_96];
        let v_641: f32 = acc6_0 + v_640;
        out_tanh[lin_96] = tcc_tanh(v_641);
    }
    if ((r6 < 25) && (c1 < 73)) {
        let lin_97: i32 = (i32(tcc_group_id.z) * 25 + r6) * 73 + c1;
        let i1_97: i32 = lin_97 / 73;
        let i2_97: i32 = lin_97 % 73;
        let v_642: f32 = in_w_1[i2_97];
        let v_643: f32 = acc6_1 + v_642;
        out_tanh[lin_97] = tcc_tanh(v_643);
    }
    if ((r6 < 25) && (c2 < 73)) {
        let lin_98: i32 = (i32(tcc_group_id.z) * 25 + r6) * 73 + c2;
        let i1_98: i32 = lin_98 / 73;
        let i2_98: i32 = lin_98 % 73;
        let v_644: f32 = in_w_1[i2_98];
        let v_645: f32 = acc6_2 + v_644;
        out_tanh[lin_98] = tcc_tanh(v_645);
    }
    if ((r6 < 25) && (c3 < 73)) {
        let lin_99: i32 = (i32(tcc_group_id.z) * 25 + r6) * 73 + c3;
        let i1_99: i32 = lin_99 / 73;
        let i2_99: i32 = lin_99 % 73;
        let v_646: f32 = in_w_1[i2_99];
        let v_647: f32 = acc6_3 + v_646;
        out_tanh[lin_99] = tcc_tanh(v_647);
    }
    if ((r6 < 25) && (c4 < 73)) {
        let lin_100: i32 = (i32(tcc_group_id.z) * 25 + r6) * 73 + c4;
        let i1_100: i32 = lin_100 / 73;
        let i2_100: i32 = lin_100 % 73;
        let v_648: f32 = in_w_1[i2_100];
        let v_649: f32 = acc6_4 + v_648;
        out_tanh[lin_100] = tcc_tanh(v_649);
    }
    if ((r6 < 25) && (c5 < 73)) {
        let lin_101: i32 = (i32(tcc_group_id.z) * 25 + r6) * 73 + c5;
        let i1_101: i32 = lin_101 / 73;
        let i2_101: i32 = lin_101 % 73;
        let v_650: f32 = in_w_1[i2_101];
        let v_651: f32 = acc6_5 + v_650;
        out_tanh[lin_101] = tcc_tanh(v_651);
    }
    if ((r6 < 25) && (c6 < 73)) {
        let lin_102: i32 = (i32(tcc_group_id.z) * 25 + r6) * 73 + c6;
        let i1_102: i32 = lin_102 / 73;
        let i2_102: i32 = lin_102 % 73;
        let v_652: f32 = in_w_1[i2_102];
        let v_653: f32 = acc6_6 + v_652;
        out_tanh[lin_102] = tcc_tanh(v_653);
    }
    if ((r6 < 25) && (c7 < 73)) {
        let lin_103: i32 = (i32(tcc_group_id.z) * 25 + r6) * 73 + c7;
        let i1_103: i32 = lin_103 / 73;
        let i2_103: i32 = lin_103 % 73;
        let v_654: f32 = in_w_1[i2_103];
        let v_655: f32 = acc6_7 + v_654;
        out_tanh[lin_103] = tcc_tanh(v_655);
    }
    if ((r6 < 25) && (c8 < 73)) {
        let lin_104: i32 = (i32(tcc_group_id.z) * 25 + r6) * 73 + c8;
        let i1_104: i32 = lin_104 / 73;
        let i2_104: i32 = lin_104 % 73;
        let v_656: f32 = in_w_1[i2_104];
        let v_657: f32 = acc6_8 + v_656;
        out_tanh[lin_104] = tcc_tanh(v_657);
    }
    if ((r6 < 25) && (c9 < 73)) {
        let lin_105: i32 = (i32(tcc_group_id.z) * 25 + r6) * 73 + c9;
        let i1_105: i32 = lin_105 / 73;
        let i2_105: i32 = lin_105 % 73;
        let v_658: f32 = in_w_1[i2_105];
        let v_659: f32 = acc6_9 + v_658;
        out_tanh[lin_105] = tcc_tanh(v_659);
    }
    if ((r6 < 25) && (c10 < 73)) {
        let lin_106: i32 = (i32(tcc_group_id.z) * 25 + r6) * 73 + c10;
        let i1_106: i32 = lin_106 / 73;
        let i2_106: i32 = lin_106 % 73;
        let v_660: f32 = in_w_1[i2_106];
        let v_661: f32 = acc6_10 + v_660;
        out_tanh[lin_106] = tcc_tanh(v_661);
    }
    if ((r6 < 25) && (c11 < 73)) {
        let lin_107: i32 = (i32(tcc_group_id.z) * 25 + r6) * 73 + c11;
        let i1_107: i32 = lin_107 / 73;
        let i2_107: i32 = lin_107 % 73;
        let v_662: f32 = in_w_1[i2_107];
        let v_663: f32 = acc6_11 + v_662;
        out_tanh[lin_107] = tcc_tanh(v_663);
    }
    if ((r6 < 25) && (c12 < 73)) {
        let lin_108: i32 = (i32(tcc_group_id.z) * 25 + r6) * 73 + c12;
        let i1_108: i32 = lin_108 / 73;
        let i2_108: i32 = lin_108 % 73;
        let v_664: f32 = in_w_1[i2_108];
        let v_665: f32 = acc6_12 + v_664;
        out_tanh[lin_108] = tcc_tanh(v_665);
    }
    if ((r6 < 25) && (c13 < 73)) {
        let lin_109: i32 = (i32(tcc_group_id.z) * 25 + r6) * 73 + c13;
        let i1_109: i32 = lin_109 / 73;
        let i2_109: i32 = lin_109 % 73;
        let v_666: f32 = in_w_1[i2_109];
        let v_667: f32 = acc6_13 + v_666;
        out_tanh[lin_109] = tcc_tanh(v_667);
    }
    if ((r6 < 25) && (c14 < 73)) {
        let lin_110: i32 = (i32(tcc_group_id.z) * 25 + r6) * 73 + c14;
        let i1_110: i32 = lin_110 / 73;
        let i2_110: i32 = lin_110 % 73;
        let v_668: f32 = in_w_1[i2_110];
        let v_669: f32 = acc6_14 + v_668;
        out_tanh[lin_110] = tcc_tanh(v_669);
    }
    if ((r6 < 25) && (c15 < 73)) {
        let lin_111: i32 = (i32(tcc_group_id.z) * 25 + r6) * 73 + c15;
        let i1_111: i32 = lin_111 / 73;
        let i2_111: i32 = lin_111 % 73;
        let v_670: f32 = in_w_1[i2_111];
        let v_671: f32 = acc6_15 + v_670;
        out_tanh[lin_111] = tcc_tanh(v_671);
    }
    if ((r7 < 25) && (c0 < 73)) {
        let lin_112: i32 = (i32(tcc_group_id.z) * 25 + r7) * 73 + c0;
        let i1_112: i32 = lin_112 / 73;
        let i2_112: i32 = lin_112 % 73;
        let v_672: f32 = in_w_1[i2_112];
        let v_673: f32 = acc7_0 + v_672;
        out_tanh[lin_112] = tcc_tanh(v_673);
    }
    if ((r7 < 25) && (c1 < 73)) {
        let lin_113: i32 = (i32(tcc_group_id.z) * 25 + r7) * 73 + c1;
        let i1_113: i32 = lin_113 / 73;
        let i2_113: i32 = lin_113 % 73;
        let v_674: f32 = in_w_1[i2_113];
        let v_675: f32 = acc7_1 + v_674;
        out_tanh[lin_113] = tcc_tanh(v_675);
    }
    if ((r7 < 25) && (c2 < 73)) {
        let lin_114: i32 = (i32(tcc_group_id.z) * 25 + r7) * 73 + c2;
        let i1_114: i32 = lin_114 / 73;
        let i2_114: i32 = lin_114 % 73;
        let v_676: f32 = in_w_1[i2_114];
        let v_677: f32 = acc7_2 + v_676;
        out_tanh[lin_114] = tcc_tanh(v_677);
    }
    if ((r7 < 25) && (c3 < 73)) {
        let lin_115: i32 = (i32(tcc_group_id.z) * 25 + r7) * 73 + c3;
        let i1_115: i32 = lin_115 / 73;
        let i2_115: i32 = lin_115 % 73;
        let v_678: f32 = in_w_1[i2_115];
        let v_679: f32 = acc7_3 + v_678;
        out_tanh[lin_115] = tcc_tanh(v_679);
    }
    if ((r7 < 25) && (c4 < 73)) {
        let lin_116: i32 = (i32(tcc_group_id.z) * 25 + r7) * 73 + c4;
        let i1_116: i32 = lin_116 / 73;
        let i2_116: i32 = lin_116 % 73;
        let v_680: f32 = in_w_1[i2_116];
        let v_681: f32 = acc7_4 + v_680;
        out_tanh[lin_116] = tcc_tanh(v_681);
    }
    if ((r7 < 25) && (c5 < 73)) {
        let lin_117: i32 = (i32(tcc_group_id.z) * 25 + r7) * 73 + c5;
        let i1_117: i32 = lin_117 / 73;
        let i2_117: i32 = lin_117 % 73;
        let v_682: f32 = in_w_1[i2_117];
        let v_683: f32 = acc7_5 + v_682;
        out_tanh[lin_117] = tcc_tanh(v_683);
    }
    if ((r7 < 25) && (c6 < 73)) {
        let lin_118: i32 = (i32(tcc_group_id.z) * 25 + r7) * 73 + c6;
        let i1_118: i32 = lin_118 / 73;
        let i2_118: i32 = lin_118 % 73;
        let v_684: f32 = in_w_1[i2_118];
        let v_685: f32 = acc7_6 + v_684;
        out_tanh[lin_118] = tcc_tanh(v_685);
    }
    if ((r7 < 25) && (c7 < 73)) {
        let lin_119: i32 = (i32(tcc_group_id.z) * 25 + r7) * 73 + c7;
        let i1_119: i32 = lin_119 / 73;
        let i2_119: i32 = lin_119 % 73;
        let v_686: f32 = in_w_1[i2_119];
        let v_687: f32 = acc7_7 + v_686;
        out_tanh[lin_119] = tcc_tanh(v_687);
    }
    if ((r7 < 25) && (c8 < 73)) {
        let lin_120: i32 = (i32(tcc_group_id.z) * 25 + r7) * 73 + c8;
        let i1_120: i32 = lin_120 / 73;
        let i2_120: i32 = lin_120 % 73;
        let v_688: f32 = in_w_1[i2_120];
        let v_689: f32 = acc7_8 + v_688;
        out_tanh[lin_120] = tcc_tanh(v_689);
    }
    if ((r7 < 25) && (c9 < 73)) {
        let lin_121: i32 = (i32(tcc_group_id.z) * 25 + r7) * 73 + c9;
        let i1_121: i32 = lin_121 / 73;
        let i2_121: i32 = lin_121 % 73;
        let v_690: f32 = in_w_1[i2_121];
        let v_691: f32 = acc7_9 + v_690;
        out_tanh[lin_121] = tcc_tanh(v_691);
    }
    if ((r7 < 25) && (c10 < 73)) {
        let lin_122: i32 = (i32(tcc_group_id.z) * 25 + r7) * 73 + c10;
        let i1_122: i32 = lin_122 / 73;
        let i2_122: i32 = lin_122 % 73;
        let v_692: f32 = in_w_1[i2_122];
        let v_693: f32 = acc7_10 + v_692;
        out_tanh[lin_122] = tcc_tanh(v_693);
    }
    if ((r7 < 25) && (c11 < 73)) {
        let lin_123: i32 = (i32(tcc_group_id.z) * 25 + r7) * 73 + c11;
        let i1_123: i32 = lin_123 / 73;
        let i2_123: i32 = lin_123 % 73;
        let v_694: f32 = in_w_1[i2_123];
        let v_695: f32 = acc7_11 + v_694;
        out_tanh[lin_123] = tcc_tanh(v_695);
    }
    if ((r7 < 25) && (c12 < 73)) {
        let lin_124: i32 = (i32(tcc_group_id.z) * 25 + r7) * 73 + c12;
        let i1_124: i32 = lin_124 / 73;
        let i2_124: i32 = lin_124 % 73;
        let v_696: f32 = in_w_1[i2_124];
        let v_697: f32 = acc7_12 + v_696;
        out_tanh[lin_124] = tcc_tanh(v_697);
    }
    if ((r7 < 25) && (c13 < 73)) {
        let lin_125: i32 = (i32(tcc_group_id.z) * 25 + r7) * 73 + c13;
        let i1_125: i32 = lin_125 / 73;
        let i2_125: i32 = lin_125 % 73;
        let v_698: f32 = in_w_1[i2_125];
        let v_699: f32 = acc7_13 + v_698;
        out_tanh[lin_125] = tcc_tanh(v_699);
    }
    if ((r7 < 25) && (c14 < 73)) {
        let lin_126: i32 = (i32(tcc_group_id.z) * 25 + r7) * 73 + c14;
        let i1_126: i32 = lin_126 / 73;
        let i2_126: i32 = lin_126 % 73;
        let v_700: f32 = in_w_1[i2_126];
        let v_701: f32 = acc7_14 + v_700;
        out_tanh[lin_126] = tcc_tanh(v_701);
    }
    if ((r7 < 25) && (c15 < 73)) {
        let lin_127: i32 = (i32(tcc_group_id.z) * 25 + r7) * 73 + c15;
        let i1_127: i32 = lin_127 / 73;
        let i2_127: i32 = lin_127 % 73;
        let v_702: f32 = in_w_1[i2_127];
        let v_703: f32 = acc7_15 + v_702;
        out_tanh[lin_127] = tcc_tanh(v_703);
    }
}
