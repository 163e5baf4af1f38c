@group(0) @binding(0) var<storage, read> in_x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out_neg: array<f32>;

@compute @workgroup_size(64, 1, 1)
fn k0_reduce_mean(@builtin(global_invocation_id) tcc_global_id: vec3<u32>)
{
    if (i32(tcc_global_id.x) < 16) {
        let i0: i32 = i32(tcc_global_id.x) / 4;
        let i2: i32 = i32(tcc_global_id.x) % 4;
        var acc: f32 = 0.0;
        for (var j: i32 = 0; j < 18; j += 1) {
            let v: f32 = in_x[i0 * 72 + j * 4 + i2];
            let v_1: f32 = v + 0.25;
            acc += v_1;
        }
        let y: f32 = acc / 18.0;
        out_neg[i32(tcc_global_id.x)] = -y;
    }
}
