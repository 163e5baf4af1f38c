@group(0) @binding(0) var<storage, read> in_x: array<f32>;
@group(0) @binding(1) var<storage, read> in_w: array<f32>;
@group(0) @binding(2) var<storage, read_write> out_conv_transpose: array<f32>;

@compute @workgroup_size(32, 1, 1)
fn k0_conv_transpose(@builtin(global_invocation_id) tcc_global_id: vec3<u32>)
{
    let base: i32 = i32(tcc_global_id.x) * 8;
    if (base + 8 <= 243) {
        for (var e: i32 = 0; e < 8; e += 1) {
            let i: i32 = base + e;
            let i1: i32 = i / 81;
            let i2: i32 = i / 9 % 9;
            let i3: i32 = i % 9;
            let g: i32 = i1 / 3;
            let mo: i32 = i1 % 3;
            var acc: f32 = 0.0;
            for (var ci: i32 = 0; ci < 1; ci += 1) {
                let c: i32 = g + ci;
                for (var t0: i32 = 0; t0 < 3; t0 += 1) {
                    for (var t1: i32 = 0; t1 < 3; t1 += 1) {
                        let y0: i32 = i2 + 1 - t0;
                        let x0: i32 = y0 / 2;
                        let y1: i32 = i3 + 1 - t1;
                        let x1: i32 = y1 / 2;
                        if ((y0 >= 0) && (x0 < 5) && (y0 % 2 == 0) && ((y1 >= 0) && (x1 < 5) && (y1 % 2 == 0))) {
                            let v: f32 = in_x[x0 * 5 + x1];
                            let v_1: f32 = in_w[mo * 9 + t0 * 3 + t1];
                            acc += v * v_1;
                        }
                    }
                }
            }
            out_conv_transpose[i] = acc;
        }
    } else {
        for (var e_1: i32 = 0; e_1 < 8; e_1 += 1) {
            let i_1: i32 = base + e_1;
            if (i_1 < 243) {
                let i1_1: i32 = i_1 / 81;
                let i2_1: i32 = i_1 / 9 % 9;
                let i3_1: i32 = i_1 % 9;
                let g_1: i32 = i1_1 / 3;
                let mo_1: i32 = i1_1 % 3;
                var acc_1: f32 = 0.0;
                for (var ci_1: i32 = 0; ci_1 < 1; ci_1 += 1) {
                    let c_1: i32 = g_1 + ci_1;
                    for (var t0_1: i32 = 0; t0_1 < 3; t0_1 += 1) {
                        for (var t1_1: i32 = 0; t1_1 < 3; t1_1 += 1) {
                            let y0_1: i32 = i2_1 + 1 - t0_1;
                            let x0_1: i32 = y0_1 / 2;
                            let y1_1: i32 = i3_1 + 1 - t1_1;
                            let x1_1: i32 = y1_1 / 2;
                            if ((y0_1 >= 0) && (x0_1 < 5) && (y0_1 % 2 == 0) && ((y1_1 >= 0) && (x1_1 < 5) && (y1_1 % 2 == 0))) {
                                let v_2: f32 = in_x[x0_1 * 5 + x1_1];
                                let v_3: f32 = in_w[mo_1 * 9 + t0_1 * 3 + t1_1];
                                acc_1 += v_2 * v_3;
                            }
                        }
                    }
                }
                out_conv_transpose[i_1] = acc_1;
            }
        }
    }
}
