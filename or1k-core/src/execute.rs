//! The EX stage's datapath: the ALU, multiplier and divider, the result
//! and overflow of each instruction, the branch unit, the effective
//! address and its alignment check. The core keeps the EX pipeline
//! register and decides when the instruction leaves; everything here is
//! a function of that register (and of SR, the MAC and the cycle count).
use crate::alu::Alu;
use crate::decode::Decoder;
use crate::div::Divider;
use crate::mul::Multiplier;
use crate::block_default;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct Execute {
    pub clock: Signal<In, Clock>,
    /// The instruction in EX, valid and not carrying an earlier fault.
    pub insn: Signal<In, Bits<32>>,
    pub ok: Signal<In, Bit>,
    pub pc: Signal<In, Bits<32>>,
    /// Operands (forwarded in ID).
    pub a: Signal<In, Bits<32>>,
    pub b: Signal<In, Bits<32>>,
    /// It is a delay slot, continuing at `br_next`.
    pub ds: Signal<In, Bit>,
    pub br_next: Signal<In, Bits<32>>,
    /// Cycles it has spent in EX (0 in the first).
    pub cyc: Signal<In, Bits<6>>,
    /// Its delay slot is in ID (a branch waits for it).
    pub ds_ready: Signal<In, Bit>,
    pub sr_f: Signal<In, Bit>,
    pub sr_cy: Signal<In, Bit>,
    pub sr_ove: Signal<In, Bit>,
    /// The MAC's overflow for this accumulate, and MACLO.
    pub mac_ov: Signal<In, Bit>,
    pub mac_lo: Signal<In, Bits<32>>,

    /// Destination register and whether it is written.
    pub rd: Signal<Out, Bits<5>>,
    pub wr: Signal<Out, Bit>,
    pub result: Signal<Out, Bits<32>>,
    /// `result` is final this cycle (not a load, l.mfspr or a running mul/div).
    pub res_ok: Signal<Out, Bit>,
    /// It cannot leave EX this cycle.
    pub busy: Signal<Out, Bit>,
    pub branch: Signal<Out, Bit>,
    pub taken: Signal<Out, Bit>,
    pub target: Signal<Out, Bits<32>>,
    /// The address of the instruction after it.
    pub npc: Signal<Out, Bits<32>>,
    /// Effective address (l.mfspr/l.mtspr: the SPR address rA | K).
    pub ea: Signal<Out, Bits<32>>,
    pub misaligned: Signal<Out, Bit>,
    /// l.jr/l.jalr to a target with low bits set: not taken, and the jump
    /// itself raises the alignment exception (or1ksim: EPCR = EEAR = the
    /// jump, the delay slot does not run, l.jalr does not link).
    pub jmisaligned: Signal<Out, Bit>,
    /// Overflow with SR[OVE]: a range exception.
    pub range: Signal<Out, Bit>,
    /// SR flag writes and MAC updates it makes when it leaves EX.
    pub f_we: Signal<Out, Bit>,
    pub f: Signal<Out, Bit>,
    pub cy_we: Signal<Out, Bit>,
    pub cy: Signal<Out, Bit>,
    pub ov_we: Signal<Out, Bit>,
    pub ov: Signal<Out, Bit>,
    pub acc_we: Signal<Out, Bit>,
    pub acc_clr: Signal<Out, Bit>,
    /// The signed product, for the MAC; l.msb subtracts it.
    pub prod: Signal<Out, Bits<64>>,
    pub msb: Signal<Out, Bit>,

    dec: Decoder,
    alu: Alu,
    mul: Multiplier,
    div: Divider,
    opb: Signal<Local, Bits<32>>,
    muldiv: Signal<Local, Bit>,
    div0: Signal<Local, Bit>,
    lo_sext: Signal<Local, Bits<32>>,
}

block_default!(Execute {} defaults: [
    clock, insn, ok, pc, a, b, ds, br_next, cyc, ds_ready, sr_f, sr_cy, sr_ove, mac_ov, mac_lo,
    rd, wr, result, res_ok, busy, branch, taken, target, npc, ea, misaligned, jmisaligned, range, f_we, f,
    cy_we, cy, ov_we, ov, acc_we, acc_clr, prod, msb, dec, alu, mul, div, opb, muldiv, div0,
    lo_sext,
]);

