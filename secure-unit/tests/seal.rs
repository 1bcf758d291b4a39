//! The context-sealing engine `Sealer` (docs/SEALING.md) on its emitted
//! Verilog under Verilator (`vtb`).
//!
//! The bench plays the core (commands, the context buffer, its data-bus
//! master on `cpu`), the key block's sealing-key port (`key_sel` → `key`
//! one edge later, keys the test chose) and the RAM on `mem`, with the
//! timing of the board's RAM port (`fpga/soc/src/ram/port.rs`: the first
//! beat after W wait states, then one beat per cycle while `cti` = 010; a
//! beat is answered only at the address and direction it expects). Every
//! blob is checked byte for byte against the RustCrypto `ccm` crate
//! (`Ccm<Aes128, U16, U12>`), the reference model of docs/SEALING.md.
//! Every cycle the bench also checks the bus rules: a burst, once started,
//! keeps `stb` until its last beat is answered; addresses increment by 4;
//! `sel` = 1111, `tga` = TGA_SUPERVISOR; `cyc/stb/adr/we` do not depend
//! combinationally on `ack`/`err`; the sealer never drives the bus while
//! the core's `cyc` is up and the bus is not its own.
use aes::Aes128;
use ccm::aead::generic_array::GenericArray;
use ccm::aead::{AeadInPlace, KeyInit};
use ccm::consts::{U12, U16};
use ccm::Ccm;
use or1k_arch::*;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use secure_unit::seal::{sealer_verilog, sealer_verilog_ctr_max, SEAL_WORDS};
use std::collections::{HashMap, HashSet};
use vtb::Model;

type Ccm128 = Ccm<Aes128, U16, U12>;

const WORDS: usize = SEAL_WORDS as usize;
const CTX: usize = SEAL_CTX_WORDS as usize;
const CTI_INC: u64 = 0b010;
const CTI_END: u64 = 0b111;
/// Cycles any one command may take.
const TIMEOUT: u64 = 2_000;
/// Save areas (SEAL_ALIGN aligned) used by the tests.
const AREA: [u32; 4] = [0x0010_0000, 0x0010_0100, 0x0023_4500, 0x007f_ff00];

/// The blob of `ctx` for slot `vmid` with counter `ctr` under `key`,
/// by the `ccm` crate: header ‖ ciphertext ‖ tag, big-endian words.
fn ccm_blob(key: u128, vmid: u32, ctr: u64, ctx: &[u32]) -> Vec<u32> {
    assert_eq!(ctx.len(), CTX);
    let c = Ccm128::new(GenericArray::from_slice(&key.to_be_bytes()));
    let mut nonce = [0u8; 12];
    nonce[..4].copy_from_slice(&vmid.to_be_bytes());
    nonce[4..].copy_from_slice(&ctr.to_be_bytes());
    let mut buf: Vec<u8> = ctx.iter().flat_map(|w| w.to_be_bytes()).collect();
    let tag =
        c.encrypt_in_place_detached(GenericArray::from_slice(&nonce), &SEAL_MAGIC.to_be_bytes(), &mut buf).unwrap();
    let mut out = vec![SEAL_MAGIC, vmid, (ctr >> 32) as u32, ctr as u32];
    out.extend(buf.chunks(4).map(|b| u32::from_be_bytes(b.try_into().unwrap())));
    out.extend(tag.chunks(4).map(|b| u32::from_be_bytes(b.try_into().unwrap())));
    assert_eq!(out.len(), WORDS);
    out
}

/// The `ccm` crate's check of a blob for (`vmid`, `ctr`): the plaintext.
fn ccm_open(key: u128, blob: &[u32]) -> Option<Vec<u32>> {
    let c = Ccm128::new(GenericArray::from_slice(&key.to_be_bytes()));
    let bytes: Vec<u8> = blob.iter().flat_map(|w| w.to_be_bytes()).collect();
    let mut buf = bytes[16..192].to_vec();
    c.decrypt_in_place_detached(
        GenericArray::from_slice(&bytes[4..16]),
        &bytes[0..4],
        &mut buf,
        GenericArray::from_slice(&bytes[192..208]),
    )
    .ok()?;
    Some(buf.chunks(4).map(|b| u32::from_be_bytes(b.try_into().unwrap())).collect())
}

fn random_ctx(rng: &mut ChaCha8Rng) -> Vec<u32> {
    let mut c: Vec<u32> = (0..CTX).map(|_| rng.gen()).collect();
    c[0] = 0; // r0
    for w in c.iter_mut().skip(CTX_RESERVED as usize) {
        *w = 0;
    }
    c
}

/// One sealer command's outcome.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Done {
    code: u32,
    /// From the command's cycle (0) to `done`'s.
    cycles: u64,
}

/// The core's data master on `cpu` in the pass-through test.
#[derive(Clone, Copy, Debug, Default)]
struct CpuReq {
    adr: u32,
    we: bool,
    sel: u32,
    dat: u32,
    cti: u64,
    tga: u32,
}

struct Bench {
    m: Model,
    /// RAM words by word address.
    ram: HashMap<u32, u32>,
    wait: u64,
    // the RAM port (RamPort, unregistered, address compare)
    ready: bool,
    exp_adr: u32,
    exp_we: bool,
    waiting: bool,
    cnt: u64,
    /// The beat (word offset from the burst's first address) that answers `err`.
    err_beat: Option<u32>,
    burst_base: Option<u32>,
    /// Sealing keys by slot, and which slots hold them.
    keys: [u128; 8],
    key_valid: u8,
    ksel_q: usize,
    /// The sealer's own accesses: (adr, we, data written or read, tga).
    probe: Vec<(u32, bool, u32, u32)>,
    /// A sealer burst is running: its next address.
    in_burst: Option<u32>,
    /// The core's master (None: cyc low).
    cpu: Option<CpuReq>,
    cpu_acks: Vec<u32>,
    /// The core's access was passed through in the last cycle.
    prev_passed: bool,
    cycles: u64,
    /// Model of the slot state: counter and lost flag by slot.
    ctr: [u64; 8],
    lost: [bool; 8],
}

