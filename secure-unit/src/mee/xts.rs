//! XTS-AES-128 on one 16-byte block: the cipher half of the memory-encryption
//! engine (docs/MEE.md, "Datapath (cipher)").
//!
//! `T = AES-Enc(K2, le128(B >> 4))`, `C = AES-Enc(K1, P ^ T) ^ T`,
//! `P = AES-Dec(K1, C ^ T) ^ T`.
//!
//! **One shared `AesCore`** computes both the tweak (encrypt under K2) and the
//! data block (either direction under K1). Why not a separate small
//! `AesEnc128` for the tweak: it takes 41 cycles, four times the 16-byte RAM
//! read (4 beats + 5 wait states with SDRAM-like memory) it is meant to hide
//! behind, so every line refill would wait ~30 cycles for its tweak; and it
//! adds ~1,400–1,800 LUT4 on top of the `AesCore` that decryption needs
//! anyway. `AesCore` gives the tweak in 11 cycles, which fits under the RAM
//! read, at no extra area. The price is `AesCore`'s one-entry decryption
//! key cache: a tweak under K2 evicts K1, so a decryption right after a
//! tweak pays the 10-cycle key-expansion pass (20 instead of 10 cycles);
//! encryption never does. A second `AesCore` for the tweak would save those
//! 10 cycles for about the area of this whole block again (5,389 LUT4,
//! `synth_ecp5 -nowidelut`; docs/MEE.md).
//!
//! The tweak is cached in `t` with its tag (block number and K2): a block
//! whose tag matches starts at once; any other block first computes its
//! tweak. `tweak_start` lets a front compute T while RAM is being read
//! (or before a write-back); T stays valid for every following block at the
//! same address under the same K2.
use crate::aes::AesCore;
use rust_hdl::prelude::*;

/// XTS-AES-128 of one block per transfer, with an optional early tweak.
///
/// Handshakes (a transfer on a clock edge where valid && ready):
/// - `tweak_start` / `tweak_ready`: compute T for block number `tweak_blk`
///   (nothing to do if T is already cached for it and the current `k2`).
/// - `in_valid` / `in_ready`: one block (`blk`, `decrypt`, `block_in`).
/// - `out_valid` / `out_ready`: the result `block_out`.
///
/// Latency (accepting edge = edge 0, to the edge after which the flag is
/// high): tweak 11 (`tweak_ok`); a block whose T is cached: encrypt 10,
/// decrypt 10 with K1 in `AesCore`'s key cache, 20 after a tweak or key
/// change; a block without T: 21 encrypt, 31 decrypt. One block at a time
/// (in_ready drops from accept until the result is taken).
///
/// `k1` and `k2` must not change while `busy`. `in_ready`, `tweak_ready`,
/// `out_valid`, `busy`, `tweak_ok` are register outputs; `block_out` is
/// registers XOR registers, zero unless `out_valid`.
#[derive(LogicBlock, Default)]
pub struct XtsCipher {
    pub clock: Signal<In, Clock>,
    /// Synchronous, active high: clears the tweak cache and any block in flight.
    pub reset: Signal<In, Bit>,
    /// Data key K1 and tweak key K2; byte 0 = bits [127:120] (the key
    /// block's words big-endian, word 0 first).
    pub k1: Signal<In, Bits<128>>,
    pub k2: Signal<In, Bits<128>>,
    /// Compute the tweak for block number `tweak_blk` (= B >> 4).
    pub tweak_start: Signal<In, Bit>,
    pub tweak_ready: Signal<Out, Bit>,
    pub tweak_blk: Signal<In, Bits<28>>,
    /// The tweak register holds T for the last tweak computed (for the
    /// current keys if they did not change).
    pub tweak_ok: Signal<Out, Bit>,
    /// The block with number `blk` (= B >> 4, B its 16-byte aligned
    /// host-physical address): 0 = encrypt, 1 = decrypt.
    pub in_valid: Signal<In, Bit>,
    pub in_ready: Signal<Out, Bit>,
    pub blk: Signal<In, Bits<28>>,
    pub decrypt: Signal<In, Bit>,
    /// Block byte 0 = block_in[127:120] (the byte at B, memory order).
    pub block_in: Signal<In, Bits<128>>,
    pub out_valid: Signal<Out, Bit>,
    pub out_ready: Signal<In, Bit>,
    pub block_out: Signal<Out, Bits<128>>,
    /// A block or a tweak is in flight, or a result waits.
    pub busy: Signal<Out, Bit>,
    /// Tweak cache: T, and the block number and K2 it is (being) computed for.
    t: DFF<Bits<128>>,
    t_blk: DFF<Bits<28>>,
    t_key: DFF<Bits<128>>,
    /// `t` holds the tweak of (`t_blk`, `t_key`).
    t_ok: DFF<Bit>,
    /// The tweak of (`t_blk`, `t_key`) is in `core`.
    t_busy: DFF<Bit>,
    /// An accepted block waits for its tweak (in `x`, `d_blk`, `d_dec`).
    wait_t: DFF<Bit>,
    x: DFF<Bits<128>>,
    d_blk: DFF<Bits<28>>,
    d_dec: DFF<Bit>,
    /// The block is in `core` (or its result waits there).
    in_core: DFF<Bit>,
    /// `k2` equals the cache's K2.
    k2_same: Signal<Local, Bit>,
    /// The cache's tag matches the waiting block (`tag_d`); T is ready for
    /// the waiting block (`hit_d`), for `blk` (`hit_a`), for `tweak_blk`
    /// (`hit_t`).
    tag_d: Signal<Local, Bit>,
    hit_d: Signal<Local, Bit>,
    hit_a: Signal<Local, Bit>,
    hit_t: Signal<Local, Bit>,
    /// This cycle's job offered to `core`: a tweak for `blk_sel`, or a data
    /// block `src ^ tw` in direction `dec_sel`.
    job_tweak: Signal<Local, Bit>,
    job_data: Signal<Local, Bit>,
    blk_sel: Signal<Local, Bits<28>>,
    src: Signal<Local, Bits<128>>,
    tw: Signal<Local, Bits<128>>,
    dec_sel: Signal<Local, Bit>,
    core: AesCore,
}

