//! Software models of the TRNG's back half and of the key block's use of
//! it: plain Rust on the `aes` and `sha2` crates, no rust-hdl logic.
//!
//! * [`DrbgRef`]: SP 800-90A CTR_DRBG, AES-128, no df (the golden model the
//!   `CtrDrbg` tests check the RTL against; itself checked on a NIST CAVP
//!   vector in tests/trng_drbg.rs).
//! * [`seed_from_raw`]: the `Conditioner`'s output for a window of the raw
//!   bit stream.
//! * [`SOC_SEED_OFFSET`], [`SOC_SEED_GAP`], [`soc_key_stream`],
//!   [`KeyModel`]: the per-VM keys the SoC's key block (`KeyBlock` fed by
//!   `Trng<SimNoiseSource>` with `TrngConfig::default()`) produces after
//!   reset, bit for bit, up to the DRBG's first reseed. The ISS
//!   (`vmsp_iss::secure::SecureUnit`) keys its memory-encryption model
//!   from it.
use super::health::STARTUP_SAMPLES;
use super::noise::NoiseRef;
use super::sim_source::NoiseConfig;
use super::DrbgConfig;
use ::aes::cipher::{BlockEncrypt, KeyInit};
use sha2::{Digest, Sha256};

/// SP 800-90A CTR_DRBG, AES-128, no derivation function, seedlen 256, no
/// personalization or additional input (golden model of `CtrDrbg`).
#[derive(Clone, Debug)]
pub struct DrbgRef {
    pub key: [u8; 16],
    pub v: u128,
    /// SP 800-90A's reseed_counter: 1 after (re)seeding, +1 per generate.
    pub counter: u64,
    /// Generate requests allowed per seed (`DrbgConfig::reseed_interval`).
    pub interval: u64,
}

impl DrbgRef {
    /// AES-128(Key, block), the block as a big-endian 128-bit number.
    pub fn aes(&self, block: u128) -> u128 {
        let c = ::aes::Aes128::new(&self.key.into());
        let mut b = block.to_be_bytes().into();
        c.encrypt_block(&mut b);
        u128::from_be_bytes(b.into())
    }

    /// CTR_DRBG_Update(provided_data).
    pub fn update(&mut self, pd: &[u8; 32]) {
        self.v = self.v.wrapping_add(1);
        let t0 = self.aes(self.v);
        self.v = self.v.wrapping_add(1);
        let t1 = self.aes(self.v);
        let hi = t0 ^ u128::from_be_bytes(pd[..16].try_into().unwrap());
        let lo = t1 ^ u128::from_be_bytes(pd[16..].try_into().unwrap());
        self.key = hi.to_be_bytes();
        self.v = lo;
    }

    /// Key = 0, V = 0, Update(seed), reseed_counter = 1.
    pub fn instantiate(seed: &[u8; 32], interval: u64) -> Self {
        let mut s = Self { key: [0; 16], v: 0, counter: 0, interval };
        s.update(seed);
        s.counter = 1;
        s
    }

    pub fn reseed(&mut self, seed: &[u8; 32]) {
        self.update(seed);
        self.counter = 1;
    }

    /// The next generate request would first reseed (the RTL forces it).
    pub fn needs_reseed(&self) -> bool {
        self.counter > self.interval
    }

    /// One generate request of `blocks` blocks, then Update(0^256).
    /// Panics if [`needs_reseed`](Self::needs_reseed): the caller must
    /// reseed first, as the RTL does.
    pub fn generate(&mut self, blocks: usize) -> Vec<u128> {
        assert!(!self.needs_reseed(), "CTR_DRBG model: generate past the reseed interval");
        let out = (0..blocks)
            .map(|_| {
                self.v = self.v.wrapping_add(1);
                self.aes(self.v)
            })
            .collect();
        self.update(&[0; 32]);
        self.counter += 1;
        out
    }
}

/// Bits MSB first into bytes (the conditioner's message layout: the first
/// raw bit is the MSB of byte 0).
pub fn bits_to_bytes(bits: &[bool]) -> Vec<u8> {
    bits.chunks(8).map(|c| c.iter().fold(0u8, |a, &b| (a << 1) | b as u8)).collect()
}

