//! One VM slot (docs/VIRT.md): its state, whether its context store holds
//! a saved guest, and its VMSTATE as the monitor reads it through VMSEL.
//! Its regions live in `VmCtl`'s region store.
use crate::k;
use or1k_arch::*;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct VmSlot {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    /// The slot VMSEL addresses and the SPR address; `we`: an l.mtspr by
    /// the monitor commits.
    pub sel_id: Signal<In, Bits<32>>,
    pub addr: Signal<In, Bits<32>>,
    pub we: Signal<In, Bit>,
    pub wdata: Signal<In, Bits<32>>,
    /// VMSTATE as l.mfspr reads it when this slot is addressed, else 0.
    pub rdata: Signal<Out, Bits<32>>,
    pub state: Signal<Out, Bits<2>>,
    /// The running guest's VMID; `saved`: its context was stored (exit).
    pub run_id: Signal<In, Bits<32>>,
    pub saved: Signal<In, Bit>,
    /// This slot is `run_id`, and its context store holds nothing yet
    /// (created, or freed, and not exited since): entry starts it at reset.
    pub running: Signal<Out, Bit>,
    pub fresh: Signal<Out, Bit>,
    /// The monitor writes VMSTATE CREATED or FREE (create, destroy): the
    /// sealing engine zeroes the slot's counter (docs/SEALING.md).
    pub renew: Signal<Out, Bit>,

    state_q: DFF<Bits<2>>,
    fresh_q: DFF<Bit>,
    id: Constant<Bits<32>>,
    is_sel: Signal<Local, Bit>,
    is_state: Signal<Local, Bit>,
    k_vmstate: Constant<Bits<32>>,
    k_free: Constant<Bits<32>>,
    k_created: Constant<Bits<32>>,
    k_launched: Constant<Bits<32>>,
}

impl VmSlot {
    /// The slot of VMID `id`.
    pub fn new(id: u32) -> VmSlot {
        VmSlot {
            clock: Default::default(),
            reset: Default::default(),
            sel_id: Default::default(),
            addr: Default::default(),
            we: Default::default(),
            wdata: Default::default(),
            rdata: Default::default(),
            state: Default::default(),
            run_id: Default::default(),
            saved: Default::default(),
            running: Default::default(),
            fresh: Default::default(),
            renew: Default::default(),
            state_q: Default::default(),
            fresh_q: Default::default(),
            id: k(id),
            is_sel: Default::default(),
            is_state: Default::default(),
            k_vmstate: k(SPR_VMSTATE),
            k_free: k(VMSTATE_FREE),
            k_created: k(VMSTATE_CREATED),
            k_launched: k(VMSTATE_LAUNCHED),
        }
    }
}

impl Default for VmSlot {
    fn default() -> Self {
        VmSlot::new(1)
    }
}

impl Logic for VmSlot {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, state_q, fresh_q);
        self.is_sel.next = self.sel_id.val() == self.id.val();
        self.is_state.next = self.is_sel.val() & (self.addr.val() == self.k_vmstate.val());
        self.running.next = self.run_id.val() == self.id.val();
        self.renew.next = self.we.val()
            & self.is_state.val()
            & ((self.wdata.val() == self.k_free.val()) | (self.wdata.val() == self.k_created.val()));
        if self.renew.val() {
            self.state_q.d.next = self.wdata.val().get_bits::<2>(0);
            self.fresh_q.d.next = true;
        }
        if self.we.val() & self.is_state.val() {
            if self.wdata.val() == self.k_launched.val() {
                self.state_q.d.next = self.wdata.val().get_bits::<2>(0);
            }
        }
        if self.saved.val() & self.running.val() {
            self.fresh_q.d.next = false;
        }
        if self.reset.val() {
            self.state_q.d.next = 0.into();
            self.fresh_q.d.next = true;
        }
        self.state.next = self.state_q.q.val();
        self.fresh.next = self.fresh_q.q.val();
        self.rdata.next = 0.into();
        if self.is_state.val() {
            self.rdata.next = bit_cast::<32, 2>(self.state_q.q.val());
        }
    }
}
