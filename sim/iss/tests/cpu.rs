//! Control flow, exceptions (EPCR/EEAR/ESR/SR, DSX), SPRs, MAC,
//! l.lwa/l.swa, simulator hooks and the retirement records, on programs
//! assembled with or1k-elf-as. Default handlers set r30 = vector and exit.

mod common;
use common::*;
use or1k_arch::*;
use vmsp_iss::{Config, Machine, Outcome, Retired, Stop};

fn addr_of(m: &Machine, reg: usize) -> u32 {
    m.cpu.gpr[reg]
}

/// Handler that saves EPCR/EEAR/ESR/SR in r14..r17, skips the faulting
/// instruction (EPCR += 4) and returns with l.rfe.
fn skip_handler(v: u32) -> String {
    format!(
        "    l.ori r30, r0, 0x{v:x}\n    l.mfspr r14, r0, 0x{SPR_EPCR0:x}\n    l.mfspr r15, r0, 0x{SPR_EEAR0:x}\n    \
         l.mfspr r16, r0, 0x{SPR_ESR0:x}\n    l.mfspr r17, r0, 0x{SPR_SR:x}\n    l.addi r14, r14, 4\n    \
         l.mtspr r0, r14, 0x{SPR_EPCR0:x}\n    l.addi r14, r14, -4\n    l.rfe\n"
    )
}

#[test]
fn branches_and_delay_slots() {
    let body = "
    l.j 1f
    l.ori r4, r0, 1      # delay slot: executed
    l.ori r5, r0, 1      # skipped
1:  l.jal 2f
    l.ori r6, r0, 1      # delay slot of l.jal
ret: l.j 3f
    l.nop
2:  l.jr r9
    l.ori r7, r0, 1
3:  l.sfeqi r0, 0
    l.bf 4f
    l.ori r8, r0, 1      # delay slot, taken branch
    l.ori r10, r0, 1     # skipped
4:  l.bnf 5f
    l.ori r11, r0, 1     # delay slot, branch not taken
    l.ori r12, r0, 1     # executed: fall-through
5:  l.movhi r18, hi(6f)
    l.ori r18, r18, lo(6f)
    l.jalr r18
    l.ori r19, r0, 1
6:  l.ori r3, r0, 0
";
    let m = run(body, &[]);
    let g = &m.cpu.gpr;
    assert_eq!((g[4], g[5], g[6], g[7], g[8], g[10], g[11], g[12], g[19]), (1, 0, 1, 1, 1, 0, 1, 1, 1));
    assert_eq!(g[9], addr_of(&m, 18), "l.jalr links pc+8 (label 6)");
    assert_eq!(g[30], 0, "no exception");
}

#[test]
fn illegal_instruction_sets_epcr_eear_esr_sr() {
    let body = format!("{}bad: .word 0xfc000000\n", la(13, "bad"));
    let m = run(&body, &[]);
    assert_eq!(m.cpu.gpr[30], VEC_ILLEGAL);
    let bad = m.cpu.gpr[13];
    assert_eq!(m.cpu.epcr, bad, "EPCR = the illegal instruction");
    assert_eq!(m.cpu.eear, bad, "EEAR = its address");
    assert_eq!(m.cpu.esr, SR_RESET, "ESR = SR before the exception");
    assert_eq!(m.cpu.sr & (SR_SM | SR_DSX | SR_IEE | SR_TEE | SR_DME | SR_IME), SR_SM);
}

#[test]
fn fault_in_delay_slot_sets_dsx_and_points_at_branch() {
    let body = format!("{}br: l.j 1f\n    .word 0xfc000000\n1:  l.nop\n", la(13, "br"));
    let m = run(&body, &[]);
    assert_eq!(m.cpu.gpr[30], VEC_ILLEGAL);
    assert_eq!(m.cpu.epcr, m.cpu.gpr[13], "EPCR = the branch");
    assert_eq!(m.cpu.eear, m.cpu.gpr[13] + 4, "EEAR = the faulting delay-slot instruction");
    assert_ne!(m.cpu.sr & SR_DSX, 0);
}

#[test]
fn syscall_returns_after_the_sys_and_trap_points_at_itself() {
    // l.sys's EPCR already points past it: return there unchanged
    let h_sys = skip_handler(VEC_SYSCALL).replace("l.addi r14, r14, 4", "l.nop").replace("l.addi r14, r14, -4", "l.nop");
    let h_trap = skip_handler(VEC_TRAP);
    let body = format!(
        "{}{}sys: l.sys 7\n    l.or r20, r14, r0\n    l.ori r21, r0, 1\ntrap: l.trap 0\n    l.ori r22, r0, 1\n    l.ori r30, r0, 0\n",
        la(12, "sys"),
        la(13, "trap")
    );
    let m = run(&body, &[(VEC_SYSCALL, &h_sys), (VEC_TRAP, &h_trap)]);
    let g = &m.cpu.gpr;
    assert_eq!(g[20], g[12] + 4, "syscall EPCR = next instruction");
    assert_eq!(g[14], g[13], "trap EPCR = the l.trap");
    assert_eq!((g[21], g[22]), (1, 1), "execution resumed after both");
    assert_eq!(g[30], 0);
}

