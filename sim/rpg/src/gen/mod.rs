//! The generator proper: image layout, prologue, the random body and the
//! epilogue (here), the exception handlers (`handlers`), the instruction
//! kinds (`insns`), the control flow (`flow`), the hazard groups of
//! `Options::hazards` (`hazards`) and the operand tables (`tables`).
//!
//! Termination rests on four rules: code only ever branches forward, except
//! the closing branch of a counted loop whose counter no other instruction
//! writes; every handler resumes after the faulting instruction (after the
//! branch and its slot for a fault in a delay slot); a call's return path
//! cannot fault; and the tick handler always clears TTMR[IP] with a period
//! far longer than itself.

use crate::encode::*;
use crate::{elf, Options, Program};
use or1k_arch::*;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

mod flow;
mod guest;
mod handlers;
mod hazards;
mod insns;
mod tables;

pub use guest::GuestLayout;
pub(crate) use guest::{guest_min_steps, MAX_INSNS_TWO_GUESTS};
use handlers::handler;
use tables::*;

/// Where a generated program lives (not architectural: the generator's
/// own memory map, all inside the first MiB of RAM).
pub struct Layout;

impl Layout {
    /// First word of the image (the reset vector).
    pub const IMAGE_BASE: u32 = VEC_RESET;
    /// Per-vector exception counters: word `vector >> 8`.
    pub const COUNTERS: u32 = 0x1000;
    /// The random body starts here (after the vectors and counters).
    pub const CODE_BASE: u32 = 0x2000;
    /// Data region for loads and stores (random initial contents).
    pub const DATA_BASE: u32 = 0x4_0000;
    pub const DATA_SIZE: u32 = 0x2000;
    /// Unmapped: accesses here raise bus errors (high half of the address;
    /// 0x8000_0000 is the uncached RAM alias since the caches came).
    pub const BAD_HI: u32 = 0xA000;
    /// The data region seen through the uncached RAM alias (high half).
    pub const ALIAS_HI: u32 = (RAM_UNCACHED_ALIAS + Layout::DATA_BASE) >> 16;
}

/// Registers. r1..r25 are the random pool; the rest have fixed roles.
const POOL: std::ops::RangeInclusive<u8> = 1..=25;
const R_LINK: u8 = 9;
/// Loop counters, one per nesting level: only loop code writes them.
const LOOP_REGS: [u8; 2] = [26, 27];
/// Base of the data region.
const R_DATA: u8 = 28;
/// Handler scratch: clobbered by every handler, never touched by the body.
const R_H1: u8 = 29;
const R_H2: u8 = 30;
/// Checksum the handlers fold EPCR/EEAR/ESR/vector into.
const R_SUM: u8 = 31;

/// Tick period range (timer ticks, i.e. retired instructions on the ISS).
/// Far above the handler length, also for a core whose timer counts
/// cycles at a CPI of ~10, so an interrupt can never re-arm before its
/// handler returns.
const TICK_MIN: u32 = 500;
const TICK_MAX: u32 = 2500;

const MAX_DEPTH: usize = 3;


#[derive(Clone, Copy)]
enum Fix {
    /// 26-bit branch offset to the label
    Branch(usize),
    /// high / low half of the label's address (l.movhi / l.ori)
    Hi(usize),
    Lo(usize),
}

/// What a delay slot may contain.
#[derive(Clone, Copy, PartialEq, Eq)]
enum SlotKind {
    /// anything single-word, faults included
    Any,
    /// never faults (the slot of a call's skip-over jump: a fault there
    /// would fall into the subroutine and return to the jump forever)
    Safe,
}

