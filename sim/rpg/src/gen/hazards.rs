//! The groups of `Options::hazards` (docs/RPG.md, "--hazards"): short code
//! aimed at what the pipeline resolves by forwarding, prediction or
//! ordering instead of by waiting — a load's result used by the very next
//! instruction (forwarded from MEM after one bubble), a store then a load
//! of the same word (the D-cache writes a hit in one cycle), tight backward
//! loops (l.bf/l.bnf predicted taken, the last iteration redirected from
//! EX), a fault right after a predicted branch (the predicted path must be
//! squashed), and divisions whose dividend sits at the early-out
//! boundaries of the radix-4 divider.
//!
//! No branch is ever placed in a delay slot: the architecture leaves that
//! undefined (the ISS would run the first target as the second branch's
//! slot), so lock-step could only compare two arbitrary choices.

use super::*;

/// Most words one hazard group costs when it is the item that overruns the
/// budget (a tight loop counted once): `counted_loop` sizes its reserve
/// with it.
pub(super) const ITEM_WORDS: u64 = 16;

/// A base register set up before a group, for accesses outside the cached
/// data region.
#[derive(Clone, Copy)]
enum Far {
    None,
    /// BAD_HI << 16: bus errors
    Bad(u8),
    /// ALIAS_HI << 16: the data region uncached. Its page shares a DTLB set
    /// with the cached one, so with the MMU alternating the two misses.
    Alias(u8),
}

impl Far {
    fn mask(self) -> u32 {
        match self {
            Far::None => 0,
            Far::Bad(b) | Far::Alias(b) => 1 << b,
        }
    }
}

