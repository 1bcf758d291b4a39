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

/// One TLB (way 0 only).
#[derive(Clone, Debug)]
pub struct Tlb {
    pub mr: [u32; TLB_SETS as usize],
    pub tr: [u32; TLB_SETS as usize],
    /// Per set: the translate register was emptied by a flush (VM entry or
    /// exit) and not written since; a match register written valid then
    /// leaves the entry invalid (docs/VIRT.md).
    pub tr_stale: u64,
}

impl Default for Tlb {
    fn default() -> Self {
        Tlb { mr: [0; TLB_SETS as usize], tr: [0; TLB_SETS as usize], tr_stale: 0 }
    }
}

impl Tlb {
    /// The set a virtual address maps to.
    #[inline]
    pub fn set_of(vaddr: u32) -> usize {
        ((vaddr >> PAGE_SHIFT) & (TLB_SETS - 1)) as usize
    }

    /// Translates `vaddr`; `supervisor` is SR[SM].
    #[inline]
    pub fn translate(&self, vaddr: u32, access: Access, supervisor: bool) -> Result<u32, MmuFault> {
        let set = Self::set_of(vaddr);
        let (mr, tr) = (self.mr[set], self.tr[set]);
        if mr & TLB_MR_V == 0 || (mr & TLB_MR_VPN_MASK) != (vaddr & TLB_MR_VPN_MASK) {
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

    /// l.mtspr of a match register.
    pub fn write_mr(&mut self, set: usize, v: u32) {
        self.mr[set] = if self.tr_stale >> set & 1 != 0 { v & !TLB_MR_V } else { v };
    }

    /// l.mtspr of a translate register.
    pub fn write_tr(&mut self, set: usize, v: u32) {
        self.tr[set] = v;
        self.tr_stale &= !(1 << set);
    }

    /// Empties every entry (VM entry and exit): registers zero, and each
    /// translate register stale until written.
    pub fn flush(&mut self) {
        self.mr.fill(0);
        self.tr.fill(0);
        self.tr_stale = !0;
    }

    /// xTLBEIR write: invalidates the entry of the set `vaddr` maps to.
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
        assert_eq!(t.translate(va, Access::Read, true), Err(MmuFault::Miss));
        t.mr[set] = (va & TLB_MR_VPN_MASK) | TLB_MR_V;
        t.tr[set] = 0x0012_2000 | DTLB_TR_SRE;
        assert_eq!(t.translate(va, Access::Read, true), Ok(0x0012_2123));
        assert_eq!(t.translate(va, Access::Write, true), Err(MmuFault::PageFault));
        assert_eq!(t.translate(va, Access::Read, false), Err(MmuFault::PageFault));
        // same set, different VPN: miss
        assert_eq!(t.translate(va ^ 0x0100_0000, Access::Read, true), Err(MmuFault::Miss));
        t.invalidate(va + 0x10);
        assert_eq!(t.translate(va, Access::Read, true), Err(MmuFault::Miss));
    }
}
