@group(0) @binding(0) var<storage, read_write> out_scatter_elements: array<f32>;
@group(0) @binding(1) var<storage, read> in_w_1: array<i32>;
@group(0) @binding(2) var<storage, read> in_x_2: array<f32>;

@compute @workgroup_size(1, 1, 1)
fn k3_scatter_elements()
{
    for (var u: i32 = 0; u < 2; u += 1) {
        let v: i32 = in_w_1[u];
        let j: i32 = min(max(select(v, v + 9, v < 0), 0), 8);
        let dst: i32 = j * 2;
        let v_1: f32 = in_x_2[u];
        let old: f32 = out_scatter_elements[dst];
        out_scatter_elements[dst] = v_1;
    }
}
