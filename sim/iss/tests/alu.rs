//! ALU, flag and compare instructions against an independent golden model
//! (wide-integer arithmetic written here, not the ISS's code), over edge
//! values and pseudo-random operands. Programs are assembled with
//! or1k-elf-as, so the encodings are the toolchain's.

mod common;
use common::*;
use or1k_arch::*;

/// Deterministic operand source: edge values, then xorshift.
fn operands(n: usize) -> Vec<(u32, u32)> {
    let edges = [0u32, 1, 2, 0x7fff_ffff, 0x8000_0000, 0xffff_ffff, 0xffff_fffe, 0x8000, 0xffff, 0x1_0000, 31, 32, 33];
    let mut v = Vec::new();
    for &a in &edges {
        for &b in &edges {
            v.push((a, b));
        }
    }
    let mut x = 0x1234_5678_9abc_def1u64;
    while v.len() < n {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        v.push(((x >> 32) as u32, x as u32 >> (x as u32 % 24)));
    }
    v
}

fn fits_i32(v: i64) -> bool {
    v >= i32::MIN as i64 && v <= i32::MAX as i64
}

/// Golden model: (rD or None, CY, OV, F) after `op` with carry-in/flag-in `cin`.
fn golden(op: &str, a: u32, b: u32, cin: bool) -> (Option<u32>, bool, bool, bool) {
    let (sa, sb) = (a as i32 as i64, b as i32 as i64);
    let (ua, ub) = (a as u64, b as u64);
    let c = cin as u64;
    let (mut cy, mut ov, mut f) = (cin, false, cin);
    let sh = b & 31;
    let name = op.trim_end_matches('i');
    let rd = match op {
        "add" | "addi" | "addc" | "addic" => {
            let c = if op.ends_with('c') || op == "addic" { c } else { 0 };
            cy = ua + ub + c > u32::MAX as u64;
            ov = !fits_i32(sa + sb + c as i64);
            Some((ua + ub + c) as u32)
        }
        "sub" => {
            cy = ua < ub;
            ov = !fits_i32(sa - sb);
            Some(a.wrapping_sub(b))
        }
        "mul" | "muli" => {
            ov = !fits_i32(sa * sb);
            Some((sa * sb) as u32)
        }
        "mulu" => {
            cy = ua * ub > u32::MAX as u64;
            Some((ua * ub) as u32)
        }
        "div" => {
            ov = b == 0;
            Some(if b == 0 { a } else { (sa / sb) as i32 as u32 })
        }
        "divu" => {
            cy = b == 0;
            Some(a.checked_div(b).unwrap_or(a))
        }
        "and" | "andi" => Some(a & b),
        "or" | "ori" => Some(a | b),
        "xor" | "xori" => Some(a ^ b),
        "sll" | "slli" => Some(((ua << sh) & 0xffff_ffff) as u32),
        "srl" | "srli" => Some(a >> sh),
        "sra" | "srai" => Some((sa >> sh) as u32),
        "ror" | "rori" => Some(((ua | (ua << 32)) >> sh) as u32),
        "cmov" => Some(if cin { a } else { b }),
        "exths" => Some(((a & 0xffff) ^ 0x8000).wrapping_sub(0x8000)),
        "extbs" => Some(((a & 0xff) ^ 0x80).wrapping_sub(0x80)),
        "exthz" => Some(a & 0xffff),
        "extbz" => Some(a & 0xff),
        "extws" | "extwz" => Some(a),
        "ff1" => Some((0..32).find(|i| a >> i & 1 == 1).map_or(0, |i| i + 1)),
        "fl1" => Some((0..32).rev().find(|i| a >> i & 1 == 1).map_or(0, |i| i + 1)),
        _ => {
            f = match name {
                "sfeq" => a == b,
                "sfne" => a != b,
                "sfgtu" => ua > ub,
                "sfgeu" => ua >= ub,
                "sfltu" => ua < ub,
                "sfleu" => ua <= ub,
                "sfgts" => sa > sb,
                "sfges" => sa >= sb,
                "sflts" => sa < sb,
                "sfles" => sa <= sb,
                _ => panic!("no golden model for {op}"),
            };
            None
        }
    };
    (rd, cy, ov, f)
}

