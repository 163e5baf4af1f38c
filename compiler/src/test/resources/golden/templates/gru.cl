__kernel __attribute__((reqd_work_group_size(16, 1, 1)))
void k0_gru(__global const float* restrict in_x_1, __global const float* restrict in_w_2, __global const float* restrict in_x, __global const float* restrict in_w, __global const float* restrict in_w_1, __global float* restrict out_rnn, __global float* restrict out_rnn_1)
{
    __local float rnn_h[9];
    __local float rnn_hnew[9];
    __local float rnn_rh[9];
    for (int e = (int)get_local_id(0); e < 9; e += 16) {
        int b = e / 3;
        int u = e % 3;
        float v = in_x_1[b * 3 + u];
        rnn_h[e] = v;
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    for (int step = 0; step < 3; step += 1) {
        for (int e_1 = (int)get_local_id(0); e_1 < 9; e_1 += 16) {
            int b_1 = e_1 / 3;
            int u_1 = e_1 % 3;
            int wr = 3 + u_1;
            float v_1 = in_w_2[wr];
            float sx = v_1;
            for (int i = 0; i < 1; i += 1) {
                float v_2 = in_x[step * 3 + b_1];
                float v_3 = in_w[wr];
                sx += v_2 * v_3;
            }
            int rr = 3 + u_1;
            float v_4 = in_w_2[9 + rr];
            float sh = v_4;
            int hb = b_1 * 3;
            for (int k = 0; k < 3; k += 1) {
                float v_5 = in_w_1[rr * 3 + k];
                sh += rnn_h[hb + k] * v_5;
            }
            rnn_rh[e_1] = 1.0f / (1.0f + exp(-(sx + sh))) * rnn_h[e_1];
        }
        barrier(CLK_LOCAL_MEM_FENCE);
        for (int e_2 = (int)get_local_id(0); e_2 < 9; e_2 += 16) {
            int b_2 = e_2 / 3;
            int u_2 = e_2 % 3;
            float hp = rnn_h[e_2];
            float v_6 = in_w_2[u_2];
            float sx_1 = v_6;
            for (int i_1 = 0; i_1 < 1; i_1 += 1) {
                float v_7 = in_x[step * 3 + b_2];
                float v_8 = in_w[u_2];
                sx_1 += v_7 * v_8;
            }
            float v_9 = in_w_2[9 + u_2];
            float sh_1 = v_9;
            int hb_1 = b_2 * 3;
            for (int k_1 = 0; k_1 < 3; k_1 += 1) {
                float v_10 = in_w_1[u_2 * 3 + k_1];
                sh_1 += rnn_h[hb_1 + k_1] * v_10;
            }
            float z = 1.0f / (1.0f + exp(-(sx_1 + sh_1)));
            int wr_1 = 6 + u_2;
            float v_11 = in_w_2[wr_1];
            float sx_2 = v_11;
            for (int i_2 = 0; i_2 < 1; i_2 += 1) {
                float v_12 = in_x[step * 3 + b_2];
                float v_13 = in_w[wr_1];
                sx_2 += v_12 * v_13;
            }
            int rr_1 = 6 + u_2;
            float v_14 = in_w_2[9 + rr_1];
            float sh_2 = v_14;
            int hb_2 = b_2 * 3;
            for (int k_2 = 0; k_2 < 3; k_2 += 1) {
                float v_15 = in_w_1[rr_1 * 3 + k_2];
                sh_2 += rnn_rh[hb_2 + k_2] * v_15;
            }
            float cand = tanh(sx_2 + sh_2);
            rnn_hnew[e_2] = (1.0f - z) * cand + z * hp;
        }
        barrier(CLK_LOCAL_MEM_FENCE);
        for (int e_3 = (int)get_local_id(0); e_3 < 9; e_3 += 16) {
            float hv = rnn_hnew[e_3];
            rnn_h[e_3] = hv;
            int y = step * 9 + e_3;
            out_rnn[y] = hv;
        }
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    for (int e_4 = (int)get_local_id(0); e_4 < 9; e_4 += 16) {
        out_rnn_1[e_4] = rnn_h[e_4];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
}

