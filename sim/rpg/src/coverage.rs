//! Coverage of a run, from the ISS's (or the RTL's) retirement records:
//! executed mnemonics, exceptions by vector, interrupts, and faults
//! raised inside delay slots.

use or1k_arch::*;
use std::collections::BTreeMap;
use std::fmt;
use vmsp_iss::decode::{decode, AluOp, Cond, Insn, LoadKind};
use vmsp_iss::Retired;

/// Every OR1200 mnemonic the generator emits (l.rfe comes from its handlers).
pub const ALL_MNEMONICS: &[&str] = &[
    "l.j", "l.jal", "l.bnf", "l.bf", "l.jr", "l.jalr", "l.nop", "l.movhi", "l.macrc", "l.sys",
    "l.trap", "l.msync", "l.psync", "l.csync", "l.rfe", "l.maci", "l.mac", "l.msb", "l.lwa",
    "l.swa", "l.lwz", "l.lws", "l.lbz", "l.lbs", "l.lhz", "l.lhs", "l.sw", "l.sh", "l.sb",
    "l.addi", "l.addic", "l.andi", "l.ori", "l.xori", "l.muli", "l.slli", "l.srli", "l.srai",
    "l.rori", "l.mfspr", "l.mtspr", "l.add", "l.addc", "l.sub", "l.and", "l.or", "l.xor", "l.mul",
    "l.mulu", "l.div", "l.divu", "l.sll", "l.srl", "l.sra", "l.ror", "l.exths", "l.extbs",
    "l.exthz", "l.extbz", "l.extws", "l.extwz", "l.cmov", "l.ff1", "l.fl1", "l.sfeq", "l.sfne",
    "l.sfgtu", "l.sfgeu", "l.sfltu", "l.sfleu", "l.sfgts", "l.sfges", "l.sflts", "l.sfles",
    "l.sfeqi", "l.sfnei", "l.sfgtui", "l.sfgeui", "l.sfltui", "l.sfleui", "l.sfgtsi", "l.sfgesi",
    "l.sfltsi", "l.sflesi", "illegal",
];

/// The exception vectors a generated program raises.
pub const EXPECTED_VECTORS: [u32; 7] = [
    VEC_BUS_ERROR,
    VEC_TICK,
    VEC_ALIGN,
    VEC_ILLEGAL,
    VEC_RANGE,
    VEC_SYSCALL,
    VEC_TRAP,
];

fn cond_name(c: Cond, imm: bool) -> &'static str {
    let (r, i) = match c {
        Cond::Eq => ("l.sfeq", "l.sfeqi"),
        Cond::Ne => ("l.sfne", "l.sfnei"),
        Cond::Gtu => ("l.sfgtu", "l.sfgtui"),
        Cond::Geu => ("l.sfgeu", "l.sfgeui"),
        Cond::Ltu => ("l.sfltu", "l.sfltui"),
        Cond::Leu => ("l.sfleu", "l.sfleui"),
        Cond::Gts => ("l.sfgts", "l.sfgtsi"),
        Cond::Ges => ("l.sfges", "l.sfgesi"),
        Cond::Lts => ("l.sflts", "l.sfltsi"),
        Cond::Les => ("l.sfles", "l.sflesi"),
    };
    if imm {
        i
    } else {
        r
    }
}

