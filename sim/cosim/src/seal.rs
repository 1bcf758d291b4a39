//! Lock-step check of the sealed contexts (docs/SEALING.md): every blob
//! the RTL writes at a VM exit is recomputed.
//!
//! The ISS seals the same context with the `ccm` crate when it executes
//! the exit (`Machine::take_sealed`). The RTL's blob beats arrive later
//! (the sealing engine runs after the exit retired, before anything else
//! does). When all of them are in, the RTL's blob is opened with the
//! reference model under the slot's key (recomputed from the seeded noise
//! source, as the ISS's key block is) and must hold the ISS's context
//! word for word, except the guest tick timer's TTMR and TTCR: the RTL's
//! timer counts clock cycles, the ISS's instructions, so those two are
//! taken from the RTL like an `l.mfspr` of them. With equal timer words
//! the two blobs must be equal byte for byte. The RTL's blob then replaces
//! the ISS's in its RAM, so the next entry restores the RTL's timer on
//! both sides and the RAM probe sees equal bytes.
use or1k_arch::*;
use verilator_sys::RamWrite;
use vmsp_iss::{Machine, SealedBlob};

const WORDS: usize = (SEAL_BLOB_BYTES / 4) as usize;

/// The blob the ISS sealed last and the RTL's words of it so far.
struct Expected {
    iss: SealedBlob,
    key: Option<[u8; 16]>,
    rtl: [u8; SEAL_BLOB_BYTES as usize],
    seen: u64,
}

#[derive(Default)]
pub struct SealCheck {
    expected: Option<Expected>,
    /// Blobs checked, and how many of them also had equal timer words
    /// (and so were compared byte for byte).
    pub blobs: u64,
    pub exact: u64,
}

impl SealCheck {
    /// After the ISS's step: a blob it sealed is expected from the RTL.
    pub fn after_step(&mut self, iss: &mut Machine) -> Result<(), String> {
        let Some(b) = iss.take_sealed() else { return Ok(()) };
        if let Some(e) = &self.expected {
            return Err(format!(
                "seal check: the ISS sealed VM {}'s context at {:#010x}, but the RTL wrote only {} of the {WORDS} \
                 words of VM {}'s previous blob at {:#010x}",
                b.vmid,
                b.addr,
                e.seen.count_ones(),
                e.iss.vmid,
                e.iss.addr
            ));
        }
        let key = iss.seal_key_of(b.vmid);
        self.expected = Some(Expected { iss: b, key, rtl: [0; SEAL_BLOB_BYTES as usize], seen: 0 });
        Ok(())
    }

    /// A RAM write beat of the RTL: one of the expected blob's words is
    /// noted; with the last one the blob is checked and adopted into the
    /// ISS's RAM.
    pub fn beat(&mut self, w: &RamWrite, iss_ram: &mut [u8]) -> Result<(), String> {
        let Some(e) = &mut self.expected else { return Ok(()) };
        let off = (w.adr & !UNCACHED_ADDR_MASK & !3).wrapping_sub(e.iss.addr);
        if off >= SEAL_BLOB_BYTES {
            return Ok(());
        }
        if w.sel != 0xf {
            return Err(format!("seal check: a blob word at {:#010x} written with sel {:04b}", w.adr, w.sel));
        }
        e.rtl[off as usize..off as usize + 4].copy_from_slice(&w.dat.to_be_bytes());
        e.seen |= 1 << (off / 4);
        if e.seen != (1u64 << WORDS) - 1 {
            return Ok(());
        }
        let e = self.expected.take().expect("checked above");
        self.check(&e)?;
        let a = e.iss.addr as usize;
        iss_ram[a..a + SEAL_BLOB_BYTES as usize].copy_from_slice(&e.rtl);
        Ok(())
    }

    fn check(&mut self, e: &Expected) -> Result<(), String> {
        let b = &e.iss;
        let what = format!("VM {}'s blob at {:#010x} (counter {})", b.vmid, b.addr, b.counter);
        let Some(key) = e.key else {
            // keys past the DRBG's modelled fills: only the bytes compare
            let iss = vmsp_iss::seal::seal_blob(&[0; 16], b.vmid, b.counter, &b.ctx);
            if iss[..SEAL_OFF_CTX as usize] != e.rtl[..SEAL_OFF_CTX as usize] {
                return Err(format!("seal check: {what}: the RTL's header differs from the ISS's"));
            }
            self.blobs += 1;
            return Ok(());
        };
        let rtl = vmsp_iss::seal::open_blob(&key, b.vmid, b.counter, &e.rtl)
            .map_err(|code| format!("seal check: {what}: the RTL's blob does not open (VMENTER_ERR {code})"))?;
        for f in CTX_FIELDS.iter() {
            let (r, i) = (rtl[f.word as usize], b.ctx[f.word as usize]);
            let timed = matches!(f.source, CtxSource::Ttmr | CtxSource::Ttcr);
            if r != i && !timed {
                return Err(format!("seal check: {what}: word {} ({}): RTL {r:#010x}, ISS {i:#010x}", f.word, f.name));
            }
        }
        self.blobs += 1;
        if rtl == b.ctx {
            let iss = vmsp_iss::seal::seal_blob(&key, b.vmid, b.counter, &b.ctx);
            if iss != e.rtl {
                return Err(format!("seal check: {what}: same context, but the bytes differ from the reference's"));
            }
            self.exact += 1;
        }
        Ok(())
    }

    /// At the end: no blob may still be missing words.
    pub fn finish(&self) -> Result<(), String> {
        match &self.expected {
            Some(e) => Err(format!(
                "seal check: the RTL wrote only {} of the {WORDS} words of VM {}'s blob at {:#010x}",
                e.seen.count_ones(),
                e.iss.vmid,
                e.iss.addr
            )),
            None => Ok(()),
        }
    }
}
