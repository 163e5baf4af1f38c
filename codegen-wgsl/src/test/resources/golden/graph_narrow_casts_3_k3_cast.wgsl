@group(0) @binding(0) var<storage, read> in_mul: array<f32>;
@group(0) @binding(1) var<storage, read_write> out_cast_5: array<f32>;

fn tcc_isnan(x: f32) -> bool {
    return (bitcast<u32>(x) & 0x7fffffffu) > 0x7f800000u;
}

fn tcc_f32_to_i32(x: f32) -> i32 {
    return select(select(i32(x), 2147483647, x >= 2147483648.0), 0, tcc_isnan(x));
}

fn tcc_f32_from_bits(bits: u32) -> f32 {
    return bitcast<f32>(bits);
}

fn tcc_isinf(x: f32) -> bool {
    return (bitcast<u32>(x) & 0x7fffffffu) == 0x7f800000u;
}

@compute @workgroup_size(256, 1, 1)
fn k3_cast(@builtin(global_invocation_id) tcc_global_id: vec3<u32>)
{
    if (i32(tcc_global_id.x) < 162) {
        let v: f32 = in_mul[i32(tcc_global_id.x)];
        let a: f32 = abs(v);
        let e: i32 = max(min(tcc_f32_to_i32(floor(log2(a))), 130), -7);
        let ae: i32 = abs(e);
        let eneg: bool = e < 0;
        let p: f32 = 1.0 * select(1.0, select(2.0, 0.5, eneg), ((ae >> 0u) & 1) != 0);
        let p_1: f32 = p * select(1.0, select(4.0, 0.25, eneg), ((ae >> 1u) & 1) != 0);
        let p_2: f32 = p_1 * select(1.0, select(16.0, 0.0625, eneg), ((ae >> 2u) & 1) != 0);
        let p_3: f32 = p_2 * select(1.0, select(256.0, 0.00390625, eneg), ((ae >> 3u) & 1) != 0);
        let p_4: f32 = p_3 * select(1.0, select(65536.0, 1.5258789E-5, eneg), ((ae >> 4u) & 1) != 0);
        let p_5: f32 = p_4 * select(1.0, select(4.2949673E9, 2.3283064E-10, eneg), ((ae >> 5u) & 1) != 0);
        let p_6: f32 = p_5 * select(1.0, select(1.8446744E19, 5.421011E-20, eneg), ((ae >> 6u) & 1) != 0);
        let p_7: f32 = p_6 * select(1.0, select(tcc_f32_from_bits(0x7f800000u), 0x0.4p-126f, eneg), ((ae >> 7u) & 1) != 0);
        let e_1: i32 = max(min(select(select(e, e + 1, p_7 * 2.0 <= a), e - 1, p_7 > a), 130), -7);
        let e_2: i32 = max(e_1, -6);
        let ae_1: i32 = abs(e_2 - 3);
        let eneg_1: bool = e_2 - 3 < 0;
        let p_8: f32 = 1.0 * select(1.0, select(2.0, 0.5, eneg_1), ((ae_1 >> 0u) & 1) != 0);
        let p_9: f32 = p_8 * select(1.0, select(4.0, 0.25, eneg_1), ((ae_1 >> 1u) & 1) != 0);
        let p_10: f32 = p_9 * select(1.0, select(16.0, 0.0625, eneg_1), ((ae_1 >> 2u) & 1) != 0);
        let p_11: f32 = p_10 * select(1.0, select(256.0, 0.00390625, eneg_1), ((ae_1 >> 3u) & 1) != 0);
        let p_12: f32 = p_11 * select(1.0, select(65536.0, 1.5258789E-5, eneg_1), ((ae_1 >> 4u) & 1) != 0);
        let p_13: f32 = p_12 * select(1.0, select(4.2949673E9, 2.3283064E-10, eneg_1), ((ae_1 >> 5u) & 1) != 0);
        let p_14: f32 = p_13 * select(1.0, select(1.8446744E19, 5.421011E-20, eneg_1), ((ae_1 >> 6u) & 1) != 0);
        let p_15: f32 = p_14 * select(1.0, select(tcc_f32_from_bits(0x7f800000u), 0x0.4p-126f, eneg_1), ((ae_1 >> 7u) & 1) != 0);
        let r: f32 = select(round(a / p_15) * p_15, a, tcc_isinf(a));
        let r_1: f32 = select(r, 448.0, r > 448.0);
        let rounded: f32 = select(select(r_1, -r_1, (v < 0.0) || ((v == 0.0) && (1.0 / v < 0.0))), tcc_f32_from_bits(0x7fc00000u), tcc_isnan(v));
        out_cast_5[i32(tcc_global_id.x)] = rounded;
    }
}