#[test]
fn syscall_in_delay_slot() {
    let h = format!("    l.mfspr r14, r0, 0x{SPR_EPCR0:x}\n    l.mfspr r17, r0, 0x{SPR_SR:x}\n    l.ori r30, r0, 0xc00\n    l.nop 1\n");
    let body = format!("{}br: l.j 1f\n    l.sys 1\n1:  l.nop\n", la(13, "br"));
    let m = run(&body, &[(VEC_SYSCALL, &h)]);
    assert_eq!(m.cpu.gpr[30], VEC_SYSCALL);
    assert_eq!(m.cpu.gpr[14], m.cpu.gpr[13], "EPCR = the branch");
    assert_ne!(m.cpu.gpr[17] & SR_DSX, 0);
}

#[test]
fn alignment_and_bus_errors_report_the_address() {
    let h_align = skip_handler(VEC_ALIGN);
    let h_bus = skip_handler(VEC_BUS_ERROR);
    let body = format!(
        "    l.ori r4, r0, 0x1002\n    l.lwz r5, 0(r4)\n    l.or r23, r15, r0\n    l.sh 1(r4), r4\n    l.or r24, r15, r0\n\
         {}    l.lwz r5, 4(r6)\n    l.or r25, r15, r0\n    l.sb 0(r6), r0\n    l.or r26, r15, r0\n    l.ori r3, r0, 0\n",
        li(6, 0xa000_0000)
    );
    let m = run(&body, &[(VEC_ALIGN, &h_align), (VEC_BUS_ERROR, &h_bus)]);
    let g = &m.cpu.gpr;
    assert_eq!((g[23], g[24]), (0x1002, 0x1003), "alignment EEAR");
    assert_eq!((g[25], g[26]), (0xa000_0004, 0xa000_0000), "bus error EEAR");
    assert_eq!(g[5], 0, "faulting load did not write rD");
    assert_eq!(m.exit_code(), Some(0));
}

#[test]
fn user_mode_spr_access_is_illegal_and_rfe_restores_sr() {
    // l.rfe into user mode (ESR without SM), then l.mfspr faults.
    let body = format!(
        "{}    l.mtspr r0, r13, 0x{SPR_EPCR0:x}\n{}    l.mtspr r0, r8, 0x{SPR_ESR0:x}\n    l.rfe\n\
         user: l.ori r20, r0, 1\nbad: l.mfspr r21, r0, 0x{SPR_VR:x}\n",
        la(13, "user"),
        li(8, SR_FO | SR_F)
    );
    let m = run(&format!("{}{body}", la(12, "bad")), &[]);
    assert_eq!(m.cpu.gpr[20], 1, "user code ran");
    assert_eq!(m.cpu.gpr[30], VEC_ILLEGAL);
    assert_eq!(m.cpu.epcr, m.cpu.gpr[12]);
    assert_eq!(m.cpu.esr, SR_FO | SR_F, "ESR = user SR restored by l.rfe");
    assert_eq!(m.cpu.gpr[21], 0);
}

#[test]
fn range_exception_on_overflow_only_when_ove() {
    let h = skip_handler(VEC_RANGE);
    let body = format!(
        "{}{}    l.add r6, r4, r4\n    l.ori r20, r0, 1\n{}    l.mtspr r0, r8, 0x{SPR_SR:x}\nadd: l.add r6, r4, r4\n\
         l.add r7, r5, r5\n    l.ori r3, r0, 0\n",
        li(4, 0x7fff_ffff),
        li(5, 0xffff_ffff),
        li(8, SR_RESET | SR_OVE)
    );
    let m = run(&format!("{}{body}", la(13, "add")), &[(VEC_RANGE, &h)]);
    let g = &m.cpu.gpr;
    assert_eq!(g[30], VEC_RANGE);
    assert_eq!(g[14], g[13], "EPCR = the overflowing l.add");
    assert_eq!(g[6], 0xffff_fffe, "rD is written before the trap (as QEMU)");
    assert_eq!(g[7], 0xffff_fffe, "carry without overflow does not trap by default");
    assert_ne!(g[16] & SR_OV, 0, "ESR holds the new OV");
    assert_ne!(g[16] & SR_OVE, 0, "ESR keeps OVE for l.rfe");
    assert_eq!(g[17] & SR_OVE, 0, "exception entry clears OVE, as OR1200");

    // QEMU mode: carry traps too.
    let body2 = format!("{}{}    l.mtspr r0, r8, 0x{SPR_SR:x}\n    l.add r7, r5, r5\n    l.ori r3, r0, 0\n", li(5, 0xffff_ffff), li(8, SR_RESET | SR_OVE));
    let cfg = Config { range_on_carry: true, ..Config::default() };
    let (m, out) = run_config(&body2, &[], cfg, 10_000);
    assert!(matches!(out, Outcome::Exit(_)));
    assert_eq!(m.cpu.gpr[30], VEC_RANGE);
}

