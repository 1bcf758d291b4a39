//! `Ram`: main memory with an instruction port (read-only) and a data port
//! (read/write, byte selects) over one block-RAM array, plus the simulator's
//! backdoor loader.
//!
//! Each Wishbone port is a [`RamPort`] (wait states, burst prefetch); the
//! array is a [`RamStorage`] (true dual port: A = instruction reads, B = data
//! reads/writes). The backdoor (`ld_*`) shares port B and is honoured only
//! while `reset` is high, when the core cannot be using the data port.
use or1k_core::ports::WishboneSlave;
use rust_hdl::prelude::*;

mod port;
mod storage;

pub use port::RamPort;
pub use storage::RamStorage;

/// Main memory: two Wishbone B3 slave ports over one array.
///
/// `i` is the instruction port (reads only; the interconnect turns
/// instruction-bus writes into bus errors), `d` the data port. `stb`
/// must only be raised for addresses inside the RAM (the interconnect
/// decodes). `latency` = wait states before the first beat (see
/// [`RamPort`]). Neither port answers `err`; `bte` (always linear) and
/// `tga` are ignored, and so are `we`, `sel` and `dat_w` on `i`.
#[derive(LogicBlock)]
pub struct Ram {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    pub latency: Signal<In, Bits<8>>,

    /// Instruction port.
    pub i: WishboneSlave,
    /// Data port.
    pub d: WishboneSlave,

    /// Backdoor word write (byte address, word aligned), only while `reset`;
    /// addresses outside the RAM are ignored.
    pub ld_we: Signal<In, Bit>,
    pub ld_addr: Signal<In, Bits<32>>,
    pub ld_data: Signal<In, Bits<32>>,

    iport: RamPort,
    dport: RamPort,
    mem: RamStorage,
    /// RAM_BASE and the size in bytes, for the backdoor range check.
    base: Constant<Bits<32>>,
    size: Constant<Bits<32>>,
    ld_off: Signal<Local, Bits<32>>,
    ld_ok: Signal<Local, Bit>,
    /// The storage's inputs are registered (`Ram::registered`).
    registered: Constant<Bit>,
    a_addr: DFF<Bits<32>>,
    b_addr: DFF<Bits<32>>,
    b_we: DFF<Bit>,
    b_sel: DFF<Bits<4>>,
    b_wdata: DFF<Bits<32>>,
    pb_addr: Signal<Local, Bits<32>>,
    pb_we: Signal<Local, Bit>,
    pb_sel: Signal<Local, Bits<4>>,
    pb_wdata: Signal<Local, Bits<32>>,
    /// The bus fields the RAM ignores, consumed on purpose: Verilator's
    /// lint does not report a signal whose name contains "unused".
    unused_ok: Signal<Local, Bit>,
}

impl Ram {
    /// A RAM of `size_bytes` (a power of two, at least 8) at `base`, with
    /// `init` loaded from the first word.
    pub fn new(base: u32, size_bytes: u32, init: &[u32]) -> Result<Ram, String> {
        Self::build(base, size_bytes, init, false)
    }

    /// Like `new`, with a register in front of the array's address, data
    /// and write-enable pins (for the board: its 128 KiB span most of the
    /// ECP5's block RAMs, and the route to them takes a cycle of its own).
    /// Reads take one cycle more; bursts and writes keep one beat per cycle
    /// (see [`RamPort`]).
    pub fn registered(base: u32, size_bytes: u32, init: &[u32]) -> Result<Ram, String> {
        Self::build(base, size_bytes, init, true)
    }

    fn build(base: u32, size_bytes: u32, init: &[u32], registered: bool) -> Result<Ram, String> {
        if size_bytes % 4 != 0 {
            return Err(format!("RAM size {size_bytes} is not a whole number of words"));
        }
        if base % size_bytes != 0 {
            return Err(format!("RAM base {base:#x} is not aligned to its size {size_bytes:#x}"));
        }
        Ok(Ram {
            clock: Default::default(),
            reset: Default::default(),
            latency: Default::default(),
            i: Default::default(),
            d: Default::default(),
            ld_we: Default::default(),
            ld_addr: Default::default(),
            ld_data: Default::default(),
            // fetch abandons bursts on a redirect; the D-cache never does
            iport: RamPort::new(size_bytes, false),
            dport: RamPort::new(size_bytes, true),
            mem: RamStorage::new(size_bytes as usize / 4, init)?,
            base: Constant::new((base as u64).into()),
            size: Constant::new((size_bytes as u64).into()),
            registered: Constant::new(registered),
            a_addr: Default::default(),
            b_addr: Default::default(),
            b_we: Default::default(),
            b_sel: Default::default(),
            b_wdata: Default::default(),
            pb_addr: Default::default(),
            pb_we: Default::default(),
            pb_sel: Default::default(),
            pb_wdata: Default::default(),
            ld_off: Default::default(),
            ld_ok: Default::default(),
            unused_ok: Default::default(),
        })
    }
}

