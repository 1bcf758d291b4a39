//! Data cache: direct-mapped, physically tagged, write-back with write
//! allocate, between the load/store unit and the data Wishbone bus.
//!
//! Write-back rather than write-through because the memory-encryption
//! engine sits below it: under encryption every partial store that
//! reaches memory is a read-modify-write of a whole AES block.
//!
//! The arrays are read one cycle ahead, with the address the core names
//! in `l_pre_adr` (the access in EX, so that it hits in its first MEM
//! cycle; or the access waiting in MEM). A lookup answers when the word
//! read is the access's: a load hit returns the word, a store hit writes
//! its bytes and marks the line dirty. Both take one cycle. A miss first writes a dirty victim back
//! (one incrementing burst), invalidates the set, refills the line (one
//! burst) and repeats the lookup. Uncached accesses (`l_ci`, or the cache
//! disabled) pass straight through. DCBFR/DCBIR/DCBWR act on the line that
//! holds `op_addr`, if present.
//!
//! Lines are VM-tagged: each carries the owner tag (OWNER_*) of the world
//! that filled it, in a RAM beside the address tags. A lookup hits only a
//! line of the running world (`owner`); another world's line at the same
//! address is in the same set, so the miss writes it back if dirty (with
//! its owner's origin on `m.tga`) before the refill: one copy of a
//! physical line at a time. Block operations act on the running world's
//! line only; the monitor's on any line.
//!
//! `SETS` is log2 of the number of lines, `WORDS` log2 of the words in the
//! whole cache; a line holds 2^(WORDS−SETS) words.
use crate::ports::{SprPort, WishboneMaster, WishboneSlave, OWNER_BITS, TGA_BITS};
use crate::{k, zeroed_ram};
use or1k_arch::*;
use rust_hdl::prelude::*;

#[derive(Copy, Clone, Debug, PartialEq, LogicState)]
pub enum DcState {
    Idle,
    /// Tag of `op_addr` being compared.
    OpCheck,
    /// Reading the victim's first word.
    WbPrime,
    /// Writing the victim back, one word per acknowledged beat.
    Wb,
    Refill,
}

#[derive(LogicBlock)]
pub struct DCache<const SETS: usize, const WORDS: usize> {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    /// SR[DCE].
    pub enable: Signal<In, Bit>,
    /// The running world's owner tag.
    pub owner: Signal<In, Bits<OWNER_BITS>>,

    /// Load/store side (classic cycles).
    pub l: WishboneSlave,
    /// This access is uncached (the DMMU's CI, or the bit-31 rule).
    pub l_ci: Signal<In, Bit>,
    /// The address whose tag and word the arrays read this cycle, for a
    /// lookup in the next one: the core gives the effective address in EX
    /// (the next access), or that of the access held in MEM. Only the index
    /// bits are used, which are the same in the virtual and the physical
    /// address (the cache is no larger than a page).
    pub l_pre_adr: Signal<In, Bits<32>>,
    /// Memory side: burst write-backs and refills, and uncached accesses
    /// passed through as classic cycles.
    pub m: WishboneMaster,

    /// DCCFGR, and the block registers DCBFR/DCBIR/DCBWR: an `l.mtspr` to
    /// one of them acts on the line holding its value before it commits,
    /// holding `busy` until done.
    pub spr: SprPort,
    /// A lookup missed (one cycle per line fetch, for the performance counters).
    pub miss: Signal<Out, Bit>,
    /// A lookup hit, and the word the arrays read (`l.dat_r` without the
    /// uncached pass-through): the core forwards a load's value from here
    /// only, so no path runs from the bus's read data to ID.
    pub l_hit: Signal<Out, Bit>,
    pub l_word: Signal<Out, Bits<32>>,

