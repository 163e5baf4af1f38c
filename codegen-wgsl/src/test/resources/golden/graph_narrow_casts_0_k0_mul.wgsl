@group(0) @binding(0) var<storage, read> in_x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out_mul: array<f32>;

@compute @workgroup_size(256, 1, 1)
fn k0_mul(@builtin(global_invocation_id) tcc_global_id: vec3<u32>)
{
    if (i32(tcc_global_id.x) < 162) {
        let v: f32 = in_x[i32(tcc_global_id.x)];
        out_mul[i32(tcc_global_id.x)] = v * 300.0;
    }
}
