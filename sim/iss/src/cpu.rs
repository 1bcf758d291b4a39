//! The CPU: architectural state, fetch, execute and exception entry.

use crate::decode::{decode, AluOp, Insn, LoadKind};
use crate::machine::Machine;
use crate::mmu::{Access, MmuFault};
use crate::trace::Retired;
use or1k_arch::*;

/// Entries of the decode cache (a power of two).
pub const DECODE_CACHE_SIZE: usize = 8192;

/// Architectural state of the core.
#[derive(Clone, Debug)]
pub struct Cpu {
    /// General-purpose registers; r0 is kept at 0.
    pub gpr: [u32; 32],
    /// Address of the next instruction to execute.
    pub pc: u32,
    /// Address of the instruction after `pc` (the branch target when `pc`
    /// is a delay slot).
    pub npc: u32,
    /// The instruction at `pc` is in a branch delay slot.
    pub delay_slot: bool,
    pub sr: u32,
    pub epcr: u32,
    pub eear: u32,
    pub esr: u32,
    /// MACHI:MACLO
    pub mac: u64,
    /// l.lwa reservation: (effective address, value loaded)
    pub reservation: Option<(u32, u32)>,
}

impl Cpu {
    /// State after reset: supervisor mode, executing at the reset vector.
    pub fn reset() -> Cpu {
        Cpu {
            gpr: [0; 32],
            pc: VEC_RESET,
            npc: VEC_RESET + 4,
            delay_slot: false,
            sr: SR_RESET,
            epcr: 0,
            eear: 0,
            esr: 0,
            mac: 0,
            reservation: None,
        }
    }

    #[inline]
    pub fn flag(&self) -> bool {
        self.sr & SR_F != 0
    }

    #[inline]
    fn supervisor(&self) -> bool {
        self.sr & SR_SM != 0
    }

    #[inline]
    fn set_sr_bit(&mut self, bit: u32, on: bool) {
        if on {
            self.sr |= bit;
        } else {
            self.sr &= !bit;
        }
    }
}

/// A synchronous exception raised while executing an instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fault {
    pub vector: u32,
    /// the value EEAR gets; `None` leaves EEAR unchanged (syscall, trap, range)
    pub eear: Option<u32>,
}

impl Fault {
    pub(crate) fn at(vector: u32, addr: u32) -> Fault {
        Fault { vector, eear: Some(addr) }
    }
    fn plain(vector: u32) -> Fault {
        Fault { vector, eear: None }
    }
}

/// How control flow continues after an instruction.
pub(crate) enum Flow {
    /// sequential
    Next,
    /// a jump or branch: its delay slot runs next, then `target`
    Branch(u32),
    /// l.rfe: straight to the target, no delay slot
    Jump(u32),
    /// l.vmenter: pc, npc and the delay-slot state are set already
    Resume,
}

impl Machine {
    /// Enters the exception `vector` for the instruction at `cpu.pc`
    /// (or, for an interrupt, before it). EPCR gets the faulting
    /// instruction, the next one for l.sys, or the branch when the
    /// instruction is in a delay slot (then SR[DSX] is set).
    pub(crate) fn enter_exception(&mut self, fault: Fault) {
        let cpu = &mut self.cpu;
        if let Some(a) = fault.eear {
            cpu.eear = a;
        }
        cpu.esr = cpu.sr;
        if cpu.delay_slot {
            cpu.epcr = cpu.pc.wrapping_sub(4);
            cpu.sr |= SR_DSX;
        } else {
            cpu.epcr = if fault.vector == VEC_SYSCALL { cpu.pc.wrapping_add(4) } else { cpu.pc };
            cpu.sr &= !SR_DSX;
        }
        // OR1200 (or1200_sprs.v) also clears OVE, so a range exception
        // cannot recur inside its own handler.
        cpu.sr = (cpu.sr | SR_SM) & !(SR_IEE | SR_TEE | SR_DME | SR_IME | SR_OVE);
        let base = if cpu.sr & SR_EPH != 0 { VEC_BASE_EPH } else { 0 };
        cpu.pc = base | fault.vector;
        cpu.npc = cpu.pc.wrapping_add(4);
        cpu.delay_slot = false;
        cpu.reservation = None;
    }