    tags: RAM<Bits<32>, SETS>,
    /// Each line's owner tag, read and written with `tags`.
    otags: RAM<Bits<OWNER_BITS>, SETS>,
    d0: RAM<Bits<8>, WORDS>,
    d1: RAM<Bits<8>, WORDS>,
    d2: RAM<Bits<8>, WORDS>,
    d3: RAM<Bits<8>, WORDS>,
    state: DFF<DcState>,
    /// Index bits (`idx_mask`) of the word whose tag and data the arrays
    /// hold this cycle.
    rd_addr: DFF<Bits<32>>,
    rd_valid: DFF<Bit>,
    /// A store hit marked the line read this cycle dirty as it was read:
    /// the tag read is stale in its dirty bit only (tag and valid bits are
    /// the same), which matters only when the next lookup evicts the line.
    dirty_fwd: DFF<Bit>,
    /// Victim line being written back; what follows it (0 refill,
    /// 1 invalidate, 2 mark clean); the line to refill.
    wb_base: DFF<Bits<32>>,
    wb_then: DFF<Bits<2>>,
    rf_base: DFF<Bits<32>>,
    /// The victim's owner (its write-back's origin) and the refill's.
    wb_owner: DFF<Bits<OWNER_BITS>>,
    rf_owner: DFF<Bits<OWNER_BITS>>,
    k: DFF<Bits<32>>,
    err_pend: DFF<Bit>,
    err_line: DFF<Bits<32>>,
    line_mask: Constant<Bits<32>>,
    /// The word-index bits of an address (which word of the arrays).
    idx_mask: Constant<Bits<32>>,
    line_shift: Constant<Bits<32>>,
    last_beat: Constant<Bits<32>>,
    bypass: Signal<Local, Bit>,
    tag_line: Signal<Local, Bits<32>>,
    present: Signal<Local, Bit>,
    l_present: Signal<Local, Bit>,
    /// The line read is the running world's (for a block operation: or the
    /// caller is the monitor).
    mine: Signal<Local, Bit>,
    op_mine: Signal<Local, Bit>,
    /// Owner tag written with the tag.
    tw_owner: Signal<Local, Bits<OWNER_BITS>>,
    wb_tga: Signal<Local, Bits<TGA_BITS>>,
    dirty: Signal<Local, Bit>,
    lookup: Signal<Local, Bit>,
    hit: Signal<Local, Bit>,
    word: Signal<Local, Bits<32>>,
    raddr: Signal<Local, Bits<32>>,
    tw_addr: Signal<Local, Bits<32>>,
    waddr: Signal<Local, Bits<32>>,
    /// The block operation requested: 1 flush (DCBFR), 2 invalidate
    /// (DCBIR), 3 write back (DCBWR); `wb_then` uses the same codes.
    op: Signal<Local, Bits<2>>,
    op_done: Signal<Local, Bit>,
    /// The block operation finished last cycle: the `l.mtspr` commits now
    /// (registered, so the data bus's `ack` does not reach the SPR writes).
    op_done_q: DFF<Bit>,
    is_dccfgr: Signal<Local, Bit>,
    k_dcbfr: Constant<Bits<32>>,
    k_dcbir: Constant<Bits<32>>,
    k_dcbwr: Constant<Bits<32>>,
    k_dccfgr: Constant<Bits<32>>,
    k_dccfgr_value: Constant<Bits<32>>,
    k_tag_valid: Constant<Bits<32>>,
    k_tag_dirty: Constant<Bits<32>>,
    /// Lines carry owner tags (the core with the monitor world); without,
    /// every line is the host's and the owner RAM is never read.
    k_tagged: Constant<Bit>,
    k_owner_monitor: Constant<Bits<OWNER_BITS>>,
    k_tga_monitor: Constant<Bits<TGA_BITS>>,
    k_tga_guest: Constant<Bits<TGA_BITS>>,
}

