//! Tick timer (SPR group 10, as OR1200's or1200_tt): TTCR counts clock
//! cycles in the counting modes; on TTCR[27:0] == TTMR.TP it sets TTMR.IP
//! (with TTMR.IE) and restarts, stops or keeps counting by TTMR.M.
use crate::k;
use crate::ports::SprPort;
use or1k_arch::*;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct TickTimer {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    /// l.mtspr to TTMR / TTCR (a write replaces this cycle's count).
    /// TTMR and TTCR.
    pub spr: SprPort,
    /// TTMR.IP: the tick interrupt request (taken with SR[TEE]).
    pub irq: Signal<Out, Bit>,
    /// It counts in this cycle (always for the host's timer; the guest's
    /// counts only while the guest runs).
    pub count: Signal<In, Bit>,
    /// Load TTMR/TTCR (VM entry restores the guest's timer); the registers.
    pub load: Signal<In, Bit>,
    pub load_ttmr: Signal<In, Bits<32>>,
    pub load_ttcr: Signal<In, Bits<32>>,
    pub ttmr: Signal<Out, Bits<32>>,
    pub ttcr: Signal<Out, Bits<32>>,

    ttmr_q: DFF<Bits<32>>,
    ttcr_q: DFF<Bits<32>>,
    tp_mask: Constant<Bits<32>>,
    ip: Constant<Bits<32>>,
    ie: Constant<Bits<32>>,
    m_disabled: Constant<Bits<2>>,
    m_restart: Constant<Bits<2>>,
    m_stop: Constant<Bits<2>>,
    mode: Signal<Local, Bits<2>>,
    inc: Signal<Local, Bits<32>>,
    hit: Signal<Local, Bit>,
    run: Signal<Local, Bit>,
    is_ttmr: Signal<Local, Bit>,
    is_ttcr: Signal<Local, Bit>,
    ttmr_we: Signal<Local, Bit>,
    ttcr_we: Signal<Local, Bit>,
    k_ttmr: Constant<Bits<32>>,
    k_ttcr: Constant<Bits<32>>,
}

impl Default for TickTimer {
    fn default() -> Self {
        TickTimer {
            clock: Default::default(),
            reset: Default::default(),
            spr: Default::default(),
            irq: Default::default(),
            count: Default::default(),
            load: Default::default(),
            load_ttmr: Default::default(),
            load_ttcr: Default::default(),
            ttmr: Default::default(),
            ttcr: Default::default(),
            ttmr_q: Default::default(),
            ttcr_q: Default::default(),
            tp_mask: k(TTMR_TP_MASK),
            ip: k(TTMR_IP),
            ie: k(TTMR_IE),
            m_disabled: k(TTMR_M_DISABLED),
            m_restart: k(TTMR_M_RESTART),
            m_stop: k(TTMR_M_STOP),
            mode: Default::default(),
            inc: Default::default(),
            hit: Default::default(),
            run: Default::default(),
            is_ttmr: Default::default(),
            is_ttcr: Default::default(),
            ttmr_we: Default::default(),
            ttcr_we: Default::default(),
            k_ttmr: k(SPR_TTMR),
            k_ttcr: k(SPR_TTCR),
        }
    }
}

impl Logic for TickTimer {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, ttmr_q, ttcr_q);
        self.is_ttmr.next = self.spr.addr.val() == self.k_ttmr.val();
        self.is_ttcr.next = self.spr.addr.val() == self.k_ttcr.val();
        self.ttmr_we.next = self.spr.we.val() & self.is_ttmr.val();
        self.ttcr_we.next = self.spr.we.val() & self.is_ttcr.val();
        self.mode.next = self.ttmr_q.q.val().get_bits::<2>(30);
        // one incrementer and one compare; the cycle of an SPR write does
        // not count (as the ISS)
        self.inc.next = self.ttcr_q.q.val() + 1;
        self.hit.next = (self.ttcr_q.q.val() & self.tp_mask.val()) == (self.ttmr_q.q.val() & self.tp_mask.val());
        self.run.next =
            self.count.val() & (self.mode.val() != self.m_disabled.val()) & !self.ttmr_we.val() & !self.ttcr_we.val();
        if self.run.val() & (!self.hit.val() | ((self.mode.val() != self.m_restart.val()) & (self.mode.val() != self.m_stop.val()))) {
            self.ttcr_q.d.next = self.inc.val();
        }
        if self.run.val() & self.hit.val() & (self.mode.val() == self.m_restart.val()) {
            self.ttcr_q.d.next = 0.into();
        }
        if self.run.val() & self.hit.val() & (self.ttmr_q.q.val() & self.ie.val()).any() {
            self.ttmr_q.d.next = self.ttmr_q.q.val() | self.ip.val();
        }
        if self.ttmr_we.val() {
            self.ttmr_q.d.next = self.spr.wdata.val();
        }
        if self.ttcr_we.val() {
            self.ttcr_q.d.next = self.spr.wdata.val();
        }
        if self.load.val() {
            self.ttmr_q.d.next = self.load_ttmr.val();
            self.ttcr_q.d.next = self.load_ttcr.val();
        }
        if self.reset.val() {
            self.ttmr_q.d.next = 0.into();
            self.ttcr_q.d.next = 0.into();
        }
        self.spr.hit.next = self.is_ttmr.val() | self.is_ttcr.val();
        self.spr.busy.next = false;
        self.spr.rdata.next = 0.into();
        if self.is_ttmr.val() {
            self.spr.rdata.next = self.ttmr_q.q.val();
        }
        if self.is_ttcr.val() {
            self.spr.rdata.next = self.ttcr_q.q.val();
        }
        self.irq.next = (self.ttmr_q.q.val() & self.ip.val()).any();
        self.ttmr.next = self.ttmr_q.q.val();
        self.ttcr.next = self.ttcr_q.q.val();
    }
}
