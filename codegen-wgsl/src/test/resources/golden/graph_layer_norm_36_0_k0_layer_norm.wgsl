@group(0) @binding(0) var<storage, read> in_x: array<f32>;
@group(0) @binding(1) var<storage, read> in_w: array<f32>;
@group(0) @binding(2) var<storage, read> in_w_1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out_add: array<f32>;

@compute @workgroup_size(64, 1, 1)
fn k0_layer_norm(@builtin(global_invocation_id) tcc_global_id: vec3<u32>)
{
    if (i32(tcc_global_id.x) < 3) {
        var acc: f32 = 0.0;
        for (var j: i32 = 0; j < 36; j += 1) {
            let v: f32 = in_x[i32(tcc_global_id.x) * 36 + j];
            acc += v;
        }
        let mean: f32 = acc / 36.0;
        var acc_1: f32 = 0.0;
        for (var j_1: i32 = 0; j_1 < 36; j_1 += 1) {
            let v_1: f32 = in_x[i32(tcc_global_id.x) * 36 + j_1];
            let v_2: f32 = v_1 - mean;
            acc_1 += v_2 * v_2;
        }
        let inv: f32 = 1.0 / sqrt(acc_1 / 36.0 + 1.0E-5);
        for (var j_2: i32 = 0; j_2 < 36; j_2 += 1) {
            let v_3: f32 = in_x[i32(tcc_global_id.x) * 36 + j_2];
            let v_4: f32 = in_w[j_2];
            let v_5: f32 = in_w_1[j_2];
            let o: i32 = i32(tcc_global_id.x) * 36 + j_2;
            let y: f32 = (v_3 - mean) * inv * v_4 + v_5;
            let i0: i32 = o / 36;
            let i1: i32 = o % 36;
            let v_6: f32 = in_x[o];
            out_add[o] = y + v_6;
        }
    }
}
