@group(0) @binding(0) var<storage, read> in_x_2: array<u32>;
@group(0) @binding(1) var<storage, read> in_x_3: array<u32>;
@group(0) @binding(2) var<storage, read_write> out_cast: array<atomic<u32>>;

fn tcc_load_in_x_2(tcc_i: u32) -> i32 {
    let tcc_w = in_x_2[tcc_i >> 2u];
    return extractBits(bitcast<i32>(tcc_w), (tcc_i & 3u) * 8u, 8u);
}

fn tcc_load_in_x_3(tcc_i: u32) -> i32 {
    let tcc_w = in_x_3[tcc_i >> 2u];
    return extractBits(bitcast<i32>(tcc_w), (tcc_i & 3u) * 8u, 8u);
}

fn tcc_store_out_cast(tcc_i: u32, tcc_bits: u32) {
    let tcc_s = (tcc_i & 3u) * 8u;
    atomicAnd(&out_cast[tcc_i >> 2u], ~(0xffu << tcc_s));
    atomicOr(&out_cast[tcc_i >> 2u], (tcc_bits & 0xffu) << tcc_s);
}

@compute @workgroup_size(64, 1, 1)
fn k2_cast(@builtin(global_invocation_id) tcc_global_id: vec3<u32>)
{
    let base: i32 = i32(tcc_global_id.x) * 8;
    if (base + 8 <= 290) {
        for (var e: i32 = 0; e < 8; e += 1) {
            let i: i32 = base + e;
            let v: i32 = tcc_load_in_x_2(u32(i));
            let v_1: i32 = tcc_load_in_x_3(u32(i));
            let v_2: i32 = ((v - v_1) << 24u) >> 24u;
            tcc_store_out_cast(u32(i), u32(v_2) & 255u);
        }
    } else {
        for (var e_1: i32 = 0; e_1 < 8; e_1 += 1) {
            let i_1: i32 = base + e_1;
            if (i_1 < 290) {
                let v_3: i32 = tcc_load_in_x_2(u32(i_1));
                let v_4: i32 = tcc_load_in_x_3(u32(i_1));
                let v_5: i32 = ((v_3 - v_4) << 24u) >> 24u;
                tcc_store_out_cast(u32(i_1), u32(v_5) & 255u);
            }
        }
    }
}
