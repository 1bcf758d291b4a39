//! The memory-encryption engine's functional model (docs/MEE.md,
//! `Config::mee`): RAM holds the XTS-AES-128 ciphertext of every block of a
//! VM's ENC page under that VM's keys; the guest and the monitor see the
//! plaintext, the host (HR) the ciphertext; ENC off is plaintext; moved
//! ciphertext decrypts to garbage. The expected ciphertext is recomputed
//! here with the `aes` crate from docs/MEE.md's formula, independently of
//! the model's `xts-mode` cipher. Set-up as in tests/virt.rs: the slot table
//! through the monitor-only SPRs, keys through the secure unit's model, a
//! small monitor ROM.

mod common;
use aes::cipher::{BlockDecrypt, BlockEncrypt, KeyInit};
use aes::Aes128;
use common::{assemble, assemble_at, li, vm_image, vmenter_saved, SMC, VMCALL};
use or1k_arch::*;
use vmsp_iss::{CacheGeometry, Config, Machine, Outcome, SecureConfig};

const G1_HPA: u32 = 0x10000;
const G2_HPA: u32 = 0x20000;
const GSIZE: u32 = 0x4000;
const PAGE: u32 = 1 << VMPT_PAGE_SHIFT;
const RAM: u32 = 1 << 20;



// ---- the reference cipher (docs/MEE.md), from the AES block cipher alone ----

fn key_bytes(w: &[u32]) -> [u8; 16] {
    let mut k = [0u8; 16];
    for i in 0..4 {
        k[4 * i..4 * i + 4].copy_from_slice(&w[i].to_be_bytes());
    }
    k
}

/// T = AES(K2, block number as 128-bit little-endian), K1: the data cipher.
fn tweak_and_k1(keys: &[u32; 12], pa: u32) -> ([u8; 16], Aes128) {
    let mut t = (((pa & !UNCACHED_ADDR_MASK & !15) >> 4) as u128).to_le_bytes();
    Aes128::new(&key_bytes(&keys[4..8]).into()).encrypt_block((&mut t).into());
    (t, Aes128::new(&key_bytes(&keys[0..4]).into()))
}

fn xor(a: &mut [u8; 16], b: &[u8; 16]) {
    a.iter_mut().zip(b).for_each(|(x, y)| *x ^= y);
}

fn ref_encrypt(keys: &[u32; 12], pa: u32, p: [u8; 16]) -> [u8; 16] {
    let (t, k1) = tweak_and_k1(keys, pa);
    let mut b = p;
    xor(&mut b, &t);
    k1.encrypt_block((&mut b).into());
    xor(&mut b, &t);
    b
}

fn ref_decrypt(keys: &[u32; 12], pa: u32, c: [u8; 16]) -> [u8; 16] {
    let (t, k1) = tweak_and_k1(keys, pa);
    let mut b = c;
    xor(&mut b, &t);
    k1.decrypt_block((&mut b).into());
    xor(&mut b, &t);
    b
}

fn block_of(words: &[u32]) -> [u8; 16] {
    let mut b = [0u8; 16];
    for (i, w) in words.iter().enumerate() {
        b[4 * i..4 * i + 4].copy_from_slice(&w.to_be_bytes());
    }
    b
}

fn words_of(b: &[u8; 16]) -> [u32; 4] {
    std::array::from_fn(|i| u32::from_be_bytes(b[4 * i..4 * i + 4].try_into().unwrap()))
}

fn ram_block(m: &Machine, pa: u32) -> [u8; 16] {
    m.bus.ram[pa as usize..pa as usize + 16].try_into().unwrap()
}

// ---- machine set-up ----

/// Reset starts the host; a call copies the 16 bytes at r4 to r5 (the
/// stand-in for the monitor's add-page copy: monitor-origin accesses).
fn monitor() -> SecureConfig {
    let mut copy = String::new();
    for i in 0..4 {
        copy.push_str(&format!("    l.lwz r6, {}(r4)\n    l.sw {}(r5), r6\n", 4 * i, 4 * i));
    }
    let rom = assemble_at(
        &format!("    .global _start\n_start:\n    .org 0x100\n    l.rfe\n    .org 0xc00\n{copy}    l.rfe\n"),
        SM_ROM_BASE,
    );
    SecureConfig::from_elf(&rom).unwrap()
}


