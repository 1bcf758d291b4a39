//! Instruction cache: direct-mapped, physically tagged, between the fetch
//! unit and the instruction Wishbone bus.
//!
//! To fetch it looks like the RAM slave does: a beat is acknowledged when the
//! tag and data read at the previous clock edge are for the address on
//! the bus, and with `cti = 010` the next word is read ahead, so hits stream
//! at one instruction per cycle. A miss refills the whole line with one
//! incrementing burst (`cti` 010 … 111), then the lookup is repeated.
//! A predicted jump (`f_jump`) replaces the word read ahead with its target.
//! Uncached fetches (`f_ci`, or the cache disabled) pass straight through.
//!
//! Lines are VM-tagged (as the D-cache's): a lookup hits only a line the
//! running world (`owner`) filled, whose owner tag is kept beside the
//! address tag. ICBIR reads the line's tags first (one cycle) and
//! invalidates it only if it is the running world's, or the caller is the
//! monitor.
//!
//! `SETS` is log2 of the number of lines, `WORDS` log2 of the words in the
//! whole cache; a line holds 2^(WORDS−SETS) words.
use crate::ports::{SprPort, WishboneMaster, WishboneSlave, OWNER_BITS, TGA_BITS};
use crate::{k, zeroed_ram};
use or1k_arch::*;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct ICache<const SETS: usize, const WORDS: usize> {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    /// SR[ICE].
    pub enable: Signal<In, Bit>,
    /// The running world's owner tag.
    pub owner: Signal<In, Bits<OWNER_BITS>>,

    /// Fetch side (read-only).
    pub f: WishboneSlave,
    /// This fetch is uncached (the MMU's CI, or the bit-31 rule).
    pub f_ci: Signal<In, Bit>,
    /// Fetch continues at `f_redirect_adr` in the next cycle (a taken
    /// branch or a refill): read that word now, so the target hits at once.
    /// The address may be virtual: only the index bits are used, which are
    /// the same in the physical address (the cache is no larger than a page).
    pub f_redirect: Signal<In, Bit>,
    pub f_redirect_adr: Signal<In, Bits<32>>,
    /// A predicted jump follows this cycle's beat: after a hit, read
    /// `f_jump_adr` rather than the next word (virtual, as above).
    pub f_jump: Signal<In, Bit>,
    pub f_jump_adr: Signal<In, Bits<32>>,
    /// Memory side: line refills, and uncached fetches passed through.
    pub m: WishboneMaster,

    /// ICCFGR, and ICBIR: an `l.mtspr` to ICBIR invalidates the line its
    /// value maps to before it commits (held while a refill finishes).
    pub spr: SprPort,
    /// A lookup missed (one cycle per line fetch, for the performance counters).
    pub miss: Signal<Out, Bit>,

    tags: RAM<Bits<32>, SETS>,
    otags: RAM<Bits<OWNER_BITS>, SETS>,
    data: RAM<Bits<32>, WORDS>,
    /// Index bits (`idx_mask`) of the word whose tag and data the RAMs
    /// hold this cycle.
    rd_addr: DFF<Bits<32>>,
    rd_valid: DFF<Bit>,
    refill: DFF<Bit>,
    rf_base: DFF<Bits<32>>,
    rf_owner: DFF<Bits<OWNER_BITS>>,
    /// The origin of the fetch that missed: a refill carries it on every
    /// beat, even if the world changes before the line is in (an exit
    /// mid-refill), so the memory-encryption engine sees one access.
    rf_tga: DFF<Bits<TGA_BITS>>,
    /// ICBIR read the line's tags last cycle: compare and write now.
    inv_q: DFF<Bit>,
    rf_k: DFF<Bits<32>>,
    /// A refill of `err_line` ended in a bus error: report it to fetch.
    err_pend: DFF<Bit>,
    err_line: DFF<Bits<32>>,
    line_mask: Constant<Bits<32>>,
    /// The word-index bits of an address (which word of the arrays).
    idx_mask: Constant<Bits<32>>,
    line_shift: Constant<Bits<32>>,
    last_beat: Constant<Bits<32>>,
    bypass: Signal<Local, Bit>,
    tag_match: Signal<Local, Bit>,
    lookup: Signal<Local, Bit>,
    hit: Signal<Local, Bit>,
    raddr: Signal<Local, Bits<32>>,
    tw_addr: Signal<Local, Bits<32>>,
    inv: Signal<Local, Bit>,
    inv_rd: Signal<Local, Bit>,
    inv_wr: Signal<Local, Bit>,
    is_icbir: Signal<Local, Bit>,
    is_iccfgr: Signal<Local, Bit>,
    k_icbir: Constant<Bits<32>>,
    k_iccfgr: Constant<Bits<32>>,
    k_iccfgr_value: Constant<Bits<32>>,
    k_tag_valid: Constant<Bits<32>>,
    /// Lines carry owner tags (the core with the monitor world).
    k_tagged: Constant<Bit>,
    k_owner_monitor: Constant<Bits<OWNER_BITS>>,
    mine: Signal<Local, Bit>,
}

