//! Context sealing (docs/SEALING.md): the blob a VM exit writes to the
//! host's save area and `l.vmenter` checks and unseals.
//!
//! The blob is AES-128-CCM (`Ccm<Aes128, U16, U12>` from the RustCrypto
//! `ccm` crate, the reference model of the format) under the slot's sealing
//! key: nonce = the blob's bytes 4..16 (VMID ‖ 64-bit counter, big-endian),
//! associated data = bytes 0..4 (`SEAL_MAGIC`), payload = the
//! `SEAL_CTX_WORDS` context words big-endian in `or1k_arch::CTX_FIELDS`
//! order, tag at `SEAL_OFF_TAG`. The machine's side (save area, counters,
//! what is restored) is in `crate::virt`.

use aes::Aes128;
use ccm::aead::generic_array::GenericArray;
use ccm::aead::{AeadInPlace, KeyInit};
use ccm::consts::{U12, U16};
use ccm::Ccm;
use or1k_arch::*;

/// AES-128-CCM with a 16-byte tag and a 12-byte nonce (docs/SEALING.md).
pub type SealCipher = Ccm<Aes128, U16, U12>;

/// Words of context in a blob.
pub const CTX_WORDS: usize = SEAL_CTX_WORDS as usize;
/// Bytes of a blob.
pub const BLOB_BYTES: usize = SEAL_BLOB_BYTES as usize;

const OFF_VMID: usize = SEAL_OFF_VMID as usize;
const OFF_CTR: usize = SEAL_OFF_CTR as usize;
const OFF_CTX: usize = SEAL_OFF_CTX as usize;
const OFF_TAG: usize = SEAL_OFF_TAG as usize;

/// What a VM exit sealed, for the lock-step co-simulator (which checks the
/// RTL's blob against it): where, for which VM, under which counter, and
/// the context words in the clear. See [`crate::Machine::take_sealed`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SealedBlob {
    /// the physical RAM address the blob was written to (bit 31 cleared)
    pub addr: u32,
    pub vmid: u32,
    /// the counter in the blob (the slot's counter after the seal)
    pub counter: u64,
    pub ctx: [u32; CTX_WORDS],
}

/// The sealing key from a slot's 12 key words (`SecureUnit::key_words`):
/// words 8..11, each big-endian, word 8 first (the key block's `[127:0]`).
pub fn seal_key(words: &[u32]) -> [u8; 16] {
    let mut k = [0u8; 16];
    for (i, w) in words[8..12].iter().enumerate() {
        k[4 * i..4 * i + 4].copy_from_slice(&w.to_be_bytes());
    }
    k
}

/// The blob's header: magic, VMID, counter (the CCM associated data and nonce).
fn header(vmid: u32, counter: u64) -> [u8; OFF_CTX] {
    let mut h = [0u8; OFF_CTX];
    h[..OFF_VMID].copy_from_slice(&SEAL_MAGIC.to_be_bytes());
    h[OFF_VMID..OFF_CTR].copy_from_slice(&vmid.to_be_bytes());
    h[OFF_CTR..].copy_from_slice(&counter.to_be_bytes());
    h
}

/// Seals context `ctx` of VM `vmid` under `key` with `counter`.
pub fn seal_blob(key: &[u8; 16], vmid: u32, counter: u64, ctx: &[u32; CTX_WORDS]) -> [u8; BLOB_BYTES] {
    let mut blob = [0u8; BLOB_BYTES];
    blob[..OFF_CTX].copy_from_slice(&header(vmid, counter));
    for (i, w) in ctx.iter().enumerate() {
        blob[OFF_CTX + 4 * i..OFF_CTX + 4 * i + 4].copy_from_slice(&w.to_be_bytes());
    }
    let (head, rest) = blob.split_at_mut(OFF_CTX);
    let (payload, tag) = rest.split_at_mut(OFF_TAG - OFF_CTX);
    let t = SealCipher::new(key.into())
        .encrypt_in_place_detached(GenericArray::from_slice(&head[OFF_VMID..]), &head[..OFF_VMID], payload)
        .expect("a 176-byte payload fits CCM's 3-byte length");
    tag.copy_from_slice(&t);
    blob
}

