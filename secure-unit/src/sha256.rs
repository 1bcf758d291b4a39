//! SHA-256 compression engine (FIPS 180-4), one round per clock.
//!
//! Used for launch measurement, attestation and the TRNG conditioner. The
//! core compresses whole 512-bit blocks; padding is done by the software
//! driver [`pad`] (see `docs/SHA256.md`).
//!
//! Microarchitecture: a 16-word sliding message-schedule window (one 512-bit
//! shift register: the current W[t] is always the top word, the newly
//! expanded W[t+16] enters at the bottom), eight working-variable registers,
//! eight chaining registers H0..H7, a 6-bit round counter and a 64-entry K
//! ROM sub-block. The final `H += a..h` addition happens in the same cycle
//! as round 63, and a chained block may be accepted in that cycle, so blocks
//! stream at 64 cycles each.
use rust_hdl::prelude::*;

mod driver;
mod round_constants;

pub use driver::{block_to_port_words, digest_from_port_words, pad, BLOCK_BYTES};
pub use round_constants::Sha256RoundConstants;

/// SHA-256 initial hash value H(0) (FIPS 180-4 §5.3.3).
pub const SHA256_IV: [u32; 8] = [
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
];

/// Throughput: a chained block is accepted every 64 cycles (the accept of
/// block i+1 overlaps round 63 of block i).
pub const CYCLES_PER_BLOCK: u64 = 64;

/// Latency: from the cycle a block is accepted (cycle 0; rounds run in
/// cycles 1..=64) to the first cycle with `digest_valid` high (cycle 65), in
/// which the first block of the next message can be accepted. A message of N
/// blocks thus takes 64·N + 1 cycles from first accept to `digest_valid`.
pub const DIGEST_LATENCY: u64 = 65;

/// SHA-256 block compressor with a valid/ready block input.
///
/// A block is accepted in a cycle where `in_valid & in_ready`. With `init`
/// high the block starts a new message (chaining value := IV), otherwise it
/// is chained on the current digest. `in_ready` is high when idle; during
/// the last round of a block it is high only for a chained block
/// (`init = 0`), so the previous message's digest is always visible with
/// `digest_valid` for at least one cycle before a new message replaces it.
#[derive(LogicBlock, Default)]
pub struct Sha256Core {
    pub clock: Signal<In, Clock>,
    /// Synchronous, active high: H := IV, working state and window zeroed.
    pub reset: Signal<In, Bit>,
    /// With `in_valid`: this block starts a new message (state := IV).
    pub init: Signal<In, Bit>,
    pub in_valid: Signal<In, Bit>,
    pub in_ready: Signal<Out, Bit>,
    /// Message byte 0 = block[511:504] (big-endian, as FIPS 180-4).
    pub block: Signal<In, Bits<512>>,
    /// H0 in digest[255:224].
    pub digest: Signal<Out, Bits<256>>,
    /// High when the last accepted block is done and no block is in progress.
    pub digest_valid: Signal<Out, Bit>,

    /// K[t] table, addressed by the round counter.
    k_table: Sha256RoundConstants,
    /// Message-schedule window: W[t+j] in bits [480-32j +: 32].
    win: DFF<Bits<512>>,
    /// Round number of the round computed this cycle (valid while busy).
    round: DFF<Bits<6>>,
    busy: DFF<Bit>,
    /// At least one block has completed since reset.
    done: DFF<Bit>,
    // Working variables a..h.
    va: DFF<Bits<32>>,
    vb: DFF<Bits<32>>,
    vc: DFF<Bits<32>>,
    vd: DFF<Bits<32>>,
    ve: DFF<Bits<32>>,
    vf: DFF<Bits<32>>,
    vg: DFF<Bits<32>>,
    vh: DFF<Bits<32>>,
    // Chaining value H0..H7.
    h0: DFF<Bits<32>>,
    h1: DFF<Bits<32>>,
    h2: DFF<Bits<32>>,
    h3: DFF<Bits<32>>,
    h4: DFF<Bits<32>>,
    h5: DFF<Bits<32>>,
    h6: DFF<Bits<32>>,
    h7: DFF<Bits<32>>,

