//! The whole simulated system and its stepping API.

use crate::bus::Bus;
use crate::cache::{Cache, CacheGeometry};
use crate::cpu::{Cpu, Flow, DECODE_CACHE_SIZE};
use crate::decode::{decode, Insn};
use crate::mee::Mee;
use crate::mmu::Tlb;
use crate::pic::Pic;
use crate::secure::{SecureConfig, SecureSpace};
use crate::virt::Virt;
use crate::timer::TickTimer;
use crate::trace::Retired;
use crate::uart::ConsoleSink;
use or1k_arch::*;
use or1k_image::{Image, LoadError};
use std::fmt;

/// Default RAM size: 16 MiB.
pub const DEFAULT_RAM_SIZE: u32 = 16 << 20;

/// Machine configuration.
#[derive(Clone, Debug)]
pub struct Config {
    /// Bytes of RAM at `RAM_BASE`; must not reach the device region.
    pub ram_size: u32,
    /// Where UART output and the l.nop console hooks go.
    pub console: ConsoleSink,
    /// Also raise the range exception on SR[CY] (add/sub/mulu/divu) when
    /// SR[OVE], as QEMU 7.2 does; the architecture manual ties it to OV.
    pub range_on_carry: bool,
    /// Interrupts come from outside (lock-step co-simulation): `step` never
    /// takes a tick or external interrupt on its own; the driver calls
    /// [`Machine::force_interrupt`] where the RTL took one, because the
    /// cycle an interrupt lands on is not an architectural property.
    pub external_interrupts: bool,
    /// The DMMU/IMMU are present (OR1200 with MMUs). `false` models a core
    /// without them, like the first VMSP RTL milestone: UPR lacks DMP/IMP,
    /// DMMUCFGR/IMMUCFGR and every TLB SPR read 0 and ignore writes, and
    /// SR[DME]/SR[IME] (still writable) translate nothing.
    pub mmu: bool,
    /// The I-cache, if any (`CacheGeometry::VMSP_ICACHE` is the VMSP
    /// core's). `None` models a core without one: UPR lacks ICP, ICCFGR
    /// reads 0, SR[ICE] (still writable) and ICBIR do nothing.
    pub icache: Option<CacheGeometry>,
    /// The write-back D-cache, if any (`CacheGeometry::VMSP_DCACHE`).
    /// `None`: UPR lacks DCP, DCCFGR reads 0, SR[DCE] and DCBFR/DCBIR/DCBWR
    /// do nothing.
    pub dcache: Option<CacheGeometry>,
    /// The security monitor's ROM image (and the secure unit's model): with
    /// it, the machine has the monitor, host and guest worlds of
    /// docs/VIRT.md and reset enters the monitor, which starts the host at
    /// 0x100. Without it, the plain OR1200 model (the custom instructions
    /// are illegal).
    pub secure: Option<SecureConfig>,
    /// The memory-encryption engine's functional model (docs/MEE.md; needs
    /// `secure`): RAM holds the ciphertext of every block of a VM's ENC
    /// page, and the guests' and the monitor's accesses to it go through
    /// the cipher under the page owner's keys. Off: ENC changes no data.
    pub mee: bool,
    /// The largest seal counter (docs/SEALING.md "Counter rules"): the VM
    /// exit of a slot whose counter has reached it cannot seal (VMEXIT_LOST).
    /// `or1k_arch::SEAL_CTR_MAX` (the hardware's 64-bit counter) by
    /// default; tests make it small to reach exhaustion.
    pub seal_ctr_max: u64,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            ram_size: DEFAULT_RAM_SIZE,
            console: ConsoleSink::Buffer,
            range_on_carry: false,
            external_interrupts: false,
            mmu: true,
            icache: None,
            dcache: None,
            secure: None,
            mee: false,
            seal_ctr_max: SEAL_CTR_MAX,
        }
    }
}

