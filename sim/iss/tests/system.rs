//! MMUs, tick timer, PIC + UART interrupts on assembled programs.

mod common;
use common::*;
use or1k_arch::*;
use vmsp_iss::{Config, Machine, Stop};

fn mtspr(spr: u32, reg: u32) -> String {
    format!("    l.mtspr r0, r{reg}, 0x{spr:x}\n")
}

/// Handler saving EPCR/EEAR/ESR/SR in r14..r17 and exiting.
fn record_handler(v: u32) -> String {
    format!(
        "    l.ori r30, r0, 0x{v:x}\n    l.mfspr r14, r0, 0x{SPR_EPCR0:x}\n    l.mfspr r15, r0, 0x{SPR_EEAR0:x}\n    \
         l.mfspr r16, r0, 0x{SPR_ESR0:x}\n    l.mfspr r17, r0, 0x{SPR_SR:x}\n    l.mfspr r18, r0, 0x{SPR_PICSR:x}\n    l.nop 1\n"
    )
}

const VA: u32 = 0x4000_2000; // set 1
const PA: u32 = 0x0010_0000;

/// Maps VA -> PA in DTLB set 1 with translate-register permissions `perm`.
fn map_dtlb(perm: u32) -> String {
    let set = (VA >> PAGE_SHIFT) & 63;
    let mut s = li(8, (VA & TLB_MR_VPN_MASK) | TLB_MR_V);
    s += &mtspr(SPR_DTLBW0MR0 + set, 8);
    s += &li(8, PA | perm);
    s += &mtspr(SPR_DTLBW0TR0 + set, 8);
    s
}

#[test]
fn dmmu_translates_and_misses() {
    let body = format!(
        "{}{}{}    l.sw 4(r9), r10\n{}{}\
         l.lwz r11, 4(r12)\n    l.ori r13, r0, 0x99\n    l.sw 8(r12), r13\n    l.lwz r20, 0(r19)\n",
        map_dtlb(DTLB_TR_SRE | DTLB_TR_SWE),
        li(9, PA),
        li(10, 0xcafe),
        li(12, VA),
        li(19, 0x5000_0000) + &li(8, SR_RESET | SR_DME) + &mtspr(SPR_SR, 8)
    );
    let m = run(&body, &[(VEC_DTLB_MISS, &record_handler(VEC_DTLB_MISS))]);
    let g = &m.cpu.gpr;
    assert_eq!(g[11], 0xcafe, "translated load reads PA");
    let mut m = m;
    assert_eq!(m.bus.peek(PA + 8, 4), Some(0x99), "translated store writes PA");
    let g = &m.cpu.gpr;
    assert_eq!(g[30], VEC_DTLB_MISS);
    assert_eq!(g[15], 0x5000_0000, "EEAR = virtual address");
    assert_ne!(g[16] & SR_DME, 0, "ESR had DME");
    assert_eq!(g[17] & SR_DME, 0, "exception entry clears DME");
}

#[test]
fn dmmu_page_fault_on_missing_permission() {
    let body = format!(
        "{}{}{}    l.lwz r11, 0(r12)\n    l.sw 0(r12), r11\n",
        map_dtlb(DTLB_TR_SRE),
        li(12, VA + 0x10),
        li(8, SR_RESET | SR_DME) + &mtspr(SPR_SR, 8)
    );
    let m = run(&body, &[(VEC_DPAGE_FAULT, &record_handler(VEC_DPAGE_FAULT))]);
    assert_eq!(m.cpu.gpr[30], VEC_DPAGE_FAULT, "read allowed, write faults");
    assert_eq!(m.cpu.gpr[15], VA + 0x10);
}

#[test]
fn dtlbeir_invalidates() {
    let body = format!(
        "{}{}    l.mtspr r0, r12, 0x{SPR_DTLBEIR:x}\n{}    l.lwz r11, 0(r12)\n",
        map_dtlb(DTLB_TR_SRE),
        li(12, VA + 0x10),
        li(8, SR_RESET | SR_DME) + &mtspr(SPR_SR, 8)
    );
    let m = run(&body, &[(VEC_DTLB_MISS, &record_handler(VEC_DTLB_MISS))]);
    assert_eq!(m.cpu.gpr[30], VEC_DTLB_MISS);
}

