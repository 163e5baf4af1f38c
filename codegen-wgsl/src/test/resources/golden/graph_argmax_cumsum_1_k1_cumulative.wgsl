@group(0) @binding(0) var<storage, read> in_x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out_cumulative: array<f32>;

@compute @workgroup_size(128, 1, 1)
fn k1_cumulative(@builtin(global_invocation_id) tcc_global_id: vec3<u32>)
{
    if (i32(tcc_global_id.x) < 115) {
        let i0: i32 = i32(tcc_global_id.x) / 23;
        let i1: i32 = i32(tcc_global_id.x) % 23;
        var acc: f32 = 1.0;
        for (var k: i32 = i1 + 1; k < 23; k += 1) {
            let v: f32 = in_x[i0 * 23 + k];
            acc *= v;
        }
        out_cumulative[i32(tcc_global_id.x)] = acc;
    }
}
