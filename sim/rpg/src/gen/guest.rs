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
    /// The save areas of the sealed contexts (docs/SEALING.md): VM k's at
    /// SAVE + (k - 1) * SEAL_ALIGN, in a host page the host never touches
    /// through its caches (the sealing engine bypasses them).
    pub const SAVE: u32 = 0x3800;
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
/// Added to every host tick period: on the RTL, whose host tick counts
/// clock cycles, the entry's unseal and context copy (docs/SEALING.md)
/// run after the harness has restarted its timer, so without this a short
/// period would leave the guest hardly a cycle before the next tick.
const UNSEAL_CYCLES: u32 = 300;

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
/// launch, measurement and destroy calls (each of boot and destroy also
/// overwrites the 256 TLB registers, about 718 steps) and of the harness's
/// straight-line code; per cache line of the regions, zeroed by create,
/// by destroy under ENC and once more raw after it clears ENC (about 19
/// steps each, `ZEROING_PASSES`); per page added (copy and SHA-256 of 4
/// KiB: 42,058 steps).
const SETUP_FIXED: u64 = 7_000;
const SETUP_PER_LINE: u64 = 22;
const ZEROING_PASSES: u64 = 3;
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
    SETUP_FIXED + SETUP_PER_LINE * ZEROING_PASSES * lines as u64 + SETUP_PER_PAGE * pages as u64
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
        self.stop();
    }
    /// l.nop 1 (the exit, r3 its code), then spin.
    fn stop(&mut self) {
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
    /// host address of the copy (gPA 0)
    image: u32,
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
    Prepared {
        image,
        gtext,
        image_data,
        pages,
        desc,
        code_end,
        blocks: [(code_hpa, csize), (data_hpa, Layout::DATA_SIZE)],
    }
}

/// `prepare`s each guest in turn: the copies one after the other from
/// IMAGE, each VM's regions clear of the VMs' before it.
fn prepare_all(rng: &mut ChaCha8Rng, plan: &Plan, imgs: &[GuestImage]) -> Vec<Prepared> {
    let mut preps: Vec<Prepared> = Vec::new();
    for img in imgs {
        let image = preps.last().map_or(GuestLayout::IMAGE, |p| p.image_data + Layout::DATA_SIZE);
        let taken: Vec<(u32, u32)> = preps.iter().flat_map(|p| p.blocks).collect();
        let p = prepare(rng, plan, img, image, &taken);
        preps.push(p);
    }
    preps
}

fn bytes(ws: &[u32]) -> Vec<u8> {
    ws.iter().flat_map(|w| w.to_be_bytes()).collect()
}

/// The VMs by index: VM i is `VMIDS[i]`, its variables (ANSWER,
/// GUEST_CODE, HALTED, DESC, MEAS) at VM 1's + `VM_STRIDE * i`.
const VMIDS: [u32; 2] = [GuestLayout::VMID, GuestLayout::VMID2];
/// Each VM's sections of its image copy.
const GUEST_SECTIONS: [(&str, &str); 2] = [(".guest.text", ".guest.data"), (".guest2.text", ".guest2.data")];
/// The monitor calls a failure names (`FAIL_SMC | call << 8`).
const CALL_CREATE: usize = 1;
const CALL_ADD_PAGE: usize = 2;
const CALL_LAUNCH: usize = 3;
const CALL_DESTROY: usize = 4;
const CALL_MEASUREMENT: usize = 5;
const CALLS: usize = 6;

/// What every harness draws first, in this order.
struct Draws {
    /// host tick periods (restart mode, interrupt enabled: IP is the exit)
    periods: Vec<u32>,
    /// the l.vmenter's registers (VMID, answer)
    ra: u8,
    rb: u8,
    /// 0xF00 returns with l.rfe (else it jumps to the exit path)
    rfe_back: bool,
}

