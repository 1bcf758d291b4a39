//! The memory-encryption engine's functional model (docs/MEE.md), with
//! `Config::mee`: RAM holds what the external bus would, the ciphertext of
//! every 16-byte block of a VM's ENC page under that VM's keys.
//!
//! Every path between the core and RAM goes through one pair of choke
//! points, [`Machine::ram_read_block`] and [`Machine::ram_write_block`]: a
//! 16-byte block (a cache line) read or written with the origin of the
//! access (its owner tag: the running world's for an uncached access or a
//! refill, the line's for a write-back). D-cache refill and write-back,
//! I-cache refill and the cache block registers' write-backs call them
//! directly; the uncached load, store and fetch call them through
//! [`Machine::mee_load`] / [`Machine::mee_store`] when the MEE is on and
//! the block goes through the cipher (a partial store is a
//! read-modify-write of the whole block). Image loading
//! (`Machine::load_elf`, `Bus::load`) and `Bus::peek` are not CPU paths:
//! they see RAM as stored.
//!
//! The cipher is the `xts-mode` crate's XTS-AES-128 with a data unit of
//! one block, as docs/MEE.md specifies, so the model is independent of the
//! RTL's engine. The keys are read from the secure unit's key block model
//! ([`crate::secure::SecureUnit`]), never through a register.

use crate::machine::Machine;
use aes::cipher::KeyInit;
use aes::Aes128;
use or1k_arch::*;
use xts_mode::{get_tweak_default, Xts128};

/// Bytes of one data unit of the cipher (one cache line).
pub const BLOCK: u32 = 16;
const _: () = assert!(BLOCK == crate::cache::LINE, "a cache line is one MEE block");

/// Words of the key block the cipher uses: K1 (words 0..3), K2 (4..7).
const CIPHER_KEY_WORDS: usize = 8;

/// The engine's state: each slot's cipher, built from the key words it
/// was last built from (a fill or zeroing changes them, and the next
/// access rebuilds it), and the number of blocks each way.
pub(crate) struct Mee {
    ciphers: [Option<([u32; CIPHER_KEY_WORDS], Xts128<Aes128>)>; VM_SLOTS as usize],
    /// blocks decrypted (refills, uncached loads and fetches, the read of a
    /// read-modify-write) and encrypted (write-backs, uncached stores)
    pub(crate) decrypted: u64,
    pub(crate) encrypted: u64,
}

impl Mee {
    pub(crate) fn new() -> Mee {
        Mee { ciphers: std::array::from_fn(|_| None), decrypted: 0, encrypted: 0 }
    }
}

/// XTS-AES-128 from slot key words 0..7: K1 = words 0..3, K2 = words 4..7,
/// each key's bytes its words big-endian, word 0 first (docs/MEE.md).
pub fn xts_from_key_words(words: &[u32]) -> Xts128<Aes128> {
    let key = |w: &[u32]| -> [u8; 16] {
        let mut k = [0u8; 16];
        for (i, x) in w[..4].iter().enumerate() {
            k[4 * i..4 * i + 4].copy_from_slice(&x.to_be_bytes());
        }
        k
    };
    let (k1, k2) = (key(&words[0..4]), key(&words[4..8]));
    Xts128::new(Aes128::new(&k1.into()), Aes128::new(&k2.into()))
}

/// The tweak of the block at physical `pa`: its block number, the uncached
/// alias folded (docs/MEE.md).
#[inline]
pub fn block_tweak(pa: u32) -> [u8; 16] {
    get_tweak_default(((pa & !UNCACHED_ADDR_MASK) >> 4) as u128)
}

impl Machine {
    /// Reads the 16-byte block at physical `pa` (aligned to 16, RAM or its
    /// alias) into `buf` as an access of world `owner` (OWNER_*) sees it:
    /// decrypted when it goes through the cipher, raw otherwise. `None`:
    /// not RAM (a bus error).
    #[inline]
    pub(crate) fn ram_read_block(&mut self, pa: u32, owner: u32, buf: &mut [u8; 16]) -> Option<()> {
        debug_assert_eq!(pa & (BLOCK - 1), 0);
        let off = self.bus.ram_offset(pa, BLOCK)?;
        buf.copy_from_slice(&self.bus.ram[off..off + BLOCK as usize]);
        if self.mee.is_some() && !self.mee_cipher_block(pa, owner, buf, false) {
            return None;
        }
        Some(())
    }

