//! The VMSP SoC's emitted Verilog, verilated at build time (see build.rs and
//! docs/SIM.md), behind a safe cycle-stepping API.
//!
//! ```no_run
//! let mut soc = verilator_sys::Soc::new();
//! let entry = soc.load_elf(&std::fs::read("prog.elf").unwrap()).unwrap();
//! assert_eq!(entry, 0x100);
//! loop {
//!     let c = soc.step();
//!     if let Some(r) = c.retired { println!("{r}"); }
//!     if let Some(b) = c.uart { print!("{}", b as char); }
//!     if c.finish.is_some() { break; }
//! }
//! ```

use or1k_arch::{LD_RAM_SIZE_ADDR, SR_F, VEC_RESET};
use std::ffi::{c_char, c_int, CString};
use std::fmt;
use std::path::Path;
use std::ptr::NonNull;
pub use vmsp_iss::elf::Image;
pub use vmsp_iss::{LoadError, Retired};

include!(concat!(env!("OUT_DIR"), "/model_config.rs"));

/// Opaque C++ model (csrc/shim.cpp `Vsys`).
#[repr(C)]
struct Vsys {
    _private: [u8; 0],
}

/// The SoC's inputs besides the clock (csrc/shim.cpp `VsysInputs`).
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Inputs {
    reset: u32,
    mem_latency: u32,
    ld_we: u32,
    ld_addr: u32,
    ld_data: u32,
    uart_rxd: u32,
}

/// Every output port, sampled after the rising edge (csrc/shim.cpp `VsysOutputs`).
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Outputs {
    pub rt_valid: u32,
    pub rt_pc: u32,
    pub rt_insn: u32,
    pub rt_rd_we: u32,
    pub rt_rd: u32,
    pub rt_rd_val: u32,
    pub rt_sr: u32,
    pub rt_mw_valid: u32,
    pub rt_mw_addr: u32,
    pub rt_mw_size: u32,
    pub rt_mw_data: u32,
    pub rt_exc_valid: u32,
    pub rt_exc_vec: u32,
    pub rt_intr: u32,
    pub rt_r3: u32,
    pub uart_tx_valid: u32,
    pub uart_tx_data: u32,
    pub uart_txd: u32,
    pub finish_valid: u32,
    pub finish_data: u32,
}

extern "C" {
    fn vsys_new() -> *mut Vsys;
    fn vsys_delete(s: *mut Vsys);
    fn vsys_set_inputs(s: *mut Vsys, inputs: *const Inputs);
    fn vsys_eval(s: *mut Vsys);
    fn vsys_tick(s: *mut Vsys);
    fn vsys_get_outputs(s: *const Vsys, out: *mut Outputs);
    fn vsys_trace_open(s: *mut Vsys, path: *const c_char) -> c_int;
    fn vsys_trace_close(s: *mut Vsys);
}

/// Why an image could not be loaded, or waves not opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The ELF itself (malformed, wrong machine, segment outside RAM).
    Load(LoadError),
    /// The RTL starts at the reset vector; this program's entry is elsewhere.
    Entry(u32),
    /// The wave file could not be opened.
    Waves(String),
    /// `set_ram_size`: zero, not a multiple of 4, or larger than the array.
    RamSize(u32),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Load(e) => e.fmt(f),
            Error::Entry(e) => write!(
                f,
                "entry point 0x{e:08x} is not the reset vector 0x{VEC_RESET:x}, where the RTL core starts (link the program with its entry at 0x{VEC_RESET:x})"
            ),
            Error::Waves(m) => write!(f, "waves: {m}"),
            Error::RamSize(n) => write!(
                f,
                "RAM size 0x{n:x}: must be a non-zero multiple of 4 up to the model's RAM array, 0x{RAM_SIZE:x} bytes"
            ),
        }
    }
}

impl std::error::Error for Error {}

impl From<LoadError> for Error {
    fn from(e: LoadError) -> Self {
        Error::Load(e)
    }
}

/// What the SoC did in one clock cycle.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Cycle {
    /// The retirement record (`rt_valid`).
    pub retired: Option<Retired>,
    /// r3 as read by the retired instruction (`rt_r3`: the l.nop hooks' argument).
    pub r3: u32,
    /// A byte written to the UART's THR.
    pub uart: Option<u8>,
    /// The raw value written to the finisher word.
    pub finish: Option<u32>,
}

