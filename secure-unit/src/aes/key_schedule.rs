//! On-the-fly AES key schedule step, forward and inverse, AES-128 and
//! AES-256, four words (one round key) per step.
//!
//! The key window holds words k0..k7 (k0 = `window[255:224]`):
//! - AES-128: k0..k3 = the previous round key (k4..k7 unused).
//! - AES-256: (k0..k3, k4..k7) = the two previous round keys; the step
//!   produces the next one and slides the window by four words.
//! Running the forward schedule leaves the window holding the last round
//! key(s), exactly what the inverse step needs to start decryption.
use super::sbox::AesSbox;
use rust_hdl::prelude::*;

/// Combinational: the next round key `rk` and the next window.
#[derive(LogicBlock, Default)]
pub struct KeySchedule {
    pub window: Signal<In, Bits<256>>,
    pub key_256: Signal<In, Bit>,
    /// 0 = forward (round key r from r-1), 1 = inverse (r-1 from r).
    pub decrypt: Signal<In, Bit>,
    /// AES-256 first round: the round key is already in the window
    /// (k4..k7 forward, k0..k3 inverse); pass it through, keep the window.
    pub first: Signal<In, Bit>,
    /// Apply RotWord and Rcon (every AES-128 step, even AES-256 steps);
    /// otherwise SubWord only.
    pub rot: Signal<In, Bit>,
    pub rcon: Signal<In, Bits<8>>,
    pub rk: Signal<Out, Bits<128>>,
    pub window_next: Signal<Out, Bits<256>>,
    k0: Signal<Local, Bits<32>>,
    k1: Signal<Local, Bits<32>>,
    k2: Signal<Local, Bits<32>>,
    k3: Signal<Local, Bits<32>>,
    k4: Signal<Local, Bits<32>>,
    k5: Signal<Local, Bits<32>>,
    k6: Signal<Local, Bits<32>>,
    k7: Signal<Local, Bits<32>>,
    /// Word fed to SubWord.
    t: Signal<Local, Bits<32>>,
    /// SubWord(t)
    sub: Signal<Local, Bits<32>>,
    /// The schedule's non-linear term: SubWord(RotWord(t)) ^ Rcon, or SubWord(t).
    f: Signal<Local, Bits<32>>,
    n0: Signal<Local, Bits<32>>,
    n1: Signal<Local, Bits<32>>,
    n2: Signal<Local, Bits<32>>,
    n3: Signal<Local, Bits<32>>,
    /// Forward S-boxes for SubWord (byte j of t -> sbox[j], byte 0 = t[31:24]).
    sbox: [AesSbox; 4],
}

impl Logic for KeySchedule {
    #[hdl_gen]
    fn update(&mut self) {
        self.k0.next = self.window.val().get_bits::<32>(224);
        self.k1.next = self.window.val().get_bits::<32>(192);
        self.k2.next = self.window.val().get_bits::<32>(160);
        self.k3.next = self.window.val().get_bits::<32>(128);
        self.k4.next = self.window.val().get_bits::<32>(96);
        self.k5.next = self.window.val().get_bits::<32>(64);
        self.k6.next = self.window.val().get_bits::<32>(32);
        self.k7.next = self.window.val().get_bits::<32>(0);
        // Word whose SubWord drives this step:
        //   fwd-128 k3, fwd-256 k7, inv-128 (k3 ^ k2) (= previous key's w3), inv-256 k3.
        self.t.next = self.k3.val();
        if self.decrypt.val() {
            if !self.key_256.val() {
                self.t.next = self.k3.val() ^ self.k2.val();
            }
        } else if self.key_256.val() {
            self.t.next = self.k7.val();
        }
        for j in 0..4 {
            self.sbox[j].inverse.next = false;
            self.sbox[j].x.next = self.t.val().get_bits::<8>(24 - 8 * j);
        }
        self.sub.next = (bit_cast::<32, 8>(self.sbox[0].y.val()) << 24)
            | (bit_cast::<32, 8>(self.sbox[1].y.val()) << 16)
            | (bit_cast::<32, 8>(self.sbox[2].y.val()) << 8)
            | bit_cast::<32, 8>(self.sbox[3].y.val());
        self.f.next = self.sub.val();
        if self.rot.val() {
            // SubWord(RotWord(t)) = RotWord(SubWord(t)); Rcon goes into byte 0.
            self.f.next = ((self.sub.val() << 8) | (self.sub.val() >> 24))
                ^ (bit_cast::<32, 8>(self.rcon.val()) << 24);
        }
        if self.decrypt.val() {
            if self.key_256.val() {
                // (k0..k3, k4..k7) = (RK_r, RK_r+1) -> RK_r-1
                self.n0.next = self.k4.val() ^ self.f.val();
                self.n1.next = self.k5.val() ^ self.k4.val();
                self.n2.next = self.k6.val() ^ self.k5.val();
                self.n3.next = self.k7.val() ^ self.k6.val();
            } else {
                // k0..k3 = RK_r -> RK_r-1
                self.n0.next = self.k0.val() ^ self.f.val();
                self.n1.next = self.k1.val() ^ self.k0.val();
                self.n2.next = self.k2.val() ^ self.k1.val();
                self.n3.next = self.k3.val() ^ self.k2.val();
            }
        } else {
            self.n0.next = self.k0.val() ^ self.f.val();
            self.n1.next = self.k1.val() ^ self.n0.val();
            self.n2.next = self.k2.val() ^ self.n1.val();
            self.n3.next = self.k3.val() ^ self.n2.val();
        }
        self.rk.next = (bit_cast::<128, 32>(self.n0.val()) << 96)
            | (bit_cast::<128, 32>(self.n1.val()) << 64)
            | (bit_cast::<128, 32>(self.n2.val()) << 32)
            | bit_cast::<128, 32>(self.n3.val());
        // AES-128 keeps k4..k7 untouched; AES-256 slides the window.
        self.window_next.next = (bit_cast::<256, 128>(self.rk.val()) << 128)
            | bit_cast::<256, 128>(self.window.val().get_bits::<128>(0));
        if self.key_256.val() {
            if self.decrypt.val() {
                self.window_next.next = (bit_cast::<256, 128>(self.rk.val()) << 128)
                    | bit_cast::<256, 128>(self.window.val().get_bits::<128>(128));
            } else {
                self.window_next.next = (self.window.val() << 128)
                    | bit_cast::<256, 128>(self.rk.val());
            }
            if self.first.val() {
                self.window_next.next = self.window.val();
                if self.decrypt.val() {
                    self.rk.next = self.window.val().get_bits::<128>(128);
                } else {
                    self.rk.next = self.window.val().get_bits::<128>(0);
                }
            }
        }
    }
}
