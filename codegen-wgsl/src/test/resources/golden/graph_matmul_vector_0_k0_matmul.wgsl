@group(0) @binding(0) var<storage, read> in_x: array<f32>;
@group(0) @binding(1) var<storage, read> in_x_1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out_matmul: array<f32>;

@compute @workgroup_size(16, 1, 1)
fn k0_matmul(@builtin(global_invocation_id) tcc_global_id: vec3<u32>)
{
    if (i32(tcc_global_id.x) < 10) {
        let i0: i32 = i32(tcc_global_id.x) / 5;
        let i1: i32 = i32(tcc_global_id.x) % 5;
        var acc: f32 = 0.0;
        for (var k: i32 = 0; k < 7; k += 1) {
            let v: f32 = in_x[i0 * 35 + i1 * 7 + k];
            let v_1: f32 = in_x_1[k];
            acc += v * v_1;
        }
        out_matmul[i32(tcc_global_id.x)] = acc;
    }
}
