//! ECC accelerator (docs/ATTESTATION.md): `EccUnit`, 256-bit modular
//! arithmetic mod p (the secp256k1 field prime) or n (its group order).
//!
//! Contract (or1k-arch "Secure unit: ECC accelerator"; golden model
//! [`model::EccModel`]): registers R0..R15 of 256 bits, a hidden scalar K,
//! the transfer register DATA; a command word
//! `(op << 28) | (ECC_MOD_N if mod n) | (bit << 16) | (d << 8) | (a << 4) | b`.
//! Every command takes a fixed number of cycles that depends only on its op
//! code ([`MUL_CYCLES`] …): never on the operands, the modulus or K.
//!
//! **Timing.** `cmd_valid` in cycle 0 latches the command; `busy` is high in
//! cycles 1..=L (L = the op's `*_CYCLES`); the result is written at the edge
//! that ends cycle L, and the next command can be issued in cycle L + 1:
//!
//! | op | L (busy cycles) |
//! |---|---|
//! | MUL | 20 |
//! | ADD, SUB, CSWAP | 4 |
//! | CLEAR | 16 |
//! | LOAD, STORE, SETK, any other op code | 1 |
//!
//! The firmware's ECDSA signature (`program::sign_on`: 6,851 MUL, 7,173
//! ADD/SUB, 1,556 others) takes 187,574 cycles up to the store of s with
//! back-to-back commands, the same for every key, nonce and message
//! (`tests/ecc.rs`).
//!
//! **Register file.** R0..R15 are a 16 × 256-bit LUT RAM ([`EccRegRam`], a
//! hand-written leaf: asynchronous read into the unit's own read register,
//! one write port; CSWAP writes its two registers in two cycles) plus a
//! valid bit per register: an invalid register reads as zero (the read
//! register loads zero, so no logic sits between it and the multipliers).
//! Reset and CLEAR clear the valid bits at once (so both are
//! architecturally complete in one cycle); CLEAR also overwrites the 16 RAM
//! rows with zeros (16 cycles), so no key material outlives it (after a
//! reset the old rows stay in the RAM, unreadable, until the next CLEAR or
//! write; the firmware's sequences start and end with CLEAR). The read
//! address is taken from the command input in the command's cycle, so R[a]
//! is there in cycle 1 and R[b] in cycle 2 without an extra cycle.
//!
//! **Datapath.**
//! MUL is Montgomery multiplication, radix 2^16, with the quotient taken
//! straight from the accumulator's low digit (Orup's trick): with
//! M~ = m'·M, m' = -M^-1 mod 2^16 (so M~ ≡ -1 mod 2^16), 16 iterations
//!
//! ```text
//!   T := (T + q·M~) / 2^16 + A·b_j,   q = T mod 2^16,   j = 0..15
//! ```
//!
//! give T ≡ A·B·2^-240 with T < M~ + 2^16·A < 2^273; one plain Montgomery
//! step (q' = (T mod 2^16)·m' mod 2^16, T := (T + q'·M) / 2^16) makes
//! T ≡ A·B·2^-256, T < 2M + A < 3M (A < 2^256 < M + M·2^-15 for both
//! moduli), and two constant-time conditional subtractions give [0, M).
//! Each iteration is 33 16×16 products (A·b_j: 16, q·M~: 17; MULT18X18D on
//! ECP5), five rows (T >> 16, the even and odd products of each) summed by
//! three levels of 3:2 carry-save adders and ONE 273-bit carry-propagate
//! add (the carry-in `T mod 2^16 != 0` stands for the low digit that the
//! division drops). All multiplier inputs come straight from flip-flops:
//! A (OA), b_j (`bdr`), q (X's low digit; for the plain step the last
//! iteration writes q' there and keeps the carry-in aside) and the constant
//! (`ccr`). ADD/SUB: X := R[a] ± R[b] (260-bit signed), then two
//! steps "X += M if X < 0, else X -= M if X >= M" (one 260-bit add each).
//! Every cycle has at most one wide carry-propagate add.
pub mod model;
pub mod program;

use or1k_arch::{
    ECC_OP_ADD, ECC_OP_CLEAR, ECC_OP_CSWAP, ECC_OP_LOAD, ECC_OP_MUL, ECC_OP_SETK, ECC_OP_STORE, ECC_OP_SUB,
    ECC_OP_SHIFT, ECC_MOD_N, ECC_BIT_SHIFT, ECC_D_SHIFT, ECC_A_SHIFT, ECC_B_SHIFT,
};
use rust_hdl::prelude::*;

// The kernel matches on the op-code literals and slices the command word.
const _: () = assert!(
    ECC_OP_MUL == 1
        && ECC_OP_ADD == 2
        && ECC_OP_SUB == 3
        && ECC_OP_LOAD == 4
        && ECC_OP_STORE == 5
        && ECC_OP_SETK == 6
        && ECC_OP_CSWAP == 7
        && ECC_OP_CLEAR == 8
        && ECC_OP_SHIFT == 28
        && ECC_MOD_N == 1 << 27
        && ECC_BIT_SHIFT == 16
        && ECC_D_SHIFT == 8
        && ECC_A_SHIFT == 4
        && ECC_B_SHIFT == 0
);