/// Maps the `rt_*` ports to the ISS's record: `rt_rd_we` = 0 → no `rd`;
/// `rt_exc_valid` or `rt_intr` → `exception` = `rt_exc_vec` (an interrupt
/// always carries its vector); `flag` is SR[F] of `rt_sr`.
pub fn retired_from(o: &Outputs) -> Retired {
    Retired {
        pc: o.rt_pc,
        insn: o.rt_insn,
        rd: (o.rt_rd_we != 0).then_some((o.rt_rd as u8, o.rt_rd_val)),
        flag: o.rt_sr & SR_F != 0,
        sr: o.rt_sr,
        mem_write: (o.rt_mw_valid != 0).then_some((o.rt_mw_addr, o.rt_mw_size as u8, o.rt_mw_data)),
        exception: (o.rt_exc_valid != 0 || o.rt_intr != 0).then_some(o.rt_exc_vec),
        interrupt: o.rt_intr != 0,
    }
}

/// One verilated SoC. Each has its own Verilator context, so several can
/// run in one process, one per thread.
pub struct Soc {
    raw: NonNull<Vsys>,
    inputs: Inputs,
    inputs_dirty: bool,
    out: Outputs,
    cycles: u64,
    waves: bool,
    /// RAM bytes the SoC decodes (`set_ram_size`); the rest is a bus error.
    ram_size: u32,
}

// SAFETY: a `Soc` exclusively owns its model and context; Verilator models
// without --threads may be used from any one thread at a time.
unsafe impl Send for Soc {}

impl Default for Soc {
    fn default() -> Self {
        Self::new()
    }
}

impl Soc {
    /// A model with `reset` held high, zero wait states, and `uart_rxd` idle (high).
    pub fn new() -> Soc {
        // SAFETY: vsys_new returns a fresh model or aborts (C++ new).
        let raw = NonNull::new(unsafe { vsys_new() }).expect("vsys_new returned null");
        let mut soc = Soc {
            raw,
            inputs: Inputs { reset: 1, uart_rxd: 1, ..Inputs::default() },
            inputs_dirty: true,
            out: Outputs::default(),
            cycles: 0,
            waves: false,
            ram_size: RAM_SIZE,
        };
        soc.flush_inputs();
        // SAFETY: raw is live.
        unsafe { vsys_eval(soc.raw.as_ptr()) };
        soc
    }

    fn flush_inputs(&mut self) {
        if self.inputs_dirty {
            // SAFETY: raw is live; the struct layouts match csrc/shim.cpp.
            unsafe { vsys_set_inputs(self.raw.as_ptr(), &self.inputs) };
            self.inputs_dirty = false;
        }
    }

    fn set(&mut self, f: impl FnOnce(&mut Inputs)) {
        let before = self.inputs;
        f(&mut self.inputs);
        self.inputs_dirty |= self.inputs != before;
    }

    /// One clock cycle; the outputs are sampled after the rising edge.
    fn tick(&mut self) {
        self.flush_inputs();
        // SAFETY: raw is live; out matches VsysOutputs.
        unsafe {
            vsys_tick(self.raw.as_ptr());
            vsys_get_outputs(self.raw.as_ptr(), &mut self.out);
        }
    }

    /// Holds `reset` for `cycles` (at least 1) cycles, then releases it:
    /// the core starts at 0x100 on the next `step`. Clears `cycles()`.
    pub fn reset(&mut self, cycles: u32) {
        self.set(|i| i.reset = 1);
        for _ in 0..cycles.max(1) {
            self.tick();
        }
        self.set(|i| i.reset = 0);
        self.cycles = 0;
    }

    /// Extra wait states before the first beat of every RAM access.
    pub fn set_mem_latency(&mut self, wait_states: u8) {
        self.set(|i| i.mem_latency = wait_states as u32);
    }

    /// Drives the UART's serial input (if the SoC has `uart_rxd`, see `HAS_UART_RXD`).
    pub fn set_uart_rxd(&mut self, level: bool) {
        self.set(|i| i.uart_rxd = level as u32);
    }

    /// Sets the RAM size the SoC decodes (accesses above it are bus
    /// errors), through the backdoor with `reset` held (the model's array
    /// is `RAM_SIZE`; one model serves every size), then resets the core
    /// (`reset(2)`). Load the program afterwards. Default: `RAM_SIZE`.
    pub fn set_ram_size(&mut self, bytes: u32) -> Result<(), Error> {
        if bytes == 0 || bytes % 4 != 0 || bytes > RAM_SIZE {
            return Err(Error::RamSize(bytes));
        }
        self.set(|i| {
            i.reset = 1;
            i.ld_we = 1;
            i.ld_addr = LD_RAM_SIZE_ADDR;
            i.ld_data = bytes;
        });
        self.tick();
        self.set(|i| {
            i.ld_we = 0;
            i.ld_addr = 0;
            i.ld_data = 0;
        });
        self.reset(2);
        self.ram_size = bytes;
        Ok(())
    }

    /// RAM bytes the SoC decodes.
    pub fn ram_size(&self) -> u32 {
        self.ram_size
    }

