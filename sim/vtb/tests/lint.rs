//! The lint gate passes clean Verilog and fails real defects; the waiver file
//! keeps to its rules.
mod common;
use common::*;

#[test]
fn clean_hand_written_modules_pass() {
    vtb::lint("counter", COUNTER).unwrap();
    vtb::lint("xor_regs", XOR_REGS).unwrap();
    vtb::lint("widths", &widths_verilog()).unwrap();
}

fn expect_failure(name: &str, verilog: &str, rule: &str) {
    let e = vtb::lint(name, verilog).expect_err("lint should fail");
    assert!(e.contains(&format!("%Warning-{rule}")) || e.contains(&format!("%Error-{rule}")), "expected {rule}:\n{e}");
}

#[test]
fn latch_fails() {
    expect_failure(
        "bad_latch",
        "module top(sel, a, y);\n input wire sel;\n input wire [7:0] a;\n output reg [7:0] y;\n\
         always @(*) begin\n  if (sel) y = a;\n end\nendmodule\n",
        "LATCH",
    );
}

#[test]
fn undriven_output_fails() {
    expect_failure(
        "bad_undriven",
        "module top(a, y, z);\n input wire [7:0] a;\n output wire [7:0] y;\n output wire z;\n assign y = a;\nendmodule\n",
        "UNDRIVEN",
    );
}

#[test]
fn multi_driven_fails() {
    expect_failure(
        "bad_multidriven",
        "module top(c1, c2, a, b, y);\n input wire c1;\n input wire c2;\n input wire a;\n input wire b;\n output reg y;\n\
         initial y = 1'b0;\n always @(posedge c1) y <= a;\n always @(posedge c2) y <= b;\nendmodule\n",
        "MULTIDRIVEN",
    );
}

#[test]
fn waivers_are_narrow() {
    // An unused plain input is a real finding (not a generated `$` stub).
    expect_failure(
        "bad_unused_input",
        "module top(a, spare, y);\n input wire a;\n input wire spare;\n output wire y;\n assign y = a;\nendmodule\n",
        "UNUSEDSIGNAL",
    );
    // A hand-named unused parameter still fails; an enum-style `$` one is waived.
    expect_failure(
        "bad_unused_param",
        "module top(a, y);\n localparam DEPTH = 4;\n input wire a;\n output wire y;\n assign y = a;\nendmodule\n",
        "UNUSEDPARAM",
    );
    vtb::lint(
        "waived_enum_param",
        "module top(a, y);\n localparam State$Idle = 0;\n input wire a;\n output wire y;\n assign y = a;\nendmodule\n",
    )
    .unwrap();
    // An unused `<instance>$<port>` stub is waived.
    vtb::lint(
        "waived_stub",
        "module top(a, y);\n input wire a;\n output wire y;\n wire fifo$overflow;\n sub fifo(.i(a), .o(y), .overflow(fifo$overflow));\nendmodule\n\
         module sub(i, o, overflow);\n input wire i;\n output wire o;\n output wire overflow;\n assign o = ~i;\n assign overflow = i;\nendmodule\n",
    )
    .unwrap();
}

#[test]
fn syntax_error_is_reported_with_location() {
    let e = vtb::lint("bad_syntax", "module top(a);\n input wire a\nendmodule\n").unwrap_err();
    assert!(e.contains("%Error") && e.contains("top.v:3"), "{e}");
}

#[test]
fn bad_name_is_rejected() {
    let e = vtb::lint("../escape", COUNTER).unwrap_err();
    assert!(e.contains("[A-Za-z0-9_-]"), "{e}");
}

/// Every `lint_off` in rtl/lint-waivers.vlt sits under a comment that justifies
/// it, names one rule, and none of the rules that report real bugs is waived.
#[test]
fn waiver_file_is_justified() {
    let text = std::fs::read_to_string(vtb::waiver_file()).unwrap();
    assert!(text.starts_with("`verilator_config"));
    let lines: Vec<&str> = text.lines().collect();
    let mut count = 0;
    for (i, l) in lines.iter().enumerate() {
        if !l.trim_start().starts_with("lint_off") {
            continue;
        }
        count += 1;
        assert!(i > 0 && lines[i - 1].trim_start().starts_with("//"), "unjustified waiver: {l}");
        assert!(l.contains("-rule "), "waiver must name a rule: {l}");
        for forbidden in ["LATCH", "MULTIDRIVEN", "UNDRIVEN", "BLKANDNBLK", "COMBDLY", "CASEINCOMPLETE", "IMPLICIT"] {
            assert!(!l.contains(&format!("-rule {forbidden}")), "{forbidden} must not be waived: {l}");
        }
    }
    assert!(count > 0);
}
