//! The cache models against the VMSP cache spec (docs/ISS.md, "Caches"):
//! what software can observe through the uncached alias, the block-control
//! SPRs, write-back on eviction, stale I-cache lines, the CI bit, the
//! configuration registers; plus a random-program comparison with a
//! reference model of a write-back cache written here from the spec.

mod common;
use common::*;
use or1k_arch::*;
use vmsp_iss::{CacheGeometry, Config, Machine, Outcome};

fn cached() -> Config {
    Config { icache: Some(CacheGeometry::VMSP_ICACHE), dcache: Some(CacheGeometry::VMSP_DCACHE), ..Config::default() }
}

/// Sets SR bits `bits` (supervisor code).
fn sr_set(bits: u32) -> String {
    format!("    l.mfspr r31, r0, 0x{SPR_SR:x}\n    l.ori r31, r31, 0x{bits:x}\n    l.mtspr r0, r31, 0x{SPR_SR:x}\n")
}

/// Clears SR bits `bits`.
fn sr_clear(bits: u32) -> String {
    format!("{}    l.mfspr r31, r0, 0x{SPR_SR:x}\n    l.and r31, r31, r30\n    l.mtspr r0, r31, 0x{SPR_SR:x}\n", li(30, !bits))
}

fn run_cached(body: &str, handlers: &[(u32, &str)]) -> Machine {
    let (m, outcome) = run_config(body, handlers, cached(), 1_000_000);
    assert_eq!(outcome, Outcome::Exit(0), "r30 = {:#x}", m.cpu.gpr[30]);
    m
}

const A: u32 = 0x4000;
/// Same D-cache set as `A` (512 sets of 16 bytes: 8 KiB apart).
const B: u32 = A + (CACHE_LINE_BYTES << DCACHE_SETS_LOG2);

#[test]
fn store_is_invisible_through_the_alias_until_dcbwr_or_dcbfr() {
    let body = format!(
        "{}{}{}{}\
         l.sw 0(r4), r6\n    l.lwz r10, 0(r5)\n    l.lwz r11, 0(r4)\n\
         l.mtspr r0, r4, 0x{SPR_DCBWR:x}\n    l.lwz r12, 0(r5)\n\
         l.sw 4(r4), r7\n    l.lwz r13, 4(r5)\n    l.mtspr r0, r4, 0x{SPR_DCBFR:x}\n    l.lwz r14, 4(r5)\n\
         l.ori r3, r0, 0\n",
        sr_set(SR_DCE),
        li(4, A),
        li(5, RAM_UNCACHED_ALIAS + A),
        li(6, 0x1122_3344) + &li(7, 0x5566_7788),
    );
    let m = run_cached(&body, &[]);
    let g = &m.cpu.gpr;
    assert_eq!(g[10], 0, "the alias shows memory before the write-back");
    assert_eq!(g[11], 0x1122_3344, "the cached address hits the dirty line");
    assert_eq!(g[12], 0x1122_3344, "DCBWR wrote the line back");
    assert_eq!(g[13], 0, "second store is in the cache only");
    assert_eq!(g[14], 0x5566_7788, "DCBFR wrote the line back");
    assert_eq!(m.dcache().unwrap().probe(A), None, "DCBFR invalidated the line");
    assert_eq!(m.bus.ram[A as usize..A as usize + 8], [0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88]);
}

#[test]
fn dcbwr_keeps_the_line_clean_and_present() {
    let body = format!(
        "{}{}{}    l.sw 0(r4), r6\n    l.mtspr r0, r4, 0x{SPR_DCBWR:x}\n    l.ori r3, r0, 0\n",
        sr_set(SR_DCE),
        li(4, A),
        li(6, 0xcafe)
    );
    let m = run_cached(&body, &[]);
    assert_eq!(m.dcache().unwrap().probe(A), Some((OWNER_HOST, false)), "present and clean");
}

#[test]
fn dcbir_discards_dirty_data() {
    let body = format!(
        "{}{}{}{}\
         l.sw 0(r5), r6\n    l.sw 0(r4), r7\n    l.lwz r10, 0(r4)\n\
         l.mtspr r0, r4, 0x{SPR_DCBIR:x}\n    l.lwz r11, 0(r4)\n    l.lwz r12, 0(r5)\n    l.ori r3, r0, 0\n",
        sr_set(SR_DCE),
        li(4, A),
        li(5, RAM_UNCACHED_ALIAS + A),
        li(6, 0xaaaa) + &li(7, 0xbbbb),
    );
    let m = run_cached(&body, &[]);
    let g = &m.cpu.gpr;
    assert_eq!(g[10], 0xbbbb);
    assert_eq!(g[11], 0xaaaa, "after DCBIR the line is refilled from memory");
    assert_eq!(g[12], 0xaaaa, "the dirty data never reached memory");
}

