@group(0) @binding(0) var<storage, read> in_w_1: array<f32>;
@group(0) @binding(1) var<storage, read> in_w: array<f32>;
@group(0) @binding(2) var<storage, read> in_x: array<f32>;
@group(0) @binding(3) var<storage, read_write> out_relu: array<f32>;

@compute @workgroup_size(32, 1, 1)
fn k0_conv(@builtin(global_invocation_id) tcc_global_id: vec3<u32>)
{
    var acc: array<f32, 11>;
    if (i32(tcc_global_id.x) < 30) {
        let i1: i32 = i32(tcc_global_id.x) / 10;
        let i2: i32 = i32(tcc_global_id.x) % 10;
        let v: f32 = in_w_1[i1];
        for (var e: i32 = 0; e < 11; e += 1) {
            acc[e] = v;
        }
        let g: i32 = i1 / 3;
        for (var ci: i32 = 0; ci < 3; ci += 1) {
            let c: i32 = g * 3 + ci;
            for (var t0: i32 = 0; t0 < 3; t0 += 1) {
                for (var t1: i32 = 0; t1 < 2; t1 += 1) {
                    let v_1: f32 = in_w[i1 * 18 + ci * 6 + t0 * 2 + t1];
                    for (var e_1: i32 = 0; e_1 < 11; e_1 += 1) {
                        let x0: i32 = i2 + t0 - 1;
                        let x1: i32 = e_1 + t1 - 1;
                        if ((x0 >= 0) && (x0 < 10) && ((x1 >= 0) && (x1 < 10))) {
                            let v_2: f32 = in_x[c * 100 + x0 * 10 + x1];
                            acc[e_1] = acc[e_1] + v_2 * v_1;
                        }
                    }
                }
            }
        }
        for (var e_2: i32 = 0; e_2 < 11; e_2 += 1) {
            let o: i32 = i32(tcc_global_id.x) * 11 + e_2;
            let y: f32 = acc[e_2];
            let i1_1: i32 = o / 110;
            let i2_1: i32 = o / 11 % 10;
            let i3: i32 = o % 11;
            out_relu[o] = select(y, 0.0, y < 0.0);
        }
    }
}