impl Logic for Execute {
    #[hdl_gen]
    fn update(&mut self) {
        clock!(self, clock, mul, div);
        self.dec.insn.next = self.insn.val();
        self.rd.next = self.insn.val().get_bits::<5>(21);
        if self.dec.link.val() {
            self.rd.next = 9.into();
        }
        self.wr.next = self.ok.val() & (self.dec.rd_we.val() | self.dec.link.val()) & self.rd.val().any();
        self.opb.next = self.b.val();
        if self.dec.use_imm.val() {
            self.opb.next = self.dec.imm.val();
        }
        self.alu.fun.next = self.dec.alu_fn.val();
        self.alu.a.next = self.a.val();
        self.alu.b.next = self.opb.val();
        self.alu.cy_in.next = self.sr_cy.val();
        self.alu.flag_in.next = self.sr_f.val();
        self.alu.sf_eq.next = self.dec.sf_eq.val();
        self.alu.sf_ne.next = self.dec.sf_ne.val();
        self.alu.sf_gt.next = self.dec.sf_gt.val();
        self.alu.sf_ge.next = self.dec.sf_ge.val();
        self.alu.sf_lt.next = self.dec.sf_lt.val();
        self.alu.sf_le.next = self.dec.sf_le.val();
        self.alu.sf_signed.next = self.dec.sf_signed.val();
        self.mul.a.next = self.a.val();
        self.mul.b.next = self.opb.val();
        self.div0.next = !self.b.val().any();
        self.div.a.next = self.a.val();
        self.div.b.next = self.b.val();
        self.div.sgn.next = self.dec.div.val();
        self.div.start.next = self.ok.val()
            & (self.dec.div.val() | self.dec.divu.val())
            & !self.div0.val()
            & (self.cyc.val() == 0);
        self.muldiv.next = self.dec.mul.val() | self.dec.mulu.val() | self.dec.mac.val() | self.dec.msb.val();
        self.prod.next = (bit_cast::<64, 32>(self.mul.hi_s.val()) << 32) | bit_cast::<64, 32>(self.mul.lo.val());
        self.msb.next = self.dec.msb.val();

        // result and overflow
        self.lo_sext.next = 0.into();
        if self.mul.lo.val().get_bit(31) {
            self.lo_sext.next = 0xFFFF_FFFF_u64.into();
        }
        self.result.next = self.alu.result.val();
        self.ov.next = self.alu.ov.val();
        self.ov_we.next = self.dec.alu_flags.val();
        if self.dec.mul.val() {
            self.result.next = self.mul.lo.val();
            self.ov.next = self.mul.hi_s.val() != self.lo_sext.val();
            self.ov_we.next = true;
        }
        if self.dec.mulu.val() {
            self.result.next = self.mul.lo.val();
        }
        if self.dec.div.val() | self.dec.divu.val() {
            self.result.next = self.div.quotient.val();
            if self.div0.val() {
                self.result.next = self.a.val();
            }
        }
        if self.dec.div.val() {
            self.ov.next = self.div0.val();
            self.ov_we.next = true;
        }
        if self.dec.mac.val() | self.dec.msb.val() {
            self.ov.next = self.mac_ov.val();
            self.ov_we.next = true;
        }
        if self.dec.macrc.val() {
            self.result.next = self.mac_lo.val();
        }
        if self.dec.link.val() {
            self.result.next = self.pc.val() + 8;
        }
        self.range.next = self.ok.val() & self.ov_we.val() & self.ov.val() & self.sr_ove.val();
        self.f_we.next = self.dec.sf.val();
        self.f.next = self.alu.cmp.val();
        self.cy_we.next = self.dec.alu_flags.val() | self.dec.mulu.val() | self.dec.divu.val();
        self.cy.next = (self.dec.alu_flags.val() & self.alu.cy.val())
            | (self.dec.mulu.val() & self.mul.hi_u.val().any())
            | (self.dec.divu.val() & self.div0.val());
        self.acc_we.next = self.dec.mac.val() | self.dec.msb.val();
        self.acc_clr.next = self.dec.macrc.val();

        // result available for forwarding this cycle?
        self.res_ok.next = !(self.dec.load.val() | self.dec.mfspr.val());
        if self.muldiv.val() & (self.cyc.val() == 0) {
            self.res_ok.next = false;
        }
        if (self.dec.div.val() | self.dec.divu.val()) & !self.div0.val() & ((self.cyc.val() == 0) | !self.div.done.val()) {
            self.res_ok.next = false;
        }

        // branch unit; a delay slot continues at br_next
        self.branch.next = self.dec.branch.val();
        self.jmisaligned.next = self.ok.val()
            & self.dec.branch.val()
            & self.dec.br_reg.val()
            & self.b.val().get_bits::<2>(0).any();
        self.taken.next = self.ok.val()
            & self.dec.branch.val()
            & !self.jmisaligned.val()
            & ((!self.dec.br_if_f.val() & !self.dec.br_if_nf.val())
                | (self.dec.br_if_f.val() & self.sr_f.val())
                | (self.dec.br_if_nf.val() & !self.sr_f.val()));
        self.target.next = self.pc.val() + self.dec.br_off.val();
        if self.dec.br_reg.val() {
            self.target.next = self.b.val();
        }
        self.npc.next = self.pc.val() + 4;
        if self.ds.val() {
            self.npc.next = self.br_next.val();
        }

        // effective address, alignment
        self.ea.next = self.a.val() + self.dec.imm.val();
        if self.dec.mfspr.val() | self.dec.mtspr.val() {
            self.ea.next = self.a.val() | self.dec.imm.val();
        }
        self.misaligned.next = (self.ok.val()
            & (self.dec.load.val() | (self.dec.store.val() & !self.dec.swa.val()))
            & (((self.dec.size.val() == 4) & self.ea.val().get_bits::<2>(0).any())
                | ((self.dec.size.val() == 2) & self.ea.val().get_bit(0))))
            | self.jmisaligned.val();

        self.busy.next = false;
        if self.ok.val() {
            if !self.res_ok.val() & !self.dec.load.val() & !self.dec.mfspr.val() {
                self.busy.next = true;
            }
            if self.muldiv.val() & (self.cyc.val() == 0) {
                self.busy.next = true;
            }
            // a branch leaves EX only with its delay slot in ID behind it
            if self.dec.branch.val() & !self.ds_ready.val() {
                self.busy.next = true;
            }
        }
    }
}
