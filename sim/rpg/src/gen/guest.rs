//! `Options::guest`: the random program runs as VM 1 under a minimal
//! generated hypervisor (docs/RPG.md, "--guest").
//!
//! The host harness starts at 0x100 in host supervisor mode (the security
//! monitor's reset starts it there). It creates VM 1 through the monitor
//! (`l.smc`, a `VMC_*` descriptor with two regions: the guest's code at
//! gPA 0 and its data region at `Layout::DATA_BASE`), adds the guest
//! image's non-zero pages from a copy in its own ELF, launches the VM and
//! reads its measurement, then loops: arm the host's tick timer with a
//! period from a random table, `l.vmenter`; at 0xF00 (every GPR zero)
//! reload everything by absolute address, count the exit cause, answer a
//! hypercall with a value derived from VMEXINFO0..5, and enter again, until
//! the guest halts (`l.nop 1` in the guest). Then it stops its timer,
//! destroys the VM, checks that `l.vmenter` is now refused, reports its
//! checksum and the exit counts (`l.nop 2`) and ends with the guest's r3.
//!
//! With `Options::guests` = 2 (`harness2`) a second guest runs as VM 2 at
//! its own hPAs; the host keeps its caches on, touches a line of its own
//! scratch buffer at every exit, switches to the other VM at its exits
//! while that one has not halted, and destroys both at the end.
//!
//! The guest itself is the generator's program at its usual addresses
//! (its own handlers at its own vectors); `Gen` leaves out what a guest
//! cannot survive (accesses outside its regions are VM exits the host
//! cannot resume) and adds hypercalls and world-rule probes.

use super::*;

/// The harness's memory map (host physical), inside the first MiB of RAM
/// (`SIM_RAM_DEFAULT`), and its exit codes.
pub struct GuestLayout;

impl GuestLayout {
    /// The VM the harness creates.
    pub const VMID: u32 = 1;
    /// With two guests: the second VM.
    pub const VMID2: u32 = 2;
    /// With two guests: VM 2's ANSWER, GUEST_CODE, HALTED, DESC and MEAS
    /// are VM 1's + VM_STRIDE.
    pub const VM_STRIDE: u32 = 0x100;
    /// Host code after the host's vectors.
    pub const HOST_CODE: u32 = 0x1000;
    /// Host variables, addressed through r0 (below 0x8000).
    pub const HOST_DATA: u32 = 0x3000;
    /// The answer to the guest's next hypercall.
    pub const ANSWER: u32 = Self::HOST_DATA;
    /// VM exits so far.
    pub const EXITS: u32 = Self::HOST_DATA + 4;
    /// The host's checksum: the measurement's words, then every
    /// hypercall's VMEXINFO0..5, folded in.
    pub const SUM: u32 = Self::HOST_DATA + 8;
    /// The guest's r3 at its halt: the harness's exit code.
    pub const GUEST_CODE: u32 = Self::HOST_DATA + 0xc;
    /// With two guests: non-zero once the VM has halted.
    pub const HALTED: u32 = Self::HOST_DATA + 0x10;
    /// With two guests: the VM entered next (and running).
    pub const CUR: u32 = Self::HOST_DATA + 0x14;
    /// Exit counters, word `cause` (EXIT_TICK..=EXIT_FAULT).
    pub const COUNTS: u32 = Self::HOST_DATA + 0x20;
    /// Host tick periods (TTMR words), one per entry in turn.
    pub const PERIODS: u32 = Self::HOST_DATA + 0x40;
    pub const NPERIODS: u32 = 16;
    /// The VMC_* descriptor.
    pub const DESC: u32 = Self::HOST_DATA + 0x80;
    /// The launch measurement (32 bytes).
    pub const MEAS: u32 = Self::HOST_DATA + 0xc0;
    pub const HOST_DATA_SIZE: u32 = 0x100;
    /// With two guests: the host's scratch buffer, one D-cache's size; at
    /// every exit the host rewrites one of its lines (so host, VM 1 and
    /// VM 2 lines meet in every set).
    pub const SCRATCH: u32 = 0x4000;
    pub const SCRATCH_SIZE: u32 = CACHE_LINE_BYTES << DCACHE_SETS_LOG2;
    /// With two guests the exit code is VM 1's halt code | VM 2's <<
    /// GUEST2_SHIFT (both 0 when both guests ended cleanly).
    pub const GUEST2_SHIFT: u32 = 12;
    /// The guest image's copy: gPA 0.. here, page-aligned; its data
    /// region's copy follows its code pages.
    pub const IMAGE: u32 = 0x1_0000;
    /// The data region's hPA: DATA_HPA + k * DATA_SIZE, k < 16.
    pub const DATA_HPA: u32 = 0x6_0000;
    /// The code region's hPA: CODE_HPA + k * its size, below RAM_END.
    pub const CODE_HPA: u32 = 0x8_0000;
    pub const RAM_END: u32 = 0x10_0000;
    /// More VM exits than this end the run (FAIL_LIMIT).
    pub const MAX_EXITS: u32 = 0x7fff;
    /// Shortest host tick period (ISS steps / RTL cycles); the generator
    /// raises it to twice the cost of an exit when that is more.
    pub const HOST_TICK_MIN: u32 = 160;