    // Combinational temporaries (rust-hdl kernels cannot use `let`).
    w0: Signal<Local, Bits<32>>,
    w1: Signal<Local, Bits<32>>,
    w9: Signal<Local, Bits<32>>,
    w14: Signal<Local, Bits<32>>,
    ssig0: Signal<Local, Bits<32>>,
    ssig1: Signal<Local, Bits<32>>,
    w_next: Signal<Local, Bits<32>>,
    bsig0: Signal<Local, Bits<32>>,
    bsig1: Signal<Local, Bits<32>>,
    ch: Signal<Local, Bits<32>>,
    maj: Signal<Local, Bits<32>>,
    t1: Signal<Local, Bits<32>>,
    t2: Signal<Local, Bits<32>>,
    a_new: Signal<Local, Bits<32>>,
    e_new: Signal<Local, Bits<32>>,
    last: Signal<Local, Bit>,
    ready: Signal<Local, Bit>,
    accept: Signal<Local, Bit>,
    // Chaining value at the end of this cycle (H + a..h after round 63).
    n0: Signal<Local, Bits<32>>,
    n1: Signal<Local, Bits<32>>,
    n2: Signal<Local, Bits<32>>,
    n3: Signal<Local, Bits<32>>,
    n4: Signal<Local, Bits<32>>,
    n5: Signal<Local, Bits<32>>,
    n6: Signal<Local, Bits<32>>,
    n7: Signal<Local, Bits<32>>,
}

