@group(0) @binding(0) var<storage, read> in_x: array<f32>;
@group(0) @binding(1) var<storage, read> in_x_1: array<f32>;
@group(0) @binding(2) var<storage, read> in_w: array<f32>;
@group(0) @binding(3) var<storage, read_write> out_relu: array<f32>;

@compute @workgroup_size(256, 1, 1)
fn k0_matmul(@builtin(global_invocation_id) tcc_global_id: vec3<u32>)
{
    var acc: array<f32, 1>;
    if (i32(tcc_global_id.x) < 790) {
        let row: i32 = i32(tcc_global_id.x) / 79;
        let start: i32 = i32(tcc_global_id.x) % 79;
        let i0: i32 = row / 5;
        let i1: i32 = row % 5;
        for (var e: i32 = 0; e < 1; e += 1) {
            acc[e] = 0.0;
        }
        for (var k: i32 = 0; k < 35; k += 1) {
            let v: f32 = in_x[i0 * 175 + i1 * 35 + k];
            for (var e_1: i32 = 0; e_1 < 1; e_1 += 1) {
                let o: i32 = start + e_1;
                let v_1: f32 = in_x_1[k * 79 + o];
                acc[e_1] = acc[e_1] + v * v_1;
            }
        }
        for (var e_2: i32 = 0; e_2 < 1; e_2 += 1) {
            let o_1: i32 = row * 79 + (start + e_2);
            let y: f32 = acc[e_2];
            let i0_1: i32 = o_1 / 395;
            let i1_1: i32 = o_1 / 79 % 5;
            let i2: i32 = o_1 % 79;
            let v_2: f32 = in_w[i2];
            let v_3: f32 = y + v_2;
            out_relu[o_1] = select(v_3, 0.0, v_3 < 0.0);
        }
    }
}
