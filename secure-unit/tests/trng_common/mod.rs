//! Shared by the TRNG test files: the Verilator build helper and byte
//! packing. The CTR_DRBG golden model and the conditioner reference are
//! `secure_unit::trng::model` (re-exported here for the test files).
#![allow(dead_code)] // each test file uses a different part

#[allow(unused_imports)] // not every test file uses each
pub use secure_unit::trng::model::{bits_to_bytes, seed_from_raw, DrbgRef};
use vtb::Model;

pub fn build(name: &str, v: &str) -> Model {
    Model::build(name, v).unwrap_or_else(|e| panic!("building {name}: {e}"))
}

pub fn words_to_be_bytes(w: &[u32]) -> Vec<u8> {
    w.iter().rev().flat_map(|x| x.to_be_bytes()).collect()
}

pub fn be_bytes_to_words(b: &[u8]) -> Vec<u32> {
    b.chunks(4).rev().map(|c| u32::from_be_bytes(c.try_into().unwrap())).collect()
}
