//! Control flow: forward branches and jumps with their delay slots,
//! calls and counted loops (the termination rules of the module docs).

use super::*;

impl Gen<'_> {
    /// Plans a delay-slot instruction. Emits any set-up it needs (the base
    /// register of a bus-error access) now, before the branch, and returns
    /// the slot word and whether it may fault.
    pub(super) fn plan_slot(&mut self, kind: SlotKind) -> (u32, bool) {
        if kind == SlotKind::Safe {
            let (sub, op2, sel, _, _) = *ALU_RR[3..6].choose(&mut self.rng).unwrap();
            let (d, a, b) = (self.dst(), self.src(), self.src());
            return (alu(sub, op2, sel, d, a, b), false);
        }
        match self.rng.gen_range(0..14) {
            0..=3 => self.alu_rr(),
            4 | 5 => self.alu_ri(),
            6 => (self.setflag(), false),
            7 | 8 => self.mem_data(false),
            9 => self.mem_data(true),
            10 if self.opts.guest => {
                // unmapped space is outside a guest's regions (a VM exit
                // the host cannot resume); l.vmcall, l.smc and l.vmenter in
                // a delay slot are illegal instructions instead
                let w = *[VMCALL_INSN, SMC_INSN, vmenter(1, 2)].choose(&mut self.rng).unwrap();
                (w, true)
            }
            10 => {
                let b = self.dst_nonzero();
                self.emit(movhi(b, Layout::BAD_HI));
                (self.mem_bad(b), true)
            }
            11 => self.mac(),
            _ => (self.exception(), true),
        }
    }

    /// Emits a branch (to `target`, fixed up later) and its slot.
    pub(super) fn branch_with_slot(&mut self, word: u32, fix: Option<Fix>, slot: (u32, bool)) {
        match fix {
            Some(f) => self.emit_fix(word, f),
            None => self.emit(word),
        }
        self.emit_c(slot.0, slot.1);
    }

    pub(super) fn skip_len(&mut self) -> usize {
        self.rng.gen_range(1..=6)
    }

    /// [l.sf*] l.bf/l.bnf L; slot; random code; L:
    pub(super) fn branch_fwd(&mut self, depth: usize) {
        if self.chance(0.7) {
            let w = self.setflag();
            self.emit(w);
        }
        let l = self.new_label();
        let slot = self.plan_slot(SlotKind::Any);
        let opcode = if self.chance(0.5) { OP_BF } else { OP_BNF };
        self.branch_with_slot(branch(opcode, 0), Some(Fix::Branch(l)), slot);
        let n = self.skip_len();
        self.block(n, depth + 1);
        self.bind(l);
    }

    /// l.j L or (l.movhi/l.ori t; l.jr t); slot; code skipped; L:
    pub(super) fn jump_fwd(&mut self, depth: usize) {
        let l = self.new_label();
        if self.chance(0.5) {
            let slot = self.plan_slot(SlotKind::Any);
            self.branch_with_slot(branch(OP_J, 0), Some(Fix::Branch(l)), slot);
        } else {
            let t = self.dst_nonzero();
            self.load_label(t, l);
            let saved = self.no_write;
            self.no_write |= 1 << t;
            let slot = self.plan_slot(SlotKind::Any);
            self.no_write = saved;
            self.branch_with_slot(jr(t), None, slot);
        }
        let n = self.skip_len();
        self.block(n, depth + 1);
        self.bind(l);
    }

    /// l.jal S / l.jalr t; slot; l.j A; safe slot; S: body; l.jr r9; slot; A:
    ///
    /// The return lands on `l.j A`; a fault in the call's slot resumes there
    /// too (skipping the call). r9 is not written inside the body.
    pub(super) fn call(&mut self, depth: usize) {
        let (sub, after) = (self.new_label(), self.new_label());
        let saved = self.no_write;
        self.no_write |= 1 << R_LINK;
        if self.chance(0.5) {
            let slot = self.plan_slot(SlotKind::Any);
            self.branch_with_slot(branch(OP_JAL, 0), Some(Fix::Branch(sub)), slot);
        } else {
            let t = self.dst_nonzero();
            self.load_label(t, sub);
            self.no_write |= 1 << t;
            let slot = self.plan_slot(SlotKind::Any);
            self.no_write &= !(1 << t) | saved;
            self.branch_with_slot(jalr(t), None, slot);
        }
        let slot = self.plan_slot(SlotKind::Safe);
        self.branch_with_slot(branch(OP_J, 0), Some(Fix::Branch(after)), slot);
        self.bind(sub);
        let was_in_call = self.in_call;
        self.in_call = true;
        let n = self.rng.gen_range(2..=12);
        self.block(n, depth + 1);
        let slot = self.plan_slot(SlotKind::Any);
        self.branch_with_slot(jr(R_LINK), None, slot);
        self.in_call = was_in_call;
        self.no_write = saved;
        self.bind(after);
    }

    /// rc = N; top: body; rc -= 1; l.sf* rc, 0; l.bf top; slot
    ///
    /// The counter rc is written by nothing else, so the loop runs at most
    /// N times (fewer when a fault in the closing slot resumes after it).
    pub(super) fn counted_loop(&mut self, depth: usize) {
        let body = self.rng.gen_range(3..=14);
        let mut n = self.rng.gen_range(1..=8u64);
        // worst case per body word: a fault and its handler
        while n > 1
            && self.cost + self.mult * n * (body as u64 + 4) * (1 + self.fault_cost) > self.budget
        {
            n -= 1;
        }
        // an overrun inside the loop costs at most three worst items per
        // iteration (the last item and the closing words of two levels)
        let item_max = if self.opts.hazards {
            hazards::ITEM_WORDS * (1 + self.fault_cost + self.tlb_cost) + self.tick_cost
        } else {
            8 * (1 + self.fault_cost) + self.tick_cost
        };
        while n > 1 && self.mult * n * 3 * item_max > self.reserve {
            n -= 1;
        }
        let rc = LOOP_REGS[self.loop_depth];
        self.emit(dai(OP_ADDI, rc, 0, n as u32));
        let top = self.new_label();
        self.bind(top);
        let (saved_nw, saved_mult) = (self.no_write, self.mult);
        self.no_write |= 1 << rc;
        self.mult *= n;
        self.loop_depth += 1;
        self.block(body, depth + 1);
        self.emit(dai(OP_ADDI, rc, rc, (-1i32) as u32));
        let close = match self.rng.gen_range(0..3) {
            0 => sfi(SF_NE, rc, 0),
            1 => sfi(SF_GTS, rc, 0),
            _ => sf(SF_GTU, rc, 0),
        };
        self.emit(close);
        let slot = self.plan_slot(SlotKind::Any);
        self.branch_with_slot(branch(OP_BF, 0), Some(Fix::Branch(top)), slot);
        self.loop_depth -= 1;
        self.mult = saved_mult;
        self.no_write = saved_nw;
    }
}
