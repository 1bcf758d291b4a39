//! `RamPort`: the Wishbone B3 slave timing of one RAM port — wait states,
//! burst prefetch, abandoned-burst recovery.
//!
//! The storage reads every cycle, so a port only has to decide which address
//! to present to it and when a beat may be acknowledged:
//!
//! * A new access (classic or the first beat of a burst) seen in cycle t is
//!   *issued* in cycle t + `latency` (the address goes to the storage), and
//!   acknowledged in cycle t + `latency` + 1 with the word read.
//! * While acknowledging a beat with `cti` = 0b010 the port already presents
//!   `adr + 4` to the storage, so the next beat is acknowledged in the next
//!   cycle: one beat per cycle after the first.
//! * `ack` is only given to a request whose address and direction match the
//!   word the port prepared (`exp_adr`, `exp_we`); anything else (dropped
//!   `stb`, non-sequential address) discards the prefetch and starts a new
//!   access with the full latency.
//! * A write is performed in the cycle it is acknowledged (`mem_we`), so a
//!   master that gives up before `ack` has written nothing.
//!
//! `ack` is combinational in the master's `cyc/stb/adr/we` (it qualifies a
//! registered "word ready" flag), as Wishbone allows; the master must not
//! derive those outputs combinationally from `ack`.
use rust_hdl::prelude::*;

/// One Wishbone slave port of the RAM (address range already decoded: `stb`
/// reaches this port only for RAM addresses).
#[derive(LogicBlock, Default)]
pub struct RamPort {
    pub clock: Signal<In, Clock>,
    /// Synchronous, active high: forgets any access in progress.
    pub reset: Signal<In, Bit>,
    /// Wait states before the first beat of each access.
    pub latency: Signal<In, Bits<8>>,
    pub adr: Signal<In, Bits<32>>,
    pub we: Signal<In, Bit>,
    pub cyc: Signal<In, Bit>,
    pub stb: Signal<In, Bit>,
    pub cti: Signal<In, Bits<3>>,
    pub ack: Signal<Out, Bit>,
    /// Storage address for this cycle (read result appears next cycle).
    pub mem_addr: Signal<Out, Bits<32>>,
    /// Write the master's data/sel at `mem_addr` at the end of this cycle.
    pub mem_we: Signal<Out, Bit>,

    /// The storage output holds the word at `exp_adr` (read) or the port is
    /// ready to accept the write to `exp_adr`: `ack` if the master asks for it.
    ready: DFF<Bit>,
    exp_adr: DFF<Bits<32>>,
    exp_we: DFF<Bit>,
    /// A new access is waiting out its wait states; `cnt` more remain.
    waiting: DFF<Bit>,
    cnt: DFF<Bits<8>>,

    req: Signal<Local, Bit>,
    hit: Signal<Local, Bit>,
    issue: Signal<Local, Bit>,
}

impl Logic for RamPort {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, ready, exp_adr, exp_we, waiting, cnt);
        self.req.next = self.cyc.val() & self.stb.val();
        self.hit.next = self.ready.q.val()
            & self.req.val()
            & (self.adr.val() == self.exp_adr.q.val())
            & (self.we.val() == self.exp_we.q.val());
        self.ack.next = self.hit.val();
        self.mem_we.next = self.hit.val() & self.we.val();
        self.mem_addr.next = self.adr.val();
        self.issue.next = false;
        self.ready.d.next = false;
        self.waiting.d.next = false;
        if self.hit.val() {
            if self.cti.val() == 2 {
                // Incrementing burst continues: prepare the next beat now.
                self.ready.d.next = true;
                self.exp_adr.d.next = self.adr.val() + 4;
                self.exp_we.d.next = self.we.val();
                if !self.we.val() {
                    self.mem_addr.next = self.adr.val() + 4;
                }
            }
        } else if self.req.val() {
            // A new access, or one waiting out its wait states.
            if self.waiting.q.val() {
                if self.cnt.q.val() == 0 {
                    self.issue.next = true;
                } else {
                    self.waiting.d.next = true;
                    self.cnt.d.next = self.cnt.q.val() - 1;
                }
            } else if self.latency.val() == 0 {
                self.issue.next = true;
            } else {
                self.waiting.d.next = true;
                self.cnt.d.next = self.latency.val() - 1;
            }
        }
        if self.issue.val() {
            self.ready.d.next = true;
            self.exp_adr.d.next = self.adr.val();
            self.exp_we.d.next = self.we.val();
        }
        if self.reset.val() {
            self.ready.d.next = false;
            self.waiting.d.next = false;
            self.mem_we.next = false;
            self.ack.next = false;
        }
    }
}
