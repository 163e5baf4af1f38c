@group(0) @binding(0) var<storage, read> in_x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out_pool: array<f32>;

@compute @workgroup_size(8, 1, 1)
fn k0_pool(@builtin(global_invocation_id) tcc_global_id: vec3<u32>)
{
    let base: i32 = i32(tcc_global_id.x) * 8;
    if (base + 8 <= 50) {
        for (var e: i32 = 0; e < 8; e += 1) {
            let i: i32 = base + e;
            let i1: i32 = i / 25;
            let i2: i32 = i / 5 % 5;
            let i3: i32 = i % 5;
            var sum: f32 = 0.0;
            var count: i32 = 0;
            for (var t0: i32 = 0; t0 < 3; t0 += 1) {
                for (var t1: i32 = 0; t1 < 3; t1 += 1) {
                    let x0: i32 = i2 * 2 + t0;
                    let x1: i32 = i3 * 2 + t1;
                    if ((x0 >= 0) && (x0 < 12) && ((x1 >= 0) && (x1 < 12))) {
                        let v: f32 = in_x[i1 * 144 + x0 * 12 + x1];
                        sum += v;
                        count += 1;
                    }
                }
            }
            var pc: i32 = 0;
            for (var t: i32 = 0; t < 3; t += 1) {
                let i_1: i32 = i2 * 2 + t;
                if ((i_1 >= 0) && (i_1 < 12)) {
                    pc += 1;
                }
            }
            let pc_1: i32 = 1 * pc;
            var pc_2: i32 = 0;
            for (var t_1: i32 = 0; t_1 < 3; t_1 += 1) {
                let i_2: i32 = i3 * 2 + t_1;
                if ((i_2 >= 0) && (i_2 < 12)) {
                    pc_2 += 1;
                }
            }
            let pc_3: i32 = pc_1 * pc_2;
            out_pool[i] = sum / f32(pc_3);
        }
    } else {
        for (var e_1: i32 = 0; e_1 < 8; e_1 += 1) {
            let i_3: i32 = base + e_1;
            if (i_3 < 50) {
                let i1_1: i32 = i_3 / 25;
                let i2_1: i32 = i_3 / 5 % 5;
                let i3_1: i32 = i_3 % 5;
                var sum_1: f32 = 0.0;
                var count_1: i32 = 0;
                for (var t0_1: i32 = 0; t0_1 < 3; t0_1 += 1) {
                    for (var t1_1: i32 = 0; t1_1 < 3; t1_1 += 1) {
                        let x0_1: i32 = i2_1 * 2 + t0_1;
                        let x1_1: i32 = i3_1 * 2 + t1_1;
                        if ((x0_1 >= 0) && (x0_1 < 12) && ((x1_1 >= 0) && (x1_1 < 12))) {
                            let v_1: f32 = in_x[i1_1 * 144 + x0_1 * 12 + x1_1];
                            sum_1 += v_1;
                            count_1 += 1;
                        }
                    }
                }
                var pc_4: i32 = 0;
                for (var t_2: i32 = 0; t_2 < 3; t_2 += 1) {
                    let i_4: i32 = i2_1 * 2 + t_2;
                    if ((i_4 >= 0) && (i_4 < 12)) {
                        pc_4 += 1;
                    }
                }
                let pc_5: i32 = 1 * pc_4;
                var pc_6: i32 = 0;
                for (var t_3: i32 = 0; t_3 < 3; t_3 += 1) {
                    let i_5: i32 = i3_1 * 2 + t_3;
                    if ((i_5 >= 0) && (i_5 < 12)) {
                        pc_6 += 1;
                    }
                }
                let pc_7: i32 = pc_5 * pc_6;
                out_pool[i_3] = sum_1 / f32(pc_7);
            }
        }
    }
}
