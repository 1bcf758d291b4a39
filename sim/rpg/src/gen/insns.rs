//! One random instruction (or short group) of each kind: memory, cache
//! and SPR operations, ALU, MAC, exceptions, and register reloads with a
//! fresh random value (the TLB-miss handlers are in `handlers.rs`).

use super::*;

impl Gen<'_> {
    /// An aligned load or store in the data region through the uncached
    /// RAM alias: with the D-cache on it sees (and writes) memory, not a
    /// dirty line.
    pub(super) fn mem_alias(&mut self) {
        let b = self.dst_nonzero();
        self.emit(movhi(b, self.alias_hi()));
        if self.chance(0.5) {
            let (opcode, size) = *LOADS.choose(&mut self.rng).unwrap();
            let (d, off) = (self.dst(), self.data_off(size));
            self.emit(load(opcode, d, b, off));
        } else {
            let (opcode, size) = *STORES.choose(&mut self.rng).unwrap();
            let (v, off) = (self.src(), self.data_off(size));
            self.emit(store(opcode, b, v, off));
        }
    }

    /// l.mtspr of DCBFR/DCBWR/DCBIR with an address in the data region
    /// (rarely in the alias or unmapped space: no line, no effect), of
    /// ICBIR with an address in the code, or a read of DCCFGR/ICCFGR.
    pub(super) fn cache_op(&mut self) {
        let t = self.dst_nonzero();
        match self.rng.gen_range(0..20) {
            0..=14 => {
                let spr = *[SPR_DCBFR, SPR_DCBFR, SPR_DCBWR, SPR_DCBWR, SPR_DCBIR]
                    .choose(&mut self.rng)
                    .unwrap();
                let off = self.data_off(1);
                match self.rng.gen_range(0..10) {
                    0 => self.emit(movhi(t, self.alias_hi())),
                    1 => self.emit(movhi(t, Layout::BAD_HI)),
                    _ => self.emit(dai(OP_ADDI, t, R_DATA, off)),
                }
                self.emit(mtspr(0, t, spr));
            }
            15..=17 => {
                let end = Layout::CODE_BASE + 4 * (self.code.len() as u32 + 8);
                let addr = self.rng.gen_range(Layout::IMAGE_BASE..end);
                self.emit_words(&load32(t, addr));
                self.emit(mtspr(0, t, SPR_ICBIR));
            }
            _ => {
                let spr = if self.chance(0.5) { SPR_DCCFGR } else { SPR_ICCFGR };
                self.emit(mfspr(t, 0, spr));
            }
        }
    }

    /// The high half of the data region's uncached alias. A guest's
    /// regions hold no alias (address bit 31 set is outside them: a VM
    /// exit), so in a guest this is the data region itself.
    pub(super) fn alias_hi(&self) -> u32 {
        if self.opts.guest {
            Layout::DATA_BASE >> 16
        } else {
            Layout::ALIAS_HI
        }
    }

    pub(super) fn dst_nonzero(&mut self) -> u8 {
        loop {
            let r = self.dst();
            if r != 0 {
                return r;
            }
        }
    }

    pub(super) fn alu_rr(&mut self) -> (u32, bool) {
        let (sub, op2, sel, uses_b, range) = *ALU_RR.choose(&mut self.rng).unwrap();
        let (d, a) = (self.dst(), self.src());
        let b = if uses_b { self.src() } else { 0 };
        (alu(sub, op2, sel, d, a, b), range)
    }

    pub(super) fn alu_ri(&mut self) -> (u32, bool) {
        if self.chance(0.3) {
            let code = self.rng.gen_range(0..4);
            // amounts 32..63 rarely: bit 5 of the field is ignored
            let amount = if self.chance(0.05) {
                self.rng.gen_range(32..64)
            } else {
                self.rng.gen_range(0..32)
            };
            let (d, a) = (self.dst(), self.src());
            return (shifti(code, d, a, amount), false);
        }
        let (opcode, range) = *ALU_RI.choose(&mut self.rng).unwrap();
        let (d, a, k) = (self.dst(), self.src(), self.imm16());
        (dai(opcode, d, a, k), range)
    }

    pub(super) fn setflag(&mut self) -> u32 {
        let cond = *CONDS.choose(&mut self.rng).unwrap();
        let a = self.src();
        if self.chance(0.5) {
            let b = self.src();
            sf(cond, a, b)
        } else {
            let k = self.imm16();
            sfi(cond, a, k)
        }
    }

    /// A load or store at r28 + offset (aligned unless `misalign`), or a
    /// load from the vectors/handlers through r0.
    pub(super) fn mem_data(&mut self, misalign: bool) -> (u32, bool) {
        let is_load = self.chance(0.55);
        let (opcode, size) = if is_load {
            *LOADS.choose(&mut self.rng).unwrap()
        } else {
            *STORES.choose(&mut self.rng).unwrap()
        };
        if misalign && size > 1 {
            let off = self.data_off(size) + self.rng.gen_range(1..size);
            let off = off.min(Layout::DATA_SIZE - 1);
            return if is_load {
                let d = self.dst();
                (load(opcode, d, R_DATA, off), true)
            } else {
                let b = self.src();
                (store(opcode, R_DATA, b, off), true)
            };
        }
        if is_load {
            let d = self.dst();
            if self.chance(0.1) {
                let off = self
                    .rng
                    .gen_range(Layout::IMAGE_BASE / size..Layout::CODE_BASE / size)
                    * size;
                return (load(opcode, d, 0, off), false);
            }
            let off = self.data_off(size);
            (load(opcode, d, R_DATA, off), false)
        } else {
            let (b, off) = (self.src(), self.data_off(size));
            (store(opcode, R_DATA, b, off), false)
        }
    }

    /// t = (rX & mask) + r28, then an access at t: addresses computed by
    /// the ALU just before use; sometimes misaligned.
    pub(super) fn mem_indexed(&mut self) {
        let is_load = self.chance(0.5);
        let (opcode, size) = if is_load {
            *LOADS.choose(&mut self.rng).unwrap()
        } else {
            *STORES.choose(&mut self.rng).unwrap()
        };
        let t = self.dst_nonzero();
        let x = self.src();
        let aligned = self.chance(0.9);
        let mask = (Layout::DATA_SIZE - 1) & if aligned { !(size - 1) } else { !0 };
        self.emit(dai(OP_ANDI, t, x, mask));
        self.emit(alu(ALU_ADD, 0, 0, t, t, R_DATA));
        let faulty = !aligned && size > 1;
        if is_load {
            let d = self.dst();
            self.emit_c(load(opcode, d, t, 0), faulty);
        } else {
            let b = self.src();
            self.emit_c(store(opcode, t, b, 0), faulty);
        }
    }

    /// A load or store through `b`, which holds BAD_HI << 16: bus error.
    pub(super) fn mem_bad(&mut self, b: u8) -> u32 {
        let off = self.rng.gen_range(0..0x2000u32) * 4;
        if self.chance(0.5) {
            let (opcode, _) = *LOADS.choose(&mut self.rng).unwrap();
            let d = self.dst();
            load(opcode, d, b, off)
        } else {
            let (opcode, _) = *STORES.choose(&mut self.rng).unwrap();
            let v = self.src();
            store(opcode, b, v, off)
        }
    }

    /// l.lwa, up to two ALU instructions, l.swa to the same word (or, at
    /// times, another one, which fails without storing). No store comes in
    /// between, so success depends only on the reservation. l.lwa is
    /// sometimes misaligned; l.swa never is (a failing l.swa need not check).
    pub(super) fn lwa_swa(&mut self) {
        let off = self.data_off(4);
        let d = self.dst();
        if self.chance(0.1) {
            let mis = off + self.rng.gen_range(1..4);
            self.emit_c(load(OP_LWA, d, R_DATA, mis), true);
        } else {
            self.emit(load(OP_LWA, d, R_DATA, off));
        }
        for _ in 0..self.rng.gen_range(0..3) {
            let (w, f) = self.alu_rr();
            self.emit_c(w, f);
        }
        let off2 = if self.chance(0.8) {
            off
        } else {
            self.data_off(4)
        };
        let b = self.src();
        self.emit(store(OP_SWA, R_DATA, b, off2));
    }

    pub(super) fn mac(&mut self) -> (u32, bool) {
        match self.rng.gen_range(0..5) {
            0 | 1 => {
                let (a, b) = (self.src(), self.src());
                (mac(MAC_MAC, a, b), true)
            }
            2 => {
                let (a, b) = (self.src(), self.src());
                (mac(MAC_MSB, a, b), true)
            }
            3 => {
                let (a, k) = (self.src(), self.imm16());
                (maci(a, k), true)
            }
            _ => {
                let d = self.dst();
                (macrc(d), false)
            }
        }
    }

    pub(super) fn spr_read(&mut self) {
        let d = self.dst();
        match self.rng.gen_range(0..10) {
            0 => {
                // the GPR window: a pool register through group 0
                let r = self.rng.gen_range(POOL) as u32;
                self.emit(mfspr(d, 0, SPR_GPR0 + r));
            }
            1 => {
                // group in rA, index in the immediate: MACLO/MACHI
                let t = self.dst_nonzero();
                let spr = if self.chance(0.5) {
                    SPR_MACLO
                } else {
                    SPR_MACHI
                };
                self.emit(dai(OP_ORI, t, 0, spr & !0x7ff));
                self.emit(mfspr(d, t, spr & 0x7ff));
            }
            2 if self.opts.pc_sprs => {
                let spr = if self.chance(0.5) { SPR_NPC } else { SPR_PPC };
                self.emit(mfspr(d, 0, spr));
            }
            _ => {
                let spr = *READ_SPRS.choose(&mut self.rng).unwrap();
                // PICMR is host-only: illegal in a guest
                self.emit_c(mfspr(d, 0, spr), self.opts.guest && spr == SPR_PICMR);
            }
        }
    }

    pub(super) fn spr_write(&mut self) {
        let b = self.src();
        if self.chance(0.15) {
            // the GPR window: write a pool register through group 0
            let r = self.dst_nonzero() as u32;
            self.emit(mtspr(0, b, SPR_GPR0 + r));
        } else if self.chance(0.15) {
            let t = self.dst_nonzero();
            let spr = if self.chance(0.5) {
                SPR_MACLO
            } else {
                SPR_MACHI
            };
            self.emit(dai(OP_ORI, t, 0, spr & !0x7ff));
            self.emit(mtspr(t, b, spr & 0x7ff));
        } else {
            let spr = *WRITE_SPRS.choose(&mut self.rng).unwrap();
            self.emit_c(mtspr(0, b, spr), self.opts.guest && spr == SPR_PICMR);
        }
    }

    /// SR ^= bits (never SM, DME, IME, IEE, EPH: see Options), through a
    /// pool register.
    pub(super) fn sr_toggle(&mut self, bits: u32) {
        debug_assert_eq!(bits & !(SR_F | SR_CY | SR_OV | SR_OVE | SR_TEE), 0);
        let t = self.dst_nonzero();
        self.emit(mfspr(t, 0, SPR_SR));
        self.emit(dai(OP_XORI, t, t, bits));
        self.emit(mtspr(0, t, SPR_SR));
    }

    /// TTMR = mode | IE | period (TICK_MIN..TICK_MAX), TTCR = 0 or a small
    /// value below the period.
    pub(super) fn timer_setup(&mut self) {
        let mode = *[
            TTMR_M_RESTART,
            TTMR_M_RESTART,
            TTMR_M_RESTART,
            TTMR_M_CONT,
            TTMR_M_STOP,
            TTMR_M_DISABLED,
        ]
        .choose(&mut self.rng)
        .unwrap();
        let ie = if self.chance(0.9) { TTMR_IE } else { 0 };
        let period = self.rng.gen_range(TICK_MIN..=TICK_MAX);
        let t = self.dst_nonzero();
        self.emit_words(&load32(t, (mode << TTMR_M_SHIFT) | ie | period));
        if self.chance(0.7) {
            self.emit(mtspr(0, 0, SPR_TTCR));
        } else {
            let u = self.dst_nonzero();
            let start = self.rng.gen_range(0..period);
            self.emit(dai(OP_ORI, u, 0, start));
            self.emit(mtspr(0, u, SPR_TTCR));
        }
        self.emit(mtspr(0, t, SPR_TTMR));
        // a counter restarted close to its period may match early once
        self.cost += self.mult * self.tick_cost;
    }

    /// l.sys, l.trap (random K) or an instruction word the ISS decodes as
    /// illegal (never in the custom-1 space the hypervisor extension uses).
    pub(super) fn exception(&mut self) -> u32 {
        match self.rng.gen_range(0..4) {
            0 => systrap(SYS_SYS, self.rng.gen()),
            1 => systrap(SYS_TRAP, self.rng.gen()),
            _ => self.illegal(),
        }
    }

    pub(super) fn illegal(&mut self) -> u32 {
        // start from families whose sub-fields have undefined codes, or any major opcode
        const NEAR: [u32; 7] = [OP_ALU, OP_SF, OP_NOP, OP_MOVHI, OP_SYSTRAP, OP_MAC, OP_SFI];
        loop {
            let low = self.rng.gen::<u32>() & ((1 << INSN_OPCODE_SHIFT) - 1);
            let opcode = if self.chance(0.4) {
                *NEAR.choose(&mut self.rng).unwrap()
            } else {
                self.rng.gen_range(0..64)
            };
            let w = (opcode << INSN_OPCODE_SHIFT) | low;
            // a guest runs with the hypervisor extension: its undefined
            // custom-1 words are illegal there too
            if (opcode != OP_CUST1 || self.opts.guest)
                && vmsp_iss::decode::decode(w) == vmsp_iss::decode::Insn::Illegal
            {
                return w;
            }
        }
    }

    /// `guest`: l.vmcall, a hypercall (a VM exit; the host's answer lands
    /// in r11), after fresh values in up to two of its arguments r3..r8.
    pub(super) fn hypercall(&mut self) {
        if self.no_write & (1 << 11) != 0 {
            return;
        }
        for _ in 0..self.rng.gen_range(0..=2) {
            let r = self.rng.gen_range(3..=8u8);
            if self.no_write & (1 << r) == 0 {
                let v = self.value();
                self.emit_words(&load32(r, v));
            }
        }
        self.emit(VMCALL_INSN);
        self.cost += self.mult * self.exit_cost;
    }

    /// `guest`: the world rules seen from a guest — VMCR read (allowed) or
    /// written (ignored), a host-only or monitor-only SPR read or written
    /// (illegal instruction), l.vmenter (illegal), an undefined custom-1
    /// word (illegal), or l.smc with r3 = SMC_VERSION, a host-only call
    /// (the monitor answers SM_ERR_UNSUPPORTED in r11; the calls a guest
    /// may make write its memory or take a signature's time, which the
    /// harness does not model).
    pub(super) fn world_probe(&mut self) {
        const HOST_ONLY: [u32; 10] = [
            SPR_VMEXIT,
            SPR_VMEXINFO0,
            SPR_VMEXINFO0 + VMEXINFO_COUNT - 1,
            SPR_PICMR,
            SPR_PICSR,
            SPR_PMR,
            SPR_SMEPCR,
            SPR_VMSEL,
            SPR_VMSTATE,
            SPR_VMRGN0,
        ];
        match self.rng.gen_range(0..8) {
            0 | 1 => {
                let d = self.dst();
                self.emit(mfspr(d, 0, SPR_VMCR));
            }
            2 => {
                let b = self.src();
                self.emit(mtspr(0, b, SPR_VMCR));
            }
            3 => {
                let spr = *HOST_ONLY.choose(&mut self.rng).unwrap();
                let d = self.dst();
                self.emit_c(mfspr(d, 0, spr), true);
            }
            4 => {
                let spr = *HOST_ONLY.choose(&mut self.rng).unwrap();
                let b = self.src();
                self.emit_c(mtspr(0, b, spr), true);
            }
            5 => {
                let (a, b) = (self.src(), self.src());
                self.emit_c(vmenter(a, b), true);
            }
            6 => {
                let w = loop {
                    let w = (OP_CUST1 << INSN_OPCODE_SHIFT) | (self.rng.gen::<u32>() & ((1 << INSN_OPCODE_SHIFT) - 1));
                    if vmsp_iss::decode::decode(w) == vmsp_iss::decode::Insn::Illegal {
                        break w;
                    }
                };
                self.emit_c(w, true);
            }
            _ => {
                if self.no_write & (1 << 11 | 1 << 3) == 0 {
                    self.emit(dai(OP_ORI, 3, 0, SMC_VERSION));
                    self.emit(SMC_INSN);
                    self.cost += self.mult * guest::SMC_STEPS;
                }
            }
        }
    }

    /// A register loaded with a new random value (a 32-bit
    /// constant, an l.addi or an l.movhi), so that later operands are not all derived from old ones.
    pub(super) fn reload(&mut self) {
        let d = self.dst_nonzero();
        match self.rng.gen_range(0..3) {
            0 => {
                let v = self.value();
                self.emit_words(&load32(d, v))
            }
            1 => {
                let k = self.imm16();
                self.emit(dai(OP_ADDI, d, 0, k))
            }
            _ => {
                let k = self.imm16();
                self.emit(movhi(d, k))
            }
        }
    }
}