impl Bench {
    fn new(verilog: &str, name: &str, seed: u64) -> Bench {
        let mut m = Model::build(name, verilog).unwrap_or_else(|e| panic!("build: {e}"));
        m.set("reset", 1);
        m.tick();
        m.set("reset", 0);
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let keys = std::array::from_fn(|_| rng.gen());
        Bench {
            m,
            ram: HashMap::new(),
            wait: 0,
            ready: false,
            exp_adr: 0,
            exp_we: false,
            waiting: false,
            cnt: 0,
            err_beat: None,
            burst_base: None,
            keys,
            key_valid: 0xfe,
            ksel_q: 0,
            probe: vec![],
            in_burst: None,
            cpu: None,
            cpu_acks: vec![],
            prev_passed: false,
            cycles: 0,
            ctr: [0; 8],
            lost: [false; 8],
        }
    }

    fn default_bench(seed: u64) -> Bench {
        Bench::new(&sealer_verilog(), "sealer", seed)
    }

    fn word(&self, adr: u32) -> u32 {
        *self.ram.get(&(adr & !3)).unwrap_or(&(0xA5A5_0000 ^ adr))
    }
    fn put_blob(&mut self, area: u32, blob: &[u32]) {
        for (i, w) in blob.iter().enumerate() {
            self.ram.insert(area + 4 * i as u32, *w);
        }
    }
    fn get_blob(&self, area: u32) -> Vec<u32> {
        (0..WORDS as u32).map(|i| self.word(area + 4 * i)).collect()
    }

    fn set_cpu(&mut self) {
        let c = self.cpu.unwrap_or_default();
        let on = self.cpu.is_some() as u64;
        self.m.set("cpu$cyc", on);
        self.m.set("cpu$stb", on);
        self.m.set("cpu$adr", c.adr as u64);
        self.m.set("cpu$we", c.we as u64);
        self.m.set("cpu$sel", c.sel as u64);
        self.m.set("cpu$dat_w", c.dat as u64);
        self.m.set("cpu$cti", c.cti);
        self.m.set("cpu$bte", 0);
        self.m.set("cpu$tga", c.tga as u64);
    }

    /// One clock cycle: key port, core master and RAM answer, checks, edge.
    /// Returns `done` and `code` of this cycle.
    fn cycle(&mut self) -> Option<u32> {
        let k =
            if self.ksel_q < 8 && self.key_valid >> self.ksel_q & 1 == 1 { Some(self.keys[self.ksel_q]) } else { None };
        self.m.set_u128("key", k.unwrap_or(0));
        self.m.set("key_valid", k.is_some() as u64);
        self.set_cpu();
        self.m.set("mem$ack", 0);
        self.m.set("mem$err", 0);
        self.m.set("mem$dat_r", 0);
        self.m.eval();
        let g = |m: &Model, n: &str| m.get(&format!("mem${n}"));
        let outs = |m: &Model| [g(m, "cyc"), g(m, "stb"), g(m, "adr"), g(m, "we")];
        let before = outs(&self.m);
        let (cyc, stb, adr, we) = (before[0] == 1, before[1] == 1, before[2] as u32, before[3] == 1);
        let (sel, cti, tga, dat_w) =
            (g(&self.m, "sel") as u32, g(&self.m, "cti"), g(&self.m, "tga") as u32, g(&self.m, "dat_w") as u32);
        // Is this access the core's, passed through?
        let c = self.cpu.unwrap_or_default();
        let passed = self.cpu.is_some()
            && cyc
            && stb
            && adr == c.adr
            && we == c.we
            && sel == c.sel
            && cti == c.cti
            && tga == c.tga;
        let sealer = cyc && !passed;
        if self.cpu.is_some() && self.prev_passed {
            assert!(passed, "the sealer took the bus while cpu.cyc was high");
        }
        self.prev_passed = passed;
        if let Some(next) = self.in_burst {
            assert!(cyc && stb, "a burst abandoned at {next:#x}");
            assert_eq!(adr, next, "burst address");
        }
        if sealer {
            assert!(stb, "cyc without stb");
            assert_eq!(sel, 0xf, "all four byte lanes");
            assert_eq!(tga, TGA_SUPERVISOR, "host supervisor origin");
            assert_eq!(adr & 0x8000_0003, 0, "bit 31 clear, word aligned");
            assert!(cti == CTI_INC || cti == CTI_END, "an incrementing burst: cti {cti:#b}");
            if self.in_burst.is_none() {
                self.burst_base = Some(adr);
            }
        }
        // RAM port
        let req = cyc && stb;
        let hit = self.ready && req && adr == self.exp_adr && we == self.exp_we;
        let mut err = false;
        if hit {
            let off = adr.wrapping_sub(self.burst_base.unwrap_or(adr)) / 4;
            if sealer && self.err_beat == Some(off) {
                err = true;
                self.m.set("mem$err", 1);
            } else {
                if we {
                    self.ram.insert(adr, dat_w);
                } else {
                    self.m.set("mem$dat_r", self.word(adr) as u64);
                }
                self.m.set("mem$ack", 1);
                if sealer {
                    let d = if we { dat_w } else { self.word(adr) };
                    self.probe.push((adr, we, d, tga));
                }
            }
        }
        self.m.eval();
        // no combinational path from ack/err to cyc/stb/adr/we
        assert_eq!(outs(&self.m), before, "cyc/stb/adr/we changed with ack/err");
        if self.cpu.is_some() {
            let (ca, ce) = (self.m.get("cpu$ack"), self.m.get("cpu$err"));
            if passed {
                assert_eq!((ca, ce), (hit as u64 & !err as u64, err as u64), "pass-through answer");
                if ca == 1 && !c.we {
                    assert_eq!(self.m.get("cpu$dat_r") as u32, self.word(adr));
                }
                if ca == 1 {
                    self.cpu_acks.push(adr);
                }
            } else {
                assert_eq!(ca + ce, 0, "the core is answered while the sealer owns the bus");
            }
        }
        let done = self.m.get("done") == 1;
        let code = self.m.get("code") as u32;
        if !done {
            assert_eq!(code, 0, "code outside done");
        }
        let ksel = self.m.get("key_sel") as usize;
        // burst bookkeeping
        if sealer && hit {
            if err || cti == CTI_END {
                self.in_burst = None;
            } else {
                self.in_burst = Some(adr + 4);
            }
        }
        // RAM port state
        let mut issue = false;
        let (nr, nw) = (false, false);
        let (mut ready, mut waiting) = (nr, nw);
        if hit {
            if cti == CTI_INC && !err {
                ready = true;
                self.exp_adr = adr + 4;
                self.exp_we = we;
            }
        } else if req {
            if self.waiting {
                if self.cnt == 0 {
                    issue = true;
                } else {
                    waiting = true;
                    self.cnt -= 1;
                }
            } else if self.wait == 0 {
                issue = true;
            } else {
                waiting = true;
                self.cnt = self.wait - 1;
            }
        }
        if issue {
            ready = true;
            self.exp_adr = adr;
            self.exp_we = we;
        }
        self.ready = ready;
        self.waiting = waiting;
        self.m.tick();
        self.ksel_q = ksel;
        self.cycles += 1;
        done.then_some(code)
    }

