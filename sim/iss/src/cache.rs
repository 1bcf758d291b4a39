//! The VMSP core's caches as the architecture sees them (docs/ISS.md,
//! "Caches"): a direct-mapped I-cache and a direct-mapped write-back,
//! write-allocate D-cache with 16-byte lines.
//!
//! The model keeps a copy of every line's bytes, so everything software can
//! observe is exact: a store that sits in a dirty line is invisible through
//! the uncached alias until it is written back, an I-cache line keeps the
//! old instructions after a store until ICBIR, DCBIR drops dirty data.
//! Only lines that executed instructions and data accesses touch are
//! filled; the RTL may prefetch more, which is invisible unless code is
//! modified without invalidation.

use crate::cpu::Fault;
use crate::machine::Machine;
use crate::mmu::Tlb;
use or1k_arch::*;

/// Bytes per line (4 words), the only line size the ISS models (CCFGR[CBS] = 0).
pub const LINE: u32 = CACHE_LINE_BYTES;

/// Geometry of one cache: one way, 16-byte lines, `1 << sets_log2` sets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CacheGeometry {
    /// log2 of the number of sets (the NCS field of xCCFGR, 0..=15)
    pub sets_log2: u32,
}

impl CacheGeometry {
    /// The VMSP core's I-cache (ICACHE_SETS_LOG2 sets).
    pub const VMSP_ICACHE: CacheGeometry = CacheGeometry { sets_log2: ICACHE_SETS_LOG2 };
    /// The VMSP core's D-cache (DCACHE_SETS_LOG2 sets).
    pub const VMSP_DCACHE: CacheGeometry = CacheGeometry { sets_log2: DCACHE_SETS_LOG2 };

    /// Reads a geometry from an ICCFGR/DCCFGR value; refuses what the ISS
    /// cannot model (more than one way, 32-byte lines, a write-through
    /// D-cache) so a lock-step run never silently models another cache.
    pub fn from_ccfgr(ccfgr: u32, data: bool) -> Result<CacheGeometry, String> {
        let name = if data { "DCCFGR" } else { "ICCFGR" };
        let ways_log2 = (ccfgr >> CCFGR_NCW_SHIFT) & 7;
        if ways_log2 != 0 {
            return Err(format!("{name} 0x{ccfgr:08x}: {} ways; the ISS models direct-mapped caches only", 1 << ways_log2));
        }
        if ccfgr & CCFGR_CBS != 0 {
            return Err(format!("{name} 0x{ccfgr:08x}: 32-byte lines; the ISS models 16-byte lines only"));
        }
        if data && ccfgr & CCFGR_CWS == 0 {
            return Err(format!("{name} 0x{ccfgr:08x}: write-through; the ISS models a write-back D-cache only"));
        }
        Ok(CacheGeometry { sets_log2: (ccfgr >> CCFGR_NCS_SHIFT) & 0xf })
    }

    /// The ICCFGR (`data` false) or DCCFGR value describing this cache.
    pub fn ccfgr(self, data: bool) -> u32 {
        let common = (0 << CCFGR_NCW_SHIFT) | (self.sets_log2 << CCFGR_NCS_SHIFT) | CCFGR_CBIRI;
        if data {
            common | CCFGR_CWS | CCFGR_CBFRI | CCFGR_CBWBRI
        } else {
            common
        }
    }

    /// Checks the field range (NCS is 4 bits).
    pub fn validate(self) -> Result<(), String> {
        if self.sets_log2 > 15 {
            return Err(format!("cache sets_log2 {} does not fit xCCFGR[NCS] (0..=15)", self.sets_log2));
        }
        Ok(())
    }
}

/// One direct-mapped cache: per set a valid bit, a dirty bit (D-cache),
/// the line's physical address as the tag, the owner tag of the world that
/// filled it (OWNER_*), and the line's bytes. A lookup hits only a line of
/// the access's own world; a line of another world at the same address is
/// in the same set, so the miss evicts it (writing it back if dirty) and at
/// most one copy of a physical line is in the cache.
#[derive(Clone, Debug)]
pub struct Cache {
    geometry: CacheGeometry,
    /// physical address of each set's line (`pa & !15`); meaningful when valid
    tag: Vec<u32>,
    owner: Vec<u8>,
    valid: Vec<bool>,
    dirty: Vec<bool>,
    /// line bytes, set after set, big-endian like memory
    data: Vec<u8>,
    /// Statistics: cacheable accesses, misses (line fills), and dirty lines
    /// written back on a miss (`vmsp-iss --stats`, docs/PERFORMANCE.md).
    pub accesses: u64,
    pub misses: u64,
    pub write_backs: u64,
}

