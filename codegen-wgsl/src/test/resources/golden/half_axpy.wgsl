enable f16;

@group(0) @binding(0) var<storage, read> x: array<f16>;
@group(0) @binding(1) var<storage, read_write> y: array<f16>;

struct TccParams {
    alpha: f32,
    n: i32,
}

@group(0) @binding(2) var<uniform> tcc_params: TccParams;

@compute @workgroup_size(64, 1, 1)
fn half_axpy(@builtin(global_invocation_id) tcc_global_id: vec3<u32>)
{
    let alpha: f32 = tcc_params.alpha;
    let n: i32 = tcc_params.n;
    let i: i32 = i32(tcc_global_id.x);
    if (i < n) {
        y[i] = f16(alpha * f32(x[i]) + f32(y[i]));
    }
}
