//! Special-purpose registers: l.mfspr / l.mtspr dispatch.
//!
//! Unknown SPRs read 0 and ignore writes, as OR1200 does. The cache block
//! registers DCBFR/DCBIR/DCBWR/ICBIR act on the configured caches (see
//! `cache.rs`); DCBPR, DCBLR, ICBPR, ICBLR, DCCR and ICCR are accepted
//! without effect, as the VMSP spec says.

use crate::machine::Machine;
use or1k_arch::*;

#[inline]
fn in_range(addr: u32, base: u32, n: u32) -> Option<usize> {
    addr.checked_sub(base).filter(|&i| i < n).map(|i| i as usize)
}

impl Machine {
    /// Reads an SPR (no side effects). PICSR shows the live line levels.
    pub fn spr(&self, addr: u32) -> u32 {
        if let Some(v) = self.virt_spr(addr) {
            return v;
        }
        let cpu = &self.cpu;
        match addr {
            SPR_VR => VR_VALUE,
            SPR_UPR => self.upr(),
            SPR_CPUCFGR => CPUCFGR_VALUE,
            SPR_DMMUCFGR | SPR_IMMUCFGR if self.config.mmu => MMUCFGR_VALUE,
            SPR_DMMUCFGR | SPR_IMMUCFGR => 0,
            SPR_DCCFGR => self.config.dcache.map_or(0, |g| g.ccfgr(true)),
            SPR_ICCFGR => self.config.icache.map_or(0, |g| g.ccfgr(false)),
            SPR_NPC => cpu.npc,
            SPR_SR => cpu.sr,
            SPR_PPC => cpu.pc,
            SPR_EPCR0 => cpu.epcr,
            SPR_EEAR0 => cpu.eear,
            SPR_ESR0 => cpu.esr,
            SPR_MACLO => cpu.mac as u32,
            SPR_MACHI => (cpu.mac >> 32) as u32,
            SPR_PICMR => self.pic.picmr,
            SPR_PICSR => self.picsr_live(),
            SPR_TTMR => self.timer.ttmr,
            SPR_TTCR => self.timer.ttcr,
            _ => {
                if let Some(i) = in_range(addr, SPR_GPR0, 32) {
                    cpu.gpr[i]
                } else if !self.config.mmu {
                    0 // no TLBs
                } else if let Some(i) = in_range(addr, SPR_DTLBW0MR0, TLB_SETS) {
                    self.dtlb.read_mr(i, self.owner)
                } else if let Some(i) = in_range(addr, SPR_DTLBW0TR0, TLB_SETS) {
                    self.dtlb.read_tr(i, self.owner)
                } else if let Some(i) = in_range(addr, SPR_ITLBW0MR0, TLB_SETS) {
                    self.itlb.read_mr(i, self.owner)
                } else if let Some(i) = in_range(addr, SPR_ITLBW0TR0, TLB_SETS) {
                    self.itlb.read_tr(i, self.owner)
                } else {
                    0
                }
            }
        }
    }

    /// UPR: UPR_VALUE without the MMUs and caches the configuration lacks.
    fn upr(&self) -> u32 {
        let mut upr = UPR_VALUE & !(UPR_DMP | UPR_IMP | UPR_DCP | UPR_ICP);
        if self.config.mmu {
            upr |= UPR_DMP | UPR_IMP;
        }
        if self.config.dcache.is_some() {
            upr |= UPR_DCP;
        }
        if self.config.icache.is_some() {
            upr |= UPR_ICP;
        }
        upr
    }

    /// PICSR with the UART line at its current level.
    pub(crate) fn picsr_live(&self) -> u32 {
        let bit = 1 << UART_IRQ;
        (self.pic.picsr & !bit) | if self.bus.uart.irq() { bit } else { 0 }
    }

    /// Writes an SPR as l.mtspr does.
    pub fn write_spr(&mut self, addr: u32, v: u32) {
        if self.write_virt_spr(addr, v) {
            return;
        }
        let cpu = &mut self.cpu;
        match addr {
            // FO stays 1 and DSX is hardware's (or1k-arch SR_WRITABLE)
            SPR_SR => cpu.sr = (v & SR_WRITABLE) | (cpu.sr & SR_DSX) | SR_FO,
            SPR_EPCR0 => cpu.epcr = v,
            SPR_EEAR0 => cpu.eear = v,
            SPR_ESR0 => cpu.esr = v,
            SPR_MACLO => cpu.mac = (cpu.mac & !0xffff_ffff) | v as u64,
            SPR_MACHI => cpu.mac = (cpu.mac & 0xffff_ffff) | ((v as u64) << 32),
            SPR_PICMR => self.pic.picmr = v,
            SPR_TTMR => {
                self.timer.ttmr = v;
                self.timer_written = true;
            }
            SPR_TTCR => {
                self.timer.ttcr = v;
                self.timer_written = true;
            }
            SPR_DTLBEIR if self.config.mmu => self.dtlb.invalidate(v),
            SPR_ITLBEIR if self.config.mmu => self.itlb.invalidate(v),
            // with virtualization, the address is checked like an access
            // (docs/VIRT.md) and a guest's DCBIR writes back first
            SPR_DCBFR | SPR_DCBIR | SPR_DCBWR => {
                if let Some(pa) = self.block_op_pa(v) {
                    let guest = self.virt.as_deref().is_some_and(|v| v.guest());
                    self.dcache_block_op(if guest && addr == SPR_DCBIR { SPR_DCBFR } else { addr }, pa);
                }
            }
            SPR_ICBIR => {
                if let Some(pa) = self.block_op_pa(v) {
                    self.icache_invalidate(pa);
                }
            }
            _ => {
                if let Some(i) = in_range(addr, SPR_GPR0, 32) {
                    if i != 0 {
                        cpu.gpr[i] = v;
                    }
                } else if !self.config.mmu {
                    // no TLBs: writes are ignored
                } else if let Some(i) = in_range(addr, SPR_DTLBW0MR0, TLB_SETS) {
                    self.dtlb.write_mr(i, v, self.owner);
                } else if let Some(i) = in_range(addr, SPR_DTLBW0TR0, TLB_SETS) {
                    self.dtlb.write_tr(i, v, self.owner);
                } else if let Some(i) = in_range(addr, SPR_ITLBW0MR0, TLB_SETS) {
                    self.itlb.write_mr(i, v, self.owner);
                } else if let Some(i) = in_range(addr, SPR_ITLBW0TR0, TLB_SETS) {
                    self.itlb.write_tr(i, v, self.owner);
                }
                // anything else (read-only, cache control, unknown): ignored
            }
        }
    }
}