impl Cache {
    /// A cache with every line invalid (power-up).
    pub fn new(geometry: CacheGeometry) -> Cache {
        let sets = 1usize << geometry.sets_log2;
        Cache {
            geometry,
            tag: vec![0; sets],
            owner: vec![0; sets],
            valid: vec![false; sets],
            dirty: vec![false; sets],
            data: vec![0; sets * LINE as usize],
            accesses: 0,
            misses: 0,
            write_backs: 0,
        }
    }

    pub fn geometry(&self) -> CacheGeometry {
        self.geometry
    }

    /// The set physical address `pa` maps to.
    #[inline]
    pub fn set_of(&self, pa: u32) -> usize {
        ((pa / LINE) & ((1 << self.geometry.sets_log2) - 1)) as usize
    }

    /// The set holding the line of `pa` (valid and tag matches), whoever
    /// filled it, if any.
    #[inline]
    fn lookup_any(&self, pa: u32) -> Option<usize> {
        let set = self.set_of(pa);
        (self.valid[set] && self.tag[set] == pa & !(LINE - 1)).then_some(set)
    }

    /// The set holding world `owner`'s line of `pa`, if any.
    #[inline]
    pub fn lookup(&self, pa: u32, owner: u32) -> Option<usize> {
        self.lookup_any(pa).filter(|&set| self.owner[set] as u32 == owner)
    }

    /// Is the line of `pa` present: its owner tag and whether it is dirty
    /// (tests, debugging)?
    pub fn probe(&self, pa: u32) -> Option<(u32, bool)> {
        self.lookup_any(pa).map(|set| (self.owner[set] as u32, self.dirty[set]))
    }

    /// Reads `size` bytes at `pa` from present line `set`, zero-extended.
    #[inline]
    fn read(&self, set: usize, pa: u32, size: u32) -> u32 {
        let off = set * LINE as usize + (pa & (LINE - 1)) as usize;
        let d = &self.data;
        match size {
            4 => u32::from_be_bytes([d[off], d[off + 1], d[off + 2], d[off + 3]]),
            2 => u16::from_be_bytes([d[off], d[off + 1]]) as u32,
            _ => d[off] as u32,
        }
    }

    /// Writes the low `size` bytes of `value` at `pa` into present line
    /// `set` and marks it dirty.
    #[inline]
    fn write(&mut self, set: usize, pa: u32, size: u32, value: u32) {
        let off = set * LINE as usize + (pa & (LINE - 1)) as usize;
        let bytes = value.to_be_bytes();
        self.data[off..off + size as usize].copy_from_slice(&bytes[4 - size as usize..]);
        self.dirty[set] = true;
    }

    /// A copy of line `set`'s bytes.
    fn line(&self, set: usize) -> [u8; LINE as usize] {
        self.data[set * LINE as usize..(set + 1) * LINE as usize].try_into().unwrap()
    }

    /// Fills set `set` with the line of `line` (its bytes `bytes`) for world `owner`.
    fn fill(&mut self, set: usize, line: u32, owner: u32, bytes: &[u8; LINE as usize]) {
        let base = set * LINE as usize;
        self.data[base..base + LINE as usize].copy_from_slice(bytes);
        self.tag[set] = line;
        self.owner[set] = owner as u8;
        self.valid[set] = true;
    }
}

/// Is a data (`data`) or instruction access to virtual `va`, physical `pa`
/// cacheable? Translation off: iff `pa` has no UNCACHED_ADDR_MASK bit; on: iff the TLB
/// entry that translated it has CI = 0 (the entry of `va`'s set, which the
/// translation just hit).
#[inline]
fn cacheable(translated: bool, tlb: &Tlb, va: u32, pa: u32) -> bool {
    if translated {
        tlb.tr[Tlb::set_of(va)] & TLB_TR_CI == 0
    } else {
        pa & UNCACHED_ADDR_MASK == 0
    }
}

