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

@compute @workgroup_size(256, 1, 1)
fn k5_cast(@builtin(global_invocation_id) tcc_global_id: vec3<u32>)
{
    if (i32(tcc_global_id.x) < 162) {
        let v: f32 = in_mul[i32(tcc_global_id.x)];
        tcc_store_out_cast_7(u32(i32(tcc_global_id.x)), bitcast<u32>((select(select(i32(tcc_f32_to_u32(trunc(v) - 4.2949673E9 * floor(trunc(v) * 2.3283064E-10))), tcc_f32_to_i32(trunc(v)), abs(trunc(v)) < 2.1474836E9), -1, v >= 9.223372E18) << 16u) >> 16u));
    }
}