impl Config {
    /// Checks the configuration; `Machine::new` panics with this message.
    pub fn validate(&self) -> Result<(), String> {
        if self.ram_size == 0 || !self.ram_size.is_multiple_of(4) {
            return Err(format!("RAM size {} must be a non-zero multiple of 4", self.ram_size));
        }
        if RAM_BASE as u64 + self.ram_size as u64 > RAM_UNCACHED_ALIAS as u64 {
            return Err(format!("RAM size 0x{:x} overlaps its uncached alias at 0x{RAM_UNCACHED_ALIAS:08x}", self.ram_size));
        }
        if RAM_UNCACHED_ALIAS as u64 + self.ram_size as u64 > UART_BASE as u64 {
            return Err(format!(
                "RAM size 0x{:x}: its uncached alias at 0x{RAM_UNCACHED_ALIAS:08x} overlaps the device region at 0x{UART_BASE:08x}",
                self.ram_size
            ));
        }
        if self.mee && self.secure.is_none() {
            return Err("the memory-encryption engine (mee) needs the monitor world (secure)".into());
        }
        for g in self.icache.iter().chain(self.dcache.iter()) {
            g.validate()?;
        }
        Ok(())
    }
}

/// Why `step` did not execute anything.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Stop {
    /// The program ended (l.nop NOP_EXIT or the finisher) in an earlier
    /// step, with this exit code.
    Exit(u32),
    /// The simulation cannot make progress (see the message).
    Error(String),
}

/// How `run` ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Exit(u32),
    InsnLimit,
    Error(String),
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Outcome::Exit(c) => write!(f, "exit code {c}"),
            Outcome::InsnLimit => write!(f, "instruction limit reached"),
            Outcome::Error(m) => write!(f, "error: {m}"),
        }
    }
}

/// CPU + MMUs + caches + timer + PIC + bus.
pub struct Machine {
    pub cpu: Cpu,
    pub bus: Bus,
    pub dtlb: Tlb,
    pub itlb: Tlb,
    pub timer: TickTimer,
    pub pic: Pic,
    pub(crate) config: Config,
    /// set by l.nop NOP_EXIT during the current step
    pub(crate) exit_requested: Option<u32>,
    /// the current instruction wrote TTMR/TTCR: the timer does not tick
    pub(crate) timer_written: bool,
    /// (instruction word, its decoding), see `decode_cached`
    pub(crate) decode_cache: Box<[(u32, Insn)]>,
    pub(crate) icache: Option<Cache>,
    pub(crate) dcache: Option<Cache>,
    /// worlds and guest mode, with `Config::secure`
    pub virt: Option<Box<Virt>>,
    /// the memory-encryption engine's state, with `Config::mee`
    pub(crate) mee: Option<Box<Mee>>,
    /// The running world's owner tag (OWNER_*): what cache lines and TLB
    /// entries it fills are tagged with (OWNER_HOST without virtualization).
    pub(crate) owner: u32,
    exited: Option<u32>,
    steps: u64,
    retired: u64,
}

impl Machine {
    /// A machine in reset state with zeroed RAM.
    ///
    /// # Panics
    /// On an invalid configuration (see [`Config::validate`]).
    pub fn new(config: Config) -> Machine {
        if let Err(e) = config.validate() {
            panic!("invalid ISS configuration: {e}");
        }
        let mut bus = Bus::new(config.ram_size, config.console);
        let mut cpu = Cpu::reset();
        let virt = config.secure.as_ref().map(|s| {
            bus.secure = Some(Box::new(SecureSpace::new(s, config.ram_size)));
            bus.monitor = true;
            cpu.pc = SM_ROM_BASE + VEC_RESET;
            cpu.npc = cpu.pc + 4;
            Box::new(Virt::new())
        });
        Machine {
            cpu,
            bus,
            dtlb: Tlb::default(),
            itlb: Tlb::default(),
            timer: TickTimer::default(),
            pic: Pic::default(),
            icache: config.icache.map(Cache::new),
            dcache: config.dcache.map(Cache::new),
            owner: if virt.is_some() { OWNER_MONITOR } else { OWNER_HOST },
            mee: config.mee.then(|| Box::new(Mee::new())),
            virt,
            config,
            exit_requested: None,
            timer_written: false,
            decode_cache: vec![(0, decode(0)); DECODE_CACHE_SIZE].into_boxed_slice(),
            exited: None,
            steps: 0,
            retired: 0,
        }
    }

