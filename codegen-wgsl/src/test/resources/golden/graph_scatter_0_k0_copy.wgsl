@group(0) @binding(0) var<storage, read> in_x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out_scatter_nd: array<f32>;

@compute @workgroup_size(256, 1, 1)
fn k0_copy(@builtin(global_invocation_id) tcc_global_id: vec3<u32>)
{
    if (i32(tcc_global_id.x) < 18) {
        let i0: i32 = i32(tcc_global_id.x) / 2;
        let i1: i32 = i32(tcc_global_id.x) % 2;
        let v: f32 = in_x[i32(tcc_global_id.x)];
        out_scatter_nd[i32(tcc_global_id.x)] = v;
    }
}
