//! Worlds and guest mode (docs/VIRT.md): the monitor call and return, VM
//! entry and exit with context sealing (docs/SEALING.md; the blob format is
//! `crate::seal`), the region translation of guest accesses and the check
//! of host accesses.

use crate::cpu::{Fault, Flow};
use crate::machine::Machine;
use crate::mmu::Access;
use crate::seal::{open_blob, seal_blob, seal_key, SealedBlob, BLOB_BYTES, CTX_WORDS};
use crate::timer::TickTimer;
use or1k_arch::*;

/// A region of a slot as the hardware keeps it (docs/VIRT.md): bases and
/// the size's mask from bit VMRGN_GRAIN up, and whether it is used.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Region {
    pub valid: bool,
    pub mask: u32,
    pub gpa: u32,
    pub hpa: u32,
}

/// The bits of region registers the hardware keeps.
const GRAIN_MASK: u32 = !((1 << VMRGN_GRAIN) - 1);

impl Region {
    /// The hPA of `gpa` if the region holds it (a mask compare, as the RTL).
    #[inline]
    fn translate(&self, gpa: u32) -> Option<u32> {
        (self.valid && gpa & self.mask == self.gpa).then_some(self.hpa | (gpa & !self.mask))
    }

    fn size(&self) -> u32 {
        if self.valid {
            (!self.mask).wrapping_add(1)
        } else {
            0
        }
    }

    fn set_size(&mut self, size: u32) {
        self.valid = size != 0;
        self.mask = !size.wrapping_sub(1) & GRAIN_MASK;
    }
}

/// A guest's context in flight: what a VM exit serialises into the blob's
/// payload and an entry restores from it, word by word in the order of
/// `or1k_arch::CTX_FIELDS` (the single table the ISS and the RTL share).
/// Nothing keeps one between an exit and the next entry: the blob in RAM
/// is the only copy.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GuestContext {
    pub gpr: [u32; 32],
    /// where the guest resumes: never a delay slot (an exit in one resumes
    /// at its branch, as an exception's EPCR does)
    pub pc: u32,
    pub sr: u32,
    pub epcr: u32,
    pub eear: u32,
    pub esr: u32,
    pub mac: u64,
    pub ttmr: u32,
    pub ttcr: u32,
    /// CTX_FLAG_* (CTX_FLAG_HYPERCALL: the next entry puts rB in r11)
    pub flags: u32,
}

impl GuestContext {
    /// A guest at reset: pc 0x100, SR_RESET, everything else zero (a
    /// fresh slot's first entry).
    pub fn reset() -> GuestContext {
        GuestContext { pc: VEC_RESET, sr: SR_RESET, ..Default::default() }
    }

    /// The blob's payload: each word by its `CtxSource`.
    pub fn to_words(&self) -> [u32; CTX_WORDS] {
        std::array::from_fn(|i| match CTX_FIELDS[i].source {
            CtxSource::Gpr(0) => 0,
            CtxSource::Gpr(n) => self.gpr[n as usize],
            CtxSource::Pc => self.pc,
            CtxSource::Sr => self.sr,
            CtxSource::Epcr => self.epcr,
            CtxSource::Eear => self.eear,
            CtxSource::Esr => self.esr,
            CtxSource::MacLo => self.mac as u32,
            CtxSource::MacHi => (self.mac >> 32) as u32,
            CtxSource::Ttmr => self.ttmr,
            CtxSource::Ttcr => self.ttcr,
            CtxSource::Flags => self.flags,
            CtxSource::Reserved => 0,
        })
    }

    /// The context a payload holds (reserved words are ignored: a blob
    /// that opened was sealed by an exit, which writes them 0).
    pub fn from_words(words: &[u32; CTX_WORDS]) -> GuestContext {
        let mut c = GuestContext::default();
        for (f, &w) in CTX_FIELDS.iter().zip(words) {
            match f.source {
                CtxSource::Gpr(n) => c.gpr[n as usize] = w,
                CtxSource::Pc => c.pc = w,
                CtxSource::Sr => c.sr = w,
                CtxSource::Epcr => c.epcr = w,
                CtxSource::Eear => c.eear = w,
                CtxSource::Esr => c.esr = w,
                CtxSource::MacLo => c.mac = (c.mac & !0xffff_ffff) | w as u64,
                CtxSource::MacHi => c.mac = (c.mac & 0xffff_ffff) | (w as u64) << 32,
                CtxSource::Ttmr => c.ttmr = w,
                CtxSource::Ttcr => c.ttcr = w,
                CtxSource::Flags => c.flags = w,
                CtxSource::Reserved => {}
            }
        }
        c.gpr[0] = 0;
        c
    }
}