    /// Exit codes of the harness's own failures (the guest's halt code is
    /// 0 or a guest vector, below 0x1000): a host exception (| vector),
    pub const FAIL_HOST_EXC: u32 = 0x1_0000;
    /// a monitor call (| call << 8 | status; calls: 1 create, 2 add page,
    /// 3 launch, 4 destroy, 5 measurement; | FAIL_SMC_VM2 for VM 2's),
    pub const FAIL_SMC: u32 = 0x2_0000;
    pub const FAIL_SMC_VM2: u32 = 0x1000;
    /// an exit cause other than tick, hypercall and halt (| cause; VMEXINFO0
    /// and 1 reported before),
    pub const FAIL_EXIT: u32 = 0x3_0000;
    /// l.vmenter refused (| its code; | 0x100: after destroy, not with
    /// VMENTER_ERR_FREE),
    pub const FAIL_REFUSED: u32 = 0x4_0000;
    /// more than MAX_EXITS exits,
    pub const FAIL_LIMIT: u32 = 0x5_0000;
    /// SPR_VMEXIT names another VM (| SPR_VMEXIT).
    pub const FAIL_VMID: u32 = 0x6_0000;
    /// `l.nop 2` values of the final report: REPORT_COUNT | cause << 24 | count.
    pub const REPORT_COUNT: u32 = 0xe000_0000;
}

/// Host steps of one VM exit, from the exit to the guest's next
/// instruction (the exit's own record included), without the guest's
/// ITLB misses after the entry; `harness` checks its code against it.
const EXIT_STEPS: u64 = 80;
/// The same with two guests (`harness2`: the scratch line, the switch).
const EXIT_STEPS_TWO: u64 = 100;

/// The largest `Options::insns` with two guests: both images' copies (text
/// to the estimate's end in whole pages, then the data region) fit between
/// IMAGE and DATA_HPA.
pub(crate) const MAX_INSNS_TWO_GUESTS: usize = (((GuestLayout::DATA_HPA - GuestLayout::IMAGE) / 2
    - Layout::DATA_SIZE
    - Layout::CODE_BASE
    - OVERRUN_BYTES)
    / 4) as usize;
/// Steps of a guest's `l.smc` (the monitor saves and restores 30 GPRs and
/// answers SM_ERR_UNSUPPORTED).
pub(super) const SMC_STEPS: u64 = 160;
/// Bytes of guest text past `insns` words the generator may produce (the
/// last item overruns the size): the code-size estimate the budget uses
/// before the code exists.
const OVERRUN_BYTES: u32 = 1024;

/// The monitor's cost model in ISS steps, measured on firmware/monitor's
/// sm.elf (docs/RPG.md) with some margin: the fixed work of its boot,
/// launch, measurement and destroy calls and of the harness's straight-line
/// code; per cache line of the regions, zeroed by create and again by
/// destroy (about 19 steps each); per page added (copy and SHA-256 of 4
/// KiB: 42,058 steps).
const SETUP_FIXED: u64 = 5_000;
const SETUP_PER_LINE: u64 = 22;
const SETUP_PER_PAGE: u64 = 44_000;

/// Sizes the plan of a guest program: known before its code exists
/// (estimates from `insns`), checked after.
#[derive(Clone, Copy, Debug)]
pub(super) struct Plan {
    /// worst-case steps of a VM exit and the re-entry, the guest's ITLB
    /// misses after it included
    pub exit_cost: u64,
    /// shortest host tick period
    pub period_min: u64,
    /// guest text end (gPA) the estimates assume
    code_end_max: u32,
}

fn code_region(code_end: u32) -> u32 {
    code_end.max(VM_REGION_MIN).next_power_of_two()
}

/// The monitor's and the harness's steps outside the guest's run.
fn setup_cost(code_end: u32, pages: u32) -> u64 {
    let lines = (code_region(code_end) + Layout::DATA_SIZE) / CACHE_LINE_BYTES;
    SETUP_FIXED + SETUP_PER_LINE * 2 * lines as u64 + SETUP_PER_PAGE * pages as u64
}

impl Plan {
    pub(super) fn new(opts: &Options, tlb_cost: u64) -> Plan {
        let code_end_max = (Layout::CODE_BASE + 4 * opts.insns as u32 + OVERRUN_BYTES).min(Layout::DATA_BASE);
        // after each entry the guest's first fetch in each code page misses
        // in its (emptied) ITLB again; its DTLB misses are counted at every
        // load and store, plus one: an exit inside a TLB-miss handler makes
        // its retry miss again
        let tlb = (code_end_max.div_ceil(PAGE_SIZE) as u64 + 1) * tlb_cost;
        let exit_cost = if opts.guests == 2 { EXIT_STEPS_TWO } else { EXIT_STEPS } + tlb;
        Plan { exit_cost, period_min: (GuestLayout::HOST_TICK_MIN as u64).max(2 * exit_cost), code_end_max }
    }

    /// Steps the guest's own code may use when its run (from the first
    /// entry to the halt) may take `run`: host ticks take at most
    /// exit_cost of every period_min.
    pub(super) fn guest_budget(&self, run: u64) -> u64 {
        (run * (self.period_min - self.exit_cost) / self.period_min).saturating_sub(self.exit_cost)
    }

    /// The run's bound for a guest bounded by `guest` steps.
    fn run(&self, guest: u64) -> u64 {
        ((guest + self.exit_cost) * self.period_min).div_ceil(self.period_min - self.exit_cost)
    }
}

/// `Options::validate`'s floor for `max_steps` with `guest`: room for
/// MIN_STEPS of each guest's own.
pub(crate) fn guest_min_steps(opts: &Options) -> u64 {
    Plan::new(opts, super::tlb_miss_cost(opts)).run(crate::MIN_STEPS) * opts.guests.clamp(1, 2) as u64
}