/// A guest image: its vectors report (r3 = 0xbad, r4 = vector, l.vmcall),
/// `main` at gPA 0x1000, then a spin.
fn guest(main: &str) -> Vec<u8> {
    let mut s = String::from("    .global _start\n_start:\n    .org 0x100\n    l.j main\n    l.nop\n");
    for v in (0x200..=0xe00).step_by(0x100) {
        s.push_str(&format!("    .org 0x{v:x}\n    l.ori r3, r0, 0xbad\n    l.ori r4, r0, 0x{v:x}\n{VMCALL}"));
    }
    s.push_str(&format!("    .org 0x1000\nmain:\n{main}\nspin:\n    l.j spin\n    l.nop\n"));
    assemble(&s)
}

fn new_machine(mee: bool, caches: bool) -> Machine {
    let c = caches.then_some(());
    Machine::new(Config {
        ram_size: RAM,
        secure: Some(monitor()),
        mee,
        icache: c.map(|_| CacheGeometry::VMSP_ICACHE),
        dcache: c.map(|_| CacheGeometry::VMSP_DCACHE),
        ..Config::default()
    })
}

/// Creates slot `vmid` as the monitor does: keys filled (the secure unit's
/// KEY_CMD_FILL), one region at `hpa`, its pages given to it with
/// `attrs[page]`, launched; `img` loaded the way the monitor's add page
/// leaves it: each block of an ENC page as its ciphertext (with `mee`), the
/// rest plaintext. Returns the slot's key words (read through the model's
/// simulator-side view, as the test's reference needs them).
fn create(m: &mut Machine, vmid: u32, hpa: u32, attrs: [u32; 4], img: &[u8], mee: bool) -> [u32; 12] {
    let su = &mut m.bus.secure.as_mut().unwrap().su;
    assert!(su.write(SU_KEY_CTRL, (vmid << KEY_SLOT_SHIFT) | KEY_CMD_FILL));
    let keys = *su.key_words(vmid);
    assert!(keys.iter().any(|&w| w != 0));
    m.write_spr(SPR_VMSEL, vmid);
    m.write_spr(SPR_VMRGN0 + VMRGN_GPA, 0);
    m.write_spr(SPR_VMRGN0 + VMRGN_SIZE, GSIZE);
    m.write_spr(SPR_VMRGN0 + VMRGN_HPA, hpa);
    m.write_spr(SPR_VMSTATE, VMSTATE_CREATED);
    m.write_spr(SPR_VMPTSEL, hpa);
    for a in attrs {
        m.write_spr(SPR_VMPTE, vmid | a);
    }
    m.write_spr(SPR_VMSTATE, VMSTATE_LAUNCHED);
    let mut plain = vec![0u8; GSIZE as usize];
    for seg in &vmsp_iss::Image::parse(img).unwrap().segments {
        let b = seg.bytes();
        plain[seg.addr as usize..seg.addr as usize + b.len()].copy_from_slice(&b);
    }
    for off in (0..GSIZE).step_by(16) {
        let p: [u8; 16] = plain[off as usize..off as usize + 16].try_into().unwrap();
        let enc = mee && attrs[(off / PAGE) as usize] & VMPTE_ENC != 0;
        let b = if enc { ref_encrypt(&keys, hpa + off, p) } else { p };
        assert!(m.bus.load(hpa + off, &b));
    }
    keys
}

// ---- the scenario ----

