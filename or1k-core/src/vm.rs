//! VM control (docs/VIRT.md): the world register VMCR, the monitor-call
//! registers, the VM slots and their regions, the guest's region checks
//! of the three access points (data in EX and in MEM, fetch), the page
//! table that the host's data and fetch accesses are checked against, and
//! the sequencer that moves a guest's context between the core and the
//! sealing engine's buffer at VM exit and entry (docs/SEALING.md).
//!
//! `Ctrl` decides when a world changes (it sees the instructions commit);
//! this unit keeps the state and does the slow part. A VM exit and a VM
//! entry each move the context one word per cycle with the pipeline
//! empty: the register file's read port and write port are the
//! sequencer's then, so no wider port is needed. The exit then has the
//! sealing engine (secure-unit `Sealer`, outside the core) seal the buffer
//! to the save area; an `l.vmenter` waits in MEM while its save area is
//! checked and its blob unsealed into the buffer, and commits with the
//! answer: entry, or a refusal code.
//!
//! Buffer word layout: `or1k_arch::CTX_FIELDS` (0..31 the GPRs, then
//! `CTX_PC` .. `CTX_FLAGS`, the latch registers `l[0..10]` in that order,
//! then reserved zero words).
use crate::ports::{HostCheck, RegionCheck, SprPort};
use crate::vmregion::VmRegion;
use crate::vmslot::VmSlot;
use crate::{k, zeroed_ram};
use or1k_arch::*;
use rust_hdl::prelude::*;

/// Context words after the GPRs: pc, SR, EPCR, EEAR, ESR, MACLO, MACHI,
/// TTMR, TTCR, flags (CTX_FLAG_HYPERCALL).
pub const LATCHES: usize = 10;
/// Words an entry restores: 32 GPRs and the latches (an exit also writes
/// the reserved words, zero: SEAL_CTX_WORDS in all).
pub const SEQ_WORDS: u32 = 32 + LATCHES as u32;
const _: () = assert!(CTX_GPR0 == 0 && CTX_PC == 32 && CTX_SR == 33 && CTX_EPCR == 34 && CTX_EEAR == 35);
const _: () = assert!(CTX_ESR == 36 && CTX_MACLO == 37 && CTX_MACHI == 38 && CTX_TTMR == 39 && CTX_TTCR == 40);
const _: () = assert!(CTX_FLAGS == 32 + LATCHES as u32 - 1 && CTX_RESERVED == SEQ_WORDS && SEAL_CTX_WORDS <= 64);
const _: () = assert!(CTX_FLAG_HYPERCALL == 1 && SEAL_ALIGN == 256 && VMEXIT_LOST == 1 << 16);

/// Page-table index bits: VMPT_PAGES entries of 4 bits (4 DP16KD per copy).
pub const PT_BITS: usize = 14;
const _: () = assert!(VMPT_PAGES == 1 << PT_BITS && VMPT_PAGE_SHIFT == 12 && VMPTE_OWNER_MASK == 0xf);
/// A page table entry as the D copy keeps it: the owner and its attributes
/// (bit positions written as literals below).
pub const PTE_BITS: usize = 7;
const _: () = assert!(VMPTE_ENC == 1 << 4 && VMPTE_HR == 1 << 5 && VMPTE_HW == 1 << 6 && VMPTE_ATTR_MASK == 0x70);
/// Bits 30..12 of an address: its page with the uncached alias folded.
pub const KEY_BITS: usize = 19;
const _: () = assert!(UNCACHED_ADDR_MASK == 1 << 31);
/// The region store's word of a VMRGN SPR is its address's low 4 bits.
const _: () = assert!(VMRGN_STRIDE == 4 && VM_REGIONS == 4 && SPR_VMRGN0 % 16 == 0 && VMRGN_HPA < 3);

#[derive(LogicState, Copy, Clone, Debug, PartialEq)]
pub enum SeqState {
    Idle,
    Exit,
    /// The exit's words are in the buffer: command the seal, wait for it.
    SealCmd,
    SealWait,
    Enter,
    /// One cycle after the last word: `exit_done` / `enter_done`.
    ExitDone,
    EnterDone,
}

/// An `l.vmenter` in MEM whose slot may enter: read the save area's page
/// table entry, decide, unseal (not a fresh slot), then `Ready` until it
/// commits with `code_q`.
#[derive(LogicState, Copy, Clone, Debug, PartialEq)]
pub enum PreState {
    Idle,
    Read,
    Decide,
    Unseal,
    Ready,
}

#[derive(LogicBlock)]
pub struct VmCtl {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    pub spr: SprPort,

    // ---- the world
    /// VMCR's world and VMID bits (the origin tag's layout, without SR[SM]).
    pub vmcr: Signal<Out, Bits<8>>,
    pub monitor: Signal<Out, Bit>,
    pub guest: Signal<Out, Bit>,
    pub host: Signal<Out, Bit>,

    // ---- world changes decided by Ctrl at the commit of an instruction
    /// Ctrl's SR, EPCR, EEAR, ESR now (the guest's at an exit).
    pub sr: Signal<In, Bits<32>>,
    pub epcr: Signal<In, Bits<32>>,
    pub eear: Signal<In, Bits<32>>,
    pub esr: Signal<In, Bits<32>>,
    /// l.smc commits at `pc` (SMEPCR = pc + 4, SMESR = the caller's SR
    /// `caller_sr`, SMEVMCR = VMCR).
    pub smc: Signal<In, Bit>,
    pub caller_sr: Signal<In, Bits<32>>,
    pub pc: Signal<In, Bits<32>>,
    /// l.rfe in the monitor commits: VMCR = SMEVMCR.
    pub smret: Signal<In, Bit>,
    pub smepcr: Signal<Out, Bits<32>>,
    pub smesr: Signal<Out, Bits<32>>,
    /// l.vmenter in MEM: rA (the VMID) and rB (the answer), its refusal
    /// code (0: it may enter), and `enter` when it commits and enters.
    pub enter_vmid: Signal<In, Bits<32>>,
    pub enter_answer: Signal<In, Bits<32>>,
    pub enter_code: Signal<Out, Bits<32>>,
    pub enter: Signal<In, Bit>,
    /// A legal l.vmenter is in MEM (Ctrl), and it commits (entering or not).
    pub enter_req: Signal<In, Bit>,
    pub enter_commit: Signal<In, Bit>,
    /// MEM holds the l.vmenter: its save area or blob is being checked.
    pub enter_wait: Signal<Out, Bit>,
    /// Bytes of RAM decoded: a save area must lie inside.
    pub ram_bytes: Signal<In, Bits<32>>,
    /// A VM exit commits: its cause, its info (region: gPA and access
    /// kind; fault: the vector), where the guest resumes, the guest's MAC
    /// and timer.
    pub exit: Signal<In, Bit>,
    pub exit_cause: Signal<In, Bits<32>>,
    pub exit_info0: Signal<In, Bits<32>>,
    pub exit_info1: Signal<In, Bits<32>>,
    pub exit_pc: Signal<In, Bits<32>>,
    pub maclo: Signal<In, Bits<32>>,
    pub machi: Signal<In, Bits<32>>,
    pub ttmr: Signal<In, Bits<32>>,
    pub ttcr: Signal<In, Bits<32>>,
    /// The host bank, for Ctrl's exit entry: SR and EEAR at l.vmenter, its pc.
    pub host_sr: Signal<Out, Bits<32>>,
    pub host_eear: Signal<Out, Bits<32>>,
    pub host_pc: Signal<Out, Bits<32>>,
    /// The world changes (entry and exit): the IMMU's micro-TLB empties.
    pub world_change: Signal<Out, Bit>,
    /// Each page-table write (`SPR_VMPTE`): entry `ptw_entry` for page
    /// `ptw_page`, for the memory-encryption engine's copy of the table.
    pub ptw_we: Signal<Out, Bit>,
    pub ptw_page: Signal<Out, Bits<PT_BITS>>,
    pub ptw_entry: Signal<Out, Bits<PTE_BITS>>,