/// Two size-aligned power-of-two blocks overlap (the monitor's test).
fn blocks_meet(a: u32, asize: u32, b: u32, bsize: u32) -> bool {
    (a ^ b) & !(asize.max(bsize) - 1) == 0
}

/// A tiny assembler for the harness: words from a base address, labels.
struct Asm {
    base: u32,
    words: Vec<u32>,
    labels: Vec<Option<usize>>,
    fixups: Vec<(usize, usize)>,
}

impl Asm {
    fn new(base: u32) -> Asm {
        Asm { base, words: Vec::new(), labels: Vec::new(), fixups: Vec::new() }
    }
    fn here(&self) -> u32 {
        self.base + 4 * self.words.len() as u32
    }
    fn w(&mut self, w: u32) {
        self.words.push(w);
    }
    fn ws(&mut self, ws: &[u32]) {
        self.words.extend_from_slice(ws);
    }
    /// Pads with zero words up to `addr`.
    fn org(&mut self, addr: u32) {
        assert!(self.here() <= addr, "harness code overlaps 0x{addr:x}");
        while self.here() < addr {
            self.w(0);
        }
    }
    fn label(&mut self) -> usize {
        self.labels.push(None);
        self.labels.len() - 1
    }
    fn bind(&mut self, l: usize) {
        assert!(self.labels[l].is_none());
        self.labels[l] = Some(self.words.len());
    }
    /// A branch to `l` and its delay slot.
    fn br(&mut self, opcode: u32, l: usize, slot: u32) {
        self.fixups.push((self.words.len(), l));
        self.w(opcode << INSN_OPCODE_SHIFT);
        self.w(slot);
    }
    fn index(&self, l: usize) -> usize {
        self.labels[l].expect("unbound label")
    }
    fn finish(mut self) -> Vec<u32> {
        for &(at, l) in &self.fixups {
            let off = (self.index(l) as i32 - at as i32) * 4;
            self.words[at] = branch(self.words[at] >> INSN_OPCODE_SHIFT, off);
        }
        self.words
    }
    /// r3 = code | rX (rX = 0: just the code); l.nop 1.
    fn exit_with(&mut self, code: u32, or_reg: u8) {
        self.ws(&load32(3, code));
        if or_reg != 0 {
            self.w(alu(ALU_OR, 0, 0, 3, 3, or_reg));
        }
        self.w(nop(NOP_EXIT));
        self.w(branch(OP_J, 0));
        self.w(nop(NOP_NOP));
    }
}

/// The guest image as the generator made it.
pub(super) struct GuestImage<'a> {
    /// words from gPA IMAGE_BASE (vectors, counters, code)
    pub text: &'a [u8],
    pub data: &'a [u8],
}

/// A guest's copy in the host's image, the pages to add from it and its
/// `VMC_*` descriptor.
struct Prepared {
    /// the image from gPA 0, whole pages
    gtext: Vec<u8>,
    /// host address of the data region's copy (after `gtext`'s)
    image_data: u32,
    /// pages to add: (gPA, host copy); all-zero ones are left out (create
    /// zeroes the regions)
    pages: Vec<(u32, u32)>,
    desc: [u32; (VMC_BYTES / 4) as usize],
    /// the guest's text end (gPA)
    code_end: u32,
    /// the regions' hPA blocks (base, size): code, data
    blocks: [(u32, u32); 2],
}

/// Lays out a guest's copy at host address `image` and picks its regions'
/// hPAs, clear of the blocks in `taken` (another VM's).
fn prepare(rng: &mut ChaCha8Rng, plan: &Plan, img: &GuestImage, image: u32, taken: &[(u32, u32)]) -> Prepared {
    use GuestLayout as L;
    // the guest image from gPA 0, whole pages
    let code_end = Layout::IMAGE_BASE + img.text.len() as u32;
    assert!(
        code_end <= plan.code_end_max,
        "guest text to 0x{code_end:x} beyond the estimate 0x{:x}",
        plan.code_end_max
    );
    let mut gtext = vec![0u8; Layout::IMAGE_BASE as usize];
    gtext.extend_from_slice(img.text);
    gtext.resize(code_end.next_multiple_of(MEASURE_PAGE) as usize, 0);
    let image_data = image + gtext.len() as u32;
    assert!(image_data + Layout::DATA_SIZE <= L::DATA_HPA);
    let mut pages: Vec<(u32, u32)> = Vec::new();
    for (i, page) in gtext.chunks(MEASURE_PAGE as usize).enumerate() {
        if page.iter().any(|&b| b != 0) {
            let off = i as u32 * MEASURE_PAGE;
            pages.push((off, image + off));
        }
    }
    for i in 0..Layout::DATA_SIZE / MEASURE_PAGE {
        let off = i * MEASURE_PAGE;
        pages.push((Layout::DATA_BASE + off, image_data + off));
    }
    // regions: code at gPA 0, data at DATA_BASE, in two random slots of the
    // descriptor, at random aligned hPAs (of the first 8 free code slots,
    // the 16 data slots)
    let free = |hpa: u32, size: u32| taken.iter().all(|&(b, bsize)| !blocks_meet(hpa, size, b, bsize));
    let csize = code_region(code_end);
    let code_slots: Vec<u32> =
        (0..(L::RAM_END - L::CODE_HPA) / csize).filter(|&k| free(L::CODE_HPA + csize * k, csize)).take(8).collect();
    let code_hpa = L::CODE_HPA + csize * code_slots[rng.gen_range(0..code_slots.len() as u32) as usize];
    let data_slots: Vec<u32> =
        (0..16).filter(|&k| free(L::DATA_HPA + Layout::DATA_SIZE * k, Layout::DATA_SIZE)).collect();
    let data_hpa = L::DATA_HPA + Layout::DATA_SIZE * data_slots[rng.gen_range(0..data_slots.len() as u32) as usize];
    let mut slots = [0usize, 1, 2, 3];
    slots.shuffle(rng);
    let mut desc = [0u32; (VMC_BYTES / 4) as usize];
    desc[(VMC_POLICY / 4) as usize] = 0;
    for (slot, (gpa, size, hpa)) in
        [(slots[0], (0, csize, code_hpa)), (slots[1], (Layout::DATA_BASE, Layout::DATA_SIZE, data_hpa))]
    {
        let i = ((VMC_REGIONS + VMC_REGION_BYTES * slot as u32) / 4) as usize;
        desc[i..i + 3].copy_from_slice(&[gpa, size, hpa]);
    }
    Prepared { gtext, image_data, pages, desc, code_end, blocks: [(code_hpa, csize), (data_hpa, Layout::DATA_SIZE)] }
}

