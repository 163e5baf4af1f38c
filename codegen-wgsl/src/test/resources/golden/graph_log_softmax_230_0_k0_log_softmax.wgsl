@group(0) @binding(0) var<storage, read> in_x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out_softmax: array<f32>;

var<workgroup> partial: array<f32, 8>;

fn tcc_f32_from_bits(bits: u32) -> f32 {
    return bitcast<f32>(bits);
}

fn tcc_isnan(x: f32) -> bool {
    return (bitcast<u32>(x) & 0x7fffffffu) > 0x7f800000u;
}

@compute @workgroup_size(8, 1, 1)
fn k0_log_softmax(@builtin(local_invocation_id) tcc_local_id: vec3<u32>, @builtin(workgroup_id) tcc_group_id: vec3<u32>)
{
    let outer: i32 = i32(tcc_group_id.x) / 3;
    let inner: i32 = i32(tcc_group_id.x) % 3;
    var acc: f32 = tcc_f32_from_bits(0xff800000u);
    for (var j: i32 = i32(tcc_local_id.x); j < 230; j += 8) {
        let v: f32 = in_x[outer * 690 + j * 3 + inner];
        let v_1: f32 = v * 3.0;
        acc = select(v_1, acc, tcc_isnan(acc) || (acc > v_1));
    }
    partial[i32(tcc_local_id.x)] = acc;
    workgroupBarrier();
    if (i32(tcc_local_id.x) < 4) {
        partial[i32(tcc_local_id.x)] = select(partial[i32(tcc_local_id.x) + 4], partial[i32(tcc_local_id.x)], tcc_isnan(partial[i32(tcc_local_id.x)]) || (partial[i32(tcc_local_id.x)] > partial[i32(tcc_local_id.x) + 4]));
    }
    workgroupBarrier();
    if (i32(tcc_local_id.x) < 2) {
        partial[i32(tcc_local_id.x)] = select(partial[i32(tcc_local_id.x) + 2], partial[i32(tcc_local_id.x)], tcc_isnan(partial[i32(tcc_local_id.x)]) || (partial[i32(tcc_local_id.x)] > partial[i32(tcc_local_id.x) + 2]));
    }
    workgroupBarrier();
    if (i32(tcc_local_id.x) < 1) {
        partial[i32(tcc_local_id.x)] = select(partial[i32(tcc_local_id.x) + 1], partial[i32(tcc_local_id.x)], tcc_isnan(partial[i32(tcc_local_id.x)]) || (partial[i32(tcc_local_id.x)] > partial[i32(tcc_local_id.x) + 1]));
    }
    workgroupBarrier();
    let total: f32 = partial[0];
    workgroupBarrier();
    var acc_1: f32 = 0.0;
    for (var j_1: i32 = i32(tcc_local_id.x); j_1 < 230; j_1 += 8) {
        let v_2: f32 = in_x[outer * 690 + j_1 * 3 + inner];
        let v_3: f32 = v_2 * 3.0;
        acc_1 += exp(v_3 - total);
    }
    partial[i32(tcc_local_id.x)] = acc_1;
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
    let ls: f32 = log(total_1);
    for (var j_2: i32 = i32(tcc_local_id.x); j_2 < 230; j_2 += 8) {
        let v_4: f32 = in_x[outer * 690 + j_2 * 3 + inner];
        let v_5: f32 = v_4 * 3.0;
        let e: f32 = v_5 - total;
        let o: i32 = outer * 690 + j_2 * 3 + inner;
        out_softmax[o] = e - ls;
    }
}
