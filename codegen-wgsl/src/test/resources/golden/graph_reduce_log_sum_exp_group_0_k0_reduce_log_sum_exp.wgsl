@group(0) @binding(0) var<storage, read> in_x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out_neg: array<f32>;

var<workgroup> partial: array<f32, 32>;

fn tcc_f32_from_bits(bits: u32) -> f32 {
    return bitcast<f32>(bits);
}

fn tcc_isnan(x: f32) -> bool {
    return (bitcast<u32>(x) & 0x7fffffffu) > 0x7f800000u;
}

fn tcc_isinf(x: f32) -> bool {
    return (bitcast<u32>(x) & 0x7fffffffu) == 0x7f800000u;
}

@compute @workgroup_size(32, 1, 1)
fn k0_reduce_log_sum_exp(@builtin(local_invocation_id) tcc_local_id: vec3<u32>, @builtin(workgroup_id) tcc_group_id: vec3<u32>)
{
    var acc: f32 = tcc_f32_from_bits(0xff800000u);
    for (var j: i32 = i32(tcc_local_id.x); j < 591; j += 32) {
        let v: f32 = in_x[i32(tcc_group_id.x) * 591 + j];
        let v_1: f32 = v + 0.25;
        acc = select(select(v_1, tcc_f32_from_bits(0xff800000u), tcc_isnan(v_1) || tcc_isinf(v_1)), acc, tcc_isnan(acc) || (acc > select(v_1, tcc_f32_from_bits(0xff800000u), tcc_isnan(v_1) || tcc_isinf(v_1))));
    }
    partial[i32(tcc_local_id.x)] = acc;
    workgroupBarrier();
    if (i32(tcc_local_id.x) < 16) {
        partial[i32(tcc_local_id.x)] = select(partial[i32(tcc_local_id.x) + 16], partial[i32(tcc_local_id.x)], tcc_isnan(partial[i32(tcc_local_id.x)]) || (partial[i32(tcc_local_id.x)] > partial[i32(tcc_local_id.x) + 16]));
    }
    workgroupBarrier();
    if (i32(tcc_local_id.x) < 8) {
        partial[i32(tcc_local_id.x)] = select(partial[i32(tcc_local_id.x) + 8], partial[i32(tcc_local_id.x)], tcc_isnan(partial[i32(tcc_local_id.x)]) || (partial[i32(tcc_local_id.x)] > partial[i32(tcc_local_id.x) + 8]));
    }
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
    let shift: f32 = select(total, 0.0, tcc_isinf(total));
    var acc_1: f32 = 0.0;
    for (var j_1: i32 = i32(tcc_local_id.x); j_1 < 591; j_1 += 32) {
        let v_2: f32 = in_x[i32(tcc_group_id.x) * 591 + j_1];
        let v_3: f32 = v_2 + 0.25;
        acc_1 += exp(v_3 - shift);
    }
    partial[i32(tcc_local_id.x)] = acc_1;
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
    let total_1: f32 = partial[0];
    workgroupBarrier();
    if (i32(tcc_local_id.x) == 0) {
        let y: f32 = log(total_1) + shift;
        out_neg[i32(tcc_group_id.x)] = -y;
    }
}