/// A VM slot as the hardware keeps it. The guest's context is not here:
/// it is sealed in the host's save area (docs/SEALING.md); the slot keeps
/// only what makes a blob fresh.
#[derive(Clone, Debug)]
pub struct Slot {
    pub state: u32,
    pub regions: [Region; VM_REGIONS as usize],
    /// the seal counter: the counter of the last blob sealed (0: none yet)
    pub(crate) counter: u64,
    /// an exit could not seal (VMEXIT_LOST): entries are refused
    pub(crate) lost: bool,
    /// created and never exited since: the next entry starts the guest at
    /// reset without reading a blob
    pub(crate) fresh: bool,
}

impl Default for Slot {
    /// As writing VMSTATE_FREE leaves it.
    fn default() -> Slot {
        Slot { state: VMSTATE_FREE, regions: Default::default(), counter: 0, lost: false, fresh: true }
    }
}

/// Virtualization state of the machine (present with `Config::secure`).
pub struct Virt {
    pub vmcr: u32,
    pub smepcr: u32,
    pub smesr: u32,
    pub smevmcr: u32,
    pub exit_cause: u32,
    pub exit_info: [u32; VMEXINFO_COUNT as usize],
    pub vmsel: u32,
    pub slots: [Slot; VM_SLOTS as usize],
    /// the page table: an entry (VMPTE_OWNER and the VMPTE_ENC/HR/HW
    /// attributes) per page of RAM offsets
    pub page_table: Vec<u8>,
    /// the page SPR_VMPTE addresses (a page number below VMPT_PAGES)
    pub ptsel: u32,
    /// SPR_VMSAVE: the save area the next l.vmenter uses (as written)
    pub vmsave: u32,
    /// SPR_VMENTERR: the last l.vmenter's refusal code (0: it entered)
    pub vmenterr: u32,
    /// the running guest's save area, latched at its entry (bit 31 clear)
    save_addr: u32,
    /// what the last exit sealed, until the co-simulator takes it
    pub(crate) sealed: Option<SealedBlob>,
    /// the host's SR and EEAR and its l.vmenter's pc while a guest runs
    host_sr: u32,
    host_eear: u32,
    vmenter_pc: u32,
    /// the running guest's tick timer (TTMR/TTCR in guest mode)
    pub guest_timer: TickTimer,
    /// set by an instruction that ends in a VM exit after it retires
    /// (l.vmcall, the halt): cause and info
    pub(crate) exit_after: Option<(u32, [u32; VMEXINFO_COUNT as usize])>,
    /// set by an access that left the regions: the exit its fault becomes
    pub(crate) exit_fault: Option<(u32, [u32; VMEXINFO_COUNT as usize])>,
    /// the current instruction wrote the guest's TTMR/TTCR: it does not tick
    pub(crate) guest_timer_written: bool,
}

impl Virt {
    pub(crate) fn new() -> Virt {
        Virt {
            vmcr: VMCR_MONITOR,
            smepcr: VEC_RESET,
            smesr: SR_RESET,
            smevmcr: 0,
            exit_cause: 0,
            exit_info: [0; VMEXINFO_COUNT as usize],
            vmsel: 0,
            slots: Default::default(),
            page_table: vec![0; VMPT_PAGES as usize],
            ptsel: 0,
            vmsave: 0xffff_ffff,
            vmenterr: 0,
            save_addr: 0,
            sealed: None,
            host_sr: 0,
            host_eear: 0,
            vmenter_pc: 0,
            guest_timer: TickTimer::default(),
            exit_after: None,
            exit_fault: None,
            guest_timer_written: false,
        }
    }

    #[inline]
    pub fn monitor(&self) -> bool {
        self.vmcr & VMCR_MONITOR != 0
    }

