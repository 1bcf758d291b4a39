//! `MeeFront`: the bus half of the memory-encryption engine for one of the
//! core's RAM ports (docs/MEE.md, "Bus front").
//!
//! A Wishbone slave toward the core (after the SoC's address decode: only
//! RAM and its uncached alias reach it) and a master toward the RAM port.
//! Each access is either passed through unchanged or goes through the
//! cipher, decided by the access's origin (`tga`) and the page's entry in
//! the front's own copy of the VM page table (docs/MEE.md's table): a
//! guest's or the monitor's access to a page whose entry has ENC and an
//! owner slot 1..=7 uses that slot's keys; the host's accesses and every
//! other page pass through.
//!
//! **The page table copy.** The core's `SPR_VMPTE` writes (the monitor's
//! only way to change an entry) come out of the core on `pt_*`; the front
//! keeps per page only `enc_slot` = the owner if ENC and the owner is a
//! slot, else 0 (3 bits). The copy is read every cycle at the slave's
//! address, so it reports the entry of the page addressed last cycle: an
//! access whose page was addressed the cycle before (the same page as the
//! last beat, or an address held before `stb`) is decided at once, any
//! other one cycle later. A table write in a cycle voids what was read in
//! it, so an entry is never used stale.
//!
//! **Pass-through** connects slave and master combinationally until the
//! access's last beat is answered; it adds no cycle once decided.
//!
//! **Through the cipher** the transfer unit is the 16-byte block (one cache
//! line) the access lies in, and the front asks the engine (`Mee`) for the
//! cipher with `own` until its block has left it:
//! * read (refill burst, uncached load, fetch): the block is read from RAM
//!   as a 4-beat burst, decrypted, and the slave's beats are answered from
//!   the plaintext; a master that drops `stb` or leaves the block ends it;
//! * write: the slave's beats are taken into a block buffer with a bit
//!   mask (each beat but the last acknowledged at once). A whole block (a
//!   write-back) is encrypted as it is; a partial one (an uncached store)
//!   is a read-modify-write: the block is read and decrypted, the new bytes
//!   merged, encrypted and written as a 4-beat burst. The last beat is
//!   acknowledged only when RAM has the block, so nothing is posted.
//! * the slot holds no keys (`keys_bad`): the access ends with `err`, and
//!   nothing is written.
//!
//! The engine gives the keys and starts the tweak (it depends only on the
//! address) as soon as it grants the front, so both run while RAM is read.
use or1k_arch::{TGA_GUEST, TGA_MONITOR, VMPTE_ENC, VMPTE_OWNER_MASK, VMPT_PAGES, VMPT_PAGE_SHIFT};
use or1k_core::ports::{WishboneMaster, WishboneSlave};
use rust_hdl::prelude::*;

/// Page-table index bits: `VMPT_PAGES` entries, address bits [25:12].
pub const PT_BITS: usize = 14;
/// Bits of a page-table entry the core sends (owner, ENC, HR, HW).
pub const PTE_BITS: usize = 7;
const _: () = assert!(VMPT_PAGES == 1 << PT_BITS && VMPT_PAGE_SHIFT == 12);
const _: () = assert!(VMPTE_OWNER_MASK == 0xf && VMPTE_ENC == 1 << 4 && (PTE_BITS as u32) == 7);
const _: () = assert!(TGA_GUEST == 1 << 1 && TGA_MONITOR == 1 << 2);

/// Wishbone `cti`: a burst beat that another follows; the burst's last.
const CTI_INC: u64 = 0b010;
const CTI_END: u64 = 0b111;

