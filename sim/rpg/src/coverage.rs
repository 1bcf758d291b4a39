//! Coverage of a run, from the ISS's (or the RTL's) retirement records:
//! executed mnemonics, exceptions by vector, interrupts, faults raised
//! inside delay slots, the pipeline-hazard patterns of
//! `Options::hazards` ([`Hazards`]), and with `Options::guest` the VM
//! entries and the VM exits by cause.

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
        Insn::Smc => "l.smc",
        Insn::Vmcall => "l.vmcall",
        Insn::Vmenter { .. } => "l.vmenter",
        Insn::Illegal => "illegal",
    }
}

/// The name of a VM exit cause (EXIT_*).
pub fn exit_cause_name(cause: u32) -> &'static str {
    match cause {
        EXIT_TICK => "tick",
        EXIT_EXTERNAL => "external",
        EXIT_VMCALL => "vmcall",
        EXIT_REGION => "region",
        EXIT_HALT => "halt",
        EXIT_FAULT => "fault",
        _ => "unknown",
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
    /// pipeline-hazard patterns in the record stream
    pub hazards: Hazards,
    /// VM exits by cause (EXIT_*), as the host reads them: each
    /// `l.mfspr rD, r0, SPR_VMEXIT` that retired counts its value's cause
    pub vm_exits: BTreeMap<u32, u64>,
    /// VM exits by the VMID SPR_VMEXIT names, and the exits whose VMID
    /// differs from the previous exit's (a VM switch in between)
    pub vm_exits_by_vmid: BTreeMap<u32, u64>,
    pub vm_switches: u64,
    /// l.vmenter that entered its VM / that the hardware refused
    pub vm_entries: u64,
    pub vm_refused: u64,
    /// what the records before this one were (for `hazards`)
    track: Track,
    /// the VMID of the last VM exit (for `vm_switches`)
    last_exit_vmid: Option<u32>,
}

/// Pipeline-hazard patterns seen in the retirement stream: what the
/// `hazards` option aims at (the default mix has them too, far rarer).
/// "Then" means the very next record, with no exception or interrupt in
/// between.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Hazards {
    /// a load, then an instruction reading its rD as operand A, as operand
    /// B, as a store's data, as a load's or store's base
    pub load_use_a: u64,
    pub load_use_b: u64,
    pub load_use_store_data: u64,
    pub load_use_base: u64,
    /// a store, then a load of the same word with 0, 1 or 2 instructions
    /// between; of those, of another size, and with either access through
    /// the uncached alias
    pub store_load: [u64; 3],
    pub store_load_mixed: u64,
    pub store_load_alias: u64,
    /// a backward l.bf/l.bnf (predicted taken) with a load or store, or an
    /// ALU op or set-flag, in its delay slot
    pub back_slot_mem: u64,
    pub back_slot_alu: u64,
    /// l.sf* reading rX, then l.bf/l.bnf, whose slot writes rX; whose slot
    /// is a set-flag
    pub slot_writes_cmp: u64,
    pub slot_sets_flag: u64,
    /// a jump or branch in a delay slot (the generator emits none: undefined)
    pub branch_in_slot: u64,
    /// load/store exceptions (by vector) in the delay slot of a predicted
    /// branch (l.j, l.jal, backward l.bf/l.bnf), and as the first
    /// instruction at the target of a taken one
    pub pred_slot_fault: BTreeMap<u32, u64>,
    pub pred_target_fault: BTreeMap<u32, u64>,
    /// l.div/l.divu by the dividend's magnitude as the divider sees it (|x|
    /// for l.div): < 2^8, < 2^16, < 2^24, ≥ 2^24
    pub div_dividend: [u64; 4],
    /// l.div of a negative dividend of magnitude < 2^16; of 0x80000000
    /// (either form)
    pub div_neg_small: u64,
    pub div_min: u64,
    /// divisors 1, -1 (0xffffffff), 0, and ≥ 2^24 in magnitude
    pub div_by_one: u64,
    pub div_by_minus_one: u64,
    pub div_by_zero: u64,
    pub div_by_large: u64,
}