/// Checks and opens `blob` for VM `vmid` whose slot counter is `counter`,
/// in the order of docs/SEALING.md "Entry checks" 6–7; the error is the
/// refusal code: the magic (`VMENTER_ERR_SEAL_FORMAT`), the VMID
/// (`VMENTER_ERR_SEAL_VMID`), the counter (`VMENTER_ERR_SEAL_STALE`), the
/// tag (`VMENTER_ERR_SEAL_TAG`). A blob shorter than `SEAL_BLOB_BYTES` is a
/// tag failure, after the checks of the header fields it does hold (the
/// machine always reads the whole blob; this is for callers with a slice).
pub fn open_blob(key: &[u8; 16], vmid: u32, counter: u64, blob: &[u8]) -> Result<[u32; CTX_WORDS], u32> {
    let field = |off: usize, len: usize| blob.get(off..off + len).map(|b| b.iter().fold(0u64, |a, &x| a << 8 | x as u64));
    let checks = [
        (0, 4, SEAL_MAGIC as u64, VMENTER_ERR_SEAL_FORMAT),
        (OFF_VMID, 4, vmid as u64, VMENTER_ERR_SEAL_VMID),
        (OFF_CTR, 8, counter, VMENTER_ERR_SEAL_STALE),
    ];
    for (off, len, want, code) in checks {
        if field(off, len).is_some_and(|v| v != want) {
            return Err(code);
        }
    }
    if blob.len() < BLOB_BYTES {
        return Err(VMENTER_ERR_SEAL_TAG);
    }
    let mut payload = [0u8; OFF_TAG - OFF_CTX];
    payload.copy_from_slice(&blob[OFF_CTX..OFF_TAG]);
    SealCipher::new(key.into())
        .decrypt_in_place_detached(
            GenericArray::from_slice(&blob[OFF_VMID..OFF_CTX]),
            &blob[..OFF_VMID],
            &mut payload,
            GenericArray::from_slice(&blob[OFF_TAG..BLOB_BYTES]),
        )
        .map_err(|_| VMENTER_ERR_SEAL_TAG)?;
    Ok(std::array::from_fn(|i| u32::from_be_bytes(payload[4 * i..4 * i + 4].try_into().unwrap())))
}

#[cfg(test)]
mod tests {
    use super::*;
    use aes::cipher::BlockEncrypt;

    const KEY: [u8; 16] = [
        0x55, 0xf1, 0xfa, 0xf4, 0x71, 0x51, 0xf3, 0x7f, 0xaf, 0x59, 0x9d, 0x84, 0x9b, 0x4d, 0x1a, 0x8c,
    ];

    fn ctx() -> [u32; CTX_WORDS] {
        std::array::from_fn(|i| if i < CTX_RESERVED as usize { 0x5ec0_0000 ^ (i as u32 * 0x0101_0101) } else { 0 })
    }

    /// docs/SEALING.md's byte-level recipe, from the AES block cipher alone:
    /// B0, the associated-data block, the CBC-MAC over P1..P11, the
    /// counter blocks Ai. Independent of the `ccm` crate.
    fn by_hand(key: &[u8; 16], vmid: u32, counter: u64, ctx: &[u32; CTX_WORDS]) -> [u8; BLOB_BYTES] {
        let aes = Aes128::new(key.into());
        let e = |b: [u8; 16]| {
            let mut x = b;
            aes.encrypt_block((&mut x).into());
            x
        };
        let xor = |a: [u8; 16], b: &[u8]| -> [u8; 16] { std::array::from_fn(|i| a[i] ^ b[i]) };
        let mut nonce = [0u8; 12];
        nonce[..4].copy_from_slice(&vmid.to_be_bytes());
        nonce[4..].copy_from_slice(&counter.to_be_bytes());
        let plain: Vec<u8> = ctx.iter().flat_map(|w| w.to_be_bytes()).collect();
        assert_eq!(plain.len(), 176);
        let mut b0 = [0u8; 16];
        b0[0] = 0x7a;
        b0[1..13].copy_from_slice(&nonce);
        b0[13..].copy_from_slice(&[0x00, 0x00, 0xb0]);
        let mut a = [0u8; 16];
        a[..2].copy_from_slice(&[0x00, 0x04]);
        a[2..6].copy_from_slice(&SEAL_MAGIC.to_be_bytes());
        let mut x = e(b0);
        x = e(xor(x, &a));
        for p in plain.chunks(16) {
            x = e(xor(x, p));
        }
        let ai = |i: u32| {
            let mut b = [0u8; 16];
            b[0] = 0x02;
            b[1..13].copy_from_slice(&nonce);
            b[13..].copy_from_slice(&i.to_be_bytes()[1..]);
            b
        };
        let mut blob = [0u8; BLOB_BYTES];
        blob[..4].copy_from_slice(&SEAL_MAGIC.to_be_bytes());
        blob[4..16].copy_from_slice(&nonce);
        for (i, p) in plain.chunks(16).enumerate() {
            blob[16 + 16 * i..32 + 16 * i].copy_from_slice(&xor(e(ai(i as u32 + 1)), p));
        }
        blob[192..].copy_from_slice(&xor(x, &e(ai(0))));
        blob
    }

