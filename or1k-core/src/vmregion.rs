//! One of the running guest's live regions (docs/VIRT.md), loaded from its
//! slot's region store at VM entry in the stored form: the bases, and the
//! size as the mask ~(size - 1) from bit VMRGN_GRAIN up with the valid bit
//! in bit 0. Regions are powers of two aligned to their size, so a guest's
//! translation is a mask compare, no adder.
use crate::k;
use or1k_arch::*;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct VmRegion {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    /// Load the stored gPA / mask word / hPA from `wdata`.
    pub we_gpa: Signal<In, Bit>,
    pub we_size: Signal<In, Bit>,
    pub we_hpa: Signal<In, Bit>,
    pub wdata: Signal<In, Bits<32>>,
    pub valid: Signal<Out, Bit>,
    pub mask: Signal<Out, Bits<32>>,
    pub gpa: Signal<Out, Bits<32>>,
    pub hpa: Signal<Out, Bits<32>>,

    valid_q: DFF<Bit>,
    mask_q: DFF<Bits<32>>,
    gpa_q: DFF<Bits<32>>,
    hpa_q: DFF<Bits<32>>,
    k_grain: Constant<Bits<32>>,
}

impl Default for VmRegion {
    fn default() -> Self {
        VmRegion {
            clock: Default::default(),
            reset: Default::default(),
            we_gpa: Default::default(),
            we_size: Default::default(),
            we_hpa: Default::default(),
            wdata: Default::default(),
            valid: Default::default(),
            mask: Default::default(),
            gpa: Default::default(),
            hpa: Default::default(),
            valid_q: Default::default(),
            mask_q: Default::default(),
            gpa_q: Default::default(),
            hpa_q: Default::default(),
            k_grain: k(!((1u32 << VMRGN_GRAIN) - 1)),
        }
    }
}

impl Logic for VmRegion {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, valid_q, mask_q, gpa_q, hpa_q);
        if self.we_gpa.val() {
            self.gpa_q.d.next = self.wdata.val();
        }
        if self.we_hpa.val() {
            self.hpa_q.d.next = self.wdata.val();
        }
        if self.we_size.val() {
            self.valid_q.d.next = self.wdata.val().get_bit(0);
            self.mask_q.d.next = self.wdata.val() & self.k_grain.val();
        }
        if self.reset.val() {
            self.valid_q.d.next = false;
            self.mask_q.d.next = 0.into();
            self.gpa_q.d.next = 0.into();
            self.hpa_q.d.next = 0.into();
        }
        self.valid.next = self.valid_q.q.val();
        self.mask.next = self.mask_q.q.val();
        self.gpa.next = self.gpa_q.q.val();
        self.hpa.next = self.hpa_q.q.val();
    }
}
