@group(0) @binding(0) var<storage, read> in_mul: array<f32>;
@group(0) @binding(1) var<storage, read_write> out_cast_1: array<f32>;

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

@compute @workgroup_size(32, 1, 1)
fn k1_cast(@builtin(global_invocation_id) tcc_global_id: vec3<u32>)
{
    let base: i32 = i32(tcc_global_id.x) * 8;
    if (base + 8 <= 162) {
        for (var e: i32 = 0; e < 8; e += 1) {
            let i: i32 = base + e;
            let v: f32 = in_mul[i];
            let a: f32 = abs(v);
            let e_1: i32 = max(min(tcc_f32_to_i32(floor(log2(a))), 130), -15);
            let ae: i32 = abs(e_1);
            let eneg: bool = e_1 < 0;
            let p: f32 = 1.0 * select(1.0, select(2.0, 0.5, eneg), ((ae >> 0u) & 1) != 0);
            let p_1: f32 = p * select(1.0, select(4.0, 0.25, eneg), ((ae >> 1u) & 1) != 0);
            let p_2: f32 = p_1 * select(1.0, select(16.0, 0.0625, eneg), ((ae >> 2u) & 1) != 0);
            let p_3: f32 = p_2 * select(1.0, select(256.0, 0.00390625, eneg), ((ae >> 3u) & 1) != 0);
            let p_4: f32 = p_3 * select(1.0, select(65536.0, 1.5258789E-5, eneg), ((ae >> 4u) & 1) != 0);
            let p_5: f32 = p_4 * select(1.0, select(4.2949673E9, 2.3283064E-10, eneg), ((ae >> 5u) & 1) != 0);
            let p_6: f32 = p_5 * select(1.0, select(1.8446744E19, 5.421011E-20, eneg), ((ae >> 6u) & 1) != 0);
            let p_7: f32 = p_6 * select(1.0, select(tcc_f32_from_bits(0x7f800000u), 0x0.4p-126f, eneg), ((ae >> 7u) & 1) != 0);
            let e_2: i32 = max(min(select(select(e_1, e_1 + 1, p_7 * 2.0 <= a), e_1 - 1, p_7 > a), 130), -15);
            let e_3: i32 = max(e_2, -14);
            let ae_1: i32 = abs(e_3 - 10);
            let eneg_1: bool = e_3 - 10 < 0;
            let p_8: f32 = 1.0 * select(1.0, select(2.0, 0.5, eneg_1), ((ae_1 >> 0u) & 1) != 0);
            let p_9: f32 = p_8 * select(1.0, select(4.0, 0.25, eneg_1), ((ae_1 >> 1u) & 1) != 0);
            let p_10: f32 = p_9 * select(1.0, select(16.0, 0.0625, eneg_1), ((ae_1 >> 2u) & 1) != 0);
            let p_11: f32 = p_10 * select(1.0, select(256.0, 0.00390625, eneg_1), ((ae_1 >> 3u) & 1) != 0);
            let p_12: f32 = p_11 * select(1.0, select(65536.0, 1.5258789E-5, eneg_1), ((ae_1 >> 4u) & 1) != 0);
            let p_13: f32 = p_12 * select(1.0, select(4.2949673E9, 2.3283064E-10, eneg_1), ((ae_1 >> 5u) & 1) != 0);
            let p_14: f32 = p_13 * select(1.0, select(1.8446744E19, 5.421011E-20, eneg_1), ((ae_1 >> 6u) & 1) != 0);
            let p_15: f32 = p_14 * select(1.0, select(tcc_f32_from_bits(0x7f800000u), 0x0.4p-126f, eneg_1), ((ae_1 >> 7u) & 1) != 0);
            let r: f32 = select(round(a / p_15) * p_15, a, tcc_isinf(a));
            let r_1: f32 = select(r, tcc_f32_from_bits(0x7f800000u), r > 65504.0);
            let rounded: f32 = select(select(r_1, -r_1, (v < 0.0) || ((v == 0.0) && (1.0 / v < 0.0))), tcc_f32_from_bits(0x7fc00000u), tcc_isnan(v));
            out_cast_1[i] = rounded;
        }
    } else {
        for (var e_4: i32 = 0; e_4 < 8; e_4 += 1) {
            let i_1: i32 = base + e_4;
            if (i_1 < 162) {
                let v_1: f32 = in_mul[i_1];
                let a_1: f32 = abs(v_1);
                let e_5: i32 = max(min(tcc_f32_to_i32(floor(log2(a_1))), 130), -15);
                let ae_2: i32 = abs(e_5);
                let eneg_2: bool = e_5 < 0;
                let p_16: f32 = 1.0 * select(1.0, select(2.0, 0.5, eneg_2), ((ae_2 >> 0u) & 1) != 0);
                let p_17: f32 = p_16 * select(1.0, select(4.0, 0.25, eneg_2), ((ae_2 >> 1u) & 1) != 0);
                let p_18: f32 = p_17 * select(1.0, select(16.0, 0.0625, eneg_2), ((ae_2 >> 2u) & 1) != 0);
                let p_19: f32 = p_18 * select(1.0, select(256.0, 0.00390625, eneg_2), ((ae_2 >> 3u) & 1) != 0);
                let p_20: f32 = p_19 * select(1.0, select(65536.0, 1.5258789E-5, eneg_2), ((ae_2 >> 4u) & 1) != 0);
                let p_21: f32 = p_20 * select(1.0, select(4.2949673E9, 2.3283064E-10, eneg_2), ((ae_2 >> 5u) & 1) != 0);
                let p_22: f32 = p_21 * select(1.0, select(1.8446744E19, 5.421011E-20, eneg_2), ((ae_2 >> 6u) & 1) != 0);
                let p_23: f32 = p_22 * select(1.0, select(tcc_f32_from_bits(0x7f800000u), 0x0.4p-126f, eneg_2), ((ae_2 >> 7u) & 1) != 0);
                let e_6: i32 = max(min(select(select(e_5, e_5 + 1, p_23 * 2.0 <= a_1), e_5 - 1, p_23 > a_1), 130), -15);
                let e_7: i32 = max(e_6, -14);
                let ae_3: i32 = abs(e_7 - 10);
                let eneg_3: bool = e_7 - 10 < 0;
                let p_24: f32 = 1.0 * select(1.0, select(2.0, 0.5, eneg_3), ((ae_3 >> 0u) & 1) != 0);
                let p_25: f32 = p_24 * select(1.0, select(4.0, 0.25, eneg_3), ((ae_3 >> 1u) & 1) != 0);
                let p_26: f32 = p_25 * select(1.0, select(16.0, 0.0625, eneg_3), ((ae_3 >> 2u) & 1) != 0);
                let p_27: f32 = p_26 * select(1.0, select(256.0, 0.00390625, eneg_3), ((ae_3 >> 3u) & 1) != 0);
                let p_28: f32 = p_27 * select(1.0, select(65536.0, 1.5258789E-5, eneg_3), ((ae_3 >> 4u) & 1) != 0);
                let p_29: f32 = p_28 * select(1.0, select(4.2949673E9, 2.3283064E-10, eneg_3), ((ae_3 >> 5u) & 1) != 0);
                let p_30: f32 = p_29 * select(1.0, select(1.8446744E19, 5.421011E-20, eneg_3), ((ae_3 >> 6u) & 1) != 0);
                let p_31: f32 = p_30 * select(1.0, select(tcc_f32_from_bits(0x7f800000u), 0x0.4p-126f, eneg_3), ((ae_3 >> 7u) & 1) != 0);
                let r_2: f32 = select(round(a_1 / p_31) * p_31, a_1, tcc_isinf(a_1));
                let r_3: f32 = select(r_2, tcc_f32_from_bits(0x7f800000u), r_2 > 65504.0);
                let rounded_1: f32 = select(select(r_3, -r_3, (v_1 < 0.0) || ((v_1 == 0.0) && (1.0 / v_1 < 0.0))), tcc_f32_from_bits(0x7fc00000u), tcc_isnan(v_1));
                out_cast_1[i_1] = rounded_1;
            }
        }
    }
}
