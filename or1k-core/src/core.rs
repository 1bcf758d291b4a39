//! The core's top: the five-stage pipeline (IF, ID, EX, MEM, WB), its
//! forwarding and stall logic, the SPRs, exception entry and the
//! retirement trace port.
//!
//! * IF (`fetch.rs`) streams instructions into the ID register.
//! * ID decodes, reads the register file and resolves every operand by
//!   forwarding from EX, MEM, WB and the write of the previous cycle; an
//!   operand whose producer has no value yet (a load, l.mfspr, a multiply
//!   or divide in progress) stalls ID.
//! * EX runs the ALU, multiplier, divider and branch unit. Branches resolve
//!   here, once their delay slot is in ID; a taken branch redirects fetch.
//!   Flag (F, CY, OV) and MAC updates are written when the instruction
//!   leaves EX, unless the instruction ahead of it traps in that cycle.
//! * MEM performs the data access and is the commit point: exceptions,
//!   l.rfe, l.mtspr, l.swa and interrupts take effect here, in program
//!   order, and squash everything younger.
//! * WB writes the register file and drives the retirement port.
use crate::alu::Alu;
use crate::dcache::DCache;
use crate::icache::ICache;
use crate::decode::Decoder;
use crate::div::Divider;
use crate::fetch::Fetch;
use crate::k;
use crate::lsu::Lsu;
use crate::mul::Multiplier;
use crate::pic::Pic;
use crate::regfile::RegFile;
use crate::tick::TickTimer;
use crate::tlb::Tlb;
use or1k_arch::*;
use rust_hdl::prelude::*;

/// The core's caches: `ICache<log2 sets, log2 words>`, geometry from
/// or1k-arch (what ICCFGR/DCCFGR report).
type CoreICache = ICache<{ ICACHE_SETS_LOG2 as usize }, { (ICACHE_SETS_LOG2 + CACHE_LINE_BYTES.trailing_zeros() - 2) as usize }>;
type CoreDCache = DCache<{ DCACHE_SETS_LOG2 as usize }, { (DCACHE_SETS_LOG2 + CACHE_LINE_BYTES.trailing_zeros() - 2) as usize }>;

/// The OR1K core.
///
/// Wishbone B3 masters `iwb_*` (instruction fetch, read-only) and `dwb_*`
/// (loads/stores). A master holds `adr/we/sel/dat_o/cti` with `cyc & stb`
/// until `ack` or `err`. `cti` = 0b000 classic, 0b010 incrementing burst
/// (the next beat is `adr + 4`), 0b111 end of burst; `bte` is always 0
/// (linear). A master may abandon a burst (drop `stb`, or present a
/// non-sequential address) and slaves must tolerate it. `dwb_adr` is the
/// byte address of the access; `sel` marks its bytes (big-endian: sel[3]
/// is the byte at the word's address + 0).
///
/// The `rt_*` port reports, for simulation, every instruction that leaves
/// the pipeline: `rt_valid` for one cycle per retired instruction, per
/// instruction that raised an exception (`rt_exc_valid`, `rt_exc_vec`), and
/// per interrupt taken (`rt_intr`, with `rt_pc` = the address the handler
/// returns to and no instruction). Fields mirror `vmsp_iss::Retired`.
#[derive(LogicBlock)]
pub struct Core {
    pub clock: Signal<In, Clock>,
    /// Synchronous, active high. Execution starts at VEC_RESET (0x100).
    pub reset: Signal<In, Bit>,

    pub iwb_adr: Signal<Out, Bits<32>>,
    pub iwb_dat_i: Signal<In, Bits<32>>,
    pub iwb_dat_o: Signal<Out, Bits<32>>,
    pub iwb_sel: Signal<Out, Bits<4>>,
    pub iwb_we: Signal<Out, Bit>,
    pub iwb_cyc: Signal<Out, Bit>,
    pub iwb_stb: Signal<Out, Bit>,
    pub iwb_cti: Signal<Out, Bits<3>>,
    pub iwb_bte: Signal<Out, Bits<2>>,
    pub iwb_ack: Signal<In, Bit>,
    pub iwb_err: Signal<In, Bit>,

    pub dwb_adr: Signal<Out, Bits<32>>,
    pub dwb_dat_i: Signal<In, Bits<32>>,
    pub dwb_dat_o: Signal<Out, Bits<32>>,
    pub dwb_sel: Signal<Out, Bits<4>>,
    pub dwb_we: Signal<Out, Bit>,
    pub dwb_cyc: Signal<Out, Bit>,
    pub dwb_stb: Signal<Out, Bit>,
    pub dwb_cti: Signal<Out, Bits<3>>,
    pub dwb_bte: Signal<Out, Bits<2>>,
    pub dwb_ack: Signal<In, Bit>,
    pub dwb_err: Signal<In, Bit>,

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

    // ---- units
    fetch: Fetch,
    rf: RegFile,
    rf_dec: Decoder,
    id_dec: Decoder,
    ex_dec: Decoder,
    mem_dec: Decoder,
    alu: Alu,
    mul: Multiplier,
    div: Divider,
    lsu: Lsu,
    tick: TickTimer,
    pic: Pic,
    dtlb: Tlb,
    itlb: Tlb,
    icache: CoreICache,
    dcache: CoreDCache,

    // ---- architectural state
    sr: DFF<Bits<32>>,
    epcr: DFF<Bits<32>>,
    eear: DFF<Bits<32>>,
    esr: DFF<Bits<32>>,
    maclo: DFF<Bits<32>>,
    machi: DFF<Bits<32>>,
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
    id_advance: Signal<Local, Bit>,
    id_exc: Signal<Local, Bit>,
    id_vec: Signal<Local, Bits<32>>,

    // ---- EX
    ex_valid: DFF<Bit>,
    ex_pc: DFF<Bits<32>>,
    ex_insn: DFF<Bits<32>>,
    ex_a: DFF<Bits<32>>,
    ex_b: DFF<Bits<32>>,
    ex_ds: DFF<Bit>,
    ex_exc: DFF<Bit>,
    ex_vec: DFF<Bits<32>>,
    /// Cycles the instruction has spent in EX (multiplier/divider timing).
    ex_cyc: DFF<Bits<6>>,
    /// Where the delay slot of the last branch to leave EX continues.
    br_next: DFF<Bits<32>>,
    ex_ok: Signal<Local, Bit>,
    ex_rd: Signal<Local, Bits<5>>,
    ex_wr: Signal<Local, Bit>,
    ex_opb: Signal<Local, Bits<32>>,
    ex_result: Signal<Local, Bits<32>>,
    ex_res_ok: Signal<Local, Bit>,
    ex_busy: Signal<Local, Bit>,
    ex_advance: Signal<Local, Bit>,
    ex_taken: Signal<Local, Bit>,
    ex_target: Signal<Local, Bits<32>>,
    ex_npc: Signal<Local, Bits<32>>,
    ex_ea: Signal<Local, Bits<32>>,
    ex_misaligned: Signal<Local, Bit>,
    /// l.jr/l.jalr to a target with low bits set: traps at the jump (or1ksim).
    ex_jmisaligned: Signal<Local, Bit>,
    ex_ov: Signal<Local, Bit>,
    ex_has_ov: Signal<Local, Bit>,
    ex_range: Signal<Local, Bit>,
    ex_muldiv: Signal<Local, Bit>,
    ex_div0: Signal<Local, Bit>,
    ex_lo_sext: Signal<Local, Bits<32>>,
    ex_prod: Signal<Local, Bits<64>>,
    ex_acc: Signal<Local, Bits<64>>,
    ex_acc_new: Signal<Local, Bits<64>>,
    ex_write: Signal<Local, Bit>,
    ex_sr_new: Signal<Local, Bits<32>>,

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
    /// l.swa: the read of the compare-and-store has completed and matched.
    mem_swa_wr: DFF<Bit>,
    /// l.mfspr of a TLB register: the TLB's read port has been borrowed
    /// for one cycle and holds the entry.
    mem_tlb_rd: DFF<Bit>,
    mem_tlb_spr: Signal<Local, Bit>,
    mem_cache_op: Signal<Local, Bits<2>>,
    mem_icbir: Signal<Local, Bit>,
    mem_op_wait: Signal<Local, Bit>,