    /// Loads an OpenRISC ELF into RAM and points the CPU at its start
    /// (`Image::start`: the entry's physical address, as QEMU loads it).
    pub fn load_elf(&mut self, bytes: &[u8]) -> Result<u32, LoadError> {
        self.load_image(&Image::parse(bytes)?)
    }

    /// Loads a parsed image (segments with their zero fill) into RAM and
    /// points the CPU at its entry; for callers that parsed it already.
    /// With the monitor, the CPU stays at the monitor's reset and the
    /// monitor starts the host at 0x100, so the image must start there.
    pub fn load_image(&mut self, image: &Image) -> Result<u32, LoadError> {
        let ram_size = self.bus.ram.len() as u32;
        image.check_fits(ram_size)?;
        if self.virt.is_some() && image.start != VEC_RESET {
            return Err(LoadError::Entry(image.start));
        }
        for seg in &image.segments {
            if !self.bus.load(seg.addr, &seg.bytes()) {
                return Err(LoadError::OutsideRam { addr: seg.addr, size: seg.mem_size, ram_size });
            }
        }
        if self.virt.is_none() {
            self.set_pc(image.start);
        }
        Ok(image.start)
    }

    /// Continues execution at `pc` (not in a delay slot).
    pub fn set_pc(&mut self, pc: u32) {
        self.cpu.pc = pc;
        self.cpu.npc = pc.wrapping_add(4);
        self.cpu.delay_slot = false;
    }

    /// The configuration the machine was built with.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Steps taken (instructions executed, faulting ones included, plus interrupts taken).
    pub fn steps(&self) -> u64 {
        self.steps
    }

    /// Instructions that completed without an exception.
    pub fn retired(&self) -> u64 {
        self.retired
    }

    /// Exit code once the program has ended.
    pub fn exit_code(&self) -> Option<u32> {
        self.exited
    }

    /// Console output collected so far (with `ConsoleSink::Buffer`).
    pub fn uart_output(&self) -> &[u8] {
        self.bus.console.output()
    }

    /// Queues bytes for the UART receiver.
    pub fn uart_input(&mut self, bytes: &[u8]) {
        self.bus.uart.rx.extend(bytes);
    }