/// The mnemonic of an instruction word, as the ISS decodes it.
pub fn mnemonic(w: u32) -> &'static str {
    match decode(w) {
        Insn::J { .. } => "l.j",
        Insn::Jal { .. } => "l.jal",
        Insn::Bnf { .. } => "l.bnf",
        Insn::Bf { .. } => "l.bf",
        Insn::Jr { .. } => "l.jr",
        Insn::Jalr { .. } => "l.jalr",
        Insn::Nop { .. } => "l.nop",
        Insn::Movhi { .. } => "l.movhi",
        Insn::Macrc { .. } => "l.macrc",
        Insn::Sys => "l.sys",
        Insn::Trap => "l.trap",
        Insn::Sync => match (w >> INSN_SYS_SHIFT) & 0x3ff {
            SYS_MSYNC => "l.msync",
            SYS_PSYNC => "l.psync",
            _ => "l.csync",
        },
        Insn::Rfe => "l.rfe",
        Insn::Maci { .. } => "l.maci",
        Insn::Mac { .. } => "l.mac",
        Insn::Msb { .. } => "l.msb",
        Insn::Lwa { .. } => "l.lwa",
        Insn::Swa { .. } => "l.swa",
        Insn::Load { kind, .. } => match kind {
            LoadKind::Wz => "l.lwz",
            LoadKind::Ws => "l.lws",
            LoadKind::Bz => "l.lbz",
            LoadKind::Bs => "l.lbs",
            LoadKind::Hz => "l.lhz",
            LoadKind::Hs => "l.lhs",
        },
        Insn::Store { size, .. } => match size {
            4 => "l.sw",
            2 => "l.sh",
            _ => "l.sb",
        },
        Insn::Addi { .. } => "l.addi",
        Insn::Addic { .. } => "l.addic",
        Insn::Andi { .. } => "l.andi",
        Insn::Ori { .. } => "l.ori",
        Insn::Xori { .. } => "l.xori",
        Insn::Muli { .. } => "l.muli",
        Insn::ShiftI { op, .. } => match op as u32 {
            SHIFT_SLL => "l.slli",
            SHIFT_SRL => "l.srli",
            SHIFT_SRA => "l.srai",
            _ => "l.rori",
        },
        Insn::Mfspr { .. } => "l.mfspr",
        Insn::Mtspr { .. } => "l.mtspr",
        Insn::Alu { op, .. } => match op {
            AluOp::Add => "l.add",
            AluOp::Addc => "l.addc",
            AluOp::Sub => "l.sub",
            AluOp::And => "l.and",
            AluOp::Or => "l.or",
            AluOp::Xor => "l.xor",
            AluOp::Mul => "l.mul",
            AluOp::Mulu => "l.mulu",
            AluOp::Div => "l.div",
            AluOp::Divu => "l.divu",
            AluOp::Sll => "l.sll",
            AluOp::Srl => "l.srl",
            AluOp::Sra => "l.sra",
            AluOp::Ror => "l.ror",
            AluOp::Exths => "l.exths",
            AluOp::Extbs => "l.extbs",
            AluOp::Exthz => "l.exthz",
            AluOp::Extbz => "l.extbz",
            AluOp::Extws => "l.extws",
            AluOp::Extwz => "l.extwz",
            AluOp::Cmov => "l.cmov",
            AluOp::Ff1 => "l.ff1",
            AluOp::Fl1 => "l.fl1",
        },
        Insn::Sf { cond, .. } => cond_name(cond, false),
        Insn::Sfi { cond, .. } => cond_name(cond, true),
        Insn::Illegal => "illegal",
    }
}

/// Counters collected over one or more runs.
#[derive(Clone, Debug, Default)]
pub struct Coverage {
    /// executed instructions (faulting ones included) by mnemonic
    pub mnemonics: BTreeMap<&'static str, u64>,
    /// synchronous exceptions by vector
    pub exceptions: BTreeMap<u32, u64>,
    /// interrupts taken, by vector
    pub interrupts: BTreeMap<u32, u64>,
    /// exceptions raised by an instruction in a delay slot, by vector
    pub delay_slot_faults: BTreeMap<u32, u64>,
    /// l.swa that stored / that failed
    pub swa_success: u64,
    pub swa_fail: u64,
    pub steps: u64,
    /// l.mtspr to DCBFR/DCBWR/DCBIR/ICBIR (through r0 | K, as generated)
    pub cache_ops: u64,
    /// OR of the SR after every retired instruction (shows ICE/DCE/DME/IME)
    pub sr_seen: u32,
}

