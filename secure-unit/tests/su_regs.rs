//! Secure-unit register block tests, on the emitted Verilog under Verilator
//! (`vtb`). Golden models: the ISS's `vmsp_iss::secure::SecureUnit` for
//! every register access, the `sha2` crate for SHA-256, the CTR_DRBG model
//! of `trng_common` (and `NoiseRef`) for the key material. Timing figures
//! are printed (`-- --nocapture`) and quoted in docs/SECURE_UNIT.md.
use or1k_arch::*;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use secure_unit::keyblock::{keyblock_verilog, FILL_TIMEOUT};
use secure_unit::sha256::{block_to_port_words, pad};
use secure_unit::su_regs::su_regs_verilog;
use secure_unit::trng::*;
use sha2::{Digest, Sha256};
use std::collections::HashSet;
use vmsp_iss::secure::SecureUnit;
use vtb::Model;
mod trng_common;
use trng_common::{seed_from_raw, DrbgRef};

const RAM_SIZE: u32 = 0x0080_0000;
const MON: u64 = (TGA_MONITOR | TGA_SUPERVISOR) as u64;
/// A bound on any one access (a fill may wait for the DRBG's instantiation).
const MAX_WAIT: u64 = 200_000;

fn healthy_verilog() -> String {
    su_regs_verilog(TrngConfig::default(), SimNoiseSource::default())
}