#[test]
fn immu_translates_misses_and_faults() {
    // Code page 0x2000 (set 1) identity-mapped with SXE; page 0x4000 (set 2)
    // mapped without execute permission; 0x6000 unmapped.
    let mut body = li(8, 0x2000 | TLB_MR_V) + &mtspr(SPR_ITLBW0MR0 + 1, 8);
    body += &(li(8, 0x2000 | ITLB_TR_SXE) + &mtspr(SPR_ITLBW0TR0 + 1, 8));
    body += &(li(8, 0x4000 | TLB_MR_V) + &mtspr(SPR_ITLBW0MR0 + 2, 8));
    body += &(li(8, 0x4000 | ITLB_TR_UXE) + &mtspr(SPR_ITLBW0TR0 + 2, 8));
    body += &(li(8, SR_RESET | SR_IME) + &mtspr(SPR_SR, 8));
    body += "    l.ori r20, r0, 1\n    l.sfeq r21, r0\n    l.bf 1f\n    l.nop\n    l.j p6\n    l.nop\n1:  l.j p4\n    l.nop\n";
    body += "    .org 0x4000\np4: l.ori r3, r0, 0x44\n    l.nop 1\n    .org 0x6000\np6: l.ori r3, r0, 0x66\n    l.nop 1\n";
    let handlers = [(VEC_IPAGE_FAULT, record_handler(VEC_IPAGE_FAULT)), (VEC_ITLB_MISS, record_handler(VEC_ITLB_MISS))];
    let h: Vec<(u32, &str)> = handlers.iter().map(|(v, s)| (*v, s.as_str())).collect();
    let m = run(&body, &h);
    assert_eq!(m.cpu.gpr[20], 1, "translated code ran");
    assert_eq!(m.cpu.gpr[30], VEC_IPAGE_FAULT, "supervisor fetch from a UXE-only page");
    assert_eq!((m.cpu.gpr[14], m.cpu.gpr[15]), (0x4000, 0x4000), "EPCR and EEAR = the page");
    assert_eq!(m.cpu.gpr[3], 0, "code at 0x4000 did not run");

    let body2 = body.replace("l.sfeq r21, r0", "l.sfne r21, r0");
    let m = run(&body2, &h);
    assert_eq!(m.cpu.gpr[30], VEC_ITLB_MISS);
    assert_eq!((m.cpu.gpr[14], m.cpu.gpr[15]), (0x6000, 0x6000));
}

#[test]
fn tick_timer_interrupt() {
    let ttmr = (TTMR_M_RESTART << TTMR_M_SHIFT) | TTMR_IE | 100;
    let body = format!(
        "{}{}{}{}    l.ori r5, r0, 0\nloop: l.addi r5, r5, 1\n    l.j loop\n    l.nop\n",
        li(8, ttmr),
        mtspr(SPR_TTMR, 8) + &mtspr(SPR_TTCR, 0),
        li(8, SR_RESET | SR_TEE),
        mtspr(SPR_SR, 8)
    );
    let h = record_handler(VEC_TICK);
    let m = run(&body, &[(VEC_TICK, &h)]);
    let g = &m.cpu.gpr;
    assert_eq!(g[30], VEC_TICK);
    assert_ne!(g[16] & SR_TEE, 0);
    assert_eq!(g[17] & SR_TEE, 0, "entry clears TEE");
    assert_ne!(m.timer.ttmr & TTMR_IP, 0);
    // TTCR matched 100 after 101 counted instructions (written by the
    // l.mtspr TTCR, which does not tick); ~3 instructions per loop.
    assert!((30..=40).contains(&g[5]), "loop ran {} times", g[5]);
    // the interrupted instruction is in the loop and not in a delay slot
    assert_eq!(g[16] & SR_DSX, 0);
    let loop_start = 0x2000 + 4 * 8;
    assert!((loop_start..loop_start + 8).contains(&g[14]), "EPCR 0x{:x}", g[14]);
}

