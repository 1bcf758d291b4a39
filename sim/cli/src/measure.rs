//! The verifier's side of a VM's launch measurement (docs/MONITOR.md):
//! recomputes, from the guest's flat image, the region list and the
//! policy, the SHA-256 chain the security monitor builds while the host
//! creates the VM and adds its pages. `vmsp-measure` is its command line;
//! `make demo` compares it with what the monitor reports.
//!
//! ```text
//! M0 = SHA-256( BE32(MEASURE_TAG_CREATE) || BE32(policy)
//!               || for r in 0..VM_REGIONS: BE32(gPA_r) || BE32(size_r) )
//! Mi = SHA-256( M(i-1) || BE32(MEASURE_TAG_PAGE) || BE32(gPA_i) || BE32(attr_i)
//!               || SHA-256(the 4096 bytes of page i) )
//! ```

use anyhow::{bail, ensure, Result};
use or1k_arch::{
    MEASURE_PAGE, MEASURE_TAG_CREATE, MEASURE_TAG_PAGE, POLICY_DEBUG, POLICY_NO_ENC, UNCACHED_ADDR_MASK, VM_REGIONS,
    VM_REGION_MIN,
};
use sha2::{Digest, Sha256};

/// A launch measurement.
pub type Measurement = [u8; 32];

/// One used region of a VM as the create record measures it (its hPA is
/// not measured: where the host puts a VM does not change what it is).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Region {
    pub gpa: u32,
    pub size: u32,
}

impl Region {
    fn contains(&self, gpa: u32) -> bool {
        gpa.wrapping_sub(self.gpa) < self.size
    }
}

/// Checks what the monitor's create checks of the measured fields (policy
/// bits, region sizes and alignment, overlaps), so that no measurement is
/// computed for a VM the monitor would refuse to create.
pub fn check_create(policy: u32, regions: &[Region]) -> Result<()> {
    ensure!(
        policy & !(POLICY_DEBUG | POLICY_NO_ENC) == 0,
        "policy 0x{policy:x} has bits other than POLICY_DEBUG (0x{POLICY_DEBUG:x}) and POLICY_NO_ENC (0x{POLICY_NO_ENC:x})"
    );
    ensure!(!regions.is_empty(), "no region: a VM needs at least one");
    ensure!(regions.len() <= VM_REGIONS as usize, "{} regions: a VM has at most {VM_REGIONS}", regions.len());
    for (i, r) in regions.iter().enumerate() {
        ensure!(
            r.size.is_power_of_two() && r.size >= VM_REGION_MIN,
            "region {i}: size 0x{:x} is not a power of two of at least 0x{VM_REGION_MIN:x}",
            r.size
        );
        ensure!(r.gpa.is_multiple_of(r.size), "region {i}: gPA 0x{:08x} is not aligned to its size 0x{:x}", r.gpa, r.size);
        ensure!(
            (r.gpa | (r.size - 1)) & UNCACHED_ADDR_MASK == 0,
            "region {i}: gPA 0x{:08x}+0x{:x} reaches the uncached-alias bit (gPAs end below 0x{UNCACHED_ADDR_MASK:08x})",
            r.gpa,
            r.size
        );
        for (j, o) in regions[..i].iter().enumerate() {
            ensure!(!r.contains(o.gpa) && !o.contains(r.gpa), "regions {j} and {i} overlap in guest-physical space");
        }
    }
    Ok(())
}

/// M0: the hash of the create record (unused regions measured as zeros).
pub fn create_digest(policy: u32, regions: &[Region]) -> Measurement {
    let mut h = Sha256::new();
    h.update(MEASURE_TAG_CREATE.to_be_bytes());
    h.update(policy.to_be_bytes());
    for i in 0..VM_REGIONS as usize {
        let r = regions.get(i).copied().unwrap_or(Region { gpa: 0, size: 0 });
        h.update(r.gpa.to_be_bytes());
        h.update(r.size.to_be_bytes());
    }
    h.finalize().into()
}

