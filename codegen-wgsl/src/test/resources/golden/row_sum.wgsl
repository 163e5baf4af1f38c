@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

var<workgroup> partial: array<f32, 128>;

@compute @workgroup_size(128, 1, 1)
fn row_sum(@builtin(local_invocation_id) tcc_local_id: vec3<u32>, @builtin(workgroup_id) tcc_group_id: vec3<u32>)
{
    let row: i32 = i32(tcc_group_id.x);
    let lid: i32 = i32(tcc_local_id.x);
    var acc: f32 = 0.0;
    for (var c: i32 = lid; c < 1000; c += 128) {
        acc += x[row * 1000 + c];
    }
    partial[lid] = acc;
    workgroupBarrier();
    for (var stride: i32 = 64; stride > 0; stride = stride >> 1u) {
        if (lid < stride) {
            partial[lid] = partial[lid] + partial[lid + stride];
        }
        workgroupBarrier();
    }
    if (lid == 0) {
        out[row] = partial[0];
    }
}
