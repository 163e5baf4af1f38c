@group(0) @binding(0) var<storage, read> in_x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out_mul: array<f32>;

@compute @workgroup_size(32, 1, 1)
fn k0_mul(@builtin(global_invocation_id) tcc_global_id: vec3<u32>)
{
    let base: i32 = i32(tcc_global_id.x) * 8;
    if (base + 8 <= 162) {
        for (var e: i32 = 0; e < 8; e += 1) {
            let i: i32 = base + e;
            let v: f32 = in_x[i];
            out_mul[i] = v * 300.0;
        }
    } else {
        for (var e_1: i32 = 0; e_1 < 8; e_1 += 1) {
            let i_1: i32 = base + e_1;
            if (i_1 < 162) {
                let v_1: f32 = in_x[i_1];
                out_mul[i_1] = v_1 * 300.0;
            }
        }
    }
}
