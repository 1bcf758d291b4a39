//! The monitor-only address space: the security monitor's ROM and SRAM and
//! the secure unit's registers (SHA-256 engine, TRNG status, key block).
//! The bus reaches it only for monitor-origin accesses (docs/VIRT.md);
//! register map in docs/SECURE_UNIT.md.

use or1k_arch::*;
use or1k_image::LoadError;
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
}

impl SecureConfig {
    /// The ROM image from the monitor's ELF ([`or1k_image::monitor_rom`]).
    pub fn from_elf(bytes: &[u8]) -> Result<SecureConfig, LoadError> {
        Ok(SecureConfig { rom: or1k_image::monitor_rom(bytes)?, trng_alarm: false })
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
        SecureSpace { rom, sram: vec![0; SM_SRAM_SIZE as usize], su: SecureUnit::new(config.trng_alarm, ram_size) }
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
pub struct SecureUnit {
    sha_state: [u32; 8],
    sha_data: [u32; 16],
    /// key material per slot: never readable through any register (I5)
    keys: [[u32; KEY_WORDS as usize]; VM_SLOTS as usize],
    key_valid: u32,
    key_error: bool,
    trng_alarm: bool,
    /// the model's DRBG: SHA-256(seed || counter). Not the RTL's CTR_DRBG
    /// bit for bit; nothing outside the key block ever sees its output.
    drbg_counter: u64,
    ram_size: u32,
}

impl SecureUnit {
    pub fn new(trng_alarm: bool, ram_size: u32) -> SecureUnit {
        SecureUnit {
            sha_state: SHA256_IV,
            sha_data: [0; 16],
            keys: [[0; KEY_WORDS as usize]; VM_SLOTS as usize],
            key_valid: 0,
            key_error: false,
            trng_alarm,
            drbg_counter: 0,
            ram_size,
        }
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
            _ => {
                if let Some(i) = idx(SU_SHA_DATA, 16) {
                    self.sha_data[i]
                } else if let Some(i) = idx(SU_SHA_DIGEST, 8) {
                    self.sha_state[i]
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
            SU_KEY_CTRL => {
                let slot = v >> KEY_SLOT_SHIFT;
                if !(1..=VM_SLOTS).contains(&slot) {
                    return true;
                }
                let i = (slot - 1) as usize;
                match v & ((1 << KEY_SLOT_SHIFT) - 1) {
                    KEY_CMD_FILL if self.trng_alarm => self.key_error = true,
                    KEY_CMD_FILL => {
                        for w in 0..KEY_WORDS as usize {
                            self.keys[i][w] = self.drbg_word();
                        }
                        self.key_valid |= 1 << i;
                        self.key_error = false;
                    }
                    KEY_CMD_ZERO => {
                        self.keys[i] = [0; KEY_WORDS as usize];
                        self.key_valid &= !(1 << i);
                    }
                    _ => {}
                }
            }
            _ => {
                let d = off.wrapping_sub(SU_SHA_DATA);
                if d % 4 == 0 && d / 4 < 16 {
                    self.sha_data[(d / 4) as usize] = v;
                } else {
                    return false;
                }
            }
        }
        true
    }

    fn drbg_word(&mut self) -> u32 {
        let mut h = Sha256::new();
        h.update(b"vmsp-iss drbg model");
        h.update(self.drbg_counter.to_be_bytes());
        self.drbg_counter += 1;
        let d = h.finalize();
        u32::from_be_bytes([d[0], d[1], d[2], d[3]])
    }

    /// Whether slot `vmid`'s keys are set (tests; never the keys).
    pub fn key_present(&self, vmid: u32) -> bool {
        self.key_valid & (1 << (vmid - 1)) != 0
    }

    /// Slot `vmid`'s key words as the key block holds them: what the
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

    #[test]
    fn health_alarm_fails_the_fill() {
        let mut su = SecureUnit::new(true, 0x1000);
        assert_eq!(su.read(SU_TRNG_STATUS), Some(SU_TRNG_ALARM));
        su.write(SU_KEY_CTRL, (1 << KEY_SLOT_SHIFT) | KEY_CMD_FILL);
        assert_eq!(su.read(SU_KEY_STATUS), Some(SU_KEY_ERROR));
        assert!(!su.key_present(1));
    }
}
