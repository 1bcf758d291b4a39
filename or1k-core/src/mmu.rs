//! One MMU around its [`Tlb`]: the TLB's SPRs (match/translate registers,
//! xTLBEIR, xMMUCFGR), the permission the access needs, cache-inhibit, and
//! the [`Translation`] answer. The IMMU and the DMMU are the same unit with
//! different constants ([`Mmu::immu`], [`Mmu::dmmu`]).
//!
//! The TLB is read one cycle ahead (`next_vaddr`'s set); an `l.mfspr` of a
//! TLB entry borrows that read port for one cycle and holds MEM meanwhile.
use crate::k;
use crate::ports::{SprPort, Translation};
use crate::tlb::Tlb;
use or1k_arch::*;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct Mmu {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    /// SR[DME] or SR[IME].
    pub enable: Signal<In, Bit>,
    /// SR[SM]: the access is made in supervisor mode.
    pub sm: Signal<In, Bit>,
    /// The address to translate in the next cycle: its TLB set is read
    /// now, and the address is kept for the compare.
    pub next_vaddr: Signal<In, Bits<32>>,
    /// The access translated in this cycle writes.
    pub write: Signal<In, Bit>,
    pub xlate: Translation,
    pub spr: SprPort,

    tlb: Tlb,
    /// The borrowed TLB read was made last cycle.
    spr_rd: DFF<Bit>,
    /// The address translated in this cycle (`next_vaddr` of the last).
    vaddr: DFF<Bits<32>>,
    is_mr: Signal<Local, Bit>,
    is_tr: Signal<Local, Bit>,
    is_eir: Signal<Local, Bit>,
    is_cfgr: Signal<Local, Bit>,
    tlb_rd: Signal<Local, Bit>,
    k_set_mask: Constant<Bits<32>>,
    k_mr: Constant<Bits<32>>,
    k_tr: Constant<Bits<32>>,
    k_eir: Constant<Bits<32>>,
    k_cfgr: Constant<Bits<32>>,
    k_cfgr_value: Constant<Bits<32>>,
    /// Translate-register permission bits: supervisor/user, read/write
    /// (the IMMU's "read" is execute, and it never writes).
    k_need_sr: Constant<Bits<32>>,
    k_need_sw: Constant<Bits<32>>,
    k_need_ur: Constant<Bits<32>>,
    k_need_uw: Constant<Bits<32>>,
    k_vec_miss: Constant<Bits<32>>,
    k_vec_fault: Constant<Bits<32>>,
    k_uncached: Constant<Bits<32>>,
}

impl Mmu {
    #[allow(clippy::too_many_arguments)]
    fn new(mr: u32, tr: u32, eir: u32, cfgr: u32, need: [u32; 4], vec_miss: u32, vec_fault: u32) -> Self {
        Mmu {
            clock: Default::default(),
            reset: Default::default(),
            enable: Default::default(),
            sm: Default::default(),
            next_vaddr: Default::default(),
            write: Default::default(),
            xlate: Default::default(),
            spr: Default::default(),
            tlb: Default::default(),
            spr_rd: Default::default(),
            vaddr: Default::default(),
            is_mr: Default::default(),
            is_tr: Default::default(),
            is_eir: Default::default(),
            is_cfgr: Default::default(),
            tlb_rd: Default::default(),
            k_set_mask: k(!(TLB_SETS - 1)),
            k_mr: k(mr),
            k_tr: k(tr),
            k_eir: k(eir),
            k_cfgr: k(cfgr),
            k_cfgr_value: k(MMUCFGR_VALUE),
            k_need_sr: k(need[0]),
            k_need_sw: k(need[1]),
            k_need_ur: k(need[2]),
            k_need_uw: k(need[3]),
            k_vec_miss: k(vec_miss),
            k_vec_fault: k(vec_fault),
            k_uncached: k(UNCACHED_ADDR_MASK),
        }
    }

    /// The instruction MMU: translates fetch addresses, needs SXE/UXE.
    pub fn immu() -> Self {
        let x = [ITLB_TR_SXE, ITLB_TR_SXE, ITLB_TR_UXE, ITLB_TR_UXE];
        Self::new(SPR_ITLBW0MR0, SPR_ITLBW0TR0, SPR_ITLBEIR, SPR_IMMUCFGR, x, VEC_ITLB_MISS, VEC_IPAGE_FAULT)
    }

