__kernel __attribute__((reqd_work_group_size(16, 1, 1)))
void k0_gru(__global const float* restrict in_x_1, __global const float* restrict in_w_2, __global const float* restrict in_x, __global const float* restrict in_w, __global const float* restrict in_w_1, __global float* restrict out_rnn, __global float* restrict out_rnn_1)
{
    __local float rnn_h[9];
    __local float rnn_hnew[9];
    __local float rnn_rh[9];
    int lid0 = (int)get_local_id(0);
    if (lid0 < 9) {
        float v = in_x_1[lid0];
        rnn_h[lid0] = v;
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    for (int step = 0; step < 3; step += 1) {
        if (lid0 < 9) {
            int b_1 = lid0 / 3;
            int u_1 = lid0 % 3;
            int wr = 3 + u_1;
            float v_1 = in_w_2[wr];
            float sx = v_1;
            float v_2 = in_x[step * 3 + b_1];
            float v_3 = in_w[wr];
            sx += v_2 * v_3;
            int rr = 3 + u_1;
            float v_4 = in_w_2[9 + rr];
            float sh = v_4;
            int hb = b_1 * 3;
            for (int k = 0; k < 3; k += 1) {
                float v_5 = in_w_1[rr * 3 + k];
                sh += rnn_h[hb + k] * v_5;
            }
            rnn_rh[lid0] = 1.0f / (1.0f + exp(-(sx + sh))) * rnn_h[lid0];
        }
        barrier(CLK_LOCAL_MEM_FENCE);
        if (lid0 < 9) {
            int b_2 = lid0 / 3;
            int u_2 = lid0 % 3;
            float hp = rnn_h[lid0];
            float v_6 = in_w_2[u_2];
            float sx_1 = v_6;
            float v_7 = in_x[step * 3 + b_2];
            float v_8 = in_w[u_2];
            sx_1 += v_7 * v_8;
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
            float v_12 = in_x[step * 3 + b_2];
            float v_13 = in_w[wr_1];
            sx_2 += v_12 * v_13;
            int rr_1 = 6 + u_2;
            float v_14 = in_w_2[9 + rr_1];
            float sh_2 = v_14;
            int hb_2 = b_2 * 3;
            for (int k_2 = 0; k_2 < 3; k_2 += 1) {
                float v_15 = in_w_1[rr_1 * 3 + k_2];
                sh_2 += rnn_rh[hb_2 + k_2] * v_15;
            }
            float cand = tanh(sx_2 + sh_2);
            rnn_hnew[lid0] = (1.0f - z) * cand + z * hp;
        }
        barrier(CLK_LOCAL_MEM_FENCE);
        if (lid0 < 9) {
            float hv = rnn_hnew[lid0];
            rnn_h[lid0] = hv;
            int y = step * 9 + lid0;
            out_rnn[y] = hv;
        }
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    if (lid0 < 9) {
        out_rnn_1[lid0] = rnn_h[lid0];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
}