/// Mi from M(i-1): one added page (`MEASURE_PAGE` bytes) at `gpa`.
pub fn extend(m: &Measurement, gpa: u32, attr: u32, page: &[u8]) -> Measurement {
    assert_eq!(page.len(), MEASURE_PAGE as usize, "a measured page is MEASURE_PAGE bytes");
    let mut h = Sha256::new();
    h.update(m);
    h.update(MEASURE_TAG_PAGE.to_be_bytes());
    h.update(gpa.to_be_bytes());
    h.update(attr.to_be_bytes());
    h.update(Sha256::digest(page));
    h.finalize().into()
}

/// The launch measurement of a VM created with `policy` and `regions`
/// whose image is added page by page from `load_gpa` upwards (attributes
/// 0), the last page zero-padded, as the demo hypervisor does.
pub fn measure_image(image: &[u8], load_gpa: u32, policy: u32, regions: &[Region]) -> Result<Measurement> {
    check_create(policy, regions)?;
    ensure!(!image.is_empty(), "empty image: nothing to add");
    ensure!(load_gpa.is_multiple_of(MEASURE_PAGE), "load gPA 0x{load_gpa:08x} is not {MEASURE_PAGE}-byte aligned");
    let mut m = create_digest(policy, regions);
    for (i, chunk) in image.chunks(MEASURE_PAGE as usize).enumerate() {
        let gpa = u64::from(load_gpa) + i as u64 * u64::from(MEASURE_PAGE);
        let Some(gpa) = u32::try_from(gpa).ok().filter(|&g| regions.iter().any(|r| r.contains(g))) else {
            bail!(
                "image of {} bytes at gPA 0x{load_gpa:08x} is larger than its region: page {i} (gPA 0x{gpa:08x}) is outside {}",
                image.len(),
                describe(regions)
            );
        };
        let mut page = [0u8; MEASURE_PAGE as usize];
        page[..chunk.len()].copy_from_slice(chunk);
        m = extend(&m, gpa, 0, &page);
    }
    Ok(m)
}

fn describe(regions: &[Region]) -> String {
    let list: Vec<String> =
        regions.iter().map(|r| format!("0x{:08x}..0x{:08x}", r.gpa, u64::from(r.gpa) + u64::from(r.size))).collect();
    format!("the region{} {}", if list.len() == 1 { "" } else { "s" }, list.join(", "))
}

