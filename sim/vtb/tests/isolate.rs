//! vtb::isolate: which variables of a rust-hdl `always @(*)` block may be
//! split off with Verilator's `isolate_assignments`, and whether the
//! generated `.vlt` takes effect on the real SoC.

use std::process::Command;
use vtb::{isolate, vlt_name};

/// A module `m$x` whose combinational block is `body`.
fn module(body: &str) -> String {
    format!(
        "module m$x(a,b,c,y);\n    input wire [31:0] a;\n    input wire [31:0] b;\n    input wire c;\n    output reg [31:0] y;\n    reg [31:0] t;\n    reg [31:0] u;\n    \n    // Update code\n    always @(*) begin\n{body}\n    end\n    \nendmodule // m$x\n"
    )
}

/// var → None (isolated) or Some(reason)
fn decisions(body: &str) -> Vec<(String, Option<String>)> {
    let iso = isolate(&module(body)).unwrap_or_else(|e| panic!("{e}"));
    assert!(iso.decisions.iter().all(|d| d.module == "m$x"));
    iso.decisions.into_iter().map(|d| (d.var, d.kept)).collect()
}

fn is_kept(d: &[(String, Option<String>)], var: &str) -> bool {
    d.iter().find(|(v, _)| v == var).unwrap_or_else(|| panic!("no decision for {var}: {d:?}")).1.is_some()
}

#[test]
fn straight_line_block_isolates_every_variable() {
    let d = decisions(
        "        t = a & b;\n        u = 32'h0;\n        if (c) begin\n            u = t + 32'h1;\n        end\n        else begin\n            u = $signed(b);\n        end\n        y = u | t;",
    );
    assert_eq!(d, vec![("t".into(), None), ("u".into(), None), ("y".into(), None)]);
}

#[test]
fn variable_read_before_its_last_assignment_is_kept() {
    // the alu's find-last-one pattern: t is narrowed in place
    let d = decisions(
        "        t = a;\n        if (|(t >> 32'h10)) begin\n            t = t >> 32'h10;\n        end\n        y = t;",
    );
    assert!(is_kept(&d, "t"), "{d:?}");
    assert!(!is_kept(&d, "y"), "y reads t after its last assignment: {d:?}");
}

#[test]
fn variable_refined_in_its_own_assignments_is_isolated() {
    // `t = t | m` only reads t's own earlier value, which the split-off block keeps
    let d = decisions("        t = a;\n        if (c) begin\n            t = t | 32'hffff0000;\n        end\n        y = t;");
    assert_eq!(d, vec![("t".into(), None), ("y".into(), None)]);
    // but not when its condition reads it before its last assignment
    let d = decisions("        t = a;\n        if (|t) begin\n            t = t | b;\n        end\n        y = t;");
    assert!(is_kept(&d, "t"), "{d:?}");
}

#[test]
fn value_reading_a_later_assigned_variable_is_kept() {
    let d = decisions("        t = a;\n        y = t;\n        t = b;");
    assert!(is_kept(&d, "t"));
    let why = d.iter().find(|(v, _)| v == "y").unwrap().1.clone().expect("y must be kept");
    assert!(why.contains("`t`"), "{why}");
}

#[test]
fn condition_reading_a_later_assigned_variable_is_kept() {
    // y's assignment sits under `u`, which is assigned again afterwards
    let d = decisions(
        "        u = a;\n        y = 32'h0;\n        if (c) begin\n            y = b;\n        end\n        else if (|u) begin\n            y = a;\n        end\n        u = b;",
    );
    assert!(is_kept(&d, "y"), "{d:?}");
    // the same under a case selector
    let d = decisions(
        "        u = a;\n        y = 32'h0;\n        case (u)\n            32'h1:\n                begin\n                    y = b;\n                end\n        endcase\n        u = b;",
    );
    assert!(is_kept(&d, "y"), "{d:?}");
    // and nothing is kept when the condition's variable is final
    let d = decisions("        u = a;\n        y = 32'h0;\n        if (|u) begin\n            y = b;\n        end");
    assert!(d.iter().all(|(_, k)| k.is_none()), "{d:?}");
}

