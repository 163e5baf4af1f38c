@group(0) @binding(0) var<storage, read> in_x: array<f32>;
@group(0) @binding(1) var<storage, read> in_x_1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out_matmul: array<f32>;

@compute @workgroup_size(4, 1, 1)
fn k0_matmul(@builtin(global_invocation_id) tcc_global_id: vec3<u32>)
{
    let base: i32 = i32(tcc_global_id.x) * 8;
    if (base + 8 <= 10) {
        for (var e: i32 = 0; e < 8; e += 1) {
            let i: i32 = base + e;
            let i0: i32 = i / 5;
            let i1: i32 = i % 5;
            var acc: f32 = 0.0;
            for (var k: i32 = 0; k < 7; k += 1) {
                let v: f32 = in_x[i0 * 35 + i1 * 7 + k];
                let v_1: f32 = in_x_1[k];
                acc += v * v_1;
            }
            out_matmul[i] = acc;
        }
    } else {
        for (var e_1: i32 = 0; e_1 < 8; e_1 += 1) {
            let i_1: i32 = base + e_1;
            if (i_1 < 10) {
                let i0_1: i32 = i_1 / 5;
                let i1_1: i32 = i_1 % 5;
                var acc_1: f32 = 0.0;
                for (var k_1: i32 = 0; k_1 < 7; k_1 += 1) {
                    let v_2: f32 = in_x[i0_1 * 35 + i1_1 * 7 + k_1];
                    let v_3: f32 = in_x_1[k_1];
                    acc_1 += v_2 * v_3;
                }
                out_matmul[i_1] = acc_1;
            }
        }
    }
}