struct Gen<'o> {
    rng: ChaCha8Rng,
    opts: &'o Options,
    /// body words from CODE_BASE
    code: Vec<u32>,
    fixups: Vec<(usize, Fix)>,
    labels: Vec<Option<usize>>,
    /// worst-case steps of the body so far
    cost: u64,
    budget: u64,
    /// how many times the code being generated can run (loop nesting)
    mult: u64,
    /// registers the body must not write here (bitmask): loop counters of
    /// enclosing loops, r9 inside a subroutine
    no_write: u32,
    loop_depth: usize,
    in_call: bool,
    /// steps of the longest fault handler, and of a tick interrupt
    fault_cost: u64,
    tick_cost: u64,
    /// steps kept back from `budget` for overruns
    reserve: u64,
    /// steps of a DTLB/ITLB miss (handler, the retried instruction, and a
    /// branch re-executed when the miss was in its delay slot); 0 without
    /// the MMU option
    tlb_cost: u64,
    /// with `guest`: steps of a VM exit and re-entry (the host harness,
    /// the guest's ITLB misses after it); 0 without
    exit_cost: u64,
}

/// Steps of a DTLB/ITLB miss with the MMU option (the reload handler, the
/// step that entered it, the retried instruction and a branch re-executed
/// when the miss was in its delay slot), else 0.
fn tlb_miss_cost(opts: &Options) -> u64 {
    if opts.mmu {
        [VEC_DTLB_MISS, VEC_ITLB_MISS].iter().map(|&v| handler(v, opts).len() as u64 + 3).max().unwrap()
    } else {
        0
    }
}

/// One generated program before it is packaged: its image from
/// IMAGE_BASE and its data region, and the generator's state after them.
struct Body {
    text: Vec<u8>,
    data: Vec<u8>,
    body_words: usize,
    step_bound: u64,
    rng: ChaCha8Rng,
}

/// The seed of the second guest with `guests: 2`, derived from `seed`.
fn second_guest_seed(seed: u64) -> u64 {
    (seed ^ 0x5eed_0000_0000_0002).wrapping_mul(0x9e37_79b9_7f4a_7c15).rotate_left(29)
}

pub(crate) fn generate(seed: u64, opts: &Options) -> Program {
    let tlb_cost = tlb_miss_cost(opts);
    // With `guest` the program's own steps get what the host's tick exits
    // leave of the budget (the monitor's calls come on top); two guests
    // share it half and half.
    let plan = opts.guest.then(|| guest::Plan::new(opts, tlb_cost));
    let max_steps = match &plan {
        Some(p) => p.guest_budget(opts.max_steps / opts.guests.max(1) as u64),
        None => opts.max_steps,
    };
    let mut b = body(seed, opts, plan.as_ref(), max_steps);
    let Some(plan) = &plan else {
        let elf = elf::write(
            VEC_RESET,
            &[
                elf::Segment {
                    name: ".text",
                    addr: Layout::IMAGE_BASE,
                    data: &b.text,
                    exec: true,
                },
                elf::Segment {
                    name: ".data",
                    addr: Layout::DATA_BASE,
                    data: &b.data,
                    exec: false,
                },
            ],
        );
        return Program {
            elf,
            body_words: b.body_words,
            step_bound: b.step_bound,
        };
    };
    let img = guest::GuestImage { text: &b.text, data: &b.data };
    let (elf, run, setup, body_words) = if opts.guests == 2 {
        let b2 = body(second_guest_seed(seed), opts, Some(plan), max_steps);
        let img2 = guest::GuestImage { text: &b2.text, data: &b2.data };
        let (elf, run, setup) = guest::harness2(&mut b.rng, plan, [img, img2], [b.step_bound, b2.step_bound]);
        (elf, run, setup, b.body_words + b2.body_words)
    } else {
        let (elf, run, setup) = guest::harness(&mut b.rng, opts, plan, img, b.step_bound);
        (elf, run, setup, b.body_words)
    };
    assert!(run <= opts.max_steps, "generator overran its step budget: {run} > {}", opts.max_steps);
    Program { elf, body_words, step_bound: run + setup }
}

