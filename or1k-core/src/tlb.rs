//! One software-reloaded TLB (the DTLB or the ITLB) as OR1200 builds them:
//! one way of 64 sets, 8 KiB pages, set = VPN bits [18:13], the whole VPN
//! compared. Match and translate registers live in RAM; the valid bits are
//! a separate register so that xTLBEIR can clear one in a single write.
//!
//! Reads are synchronous: `raddr` (a set) is presented one cycle before
//! `vaddr` is translated, as the register file is read.
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
    /// l.mtspr to xTLBW0MRn / xTLBW0TRn; xTLBEIR invalidates `wset`.
    pub mr_we: Signal<In, Bit>,
    pub tr_we: Signal<In, Bit>,
    pub inv: Signal<In, Bit>,
    /// Invalidate every entry (VM entry and exit).
    pub flush: Signal<In, Bit>,
    pub wset: Signal<In, Bits<6>>,
    pub wdata: Signal<In, Bits<32>>,

    mr_ram: RAM<Bits<32>, 6>,
    tr_ram: RAM<Bits<32>, 6>,
    valid: DFF<Bits<64>>,
    /// Per set: its match / translate register reads as zero (a flush at
    /// VM entry or exit empties the TLB of the world that left it, for
    /// l.mfspr and translation alike, until software writes the register).
    mr_z: DFF<Bits<64>>,
    tr_z: DFF<Bits<64>>,
    rset: DFF<Bits<6>>,
    vpn_mask: Constant<Bits<32>>,
    ppn_mask: Constant<Bits<32>>,
    mr_v: Constant<Bits<32>>,
    tr_ci: Constant<Bits<32>>,
    v: Signal<Local, Bit>,
    mr_rd: Signal<Local, Bits<32>>,
    tr_rd: Signal<Local, Bits<32>>,
    w_tr_z: Signal<Local, Bit>,
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
            flush: Default::default(),
            wset: Default::default(),
            wdata: Default::default(),
            mr_ram: zeroed_ram(),
            tr_ram: zeroed_ram(),
            valid: Default::default(),
            mr_z: Default::default(),
            tr_z: Default::default(),
            tr_rd: Default::default(),
            w_tr_z: Default::default(),
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

impl Logic for Tlb {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, valid, mr_z, tr_z, rset);
        self.mr_ram.read_clock.next = self.clock.val();
        self.mr_ram.write_clock.next = self.clock.val();
        self.tr_ram.read_clock.next = self.clock.val();
        self.tr_ram.write_clock.next = self.clock.val();
        self.mr_ram.read_address.next = self.raddr.val();
        self.tr_ram.read_address.next = self.raddr.val();
        self.rset.d.next = self.raddr.val();
        self.mr_ram.write_address.next = self.wset.val();
        self.tr_ram.write_address.next = self.wset.val();
        self.mr_ram.write_data.next = self.wdata.val();
        self.tr_ram.write_data.next = self.wdata.val();
        self.mr_ram.write_enable.next = self.mr_we.val();
        self.tr_ram.write_enable.next = self.tr_we.val();
        // a match register written valid makes the entry valid, unless its
        // translate register was emptied by a flush and not written since
        // (a VM switch between a refill's two writes): then the entry stays
        // invalid, and the access misses again and is refilled whole
        self.w_tr_z.next = ((self.tr_z.q.val() >> bit_cast::<64, 6>(self.wset.val())) & 1_u64).any();
        if self.mr_we.val() {
            self.valid.d.next = self.valid.q.val() & !(bits::<64>(1) << bit_cast::<64, 6>(self.wset.val()));
            if self.wdata.val().get_bit(0) & !self.w_tr_z.val() {
                self.valid.d.next = self.valid.q.val() | (bits::<64>(1) << bit_cast::<64, 6>(self.wset.val()));
            }
        }
        if self.inv.val() {
            self.valid.d.next = self.valid.q.val() & !(bits::<64>(1) << bit_cast::<64, 6>(self.wset.val()));
        }
        if self.mr_we.val() {
            self.mr_z.d.next = self.mr_z.q.val() & !(bits::<64>(1) << bit_cast::<64, 6>(self.wset.val()));
        }
        if self.tr_we.val() {
            self.tr_z.d.next = self.tr_z.q.val() & !(bits::<64>(1) << bit_cast::<64, 6>(self.wset.val()));
        }
        if self.flush.val() {
            self.mr_z.d.next = 0xFFFF_FFFF_FFFF_FFFF_u64.into();
            self.tr_z.d.next = 0xFFFF_FFFF_FFFF_FFFF_u64.into();
        }
        if self.flush.val() | self.reset.val() {
            self.valid.d.next = 0.into();
        }
        if self.reset.val() {
            self.mr_z.d.next = 0.into();
            self.tr_z.d.next = 0.into();
        }
        self.v.next = ((self.valid.q.val() >> bit_cast::<64, 6>(self.rset.q.val())) & 1_u64).any();
        self.mr_rd.next = self.mr_ram.read_data.val() & !self.mr_v.val();
        if self.v.val() {
            self.mr_rd.next = self.mr_rd.val() | self.mr_v.val();
        }
        if ((self.mr_z.q.val() >> bit_cast::<64, 6>(self.rset.q.val())) & 1_u64).any() {
            self.mr_rd.next = 0.into();
        }
        self.tr_rd.next = self.tr_ram.read_data.val();
        if ((self.tr_z.q.val() >> bit_cast::<64, 6>(self.rset.q.val())) & 1_u64).any() {
            self.tr_rd.next = 0.into();
        }
        self.mr.next = self.mr_rd.val();
        self.tr.next = self.tr_rd.val();
        self.hit.next = self.v.val()
            & ((self.mr_ram.read_data.val() & self.vpn_mask.val()) == (self.vaddr.val() & self.vpn_mask.val()));
        self.allowed.next = (self.tr_rd.val() & self.need.val()).any();
        self.paddr.next = (self.tr_rd.val() & self.ppn_mask.val()) | (self.vaddr.val() & !self.ppn_mask.val());
        self.ci.next = (self.tr_rd.val() & self.tr_ci.val()).any();
    }
}
