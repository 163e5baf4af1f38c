@group(0) @binding(0) var<storage, read> in_x_1: array<f32>;
@group(0) @binding(1) var<storage, read> in_x_2: array<f32>;
@group(0) @binding(2) var<storage, read> in_w_2: array<f32>;
@group(0) @binding(3) var<storage, read> in_x: array<f32>;
@group(0) @binding(4) var<storage, read> in_w: array<f32>;
@group(0) @binding(5) var<storage, read> in_w_1: array<f32>;
@group(0) @binding(6) var<storage, read> in_w_3: array<f32>;
@group(0) @binding(7) var<storage, read_write> out_rnn: array<f32>;
@group(0) @binding(8) var<storage, read_write> out_rnn_1: array<f32>;
@group(0) @binding(9) var<storage, read_write> out_rnn_2: array<f32>;

var<workgroup> rnn_h: array<f32, 3>;
var<workgroup> rnn_hnew: array<f32, 3>;
var<workgroup> rnn_c: array<f32, 3>;
var<workgroup> rnn_cnew: array<f32, 3>;

fn tcc_tanh(x: f32) -> f32 {
    let x2 = x * x;
    let series = x * (1.0 + x2 * (-0.33333333 + x2 * (0.13333333 + x2 * -0.053968254)));
    return select(tanh(x), series, abs(x) < 0.0625);
}

@compute @workgroup_size(4, 1, 1)
fn k0_lstm(@builtin(local_invocation_id) tcc_local_id: vec3<u32>)
{
    for (var e: i32 = i32(tcc_local_id.x); e < 3; e += 4) {
        let v: f32 = in_x_1[e];
        rnn_h[e] = v;
        let v_1: f32 = in_x_2[e];
        rnn_c[e] = v_1;
    }
    workgroupBarrier();
    for (var step: i32 = 0; step < 3; step += 1) {
        for (var e_1: i32 = i32(tcc_local_id.x); e_1 < 3; e_1 += 4) {
            let hp: f32 = rnn_h[e_1];
            let cp: f32 = rnn_c[e_1];
            let v_2: f32 = in_w_2[0];
            var sx: f32 = v_2;
            for (var i: i32 = 0; i < 4; i += 1) {
                let v_3: f32 = in_x[step * 12 + e_1 * 4 + i];
                let v_4: f32 = in_w[i];
                sx += v_3 * v_4;
            }
            let v_5: f32 = in_w_2[4];
            var sh: f32 = v_5;
            for (var k: i32 = 0; k < 1; k += 1) {
                let v_6: f32 = in_w_1[0];
                sh += rnn_h[e_1 + k] * v_6;
            }
            let v_7: f32 = in_w_3[0];
            let ig: f32 = 1.0 / (1.0 + exp(-(sx + sh + v_7 * cp)));
            let v_8: f32 = in_w_2[2];
            var sx_1: f32 = v_8;
            for (var i_1: i32 = 0; i_1 < 4; i_1 += 1) {
                let v_9: f32 = in_x[step * 12 + e_1 * 4 + i_1];
                let v_10: f32 = in_w[8 + i_1];
                sx_1 += v_9 * v_10;
            }
            let v_11: f32 = in_w_2[6];
            var sh_1: f32 = v_11;
            for (var k_1: i32 = 0; k_1 < 1; k_1 += 1) {
                let v_12: f32 = in_w_1[2];
                sh_1 += rnn_h[e_1 + k_1] * v_12;
            }
            let v_13: f32 = in_w_3[2];
            let fg: f32 = 1.0 / (1.0 + exp(-(sx_1 + sh_1 + v_13 * cp)));
            let v_14: f32 = in_w_2[3];
            var sx_2: f32 = v_14;
            for (var i_2: i32 = 0; i_2 < 4; i_2 += 1) {
                let v_15: f32 = in_x[step * 12 + e_1 * 4 + i_2];
                let v_16: f32 = in_w[12 + i_2];
                sx_2 += v_15 * v_16;
            }
            let v_17: f32 = in_w_2[7];
            var sh_2: f32 = v_17;
            for (var k_2: i32 = 0; k_2 < 1; k_2 += 1) {
                let v_18: f32 = in_w_1[3];
                sh_2 += rnn_h[e_1 + k_2] * v_18;
            }
            let cand: f32 = tcc_tanh(sx_2 + sh_2);
            let cn: f32 = fg * cp + ig * cand;
            let v_19: f32 = in_w_2[1];
            var sx_3: f32 = v_19;
            for (var i_3: i32 = 0; i_3 < 4; i_3 += 1) {
                let v_20: f32 = in_x[step * 12 + e_1 * 4 + i_3];
                let v_21: f32 = in_w[4 + i_3];
                sx_3 += v_20 * v_21;
            }
            let v_22: f32 = in_w_2[5];
            var sh_3: f32 = v_22;
            for (var k_3: i32 = 0; k_3 < 1; k_3 += 1) {
                let v_23: f32 = in_w_1[1];
                sh_3 += rnn_h[e_1 + k_3] * v_23;
            }
            let v_24: f32 = in_w_3[1];
            let og: f32 = 1.0 / (1.0 + exp(-(sx_3 + sh_3 + v_24 * cn)));
            rnn_cnew[e_1] = cn;
            rnn_hnew[e_1] = og * tcc_tanh(cn);
        }
        workgroupBarrier();
        for (var e_2: i32 = i32(tcc_local_id.x); e_2 < 3; e_2 += 4) {
            let hv: f32 = rnn_hnew[e_2];
            rnn_h[e_2] = hv;
            rnn_c[e_2] = rnn_cnew[e_2];
            let y: i32 = step * 3 + e_2;
            out_rnn[y] = hv;
        }
        workgroupBarrier();
    }
    for (var e_3: i32 = i32(tcc_local_id.x); e_3 < 3; e_3 += 4) {
        out_rnn_1[e_3] = rnn_h[e_3];
        out_rnn_2[e_3] = rnn_c[e_3];
    }
    workgroupBarrier();
}
