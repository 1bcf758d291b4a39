//! General-purpose register file: two synchronous read ports and one write
//! port, as two copies of a 32×32 RAM (LUT RAM on ECP5; 32 flip-flop
//! registers would cost ~4,400 LUT4, see RUST_HDL.md). Reads return the
//! value before a write in the same cycle; the pipeline bypasses that write.
use crate::zeroed_ram;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct RegFile {
    pub clock: Signal<In, Clock>,
    pub ra_addr: Signal<In, Bits<5>>,
    pub rb_addr: Signal<In, Bits<5>>,
    /// Registered: valid the cycle after the address.
    pub ra_data: Signal<Out, Bits<32>>,
    pub rb_data: Signal<Out, Bits<32>>,
    /// Writes to r0 are dropped, so r0 reads its initial 0 forever.
    pub we: Signal<In, Bit>,
    pub waddr: Signal<In, Bits<5>>,
    pub wdata: Signal<In, Bits<32>>,
    bank_a: RAM<Bits<32>, 5>,
    bank_b: RAM<Bits<32>, 5>,
}

impl Default for RegFile {
    fn default() -> Self {
        RegFile {
            clock: Default::default(),
            ra_addr: Default::default(),
            rb_addr: Default::default(),
            ra_data: Default::default(),
            rb_data: Default::default(),
            we: Default::default(),
            waddr: Default::default(),
            wdata: Default::default(),
            bank_a: zeroed_ram(),
            bank_b: zeroed_ram(),
        }
    }
}

impl Logic for RegFile {
    #[hdl_gen]
    fn update(&mut self) {
        self.bank_a.read_clock.next = self.clock.val();
        self.bank_b.read_clock.next = self.clock.val();
        self.bank_a.write_clock.next = self.clock.val();
        self.bank_b.write_clock.next = self.clock.val();
        self.bank_a.read_address.next = self.ra_addr.val();
        self.bank_b.read_address.next = self.rb_addr.val();
        self.bank_a.write_address.next = self.waddr.val();
        self.bank_b.write_address.next = self.waddr.val();
        self.bank_a.write_data.next = self.wdata.val();
        self.bank_b.write_data.next = self.wdata.val();
        self.bank_a.write_enable.next = self.we.val() & self.waddr.val().any();
        self.bank_b.write_enable.next = self.we.val() & self.waddr.val().any();
        self.ra_data.next = self.bank_a.read_data.val();
        self.rb_data.next = self.bank_b.read_data.val();
    }
}
