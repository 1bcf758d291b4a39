//! Context sealing on the golden model (docs/SEALING.md, issue 16): the
//! guest's context leaves the chip only as an AES-128-CCM blob in the
//! host's save area, and every change, swap, replay or truncation of a
//! blob is refused with its code, after which the untouched blob still
//! enters and the guest resumes where it was. Set-up as in tests/virt.rs
//! (a two-line monitor ROM, the slot table through the monitor-only SPRs,
//! keys through the secure unit's model), but the host is driven from the
//! test: its program is an `l.mtspr SPR_VMSAVE` and an `l.vmenter`, the
//! test sets their registers, steps them, pokes RAM between entries and
//! steps the guest to its exit. The reference for blobs is the `ccm` crate
//! through `vmsp_iss::{seal_blob, open_blob}` (whose byte-level format is
//! pinned by the unit test in src/seal.rs).

mod common;
use common::{assemble, assemble_at, li, vm_image, vmenter, SMC, VMCALL};
use or1k_arch::*;
use vmsp_iss::{open_blob, seal_blob, Config, Machine, Outcome, SecureConfig};

const RAM: u32 = 0x40000;
const GSIZE: u32 = 0x4000;
const BLOB: usize = SEAL_BLOB_BYTES as usize;
/// The host's save areas (host pages).
const SAVE1: u32 = 0x8000;
const SAVE2: u32 = 0x8100;
const SAVE3: u32 = 0x9000;

/// VM `vmid`'s region: gPA 0..GSIZE at hPA 0x10000 * vmid.
fn hpa(vmid: u32) -> u32 {
    0x10000 * vmid
}

// The host program: `l.mtspr SPR_VMSAVE <- r7; l.vmenter r5, r6`, then
// two helpers, a cached load and a cached store + DCBFR of the word at r7.
const ENTER: u32 = 0x1000;
const VMENTER_PC: u32 = 0x1004;
const AFTER: u32 = 0x1008;
const LOAD: u32 = 0x1100;
const STORE: u32 = 0x1200;

fn host() -> Vec<u8> {
    let main = format!(
        "    l.mtspr r0, r7, 0x{SPR_VMSAVE:x}\n{}    l.nop 0\n    .org 0x{LOAD:x}\n    l.lwz r8, 0(r7)\n    l.nop 0\n\
         .org 0x{STORE:x}\n    l.sw 0(r7), r8\n    l.mtspr r0, r7, 0x{SPR_DCBFR:x}\n    l.nop 0\n",
        vmenter(5, 6)
    );
    vm_image(&main, &[])
}

fn monitor() -> SecureConfig {
    let rom = assemble_at("    .global _start\n_start:\n    .org 0x100\n    l.rfe\n", SM_ROM_BASE);
    SecureConfig::from_elf(&rom).unwrap()
}

/// A guest image: its vectors report (r3 = 0xbad, r4 = vector, l.vmcall),
/// `main` at gPA 0x1000.
fn guest(main: &str) -> Vec<u8> {
    let mut s = String::from("    .global _start\n_start:\n    .org 0x100\n    l.j main\n    l.nop\n");
    for v in (0x200..=0xe00).step_by(0x100) {
        s.push_str(&format!("    .org 0x{v:x}\n    l.ori r3, r0, 0xbad\n    l.ori r4, r0, 0x{v:x}\n{VMCALL}"));
    }
    s.push_str(&format!("    .org 0x1000\nmain:\n{main}\n"));
    assemble(&s)
}

/// Counts its hypercalls in r20 and reports (0x600d, r20, r11: the answer
/// of the entry that resumed it) in r3..r5.
fn counting_guest() -> Vec<u8> {
    guest(&format!(
        "    l.ori r20, r0, 0\nloop:\n    l.addi r20, r20, 1\n    l.ori r3, r0, 0x600d\n    l.or r4, r20, r0\n    l.or r5, r11, r0\n\
         {VMCALL}    l.j loop\n    l.nop\n"
    ))
}

#[derive(Debug)]
struct Exit {
    cause: u32,
    info: [u32; VMEXINFO_COUNT as usize],
    /// the pc of the instruction whose step was the exit
    pc: u32,
}

struct Rig {
    m: Machine,
}

impl Rig {
    fn new() -> Rig {
        Rig::with(Config::default())
    }

    /// The machine (`config` with RAM, the monitor) after the monitor has
    /// started the host.
    fn with(config: Config) -> Rig {
        let mut m = Machine::new(Config { ram_size: RAM, secure: Some(monitor()), ..config });
        m.load_elf(&host()).unwrap();
        m.step().unwrap();
        assert!(m.virt.as_ref().unwrap().host() && m.cpu.pc == VEC_RESET);
        Rig { m }
    }