/// Busy cycles of MUL: OA := R[a] (R[b] is read meanwhile), 16 iterations
/// (the last also computes q'), the plain step, two conditional
/// subtractions (the second writes R[d]).
pub const MUL_CYCLES: u64 = 20;
/// ADD and SUB: OA := R[a], X := OA ± R[b], two correction steps.
pub const ADD_CYCLES: u64 = 4;
pub const SUB_CYCLES: u64 = 4;
/// CSWAP: read R[a], read R[b] (and the bit of K), write R[a], write R[b].
pub const CSWAP_CYCLES: u64 = 4;
/// LOAD, STORE, SETK and every op code without a meaning: one cycle.
pub const LOAD_CYCLES: u64 = 1;
pub const STORE_CYCLES: u64 = 1;
pub const SETK_CYCLES: u64 = 1;
pub const NOP_CYCLES: u64 = 1;
/// CLEAR: K, DATA and the valid bits in the first cycle (every register
/// reads as zero from then on), and the 16 rows of the register RAM are
/// overwritten with zeros, one per cycle.
pub const CLEAR_CYCLES: u64 = 16;

/// Busy cycles of a command word (any op code).
pub fn op_cycles(cmd: u32) -> u64 {
    match cmd >> ECC_OP_SHIFT {
        ECC_OP_MUL => MUL_CYCLES,
        ECC_OP_ADD => ADD_CYCLES,
        ECC_OP_SUB => SUB_CYCLES,
        ECC_OP_CSWAP => CSWAP_CYCLES,
        ECC_OP_CLEAR => CLEAR_CYCLES,
        ECC_OP_LOAD => LOAD_CYCLES,
        ECC_OP_STORE => STORE_CYCLES,
        ECC_OP_SETK => SETK_CYCLES,
        _ => NOP_CYCLES,
    }
}

/// secp256k1 p and n, little-endian 64-bit limbs.
pub const P_LIMBS: [u64; 4] =
    [0xFFFF_FFFE_FFFF_FC2F, 0xFFFF_FFFF_FFFF_FFFF, 0xFFFF_FFFF_FFFF_FFFF, 0xFFFF_FFFF_FFFF_FFFF];
pub const N_LIMBS: [u64; 4] =
    [0xBFD2_5E8C_D036_4141, 0xBAAE_DCE6_AF48_A03B, 0xFFFF_FFFF_FFFF_FFFE, 0xFFFF_FFFF_FFFF_FFFF];

/// m' = -m^-1 mod 2^16.
pub fn mont_mprime(m: &[u64; 4]) -> u16 {
    let m0 = m[0];
    let mut inv: u64 = 1;
    for _ in 0..6 {
        inv = inv.wrapping_mul(2u64.wrapping_sub(m0.wrapping_mul(inv)));
    }
    debug_assert_eq!(m0.wrapping_mul(inv), 1);
    (inv.wrapping_neg() & 0xffff) as u16
}

/// M~ = m'·m (< 2^272), little-endian limbs.
pub fn mont_mtilde(m: &[u64; 4]) -> [u64; 5] {
    let s = mont_mprime(m) as u128;
    let mut out = [0u64; 5];
    let mut carry = 0u128;
    for i in 0..4 {
        let t = m[i] as u128 * s + carry;
        out[i] = t as u64;
        carry = t >> 64;
    }
    out[4] = carry as u64;
    out
}

/// -m mod 2^320 (little-endian limbs; the block uses the low 260 bits).
fn neg_limbs(m: &[u64; 4]) -> [u64; 5] {
    let mut out = [0u64; 5];
    let mut borrow = 0u64;
    for i in 0..5 {
        let mi = if i < 4 { m[i] } else { 0 };
        let (d1, b1) = 0u64.overflowing_sub(mi);
        let (d2, b2) = d1.overflowing_sub(borrow);
        out[i] = d2;
        borrow = (b1 | b2) as u64;
    }
    out
}

fn cbits<const N: usize>(limbs: &[u64]) -> Constant<Bits<N>> {
    let mut b = Bits::<N>::default();
    for i in 0..N {
        let l = limbs.get(i / 64).copied().unwrap_or(0);
        b = b.replace_bit(i, (l >> (i % 64)) & 1 == 1);
    }
    Constant::new(b)
}

/// R0..R15 of [`EccUnit`]: a 16 × 256-bit LUT RAM (ECP5 DPR16X4) with an
/// asynchronous read port and one write port. rust-hdl's `RAM` widget reads
/// synchronously into a register inside the leaf, which would leave the
/// valid-bit masking between that register and the multipliers, so this is
/// a hand-written leaf (`Verilog::Custom`, as `or1k_core::regfile`) with a
/// model for rust-hdl's simulator. A read in the cycle of a write returns
/// the old value. All rows are zero at power-up.
#[derive(LogicBlock)]
pub struct EccRegRam {
    pub clock: Signal<In, Clock>,
    pub raddr: Signal<In, Bits<4>>,
    /// The row at `raddr` in this cycle.
    pub rdata: Signal<Out, Bits<256>>,
    pub we: Signal<In, Bit>,
    pub waddr: Signal<In, Bits<4>>,
    pub wdata: Signal<In, Bits<256>>,
    _mem: Vec<Bits<256>>,
}

