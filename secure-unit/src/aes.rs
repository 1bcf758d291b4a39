//! AES-128/256 encryption and decryption core: one round per clock.
//!
//! Datapath: a 128-bit state register, 16 shared forward/inverse S-boxes
//! (tables, see `aes/sbox.rs`) with (Inv)ShiftRows folded into their
//! input wiring, four shared (Inv)MixColumns columns, and an on-the-fly key
//! schedule (`aes/key_schedule.rs`, four more S-boxes) that runs forward for
//! encryption and backward for decryption.
//!
//! The key schedule runs one round ahead of the state: the round key the
//! round uses sits in the register `rk`, and the schedule computes the next
//! one during the round. The key S-boxes are thus off the round path (Fmax,
//! see docs/AES.md); only the last step of a decryption's key-expansion pass
//! still XORs a freshly computed key into the state. The round-1 key is
//! computed at the accepting edge.
//!
//! Decryption starts from the last round key. The core caches it together
//! with the key it belongs to: every encryption leaves it in the key window
//! for free, and a decryption under a key that is not cached first runs a
//! forward key-expansion pass (10 cycles AES-128, 13 cycles AES-256) — see
//! docs/AES.md for the cycle table. Key material (`key` cache, working
//! window, last-round-key cache) has no read path other than the datapath.
//!
//! `AesEnc128` (`aes/enc128.rs`) is the small encrypt-only AES-128 core the
//! CTR_DRBG uses (4 cycles per round on a 32-bit datapath), with the
//! forward-only S-box `AesSboxFwd` (`aes/sbox_fwd.rs`).
mod enc128;
mod key_schedule;
mod mix_column;
mod sbox;
mod sbox_fwd;

pub use enc128::{aes_enc128_verilog, AesEnc128};
pub use key_schedule::KeySchedule;
pub use mix_column::MixColumn;
pub use sbox::AesSbox;
pub use sbox_fwd::AesSboxFwd;

use rust_hdl::prelude::*;

/// Encrypt/decrypt one 128-bit block per transfer (valid/ready on both sides).
///
/// A transfer happens on a clock edge where valid && ready; `key`, `key_256`
/// and `decrypt` are sampled with the block. Cycles from the accepting edge
/// to `out_valid`: Nr (10 / 14); a decryption whose key is not cached adds
/// the expansion pass (10 / 13). `in_ready` never depends combinationally on
/// `out_ready`.
#[derive(LogicBlock, Default)]
pub struct AesCore {
    pub clock: Signal<In, Clock>,
    /// Synchronous, active high; also clears every key and state register.
    pub reset: Signal<In, Bit>,
    /// Key byte 0 = key[255:248]; AES-128 uses key[255:128].
    pub key: Signal<In, Bits<256>>,
    /// 0 = AES-128, 1 = AES-256.
    pub key_256: Signal<In, Bit>,
    /// 0 = encrypt (cipher), 1 = decrypt (inverse cipher).
    pub decrypt: Signal<In, Bit>,
    /// With an encryption: leave the decryption key cache as it is, so a
    /// caller that interleaves encryptions under another key (the MEE's
    /// tweaks under K2) keeps its decryption key (K1) cached.
    pub keep_key: Signal<In, Bit>,
    pub in_valid: Signal<In, Bit>,
    pub in_ready: Signal<Out, Bit>,
    /// Block byte 0 = block_in[127:120] (FIPS-197 hex order).
    pub block_in: Signal<In, Bits<128>>,
    pub out_valid: Signal<Out, Bit>,
    pub out_ready: Signal<In, Bit>,
    pub block_out: Signal<Out, Bits<128>>,
    /// Cipher state between rounds.
    state: DFF<Bits<128>>,
    /// Key-schedule window (see `KeySchedule`): one step ahead of `rk`, i.e.
    /// the schedule applied to it yields the next round's key.
    window: DFF<Bits<256>>,
    /// Round key of the round executing now (computed one round ahead).
    rk: DFF<Bits<128>>,
    /// Round number 1..=Nr of the round executing now.
    rnd: DFF<Bits<4>>,
    /// Rcon for the key-schedule step computed this cycle (forward: 01,02,..;
    /// inverse: from the top).
    rcon: DFF<Bits<8>>,
    /// A block is in flight (expanding or in rounds).
    busy: DFF<Bit>,
    /// The round executing now is the last cipher round (registered so the
    /// key schedule's accept-mode select is one flip-flop, not a compare).
    fin: DFF<Bit>,
    /// Forward key-expansion pass before a decryption with an uncached key.
    expanding: DFF<Bit>,
    /// Direction and key size of the block in flight.
    dec: DFF<Bit>,
    is256: DFF<Bit>,
    /// Output holding register, so the next block can start while the
    /// previous result waits for `out_ready`.
    out_buf: DFF<Bits<128>>,
    out_full: DFF<Bit>,
    /// Key (and size) of the most recent block; `dk` is its last-round key
    /// window once `dk_valid`.
    ck: DFF<Bits<256>>,
    ck256: DFF<Bit>,
    dk: DFF<Bits<256>>,
    dk_valid: DFF<Bit>,
    /// The block in flight is a `keep_key` encryption.
    nocache: DFF<Bit>,
    /// This is the round Nr (last round: no MixColumns).
    last: Signal<Local, Bit>,
    /// The round/expansion step in `busy` state proceeds this cycle.
    step: Signal<Local, Bit>,
    /// Incoming key equals the cached key for the incoming key size.
    key_same: Signal<Local, Bit>,
    /// SubBytes(ShiftRows(state)) or InvSubBytes(InvShiftRows(state)).
    sb: Signal<Local, Bits<128>>,
    /// sb ^ round key.
    ark: Signal<Local, Bits<128>>,
    /// (Inv)MixColumns output.
    mcv: Signal<Local, Bits<128>>,
    /// State after this round.
    round_out: Signal<Local, Bits<128>>,
    sbox: [AesSbox; 16],
    mc: [MixColumn; 4],
    ks: KeySchedule,
}