fn bytes(ws: &[u32]) -> Vec<u8> {
    ws.iter().flat_map(|w| w.to_be_bytes()).collect()
}

/// The harness's ELF, the bound on the steps of the guest's run (from
/// the first entry to the halt: the guest, its exits, the harness's loop)
/// for a guest whose own steps are bounded by `guest_steps`, and the bound
/// on the rest (the monitor's calls and the harness's straight-line code).
pub(super) fn harness(
    rng: &mut ChaCha8Rng,
    opts: &Options,
    plan: &Plan,
    img: GuestImage,
    guest_steps: u64,
) -> (Vec<u8>, u64, u64) {
    use GuestLayout as L;
    let Prepared { gtext, image_data, pages, desc, code_end, .. } = prepare(rng, plan, &img, L::IMAGE, &[]);
    // host tick periods (restart mode, interrupt enabled: IP is the exit)
    let pmin = plan.period_min as u32;
    let periods: Vec<u32> =
        (0..L::NPERIODS).map(|_| (TTMR_M_RESTART << TTMR_M_SHIFT) | TTMR_IE | rng.gen_range(pmin..=3 * pmin)).collect();
    // the l.vmenter's registers, and how 0xF00 comes back
    let ra = rng.gen_range(1..32u8);
    let rb = loop {
        let r = rng.gen_range(1..32u8);
        if r != ra {
            break r;
        }
    };
    let rfe_back = rng.gen_bool(0.5);
    let host_caches = opts.caches && rng.gen_bool(0.5);

    let mut a = Asm::new(VEC_RESET);
    let main = a.label();
    let exit_path = a.label();
    a.br(OP_J, main, nop(NOP_NOP));
    for v in (VEC_BUS_ERROR..VEC_VMEXIT).step_by(0x100) {
        a.org(v);
        a.exit_with(L::FAIL_HOST_EXC | v, 0);
    }
    a.org(VEC_VMEXIT);
    if rfe_back {
        // back to just after the l.vmenter, r11 = 0 (every GPR is)
        a.w(rfe());
    } else {
        a.br(OP_J, exit_path, nop(NOP_NOP));
    }
    a.org(L::HOST_CODE);
    a.bind(main);
    if host_caches {
        a.w(dai(OP_ORI, 1, 0, SR_RESET | SR_ICE | SR_DCE));
        a.w(mtspr(0, 1, SPR_SR));
    }
    let fails: Vec<usize> = (0..6).map(|_| a.label()).collect();
    let smc = |a: &mut Asm, args: &[u32], call: usize| {
        for (r, &v) in (3..).zip(args) {
            a.ws(&load32(r, v));
        }
        a.w(SMC_INSN);
        a.w(sfi(SF_NE, 11, 0));
        a.br(OP_BF, fails[call], nop(NOP_NOP));
    };
    smc(&mut a, &[SMC_VM_CREATE, L::VMID, L::DESC], 1);
    for &(gpa, src) in &pages {
        smc(&mut a, &[SMC_VM_ADD_PAGE, L::VMID, gpa, src, 0], 2);
    }
    smc(&mut a, &[SMC_VM_LAUNCH, L::VMID], 3);
    smc(&mut a, &[SMC_VM_MEASUREMENT, L::VMID, L::MEAS], 5);
    // SUM = the measurement's words folded
    a.w(alu(ALU_OR, 0, 0, 3, 0, 0));
    for i in 0..8 {
        a.w(load(OP_LWZ, 4, 0, L::MEAS + 4 * i));
        a.w(shifti(SHIFT_ROR, 3, 3, 27));
        a.w(alu(ALU_XOR, 0, 0, 3, 3, 4));
    }
    a.w(store(OP_SW, 0, 3, L::SUM));

    // enter: arm the host timer (IP cleared), l.vmenter
    let enter = a.label();
    let refused = a.label();
    let halt = a.label();
    let vmcall = a.label();
    let limit = a.label();
    let bad_vmid = a.label();
    a.bind(enter);
    let path_start = a.words.len();
    a.w(load(OP_LWZ, 1, 0, L::EXITS));
    a.w(dai(OP_ANDI, 1, 1, L::NPERIODS - 1));
    a.w(shifti(SHIFT_SLL, 1, 1, 2));
    a.w(load(OP_LWZ, 2, 1, L::PERIODS));
    a.w(mtspr(0, 0, SPR_TTCR));
    a.w(mtspr(0, 2, SPR_TTMR));
    a.w(dai(OP_ORI, ra, 0, L::VMID));
    a.w(load(OP_LWZ, rb, 0, L::ANSWER));
    a.w(vmenter(ra, rb));
    if rfe_back {
        // a refusal goes on here with r11 = VMENTER_ERR_*, an exit with 0
        a.w(sfi(SF_NE, 11, 0));
        a.br(OP_BF, refused, nop(NOP_NOP));
    } else {
        a.br(OP_J, refused, nop(NOP_NOP));
    }
    // the exit: cause, counters, what next
    a.bind(exit_path);
    a.w(mfspr(1, 0, SPR_VMEXIT));
    a.w(shifti(SHIFT_SRL, 2, 1, VMEXIT_VMID_SHIFT));
    a.w(sfi(SF_NE, 2, L::VMID));
    a.br(OP_BF, bad_vmid, dai(OP_ANDI, 2, 1, 0xff));
    a.w(shifti(SHIFT_SLL, 3, 2, 2));
    a.w(load(OP_LWZ, 4, 3, L::COUNTS));
    a.w(dai(OP_ADDI, 4, 4, 1));
    a.w(store(OP_SW, 3, 4, L::COUNTS));
    a.w(load(OP_LWZ, 4, 0, L::EXITS));
    a.w(dai(OP_ADDI, 4, 4, 1));
    a.w(store(OP_SW, 0, 4, L::EXITS));
    a.w(sfi(SF_GTU, 4, L::MAX_EXITS));
    a.br(OP_BF, limit, sfi(SF_EQ, 2, EXIT_TICK));
    a.br(OP_BF, enter, sfi(SF_EQ, 2, EXIT_VMCALL));
    a.br(OP_BF, vmcall, sfi(SF_EQ, 2, EXIT_HALT));
    a.br(OP_BF, halt, nop(NOP_NOP));
    // unexpected: report VMEXINFO0/1, fail with the cause
    for i in 0..2 {
        a.w(mfspr(3, 0, SPR_VMEXINFO0 + i));
        a.w(nop(NOP_REPORT));
    }
    a.exit_with(L::FAIL_EXIT, 2);
    // a hypercall: fold VMEXINFO0..5 into SUM; answer SUM ^ exits
    a.bind(vmcall);
    a.w(load(OP_LWZ, 3, 0, L::SUM));
    for i in 0..VMEXINFO_COUNT {
        a.w(mfspr(5, 0, SPR_VMEXINFO0 + i));
        a.w(shifti(SHIFT_ROR, 3, 3, 27));
        a.w(alu(ALU_XOR, 0, 0, 3, 3, 5));
    }
    a.w(store(OP_SW, 0, 3, L::SUM));
    a.w(alu(ALU_XOR, 0, 0, 3, 3, 4));
    a.br(OP_J, enter, store(OP_SW, 0, 3, L::ANSWER));
    let path_words = (a.words.len() - path_start) as u64;
    let vec_words = if rfe_back { 1 } else { 2 };
    assert!(path_words + vec_words + 1 <= EXIT_STEPS, "the exit path has {path_words} words");

    // the halt: stop the timer, destroy, l.vmenter must be refused now
    a.bind(halt);
    a.w(mfspr(3, 0, SPR_VMEXINFO0));
    a.w(store(OP_SW, 0, 3, L::GUEST_CODE));
    a.w(mtspr(0, 0, SPR_TTMR));
    smc(&mut a, &[SMC_VM_DESTROY, L::VMID], 4);
    let bad_refusal = a.label();
    a.w(dai(OP_ORI, ra, 0, L::VMID));
    a.w(vmenter(ra, 0));
    a.w(sfi(SF_NE, 11, VMENTER_ERR_FREE));
    a.br(OP_BF, bad_refusal, nop(NOP_NOP));
    a.w(load(OP_LWZ, 3, 0, L::SUM));
    a.w(nop(NOP_REPORT));
    for cause in EXIT_TICK..=EXIT_FAULT {
        a.w(load(OP_LWZ, 3, 0, L::COUNTS + 4 * cause));
        a.w(movhi(4, (L::REPORT_COUNT | cause << 24) >> 16));
        a.w(alu(ALU_OR, 0, 0, 3, 3, 4));
        a.w(nop(NOP_REPORT));
    }
    a.w(load(OP_LWZ, 3, 0, L::GUEST_CODE));
    a.w(nop(NOP_EXIT));
    a.w(branch(OP_J, 0));
    a.w(nop(NOP_NOP));
    // failures
    a.bind(refused);
    a.exit_with(L::FAIL_REFUSED, 11);
    a.bind(bad_refusal);
    a.exit_with(L::FAIL_REFUSED | 0x100, 11);
    a.bind(limit);
    a.exit_with(L::FAIL_LIMIT, 0);
    a.bind(bad_vmid);
    a.exit_with(L::FAIL_VMID, 1);
    for (call, &l) in fails.iter().enumerate().skip(1) {
        a.bind(l);
        a.exit_with(L::FAIL_SMC | (call as u32) << 8, 11);
    }
    a.bind(fails[0]);
    a.exit_with(L::FAIL_SMC, 11);
    let code = a.finish();
    assert!(VEC_RESET + 4 * code.len() as u32 <= L::HOST_DATA, "harness code overlaps its data");

    let mut data = vec![0u32; (L::HOST_DATA_SIZE / 4) as usize];
    let at = |addr: u32| ((addr - L::HOST_DATA) / 4) as usize;
    data[at(L::PERIODS)..at(L::PERIODS) + periods.len()].copy_from_slice(&periods);
    data[at(L::DESC)..at(L::DESC) + desc.len()].copy_from_slice(&desc);
    let (text, data) = (bytes(&code), bytes(&data));
    let elf = elf::write(
        VEC_RESET,
        &[
            elf::Segment { name: ".text", addr: VEC_RESET, data: &text, exec: true },
            elf::Segment { name: ".data", addr: L::HOST_DATA, data: &data, exec: false },
            elf::Segment { name: ".guest.text", addr: L::IMAGE, data: &gtext, exec: false },
            elf::Segment { name: ".guest.data", addr: image_data, data: img.data, exec: false },
        ],
    );
    let run = plan.run(guest_steps);
    (elf, run, setup_cost(code_end, pages.len() as u32))
}