/// The program of `seed` (a guest's with `plan`), its own steps bounded by
/// `max_steps`.
fn body(seed: u64, opts: &Options, plan: Option<&guest::Plan>, max_steps: u64) -> Body {
    let mut lo = vec![0u32; ((Layout::CODE_BASE - Layout::IMAGE_BASE) / 4) as usize];
    let mut put = |addr: u32, words: &[u32]| {
        let i = ((addr - Layout::IMAGE_BASE) / 4) as usize;
        lo[i..i + words.len()].copy_from_slice(words);
    };
    put(
        VEC_RESET,
        &[
            branch(OP_J, (Layout::CODE_BASE - VEC_RESET) as i32),
            nop(NOP_NOP),
        ],
    );
    let mut fault_cost = 0;
    let mut tick_cost = 0;
    let tlb_cost = tlb_miss_cost(opts);
    for v in ALL_VECTORS {
        let h = handler(v, opts);
        assert!(h.len() <= 64, "handler 0x{v:x} overflows its vector slot");
        // every word runs at most once, plus the step that entered it
        let cost = h.len() as u64 + 1;
        if v == VEC_TICK {
            tick_cost = cost;
        } else if EXPECTED.contains(&v) {
            fault_cost = fault_cost.max(cost);
        }
        put(v, &h);
    }

    let mut g = Gen {
        rng: ChaCha8Rng::seed_from_u64(seed),
        opts,
        code: Vec::new(),
        fixups: Vec::new(),
        labels: Vec::new(),
        cost: 0,
        budget: 0,
        mult: 1,
        no_write: 0,
        loop_depth: 0,
        in_call: false,
        fault_cost,
        tick_cost,
        reserve: 0,
        tlb_cost,
        exit_cost: plan.map_or(0, |p| p.exit_cost),
    };
    // Ticks: at most one per TICK_MIN retired instructions plus one per
    // timer (re)programming; reserve their share of the step budget.
    let usable = if opts.timer {
        max_steps * (TICK_MIN as u64 - tick_cost) / TICK_MIN as u64
    } else {
        max_steps
    };
    g.prologue();
    // ITLB misses: the code pages map to distinct ITLB sets (the image ends
    // below DATA_BASE, far fewer pages than sets) and handlers run with
    // IME off, so each code page misses at most once.
    const _: () = assert!(Layout::DATA_BASE / PAGE_SIZE <= TLB_SETS);
    g.cost += (Layout::DATA_BASE / PAGE_SIZE) as u64 * g.tlb_cost;
    // With the MMU every load/store may miss in the DTLB, also in the
    // epilogue; a guest reports its checksum with a hypercall.
    let epilogue_cost = 16 + g.tlb_cost + g.exit_cost;
    // Budget checks run between items, so the last item and the closing
    // words of the enclosing loops and calls may overrun: keep a reserve
    // that loops may not outgrow (see `counted_loop`).
    g.reserve = usable / 8;
    g.budget = usable.saturating_sub(epilogue_cost + g.reserve);
    let body_start = g.code.len();
    g.block(opts.insns, 0);
    let body_words = g.code.len() - body_start;
    g.epilogue();
    let raw = g.cost + epilogue_cost;
    let step_bound = if opts.timer {
        raw * TICK_MIN as u64 / (TICK_MIN as u64 - tick_cost) + 1
    } else {
        raw
    };
    assert!(
        step_bound <= max_steps,
        "generator overran its step budget: {step_bound} > {max_steps}"
    );
    g.resolve();

    let data: Vec<u8> = (0..Layout::DATA_SIZE).map(|_| g.rng.gen()).collect();
    let text: Vec<u8> = lo
        .iter()
        .chain(&g.code)
        .flat_map(|w| w.to_be_bytes())
        .collect();
    Body { text, data, body_words, step_bound, rng: g.rng }
}

/// Loads and stores: the instructions that can miss in the DTLB.
fn is_mem(w: u32) -> bool {
    matches!(
        w >> INSN_OPCODE_SHIFT,
        OP_LWA | OP_LWZ | OP_LWS | OP_LBZ | OP_LBS | OP_LHZ | OP_LHS | OP_SWA | OP_SW | OP_SB | OP_SH
    )
}