/// Guest 1's pattern at gPA 0x2000 (4 blocks, page ENC|HR), the block at
/// 0x2040 (words, then a byte and a halfword store), and the pattern of its
/// ENC-off page at gPA 0x3000.
const P: [u32; 16] = [
    0x5ec2_e700, 0x5ec2_e711, 0x5ec2_e722, 0x5ec2_e733, 0x5ec2_e744, 0x5ec2_e755, 0x5ec2_e766, 0x5ec2_e777,
    0x5ec2_e788, 0x5ec2_e799, 0x5ec2_e7aa, 0x5ec2_e7bb, 0x5ec2_e7cc, 0x5ec2_e7dd, 0x5ec2_e7ee, 0x5ec2_e7ff,
];
const Q: [u32; 4] = [0x0a0b_0c0d, 0x1a1b_1c1d, 0x2a2b_2c2d, 0x3a3b_3c3d];
/// Q after `l.sb 0x43 <- 0x77` and `l.sh 0x4a <- 0x8899`
const Q_AFTER: [u32; 4] = [0x0a0b_0c77, 0x1a1b_1c1d, 0x2a2b_8899, 0x3a3b_3c3d];
const R: [u32; 4] = [0x0ff0_0001, 0x0ff0_0002, 0x0ff0_0003, 0x0ff0_0004];

fn sr_caches(caches: bool) -> String {
    if caches {
        format!("{}    l.mtspr r0, r9, 0x{SPR_SR:x}\n", li(9, SR_SM | SR_FO | SR_DCE | SR_ICE))
    } else {
        String::new()
    }
}

/// Guest 1: phase 1 stores P, Q (with the partial stores) and R, flushes the
/// 0x2040 and 0x3000 lines (with caches: the 0x2000..0x2030 lines stay
/// dirty, for the host's HR loads to write back), reads everything back and
/// calls with r3 = 0x600d (or 0xbad + index); phase 2 loads the block at
/// 0x2800 into r4..r7 and the word at 0x2000 into r8 and calls with r3 = 2.
fn guest1(caches: bool) -> Vec<u8> {
    let mut s = sr_caches(caches);
    s += &li(8, 0x2000);
    s += &li(11, 0x3000);
    for (i, w) in P.iter().enumerate() {
        s += &format!("{}    l.sw {}(r8), r10\n", li(10, *w), 4 * i);
    }
    for (i, w) in Q.iter().enumerate() {
        s += &format!("{}    l.sw {}(r8), r10\n", li(10, *w), 0x40 + 4 * i);
    }
    s += &format!("{}    l.sb 0x43(r8), r10\n{}    l.sh 0x4a(r8), r10\n", li(10, 0x77), li(10, 0x8899));
    for (i, w) in R.iter().enumerate() {
        s += &format!("{}    l.sw {}(r11), r10\n", li(10, *w), 4 * i);
    }
    if caches {
        s += &format!("{}    l.mtspr r0, r12, 0x{SPR_DCBFR:x}\n    l.mtspr r0, r11, 0x{SPR_DCBFR:x}\n", li(12, 0x2040));
    }
    let mut n = 0;
    let mut check = |s: &mut String, load: &str, off: u32, base: u32, want: u32| {
        n += 1;
        *s += &format!(
            "    {load} r12, {off}(r{base})\n{}    l.sfne r12, r10\n    l.bf bad\n    l.ori r13, r0, {n}\n",
            li(10, want)
        );
    };
    for (i, w) in P.iter().enumerate() {
        check(&mut s, "l.lwz", 4 * i as u32, 8, *w);
    }
    for (i, w) in Q_AFTER.iter().enumerate() {
        check(&mut s, "l.lwz", 0x40 + 4 * i as u32, 8, *w);
    }
    check(&mut s, "l.lbz", 0x43, 8, 0x77);
    check(&mut s, "l.lhz", 0x4a, 8, 0x8899);
    for (i, w) in R.iter().enumerate() {
        check(&mut s, "l.lwz", 4 * i as u32, 11, *w);
    }
    s += &format!("    l.ori r3, r0, 0x600d\n    l.j call1\n    l.nop\nbad:\n    l.ori r3, r13, 0xb00\ncall1:\n{VMCALL}");
    s += "    l.lwz r4, 0x800(r8)\n    l.lwz r5, 0x804(r8)\n    l.lwz r6, 0x808(r8)\n    l.lwz r7, 0x80c(r8)\n    l.lwz r8, 0(r8)\n";
    s += &format!("    l.ori r3, r0, 2\n{VMCALL}");
    guest(&s)
}