impl Draws {
    fn new(rng: &mut ChaCha8Rng, plan: &Plan) -> Draws {
        let pmin = plan.period_min as u32;
        let periods: Vec<u32> = (0..GuestLayout::NPERIODS)
            .map(|_| (TTMR_M_RESTART << TTMR_M_SHIFT) | TTMR_IE | (rng.gen_range(pmin..=3 * pmin) + UNSEAL_CYCLES))
            .collect();
        let ra = rng.gen_range(1..32u8);
        let rb = loop {
            let r = rng.gen_range(1..32u8);
            if r != ra {
                break r;
            }
        };
        let rfe_back = rng.gen_bool(0.5);
        Draws { periods, ra, rb, rfe_back }
    }
}

/// A harness's code as it is written, for `vms` VMs: the assembler and the
/// labels every harness has. Its methods write the pieces both harnesses
/// share; each harness adds what it does alone (which VM to enter, what
/// the host does at an exit, the halt).
struct Host {
    a: Asm,
    d: Draws,
    vms: usize,
    /// 0xF00's target without l.rfe: the exit path
    exit_path: usize,
    /// arm the timer and enter the VM (`Host::enter`)
    enter: usize,
    /// an exit's targets by cause (`Host::exit`)
    vmcall: usize,
    halt: usize,
    /// failures: l.vmenter refused, not refused after destroy, MAX_EXITS,
    /// an exit of another VM, a monitor call (per VM, by call)
    refused: usize,
    bad_refusal: usize,
    limit: usize,
    bad_vmid: usize,
    fails: Vec<[usize; CALLS]>,
    /// where the exit path's steps start counting (`enter`)
    path_start: usize,
}

impl Host {
    /// The vectors (a host exception fails the run; 0xF00 returns to the
    /// l.vmenter or jumps to the exit path) and the host code's start at
    /// HOST_CODE, with the host's caches on if `caches`.
    fn start(d: Draws, vms: usize, caches: bool) -> Host {
        use GuestLayout as L;
        assert!((1..=VMIDS.len()).contains(&vms));
        let mut a = Asm::new(VEC_RESET);
        let main = a.label();
        let exit_path = a.label();
        a.br(OP_J, main, nop(NOP_NOP));
        for v in (VEC_BUS_ERROR..VEC_VMEXIT).step_by(0x100) {
            a.org(v);
            a.exit_with(L::FAIL_HOST_EXC | v, 0);
        }
        a.org(VEC_VMEXIT);
        if d.rfe_back {
            // back to just after the l.vmenter, r11 = 0 (every GPR is)
            a.w(rfe());
        } else {
            a.br(OP_J, exit_path, nop(NOP_NOP));
        }
        a.org(L::HOST_CODE);
        a.bind(main);
        if caches {
            a.w(dai(OP_ORI, 1, 0, SR_RESET | SR_ICE | SR_DCE));
            a.w(mtspr(0, 1, SPR_SR));
        }
        let fails = (0..vms).map(|_| std::array::from_fn(|_| a.label())).collect();
        let [enter, vmcall, halt, refused, bad_refusal, limit, bad_vmid] = std::array::from_fn(|_| a.label());
        Host { a, d, vms, exit_path, enter, vmcall, halt, refused, bad_refusal, limit, bad_vmid, fails, path_start: 0 }
    }

    /// A monitor call for VM `vm`: `args` in r3.., l.smc; a status other
    /// than 0 fails with `call`.
    fn smc(&mut self, args: &[u32], vm: usize, call: usize) {
        for (r, &v) in (3..).zip(args) {
            self.a.ws(&load32(r, v));
        }
        self.a.w(SMC_INSN);
        self.a.w(sfi(SF_NE, 11, 0));
        self.a.br(OP_BF, self.fails[vm][call], nop(NOP_NOP));
    }

