//! The core's top: the five-stage pipeline (IF, ID, EX, MEM, WB), its
//! forwarding and stall logic, and the wiring of the units.
//!
//! * IF (`fetch.rs`) streams instructions into the ID register; the IMMU
//!   (`mmu.rs`) translates them and the I-cache serves them.
//! * ID decodes, reads the register file and resolves every operand by
//!   forwarding from EX, MEM, WB and the write of the previous cycle; an
//!   operand whose producer has no value yet (a load, l.mfspr, a multiply
//!   or divide in progress) stalls ID.
//! * EX runs the ALU, multiplier, divider, MAC and branch unit. Branches
//!   resolve here, once their delay slot is in ID; a taken branch redirects
//!   fetch. Flag (F, CY, OV) and MAC updates are written when the
//!   instruction leaves EX, unless the instruction ahead of it traps then.
//! * MEM performs the data access (DMMU, LSU, D-cache) and SPR accesses,
//!   and is the commit point: `ctrl.rs` decides exceptions, l.rfe,
//!   l.mtspr, l.swa and interrupts here, in program order, and squashes
//!   everything younger.
//! * WB writes the register file and drives the retirement port.
//!
//! Stage moves: the pipeline registers load on `id_advance`/`ex_move`,
//! which do not wait for the flush decision (a flush then clears the valid
//! bits), so the wide clock enables hang off the data bus's `ack` through
//! as little logic as possible. Architectural writes in EX use
//! `ex_advance` (= `ex_move` without a flush).
//!
//! SPRs: `Ctrl` drives the SPR bus and every unit answers for its own
//! registers (`ports::SprPort`); the value an l.mfspr reads is the OR of
//! the answers.
use crate::ctrl::Ctrl;
use crate::dcache::DCache;
use crate::decode::Decoder;
use crate::execute::Execute;
use crate::fetch::Fetch;
use crate::icache::ICache;
use crate::lsu::Lsu;
use crate::mac::Mac;
use crate::mmu::Mmu;
use crate::pic::Pic;
use crate::ports::{PerfEvents, SealPort, WishboneMaster, OWNER_BITS};
use crate::regfile::RegFile;
use crate::tick::TickTimer;
use crate::vm::{VmCtl, KEY_BITS};
use crate::{block_default, k};
use or1k_arch::*;
use rust_hdl::prelude::*;

/// The core's caches: `ICache<log2 sets, log2 words>`, geometry from
/// or1k-arch (what ICCFGR/DCCFGR report).
type CoreICache = ICache<{ ICACHE_SETS_LOG2 as usize }, { (ICACHE_SETS_LOG2 + CACHE_LINE_BYTES.trailing_zeros() - 2) as usize }>;
type CoreDCache = DCache<{ DCACHE_SETS_LOG2 as usize }, { (DCACHE_SETS_LOG2 + CACHE_LINE_BYTES.trailing_zeros() - 2) as usize }>;

/// The OR1K core.
///
/// Two Wishbone B3 masters (`ports::WishboneMaster`): `iwb` for
/// instruction fetch, `dwb` for loads and stores; `tga` carries the
/// access's origin.
///
/// The `rt_*` port reports, for simulation, every instruction that leaves
/// the pipeline: `rt_valid` for one cycle per retired instruction, per
/// instruction that raised an exception (`rt_exc_valid`, `rt_exc_vec`), and
/// per interrupt taken (`rt_intr`, with `rt_pc` = the address the handler
/// returns to and no instruction). Fields mirror `vmsp_iss::Retired`.
// rust-hdl writes bit offsets as literals: the owner tag is read from the
// origin at these positions
const _: () = assert!(TGA_MONITOR == 1 << 2 && TGA_VMID_SHIFT == 4 && OWNER_BITS == 4);

#[derive(LogicBlock)]
pub struct Core {
    pub clock: Signal<In, Clock>,
    /// Synchronous, active high. Execution starts at VEC_RESET (0x100).
    pub reset: Signal<In, Bit>,

    /// Instruction bus (read-only): the I-cache's line refills, or
    /// uncached fetches passed through.
    pub iwb: WishboneMaster,
    /// Data bus: the D-cache's burst write-backs and refills, or uncached
    /// loads and stores passed through as classic cycles.
    pub dwb: WishboneMaster,

    /// PIC interrupt lines (level sensitive, active high); line 2 is the UART.
    pub irq: Signal<In, Bits<32>>,

    pub rt_valid: Signal<Out, Bit>,
    pub rt_pc: Signal<Out, Bits<32>>,
    /// Instruction word (0 for an interrupt or an instruction-fetch fault).
    pub rt_insn: Signal<Out, Bits<32>>,
    /// GPR write (never r0) and its value.
    pub rt_rd_we: Signal<Out, Bit>,
    pub rt_rd: Signal<Out, Bits<5>>,
    pub rt_rd_val: Signal<Out, Bits<32>>,
    /// SR after the instruction (after exception entry when one was taken).
    pub rt_sr: Signal<Out, Bits<32>>,
    /// Store performed: physical address, size in bytes (1, 2, 4), value
    /// (right-aligned, e.g. a byte store reports 0..=255).
    pub rt_mw_valid: Signal<Out, Bit>,
    pub rt_mw_addr: Signal<Out, Bits<32>>,
    pub rt_mw_size: Signal<Out, Bits<3>>,
    pub rt_mw_data: Signal<Out, Bits<32>>,
    /// Exception taken by this instruction, vector address (0x100..0xe00).
    pub rt_exc_valid: Signal<Out, Bit>,
    pub rt_exc_vec: Signal<Out, Bits<32>>,
    /// An interrupt (tick 0x500 / external 0x800 in `rt_exc_vec`) was taken.
    pub rt_intr: Signal<Out, Bit>,
    /// r3 as read by this instruction: the argument of the `l.nop`
    /// simulator hooks (exit code, report value, character).
    pub rt_r3: Signal<Out, Bits<32>>,
    /// This cycle's events for the performance counters (`perf.rs`).
    pub perf: PerfEvents,
    /// The security monitor faulted: the core has stopped for good.
    pub halted: Signal<Out, Bit>,
    /// The VM page table's writes (`vm::VmCtl::ptw_*`), for the
    /// memory-encryption engine's copy.
    pub pt_we: Signal<Out, Bit>,
    pub pt_page: Signal<Out, Bits<{ crate::vm::PT_BITS }>>,
    pub pt_entry: Signal<Out, Bits<{ crate::vm::PTE_BITS }>>,
    /// The context-sealing engine (docs/SEALING.md), and the RAM size
    /// decoded (a save area must lie inside it).
    pub seal: SealPort,
    pub ram_bytes: Signal<In, Bits<32>>,

    // ---- units
    fetch: Fetch,
    rf: RegFile,
    id_dec: Decoder,
    exu: Execute,
    mac: Mac,
    lsu: Lsu,
    tick: TickTimer,
    pic: Pic,
    immu: Mmu,
    dmmu: Mmu,
    icache: CoreICache,
    dcache: CoreDCache,
    ctrl: Ctrl,
    /// Worlds, VM slots and regions, the VM entry/exit sequencer.
    vm: VmCtl,
    /// The running guest's tick timer (TTMR/TTCR in guest mode).
    gtick: TickTimer,

    /// l.lwa reservation: address and the value loaded.
    resv_valid: DFF<Bit>,
    resv_addr: DFF<Bits<32>>,
    resv_val: DFF<Bits<32>>,

    // ---- ID
    /// The instruction issued last was a jump/branch: the next is its delay slot.
    ds_next: DFF<Bit>,
    id_op_a: Signal<Local, Bits<32>>,
    id_op_b: Signal<Local, Bits<32>>,
    id_rb: Signal<Local, Bits<5>>,
    id_stall_a: Signal<Local, Bit>,
    id_stall_b: Signal<Local, Bit>,
    id_hazard: Signal<Local, Bit>,
    /// ID's instruction moves to EX (the ID/EX registers load; a flush in
    /// the same cycle clears `ex_valid`).
    id_advance: Signal<Local, Bit>,
    id_exc: Signal<Local, Bit>,
    id_vec: Signal<Local, Bits<32>>,
    /// Static prediction: ID's instruction is l.j, l.jal or a backward
    /// l.bf/l.bnf, not in a delay slot; fetch jumps to `id_pred_pc`
    /// after its delay slot.
    id_pred: Signal<Local, Bit>,
    id_pred_pc: Signal<Local, Bits<32>>,

    // ---- EX
    ex_valid: DFF<Bit>,
    ex_pc: DFF<Bits<32>>,
    ex_insn: DFF<Bits<32>>,
    ex_a: DFF<Bits<32>>,
    ex_b: DFF<Bits<32>>,
    ex_ds: DFF<Bit>,
    /// The branch in EX was predicted taken: fetch is on its target.
    ex_pred: DFF<Bit>,
    ex_exc: DFF<Bit>,
    ex_vec: DFF<Bits<32>>,
    /// Cycles the instruction has spent in EX (multiplier/divider timing).
    ex_cyc: DFF<Bits<6>>,
    /// Where the delay slot of the last branch to leave EX continues.
    br_next: DFF<Bits<32>>,
    ex_ok: Signal<Local, Bit>,
    /// EX's instruction moves to MEM (the EX/MEM registers load).
    ex_move: Signal<Local, Bit>,
    /// It moves and is not flushed: its flag and MAC writes happen.
    ex_advance: Signal<Local, Bit>,
    ex_write: Signal<Local, Bit>,

