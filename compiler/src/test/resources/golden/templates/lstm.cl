__kernel __attribute__((reqd_work_group_size(4, 1, 1)))
void k0_lstm(__global const float* restrict in_x_1, __global const float* restrict in_x_2, __global const float* restrict in_w_2, __global const float* restrict in_x, __global const float* restrict in_w, __global const float* restrict in_w_1, __global const float* restrict in_w_3, __global float* restrict out_rnn, __global float* restrict out_rnn_1, __global float* restrict out_rnn_2)
{
    __local float rnn_h[4];
    __local float rnn_hnew[4];
    __local float rnn_c[4];
    __local float rnn_cnew[4];
    int lid0 = (int)get_local_id(0);
    float v = in_x_1[lid0];
    rnn_h[lid0] = v;
    float v_1 = in_x_2[lid0];
    rnn_c[lid0] = v_1;
    barrier(CLK_LOCAL_MEM_FENCE);
    for (int step = 0; step < 4; step += 1) {
        int b_1 = lid0 / 2;
        int u_1 = lid0 % 2;
        float cp = rnn_c[lid0];
        float v_2 = in_w_2[u_1];
        float sx = v_2;
        for (int i = 0; i < 6; i += 1) {
            float v_3 = in_x[step * 12 + b_1 * 6 + i];
            float v_4 = in_w[u_1 * 6 + i];
            sx += v_3 * v_4;
        }
        float v_5 = in_w_2[8 + u_1];
        float sh = v_5;
        int hb = b_1 * 2;
        for (int k = 0; k < 2; k += 1) {
            float v_6 = in_w_1[u_1 * 2 + k];
            sh += rnn_h[hb + k] * v_6;
        }
        float v_7 = in_w_3[u_1];
        float ig = 1.0f / (1.0f + exp(-(sx + sh + v_7 * cp)));
        int wr = 4 + u_1;
        float v_8 = in_w_2[wr];
        float sx_1 = v_8;
        for (int i_1 = 0; i_1 < 6; i_1 += 1) {
            float v_9 = in_x[step * 12 + b_1 * 6 + i_1];
            float v_10 = in_w[wr * 6 + i_1];
            sx_1 += v_9 * v_10;
        }
        int rr = 4 + u_1;
        float v_11 = in_w_2[8 + rr];
        float sh_1 = v_11;
        int hb_1 = b_1 * 2;
        for (int k_1 = 0; k_1 < 2; k_1 += 1) {
            float v_12 = in_w_1[rr * 2 + k_1];
            sh_1 += rnn_h[hb_1 + k_1] * v_12;
        }
        float v_13 = in_w_3[4 + u_1];
        float fg = 1.0f / (1.0f + exp(-(sx_1 + sh_1 + v_13 * cp)));
        int wr_1 = 6 + u_1;
        float v_14 = in_w_2[wr_1];
        float sx_2 = v_14;
        for (int i_2 = 0; i_2 < 6; i_2 += 1) {
            float v_15 = in_x[step * 12 + b_1 * 6 + i_2];
            float v_16 = in_w[wr_1 * 6 + i_2];
            sx_2 += v_15 * v_16;
        }
        int rr_1 = 6 + u_1;
        float v_17 = in_w_2[8 + rr_1];
        float sh_2 = v_17;
        int hb_2 = b_1 * 2;
        for (int k_2 = 0; k_2 < 2; k_2 += 1) {
            float v_18 = in_w_1[rr_1 * 2 + k_2];
            sh_2 += rnn_h[hb_2 + k_2] * v_18;
        }
        float cand = tanh(sx_2 + sh_2);
        float cn = fg * cp + ig * cand;
        int wr_2 = 2 + u_1;
        float v_19 = in_w_2[wr_2];
        float sx_3 = v_19;
        for (int i_3 = 0; i_3 < 6; i_3 += 1) {
            float v_20 = in_x[step * 12 + b_1 * 6 + i_3];
            float v_21 = in_w[wr_2 * 6 + i_3];
            sx_3 += v_20 * v_21;
        }
        int rr_2 = 2 + u_1;
        float v_22 = in_w_2[8 + rr_2];
        float sh_3 = v_22;
        int hb_3 = b_1 * 2;
        for (int k_3 = 0; k_3 < 2; k_3 += 1) {
            float v_23 = in_w_1[rr_2 * 2 + k_3];
            sh_3 += rnn_h[hb_3 + k_3] * v_23;
        }
        float v_24 = in_w_3[2 + u_1];
        float og = 1.0f / (1.0f + exp(-(sx_3 + sh_3 + v_24 * cn)));
        rnn_cnew[lid0] = cn;
        rnn_hnew[lid0] = og * tanh(cn);
        barrier(CLK_LOCAL_MEM_FENCE);
        float hv = rnn_hnew[lid0];
        rnn_h[lid0] = hv;
        rnn_c[lid0] = rnn_cnew[lid0];
        int y = step * 4 + lid0;
        out_rnn[y] = hv;
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    out_rnn_1[lid0] = rnn_h[lid0];
    out_rnn_2[lid0] = rnn_c[lid0];
    barrier(CLK_LOCAL_MEM_FENCE);
}