    /// Creates each VM from its descriptor, adds its pages, launches it and
    /// reads its measurement; then SUM = the measurements' words folded.
    fn create(&mut self, preps: &[Prepared]) {
        use GuestLayout as L;
        assert_eq!(preps.len(), self.vms);
        for (i, p) in preps.iter().enumerate() {
            let (vmid, off) = (VMIDS[i], L::VM_STRIDE * i as u32);
            self.smc(&[SMC_VM_CREATE, vmid, L::DESC + off], i, CALL_CREATE);
            for &(gpa, src) in &p.pages {
                self.smc(&[SMC_VM_ADD_PAGE, vmid, gpa, src, 0], i, CALL_ADD_PAGE);
            }
            self.smc(&[SMC_VM_LAUNCH, vmid], i, CALL_LAUNCH);
            self.smc(&[SMC_VM_MEASUREMENT, vmid, L::MEAS + off], i, CALL_MEASUREMENT);
        }
        let a = &mut self.a;
        a.w(alu(ALU_OR, 0, 0, 3, 0, 0));
        for i in 0..self.vms as u32 {
            for w in 0..8 {
                a.w(load(OP_LWZ, 4, 0, L::MEAS + L::VM_STRIDE * i + 4 * w));
                a.w(shifti(SHIFT_ROR, 3, 3, 27));
                a.w(alu(ALU_XOR, 0, 0, 3, 3, 4));
            }
        }
        a.w(store(OP_SW, 0, 3, L::SUM));
    }

    /// `enter`: arm the host timer with the next period (IP cleared),
    /// `select` (ra = the VMID, rb = the answer to its last hypercall),
    /// l.vmenter; a refusal fails. The exit path's steps count from here.
    fn enter(&mut self, select: &[u32]) {
        use GuestLayout as L;
        let a = &mut self.a;
        a.bind(self.enter);
        self.path_start = a.words.len();
        a.w(load(OP_LWZ, 1, 0, L::EXITS));
        a.w(dai(OP_ANDI, 1, 1, L::NPERIODS - 1));
        a.w(shifti(SHIFT_SLL, 1, 1, 2));
        a.w(load(OP_LWZ, 2, 1, L::PERIODS));
        a.w(mtspr(0, 0, SPR_TTCR));
        a.w(mtspr(0, 2, SPR_TTMR));
        a.ws(select);
        // the VM's save area: SAVE + (VMID - 1) * SEAL_ALIGN
        let t = (1..4u8).find(|&r| r != self.d.ra && r != self.d.rb).unwrap();
        a.w(shifti(SHIFT_SLL, t, self.d.ra, SEAL_ALIGN.trailing_zeros()));
        a.w(dai(OP_ADDI, t, t, L::SAVE - SEAL_ALIGN));
        a.w(mtspr(0, t, SPR_VMSAVE));
        a.w(vmenter(self.d.ra, self.d.rb));
        if self.d.rfe_back {
            // a refusal goes on here with r11 = VMENTER_ERR_*, an exit with 0
            a.w(sfi(SF_NE, 11, 0));
            a.br(OP_BF, self.refused, nop(NOP_NOP));
        } else {
            a.br(OP_J, self.refused, nop(NOP_NOP));
        }
    }

    /// The exit path: r1 = SPR_VMEXIT, r2 = its VMID, then `check` (the
    /// flag set if that is not the VM entered); r2 = the cause, its counter
    /// and EXITS (r4) counted; `host_work`; then past MAX_EXITS the run
    /// fails, a tick goes to `tick`, a hypercall to `vmcall`, a halt to
    /// `halt`, any other cause fails (VMEXINFO0/1 reported).
    fn exit(&mut self, check: &[u32], host_work: &[u32], tick: usize) {
        use GuestLayout as L;
        let a = &mut self.a;
        a.bind(self.exit_path);
        a.w(mfspr(1, 0, SPR_VMEXIT));
        a.w(shifti(SHIFT_SRL, 2, 1, VMEXIT_VMID_SHIFT));
        a.ws(check);
        a.br(OP_BF, self.bad_vmid, dai(OP_ANDI, 2, 1, 0xff));
        a.w(shifti(SHIFT_SLL, 3, 2, 2));
        a.w(load(OP_LWZ, 4, 3, L::COUNTS));
        a.w(dai(OP_ADDI, 4, 4, 1));
        a.w(store(OP_SW, 3, 4, L::COUNTS));
        a.w(load(OP_LWZ, 4, 0, L::EXITS));
        a.w(dai(OP_ADDI, 4, 4, 1));
        a.w(store(OP_SW, 0, 4, L::EXITS));
        a.ws(host_work);
        a.w(sfi(SF_GTU, 4, L::MAX_EXITS));
        a.br(OP_BF, self.limit, sfi(SF_EQ, 2, EXIT_TICK));
        a.br(OP_BF, tick, sfi(SF_EQ, 2, EXIT_VMCALL));
        a.br(OP_BF, self.vmcall, sfi(SF_EQ, 2, EXIT_HALT));
        a.br(OP_BF, self.halt, nop(NOP_NOP));
        // unexpected: report VMEXINFO0/1, fail with the cause
        for i in 0..2 {
            a.w(mfspr(3, 0, SPR_VMEXINFO0 + i));
            a.w(nop(NOP_REPORT));
        }
        a.exit_with(L::FAIL_EXIT, 2);
    }