    // ---- the sequencer
    /// A sequence runs: ID must not issue, fetch must not restart.
    pub busy: Signal<Out, Bit>,
    pub rf_raddr: Signal<Out, Bits<5>>,
    pub rf_rdata: Signal<In, Bits<32>>,
    pub rf_we: Signal<Out, Bit>,
    pub rf_waddr: Signal<Out, Bits<5>>,
    pub rf_wdata: Signal<Out, Bits<32>>,
    /// One cycle each at the end of a sequence; with `enter_done` the
    /// guest's pc, SR, EPCR, EEAR, ESR, MAC and timer are on `r_*`.
    pub exit_done: Signal<Out, Bit>,
    pub enter_done: Signal<Out, Bit>,
    pub r_pc: Signal<Out, Bits<32>>,
    pub r_sr: Signal<Out, Bits<32>>,
    pub r_epcr: Signal<Out, Bits<32>>,
    pub r_eear: Signal<Out, Bits<32>>,
    pub r_esr: Signal<Out, Bits<32>>,
    pub r_maclo: Signal<Out, Bits<32>>,
    pub r_machi: Signal<Out, Bits<32>>,
    pub r_ttmr: Signal<Out, Bits<32>>,
    pub r_ttcr: Signal<Out, Bits<32>>,

    // ---- the sealing engine (secure-unit `Sealer`, its ports of the same
    // names without `sl_`): commands, its answer, its context buffer, and
    // the slot life cycle (VMSTATE written CREATED or FREE)
    pub sl_seal: Signal<Out, Bit>,
    pub sl_unseal: Signal<Out, Bit>,
    pub sl_vmid: Signal<Out, Bits<3>>,
    pub sl_addr: Signal<Out, Bits<32>>,
    pub sl_done: Signal<In, Bit>,
    pub sl_code: Signal<In, Bits<8>>,
    pub sl_ctx_we: Signal<Out, Bit>,
    pub sl_ctx_widx: Signal<Out, Bits<6>>,
    pub sl_ctx_wdata: Signal<Out, Bits<32>>,
    pub sl_ctx_ridx: Signal<Out, Bits<6>>,
    pub sl_ctx_rdata: Signal<In, Bits<32>>,
    pub sl_clear: Signal<Out, Bit>,
    pub sl_clear_vmid: Signal<Out, Bits<3>>,

    // ---- region checks (a guest's) and page-table checks (the host's)
    pub d_ex: RegionCheck,
    pub d_mem: RegionCheck,
    pub ifetch: RegionCheck,
    pub d_host: HostCheck,
    pub i_host: HostCheck,

    slots: [VmSlot; VM_SLOTS as usize],
    /// The running guest's regions, copied from its slot at entry.
    live: [VmRegion; VM_REGIONS as usize],
    /// The slots' regions, 16 words per slot (`VMRGN_STRIDE` per region:
    /// gPA, the size as ~(size - 1) from bit VMRGN_GRAIN with the valid bit
    /// in bit 0, hPA, unused). l.mfspr reads it in two cycles, as the MMUs
    /// read their TLBs; the entry copies the guest's into `live`.
    rgn: RAM<Bits<32>, 7>,
    rg_rd_q: DFF<Bit>,
    /// The SPR is a VMRGN field of the slot VMSEL names (1..=VM_SLOTS).
    rg_spr: Signal<Local, Bit>,
    rg_rd: Signal<Local, Bit>,
    rg_field: Signal<Local, Bits<2>>,
    rg_word: Signal<Local, Bits<32>>,
    rg_addr: Signal<Local, Bits<7>>,
    /// The page table, one copy per check port (the D copy also answers
    /// l.mfspr of VMPTE in the monitor); written together.
    pt_d: RAM<Bits<PTE_BITS>, PT_BITS>,
    pt_i: RAM<Bits<4>, PT_BITS>,
    ptsel_q: DFF<Bits<PT_BITS>>,
    /// The page each copy read last cycle, and that no write raced it.
    d_key_q: DFF<Bits<KEY_BITS>>,
    d_key_ok: DFF<Bit>,
    i_key_q: DFF<Bits<KEY_BITS>>,
    i_key_ok: DFF<Bit>,
    pt_we: Signal<Local, Bit>,
    d_key: Signal<Local, Bits<KEY_BITS>>,
    i_key: Signal<Local, Bits<KEY_BITS>>,
    vmcr_q: DFF<Bits<32>>,
    smepcr_q: DFF<Bits<32>>,
    smesr_q: DFF<Bits<32>>,
    smevmcr_q: DFF<Bits<32>>,
    vmsel_q: DFF<Bits<32>>,
    cause_q: DFF<Bits<32>>,
    info: [DFF<Bits<32>>; VMEXINFO_COUNT as usize],
    host_sr_q: DFF<Bits<32>>,
    host_eear_q: DFF<Bits<32>>,
    host_pc_q: DFF<Bits<32>>,
    answer_q: DFF<Bits<32>>,
    /// The slot of the running (or entering, or exiting) guest.
    vmid_q: DFF<Bits<32>>,
    /// SPR_VMSAVE; the save area the running guest's exit seals to (bit 31
    /// cleared, latched at its entry's check); SPR_VMENTERR.
    vmsave_q: DFF<Bits<32>>,
    save_q: DFF<Bits<32>>,
    venterr_q: DFF<Bits<32>>,
    pre: DFF<PreState>,
    /// The check's answer (0: enter), valid in `Ready`.
    code_q: DFF<Bits<32>>,
    /// The entering slot's refusal by its state, and whether it is fresh.
    state_code: Signal<Local, Bits<32>>,
    fresh_of_enter: Signal<Local, Bit>,
    save_ok: Signal<Local, Bit>,
    l: [DFF<Bits<32>>; LATCHES],
    seq: DFF<SeqState>,
    cnt: DFF<Bits<6>>,
    /// The entry's read of the last cycle: its word, and the slot was fresh.
    rd_word: DFF<Bits<6>>,
    fresh: Signal<Local, Bit>,
    word: Signal<Local, Bits<6>>,
    rd_data: Signal<Local, Bits<32>>,
    /// The addressed slot's answer (VMSEL's for l.mfspr, the entry's copy).
    slot_rd: Signal<Local, Bits<32>>,
    vmid_m1: Signal<Local, Bits<3>>,
    state_of_enter: Signal<Local, Bits<2>>,
    is_grp: Signal<Local, Bit>,
    g_hit: Signal<Local, Bit>,
    g_hpa: Signal<Local, Bits<32>>,
    g_hit_m: Signal<Local, Bit>,
    g_hpa_m: Signal<Local, Bits<32>>,
    g_hit_i: Signal<Local, Bit>,
    g_hpa_i: Signal<Local, Bits<32>>,

