@group(0) @binding(0) var<storage, read> in_resize_nearest2: array<i32>;
@group(0) @binding(1) var<storage, read> in_resize_nearest3: array<i32>;
@group(0) @binding(2) var<storage, read> in_x: array<f32>;
@group(0) @binding(3) var<storage, read_write> out_resize: array<f32>;

@compute @workgroup_size(16, 1, 1)
fn k0_resize(@builtin(global_invocation_id) tcc_global_id: vec3<u32>)
{
    let base: i32 = i32(tcc_global_id.x) * 8;
    if (i32(tcc_global_id.x) < 14) {
        for (var e: i32 = 0; e < 8; e += 1) {
            let i: i32 = base + e;
            let i1: i32 = i / 56;
            let i2: i32 = i / 8 % 7;
            let i3: i32 = i % 8;
            let j: i32 = in_resize_nearest2[i2];
            let j_1: i32 = in_resize_nearest3[i3];
            let v: f32 = in_x[i1 * 36 + j * 6 + j_1];
            out_resize[i] = v;
        }
    }
}