    /// Parses an OpenRISC ELF (the ISS's parser) and checks it can run on
    /// the RTL: the entry must be the reset vector and every segment must
    /// lie in the SoC's whole RAM array (`RAM_SIZE`).
    pub fn check_elf(bytes: &[u8]) -> Result<Image<'_>, Error> {
        Self::check_elf_in(bytes, RAM_SIZE)
    }

    /// `check_elf` for a SoC that decodes `ram_size` bytes of RAM.
    pub fn check_elf_in(bytes: &[u8], ram_size: u32) -> Result<Image<'_>, Error> {
        let image = vmsp_iss::elf::parse(bytes)?;
        image.check_fits(ram_size)?;
        if image.entry != VEC_RESET {
            return Err(Error::Entry(image.entry));
        }
        Ok(image)
    }

    /// Loads the PT_LOAD segments (with their zero fill) into RAM through
    /// the `ld_*` backdoor, one word per cycle with `reset` held, then
    /// resets the core (`reset(2)`). Bytes of a partly covered word that no
    /// segment gives are written as 0 (the RAM's power-up value, as in the
    /// ISS). Returns the entry point (always 0x100).
    pub fn load_elf(&mut self, bytes: &[u8]) -> Result<u32, Error> {
        let image = Self::check_elf_in(bytes, self.ram_size)?;
        let mut words = std::collections::BTreeMap::<u32, [u8; 4]>::new();
        for seg in &image.segments {
            for (i, b) in seg.bytes().into_iter().enumerate() {
                let a = seg.addr + i as u32;
                words.entry(a & !3).or_default()[(a & 3) as usize] = b;
            }
        }
        self.set(|i| i.reset = 1);
        for (addr, w) in words {
            self.set(|i| {
                i.ld_we = 1;
                i.ld_addr = addr;
                i.ld_data = u32::from_be_bytes(w);
            });
            self.tick();
        }
        self.set(|i| {
            i.ld_we = 0;
            i.ld_addr = 0;
            i.ld_data = 0;
        });
        self.reset(2);
        Ok(image.entry)
    }

    /// Writes raw words at `addr` (word aligned, in RAM) through the
    /// backdoor, then resets the core (`reset(2)`).
    pub fn load_words(&mut self, addr: u32, words: &[u32]) -> Result<(), Error> {
        let size = words.len() as u32 * 4;
        if addr & 3 != 0 || addr as u64 + size as u64 > self.ram_size as u64 {
            return Err(Error::Load(LoadError::OutsideRam { addr, size, ram_size: self.ram_size }));
        }
        self.set(|i| i.reset = 1);
        for (i, &w) in words.iter().enumerate() {
            self.set(|x| {
                x.ld_we = 1;
                x.ld_addr = addr + 4 * i as u32;
                x.ld_data = w;
            });
            self.tick();
        }
        self.set(|i| i.ld_we = 0);
        self.reset(2);
        Ok(())
    }

    /// Ticks one clock cycle and reports what happened in it.
    #[inline]
    pub fn step(&mut self) -> Cycle {
        self.tick();
        self.cycles += 1;
        let o = &self.out;
        Cycle {
            retired: (o.rt_valid != 0).then(|| retired_from(o)),
            r3: o.rt_r3,
            uart: (o.uart_tx_valid != 0).then_some(o.uart_tx_data as u8),
            finish: (o.finish_valid != 0).then_some(o.finish_data),
        }
    }

    /// The output ports as sampled after the last cycle.
    pub fn outputs(&self) -> &Outputs {
        &self.out
    }

    /// Cycles stepped since reset was last released.
    pub fn cycles(&self) -> u64 {
        self.cycles
    }

    /// Dumps every signal to an FST file from now on, a sample per clock
    /// edge (time unit: half a cycle). Once per model.
    pub fn waves(&mut self, path: &Path) -> Result<(), Error> {
        if self.waves {
            return Err(Error::Waves("this model is already being traced".into()));
        }
        let c = CString::new(path.as_os_str().as_encoded_bytes())
            .map_err(|_| Error::Waves(format!("{}: path contains a NUL byte", path.display())))?;
        // SAFETY: raw is live, c is a valid C string for the call.
        match unsafe { vsys_trace_open(self.raw.as_ptr(), c.as_ptr()) } {
            0 => {
                self.waves = true;
                Ok(())
            }
            _ => Err(Error::Waves(format!("cannot open {} for writing", path.display()))),
        }
    }

    /// Flushes and closes the wave file (also done on drop).
    pub fn close_waves(&mut self) {
        // SAFETY: raw is live.
        unsafe { vsys_trace_close(self.raw.as_ptr()) };
    }
}

impl Drop for Soc {
    fn drop(&mut self) {
        // SAFETY: raw came from vsys_new and is deleted once.
        unsafe { vsys_delete(self.raw.as_ptr()) };
    }
}