#[test]
fn eviction_writes_a_dirty_line_back_and_clean_lines_are_not_written() {
    // A dirty; load B (same set) evicts it. Then B is clean; memory under B
    // is changed through the alias; loading A evicts B without writing it.
    let body = format!(
        "{}{}{}{}{}\
         l.sw 0(r4), r6\n    l.lwz r10, 0(r5)\n    l.lwz r11, 0(r7)\n    l.lwz r12, 0(r5)\n\
         l.sw 0(r8), r9\n    l.lwz r13, 0(r4)\n    l.lwz r14, 0(r8)\n    l.ori r3, r0, 0\n",
        sr_set(SR_DCE),
        li(4, A),
        li(5, RAM_UNCACHED_ALIAS + A),
        li(6, 0x600d_f00d) + &li(7, B),
        li(8, RAM_UNCACHED_ALIAS + B) + &li(9, 0x1234),
    );
    let m = run_cached(&body, &[]);
    let g = &m.cpu.gpr;
    assert_eq!(g[10], 0, "not yet written back");
    assert_eq!(g[11], 0, "B filled from memory");
    assert_eq!(g[12], 0x600d_f00d, "evicting A wrote it back");
    assert_eq!(g[13], 0x600d_f00d, "A refilled");
    assert_eq!(g[14], 0x1234, "evicting clean B did not overwrite memory");
    assert_eq!(m.dcache().unwrap().probe(B), None);
    assert_eq!(m.dcache().unwrap().probe(A), Some((OWNER_HOST, false)));
}

#[test]
fn failed_fill_writes_the_victim_back_and_leaves_the_set_invalid() {
    // 0x0200_4000 is past the 16 MiB of RAM, cacheable (bit 31 = 0), same set as A.
    let outside = 0x0200_0000 + A;
    let h = format!(
        "    l.mfspr r20, r0, 0x{SPR_EEAR0:x}\n    l.mfspr r21, r0, 0x{SPR_EPCR0:x}\n    l.addi r21, r21, 4\n\
         l.mtspr r0, r21, 0x{SPR_EPCR0:x}\n    l.rfe\n"
    );
    let body = format!(
        "{}{}{}{}{}\
         l.sw 0(r4), r6\n    l.lwz r10, 0(r7)\n    l.lwz r11, 0(r5)\n    l.ori r3, r0, 0\n",
        sr_set(SR_DCE),
        li(4, A),
        li(5, RAM_UNCACHED_ALIAS + A),
        li(6, 0x7777),
        li(7, outside) + "    l.ori r10, r0, 0x5a\n",
    );
    let m = run_cached(&body, &[(VEC_BUS_ERROR, &h)]);
    let g = &m.cpu.gpr;
    assert_eq!(g[20], outside, "EEAR = the address");
    assert_eq!(g[10], 0x5a, "the faulting load wrote nothing");
    assert_eq!(g[11], 0x7777, "the dirty victim was written back before the fill failed");
    let d = m.dcache().unwrap();
    assert_eq!((d.probe(A), d.probe(outside)), (None, None), "the set is invalid");
}

#[test]
fn disabled_dcache_keeps_its_contents() {
    let body = format!(
        "{}{}{}    l.sw 0(r4), r6\n{}    l.lwz r10, 0(r4)\n{}    l.lwz r11, 0(r4)\n    l.ori r3, r0, 0\n",
        sr_set(SR_DCE),
        li(4, A),
        li(6, 0x4242),
        sr_clear(SR_DCE),
        sr_set(SR_DCE),
    );
    let m = run_cached(&body, &[]);
    assert_eq!(m.cpu.gpr[10], 0, "DCE off: memory, not the dirty line");
    assert_eq!(m.cpu.gpr[11], 0x4242, "DCE on again: the line is still there");
}