#[derive(LogicState, Copy, Clone, Debug, PartialEq)]
pub enum FrontState {
    /// No access, or one waiting for its page's entry.
    Idle,
    /// Slave and master connected until the access's last beat.
    Pass,
    /// Reading the block from RAM (`beat` of 4).
    Read,
    /// Taking the slave's write beats into `wbuf`/`wmask`.
    Collect,
    /// `buf` (ciphertext) through the cipher; then answer or merge.
    Decrypt,
    /// `buf` (plaintext) through the cipher; then write it.
    Encrypt,
    /// Writing `buf` (ciphertext) to RAM (`beat` of 4).
    Write,
    /// Answering the slave's read beats from `buf` (plaintext).
    Answer,
    /// Acknowledging the slave's last write beat.
    Finish,
    /// Answering `err` (the page's slot has no keys).
    Fail,
}

/// One RAM port's front; see the module documentation.
#[derive(LogicBlock)]
pub struct MeeFront {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    /// From the core (through the address decoder).
    pub s: WishboneSlave,
    /// To the RAM port.
    pub m: WishboneMaster,
    /// The core's page-table writes: entry `pt_entry` for page `pt_page`.
    pub pt_we: Signal<In, Bit>,
    pub pt_page: Signal<In, Bits<PT_BITS>>,
    pub pt_entry: Signal<In, Bits<PTE_BITS>>,
    /// To the engine: the front needs (or holds) the cipher for block
    /// `blk` under slot `slot`; both are stable while `own`.
    pub own: Signal<Out, Bit>,
    pub slot: Signal<Out, Bits<3>>,
    pub blk: Signal<Out, Bits<28>>,
    /// From the engine: granted, and the slot's keys are (not) on the cipher.
    pub keys_ok: Signal<In, Bit>,
    pub keys_bad: Signal<In, Bit>,
    /// The cipher's block interface (the engine routes it while granted).
    pub c_valid: Signal<Out, Bit>,
    pub c_ready: Signal<In, Bit>,
    pub c_decrypt: Signal<Out, Bit>,
    pub c_in: Signal<Out, Bits<128>>,
    pub c_out_valid: Signal<In, Bit>,
    pub c_out: Signal<In, Bits<128>>,

    /// enc_slot per page (the module documentation).
    pt: RAM<Bits<3>, PT_BITS>,
    /// The page read last cycle, and that no table write voided it.
    pq_page: DFF<Bits<PT_BITS>>,
    pq_ok: DFF<Bit>,
    state: DFF<FrontState>,
    /// The transaction's block: its base address as the slave gave it, the
    /// block number (alias folded), slot, origin, direction.
    base: DFF<Bits<32>>,
    blk_q: DFF<Bits<28>>,
    slot_q: DFF<Bits<3>>,
    tga_q: DFF<Bits<8>>,
    wr: DFF<Bit>,
    beat: DFF<Bits<2>>,
    /// The block: ciphertext read, plaintext decrypted, merged, encrypted.
    blk_buf: DFF<Bits<128>>,
    /// Write beats taken, and which bits of the block they set.
    wbuf: DFF<Bits<128>>,
    wmask: DFF<Bits<128>>,
    /// The block has been handed to the cipher.
    sent: DFF<Bit>,
    /// A read's master has let go of its request (dropped `stb`, or moved
    /// out of the block) since the block was read: the plaintext may be
    /// older than a write that came since, so it answers nobody.
    gone: DFF<Bit>,
    // --- combinational ---
    s_page: Signal<Local, Bits<PT_BITS>>,
    /// The table's output is the entry of the slave's page.
    hit: Signal<Local, Bit>,
    nonhost: Signal<Local, Bit>,
    /// This beat is the access's last (classic, or burst end).
    last: Signal<Local, Bit>,
    /// The slave's address lies in the transaction's block.
    in_blk: Signal<Local, Bit>,
    /// The slave still makes the transaction's access: `stb`, the block,
    /// the origin and the direction it was decided for (the fetch side may
    /// move to another access without dropping `stb`, and the world may
    /// change under it).
    same: Signal<Local, Bit>,
    /// Forward the slave to the master this cycle.
    fwd: Signal<Local, Bit>,
    /// The slave's word within the block, and `buf`'s word there.
    s_word: Signal<Local, Bits<2>>,
    buf_word: Signal<Local, Bits<32>>,
    /// The slave's `sel` as a bit mask of its word.
    sel32: Signal<Local, Bits<32>>,
    /// The slave's beat placed at its word in the block, and its mask.
    beat_data: Signal<Local, Bits<128>>,
    beat_mask: Signal<Local, Bits<128>>,
    /// A 4-beat burst to RAM (`Read`, `Write`), a block in the cipher
    /// (`Decrypt`, `Encrypt`): what those state pairs share.
    burst: Signal<Local, Bit>,
    cipher: Signal<Local, Bit>,
    all_ones: Constant<Bits<128>>,
    k_cti_inc: Constant<Bits<3>>,
    /// A SoC without the engine: slave and master are wires (`MeeFront::bypass`).
    bypass: Constant<Bit>,
    k_cti_end: Constant<Bits<3>>,
    k_tga_nonhost: Constant<Bits<8>>,
    /// Inputs the front does not use (`bte`, always linear; the entry's HR
    /// and HW, the core's business), consumed on purpose.
    unused_ok: Signal<Local, Bit>,
}

