//! The security monitor's on-chip memories (docs/VIRT.md, docs/MONITOR.md):
//! its ROM at SM_ROM_BASE (fetched on the instruction bus, read on the
//! data bus: two copies of the same words) and its SRAM at SM_SRAM_BASE
//! (data bus, byte writes). The interconnect decodes them only for
//! monitor-origin accesses; this block refuses any other origin too
//! (`err`, nothing read or written), so the check does not rest on one
//! place. A classic cycle answers one cycle after `stb`.
//!
//! The ROM's words are the generator's (`SocConfig::monitor_rom`, baked
//! into the emitted Verilog); the simulation's loader may also write
//! them through `ld_*` while reset is held, as it writes the RAM.
use or1k_arch::*;
use or1k_core::ports::WishboneSlave;
use rust_hdl::prelude::*;

/// log2 of the ROM's and the SRAM's words.
const ROM_WORDS_LOG2: usize = 12;
const SRAM_WORDS_LOG2: usize = 11;
const _: () = assert!(SM_ROM_SIZE == 4 << ROM_WORDS_LOG2 && SM_SRAM_SIZE == 4 << SRAM_WORDS_LOG2);

#[derive(LogicBlock)]
pub struct MonitorMem {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    /// Instruction bus: the ROM.
    pub i: WishboneSlave,
    /// Data bus: the ROM (read-only) and the SRAM.
    pub d: WishboneSlave,
    pub ld_we: Signal<In, Bit>,
    pub ld_addr: Signal<In, Bits<32>>,
    pub ld_data: Signal<In, Bits<32>>,

    rom_i: RAM<Bits<32>, ROM_WORDS_LOG2>,
    rom_d: RAM<Bits<32>, ROM_WORDS_LOG2>,
    /// The SRAM as four byte lanes (byte 0 = bits 31..24, big-endian).
    sram0: RAM<Bits<8>, SRAM_WORDS_LOG2>,
    sram1: RAM<Bits<8>, SRAM_WORDS_LOG2>,
    sram2: RAM<Bits<8>, SRAM_WORDS_LOG2>,
    sram3: RAM<Bits<8>, SRAM_WORDS_LOG2>,
    i_ack: DFF<Bit>,
    i_err: DFF<Bit>,
    /// The fetch address answered: fetch may move on without waiting, so
    /// an answer counts only for the address it was read for.
    i_adr: DFF<Bits<32>>,
    d_ack: DFF<Bit>,
    d_err: DFF<Bit>,
    /// The answered data access was to the SRAM (else the ROM).
    d_sram: DFF<Bit>,
    i_mon: Signal<Local, Bit>,
    d_mon: Signal<Local, Bit>,
    d_is_sram: Signal<Local, Bit>,
    d_req: Signal<Local, Bit>,
    sram_we: Signal<Local, Bit>,
    ld_rom: Signal<Local, Bit>,
    k_tga_monitor: Constant<Bits<8>>,
    k_rom_mask: Constant<Bits<32>>,
    k_rom_base: Constant<Bits<32>>,
    k_sram_mask: Constant<Bits<32>>,
    k_sram_base: Constant<Bits<32>>,
}

impl MonitorMem {
    /// The memories with `rom` (words from SM_ROM_BASE, the rest zero).
    pub fn new(rom: &[u32]) -> Result<MonitorMem, String> {
        let words = 1usize << ROM_WORDS_LOG2;
        if rom.len() > words {
            return Err(format!("monitor ROM image of {} words exceeds the ROM's {words}", rom.len()));
        }
        let image = || (0..words).map(|i| Bits::<32>::from(*rom.get(i).unwrap_or(&0) as u64));
        let lane = || RAM::from(std::iter::repeat(Bits::<8>::default()).take(1 << SRAM_WORDS_LOG2));
        let c = |v: u32| Constant::new(Bits::<32>::from(v as u64));
        Ok(MonitorMem {
            clock: Default::default(),
            reset: Default::default(),
            i: Default::default(),
            d: Default::default(),
            ld_we: Default::default(),
            ld_addr: Default::default(),
            ld_data: Default::default(),
            rom_i: RAM::from(image()),
            rom_d: RAM::from(image()),
            sram0: lane(),
            sram1: lane(),
            sram2: lane(),
            sram3: lane(),
            i_ack: Default::default(),
            i_err: Default::default(),
            i_adr: Default::default(),
            d_ack: Default::default(),
            d_err: Default::default(),
            d_sram: Default::default(),
            i_mon: Default::default(),
            d_mon: Default::default(),
            d_is_sram: Default::default(),
            d_req: Default::default(),
            sram_we: Default::default(),
            ld_rom: Default::default(),
            k_tga_monitor: Constant::new((TGA_MONITOR as u64).into()),
            k_rom_mask: c(!(SM_ROM_SIZE - 1)),
            k_rom_base: c(SM_ROM_BASE),
            k_sram_mask: c(!(SM_SRAM_SIZE - 1)),
            k_sram_base: c(SM_SRAM_BASE),
        })
    }
}

