//! Control at the commit point (the MEM stage): the supervision registers
//! SR, EPCR, EEAR and ESR, the privilege check, the SPR bus master, the
//! trap-priority chain, exception and interrupt entry, and l.rfe.
//!
//! The pipeline brings each instruction here with the faults raised before
//! MEM (IF, ID, EX) and the ones MEM found; Ctrl picks the one it takes,
//! in the architectural order, and when the instruction commits writes the
//! exception registers, redirects fetch and flushes the pipeline. A monitor
//! world or guest mode adds its checks here and in the MMUs' `Translation`.
use crate::ports::TGA_BITS;
use crate::{block_default, k};
use or1k_arch::*;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct Ctrl {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,

    // ---- the instruction in MEM
    pub mem_valid: Signal<In, Bit>,
    pub mem_pc: Signal<In, Bits<32>>,
    /// The address of the instruction after it (a delay slot's: the branch target).
    pub mem_npc: Signal<In, Bits<32>>,
    /// It is a delay slot.
    pub mem_ds: Signal<In, Bit>,
    /// Effective address; for l.mfspr/l.mtspr the SPR address (rA | K).
    pub mem_ea: Signal<In, Bits<32>>,
    /// rB: what l.mtspr writes.
    pub mem_b: Signal<In, Bits<32>>,
    pub mfspr: Signal<In, Bit>,
    pub mtspr: Signal<In, Bit>,
    pub rfe: Signal<In, Bit>,
    pub swa: Signal<In, Bit>,
    /// A branch: its delay slot follows, so no interrupt is taken after it.
    pub branch: Signal<In, Bit>,
    /// It must refetch what follows it (for reasons outside Ctrl).
    pub refetch: Signal<In, Bit>,
    /// MEM is done with it this cycle.
    pub commit: Signal<In, Bit>,
    /// An SPR unit holds MEM (`SprPort::busy`, ORed). An l.mtspr makes no
    /// data access, so it commits exactly when this is low: its write
    /// enable is taken from here, not from `commit`, which also waits for
    /// the data bus.
    pub spr_busy: Signal<In, Bit>,
    /// A fault raised before MEM: its vector, and EEAR if it sets one.
    pub exc: Signal<In, Bit>,
    pub exc_vec: Signal<In, Bits<32>>,
    pub exc_eear_we: Signal<In, Bit>,
    pub exc_eear: Signal<In, Bits<32>>,
    /// Faults found in MEM (after the privilege check, in this order).
    pub swa_align: Signal<In, Bit>,
    pub dmmu_fault: Signal<In, Bit>,
    pub dmmu_vec: Signal<In, Bits<32>>,
    pub bus_err: Signal<In, Bit>,
    /// l.swa stored (SR[F] = 1) or not (SR[F] = 0).
    pub swa_ok: Signal<In, Bit>,
    pub tick_irq: Signal<In, Bit>,
    pub ext_irq: Signal<In, Bit>,

    // ---- worlds and guest mode (docs/VIRT.md; `vm::VmCtl` keeps the state)
    /// l.smc, l.vmcall, l.vmenter, l.nop NOP_EXIT in MEM.
    pub smc: Signal<In, Bit>,
    pub vmcall: Signal<In, Bit>,
    pub vmenter: Signal<In, Bit>,
    pub nop_exit: Signal<In, Bit>,
    /// A data access outside the running guest's regions (its gPA, and
    /// whether it writes): a VM exit, ordered after the DMMU's faults.
    pub rg_exit: Signal<In, Bit>,
    pub rg_gpa: Signal<In, Bits<32>>,
    pub rg_write: Signal<In, Bit>,
    /// The guest's tick timer interrupt request.
    pub gtick_irq: Signal<In, Bit>,
    pub vmcr: Signal<In, Bits<TGA_BITS>>,
    pub w_monitor: Signal<In, Bit>,
    pub w_guest: Signal<In, Bit>,
    pub w_host: Signal<In, Bit>,
    pub vm_smepcr: Signal<In, Bits<32>>,
    pub vm_smesr: Signal<In, Bits<32>>,
    pub vm_host_sr: Signal<In, Bits<32>>,
    pub vm_host_eear: Signal<In, Bits<32>>,
    pub vm_host_pc: Signal<In, Bits<32>>,
    /// l.vmenter's refusal code for its rA (0: it enters).
    pub vm_enter_code: Signal<In, Bits<32>>,
    pub vm_exit_done: Signal<In, Bit>,
    pub vm_enter_done: Signal<In, Bit>,
    pub vm_r_pc: Signal<In, Bits<32>>,
    pub vm_r_sr: Signal<In, Bits<32>>,
    pub vm_r_epcr: Signal<In, Bits<32>>,
    pub vm_r_eear: Signal<In, Bits<32>>,
    pub vm_r_esr: Signal<In, Bits<32>>,
    /// World changes at this commit, for VmCtl.
    pub vm_smc: Signal<Out, Bit>,
    pub vm_smret: Signal<Out, Bit>,
    pub vm_enter: Signal<Out, Bit>,
    /// A legal l.vmenter sits in MEM (it will commit once VmCtl has its
    /// answer: the save-area check and the unseal hold MEM).
    pub vm_enter_req: Signal<Out, Bit>,
    pub vm_exit: Signal<Out, Bit>,
    pub vm_exit_cause: Signal<Out, Bits<32>>,
    pub vm_exit_info0: Signal<Out, Bits<32>>,
    pub vm_exit_info1: Signal<Out, Bits<32>>,
    pub vm_exit_pc: Signal<Out, Bits<32>>,
    /// SR, EPCR, EEAR, ESR as this commit leaves them (before an exit
    /// replaces them with the host's): what an exit saves.
    pub g_sr: Signal<Out, Bits<32>>,
    pub g_epcr: Signal<Out, Bits<32>>,
    pub g_eear: Signal<Out, Bits<32>>,
    pub g_esr: Signal<Out, Bits<32>>,
    /// The monitor faulted: the core has stopped (the machine is halted).
    pub halted: Signal<Out, Bit>,

    // ---- flag writes of the instruction leaving EX this cycle
    pub ex_f_we: Signal<In, Bit>,
    pub ex_f: Signal<In, Bit>,
    pub ex_cy_we: Signal<In, Bit>,
    pub ex_cy: Signal<In, Bit>,
    pub ex_ov_we: Signal<In, Bit>,
    pub ex_ov: Signal<In, Bit>,

    // ---- SPR bus master (see `ports::SprPort`) and Ctrl's own registers
    pub spr_addr: Signal<Out, Bits<32>>,
    pub spr_wdata: Signal<Out, Bits<32>>,
    pub spr_rreq: Signal<Out, Bit>,
    pub spr_wreq: Signal<Out, Bit>,
    pub spr_we: Signal<Out, Bit>,
    /// VR, UPR, CPUCFGR, NPC, SR, PPC, EPCR, EEAR, ESR (0 for other addresses).
    pub spr_rdata: Signal<Out, Bits<32>>,

    // ---- decisions and state
    /// The instruction lacks the privilege it needs (it will trap).
    pub priv_fault: Signal<Out, Bit>,
    /// It takes an exception, with this vector.
    pub trap: Signal<Out, Bit>,
    pub tvec: Signal<Out, Bits<32>>,
    /// An interrupt is entered after it, with this vector.
    pub intr: Signal<Out, Bit>,
    pub ivec: Signal<Out, Bits<32>>,
    /// SR after it (after exception entry if it trapped), and after the
    /// interrupt entry if one follows.
    pub sr_commit: Signal<Out, Bits<32>>,
    pub sr_next: Signal<Out, Bits<32>>,
    /// Squash everything younger (this cycle); fetch restarts at
    /// `refill_pc` in the next one (`refill`). The restart is registered so
    /// that no path runs from the commit decision (which waits for the data
    /// bus) into the fetch address and the ITLB; it costs one cycle per
    /// exception, interrupt and serialising instruction, none per branch.
    pub flush: Signal<Out, Bit>,
    pub refill: Signal<Out, Bit>,
    pub refill_pc: Signal<Out, Bits<32>>,
    /// The origin tag (`tga`) of the accesses made now: the host world,
    /// VMID 0, supervisor per SR[SM].
    pub origin: Signal<Out, Bits<TGA_BITS>>,
    /// SR and the bits of it other units need.
    pub sr: Signal<Out, Bits<32>>,
    pub sr_sm: Signal<Out, Bit>,
    pub sr_f: Signal<Out, Bit>,
    pub sr_cy: Signal<Out, Bit>,
    pub sr_ove: Signal<Out, Bit>,
    pub sr_dme: Signal<Out, Bit>,
    pub sr_ime: Signal<Out, Bit>,
    pub sr_dce: Signal<Out, Bit>,
    pub sr_ice: Signal<Out, Bit>,

    sr_q: DFF<Bits<32>>,
    halted_q: DFF<Bit>,
    /// An l.vmenter's rA.
    vmx_fault: Signal<Local, Bit>,
    spr_fault: Signal<Local, Bit>,
    spr_grp: Signal<Local, Bits<5>>,
    exit_now: Signal<Local, Bit>,
    defer: Signal<Local, Bit>,
    g_epcr_n: Signal<Local, Bits<32>>,
    g_eear_n: Signal<Local, Bits<32>>,
    g_esr_n: Signal<Local, Bits<32>>,
    exit_intr: Signal<Local, Bit>,
    exit_intr_cause: Signal<Local, Bits<32>>,
    k_enabled: Constant<Bit>,
    k_vec_vmexit: Constant<Bits<32>>,
    k_sm_call: Constant<Bits<32>>,
    k_spr_vmcr: Constant<Bits<32>>,
    k_spr_vmexit: Constant<Bits<32>>,
    k_spr_vmsave: Constant<Bits<32>>,
    k_spr_venterr: Constant<Bits<32>>,
    k_exit_tick: Constant<Bits<32>>,
    k_exit_ext: Constant<Bits<32>>,
    k_exit_vmcall: Constant<Bits<32>>,
    k_exit_region: Constant<Bits<32>>,
    k_exit_halt: Constant<Bits<32>>,
    k_exit_fault: Constant<Bits<32>>,
    k_acc_read: Constant<Bits<32>>,
    k_acc_write: Constant<Bits<32>>,
    k_acc_exec: Constant<Bits<32>>,
    epcr: DFF<Bits<32>>,
    eear: DFF<Bits<32>>,
    esr: DFF<Bits<32>>,
    refill_q: DFF<Bit>,
    refill_pc_q: DFF<Bits<32>>,
    redirect: Signal<Local, Bits<32>>,
    ok: Signal<Local, Bit>,
    /// An l.mfspr that user mode may make (or1k_arch::spr_user_readable).
    user_rd: Signal<Local, Bit>,
    serialize: Signal<Local, Bit>,
    teear_we: Signal<Local, Bit>,
    teear: Signal<Local, Bits<32>>,
    vec_base: Signal<Local, Bits<32>>,
    sr_entry: Signal<Local, Bits<32>>,
    sr_c: Signal<Local, Bits<32>>,
    sr_n: Signal<Local, Bits<32>>,
    sr_ex: Signal<Local, Bits<32>>,
    k_vec_illegal: Constant<Bits<32>>,
    k_vec_align: Constant<Bits<32>>,
    k_vec_bus: Constant<Bits<32>>,
    k_vec_sys: Constant<Bits<32>>,
    k_vec_tick: Constant<Bits<32>>,
    k_vec_ext: Constant<Bits<32>>,
    k_vec_base_eph: Constant<Bits<32>>,
    k_sr_sm: Constant<Bits<32>>,
    k_sr_tee: Constant<Bits<32>>,
    k_sr_iee: Constant<Bits<32>>,
    k_sr_dce: Constant<Bits<32>>,
    k_sr_ice: Constant<Bits<32>>,
    k_sr_dme: Constant<Bits<32>>,
    k_sr_ime: Constant<Bits<32>>,
    k_sr_f: Constant<Bits<32>>,
    k_sr_cy: Constant<Bits<32>>,
    k_sr_ov: Constant<Bits<32>>,
    k_sr_ove: Constant<Bits<32>>,
    k_sr_dsx: Constant<Bits<32>>,
    k_sr_eph: Constant<Bits<32>>,
    k_sr_fo: Constant<Bits<32>>,
    k_sr_sumra: Constant<Bits<32>>,
    k_user_spr_last: Constant<Bits<32>>,
    k_sr_writable: Constant<Bits<32>>,
    k_sr_reset: Constant<Bits<32>>,
    k_spr_vr: Constant<Bits<32>>,
    k_spr_upr: Constant<Bits<32>>,
    k_spr_cpucfgr: Constant<Bits<32>>,
    k_spr_npc: Constant<Bits<32>>,
    k_spr_sr: Constant<Bits<32>>,
    k_spr_ppc: Constant<Bits<32>>,
    k_spr_epcr: Constant<Bits<32>>,
    k_spr_eear: Constant<Bits<32>>,
    k_spr_esr: Constant<Bits<32>>,
    k_vr_value: Constant<Bits<32>>,
    k_upr_value: Constant<Bits<32>>,
    k_cpucfgr_value: Constant<Bits<32>>,
    k_tga_supervisor: Constant<Bits<TGA_BITS>>,
}