impl<const SETS: usize, const WORDS: usize> Default for ICache<SETS, WORDS> {
    fn default() -> Self {
        assert!(WORDS > SETS && WORDS - SETS <= 4, "a line holds 2..16 words");
        assert!(WORDS + 2 <= PAGE_SHIFT as usize, "the I-cache is larger than a page");
        let line_words_log2 = WORDS - SETS;
        ICache {
            clock: Default::default(),
            reset: Default::default(),
            enable: Default::default(),
            owner: Default::default(),
            f: Default::default(),
            f_ci: Default::default(),
            f_redirect: Default::default(),
            f_redirect_adr: Default::default(),
            f_jump: Default::default(),
            f_jump_adr: Default::default(),
            m: Default::default(),
            spr: Default::default(),
            miss: Default::default(),
            tags: zeroed_ram(),
            otags: zeroed_ram(),
            data: Default::default(),
            rd_addr: Default::default(),
            rd_valid: Default::default(),
            refill: Default::default(),
            rf_base: Default::default(),
            rf_owner: Default::default(),
            rf_tga: Default::default(),
            inv_q: Default::default(),
            rf_k: Default::default(),
            err_pend: Default::default(),
            err_line: Default::default(),
            line_mask: Constant::new(bits::<32>((4u64 << line_words_log2) - 1)),
            idx_mask: Constant::new(bits::<32>(((4u64 << WORDS) - 1) & !3)),
            line_shift: Constant::new(bits::<32>(2 + line_words_log2 as u64)),
            last_beat: Constant::new(bits::<32>((1u64 << line_words_log2) - 1)),
            bypass: Default::default(),
            tag_match: Default::default(),
            lookup: Default::default(),
            hit: Default::default(),
            raddr: Default::default(),
            tw_addr: Default::default(),
            inv: Default::default(),
            inv_rd: Default::default(),
            inv_wr: Default::default(),
            is_icbir: Default::default(),
            is_iccfgr: Default::default(),
            k_icbir: k(SPR_ICBIR),
            k_iccfgr: k(SPR_ICCFGR),
            k_iccfgr_value: k(ICCFGR_VALUE),
            k_tag_valid: k(CACHE_TAG_VALID),
            k_tagged: Constant::new(false),
            k_owner_monitor: Constant::new(bits(OWNER_MONITOR as u64)),
            mine: Default::default(),
        }
    }
}

impl<const SETS: usize, const WORDS: usize> ICache<SETS, WORDS> {
    /// The cache with VM-tagged lines (`tagged`) or without.
    pub fn new(tagged: bool) -> Self {
        ICache { k_tagged: Constant::new(tagged), ..Default::default() }
    }
}