/// `harness` for two guests (`Options::guests` = 2): VM 1 from `imgs[0]`,
/// VM 2 from `imgs[1]`, each at its own hPAs and with its own copy; the
/// host runs with its caches on, alternates between the VMs at their exits
/// and destroys both once both have halted. Returns the ELF, the bound on
/// both guests' runs (each's as `harness`'s, the first halt's exit
/// included) and on the rest.
pub(super) fn harness2(
    rng: &mut ChaCha8Rng,
    plan: &Plan,
    imgs: [GuestImage; 2],
    guest_steps: [u64; 2],
) -> (Vec<u8>, u64, u64) {
    use GuestLayout as L;
    let p1 = prepare(rng, plan, &imgs[0], L::IMAGE, &[]);
    let at2 = p1.image_data + Layout::DATA_SIZE;
    let p2 = prepare(rng, plan, &imgs[1], at2, &p1.blocks);
    let preps = [p1, p2];
    const VMIDS: [u32; 2] = [GuestLayout::VMID, GuestLayout::VMID2];
    // the other VM's VMID is VMID ^ 3; per-VM variables are addressed
    // through (VMID << 8) + X - VM_STRIDE
    const _: () = assert!(GuestLayout::VMID ^ 3 == GuestLayout::VMID2 && GuestLayout::VM_STRIDE == 1 << 8);
    const _: () = assert!(GuestLayout::VMID == 1);
    const VS: u32 = GuestLayout::VM_STRIDE;
    // host tick periods (restart mode, interrupt enabled: IP is the exit)
    let pmin = plan.period_min as u32;
    let periods: Vec<u32> =
        (0..L::NPERIODS).map(|_| (TTMR_M_RESTART << TTMR_M_SHIFT) | TTMR_IE | rng.gen_range(pmin..=3 * pmin)).collect();
    // the l.vmenter's registers, and how 0xF00 comes back
    let ra = rng.gen_range(1..32u8);
    let rb = loop {
        let r = rng.gen_range(1..32u8);
        if r != ra {
            break r;
        }
    };
    let rfe_back = rng.gen_bool(0.5);
    // a hypercall switches VMs too, or re-enters its own
    let vmcall_switches = rng.gen_bool(0.5);
    let first = VMIDS[rng.gen_range(0..2usize)];
    let destroy = if rng.gen_bool(0.5) { VMIDS } else { [VMIDS[1], VMIDS[0]] };
    // the scratch line of exit n: (n * stride) mod SCRATCH_SIZE, stride an
    // odd number of lines (every line in turn)
    let stride = (rng.gen_range(0..0x400u32) * 2 + 1) * CACHE_LINE_BYTES;
    let scratch: Vec<u8> = (0..L::SCRATCH_SIZE).map(|_| rng.gen()).collect();

    let mut a = Asm::new(VEC_RESET);
    let main = a.label();
    let exit_path = a.label();
    a.br(OP_J, main, nop(NOP_NOP));
    for v in (VEC_BUS_ERROR..VEC_VMEXIT).step_by(0x100) {
        a.org(v);
        a.exit_with(L::FAIL_HOST_EXC | v, 0);
    }
    a.org(VEC_VMEXIT);
    if rfe_back {
        a.w(rfe());
    } else {
        a.br(OP_J, exit_path, nop(NOP_NOP));
    }
    a.org(L::HOST_CODE);
    a.bind(main);
    // the host's caches on, for good
    a.w(dai(OP_ORI, 1, 0, SR_RESET | SR_ICE | SR_DCE));
    a.w(mtspr(0, 1, SPR_SR));
    let fails: Vec<Vec<usize>> = (0..2).map(|_| (0..6).map(|_| a.label()).collect()).collect();
    let smc = |a: &mut Asm, args: &[u32], vm: usize, call: usize| {
        for (r, &v) in (3..).zip(args) {
            a.ws(&load32(r, v));
        }
        a.w(SMC_INSN);
        a.w(sfi(SF_NE, 11, 0));
        a.br(OP_BF, fails[vm][call], nop(NOP_NOP));
    };
    for (i, p) in preps.iter().enumerate() {
        let (vmid, off) = (VMIDS[i], VS * i as u32);
        smc(&mut a, &[SMC_VM_CREATE, vmid, L::DESC + off], i, 1);
        for &(gpa, src) in &p.pages {
            smc(&mut a, &[SMC_VM_ADD_PAGE, vmid, gpa, src, 0], i, 2);
        }
        smc(&mut a, &[SMC_VM_LAUNCH, vmid], i, 3);
        smc(&mut a, &[SMC_VM_MEASUREMENT, vmid, L::MEAS + off], i, 5);
    }
    // SUM = both measurements' words folded
    a.w(alu(ALU_OR, 0, 0, 3, 0, 0));
    for off in [0, VS] {
        for i in 0..8 {
            a.w(load(OP_LWZ, 4, 0, L::MEAS + off + 4 * i));
            a.w(shifti(SHIFT_ROR, 3, 3, 27));
            a.w(alu(ALU_XOR, 0, 0, 3, 3, 4));
        }
    }
    a.w(store(OP_SW, 0, 3, L::SUM));

    // enter CUR: arm the host timer (IP cleared), l.vmenter
    let enter = a.label();
    let refused = a.label();
    let halt = a.label();
    let vmcall = a.label();
    let switch = a.label();
    let limit = a.label();
    let bad_vmid = a.label();
    a.bind(enter);
    let path_start = a.words.len();
    a.w(load(OP_LWZ, 1, 0, L::EXITS));
    a.w(dai(OP_ANDI, 1, 1, L::NPERIODS - 1));
    a.w(shifti(SHIFT_SLL, 1, 1, 2));
    a.w(load(OP_LWZ, 2, 1, L::PERIODS));
    a.w(mtspr(0, 0, SPR_TTCR));
    a.w(mtspr(0, 2, SPR_TTMR));
    a.w(load(OP_LWZ, ra, 0, L::CUR));
    a.w(shifti(SHIFT_SLL, rb, ra, 8));
    a.w(load(OP_LWZ, rb, rb, L::ANSWER - VS));
    a.w(vmenter(ra, rb));
    if rfe_back {
        a.w(sfi(SF_NE, 11, 0));
        a.br(OP_BF, refused, nop(NOP_NOP));
    } else {
        a.br(OP_J, refused, nop(NOP_NOP));
    }
    // the exit: r1 = SPR_VMEXIT, r2 = cause, r4 = exits, r5 = CUR
    a.bind(exit_path);
    a.w(mfspr(1, 0, SPR_VMEXIT));
    a.w(shifti(SHIFT_SRL, 2, 1, VMEXIT_VMID_SHIFT));
    a.w(load(OP_LWZ, 5, 0, L::CUR));
    a.w(sf(SF_NE, 2, 5));
    a.br(OP_BF, bad_vmid, dai(OP_ANDI, 2, 1, 0xff));
    a.w(shifti(SHIFT_SLL, 3, 2, 2));
    a.w(load(OP_LWZ, 4, 3, L::COUNTS));
    a.w(dai(OP_ADDI, 4, 4, 1));
    a.w(store(OP_SW, 3, 4, L::COUNTS));
    a.w(load(OP_LWZ, 4, 0, L::EXITS));
    a.w(dai(OP_ADDI, 4, 4, 1));
    a.w(store(OP_SW, 0, 4, L::EXITS));
    // the host's own data: scratch line exits * stride, ^= SPR_VMEXIT, and
    // folded into SUM (left in r3)
    a.w(dai(OP_MULI, 6, 4, stride));
    a.w(dai(OP_ANDI, 6, 6, L::SCRATCH_SIZE - CACHE_LINE_BYTES));
    a.w(load(OP_LWZ, 7, 6, L::SCRATCH));
    a.w(alu(ALU_XOR, 0, 0, 7, 7, 1));
    a.w(store(OP_SW, 6, 7, L::SCRATCH));
    a.w(load(OP_LWZ, 3, 0, L::SUM));
    a.w(shifti(SHIFT_ROR, 3, 3, 27));
    a.w(alu(ALU_XOR, 0, 0, 3, 3, 7));
    a.w(store(OP_SW, 0, 3, L::SUM));
    a.w(sfi(SF_GTU, 4, L::MAX_EXITS));
    a.br(OP_BF, limit, sfi(SF_EQ, 2, EXIT_TICK));
    a.br(OP_BF, switch, sfi(SF_EQ, 2, EXIT_VMCALL));
    a.br(OP_BF, vmcall, sfi(SF_EQ, 2, EXIT_HALT));
    a.br(OP_BF, halt, nop(NOP_NOP));
    for i in 0..2 {
        a.w(mfspr(3, 0, SPR_VMEXINFO0 + i));
        a.w(nop(NOP_REPORT));
    }
    a.exit_with(L::FAIL_EXIT, 2);
    // a hypercall: fold VMEXINFO0..5 into SUM; answer SUM ^ exits
    a.bind(vmcall);
    for i in 0..VMEXINFO_COUNT {
        a.w(mfspr(7, 0, SPR_VMEXINFO0 + i));
        a.w(shifti(SHIFT_ROR, 3, 3, 27));
        a.w(alu(ALU_XOR, 0, 0, 3, 3, 7));
    }
    a.w(store(OP_SW, 0, 3, L::SUM));
    a.w(alu(ALU_XOR, 0, 0, 3, 3, 4));
    a.w(shifti(SHIFT_SLL, 6, 5, 8));
    a.br(OP_J, if vmcall_switches { switch } else { enter }, store(OP_SW, 6, 3, L::ANSWER - VS));
    // switch to the other VM unless it has halted
    a.bind(switch);
    a.w(dai(OP_XORI, 6, 5, 3));
    a.w(shifti(SHIFT_SLL, 7, 6, 8));
    a.w(load(OP_LWZ, 7, 7, L::HALTED - VS));
    a.w(sfi(SF_NE, 7, 0));
    a.br(OP_BF, enter, nop(NOP_NOP));
    a.br(OP_J, enter, store(OP_SW, 0, 6, L::CUR));
    let path_words = (a.words.len() - path_start) as u64;
    let vec_words = if rfe_back { 1 } else { 2 };
    assert!(path_words + vec_words + 1 <= EXIT_STEPS_TWO, "the exit path has {path_words} words");

    // a halt: its code, HALTED; the other VM if it has not halted
    a.bind(halt);
    a.w(mfspr(3, 0, SPR_VMEXINFO0));
    a.w(shifti(SHIFT_SLL, 6, 5, 8));
    a.w(store(OP_SW, 6, 3, L::GUEST_CODE - VS));
    a.w(dai(OP_ORI, 7, 0, 1));
    a.w(store(OP_SW, 6, 7, L::HALTED - VS));
    a.w(dai(OP_XORI, 6, 5, 3));
    a.w(shifti(SHIFT_SLL, 7, 6, 8));
    a.w(load(OP_LWZ, 7, 7, L::HALTED - VS));
    a.w(sfi(SF_EQ, 7, 0));
    a.br(OP_BF, enter, store(OP_SW, 0, 6, L::CUR));
    // both halted: stop the timer, destroy both, l.vmenter refused for both
    a.w(mtspr(0, 0, SPR_TTMR));
    for vmid in destroy {
        smc(&mut a, &[SMC_VM_DESTROY, vmid], (vmid - 1) as usize, 4);
    }
    let bad_refusal = a.label();
    for vmid in destroy {
        a.w(dai(OP_ORI, ra, 0, vmid));
        a.w(vmenter(ra, 0));
        a.w(sfi(SF_NE, 11, VMENTER_ERR_FREE));
        a.br(OP_BF, bad_refusal, nop(NOP_NOP));
    }
    a.w(load(OP_LWZ, 3, 0, L::SUM));
    a.w(nop(NOP_REPORT));
    for cause in EXIT_TICK..=EXIT_FAULT {
        a.w(load(OP_LWZ, 3, 0, L::COUNTS + 4 * cause));
        a.w(movhi(4, (L::REPORT_COUNT | cause << 24) >> 16));
        a.w(alu(ALU_OR, 0, 0, 3, 3, 4));
        a.w(nop(NOP_REPORT));
    }
    // the exit code: both halt codes
    a.w(load(OP_LWZ, 3, 0, L::GUEST_CODE));
    a.w(load(OP_LWZ, 4, 0, L::GUEST_CODE + VS));
    a.w(shifti(SHIFT_SLL, 4, 4, L::GUEST2_SHIFT));
    a.w(alu(ALU_OR, 0, 0, 3, 3, 4));
    a.w(nop(NOP_EXIT));
    a.w(branch(OP_J, 0));
    a.w(nop(NOP_NOP));
    // failures
    a.bind(refused);
    a.exit_with(L::FAIL_REFUSED, 11);
    a.bind(bad_refusal);
    a.exit_with(L::FAIL_REFUSED | 0x100, 11);
    a.bind(limit);
    a.exit_with(L::FAIL_LIMIT, 0);
    a.bind(bad_vmid);
    a.exit_with(L::FAIL_VMID, 1);
    for (vm, ls) in fails.iter().enumerate() {
        let vm_bit = if vm == 1 { L::FAIL_SMC_VM2 } else { 0 };
        for (call, &l) in ls.iter().enumerate() {
            a.bind(l);
            a.exit_with(L::FAIL_SMC | vm_bit | (call as u32) << 8, 11);
        }
    }
    let code = a.finish();
    assert!(VEC_RESET + 4 * code.len() as u32 <= L::HOST_DATA, "harness code overlaps its data");

    let mut data = vec![0u32; (2 * VS / 4) as usize];
    let at = |addr: u32| ((addr - L::HOST_DATA) / 4) as usize;
    data[at(L::PERIODS)..at(L::PERIODS) + periods.len()].copy_from_slice(&periods);
    for (i, p) in preps.iter().enumerate() {
        let d = at(L::DESC + VS * i as u32);
        data[d..d + p.desc.len()].copy_from_slice(&p.desc);
    }
    data[at(L::CUR)] = first;
    const _: () = assert!(GuestLayout::HOST_DATA + 2 * GuestLayout::VM_STRIDE <= GuestLayout::SCRATCH);
    const _: () = assert!(GuestLayout::SCRATCH + GuestLayout::SCRATCH_SIZE <= GuestLayout::IMAGE);
    let (text, data) = (bytes(&code), bytes(&data));
    let [p1, p2] = &preps;
    let elf = elf::write(
        VEC_RESET,
        &[
            elf::Segment { name: ".text", addr: VEC_RESET, data: &text, exec: true },
            elf::Segment { name: ".data", addr: L::HOST_DATA, data: &data, exec: false },
            elf::Segment { name: ".scratch", addr: L::SCRATCH, data: &scratch, exec: false },
            elf::Segment { name: ".guest.text", addr: L::IMAGE, data: &p1.gtext, exec: false },
            elf::Segment { name: ".guest.data", addr: p1.image_data, data: imgs[0].data, exec: false },
            elf::Segment { name: ".guest2.text", addr: at2, data: &p2.gtext, exec: false },
            elf::Segment { name: ".guest2.data", addr: p2.image_data, data: imgs[1].data, exec: false },
        ],
    );
    // each guest's run as harness's bounds it; the second's extra exit
    // covers the first halt and the entry of the other VM
    let run = plan.run(guest_steps[0]) + plan.run(guest_steps[1]);
    let setup: u64 = preps.iter().map(|p| setup_cost(p.code_end, p.pages.len() as u32)).sum();
    (elf, run, setup)
}