impl Ctrl {
    /// `enabled`: the core has the monitor world (see `vm::VmCtl::new`).
    pub fn new(enabled: bool) -> Ctrl {
        Ctrl { k_enabled: Constant::new(enabled), ..Ctrl::default() }
    }
}

block_default!(Ctrl {
    k_enabled: Constant::new(false),
    k_vec_vmexit: k(VEC_VMEXIT),
    k_sm_call: k(SM_CALL_ENTRY),
    k_spr_vmcr: k(SPR_VMCR),
    k_spr_vmexit: k(SPR_VMEXIT),
    k_spr_vmsave: k(SPR_VMSAVE),
    k_spr_venterr: k(SPR_VMENTERR),
    k_exit_tick: k(EXIT_TICK),
    k_exit_ext: k(EXIT_EXTERNAL),
    k_exit_vmcall: k(EXIT_VMCALL),
    k_exit_region: k(EXIT_REGION),
    k_exit_halt: k(EXIT_HALT),
    k_exit_fault: k(EXIT_FAULT),
    k_acc_read: k(EXIT_ACCESS_READ),
    k_acc_write: k(EXIT_ACCESS_WRITE),
    k_acc_exec: k(EXIT_ACCESS_EXECUTE),
    k_vec_illegal: k(VEC_ILLEGAL),
    k_vec_align: k(VEC_ALIGN),
    k_vec_bus: k(VEC_BUS_ERROR),
    k_vec_sys: k(VEC_SYSCALL),
    k_vec_tick: k(VEC_TICK),
    k_vec_ext: k(VEC_EXTERNAL),
    k_vec_base_eph: k(VEC_BASE_EPH),
    k_sr_sm: k(SR_SM),
    k_sr_tee: k(SR_TEE),
    k_sr_iee: k(SR_IEE),
    k_sr_dce: k(SR_DCE),
    k_sr_ice: k(SR_ICE),
    k_sr_dme: k(SR_DME),
    k_sr_ime: k(SR_IME),
    k_sr_f: k(SR_F),
    k_sr_cy: k(SR_CY),
    k_sr_ov: k(SR_OV),
    k_sr_ove: k(SR_OVE),
    k_sr_dsx: k(SR_DSX),
    k_sr_eph: k(SR_EPH),
    k_sr_fo: k(SR_FO),
    k_sr_sumra: k(SR_SUMRA),
    k_user_spr_last: k(USER_SPR_LAST),
    k_sr_writable: k(SR_WRITABLE),
    k_sr_reset: k(SR_RESET),
    k_spr_vr: k(SPR_VR),
    k_spr_upr: k(SPR_UPR),
    k_spr_cpucfgr: k(SPR_CPUCFGR),
    k_spr_npc: k(SPR_NPC),
    k_spr_sr: k(SPR_SR),
    k_spr_ppc: k(SPR_PPC),
    k_spr_epcr: k(SPR_EPCR0),
    k_spr_eear: k(SPR_EEAR0),
    k_spr_esr: k(SPR_ESR0),
    k_vr_value: k(VR_VALUE),
    k_upr_value: k(UPR_VALUE | UPR_DCP | UPR_ICP),
    k_cpucfgr_value: k(CPUCFGR_VALUE),
    k_tga_supervisor: k(TGA_SUPERVISOR),
} defaults: [
    clock, reset, mem_valid, mem_pc, mem_npc, mem_ds, mem_ea, mem_b, mfspr, mtspr, rfe, swa,
    branch, refetch, commit, spr_busy, exc, exc_vec, exc_eear_we, exc_eear, swa_align, dmmu_fault,
    dmmu_vec, bus_err, swa_ok, tick_irq, ext_irq, ex_f_we, ex_f, ex_cy_we, ex_cy, ex_ov_we,
    ex_ov, smc, vmcall, vmenter, nop_exit, rg_exit, rg_gpa, rg_write, gtick_irq, vmcr, w_monitor, w_guest,
    w_host, vm_smepcr, vm_smesr, vm_host_sr, vm_host_eear, vm_host_pc, vm_enter_code, vm_exit_done,
    vm_enter_done, vm_r_pc, vm_r_sr, vm_r_epcr, vm_r_eear, vm_r_esr, vm_smc, vm_smret, vm_enter, vm_enter_req, vm_exit,
    vm_exit_cause, vm_exit_info0, vm_exit_info1, vm_exit_pc, g_sr, g_epcr, g_eear, g_esr, halted, halted_q,
    vmx_fault, spr_fault, spr_grp, exit_now, defer, g_epcr_n, g_eear_n, g_esr_n, exit_intr,
    exit_intr_cause,
    spr_addr, spr_wdata, spr_rreq, spr_wreq, spr_we, spr_rdata, priv_fault, trap,
    tvec, intr, ivec, sr_commit, sr_next, origin, flush, refill, refill_pc, redirect, sr, sr_sm, sr_f, sr_cy, sr_ove,
    sr_dme, sr_ime, sr_dce, sr_ice, sr_q, epcr, eear, esr, refill_q, refill_pc_q, ok, user_rd, serialize, teear_we, teear,
    vec_base, sr_entry, sr_c, sr_n, sr_ex,
]);