    /// Creates slot `vmid` as the monitor does (region, CREATED, keys when
    /// `keys`, pages, LAUNCHED) with `img` at its hPA.
    fn create(&mut self, vmid: u32, img: &[u8], keys: bool) {
        let m = &mut self.m;
        let base = hpa(vmid);
        m.bus.ram[base as usize..(base + GSIZE) as usize].fill(0);
        for seg in &vmsp_iss::Image::parse(img).unwrap().segments {
            assert!(m.bus.load(base + seg.addr, &seg.bytes()));
        }
        m.write_spr(SPR_VMSEL, vmid);
        m.write_spr(SPR_VMRGN0 + VMRGN_GPA, 0);
        m.write_spr(SPR_VMRGN0 + VMRGN_SIZE, GSIZE);
        m.write_spr(SPR_VMRGN0 + VMRGN_HPA, base);
        m.write_spr(SPR_VMSTATE, VMSTATE_CREATED);
        if keys {
            let su = &mut m.bus.secure.as_mut().unwrap().su;
            assert!(su.write(SU_KEY_CTRL, (vmid << KEY_SLOT_SHIFT) | KEY_CMD_FILL));
        }
        own(m, base, GSIZE, vmid);
        m.write_spr(SPR_VMSTATE, VMSTATE_LAUNCHED);
    }

    /// Destroys slot `vmid` as the monitor does: FREE, keys zeroed, pages back.
    fn destroy(&mut self, vmid: u32) {
        let m = &mut self.m;
        m.write_spr(SPR_VMSEL, vmid);
        m.write_spr(SPR_VMSTATE, VMSTATE_FREE);
        let su = &mut m.bus.secure.as_mut().unwrap().su;
        assert!(su.write(SU_KEY_CTRL, (vmid << KEY_SLOT_SHIFT) | KEY_CMD_ZERO));
        own(m, hpa(vmid), GSIZE, 0);
    }

    /// The host's `l.mtspr SPR_VMSAVE <- save` and `l.vmenter vmid, answer`.
    fn enter(&mut self, vmid: u32, save: u32, answer: u32) -> Result<(), u32> {
        self.m.cpu.gpr[7] = save;
        self.m.set_pc(ENTER);
        assert_eq!(self.m.step().unwrap().exception, None, "l.mtspr SPR_VMSAVE");
        assert_eq!(self.m.spr(SPR_VMSAVE), save);
        self.vmenter(vmid, answer)
    }

    /// The host's `l.vmenter vmid, answer` with SPR_VMSAVE as it is. A
    /// refusal must change nothing but r11 and VMENTERR (both the code) and
    /// the pc: the host's other registers, RAM, the seal counters, the world.
    fn vmenter(&mut self, vmid: u32, answer: u32) -> Result<(), u32> {
        let m = &mut self.m;
        for i in 1..32 {
            m.cpu.gpr[i] = 0x4057_0000 | i as u32;
        }
        m.cpu.gpr[5] = vmid;
        m.cpu.gpr[6] = answer;
        m.cpu.mac = 0x4057_0000_4057_0001;
        m.set_pc(VMENTER_PC);
        let before = (m.cpu.gpr, m.cpu.sr, m.cpu.epcr, m.cpu.eear, m.cpu.esr, m.cpu.mac, m.spr(SPR_VMSAVE));
        let counters: Vec<u64> = (1..=VM_SLOTS).map(|v| m.seal_counter(v)).collect();
        let ram = m.bus.ram.clone();
        let r = m.step().unwrap();
        assert_eq!(r.exception, None);
        if m.virt.as_ref().unwrap().guest() {
            assert_eq!(m.spr(SPR_VMENTERR), 0, "VMENTERR after an entry");
            assert_eq!(m.virt.as_ref().unwrap().vmid(), vmid);
            return Ok(());
        }
        let code = m.cpu.gpr[11];
        assert_ne!(code, 0);
        assert_eq!(m.spr(SPR_VMENTERR), code, "VMENTERR = r11");
        assert_eq!(m.cpu.pc, AFTER, "the host goes on at the next instruction");
        let mut gpr = before.0;
        gpr[11] = code;
        assert_eq!((m.cpu.gpr, m.cpu.sr, m.cpu.epcr, m.cpu.eear, m.cpu.esr, m.cpu.mac, m.spr(SPR_VMSAVE)), (gpr, before.1, before.2, before.3, before.4, before.5, before.6), "code {code}: the host's state");
        assert_eq!((1..=VM_SLOTS).map(|v| m.seal_counter(v)).collect::<Vec<_>>(), counters, "code {code}: counters");
        assert!(m.bus.ram == ram, "code {code}: RAM changed");
        assert_eq!(m.virt.as_ref().unwrap().vmcr, 0, "still the host");
        Err(code)
    }

    /// Steps the guest to its VM exit; the host's registers are cleared.
    fn run_to_exit(&mut self) -> Exit {
        let m = &mut self.m;
        for _ in 0..10_000 {
            let r = m.step().unwrap();
            if r.exception == Some(VEC_VMEXIT) {
                assert!(m.virt.as_ref().unwrap().host());
                assert!(m.cpu.gpr.iter().all(|&g| g == 0) && m.cpu.mac == 0, "registers cleared at the exit");
                let info = std::array::from_fn(|i| m.spr(SPR_VMEXINFO0 + i as u32));
                return Exit { cause: m.spr(SPR_VMEXIT), info, pc: r.pc };
            }
        }
        panic!("no VM exit (pc 0x{:08x})", m.cpu.pc)
    }