#[test]
fn uart_output_and_external_interrupt() {
    let body = format!(
        "{}    l.ori r5, r0, 0x48\n    l.sb 0(r4), r5\n    l.ori r5, r0, 0x69\n    l.sb 0(r4), r5\n    l.lbz r6, 5(r4)\n\
         l.ori r5, r0, {}\n    l.sb 1(r4), r5\n    l.ori r5, r0, {}\n{}{}{}    l.ori r20, r0, 1\n    l.nop\n",
        li(4, UART_BASE),
        UART_IER_THRI,
        1 << UART_IRQ,
        mtspr(SPR_PICMR, 5),
        li(8, SR_RESET | SR_IEE),
        mtspr(SPR_SR, 8)
    );
    let h = record_handler(VEC_EXTERNAL);
    let m = run(&body, &[(VEC_EXTERNAL, &h)]);
    assert_eq!(m.uart_output(), b"Hi");
    let g = &m.cpu.gpr;
    assert_eq!(g[6], UART_LSR_THRE | UART_LSR_TEMT);
    assert_eq!(g[30], VEC_EXTERNAL);
    assert_ne!(g[18] & (1 << UART_IRQ), 0, "PICSR shows the UART line");
    assert_eq!(g[20], 0, "interrupt taken right after SR[IEE] was set");
    assert_eq!(g[17] & SR_IEE, 0);
}

#[test]
fn masked_external_interrupt_is_not_taken() {
    let body = format!(
        "{}    l.ori r5, r0, {}\n    l.sb 1(r4), r5\n{}{}    l.ori r20, r0, 1\n    l.mfspr r18, r0, 0x{SPR_PICSR:x}\n    l.ori r3, r0, 0\n",
        li(4, UART_BASE),
        UART_IER_THRI,
        li(8, SR_RESET | SR_IEE),
        mtspr(SPR_SR, 8)
    );
    let m = run(&body, &[]);
    assert_eq!((m.cpu.gpr[20], m.cpu.gpr[30]), (1, 0));
    assert_eq!(m.cpu.gpr[18], 1 << UART_IRQ, "level visible in PICSR while masked");
}

#[test]
fn interrupt_waits_for_the_delay_slot() {
    // TTCR matches TP = 2 on the third instruction after the TTCR write:
    // the l.j. The interrupt is then taken after its delay slot, at the target.
    let ttmr = (TTMR_M_RESTART << TTMR_M_SHIFT) | TTMR_IE | 2;
    let body = format!(
        "{}{}{}{}    l.mtspr r0, r9, 0x{SPR_TTMR:x}\n    l.mtspr r0, r0, 0x{SPR_TTCR:x}\n    l.nop\n    l.nop\n    l.j t\n    \
         l.ori r20, r0, 1\n    l.ori r22, r0, 1\nt:  l.ori r21, r0, 1\n",
        li(8, SR_RESET | SR_TEE),
        mtspr(SPR_SR, 8),
        li(9, ttmr),
        la(13, "t")
    );
    let h = record_handler(VEC_TICK);
    let m = run(&body, &[(VEC_TICK, &h)]);
    let g = &m.cpu.gpr;
    assert_eq!(g[30], VEC_TICK);
    assert_eq!((g[20], g[21], g[22]), (1, 0, 0), "delay slot ran, target did not");
    assert_eq!(g[14], g[13], "EPCR = the branch target");
    assert_eq!(g[16] & SR_DSX, 0);
}

#[test]
fn external_interrupts_are_only_taken_when_forced() {
    // The tick timer fires after 20 instructions, but with
    // `external_interrupts` the ISS must leave it pending until forced.
    let ttmr = (TTMR_M_RESTART << TTMR_M_SHIFT) | TTMR_IE | 20;
    let body = format!(
        "{}{}{}{}    l.ori r5, r0, 0\nloop: l.addi r5, r5, 1\n    l.sfltui r5, 100\n    l.bf loop\n    l.nop\n    l.ori r3, r0, 0\n",
        li(8, ttmr),
        mtspr(SPR_TTMR, 8) + &mtspr(SPR_TTCR, 0),
        li(8, SR_RESET | SR_TEE),
        mtspr(SPR_SR, 8)
    );
    let h = record_handler(VEC_TICK);
    let cfg = Config { external_interrupts: true, ..Config::default() };
    let (m, outcome) = run_config(&body, &[(VEC_TICK, &h)], cfg.clone(), 10_000);
    assert_eq!(outcome, vmsp_iss::Outcome::Exit(0));
    assert_eq!(m.cpu.gpr[30], 0, "no interrupt taken on its own");
    assert_eq!(m.cpu.gpr[5], 100);
    assert_ne!(m.timer.ttmr & TTMR_IP, 0, "the timer did fire");

    // Forced: taken at that exact boundary, even with SR[TEE] clear.
    let elf = assemble(&program(&body, &[(VEC_TICK, &h)]));
    let mut m = Machine::new(cfg);
    m.load_elf(&elf).unwrap();
    let mut forced = None;
    for _ in 0..30 {
        let r = m.step().unwrap();
        if m.cpu.pc == 0x2000 + 4 * 8 && forced.is_none() && r.insn != 0 {
            // at "loop:" (r5 = 0), not in a delay slot
            let r = m.force_interrupt(VEC_TICK).unwrap();
            assert_eq!((r.pc, r.interrupt, r.exception, r.insn), (0x2000 + 4 * 8, true, Some(VEC_TICK), 0));
            assert_eq!(m.cpu.epcr, 0x2000 + 4 * 8);
            assert_eq!(m.cpu.sr & SR_SM, SR_SM);
            forced = Some(r);
            break;
        }
    }
    assert!(forced.is_some(), "the loop was reached");
    assert_eq!(m.run(10_000), vmsp_iss::Outcome::Exit(0));
    assert_eq!(m.cpu.gpr[30], VEC_TICK, "the tick handler ran");
    assert_eq!(m.cpu.gpr[5], 0, "the interrupt came before the first loop iteration");
}