impl<const SETS: usize, const WORDS: usize> Default for DCache<SETS, WORDS> {
    fn default() -> Self {
        assert!(WORDS > SETS && WORDS - SETS <= 4, "a line holds 2..16 words");
        // indexed with the virtual address before the DMMU's answer
        assert!(WORDS + 2 <= PAGE_SHIFT as usize, "the D-cache is larger than a page");
        let lw = WORDS - SETS;
        DCache {
            clock: Default::default(),
            reset: Default::default(),
            enable: Default::default(),
            owner: Default::default(),
            l: Default::default(),
            l_ci: Default::default(),
            l_pre_adr: Default::default(),
            m: Default::default(),
            spr: Default::default(),
            miss: Default::default(),
            l_hit: Default::default(),
            l_word: Default::default(),
            tags: zeroed_ram(),
            otags: zeroed_ram(),
            d0: Default::default(),
            d1: Default::default(),
            d2: Default::default(),
            d3: Default::default(),
            state: Default::default(),
            rd_addr: Default::default(),
            rd_valid: Default::default(),
            dirty_fwd: Default::default(),
            wb_base: Default::default(),
            wb_then: Default::default(),
            rf_base: Default::default(),
            wb_owner: Default::default(),
            rf_owner: Default::default(),
            k: Default::default(),
            err_pend: Default::default(),
            err_line: Default::default(),
            line_mask: Constant::new(bits::<32>((4u64 << lw) - 1)),
            idx_mask: Constant::new(bits::<32>(((4u64 << WORDS) - 1) & !3)),
            line_shift: Constant::new(bits::<32>(2 + lw as u64)),
            last_beat: Constant::new(bits::<32>((1u64 << lw) - 1)),
            bypass: Default::default(),
            tag_line: Default::default(),
            present: Default::default(),
            l_present: Default::default(),
            mine: Default::default(),
            op_mine: Default::default(),
            tw_owner: Default::default(),
            wb_tga: Default::default(),
            dirty: Default::default(),
            lookup: Default::default(),
            hit: Default::default(),
            word: Default::default(),
            raddr: Default::default(),
            tw_addr: Default::default(),
            waddr: Default::default(),
            op: Default::default(),
            op_done: Default::default(),
            op_done_q: Default::default(),
            is_dccfgr: Default::default(),
            k_dcbfr: k(SPR_DCBFR),
            k_dcbir: k(SPR_DCBIR),
            k_dcbwr: k(SPR_DCBWR),
            k_dccfgr: k(SPR_DCCFGR),
            k_dccfgr_value: k(DCCFGR_VALUE),
            k_tag_valid: k(CACHE_TAG_VALID),
            k_tag_dirty: k(CACHE_TAG_DIRTY),
            k_tagged: Constant::new(false),
            k_owner_monitor: Constant::new(bits(OWNER_MONITOR as u64)),
            k_tga_monitor: Constant::new(bits((TGA_MONITOR | TGA_SUPERVISOR) as u64)),
            k_tga_guest: Constant::new(bits(TGA_GUEST as u64)),
        }
    }
}

impl<const SETS: usize, const WORDS: usize> DCache<SETS, WORDS> {
    /// The cache with VM-tagged lines (`tagged`) or without.
    pub fn new(tagged: bool) -> Self {
        DCache { k_tagged: Constant::new(tagged), ..Default::default() }
    }
}