    /// One round of the counting guest: entered from `save` with `answer`,
    /// it must report hypercall number `count` and the answer it got
    /// (`answer`, or 0 for a fresh slot's reset context).
    fn cycle(&mut self, vmid: u32, save: u32, answer: u32, count: u32) {
        let fresh = count == 1;
        assert_eq!(self.enter(vmid, save, answer), Ok(()), "VM {vmid} from 0x{save:x}, round {count}");
        let e = self.run_to_exit();
        assert_eq!(e.cause, EXIT_VMCALL | vmid << VMEXIT_VMID_SHIFT, "VM {vmid} round {count}: {e:x?}");
        assert_eq!(e.info[..3], [0x600d, count, if fresh { 0 } else { answer }], "VM {vmid} round {count}: resumed with its context");
    }

    fn blob(&self, addr: u32) -> [u8; BLOB] {
        self.m.bus.ram[addr as usize..addr as usize + BLOB].try_into().unwrap()
    }

    fn put(&mut self, addr: u32, blob: &[u8]) {
        self.m.bus.ram[addr as usize..addr as usize + blob.len()].copy_from_slice(blob);
    }

    fn key(&self, vmid: u32) -> [u8; 16] {
        self.m.seal_key_of(vmid).expect("the slot has keys")
    }

    /// Runs a host helper (LOAD, STORE) on address `addr`.
    fn host_at(&mut self, pc: u32, addr: u32, steps: u32) {
        self.m.cpu.gpr[7] = addr;
        self.m.set_pc(pc);
        for _ in 0..steps {
            assert_eq!(self.m.step().unwrap().exception, None, "host helper at 0x{pc:x}");
        }
    }
}

/// Gives the pages of [base, base + size) to `owner` (with its attribute bits).
fn own(m: &mut Machine, base: u32, size: u32, owner: u32) {
    m.write_spr(SPR_VMPTSEL, base);
    for _ in 0..size >> VMPT_PAGE_SHIFT {
        m.write_spr(SPR_VMPTE, owner);
    }
}

/// The refusal a change of blob byte `byte` must give: the header field it
/// is in, or the tag.
fn code_for_byte(byte: usize) -> u32 {
    match byte as u32 {
        b if b < SEAL_OFF_VMID => VMENTER_ERR_SEAL_FORMAT,
        b if b < SEAL_OFF_CTR => VMENTER_ERR_SEAL_VMID,
        b if b < SEAL_OFF_CTX => VMENTER_ERR_SEAL_STALE,
        _ => VMENTER_ERR_SEAL_TAG,
    }
}

#[test]
fn every_single_bit_flip_of_a_blob_is_refused_and_the_blob_then_still_enters() {
    let mut rig = Rig::new();
    rig.create(1, &counting_guest(), true);
    rig.cycle(1, SAVE1, 0, 1);
    let mut count = 1;
    let mut refused = [0u32; 16];
    for bit in 0..BLOB * 8 {
        let (byte, mask) = (bit / 8, 1u8 << (bit % 8));
        let mut b = rig.blob(SAVE1);
        b[byte] ^= mask;
        rig.put(SAVE1, &b);
        let code = rig.enter(1, SAVE1, bit as u32).unwrap_err();
        assert_eq!(code, code_for_byte(byte), "bit {bit} (byte {byte})");
        refused[code as usize] += 1;
        b[byte] ^= mask;
        rig.put(SAVE1, &b);
        count += 1;
        rig.cycle(1, SAVE1, 0x1000 + bit as u32, count);
    }
    assert_eq!(rig.m.seal_counter(1), 1 + BLOB as u64 * 8);
    assert_eq!(
        (refused[VMENTER_ERR_SEAL_FORMAT as usize], refused[VMENTER_ERR_SEAL_VMID as usize], refused[VMENTER_ERR_SEAL_STALE as usize]),
        (32, 32, 64)
    );
    assert_eq!(refused[VMENTER_ERR_SEAL_TAG as usize], 8 * (BLOB as u32 - 16));
}