    /// `vmcall`: fold VMEXINFO0..5 (through `tmp`) into SUM (loaded into
    /// r3 first unless `sum_in_r3`), r3 = the answer, SUM ^ exits; the
    /// harness stores it and enters again.
    fn vmcall(&mut self, sum_in_r3: bool, tmp: u8) {
        use GuestLayout as L;
        let a = &mut self.a;
        a.bind(self.vmcall);
        if !sum_in_r3 {
            a.w(load(OP_LWZ, 3, 0, L::SUM));
        }
        for i in 0..VMEXINFO_COUNT {
            a.w(mfspr(tmp, 0, SPR_VMEXINFO0 + i));
            a.w(shifti(SHIFT_ROR, 3, 3, 27));
            a.w(alu(ALU_XOR, 0, 0, 3, 3, tmp));
        }
        a.w(store(OP_SW, 0, 3, L::SUM));
        a.w(alu(ALU_XOR, 0, 0, 3, 3, 4));
    }

    /// Checks the exit path written since `enter` (with the 0xF00 vector
    /// and the exit's own record) against `exit_steps`.
    fn end_exit_path(&self, exit_steps: u64) {
        let path_words = (self.a.words.len() - self.path_start) as u64;
        let vec_words = if self.d.rfe_back { 1 } else { 2 };
        assert!(path_words + vec_words + 1 <= exit_steps, "the exit path has {path_words} words");
    }

    /// All halted: stop the timer, destroy the VMs in `order` (indices),
    /// then l.vmenter must be refused with VMENTER_ERR_FREE for each; the
    /// final report: SUM, the exit counts, and the exit code, the halt
    /// codes (VM 2's << GUEST2_SHIFT).
    fn destroy_and_report(&mut self, order: &[usize]) {
        use GuestLayout as L;
        self.a.w(mtspr(0, 0, SPR_TTMR));
        for &vm in order {
            self.smc(&[SMC_VM_DESTROY, VMIDS[vm]], vm, CALL_DESTROY);
        }
        let (a, ra) = (&mut self.a, self.d.ra);
        for &vm in order {
            a.w(dai(OP_ORI, ra, 0, VMIDS[vm]));
            a.w(vmenter(ra, 0));
            a.w(sfi(SF_NE, 11, VMENTER_ERR_FREE));
            a.br(OP_BF, self.bad_refusal, nop(NOP_NOP));
        }
        a.w(load(OP_LWZ, 3, 0, L::SUM));
        a.w(nop(NOP_REPORT));
        for cause in EXIT_TICK..=EXIT_FAULT {
            a.w(load(OP_LWZ, 3, 0, L::COUNTS + 4 * cause));
            a.w(movhi(4, (L::REPORT_COUNT | cause << 24) >> 16));
            a.w(alu(ALU_OR, 0, 0, 3, 3, 4));
            a.w(nop(NOP_REPORT));
        }
        a.w(load(OP_LWZ, 3, 0, L::GUEST_CODE));
        if self.vms == 2 {
            a.w(load(OP_LWZ, 4, 0, L::GUEST_CODE + L::VM_STRIDE));
            a.w(shifti(SHIFT_SLL, 4, 4, L::GUEST2_SHIFT));
            a.w(alu(ALU_OR, 0, 0, 3, 3, 4));
        }
        a.stop();
    }

