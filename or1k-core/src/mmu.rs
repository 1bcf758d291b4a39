//! One MMU around its [`Tlb`]: the TLB's SPRs (match/translate registers,
//! xTLBEIR, xMMUCFGR), the permission the access needs, cache-inhibit, and
//! the [`Translation`] answer. The IMMU and the DMMU are the same unit with
//! different constants ([`Mmu::immu`], [`Mmu::dmmu`]).
//!
//! The TLB is read one cycle ahead (`next_vaddr`'s set); an `l.mfspr` of a
//! TLB entry borrows that read port for one cycle and holds MEM meanwhile.
//!
//! The IMMU answers from a one-entry micro-TLB: the last page's TLB entry
//! in registers, so no path runs from the TLB's RAM to the fetch address
//! (mor1kx registers its ITLB answer for the same reason). A fetch from
//! another page waits one cycle (`ready` low) while the entry is loaded
//! from the TLB's answer; any write to the TLB empties it.
use crate::k;
use crate::ports::{SprPort, Translation, OWNER_BITS};
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
    /// The running world's owner tag (the TLB's entries are tagged).
    pub owner: Signal<In, Bits<OWNER_BITS>>,
    /// The world changes (VM entry and exit): the micro-TLB, which holds an
    /// answer for the world that left, empties. The TLB keeps its entries.
    pub world_change: Signal<In, Bit>,
    pub xlate: Translation,
    pub spr: SprPort,

    tlb: Tlb,
    /// Micro-TLB (IMMU): page `u_vpn`'s entry, `u_hit` whether the TLB
    /// matched it, `u_tr` its translate register.
    k_micro: Constant<Bit>,
    u_valid: DFF<Bit>,
    u_vpn: DFF<Bits<32>>,
    u_hit: DFF<Bit>,
    u_tr: DFF<Bits<32>>,
    /// The TLB's answer this cycle is for `vaddr` (last cycle's read was
    /// not borrowed and no write raced it).
    fresh: DFF<Bit>,
    u_match: Signal<Local, Bit>,
    u_allowed: Signal<Local, Bit>,
    need: Signal<Local, Bits<32>>,
    tlb_we: Signal<Local, Bit>,
    k_vpn_mask: Constant<Bits<32>>,
    k_ppn_mask: Constant<Bits<32>>,
    k_tr_ci: Constant<Bits<32>>,
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
    fn new(micro: bool, mr: u32, tr: u32, eir: u32, cfgr: u32, need: [u32; 4], vec_miss: u32, vec_fault: u32) -> Self {
        Mmu {
            clock: Default::default(),
            reset: Default::default(),
            enable: Default::default(),
            sm: Default::default(),
            next_vaddr: Default::default(),
            write: Default::default(),
            owner: Default::default(),
            world_change: Default::default(),
            xlate: Default::default(),
            spr: Default::default(),
            tlb: Default::default(),
            k_micro: Constant::new(micro),
            u_valid: Default::default(),
            u_vpn: Default::default(),
            u_hit: Default::default(),
            u_tr: Default::default(),
            fresh: Default::default(),
            u_match: Default::default(),
            u_allowed: Default::default(),
            need: Default::default(),
            tlb_we: Default::default(),
            k_vpn_mask: k(TLB_MR_VPN_MASK),
            k_ppn_mask: k(TLB_TR_PPN_MASK),
            k_tr_ci: k(TLB_TR_CI),
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
    /// This MMU with VM-tagged TLB entries (the core with the monitor world).
    pub fn tagged(mut self, tagged: bool) -> Self {
        self.tlb = Tlb::new(tagged);
        self
    }

    pub fn immu() -> Self {
        let x = [ITLB_TR_SXE, ITLB_TR_SXE, ITLB_TR_UXE, ITLB_TR_UXE];
        Self::new(true, SPR_ITLBW0MR0, SPR_ITLBW0TR0, SPR_ITLBEIR, SPR_IMMUCFGR, x, VEC_ITLB_MISS, VEC_IPAGE_FAULT)
    }

    /// The data MMU: translates load/store addresses.
    pub fn dmmu() -> Self {
        let rw = [DTLB_TR_SRE, DTLB_TR_SWE, DTLB_TR_URE, DTLB_TR_UWE];
        Self::new(false, SPR_DTLBW0MR0, SPR_DTLBW0TR0, SPR_DTLBEIR, SPR_DMMUCFGR, rw, VEC_DTLB_MISS, VEC_DPAGE_FAULT)
    }
}

impl Logic for Mmu {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, spr_rd, vaddr, u_valid, u_vpn, u_hit, u_tr, fresh);
        self.vaddr.d.next = self.next_vaddr.val();
        clock!(self, clock, tlb);
        self.tlb.reset.next = self.reset.val();
        self.tlb.owner.next = self.owner.val();

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
        self.tlb_we.next = self.spr.we.val() & (self.is_mr.val() | self.is_tr.val() | self.is_eir.val());

        // ---- read port: the next address's set, or borrowed for one cycle
        self.tlb_rd.next = self.spr.rreq.val() & (self.is_mr.val() | self.is_tr.val());
        self.spr_rd.d.next = self.tlb_rd.val();
        self.spr.busy.next = self.tlb_rd.val() & !self.spr_rd.q.val();
        self.tlb.raddr.next = self.next_vaddr.val().get_bits::<6>(13);
        if self.tlb_rd.val() & !self.spr_rd.q.val() {
            self.tlb.raddr.next = self.spr.addr.val().get_bits::<6>(0);
        }

        self.fresh.d.next = !(self.tlb_rd.val() & !self.spr_rd.q.val()) & !self.tlb_we.val() & !self.world_change.val();

        // ---- translation
        self.tlb.vaddr.next = self.vaddr.q.val();
        self.need.next = self.k_need_ur.val();
        if self.write.val() {
            self.need.next = self.k_need_uw.val();
        }
        if self.sm.val() {
            self.need.next = self.k_need_sr.val();
            if self.write.val() {
                self.need.next = self.k_need_sw.val();
            }
        }
        self.tlb.need.next = self.need.val();
        self.xlate.ready.next = true;
        self.xlate.hit.next = true;
        self.xlate.allowed.next = true;
        self.xlate.paddr.next = self.vaddr.q.val();
        self.xlate.ci.next = (self.vaddr.q.val() & self.k_uncached.val()).any();
        self.xlate.fault.next = false;
        self.xlate.fault_vec.next = self.k_vec_fault.val();
        self.u_match.next =
            self.u_valid.q.val() & ((self.vaddr.q.val() & self.k_vpn_mask.val()) == self.u_vpn.q.val());
        self.u_allowed.next = (self.u_tr.q.val() & self.need.val()).any();
        if self.enable.val() {
            if self.k_micro.val() {
                self.xlate.ready.next = self.u_match.val();
                self.xlate.hit.next = self.u_hit.q.val();
                self.xlate.allowed.next = self.u_allowed.val();
                self.xlate.paddr.next = (self.u_tr.q.val() & self.k_ppn_mask.val())
                    | (self.vaddr.q.val() & !self.k_ppn_mask.val());
                self.xlate.ci.next = (self.u_tr.q.val() & self.k_tr_ci.val()).any();
                self.xlate.fault.next = self.u_match.val() & !(self.u_hit.q.val() & self.u_allowed.val());
                if !self.u_hit.q.val() {
                    self.xlate.fault_vec.next = self.k_vec_miss.val();
                }
            } else {
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

        // ---- micro-TLB load: the TLB's answer for `vaddr`'s page
        if self.k_micro.val() & self.enable.val() & !self.u_match.val() & self.fresh.q.val() {
            self.u_valid.d.next = true;
            self.u_vpn.d.next = self.vaddr.q.val() & self.k_vpn_mask.val();
            self.u_hit.d.next = self.tlb.hit.val();
            self.u_tr.d.next = self.tlb.tr.val();
        }
        if self.tlb_we.val() | self.world_change.val() | self.reset.val() {
            self.u_valid.d.next = false;
        }
    }
}