/// Guest 2: loads the block at its gPA 0x2000 into r4..r7, calls with r3 = 3.
fn guest2(caches: bool) -> Vec<u8> {
    let s = format!(
        "{}{}    l.lwz r4, 0(r8)\n    l.lwz r5, 4(r8)\n    l.lwz r6, 8(r8)\n    l.lwz r7, 12(r8)\n    l.ori r3, r0, 3\n{VMCALL}",
        sr_caches(caches),
        li(8, 0x2000)
    );
    guest(&s)
}

/// The host: enters the VMs the schedule at 0x3c00 names (word n: the VM
/// after exit n; 0: done). At exit n it records VMEXIT and VMEXINFO0..5 at
/// 0x3000 + 64 n and its own (HR) loads of the first word of each line of
/// guest 1's 0x2000..0x2040 at + 32. Bookkeeping through the uncached alias.
fn host(caches: bool) -> Vec<u8> {
    let mut exit = format!(
        "{}    l.lwz r21, 0(r20)\n    l.addi r21, r21, 1\n    l.sw 0(r20), r21\n    l.slli r22, r21, 6\n    l.add r22, r22, r20\n\
         l.mfspr r23, r0, 0x{SPR_VMEXIT:x}\n    l.sw 0(r22), r23\n",
        li(20, RAM_UNCACHED_ALIAS | 0x3000)
    );
    for i in 0..VMEXINFO_COUNT {
        exit += &format!("    l.mfspr r23, r0, 0x{:x}\n    l.sw {}(r22), r23\n", SPR_VMEXINFO0 + i, 4 + 4 * i);
    }
    exit += &li(25, G1_HPA + 0x2000);
    for i in 0..4 {
        exit += &format!("    l.lwz r23, {}(r25)\n    l.sw {}(r22), r23\n", 16 * i, 32 + 4 * i);
    }
    exit += &format!(
        "    l.slli r24, r21, 2\n    l.add r24, r24, r20\n    l.lwz r5, 0xc00(r24)\n    l.sfeqi r5, 0\n    l.bf done\n    l.nop\n\
         l.or r6, r21, r0\n{}    l.ori r3, r0, 0x99\n    l.nop 1\ndone:\n    l.ori r3, r0, 0\n    l.nop 1\n",
        vmenter_saved(5, 6)
    );
    let main = format!(
        "{}{}    l.lwz r5, 0xc00(r20)\n    l.ori r6, r0, 0\n{}    l.ori r3, r0, 0x99\n    l.nop 1\nvmexit:\n{exit}",
        sr_caches(caches),
        li(20, RAM_UNCACHED_ALIAS | 0x3000),
        vmenter_saved(5, 6)
    );
    vm_image(&main, &[(0xf00, "    l.j vmexit\n    l.nop\n")])
}

/// Exit record n: VMEXIT, VMEXINFO0..5, the host's four HR loads.
fn record(m: &mut Machine, n: u32) -> [u32; 11] {
    std::array::from_fn(|i| m.bus.peek(0x3000 + 64 * n + if i < 7 { 4 * i as u32 } else { 32 + 4 * (i as u32 - 7) }, 4).unwrap())
}

struct Run {
    m: Machine,
    k1: [u32; 12],
    k2: [u32; 12],
    /// the ciphertext block copied in RAM to guest 1's 0x2800 and guest 2's 0x2000
    copied: [u8; 16],
}