    // ---- MEM
    mem_valid: DFF<Bit>,
    mem_pc: DFF<Bits<32>>,
    mem_insn: DFF<Bits<32>>,
    mem_npc: DFF<Bits<32>>,
    mem_ds: DFF<Bit>,
    mem_a: DFF<Bits<32>>,
    mem_b: DFF<Bits<32>>,
    mem_result: DFF<Bits<32>>,
    mem_ea: DFF<Bits<32>>,
    mem_wr: DFF<Bit>,
    mem_rd: DFF<Bits<5>>,
    mem_exc: DFF<Bit>,
    mem_vec: DFF<Bits<32>>,
    mem_eear_we: DFF<Bit>,
    mem_eear: DFF<Bits<32>>,
    /// l.swa: the read of the compare-and-store has completed.
    mem_swa_wr: DFF<Bit>,
    /// l.swa: the word read equalled the reserved value.
    mem_swa_eq: DFF<Bit>,
    /// What MEM needs of the instruction, decoded in ID (MEM has no
    /// decoder): load (incl. l.lwa), store (incl. l.swa), l.swa, the SPR
    /// moves, l.rfe, a jump/branch, l.lwa, a signed load, the access size.
    ex_ld: DFF<Bit>,
    ex_st: DFF<Bit>,
    ex_swa: DFF<Bit>,
    ex_mfspr: DFF<Bit>,
    ex_mtspr: DFF<Bit>,
    ex_rfe: DFF<Bit>,
    ex_br: DFF<Bit>,
    ex_lwa: DFF<Bit>,
    ex_lsgn: DFF<Bit>,
    ex_size: DFF<Bits<3>>,
    ex_smc: DFF<Bit>,
    ex_vmcall: DFF<Bit>,
    ex_vmenter: DFF<Bit>,
    /// A fetch fault's physical address (a VM exit reports the gPA).
    ex_fpa: DFF<Bits<32>>,
    mem_smc: DFF<Bit>,
    mem_vmcall: DFF<Bit>,
    mem_vmenter: DFF<Bit>,
    /// A guest's region check of the data access, made in EX (from its
    /// effective address, or an l.mtspr's rB for the cache block
    /// registers) for an access without the DMMU, and with the DMMU's
    /// answer at the end of the first MEM cycle (`mem_xl_*`).
    mem_rg_hpa: DFF<Bits<32>>,
    mem_rg_exit: DFF<Bit>,
    mem_xl_gpa: DFF<Bits<32>>,
    mem_xl_rg_exit: DFF<Bit>,
    /// The host's page-table check of MEM's access (`vm.d_host`): it has
    /// its answer, and the answer was "a VM's page". Kept once it arrives,
    /// so a multi-cycle access never loses it.
    mem_pt_ok: DFF<Bit>,
    mem_pt_blk: DFF<Bit>,
    /// MEM holds a load, store or cache block operation; the address it
    /// is checked at, which is valid (with SR[DME] from the second cycle).
    mem_pt_use: Signal<Local, Bit>,
    mem_chk_pa: Signal<Local, Bits<32>>,
    mem_chk_valid: Signal<Local, Bit>,
    mem_pt_wait: Signal<Local, Bit>,
    /// The page table's answer is for MEM's access (or no check applies),
    /// and that page is a VM's.
    mem_pt_ready: Signal<Local, Bit>,
    mem_pt_owned: Signal<Local, Bit>,
    /// A host fetch waits a cycle for the page table (a new page).
    if_pt_ready: Signal<Local, Bit>,
    if_pt_wait: Signal<Local, Bit>,
    /// The running world's owner tag (or1k-arch `owner_tag` of the origin):
    /// what the caches' lines and the TLBs' entries are tagged with.
    owner: Signal<Local, Bits<OWNER_BITS>>,
    k_owner_monitor: Constant<Bits<OWNER_BITS>>,
    mem_rg_exit_now: Signal<Local, Bit>,
    mem_rg_blk_now: Signal<Local, Bit>,
    mem_rg_gpa: Signal<Local, Bits<32>>,
    mem_rg_fault: Signal<Local, Bit>,
    mem_nop_exit: Signal<Local, Bit>,
    mem_ld: DFF<Bit>,
    mem_st: DFF<Bit>,
    mem_swa: DFF<Bit>,
    mem_mfspr: DFF<Bit>,
    mem_mtspr: DFF<Bit>,
    mem_rfe: DFF<Bit>,
    mem_br: DFF<Bit>,
    mem_lwa: DFF<Bit>,
    mem_lsgn: DFF<Bit>,
    mem_size: DFF<Bits<3>>,
    /// The instruction in MEM entered it before this cycle.
    mem_age: DFF<Bit>,
    /// The DMMU's answer registered at the end of the instruction's first
    /// MEM cycle: with SR[DME] an access starts in its second cycle, so no
    /// path runs from the DTLB's RAM to the bus, the caches or the commit.
    mem_xl_paddr: DFF<Bits<32>>,
    mem_xl_ci: DFF<Bit>,
    mem_xl_fault: DFF<Bit>,
    mem_xl_vec: DFF<Bits<32>>,
    mem_pa: Signal<Local, Bits<32>>,
    mem_ci: Signal<Local, Bit>,
    mem_xl_wait: Signal<Local, Bit>,
    mem_ok: Signal<Local, Bit>,
    mem_late: Signal<Local, Bit>,
    /// l.swa: the reservation matches its address (from its second cycle).
    mem_swa_hit: DFF<Bit>,
    mem_swa_align: Signal<Local, Bit>,
    mem_access: Signal<Local, Bit>,
    mem_tlb_fault: Signal<Local, Bit>,
    mem_busy: Signal<Local, Bit>,
    mem_commit: Signal<Local, Bit>,
    mem_spr: Signal<Local, Bits<32>>,
    mem_spr_busy: Signal<Local, Bit>,
    mem_gpr_spr: Signal<Local, Bit>,
    mem_value: Signal<Local, Bits<32>>,
    mem_rd_we: Signal<Local, Bit>,
    mem_gpr_wr: Signal<Local, Bit>,
    mem_swa_ok: Signal<Local, Bit>,
    mem_store_done: Signal<Local, Bit>,

    // ---- WB
    wb_valid: DFF<Bit>,
    wb_pc: DFF<Bits<32>>,
    wb_insn: DFF<Bits<32>>,
    wb_we: DFF<Bit>,
    wb_rd: DFF<Bits<5>>,
    wb_val: DFF<Bits<32>>,
    wb_sr: DFF<Bits<32>>,
    wb_mw: DFF<Bit>,
    wb_mw_addr: DFF<Bits<32>>,
    wb_mw_size: DFF<Bits<3>>,
    wb_mw_data: DFF<Bits<32>>,
    wb_exc: DFF<Bit>,
    wb_vec: DFF<Bits<32>>,
    wb_r3: DFF<Bits<32>>,
    wb_hide_rd: DFF<Bit>,
    /// The instruction completed (a hypercall or a halt did, then exited).
    wb_ret: DFF<Bit>,
    /// An interrupt was entered after the instruction now in WB; reported
    /// on the retirement port in the next free cycle.
    intr_pend: DFF<Bit>,
    intr_pc: DFF<Bits<32>>,
    intr_vec: DFF<Bits<32>>,
    intr_sr: DFF<Bits<32>>,
    /// A taken branch in EX has redirected fetch already.
    br_done: DFF<Bit>,
    br_go: Signal<Local, Bit>,
    /// The branch in EX redirects fetch: taken and not predicted, or
    /// predicted and not taken (to the delay slot's successor).
    br_redirect: Signal<Local, Bit>,

    // ---- or1k-arch values
    k_vec_bus: Constant<Bits<32>>,
    k_vec_align: Constant<Bits<32>>,
    k_vec_illegal: Constant<Bits<32>>,
    k_vec_itlb: Constant<Bits<32>>,
    k_vec_ipf: Constant<Bits<32>>,
    k_vec_range: Constant<Bits<32>>,
    k_vec_sys: Constant<Bits<32>>,
    k_vec_trap: Constant<Bits<32>>,
    k_spr_gpr0: Constant<Bits<32>>,
    k_gpr_mask: Constant<Bits<32>>,
    k_uncached: Constant<Bits<32>>,
    k_vec_vmexit: Constant<Bits<32>>,
    k_nop_hi: Constant<Bits<8>>,
    k_nop_exit: Constant<Bits<16>>,
    k_spr_dcbir: Constant<Bits<32>>,
    k_spr_dcbfr: Constant<Bits<32>>,
    /// SPR groups of the cache block registers (D-cache, I-cache).
    k_grp_dc: Constant<Bits<5>>,
    k_grp_ic: Constant<Bits<5>>,
}

impl Core {
    /// The core; `monitor`: with the monitor world (reset enters the
    /// monitor ROM at SM_ROM_BASE + 0x100, docs/VIRT.md), else a plain
    /// OR1200-class core that starts at 0x100.
    pub fn new(monitor: bool) -> Core {
        Core {
            ctrl: Ctrl::new(monitor),
            vm: VmCtl::new(monitor),
            fetch: Fetch::new(if monitor { SM_ROM_BASE + VEC_RESET } else { VEC_RESET }),
            // VM-tagged caches and TLBs with the monitor world (docs/VIRT.md)
            immu: Mmu::immu().tagged(monitor),
            dmmu: Mmu::dmmu().tagged(monitor),
            icache: ICache::new(monitor),
            dcache: DCache::new(monitor),
            ..Core::default()
        }
    }
}

