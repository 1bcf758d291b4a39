//! The exception handlers the generator installs, and the software TLB
//! reload they share.

use super::*;

/// The handler at `vector`: fold EPCR, EEAR, ESR and the vector into r31,
/// bump the vector's counter, then resume. Faults resume after the
/// faulting instruction (EPCR + 4; + 8 with SR[DSX], skipping the branch
/// and its slot); l.sys's EPCR already points past it, so + 0 (+ 8 with
/// DSX); the tick handler clears TTMR[IP] (and IE in single-run mode)
/// and resumes at EPCR. Vectors the
/// generator never provokes end the run with the vector as exit code.
pub(super) fn handler(vector: u32, opts: &Options) -> Vec<u32> {
    if opts.mmu && (vector == VEC_DTLB_MISS || vector == VEC_ITLB_MISS) {
        let insn = vector == VEC_ITLB_MISS;
        return if opts.guest { tlb_reload_mr_first(insn) } else { tlb_reload(insn) };
    }
    if !EXPECTED.contains(&vector) {
        return vec![
            dai(OP_ORI, 3, 0, vector),
            nop(NOP_EXIT),
            branch(OP_J, 0),
            nop(NOP_NOP),
        ];
    }
    let mut h = Vec::new();
    for spr in [SPR_EPCR0, SPR_EEAR0, SPR_ESR0] {
        h.push(mfspr(R_H2, 0, spr));
        h.push(shifti(SHIFT_ROR, R_SUM, R_SUM, 7));
        h.push(alu(ALU_XOR, 0, 0, R_SUM, R_SUM, R_H2));
    }
    h.push(dai(OP_XORI, R_SUM, R_SUM, vector));
    let counter = Layout::COUNTERS + 4 * (vector >> 8);
    h.push(load(OP_LWZ, R_H2, 0, counter));
    h.push(dai(OP_ADDI, R_H2, R_H2, 1));
    h.push(store(OP_SW, 0, R_H2, counter));
    if vector == VEC_TICK {
        h.push(mfspr(R_H2, 0, SPR_TTMR));
        h.extend(load32(R_H1, !TTMR_IP));
        h.push(alu(ALU_AND, 0, 0, R_H2, R_H2, R_H1));
        // A stopped timer keeps matching and would raise IP again at
        // once: in single-run mode clear IE too (it has fired its once).
        h.push(shifti(SHIFT_SRL, R_H1, R_H2, TTMR_M_SHIFT));
        h.push(sfi(SF_EQ, R_H1, TTMR_M_STOP));
        h.push(branch(OP_BNF, 16)); // to the l.mtspr
        h.push(movhi(R_H1, !TTMR_IE >> 16)); // delay slot: always
        h.push(dai(OP_ORI, R_H1, R_H1, !TTMR_IE & 0xffff));
        h.push(alu(ALU_AND, 0, 0, R_H2, R_H2, R_H1));
        h.push(mtspr(0, R_H2, SPR_TTMR));
    } else {
        let adv = if vector == VEC_SYSCALL { 0 } else { 4 };
        h.push(mfspr(R_H2, 0, SPR_EPCR0));
        // DSX is set in the handler's own SR (ESR holds the SR before entry)
        h.push(mfspr(R_H1, 0, SPR_SR));
        h.push(dai(OP_ANDI, R_H1, R_H1, SR_DSX));
        h.push(sfi(SF_NE, R_H1, 0));
        h.push(branch(OP_BNF, 12)); // over the DSX correction
        h.push(dai(OP_ADDI, R_H2, R_H2, adv)); // delay slot: always
        h.push(dai(OP_ADDI, R_H2, R_H2, 8 - adv)); // only with DSX
        h.push(mtspr(0, R_H2, SPR_EPCR0));
    }
    h.push(rfe());
    h
}

/// The translate register's permissions and the match and translate SPRs
/// of set 0 of the ITLB (`insn`) or DTLB.
fn tlb_sprs(insn: bool) -> (u32, u32, u32) {
    if insn {
        (SPR_ITLBW0MR0, SPR_ITLBW0TR0, ITLB_TR_SXE | ITLB_TR_UXE)
    } else {
        (
            SPR_DTLBW0MR0,
            SPR_DTLBW0TR0,
            DTLB_TR_SRE | DTLB_TR_SWE | DTLB_TR_URE | DTLB_TR_UWE,
        )
    }
}

