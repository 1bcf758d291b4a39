//! Shared by the TRNG test files: the Verilator build helper, byte
//! packing, and the CTR_DRBG golden model (on the `aes` crate).
#![allow(dead_code)] // each test file uses a different part

use aes::cipher::{BlockEncrypt, KeyInit};
use vtb::Model;

pub fn build(name: &str, v: &str) -> Model {
    Model::build(name, v).unwrap_or_else(|e| panic!("building {name}: {e}"))
}

pub fn bits_to_bytes(bits: &[bool]) -> Vec<u8> {
    bits.chunks(8).map(|c| c.iter().fold(0u8, |a, &b| (a << 1) | b as u8)).collect()
}

pub fn words_to_be_bytes(w: &[u32]) -> Vec<u8> {
    w.iter().rev().flat_map(|x| x.to_be_bytes()).collect()
}

pub fn be_bytes_to_words(b: &[u8]) -> Vec<u32> {
    b.chunks(4).rev().map(|c| u32::from_be_bytes(c.try_into().unwrap())).collect()
}

/// SP 800-90A CTR_DRBG, AES-128, no df, seedlen 256 (golden model).
#[derive(Clone)]
pub struct DrbgRef {
    pub key: [u8; 16],
    pub v: u128,
    pub counter: u64,
    pub interval: u64,
}

impl DrbgRef {
    pub fn aes(&self, block: u128) -> u128 {
        let c = aes::Aes128::new(&self.key.into());
        let mut b = block.to_be_bytes().into();
        c.encrypt_block(&mut b);
        u128::from_be_bytes(b.into())
    }
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
    pub fn needs_reseed(&self) -> bool {
        self.counter > self.interval
    }
    pub fn generate(&mut self, blocks: usize) -> Vec<u128> {
        assert!(!self.needs_reseed());
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
