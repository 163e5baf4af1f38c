@group(0) @binding(0) var<storage, read> in_w: array<f32>;
@group(0) @binding(1) var<storage, read> in_x: array<f32>;
@group(0) @binding(2) var<storage, read> in_w_1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out_mul: array<f32>;

var<workgroup> tile_a: array<f32, 256>;
var<workgroup> tile_b: array<f32, 256>;

@compute @workgroup_size(16, 16, 1)
fn k0_conv(@builtin(local_invocation_id) tcc_local_id: vec3<u32>, @builtin(workgroup_id) tcc_group_id: vec3<u32>)
{
    let col: i32 = i32(tcc_group_id.x) * 16 + i32(tcc_local_id.x);
    let row: i32 = i32(tcc_group_id.y) * 16 + i32(tcc_local_id.y);
    let i0: i32 = col / 11;
    let i1: i32 = col % 11;
    var acc: f32 = 0.0;
    let slot: i32 = i32(tcc_local_id.y) * 16 + i32(tcc_local_id.x);
    for (var k0: i32 = 0; k0 < 81; k0 += 16) {
        let ka: i32 = k0 + i32(tcc_local_id.x);
        let kb: i32 = k0 + i32(tcc_local_id.y);
        if ((row < 24) && (ka < 81)) {
            let i0_1: i32 = ka / 9;
            let i1_1: i32 = ka / 3 % 3;
            let i2: i32 = ka % 3;
            let v: f32 = in_w[row * 81 + i0_1 * 9 + i1_1 * 3 + i2];
            tile_a[slot] = v;
        } else {
            tile_a[slot] = 0.0;
        }
        let i0_2: i32 = kb / 9;
        let i1_2: i32 = kb / 3 % 3;
        let i2_1: i32 = kb % 3;
        let x0: i32 = i0 + i1_2 - 1;
        let x1: i32 = i1 + i2_1 - 1;
        if ((kb < 81) && (col < 110) && ((x0 >= 0) && (x0 < 10) && ((x1 >= 0) && (x1 < 11)))) {
            let v_1: f32 = in_x[i0_2 * 110 + x0 * 11 + x1];
            tile_b[slot] = v_1;
        } else {
            tile_b[slot] = 0.0;
        }
        workgroupBarrier();
        for (var kk: i32 = 0; kk < 16; kk += 1) {
            acc = fma(tile_a[i32(tcc_local_id.y) * 16 + kk], tile_b[kk * 16 + i32(tcc_local_id.x)], acc);
        }
        workgroupBarrier();
    }
    if ((row < 24) && (col < 110)) {
        let v_2: f32 = in_w_1[row];
        let lin: i32 = (i32(tcc_group_id.z) * 24 + row) * 110 + col;
        let y: f32 = v_2 + acc;
        let i1_3: i32 = lin / 110;
        let i2_2: i32 = lin / 11 % 10;
        let i3: i32 = lin % 11;
        let v_3: f32 = 1.0 / (1.0 + exp(-y));
        out_mul[lin] = y * v_3;
    }
}
