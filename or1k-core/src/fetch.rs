//! IF stage and the IF/ID register: fetches sequentially over the
//! instruction Wishbone bus as an open-ended incrementing burst, and
//! delivers one instruction per acknowledged beat into ID.
//!
//! A redirect (taken branch, exception, l.rfe, pipeline refill) abandons
//! the beat in flight and continues at the new address. A fetch fault
//! (misaligned PC, ITLB miss, page fault, bus error) is delivered into ID as a marked bubble with
//! its vector, and fetching stops until the next redirect.
use crate::k;
use crate::ports::{TranslationIn, WishboneMaster, TGA_BITS};
use or1k_arch::*;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct Fetch {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,

    /// Origin of the fetches (`tga`).
    pub origin: Signal<In, Bits<TGA_BITS>>,
    pub iwb: WishboneMaster,

    /// Continue fetching at `redirect_pc` (takes precedence over delivery).
    pub redirect: Signal<In, Bit>,
    pub redirect_pc: Signal<In, Bits<32>>,
    /// Empty the ID slot (the instruction in it is squashed).
    pub flush_id: Signal<In, Bit>,
    /// The instruction in ID moves to EX at the end of this cycle.
    pub id_advance: Signal<In, Bit>,

    pub id_valid: Signal<Out, Bit>,
    pub id_pc: Signal<Out, Bits<32>>,
    /// 0 for a fetch fault.
    pub id_insn: Signal<Out, Bits<32>>,
    pub id_fault: Signal<Out, Bit>,
    pub id_fault_vec: Signal<Out, Bits<32>>,

    /// The IMMU's answer for the address fetched in this cycle; `pc_next`
    /// is the address it translates next.
    pub immu: TranslationIn,
    pub pc_next: Signal<Out, Bits<32>>,

    pc: DFF<Bits<32>>,
    halted: DFF<Bit>,
    valid: DFF<Bit>,
    ipc: DFF<Bits<32>>,
    insn: DFF<Bits<32>>,
    fault: DFF<Bit>,
    fault_vec: DFF<Bits<32>>,
    vec_reset: Constant<Bits<32>>,
    vec_align: Constant<Bits<32>>,
    vec_bus_error: Constant<Bits<32>>,
    pc_n: Signal<Local, Bits<32>>,
    tfault: Signal<Local, Bit>,
    tvec: Signal<Local, Bits<32>>,
    slot_free: Signal<Local, Bit>,
    misaligned: Signal<Local, Bit>,
    deliver: Signal<Local, Bit>,
}

impl Default for Fetch {
    fn default() -> Self {
        Fetch {
            clock: Default::default(),
            reset: Default::default(),
            origin: Default::default(),
            iwb: Default::default(),
            redirect: Default::default(),
            redirect_pc: Default::default(),
            flush_id: Default::default(),
            id_advance: Default::default(),
            id_valid: Default::default(),
            id_pc: Default::default(),
            id_insn: Default::default(),
            id_fault: Default::default(),
            id_fault_vec: Default::default(),
            immu: Default::default(),
            pc_next: Default::default(),
            pc: Default::default(),
            halted: Default::default(),
            valid: Default::default(),
            ipc: Default::default(),
            insn: Default::default(),
            fault: Default::default(),
            fault_vec: Default::default(),
            vec_reset: k(VEC_RESET),
            vec_align: k(VEC_ALIGN),
            vec_bus_error: k(VEC_BUS_ERROR),
            pc_n: Default::default(),
            tfault: Default::default(),
            tvec: Default::default(),
            slot_free: Default::default(),
            misaligned: Default::default(),
            deliver: Default::default(),
        }
    }
}

impl Logic for Fetch {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, pc, halted, valid, ipc, insn, fault, fault_vec);
        self.slot_free.next = !self.valid.q.val() | self.id_advance.val();
        // faults found before the bus: misaligned PC, then the IMMU
        self.misaligned.next = self.pc.q.val().get_bits::<2>(0).any();
        self.tfault.next = self.misaligned.val();
        self.tvec.next = self.vec_align.val();
        if !self.misaligned.val() & self.immu.fault.val() {
            self.tfault.next = true;
            self.tvec.next = self.immu.fault_vec.val();
        }
        self.iwb.adr.next = self.immu.paddr.val();
        self.iwb.cyc.next = !self.reset.val() & !self.halted.q.val() & !self.tfault.val();
        self.iwb.stb.next = !self.reset.val() & !self.halted.q.val() & !self.tfault.val();
        self.iwb.cti.next = 2.into(); // incrementing burst, never ended: abandoned on redirect
        self.iwb.bte.next = 0.into();
        self.iwb.we.next = false;
        self.iwb.sel.next = 0xF.into();
        self.iwb.dat_w.next = 0.into();
        self.iwb.tga.next = self.origin.val();
        self.deliver.next = !self.reset.val()
            & !self.halted.q.val()
            & !self.redirect.val()
            & !self.flush_id.val()
            & self.slot_free.val()
            & (self.iwb.ack.val() | self.iwb.err.val() | self.tfault.val());

        self.pc_n.next = self.pc.q.val();
        if self.deliver.val() {
            self.valid.d.next = true;
            self.ipc.d.next = self.pc.q.val();
            if self.tfault.val() {
                self.insn.d.next = 0.into();
                self.fault.d.next = true;
                self.fault_vec.d.next = self.tvec.val();
                self.halted.d.next = true;
            } else if self.iwb.ack.val() {
                self.insn.d.next = self.iwb.dat_r.val();
                self.fault.d.next = false;
                self.pc_n.next = self.pc.q.val() + 4;
            } else {
                self.insn.d.next = 0.into();
                self.fault.d.next = true;
                self.fault_vec.d.next = self.vec_bus_error.val();
                self.halted.d.next = true;
            }
        } else if self.id_advance.val() {
            self.valid.d.next = false;
        }
        if self.flush_id.val() {
            self.valid.d.next = false;
        }
        if self.redirect.val() {
            self.pc_n.next = self.redirect_pc.val();
            self.halted.d.next = false;
        }
        if self.reset.val() {
            self.pc_n.next = self.vec_reset.val();
            self.halted.d.next = false;
            self.valid.d.next = false;
        }
        self.pc.d.next = self.pc_n.val();
        self.pc_next.next = self.pc_n.val();
        self.id_valid.next = self.valid.q.val();
        self.id_pc.next = self.ipc.q.val();
        self.id_insn.next = self.insn.q.val();
        self.id_fault.next = self.fault.q.val();
        self.id_fault_vec.next = self.fault_vec.q.val();
    }
}