impl Machine {
    /// A data access with SR[DCE] and a D-cache: `Some(value)` for a
    /// cacheable load (`store` = None) or store; `None` when the access is
    /// uncached and goes to the bus as without a cache.
    #[cold]
    pub(crate) fn dcache_access(&mut self, va: u32, pa: u32, size: u32, store: Option<u32>) -> Result<Option<u32>, Fault> {
        let translated = self.cpu.sr & SR_DME != 0 && self.config.mmu;
        if !cacheable(translated, &self.dtlb, va, pa) {
            return Ok(None);
        }
        let owner = self.owner;
        let set = match self.dcache.as_ref().and_then(|c| c.lookup(pa, owner)) {
            Some(set) => set,
            None => self.dcache_fill(pa, owner).ok_or(Fault::at(VEC_BUS_ERROR, va))?,
        };
        let cache = self.dcache.as_mut().expect("dcache_access needs a D-cache");
        cache.accesses += 1;
        Ok(Some(match store {
            Some(v) => {
                cache.write(set, pa, size, v);
                v
            }
            None => cache.read(set, pa, size),
        }))
    }

    /// D-cache miss on `pa` by world `owner`: writes the set's line back if
    /// valid and dirty (whoever owns it: also the same address's line of
    /// another world), invalidates it, then fills the line of `pa` from RAM
    /// for `owner`. `None` (the set stays invalid) when that line is not
    /// RAM: a bus error.
    fn dcache_fill(&mut self, pa: u32, owner: u32) -> Option<usize> {
        let cache = self.dcache.as_mut().expect("dcache_fill needs a D-cache");
        let set = cache.set_of(pa);
        cache.misses += 1;
        let victim = (cache.valid[set] && cache.dirty[set]).then(|| {
            cache.write_backs += 1;
            (cache.tag[set], cache.owner[set] as u32, cache.line(set))
        });
        cache.valid[set] = false;
        cache.dirty[set] = false;
        if let Some((tag, victim_owner, bytes)) = victim {
            // with its own owner's origin: the MEE encrypts a guest's line
            self.ram_write_block(tag, victim_owner, &bytes).expect("a cached line was filled from RAM");
        }
        let line = pa & !(LINE - 1);
        let mut bytes = [0u8; LINE as usize];
        self.ram_read_block(line, owner, &mut bytes)?;
        self.dcache.as_mut().expect("dcache_fill needs a D-cache").fill(set, line, owner, &bytes);
        Some(set)
    }

    /// An instruction fetch with SR[ICE] and an I-cache: `Some(word)` for a
    /// cacheable fetch (filling the line on a miss), `None` when uncached.
    /// Kept out of line (cold) so the cache-off fast path stays small.
    #[cold]
    pub(crate) fn icache_fetch(&mut self, pc: u32, pa: u32) -> Result<Option<u32>, Fault> {
        let translated = self.cpu.sr & SR_IME != 0 && self.config.mmu;
        if !cacheable(translated, &self.itlb, pc, pa) {
            return Ok(None);
        }
        let owner = self.owner;
        let cache = self.icache.as_mut().expect("icache_fetch needs an I-cache");
        cache.accesses += 1;
        let set = match cache.lookup(pa, owner) {
            Some(set) => set,
            None => {
                cache.misses += 1;
                let set = cache.set_of(pa);
                cache.valid[set] = false;
                let line = pa & !(LINE - 1);
                let mut bytes = [0u8; LINE as usize];
                self.ram_read_block(line, owner, &mut bytes).ok_or(Fault::at(VEC_BUS_ERROR, pc))?;
                let cache = self.icache.as_mut().expect("icache_fetch needs an I-cache");
                cache.fill(set, line, owner, &bytes);
                set
            }
        };
        let cache = self.icache.as_ref().expect("icache_fetch needs an I-cache");
        Ok(Some(cache.read(set, pa, 4)))
    }

    /// The set of the line of `pa` a block operation by the running world
    /// acts on: its own line; the monitor's, whoever owns it (it scrubs a
    /// destroyed VM's memory).
    fn block_op_set(cache: &Cache, pa: u32, owner: u32) -> Option<usize> {
        if owner == OWNER_MONITOR {
            cache.lookup_any(pa)
        } else {
            cache.lookup(pa, owner)
        }
    }