impl Logic for Ctrl {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, sr_q, halted_q, epcr, eear, esr, refill_q, refill_pc_q);
        self.sr.next = self.sr_q.q.val();
        self.sr_sm.next = (self.sr_q.q.val() & self.k_sr_sm.val()).any();
        self.sr_f.next = (self.sr_q.q.val() & self.k_sr_f.val()).any();
        self.sr_cy.next = (self.sr_q.q.val() & self.k_sr_cy.val()).any();
        self.sr_ove.next = (self.sr_q.q.val() & self.k_sr_ove.val()).any();
        self.sr_dme.next = (self.sr_q.q.val() & self.k_sr_dme.val()).any();
        self.sr_ime.next = (self.sr_q.q.val() & self.k_sr_ime.val()).any();
        self.sr_dce.next = (self.sr_q.q.val() & self.k_sr_dce.val()).any();
        self.sr_ice.next = (self.sr_q.q.val() & self.k_sr_ice.val()).any();
        // the origin tag: VMCR's world and VMID (the same layout), SR[SM]
        self.origin.next = self.vmcr.val();
        if self.sr_sm.val() {
            self.origin.next = self.vmcr.val() | self.k_tga_supervisor.val();
        }
        self.halted.next = self.halted_q.q.val();

        // ---- privilege and the SPR bus
        self.ok.next = self.mem_valid.val() & !self.exc.val();
        self.user_rd.next = self.mfspr.val()
            & (self.sr_q.q.val() & self.k_sr_sumra.val()).any()
            & (self.mem_ea.val() <= self.k_user_spr_last.val());
        // worlds: who may make a VMX instruction, and reach which SPRs
        // (VMCR: any supervisor, a write is ignored; VMEXIT, VMEXINFO, VMENTERR:
        // the host reads; VMSAVE: the host writes (and VMENTERR, ignored); the
        // rest of group 24: the monitor; PMR, PIC: not a guest)
        self.vmx_fault.next = (self.smc.val() & !(self.k_enabled.val() & !self.w_monitor.val()))
            | (self.vmcall.val() & !(self.k_enabled.val() & self.w_guest.val()))
            | (self.vmenter.val() & !(self.k_enabled.val() & self.w_host.val()));
        self.spr_grp.next = self.mem_ea.val().get_bits::<5>(11);
        self.spr_fault.next = false;
        if self.k_enabled.val() & (self.mfspr.val() | self.mtspr.val()) & !self.w_monitor.val() {
            if self.spr_grp.val() == 24 {
                self.spr_fault.next = (self.mem_ea.val() != self.k_spr_vmcr.val())
                    & !(self.w_host.val()
                        & (self.mem_ea.val() <= self.k_spr_venterr.val())
                        & ((self.mfspr.val() & (self.mem_ea.val() >= self.k_spr_vmexit.val()))
                            | (self.mtspr.val() & (self.mem_ea.val() >= self.k_spr_vmsave.val()))));
            }
            if self.w_guest.val() & ((self.spr_grp.val() == 8) | (self.spr_grp.val() == 9)) {
                self.spr_fault.next = true;
            }
        }
        self.priv_fault.next = self.ok.val()
            & ((((self.mfspr.val() | self.mtspr.val() | self.rfe.val() | self.smc.val() | self.vmcall.val() | self.vmenter.val())
                & !(self.sr_q.q.val() & self.k_sr_sm.val()).any()
                & !self.user_rd.val())
                | ((self.smc.val() | self.vmcall.val() | self.vmenter.val()) & (self.mem_ds.val() | self.vmx_fault.val())))
                | self.spr_fault.val());
        self.spr_addr.next = self.mem_ea.val();
        self.spr_wdata.next = self.mem_b.val();
        self.spr_rreq.next = self.ok.val() & self.mfspr.val() & !self.priv_fault.val();
        self.spr_wreq.next = self.ok.val() & self.mtspr.val() & !self.priv_fault.val();

        // ---- the trap this instruction takes, if any (IF/ID/EX faults first)
        self.trap.next = self.exc.val();
        self.tvec.next = self.exc_vec.val();
        self.teear_we.next = self.exc_eear_we.val();
        self.teear.next = self.exc_eear.val();
        if self.ok.val() {
            if self.priv_fault.val() {
                self.trap.next = true;
                self.tvec.next = self.k_vec_illegal.val();
                self.teear_we.next = true;
                self.teear.next = self.mem_pc.val();
            } else if self.swa_align.val() {
                self.trap.next = true;
                self.tvec.next = self.k_vec_align.val();
                self.teear_we.next = true;
                self.teear.next = self.mem_ea.val();
            } else if self.dmmu_fault.val() {
                self.trap.next = true;
                self.tvec.next = self.dmmu_vec.val();
                self.teear_we.next = true;
                self.teear.next = self.mem_ea.val();
            } else if self.rg_exit.val() {
                self.trap.next = true;
                self.tvec.next = self.k_vec_vmexit.val();
                self.teear_we.next = true;
                self.teear.next = self.rg_gpa.val();
            } else if self.bus_err.val() {
                self.trap.next = true;
                self.tvec.next = self.k_vec_bus.val();
                self.teear_we.next = true;
                self.teear.next = self.mem_ea.val();
            }
        }
        self.vm_enter_req.next = self.ok.val() & self.vmenter.val() & !self.trap.val();
        // = commit & !trap for an l.mtspr (no data access, so no bus wait)
        self.spr_we.next = self.ok.val() & self.mtspr.val() & !self.priv_fault.val() & !self.spr_busy.val();

        // ---- Ctrl's own SPRs
        self.spr_rdata.next = 0.into();
        if self.mem_ea.val() == self.k_spr_vr.val() {
            self.spr_rdata.next = self.k_vr_value.val();
        }
        if self.mem_ea.val() == self.k_spr_upr.val() {
            self.spr_rdata.next = self.k_upr_value.val();
        }
        if self.mem_ea.val() == self.k_spr_cpucfgr.val() {
            self.spr_rdata.next = self.k_cpucfgr_value.val();
        }
        if self.mem_ea.val() == self.k_spr_npc.val() {
            self.spr_rdata.next = self.mem_npc.val();
        }
        if self.mem_ea.val() == self.k_spr_sr.val() {
            self.spr_rdata.next = self.sr_q.q.val();
        }
        if self.mem_ea.val() == self.k_spr_ppc.val() {
            self.spr_rdata.next = self.mem_pc.val();
        }
        if self.mem_ea.val() == self.k_spr_epcr.val() {
            self.spr_rdata.next = self.epcr.q.val();
        }
        if self.mem_ea.val() == self.k_spr_eear.val() {
            self.spr_rdata.next = self.eear.q.val();
        }
        if self.mem_ea.val() == self.k_spr_esr.val() {
            self.spr_rdata.next = self.esr.q.val();
        }

        // ---- commit: SR after this instruction, exception entry, interrupts
        self.vec_base.next = 0.into();
        if (self.sr_q.q.val() & self.k_sr_eph.val()).any() {
            self.vec_base.next = self.k_vec_base_eph.val();
        }
        self.serialize.next = self.ok.val()
            & (self.rfe.val()
                | self.mtspr.val()
                | self.swa.val()
                | self.refetch.val()
                | self.smc.val()
                | self.vmcall.val()
                | self.vmenter.val()
                | (self.nop_exit.val() & self.w_guest.val()));
        self.sr_entry.next = (self.sr_q.q.val() | self.k_sr_sm.val())
            & !(self.k_sr_iee.val()
                | self.k_sr_tee.val()
                | self.k_sr_dme.val()
                | self.k_sr_ime.val()
                | self.k_sr_ove.val()
                | self.k_sr_dsx.val());
        self.redirect.next = self.mem_npc.val();
        self.sr_c.next = self.sr_q.q.val();
        self.g_epcr_n.next = self.epcr.q.val();
        self.g_eear_n.next = self.eear.q.val();
        self.g_esr_n.next = self.esr.q.val();
        self.flush.next = false;
        self.intr.next = false;
        self.ivec.next = self.k_vec_tick.val();
        self.exit_now.next = false;
        self.exit_intr.next = false;
        self.exit_intr_cause.next = self.k_exit_tick.val();
        self.defer.next = false;
        self.vm_smc.next = false;
        self.vm_smret.next = false;
        self.vm_enter.next = false;
        self.vm_exit_cause.next = self.k_exit_region.val();
        self.vm_exit_info0.next = 0.into();
        self.vm_exit_info1.next = 0.into();
        self.vm_exit_pc.next = self.mem_npc.val();
        if self.commit.val() {
            if self.trap.val() {
                self.flush.next = true;
                self.redirect.next = self.vec_base.val() | self.tvec.val();
                if self.k_enabled.val() & self.w_monitor.val() {
                    // the monitor never faults: a fault stops the machine
                    self.defer.next = true;
                    self.halted_q.d.next = true;
                } else if self.w_guest.val() & (self.tvec.val() == self.k_vec_vmexit.val()) {
                    // outside the guest's regions: nothing was accessed; it
                    // resumes at the instruction (a delay slot's branch)
                    self.exit_now.next = true;
                    self.vm_exit_info0.next = self.teear.val();
                    self.vm_exit_info1.next = self.k_acc_exec.val();
                    if self.rg_exit.val() {
                        self.vm_exit_info1.next = self.k_acc_read.val();
                        if self.rg_write.val() {
                            self.vm_exit_info1.next = self.k_acc_write.val();
                        }
                    }
                    self.vm_exit_pc.next = self.mem_pc.val();
                    if self.mem_ds.val() {
                        self.vm_exit_pc.next = self.mem_pc.val() - 4;
                    }
                } else {
                    self.g_esr_n.next = self.sr_q.q.val();
                    self.sr_c.next = self.sr_entry.val();
                    if self.mem_ds.val() {
                        self.sr_c.next = self.sr_entry.val() | self.k_sr_dsx.val();
                    }
                    if self.mem_ds.val() {
                        self.g_epcr_n.next = self.mem_pc.val() - 4;
                    } else if self.tvec.val() == self.k_vec_sys.val() {
                        self.g_epcr_n.next = self.mem_pc.val() + 4;
                    } else {
                        self.g_epcr_n.next = self.mem_pc.val();
                    }
                    if self.teear_we.val() {
                        self.g_eear_n.next = self.teear.val();
                    }
                    // a guest handler whose first instruction raises its own
                    // exception again: the guest cannot take it
                    if self.w_guest.val() & ((self.vec_base.val() | self.tvec.val()) == self.mem_pc.val()) {
                        self.exit_now.next = true;
                        self.vm_exit_cause.next = self.k_exit_fault.val();
                        self.vm_exit_info0.next = self.tvec.val();
                        self.vm_exit_pc.next = self.mem_pc.val();
                    }
                }
            } else {
                if self.rfe.val() {
                    self.sr_c.next = self.esr.q.val() | self.k_sr_fo.val();
                    self.redirect.next = self.epcr.q.val();
                    if self.k_enabled.val() & self.w_monitor.val() {
                        // the monitor returns to its caller's world
                        self.sr_c.next = self.vm_smesr.val() | self.k_sr_fo.val();
                        self.redirect.next = self.vm_smepcr.val();
                        self.vm_smret.next = true;
                    }
                }
                if self.smc.val() {
                    self.sr_c.next = self.k_sr_sm.val() | self.k_sr_fo.val();
                    self.redirect.next = self.k_sm_call.val();
                    self.vm_smc.next = true;
                }
                if self.vmenter.val() & !self.vm_enter_code.val().any() {
                    self.vm_enter.next = true;
                    self.defer.next = true;
                }
                if self.vmcall.val() {
                    self.exit_now.next = true;
                    self.vm_exit_cause.next = self.k_exit_vmcall.val();
                }
                if self.nop_exit.val() & self.w_guest.val() {
                    self.exit_now.next = true;
                    self.vm_exit_cause.next = self.k_exit_halt.val();
                }
                if self.spr_we.val() {
                    if self.mem_ea.val() == self.k_spr_sr.val() {
                        self.sr_c.next = (self.mem_b.val() & self.k_sr_writable.val())
                            | (self.sr_q.q.val() & self.k_sr_dsx.val())
                            | self.k_sr_fo.val();
                    }
                    if self.mem_ea.val() == self.k_spr_epcr.val() {
                        self.g_epcr_n.next = self.mem_b.val();
                    }
                    if self.mem_ea.val() == self.k_spr_eear.val() {
                        self.g_eear_n.next = self.mem_b.val();
                    }
                    if self.mem_ea.val() == self.k_spr_esr.val() {
                        self.g_esr_n.next = self.mem_b.val();
                    }
                }
                if self.swa.val() {
                    self.sr_c.next = self.sr_q.q.val() & !self.k_sr_f.val();
                    if self.swa_ok.val() {
                        self.sr_c.next = self.sr_q.q.val() | self.k_sr_f.val();
                    }
                }
                self.flush.next = self.serialize.val();
                // interrupts: between this instruction and the next, never
                // before a delay slot nor after an SR-changing instruction.
                // In a guest a pending host interrupt is a VM exit whatever
                // the SRs say, before the guest's own tick.
                if !self.serialize.val() & !self.branch.val() {
                    if self.w_guest.val() {
                        if self.tick_irq.val() {
                            self.exit_intr.next = true;
                        } else if self.ext_irq.val() {
                            self.exit_intr.next = true;
                            self.exit_intr_cause.next = self.k_exit_ext.val();
                        } else if (self.sr_q.q.val() & self.k_sr_tee.val()).any() & self.gtick_irq.val() {
                            self.intr.next = true;
                        }
                    } else if (self.sr_q.q.val() & self.k_sr_tee.val()).any() & self.tick_irq.val() {
                        self.intr.next = true;
                    } else if (self.sr_q.q.val() & self.k_sr_iee.val()).any() & self.ext_irq.val() {
                        self.intr.next = true;
                        self.ivec.next = self.k_vec_ext.val();
                    }
                }
            }
        }
        // SR after the commit: the committed instruction's, or the
        // interrupt entry's (from the SR before the commit, as it changed nothing)
        self.sr_n.next = self.sr_c.val();
        if self.intr.val() {
            self.flush.next = true;
            self.redirect.next = self.vec_base.val() | self.ivec.val();
            self.g_esr_n.next = self.sr_q.q.val();
            self.sr_n.next = self.sr_entry.val();
            self.g_epcr_n.next = self.mem_npc.val();
        }
        // a host interrupt's exit is reported as an interrupt step
        if self.exit_intr.val() {
            self.exit_now.next = true;
            self.vm_exit_cause.next = self.exit_intr_cause.val();
            self.intr.next = true;
            self.ivec.next = self.k_vec_vmexit.val();
        }
        // what the guest leaves, before the exit gives the host its state
        self.g_sr.next = self.sr_n.val();
        self.g_epcr.next = self.g_epcr_n.val();
        self.g_eear.next = self.g_eear_n.val();
        self.g_esr.next = self.g_esr_n.val();
        self.vm_exit.next = self.exit_now.val();
        if self.exit_now.val() {
            // VM exit: the host enters 0xF00 as an exception of its l.vmenter
            // (once the sequencer has stored and cleared the registers)
            self.flush.next = true;
            self.defer.next = true;
            self.sr_n.next = (self.vm_host_sr.val() | self.k_sr_sm.val())
                & !(self.k_sr_iee.val()
                    | self.k_sr_tee.val()
                    | self.k_sr_dme.val()
                    | self.k_sr_ime.val()
                    | self.k_sr_ove.val()
                    | self.k_sr_dsx.val());
            if !self.exit_intr.val() {
                self.sr_c.next = self.sr_n.val();
            }
            self.g_epcr_n.next = self.vm_host_pc.val() + 4;
            self.g_esr_n.next = self.vm_host_sr.val();
            self.g_eear_n.next = self.vm_host_eear.val();
        }
        self.epcr.d.next = self.g_epcr_n.val();
        self.eear.d.next = self.g_eear_n.val();
        self.esr.d.next = self.g_esr_n.val();
        self.refill_q.d.next = self.flush.val() & !self.defer.val() & !self.reset.val();
        self.refill_pc_q.d.next = self.redirect.val();
        // the VM sequencer is done: the host's 0xF00, or the guest's pc
        if self.vm_exit_done.val() {
            self.refill_q.d.next = true;
            self.refill_pc_q.d.next = self.vec_base.val() | self.k_vec_vmexit.val();
        }
        if self.vm_enter_done.val() {
            self.refill_q.d.next = true;
            self.refill_pc_q.d.next = self.vm_r_pc.val();
            self.epcr.d.next = self.vm_r_epcr.val();
            self.eear.d.next = self.vm_r_eear.val();
            self.esr.d.next = self.vm_r_esr.val();
        }
        self.refill.next = self.refill_q.q.val();
        self.refill_pc.next = self.refill_pc_q.q.val();
        self.sr_commit.next = self.sr_c.val();
        self.sr_next.next = self.sr_n.val();

        // ---- flags written by the instruction leaving EX
        self.sr_ex.next = self.sr_n.val();
        if self.ex_f_we.val() {
            self.sr_ex.next = self.sr_ex.val() & !self.k_sr_f.val();
            if self.ex_f.val() {
                self.sr_ex.next = self.sr_ex.val() | self.k_sr_f.val();
            }
        }
        if self.ex_cy_we.val() {
            self.sr_ex.next = self.sr_ex.val() & !self.k_sr_cy.val();
            if self.ex_cy.val() {
                self.sr_ex.next = self.sr_ex.val() | self.k_sr_cy.val();
            }
        }
        if self.ex_ov_we.val() {
            self.sr_ex.next = self.sr_ex.val() & !self.k_sr_ov.val();
            if self.ex_ov.val() {
                self.sr_ex.next = self.sr_ex.val() | self.k_sr_ov.val();
            }
        }
        self.sr_q.d.next = self.sr_ex.val();
        if self.vm_enter_done.val() {
            self.sr_q.d.next = self.vm_r_sr.val() | self.k_sr_fo.val();
        }
        if self.reset.val() {
            self.halted_q.d.next = false;
            self.sr_q.d.next = self.k_sr_reset.val();
            self.epcr.d.next = 0.into();
            self.eear.d.next = 0.into();
            self.esr.d.next = 0.into();
        }
    }
}