#[test]
fn spr_identification_and_gpr_window() {
    let mut body = String::new();
    for (i, spr) in [SPR_VR, SPR_UPR, SPR_CPUCFGR, SPR_DMMUCFGR, SPR_IMMUCFGR, SPR_DCCFGR, SPR_ICCFGR, 0x7fff]
        .iter()
        .enumerate()
    {
        body += &format!("    l.mfspr r{}, r0, 0x{spr:x}\n", 4 + i);
    }
    body += &format!("    l.ori r20, r0, 0x1234\n    l.mfspr r21, r0, 0x{:x}\n", SPR_GPR0 + 20);
    body += &format!("    l.mtspr r0, r20, 0x{:x}\n", SPR_GPR0 + 22);
    body += &format!("    l.ori r23, r0, 0x5678\n    l.mtspr r0, r23, 0x{SPR_MACHI:x}\n    l.mfspr r24, r0, 0x{SPR_MACHI:x}\n");
    body += &format!("    l.mtspr r0, r23, 0x{SPR_DCBFR:x}\n    l.mtspr r0, r23, 0x{SPR_ICBIR:x}\n    l.ori r3, r0, 0\n");
    let m = run(&body, &[]);
    let g = &m.cpu.gpr;
    assert_eq!(g[4], VR_VALUE);
    assert_eq!(g[5], UPR_UP | UPR_DMP | UPR_IMP | UPR_MP | UPR_PICP | UPR_TTP);
    assert_eq!(g[6], CPUCFGR_OB32S);
    assert_eq!(g[7], (6 << MMUCFGR_NTS_SHIFT) | MMUCFGR_TEIRI, "1 way, 64 sets");
    assert_eq!(g[8], g[7]);
    assert_eq!((g[9], g[10], g[11]), (0, 0, 0), "no caches; unknown SPR reads 0");
    assert_eq!((g[21], g[22]), (0x1234, 0x1234));
    assert_eq!(g[24], 0x5678);
    assert_eq!(m.cpu.mac >> 32, 0x5678);
    assert_eq!(g[30], 0);
}

#[test]
fn mac_unit_against_wide_arithmetic() {
    let pairs = [(3u32, 5u32), (0xffff_fff0, 7), (0x7fff_ffff, 0x7fff_ffff), (0x8000_0000, 0x8000_0000), (12345, 0xfffe_0000)];
    let mut body = String::new();
    let mut want: i64 = 0;
    for (a, b) in pairs {
        body += &li(4, a);
        body += &li(5, b);
        body += "    l.mac r4, r5\n    l.maci r4, -3\n    l.msb r5, r5\n";
        want = want
            .wrapping_add(a as i32 as i64 * b as i32 as i64)
            .wrapping_add(a as i32 as i64 * -3)
            .wrapping_sub(b as i32 as i64 * b as i32 as i64);
    }
    body += &format!("    l.mfspr r6, r0, 0x{SPR_MACHI:x}\n    l.macrc r7\n    l.mfspr r8, r0, 0x{SPR_MACHI:x}\n    l.mfspr r9, r0, 0x{SPR_MACLO:x}\n    l.ori r3, r0, 0\n");
    let m = run(&body, &[]);
    let g = &m.cpu.gpr;
    assert_eq!((g[6], g[7]), ((want >> 32) as u32, want as u32));
    assert_eq!((g[8], g[9]), (0, 0), "l.macrc clears MAC");
}

#[test]
fn mac_overflow_sets_ov() {
    // MAC = i64::MAX via MACHI/MACLO, then +1 overflows.
    let body = format!(
        "{}    l.mtspr r0, r4, 0x{SPR_MACHI:x}\n{}    l.mtspr r0, r5, 0x{SPR_MACLO:x}\n    l.ori r6, r0, 1\n    l.mac r6, r6\n    l.mfspr r7, r0, 0x{SPR_SR:x}\n    l.msb r6, r6\n    l.mfspr r8, r0, 0x{SPR_SR:x}\n    l.ori r3, r0, 0\n",
        li(4, 0x7fff_ffff),
        li(5, 0xffff_ffff)
    );
    let m = run(&body, &[]);
    assert_ne!(m.cpu.gpr[7] & SR_OV, 0, "i64::MAX + 1 overflows");
    assert_ne!(m.cpu.gpr[8] & SR_OV, 0, "i64::MIN - 1 overflows");
}