    #[inline]
    pub fn guest(&self) -> bool {
        self.vmcr & VMCR_GUEST != 0
    }

    #[inline]
    pub fn host(&self) -> bool {
        self.vmcr & (VMCR_GUEST | VMCR_MONITOR) == 0
    }

    /// VMID of the running guest (0 for the host and the monitor).
    #[inline]
    pub fn vmid(&self) -> u32 {
        (self.vmcr & VMCR_VMID_MASK) >> VMCR_VMID_SHIFT
    }

    /// The host's SR while a guest runs (what its l.vmenter reports).
    pub fn host_sr(&self) -> u32 {
        self.host_sr
    }

    fn running_slot(&self) -> &Slot {
        &self.slots[(self.vmid() - 1) as usize]
    }

    /// The page table's entry for physical `pa` (the uncached alias
    /// folded); 0 (the host's) beyond the table.
    #[inline]
    pub fn page_entry(&self, pa: u32) -> u32 {
        let page = (pa & !UNCACHED_ADDR_MASK) >> VMPT_PAGE_SHIFT;
        if page < VMPT_PAGES { self.page_table[page as usize] as u32 } else { 0 }
    }

    /// Whether a host access to physical `pa` is refused: a VM's page,
    /// unless its owner lets the host read (HR) or write (HW) it; a fetch
    /// (`access` Execute) or a cache block operation (`None`) never.
    #[inline]
    pub fn host_blocked(&self, pa: u32, access: Option<Access>) -> bool {
        let e = self.page_entry(pa);
        e & VMPTE_OWNER_MASK != 0
            && match access {
                Some(Access::Read) => e & VMPTE_HR == 0,
                Some(Access::Write) => e & VMPTE_HW == 0,
                _ => true,
            }
    }

    /// The running guest's hPA for `gpa`, if inside one of its regions.
    #[inline]
    pub fn guest_hpa(&self, gpa: u32) -> Option<u32> {
        self.running_slot().regions.iter().find_map(|r| r.translate(gpa))
    }

    fn selected(&mut self) -> Option<&mut Slot> {
        let v = self.vmsel;
        (1..=VM_SLOTS).contains(&v).then(|| &mut self.slots[(v - 1) as usize])
    }
}

impl Machine {
    #[inline]
    pub(crate) fn virt(&self) -> &Virt {
        self.virt.as_deref().expect("virtualization state")
    }

    #[inline]
    pub(crate) fn virt_mut(&mut self) -> &mut Virt {
        self.virt.as_deref_mut().expect("virtualization state")
    }

    /// Changes world: VMCR and the bus's origin.
    fn set_vmcr(&mut self, vmcr: u32) {
        self.virt_mut().vmcr = vmcr;
        self.bus.monitor = vmcr & VMCR_MONITOR != 0;
        self.owner = owner_tag(vmcr);
    }

    /// After an instruction retired: the guest's timer ticks if it ran in
    /// the guest; an exit it asked for (hypercall, halt) happens.
    #[cold]
    #[inline(never)]
    pub(crate) fn virt_after_retire(&mut self, guest: bool, r: &mut crate::trace::Retired) {
        let v = self.virt_mut();
        if guest {
            if v.guest_timer_written {
                v.guest_timer_written = false;
            } else {
                v.guest_timer.tick();
            }
        }
        if let Some((cause, info)) = v.exit_after.take() {
            self.vm_exit(cause, info);
            r.exception = Some(VEC_VMEXIT);
        }
    }

    /// The physical address of an access after translation, by world: a
    /// guest's gPA goes through its regions (outside: a VM exit, nothing
    /// accessed); a host's must not reach a VM (bus error); the monitor's
    /// is unchecked. `va` is the faulting address reported to the host.
    #[cold]
    #[inline(never)]
    pub(crate) fn world_pa(&mut self, va: u32, pa: u32, access: Access) -> Result<u32, Fault> {
        let v = self.virt();
        if v.host() {
            if v.host_blocked(pa, Some(access)) {
                return Err(Fault::at(VEC_BUS_ERROR, va));
            }
            Ok(pa)
        } else if v.guest() {
            match v.guest_hpa(pa) {
                Some(hpa) => Ok(hpa),
                None => {
                    let kind = match access {
                        Access::Read => EXIT_ACCESS_READ,
                        Access::Write => EXIT_ACCESS_WRITE,
                        Access::Execute => EXIT_ACCESS_EXECUTE,
                    };
                    let mut info = [0; VMEXINFO_COUNT as usize];
                    info[0] = pa;
                    info[1] = kind;
                    self.virt_mut().exit_fault = Some((EXIT_REGION, info));
                    Err(Fault { vector: VEC_VMEXIT, eear: None })
                }
            }
        } else {
            Ok(pa)
        }
    }