impl Logic for Sha256Core {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, win, round, busy, done, va, vb, vc, vd, ve, vf, vg, vh, h0, h1, h2, h3,
            h4, h5, h6, h7
        );
        self.k_table.round.next = self.round.q.val();

        // Message schedule: W[t+16] = σ1(W[t+14]) + W[t+9] + σ0(W[t+1]) + W[t].
        self.w0.next = self.win.q.val().get_bits::<32>(480);
        self.w1.next = self.win.q.val().get_bits::<32>(448);
        self.w9.next = self.win.q.val().get_bits::<32>(192);
        self.w14.next = self.win.q.val().get_bits::<32>(32);
        self.ssig0.next = ((self.w1.val() >> 7) | (self.w1.val() << 25))
            ^ ((self.w1.val() >> 18) | (self.w1.val() << 14))
            ^ (self.w1.val() >> 3);
        self.ssig1.next = ((self.w14.val() >> 17) | (self.w14.val() << 15))
            ^ ((self.w14.val() >> 19) | (self.w14.val() << 13))
            ^ (self.w14.val() >> 10);
        self.w_next.next = self.ssig1.val() + self.w9.val() + self.ssig0.val() + self.w0.val();

        // Compression round t.
        self.bsig0.next = ((self.va.q.val() >> 2) | (self.va.q.val() << 30))
            ^ ((self.va.q.val() >> 13) | (self.va.q.val() << 19))
            ^ ((self.va.q.val() >> 22) | (self.va.q.val() << 10));
        self.bsig1.next = ((self.ve.q.val() >> 6) | (self.ve.q.val() << 26))
            ^ ((self.ve.q.val() >> 11) | (self.ve.q.val() << 21))
            ^ ((self.ve.q.val() >> 25) | (self.ve.q.val() << 7));
        self.ch.next =
            (self.ve.q.val() & self.vf.q.val()) ^ ((!self.ve.q.val()) & self.vg.q.val());
        self.maj.next = (self.va.q.val() & self.vb.q.val())
            ^ (self.va.q.val() & self.vc.q.val())
            ^ (self.vb.q.val() & self.vc.q.val());
        self.t1.next = self.vh.q.val()
            + self.bsig1.val()
            + self.ch.val()
            + self.k_table.k.val()
            + self.w0.val();
        self.t2.next = self.bsig0.val() + self.maj.val();
        self.a_new.next = self.t1.val() + self.t2.val();
        self.e_new.next = self.vd.q.val() + self.t1.val();

        // Handshake: the last round may overlap the accept of a chained block.
        self.last.next = self.busy.q.val() & (self.round.q.val() == 63);
        self.ready.next = (!self.busy.q.val()) | (self.last.val() & (!self.init.val()));
        self.accept.next = self.in_valid.val() & self.ready.val();
        self.in_ready.next = self.ready.val();

        // Chaining value after this cycle: H + (a..h after round 63).
        self.n0.next = self.h0.q.val();
        self.n1.next = self.h1.q.val();
        self.n2.next = self.h2.q.val();
        self.n3.next = self.h3.q.val();
        self.n4.next = self.h4.q.val();
        self.n5.next = self.h5.q.val();
        self.n6.next = self.h6.q.val();
        self.n7.next = self.h7.q.val();
        if self.last.val() {
            self.n0.next = self.h0.q.val() + self.a_new.val();
            self.n1.next = self.h1.q.val() + self.va.q.val();
            self.n2.next = self.h2.q.val() + self.vb.q.val();
            self.n3.next = self.h3.q.val() + self.vc.q.val();
            self.n4.next = self.h4.q.val() + self.e_new.val();
            self.n5.next = self.h5.q.val() + self.ve.q.val();
            self.n6.next = self.h6.q.val() + self.vf.q.val();
            self.n7.next = self.h7.q.val() + self.vg.q.val();
            self.busy.d.next = false;
            self.done.d.next = true;
        }
        self.h0.d.next = self.n0.val();
        self.h1.d.next = self.n1.val();
        self.h2.d.next = self.n2.val();
        self.h3.d.next = self.n3.val();
        self.h4.d.next = self.n4.val();
        self.h5.d.next = self.n5.val();
        self.h6.d.next = self.n6.val();
        self.h7.d.next = self.n7.val();

        if self.busy.q.val() {
            self.round.d.next = self.round.q.val() + 1;
            self.win.d.next =
                (self.win.q.val() << 32) | bit_cast::<512, 32>(self.w_next.val());
            self.va.d.next = self.a_new.val();
            self.vb.d.next = self.va.q.val();
            self.vc.d.next = self.vb.q.val();
            self.vd.d.next = self.vc.q.val();
            self.ve.d.next = self.e_new.val();
            self.vf.d.next = self.ve.q.val();
            self.vg.d.next = self.vf.q.val();
            self.vh.d.next = self.vg.q.val();
        }

        if self.accept.val() {
            self.win.d.next = self.block.val();
            self.round.d.next = 0.into();
            self.busy.d.next = true;
            if self.init.val() {
                self.va.d.next = 0x6a09e667_u64.into();
                self.vb.d.next = 0xbb67ae85_u64.into();
                self.vc.d.next = 0x3c6ef372_u64.into();
                self.vd.d.next = 0xa54ff53a_u64.into();
                self.ve.d.next = 0x510e527f_u64.into();
                self.vf.d.next = 0x9b05688c_u64.into();
                self.vg.d.next = 0x1f83d9ab_u64.into();
                self.vh.d.next = 0x5be0cd19_u64.into();
                self.h0.d.next = 0x6a09e667_u64.into();
                self.h1.d.next = 0xbb67ae85_u64.into();
                self.h2.d.next = 0x3c6ef372_u64.into();
                self.h3.d.next = 0xa54ff53a_u64.into();
                self.h4.d.next = 0x510e527f_u64.into();
                self.h5.d.next = 0x9b05688c_u64.into();
                self.h6.d.next = 0x1f83d9ab_u64.into();
                self.h7.d.next = 0x5be0cd19_u64.into();
            } else {
                self.va.d.next = self.n0.val();
                self.vb.d.next = self.n1.val();
                self.vc.d.next = self.n2.val();
                self.vd.d.next = self.n3.val();
                self.ve.d.next = self.n4.val();
                self.vf.d.next = self.n5.val();
                self.vg.d.next = self.n6.val();
                self.vh.d.next = self.n7.val();
            }
        }

        if self.reset.val() {
            self.win.d.next = 0.into();
            self.round.d.next = 0.into();
            self.busy.d.next = false;
            self.done.d.next = false;
            self.va.d.next = 0.into();
            self.vb.d.next = 0.into();
            self.vc.d.next = 0.into();
            self.vd.d.next = 0.into();
            self.ve.d.next = 0.into();
            self.vf.d.next = 0.into();
            self.vg.d.next = 0.into();
            self.vh.d.next = 0.into();
            self.h0.d.next = 0x6a09e667_u64.into();
            self.h1.d.next = 0xbb67ae85_u64.into();
            self.h2.d.next = 0x3c6ef372_u64.into();
            self.h3.d.next = 0xa54ff53a_u64.into();
            self.h4.d.next = 0x510e527f_u64.into();
            self.h5.d.next = 0x9b05688c_u64.into();
            self.h6.d.next = 0x1f83d9ab_u64.into();
            self.h7.d.next = 0x5be0cd19_u64.into();
        }

        self.digest_valid.next = self.done.q.val() & (!self.busy.q.val());
        self.digest.next = (bit_cast::<256, 32>(self.h0.q.val()) << 224)
            | (bit_cast::<256, 32>(self.h1.q.val()) << 192)
            | (bit_cast::<256, 32>(self.h2.q.val()) << 160)
            | (bit_cast::<256, 32>(self.h3.q.val()) << 128)
            | (bit_cast::<256, 32>(self.h4.q.val()) << 96)
            | (bit_cast::<256, 32>(self.h5.q.val()) << 64)
            | (bit_cast::<256, 32>(self.h6.q.val()) << 32)
            | bit_cast::<256, 32>(self.h7.q.val());
    }
}

/// Emits the Verilog of a stand-alone `Sha256Core` (top module `top`).
pub fn sha256_core_verilog() -> String {
    let mut uut = Sha256Core::default();
    uut.connect_all();
    generate_verilog(&uut)
}
