@group(0) @binding(0) var<storage, read> in_mul: array<f32>;
@group(0) @binding(1) var<storage, read_write> out_cast_7: array<atomic<u32>>;

fn tcc_isnan(x: f32) -> bool {
    return (bitcast<u32>(x) & 0x7fffffffu) > 0x7f800000u;
}

fn tcc_f32_to_i32(x: f32) -> i32 {
    return select(select(i32(x), 2147483647, x >= 2147483648.0), 0, tcc_isnan(x));
}

fn tcc_f32_to_u32(x: f32) -> u32 {
    return select(select(u32(x), 4294967295u, x >= 4294967296.0), 0u, tcc_isnan(x));
}

fn tcc_store_out_cast_7(tcc_i: u32, tcc_bits: u32) {
    let tcc_s = (tcc_i & 1u) * 16u;
    atomicAnd(&out_cast_7[tcc_i >> 1u], ~(0xffffu << tcc_s));
    atomicOr(&out_cast_7[tcc_i >> 1u], (tcc_bits & 0xffffu) << tcc_s);
}

@compute @workgroup_size(32, 1, 1)
fn k5_cast(@builtin(global_invocation_id) tcc_global_id: vec3<u32>)
{
    let base: i32 = i32(tcc_global_id.x) * 8;
    if (base + 8 <= 162) {
        for (var e: i32 = 0; e < 8; e += 1) {
            let i: i32 = base + e;
            let v: f32 = in_mul[i];
            tcc_store_out_cast_7(u32(i), bitcast<u32>((select(select(i32(tcc_f32_to_u32(trunc(v) - 4.2949673E9 * floor(trunc(v) * 2.3283064E-10))), tcc_f32_to_i32(trunc(v)), abs(trunc(v)) < 2.1474836E9), -1, v >= 9.223372E18) << 16u) >> 16u));
        }
    } else {
        for (var e_1: i32 = 0; e_1 < 8; e_1 += 1) {
            let i_1: i32 = base + e_1;
            if (i_1 < 162) {
                let v_1: f32 = in_mul[i_1];
                tcc_store_out_cast_7(u32(i_1), bitcast<u32>((select(select(i32(tcc_f32_to_u32(trunc(v_1) - 4.2949673E9 * floor(trunc(v_1) * 2.3283064E-10))), tcc_f32_to_i32(trunc(v_1)), abs(trunc(v_1)) < 2.1474836E9), -1, v_1 >= 9.223372E18) << 16u) >> 16u));
            }
        }
    }
}
