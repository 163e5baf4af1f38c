@group(0) @binding(0) var<storage, read> in_w: array<i32>;
@group(0) @binding(1) var<storage, read> in_x: array<f32>;
@group(0) @binding(2) var<storage, read> in_x_1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out_reshape: array<f32>;

@compute @workgroup_size(64, 1, 1)
fn k0_reshape(@builtin(global_invocation_id) tcc_global_id: vec3<u32>)
{
    let base: i32 = i32(tcc_global_id.x) * 8;
    if (i32(tcc_global_id.x) < 42) {
        for (var e: i32 = 0; e < 8; e += 1) {
            let i: i32 = base + e;
            let i0: i32 = i / 42;
            let i1: i32 = i / 7 % 6;
            let i2: i32 = i % 7;
            let j: i32 = min(max(i0 - 1, 0), 6);
            let j_1: i32 = min(max(i1, 0), 3);
            let j_2: i32 = min(max(i2, 0), 5);
            var padded: f32 = 1.5;
            if ((i0 - 1 >= 0) && (i0 - 1 < 7) && ((i1 >= 0) && (i1 < 4)) && ((i2 >= 0) && (i2 < 6))) {
                let v: i32 = in_w[j_1];
                let j_3: i32 = min(max(select(v, v + 8, v < 0), 0), 7);
                let k: i32 = (j % 10 + 10) % 10;
                let j_4: i32 = select(10 - k, k, k < 6);
                let k_1: i32 = ((j_3 % 4 - 1) % 4 + 4) % 4;
                let j_5: i32 = select(4 - k_1, k_1, k_1 < 3);
                let k_2: i32 = ((j_2 - 2) % 4 + 4) % 4;
                let j_6: i32 = select(4 - k_2, k_2, k_2 < 3);
                var cat: f32 = 0.0;
                if (j_6 * 2 + 1 < 3) {
                    let v_1: f32 = in_x[j_5 * 18 + (j_4 * -1 + 5) * 3 + (j_6 * 2 + 1)];
                    cat = v_1;
                } else {
                    {
                        let v_2: f32 = in_x_1[(j_4 * -1 + 5) * 9 + j_5 * 3 + (j_6 * 2 + 1 - 3)];
                        cat = v_2;
                    }
                }
                padded = cat;
            }
            out_reshape[i] = padded;
        }
    }
}