    /// A command: one cycle of `seal`/`unseal`, then until `done`.
    fn command(&mut self, seal: bool, vmid: u32, area: u32) -> Done {
        assert_eq!(self.m.get("busy"), 0);
        self.m.set(if seal { "seal" } else { "unseal" }, 1);
        self.m.set("vmid", vmid as u64);
        self.m.set("addr", area as u64);
        assert_eq!(self.cycle(), None);
        self.m.set("seal", 0);
        self.m.set("unseal", 0);
        self.m.set("vmid", 0);
        self.m.set("addr", 0);
        let mut n = 1;
        loop {
            self.m.eval();
            assert_eq!(self.m.get("busy"), 1, "busy from the command's edge until done");
            if let Some(code) = self.cycle() {
                self.m.eval();
                assert_eq!(self.m.get("busy"), 0, "idle after done");
                assert!(self.in_burst.is_none());
                return Done { code, cycles: n };
            }
            n += 1;
            assert!(n < TIMEOUT, "no done in {TIMEOUT} cycles");
        }
    }

    fn write_ctx(&mut self, ctx: &[u32]) {
        for (i, w) in ctx.iter().enumerate() {
            self.m.set("ctx_we", 1);
            self.m.set("ctx_widx", i as u64);
            self.m.set("ctx_wdata", *w as u64);
            self.cycle();
        }
        self.m.set("ctx_we", 0);
    }

    /// The buffer's 44 words through ctx_ridx (one edge later each).
    fn read_ctx(&mut self) -> Vec<u32> {
        let mut out = vec![];
        for i in 0..=CTX {
            self.m.set("ctx_ridx", (i % 64) as u64);
            self.m.eval();
            if i > 0 {
                out.push(self.m.get("ctx_rdata") as u32);
            }
            self.cycle();
        }
        out
    }

    /// Seals `ctx` for `vmid` at `area`, checking the blob against `ccm`
    /// and the model; returns the blob and the outcome.
    fn seal_ok(&mut self, vmid: u32, area: u32, ctx: &[u32]) -> (Vec<u32>, Done) {
        self.write_ctx(ctx);
        self.probe.clear();
        let d = self.command(true, vmid, area);
        assert_eq!(d.code, 0, "seal of slot {vmid}");
        self.ctr[vmid as usize] += 1;
        let a = area & !UNCACHED_ADDR_MASK;
        let want = ccm_blob(self.keys[vmid as usize], vmid, self.ctr[vmid as usize], ctx);
        let beats: Vec<(u32, bool, u32)> = self.probe.iter().map(|&(x, w, d, _)| (x, w, d)).collect();
        let exp: Vec<(u32, bool, u32)> = (0..WORDS).map(|i| (a + 4 * i as u32, true, want[i])).collect();
        assert_eq!(beats, exp, "the seal's bus writes: the ccm blob, once, in order");
        assert_eq!(self.get_blob(a), want);
        (want, d)
    }

    fn unseal(&mut self, vmid: u32, area: u32) -> Done {
        self.probe.clear();
        self.command(false, vmid, area)
    }

    fn clear(&mut self, vmid: u32) {
        self.m.set("clear", 1);
        self.m.set("clear_vmid", vmid as u64);
        self.cycle();
        self.m.set("clear", 0);
        self.ctr[vmid as usize] = 0;
        self.lost[vmid as usize] = false;
    }
}

