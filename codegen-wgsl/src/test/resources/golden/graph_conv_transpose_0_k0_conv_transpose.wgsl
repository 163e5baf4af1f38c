@group(0) @binding(0) var<storage, read> in_x: array<f32>;
@group(0) @binding(1) var<storage, read> in_w: array<f32>;
@group(0) @binding(2) var<storage, read_write> out_conv_transpose: array<f32>;

@compute @workgroup_size(256, 1, 1)
fn k0_conv_transpose(@builtin(global_invocation_id) tcc_global_id: vec3<u32>)
{
    if (i32(tcc_global_id.x) < 243) {
        let i1: i32 = i32(tcc_global_id.x) / 81;
        let i2: i32 = i32(tcc_global_id.x) / 9 % 9;
        let i3: i32 = i32(tcc_global_id.x) % 9;
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
        out_conv_transpose[i32(tcc_global_id.x)] = acc;
    }
}
