@group(0) @binding(0) var<storage, read> in_x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out_pool: array<f32>;

fn tcc_f32_from_bits(bits: u32) -> f32 {
    return bitcast<f32>(bits);
}

@compute @workgroup_size(16, 1, 1)
fn k0_pool(@builtin(global_invocation_id) tcc_global_id: vec3<u32>)
{
    let base: i32 = i32(tcc_global_id.x) * 8;
    if (i32(tcc_global_id.x) < 9) {
        for (var e: i32 = 0; e < 8; e += 1) {
            let i: i32 = base + e;
            let i1: i32 = i / 36;
            let i2: i32 = i / 6 % 6;
            let i3: i32 = i % 6;
            var best: f32 = tcc_f32_from_bits(0xff800000u);
            for (var t0: i32 = 0; t0 < 2; t0 += 1) {
                for (var t1: i32 = 0; t1 < 2; t1 += 1) {
                    let x0: i32 = i2 + t0;
                    let x1: i32 = i3 + t1;
                    if ((x0 >= 0) && (x0 < 7) && ((x1 >= 0) && (x1 < 7))) {
                        let v: f32 = in_x[i1 * 49 + x0 * 7 + x1];
                        best = select(best, v, v > best);
                    }
                }
            }
            out_pool[i] = best;
        }
    }
}
