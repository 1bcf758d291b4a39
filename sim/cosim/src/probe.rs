//! The RAM-side bus probe of a lock-step run (docs/MEE.md, "Tests that
//! attack it"): every word the SoC writes to RAM, taken from the SoC's
//! `ram_wr_*` ports (after the memory-encryption engine, where a probe on
//! the external memory bus sits), is applied to a shadow of the RTL's RAM
//! and must appear in the ISS's RAM when the ISS has executed the
//! instruction that caused it. The ISS's RAM holds what its functional
//! MEE model wrote: the `xts-mode` ciphertext under keys recomputed from
//! the seeded noise source (`secure_unit::trng::model`), so each beat the
//! RTL writes to a VM's ENC page is checked against the reference
//! ciphertext of the plaintext that VM stored. At the end the shadow must
//! equal the ISS's RAM everywhere, and it can be searched for a
//! plaintext block (the cold-DRAM attack).
use std::collections::VecDeque;
use verilator_sys::RamWrite;

/// ISS instructions after which a write the RTL made must be in the ISS's
/// RAM (the RTL writes before the instruction retires, the ISS when it
/// executes it; a few more allow for the pipeline's overlap).
const SLACK: u64 = 16;

pub struct RamProbe {
    /// The RTL's RAM: the loaded image, then every probed write.
    shadow: Vec<u8>,
    /// Writes not yet seen in the ISS's RAM: the beat, and the record
    /// count by which they must be.
    pending: VecDeque<(RamWrite, u64)>,
    /// Beats probed, and beats matched in the ISS's RAM.
    pub writes: u64,
    pub matched: u64,
}

/// The RAM offset of a bus address (RAM at 0, the uncached alias folded).
fn offset(adr: u32) -> usize {
    (adr & !or1k_arch::UNCACHED_ADDR_MASK & !3) as usize
}

/// The bytes of `w` that `sel` writes, as (offset in the word, byte).
fn bytes(w: &RamWrite) -> impl Iterator<Item = (usize, u8)> + '_ {
    (0..4).filter(|i| w.sel >> (3 - i) & 1 == 1).map(|i| (i, w.dat.to_be_bytes()[i]))
}

impl RamProbe {
    /// A probe over RAM that holds `initial` (the ISS's RAM after loading:
    /// the RTL's loader wrote the same image).
    pub fn new(initial: &[u8]) -> RamProbe {
        RamProbe { shadow: initial.to_vec(), pending: VecDeque::new(), writes: 0, matched: 0 }
    }

    /// A beat the RTL wrote; `records` = retirements compared so far.
    pub fn record(&mut self, w: RamWrite, records: u64) -> Result<(), String> {
        let o = offset(w.adr);
        if o + 4 > self.shadow.len() {
            return Err(format!("RAM write beyond the RAM: {:#010x}", w.adr));
        }
        for (i, b) in bytes(&w) {
            self.shadow[o + i] = b;
        }
        self.writes += 1;
        self.pending.push_back((w, records + SLACK));
        Ok(())
    }

    /// After the ISS has executed another instruction: writes now in its
    /// RAM are matched; one still missing after `SLACK` instructions is a
    /// mismatch.
    pub fn check(&mut self, iss_ram: &[u8], records: u64) -> Result<(), String> {
        let mut i = 0;
        while i < self.pending.len() {
            let (w, due) = self.pending[i];
            let o = offset(w.adr);
            if bytes(&w).all(|(k, b)| iss_ram[o + k] == b) {
                self.pending.remove(i);
                self.matched += 1;
            } else if records > due {
                let iss = u32::from_be_bytes(iss_ram[o..o + 4].try_into().unwrap());
                return Err(format!(
                    "RAM write probe: the RTL wrote {:#010x} (sel {:04b}) at {:#010x}; the ISS's RAM holds {iss:#010x} \
                     {SLACK} instructions later",
                    w.dat, w.sel, w.adr
                ));
            } else {
                i += 1;
            }
        }
        Ok(())
    }

    /// At the end: nothing pending, and the RTL's RAM equals the ISS's.
    pub fn finish(&mut self, iss_ram: &[u8]) -> Result<(), String> {
        self.check(iss_ram, u64::MAX - 1)?;
        let n = self.shadow.len().min(iss_ram.len());
        if let Some(o) = (0..n).step_by(4).find(|&o| self.shadow[o..o + 4] != iss_ram[o..o + 4]) {
            return Err(format!(
                "RAM at the end: the RTL's word at {o:#010x} is {:02x?}, the ISS's {:02x?}",
                &self.shadow[o..o + 4],
                &iss_ram[o..o + 4]
            ));
        }
        Ok(())
    }

    /// Offsets of the 16-byte-aligned blocks of the RTL's RAM equal to `block`.
    pub fn find_block(&self, block: &[u8; 16]) -> Vec<u32> {
        self.shadow.chunks_exact(16).enumerate().filter(|(_, c)| *c == block).map(|(i, _)| (i * 16) as u32).collect()
    }
}
