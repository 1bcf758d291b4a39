//! The monitor-only address space: the security monitor's ROM and SRAM and
//! the secure unit's registers (SHA-256 engine, TRNG status, key block,
//! device identity, ECC accelerator).
//! The bus reaches it only for monitor-origin accesses (docs/VIRT.md);
//! register map in docs/SECURE_UNIT.md.

use or1k_arch::*;
use or1k_image::LoadError;
use secure_unit::ecc::model::EccModel;
use secure_unit::identity::DeviceIdentity;
use secure_unit::trng::{soc_key_stream, KeyModel, NoiseConfig};
use sha2::digest::generic_array::GenericArray;
use sha2::{Digest, Sha256};

/// SHA-256's initial state (FIPS 180-4 §5.3.3).
const SHA256_IV: [u32; 8] =
    [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

/// What the ISS needs to model the monitor world.
#[derive(Clone, Debug)]
pub struct SecureConfig {
    /// The ROM's bytes from SM_ROM_BASE (at most SM_ROM_SIZE).
    pub rom: Vec<u8>,
    /// The TRNG's health tests have failed (SU_TRNG_ALARM): key fills fail.
    pub trng_alarm: bool,
    /// The device identity the secure unit holds (SU_ID_*): the RTL
    /// generator's, `DeviceIdentity::from_env()`.
    pub identity: DeviceIdentity,
}

impl SecureConfig {
    /// The ROM image from the monitor's ELF ([`or1k_image::monitor_rom`]),
    /// with the test device identity.
    pub fn from_elf(bytes: &[u8]) -> Result<SecureConfig, LoadError> {
        Ok(SecureConfig { rom: or1k_image::monitor_rom(bytes)?, trng_alarm: false, identity: DeviceIdentity::test() })
    }
}

/// The monitor's memories and the secure unit.
pub struct SecureSpace {
    pub rom: Vec<u8>,
    pub sram: Vec<u8>,
    pub su: SecureUnit,
}

impl SecureSpace {
    pub fn new(config: &SecureConfig, ram_size: u32) -> SecureSpace {
        let mut rom = config.rom.clone();
        rom.resize(SM_ROM_SIZE as usize, 0);
        let mut su = SecureUnit::new(config.trng_alarm, ram_size);
        su.set_identity(&config.identity);
        SecureSpace { rom, sram: vec![0; SM_SRAM_SIZE as usize], su }
    }

    /// An instruction word of the ROM (the monitor runs only from ROM).
    pub fn fetch(&self, pa: u32) -> Option<u32> {
        let off = pa.wrapping_sub(SM_ROM_BASE) as usize;
        let b = self.rom.get(off..off + 4)?;
        Some(u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
    }

    /// A monitor read; `None` is a bus error.
    pub fn read(&mut self, addr: u32, size: u32) -> Option<u32> {
        if let Some((mem, off)) = self.memory(addr, size) {
            let b = &mem[off..off + size as usize];
            return Some(b.iter().fold(0, |v, &x| (v << 8) | x as u32));
        }
        let off = addr.wrapping_sub(SU_BASE);
        (off < SU_SIZE && size == 4).then(|| self.su.read(off))?
    }

    /// A monitor write; `false` is a bus error (the ROM is read-only).
    pub fn write(&mut self, addr: u32, size: u32, value: u32) -> bool {
        let off = addr.wrapping_sub(SM_SRAM_BASE) as usize;
        if off + size as usize <= self.sram.len() {
            let bytes = value.to_be_bytes();
            self.sram[off..off + size as usize].copy_from_slice(&bytes[4 - size as usize..]);
            return true;
        }
        let off = addr.wrapping_sub(SU_BASE);
        off < SU_SIZE && size == 4 && self.su.write(off, value)
    }

    fn memory(&self, addr: u32, size: u32) -> Option<(&[u8], usize)> {
        for (base, mem) in [(SM_ROM_BASE, &self.rom), (SM_SRAM_BASE, &self.sram)] {
            let off = addr.wrapping_sub(base) as usize;
            if off + size as usize <= mem.len() {
                return Some((mem, off));
            }
        }
        None
    }
}

/// The secure unit's register model. Engines finish at once here (their
/// busy bits read 0); the RTL's timing differs, and the lock-step driver
/// copies the RTL's status reads.
///
/// **Key values.** A fill takes the next 12 words of the SoC's key stream
/// (`secure_unit::trng::soc_key_stream(NoiseConfig::default())`: the
/// simulated noise source → conditioner → CTR_DRBG chain of the RTL from
/// reset, one 3-block generate request per fill, block 0 = data key), so
/// slot keys — and the memory-encryption model's ciphertext — are the
/// RTL's bit for bit, whichever slots are filled in whatever order and at
/// whatever time. That holds for the first `DrbgConfig::default()`
/// `.reseed_interval` (1024) fills after reset: the next one makes the
/// RTL's DRBG reseed from raw bits taken at a moment that depends on the
/// system's timing, which no functional model knows. Such a fill still
/// succeeds (as on the RTL: valid bit set, error cleared), but its keys
/// come from a stand-in generator (SHA-256 of a counter) and
/// [`SecureUnit::keys_modelled`] is false for the slot until it is zeroed
/// or the unit is rebuilt (reset). With `trng_alarm` no fill consumes the
/// stream (the RTL's DRBG gives nothing in its error state).
pub struct SecureUnit {
    sha_state: [u32; 8],
    sha_data: [u32; 16],
    /// key material per slot: never readable through any register (I5)
    keys: [[u32; KEY_WORDS as usize]; VM_SLOTS as usize],
    key_valid: u32,
    key_error: bool,
    trng_alarm: bool,
    /// The key block's DRBG output from reset: the RTL's, fill by fill.
    key_stream: KeyModel,
    /// Bit `slot - 1`: the slot's keys are the stand-in's (filled past
    /// the reseed interval), not the RTL's.
    key_standin: u32,
    /// The stand-in generator's counter (fills past the reseed interval).
    standin_counter: u64,
    ram_size: u32,
    /// SU_RNG_DATA: the last KEY_CMD_RNG draw (the key stream's next
    /// 12 words, like a fill; stand-in words past the reseed interval).
    rng: [u32; KEY_WORDS as usize],
    /// SU_ID_SECRET (reads zero once `id_locked`) and SU_ID_CERT.
    id_root: [u32; 8],
    id_cert: [u32; (CERT_BYTES / 4) as usize],
    id_locked: bool,
    /// The ECC accelerator (its golden model; commands finish at once).
    ecc: EccModel,
}

impl SecureUnit {
    pub fn new(trng_alarm: bool, ram_size: u32) -> SecureUnit {
        let id = DeviceIdentity::test();
        SecureUnit {
            sha_state: SHA256_IV,
            sha_data: [0; 16],
            keys: [[0; KEY_WORDS as usize]; VM_SLOTS as usize],
            key_valid: 0,
            key_error: false,
            trng_alarm,
            key_stream: soc_key_stream(NoiseConfig::default()),
            key_standin: 0,
            standin_counter: 0,
            ram_size,
            rng: [0; KEY_WORDS as usize],
            id_root: id.root_words(),
            id_cert: id.cert_words(),
            id_locked: false,
            ecc: EccModel::new(),
        }
    }

    /// The identity the unit holds (a generation-time constant of the RTL).
    pub fn set_identity(&mut self, id: &DeviceIdentity) {
        self.id_root = id.root_words();
        self.id_cert = id.cert_words();
    }

    /// The next 12 words of the key block's DRBG stream (a fill or an RNG
    /// draw), `None` past the reseed interval (see the type's documentation).
    fn draw(&mut self) -> Option<[u32; KEY_WORDS as usize]> {
        self.key_stream.next_fill().ok()
    }

    /// Register read; `None` (a bus error) for an offset with no register.
    pub fn read(&self, off: u32) -> Option<u32> {
        let idx = |base: u32, n: u32| off.checked_sub(base).filter(|d| d % 4 == 0 && d / 4 < n).map(|d| (d / 4) as usize);
        Some(match off {
            SU_SHA_STATUS | SU_SHA_CTRL => 0,
            SU_TRNG_STATUS => {
                if self.trng_alarm {
                    SU_TRNG_ALARM
                } else {
                    SU_TRNG_READY
                }
            }
            SU_KEY_CTRL => 0,
            SU_KEY_STATUS => (self.key_valid << KEY_VALID_SHIFT) | if self.key_error { SU_KEY_ERROR } else { 0 },
            SU_RAM_SIZE => self.ram_size,
            SU_ID_LOCK => self.id_locked as u32,
            SU_ECC_STATUS => 0,
            _ => {
                if let Some(i) = idx(SU_SHA_DATA, 16) {
                    self.sha_data[i]
                } else if let Some(i) = idx(SU_SHA_DIGEST, 8) {
                    self.sha_state[i]
                } else if let Some(i) = idx(SU_RNG_DATA, KEY_WORDS) {
                    self.rng[i]
                } else if let Some(i) = idx(SU_ID_SECRET, 8) {
                    if self.id_locked {
                        0
                    } else {
                        self.id_root[i]
                    }
                } else if let Some(i) = idx(SU_ID_CERT, CERT_BYTES / 4) {
                    self.id_cert[i]
                } else if let Some(i) = idx(SU_ECC_DATA, 8) {
                    self.ecc.data_word(i)
                } else {
                    return None;
                }
            }
        })
    }

    /// Register write; `false` (a bus error) for an offset with no
    /// writable register. A bad command code is ignored.
    pub fn write(&mut self, off: u32, v: u32) -> bool {
        match off {
            SU_SHA_CTRL => match v {
                SHA_CMD_INIT => self.sha_state = SHA256_IV,
                SHA_CMD_BLOCK => {
                    let mut block = [0u8; 64];
                    for (i, w) in self.sha_data.iter().enumerate() {
                        block[4 * i..4 * i + 4].copy_from_slice(&w.to_be_bytes());
                    }
                    sha2::compress256(&mut self.sha_state, &[GenericArray::clone_from_slice(&block)]);
                }
                _ => {}
            },
            SU_ID_LOCK => self.id_locked = true,
            SU_ECC_CMD => self.ecc.command(v),
            SU_KEY_CTRL if v & ((1 << KEY_SLOT_SHIFT) - 1) == KEY_CMD_RNG => {
                if self.trng_alarm {
                    self.key_error = true;
                } else {
                    self.rng = match self.draw() {
                        Some(words) => words,
                        None => std::array::from_fn(|_| self.standin_word()),
                    };
                    self.key_error = false;
                }
            }
            SU_KEY_CTRL => {
                let slot = v >> KEY_SLOT_SHIFT;
                if !(1..=VM_SLOTS).contains(&slot) {
                    return true;
                }
                let i = (slot - 1) as usize;
                match v & ((1 << KEY_SLOT_SHIFT) - 1) {
                    KEY_CMD_FILL if self.trng_alarm => self.key_error = true,
                    KEY_CMD_FILL => {
                        match self.draw() {
                            Some(words) => {
                                self.keys[i] = words;
                                self.key_standin &= !(1 << i);
                            }
                            None => {
                                for w in 0..KEY_WORDS as usize {
                                    self.keys[i][w] = self.standin_word();
                                }
                                self.key_standin |= 1 << i;
                            }
                        }
                        self.key_valid |= 1 << i;
                        self.key_error = false;
                    }
                    KEY_CMD_ZERO => {
                        self.keys[i] = [0; KEY_WORDS as usize];
                        self.key_valid &= !(1 << i);
                        self.key_standin &= !(1 << i);
                    }
                    _ => {}
                }
            }
            _ => {
                let d = off.wrapping_sub(SU_SHA_DATA);
                let e = off.wrapping_sub(SU_ECC_DATA);
                if d % 4 == 0 && d / 4 < 16 {
                    self.sha_data[(d / 4) as usize] = v;
                } else if e % 4 == 0 && e / 4 < 8 {
                    self.ecc.set_data_word((e / 4) as usize, v);
                } else {
                    return false;
                }
            }
        }
        true
    }

    /// The stand-in for fills past the DRBG's reseed interval (see the
    /// type's documentation): distinct, deterministic, not the RTL's.
    fn standin_word(&mut self) -> u32 {
        let mut h = Sha256::new();
        h.update(b"vmsp-iss drbg model");
        h.update(self.standin_counter.to_be_bytes());
        self.standin_counter += 1;
        let d = h.finalize();
        u32::from_be_bytes([d[0], d[1], d[2], d[3]])
    }

    /// Whether slot `vmid`'s key words are the RTL's bit for bit: true
    /// for an empty or zeroed slot and for a fill within the DRBG's reseed
    /// interval, false for a fill after it (stand-in keys; the type's
    /// documentation). A simulator-side view, like [`Self::key_words`].
    pub fn keys_modelled(&self, vmid: u32) -> bool {
        self.key_standin & (1 << (vmid - 1)) == 0
    }

    /// Whether slot `vmid`'s keys are set (tests; never the keys).
    pub fn key_present(&self, vmid: u32) -> bool {
        self.key_valid & (1 << (vmid - 1)) != 0
    }

    /// Slot `vmid`'s key words as the key block holds them (the RTL's,
    /// unless [`Self::keys_modelled`] says otherwise): what the
    /// memory-encryption engine's model (crate::mee) keys its cipher with,
    /// and what tests recompute the ciphertext from. A simulator-side view:
    /// no register, SPR or bus address reaches it (I5).
    pub fn key_words(&self, vmid: u32) -> &[u32; KEY_WORDS as usize] {
        &self.keys[(vmid - 1) as usize]
    }

    /// Test-only view for checking that destroy zeroes the keys: whether
    /// every word of slot `vmid`'s key is zero. Not reachable by software.
    pub fn key_is_zero(&self, vmid: u32) -> bool {
        self.keys[(vmid - 1) as usize].iter().all(|&w| w == 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sha_engine_matches_the_sha2_crate() {
        let mut su = SecureUnit::new(false, 0x1000);
        su.write(SU_SHA_CTRL, SHA_CMD_INIT);
        // "abc" padded to one block
        let mut block = [0u8; 64];
        block[..3].copy_from_slice(b"abc");
        block[3] = 0x80;
        block[63] = 24;
        for i in 0..16 {
            let w = u32::from_be_bytes(block[4 * i..4 * i + 4].try_into().unwrap());
            assert!(su.write(SU_SHA_DATA + 4 * i as u32, w));
        }
        su.write(SU_SHA_CTRL, SHA_CMD_BLOCK);
        let digest: Vec<u8> = (0..8).flat_map(|i| su.read(SU_SHA_DIGEST + 4 * i).unwrap().to_be_bytes()).collect();
        assert_eq!(digest, Sha256::digest(b"abc").to_vec());
    }

    #[test]
    fn keys_fill_zero_and_never_read() {
        let mut su = SecureUnit::new(false, 0x1000);
        su.write(SU_KEY_CTRL, (3 << KEY_SLOT_SHIFT) | KEY_CMD_FILL);
        assert!(su.key_present(3) && !su.key_is_zero(3));
        assert_eq!(su.read(SU_KEY_STATUS), Some(1 << (KEY_VALID_SHIFT + 2)));
        // every register offset: none returns a key word
        let key: Vec<u32> = su.keys[2].to_vec();
        for off in (0..SU_SIZE).step_by(4) {
            if let Some(v) = su.read(off) {
                assert!(!key.contains(&v) || v == 0, "offset 0x{off:x} returned key material");
            }
        }
        su.write(SU_KEY_CTRL, (3 << KEY_SLOT_SHIFT) | KEY_CMD_ZERO);
        assert!(!su.key_present(3) && su.key_is_zero(3));
    }

    /// The RTL's key stream recomputed here from its parts, apart from
    /// `SecureUnit`'s code path: the noise source's raw bits (`NoiseRef`),
    /// the conditioner's window (the pinned `SOC_SEED_OFFSET` and
    /// `SOC_SEED_GAP`, checked against the Verilog by secure-unit's
    /// `soc_seed_window_is_pinned`) hashed with `sha2`, and the CTR_DRBG
    /// model `DrbgRef`, one 3-block request per fill.
    fn rtl_drbg() -> secure_unit::trng::DrbgRef {
        use secure_unit::trng::{DrbgConfig, DrbgRef, NoiseRef, SOC_SEED_GAP, SOC_SEED_OFFSET};
        let n = NoiseConfig::default();
        let mut src = NoiseRef::new(n.seed, n.mode, n.pattern);
        let raw: Vec<bool> = (0..3000).map(|_| src.next_bit()).collect();
        let mut bits = raw[SOC_SEED_OFFSET..SOC_SEED_OFFSET + 512].to_vec();
        bits.extend_from_slice(&raw[SOC_SEED_OFFSET + 512 + SOC_SEED_GAP..SOC_SEED_OFFSET + 1024 + SOC_SEED_GAP]);
        let bytes: Vec<u8> = bits.chunks(8).map(|c| c.iter().fold(0u8, |a, &b| (a << 1) | b as u8)).collect();
        let seed: [u8; 32] = Sha256::digest(bytes).into();
        DrbgRef::instantiate(&seed, DrbgConfig::default().reseed_interval as u64)
    }

    /// 3 DRBG blocks as the key block's 12 words (block 0 first, each big-endian).
    fn block_words(blocks: &[u128]) -> Vec<u32> {
        blocks.iter().flat_map(|b| (0..4).map(move |w| (b >> (96 - 32 * w)) as u32)).collect()
    }

    #[test]
    fn fills_are_the_rtl_key_stream() {
        let mut drbg = rtl_drbg();
        let mut su = SecureUnit::new(false, 0x1000);
        // fill order, not slot order, picks the blocks; a zero takes none
        su.write(SU_KEY_CTRL, (5 << KEY_SLOT_SHIFT) | KEY_CMD_FILL);
        let first = block_words(&drbg.generate(3));
        assert_eq!(su.key_words(5).to_vec(), first, "first fill = the DRBG's first generate(3)");
        // pinned: the SoC's first fill after reset (data key, tweak key,
        // sealing key), as the Verilator test soc_seed_window_is_pinned
        // sees the RTL's first 3-block request
        assert_eq!(
            first,
            [
                0x0949db46, 0xdf318dc4, 0x983f29b1, 0x9f3c7775, 0x854bffe9, 0x946587ac, 0x55574c15, 0x7a2c3993,
                0x55f1faf4, 0x7151f37f, 0xaf599d84, 0x9b4d1a8c,
            ]
        );
        su.write(SU_KEY_CTRL, (5 << KEY_SLOT_SHIFT) | KEY_CMD_ZERO);
        for slot in [2, 7, 5, 1] {
            su.write(SU_KEY_CTRL, (slot << KEY_SLOT_SHIFT) | KEY_CMD_FILL);
            assert_eq!(su.key_words(slot).to_vec(), block_words(&drbg.generate(3)), "slot {slot}");
            assert!(su.keys_modelled(slot));
        }
        // a bad slot takes nothing either
        su.write(SU_KEY_CTRL, KEY_CMD_FILL);
        su.write(SU_KEY_CTRL, (3 << KEY_SLOT_SHIFT) | KEY_CMD_FILL);
        assert_eq!(su.key_words(3).to_vec(), block_words(&drbg.generate(3)));
    }

    #[test]
    fn fills_past_the_reseed_interval_are_not_modelled() {
        let mut drbg = rtl_drbg();
        let mut su = SecureUnit::new(false, 0x1000);
        let interval = drbg.interval;
        for _ in 0..interval {
            su.write(SU_KEY_CTRL, (1 << KEY_SLOT_SHIFT) | KEY_CMD_FILL);
        }
        for _ in 1..interval {
            drbg.generate(3);
        }
        assert_eq!(su.key_words(1).to_vec(), block_words(&drbg.generate(3)), "fill {interval}: the last modelled");
        assert!(drbg.needs_reseed() && su.keys_modelled(1));
        // the RTL reseeds first (timing-dependent raw bits): stand-in keys
        su.write(SU_KEY_CTRL, (2 << KEY_SLOT_SHIFT) | KEY_CMD_FILL);
        assert_eq!(su.read(SU_KEY_STATUS), Some(0b11 << KEY_VALID_SHIFT), "the fill succeeds, as on the RTL");
        assert!(!su.keys_modelled(2) && !su.key_is_zero(2) && su.key_words(2) != su.key_words(1));
        su.write(SU_KEY_CTRL, (2 << KEY_SLOT_SHIFT) | KEY_CMD_ZERO);
        assert!(su.keys_modelled(2) && su.key_is_zero(2), "zeroed keys are the RTL's (zeros)");
    }

    #[test]
    fn rng_draws_share_the_key_stream() {
        let mut drbg = rtl_drbg();
        let mut su = SecureUnit::new(false, 0x1000);
        su.write(SU_KEY_CTRL, (2 << KEY_SLOT_SHIFT) | KEY_CMD_FILL);
        assert_eq!(su.key_words(2).to_vec(), block_words(&drbg.generate(3)));
        // the slot field is ignored; the draw takes the next 3 blocks
        su.write(SU_KEY_CTRL, (0x55 << KEY_SLOT_SHIFT) | KEY_CMD_RNG);
        let rng: Vec<u32> = (0..KEY_WORDS).map(|i| su.read(SU_RNG_DATA + 4 * i).unwrap()).collect();
        assert_eq!(rng, block_words(&drbg.generate(3)));
        su.write(SU_KEY_CTRL, (3 << KEY_SLOT_SHIFT) | KEY_CMD_FILL);
        assert_eq!(su.key_words(3).to_vec(), block_words(&drbg.generate(3)), "the next fill after the draw");
        assert_eq!(su.read(SU_RNG_DATA + 4 * KEY_WORDS), None, "past the window");
        let mut alarm = SecureUnit::new(true, 0x1000);
        alarm.write(SU_KEY_CTRL, KEY_CMD_RNG);
        assert_eq!(alarm.read(SU_KEY_STATUS), Some(SU_KEY_ERROR));
        assert_eq!(alarm.read(SU_RNG_DATA), Some(0));
    }

    #[test]
    fn identity_secret_locks_until_reset() {
        let id = DeviceIdentity::test();
        let mut su = SecureUnit::new(false, 0x1000);
        let secret = |su: &SecureUnit| (0..8).map(|i| su.read(SU_ID_SECRET + 4 * i).unwrap()).collect::<Vec<_>>();
        let cert = |su: &SecureUnit| (0..CERT_BYTES / 4).map(|i| su.read(SU_ID_CERT + 4 * i).unwrap()).collect::<Vec<_>>();
        assert_eq!(secret(&su), id.root_words().to_vec());
        assert_eq!(cert(&su), id.cert_words().to_vec());
        assert_eq!(su.read(SU_ID_LOCK), Some(0));
        assert!(su.write(SU_ID_LOCK, 0));
        assert_eq!(su.read(SU_ID_LOCK), Some(1));
        assert_eq!(secret(&su), vec![0; 8], "locked: the secret reads zero");
        assert_eq!(cert(&su), id.cert_words().to_vec(), "the certificate stays readable");
        assert!(!su.write(SU_ID_SECRET, 1) && !su.write(SU_ID_CERT, 1), "read-only");
        assert_eq!(su.read(SU_ID_CERT + CERT_BYTES), None);
    }

    #[test]
    fn ecc_window() {
        let mut su = SecureUnit::new(false, 0x1000);
        for i in 0..8 {
            assert!(su.write(SU_ECC_DATA + 4 * i, 0x0101_0101 * (i + 1)));
        }
        su.write(SU_ECC_CMD, (ECC_OP_LOAD << ECC_OP_SHIFT) | (3 << ECC_D_SHIFT));
        su.write(SU_ECC_CMD, (ECC_OP_ADD << ECC_OP_SHIFT) | (4 << ECC_D_SHIFT) | (3 << ECC_A_SHIFT) | 3);
        su.write(SU_ECC_CMD, (ECC_OP_STORE << ECC_OP_SHIFT) | (4 << ECC_A_SHIFT));
        // 2x < p for this x: no reduction
        let got: Vec<u32> = (0..8).map(|i| su.read(SU_ECC_DATA + 4 * i).unwrap()).collect();
        let want: Vec<u32> = (0..8).map(|i| 0x0202_0202 * (i + 1)).collect();
        assert_eq!(got, want);
        assert_eq!(su.read(SU_ECC_STATUS), Some(0));
        assert_eq!(su.read(SU_ECC_CMD), None, "write-only");
        assert!(!su.write(SU_ECC_STATUS, 0), "read-only");
    }

    #[test]
    fn health_alarm_fails_the_fill() {
        let mut su = SecureUnit::new(true, 0x1000);
        assert_eq!(su.read(SU_TRNG_STATUS), Some(SU_TRNG_ALARM));
        su.write(SU_KEY_CTRL, (1 << KEY_SLOT_SHIFT) | KEY_CMD_FILL);
        assert_eq!(su.read(SU_KEY_STATUS), Some(SU_KEY_ERROR));
        assert!(!su.key_present(1));
    }
}
