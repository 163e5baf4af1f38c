@group(0) @binding(0) var<storage, read> a: array<f32>;
@group(0) @binding(1) var<storage, read> b: array<f32>;
@group(0) @binding(2) var<storage, read> c: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

fn tcc_isnan(x: f32) -> bool {
    return (bitcast<u32>(x) & 0x7fffffffu) > 0x7f800000u;
}

fn tcc_fmax(a: f32, b: f32) -> f32 {
    return select(select(max(a, b), a, tcc_isnan(b)), b, tcc_isnan(a));
}

@compute @workgroup_size(64, 1, 1)
fn broadcast_mul_add_relu(@builtin(global_invocation_id) tcc_global_id: vec3<u32>)
{
    let i: i32 = i32(tcc_global_id.x);
    if (i < 15) {
        let m: i32 = i / 5;
        let n: i32 = i % 5;
        let v: f32 = a[i] * b[n] + c[m];
        out[i] = tcc_fmax(v, 0.0);
    }
}
