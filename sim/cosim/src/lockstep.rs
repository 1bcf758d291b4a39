//! Lock-step co-simulation: every RTL retirement record is checked against
//! the ISS (`vmsp_iss::Machine`) stepping the same program.
//!
//! Compared: the whole `Retired` record (pc, insn, rd, sr, flag, mem_write,
//! exception, interrupt). Copied from the RTL into the ISS, never compared,
//! because they depend on cycle timing, which the ISS does not model:
//! - interrupts: the ISS runs with `Config::external_interrupts` and takes
//!   an interrupt exactly where the RTL reports one (`force_interrupt`);
//! - the value an `l.mfspr` reads from TTMR, TTCR or PICSR: the RTL's
//!   `rd` value is written into the ISS's GPR after the ISS's step.
//! The ISS has MMUs (`Config::mmu`) exactly when the RTL's UPR lists
//! DMMU and IMMU, and an I-cache/D-cache of the geometry ICCFGR/DCCFGR
//! report exactly when UPR lists ICP/DCP ([`rtl_config`] asks the
//! verilated core once per process).

use or1k_arch::*;
use std::fmt;
use std::sync::OnceLock;
use verilator_sys::{Retired, Soc};
use vmsp_iss::{CacheGeometry, Config, ConsoleSink, Image, Machine, SecureConfig, Stop};

/// The SPRs whose `l.mfspr` value is copied from the RTL.
pub const COPIED_SPRS: [u32; 3] = [SPR_TTMR, SPR_TTCR, SPR_PICSR];

/// Secure-unit registers whose load value is copied from the RTL: the
/// engines' busy and ready bits follow the RTL's timing (the ISS's engines
/// finish at once), like the timer's count.
pub const COPIED_SU_REGS: [u32; 4] = [SU_SHA_STATUS, SU_TRNG_STATUS, SU_KEY_STATUS, SU_ECC_STATUS];

/// The ISS side of a lock-step run.
pub struct LockStep {
    pub iss: Machine,
    compared: u64,
    copied: u64,
}

/// The first disagreement: both records and the ISS's state after its step.
#[derive(Clone, Debug)]
pub struct Mismatch {
    /// index of the RTL record (0 = the first retirement)
    pub index: u64,
    pub rtl: Retired,
    /// the ISS's record, or why it produced none
    pub iss: Result<Retired, String>,
    /// ISS GPRs after its step
    pub gpr: [u32; 32],
    pub iss_pc: u32,
}

impl fmt::Display for Mismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "lock-step mismatch at record {}", self.index)?;
        writeln!(f, "  RTL: {}", self.rtl)?;
        match &self.iss {
            Ok(r) => {
                writeln!(f, "  ISS: {r}")?;
                writeln!(f, "  differs in: {}", differences(&self.rtl, r).join(", "))?;
            }
            Err(e) => writeln!(f, "  ISS: no record: {e}")?,
        }
        writeln!(f, "  ISS registers after its step (next pc 0x{:08x}):", self.iss_pc)?;
        for row in 0..8 {
            write!(f, "   ")?;
            for i in row * 4..row * 4 + 4 {
                write!(f, " r{i:<2}={:08x}", self.gpr[i])?;
            }
            writeln!(f)?;
        }
        Ok(())
    }
}

/// Names of the fields in which two records differ.
pub fn differences(a: &Retired, b: &Retired) -> Vec<&'static str> {
    let mut d = Vec::new();
    if a.pc != b.pc {
        d.push("pc");
    }
    if a.insn != b.insn {
        d.push("insn");
    }
    if a.rd != b.rd {
        d.push("rd");
    }
    if a.sr != b.sr {
        d.push("sr");
    }
    if a.flag != b.flag {
        d.push("flag");
    }
    if a.mem_write != b.mem_write {
        d.push("mem_write");
    }
    if a.exception != b.exception {
        d.push("exception");
    }
    if a.interrupt != b.interrupt {
        d.push("interrupt");
    }
    d
}

/// The configuration registers of the verilated core.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RtlConfig {
    pub upr: u32,
    pub iccfgr: u32,
    pub dccfgr: u32,
    /// The SoC has the monitor world (reset entered its ROM).
    pub monitor: bool,
}

/// The SPRs [`rtl_config`] reads, into r3, r4, r5.
const PROBED: [u32; 3] = [SPR_UPR, SPR_ICCFGR, SPR_DCCFGR];

