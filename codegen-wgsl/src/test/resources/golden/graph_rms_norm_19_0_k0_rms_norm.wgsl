@group(0) @binding(0) var<storage, read> in_x: array<f32>;
@group(0) @binding(1) var<storage, read> in_w: array<f32>;
@group(0) @binding(2) var<storage, read_write> out_mul: array<f32>;

@compute @workgroup_size(64, 1, 1)
fn k0_rms_norm(@builtin(global_invocation_id) tcc_global_id: vec3<u32>)
{
    if (i32(tcc_global_id.x) < 3) {
        var acc: f32 = 0.0;
        for (var j: i32 = 0; j < 19; j += 1) {
            let v: f32 = in_x[i32(tcc_global_id.x) * 19 + j];
            acc += v * v;
        }
        let inv: f32 = 1.0 / sqrt(acc / 19.0 + 1.0E-6);
        for (var j_1: i32 = 0; j_1 < 19; j_1 += 1) {
            let v_1: f32 = in_x[i32(tcc_global_id.x) * 19 + j_1];
            let v_2: f32 = in_w[j_1];
            let o: i32 = i32(tcc_global_id.x) * 19 + j_1;
            let y: f32 = v_1 * inv * v_2;
            let i0: i32 = o / 19;
            let i1: i32 = o % 19;
            let v_3: f32 = in_x[o];
            out_mul[o] = y * v_3;
        }
    }
}
