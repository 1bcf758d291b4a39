//! The MAC unit's accumulator (MACHI:MACLO): l.mac/l.maci/l.msb add or
//! subtract the multiplier's 64-bit signed product when they leave EX,
//! l.macrc reads MACLO and clears both, and both are SPRs.
use crate::k;
use crate::ports::SprPort;
use or1k_arch::*;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct Mac {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    /// The signed product of the instruction in EX.
    pub prod: Signal<In, Bits<64>>,
    /// l.msb: subtract rather than add.
    pub msb: Signal<In, Bit>,
    /// The accumulate leaves EX now; l.macrc leaves EX now.
    pub acc_we: Signal<In, Bit>,
    pub clr: Signal<In, Bit>,
    /// Load MACHI:MACLO (VM entry restores the guest's).
    pub load: Signal<In, Bit>,
    pub load_lo: Signal<In, Bits<32>>,
    pub load_hi: Signal<In, Bits<32>>,
    /// MACHI (MACLO is `lo`), for VM exit.
    pub hi: Signal<Out, Bits<32>>,
    /// Signed overflow of this accumulate (SR[OV]).
    pub ov: Signal<Out, Bit>,
    /// MACLO: what l.macrc returns.
    pub lo: Signal<Out, Bits<32>>,
    /// MACLO and MACHI.
    pub spr: SprPort,

    maclo: DFF<Bits<32>>,
    machi: DFF<Bits<32>>,
    acc: Signal<Local, Bits<64>>,
    acc_new: Signal<Local, Bits<64>>,
    is_lo: Signal<Local, Bit>,
    is_hi: Signal<Local, Bit>,
    k_maclo: Constant<Bits<32>>,
    k_machi: Constant<Bits<32>>,
}

impl Default for Mac {
    fn default() -> Self {
        Mac {
            clock: Default::default(),
            reset: Default::default(),
            prod: Default::default(),
            msb: Default::default(),
            acc_we: Default::default(),
            clr: Default::default(),
            load: Default::default(),
            load_lo: Default::default(),
            load_hi: Default::default(),
            hi: Default::default(),
            ov: Default::default(),
            lo: Default::default(),
            spr: Default::default(),
            maclo: Default::default(),
            machi: Default::default(),
            acc: Default::default(),
            acc_new: Default::default(),
            is_lo: Default::default(),
            is_hi: Default::default(),
            k_maclo: k(SPR_MACLO),
            k_machi: k(SPR_MACHI),
        }
    }
}

impl Logic for Mac {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, maclo, machi);
        self.acc.next = (bit_cast::<64, 32>(self.machi.q.val()) << 32) | bit_cast::<64, 32>(self.maclo.q.val());
        self.acc_new.next = self.acc.val() + self.prod.val();
        if self.msb.val() {
            self.acc_new.next = self.acc.val() - self.prod.val();
        }
        // overflow: the operands' signs agree (add) or differ (subtract)
        // and the result's sign differs from the accumulator's
        self.ov.next = (self.acc.val().get_bit(63) == self.prod.val().get_bit(63))
            & (self.acc_new.val().get_bit(63) != self.acc.val().get_bit(63));
        if self.msb.val() {
            self.ov.next = (self.acc.val().get_bit(63) != self.prod.val().get_bit(63))
                & (self.acc_new.val().get_bit(63) != self.acc.val().get_bit(63));
        }
        self.lo.next = self.maclo.q.val();
        self.hi.next = self.machi.q.val();

        self.is_lo.next = self.spr.addr.val() == self.k_maclo.val();
        self.is_hi.next = self.spr.addr.val() == self.k_machi.val();
        self.spr.hit.next = self.is_lo.val() | self.is_hi.val();
        self.spr.busy.next = false;
        self.spr.rdata.next = 0.into();
        if self.is_lo.val() {
            self.spr.rdata.next = self.maclo.q.val();
        }
        if self.is_hi.val() {
            self.spr.rdata.next = self.machi.q.val();
        }
        if self.spr.we.val() & self.is_lo.val() {
            self.maclo.d.next = self.spr.wdata.val();
        }
        if self.spr.we.val() & self.is_hi.val() {
            self.machi.d.next = self.spr.wdata.val();
        }
        // an l.mtspr commits only with EX flushed, so these never collide
        if self.acc_we.val() {
            self.maclo.d.next = self.acc_new.val().get_bits::<32>(0);
            self.machi.d.next = self.acc_new.val().get_bits::<32>(32);
        }
        if self.clr.val() {
            self.maclo.d.next = 0.into();
            self.machi.d.next = 0.into();
        }
        if self.load.val() {
            self.maclo.d.next = self.load_lo.val();
            self.machi.d.next = self.load_hi.val();
        }
        if self.reset.val() {
            self.maclo.d.next = 0.into();
            self.machi.d.next = 0.into();
        }
    }
}
