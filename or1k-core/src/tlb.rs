//! One software-reloaded TLB (the DTLB or the ITLB) as OR1200 builds them:
//! one way of 64 sets, 8 KiB pages, set = VPN bits [18:13], the whole VPN
//! compared. Match and translate registers live in RAM; the valid bits are
//! a separate register so that xTLBEIR can clear one in a single write.
//!
//! Reads are synchronous: `raddr` (a set) is presented one cycle before
//! `vaddr` is translated, as the register file is read.
//!
//! Each match and translate register carries the owner tag (OWNER_*) of
//! the world that wrote it, in a small RAM beside it: an entry translates
//! only for the world that wrote both its registers, and a register of
//! another world reads 0 (docs/VIRT.md), so VM entry and exit leave the
//! TLB as it is.
use crate::ports::OWNER_BITS;
use crate::{k, zeroed_ram};
use or1k_arch::*;
use rust_hdl::prelude::*;

/// log2 of the sets; the RAMs below are typed by it.
const _: () = assert!(TLB_SETS_LOG2 == 6, "tlb.rs is written for 64 sets");

#[derive(LogicBlock)]
pub struct Tlb {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    /// Set to read (valid in the next cycle).
    pub raddr: Signal<In, Bits<6>>,
    /// Address translated against the set read in the previous cycle.
    pub vaddr: Signal<In, Bits<32>>,
    /// Translate-register permission bits the access needs (any one).
    pub need: Signal<In, Bits<32>>,
    pub hit: Signal<Out, Bit>,
    pub allowed: Signal<Out, Bit>,
    pub paddr: Signal<Out, Bits<32>>,
    /// Translate register's cache-inhibit bit for this page.
    pub ci: Signal<Out, Bit>,
    /// The set read, as l.mfspr returns it.
    pub mr: Signal<Out, Bits<32>>,
    pub tr: Signal<Out, Bits<32>>,
    /// The running world's owner tag: what a write tags a register with,
    /// and what a lookup or read must match.
    pub owner: Signal<In, Bits<OWNER_BITS>>,
    /// l.mtspr to xTLBW0MRn / xTLBW0TRn; xTLBEIR invalidates `wset`
    /// (whoever wrote it: a lost entry is only a miss for its owner).
    pub mr_we: Signal<In, Bit>,
    pub tr_we: Signal<In, Bit>,
    pub inv: Signal<In, Bit>,
    pub wset: Signal<In, Bits<6>>,
    pub wdata: Signal<In, Bits<32>>,

    mr_ram: RAM<Bits<32>, 6>,
    tr_ram: RAM<Bits<32>, 6>,
    mr_own: RAM<Bits<OWNER_BITS>, 6>,
    tr_own: RAM<Bits<OWNER_BITS>, 6>,
    valid: DFF<Bits<64>>,
    rset: DFF<Bits<6>>,
    vpn_mask: Constant<Bits<32>>,
    ppn_mask: Constant<Bits<32>>,
    mr_v: Constant<Bits<32>>,
    tr_ci: Constant<Bits<32>>,
    v: Signal<Local, Bit>,
    mr_rd: Signal<Local, Bits<32>>,
    tr_rd: Signal<Local, Bits<32>>,
    mr_mine: Signal<Local, Bit>,
    tr_mine: Signal<Local, Bit>,
    /// Entries carry owner tags (the core with the monitor world).
    k_tagged: Constant<Bit>,
}

impl Default for Tlb {
    fn default() -> Self {
        Tlb {
            clock: Default::default(),
            reset: Default::default(),
            raddr: Default::default(),
            vaddr: Default::default(),
            need: Default::default(),
            hit: Default::default(),
            allowed: Default::default(),
            paddr: Default::default(),
            ci: Default::default(),
            mr: Default::default(),
            tr: Default::default(),
            mr_we: Default::default(),
            tr_we: Default::default(),
            inv: Default::default(),
            owner: Default::default(),
            wset: Default::default(),
            wdata: Default::default(),
            mr_ram: zeroed_ram(),
            tr_ram: zeroed_ram(),
            mr_own: zeroed_ram(),
            tr_own: zeroed_ram(),
            valid: Default::default(),
            tr_rd: Default::default(),
            mr_mine: Default::default(),
            tr_mine: Default::default(),
            k_tagged: Constant::new(false),
            rset: Default::default(),
            vpn_mask: k(TLB_MR_VPN_MASK),
            ppn_mask: k(TLB_TR_PPN_MASK),
            mr_v: k(TLB_MR_V),
            tr_ci: k(TLB_TR_CI),
            v: Default::default(),
            mr_rd: Default::default(),
        }
    }
}

