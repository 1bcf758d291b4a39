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
//! With `registered` (the board), the storage's inputs pass through a
//! register first (`Ram`), so no path runs from a master into the block
//! RAMs' address pins: a read is then acknowledged one cycle later (a
//! single read takes 3 + `latency` cycles), and while a read burst runs the
//! port reads the word after the expected one ahead of time, so later beats
//! still come one per cycle. Writes keep their timing.
//!
//! `ack` is combinational in the master's `cyc/stb/adr/we` (it qualifies a
//! registered "word ready" flag), as Wishbone allows; the master must not
//! derive those outputs combinationally from `ack`.
use rust_hdl::prelude::*;

/// One Wishbone slave port of the RAM (address range already decoded: `stb`
/// reaches this port only for RAM addresses).
#[derive(LogicBlock)]
pub struct RamPort {
    pub clock: Signal<In, Clock>,
    /// Synchronous, active high: forgets any access in progress.
    pub reset: Signal<In, Bit>,
    /// Wait states before the first beat of each access.
    pub latency: Signal<In, Bits<8>>,
    /// The storage sees `mem_addr`/`mem_we` one cycle late (see above).
    pub registered: Signal<In, Bit>,
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
    /// Registered mode: the storage reads `exp_adr` now (data next cycle).
    pend: DFF<Bit>,
    /// Registered mode: the storage reads `exp_adr + 4` now.
    ahead: DFF<Bit>,

    /// The address bits the storage decodes (size - 1, word bits included):
    /// only these are compared, as the storage ignores the rest.
    adr_mask: Constant<Bits<32>>,
    /// The master holds its request until `ack` and never abandons a burst
    /// (the data port's masters): a prepared beat is acknowledged on `cyc`
    /// alone, without the address compare or the interconnect's decode
    /// (`stb`), which keeps both off the data bus's ack path.
    /// `ready` is only set by this port's own request, which the master
    /// still holds (or by a burst beat, whose next beat is in the same line).
    holds: Constant<Bit>,
    same: Signal<Local, Bit>,
    req: Signal<Local, Bit>,
    hit: Signal<Local, Bit>,
    issue: Signal<Local, Bit>,
}

impl RamPort {
    /// A port of a RAM of `size_bytes` (a power of two); `holds`: see the
    /// field.
    pub fn new(size_bytes: u32, holds: bool) -> RamPort {
        RamPort {
            clock: Default::default(),
            reset: Default::default(),
            latency: Default::default(),
            registered: Default::default(),
            adr: Default::default(),
            we: Default::default(),
            cyc: Default::default(),
            stb: Default::default(),
            cti: Default::default(),
            ack: Default::default(),
            mem_addr: Default::default(),
            mem_we: Default::default(),
            ready: Default::default(),
            exp_adr: Default::default(),
            exp_we: Default::default(),
            waiting: Default::default(),
            cnt: Default::default(),
            pend: Default::default(),
            ahead: Default::default(),
            adr_mask: Constant::new(((size_bytes.wrapping_sub(1)) as u64).into()),
            holds: Constant::new(holds),
            same: Default::default(),
            req: Default::default(),
            hit: Default::default(),
            issue: Default::default(),
        }
    }
}

impl Logic for RamPort {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, ready, exp_adr, exp_we, waiting, cnt, pend, ahead);
        self.req.next = self.cyc.val() & self.stb.val();
        self.same.next = self.holds.val()
            | ((self.adr.val() & self.adr_mask.val()) == (self.exp_adr.q.val() & self.adr_mask.val()));
        self.hit.next = self.ready.q.val()
            & self.req.val()
            & self.same.val()
            & (self.we.val() == self.exp_we.q.val());
        if self.holds.val() {
            self.hit.next = self.ready.q.val() & self.cyc.val();
        }
        self.ack.next = self.hit.val();
        self.mem_we.next = self.hit.val() & self.we.val();
        // The storage address (a long route to every block RAM) does not
        // wait for `stb`: the next word of a read burst is read whenever the
        // master shows the expected address; without a request that read
        // is simply not used.
        self.mem_addr.next = self.adr.val();
        if self.ready.q.val()
            & self.same.val()
            & !self.we.val()
            & !self.exp_we.q.val()
            & (self.cti.val() == 2)
        {
            self.mem_addr.next = self.adr.val() + 4;
        }
        self.issue.next = false;
        self.ready.d.next = false;
        self.waiting.d.next = false;
        self.pend.d.next = false;
        self.ahead.d.next = false;
        if self.hit.val() {
            if self.cti.val() == 2 {
                // Incrementing burst continues: prepare the next beat now.
                self.ready.d.next = true;
                self.exp_adr.d.next = self.adr.val() + 4;
                self.exp_we.d.next = self.we.val();
                if self.registered.val() & !self.we.val() {
                    // the next word is ready if it was read ahead; read the
                    // one after it (or the next word itself, if not)
                    self.ready.d.next = self.ahead.q.val();
                    self.pend.d.next = !self.ahead.q.val();
                    self.ahead.d.next = self.ahead.q.val();
                    self.mem_addr.next = self.exp_adr.q.val() + 4;
                    if self.ahead.q.val() {
                        self.mem_addr.next = self.exp_adr.q.val() + 8;
                    }
                }
            }
        } else if self.registered.val() & self.pend.q.val() {
            // the word at exp_adr arrives next cycle; read the next one
            // ahead if the master announces a burst
            self.ready.d.next = true;
            self.mem_addr.next = self.exp_adr.q.val() + 4;
            self.ahead.d.next = (self.cti.val() == 2) & !self.exp_we.q.val();
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
            if self.registered.val() & !self.we.val() {
                self.ready.d.next = false;
                self.pend.d.next = true;
            }
        }
        if self.reset.val() {
            self.ready.d.next = false;
            self.waiting.d.next = false;
            self.pend.d.next = false;
            self.ahead.d.next = false;
            self.mem_we.next = false;
            self.ack.next = false;
        }
    }
}