#[test]
fn icache_line_is_stale_after_a_store_until_dcbfr_and_icbir() {
    // f returns 1 in r11; the store patches it to return 2.
    let body = format!(
        "{}{}{}    l.lwz r6, 0(r5)\n\
         l.jal f\n    l.nop\n    l.or r20, r11, r0\n\
         l.sw 4(r4), r6\n    l.jal f\n    l.nop\n    l.or r21, r11, r0\n\
         l.mtspr r0, r4, 0x{SPR_ICBIR:x}\n    l.jal f\n    l.nop\n    l.or r22, r11, r0\n\
         l.mtspr r0, r4, 0x{SPR_DCBFR:x}\n    l.jal f\n    l.nop\n    l.or r23, r11, r0\n\
         l.mtspr r0, r4, 0x{SPR_ICBIR:x}\n    l.jal f\n    l.nop\n    l.or r24, r11, r0\n\
         l.ori r3, r0, 0\n    l.nop 1\n\
         .balign 16\nf:  l.jr r9\n    l.ori r11, r0, 1\n\
         new: l.ori r11, r0, 2\n",
        sr_set(SR_ICE | SR_DCE),
        la(4, "f"),
        la(5, "new"),
    );
    let m = run_cached(&body, &[]);
    let g = &m.cpu.gpr;
    assert_eq!(g[20], 1);
    assert_eq!(g[21], 1, "the I-cache holds the old instruction");
    assert_eq!(g[22], 1, "ICBIR alone refills from memory, which the D-cache has not updated");
    assert_eq!(g[23], 1, "DCBFR alone leaves the refilled I-cache line");
    assert_eq!(g[24], 2, "DCBFR then ICBIR: the new instruction");
}

#[test]
fn without_icache_enable_a_store_is_seen_after_dcbfr() {
    let body = format!(
        "{}{}{}    l.lwz r6, 0(r5)\n    l.jal f\n    l.nop\n    l.or r20, r11, r0\n\
         l.sw 4(r4), r6\n    l.mtspr r0, r4, 0x{SPR_DCBFR:x}\n    l.jal f\n    l.nop\n    l.or r21, r11, r0\n\
         l.ori r3, r0, 0\n    l.nop 1\n\
         .balign 16\nf:  l.jr r9\n    l.ori r11, r0, 1\nnew: l.ori r11, r0, 2\n",
        sr_set(SR_DCE),
        la(4, "f"),
        la(5, "new"),
    );
    let m = run_cached(&body, &[]);
    assert_eq!((m.cpu.gpr[20], m.cpu.gpr[21]), (1, 2));
    assert!(m.icache().unwrap().probe(0x2000).is_none(), "ICE off: nothing filled");
}

#[test]
fn devices_are_uncached() {
    // UART scratch register and a finisher write with both caches on.
    let body = format!(
        "{}{}    l.ori r6, r0, 0xa5\n    l.sb {UART_SCR}(r4), r6\n    l.lbz r10, {UART_SCR}(r4)\n\
         l.ori r6, r0, 0x3c\n    l.sb {UART_SCR}(r4), r6\n    l.lbz r11, {UART_SCR}(r4)\n    l.ori r3, r0, 0\n",
        sr_set(SR_ICE | SR_DCE),
        li(4, UART_BASE),
    );
    let m = run_cached(&body, &[]);
    assert_eq!((m.cpu.gpr[10], m.cpu.gpr[11]), (0xa5, 0x3c));
    assert_eq!(m.dcache().unwrap().probe(UART_BASE), None);
}

#[test]
fn dtlb_ci_bit_selects_uncached_and_block_spr_addresses_are_physical() {
    // VA 0x0040_0000 -> PA A (CI = 0), VA 0x0040_2000 -> PA A (CI = 1).
    let (va_c, va_u) = (0x0040_0000u32, 0x0040_2000u32);
    let set = |va: u32| (va >> PAGE_SHIFT) & (TLB_SETS - 1);
    let tr = A | DTLB_TR_SRE | DTLB_TR_SWE;
    let body = format!(
        "{}    l.mtspr r0, r7, 0x{:x}\n{}    l.mtspr r0, r7, 0x{:x}\n\
         {}    l.mtspr r0, r7, 0x{:x}\n{}    l.mtspr r0, r7, 0x{:x}\n\
         {}{}{}{}\
         l.sw 0(r4), r6\n    l.lwz r10, 0(r5)\n    l.mtspr r0, r8, 0x{SPR_DCBFR:x}\n    l.lwz r11, 0(r5)\n\
         l.ori r9, r0, 0x99\n    l.sw 4(r5), r9\n    l.lwz r12, 4(r4)\n{}    l.ori r3, r0, 0\n",
        li(7, va_c | TLB_MR_V),
        SPR_DTLBW0MR0 + set(va_c),
        li(7, tr),
        SPR_DTLBW0TR0 + set(va_c),
        li(7, va_u | TLB_MR_V),
        SPR_DTLBW0MR0 + set(va_u),
        li(7, tr | TLB_TR_CI),
        SPR_DTLBW0TR0 + set(va_u),
        li(4, va_c) + &li(5, va_u),
        li(6, 0xabcd) + &li(8, A),
        sr_set(SR_DCE | SR_DME),
        "",
        sr_clear(SR_DME),
    );
    let m = run_cached(&body, &[]);
    let g = &m.cpu.gpr;
    assert_eq!(g[10], 0, "CI = 1: memory, the store sits in the cache");
    assert_eq!(g[11], 0xabcd, "DCBFR with the physical address wrote it back");
    assert_eq!(g[12], 0x99, "the uncached store went to memory; CI = 0 refilled the line");
}