#[test]
fn swapped_replayed_truncated_and_moved_blobs() {
    let mut rig = Rig::new();
    rig.create(1, &counting_guest(), true);
    rig.create(2, &counting_guest(), true);
    rig.cycle(1, SAVE1, 0, 1);
    rig.cycle(2, SAVE2, 0, 1);
    assert_eq!((rig.m.seal_counter(1), rig.m.seal_counter(2)), (1, 1));

    // VM 1's blob given to VM 2 (its save area pointed at it, or copied
    // into VM 2's): another VMID
    assert_eq!(rig.enter(2, SAVE1, 0), Err(VMENTER_ERR_SEAL_VMID));
    let b1 = rig.blob(SAVE1);
    let b2 = rig.blob(SAVE2);
    rig.put(SAVE2, &b1);
    assert_eq!(rig.enter(2, SAVE2, 0), Err(VMENTER_ERR_SEAL_VMID));
    // ... with its header rewritten to VM 2's VMID and counter: the tag
    let mut forged = b1;
    forged[4..8].copy_from_slice(&2u32.to_be_bytes());
    rig.put(SAVE2, &forged);
    assert_eq!(rig.enter(2, SAVE2, 0), Err(VMENTER_ERR_SEAL_TAG));
    rig.put(SAVE2, &b2);
    rig.cycle(2, SAVE2, 0x22, 2);

    // an older blob of the same VM: stale; with its counter rewritten: the tag
    let old = rig.blob(SAVE1);
    rig.cycle(1, SAVE1, 0x11, 2);
    let current = rig.blob(SAVE1);
    assert_ne!(old, current);
    rig.put(SAVE1, &old);
    assert_eq!(rig.enter(1, SAVE1, 0), Err(VMENTER_ERR_SEAL_STALE));
    let mut bumped = old;
    bumped[8..16].copy_from_slice(&2u64.to_be_bytes());
    rig.put(SAVE1, &bumped);
    assert_eq!(rig.enter(1, SAVE1, 0), Err(VMENTER_ERR_SEAL_TAG));
    // the older blob does not open with the current counter either
    assert_eq!(open_blob(&rig.key(1), 1, 2, &old), Err(VMENTER_ERR_SEAL_STALE));

    // truncated: the end of the blob zeroed (tag only, ciphertext and tag,
    // everything after the header), or all of it
    for (from, want) in [(BLOB - 16, VMENTER_ERR_SEAL_TAG), (BLOB - 100, VMENTER_ERR_SEAL_TAG), (16, VMENTER_ERR_SEAL_TAG), (0, VMENTER_ERR_SEAL_FORMAT)] {
        let mut t = current;
        t[from..].fill(0);
        rig.put(SAVE1, &t);
        assert_eq!(rig.enter(1, SAVE1, 0), Err(want), "bytes {from}.. zeroed");
    }
    assert_eq!(open_blob(&rig.key(1), 1, 2, &current[..BLOB - 1]), Err(VMENTER_ERR_SEAL_TAG), "a short slice");
    rig.put(SAVE1, &current);
    rig.cycle(1, SAVE1, 0x12, 3);

    // moved: the save area's address is not bound into the blob, so the host
    // may keep it anywhere; the exit seals to the new place
    let here = rig.blob(SAVE1);
    rig.put(SAVE3, &here);
    rig.put(SAVE1, &[0; BLOB]);
    rig.cycle(1, SAVE3, 0x13, 4);
    assert_eq!(rig.blob(SAVE1), [0; BLOB], "nothing written at the old place");
    assert_eq!(open_blob(&rig.key(1), 1, 4, &rig.blob(SAVE3)).map(|c| c[20]), Ok(4), "sealed at the new one");
    // at the last aligned place in RAM too
    let last = RAM - SEAL_ALIGN;
    let here = rig.blob(SAVE3);
    rig.put(last, &here);
    rig.cycle(1, last, 0x14, 5);
}

#[test]
fn a_blob_from_before_destroy_and_create_never_enters() {
    let mut rig = Rig::new();
    rig.create(1, &counting_guest(), true);
    let mut blobs = Vec::new();
    for n in 1..=3 {
        rig.cycle(1, SAVE1, n, n);
        blobs.push(rig.blob(SAVE1));
    }
    let old_key = rig.key(1);
    rig.destroy(1);
    assert_eq!(rig.enter(1, SAVE1, 0), Err(VMENTER_ERR_FREE));
    assert_eq!(rig.m.seal_counter(1), 0, "destroy zeroes the counter");
    rig.create(1, &counting_guest(), true);
    assert_ne!(rig.key(1), old_key, "the monitor gives fresh keys at create");
    // a fresh slot reads no blob: the old one is ignored, the guest starts at reset
    rig.put(SAVE1, &blobs[2]);
    rig.cycle(1, SAVE1, 0x77, 1);
    let current = rig.blob(SAVE1);
    // the slot's counter is 1 again: the old blob of counter 3 is stale,
    // the old blob of counter 1 has the right header but the old keys: the tag
    rig.put(SAVE1, &blobs[2]);
    assert_eq!(rig.enter(1, SAVE1, 0), Err(VMENTER_ERR_SEAL_STALE));
    rig.put(SAVE1, &blobs[0]);
    assert_eq!(rig.enter(1, SAVE1, 0), Err(VMENTER_ERR_SEAL_TAG));
    // the new incarnation's own blob enters
    rig.put(SAVE1, &current);
    rig.cycle(1, SAVE1, 0x78, 2);
}

