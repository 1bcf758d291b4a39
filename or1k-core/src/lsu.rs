//! Load/store unit of the MEM stage: one Wishbone B3 classic access per
//! request on the data bus, big-endian byte lanes, load alignment and
//! sign/zero extension. Alignment is checked in EX, so requests here are
//! always naturally aligned.
use crate::ports::{WishboneMaster, TGA_BITS};
use rust_hdl::prelude::*;

#[derive(LogicBlock, Default)]
pub struct Lsu {
    /// Perform (or keep performing) an access; held until `done`/`err`.
    pub req: Signal<In, Bit>,
    pub we: Signal<In, Bit>,
    pub addr: Signal<In, Bits<32>>,
    /// 1, 2 or 4 bytes.
    pub size: Signal<In, Bits<3>>,
    pub sgn: Signal<In, Bit>,
    /// Store data, right-aligned.
    pub wdata: Signal<In, Bits<32>>,
    /// Load result (aligned and extended) and the raw word, when `done`.
    pub rdata: Signal<Out, Bits<32>>,
    pub rword: Signal<Out, Bits<32>>,
    pub done: Signal<Out, Bit>,
    pub err: Signal<Out, Bit>,
    /// The same alignment and extension of `fwd_word` (the D-cache's
    /// word on a hit): the value ID forwards, off the bus's data path.
    pub fwd_word: Signal<In, Bits<32>>,
    pub fwd_data: Signal<Out, Bits<32>>,

    /// Origin of the access (`tga`).
    pub origin: Signal<In, Bits<TGA_BITS>>,
    pub dwb: WishboneMaster,

    lane: Signal<Local, Bits<32>>,
    fwd_lane: Signal<Local, Bits<32>>,
}

impl Logic for Lsu {
    #[hdl_gen]
    fn update(&mut self) {
        self.dwb.adr.next = self.addr.val();
        self.dwb.we.next = self.we.val();
        self.dwb.cyc.next = self.req.val();
        self.dwb.stb.next = self.req.val();
        self.dwb.sel.next = 0xF.into();
        self.dwb.cti.next = 0.into();
        self.dwb.bte.next = 0.into();
        self.dwb.tga.next = self.origin.val();
        self.dwb.dat_w.next = self.wdata.val();
        self.lane.next = self.dwb.dat_r.val();
        self.fwd_lane.next = self.fwd_word.val();
        if self.size.val() == 1 {
            self.dwb.sel.next = bits::<4>(8) >> self.addr.val().get_bits::<2>(0);
            self.dwb.dat_w.next = (self.wdata.val() & 0xFF_u64)
                | ((self.wdata.val() & 0xFF_u64) << 8)
                | ((self.wdata.val() & 0xFF_u64) << 16)
                | ((self.wdata.val() & 0xFF_u64) << 24);
            // byte k of the word (k = addr[1:0]) is dat[31-8k -: 8]
            self.lane.next = (self.dwb.dat_r.val() >> ((bits::<32>(3) - bit_cast::<32, 2>(self.addr.val().get_bits::<2>(0))) << 3)) & 0xFF_u64;
            self.fwd_lane.next = (self.fwd_word.val() >> ((bits::<32>(3) - bit_cast::<32, 2>(self.addr.val().get_bits::<2>(0))) << 3)) & 0xFF_u64;
        }
        if self.size.val() == 2 {
            self.dwb.sel.next = 0xC.into();
            self.lane.next = self.dwb.dat_r.val() >> 16;
            self.fwd_lane.next = self.fwd_word.val() >> 16;
            if self.addr.val().get_bit(1) {
                self.dwb.sel.next = 0x3.into();
                self.lane.next = self.dwb.dat_r.val() & 0xFFFF_u64;
                self.fwd_lane.next = self.fwd_word.val() & 0xFFFF_u64;
            }
            self.dwb.dat_w.next = (self.wdata.val() & 0xFFFF_u64) | ((self.wdata.val() & 0xFFFF_u64) << 16);
        }
        self.rdata.next = self.lane.val();
        if self.sgn.val() & (self.size.val() == 1) & self.lane.val().get_bit(7) {
            self.rdata.next = self.lane.val() | 0xFFFF_FF00_u64;
        }
        if self.sgn.val() & (self.size.val() == 2) & self.lane.val().get_bit(15) {
            self.rdata.next = self.lane.val() | 0xFFFF_0000_u64;
        }
        self.fwd_data.next = self.fwd_lane.val();
        if self.sgn.val() & (self.size.val() == 1) & self.fwd_lane.val().get_bit(7) {
            self.fwd_data.next = self.fwd_lane.val() | 0xFFFF_FF00_u64;
        }
        if self.sgn.val() & (self.size.val() == 2) & self.fwd_lane.val().get_bit(15) {
            self.fwd_data.next = self.fwd_lane.val() | 0xFFFF_0000_u64;
        }
        self.rword.next = self.dwb.dat_r.val();
        self.done.next = self.req.val() & self.dwb.ack.val();
        self.err.next = self.req.val() & self.dwb.err.val() & !self.dwb.ack.val();
    }
}
