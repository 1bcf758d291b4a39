//! Performance counters: one 32-bit counter per event of the core's
//! `PerfEvents`, and the cycles, from reset. The SoC exports them as ports
//! for the simulator (`vmsp-sim` prints them); nothing in the core reads them,
//! so a build that leaves the ports open (the board) synthesises none of
//! it. The counters wrap at 2^32.
use crate::ports::PerfEventsIn;
use rust_hdl::prelude::*;

#[derive(LogicBlock, Default)]
pub struct PerfCounters {
    pub clock: Signal<In, Clock>,
    /// Synchronous: clears every counter.
    pub reset: Signal<In, Bit>,
    pub ev: PerfEventsIn,

    pub cycles: Signal<Out, Bits<32>>,
    pub issued: Signal<Out, Bits<32>>,
    pub retired: Signal<Out, Bits<32>>,
    pub imiss: Signal<Out, Bits<32>>,
    pub dmiss: Signal<Out, Bits<32>>,
    pub st_mem: Signal<Out, Bits<32>>,
    pub st_ex: Signal<Out, Bits<32>>,
    pub st_hazard: Signal<Out, Bits<32>>,
    pub st_fetch: Signal<Out, Bits<32>>,
    pub br_pred: Signal<Out, Bits<32>>,
    pub br_redirect: Signal<Out, Bits<32>>,

    n_cycles: DFF<Bits<32>>,
    n_issued: DFF<Bits<32>>,
    n_retired: DFF<Bits<32>>,
    n_imiss: DFF<Bits<32>>,
    n_dmiss: DFF<Bits<32>>,
    n_st_mem: DFF<Bits<32>>,
    n_st_ex: DFF<Bits<32>>,
    n_st_hazard: DFF<Bits<32>>,
    n_st_fetch: DFF<Bits<32>>,
    n_br_pred: DFF<Bits<32>>,
    n_br_redirect: DFF<Bits<32>>,
}

impl Logic for PerfCounters {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, n_cycles, n_issued, n_retired, n_imiss, n_dmiss, n_st_mem, n_st_ex, n_st_hazard,
            n_st_fetch, n_br_pred, n_br_redirect
        );
        self.n_cycles.d.next = self.n_cycles.q.val() + 1;
        if self.ev.issued.val() {
            self.n_issued.d.next = self.n_issued.q.val() + 1;
        }
        if self.ev.retired.val() {
            self.n_retired.d.next = self.n_retired.q.val() + 1;
        }
        if self.ev.imiss.val() {
            self.n_imiss.d.next = self.n_imiss.q.val() + 1;
        }
        if self.ev.dmiss.val() {
            self.n_dmiss.d.next = self.n_dmiss.q.val() + 1;
        }
        if self.ev.st_mem.val() {
            self.n_st_mem.d.next = self.n_st_mem.q.val() + 1;
        }
        if self.ev.st_ex.val() {
            self.n_st_ex.d.next = self.n_st_ex.q.val() + 1;
        }
        if self.ev.st_hazard.val() {
            self.n_st_hazard.d.next = self.n_st_hazard.q.val() + 1;
        }
        if self.ev.st_fetch.val() {
            self.n_st_fetch.d.next = self.n_st_fetch.q.val() + 1;
        }
        if self.ev.br_pred.val() {
            self.n_br_pred.d.next = self.n_br_pred.q.val() + 1;
        }
        if self.ev.br_redirect.val() {
            self.n_br_redirect.d.next = self.n_br_redirect.q.val() + 1;
        }
        if self.reset.val() {
            self.n_cycles.d.next = 0.into();
            self.n_issued.d.next = 0.into();
            self.n_retired.d.next = 0.into();
            self.n_imiss.d.next = 0.into();
            self.n_dmiss.d.next = 0.into();
            self.n_st_mem.d.next = 0.into();
            self.n_st_ex.d.next = 0.into();
            self.n_st_hazard.d.next = 0.into();
            self.n_st_fetch.d.next = 0.into();
            self.n_br_pred.d.next = 0.into();
            self.n_br_redirect.d.next = 0.into();
        }
        self.cycles.next = self.n_cycles.q.val();
        self.issued.next = self.n_issued.q.val();
        self.retired.next = self.n_retired.q.val();
        self.imiss.next = self.n_imiss.q.val();
        self.dmiss.next = self.n_dmiss.q.val();
        self.st_mem.next = self.n_st_mem.q.val();
        self.st_ex.next = self.n_st_ex.q.val();
        self.st_hazard.next = self.n_st_hazard.q.val();
        self.st_fetch.next = self.n_st_fetch.q.val();
        self.br_pred.next = self.n_br_pred.q.val();
        self.br_redirect.next = self.n_br_redirect.q.val();
    }
}