#[test]
fn the_host_learns_nothing_from_blobs() {
    // every GPR, MAC, EPCR/EEAR/ESR and the timer hold the marker; the guest
    // then makes the same hypercall again and again from the same state
    const MARKER: u32 = 0x5ec2_e7a5;
    let mut main = String::new();
    for spr in [SPR_EPCR0, SPR_EEAR0, SPR_ESR0, SPR_MACLO, SPR_MACHI, SPR_TTCR] {
        main += &format!("{}    l.mtspr r0, r9, 0x{spr:x}\n", li(9, MARKER));
    }
    for r in 1..32 {
        main += &li(r, MARKER);
    }
    main += &format!("again:\n{VMCALL}    l.j again\n    l.nop\n");
    let mut rig = Rig::new();
    rig.create(1, &guest(&main), true);
    let mut blobs = Vec::new();
    let mut ctxs = Vec::new();
    assert_eq!(rig.enter(1, SAVE1, 0), Ok(()));
    for n in 0..4 {
        if n > 0 {
            assert_eq!(rig.enter(1, SAVE1, MARKER), Ok(()));
        }
        let e = rig.run_to_exit();
        assert_eq!(e.cause, EXIT_VMCALL | 1 << VMEXIT_VMID_SHIFT);
        ctxs.push(rig.m.take_sealed().unwrap().ctx);
        blobs.push(rig.blob(SAVE1));
    }
    // the same state each time (r11 is the marker as the answer), sealed
    // to different blobs: every ciphertext block and the tag differ
    assert!(ctxs.iter().all(|c| *c == ctxs[0]), "identical guest state");
    assert_eq!(ctxs[0][5], MARKER);
    for i in 0..blobs.len() {
        for j in i + 1..blobs.len() {
            for (k, (a, b)) in blobs[i][16..].chunks(16).zip(blobs[j][16..].chunks(16)).enumerate() {
                assert_ne!(a, b, "blobs {i} and {j} share block {k}");
            }
        }
    }
    // the marker is nowhere in the blobs, or in the host's RAM, at any byte offset
    for (i, b) in blobs.iter().enumerate() {
        for w in b.windows(4) {
            assert!(w != MARKER.to_be_bytes() && w != MARKER.to_le_bytes(), "blob {i} holds the marker in clear");
        }
    }
    let guest_mem = hpa(1) as usize..(hpa(1) + GSIZE) as usize;
    for (off, w) in rig.m.bus.ram.windows(4).enumerate() {
        if !guest_mem.contains(&off) {
            assert!(w != MARKER.to_be_bytes(), "the marker in RAM at 0x{off:x}");
        }
    }
}

#[test]
fn every_context_word_round_trips_through_a_blob() {
    // distinct values in every GPR, SR flags, EPCR/EEAR/ESR, MAC and the
    // guest's timer (disabled, with IE and a pending IP), then a halt exit
    // (flags 0: r11 as it was), then a hypercall exit (r11 = the answer)
    let v = |n: u32| 0x5e00_0000 | n << 8 | n;
    let ttmr = TTMR_M_DISABLED << TTMR_M_SHIFT | TTMR_IE | TTMR_IP | 0x00ab_cdef;
    let sr = SR_SM | SR_FO | SR_F | SR_CY | SR_OV;
    let sprs = [(SPR_EPCR0, v(0x41)), (SPR_EEAR0, v(0x42)), (SPR_ESR0, v(0x43)), (SPR_MACLO, v(0x44)), (SPR_MACHI, v(0x45)), (SPR_TTMR, ttmr), (SPR_TTCR, v(0x47)), (SPR_SR, sr)];
    let mut main = String::new();
    for (spr, val) in sprs {
        main += &format!("{}    l.mtspr r0, r9, 0x{spr:x}\n", li(9, val));
    }
    for r in 1..32 {
        main += &li(r, v(r));
    }
    main += &format!("    l.nop {NOP_EXIT}\n{VMCALL}spin:\n    l.j spin\n    l.nop\n");
    let mut rig = Rig::new();
    rig.create(1, &guest(&main), true);
    assert_eq!(rig.enter(1, SAVE1, 0), Ok(()));
    let halt = rig.run_to_exit();
    assert_eq!(halt.cause, EXIT_HALT | 1 << VMEXIT_VMID_SHIFT);
    let resume = halt.pc + 4;

    let mut want = [0u32; SEAL_CTX_WORDS as usize];
    for r in 1..32 {
        want[(CTX_GPR0 + r) as usize] = v(r);
    }
    want[CTX_PC as usize] = resume;
    want[CTX_SR as usize] = sr;
    want[CTX_EPCR as usize] = v(0x41);
    want[CTX_EEAR as usize] = v(0x42);
    want[CTX_ESR as usize] = v(0x43);
    want[CTX_MACLO as usize] = v(0x44);
    want[CTX_MACHI as usize] = v(0x45);
    want[CTX_TTMR as usize] = ttmr;
    want[CTX_TTCR as usize] = v(0x47);
    let sealed = rig.m.take_sealed().unwrap();
    assert_eq!(rig.m.take_sealed(), None, "taken once");
    assert_eq!((sealed.addr, sealed.vmid, sealed.counter), (SAVE1, 1, 1));
    for f in CTX_FIELDS {
        assert_eq!(sealed.ctx[f.word as usize], want[f.word as usize], "word {} ({})", f.word, f.name);
    }
    assert_eq!(open_blob(&rig.key(1), 1, 1, &rig.blob(SAVE1)), Ok(want), "the blob in RAM");

    // entered again: every word is back where it came from
    assert_eq!(rig.enter(1, SAVE1, 0xa05e), Ok(()));
    let m = &rig.m;
    let gpr: [u32; 32] = std::array::from_fn(|r| if r == 0 { 0 } else { v(r as u32) });
    assert_eq!(m.cpu.gpr, gpr, "GPRs (r11 too: the halt was no hypercall)");
    assert_eq!((m.cpu.pc, m.cpu.sr, m.cpu.epcr, m.cpu.eear, m.cpu.esr), (resume, sr, v(0x41), v(0x42), v(0x43)));
    assert_eq!((m.spr(SPR_MACLO), m.spr(SPR_MACHI), m.spr(SPR_TTMR), m.spr(SPR_TTCR)), (v(0x44), v(0x45), ttmr, v(0x47)));
    assert_eq!(m.timer.ttmr, 0, "the guest's timer, not the host's");

    // the hypercall: flags say so, and the next entry answers in r11
    let call = rig.run_to_exit();
    assert_eq!((call.cause, call.pc), (EXIT_VMCALL | 1 << VMEXIT_VMID_SHIFT, resume));
    let sealed = rig.m.take_sealed().unwrap();
    want[CTX_PC as usize] = resume + 4;
    want[CTX_FLAGS as usize] = CTX_FLAG_HYPERCALL;
    assert_eq!(sealed.ctx, want);
    assert_eq!(rig.enter(1, SAVE1, 0xa05e), Ok(()));
    assert_eq!(rig.m.cpu.gpr[11], 0xa05e, "the answer");
    assert_eq!(rig.m.cpu.gpr[12], v(12));
}