    /// The physical address a cache block register acts on, or `None` when
    /// the caller may not touch it (a host naming VM memory, a guest naming
    /// a gPA outside its regions).
    pub(crate) fn block_op_pa(&self, addr: u32) -> Option<u32> {
        match self.virt.as_deref() {
            None => Some(addr),
            Some(v) if v.host() => (!v.host_blocked(addr, None)).then_some(addr),
            Some(v) if v.guest() => v.guest_hpa(addr),
            Some(_) => Some(addr),
        }
    }

    /// l.smc: enter the monitor at SM_CALL_ENTRY, remembering the caller.
    #[cold]
    #[inline(never)]
    pub(crate) fn monitor_call(&mut self, pc: u32) -> Flow {
        let sr = self.cpu.sr;
        let v = self.virt_mut();
        v.smepcr = pc.wrapping_add(4);
        v.smesr = sr;
        v.smevmcr = v.vmcr;
        self.cpu.sr = SR_SM | SR_FO;
        self.cpu.reservation = None;
        self.set_vmcr(VMCR_MONITOR);
        Flow::Jump(SM_CALL_ENTRY)
    }

    /// l.rfe in the monitor: back to the caller's world, SR and pc.
    #[cold]
    #[inline(never)]
    pub(crate) fn monitor_return(&mut self) -> Flow {
        let (pc, sr, vmcr) = {
            let v = self.virt();
            (v.smepcr, v.smesr, v.smevmcr)
        };
        self.cpu.sr = sr | SR_FO;
        self.set_vmcr(vmcr);
        Flow::Jump(pc)
    }

    /// l.vmenter: refuse (the code goes to SPR_VMENTERR here and to r11 by
    /// the caller; nothing else changes, the host goes on) or enter the
    /// guest with the context unsealed from the save area in SPR_VMSAVE.
    #[cold]
    #[inline(never)]
    pub(crate) fn vm_enter(&mut self, pc: u32, vmid: u32, answer: u32) -> Result<Flow, u32> {
        let (mut ctx, save) = match self.vm_enter_checks(vmid) {
            Ok(c) => c,
            Err(code) => {
                self.virt_mut().vmenterr = code;
                return Err(code);
            }
        };
        if ctx.flags & CTX_FLAG_HYPERCALL != 0 {
            ctx.gpr[11] = answer;
        }
        let v = self.virt.as_deref_mut().expect("virtualization state");
        v.vmenterr = 0;
        v.save_addr = save;
        v.host_sr = self.cpu.sr;
        v.host_eear = self.cpu.eear;
        v.vmenter_pc = pc;
        v.guest_timer = TickTimer { ttmr: ctx.ttmr, ttcr: ctx.ttcr };
        let cpu = &mut self.cpu;
        cpu.gpr = ctx.gpr;
        cpu.gpr[0] = 0;
        cpu.pc = ctx.pc;
        cpu.npc = ctx.pc.wrapping_add(4);
        cpu.delay_slot = false;
        cpu.sr = ctx.sr | SR_FO;
        cpu.epcr = ctx.epcr;
        cpu.eear = ctx.eear;
        cpu.esr = ctx.esr;
        cpu.mac = ctx.mac;
        cpu.reservation = None;
        self.set_vmcr(VMCR_GUEST | (vmid << VMCR_VMID_SHIFT));
        Ok(Flow::Resume)
    }