impl<const SETS: usize, const WORDS: usize> Logic for DCache<SETS, WORDS> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, state, rd_addr, rd_valid, dirty_fwd, wb_base, wb_then, rf_base, wb_owner, rf_owner, k,
            err_pend, err_line, op_done_q
        );
        self.tags.read_clock.next = self.clock.val();
        self.tags.write_clock.next = self.clock.val();
        self.otags.read_clock.next = self.clock.val();
        self.otags.write_clock.next = self.clock.val();
        self.d0.read_clock.next = self.clock.val();
        self.d0.write_clock.next = self.clock.val();
        self.d1.read_clock.next = self.clock.val();
        self.d1.write_clock.next = self.clock.val();
        self.d2.read_clock.next = self.clock.val();
        self.d2.write_clock.next = self.clock.val();
        self.d3.read_clock.next = self.clock.val();
        self.d3.write_clock.next = self.clock.val();

        // ---- SPRs
        self.op.next = 0.into();
        if self.spr.wreq.val() & !self.op_done_q.q.val() {
            if self.spr.addr.val() == self.k_dcbfr.val() {
                self.op.next = 1.into();
            }
            if self.spr.addr.val() == self.k_dcbir.val() {
                self.op.next = 2.into();
            }
            if self.spr.addr.val() == self.k_dcbwr.val() {
                self.op.next = 3.into();
            }
        }
        self.is_dccfgr.next = self.spr.addr.val() == self.k_dccfgr.val();
        self.spr.hit.next = self.is_dccfgr.val()
            | (self.spr.addr.val() == self.k_dcbfr.val())
            | (self.spr.addr.val() == self.k_dcbir.val())
            | (self.spr.addr.val() == self.k_dcbwr.val());
        self.spr.rdata.next = 0.into();
        if self.is_dccfgr.val() {
            self.spr.rdata.next = self.k_dccfgr_value.val();
        }

        self.bypass.next = !self.enable.val() | self.l_ci.val();
        self.tag_line.next = self.tags.read_data.val() & !self.line_mask.val();
        self.mine.next = !self.k_tagged.val() | (self.otags.read_data.val() == self.owner.val());
        self.op_mine.next = self.mine.val() | (self.owner.val() == self.k_owner_monitor.val());
        self.present.next = (self.tags.read_data.val() & self.k_tag_valid.val()).any()
            & self.op_mine.val()
            & (self.tag_line.val() == (self.spr.wdata.val() & !self.line_mask.val()));
        // A lookup needs the arrays to have read the access's word (index
        // compare) and the line's tag to be the access's: compared with
        // `l.adr` directly, beside the tag RAM's output, so the address
        // reaches `ack` through one short compare, not two in a row.
        self.l_present.next = (self.tags.read_data.val() & self.k_tag_valid.val()).any()
            & self.mine.val()
            & (self.tag_line.val() == (self.l.adr.val() & !self.line_mask.val()));
        self.dirty.next = (self.tags.read_data.val() & self.k_tag_dirty.val()).any() | self.dirty_fwd.q.val();
        self.lookup.next = (self.state.q.val() == DcState::Idle)
            & !self.bypass.val()
            & self.l.stb.val()
            & !self.op.val().any()
            & self.rd_valid.q.val()
            & ((self.rd_addr.q.val() & self.idx_mask.val()) == (self.l.adr.val() & self.idx_mask.val()));
        self.hit.next = self.lookup.val() & self.l_present.val() & !self.err_pend.q.val();
        self.word.next = (bit_cast::<32, 8>(self.d0.read_data.val()) << 24)
            | (bit_cast::<32, 8>(self.d1.read_data.val()) << 16)
            | (bit_cast::<32, 8>(self.d2.read_data.val()) << 8)
            | bit_cast::<32, 8>(self.d3.read_data.val());

        // read port: the next lookup's word, or the victim's next word
        self.raddr.next = self.l_pre_adr.val();
        if self.op.val().any() {
            self.raddr.next = self.spr.wdata.val();
        }
        if (self.state.q.val() == DcState::WbPrime) | (self.state.q.val() == DcState::Wb) {
            self.raddr.next = self.wb_base.q.val() + (self.k.q.val() << 2);
            if (self.state.q.val() == DcState::Wb) & self.m.ack.val() {
                self.raddr.next = self.wb_base.q.val() + ((self.k.q.val() + 1) << 2);
            }
        }
        self.tags.read_address.next = bit_cast::<SETS, 32>(self.raddr.val() >> self.line_shift.val());
        self.otags.read_address.next = bit_cast::<SETS, 32>(self.raddr.val() >> self.line_shift.val());
        self.d0.read_address.next = bit_cast::<WORDS, 32>(self.raddr.val() >> 2);
        self.d1.read_address.next = bit_cast::<WORDS, 32>(self.raddr.val() >> 2);
        self.d2.read_address.next = bit_cast::<WORDS, 32>(self.raddr.val() >> 2);
        self.d3.read_address.next = bit_cast::<WORDS, 32>(self.raddr.val() >> 2);
        self.rd_addr.d.next = self.raddr.val() & self.idx_mask.val();
        self.rd_valid.d.next = true;
        self.dirty_fwd.d.next = false;
        self.miss.next = false;
        self.l_hit.next = self.hit.val();
        self.l_word.next = self.word.val();

        // write port defaults: a store hit at the access's word
        self.waddr.next = self.l.adr.val();
        self.d0.write_data.next = self.l.dat_w.val().get_bits::<8>(24);
        self.d1.write_data.next = self.l.dat_w.val().get_bits::<8>(16);
        self.d2.write_data.next = self.l.dat_w.val().get_bits::<8>(8);
        self.d3.write_data.next = self.l.dat_w.val().get_bits::<8>(0);
        self.d0.write_enable.next = false;
        self.d1.write_enable.next = false;
        self.d2.write_enable.next = false;
        self.d3.write_enable.next = false;
        self.tags.write_enable.next = false;
        self.tw_addr.next = self.l.adr.val();
        self.tags.write_data.next = (self.l.adr.val() & !self.line_mask.val()) | self.k_tag_valid.val() | self.k_tag_dirty.val();
        self.tw_owner.next = self.owner.val();
        // a write-back's origin is its line's owner: the monitor, a guest
        // (its VMID), or the host
        self.wb_tga.next = 0.into();
        if self.wb_owner.q.val() == self.k_owner_monitor.val() {
            self.wb_tga.next = self.k_tga_monitor.val();
        } else if self.wb_owner.q.val().any() {
            self.wb_tga.next = self.k_tga_guest.val() | (bit_cast::<TGA_BITS, OWNER_BITS>(self.wb_owner.q.val()) << 4);
        }

        self.l.ack.next = false;
        self.l.err.next = false;
        self.l.dat_r.next = self.word.val();
        self.op_done.next = false;
        self.m.adr.next = self.wb_base.q.val() + (self.k.q.val() << 2);
        self.m.dat_w.next = self.word.val();
        self.m.sel.next = 0xF.into();
        self.m.we.next = false;
        self.m.cyc.next = false;
        self.m.stb.next = false;
        self.m.cti.next = 2.into();
        self.m.bte.next = 0.into();
        self.m.tga.next = self.l.tga.val();
        if self.k.q.val() == self.last_beat.val() {
            self.m.cti.next = 7.into();
        }

        match self.state.q.val() {
            DcState::Idle => {
                // Uncached: the load/store unit drives the bus. Not behind
                // the block-operation decode: an `l.mtspr` makes no access
                // (`l.stb` low), so the bus request does not wait for it.
                if self.bypass.val() {
                    self.m.adr.next = self.l.adr.val();
                    self.m.dat_w.next = self.l.dat_w.val();
                    self.m.sel.next = self.l.sel.val();
                    self.m.we.next = self.l.we.val();
                    self.m.cyc.next = self.l.stb.val();
                    self.m.stb.next = self.l.stb.val();
                    self.m.cti.next = 0.into();
                    self.l.ack.next = self.m.ack.val();
                    self.l.err.next = self.m.err.val();
                    self.l.dat_r.next = self.m.dat_r.val();
                }
                // (a lookup is neither uncached nor under a block operation)
                if self.op.val().any() {
                    self.state.d.next = DcState::OpCheck;
                } else if self.lookup.val() & self.err_pend.q.val() {
                    if (self.l.adr.val() & !self.line_mask.val()) == self.err_line.q.val() {
                        self.l.err.next = true;
                    }
                    self.err_pend.d.next = false;
                } else if self.hit.val() {
                    self.l.ack.next = true;
                    if self.l.we.val() {
                        self.d0.write_enable.next = self.l.sel.val().get_bit(3);
                        self.d1.write_enable.next = self.l.sel.val().get_bit(2);
                        self.d2.write_enable.next = self.l.sel.val().get_bit(1);
                        self.d3.write_enable.next = self.l.sel.val().get_bit(0);
                        self.tags.write_enable.next = true;
                        // the word read in this cycle is stale if it is the
                        // one written; the line's tag only in its dirty bit
                        if (self.raddr.val() & self.idx_mask.val()) == (self.l.adr.val() & self.idx_mask.val()) {
                            self.rd_valid.d.next = false;
                        }
                        self.dirty_fwd.d.next = ((self.raddr.val() >> self.line_shift.val())
                            & (self.idx_mask.val() >> self.line_shift.val()))
                            == ((self.l.adr.val() >> self.line_shift.val())
                                & (self.idx_mask.val() >> self.line_shift.val()));
                    }
                } else if self.lookup.val() {
                    // miss: write a dirty victim back, else refill at once
                    self.miss.next = true;
                    self.rf_base.d.next = self.l.adr.val() & !self.line_mask.val();
                    self.rf_owner.d.next = self.owner.val();
                    self.wb_owner.d.next = self.otags.read_data.val();
                    self.k.d.next = 0.into();
                    self.wb_then.d.next = 0.into();
                    if (self.tags.read_data.val() & self.k_tag_valid.val()).any() & self.dirty.val() {
                        self.wb_base.d.next = self.tag_line.val();
                        self.state.d.next = DcState::WbPrime;
                    } else {
                        self.tags.write_enable.next = true;
                        self.tags.write_data.next = 0.into();
                        self.state.d.next = DcState::Refill;
                    }
                }
            }
            DcState::OpCheck => {
                self.k.d.next = 0.into();
                self.wb_base.d.next = self.tag_line.val();
                self.wb_owner.d.next = self.otags.read_data.val();
                self.tw_addr.next = self.rd_addr.q.val();
                self.tags.write_data.next = 0.into();
                self.state.d.next = DcState::Idle;
                if (self.op.val() == 2) | !self.present.val() | !self.dirty.val() {
                    // invalidate / not present / clean: no write-back
                    self.op_done.next = true;
                    self.tags.write_enable.next = self.present.val() & (self.op.val() != 3);
                } else {
                    self.wb_then.d.next = self.op.val();
                    self.state.d.next = DcState::WbPrime;
                }
                self.rd_valid.d.next = false;
            }
            DcState::WbPrime => {
                self.state.d.next = DcState::Wb;
            }
            DcState::Wb => {
                if self.k_tagged.val() {
                    self.m.tga.next = self.wb_tga.val();
                }
                self.m.we.next = true;
                self.m.cyc.next = true;
                self.m.stb.next = true;
                self.tw_addr.next = self.wb_base.q.val();
                if self.m.ack.val() {
                    self.k.d.next = self.k.q.val() + 1;
                    if self.k.q.val() == self.last_beat.val() {
                        self.k.d.next = 0.into();
                        self.tags.write_enable.next = true;
                        self.tags.write_data.next = 0.into();
                        if self.wb_then.q.val() == 0 {
                            self.state.d.next = DcState::Refill;
                        } else {
                            self.state.d.next = DcState::Idle;
                            self.op_done.next = true;
                            self.rd_valid.d.next = false;
                            if self.wb_then.q.val() == 3 {
                                self.tags.write_data.next = self.wb_base.q.val() | self.k_tag_valid.val();
                                self.tw_owner.next = self.wb_owner.q.val();
                            }
                        }
                    }
                } else if self.m.err.val() {
                    self.state.d.next = DcState::Idle;
                    self.op_done.next = self.wb_then.q.val() != 0;
                    self.err_pend.d.next = self.wb_then.q.val() == 0;
                    self.err_line.d.next = self.rf_base.q.val();
                    self.rd_valid.d.next = false;
                }
            }
            DcState::Refill => {
                self.m.adr.next = self.rf_base.q.val() + (self.k.q.val() << 2);
                self.m.cyc.next = true;
                self.m.stb.next = true;
                self.waddr.next = self.m.adr.val();
                self.d0.write_data.next = self.m.dat_r.val().get_bits::<8>(24);
                self.d1.write_data.next = self.m.dat_r.val().get_bits::<8>(16);
                self.d2.write_data.next = self.m.dat_r.val().get_bits::<8>(8);
                self.d3.write_data.next = self.m.dat_r.val().get_bits::<8>(0);
                self.tw_addr.next = self.rf_base.q.val();
                self.tags.write_data.next = self.rf_base.q.val() | self.k_tag_valid.val();
                self.tw_owner.next = self.rf_owner.q.val();
                if self.m.ack.val() {
                    self.d0.write_enable.next = true;
                    self.d1.write_enable.next = true;
                    self.d2.write_enable.next = true;
                    self.d3.write_enable.next = true;
                    self.k.d.next = self.k.q.val() + 1;
                    if self.k.q.val() == self.last_beat.val() {
                        self.tags.write_enable.next = true;
                        self.state.d.next = DcState::Idle;
                        self.rd_valid.d.next = false;
                    }
                } else if self.m.err.val() {
                    self.state.d.next = DcState::Idle;
                    self.err_pend.d.next = true;
                    self.err_line.d.next = self.rf_base.q.val();
                    self.rd_valid.d.next = false;
                }
            }
        }
        self.tags.write_address.next = bit_cast::<SETS, 32>(self.tw_addr.val() >> self.line_shift.val());
        self.otags.write_address.next = bit_cast::<SETS, 32>(self.tw_addr.val() >> self.line_shift.val());
        self.otags.write_enable.next = self.tags.write_enable.val();
        self.otags.write_data.next = self.tw_owner.val();
        self.d0.write_address.next = bit_cast::<WORDS, 32>(self.waddr.val() >> 2);
        self.d1.write_address.next = bit_cast::<WORDS, 32>(self.waddr.val() >> 2);
        self.d2.write_address.next = bit_cast::<WORDS, 32>(self.waddr.val() >> 2);
        self.d3.write_address.next = bit_cast::<WORDS, 32>(self.waddr.val() >> 2);
        if self.reset.val() {
            self.state.d.next = DcState::Idle;
            self.rd_valid.d.next = false;
            self.err_pend.d.next = false;
        }
        // the operation's `l.mtspr` waits until the cycle after op_done
        self.op_done_q.d.next = self.op_done.val() & !self.reset.val();
        self.spr.busy.next = self.op.val().any();
    }
}
