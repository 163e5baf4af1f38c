@group(0) @binding(0) var<storage, read> in_x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out_softmax: array<f32>;

fn tcc_f32_from_bits(bits: u32) -> f32 {
    return bitcast<f32>(bits);
}

fn tcc_isnan(x: f32) -> bool {
    return (bitcast<u32>(x) & 0x7fffffffu) > 0x7f800000u;
}

@compute @workgroup_size(64, 1, 1)
fn k0_softmax(@builtin(global_invocation_id) tcc_global_id: vec3<u32>)
{
    if (i32(tcc_global_id.x) < 2) {
        let outer: i32 = i32(tcc_global_id.x) / 2;
        let inner: i32 = i32(tcc_global_id.x) % 2;
        var acc: f32 = tcc_f32_from_bits(0xff800000u);
        for (var j: i32 = 0; j < 24; j += 1) {
            let v: f32 = in_x[j * 2 + inner];
            let v_1: f32 = v * 3.0;
            acc = select(v_1, acc, tcc_isnan(acc) || (acc > v_1));
        }
        var acc_1: f32 = 0.0;
        for (var j_1: i32 = 0; j_1 < 24; j_1 += 1) {
            let v_2: f32 = in_x[j_1 * 2 + inner];
            let v_3: f32 = v_2 * 3.0;
            acc_1 += exp(v_3 - acc);
        }
        let inv: f32 = 1.0 / acc_1;
        for (var j_2: i32 = 0; j_2 < 24; j_2 += 1) {
            let v_4: f32 = in_x[j_2 * 2 + inner];
            let v_5: f32 = v_4 * 3.0;
            let e: f32 = v_5 - acc;
            let o: i32 = j_2 * 2 + inner;
            out_softmax[o] = exp(e) * inv;
        }
    }
}
