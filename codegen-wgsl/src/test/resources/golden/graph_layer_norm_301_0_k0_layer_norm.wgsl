@group(0) @binding(0) var<storage, read> in_x: array<f32>;
@group(0) @binding(1) var<storage, read> in_w: array<f32>;
@group(0) @binding(2) var<storage, read> in_w_1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out_add: array<f32>;

var<workgroup> partial: array<f32, 16>;

@compute @workgroup_size(16, 1, 1)
fn k0_layer_norm(@builtin(local_invocation_id) tcc_local_id: vec3<u32>, @builtin(workgroup_id) tcc_group_id: vec3<u32>)
{
    var acc: f32 = 0.0;
    for (var j: i32 = i32(tcc_local_id.x); j < 301; j += 16) {
        let v: f32 = in_x[i32(tcc_group_id.x) * 301 + j];
        acc += v;
    }
    partial[i32(tcc_local_id.x)] = acc;
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
    let mean: f32 = total / 301.0;
    var acc_1: f32 = 0.0;
    for (var j_1: i32 = i32(tcc_local_id.x); j_1 < 301; j_1 += 16) {
        let v_1: f32 = in_x[i32(tcc_group_id.x) * 301 + j_1];
        let v_2: f32 = v_1 - mean;
        acc_1 += v_2 * v_2;
    }
    partial[i32(tcc_local_id.x)] = acc_1;
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
    let total_1: f32 = partial[0];
    workgroupBarrier();
    let inv: f32 = 1.0 / sqrt(total_1 / 301.0 + 1.0E-5);
    for (var j_2: i32 = i32(tcc_local_id.x); j_2 < 301; j_2 += 16) {
        let v_3: f32 = in_x[i32(tcc_group_id.x) * 301 + j_2];
        let v_4: f32 = in_w[j_2];
        let v_5: f32 = in_w_1[j_2];
        let o: i32 = i32(tcc_group_id.x) * 301 + j_2;
        let y: f32 = (v_3 - mean) * inv * v_4 + v_5;
        let i0: i32 = o / 301;
        let i1: i32 = o % 301;
        let v_6: f32 = in_x[o];
        out_add[o] = y + v_6;
    }
}
