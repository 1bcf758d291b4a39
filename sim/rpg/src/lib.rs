//! Constrained-random OR1K test programs for lock-step checking of the RTL
//! core against the ISS (see docs/RPG.md).
//!
//! [`generate`] turns a seed into a complete ELF executable: random ALU,
//! set-flag, load/store (also through the uncached RAM alias), MAC, SPR,
//! branch/jump/call/loop, exception and timer-interrupt code, optionally
//! with the caches (and cache-control SPRs) and the MMUs on, optionally
//! biased towards pipeline hazards, with a handler at every exception vector. Every
//! program terminates with `l.nop 1` and r3 = 0 within
//! [`Options::max_steps`] steps of the ISS, whatever the random choices, and
//! the same seed always gives the same bytes.

pub mod coverage;
pub mod elf;
pub mod encode;
mod gen;

pub use gen::{GuestLayout, Layout};

use std::fmt;

/// What to generate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// Instruction words of random code (the static size of the program
    /// body; it ends earlier when the step budget runs out).
    pub insns: usize,
    /// Upper bound on ISS steps for the whole run, handlers and
    /// interrupts included: loops and code are generated only while a
    /// worst-case estimate stays within it. With `guest`, for the guest's
    /// run (from its first entry to its halt, the host's VM exits
    /// included); the monitor's calls come on top (`Program::step_bound`).
    pub max_steps: u64,
    /// Turn SR[ICE]/SR[DCE] on at the start and sprinkle DCBFR/DCBWR/DCBIR
    /// on data lines and ICBIR on code lines (and read DCCFGR/ICCFGR).
    pub caches: bool,
    /// Turn SR[DME]/SR[IME] on at the start (after invalidating every TLB
    /// entry), with DTLB/ITLB-miss handlers that reload identity mappings
    /// (TLB_TR_CI for addresses with bit 31 set).
    pub mmu: bool,
    /// Program the tick timer and sometimes set SR[TEE] (tick interrupts).
    pub timer: bool,
    /// Sometimes set SR[OVE], so overflows raise range exceptions.
    pub range: bool,
    /// Also read NPC and PPC with l.mfspr. Off by default: what they return
    /// mid-pipeline is implementation-defined in OR1200.
    pub pc_sprs: bool,
    /// Bias the mix towards the pipeline's hazards: back-to-back load-use,
    /// store then load of the same word (other size; cached and through the
    /// alias), tight backward loops (predicted taken) with busy delay
    /// slots, faults right after a predicted branch, and divisions around
    /// the divider's early-out boundaries. Off: the same bytes as without
    /// the option (docs/RPG.md, "--hazards").
    pub hazards: bool,
    /// Wrap the program as a guest (docs/RPG.md, "--guest"): a generated
    /// host harness at 0x100 creates VM 1 through the security monitor
    /// from a copy of the program's image, launches it and runs it to its
    /// halt with the host's tick timer interrupting it (VM exits at random
    /// points) and its hypercalls (random `l.vmcall`s) answered. Needs the
    /// monitor world (`vmsp-iss --monitor`, `vmsp-sim --monitor`). Off: the
    /// same bytes as without the option.
    pub guest: bool,
    /// With `guest`: how many VMs the harness runs, 1 or 2 (docs/RPG.md,
    /// "--guests 2"). With 2 a second random guest (from a seed derived
    /// from `seed`) runs as VM 2 beside VM 1, each at its own hPAs, the
    /// host switching between them at its VM exits with its own caches on;
    /// `max_steps` bounds both guests' runs together. 1: the bytes of a
    /// generator without the option.
    pub guests: u32,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            insns: 1500,
            max_steps: 200_000,
            caches: false,
            mmu: false,
            timer: true,
            range: true,
            pc_sprs: false,
            hazards: false,
            guest: false,
            guests: 1,
        }
    }
}

/// Largest [`Options::insns`]: the body must fit below the data region.
pub const MAX_INSNS: usize = ((Layout::DATA_BASE - Layout::CODE_BASE) / 4) as usize - 256;
/// Smallest [`Options::max_steps`]: room for the prologue, handlers and epilogue.
pub const MIN_STEPS: u64 = 2_000;

/// Options that cannot be honoured.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OptionsError(pub String);

impl fmt::Display for OptionsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid generator options: {}", self.0)
    }
}

impl std::error::Error for OptionsError {}

impl Options {
    pub fn validate(&self) -> Result<(), OptionsError> {
        if self.insns == 0 || self.insns > MAX_INSNS {
            return Err(OptionsError(format!(
                "insns = {} must be in 1..={MAX_INSNS}",
                self.insns
            )));
        }
        if self.max_steps < MIN_STEPS {
            return Err(OptionsError(format!(
                "max_steps = {} must be at least {MIN_STEPS}",
                self.max_steps
            )));
        }
        if self.guests != 1 && self.guests != 2 {
            return Err(OptionsError(format!("guests = {} must be 1 or 2", self.guests)));
        }
        if self.guests == 2 && !self.guest {
            return Err(OptionsError("guests = 2 needs guest".into()));
        }
        if self.guests == 2 && self.insns > gen::MAX_INSNS_TWO_GUESTS {
            return Err(OptionsError(format!(
                "insns = {} must be at most {} with two guests (both images' copies must fit the harness's map)",
                self.insns,
                gen::MAX_INSNS_TWO_GUESTS
            )));
        }
        if self.guest {
            let need = gen::guest_min_steps(self);
            if self.max_steps < need {
                return Err(OptionsError(format!(
                    "max_steps = {} must be at least {need} with guest (the host's VM exits are part of the run)",
                    self.max_steps
                )));
            }
        }
        Ok(())
    }
}

/// A generated program and facts about it.
#[derive(Clone, Debug)]
pub struct Program {
    /// The ELF executable (entry 0x100).
    pub elf: Vec<u8>,
    /// Words of random body code generated (with two guests: both bodies').
    pub body_words: usize,
    /// Worst-case ISS steps of the whole run: ≤ `max_steps`, except with
    /// `guest`, where the monitor's calls (create, add page, launch,
    /// measurement, destroy) and the harness's straight-line code come on
    /// top of the guest's run's `max_steps`.
    pub step_bound: u64,
}

/// Generates the program for `seed`, or says why the options are invalid.
pub fn try_generate(seed: u64, opts: &Options) -> Result<Program, OptionsError> {
    opts.validate()?;
    Ok(gen::generate(seed, opts))
}

/// The ELF executable for `seed`.
///
/// # Panics
/// On invalid options (see [`Options::validate`]).
pub fn generate(seed: u64, opts: &Options) -> Vec<u8> {
    match try_generate(seed, opts) {
        Ok(p) => p.elf,
        Err(e) => panic!("{e}"),
    }
}