impl Default for EccRegRam {
    fn default() -> Self {
        EccRegRam {
            clock: Default::default(),
            raddr: Default::default(),
            rdata: Default::default(),
            we: Default::default(),
            waddr: Default::default(),
            wdata: Default::default(),
            _mem: vec![Bits::<256>::default(); 16],
        }
    }
}

impl Logic for EccRegRam {
    fn update(&mut self) {
        if self.clock.pos_edge() && self.we.val() {
            self._mem[self.waddr.val().index()] = self.wdata.val();
        }
        self.rdata.next = self._mem[self.raddr.val().index()];
    }

    fn connect(&mut self) {
        self.rdata.connect();
    }

    fn hdl(&self) -> Verilog {
        Verilog::Custom(
            "\
reg [255:0] mem [0:15];
integer i;
initial begin
    for (i = 0; i < 16; i = i + 1) begin
        mem[i] = 256'h0;
    end
end
always @(posedge clock) begin
    if (we) begin
        mem[waddr] <= wdata;
    end
end
always @(*) begin
    rdata = mem[raddr];
end
"
            .into(),
        )
    }
}

#[derive(LogicState, Copy, Clone, Debug, PartialEq)]
pub enum EccState {
    Idle,
    /// Cycle 1: OA := R[a] (MUL, ADD, SUB, CSWAP), or the whole of a
    /// one-cycle op (CLEAR: the first cycle).
    Start,
    /// Cycle 2: CSWAP: OB := R[b]; ADD/SUB: X := OA ± R[b].
    Opa,
    /// MUL: the 16 Montgomery iterations (A in OA; the first takes b_0 from
    /// the RAM's read register, R[b], and loads OB with the rest of it);
    /// the last one also computes q' from the new X's low digit.
    Iter,
    /// MUL: X := (X + q'·M) / 2^16.
    Fin,
    /// Conditional correction 1 (MUL, ADD, SUB).
    Csub1,
    /// Conditional correction 2, writes R[d].
    Csub2,
    /// CSWAP: R[a] := swap ? OB : OA.
    Swap1,
    /// CSWAP: R[b] := swap ? OA : OB.
    Swap2,
    /// CLEAR: zero RAM rows 1..15 (row 0 in Start).
    Scrub,
}

/// The ECC accelerator; see the module documentation.
#[derive(LogicBlock)]
pub struct EccUnit {
    pub clock: Signal<In, Clock>,
    /// Synchronous, active high: everything zero, idle.
    pub reset: Signal<In, Bit>,
    pub cmd: Signal<In, Bits<32>>,
    /// One-cycle strobe; only asserted while !busy (ignored while busy).
    pub cmd_valid: Signal<In, Bit>,
    /// High from the cycle after `cmd_valid` until the result is written.
    pub busy: Signal<Out, Bit>,
    /// Write DATA word `data_idx` (0 = bits [255:224]) with `data_in`.
    pub data_wr: Signal<In, Bit>,
    pub data_idx: Signal<In, Bits<3>>,
    pub data_in: Signal<In, Bits<32>>,
    /// The DATA register.
    pub data: Signal<Out, Bits<256>>,

    /// R0..R15: LUT RAM (asynchronous read, one write port), its read
    /// register (zero when the register read is invalid) and a valid bit
    /// per register.
    rf: EccRegRam,
    rdr: DFF<Bits<256>>,
    valid: DFF<Bits<16>>,
    /// K and DATA (word i = dw[i], 0 the most significant).
    kreg: DFF<Bits<256>>,
    dw: [DFF<Bits<32>>; 8],
    state: DFF<EccState>,
    /// The latched command.
    opq: DFF<Bits<4>>,
    modn: DFF<Bit>,
    bitq: DFF<Bits<8>>,
    dq: DFF<Bits<4>>,
    aq: DFF<Bits<4>>,
    bq: DFF<Bits<4>>,
    /// Iteration counter.
    cnt: DFF<Bits<4>>,
    /// Operands: A, and B (MUL: shifted right one digit per iteration).
    oa: DFF<Bits<256>>,
    ob: DFF<Bits<256>>,
    /// The multiplier constant C (M~, then M for the plain step) and
    /// "this is the plain step" (q = q' instead of X mod 2^16): registers,
    /// so that the DSPs' inputs come straight from flip-flops.
    ccr: DFF<Bits<272>>,
    fin: DFF<Bit>,
    /// The first iteration: b_0 comes from the RAM's read register (R[b]).
    first: DFF<Bit>,
    /// Accumulator (MUL: T; ADD/SUB: a signed value in bits [259:0]).
    x: DFF<Bits<273>>,
    /// The plain step's carry-in (X mod 2^16 != 0; X's low digit holds q'
    /// in that step).
    cinf: DFF<Bit>,
    /// The current digit b_j of B (a register, so that it feeds the DSPs
    /// directly).
    bdr: DFF<Bits<16>>,
    /// CSWAP: the selected bit of K.
    swap: DFF<Bit>,

