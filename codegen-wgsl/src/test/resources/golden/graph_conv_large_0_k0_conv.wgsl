@group(0) @binding(0) var<storage, read> in_x: array<f32>;
@group(0) @binding(1) var<storage, read> in_w: array<f32>;
@group(0) @binding(2) var<storage, read> in_w_1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out_mul: array<f32>;

var<workgroup> tile_b: array<f32, 1024>;

@compute @workgroup_size(4, 4, 1)
fn k0_conv(@builtin(local_invocation_id) tcc_local_id: vec3<u32>, @builtin(workgroup_id) tcc_group_id: vec3<u32>)
{
    let row0: i32 = i32(tcc_group_id.y) * 32;
    let col0: i32 = i32(tcc_group_id.x) * 64;
    let slot: i32 = i32(tcc_local_id.y) * 4 + i32(tcc_local_id.x);
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
    for (var k0: i32 = 0; k0 < 81; k0 += 16) {
        {
            let sr: i32 = slot / 64;
            let sc: i32 = slot % 64;
            let si: i32 = k0 + sr;
            let sj: i32 = col0 + sc;
            let i0: i32 = si / 9;
            let i1: i32 = si / 3 % 3;
            let i2: i32 = si % 3;
            let i0_1: i32 = sj / 11;
            let i1_1: i32 = sj % 11;
            let x0: i32 = i0_1 + i1 - 1;
            let x1: i32 = i1_1 + i2 - 1;
            var v: f32 = 0.0;
            if ((si < 81) && (sj < 110) && ((x0 >= 0) && (x0 < 10) && ((x1 >= 0) && (x1 < 11)))) {
                let v_1: f32 = in_x[i0 * 110 + x0 * 11 + x1];
                v = v_1;
            }
            tile_b[sr * 64 + sc] = v;
        }
        let idx: i32 = slot + 16;
        {
            let sr_1: i32 = idx / 64;
            let sc_1: i32 = idx % 64;
            let si_1: i32 = k0 + sr_1;
            let sj_1: i32 = col0 + sc_1;
            let i0_2: i32 = si_1 / 9;
            let i1_2: i32 = si_1 / 3 % 3;
            let i2_1: i32 = si_1 % 3;
            let i0_3: i32 = sj_1 / 11;
            let i1_3: i32 = sj_1 % 11;
            let x0_1: i32 = i0_3 + i1_2 - 1;
            let x1_1: i32 = i1_3 + i2_1 - 1;
            var v_2: f32 = 0.0;
            if ((si_1 < 81) && (sj_1 < 110) && ((x0_1 >= 0) && (x0_1 < 10) && ((x1_1 >= 0) && (x1_1 < 11)))) {
                let v_3: f32 = in_x[i0_2 * 110 + x0_1 * 11 + x1_1];
                v_2 = v_3;
            }
            tile_b[sr_1 * 64 + sc_1] = v_2;
        }
        let idx_1: i32 = slot + 32;
        {
            let sr_2: i32 = idx_1 / 64;
            let sc_2: i32 = idx_1 % 64;
            let si_2: i32 = k0 + sr_2;
            let sj_2: i32 = col0 + sc_2;
            let i0_4: i32 = si_2 / 9;
            let i1_4: i32 = si_2 / 3 % 3;
            let i2_2: i32 = si_2 % 3;
            let i0_5: i32 = sj_2 / 11;
            let i1_5: i32 = sj_2 % 11;
            let x0_2: i32 = i0_5 + i1_4 - 1;
            let x1_2: i32 = i1_5 + i2_2 - 1;
            var v_4: f32 = 0.0;
            if ((si_2 < 81) && (sj_2 < 110) && ((x0_2 >= 0) && (x0_2 < 10) && ((x1_2 >= 0) && (x1_2 < 11)))) {
                let v_5: f32 = in_x[i0_4 * 110 + x0_2 * 11 + x1_2];
                v_4 = v_5;
            }
            tile_b[sr_2 * 64 + sc_2] = v_4;
        }
        let idx_2: i32 = slot + 48;
        {
            let sr_3: i32 = idx_2 / 64;
            let sc_3: i32 = idx_2 % 64;
            let si_3: i32 = k0 + sr_3;
            let sj_3: i32 = col0 + sc_3;
            let i0_6: i32 = si_3 / 9;
            let i1_6: i32 = si_3 / 3 % 3;
            let i2_3: i32 = si_3 % 3;
            let i0_7: i32 = sj_3 / 11;
            let i1_7: i32 = sj_3 % 11;
            let x0_3: i32 = i0_7 + i1_6 - 1;
            let x1_3: i32 = i1_7 + i2_3 - 1;
            var v_6: f32 = 0.0;
            if ((si_3 < 81) && (sj_3 < 110) && ((x0_3 >= 0) && (x0_3 < 10) && ((x1_3 >= 0) && (x1_3 < 11)))) {
                let v_7: f32 = in_x[i0_6 * 110 + x0_3 * 11 + x1_3];
                v_6 = v_7;
            }
            tile_b[sr_3 * 64 + sc_3] = v_6;
        }
        let idx_3: i32 = slot + 64;
        {
            let sr_4: i32 = idx_3 / 64;
            let sc_4: i32 = idx_3 % 64;
            let si_4: i32 = k0 + sr_4;
            let sj_4: i32 = col0 + sc_4;
            let i0_8: i32 = si_4 / 9;
            let i1_8: i32 = si_4 / 3 % 3;
            let i2_4: i32 = si_4 % 3;
            let i0_9: i32 = sj_4 / 11;
            let i1_9: i32 = sj_4 % 11;
            let x0_4: i32 = i0_9 + i1_8 - 1;
            let x1_4: i32 = i1_9 + i2_4 - 1;
            var v_8: f32 = 0.0;
            if ((si_4 < 81) && (sj_4 < 110) && ((x0_4 >= 0) && (x0_4 < 10) && ((x1_4 >= 0) && (x1_4 < 11)))) {
                let v_9: f32 = in_x[i0_8 * 110 + x0_4 * 11 + x1_4];
                v_8 = v_9;
            }
            tile_b[sr_4 * 64 + sc_4] = v_8;
        }
        let idx_4: i32 = slot + 80;
        {
            let sr_5: i32 = idx_4 / 64;
            let sc_5: i32 = idx_4 % 64;
            let si_5: i32 = k0 + sr_5;
            let sj_5: i32 = col0 + sc_5;
            let i0_10: i32 = si_5 / 9;
            let i1_10: i32 = si_5 / 3 % 3;
            let i2_5: i32 = si_5 % 3;
            let i0_11: i32 = sj_5 / 11;
            let i1_11: i32 = sj_5 % 11;
            let x0_5: i32 = i0_11 + i1_10 - 1;
            let x1_5: i32 = i1_11 + i2_5 - 1;
            var v_10: f32 = 0.0;
            if ((si_5 < 81) && (sj_5 < 110) && ((x0_5 >= 0) && (x0_5 < 10) && ((x1_5 >= 0) && (x1_5 < 11)))) {
                let v_11: f32 = in_x[i0_10 * 110 + x0_5 * 11 + x1_5];
                v_10 = v_11;
            }
            tile_b[sr_5 * 64 + sc_5] = v_10;
        }
        let idx_5: i32 = slot + 96;
        {
            let sr_6: i32 = idx_5 / 64;
            let sc_6: i32 = idx_5 % 64;
            let si_6: i32 = k0 + sr_6;
            let sj_6: i32 = col0 + sc_6;
            let i0_12: i32 = si_6 / 9;
            let i1_12: i32 = si_6 / 3 % 3;
            let i2_6: i32 = si_6 % 3;
            let i0_13: i32 = sj_6 / 11;
            let i1_13: i32 = sj_6 % 11;
            let x0_6: i32 = i0_13 + i1_12 - 1;
            let x1_6: i32 = i1_13 + i2_6 - 1;
            var v_12: f32 = 0.0;
            if ((si_6 < 81) && (sj_6 < 110) && ((x0_6 >= 0) && (x0_6 < 10) && ((x1_6 >= 0) && (x1_6 < 11)))) {
                let v_13: f32 = in_x[i0_12 * 110 + x0_6 * 11 + x1_6];
                v_12 = v_13;
            }
            tile_b[sr_6 * 64 + sc_6] = v_12;
        }
        let idx_6: i32 = slot + 112;
        {
            let sr_7: i32 = idx_6 / 64;
            let sc_7: i32 = idx_6 % 64;
            let si_7: i32 = k0 + sr_7;
            let sj_7: i32 = col0 + sc_7;
            let i0_14: i32 = si_7 / 9;
            let i1_14: i32 = si_7 / 3 % 3;
            let i2_7: i32 = si_7 % 3;
            let i0_15: i32 = sj_7 / 11;
            let i1_15: i32 = sj_7 % 11;
            let x0_7: i32 = i0_15 + i1_14 - 1;
            let x1_7: i32 = i1_15 + i2_7 - 1;
            var v_14: f32 = 0.0;
            if ((si_7 < 81) && (sj_7 < 110) && ((x0_7 >= 0) && (x0_7 < 10) && ((x1_7 >= 0) && (x1_7 < 11)))) {
                let v_15: f32 = in_x[i0_14 * 110 + x0_7 * 11 + x1_7];
                v_14 = v_15;
            }
            tile_b[sr_7 * 64 + sc_7] = v_14;
        }
        let idx_7: i32 = slot + 128;
        {
            let sr_8: i32 = idx_7 / 64;
            let sc_8: i32 = idx_7 % 64;
            let si_8: i32 = k0 + sr_8;
            let sj_8: i32 = col0 + sc_8;
            let i0_16: i32 = si_8 / 9;
            let i1_16: i32 = si_8 / 3 % 3;
            let i2_8: i32 = si_8 % 3;
            let i0_17: i32 = sj_8 / 11;
            let i1_17: i32 = sj_8 % 11;
            let x0_8: i32 = i0_17 + i1_16 - 1;
            let x1_8: i32 = i1_17 + i2_8 - 1;
            var v_16: f32 = 0.0;
            if ((si_8 < 81) && (sj_8 < 110) && ((x0_8 >= 0) && (x0_8 < 10) && ((x1_8 >= 0) && (x1_8 < 11)))) {
                let v_17: f32 = in_x[i0_16 * 110 + x0_8 * 11 + x1_8];
                v_16 = v_17;
            }
            tile_b[sr_8 * 64 + sc_8] = v_16;
        }
        let idx_8: i32 = slot + 144;
        {
            let sr_9: i32 = idx_8 / 64;
            let sc_9: i32 = idx_8 % 64;
            let si_9: i32 = k0 + sr_9;
            let sj_9: i32 = col0 + sc_9;
            let i0_18: i32 = si_9 / 9;
            let i1_18: i32 = si_9 / 3 % 3;
            let i2_9: i32 = si_9 % 3;
            let i0_19: i32 = sj_9 / 11;
            let i1_19: i32 = sj_9 % 11;
            let x0_9: i32 = i0_19 + i1_18 - 1;
            let x1_9: i32 = i1_19 + i2_9 - 1;
            var v_18: f32 = 0.0;
            if ((si_9 < 81) && (sj_9 < 110) && ((x0_9 >= 0) && (x0_9 < 10) && ((x1_9 >= 0) && (x1_9 < 11)))) {
                let v_19: f32 = in_x[i0_18 * 110 + x0_9 * 11 + x1_9];
                v_18 = v_19;
            }
            tile_b[sr_9 * 64 + sc_9] = v_18;
        }
        let idx_9: i32 = slot + 160;
        {
            let sr_10: i32 = idx_9 / 64;
            let sc_10: i32 = idx_9 % 64;
            let si_10: i32 = k0 + sr_10;
            let sj_10: i32 = col0 + sc_10;
            let i0_20: i32 = si_10 / 9;
            let i1_20: i32 = si_10 / 3 % 3;
            let i2_10: i32 = si_10 % 3;
            let i0_21: i32 = sj_10 / 11;
            let i1_21: i32 = sj_10 % 11;
            let x0_10: i32 = i0_21 + i1_20 - 1;
            let x1_10: i32 = i1_21 + i2_10 - 1;
            var v_20: f32 = 0.0;
            if ((si_10 < 81) && (sj_10 < 110) && ((x0_10 >= 0) && (x0_10 < 10) && ((x1_10 >= 0) && (x1_10 < 11)))) {
                let v_21: f32 = in_x[i0_20 * 110 + x0_10 * 11 + x1_10];
                v_20 = v_21;
            }
            tile_b[sr_10 * 64 + sc_10] = v_20;
        }
        let idx_10: i32 = slot + 176;
        {
            let sr_11: i32 = idx_10 / 64;
            let sc_11: i32 = idx_10 % 64;
            let si_11: i32 = k0 + sr_11;
            let sj_11: i32 = col0 + sc_11;
            let i0_22: i32 = si_11 / 9;
            let i1_22: i32 = si_11 / 3 % 3;
            let i2_11: i32 = si_11 % 3;
            let i0_23: i32 = sj_11 / 11;
            let i1_23: i32 = sj_11 % 11;
            let x0_11: i32 = i0_23 + i1_22 - 1;
            let x1_11: i32 = i1_23 + i2_11 - 1;
            var v_22: f32 = 0.0;
            if ((si_11 < 81) && (sj_11 < 110) && ((x0_11 >= 0) && (x0_11 < 10) && ((x1_11 >= 0) && (x1_11 < 11)))) {
                let v_23: f32 = in_x[i0_22 * 110 + x0_11 * 11 + x1_11];
                v_22 = v_23;
            }
            tile_b[sr_11 * 64 + sc_11] = v_22;
        }
        let idx_11: i32 = slot + 192;
        {
            let sr_12: i32 = idx_11 / 64;
            let sc_12: i32 = idx_11 % 64;
            let si_12: i32 = k0 + sr_12;
            let sj_12: i32 = col0 + sc_12;
            let i0_24: i32 = si_12 / 9;
            let i1_24: i32 = si_12 / 3 % 3;
            let i2_12: i32 = si_12 % 3;
            let i0_25: i32 = sj_12 / 11;
            let i1_25: i32 = sj_12 % 11;
            let x0_12: i32 = i0_25 + i1_24 - 1;
            let x1_12: i32 = i1_25 + i2_12 - 1;
            var v_24: f32 = 0.0;
            if ((si_12 < 81) && (sj_12 < 110) && ((x0_12 >= 0) && (x0_12 < 10) && ((x1_12 >= 0) && (x1_12 < 11)))) {
                let v_25: f32 = in_x[i0_24 * 110 + x0_12 * 11 + x1_12];
                v_24 = v_25;
            }
            tile_b[sr_12 * 64 + sc_12] = v_24;
        }
        let idx_12: i32 = slot + 208;
        {
            let sr_13: i32 = idx_12 / 64;
            let sc_13: i32 = idx_12 % 64;
            let si_13: i32 = k0 + sr_13;
            let sj_13: i32 = col0 + sc_13;
            let i0_26: i32 = si_13 / 9;
            let i1_26: i32 = si_13 / 3 % 3;
            let i2_13: i32 = si_13 % 3;
            let i0_27: i32 = sj_13 / 11;
            let i1_27: i32 = sj_13 % 11;
            let x0_13: i32 = i0_27 + i1_26 - 1;
            let x1_13: i32 = i1_27 + i2_13 - 1;
            var v_26: f32 = 0.0;
            if ((si_13 < 81) && (sj_13 < 110) && ((x0_13 >= 0) && (x0_13 < 10) && ((x1_13 >= 0) && (x1_13 < 11)))) {
                let v_27: f32 = in_x[i0_26 * 110 + x0_13 * 11 + x1_13];
                v_26 = v_27;
            }
            tile_b[sr_13 * 64 + sc_13] = v_26;
        }
        let idx_13: i32 = slot + 224;
        {
            let sr_14: i32 = idx_13 / 64;
            let sc_14: i32 = idx_13 % 64;
            let si_14: i32 = k0 + sr_14;
            let sj_14: i32 = col0 + sc_14;
            let i0_28: i32 = si_14 / 9;
            let i1_28: i32 = si_14 / 3 % 3;
            let i2_14: i32 = si_14 % 3;
            let i0_29: i32 = sj_14 / 11;
            let i1_29: i32 = sj_14 % 11;
            let x0_14: i32 = i0_29 + i1_28 - 1;
            let x1_14: i32 = i1_29 + i2_14 - 1;
            var v_28: f32 = 0.0;
            if ((si_14 < 81) && (sj_14 < 110) && ((x0_14 >= 0) && (x0_14 < 10) && ((x1_14 >= 0) && (x1_14 < 11)))) {
                let v_29: f32 = in_x[i0_28 * 110 + x0_14 * 11 + x1_14];
                v_28 = v_29;
            }
            tile_b[sr_14 * 64 + sc_14] = v_28;
        }
        let idx_14: i32 = slot + 240;
        {
            let sr_15: i32 = idx_14 / 64;
            let sc_15: i32 = idx_14 % 64;
            let si_15: i32 = k0 + sr_15;
            let sj_15: i32 = col0 + sc_15;
            let i0_30: i32 = si_15 / 9;
            let i1_30: i32 = si_15 / 3 % 3;
            let i2_15: i32 = si_15 % 3;
            let i0_31: i32 = sj_15 / 11;
            let i1_31: i32 = sj_15 % 11;
            let x0_15: i32 = i0_31 + i1_30 - 1;
            let x1_15: i32 = i1_31 + i2_15 - 1;
            var v_30: f32 = 0.0;
            if ((si_15 < 81) && (sj_15 < 110) && ((x0_15 >= 0) && (x0_15 < 10) && ((x1_15 >= 0) && (x1_15 < 11)))) {
                let v_31: f32 = in_x[i0_30 * 110 + x0_15 * 11 + x1_15];
                v_30 = v_31;
            }
            tile_b[sr_15 * 64 + sc_15] = v_30;
        }
        let idx_15: i32 = slot + 256;
        {
            let sr_16: i32 = idx_15 / 64;
            let sc_16: i32 = idx_15 % 64;
            let si_16: i32 = k0 + sr_16;
            let sj_16: i32 = col0 + sc_16;
            let i0_32: i32 = si_16 / 9;
            let i1_32: i32 = si_16 / 3 % 3;
            let i2_16: i32 = si_16 % 3;
            let i0_33: i32 = sj_16 / 11;
            let i1_33: i32 = sj_16 % 11;
            let x0_16: i32 = i0_33 + i1_32 - 1;
            let x1_16: i32 = i1_33 + i2_16 - 1;
            var v_32: f32 = 0.0;
            if ((si_16 < 81) && (sj_16 < 110) && ((x0_16 >= 0) && (x0_16 < 10) && ((x1_16 >= 0) && (x1_16 < 11)))) {
                let v_33: f32 = in_x[i0_32 * 110 + x0_16 * 11 + x1_16];
                v_32 = v_33;
            }
            tile_b[sr_16 * 64 + sc_16] = v_32;
        }
        let idx_16: i32 = slot + 272;
        {
            let sr_17: i32 = idx_16 / 64;
            let sc_17: i32 = idx_16 % 64;
            let si_17: i32 = k0 + sr_17;
            let sj_17: i32 = col0 + sc_17;
            let i0_34: i32 = si_17 / 9;
            let i1_34: i32 = si_17 / 3 % 3;
            let i2_17: i32 = si_17 % 3;
            let i0_35: i32 = sj_17 / 11;
            let i1_35: i32 = sj_17 % 11;
            let x0_17: i32 = i0_35 + i1_34 - 1;
            let x1_17: i32 = i1_35 + i2_17 - 1;
            var v_34: f32 = 0.0;
            if ((si_17 < 81) && (sj_17 < 110) && ((x0_17 >= 0) && (x0_17 < 10) && ((x1_17 >= 0) && (x1_17 < 11)))) {
                let v_35: f32 = in_x[i0_34 * 110 + x0_17 * 11 + x1_17];
                v_34 = v_35;
            }
            tile_b[sr_17 * 64 + sc_17] = v_34;
        }
        let idx_17: i32 = slot + 288;
        {
            let sr_18: i32 = idx_17 / 64;
            let sc_18: i32 = idx_17 % 64;
            let si_18: i32 = k0 + sr_18;
            let sj_18: i32 = col0 + sc_18;
            let i0_36: i32 = si_18 / 9;
            let i1_36: i32 = si_18 / 3 % 3;
            let i2_18: i32 = si_18 % 3;
            let i0_37: i32 = sj_18 / 11;
            let i1_37: i32 = sj_18 % 11;
            let x0_18: i32 = i0_37 + i1_36 - 1;
            let x1_18: i32 = i1_37 + i2_18 - 1;
            var v_36: f32 = 0.0;
            if ((si_18 < 81) && (sj_18 < 110) && ((x0_18 >= 0) && (x0_18 < 10) && ((x1_18 >= 0) && (x1_18 < 11)))) {
                let v_37: f32 = in_x[i0_36 * 110 + x0_18 * 11 + x1_18];
                v_36 = v_37;
            }
            tile_b[sr_18 * 64 + sc_18] = v_36;
        }
        let idx_18: i32 = slot + 304;
        {
            let sr_19: i32 = idx_18 / 64;
            let sc_19: i32 = idx_18 % 64;
            let si_19: i32 = k0 + sr_19;
            let sj_19: i32 = col0 + sc_19;
            let i0_38: i32 = si_19 / 9;
            let i1_38: i32 = si_19 / 3 % 3;
            let i2_19: i32 = si_19 % 3;
            let i0_39: i32 = sj_19 / 11;
            let i1_39: i32 = sj_19 % 11;
            let x0_19: i32 = i0_39 + i1_38 - 1;
            let x1_19: i32 = i1_39 + i2_19 - 1;
            var v_38: f32 = 0.0;
            if ((si_19 < 81) && (sj_19 < 110) && ((x0_19 >= 0) && (x0_19 < 10) && ((x1_19 >= 0) && (x1_19 < 11)))) {
                let v_39: f32 = in_x[i0_38 * 110 + x0_19 * 11 + x1_19];
                v_38 = v_39;
            }
            tile_b[sr_19 * 64 + sc_19] = v_38;
        }
        let idx_19: i32 = slot + 320;
        {
            let sr_20: i32 = idx_19 / 64;
            let sc_20: i32 = idx_19 % 64;
            let si_20: i32 = k0 + sr_20;
            let sj_20: i32 = col0 + sc_20;
            let i0_40: i32 = si_20 / 9;
            let i1_40: i32 = si_20 / 3 % 3;
            let i2_20: i32 = si_20 % 3;
            let i0_41: i32 = sj_20 / 11;
            let i1_41: i32 = sj_20 % 11;
            let x0_20: i32 = i0_41 + i1_40 - 1;
            let x1_20: i32 = i1_41 + i2_20 - 1;
            var v_40: f32 = 0.0;
            if ((si_20 < 81) && (sj_20 < 110) && ((x0_20 >= 0) && (x0_20 < 10) && ((x1_20 >= 0) && (x1_20 < 11)))) {
                let v_41: f32 = in_x[i0_40 * 110 + x0_20 * 11 + x1_20];
                v_40 = v_41;
            }
            tile_b[sr_20 * 64 + sc_20] = v_40;
        }
        let idx_20: i32 = slot + 336;
        {
            let sr_21: i32 = idx_20 / 64;
            let sc_21: i32 = idx_20 % 64;
            let si_21: i32 = k0 + sr_21;
            let sj_21: i32 = col0 + sc_21;
            let i0_42: i32 = si_21 / 9;
            let i1_42: i32 = si_21 / 3 % 3;
            let i2_21: i32 = si_21 % 3;
            let i0_43: i32 = sj_21 / 11;
            let i1_43: i32 = sj_21 % 11;
            let x0_21: i32 = i0_43 + i1_42 - 1;
            let x1_21: i32 = i1_43 + i2_21 - 1;
            var v_42: f32 = 0.0;
            if ((si_21 < 81) && (sj_21 < 110) && ((x0_21 >= 0) && (x0_21 < 10) && ((x1_21 >= 0) && (x1_21 < 11)))) {
                let v_43: f32 = in_x[i0_42 * 110 + x0_21 * 11 + x1_21];
                v_42 = v_43;
            }
            tile_b[sr_21 * 64 + sc_21] = v_42;
        }
        let idx_21: i32 = slot + 352;
        {
            let sr_22: i32 = idx_21 / 64;
            let sc_22: i32 = idx_21 % 64;
            let si_22: i32 = k0 + sr_22;
            let sj_22: i32 = col0 + sc_22;
            let i0_44: i32 = si_22 / 9;
            let i1_44: i32 = si_22 / 3 % 3;
            let i2_22: i32 = si_22 % 3;
            let i0_45: i32 = sj_22 / 11;
            let i1_45: i32 = sj_22 % 11;
            let x0_22: i32 = i0_45 + i1_44 - 1;
            let x1_22: i32 = i1_45 + i2_22 - 1;
            var v_44: f32 = 0.0;
            if ((si_22 < 81) && (sj_22 < 110) && ((x0_22 >= 0) && (x0_22 < 10) && ((x1_22 >= 0) && (x1_22 < 11)))) {
                let v_45: f32 = in_x[i0_44 * 110 + x0_22 * 11 + x1_22];
                v_44 = v_45;
            }
            tile_b[sr_22 * 64 + sc_22] = v_44;
        }
        let idx_22: i32 = slot + 368;
        {
            let sr_23: i32 = idx_22 / 64;
            let sc_23: i32 = idx_22 % 64;
            let si_23: i32 = k0 + sr_23;
            let sj_23: i32 = col0 + sc_23;
            let i0_46: i32 = si_23 / 9;
            let i1_46: i32 = si_23 / 3 % 3;
            let i2_23: i32 = si_23 % 3;
            let i0_47: i32 = sj_23 / 11;
            let i1_47: i32 = sj_23 % 11;
            let x0_23: i32 = i0_47 + i1_46 - 1;
            let x1_23: i32 = i1_47 + i2_23 - 1;
            var v_46: f32 = 0.0;
            if ((si_23 < 81) && (sj_23 < 110) && ((x0_23 >= 0) && (x0_23 < 10) && ((x1_23 >= 0) && (x1_23 < 11)))) {
                let v_47: f32 = in_x[i0_46 * 110 + x0_23 * 11 + x1_23];
                v_46 = v_47;
            }
            tile_b[sr_23 * 64 + sc_23] = v_46;
        }
        let idx_23: i32 = slot + 384;
        {
            let sr_24: i32 = idx_23 / 64;
            let sc_24: i32 = idx_23 % 64;
            let si_24: i32 = k0 + sr_24;
            let sj_24: i32 = col0 + sc_24;
            let i0_48: i32 = si_24 / 9;
            let i1_48: i32 = si_24 / 3 % 3;
            let i2_24: i32 = si_24 % 3;
            let i0_49: i32 = sj_24 / 11;
            let i1_49: i32 = sj_24 % 11;
            let x0_24: i32 = i0_49 + i1_48 - 1;
            let x1_24: i32 = i1_49 + i2_24 - 1;
            var v_48: f32 = 0.0;
            if ((si_24 < 81) && (sj_24 < 110) && ((x0_24 >= 0) && (x0_24 < 10) && ((x1_24 >= 0) && (x1_24 < 11)))) {
                let v_49: f32 = in_x[i0_48 * 110 + x0_24 * 11 + x1_24];
                v_48 = v_49;
            }
            tile_b[sr_24 * 64 + sc_24] = v_48;
        }
        let idx_24: i32 = slot + 400;
        {
            let sr_25: i32 = idx_24 / 64;
            let sc_25: i32 = idx_24 % 64;
            let si_25: i32 = k0 + sr_25;
            let sj_25: i32 = col0 + sc_25;
            let i0_50: i32 = si_25 / 9;
            let i1_50: i32 = si_25 / 3 % 3;
            let i2_25: i32 = si_25 % 3;
            let i0_51: i32 = sj_25 / 11;
            let i1_51: i32 = sj_25 % 11;
            let x0_25: i32 = i0_51 + i1_50 - 1;
            let x1_25: i32 = i1_51 + i2_25 - 1;
            var v_50: f32 = 0.0;
            if ((si_25 < 81) && (sj_25 < 110) && ((x0_25 >= 0) && (x0_25 < 10) && ((x1_25 >= 0) && (x1_25 < 11)))) {
                let v_51: f32 = in_x[i0_50 * 110 + x0_25 * 11 + x1_25];
                v_50 = v_51;
            }
            tile_b[sr_25 * 64 + sc_25] = v_50;
        }
        let idx_25: i32 = slot + 416;
        {
            let sr_26: i32 = idx_25 / 64;
            let sc_26: i32 = idx_25 % 64;
            let si_26: i32 = k0 + sr_26;
            let sj_26: i32 = col0 + sc_26;
            let i0_52: i32 = si_26 / 9;
            let i1_52: i32 = si_26 / 3 % 3;
            let i2_26: i32 = si_26 % 3;
            let i0_53: i32 = sj_26 / 11;
            let i1_53: i32 = sj_26 % 11;
            let x0_26: i32 = i0_53 + i1_52 - 1;
            let x1_26: i32 = i1_53 + i2_26 - 1;
            var v_52: f32 = 0.0;
            if ((si_26 < 81) && (sj_26 < 110) && ((x0_26 >= 0) && (x0_26 < 10) && ((x1_26 >= 0) && (x1_26 < 11)))) {
                let v_53: f32 = in_x[i0_52 * 110 + x0_26 * 11 + x1_26];
                v_52 = v_53;
            }
            tile_b[sr_26 * 64 + sc_26] = v_52;
        }
        let idx_26: i32 = slot + 432;
        {
            let sr_27: i32 = idx_26 / 64;
            let sc_27: i32 = idx_26 % 64;
            let si_27: i32 = k0 + sr_27;
            let sj_27: i32 = col0 + sc_27;
            let i0_54: i32 = si_27 / 9;
            let i1_54: i32 = si_27 / 3 % 3;
            let i2_27: i32 = si_27 % 3;
            let i0_55: i32 = sj_27 / 11;
            let i1_55: i32 = sj_27 % 11;
            let x0_27: i32 = i0_55 + i1_54 - 1;
            let x1_27: i32 = i1_55 + i2_27 - 1;
            var v_54: f32 = 0.0;
            if ((si_27 < 81) && (sj_27 < 110) && ((x0_27 >= 0) && (x0_27 < 10) && ((x1_27 >= 0) && (x1_27 < 11)))) {
                let v_55: f32 = in_x[i0_54 * 110 + x0_27 * 11 + x1_27];
                v_54 = v_55;
            }
            tile_b[sr_27 * 64 + sc_27] = v_54;
        }
        let idx_27: i32 = slot + 448;
        {
            let sr_28: i32 = idx_27 / 64;
            let sc_28: i32 = idx_27 % 64;
            let si_28: i32 = k0 + sr_28;
            let sj_28: i32 = col0 + sc_28;
            let i0_56: i32 = si_28 / 9;
            let i1_56: i32 = si_28 / 3 % 3;
            let i2_28: i32 = si_28 % 3;
            let i0_57: i32 = sj_28 / 11;
            let i1_57: i32 = sj_28 % 11;
            let x0_28: i32 = i0_57 + i1_56 - 1;
            let x1_28: i32 = i1_57 + i2_28 - 1;
            var v_56: f32 = 0.0;
            if ((si_28 < 81) && (sj_28 < 110) && ((x0_28 >= 0) && (x0_28 < 10) && ((x1_28 >= 0) && (x1_28 < 11)))) {
                let v_57: f32 = in_x[i0_56 * 110 + x0_28 * 11 + x1_28];
                v_56 = v_57;
            }
            tile_b[sr_28 * 64 + sc_28] = v_56;
        }
        let idx_28: i32 = slot + 464;
        {
            let sr_29: i32 = idx_28 / 64;
            let sc_29: i32 = idx_28 % 64;
            let si_29: i32 = k0 + sr_29;
            let sj_29: i32 = col0 + sc_29;
            let i0_58: i32 = si_29 / 9;
            let i1_58: i32 = si_29 / 3 % 3;
            let i2_29: i32 = si_29 % 3;
            let i0_59: i32 = sj_29 / 11;
            let i1_59: i32 = sj_29 % 11;
            let x0_29: i32 = i0_59 + i1_58 - 1;
            let x1_29: i32 = i1_59 + i2_29 - 1;
            var v_58: f32 = 0.0;
            if ((si_29 < 81) && (sj_29 < 110) && ((x0_29 >= 0) && (x0_29 < 10) && ((x1_29 >= 0) && (x1_29 < 11)))) {
                let v_59: f32 = in_x[i0_58 * 110 + x0_29 * 11 + x1_29];
                v_58 = v_59;
            }
            tile_b[sr_29 * 64 + sc_29] = v_58;
        }
        let idx_29: i32 = slot + 480;
        {
            let sr_30: i32 = idx_29 / 64;
            let sc_30: i32 = idx_29 % 64;
            let si_30: i32 = k0 + sr_30;
            let sj_30: i32 = col0 + sc_30;
            let i0_60: i32 = si_30 / 9;
            let i1_60: i32 = si_30 / 3 % 3;
            let i2_30: i32 = si_30 % 3;
            let i0_61: i32 = sj_30 / 11;
            let i1_61: i32 = sj_30 % 11;
            let x0_30: i32 = i0_61 + i1_60 - 1;
            let x1_30: i32 = i1_61 + i2_30 - 1;
            var v_60: f32 = 0.0;
            if ((si_30 < 81) && (sj_30 < 110) && ((x0_30 >= 0) && (x0_30 < 10) && ((x1_30 >= 0) && (x1_30 < 11)))) {
                let v_61: f32 = in_x[i0_60 * 110 + x0_30 * 11 + x1_30];
                v_60 = v_61;
            }
            tile_b[sr_30 * 64 + sc_30] = v_60;
        }
        let idx_30: i32 = slot + 496;
        {
            let sr_31: i32 = idx_30 / 64;
            let sc_31: i32 = idx_30 % 64;
            let si_31: i32 = k0 + sr_31;
            let sj_31: i32 = col0 + sc_31;
            let i0_62: i32 = si_31 / 9;
            let i1_62: i32 = si_31 / 3 % 3;
            let i2_31: i32 = si_31 % 3;
            let i0_63: i32 = sj_31 / 11;
            let i1_63: i32 = sj_31 % 11;
            let x0_31: i32 = i0_63 + i1_62 - 1;
            let x1_31: i32 = i1_63 + i2_31 - 1;
            var v_62: f32 = 0.0;
            if ((si_31 < 81) && (sj_31 < 110) && ((x0_31 >= 0) && (x0_31 < 10) && ((x1_31 >= 0) && (x1_31 < 11)))) {
                let v_63: f32 = in_x[i0_62 * 110 + x0_31 * 11 + x1_31];
                v_62 = v_63;
            }
            tile_b[sr_31 * 64 + sc_31] = v_62;
        }
        let idx_31: i32 = slot + 512;
        {
            let sr_32: i32 = idx_31 / 64;
            let sc_32: i32 = idx_31 % 64;
            let si_32: i32 = k0 + sr_32;
            let sj_32: i32 = col0 + sc_32;
            let i0_64: i32 = si_32 / 9;
            let i1_64: i32 = si_32 / 3 % 3;
            let i2_32: i32 = si_32 % 3;
            let i0_65: i32 = sj_32 / 11;
            let i1_65: i32 = sj_32 % 11;
            let x0_32: i32 = i0_65 + i1_64 - 1;
            let x1_32: i32 = i1_65 + i2_32 - 1;
            var v_64: f32 = 0.0;
            if ((si_32 < 81) && (sj_32 < 110) && ((x0_32 >= 0) && (x0_32 < 10) && ((x1_32 >= 0) && (x1_32 < 11)))) {
                let v_65: f32 = in_x[i0_64 * 110 + x0_32 * 11 + x1_32];
                v_64 = v_65;
            }
            tile_b[sr_32 * 64 + sc_32] = v_64;
        }
        let idx_32: i32 = slot + 528;
        {
            let sr_33: i32 = idx_32 / 64;
            let sc_33: i32 = idx_32 % 64;
            let si_33: i32 = k0 + sr_33;
            let sj_33: i32 = col0 + sc_33;
            let i0_66: i32 = si_33 / 9;
            let i1_66: i32 = si_33 / 3 % 3;
            let i2_33: i32 = si_33 % 3;
            let i0_67: i32 = sj_33 / 11;
            let i1_67: i32 = sj_33 % 11;
            let x0_33: i32 = i0_67 + i1_66 - 1;
            let x1_33: i32 = i1_67 + i2_33 - 1;
            var v_66: f32 = 0.0;
            if ((si_33 < 81) && (sj_33 < 110) && ((x0_33 >= 0) && (x0_33 < 10) && ((x1_33 >= 0) && (x1_33 < 11)))) {
                let v_67: f32 = in_x[i0_66 * 110 + x0_33 * 11 + x1_33];
                v_66 = v_67;
            }
            tile_b[sr_33 * 64 + sc_33] = v_66;
        }
        let idx_33: i32 = slot + 544;
        {
            let sr_34: i32 = idx_33 / 64;
            let sc_34: i32 = idx_33 % 64;
            let si_34: i32 = k0 + sr_34;
            let sj_34: i32 = col0 + sc_34;
            let i0_68: i32 = si_34 / 9;
            let i1_68: i32 = si_34 / 3 % 3;
            let i2_34: i32 = si_34 % 3;
            let i0_69: i32 = sj_34 / 11;
            let i1_69: i32 = sj_34 % 11;
            let x0_34: i32 = i0_69 + i1_68 - 1;
            let x1_34: i32 = i1_69 + i2_34 - 1;
            var v_68: f32 = 0.0;
            if ((si_34 < 81) && (sj_34 < 110) && ((x0_34 >= 0) && (x0_34 < 10) && ((x1_34 >= 0) && (x1_34 < 11)))) {
                let v_69: f32 = in_x[i0_68 * 110 + x0_34 * 11 + x1_34];
                v_68 = v_69;
            }
            tile_b[sr_34 * 64 + sc_34] = v_68;
        }
        let idx_34: i32 = slot + 560;
        {
            let sr_35: i32 = idx_34 / 64;
            let sc_35: i32 = idx_34 % 64;
            let si_35: i32 = k0 + sr_35;
            let sj_35: i32 = col0 + sc_35;
            let i0_70: i32 = si_35 / 9;
            let i1_70: i32 = si_35 / 3 % 3;
            let i2_35: i32 = si_35 % 3;
            let i0_71: i32 = sj_35 / 11;
            let i1_71: i32 = sj_35 % 11;
            let x0_35: i32 = i0_71 + i1_70 - 1;
            let x1_35: i32 = i1_71 + i2_35 - 1;
            var v_70: f32 = 0.0;
            if ((si_35 < 81) && (sj_35 < 110) && ((x0_35 >= 0) && (x0_35 < 10) && ((x1_35 >= 0) && (x1_35 < 11)))) {
                let v_71: f32 = in_x[i0_70 * 110 + x0_35 * 11 + x1_35];
                v_70 = v_71;
            }
            tile_b[sr_35 * 64 + sc_35] = v_70;
        }
        let idx_35: i32 = slot + 576;
        {
            let sr_36: i32 = idx_35 / 64;
            let sc_36: i32 = idx_35 % 64;
            let si_36: i32 = k0 + sr_36;
            let sj_36: i32 = col0 + sc_36;
            let i0_72: i32 = si_36 / 9;
            let i1_72: i32 = si_36 / 3 % 3;
            let i2_36: i32 = si_36 % 3;
            let i0_73: i32 = sj_36 / 11;
            let i1_73: i32 = sj_36 % 11;
            let x0_36: i32 = i0_73 + i1_72 - 1;
            let x1_36: i32 = i1_73 + i2_36 - 1;
            var v_72: f32 = 0.0;
            if ((si_36 < 81) && (sj_36 < 110) && ((x0_36 >= 0) && (x0_36 < 10) && ((x1_36 >= 0) && (x1_36 < 11)))) {
                let v_73: f32 = in_x[i0_72 * 110 + x0_36 * 11 + x1_36];
                v_72 = v_73;
            }
            tile_b[sr_36 * 64 + sc_36] = v_72;
        }
        let idx_36: i32 = slot + 592;
        {
            let sr_37: i32 = idx_36 / 64;
            let sc_37: i32 = idx_36 % 64;
            let si_37: i32 = k0 + sr_37;
            let sj_37: i32 = col0 + sc_37;
            let i0_74: i32 = si_37 / 9;
            let i1_74: i32 = si_37 / 3 % 3;
            let i2_37: i32 = si_37 % 3;
            let i0_75: i32 = sj_37 / 11;
            let i1_75: i32 = sj_37 % 11;
            let x0_37: i32 = i0_75 + i1_74 - 1;
            let x1_37: i32 = i1_75 + i2_37 - 1;
            var v_74: f32 = 0.0;
            if ((si_37 < 81) && (sj_37 < 110) && ((x0_37 >= 0) && (x0_37 < 10) && ((x1_37 >= 0) && (x1_37 < 11)))) {
                let v_75: f32 = in_x[i0_74 * 110 + x0_37 * 11 + x1_37];
                v_74 = v_75;
            }
            tile_b[sr_37 * 64 + sc_37] = v_74;
        }
        let idx_37: i32 = slot + 608;
        {
            let sr_38: i32 = idx_37 / 64;
            let sc_38: i32 = idx_37 % 64;
            let si_38: i32 = k0 + sr_38;
            let sj_38: i32 = col0 + sc_38;
            let i0_76: i32 = si_38 / 9;
            let i1_76: i32 = si_38 / 3 % 3;
            let i2_38: i32 = si_38 % 3;
            let i0_77: i32 = sj_38 / 11;
            let i1_77: i32 = sj_38 % 11;
            let x0_38: i32 = i0_77 + i1_76 - 1;
            let x1_38: i32 = i1_77 + i2_38 - 1;
            var v_76: f32 = 0.0;
            if ((si_38 < 81) && (sj_38 < 110) && ((x0_38 >= 0) && (x0_38 < 10) && ((x1_38 >= 0) && (x1_38 < 11)))) {
                let v_77: f32 = in_x[i0_76 * 110 + x0_38 * 11 + x1_38];
                v_76 = v_77;
            }
            tile_b[sr_38 * 64 + sc_38] = v_76;
        }
        let idx_38: i32 = slot + 624;
        {
            let sr_39: i32 = idx_38 / 64;
            let sc_39: i32 = idx_38 % 64;
            let si_39: i32 = k0 + sr_39;
            let sj_39: i32 = col0 + sc_39;
            let i0_78: i32 = si_39 / 9;
            let i1_78: i32 = si_39 / 3 % 3;
            let i2_39: i32 = si_39 % 3;
            let i0_79: i32 = sj_39 / 11;
            let i1_79: i32 = sj_39 % 11;
            let x0_39: i32 = i0_79 + i1_78 - 1;
            let x1_39: i32 = i1_79 + i2_39 - 1;
            var v_78: f32 = 0.0;
            if ((si_39 < 81) && (sj_39 < 110) && ((x0_39 >= 0) && (x0_39 < 10) && ((x1_39 >= 0) && (x1_39 < 11)))) {
                let v_79: f32 = in_x[i0_78 * 110 + x0_39 * 11 + x1_39];
                v_78 = v_79;
            }
            tile_b[sr_39 * 64 + sc_39] = v_78;
        }
        let idx_39: i32 = slot + 640;
        {
            let sr_40: i32 = idx_39 / 64;
            let sc_40: i32 = idx_39 % 64;
            let si_40: i32 = k0 + sr_40;
            let sj_40: i32 = col0 + sc_40;
            let i0_80: i32 = si_40 / 9;
            let i1_80: i32 = si_40 / 3 % 3;
            let i2_40: i32 = si_40 % 3;
            let i0_81: i32 = sj_40 / 11;
            let i1_81: i32 = sj_40 % 11;
            let x0_40: i32 = i0_81 + i1_80 - 1;
            let x1_40: i32 = i1_81 + i2_40 - 1;
            var v_80: f32 = 0.0;
            if ((si_40 < 81) && (sj_40 < 110) && ((x0_40 >= 0) && (x0_40 < 10) && ((x1_40 >= 0) && (x1_40 < 11)))) {
                let v_81: f32 = in_x[i0_80 * 110 + x0_40 * 11 + x1_40];
                v_80 = v_81;
            }
            tile_b[sr_40 * 64 + sc_40] = v_80;
        }
        let idx_40: i32 = slot + 656;
        {
            let sr_41: i32 = idx_40 / 64;
            let sc_41: i32 = idx_40 % 64;
            let si_41: i32 = k0 + sr_41;
            let sj_41: i32 = col0 + sc_41;
            let i0_82: i32 = si_41 / 9;
            let i1_82: i32 = si_41 / 3 % 3;
            let i2_41: i32 = si_41 % 3;
            let i0_83: i32 = sj_41 / 11;
            let i1_83: i32 = sj_41 % 11;
            let x0_41: i32 = i0_83 + i1_82 - 1;
            let x1_41: i32 = i1_83 + i2_41 - 1;
            var v_82: f32 = 0.0;
            if ((si_41 < 81) && (sj_41 < 110) && ((x0_41 >= 0) && (x0_41 < 10) && ((x1_41 >= 0) && (x1_41 < 11)))) {
                let v_83: f32 = in_x[i0_82 * 110 + x0_41 * 11 + x1_41];
                v_82 = v_83;
            }
            tile_b[sr_41 * 64 + sc_41] = v_82;
        }
        let idx_41: i32 = slot + 672;
        {
            let sr_42: i32 = idx_41 / 64;
            let sc_42: i32 = idx_41 % 64;
            let si_42: i32 = k0 + sr_42;
            let sj_42: i32 = col0 + sc_42;
            let i0_84: i32 = si_42 / 9;
            let i1_84: i32 = si_42 / 3 % 3;
            let i2_42: i32 = si_42 % 3;
            let i0_85: i32 = sj_42 / 11;
            let i1_85: i32 = sj_42 % 11;
            let x0_42: i32 = i0_85 + i1_84 - 1;
            let x1_42: i32 = i1_85 + i2_42 - 1;
            var v_84: f32 = 0.0;
            if ((si_42 < 81) && (sj_42 < 110) && ((x0_42 >= 0) && (x0_42 < 10) && ((x1_42 >= 0) && (x1_42 < 11)))) {
                let v_85: f32 = in_x[i0_84 * 110 + x0_42 * 11 + x1_42];
                v_84 = v_85;
            }
            tile_b[sr_42 * 64 + sc_42] = v_84;
        }
        let idx_42: i32 = slot + 688;
        {
            let sr_43: i32 = idx_42 / 64;
            let sc_43: i32 = idx_42 % 64;
            let si_43: i32 = k0 + sr_43;
            let sj_43: i32 = col0 + sc_43;
            let i0_86: i32 = si_43 / 9;
            let i1_86: i32 = si_43 / 3 % 3;
            let i2_43: i32 = si_43 % 3;
            let i0_87: i32 = sj_43 / 11;
            let i1_87: i32 = sj_43 % 11;
            let x0_43: i32 = i0_87 + i1_86 - 1;
            let x1_43: i32 = i1_87 + i2_43 - 1;
            var v_86: f32 = 0.0;
            if ((si_43 < 81) && (sj_43 < 110) && ((x0_43 >= 0) && (x0_43 < 10) && ((x1_43 >= 0) && (x1_43 < 11)))) {
                let v_87: f32 = in_x[i0_86 * 110 + x0_43 * 11 + x1_43];
                v_86 = v_87;
            }
            tile_b[sr_43 * 64 + sc_43] = v_86;
        }
        let idx_43: i32 = slot + 704;
        {
            let sr_44: i32 = idx_43 / 64;
            let sc_44: i32 = idx_43 % 64;
            let si_44: i32 = k0 + sr_44;
            let sj_44: i32 = col0 + sc_44;
            let i0_88: i32 = si_44 / 9;
            let i1_88: i32 = si_44 / 3 % 3;
            let i2_44: i32 = si_44 % 3;
            let i0_89: i32 = sj_44 / 11;
            let i1_89: i32 = sj_44 % 11;
            let x0_44: i32 = i0_89 + i1_88 - 1;
            let x1_44: i32 = i1_89 + i2_44 - 1;
            var v_88: f32 = 0.0;
            if ((si_44 < 81) && (sj_44 < 110) && ((x0_44 >= 0) && (x0_44 < 10) && ((x1_44 >= 0) && (x1_44 < 11)))) {
                let v_89: f32 = in_x[i0_88 * 110 + x0_44 * 11 + x1_44];
                v_88 = v_89;
            }
            tile_b[sr_44 * 64 + sc_44] = v_88;
        }
        let idx_44: i32 = slot + 720;
        {
            let sr_45: i32 = idx_44 / 64;
            let sc_45: i32 = idx_44 % 64;
            let si_45: i32 = k0 + sr_45;
            let sj_45: i32 = col0 + sc_45;
            let i0_90: i32 = si_45 / 9;
            let i1_90: i32 = si_45 / 3 % 3;
            let i2_45: i32 = si_45 % 3;
            let i0_91: i32 = sj_45 / 11;
            let i1_91: i32 = sj_45 % 11;
            let x0_45: i32 = i0_91 + i1_90 - 1;
            let x1_45: i32 = i1_91 + i2_45 - 1;
            var v_90: f32 = 0.0;
            if ((si_45 < 81) && (sj_45 < 110) && ((x0_45 >= 0) && (x0_45 < 10) && ((x1_45 >= 0) && (x1_45 < 11)))) {
                let v_91: f32 = in_x[i0_90 * 110 + x0_45 * 11 + x1_45];
                v_90 = v_91;
            }
            tile_b[sr_45 * 64 + sc_45] = v_90;
        }
        let idx_45: i32 = slot + 736;
        {
            let sr_46: i32 = idx_45 / 64;
            let sc_46: i32 = idx_45 % 64;
            let si_46: i32 = k0 + sr_46;
            let sj_46: i32 = col0 + sc_46;
            let i0_92: i32 = si_46 / 9;
            let i1_92: i32 = si_46 / 3 % 3;
            let i2_46: i32 = si_46 % 3;
            let i0_93: i32 = sj_46 / 11;
            let i1_93: i32 = sj_46 % 11;
            let x0_46: i32 = i0_93 + i1_92 - 1;
            let x1_46: i32 = i1_93 + i2_46 - 1;
            var v_92: f32 = 0.0;
            if ((si_46 < 81) && (sj_46 < 110) && ((x0_46 >= 0) && (x0_46 < 10) && ((x1_46 >= 0) && (x1_46 < 11)))) {
                let v_93: f32 = in_x[i0_92 * 110 + x0_46 * 11 + x1_46];
                v_92 = v_93;
            }
            tile_b[sr_46 * 64 + sc_46] = v_92;
        }
        let idx_46: i32 = slot + 752;
        {
            let sr_47: i32 = idx_46 / 64;
            let sc_47: i32 = idx_46 % 64;
            let si_47: i32 = k0 + sr_47;
            let sj_47: i32 = col0 + sc_47;
            let i0_94: i32 = si_47 / 9;
            let i1_94: i32 = si_47 / 3 % 3;
            let i2_47: i32 = si_47 % 3;
            let i0_95: i32 = sj_47 / 11;
            let i1_95: i32 = sj_47 % 11;
            let x0_47: i32 = i0_95 + i1_94 - 1;
            let x1_47: i32 = i1_95 + i2_47 - 1;
            var v_94: f32 = 0.0;
            if ((si_47 < 81) && (sj_47 < 110) && ((x0_47 >= 0) && (x0_47 < 10) && ((x1_47 >= 0) && (x1_47 < 11)))) {
                let v_95: f32 = in_x[i0_94 * 110 + x0_47 * 11 + x1_47];
                v_94 = v_95;
            }
            tile_b[sr_47 * 64 + sc_47] = v_94;
        }
        let idx_47: i32 = slot + 768;
        {
            let sr_48: i32 = idx_47 / 64;
            let sc_48: i32 = idx_47 % 64;
            let si_48: i32 = k0 + sr_48;
            let sj_48: i32 = col0 + sc_48;
            let i0_96: i32 = si_48 / 9;
            let i1_96: i32 = si_48 / 3 % 3;
            let i2_48: i32 = si_48 % 3;
            let i0_97: i32 = sj_48 / 11;
            let i1_97: i32 = sj_48 % 11;
            let x0_48: i32 = i0_97 + i1_96 - 1;
            let x1_48: i32 = i1_97 + i2_48 - 1;
            var v_96: f32 = 0.0;
            if ((si_48 < 81) && (sj_48 < 110) && ((x0_48 >= 0) && (x0_48 < 10) && ((x1_48 >= 0) && (x1_48 < 11)))) {
                let v_97: f32 = in_x[i0_96 * 110 + x0_48 * 11 + x1_48];
                v_96 = v_97;
            }
            tile_b[sr_48 * 64 + sc_48] = v_96;
        }
        let idx_48: i32 = slot + 784;
        {
            let sr_49: i32 = idx_48 / 64;
            let sc_49: i32 = idx_48 % 64;
            let si_49: i32 = k0 + sr_49;
            let sj_49: i32 = col0 + sc_49;
            let i0_98: i32 = si_49 / 9;
            let i1_98: i32 = si_49 / 3 % 3;
            let i2_49: i32 = si_49 % 3;
            let i0_99: i32 = sj_49 / 11;
            let i1_99: i32 = sj_49 % 11;
            let x0_49: i32 = i0_99 + i1_98 - 1;
            let x1_49: i32 = i1_99 + i2_49 - 1;
            var v_98: f32 = 0.0;
            if ((si_49 < 81) && (sj_49 < 110) && ((x0_49 >= 0) && (x0_49 < 10) && ((x1_49 >= 0) && (x1_49 < 11)))) {
                let v_99: f32 = in_x[i0_98 * 110 + x0_49 * 11 + x1_49];
                v_98 = v_99;
            }
            tile_b[sr_49 * 64 + sc_49] = v_98;
        }
        let idx_49: i32 = slot + 800;
        {
            let sr_50: i32 = idx_49 / 64;
            let sc_50: i32 = idx_49 % 64;
            let si_50: i32 = k0 + sr_50;
            let sj_50: i32 = col0 + sc_50;
            let i0_100: i32 = si_50 / 9;
            let i1_100: i32 = si_50 / 3 % 3;
            let i2_50: i32 = si_50 % 3;
            let i0_101: i32 = sj_50 / 11;
            let i1_101: i32 = sj_50 % 11;
            let x0_50: i32 = i0_101 + i1_100 - 1;
            let x1_50: i32 = i1_101 + i2_50 - 1;
            var v_100: f32 = 0.0;
            if ((si_50 < 81) && (sj_50 < 110) && ((x0_50 >= 0) && (x0_50 < 10) && ((x1_50 >= 0) && (x1_50 < 11)))) {
                let v_101: f32 = in_x[i0_100 * 110 + x0_50 * 11 + x1_50];
                v_100 = v_101;
            }
            tile_b[sr_50 * 64 + sc_50] = v_100;
        }
        let idx_50: i32 = slot + 816;
        {
            let sr_51: i32 = idx_50 / 64;
            let sc_51: i32 = idx_50 % 64;
            let si_51: i32 = k0 + sr_51;
            let sj_51: i32 = col0 + sc_51;
            let i0_102: i32 = si_51 / 9;
            let i1_102: i32 = si_51 / 3 % 3;
            let i2_51: i32 = si_51 % 3;
            let i0_103: i32 = sj_51 / 11;
            let i1_103: i32 = sj_51 % 11;
            let x0_51: i32 = i0_103 + i1_102 - 1;
            let x1_51: i32 = i1_103 + i2_51 - 1;
            var v_102: f32 = 0.0;
            if ((si_51 < 81) && (sj_51 < 110) && ((x0_51 >= 0) && (x0_51 < 10) && ((x1_51 >= 0) && (x1_51 < 11)))) {
                let v_103: f32 = in_x[i0_102 * 110 + x0_51 * 11 + x1_51];
                v_102 = v_103;
            }
            tile_b[sr_51 * 64 + sc_51] = v_102;
        }
        let idx_51: i32 = slot + 832;
        {
            let sr_52: i32 = idx_51 / 64;
            let sc_52: i32 = idx_51 % 64;
            let si_52: i32 = k0 + sr_52;
            let sj_52: i32 = col0 + sc_52;
            let i0_104: i32 = si_52 / 9;
            let i1_104: i32 = si_52 / 3 % 3;
            let i2_52: i32 = si_52 % 3;
            let i0_105: i32 = sj_52 / 11;
            let i1_105: i32 = sj_52 % 11;
            let x0_52: i32 = i0_105 + i1_104 - 1;
            let x1_52: i32 = i1_105 + i2_52 - 1;
            var v_104: f32 = 0.0;
            if ((si_52 < 81) && (sj_52 < 110) && ((x0_52 >= 0) && (x0_52 < 10) && ((x1_52 >= 0) && (x1_52 < 11)))) {
                let v_105: f32 = in_x[i0_104 * 110 + x0_52 * 11 + x1_52];
                v_104 = v_105;
            }
            tile_b[sr_52 * 64 + sc_52] = v_104;
        }
        let idx_52: i32 = slot + 848;
        {
            let sr_53: i32 = idx_52 / 64;
            let sc_53: i32 = idx_52 % 64;
            let si_53: i32 = k0 + sr_53;
            let sj_53: i32 = col0 + sc_53;
            let i0_106: i32 = si_53 / 9;
            let i1_106: i32 = si_53 / 3 % 3;
            let i2_53: i32 = si_53 % 3;
            let i0_107: i32 = sj_53 / 11;
            let i1_107: i32 = sj_53 % 11;
            let x0_53: i32 = i0_107 + i1_106 - 1;
            let x1_53: i32 = i1_107 + i2_53 - 1;
            var v_106: f32 = 0.0;
            if ((si_53 < 81) && (sj_53 < 110) && ((x0_53 >= 0) && (x0_53 < 10) && ((x1_53 >= 0) && (x1_53 < 11)))) {
                let v_107: f32 = in_x[i0_106 * 110 + x0_53 * 11 + x1_53];
                v_106 = v_107;
            }
            tile_b[sr_53 * 64 + sc_53] = v_106;
        }
        let idx_53: i32 = slot + 864;
        {
            let sr_54: i32 = idx_53 / 64;
            let sc_54: i32 = idx_53 % 64;
            let si_54: i32 = k0 + sr_54;
            let sj_54: i32 = col0 + sc_54;
            let i0_108: i32 = si_54 / 9;
            let i1_108: i32 = si_54 / 3 % 3;
            let i2_54: i32 = si_54 % 3;
            let i0_109: i32 = sj_54 / 11;
            let i1_109: i32 = sj_54 % 11;
            let x0_54: i32 = i0_109 + i1_108 - 1;
            let x1_54: i32 = i1_109 + i2_54 - 1;
            var v_108: f32 = 0.0;
            if ((si_54 < 81) && (sj_54 < 110) && ((x0_54 >= 0) && (x0_54 < 10) && ((x1_54 >= 0) && (x1_54 < 11)))) {
                let v_109: f32 = in_x[i0_108 * 110 + x0_54 * 11 + x1_54];
                v_108 = v_109;
            }
            tile_b[sr_54 * 64 + sc_54] = v_108;
        }
        let idx_54: i32 = slot + 880;
        {
            let sr_55: i32 = idx_54 / 64;
            let sc_55: i32 = idx_54 % 64;
            let si_55: i32 = k0 + sr_55;
            let sj_55: i32 = col0 + sc_55;
            let i0_110: i32 = si_55 / 9;
            let i1_110: i32 = si_55 / 3 % 3;
            let i2_55: i32 = si_55 % 3;
            let i0_111: i32 = sj_55 / 11;
            let i1_111: i32 = sj_55 % 11;
            let x0_55: i32 = i0_111 + i1_110 - 1;
            let x1_55: i32 = i1_111 + i2_55 - 1;
            var v_110: f32 = 0.0;
            if ((si_55 < 81) && (sj_55 < 110) && ((x0_55 >= 0) && (x0_55 < 10) && ((x1_55 >= 0) && (x1_55 < 11)))) {
                let v_111: f32 = in_x[i0_110 * 110 + x0_55 * 11 + x1_55];
                v_110 = v_111;
            }
            tile_b[sr_55 * 64 + sc_55] = v_110;
        }
        let idx_55: i32 = slot + 896;
        {
            let sr_56: i32 = idx_55 / 64;
            let sc_56: i32 = idx_55 % 64;
            let si_56: i32 = k0 + sr_56;
            let sj_56: i32 = col0 + sc_56;
            let i0_112: i32 = si_56 / 9;
            let i1_112: i32 = si_56 / 3 % 3;
            let i2_56: i32 = si_56 % 3;
            let i0_113: i32 = sj_56 / 11;
            let i1_113: i32 = sj_56 % 11;
            let x0_56: i32 = i0_113 + i1_112 - 1;
            let x1_56: i32 = i1_113 + i2_56 - 1;
            var v_112: f32 = 0.0;
            if ((si_56 < 81) && (sj_56 < 110) && ((x0_56 >= 0) && (x0_56 < 10) && ((x1_56 >= 0) && (x1_56 < 11)))) {
                let v_113: f32 = in_x[i0_112 * 110 + x0_56 * 11 + x1_56];
                v_112 = v_113;
            }
            tile_b[sr_56 * 64 + sc_56] = v_112;
        }
        let idx_56: i32 = slot + 912;
        {
            let sr_57: i32 = idx_56 / 64;
            let sc_57: i32 = idx_56 % 64;
            let si_57: i32 = k0 + sr_57;
            let sj_57: i32 = col0 + sc_57;
            let i0_114: i32 = si_57 / 9;
            let i1_114: i32 = si_57 / 3 % 3;
            let i2_57: i32 = si_57 % 3;
            let i0_115: i32 = sj_57 / 11;
            let i1_115: i32 = sj_57 % 11;
            let x0_57: i32 = i0_115 + i1_114 - 1;
            let x1_57: i32 = i1_115 + i2_57 - 1;
            var v_114: f32 = 0.0;
            if ((si_57 < 81) && (sj_57 < 110) && ((x0_57 >= 0) && (x0_57 < 10) && ((x1_57 >= 0) && (x1_57 < 11)))) {
                let v_115: f32 = in_x[i0_114 * 110 + x0_57 * 11 + x1_57];
                v_114 = v_115;
            }
            tile_b[sr_57 * 64 + sc_57] = v_114;
        }
        let idx_57: i32 = slot + 928;
        {
            let sr_58: i32 = idx_57 / 64;
            let sc_58: i32 = idx_57 % 64;
            let si_58: i32 = k0 + sr_58;
            let sj_58: i32 = col0 + sc_58;
            let i0_116: i32 = si_58 / 9;
            let i1_116: i32 = si_58 / 3 % 3;
            let i2_58: i32 = si_58 % 3;
            let i0_117: i32 = sj_58 / 11;
            let i1_117: i32 = sj_58 % 11;
            let x0_58: i32 = i0_117 + i1_116 - 1;
            let x1_58: i32 = i1_117 + i2_58 - 1;
            var v_116: f32 = 0.0;
            if ((si_58 < 81) && (sj_58 < 110) && ((x0_58 >= 0) && (x0_58 < 10) && ((x1_58 >= 0) && (x1_58 < 11)))) {
                let v_117: f32 = in_x[i0_116 * 110 + x0_58 * 11 + x1_58];
                v_116 = v_117;
            }
            tile_b[sr_58 * 64 + sc_58] = v_116;
        }
        let idx_58: i32 = slot + 944;
        {
            let sr_59: i32 = idx_58 / 64;
            let sc_59: i32 = idx_58 % 64;
            let si_59: i32 = k0 + sr_59;
            let sj_59: i32 = col0 + sc_59;
            let i0_118: i32 = si_59 / 9;
            let i1_118: i32 = si_59 / 3 % 3;
            let i2_59: i32 = si_59 % 3;
            let i0_119: i32 = sj_59 / 11;
            let i1_119: i32 = sj_59 % 11;
            let x0_59: i32 = i0_119 + i1_118 - 1;
            let x1_59: i32 = i1_119 + i2_59 - 1;
            var v_118: f32 = 0.0;
            if ((si_59 < 81) && (sj_59 < 110) && ((x0_59 >= 0) && (x0_59 < 10) && ((x1_59 >= 0) && (x1_59 < 11)))) {
                let v_119: f32 = in_x[i0_118 * 110 + x0_59 * 11 + x1_59];
                v_118 = v_119;
            }
            tile_b[sr_59 * 64 + sc_59] = v_118;
        }
        let idx_59: i32 = slot + 960;
        {
            let sr_60: i32 = idx_59 / 64;
            let sc_60: i32 = idx_59 % 64;
            let si_60: i32 = k0 + sr_60;
            let sj_60: i32 = col0 + sc_60;
            let i0_120: i32 = si_60 / 9;
            let i1_120: i32 = si_60 / 3 % 3;
            let i2_60: i32 = si_60 % 3;
            let i0_121: i32 = sj_60 / 11;
            let i1_121: i32 = sj_60 % 11;
            let x0_60: i32 = i0_121 + i1_120 - 1;
            let x1_60: i32 = i1_121 + i2_60 - 1;
            var v_120: f32 = 0.0;
            if ((si_60 < 81) && (sj_60 < 110) && ((x0_60 >= 0) && (x0_60 < 10) && ((x1_60 >= 0) && (x1_60 < 11)))) {
                let v_121: f32 = in_x[i0_120 * 110 + x0_60 * 11 + x1_60];
                v_120 = v_121;
            }
            tile_b[sr_60 * 64 + sc_60] = v_120;
        }
        let idx_60: i32 = slot + 976;
        {
            let sr_61: i32 = idx_60 / 64;
            let sc_61: i32 = idx_60 % 64;
            let si_61: i32 = k0 + sr_61;
            let sj_61: i32 = col0 + sc_61;
            let i0_122: i32 = si_61 / 9;
            let i1_122: i32 = si_61 / 3 % 3;
            let i2_61: i32 = si_61 % 3;
            let i0_123: i32 = sj_61 / 11;
            let i1_123: i32 = sj_61 % 11;
            let x0_61: i32 = i0_123 + i1_122 - 1;
            let x1_61: i32 = i1_123 + i2_61 - 1;
            var v_122: f32 = 0.0;
            if ((si_61 < 81) && (sj_61 < 110) && ((x0_61 >= 0) && (x0_61 < 10) && ((x1_61 >= 0) && (x1_61 < 11)))) {
                let v_123: f32 = in_x[i0_122 * 110 + x0_61 * 11 + x1_61];
                v_122 = v_123;
            }
            tile_b[sr_61 * 64 + sc_61] = v_122;
        }
        let idx_61: i32 = slot + 992;
        {
            let sr_62: i32 = idx_61 / 64;
            let sc_62: i32 = idx_61 % 64;
            let si_62: i32 = k0 + sr_62;
            let sj_62: i32 = col0 + sc_62;
            let i0_124: i32 = si_62 / 9;
            let i1_124: i32 = si_62 / 3 % 3;
            let i2_62: i32 = si_62 % 3;
            let i0_125: i32 = sj_62 / 11;
            let i1_125: i32 = sj_62 % 11;
            let x0_62: i32 = i0_125 + i1_124 - 1;
            let x1_62: i32 = i1_125 + i2_62 - 1;
            var v_124: f32 = 0.0;
            if ((si_62 < 81) && (sj_62 < 110) && ((x0_62 >= 0) && (x0_62 < 10) && ((x1_62 >= 0) && (x1_62 < 11)))) {
                let v_125: f32 = in_x[i0_124 * 110 + x0_62 * 11 + x1_62];
                v_124 = v_125;
            }
            tile_b[sr_62 * 64 + sc_62] = v_124;
        }
        let idx_62: i32 = slot + 1008;
        {
            let sr_63: i32 = idx_62 / 64;
            let sc_63: i32 = idx_62 % 64;
            let si_63: i32 = k0 + sr_63;
            let sj_63: i32 = col0 + sc_63;
            let i0_126: i32 = si_63 / 9;
            let i1_126: i32 = si_63 / 3 % 3;
            let i2_63: i32 = si_63 % 3;
            let i0_127: i32 = sj_63 / 11;
            let i1_127: i32 = sj_63 % 11;
            let x0_63: i32 = i0_127 + i1_126 - 1;
            let x1_63: i32 = i1_127 + i2_63 - 1;
            var v_126: f32 = 0.0;
            if ((si_63 < 81) && (sj_63 < 110) && ((x0_63 >= 0) && (x0_63 < 10) && ((x1_63 >= 0) && (x1_63 < 11)))) {
                let v_127: f32 = in_x[i0_126 * 110 + x0_63 * 11 + x1_63];
                v_126 = v_127;
            }
            tile_b[sr_63 * 64 + sc_63] = v_126;
        }
        workgroupBarrier();
        var v_128: f32 = 0.0;
        if ((r0 < 24) && (k0 < 81)) {
            let i0_128: i32 = k0 / 9;
            let i1_128: i32 = k0 / 3 % 3;
            let i2_64: i32 = k0 % 3;
            let v_129: f32 = in_w[r0 * 81 + i0_128 * 9 + i1_128 * 3 + i2_64];
            v_128 = v_129;
        }
        var v_130: f32 = 0.0;
        if ((r1 < 24) && (k0 < 81)) {
            let i0_129: i32 = k0 / 9;
            let i1_129: i32 = k0 / 3 % 3;
            let i2_65: i32 = k0 % 3;
            let v_131: f32 = in_w[r1 * 81 + i0_129 * 9 + i1_129 * 3 + i2_65];
            v_130 = v_131;
        }
        var v_132: f32 = 0.0;
        if ((r2 < 24) && (k0 < 81)) {
            let i0_130: i32 = k0 / 9;
            let i1_130: i32 = k0 / 3 % 3;
            let i2_66: i32 = k0 % 3;
            let v_133: f32 = in_w[r2 * 81 + i0_130 * 9 + i1_130 * 3 + i2_66];
            v_132 = v_133;
        }
        var v_134: f32 = 0.0;
        if ((r3 < 24) && (k0 < 81)) {
            let i0_131: i32 = k0 / 9;
            let i1_131: i32 = k0 / 3 % 3;
            let i2_67: i32 = k0 % 3;
            let v_135: f32 = in_w[r3 * 81 + i0_131 * 9 + i1_131 * 3 + i2_67];
            v_134 = v_135;
        }
        var v_136: f32 = 0.0;
        if ((r4 < 24) && (k0 < 81)) {
            let i0_132: i32 = k0 / 9;
            let i1_132: i32 = k0 / 3 % 3;
            let i2_68: i32 = k0 % 3;
            let v_137: f32 = in_w[r4 * 81 + i0_132 * 9 + i1_132 * 3 + i2_68];
            v_136 = v_137;
        }
        var v_138: f32 = 0.0;
        if ((r5 < 24) && (k0 < 81)) {
            let i0_133: i32 = k0 / 9;
            let i1_133: i32 = k0 / 3 % 3;
            let i2_69: i32 = k0 % 3;
            let v_139: f32 = in_w[r5 * 81 + i0_133 * 9 + i1_133 * 3 + i2_69];
            v_138 = v_139;
        }
        var v_140: f32 = 0.0;
        if ((r6 < 24) && (k0 < 81)) {
            let i0_134: i32 = k0 / 9;
            let i1_134: i32 = k0 / 3 % 3;
            let i2_70: i32 = k0 % 3;
            let v_141: f32 = in_w[r6 * 81 + i0_134 * 9 + i1_134 * 3 + i2_70];
            v_140 = v_141;
        }
        var v_142: f32 = 0.0;
        if ((r7 < 24) && (k0 < 81)) {
            let i0_135: i32 = k0 / 9;
            let i1_135: i32 = k0 / 3 % 3;
            let i2_71: i32 = k0 % 3;
            let v_143: f32 = in_w[r7 * 81 + i0_135 * 9 + i1_135 * 3 + i2_71];
            v_142 = v_143;
        }
        let b: f32 = tile_b[i32(tcc_local_id.x) * 16];
        let b_1: f32 = tile_b[i32(tcc_local_id.x) * 16 + 1];
        let b_2: f32 = tile_b[i32(tcc_local_id.x) * 16 + 2];
        let b_3: f32 = tile_b[i32(tcc_local_id.x) * 16 + 3];
        let b_4: f32 = tile_b[i32(tcc_local_id.x) * 16 + 4];
        let b_5: f32 = tile_b[i32(tcc_local_id.x) * 16 + 5];
        let b_6: f32 = tile_b[i32(tcc_local_id.x) * 16 + 6];
        let b_7: f32 = tile_b[i32(tcc_local_id.x) * 16 + 7];
        let b_8: f32 = tile_b[i32(tcc_local_id.x) * 16 + 8];
        let b_9: f32 = tile_b[i32(tcc_local_id.x) * 16 + 9];
        let b_10: f32 = tile_b[i32(tcc_local_id.x) * 16 + 10];
        let b_11: f32 = tile_b[i32(tcc_local_id.x) * 16 + 11];
        let b_12: f32 = tile_b[i32(tcc_local_id.x) * 16 + 12];
        let b_13: f32 = tile_b[i32(tcc_local_id.x) * 16 + 13];
        let b_14: f32 = tile_b[i32(tcc_local_id.x) * 16 + 14];
        let b_15: f32 = tile_b[i32(tcc_local_id.x) * 16 + 15];
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
        var v_144: f32 = 0.0;
        if ((r0 < 24) && (k0 + 1 < 81)) {
            let i0_136: i32 = (k0 + 1) / 9;
            let i1_136: i32 = (k0 + 1) / 3 % 3;
            let i2_72: i32 = (k0 + 1) % 3;
            let v_145: f32 = in_w[r0 * 81 + i0_136 * 9 + i1_136 * 3 + i2_72];
            v_144 = v_145;
        }
        var v_146: f32 = 0.0;
        if ((r1 < 24) && (k0 + 1 < 81)) {
            let i0_137: i32 = (k0 + 1) / 9;
            let i1_137: i32 = (k0 + 1) / 3 % 3;
            let i2_73: i32 = (k0 + 1) % 3;
            let v_147: f32 = in_w[r1 * 81 + i0_137 * 9 + i1_137 * 3 + i2_73];
            v_146 = v_147;
        }
        var v_148: f32 = 0.0;
        if ((r2 < 24) && (k0 + 1 < 81)) {
            let i0_138: i32 = (k0 + 1) / 9;
            let i1_138: i32 = (k0 + 1) / 3 % 3;
            let i2_74: i32 = (k0 + 1) % 3;
            let v_149: f32 = in_w[r2 * 81 + i0_138 * 9 + i1_138 * 3 + i2_74];
            v_148 = v_149;
        }
        var v_150: f32 = 0.0;
        if ((r3 < 24) && (k0 + 1 < 81)) {
            let i0_139: i32 = (k0 + 1) / 9;
            let i1_139: i32 = (k0 + 1) / 3 % 3;
            let i2_75: i32 = (k0 + 1) % 3;
            let v_151: f32 = in_w[r3 * 81 + i0_139 * 9 + i1_139 * 3 + i2_75];
            v_150 = v_151;
        }
        var v_152: f32 = 0.0;
        if ((r4 < 24) && (k0 + 1 < 81)) {
            let i0_140: i32 = (k0 + 1) / 9;
            let i1_140: i32 = (k0 + 1) / 3 % 3;
            let i2_76: i32 = (k0 + 1) % 3;
            let v_153: f32 = in_w[r4 * 81 + i0_140 * 9 + i1_140 * 3 + i2_76];
            v_152 = v_153;
        }
        var v_154: f32 = 0.0;
        if ((r5 < 24) && (k0 + 1 < 81)) {
            let i0_141: i32 = (k0 + 1) / 9;
            let i1_141: i32 = (k0 + 1) / 3 % 3;
            let i2_77: i32 = (k0 + 1) % 3;
            let v_155: f32 = in_w[r5 * 81 + i0_141 * 9 + i1_141 * 3 + i2_77];
            v_154 = v_155;
        }
        var v_156: f32 = 0.0;
        if ((r6 < 24) && (k0 + 1 < 81)) {
            let i0_142: i32 = (k0 + 1) / 9;
            let i1_142: i32 = (k0 + 1) / 3 % 3;
            let i2_78: i32 = (k0 + 1) % 3;
            let v_157: f32 = in_w[r6 * 81 + i0_142 * 9 + i1_142 * 3 + i2_78];
            v_156 = v_157;
        }
        var v_158: f32 = 0.0;
        if ((r7 < 24) && (k0 + 1 < 81)) {
            let i0_143: i32 = (k0 + 1) / 9;
            let i1_143: i32 = (k0 + 1) / 3 % 3;
            let i2_79: i32 = (k0 + 1) % 3;
            let v_159: f32 = in_w[r7 * 81 + i0_143 * 9 + i1_143 * 3 + i2_79];
            v_158 = v_159;
        }
        let b_16: f32 = tile_b[i32(tcc_local_id.x) * 16 + 64];
        let b_17: f32 = tile_b[i32(tcc_local_id.x) * 16 + 1 + 64];
        let b_18: f32 = tile_b[i32(tcc_local_id.x) * 16 + 2 + 64];
        let b_19: f32 = tile_b[i32(tcc_local_id.x) * 16 + 3 + 64];
        let b_20: f32 = tile_b[i32(tcc_local_id.x) * 16 + 4 + 64];
        let b_21: f32 = tile_b[i32(tcc_local_id.x) * 16 + 5 + 64];
        let b_22: f32 = tile_b[i32(tcc_local_id.x) * 16 + 6 + 64];
        let b_23: f32 = tile_b[i32(tcc_local_id.x) * 16 + 7 + 64];
        let b_24: f32 = tile_b[i32(tcc_local_id.x) * 16 + 8 + 64];
        let b_25: f32 = tile_b[i32(tcc_local_id.x) * 16 + 9 + 64];
        let b_26: f32 = tile_b[i32(tcc_local_id.x) * 16 + 10 + 64];
        let b_27: f32 = tile_b[i32(tcc_local_id.x) * 16 + 11 + 64];
        let b_28: f32 = tile_b[i32(tcc_local_id.x) * 16 + 12 + 64];
        let b_29: f32 = tile_b[i32(tcc_local_id.x) * 16 + 13 + 64];
        let b_30: f32 = tile_b[i32(tcc_local_id.x) * 16 + 14 + 64];
        let b_31: f32 = tile_b[i32(tcc_local_id.x) * 16 + 15 + 64];
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
        var v_160: f32 = 0.0;
        if ((r0 < 24) && (k0 + 2 < 81)) {
            let i0_144: i32 = (k0 + 2) / 9;
            let i1_144: i32 = (k0 + 2) / 3 % 3;
            let i2_80: i32 = (k0 + 2) % 3;
            let v_161: f32 = in_w[r0 * 81 + i0_144 * 9 + i1_144 * 3 + i2_80];
            v_160 = v_161;
        }
        var v_162: f32 = 0.0;
        if ((r1 < 24) && (k0 + 2 < 81)) {
            let i0_145: i32 = (k0 + 2) / 9;
            let i1_145: i32 = (k0 + 2) / 3 % 3;
            let i2_81: i32 = (k0 + 2) % 3;
            let v_163: f32 = in_w[r1 * 81 + i0_145 * 9 + i1_145 * 3 + i2_81];
            v_162 = v_163;
        }
        var v_164: f32 = 0.0;
        if ((r2 < 24) && (k0 + 2 < 81)) {
            let i0_146: i32 = (k0 + 2) / 9;
            let i1_146: i32 = (k0 + 2) / 3 % 3;
            let i2_82: i32 = (k0 + 2) % 3;
            let v_165: f32 = in_w[r2 * 81 + i0_146 * 9 + i1_146 * 3 + i2_82];
            v_164 = v_165;
        }
        var v_166: f32 = 0.0;
        if ((r3 < 24) && (k0 + 2 < 81)) {
            let i0_147: i32 = (k0 + 2) / 9;
            let i1_147: i32 = (k0 + 2) / 3 % 3;
            let i2_83: i32 = (k0 + 2) % 3;
            let v_167: f32 = in_w[r3 * 81 + i0_147 * 9 + i1_147 * 3 + i2_83];
            v_166 = v_167;
        }
        var v_168: f32 = 0.0;
        if ((r4 < 24) && (k0 + 2 < 81)) {
            let i0_148: i32 = (k0 + 2) / 9;
            let i1_148: i32 = (k0 + 2) / 3 % 3;
            let i2_84: i32 = (k0 + 2) % 3;
            let v_169: f32 = in_w[r4 * 81 + i0_148 * 9 + i1_148 * 3 + i2_84];
            v_168 = v_169;
        }
        var v_170: f32 = 0.0;
        if ((r5 < 24) && (k0 + 2 < 81)) {
            let i0_149: i32 = (k0 + 2) / 9;
            let i1_149: i32 = (k0 + 2) / 3 % 3;
            let i2_85: i32 = (k0 + 2) % 3;
            let v_171: f32 = in_w[r5 * 81 + i0_149 * 9 + i1_149 * 3 + i2_85];
            v_170 = v_171;
        }
        var v_172: f32 = 0.0;
        if ((r6 < 24) && (k0 + 2 < 81)) {
            let i0_150: i32 = (k0 + 2) / 9;
            let i1_150: i32 = (k0 + 2) / 3 % 3;
            let i2_86: i32 = (k0 + 2) % 3;
            let v_173: f32 = in_w[r6 * 81 + i0_150 * 9 + i1_150 * 3 + i2_86];
            v_172 = v_173;
        }
        var v_174: f32 = 0.0;
        if ((r7 < 24) && (k0 + 2 < 81)) {
            let i0_151: i32 = (k0 + 2) / 9;
            let i1_151: i32 = (k0 + 2) / 3 % 3;
            let i2_87: i32 = (k0 + 2) % 3;
            let v_175: f32 = in_w[r7 * 81 + i0_151 * 9 + i1_151 * 3 + i2_87];
            v_174 = v_175;
        }
        let b_32: f32 = tile_b[i32(tcc_local_id.x) * 16 + 128];
        let b_33: f32 = tile_b[i32(tcc_local_id.x) * 16 + 1 + 128];
        let b_34: f32 = tile_b[i32(tcc_local_id.x) * 16 + 2 + 128];
        let b_35: f32 = tile_b[i32(tcc_local_id.x) * 16 + 3 + 128];
        let b_36: f32 = tile_b[i32(tcc_local_id.x) * 16 + 4 + 128];
        let b_37: f32 = tile_b[i32(tcc_local_id.x) * 16 + 5 + 128];
        let b_38: f32 = tile_b[i32(tcc_local_id.x) * 16 + 6 + 128];
        let b_39: f32 = tile_b[i32(tcc_local_id.x) * 16 + 7 + 128];
        let b_40: f32 = tile_b[i32(tcc_local_id.x) * 16 + 8 + 128];
        let b_41: f32 = tile_b[i32(tcc_local_id.x) * 16 + 9 + 128];
        let b_42: f32 = tile_b[i32(tcc_local_id.x) * 16 + 10 + 128];
        let b_43: f32 = tile_b[i32(tcc_local_id.x) * 16 + 11 + 128];
        let b_44: f32 = tile_b[i32(tcc_local_id.x) * 16 + 12 + 128];
        let b_45: f32 = tile_b[i32(tcc_local_id.x) * 16 + 13 + 128];
        let b_46: f32 = tile_b[i32(tcc_local_id.x) * 16 + 14 + 128];
        let b_47: f32 = tile_b[i32(tcc_local_id.x) * 16 + 15 + 128];
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
        var v_176: f32 = 0.0;
        if ((r0 < 24) && (k0 + 3 < 81)) {
            let i0_152: i32 = (k0 + 3) / 9;
            let i1_152: i32 = (k0 + 3) / 3 % 3;
            let i2_88: i32 = (k0 + 3) % 3;
            let v_177: f32 = in_w[r0 * 81 + i0_152 * 9 + i1_152 * 3 + i2_88];
            v_176 = v_177;
        }
        var v_178: f32 = 0.0;
        if ((r1 < 24) && (k0 + 3 < 81)) {
            let i0_153: i32 = (k0 + 3) / 9;
            let i1_153: i32 = (k0 + 3) / 3 % 3;
            let i2_89: i32 = (k0 + 3) % 3;
            let v_179: f32 = in_w[r1 * 81 + i0_153 * 9 + i1_153 * 3 + i2_89];
            v_178 = v_179;
        }
        var v_180: f32 = 0.0;
        if ((r2 < 24) && (k0 + 3 < 81)) {
            let i0_154: i32 = (k0 + 3) / 9;
            let i1_154: i32 = (k0 + 3) / 3 % 3;
            let i2_90: i32 = (k0 + 3) % 3;
            let v_181: f32 = in_w[r2 * 81 + i0_154 * 9 + i1_154 * 3 + i2_90];
            v_180 = v_181;
        }
        var v_182: f32 = 0.0;
        if ((r3 < 24) && (k0 + 3 < 81)) {
            let i0_155: i32 = (k0 + 3) / 9;
            let i1_155: i32 = (k0 + 3) / 3 % 3;
            let i2_91: i32 = (k0 + 3) % 3;
            let v_183: f32 = in_w[r3 * 81 + i0_155 * 9 + i1_155 * 3 + i2_91];
            v_182 = v_183;
        }
        var v_184: f32 = 0.0;
        if ((r4 < 24) && (k0 + 3 < 81)) {
            let i0_156: i32 = (k0 + 3) / 9;
            let i1_156: i32 = (k0 + 3) / 3 % 3;
            let i2_92: i32 = (k0 + 3) % 3;
            let v_185: f32 = in_w[r4 * 81 + i0_156 * 9 + i1_156 * 3 + i2_92];
            v_184 = v_185;
        }
        var v_186: f32 = 0.0;
        if ((r5 < 24) && (k0 + 3 < 81)) {
            let i0_157: i32 = (k0 + 3) / 9;
            let i1_157: i32 = (k0 + 3) / 3 % 3;
            let i2_93: i32 = (k0 + 3) % 3;
            let v_187: f32 = in_w[r5 * 81 + i0_157 * 9 + i1_157 * 3 + i2_93];
            v_186 = v_187;
        }
        var v_188: f32 = 0.0;
        if ((r6 < 24) && (k0 + 3 < 81)) {
            let i0_158: i32 = (k0 + 3) / 9;
            let i1_158: i32 = (k0 + 3) / 3 % 3;
            let i2_94: i32 = (k0 + 3) % 3;
            let v_189: f32 = in_w[r6 * 81 + i0_158 * 9 + i1_158 * 3 + i2_94];
            v_188 = v_189;
        }
        var v_190: f32 = 0.0;
        if ((r7 < 24) && (k0 + 3 < 81)) {
            let i0_159: i32 = (k0 + 3) / 9;
            let i1_159: i32 = (k0 + 3) / 3 % 3;
            let i2_95: i32 = (k0 + 3) % 3;
            let v_191: f32 = in_w[r7 * 81 + i0_159 * 9 + i1_159 * 3 + i2_95];
            v_190 = v_191;
        }
        let b_48: f32 = tile_b[i32(tcc_local_id.x) * 16 + 192];
        let b_49: f32 = tile_b[i32(tcc_local_id.x) * 16 + 1 + 192];
        let b_50: f32 = tile_b[i32(tcc_local_id.x) * 16 + 2 + 192];
        let b_51: f32 = tile_b[i32(tcc_local_id.x) * 16 + 3 + 192];
        let b_52: f32 = tile_b[i32(tcc_local_id.x) * 16 + 4 + 192];
        let b_53: f32 = tile_b[i32(tcc_local_id.x) * 16 + 5 + 192];
        let b_54: f32 = tile_b[i32(tcc_local_id.x) * 16 + 6 + 192];
        let b_55: f32 = tile_b[i32(tcc_local_id.x) * 16 + 7 + 192];
        let b_56: f32 = tile_b[i32(tcc_local_id.x) * 16 + 8 + 192];
        let b_57: f32 = tile_b[i32(tcc_local_id.x) * 16 + 9 + 192];
        let b_58: f32 = tile_b[i32(tcc_local_id.x) * 16 + 10 + 192];
        let b_59: f32 = tile_b[i32(tcc_local_id.x) * 16 + 11 + 192];
        let b_60: f32 = tile_b[i32(tcc_local_id.x) * 16 + 12 + 192];
        let b_61: f32 = tile_b[i32(tcc_local_id.x) * 16 + 13 + 192];
        let b_62: f32 = tile_b[i32(tcc_local_id.x) * 16 + 14 + 192];
        let b_63: f32 = tile_b[i32(tcc_local_id.x) * 16 + 15 + 192];
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
        var v_192: f32 = 0.0;
        if ((r0 < 24) && (k0 + 4 < 81)) {
            let i0_160: i32 = (k0 + 4) / 9;
            let i1_160: i32 = (k0 + 4) / 3 % 3;
            let i2_96: i32 = (k0 + 4) % 3;
            let v_193: f32 = in_w[r0 * 81 + i0_160 * 9 + i1_160 * 3 + i2_96];
            v_192 = v_193;
        }
        var v_194: f32 = 0.0;
        if ((r1 < 24) && (k0 + 4 < 81)) {
            let i0_161: i32 = (k0 + 4) / 9;
            let i1_161: i32 = (k0 + 4) / 3 % 3;
            let i2_97: i32 = (k0 + 4) % 3;
            let v_195: f32 = in_w[r1 * 81 + i0_161 * 9 + i1_161 * 3 + i2_97];
            v_194 = v_195;
        }
        var v_196: f32 = 0.0;
        if ((r2 < 24) && (k0 + 4 < 81)) {
            let i0_162: i32 = (k0 + 4) / 9;
            let i1_162: i32 = (k0 + 4) / 3 % 3;
            let i2_98: i32 = (k0 + 4) % 3;
            let v_197: f32 = in_w[r2 * 81 + i0_162 * 9 + i1_162 * 3 + i2_98];
            v_196 = v_197;
        }
        var v_198: f32 = 0.0;
        if ((r3 < 24) && (k0 + 4 < 81)) {
            let i0_163: i32 = (k0 + 4) / 9;
            let i1_163: i32 = (k0 + 4) / 3 % 3;
            let i2_99: i32 = (k0 + 4) % 3;
            let v_199: f32 = in_w[r3 * 81 + i0_163 * 9 + i1_163 * 3 + i2_99];
            v_198 = v_199;
        }
        var v_200: f32 = 0.0;
        if ((r4 < 24) && (k0 + 4 < 81)) {
            let i0_164: i32 = (k0 + 4) / 9;
            let i1_164: i32 = (k0 + 4) / 3 % 3;
            let i2_100: i32 = (k0 + 4) % 3;
            let v_201: f32 = in_w[r4 * 81 + i0_164 * 9 + i1_164 * 3 + i2_100];
            v_200 = v_201;
        }
        var v_202: f32 = 0.0;
        if ((r5 < 24) && (k0 + 4 < 81)) {
            let i0_165: i32 = (k0 + 4) / 9;
            let i1_165: i32 = (k0 + 4) / 3 % 3;
            let i2_101: i32 = (k0 + 4) % 3;
            let v_203: f32 = in_w[r5 * 81 + i0_165 * 9 + i1_165 * 3 + i2_101];
            v_202 = v_203;
        }
        var v_204: f32 = 0.0;
        if ((r6 < 24) && (k0 + 4 < 81)) {
            let i0_166: i32 = (k0 + 4) / 9;
            let i1_166: i32 = (k0 + 4) / 3 % 3;
            let i2_102: i32 = (k0 + 4) % 3;
            let v_205: f32 = in_w[r6 * 81 + i0_166 * 9 + i1_166 * 3 + i2_102];
            v_204 = v_205;
        }
        var v_206: f32 = 0.0;
        if ((r7 < 24) && (k0 + 4 < 81)) {
            let i0_167: i32 = (k0 + 4) / 9;
            let i1_167: i32 = (k0 + 4) / 3 % 3;
            let i2_103: i32 = (k0 + 4) % 3;
            let v_207: f32 = in_w[r7 * 81 + i0_167 * 9 + i1_167 * 3 + i2_103];
            v_206 = v_207;
        }
        let b_64: f32 = tile_b[i32(tcc_local_id.x) * 16 + 256];
        let b_65: f32 = tile_b[i32(tcc_local_id.x) * 16 + 1 + 256];
        let b_66: f32 = tile_b[i32(tcc_local_id.x) * 16 + 2 + 256];
        let b_67: f32 = tile_b[i32(tcc_local_id.x) * 16 + 3 + 256];
        let b_68: f32 = tile_b[i32(tcc_local_id.x) * 16 + 4 + 256];
        let b_69: f32 = tile_b[i32(tcc_local_id.x) * 16 + 5 + 256];
        let b_70: f32 = tile_b[i32(tcc_local_id.x) * 16 + 6 + 256];
        let b_71: f32 = tile_b[i32(tcc_local_id.x) * 16 + 7 + 256];
        let b_72: f32 = tile_b[i32(tcc_local_id.x) * 16 + 8 + 256];
        let b_73: f32 = tile_b[i32(tcc_local_id.x) * 16 + 9 + 256];
        let b_74: f32 = tile_b[i32(tcc_local_id.x) * 16 + 10 + 256];
        let b_75: f32 = tile_b[i32(tcc_local_id.x) * 16 + 11 + 256];
        let b_76: f32 = tile_b[i32(tcc_local_id.x) * 16 + 12 + 256];
        let b_77: f32 = tile_b[i32(tcc_local_id.x) * 16 + 13 + 256];
        let b_78: f32 = tile_b[i32(tcc_local_id.x) * 16 + 14 + 256];
        let b_79: f32 = tile_b[i32(tcc_local_id.x) * 16 + 15 + 256];
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
        var v_208: f32 = 0.0;
        if ((r0 < 24) && (k0 + 5 < 81)) {
            let i0_168: i32 = (k0 + 5) / 9;
            let i1_168: i32 = (k0 + 5) / 3 % 3;
            let i2_104: i32 = (k0 + 5) % 3;
            let v_209: f32 = in_w[r0 * 81 + i0_168 * 9 + i1_168 * 3 + i2_104];
            v_208 = v_209;
        }
        var v_210: f32 = 0.0;
        if ((r1 < 24) && (k0 + 5 < 81)) {
            let i0_169: i32 = (k0 + 5) / 9;
            let i1_169: i32 = (k0 + 5) / 3 % 3;
            let i2_105: i32 = (k0 + 5) % 3;
            let v_211: f32 = in_w[r1 * 81 + i0_169 * 9 + i1_169 * 3 + i2_105];
            v_210 = v_211;
        }
        var v_212: f32 = 0.0;
        if ((r2 < 24) && (k0 + 5 < 81)) {
            let i0_170: i32 = (k0 + 5) / 9;
            let i1_170: i32 = (k0 + 5) / 3 % 3;
            let i2_106: i32 = (k0 + 5) % 3;
            let v_213: f32 = in_w[r2 * 81 + i0_170 * 9 + i1_170 * 3 + i2_106];
            v_212 = v_213;
        }
        var v_214: f32 = 0.0;
        if ((r3 < 24) && (k0 + 5 < 81)) {
            let i0_171: i32 = (k0 + 5) / 9;
            let i1_171: i32 = (k0 + 5) / 3 % 3;
            let i2_107: i32 = (k0 + 5) % 3;
            let v_215: f32 = in_w[r3 * 81 + i0_171 * 9 + i1_171 * 3 + i2_107];
            v_214 = v_215;
        }
        var v_216: f32 = 0.0;
        if ((r4 < 24) && (k0 + 5 < 81)) {
            let i0_172: i32 = (k0 + 5) / 9;
            let i1_172: i32 = (k0 + 5) / 3 % 3;
            let i2_108: i32 = (k0 + 5) % 3;
            let v_217: f32 = in_w[r4 * 81 + i0_172 * 9 + i1_172 * 3 + i2_108];
            v_216 = v_217;
        }
        var v_218: f32 = 0.0;
        if ((r5 < 24) && (k0 + 5 < 81)) {
            let i0_173: i32 = (k0 + 5) / 9;
            let i1_173: i32 = (k0 + 5) / 3 % 3;
            let i2_109: i32 = (k0 + 5) % 3;
            let v_219: f32 = in_w[r5 * 81 + i0_173 * 9 + i1_173 * 3 + i2_109];
            v_218 = v_219;
        }
        var v_220: f32 = 0.0;
        if ((r6 < 24) && (k0 + 5 < 81)) {
            let i0_174: i32 = (k0 + 5) / 9;
            let i1_174: i32 = (k0 + 5) / 3 % 3;
            let i2_110: i32 = (k0 + 5) % 3;
            let v_221: f32 = in_w[r6 * 81 + i0_174 * 9 + i1_174 * 3 + i2_110];
            v_220 = v_221;
        }
        var v_222: f32 = 0.0;
        if ((r7 < 24) && (k0 + 5 < 81)) {
            let i0_175: i32 = (k0 + 5) / 9;
            let i1_175: i32 = (k0 + 5) / 3 % 3;
            let i2_111: i32 = (k0 + 5) % 3;
            let v_223: f32 = in_w[r7 * 81 + i0_175 * 9 + i1_175 * 3 + i2_111];
            v_222 = v_223;
        }
        let b_80: f32 = tile_b[i32(tcc_local_id.x) * 16 + 320];
        let b_81: f32 = tile_b[i32(tcc_local_id.x) * 16 + 1 + 320];
        let b_82: f32 = tile_b[i32(tcc_local_id.x) * 16 + 2 + 320];
        let b_83: f32 = tile_b[i32(tcc_local_id.x) * 16 + 3 + 320];
        let b_84: f32 = tile_b[i32(tcc_local_id.x) * 16 + 4 + 320];
        let b_85: f32 = tile_b[i32(tcc_local_id.x) * 16 + 5 + 320];
        let b_86: f32 = tile_b[i32(tcc_local_id.x) * 16 + 6 + 320];
        let b_87: f32 = tile_b[i32(tcc_local_id.x) * 16 + 7 + 320];
        let b_88: f32 = tile_b[i32(tcc_local_id.x) * 16 + 8 + 320];
        let b_89: f32 = tile_b[i32(tcc_local_id.x) * 16 + 9 + 320];
        let b_90: f32 = tile_b[i32(tcc_local_id.x) * 16 + 10 + 320];
        let b_91: f32 = tile_b[i32(tcc_local_id.x) * 16 + 11 + 320];
        let b_92: f32 = tile_b[i32(tcc_local_id.x) * 16 + 12 + 320];
        let b_93: f32 = tile_b[i32(tcc_local_id.x) * 16 + 13 + 320];
        let b_94: f32 = tile_b[i32(tcc_local_id.x) * 16 + 14 + 320];
        let b_95: f32 = tile_b[i32(tcc_local_id.x) * 16 + 15 + 320];
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
        var v_224: f32 = 0.0;
        if ((r0 < 24) && (k0 + 6 < 81)) {
            let i0_176: i32 = (k0 + 6) / 9;
            let i1_176: i32 = (k0 + 6) / 3 % 3;
            let i2_112: i32 = (k0 + 6) % 3;
            let v_225: f32 = in_w[r0 * 81 + i0_176 * 9 + i1_176 * 3 + i2_112];
            v_224 = v_225;
        }
        var v_226: f32 = 0.0;
        if ((r1 < 24) && (k0 + 6 < 81)) {
            let i0_177: i32 = (k0 + 6) / 9;
            let i1_177: i32 = (k0 + 6) / 3 % 3;
            let i2_113: i32 = (k0 + 6) % 3;
            let v_227: f32 = in_w[r1 * 81 + i0_177 * 9 + i1_177 * 3 + i2_113];
            v_226 = v_227;
        }
        var v_228: f32 = 0.0;
        if ((r2 < 24) && (k0 + 6 < 81)) {
            let i0_178: i32 = (k0 + 6) / 9;
            let i1_178: i32 = (k0 + 6) / 3 % 3;
            let i2_114: i32 = (k0 + 6) % 3;
            let v_229: f32 = in_w[r2 * 81 + i0_178 * 9 + i1_178 * 3 + i2_114];
            v_228 = v_229;
        }
        var v_230: f32 = 0.0;
        if ((r3 < 24) && (k0 + 6 < 81)) {
            let i0_179: i32 = (k0 + 6) / 9;
            let i1_179: i32 = (k0 + 6) / 3 % 3;
            let i2_115: i32 = (k0 + 6) % 3;
            let v_231: f32 = in_w[r3 * 81 + i0_179 * 9 + i1_179 * 3 + i2_115];
            v_230 = v_231;
        }
        var v_232: f32 = 0.0;
        if ((r4 < 24) && (k0 + 6 < 81)) {
            let i0_180: i32 = (k0 + 6) / 9;
            let i1_180: i32 = (k0 + 6) / 3 % 3;
            let i2_116: i32 = (k0 + 6) % 3;
            let v_233: f32 = in_w[r4 * 81 + i0_180 * 9 + i1_180 * 3 + i2_116];
            v_232 = v_233;
        }
        var v_234: f32 = 0.0;
        if ((r5 < 24) && (k0 + 6 < 81)) {
            let i0_181: i32 = (k0 + 6) / 9;
            let i1_181: i32 = (k0 + 6) / 3 % 3;
            let i2_117: i32 = (k0 + 6) % 3;
            let v_235: f32 = in_w[r5 * 81 + i0_181 * 9 + i1_181 * 3 + i2_117];
            v_234 = v_235;
        }
        var v_236: f32 = 0.0;
        if ((r6 < 24) && (k0 + 6 < 81)) {
            let i0_182: i32 = (k0 + 6) / 9;
            let i1_182: i32 = (k0 + 6) / 3 % 3;
            let i2_118: i32 = (k0 + 6) % 3;
            let v_237: f32 = in_w[r6 * 81 + i0_182 * 9 + i1_182 * 3 + i2_118];
            v_236 = v_237;
        }
        var v_238: f32 = 0.0;
        if ((r7 < 24) && (k0 + 6 < 81)) {
            let i0_183: i32 = (k0 + 6) / 9;
            let i1_183: i32 = (k0 + 6) / 3 % 3;
            let i2_119: i32 = (k0 + 6) % 3;
            let v_239: f32 = in_w[r7 * 81 + i0_183 * 9 + i1_183 * 3 + i2_119];
            v_238 = v_239;
        }
        let b_96: f32 = tile_b[i32(tcc_local_id.x) * 16 + 384];
        let b_97: f32 = tile_b[i32(tcc_local_id.x) * 16 + 1 + 384];
        let b_98: f32 = tile_b[i32(tcc_local_id.x) * 16 + 2 + 384];
        let b_99: f32 = tile_b[i32(tcc_local_id.x) * 16 + 3 + 384];
        let b_100: f32 = tile_b[i32(tcc_local_id.x) * 16 + 4 + 384];
        let b_101: f32 = tile_b[i32(tcc_local_id.x) * 16 + 5 + 384];
        let b_102: f32 = tile_b[i32(tcc_local_id.x) * 16 + 6 + 384];
        let b_103: f32 = tile_b[i32(tcc_local_id.x) * 16 + 7 + 384];
        let b_104: f32 = tile_b[i32(tcc_local_id.x) * 16 + 8 + 384];
        let b_105: f32 = tile_b[i32(tcc_local_id.x) * 16 + 9 + 384];
        let b_106: f32 = tile_b[i32(tcc_local_id.x) * 16 + 10 + 384];
        let b_107: f32 = tile_b[i32(tcc_local_id.x) * 16 + 11 + 384];
        let b_108: f32 = tile_b[i32(tcc_local_id.x) * 16 + 12 + 384];
        let b_109: f32 = tile_b[i32(tcc_local_id.x) * 16 + 13 + 384];
        let b_110: f32 = tile_b[i32(tcc_local_id.x) * 16 + 14 + 384];
        let b_111: f32 = tile_b[i32(tcc_local_id.x) * 16 + 15 + 384];
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
        var v_240: f32 = 0.0;
        if ((r0 < 24) && (k0 + 7 < 81)) {
            let i0_184: i32 = (k0 + 7) / 9;
            let i1_184: i32 = (k0 + 7) / 3 % 3;
            let i2_120: i32 = (k0 + 7) % 3;
            let v_241: f32 = in_w[r0 * 81 + i0_184 * 9 + i1_184 * 3 + i2_120];
            v_240 = v_241;
        }
        var v_242: f32 = 0.0;
        if ((r1 < 24) && (k0 + 7 < 81)) {
            let i0_185: i32 = (k0 + 7) / 9;
            let i1_185: i32 = (k0 + 7) / 3 % 3;
            let i2_121: i32 = (k0 + 7) % 3;
            let v_243: f32 = in_w[r1 * 81 + i0_185 * 9 + i1_185 * 3 + i2_121];
            v_242 = v_243;
        }
        var v_244: f32 = 0.0;
        if ((r2 < 24) && (k0 + 7 < 81)) {
            let i0_186: i32 = (k0 + 7) / 9;
            let i1_186: i32 = (k0 + 7) / 3 % 3;
            let i2_122: i32 = (k0 + 7) % 3;
            let v_245: f32 = in_w[r2 * 81 + i0_186 * 9 + i1_186 * 3 + i2_122];
            v_244 = v_245;
        }
        var v_246: f32 = 0.0;
        if ((r3 < 24) && (k0 + 7 < 81)) {
            let i0_187: i32 = (k0 + 7) / 9;
            let i1_187: i32 = (k0 + 7) / 3 % 3;
            let i2_123: i32 = (k0 + 7) % 3;
            let v_247: f32 = in_w[r3 * 81 + i0_187 * 9 + i1_187 * 3 + i2_123];
            v_246 = v_247;
        }
        var v_248: f32 = 0.0;
        if ((r4 < 24) && (k0 + 7 < 81)) {
            let i0_188: i32 = (k0 + 7) / 9;
            let i1_188: i32 = (k0 + 7) / 3 % 3;
            let i2_124: i32 = (k0 + 7) % 3;
            let v_249: f32 = in_w[r4 * 81 + i0_188 * 9 + i1_188 * 3 + i2_124];
            v_248 = v_249;
        }
        var v_250: f32 = 0.0;
        if ((r5 < 24) && (k0 + 7 < 81)) {
            let i0_189: i32 = (k0 + 7) / 9;
            let i1_189: i32 = (k0 + 7) / 3 % 3;
            let i2_125: i32 = (k0 + 7) % 3;
            let v_251: f32 = in_w[r5 * 81 + i0_189 * 9 + i1_189 * 3 + i2_125];
            v_250 = v_251;
        }
        var v_252: f32 = 0.0;
        if ((r6 < 24) && (k0 + 7 < 81)) {
            let i0_190: i32 = (k0 + 7) / 9;
            let i1_190: i32 = (k0 + 7) / 3 % 3;
            let i2_126: i32 = (k0 + 7) % 3;
            let v_253: f32 = in_w[r6 * 81 + i0_190 * 9 + i1_190 * 3 + i2_126];
            v_252 = v_253;
        }
        var v_254: f32 = 0.0;
        if ((r7 < 24) && (k0 + 7 < 81)) {
            let i0_191: i32 = (k0 + 7) / 9;
            let i1_191: i32 = (k0 + 7) / 3 % 3;
            let i2_127: i32 = (k0 + 7) % 3;
            let v_255: f32 = in_w[r7 * 81 + i0_191 * 9 + i1_191 * 3 + i2_127];
            v_254 = v_255;
        }
        let b_112: f32 = tile_b[i32(tcc_local_id.x) * 16 + 448];
        let b_113: f32 = tile_b[i32(tcc_local_id.x) * 16 + 1 + 448];
        let b_114: f32 = tile_b[i32(tcc_local_id.x) * 16 + 2 + 448];
        let b_115: f32 = tile_b[i32(tcc_local_id.x) * 16 + 3 + 448];
        let b_116: f32 = tile_b[i32(tcc_local_id.x) * 16 + 4 + 448];
        let b_117: f32 = tile_b[i32(tcc_local_id.x) * 16 + 5 + 448];
        let b_118: f32 = tile_b[i32(tcc_local_id.x) * 16 + 6 + 448];
        let b_119: f32 = tile_b[i32(tcc_local_id.x) * 16 + 7 + 448];
        let b_120: f32 = tile_b[i32(tcc_local_id.x) * 16 + 8 + 448];
        let b_121: f32 = tile_b[i32(tcc_local_id.x) * 16 + 9 + 448];
        let b_122: f32 = tile_b[i32(tcc_local_id.x) * 16 + 10 + 448];
        let b_123: f32 = tile_b[i32(tcc_local_id.x) * 16 + 11 + 448];
        let b_124: f32 = tile_b[i32(tcc_local_id.x) * 16 + 12 + 448];
        let b_125: f32 = tile_b[i32(tcc_local_id.x) * 16 + 13 + 448];
        let b_126: f32 = tile_b[i32(tcc_local_id.x) * 16 + 14 + 448];
        let b_127: f32 = tile_b[i32(tcc_local_id.x) * 16 + 15 + 448];
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
        var v_256: f32 = 0.0;
        if ((r0 < 24) && (k0 + 8 < 81)) {
            let i0_192: i32 = (k0 + 8) / 9;
            let i1_192: i32 = (k0 + 8) / 3 % 3;
            let i2_128: i32 = (k0 + 8) % 3;
            let v_257: f32 = in_w[r0 * 81 + i0_192 * 9 + i1_192 * 3 + i2_128];
            v_256 = v_257;
        }
        var v_258: f32 = 0.0;
        if ((r1 < 24) && (k0 + 8 < 81)) {
            let i0_193: i32 = (k0 + 8) / 9;
            let i1_193: i32 = (k0 + 8) / 3 % 3;
            let i2_129: i32 = (k0 + 8) % 3;
            let v_259: f32 = in_w[r1 * 81 + i0_193 * 9 + i1_193 * 3 + i2_129];
            v_258 = v_259;
        }
        var v_260: f32 = 0.0;
        if ((r2 < 24) && (k0 + 8 < 81)) {
            let i0_194: i32 = (k0 + 8) / 9;
            let i1_194: i32 = (k0 + 8) / 3 % 3;
            let i2_130: i32 = (k0 + 8) % 3;
            let v_261: f32 = in_w[r2 * 81 + i0_194 * 9 + i1_194 * 3 + i2_130];
            v_260 = v_261;
        }
        var v_262: f32 = 0.0;
        if ((r3 < 24) && (k0 + 8 < 81)) {
            let i0_195: i32 = (k0 + 8) / 9;
            let i1_195: i32 = (k0 + 8) / 3 % 3;
            let i2_131: i32 = (k0 + 8) % 3;
            let v_263: f32 = in_w[r3 * 81 + i0_195 * 9 + i1_195 * 3 + i2_131];
            v_262 = v_263;
        }
        var v_264: f32 = 0.0;
        if ((r4 < 24) && (k0 + 8 < 81)) {
            let i0_196: i32 = (k0 + 8) / 9;
            let i1_196: i32 = (k0 + 8) / 3 % 3;
            let i2_132: i32 = (k0 + 8) % 3;
            let v_265: f32 = in_w[r4 * 81 + i0_196 * 9 + i1_196 * 3 + i2_132];
            v_264 = v_265;
        }
        var v_266: f32 = 0.0;
        if ((r5 < 24) && (k0 + 8 < 81)) {
            let i0_197: i32 = (k0 + 8) / 9;
            let i1_197: i32 = (k0 + 8) / 3 % 3;
            let i2_133: i32 = (k0 + 8) % 3;
            let v_267: f32 = in_w[r5 * 81 + i0_197 * 9 + i1_197 * 3 + i2_133];
            v_266 = v_267;
        }
        var v_268: f32 = 0.0;
        if ((r6 < 24) && (k0 + 8 < 81)) {
            let i0_198: i32 = (k0 + 8) / 9;
            let i1_198: i32 = (k0 + 8) / 3 % 3;
            let i2_134: i32 = (k0 + 8) % 3;
            let v_269: f32 = in_w[r6 * 81 + i0_198 * 9 + i1_198 * 3 + i2_134];
            v_268 = v_269;
        }
        var v_270: f32 = 0.0;
        if ((r7 < 24) && (k0 + 8 < 81)) {
            let i0_199: i32 = (k0 + 8) / 9;
            let i1_199: i32 = (k0 + 8) / 3 % 3;
            let i2_135: i32 = (k0 + 8) % 3;
            let v_271: f32 = in_w[r7 * 81 + i0_199 * 9 + i1_199 * 3 + i2_135];
            v_270 = v_271;
        }
        let b_128: f32 = tile_b[i32(tcc_local_id.x) * 16 + 512];
        let b_129: f32 = tile_b[i32(tcc_local_id.x) * 16 + 1 + 512];
        let b_130: f32 = tile_b[i32(tcc_local_id.x) * 16 + 2 + 512];
        let b_131: f32 = tile_b[i32(tcc_local_id.x) * 16 + 3 + 512];
        let b_132: f32 = tile_b[i32(tcc_local_id.x) * 16 + 4 + 512];
        let b_133: f32 = tile_b[i32(tcc_local_id.x) * 16 + 5 + 512];
        let b_134: f32 = tile_b[i32(tcc_local_id.x) * 16 + 6 + 512];
        let b_135: f32 = tile_b[i32(tcc_local_id.x) * 16 + 7 + 512];
        let b_136: f32 = tile_b[i32(tcc_local_id.x) * 16 + 8 + 512];
        let b_137: f32 = tile_b[i32(tcc_local_id.x) * 16 + 9 + 512];
        let b_138: f32 = tile_b[i32(tcc_local_id.x) * 16 + 10 + 512];
        let b_139: f32 = tile_b[i32(tcc_local_id.x) * 16 + 11 + 512];
        let b_140: f32 = tile_b[i32(tcc_local_id.x) * 16 + 12 + 512];
        let b_141: f32 = tile_b[i32(tcc_local_id.x) * 16 + 13 + 512];
        let b_142: f32 = tile_b[i32(tcc_local_id.x) * 16 + 14 + 512];
        let b_143: f32 = tile_b[i32(tcc_local_id.x) * 16 + 15 + 512];
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
        var v_272: f32 = 0.0;
        if ((r0 < 24) && (k0 + 9 < 81)) {
            let i0_200: i32 = (k0 + 9) / 9;
            let i1_200: i32 = (k0 + 9) / 3 % 3;
            let i2_136: i32 = (k0 + 9) % 3;
            let v_273: f32 = in_w[r0 * 81 + i0_200 * 9 + i1_200 * 3 + i2_136];
            v_272 = v_273;
        }
        var v_274: f32 = 0.0;
        if ((r1 < 24) && (k0 + 9 < 81)) {
            let i0_201: i32 = (k0 + 9) / 9;
            let i1_201: i32 = (k0 + 9) / 3 % 3;
            let i2_137: i32 = (k0 + 9) % 3;
            let v_275: f32 = in_w[r1 * 81 + i0_201 * 9 + i1_201 * 3 + i2_137];
            v_274 = v_275;
        }
        var v_276: f32 = 0.0;
        if ((r2 < 24) && (k0 + 9 < 81)) {
            let i0_202: i32 = (k0 + 9) / 9;
            let i1_202: i32 = (k0 + 9) / 3 % 3;
            let i2_138: i32 = (k0 + 9) % 3;
            let v_277: f32 = in_w[r2 * 81 + i0_202 * 9 + i1_202 * 3 + i2_138];
            v_276 = v_277;
        }
        var v_278: f32 = 0.0;
        if ((r3 < 24) && (k0 + 9 < 81)) {
            let i0_203: i32 = (k0 + 9) / 9;
            let i1_203: i32 = (k0 + 9) / 3 % 3;
            let i2_139: i32 = (k0 + 9) % 3;
            let v_279: f32 = in_w[r3 * 81 + i0_203 * 9 + i1_203 * 3 + i2_139];
            v_278 = v_279;
        }
        var v_280: f32 = 0.0;
        if ((r4 < 24) && (k0 + 9 < 81)) {
            let i0_204: i32 = (k0 + 9) / 9;
            let i1_204: i32 = (k0 + 9) / 3 % 3;
            let i2_140: i32 = (k0 + 9) % 3;
            let v_281: f32 = in_w[r4 * 81 + i0_204 * 9 + i1_204 * 3 + i2_140];
            v_280 = v_281;
        }
        var v_282: f32 = 0.0;
        if ((r5 < 24) && (k0 + 9 < 81)) {
            let i0_205: i32 = (k0 + 9) / 9;
            let i1_205: i32 = (k0 + 9) / 3 % 3;
            let i2_141: i32 = (k0 + 9) % 3;
            let v_283: f32 = in_w[r5 * 81 + i0_205 * 9 + i1_205 * 3 + i2_141];
            v_282 = v_283;
        }
        var v_284: f32 = 0.0;
        if ((r6 < 24) && (k0 + 9 < 81)) {
            let i0_206: i32 = (k0 + 9) / 9;
            let i1_206: i32 = (k0 + 9) / 3 % 3;
            let i2_142: i32 = (k0 + 9) % 3;
            let v_285: f32 = in_w[r6 * 81 + i0_206 * 9 + i1_206 * 3 + i2_142];
            v_284 = v_285;
        }
        var v_286: f32 = 0.0;
        if ((r7 < 24) && (k0 + 9 < 81)) {
            let i0_207: i32 = (k0 + 9) / 9;
            let i1_207: i32 = (k0 + 9) / 3 % 3;
            let i2_143: i32 = (k0 + 9) % 3;
            let v_287: f32 = in_w[r7 * 81 + i0_207 * 9 + i1_207 * 3 + i2_143];
            v_286 = v_287;
        }
        let b_144: f32 = tile_b[i32(tcc_local_id.x) * 16 + 576];
        let b_145: f32 = tile_b[i32(tcc_local_id.x) * 16 + 1 + 576];
        let b_146: f32 = tile_b[i32(tcc_local_id.x) * 16 + 2 + 576];
        let b_147: f32 = tile_b[i32(tcc_local_id.x) * 16 + 3 + 576];
        let b_148: f32 = tile_b[i32(tcc_local_id.x) * 16 + 4 + 576];
        let b_149: f32 = tile_b[i32(tcc_local_id.x) * 16 + 5 + 576];
        let b_150: f32 = tile_b[i32(tcc_local_id.x) * 16 + 6 + 576];
        let b_151: f32 = tile_b[i32(tcc_local_id.x) * 16 + 7 + 576];
        let b_152: f32 = tile_b[i32(tcc_local_id.x) * 16 + 8 + 576];
        let b_153: f32 = tile_b[i32(tcc_local_id.x) * 16 + 9 + 576];
        let b_154: f32 = tile_b[i32(tcc_local_id.x) * 16 + 10 + 576];
        let b_155: f32 = tile_b[i32(tcc_local_id.x) * 16 + 11 + 576];
        let b_156: f32 = tile_b[i32(tcc_local_id.x) * 16 + 12 + 576];
        let b_157: f32 = tile_b[i32(tcc_local_id.x) * 16 + 13 + 576];
        let b_158: f32 = tile_b[i32(tcc_local_id.x) * 16 + 14 + 576];
        let b_159: f32 = tile_b[i32(tcc_local_id.x) * 16 + 15 + 576];
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
        var v_288: f32 = 0.0;
        if ((r0 < 24) && (k0 + 10 < 81)) {
            let i0_208: i32 = (k0 + 10) / 9;
            let i1_208: i32 = (k0 + 10) / 3 % 3;
            let i2_144: i32 = (k0 + 10) % 3;
            let v_289: f32 = in_w[r0 * 81 + i0_208 * 9 + i1_208 * 3 + i2_144];
            v_288 = v_289;
        }
        var v_290: f32 = 0.0;
        if ((r1 < 24) && (k0 + 10 < 81)) {
            let i0_209: i32 = (k0 + 10) / 9;
            let i1_209: i32 = (k0 + 10) / 3 % 3;
            let i2_145: i32 = (k0 + 10) % 3;
            let v_291: f32 = in_w[r1 * 81 + i0_209 * 9 + i1_209 * 3 + i2_145];
            v_290 = v_291;
        }
        var v_292: f32 = 0.0;
        if ((r2 < 24) && (k0 + 10 < 81)) {
            let i0_210: i32 = (k0 + 10) / 9;
            let i1_210: i32 = (k0 + 10) / 3 % 3;
            let i2_146: i32 = (k0 + 10) % 3;
            let v_293: f32 = in_w[r2 * 81 + i0_210 * 9 + i1_210 * 3 + i2_146];
            v_292 = v_293;
        }
        var v_294: f32 = 0.0;
        if ((r3 < 24) && (k0 + 10 < 81)) {
            let i0_211: i32 = (k0 + 10) / 9;
            let i1_211: i32 = (k0 + 10) / 3 % 3;
            let i2_147: i32 = (k0 + 10) % 3;
            let v_295: f32 = in_w[r3 * 81 + i0_211 * 9 + i1_211 * 3 + i2_147];
            v_294 = v_295;
        }
        var v_296: f32 = 0.0;
        if ((r4 < 24) && (k0 + 10 < 81)) {
            let i0_212: i32 = (k0 + 10) / 9;
            let i1_212: i32 = (k0 + 10) / 3 % 3;
            let i2_148: i32 = (k0 + 10) % 3;
            let v_297: f32 = in_w[r4 * 81 + i0_212 * 9 + i1_212 * 3 + i2_148];
            v_296 = v_297;
        }
        var v_298: f32 = 0.0;
        if ((r5 < 24) && (k0 + 10 < 81)) {
            let i0_213: i32 = (k0 + 10) / 9;
            let i1_213: i32 = (k0 + 10) / 3 % 3;
            let i2_149: i32 = (k0 + 10) % 3;
            let v_299: f32 = in_w[r5 * 81 + i0_213 * 9 + i1_213 * 3 + i2_149];
            v_298 = v_299;
        }
        var v_300: f32 = 0.0;
        if ((r6 < 24) && (k0 + 10 < 81)) {
            let i0_214: i32 = (k0 + 10) / 9;
            let i1_214: i32 = (k0 + 10) / 3 % 3;
            let i2_150: i32 = (k0 + 10) % 3;
            let v_301: f32 = in_w[r6 * 81 + i0_214 * 9 + i1_214 * 3 + i2_150];
            v_300 = v_301;
        }
        var v_302: f32 = 0.0;
        if ((r7 < 24) && (k0 + 10 < 81)) {
            let i0_215: i32 = (k0 + 10) / 9;
            let i1_215: i32 = (k0 + 10) / 3 % 3;
            let i2_151: i32 = (k0 + 10) % 3;
            let v_303: f32 = in_w[r7 * 81 + i0_215 * 9 + i1_215 * 3 + i2_151];
            v_302 = v_303;
        }
        let b_160: f32 = tile_b[i32(tcc_local_id.x) * 16 + 640];
        let b_161: f32 = tile_b[i32(tcc_local_id.x) * 16 + 1 + 640];
        let b_162: f32 = tile_b[i32(tcc_local_id.x) * 16 + 2 + 640];
        let b_163: f32 = tile_b[i32(tcc_local_id.x) * 16 + 3 + 640];
        let b_164: f32 = tile_b[i32(tcc_local_id.x) * 16 + 4 + 640];
        let b_165: f32 = tile_b[i32(tcc_local_id.x) * 16 + 5 + 640];
        let b_166: f32 = tile_b[i32(tcc_local_id.x) * 16 + 6 + 640];
        let b_167: f32 = tile_b[i32(tcc_local_id.x) * 16 + 7 + 640];
        let b_168: f32 = tile_b[i32(tcc_local_id.x) * 16 + 8 + 640];
        let b_169: f32 = tile_b[i32(tcc_local_id.x) * 16 + 9 + 640];
        let b_170: f32 = tile_b[i32(tcc_local_id.x) * 16 + 10 + 640];
        let b_171: f32 = tile_b[i32(tcc_local_id.x) * 16 + 11 + 640];
        let b_172: f32 = tile_b[i32(tcc_local_id.x) * 16 + 12 + 640];
        let b_173: f32 = tile_b[i32(tcc_local_id.x) * 16 + 13 + 640];
        let b_174: f32 = tile_b[i32(tcc_local_id.x) * 16 + 14 + 640];
        let b_175: f32 = tile_b[i32(tcc_local_id.x) * 16 + 15 + 640];
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
        var v_304: f32 = 0.0;
        if ((r0 < 24) && (k0 + 11 < 81)) {
            let i0_216: i32 = (k0 + 11) / 9;
            let i1_216: i32 = (k0 + 11) / 3 % 3;
            let i2_152: i32 = (k0 + 11) % 3;
            let v_305: f32 = in_w[r0 * 81 + i0_216 * 9 + i1_216 * 3 + i2_152];
            v_304 = v_305;
        }
        var v_306: f32 = 0.0;
        if ((r1 < 24) && (k0 + 11 < 81)) {
            let i0_217: i32 = (k0 + 11) / 9;
            let i1_217: i32 = (k0 + 11) / 3 % 3;
            let i2_153: i32 = (k0 + 11) % 3;
            let v_307: f32 = in_w[r1 * 81 + i0_217 * 9 + i1_217 * 3 + i2_153];
            v_306 = v_307;
        }
        var v_308: f32 = 0.0;
        if ((r2 < 24) && (k0 + 11 < 81)) {
            let i0_218: i32 = (k0 + 11) / 9;
            let i1_218: i32 = (k0 + 11) / 3 % 3;
            let i2_154: i32 = (k0 + 11) % 3;
            let v_309: f32 = in_w[r2 * 81 + i0_218 * 9 + i1_218 * 3 + i2_154];
            v_308 = v_309;
        }
        var v_310: f32 = 0.0;
        if ((r3 < 24) && (k0 + 11 < 81)) {
            let i0_219: i32 = (k0 + 11) / 9;
            let i1_219: i32 = (k0 + 11) / 3 % 3;
            let i2_155: i32 = (k0 + 11) % 3;
            let v_311: f32 = in_w[r3 * 81 + i0_219 * 9 + i1_219 * 3 + i2_155];
            v_310 = v_311;
        }
        var v_312: f32 = 0.0;
        if ((r4 < 24) && (k0 + 11 < 81)) {
            let i0_220: i32 = (k0 + 11) / 9;
            let i1_220: i32 = (k0 + 11) / 3 % 3;
            let i2_156: i32 = (k0 + 11) % 3;
            let v_313: f32 = in_w[r4 * 81 + i0_220 * 9 + i1_220 * 3 + i2_156];
            v_312 = v_313;
        }
        var v_314: f32 = 0.0;
        if ((r5 < 24) && (k0 + 11 < 81)) {
            let i0_221: i32 = (k0 + 11) / 9;
            let i1_221: i32 = (k0 + 11) / 3 % 3;
            let i2_157: i32 = (k0 + 11) % 3;
            let v_315: f32 = in_w[r5 * 81 + i0_221 * 9 + i1_221 * 3 + i2_157];
            v_314 = v_315;
        }
        var v_316: f32 = 0.0;
        if ((r6 < 24) && (k0 + 11 < 81)) {
            let i0_222: i32 = (k0 + 11) / 9;
            let i1_222: i32 = (k0 + 11) / 3 % 3;
            let i2_158: i32 = (k0 + 11) % 3;
            let v_317: f32 = in_w[r6 * 81 + i0_222 * 9 + i1_222 * 3 + i2_158];
            v_316 = v_317;
        }
        var v_318: f32 = 0.0;
        if ((r7 < 24) && (k0 + 11 < 81)) {
            let i0_223: i32 = (k0 + 11) / 9;
            let i1_223: i32 = (k0 + 11) / 3 % 3;
            let i2_159: i32 = (k0 + 11) % 3;
            let v_319: f32 = in_w[r7 * 81 + i0_223 * 9 + i1_223 * 3 + i2_159];
            v_318 = v_319;
        }
        let b_176: f32 = tile_b[i32(tcc_local_id.x) * 16 + 704];
        let b_177: f32 = tile_b[i32(tcc_local_id.x) * 16 + 1 + 704];
        let b_178: f32 = tile_b[i32(tcc_local_id.x) * 16 + 2 + 704];
        let b_179: f32 = tile_b[i32(tcc_local_id.x) * 16 + 3 + 704];
        let b_180: f32 = tile_b[i32(tcc_local_id.x) * 16 + 4 + 704];
        let b_181: f32 = tile_b[i32(tcc_local_id.x) * 16 + 5 + 704];
        let b_182: f32 = tile_b[i32(tcc_local_id.x) * 16 + 6 + 704];
        let b_183: f32 = tile_b[i32(tcc_local_id.x) * 16 + 7 + 704];
        let b_184: f32 = tile_b[i32(tcc_local_id.x) * 16 + 8 + 704];
        let b_185: f32 = tile_b[i32(tcc_local_id.x) * 16 + 9 + 704];
        let b_186: f32 = tile_b[i32(tcc_local_id.x) * 16 + 10 + 704];
        let b_187: f32 = tile_b[i32(tcc_local_id.x) * 16 + 11 + 704];
        let b_188: f32 = tile_b[i32(tcc_local_id.x) * 16 + 12 + 704];
        let b_189: f32 = tile_b[i32(tcc_local_id.x) * 16 + 13 + 704];
        let b_190: f32 = tile_b[i32(tcc_local_id.x) * 16 + 14 + 704];
        let b_191: f32 = tile_b[i32(tcc_local_id.x) * 16 + 15 + 704];
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
        var v_320: f32 = 0.0;
        if ((r0 < 24) && (k0 + 12 < 81)) {
            let i0_224: i32 = (k0 + 12) / 9;
            let i1_224: i32 = (k0 + 12) / 3 % 3;
            let i2_160: i32 = (k0 + 12) % 3;
            let v_321: f32 = in_w[r0 * 81 + i0_224 * 9 + i1_224 * 3 + i2_160];
            v_320 = v_321;
        }
        var v_322: f32 = 0.0;
        if ((r1 < 24) && (k0 + 12 < 81)) {
            let i0_225: i32 = (k0 + 12) / 9;
            let i1_225: i32 = (k0 + 12) / 3 % 3;
            let i2_161: i32 = (k0 + 12) % 3;
            let v_323: f32 = in_w[r1 * 81 + i0_225 * 9 + i1_225 * 3 + i2_161];
            v_322 = v_323;
        }
        var v_324: f32 = 0.0;
        if ((r2 < 24) && (k0 + 12 < 81)) {
            let i0_226: i32 = (k0 + 12) / 9;
            let i1_226: i32 = (k0 + 12) / 3 % 3;
            let i2_162: i32 = (k0 + 12) % 3;
            let v_325: f32 = in_w[r2 * 81 + i0_226 * 9 + i1_226 * 3 + i2_162];
            v_324 = v_325;
        }
        var v_326: f32 = 0.0;
        if ((r3 < 24) && (k0 + 12 < 81)) {
            let i0_227: i32 = (k0 + 12) / 9;
            let i1_227: i32 = (k0 + 12) / 3 % 3;
            let i2_163: i32 = (k0 + 12) % 3;
            let v_327: f32 = in_w[r3 * 81 + i0_227 * 9 + i1_227 * 3 + i2_163];
            v_326 = v_327;
        }
        var v_328: f32 = 0.0;
        if ((r4 < 24) && (k0 + 12 < 81)) {
            let i0_228: i32 = (k0 + 12) / 9;
            let i1_228: i32 = (k0 + 12) / 3 % 3;
            let i2_164: i32 = (k0 + 12) % 3;
            let v_329: f32 = in_w[r4 * 81 + i0_228 * 9 + i1_228 * 3 + i2_164];
            v_328 = v_329;
        }
        var v_330: f32 = 0.0;
        if ((r5 < 24) && (k0 + 12 < 81)) {
            let i0_229: i32 = (k0 + 12) / 9;
            let i1_229: i32 = (k0 + 12) / 3 % 3;
            let i2_165: i32 = (k0 + 12) % 3;
            let v_331: f32 = in_w[r5 * 81 + i0_229 * 9 + i1_229 * 3 + i2_165];
            v_330 = v_331;
        }
        var v_332: f32 = 0.0;
        if ((r6 < 24) && (k0 + 12 < 81)) {
            let i0_230: i32 = (k0 + 12) / 9;
            let i1_230: i32 = (k0 + 12) / 3 % 3;
            let i2_166: i32 = (k0 + 12) % 3;
            let v_333: f32 = in_w[r6 * 81 + i0_230 * 9 + i1_230 * 3 + i2_166];
            v_332 = v_333;
        }
        var v_334: f32 = 0.0;
        if ((r7 < 24) && (k0 + 12 < 81)) {
            let i0_231: i32 = (k0 + 12) / 9;
            let i1_231: i32 = (k0 + 12) / 3 % 3;
            let i2_167: i32 = (k0 + 12) % 3;
            let v_335: f32 = in_w[r7 * 81 + i0_231 * 9 + i1_231 * 3 + i2_167];
            v_334 = v_335;
        }
        let b_192: f32 = tile_b[i32(tcc_local_id.x) * 16 + 768];
        let b_193: f32 = tile_b[i32(tcc_local_id.x) * 16 + 1 + 768];
        let b_194: f32 = tile_b[i32(tcc_local_id.x) * 16 + 2 + 768];
        let b_195: f32 = tile_b[i32(tcc_local_id.x) * 16 + 3 + 768];
        let b_196: f32 = tile_b[i32(tcc_local_id.x) * 16 + 4 + 768];
        let b_197: f32 = tile_b[i32(tcc_local_id.x) * 16 + 5 + 768];
        let b_198: f32 = tile_b[i32(tcc_local_id.x) * 16 + 6 + 768];
        let b_199: f32 = tile_b[i32(tcc_local_id.x) * 16 + 7 + 768];
        let b_200: f32 = tile_b[i32(tcc_local_id.x) * 16 + 8 + 768];
        let b_201: f32 = tile_b[i32(tcc_local_id.x) * 16 + 9 + 768];
        let b_202: f32 = tile_b[i32(tcc_local_id.x) * 16 + 10 + 768];
        let b_203: f32 = tile_b[i32(tcc_local_id.x) * 16 + 11 + 768];
        let b_204: f32 = tile_b[i32(tcc_local_id.x) * 16 + 12 + 768];
        let b_205: f32 = tile_b[i32(tcc_local_id.x) * 16 + 13 + 768];
        let b_206: f32 = tile_b[i32(tcc_local_id.x) * 16 + 14 + 768];
        let b_207: f32 = tile_b[i32(tcc_local_id.x) * 16 + 15 + 768];
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
        var v_336: f32 = 0.0;
        if ((r0 < 24) && (k0 + 13 < 81)) {
            let i0_232: i32 = (k0 + 13) / 9;
            let i1_232: i32 = (k0 + 13) / 3 % 3;
            let i2_168: i32 = (k0 + 13) % 3;
            let v_337: f32 = in_w[r0 * 81 + i0_232 * 9 + i1_232 * 3 + i2_168];
            v_336 = v_337;
        }
        var v_338: f32 = 0.0;
        if ((r1 < 24) && (k0 + 13 < 81)) {
            let i0_233: i32 = (k0 + 13) / 9;
            let i1_233: i32 = (k0 + 13) / 3 % 3;
            let i2_169: i32 = (k0 + 13) % 3;
            let v_339: f32 = in_w[r1 * 81 + i0_233 * 9 + i1_233 * 3 + i2_169];
            v_338 = v_339;
        }
        var v_340: f32 = 0.0;
        if ((r2 < 24) && (k0 + 13 < 81)) {
            let i0_234: i32 = (k0 + 13) / 9;
            let i1_234: i32 = (k0 + 13) / 3 % 3;
            let i2_170: i32 = (k0 + 13) % 3;
            let v_341: f32 = in_w[r2 * 81 + i0_234 * 9 + i1_234 * 3 + i2_170];
            v_340 = v_341;
        }
        var v_342: f32 = 0.0;
        if ((r3 < 24) && (k0 + 13 < 81)) {
            let i0_235: i32 = (k0 + 13) / 9;
            let i1_235: i32 = (k0 + 13) / 3 % 3;
            let i2_171: i32 = (k0 + 13) % 3;
            let v_343: f32 = in_w[r3 * 81 + i0_235 * 9 + i1_235 * 3 + i2_171];
            v_342 = v_343;
        }
        var v_344: f32 = 0.0;
        if ((r4 < 24) && (k0 + 13 < 81)) {
            let i0_236: i32 = (k0 + 13) / 9;
            let i1_236: i32 = (k0 + 13) / 3 % 3;
            let i2_172: i32 = (k0 + 13) % 3;
            let v_345: f32 = in_w[r4 * 81 + i0_236 * 9 + i1_236 * 3 + i2_172];
            v_344 = v_345;
        }
        var v_346: f32 = 0.0;
        if ((r5 < 24) && (k0 + 13 < 81)) {
            let i0_237: i32 = (k0 + 13) / 9;
            let i1_237: i32 = (k0 + 13) / 3 % 3;
            let i2_173: i32 = (k0 + 13) % 3;
            let v_347: f32 = in_w[r5 * 81 + i0_237 * 9 + i1_237 * 3 + i2_173];
            v_346 = v_347;
        }
        var v_348: f32 = 0.0;
        if ((r6 < 24) && (k0 + 13 < 81)) {
            let i0_238: i32 = (k0 + 13) / 9;
            let i1_238: i32 = (k0 + 13) / 3 % 3;
            let i2_174: i32 = (k0 + 13) % 3;
            let v_349: f32 = in_w[r6 * 81 + i0_238 * 9 + i1_238 * 3 + i2_174];
            v_348 = v_349;
        }
        var v_350: f32 = 0.0;
        if ((r7 < 24) && (k0 + 13 < 81)) {
            let i0_239: i32 = (k0 + 13) / 9;
            let i1_239: i32 = (k0 + 13) / 3 % 3;
            let i2_175: i32 = (k0 + 13) % 3;
            let v_351: f32 = in_w[r7 * 81 + i0_239 * 9 + i1_239 * 3 + i2_175];
            v_350 = v_351;
        }
        let b_208: f32 = tile_b[i32(tcc_local_id.x) * 16 + 832];
        let b_209: f32 = tile_b[i32(tcc_local_id.x) * 16 + 1 + 832];
        let b_210: f32 = tile_b[i32(tcc_local_id.x) * 16 + 2 + 832];
        let b_211: f32 = tile_b[i32(tcc_local_id.x) * 16 + 3 + 832];
        let b_212: f32 = tile_b[i32(tcc_local_id.x) * 16 + 4 + 832];
        let b_213: f32 = tile_b[i32(tcc_local_id.x) * 16 + 5 + 832];
        let b_214: f32 = tile_b[i32(tcc_local_id.x) * 16 + 6 + 832];
        let b_215: f32 = tile_b[i32(tcc_local_id.x) * 16 + 7 + 832];
        let b_216: f32 = tile_b[i32(tcc_local_id.x) * 16 + 8 + 832];
        let b_217: f32 = tile_b[i32(tcc_local_id.x) * 16 + 9 + 832];
        let b_218: f32 = tile_b[i32(tcc_local_id.x) * 16 + 10 + 832];
        let b_219: f32 = tile_b[i32(tcc_local_id.x) * 16 + 11 + 832];
        let b_220: f32 = tile_b[i32(tcc_local_id.x) * 16 + 12 + 832];
        let b_221: f32 = tile_b[i32(tcc_local_id.x) * 16 + 13 + 832];
        let b_222: f32 = tile_b[i32(tcc_local_id.x) * 16 + 14 + 832];
        let b_223: f32 = tile_b[i32(tcc_local_id.x) * 16 + 15 + 832];
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
        var v_352: f32 = 0.0;
        if ((r0 < 24) && (k0 + 14 < 81)) {
            let i0_240: i32 = (k0 + 14) / 9;
            let i1_240: i32 = (k0 + 14) / 3 % 3;
            let i2_176: i32 = (k0 + 14) % 3;
            let v_353: f32 = in_w[r0 * 81 + i0_240 * 9 + i1_240 * 3 + i2_176];
            v_352 = v_353;
        }
        var v_354: f32 = 0.0;
        if ((r1 < 24) && (k0 + 14 < 81)) {
            let i0_241: i32 = (k0 + 14) / 9;
            let i1_241: i32 = (k0 + 14) / 3 % 3;
            let i2_177: i32 = (k0 + 14) % 3;
            let v_355: f32 = in_w[r1 * 81 + i0_241 * 9 + i1_241 * 3 + i2_177];
            v_354 = v_355;
        }
        var v_356: f32 = 0.0;
        if ((r2 < 24) && (k0 + 14 < 81)) {
            let i0_242: i32 = (k0 + 14) / 9;
            let i1_242: i32 = (k0 + 14) / 3 % 3;
            let i2_178: i32 = (k0 + 14) % 3;
            let v_357: f32 = in_w[r2 * 81 + i0_242 * 9 + i1_242 * 3 + i2_178];
            v_356 = v_357;
        }
        var v_358: f32 = 0.0;
        if ((r3 < 24) && (k0 + 14 < 81)) {
            let i0_243: i32 = (k0 + 14) / 9;
            let i1_243: i32 = (k0 + 14) / 3 % 3;
            let i2_179: i32 = (k0 + 14) % 3;
            let v_359: f32 = in_w[r3 * 81 + i0_243 * 9 + i1_243 * 3 + i2_179];
            v_358 = v_359;
        }
        var v_360: f32 = 0.0;
        if ((r4 < 24) && (k0 + 14 < 81)) {
            let i0_244: i32 = (k0 + 14) / 9;
            let i1_244: i32 = (k0 + 14) / 3 % 3;
            let i2_180: i32 = (k0 + 14) % 3;
            let v_361: f32 = in_w[r4 * 81 + i0_244 * 9 + i1_244 * 3 + i2_180];
            v_360 = v_361;
        }
        var v_362: f32 = 0.0;
        if ((r5 < 24) && (k0 + 14 < 81)) {
            let i0_245: i32 = (k0 + 14) / 9;
            let i1_245: i32 = (k0 + 14) / 3 % 3;
            let i2_181: i32 = (k0 + 14) % 3;
            let v_363: f32 = in_w[r5 * 81 + i0_245 * 9 + i1_245 * 3 + i2_181];
            v_362 = v_363;
        }
        var v_364: f32 = 0.0;
        if ((r6 < 24) && (k0 + 14 < 81)) {
            let i0_246: i32 = (k0 + 14) / 9;
            let i1_246: i32 = (k0 + 14) / 3 % 3;
            let i2_182: i32 = (k0 + 14) % 3;
            let v_365: f32 = in_w[r6 * 81 + i0_246 * 9 + i1_246 * 3 + i2_182];
            v_364 = v_365;
        }
        var v_366: f32 = 0.0;
        if ((r7 < 24) && (k0 + 14 < 81)) {
            let i0_247: i32 = (k0 + 14) / 9;
            let i1_247: i32 = (k0 + 14) / 3 % 3;
            let i2_183: i32 = (k0 + 14) % 3;
            let v_367: f32 = in_w[r7 * 81 + i0_247 * 9 + i1_247 * 3 + i2_183];
            v_366 = v_367;
        }
        let b_224: f32 = tile_b[i32(tcc_local_id.x) * 16 + 896];
        let b_225: f32 = tile_b[i32(tcc_local_id.x) * 16 + 1 + 896];
        let b_226: f32 = tile_b[i32(tcc_local_id.x) * 16 + 2 + 896];
        let b_227: f32 = tile_b[i32(tcc_local_id.x) * 16 + 3 + 896];
        let b_228: f32 = tile_b[i32(tcc_local_id.x) * 16 + 4 + 896];
        let b_229: f32 = tile_b[i32(tcc_local_id.x) * 16 + 5 + 896];
        let b_230: f32 = tile_b[i32(tcc_local_id.x) * 16 + 6 + 896];
        let b_231: f32 = tile_b[i32(tcc_local_id.x) * 16 + 7 + 896];
        let b_232: f32 = tile_b[i32(tcc_local_id.x) * 16 + 8 + 896];
        let b_233: f32 = tile_b[i32(tcc_local_id.x) * 16 + 9 + 896];
        let b_234: f32 = tile_b[i32(tcc_local_id.x) * 16 + 10 + 896];
        let b_235: f32 = tile_b[i32(tcc_local_id.x) * 16 + 11 + 896];
        let b_236: f32 = tile_b[i32(tcc_local_id.x) * 16 + 12 + 896];
        let b_237: f32 = tile_b[i32(tcc_local_id.x) * 16 + 13 + 896];
        let b_238: f32 = tile_b[i32(tcc_local_id.x) * 16 + 14 + 896];
        let b_239: f32 = tile_b[i32(tcc_local_id.x) * 16 + 15 + 896];
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
        var v_368: f32 = 0.0;
        if ((r0 < 24) && (k0 + 15 < 81)) {
            let i0_248: i32 = (k0 + 15) / 9;
            let i1_248: i32 = (k0 + 15) / 3 % 3;
            let i2_184: i32 = (k0 + 15) % 3;
            let v_369: f32 = in_w[r0 * 81 + i0_248 * 9 + i1_248 * 3 + i2_184];
            v_368 = v_369;
        }
        var v_370: f32 = 0.0;
        if ((r1 < 24) && (k0 + 15 < 81)) {
            let i0_249: i32 = (k0 + 15) / 9;
            let i1_249: i32 = (k0 + 15) / 3 % 3;
            let i2_185: i32 = (k0 + 15) % 3;
            let v_371: f32 = in_w[r1 * 81 + i0_249 * 9 + i1_249 * 3 + i2_185];
            v_370 = v_371;
        }
        var v_372: f32 = 0.0;
        if ((r2 < 24) && (k0 + 15 < 81)) {
            let i0_250: i32 = (k0 + 15) / 9;
            let i1_250: i32 = (k0 + 15) / 3 % 3;
            let i2_186: i32 = (k0 + 15) % 3;
            let v_373: f32 = in_w[r2 * 81 + i0_250 * 9 + i1_250 * 3 + i2_186];
            v_372 = v_373;
        }
        var v_374: f32 = 0.0;
        if ((r3 < 24) && (k0 + 15 < 81)) {
            let i0_251: i32 = (k0 + 15) / 9;
            let i1_251: i32 = (k0 + 15) / 3 % 3;
            let i2_187: i32 = (k0 + 15) % 3;
            let v_375: f32 = in_w[r3 * 81 + i0_251 * 9 + i1_251 * 3 + i2_187];
            v_374 = v_375;
        }
        var v_376: f32 = 0.0;
        if ((r4 < 24) && (k0 + 15 < 81)) {
            let i0_252: i32 = (k0 + 15) / 9;
            let i1_252: i32 = (k0 + 15) / 3 % 3;
            let i2_188: i32 = (k0 + 15) % 3;
            let v_377: f32 = in_w[r4 * 81 + i0_252 * 9 + i1_252 * 3 + i2_188];
            v_376 = v_377;
        }
        var v_378: f32 = 0.0;
        if ((r5 < 24) && (k0 + 15 < 81)) {
            let i0_253: i32 = (k0 + 15) / 9;
            let i1_253: i32 = (k0 + 15) / 3 % 3;
            let i2_189: i32 = (k0 + 15) % 3;
            let v_379: f32 = in_w[r5 * 81 + i0_253 * 9 + i1_253 * 3 + i2_189];
            v_378 = v_379;
        }
        var v_380: f32 = 0.0;
        if ((r6 < 24) && (k0 + 15 < 81)) {
            let i0_254: i32 = (k0 + 15) / 9;
            let i1_254: i32 = (k0 + 15) / 3 % 3;
            let i2_190: i32 = (k0 + 15) % 3;
            let v_381: f32 = in_w[r6 * 81 + i0_254 * 9 + i1_254 * 3 + i2_190];
            v_380 = v_381;
        }
        var v_382: f32 = 0.0;
        if ((r7 < 24) && (k0 + 15 < 81)) {
            let i0_255: i32 = (k0 + 15) / 9;
            let i1_255: i32 = (k0 + 15) / 3 % 3;
            let i2_191: i32 = (k0 + 15) % 3;
            let v_383: f32 = in_w[r7 * 81 + i0_255 * 9 + i1_255 * 3 + i2_191];
            v_382 = v_383;
        }
        let b_240: f32 = tile_b[i32(tcc_local_id.x) * 16 + 960];
        let b_241: f32 = tile_b[i32(tcc_local_id.x) * 16 + 1 + 960];
        let b_242: f32 = tile_b[i32(tcc_local_id.x) * 16 + 2 + 960];
        let b_243: f32 = tile_b[i32(tcc_local_id.x) * 16 + 3 + 960];
        let b_244: f32 = tile_b[i32(tcc_local_id.x) * 16 + 4 + 960];
        let b_245: f32 = tile_b[i32(tcc_local_id.x) * 16 + 5 + 960];
        let b_246: f32 = tile_b[i32(tcc_local_id.x) * 16 + 6 + 960];
        let b_247: f32 = tile_b[i32(tcc_local_id.x) * 16 + 7 + 960];
        let b_248: f32 = tile_b[i32(tcc_local_id.x) * 16 + 8 + 960];
        let b_249: f32 = tile_b[i32(tcc_local_id.x) * 16 + 9 + 960];
        let b_250: f32 = tile_b[i32(tcc_local_id.x) * 16 + 10 + 960];
        let b_251: f32 = tile_b[i32(tcc_local_id.x) * 16 + 11 + 960];
        let b_252: f32 = tile_b[i32(tcc_local_id.x) * 16 + 12 + 960];
        let b_253: f32 = tile_b[i32(tcc_local_id.x) * 16 + 13 + 960];
        let b_254: f32 = tile_b[i32(tcc_local_id.x) * 16 + 14 + 960];
        let b_255: f32 = tile_b[i32(tcc_local_id.x) * 16 + 15 + 960];
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
        workgroupBarrier();
    }
    if ((r0 < 24) && (c0 < 110)) {
        let v_384: f32 = in_w_1[r0];
        let lin: i32 = (i32(tcc_group_id.z) * 24 + r0) * 110 + c0;
        let y: f32 = v_384 + acc0_0;
        let i1_256: i32 = lin / 110;
        let i2_192: i32 = lin / 11 % 10;
        let i3: i32 = lin % 11;
        let v_385: f32 = 1.0 / (1.0 + exp(-y));
        out_mul[lin] = y * v_385;
    }
    if ((r0 < 24) && (c1 < 110)) {
        let v_386: f32 = in_w_1[r0];
        let lin_1: i32 = (i32(tcc_group_id.z) * 24 + r0) * 110 + c1;
        let y_1: f32 = v_386 + acc0_1;
        let i1_257: i32 = lin_1 / 110;
        let i2_193: i32 = lin_1 / 11 % 10;
        let i3_1: i32 = lin_1 % 11;
        let v_387: f32 = 1.0 / (1.0 + exp(-y_1));
        out_mul[lin_1] = y_1 * v_387;
    }
    if ((r0 < 24) && (c2 < 110)) {
        let v_388: f32 = in_w_1[r0];
        let lin_2: i32 = (i32(tcc_group_id.z) * 24 + r0) * 110 + c2;
        let y_2: f32 = v_388 + acc0_2;
        let i1_258: i32 = lin_2 / 110;
        let i2_194: i32 = lin_2 / 11 % 10;
        let i3_2: i32 = lin_2 % 11;
        let v_389: f32 = 1.0 / (1.0 + exp(-y_2));
        out_mul[lin_2] = y_2 * v_389;
    }
    if ((r0 < 24) && (c3 < 110)) {
        let v_390: f32 = in_w_1[r0];
        let lin_3: i32 = (i32(tcc_group_id.z) * 24 + r0) * 110 + c3;
        let y_3: f32 = v_390 + acc0_3;
        let i1_259: i32 = lin_3 / 110;
        let i2_195: i32 = lin_3 / 11 % 10;
        let i3_3: i32 = lin_3 % 11;
        let v_391: f32 = 1.0 / (1.0 + exp(-y_3));
        out_mul[lin_3] = y_3 * v_391;
    }
    if ((r0 < 24) && (c4 < 110)) {
        let v_392: f32 = in_w_1[r0];
        let lin_4: i32 = (i32(tcc_group_id.z) * 24 + r0) * 110 + c4;
        let y_4: f32 = v_392 + acc0_4;
        let i1_260: i32 = lin_4 / 110;
        let i2_196: i32 = lin_4 / 11 % 10;
        let i3_4: i32 = lin_4 % 11;
        let v_393: f32 = 1.0 / (1.0 + exp(-y_4));
        out_mul[lin_4] = y_4 * v_393;
    }
    if ((r0 < 24) && (c5 < 110)) {
        let v_394: f32 = in_w_1[r0];
        let lin_5: i32 = (i32(tcc_group_id.z) * 24 + r0) * 110 + c5;
        let y_5: f32 = v_394 + acc0_5;
        let i1_261: i32 = lin_5 / 110;
        let i2_197: i32 = lin_5 / 11 % 10;
        let i3_5: i32 = lin_5 % 11;
        let v_395: f32 = 1.0 / (1.0 + exp(-y_5));
        out_mul[lin_5] = y_5 * v_395;
    }
    if ((r0 < 24) && (c6 < 110)) {
        let v_396: f32 = in_w_1[r0];
        let lin_6: i32 = (i32(tcc_group_id.z) * 24 + r0) * 110 + c6;
        let y_6: f32 = v_396 + acc0_6;
        let i1_262: i32 = lin_6 / 110;
        let i2_198: i32 = lin_6 / 11 % 10;
        let i3_6: i32 = lin_6 % 11;
        let v_397: f32 = 1.0 / (1.0 + exp(-y_6));
        out_mul[lin_6] = y_6 * v_397;
    }
    if ((r0 < 24) && (c7 < 110)) {
        let v_398: f32 = in_w_1[r0];
        let lin_7: i32 = (i32(tcc_group_id.z) * 24 + r0) * 110 + c7;
        let y_7: f32 = v_398 + acc0_7;
        let i1_263: i32 = lin_7 / 110;
        let i2_199: i32 = lin_7 / 11 % 10;
        let i3_7: i32 = lin_7 % 11;
        let v_399: f32 = 1.0 / (1.0 + exp(-y_7));
        out_mul[lin_7] = y_7 * v_399;
    }
    if ((r0 < 24) && (c8 < 110)) {
        let v_400: f32 = in_w_1[r0];
        let lin_8: i32 = (i32(tcc_group_id.z) * 24 + r0) * 110 + c8;
        let y_8: f32 = v_400 + acc0_8;
        let i1_264: i32 = lin_8 / 110;
        let i2_200: i32 = lin_8 / 11 % 10;
        let i3_8: i32 = lin_8 % 11;
        let v_401: f32 = 1.0 / (1.0 + exp(-y_8));
        out_mul[lin_8] = y_8 * v_401;
    }
    if ((r0 < 24) && (c9 < 110)) {
        let v_402: f32 = in_w_1[r0];
        let lin_9: i32 = (i32(tcc_group_id.z) * 24 + r0) * 110 + c9;
        let y_9: f32 = v_402 + acc0_9;
        let i1_265: i32 = lin_9 / 110;
        let i2_201: i32 = lin_9 / 11 % 10;
        let i3_9: i32 = lin_9 % 11;
        let v_403: f32 = 1.0 / (1.0 + exp(-y_9));
        out_mul[lin_9] = y_9 * v_403;
    }
    if ((r0 < 24) && (c10 < 110)) {
        let v_404: f32 = in_w_1[r0];
        let lin_10: i32 = (i32(tcc_group_id.z) * 24 + r0) * 110 + c10;
        let y_10: f32 = v_404 + acc0_10;
        let i1_266: i32 = lin_10 / 110;
        let i2_202: i32 = lin_10 / 11 % 10;
        let i3_10: i32 = lin_10 % 11;
        let v_405: f32 = 1.0 / (1.0 + exp(-y_10));
        out_mul[lin_10] = y_10 * v_405;
    }
    if ((r0 < 24) && (c11 < 110)) {
        let v_406: f32 = in_w_1[r0];
        let lin_11: i32 = (i32(tcc_group_id.z) * 24 + r0) * 110 + c11;
        let y_11: f32 = v_406 + acc0_11;
        let i1_267: i32 = lin_11 / 110;
        let i2_203: i32 = lin_11 / 11 % 10;
        let i3_11: i32 = lin_11 % 11;
        let v_407: f32 = 1.0 / (1.0 + exp(-y_11));
        out_mul[lin_11] = y_11 * v_407;
    }
    if ((r0 < 24) && (c12 < 110)) {
        let v_408: f32 = in_w_1[r0];
        let lin_12: i32 = (i32(tcc_group_id.z) * 24 + r0) * 110 + c12;
        let y_12: f32 = v_408 + acc0_12;
        let i1_268: i32 = lin_12 / 110;
        let i2_204: i32 = lin_12 / 11 % 10;
        let i3_12: i32 = lin_12 % 11;
        let v_409: f32 = 1.0 / (1.0 + exp(-y_12));
        out_mul[lin_12] = y_12 * v_409;
    }
    if ((r0 < 24) && (c13 < 110)) {
        let v_410: f32 = in_w_1[r0];
        let lin_13: i32 = (i32(tcc_group_id.z) * 24 + r0) * 110 + c13;
        let y_13: f32 = v_410 + acc0_13;
        let i1_269: i32 = lin_13 / 110;
        let i2_205: i32 = lin_13 / 11 % 10;
        let i3_13: i32 = lin_13 % 11;
        let v_411: f32 = 1.0 / (1.0 + exp(-y_13));
        out_mul[lin_13] = y_13 * v_411;
    }
    if ((r0 < 24) && (c14 < 110)) {
        let v_412: f32 = in_w_1[r0];
        let lin_14: i32 = (i32(tcc_group_id.z) * 24 + r0) * 110 + c14;
        let y_14: f32 = v_412 + acc0_14;
        let i1_270: i32 = lin_14 / 110;
        let i2_206: i32 = lin_14 / 11 % 10;
        let i3_14: i32 = lin_14 % 11;
        let v_413: f32 = 1.0 / (1.0 + exp(-y_14));
        out_mul[lin_14] = y_14 * v_413;
    }
    if ((r0 < 24) && (c15 < 110)) {
        let v_414: f32 = in_w_1[r0];
        let lin_15: i32 = (i32(tcc_group_id.z) * 24 + r0) * 110 + c15;
        let y_15: f32 = v_414 + acc0_15;
        let i1_271: i32 = lin_15 / 110;
        let i2_207: i32 = lin_15 / 11 % 10;
        let i3_15: i32 = lin_15 % 11;
        let v_415: f32 = 1.0 / (1.0 + exp(-y_15));
        out_mul[lin_15] = y_15 * v_415;
    }
    if ((r1 < 24) && (c0 < 110)) {
        let v_416: f32 = in_w_1[r1];
        let lin_16: i32 = (i32(tcc_group_id.z) * 24 + r1) * 110 + c0;
        let y_16: f32 = v_416 + acc1_0;
        let i1_272: i32 = lin_16 / 110;
        let i2_208: i32 = lin_16 / 11 % 10;
        let i3_16: i32 = lin_16 % 11;
        let v_417: f32 = 1.0 / (1.0 + exp(-y_16));
        out_mul[lin_16] = y_16 * v_417;
    }
    if ((r1 < 24) && (c1 < 110)) {
        let v_418: f32 = in_w_1[r1];
        let lin_17: i32 = (i32(tcc_group_id.z) * 24 + r1) * 110 + c1;
        let y_17: f32 = v_418 + acc1_1;
        let i1_273: i32 = lin_17 / 110;
        let i2_209: i32 = lin_17 / 11 % 10;
        let i3_17: i32 = lin_17 % 11;
        let v_419: f32 = 1.0 / (1.0 + exp(-y_17));
        out_mul[lin_17] = y_17 * v_419;
    }
    if ((r1 < 24) && (c2 < 110)) {
        let v_420: f32 = in_w_1[r1];
        let lin_18: i32 = (i32(tcc_group_id.z) * 24 + r1) * 110 + c2;
        let y_18: f32 = v_420 + acc1_2;
        let i1_274: i32 = lin_18 / 110;
        let i2_210: i32 = lin_18 / 11 % 10;
        let i3_18: i32 = lin_18 % 11;
        let v_421: f32 = 1.0 / (1.0 + exp(-y_18));
        out_mul[lin_18] = y_18 * v_421;
    }
    if ((r1 < 24) && (c3 < 110)) {
        let v_422: f32 = in_w_1[r1];
        let lin_19: i32 = (i32(tcc_group_id.z) * 24 + r1) * 110 + c3;
        let y_19: f32 = v_422 + acc1_3;
        let i1_275: i32 = lin_19 / 110;
        let i2_211: i32 = lin_19 / 11 % 10;
        let i3_19: i32 = lin_19 % 11;
        let v_423: f32 = 1.0 / (1.0 + exp(-y_19));
        out_mul[lin_19] = y_19 * v_423;
    }
    if ((r1 < 24) && (c4 < 110)) {
        let v_424: f32 = in_w_1[r1];
        let lin_20: i32 = (i32(tcc_group_id.z) * 24 + r1) * 110 + c4;
        let y_20: f32 = v_424 + acc1_4;
        let i1_276: i32 = lin_20 / 110;
        let i2_212: i32 = lin_20 / 11 % 10;
        let i3_20: i32 = lin_20 % 11;
        let v_425: f32 = 1.0 / (1.0 + exp(-y_20));
        out_mul[lin_20] = y_20 * v_425;
    }
    if ((r1 < 24) && (c5 < 110)) {
        let v_426: f32 = in_w_1[r1];
        let lin_21: i32 = (i32(tcc_group_id.z) * 24 + r1) * 110 + c5;
        let y_21: f32 = v_426 + acc1_5;
        let i1_277: i32 = lin_21 / 110;
        let i2_213: i32 = lin_21 / 11 % 10;
        let i3_21: i32 = lin_21 % 11;
        let v_427: f32 = 1.0 / (1.0 + exp(-y_21));
        out_mul[lin_21] = y_21 * v_427;
    }
    if ((r1 < 24) && (c6 < 110)) {
        let v_428: f32 = in_w_1[r1];
        let lin_22: i32 = (i32(tcc_group_id.z) * 24 + r1) * 110 + c6;
        let y_22: f32 = v_428 + acc1_6;
        let i1_278: i32 = lin_22 / 110;
        let i2_214: i32 = lin_22 / 11 % 10;
        let i3_22: i32 = lin_22 % 11;
        let v_429: f32 = 1.0 / (1.0 + exp(-y_22));
        out_mul[lin_22] = y_22 * v_429;
    }
    if ((r1 < 24) && (c7 < 110)) {
        let v_430: f32 = in_w_1[r1];
        let lin_23: i32 = (i32(tcc_group_id.z) * 24 + r1) * 110 + c7;
        let y_23: f32 = v_430 + acc1_7;
        let i1_279: i32 = lin_23 / 110;
        let i2_215: i32 = lin_23 / 11 % 10;
        let i3_23: i32 = lin_23 % 11;
        let v_431: f32 = 1.0 / (1.0 + exp(-y_23));
        out_mul[lin_23] = y_23 * v_431;
    }
    if ((r1 < 24) && (c8 < 110)) {
        let v_432: f32 = in_w_1[r1];
        let lin_24: i32 = (i32(tcc_group_id.z) * 24 + r1) * 110 + c8;
        let y_24: f32 = v_432 + acc1_8;
        let i1_280: i32 = lin_24 / 110;
        let i2_216: i32 = lin_24 / 11 % 10;
        let i3_24: i32 = lin_24 % 11;
        let v_433: f32 = 1.0 / (1.0 + exp(-y_24));
        out_mul[lin_24] = y_24 * v_433;
    }
    if ((r1 < 24) && (c9 < 110)) {
        let v_434: f32 = in_w_1[r1];
        let lin_25: i32 = (i32(tcc_group_id.z) * 24 + r1) * 110 + c9;
        let y_25: f32 = v_434 + acc1_9;
        let i1_281: i32 = lin_25 / 110;
        let i2_217: i32 = lin_25 / 11 % 10;
        let i3_25: i32 = lin_25 % 11;
        let v_435: f32 = 1.0 / (1.0 + exp(-y_25));
        out_mul[lin_25] = y_25 * v_435;
    }
    if ((r1 < 24) && (c10 < 110)) {
        let v_436: f32 = in_w_1[r1];
        let lin_26: i32 = (i32(tcc_group_id.z) * 24 + r1) * 110 + c10;
        let y_26: f32 = v_436 + acc1_10;
        let i1_282: i32 = lin_26 / 110;
        let i2_218: i32 = lin_26 / 11 % 10;
        let i3_26: i32 = lin_26 % 11;
        let v_437: f32 = 1.0 / (1.0 + exp(-y_26));
        out_mul[lin_26] = y_26 * v_437;
    }
    if ((r1 < 24) && (c11 < 110)) {
        let v_438: f32 = in_w_1[r1];
        let lin_27: i32 = (i32(tcc_group_id.z) * 24 + r1) * 110 + c11;
        let y_27: f32 = v_438 + acc1_11;
        let i1_283: i32 = lin_27 / 110;
        let i2_219: i32 = lin_27 / 11 % 10;
        let i3_27: i32 = lin_27 % 11;
        let v_439: f32 = 1.0 / (1.0 + exp(-y_27));
        out_mul[lin_27] = y_27 * v_439;
    }
    if ((r1 < 24) && (c12 < 110)) {
        let v_440: f32 = in_w_1[r1];
        let lin_28: i32 = (i32(tcc_group_id.z) * 24 + r1) * 110 + c12;
        let y_28: f32 = v_440 + acc1_12;
        let i1_284: i32 = lin_28 / 110;
        let i2_220: i32 = lin_28 / 11 % 10;
        let i3_28: i32 = lin_28 % 11;
        let v_441: f32 = 1.0 / (1.0 + exp(-y_28));
        out_mul[lin_28] = y_28 * v_441;
    }
    if ((r1 < 24) && (c13 < 110)) {
        let v_442: f32 = in_w_1[r1];
        let lin_29: i32 = (i32(tcc_group_id.z) * 24 + r1) * 110 + c13;
        let y_29: f32 = v_442 + acc1_13;
        let i1_285: i32 = lin_29 / 110;
        let i2_221: i32 = lin_29 / 11 % 10;
        let i3_29: i32 = lin_29 % 11;
        let v_443: f32 = 1.0 / (1.0 + exp(-y_29));
        out_mul[lin_29] = y_29 * v_443;
    }
    if ((r1 < 24) && (c14 < 110)) {
        let v_444: f32 = in_w_1[r1];
        let lin_30: i32 = (i32(tcc_group_id.z) * 24 + r1) * 110 + c14;
        let y_30: f32 = v_444 + acc1_14;
        let i1_286: i32 = lin_30 / 110;
        let i2_222: i32 = lin_30 / 11 % 10;
        let i3_30: i32 = lin_30 % 11;
        let v_445: f32 = 1.0 / (1.0 + exp(-y_30));
        out_mul[lin_30] = y_30 * v_445;
    }
    if ((r1 < 24) && (c15 < 110)) {
        let v_446: f32 = in_w_1[r1];
        let lin_31: i32 = (i32(tcc_group_id.z) * 24 + r1) * 110 + c15;
        let y_31: f32 = v_446 + acc1_15;
        let i1_287: i32 = lin_31 / 110;
        let i2_223: i32 = lin_31 / 11 % 10;
        let i3_31: i32 = lin_31 % 11;
        let v_447: f32 = 1.0 / (1.0 + exp(-y_31));
        out_mul[lin_31] = y_31 * v_447;
    }
    if ((r2 < 24) && (c0 < 110)) {
        let v_448: f32 = in_w_1[r2];
        let lin_32: i32 = (i32(tcc_group_id.z) * 24 + r2) * 110 + c0;
        let y_32: f32 = v_448 + acc2_0;
        let i1_288: i32 = lin_32 / 110;
        let i2_224: i32 = lin_32 / 11 % 10;
        let i3_32: i32 = lin_32 % 11;
        let v_449: f32 = 1.0 / (1.0 + exp(-y_32));
        out_mul[lin_32] = y_32 * v_449;
    }
    if ((r2 < 24) && (c1 < 110)) {
        let v_450: f32 = in_w_1[r2];
        let lin_33: i32 = (i32(tcc_group_id.z) * 24 + r2) * 110 + c1;
        let y_33: f32 = v_450 + acc2_1;
        let i1_289: i32 = lin_33 / 110;
        let i2_225: i32 = lin_33 / 11 % 10;
        let i3_33: i32 = lin_33 % 11;
        let v_451: f32 = 1.0 / (1.0 + exp(-y_33));
        out_mul[lin_33] = y_33 * v_451;
    }
    if ((r2 < 24) && (c2 < 110)) {
        let v_452: f32 = in_w_1[r2];
        let lin_34: i32 = (i32(tcc_group_id.z) * 24 + r2) * 110 + c2;
        let y_34: f32 = v_452 + acc2_2;
        let i1_290: i32 = lin_34 / 110;
        let i2_226: i32 = lin_34 / 11 % 10;
        let i3_34: i32 = lin_34 % 11;
        let v_453: f32 = 1.0 / (1.0 + exp(-y_34));
        out_mul[lin_34] = y_34 * v_453;
    }
    if ((r2 < 24) && (c3 < 110)) {
        let v_454: f32 = in_w_1[r2];
        let lin_35: i32 = (i32(tcc_group_id.z) * 24 + r2) * 110 + c3;
        let y_35: f32 = v_454 + acc2_3;
        let i1_291: i32 = lin_35 / 110;
        let i2_227: i32 = lin_35 / 11 % 10;
        let i3_35: i32 = lin_35 % 11;
        let v_455: f32 = 1.0 / (1.0 + exp(-y_35));
        out_mul[lin_35] = y_35 * v_455;
    }
    if ((r2 < 24) && (c4 < 110)) {
        let v_456: f32 = in_w_1[r2];
        let lin_36: i32 = (i32(tcc_group_id.z) * 24 + r2) * 110 + c4;
        let y_36: f32 = v_456 + acc2_4;
        let i1_292: i32 = lin_36 / 110;
        let i2_228: i32 = lin_36 / 11 % 10;
        let i3_36: i32 = lin_36 % 11;
        let v_457: f32 = 1.0 / (1.0 + exp(-y_36));
        out_mul[lin_36] = y_36 * v_457;
    }
    if ((r2 < 24) && (c5 < 110)) {
        let v_458: f32 = in_w_1[r2];
        let lin_37: i32 = (i32(tcc_group_id.z) * 24 + r2) * 110 + c5;
        let y_37: f32 = v_458 + acc2_5;
        let i1_293: i32 = lin_37 / 110;
        let i2_229: i32 = lin_37 / 11 % 10;
        let i3_37: i32 = lin_37 % 11;
        let v_459: f32 = 1.0 / (1.0 + exp(-y_37));
        out_mul[lin_37] = y_37 * v_459;
    }
    if ((r2 < 24) && (c6 < 110)) {
        let v_460: f32 = in_w_1[r2];
        let lin_38: i32 = (i32(tcc_group_id.z) * 24 + r2) * 110 + c6;
        let y_38: f32 = v_460 + acc2_6;
        let i1_294: i32 = lin_38 / 110;
        let i2_230: i32 = lin_38 / 11 % 10;
        let i3_38: i32 = lin_38 % 11;
        let v_461: f32 = 1.0 / (1.0 + exp(-y_38));
        out_mul[lin_38] = y_38 * v_461;
    }
    if ((r2 < 24) && (c7 < 110)) {
        let v_462: f32 = in_w_1[r2];
        let lin_39: i32 = (i32(tcc_group_id.z) * 24 + r2) * 110 + c7;
        let y_39: f32 = v_462 + acc2_7;
        let i1_295: i32 = lin_39 / 110;
        let i2_231: i32 = lin_39 / 11 % 10;
        let i3_39: i32 = lin_39 % 11;
        let v_463: f32 = 1.0 / (1.0 + exp(-y_39));
        out_mul[lin_39] = y_39 * v_463;
    }
    if ((r2 < 24) && (c8 < 110)) {
        let v_464: f32 = in_w_1[r2];
        let lin_40: i32 = (i32(tcc_group_id.z) * 24 + r2) * 110 + c8;
        let y_40: f32 = v_464 + acc2_8;
        let i1_296: i32 = lin_40 / 110;
        let i2_232: i32 = lin_40 / 11 % 10;
        let i3_40: i32 = lin_40 % 11;
        let v_465: f32 = 1.0 / (1.0 + exp(-y_40));
        out_mul[lin_40] = y_40 * v_465;
    }
    if ((r2 < 24) && (c9 < 110)) {
        let v_466: f32 = in_w_1[r2];
        let lin_41: i32 = (i32(tcc_group_id.z) * 24 + r2) * 110 + c9;
        let y_41: f32 = v_466 + acc2_9;
        let i1_297: i32 = lin_41 / 110;
        let i2_233: i32 = lin_41 / 11 % 10;
        let i3_41: i32 = lin_41 % 11;
        let v_467: f32 = 1.0 / (1.0 + exp(-y_41));
        out_mul[lin_41] = y_41 * v_467;
    }
    if ((r2 < 24) && (c10 < 110)) {
        let v_468: f32 = in_w_1[r2];
        let lin_42: i32 = (i32(tcc_group_id.z) * 24 + r2) * 110 + c10;
        let y_42: f32 = v_468 + acc2_10;
        let i1_298: i32 = lin_42 / 110;
        let i2_234: i32 = lin_42 / 11 % 10;
        let i3_42: i32 = lin_42 % 11;
        let v_469: f32 = 1.0 / (1.0 + exp(-y_42));
        out_mul[lin_42] = y_42 * v_469;
    }
    if ((r2 < 24) && (c11 < 110)) {
        let v_470: f32 = in_w_1[r2];
        let lin_43: i32 = (i32(tcc_group_id.z) * 24 + r2) * 110 + c11;
        let y_43: f32 = v_470 + acc2_11;
        let i1_299: i32 = lin_43 / 110;
        let i2_235: i32 = lin_43 / 11 % 10;
        let i3_43: i32 = lin_43 % 11;
        let v_471: f32 = 1.0 / (1.0 + exp(-y_43));
        out_mul[lin_43] = y_43 * v_471;
    }
    if ((r2 < 24) && (c12 < 110)) {
        let v_472: f32 = in_w_1[r2];
        let lin_44: i32 = (i32(tcc_group_id.z) * 24 + r2) * 110 + c12;
        let y_44: f32 = v_472 + acc2_12;
        let i1_300: i32 = lin_44 / 110;
        let i2_236: i32 = lin_44 / 11 % 10;
        let i3_44: i32 = lin_44 % 11;
        let v_473: f32 = 1.0 / (1.0 + exp(-y_44));
        out_mul[lin_44] = y_44 * v_473;
    }
    if ((r2 < 24) && (c13 < 110)) {
        let v_474: f32 = in_w_1[r2];
        let lin_45: i32 = (i32(tcc_group_id.z) * 24 + r2) * 110 + c13;
        let y_45: f32 = v_474 + acc2_13;
        let i1_301: i32 = lin_45 / 110;
        let i2_237: i32 = lin_45 / 11 % 10;
        let i3_45: i32 = lin_45 % 11;
        let v_475: f32 = 1.0 / (1.0 + exp(-y_45));
        out_mul[lin_45] = y_45 * v_475;
    }
    if ((r2 < 24) && (c14 < 110)) {
        let v_476: f32 = in_w_1[r2];
        let lin_46: i32 = (i32(tcc_group_id.z) * 24 + r2) * 110 + c14;
        let y_46: f32 = v_476 + acc2_14;
        let i1_302: i32 = lin_46 / 110;
        let i2_238: i32 = lin_46 / 11 % 10;
        let i3_46: i32 = lin_46 % 11;
        let v_477: f32 = 1.0 / (1.0 + exp(-y_46));
        out_mul[lin_46] = y_46 * v_477;
    }
    if ((r2 < 24) && (c15 < 110)) {
        let v_478: f32 = in_w_1[r2];
        let lin_47: i32 = (i32(tcc_group_id.z) * 24 + r2) * 110 + c15;
        let y_47: f32 = v_478 + acc2_15;
        let i1_303: i32 = lin_47 / 110;
        let i2_239: i32 = lin_47 / 11 % 10;
        let i3_47: i32 = lin_47 % 11;
        let v_479: f32 = 1.0 / (1.0 + exp(-y_47));
        out_mul[lin_47] = y_47 * v_479;
    }
    if ((r3 < 24) && (c0 < 110)) {
        let v_480: f32 = in_w_1[r3];
        let lin_48: i32 = (i32(tcc_group_id.z) * 24 + r3) * 110 + c0;
        let y_48: f32 = v_480 + acc3_0;
        let i1_304: i32 = lin_48 / 110;
        let i2_240: i32 = lin_48 / 11 % 10;
        let i3_48: i32 = lin_48 % 11;
        let v_481: f32 = 1.0 / (1.0 + exp(-y_48));
        out_mul[lin_48] = y_48 * v_481;
    }
    if ((r3 < 24) && (c1 < 110)) {
        let v_482: f32 = in_w_1[r3];
        let lin_49: i32 = (i32(tcc_group_id.z) * 24 + r3) * 110 + c1;
        let y_49: f32 = v_482 + acc3_1;
        let i1_305: i32 = lin_49 / 110;
        let i2_241: i32 = lin_49 / 11 % 10;
        let i3_49: i32 = lin_49 % 11;
        let v_483: f32 = 1.0 / (1.0 + exp(-y_49));
        out_mul[lin_49] = y_49 * v_483;
    }
    if ((r3 < 24) && (c2 < 110)) {
        let v_484: f32 = in_w_1[r3];
        let lin_50: i32 = (i32(tcc_group_id.z) * 24 + r3) * 110 + c2;
        let y_50: f32 = v_484 + acc3_2;
        let i1_306: i32 = lin_50 / 110;
        let i2_242: i32 = lin_50 / 11 % 10;
        let i3_50: i32 = lin_50 % 11;
        let v_485: f32 = 1.0 / (1.0 + exp(-y_50));
        out_mul[lin_50] = y_50 * v_485;
    }
    if ((r3 < 24) && (c3 < 110)) {
        let v_486: f32 = in_w_1[r3];
        let lin_51: i32 = (i32(tcc_group_id.z) * 24 + r3) * 110 + c3;
        let y_51: f32 = v_486 + acc3_3;
        let i1_307: i32 = lin_51 / 110;
        let i2_243: i32 = lin_51 / 11 % 10;
        let i3_51: i32 = lin_51 % 11;
        let v_487: f32 = 1.0 / (1.0 + exp(-y_51));
        out_mul[lin_51] = y_51 * v_487;
    }
    if ((r3 < 24) && (c4 < 110)) {
        let v_488: f32 = in_w_1[r3];
        let lin_52: i32 = (i32(tcc_group_id.z) * 24 + r3) * 110 + c4;
        let y_52: f32 = v_488 + acc3_4;
        let i1_308: i32 = lin_52 / 110;
        let i2_244: i32 = lin_52 / 11 % 10;
        let i3_52: i32 = lin_52 % 11;
        let v_489: f32 = 1.0 / (1.0 + exp(-y_52));
        out_mul[lin_52] = y_52 * v_489;
    }
    if ((r3 < 24) && (c5 < 110)) {
        let v_490: f32 = in_w_1[r3];
        let lin_53: i32 = (i32(tcc_group_id.z) * 24 + r3) * 110 + c5;
        let y_53: f32 = v_490 + acc3_5;
        let i1_309: i32 = lin_53 / 110;
        let i2_245: i32 = lin_53 / 11 % 10;
        let i3_53: i32 = lin_53 % 11;
        let v_491: f32 = 1.0 / (1.0 + exp(-y_53));
        out_mul[lin_53] = y_53 * v_491;
    }
    if ((r3 < 24) && (c6 < 110)) {
        let v_492: f32 = in_w_1[r3];
        let lin_54: i32 = (i32(tcc_group_id.z) * 24 + r3) * 110 + c6;
        let y_54: f32 = v_492 + acc3_6;
        let i1_310: i32 = lin_54 / 110;
        let i2_246: i32 = lin_54 / 11 % 10;
        let i3_54: i32 = lin_54 % 11;
        let v_493: f32 = 1.0 / (1.0 + exp(-y_54));
        out_mul[lin_54] = y_54 * v_493;
    }
    if ((r3 < 24) && (c7 < 110)) {
        let v_494: f32 = in_w_1[r3];
        let lin_55: i32 = (i32(tcc_group_id.z) * 24 + r3) * 110 + c7;
        let y_55: f32 = v_494 + acc3_7;
        let i1_311: i32 = lin_55 / 110;
        let i2_247: i32 = lin_55 / 11 % 10;
        let i3_55: i32 = lin_55 % 11;
        let v_495: f32 = 1.0 / (1.0 + exp(-y_55));
        out_mul[lin_55] = y_55 * v_495;
    }
    if ((r3 < 24) && (c8 < 110)) {
        let v_496: f32 = in_w_1[r3];
        let lin_56: i32 = (i32(tcc_group_id.z) * 24 + r3) * 110 + c8;
        let y_56: f32 = v_496 + acc3_8;
        let i1_312: i32 = lin_56 / 110;
        let i2_248: i32 = lin_56 / 11 % 10;
        let i3_56: i32 = lin_56 % 11;
        let v_497: f32 = 1.0 / (1.0 + exp(-y_56));
        out_mul[lin_56] = y_56 * v_497;
    }
    if ((r3 < 24) && (c9 < 110)) {
        let v_498: f32 = in_w_1[r3];
        let lin_57: i32 = (i32(tcc_group_id.z) * 24 + r3) * 110 + c9;
        let y_57: f32 = v_498 + acc3_9;
        let i1_313: i32 = lin_57 / 110;
        let i2_249: i32 = lin_57 / 11 % 10;
        let i3_57: i32 = lin_57 % 11;
        let v_499: f32 = 1.0 / (1.0 + exp(-y_57));
        out_mul[lin_57] = y_57 * v_499;
    }
    if ((r3 < 24) && (c10 < 110)) {
        let v_500: f32 = in_w_1[r3];
        let lin_58: i32 = (i32(tcc_group_id.z) * 24 + r3) * 110 + c10;
        let y_58: f32 = v_500 + acc3_10;
        let i1_314: i32 = lin_58 / 110;
        let i2_250: i32 = lin_58 / 11 % 10;
        let i3_58: i32 = lin_58 % 11;
        let v_501: f32 = 1.0 / (1.0 + exp(-y_58));
        out_mul[lin_58] = y_58 * v_501;
    }
    if ((r3 < 24) && (c11 < 110)) {
        let v_502: f32 = in_w_1[r3];
        let lin_59: i32 = (i32(tcc_group_id.z) * 24 + r3) * 110 + c11;
        let y_59: f32 = v_502 + acc3_11;
        let i1_315: i32 = lin_59 / 110;
        let i2_251: i32 = lin_59 / 11 % 10;
        let i3_59: i32 = lin_59 % 11;
        let v_503: f32 = 1.0 / (1.0 + exp(-y_59));
        out_mul[lin_59] = y_59 * v_503;
    }
    if ((r3 < 24) && (c12 < 110)) {
        let v_504: f32 = in_w_1[r3];
        let lin_60: i32 = (i32(tcc_group_id.z) * 24 + r3) * 110 + c12;
        let y_60: f32 = v_504 + acc3_12;
        let i1_316: i32 = lin_60 / 110;
        let i2_252: i32 = lin_60 / 11 % 10;
        let i3_60: i32 = lin_60 % 11;
        let v_505: f32 = 1.0 / (1.0 + exp(-y_60));
        out_mul[lin_60] = y_60 * v_505;
    }
    if ((r3 < 24) && (c13 < 110)) {
        let v_506: f32 = in_w_1[r3];
        let lin_61: i32 = (i32(tcc_group_id.z) * 24 + r3) * 110 + c13;
        let y_61: f32 = v_506 + acc3_13;
        let i1_317: i32 = lin_61 / 110;
        let i2_253: i32 = lin_61 / 11 % 10;
        let i3_61: i32 = lin_61 % 11;
        let v_507: f32 = 1.0 / (1.0 + exp(-y_61));
        out_mul[lin_61] = y_61 * v_507;
    }
    if ((r3 < 24) && (c14 < 110)) {
        let v_508: f32 = in_w_1[r3];
        let lin_62: i32 = (i32(tcc_group_id.z) * 24 + r3) * 110 + c14;
        let y_62: f32 = v_508 + acc3_14;
        let i1_318: i32 = lin_62 / 110;
        let i2_254: i32 = lin_62 / 11 % 10;
        let i3_62: i32 = lin_62 % 11;
        let v_509: f32 = 1.0 / (1.0 + exp(-y_62));
        out_mul[lin_62] = y_62 * v_509;
    }
    if ((r3 < 24) && (c15 < 110)) {
        let v_510: f32 = in_w_1[r3];
        let lin_63: i32 = (i32(tcc_group_id.z) * 24 + r3) * 110 + c15;
        let y_63: f32 = v_510 + acc3_15;
        let i1_319: i32 = lin_63 / 110;
        let i2_255: i32 = lin_63 / 11 % 10;
        let i3_63: i32 = lin_63 % 11;
        let v_511: f32 = 1.0 / (1.0 + exp(-y_63));
        out_mul[lin_63] = y_63 * v_511;
    }
    if ((r4 < 24) && (c0 < 110)) {
        let v_512: f32 = in_w_1[r4];
        let lin_64: i32 = (i32(tcc_group_id.z) * 24 + r4) * 110 + c0;
        let y_64: f32 = v_512 + acc4_0;
        let i1_320: i32 = lin_64 / 110;
        let i2_256: i32 = lin_64 / 11 % 10;
        let i3_64: i32 = lin_64 % 11;
        let v_513: f32 = 1.0 / (1.0 + exp(-y_64));
        out_mul[lin_64] = y_64 * v_513;
    }
    if ((r4 < 24) && (c1 < 110)) {
        let v_514: f32 = in_w_1[r4];
        let lin_65: i32 = (i32(tcc_group_id.z) * 24 + r4) * 110 + c1;
        let y_65: f32 = v_514 + acc4_1;
        let i1_321: i32 = lin_65 / 110;
        let i2_257: i32 = lin_65 / 11 % 10;
        let i3_65: i32 = lin_65 % 11;
        let v_515: f32 = 1.0 / (1.0 + exp(-y_65));
        out_mul[lin_65] = y_65 * v_515;
    }
    if ((r4 < 24) && (c2 < 110)) {
        let v_516: f32 = in_w_1[r4];
        let lin_66: i32 = (i32(tcc_group_id.z) * 24 + r4) * 110 + c2;
        let y_66: f32 = v_516 + acc4_2;
        let i1_322: i32 = lin_66 / 110;
        let i2_258: i32 = lin_66 / 11 % 10;
        let i3_66: i32 = lin_66 % 11;
        let v_517: f32 = 1.0 / (1.0 + exp(-y_66));
        out_mul[lin_66] = y_66 * v_517;
    }
    if ((r4 < 24) && (c3 < 110)) {
        let v_518: f32 = in_w_1[r4];
        let lin_67: i32 = (i32(tcc_group_id.z) * 24 + r4) * 110 + c3;
        let y_67: f32 = v_518 + acc4_3;
        let i1_323: i32 = lin_67 / 110;
        let i2_259: i32 = lin_67 / 11 % 10;
        let i3_67: i32 = lin_67 % 11;
        let v_519: f32 = 1.0 / (1.0 + exp(-y_67));
        out_mul[lin_67] = y_67 * v_519;
    }
    if ((r4 < 24) && (c4 < 110)) {
        let v_520: f32 = in_w_1[r4];
        let lin_68: i32 = (i32(tcc_group_id.z) * 24 + r4) * 110 + c4;
        let y_68: f32 = v_520 + acc4_4;
        let i1_324: i32 = lin_68 / 110;
        let i2_260: i32 = lin_68 / 11 % 10;
        let i3_68: i32 = lin_68 % 11;
        let v_521: f32 = 1.0 / (1.0 + exp(-y_68));
        out_mul[lin_68] = y_68 * v_521;
    }
    if ((r4 < 24) && (c5 < 110)) {
        let v_522: f32 = in_w_1[r4];
        let lin_69: i32 = (i32(tcc_group_id.z) * 24 + r4) * 110 + c5;
        let y_69: f32 = v_522 + acc4_5;
        let i1_325: i32 = lin_69 / 110;
        let i2_261: i32 = lin_69 / 11 % 10;
        let i3_69: i32 = lin_69 % 11;
        let v_523: f32 = 1.0 / (1.0 + exp(-y_69));
        out_mul[lin_69] = y_69 * v_523;
    }
    if ((r4 < 24) && (c6 < 110)) {
        let v_524: f32 = in_w_1[r4];
        let lin_70: i32 = (i32(tcc_group_id.z) * 24 + r4) * 110 + c6;
        let y_70: f32 = v_524 + acc4_6;
        let i1_326: i32 = lin_70 / 110;
        let i2_262: i32 = lin_70 / 11 % 10;
        let i3_70: i32 = lin_70 % 11;
        let v_525: f32 = 1.0 / (1.0 + exp(-y_70));
        out_mul[lin_70] = y_70 * v_525;
    }
    if ((r4 < 24) && (c7 < 110)) {
        let v_526: f32 = in_w_1[r4];
        let lin_71: i32 = (i32(tcc_group_id.z) * 24 + r4) * 110 + c7;
        let y_71: f32 = v_526 + acc4_7;
        let i1_327: i32 = lin_71 / 110;
        let i2_263: i32 = lin_71 / 11 % 10;
        let i3_71: i32 = lin_71 % 11;
        let v_527: f32 = 1.0 / (1.0 + exp(-y_71));
        out_mul[lin_71] = y_71 * v_527;
    }
    if ((r4 < 24) && (c8 < 110)) {
        let v_528: f32 = in_w_1[r4];
        let lin_72: i32 = (i32(tcc_group_id.z) * 24 + r4) * 110 + c8;
        let y_72: f32 = v_528 + acc4_8;
        let i1_328: i32 = lin_72 / 110;
        let i2_264: i32 = lin_72 / 11 % 10;
        let i3_72: i32 = lin_72 % 11;
        let v_529: f32 = 1.0 / (1.0 + exp(-y_72));
        out_mul[lin_72] = y_72 * v_529;
    }
    if ((r4 < 24) && (c9 < 110)) {
        let v_530: f32 = in_w_1[r4];
        let lin_73: i32 = (i32(tcc_group_id.z) * 24 + r4) * 110 + c9;
        let y_73: f32 = v_530 + acc4_9;
        let i1_329: i32 = lin_73 / 110;
        let i2_265: i32 = lin_73 / 11 % 10;
        let i3_73: i32 = lin_73 % 11;
        let v_531: f32 = 1.0 / (1.0 + exp(-y_73));
        out_mul[lin_73] = y_73 * v_531;
    }
    if ((r4 < 24) && (c10 < 110)) {
        let v_532: f32 = in_w_1[r4];
        let lin_74: i32 = (i32(tcc_group_id.z) * 24 + r4) * 110 + c10;
        let y_74: f32 = v_532 + acc4_10;
        let i1_330: i32 = lin_74 / 110;
        let i2_266: i32 = lin_74 / 11 % 10;
        let i3_74: i32 = lin_74 % 11;
        let v_533: f32 = 1.0 / (1.0 + exp(-y_74));
        out_mul[lin_74] = y_74 * v_533;
    }
    if ((r4 < 24) && (c11 < 110)) {
        let v_534: f32 = in_w_1[r4];
        let lin_75: i32 = (i32(tcc_group_id.z) * 24 + r4) * 110 + c11;
        let y_75: f32 = v_534 + acc4_11;
        let i1_331: i32 = lin_75 / 110;
        let i2_267: i32 = lin_75 / 11 % 10;
        let i3_75: i32 = lin_75 % 11;
        let v_535: f32 = 1.0 / (1.0 + exp(-y_75));
        out_mul[lin_75] = y_75 * v_535;
    }
    if ((r4 < 24) && (c12 < 110)) {
        let v_536: f32 = in_w_1[r4];
        let lin_76: i32 = (i32(tcc_group_id.z) * 24 + r4) * 110 + c12;
        let y_76: f32 = v_536 + acc4_12;
        let i1_332: i32 = lin_76 / 110;
        let i2_268: i32 = lin_76 / 11 % 10;
        let i3_76: i32 = lin_76 % 11;
        let v_537: f32 = 1.0 / (1.0 + exp(-y_76));
        out_mul[lin_76] = y_76 * v_537;
    }
    if ((r4 < 24) && (c13 < 110)) {
        let v_538: f32 = in_w_1[r4];
        let lin_77: i32 = (i32(tcc_group_id.z) * 24 + r4) * 110 + c13;
        let y_77: f32 = v_538 + acc4_13;
        let i1_333: i32 = lin_77 / 110;
        let i2_269: i32 = lin_77 / 11 % 10;
        let i3_77: i32 = lin_77 % 11;
        let v_539: f32 = 1.0 / (1.0 + exp(-y_77));
        out_mul[lin_77] = y_77 * v_539;
    }
    if ((r4 < 24) && (c14 < 110)) {
        let v_540: f32 = in_w_1[r4];
        let lin_78: i32 = (i32(tcc_group_id.z) * 24 + r4) * 110 + c14;
        let y_78: f32 = v_540 + acc4_14;
        let i1_334: i32 = lin_78 / 110;
        let i2_270: i32 = lin_78 / 11 % 10;
        let i3_78: i32 = lin_78 % 11;
        let v_541: f32 = 1.0 / (1.0 + exp(-y_78));
        out_mul[lin_78] = y_78 * v_541;
    }
    if ((r4 < 24) && (c15 < 110)) {
        let v_542: f32 = in_w_1[r4];
        let lin_79: i32 = (i32(tcc_group_id.z) * 24 + r4) * 110 + c15;
        let y_79: f32 = v_542 + acc4_15;
        let i1_335: i32 = lin_79 / 110;
        let i2_271: i32 = lin_79 / 11 % 10;
        let i3_79: i32 = lin_79 % 11;
        let v_543: f32 = 1.0 / (1.0 + exp(-y_79));
        out_mul[lin_79] = y_79 * v_543;
    }
    if ((r5 < 24) && (c0 < 110)) {
        let v_544: f32 = in_w_1[r5];
        let lin_80: i32 = (i32(tcc_group_id.z) * 24 + r5) * 110 + c0;
        let y_80: f32 = v_544 + acc5_0;
        let i1_336: i32 = lin_80 / 110;
        let i2_272: i32 = lin_80 / 11 % 10;
        let i3_80: i32 = lin_80 % 11;
        let v_545: f32 = 1.0 / (1.0 + exp(-y_80));
        out_mul[lin_80] = y_80 * v_545;
    }
    if ((r5 < 24) && (c1 < 110)) {
        let v_546: f32 = in_w_1[r5];
        let lin_81: i32 = (i32(tcc_group_id.z) * 24 + r5) * 110 + c1;
        let y_81: f32 = v_546 + acc5_1;
        let i1_337: i32 = lin_81 / 110;
        let i2_273: i32 = lin_81 / 11 % 10;
        let i3_81: i32 = lin_81 % 11;
        let v_547: f32 = 1.0 / (1.0 + exp(-y_81));
        out_mul[lin_81] = y_81 * v_547;
    }
    if ((r5 < 24) && (c2 < 110)) {
        let v_548: f32 = in_w_1[r5];
        let lin_82: i32 = (i32(tcc_group_id.z) * 24 + r5) * 110 + c2;
        let y_82: f32 = v_548 + acc5_2;
        let i1_338: i32 = lin_82 / 110;
        let i2_274: i32 = lin_82 / 11 % 10;
        let i3_82: i32 = lin_82 % 11;
        let v_549: f32 = 1.0 / (1.0 + exp(-y_82));
        out_mul[lin_82] = y_82 * v_549;
    }
    if ((r5 < 24) && (c3 < 110)) {
        let v_550: f32 = in_w_1[r5];
        let lin_83: i32 = (i32(tcc_group_id.z) * 24 + r5) * 110 + c3;
        let y_83: f32 = v_550 + acc5_3;
        let i1_339: i32 = lin_83 / 110;
        let i2_275: i32 = lin_83 / 11 % 10;
        let i3_83: i32 = lin_83 % 11;
        let v_551: f32 = 1.0 / (1.0 + exp(-y_83));
        out_mul[lin_83] = y_83 * v_551;
    }
    if ((r5 < 24) && (c4 < 110)) {
        let v_552: f32 = in_w_1[r5];
        let lin_84: i32 = (i32(tcc_group_id.z) * 24 + r5) * 110 + c4;
        let y_84: f32 = v_552 + acc5_4;
        let i1_340: i32 = lin_84 / 110;
        let i2_276: i32 = lin_84 / 11 % 10;
        let i3_84: i32 = lin_84 % 11;
        let v_553: f32 = 1.0 / (1.0 + exp(-y_84));
        out_mul[lin_84] = y_84 * v_553;
    }
    if ((r5 < 24) && (c5 < 110)) {
        let v_554: f32 = in_w_1[r5];
        let lin_85: i32 = (i32(tcc_group_id.z) * 24 + r5) * 110 + c5;
        let y_85: f32 = v_554 + acc5_5;
        let i1_341: i32 = lin_85 / 110;
        let i2_277: i32 = lin_85 / 11 % 10;
        let i3_85: i32 = lin_85 % 11;
        let v_555: f32 = 1.0 / (1.0 + exp(-y_85));
        out_mul[lin_85] = y_85 * v_555;
    }
    if ((r5 < 24) && (c6 < 110)) {
        let v_556: f32 = in_w_1[r5];
        let lin_86: i32 = (i32(tcc_group_id.z) * 24 + r5) * 110 + c6;
        let y_86: f32 = v_556 + acc5_6;
        let i1_342: i32 = lin_86 / 110;
        let i2_278: i32 = lin_86 / 11 % 10;
        let i3_86: i32 = lin_86 % 11;
        let v_557: f32 = 1.0 / (1.0 + exp(-y_86));
        out_mul[lin_86] = y_86 * v_557;
    }
    if ((r5 < 24) && (c7 < 110)) {
        let v_558: f32 = in_w_1[r5];
        let lin_87: i32 = (i32(tcc_group_id.z) * 24 + r5) * 110 + c7;
        let y_87: f32 = v_558 + acc5_7;
        let i1_343: i32 = lin_87 / 110;
        let i2_279: i32 = lin_87 / 11 % 10;
        let i3_87: i32 = lin_87 % 11;
        let v_559: f32 = 1.0 / (1.0 + exp(-y_87));
        out_mul[lin_87] = y_87 * v_559;
    }
    if ((r5 < 24) && (c8 < 110)) {
        let v_560: f32 = in_w_1[r5];
        let lin_88: i32 = (i32(tcc_group_id.z) * 24 + r5) * 110 + c8;
        let y_88: f32 = v_560 + acc5_8;
        let i1_344: i32 = lin_88 / 110;
        let i2_280: i32 = lin_88 / 11 % 10;
        let i3_88: i32 = lin_88 % 11;
        let v_561: f32 = 1.0 / (1.0 + exp(-y_88));
        out_mul[lin_88] = y_88 * v_561;
    }
    if ((r5 < 24) && (c9 < 110)) {
        let v_562: f32 = in_w_1[r5];
        let lin_89: i32 = (i32(tcc_group_id.z) * 24 + r5) * 110 + c9;
        let y_89: f32 = v_562 + acc5_9;
        let i1_345: i32 = lin_89 / 110;
        let i2_281: i32 = lin_89 / 11 % 10;
        let i3_89: i32 = lin_89 % 11;
        let v_563: f32 = 1.0 / (1.0 + exp(-y_89));
        out_mul[lin_89] = y_89 * v_563;
    }
    if ((r5 < 24) && (c10 < 110)) {
        let v_564: f32 = in_w_1[r5];
        let lin_90: i32 = (i32(tcc_group_id.z) * 24 + r5) * 110 + c10;
        let y_90: f32 = v_564 + acc5_10;
        let i1_346: i32 = lin_90 / 110;
        let i2_282: i32 = lin_90 / 11 % 10;
        let i3_90: i32 = lin_90 % 11;
        let v_565: f32 = 1.0 / (1.0 + exp(-y_90));
        out_mul[lin_90] = y_90 * v_565;
    }
    if ((r5 < 24) && (c11 < 110)) {
        let v_566: f32 = in_w_1[r5];
        let lin_91: i32 = (i32(tcc_group_id.z) * 24 + r5) * 110 + c11;
        let y_91: f32 = v_566 + acc5_11;
        let i1_347: i32 = lin_91 / 110;
        let i2_283: i32 = lin_91 / 11 % 10;
        let i3_91: i32 = lin_91 % 11;
        let v_567: f32 = 1.0 / (1.0 + exp(-y_91));
        out_mul[lin_91] = y_91 * v_567;
    }
    if ((r5 < 24) && (c12 < 110)) {
        let v_568: f32 = in_w_1[r5];
        let lin_92: i32 = (i32(tcc_group_id.z) * 24 + r5) * 110 + c12;
        let y_92: f32 = v_568 + acc5_12;
        let i1_348: i32 = lin_92 / 110;
        let i2_284: i32 = lin_92 / 11 % 10;
        let i3_92: i32 = lin_92 % 11;
        let v_569: f32 = 1.0 / (1.0 + exp(-y_92));
        out_mul[lin_92] = y_92 * v_569;
    }
    if ((r5 < 24) && (c13 < 110)) {
        let v_570: f32 = in_w_1[r5];
        let lin_93: i32 = (i32(tcc_group_id.z) * 24 + r5) * 110 + c13;
        let y_93: f32 = v_570 + acc5_13;
        let i1_349: i32 = lin_93 / 110;
        let i2_285: i32 = lin_93 / 11 % 10;
        let i3_93: i32 = lin_93 % 11;
        let v_571: f32 = 1.0 / (1.0 + exp(-y_93));
        out_mul[lin_93] = y_93 * v_571;
    }
    if ((r5 < 24) && (c14 < 110)) {
        let v_572: f32 = in_w_1[r5];
        let lin_94: i32 = (i32(tcc_group_id.z) * 24 + r5) * 110 + c14;
        let y_94: f32 = v_572 + acc5_14;
        let i1_350: i32 = lin_94 / 110;
        let i2_286: i32 = lin_94 / 11 % 10;
        let i3_94: i32 = lin_94 % 11;
        let v_573: f32 = 1.0 / (1.0 + exp(-y_94));
        out_mul[lin_94] = y_94 * v_573;
    }
    if ((r5 < 24) && (c15 < 110)) {
        let v_574: f32 = in_w_1[r5];
        let lin_95: i32 = (i32(tcc_group_id.z) * 24 + r5) * 110 + c15;
        let y_95: f32 = v_574 + acc5_15;
        let i1_351: i32 = lin_95 / 110;
        let i2_287: i32 = lin_95 / 11 % 10;
        let i3_95: i32 = lin_95 % 11;
        let v_575: f32 = 1.0 / (1.0 + exp(-y_95));
        out_mul[lin_95] = y_95 * v_575;
    }
    if ((r6 < 24) && (c0 < 110)) {
        let v_576: f32 = in_w_1[r6];
        let lin_96: i32 = (i32(tcc_group_id.z) * 24 + r6) * 110 + c0;
        let y_96: f32 = v_576 + acc6_0;
        let i1_352: i32 = lin_96 / 110;
        let i2_288: i32 = lin_96 / 11 % 10;
        let i3_96: i32 = lin_96 % 11;
        let v_577: f32 = 1.0 / (1.0 + exp(-y_96));
        out_mul[lin_96] = y_96 * v_577;
    }
    if ((r6 < 24) && (c1 < 110)) {
        let v_578: f32 = in_w_1[r6];
        let lin_97: i32 = (i32(tcc_group_id.z) * 24 + r6) * 110 + c1;
        let y_97: f32 = v_578 + acc6_1;
        let i1_353: i32 = lin_97 / 110;
        let i2_289: i32 = lin_97 / 11 % 10;
        let i3_97: i32 = lin_97 % 11;
        let v_579: f32 = 1.0 / (1.0 + exp(-y_97));
        out_mul[lin_97] = y_97 * v_579;
    }
    if ((r6 < 24) && (c2 < 110)) {
        let v_580: f32 = in_w_1[r6];
        let lin_98: i32 = (i32(tcc_group_id.z) * 24 + r6) * 110 + c2;
        let y_98: f32 = v_580 + acc6_2;
        let i1_354: i32 = lin_98 / 110;
        let i2_290: i32 = lin_98 / 11 % 10;
        let i3_98: i32 = lin_98 % 11;
        let v_581: f32 = 1.0 / (1.0 + exp(-y_98));
        out_mul[lin_98] = y_98 * v_581;
    }
    if ((r6 < 24) && (c3 < 110)) {
        let v_582: f32 = in_w_1[r6];
        let lin_99: i32 = (i32(tcc_group_id.z) * 24 + r6) * 110 + c3;
        let y_99: f32 = v_582 + acc6_3;
        let i1_355: i32 = lin_99 / 110;
        let i2_291: i32 = lin_99 / 11 % 10;
        let i3_99: i32 = lin_99 % 11;
        let v_583: f32 = 1.0 / (1.0 + exp(-y_99));
        out_mul[lin_99] = y_99 * v_583;
    }
    if ((r6 < 24) && (c4 < 110)) {
        let v_584: f32 = in_w_1[r6];
        let lin_100: i32 = (i32(tcc_group_id.z) * 24 + r6) * 110 + c4;
        let y_100: f32 = v_584 + acc6_4;
        let i1_356: i32 = lin_100 / 110;
        let i2_292: i32 = lin_100 / 11 % 10;
        let i3_100: i32 = lin_100 % 11;
        let v_585: f32 = 1.0 / (1.0 + exp(-y_100));
        out_mul[lin_100] = y_100 * v_585;
    }
    if ((r6 < 24) && (c5 < 110)) {
        let v_586: f32 = in_w_1[r6];
        let lin_101: i32 = (i32(tcc_group_id.z) * 24 + r6) * 110 + c5;
        let y_101: f32 = v_586 + acc6_5;
        let i1_357: i32 = lin_101 / 110;
        let i2_293: i32 = lin_101 / 11 % 10;
        let i3_101: i32 = lin_101 % 11;
        let v_587: f32 = 1.0 / (1.0 + exp(-y_101));
        out_mul[lin_101] = y_101 * v_587;
    }
    if ((r6 < 24) && (c6 < 110)) {
        let v_588: f32 = in_w_1[r6];
        let lin_102: i32 = (i32(tcc_group_id.z) * 24 + r6) * 110 + c6;
        let y_102: f32 = v_588 + acc6_6;
        let i1_358: i32 = lin_102 / 110;
        let i2_294: i32 = lin_102 / 11 % 10;
        let i3_102: i32 = lin_102 % 11;
        let v_589: f32 = 1.0 / (1.0 + exp(-y_102));
        out_mul[lin_102] = y_102 * v_589;
    }
    if ((r6 < 24) && (c7 < 110)) {
        let v_590: f32 = in_w_1[r6];
        let lin_103: i32 = (i32(tcc_group_id.z) * 24 + r6) * 110 + c7;
        let y_103: f32 = v_590 + acc6_7;
        let i1_359: i32 = lin_103 / 110;
        let i2_295: i32 = lin_103 / 11 % 10;
        let i3_103: i32 = lin_103 % 11;
        let v_591: f32 = 1.0 / (1.0 + exp(-y_103));
        out_mul[lin_103] = y_103 * v_591;
    }
    if ((r6 < 24) && (c8 < 110)) {
        let v_592: f32 = in_w_1[r6];
        let lin_104: i32 = (i32(tcc_group_id.z) * 24 + r6) * 110 + c8;
        let y_104: f32 = v_592 + acc6_8;
        let i1_360: i32 = lin_104 / 110;
        let i2_296: i32 = lin_104 / 11 % 10;
        let i3_104: i32 = lin_104 % 11;
        let v_593: f32 = 1.0 / (1.0 + exp(-y_104));
        out_mul[lin_104] = y_104 * v_593;
    }
    if ((r6 < 24) && (c9 < 110)) {
        let v_594: f32 = in_w_1[r6];
        let lin_105: i32 = (i32(tcc_group_id.z) * 24 + r6) * 110 + c9;
        let y_105: f32 = v_594 + acc6_9;
        let i1_361: i32 = lin_105 / 110;
        let i2_297: i32 = lin_105 / 11 % 10;
        let i3_105: i32 = lin_105 % 11;
        let v_595: f32 = 1.0 / (1.0 + exp(-y_105));
        out_mul[lin_105] = y_105 * v_595;
    }
    if ((r6 < 24) && (c10 < 110)) {
        let v_596: f32 = in_w_1[r6];
        let lin_106: i32 = (i32(tcc_group_id.z) * 24 + r6) * 110 + c10;
        let y_106: f32 = v_596 + acc6_10;
        let i1_362: i32 = lin_106 / 110;
        let i2_298: i32 = lin_106 / 11 % 10;
        let i3_106: i32 = lin_106 % 11;
        let v_597: f32 = 1.0 / (1.0 + exp(-y_106));
        out_mul[lin_106] = y_106 * v_597;
    }
    if ((r6 < 24) && (c11 < 110)) {
        let v_598: f32 = in_w_1[r6];
        let lin_107: i32 = (i32(tcc_group_id.z) * 24 + r6) * 110 + c11;
        let y_107: f32 = v_598 + acc6_11;
        let i1_363: i32 = lin_107 / 110;
        let i2_299: i32 = lin_107 / 11 % 10;
        let i3_107: i32 = lin_107 % 11;
        let v_599: f32 = 1.0 / (1.0 + exp(-y_107));
        out_mul[lin_107] = y_107 * v_599;
    }
    if ((r6 < 24) && (c12 < 110)) {
        let v_600: f32 = in_w_1[r6];
        let lin_108: i32 = (i32(tcc_group_id.z) * 24 + r6) * 110 + c12;
        let y_108: f32 = v_600 + acc6_12;
        let i1_364: i32 = lin_108 / 110;
        let i2_300: i32 = lin_108 / 11 % 10;
        let i3_108: i32 = lin_108 % 11;
        let v_601: f32 = 1.0 / (1.0 + exp(-y_108));
        out_mul[lin_108] = y_108 * v_601;
    }
    if ((r6 < 24) && (c13 < 110)) {
        let v_602: f32 = in_w_1[r6];
        let lin_109: i32 = (i32(tcc_group_id.z) * 24 + r6) * 110 + c13;
        let y_109: f32 = v_602 + acc6_13;
        let i1_365: i32 = lin_109 / 110;
        let i2_301: i32 = lin_109 / 11 % 10;
        let i3_109: i32 = lin_109 % 11;
        let v_603: f32 = 1.0 / (1.0 + exp(-y_109));
        out_mul[lin_109] = y_109 * v_603;
    }
    if ((r6 < 24) && (c14 < 110)) {
        let v_604: f32 = in_w_1[r6];
        let lin_110: i32 = (i32(tcc_group_id.z) * 24 + r6) * 110 + c14;
        let y_110: f32 = v_604 + acc6_14;
        let i1_366: i32 = lin_110 / 110;
        let i2_302: i32 = lin_110 / 11 % 10;
        let i3_110: i32 = lin_110 % 11;
        let v_605: f32 = 1.0 / (1.0 + exp(-y_110));
        out_mul[lin_110] = y_110 * v_605;
    }
    if ((r6 < 24) && (c15 < 110)) {
        let v_606: f32 = in_w_1[r6];
        let lin_111: i32 = (i32(tcc_group_id.z) * 24 + r6) * 110 + c15;
        let y_111: f32 = v_606 + acc6_15;
        let i1_367: i32 = lin_111 / 110;
        let i2_303: i32 = lin_111 / 11 % 10;
        let i3_111: i32 = lin_111 % 11;
        let v_607: f32 = 1.0 / (1.0 + exp(-y_111));
        out_mul[lin_111] = y_111 * v_607;
    }
    if ((r7 < 24) && (c0 < 110)) {
        let v_608: f32 = in_w_1[r7];
        let lin_112: i32 = (i32(tcc_group_id.z) * 24 + r7) * 110 + c0;
        let y_112: f32 = v_608 + acc7_0;
        let i1_368: i32 = lin_112 / 110;
        let i2_304: i32 = lin_112 / 11 % 10;
        let i3_112: i32 = lin_112 % 11;
        let v_609: f32 = 1.0 / (1.0 + exp(-y_112));
        out_mul[lin_112] = y_112 * v_609;
    }
    if ((r7 < 24) && (c1 < 110)) {
        let v_610: f32 = in_w_1[r7];
        let lin_113: i32 = (i32(tcc_group_id.z) * 24 + r7) * 110 + c1;
        let y_113: f32 = v_610 + acc7_1;
        let i1_369: i32 = lin_113 / 110;
        let i2_305: i32 = lin_113 / 11 % 10;
        let i3_113: i32 = lin_113 % 11;
        let v_611: f32 = 1.0 / (1.0 + exp(-y_113));
        out_mul[lin_113] = y_113 * v_611;
    }
    if ((r7 < 24) && (c2 < 110)) {
        let v_612: f32 = in_w_1[r7];
        let lin_114: i32 = (i32(tcc_group_id.z) * 24 + r7) * 110 + c2;
        let y_114: f32 = v_612 + acc7_2;
        let i1_370: i32 = lin_114 / 110;
        let i2_306: i32 = lin_114 / 11 % 10;
        let i3_114: i32 = lin_114 % 11;
        let v_613: f32 = 1.0 / (1.0 + exp(-y_114));
        out_mul[lin_114] = y_114 * v_613;
    }
    if ((r7 < 24) && (c3 < 110)) {
        let v_614: f32 = in_w_1[r7];
        let lin_115: i32 = (i32(tcc_group_id.z) * 24 + r7) * 110 + c3;
        let y_115: f32 = v_614 + acc7_3;
        let i1_371: i32 = lin_115 / 110;
        let i2_307: i32 = lin_115 / 11 % 10;
        let i3_115: i32 = lin_115 % 11;
        let v_615: f32 = 1.0 / (1.0 + exp(-y_115));
        out_mul[lin_115] = y_115 * v_615;
    }
    if ((r7 < 24) && (c4 < 110)) {
        let v_616: f32 = in_w_1[r7];
        let lin_116: i32 = (i32(tcc_group_id.z) * 24 + r7) * 110 + c4;
        let y_116: f32 = v_616 + acc7_4;
        let i1_372: i32 = lin_116 / 110;
        let i2_308: i32 = lin_116 / 11 % 10;
        let i3_116: i32 = lin_116 % 11;
        let v_617: f32 = 1.0 / (1.0 + exp(-y_116));
        out_mul[lin_116] = y_116 * v_617;
    }
    if ((r7 < 24) && (c5 < 110)) {
        let v_618: f32 = in_w_1[r7];
        let lin_117: i32 = (i32(tcc_group_id.z) * 24 + r7) * 110 + c5;
        let y_117: f32 = v_618 + acc7_5;
        let i1_373: i32 = lin_117 / 110;
        let i2_309: i32 = lin_117 / 11 % 10;
        let i3_117: i32 = lin_117 % 11;
        let v_619: f32 = 1.0 / (1.0 + exp(-y_117));
        out_mul[lin_117] = y_117 * v_619;
    }
    if ((r7 < 24) && (c6 < 110)) {
        let v_620: f32 = in_w_1[r7];
        let lin_118: i32 = (i32(tcc_group_id.z) * 24 + r7) * 110 + c6;
        let y_118: f32 = v_620 + acc7_6;
        let i1_374: i32 = lin_118 / 110;
        let i2_310: i32 = lin_118 / 11 % 10;
        let i3_118: i32 = lin_118 % 11;
        let v_621: f32 = 1.0 / (1.0 + exp(-y_118));
        out_mul[lin_118] = y_118 * v_621;
    }
    if ((r7 < 24) && (c7 < 110)) {
        let v_622: f32 = in_w_1[r7];
        let lin_119: i32 = (i32(tcc_group_id.z) * 24 + r7) * 110 + c7;
        let y_119: f32 = v_622 + acc7_7;
        let i1_375: i32 = lin_119 / 110;
        let i2_311: i32 = lin_119 / 11 % 10;
        let i3_119: i32 = lin_119 % 11;
        let v_623: f32 = 1.0 / (1.0 + exp(-y_119));
        out_mul[lin_119] = y_119 * v_623;
    }
    if ((r7 < 24) && (c8 < 110)) {
        let v_624: f32 = in_w_1[r7];
        let lin_120: i32 = (i32(tcc_group_id.z) * 24 + r7) * 110 + c8;
        let y_120: f32 = v_624 + acc7_8;
        let i1_376: i32 = lin_120 / 110;
        let i2_312: i32 = lin_120 / 11 % 10;
        let i3_120: i32 = lin_120 % 11;
        let v_625: f32 = 1.0 / (1.0 + exp(-y_120));
        out_mul[lin_120] = y_120 * v_625;
    }
    if ((r7 < 24) && (c9 < 110)) {
        let v_626: f32 = in_w_1[r7];
        let lin_121: i32 = (i32(tcc_group_id.z) * 24 + r7) * 110 + c9;
        let y_121: f32 = v_626 + acc7_9;
        let i1_377: i32 = lin_121 / 110;
        let i2_313: i32 = lin_121 / 11 % 10;
        let i3_121: i32 = lin_121 % 11;
        let v_627: f32 = 1.0 / (1.0 + exp(-y_121));
        out_mul[lin_121] = y_121 * v_627;
    }
    if ((r7 < 24) && (c10 < 110)) {
        let v_628: f32 = in_w_1[r7];
        let lin_122: i32 = (i32(tcc_group_id.z) * 24 + r7) * 110 + c10;
        let y_122: f32 = v_628 + acc7_10;
        let i1_378: i32 = lin_122 / 110;
        let i2_314: i32 = lin_122 / 11 % 10;
        let i3_122: i32 = lin_122 % 11;
        let v_629: f32 = 1.0 / (1.0 + exp(-y_122));
        out_mul[lin_122] = y_122 * v_629;
    }
    if ((r7 < 24) && (c11 < 110)) {
        let v_630: f32 = in_w_1[r7];
        let lin_123: i32 = (i32(tcc_group_id.z) * 24 + r7) * 110 + c11;
        let y_123: f32 = v_630 + acc7_11;
        let i1_379: i32 = lin_123 / 110;
        let i2_315: i32 = lin_123 / 11 % 10;
        let i3_123: i32 = lin_123 % 11;
        let v_631: f32 = 1.0 / (1.0 + exp(-y_123));
        out_mul[lin_123] = y_123 * v_631;
    }
    if ((r7 < 24) && (c12 < 110)) {
        let v_632: f32 = in_w_1[r7];
        let lin_124: i32 = (i32(tcc_group_id.z) * 24 + r7) * 110 + c12;
        let y_124: f32 = v_632 + acc7_12;
        let i1_380: i32 = lin_124 / 110;
        let i2_316: i32 = lin_124 / 11 % 10;
        let i3_124: i32 = lin_124 % 11;
        let v_633: f32 = 1.0 / (1.0 + exp(-y_124));
        out_mul[lin_124] = y_124 * v_633;
    }
    if ((r7 < 24) && (c13 < 110)) {
        let v_634: f32 = in_w_1[r7];
        let lin_125: i32 = (i32(tcc_group_id.z) * 24 + r7) * 110 + c13;
        let y_125: f32 = v_634 + acc7_13;
        let i1_381: i32 = lin_125 / 110;
        let i2_317: i32 = lin_125 / 11 % 10;
        let i3_125: i32 = lin_125 % 11;
        let v_635: f32 = 1.0 / (1.0 + exp(-y_125));
        out_mul[lin_125] = y_125 * v_635;
    }
    if ((r7 < 24) && (c14 < 110)) {
        let v_636: f32 = in_w_1[r7];
        let lin_126: i32 = (i32(tcc_group_id.z) * 24 + r7) * 110 + c14;
        let y_126: f32 = v_636 + acc7_14;
        let i1_382: i32 = lin_126 / 110;
        let i2_318: i32 = lin_126 / 11 % 10;
        let i3_126: i32 = lin_126 % 11;
        let v_637: f32 = 1.0 / (1.0 + exp(-y_126));
        out_mul[lin_126] = y_126 * v_637;
    }
    if ((r7 < 24) && (c15 < 110)) {
        let v_638: f32 = in_w_1[r7];
        let lin_127: i32 = (i32(tcc_group_id.z) * 24 + r7) * 110 + c15;
        let y_127: f32 = v_638 + acc7_15;
        let i1_383: i32 = lin_127 / 110;
        let i2_319: i32 = lin_127 / 11 % 10;
        let i3_127: i32 = lin_127 % 11;
        let v_639: f32 = 1.0 / (1.0 + exp(-y_127));
        out_mul[lin_127] = y_127 * v_639;
    }
}
