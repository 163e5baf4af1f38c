@group(0) @binding(0) var<storage, read> in_x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out_pool: array<f32>;

@compute @workgroup_size(64, 1, 1)
fn k0_pool(@builtin(global_invocation_id) tcc_global_id: vec3<u32>)
{
    if (i32(tcc_global_id.x) < 50) {
        let i1: i32 = i32(tcc_global_id.x) / 25;
        let i2: i32 = i32(tcc_global_id.x) / 5 % 5;
        let i3: i32 = i32(tcc_global_id.x) % 5;
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
            let i: i32 = i2 * 2 + t;
            if ((i >= 0) && (i < 12)) {
                pc += 1;
            }
        }
        let pc_1: i32 = 1 * pc;
        var pc_2: i32 = 0;
        for (var t_1: i32 = 0; t_1 < 3; t_1 += 1) {
            let i_1: i32 = i3 * 2 + t_1;
            if ((i_1 >= 0) && (i_1 < 12)) {
                pc_2 += 1;
            }
        }
        let pc_3: i32 = pc_1 * pc_2;
        out_pool[i32(tcc_global_id.x)] = sum / f32(pc_3);
    }
}