#[derive(Clone, Copy, PartialEq)]
enum Form {
    /// rD, rA, rB
    Rrr,
    /// rD, rA
    Rr,
    /// rD, rA, signed 16-bit immediate
    Simm,
    /// rD, rA, unsigned 16-bit immediate
    Uimm,
    /// rD, rA, 5-bit shift amount
    Shamt,
    /// rA, rB (set flag)
    Sf,
    /// rA, signed immediate (set flag)
    Sfi,
}

/// Runs `op` on every operand pair and checks rD, CY, OV and F.
fn check(op: &str, form: Form, pairs: &[(u32, u32)]) {
    let base = 0x10_0000u32;
    let mut body = li(20, base);
    let mut cases = Vec::new();
    for (i, &(a, b0)) in pairs.iter().enumerate() {
        let cin = i % 3 == 1;
        let b = match form {
            Form::Simm | Form::Sfi => b0 as u16 as i16 as i32 as u32,
            Form::Uimm => b0 & 0xffff,
            Form::Shamt => b0 & 31,
            _ => b0,
        };
        let sr = SR_RESET | if cin { SR_CY | SR_F } else { 0 };
        body += &li(8, sr);
        body += &format!("    l.mtspr r0, r8, 0x{SPR_SR:x}\n");
        body += &li(4, a);
        body += &li(5, b);
        body += &li(6, 0xdead_beef);
        body += &match form {
            Form::Rrr => format!("    l.{op} r6, r4, r5\n"),
            Form::Rr => format!("    l.{op} r6, r4\n"),
            Form::Simm | Form::Uimm => format!("    l.{op} r6, r4, {}\n", b as u16 as i16 as i32),
            Form::Shamt => format!("    l.{op} r6, r4, {b}\n"),
            Form::Sf => format!("    l.{op} r4, r5\n"),
            Form::Sfi => format!("    l.{op} r4, {}\n", b as i32),
        };
        body += &format!("    l.mfspr r7, r0, 0x{SPR_SR:x}\n    l.sw 0(r20), r6\n    l.sw 4(r20), r7\n    l.addi r20, r20, 8\n");
        cases.push((a, b, cin));
    }
    body += &li(3, 0);
    let mut m = run(&body, &[]);
    assert_eq!(m.exit_code(), Some(0));
    assert_eq!(m.cpu.gpr[30], 0, "{op}: an exception was taken");
    for (i, &(a, b, cin)) in cases.iter().enumerate() {
        let at = base + 8 * i as u32;
        let (rd, sr) = (m.bus.peek(at, 4).unwrap(), m.bus.peek(at + 4, 4).unwrap());
        let (want_rd, cy, ov, f) = golden(op, a, b, cin);
        let ctx = format!("l.{op} a=0x{a:08x} b=0x{b:08x} cin={cin}");
        assert_eq!(rd, want_rd.unwrap_or(0xdead_beef), "{ctx}: rD");
        assert_eq!(sr & SR_CY != 0, cy, "{ctx}: CY (sr 0x{sr:08x})");
        assert_eq!(sr & SR_OV != 0, ov, "{ctx}: OV (sr 0x{sr:08x})");
        assert_eq!(sr & SR_F != 0, f, "{ctx}: F (sr 0x{sr:08x})");
    }
}

#[test]
fn arithmetic_with_flags() {
    let p = operands(300);
    for op in ["add", "addc", "sub", "mul", "mulu", "div", "divu"] {
        check(op, Form::Rrr, &p);
    }
    for op in ["addi", "addic", "muli"] {
        check(op, Form::Simm, &p);
    }
}

#[test]
fn logic_shifts_and_moves() {
    let p = operands(200);
    for op in ["and", "or", "xor", "sll", "srl", "sra", "ror", "cmov"] {
        check(op, Form::Rrr, &p);
    }
    for op in ["exths", "extbs", "exthz", "extbz", "extws", "extwz", "ff1", "fl1"] {
        check(op, Form::Rr, &p);
    }
    for op in ["andi", "ori"] {
        check(op, Form::Uimm, &p);
    }
    check("xori", Form::Simm, &p);
    for op in ["slli", "srli", "srai", "rori"] {
        check(op, Form::Shamt, &p);
    }
}

#[test]
fn set_flag_comparisons() {
    let p = operands(200);
    for c in ["eq", "ne", "gtu", "geu", "ltu", "leu", "gts", "ges", "lts", "les"] {
        check(&format!("sf{c}"), Form::Sf, &p);
        check(&format!("sf{c}i"), Form::Sfi, &p);
    }
}