    // Constants: M~ and M (272 bits), m', ±M mod 2^260, for p and n.
    c_mt_p: Constant<Bits<272>>,
    c_mt_n: Constant<Bits<272>>,
    c_m_p: Constant<Bits<272>>,
    c_m_n: Constant<Bits<272>>,
    c_mp_p: Constant<Bits<16>>,
    c_mp_n: Constant<Bits<16>>,
    c_pos_p: Constant<Bits<260>>,
    c_pos_n: Constant<Bits<260>>,
    c_neg_p: Constant<Bits<260>>,
    c_neg_n: Constant<Bits<260>>,
    one16: Constant<Bits<16>>,
    one8: Constant<Bits<8>>,
    one261: Constant<Bits<261>>,
    one274: Constant<Bits<274>>,
    one256: Constant<Bits<256>>,
    hi273: Constant<Bits<273>>,
    /// The command word's reserved bits (latched only so that every input
    /// bit has a reader; synthesis removes it).
    rsv: DFF<Bits<7>>,

    // ---- combinational temporaries ----
    is_mul: Signal<Local, Bit>,
    is_addsub: Signal<Local, Bit>,
    is_sub: Signal<Local, Bit>,
    is_load: Signal<Local, Bit>,
    is_store: Signal<Local, Bit>,
    is_setk: Signal<Local, Bit>,
    is_cswap: Signal<Local, Bit>,
    is_clear: Signal<Local, Bit>,
    two_op: Signal<Local, Bit>,
    // read port
    raddr: Signal<Local, Bits<4>>,
    vsh: Signal<Local, Bits<16>>,
    rd: Signal<Local, Bits<256>>,
    rmask: Signal<Local, Bits<256>>,
    // write port
    we: Signal<Local, Bit>,
    wsel: Signal<Local, Bits<4>>,
    wdata: Signal<Local, Bits<256>>,
    wdec: Signal<Local, Bits<16>>,
    clr: Signal<Local, Bit>,
    didx: Signal<Local, Bits<8>>,
    dcat: Signal<Local, Bits<256>>,
    // Montgomery iteration
    qv: Signal<Local, Bits<16>>,
    mt_sel: Signal<Local, Bits<272>>,
    m_sel: Signal<Local, Bits<272>>,
    bd: Signal<Local, Bits<16>>,
    ad: [Signal<Local, Bits<16>>; 16],
    pa: [Signal<Local, Bits<32>>; 16],
    cd: [Signal<Local, Bits<16>>; 17],
    pc: [Signal<Local, Bits<32>>; 17],
    tsh: Signal<Local, Bits<273>>,
    ea: Signal<Local, Bits<273>>,
    oar: Signal<Local, Bits<273>>,
    ec: Signal<Local, Bits<273>>,
    oc: Signal<Local, Bits<273>>,
    s1: Signal<Local, Bits<273>>,
    c1: Signal<Local, Bits<273>>,
    s2: Signal<Local, Bits<273>>,
    c2: Signal<Local, Bits<273>>,
    s3: Signal<Local, Bits<273>>,
    c3: Signal<Local, Bits<273>>,
    cin: Signal<Local, Bits<274>>,
    sa: Signal<Local, Bits<274>>,
    sb: Signal<Local, Bits<274>>,
    ssum: Signal<Local, Bits<274>>,
    xnew: Signal<Local, Bits<273>>,
    mps: Signal<Local, Bits<16>>,
    qprod: Signal<Local, Bits<32>>,
    qn: Signal<Local, Bits<16>>,
    // corrections
    xs: Signal<Local, Bits<260>>,
    neg: Signal<Local, Bit>,
    kk: Signal<Local, Bits<260>>,
    z: Signal<Local, Bits<260>>,
    acc: Signal<Local, Bit>,
    csr: Signal<Local, Bits<260>>,
    // ADD/SUB initial sum
    subw: Signal<Local, Bits<261>>,
    ob260: Signal<Local, Bits<260>>,
    obx: Signal<Local, Bits<260>>,
    ia: Signal<Local, Bits<261>>,
    ib: Signal<Local, Bits<261>>,
    isum: Signal<Local, Bits<261>>,
    kbit: Signal<Local, Bits<256>>,
}

impl Default for EccUnit {
    fn default() -> Self {
        Self::new()
    }
}