const _: () = assert!(TLB_TR_PPN_MASK == TLB_MR_VPN_MASK && TLB_MR_VPN_MASK == !(PAGE_SIZE - 1));

/// The DTLB/ITLB-miss handler of the MMU option: reload an identity
/// mapping of EEAR's page into set (EEAR >> 13) & (TLB_SETS - 1) with every
/// permission, and TLB_TR_CI when address bit 31 is set (the uncached alias
/// and devices stay uncached, as with translation off), then retry. It
/// runs with DME/IME off (exception entry) and uses only the handler
/// scratch registers. It writes the translate register, then the match
/// register.
fn tlb_reload(insn: bool) -> Vec<u32> {
    let (mr, tr, perms) = tlb_sprs(insn);
    vec![
        // R_H2 = (ea & PPN) | CI if bit 31 | perms
        mfspr(R_H2, 0, SPR_EEAR0),
        shifti(SHIFT_SRL, R_H1, R_H2, 31),
        shifti(SHIFT_SLL, R_H1, R_H1, TLB_TR_CI.trailing_zeros()),
        shifti(SHIFT_SRL, R_H2, R_H2, PAGE_SHIFT),
        shifti(SHIFT_SLL, R_H2, R_H2, PAGE_SHIFT),
        alu(ALU_OR, 0, 0, R_H2, R_H2, R_H1),
        dai(OP_ORI, R_H2, R_H2, perms),
        // R_H1 = the set
        mfspr(R_H1, 0, SPR_EEAR0),
        shifti(SHIFT_SRL, R_H1, R_H1, PAGE_SHIFT),
        dai(OP_ANDI, R_H1, R_H1, TLB_SETS - 1),
        mtspr(R_H1, R_H2, tr),
        // R_H2 = (ea & VPN) | V
        mfspr(R_H2, 0, SPR_EEAR0),
        shifti(SHIFT_SRL, R_H2, R_H2, PAGE_SHIFT),
        shifti(SHIFT_SLL, R_H2, R_H2, PAGE_SHIFT),
        dai(OP_ORI, R_H2, R_H2, TLB_MR_V),
        mtspr(R_H1, R_H2, mr),
        rfe(),
    ]
}

/// [`tlb_reload`] for a guest: the match register first, then the
/// translate register. A VM exit empties the TLBs (docs/VIRT.md: invalid,
/// and both registers read zero); between a translate and a match write
/// it would leave a valid entry with a zero translate register (no
/// permission: a page fault on the retry), while between a match and a
/// translate write it leaves an invalid entry (the retry misses again).
fn tlb_reload_mr_first(insn: bool) -> Vec<u32> {
    let (mr, tr, perms) = tlb_sprs(insn);
    vec![
        // R_H1 = the set, R_H2 = (ea & VPN) | V
        mfspr(R_H2, 0, SPR_EEAR0),
        shifti(SHIFT_SRL, R_H1, R_H2, PAGE_SHIFT),
        dai(OP_ANDI, R_H1, R_H1, TLB_SETS - 1),
        shifti(SHIFT_SRL, R_H2, R_H2, PAGE_SHIFT),
        shifti(SHIFT_SLL, R_H2, R_H2, PAGE_SHIFT),
        dai(OP_ORI, R_H2, R_H2, TLB_MR_V),
        mtspr(R_H1, R_H2, mr),
        // R_H2 = (ea & PPN) | CI if bit 31 | perms
        mfspr(R_H2, 0, SPR_EEAR0),
        shifti(SHIFT_SRL, R_H1, R_H2, 31),
        shifti(SHIFT_SLL, R_H1, R_H1, TLB_TR_CI.trailing_zeros()),
        shifti(SHIFT_SRL, R_H2, R_H2, PAGE_SHIFT),
        shifti(SHIFT_SLL, R_H2, R_H2, PAGE_SHIFT),
        alu(ALU_OR, 0, 0, R_H2, R_H2, R_H1),
        dai(OP_ORI, R_H2, R_H2, perms),
        // R_H1 = the set again
        mfspr(R_H1, 0, SPR_EEAR0),
        shifti(SHIFT_SRL, R_H1, R_H1, PAGE_SHIFT),
        dai(OP_ANDI, R_H1, R_H1, TLB_SETS - 1),
        mtspr(R_H1, R_H2, tr),
        rfe(),
    ]
}