impl Logic for Ram {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, a_addr, b_addr, b_we, b_sel, b_wdata);
        self.iport.registered.next = self.registered.val();
        self.dport.registered.next = self.registered.val();
        self.iport.clock.next = self.clock.val();
        self.dport.clock.next = self.clock.val();
        self.mem.clock.next = self.clock.val();
        self.iport.reset.next = self.reset.val();
        self.dport.reset.next = self.reset.val();
        self.iport.latency.next = self.latency.val();
        self.dport.latency.next = self.latency.val();

        // Instruction port: read-only, storage port A.
        self.iport.adr.next = self.i.adr.val();
        self.iport.we.next = false;
        self.iport.cyc.next = self.i.cyc.val();
        self.iport.stb.next = self.i.stb.val();
        self.iport.cti.next = self.i.cti.val();
        self.i.ack.next = self.iport.ack.val();
        self.i.err.next = false;
        self.i.dat_r.next = self.mem.a_rdata.val();
        self.a_addr.d.next = self.iport.mem_addr.val();
        self.mem.a_addr.next = self.iport.mem_addr.val();
        if self.registered.val() {
            self.mem.a_addr.next = self.a_addr.q.val();
        }

        // Data port: storage port B, shared with the backdoor loader.
        self.dport.adr.next = self.d.adr.val();
        self.dport.we.next = self.d.we.val();
        self.dport.cyc.next = self.d.cyc.val();
        self.dport.stb.next = self.d.stb.val();
        self.dport.cti.next = self.d.cti.val();
        self.d.ack.next = self.dport.ack.val();
        self.d.err.next = false;
        self.d.dat_r.next = self.mem.b_rdata.val();

        self.ld_off.next = self.ld_addr.val() - self.base.val();
        self.ld_ok.next = self.reset.val() & self.ld_we.val() & (self.ld_off.val() < self.size.val());
        // port B's inputs this cycle: the data port, or the backdoor
        self.pb_addr.next = self.dport.mem_addr.val();
        self.pb_we.next = self.dport.mem_we.val();
        self.pb_sel.next = self.d.sel.val();
        self.pb_wdata.next = self.d.dat_w.val();
        if self.ld_ok.val() {
            self.pb_addr.next = self.ld_addr.val();
            self.pb_we.next = true;
            self.pb_sel.next = 0xF.into();
            self.pb_wdata.next = self.ld_data.val();
        }
        self.b_addr.d.next = self.pb_addr.val();
        self.b_we.d.next = self.pb_we.val();
        self.b_sel.d.next = self.pb_sel.val();
        self.b_wdata.d.next = self.pb_wdata.val();
        self.mem.b_addr.next = self.pb_addr.val();
        self.mem.b_we.next = self.pb_we.val();
        self.mem.b_sel.next = self.pb_sel.val();
        self.mem.b_wdata.next = self.pb_wdata.val();
        if self.registered.val() {
            self.mem.b_addr.next = self.b_addr.q.val();
            self.mem.b_we.next = self.b_we.q.val();
            self.mem.b_sel.next = self.b_sel.q.val();
            self.mem.b_wdata.next = self.b_wdata.q.val();
        }
        self.unused_ok.next = self.i.we.val()
            | self.i.sel.val().any()
            | self.i.dat_w.val().any()
            | self.i.bte.val().any()
            | self.i.tga.val().any()
            | self.d.bte.val().any()
            | self.d.tga.val().any();
    }
}

/// Emits a stand-alone `Ram` (top module `top`) for block tests.
pub fn ram_verilog(base: u32, size_bytes: u32, init: &[u32]) -> Result<String, String> {
    block_verilog(Ram::new(base, size_bytes, init)?)
}

/// The same for `Ram::registered`.
pub fn registered_ram_verilog(base: u32, size_bytes: u32, init: &[u32]) -> Result<String, String> {
    block_verilog(Ram::registered(base, size_bytes, init)?)
}

fn block_verilog(mut ram: Ram) -> Result<String, String> {
    ram.connect_all();
    Ok(generate_verilog(&ram))
}
