//! IF stage and the IF/ID buffer: fetches sequentially over the
//! instruction Wishbone bus as an open-ended incrementing burst, and
//! delivers one instruction per acknowledged beat into a two-entry buffer
//! whose head is the instruction in ID.
//!
//! The buffer decouples fetch from the pipeline's stall decisions: a beat is
//! accepted when the second entry is empty at the start of the cycle, so
//! neither the fetch address nor the ITLB's read address depends on
//! whether ID advances (which waits for EX, MEM and the data bus).
//!
//! A redirect (taken branch, or a pipeline refill after an exception,
//! interrupt or serialising instruction) abandons the beat in flight and
//! continues at the new address. A fetch fault (misaligned PC, ITLB miss,
//! page fault, bus error) is delivered as a marked bubble with its vector,
//! and fetching stops until the next redirect.
//!
//! A predicted jump (`pred`: ID's head is a branch predicted taken) keeps
//! the buffer: fetch continues at `pred_pc` after the branch's delay slot,
//! at once if the slot is in entry 1 already, else after the next beat
//! delivered (which is the slot: it is the word after the head). The
//! I-cache then reads the target instead of the next word (`ic_jump`), so
//! the target follows the delay slot without a bubble.
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

    /// Continue fetching at `redirect_pc`. Keeps the head of the buffer
    /// (a branch's delay slot) unless it leaves this cycle; drops the rest.
    pub redirect: Signal<In, Bit>,
    pub redirect_pc: Signal<In, Bits<32>>,
    /// Empty the buffer (everything in it is squashed).
    pub flush_id: Signal<In, Bit>,
    /// Keep the buffer empty (a VM entry or exit is moving registers, or
    /// the core has stopped): nothing fetched now may issue.
    pub hold: Signal<In, Bit>,
    /// The instruction in ID moves to EX at the end of this cycle.
    pub id_advance: Signal<In, Bit>,
    /// The head is a branch predicted taken, to `pred_pc`, and is not a
    /// delay slot. Acted on once per head.
    pub pred: Signal<In, Bit>,
    pub pred_pc: Signal<In, Bits<32>>,

    pub id_valid: Signal<Out, Bit>,
    pub id_pc: Signal<Out, Bits<32>>,
    /// 0 for a fetch fault.
    pub id_insn: Signal<Out, Bits<32>>,
    pub id_fault: Signal<Out, Bit>,
    pub id_fault_vec: Signal<Out, Bits<32>>,
    /// The physical address (a guest's gPA) whose fetch faulted: what a
    /// VM exit for a fetch outside the guest's regions reports.
    pub id_fault_pa: Signal<Out, Bits<32>>,
    /// The physical address of this cycle's fetch, before the region check.
    pub fault_pa: Signal<In, Bits<32>>,

    /// The IMMU's answer for the address fetched in this cycle (fetch
    /// waits while it is not `ready`); `pc_next` is the address it
    /// translates next.
    pub immu: TranslationIn,
    pub pc_next: Signal<Out, Bits<32>>,
    /// The I-cache answers this fetch (SR[ICE], page cacheable).
    pub cached: Signal<In, Bit>,
    /// To the I-cache: read `ic_redirect_adr` now (fetch continues there
    /// in the next cycle); after a hit read `ic_jump_adr` rather than the
    /// next word (a predicted jump follows the beat acknowledged now).
    pub ic_redirect: Signal<Out, Bit>,
    pub ic_redirect_adr: Signal<Out, Bits<32>>,
    pub ic_jump: Signal<Out, Bit>,
    pub ic_jump_adr: Signal<Out, Bits<32>>,

    pc: DFF<Bits<32>>,
    halted: DFF<Bit>,
    // head of the buffer (ID) and the entry behind it
    valid: DFF<Bit>,
    ipc: DFF<Bits<32>>,
    insn: DFF<Bits<32>>,
    fault: DFF<Bit>,
    fault_vec: DFF<Bits<32>>,
    valid1: DFF<Bit>,
    ipc1: DFF<Bits<32>>,
    insn1: DFF<Bits<32>>,
    fault1: DFF<Bit>,
    fault_vec1: DFF<Bits<32>>,
    fpa: DFF<Bits<32>>,
    fpa1: DFF<Bits<32>>,
    /// The head's prediction has been acted on.
    pred_done: DFF<Bit>,
    /// A predicted jump waits for its delay slot's beat.
    jmp_pend: DFF<Bit>,
    jmp_pc: DFF<Bits<32>>,
    /// A predicted jump follows the next beat delivered (`jmp_now`: the
    /// delay slot is in entry 1, so it is taken this cycle), to `jmp_tgt`.
    jmp: Signal<Local, Bit>,
    jmp_now: Signal<Local, Bit>,
    jmp_tgt: Signal<Local, Bits<32>>,
    vec_reset: Constant<Bits<32>>,
    vec_align: Constant<Bits<32>>,
    vec_bus_error: Constant<Bits<32>>,
    pc_n: Signal<Local, Bits<32>>,
    tfault: Signal<Local, Bit>,
    tvec: Signal<Local, Bits<32>>,
    room: Signal<Local, Bit>,
    req: Signal<Local, Bit>,
    misaligned: Signal<Local, Bit>,
    deliver: Signal<Local, Bit>,
    e_insn: Signal<Local, Bits<32>>,
    e_fault: Signal<Local, Bit>,
    e_vec: Signal<Local, Bits<32>>,
}