    /// Executes exactly one instruction, or takes one interrupt.
    ///
    /// A faulting instruction is one step: its record carries the vector
    /// in `exception`, and the CPU is at the handler afterwards. A pending
    /// tick/external interrupt (never taken between a branch and its delay
    /// slot) is taken as a step of its own with `interrupt` set. After the
    /// step that ends the program, every further call returns `Stop::Exit`.
    #[inline(always)]
    pub fn step(&mut self) -> Result<Retired, Stop> {
        if let Some(code) = self.exited {
            return Err(Stop::Exit(code));
        }
        self.steps += 1;
        if let Some(r) = self.take_interrupt() {
            return Ok(r);
        }
        let pc = self.cpu.pc;
        let guest = self.virt.is_some() && self.virt().guest();
        let mut r = Retired { pc, ..Default::default() };
        let result = match self.fetch(pc) {
            Ok(insn) => {
                r.insn = insn;
                let decoded = self.decode_cached(pc, insn);
                self.execute(decoded, &mut r)
            }
            Err(f) => Err(f),
        };
        let mut entered = false;
        match result {
            Ok(flow) => {
                entered = matches!(flow, Flow::Resume);
                let cpu = &mut self.cpu;
                match flow {
                    Flow::Next => {
                        cpu.pc = cpu.npc;
                        cpu.npc = cpu.npc.wrapping_add(4);
                        cpu.delay_slot = false;
                    }
                    Flow::Branch(target) => {
                        cpu.pc = cpu.npc;
                        cpu.npc = target;
                        cpu.delay_slot = true;
                    }
                    Flow::Jump(target) => {
                        cpu.pc = target;
                        cpu.npc = target.wrapping_add(4);
                        cpu.delay_slot = false;
                    }
                    Flow::Resume => {}
                }
                self.retired += 1;
                if self.timer_written {
                    self.timer_written = false;
                } else {
                    self.timer.tick();
                }
                if self.virt.is_some() {
                    self.virt_after_retire(guest, &mut r);
                }
                if let Some(code) = self.exit_requested.take().or(self.bus.finished.take()) {
                    self.exited = Some(code);
                    self.bus.console.flush();
                }
            }
            Err(fault) if self.virt.is_some() && self.virt().monitor() => {
                self.bus.console.flush();
                return Err(Stop::Error(format!(
                    "security monitor fault: exception 0x{:x} at 0x{pc:08x} (address 0x{:08x}): the monitor stopped the machine",
                    fault.vector,
                    fault.eear.unwrap_or(pc)
                )));
            }
            Err(fault) if fault.vector == VEC_VMEXIT => {
                let (cause, info) = self.virt_mut().exit_fault.take().expect("a VM-exit fault carries its cause");
                self.vm_exit(cause, info);
                r.exception = Some(VEC_VMEXIT);
            }
            Err(fault) => {
                self.enter_exception(fault);
                r.exception = Some(fault.vector);
                if self.cpu.pc == pc && guest {
                    // the guest cannot take it: its handler faults on its first instruction
                    let mut info = [0; VMEXINFO_COUNT as usize];
                    info[0] = fault.vector;
                    self.vm_exit(EXIT_FAULT, info);
                    r.exception = Some(VEC_VMEXIT);
                } else if self.cpu.pc == pc {
                    // The handler's first instruction raises the same
                    // exception again: the machine would spin forever.
                    self.bus.console.flush();
                    return Err(Stop::Error(format!(
                        "exception 0x{:x} raised by the first instruction of its own handler at 0x{pc:08x} \
                         (EEAR 0x{:08x}): unrecoverable",
                        fault.vector, self.cpu.eear
                    )));
                }
            }
        }
        r.sr = self.cpu.sr;
        r.flag = self.cpu.flag();
        if entered {
            // l.vmenter reports the host's SR: the guest's is restored
            // after it retires (the RTL's sequencer), and is the guest's
            r.sr = self.virt().host_sr();
            r.flag = r.sr & SR_F != 0;
        }
        Ok(r)
    }

    /// Takes a pending, enabled interrupt: the tick timer first, then the PIC.
    #[inline(always)]
    fn take_interrupt(&mut self) -> Option<Retired> {
        if self.virt.is_some() && self.virt().guest() {
            return self.guest_interrupt();
        }
        let sr = self.cpu.sr;
        if sr & (SR_TEE | SR_IEE) == 0 || self.cpu.delay_slot || self.config.external_interrupts {
            return None;
        }
        let vector = if sr & SR_TEE != 0 && self.timer.irq() {
            VEC_TICK
        } else if sr & SR_IEE != 0 && {
            self.pic.picsr = self.picsr_live();
            self.pic.irq()
        } {
            VEC_EXTERNAL
        } else {
            return None;
        };
        Some(self.interrupt_entry(vector))
    }