impl<const SETS: usize, const WORDS: usize> Logic for ICache<SETS, WORDS> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, rd_addr, rd_valid, refill, rf_base, rf_owner, rf_tga, inv_q, rf_k, err_pend, err_line);
        self.tags.read_clock.next = self.clock.val();
        self.tags.write_clock.next = self.clock.val();
        self.otags.read_clock.next = self.clock.val();
        self.otags.write_clock.next = self.clock.val();
        self.data.read_clock.next = self.clock.val();
        self.data.write_clock.next = self.clock.val();

        self.bypass.next = !self.enable.val() | self.f_ci.val();
        // tag against the fetch address itself (beside the tag RAM), index
        // against the word read: no full-address compare before `ack`
        self.mine.next = !self.k_tagged.val() | (self.otags.read_data.val() == self.owner.val());
        self.tag_match.next = (self.tags.read_data.val() == ((self.f.adr.val() & !self.line_mask.val()) | self.k_tag_valid.val()))
            & self.mine.val();
        self.lookup.next = !self.refill.q.val()
            & !self.bypass.val()
            & self.f.stb.val()
            & self.rd_valid.q.val()
            & ((self.rd_addr.q.val() & self.idx_mask.val()) == (self.f.adr.val() & self.idx_mask.val()));
        self.hit.next = self.lookup.val() & self.tag_match.val() & !self.err_pend.q.val();

        // read the word on the bus, or the next one after a burst hit
        self.raddr.next = self.f.adr.val();
        if self.hit.val() & (self.f.cti.val() == 2) {
            self.raddr.next = self.f.adr.val() + 4;
            if self.f_jump.val() {
                self.raddr.next = self.f_jump_adr.val();
            }
        }
        if self.f_redirect.val() {
            self.raddr.next = self.f_redirect_adr.val();
        }
        // ICBIR: read the line's tags (fetch re-reads after)
        self.is_icbir.next = self.spr.addr.val() == self.k_icbir.val();
        self.inv.next = self.spr.wreq.val() & self.is_icbir.val();
        self.inv_rd.next = self.inv.val() & !self.refill.q.val() & !self.inv_q.q.val();
        self.inv_wr.next = self.inv.val() & !self.refill.q.val() & self.inv_q.q.val();
        self.inv_q.d.next = self.inv_rd.val();
        if self.inv_rd.val() {
            self.raddr.next = self.spr.wdata.val();
        }
        self.tags.read_address.next = bit_cast::<SETS, 32>(self.raddr.val() >> self.line_shift.val());
        self.otags.read_address.next = bit_cast::<SETS, 32>(self.raddr.val() >> self.line_shift.val());
        self.data.read_address.next = bit_cast::<WORDS, 32>(self.raddr.val() >> 2);
        self.rd_addr.d.next = self.raddr.val() & self.idx_mask.val();
        self.rd_valid.d.next = true;

        self.miss.next = false;
        self.f.ack.next = self.hit.val();
        self.f.err.next = false;
        self.f.dat_r.next = self.data.read_data.val();
        self.m.adr.next = self.rf_base.q.val() + (self.rf_k.q.val() << 2);
        self.m.cyc.next = self.refill.q.val();
        self.m.stb.next = self.refill.q.val();
        self.m.we.next = false;
        self.m.sel.next = 0xF.into();
        self.m.dat_w.next = 0.into();
        self.m.bte.next = 0.into();
        self.m.tga.next = self.rf_tga.q.val();
        self.m.cti.next = 2.into();
        if self.rf_k.q.val() == self.last_beat.val() {
            self.m.cti.next = 7.into();
        }
        self.tags.write_enable.next = false;
        self.tw_addr.next = self.rf_base.q.val();
        self.tags.write_data.next = self.rf_base.q.val() | self.k_tag_valid.val();
        self.otags.write_data.next = self.rf_owner.q.val();
        self.data.write_enable.next = false;
        self.data.write_address.next = bit_cast::<WORDS, 32>(self.m.adr.val() >> 2);
        self.data.write_data.next = self.m.dat_r.val();
        self.is_iccfgr.next = self.spr.addr.val() == self.k_iccfgr.val();
        self.spr.hit.next = self.is_icbir.val() | self.is_iccfgr.val();
        self.spr.busy.next = self.inv.val() & !self.inv_wr.val();
        self.spr.rdata.next = 0.into();
        if self.is_iccfgr.val() {
            self.spr.rdata.next = self.k_iccfgr_value.val();
        }

        if self.refill.q.val() {
            if self.m.ack.val() {
                self.data.write_enable.next = true;
                self.rf_k.d.next = self.rf_k.q.val() + 1;
                if self.rf_k.q.val() == self.last_beat.val() {
                    self.tags.write_enable.next = true;
                    self.refill.d.next = false;
                    self.rd_valid.d.next = false;
                }
            } else if self.m.err.val() {
                self.refill.d.next = false;
                self.rd_valid.d.next = false;
                self.err_pend.d.next = true;
                self.err_line.d.next = self.rf_base.q.val();
            }
        } else if self.bypass.val() {
            // uncached: the fetch drives the bus
            self.m.adr.next = self.f.adr.val();
            self.m.tga.next = self.f.tga.val();
            self.m.cyc.next = self.f.stb.val();
            self.m.stb.next = self.f.stb.val();
            self.m.cti.next = self.f.cti.val();
            self.f.ack.next = self.m.ack.val();
            self.f.err.next = self.m.err.val();
            self.f.dat_r.next = self.m.dat_r.val();
        } else if self.lookup.val() & self.err_pend.q.val() {
            if (self.f.adr.val() & !self.line_mask.val()) == self.err_line.q.val() {
                self.f.err.next = true;
            }
            self.err_pend.d.next = false;
        } else if self.lookup.val() & !self.tag_match.val() {
            self.miss.next = true;
            self.refill.d.next = true;
            self.rf_base.d.next = self.f.adr.val() & !self.line_mask.val();
            self.rf_owner.d.next = self.owner.val();
            self.rf_tga.d.next = self.f.tga.val();
            self.rf_k.d.next = 0.into();
        }
        if self.inv_wr.val() {
            // the line read is `spr.wdata`'s and the running world's (the
            // monitor's: anybody's)
            self.tags.write_enable.next = (self.tags.read_data.val()
                == ((self.spr.wdata.val() & !self.line_mask.val()) | self.k_tag_valid.val()))
                & (self.mine.val() | (self.owner.val() == self.k_owner_monitor.val()));
            self.tw_addr.next = self.spr.wdata.val();
            self.tags.write_data.next = 0.into();
            self.rd_valid.d.next = false;
        }
        if self.inv_rd.val() {
            self.rd_valid.d.next = false;
        }
        self.tags.write_address.next = bit_cast::<SETS, 32>(self.tw_addr.val() >> self.line_shift.val());
        self.otags.write_address.next = bit_cast::<SETS, 32>(self.tw_addr.val() >> self.line_shift.val());
        self.otags.write_enable.next = self.tags.write_enable.val();
        if self.reset.val() {
            self.refill.d.next = false;
            self.rd_valid.d.next = false;
            self.err_pend.d.next = false;
        }
    }
}
