//! Small AES-128 encrypt-only core: one state column per clock.
//!
//! Why a second AES core: the CTR_DRBG only ever encrypts under AES-128 and
//! is not throughput-critical (a VM key fill is three blocks and an Update),
//! but `AesCore` (one round per clock, both directions, AES-256, 20 S-boxes)
//! is most of the TRNG's area. This core keeps `AesCore`'s handshake and
//! spends 4 cycles per round on a 32-bit datapath instead (docs/AES.md).
//!
//! Datapath: the 128-bit state register `st` is a column shift register that
//! holds ShiftRows(state); each cycle its top column goes through four
//! `AesSboxFwd`, one `MixColumn` (inverse tied low; skipped in round 10) and
//! the round-key word, and comes back in at the bottom. After the fourth
//! column the register holds the round's output in order, and ShiftRows for
//! the next round is applied as it is written back (pure wiring).
//!
//! Key schedule: `rk` holds the round key of the round executing now. A
//! fifth S-box computes SubWord(RotWord(rk.w3)) one byte per cycle during
//! the round (`fw` collects the bytes), and the round's last cycle replaces
//! `rk` with the next round key. The first step (round key 1 from `key`)
//! takes one extra cycle before round 1 on the four data S-boxes: the
//! accepting edge loads RotWord(key.w3) as the state's top column and parks
//! the state's last column in `fw`, so the S-boxes' inputs need no mux
//! (a mux in front of their linear input layer cost ~170 LUT4 on ECP5).
//! Key material (`rk`, `fw`) feeds only the datapath; `block_out` is zero
//! unless `out_valid`.
use super::mix_column::MixColumn;
use super::sbox_fwd::AesSboxFwd;
use rust_hdl::prelude::*;

/// AES-128 encryption of one block per transfer (valid/ready on both sides).
///
/// A transfer happens on a clock edge where valid && ready; `key` is sampled
/// with the block. Cycles from the accepting edge to `out_valid`: 41. The
/// result stays in the state register until it is taken, so `in_ready` is
/// high only while idle with no result waiting (it never depends
/// combinationally on `out_ready`).
#[derive(LogicBlock, Default)]
pub struct AesEnc128 {
    pub clock: Signal<In, Clock>,
    /// Synchronous, active high; clears the state, the round key and the result.
    pub reset: Signal<In, Bit>,
    /// Key byte 0 = key[127:120] (FIPS-197 hex order).
    pub key: Signal<In, Bits<128>>,
    pub in_valid: Signal<In, Bit>,
    pub in_ready: Signal<Out, Bit>,
    /// Block byte 0 = block_in[127:120].
    pub block_in: Signal<In, Bits<128>>,
    pub out_valid: Signal<Out, Bit>,
    pub out_ready: Signal<In, Bit>,
    /// The ciphertext while `out_valid`, else 0.
    pub block_out: Signal<Out, Bits<128>>,
    /// ShiftRows(state) at a round's start; a column shift register during
    /// the round; the ciphertext once `full`. In the cycle after the
    /// accepting edge: RotWord(key.w3) and ShiftRows(state) columns 0..2.
    st: DFF<Bits<128>>,
    /// Round key of the round executing now.
    rk: DFF<Bits<128>>,
    /// SubWord(RotWord(rk.w3)) bytes, collected during the round (bytes
    /// 0..2 in fw[23:0] at the last column); in the cycle after the
    /// accepting edge: ShiftRows(state) column 3.
    fw: DFF<Bits<32>>,
    /// Rcon of the next key-schedule step.
    rcon: DFF<Bits<8>>,
    /// Round 1..=10 and column 0..=3 executing now.
    rnd: DFF<Bits<4>>,
    col: DFF<Bits<2>>,
    busy: DFF<Bit>,
    /// The cycle after the accepting edge: the first key-schedule step.
    pre: DFF<Bit>,
    /// A result waits in `st` for `out_ready`.
    full: DFF<Bit>,
    /// Round 10: no MixColumns, no ShiftRows on write-back.
    last: Signal<Local, Bit>,
    /// This cycle's round-key word (column `col` of `rk`).
    rkw: Signal<Local, Bits<32>>,
    /// SubBytes of the state's top column.
    sub: Signal<Local, Bits<32>>,
    /// The new state column.
    newcol: Signal<Local, Bits<32>>,
    /// `st` shifted up one column with `newcol` at the bottom.
    shifted: Signal<Local, Bits<128>>,
    /// ShiftRows input (the offered block ^ key, or `shifted`) and output.
    sr_in: Signal<Local, Bits<128>>,
    sr: Signal<Local, Bits<128>>,
    /// Key-schedule step from `rk`: its non-linear word
    /// SubWord(RotWord(w3)) ^ Rcon, and the next round key.
    f: Signal<Local, Bits<32>>,
    n0: Signal<Local, Bits<32>>,
    n1: Signal<Local, Bits<32>>,
    n2: Signal<Local, Bits<32>>,
    n3: Signal<Local, Bits<32>>,
    /// Data S-boxes: byte j of the column is `sbox[j]` (byte 0 = row 0).
    sbox: [AesSboxFwd; 4],
    /// Key S-box: byte `col` of RotWord(rk.w3).
    ksbox: AesSboxFwd,
    mc: MixColumn,
}