/// The conditioner's seed (the default two-block `ConditionerConfig`,
/// 1024 raw bits) from the raw stream `raw` (bit 0 = the source's first bit
/// after reset): SHA-256 of `raw[offset .. offset + 512]` followed by
/// `raw[offset + 512 + gap .. offset + 1024 + gap]`. `gap` is the raw bits
/// that pass while the conditioner hands its first block to the SHA core
/// (it takes no bits then). Panics if `raw` is too short.
pub fn seed_from_raw(raw: &[bool], offset: usize, gap: usize) -> [u8; 32] {
    let mut bits = raw[offset..offset + 512].to_vec();
    bits.extend_from_slice(&raw[offset + 512 + gap..offset + 1024 + gap]);
    Sha256::digest(bits_to_bytes(&bits)).into()
}

/// The raw bit (counted from the source's first bit after reset, 0) at
/// which the conditioner starts the DRBG's instantiate seed in the SoC's
/// TRNG (`TrngConfig::default()`, a source that passes the health tests):
/// the start-up test's `STARTUP_SAMPLES` = 1024 bits, which are tested and
/// dropped, plus the pipeline delay from the source to the conditioner
/// ([`SOC_SEED_DELAY`]: none — the health tests pass bits on
/// combinationally, and the conditioner has been collecting since the
/// DRBG asked for a seed at reset, so bit 1024 is the seed's first).
/// Pinned against the emitted Verilog by `soc_seed_window_is_pinned`
/// (tests/trng.rs). It does not depend on anything outside the TRNG (the
/// bus, the core, when the first fill comes): the TRNG takes its first
/// seed unasked from reset on, and `SecureUnitRegs`' reset (the SoC's)
/// restarts the noise source, the health tests, the conditioner and the
/// DRBG together.
pub const SOC_SEED_OFFSET: usize = STARTUP_SAMPLES as usize + SOC_SEED_DELAY;
/// The pipeline delay part of [`SOC_SEED_OFFSET`], in raw bits (cycles).
pub const SOC_SEED_DELAY: usize = 0;
/// Raw bits skipped between the seed's two 512-bit halves (the cycle the
/// conditioner's `Submit` state hands the first half to the SHA core), as
/// in [`seed_from_raw`]. Pinned with [`SOC_SEED_OFFSET`].
pub const SOC_SEED_GAP: usize = 1;

/// The DRBG's instantiate seed in the SoC for the simulated source `noise`
/// (`NoiseRef` replays its raw bits): [`seed_from_raw`] at
/// ([`SOC_SEED_OFFSET`], [`SOC_SEED_GAP`]). Meaningful only for a source
/// that passes the health tests (the default, `NoiseMode::Normal`); a
/// source that trips them never seeds the RTL's DRBG.
pub fn soc_instantiate_seed(noise: NoiseConfig) -> [u8; 32] {
    let mut src = NoiseRef::new(noise.seed, noise.mode, noise.pattern);
    let raw: Vec<bool> = (0..SOC_SEED_OFFSET + 1024 + SOC_SEED_GAP).map(|_| src.next_bit()).collect();
    seed_from_raw(&raw, SOC_SEED_OFFSET, SOC_SEED_GAP)
}

/// Words of key material per fill (`or1k_arch::KEY_WORDS`): data key
/// (words 0..3), tweak key (4..7), sealing key (8..11).
pub const FILL_WORDS: usize = 12;
const _: () = assert!(FILL_WORDS == or1k_arch::KEY_WORDS as usize);

/// The DRBG has reached its reseed interval: the key block's next fill
/// makes the RTL reseed first from fresh raw bits, taken at a moment that
/// depends on the whole system's timing (when the fill comes), so its keys
/// cannot be modelled bit for bit.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct PastReseedInterval {
    /// Fills modelled so far (= the reseed interval).
    pub fills: u64,
}

impl std::fmt::Display for PastReseedInterval {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "key fill {} comes after the DRBG's reseed interval: its keys depend on timing", self.fills + 1)
    }
}

impl std::error::Error for PastReseedInterval {}