/// The test build whose entropy source is stuck at 1: the health tests trip
/// during the start-up test, so every fill must fail.
fn stuck_verilog() -> String {
    let noise = NoiseConfig { seed: 1, mode: NoiseMode::Stuck1, pattern: 0 };
    su_regs_verilog(TrngConfig::default(), SimNoiseSource::new(noise))
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
enum Resp {
    Ack(u32),
    Err,
}

/// The register block under Verilator, with a Wishbone master that holds
/// each request until `ack`/`err`.
struct Dut {
    m: Model,
    cycles: u64,
}

impl Dut {
    fn build(name: &str, verilog: &str) -> Dut {
        let m = Model::build(name, verilog).unwrap_or_else(|e| panic!("building {name}: {e}"));
        let mut d = Dut { m, cycles: 0 };
        d.m.set("ram_size", RAM_SIZE as u64);
        d.m.set("key_sel", 0);
        d.m.set("wb$cyc", 0);
        d.m.set("wb$stb", 0);
        d
    }

    fn new(name: &str, verilog: &str) -> Dut {
        let mut d = Dut::build(name, verilog);
        d.m.set("reset", 1);
        d.tick();
        d.m.set("reset", 0);
        d.m.eval();
        d
    }

    fn tick(&mut self) {
        self.m.tick();
        self.cycles += 1;
    }

    /// One access at SU_BASE + `off`; the response and the cycles from the
    /// request to its `ack`/`err` (2 = the cycle after the request).
    fn access(&mut self, off: u32, we: bool, sel: u64, tga: u64, dat: u32) -> (Resp, u64) {
        let m = &mut self.m;
        m.set("wb$adr", SU_BASE.wrapping_add(off) as u64);
        m.set("wb$we", we as u64);
        m.set("wb$sel", sel);
        m.set("wb$tga", tga);
        m.set("wb$dat_w", dat as u64);
        m.set("wb$cti", 0);
        m.set("wb$cyc", 1);
        m.set("wb$stb", 1);
        let mut c = 1;
        loop {
            self.m.eval();
            let (ack, err) = (self.m.get("wb$ack"), self.m.get("wb$err"));
            assert!(ack + err < 2, "ack and err together");
            if ack + err == 1 {
                let d = self.m.get("wb$dat_r") as u32;
                self.tick();
                self.m.set("wb$cyc", 0);
                self.m.set("wb$stb", 0);
                self.m.eval();
                assert_eq!(self.m.get("wb$ack") + self.m.get("wb$err"), 0, "one response per request");
                if err == 1 || we {
                    assert_eq!(d, 0, "dat_r is 0 except for a read's ack");
                }
                return (if ack == 1 { Resp::Ack(d) } else { Resp::Err }, c);
            }
            self.tick();
            c += 1;
            assert!(c < MAX_WAIT, "no response at offset {off:#x}");
        }
    }

    fn read(&mut self, off: u32) -> u32 {
        match self.access(off, false, 0xf, MON, 0) {
            (Resp::Ack(v), _) => v,
            r => panic!("read {off:#x}: {r:?}"),
        }
    }

    fn write(&mut self, off: u32, v: u32) -> u64 {
        match self.access(off, true, 0xf, MON, v) {
            (Resp::Ack(_), c) => c,
            r => panic!("write {off:#x}: {r:?}"),
        }
    }

    /// Reads a status register until its SU_BUSY bit is clear, as firmware
    /// does; returns the last value.
    fn poll(&mut self, off: u32) -> u32 {
        loop {
            let v = self.read(off);
            if v & SU_BUSY == 0 {
                return v;
            }
        }
    }

    /// Polls SU_TRNG_STATUS until it equals `want`.
    fn wait_trng(&mut self, want: u32) -> u64 {
        let start = self.cycles;
        while self.read(SU_TRNG_STATUS) != want {
            assert!(self.cycles - start < 20_000, "SU_TRNG_STATUS never became {want:#x}");
        }
        self.cycles - start
    }

    /// The keys of `slot` from the key port (one edge after selecting it).
    fn key_port(&mut self, slot: u64) -> (bool, Vec<u32>) {
        self.m.set("key_sel", slot);
        self.tick();
        self.m.eval();
        let valid = self.m.get("key_valid") == 1;
        let mut w = self.m.get_wide("key_out");
        w.reverse(); // key word 0 first
        self.m.set("key_sel", 0);
        (valid, w)
    }
}

/// The ISS model's answer to the same access (`None` = bus error): monitor
/// origin and 32-bit size are the SoC bus's checks (`SecureSpace`).
fn gold(su: &mut SecureUnit, off: u32, we: bool, sel: u64, tga: u64, dat: u32) -> Resp {
    if tga & TGA_MONITOR as u64 == 0 || sel != 0xf || off >= SU_SIZE {
        return Resp::Err;
    }
    if we {
        if su.write(off, dat) {
            Resp::Ack(0)
        } else {
            Resp::Err
        }
    } else {
        su.read(off).map_or(Resp::Err, Resp::Ack)
    }
}

// ------------------------------------------------------------------ lint

#[test]
fn lint_secure_unit_blocks() {
    vtb::lint("su_keyblock", &keyblock_verilog()).unwrap();
    vtb::lint("su_regs_sim", &healthy_verilog()).unwrap();
    vtb::lint("su_regs_stuck", &stuck_verilog()).unwrap();
    vtb::lint("su_regs_fpga", &su_regs_verilog(TrngConfig::default(), RingOscEntropy::default())).unwrap();
}

// ------------------------------------------------- registers vs the ISS

/// One random access: (offset, we, sel, tga, data).
fn random_access(rng: &mut ChaCha8Rng, sha_blocks: &mut u32) -> (u32, bool, u64, u64, u32) {
    let word = |rng: &mut ChaCha8Rng| rng.gen::<u32>();
    let (off, we, dat) = match rng.gen_range(0..100) {
        0..=19 => (SU_SHA_DATA + 4 * rng.gen_range(0..16), true, word(rng)),
        20..=27 => (SU_SHA_DATA + 4 * rng.gen_range(0..16), false, 0),
        28..=37 => (SU_SHA_DIGEST + 4 * rng.gen_range(0..8), false, 0),
        38..=47 => {
            let cmd = match rng.gen_range(0..10) {
                0..=3 => SHA_CMD_INIT,
                4..=8 => {
                    *sha_blocks += 1;
                    SHA_CMD_BLOCK
                }
                _ => word(rng) & 0xff,
            };
            (SU_SHA_CTRL, true, cmd)
        }
        48..=51 => (SU_SHA_STATUS, false, 0),
        52..=54 => (SU_TRNG_STATUS, false, 0),
        55..=62 => {
            let slot = match rng.gen_range(0..10) {
                0..=7 => rng.gen_range(0..=VM_SLOTS + 2),
                8 => rng.gen::<u32>() >> KEY_SLOT_SHIFT,
                _ => rng.gen_range(1..=VM_SLOTS) | (1 << rng.gen_range(3..24)),
            };
            let cmd = match rng.gen_range(0..10) {
                0..=4 => KEY_CMD_FILL,
                5..=7 => KEY_CMD_ZERO,
                _ => rng.gen::<u32>() & 0xff,
            };
            (SU_KEY_CTRL, true, (slot << KEY_SLOT_SHIFT) | cmd)
        }
        63..=64 => (SU_KEY_STATUS, false, 0),
        65 => (SU_KEY_CTRL, true, (rng.gen::<u32>() << KEY_SLOT_SHIFT) | KEY_CMD_RNG),
        66..=67 => (SU_RNG_DATA + 4 * rng.gen_range(0..KEY_WORDS), false, 0),
        68..=69 => (SU_RAM_SIZE, false, 0),
        70..=71 => ([SU_KEY_CTRL, SU_SHA_CTRL][rng.gen_range(0..2)], false, 0),
        72..=77 => {
            // writes to read-only registers
            let ro =
                [SU_SHA_STATUS, SU_TRNG_STATUS, SU_KEY_STATUS, SU_RAM_SIZE, SU_SHA_DIGEST + 4 * rng.gen_range(0..8)];
            (ro[rng.gen_range(0..5)], true, word(rng))
        }
        78..=89 => {
            // anywhere in the unit's 4 KiB, aligned or not
            let mut off = rng.gen_range(0..SU_SIZE);
            if rng.gen_bool(0.5) {
                off &= !3;
            }
            (off, rng.gen_bool(0.5), word(rng))
        }
        90..=91 => {
            // identity: the secret (locked or not), the lock, the certificate
            let off = match rng.gen_range(0..4) {
                0 => SU_ID_SECRET + 4 * rng.gen_range(0..8),
                1 => SU_ID_LOCK,
                _ => SU_ID_CERT + 4 * rng.gen_range(0..CERT_BYTES / 4 + 1),
            };
            (off, off == SU_ID_LOCK && rng.gen_bool(0.05), word(rng))
        }
        92..=99 => ecc_access(rng),
        _ => {
            let off = [SU_SHA_DATA, SU_SHA_CTRL, SU_KEY_CTRL, SU_KEY_STATUS][rng.gen_range(0..4)];
            (off, rng.gen_bool(0.5), word(rng))
        }
    };
    let sel =
        if rng.gen_range(0..100) < 6 { [0u64, 1, 2, 3, 4, 6, 8, 0xc, 0xe, 0x7][rng.gen_range(0..10)] } else { 0xf };
    let tga = if rng.gen_range(0..100) < 6 {
        // any origin without TGA_MONITOR: host, guests, supervisor or not
        (rng.gen::<u8>() as u64) & !(TGA_MONITOR as u64)
    } else {
        MON
    };
    (off, we, sel, tga, dat)
}

/// An access to the ECC accelerator's window: data words in and out, and
/// commands on random registers (any op code, both moduli): every result
/// is the golden model's (`EccModel` inside the ISS's unit).
fn ecc_access(rng: &mut ChaCha8Rng) -> (u32, bool, u32) {
    let r = |rng: &mut ChaCha8Rng| rng.gen_range(0..ECC_REGS);
    match rng.gen_range(0..10) {
        0..=2 => {
            // mostly small or all-ones words, so values near p and n occur
            let w = match rng.gen_range(0..3) {
                0 => rng.gen(),
                1 => 0xffff_ffff,
                _ => rng.gen_range(0..4),
            };
            (SU_ECC_DATA + 4 * rng.gen_range(0..8), true, w)
        }
        3..=4 => (SU_ECC_DATA + 4 * rng.gen_range(0..8), false, 0),
        5 => (SU_ECC_STATUS, false, 0),
        _ => {
            let op = match rng.gen_range(0..12) {
                0..=3 => ECC_OP_MUL,
                4 => ECC_OP_ADD,
                5 => ECC_OP_SUB,
                6 => ECC_OP_LOAD,
                7 => ECC_OP_STORE,
                8 => ECC_OP_SETK,
                9 => ECC_OP_CSWAP,
                10 => [ECC_OP_CLEAR, 0, 9, 15][rng.gen_range(0..4)],
                _ => rng.gen_range(0..16),
            };
            let m = if rng.gen_bool(0.5) { ECC_MOD_N } else { 0 };
            let cmd = (op << ECC_OP_SHIFT)
                | m
                | (rng.gen_range(0..256) << ECC_BIT_SHIFT)
                | (r(rng) << ECC_D_SHIFT)
                | (r(rng) << ECC_A_SHIFT)
                | (r(rng) << ECC_B_SHIFT);
            (SU_ECC_CMD, true, cmd)
        }
    }
}

/// Applies `n` random accesses to the Verilog and the ISS model and
/// compares every response. Status reads poll until not busy (firmware
/// does); nothing else polls, so accesses that would see an engine
/// mid-operation exercise the bus's wait.
fn compare_with_iss(d: &mut Dut, su: &mut SecureUnit, seed: u64, n: usize) {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut blocks = 0;
    let (mut errs, mut reads, mut writes, mut waited) = (0, 0, 0, 0);
    for i in 0..n {
        for _ in 0..rng.gen_range(0..3) {
            // idle cycles with junk on the bus: no effect
            d.m.set("wb$adr", rng.gen::<u32>() as u64);
            d.m.set("wb$dat_w", rng.gen::<u32>() as u64);
            d.m.set("wb$we", 1);
            d.tick();
        }
        let (off, we, sel, tga, dat) = random_access(&mut rng, &mut blocks);
        let want = gold(su, off, we, sel, tga, dat);
        let polls = !we
            && sel == 0xf
            && tga == MON
            && (off == SU_SHA_STATUS || off == SU_KEY_STATUS || off == SU_ECC_STATUS);
        let (got, c) = if polls {
            let v = d.poll(off);
            (Resp::Ack(v), 2)
        } else {
            d.access(off, we, sel, tga, dat)
        };
        assert_eq!(
            got, want,
            "access {i}: off {off:#x} we {we} sel {sel:#x} tga {tga:#x} dat {dat:#x}: RTL {got:?}, ISS {want:?}"
        );
        if got == Resp::Err {
            errs += 1;
            assert_eq!(c, 2, "an err comes the cycle after the request, whatever the unit is doing");
        } else if we {
            writes += 1;
        } else {
            reads += 1;
        }
        if c > 2 {
            waited += 1;
        }
    }
    // Final state: every readable register.
    let mut offs: Vec<u32> = (0..16).map(|i| SU_SHA_DATA + 4 * i).collect();
    offs.extend((0..8).map(|i| SU_SHA_DIGEST + 4 * i));
    offs.extend([SU_TRNG_STATUS, SU_RAM_SIZE, SU_ID_LOCK]);
    offs.extend((0..8).map(|i| SU_ID_SECRET + 4 * i));
    offs.extend((0..CERT_BYTES / 4).map(|i| SU_ID_CERT + 4 * i));
    offs.extend((0..8).map(|i| SU_ECC_DATA + 4 * i));
    // every ECC register, through DATA
    for r in 0..ECC_REGS {
        let st = (ECC_OP_STORE << ECC_OP_SHIFT) | (r << ECC_A_SHIFT);
        d.write(SU_ECC_CMD, st);
        su.write(SU_ECC_CMD, st);
        for i in 0..8 {
            assert_eq!(Resp::Ack(d.read(SU_ECC_DATA + 4 * i)), gold(su, SU_ECC_DATA + 4 * i, false, 0xf, MON, 0), "R{r}");
        }
    }
    assert_eq!(d.poll(SU_KEY_STATUS), su.read(SU_KEY_STATUS).unwrap());
    offs.extend((0..KEY_WORDS).map(|i| SU_RNG_DATA + 4 * i));
    for off in offs {
        assert_eq!(Resp::Ack(d.read(off)), gold(su, off, false, 0xf, MON, 0), "final {off:#x}");
    }
    assert_eq!(Some(d.poll(SU_KEY_STATUS)), su.read(SU_KEY_STATUS));
    println!(
        "{n} accesses: {reads} reads, {writes} writes, {errs} errors, {waited} waited for an engine; \
         {blocks} SHA blocks; {} cycles",
        d.cycles
    );
}

#[test]
fn registers_match_iss_model() {
    let mut d = Dut::new("su_regs_sim", &healthy_verilog());
    let ready = d.wait_trng(SU_TRNG_READY);
    println!("SU_TRNG_STATUS = READY {ready} cycles after reset");
    let mut su = SecureUnit::new(false, RAM_SIZE);
    compare_with_iss(&mut d, &mut su, 1, 6000);
    // some valid bits were set and cleared on the way
    assert_ne!(d.poll(SU_KEY_STATUS) >> KEY_VALID_SHIFT, 0);
}

#[test]
fn registers_match_iss_model_with_trng_alarm() {
    let mut d = Dut::new("su_regs_stuck", &stuck_verilog());
    let alarm = d.wait_trng(SU_TRNG_ALARM);
    println!("stuck source: SU_TRNG_STATUS = ALARM {alarm} cycles after reset");
    let mut su = SecureUnit::new(true, RAM_SIZE);
    compare_with_iss(&mut d, &mut su, 2, 1500);
    assert_eq!(d.poll(SU_KEY_STATUS), SU_KEY_ERROR, "every fill failed, no slot valid");
}

// --------------------------------------------------------------- SHA-256

/// Hashes `msg` through the registers (init, then per block: 16 data
/// writes, SHA_CMD_BLOCK, poll) and returns the digest read back.
fn sha_through_registers(d: &mut Dut, msg: &[u8]) -> Vec<u8> {
    d.write(SU_SHA_CTRL, SHA_CMD_INIT);
    for block in pad(msg) {
        // block_to_port_words lists the least significant (last) word first
        for (i, w) in block_to_port_words(&block).iter().rev().enumerate() {
            d.write(SU_SHA_DATA + 4 * i as u32, *w);
        }
        d.write(SU_SHA_CTRL, SHA_CMD_BLOCK);
        assert_eq!(d.poll(SU_SHA_STATUS), 0);
    }
    (0..8).flat_map(|i| d.read(SU_SHA_DIGEST + 4 * i).to_be_bytes()).collect()
}

#[test]
fn sha_known_answers() {
    let mut d = Dut::new("su_regs_sim", &healthy_verilog());
    // After reset the state is the IV.
    let iv: Vec<u32> = (0..8).map(|i| d.read(SU_SHA_DIGEST + 4 * i)).collect();
    assert_eq!(iv, secure_unit::sha256::SHA256_IV);
    let mut rng = ChaCha8Rng::seed_from_u64(3);
    let mut msgs: Vec<Vec<u8>> = vec![b"".to_vec(), b"abc".to_vec()];
    for len in [1usize, 55, 56, 63, 64, 65, 119, 120, 128, 200, 1000] {
        msgs.push((0..len).map(|_| rng.gen()).collect());
    }
    let mut blocks = 0;
    for msg in &msgs {
        assert_eq!(sha_through_registers(&mut d, msg), Sha256::digest(msg).to_vec(), "{} bytes", msg.len());
        blocks += pad(msg).len();
    }
    // SHA_CMD_INIT in the middle of a message restarts it; data survives.
    d.write(SU_SHA_CTRL, SHA_CMD_INIT);
    let iv2: Vec<u32> = (0..8).map(|i| d.read(SU_SHA_DIGEST + 4 * i)).collect();
    assert_eq!(iv2, secure_unit::sha256::SHA256_IV);

    // Timing: a BLOCK command, then a digest read issued at once (it waits
    // for the engine, and returns the new state).
    let msg = b"abc";
    let block = pad(msg)[0];
    for (i, w) in block_to_port_words(&block).iter().rev().enumerate() {
        d.write(SU_SHA_DATA + 4 * i as u32, *w);
    }
    let c0 = d.cycles;
    d.write(SU_SHA_CTRL, SHA_CMD_BLOCK);
    let (r, c) = d.access(SU_SHA_DIGEST, false, 0xf, MON, 0);
    assert_eq!(r, Resp::Ack(u32::from_be_bytes(Sha256::digest(msg)[..4].try_into().unwrap())));
    let busy = c - 1;
    println!("SHA block: SU_BUSY for {busy} cycles after the SHA_CMD_BLOCK write is taken");
    assert_eq!(busy, 65);
    // A whole block through the bus: 16 data writes + command + poll.
    let c1 = d.cycles;
    for (i, w) in block_to_port_words(&block).iter().rev().enumerate() {
        d.write(SU_SHA_DATA + 4 * i as u32, *w);
    }
    d.write(SU_SHA_CTRL, SHA_CMD_BLOCK);
    d.poll(SU_SHA_STATUS);
    println!(
        "SHA block: command write + waiting digest read = {} cycles; \
         16 data writes + command + status polls (back-to-back bus) = {} cycles",
        c1 - c0,
        d.cycles - c1
    );
    println!("{} messages, {blocks} blocks checked against sha2", msgs.len());
}

// ------------------------------------------------------------- key block

/// Fill `slot` and return the cycles the key block was busy (from the
/// edge that took the command to the edge that took the next KEY_CTRL
/// write, which waits for it).
fn fill(d: &mut Dut, slot: u32) -> u64 {
    d.write(SU_KEY_CTRL, (slot << KEY_SLOT_SHIFT) | KEY_CMD_FILL);
    // slot 0: ignored, but it still waits for the key block
    let c = d.write(SU_KEY_CTRL, KEY_CMD_FILL);
    c - 1
}

/// The (offset, gap) of the raw-bit window that seeded the DRBG, found as
/// in tests/trng.rs: the one whose model explains the first fill.
fn drbg_for_first_fill(first: &[u32]) -> DrbgRef {
    let noise = NoiseConfig::default();
    let mut src = NoiseRef::new(noise.seed, noise.mode, noise.pattern);
    let raw: Vec<bool> = (0..4000).map(|_| src.next_bit()).collect();
    let want = words_to_blocks(first);
    let hits: Vec<DrbgRef> = (1000..1100)
        .flat_map(|o| (0..4).map(move |g| (o, g)))
        .map(|(o, g)| DrbgRef::instantiate(&seed_from_raw(&raw, o, g), DrbgConfig::default().reseed_interval as u64))
        .filter(|r| r.clone().generate(3) == want)
        .collect();
    assert_eq!(hits.len(), 1, "exactly one seed window explains the first fill");
    hits[0].clone()
}

fn words_to_blocks(w: &[u32]) -> Vec<u128> {
    w.chunks(4).map(|c| c.iter().fold(0u128, |a, &x| (a << 32) | x as u128)).collect()
}

#[test]
fn key_fill_zero_and_no_read_path() {
    let mut d = Dut::new("su_regs_sim", &healthy_verilog());
    // Nothing valid after reset; a fill right away waits for the DRBG.
    assert_eq!(d.poll(SU_KEY_STATUS), 0);
    let first = fill(&mut d, 3);
    assert_eq!(d.read(SU_TRNG_STATUS), SU_TRNG_READY);
    let mut fills = vec![];
    for slot in [1, 2, 4, 5, 6, 7] {
        fills.push(fill(&mut d, slot));
    }
    println!("key fill: {first} cycles busy for the first after reset (includes the DRBG's instantiation)");
    println!("key fill: {fills:?} cycles busy back to back (each waits for the last one's DRBG update)");
    assert_eq!(d.poll(SU_KEY_STATUS), 0x7f << KEY_VALID_SHIFT);

    // The keys, from the key port.
    let mut keys = vec![vec![]; 8];
    for slot in 1..=7u32 {
        let (valid, k) = d.key_port(slot as u64);
        assert!(valid, "slot {slot} valid on the key port");
        assert_eq!(k.len(), KEY_WORDS as usize);
        keys[slot as usize] = k;
    }
    for sel in [0u64, 8, 9, 15] {
        assert_eq!(d.key_port(sel), (false, vec![0; 12]), "key_sel {sel} selects nothing");
    }
    // They are the DRBG's output, in fill order, block 0 = data key.
    let mut drbg = drbg_for_first_fill(&keys[3]);
    for slot in [3usize, 1, 2, 4, 5, 6, 7] {
        assert_eq!(words_to_blocks(&keys[slot]), drbg.generate(3), "slot {slot} = the next 3 DRBG blocks");
    }
    let key_words: HashSet<u32> = keys.iter().flatten().copied().filter(|&w| w != 0).collect();
    assert_eq!(key_words.len(), 7 * 12, "84 distinct key words");

    // I5: no offset of the unit returns key material, whatever the origin
    // or size, whichever slot the key port selects; every answer is the
    // ISS model's (which has no keys in its registers either).
    let mut su = SecureUnit::new(false, RAM_SIZE);
    for slot in [3, 1, 2, 4, 5, 6, 7] {
        su.write(SU_KEY_CTRL, (slot << KEY_SLOT_SHIFT) | KEY_CMD_FILL);
    }
    // the SHA state is the reset state in both
    let mut answered = 0;
    for off in 0..SU_SIZE {
        d.m.set("key_sel", 1 + (off % 7) as u64);
        for (sel, tga) in [(0xf, MON), (0xf, 0x1), (0x3, MON), (0x8, MON)] {
            let r = d.access(off, false, sel, tga, 0).0;
            assert_eq!(r, gold(&mut su, off, false, sel, tga, 0), "offset {off:#x} sel {sel:#x} tga {tga:#x}");
            if let Resp::Ack(v) = r {
                assert!(!key_words.contains(&v), "offset {off:#x} returned a key word {v:#x}");
                answered += 1;
            }
        }
    }
    d.m.set("key_sel", 0);
    println!("read scan: {} accesses, {answered} answered, no key word", SU_SIZE * 4);
    // SHA data and digest, 6 single registers, SU_RNG_DATA, the identity
    // (secret, lock, certificate), ECC status and data
    let readable = 16 + 8 + 6 + KEY_WORDS + 8 + 1 + CERT_BYTES / 4 + 1 + 8;
    assert_eq!(answered, readable, "only the {readable} registers answer");

    // Zero slot 3: invalid, port zero; the others unchanged.
    d.write(SU_KEY_CTRL, (3 << KEY_SLOT_SHIFT) | KEY_CMD_ZERO);
    assert_eq!(d.read(SU_KEY_STATUS), (0x7f & !(1 << 2)) << KEY_VALID_SHIFT, "zero is never busy");
    assert_eq!(d.key_port(3), (false, vec![0; 12]));
    for slot in [1u32, 2, 4, 5, 6, 7] {
        assert_eq!(d.key_port(slot as u64), (true, keys[slot as usize].clone()));
    }
    // Refill: new keys. The DRBG has long been idle: the fill's latency.
    let idle = fill(&mut d, 3);
    println!("key fill: {idle} cycles busy with the DRBG idle and ready");
    let (valid, k) = d.key_port(3);
    assert!(valid);
    assert_eq!(words_to_blocks(&k), drbg.generate(3));
    assert!(k.iter().all(|w| !key_words.contains(w)));

    // Reset: every slot invalid (and the RAMs scrubbed).
    d.m.set("reset", 1);
    d.tick();
    d.m.set("reset", 0);
    assert_eq!(d.poll(SU_KEY_STATUS), 0);
    for slot in 1..=7 {
        assert_eq!(d.key_port(slot), (false, vec![0; 12]));
    }
}

/// KEY_CMD_RNG: the draw lands in SU_RNG_DATA only, a fill never changes
/// it, a draw changes no slot's keys, and both take their blocks from the
/// one DRBG stream in command order (the ISS's model).
#[test]
fn rng_draws_never_touch_keys() {
    let mut d = Dut::new("su_regs_sim", &healthy_verilog());
    let mut su = SecureUnit::new(false, RAM_SIZE);
    let rng_words = |d: &mut Dut| (0..KEY_WORDS).map(|i| d.read(SU_RNG_DATA + 4 * i)).collect::<Vec<_>>();
    assert_eq!(rng_words(&mut d), vec![0; KEY_WORDS as usize], "zero after reset");
    fill(&mut d, 2);
    su.write(SU_KEY_CTRL, (2 << KEY_SLOT_SHIFT) | KEY_CMD_FILL);
    assert_eq!(rng_words(&mut d), vec![0; KEY_WORDS as usize], "a fill leaves SU_RNG_DATA alone");
    let before = d.key_port(2);
    d.write(SU_KEY_CTRL, (2 << KEY_SLOT_SHIFT) | KEY_CMD_RNG);
    su.write(SU_KEY_CTRL, (2 << KEY_SLOT_SHIFT) | KEY_CMD_RNG);
    assert_eq!(d.poll(SU_KEY_STATUS), su.read(SU_KEY_STATUS).unwrap());
    let drawn = rng_words(&mut d);
    let want: Vec<u32> = (0..KEY_WORDS).map(|i| su.read(SU_RNG_DATA + 4 * i).unwrap()).collect();
    assert_eq!(drawn, want, "the ISS's draw");
    assert_eq!(d.key_port(2), before, "a draw changes no key");
    assert!(!before.1.iter().any(|w| drawn.contains(w)), "no key word among the drawn words");
    fill(&mut d, 3);
    su.write(SU_KEY_CTRL, (3 << KEY_SLOT_SHIFT) | KEY_CMD_FILL);
    assert_eq!(rng_words(&mut d), drawn, "nor does a later fill");
    assert_eq!(d.key_port(3).1, su.key_words(3).to_vec(), "the fill after the draw: the ISS's");
}

/// The identity window: the root secret until SU_ID_LOCK, zero after it
/// until reset; the certificate always; both the generator's constants.
#[test]
fn identity_secret_locks() {
    let id = secure_unit::identity::DeviceIdentity::test();
    let mut d = Dut::new("su_regs_sim", &healthy_verilog());
    let secret = |d: &mut Dut| (0..8).map(|i| d.read(SU_ID_SECRET + 4 * i)).collect::<Vec<_>>();
    assert_eq!(secret(&mut d), id.root_words().to_vec());
    assert_eq!((0..CERT_BYTES / 4).map(|i| d.read(SU_ID_CERT + 4 * i)).collect::<Vec<_>>(), id.cert_words().to_vec());
    assert_eq!(d.read(SU_ID_LOCK), 0);
    d.write(SU_ID_LOCK, 0);
    assert_eq!(d.read(SU_ID_LOCK), 1);
    assert_eq!(secret(&mut d), vec![0; 8]);
    assert_eq!(d.access(SU_ID_SECRET, false, 0xf, (TGA_SUPERVISOR) as u64, 0).0, Resp::Err, "not the host's");
    d.m.set("reset", 1);
    d.tick();
    d.m.set("reset", 0);
    d.tick();
    assert_eq!(d.read(SU_ID_LOCK), 0, "reset unlocks");
    assert_eq!(secret(&mut d), id.root_words().to_vec());
}

#[test]
fn health_failure_fails_the_fill() {
    let mut d = Dut::new("su_regs_stuck", &stuck_verilog());
    // A fill issued during the TRNG's start-up waits, then fails on the alarm.
    d.write(SU_KEY_CTRL, (1 << KEY_SLOT_SHIFT) | KEY_CMD_FILL);
    assert_eq!(d.read(SU_KEY_STATUS) & SU_BUSY, SU_BUSY);
    assert_eq!(d.poll(SU_KEY_STATUS), SU_KEY_ERROR);
    assert_eq!(d.read(SU_TRNG_STATUS), SU_TRNG_ALARM);
    println!("stuck source: the fill failed {} cycles after reset", d.cycles);
    assert_eq!(d.key_port(1), (false, vec![0; 12]));
    // Later fills fail at once; zero leaves the error bit.
    d.write(SU_KEY_CTRL, (5 << KEY_SLOT_SHIFT) | KEY_CMD_FILL);
    assert_eq!(d.read(SU_KEY_STATUS), SU_KEY_ERROR, "not busy: failed at once");
    d.write(SU_KEY_CTRL, (5 << KEY_SLOT_SHIFT) | KEY_CMD_ZERO);
    assert_eq!(d.read(SU_KEY_STATUS), SU_KEY_ERROR);
    for slot in 1..=7 {
        assert_eq!(d.key_port(slot), (false, vec![0; 12]));
    }
}

/// An entropy source that never delivers (here: the noise model never
/// released from reset) must not hang a fill: it fails after FILL_TIMEOUT.
#[test]
fn fill_times_out_without_entropy() {
    let mut d = Dut::build("su_regs_sim", &healthy_verilog());
    assert_eq!(d.poll(SU_KEY_STATUS), 0, "power-up scrub, then idle");
    let c = fill(&mut d, 2);
    assert_eq!(c, FILL_TIMEOUT as u64 + 1, "busy until the timeout");
    assert_eq!(d.read(SU_KEY_STATUS), SU_KEY_ERROR);
    assert_eq!(d.read(SU_TRNG_STATUS), 0, "neither ready nor alarmed");
    assert_eq!(d.key_port(2), (false, vec![0; 12]));
}

// ------------------------------------------------ structure of the Verilog

/// The body of `module name(...)` in rust-hdl's output.
fn module<'a>(v: &'a str, name: &str) -> &'a str {
    let start = v.find(&format!("module {name}(")).unwrap_or_else(|| panic!("no module {name}"));
    let end = v[start..].find(&format!("endmodule // {name}\n")).expect("endmodule") + start;
    &v[start..end]
}