    /// Writes the 16-byte block `data` at physical `pa` (aligned to 16) as
    /// an access of world `owner`: encrypted when it goes through the
    /// cipher, raw otherwise. `None`: not RAM.
    #[inline]
    pub(crate) fn ram_write_block(&mut self, pa: u32, owner: u32, data: &[u8; 16]) -> Option<()> {
        debug_assert_eq!(pa & (BLOCK - 1), 0);
        let off = self.bus.ram_offset(pa, BLOCK)?;
        let mut block = *data;
        if self.mee.is_some() && !self.mee_cipher_block(pa, owner, &mut block, true) {
            return None;
        }
        self.bus.ram[off..off + BLOCK as usize].copy_from_slice(&block);
        Some(())
    }

    /// The slot whose keys an access of world `owner` to physical `pa`
    /// goes through (docs/MEE.md's table): the page's owner, when the page
    /// is a VM's with ENC and the origin is a guest or the monitor. `None`:
    /// raw (the host's accesses, ENC off, the host's pages, an owner that
    /// is no slot, no page table entry).
    #[inline]
    pub(crate) fn mee_slot(&self, pa: u32, owner: u32) -> Option<u32> {
        if owner == OWNER_HOST || self.mee.is_none() {
            return None;
        }
        let e = self.virt.as_deref()?.page_entry(pa);
        let v = e & VMPTE_OWNER_MASK;
        (e & VMPTE_ENC != 0 && (1..=VM_SLOTS).contains(&v)).then_some(v)
    }

    /// Encrypts (`encrypt`) or decrypts `block`, the data of physical `pa`,
    /// when an access of `owner` to it goes through the cipher. `false`:
    /// the page's slot holds no keys, and the access is a bus error (the
    /// engine never uses a zero key; nothing is written).
    #[cold]
    #[inline(never)]
    fn mee_cipher_block(&mut self, pa: u32, owner: u32, block: &mut [u8; 16], encrypt: bool) -> bool {
        let Some(v) = self.mee_slot(pa, owner) else { return true };
        let words: [u32; CIPHER_KEY_WORDS] = {
            let su = &self.bus.secure.as_ref().expect("the MEE needs the secure unit").su;
            if !su.key_present(v) {
                return false;
            }
            su.key_words(v)[..CIPHER_KEY_WORDS].try_into().unwrap()
        };
        let mee = self.mee.as_deref_mut().expect("MEE state");
        let slot = &mut mee.ciphers[(v - 1) as usize];
        if slot.as_ref().is_none_or(|(k, _)| *k != words) {
            *slot = Some((words, xts_from_key_words(&words)));
        }
        let xts = &slot.as_ref().unwrap().1;
        if encrypt {
            xts.encrypt_sector(block, block_tweak(pa));
            mee.encrypted += 1;
        } else {
            xts.decrypt_sector(block, block_tweak(pa));
            mee.decrypted += 1;
        }
        true
    }

    /// An uncached load (or fetch) of `size` bytes at physical `pa` by the
    /// running world with the MEE on: from the decrypted block when it goes
    /// through the cipher, else the bus as without the MEE. `None`: a bus
    /// error.
    #[cold]
    #[inline(never)]
    pub(crate) fn mee_load(&mut self, pa: u32, size: u32) -> Option<u32> {
        let owner = self.owner;
        if self.mee_slot(pa, owner).is_none() {
            return self.bus.read(pa, size);
        }
        let mut b = [0u8; 16];
        self.ram_read_block(pa & !(BLOCK - 1), owner, &mut b)?;
        let i = (pa & (BLOCK - 1)) as usize;
        Some(b[i..i + size as usize].iter().fold(0, |v, &x| (v << 8) | x as u32))
    }

    /// An uncached store of the low `size` bytes of `value` at physical
    /// `pa` by the running world with the MEE on: through the cipher, a
    /// read-modify-write of the whole block (decrypt, merge, encrypt); else
    /// the bus as without the MEE. `false`: a bus error.
    #[cold]
    #[inline(never)]
    pub(crate) fn mee_store(&mut self, pa: u32, size: u32, value: u32) -> bool {
        let owner = self.owner;
        if self.mee_slot(pa, owner).is_none() {
            return self.bus.write(pa, size, value);
        }
        let block = pa & !(BLOCK - 1);
        let mut b = [0u8; 16];
        if self.ram_read_block(block, owner, &mut b).is_none() {
            return false;
        }
        let i = (pa & (BLOCK - 1)) as usize;
        b[i..i + size as usize].copy_from_slice(&value.to_be_bytes()[4 - size as usize..]);
        self.ram_write_block(block, owner, &b).is_some()
    }

    /// Blocks the MEE decrypted and encrypted so far (`--stats`); `None`
    /// without the MEE.
    pub fn mee_blocks(&self) -> Option<(u64, u64)> {
        self.mee.as_deref().map(|m| (m.decrypted, m.encrypted))
    }
}
