@group(0) @binding(0) var<storage, read> in_x_1: array<f32>;
@group(0) @binding(1) var<storage, read> in_w_2: array<f32>;
@group(0) @binding(2) var<storage, read> in_x: array<f32>;
@group(0) @binding(3) var<storage, read> in_w: array<f32>;
@group(0) @binding(4) var<storage, read> in_w_1: array<f32>;
@group(0) @binding(5) var<storage, read_write> out_rnn: array<f32>;
@group(0) @binding(6) var<storage, read_write> out_rnn_1: array<f32>;

var<workgroup> rnn_h: array<f32, 12>;
var<workgroup> rnn_hnew: array<f32, 12>;
var<workgroup> rnn_rh: array<f32, 12>;

fn tcc_tanh(x: f32) -> f32 {
    let x2 = x * x;
    let series = x * (1.0 + x2 * (-0.33333333 + x2 * (0.13333333 + x2 * -0.053968254)));
    return select(tanh(x), series, abs(x) < 0.0625);
}

@compute @workgroup_size(16, 1, 1)
fn k0_gru(@builtin(local_invocation_id) tcc_local_id: vec3<u32>)
{
    for (var e: i32 = i32(tcc_local_id.x); e < 12; e += 16) {
        let b: i32 = e / 4;
        let u: i32 = e % 4;
        let v: f32 = in_x_1[b * 4 + u];
        rnn_h[e] = v;
    }
    workgroupBarrier();
    for (var step: i32 = 0; step < 1; step += 1) {
        for (var e_1: i32 = i32(tcc_local_id.x); e_1 < 12; e_1 += 16) {
            let b_1: i32 = e_1 / 4;
            let u_1: i32 = e_1 % 4;
            let wr: i32 = 4 + u_1;
            let v_1: f32 = in_w_2[wr];
            var sx: f32 = v_1;
            for (var i: i32 = 0; i < 5; i += 1) {
                let v_2: f32 = in_x[b_1 * 5 + i];
                let v_3: f32 = in_w[wr * 5 + i];
                sx += v_2 * v_3;
            }
            let rr: i32 = 4 + u_1;
            let v_4: f32 = in_w_2[12 + rr];
            var sh: f32 = v_4;
            let hb: i32 = b_1 * 4;
            for (var k: i32 = 0; k < 4; k += 1) {
                let v_5: f32 = in_w_1[rr * 4 + k];
                sh += rnn_h[hb + k] * v_5;
            }
            rnn_rh[e_1] = 1.0 / (1.0 + exp(-(sx + sh))) * rnn_h[e_1];
        }
        workgroupBarrier();
        for (var e_2: i32 = i32(tcc_local_id.x); e_2 < 12; e_2 += 16) {
            let b_2: i32 = e_2 / 4;
            let u_2: i32 = e_2 % 4;
            let hp: f32 = rnn_h[e_2];
            let v_6: f32 = in_w_2[u_2];
            var sx_1: f32 = v_6;
            for (var i_1: i32 = 0; i_1 < 5; i_1 += 1) {
                let v_7: f32 = in_x[b_2 * 5 + i_1];
                let v_8: f32 = in_w[u_2 * 5 + i_1];
                sx_1 += v_7 * v_8;
            }
            let v_9: f32 = in_w_2[12 + u_2];
            var sh_1: f32 = v_9;
            let hb_1: i32 = b_2 * 4;
            for (var k_1: i32 = 0; k_1 < 4; k_1 += 1) {
                let v_10: f32 = in_w_1[u_2 * 4 + k_1];
                sh_1 += rnn_h[hb_1 + k_1] * v_10;
            }
            let z: f32 = 1.0 / (1.0 + exp(-(sx_1 + sh_1)));
            let wr_1: i32 = 8 + u_2;
            let v_11: f32 = in_w_2[wr_1];
            var sx_2: f32 = v_11;
            for (var i_2: i32 = 0; i_2 < 5; i_2 += 1) {
                let v_12: f32 = in_x[b_2 * 5 + i_2];
                let v_13: f32 = in_w[wr_1 * 5 + i_2];
                sx_2 += v_12 * v_13;
            }
            let rr_1: i32 = 8 + u_2;
            let v_14: f32 = in_w_2[12 + rr_1];
            var sh_2: f32 = v_14;
            let hb_2: i32 = b_2 * 4;
            for (var k_2: i32 = 0; k_2 < 4; k_2 += 1) {
                let v_15: f32 = in_w_1[rr_1 * 4 + k_2];
                sh_2 += rnn_rh[hb_2 + k_2] * v_15;
            }
            let cand: f32 = tcc_tanh(sx_2 + sh_2);
            rnn_hnew[e_2] = (1.0 - z) * cand + z * hp;
        }
        workgroupBarrier();
        for (var e_3: i32 = i32(tcc_local_id.x); e_3 < 12; e_3 += 16) {
            let hv: f32 = rnn_hnew[e_3];
            rnn_h[e_3] = hv;
            let y: i32 = step * 12 + e_3;
            out_rnn[y] = hv;
        }
        workgroupBarrier();
    }
    for (var e_4: i32 = i32(tcc_local_id.x); e_4 < 12; e_4 += 16) {
        out_rnn_1[e_4] = rnn_h[e_4];
    }
    workgroupBarrier();
}