#[test]
fn load_linked_store_conditional() {
    let body = format!(
        "{}{}    l.sw 0(r20), r4\n\
         l.lwa r5, 0(r20)\n    l.ori r6, r0, 0x77\n    l.swa 0(r20), r6\n    l.mfspr r7, r0, 0x{SPR_SR:x}\n    l.lwz r8, 0(r20)\n\
         l.swa 0(r20), r4\n    l.mfspr r9, r0, 0x{SPR_SR:x}\n\
         l.lwa r5, 0(r20)\n    l.sw 0(r20), r4\n    l.swa 0(r20), r6\n    l.mfspr r10, r0, 0x{SPR_SR:x}\n    l.lwz r11, 0(r20)\n\
         l.lwa r5, 0(r20)\n    l.swa 4(r20), r6\n    l.mfspr r12, r0, 0x{SPR_SR:x}\n    l.ori r3, r0, 0\n",
        li(20, 0x10_0000),
        li(4, 0x1111)
    );
    let m = run(&body, &[]);
    let g = &m.cpu.gpr;
    assert_ne!(g[7] & SR_F, 0, "l.swa after l.lwa succeeds");
    assert_eq!(g[8], 0x77);
    assert_eq!(g[9] & SR_F, 0, "no reservation: fails");
    assert_eq!(g[10] & SR_F, 0, "word changed since l.lwa: fails");
    assert_eq!(g[11], 0x1111, "failed l.swa does not store");
    assert_eq!(g[12] & SR_F, 0, "other address: fails");
}

#[test]
fn console_hooks_and_exit_code() {
    let body = "    l.ori r3, r0, 0x41\n    l.nop 4\n    l.ori r3, r0, 0xa\n    l.nop 4\n    l.ori r3, r0, 0xbeef\n    l.nop 2\n    l.ori r3, r0, 9\n";
    let m = run(body, &[]);
    assert_eq!(m.exit_code(), Some(9));
    assert_eq!(String::from_utf8_lossy(m.uart_output()), "A\nreport(0x0000beef);\n");
}

#[test]
fn finisher_ends_the_run() {
    let body = format!("{}{}    l.sw 0(r4), r5\n    l.ori r6, r0, 1\n", li(4, FINISHER_BASE), li(5, (5 << 16) | FINISHER_FAIL));
    let m = run(&body, &[]);
    assert_eq!(m.exit_code(), Some(5));
    assert_eq!(m.cpu.gpr[6], 0, "nothing runs after the finisher store");
}

#[test]
fn exception_in_its_own_handler_is_an_error() {
    let elf = assemble(&program("    .word 0xfc000000\n", &[(VEC_ILLEGAL, "    .word 0xfc000000\n")]));
    let mut m = Machine::new(Config::default());
    m.load_elf(&elf).unwrap();
    match m.run(1000) {
        Outcome::Error(e) => assert!(e.contains("0x700"), "{e}"),
        o => panic!("expected an error, got {o:?}"),
    }
}

#[test]
fn retirement_records() {
    let body = format!("{}    l.sb 3(r4), r4\nbr: l.bf 1f\n    .word 0xfc000000\n1:  l.nop\n", li(4, 0x1000));
    let elf = assemble(&program(&body, &[]));
    let mut m = Machine::new(Config::default());
    let entry = m.load_elf(&elf).unwrap();
    assert_eq!(entry, 0x2000);
    let recs: Vec<Retired> = (0..5).map(|_| m.step().unwrap()).collect();
    assert_eq!(recs[0].pc, 0x2000);
    assert_eq!(recs[0].rd, Some((4, 0)), "l.movhi r4, 0 writes 0: reported");
    assert_eq!(recs[1].rd, Some((4, 0x1000)));
    assert_eq!(recs[2].mem_write, Some((0x1003, 1, 0x00)));
    assert_eq!(recs[3].insn >> 26, OP_BF);
    assert_eq!(recs[4].exception, Some(VEC_ILLEGAL));
    assert_eq!(recs[4].pc, 0x2010);
    assert_ne!(recs[4].sr & SR_DSX, 0);
    assert_eq!(m.cpu.pc, VEC_ILLEGAL);
    // handler: l.ori r30; l.nop 1 -> then the machine reports the exit
    m.step().unwrap();
    let last = m.step().unwrap();
    assert_eq!(last.insn, 0x1500_0001);
    assert_eq!(m.step(), Err(Stop::Exit(m.cpu.gpr[3])));
    assert_eq!(m.steps(), 7);
    assert_eq!(m.retired(), 6);
}