    /// The failures' exits; a failed monitor call's by VM, each VM's in
    /// `call_order` (call 0 names none: its exit is dead code, kept where
    /// each harness has always had it).
    fn failures(&mut self, call_order: [usize; CALLS]) {
        use GuestLayout as L;
        let a = &mut self.a;
        a.bind(self.refused);
        a.exit_with(L::FAIL_REFUSED, 11);
        a.bind(self.bad_refusal);
        a.exit_with(L::FAIL_REFUSED | 0x100, 11);
        a.bind(self.limit);
        a.exit_with(L::FAIL_LIMIT, 0);
        a.bind(self.bad_vmid);
        a.exit_with(L::FAIL_VMID, 1);
        for (vm, ls) in self.fails.iter().enumerate() {
            let vm_bit = if vm == 1 { L::FAIL_SMC_VM2 } else { 0 };
            for call in call_order {
                a.bind(ls[call]);
                a.exit_with(L::FAIL_SMC | vm_bit | (call as u32) << 8, 11);
            }
        }
    }

    /// The code, and the host data: the periods and each VM's descriptor.
    fn finish(self, preps: &[Prepared]) -> (Vec<u32>, Vec<u32>) {
        use GuestLayout as L;
        let code = self.a.finish();
        assert!(VEC_RESET + 4 * code.len() as u32 <= L::HOST_DATA, "harness code overlaps its data");
        let mut data = vec![0u32; ((L::HOST_DATA_SIZE + L::VM_STRIDE * (self.vms as u32 - 1)) / 4) as usize];
        let at = |addr: u32| ((addr - L::HOST_DATA) / 4) as usize;
        data[at(L::PERIODS)..at(L::PERIODS) + self.d.periods.len()].copy_from_slice(&self.d.periods);
        for (i, p) in preps.iter().enumerate() {
            let d = at(L::DESC + L::VM_STRIDE * i as u32);
            data[d..d + p.desc.len()].copy_from_slice(&p.desc);
        }
        (code, data)
    }
}