#[test]
fn unknown_constructs_are_errors() {
    for bad in [
        "        y[3] = a;",
        "        y <= a;",
        "        y = f(a);",
        "        y = $clog2(a);",
        "        y = a.b;",
        "        y = \"s\";",
        "        y = (a;",
        "        for (i = 0; i < 4; i = i + 1) begin\n        end",
        "        if (c) y = a;",
        "        case (a)\n            32'h1:\n                y = b;\n        endcase",
        "        if (c) begin\n            y = a;\n        end\n        else y = b;",
        "        y = a; t = b;",
    ] {
        let e = isolate(&module(bad)).err().unwrap_or_else(|| panic!("accepted: {bad}"));
        assert!(e.message().contains("isolate"), "{e}");
    }
    let unterminated = "module m(a);\n always @(*) begin\n    y = a;\n";
    assert!(isolate(unterminated).is_err());
    // hand-written leaves are skipped whole, whatever they contain
    let custom = "module m(a);\n    \n// Update code (custom)\nalways @(*) begin\n    y = mem[a];\nend\nendmodule\n";
    assert_eq!(isolate(custom).unwrap().isolated().count(), 0);
    // one-line blocks: only rust-hdl's interface links `always @(*) a = b;`
    let link = "module m(a);\n    always @(*) y$x = a$x;\nendmodule\n";
    assert_eq!(isolate(link).unwrap().isolated().count(), 0);
    for bad in ["always @(*) y[3] = a;", "always @(*) y <= a;", "always @(*) y = f(a);", "always @(*) if (c) y = a;"] {
        let v = format!("module m(a);\n    {bad}\nendmodule\n");
        assert!(isolate(&v).is_err(), "accepted: {bad}");
    }
}

#[test]
fn vlt_names_encode_dollar_signs() {
    assert_eq!(vlt_name("top$core$alu"), "top__024core__024alu");
    // kept variables get a comment, never a directive
    let vlt = isolate(&module("        t = a;\n        y = t;\n        t = b;")).unwrap().vlt();
    assert!(vlt.starts_with("`verilator_config\n"));
    assert!(!vlt.contains("isolate_assignments"), "{vlt}");
    assert!(vlt.contains("// kept: m$x t:"), "{vlt}");
    let vlt = isolate(&module("        u = a;\n        y = u;")).unwrap().vlt();
    assert!(vlt.contains("isolate_assignments -module \"m__024x\" -var \"y\"\n"), "{vlt}");
    assert!(!vlt.contains("m$x\" -var"), "a raw `$` name would be silently ignored: {vlt}");
}

fn soc_verilog() -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../rtl/soc/vmsp_soc.v");
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn real_soc_verilog_is_understood() {
    let iso = isolate(&soc_verilog()).unwrap_or_else(|e| panic!("{e}"));
    let isolated = iso.isolated().count();
    assert!(isolated > 1000, "only {isolated} variables isolated");
    let kept: Vec<String> = iso.kept().map(|d| format!("{}.{}", d.module, d.var)).collect();
    // the ALU's in-place narrowing (l.fl1 / l.ff1) must never be split
    for v in ["t1", "n1", "t2", "n2"] {
        assert!(kept.contains(&format!("top$core$exu$alu.{v}")), "alu {v} not kept: {kept:?}");
    }
    eprintln!("{isolated} isolated, kept: {kept:?}");
    assert!(kept.len() < 50, "{kept:?}");
}

/// UNOPTFLAT warnings of `verilator --lint-only` on the SoC, with `extra` config files.
fn unoptflat(extra: &[&std::path::Path]) -> usize {
    let dir = std::env::temp_dir().join(format!("vtb-isolate-{}-{}", std::process::id(), extra.len()));
    std::fs::create_dir_all(&dir).unwrap();
    let v = dir.join("soc.v");
    std::fs::write(&v, soc_verilog()).unwrap();
    let out = Command::new("verilator")
        .current_dir(&dir)
        .args(["--lint-only", "-Wno-fatal", "-Wno-WIDTH", "--top-module", "top"])
        .args(extra)
        .arg(&v)
        .output()
        .expect("verilator");
    let text = String::from_utf8_lossy(&out.stderr).into_owned();
    let _ = std::fs::remove_dir_all(&dir);
    assert!(!text.contains("%Error"), "{text}");
    text.matches("%Warning-UNOPTFLAT:").count()
}

#[test]
fn generated_vlt_removes_every_false_loop_of_the_soc() {
    let before = unoptflat(&[]);
    assert!(before > 0, "the SoC shows no UNOPTFLAT without the .vlt: this test no longer measures anything");
    let vlt = std::env::temp_dir().join(format!("vtb-isolate-{}.vlt", std::process::id()));
    std::fs::write(&vlt, isolate(&soc_verilog()).unwrap().vlt()).unwrap();
    let after = unoptflat(&[&vlt]);
    let _ = std::fs::remove_file(&vlt);
    assert_eq!(after, 0, "UNOPTFLAT warnings left with the generated .vlt ({before} without)");
}
