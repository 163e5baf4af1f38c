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

// f32 to f16 bits, rounding to nearest even and overflowing to infinity as kernel IR says
// (pack2x16float may round either way, and its result out of range is not defined)
fn tcc_f16_bits(x: f32) -> u32 {
    let b = bitcast<u32>(x);
    let sign = (b >> 16u) & 0x8000u;
    let a = b & 0x7fffffffu;
    if (a > 0x7f800000u) {
        return sign | 0x7e00u;
    }
    if (a >= 0x477ff000u) {
        return sign | 0x7c00u;
    }
    if (a >= 0x38800000u) {
        let r = a - 0x38000000u;
        let rest = r & 0x1fffu;
        let up = rest > 0x1000u || (rest == 0x1000u && ((r >> 13u) & 1u) == 1u);
        return sign | ((r >> 13u) + select(0u, 1u, up));
    }
    let v = bitcast<f32>(a) * 16777216.0;
    let m = u32(floor(v));
    let frac = v - floor(v);
    let up = frac > 0.5 || (frac == 0.5 && (m & 1u) == 1u);
    return sign | (m + select(0u, 1u, up));
}

@compute @workgroup_size(64, 1, 1)
fn half_axpy(@builtin(global_invocation_id) tcc_global_id: vec3<u32>)
{
    let alpha: f32 = tcc_params.alpha;
    let n: i32 = tcc_params.n;
    let i: i32 = i32(tcc_global_id.x);
    if (i < n) {
        tcc_store_y(u32(i), tcc_f16_bits(alpha * tcc_load_x(u32(i)) + tcc_load_y(u32(i))));
    }
}