fn idents(s: &str) -> Vec<&str> {
    let mut out = vec![];
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_alphabetic() || b[i] == b'_' {
            let j = i;
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] == b'$') {
                i += 1;
            }
            out.push(&s[j..i]);
        } else if b[i].is_ascii_digit() || b[i] == b'\'' {
            // numbers, including sized literals like 32'h1e0
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'\'') {
                i += 1;
            }
        } else {
            i += 1;
        }
    }
    out
}

/// Taint analysis of one emitted module: starting from `sources`, every
/// signal assigned from a tainted one is tainted; writing a tainted value
/// into an input of a sub-instance taints that instance's `outputs`
/// (all of its signals unless the map says otherwise). A tainted signal in
/// an `if`/`case` condition fails when `strict` (no control dependence on
/// keys). Returns the tainted signals.
fn taint(body: &str, sources: &[&str], strict: bool, outputs: &dyn Fn(&str) -> Option<Vec<String>>) -> HashSet<String> {
    let mut t: HashSet<String> = sources.iter().map(|s| s.to_string()).collect();
    let mut all_signals: HashSet<&str> = HashSet::new();
    // sub-instances: `top$keys keys(`
    let mut instances: HashSet<&str> = HashSet::new();
    for line in body.lines() {
        let l = line.trim();
        if l.starts_with("top$") && l.ends_with('(') {
            if let Some(inst) = idents(l).get(1) {
                instances.insert(inst);
            }
        }
        if l.starts_with("wire") || l.starts_with("reg") || l.starts_with("input") || l.starts_with("output") {
            if let Some(n) = idents(l).last() {
                all_signals.insert(n);
            }
        }
    }
    loop {
        let before = t.len();
        for line in body.lines() {
            let l = line.trim();
            let is_cond = l.starts_with("if (") || l.starts_with("end else if (") || l.starts_with("case (");
            if is_cond {
                for id in idents(l).into_iter().filter(|_| strict) {
                    assert!(!t.contains(id), "tainted signal {id} in a condition: {l}");
                }
                continue;
            }
            let l = l.strip_prefix("assign ").unwrap_or(l);
            let Some((lhs, rhs)) = l.split_once(" = ") else { continue };
            if !l.ends_with(';') || lhs.starts_with("localparam") || lhs.contains(' ') {
                continue;
            }
            if idents(rhs).iter().any(|id| t.contains(*id)) && t.insert(lhs.to_string()) {
                if let Some((inst, _)) = lhs.split_once('$').filter(|(i, _)| instances.contains(i)) {
                    match outputs(lhs) {
                        Some(outs) => t.extend(outs),
                        None => t.extend(
                            all_signals.iter().filter(|s| s.starts_with(&format!("{inst}$"))).map(|s| s.to_string()),
                        ),
                    }
                }
            }
        }
        if t.len() == before {
            return t;
        }
    }
}