    k_enabled: Constant<Bit>,
    slot_id: [Constant<Bits<32>>; VM_SLOTS as usize],
    /// Store word indices of the latches (32 + j) and the entry's copy
    /// cycles of each live region's fields (3r, 3r + 1, 3r + 2).
    w_latch: [Constant<Bits<6>>; LATCHES],
    cp_gpa: [Constant<Bits<6>>; VM_REGIONS as usize],
    cp_size: [Constant<Bits<6>>; VM_REGIONS as usize],
    cp_hpa: [Constant<Bits<6>>; VM_REGIONS as usize],
    k_vmrgn0: Constant<Bits<32>>,
    k_rgn_end: Constant<Bits<32>>,
    k_grain: Constant<Bits<32>>,
    k_one: Constant<Bits<32>>,
    /// A VMRGN SPR's field: the size, and the fourth word (no register).
    k_f_size: Constant<Bits<2>>,
    k_f_unused: Constant<Bits<2>>,
    k_spr_vmcr: Constant<Bits<32>>,
    k_spr_vmexit: Constant<Bits<32>>,
    k_spr_vmsave: Constant<Bits<32>>,
    k_spr_venterr: Constant<Bits<32>>,
    k_err_save: Constant<Bits<32>>,
    k_lost: Constant<Bits<32>>,
    k_blob: Constant<Bits<32>>,
    k_addr_mask: Constant<Bits<32>>,
    k_no_save: Constant<Bits<32>>,
    k_spr_smepcr: Constant<Bits<32>>,
    k_spr_smesr: Constant<Bits<32>>,
    k_spr_smevmcr: Constant<Bits<32>>,
    k_spr_vmsel: Constant<Bits<32>>,
    k_spr_vmptsel: Constant<Bits<32>>,
    k_spr_vmpte: Constant<Bits<32>>,
    info_addr: [Constant<Bits<32>>; VMEXINFO_COUNT as usize],
    /// The GPR a hypercall exposes in each VMEXINFO register: r3..r8.
    info_gpr: [Constant<Bits<6>>; VMEXINFO_COUNT as usize],
    k_monitor: Constant<Bits<32>>,
    k_guest: Constant<Bits<32>>,
    k_vmid_mask: Constant<Bits<32>>,
    k_vmcall: Constant<Bits<32>>,
    k_halt: Constant<Bits<32>>,
    k_last: Constant<Bits<6>>,
    k_last_enter: Constant<Bits<6>>,
    k_vec_reset: Constant<Bits<32>>,
    k_sr_reset: Constant<Bits<32>>,
    k_err_vmid: Constant<Bits<32>>,
    k_err_free: Constant<Bits<32>>,
    k_err_unlaunched: Constant<Bits<32>>,
    k_slots: Constant<Bits<32>>,
}