impl Coverage {
    pub fn record(&mut self, r: &Retired) {
        self.steps += 1;
        if r.interrupt {
            if let Some(v) = r.exception {
                *self.interrupts.entry(v).or_default() += 1;
            }
            return;
        }
        let m = mnemonic(r.insn);
        *self.mnemonics.entry(m).or_default() += 1;
        self.sr_seen |= r.sr;
        if m == "l.mtspr" && (r.insn >> INSN_RA_SHIFT) & 31 == 0 {
            let k = ((r.insn >> INSN_RD_SHIFT) & 31) << INSN_SPLIT_HI_SHIFT | (r.insn & INSN_SPLIT_LO_MASK);
            if [SPR_DCBFR, SPR_DCBWR, SPR_DCBIR, SPR_ICBIR].contains(&k) {
                self.cache_ops += 1;
            }
        }
        if let Some(v) = r.exception {
            *self.exceptions.entry(v).or_default() += 1;
            // SR after entry carries DSX when the faulting insn was in a slot
            if r.sr & SR_DSX != 0 {
                *self.delay_slot_faults.entry(v).or_default() += 1;
            }
        } else if m == "l.swa" {
            if r.flag {
                self.swa_success += 1;
            } else {
                self.swa_fail += 1;
            }
        }
    }

    /// Adds another run's counters.
    pub fn merge(&mut self, o: &Coverage) {
        for (k, v) in &o.mnemonics {
            *self.mnemonics.entry(k).or_default() += v;
        }
        for (mine, theirs) in [
            (&mut self.exceptions, &o.exceptions),
            (&mut self.interrupts, &o.interrupts),
            (&mut self.delay_slot_faults, &o.delay_slot_faults),
        ] {
            for (k, v) in theirs {
                *mine.entry(*k).or_default() += v;
            }
        }
        self.swa_success += o.swa_success;
        self.swa_fail += o.swa_fail;
        self.steps += o.steps;
        self.cache_ops += o.cache_ops;
        self.sr_seen |= o.sr_seen;
    }

    /// Everything expected but never seen, as readable items.
    pub fn missing(&self) -> Vec<String> {
        let mut out: Vec<String> = ALL_MNEMONICS
            .iter()
            .filter(|m| !self.mnemonics.contains_key(*m))
            .map(|m| m.to_string())
            .collect();
        for v in EXPECTED_VECTORS {
            let seen = if v == VEC_TICK {
                self.interrupts.get(&v)
            } else {
                self.exceptions.get(&v)
            };
            if seen.is_none() {
                out.push(format!("vector 0x{v:x}"));
            }
        }
        for v in [
            VEC_BUS_ERROR,
            VEC_ALIGN,
            VEC_ILLEGAL,
            VEC_RANGE,
            VEC_SYSCALL,
            VEC_TRAP,
        ] {
            if !self.delay_slot_faults.contains_key(&v) {
                out.push(format!("delay-slot fault 0x{v:x}"));
            }
        }
        if self.swa_success == 0 {
            out.push("successful l.swa".into());
        }
        if self.swa_fail == 0 {
            out.push("failed l.swa".into());
        }
        out
    }
}

impl fmt::Display for Coverage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "steps: {}", self.steps)?;
        writeln!(
            f,
            "mnemonics ({} of {}):",
            self.mnemonics.len(),
            ALL_MNEMONICS.len()
        )?;
        let mut line = String::new();
        for (i, (m, n)) in self.mnemonics.iter().enumerate() {
            line.push_str(&format!("  {m:<9}{n:>9}"));
            if i % 5 == 4 {
                writeln!(f, "{line}")?;
                line.clear();
            }
        }
        if !line.is_empty() {
            writeln!(f, "{line}")?;
        }
        let show = |f: &mut fmt::Formatter<'_>, name: &str, m: &BTreeMap<u32, u64>| {
            let items: Vec<String> = m.iter().map(|(v, n)| format!("0x{v:03x}: {n}")).collect();
            writeln!(f, "{name}: {}", items.join(", "))
        };
        show(f, "exceptions", &self.exceptions)?;
        show(f, "interrupts", &self.interrupts)?;
        show(f, "delay-slot faults", &self.delay_slot_faults)?;
        writeln!(
            f,
            "l.swa: {} stored, {} failed",
            self.swa_success, self.swa_fail
        )
    }
}