// ---------------------------------------------------------------- tests

#[test]
fn seal_lint() {
    vtb::lint("sealer", &sealer_verilog()).unwrap();
    vtb::lint("sealer_small", &sealer_verilog_ctr_max(3)).unwrap();
}

#[test]
fn seal_golden_model_is_the_contract() {
    // docs/SEALING.md's formulas, written with the aes crate, equal ccm.
    use aes::cipher::{BlockEncrypt, KeyInit as _};
    let mut rng = ChaCha8Rng::seed_from_u64(7);
    for _ in 0..50 {
        let key: u128 = rng.gen();
        let vmid = rng.gen_range(1..=7u32);
        let ctr: u64 = rng.gen();
        let ctx = random_ctx(&mut rng);
        let blob = ccm_blob(key, vmid, ctr, &ctx);
        let aes = Aes128::new(&key.to_be_bytes().into());
        let e = |x: u128| {
            let mut b = x.to_be_bytes().into();
            aes.encrypt_block(&mut b);
            u128::from_be_bytes(b.into())
        };
        let nonce = (vmid as u128) << 64 | ctr as u128;
        let b0 = 0x7a << 120 | nonce << 24 | 0xb0;
        let ablk = 0x0004 << 112 | (SEAL_MAGIC as u128) << 80;
        let blk = |w: &[u32]| w.iter().fold(0u128, |a, &x| a << 32 | x as u128);
        let mut x = e(e(b0) ^ ablk);
        let mut c = vec![];
        for i in 0..11 {
            let p = blk(&ctx[4 * i..4 * i + 4]);
            x = e(x ^ p);
            let a = 0x02 << 120 | nonce << 24 | (i as u128 + 1);
            c.push(p ^ e(a));
        }
        let tag = x ^ e(0x02 << 120 | nonce << 24);
        for i in 0..11 {
            assert_eq!(blk(&blob[4 + 4 * i..8 + 4 * i]), c[i]);
        }
        assert_eq!(blk(&blob[48..52]), tag);
        assert_eq!(ccm_open(key, &blob), Some(ctx));
    }
}

/// Seals of random contexts for every slot: the blob is `ccm`'s byte for
/// byte, the counter goes up by one per seal, the same context sealed twice
/// gives two different blobs, and the buffer keeps no plaintext.
#[test]
fn seal_blobs_match_ccm() {
    let mut b = Bench::default_bench(1);
    let mut rng = ChaCha8Rng::seed_from_u64(1);
    let mut blobs: HashSet<Vec<u32>> = HashSet::new();
    for round in 0..3 {
        for vmid in 1..=7u32 {
            let ctx = random_ctx(&mut rng);
            let area = AREA[rng.gen_range(0..AREA.len())] | if rng.gen_bool(0.5) { UNCACHED_ADDR_MASK } else { 0 };
            let (blob, _) = b.seal_ok(vmid, area, &ctx);
            assert_eq!(blob[3] as u64 | (blob[2] as u64) << 32, 2 * round + 1, "the counter");
            // the buffer now holds the ciphertext, no plaintext word
            let buf = b.read_ctx();
            assert_eq!(buf, blob[4..48].to_vec(), "the buffer holds the ciphertext");
            for (i, (x, p)) in buf.iter().zip(&ctx).enumerate() {
                assert_ne!(x, p, "word {i} kept its plaintext");
            }
            // the same context again: another counter, another blob
            let (again, _) = b.seal_ok(vmid, area, &ctx);
            assert_ne!(again, blob);
            assert!(again[4..].iter().zip(&blob[4..]).all(|(x, y)| x != y), "no word repeats");
            assert!(blobs.insert(blob) && blobs.insert(again));
        }
    }
    // nothing but the blobs was written
    assert!(b.probe.iter().all(|p| p.1));
}

