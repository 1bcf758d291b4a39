//! The 64 SHA-256 round constants K[0..63] (FIPS 180-4 §4.2.2) as a
//! combinational look-up table indexed by the round number.
//!
//! A `match` on the round counter keeps the table a 6-input ROM that yosys
//! maps to LUTs; a run-time indexed signal array would not emit valid Verilog.
use rust_hdl::prelude::*;

/// Combinational ROM: `k = K[round]`.
#[derive(LogicBlock, Default)]
pub struct Sha256RoundConstants {
    /// Round number 0..=63.
    pub round: Signal<In, Bits<6>>,
    /// K[round]: first 32 bits of the fractional part of the cube root of
    /// the (round+1)-th prime.
    pub k: Signal<Out, Bits<32>>,
}

impl Logic for Sha256RoundConstants {
    #[hdl_gen]
    fn update(&mut self) {
        // Default first so no latch is inferred; every 6-bit value has an arm.
        self.k.next = 0.into();
        match self.round.val().index() {
            0 => self.k.next = 0x428a2f98_u64.into(),
            1 => self.k.next = 0x71374491_u64.into(),
            2 => self.k.next = 0xb5c0fbcf_u64.into(),
            3 => self.k.next = 0xe9b5dba5_u64.into(),
            4 => self.k.next = 0x3956c25b_u64.into(),
            5 => self.k.next = 0x59f111f1_u64.into(),
            6 => self.k.next = 0x923f82a4_u64.into(),
            7 => self.k.next = 0xab1c5ed5_u64.into(),
            8 => self.k.next = 0xd807aa98_u64.into(),
            9 => self.k.next = 0x12835b01_u64.into(),
            10 => self.k.next = 0x243185be_u64.into(),
            11 => self.k.next = 0x550c7dc3_u64.into(),
            12 => self.k.next = 0x72be5d74_u64.into(),
            13 => self.k.next = 0x80deb1fe_u64.into(),
            14 => self.k.next = 0x9bdc06a7_u64.into(),
            15 => self.k.next = 0xc19bf174_u64.into(),
            16 => self.k.next = 0xe49b69c1_u64.into(),
            17 => self.k.next = 0xefbe4786_u64.into(),
            18 => self.k.next = 0x0fc19dc6_u64.into(),
            19 => self.k.next = 0x240ca1cc_u64.into(),
            20 => self.k.next = 0x2de92c6f_u64.into(),
            21 => self.k.next = 0x4a7484aa_u64.into(),
            22 => self.k.next = 0x5cb0a9dc_u64.into(),
            23 => self.k.next = 0x76f988da_u64.into(),
            24 => self.k.next = 0x983e5152_u64.into(),
            25 => self.k.next = 0xa831c66d_u64.into(),
            26 => self.k.next = 0xb00327c8_u64.into(),
            27 => self.k.next = 0xbf597fc7_u64.into(),
            28 => self.k.next = 0xc6e00bf3_u64.into(),
            29 => self.k.next = 0xd5a79147_u64.into(),
            30 => self.k.next = 0x06ca6351_u64.into(),
            31 => self.k.next = 0x14292967_u64.into(),
            32 => self.k.next = 0x27b70a85_u64.into(),
            33 => self.k.next = 0x2e1b2138_u64.into(),
            34 => self.k.next = 0x4d2c6dfc_u64.into(),
            35 => self.k.next = 0x53380d13_u64.into(),
            36 => self.k.next = 0x650a7354_u64.into(),
            37 => self.k.next = 0x766a0abb_u64.into(),
            38 => self.k.next = 0x81c2c92e_u64.into(),
            39 => self.k.next = 0x92722c85_u64.into(),
            40 => self.k.next = 0xa2bfe8a1_u64.into(),
            41 => self.k.next = 0xa81a664b_u64.into(),
            42 => self.k.next = 0xc24b8b70_u64.into(),
            43 => self.k.next = 0xc76c51a3_u64.into(),
            44 => self.k.next = 0xd192e819_u64.into(),
            45 => self.k.next = 0xd6990624_u64.into(),
            46 => self.k.next = 0xf40e3585_u64.into(),
            47 => self.k.next = 0x106aa070_u64.into(),
            48 => self.k.next = 0x19a4c116_u64.into(),
            49 => self.k.next = 0x1e376c08_u64.into(),
            50 => self.k.next = 0x2748774c_u64.into(),
            51 => self.k.next = 0x34b0bcb5_u64.into(),
            52 => self.k.next = 0x391c0cb3_u64.into(),
            53 => self.k.next = 0x4ed8aa4a_u64.into(),
            54 => self.k.next = 0x5b9cca4f_u64.into(),
            55 => self.k.next = 0x682e6ff3_u64.into(),
            56 => self.k.next = 0x748f82ee_u64.into(),
            57 => self.k.next = 0x78a5636f_u64.into(),
            58 => self.k.next = 0x84c87814_u64.into(),
            59 => self.k.next = 0x8cc70208_u64.into(),
            60 => self.k.next = 0x90befffa_u64.into(),
            61 => self.k.next = 0xa4506ceb_u64.into(),
            62 => self.k.next = 0xbef9a3f7_u64.into(),
            63 => self.k.next = 0xc67178f2_u64.into(),
            _ => {}
        }
    }
}