    #[test]
    fn blob_is_the_documented_ccm() {
        for (vmid, counter) in [(1, 1), (7, 0x0123_4567_89ab_cdef), (3, u64::MAX)] {
            let blob = seal_blob(&KEY, vmid, counter, &ctx());
            assert_eq!(blob, by_hand(&KEY, vmid, counter, &ctx()), "VMID {vmid}, counter {counter:#x}");
            assert_eq!(&blob[..4], b"VMS1");
            assert_eq!(open_blob(&KEY, vmid, counter, &blob), Ok(ctx()));
        }
    }

    #[test]
    fn open_checks_in_the_documented_order() {
        let blob = seal_blob(&KEY, 2, 5, &ctx());
        let mut b = blob;
        b[0] ^= 1;
        b[5] ^= 1;
        b[9] ^= 1;
        b[100] ^= 1;
        assert_eq!(open_blob(&KEY, 2, 5, &b), Err(VMENTER_ERR_SEAL_FORMAT), "magic first");
        b[0] ^= 1;
        assert_eq!(open_blob(&KEY, 2, 5, &b), Err(VMENTER_ERR_SEAL_VMID), "then the VMID");
        b[5] ^= 1;
        assert_eq!(open_blob(&KEY, 2, 5, &b), Err(VMENTER_ERR_SEAL_STALE), "then the counter");
        b[9] ^= 1;
        assert_eq!(open_blob(&KEY, 2, 5, &b), Err(VMENTER_ERR_SEAL_TAG), "then the tag");
        b[100] ^= 1;
        assert_eq!(open_blob(&KEY, 2, 5, &b), Ok(ctx()));
        assert_eq!(open_blob(&KEY, 3, 5, &blob), Err(VMENTER_ERR_SEAL_VMID));
        assert_eq!(open_blob(&KEY, 2, 4, &blob), Err(VMENTER_ERR_SEAL_STALE));
        let mut other = KEY;
        other[15] ^= 0x80;
        assert_eq!(open_blob(&other, 2, 5, &blob), Err(VMENTER_ERR_SEAL_TAG), "another key");
        for len in [0, 3, 15, 16, 191, 207] {
            assert_eq!(open_blob(&KEY, 2, 5, &blob[..len]), Err(VMENTER_ERR_SEAL_TAG), "{len} bytes");
        }
        assert_eq!(open_blob(&KEY, 2, 4, &blob[..16]), Err(VMENTER_ERR_SEAL_STALE), "a short blob's header is checked first");
        let mut longer = blob.to_vec();
        longer.push(0xff);
        assert_eq!(open_blob(&KEY, 2, 5, &longer), Ok(ctx()), "bytes after the blob are not read");
    }

    #[test]
    fn seal_key_is_words_8_to_11_big_endian() {
        let words: Vec<u32> = (0..12).map(|i| 0x1011_1213 * (i + 1)).collect();
        let k = seal_key(&words);
        assert_eq!(k[..4], words[8].to_be_bytes());
        assert_eq!(k[12..], words[11].to_be_bytes());
    }
}
