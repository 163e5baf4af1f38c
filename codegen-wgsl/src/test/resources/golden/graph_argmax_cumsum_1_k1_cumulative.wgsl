@group(0) @binding(0) var<storage, read> in_x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out_cumulative: array<f32>;

@compute @workgroup_size(16, 1, 1)
fn k1_cumulative(@builtin(global_invocation_id) tcc_global_id: vec3<u32>)
{
    let base: i32 = i32(tcc_global_id.x) * 8;
    if (base + 8 <= 115) {
        for (var e: i32 = 0; e < 8; e += 1) {
            let i: i32 = base + e;
            let i0: i32 = i / 23;
            let i1: i32 = i % 23;
            var acc: f32 = 1.0;
            for (var k: i32 = i1 + 1; k < 23; k += 1) {
                let v: f32 = in_x[i0 * 23 + k];
                acc *= v;
            }
            out_cumulative[i] = acc;
        }
    } else {
        for (var e_1: i32 = 0; e_1 < 8; e_1 += 1) {
            let i_1: i32 = base + e_1;
            if (i_1 < 115) {
                let i0_1: i32 = i_1 / 23;
                let i1_1: i32 = i_1 % 23;
                var acc_1: f32 = 1.0;
                for (var k_1: i32 = i1_1 + 1; k_1 < 23; k_1 += 1) {
                    let v_1: f32 = in_x[i0_1 * 23 + k_1];
                    acc_1 *= v_1;
                }
                out_cumulative[i_1] = acc_1;
            }
        }
    }
}