impl Default for MeeFront {
    fn default() -> Self {
        MeeFront {
            clock: Default::default(),
            reset: Default::default(),
            s: Default::default(),
            m: Default::default(),
            pt_we: Default::default(),
            pt_page: Default::default(),
            pt_entry: Default::default(),
            own: Default::default(),
            slot: Default::default(),
            blk: Default::default(),
            keys_ok: Default::default(),
            keys_bad: Default::default(),
            c_valid: Default::default(),
            c_ready: Default::default(),
            c_decrypt: Default::default(),
            c_in: Default::default(),
            c_out_valid: Default::default(),
            c_out: Default::default(),
            pt: RAM::from(std::iter::repeat(Bits::<3>::default()).take(1 << PT_BITS)),
            pq_page: Default::default(),
            pq_ok: Default::default(),
            state: Default::default(),
            base: Default::default(),
            blk_q: Default::default(),
            slot_q: Default::default(),
            tga_q: Default::default(),
            wr: Default::default(),
            beat: Default::default(),
            blk_buf: Default::default(),
            wbuf: Default::default(),
            wmask: Default::default(),
            sent: Default::default(),
            gone: Default::default(),
            s_page: Default::default(),
            hit: Default::default(),
            nonhost: Default::default(),
            last: Default::default(),
            in_blk: Default::default(),
            same: Default::default(),
            fwd: Default::default(),
            s_word: Default::default(),
            buf_word: Default::default(),
            sel32: Default::default(),
            beat_data: Default::default(),
            beat_mask: Default::default(),
            burst: Default::default(),
            cipher: Default::default(),
            all_ones: Constant::new(Bits::<128>::mask()),
            k_cti_inc: Constant::new(CTI_INC.into()),
            bypass: Constant::new(false),
            k_cti_end: Constant::new(CTI_END.into()),
            k_tga_nonhost: Constant::new(((TGA_GUEST | TGA_MONITOR) as u64).into()),
            unused_ok: Default::default(),
        }
    }
}

impl MeeFront {
    /// A front that only connects slave to master (a SoC without the
    /// monitor world); synthesis removes the rest.
    pub fn bypass() -> MeeFront {
        MeeFront { bypass: Constant::new(true), ..Default::default() }
    }
}