#[test]
fn force_interrupt_is_refused_in_a_delay_slot_and_for_other_vectors() {
    let body = "    l.j t\n    l.nop\nt:  l.ori r3, r0, 0\n";
    let elf = assemble(&program(body, &[]));
    let mut m = Machine::new(Config { external_interrupts: true, ..Config::default() });
    m.load_elf(&elf).unwrap();
    assert!(matches!(m.force_interrupt(VEC_SYSCALL), Err(Stop::Error(e)) if e.contains("neither")));
    m.step().unwrap(); // l.j: the delay slot is next
    let before = (m.cpu.pc, m.cpu.sr, m.steps());
    assert!(matches!(m.force_interrupt(VEC_EXTERNAL), Err(Stop::Error(e)) if e.contains("delay slot")));
    assert_eq!((m.cpu.pc, m.cpu.sr, m.steps()), before, "a refused interrupt changes nothing");
    m.step().unwrap();
    assert!(m.force_interrupt(VEC_EXTERNAL).is_ok(), "allowed after the delay slot");
}

#[test]
fn without_mmu_tlb_sprs_read_zero_and_dme_translates_nothing() {
    let upr_no_mmu = UPR_VALUE & !(UPR_DMP | UPR_IMP);
    // Write a DTLB entry mapping page 0x40000000 -> 0x4000, turn SR[DME]
    // on and store to 0x40000010: without an MMU that is a bus error.
    let body = format!(
        "    l.mfspr r10, r0, 0x{SPR_UPR:x}\n    l.mfspr r11, r0, 0x{SPR_DMMUCFGR:x}\n    l.mfspr r12, r0, 0x{SPR_IMMUCFGR:x}\n\
         {}    l.mtspr r0, r8, 0x{:x}\n    l.mfspr r13, r0, 0x{:x}\n{}    l.mtspr r0, r8, 0x{:x}\n    l.mfspr r14, r0, 0x{:x}\n\
         {}{}{}    l.sw 0x10(r6), r6\n    l.ori r3, r0, 0\n",
        li(8, 0x4000_0000 | TLB_MR_V),
        SPR_DTLBW0MR0,
        SPR_DTLBW0MR0,
        li(8, 0x4000 | DTLB_TR_SRE | DTLB_TR_SWE),
        SPR_DTLBW0TR0,
        SPR_DTLBW0TR0,
        li(6, 0x4000_0000),
        li(8, SR_RESET | SR_DME),
        mtspr(SPR_SR, 8),
    );
    let (m, outcome) = run_config(&body, &[], Config { mmu: false, ..Config::default() }, 10_000);
    let g = &m.cpu.gpr;
    assert_eq!(outcome, vmsp_iss::Outcome::Exit(0));
    assert_eq!((g[10], g[11], g[12]), (upr_no_mmu, 0, 0));
    assert_eq!((g[13], g[14]), (0, 0), "TLB SPRs read 0 and ignore writes");
    assert_eq!(g[30], VEC_BUS_ERROR, "the store went untranslated to 0x40000010");
    // The default configuration keeps the MMU: same program, translated store.
    let (mut m, _) = run_config(&body, &[], Config::default(), 10_000);
    assert_eq!(m.cpu.gpr[10], UPR_VALUE);
    assert_eq!(m.cpu.gpr[30], 0, "no bus error with the MMU");
    assert_eq!(m.bus.read(0x4010, 4), Some(0x4000_0000));
}
