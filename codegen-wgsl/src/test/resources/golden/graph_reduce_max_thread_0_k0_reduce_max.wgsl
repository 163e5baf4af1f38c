@group(0) @binding(0) var<storage, read> in_x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out_neg: array<f32>;

fn tcc_f32_from_bits(bits: u32) -> f32 {
    return bitcast<f32>(bits);
}

fn tcc_isnan(x: f32) -> bool {
    return (bitcast<u32>(x) & 0x7fffffffu) > 0x7f800000u;
}

@compute @workgroup_size(64, 1, 1)
fn k0_reduce_max(@builtin(global_invocation_id) tcc_global_id: vec3<u32>)
{
    if (i32(tcc_global_id.x) < 5) {
        var acc: f32 = tcc_f32_from_bits(0xff800000u);
        for (var j: i32 = 0; j < 18; j += 1) {
            let v: f32 = in_x[i32(tcc_global_id.x) * 18 + j];
            let v_1: f32 = v + 0.25;
            acc = select(v_1, acc, tcc_isnan(acc) || (acc > v_1));
        }
        out_neg[i32(tcc_global_id.x)] = -acc;
    }
}