impl Gen<'_> {
    /// The unmapped space, the alias (its l.movhi emitted now) or, 1 time
    /// in 3, none. Callers keep it with `no_write`.
    fn far_base(&mut self) -> Far {
        match self.rng.gen_range(0..3) {
            // unmapped space is outside a guest's regions
            0 if self.opts.guest => Far::None,
            0 => {
                let b = self.dst_nonzero();
                self.emit(movhi(b, Layout::BAD_HI));
                Far::Bad(b)
            }
            1 => Far::Alias(self.alias_base()),
            _ => Far::None,
        }
    }

    fn alias_base(&mut self) -> u8 {
        let b = self.dst_nonzero();
        self.emit(movhi(b, self.alias_hi()));
        b
    }

    /// A load or store that faults — misaligned in the data region
    /// (alignment), at the unmapped base (bus error) — or goes through the
    /// alias (with the MMU, likely a DTLB miss; else a plain uncached access).
    fn fault_access(&mut self, far: Far) -> (u32, bool) {
        let is_load = self.chance(0.6);
        match far {
            Far::Bad(b) if self.chance(0.6) => {
                let (op, _) = self.pick(is_load, false);
                let off = self.rng.gen_range(0..0x2000u32) * 4;
                (self.ls_word(is_load, op, b, off), true)
            }
            Far::Alias(b) if self.chance(0.6) => {
                let (op, size) = self.pick(is_load, false);
                let off = self.data_off(size);
                (self.ls_word(is_load, op, b, off), false)
            }
            _ => {
                let (op, size) = self.pick(is_load, true);
                let off = self.data_off(size) + self.rng.gen_range(1..size);
                (self.ls_word(is_load, op, R_DATA, off), true)
            }
        }
    }

    /// A load or store opcode and its size; `wide`: half-words and words
    /// only (which can be misaligned).
    fn pick(&mut self, is_load: bool, wide: bool) -> (u32, u32) {
        let all: &[(u32, u32)] = if is_load { &LOADS } else { &STORES };
        loop {
            let (op, size) = *all.choose(&mut self.rng).unwrap();
            if !wide || size > 1 {
                return (op, size);
            }
        }
    }

    /// An aligned load or store in the data region through r28.
    fn data_access(&mut self, is_load: bool) -> u32 {
        let (op, size) = self.pick(is_load, false);
        let off = self.data_off(size);
        self.ls_word(is_load, op, R_DATA, off)
    }

    fn ls_word(&mut self, is_load: bool, op: u32, base: u8, off: u32) -> u32 {
        if is_load {
            let d = self.dst();
            load(op, d, base, off)
        } else {
            let v = self.src();
            store(op, base, v, off)
        }
    }

    /// An aligned load from the data region (1 in 5 through the alias) into
    /// a fresh non-zero register, returned.
    fn hz_load(&mut self) -> u8 {
        let base = if self.chance(0.2) {
            self.alias_base()
        } else {
            R_DATA
        };
        self.hz_load_at(base)
    }

    fn hz_load_at(&mut self, base: u8) -> u8 {
        let (op, size) = *LOADS.choose(&mut self.rng).unwrap();
        let (d, off) = (self.dst_nonzero(), self.data_off(size));
        self.emit(load(op, d, base, off));
        d
    }

    /// One instruction that reads `r`: operand A or B of an ALU form (the
    /// multiplier and divider included), an immediate form, a set-flag, a
    /// MAC, or the data of a store.
    fn consume(&mut self, r: u8) {
        match self.rng.gen_range(0..6) {
            0 | 1 => {
                let (sub, op2, sel, uses_b, range) = *ALU_RR.choose(&mut self.rng).unwrap();
                let b = if uses_b { self.src() } else { 0 };
                let d = self.dst();
                self.emit_c(alu(sub, op2, sel, d, r, b), range);
            }
            2 => {
                let (sub, op2, sel, _, range) = loop {
                    let f = *ALU_RR.choose(&mut self.rng).unwrap();
                    if f.3 {
                        break f;
                    }
                };
                let (d, a) = (self.dst(), self.src());
                self.emit_c(alu(sub, op2, sel, d, a, r), range);
            }
            3 => {
                let (opcode, range) = *ALU_RI.choose(&mut self.rng).unwrap();
                let (d, k) = (self.dst(), self.imm16());
                self.emit_c(dai(opcode, d, r, k), range);
            }
            4 => {
                let cond = *CONDS.choose(&mut self.rng).unwrap();
                let w = match self.rng.gen_range(0..4) {
                    0 => sf(cond, self.src(), r),
                    1 => sfi(cond, r, self.imm16()),
                    2 => sf(cond, r, self.src()),
                    _ => mac(MAC_MAC, r, self.src()),
                };
                self.emit_c(w, w >> INSN_OPCODE_SHIFT == OP_MAC);
            }
            _ => {
                let (op, size) = *STORES.choose(&mut self.rng).unwrap();
                let off = self.data_off(size);
                self.emit(store(op, R_DATA, r, off));
            }
        }
    }

    /// A load, then at once a use of its rD (1 in 5 a second use: from
    /// WB); or, 1 in 5, a pointer chase.
    pub(super) fn load_use(&mut self) {
        if self.chance(0.2) {
            return self.pointer_chase();
        }
        let d = self.hz_load();
        self.consume(d);
        if self.chance(0.2) {
            self.consume(d);
        }
    }

    /// p = r28 + t; l.sw k(r28), p; 0..2 ALU; l.lwz d, k(r28); l.lXX e, 0(d):
    /// a load whose base is the register loaded just before it (t
    /// misaligned 1 time in 8: the second load faults).
    fn pointer_chase(&mut self) {
        let (op, size) = *LOADS.choose(&mut self.rng).unwrap();
        let mis = size > 1 && self.chance(0.125);
        let t = self.data_off(size) + if mis { self.rng.gen_range(1..size) } else { 0 };
        let (p, k) = (self.dst_nonzero(), self.data_off(4));
        self.emit(dai(OP_ADDI, p, R_DATA, t));
        self.emit(store(OP_SW, R_DATA, p, k));
        self.fillers(2);
        let d = self.dst_nonzero();
        self.emit(load(OP_LWZ, d, R_DATA, k));
        let e = self.dst();
        self.emit_c(load(op, e, d, 0), mis);
    }

    /// 0..=max ALU or set-flag words (no memory access).
    fn fillers(&mut self, max: usize) {
        for _ in 0..self.rng.gen_range(0..=max) {
            match self.rng.gen_range(0..3) {
                0 => {
                    let (w, f) = self.alu_rr();
                    self.emit_c(w, f)
                }
                1 => {
                    let (w, f) = self.alu_ri();
                    self.emit_c(w, f)
                }
                _ => {
                    let w = self.setflag();
                    self.emit(w)
                }
            }
        }
    }

    /// A store, 0..2 other instructions, then a load of the same word with
    /// its own size and offset (l.sb then l.lwz of the word, l.sw then
    /// l.lbz/l.lhz, ...): cached (through the D-cache when it is on), 1 time
    /// in 4 both through the alias, 1 in 8 one through each. The stored
    /// value is sometimes loaded just before (load-use into the store).
    pub(super) fn store_load(&mut self) {
        let (sb, lb) = match self.rng.gen_range(0..8) {
            0 | 1 => {
                let b = self.alias_base();
                (b, b)
            }
            2 => {
                let b = self.alias_base();
                if self.chance(0.5) {
                    (b, R_DATA)
                } else {
                    (R_DATA, b)
                }
            }
            _ => (R_DATA, R_DATA),
        };
        let saved = self.no_write;
        self.no_write |= (1 << sb | 1 << lb) & !(1 << R_DATA);
        let v = if self.chance(0.25) {
            self.hz_load_at(R_DATA)
        } else {
            self.src()
        };
        let gap = self.rng.gen_range(0..=2);
        let d = self.store_then_load(sb, lb, v, gap);
        self.no_write = saved;
        if self.chance(0.5) {
            self.consume(d);
        }
    }

    fn store_then_load(&mut self, sb: u8, lb: u8, v: u8, gap: usize) -> u8 {
        let word = self.data_off(4);
        let (sop, ssize) = *STORES.choose(&mut self.rng).unwrap();
        let (lop, lsize) = *LOADS.choose(&mut self.rng).unwrap();
        let soff = word + self.rng.gen_range(0..4 / ssize) * ssize;
        let loff = word + self.rng.gen_range(0..4 / lsize) * lsize;
        self.emit(store(sop, sb, v, soff));
        self.fillers(gap);
        let d = self.dst_nonzero();
        self.emit(load(lop, d, lb, loff));
        d
    }

    /// One or two words of a loop body or of skipped code: a load-use pair,
    /// a store-load pair on one word, an ALU op, a division of whatever
    /// the registers hold, a data access, or a faulting access.
    fn hazard_word(&mut self, far: Far) {
        match self.rng.gen_range(0..10) {
            0..=2 => {
                let d = self.hz_load_at(R_DATA);
                self.consume(d)
            }
            3 | 4 => {
                let v = self.src();
                self.store_then_load(R_DATA, R_DATA, v, 0);
            }
            5 => {
                let (w, f) = self.alu_rr();
                self.emit_c(w, f)
            }
            6 => {
                let (w, f) = self.mem_data(false);
                self.emit_c(w, f)
            }
            7 => {
                let (w, f) = self.alu_ri();
                self.emit_c(w, f)
            }
            8 => {
                let op = if self.chance(0.5) { ALU_DIV } else { ALU_DIVU };
                let (d, a, b) = (self.dst(), self.src(), self.src());
                self.emit_c(alu(op, ALU_OP2_MULDIV, 0, d, a, b), true)
            }
            _ => {
                let (w, f) = self.fault_access(far);
                self.emit_c(w, f)
            }
        }
    }

    /// rc = n; top: [faulting access;] 1..4 hazard words; closing; slot.
    ///
    /// The closing branch is backward, so the core predicts it taken and
    /// the last iteration is a mispredict. Closings: `rc -= 1; l.sfnei
    /// rc, 0; l.bf top; slot`, `rc -= 1; l.sfeqi rc, 0; l.bnf top; slot`,
    /// or `l.sfgtui rc, 1; l.bf top; l.addi rc, rc, -1` (the slot writes the
    /// register the flag was computed from). The first two slots hold a
    /// load, store, ALU op, set-flag or faulting access (the handler
    /// resumes after the slot: the loop ends). As in `counted_loop`, rc is
    /// written by nothing else, so the loop runs at most n times.
    pub(super) fn tight_loop(&mut self) {
        let rc = LOOP_REGS[self.loop_depth];
        let words = self.rng.gen_range(1..=4u64);
        let close = self.rng.gen_range(0..3);
        let mut n = self.rng.gen_range(2..=8u64);
        // per iteration at most: a faulting first word, two words per
        // hazard word, the closing three and the slot; any may fault or miss
        let per_iter = (2 * words + 5) * (1 + self.fault_cost + self.tlb_cost);
        while n > 1 && self.cost + self.mult * (n * per_iter + 2) > self.budget {
            n -= 1;
        }
        let far = self.far_base();
        self.emit(dai(OP_ADDI, rc, 0, n as u32));
        let top = self.new_label();
        self.bind(top);
        let (saved_nw, saved_mult) = (self.no_write, self.mult);
        self.no_write |= 1 << rc | far.mask();
        self.mult *= n;
        self.loop_depth += 1;
        if self.chance(0.3) {
            // the target of the predicted branch faults, every iteration
            let (w, f) = self.fault_access(far);
            self.emit_c(w, f);
        }
        for _ in 0..words {
            self.hazard_word(far);
        }
        if close < 2 {
            self.emit(dai(OP_ADDI, rc, rc, (-1i32) as u32));
            let (cond, op) = if close == 0 {
                (SF_NE, OP_BF)
            } else {
                (SF_EQ, OP_BNF)
            };
            self.emit(sfi(cond, rc, 0));
            let slot = self.loop_slot(far);
            self.branch_with_slot(branch(op, 0), Some(Fix::Branch(top)), slot);
        } else {
            self.emit(sfi(SF_GTU, rc, 1));
            let slot = (dai(OP_ADDI, rc, rc, (-1i32) as u32), false);
            self.branch_with_slot(branch(OP_BF, 0), Some(Fix::Branch(top)), slot);
        }
        self.loop_depth -= 1;
        self.mult = saved_mult;
        self.no_write = saved_nw;
    }

    /// The slot of a tight loop's closing branch: a load (used at the top
    /// on the next iteration, perhaps), a store, an ALU op, a set-flag
    /// (rewrites the flag the branch has just used) or a faulting access.
    fn loop_slot(&mut self, far: Far) -> (u32, bool) {
        match self.rng.gen_range(0..10) {
            0..=2 => (self.data_access(true), false),
            3 | 4 => (self.data_access(false), false),
            5 => self.alu_rr(),
            6 => self.alu_ri(),
            7 => (self.setflag(), false),
            _ => self.fault_access(far),
        }
    }

    /// [load x;] l.sf* x, y; l.bf/l.bnf L (forward); slot writes x (ALU or
    /// load) or the flag (l.sf*); 1..3 words; L: a use of x. With the flag
    /// rewritten in the slot, a second forward branch on it follows.
    pub(super) fn slot_writes(&mut self) {
        let x = if self.chance(0.4) {
            self.hz_load()
        } else {
            self.dst_nonzero()
        };
        let cond = *CONDS.choose(&mut self.rng).unwrap();
        let w = if self.chance(0.5) {
            sf(cond, x, self.src())
        } else {
            sfi(cond, x, self.imm16())
        };
        self.emit(w);
        let kind = self.rng.gen_range(0..4);
        let slot = match kind {
            0 | 1 => {
                let (sub, op2, sel, uses_b, range) = *ALU_RR.choose(&mut self.rng).unwrap();
                let a = self.src();
                let b = if uses_b { self.src() } else { 0 };
                (alu(sub, op2, sel, x, a, b), range)
            }
            2 => {
                let (op, size) = *LOADS.choose(&mut self.rng).unwrap();
                let off = self.data_off(size);
                (load(op, x, R_DATA, off), false)
            }
            _ => (self.setflag(), false),
        };
        let l = self.new_label();
        let op = if self.chance(0.5) { OP_BF } else { OP_BNF };
        self.branch_with_slot(branch(op, 0), Some(Fix::Branch(l)), slot);
        for _ in 0..self.rng.gen_range(1..=3) {
            self.hazard_word(Far::None);
        }
        self.bind(l);
        self.consume(x);
        if kind == 3 {
            let l2 = self.new_label();
            let op = if self.chance(0.5) { OP_BF } else { OP_BNF };
            let slot = self.alu_rr();
            self.branch_with_slot(branch(op, 0), Some(Fix::Branch(l2)), slot);
            self.hazard_word(Far::None);
            self.bind(l2);
        }
    }

    /// l.j L; slot; 1..3 words; L: — with a faulting access (misaligned,
    /// bus error; through the alias with the MMU, a DTLB miss) in the slot,
    /// as L's first word, or both: exception entry while fetch is already
    /// on the predicted target, or on its first word. A fault in the slot
    /// resumes after it (the jump not taken), as for every branch.
    pub(super) fn pred_fault(&mut self) {
        let far = self.far_base();
        let saved = self.no_write;
        self.no_write |= far.mask();
        let at = self.rng.gen_range(0..3); // 0: slot, 1: target, 2: both
        let slot = if at != 1 {
            self.fault_access(far)
        } else {
            self.loop_slot(Far::None)
        };
        let l = self.new_label();
        self.branch_with_slot(branch(OP_J, 0), Some(Fix::Branch(l)), slot);
        for _ in 0..self.rng.gen_range(1..=3) {
            self.hazard_word(far);
        }
        self.bind(l);
        if at != 0 {
            let (w, f) = self.fault_access(far);
            self.emit_c(w, f);
        }
        self.no_write = saved;
    }

    /// d = a / b (l.div or l.divu) with the dividend around the divider's
    /// early-out boundaries and the divisor 1, -1, large, small or (rarely,
    /// as the random ALU forms always could) 0: OV/CY and, with SR[OVE], a
    /// range exception. Sometimes the dividend comes through memory just
    /// before (store, load, divide), and the quotient is used at once or
    /// divided again.
    pub(super) fn division(&mut self) {
        let (x, y) = (self.dividend(), self.divisor());
        let a = self.dst_nonzero();
        let b = loop {
            let r = self.dst_nonzero();
            if r != a {
                break r;
            }
        };
        self.emit_words(&load32(b, y));
        self.emit_words(&load32(a, x));
        if self.chance(0.3) {
            let off = self.data_off(4);
            self.emit(store(OP_SW, R_DATA, a, off));
            self.emit(load(OP_LWZ, a, R_DATA, off));
        }
        let op = if self.chance(0.5) { ALU_DIV } else { ALU_DIVU };
        let d = self.dst_nonzero();
        self.emit_c(alu(op, ALU_OP2_MULDIV, 0, d, a, b), true);
        match self.rng.gen_range(0..4) {
            0 => self.consume(d),
            1 => {
                let op = if self.chance(0.5) { ALU_DIV } else { ALU_DIVU };
                let e = self.dst();
                self.emit_c(alu(op, ALU_OP2_MULDIV, 0, e, d, b), true)
            }
            _ => {}
        }
    }

    /// Dividends by magnitude class (< 2^8, < 2^16, < 2^24, ≥ 2^24: the
    /// divider skips leading zero bytes), the class boundaries, negative
    /// ones of small magnitude (l.div divides |x|), and 0x80000000.
    fn dividend(&mut self) -> u32 {
        match self.rng.gen_range(0..10) {
            0 => self.rng.gen_range(0..0x100),
            1 => self.rng.gen_range(0x100..0x1_0000),
            2 => self.rng.gen_range(0x1_0000..0x100_0000),
            3 => self.rng.gen_range(0x100_0000..=u32::MAX),
            4 => *[
                0,
                0xff,
                0x100,
                0xffff,
                0x1_0000,
                0xff_ffff,
                0x100_0000,
                0x7fff_ffff,
                0xffff_ffff,
            ]
            .choose(&mut self.rng)
            .unwrap(),
            5 => self.rng.gen_range(1..0x100u32).wrapping_neg(),
            6 => self.rng.gen_range(0x100..0x1_0000u32).wrapping_neg(),
            7 => *[
                0xffff_ff00,
                0xffff_feff,
                0xffff_0000,
                0xfffe_ffff,
                0xff00_0000,
                0xfeff_ffff,
            ]
            .choose(&mut self.rng)
            .unwrap(),
            8 => 0x8000_0000,
            _ => self.value(),
        }
    }

    fn divisor(&mut self) -> u32 {
        match self.rng.gen_range(0..12) {
            0 | 1 => 1,
            2 | 3 => 0xffff_ffff,
            4 => self.rng.gen_range(0x100_0000..=u32::MAX),
            5 => *[0x8000_0000, 0x7fff_ffff, 0x1_0000, 0xffff]
                .choose(&mut self.rng)
                .unwrap(),
            6 | 7 => self.rng.gen_range(2..0x100),
            8 => self.rng.gen_range(0x100..0x1_0000),
            9 => self.rng.gen_range(2..0x100u32).wrapping_neg(),
            10 => 0,
            _ => self.value(),
        }
    }
}
