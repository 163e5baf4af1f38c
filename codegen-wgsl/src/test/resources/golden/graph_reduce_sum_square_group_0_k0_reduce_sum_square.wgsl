@group(0) @binding(0) var<storage, read> in_x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out_neg: array<f32>;

var<workgroup> partial: array<f32, 32>;

@compute @workgroup_size(32, 1, 1)
fn k0_reduce_sum_square(@builtin(local_invocation_id) tcc_local_id: vec3<u32>, @builtin(workgroup_id) tcc_group_id: vec3<u32>)
{
    var acc: f32 = 0.0;
    for (var j: i32 = i32(tcc_local_id.x); j < 581; j += 32) {
        let v: f32 = in_x[i32(tcc_group_id.x) * 581 + j];
        let v_1: f32 = v + 0.25;
        acc += v_1 * v_1;
    }
    partial[i32(tcc_local_id.x)] = acc;
    workgroupBarrier();
    if (i32(tcc_local_id.x) < 16) {
        partial[i32(tcc_local_id.x)] = partial[i32(tcc_local_id.x)] + partial[i32(tcc_local_id.x) + 16];
    }
    workgroupBarrier();
    if (i32(tcc_local_id.x) < 8) {
        partial[i32(tcc_local_id.x)] = partial[i32(tcc_local_id.x)] + partial[i32(tcc_local_id.x) + 8];
    }
    workgroupBarrier();
    if (i32(tcc_local_id.x) < 4) {
        partial[i32(tcc_local_id.x)] = partial[i32(tcc_local_id.x)] + partial[i32(tcc_local_id.x) + 4];
    }
    workgroupBarrier();
    if (i32(tcc_local_id.x) < 2) {
        partial[i32(tcc_local_id.x)] = partial[i32(tcc_local_id.x)] + partial[i32(tcc_local_id.x) + 2];
    }
    workgroupBarrier();
    if (i32(tcc_local_id.x) < 1) {
        partial[i32(tcc_local_id.x)] = partial[i32(tcc_local_id.x)] + partial[i32(tcc_local_id.x) + 1];
    }
    workgroupBarrier();
    let total: f32 = partial[0];
    workgroupBarrier();
    if (i32(tcc_local_id.x) == 0) {
        out_neg[i32(tcc_group_id.x)] = -total;
    }
}