impl EccUnit {
    pub fn new() -> Self {
        let mt_p = mont_mtilde(&P_LIMBS);
        let mt_n = mont_mtilde(&N_LIMBS);
        EccUnit {
            clock: Default::default(),
            reset: Default::default(),
            cmd: Default::default(),
            cmd_valid: Default::default(),
            busy: Default::default(),
            data_wr: Default::default(),
            data_idx: Default::default(),
            data_in: Default::default(),
            data: Default::default(),
            rf: Default::default(),
            rdr: Default::default(),
            valid: Default::default(),
            kreg: Default::default(),
            dw: Default::default(),
            state: Default::default(),
            opq: Default::default(),
            modn: Default::default(),
            bitq: Default::default(),
            dq: Default::default(),
            aq: Default::default(),
            bq: Default::default(),
            cnt: Default::default(),
            oa: Default::default(),
            ccr: Default::default(),
            fin: Default::default(),
            first: Default::default(),
            ob: Default::default(),
            x: Default::default(),
            cinf: Default::default(),
            bdr: Default::default(),
            swap: Default::default(),
            c_mt_p: cbits(&mt_p),
            c_mt_n: cbits(&mt_n),
            c_m_p: cbits(&P_LIMBS),
            c_m_n: cbits(&N_LIMBS),
            c_mp_p: cbits(&[mont_mprime(&P_LIMBS) as u64]),
            c_mp_n: cbits(&[mont_mprime(&N_LIMBS) as u64]),
            c_pos_p: cbits(&P_LIMBS),
            c_pos_n: cbits(&N_LIMBS),
            c_neg_p: cbits(&neg_limbs(&P_LIMBS)),
            c_neg_n: cbits(&neg_limbs(&N_LIMBS)),
            one16: cbits(&[1]),
            one8: cbits(&[1]),
            one261: cbits(&[1]),
            one274: cbits(&[1]),
            one256: cbits(&[1]),
            hi273: cbits(&[!0xffff, !0, !0, !0, !0]),
            rsv: Default::default(),
            is_mul: Default::default(),
            is_addsub: Default::default(),
            is_sub: Default::default(),
            is_load: Default::default(),
            is_store: Default::default(),
            is_setk: Default::default(),
            is_cswap: Default::default(),
            is_clear: Default::default(),
            two_op: Default::default(),
            raddr: Default::default(),
            vsh: Default::default(),
            rd: Default::default(),
            rmask: Default::default(),
            we: Default::default(),
            wsel: Default::default(),
            wdata: Default::default(),
            wdec: Default::default(),
            clr: Default::default(),
            didx: Default::default(),
            dcat: Default::default(),
            qv: Default::default(),
            mt_sel: Default::default(),
            m_sel: Default::default(),
            bd: Default::default(),
            ad: Default::default(),
            pa: Default::default(),
            cd: Default::default(),
            pc: Default::default(),
            tsh: Default::default(),
            ea: Default::default(),
            oar: Default::default(),
            ec: Default::default(),
            oc: Default::default(),
            s1: Default::default(),
            c1: Default::default(),
            s2: Default::default(),
            c2: Default::default(),
            s3: Default::default(),
            c3: Default::default(),
            cin: Default::default(),
            sa: Default::default(),
            sb: Default::default(),
            ssum: Default::default(),
            xnew: Default::default(),
            mps: Default::default(),
            qprod: Default::default(),
            qn: Default::default(),
            xs: Default::default(),
            neg: Default::default(),
            kk: Default::default(),
            z: Default::default(),
            acc: Default::default(),
            csr: Default::default(),
            subw: Default::default(),
            ob260: Default::default(),
            obx: Default::default(),
            ia: Default::default(),
            ib: Default::default(),
            isum: Default::default(),
            kbit: Default::default(),
        }
    }
}