    mem_dmmu: Signal<Local, Bit>,
    mem_tlb_fault: Signal<Local, Bit>,
    mem_pa: Signal<Local, Bits<32>>,
    spr_dmr: Signal<Local, Bit>,
    spr_dtr: Signal<Local, Bit>,
    spr_imr: Signal<Local, Bit>,
    spr_itr: Signal<Local, Bit>,
    mem_ok: Signal<Local, Bit>,
    mem_late: Signal<Local, Bit>,
    mem_priv: Signal<Local, Bit>,
    /// l.mfspr that user mode may do (or1k_arch::spr_user_readable).
    mem_user_rd: Signal<Local, Bit>,
    mem_swa_hit: Signal<Local, Bit>,
    mem_swa_align: Signal<Local, Bit>,
    mem_access: Signal<Local, Bit>,
    mem_busy: Signal<Local, Bit>,
    mem_commit: Signal<Local, Bit>,
    mem_trap: Signal<Local, Bit>,
    mem_tvec: Signal<Local, Bits<32>>,
    mem_teear_we: Signal<Local, Bit>,
    mem_teear: Signal<Local, Bits<32>>,
    mem_value: Signal<Local, Bits<32>>,
    mem_rd_we: Signal<Local, Bit>,
    mem_spr: Signal<Local, Bits<32>>,
    mem_swa_ok: Signal<Local, Bit>,
    mem_store_done: Signal<Local, Bit>,
    mem_serialize: Signal<Local, Bit>,
    mem_intr: Signal<Local, Bit>,
    mem_ivec: Signal<Local, Bits<32>>,
    mem_flush: Signal<Local, Bit>,
    mem_redirect: Signal<Local, Bits<32>>,
    /// SR after the committing instruction, and after an interrupt entry.
    sr_c: Signal<Local, Bits<32>>,
    /// SR[SM], SR[F], SR[IME]: read by several stages.
    sr_sm: Signal<Local, Bit>,
    sr_f: Signal<Local, Bit>,
    sr_ime: Signal<Local, Bit>,
    sr_n: Signal<Local, Bits<32>>,
    sr_entry: Signal<Local, Bits<32>>,
    vec_base: Signal<Local, Bits<32>>,

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
    mem_gpr_wr: Signal<Local, Bit>,
    /// The register written at the last clock edge (the register file's
    /// read of that cycle returned the old value).
    last_we: DFF<Bit>,
    last_rd: DFF<Bits<5>>,
    last_val: DFF<Bits<32>>,
    /// An interrupt was entered after the instruction now in WB; reported
    /// on the retirement port in the next free cycle.
    intr_pend: DFF<Bit>,
    intr_pc: DFF<Bits<32>>,
    intr_vec: DFF<Bits<32>>,
    intr_sr: DFF<Bits<32>>,

    // ---- or1k-arch values
    k_vec_bus: Constant<Bits<32>>,
    k_spr_dcbfr: Constant<Bits<32>>,
    k_spr_dcbir: Constant<Bits<32>>,
    k_spr_dcbwr: Constant<Bits<32>>,
    k_spr_icbir: Constant<Bits<32>>,
    k_spr_dccfgr: Constant<Bits<32>>,
    k_spr_iccfgr: Constant<Bits<32>>,
    k_dccfgr_value: Constant<Bits<32>>,
    k_iccfgr_value: Constant<Bits<32>>,
    k_sr_ice: Constant<Bits<32>>,
    k_sr_dce: Constant<Bits<32>>,
    k_bit31: Constant<Bits<32>>,
    k_vec_dpf: Constant<Bits<32>>,
    k_vec_ipf: Constant<Bits<32>>,
    k_vec_dtlb: Constant<Bits<32>>,
    k_vec_itlb: Constant<Bits<32>>,
    k_tr_sre: Constant<Bits<32>>,
    k_tr_ure: Constant<Bits<32>>,
    k_tr_swe: Constant<Bits<32>>,
    k_tr_uwe: Constant<Bits<32>>,
    k_tr_sxe: Constant<Bits<32>>,
    k_tr_uxe: Constant<Bits<32>>,
    k_spr_dtlbmr: Constant<Bits<32>>,
    k_spr_dtlbtr: Constant<Bits<32>>,
    k_spr_itlbmr: Constant<Bits<32>>,
    k_spr_itlbtr: Constant<Bits<32>>,
    k_spr_dtlbeir: Constant<Bits<32>>,
    k_spr_itlbeir: Constant<Bits<32>>,
    k_spr_dmmucfgr: Constant<Bits<32>>,
    k_spr_gpr0: Constant<Bits<32>>,
    k_gpr_mask: Constant<Bits<32>>,
    k_spr_immucfgr: Constant<Bits<32>>,
    k_mmucfgr_value: Constant<Bits<32>>,
    k_set_mask: Constant<Bits<32>>,
    k_vec_tick: Constant<Bits<32>>,
    k_vec_align: Constant<Bits<32>>,
    k_vec_illegal: Constant<Bits<32>>,
    k_vec_ext: Constant<Bits<32>>,
    k_vec_range: Constant<Bits<32>>,
    k_vec_sys: Constant<Bits<32>>,
    k_vec_trap: Constant<Bits<32>>,
    k_sr_sm: Constant<Bits<32>>,
    k_sr_tee: Constant<Bits<32>>,
    k_sr_iee: Constant<Bits<32>>,
    k_sr_dme: Constant<Bits<32>>,
    k_sr_ime: Constant<Bits<32>>,
    k_sr_f: Constant<Bits<32>>,
    k_sr_cy: Constant<Bits<32>>,
    k_sr_ov: Constant<Bits<32>>,
    k_sr_ove: Constant<Bits<32>>,
    k_sr_dsx: Constant<Bits<32>>,
    k_sr_eph: Constant<Bits<32>>,
    k_sr_fo: Constant<Bits<32>>,
    k_sr_sumra: Constant<Bits<32>>,
    k_user_spr_last: Constant<Bits<32>>,
    k_sr_writable: Constant<Bits<32>>,
    k_sr_reset: Constant<Bits<32>>,
    k_eph_base: Constant<Bits<32>>,
    k_spr_vr: Constant<Bits<32>>,
    k_spr_upr: Constant<Bits<32>>,
    k_spr_cpucfgr: Constant<Bits<32>>,
    k_spr_npc: Constant<Bits<32>>,
    k_spr_sr: Constant<Bits<32>>,
    k_spr_ppc: Constant<Bits<32>>,
    k_spr_epcr: Constant<Bits<32>>,
    k_spr_eear: Constant<Bits<32>>,
    k_spr_esr: Constant<Bits<32>>,
    k_spr_maclo: Constant<Bits<32>>,
    k_spr_machi: Constant<Bits<32>>,
    k_spr_picmr: Constant<Bits<32>>,
    k_spr_picsr: Constant<Bits<32>>,
    k_spr_ttmr: Constant<Bits<32>>,
    k_spr_ttcr: Constant<Bits<32>>,
    k_vr_value: Constant<Bits<32>>,
    k_upr_value: Constant<Bits<32>>,
    k_cpucfgr_value: Constant<Bits<32>>,
}