/// Runs the scenario: guest 1 (stores, reads back, calls), the host (HR
/// loads), then in RAM a copy of guest 1's block at 0x2000 to its 0x2800 and
/// to guest 2's 0x2000 (an attacker on the memory bus), guest 1 again
/// (reads 0x2800 and 0x2000), guest 2 (reads its 0x2000).
fn scenario(mee: bool, caches: bool) -> Run {
    let mut m = new_machine(mee, caches);
    m.load_elf(&host(caches)).unwrap();
    assert!(m.bus.load(0x3c00, &[1u32, 1, 2, 0].iter().flat_map(|w| w.to_be_bytes()).collect::<Vec<_>>()));
    let enc = VMPTE_ENC;
    let k1 = create(&mut m, 1, G1_HPA, [enc, enc, enc | VMPTE_HR, 0], &guest1(caches), mee);
    let k2 = create(&mut m, 2, G2_HPA, [enc; 4], &guest2(caches), mee);
    assert_ne!(k1, k2);
    // until the host re-enters guest 1 after its first exit (its HR loads done)
    let mut steps = 0;
    while !(m.bus.peek(0x3000, 4) == Some(1) && m.virt.as_ref().unwrap().guest()) {
        m.step().unwrap();
        steps += 1;
        assert!(steps < 100_000, "guest 1's first exit never came");
    }
    let copied = ram_block(&m, G1_HPA + 0x2000);
    assert!(m.bus.load(G1_HPA + 0x2800, &copied));
    assert!(m.bus.load(G2_HPA + 0x2000, &copied));
    match m.run(200_000) {
        Outcome::Exit(0) => {}
        o => panic!("host did not finish: {o:?} at pc 0x{:08x} (exits {:?})", m.cpu.pc, m.bus.peek(0x3000, 4)),
    }
    Run { m, k1, k2, copied }
}

fn vmcall_exit(vmid: u32) -> u32 {
    EXIT_VMCALL | vmid << VMEXIT_VMID_SHIFT
}

#[test]
fn guest_data_is_xts_ciphertext_in_ram_plaintext_to_the_guest_and_ciphertext_to_the_host() {
    for caches in [false, true] {
        let Run { mut m, k1, k2, copied } = scenario(true, caches);
        let what = if caches { "caches on" } else { "uncached" };
        let (r1, r2, r3) = (record(&mut m, 1), record(&mut m, 2), record(&mut m, 3));
        assert_eq!(m.bus.peek(0x3000, 4), Some(3), "{what}: three exits");
        assert_eq!((r1[0], r1[1]), (vmcall_exit(1), 0x600d), "{what}: guest 1 read back its plaintext (0xbNN: check NN failed)");

        // RAM holds exactly the XTS ciphertext of each block of the ENC page
        for b in 0..4 {
            let pa = G1_HPA + 0x2000 + 16 * b;
            let want = ref_encrypt(&k1, pa, block_of(&P[4 * b as usize..4 * b as usize + 4]));
            assert_eq!(ram_block(&m, pa), want, "{what}: block 0x{pa:x} is its ciphertext");
            // the host's HR load returned the ciphertext as stored
            assert_eq!(r1[7 + b as usize], words_of(&want)[0], "{what}: the host's HR load of 0x{pa:x}");
            assert_ne!(r1[7 + b as usize], P[4 * b as usize], "{what}: the host never sees the plaintext");
        }
        // the partial stores re-encrypted the whole block
        let pa = G1_HPA + 0x2040;
        assert_eq!(ram_block(&m, pa), ref_encrypt(&k1, pa, block_of(&Q_AFTER)), "{what}: block after byte and halfword stores");
        // ENC off: plaintext
        assert_eq!(ram_block(&m, G1_HPA + 0x3000), block_of(&R), "{what}: the ENC-off page holds plaintext");
        // cold RAM: the pattern nowhere, at any 16-byte-aligned block
        let secrets: Vec<[u8; 16]> =
            (0..4).map(|b| block_of(&P[4 * b..4 * b + 4])).chain([block_of(&Q), block_of(&Q_AFTER)]).collect();
        for (i, blk) in m.bus.ram.chunks_exact(16).enumerate() {
            assert!(!secrets.iter().any(|s| s == blk), "{what}: a plaintext block of the pattern in RAM at 0x{:x}", 16 * i);
        }
        // also no plaintext of the guests' code: their pages are ciphertext
        let elf = guest1(caches);
        let code = vmsp_iss::Image::parse(&elf).unwrap();
        let text = code.segments.iter().find(|s| s.addr == 0x1000 || s.addr <= 0x1000 && s.addr + s.mem_size > 0x1000).unwrap();
        let text_bytes = text.bytes();
        let first = &text_bytes[(0x1000 - text.addr) as usize..][..16];
        assert!(!m.bus.ram.chunks_exact(16).any(|b| b == first), "{what}: the guest's main in plaintext");

        // the copied ciphertext decrypts to garbage for guest 1 at another
        // address and for guest 2 in its page
        assert_eq!(r2[0..2], [vmcall_exit(1), 2], "{what}: guest 1's second call");
        let at_other = ref_decrypt(&k1, G1_HPA + 0x2800, copied);
        assert_eq!(r2[2..6], words_of(&at_other), "{what}: guest 1 reads D(K1, T(0x12800), C)");
        assert_ne!(r2[2..6], P[0..4], "{what}: moved ciphertext is not the plaintext");
        assert_eq!(r2[6], P[0], "{what}: guest 1's own block still reads back");
        assert_eq!(r3[0..2], [vmcall_exit(2), 3], "{what}: guest 2's call");
        let victim = ref_decrypt(&k2, G2_HPA + 0x2000, copied);
        assert_eq!(r3[2..6], words_of(&victim), "{what}: guest 2 reads D(K2, T(0x22000), C)");
        assert_ne!(r3[2..6], P[0..4], "{what}: another VM's ciphertext is garbage to the victim");
        let (dec, enc) = m.mee_blocks().unwrap();
        assert!(dec > 0 && enc > 0);
    }
}