/// The verilated core's UPR, ICCFGR and DCCFGR, read once by running
/// `l.mfspr r3/r4/r5, r0, UPR/ICCFGR/DCCFGR; l.nop 1` on a fresh SoC: the
/// ISS is configured like the RTL (MMUs, caches) without a second source
/// of truth.
pub fn rtl_config() -> Result<RtlConfig, String> {
    static CONFIG: OnceLock<Result<RtlConfig, String>> = OnceLock::new();
    CONFIG
        .get_or_init(|| {
            let mfspr = |d: u32, spr: u32| (OP_MFSPR << INSN_OPCODE_SHIFT) | (d << 21) | spr;
            let mut prog: Vec<u32> = PROBED.iter().zip(3..).map(|(&spr, d)| mfspr(d, spr)).collect();
            prog.push(NOP_INSN | NOP_EXIT);
            let mut soc = Soc::new();
            // a monitor that starts the host at once (ignored by a SoC
            // without the monitor world)
            let mut rom = vec![0u32; (VEC_RESET / 4 + 1) as usize];
            rom[(VEC_RESET / 4) as usize] = OP_RFE << INSN_OPCODE_SHIFT;
            soc.load_rom(&rom).map_err(|e| e.to_string())?;
            soc.load_words(VEC_RESET, &prog).map_err(|e| e.to_string())?;
            let mut values = Vec::new();
            let mut monitor = false;
            for _ in 0..10_000 {
                if let Some(r) = soc.step().retired {
                    if r.pc == SM_ROM_BASE + VEC_RESET && values.is_empty() && !monitor {
                        monitor = true;
                        continue;
                    }
                    let d = 3 + values.len() as u8;
                    match r.rd {
                        Some((rd, v)) if rd == d && r.insn == prog[values.len()] && r.exception.is_none() => values.push(v),
                        _ => return Err(format!("probing the RTL's configuration registers: unexpected retirement {r}")),
                    }
                    if values.len() == PROBED.len() {
                        return Ok(RtlConfig { upr: values[0], iccfgr: values[1], dccfgr: values[2], monitor });
                    }
                }
            }
            Err("probing the RTL's configuration registers: no retirement within 10,000 cycles".into())
        })
        .clone()
}

/// The verilated core's UPR (see [`rtl_config`]).
pub fn rtl_upr() -> Result<u32, String> {
    rtl_config().map(|c| c.upr)
}

impl RtlConfig {
    /// The ISS configuration (MMUs, caches) matching these registers;
    /// refuses what the ISS cannot model.
    pub fn iss_units(&self) -> Result<(bool, Option<CacheGeometry>, Option<CacheGeometry>), String> {
        let upr = self.upr;
        let mmu = match upr & (UPR_DMP | UPR_IMP) {
            0 => false,
            m if m == UPR_DMP | UPR_IMP => true,
            _ => return Err(format!("the RTL's UPR 0x{upr:08x} has only one of DMMU/IMMU, which the ISS cannot model")),
        };
        let cache = |present: bool, ccfgr: u32, data: bool| -> Result<Option<CacheGeometry>, String> {
            let name = if data { "DCCFGR" } else { "ICCFGR" };
            match (present, ccfgr) {
                (false, 0) => Ok(None),
                (false, v) => Err(format!("the RTL's UPR 0x{upr:08x} lists no such cache but {name} reads 0x{v:08x}")),
                (true, v) => CacheGeometry::from_ccfgr(v, data).map(Some).map_err(|e| format!("the RTL's {e}")),
            }
        };
        let icache = cache(upr & UPR_ICP != 0, self.iccfgr, false)?;
        let dcache = cache(upr & UPR_DCP != 0, self.dccfgr, true)?;
        Ok((mmu, icache, dcache))
    }
}

impl LockStep {
    /// An ISS for the RTL SoC (`ram_size` bytes of RAM, MMUs and caches as
    /// the RTL's configuration registers say, external interrupts) loaded
    /// with `image`; console output is buffered.
    pub fn new(image: &Image, ram_size: u32) -> Result<LockStep, String> {
        Self::with_monitor(image, ram_size, None)
    }

    /// `new`, with the monitor world when `secure` (the SoC must have it:
    /// `vmsp_soc_monitor.v`, its ROM loaded from the same image).
    pub fn with_monitor(image: &Image, ram_size: u32, secure: Option<SecureConfig>) -> Result<LockStep, String> {
        let rtl = rtl_config()?;
        match (rtl.monitor, secure.is_some()) {
            (true, false) => {
                return Err("this RTL model has the monitor world (reset enters its ROM): give it the monitor's ELF (--monitor)".into())
            }
            (false, true) => {
                return Err("this RTL model has no monitor world: build it from rtl/soc/vmsp_soc_monitor.v \
                     (VMSP_SOC_VERILOG, docs/SIM.md) to run with --monitor"
                    .into())
            }
            _ => {}
        }
        let (mmu, icache, dcache) = rtl.iss_units()?;
        let mut iss = Machine::new(Config {
            ram_size,
            console: ConsoleSink::Buffer,
            external_interrupts: true,
            mmu,
            icache,
            dcache,
            // the monitor SoC has the memory-encryption engine (docs/MEE.md)
            mee: rtl.monitor,
            secure,
            ..Config::default()
        });
        iss.load_image(image).map_err(|e| e.to_string())?;
        Ok(LockStep { iss, compared: 0, copied: 0 })
    }

    /// Records compared so far.
    pub fn compared(&self) -> u64 {
        self.compared
    }

