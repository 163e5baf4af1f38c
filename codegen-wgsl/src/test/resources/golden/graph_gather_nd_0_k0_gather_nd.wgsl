@group(0) @binding(0) var<storage, read> in_w: array<i32>;
@group(0) @binding(1) var<storage, read> in_x: array<f32>;
@group(0) @binding(2) var<storage, read_write> out_gather_nd: array<f32>;

@compute @workgroup_size(2, 1, 1)
fn k0_gather_nd(@builtin(global_invocation_id) tcc_global_id: vec3<u32>)
{
    let base: i32 = i32(tcc_global_id.x) * 4;
    if (i32(tcc_global_id.x) < 1) {
        for (var e: i32 = 0; e < 4; e += 1) {
            let i: i32 = base + e;
            let i0: i32 = i / 2;
            let i1: i32 = i % 2;
            let v: i32 = in_w[i0 * 2];
            let j: i32 = min(max(select(v, v + 2, v < 0), 0), 1);
            let v_1: i32 = in_w[i0 * 2 + 1];
            let j_1: i32 = min(max(select(v_1, v_1 + 5, v_1 < 0), 0), 4);
            let v_2: f32 = in_x[j * 10 + j_1 * 2 + i1];
            out_gather_nd[i] = v_2;
        }
    }
}