/// One earlier record, as `Hazards` needs it.
#[derive(Clone, Copy, Debug)]
struct Past {
    pc: u32,
    insn: Insn,
    /// it raised an exception
    faulted: bool,
    /// it was in a delay slot
    slot: bool,
}

/// Record history and a shadow register file (from the records' rD
/// writes), so effective addresses and divider operands are known.
#[derive(Clone, Debug, Default)]
struct Track {
    regs: [u32; 32],
    /// a guest's registers while the host runs (saved at its VM exit), and
    /// whether that exit was a hypercall (the entry then puts rB in r11)
    guest_regs: [u32; 32],
    guest_hypercall: bool,
    /// the last three records, newest first; `None` for an interrupt
    past: [Option<Past>; 3],
    /// the stores of the last three records: (word address with the alias
    /// bit cleared, size, through the alias)
    stores: [Option<(u32, u8, bool)>; 3],
}


/// The registers an instruction reads: operand A, operand B, and for
/// loads and stores the base (in A) and a store's data (in B).
struct Reads {
    a: Option<u8>,
    b: Option<u8>,
    mem: bool,
}

fn reads(i: Insn) -> Reads {
    let (a, b, mem) = match i {
        Insn::Jr { b } | Insn::Jalr { b } => (None, Some(b), false),
        Insn::Maci { a, .. }
        | Insn::Addi { a, .. }
        | Insn::Addic { a, .. }
        | Insn::Andi { a, .. }
        | Insn::Ori { a, .. }
        | Insn::Xori { a, .. }
        | Insn::Muli { a, .. }
        | Insn::ShiftI { a, .. }
        | Insn::Mfspr { a, .. }
        | Insn::Sfi { a, .. } => (Some(a), None, false),
        Insn::Mac { a, b } | Insn::Msb { a, b } | Insn::Mtspr { a, b, .. } | Insn::Alu { a, b, .. } | Insn::Sf { a, b, .. } => {
            (Some(a), Some(b), false)
        }
        Insn::Lwa { a, .. } | Insn::Load { a, .. } => (Some(a), None, true),
        Insn::Swa { a, b, .. } | Insn::Store { a, b, .. } => (Some(a), Some(b), true),
        _ => (None, None, false),
    };
    Reads { a, b, mem }
}

fn is_branch(i: Insn) -> bool {
    matches!(i, Insn::J { .. } | Insn::Jal { .. } | Insn::Bf { .. } | Insn::Bnf { .. } | Insn::Jr { .. } | Insn::Jalr { .. })
}

/// The target of a branch the core predicts taken (l.j, l.jal, backward
/// l.bf/l.bnf; not in a delay slot).
fn predicted(p: &Past) -> Option<u32> {
    if p.faulted || p.slot {
        return None;
    }
    match p.insn {
        Insn::J { off } | Insn::Jal { off } => Some(p.pc.wrapping_add(off as u32)),
        Insn::Bf { off } | Insn::Bnf { off } if off < 0 => Some(p.pc.wrapping_add(off as u32)),
        _ => None,
    }
}