impl Fetch {
    /// Fetch starting at `reset_pc` after reset (the reset vector, or the
    /// monitor ROM's when the core has the monitor world).
    pub fn new(reset_pc: u32) -> Fetch {
        Fetch { vec_reset: k(reset_pc), ..Fetch::default() }
    }
}

crate::block_default!(Fetch {
    vec_reset: k(VEC_RESET),
    vec_align: k(VEC_ALIGN),
    vec_bus_error: k(VEC_BUS_ERROR),
} defaults: [
    clock, reset, origin, iwb, redirect, redirect_pc, flush_id, hold, id_advance, pred, pred_pc, id_valid,
    id_pc, id_insn, id_fault, id_fault_vec, id_fault_pa, fault_pa, fpa, fpa1, immu, pc_next, cached, ic_redirect, ic_redirect_adr,
    ic_jump, ic_jump_adr, pc, halted, valid, ipc, insn, fault, fault_vec, valid1, ipc1, insn1,
    fault1, fault_vec1, pred_done, jmp_pend, jmp_pc, jmp, jmp_now, jmp_tgt, pc_n, tfault, tvec, room, req, misaligned,
    deliver, e_insn, e_fault, e_vec,
]);

impl Logic for Fetch {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, pc, halted, valid, ipc, insn, fault, fault_vec, valid1, ipc1, insn1, fault1,
            fault_vec1, pred_done, jmp_pend, jmp_pc, fpa, fpa1
        );
        self.room.next = !self.valid1.q.val();
        // faults found before the bus: misaligned PC, then the IMMU
        self.misaligned.next = self.pc.q.val().get_bits::<2>(0).any();
        self.tfault.next = self.misaligned.val();
        self.tvec.next = self.vec_align.val();
        if !self.misaligned.val() & self.immu.fault.val() {
            self.tfault.next = true;
            self.tvec.next = self.immu.fault_vec.val();
        }
        // With the buffer full a cached fetch waits (stb low), so the
        // I-cache keeps reading this address and hits as soon as there is
        // room. An uncached one keeps its burst open (the beat is taken
        // again), as ending it would cost the memory's first-beat latency.
        self.iwb.adr.next = self.immu.paddr.val();
        self.req.next = !self.reset.val()
            & !self.halted.q.val()
            & !self.tfault.val()
            & self.immu.ready.val()
            & (self.room.val() | !self.cached.val());
        self.iwb.cyc.next = self.req.val();
        self.iwb.stb.next = self.req.val();
        self.iwb.cti.next = 2.into(); // incrementing burst, never ended: abandoned on redirect
        self.iwb.bte.next = 0.into();
        self.iwb.we.next = false;
        self.iwb.sel.next = 0xF.into();
        self.iwb.dat_w.next = 0.into();
        self.iwb.tga.next = self.origin.val();
        self.deliver.next = !self.reset.val()
            & !self.halted.q.val()
            & !self.redirect.val()
            & self.room.val()
            & (self.iwb.ack.val() | self.iwb.err.val() | self.tfault.val());

        // the delivered entry: an instruction, or a fault that halts fetch
        self.pc_n.next = self.pc.q.val();
        self.e_insn.next = 0.into();
        self.e_fault.next = true;
        self.e_vec.next = self.vec_bus_error.val();
        if self.tfault.val() {
            self.e_vec.next = self.tvec.val();
        } else if self.iwb.ack.val() {
            self.e_insn.next = self.iwb.dat_r.val();
            self.e_fault.next = false;
        }
        // a predicted jump: after the delay slot (entry 1 or the next beat)
        self.jmp.next = (self.pred.val() & !self.pred_done.q.val()) | self.jmp_pend.q.val();
        self.jmp_tgt.next = self.pred_pc.val();
        if self.jmp_pend.q.val() {
            self.jmp_tgt.next = self.jmp_pc.q.val();
        }
        self.jmp_now.next = self.jmp.val() & self.valid1.q.val();
        if self.pred.val() {
            self.pred_done.d.next = true;
        }
        if self.id_advance.val() {
            self.pred_done.d.next = false;
        }
        if self.jmp.val() & !self.valid1.q.val() & !self.deliver.val() {
            self.jmp_pend.d.next = true;
            self.jmp_pc.d.next = self.jmp_tgt.val();
        } else {
            self.jmp_pend.d.next = false;
        }
        if self.jmp_now.val() {
            self.pc_n.next = self.jmp_tgt.val();
        }
        if self.deliver.val() {
            if self.e_fault.val() {
                self.halted.d.next = true;
            } else {
                self.pc_n.next = self.pc.q.val() + 4;
                if self.jmp.val() {
                    self.pc_n.next = self.jmp_tgt.val();
                }
            }
        }

        // the buffer: pop the head into EX, push the delivered entry. The
        // head's data comes from entry 1 if that is full, else from the bus;
        // `id_advance` only enables the load (no data mux behind it).
        if self.id_advance.val() | !self.valid.q.val() {
            self.valid.d.next = self.valid1.q.val() | self.deliver.val();
            self.ipc.d.next = self.pc.q.val();
            self.insn.d.next = self.e_insn.val();
            self.fault.d.next = self.e_fault.val();
            self.fault_vec.d.next = self.e_vec.val();
            self.fpa.d.next = self.fault_pa.val();
            if self.valid1.q.val() {
                self.fpa.d.next = self.fpa1.q.val();
                self.ipc.d.next = self.ipc1.q.val();
                self.insn.d.next = self.insn1.q.val();
                self.fault.d.next = self.fault1.q.val();
                self.fault_vec.d.next = self.fault_vec1.q.val();
            }
        }
        // entry 1 fills when the head stays and is full (then it was empty:
        // `deliver` needs room)
        if self.deliver.val() {
            self.ipc1.d.next = self.pc.q.val();
            self.insn1.d.next = self.e_insn.val();
            self.fault1.d.next = self.e_fault.val();
            self.fault_vec1.d.next = self.e_vec.val();
            self.fpa1.d.next = self.fault_pa.val();
        }
        self.valid1.d.next = (self.valid1.q.val() | self.deliver.val()) & self.valid.q.val() & !self.id_advance.val();
        if self.redirect.val() {
            self.pc_n.next = self.redirect_pc.val();
            self.halted.d.next = false;
            self.pred_done.d.next = false;
            self.jmp_pend.d.next = false;
            self.valid1.d.next = false;
            if self.id_advance.val() {
                self.valid.d.next = false;
            }
        }
        if self.flush_id.val() | self.hold.val() {
            self.valid.d.next = false;
            self.valid1.d.next = false;
            self.pred_done.d.next = false;
            self.jmp_pend.d.next = false;
        }
        if self.reset.val() {
            self.pc_n.next = self.vec_reset.val();
            self.halted.d.next = false;
            self.pred_done.d.next = false;
            self.jmp_pend.d.next = false;
            self.valid.d.next = false;
            self.valid1.d.next = false;
        }
        self.pc.d.next = self.pc_n.val();
        self.pc_next.next = self.pc_n.val();
        self.ic_redirect.next = self.redirect.val() | self.jmp_now.val();
        self.ic_redirect_adr.next = self.jmp_tgt.val();
        if self.redirect.val() {
            self.ic_redirect_adr.next = self.redirect_pc.val();
        }
        self.ic_jump.next = self.jmp.val();
        self.ic_jump_adr.next = self.jmp_tgt.val();
        self.id_valid.next = self.valid.q.val();
        self.id_pc.next = self.ipc.q.val();
        self.id_insn.next = self.insn.q.val();
        self.id_fault.next = self.fault.q.val();
        self.id_fault_vec.next = self.fault_vec.q.val();
        self.id_fault_pa.next = self.fpa.q.val();
    }
}