#[test]
fn the_save_area_must_be_an_aligned_host_page_inside_ram() {
    let mut rig = Rig::new();
    rig.create(1, &counting_guest(), true);
    rig.create(2, &counting_guest(), true);
    // VMSAVE's reset value: no save area
    assert_eq!(rig.m.spr(SPR_VMSAVE), 0xffff_ffff);
    assert_eq!(rig.vmenter(1, 0), Err(VMENTER_ERR_SAVE_AREA), "reset value, fresh slot");
    rig.cycle(1, SAVE1, 0, 1);
    // a VM-owned host-shared page (HR | HW) is still a VM's page
    own(&mut rig.m, 0x30000, 1 << VMPT_PAGE_SHIFT, 2 | VMPTE_HR | VMPTE_HW);
    let bad = [
        ("reset value", 0xffff_ffff),
        ("misaligned by 4", SAVE1 + 4),
        ("misaligned by 16", SAVE1 + 16),
        ("misaligned by 128", SAVE1 + 128),
        ("just beyond RAM", RAM),
        ("beyond RAM", RAM + SEAL_ALIGN),
        ("the alias beyond RAM", RAM_UNCACHED_ALIAS | RAM),
        ("top of the space", 0x7fff_ff00),
        ("the UART", UART_BASE),
        ("the monitor's SRAM", SM_SRAM_BASE),
        ("VM 1's own page", hpa(1)),
        ("VM 1's page through the alias", RAM_UNCACHED_ALIAS | (hpa(1) + 0x100)),
        ("VM 2's page", hpa(2) + 0x1000),
        ("a page VM 2 shares with the host", 0x30000),
    ];
    for (what, addr) in bad {
        assert_eq!(rig.enter(1, addr, 0), Err(VMENTER_ERR_SAVE_AREA), "{what} (0x{addr:08x})");
        assert_eq!(rig.enter(2, addr, 0), Err(VMENTER_ERR_SAVE_AREA), "{what} (0x{addr:08x}), a fresh slot");
    }
    // the slot's state comes first
    assert_eq!(rig.enter(3, SAVE1 + 4, 0), Err(VMENTER_ERR_FREE));
    assert_eq!(rig.enter(0, 0xffff_ffff, 0), Err(VMENTER_ERR_VMID));
    // bit 31 (the uncached alias) is ignored: the blob is read and written at SAVE1
    rig.cycle(1, RAM_UNCACHED_ALIAS | SAVE1, 0x31, 2);
    assert_eq!(rig.m.spr(SPR_VMSAVE), RAM_UNCACHED_ALIAS | SAVE1, "VMSAVE reads back as written");
    let s = rig.m.take_sealed().unwrap();
    assert_eq!((s.addr, s.counter), (SAVE1, 2));
    assert_eq!(open_blob(&rig.key(1), 1, 2, &rig.blob(SAVE1)).map(|c| c[20]), Ok(2));
    rig.cycle(1, SAVE1, 0x32, 3);
    rig.cycle(2, SAVE2, 0, 1);
}

