@group(0) @binding(0) var<storage, read> in_x: array<f32>;
@group(0) @binding(1) var<storage, read> in_x_1: array<f32>;
@group(0) @binding(2) var<storage, read> in_x_2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out_max: array<f32>;

fn tcc_erf(x: f32) -> f32 {
    let a = abs(x);
    let x2 = x * x;
    let series = x * (1.1283791671 + x2 * (-0.3761263890 + x2 * (0.1128379167 + x2 * (-0.0268661706 + x2 * 0.0052239776))));
    let t = 1.0 / (1.0 + 0.3275911 * a);
    let tail = 1.0 - t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) * exp(-x2);
    return select(sign(x) * tail, series, a < 0.5);
}

fn tcc_isinf(x: f32) -> bool {
    return (bitcast<u32>(x) & 0x7fffffffu) == 0x7f800000u;
}

fn tcc_isnan(x: f32) -> bool {
    return (bitcast<u32>(x) & 0x7fffffffu) > 0x7f800000u;
}

fn tcc_fmax(a: f32, b: f32) -> f32 {
    return select(select(max(a, b), a, tcc_isnan(b)), b, tcc_isnan(a));
}

@compute @workgroup_size(256, 1, 1)
fn k0_max(@builtin(global_invocation_id) tcc_global_id: vec3<u32>)
{
    if (i32(tcc_global_id.x) < 6786) {
        let i0: i32 = i32(tcc_global_id.x) / 2262;
        let i1: i32 = i32(tcc_global_id.x) / 58 % 39;
        let i2: i32 = i32(tcc_global_id.x) % 58;
        let v: f32 = in_x[i32(tcc_global_id.x)];
        let v_1: f32 = in_x_1[i1];
        let v_2: f32 = v * v_1;
        let v_3: f32 = in_x_2[i2];
        let v_4: f32 = v_2 + v_3;
        let v_5: f32 = 1.0 / (1.0 + exp(-v_4));
        let v_6: f32 = v_4 * v_5;
        let v_7: bool = v_6 > 0.5;
        let v_8: f32 = tcc_erf(v_6);
        let u: f32 = exp(v_6);
        let um1: f32 = u - 1.0;
        let v_9: f32 = select(select(select(um1 * v_6 / log(u), -1.0, um1 == -1.0), v_6, u == 1.0), u, tcc_isinf(u));
        let v_10: f32 = select(v_9, v_8, v_7);
        let v_11: f32 = abs(v);
        let u_1: f32 = 1.0 + v_11;
        let v_12: f32 = select(select(log(u_1) * v_11 / (u_1 - 1.0), v_11, u_1 == 1.0), log(u_1), tcc_isinf(u_1));
        out_max[i32(tcc_global_id.x)] = select(tcc_fmax(v_10, v_12), v_10 + v_12, tcc_isnan(v_10) || tcc_isnan(v_12));
    }
}