impl Logic for XtsCipher {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, t, t_blk, t_key, t_ok, t_busy, wait_t, x, d_blk, d_dec, in_core);
        self.core.clock.next = self.clock.val();
        self.core.reset.next = self.reset.val();
        // ---- tweak cache lookups ----
        self.k2_same.next = self.t_key.q.val() == self.k2.val();
        self.tag_d.next = (self.t_blk.q.val() == self.d_blk.q.val()) & self.k2_same.val();
        self.hit_d.next = self.t_ok.q.val() & self.tag_d.val();
        self.hit_a.next =
            self.t_ok.q.val() & (self.t_blk.q.val() == self.blk.val()) & self.k2_same.val();
        self.hit_t.next = self.t_ok.q.val()
            & (self.t_blk.q.val() == self.tweak_blk.val())
            & self.k2_same.val();
        // ---- job for the core (at most one in it at a time) ----
        self.job_tweak.next = false;
        self.job_data.next = false;
        self.blk_sel.next = self.tweak_blk.val();
        self.src.next = self.block_in.val();
        self.dec_sel.next = self.decrypt.val();
        self.tw.next = self.t.q.val();
        if self.wait_t.q.val() {
            self.blk_sel.next = self.d_blk.q.val();
            self.src.next = self.x.q.val();
            self.dec_sel.next = self.d_dec.q.val();
            if self.t_busy.q.val() {
                // The waiting block's tweak leaves the core this cycle: start
                // the block on the same edge with T taken from the core.
                if self.core.out_valid.val() & self.tag_d.val() {
                    self.job_data.next = true;
                    self.tw.next = self.core.block_out.val();
                }
            } else if self.hit_d.val() {
                self.job_data.next = true;
            } else {
                self.job_tweak.next = true;
            }
        } else if !self.t_busy.q.val() & !self.in_core.q.val() {
            // Idle: an early tweak first (a block offered on the same edge
            // waits for it), else the offered block, with its tweak if missing.
            if self.tweak_start.val() {
                self.job_tweak.next = !self.hit_t.val();
            } else if self.in_valid.val() {
                self.blk_sel.next = self.blk.val();
                if self.hit_a.val() {
                    self.job_data.next = true;
                } else {
                    self.job_tweak.next = true;
                }
            }
        }
        self.core.key_256.next = false;
        // a tweak leaves K1 in the core's decryption key cache
        self.core.keep_key.next = self.job_tweak.val();
        self.core.in_valid.next = self.job_data.val() | self.job_tweak.val();
        // the core samples these only with a job (zero otherwise: a
        // simulator skips the wide muxes in idle cycles)
        self.core.key.next = 0.into();
        self.core.decrypt.next = false;
        self.core.block_in.next = 0.into();
        if self.job_data.val() {
            self.core.key.next = bit_cast::<256, 128>(self.k1.val()) << 128;
            self.core.decrypt.next = self.dec_sel.val();
            self.core.block_in.next = self.src.val() ^ self.tw.val();
        } else if self.job_tweak.val() {
            // le128(block number): its byte 0 is the number's low byte.
            self.core.key.next = bit_cast::<256, 128>(self.k2.val()) << 128;
            self.core.decrypt.next = false;
            self.core.block_in.next = (bit_cast::<128, 8>(self.blk_sel.val().get_bits::<8>(0)) << 120)
                | (bit_cast::<128, 8>(self.blk_sel.val().get_bits::<8>(8)) << 112)
                | (bit_cast::<128, 8>(self.blk_sel.val().get_bits::<8>(16)) << 104)
                | (bit_cast::<128, 4>(self.blk_sel.val().get_bits::<4>(24)) << 96);
        }
        // ---- handshake outputs ----
        self.in_ready.next = !self.wait_t.q.val() & !self.in_core.q.val();
        self.tweak_ready.next = !self.wait_t.q.val() & !self.in_core.q.val() & !self.t_busy.q.val();
        self.busy.next = self.wait_t.q.val() | self.in_core.q.val() | self.t_busy.q.val();
        self.tweak_ok.next = self.t_ok.q.val();
        // ---- results ----
        self.core.out_ready.next = self.out_ready.val() | self.t_busy.q.val();
        self.out_valid.next = self.in_core.q.val() & self.core.out_valid.val();
        self.block_out.next = 0.into();
        if self.t_busy.q.val() & self.core.out_valid.val() {
            self.t.d.next = self.core.block_out.val();
            self.t_ok.d.next = true;
            self.t_busy.d.next = false;
        }
        if self.in_core.q.val() & self.core.out_valid.val() {
            self.block_out.next = self.core.block_out.val() ^ self.t.q.val();
            if self.out_ready.val() {
                self.in_core.d.next = false;
            }
        }
        // ---- accepts ----
        if self.in_valid.val() & self.in_ready.val() {
            self.wait_t.d.next = true;
            self.x.d.next = self.block_in.val();
            self.d_blk.d.next = self.blk.val();
            self.d_dec.d.next = self.decrypt.val();
        }
        if self.core.in_valid.val() & self.core.in_ready.val() {
            if self.job_data.val() {
                self.wait_t.d.next = false;
                self.in_core.d.next = true;
            } else {
                self.t_busy.d.next = true;
                self.t_ok.d.next = false;
                self.t_blk.d.next = self.blk_sel.val();
                self.t_key.d.next = self.k2.val();
            }
        }
        if self.reset.val() {
            self.t.d.next = 0.into();
            self.t_blk.d.next = 0.into();
            self.t_key.d.next = 0.into();
            self.t_ok.d.next = false;
            self.t_busy.d.next = false;
            self.wait_t.d.next = false;
            self.x.d.next = 0.into();
            self.d_blk.d.next = 0.into();
            self.d_dec.d.next = false;
            self.in_core.d.next = false;
        }
    }
}

/// Emits the Verilog of a stand-alone `XtsCipher` (top module `top`).
pub fn xts_cipher_verilog() -> String {
    let mut uut = XtsCipher::default();
    uut.connect_all();
    generate_verilog(&uut)
}