/// Lower-case hex, as the demo hypervisor prints a measurement.
pub fn hex(m: &Measurement) -> String {
    m.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const DEMO: [Region; 1] = [Region { gpa: 0, size: 0x10000 }];

    /// A 5-byte image, measured by hand: the create record and one padded
    /// page record, written out byte by byte.
    #[test]
    fn known_answer() {
        let image = b"hello";
        let mut create = Vec::new();
        create.extend_from_slice(b"VMSP");
        create.extend_from_slice(&[0, 0, 0, 1]); // policy POLICY_DEBUG
        create.extend_from_slice(&[0, 0, 0x20, 0, 0, 0, 0x20, 0]); // region 0: gPA 0x2000, 8 KiB
        create.extend_from_slice(&[0; 24]); // regions 1..3 unused
        assert_eq!(create.len(), 40);
        let m0 = Sha256::digest(&create);
        let mut page = vec![0u8; 4096];
        page[..5].copy_from_slice(image);
        let mut rec = Vec::new();
        rec.extend_from_slice(&m0);
        rec.extend_from_slice(b"PAGE");
        rec.extend_from_slice(&[0, 0, 0x20, 0]); // gPA 0x2000
        rec.extend_from_slice(&[0; 4]); // attributes
        rec.extend_from_slice(&Sha256::digest(&page));
        assert_eq!(rec.len(), 76);
        let expected: Measurement = Sha256::digest(&rec).into();
        let got = measure_image(image, 0x2000, POLICY_DEBUG, &[Region { gpa: 0x2000, size: 0x2000 }]).unwrap();
        assert_eq!(hex(&got), hex(&expected));
        assert_eq!(hex(&got).len(), 64);
    }

    #[test]
    fn chains_pages_in_order() {
        let image: Vec<u8> = (0..9000u32).map(|i| (i * 7) as u8).collect();
        let mut m = create_digest(0, &DEMO);
        for (i, off) in [0usize, 4096, 8192].into_iter().enumerate() {
            let mut page = [0u8; 4096];
            let end = (off + 4096).min(image.len());
            page[..end - off].copy_from_slice(&image[off..end]);
            m = extend(&m, i as u32 * 4096, 0, &page);
        }
        assert_eq!(measure_image(&image, 0, 0, &DEMO).unwrap(), m);
    }

    #[test]
    fn every_measured_input_matters() {
        let image = vec![0x5au8; 6000];
        let base = measure_image(&image, 0, 0, &DEMO).unwrap();
        let mut one_byte = image.clone();
        one_byte[5999] ^= 1;
        assert_ne!(measure_image(&one_byte, 0, 0, &DEMO).unwrap(), base, "one image byte");
        // trailing zeros are the padding: a different image, the same pages
        let mut padded = image.clone();
        padded.push(0);
        assert_eq!(measure_image(&padded, 0, 0, &DEMO).unwrap(), base, "zero padding");
        let moved = [Region { gpa: 0x10000, size: 0x10000 }];
        assert_ne!(measure_image(&image, 0x10000, 0, &moved).unwrap(), base, "gPA");
        assert_ne!(measure_image(&image, 0x1000, 0, &DEMO).unwrap(), base, "load gPA");
        assert_ne!(measure_image(&image, 0, POLICY_DEBUG, &DEMO).unwrap(), base, "policy");
        assert_ne!(measure_image(&image, 0, POLICY_NO_ENC, &DEMO).unwrap(), base, "policy without encryption");
        let bigger = [Region { gpa: 0, size: 0x20000 }];
        assert_ne!(measure_image(&image, 0, 0, &bigger).unwrap(), base, "region size");
        let two = [DEMO[0], Region { gpa: 0x100000, size: 0x2000 }];
        assert_ne!(measure_image(&image, 0, 0, &two).unwrap(), base, "a second region");
    }

    #[test]
    fn errors() {
        let err = |r: Result<Measurement>| format!("{:#}", r.unwrap_err());
        assert!(err(measure_image(&[], 0, 0, &DEMO)).contains("empty image"));
        let e = err(measure_image(&vec![1; 0x10001], 0, 0, &DEMO));
        assert!(e.contains("larger than its region") && e.contains("page 16"), "{e}");
        assert!(err(measure_image(&[1], 0xf000, 0, &[Region { gpa: 0, size: 0x2000 }])).contains("larger"));
        assert!(err(measure_image(&[1], 0, 4, &DEMO)).contains("policy"));
        assert!(err(measure_image(&[1], 0, 0, &[])).contains("no region"));
        assert!(err(measure_image(&[1], 0, 0, &[Region { gpa: 0, size: 0x3000 }])).contains("power of two"));
        assert!(err(measure_image(&[1], 0, 0, &[Region { gpa: 0x1000, size: 0x4000 }])).contains("aligned"));
        assert!(err(measure_image(&[1], 0x8000_0000, 0, &[Region { gpa: 0x8000_0000, size: 0x2000 }])).contains("alias"));
        let overlap = [DEMO[0], Region { gpa: 0x8000, size: 0x2000 }];
        assert!(err(measure_image(&[1], 0, 0, &overlap)).contains("overlap"));
        assert!(err(measure_image(&[1], 0x800, 0, &DEMO)).contains("aligned"));
        let top = [Region { gpa: 0x7fff_e000, size: 0x2000 }];
        assert!(err(measure_image(&[1; 0x2001], 0x7fff_e000, 0, &top)).contains("larger"));
    }
}