impl VmCtl {
    /// `enabled`: the core has the monitor world (the SoC holds a monitor
    /// ROM). Without it VMCR reads 0 (host), group 24 is unknown SPRs and
    /// nothing is checked, as the ISS without `Config::secure`.
    pub fn new(enabled: bool) -> VmCtl {
        let kk = |v: u32| k::<32>(v);
        VmCtl {
            clock: Default::default(),
            reset: Default::default(),
            spr: Default::default(),
            vmcr: Default::default(),
            monitor: Default::default(),
            guest: Default::default(),
            host: Default::default(),
            sr: Default::default(),
            epcr: Default::default(),
            eear: Default::default(),
            esr: Default::default(),
            smc: Default::default(),
            caller_sr: Default::default(),
            pc: Default::default(),
            smret: Default::default(),
            smepcr: Default::default(),
            smesr: Default::default(),
            enter_vmid: Default::default(),
            enter_answer: Default::default(),
            enter_code: Default::default(),
            enter: Default::default(),
            enter_req: Default::default(),
            enter_commit: Default::default(),
            enter_wait: Default::default(),
            ram_bytes: Default::default(),
            exit: Default::default(),
            exit_cause: Default::default(),
            exit_info0: Default::default(),
            exit_info1: Default::default(),
            exit_pc: Default::default(),
            maclo: Default::default(),
            machi: Default::default(),
            ttmr: Default::default(),
            ttcr: Default::default(),
            host_sr: Default::default(),
            host_eear: Default::default(),
            host_pc: Default::default(),
            world_change: Default::default(),
            ptw_we: Default::default(),
            ptw_page: Default::default(),
            ptw_entry: Default::default(),
            busy: Default::default(),
            rf_raddr: Default::default(),
            rf_rdata: Default::default(),
            rf_we: Default::default(),
            rf_waddr: Default::default(),
            rf_wdata: Default::default(),
            exit_done: Default::default(),
            enter_done: Default::default(),
            r_pc: Default::default(),
            r_sr: Default::default(),
            r_epcr: Default::default(),
            r_eear: Default::default(),
            r_esr: Default::default(),
            r_maclo: Default::default(),
            r_machi: Default::default(),
            r_ttmr: Default::default(),
            r_ttcr: Default::default(),
            sl_seal: Default::default(),
            sl_unseal: Default::default(),
            sl_vmid: Default::default(),
            sl_addr: Default::default(),
            sl_done: Default::default(),
            sl_code: Default::default(),
            sl_ctx_we: Default::default(),
            sl_ctx_widx: Default::default(),
            sl_ctx_wdata: Default::default(),
            sl_ctx_ridx: Default::default(),
            sl_ctx_rdata: Default::default(),
            sl_clear: Default::default(),
            sl_clear_vmid: Default::default(),
            d_ex: Default::default(),
            d_mem: Default::default(),
            ifetch: Default::default(),
            d_host: Default::default(),
            i_host: Default::default(),
            slots: std::array::from_fn(|i| VmSlot::new(i as u32 + 1)),
            live: Default::default(),
            rgn: zeroed_ram(),
            rg_rd_q: Default::default(),
            rg_spr: Default::default(),
            rg_rd: Default::default(),
            rg_field: Default::default(),
            rg_word: Default::default(),
            rg_addr: Default::default(),
            pt_d: zeroed_ram(),
            pt_i: zeroed_ram(),
            ptsel_q: Default::default(),
            d_key_q: Default::default(),
            d_key_ok: Default::default(),
            i_key_q: Default::default(),
            i_key_ok: Default::default(),
            pt_we: Default::default(),
            d_key: Default::default(),
            i_key: Default::default(),
            vmcr_q: Default::default(),
            smepcr_q: Default::default(),
            smesr_q: Default::default(),
            smevmcr_q: Default::default(),
            vmsel_q: Default::default(),
            cause_q: Default::default(),
            info: Default::default(),
            host_sr_q: Default::default(),
            host_eear_q: Default::default(),
            host_pc_q: Default::default(),
            answer_q: Default::default(),
            vmid_q: Default::default(),
            vmsave_q: Default::default(),
            save_q: Default::default(),
            venterr_q: Default::default(),
            pre: Default::default(),
            code_q: Default::default(),
            state_code: Default::default(),
            fresh_of_enter: Default::default(),
            save_ok: Default::default(),
            l: Default::default(),
            seq: Default::default(),
            cnt: Default::default(),
            rd_word: Default::default(),
            fresh: Default::default(),
            word: Default::default(),
            rd_data: Default::default(),
            slot_rd: Default::default(),
            vmid_m1: Default::default(),
            state_of_enter: Default::default(),
            is_grp: Default::default(),
            g_hit: Default::default(),
            g_hpa: Default::default(),
            g_hit_m: Default::default(),
            g_hpa_m: Default::default(),
            g_hit_i: Default::default(),
            g_hpa_i: Default::default(),
            k_enabled: Constant::new(enabled),
            slot_id: std::array::from_fn(|i| kk(i as u32 + 1)),
            w_latch: std::array::from_fn(|j| k(32 + j as u32)),
            cp_gpa: std::array::from_fn(|r| k(4 * r as u32 + VMRGN_GPA + 1)),
            cp_size: std::array::from_fn(|r| k(4 * r as u32 + VMRGN_SIZE + 1)),
            cp_hpa: std::array::from_fn(|r| k(4 * r as u32 + VMRGN_HPA + 1)),
            k_vmrgn0: kk(SPR_VMRGN0),
            k_rgn_end: kk(SPR_VMRGN0 + VM_REGIONS * VMRGN_STRIDE),
            k_grain: kk(!((1u32 << VMRGN_GRAIN) - 1)),
            k_one: kk(1),
            k_f_size: k(VMRGN_SIZE),
            k_f_unused: k(VMRGN_STRIDE - 1),
            k_spr_vmcr: kk(SPR_VMCR),
            k_spr_vmexit: kk(SPR_VMEXIT),
            k_spr_vmsave: kk(SPR_VMSAVE),
            k_spr_venterr: kk(SPR_VMENTERR),
            k_err_save: kk(VMENTER_ERR_SAVE_AREA),
            k_lost: kk(VMEXIT_LOST),
            k_blob: kk(SEAL_BLOB_BYTES),
            k_addr_mask: kk(!UNCACHED_ADDR_MASK),
            k_no_save: kk(0xffff_ffff),
            k_spr_smepcr: kk(SPR_SMEPCR),
            k_spr_smesr: kk(SPR_SMESR),
            k_spr_smevmcr: kk(SPR_SMEVMCR),
            k_spr_vmsel: kk(SPR_VMSEL),
            k_spr_vmptsel: kk(SPR_VMPTSEL),
            k_spr_vmpte: kk(SPR_VMPTE),
            info_addr: std::array::from_fn(|i| kk(SPR_VMEXINFO0 + i as u32)),
            info_gpr: std::array::from_fn(|i| k(3 + i as u32)),
            k_monitor: kk(VMCR_MONITOR),
            k_guest: kk(VMCR_GUEST),
            k_vmid_mask: kk(VMCR_VMID_MASK),
            k_vmcall: kk(EXIT_VMCALL),
            k_halt: kk(EXIT_HALT),
            k_last: k(SEAL_CTX_WORDS - 1),
            k_last_enter: k(SEQ_WORDS),
            k_vec_reset: kk(VEC_RESET),
            k_sr_reset: kk(SR_RESET),
            k_err_vmid: kk(VMENTER_ERR_VMID),
            k_err_free: kk(VMENTER_ERR_FREE),
            k_err_unlaunched: kk(VMENTER_ERR_UNLAUNCHED),
            k_slots: kk(VM_SLOTS),
        }
    }
}

impl Default for VmCtl {
    fn default() -> Self {
        VmCtl::new(false)
    }
}