    /// docs/SEALING.md "Entry checks", in order: the slot, the save area,
    /// fresh (the reset context), lost or keyless, the blob (read raw from RAM: the
    /// sealing engine is a bus master that bypasses the caches, and the
    /// save area is a host page, which the MEE passes as stored). The
    /// context and the save area's RAM address, or the refusal code.
    fn vm_enter_checks(&self, vmid: u32) -> Result<(GuestContext, u32), u32> {
        let v = self.virt();
        if !(1..=VM_SLOTS).contains(&vmid) {
            return Err(VMENTER_ERR_VMID);
        }
        let slot = &v.slots[(vmid - 1) as usize];
        match slot.state {
            VMSTATE_LAUNCHED => {}
            VMSTATE_FREE => return Err(VMENTER_ERR_FREE),
            _ => return Err(VMENTER_ERR_UNLAUNCHED),
        }
        let save = v.vmsave & !UNCACHED_ADDR_MASK;
        let inside = save as u64 + SEAL_BLOB_BYTES as u64 <= self.bus.ram.len() as u64;
        if !save.is_multiple_of(SEAL_ALIGN) || !inside || v.page_entry(save) & VMPTE_OWNER_MASK != 0 {
            return Err(VMENTER_ERR_SAVE_AREA);
        }
        if slot.fresh {
            return Ok((GuestContext::reset(), save));
        }
        // as the RTL's engine: no key, no AES (a zero key is never used)
        let key = self.slot_seal_key(vmid).filter(|_| !slot.lost).ok_or(VMENTER_ERR_LOST)?;
        // inside RAM (checked above): no bus error (VMENTER_ERR_SEAL_BUS) in this model
        let off = save.wrapping_sub(RAM_BASE) as usize;
        let blob = &self.bus.ram[off..off + BLOB_BYTES];
        let words = open_blob(&key, vmid, slot.counter, blob)?;
        Ok((GuestContext::from_words(&words), save))
    }

    /// Slot `vmid`'s sealing key as its key block entry holds it, if it
    /// holds keys.
    fn slot_seal_key(&self, vmid: u32) -> Option<[u8; 16]> {
        let su = &self.bus.secure.as_ref()?.su;
        ((1..=VM_SLOTS).contains(&vmid) && su.key_present(vmid)).then(|| seal_key(su.key_words(vmid)))
    }

    /// VM exit: the guest's state (as the CPU holds it now: the resume
    /// point, or its branch when that is a delay slot) sealed to the save
    /// area latched at its entry (or, when the slot cannot seal, nothing
    /// written, the slot lost and VMEXIT_LOST reported), registers cleared,
    /// the host entered at its 0xF00 as an exception of its l.vmenter.
    #[cold]
    #[inline(never)]
    pub(crate) fn vm_exit(&mut self, cause: u32, info: [u32; VMEXINFO_COUNT as usize]) {
        let vmid = self.virt().vmid();
        let cpu = &self.cpu;
        let v = self.virt();
        let ctx = GuestContext {
            gpr: cpu.gpr,
            pc: if cpu.delay_slot { cpu.pc.wrapping_sub(4) } else { cpu.pc },
            sr: cpu.sr,
            epcr: cpu.epcr,
            eear: cpu.eear,
            esr: cpu.esr,
            mac: cpu.mac,
            ttmr: v.guest_timer.ttmr,
            ttcr: v.guest_timer.ttcr,
            flags: if cause == EXIT_VMCALL { CTX_FLAG_HYPERCALL } else { 0 },
        };
        let words = ctx.to_words();
        let counter = v.slots[(vmid - 1) as usize].counter;
        let key = self.slot_seal_key(vmid).filter(|_| counter < self.config.seal_ctr_max);
        let mut lost = 0;
        if let Some(key) = key {
            let counter = counter + 1;
            let addr = self.virt().save_addr;
            let blob = seal_blob(&key, vmid, counter, &words);
            let off = addr.wrapping_sub(RAM_BASE) as usize;
            self.bus.ram[off..off + BLOB_BYTES].copy_from_slice(&blob);
            let v = self.virt_mut();
            let slot = &mut v.slots[(vmid - 1) as usize];
            slot.counter = counter;
            v.sealed = Some(SealedBlob { addr, vmid, counter, ctx: words });
        } else {
            self.virt_mut().slots[(vmid - 1) as usize].lost = true;
            lost = VMEXIT_LOST;
        }
        self.virt_mut().slots[(vmid - 1) as usize].fresh = false;
        let cpu = &mut self.cpu;
        let v = self.virt.as_deref_mut().expect("virtualization state");
        v.guest_timer = TickTimer::default();
        v.exit_cause = cause | (vmid << VMEXIT_VMID_SHIFT) | lost;
        v.exit_info = info;
        cpu.gpr = [0; 32];
        cpu.mac = 0;
        cpu.reservation = None;
        cpu.epcr = v.vmenter_pc.wrapping_add(4);
        cpu.esr = v.host_sr;
        cpu.eear = v.host_eear;
        cpu.sr = (v.host_sr | SR_SM) & !(SR_IEE | SR_TEE | SR_DME | SR_IME | SR_OVE | SR_DSX);
        let base = if cpu.sr & SR_EPH != 0 { VEC_BASE_EPH } else { 0 };
        cpu.pc = base | VEC_VMEXIT;
        cpu.npc = cpu.pc.wrapping_add(4);
        cpu.delay_slot = false;
        self.set_vmcr(0);
    }

