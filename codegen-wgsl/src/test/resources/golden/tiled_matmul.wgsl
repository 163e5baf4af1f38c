@group(0) @binding(0) var<storage, read> a: array<f32>;
@group(0) @binding(1) var<storage, read> b: array<f32>;
@group(0) @binding(2) var<storage, read_write> c: array<f32>;

var<workgroup> tile_a: array<f32, 256>;
var<workgroup> tile_b: array<f32, 256>;

@compute @workgroup_size(16, 16, 1)
fn tiled_matmul(@builtin(global_invocation_id) tcc_global_id: vec3<u32>, @builtin(local_invocation_id) tcc_local_id: vec3<u32>)
{
    let tx: i32 = i32(tcc_local_id.x);
    let ty: i32 = i32(tcc_local_id.y);
    let col: i32 = i32(tcc_global_id.x);
    let row: i32 = i32(tcc_global_id.y);
    var acc: f32 = 0.0;
    for (var k0: i32 = 0; k0 < 40; k0 += 16) {
        let ka: i32 = k0 + tx;
        let kb: i32 = k0 + ty;
        if ((row < 64) && (ka < 40)) {
            tile_a[ty * 16 + tx] = a[row * 40 + ka];
        } else {
            tile_a[ty * 16 + tx] = 0.0;
        }
        if ((kb < 40) && (col < 48)) {
            tile_b[ty * 16 + tx] = b[kb * 48 + col];
        } else {
            tile_b[ty * 16 + tx] = 0.0;
        }
        workgroupBarrier();
        for (var kk: i32 = 0; kk < 16; kk += 1) {
            acc = fma(tile_a[ty * 16 + kk], tile_b[kk * 16 + tx], acc);
        }
        workgroupBarrier();
    }
    if ((row < 64) && (col < 48)) {
        c[row * 48 + col] = acc;
    }
}