impl Logic for VmCtl {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, vmcr_q, smepcr_q, smesr_q, smevmcr_q, vmsel_q, cause_q, host_sr_q, host_eear_q,
            host_pc_q, answer_q, vmid_q, seq, cnt, rd_word, rg_rd_q, ptsel_q, d_key_q, d_key_ok, i_key_q, i_key_ok,
            vmsave_q, save_q, venterr_q, pre, code_q
        );
        for j in 0..6 {
            self.info[j].clock.next = self.clock.val();
            self.info[j].d.next = self.info[j].q.val();
        }
        for j in 0..10 {
            self.l[j].clock.next = self.clock.val();
            self.l[j].d.next = self.l[j].q.val();
        }

        // ---- the world
        self.vmcr.next = self.vmcr_q.q.val().get_bits::<8>(0);
        self.monitor.next = (self.vmcr_q.q.val() & self.k_monitor.val()).any();
        self.guest.next = (self.vmcr_q.q.val() & self.k_guest.val()).any();
        self.host.next = !self.monitor.val() & !self.guest.val();
        self.smepcr.next = self.smepcr_q.q.val();
        self.smesr.next = self.smesr_q.q.val();
        self.host_sr.next = self.host_sr_q.q.val();
        self.host_eear.next = self.host_eear_q.q.val();
        self.host_pc.next = self.host_pc_q.q.val();
        self.r_pc.next = self.l[0].q.val();
        self.r_sr.next = self.l[1].q.val();
        self.r_epcr.next = self.l[2].q.val();
        self.r_eear.next = self.l[3].q.val();
        self.r_esr.next = self.l[4].q.val();
        self.r_maclo.next = self.l[5].q.val();
        self.r_machi.next = self.l[6].q.val();
        self.r_ttmr.next = self.l[7].q.val();
        self.r_ttcr.next = self.l[8].q.val();

        // ---- SPRs of group 24 (Ctrl lets only the monitor write them)
        self.is_grp.next = self.k_enabled.val() & (self.spr.addr.val().get_bits::<5>(11) == 24);
        self.spr.hit.next = self.is_grp.val();
        self.spr.rdata.next = 0.into();
        if self.is_grp.val() {
            if self.spr.addr.val() == self.k_spr_vmcr.val() {
                self.spr.rdata.next = self.vmcr_q.q.val();
            }
            if self.spr.addr.val() == self.k_spr_vmexit.val() {
                self.spr.rdata.next = self.cause_q.q.val();
            }
            if self.spr.addr.val() == self.k_spr_smepcr.val() {
                self.spr.rdata.next = self.smepcr_q.q.val();
            }
            if self.spr.addr.val() == self.k_spr_smesr.val() {
                self.spr.rdata.next = self.smesr_q.q.val();
            }
            if self.spr.addr.val() == self.k_spr_smevmcr.val() {
                self.spr.rdata.next = self.smevmcr_q.q.val();
            }
            if self.spr.addr.val() == self.k_spr_vmsel.val() {
                self.spr.rdata.next = self.vmsel_q.q.val();
            }
            if self.spr.addr.val() == self.k_spr_vmsave.val() {
                self.spr.rdata.next = self.vmsave_q.q.val();
            }
            if self.spr.addr.val() == self.k_spr_venterr.val() {
                self.spr.rdata.next = self.venterr_q.q.val();
            }
            if self.spr.addr.val() == self.k_spr_vmptsel.val() {
                self.spr.rdata.next = bit_cast::<32, PT_BITS>(self.ptsel_q.q.val()) << 12;
            }
            // the D copy reads VMPTSEL's page in the monitor (below); an
            // l.mtspr before this l.mfspr serialised the pipeline
            if self.spr.addr.val() == self.k_spr_vmpte.val() {
                self.spr.rdata.next = bit_cast::<32, PTE_BITS>(self.pt_d.read_data.val());
            }
            for j in 0..6 {
                if self.spr.addr.val() == self.info_addr[j].val() {
                    self.spr.rdata.next = self.info[j].q.val();
                }
            }
        }
        if self.spr.we.val() & self.is_grp.val() {
            if self.spr.addr.val() == self.k_spr_smepcr.val() {
                self.smepcr_q.d.next = self.spr.wdata.val();
            }
            if self.spr.addr.val() == self.k_spr_smesr.val() {
                self.smesr_q.d.next = self.spr.wdata.val();
            }
            if self.spr.addr.val() == self.k_spr_vmsel.val() {
                self.vmsel_q.d.next = self.spr.wdata.val();
            }
            if self.spr.addr.val() == self.k_spr_vmsave.val() {
                self.vmsave_q.d.next = self.spr.wdata.val();
            }
            if self.spr.addr.val() == self.k_spr_vmptsel.val() {
                self.ptsel_q.d.next = self.spr.wdata.val().get_bits::<PT_BITS>(12);
            }
        }

        // ---- slots: VMSTATE through VMSEL
        self.vmid_m1.next = self.vmid_q.q.val().get_bits::<3>(0) - 1;
        self.fresh.next = false;
        self.fresh_of_enter.next = false;
        self.slot_rd.next = 0.into();
        self.state_of_enter.next = 0.into();
        for i in 0..7 {
            self.slots[i].clock.next = self.clock.val();
            self.slots[i].reset.next = self.reset.val();
            self.slots[i].sel_id.next = self.vmsel_q.q.val();
            self.slots[i].addr.next = self.spr.addr.val();
            self.slots[i].we.next = self.spr.we.val() & self.is_grp.val();
            self.slots[i].wdata.next = self.spr.wdata.val();
            self.slots[i].run_id.next = self.vmid_q.q.val();
            self.slots[i].saved.next = self.seq.q.val() == SeqState::ExitDone;
            self.slot_rd.next = self.slot_rd.val() | self.slots[i].rdata.val();
            if self.slots[i].running.val() & self.slots[i].fresh.val() {
                self.fresh.next = true;
            }
            if self.enter_vmid.val() == self.slot_id[i].val() {
                self.state_of_enter.next = self.slots[i].state.val();
                self.fresh_of_enter.next = self.slots[i].fresh.val();
            }
        }

        if self.is_grp.val() {
            self.spr.rdata.next = self.spr.rdata.val() | self.slot_rd.val();
        }

        // ---- the region store: l.mtspr writes the selected slot's word as
        // it commits (the size as its mask word), l.mfspr reads it in two
        // cycles; during an entry the sequencer reads the guest's 16 words
        self.rg_spr.next = self.is_grp.val()
            & (self.spr.addr.val() >= self.k_vmrgn0.val())
            & (self.spr.addr.val() < self.k_rgn_end.val())
            & self.vmsel_q.q.val().any()
            & (self.vmsel_q.q.val() <= self.k_slots.val());
        self.rg_field.next = self.spr.addr.val().get_bits::<2>(0);
        self.rg_word.next = self.spr.wdata.val() & self.k_grain.val();
        if self.rg_field.val() == self.k_f_size.val() {
            self.rg_word.next = !(self.spr.wdata.val() - 1) & self.k_grain.val();
            if self.spr.wdata.val().any() {
                self.rg_word.next = (!(self.spr.wdata.val() - 1) & self.k_grain.val()) | self.k_one.val();
            }
        }
        self.rgn.read_clock.next = self.clock.val();
        self.rgn.write_clock.next = self.clock.val();
        self.rgn.write_enable.next = self.spr.we.val() & self.rg_spr.val() & (self.rg_field.val() != self.k_f_unused.val());
        self.rg_addr.next = (bit_cast::<7, 3>(self.vmsel_q.q.val().get_bits::<3>(0) - 1) << 4)
            | bit_cast::<7, 4>(self.spr.addr.val().get_bits::<4>(0));
        self.rgn.write_address.next = self.rg_addr.val();
        self.rgn.write_data.next = self.rg_word.val();
        self.rgn.read_address.next = self.rg_addr.val();
        if self.seq.q.val() == SeqState::Enter {
            self.rgn.read_address.next = (bit_cast::<7, 3>(self.vmid_m1.val()) << 4) | bit_cast::<7, 4>(self.cnt.q.val().get_bits::<4>(0));
        }
        self.rg_rd.next = self.spr.rreq.val() & self.rg_spr.val();
        self.rg_rd_q.d.next = self.rg_rd.val() & !self.rg_rd_q.q.val();
        self.spr.busy.next = self.rg_rd.val() & !self.rg_rd_q.q.val();
        if self.rg_spr.val() {
            self.spr.rdata.next = 0.into();
            if self.rg_field.val() != self.k_f_unused.val() {
                self.spr.rdata.next = self.rgn.read_data.val();
            }
            if self.rg_field.val() == self.k_f_size.val() {
                self.spr.rdata.next = 0.into();
                if self.rgn.read_data.val().get_bit(0) {
                    self.spr.rdata.next = !(self.rgn.read_data.val() & self.k_grain.val()) + 1;
                }
            }
        }

        // ---- l.vmenter: refused by the slot table at once; else MEM waits
        // while the save area is checked (its page-table entry read through
        // the D copy) and, unless the slot is fresh, the blob unsealed
        self.state_code.next = 0.into();
        if self.state_of_enter.val() == 1 {
            self.state_code.next = self.k_err_unlaunched.val();
        }
        if self.state_of_enter.val() == 0 {
            self.state_code.next = self.k_err_free.val();
        }
        if !self.enter_vmid.val().any() | (self.enter_vmid.val() > self.k_slots.val()) {
            self.state_code.next = self.k_err_vmid.val();
        }
        self.enter_code.next = self.state_code.val();
        if !self.state_code.val().any() & (self.pre.q.val() == PreState::Ready) {
            self.enter_code.next = self.code_q.q.val();
        }
        self.enter_wait.next =
            self.k_enabled.val() & self.enter_req.val() & !self.state_code.val().any() & (self.pre.q.val() != PreState::Ready);
        self.save_ok.next = !self.save_q.q.val().get_bits::<8>(0).any()
            & ((self.save_q.q.val() + self.k_blob.val()) <= self.ram_bytes.val())
            & !self.pt_d.read_data.val().get_bits::<4>(0).any();
        self.sl_unseal.next = false;
        self.sl_vmid.next = self.enter_vmid.val().get_bits::<3>(0);
        if self.seq.q.val() == SeqState::SealCmd {
            self.sl_vmid.next = self.vmid_q.q.val().get_bits::<3>(0);
        }
        self.sl_addr.next = self.save_q.q.val();
        match self.pre.q.val() {
            PreState::Idle => {
                if self.enter_wait.val() {
                    self.save_q.d.next = self.vmsave_q.q.val() & self.k_addr_mask.val();
                    self.pre.d.next = PreState::Read;
                }
            }
            PreState::Read => {
                self.pre.d.next = PreState::Decide;
            }
            PreState::Decide => {
                self.code_q.d.next = 0.into();
                self.pre.d.next = PreState::Ready;
                if !self.save_ok.val() {
                    self.code_q.d.next = self.k_err_save.val();
                } else if !self.fresh_of_enter.val() {
                    self.sl_unseal.next = true;
                    self.pre.d.next = PreState::Unseal;
                }
            }
            PreState::Unseal => {
                if self.sl_done.val() {
                    self.code_q.d.next = bit_cast::<32, 8>(self.sl_code.val());
                    self.pre.d.next = PreState::Ready;
                }
            }
            PreState::Ready => {
                if self.enter_commit.val() | !self.enter_req.val() {
                    self.pre.d.next = PreState::Idle;
                }
            }
        }
        if self.enter_commit.val() {
            self.venterr_q.d.next = self.enter_code.val();
        }
        // the slot life cycle: a create or destroy zeroes its seal counter
        self.sl_clear.next = false;
        for i in 0..7 {
            if self.slots[i].renew.val() {
                self.sl_clear.next = true;
            }
        }
        self.sl_clear_vmid.next = self.vmsel_q.q.val().get_bits::<3>(0);

        // ---- the page table: VMPTE writes go to both copies at VMPTSEL's
        // page, which then advances. Each copy reads the page of its port's
        // `rd_addr` (the D copy VMPTSEL's in the monitor, for l.mfspr) and
        // answers next cycle for that page, unless a write raced the read.
        self.pt_we.next = self.spr.we.val() & self.is_grp.val() & (self.spr.addr.val() == self.k_spr_vmpte.val());
        self.pt_d.read_clock.next = self.clock.val();
        self.pt_d.write_clock.next = self.clock.val();
        self.pt_i.read_clock.next = self.clock.val();
        self.pt_i.write_clock.next = self.clock.val();
        self.pt_d.write_enable.next = self.pt_we.val();
        self.pt_i.write_enable.next = self.pt_we.val();
        self.pt_d.write_address.next = self.ptsel_q.q.val();
        self.pt_i.write_address.next = self.ptsel_q.q.val();
        self.pt_d.write_data.next = self.spr.wdata.val().get_bits::<PTE_BITS>(0);
        self.ptw_we.next = self.pt_we.val();
        self.ptw_page.next = self.ptsel_q.q.val();
        self.ptw_entry.next = self.spr.wdata.val().get_bits::<PTE_BITS>(0);
        self.pt_i.write_data.next = self.spr.wdata.val().get_bits::<4>(0);
        if self.pt_we.val() {
            self.ptsel_q.d.next = self.ptsel_q.q.val() + 1;
        }
        self.d_key.next = self.d_host.rd_addr.val().get_bits::<KEY_BITS>(12);
        self.i_key.next = self.i_host.rd_addr.val().get_bits::<KEY_BITS>(12);
        self.pt_d.read_address.next = self.d_key.val().get_bits::<PT_BITS>(0);
        if self.monitor.val() {
            self.pt_d.read_address.next = self.ptsel_q.q.val();
        }
        if self.pre.q.val() == PreState::Read {
            self.pt_d.read_address.next = self.save_q.q.val().get_bits::<PT_BITS>(12);
        }
        self.pt_i.read_address.next = self.i_key.val().get_bits::<PT_BITS>(0);
        self.d_key_q.d.next = self.d_key.val();
        self.i_key_q.d.next = self.i_key.val();
        self.d_key_ok.d.next = !self.pt_we.val() & !self.monitor.val() & (self.pre.q.val() != PreState::Read);
        self.i_key_ok.d.next = !self.pt_we.val();
        // a page beyond the table is not RAM: nobody's
        self.d_host.page.next = self.d_key_q.q.val();
        self.d_host.page_ok.next = self.d_key_ok.q.val();
        self.d_host.owned.next = !self.d_key_q.q.val().get_bits::<5>(14).any() & self.pt_d.read_data.val().get_bits::<4>(0).any();
        self.d_host.hr.next = self.pt_d.read_data.val().get_bit(5);
        self.d_host.hw.next = self.pt_d.read_data.val().get_bit(6);
        self.d_host.active.next = self.k_enabled.val() & self.host.val();
        self.i_host.page.next = self.i_key_q.q.val();
        self.i_host.page_ok.next = self.i_key_ok.q.val();
        self.i_host.owned.next = !self.i_key_q.q.val().get_bits::<5>(14).any() & self.pt_i.read_data.val().any();
        // the host never executes a VM's page: the I copy keeps the owner only
        self.i_host.hr.next = false;
        self.i_host.hw.next = false;
        self.i_host.active.next = self.k_enabled.val() & self.host.val();

        // ---- region checks: a guest through its live regions
        self.g_hit.next = false;
        self.g_hpa.next = 0.into();
        self.g_hit_m.next = false;
        self.g_hpa_m.next = 0.into();
        self.g_hit_i.next = false;
        self.g_hpa_i.next = 0.into();
        for r in 0..4 {
            self.live[r].clock.next = self.clock.val();
            self.live[r].reset.next = self.reset.val();
            self.live[r].wdata.next = self.rgn.read_data.val();
            self.live[r].we_gpa.next = (self.seq.q.val() == SeqState::Enter) & (self.cnt.q.val() == self.cp_gpa[r].val());
            self.live[r].we_size.next = (self.seq.q.val() == SeqState::Enter) & (self.cnt.q.val() == self.cp_size[r].val());
            self.live[r].we_hpa.next = (self.seq.q.val() == SeqState::Enter) & (self.cnt.q.val() == self.cp_hpa[r].val());
            if self.live[r].valid.val() & ((self.d_ex.pa.val() & self.live[r].mask.val()) == self.live[r].gpa.val()) {
                self.g_hit.next = true;
                self.g_hpa.next = self.live[r].hpa.val() | (self.d_ex.pa.val() & !self.live[r].mask.val());
            }
            if self.live[r].valid.val() & ((self.d_mem.pa.val() & self.live[r].mask.val()) == self.live[r].gpa.val()) {
                self.g_hit_m.next = true;
                self.g_hpa_m.next = self.live[r].hpa.val() | (self.d_mem.pa.val() & !self.live[r].mask.val());
            }
            if self.live[r].valid.val() & ((self.ifetch.pa.val() & self.live[r].mask.val()) == self.live[r].gpa.val()) {
                self.g_hit_i.next = true;
                self.g_hpa_i.next = self.live[r].hpa.val() | (self.ifetch.pa.val() & !self.live[r].mask.val());
            }
        }
        self.d_ex.hpa.next = self.d_ex.pa.val();
        self.d_mem.hpa.next = self.d_mem.pa.val();
        self.ifetch.hpa.next = self.ifetch.pa.val();
        self.d_ex.vmexit.next = false;
        self.d_mem.vmexit.next = false;
        self.ifetch.vmexit.next = false;
        if self.guest.val() {
            self.d_ex.hpa.next = self.g_hpa.val();
            self.d_mem.hpa.next = self.g_hpa_m.val();
            self.ifetch.hpa.next = self.g_hpa_i.val();
            self.d_ex.vmexit.next = !self.g_hit.val();
            self.d_mem.vmexit.next = !self.g_hit_m.val();
            self.ifetch.vmexit.next = !self.g_hit_i.val();
        }

        // ---- world changes (none without the monitor world: its state
        // then stays at reset and synthesis removes it)
        if self.smc.val() & self.k_enabled.val() {
            self.smepcr_q.d.next = self.pc.val() + 4;
            self.smesr_q.d.next = self.caller_sr.val();
            self.smevmcr_q.d.next = self.vmcr_q.q.val();
            self.vmcr_q.d.next = self.k_monitor.val();
        }
        if self.smret.val() & self.k_enabled.val() {
            self.vmcr_q.d.next = self.smevmcr_q.q.val();
        }
        self.world_change.next = (self.enter.val() | self.exit.val()) & self.k_enabled.val();
        if self.enter.val() & self.k_enabled.val() {
            self.vmid_q.d.next = self.enter_vmid.val();
            self.answer_q.d.next = self.enter_answer.val();
            self.host_sr_q.d.next = self.sr.val();
            self.host_eear_q.d.next = self.eear.val();
            self.host_pc_q.d.next = self.pc.val();
            self.vmcr_q.d.next = self.k_guest.val() | ((self.enter_vmid.val() << 4) & self.k_vmid_mask.val());
            self.seq.d.next = SeqState::Enter;
            self.cnt.d.next = 0.into();
        }
        if self.exit.val() & self.k_enabled.val() {
            self.cause_q.d.next = self.exit_cause.val() | (self.vmid_q.q.val() << 8);
            self.info[0].d.next = self.exit_info0.val();
            self.info[1].d.next = self.exit_info1.val();
            self.info[2].d.next = 0.into();
            self.info[3].d.next = 0.into();
            self.info[4].d.next = 0.into();
            self.info[5].d.next = 0.into();
            self.l[0].d.next = self.exit_pc.val();
            self.l[1].d.next = self.sr.val();
            self.l[2].d.next = self.epcr.val();
            self.l[3].d.next = self.eear.val();
            self.l[4].d.next = self.esr.val();
            self.l[5].d.next = self.maclo.val();
            self.l[6].d.next = self.machi.val();
            self.l[7].d.next = self.ttmr.val();
            self.l[8].d.next = self.ttcr.val();
            self.l[9].d.next = 0.into();
            if self.exit_cause.val() == self.k_vmcall.val() {
                self.l[9].d.next = 1.into();
            }
            self.vmcr_q.d.next = 0.into();
            self.seq.d.next = SeqState::Exit;
            self.cnt.d.next = 0.into();
        }

        // ---- the sequencer
        self.busy.next = self.seq.q.val() != SeqState::Idle;
        self.exit_done.next = self.seq.q.val() == SeqState::ExitDone;
        self.enter_done.next = self.seq.q.val() == SeqState::EnterDone;
        self.rf_raddr.next = self.cnt.q.val().get_bits::<5>(0);
        self.rf_we.next = false;
        self.rf_waddr.next = self.cnt.q.val().get_bits::<5>(0);
        self.rf_wdata.next = 0.into();
        self.sl_seal.next = false;
        self.sl_ctx_we.next = false;
        self.sl_ctx_widx.next = self.cnt.q.val();
        self.sl_ctx_wdata.next = self.rf_rdata.val();
        // the entry reads the latches' words first (the hypercall flag
        // decides r11), then the GPRs
        self.word.next = self.cnt.q.val() - 10;
        if self.cnt.q.val() < 10 {
            self.word.next = self.cnt.q.val() + 32;
        }
        self.sl_ctx_ridx.next = self.word.val();
        self.rd_data.next = self.sl_ctx_rdata.val();
        if self.fresh.val() {
            self.rd_data.next = 0.into();
            if self.rd_word.q.val() == self.w_latch[0].val() {
                self.rd_data.next = self.k_vec_reset.val();
            }
            if self.rd_word.q.val() == self.w_latch[1].val() {
                self.rd_data.next = self.k_sr_reset.val();
            }
        }
        self.rd_word.d.next = self.word.val();
        match self.seq.q.val() {
            SeqState::Idle => {}
            SeqState::Exit => {
                // one GPR per cycle: to the buffer, cleared, and r3..r8
                // exposed by a hypercall (r3 by a halt); then the latches
                // and the reserved words (zero)
                self.sl_ctx_we.next = true;
                if self.cnt.q.val() < 32 {
                    self.rf_we.next = self.cnt.q.val().any();
                } else {
                    self.sl_ctx_wdata.next = 0.into();
                    for j in 0..10 {
                        if self.cnt.q.val() == self.w_latch[j].val() {
                            self.sl_ctx_wdata.next = self.l[j].q.val();
                        }
                    }
                }
                if self.cause_q.q.val().get_bits::<8>(0) == self.k_vmcall.val().get_bits::<8>(0) {
                    for j in 0..6 {
                        if self.cnt.q.val() == self.info_gpr[j].val() {
                            self.info[j].d.next = self.rf_rdata.val();
                        }
                    }
                }
                if (self.cause_q.q.val().get_bits::<8>(0) == self.k_halt.val().get_bits::<8>(0))
                    & (self.cnt.q.val() == self.info_gpr[0].val())
                {
                    self.info[0].d.next = self.rf_rdata.val();
                }
                self.cnt.d.next = self.cnt.q.val() + 1;
                if self.cnt.q.val() == self.k_last.val() {
                    self.seq.d.next = SeqState::SealCmd;
                }
            }
            SeqState::SealCmd => {
                self.sl_seal.next = true;
                self.seq.d.next = SeqState::SealWait;
            }
            SeqState::SealWait => {
                // a seal that could not be made: the context is gone
                if self.sl_done.val() {
                    if self.sl_code.val().any() {
                        self.cause_q.d.next = self.cause_q.q.val() | self.k_lost.val();
                    }
                    self.seq.d.next = SeqState::ExitDone;
                }
            }
            SeqState::Enter => {
                // the read of the last cycle arrives: a latch word, or a GPR
                // (r11 gets the answer after a hypercall)
                if self.cnt.q.val().any() {
                    if self.rd_word.q.val() >= 32 {
                        for j in 0..10 {
                            if self.rd_word.q.val() == self.w_latch[j].val() {
                                self.l[j].d.next = self.rd_data.val();
                            }
                        }
                    } else {
                        self.rf_we.next = self.rd_word.q.val().any();
                        self.rf_waddr.next = self.rd_word.q.val().get_bits::<5>(0);
                        self.rf_wdata.next = self.rd_data.val();
                        if (self.rd_word.q.val() == 11) & self.l[9].q.val().get_bit(0) {
                            self.rf_wdata.next = self.answer_q.q.val();
                        }
                    }
                }
                self.cnt.d.next = self.cnt.q.val() + 1;
                if self.cnt.q.val() == self.k_last_enter.val() {
                    self.seq.d.next = SeqState::EnterDone;
                }
            }
            SeqState::ExitDone => {
                self.seq.d.next = SeqState::Idle;
            }
            SeqState::EnterDone => {
                self.seq.d.next = SeqState::Idle;
            }
        }
        // without the monitor world the sequencers never leave Idle: said
        // here so that synthesis sees constants and removes them
        if !self.k_enabled.val() {
            self.seq.d.next = SeqState::Idle;
            self.pre.d.next = PreState::Idle;
        }
        if self.reset.val() {
            self.vmcr_q.d.next = 0.into();
            if self.k_enabled.val() {
                self.vmcr_q.d.next = self.k_monitor.val();
            }
            self.smepcr_q.d.next = self.k_vec_reset.val();
            self.smesr_q.d.next = self.k_sr_reset.val();
            self.smevmcr_q.d.next = 0.into();
            self.vmsel_q.d.next = 0.into();
            self.ptsel_q.d.next = 0.into();
            self.d_key_ok.d.next = false;
            self.i_key_ok.d.next = false;
            self.cause_q.d.next = 0.into();
            self.seq.d.next = SeqState::Idle;
            self.vmid_q.d.next = 0.into();
            self.vmsave_q.d.next = self.k_no_save.val();
            self.venterr_q.d.next = 0.into();
            self.pre.d.next = PreState::Idle;
        }
    }
}