    /// In a guest: a pending host interrupt is a VM exit, whatever the SRs
    /// say; then the guest's own tick when its SR[TEE].
    #[cold]
    #[inline(never)]
    fn guest_interrupt(&mut self) -> Option<Retired> {
        if self.cpu.delay_slot || self.config.external_interrupts {
            return None;
        }
        if let Some(cause) = self.host_interrupt_pending() {
            return Some(self.interrupt_exit(cause));
        }
        if self.cpu.sr & SR_TEE != 0 && self.virt().guest_timer.irq() {
            return Some(self.interrupt_entry(VEC_TICK));
        }
        None
    }

    /// A host interrupt while a guest runs: the VM exit `cause`, as a step
    /// of its own before the instruction at `cpu.pc`.
    fn interrupt_exit(&mut self, cause: u32) -> Retired {
        let pc = self.cpu.pc;
        self.vm_exit(cause, [0; VMEXINFO_COUNT as usize]);
        Retired { pc, sr: self.cpu.sr, flag: self.cpu.flag(), exception: Some(VEC_VMEXIT), interrupt: true, ..Default::default() }
    }

    /// Enters interrupt `vector` before the instruction at `cpu.pc`.
    fn interrupt_entry(&mut self, vector: u32) -> Retired {
        let pc = self.cpu.pc;
        self.enter_exception(crate::cpu::Fault { vector, eear: None });
        Retired {
            pc,
            sr: self.cpu.sr,
            flag: self.cpu.flag(),
            exception: Some(vector),
            interrupt: true,
            ..Default::default()
        }
    }

    /// Takes interrupt `vector` now, as one step, whatever the timer, PIC
    /// and SR say: the lock-step driver copies the RTL's interrupts this way
    /// (with `Config::external_interrupts`). Refused (without changing
    /// anything) after the program ended, for a vector that is not the tick
    /// or external interrupt, and between a branch and its delay slot, where
    /// no interrupt can be taken.
    pub fn force_interrupt(&mut self, vector: u32) -> Result<Retired, Stop> {
        if let Some(code) = self.exited {
            return Err(Stop::Exit(code));
        }
        let guest = self.virt.is_some() && self.virt().guest();
        if vector != VEC_TICK && vector != VEC_EXTERNAL && !(guest && vector == VEC_VMEXIT) {
            return Err(Stop::Error(format!(
                "forced interrupt 0x{vector:x} is neither the tick (0x{VEC_TICK:x}) nor the external (0x{VEC_EXTERNAL:x}) vector, \
                 nor a guest's VM exit (0x{VEC_VMEXIT:x})"
            )));
        }
        if self.cpu.delay_slot {
            return Err(Stop::Error(format!(
                "forced interrupt 0x{vector:x} at 0x{:08x}, a delay slot: interrupts wait until after it",
                self.cpu.pc
            )));
        }
        self.steps += 1;
        if vector == VEC_VMEXIT {
            // a host interrupt while the guest ran: the PIC's if a line is
            // pending, else the tick (the RTL's cause; its timing is not the ISS's)
            self.pic.picsr = self.picsr_live();
            let cause = if self.pic.irq() { EXIT_EXTERNAL } else { EXIT_TICK };
            return Ok(self.interrupt_exit(cause));
        }
        Ok(self.interrupt_entry(vector))
    }

    /// Runs until the program exits, `max_insns` steps were taken, or an error.
    pub fn run(&mut self, max_insns: u64) -> Outcome {
        self.run_with(max_insns, |_| {})
    }

    /// `run`, calling `on_step` with every step's record (tracing).
    pub fn run_with(&mut self, max_insns: u64, mut on_step: impl FnMut(&Retired)) -> Outcome {
        let mut n = 0;
        loop {
            if let Some(code) = self.exited {
                return Outcome::Exit(code);
            }
            if n >= max_insns {
                self.bus.console.flush();
                return Outcome::InsnLimit;
            }
            n += 1;
            match self.step() {
                Ok(r) => on_step(&r),
                Err(Stop::Exit(code)) => return Outcome::Exit(code),
                Err(Stop::Error(m)) => return Outcome::Error(m),
            }
        }
    }
}