block_default!(Core {
    immu: Mmu::immu(),
    dmmu: Mmu::dmmu(),
    k_vec_bus: k(VEC_BUS_ERROR),
    k_vec_align: k(VEC_ALIGN),
    k_vec_illegal: k(VEC_ILLEGAL),
    k_vec_itlb: k(VEC_ITLB_MISS),
    k_vec_ipf: k(VEC_IPAGE_FAULT),
    k_vec_range: k(VEC_RANGE),
    k_vec_sys: k(VEC_SYSCALL),
    k_vec_trap: k(VEC_TRAP),
    k_spr_gpr0: k(SPR_GPR0),
    k_gpr_mask: k(!31),
    k_uncached: k(UNCACHED_ADDR_MASK),
    k_vec_vmexit: k(VEC_VMEXIT),
    k_nop_hi: k(NOP_INSN >> 24),
    k_nop_exit: k(NOP_EXIT),
    k_spr_dcbir: k(SPR_DCBIR),
    k_spr_dcbfr: k(SPR_DCBFR),
    owner: Default::default(),
    k_owner_monitor: Constant::new(bits(OWNER_MONITOR as u64)),
    k_grp_dc: k(spr_group(SPR_DCBFR)),
    k_grp_ic: k(spr_group(SPR_ICBIR)),
} defaults: [
    clock, reset, iwb, dwb, irq, rt_valid, rt_pc, rt_insn, rt_rd_we, rt_rd, rt_rd_val,
    rt_sr, rt_mw_valid, rt_mw_addr, rt_mw_size, rt_mw_data, rt_exc_valid, rt_exc_vec, rt_intr,
    rt_r3, perf, halted, pt_we, pt_page, pt_entry, seal, ram_bytes, fetch, rf, id_dec, exu, mac, lsu, tick, pic, icache, dcache, ctrl, vm, gtick,
    ex_smc, ex_vmcall, ex_vmenter, ex_fpa, mem_smc, mem_vmcall, mem_vmenter, mem_rg_hpa, mem_rg_exit,
    mem_xl_gpa, mem_xl_rg_exit, mem_pt_ok, mem_pt_blk, mem_pt_use, mem_chk_pa, mem_chk_valid, mem_pt_wait,
    mem_pt_ready, mem_pt_owned, if_pt_ready, if_pt_wait, mem_rg_exit_now, mem_rg_blk_now, mem_rg_gpa, mem_rg_fault, mem_nop_exit, wb_ret,
    resv_valid, resv_addr, resv_val, ds_next, id_op_a, id_op_b, id_rb, id_stall_a, id_stall_b,
    id_hazard, id_advance, id_exc, id_vec, id_pred, id_pred_pc, ex_valid, ex_pc, ex_insn, ex_a, ex_b, ex_ds, ex_pred, ex_exc,
    ex_vec, ex_cyc, br_next, ex_ok, ex_move, ex_advance, ex_write, mem_valid, mem_pc, mem_insn, mem_npc,
    mem_ds, mem_a, mem_b, mem_result, mem_ea, mem_wr, mem_rd, mem_exc, mem_vec, mem_eear_we,
    mem_eear, mem_swa_wr, mem_swa_eq, ex_ld, ex_st, ex_swa, ex_mfspr, ex_mtspr, ex_rfe, ex_br, ex_lwa, ex_lsgn, ex_size, mem_ld, mem_st, mem_swa, mem_mfspr, mem_mtspr, mem_rfe, mem_br, mem_lwa, mem_lsgn, mem_size, mem_age, mem_xl_paddr, mem_xl_ci, mem_xl_fault, mem_xl_vec, mem_pa, mem_ci,
    mem_xl_wait, mem_ok, mem_late, mem_swa_hit, mem_swa_align, mem_access, mem_tlb_fault,
    mem_busy, mem_commit, mem_spr, mem_spr_busy, mem_gpr_spr, mem_value, mem_rd_we, mem_gpr_wr,
    mem_swa_ok, mem_store_done, wb_valid, wb_pc, wb_insn, wb_we, wb_rd, wb_val, wb_sr, wb_mw,
    wb_mw_addr, wb_mw_size, wb_mw_data, wb_exc, wb_vec, wb_r3, wb_hide_rd, intr_pend, intr_pc, intr_vec, intr_sr, br_done, br_go, br_redirect,
]);

