//! Instruction decoder: one 32-bit word in, the control signals of every
//! later stage out (purely combinational).
//!
//! Each pipeline stage that needs control has its own instance fed from its
//! own instruction register (ID for hazards and illegal-instruction
//! detection, EX for the ALU and branch unit, MEM for loads, stores and
//! SPRs), so the pipeline registers carry the word, not a bundle of
//! control bits. Every opcode, sub-opcode and field value is a `Constant`
//! built from `or1k-arch`, the module the ISS and the firmware header use.
use crate::alu::AluFn;
use crate::k;
use or1k_arch::*;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct Decoder {
    pub insn: Signal<In, Bits<32>>,

    /// Not an OR1200 instruction (illegal-instruction exception).
    pub illegal: Signal<Out, Bit>,
    /// Writes rD (bits 25..21) or, with `link`, r9.
    pub rd_we: Signal<Out, Bit>,
    pub link: Signal<Out, Bit>,
    /// Register read by operand A / B (forwarding and hazards); for
    /// `l.nop` operand A is r3, the argument of the simulator hooks.
    pub ra: Signal<Out, Bits<5>>,
    pub uses_ra: Signal<Out, Bit>,
    /// Register read by operand B: rB, or GPR n for `l.mfspr rD,r0,GPR0+n`
    /// (the GPR window with a static address).
    pub rb: Signal<Out, Bits<5>>,
    pub uses_rb: Signal<Out, Bit>,
    /// The ALU's B input is `imm` instead of rB.
    pub use_imm: Signal<Out, Bit>,
    pub imm: Signal<Out, Bits<32>>,
    pub alu_fn: Signal<Out, AluFn>,
    /// The ALU op updates SR[CY]/SR[OV] (add, addc, sub and immediates).
    pub alu_flags: Signal<Out, Bit>,
    /// l.j, l.jal, l.bf, l.bnf, l.jr, l.jalr: a delay slot follows.
    pub branch: Signal<Out, Bit>,
    /// Target from rB (l.jr, l.jalr) rather than pc + offset.
    pub br_reg: Signal<Out, Bit>,
    pub br_if_f: Signal<Out, Bit>,
    pub br_if_nf: Signal<Out, Bit>,
    pub br_off: Signal<Out, Bits<32>>,
    pub load: Signal<Out, Bit>,
    pub store: Signal<Out, Bit>,
    /// Access size in bytes (1, 2, 4) for loads and stores.
    pub size: Signal<Out, Bits<3>>,
    pub load_signed: Signal<Out, Bit>,
    pub lwa: Signal<Out, Bit>,
    pub swa: Signal<Out, Bit>,
    /// l.mul / l.muli (signed, OV) and l.mulu (CY).
    pub mul: Signal<Out, Bit>,
    pub mulu: Signal<Out, Bit>,
    pub div: Signal<Out, Bit>,
    pub divu: Signal<Out, Bit>,
    /// l.mac / l.maci (accumulate) and l.msb (subtract).
    pub mac: Signal<Out, Bit>,
    pub msb: Signal<Out, Bit>,
    pub macrc: Signal<Out, Bit>,
    /// l.sf* / l.sf*i: one-hot condition and signedness.
    pub sf: Signal<Out, Bit>,
    pub sf_eq: Signal<Out, Bit>,
    pub sf_ne: Signal<Out, Bit>,
    pub sf_gt: Signal<Out, Bit>,
    pub sf_ge: Signal<Out, Bit>,
    pub sf_lt: Signal<Out, Bit>,
    pub sf_le: Signal<Out, Bit>,
    pub sf_signed: Signal<Out, Bit>,
    pub mfspr: Signal<Out, Bit>,
    pub mtspr: Signal<Out, Bit>,
    pub rfe: Signal<Out, Bit>,
    pub sys: Signal<Out, Bit>,
    pub trap: Signal<Out, Bit>,
    pub nop: Signal<Out, Bit>,
    /// The VMX instructions (docs/VIRT.md); l.vmenter reads rA and rB.
    /// Whether they are allowed is decided at commit (`Ctrl`).
    pub smc: Signal<Out, Bit>,
    pub vmcall: Signal<Out, Bit>,
    pub vmenter: Signal<Out, Bit>,

    // Field values from or1k-arch.
    op_j: Constant<Bits<6>>,
    op_jal: Constant<Bits<6>>,
    op_bnf: Constant<Bits<6>>,
    op_bf: Constant<Bits<6>>,
    op_nop: Constant<Bits<6>>,
    op_movhi: Constant<Bits<6>>,
    op_systrap: Constant<Bits<6>>,
    op_rfe: Constant<Bits<6>>,
    op_cust1: Constant<Bits<6>>,
    k_smc: Constant<Bits<32>>,
    k_vmcall: Constant<Bits<32>>,
    k_vmenter: Constant<Bits<32>>,
    k_vmenter_mask: Constant<Bits<32>>,
    op_jr: Constant<Bits<6>>,
    op_jalr: Constant<Bits<6>>,
    op_maci: Constant<Bits<6>>,
    op_lwa: Constant<Bits<6>>,
    op_lwz: Constant<Bits<6>>,
    op_lws: Constant<Bits<6>>,
    op_lbz: Constant<Bits<6>>,
    op_lbs: Constant<Bits<6>>,
    op_lhz: Constant<Bits<6>>,
    op_lhs: Constant<Bits<6>>,
    op_addi: Constant<Bits<6>>,
    op_addic: Constant<Bits<6>>,
    op_andi: Constant<Bits<6>>,
    op_ori: Constant<Bits<6>>,
    op_xori: Constant<Bits<6>>,
    op_muli: Constant<Bits<6>>,
    op_mfspr: Constant<Bits<6>>,
    op_shifti: Constant<Bits<6>>,
    op_sfi: Constant<Bits<6>>,
    op_mtspr: Constant<Bits<6>>,
    op_mac: Constant<Bits<6>>,
    op_swa: Constant<Bits<6>>,
    op_sw: Constant<Bits<6>>,
    op_sb: Constant<Bits<6>>,
    op_sh: Constant<Bits<6>>,
    op_alu: Constant<Bits<6>>,
    op_sf: Constant<Bits<6>>,
    alu_add: Constant<Bits<4>>,
    alu_addc: Constant<Bits<4>>,
    alu_sub: Constant<Bits<4>>,
    alu_and: Constant<Bits<4>>,
    alu_or: Constant<Bits<4>>,
    alu_xor: Constant<Bits<4>>,
    alu_mul: Constant<Bits<4>>,
    alu_shift: Constant<Bits<4>>,
    alu_div: Constant<Bits<4>>,
    alu_divu: Constant<Bits<4>>,
    alu_mulu: Constant<Bits<4>>,
    alu_exthb: Constant<Bits<4>>,
    alu_extw: Constant<Bits<4>>,
    alu_cmov: Constant<Bits<4>>,
    alu_ffl1: Constant<Bits<4>>,
    shift_sll: Constant<Bits<4>>,
    shift_srl: Constant<Bits<4>>,
    shift_sra: Constant<Bits<4>>,
    shift2_sll: Constant<Bits<2>>,
    shift2_srl: Constant<Bits<2>>,
    shift2_sra: Constant<Bits<2>>,
    ext_hs: Constant<Bits<4>>,
    ext_bs: Constant<Bits<4>>,
    ext_hz: Constant<Bits<4>>,
    ext_ws: Constant<Bits<4>>,
    ext_wz: Constant<Bits<4>>,
    sf_c_eq: Constant<Bits<5>>,
    sf_c_ne: Constant<Bits<5>>,
    sf_c_gtu: Constant<Bits<5>>,
    sf_c_geu: Constant<Bits<5>>,
    sf_c_ltu: Constant<Bits<5>>,
    sf_c_leu: Constant<Bits<5>>,
    sf_c_gts: Constant<Bits<5>>,
    sf_c_ges: Constant<Bits<5>>,
    sf_c_lts: Constant<Bits<5>>,
    sf_c_les: Constant<Bits<5>>,
    sys_sys: Constant<Bits<10>>,
    sys_trap: Constant<Bits<10>>,
    sys_msync: Constant<Bits<10>>,
    sys_psync: Constant<Bits<10>>,
    sys_csync: Constant<Bits<10>>,
    mac_mac: Constant<Bits<4>>,
    mac_msb: Constant<Bits<4>>,
    nop_tag: Constant<Bits<2>>,
    gpr_window: Constant<Bits<11>>,

    // Temporaries.
    op: Signal<Local, Bits<6>>,
    sub: Signal<Local, Bits<4>>,
    sel: Signal<Local, Bits<4>>,
    op2: Signal<Local, Bits<2>>,
    cond: Signal<Local, Bits<5>>,
    simm: Signal<Local, Bits<32>>,
    split: Signal<Local, Bits<32>>,
    cond_ok: Signal<Local, Bit>,
}