#[test]
fn an_exhausted_counter_loses_the_context_until_the_slot_is_created_again() {
    assert_eq!(Config::default().seal_ctr_max, SEAL_CTR_MAX);
    let mut rig = Rig::with(Config { seal_ctr_max: 3, ..Config::default() });
    rig.create(1, &counting_guest(), true);
    rig.create(2, &counting_guest(), true);
    for n in 1..=3 {
        rig.cycle(1, SAVE1, n, n);
    }
    let last = rig.blob(SAVE1);
    rig.m.take_sealed();
    // the exit at the limit: entered fine, but it cannot seal
    assert_eq!(rig.enter(1, SAVE1, 4), Ok(()));
    let e = rig.run_to_exit();
    assert_eq!(e.cause, EXIT_VMCALL | 1 << VMEXIT_VMID_SHIFT | VMEXIT_LOST);
    assert_eq!(e.info[..2], [0x600d, 4], "the exit itself is reported");
    assert_eq!(rig.blob(SAVE1), last, "nothing written");
    assert_eq!(rig.m.take_sealed(), None);
    assert_eq!(rig.m.seal_counter(1), 3);
    // every later entry: lost, whatever blob (the last one was valid) and
    // wherever; a bad save area is still reported first
    assert_eq!(rig.enter(1, SAVE1, 0), Err(VMENTER_ERR_LOST));
    rig.put(SAVE3, &last);
    assert_eq!(rig.enter(1, SAVE3, 0), Err(VMENTER_ERR_LOST));
    assert_eq!(rig.enter(1, SAVE1 + 8, 0), Err(VMENTER_ERR_SAVE_AREA));
    assert_eq!(rig.enter(1, SAVE1, 0), Err(VMENTER_ERR_LOST));
    // launching again changes nothing; other slots are unaffected
    rig.m.write_spr(SPR_VMSEL, 1);
    rig.m.write_spr(SPR_VMSTATE, VMSTATE_LAUNCHED);
    assert_eq!(rig.enter(1, SAVE1, 0), Err(VMENTER_ERR_LOST));
    rig.cycle(2, SAVE2, 0, 1);
    // destroy + create: usable again, from reset
    rig.destroy(1);
    rig.create(1, &counting_guest(), true);
    for n in 1..=3 {
        rig.cycle(1, SAVE1, n, n);
    }
    assert_eq!(rig.m.seal_counter(1), 3);
}

#[test]
fn a_slot_without_a_sealing_key_cannot_seal() {
    let mut rig = Rig::new();
    rig.create(1, &counting_guest(), false);
    assert_eq!(rig.m.seal_key_of(1), None);
    rig.put(SAVE1, &[0x5a; BLOB]);
    assert_eq!(rig.enter(1, SAVE1, 0), Ok(()), "a fresh slot enters without a blob");
    let e = rig.run_to_exit();
    assert_eq!(e.cause, EXIT_VMCALL | 1 << VMEXIT_VMID_SHIFT | VMEXIT_LOST);
    assert_eq!(rig.blob(SAVE1), [0x5a; BLOB], "nothing written");
    assert_eq!(rig.m.take_sealed(), None);
    assert_eq!(rig.enter(1, SAVE1, 0), Err(VMENTER_ERR_LOST));
    // keys zeroed behind a live slot's back: no entry (nothing is opened
    // under a zero key, as in the RTL's engine), and the blob is untouched
    rig.create(2, &counting_guest(), true);
    rig.cycle(2, SAVE2, 0, 1);
    let before = rig.blob(SAVE2);
    let su = &mut rig.m.bus.secure.as_mut().unwrap().su;
    assert!(su.write(SU_KEY_CTRL, (2 << KEY_SLOT_SHIFT) | KEY_CMD_ZERO));
    assert_eq!(rig.enter(2, SAVE2, 0), Err(VMENTER_ERR_LOST));
    assert_eq!(rig.blob(SAVE2), before);
}

#[test]
fn a_fresh_slot_starts_at_reset_without_reading_a_blob() {
    let mut rig = Rig::new();
    rig.create(1, &counting_guest(), true);
    rig.put(SAVE1, &[0xff; BLOB]);
    rig.m.write_spr(SPR_MACLO, 0x1234);
    assert_eq!(rig.enter(1, SAVE1, 0x99), Ok(()));
    let m = &rig.m;
    assert_eq!((m.cpu.pc, m.cpu.sr, m.cpu.epcr, m.cpu.eear, m.cpu.esr, m.cpu.mac), (VEC_RESET, SR_RESET, 0, 0, 0, 0));
    assert!(m.cpu.gpr.iter().all(|&g| g == 0), "no answer in r11 either");
    assert_eq!((m.spr(SPR_TTMR), m.spr(SPR_TTCR)), (0, 0));
    assert_eq!(rig.blob(SAVE1), [0xff; BLOB], "nothing read or written at entry");
    let e = rig.run_to_exit();
    assert_eq!(e.info[..3], [0x600d, 1, 0]);
    assert_eq!(rig.m.seal_counter(1), 1);
}

#[test]
fn the_co_simulator_gets_each_seal_and_the_entry_reads_ram_again() {
    let mut rig = Rig::new();
    rig.create(1, &counting_guest(), true);
    assert_eq!(rig.m.take_sealed(), None);
    rig.cycle(1, SAVE1, 0, 1);
    let s = rig.m.take_sealed().expect("the exit sealed");
    assert_eq!((s.addr, s.vmid, s.counter), (SAVE1, 1, 1));
    assert_eq!(rig.blob(SAVE1), seal_blob(&rig.key(1), 1, 1, &s.ctx), "the blob in RAM is seal_blob of the record");
    assert_eq!(rig.m.take_sealed(), None, "once");
    // the co-simulator replaces the blob with the RTL's (here: another
    // TTCR, another r20, sealed under the same key and counter): the entry
    // takes the context from RAM
    let mut ctx = s.ctx;
    ctx[CTX_TTCR as usize] = 0x0777;
    ctx[20] = 41;
    rig.put(SAVE1, &seal_blob(&rig.key(1), 1, 1, &ctx));
    assert_eq!(rig.enter(1, SAVE1, 5), Ok(()));
    assert_eq!((rig.m.spr(SPR_TTCR), rig.m.cpu.gpr[20]), (0x0777, 41));
    let e = rig.run_to_exit();
    assert_eq!(e.info[..3], [0x600d, 42, 5]);
    assert_eq!(rig.m.seal_key_of(0), None);
    assert_eq!(rig.m.seal_key_of(8), None);
    assert_eq!(rig.m.seal_key_of(2), None, "no keys filled");
}