impl Logic for AesCore {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, state, window, rk, rnd, rcon, busy, fin, expanding, dec, is256, out_buf,
            out_full, ck, ck256, dk, dk_valid, nocache
        );
        // ---- round datapath ----
        // Byte i = r + 4c of the state sits at bits [127-8i -: 8]; ShiftRows
        // takes output byte (r, c) from input (r, c + r), InvShiftRows from (r, c - r).
        // Only while a block is in the core: a simulator then skips the
        // 128-bit datapath in idle cycles (its result is not used then).
        self.sb.next = 0.into();
        self.ark.next = 0.into();
        self.mcv.next = 0.into();
        self.round_out.next = 0.into();
        self.last.next = false;
        for i in 0..16 {
            self.sbox[i].x.next = 0.into();
            self.sbox[i].inverse.next = false;
        }
        for c in 0..4 {
            self.mc[c].inverse.next = false;
            self.mc[c].col.next = 0.into();
        }
        if self.busy.q.val() {
            if self.dec.q.val() {
                self.sbox[0].x.next = self.state.q.val().get_bits::<8>(120);
                self.sbox[1].x.next = self.state.q.val().get_bits::<8>(16);
                self.sbox[2].x.next = self.state.q.val().get_bits::<8>(40);
                self.sbox[3].x.next = self.state.q.val().get_bits::<8>(64);
                self.sbox[4].x.next = self.state.q.val().get_bits::<8>(88);
                self.sbox[5].x.next = self.state.q.val().get_bits::<8>(112);
                self.sbox[6].x.next = self.state.q.val().get_bits::<8>(8);
                self.sbox[7].x.next = self.state.q.val().get_bits::<8>(32);
                self.sbox[8].x.next = self.state.q.val().get_bits::<8>(56);
                self.sbox[9].x.next = self.state.q.val().get_bits::<8>(80);
                self.sbox[10].x.next = self.state.q.val().get_bits::<8>(104);
                self.sbox[11].x.next = self.state.q.val().get_bits::<8>(0);
                self.sbox[12].x.next = self.state.q.val().get_bits::<8>(24);
                self.sbox[13].x.next = self.state.q.val().get_bits::<8>(48);
                self.sbox[14].x.next = self.state.q.val().get_bits::<8>(72);
                self.sbox[15].x.next = self.state.q.val().get_bits::<8>(96);
            } else {
                self.sbox[0].x.next = self.state.q.val().get_bits::<8>(120);
                self.sbox[1].x.next = self.state.q.val().get_bits::<8>(80);
                self.sbox[2].x.next = self.state.q.val().get_bits::<8>(40);
                self.sbox[3].x.next = self.state.q.val().get_bits::<8>(0);
                self.sbox[4].x.next = self.state.q.val().get_bits::<8>(88);
                self.sbox[5].x.next = self.state.q.val().get_bits::<8>(48);
                self.sbox[6].x.next = self.state.q.val().get_bits::<8>(8);
                self.sbox[7].x.next = self.state.q.val().get_bits::<8>(96);
                self.sbox[8].x.next = self.state.q.val().get_bits::<8>(56);
                self.sbox[9].x.next = self.state.q.val().get_bits::<8>(16);
                self.sbox[10].x.next = self.state.q.val().get_bits::<8>(104);
                self.sbox[11].x.next = self.state.q.val().get_bits::<8>(64);
                self.sbox[12].x.next = self.state.q.val().get_bits::<8>(24);
                self.sbox[13].x.next = self.state.q.val().get_bits::<8>(112);
                self.sbox[14].x.next = self.state.q.val().get_bits::<8>(72);
                self.sbox[15].x.next = self.state.q.val().get_bits::<8>(32);
            }
            for i in 0..16 {
                self.sbox[i].inverse.next = self.dec.q.val();
            }
            self.sb.next = (bit_cast::<128, 8>(self.sbox[0].y.val()) << 120)
                | (bit_cast::<128, 8>(self.sbox[1].y.val()) << 112)
                | (bit_cast::<128, 8>(self.sbox[2].y.val()) << 104)
                | (bit_cast::<128, 8>(self.sbox[3].y.val()) << 96)
                | (bit_cast::<128, 8>(self.sbox[4].y.val()) << 88)
                | (bit_cast::<128, 8>(self.sbox[5].y.val()) << 80)
                | (bit_cast::<128, 8>(self.sbox[6].y.val()) << 72)
                | (bit_cast::<128, 8>(self.sbox[7].y.val()) << 64)
                | (bit_cast::<128, 8>(self.sbox[8].y.val()) << 56)
                | (bit_cast::<128, 8>(self.sbox[9].y.val()) << 48)
                | (bit_cast::<128, 8>(self.sbox[10].y.val()) << 40)
                | (bit_cast::<128, 8>(self.sbox[11].y.val()) << 32)
                | (bit_cast::<128, 8>(self.sbox[12].y.val()) << 24)
                | (bit_cast::<128, 8>(self.sbox[13].y.val()) << 16)
                | (bit_cast::<128, 8>(self.sbox[14].y.val()) << 8)
                | bit_cast::<128, 8>(self.sbox[15].y.val());
            self.ark.next = self.sb.val() ^ self.rk.q.val();
            // Encryption: MixColumns(sb) ^ rk; decryption: InvMixColumns(sb ^ rk).
            for c in 0..4 {
                self.mc[c].inverse.next = self.dec.q.val();
                if self.dec.q.val() {
                    self.mc[c].col.next = self.ark.val().get_bits::<32>(96 - 32 * c);
                } else {
                    self.mc[c].col.next = self.sb.val().get_bits::<32>(96 - 32 * c);
                }
            }
            self.mcv.next = (bit_cast::<128, 32>(self.mc[0].out.val()) << 96)
                | (bit_cast::<128, 32>(self.mc[1].out.val()) << 64)
                | (bit_cast::<128, 32>(self.mc[2].out.val()) << 32)
                | bit_cast::<128, 32>(self.mc[3].out.val());
            self.last.next = (self.rnd.q.val() == 10) & !self.is256.q.val();
            if self.is256.q.val() {
                self.last.next = self.rnd.q.val() == 14;
            }
            if self.last.val() {
                self.round_out.next = self.ark.val();
            } else if self.dec.q.val() {
                self.round_out.next = self.mcv.val();
            } else {
                self.round_out.next = self.mcv.val() ^ self.rk.q.val();
            }
        }
        // ---- control ----
        // The last cipher round needs the output register free; expansion
        // steps and the other rounds always proceed.
        self.step.next = self.busy.q.val()
            & (self.expanding.q.val() | !self.last.val() | !self.out_full.q.val() | self.out_ready.val());
        // A new block may enter while idle, or on the edge that retires the
        // last round into an empty output register (no out_ready path).
        self.in_ready.next = !self.busy.q.val() | (self.fin.q.val() & !self.out_full.q.val());
        // ---- key schedule ----
        // While a block can be accepted the schedule computes the incoming
        // block's round-1 key (from `key`, or from `dk` for a decryption;
        // AES-256 round 1 is a pass-through). Otherwise it steps `window`:
        // forward during an expansion pass (step `rnd`), else one round
        // ahead of the state (step `rnd` + 1: RotWord on odd `rnd` for AES-256).
        // (Also in the last round when the output register is full: the
        // schedule's result is then unused.)
        if !self.busy.q.val() | self.fin.q.val() {
            self.ks.key_256.next = self.key_256.val();
            self.ks.decrypt.next = self.decrypt.val();
            self.ks.first.next = self.key_256.val();
            self.ks.rot.next = true;
            if self.decrypt.val() {
                self.ks.window.next = self.dk.q.val();
                self.ks.rcon.next = 0x36.into();
            } else {
                self.ks.window.next = self.key.val();
                self.ks.rcon.next = 0x01.into();
            }
        } else {
            self.ks.window.next = self.window.q.val();
            self.ks.key_256.next = self.is256.q.val();
            self.ks.decrypt.next = self.dec.q.val() & !self.expanding.q.val();
            self.ks.first.next = false;
            self.ks.rot.next =
                !self.is256.q.val() | (self.rnd.q.val().get_bit(0) ^ self.expanding.q.val());
            self.ks.rcon.next = self.rcon.q.val();
        }
        self.out_valid.next = self.out_full.q.val();
        self.block_out.next = self.out_buf.q.val();
        if self.out_full.q.val() & self.out_ready.val() {
            self.out_full.d.next = false;
        }
        if self.step.val() {
            self.window.d.next = self.ks.window_next.val();
            self.rk.d.next = self.ks.rk.val();
            if self.ks.rot.val() {
                if self.ks.decrypt.val() {
                    // Inverse of xtime: Rcon_(i-1) from Rcon_i.
                    self.rcon.d.next = self.rcon.q.val() >> 1;
                    if self.rcon.q.val().get_bit(0) {
                        self.rcon.d.next = ((self.rcon.q.val() ^ 0x1B) >> 1) | 0x80;
                    }
                } else {
                    self.rcon.d.next = self.rcon.q.val() << 1;
                    if self.rcon.q.val().get_bit(7) {
                        self.rcon.d.next = (self.rcon.q.val() << 1) ^ 0x1B;
                    }
                }
            }
            if self.expanding.q.val() {
                if self.last.val() {
                    // This step yields the last round key(s): cache them and
                    // start decrypting with the initial AddRoundKey. Round
                    // 1's key is already in the window (AES-128: RK9 = k0..k3,
                    // kept; AES-256: RK13 = k4..k7, window slides to RK13|RK14).
                    self.expanding.d.next = false;
                    self.dk.d.next = self.ks.window_next.val();
                    self.dk_valid.d.next = true;
                    self.state.d.next = self.state.q.val() ^ self.ks.rk.val();
                    self.rnd.d.next = 1.into();
                    if self.is256.q.val() {
                        self.rk.d.next = self.window.q.val().get_bits::<128>(0);
                        self.rcon.d.next = 0x40.into();
                    } else {
                        self.window.d.next = self.window.q.val();
                        self.rk.d.next = self.window.q.val().get_bits::<128>(128);
                        self.rcon.d.next = 0x1B.into();
                    }
                } else {
                    self.rnd.d.next = self.rnd.q.val() + 1;
                }
            } else {
                self.state.d.next = self.round_out.val();
                if self.last.val() {
                    self.busy.d.next = false;
                    self.fin.d.next = false;
                    self.out_buf.d.next = self.round_out.val();
                    self.out_full.d.next = true;
                    if !self.dec.q.val() & !self.nocache.q.val() {
                        // An encryption ends with the last round key(s) in the window.
                        self.dk.d.next = self.window.q.val();
                        self.dk_valid.d.next = true;
                    }
                } else {
                    self.rnd.d.next = self.rnd.q.val() + 1;
                    self.fin.d.next = (self.rnd.q.val() == 9) & !self.is256.q.val();
                    if self.is256.q.val() {
                        self.fin.d.next = self.rnd.q.val() == 13;
                    }
                }
            }
        }
        // ---- accept ----
        self.key_same.next = (self.key.val().get_bits::<128>(128) == self.ck.q.val().get_bits::<128>(128))
            & (self.key_256.val() == self.ck256.q.val())
            & (!self.key_256.val() | (self.key.val().get_bits::<128>(0) == self.ck.q.val().get_bits::<128>(0)));
        if self.in_valid.val() & self.in_ready.val() {
            self.busy.d.next = true;
            self.fin.d.next = false;
            self.dec.d.next = self.decrypt.val();
            self.is256.d.next = self.key_256.val();
            self.rnd.d.next = 1.into();
            self.expanding.d.next = false;
            self.nocache.d.next = self.keep_key.val() & !self.decrypt.val();
            if !self.key_same.val() & !(self.keep_key.val() & !self.decrypt.val()) {
                self.ck.d.next = self.key.val();
                self.ck256.d.next = self.key_256.val();
                self.dk_valid.d.next = false;
            }
            // The schedule (in its accept mode) has the round-1 key; `rcon`
            // is set for the step computed during round 1.
            self.window.d.next = self.ks.window_next.val();
            self.rk.d.next = self.ks.rk.val();
            if !self.decrypt.val() {
                self.state.d.next = self.block_in.val() ^ self.key.val().get_bits::<128>(128);
                self.rcon.d.next = 0x02.into();
                if self.key_256.val() {
                    self.rcon.d.next = 0x01.into();
                }
            } else if self.key_same.val() & self.dk_valid.q.val() {
                if self.key_256.val() {
                    self.state.d.next = self.block_in.val() ^ self.dk.q.val().get_bits::<128>(0);
                    self.rcon.d.next = 0x40.into();
                } else {
                    self.state.d.next = self.block_in.val() ^ self.dk.q.val().get_bits::<128>(128);
                    self.rcon.d.next = 0x1B.into();
                }
            } else {
                // Uncached key: forward expansion first (AES-256 skips the
                // pass-through first step).
                self.window.d.next = self.key.val();
                self.state.d.next = self.block_in.val();
                self.rcon.d.next = 0x01.into();
                self.expanding.d.next = true;
                if self.key_256.val() {
                    self.rnd.d.next = 2.into();
                }
            }
        }
        if self.reset.val() {
            self.state.d.next = 0.into();
            self.window.d.next = 0.into();
            self.rk.d.next = 0.into();
            self.rnd.d.next = 0.into();
            self.rcon.d.next = 0.into();
            self.busy.d.next = false;
            self.fin.d.next = false;
            self.expanding.d.next = false;
            self.dec.d.next = false;
            self.is256.d.next = false;
            self.out_buf.d.next = 0.into();
            self.out_full.d.next = false;
            self.ck.d.next = 0.into();
            self.ck256.d.next = false;
            self.dk.d.next = 0.into();
            self.dk_valid.d.next = false;
            self.nocache.d.next = false;
        }
    }
}

/// Emits the Verilog of a stand-alone `AesCore` (top module `top`).
pub fn aes_core_verilog() -> String {
    let mut uut = AesCore::default();
    uut.connect_all();
    generate_verilog(&uut)
}