impl Logic for Core {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, resv_valid, resv_addr, resv_val, ds_next, ex_valid, ex_pc, ex_insn, ex_a,
            ex_b, ex_ds, ex_pred, ex_exc, ex_vec, ex_cyc, br_next, mem_valid, mem_pc, mem_insn, mem_npc, mem_ds,
            mem_a, mem_b, mem_result, mem_ea, mem_wr, mem_rd, mem_exc, mem_vec, mem_eear_we, mem_eear,
            mem_swa_wr, mem_swa_eq, ex_ld, ex_st, ex_swa, ex_mfspr, ex_mtspr, ex_rfe, ex_br, ex_lwa, ex_lsgn, ex_size, mem_ld, mem_st, mem_swa, mem_mfspr, mem_mtspr, mem_rfe, mem_br, mem_lwa, mem_lsgn, mem_size, mem_swa_hit, mem_age, mem_xl_paddr, mem_xl_ci, mem_xl_fault, mem_xl_vec, wb_valid, wb_pc, wb_insn, wb_we, wb_rd, wb_val, wb_sr, wb_mw, wb_mw_addr,
            wb_mw_size, wb_mw_data, wb_exc, wb_vec, wb_r3, wb_hide_rd,
            intr_pend, intr_pc, intr_vec, intr_sr, br_done, ex_smc, ex_vmcall, ex_vmenter, ex_fpa, mem_smc,
            mem_vmcall, mem_vmenter, mem_rg_hpa, mem_rg_exit, mem_xl_gpa, mem_xl_rg_exit, mem_pt_ok,
            mem_pt_blk, wb_ret
        );
        clock!(self, clock, fetch, rf, exu, mac, tick, pic, immu, dmmu, icache, dcache, ctrl, vm, gtick);
        self.vm.reset.next = self.reset.val();
        self.gtick.reset.next = self.reset.val();
        self.halted.next = self.ctrl.halted.val();
        self.pt_we.next = self.vm.ptw_we.val();
        self.pt_page.next = self.vm.ptw_page.val();
        self.pt_entry.next = self.vm.ptw_entry.val();
        self.seal.seal.next = self.vm.sl_seal.val();
        self.seal.unseal.next = self.vm.sl_unseal.val();
        self.seal.vmid.next = self.vm.sl_vmid.val();
        self.seal.addr.next = self.vm.sl_addr.val();
        self.vm.sl_done.next = self.seal.done.val();
        self.vm.sl_code.next = self.seal.code.val();
        self.seal.ctx_we.next = self.vm.sl_ctx_we.val();
        self.seal.ctx_widx.next = self.vm.sl_ctx_widx.val();
        self.seal.ctx_wdata.next = self.vm.sl_ctx_wdata.val();
        self.seal.ctx_ridx.next = self.vm.sl_ctx_ridx.val();
        self.vm.sl_ctx_rdata.next = self.seal.ctx_rdata.val();
        self.seal.clear.next = self.vm.sl_clear.val();
        self.seal.clear_vmid.next = self.vm.sl_clear_vmid.val();
        self.vm.ram_bytes.next = self.ram_bytes.val();
        self.fetch.reset.next = self.reset.val();
        self.mac.reset.next = self.reset.val();
        self.tick.reset.next = self.reset.val();
        self.pic.reset.next = self.reset.val();
        self.immu.reset.next = self.reset.val();
        self.dmmu.reset.next = self.reset.val();
        self.icache.reset.next = self.reset.val();
        self.dcache.reset.next = self.reset.val();
        self.ctrl.reset.next = self.reset.val();
        self.pic.lines.next = self.irq.val();

        // ---------------- SPR bus: Ctrl drives every unit's port
        // TTMR/TTCR reach the guest's timer in guest mode, the host's
        // otherwise (the other sees address 0, not its own)
        self.tick.spr.addr.next = self.ctrl.spr_addr.val();
        self.gtick.spr.addr.next = 0.into();
        if self.vm.guest.val() {
            self.tick.spr.addr.next = 0.into();
            self.gtick.spr.addr.next = self.ctrl.spr_addr.val();
        }
        self.tick.spr.wdata.next = self.ctrl.spr_wdata.val();
        self.tick.spr.rreq.next = self.ctrl.spr_rreq.val();
        self.tick.spr.wreq.next = self.ctrl.spr_wreq.val();
        self.tick.spr.we.next = self.ctrl.spr_we.val();
        self.gtick.spr.wdata.next = self.ctrl.spr_wdata.val();
        self.gtick.spr.rreq.next = self.ctrl.spr_rreq.val();
        self.gtick.spr.wreq.next = self.ctrl.spr_wreq.val();
        self.gtick.spr.we.next = self.ctrl.spr_we.val();
        self.tick.count.next = true;
        self.tick.load.next = false;
        self.tick.load_ttmr.next = 0.into();
        self.tick.load_ttcr.next = 0.into();
        self.gtick.count.next = self.vm.guest.val();
        self.gtick.load.next = self.vm.enter_done.val();
        self.gtick.load_ttmr.next = self.vm.r_ttmr.val();
        self.gtick.load_ttcr.next = self.vm.r_ttcr.val();
        self.vm.spr.addr.next = self.ctrl.spr_addr.val();
        self.vm.spr.wdata.next = self.ctrl.spr_wdata.val();
        self.vm.spr.rreq.next = self.ctrl.spr_rreq.val();
        self.vm.spr.wreq.next = self.ctrl.spr_wreq.val();
        self.vm.spr.we.next = self.ctrl.spr_we.val();
        self.pic.spr.addr.next = self.ctrl.spr_addr.val();
        self.pic.spr.wdata.next = self.ctrl.spr_wdata.val();
        self.pic.spr.rreq.next = self.ctrl.spr_rreq.val();
        self.pic.spr.wreq.next = self.ctrl.spr_wreq.val();
        self.pic.spr.we.next = self.ctrl.spr_we.val();
        self.mac.spr.addr.next = self.ctrl.spr_addr.val();
        self.mac.spr.wdata.next = self.ctrl.spr_wdata.val();
        self.mac.spr.rreq.next = self.ctrl.spr_rreq.val();
        self.mac.spr.wreq.next = self.ctrl.spr_wreq.val();
        self.mac.spr.we.next = self.ctrl.spr_we.val();
        self.immu.spr.addr.next = self.ctrl.spr_addr.val();
        self.immu.spr.wdata.next = self.ctrl.spr_wdata.val();
        self.immu.spr.rreq.next = self.ctrl.spr_rreq.val();
        self.immu.spr.wreq.next = self.ctrl.spr_wreq.val();
        self.immu.spr.we.next = self.ctrl.spr_we.val();
        self.dmmu.spr.addr.next = self.ctrl.spr_addr.val();
        self.dmmu.spr.wdata.next = self.ctrl.spr_wdata.val();
        self.dmmu.spr.rreq.next = self.ctrl.spr_rreq.val();
        self.dmmu.spr.wreq.next = self.ctrl.spr_wreq.val();
        self.dmmu.spr.we.next = self.ctrl.spr_we.val();
        self.icache.spr.addr.next = self.ctrl.spr_addr.val();
        self.icache.spr.wdata.next = self.ctrl.spr_wdata.val();
        self.icache.spr.rreq.next = self.ctrl.spr_rreq.val();
        self.icache.spr.wreq.next = self.ctrl.spr_wreq.val();
        self.icache.spr.we.next = self.ctrl.spr_we.val();
        self.dcache.spr.addr.next = self.ctrl.spr_addr.val();
        self.dcache.spr.wdata.next = self.ctrl.spr_wdata.val();
        self.dcache.spr.rreq.next = self.ctrl.spr_rreq.val();
        self.dcache.spr.wreq.next = self.ctrl.spr_wreq.val();
        self.dcache.spr.we.next = self.ctrl.spr_we.val();
        // the host's page-table check (docs/VIRT.md): the D copy answers
        // for the page it read last cycle (its read address is set in EX,
        // below); an access whose answer is not there waits a cycle
        self.mem_pt_use.next = self.mem_valid.q.val()
            & (self.mem_ld.q.val()
                | self.mem_st.q.val()
                | (self.mem_mtspr.q.val()
                    & ((self.ctrl.spr_addr.val().get_bits::<5>(11) == self.k_grp_dc.val())
                        | (self.ctrl.spr_addr.val().get_bits::<5>(11) == self.k_grp_ic.val()))));
        self.mem_chk_pa.next = self.mem_rg_hpa.q.val();
        self.mem_chk_valid.next = true;
        if self.ctrl.sr_dme.val() & !self.mem_mtspr.q.val() {
            self.mem_chk_pa.next = self.mem_xl_paddr.q.val();
            self.mem_chk_valid.next = self.mem_age.q.val();
        }
        self.mem_pt_ready.next = !self.vm.d_host.active.val()
            | (self.vm.d_host.page_ok.val() & (self.vm.d_host.page.val() == self.mem_chk_pa.val().get_bits::<KEY_BITS>(12)));
        // a VM's page, unless its owner lets the host read (a load) or write
        // (a store) it; a cache block operation never
        self.mem_pt_owned.next = self.vm.d_host.active.val()
            & self.mem_pt_ready.val()
            & self.vm.d_host.owned.val()
            & !(self.mem_ld.q.val() & self.vm.d_host.hr.val())
            & !(self.mem_st.q.val() & self.vm.d_host.hw.val());
        self.mem_pt_wait.next = self.mem_pt_use.val()
            & self.mem_chk_valid.val()
            & !self.mem_pt_ok.q.val()
            & !self.mem_pt_ready.val();
        self.mem_rg_blk_now.next = self.mem_pt_blk.q.val();
        if !self.mem_pt_ok.q.val() {
            self.mem_rg_blk_now.next = self.mem_chk_valid.val() & self.mem_pt_owned.val();
        }
        // the cache block registers take the address as the region check
        // of EX left it: a guest's gPA translated, nothing for an address
        // the caller may not reach; a guest's DCBIR writes back first
        self.icache.spr.wdata.next = self.mem_rg_hpa.q.val();
        self.dcache.spr.wdata.next = self.mem_rg_hpa.q.val();
        if self.vm.guest.val() & (self.ctrl.spr_addr.val() == self.k_spr_dcbir.val()) {
            self.dcache.spr.addr.next = self.k_spr_dcbfr.val();
        }
        if self.mem_rg_exit.q.val() | self.mem_rg_blk_now.val() | self.mem_pt_wait.val() {
            self.icache.spr.wreq.next = false;
            self.icache.spr.we.next = false;
            self.dcache.spr.wreq.next = false;
            self.dcache.spr.we.next = false;
        }
        self.mem_spr_busy.next = self.tick.spr.busy.val()
            | self.pic.spr.busy.val()
            | self.mac.spr.busy.val()
            | self.immu.spr.busy.val()
            | self.dmmu.spr.busy.val()
            | self.icache.spr.busy.val()
            | self.dcache.spr.busy.val()
            | self.gtick.spr.busy.val()
            | self.vm.spr.busy.val();
        // the GPR window: only `l.mfspr rD,r0,GPR0+n` (operand B was read from GPR n)
        self.mem_gpr_spr.next = (self.mem_ea.q.val() & self.k_gpr_mask.val()) == self.k_spr_gpr0.val();
        self.mem_spr.next = self.ctrl.spr_rdata.val()
            | self.tick.spr.rdata.val()
            | self.pic.spr.rdata.val()
            | self.mac.spr.rdata.val()
            | self.immu.spr.rdata.val()
            | self.dmmu.spr.rdata.val()
            | self.icache.spr.rdata.val()
            | self.dcache.spr.rdata.val()
            | self.gtick.spr.rdata.val()
            | self.vm.spr.rdata.val();
        if self.mem_gpr_spr.val() & !self.mem_insn.q.val().get_bits::<5>(16).any() {
            self.mem_spr.next = self.mem_b.q.val();
        }

        // ---------------- MMUs and caches
        // (the origin's bits: TGA_MONITOR is bit 2, the VMID bits 7..4)
        self.owner.next = self.ctrl.origin.val().get_bits::<OWNER_BITS>(4);
        if self.ctrl.origin.val().get_bit(2) {
            self.owner.next = self.k_owner_monitor.val();
        }
        self.immu.owner.next = self.owner.val();
        self.dmmu.owner.next = self.owner.val();
        self.icache.owner.next = self.owner.val();
        self.dcache.owner.next = self.owner.val();
        self.immu.enable.next = self.ctrl.sr_ime.val();
        self.immu.sm.next = self.ctrl.sr_sm.val();
        self.immu.next_vaddr.next = self.fetch.pc_next.val();
        self.immu.write.next = false;
        self.immu.world_change.next = self.vm.world_change.val();
        self.dmmu.world_change.next = self.vm.world_change.val();
        // fetch: the IMMU's answer through the region check (a guest's) or
        // the page table (the host's: the table answers for the page read
        // last cycle, so a fetch from a new page waits one cycle)
        self.vm.ifetch.pa.next = self.immu.xlate.paddr.val();
        self.vm.i_host.rd_addr.next = self.immu.xlate.paddr.val();
        self.if_pt_ready.next = !self.vm.i_host.active.val()
            | (self.vm.i_host.page_ok.val()
                & (self.vm.i_host.page.val() == self.immu.xlate.paddr.val().get_bits::<KEY_BITS>(12)));
        self.if_pt_wait.next = self.immu.xlate.ready.val() & !self.if_pt_ready.val();
        self.fetch.fault_pa.next = self.immu.xlate.paddr.val();
        self.fetch.immu.ready.next = self.immu.xlate.ready.val() & !self.if_pt_wait.val();
        self.fetch.immu.hit.next = self.immu.xlate.hit.val();
        self.fetch.immu.allowed.next = self.immu.xlate.allowed.val();
        self.fetch.immu.paddr.next = self.vm.ifetch.hpa.val();
        self.fetch.immu.ci.next = self.immu.xlate.ci.val();
        self.fetch.immu.fault.next = self.immu.xlate.fault.val()
            | (self.immu.xlate.ready.val()
                & (self.vm.ifetch.vmexit.val() | (self.vm.i_host.active.val() & self.if_pt_ready.val() & self.vm.i_host.owned.val())));
        self.fetch.immu.fault_vec.next = self.immu.xlate.fault_vec.val();
        if !self.immu.xlate.fault.val() {
            if self.vm.ifetch.vmexit.val() {
                self.fetch.immu.fault_vec.next = self.k_vec_vmexit.val();
            } else {
                self.fetch.immu.fault_vec.next = self.k_vec_bus.val();
            }
        }
        self.fetch.origin.next = self.ctrl.origin.val();
        WishboneMaster::join(&mut self.fetch.iwb, &mut self.icache.f);
        self.icache.enable.next = self.ctrl.sr_ice.val();
        self.icache.f_ci.next = self.immu.xlate.ci.val();
        self.fetch.cached.next = self.ctrl.sr_ice.val() & !self.immu.xlate.ci.val();
        WishboneMaster::link(&mut self.iwb, &mut self.icache.m);

        self.dmmu.enable.next = self.ctrl.sr_dme.val();
        self.dmmu.sm.next = self.ctrl.sr_sm.val();
        self.dmmu.write.next = self.mem_st.q.val();
        self.lsu.origin.next = self.ctrl.origin.val();
        WishboneMaster::join(&mut self.lsu.dwb, &mut self.dcache.l);
        self.dcache.enable.next = self.ctrl.sr_dce.val();
        WishboneMaster::link(&mut self.dwb, &mut self.dcache.m);

        // ---------------- decoders
        self.id_dec.insn.next = self.fetch.id_insn.val();

        // ---------------- register file
        self.rf.ra_addr.next = self.id_dec.ra.val();
        self.rf.rb_addr.next = self.id_dec.rb.val();
        self.rf.we.next = self.wb_valid.q.val() & self.wb_we.q.val();
        self.rf.waddr.next = self.wb_rd.q.val();
        self.rf.wdata.next = self.wb_val.q.val();
        // the VM sequencer has the register file's ports (the pipeline is
        // empty; WB's last write comes before its first)
        if self.vm.busy.val() {
            self.rf.ra_addr.next = self.vm.rf_raddr.val();
        }
        if self.vm.rf_we.val() {
            self.rf.we.next = true;
            self.rf.waddr.next = self.vm.rf_waddr.val();
            self.rf.wdata.next = self.vm.rf_wdata.val();
        }
        self.vm.rf_rdata.next = self.rf.ra_data.val();

        // ================= EX (first: ID forwards from it)
        self.ex_ok.next = self.ex_valid.q.val() & !self.ex_exc.q.val();
        self.exu.insn.next = self.ex_insn.q.val();
        self.exu.ok.next = self.ex_ok.val();
        self.exu.pc.next = self.ex_pc.q.val();
        self.exu.a.next = self.ex_a.q.val();
        self.exu.b.next = self.ex_b.q.val();
        self.exu.ds.next = self.ex_ds.q.val();
        self.exu.br_next.next = self.br_next.q.val();
        self.exu.cyc.next = self.ex_cyc.q.val();
        self.exu.ds_ready.next = self.fetch.id_valid.val();
        self.exu.sr_f.next = self.ctrl.sr_f.val();
        self.exu.sr_cy.next = self.ctrl.sr_cy.val();
        self.exu.sr_ove.next = self.ctrl.sr_ove.val();
        self.exu.mac_ov.next = self.mac.ov.val();
        self.exu.mac_lo.next = self.mac.lo.val();
        self.mac.prod.next = self.exu.prod.val();
        self.mac.msb.next = self.exu.msb.val();

        // ================= MEM
        self.mem_ok.next = self.mem_valid.q.val() & !self.mem_exc.q.val();
        self.mem_late.next = self.mem_ld.q.val() | self.mem_mfspr.q.val();
        // The access request is built from registers only (the kind of
        // access was decoded in ID; an l.swa compares its address with the
        // reservation in its first MEM cycle and accesses from the second),
        // so the bus sees `stb` early in the cycle.
        self.mem_swa_hit.d.next = self.resv_valid.q.val() & (self.resv_addr.q.val() == self.mem_ea.q.val());
        self.mem_swa_align.next = self.mem_ok.val()
            & self.mem_swa.q.val()
            & self.mem_age.q.val()
            & self.mem_swa_hit.q.val()
            & self.mem_ea.q.val().get_bits::<2>(0).any();
        self.mem_access.next = self.mem_ok.val()
            & (self.mem_ld.q.val()
                | (self.mem_st.q.val() & !self.mem_swa.q.val())
                | (self.mem_swa.q.val()
                    & self.mem_age.q.val()
                    & self.mem_swa_hit.q.val()
                    & !self.mem_ea.q.val().get_bits::<2>(0).any()
                    & (!self.mem_swa_wr.q.val() | self.mem_swa_eq.q.val())));
        // DMMU: its set was read when the instruction entered MEM and its
        // answer is registered; with SR[DME] the access waits for it
        self.vm.d_mem.pa.next = self.dmmu.xlate.paddr.val();
        if !self.mem_age.q.val() {
            self.mem_xl_paddr.d.next = self.vm.d_mem.hpa.val();
            self.mem_xl_gpa.d.next = self.dmmu.xlate.paddr.val();
            self.mem_xl_rg_exit.d.next = self.vm.d_mem.vmexit.val();
            self.mem_xl_ci.d.next = self.dmmu.xlate.ci.val();
            self.mem_xl_fault.d.next = self.dmmu.xlate.fault.val();
            self.mem_xl_vec.d.next = self.dmmu.xlate.fault_vec.val();
        }
        self.mem_pa.next = self.mem_rg_hpa.q.val();
        self.mem_ci.next = (self.mem_ea.q.val() & self.k_uncached.val()).any();
        self.mem_rg_exit_now.next = self.mem_rg_exit.q.val();
        self.mem_rg_gpa.next = self.mem_ea.q.val();
        if self.ctrl.sr_dme.val() {
            self.mem_pa.next = self.mem_xl_paddr.q.val();
            self.mem_ci.next = self.mem_xl_ci.q.val();
            self.mem_rg_exit_now.next = self.mem_xl_rg_exit.q.val();
            self.mem_rg_gpa.next = self.mem_xl_gpa.q.val();
        }
        self.dcache.l_ci.next = self.mem_ci.val();
        // the D-cache reads the arrays a cycle ahead: for the access in EX
        // (a hit in its first MEM cycle), or for the cached access MEM
        // holds (after its first cycle, or in it with SR[DME], whose
        // translation is registered first). Registers only: no path from
        // the data bus's `ack` to the arrays' read address.
        self.dcache.l_pre_adr.next = self.exu.ea.val();
        if self.mem_valid.q.val()
            & (self.mem_ld.q.val() | self.mem_st.q.val())
            & self.ctrl.sr_dce.val()
            & !self.mem_ci.val()
            & (self.mem_age.q.val() | self.ctrl.sr_dme.val())
        {
            self.dcache.l_pre_adr.next = self.mem_ea.q.val();
        }
        self.mem_xl_wait.next = self.mem_access.val() & self.ctrl.sr_dme.val() & !self.mem_age.q.val();
        self.mem_tlb_fault.next = self.mem_access.val()
            & self.ctrl.sr_dme.val()
            & self.mem_age.q.val()
            & self.mem_xl_fault.q.val();
        // outside the guest's regions (a VM exit) or inside a VM's memory
        // (the host's bus error): nothing is accessed
        self.mem_rg_fault.next = self.mem_access.val()
            & !self.mem_xl_wait.val()
            & !self.mem_tlb_fault.val()
            & (self.mem_rg_exit_now.val() | self.mem_rg_blk_now.val());
        self.lsu.req.next = self.mem_access.val()
            & !self.mem_xl_wait.val()
            & !self.mem_tlb_fault.val()
            & !self.mem_rg_fault.val()
            & !self.mem_pt_wait.val();
        self.lsu.we.next = self.mem_st.q.val() & (!self.mem_swa.q.val() | self.mem_swa_wr.q.val());
        self.lsu.addr.next = self.mem_pa.val();
        self.lsu.size.next = self.mem_size.q.val();
        self.lsu.sgn.next = self.mem_lsgn.q.val();
        self.lsu.wdata.next = self.mem_b.q.val();
        self.lsu.fwd_word.next = self.dcache.l_word.val();
        self.mem_busy.next = self.mem_access.val()
            & !self.mem_tlb_fault.val()
            & !self.mem_rg_fault.val()
            & !self.lsu.done.val()
            & !self.lsu.err.val();
        if self.mem_spr_busy.val()
            | self.vm.enter_wait.val()
            | (self.mem_ok.val() & self.mem_swa.q.val() & !self.mem_age.q.val())
            | (self.mem_ok.val() & self.mem_pt_wait.val())
        {
            self.mem_busy.next = true;
        }
        // l.swa: read, register the comparison with the reserved value
        // (no path from the read data to the commit), then store if equal
        self.mem_swa_ok.next = false;
        if self.mem_swa.q.val() & self.mem_access.val() & !self.mem_swa_wr.q.val() & self.lsu.done.val() {
            self.mem_busy.next = true;
            self.mem_swa_wr.d.next = true;
            self.mem_swa_eq.d.next = self.lsu.rword.val() == self.resv_val.q.val();
        }
        if self.mem_swa.q.val() & self.mem_swa_wr.q.val() & self.lsu.done.val() {
            self.mem_swa_ok.next = true;
        }
        self.mem_store_done.next = self.mem_st.q.val()
            & self.lsu.done.val()
            & (!self.mem_swa.q.val() | self.mem_swa_wr.q.val());
        self.mem_commit.next = self.mem_valid.q.val() & !self.mem_busy.val();

        // commit decisions (exceptions, SPR writes, interrupts)
        self.ctrl.mem_valid.next = self.mem_valid.q.val();
        self.ctrl.mem_pc.next = self.mem_pc.q.val();
        self.ctrl.mem_npc.next = self.mem_npc.q.val();
        self.ctrl.mem_ds.next = self.mem_ds.q.val();
        self.ctrl.mem_ea.next = self.mem_ea.q.val();
        self.ctrl.mem_b.next = self.mem_b.q.val();
        self.ctrl.mfspr.next = self.mem_mfspr.q.val();
        self.ctrl.mtspr.next = self.mem_mtspr.q.val();
        self.ctrl.rfe.next = self.mem_rfe.q.val();
        self.ctrl.swa.next = self.mem_swa.q.val();
        self.ctrl.branch.next = self.mem_br.q.val();
        // an ITLB read borrowed fetch's translation port: refetch after it
        self.ctrl.refetch.next = self.mem_mfspr.q.val() & self.immu.spr.hit.val();
        self.ctrl.commit.next = self.mem_commit.val();
        self.ctrl.spr_busy.next = self.mem_spr_busy.val();
        self.ctrl.exc.next = self.mem_exc.q.val();
        self.ctrl.exc_vec.next = self.mem_vec.q.val();
        self.ctrl.exc_eear_we.next = self.mem_eear_we.q.val();
        self.ctrl.exc_eear.next = self.mem_eear.q.val();
        self.ctrl.swa_align.next = self.mem_swa_align.val();
        self.ctrl.dmmu_fault.next = self.mem_tlb_fault.val();
        self.ctrl.dmmu_vec.next = self.mem_xl_vec.q.val();
        self.ctrl.bus_err.next = self.lsu.err.val() | (self.mem_rg_fault.val() & self.mem_rg_blk_now.val());
        self.ctrl.rg_exit.next = self.mem_rg_fault.val() & self.mem_rg_exit_now.val();
        self.ctrl.rg_gpa.next = self.mem_rg_gpa.val();
        self.ctrl.rg_write.next = self.mem_st.q.val();
        // worlds and guest mode
        self.mem_nop_exit.next = (self.mem_insn.q.val().get_bits::<8>(24) == self.k_nop_hi.val())
            & (self.mem_insn.q.val().get_bits::<16>(0) == self.k_nop_exit.val());
        self.ctrl.smc.next = self.mem_smc.q.val();
        self.ctrl.vmcall.next = self.mem_vmcall.q.val();
        self.ctrl.vmenter.next = self.mem_vmenter.q.val();
        self.ctrl.nop_exit.next = self.mem_nop_exit.val();
        self.ctrl.gtick_irq.next = self.gtick.irq.val();
        self.ctrl.vmcr.next = self.vm.vmcr.val();
        self.ctrl.w_monitor.next = self.vm.monitor.val();
        self.ctrl.w_guest.next = self.vm.guest.val();
        self.ctrl.w_host.next = self.vm.host.val();
        self.ctrl.vm_smepcr.next = self.vm.smepcr.val();
        self.ctrl.vm_smesr.next = self.vm.smesr.val();
        self.ctrl.vm_host_sr.next = self.vm.host_sr.val();
        self.ctrl.vm_host_eear.next = self.vm.host_eear.val();
        self.ctrl.vm_host_pc.next = self.vm.host_pc.val();
        self.ctrl.vm_enter_code.next = self.vm.enter_code.val();
        self.ctrl.vm_exit_done.next = self.vm.exit_done.val();
        self.ctrl.vm_enter_done.next = self.vm.enter_done.val();
        self.ctrl.vm_r_pc.next = self.vm.r_pc.val();
        self.ctrl.vm_r_sr.next = self.vm.r_sr.val();
        self.ctrl.vm_r_epcr.next = self.vm.r_epcr.val();
        self.ctrl.vm_r_eear.next = self.vm.r_eear.val();
        self.ctrl.vm_r_esr.next = self.vm.r_esr.val();
        self.vm.sr.next = self.ctrl.g_sr.val();
        self.vm.epcr.next = self.ctrl.g_epcr.val();
        self.vm.eear.next = self.ctrl.g_eear.val();
        self.vm.esr.next = self.ctrl.g_esr.val();
        self.vm.caller_sr.next = self.ctrl.sr.val();
        self.vm.smc.next = self.ctrl.vm_smc.val();
        self.vm.pc.next = self.mem_pc.q.val();
        self.vm.smret.next = self.ctrl.vm_smret.val();
        self.vm.enter_vmid.next = self.mem_a.q.val();
        self.vm.enter_answer.next = self.mem_b.q.val();
        self.vm.enter.next = self.ctrl.vm_enter.val();
        self.vm.enter_req.next = self.ctrl.vm_enter_req.val();
        self.vm.enter_commit.next = self.ctrl.vm_enter_req.val() & self.mem_commit.val();
        self.vm.exit.next = self.ctrl.vm_exit.val();
        self.vm.exit_cause.next = self.ctrl.vm_exit_cause.val();
        self.vm.exit_info0.next = self.ctrl.vm_exit_info0.val();
        self.vm.exit_info1.next = self.ctrl.vm_exit_info1.val();
        self.vm.exit_pc.next = self.ctrl.vm_exit_pc.val();
        self.vm.maclo.next = self.mac.lo.val();
        self.vm.machi.next = self.mac.hi.val();
        self.vm.ttmr.next = self.gtick.ttmr.val();
        self.vm.ttcr.next = self.gtick.ttcr.val();
        self.mac.load.next = self.vm.enter_done.val();
        self.mac.load_lo.next = self.vm.r_maclo.val();
        self.mac.load_hi.next = self.vm.r_machi.val();
        self.ctrl.swa_ok.next = self.mem_swa_ok.val();
        self.ctrl.tick_irq.next = self.tick.irq.val();
        self.ctrl.ext_irq.next = self.pic.irq.val();

        // value written to rD (range exceptions still write it, as the ISS)
        self.mem_value.next = self.mem_result.q.val();
        if self.mem_ld.q.val() {
            self.mem_value.next = self.lsu.rdata.val();
        }
        if self.mem_mfspr.q.val() {
            self.mem_value.next = self.mem_spr.val();
        }
        self.mem_rd_we.next = self.mem_wr.q.val();
        // a refused l.vmenter writes its reason to r11
        if self.mem_vmenter.q.val() {
            self.mem_value.next = self.vm.enter_code.val();
            self.mem_rd_we.next = self.vm.enter_code.val().any();
        }
        self.mem_gpr_wr.next = self.mem_ok.val() & self.mem_mtspr.q.val() & !self.ctrl.trap.val() & self.mem_gpr_spr.val();
        if self.mem_gpr_wr.val() {
            self.mem_rd_we.next = true;
        }
        if self.ctrl.trap.val() & (self.ctrl.tvec.val() != self.k_vec_range.val()) {
            self.mem_rd_we.next = false;
        }

        // l.lwa/l.swa reservation: any exception or interrupt drops it.
        // Address and value load while an l.lwa is in MEM, not on its
        // commit: it leaves MEM only by committing, which sets or clears
        // `resv_valid` (so the 64 enables do not wait for the commit).
        if self.mem_valid.q.val() & self.mem_lwa.q.val() {
            self.resv_addr.d.next = self.mem_ea.q.val();
            self.resv_val.d.next = self.lsu.rword.val();
        }
        if self.mem_commit.val() {
            if !self.ctrl.trap.val() & self.mem_swa.q.val() {
                self.resv_valid.d.next = false;
            }
            if !self.ctrl.trap.val() & self.mem_lwa.q.val() {
                self.resv_valid.d.next = true;
            }
            if self.ctrl.trap.val() | self.ctrl.intr.val() {
                self.resv_valid.d.next = false;
            }
        }

        // ================= EX advance and its architectural writes
        self.ex_move.next = self.ex_valid.q.val()
            & !self.exu.busy.val()
            & (!self.mem_valid.q.val() | self.mem_commit.val());
        self.ex_advance.next = self.ex_move.val() & !self.ctrl.flush.val();
        self.ex_write.next = self.ex_advance.val() & self.ex_ok.val() & !self.exu.misaligned.val();
        self.ctrl.ex_f_we.next = self.ex_write.val() & self.exu.f_we.val();
        self.ctrl.ex_f.next = self.exu.f.val();
        self.ctrl.ex_cy_we.next = self.ex_write.val() & self.exu.cy_we.val();
        self.ctrl.ex_cy.next = self.exu.cy.val();
        self.ctrl.ex_ov_we.next = self.ex_write.val() & self.exu.ov_we.val();
        self.ctrl.ex_ov.next = self.exu.ov.val();
        self.mac.acc_we.next = self.ex_write.val() & self.exu.acc_we.val();
        self.mac.clr.next = (self.ex_write.val() & self.exu.acc_clr.val()) | self.ctrl.vm_exit.val();
        if self.ex_advance.val() & self.exu.branch.val() {
            self.br_next.d.next = self.ex_pc.q.val() + 8;
            if self.exu.taken.val() {
                self.br_next.d.next = self.exu.target.val();
            }
        }
        self.mem_age.d.next = !self.ex_move.val();
        // MEM's page-table answer is kept until the next instruction enters
        self.mem_pt_ok.d.next = !self.ex_move.val()
            & (self.mem_pt_ok.q.val() | (self.mem_chk_valid.val() & self.mem_pt_ready.val()));
        self.mem_pt_blk.d.next = !self.ex_move.val() & self.mem_rg_blk_now.val();
        // the region check of the data access in EX (an l.mtspr's rB:
        // the cache block registers' address)
        self.vm.d_ex.pa.next = self.exu.ea.val();
        if self.ex_mtspr.q.val() {
            self.vm.d_ex.pa.next = self.ex_b.q.val();
        }
        // the page table's D copy reads EX's address, the DTLB's answer in
        // MEM's first cycle with SR[DME], or MEM's while its access waits
        self.vm.d_host.rd_addr.next = self.vm.d_ex.pa.val();
        if self.ctrl.sr_dme.val() & self.mem_pt_use.val() & !self.mem_age.q.val() & !self.mem_mtspr.q.val() {
            self.vm.d_host.rd_addr.next = self.dmmu.xlate.paddr.val();
        }
        if self.mem_pt_wait.val() {
            self.vm.d_host.rd_addr.next = self.mem_chk_pa.val();
        }
        // the DMMU reads the set of the address in EX whether or not it
        // advances (no path from the commit decision to the DTLB RAM);
        // MEM keeps the answer from its first cycle
        self.dmmu.next_vaddr.next = self.exu.ea.val();

        // ================= ID: operands by forwarding, hazards
        self.id_rb.next = self.id_dec.rb.val();
        self.id_op_a.next = self.rf.ra_data.val();
        self.id_stall_a.next = false;
        if self.wb_valid.q.val() & self.wb_we.q.val() & (self.wb_rd.q.val() == self.id_dec.ra.val()) {
            self.id_op_a.next = self.wb_val.q.val();
        }
        if self.mem_valid.q.val() & self.mem_wr.q.val() & (self.mem_rd.q.val() == self.id_dec.ra.val()) {
            self.id_op_a.next = self.mem_result.q.val();
            self.id_stall_a.next = self.mem_late.val();
            if self.mem_ld.q.val() & self.dcache.l_hit.val() {
                self.id_op_a.next = self.lsu.fwd_data.val();
                self.id_stall_a.next = false;
            }
        }
        if self.exu.wr.val() & (self.exu.rd.val() == self.id_dec.ra.val()) {
            self.id_op_a.next = self.exu.result.val();
            self.id_stall_a.next = !self.exu.res_ok.val();
        }
        if !self.id_dec.ra.val().any() {
            self.id_op_a.next = 0.into();
            self.id_stall_a.next = false;
        }
        self.id_op_b.next = self.rf.rb_data.val();
        self.id_stall_b.next = false;
        if self.wb_valid.q.val() & self.wb_we.q.val() & (self.wb_rd.q.val() == self.id_rb.val()) {
            self.id_op_b.next = self.wb_val.q.val();
        }
        if self.mem_valid.q.val() & self.mem_wr.q.val() & (self.mem_rd.q.val() == self.id_rb.val()) {
            self.id_op_b.next = self.mem_result.q.val();
            self.id_stall_b.next = self.mem_late.val();
            if self.mem_ld.q.val() & self.dcache.l_hit.val() {
                self.id_op_b.next = self.lsu.fwd_data.val();
                self.id_stall_b.next = false;
            }
        }
        if self.exu.wr.val() & (self.exu.rd.val() == self.id_rb.val()) {
            self.id_op_b.next = self.exu.result.val();
            self.id_stall_b.next = !self.exu.res_ok.val();
        }
        if !self.id_rb.val().any() {
            self.id_op_b.next = 0.into();
            self.id_stall_b.next = false;
        }
        self.id_hazard.next = (self.id_dec.uses_ra.val() & self.id_stall_a.val())
            | (self.id_dec.uses_rb.val() & self.id_stall_b.val());
        self.id_advance.next = self.fetch.id_valid.val()
            & !self.vm.busy.val()
            & !self.ctrl.halted.val()
            & !self.id_hazard.val()
            & (!self.ex_valid.q.val() | self.ex_move.val());
        self.id_exc.next = self.fetch.id_fault.val()
            | self.id_dec.illegal.val()
            | self.id_dec.sys.val()
            | self.id_dec.trap.val();
        self.id_vec.next = self.fetch.id_fault_vec.val();
        if !self.fetch.id_fault.val() {
            if self.id_dec.illegal.val() {
                self.id_vec.next = self.k_vec_illegal.val();
            } else if self.id_dec.sys.val() {
                self.id_vec.next = self.k_vec_sys.val();
            } else {
                self.id_vec.next = self.k_vec_trap.val();
            }
        }

        // ================= pipeline registers
        self.fetch.id_advance.next = self.id_advance.val();
        self.fetch.flush_id.next = self.ctrl.flush.val();
        self.fetch.hold.next = self.vm.busy.val() | self.ctrl.halted.val();
        // static prediction in ID (l.jr/l.jalr, forward and delay-slot
        // branches are not predicted)
        self.id_pred.next = self.fetch.id_valid.val()
            & !self.fetch.id_fault.val()
            & !self.ds_next.q.val()
            & self.id_dec.branch.val()
            & !self.id_dec.br_reg.val()
            & ((!self.id_dec.br_if_f.val() & !self.id_dec.br_if_nf.val()) | self.fetch.id_insn.val().get_bit(25));
        self.id_pred_pc.next = self.fetch.id_pc.val() + self.id_dec.br_off.val();
        self.fetch.pred.next = self.id_pred.val();
        self.fetch.pred_pc.next = self.id_pred_pc.val();
        // a mispredicted branch redirects fetch as soon as its delay slot
        // is in ID, once, whether or not EX advances in this cycle; a
        // refill after a flush takes precedence
        self.br_redirect.next = self.exu.taken.val() ^ self.ex_pred.q.val();
        if !self.ex_ok.val() {
            self.br_redirect.next = false;
        }
        self.br_go.next = self.br_redirect.val() & self.fetch.id_valid.val() & !self.br_done.q.val();
        if self.br_go.val() {
            self.br_done.d.next = true;
        }
        if self.ex_move.val() | self.ctrl.flush.val() | self.reset.val() {
            self.br_done.d.next = false;
        }
        self.fetch.redirect.next = self.ctrl.refill.val() | self.br_go.val();
        self.fetch.redirect_pc.next = self.exu.target.val();
        if self.ex_pred.q.val() {
            self.fetch.redirect_pc.next = self.ex_pc.q.val() + 8;
        }
        if self.ctrl.refill.val() {
            self.fetch.redirect_pc.next = self.ctrl.refill_pc.val();
        }
        // the I-cache reads a redirect's or a predicted jump's target at
        // once: it hits in the next cycle
        self.icache.f_redirect.next = self.fetch.ic_redirect.val();
        self.icache.f_redirect_adr.next = self.fetch.ic_redirect_adr.val();
        self.icache.f_jump.next = self.fetch.ic_jump.val();
        self.icache.f_jump_adr.next = self.fetch.ic_jump_adr.val();

        // ID -> EX
        if self.id_advance.val() {
            self.ex_valid.d.next = true;
            self.ex_pc.d.next = self.fetch.id_pc.val();
            self.ex_insn.d.next = self.fetch.id_insn.val();
            self.ex_a.d.next = self.id_op_a.val();
            self.ex_b.d.next = self.id_op_b.val();
            self.ex_ds.d.next = self.ds_next.q.val();
            self.ex_pred.d.next = self.id_pred.val();
            self.ex_exc.d.next = self.id_exc.val();
            self.ex_vec.d.next = self.id_vec.val();
            self.ex_cyc.d.next = 0.into();
            self.ex_ld.d.next = self.id_dec.load.val();
            self.ex_st.d.next = self.id_dec.store.val();
            self.ex_swa.d.next = self.id_dec.swa.val();
            self.ex_mfspr.d.next = self.id_dec.mfspr.val();
            self.ex_mtspr.d.next = self.id_dec.mtspr.val();
            self.ex_rfe.d.next = self.id_dec.rfe.val();
            self.ex_br.d.next = self.id_dec.branch.val();
            self.ex_lwa.d.next = self.id_dec.lwa.val();
            self.ex_lsgn.d.next = self.id_dec.load_signed.val();
            self.ex_size.d.next = self.id_dec.size.val();
            self.ex_smc.d.next = self.id_dec.smc.val();
            self.ex_vmcall.d.next = self.id_dec.vmcall.val();
            self.ex_vmenter.d.next = self.id_dec.vmenter.val();
            self.ex_fpa.d.next = self.fetch.id_fault_pa.val();
            self.ds_next.d.next = self.id_dec.branch.val() & !self.id_exc.val();
        } else {
            if self.ex_move.val() {
                self.ex_valid.d.next = false;
            }
            if self.ex_cyc.q.val() != 63 {
                self.ex_cyc.d.next = self.ex_cyc.q.val() + 1;
            }
        }

        // EX -> MEM
        if self.ex_move.val() {
            self.mem_valid.d.next = true;
            self.mem_pc.d.next = self.ex_pc.q.val();
            self.mem_insn.d.next = self.ex_insn.q.val();
            self.mem_npc.d.next = self.exu.npc.val();
            self.mem_ds.d.next = self.ex_ds.q.val();
            self.mem_a.d.next = self.ex_a.q.val();
            self.mem_b.d.next = self.ex_b.q.val();
            self.mem_result.d.next = self.exu.result.val();
            self.mem_ea.d.next = self.exu.ea.val();
            self.mem_wr.d.next = self.exu.wr.val() & !self.exu.misaligned.val();
            self.mem_rd.d.next = self.exu.rd.val();
            self.mem_swa_wr.d.next = false;
            self.mem_ld.d.next = self.ex_ld.q.val();
            self.mem_st.d.next = self.ex_st.q.val();
            self.mem_swa.d.next = self.ex_swa.q.val();
            self.mem_mfspr.d.next = self.ex_mfspr.q.val();
            self.mem_mtspr.d.next = self.ex_mtspr.q.val();
            self.mem_rfe.d.next = self.ex_rfe.q.val();
            self.mem_br.d.next = self.ex_br.q.val();
            self.mem_lwa.d.next = self.ex_lwa.q.val();
            self.mem_lsgn.d.next = self.ex_lsgn.q.val();
            self.mem_size.d.next = self.ex_size.q.val();
            self.mem_smc.d.next = self.ex_smc.q.val();
            self.mem_vmcall.d.next = self.ex_vmcall.q.val();
            self.mem_vmenter.d.next = self.ex_vmenter.q.val();
            self.mem_rg_hpa.d.next = self.vm.d_ex.hpa.val();
            self.mem_rg_exit.d.next = self.vm.d_ex.vmexit.val();
            if self.ex_vmenter.q.val() {
                self.mem_rd.d.next = 11.into();
            }
            self.mem_exc.d.next = self.ex_exc.q.val() | self.exu.misaligned.val() | self.exu.range.val();
            self.mem_vec.d.next = self.ex_vec.q.val();
            self.mem_eear_we.d.next = self.ex_exc.q.val()
                & ((self.ex_vec.q.val() == self.k_vec_bus.val())
                    | (self.ex_vec.q.val() == self.k_vec_align.val())
                    | (self.ex_vec.q.val() == self.k_vec_illegal.val())
                    | (self.ex_vec.q.val() == self.k_vec_itlb.val())
                    | (self.ex_vec.q.val() == self.k_vec_ipf.val())
                    | (self.ex_vec.q.val() == self.k_vec_vmexit.val()));
            self.mem_eear.d.next = self.ex_pc.q.val();
            if self.ex_vec.q.val() == self.k_vec_vmexit.val() {
                self.mem_eear.d.next = self.ex_fpa.q.val();
            }
            if self.ex_ok.val() {
                if self.exu.misaligned.val() {
                    self.mem_vec.d.next = self.k_vec_align.val();
                    self.mem_eear_we.d.next = true;
                    self.mem_eear.d.next = self.exu.ea.val();
                    // a misaligned jump: EEAR = the jump, as or1ksim
                    if self.exu.jmisaligned.val() {
                        self.mem_eear.d.next = self.ex_pc.q.val();
                    }
                } else if self.exu.range.val() {
                    self.mem_vec.d.next = self.k_vec_range.val();
                }
            }
        } else if self.mem_commit.val() {
            self.mem_valid.d.next = false;
        }

        // MEM -> WB
        self.wb_valid.d.next = self.mem_commit.val();
        self.wb_pc.d.next = self.mem_pc.q.val();
        self.wb_insn.d.next = self.mem_insn.q.val();
        self.wb_we.d.next = self.mem_rd_we.val();
        self.wb_rd.d.next = self.mem_rd.q.val();
        self.wb_val.d.next = self.mem_value.val();
        // l.mtspr to the GPR window writes the register; the ISS does not
        // report it as the instruction's destination. Register number and
        // value are chosen without the trap decision (a trapping one has
        // `wb_we` low), which keeps the commit logic off their D inputs.
        self.wb_hide_rd.d.next = self.mem_mtspr.q.val() & self.mem_gpr_spr.val();
        if self.mem_mtspr.q.val() & self.mem_gpr_spr.val() {
            self.wb_rd.d.next = self.mem_ea.q.val().get_bits::<5>(0);
            self.wb_val.d.next = self.mem_b.q.val();
        }
        self.wb_sr.d.next = self.ctrl.sr_commit.val();
        self.wb_mw.d.next = self.mem_store_done.val() & !self.ctrl.trap.val();
        self.wb_mw_addr.d.next = self.mem_pa.val();
        self.wb_mw_size.d.next = self.mem_size.q.val();
        self.wb_mw_data.d.next = self.mem_b.q.val();
        if self.mem_size.q.val() == 1 {
            self.wb_mw_data.d.next = self.mem_b.q.val() & 0xFF_u64;
        }
        if self.mem_size.q.val() == 2 {
            self.wb_mw_data.d.next = self.mem_b.q.val() & 0xFFFF_u64;
        }
        self.wb_exc.d.next = self.ctrl.trap.val();
        self.wb_vec.d.next = self.ctrl.tvec.val();
        self.wb_ret.d.next = !self.ctrl.trap.val();
        // an exit raised by the instruction itself is reported as its
        // exception (after a hypercall or a halt it has completed)
        if self.ctrl.vm_exit.val() & !self.ctrl.intr.val() {
            self.wb_exc.d.next = true;
            self.wb_vec.d.next = self.k_vec_vmexit.val();
        }
        self.wb_r3.d.next = self.mem_a.q.val();
        if self.mem_commit.val() & self.ctrl.intr.val() {
            self.intr_pend.d.next = true;
            self.intr_pc.d.next = self.mem_npc.q.val();
            self.intr_vec.d.next = self.ctrl.ivec.val();
            self.intr_sr.d.next = self.ctrl.sr_next.val();
        } else if !self.wb_valid.q.val() {
            self.intr_pend.d.next = false;
        }

        // flushes and reset
        if self.ctrl.flush.val() {
            self.ex_valid.d.next = false;
            self.mem_valid.d.next = false;
            self.ds_next.d.next = false;
        }
        if self.reset.val() {
            self.resv_valid.d.next = false;
            self.ds_next.d.next = false;
            self.ex_valid.d.next = false;
            self.mem_valid.d.next = false;
            self.wb_valid.d.next = false;
            self.intr_pend.d.next = false;
        }

        // ================= performance events: the cause of each cycle ID
        // does not issue, in this order: MEM holds EX, ID is empty (a
        // branch in EX waiting for its delay slot counts here), EX is busy
        // (multiply, divide), an operand is not ready
        self.perf.issued.next = self.id_advance.val();
        self.perf.retired.next = self.wb_valid.q.val() & self.wb_ret.q.val();
        self.perf.imiss.next = self.icache.miss.val();
        self.perf.dmiss.next = self.dcache.miss.val();
        self.perf.st_mem.next = self.ex_valid.q.val() & !self.ex_move.val() & !self.exu.busy.val();
        self.perf.st_fetch.next = !self.perf.st_mem.val() & !self.fetch.id_valid.val();
        self.perf.st_ex.next = self.fetch.id_valid.val() & self.ex_valid.q.val() & self.exu.busy.val();
        self.perf.st_hazard.next = self.fetch.id_valid.val()
            & self.id_hazard.val()
            & (!self.ex_valid.q.val() | self.ex_move.val());
        self.perf.br_pred.next = self.id_pred.val() & self.id_advance.val();
        self.perf.br_redirect.next = self.br_go.val();

        // ================= retirement port
        self.rt_valid.next = self.wb_valid.q.val() | self.intr_pend.q.val();
        self.rt_pc.next = self.wb_pc.q.val();
        self.rt_insn.next = self.wb_insn.q.val();
        self.rt_rd_we.next = self.wb_we.q.val() & self.wb_rd.q.val().any() & !self.wb_hide_rd.q.val();
        self.rt_rd.next = self.wb_rd.q.val();
        self.rt_rd_val.next = self.wb_val.q.val();
        self.rt_sr.next = self.wb_sr.q.val();
        self.rt_mw_valid.next = self.wb_mw.q.val();
        self.rt_mw_addr.next = self.wb_mw_addr.q.val();
        self.rt_mw_size.next = self.wb_mw_size.q.val();
        self.rt_mw_data.next = self.wb_mw_data.q.val();
        self.rt_exc_valid.next = self.wb_exc.q.val();
        self.rt_exc_vec.next = self.wb_vec.q.val();
        self.rt_intr.next = false;
        self.rt_r3.next = self.wb_r3.q.val();
        if !self.wb_valid.q.val() {
            self.rt_pc.next = self.intr_pc.q.val();
            self.rt_insn.next = 0.into();
            self.rt_rd_we.next = false;
            self.rt_sr.next = self.intr_sr.q.val();
            self.rt_mw_valid.next = false;
            self.rt_exc_valid.next = true;
            self.rt_exc_vec.next = self.intr_vec.q.val();
            self.rt_intr.next = true;
        }
    }
}