    /// Fetches the instruction at `pc`: alignment, IMMU, then the I-cache
    /// when SR[ICE] and the fetch is cacheable, else RAM or its alias only
    /// (executing from a device is a bus error).
    #[inline(always)]
    pub(crate) fn fetch(&mut self, pc: u32) -> Result<u32, Fault> {
        if pc & 3 != 0 {
            return Err(Fault::at(VEC_ALIGN, pc));
        }
        let pa = if self.cpu.sr & SR_IME != 0 && self.config.mmu {
            self.itlb.translate(pc, Access::Execute, self.cpu.supervisor(), self.owner).map_err(|f| match f {
                MmuFault::Miss => Fault::at(VEC_ITLB_MISS, pc),
                MmuFault::PageFault => Fault::at(VEC_IPAGE_FAULT, pc),
            })?
        } else {
            pc
        };
        let pa = if self.virt.is_some() { self.world_pa(pc, pa, Access::Execute)? } else { pa };
        if self.cpu.sr & SR_ICE != 0 && self.icache.is_some() {
            if let Some(w) = self.icache_fetch(pc, pa)? {
                return Ok(w);
            }
        }
        match self.bus.ram_offset(pa, 4) {
            Some(_) if self.mee.is_some() => self.mee_load(pa, 4).ok_or(Fault::at(VEC_BUS_ERROR, pc)),
            Some(off) => {
                let b = &self.bus.ram[off..off + 4];
                Ok(u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
            }
            None => self.bus.fetch_rom(pa).ok_or(Fault::at(VEC_BUS_ERROR, pc)),
        }
    }

    /// Checks alignment and translates a data address.
    /// Then, with virtualization, the world's check ([`Machine::world_pa`]).
    #[inline(always)]
    fn data_addr(&mut self, va: u32, size: u32, access: Access) -> Result<u32, Fault> {
        if va & (size - 1) != 0 {
            return Err(Fault::at(VEC_ALIGN, va));
        }
        let pa = if self.cpu.sr & SR_DME == 0 || !self.config.mmu {
            va
        } else {
            self.dtlb.translate(va, access, self.cpu.supervisor(), self.owner).map_err(|f| match f {
                MmuFault::Miss => Fault::at(VEC_DTLB_MISS, va),
                MmuFault::PageFault => Fault::at(VEC_DPAGE_FAULT, va),
            })?
        };
        if self.virt.is_some() {
            self.world_pa(va, pa, access)
        } else {
            Ok(pa)
        }
    }

    #[inline(always)]
    fn load(&mut self, va: u32, size: u32) -> Result<u32, Fault> {
        let pa = self.data_addr(va, size, Access::Read)?;
        self.read_data(va, pa, size)
    }

    /// Reads translated data: through the D-cache when SR[DCE] and the
    /// access is cacheable, else from the bus.
    #[inline(always)]
    fn read_data(&mut self, va: u32, pa: u32, size: u32) -> Result<u32, Fault> {
        if self.cpu.sr & SR_DCE != 0 && self.dcache.is_some() {
            if let Some(v) = self.dcache_access(va, pa, size, None)? {
                return Ok(v);
            }
        }
        if self.mee.is_some() {
            return self.mee_load(pa, size).ok_or(Fault::at(VEC_BUS_ERROR, va));
        }
        self.bus.read(pa, size).ok_or(Fault::at(VEC_BUS_ERROR, va))
    }

    #[inline(always)]
    fn store(&mut self, va: u32, size: u32, value: u32, r: &mut Retired) -> Result<(), Fault> {
        let pa = self.data_addr(va, size, Access::Write)?;
        let value = if size == 4 { value } else { value & ((1 << (8 * size)) - 1) };
        let cached = self.cpu.sr & SR_DCE != 0
            && self.dcache.is_some()
            && self.dcache_access(va, pa, size, Some(value))?.is_some();
        if !cached && !(if self.mee.is_some() { self.mee_store(pa, size, value) } else { self.bus.write(pa, size, value) }) {
            return Err(Fault::at(VEC_BUS_ERROR, va));
        }
        r.mem_write = Some((pa, size as u8, value));
        Ok(())
    }

    #[inline(always)]
    fn set_gpr(&mut self, r: &mut Retired, d: u8, v: u32) {
        if d != 0 {
            self.cpu.gpr[(d & 31) as usize] = v;
            r.rd = Some((d, v));
        }
    }

    /// Range exception check after an instruction that updates OV/CY.
    /// OV traps when SR[OVE]; CY traps too with `Config::range_on_carry`
    /// (QEMU 7.2's behaviour).
    #[inline(always)]
    fn range_check(&self, ov: bool, cy: bool) -> Result<(), Fault> {
        if self.cpu.sr & SR_OVE != 0 && (ov || (cy && self.config.range_on_carry)) {
            Err(Fault::plain(VEC_RANGE))
        } else {
            Ok(())
        }
    }

    /// a + b + cin with SR[CY] (unsigned carry) and SR[OV] (signed overflow).
    #[inline(always)]
    fn add_with_flags(&mut self, a: u32, b: u32, cin: u32) -> (u32, bool, bool) {
        let wide = a as u64 + b as u64 + cin as u64;
        let res = wide as u32;
        let cy = wide >> 32 != 0;
        let ov = ((a ^ res) & (b ^ res)) >> 31 != 0;
        self.cpu.set_sr_bit(SR_CY, cy);
        self.cpu.set_sr_bit(SR_OV, ov);
        (res, ov, cy)
    }

    /// Signed 32x32 multiply, SR[OV] on overflow of the 32-bit result.
    #[inline(always)]
    fn mul_signed(&mut self, a: u32, b: u32) -> (u32, bool) {
        let p = (a as i32 as i64) * (b as i32 as i64);
        let ov = p != (p as i32 as i64);
        self.cpu.set_sr_bit(SR_OV, ov);
        (p as u32, ov)
    }

    /// Decodes `w` (fetched from `pc`) through the decode cache: a
    /// direct-mapped table indexed by pc whose entries are validated by the
    /// instruction word itself, so self-modifying code needs no flush.
    #[inline(always)]
    pub(crate) fn decode_cached(&mut self, pc: u32, w: u32) -> Insn {
        let slot = &mut self.decode_cache[(pc >> 2) as usize & (DECODE_CACHE_SIZE - 1)];
        if slot.0 != w {
            *slot = (w, decode(w));
        }
        slot.1
    }

    /// Executes the instruction `insn` at `cpu.pc`, filling `r`.
    #[inline(always)]
    pub(crate) fn execute(&mut self, insn: Insn, r: &mut Retired) -> Result<Flow, Fault> {
        let pc = self.cpu.pc;
        macro_rules! g {
            ($reg:expr) => {
                self.cpu.gpr[($reg & 31) as usize]
            };
        }
        match insn {
            Insn::J { off } => return Ok(Flow::Branch(pc.wrapping_add(off as u32))),
            Insn::Jal { off } => {
                self.set_gpr(r, 9, pc.wrapping_add(8));
                return Ok(Flow::Branch(pc.wrapping_add(off as u32)));
            }
            Insn::Bf { off } => {
                let t = if self.cpu.flag() { pc.wrapping_add(off as u32) } else { pc.wrapping_add(8) };
                return Ok(Flow::Branch(t));
            }
            Insn::Bnf { off } => {
                let t = if !self.cpu.flag() { pc.wrapping_add(off as u32) } else { pc.wrapping_add(8) };
                return Ok(Flow::Branch(t));
            }
            // A misaligned register target traps at the jump, as or1ksim
            // does: EPCR = EEAR = the jump, no delay slot, l.jalr leaves r9.
            Insn::Jr { b } => {
                let t = g!(b);
                if t & 3 != 0 {
                    return Err(Fault::at(VEC_ALIGN, pc));
                }
                return Ok(Flow::Branch(t));
            }
            Insn::Jalr { b } => {
                let t = g!(b);
                if t & 3 != 0 {
                    return Err(Fault::at(VEC_ALIGN, pc));
                }
                self.set_gpr(r, 9, pc.wrapping_add(8));
                return Ok(Flow::Branch(t));
            }
            // a guest prints through hypercalls; its exit hook is the halt exit
            Insn::Nop { k: NOP_EXIT | NOP_REPORT | NOP_PUTC } if self.virt.is_some() && self.virt().guest() => {
                if let Insn::Nop { k: NOP_EXIT } = insn {
                    let mut info = [0; VMEXINFO_COUNT as usize];
                    info[0] = g!(3);
                    self.virt_mut().exit_after = Some((EXIT_HALT, info));
                }
            }
            Insn::Nop { k } => match k {
                NOP_EXIT => self.exit_requested = Some(g!(3)),
                NOP_REPORT => {
                    let s = format!("report(0x{:08x});\n", g!(3));
                    self.bus.console.put_str(&s);
                }
                NOP_PUTC => self.bus.console.put(g!(3) as u8),
                _ => {}
            },
            Insn::Movhi { d, k } => self.set_gpr(r, d, k << 16),
            Insn::Macrc { d } => {
                let v = self.cpu.mac as u32;
                self.cpu.mac = 0;
                self.set_gpr(r, d, v);
            }
            Insn::Sys => return Err(Fault::plain(VEC_SYSCALL)),
            Insn::Trap => return Err(Fault::plain(VEC_TRAP)),
            Insn::Sync => {}
            Insn::Rfe => {
                if !self.cpu.supervisor() {
                    return Err(Fault::at(VEC_ILLEGAL, pc));
                }
                if self.virt.as_deref().is_some_and(|v| v.monitor()) {
                    return Ok(self.monitor_return());
                }
                self.cpu.sr = self.cpu.esr | SR_FO;
                return Ok(Flow::Jump(self.cpu.epcr));
            }
            Insn::Maci { a, i } => self.mac_acc(g!(a), i as u32, false)?,
            Insn::Mac { a, b } => self.mac_acc(g!(a), g!(b), false)?,
            Insn::Msb { a, b } => self.mac_acc(g!(a), g!(b), true)?,
            Insn::Lwa { d, a, i } => {
                let ea = g!(a).wrapping_add(i as u32);
                let v = self.load(ea, 4)?;
                self.cpu.reservation = Some((ea, v));
                self.set_gpr(r, d, v);
            }
            Insn::Swa { a, b, i } => {
                let ea = g!(a).wrapping_add(i as u32);
                let ok = match self.cpu.reservation.take() {
                    // like QEMU: succeed when the word still holds the value
                    // l.lwa read (no memory access at all on an address mismatch)
                    Some((addr, val)) if addr == ea => {
                        let pa = self.data_addr(ea, 4, Access::Write)?;
                        let cur = self.read_data(ea, pa, 4)?;
                        if cur == val {
                            self.store(ea, 4, g!(b), r)?;
                            true
                        } else {
                            false
                        }
                    }
                    _ => false,
                };
                self.cpu.set_sr_bit(SR_F, ok);
            }
            Insn::Load { kind, d, a, i } => {
                let ea = g!(a).wrapping_add(i as u32);
                let v = self.load(ea, kind.size())?;
                let v = match kind {
                    LoadKind::Bs => v as u8 as i8 as i32 as u32,
                    LoadKind::Hs => v as u16 as i16 as i32 as u32,
                    _ => v,
                };
                self.set_gpr(r, d, v);
            }
            Insn::Store { size, a, b, i } => {
                let ea = g!(a).wrapping_add(i as u32);
                self.store(ea, size as u32, g!(b), r)?;
            }
            Insn::Addi { d, a, i } => {
                let (v, ov, cy) = self.add_with_flags(g!(a), i as u32, 0);
                self.set_gpr(r, d, v);
                self.range_check(ov, cy)?;
            }
            Insn::Addic { d, a, i } => {
                let cin = (self.cpu.sr & SR_CY != 0) as u32;
                let (v, ov, cy) = self.add_with_flags(g!(a), i as u32, cin);
                self.set_gpr(r, d, v);
                self.range_check(ov, cy)?;
            }
            Insn::Andi { d, a, k } => self.set_gpr(r, d, g!(a) & k),
            Insn::Ori { d, a, k } => self.set_gpr(r, d, g!(a) | k),
            Insn::Xori { d, a, i } => self.set_gpr(r, d, g!(a) ^ i as u32),
            Insn::Muli { d, a, i } => {
                let (v, ov) = self.mul_signed(g!(a), i as u32);
                self.set_gpr(r, d, v);
                self.range_check(ov, false)?;
            }
            Insn::ShiftI { op, d, a, l } => {
                let v = shift(op as u32, g!(a), l as u32);
                self.set_gpr(r, d, v);
            }
            Insn::Mfspr { d, a, k } => {
                let addr = g!(a) | k;
                // user mode: only what or1k-arch's spr_user_readable allows
                if !self.cpu.supervisor() && !spr_user_readable(self.cpu.sr, addr) {
                    return Err(Fault::at(VEC_ILLEGAL, pc));
                }
                if self.virt.is_some() && self.cpu.supervisor() && !self.spr_allowed(addr, false) {
                    return Err(Fault::at(VEC_ILLEGAL, pc));
                }
                let v = self.spr(addr);
                self.set_gpr(r, d, v);
            }
            Insn::Mtspr { a, b, k } => {
                if !self.cpu.supervisor() || (self.virt.is_some() && !self.spr_allowed(g!(a) | k, true)) {
                    return Err(Fault::at(VEC_ILLEGAL, pc));
                }
                self.write_spr(g!(a) | k, g!(b));
            }
            Insn::Alu { op, d, a, b } => {
                let (x, y) = (g!(a), g!(b));
                let v = match op {
                    AluOp::Add | AluOp::Addc => {
                        let cin = if op == AluOp::Addc { (self.cpu.sr & SR_CY != 0) as u32 } else { 0 };
                        let (v, ov, cy) = self.add_with_flags(x, y, cin);
                        self.set_gpr(r, d, v);
                        return self.range_check(ov, cy).map(|_| Flow::Next);
                    }
                    AluOp::Sub => {
                        let v = x.wrapping_sub(y);
                        let cy = x < y;
                        let ov = ((x ^ y) & (x ^ v)) >> 31 != 0;
                        self.cpu.set_sr_bit(SR_CY, cy);
                        self.cpu.set_sr_bit(SR_OV, ov);
                        self.set_gpr(r, d, v);
                        return self.range_check(ov, cy).map(|_| Flow::Next);
                    }
                    AluOp::Mul => {
                        let (v, ov) = self.mul_signed(x, y);
                        self.set_gpr(r, d, v);
                        return self.range_check(ov, false).map(|_| Flow::Next);
                    }
                    AluOp::Mulu => {
                        let p = x as u64 * y as u64;
                        let cy = p >> 32 != 0;
                        self.cpu.set_sr_bit(SR_CY, cy);
                        self.set_gpr(r, d, p as u32);
                        return self.range_check(false, cy).map(|_| Flow::Next);
                    }
                    AluOp::Div => {
                        // divide by zero: OV, and QEMU's result (divide by 1)
                        let ov = y == 0;
                        let v = (x as i32).wrapping_div(if ov { 1 } else { y as i32 }) as u32;
                        self.cpu.set_sr_bit(SR_OV, ov);
                        self.set_gpr(r, d, v);
                        return self.range_check(ov, false).map(|_| Flow::Next);
                    }
                    AluOp::Divu => {
                        let cy = y == 0;
                        let v = x / if cy { 1 } else { y };
                        self.cpu.set_sr_bit(SR_CY, cy);
                        self.set_gpr(r, d, v);
                        return self.range_check(false, cy).map(|_| Flow::Next);
                    }
                    AluOp::And => x & y,
                    AluOp::Or => x | y,
                    AluOp::Xor => x ^ y,
                    AluOp::Sll => shift(SHIFT_SLL, x, y),
                    AluOp::Srl => shift(SHIFT_SRL, x, y),
                    AluOp::Sra => shift(SHIFT_SRA, x, y),
                    AluOp::Ror => shift(SHIFT_ROR, x, y),
                    AluOp::Exths => x as u16 as i16 as i32 as u32,
                    AluOp::Extbs => x as u8 as i8 as i32 as u32,
                    AluOp::Exthz => x & 0xffff,
                    AluOp::Extbz => x & 0xff,
                    AluOp::Extws | AluOp::Extwz => x,
                    AluOp::Cmov => {
                        if self.cpu.flag() {
                            x
                        } else {
                            y
                        }
                    }
                    AluOp::Ff1 => {
                        if x == 0 {
                            0
                        } else {
                            x.trailing_zeros() + 1
                        }
                    }
                    AluOp::Fl1 => 32 - x.leading_zeros(),
                };
                self.set_gpr(r, d, v);
            }
            Insn::Sf { cond, a, b } => {
                let f = cond.eval(g!(a), g!(b));
                self.cpu.set_sr_bit(SR_F, f);
            }
            Insn::Sfi { cond, a, i } => {
                let f = cond.eval(g!(a), i as u32);
                self.cpu.set_sr_bit(SR_F, f);
            }
            Insn::Smc => {
                let ok = self.cpu.supervisor() && !self.cpu.delay_slot && self.virt.as_deref().is_some_and(|v| !v.monitor());
                if !ok {
                    return Err(Fault::at(VEC_ILLEGAL, pc));
                }
                return Ok(self.monitor_call(pc));
            }
            Insn::Vmcall => {
                let ok = self.cpu.supervisor() && !self.cpu.delay_slot && self.virt.as_deref().is_some_and(|v| v.guest());
                if !ok {
                    return Err(Fault::at(VEC_ILLEGAL, pc));
                }
                let mut info = [0; VMEXINFO_COUNT as usize];
                info.copy_from_slice(&self.cpu.gpr[3..3 + VMEXINFO_COUNT as usize]);
                self.virt_mut().exit_after = Some((EXIT_VMCALL, info));
            }
            Insn::Vmenter { a, b } => {
                let ok = self.cpu.supervisor() && !self.cpu.delay_slot && self.virt.as_deref().is_some_and(|v| v.host());
                if !ok {
                    return Err(Fault::at(VEC_ILLEGAL, pc));
                }
                match self.vm_enter(pc, g!(a), g!(b)) {
                    Ok(flow) => return Ok(flow),
                    Err(code) => self.set_gpr(r, 11, code),
                }
            }
            Insn::Illegal => return Err(Fault::at(VEC_ILLEGAL, pc)),
        }
        Ok(Flow::Next)
    }

    /// l.mac/l.maci (`sub` false) and l.msb: MAC ± a*b (signed 64-bit),
    /// SR[OV] on signed overflow of the 64-bit accumulation.
    #[inline(always)]
    fn mac_acc(&mut self, a: u32, b: u32, sub: bool) -> Result<(), Fault> {
        let p = (a as i32 as i64) * (b as i32 as i64);
        let acc = self.cpu.mac as i64;
        let (v, ov) = if sub { acc.overflowing_sub(p) } else { acc.overflowing_add(p) };
        self.cpu.mac = v as u64;
        self.cpu.set_sr_bit(SR_OV, ov);
        self.range_check(ov, false)
    }
}

/// The four shifts; the amount is taken modulo 32.
#[inline(always)]
fn shift(op: u32, x: u32, amount: u32) -> u32 {
    let n = amount & 31;
    match op {
        SHIFT_SLL => x << n,
        SHIFT_SRL => x >> n,
        SHIFT_SRA => ((x as i32) >> n) as u32,
        _ => x.rotate_right(n),
    }
}
