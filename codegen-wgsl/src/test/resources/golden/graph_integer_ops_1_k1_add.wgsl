@group(0) @binding(0) var<storage, read> in_x: array<i32>;
@group(0) @binding(1) var<storage, read> in_x_1: array<i32>;
@group(0) @binding(2) var<storage, read_write> out_add_2: array<i32>;

@compute @workgroup_size(256, 1, 1)
fn k1_add(@builtin(global_invocation_id) tcc_global_id: vec3<u32>)
{
    if (i32(tcc_global_id.x) < 290) {
        let v: i32 = in_x[i32(tcc_global_id.x)];
        let v_1: i32 = in_x_1[i32(tcc_global_id.x)];
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
        var base: i32 = v;
        for (var ebits: u32 = u32(select(v_5, 0, v_5 < 0)); ebits != 0u; ebits = ebits >> 1u) {
            if ((ebits & 1u) != 0u) {
                pw *= base;
            }
            base *= base;
        }
        let v_6: i32 = select(pw, select(select(0, select(1, -1, (v_5 & 1) != 0), v == -1), 1, v == 1), v_5 < 0);
        let v_7: i32 = r_1 - v_6;
        out_add_2[i32(tcc_global_id.x)] = v_4 + v_7;
    }
}