impl Default for Core {
    fn default() -> Self {
        Core {
            clock: Default::default(),
            reset: Default::default(),
            iwb_adr: Default::default(),
            iwb_dat_i: Default::default(),
            iwb_dat_o: Default::default(),
            iwb_sel: Default::default(),
            iwb_we: Default::default(),
            iwb_cyc: Default::default(),
            iwb_stb: Default::default(),
            iwb_cti: Default::default(),
            iwb_bte: Default::default(),
            iwb_ack: Default::default(),
            iwb_err: Default::default(),
            dwb_adr: Default::default(),
            dwb_dat_i: Default::default(),
            dwb_dat_o: Default::default(),
            dwb_sel: Default::default(),
            dwb_we: Default::default(),
            dwb_cyc: Default::default(),
            dwb_stb: Default::default(),
            dwb_cti: Default::default(),
            dwb_bte: Default::default(),
            dwb_ack: Default::default(),
            dwb_err: Default::default(),
            irq: Default::default(),
            rt_valid: Default::default(),
            rt_pc: Default::default(),
            rt_insn: Default::default(),
            rt_rd_we: Default::default(),
            rt_rd: Default::default(),
            rt_rd_val: Default::default(),
            rt_sr: Default::default(),
            rt_mw_valid: Default::default(),
            rt_mw_addr: Default::default(),
            rt_mw_size: Default::default(),
            rt_mw_data: Default::default(),
            rt_exc_valid: Default::default(),
            rt_exc_vec: Default::default(),
            rt_intr: Default::default(),
            rt_r3: Default::default(),
            fetch: Default::default(),
            rf: Default::default(),
            rf_dec: Default::default(),
            id_dec: Default::default(),
            ex_dec: Default::default(),
            mem_dec: Default::default(),
            alu: Default::default(),
            mul: Default::default(),
            div: Default::default(),
            lsu: Default::default(),
            tick: Default::default(),
            pic: Default::default(),
            dtlb: Default::default(),
            itlb: Default::default(),
            icache: Default::default(),
            dcache: Default::default(),
            sr: Default::default(),
            epcr: Default::default(),
            eear: Default::default(),
            esr: Default::default(),
            maclo: Default::default(),
            machi: Default::default(),
            resv_valid: Default::default(),
            resv_addr: Default::default(),
            resv_val: Default::default(),
            ds_next: Default::default(),
            id_op_a: Default::default(),
            id_op_b: Default::default(),
            id_rb: Default::default(),
            id_stall_a: Default::default(),
            id_stall_b: Default::default(),
            id_hazard: Default::default(),
            id_advance: Default::default(),
            id_exc: Default::default(),
            id_vec: Default::default(),
            ex_valid: Default::default(),
            ex_pc: Default::default(),
            ex_insn: Default::default(),
            ex_a: Default::default(),
            ex_b: Default::default(),
            ex_ds: Default::default(),
            ex_exc: Default::default(),
            ex_vec: Default::default(),
            ex_cyc: Default::default(),
            br_next: Default::default(),
            ex_ok: Default::default(),
            ex_rd: Default::default(),
            ex_wr: Default::default(),
            ex_opb: Default::default(),
            ex_result: Default::default(),
            ex_res_ok: Default::default(),
            ex_busy: Default::default(),
            ex_advance: Default::default(),
            ex_taken: Default::default(),
            ex_target: Default::default(),
            ex_npc: Default::default(),
            ex_ea: Default::default(),
            ex_misaligned: Default::default(),
            ex_jmisaligned: Default::default(),
            ex_ov: Default::default(),
            ex_has_ov: Default::default(),
            ex_range: Default::default(),
            ex_muldiv: Default::default(),
            ex_div0: Default::default(),
            ex_lo_sext: Default::default(),
            ex_prod: Default::default(),
            ex_acc: Default::default(),
            ex_acc_new: Default::default(),
            ex_write: Default::default(),
            ex_sr_new: Default::default(),
            mem_valid: Default::default(),
            mem_pc: Default::default(),
            mem_insn: Default::default(),
            mem_npc: Default::default(),
            mem_ds: Default::default(),
            mem_a: Default::default(),
            mem_b: Default::default(),
            mem_result: Default::default(),
            mem_ea: Default::default(),
            mem_wr: Default::default(),
            mem_rd: Default::default(),
            mem_exc: Default::default(),
            mem_vec: Default::default(),
            mem_eear_we: Default::default(),
            mem_eear: Default::default(),
            mem_swa_wr: Default::default(),
            mem_tlb_rd: Default::default(),
            mem_tlb_spr: Default::default(),
            mem_cache_op: Default::default(),
            mem_icbir: Default::default(),
            mem_op_wait: Default::default(),

            mem_dmmu: Default::default(),
            mem_tlb_fault: Default::default(),
            mem_pa: Default::default(),
            spr_dmr: Default::default(),
            spr_dtr: Default::default(),
            spr_imr: Default::default(),
            spr_itr: Default::default(),
            mem_ok: Default::default(),
            mem_late: Default::default(),
            mem_priv: Default::default(),
            mem_user_rd: Default::default(),
            mem_swa_hit: Default::default(),
            mem_swa_align: Default::default(),
            mem_access: Default::default(),
            mem_busy: Default::default(),
            mem_commit: Default::default(),
            mem_trap: Default::default(),
            mem_tvec: Default::default(),
            mem_teear_we: Default::default(),
            mem_teear: Default::default(),
            mem_value: Default::default(),
            mem_rd_we: Default::default(),
            mem_spr: Default::default(),
            mem_swa_ok: Default::default(),
            mem_store_done: Default::default(),
            mem_serialize: Default::default(),
            mem_intr: Default::default(),
            mem_ivec: Default::default(),
            mem_flush: Default::default(),
            mem_redirect: Default::default(),
            sr_c: Default::default(),
            sr_sm: Default::default(),
            sr_f: Default::default(),
            sr_ime: Default::default(),
            sr_n: Default::default(),
            sr_entry: Default::default(),
            vec_base: Default::default(),
            wb_valid: Default::default(),
            wb_pc: Default::default(),
            wb_insn: Default::default(),
            wb_we: Default::default(),
            wb_rd: Default::default(),
            wb_val: Default::default(),
            wb_sr: Default::default(),
            wb_mw: Default::default(),
            wb_mw_addr: Default::default(),
            wb_mw_size: Default::default(),
            wb_mw_data: Default::default(),
            wb_exc: Default::default(),
            wb_vec: Default::default(),
            wb_r3: Default::default(),
            wb_hide_rd: Default::default(),
            mem_gpr_wr: Default::default(),
            last_we: Default::default(),
            last_rd: Default::default(),
            last_val: Default::default(),
            intr_pend: Default::default(),
            intr_pc: Default::default(),
            intr_vec: Default::default(),
            intr_sr: Default::default(),
            k_vec_bus: k(VEC_BUS_ERROR),
            k_spr_dcbfr: k(SPR_DCBFR),
            k_spr_dcbir: k(SPR_DCBIR),
            k_spr_dcbwr: k(SPR_DCBWR),
            k_spr_icbir: k(SPR_ICBIR),
            k_spr_dccfgr: k(SPR_DCCFGR),
            k_spr_iccfgr: k(SPR_ICCFGR),
            k_dccfgr_value: k(DCCFGR_VALUE),
            k_iccfgr_value: k(ICCFGR_VALUE),
            k_sr_ice: k(SR_ICE),
            k_sr_dce: k(SR_DCE),
            k_bit31: k(1 << 31),
            k_vec_dpf: k(VEC_DPAGE_FAULT),
            k_vec_ipf: k(VEC_IPAGE_FAULT),
            k_vec_dtlb: k(VEC_DTLB_MISS),
            k_vec_itlb: k(VEC_ITLB_MISS),
            k_tr_sre: k(DTLB_TR_SRE),
            k_tr_ure: k(DTLB_TR_URE),
            k_tr_swe: k(DTLB_TR_SWE),
            k_tr_uwe: k(DTLB_TR_UWE),
            k_tr_sxe: k(ITLB_TR_SXE),
            k_tr_uxe: k(ITLB_TR_UXE),
            k_spr_dtlbmr: k(SPR_DTLBW0MR0),
            k_spr_dtlbtr: k(SPR_DTLBW0TR0),
            k_spr_itlbmr: k(SPR_ITLBW0MR0),
            k_spr_itlbtr: k(SPR_ITLBW0TR0),
            k_spr_dtlbeir: k(SPR_DTLBEIR),
            k_spr_itlbeir: k(SPR_ITLBEIR),
            k_spr_dmmucfgr: k(SPR_DMMUCFGR),
            k_spr_gpr0: k(SPR_GPR0),
            k_gpr_mask: k(!31),
            k_spr_immucfgr: k(SPR_IMMUCFGR),
            k_mmucfgr_value: k(MMUCFGR_VALUE),
            k_set_mask: k(!(TLB_SETS - 1)),
            k_vec_tick: k(VEC_TICK),
            k_vec_align: k(VEC_ALIGN),
            k_vec_illegal: k(VEC_ILLEGAL),
            k_vec_ext: k(VEC_EXTERNAL),
            k_vec_range: k(VEC_RANGE),
            k_vec_sys: k(VEC_SYSCALL),
            k_vec_trap: k(VEC_TRAP),
            k_sr_sm: k(SR_SM),
            k_sr_tee: k(SR_TEE),
            k_sr_iee: k(SR_IEE),
            k_sr_dme: k(SR_DME),
            k_sr_ime: k(SR_IME),
            k_sr_f: k(SR_F),
            k_sr_cy: k(SR_CY),
            k_sr_ov: k(SR_OV),
            k_sr_ove: k(SR_OVE),
            k_sr_dsx: k(SR_DSX),
            k_sr_eph: k(SR_EPH),
            k_sr_fo: k(SR_FO),
            k_sr_sumra: k(SR_SUMRA),
            k_user_spr_last: k(USER_SPR_LAST),
            k_sr_writable: k(SR_WRITABLE),
            k_sr_reset: k(SR_RESET),
            k_eph_base: k(0xf000_0000),
            k_spr_vr: k(SPR_VR),
            k_spr_upr: k(SPR_UPR),
            k_spr_cpucfgr: k(SPR_CPUCFGR),
            k_spr_npc: k(SPR_NPC),
            k_spr_sr: k(SPR_SR),
            k_spr_ppc: k(SPR_PPC),
            k_spr_epcr: k(SPR_EPCR0),
            k_spr_eear: k(SPR_EEAR0),
            k_spr_esr: k(SPR_ESR0),
            k_spr_maclo: k(SPR_MACLO),
            k_spr_machi: k(SPR_MACHI),
            k_spr_picmr: k(SPR_PICMR),
            k_spr_picsr: k(SPR_PICSR),
            k_spr_ttmr: k(SPR_TTMR),
            k_spr_ttcr: k(SPR_TTCR),
            k_vr_value: k(VR_VALUE),
            k_upr_value: k(UPR_VALUE | UPR_DCP | UPR_ICP),
            k_cpucfgr_value: k(CPUCFGR_VALUE),
        }
    }
}