impl Logic for AesEnc128 {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, st, rk, fw, rcon, rnd, col, busy, pre, full);
        self.last.next = self.rnd.q.val() == 10;
        // ---- round datapath: one column per cycle ----
        for j in 0..4 {
            self.sbox[j].x.next = self.st.q.val().get_bits::<8>(120 - 8 * j);
        }
        self.sub.next = (bit_cast::<32, 8>(self.sbox[0].y.val()) << 24)
            | (bit_cast::<32, 8>(self.sbox[1].y.val()) << 16)
            | (bit_cast::<32, 8>(self.sbox[2].y.val()) << 8)
            | bit_cast::<32, 8>(self.sbox[3].y.val());
        self.mc.inverse.next = false;
        self.mc.col.next = self.sub.val();
        match self.col.q.val().index() {
            0 => {
                self.rkw.next = self.rk.q.val().get_bits::<32>(96);
                self.ksbox.x.next = self.rk.q.val().get_bits::<8>(16);
            }
            1 => {
                self.rkw.next = self.rk.q.val().get_bits::<32>(64);
                self.ksbox.x.next = self.rk.q.val().get_bits::<8>(8);
            }
            2 => {
                self.rkw.next = self.rk.q.val().get_bits::<32>(32);
                self.ksbox.x.next = self.rk.q.val().get_bits::<8>(0);
            }
            _ => {
                self.rkw.next = self.rk.q.val().get_bits::<32>(0);
                self.ksbox.x.next = self.rk.q.val().get_bits::<8>(24);
            }
        }
        if self.last.val() {
            self.newcol.next = self.sub.val() ^ self.rkw.val();
        } else {
            self.newcol.next = self.mc.out.val() ^ self.rkw.val();
        }
        self.shifted.next = (self.st.q.val() << 32) | bit_cast::<128, 32>(self.newcol.val());
        if self.busy.q.val() {
            self.sr_in.next = self.shifted.val();
        } else {
            self.sr_in.next = self.block_in.val() ^ self.key.val();
        }
        // ShiftRows: output byte (r, c) = input byte (r, c + r mod 4); byte
        // i = r + 4c sits at bits [127-8i -: 8].
        self.sr.next = (bit_cast::<128, 8>(self.sr_in.val().get_bits::<8>(120)) << 120)
            | (bit_cast::<128, 8>(self.sr_in.val().get_bits::<8>(80)) << 112)
            | (bit_cast::<128, 8>(self.sr_in.val().get_bits::<8>(40)) << 104)
            | (bit_cast::<128, 8>(self.sr_in.val().get_bits::<8>(0)) << 96)
            | (bit_cast::<128, 8>(self.sr_in.val().get_bits::<8>(88)) << 88)
            | (bit_cast::<128, 8>(self.sr_in.val().get_bits::<8>(48)) << 80)
            | (bit_cast::<128, 8>(self.sr_in.val().get_bits::<8>(8)) << 72)
            | (bit_cast::<128, 8>(self.sr_in.val().get_bits::<8>(96)) << 64)
            | (bit_cast::<128, 8>(self.sr_in.val().get_bits::<8>(56)) << 56)
            | (bit_cast::<128, 8>(self.sr_in.val().get_bits::<8>(16)) << 48)
            | (bit_cast::<128, 8>(self.sr_in.val().get_bits::<8>(104)) << 40)
            | (bit_cast::<128, 8>(self.sr_in.val().get_bits::<8>(64)) << 32)
            | (bit_cast::<128, 8>(self.sr_in.val().get_bits::<8>(24)) << 24)
            | (bit_cast::<128, 8>(self.sr_in.val().get_bits::<8>(112)) << 16)
            | (bit_cast::<128, 8>(self.sr_in.val().get_bits::<8>(72)) << 8)
            | bit_cast::<128, 8>(self.sr_in.val().get_bits::<8>(32));
        // ---- key schedule step (in the `pre` cycle and at each round's
        // last column) ----
        if self.pre.q.val() {
            self.f.next = self.sub.val();
        } else {
            self.f.next = (self.fw.q.val() << 8) | bit_cast::<32, 8>(self.ksbox.y.val());
        }
        self.f.next = self.f.val() ^ (bit_cast::<32, 8>(self.rcon.q.val()) << 24);
        self.n0.next = self.rk.q.val().get_bits::<32>(96) ^ self.f.val();
        self.n1.next = self.rk.q.val().get_bits::<32>(64) ^ self.n0.val();
        self.n2.next = self.rk.q.val().get_bits::<32>(32) ^ self.n1.val();
        self.n3.next = self.rk.q.val().get_bits::<32>(0) ^ self.n2.val();
        // ---- handshake ----
        self.in_ready.next = !self.busy.q.val() & !self.full.q.val();
        self.out_valid.next = self.full.q.val();
        self.block_out.next = 0.into();
        if self.full.q.val() {
            self.block_out.next = self.st.q.val();
            if self.out_ready.val() {
                self.full.d.next = false;
            }
        }
        // ---- control ----
        if self.pre.q.val() {
            // Round key 1; the parked column 3 completes ShiftRows(state).
            self.pre.d.next = false;
            self.st.d.next = (self.st.q.val() << 32) | bit_cast::<128, 32>(self.fw.q.val());
            self.rk.d.next = (bit_cast::<128, 32>(self.n0.val()) << 96)
                | (bit_cast::<128, 32>(self.n1.val()) << 64)
                | (bit_cast::<128, 32>(self.n2.val()) << 32)
                | bit_cast::<128, 32>(self.n3.val());
            self.rcon.d.next = 0x02.into();
        } else if self.busy.q.val() {
            self.col.d.next = self.col.q.val() + 1;
            self.fw.d.next = (self.fw.q.val() << 8) | bit_cast::<32, 8>(self.ksbox.y.val());
            self.st.d.next = self.shifted.val();
            if self.col.q.val() == 3 {
                self.rk.d.next = (bit_cast::<128, 32>(self.n0.val()) << 96)
                    | (bit_cast::<128, 32>(self.n1.val()) << 64)
                    | (bit_cast::<128, 32>(self.n2.val()) << 32)
                    | bit_cast::<128, 32>(self.n3.val());
                self.rcon.d.next = self.rcon.q.val() << 1;
                if self.rcon.q.val().get_bit(7) {
                    self.rcon.d.next = (self.rcon.q.val() << 1) ^ 0x1B;
                }
                if self.last.val() {
                    self.busy.d.next = false;
                    self.full.d.next = true;
                } else {
                    self.st.d.next = self.sr.val();
                    self.rnd.d.next = self.rnd.q.val() + 1;
                }
            }
        } else if self.in_valid.val() & self.in_ready.val() {
            // Initial AddRoundKey and ShiftRows, with RotWord(key.w3) in
            // front for the `pre` cycle's S-boxes.
            self.st.d.next = (bit_cast::<128, 32>(
                (self.key.val().get_bits::<32>(0) << 8) | (self.key.val().get_bits::<32>(0) >> 24),
            ) << 96)
                | (self.sr.val() >> 32);
            self.fw.d.next = self.sr.val().get_bits::<32>(0);
            self.rk.d.next = self.key.val();
            self.rcon.d.next = 0x01.into();
            self.rnd.d.next = 1.into();
            self.col.d.next = 0.into();
            self.busy.d.next = true;
            self.pre.d.next = true;
        }
        if self.reset.val() {
            self.st.d.next = 0.into();
            self.rk.d.next = 0.into();
            self.fw.d.next = 0.into();
            self.rcon.d.next = 0.into();
            self.rnd.d.next = 0.into();
            self.col.d.next = 0.into();
            self.busy.d.next = false;
            self.pre.d.next = false;
            self.full.d.next = false;
        }
    }
}

/// Emits the Verilog of a stand-alone `AesEnc128` (top module `top`).
pub fn aes_enc128_verilog() -> String {
    let mut uut = AesEnc128::default();
    uut.connect_all();
    generate_verilog(&uut)
}
