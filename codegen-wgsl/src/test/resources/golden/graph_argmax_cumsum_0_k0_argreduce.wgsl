@group(0) @binding(0) var<storage, read> in_x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out_argreduce: array<i32>;

fn tcc_isnan(x: f32) -> bool {
    return (bitcast<u32>(x) & 0x7fffffffu) > 0x7f800000u;
}

@compute @workgroup_size(2, 1, 1)
fn k0_argreduce(@builtin(global_invocation_id) tcc_global_id: vec3<u32>)
{
    let base: i32 = i32(tcc_global_id.x) * 5;
    if (i32(tcc_global_id.x) < 1) {
        for (var e: i32 = 0; e < 5; e += 1) {
            let i: i32 = base + e;
            var best: i32 = 0;
            let v: f32 = in_x[i * 23];
            var bv: f32 = v;
            for (var k: i32 = 1; k < 23; k += 1) {
                let v_1: f32 = in_x[i * 23 + k];
                let pn: bool = tcc_isnan(v_1);
                let qn: bool = tcc_isnan(bv);
                if (select(v_1 > bv, pn && !qn, pn || qn)) {
                    best = k;
                    bv = v_1;
                }
            }
            out_argreduce[i] = best;
        }
    }
}
