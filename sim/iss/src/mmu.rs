//! Software-reloaded TLBs as OR1200 builds them: one way of 64 sets, 8 KiB
//! pages, set index = VPN bits [18:13], full VPN compared on a hit.
//!
//! The same structure serves the DMMU and the IMMU; only the permission
//! bits of the translate register differ ([`Access`]).

use or1k_arch::*;


/// What the access needs from the translate register.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    Read,
    Write,
    Execute,
}

/// Why a translation failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MmuFault {
    /// no valid entry for the page: DTLB/ITLB miss exception
    Miss,
    /// entry found but the permission is missing: page fault exception
    PageFault,
}

/// One TLB (way 0 only). Each match and translate register carries the
/// owner tag (OWNER_*, or1k-arch `owner_tag`) of the world that last wrote
/// it: an entry translates only for the world that wrote both its
/// registers, and `l.mfspr` of a register written by another world reads 0
/// (docs/VIRT.md "Tagged caches and TLBs"), so VM entry and exit leave the
/// TLBs alone.
#[derive(Clone, Debug)]
pub struct Tlb {
    pub mr: [u32; TLB_SETS as usize],
    pub tr: [u32; TLB_SETS as usize],
    pub mr_owner: [u8; TLB_SETS as usize],
    pub tr_owner: [u8; TLB_SETS as usize],
}

impl Default for Tlb {
    fn default() -> Self {
        Tlb {
            mr: [0; TLB_SETS as usize],
            tr: [0; TLB_SETS as usize],
            mr_owner: [0; TLB_SETS as usize],
            tr_owner: [0; TLB_SETS as usize],
        }
    }
}

impl Tlb {
    /// The set a virtual address maps to.
    #[inline]
    pub fn set_of(vaddr: u32) -> usize {
        ((vaddr >> PAGE_SHIFT) & (TLB_SETS - 1)) as usize
    }

    /// Translates `vaddr` for world `owner`; `supervisor` is SR[SM].
    #[inline]
    pub fn translate(&self, vaddr: u32, access: Access, supervisor: bool, owner: u32) -> Result<u32, MmuFault> {
        let set = Self::set_of(vaddr);
        let (mr, tr) = (self.mr[set], self.tr[set]);
        if mr & TLB_MR_V == 0
            || (mr & TLB_MR_VPN_MASK) != (vaddr & TLB_MR_VPN_MASK)
            || self.mr_owner[set] as u32 != owner
            || self.tr_owner[set] as u32 != owner
        {
            return Err(MmuFault::Miss);
        }
        let need = match (access, supervisor) {
            (Access::Read, true) => DTLB_TR_SRE,
            (Access::Read, false) => DTLB_TR_URE,
            (Access::Write, true) => DTLB_TR_SWE,
            (Access::Write, false) => DTLB_TR_UWE,
            (Access::Execute, true) => ITLB_TR_SXE,
            (Access::Execute, false) => ITLB_TR_UXE,
        };
        if tr & need == 0 {
            return Err(MmuFault::PageFault);
        }
        Ok((tr & TLB_TR_PPN_MASK) | (vaddr & (PAGE_SIZE - 1)))
    }

    /// l.mfspr of a match register by world `owner`.
    pub fn read_mr(&self, set: usize, owner: u32) -> u32 {
        if self.mr_owner[set] as u32 == owner { self.mr[set] } else { 0 }
    }

    /// l.mfspr of a translate register by world `owner`.
    pub fn read_tr(&self, set: usize, owner: u32) -> u32 {
        if self.tr_owner[set] as u32 == owner { self.tr[set] } else { 0 }
    }

    /// l.mtspr of a match register by world `owner`.
    pub fn write_mr(&mut self, set: usize, v: u32, owner: u32) {
        self.mr[set] = v;
        self.mr_owner[set] = owner as u8;
    }

    /// l.mtspr of a translate register by world `owner`.
    pub fn write_tr(&mut self, set: usize, v: u32, owner: u32) {
        self.tr[set] = v;
        self.tr_owner[set] = owner as u8;
    }

    /// xTLBEIR write: invalidates the entry of the set `vaddr` maps to,
    /// whoever wrote it (an entry lost is only a miss for its owner).
    pub fn invalidate(&mut self, vaddr: u32) {
        self.mr[Self::set_of(vaddr)] &= !TLB_MR_V;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hit_miss_and_permissions() {
        let mut t = Tlb::default();
        let va = 0x4002_6123; // set (0x40026 >> 0) & 63 after >> 13
        let set = Tlb::set_of(va);
        assert_eq!(set, ((va >> 13) & 63) as usize);
        assert_eq!(t.translate(va, Access::Read, true, 0), Err(MmuFault::Miss));
        t.mr[set] = (va & TLB_MR_VPN_MASK) | TLB_MR_V;
        t.tr[set] = 0x0012_2000 | DTLB_TR_SRE;
        assert_eq!(t.translate(va, Access::Read, true, 0), Ok(0x0012_2123));
        assert_eq!(t.translate(va, Access::Write, true, 0), Err(MmuFault::PageFault));
        assert_eq!(t.translate(va, Access::Read, false, 0), Err(MmuFault::PageFault));
        // same set, different VPN: miss
        assert_eq!(t.translate(va ^ 0x0100_0000, Access::Read, true, 0), Err(MmuFault::Miss));
        t.invalidate(va + 0x10);
        assert_eq!(t.translate(va, Access::Read, true, 0), Err(MmuFault::Miss));
    }

    #[test]
    fn an_entry_belongs_to_the_world_that_wrote_it() {
        let mut t = Tlb::default();
        let va = 0x0000_6000;
        let set = Tlb::set_of(va);
        t.write_mr(set, va | TLB_MR_V, 1);
        t.write_tr(set, 0x0010_0000 | DTLB_TR_SRE, 1);
        assert_eq!(t.translate(va, Access::Read, true, 1), Ok(0x0010_0000));
        // another world neither hits nor reads it
        for other in [OWNER_HOST, 2, OWNER_MONITOR] {
            assert_eq!(t.translate(va, Access::Read, true, other), Err(MmuFault::Miss));
            assert_eq!((t.read_mr(set, other), t.read_tr(set, other)), (0, 0));
        }
        assert_eq!(t.read_mr(set, 1), va | TLB_MR_V);
        // the host writes the match register only: the entry is half the
        // host's, so it translates for neither, and each reads only its own half
        t.write_mr(set, va | TLB_MR_V, OWNER_HOST);
        assert_eq!(t.translate(va, Access::Read, true, OWNER_HOST), Err(MmuFault::Miss));
        assert_eq!(t.translate(va, Access::Read, true, 1), Err(MmuFault::Miss));
        assert_eq!(t.read_tr(set, 1), 0x0010_0000 | DTLB_TR_SRE);
        assert_eq!(t.read_mr(set, 1), 0);
    }
}
