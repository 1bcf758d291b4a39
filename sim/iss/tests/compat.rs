//! OR1200/or1ksim compatibility rules: user-mode l.mfspr under SR[SUMRA]
//! and jumps to a misaligned register target.

mod common;
use common::*;
use or1k_arch::*;
use vmsp_iss::Machine;

/// `l.rfe` into `user` with SR = `sr` (user mode unless `sr` has SM).
fn enter_user(sr: u32) -> String {
    format!(
        "{}    l.mtspr r0, r13, 0x{SPR_EPCR0:x}\n{}    l.mtspr r0, r8, 0x{SPR_ESR0:x}\n    l.rfe\n",
        la(13, "user"),
        li(8, sr)
    )
}

/// Runs `user_code` in user mode with SR = FO | `extra`; the default
/// handlers exit with r30 = the vector.
fn run_user(extra: u32, user_code: &str) -> Machine {
    let body = format!("{}{}user:\n{user_code}    l.ori r30, r0, 0\n", la(12, "bad"), enter_user(SR_FO | extra));
    run(&body, &[])
}

#[test]
fn sumra_lets_user_mode_read_the_configuration_registers() {
    let code = format!(
        "    l.mfspr r20, r0, 0x{SPR_VR:x}\n    l.mfspr r21, r0, 0x{SPR_UPR:x}\n    l.mfspr r22, r0, 0x{SPR_CPUCFGR:x}\n\
         \x20   l.mfspr r23, r0, 0x{SPR_DMMUCFGR:x}\n    l.ori r5, r0, 0x{:x}\nbad: l.mfspr r24, r5, 0\n"
        , USER_SPR_LAST
    );
    let m = run_user(SR_SUMRA, &code);
    let g = &m.cpu.gpr;
    assert_eq!(g[30], 0, "no exception");
    assert_eq!((g[20], g[22], g[23]), (VR_VALUE, CPUCFGR_VALUE, MMUCFGR_VALUE));
    assert_eq!(g[21], m.spr(SPR_UPR));
    assert_eq!(g[24], 0, "PCCFGR (rA | K form): no performance counters");
}

#[test]
fn user_mode_never_reads_state_or_writes_sprs() {
    // each forbidden access with SUMRA = 1: illegal instruction at `bad`,
    // rD untouched
    let cases = [
        format!("bad: l.mfspr r20, r0, 0x{SPR_EPCR0:x}\n"),
        format!("bad: l.mfspr r20, r0, 0x{SPR_EEAR0:x}\n"),
        format!("bad: l.mfspr r20, r0, 0x{SPR_ESR0:x}\n"),
        format!("bad: l.mfspr r20, r0, 0x{SPR_SR:x}\n"),
        format!("bad: l.mfspr r20, r0, 0x{:x}\n", SPR_GPR0 + 1),
        format!("bad: l.mfspr r20, r0, 0x{SPR_DTLBW0TR0:x}\n"),
        format!("bad: l.mfspr r20, r0, 0x{SPR_TTCR:x}\n"),
        format!("bad: l.mfspr r20, r0, 0x{SPR_MACLO:x}\n"),
        format!("    l.ori r5, r0, 1\nbad: l.mfspr r20, r5, 0x{USER_SPR_LAST:x}\n"),
        format!("bad: l.mtspr r0, r0, 0x{SPR_VR:x}\n"),
        format!("bad: l.mtspr r0, r0, 0x{SPR_SR:x}\n"),
    ];
    for code in &cases {
        let m = run_user(SR_SUMRA, &format!("    l.ori r20, r0, 0x55\n{code}"));
        assert_eq!(m.cpu.gpr[30], VEC_ILLEGAL, "{code}");
        assert_eq!(m.cpu.epcr, m.cpu.gpr[12], "{code}: EPCR = the access");
        assert_eq!(m.cpu.gpr[20], 0x55, "{code}: rD not written");
        assert_eq!(m.cpu.esr, SR_FO | SR_SUMRA, "{code}");
    }
}

#[test]
fn without_sumra_user_mode_reads_nothing() {
    let m = run_user(0, &format!("bad: l.mfspr r20, r0, 0x{SPR_VR:x}\n"));
    assert_eq!(m.cpu.gpr[30], VEC_ILLEGAL);
    assert_eq!(m.cpu.epcr, m.cpu.gpr[12]);
    assert_eq!(m.cpu.gpr[20], 0);
}

#[test]
fn supervisor_mode_is_unaffected_by_sumra() {
    let body = format!(
        "{}    l.mtspr r0, r8, 0x{SPR_SR:x}\n    l.mfspr r20, r0, 0x{SPR_EPCR0:x}\n    l.mfspr r21, r0, 0x{SPR_SR:x}\n    l.ori r30, r0, 0\n",
        li(8, SR_RESET | SR_SUMRA)
    );
    let m = run(&body, &[]);
    assert_eq!(m.cpu.gpr[30], 0);
    assert_eq!(m.cpu.gpr[21], SR_RESET | SR_SUMRA, "SUMRA is writable");
}

/// Alignment handler: EPCR/EEAR/SR into r14/r15/r17, count in r16, resume
/// at EPCR + 4, give up (r30 = 0x600, exit) on the third entry.
fn align_skip_handler() -> String {
    format!(
        "    l.addi r16, r16, 1\n    l.sfgtui r16, 2\n    l.bf 1f\n    l.nop\n    l.mfspr r14, r0, 0x{SPR_EPCR0:x}\n    \
         l.mfspr r15, r0, 0x{SPR_EEAR0:x}\n    l.mfspr r17, r0, 0x{SPR_SR:x}\n    l.addi r14, r14, 4\n    \
         l.mtspr r0, r14, 0x{SPR_EPCR0:x}\n    l.addi r14, r14, -4\n    l.rfe\n1:  l.ori r30, r0, 0x600\n    l.nop 1\n"
    )
}

#[test]
fn misaligned_jump_target_traps_at_the_jump() {
    for (jump, low) in [("l.jr", 2), ("l.jalr", 1), ("l.jr", 3)] {
        let body = format!(
            "{}{}    l.ori r4, r4, {low}\n    l.ori r9, r0, 0x99\nj:  {jump} r4\n    l.addi r5, r5, 1\n    l.ori r6, r0, 1\n\
             \x20   l.ori r30, r0, 0\n    l.nop 1\ntgt: l.ori r7, r0, 1\n",
            la(12, "j"),
            la(4, "tgt")
        );
        let elf = assemble(&program(&body, &[(VEC_ALIGN, &align_skip_handler())]));
        let mut m = Machine::new(Default::default());
        m.load_elf(&elf).unwrap();
        m.run(100_000);
        let g = &m.cpu.gpr;
        let j = g[12];
        assert_eq!(g[30], 0, "{jump}: one alignment exception, then straight on");
        assert_eq!(g[16], 1, "{jump}: one exception");
        assert_eq!(g[14], j, "{jump}: EPCR = EEAR = the jump");
        assert_eq!(g[15], j, "{jump}: EEAR = the jump (or1ksim)");
        assert_eq!(g[4] & 3, low, "{jump}: r4 is the misaligned target");
        assert_eq!(g[17] & SR_DSX, 0, "{jump}: the jump is not in a delay slot");
        assert_eq!(g[9], 0x99, "{jump}: no link");
        assert_eq!((g[5], g[6], g[7]), (1, 1, 0), "{jump}: the delay slot ran once, after the handler; target not reached");
    }
}