/// The right blob unseals into the buffer (counter unchanged); every kind
/// of wrong blob is refused with its code, leaves the buffer zero, and the
/// right blob still unseals afterwards.
#[test]
fn unseal_accepts_the_right_blob_and_refuses_the_rest() {
    let mut b = Bench::default_bench(2);
    let mut rng = ChaCha8Rng::seed_from_u64(2);
    let (v, w) = (3u32, 5u32);
    let (a, a2) = (AREA[0], AREA[2]);
    let ctx = random_ctx(&mut rng);
    let (old, _) = b.seal_ok(v, a, &ctx);
    let ctx = random_ctx(&mut rng);
    let (blob, _) = b.seal_ok(v, a, &ctx);
    let other_ctx = random_ctx(&mut rng);
    let (other, _) = b.seal_ok(w, a2, &other_ctx);
    let check_ok = |b: &mut Bench, area: u32, want: &[u32]| {
        let d = b.unseal(if area == a2 { w } else { v }, area);
        assert_eq!(d.code, 0);
        assert_eq!(b.probe.len(), WORDS, "one read of the blob");
        assert!(b.probe.iter().all(|p| !p.1), "an unseal writes nothing");
        assert_eq!(b.read_ctx(), want.to_vec(), "the plaintext in the buffer");
    };
    check_ok(&mut b, a, &ctx);
    check_ok(&mut b, a | UNCACHED_ADDR_MASK, &ctx);
    check_ok(&mut b, a2, &other_ctx);
    // refusals: (what, blob, slot, code)
    let under_other_key = ccm_blob(b.keys[1], v, b.ctr[v as usize], &ctx);
    assert_ne!(under_other_key, blob);
    let mut zero_tail = blob.clone();
    for x in zero_tail[40..].iter_mut() {
        *x = 0;
    }
    let mut zero_tag = blob.clone();
    for x in zero_tag[48..].iter_mut() {
        *x = 0;
    }
    let cases: Vec<(&str, Vec<u32>, u32, u32)> = vec![
        ("an old blob", old.clone(), v, VMENTER_ERR_SEAL_STALE),
        ("another slot's blob", other.clone(), v, VMENTER_ERR_SEAL_VMID),
        ("this slot's blob for another", blob.clone(), w, VMENTER_ERR_SEAL_VMID),
        ("a blob under another key", under_other_key, v, VMENTER_ERR_SEAL_TAG),
        ("a zeroed tail", zero_tail, v, VMENTER_ERR_SEAL_TAG),
        ("a zeroed tag", zero_tag, v, VMENTER_ERR_SEAL_TAG),
        ("all zero", vec![0; WORDS], v, VMENTER_ERR_SEAL_FORMAT),
        (
            "the old blob's counter on the new blob",
            [&blob[..2], &old[2..4], &blob[4..]].concat(),
            v,
            VMENTER_ERR_SEAL_STALE,
        ),
    ];
    for (what, bad, slot, code) in cases {
        let area = if slot == v { a } else { a2 };
        let keep = b.get_blob(area);
        b.put_blob(area, &bad);
        let d = b.unseal(slot, area);
        assert_eq!(d.code, code, "{what}");
        assert_eq!(b.probe.len(), WORDS, "{what}: the whole blob read");
        assert_eq!(b.read_ctx(), vec![0; CTX], "{what}: the buffer is zero");
        b.put_blob(area, &keep);
    }
    check_ok(&mut b, a, &ctx);
    check_ok(&mut b, a2, &other_ctx);
    // a lost slot: LOST without a bus access; the buffer zero
    b.key_valid &= !(1 << v);
    let d = b.command(true, v, a);
    assert_eq!(d.code, VMENTER_ERR_LOST, "a seal without keys");
    b.key_valid |= 1 << v;
    let d = b.unseal(v, a);
    assert_eq!(d.code, VMENTER_ERR_LOST, "the slot is lost");
    assert!(b.probe.is_empty(), "no bus access");
    assert_eq!(b.read_ctx(), vec![0; CTX]);
    assert_eq!(b.get_blob(a), blob, "nothing written");
    check_ok(&mut b, a2, &other_ctx);
}

/// Flipped bits: a sample of positions in every field, then every bit of
/// the blob. The field decides the code (magic: FORMAT, VMID: VMID,
/// counter: STALE, ciphertext and tag: TAG); the buffer is zero after each,
/// and the right blob still unseals.
#[test]
fn unseal_refuses_every_flipped_bit() {
    let mut b = Bench::default_bench(3);
    let mut rng = ChaCha8Rng::seed_from_u64(3);
    let v = 6u32;
    let a = AREA[1];
    let ctx = random_ctx(&mut rng);
    let (blob, _) = b.seal_ok(v, a, &ctx);
    let code_of = |word: usize| match word {
        0 => VMENTER_ERR_SEAL_FORMAT,
        1 => VMENTER_ERR_SEAL_VMID,
        2 | 3 => VMENTER_ERR_SEAL_STALE,
        _ => VMENTER_ERR_SEAL_TAG,
    };
    let sample: Vec<usize> = [0, 7, 31, 32, 33, 63, 64, 95, 96, 127, 128, 129, 1000, 1535, 1536, 1600, 1663]
        .into_iter()
        .chain((0..24).map(|_| rng.gen_range(0..WORDS * 32)))
        .collect();
    let start = std::time::Instant::now();
    let mut n = 0;
    for (pass, bits) in [("sample", sample), ("sweep", (0..WORDS * 32).collect::<Vec<_>>())] {
        for bit in bits {
            let (word, k) = (bit / 32, 31 - bit % 32);
            let mut bad = blob.clone();
            bad[word] ^= 1 << k;
            b.put_blob(a, &bad);
            let d = b.unseal(v, a);
            assert_eq!(d.code, code_of(word), "{pass}: bit {bit} (word {word})");
            assert_eq!(b.read_ctx(), vec![0; CTX], "{pass}: bit {bit}: the buffer is zero");
            n += 1;
            if pass == "sample" || bit % 97 == 0 {
                b.put_blob(a, &blob);
                assert_eq!(b.unseal(v, a).code, 0, "the right blob after bit {bit}");
                assert_eq!(b.read_ctx(), ctx);
            }
        }
    }
    b.put_blob(a, &blob);
    assert_eq!(b.unseal(v, a).code, 0);
    println!("{n} flipped blobs refused in {:.1} s", start.elapsed().as_secs_f64());
}