/// The key material of the key block's successive fills from reset on:
/// each fill is one generate request of 3 blocks (block 0 = data key,
/// block 1 = tweak key, block 2 = sealing key), each block's 128 bits as 4
/// words big-endian (word 0 = bits 127..96), exactly as `KeyBlock` stores
/// them and `key_out` presents them.
///
/// Only fills consume DRBG output in the SoC (`Trng::reseed` is tied low,
/// and a failed fill takes no blocks), so the stream is independent of
/// timing and of which slots are filled — until the reseed interval: the
/// fill after `DrbgConfig::reseed_interval` fills forces a reseed from raw
/// bits whose position depends on when that fill comes, and
/// [`next_fill`](Self::next_fill) returns [`PastReseedInterval`] from then
/// on. A health alarm (which zeroizes the DRBG and re-instantiates it
/// after a reset) is not modelled either: a new `KeyModel` models the
/// keys after a reset.
#[derive(Clone, Debug)]
pub struct KeyModel {
    drbg: DrbgRef,
    fills: u64,
}

impl KeyModel {
    /// From the instantiate seed and the DRBG's reseed interval.
    pub fn new(seed: &[u8; 32], reseed_interval: u64) -> KeyModel {
        KeyModel { drbg: DrbgRef::instantiate(seed, reseed_interval), fills: 0 }
    }

    /// The 12 key words of the next fill, or [`PastReseedInterval`] (and
    /// the model stays there) once the RTL would reseed first.
    pub fn next_fill(&mut self) -> Result<[u32; FILL_WORDS], PastReseedInterval> {
        if self.drbg.needs_reseed() {
            return Err(PastReseedInterval { fills: self.fills });
        }
        let mut words = [0u32; FILL_WORDS];
        for (b, block) in self.drbg.generate(FILL_WORDS / 4).into_iter().enumerate() {
            for w in 0..4 {
                words[4 * b + w] = (block >> (96 - 32 * w)) as u32;
            }
        }
        self.fills += 1;
        Ok(words)
    }

    /// Fills modelled so far.
    pub fn fills(&self) -> u64 {
        self.fills
    }

    /// Fills the model can still give before [`PastReseedInterval`].
    pub fn fills_left(&self) -> u64 {
        (self.drbg.interval + 1).saturating_sub(self.drbg.counter)
    }
}

/// The SoC's key stream after reset for the simulated source `noise`
/// (the SoC uses `NoiseConfig::default()`): [`soc_instantiate_seed`] and
/// `DrbgConfig::default()`'s reseed interval (1024 fills).
pub fn soc_key_stream(noise: NoiseConfig) -> KeyModel {
    KeyModel::new(&soc_instantiate_seed(noise), DrbgConfig::default().reseed_interval as u64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::trng::{ConditionerConfig, TrngConfig};

    #[test]
    fn constants_assume_the_default_trng() {
        let cfg = TrngConfig::default();
        assert_eq!(cfg.conditioner, ConditionerConfig::default());
        assert_eq!(ConditionerConfig::default().raw_bits(), 1024, "seed_from_raw takes two 512-bit halves");
        assert_eq!(cfg.drbg, DrbgConfig::default());
    }

    #[test]
    fn key_stream_is_the_drbg_in_fill_order() {
        let seed = soc_instantiate_seed(NoiseConfig::default());
        let mut drbg = DrbgRef::instantiate(&seed, 1024);
        let mut keys = soc_key_stream(NoiseConfig::default());
        for _ in 0..3 {
            let blocks = drbg.generate(3);
            let words = keys.next_fill().unwrap();
            for (b, x) in blocks.iter().enumerate() {
                let be: Vec<u32> =
                    x.to_be_bytes().chunks(4).map(|c| u32::from_be_bytes(c.try_into().unwrap())).collect();
                assert_eq!(&words[4 * b..4 * b + 4], &be[..]);
            }
        }
        assert_eq!(keys.fills(), 3);
    }

    #[test]
    fn key_stream_stops_at_the_reseed_interval() {
        let mut keys = KeyModel::new(&[7; 32], 4);
        for i in 0..4 {
            assert_eq!(keys.fills_left(), 4 - i);
            keys.next_fill().unwrap();
        }
        assert_eq!(keys.fills_left(), 0);
        assert_eq!(keys.next_fill(), Err(PastReseedInterval { fills: 4 }));
        assert_eq!(keys.next_fill(), Err(PastReseedInterval { fills: 4 }));
    }
}
