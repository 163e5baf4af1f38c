@group(0) @binding(0) var<storage, read> in_w_1: array<f32>;
@group(0) @binding(1) var<storage, read> in_x: array<f32>;
@group(0) @binding(2) var<storage, read> in_w: array<f32>;
@group(0) @binding(3) var<storage, read_write> out_relu: array<f32>;

@compute @workgroup_size(256, 1, 1)
fn k0_conv(@builtin(global_invocation_id) tcc_global_id: vec3<u32>)
{
    if (i32(tcc_global_id.x) < 330) {
        let i1: i32 = i32(tcc_global_id.x) / 110;
        let i2: i32 = i32(tcc_global_id.x) / 11 % 10;
        let i3: i32 = i32(tcc_global_id.x) % 11;
        let g: i32 = i1 / 3;
        let v: f32 = in_w_1[i1];
        var acc: f32 = v;
        for (var ci: i32 = 0; ci < 3; ci += 1) {
            let c: i32 = g * 3 + ci;
            for (var t0: i32 = 0; t0 < 3; t0 += 1) {
                for (var t1: i32 = 0; t1 < 2; t1 += 1) {
                    let x0: i32 = i2 + t0 - 1;
                    let x1: i32 = i3 + t1 - 1;
                    if ((x0 >= 0) && (x0 < 10) && ((x1 >= 0) && (x1 < 10))) {
                        let v_1: f32 = in_x[c * 100 + x0 * 10 + x1];
                        let v_2: f32 = in_w[i1 * 18 + ci * 6 + t0 * 2 + t1];
                        acc += v_1 * v_2;
                    }
                }
            }
        }
        out_relu[i32(tcc_global_id.x)] = select(acc, 0.0, acc < 0.0);
    }
}
