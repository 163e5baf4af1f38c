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
    let base: i32 = i32(tcc_global_id.x) * 8;
    if (base + 8 <= 6786) {
        for (var e: i32 = 0; e < 8; e += 1) {
            let i: i32 = base + e;
            let i0: i32 = i / 2262;
            let i1: i32 = i / 58 % 39;
            let i2: i32 = i % 58;
            let v: f32 = in_x[i];
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
            out_max[i] = select(tcc_fmax(v_10, v_12), v_10 + v_12, tcc_isnan(v_10) || tcc_isnan(v_12));
        }
    } else {
        for (var e_1: i32 = 0; e_1 < 8; e_1 += 1) {
            let i_1: i32 = base + e_1;
            if (i_1 < 6786) {
                let i0_1: i32 = i_1 / 2262;
                let i1_1: i32 = i_1 / 58 % 39;
                let i2_1: i32 = i_1 % 58;
                let v_13: f32 = in_x[i_1];
                let v_14: f32 = in_x_1[i1_1];
                let v_15: f32 = v_13 * v_14;
                let v_16: f32 = in_x_2[i2_1];
                let v_17: f32 = v_15 + v_16;
                let v_18: f32 = 1.0 / (1.0 + exp(-v_17));
                let v_19: f32 = v_17 * v_18;
                let v_20: bool = v_19 > 0.5;
                let v_21: f32 = tcc_erf(v_19);
                let u_2: f32 = exp(v_19);
                let um1_1: f32 = u_2 - 1.0;
                let v_22: f32 = select(select(select(um1_1 * v_19 / log(u_2), -1.0, um1_1 == -1.0), v_19, u_2 == 1.0), u_2, tcc_isinf(u_2));
                let v_23: f32 = select(v_22, v_21, v_20);
                let v_24: f32 = abs(v_13);
                let u_3: f32 = 1.0 + v_24;
                let v_25: f32 = select(select(log(u_3) * v_24 / (u_3 - 1.0), v_24, u_3 == 1.0), log(u_3), tcc_isinf(u_3));
                out_max[i_1] = select(tcc_fmax(v_23, v_25), v_23 + v_25, tcc_isnan(v_23) || tcc_isnan(v_25));
            }
        }
    }
}
