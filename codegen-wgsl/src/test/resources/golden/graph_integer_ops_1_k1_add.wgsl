@group(0) @binding(0) var<storage, read> in_x: array<i32>;
@group(0) @binding(1) var<storage, read> in_x_1: array<i32>;
@group(0) @binding(2) var<storage, read_write> out_add_2: array<i32>;

@compute @workgroup_size(64, 1, 1)
fn k1_add(@builtin(global_invocation_id) tcc_global_id: vec3<u32>)
{
    let base: i32 = i32(tcc_global_id.x) * 8;
    if (base + 8 <= 290) {
        for (var e: i32 = 0; e < 8; e += 1) {
            let i: i32 = base + e;
            let v: i32 = in_x[i];
            let v_1: i32 = in_x_1[i];
            let d: i32 = select(v_1, 1, (v_1 == 0) || (v_1 == -1));
            let v_2: i32 = select(select(v / d, -v, v_1 == -1), 0, v_1 == 0);
            let d_1: i32 = select(v_1, 1, (v_1 == 0) || (v_1 == -1));
            let r: i32 = select(v % d_1, 0, (v_1 == 0) || (v_1 == -1));
            let v_3: i32 = select(r, r + v_1, (r != 0) && ((r < 0) != (v_1 < 0)));
            let v_4: i32 = v_2 + v_3;
            let d_2: i32 = select(v_1, 1, (v_1 == 0) || (v_1 == -1));
            let r_1: i32 = select(v % d_2, 0, (v_1 == 0) || (v_1 == -1));
            let v_5: i32 = abs(v_1);
            var pw: i32 = 1;
            var base_1: i32 = v;
            for (var ebits: u32 = u32(select(v_5, 0, v_5 < 0)); ebits != 0u; ebits = ebits >> 1u) {
                if ((ebits & 1u) != 0u) {
                    pw *= base_1;
                }
                base_1 *= base_1;
            }
            let v_6: i32 = select(pw, select(select(0, select(1, -1, (v_5 & 1) != 0), v == -1), 1, v == 1), v_5 < 0);
            let v_7: i32 = r_1 - v_6;
            out_add_2[i] = v_4 + v_7;
        }
    } else {
        for (var e_1: i32 = 0; e_1 < 8; e_1 += 1) {
            let i_1: i32 = base + e_1;
            if (i_1 < 290) {
                let v_8: i32 = in_x[i_1];
                let v_9: i32 = in_x_1[i_1];
                let d_3: i32 = select(v_9, 1, (v_9 == 0) || (v_9 == -1));
                let v_10: i32 = select(select(v_8 / d_3, -v_8, v_9 == -1), 0, v_9 == 0);
                let d_4: i32 = select(v_9, 1, (v_9 == 0) || (v_9 == -1));
                let r_2: i32 = select(v_8 % d_4, 0, (v_9 == 0) || (v_9 == -1));
                let v_11: i32 = select(r_2, r_2 + v_9, (r_2 != 0) && ((r_2 < 0) != (v_9 < 0)));
                let v_12: i32 = v_10 + v_11;
                let d_5: i32 = select(v_9, 1, (v_9 == 0) || (v_9 == -1));
                let r_3: i32 = select(v_8 % d_5, 0, (v_9 == 0) || (v_9 == -1));
                let v_13: i32 = abs(v_9);
                var pw_1: i32 = 1;
                var base_2: i32 = v_8;
                for (var ebits_1: u32 = u32(select(v_13, 0, v_13 < 0)); ebits_1 != 0u; ebits_1 = ebits_1 >> 1u) {
                    if ((ebits_1 & 1u) != 0u) {
                        pw_1 *= base_2;
                    }
                    base_2 *= base_2;
                }
                let v_14: i32 = select(pw_1, select(select(0, select(1, -1, (v_13 & 1) != 0), v_8 == -1), 1, v_8 == 1), v_13 < 0);
                let v_15: i32 = r_3 - v_14;
                out_add_2[i_1] = v_12 + v_15;
            }
        }
    }
}