    /// What the last VM exit sealed (address, VMID, counter, the context
    /// words in the clear), once: the lock-step co-simulator compares the
    /// RTL's blob with it and may then overwrite the ISS's blob in RAM with
    /// the RTL's (the guest's TTMR/TTCR count cycles there); the next entry
    /// reads the blob from RAM, nothing else keeps the context. `None` when
    /// no exit sealed since the last call (an exit that lost the context
    /// seals nothing).
    pub fn take_sealed(&mut self) -> Option<SealedBlob> {
        self.virt.as_deref_mut()?.sealed.take()
    }

    /// Slot `vmid`'s sealing key (key words 8..11), when the slot has keys
    /// and they are the RTL's (`SecureUnit::keys_modelled`; past the DRBG's
    /// modelled fills they are a stand-in): a simulator-side view for the
    /// co-simulator and tests (no register, SPR or bus address reaches it).
    pub fn seal_key_of(&self, vmid: u32) -> Option<[u8; 16]> {
        let modelled = |_: &[u8; 16]| self.bus.secure.as_ref().is_some_and(|s| s.su.keys_modelled(vmid));
        self.slot_seal_key(vmid).filter(modelled)
    }

    /// Slot `vmid`'s seal counter (tests; 0 for no slot).
    pub fn seal_counter(&self, vmid: u32) -> u64 {
        let Some(v) = self.virt.as_deref() else { return 0 };
        if (1..=VM_SLOTS).contains(&vmid) { v.slots[(vmid - 1) as usize].counter } else { 0 }
    }

    /// A host interrupt pending while a guest runs: the exit cause.
    pub(crate) fn host_interrupt_pending(&mut self) -> Option<u32> {
        if self.timer.irq() {
            return Some(EXIT_TICK);
        }
        self.pic.picsr = self.picsr_live();
        self.pic.irq().then_some(EXIT_EXTERNAL)
    }

    /// Whether world rules allow this supervisor access to SPR `addr`
    /// (false: illegal instruction). Only called with virtualization.
    #[cold]
    #[inline(never)]
    pub(crate) fn spr_allowed(&self, addr: u32, write: bool) -> bool {
        let v = self.virt();
        if v.monitor() {
            return true;
        }
        let group = spr_group(addr);
        if group == spr_group(SPR_VMCR) {
            return match addr {
                // read-only: a write is ignored, like VR's
                SPR_VMCR => true,
                a if a == SPR_VMEXIT || (SPR_VMEXINFO0..SPR_VMEXINFO0 + VMEXINFO_COUNT).contains(&a) => {
                    v.host() && !write
                }
                // host read/write
                SPR_VMSAVE => v.host(),
                // host read; a write is ignored
                SPR_VMENTERR => v.host(),
                _ => false,
            };
        }
        !(v.guest() && (group == spr_group(SPR_PICMR) || group == spr_group(SPR_PMR)))
    }