impl Logic for MeeFront {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, pq_page, pq_ok, state, base, blk_q, slot_q, tga_q, wr, beat, blk_buf, wbuf, wmask, sent, gone
        );
        // ---- the page table copy ----
        self.pt.write_clock.next = self.clock.val();
        self.pt.read_clock.next = self.clock.val();
        self.pt.write_enable.next = self.pt_we.val();
        self.pt.write_address.next = self.pt_page.val();
        self.pt.write_data.next = 0.into();
        if self.pt_entry.val().get_bit(4) & self.pt_entry.val().get_bits::<4>(0).any() & !self.pt_entry.val().get_bit(3) {
            self.pt.write_data.next = self.pt_entry.val().get_bits::<3>(0);
        }
        self.s_page.next = self.s.adr.val().get_bits::<PT_BITS>(12);
        self.pt.read_address.next = self.s_page.val();
        self.pq_page.d.next = self.s_page.val();
        self.pq_ok.d.next = !self.pt_we.val();
        self.hit.next = self.pq_ok.q.val() & (self.pq_page.q.val() == self.s_page.val());
        self.nonhost.next = (self.s.tga.val() & self.k_tga_nonhost.val()).any();
        self.last.next = self.s.cti.val() != self.k_cti_inc.val();
        self.in_blk.next = self.s.adr.val().get_bits::<27>(4) == self.blk_q.q.val().get_bits::<27>(0);
        self.same.next = self.s.cyc.val()
            & self.s.stb.val()
            & self.in_blk.val()
            & (self.s.tga.val() == self.tga_q.q.val())
            & (self.s.we.val() == self.wr.q.val());
        self.unused_ok.next = self.s.bte.val().any() | self.pt_entry.val().get_bits::<2>(5).any();

        // ---- words of the block (byte 0 = bit 127: word w at [127-32w -: 32]) ----
        self.s_word.next = self.s.adr.val().get_bits::<2>(2);
        self.buf_word.next = self.blk_buf.q.val().get_bits::<32>(0);
        if self.s_word.val() == 0 {
            self.buf_word.next = self.blk_buf.q.val().get_bits::<32>(96);
        } else if self.s_word.val() == 1 {
            self.buf_word.next = self.blk_buf.q.val().get_bits::<32>(64);
        } else if self.s_word.val() == 2 {
            self.buf_word.next = self.blk_buf.q.val().get_bits::<32>(32);
        }
        self.sel32.next = 0.into();
        if self.s.sel.val().get_bit(3) {
            self.sel32.next = self.sel32.val() | 0xff00_0000_u64;
        }
        if self.s.sel.val().get_bit(2) {
            self.sel32.next = self.sel32.val() | 0x00ff_0000_u64;
        }
        if self.s.sel.val().get_bit(1) {
            self.sel32.next = self.sel32.val() | 0x0000_ff00_u64;
        }
        if self.s.sel.val().get_bit(0) {
            self.sel32.next = self.sel32.val() | 0x0000_00ff_u64;
        }
        // (the 128-bit placement only while collecting: a simulator then
        // skips it in every other cycle)
        self.beat_data.next = 0.into();
        self.beat_mask.next = 0.into();
        if self.state.q.val() == FrontState::Collect {
            self.beat_data.next = bit_cast::<128, 32>(self.s.dat_w.val() & self.sel32.val());
            self.beat_mask.next = bit_cast::<128, 32>(self.sel32.val());
            if self.s_word.val() == 0 {
                self.beat_data.next = bit_cast::<128, 32>(self.s.dat_w.val() & self.sel32.val()) << 96;
                self.beat_mask.next = bit_cast::<128, 32>(self.sel32.val()) << 96;
            } else if self.s_word.val() == 1 {
                self.beat_data.next = bit_cast::<128, 32>(self.s.dat_w.val() & self.sel32.val()) << 64;
                self.beat_mask.next = bit_cast::<128, 32>(self.sel32.val()) << 64;
            } else if self.s_word.val() == 2 {
                self.beat_data.next = bit_cast::<128, 32>(self.s.dat_w.val() & self.sel32.val()) << 32;
                self.beat_mask.next = bit_cast::<128, 32>(self.sel32.val()) << 32;
            }
        }
        // ---- defaults: master idle, slave unanswered ----
        self.fwd.next = false;
        self.m.adr.next = self.s.adr.val();
        self.m.dat_w.next = self.s.dat_w.val();
        self.m.sel.next = self.s.sel.val();
        self.m.we.next = self.s.we.val();
        self.m.cyc.next = false;
        self.m.stb.next = false;
        self.m.cti.next = self.s.cti.val();
        self.m.bte.next = 0.into();
        self.m.tga.next = self.s.tga.val();
        self.s.dat_r.next = self.m.dat_r.val();
        self.s.ack.next = false;
        self.s.err.next = false;
        self.c_valid.next = false;
        self.c_decrypt.next = false;
        self.c_in.next = self.blk_buf.q.val();
        self.own.next = false;
        self.slot.next = self.slot_q.q.val();
        self.blk.next = self.blk_q.q.val();

        // A burst moves the block word 0 first: RAM's words shift into
        // `blk_buf` from the bottom, and `blk_buf`'s top word goes out.
        self.burst.next = (self.state.q.val() == FrontState::Read) | (self.state.q.val() == FrontState::Write);
        if self.burst.val() {
            self.m.cyc.next = true;
            self.m.stb.next = true;
            self.m.we.next = self.state.q.val() == FrontState::Write;
            self.m.sel.next = 0xf.into();
            self.m.adr.next = self.base.q.val() | (bit_cast::<32, 2>(self.beat.q.val()) << 2);
            self.m.dat_w.next = self.blk_buf.q.val().get_bits::<32>(96);
            self.m.cti.next = self.k_cti_inc.val();
            if self.beat.q.val() == 3 {
                self.m.cti.next = self.k_cti_end.val();
            }
            self.m.tga.next = self.tga_q.q.val();
            if self.m.ack.val() {
                self.beat.d.next = self.beat.q.val() + 1;
                self.blk_buf.d.next = (self.blk_buf.q.val() << 32) | bit_cast::<128, 32>(self.m.dat_r.val());
            } else if self.m.err.val() {
                self.state.d.next = FrontState::Fail;
            }
        }
        // One block through the cipher once the engine gives the keys.
        self.cipher.next = (self.state.q.val() == FrontState::Decrypt) | (self.state.q.val() == FrontState::Encrypt);
        if self.cipher.val() {
            self.own.next = true;
            self.c_valid.next = self.keys_ok.val() & !self.sent.q.val();
            self.c_decrypt.next = self.state.q.val() == FrontState::Decrypt;
            if self.c_valid.val() & self.c_ready.val() {
                self.sent.d.next = true;
            }
            if self.keys_bad.val() {
                self.state.d.next = FrontState::Fail;
            } else if self.c_out_valid.val() {
                self.sent.d.next = false;
            }
        }

        match self.state.q.val() {
            FrontState::Idle => {
                if self.s.cyc.val() & self.s.stb.val() & self.hit.val() {
                    self.base.d.next = self.s.adr.val() & 0xffff_fff0_u64;
                    self.blk_q.d.next = self.s.adr.val().get_bits::<28>(4) & 0x7ff_ffff_u64;
                    self.slot_q.d.next = self.pt.read_data.val();
                    self.tga_q.d.next = self.s.tga.val();
                    self.wr.d.next = self.s.we.val();
                    self.beat.d.next = 0.into();
                    self.sent.d.next = false;
                    self.gone.d.next = false;
                    self.wmask.d.next = 0.into();
                    if self.nonhost.val() & self.pt.read_data.val().any() {
                        // ask for the cipher now: the grant and key read run
                        // in this cycle's edge
                        self.own.next = true;
                        self.slot.next = self.pt.read_data.val();
                        if self.s.we.val() {
                            self.state.d.next = FrontState::Collect;
                        } else {
                            self.state.d.next = FrontState::Read;
                        }
                    } else {
                        self.fwd.next = true;
                        if !((self.m.ack.val() | self.m.err.val()) & self.last.val()) {
                            self.state.d.next = FrontState::Pass;
                        }
                    }
                }
            }
            FrontState::Pass => {
                if self.same.val() {
                    self.fwd.next = true;
                    if (self.m.ack.val() | self.m.err.val()) & self.last.val() {
                        self.state.d.next = FrontState::Idle;
                    }
                } else {
                    self.state.d.next = FrontState::Idle;
                }
            }
            FrontState::Read => {
                self.own.next = true;
                if !self.wr.q.val() & !self.same.val() {
                    self.gone.d.next = true;
                }
                if self.m.ack.val() & (self.beat.q.val() == 3) {
                    self.state.d.next = FrontState::Decrypt;
                }
            }
            FrontState::Collect => {
                self.own.next = true;
                if self.same.val() {
                    self.wbuf.d.next = (self.wbuf.q.val() & !self.beat_mask.val()) | self.beat_data.val();
                    self.wmask.d.next = self.wmask.q.val() | self.beat_mask.val();
                    if self.last.val() {
                        // the last beat stays unanswered until RAM has the block
                        if (self.wmask.q.val() | self.beat_mask.val()) == self.all_ones.val() {
                            self.blk_buf.d.next = (self.wbuf.q.val() & !self.beat_mask.val()) | self.beat_data.val();
                            self.state.d.next = FrontState::Encrypt;
                        } else {
                            self.state.d.next = FrontState::Read;
                        }
                    } else {
                        self.s.ack.next = true;
                    }
                } else if self.wmask.q.val() == self.all_ones.val() {
                    self.blk_buf.d.next = self.wbuf.q.val();
                    self.state.d.next = FrontState::Encrypt;
                } else {
                    self.state.d.next = FrontState::Read;
                }
            }
            FrontState::Decrypt => {
                if !self.wr.q.val() & !self.same.val() {
                    self.gone.d.next = true;
                }
                if self.c_out_valid.val() & !self.keys_bad.val() {
                    if self.wr.q.val() {
                        self.blk_buf.d.next = (self.c_out.val() & !self.wmask.q.val()) | (self.wbuf.q.val() & self.wmask.q.val());
                        self.state.d.next = FrontState::Encrypt;
                    } else {
                        self.blk_buf.d.next = self.c_out.val();
                        self.state.d.next = FrontState::Answer;
                    }
                }
            }
            FrontState::Encrypt => {
                if self.c_out_valid.val() & !self.keys_bad.val() {
                    self.blk_buf.d.next = self.c_out.val();
                    self.beat.d.next = 0.into();
                    self.state.d.next = FrontState::Write;
                }
            }
            FrontState::Write => {
                if self.m.ack.val() & (self.beat.q.val() == 3) {
                    self.state.d.next = FrontState::Finish;
                }
            }
            FrontState::Answer => {
                self.s.dat_r.next = self.buf_word.val();
                if self.same.val() & !self.gone.q.val() {
                    self.s.ack.next = true;
                    if self.last.val() {
                        self.state.d.next = FrontState::Idle;
                    }
                } else {
                    self.state.d.next = FrontState::Idle;
                }
            }
            FrontState::Finish => {
                self.s.ack.next = self.s.cyc.val() & self.s.stb.val();
                self.state.d.next = FrontState::Idle;
            }
            FrontState::Fail => {
                self.s.err.next = self.s.cyc.val() & self.s.stb.val();
                self.state.d.next = FrontState::Idle;
            }
            _ => {
                self.state.d.next = FrontState::Idle;
            }
        }
        if self.bypass.val() {
            self.fwd.next = true;
            self.state.d.next = FrontState::Idle;
        }
        if self.fwd.val() {
            self.m.cyc.next = self.s.cyc.val();
            self.m.stb.next = self.s.stb.val();
            self.s.ack.next = self.m.ack.val();
            self.s.err.next = self.m.err.val();
        }
        if self.reset.val() {
            self.state.d.next = FrontState::Idle;
            self.sent.d.next = false;
            self.gone.d.next = false;
            self.pq_ok.d.next = false;
        }
    }
}