    /// l.mtspr to a block-control register of the D-cache (DCBFR, DCBIR,
    /// DCBWR): `pa` is physical, never translated; acts whether or not
    /// SR[DCE] is set, on the running world's line only (the monitor's: on
    /// any). Without a D-cache: nothing.
    pub(crate) fn dcache_block_op(&mut self, spr: u32, pa: u32) {
        let owner = self.owner;
        let Some(cache) = self.dcache.as_mut() else { return };
        let Some(set) = Self::block_op_set(cache, pa, owner) else { return };
        let write_back = (spr != SPR_DCBIR && cache.dirty[set]).then(|| (cache.tag[set], cache.owner[set] as u32, cache.line(set)));
        if write_back.is_some() {
            cache.dirty[set] = false;
        }
        if spr != SPR_DCBWR {
            cache.valid[set] = false;
            cache.dirty[set] = false;
        }
        if let Some((tag, line_owner, bytes)) = write_back {
            // with the line's owner's origin (the monitor's flush of a
            // guest's line is encrypted under the guest's page's key)
            self.ram_write_block(tag, line_owner, &bytes).expect("a cached line was filled from RAM");
        }
    }

    /// ICBIR: invalidates the I-cache line of physical `pa` if present and
    /// the running world's (the monitor's: any).
    pub(crate) fn icache_invalidate(&mut self, pa: u32) {
        let owner = self.owner;
        if let Some(cache) = self.icache.as_mut() {
            if let Some(set) = Self::block_op_set(cache, pa, owner) {
                cache.valid[set] = false;
            }
        }
    }

    /// The D-cache, when configured (tests, debugging).
    pub fn dcache(&self) -> Option<&Cache> {
        self.dcache.as_ref()
    }

    /// The I-cache, when configured (tests, debugging).
    pub fn icache(&self) -> Option<&Cache> {
        self.icache.as_ref()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vmsp_geometry_matches_the_configuration_registers() {
        assert_eq!(CacheGeometry::VMSP_ICACHE.ccfgr(false), ICCFGR_VALUE);
        assert_eq!(CacheGeometry::VMSP_DCACHE.ccfgr(true), DCCFGR_VALUE);
        assert_eq!(CacheGeometry::from_ccfgr(ICCFGR_VALUE, false), Ok(CacheGeometry::VMSP_ICACHE));
        assert_eq!(CacheGeometry::from_ccfgr(DCCFGR_VALUE, true), Ok(CacheGeometry::VMSP_DCACHE));
        assert!(CacheGeometry::from_ccfgr(DCCFGR_VALUE | 1, true).unwrap_err().contains("2 ways"));
        assert!(CacheGeometry::from_ccfgr(ICCFGR_VALUE | CCFGR_CBS, false).unwrap_err().contains("32-byte"));
        assert!(CacheGeometry::from_ccfgr(DCCFGR_VALUE & !CCFGR_CWS, true).unwrap_err().contains("write-through"));
        assert!(CacheGeometry { sets_log2: 16 }.validate().is_err());
    }

    #[test]
    fn lookup_read_write() {
        let mut c = Cache::new(CacheGeometry { sets_log2: 2 });
        assert_eq!(c.set_of(0x1234), (0x1234 / 16) & 3);
        assert_eq!(c.lookup(0x1230, OWNER_HOST), None);
        let set = c.set_of(0x1230);
        c.tag[set] = 0x1230;
        c.owner[set] = 3;
        c.valid[set] = true;
        assert_eq!(c.lookup(0x123c, 3), Some(set));
        assert_eq!(c.lookup(0x1230 + 64, 3), None, "same set, other tag");
        for other in [OWNER_HOST, 1, OWNER_MONITOR] {
            assert_eq!(c.lookup(0x123c, other), None, "another world's line");
        }
        assert_eq!(c.probe(0x1230), Some((3, false)));
        c.write(set, 0x1234, 4, 0x1122_3344);
        c.write(set, 0x1239, 1, 0xab);
        c.write(set, 0x123e, 2, 0xcdef);
        assert_eq!(c.probe(0x1230), Some((3, true)));
        assert_eq!(c.read(set, 0x1234, 4), 0x1122_3344);
        assert_eq!(c.read(set, 0x1235, 1), 0x22);
        assert_eq!(c.read(set, 0x1238, 4), 0x00ab_0000);
        assert_eq!(c.read(set, 0x123c, 4), 0x0000_cdef);
    }
}