#[test]
fn the_sealing_engine_bypasses_the_caches() {
    // the host reads its save area through the D-cache: the exit's blob
    // goes to RAM behind the line, which stays stale (as with DMA); the entry
    // reads RAM. A dirty host line written back over the blob later corrupts
    // it: refused (the tag), which only hurts the host.
    let mut rig = Rig::with(Config { dcache: Some(vmsp_iss::CacheGeometry::VMSP_DCACHE), ..Config::default() });
    rig.m.write_spr(SPR_SR, SR_SM | SR_FO | SR_DCE);
    rig.create(1, &counting_guest(), true);
    rig.cycle(1, SAVE1, 0, 1);
    let tag_word = SAVE1 + SEAL_OFF_TAG;
    rig.host_at(LOAD, tag_word, 1);
    let cached = rig.m.cpu.gpr[8];
    assert_eq!(cached.to_be_bytes(), rig.blob(SAVE1)[SEAL_OFF_TAG as usize..][..4]);
    rig.cycle(1, SAVE1, 2, 2);
    assert_eq!(rig.m.dcache().unwrap().probe(tag_word), Some((OWNER_HOST, false)), "the host's line is still there");
    rig.host_at(LOAD, tag_word, 1);
    assert_eq!(rig.m.cpu.gpr[8], cached, "the cached load: the old tag");
    rig.host_at(LOAD, RAM_UNCACHED_ALIAS | tag_word, 1);
    assert_eq!(rig.m.cpu.gpr[8].to_be_bytes(), rig.blob(SAVE1)[SEAL_OFF_TAG as usize..][..4], "the alias: the new one");
    assert_ne!(rig.m.cpu.gpr[8], cached);
    rig.cycle(1, SAVE1, 3, 3);
    let current = rig.blob(SAVE1);
    // the host writes its stale line back over the newest blob
    rig.m.cpu.gpr[8] = cached;
    rig.host_at(STORE, tag_word, 2);
    assert_ne!(rig.blob(SAVE1), current);
    assert_eq!(rig.enter(1, SAVE1, 0), Err(VMENTER_ERR_SEAL_TAG));
    rig.put(SAVE1, &current);
    rig.cycle(1, SAVE1, 4, 4);
}

#[test]
fn the_host_reads_and_writes_vmsave_and_reads_vmenterr() {
    let body = format!(
        "    l.mfspr r20, r0, 0x{SPR_VMSAVE:x}\n{}    l.mtspr r0, r4, 0x{SPR_VMSAVE:x}\n    l.mfspr r21, r0, 0x{SPR_VMSAVE:x}\n\
         l.ori r4, r0, 7\n    l.mtspr r0, r4, 0x{SPR_VMENTERR:x}\n    l.mfspr r22, r0, 0x{SPR_VMENTERR:x}\n\
         l.ori r5, r0, 1\n{}    l.or r23, r11, r0\n    l.mfspr r24, r0, 0x{SPR_VMENTERR:x}\n\
         l.mtspr r0, r0, 0x{SPR_VMENTERR:x}\n    l.mfspr r25, r0, 0x{SPR_VMENTERR:x}\n{SMC}",
        li(4, 0x1234_5600),
        vmenter(5, 0)
    );
    let mut m = Machine::new(Config { ram_size: RAM, secure: Some(monitor_answering()), ..Config::default() });
    m.load_elf(&vm_image(&body, &[])).unwrap();
    m.write_spr(SPR_VMSEL, 1);
    m.write_spr(SPR_VMSTATE, VMSTATE_CREATED);
    m.write_spr(SPR_VMSTATE, VMSTATE_LAUNCHED);
    assert!(matches!(m.run(1000), Outcome::Exit(_)));
    assert_eq!(m.cpu.gpr[30], 0, "no exception");
    let g = &m.cpu.gpr;
    assert_eq!((g[20], g[21], g[22]), (0xffff_ffff, 0x1234_5600, 0), "reset value, written value, VMENTERR write ignored");
    assert_eq!((g[23], g[24], g[25]), (VMENTER_ERR_SAVE_AREA, VMENTER_ERR_SAVE_AREA, VMENTER_ERR_SAVE_AREA));
    // the monitor (its call at the end) wrote VMSAVE: it may
    assert_eq!(m.spr(SPR_VMSAVE), SAVE3);
}

/// A monitor whose call writes SPR_VMSAVE = SAVE3.
fn monitor_answering() -> SecureConfig {
    let rom = assemble_at(
        &format!("    .global _start\n_start:\n    .org 0x100\n    l.rfe\n    .org 0xc00\n{}    l.mtspr r0, r9, 0x{SPR_VMSAVE:x}\n    l.rfe\n", li(9, SAVE3)),
        SM_ROM_BASE,
    );
    SecureConfig::from_elf(&rom).unwrap()
}
