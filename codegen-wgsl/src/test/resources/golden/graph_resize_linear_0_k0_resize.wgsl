@group(0) @binding(0) var<storage, read> in_resize_taps2: array<i32>;
@group(0) @binding(1) var<storage, read> in_resize_weights2: array<f32>;
@group(0) @binding(2) var<storage, read> in_resize_taps3: array<i32>;
@group(0) @binding(3) var<storage, read> in_resize_weights3: array<f32>;
@group(0) @binding(4) var<storage, read> in_x: array<f32>;
@group(0) @binding(5) var<storage, read_write> out_resize: array<f32>;

@compute @workgroup_size(16, 1, 1)
fn k0_resize(@builtin(global_invocation_id) tcc_global_id: vec3<u32>)
{
    let base: i32 = i32(tcc_global_id.x) * 8;
    if (i32(tcc_global_id.x) < 12) {
        for (var e: i32 = 0; e < 8; e += 1) {
            let i: i32 = base + e;
            let i1: i32 = i / 48;
            let i2: i32 = i / 4 % 12;
            let i3: i32 = i % 4;
            var sum: f32 = 0.0;
            let tb: i32 = i2 * 2;
            for (var k2: i32 = 0; k2 < 2; k2 += 1) {
                let tp: i32 = tb + k2;
                let j: i32 = in_resize_taps2[tp];
                let w: f32 = 1.0 * in_resize_weights2[tp];
                let tb_1: i32 = i3 * 2;
                for (var k3: i32 = 0; k3 < 2; k3 += 1) {
                    let tp_1: i32 = tb_1 + k3;
                    let j_1: i32 = in_resize_taps3[tp_1];
                    let w_1: f32 = w * in_resize_weights3[tp_1];
                    let v: f32 = in_x[i1 * 24 + j * 6 + j_1];
                    sum += w_1 * v;
                }
            }
            out_resize[i] = sum;
        }
    }
}