    /// `l.mfspr` values copied from the RTL so far.
    pub fn copied(&self) -> u64 {
        self.copied
    }

    /// Line fetches of the ISS's D-cache model so far (None without one).
    pub fn dcache_misses(&self) -> Option<u64> {
        self.iss.dcache().map(|c| c.misses)
    }

    /// The ISS's exit code once its program has ended.
    pub fn exit_code(&self) -> Option<u32> {
        self.iss.exit_code()
    }

    /// Steps the ISS once (or forces the RTL's interrupt) and compares.
    pub fn check(&mut self, rtl: &Retired) -> Result<(), Box<Mismatch>> {
        // The SPR an l.mfspr reads, computed before the step may overwrite rA.
        let mfspr = (!rtl.interrupt && rtl.insn >> INSN_OPCODE_SHIFT == OP_MFSPR).then(|| {
            let a = ((rtl.insn >> 16) & 31) as usize;
            self.iss.cpu.gpr[a] | (rtl.insn & 0xffff)
        });
        // A load from a secure-unit status register (address from rA + imm
        // before the step), likewise.
        let su_load = (!rtl.interrupt && rtl.insn >> INSN_OPCODE_SHIFT == OP_LWZ && self.iss.virt.is_some()).then(|| {
            let a = ((rtl.insn >> 16) & 31) as usize;
            self.iss.cpu.gpr[a].wrapping_add(rtl.insn as u16 as i16 as i32 as u32)
        });
        let step = if rtl.interrupt {
            self.iss.force_interrupt(rtl.exception.unwrap_or(0))
        } else {
            self.iss.step()
        };
        let index = self.compared;
        let mismatch = |ls: &LockStep, iss: Result<Retired, String>| {
            Box::new(Mismatch { index, rtl: *rtl, iss, gpr: ls.iss.cpu.gpr, iss_pc: ls.iss.cpu.pc })
        };
        let mut r = match step {
            Ok(r) => r,
            Err(Stop::Exit(code)) => {
                return Err(mismatch(self, Err(format!("the ISS's program had already exited with code {code}"))))
            }
            Err(Stop::Error(e)) => return Err(mismatch(self, Err(e))),
        };
        if let (Some(spr), Some((d, v)), Some((id, _)), None) = (mfspr, rtl.rd, r.rd, r.exception) {
            if COPIED_SPRS.contains(&spr) && d == id {
                self.iss.cpu.gpr[d as usize & 31] = v;
                r.rd = Some((d, v));
                self.copied += 1;
            }
        }
        if let (Some(ea), Some((d, v)), Some((id, _)), None) = (su_load, rtl.rd, r.rd, r.exception) {
            if COPIED_SU_REGS.iter().any(|&o| ea == SU_BASE + o) && d == id {
                self.iss.cpu.gpr[d as usize & 31] = v;
                r.rd = Some((d, v));
                self.copied += 1;
            }
        }
        if r != *rtl {
            return Err(mismatch(self, Ok(r)));
        }
        self.compared += 1;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iss_units_follow_the_configuration_registers() {
        let plain = RtlConfig { upr: UPR_VALUE & !(UPR_DMP | UPR_IMP), iccfgr: 0, dccfgr: 0, monitor: false };
        assert_eq!(plain.iss_units(), Ok((false, None, None)));
        let full = RtlConfig { upr: UPR_VALUE | UPR_ICP | UPR_DCP, iccfgr: ICCFGR_VALUE, dccfgr: DCCFGR_VALUE, monitor: false };
        assert_eq!(
            full.iss_units(),
            Ok((true, Some(CacheGeometry::VMSP_ICACHE), Some(CacheGeometry::VMSP_DCACHE)))
        );
        let dc_only = RtlConfig { upr: UPR_VALUE | UPR_DCP, iccfgr: 0, dccfgr: DCCFGR_VALUE, monitor: false };
        assert_eq!(dc_only.iss_units(), Ok((true, None, Some(CacheGeometry::VMSP_DCACHE))));
        let small = RtlConfig { upr: UPR_VALUE | UPR_ICP, iccfgr: 4 << CCFGR_NCS_SHIFT, dccfgr: 0, monitor: false };
        assert_eq!(small.iss_units(), Ok((true, Some(CacheGeometry { sets_log2: 4 }), None)));
        // what the ISS cannot model, or inconsistent registers: refused
        let e = |c: RtlConfig| c.iss_units().unwrap_err();
        assert!(e(RtlConfig { upr: UPR_VALUE & !UPR_IMP, ..plain }).contains("only one of DMMU/IMMU"));
        assert!(e(RtlConfig { dccfgr: DCCFGR_VALUE | 1, ..full }).contains("2 ways"));
        assert!(e(RtlConfig { dccfgr: DCCFGR_VALUE & !CCFGR_CWS, ..full }).contains("write-through"));
        assert!(e(RtlConfig { iccfgr: ICCFGR_VALUE, ..plain }).contains("ICCFGR reads"));
    }
}