/// The harness's ELF (its code and data, `scratch` if any, each guest's
/// copy), the bound on the guests' runs (each's as `Plan::run` bounds it)
/// and on the rest (`setup_cost` for each).
fn package(
    code: &[u32],
    data: &[u32],
    scratch: Option<&[u8]>,
    preps: &[Prepared],
    imgs: &[GuestImage],
    plan: &Plan,
    guest_steps: &[u64],
) -> (Vec<u8>, u64, u64) {
    use GuestLayout as L;
    let (text, data) = (bytes(code), bytes(data));
    let mut segs = vec![
        elf::Segment { name: ".text", addr: VEC_RESET, data: &text, exec: true },
        elf::Segment { name: ".data", addr: L::HOST_DATA, data: &data, exec: false },
    ];
    if let Some(scratch) = scratch {
        segs.push(elf::Segment { name: ".scratch", addr: L::SCRATCH, data: scratch, exec: false });
    }
    for ((p, img), (tname, dname)) in preps.iter().zip(imgs).zip(GUEST_SECTIONS) {
        segs.push(elf::Segment { name: tname, addr: p.image, data: &p.gtext, exec: false });
        segs.push(elf::Segment { name: dname, addr: p.image_data, data: img.data, exec: false });
    }
    let elf = elf::write(VEC_RESET, &segs);
    let run = guest_steps.iter().map(|&g| plan.run(g)).sum();
    let setup = preps.iter().map(|p| setup_cost(p.code_end, p.pages.len() as u32)).sum();
    (elf, run, setup)
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
    let imgs = [img];
    let preps = prepare_all(rng, plan, &imgs);
    let d = Draws::new(rng, plan);
    let host_caches = opts.caches && rng.gen_bool(0.5);

    let mut h = Host::start(d, 1, host_caches);
    h.create(&preps);
    // enter VM 1 with ANSWER
    let (ra, rb) = (h.d.ra, h.d.rb);
    h.enter(&[dai(OP_ORI, ra, 0, L::VMID), load(OP_LWZ, rb, 0, L::ANSWER)]);
    // an exit of VM 1: a tick enters it again
    let enter = h.enter;
    h.exit(&[sfi(SF_NE, 2, L::VMID)], &[], enter);
    h.vmcall(false, 5);
    h.a.br(OP_J, enter, store(OP_SW, 0, 3, L::ANSWER));
    h.end_exit_path(EXIT_STEPS);

    // the halt: its code, then destroy and report
    h.a.bind(h.halt);
    h.a.w(mfspr(3, 0, SPR_VMEXINFO0));
    h.a.w(store(OP_SW, 0, 3, L::GUEST_CODE));
    h.destroy_and_report(&[0]);
    h.failures([1, 2, 3, 4, 5, 0]);
    let (code, data) = h.finish(&preps);
    package(&code, &data, None, &preps, &imgs, plan, &[guest_steps])
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
    let preps = prepare_all(rng, plan, &imgs);
    // the other VM's VMID is VMID ^ 3; per-VM variables are addressed
    // through (VMID << 8) + X - VM_STRIDE
    const _: () = assert!(GuestLayout::VMID ^ 3 == GuestLayout::VMID2 && GuestLayout::VM_STRIDE == 1 << 8);
    const _: () = assert!(GuestLayout::VMID == 1);
    const VS: u32 = GuestLayout::VM_STRIDE;
    let d = Draws::new(rng, plan);
    // a hypercall switches VMs too, or re-enters its own
    let vmcall_switches = rng.gen_bool(0.5);
    let first = VMIDS[rng.gen_range(0..2usize)];
    let destroy = if rng.gen_bool(0.5) { [0, 1] } else { [1, 0] };
    // the scratch line of exit n: (n * stride) mod SCRATCH_SIZE, stride an
    // odd number of lines (every line in turn)
    let stride = (rng.gen_range(0..0x400u32) * 2 + 1) * CACHE_LINE_BYTES;
    let scratch: Vec<u8> = (0..L::SCRATCH_SIZE).map(|_| rng.gen()).collect();

    // the host's caches on, for good
    let mut h = Host::start(d, 2, true);
    h.create(&preps);
    // enter CUR with its ANSWER
    let (ra, rb) = (h.d.ra, h.d.rb);
    h.enter(&[load(OP_LWZ, ra, 0, L::CUR), shifti(SHIFT_SLL, rb, ra, 8), load(OP_LWZ, rb, rb, L::ANSWER - VS)]);
    // an exit of CUR (r5); the host's own data: scratch line exits *
    // stride, ^= SPR_VMEXIT, and folded into SUM (left in r3); a tick
    // switches VMs
    let (enter, switch) = (h.enter, h.a.label());
    h.exit(
        &[load(OP_LWZ, 5, 0, L::CUR), sf(SF_NE, 2, 5)],
        &[
            dai(OP_MULI, 6, 4, stride),
            dai(OP_ANDI, 6, 6, L::SCRATCH_SIZE - CACHE_LINE_BYTES),
            load(OP_LWZ, 7, 6, L::SCRATCH),
            alu(ALU_XOR, 0, 0, 7, 7, 1),
            store(OP_SW, 6, 7, L::SCRATCH),
            load(OP_LWZ, 3, 0, L::SUM),
            shifti(SHIFT_ROR, 3, 3, 27),
            alu(ALU_XOR, 0, 0, 3, 3, 7),
            store(OP_SW, 0, 3, L::SUM),
        ],
        switch,
    );
    h.vmcall(true, 7);
    let a = &mut h.a;
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
    h.end_exit_path(EXIT_STEPS_TWO);

    // a halt: its code, HALTED; the other VM if it has not halted
    let a = &mut h.a;
    a.bind(h.halt);
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
    // both halted: destroy both, report
    h.destroy_and_report(&destroy);
    h.failures([0, 1, 2, 3, 4, 5]);
    let (code, mut data) = h.finish(&preps);
    data[((L::CUR - L::HOST_DATA) / 4) as usize] = first;
    const _: () = assert!(GuestLayout::HOST_DATA + 2 * GuestLayout::VM_STRIDE <= GuestLayout::SCRATCH);
    const _: () = assert!(GuestLayout::SCRATCH + GuestLayout::SCRATCH_SIZE <= GuestLayout::IMAGE);
    // each guest's run as harness's bounds it; the second's extra exit
    // covers the first halt and the entry of the other VM
    package(&code, &data, Some(&scratch), &preps, &imgs, plan, &guest_steps)
}