fn output_ports(body: &str) -> Vec<String> {
    body.lines()
        .map(str::trim)
        .filter(|l| l.starts_with("output"))
        .map(|l| idents(l).last().unwrap().to_string())
        .collect()
}

/// I5 in the emitted Verilog: key material (the RAMs' read data, the
/// staging registers, the DRBG's output) reaches only the key ports —
/// `key_out` and the sealing engine's `seal_key` — not `dat_r`, not a
/// status bit, not a condition; and each key only its own port: the data
/// and tweak keys never reach `seal_key`, the sealing-key copy only
/// `seal_key`.
#[test]
fn key_out_reaches_only_the_port() {
    let v = healthy_verilog();
    let kb = module(&v, "top$keys");
    let kb_src = ["ram0$read_data", "ram1$read_data", "ram2$read_data", "ram2s$read_data", "stage0$q", "stage1$q"];
    let t = taint(kb, &kb_src, true, &|_| None);
    let outs: Vec<String> = output_ports(kb).into_iter().filter(|o| t.contains(o)).collect();
    assert_eq!(outs, ["key_out", "seal_key"], "key block outputs carrying key material");
    let reach = |src: &[&str]| -> Vec<String> {
        let t = taint(kb, src, true, &|_| None);
        output_ports(kb).into_iter().filter(|o| t.contains(o)).collect()
    };
    // The DRBG's output reaches the keys and, in an rng draw only, `rng`
    // (SU_RNG_DATA): a fill's blocks go to the staging registers and the
    // RAMs, never to `rng` (rng_draws_never_touch_keys).
    assert_eq!(reach(&["random"]), ["rng", "key_out", "seal_key"], "the DRBG's blocks");
    assert_eq!(reach(&["ram0$read_data", "ram1$read_data", "stage0$q", "stage1$q"]), ["key_out"], "data and tweak keys");
    assert_eq!(reach(&["ram2$read_data"]), ["key_out"], "the sealing key, MEE port");
    assert_eq!(reach(&["ram2s$read_data"]), ["seal_key"], "the sealing key's copy");
    // The register block: key material leaves the key block only on
    // `keys$key_out` and `keys$seal_key` (above).
    let top = module(&v, "top");
    let t = taint(top, &["keys$key_out", "keys$seal_key"], true, &|lhs| {
        lhs.starts_with("keys$").then(|| vec!["keys$key_out".to_string(), "keys$seal_key".to_string()])
    });
    let outs: Vec<String> = output_ports(top).into_iter().filter(|o| t.contains(o)).collect();
    assert_eq!(outs, ["key_out", "seal_key"], "register block outputs carrying key material");
    assert!(!t.contains("wb$dat_r") && !t.contains("rd") && !t.contains("rdata_q$d"));
    for (src, port) in [("keys$key_out", "key_out"), ("keys$seal_key", "seal_key")] {
        let t = taint(top, &[src], true, &|_| None);
        let outs: Vec<String> = output_ports(top).into_iter().filter(|o| t.contains(o)).collect();
        assert_eq!(outs, [port], "{src} reaches only its port");
    }
    // The analysis does see flows: the data path to dat_r is found.
    let t = taint(top, &["sha_data$q"], false, &|_| None);
    assert!(t.contains("wb$dat_r"));
}
