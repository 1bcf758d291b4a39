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
    /// 3 launch, 4 destroy, 5 measurement),
    pub const FAIL_SMC: u32 = 0x2_0000;
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
        let exit_cost = EXIT_STEPS + tlb;
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
/// MIN_STEPS of the guest's own.
pub(crate) fn guest_min_steps(opts: &Options) -> u64 {
    Plan::new(opts, super::tlb_miss_cost(opts)).run(crate::MIN_STEPS)
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
    let image_data = L::IMAGE + gtext.len() as u32;
    assert!(image_data + Layout::DATA_SIZE <= L::DATA_HPA);
    // pages to add: (gPA, host copy); all-zero ones are left out (create
    // zeroes the regions)
    let mut pages: Vec<(u32, u32)> = Vec::new();
    for (i, page) in gtext.chunks(MEASURE_PAGE as usize).enumerate() {
        if page.iter().any(|&b| b != 0) {
            let off = i as u32 * MEASURE_PAGE;
            pages.push((off, L::IMAGE + off));
        }
    }
    for i in 0..Layout::DATA_SIZE / MEASURE_PAGE {
        let off = i * MEASURE_PAGE;
        pages.push((Layout::DATA_BASE + off, image_data + off));
    }
    // regions: code at gPA 0, data at DATA_BASE, in two random slots of the
    // descriptor, at random aligned hPAs
    let csize = code_region(code_end);
    let code_hpa = L::CODE_HPA + csize * rng.gen_range(0..((L::RAM_END - L::CODE_HPA) / csize).min(8));
    let data_hpa = L::DATA_HPA + Layout::DATA_SIZE * rng.gen_range(0..16);
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
    let bytes = |ws: &[u32]| -> Vec<u8> { ws.iter().flat_map(|w| w.to_be_bytes()).collect() };
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