impl Logic for Core {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, sr, epcr, eear, esr, maclo, machi, resv_valid, resv_addr, resv_val, ds_next,
            ex_valid, ex_pc, ex_insn, ex_a, ex_b, ex_ds, ex_exc, ex_vec, ex_cyc, br_next, mem_valid,
            mem_pc, mem_insn, mem_npc, mem_ds, mem_a, mem_b, mem_result, mem_ea, mem_wr, mem_rd,
            mem_exc, mem_vec, mem_eear_we, mem_eear, mem_swa_wr, mem_tlb_rd, wb_valid, wb_pc, wb_insn, wb_we,
            wb_rd, wb_val, wb_sr, wb_mw, wb_mw_addr, wb_mw_size, wb_mw_data, wb_exc, wb_vec, wb_r3, wb_hide_rd,
            last_we, last_rd, last_val, intr_pend, intr_pc, intr_vec, intr_sr
        );
        clock!(self, clock, fetch, rf, mul, div, tick, pic, dtlb, itlb, icache, dcache);
        self.icache.reset.next = self.reset.val();
        self.dcache.reset.next = self.reset.val();
        self.dtlb.reset.next = self.reset.val();
        self.itlb.reset.next = self.reset.val();
        self.fetch.reset.next = self.reset.val();
        self.tick.reset.next = self.reset.val();
        self.pic.reset.next = self.reset.val();
        self.pic.lines.next = self.irq.val();
        self.sr_sm.next = (self.sr.q.val() & self.k_sr_sm.val()).any();
        self.sr_f.next = (self.sr.q.val() & self.k_sr_f.val()).any();
        self.sr_ime.next = (self.sr.q.val() & self.k_sr_ime.val()).any();

        // ---------------- buses
        self.icache.enable.next = (self.sr.q.val() & self.k_sr_ice.val()).any();
        self.icache.f_adr.next = self.fetch.iwb_adr.val();
        self.icache.f_stb.next = self.fetch.iwb_stb.val();
        self.icache.f_cti.next = self.fetch.iwb_cti.val();
        self.icache.f_ci.next = (self.fetch.iwb_adr.val() & self.k_bit31.val()).any();
        if self.sr_ime.val() {
            self.icache.f_ci.next = self.itlb.ci.val();
        }
        self.iwb_adr.next = self.icache.m_adr.val();
        self.iwb_cyc.next = self.icache.m_cyc.val();
        self.iwb_stb.next = self.icache.m_stb.val();
        self.iwb_cti.next = self.icache.m_cti.val();
        self.iwb_bte.next = 0.into();
        self.iwb_we.next = false;
        self.iwb_sel.next = 0xF.into();
        self.iwb_dat_o.next = 0.into();
        self.icache.m_dat_i.next = self.iwb_dat_i.val();
        self.icache.m_ack.next = self.iwb_ack.val();
        self.icache.m_err.next = self.iwb_err.val();
        self.fetch.iwb_dat_i.next = self.icache.f_dat.val();
        self.fetch.iwb_ack.next = self.icache.f_ack.val();
        self.fetch.iwb_err.next = self.icache.f_err.val();
        self.dcache.enable.next = (self.sr.q.val() & self.k_sr_dce.val()).any();
        self.dcache.l_adr.next = self.lsu.dwb_adr.val();
        self.dcache.l_dat_o.next = self.lsu.dwb_dat_o.val();
        self.dcache.l_sel.next = self.lsu.dwb_sel.val();
        self.dcache.l_we.next = self.lsu.dwb_we.val();
        self.dcache.l_stb.next = self.lsu.dwb_stb.val();
        self.lsu.dwb_dat_i.next = self.dcache.l_dat.val();
        self.lsu.dwb_ack.next = self.dcache.l_ack.val();
        self.lsu.dwb_err.next = self.dcache.l_err.val();
        self.dwb_adr.next = self.dcache.m_adr.val();
        self.dwb_dat_o.next = self.dcache.m_dat_o.val();
        self.dwb_sel.next = self.dcache.m_sel.val();
        self.dwb_we.next = self.dcache.m_we.val();
        self.dwb_cyc.next = self.dcache.m_cyc.val();
        self.dwb_stb.next = self.dcache.m_stb.val();
        self.dwb_cti.next = self.dcache.m_cti.val();
        self.dwb_bte.next = 0.into();
        self.dcache.m_dat_i.next = self.dwb_dat_i.val();
        self.dcache.m_ack.next = self.dwb_ack.val();
        self.dcache.m_err.next = self.dwb_err.val();

        // ---------------- decoders
        self.rf_dec.insn.next = self.fetch.next_insn.val();
        self.id_dec.insn.next = self.fetch.id_insn.val();
        self.ex_dec.insn.next = self.ex_insn.q.val();
        self.mem_dec.insn.next = self.mem_insn.q.val();

        // ---------------- register file
        self.rf.ra_addr.next = self.rf_dec.ra.val();
        self.rf.rb_addr.next = self.rf_dec.rb.val();
        self.rf.we.next = self.wb_valid.q.val() & self.wb_we.q.val();
        self.rf.waddr.next = self.wb_rd.q.val();
        self.rf.wdata.next = self.wb_val.q.val();
        self.last_we.d.next = self.wb_valid.q.val() & self.wb_we.q.val();
        self.last_rd.d.next = self.wb_rd.q.val();
        self.last_val.d.next = self.wb_val.q.val();

        // ================= EX (first: ID forwards from it)
        self.ex_ok.next = self.ex_valid.q.val() & !self.ex_exc.q.val();
        self.ex_rd.next = self.ex_insn.q.val().get_bits::<5>(21);
        if self.ex_dec.link.val() {
            self.ex_rd.next = 9.into();
        }
        self.ex_wr.next = self.ex_ok.val()
            & (self.ex_dec.rd_we.val() | self.ex_dec.link.val())
            & self.ex_rd.val().any();
        self.ex_opb.next = self.ex_b.q.val();
        if self.ex_dec.use_imm.val() {
            self.ex_opb.next = self.ex_dec.imm.val();
        }
        self.alu.fun.next = self.ex_dec.alu_fn.val();
        self.alu.a.next = self.ex_a.q.val();
        self.alu.b.next = self.ex_opb.val();
        self.alu.cy_in.next = (self.sr.q.val() & self.k_sr_cy.val()).any();
        self.alu.flag_in.next = self.sr_f.val();
        self.alu.sf_eq.next = self.ex_dec.sf_eq.val();
        self.alu.sf_ne.next = self.ex_dec.sf_ne.val();
        self.alu.sf_gt.next = self.ex_dec.sf_gt.val();
        self.alu.sf_ge.next = self.ex_dec.sf_ge.val();
        self.alu.sf_lt.next = self.ex_dec.sf_lt.val();
        self.alu.sf_le.next = self.ex_dec.sf_le.val();
        self.alu.sf_signed.next = self.ex_dec.sf_signed.val();
        self.mul.a.next = self.ex_a.q.val();
        self.mul.b.next = self.ex_opb.val();
        self.ex_div0.next = !self.ex_b.q.val().any();
        self.div.a.next = self.ex_a.q.val();
        self.div.b.next = self.ex_b.q.val();
        self.div.sgn.next = self.ex_dec.div.val();
        self.div.start.next = self.ex_ok.val()
            & (self.ex_dec.div.val() | self.ex_dec.divu.val())
            & !self.ex_div0.val()
            & (self.ex_cyc.q.val() == 0);
        self.ex_muldiv.next = self.ex_dec.mul.val()
            | self.ex_dec.mulu.val()
            | self.ex_dec.mac.val()
            | self.ex_dec.msb.val();

        // multiply/MAC results and overflow
        self.ex_lo_sext.next = 0.into();
        if self.mul.lo.val().get_bit(31) {
            self.ex_lo_sext.next = 0xFFFF_FFFF_u64.into();
        }
        self.ex_prod.next = (bit_cast::<64, 32>(self.mul.hi_s.val()) << 32) | bit_cast::<64, 32>(self.mul.lo.val());
        self.ex_acc.next = (bit_cast::<64, 32>(self.machi.q.val()) << 32) | bit_cast::<64, 32>(self.maclo.q.val());
        self.ex_acc_new.next = self.ex_acc.val() + self.ex_prod.val();
        if self.ex_dec.msb.val() {
            self.ex_acc_new.next = self.ex_acc.val() - self.ex_prod.val();
        }

        self.ex_result.next = self.alu.result.val();
        self.ex_ov.next = self.alu.ov.val();
        self.ex_has_ov.next = self.ex_dec.alu_flags.val();
        if self.ex_dec.mul.val() {
            self.ex_result.next = self.mul.lo.val();
            self.ex_ov.next = self.mul.hi_s.val() != self.ex_lo_sext.val();
            self.ex_has_ov.next = true;
        }
        if self.ex_dec.mulu.val() {
            self.ex_result.next = self.mul.lo.val();
        }
        if self.ex_dec.div.val() | self.ex_dec.divu.val() {
            self.ex_result.next = self.div.quotient.val();
            if self.ex_div0.val() {
                self.ex_result.next = self.ex_a.q.val();
            }
        }
        if self.ex_dec.div.val() {
            self.ex_ov.next = self.ex_div0.val();
            self.ex_has_ov.next = true;
        }
        if self.ex_dec.mac.val() {
            self.ex_ov.next = (self.ex_acc.val().get_bit(63) == self.ex_prod.val().get_bit(63))
                & (self.ex_acc_new.val().get_bit(63) != self.ex_acc.val().get_bit(63));
            self.ex_has_ov.next = true;
        }
        if self.ex_dec.msb.val() {
            self.ex_ov.next = (self.ex_acc.val().get_bit(63) != self.ex_prod.val().get_bit(63))
                & (self.ex_acc_new.val().get_bit(63) != self.ex_acc.val().get_bit(63));
            self.ex_has_ov.next = true;
        }
        if self.ex_dec.macrc.val() {
            self.ex_result.next = self.maclo.q.val();
        }
        if self.ex_dec.link.val() {
            self.ex_result.next = self.ex_pc.q.val() + 8;
        }
        self.ex_range.next = self.ex_ok.val()
            & self.ex_has_ov.val()
            & self.ex_ov.val()
            & (self.sr.q.val() & self.k_sr_ove.val()).any();

        // result available for forwarding this cycle?
        self.ex_res_ok.next = !(self.ex_dec.load.val() | self.ex_dec.mfspr.val());
        if self.ex_muldiv.val() & (self.ex_cyc.q.val() == 0) {
            self.ex_res_ok.next = false;
        }
        if (self.ex_dec.div.val() | self.ex_dec.divu.val())
            & !self.ex_div0.val()
            & ((self.ex_cyc.q.val() == 0) | !self.div.done.val())
        {
            self.ex_res_ok.next = false;
        }

        // branch unit; a delay slot continues at br_next. A misaligned
        // l.jr/l.jalr target is not taken: the jump traps in MEM, which
        // squashes its delay slot.
        self.ex_jmisaligned.next = self.ex_ok.val()
            & self.ex_dec.branch.val()
            & self.ex_dec.br_reg.val()
            & self.ex_b.q.val().get_bits::<2>(0).any();
        self.ex_taken.next = self.ex_ok.val()
            & self.ex_dec.branch.val()
            & !self.ex_jmisaligned.val()
            & ((!self.ex_dec.br_if_f.val() & !self.ex_dec.br_if_nf.val())
                | (self.ex_dec.br_if_f.val() & self.sr_f.val())
                | (self.ex_dec.br_if_nf.val() & !self.sr_f.val()));
        self.ex_target.next = self.ex_pc.q.val() + self.ex_dec.br_off.val();
        if self.ex_dec.br_reg.val() {
            self.ex_target.next = self.ex_b.q.val();
        }
        self.ex_npc.next = self.ex_pc.q.val() + 4;
        if self.ex_ds.q.val() {
            self.ex_npc.next = self.br_next.q.val();
        }

        // effective address (l.mfspr/l.mtspr: rA | K), alignment
        self.ex_ea.next = self.ex_a.q.val() + self.ex_dec.imm.val();
        if self.ex_dec.mfspr.val() | self.ex_dec.mtspr.val() {
            self.ex_ea.next = self.ex_a.q.val() | self.ex_dec.imm.val();
        }
        self.ex_misaligned.next = (self.ex_ok.val()
            & (self.ex_dec.load.val() | (self.ex_dec.store.val() & !self.ex_dec.swa.val()))
            & (((self.ex_dec.size.val() == 4) & self.ex_ea.val().get_bits::<2>(0).any())
                | ((self.ex_dec.size.val() == 2) & self.ex_ea.val().get_bit(0))))
            | self.ex_jmisaligned.val();

        self.ex_busy.next = false;
        if self.ex_ok.val() {
            if !self.ex_res_ok.val() & !self.ex_dec.load.val() & !self.ex_dec.mfspr.val() {
                self.ex_busy.next = true;
            }
            if self.ex_muldiv.val() & (self.ex_cyc.q.val() == 0) {
                self.ex_busy.next = true;
            }
            // a branch leaves EX only with its delay slot in ID behind it
            if self.ex_dec.branch.val() & !self.fetch.id_valid.val() {
                self.ex_busy.next = true;
            }
        }

        // ================= MEM
        self.mem_ok.next = self.mem_valid.q.val() & !self.mem_exc.q.val();
        self.mem_late.next = self.mem_dec.load.val() | self.mem_dec.mfspr.val();
        self.mem_user_rd.next = self.mem_dec.mfspr.val()
            & (self.sr.q.val() & self.k_sr_sumra.val()).any()
            & (self.mem_ea.q.val() <= self.k_user_spr_last.val());
        self.mem_priv.next = self.mem_ok.val()
            & (self.mem_dec.mfspr.val() | self.mem_dec.mtspr.val() | self.mem_dec.rfe.val())
            & !self.sr_sm.val()
            & !self.mem_user_rd.val();
        self.mem_swa_hit.next = self.resv_valid.q.val() & (self.resv_addr.q.val() == self.mem_ea.q.val());
        self.mem_swa_align.next = self.mem_ok.val()
            & self.mem_dec.swa.val()
            & self.mem_swa_hit.val()
            & self.mem_ea.q.val().get_bits::<2>(0).any();
        self.mem_access.next = self.mem_ok.val()
            & !self.mem_priv.val()
            & (self.mem_dec.load.val()
                | (self.mem_dec.store.val() & !self.mem_dec.swa.val())
                | (self.mem_dec.swa.val() & self.mem_swa_hit.val() & !self.mem_swa_align.val()));
        // DMMU: the set was read when the instruction entered MEM
        self.mem_dmmu.next = (self.sr.q.val() & self.k_sr_dme.val()).any();
        self.dtlb.vaddr.next = self.mem_ea.q.val();
        self.dtlb.need.next = self.k_tr_ure.val();
        if self.mem_dec.store.val() {
            self.dtlb.need.next = self.k_tr_uwe.val();
        }
        if self.sr_sm.val() {
            self.dtlb.need.next = self.k_tr_sre.val();
            if self.mem_dec.store.val() {
                self.dtlb.need.next = self.k_tr_swe.val();
            }
        }
        self.mem_tlb_fault.next = self.mem_access.val()
            & self.mem_dmmu.val()
            & (!self.dtlb.hit.val() | !self.dtlb.allowed.val());
        self.mem_pa.next = self.mem_ea.q.val();
        if self.mem_dmmu.val() {
            self.mem_pa.next = self.dtlb.paddr.val();
        }
        self.lsu.req.next = self.mem_access.val() & !self.mem_tlb_fault.val();
        self.dcache.l_ci.next = (self.mem_pa.val() & self.k_bit31.val()).any();
        if self.mem_dmmu.val() {
            self.dcache.l_ci.next = self.dtlb.ci.val();
        }
        // cache-control SPRs act before the l.mtspr commits
        self.mem_cache_op.next = 0.into();
        if self.mem_ok.val() & self.mem_dec.mtspr.val() & !self.mem_priv.val() {
            if self.mem_ea.q.val() == self.k_spr_dcbfr.val() {
                self.mem_cache_op.next = 1.into();
            }
            if self.mem_ea.q.val() == self.k_spr_dcbir.val() {
                self.mem_cache_op.next = 2.into();
            }
            if self.mem_ea.q.val() == self.k_spr_dcbwr.val() {
                self.mem_cache_op.next = 3.into();
            }
        }
        self.mem_icbir.next = self.mem_ok.val()
            & self.mem_dec.mtspr.val()
            & !self.mem_priv.val()
            & (self.mem_ea.q.val() == self.k_spr_icbir.val());
        self.dcache.op.next = self.mem_cache_op.val();
        self.dcache.op_addr.next = self.mem_b.q.val();
        self.icache.inv.next = self.mem_icbir.val();
        self.icache.inv_addr.next = self.mem_b.q.val();
        self.mem_op_wait.next = (self.mem_cache_op.val().any() & !self.dcache.op_done.val())
            | (self.mem_icbir.val() & !self.icache.inv_ready.val());
        self.lsu.we.next = self.mem_dec.store.val() & (!self.mem_dec.swa.val() | self.mem_swa_wr.q.val());
        self.lsu.addr.next = self.mem_pa.val();
        self.lsu.size.next = self.mem_dec.size.val();
        self.lsu.sgn.next = self.mem_dec.load_signed.val();
        self.lsu.wdata.next = self.mem_b.q.val();
        // l.swa: read, compare with the reserved value, then store
        self.mem_busy.next = self.mem_access.val()
            & !self.mem_tlb_fault.val()
            & !self.lsu.done.val()
            & !self.lsu.err.val();
        if self.mem_op_wait.val() {
            self.mem_busy.next = true;
        }
        // l.mfspr of a TLB entry waits one cycle for the borrowed read port
        self.spr_dmr.next = (self.mem_ea.q.val() & self.k_set_mask.val()) == self.k_spr_dtlbmr.val();
        self.spr_dtr.next = (self.mem_ea.q.val() & self.k_set_mask.val()) == self.k_spr_dtlbtr.val();
        self.spr_imr.next = (self.mem_ea.q.val() & self.k_set_mask.val()) == self.k_spr_itlbmr.val();
        self.spr_itr.next = (self.mem_ea.q.val() & self.k_set_mask.val()) == self.k_spr_itlbtr.val();
        self.mem_tlb_spr.next = self.mem_ok.val()
            & self.mem_dec.mfspr.val()
            & (self.spr_dmr.val() | self.spr_dtr.val() | self.spr_imr.val() | self.spr_itr.val());
        self.mem_tlb_rd.d.next = self.mem_tlb_spr.val();
        if self.mem_tlb_spr.val() & !self.mem_tlb_rd.q.val() & !self.mem_priv.val() {
            self.mem_busy.next = true;
        }
        self.mem_swa_ok.next = false;
        if self.mem_dec.swa.val() & self.mem_access.val() & !self.mem_swa_wr.q.val() & self.lsu.done.val() {
            if self.lsu.rword.val() == self.resv_val.q.val() {
                self.mem_busy.next = true;
                self.mem_swa_wr.d.next = true;
            }
        }
        if self.mem_dec.swa.val() & self.mem_swa_wr.q.val() & self.lsu.done.val() {
            self.mem_swa_ok.next = true;
        }
        self.mem_store_done.next = self.mem_dec.store.val()
            & self.lsu.done.val()
            & (!self.mem_dec.swa.val() | self.mem_swa_wr.q.val());
        self.mem_commit.next = self.mem_valid.q.val() & !self.mem_busy.val();

        // the trap this instruction takes, if any (IF/ID/EX faults first)
        self.mem_trap.next = self.mem_exc.q.val();
        self.mem_tvec.next = self.mem_vec.q.val();
        self.mem_teear_we.next = self.mem_eear_we.q.val();
        self.mem_teear.next = self.mem_eear.q.val();
        if self.mem_ok.val() {
            if self.mem_priv.val() {
                self.mem_trap.next = true;
                self.mem_tvec.next = self.k_vec_illegal.val();
                self.mem_teear_we.next = true;
                self.mem_teear.next = self.mem_pc.q.val();
            } else if self.mem_swa_align.val() {
                self.mem_trap.next = true;
                self.mem_tvec.next = self.k_vec_align.val();
                self.mem_teear_we.next = true;
                self.mem_teear.next = self.mem_ea.q.val();
            } else if self.mem_tlb_fault.val() {
                self.mem_trap.next = true;
                self.mem_tvec.next = self.k_vec_dpf.val();
                if !self.dtlb.hit.val() {
                    self.mem_tvec.next = self.k_vec_dtlb.val();
                }
                self.mem_teear_we.next = true;
                self.mem_teear.next = self.mem_ea.q.val();
            } else if self.lsu.err.val() {
                self.mem_trap.next = true;
                self.mem_tvec.next = self.k_vec_bus.val();
                self.mem_teear_we.next = true;
                self.mem_teear.next = self.mem_ea.q.val();
            }
        }

        // SPR reads
        self.mem_spr.next = 0.into();
        if self.mem_ea.q.val() == self.k_spr_vr.val() {
            self.mem_spr.next = self.k_vr_value.val();
        }
        if self.mem_ea.q.val() == self.k_spr_upr.val() {
            self.mem_spr.next = self.k_upr_value.val();
        }
        if self.mem_ea.q.val() == self.k_spr_cpucfgr.val() {
            self.mem_spr.next = self.k_cpucfgr_value.val();
        }
        if self.mem_ea.q.val() == self.k_spr_npc.val() {
            self.mem_spr.next = self.mem_npc.q.val();
        }
        if self.mem_ea.q.val() == self.k_spr_sr.val() {
            self.mem_spr.next = self.sr.q.val();
        }
        if self.mem_ea.q.val() == self.k_spr_ppc.val() {
            self.mem_spr.next = self.mem_pc.q.val();
        }
        if self.mem_ea.q.val() == self.k_spr_epcr.val() {
            self.mem_spr.next = self.epcr.q.val();
        }
        if self.mem_ea.q.val() == self.k_spr_eear.val() {
            self.mem_spr.next = self.eear.q.val();
        }
        if self.mem_ea.q.val() == self.k_spr_esr.val() {
            self.mem_spr.next = self.esr.q.val();
        }
        if self.mem_ea.q.val() == self.k_spr_maclo.val() {
            self.mem_spr.next = self.maclo.q.val();
        }
        if self.mem_ea.q.val() == self.k_spr_machi.val() {
            self.mem_spr.next = self.machi.q.val();
        }
        if self.mem_ea.q.val() == self.k_spr_picmr.val() {
            self.mem_spr.next = self.pic.picmr.val();
        }
        if self.mem_ea.q.val() == self.k_spr_picsr.val() {
            self.mem_spr.next = self.pic.picsr.val();
        }
        if self.mem_ea.q.val() == self.k_spr_ttmr.val() {
            self.mem_spr.next = self.tick.ttmr.val();
        }
        if self.mem_ea.q.val() == self.k_spr_ttcr.val() {
            self.mem_spr.next = self.tick.ttcr.val();
        }
        if self.mem_ea.q.val() == self.k_spr_dccfgr.val() {
            self.mem_spr.next = self.k_dccfgr_value.val();
        }
        if self.mem_ea.q.val() == self.k_spr_iccfgr.val() {
            self.mem_spr.next = self.k_iccfgr_value.val();
        }
        if (self.mem_ea.q.val() == self.k_spr_dmmucfgr.val()) | (self.mem_ea.q.val() == self.k_spr_immucfgr.val()) {
            self.mem_spr.next = self.k_mmucfgr_value.val();
        }
        if (self.mem_ea.q.val() & self.k_gpr_mask.val()) == self.k_spr_gpr0.val() {
            // only `l.mfspr rD,r0,GPR0+n`: operand B was read from GPR n
            if !self.mem_insn.q.val().get_bits::<5>(16).any() {
                self.mem_spr.next = self.mem_b.q.val();
            }
        }
        if self.spr_dmr.val() {
            self.mem_spr.next = self.dtlb.mr.val();
        }
        if self.spr_dtr.val() {
            self.mem_spr.next = self.dtlb.tr.val();
        }
        if self.spr_imr.val() {
            self.mem_spr.next = self.itlb.mr.val();
        }
        if self.spr_itr.val() {
            self.mem_spr.next = self.itlb.tr.val();
        }

        // value written to rD (range exceptions still write it, as the ISS)
        self.mem_value.next = self.mem_result.q.val();
        if self.mem_dec.load.val() {
            self.mem_value.next = self.lsu.rdata.val();
        }
        if self.mem_dec.mfspr.val() {
            self.mem_value.next = self.mem_spr.val();
        }
        self.mem_rd_we.next = self.mem_wr.q.val();
        self.mem_gpr_wr.next = self.mem_ok.val()
            & self.mem_dec.mtspr.val()
            & !self.mem_trap.val()
            & ((self.mem_ea.q.val() & self.k_gpr_mask.val()) == self.k_spr_gpr0.val());
        if self.mem_gpr_wr.val() {
            self.mem_rd_we.next = true;
        }
        if self.mem_trap.val() & (self.mem_tvec.val() != self.k_vec_range.val()) {
            self.mem_rd_we.next = false;
        }

        // commit: SR after this instruction, exception entry, interrupts
        self.vec_base.next = 0.into();
        if (self.sr.q.val() & self.k_sr_eph.val()).any() {
            self.vec_base.next = self.k_eph_base.val();
        }
        self.mem_serialize.next = self.mem_ok.val()
            & (self.mem_dec.rfe.val() | self.mem_dec.mtspr.val() | self.mem_dec.swa.val() | self.mem_tlb_spr.val());
        self.mem_redirect.next = self.mem_npc.q.val();
        self.sr_c.next = self.sr.q.val();
        self.sr_n.next = self.sr.q.val();
        self.mem_flush.next = false;
        self.mem_intr.next = false;
        self.mem_ivec.next = self.k_vec_tick.val();
        self.tick.ttmr_we.next = false;
        self.tick.ttcr_we.next = false;
        self.tick.wdata.next = self.mem_b.q.val();
        self.pic.picmr_we.next = false;
        self.pic.wdata.next = self.mem_b.q.val();
        self.dtlb.mr_we.next = false;
        self.dtlb.tr_we.next = false;
        self.dtlb.inv.next = false;
        self.itlb.mr_we.next = false;
        self.itlb.tr_we.next = false;
        self.itlb.inv.next = false;
        self.dtlb.wdata.next = self.mem_b.q.val();
        self.itlb.wdata.next = self.mem_b.q.val();
        self.dtlb.wset.next = self.mem_ea.q.val().get_bits::<6>(0);
        self.itlb.wset.next = self.mem_ea.q.val().get_bits::<6>(0);
        if self.mem_ea.q.val() == self.k_spr_dtlbeir.val() {
            self.dtlb.wset.next = self.mem_b.q.val().get_bits::<6>(13);
        }
        if self.mem_ea.q.val() == self.k_spr_itlbeir.val() {
            self.itlb.wset.next = self.mem_b.q.val().get_bits::<6>(13);
        }
        self.sr_entry.next = (self.sr.q.val() | self.k_sr_sm.val())
            & !(self.k_sr_iee.val() | self.k_sr_tee.val() | self.k_sr_dme.val() | self.k_sr_ime.val() | self.k_sr_ove.val() | self.k_sr_dsx.val());
        if self.mem_commit.val() {
            if self.mem_trap.val() {
                self.mem_flush.next = true;
                self.mem_redirect.next = self.vec_base.val() | self.mem_tvec.val();
                self.esr.d.next = self.sr.q.val();
                self.sr_c.next = self.sr_entry.val();
                if self.mem_ds.q.val() {
                    self.sr_c.next = self.sr_entry.val() | self.k_sr_dsx.val();
                }
                self.sr_n.next = self.sr_c.val();
                if self.mem_ds.q.val() {
                    self.epcr.d.next = self.mem_pc.q.val() - 4;
                } else if self.mem_tvec.val() == self.k_vec_sys.val() {
                    self.epcr.d.next = self.mem_pc.q.val() + 4;
                } else {
                    self.epcr.d.next = self.mem_pc.q.val();
                }
                if self.mem_teear_we.val() {
                    self.eear.d.next = self.mem_teear.val();
                }
                self.resv_valid.d.next = false;
            } else {
                if self.mem_dec.rfe.val() {
                    self.sr_c.next = self.esr.q.val() | self.k_sr_fo.val();
                    self.mem_redirect.next = self.epcr.q.val();
                }
                if self.mem_dec.mtspr.val() {
                    if self.mem_ea.q.val() == self.k_spr_sr.val() {
                        self.sr_c.next = (self.mem_b.q.val() & self.k_sr_writable.val())
                            | (self.sr.q.val() & self.k_sr_dsx.val())
                            | self.k_sr_fo.val();
                    }
                    if self.mem_ea.q.val() == self.k_spr_epcr.val() {
                        self.epcr.d.next = self.mem_b.q.val();
                    }
                    if self.mem_ea.q.val() == self.k_spr_eear.val() {
                        self.eear.d.next = self.mem_b.q.val();
                    }
                    if self.mem_ea.q.val() == self.k_spr_esr.val() {
                        self.esr.d.next = self.mem_b.q.val();
                    }
                    if self.mem_ea.q.val() == self.k_spr_maclo.val() {
                        self.maclo.d.next = self.mem_b.q.val();
                    }
                    if self.mem_ea.q.val() == self.k_spr_machi.val() {
                        self.machi.d.next = self.mem_b.q.val();
                    }
                    self.pic.picmr_we.next = self.mem_ea.q.val() == self.k_spr_picmr.val();
                    self.dtlb.mr_we.next = self.spr_dmr.val();
                    self.dtlb.tr_we.next = self.spr_dtr.val();
                    self.itlb.mr_we.next = self.spr_imr.val();
                    self.itlb.tr_we.next = self.spr_itr.val();
                    self.dtlb.inv.next = self.mem_ea.q.val() == self.k_spr_dtlbeir.val();
                    self.itlb.inv.next = self.mem_ea.q.val() == self.k_spr_itlbeir.val();
                    self.tick.ttmr_we.next = self.mem_ea.q.val() == self.k_spr_ttmr.val();
                    self.tick.ttcr_we.next = self.mem_ea.q.val() == self.k_spr_ttcr.val();
                }
                if self.mem_dec.swa.val() {
                    self.sr_c.next = self.sr.q.val() & !self.k_sr_f.val();
                    if self.mem_swa_ok.val() {
                        self.sr_c.next = self.sr.q.val() | self.k_sr_f.val();
                    }
                    self.resv_valid.d.next = false;
                }
                if self.mem_dec.lwa.val() {
                    self.resv_valid.d.next = true;
                    self.resv_addr.d.next = self.mem_ea.q.val();
                    self.resv_val.d.next = self.lsu.rword.val();
                }
                self.sr_n.next = self.sr_c.val();
                self.mem_flush.next = self.mem_serialize.val();
                // interrupts: between this instruction and the next, never
                // before a delay slot nor after an SR-changing instruction
                if !self.mem_serialize.val() & !self.mem_dec.branch.val() {
                    if (self.sr.q.val() & self.k_sr_tee.val()).any() & self.tick.irq.val() {
                        self.mem_intr.next = true;
                    } else if (self.sr.q.val() & self.k_sr_iee.val()).any() & self.pic.irq.val() {
                        self.mem_intr.next = true;
                        self.mem_ivec.next = self.k_vec_ext.val();
                    }
                }
                if self.mem_intr.val() {
                    self.mem_flush.next = true;
                    self.mem_redirect.next = self.vec_base.val() | self.mem_ivec.val();
                    self.esr.d.next = self.sr.q.val();
                    self.sr_n.next = self.sr_entry.val();
                    self.epcr.d.next = self.mem_npc.q.val();
                    self.resv_valid.d.next = false;
                }
            }
        }

        // ================= EX advance and its architectural writes
        self.ex_advance.next = self.ex_valid.q.val()
            & !self.ex_busy.val()
            & (!self.mem_valid.q.val() | self.mem_commit.val())
            & !self.mem_flush.val();
        self.ex_write.next = self.ex_advance.val() & self.ex_ok.val() & !self.ex_misaligned.val();
        self.ex_sr_new.next = self.sr_n.val();
        if self.ex_write.val() {
            if self.ex_dec.sf.val() {
                self.ex_sr_new.next = self.ex_sr_new.val() & !self.k_sr_f.val();
                if self.alu.cmp.val() {
                    self.ex_sr_new.next = self.ex_sr_new.val() | self.k_sr_f.val();
                }
            }
            if self.ex_dec.alu_flags.val() | self.ex_dec.mulu.val() | self.ex_dec.divu.val() {
                self.ex_sr_new.next = self.ex_sr_new.val() & !self.k_sr_cy.val();
            }
            if self.ex_has_ov.val() {
                self.ex_sr_new.next = self.ex_sr_new.val() & !self.k_sr_ov.val();
                if self.ex_ov.val() {
                    self.ex_sr_new.next = self.ex_sr_new.val() | self.k_sr_ov.val();
                }
            }
            if self.ex_dec.alu_flags.val() & self.alu.cy.val() {
                self.ex_sr_new.next = self.ex_sr_new.val() | self.k_sr_cy.val();
            }
            if self.ex_dec.mulu.val() & self.mul.hi_u.val().any() {
                self.ex_sr_new.next = self.ex_sr_new.val() | self.k_sr_cy.val();
            }
            if self.ex_dec.divu.val() & self.ex_div0.val() {
                self.ex_sr_new.next = self.ex_sr_new.val() | self.k_sr_cy.val();
            }
            if self.ex_dec.mac.val() | self.ex_dec.msb.val() {
                self.maclo.d.next = self.ex_acc_new.val().get_bits::<32>(0);
                self.machi.d.next = self.ex_acc_new.val().get_bits::<32>(32);
            }
            if self.ex_dec.macrc.val() {
                self.maclo.d.next = 0.into();
                self.machi.d.next = 0.into();
            }
        }
        self.sr.d.next = self.ex_sr_new.val();
        if self.ex_advance.val() & self.ex_dec.branch.val() {
            self.br_next.d.next = self.ex_pc.q.val() + 8;
            if self.ex_taken.val() {
                self.br_next.d.next = self.ex_target.val();
            }
        }

        // ================= ID: operands by forwarding, hazards
        self.id_rb.next = self.id_dec.rb.val();
        self.id_op_a.next = self.rf.ra_data.val();
        self.id_stall_a.next = false;
        if self.last_we.q.val() & (self.last_rd.q.val() == self.id_dec.ra.val()) {
            self.id_op_a.next = self.last_val.q.val();
        }
        if self.wb_valid.q.val() & self.wb_we.q.val() & (self.wb_rd.q.val() == self.id_dec.ra.val()) {
            self.id_op_a.next = self.wb_val.q.val();
        }
        if self.mem_valid.q.val() & self.mem_wr.q.val() & (self.mem_rd.q.val() == self.id_dec.ra.val()) {
            self.id_op_a.next = self.mem_result.q.val();
            self.id_stall_a.next = self.mem_late.val();
        }
        if self.ex_wr.val() & (self.ex_rd.val() == self.id_dec.ra.val()) {
            self.id_op_a.next = self.ex_result.val();
            self.id_stall_a.next = !self.ex_res_ok.val();
        }
        if !self.id_dec.ra.val().any() {
            self.id_op_a.next = 0.into();
            self.id_stall_a.next = false;
        }
        self.id_op_b.next = self.rf.rb_data.val();
        self.id_stall_b.next = false;
        if self.last_we.q.val() & (self.last_rd.q.val() == self.id_rb.val()) {
            self.id_op_b.next = self.last_val.q.val();
        }
        if self.wb_valid.q.val() & self.wb_we.q.val() & (self.wb_rd.q.val() == self.id_rb.val()) {
            self.id_op_b.next = self.wb_val.q.val();
        }
        if self.mem_valid.q.val() & self.mem_wr.q.val() & (self.mem_rd.q.val() == self.id_rb.val()) {
            self.id_op_b.next = self.mem_result.q.val();
            self.id_stall_b.next = self.mem_late.val();
        }
        if self.ex_wr.val() & (self.ex_rd.val() == self.id_rb.val()) {
            self.id_op_b.next = self.ex_result.val();
            self.id_stall_b.next = !self.ex_res_ok.val();
        }
        if !self.id_rb.val().any() {
            self.id_op_b.next = 0.into();
            self.id_stall_b.next = false;
        }
        self.id_hazard.next = (self.id_dec.uses_ra.val() & self.id_stall_a.val())
            | (self.id_dec.uses_rb.val() & self.id_stall_b.val());
        self.id_advance.next = self.fetch.id_valid.val()
            & !self.id_hazard.val()
            & (!self.ex_valid.q.val() | self.ex_advance.val())
            & !self.mem_flush.val();
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

        // ================= TLB read ports
        self.dtlb.raddr.next = self.mem_ea.q.val().get_bits::<6>(13);
        if self.ex_advance.val() {
            self.dtlb.raddr.next = self.ex_ea.val().get_bits::<6>(13);
        }
        self.itlb.raddr.next = self.fetch.pc_next.val().get_bits::<6>(13);
        // borrowed for one cycle only: in the commit cycle fetch reads again
        if self.mem_tlb_spr.val() & !self.mem_tlb_rd.q.val() {
            self.dtlb.raddr.next = self.mem_ea.q.val().get_bits::<6>(0);
            self.itlb.raddr.next = self.mem_ea.q.val().get_bits::<6>(0);
        }
        self.itlb.vaddr.next = self.fetch.vpc.val();
        self.itlb.need.next = self.k_tr_uxe.val();
        if self.sr_sm.val() {
            self.itlb.need.next = self.k_tr_sxe.val();
        }
        self.fetch.immu_en.next = self.sr_ime.val();
        self.fetch.itlb_hit.next = self.itlb.hit.val();
        self.fetch.itlb_allowed.next = self.itlb.allowed.val();
        self.fetch.itlb_paddr.next = self.itlb.paddr.val();

        // ================= pipeline registers
        self.fetch.id_advance.next = self.id_advance.val();
        self.fetch.flush_id.next = self.mem_flush.val();
        self.fetch.redirect.next = self.mem_flush.val() | (self.ex_advance.val() & self.ex_taken.val());
        self.fetch.redirect_pc.next = self.ex_target.val();
        if self.mem_flush.val() {
            self.fetch.redirect_pc.next = self.mem_redirect.val();
        }

        // ID -> EX
        if self.id_advance.val() {
            self.ex_valid.d.next = true;
            self.ex_pc.d.next = self.fetch.id_pc.val();
            self.ex_insn.d.next = self.fetch.id_insn.val();
            self.ex_a.d.next = self.id_op_a.val();
            self.ex_b.d.next = self.id_op_b.val();
            self.ex_ds.d.next = self.ds_next.q.val();
            self.ex_exc.d.next = self.id_exc.val();
            self.ex_vec.d.next = self.id_vec.val();
            self.ex_cyc.d.next = 0.into();
            self.ds_next.d.next = self.id_dec.branch.val() & !self.id_exc.val();
        } else {
            if self.ex_advance.val() {
                self.ex_valid.d.next = false;
            }
            if self.ex_cyc.q.val() != 63 {
                self.ex_cyc.d.next = self.ex_cyc.q.val() + 1;
            }
        }

        // EX -> MEM
        if self.ex_advance.val() {
            self.mem_valid.d.next = true;
            self.mem_pc.d.next = self.ex_pc.q.val();
            self.mem_insn.d.next = self.ex_insn.q.val();
            self.mem_npc.d.next = self.ex_npc.val();
            self.mem_ds.d.next = self.ex_ds.q.val();
            self.mem_a.d.next = self.ex_a.q.val();
            self.mem_b.d.next = self.ex_b.q.val();
            self.mem_result.d.next = self.ex_result.val();
            self.mem_ea.d.next = self.ex_ea.val();
            self.mem_wr.d.next = self.ex_wr.val() & !self.ex_misaligned.val();
            self.mem_rd.d.next = self.ex_rd.val();
            self.mem_swa_wr.d.next = false;
            self.mem_exc.d.next = self.ex_exc.q.val() | self.ex_misaligned.val() | self.ex_range.val();
            self.mem_vec.d.next = self.ex_vec.q.val();
            self.mem_eear_we.d.next = self.ex_exc.q.val()
                & ((self.ex_vec.q.val() == self.k_vec_bus.val())
                    | (self.ex_vec.q.val() == self.k_vec_align.val())
                    | (self.ex_vec.q.val() == self.k_vec_illegal.val())
                    | (self.ex_vec.q.val() == self.k_vec_itlb.val())
                    | (self.ex_vec.q.val() == self.k_vec_ipf.val()));
            self.mem_eear.d.next = self.ex_pc.q.val();
            if self.ex_ok.val() {
                if self.ex_misaligned.val() {
                    self.mem_vec.d.next = self.k_vec_align.val();
                    self.mem_eear_we.d.next = true;
                    self.mem_eear.d.next = self.ex_ea.val();
                    // a misaligned jump: EEAR = the jump, as or1ksim
                    if self.ex_jmisaligned.val() {
                        self.mem_eear.d.next = self.ex_pc.q.val();
                    }
                } else if self.ex_range.val() {
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
        // report it as the instruction's destination
        self.wb_hide_rd.d.next = self.mem_gpr_wr.val();
        if self.mem_gpr_wr.val() {
            self.wb_rd.d.next = self.mem_ea.q.val().get_bits::<5>(0);
            self.wb_val.d.next = self.mem_b.q.val();
        }
        self.wb_sr.d.next = self.sr_c.val();
        self.wb_mw.d.next = self.mem_store_done.val() & !self.mem_trap.val();
        self.wb_mw_addr.d.next = self.mem_pa.val();
        self.wb_mw_size.d.next = self.mem_dec.size.val();
        self.wb_mw_data.d.next = self.mem_b.q.val();
        if self.mem_dec.size.val() == 1 {
            self.wb_mw_data.d.next = self.mem_b.q.val() & 0xFF_u64;
        }
        if self.mem_dec.size.val() == 2 {
            self.wb_mw_data.d.next = self.mem_b.q.val() & 0xFFFF_u64;
        }
        self.wb_exc.d.next = self.mem_trap.val();
        self.wb_vec.d.next = self.mem_tvec.val();
        self.wb_r3.d.next = self.mem_a.q.val();
        if self.mem_commit.val() & self.mem_intr.val() {
            self.intr_pend.d.next = true;
            self.intr_pc.d.next = self.mem_npc.q.val();
            self.intr_vec.d.next = self.mem_ivec.val();
            self.intr_sr.d.next = self.sr_n.val();
        } else if !self.wb_valid.q.val() {
            self.intr_pend.d.next = false;
        }

        // flushes and reset
        if self.mem_flush.val() {
            self.ex_valid.d.next = false;
            self.mem_valid.d.next = false;
            self.ds_next.d.next = false;
        }
        if self.reset.val() {
            self.sr.d.next = self.k_sr_reset.val();
            self.epcr.d.next = 0.into();
            self.eear.d.next = 0.into();
            self.esr.d.next = 0.into();
            self.maclo.d.next = 0.into();
            self.machi.d.next = 0.into();
            self.resv_valid.d.next = false;
            self.ds_next.d.next = false;
            self.ex_valid.d.next = false;
            self.mem_valid.d.next = false;
            self.wb_valid.d.next = false;
            self.last_we.d.next = false;
            self.intr_pend.d.next = false;
        }

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