/// Sealer::new(small max): the seal at the maximum is refused (LOST, no
/// bus write), the slot is lost (unseal LOST) until `clear`; the other
/// slots go on; a `clear` while another slot's command runs does not
/// disturb it.
#[test]
fn seal_counter_exhaustion_and_clear() {
    const MAX: u64 = 3;
    let mut b = Bench::new(&sealer_verilog_ctr_max(MAX), "sealer_small", 4);
    let mut rng = ChaCha8Rng::seed_from_u64(4);
    let (v, w) = (2u32, 7u32);
    let (a, a2) = (AREA[0], AREA[3]);
    let mut last = vec![];
    let mut ctx = vec![];
    for _ in 0..MAX {
        ctx = random_ctx(&mut rng);
        last = b.seal_ok(v, a, &ctx).0;
    }
    assert_eq!(last[3] as u64, MAX);
    assert_eq!(b.unseal(v, a).code, 0);
    assert_eq!(b.read_ctx(), ctx);
    // the seal at the maximum: LOST, nothing written, the buffer scrubbed
    b.write_ctx(&random_ctx(&mut rng));
    b.probe.clear();
    let d = b.command(true, v, a);
    assert_eq!(d.code, VMENTER_ERR_LOST);
    assert!(b.probe.is_empty(), "no bus access: {:?}", b.probe);
    assert_eq!(b.get_blob(a), last);
    assert_eq!(b.read_ctx(), vec![0; CTX], "no plaintext stays");
    // lost: the last good blob is refused without a bus access
    let d = b.unseal(v, a);
    assert_eq!(d.code, VMENTER_ERR_LOST);
    assert!(b.probe.is_empty());
    assert_eq!(b.command(true, v, a).code, VMENTER_ERR_LOST);
    // another slot is not affected; a clear of v while it runs
    let ctxw = random_ctx(&mut rng);
    b.write_ctx(&ctxw);
    b.m.set("seal", 1);
    b.m.set("vmid", w as u64);
    b.m.set("addr", a2 as u64);
    b.cycle();
    b.m.set("seal", 0);
    for _ in 0..40 {
        b.cycle();
    }
    b.clear(v);
    let mut code = None;
    for _ in 0..TIMEOUT {
        if let Some(c) = b.cycle() {
            code = Some(c);
            break;
        }
    }
    assert_eq!(code, Some(0));
    b.ctr[w as usize] += 1;
    assert_eq!(b.get_blob(a2), ccm_blob(b.keys[w as usize], w, 1, &ctxw));
    // v is usable again: counter from 1
    let (blob, _) = b.seal_ok(v, a, &ctx);
    assert_eq!(blob[3], 1);
    assert_eq!(b.unseal(v, a).code, 0);
    assert_eq!(b.read_ctx(), ctx);
    // w exhausts too
    for _ in 1..MAX {
        b.seal_ok(w, a2, &ctxw);
    }
    assert_eq!(b.command(true, w, a2).code, VMENTER_ERR_LOST);
    assert_eq!(b.unseal(w, a2).code, VMENTER_ERR_LOST);
    assert_eq!(b.unseal(v, a).code, 0, "v is not lost");
    // a clear of a slot sets it back to a fresh counter: its old blobs are stale
    b.clear(v);
    assert_eq!(b.unseal(v, a).code, VMENTER_ERR_SEAL_STALE);
    assert_eq!(b.read_ctx(), vec![0; CTX]);
    // a clear of the slot in flight wins: an unseal is refused (STALE), a
    // seal's blob is left stale (the counter stays zero)
    let (blob, _) = b.seal_ok(v, a, &ctx);
    assert_eq!(blob[3], 1);
    for (seal, at) in [(false, 1), (false, 60), (true, 1), (true, 120)] {
        if seal {
            b.write_ctx(&ctx);
        } else {
            b.seal_ok(v, a, &ctx);
        }
        b.probe.clear();
        b.m.set(if seal { "seal" } else { "unseal" }, 1);
        b.m.set("vmid", v as u64);
        b.m.set("addr", a as u64);
        b.cycle();
        b.m.set("seal", 0);
        b.m.set("unseal", 0);
        for _ in 1..at {
            assert_eq!(b.cycle(), None);
        }
        b.clear(v);
        let mut code = None;
        while code.is_none() {
            code = b.cycle();
        }
        if seal {
            assert_eq!(code, Some(0), "the seal goes on");
            assert_eq!(b.probe.len(), WORDS);
            assert_eq!(b.unseal(v, a).code, VMENTER_ERR_SEAL_STALE, "its blob is stale");
        } else {
            assert_eq!(code, Some(VMENTER_ERR_SEAL_STALE), "clear at cycle {at} of an unseal");
            assert_eq!(b.read_ctx(), vec![0; CTX]);
        }
        let (blob, _) = b.seal_ok(v, a, &ctx);
        assert_eq!(blob[3], 1, "the counter starts again");
        assert_eq!(b.unseal(v, a).code, 0);
        b.clear(v);
    }
    // reset clears every slot
    b.m.set("reset", 1);
    b.cycle();
    b.m.set("reset", 0);
    let (blob, _) = {
        b.ctr = [0; 8];
        b.seal_ok(w, a2, &ctxw)
    };
    assert_eq!(blob[3], 1);
}

