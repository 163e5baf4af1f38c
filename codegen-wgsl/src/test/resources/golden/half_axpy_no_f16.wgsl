@group(0) @binding(0) var<storage, read> x: array<u32>;
@group(0) @binding(1) var<storage, read_write> y: array<atomic<u32>>;

struct TccParams {
    alpha: f32,
    n: i32,
}

@group(0) @binding(2) var<uniform> tcc_params: TccParams;

fn tcc_load_x(tcc_i: u32) -> f32 {
    let tcc_w = x[tcc_i >> 1u];
    return unpack2x16float(tcc_w >> ((tcc_i & 1u) * 16u)).x;
}

fn tcc_load_y(tcc_i: u32) -> f32 {
    let tcc_w = atomicLoad(&y[tcc_i >> 1u]);
    return unpack2x16float(tcc_w >> ((tcc_i & 1u) * 16u)).x;
}

fn tcc_store_y(tcc_i: u32, tcc_bits: u32) {
    let tcc_s = (tcc_i & 1u) * 16u;
    atomicAnd(&y[tcc_i >> 1u], ~(0xffffu << tcc_s));
    atomicOr(&y[tcc_i >> 1u], (tcc_bits & 0xffffu) << tcc_s);
}

@compute @workgroup_size(64, 1, 1)
fn half_axpy(@builtin(global_invocation_id) tcc_global_id: vec3<u32>)
{
    let alpha: f32 = tcc_params.alpha;
    let n: i32 = tcc_params.n;
    let i: i32 = i32(tcc_global_id.x);
    if (i < n) {
        tcc_store_y(u32(i), pack2x16float(vec2<f32>(alpha * tcc_load_x(u32(i)) + tcc_load_y(u32(i)), 0.0)));
    }
}