#[test]
fn fetch_from_the_alias_and_bus_errors_above_it() {
    let h = format!("    l.mfspr r20, r0, 0x{SPR_EEAR0:x}\n    l.or r3, r0, r0\n    l.nop 1\n");
    let body = format!(
        "{}    l.jr r4\n    l.nop\n\
         .org 0x3000\nthere: l.ori r10, r0, 0x77\n{}    l.jr r4\n    l.nop\n",
        li(4, RAM_UNCACHED_ALIAS + 0x3000),
        li(4, 0xa000_0000),
    );
    for config in [Config::default(), cached()] {
        let (m, outcome) = run_config(&body, &[(VEC_BUS_ERROR, &h)], config, 10_000);
        assert_eq!(outcome, Outcome::Exit(0));
        assert_eq!(m.cpu.gpr[10], 0x77, "executed from the alias");
        assert_eq!(m.cpu.gpr[20], 0xa000_0000, "fetch bus error at 0xA000_0000");
    }
}

#[test]
fn configuration_registers_report_the_caches() {
    let body = format!(
        "    l.mfspr r10, r0, 0x{SPR_UPR:x}\n    l.mfspr r11, r0, 0x{SPR_ICCFGR:x}\n    l.mfspr r12, r0, 0x{SPR_DCCFGR:x}\n\
         l.mtspr r0, r0, 0x{SPR_ICCFGR:x}\n    l.mtspr r0, r0, 0x{SPR_DCCFGR:x}\n\
         l.mfspr r13, r0, 0x{SPR_ICCFGR:x}\n    l.mfspr r14, r0, 0x{SPR_DCCFGR:x}\n    l.ori r3, r0, 0\n"
    );
    let (m, _) = run_config(&body, &[], cached(), 1000);
    let g = &m.cpu.gpr;
    assert_eq!(g[10], UPR_VALUE | UPR_DCP | UPR_ICP);
    assert_eq!((g[11], g[12]), (ICCFGR_VALUE, DCCFGR_VALUE));
    assert_eq!((g[13], g[14]), (ICCFGR_VALUE, DCCFGR_VALUE), "read-only");
    // geometry fields: one way, 512 sets, 16-byte lines, write-back D-cache
    assert_eq!(1 << ((g[12] >> CCFGR_NCS_SHIFT) & 0xf), 512);
    assert_eq!(g[12] & 7, 0);
    assert_ne!(g[12] & CCFGR_CWS, 0);
    let (m, _) = run_config(&body, &[], Config::default(), 1000);
    let g = &m.cpu.gpr;
    assert_eq!(g[10] & (UPR_DCP | UPR_ICP), 0);
    assert_eq!((g[11], g[12]), (0, 0));
    let (m, _) = run_config(&body, &[], Config { icache: Some(CacheGeometry { sets_log2: 4 }), ..Config::default() }, 1000);
    assert_eq!(m.cpu.gpr[10] & (UPR_DCP | UPR_ICP), UPR_ICP);
    assert_eq!((m.cpu.gpr[11], m.cpu.gpr[12]), ((4 << CCFGR_NCS_SHIFT) | CCFGR_CBIRI, 0));
}

#[test]
fn without_caches_block_sprs_and_enables_change_nothing() {
    let body = format!(
        "{}{}{}    l.sw 0(r4), r6\n    l.mtspr r0, r4, 0x{SPR_DCBIR:x}\n    l.lwz r10, 0(r4)\n    l.lwz r11, 0(r5)\n    l.ori r3, r0, 0\n",
        sr_set(SR_DCE | SR_ICE),
        li(4, A) + &li(5, RAM_UNCACHED_ALIAS + A),
        li(6, 0x31),
    );
    let (m, outcome) = run_config(&body, &[], Config::default(), 1000);
    assert_eq!(outcome, Outcome::Exit(0));
    assert_eq!((m.cpu.gpr[10], m.cpu.gpr[11]), (0x31, 0x31));
}

/// A reference write-back cache written from the spec, independent of the
/// ISS's: a map from line address to (bytes, dirty) holding at most one
/// line per set.
struct RefCache {
    lines: std::collections::HashMap<u32, ([u8; 16], bool)>,
    mem: Vec<u8>,
}