    /// l.mfspr of group 24 (and the guest's timer); `None`: not ours.
    #[cold]
    #[inline(never)]
    pub(crate) fn virt_spr(&self, addr: u32) -> Option<u32> {
        let v = self.virt.as_deref()?;
        if v.guest() && (addr == SPR_TTMR || addr == SPR_TTCR) {
            return Some(if addr == SPR_TTMR { v.guest_timer.ttmr } else { v.guest_timer.ttcr });
        }
        if spr_group(addr) != spr_group(SPR_VMCR) {
            return None;
        }
        let sel = (1..=VM_SLOTS).contains(&v.vmsel).then(|| &v.slots[(v.vmsel - 1) as usize]);
        Some(match addr {
            SPR_VMCR => v.vmcr,
            SPR_VMEXIT => v.exit_cause,
            SPR_VMSAVE => v.vmsave,
            SPR_VMENTERR => v.vmenterr,
            SPR_SMEPCR => v.smepcr,
            SPR_SMESR => v.smesr,
            SPR_SMEVMCR => v.smevmcr,
            SPR_VMSEL => v.vmsel,
            SPR_VMSTATE => sel.map_or(0, |s| s.state),
            SPR_VMPTSEL => v.ptsel << VMPT_PAGE_SHIFT,
            SPR_VMPTE => v.page_table[v.ptsel as usize] as u32,
            _ => {
                if let Some(i) = addr.checked_sub(SPR_VMEXINFO0).filter(|&i| i < VMEXINFO_COUNT) {
                    v.exit_info[i as usize]
                } else if let Some((r, f)) = region_field(addr) {
                    sel.map_or(0, |s| {
                        let rg = s.regions[r];
                        [rg.gpa, rg.size(), rg.hpa, 0][f as usize]
                    })
                } else {
                    0
                }
            }
        })
    }

    /// l.mtspr of group 24 (and the guest's timer); false: not ours.
    #[cold]
    #[inline(never)]
    pub(crate) fn write_virt_spr(&mut self, addr: u32, val: u32) -> bool {
        let Some(v) = self.virt.as_deref_mut() else { return false };
        if v.guest() && (addr == SPR_TTMR || addr == SPR_TTCR) {
            if addr == SPR_TTMR {
                v.guest_timer.ttmr = val;
            } else {
                v.guest_timer.ttcr = val;
            }
            v.guest_timer_written = true;
            return true;
        }
        if spr_group(addr) != spr_group(SPR_VMCR) {
            return false;
        }
        match addr {
            SPR_VMSAVE => v.vmsave = val,
            SPR_SMEPCR => v.smepcr = val,
            SPR_SMESR => v.smesr = val,
            SPR_VMSEL => v.vmsel = val,
            SPR_VMPTSEL => v.ptsel = (val >> VMPT_PAGE_SHIFT) & (VMPT_PAGES - 1),
            SPR_VMPTE => {
                v.page_table[v.ptsel as usize] = (val & (VMPTE_OWNER_MASK | VMPTE_ATTR_MASK)) as u8;
                v.ptsel = (v.ptsel + 1) & (VMPT_PAGES - 1);
            }
            SPR_VMSTATE => {
                if let Some(s) = v.selected() {
                    match val {
                        // create and destroy: a fresh slot, no blob of before opens
                        VMSTATE_CREATED | VMSTATE_FREE => {
                            s.counter = 0;
                            s.lost = false;
                            s.fresh = true;
                        }
                        VMSTATE_LAUNCHED => {}
                        _ => return true,
                    }
                    s.state = val;
                }
            }
            _ => {
                if let (Some((r, f)), Some(s)) = (region_field(addr), v.selected()) {
                    let rg = &mut s.regions[r];
                    match f {
                        VMRGN_GPA => rg.gpa = val & GRAIN_MASK,
                        VMRGN_SIZE => rg.set_size(val),
                        VMRGN_HPA => rg.hpa = val & GRAIN_MASK,
                        _ => {}
                    }
                }
                // VMCR, SMEVMCR, VMEXIT, VMEXINFO*, VMENTERR: read-only
            }
        }
        true
    }
}

/// (region, field) of a VMRGN SPR.
fn region_field(addr: u32) -> Option<(usize, u32)> {
    let i = addr.checked_sub(SPR_VMRGN0).filter(|&i| i < VM_REGIONS * VMRGN_STRIDE)?;
    Some(((i / VMRGN_STRIDE) as usize, i % VMRGN_STRIDE))
}
