@group(0) @binding(0) var<storage, read_write> out_scatter_nd: array<f32>;
@group(0) @binding(1) var<storage, read> in_w: array<i32>;
@group(0) @binding(2) var<storage, read> in_x_1: array<f32>;

@compute @workgroup_size(1, 1, 1)
fn k1_scatter_nd()
{
    for (var u: i32 = 0; u < 6; u += 1) {
        let i0: i32 = u / 2;
        let i1: i32 = u % 2;
        let v: i32 = in_w[i0];
        let j: i32 = min(max(select(v, v + 9, v < 0), 0), 8);
        let dst: i32 = j * 2 + i1;
        let v_1: f32 = in_x_1[u];
        let old: f32 = out_scatter_nd[dst];
        out_scatter_nd[dst] = old + v_1;
    }
}