impl Logic for EccUnit {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, rsv, valid, rdr, bdr, cinf, ccr, fin, first, kreg, state, opq, modn, bitq, dq, aq, bq, cnt,
            oa, ob, x, swap
        );
        self.rf.clock.next = self.clock.val();
        for i in 0..8 {
            self.dw[i].clock.next = self.clock.val();
            self.dw[i].d.next = self.dw[i].q.val();
        }

        // ---- op decode (of the latched command) ----
        self.is_mul.next = false;
        self.is_addsub.next = false;
        self.is_sub.next = false;
        self.is_load.next = false;
        self.is_store.next = false;
        self.is_setk.next = false;
        self.is_cswap.next = false;
        self.is_clear.next = false;
        match self.opq.q.val().index() {
            1 => {
                self.is_mul.next = true;
            }
            2 => {
                self.is_addsub.next = true;
            }
            3 => {
                self.is_addsub.next = true;
                self.is_sub.next = true;
            }
            4 => {
                self.is_load.next = true;
            }
            5 => {
                self.is_store.next = true;
            }
            6 => {
                self.is_setk.next = true;
            }
            7 => {
                self.is_cswap.next = true;
            }
            8 => {
                self.is_clear.next = true;
            }
            _ => {}
        }
        self.two_op.next = self.is_mul.val() | self.is_addsub.val() | self.is_cswap.val();

        // ---- the read port (registered): R[a] is read at the command's
        // edge (its address straight from the command input), R[b] after ----
        self.raddr.next = self.bq.q.val();
        if self.state.q.val() == EccState::Idle {
            self.raddr.next = self.cmd.val().get_bits::<4>(4);
        }
        self.rf.raddr.next = self.raddr.val();
        self.vsh.next = self.valid.q.val() >> self.raddr.val();
        self.rmask.next = 0.into();
        if (self.vsh.val() & self.one16.val()) != 0 {
            self.rmask.next = self.rf.rdata.val();
        }
        self.rdr.d.next = self.rmask.val();
        self.rd.next = self.rdr.q.val();

        // ---- DATA as a 256-bit value ----
        self.dcat.next = (bit_cast::<256, 32>(self.dw[0].q.val()) << 224)
            | (bit_cast::<256, 32>(self.dw[1].q.val()) << 192)
            | (bit_cast::<256, 32>(self.dw[2].q.val()) << 160)
            | (bit_cast::<256, 32>(self.dw[3].q.val()) << 128)
            | (bit_cast::<256, 32>(self.dw[4].q.val()) << 96)
            | (bit_cast::<256, 32>(self.dw[5].q.val()) << 64)
            | (bit_cast::<256, 32>(self.dw[6].q.val()) << 32)
            | bit_cast::<256, 32>(self.dw[7].q.val());
        self.data.next = self.dcat.val();

        // ---- Montgomery iteration: X := (X + q·C) / 2^16 + A·b ----
        if self.modn.q.val() {
            self.mt_sel.next = self.c_mt_n.val();
            self.m_sel.next = self.c_m_n.val();
        } else {
            self.mt_sel.next = self.c_mt_p.val();
            self.m_sel.next = self.c_m_p.val();
        }
        self.qv.next = self.x.q.val().get_bits::<16>(0);
        self.bd.next = self.bdr.q.val();
        for i in 0..16 {
            self.ad[i].next = self.oa.q.val().get_bits::<16>(16 * i);
            self.pa[i].next = self.ad[i].val() * self.bd.val();
        }
        for i in 0..17 {
            self.cd[i].next = self.ccr.q.val().get_bits::<16>(16 * i);
            self.pc[i].next = self.qv.val() * self.cd[i].val();
        }
        self.tsh.next = self.x.q.val() >> 16;
        // OA·b: even digits' products at 32k, odd digits' at 32k + 16
        self.ea.next = bit_cast::<273, 32>(self.pa[0].val())
            | (bit_cast::<273, 32>(self.pa[2].val()) << 32)
            | (bit_cast::<273, 32>(self.pa[4].val()) << 64)
            | (bit_cast::<273, 32>(self.pa[6].val()) << 96)
            | (bit_cast::<273, 32>(self.pa[8].val()) << 128)
            | (bit_cast::<273, 32>(self.pa[10].val()) << 160)
            | (bit_cast::<273, 32>(self.pa[12].val()) << 192)
            | (bit_cast::<273, 32>(self.pa[14].val()) << 224);
        self.oar.next = (bit_cast::<273, 32>(self.pa[1].val()) << 16)
            | (bit_cast::<273, 32>(self.pa[3].val()) << 48)
            | (bit_cast::<273, 32>(self.pa[5].val()) << 80)
            | (bit_cast::<273, 32>(self.pa[7].val()) << 112)
            | (bit_cast::<273, 32>(self.pa[9].val()) << 144)
            | (bit_cast::<273, 32>(self.pa[11].val()) << 176)
            | (bit_cast::<273, 32>(self.pa[13].val()) << 208)
            | (bit_cast::<273, 32>(self.pa[15].val()) << 240);
        // (q·C) >> 16: even digits' products at 32k - 16, odd digits' at 32k
        self.ec.next = (bit_cast::<273, 32>(self.pc[0].val()) >> 16)
            | (bit_cast::<273, 32>(self.pc[2].val()) << 16)
            | (bit_cast::<273, 32>(self.pc[4].val()) << 48)
            | (bit_cast::<273, 32>(self.pc[6].val()) << 80)
            | (bit_cast::<273, 32>(self.pc[8].val()) << 112)
            | (bit_cast::<273, 32>(self.pc[10].val()) << 144)
            | (bit_cast::<273, 32>(self.pc[12].val()) << 176)
            | (bit_cast::<273, 32>(self.pc[14].val()) << 208)
            | (bit_cast::<273, 32>(self.pc[16].val()) << 240);
        self.oc.next = bit_cast::<273, 32>(self.pc[1].val())
            | (bit_cast::<273, 32>(self.pc[3].val()) << 32)
            | (bit_cast::<273, 32>(self.pc[5].val()) << 64)
            | (bit_cast::<273, 32>(self.pc[7].val()) << 96)
            | (bit_cast::<273, 32>(self.pc[9].val()) << 128)
            | (bit_cast::<273, 32>(self.pc[11].val()) << 160)
            | (bit_cast::<273, 32>(self.pc[13].val()) << 192)
            | (bit_cast::<273, 32>(self.pc[15].val()) << 224);
        // three levels of 3:2 carry-save adders
        self.s1.next = self.tsh.val() ^ self.ea.val() ^ self.oar.val();
        self.c1.next = ((self.tsh.val() & self.ea.val())
            | (self.tsh.val() & self.oar.val())
            | (self.ea.val() & self.oar.val()))
            << 1;
        self.s2.next = self.s1.val() ^ self.c1.val() ^ self.ec.val();
        self.c2.next = ((self.s1.val() & self.c1.val())
            | (self.s1.val() & self.ec.val())
            | (self.c1.val() & self.ec.val()))
            << 1;
        self.s3.next = self.s2.val() ^ self.c2.val() ^ self.oc.val();
        self.c3.next = ((self.s2.val() & self.c2.val())
            | (self.s2.val() & self.oc.val())
            | (self.c2.val() & self.oc.val()))
            << 1;
        // the one carry-propagate add; carry-in through bit 0 of both operands
        self.cin.next = 0.into();
        if self.fin.q.val() {
            if self.cinf.q.val() {
                self.cin.next = self.one274.val();
            }
        } else if self.x.q.val().get_bits::<16>(0) != 0 {
            self.cin.next = self.one274.val();
        }
        self.sa.next = (bit_cast::<274, 273>(self.s3.val()) << 1) | self.cin.val();
        self.sb.next = (bit_cast::<274, 273>(self.c3.val()) << 1) | self.cin.val();
        self.ssum.next = self.sa.val() + self.sb.val();
        self.xnew.next = bit_cast::<273, 274>(self.ssum.val() >> 1);
        // q' = (new X mod 2^16)·m' mod 2^16 (the low digit leaves the carry
        // chain early, so this fits in the last iteration's cycle)
        if self.modn.q.val() {
            self.mps.next = self.c_mp_n.val();
        } else {
            self.mps.next = self.c_mp_p.val();
        }
        self.qprod.next = self.xnew.val().get_bits::<16>(0) * self.mps.val();
        self.qn.next = bit_cast::<16, 32>(self.qprod.val());

        // ---- correction step: X += M if X < 0, else X -= M if X >= M ----
        self.xs.next = self.x.q.val().get_bits::<260>(0);
        self.neg.next = self.xs.val().get_bit(259);
        if self.neg.val() {
            if self.modn.q.val() {
                self.kk.next = self.c_pos_n.val();
            } else {
                self.kk.next = self.c_pos_p.val();
            }
        } else {
            if self.modn.q.val() {
                self.kk.next = self.c_neg_n.val();
            } else {
                self.kk.next = self.c_neg_p.val();
            }
        }
        self.z.next = self.xs.val() + self.kk.val();
        self.acc.next = self.neg.val() | !self.z.val().get_bit(259);
        if self.acc.val() {
            self.csr.next = self.z.val();
        } else {
            self.csr.next = self.xs.val();
        }

        // ---- ADD/SUB: R[a] ± OB (260-bit two's complement) ----
        self.subw.next = 0.into();
        self.ob260.next = bit_cast::<260, 256>(self.rd.val());
        self.obx.next = self.ob260.val();
        if self.is_sub.val() {
            self.subw.next = self.one261.val();
            self.obx.next = !self.ob260.val();
        }
        self.ia.next = (bit_cast::<261, 256>(self.oa.q.val()) << 1) | self.subw.val();
        self.ib.next = (bit_cast::<261, 260>(self.obx.val()) << 1) | self.subw.val();
        self.isum.next = self.ia.val() + self.ib.val();

        // CSWAP's bit of K
        self.kbit.next = self.kreg.q.val() >> self.bitq.q.val();

        // ---- the state machine ----
        self.we.next = false;
        self.wsel.next = self.dq.q.val();
        self.wdata.next = self.dcat.val();
        self.clr.next = false;
        self.busy.next = self.state.q.val() != EccState::Idle;
        match self.state.q.val() {
            EccState::Idle => {
                if self.cmd_valid.val() {
                    self.opq.d.next = self.cmd.val().get_bits::<4>(28);
                    self.modn.d.next = self.cmd.val().get_bit(27);
                    self.bitq.d.next = self.cmd.val().get_bits::<8>(16);
                    self.dq.d.next = self.cmd.val().get_bits::<4>(8);
                    self.aq.d.next = self.cmd.val().get_bits::<4>(4);
                    self.bq.d.next = self.cmd.val().get_bits::<4>(0);
                    self.rsv.d.next = (bit_cast::<7, 3>(self.cmd.val().get_bits::<3>(24)) << 4)
                        | bit_cast::<7, 4>(self.cmd.val().get_bits::<4>(12));
                    self.state.d.next = EccState::Start;
                }
            }
            EccState::Start => {
                self.state.d.next = EccState::Idle;
                if self.two_op.val() {
                    self.oa.d.next = self.rd.val();
                    self.bdr.d.next = self.rmask.val().get_bits::<16>(0);
                    self.first.d.next = true;
                    self.x.d.next = 0.into();
                    self.cnt.d.next = 0.into();
                    self.ccr.d.next = self.mt_sel.val();
                    self.fin.d.next = false;
                    self.state.d.next = EccState::Opa;
                    if self.is_mul.val() {
                        self.state.d.next = EccState::Iter;
                    }
                }
                if self.is_load.val() {
                    self.we.next = true;
                }
                if self.is_store.val() {
                    for i in 0..8 {
                        self.dw[i].d.next = self.rd.val().get_bits::<32>(224 - 32 * i);
                    }
                }
                if self.is_setk.val() {
                    self.kreg.d.next = self.rd.val();
                }
                if self.is_clear.val() {
                    self.clr.next = true;
                    self.we.next = true;
                    self.wsel.next = 0.into();
                    self.wdata.next = 0.into();
                    self.cnt.d.next = 1.into();
                    self.state.d.next = EccState::Scrub;
                }
            }
            EccState::Opa => {
                self.ob.d.next = self.rd.val();
                self.swap.d.next = (self.kbit.val() & self.one256.val()) != 0;
                if self.is_addsub.val() {
                    self.x.d.next = bit_cast::<273, 261>(self.isum.val() >> 1);
                    self.state.d.next = EccState::Csub1;
                } else {
                    self.state.d.next = EccState::Swap1;
                }
            }
            EccState::Iter => {
                self.x.d.next = self.xnew.val();
                self.ob.d.next = self.ob.q.val() >> 16;
                self.bdr.d.next = self.ob.q.val().get_bits::<16>(16);
                if self.first.q.val() {
                    self.ob.d.next = self.rd.val() >> 16;
                    self.bdr.d.next = self.rd.val().get_bits::<16>(16);
                }
                self.first.d.next = false;
                self.cnt.d.next = self.cnt.q.val() + 1;
                if self.cnt.q.val() == 15 {
                    // X's low digit becomes q' (the plain step's quotient),
                    // its carry-in is kept aside
                    self.x.d.next = (self.xnew.val() & self.hi273.val())
                        | bit_cast::<273, 16>(self.qn.val());
                    self.cinf.d.next = self.xnew.val().get_bits::<16>(0) != 0;
                    self.ccr.d.next = self.m_sel.val();
                    self.fin.d.next = true;
                    self.state.d.next = EccState::Fin;
                }
            }
            EccState::Fin => {
                self.x.d.next = self.xnew.val();
                self.fin.d.next = false;
                self.state.d.next = EccState::Csub1;
            }
            EccState::Csub1 => {
                self.x.d.next = bit_cast::<273, 260>(self.csr.val());
                self.state.d.next = EccState::Csub2;
            }
            EccState::Csub2 => {
                self.we.next = true;
                self.wdata.next = self.csr.val().get_bits::<256>(0);
                self.state.d.next = EccState::Idle;
            }
            EccState::Swap1 => {
                self.we.next = true;
                self.wsel.next = self.aq.q.val();
                if self.swap.q.val() {
                    self.wdata.next = self.ob.q.val();
                } else {
                    self.wdata.next = self.oa.q.val();
                }
                self.state.d.next = EccState::Swap2;
            }
            EccState::Scrub => {
                self.we.next = true;
                self.wsel.next = self.cnt.q.val();
                self.wdata.next = 0.into();
                self.cnt.d.next = self.cnt.q.val() + 1;
                if self.cnt.q.val() == 15 {
                    self.state.d.next = EccState::Idle;
                }
            }
            EccState::Swap2 => {
                self.we.next = true;
                self.wsel.next = self.bq.q.val();
                if self.swap.q.val() {
                    self.wdata.next = self.oa.q.val();
                } else {
                    self.wdata.next = self.ob.q.val();
                }
                self.state.d.next = EccState::Idle;
            }
        }

        // ---- the register file's write port ----
        self.rf.we.next = self.we.val();
        self.rf.waddr.next = self.wsel.val();
        self.rf.wdata.next = self.wdata.val();
        self.wdec.next = self.one16.val() << self.wsel.val();
        if self.we.val() & (self.state.q.val() != EccState::Scrub) {
            self.valid.d.next = self.valid.q.val() | self.wdec.val();
        }

        // ---- DATA word writes from the bus ----
        self.didx.next = self.one8.val() << self.data_idx.val();
        if self.data_wr.val() {
            for i in 0..8 {
                if self.didx.val().get_bit(i) {
                    self.dw[i].d.next = self.data_in.val();
                }
            }
        }

        // ---- CLEAR and reset ----
        if self.clr.val() | self.reset.val() {
            self.valid.d.next = 0.into();
            self.rdr.d.next = 0.into();
            for i in 0..8 {
                self.dw[i].d.next = 0.into();
            }
            self.kreg.d.next = 0.into();
            self.oa.d.next = 0.into();
            self.ccr.d.next = 0.into();
            self.fin.d.next = false;
            self.first.d.next = false;
            self.ob.d.next = 0.into();
            self.x.d.next = 0.into();
            self.cinf.d.next = false;
            self.bdr.d.next = 0.into();
            self.swap.d.next = false;
        }
        if self.reset.val() {
            self.state.d.next = EccState::Idle;
            self.opq.d.next = 0.into();
            self.modn.d.next = false;
            self.bitq.d.next = 0.into();
            self.dq.d.next = 0.into();
            self.aq.d.next = 0.into();
            self.bq.d.next = 0.into();
            self.cnt.d.next = 0.into();
        }
    }
}

/// Emits the Verilog of a stand-alone `EccUnit` (top module `top`).
pub fn ecc_unit_verilog() -> String {
    let mut uut = EccUnit::new();
    uut.connect_all();
    generate_verilog(&uut)
}