impl Gen<'_> {
    fn emit(&mut self, w: u32) {
        self.emit_c(w, false);
    }

    /// Emits `w`; `faulty` when it may raise an exception (its handler's
    /// steps count towards the budget).
    fn emit_c(&mut self, w: u32, faulty: bool) {
        self.code.push(w);
        let tlb = if is_mem(w) { self.tlb_cost } else { 0 };
        self.cost += self.mult * (1 + tlb + if faulty { self.fault_cost } else { 0 });
    }

    fn new_label(&mut self) -> usize {
        self.labels.push(None);
        self.labels.len() - 1
    }

    fn bind(&mut self, l: usize) {
        assert!(self.labels[l].is_none(), "label bound twice");
        self.labels[l] = Some(self.code.len());
    }

    fn emit_fix(&mut self, w: u32, fix: Fix) {
        self.fixups.push((self.code.len(), fix));
        self.emit(w);
    }

    /// l.movhi + l.ori of a label's address into `d`.
    fn load_label(&mut self, d: u8, l: usize) {
        self.emit_fix(movhi(d, 0), Fix::Hi(l));
        self.emit_fix(dai(OP_ORI, d, d, 0), Fix::Lo(l));
    }

    fn resolve(&mut self) {
        let addr = |i: usize| Layout::CODE_BASE + 4 * i as u32;
        for &(at, fix) in &self.fixups {
            let (l, w) = match fix {
                Fix::Branch(l) | Fix::Hi(l) | Fix::Lo(l) => (l, self.code[at]),
            };
            let target = addr(self.labels[l].expect("unbound label"));
            self.code[at] = match fix {
                Fix::Branch(_) => {
                    let off = target.wrapping_sub(addr(at)) as i32;
                    branch(w >> INSN_OPCODE_SHIFT, off)
                }
                Fix::Hi(_) => w | (target >> 16),
                Fix::Lo(_) => w | (target & INSN_IMM_MASK),
            };
        }
    }

    fn exhausted(&self) -> bool {
        self.cost >= self.budget
    }

    fn chance(&mut self, p: f64) -> bool {
        self.rng.gen_bool(p)
    }

    /// A source register: anything the body can read deterministically.
    fn src(&mut self) -> u8 {
        if self.chance(0.05) {
            0
        } else {
            self.rng.gen_range(1..=R_DATA)
        }
    }

    /// A destination: the pool minus what must not be written here, and
    /// rarely r0 (writes to r0 are discarded).
    fn dst(&mut self) -> u8 {
        if self.chance(0.02) {
            return 0;
        }
        loop {
            let r = self.rng.gen_range(POOL);
            if self.no_write & (1 << r) == 0 {
                return r;
            }
        }
    }

    /// A 32-bit operand: edge values half of the time.
    fn value(&mut self) -> u32 {
        match self.rng.gen_range(0..10) {
            0..=4 => *EDGE.choose(&mut self.rng).unwrap(),
            5 | 6 => self.rng.gen_range(0..64u32).wrapping_sub(32),
            _ => self.rng.gen(),
        }
    }

    fn imm16(&mut self) -> u32 {
        match self.rng.gen_range(0..10) {
            0..=3 => *EDGE16.choose(&mut self.rng).unwrap(),
            4..=6 => self.rng.gen_range(0..64u32).wrapping_sub(32) & 0xffff,
            _ => self.rng.gen::<u32>() & 0xffff,
        }
    }

    /// Aligned offset of a `size`-byte access inside the data region.
    fn data_off(&mut self, size: u32) -> u32 {
        self.rng.gen_range(0..Layout::DATA_SIZE / size) * size
    }

    // ---- fixed parts -------------------------------------------------

    fn prologue(&mut self) {
        if self.opts.mmu {
            // invalidate every TLB entry (r1 = set, counting down)
            self.emit(dai(OP_ADDI, 1, 0, TLB_SETS - 1));
            self.emit(mtspr(1, 0, SPR_DTLBW0MR0));
            self.emit(mtspr(1, 0, SPR_ITLBW0MR0));
            self.emit(dai(OP_ADDI, 1, 1, (-1i32) as u32));
            self.emit(sfi(SF_GES, 1, 0));
            self.emit(branch(OP_BF, -16));
            self.emit(nop(NOP_NOP));
            self.cost += (TLB_SETS as u64 - 1) * 6;
        }
        // SR: supervisor, caches and MMUs as the options say (the timer
        // code may add TEE); sr_toggle never changes these bits
        let mut sr = SR_RESET;
        if self.opts.caches {
            sr |= SR_ICE | SR_DCE;
        }
        if self.opts.mmu {
            sr |= SR_DME | SR_IME;
        }
        self.emit(dai(OP_ORI, 1, 0, sr));
        self.emit(mtspr(0, 1, SPR_SR));
        for r in 1..=31u8 {
            match r {
                R_DATA => self.emit_words(&load32(R_DATA, Layout::DATA_BASE)),
                R_H1 | R_H2 => self.emit(alu(ALU_OR, 0, 0, r, 0, 0)),
                R_SUM => {
                    let v = self.rng.gen();
                    self.emit_words(&load32(R_SUM, v))
                }
                _ if LOOP_REGS.contains(&r) => self.emit(alu(ALU_OR, 0, 0, r, 0, 0)),
                _ => {
                    let v = self.value();
                    self.emit_words(&load32(r, v))
                }
            }
        }
        for spr in [SPR_MACLO, SPR_MACHI] {
            let r = self.rng.gen_range(POOL);
            self.emit(mtspr(0, r, spr));
        }
        if self.opts.timer && self.chance(0.8) {
            self.timer_setup();
            if self.chance(0.8) {
                self.sr_toggle(SR_TEE);
            }
        }
    }

    fn emit_words(&mut self, ws: &[u32]) {
        for &w in ws {
            self.emit(w);
        }
    }

    /// Reports the checksum (l.nop 2), exits with 0 (l.nop 1), and for
    /// platforms without the l.nop hooks (QEMU) writes the test finisher.
    fn epilogue(&mut self) {
        self.emit(alu(ALU_OR, 0, 0, 3, R_SUM, 0));
        self.emit(nop(NOP_REPORT));
        if self.opts.guest {
            // l.nop 2 is a plain no-op in a guest: the host folds the
            // checksum into its own from this hypercall's VMEXINFO0
            self.emit(VMCALL_INSN);
        }
        self.emit(alu(ALU_OR, 0, 0, 3, 0, 0));
        self.emit(nop(NOP_EXIT));
        self.emit_words(&load32(4, FINISHER_BASE));
        self.emit(dai(OP_ORI, 5, 0, FINISHER_PASS));
        self.emit(store(OP_SW, 4, 5, 0));
        self.emit(branch(OP_J, 0));
        self.emit(nop(NOP_NOP));
    }

    // ---- the random body -----------------------------------------------

    /// Generates about `words` words of random code.
    fn block(&mut self, words: usize, depth: usize) {
        let end = self.code.len() + words;
        while self.code.len() < end && !self.exhausted() {
            self.item(depth);
        }
    }

    fn item(&mut self, depth: usize) {
        let nested = depth < MAX_DEPTH;
        let timer = self.opts.timer;
        let call = nested && !self.in_call;
        let lp = nested && self.loop_depth < LOOP_REGS.len();
        let caches = self.opts.caches;
        // hazard groups: weight 0 without the option, so the draw (and the
        // bytes) stay what they were
        let hazards = self.opts.hazards;
        let hz = |w: u32| if hazards { w } else { 0 };
        let tight = self.loop_depth < LOOP_REGS.len();
        // guest-only kinds, likewise weight 0 without the option; a guest
        // never touches unmapped space (outside its regions: a VM exit the
        // host cannot resume)
        let guest = self.opts.guest;
        let gu = |w: u32| if guest { w } else { 0 };
        // (weight, kind)
        let table: [(u32, u8); 30] = [
            (22, 0),                          // ALU register-register
            (14, 1),                          // ALU immediate
            (8, 2),                           // set flag
            (14, 3),                          // load/store in the data region
            (3, 4),                           // register-indexed load/store
            (2, 5),                           // misaligned load/store
            (if guest { 0 } else { 1 }, 6),   // load/store to unmapped memory
            (2, 7),                           // l.lwa/l.swa
            (5, 8),                           // MAC
            (4, 9),                           // l.mfspr
            (3, 10),                          // l.mtspr
            (2, 11),                          // SR flag toggle
            (if timer { 1 } else { 0 }, 12),  // timer programming
            (2, 13),                          // l.sys/l.trap/illegal
            (5, 14),                          // constant reload
            (1, 15),                          // l.nop/l.*sync
            (if nested { 6 } else { 0 }, 16), // forward l.bf/l.bnf
            (if nested { 3 } else { 0 }, 17), // l.j / l.jr forward
            (if call { 2 } else { 0 }, 18),   // l.jal/l.jalr call
            (if lp { 3 } else { 0 }, 19),     // counted loop
            (1, 20),                          // load/store through the uncached alias
            (if caches { 2 } else { 0 }, 21), // cache block flush/write-back/invalidate
            (hz(10), 22),                     // load, then a use of its rD
            (hz(8), 23),                      // store, then a load of the same word
            (if tight { hz(5) } else { 0 }, 24), // tight backward loop
            (hz(3), 25),                      // branch whose slot writes the compared register
            (hz(4), 26),                      // fault right after a predicted jump
            (hz(5), 27),                      // division at the divider's boundaries
            (gu(3), 28),                      // hypercall (l.vmcall)
            (gu(2), 29),                      // world rules: VMCR, host-only SPRs, l.vmenter, l.smc
        ];
        let total: u32 = table.iter().map(|t| t.0).sum();
        let mut pick = self.rng.gen_range(0..total);
        let kind = table
            .iter()
            .find(|t| {
                if pick < t.0 {
                    true
                } else {
                    pick -= t.0;
                    false
                }
            })
            .unwrap()
            .1;
        match kind {
            0 => {
                let (w, f) = self.alu_rr();
                self.emit_c(w, f)
            }
            1 => {
                let (w, f) = self.alu_ri();
                self.emit_c(w, f)
            }
            2 => {
                let w = self.setflag();
                self.emit(w)
            }
            3 => {
                let (w, f) = self.mem_data(false);
                self.emit_c(w, f)
            }
            4 => self.mem_indexed(),
            5 => {
                let (w, f) = self.mem_data(true);
                self.emit_c(w, f)
            }
            6 => {
                let b = self.dst_nonzero();
                self.emit(movhi(b, Layout::BAD_HI));
                let w = self.mem_bad(b);
                self.emit_c(w, true)
            }
            7 => self.lwa_swa(),
            8 => {
                let (w, f) = self.mac();
                self.emit_c(w, f)
            }
            9 => self.spr_read(),
            10 => self.spr_write(),
            11 => {
                let mut mask = SR_F | SR_CY | SR_OV;
                if self.opts.range {
                    mask |= SR_OVE;
                }
                if self.opts.timer {
                    mask |= SR_TEE;
                }
                let bits = self.rng.gen::<u32>() & mask;
                self.sr_toggle(bits)
            }
            12 => self.timer_setup(),
            13 => {
                let w = self.exception();
                self.emit_c(w, true)
            }
            14 => self.reload(),
            15 => {
                let w = *[
                    nop(NOP_NOP),
                    systrap(SYS_MSYNC, 0),
                    systrap(SYS_PSYNC, 0),
                    systrap(SYS_CSYNC, 0),
                ]
                .choose(&mut self.rng)
                .unwrap();
                self.emit(w)
            }
            16 => self.branch_fwd(depth),
            17 => self.jump_fwd(depth),
            18 => self.call(depth),
            19 => self.counted_loop(depth),
            20 => self.mem_alias(),
            21 => self.cache_op(),
            22 => self.load_use(),
            23 => self.store_load(),
            24 => self.tight_loop(),
            25 => self.slot_writes(),
            26 => self.pred_fault(),
            27 => self.division(),
            28 => self.hypercall(),
            _ => self.world_probe(),
        }
    }
}
