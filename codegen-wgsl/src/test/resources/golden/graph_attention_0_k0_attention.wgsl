@group(0) @binding(0) var<storage, read> in_x_3: array<u32>;
@group(0) @binding(1) var<storage, read> in_x: array<f32>;
@group(0) @binding(2) var<storage, read> in_x_1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out_attention_1: array<f32>;
@group(0) @binding(4) var<storage, read> in_x_2: array<f32>;
@group(0) @binding(5) var<storage, read_write> out_attention: array<f32>;

fn tcc_f32_from_bits(bits: u32) -> f32 {
    return bitcast<f32>(bits);
}

fn tcc_load_in_x_3(tcc_i: u32) -> bool {
    let tcc_w = in_x_3[tcc_i >> 2u];
    return extractBits(tcc_w, (tcc_i & 3u) * 8u, 8u) != 0u;
}

fn tcc_tanh(x: f32) -> f32 {
    let x2 = x * x;
    let series = x * (1.0 + x2 * (-0.33333333 + x2 * (0.13333333 + x2 * -0.053968254)));
    return select(tanh(x), series, abs(x) < 0.0625);
}

fn tcc_isnan(x: f32) -> bool {
    return (bitcast<u32>(x) & 0x7fffffffu) > 0x7f800000u;
}

fn tcc_isinf(x: f32) -> bool {
    return (bitcast<u32>(x) & 0x7fffffffu) == 0x7f800000u;
}

@compute @workgroup_size(64, 1, 1)
fn k0_attention(@builtin(global_invocation_id) tcc_global_id: vec3<u32>)
{
    var w: array<f32, 1>;
    if (i32(tcc_global_id.x) < 2) {
        var top: f32 = tcc_f32_from_bits(0xff800000u);
        var open: bool = false;
        for (var j: i32 = 0; j < 1; j += 1) {
            var bias: f32 = 0.0;
            if (j < 1) {
                let v: bool = tcc_load_in_x_3(u32(i32(tcc_global_id.x)));
                bias = select(tcc_f32_from_bits(0xff800000u), 0.0, v);
            } else {
                bias = tcc_f32_from_bits(0xff800000u);
            }
            if (j > i32(tcc_global_id.x) + 0) {
                bias += tcc_f32_from_bits(0xff800000u);
            }
            let ahead: i32 = j - (i32(tcc_global_id.x) + 0);
            if (false || (-ahead > 0) || (ahead > 0)) {
                bias += tcc_f32_from_bits(0xff800000u);
            }
            let isopen: bool = !(bias == tcc_f32_from_bits(0xff800000u));
            var dot: f32 = 0.0;
            for (var e: i32 = 0; e < 3; e += 1) {
                let v_1: f32 = in_x[i32(tcc_global_id.x) * 3 + e];
                let v_2: f32 = in_x_1[e];
                dot += v_1 * 0.75983566 * (v_2 * 0.75983566);
            }
            let capped: f32 = 2.5 * tcc_tanh(dot / 2.5);
            let biased: f32 = capped + bias;
            let qki: i32 = i32(tcc_global_id.x) + j;
            if (isopen) {
                open = true;
            }
            w[j] = biased;
            top = select(top, biased, tcc_isnan(biased) || (biased > top));
        }
        let dead: bool = !open || tcc_isinf(top);
        var sum: f32 = 0.0;
        for (var j_1: i32 = 0; j_1 < 1; j_1 += 1) {
            let ex: f32 = exp(w[j_1] - top);
            w[j_1] = ex;
            sum += ex;
        }
        for (var j_2: i32 = 0; j_2 < 1; j_2 += 1) {
            let pj: f32 = select(w[j_2] / sum, 0.0, dead);
            w[j_2] = pj;
            out_attention_1[i32(tcc_global_id.x) + j_2] = pj;
        }
        for (var e_1: i32 = 0; e_1 < 4; e_1 += 1) {
            var acc: f32 = 0.0;
            for (var j_3: i32 = 0; j_3 < 1; j_3 += 1) {
                let v_3: f32 = in_x_2[e_1];
                acc += w[j_3] * v_3;
            }
            out_attention[i32(tcc_global_id.x) * 4 + e_1] = acc;
        }
    }
}
