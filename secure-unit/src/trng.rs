//! True random number generator: entropy source → SP 800-90B health tests
//! → SHA-256 conditioning → SP 800-90A CTR_DRBG (AES-128, no derivation
//! function). See docs/TRNG.md for the entropy claim, cutoffs and state
//! machines.
pub mod health;
pub mod noise;
pub mod ring_osc;

pub use health::{HealthConfig, HealthTests};
pub use noise::{NoiseMode, NoiseModel, NoiseRef};
pub use ring_osc::RingOscEntropy;