impl Default for Decoder {
    fn default() -> Self {
        Decoder {
            insn: Default::default(),
            illegal: Default::default(),
            rd_we: Default::default(),
            link: Default::default(),
            ra: Default::default(),
            uses_ra: Default::default(),
            rb: Default::default(),
            uses_rb: Default::default(),
            use_imm: Default::default(),
            imm: Default::default(),
            alu_fn: Default::default(),
            alu_flags: Default::default(),
            branch: Default::default(),
            br_reg: Default::default(),
            br_if_f: Default::default(),
            br_if_nf: Default::default(),
            br_off: Default::default(),
            load: Default::default(),
            store: Default::default(),
            size: Default::default(),
            load_signed: Default::default(),
            lwa: Default::default(),
            swa: Default::default(),
            mul: Default::default(),
            mulu: Default::default(),
            div: Default::default(),
            divu: Default::default(),
            mac: Default::default(),
            msb: Default::default(),
            macrc: Default::default(),
            sf: Default::default(),
            sf_eq: Default::default(),
            sf_ne: Default::default(),
            sf_gt: Default::default(),
            sf_ge: Default::default(),
            sf_lt: Default::default(),
            sf_le: Default::default(),
            sf_signed: Default::default(),
            mfspr: Default::default(),
            mtspr: Default::default(),
            rfe: Default::default(),
            sys: Default::default(),
            trap: Default::default(),
            nop: Default::default(),
            smc: Default::default(),
            vmcall: Default::default(),
            vmenter: Default::default(),
            op_j: k(OP_J),
            op_jal: k(OP_JAL),
            op_bnf: k(OP_BNF),
            op_bf: k(OP_BF),
            op_nop: k(OP_NOP),
            op_movhi: k(OP_MOVHI),
            op_systrap: k(OP_SYSTRAP),
            op_rfe: k(OP_RFE),
            op_cust1: k(OP_CUST1),
            k_smc: k(SMC_INSN),
            k_vmcall: k(VMCALL_INSN),
            k_vmenter: k(VMENTER_INSN),
            k_vmenter_mask: k(!((0x1f << INSN_RA_SHIFT) | (0x1f << INSN_RB_SHIFT))),
            op_jr: k(OP_JR),
            op_jalr: k(OP_JALR),
            op_maci: k(OP_MACI),
            op_lwa: k(OP_LWA),
            op_lwz: k(OP_LWZ),
            op_lws: k(OP_LWS),
            op_lbz: k(OP_LBZ),
            op_lbs: k(OP_LBS),
            op_lhz: k(OP_LHZ),
            op_lhs: k(OP_LHS),
            op_addi: k(OP_ADDI),
            op_addic: k(OP_ADDIC),
            op_andi: k(OP_ANDI),
            op_ori: k(OP_ORI),
            op_xori: k(OP_XORI),
            op_muli: k(OP_MULI),
            op_mfspr: k(OP_MFSPR),
            op_shifti: k(OP_SHIFTI),
            op_sfi: k(OP_SFI),
            op_mtspr: k(OP_MTSPR),
            op_mac: k(OP_MAC),
            op_swa: k(OP_SWA),
            op_sw: k(OP_SW),
            op_sb: k(OP_SB),
            op_sh: k(OP_SH),
            op_alu: k(OP_ALU),
            op_sf: k(OP_SF),
            alu_add: k(ALU_ADD),
            alu_addc: k(ALU_ADDC),
            alu_sub: k(ALU_SUB),
            alu_and: k(ALU_AND),
            alu_or: k(ALU_OR),
            alu_xor: k(ALU_XOR),
            alu_mul: k(ALU_MUL),
            alu_shift: k(ALU_SHIFT),
            alu_div: k(ALU_DIV),
            alu_divu: k(ALU_DIVU),
            alu_mulu: k(ALU_MULU),
            alu_exthb: k(ALU_EXTHB),
            alu_extw: k(ALU_EXTW),
            alu_cmov: k(ALU_CMOV),
            alu_ffl1: k(ALU_FFL1),
            shift_sll: k(SHIFT_SLL),
            shift_srl: k(SHIFT_SRL),
            shift_sra: k(SHIFT_SRA),
            shift2_sll: k(SHIFT_SLL),
            shift2_srl: k(SHIFT_SRL),
            shift2_sra: k(SHIFT_SRA),
            ext_hs: k(EXT_HS),
            ext_bs: k(EXT_BS),
            ext_hz: k(EXT_HZ),
            ext_ws: k(EXT_WS),
            ext_wz: k(EXT_WZ),
            sf_c_eq: k(SF_EQ),
            sf_c_ne: k(SF_NE),
            sf_c_gtu: k(SF_GTU),
            sf_c_geu: k(SF_GEU),
            sf_c_ltu: k(SF_LTU),
            sf_c_leu: k(SF_LEU),
            sf_c_gts: k(SF_GTS),
            sf_c_ges: k(SF_GES),
            sf_c_lts: k(SF_LTS),
            sf_c_les: k(SF_LES),
            sys_sys: k(SYS_SYS),
            sys_trap: k(SYS_TRAP),
            sys_msync: k(SYS_MSYNC),
            sys_psync: k(SYS_PSYNC),
            sys_csync: k(SYS_CSYNC),
            mac_mac: k(MAC_MAC),
            mac_msb: k(MAC_MSB),
            nop_tag: k(INSN_NOP_TAG >> 24),
            gpr_window: k(SPR_GPR0 >> 5),
            op: Default::default(),
            sub: Default::default(),
            sel: Default::default(),
            op2: Default::default(),
            cond: Default::default(),
            simm: Default::default(),
            split: Default::default(),
            cond_ok: Default::default(),
        }
    }
}