/// While idle the core's accesses reach `mem` unchanged and their answers
/// come back; the sealer waits for `cpu.cyc` low before it takes the bus,
/// and the core gets no answer while the sealer owns it.
#[test]
fn seal_bus_pass_through() {
    let mut b = Bench::default_bench(5);
    let mut rng = ChaCha8Rng::seed_from_u64(5);
    for wait in [0, 2] {
        b.wait = wait;
        for _ in 0..200 {
            let req = CpuReq {
                adr: rng.gen_range(0..0x1000u32) & !3 | if rng.gen_bool(0.3) { UNCACHED_ADDR_MASK } else { 0 },
                we: rng.gen_bool(0.5),
                sel: rng.gen_range(1..16),
                dat: rng.gen(),
                cti: 0,
                tga: rng.gen_range(0..256),
            };
            b.cpu = Some(req);
            b.cpu_acks.clear();
            let mut n = 0;
            while b.cpu_acks.is_empty() {
                b.cycle();
                n += 1;
                assert!(n < 20);
            }
            assert_eq!(n as u64, wait + 2, "the RAM's own timing");
            if req.we {
                assert_eq!(b.word(req.adr), req.dat);
            }
            b.cpu = None;
            b.cycle();
        }
    }
    assert!(b.probe.is_empty(), "the sealer made no access");
    // An unseal while the core holds an access: the sealer waits.
    let ctx = random_ctx(&mut rng);
    let (_, sealed) = b.seal_ok(1, AREA[0], &ctx);
    b.wait = 1;
    let slow = CpuReq { adr: 0x40, we: false, sel: 0xf, dat: 0, cti: 0, tga: 1 };
    b.cpu = Some(slow);
    b.m.set("unseal", 1);
    b.m.set("vmid", 1);
    b.m.set("addr", AREA[0] as u64);
    b.probe.clear();
    b.cpu_acks.clear();
    b.cycle();
    b.m.set("unseal", 0);
    // the core's access goes on and is answered by the RAM through the sealer
    for _ in 0..10 {
        b.cycle();
    }
    assert!(b.probe.is_empty(), "the sealer waits for cpu.cyc low");
    assert!(b.cpu_acks.len() >= 3, "the core's reads are answered: {:?}", b.cpu_acks);
    b.cpu = None;
    b.cycle();
    // the core asks again: no answer while the sealer owns the bus
    b.cpu = Some(slow);
    b.cpu_acks.clear();
    let mut code = None;
    let mut n = 0;
    while code.is_none() {
        code = b.cycle();
        n += 1;
        assert!(n < TIMEOUT);
    }
    assert_eq!(code, Some(0));
    assert!(b.cpu_acks.is_empty(), "no answer while owned");
    assert_eq!(b.probe.len(), WORDS);
    // released after done: the core's access completes
    for _ in 0..5 {
        b.cycle();
    }
    assert!(!b.cpu_acks.is_empty(), "the core's access after the sealer");
    b.cpu = None;
    b.cycle();
    assert_eq!(b.read_ctx(), ctx);
    // a seal waits for the bus the same way; its blob is still right
    b.write_ctx(&ctx);
    b.cpu = Some(slow);
    b.m.set("seal", 1);
    b.m.set("vmid", 1);
    b.m.set("addr", AREA[0] as u64);
    b.probe.clear();
    b.cycle();
    b.m.set("seal", 0);
    for _ in 0..(sealed.cycles + 20) {
        assert_eq!(b.cycle(), None, "no seal without the bus");
    }
    assert!(b.probe.is_empty());
    b.cpu = None;
    let mut code = None;
    while code.is_none() {
        code = b.cycle();
    }
    assert_eq!(code, Some(0));
    b.ctr[1] += 1;
    assert_eq!(b.get_blob(AREA[0]), ccm_blob(b.keys[1], 1, b.ctr[1], &ctx));
}

/// A bus error ends the burst: an unseal answers SEAL_BUS with the buffer
/// zero; a seal answers LOST and the slot is lost (its counter cannot be
/// trusted to match the stored blob).
#[test]
fn seal_bus_errors() {
    let mut b = Bench::default_bench(6);
    let mut rng = ChaCha8Rng::seed_from_u64(6);
    let v = 4u32;
    let a = AREA[2];
    let ctx = random_ctx(&mut rng);
    let (blob, _) = b.seal_ok(v, a, &ctx);
    for beat in [0u32, 3, 4, 30, 51] {
        b.err_beat = Some(beat);
        let d = b.unseal(v, a);
        assert_eq!(d.code, VMENTER_ERR_SEAL_BUS, "err at beat {beat}");
        assert_eq!(b.probe.len(), beat as usize, "the burst stops at the err");
        assert_eq!(b.read_ctx(), vec![0; CTX]);
        b.err_beat = None;
        assert_eq!(b.unseal(v, a).code, 0);
        assert_eq!(b.read_ctx(), ctx);
    }
    assert_eq!(b.get_blob(a), blob);
    b.write_ctx(&ctx);
    b.err_beat = Some(20);
    b.probe.clear();
    let d = b.command(true, v, a);
    assert_eq!(d.code, VMENTER_ERR_LOST, "a seal whose write fails");
    assert_eq!(b.probe.len(), 20);
    assert_eq!(b.read_ctx(), vec![0; CTX], "no plaintext stays");
    b.err_beat = None;
    assert_eq!(b.unseal(v, a).code, VMENTER_ERR_LOST);
    b.clear(v);
    b.seal_ok(v, a, &ctx);
    assert_eq!(b.unseal(v, a).code, 0);
}

/// Cycles from the command to `done` at 0, 1 and 5 wait states: the
/// figures of docs/SEALING.md, asserted so that they cannot drift.
/// (wait states, seal, unseal ok, unseal refused, lost)
const CYCLES: &[(u64, u64, u64, u64, u64)] = &[(0, 151, 146, 162, 18), (1, 152, 146, 162, 18), (5, 156, 146, 162, 18)];