impl Track {
    /// Counts the patterns `r` completes, then remembers it.
    fn record(&mut self, r: &Retired, h: &mut Hazards) {
        // A VM exit clears every GPR (the guest's are kept for its next
        // entry); an entry brings the guest's back.
        if r.exception == Some(VEC_VMEXIT) {
            self.guest_regs = self.regs;
            self.guest_hypercall = !r.interrupt && decode(r.insn) == Insn::Vmcall;
            self.regs = [0; 32];
        }
        if r.interrupt {
            self.past = [None, self.past[0], self.past[1]];
            self.stores = [None; 3];
            return;
        }
        let insn = decode(r.insn);
        if let Insn::Vmenter { b, .. } = insn {
            if r.exception.is_none() && r.rd.is_none() {
                let answer = self.regs[b as usize];
                self.regs = self.guest_regs;
                if self.guest_hypercall {
                    self.regs[11] = answer;
                }
                self.past = [None; 3];
                self.stores = [None; 3];
                return;
            }
        }
        let faulted = r.exception.is_some();
        let prev = self.past[0].filter(|p| !p.faulted);
        let slot = prev.is_some_and(|p| is_branch(p.insn));
        let rd = reads(insn);
        let ea = |base: u8, i: i32| self.regs[base as usize].wrapping_add(i as u32);
        // 1. load-use
        if let Some(Past { insn: Insn::Load { d, .. } | Insn::Lwa { d, .. }, .. }) = prev {
            if d != 0 {
                match (rd.a == Some(d), rd.b == Some(d), rd.mem) {
                    (true, _, true) => h.load_use_base += 1,
                    (true, _, false) => h.load_use_a += 1,
                    _ => {}
                }
                match (rd.b == Some(d), rd.mem) {
                    (true, true) => h.load_use_store_data += 1,
                    (true, false) => h.load_use_b += 1,
                    _ => {}
                }
            }
        }
        // 2. store then load of the same word
        let mut store = None;
        match insn {
            Insn::Load { kind, a, i, .. } if !faulted => {
                let (addr, size) = (ea(a, i), kind.size() as u8);
                let word = addr & !3 & !RAM_UNCACHED_ALIAS;
                let alias = addr & RAM_UNCACHED_ALIAS != 0;
                if let Some((dist, &Some((_, s, sa)))) =
                    self.stores.iter().enumerate().find(|(_, st)| st.is_some_and(|st| st.0 == word))
                {
                    h.store_load[dist] += 1;
                    h.store_load_mixed += (s != size) as u64;
                    h.store_load_alias += (sa || alias) as u64;
                }
            }
            Insn::Store { size, a, i, .. } if !faulted => {
                let addr = ea(a, i);
                store = Some((addr & !3 & !RAM_UNCACHED_ALIAS, size, addr & RAM_UNCACHED_ALIAS != 0));
            }
            _ => {}
        }
        // 3. what delay slots hold
        if let Some(p) = prev.filter(|_| slot) {
            if is_branch(insn) {
                h.branch_in_slot += 1;
            }
            if matches!(p.insn, Insn::Bf { off } | Insn::Bnf { off } if off < 0) && !p.slot && !faulted {
                if rd.mem {
                    h.back_slot_mem += 1;
                } else if matches!(
                    insn,
                    Insn::Alu { .. }
                        | Insn::Addi { .. }
                        | Insn::Addic { .. }
                        | Insn::Andi { .. }
                        | Insn::Ori { .. }
                        | Insn::Xori { .. }
                        | Insn::Muli { .. }
                        | Insn::ShiftI { .. }
                        | Insn::Movhi { .. }
                        | Insn::Sf { .. }
                        | Insn::Sfi { .. }
                ) {
                    h.back_slot_alu += 1;
                }
            }
            if matches!(p.insn, Insn::Bf { .. } | Insn::Bnf { .. }) {
                if matches!(insn, Insn::Sf { .. } | Insn::Sfi { .. }) {
                    h.slot_sets_flag += 1;
                }
                if let (Some((w, _)), Some(c)) = (r.rd, self.past[1].filter(|c| !c.faulted)) {
                    if matches!(c.insn, Insn::Sf { .. } | Insn::Sfi { .. }) {
                        let cr = reads(c.insn);
                        if cr.a == Some(w) || cr.b == Some(w) {
                            h.slot_writes_cmp += 1;
                        }
                    }
                }
            }
        }
        // 4. a load/store fault right after a predicted branch
        if let Some(v) = r.exception.filter(|_| rd.mem) {
            if slot {
                if prev.as_ref().and_then(predicted).is_some() {
                    *h.pred_slot_fault.entry(v).or_default() += 1;
                }
            } else if let (Some(s), Some(b)) = (prev, self.past[1]) {
                if s.slot && predicted(&b) == Some(r.pc) {
                    *h.pred_target_fault.entry(v).or_default() += 1;
                }
            }
        }
        // 5. division operands
        if let Insn::Alu { op: op @ (AluOp::Div | AluOp::Divu), a, b, .. } = insn {
            let (x, y) = (self.regs[a as usize], self.regs[b as usize]);
            let mag = if op == AluOp::Div { (x as i32).unsigned_abs() } else { x };
            h.div_dividend[match mag {
                0..=0xff => 0,
                0x100..=0xffff => 1,
                0x1_0000..=0xff_ffff => 2,
                _ => 3,
            }] += 1;
            h.div_neg_small += (op == AluOp::Div && (x as i32) < 0 && mag < 0x1_0000) as u64;
            h.div_min += (x == 0x8000_0000) as u64;
            h.div_by_one += (y == 1) as u64;
            h.div_by_minus_one += (y == u32::MAX) as u64;
            h.div_by_zero += (y == 0) as u64;
            let ymag = if op == AluOp::Div { (y as i32).unsigned_abs() } else { y };
            h.div_by_large += (ymag >= 0x100_0000) as u64;
        }
        // remember
        if let Some((d, v)) = r.rd {
            self.regs[d as usize & 31] = v;
        }
        if let Insn::Mtspr { a, b, k } = insn {
            // the GPR window writes a register without an rD in the record
            let spr = self.regs[a as usize] | k;
            if !faulted && (SPR_GPR0 + 1..SPR_GPR0 + 32).contains(&spr) {
                self.regs[(spr - SPR_GPR0) as usize] = self.regs[b as usize];
            }
        }
        self.regs[0] = 0;
        let me = Past { pc: r.pc, insn, faulted, slot };
        self.past = [Some(me), self.past[0], self.past[1]];
        self.stores = if faulted { [None; 3] } else { [store, self.stores[0], self.stores[1]] };
    }
}