impl Logic for MonitorMem {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, i_ack, i_err, i_adr, d_ack, d_err, d_sram);
        self.rom_i.read_clock.next = self.clock.val();
        self.rom_i.write_clock.next = self.clock.val();
        self.rom_d.read_clock.next = self.clock.val();
        self.rom_d.write_clock.next = self.clock.val();
        self.sram0.read_clock.next = self.clock.val();
        self.sram0.write_clock.next = self.clock.val();
        self.sram1.read_clock.next = self.clock.val();
        self.sram1.write_clock.next = self.clock.val();
        self.sram2.read_clock.next = self.clock.val();
        self.sram2.write_clock.next = self.clock.val();
        self.sram3.read_clock.next = self.clock.val();
        self.sram3.write_clock.next = self.clock.val();

        // ---- instruction bus: ROM reads by the monitor
        self.i_mon.next = (self.i.tga.val() & self.k_tga_monitor.val()).any();
        self.rom_i.read_address.next = self.i.adr.val().get_bits::<ROM_WORDS_LOG2>(2);
        self.i_ack.d.next = self.i.stb.val() & self.i_mon.val() & !self.i.we.val() & !self.i_ack.q.val();
        self.i_err.d.next = self.i.stb.val() & !(self.i_mon.val() & !self.i.we.val()) & !self.i_err.q.val();
        self.i_adr.d.next = self.i.adr.val();
        self.i.ack.next = self.i_ack.q.val() & self.i.stb.val() & (self.i.adr.val() == self.i_adr.q.val());
        self.i.err.next = self.i_err.q.val() & self.i.stb.val() & (self.i.adr.val() == self.i_adr.q.val());
        self.i.dat_r.next = self.rom_i.read_data.val();

        // ---- data bus: ROM reads, SRAM reads and byte writes, by the monitor
        self.d_mon.next = (self.d.tga.val() & self.k_tga_monitor.val()).any();
        self.d_is_sram.next = (self.d.adr.val() & self.k_sram_mask.val()) == self.k_sram_base.val();
        self.d_req.next = self.d.stb.val() & !self.d_ack.q.val() & !self.d_err.q.val();
        self.d_ack.d.next = self.d_req.val() & self.d_mon.val() & (self.d_is_sram.val() | !self.d.we.val());
        self.d_err.d.next = self.d_req.val() & !(self.d_mon.val() & (self.d_is_sram.val() | !self.d.we.val()));
        self.d_sram.d.next = self.d_is_sram.val();
        self.rom_d.read_address.next = self.d.adr.val().get_bits::<ROM_WORDS_LOG2>(2);
        self.sram0.read_address.next = self.d.adr.val().get_bits::<SRAM_WORDS_LOG2>(2);
        self.sram1.read_address.next = self.d.adr.val().get_bits::<SRAM_WORDS_LOG2>(2);
        self.sram2.read_address.next = self.d.adr.val().get_bits::<SRAM_WORDS_LOG2>(2);
        self.sram3.read_address.next = self.d.adr.val().get_bits::<SRAM_WORDS_LOG2>(2);
        self.sram_we.next = self.d_req.val() & self.d_mon.val() & self.d_is_sram.val() & self.d.we.val();
        self.sram0.write_address.next = self.d.adr.val().get_bits::<SRAM_WORDS_LOG2>(2);
        self.sram1.write_address.next = self.d.adr.val().get_bits::<SRAM_WORDS_LOG2>(2);
        self.sram2.write_address.next = self.d.adr.val().get_bits::<SRAM_WORDS_LOG2>(2);
        self.sram3.write_address.next = self.d.adr.val().get_bits::<SRAM_WORDS_LOG2>(2);
        self.sram0.write_data.next = self.d.dat_w.val().get_bits::<8>(24);
        self.sram1.write_data.next = self.d.dat_w.val().get_bits::<8>(16);
        self.sram2.write_data.next = self.d.dat_w.val().get_bits::<8>(8);
        self.sram3.write_data.next = self.d.dat_w.val().get_bits::<8>(0);
        self.sram0.write_enable.next = self.sram_we.val() & self.d.sel.val().get_bit(3);
        self.sram1.write_enable.next = self.sram_we.val() & self.d.sel.val().get_bit(2);
        self.sram2.write_enable.next = self.sram_we.val() & self.d.sel.val().get_bit(1);
        self.sram3.write_enable.next = self.sram_we.val() & self.d.sel.val().get_bit(0);
        self.d.ack.next = self.d_ack.q.val() & self.d.cyc.val();
        self.d.err.next = self.d_err.q.val() & self.d.cyc.val();
        self.d.dat_r.next = self.rom_d.read_data.val();
        if self.d_sram.q.val() {
            self.d.dat_r.next = (bit_cast::<32, 8>(self.sram0.read_data.val()) << 24)
                | (bit_cast::<32, 8>(self.sram1.read_data.val()) << 16)
                | (bit_cast::<32, 8>(self.sram2.read_data.val()) << 8)
                | bit_cast::<32, 8>(self.sram3.read_data.val());
        }

        // ---- the loader writes ROM words while reset is held
        self.ld_rom.next = self.reset.val()
            & self.ld_we.val()
            & ((self.ld_addr.val() & self.k_rom_mask.val()) == self.k_rom_base.val());
        self.rom_i.write_address.next = self.ld_addr.val().get_bits::<ROM_WORDS_LOG2>(2);
        self.rom_d.write_address.next = self.ld_addr.val().get_bits::<ROM_WORDS_LOG2>(2);
        self.rom_i.write_data.next = self.ld_data.val();
        self.rom_d.write_data.next = self.ld_data.val();
        self.rom_i.write_enable.next = self.ld_rom.val();
        self.rom_d.write_enable.next = self.ld_rom.val();

        if self.reset.val() {
            self.i_ack.d.next = false;
            self.i_err.d.next = false;
            self.d_ack.d.next = false;
            self.d_err.d.next = false;
        }
    }
}