impl Logic for Decoder {
    #[hdl_gen]
    fn update(&mut self) {
        self.op.next = self.insn.val().get_bits::<6>(26);
        self.sub.next = self.insn.val().get_bits::<4>(0);
        self.sel.next = self.insn.val().get_bits::<4>(6);
        self.op2.next = self.insn.val().get_bits::<2>(8);
        self.cond.next = self.insn.val().get_bits::<5>(21);
        // simm16 sign-extended by a fill mask (no signed casts: RUST_HDL.md)
        self.simm.next = bit_cast::<32, 16>(self.insn.val().get_bits::<16>(0));
        if self.insn.val().get_bit(15) {
            self.simm.next = self.simm.val() | 0xFFFF_0000_u64;
        }
        // stores, l.swa, l.mtspr: immediate split over bits 25..21 and 10..0
        self.split.next = bit_cast::<32, 11>(self.insn.val().get_bits::<11>(0))
            | (bit_cast::<32, 5>(self.insn.val().get_bits::<5>(21)) << 11);
        if self.insn.val().get_bit(25) {
            self.split.next = self.split.val() | 0xFFFF_0000_u64;
        }
        // branch offset: 26-bit word offset, sign-extended, in bytes
        self.br_off.next = bit_cast::<32, 26>(self.insn.val().get_bits::<26>(0)) << 2;
        if self.insn.val().get_bit(25) {
            self.br_off.next = self.br_off.val() | 0xF000_0000_u64;
        }

        self.cond_ok.next = (self.cond.val() == self.sf_c_eq.val())
            | (self.cond.val() == self.sf_c_ne.val())
            | (self.cond.val() == self.sf_c_gtu.val())
            | (self.cond.val() == self.sf_c_geu.val())
            | (self.cond.val() == self.sf_c_ltu.val())
            | (self.cond.val() == self.sf_c_leu.val())
            | (self.cond.val() == self.sf_c_gts.val())
            | (self.cond.val() == self.sf_c_ges.val())
            | (self.cond.val() == self.sf_c_lts.val())
            | (self.cond.val() == self.sf_c_les.val());
        self.sf_eq.next = self.cond.val() == self.sf_c_eq.val();
        self.sf_ne.next = self.cond.val() == self.sf_c_ne.val();
        self.sf_gt.next = (self.cond.val() == self.sf_c_gtu.val()) | (self.cond.val() == self.sf_c_gts.val());
        self.sf_ge.next = (self.cond.val() == self.sf_c_geu.val()) | (self.cond.val() == self.sf_c_ges.val());
        self.sf_lt.next = (self.cond.val() == self.sf_c_ltu.val()) | (self.cond.val() == self.sf_c_lts.val());
        self.sf_le.next = (self.cond.val() == self.sf_c_leu.val()) | (self.cond.val() == self.sf_c_les.val());
        self.sf_signed.next = (self.cond.val() == self.sf_c_gts.val())
            | (self.cond.val() == self.sf_c_ges.val())
            | (self.cond.val() == self.sf_c_lts.val())
            | (self.cond.val() == self.sf_c_les.val());

        // Defaults: a legal instruction that does nothing.
        self.illegal.next = false;
        self.rd_we.next = false;
        self.link.next = false;
        self.ra.next = self.insn.val().get_bits::<5>(16);
        self.rb.next = self.insn.val().get_bits::<5>(11);
        self.uses_ra.next = false;
        self.uses_rb.next = false;
        self.use_imm.next = false;
        self.imm.next = self.simm.val();
        self.alu_fn.next = AluFn::Add;
        self.alu_flags.next = false;
        self.branch.next = false;
        self.br_reg.next = false;
        self.br_if_f.next = false;
        self.br_if_nf.next = false;
        self.load.next = false;
        self.store.next = false;
        self.size.next = 4.into();
        self.load_signed.next = false;
        self.lwa.next = false;
        self.swa.next = false;
        self.mul.next = false;
        self.mulu.next = false;
        self.div.next = false;
        self.divu.next = false;
        self.mac.next = false;
        self.msb.next = false;
        self.macrc.next = false;
        self.sf.next = false;
        self.mfspr.next = false;
        self.mtspr.next = false;
        self.rfe.next = false;
        self.sys.next = false;
        self.trap.next = false;
        self.nop.next = false;
        self.smc.next = false;
        self.vmcall.next = false;
        self.vmenter.next = false;

        if self.op.val() == self.op_j.val() {
            self.branch.next = true;
        } else if self.op.val() == self.op_jal.val() {
            self.branch.next = true;
            self.link.next = true;
        } else if self.op.val() == self.op_bnf.val() {
            self.branch.next = true;
            self.br_if_nf.next = true;
        } else if self.op.val() == self.op_bf.val() {
            self.branch.next = true;
            self.br_if_f.next = true;
        } else if self.op.val() == self.op_nop.val() {
            if self.insn.val().get_bits::<2>(24) == self.nop_tag.val() {
                self.nop.next = true;
                self.ra.next = 3.into();
                self.uses_ra.next = true;
            } else {
                self.illegal.next = true;
            }
        } else if self.op.val() == self.op_movhi.val() {
            if !self.insn.val().get_bit(16) {
                self.rd_we.next = true;
                self.use_imm.next = true;
                self.imm.next = bit_cast::<32, 16>(self.insn.val().get_bits::<16>(0)) << 16;
                self.alu_fn.next = AluFn::PassB;
            } else if !self.insn.val().get_bits::<16>(0).any() {
                self.macrc.next = true;
                self.rd_we.next = true;
            } else {
                self.illegal.next = true;
            }
        } else if self.op.val() == self.op_systrap.val() {
            if self.insn.val().get_bits::<10>(16) == self.sys_sys.val() {
                self.sys.next = true;
            } else if self.insn.val().get_bits::<10>(16) == self.sys_trap.val() {
                self.trap.next = true;
            } else if ((self.insn.val().get_bits::<10>(16) == self.sys_msync.val())
                | (self.insn.val().get_bits::<10>(16) == self.sys_psync.val())
                | (self.insn.val().get_bits::<10>(16) == self.sys_csync.val()))
                & !self.insn.val().get_bits::<16>(0).any()
            {
                // no caches or store buffers: a no-op
            } else {
                self.illegal.next = true;
            }
        } else if self.op.val() == self.op_rfe.val() {
            self.rfe.next = true;
        } else if self.op.val() == self.op_cust1.val() {
            if self.insn.val() == self.k_smc.val() {
                self.smc.next = true;
            } else if self.insn.val() == self.k_vmcall.val() {
                self.vmcall.next = true;
            } else if (self.insn.val() & self.k_vmenter_mask.val()) == self.k_vmenter.val() {
                self.vmenter.next = true;
                self.uses_ra.next = true;
                self.uses_rb.next = true;
            } else {
                self.illegal.next = true;
            }
        } else if self.op.val() == self.op_jr.val() {
            self.branch.next = true;
            self.br_reg.next = true;
            self.uses_rb.next = true;
        } else if self.op.val() == self.op_jalr.val() {
            self.branch.next = true;
            self.br_reg.next = true;
            self.uses_rb.next = true;
            self.link.next = true;
        } else if self.op.val() == self.op_maci.val() {
            self.mac.next = true;
            self.uses_ra.next = true;
            self.use_imm.next = true;
        } else if self.op.val() == self.op_lwa.val() {
            self.load.next = true;
            self.lwa.next = true;
            self.rd_we.next = true;
            self.uses_ra.next = true;
        } else if (self.op.val() == self.op_lwz.val()) | (self.op.val() == self.op_lws.val()) {
            self.load.next = true;
            self.rd_we.next = true;
            self.uses_ra.next = true;
        } else if (self.op.val() == self.op_lbz.val()) | (self.op.val() == self.op_lbs.val()) {
            self.load.next = true;
            self.rd_we.next = true;
            self.uses_ra.next = true;
            self.size.next = 1.into();
            self.load_signed.next = self.op.val() == self.op_lbs.val();
        } else if (self.op.val() == self.op_lhz.val()) | (self.op.val() == self.op_lhs.val()) {
            self.load.next = true;
            self.rd_we.next = true;
            self.uses_ra.next = true;
            self.size.next = 2.into();
            self.load_signed.next = self.op.val() == self.op_lhs.val();
        } else if (self.op.val() == self.op_addi.val()) | (self.op.val() == self.op_addic.val()) {
            self.rd_we.next = true;
            self.uses_ra.next = true;
            self.use_imm.next = true;
            self.alu_flags.next = true;
            if self.op.val() == self.op_addic.val() {
                self.alu_fn.next = AluFn::Addc;
            }
        } else if (self.op.val() == self.op_andi.val()) | (self.op.val() == self.op_ori.val()) {
            self.rd_we.next = true;
            self.uses_ra.next = true;
            self.use_imm.next = true;
            self.imm.next = bit_cast::<32, 16>(self.insn.val().get_bits::<16>(0));
            if self.op.val() == self.op_andi.val() {
                self.alu_fn.next = AluFn::And;
            } else {
                self.alu_fn.next = AluFn::Or;
            }
        } else if self.op.val() == self.op_xori.val() {
            self.rd_we.next = true;
            self.uses_ra.next = true;
            self.use_imm.next = true;
            self.alu_fn.next = AluFn::Xor;
        } else if self.op.val() == self.op_muli.val() {
            self.rd_we.next = true;
            self.uses_ra.next = true;
            self.use_imm.next = true;
            self.mul.next = true;
        } else if self.op.val() == self.op_mfspr.val() {
            self.mfspr.next = true;
            self.rd_we.next = true;
            self.uses_ra.next = true;
            self.use_imm.next = true;
            self.imm.next = bit_cast::<32, 16>(self.insn.val().get_bits::<16>(0));
            if !self.insn.val().get_bits::<5>(16).any()
                & (self.insn.val().get_bits::<11>(5) == self.gpr_window.val())
            {
                self.rb.next = self.insn.val().get_bits::<5>(0);
                self.uses_rb.next = true;
            }
        } else if self.op.val() == self.op_shifti.val() {
            self.rd_we.next = true;
            self.uses_ra.next = true;
            self.use_imm.next = true;
            self.imm.next = bit_cast::<32, 6>(self.insn.val().get_bits::<6>(0));
            if self.insn.val().get_bits::<2>(6) == self.shift2_sll.val() {
                self.alu_fn.next = AluFn::Sll;
            } else if self.insn.val().get_bits::<2>(6) == self.shift2_srl.val() {
                self.alu_fn.next = AluFn::Srl;
            } else if self.insn.val().get_bits::<2>(6) == self.shift2_sra.val() {
                self.alu_fn.next = AluFn::Sra;
            } else {
                self.alu_fn.next = AluFn::Ror;
            }
        } else if self.op.val() == self.op_sfi.val() {
            self.sf.next = true;
            self.uses_ra.next = true;
            self.use_imm.next = true;
            self.illegal.next = !self.cond_ok.val();
        } else if self.op.val() == self.op_mtspr.val() {
            self.mtspr.next = true;
            self.uses_ra.next = true;
            self.uses_rb.next = true;
            self.imm.next = bit_cast::<32, 16>(self.split.val().get_bits::<16>(0));
        } else if self.op.val() == self.op_mac.val() {
            self.uses_ra.next = true;
            self.uses_rb.next = true;
            if self.sub.val() == self.mac_mac.val() {
                self.mac.next = true;
            } else if self.sub.val() == self.mac_msb.val() {
                self.msb.next = true;
            } else {
                self.illegal.next = true;
            }
        } else if self.op.val() == self.op_swa.val() {
            self.store.next = true;
            self.swa.next = true;
            self.uses_ra.next = true;
            self.uses_rb.next = true;
            self.imm.next = self.split.val();
        } else if (self.op.val() == self.op_sw.val())
            | (self.op.val() == self.op_sb.val())
            | (self.op.val() == self.op_sh.val())
        {
            self.store.next = true;
            self.uses_ra.next = true;
            self.uses_rb.next = true;
            self.imm.next = self.split.val();
            if self.op.val() == self.op_sb.val() {
                self.size.next = 1.into();
            }
            if self.op.val() == self.op_sh.val() {
                self.size.next = 2.into();
            }
        } else if self.op.val() == self.op_alu.val() {
            self.rd_we.next = true;
            self.uses_ra.next = true;
            self.uses_rb.next = true;
            if (self.sub.val() == self.alu_add.val()) & (self.op2.val() == 0) {
                self.alu_flags.next = true;
            } else if (self.sub.val() == self.alu_addc.val()) & (self.op2.val() == 0) {
                self.alu_fn.next = AluFn::Addc;
                self.alu_flags.next = true;
            } else if (self.sub.val() == self.alu_sub.val()) & (self.op2.val() == 0) {
                self.alu_fn.next = AluFn::Sub;
                self.alu_flags.next = true;
            } else if (self.sub.val() == self.alu_and.val()) & (self.op2.val() == 0) {
                self.alu_fn.next = AluFn::And;
            } else if (self.sub.val() == self.alu_or.val()) & (self.op2.val() == 0) {
                self.alu_fn.next = AluFn::Or;
            } else if (self.sub.val() == self.alu_xor.val()) & (self.op2.val() == 0) {
                self.alu_fn.next = AluFn::Xor;
            } else if (self.sub.val() == self.alu_cmov.val()) & (self.op2.val() == 0) {
                self.alu_fn.next = AluFn::Cmov;
            } else if (self.sub.val() == self.alu_mul.val()) & (self.op2.val() == 3) {
                self.mul.next = true;
            } else if (self.sub.val() == self.alu_mulu.val()) & (self.op2.val() == 3) {
                self.mulu.next = true;
            } else if (self.sub.val() == self.alu_div.val()) & (self.op2.val() == 3) {
                self.div.next = true;
            } else if (self.sub.val() == self.alu_divu.val()) & (self.op2.val() == 3) {
                self.divu.next = true;
            } else if (self.sub.val() == self.alu_ffl1.val()) & (self.op2.val() == 0) {
                self.alu_fn.next = AluFn::Ff1;
            } else if (self.sub.val() == self.alu_ffl1.val()) & (self.op2.val() == 1) {
                self.alu_fn.next = AluFn::Fl1;
            } else if (self.sub.val() == self.alu_shift.val()) & (self.op2.val() == 0) {
                if self.sel.val() == self.shift_sll.val() {
                    self.alu_fn.next = AluFn::Sll;
                } else if self.sel.val() == self.shift_srl.val() {
                    self.alu_fn.next = AluFn::Srl;
                } else if self.sel.val() == self.shift_sra.val() {
                    self.alu_fn.next = AluFn::Sra;
                } else {
                    self.alu_fn.next = AluFn::Ror;
                }
            } else if (self.sub.val() == self.alu_exthb.val()) & (self.op2.val() == 0) {
                if self.sel.val() == self.ext_hs.val() {
                    self.alu_fn.next = AluFn::Exths;
                } else if self.sel.val() == self.ext_bs.val() {
                    self.alu_fn.next = AluFn::Extbs;
                } else if self.sel.val() == self.ext_hz.val() {
                    self.alu_fn.next = AluFn::Exthz;
                } else {
                    self.alu_fn.next = AluFn::Extbz;
                }
            } else if (self.sub.val() == self.alu_extw.val())
                & ((self.sel.val() == self.ext_ws.val()) | (self.sel.val() == self.ext_wz.val()))
            {
                self.alu_fn.next = AluFn::PassA;
            } else {
                self.illegal.next = true;
                self.rd_we.next = false;
            }
        } else if self.op.val() == self.op_sf.val() {
            self.sf.next = true;
            self.uses_ra.next = true;
            self.uses_rb.next = true;
            self.illegal.next = !self.cond_ok.val();
        } else {
            self.illegal.next = true;
        }
    }
}
