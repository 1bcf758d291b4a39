//! `ResetSync`: the system reset from the board's reset button and the
//! PLL's lock, synchronised to the system clock and stretched.
use rust_hdl::prelude::*;

/// `reset` (active high, synchronous to `clock`) is asserted at power-up,
/// while the button is pressed or the PLL is unlocked, and for `stretch`
/// cycles after both are released (debounces the button's release and
/// gives the PLL output time to settle). The button and lock are
/// asynchronous: two flip-flops synchronise them before use.
#[derive(LogicBlock)]
pub struct ResetSync {
    pub clock: Signal<In, Clock>,
    /// Reset button, active low (ULX3S BTN_PWRn, pulled up).
    pub btn_n: Signal<In, Bit>,
    /// PLL lock (asynchronous).
    pub locked: Signal<In, Bit>,
    pub reset: Signal<Out, Bit>,
    meta: DFF<Bit>,
    sync: DFF<Bit>,
    count: DFF<Bits<24>>,
    /// Registered "out of reset": powers up 0, so `reset` starts asserted.
    running: DFF<Bit>,
    stretch: Constant<Bits<24>>,
}

impl ResetSync {
    /// `stretch` cycles of reset after release: 1 ..= 2^24 - 1.
    pub fn new(stretch: u32) -> Result<ResetSync, String> {
        if stretch == 0 || stretch >= 1 << 24 {
            return Err(format!("reset stretch must be 1 ..= {} cycles, got {stretch}", (1 << 24) - 1));
        }
        Ok(ResetSync {
            clock: Default::default(),
            btn_n: Default::default(),
            locked: Default::default(),
            reset: Default::default(),
            meta: Default::default(),
            sync: Default::default(),
            count: Default::default(),
            running: Default::default(),
            stretch: Constant::new((stretch as u64).into()),
        })
    }
}

impl Logic for ResetSync {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, meta, sync, count, running);
        // `meta`/`sync` hold "reset requested" (button down or no lock).
        self.meta.d.next = !(self.btn_n.val() & self.locked.val());
        self.sync.d.next = self.meta.q.val();
        self.running.d.next = false;
        if self.sync.q.val() {
            self.count.d.next = 0.into();
        } else if self.count.q.val() != self.stretch.val() {
            self.count.d.next = self.count.q.val() + 1;
        } else {
            self.running.d.next = true;
        }
        self.reset.next = !self.running.q.val();
    }
}