impl Coverage {
    pub fn record(&mut self, r: &Retired) {
        self.track.record(r, &mut self.hazards);
        self.steps += 1;
        if r.interrupt {
            if let Some(v) = r.exception {
                *self.interrupts.entry(v).or_default() += 1;
            }
            return;
        }
        let m = mnemonic(r.insn);
        *self.mnemonics.entry(m).or_default() += 1;
        match (decode(r.insn), r.exception, r.rd) {
            (Insn::Mfspr { a: 0, k: SPR_VMEXIT, .. }, None, Some((_, v))) => {
                *self.vm_exits.entry(v & 0xff).or_default() += 1;
                let vmid = (v >> VMEXIT_VMID_SHIFT) & 0xff;
                *self.vm_exits_by_vmid.entry(vmid).or_default() += 1;
                if self.last_exit_vmid.is_some_and(|l| l != vmid) {
                    self.vm_switches += 1;
                }
                self.last_exit_vmid = Some(vmid);
            }
            (Insn::Vmenter { .. }, None, None) => self.vm_entries += 1,
            (Insn::Vmenter { .. }, None, Some(_)) => self.vm_refused += 1,
            _ => {}
        }
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
            (&mut self.vm_exits, &o.vm_exits),
            (&mut self.vm_exits_by_vmid, &o.vm_exits_by_vmid),
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
        self.vm_entries += o.vm_entries;
        self.vm_refused += o.vm_refused;
        self.vm_switches += o.vm_switches;
        self.hazards.merge(&o.hazards);
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

impl Hazards {
    pub fn merge(&mut self, o: &Hazards) {
        for (mine, theirs) in [
            (&mut self.load_use_a, o.load_use_a),
            (&mut self.load_use_b, o.load_use_b),
            (&mut self.load_use_store_data, o.load_use_store_data),
            (&mut self.load_use_base, o.load_use_base),
            (&mut self.store_load_mixed, o.store_load_mixed),
            (&mut self.store_load_alias, o.store_load_alias),
            (&mut self.back_slot_mem, o.back_slot_mem),
            (&mut self.back_slot_alu, o.back_slot_alu),
            (&mut self.slot_writes_cmp, o.slot_writes_cmp),
            (&mut self.slot_sets_flag, o.slot_sets_flag),
            (&mut self.branch_in_slot, o.branch_in_slot),
            (&mut self.div_neg_small, o.div_neg_small),
            (&mut self.div_min, o.div_min),
            (&mut self.div_by_one, o.div_by_one),
            (&mut self.div_by_minus_one, o.div_by_minus_one),
            (&mut self.div_by_zero, o.div_by_zero),
            (&mut self.div_by_large, o.div_by_large),
        ] {
            *mine += theirs;
        }
        for (mine, theirs) in self.store_load.iter_mut().zip(o.store_load) {
            *mine += theirs;
        }
        for (mine, theirs) in self.div_dividend.iter_mut().zip(o.div_dividend) {
            *mine += theirs;
        }
        for (mine, theirs) in [
            (&mut self.pred_slot_fault, &o.pred_slot_fault),
            (&mut self.pred_target_fault, &o.pred_target_fault),
        ] {
            for (k, v) in theirs {
                *mine.entry(*k).or_default() += v;
            }
        }
    }
}

impl fmt::Display for Hazards {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let vecs = |m: &BTreeMap<u32, u64>| {
            let items: Vec<String> = m.iter().map(|(v, n)| format!("0x{v:03x}: {n}")).collect();
            format!("{{{}}}", items.join(", "))
        };
        writeln!(
            f,
            "load-use: A {}, B {}, store data {}, base {}",
            self.load_use_a, self.load_use_b, self.load_use_store_data, self.load_use_base
        )?;
        writeln!(
            f,
            "store->load same word: distance 0/1/2 {:?}, other size {}, via alias {}",
            self.store_load, self.store_load_mixed, self.store_load_alias
        )?;
        writeln!(
            f,
            "backward-branch slots: memory {}, ALU/set-flag {}; slot writes compared register {}, slot sets flag {}; branch in slot {}",
            self.back_slot_mem, self.back_slot_alu, self.slot_writes_cmp, self.slot_sets_flag, self.branch_in_slot
        )?;
        writeln!(
            f,
            "faults after a predicted branch: in its slot {}, at its target {}",
            vecs(&self.pred_slot_fault),
            vecs(&self.pred_target_fault)
        )?;
        writeln!(
            f,
            "divisions: dividend <2^8/<2^16/<2^24/more {:?}, negative small {}, 0x80000000 {}; by 1 {}, by -1 {}, by 0 {}, by large {}",
            self.div_dividend,
            self.div_neg_small,
            self.div_min,
            self.div_by_one,
            self.div_by_minus_one,
            self.div_by_zero,
            self.div_by_large
        )
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
        )?;
        if self.vm_entries + self.vm_refused > 0 || !self.vm_exits.is_empty() {
            let exits: Vec<String> =
                self.vm_exits.iter().map(|(c, n)| format!("{} {n}", exit_cause_name(*c))).collect();
            writeln!(
                f,
                "VM entries: {}, refused {}; VM exits: {}",
                self.vm_entries,
                self.vm_refused,
                exits.join(", ")
            )?;
            if self.vm_exits_by_vmid.len() > 1 {
                let vms: Vec<String> = self.vm_exits_by_vmid.iter().map(|(v, n)| format!("VM {v} {n}")).collect();
                writeln!(f, "VM exits by VM: {}; VM switches: {}", vms.join(", "), self.vm_switches)?;
            }
        }
        write!(f, "{}", self.hazards)
    }
}