impl RefCache {
    fn set(line: u32) -> u32 {
        (line >> 4) & ((1 << DCACHE_SETS_LOG2) - 1)
    }
    fn write_back(&mut self, line: u32) {
        if let Some((bytes, dirty)) = self.lines.get_mut(&line) {
            if *dirty {
                self.mem[line as usize..line as usize + 16].copy_from_slice(bytes);
                *dirty = false;
            }
        }
    }
    fn ensure(&mut self, pa: u32) -> u32 {
        let line = pa & !15;
        if !self.lines.contains_key(&line) {
            if let Some(&victim) = self.lines.keys().find(|&&l| Self::set(l) == Self::set(line)) {
                self.write_back(victim);
                self.lines.remove(&victim);
            }
            let mut b = [0; 16];
            b.copy_from_slice(&self.mem[line as usize..line as usize + 16]);
            self.lines.insert(line, (b, false));
        }
        line
    }
    fn load(&mut self, pa: u32, cached: bool) -> u32 {
        if !cached {
            return u32::from_be_bytes(self.mem[pa as usize..pa as usize + 4].try_into().unwrap());
        }
        let line = self.ensure(pa);
        let o = (pa - line) as usize;
        u32::from_be_bytes(self.lines[&line].0[o..o + 4].try_into().unwrap())
    }
    fn store(&mut self, pa: u32, v: u32, cached: bool) {
        if !cached {
            self.mem[pa as usize..pa as usize + 4].copy_from_slice(&v.to_be_bytes());
            return;
        }
        let line = self.ensure(pa);
        let o = (pa - line) as usize;
        let e = self.lines.get_mut(&line).unwrap();
        e.0[o..o + 4].copy_from_slice(&v.to_be_bytes());
        e.1 = true;
    }
    fn block(&mut self, spr: u32, pa: u32) {
        let line = pa & !15;
        if spr != SPR_DCBIR {
            self.write_back(line);
        }
        if spr != SPR_DCBWR {
            self.lines.remove(&line);
        }
    }
}

/// Random word loads/stores (cached or through the alias) and block
/// operations over a few conflicting lines; every load's value must match
/// the reference cache.
#[test]
fn random_accesses_match_a_reference_cache() {
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let mut rnd = |n: u32| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as u32
    };
    for _round in 0..4 {
        let mut reference = RefCache { lines: Default::default(), mem: vec![0; 0x20000] };
        let mut body = sr_set(SR_DCE);
        let mut expect = Vec::new(); // (register, value) per load, in order
        for i in 0..300 {
            // 4 words in each of 2 lines of 3 conflicting sets: A, A+16, B, B+16, A+16K, ...
            let pa = A + rnd(3) * 0x2000 + rnd(2) * 16 + rnd(4) * 4;
            let cached = rnd(3) != 0;
            let va = if cached { pa } else { RAM_UNCACHED_ALIAS + pa };
            body += &li(4, va);
            match rnd(5) {
                0 | 1 => {
                    let v = 0x1000_0000 + i;
                    body += &format!("{}    l.sw 0(r4), r6\n", li(6, v));
                    reference.store(pa, v, cached);
                }
                2 | 3 => {
                    let reg = 10 + (i % 16);
                    body += &format!("    l.lwz r{reg}, 0(r4)\n");
                    expect.push((reg, reference.load(pa, cached)));
                }
                _ => {
                    let spr = [SPR_DCBFR, SPR_DCBIR, SPR_DCBWR][rnd(3) as usize];
                    body += &format!("{}    l.mtspr r0, r4, 0x{spr:x}\n", li(4, pa));
                    reference.block(spr, pa);
                }
            }
        }
        body += "    l.ori r3, r0, 0\n";
        let elf = assemble(&program(&body, &[]));
        let mut m = Machine::new(cached());
        m.load_elf(&elf).unwrap();
        let mut got = Vec::new();
        let outcome = m.run_with(100_000, |r| {
            if r.insn >> INSN_OPCODE_SHIFT == OP_LWZ {
                got.push(r.rd.expect("l.lwz writes a register"));
            }
        });
        assert_eq!(outcome, Outcome::Exit(0));
        let got: Vec<(u32, u32)> = got.into_iter().map(|(r, v)| (r as u32, v)).collect();
        assert_eq!(got, expect);
        // memory (the alias view) agrees too
        assert_eq!(&m.bus.ram[A as usize..A as usize + 0x6000], &reference.mem[A as usize..A as usize + 0x6000]);
    }
}