    /// The data MMU: translates load/store addresses.
    pub fn dmmu() -> Self {
        let rw = [DTLB_TR_SRE, DTLB_TR_SWE, DTLB_TR_URE, DTLB_TR_UWE];
        Self::new(SPR_DTLBW0MR0, SPR_DTLBW0TR0, SPR_DTLBEIR, SPR_DMMUCFGR, rw, VEC_DTLB_MISS, VEC_DPAGE_FAULT)
    }
}

impl Logic for Mmu {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, spr_rd, vaddr);
        self.vaddr.d.next = self.next_vaddr.val();
        clock!(self, clock, tlb);
        self.tlb.reset.next = self.reset.val();

        // ---- SPRs
        self.is_mr.next = (self.spr.addr.val() & self.k_set_mask.val()) == self.k_mr.val();
        self.is_tr.next = (self.spr.addr.val() & self.k_set_mask.val()) == self.k_tr.val();
        self.is_eir.next = self.spr.addr.val() == self.k_eir.val();
        self.is_cfgr.next = self.spr.addr.val() == self.k_cfgr.val();
        self.spr.hit.next = self.is_mr.val() | self.is_tr.val() | self.is_eir.val() | self.is_cfgr.val();
        self.spr.rdata.next = 0.into();
        if self.is_mr.val() {
            self.spr.rdata.next = self.tlb.mr.val();
        }
        if self.is_tr.val() {
            self.spr.rdata.next = self.tlb.tr.val();
        }
        if self.is_cfgr.val() {
            self.spr.rdata.next = self.k_cfgr_value.val();
        }
        self.tlb.wdata.next = self.spr.wdata.val();
        self.tlb.wset.next = self.spr.addr.val().get_bits::<6>(0);
        if self.is_eir.val() {
            self.tlb.wset.next = self.spr.wdata.val().get_bits::<6>(13);
        }
        self.tlb.mr_we.next = self.spr.we.val() & self.is_mr.val();
        self.tlb.tr_we.next = self.spr.we.val() & self.is_tr.val();
        self.tlb.inv.next = self.spr.we.val() & self.is_eir.val();

        // ---- read port: the next address's set, or borrowed for one cycle
        self.tlb_rd.next = self.spr.rreq.val() & (self.is_mr.val() | self.is_tr.val());
        self.spr_rd.d.next = self.tlb_rd.val();
        self.spr.busy.next = self.tlb_rd.val() & !self.spr_rd.q.val();
        self.tlb.raddr.next = self.next_vaddr.val().get_bits::<6>(13);
        if self.tlb_rd.val() & !self.spr_rd.q.val() {
            self.tlb.raddr.next = self.spr.addr.val().get_bits::<6>(0);
        }

        // ---- translation
        self.tlb.vaddr.next = self.vaddr.q.val();
        self.tlb.need.next = self.k_need_ur.val();
        if self.write.val() {
            self.tlb.need.next = self.k_need_uw.val();
        }
        if self.sm.val() {
            self.tlb.need.next = self.k_need_sr.val();
            if self.write.val() {
                self.tlb.need.next = self.k_need_sw.val();
            }
        }
        self.xlate.hit.next = true;
        self.xlate.allowed.next = true;
        self.xlate.paddr.next = self.vaddr.q.val();
        self.xlate.ci.next = (self.vaddr.q.val() & self.k_uncached.val()).any();
        self.xlate.fault.next = false;
        self.xlate.fault_vec.next = self.k_vec_fault.val();
        if self.enable.val() {
            self.xlate.hit.next = self.tlb.hit.val();
            self.xlate.allowed.next = self.tlb.allowed.val();
            self.xlate.paddr.next = self.tlb.paddr.val();
            self.xlate.ci.next = self.tlb.ci.val();
            self.xlate.fault.next = !self.tlb.hit.val() | !self.tlb.allowed.val();
            if !self.tlb.hit.val() {
                self.xlate.fault_vec.next = self.k_vec_miss.val();
            }
        }
    }
}