impl Tlb {
    /// The TLB with VM-tagged entries (`tagged`) or without.
    pub fn new(tagged: bool) -> Self {
        Tlb { k_tagged: Constant::new(tagged), ..Default::default() }
    }
}

impl Logic for Tlb {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, valid, rset);
        self.mr_ram.read_clock.next = self.clock.val();
        self.mr_ram.write_clock.next = self.clock.val();
        self.tr_ram.read_clock.next = self.clock.val();
        self.tr_ram.write_clock.next = self.clock.val();
        self.mr_own.read_clock.next = self.clock.val();
        self.mr_own.write_clock.next = self.clock.val();
        self.tr_own.read_clock.next = self.clock.val();
        self.tr_own.write_clock.next = self.clock.val();
        self.mr_ram.read_address.next = self.raddr.val();
        self.tr_ram.read_address.next = self.raddr.val();
        self.mr_own.read_address.next = self.raddr.val();
        self.tr_own.read_address.next = self.raddr.val();
        self.rset.d.next = self.raddr.val();
        self.mr_ram.write_address.next = self.wset.val();
        self.tr_ram.write_address.next = self.wset.val();
        self.mr_own.write_address.next = self.wset.val();
        self.tr_own.write_address.next = self.wset.val();
        self.mr_ram.write_data.next = self.wdata.val();
        self.tr_ram.write_data.next = self.wdata.val();
        self.mr_own.write_data.next = self.owner.val();
        self.tr_own.write_data.next = self.owner.val();
        self.mr_ram.write_enable.next = self.mr_we.val();
        self.tr_ram.write_enable.next = self.tr_we.val();
        self.mr_own.write_enable.next = self.mr_we.val();
        self.tr_own.write_enable.next = self.tr_we.val();
        if self.mr_we.val() {
            self.valid.d.next = self.valid.q.val() & !(bits::<64>(1) << bit_cast::<64, 6>(self.wset.val()));
            if self.wdata.val().get_bit(0) {
                self.valid.d.next = self.valid.q.val() | (bits::<64>(1) << bit_cast::<64, 6>(self.wset.val()));
            }
        }
        if self.inv.val() {
            self.valid.d.next = self.valid.q.val() & !(bits::<64>(1) << bit_cast::<64, 6>(self.wset.val()));
        }
        if self.reset.val() {
            self.valid.d.next = 0.into();
        }
        self.mr_mine.next = !self.k_tagged.val() | (self.mr_own.read_data.val() == self.owner.val());
        self.tr_mine.next = !self.k_tagged.val() | (self.tr_own.read_data.val() == self.owner.val());
        self.v.next = ((self.valid.q.val() >> bit_cast::<64, 6>(self.rset.q.val())) & 1_u64).any();
        self.mr_rd.next = 0.into();
        if self.mr_mine.val() {
            self.mr_rd.next = self.mr_ram.read_data.val() & !self.mr_v.val();
            if self.v.val() {
                self.mr_rd.next = (self.mr_ram.read_data.val() & !self.mr_v.val()) | self.mr_v.val();
            }
        }
        self.tr_rd.next = 0.into();
        if self.tr_mine.val() {
            self.tr_rd.next = self.tr_ram.read_data.val();
        }
        self.mr.next = self.mr_rd.val();
        self.tr.next = self.tr_rd.val();
        self.hit.next = self.v.val()
            & self.mr_mine.val()
            & self.tr_mine.val()
            & ((self.mr_ram.read_data.val() & self.vpn_mask.val()) == (self.vaddr.val() & self.vpn_mask.val()));
        self.allowed.next = (self.tr_rd.val() & self.need.val()).any();
        self.paddr.next = (self.tr_rd.val() & self.ppn_mask.val()) | (self.vaddr.val() & !self.ppn_mask.val());
        self.ci.next = (self.tr_rd.val() & self.tr_ci.val()).any();
    }
}