#[test]
fn seal_cycle_counts() {
    let mut got = vec![];
    for &(wait, ..) in CYCLES {
        let mut b = Bench::default_bench(7);
        let mut rng = ChaCha8Rng::seed_from_u64(7);
        b.wait = wait;
        let ctx = random_ctx(&mut rng);
        let (blob, s) = b.seal_ok(1, AREA[0], &ctx);
        let u = b.unseal(1, AREA[0]);
        assert_eq!(u.code, 0);
        assert_eq!(b.read_ctx(), ctx);
        let mut bad = blob.clone();
        bad[50] ^= 1;
        b.put_blob(AREA[0], &bad);
        let f = b.unseal(1, AREA[0]);
        assert_eq!(f.code, VMENTER_ERR_SEAL_TAG);
        b.key_valid &= !2;
        let l = b.command(true, 1, AREA[0]);
        assert_eq!(l.code, VMENTER_ERR_LOST);
        println!(
            "{wait} wait states: seal {} cycles, unseal {} (refused: {}), lost {}",
            s.cycles, u.cycles, f.cycles, l.cycles
        );
        got.push((wait, s.cycles, u.cycles, f.cycles, l.cycles));
    }
    assert_eq!(got, CYCLES.to_vec());
    // slower memories: still right; an unseal then waits for its data
    for wait in [2u64, 13, 40] {
        let mut b = Bench::default_bench(9);
        let mut rng = ChaCha8Rng::seed_from_u64(9);
        b.wait = wait;
        let ctx = random_ctx(&mut rng);
        let (blob, s) = b.seal_ok(3, AREA[3], &ctx);
        let u = b.unseal(3, AREA[3]);
        assert_eq!(u.code, 0);
        assert_eq!(b.read_ctx(), ctx);
        let mut bad = blob;
        bad[20] ^= 1 << 7;
        b.put_blob(AREA[3], &bad);
        assert_eq!(b.unseal(3, AREA[3]).code, VMENTER_ERR_SEAL_TAG);
        assert_eq!(b.read_ctx(), vec![0; CTX]);
        println!("{wait} wait states: seal {} cycles, unseal {}", s.cycles, u.cycles);
        assert_eq!(s.cycles, 151 + wait);
    }
}

/// I5 in the emitted Verilog: the sealing key (`key`) is assigned only to
/// the two AES cores' key inputs.
#[test]
fn seal_key_reaches_only_the_aes_cores() {
    let v = sealer_verilog();
    let start = v.find("module top(").unwrap();
    let end = v[start..].find("endmodule // top\n").unwrap() + start;
    let top = &v[start..end];
    let mut sinks = HashSet::new();
    for l in top.lines().map(str::trim) {
        if l.starts_with("if (") || l.starts_with("end else if (") || l.starts_with("case (") {
            let ids = l.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '$'));
            assert!(ids.into_iter().all(|id| id != "key"), "key in a condition: {l}");
        }
        let l = l.strip_prefix("assign ").unwrap_or(l);
        let Some((lhs, rhs)) = l.split_once(" = ") else { continue };
        let uses_key = rhs.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '$')).any(|id| id == "key");
        if uses_key {
            sinks.insert(lhs.trim().to_string());
        }
    }
    let mut sinks: Vec<String> = sinks.into_iter().collect();
    sinks.sort();
    assert_eq!(sinks, ["cte$key", "mac$key"]);
}

/// The key block's second read port: `seal_sel` gives slot's sealing key
/// (the key block's `[127:0]`, the same as `key_out`'s) one edge later,
/// zero and not valid for an empty slot or any other selector; zeroing a
/// slot clears it. The first port is unchanged.
#[test]
fn seal_key_port_of_the_key_block() {
    use secure_unit::keyblock::keyblock_verilog;
    let mut m = Model::build("su_keyblock", &keyblock_verilog()).unwrap();
    let mut rng = ChaCha8Rng::seed_from_u64(8);
    m.set("reset", 1);
    m.tick();
    m.set("reset", 0);
    m.set("trng_fail", 0);
    for _ in 0..20 {
        m.tick();
    }
    m.eval();
    assert_eq!(m.get("busy"), 0);
    let mut keys = [[0u128; 3]; 8];
    for slot in [2u64, 5, 7] {
        m.set("cmd_slot", slot);
        m.set("cmd_fill", 1);
        m.tick();
        m.set("cmd_fill", 0);
        m.set("req_ready", 1);
        m.tick();
        m.set("req_ready", 0);
        for k in keys[slot as usize].iter_mut() {
            let r: u128 = rng.gen();
            *k = r;
            m.set_u128("random", r);
            m.set("random_valid", 1);
            m.tick();
        }
        m.set("random_valid", 0);
        m.tick();
        m.eval();
        assert_eq!(m.get("busy"), 0);
    }
    let read = |m: &mut Model, sel: u64| {
        m.set("key_sel", sel);
        m.set("seal_sel", sel);
        m.tick();
        m.eval();
        let ko = m.get_wide("key_out");
        let kout = (ko[3] as u128) << 96 | (ko[2] as u128) << 64 | (ko[1] as u128) << 32 | ko[0] as u128;
        (m.get("seal_key_valid") == 1, m.get_u128("seal_key"), m.get("key_valid") == 1, kout)
    };
    for sel in 0..16u64 {
        let (sv, sk, kv, ko) = read(&mut m, sel);
        let full = sel < 8 && keys[sel as usize][2] != 0;
        assert_eq!((sv, kv), (full, full), "valid, selector {sel}");
        let want = if full { keys[sel as usize][2] } else { 0 };
        assert_eq!(sk, want, "seal_key, selector {sel}");
        assert_eq!(ko, want, "key_out[127:0], selector {sel}");
    }
    // the two ports are independent
    m.set("key_sel", 2);
    m.set("seal_sel", 7);
    m.tick();
    m.eval();
    assert_eq!(m.get_u128("seal_key"), keys[7][2]);
    assert_eq!(m.get_wide("key_out")[11], (keys[2][0] >> 96) as u32);
    // zero slot 5: both ports empty
    m.set("cmd_slot", 5);
    m.set("cmd_zero", 1);
    m.tick();
    m.set("cmd_zero", 0);
    assert_eq!(read(&mut m, 5), (false, 0, false, 0));
    assert_eq!(read(&mut m, 7).1, keys[7][2]);
}