#[test]
fn without_the_mee_enc_changes_no_data() {
    for caches in [false, true] {
        let Run { mut m, .. } = scenario(false, caches);
        let r1 = record(&mut m, 1);
        assert_eq!(r1[1], 0x600d, "guest 1 read back its data");
        assert_eq!(ram_block(&m, G1_HPA + 0x2000), block_of(&P[0..4]), "ENC page in plaintext");
        assert_eq!(r1[7], P[0], "the host's HR load: the plaintext");
        assert_eq!(m.mee_blocks(), None);
    }
}

#[test]
fn monitor_copies_go_through_the_cipher_under_the_page_owners_key() {
    // the host writes a block, the monitor copies it into VM 1's ENC page
    // (add page) and back out to the host; the host's HR load of the VM page
    // gives the ciphertext
    let body = format!(
        "{}{}{}{}    l.sw 0(r4), r10\n    l.sw 4(r4), r11\n    l.sw 8(r4), r12\n    l.sw 12(r4), r13\n{}{SMC}{}{}{SMC}{}    l.lwz r20, 0(r5)\n",
        li(4, 0x3500),
        li(10, P[0]),
        li(11, P[1]),
        li(12, P[2]) + &li(13, P[3]),
        li(5, G1_HPA + 0x2100),
        li(4, G1_HPA + 0x2100),
        li(5, 0x3600),
        li(5, G1_HPA + 0x2100)
    );
    for attrs in [VMPTE_ENC | VMPTE_HR, VMPTE_HR] {
        let mut m = new_machine(true, false);
        m.load_elf(&vm_image(&body, &[])).unwrap();
        let k1 = create(&mut m, 1, G1_HPA, [attrs; 4], &guest(""), true);
        match m.run(10_000) {
            Outcome::Exit(_) => {}
            o => panic!("{o:?}"),
        }
        assert_eq!(m.cpu.gpr[30], 0, "no exception");
        let pa = G1_HPA + 0x2100;
        let stored = ram_block(&m, pa);
        if attrs & VMPTE_ENC != 0 {
            assert_eq!(stored, ref_encrypt(&k1, pa, block_of(&P[0..4])), "the monitor's copy in: ciphertext");
        } else {
            assert_eq!(stored, block_of(&P[0..4]), "ENC off: the monitor's copy is plaintext");
        }
        assert_eq!(ram_block(&m, 0x3600), block_of(&P[0..4]), "the monitor's copy out: the plaintext again");
        assert_eq!(m.cpu.gpr[20], words_of(&stored)[0], "the host's HR load: the bytes as stored");
    }
}

#[test]
fn the_mee_needs_the_monitor_world() {
    let c = Config { mee: true, ..Config::default() };
    assert!(c.validate().unwrap_err().contains("mee"));
}
