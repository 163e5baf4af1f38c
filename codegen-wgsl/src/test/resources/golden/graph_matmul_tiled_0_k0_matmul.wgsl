@group(0) @binding(0) var<storage, read> in_x: array<f32>;
@group(0) @binding(1) var<storage, read> in_w: array<f32>;
@group(0) @binding(2) var<storage, read> in_w_1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out_tanh: array<f32>;

var<workgroup> tile_a: array<f32, 256>;
var<workgroup> tile_b: array<f32, 256>;

fn tcc_tanh(x: f32) -> f32 {
    let x2 = x * x;
    let series = x * (1.0 + x2 * (-0.33333333 + x2 * (0.13333333 + x2 * -0.053968254)));
    return select(tanh(x), series, abs(x) < 0.0625);
}

@compute @workgroup_size(16, 16, 1)
fn k0_matmul(@builtin(local_invocation_id) tcc_local_id: vec3<u32>, @builtin(workgroup_id) tcc_group_id: vec3<u32>)
{
    let col: i32 = i32(tcc_group_id.x) * 16 + i32(tcc_local_id.x);
    let row: i32 = i32(tcc_group_id.y) * 16 + i32(tcc_local_id.y);
    var acc: f32 = 0.0;
    let slot: i32 = i32(tcc_local_id.y) * 16 + i32(tcc_local_id.x);
    for (var k0: i32 = 0; k0 < 53; k0 += 16) {
        let ka: i32 = k0 + i32(tcc_local_id.x);
        let kb: i32 = k0 + i32(tcc_local_id.y);
        if ((row < 25) && (ka < 53)) {
            let v: f32 = in_x[row * 53 + ka];
            let v_1: f32 = v * 0.5;
            tile_a[slot] = v_1;
        } else {
            tile_a[slot] = 0.0;
        }
        if ((kb < 53) && (col < 73)) {
            let v_2: f32 = in_w[kb * 73 + col];
            tile_b[slot] = v_2;
        } else {
            tile_b[slot] = 0.0;
        }
        workgroupBarrier();
        for (var kk: i32 = 0; kk < 16; kk += 1) {
            acc = fma(tile_a[i32(tcc_local_id.y) * 16 + kk], tile_b[kk * 16 + i32(tcc_local_id.x)], acc);
        }
        workgroupBarrier();
    }
    if ((row < 25) && (col < 73)) {
        let lin: i32 = (i32(tcc_group_id.z) * 25 + row) * 73 + col;
        let i1: i32 = lin / 73;
        let i2: i32 = lin % 73;
        let v_3: f32 = in_w_1[i2];
        let v_4: f32 = acc + v_3;
        out_tanh[lin] = tcc_tanh(v_4);
    }
}
