//! OpenRISC 1000 (ORBIS32, as OR1200 implements it) architectural constants.
//!
//! This is the single source for opcodes, SPR addresses, bit fields,
//! exception vectors and the platform memory map. The instruction-set
//! simulator and the RTL use these constants directly; the firmware's C
//! header `firmware/include/or1k-sprs.h` is generated from [`ALL`] by
//! `cargo run -p or1k-arch --bin gen-or1k-header`, and a test fails when the
//! committed header is stale, so the three cannot drift.

/// Defines `pub const` items and, in the same breath, the table [`ALL`]
/// that the C header is generated from.
macro_rules! arch_consts {
    ($( [$section:literal] $( $(#[doc = $doc:literal])* $name:ident = $value:expr; )* )*) => {
        $( $( $(#[doc = $doc])* pub const $name: u32 = $value; )* )*
        /// Every constant, grouped by section: `(section, [(name, value, doc)])`.
        pub const ALL: &[(&str, &[(&str, u32, &str)])] = &[
            $( ($section, &[ $( (stringify!($name), $value, concat!("" $(, $doc)*)), )* ]), )*
        ];
    };
}

/// The owner tag (OWNER_*) of an access with origin `tga`: what a cache
/// line or TLB entry it fills or writes is tagged with, and what a lookup
/// must match.
pub const fn owner_tag(tga: u32) -> u32 {
    if tga & TGA_MONITOR != 0 {
        OWNER_MONITOR
    } else {
        (tga & TGA_VMID_MASK) >> TGA_VMID_SHIFT
    }
}

/// SPR address from group and index (group in bits 15..11).
pub const fn spr(group: u32, index: u32) -> u32 {
    (group << 11) | index
}

/// The SPR group of an SPR address.
pub const fn spr_group(addr: u32) -> u32 {
    (addr >> 11) & 0x1f
}

arch_consts! {
    ["Major opcodes (instruction bits 31..26)"]
    OP_J = 0x00;
    OP_JAL = 0x01;
    OP_BNF = 0x03;
    OP_BF = 0x04;
    OP_NOP = 0x05;
    /// l.movhi (bit 16 = 0) and l.macrc (bit 16 = 1)
    OP_MOVHI = 0x06;
    /// l.sys, l.trap, l.msync, l.psync, l.csync (bits 25..16 select)
    OP_SYSTRAP = 0x08;
    OP_RFE = 0x09;
    OP_JR = 0x11;
    OP_JALR = 0x12;
    OP_MACI = 0x13;
    OP_LWA = 0x1b;
    /// custom opcode 1: the VMSP virtualization instructions (bits 3..0 hold a VMX_* code)
    OP_CUST1 = 0x1c;
    OP_LWZ = 0x21;
    OP_LWS = 0x22;
    OP_LBZ = 0x23;
    OP_LBS = 0x24;
    OP_LHZ = 0x25;
    OP_LHS = 0x26;
    OP_ADDI = 0x27;
    OP_ADDIC = 0x28;
    OP_ANDI = 0x29;
    OP_ORI = 0x2a;
    OP_XORI = 0x2b;
    OP_MULI = 0x2c;
    OP_MFSPR = 0x2d;
    /// l.slli/l.srli/l.srai/l.rori (bits 7..6 select)
    OP_SHIFTI = 0x2e;
    /// l.sf*i (bits 25..21 select the condition)
    OP_SFI = 0x2f;
    OP_MTSPR = 0x30;
    /// l.mac/l.msb (bits 3..0 select)
    OP_MAC = 0x31;
    OP_SWA = 0x33;
    OP_SW = 0x35;
    OP_SB = 0x36;
    OP_SH = 0x37;
    /// Register-register ALU (bits 9..8 and 3..0 select)
    OP_ALU = 0x38;
    /// l.sf* (bits 25..21 select the condition)
    OP_SF = 0x39;

    ["Instruction fields (bit positions and fixed sub-fields of the encodings)"]
    INSN_OPCODE_SHIFT = 26;
    /// rD, and the condition of l.sf* and l.sf*i
    INSN_RD_SHIFT = 21;
    INSN_RA_SHIFT = 16;
    INSN_RB_SHIFT = 11;
    /// 16-bit immediate (bits 15..0)
    INSN_IMM_MASK = 0xffff;
    /// 26-bit word offset of l.j/l.jal/l.bf/l.bnf (bits 25..0)
    INSN_BRANCH_OFF_MASK = 0x03ff_ffff;
    /// stores, l.swa and l.mtspr split their immediate: bits 15..11 go to
    /// instruction bits 25..21, bits 10..0 stay in place
    INSN_SPLIT_LO_MASK = 0x7ff;
    INSN_SPLIT_HI_SHIFT = 11;
    /// OP_ALU bits 9..8 ("op2")
    INSN_ALU_OP2_SHIFT = 8;
    /// OP_ALU bits 9..6 (shift code, l.ext* selector); bits 7..6 of OP_SHIFTI
    INSN_ALU_SEL_SHIFT = 6;
    /// op2 of l.mul, l.mulu, l.div and l.divu
    ALU_OP2_MULDIV = 3;
    /// op2 of l.fl1 (l.ff1 has 0)
    ALU_OP2_FL1 = 1;
    /// l.nop: bits 25..24 hold 01
    INSN_NOP_TAG = 1 << 24;
    /// OP_MOVHI bit 16: l.macrc instead of l.movhi
    INSN_MACRC = 1 << 16;
    /// OP_SYSTRAP: bits 25..16 hold a SYS_* code
    INSN_SYS_SHIFT = 16;

    ["ALU sub-opcodes (OP_ALU, instruction bits 3..0)"]
    ALU_ADD = 0x0;
    ALU_ADDC = 0x1;
    ALU_SUB = 0x2;
    ALU_AND = 0x3;
    ALU_OR = 0x4;
    ALU_XOR = 0x5;
    ALU_MUL = 0x6;
    /// Shifts and rotate; bits 7..6 hold a SHIFT_* code
    ALU_SHIFT = 0x8;
    ALU_DIV = 0x9;
    ALU_DIVU = 0xa;
    ALU_MULU = 0xb;
    /// l.exths/l.extbs/l.exthz/l.extbz; bits 9..6 select
    ALU_EXTHB = 0xc;
    /// l.extws/l.extwz; bits 9..6 select
    ALU_EXTW = 0xd;
    ALU_CMOV = 0xe;
    /// l.ff1 (bits 9..8 = 0) and l.fl1 (bits 9..8 = 1)
    ALU_FFL1 = 0xf;

    ["Shift codes (bits 7..6 of l.sll/srl/sra/ror and the immediate forms)"]
    SHIFT_SLL = 0;
    SHIFT_SRL = 1;
    SHIFT_SRA = 2;
    SHIFT_ROR = 3;

    ["l.ext* selectors (instruction bits 9..6)"]
    EXT_HS = 0;
    EXT_BS = 1;
    EXT_HZ = 2;
    EXT_BZ = 3;
    /// for ALU_EXTW
    EXT_WS = 0;
    /// for ALU_EXTW
    EXT_WZ = 1;

    ["Set-flag conditions (instruction bits 25..21 of l.sf* and l.sf*i)"]
    SF_EQ = 0x00;
    SF_NE = 0x01;
    SF_GTU = 0x02;
    SF_GEU = 0x03;
    SF_LTU = 0x04;
    SF_LEU = 0x05;
    SF_GTS = 0x0a;
    SF_GES = 0x0b;
    SF_LTS = 0x0c;
    SF_LES = 0x0d;

    ["l.mac/l.msb sub-opcodes (OP_MAC, bits 3..0)"]
    MAC_MAC = 0x1;
    MAC_MSB = 0x2;

    ["System instructions (OP_SYSTRAP, bits 25..16)"]
    SYS_SYS = 0x000;
    SYS_TRAP = 0x100;
    SYS_MSYNC = 0x200;
    SYS_PSYNC = 0x280;
    SYS_CSYNC = 0x300;

    ["VMSP virtualization instructions (OP_CUST1, bits 3..0; see docs/VIRT.md)"]
    /// l.smc: monitor call from host or guest supervisor; bits 25..4 are zero
    VMX_SMC = 0x1;
    /// l.vmcall: hypercall from guest supervisor (VM exit, r3..r8 exposed); bits 25..4 are zero
    VMX_VMCALL = 0x2;
    /// l.vmenter rA, rB: host supervisor enters the VM whose VMID is in rA; rB is the
    /// answer to its last hypercall (lands in the guest's r11); bits 25..21 and 10..4 are zero
    VMX_VMENTER = 0x3;
    /// mask of the VMX_* code
    VMX_FUNC_MASK = 0xf;
    /// the word of l.smc
    SMC_INSN = (OP_CUST1 << 26) | VMX_SMC;
    /// the word of l.vmcall
    VMCALL_INSN = (OP_CUST1 << 26) | VMX_VMCALL;
    /// the word of l.vmenter rA, rB is VMENTER_INSN | rA << 16 | rB << 11
    VMENTER_INSN = (OP_CUST1 << 26) | VMX_VMENTER;

    ["l.nop simulator hooks (immediate of l.nop), as or1ksim"]
    /// the word of `l.nop K` is NOP_INSN | K
    NOP_INSN = (OP_NOP << 26) | INSN_NOP_TAG;
    NOP_NOP = 0x0;
    /// end the simulation; r3 is the exit code
    NOP_EXIT = 0x1;
    /// report r3 on the console
    NOP_REPORT = 0x2;
    /// print the low byte of r3 as a character
    NOP_PUTC = 0x4;

    ["Exception vectors"]
    VEC_RESET = 0x100;
    VEC_BUS_ERROR = 0x200;
    VEC_DPAGE_FAULT = 0x300;
    VEC_IPAGE_FAULT = 0x400;
    VEC_TICK = 0x500;
    VEC_ALIGN = 0x600;
    VEC_ILLEGAL = 0x700;
    VEC_EXTERNAL = 0x800;
    VEC_DTLB_MISS = 0x900;
    VEC_ITLB_MISS = 0xa00;
    VEC_RANGE = 0xb00;
    VEC_SYSCALL = 0xc00;
    VEC_FLOAT = 0xd00;
    VEC_TRAP = 0xe00;
    /// VM exit: the host's vector (docs/VIRT.md); cause in SPR_VMEXIT
    VEC_VMEXIT = 0xf00;
    /// exception vectors are at this base plus the offsets above when SR[EPH] is set
    VEC_BASE_EPH = 0xf000_0000;

    ["SPR group 0: system control and status"]
    SPR_VR = spr(0, 0);
    SPR_UPR = spr(0, 1);
    SPR_CPUCFGR = spr(0, 2);
    SPR_DMMUCFGR = spr(0, 3);
    SPR_IMMUCFGR = spr(0, 4);
    SPR_DCCFGR = spr(0, 5);
    SPR_ICCFGR = spr(0, 6);
    SPR_DCFGR = spr(0, 7);
    SPR_PCCFGR = spr(0, 8);
    SPR_NPC = spr(0, 16);
    SPR_SR = spr(0, 17);
    SPR_PPC = spr(0, 18);
    SPR_EPCR0 = spr(0, 32);
    SPR_EEAR0 = spr(0, 48);
    SPR_ESR0 = spr(0, 64);
    /// Shadow/GPR window: GPR n is readable at SPR_GPR0 + n
    SPR_GPR0 = spr(0, 1024);

    ["SPR group 1: data MMU"]
    SPR_DMMUCR = spr(1, 0);
    SPR_DMMUPR = spr(1, 1);
    SPR_DTLBEIR = spr(1, 2);
    /// way 0 match registers: SPR_DTLBW0MR0 + set
    SPR_DTLBW0MR0 = spr(1, 512);
    /// way 0 translate registers: SPR_DTLBW0TR0 + set
    SPR_DTLBW0TR0 = spr(1, 640);

    ["SPR group 2: instruction MMU"]
    SPR_IMMUCR = spr(2, 0);
    SPR_IMMUPR = spr(2, 1);
    SPR_ITLBEIR = spr(2, 2);
    SPR_ITLBW0MR0 = spr(2, 512);
    SPR_ITLBW0TR0 = spr(2, 640);

    ["SPR group 3: data cache"]
    SPR_DCCR = spr(3, 0);
    SPR_DCBPR = spr(3, 1);
    SPR_DCBFR = spr(3, 2);
    SPR_DCBIR = spr(3, 3);
    SPR_DCBWR = spr(3, 4);
    SPR_DCBLR = spr(3, 5);

    ["SPR group 4: instruction cache"]
    SPR_ICCR = spr(4, 0);
    SPR_ICBPR = spr(4, 1);
    SPR_ICBIR = spr(4, 2);
    SPR_ICBLR = spr(4, 3);

    ["SPR group 5: MAC unit"]
    SPR_MACLO = spr(5, 1);
    SPR_MACHI = spr(5, 2);

    ["SPR group 8: power management"]
    SPR_PMR = spr(8, 0);

    ["SPR group 9: programmable interrupt controller"]
    SPR_PICMR = spr(9, 0);
    SPR_PICSR = spr(9, 2);

    ["SPR group 10: tick timer"]
    SPR_TTMR = spr(10, 0);
    SPR_TTCR = spr(10, 1);

    ["SPR group 24: VMSP virtualization (docs/VIRT.md)"]
    /// world, GUEST and VMID of the running code (VMCR_* bits); read-only, any supervisor
    SPR_VMCR = spr(24, 0);
    /// host only: why the last VM exit happened (EXIT_* in bits 7..0) and its VMID (bits 15..8)
    SPR_VMEXIT = spr(24, 1);
    /// host only: what the last exit exposes, SPR_VMEXINFO0 + i for i in 0..VMEXINFO_COUNT
    /// (a hypercall's r3..r8; a region exit's gPA and access kind; a halt's r3; a fault's vector)
    SPR_VMEXINFO0 = spr(24, 2);
    VMEXINFO_COUNT = 6;
    /// host supervisor (read/write): the physical address of the save area for the next
    /// l.vmenter; that entry unseals the guest's context from it and the VM exit that ends
    /// the run seals it back there (docs/SEALING.md). SEAL_ALIGN aligned, inside RAM, a host page
    SPR_VMSAVE = spr(24, 8);
    /// host only, read-only: the last l.vmenter's refusal code (VMENTER_ERR_*; 0 if it entered)
    SPR_VMENTERR = spr(24, 9);
    /// monitor only: where l.rfe in the monitor returns to (the l.smc's pc + 4; 0x100 at reset)
    SPR_SMEPCR = spr(24, 16);
    /// monitor only: the SR l.rfe in the monitor restores (the caller's)
    SPR_SMESR = spr(24, 17);
    /// monitor only, read-only: the VMCR l.rfe in the monitor restores (the caller's world)
    SPR_SMEVMCR = spr(24, 18);
    /// monitor only: the VM slot (VMID 1..=VM_SLOTS) that SPR_VMSTATE and SPR_VMRGN0.. address
    SPR_VMSEL = spr(24, 32);
    /// monitor only: the selected slot's VMSTATE_*; writing CREATED or FREE zeroes its seal
    /// counter and makes it fresh (its first entry starts the guest at reset, docs/SEALING.md);
    /// other values are ignored
    SPR_VMSTATE = spr(24, 33);
    /// monitor only: the page SPR_VMPTE addresses, as a RAM offset (bits VMPT_PAGE_SHIFT..
    /// below VMPT_PAGES << VMPT_PAGE_SHIFT are kept, the others read 0)
    SPR_VMPTSEL = spr(24, 34);
    /// monitor only: the page table entry of the selected page (VMPTE_OWNER: the VMID that owns
    /// it, 0 = the host's); a write also advances SPR_VMPTSEL to the next page (wrapping)
    SPR_VMPTE = spr(24, 35);
    /// monitor only: region r of the selected slot is SPR_VMRGN0 + VMRGN_STRIDE * r + VMRGN_*
    SPR_VMRGN0 = spr(24, 48);
    VMRGN_STRIDE = 4;
    /// region's guest-physical base, aligned to its size (bits below VMRGN_GRAIN read 0)
    VMRGN_GPA = 0;
    /// region's size in bytes: a power of two, at least VM_REGION_MIN; 0 = unused. Kept as
    /// the mask ~(size - 1) of the bits at and above VMRGN_GRAIN, read back as (~mask) + 1
    VMRGN_SIZE = 1;
    /// region's host-physical base, aligned to its size (bits below VMRGN_GRAIN read 0)
    VMRGN_HPA = 2;
    /// the bits of a region's bases and mask that the hardware keeps start here (8 KiB)
    VMRGN_GRAIN = 13;

    ["VMCR bits (the same layout as the bus origin tag, without TGA_SUPERVISOR)"]
    VMCR_GUEST = 1 << 1;
    VMCR_MONITOR = 1 << 2;
    VMCR_VMID_SHIFT = 4;
    VMCR_VMID_MASK = 0xf << 4;

    ["VM slots and their states"]
    /// on-chip VM slots: VMIDs 1..=VM_SLOTS (0 is the host)
    VM_SLOTS = 7;
    /// regions per slot
    VM_REGIONS = 4;
    /// smallest region: an MMU page (8 KiB), so a region never splits a page or changes
    /// the caches' index bits (12..4) between gPA and hPA
    VM_REGION_MIN = 0x2000;
    /// the page table (docs/VIRT.md): one entry per 4 KiB page of RAM offsets
    /// [0, VMPT_PAGES << VMPT_PAGE_SHIFT), the whole simulation RAM; a host access to a page
    /// whose entry has an owner is refused, whatever the host's TLBs and caches hold
    VMPT_PAGE_SHIFT = 12;
    VMPT_PAGES = SIM_RAM_MAX >> 12;
    /// owner VMID field of a page table entry (0: the host's page)
    VMPTE_OWNER_MASK = 0xf;
    /// the owner's page attributes (docs/VIRT.md "Page attributes"), set by the owning guest
    /// through SMC_PAGE_ATTR. ENC: the page is encrypted in RAM (the default a create gives)
    VMPTE_ENC = 1 << 4;
    /// HR: the host may read the page (ENC on: the raw bytes in RAM, the encrypted view)
    VMPTE_HR = 1 << 5;
    /// HW: the host may write the page; never with ENC (the host cannot plant plaintext)
    VMPTE_HW = 1 << 6;
    VMPTE_ATTR_MASK = 0x70;
    VMSTATE_FREE = 0;
    /// created: pages may be added; cannot be entered
    VMSTATE_CREATED = 1;
    /// launched: measurement frozen; can be entered
    VMSTATE_LAUNCHED = 2;

    ["VM exit causes (SPR_VMEXIT bits 7..0)"]
    /// the host's tick timer interrupt was pending
    EXIT_TICK = 1;
    /// a host external interrupt (PIC) was pending
    EXIT_EXTERNAL = 2;
    /// l.vmcall: VMEXINFO0..5 = the guest's r3..r8
    EXIT_VMCALL = 3;
    /// an access outside the VM's regions: VMEXINFO0 = gPA, VMEXINFO1 = EXIT_ACCESS_*
    EXIT_REGION = 4;
    /// the guest halted (l.nop NOP_EXIT): VMEXINFO0 = its r3
    EXIT_HALT = 5;
    /// an exception the guest cannot take (its handler's first instruction raised it
    /// again): VMEXINFO0 = the vector
    EXIT_FAULT = 6;
    EXIT_ACCESS_READ = 0;
    EXIT_ACCESS_WRITE = 1;
    EXIT_ACCESS_EXECUTE = 2;
    /// SPR_VMEXIT: the VMID of the exited VM is in bits 15..8
    VMEXIT_VMID_SHIFT = 8;
    /// SPR_VMEXIT: the exit could not seal the context (the seal counter is exhausted or the
    /// slot has no sealing key): nothing was written, the context is gone and the slot
    /// refuses entry (VMENTER_ERR_LOST) until it is destroyed and created again
    VMEXIT_LOST = 1 << 16;

    ["l.vmenter refusals (r11; the host goes on at the next instruction, the guest never runs)"]
    /// VMID 0 or above VM_SLOTS
    VMENTER_ERR_VMID = 1;
    /// no VM in the slot (never created, or destroyed)
    VMENTER_ERR_FREE = 2;
    /// created but not launched
    VMENTER_ERR_UNLAUNCHED = 3;
    /// SPR_VMSAVE is not SEAL_ALIGN aligned, not inside RAM, or on a page the page table
    /// gives to a VM
    VMENTER_ERR_SAVE_AREA = 4;
    /// the slot's context was lost at its last exit (VMEXIT_LOST)
    VMENTER_ERR_LOST = 5;
    /// the blob's first word is not SEAL_MAGIC
    VMENTER_ERR_SEAL_FORMAT = 6;
    /// the blob names another VMID (another VM's blob)
    VMENTER_ERR_SEAL_VMID = 7;
    /// the blob's counter is not the slot's current one (an older blob: a replay)
    VMENTER_ERR_SEAL_STALE = 8;
    /// the CCM tag does not match: the blob was changed, truncated or sealed under other keys
    VMENTER_ERR_SEAL_TAG = 9;
    /// a bus error while the blob was read
    VMENTER_ERR_SEAL_BUS = 10;

    ["Sealed guest context (docs/SEALING.md): the blob l.vmenter reads and a VM exit writes"]
    /// the blob's first word ("VMS1" big-endian), its CCM associated data
    SEAL_MAGIC = 0x564d_5331;
    /// blob bytes: header (magic, VMID, 64-bit counter), the encrypted context, the CCM tag
    SEAL_BLOB_BYTES = 208;
    SEAL_OFF_MAGIC = 0;
    /// the VMID (a word) and the counter (two words, high first): the CCM nonce, 12 bytes
    SEAL_OFF_VMID = 4;
    SEAL_OFF_CTR = 8;
    /// the encrypted context: SEAL_CTX_WORDS words in CTX_* order
    SEAL_OFF_CTX = 16;
    SEAL_OFF_TAG = 192;
    SEAL_TAG_BYTES = 16;
    /// the save area's alignment (a blob never crosses a page)
    SEAL_ALIGN = 256;
    /// words of context in a blob (CTX_FIELDS; the last CTX_RESERVED are zero)
    SEAL_CTX_WORDS = 44;
    /// context words: r0..r31 at CTX_GPR0 + n, then the words below
    CTX_GPR0 = 0;
    /// where the guest resumes (never a delay slot: an exit there resumes at its branch)
    CTX_PC = 32;
    CTX_SR = 33;
    CTX_EPCR = 34;
    CTX_EEAR = 35;
    CTX_ESR = 36;
    CTX_MACLO = 37;
    CTX_MACHI = 38;
    CTX_TTMR = 39;
    CTX_TTCR = 40;
    /// CTX_FLAG_* bits
    CTX_FLAGS = 41;
    /// words CTX_RESERVED.. up to SEAL_CTX_WORDS: zero
    CTX_RESERVED = 42;
    /// the exit was a hypercall: the next entry puts its rB in the guest's r11
    CTX_FLAG_HYPERCALL = 1 << 0;

    ["SR: supervision register bits"]
    SR_SM = 1 << 0;
    SR_TEE = 1 << 1;
    SR_IEE = 1 << 2;
    SR_DCE = 1 << 3;
    SR_ICE = 1 << 4;
    SR_DME = 1 << 5;
    SR_IME = 1 << 6;
    SR_LEE = 1 << 7;
    SR_CE = 1 << 8;
    SR_F = 1 << 9;
    SR_CY = 1 << 10;
    SR_OV = 1 << 11;
    SR_OVE = 1 << 12;
    SR_DSX = 1 << 13;
    SR_EPH = 1 << 14;
    /// fixed one
    SR_FO = 1 << 15;
    SR_SUMRA = 1 << 16;
    /// bits of SR that software can change with l.mtspr (FO stays 1, DSX is hardware's)
    SR_WRITABLE = 0x0001_dfff;
    /// SR value at reset: supervisor mode, fixed-one bit
    SR_RESET = (1 << 15) | (1 << 0);

    ["User-mode SPR access (l.mfspr with SR[SM] = 0)"]
    /// Last SPR user mode may read with SR[SUMRA] = 1: user mode reads exactly
    /// SPR_VR..=USER_SPR_LAST (the read-only configuration registers VR, UPR,
    /// CPUCFGR, DMMUCFGR, IMMUCFGR, DCCFGR, ICCFGR, DCFGR, PCCFGR), which
    /// describe the core and hold no world's state (see [`spr_user_readable`])
    USER_SPR_LAST = spr(0, 8);

    ["VR/UPR/CPUCFGR: identification and configuration"]
    /// OR1200: version 0x13, revision 8
    VR_VALUE = 0x1300_0008;
    UPR_UP = 1 << 0;
    UPR_DCP = 1 << 1;
    UPR_ICP = 1 << 2;
    UPR_DMP = 1 << 3;
    UPR_IMP = 1 << 4;
    UPR_MP = 1 << 5;
    UPR_DUP = 1 << 6;
    UPR_PCUP = 1 << 7;
    /// PIC present: bit 8, PMP bit 9, as in the architecture manual and Linux (OR1200's defines swap them)
    UPR_PICP = 1 << 8;
    UPR_PMP = 1 << 9;
    UPR_TTP = 1 << 10;
    /// CPUCFGR: number of shadow GPR files (bits 3..0)
    CPUCFGR_NSGF_MASK = 0xf;
    CPUCFGR_CGF = 1 << 4;
    CPUCFGR_OB32S = 1 << 5;
    CPUCFGR_OB64S = 1 << 6;
    CPUCFGR_OF32S = 1 << 7;
    CPUCFGR_OV64S = 1 << 9;

    ["MMU configuration registers (DMMUCFGR/IMMUCFGR)"]
    /// number of TLB ways minus one (bits 1..0)
    MMUCFGR_NTW_SHIFT = 0;
    /// log2 of the number of TLB sets (bits 4..2)
    MMUCFGR_NTS_SHIFT = 2;
    /// number of ATB entries (bits 7..5)
    MMUCFGR_NAE_SHIFT = 5;
    MMUCFGR_CRI = 1 << 8;
    MMUCFGR_PRI = 1 << 9;
    MMUCFGR_TEIRI = 1 << 10;
    MMUCFGR_HTR = 1 << 11;

    ["Cache configuration registers (DCCFGR/ICCFGR)"]
    /// log2 of the number of ways (bits 2..0)
    CCFGR_NCW_SHIFT = 0;
    /// log2 of the number of sets (bits 6..3)
    CCFGR_NCS_SHIFT = 3;
    /// block size: 0 = 16 bytes, 1 = 32 bytes
    CCFGR_CBS = 1 << 7;
    /// write strategy: 0 = write-through, 1 = write-back
    CCFGR_CWS = 1 << 8;
    CCFGR_CCRI = 1 << 9;
    CCFGR_CBIRI = 1 << 10;
    CCFGR_CBPRI = 1 << 11;
    CCFGR_CBLRI = 1 << 12;
    CCFGR_CBFRI = 1 << 13;
    CCFGR_CBWBRI = 1 << 14;

    ["TLB match register (xTLBWyMRz) fields"]
    TLB_MR_V = 1 << 0;
    TLB_MR_PL1 = 1 << 1;
    /// context id (bits 5..2)
    TLB_MR_CID_MASK = 0xf << 2;
    /// LRU (bits 7..6)
    TLB_MR_LRU_MASK = 0x3 << 6;
    /// virtual page number (bits 31..13)
    TLB_MR_VPN_MASK = 0xffff_e000;

    ["TLB translate register (xTLBWyTRz) fields"]
    TLB_TR_CC = 1 << 0;
    TLB_TR_CI = 1 << 1;
    TLB_TR_WBC = 1 << 2;
    TLB_TR_WOM = 1 << 3;
    TLB_TR_A = 1 << 4;
    TLB_TR_D = 1 << 5;
    /// DTLB: user read enable
    DTLB_TR_URE = 1 << 6;
    /// DTLB: user write enable
    DTLB_TR_UWE = 1 << 7;
    /// DTLB: supervisor read enable
    DTLB_TR_SRE = 1 << 8;
    /// DTLB: supervisor write enable
    DTLB_TR_SWE = 1 << 9;
    /// ITLB: supervisor execute enable
    ITLB_TR_SXE = 1 << 6;
    /// ITLB: user execute enable
    ITLB_TR_UXE = 1 << 7;
    /// physical page number (bits 31..13)
    TLB_TR_PPN_MASK = 0xffff_e000;
    PAGE_SHIFT = 13;
    PAGE_SIZE = 1 << 13;

    ["Tick timer mode register (TTMR) fields"]
    /// time period (bits 27..0)
    TTMR_TP_MASK = 0x0fff_ffff;
    TTMR_IP = 1 << 28;
    TTMR_IE = 1 << 29;
    /// mode (bits 31..30)
    TTMR_M_SHIFT = 30;
    TTMR_M_DISABLED = 0;
    TTMR_M_RESTART = 1;
    TTMR_M_STOP = 2;
    TTMR_M_CONT = 3;

    ["VMSP core configuration: what the configuration registers report"]
    /// log2 of the TLB sets (each MMU: one way, the NTS field of xMMUCFGR)
    TLB_SETS_LOG2 = 6;
    TLB_SETS = 1 << 6;
    /// UPR: the units present (MAC is implied by l.mac)
    UPR_VALUE = UPR_UP | UPR_DMP | UPR_IMP | UPR_MP | UPR_PICP | UPR_TTP;
    /// CPUCFGR: ORBIS32, no shadow GPR files
    CPUCFGR_VALUE = CPUCFGR_OB32S;
    /// DMMUCFGR/IMMUCFGR: one way (NTW = 0), TLB_SETS sets, xTLBEIR implemented
    MMUCFGR_VALUE = (6 << MMUCFGR_NTS_SHIFT) | MMUCFGR_TEIRI;

    ["Caches: the VMSP core's I-cache and D-cache (direct-mapped, write-back D-cache)"]
    /// bytes per cache line (4 words; CCFGR[CBS] = 0)
    CACHE_LINE_BYTES = 16;
    /// log2 of the I-cache sets (one way: 512 x 16 bytes = 8 KiB)
    ICACHE_SETS_LOG2 = 9;
    /// log2 of the D-cache sets (one way: 512 x 16 bytes = 8 KiB)
    DCACHE_SETS_LOG2 = 9;
    /// cache tag word (I- and D-cache): the line is valid
    CACHE_TAG_VALID = 1 << 0;
    /// D-cache tag word: the line is dirty (the tag's address bits start above the line offset)
    CACHE_TAG_DIRTY = 1 << 1;
    /// ICCFGR: one way, ICACHE_SETS_LOG2 sets, 16-byte blocks, ICBIR implemented
    ICCFGR_VALUE = (0 << CCFGR_NCW_SHIFT) | (ICACHE_SETS_LOG2 << CCFGR_NCS_SHIFT) | CCFGR_CBIRI;
    /// DCCFGR: one way, DCACHE_SETS_LOG2 sets, 16-byte blocks, write-back, DCBIR/DCBFR/DCBWR implemented
    DCCFGR_VALUE = (0 << CCFGR_NCW_SHIFT) | (DCACHE_SETS_LOG2 << CCFGR_NCS_SHIFT) | CCFGR_CWS | CCFGR_CBIRI | CCFGR_CBFRI | CCFGR_CBWBRI;

    ["Bus origin tag (Wishbone tga): who made an access, set by hardware only"]
    /// width of the tag
    TGA_BITS = 8;
    /// the access was made in supervisor mode
    TGA_SUPERVISOR = 1 << 0;
    /// the access was made by a guest (VMID in TGA_VMID)
    TGA_GUEST = 1 << 1;
    /// the access was made by the security monitor
    TGA_MONITOR = 1 << 2;
    /// reserved: the access goes through the memory-encryption engine
    TGA_ENC = 1 << 3;
    TGA_VMID_SHIFT = 4;
    TGA_VMID_MASK = 0xf << 4;

    ["Owner tags of cache lines and TLB entries (docs/VIRT.md): the world that filled or wrote them"]
    /// width of an owner tag: the host is 0, a guest its VMID (1..=VM_SLOTS), the monitor
    /// OWNER_MONITOR (owner_tag() of the access's tga)
    OWNER_BITS = 4;
    OWNER_HOST = 0;
    OWNER_MONITOR = 8;

    ["Platform memory map (compatible with QEMU's or1k virt machine)"]
    RAM_BASE = 0x0000_0000;
    /// uncached alias of RAM: [RAM_UNCACHED_ALIAS, + RAM size) are the same bytes as RAM; with SR[DME]/SR[IME] = 0 an access is cacheable iff address bit 31 is 0
    RAM_UNCACHED_ALIAS = 0x8000_0000;
    /// with SR[DME]/SR[IME] = 0, an access whose address has these bits set is uncached (the alias above, the devices)
    UNCACHED_ADDR_MASK = 0x8000_0000;
    /// 16550-compatible UART
    UART_BASE = 0x9000_0000;
    /// PIC line of the UART
    UART_IRQ = 2;
    /// test finisher (QEMU virt's sifive_test-compatible device)
    FINISHER_BASE = 0x9600_0000;
    /// finisher: write to end the run with exit code 0
    FINISHER_PASS = 0x5555;
    /// finisher: write (code << 16) | FINISHER_FAIL to exit with code
    FINISHER_FAIL = 0x3333;
    /// bytes of address space the UART decodes (8 byte-wide registers)
    UART_SIZE = 8;
    /// bytes of address space the finisher decodes
    FINISHER_SIZE = 0x1000;
    /// RAM array of the simulation SoC (verilator-sys builds one model): the
    /// size decoded is chosen at run time, up to this
    SIM_RAM_MAX = 64 << 20;
    /// decoded RAM size of the simulation SoC unless told otherwise (the
    /// firmware's link.ld default)
    SIM_RAM_DEFAULT = 1 << 20;
    /// simulation backdoor: a word written here through the SoC's ld_* port
    /// while reset is held sets the decoded RAM size in bytes (0: the whole
    /// array); outside every device, so no program can reach it
    LD_RAM_SIZE_ADDR = 0xffff_fffc;

    ["Security monitor world: on-chip ROM, SRAM and the secure unit (monitor-origin accesses only)"]
    /// the security monitor's ROM: reset enters it at SM_ROM_BASE + VEC_RESET
    SM_ROM_BASE = 0xc000_0000;
    SM_ROM_SIZE = 0x4000;
    /// l.smc enters the monitor here
    SM_CALL_ENTRY = SM_ROM_BASE + 0xc00;
    /// the monitor's SRAM
    SM_SRAM_BASE = 0xc100_0000;
    SM_SRAM_SIZE = 0x2000;
    /// the secure unit's registers (docs/SECURE_UNIT.md), 32-bit accesses
    SU_BASE = 0xc200_0000;
    SU_SIZE = 0x1000;

    ["Secure unit registers (byte offsets from SU_BASE)"]
    /// SHA-256: write SHA_CMD_*
    SU_SHA_CTRL = 0x000;
    /// SHA-256: SU_BUSY while compressing
    SU_SHA_STATUS = 0x004;
    /// SHA-256: 16 big-endian message words, SU_SHA_DATA + 4 * i
    SU_SHA_DATA = 0x040;
    /// SHA-256: the 8 state words H0..H7, SU_SHA_DIGEST + 4 * i (read-only)
    SU_SHA_DIGEST = 0x080;
    /// TRNG/DRBG: SU_TRNG_READY, SU_TRNG_ALARM
    SU_TRNG_STATUS = 0x100;
    /// platform: bytes of RAM decoded at RAM_BASE (read-only), so the monitor can check host buffers
    SU_RAM_SIZE = 0x300;
    /// key block: write (slot << KEY_SLOT_SHIFT) | KEY_CMD_*
    SU_KEY_CTRL = 0x200;
    /// key block: SU_BUSY, SU_KEY_ERROR (last fill failed), and which slots hold keys
    /// (bit KEY_VALID_SHIFT + slot - 1); never the keys
    SU_KEY_STATUS = 0x204;
    SU_BUSY = 1 << 0;
    SHA_CMD_INIT = 1;
    SHA_CMD_BLOCK = 2;
    /// the DRBG is instantiated and the health tests pass
    SU_TRNG_READY = 1 << 0;
    /// a health test failed: no more random output until reset
    SU_TRNG_ALARM = 1 << 1;
    /// fill the slot's keys from the DRBG (KEY_WORDS words)
    KEY_CMD_FILL = 1;
    /// zero the slot's keys
    KEY_CMD_ZERO = 2;
    KEY_SLOT_SHIFT = 8;
    SU_KEY_ERROR = 1 << 1;
    KEY_VALID_SHIFT = 8;
    /// 32-bit words of key material per slot: XTS data key, XTS tweak key, sealing key
    KEY_WORDS = 12;
    /// draw KEY_WORDS words from the DRBG into SU_RNG_DATA (the slot field is ignored): the
    /// monitor's random numbers (the hedge of its signature nonces)
    KEY_CMD_RNG = 3;
    /// key block: the last KEY_CMD_RNG draw, KEY_WORDS words (read-only; never key material)
    SU_RNG_DATA = 0x240;

    ["Secure unit: device identity (docs/ATTESTATION.md)"]
    /// the device root secret, 8 big-endian words (read-only); zero once SU_ID_LOCK is set
    SU_ID_SECRET = 0x500;
    /// write: hide SU_ID_SECRET until reset (the monitor locks it once it derived the device key);
    /// read: 1 when locked
    SU_ID_LOCK = 0x520;
    /// the device certificate, CERT_BYTES / 4 big-endian words (read-only)
    SU_ID_CERT = 0x600;

    ["Secure unit: ECC accelerator, 256-bit modular arithmetic mod p or n of secp256k1 (docs/ATTESTATION.md)"]
    /// write (ECC_OP_* << ECC_OP_SHIFT) | ECC_MOD_N? | operands; waits while the accelerator is busy
    SU_ECC_CMD = 0x400;
    /// SU_BUSY while an operation runs
    SU_ECC_STATUS = 0x404;
    /// the 256-bit transfer register, 8 big-endian words (word 0 the most significant), read/write
    /// (an access waits while the accelerator is busy)
    SU_ECC_DATA = 0x420;
    /// 256-bit registers R0..R15
    ECC_REGS = 16;
    ECC_OP_SHIFT = 28;
    /// the modulus of MUL, ADD, SUB: n (the group order) when set, else p (the field prime)
    ECC_MOD_N = 1 << 27;
    /// CSWAP's bit of K (8 bits)
    ECC_BIT_SHIFT = 16;
    /// destination register (4 bits)
    ECC_D_SHIFT = 8;
    /// first source register (4 bits)
    ECC_A_SHIFT = 4;
    /// second source register (4 bits)
    ECC_B_SHIFT = 0;
    /// R[d] := R[a] * R[b] * 2^-256 mod m (Montgomery), for any inputs
    ECC_OP_MUL = 1;
    /// R[d] := (R[a] + R[b]) mod m, for any inputs
    ECC_OP_ADD = 2;
    /// R[d] := (R[a] - R[b]) mod m, for any inputs
    ECC_OP_SUB = 3;
    /// R[d] := DATA
    ECC_OP_LOAD = 4;
    /// DATA := R[a]
    ECC_OP_STORE = 5;
    /// K := R[a] (the scalar CSWAP reads; no register reads K back)
    ECC_OP_SETK = 6;
    /// if bit ECC_BIT of K is 1, swap R[a] and R[b]; the same time either way
    ECC_OP_CSWAP = 7;
    /// zero R0..R15, K and DATA
    ECC_OP_CLEAR = 8;

    ["Device certificate (byte offsets; big-endian; docs/ATTESTATION.md)"]
    /// "VMSC"
    CERT_MAGIC = 0x564d_5343;
    CERT_VERSION = 1;
    CERT_OFF_MAGIC = 0;
    CERT_OFF_VERSION = 4;
    /// the device public key: X then Y, 32 bytes each
    CERT_OFF_PUBKEY = 8;
    /// the manufacturer's ECDSA secp256k1 signature, r then s, over SHA-256 of bytes 0..CERT_SIGNED
    CERT_OFF_SIG = 72;
    CERT_SIGNED = 72;
    CERT_BYTES = 136;
    /// the device key: d = SHA-256(BE32(DEVKEY_TAG) || BE32(i) || root secret) for the first
    /// i = 0, 1, .. with 0 < d < n ("DKEY")
    DEVKEY_TAG = 0x444b_4559;

    ["Attestation report (byte offsets; big-endian; docs/ATTESTATION.md)"]
    /// "VMSR"
    REPORT_MAGIC = 0x564d_5352;
    REPORT_VERSION = 1;
    REPORT_OFF_MAGIC = 0;
    REPORT_OFF_VERSION = 4;
    REPORT_OFF_VMID = 8;
    /// the VM's POLICY_* word
    REPORT_OFF_POLICY = 12;
    /// the launch measurement (32 bytes)
    REPORT_OFF_LAUNCH = 16;
    /// the monitor ROM's measurement (32 bytes)
    REPORT_OFF_ROM = 48;
    /// the latest hypervisor measurement (32 bytes; zero when there is none)
    REPORT_OFF_HV = 80;
    /// the range it measured: host address, bytes
    REPORT_OFF_HV_BASE = 112;
    REPORT_OFF_HV_SIZE = 116;
    /// hypervisor measurements taken since reset (0: none)
    REPORT_OFF_HV_COUNT = 120;
    /// zero
    REPORT_OFF_RESERVED = 124;
    /// the requester's 64 bytes (its nonce)
    REPORT_OFF_DATA = 128;
    REPORT_DATA_BYTES = 64;
    /// the device public key, X then Y
    REPORT_OFF_PUBKEY = 192;
    /// ECDSA secp256k1 by the device key, r then s (s <= n/2), over SHA-256 of bytes 0..REPORT_SIGNED
    REPORT_OFF_SIG = 256;
    REPORT_SIGNED = 256;
    REPORT_BYTES = 320;

    ["Security monitor calls (l.smc: r3 = SMC_*, arguments in r4..r7, status SM_* in r11; docs/MONITOR.md)"]
    /// r11 = SM_OK; the monitor's version in nothing else (a liveness probe)
    SMC_VERSION = 0;
    /// r4 = VMID, r5 = host address of a VmCreate descriptor (VMC_* layout)
    SMC_VM_CREATE = 1;
    /// r4 = VMID, r5 = gPA (4 KiB aligned, in a region), r6 = host address of the 4 KiB source page,
    /// r7 = attributes (0; others reserved)
    SMC_VM_ADD_PAGE = 2;
    /// r4 = VMID
    SMC_VM_LAUNCH = 3;
    /// r4 = VMID
    SMC_VM_DESTROY = 4;
    /// r4 = VMID (launched), r5 = host address of a 32-byte buffer for the launch measurement
    SMC_VM_MEASUREMENT = 5;
    /// guest only: r4 = gPA of the first page (4 KiB aligned), r5 = pages (1..=VMPT_PAGES),
    /// r6 = attributes (VMPTE_ENC | VMPTE_HR | VMPTE_HW, not HW with ENC, no ENC for a VM
    /// created with POLICY_NO_ENC) for each page
    SMC_PAGE_ATTR = 6;
    /// host or guest: r4 = address of a CERT_BYTES buffer for the device certificate (the host's:
    /// word-aligned host RAM outside every VM; a guest's: as SMC_ATTEST_REPORT's output)
    SMC_DEVICE_CERT = 7;
    /// guest only: r4 = gPA of the REPORT_DATA_BYTES of report data, r5 = gPA of the
    /// REPORT_BYTES output; both word-aligned, in the caller's regions, the output on pages the
    /// host cannot write
    SMC_ATTEST_REPORT = 8;
    /// host only: r4 = host address, r5 = bytes (both word-aligned, r5 != 0, in RAM, outside every
    /// VM), r6 = host address of a 32-byte buffer: measures the range (the hypervisor) for later
    /// reports and writes the digest to r6
    SMC_MEASURE_HV = 9;
    SM_OK = 0;
    /// unknown function
    SM_ERR_FUNC = 1;
    /// VMID 0 or above VM_SLOTS
    SM_ERR_VMID = 2;
    /// the slot is not in the state the command needs
    SM_ERR_STATE = 3;
    /// a malformed region: size not a power of two or below VM_REGION_MIN, base or hPA
    /// not aligned to it, not inside RAM, or guest ranges that overlap each other
    SM_ERR_REGION = 4;
    /// a region's host range overlaps another VM's
    SM_ERR_OVERLAP = 5;
    /// a host buffer outside RAM, misaligned, or inside a VM's region
    SM_ERR_ADDR = 6;
    /// the TRNG failed its health tests: no keys, no VM
    SM_ERR_ENTROPY = 7;
    /// the call is not for the caller's world: VM management from a guest, SMC_PAGE_ATTR
    /// from the host
    SM_ERR_UNSUPPORTED = 8;
    /// a bad argument: create's unknown policy bits; add page's gPA outside the regions or
    /// misaligned, attributes not 0; page attributes on a page outside the caller's regions,
    /// unknown bits, HW with ENC, or ENC for a VM created with POLICY_NO_ENC
    SM_ERR_PARAM = 9;

    ["VmCreate descriptor (host memory, big-endian words; byte offsets)"]
    /// policy flags (POLICY_*); the rest are reserved and must be 0
    VMC_POLICY = 0;
    /// VM_REGIONS records of (gPA, size, hPA) from here, VMC_REGION_BYTES each; size 0 = unused
    VMC_REGIONS = 4;
    VMC_REGION_BYTES = 12;
    VMC_BYTES = 4 + 4 * 12;
    /// the guest may be debugged (recorded and measured; nothing else yet)
    POLICY_DEBUG = 1 << 0;
    /// no memory encryption (recorded and measured): create gives the VM's pages no VMPTE_ENC,
    /// and SMC_PAGE_ATTR with VMPTE_ENC from the VM is SM_ERR_PARAM
    POLICY_NO_ENC = 1 << 1;

    ["Launch measurement (docs/MONITOR.md): page size and domain-separation tags"]
    /// add page copies and measures this many bytes
    MEASURE_PAGE = 0x1000;
    /// "VMSP" big-endian: the first word of the create record
    MEASURE_TAG_CREATE = 0x564d_5350;
    /// "PAGE" big-endian: the first word of each page record
    MEASURE_TAG_PAGE = 0x5041_4745;
    /// "HYPV": the hypervisor measurement's first word
    MEASURE_TAG_HV = 0x4859_5056;
    /// "ROM ": the monitor ROM measurement's first word
    MEASURE_TAG_ROM = 0x524f_4d20;

    ["16550 UART registers (byte offsets from UART_BASE) and bits"]
    /// receive buffer (read, LCR.DLAB = 0)
    UART_RBR = 0;
    /// transmit holding (write, LCR.DLAB = 0)
    UART_THR = 0;
    /// divisor latch low (LCR.DLAB = 1)
    UART_DLL = 0;
    /// interrupt enable (LCR.DLAB = 0)
    UART_IER = 1;
    /// divisor latch high (LCR.DLAB = 1)
    UART_DLM = 1;
    /// interrupt identification (read)
    UART_IIR = 2;
    /// FIFO control (write)
    UART_FCR = 2;
    UART_LCR = 3;
    UART_MCR = 4;
    UART_LSR = 5;
    UART_MSR = 6;
    UART_SCR = 7;
    /// IER: received-data-available interrupt enable
    UART_IER_RDI = 1 << 0;
    /// IER: transmit-holding-register-empty interrupt enable
    UART_IER_THRI = 1 << 1;
    /// IIR: no interrupt pending
    UART_IIR_NO_INT = 0x01;
    /// IIR: transmit holding register empty
    UART_IIR_THRI = 0x02;
    /// IIR: received data available
    UART_IIR_RDI = 0x04;
    /// IIR: FIFOs enabled (bits 7..6)
    UART_IIR_FIFO = 0xc0;
    /// FCR: enable FIFOs
    UART_FCR_ENABLE = 1 << 0;
    /// LCR: divisor latch access
    UART_LCR_DLAB = 1 << 7;
    /// LSR: data ready
    UART_LSR_DR = 1 << 0;
    /// LSR: transmit holding register empty
    UART_LSR_THRE = 1 << 5;
    /// LSR: transmitter empty
    UART_LSR_TEMT = 1 << 6;
    /// MSR: clear to send, data set ready, data carrier detect (host side always ready)
    UART_MSR_READY = 0xb0;
}

/// The largest seal counter: a slot whose counter has reached it seals no more
/// (VMEXIT_LOST). The counter is 64 bits and starts at 0 when the slot is created.
pub const SEAL_CTR_MAX: u64 = u64::MAX;

/// How the ISS and the RTL fill a context word at a VM exit and use it at
/// the next entry (docs/SEALING.md). Both serialise by this table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CtxSource {
    /// GPR n (r0 is always 0 in a blob)
    Gpr(u32),
    /// the resume pc
    Pc,
    Sr,
    Epcr,
    Eear,
    Esr,
    MacLo,
    MacHi,
    /// the guest's tick timer: it counts clock cycles in the RTL and
    /// instructions in the ISS, so lock-step takes its value from the RTL
    Ttmr,
    Ttcr,
    Flags,
    Reserved,
}

/// One word of the sealed context.
#[derive(Clone, Copy, Debug)]
pub struct CtxField {
    pub word: u32,
    pub name: &'static str,
    pub source: CtxSource,
}

const fn ctx_table() -> [CtxField; SEAL_CTX_WORDS as usize] {
    const GPR: [&str; 32] = [
        "r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15", "r16",
        "r17", "r18", "r19", "r20", "r21", "r22", "r23", "r24", "r25", "r26", "r27", "r28", "r29", "r30", "r31",
    ];
    let mut t = [CtxField { word: 0, name: "reserved", source: CtxSource::Reserved }; SEAL_CTX_WORDS as usize];
    let mut i = 0;
    while i < SEAL_CTX_WORDS as usize {
        t[i].word = i as u32;
        if i < 32 {
            t[i].name = GPR[i];
            t[i].source = CtxSource::Gpr(i as u32);
        }
        i += 1;
    }
    let rest = [
        (CTX_PC, "pc", CtxSource::Pc),
        (CTX_SR, "sr", CtxSource::Sr),
        (CTX_EPCR, "epcr", CtxSource::Epcr),
        (CTX_EEAR, "eear", CtxSource::Eear),
        (CTX_ESR, "esr", CtxSource::Esr),
        (CTX_MACLO, "maclo", CtxSource::MacLo),
        (CTX_MACHI, "machi", CtxSource::MacHi),
        (CTX_TTMR, "ttmr", CtxSource::Ttmr),
        (CTX_TTCR, "ttcr", CtxSource::Ttcr),
        (CTX_FLAGS, "flags", CtxSource::Flags),
    ];
    let mut j = 0;
    while j < rest.len() {
        t[rest[j].0 as usize] = CtxField { word: rest[j].0, name: rest[j].1, source: rest[j].2 };
        j += 1;
    }
    t
}

/// The sealed context, word by word (docs/SEALING.md "Fields").
pub const CTX_FIELDS: [CtxField; SEAL_CTX_WORDS as usize] = ctx_table();

/// Guest-visible state that is deliberately not in the blob, and why: each
/// is either cleared at every exit, kept tagged in hardware, or the host's.
pub const CTX_NOT_SEALED: &[(&str, &str)] = &[
    ("l.lwa reservation", "cleared at every exit and entry, as by an exception: a restored reservation could outlive a host store to a shared page, so the next l.swa fails and the guest retries"),
    ("delay-slot state", "an exit never resumes in a delay slot: it resumes at the branch, which runs again (SR[DSX] is in SR)"),
    ("vector base", "SR[EPH], in SR"),
    ("TLBs", "entries are tagged with the VMID that wrote them and stay in the TLBs (docs/VIRT.md)"),
    ("cache lines", "tagged with their owner, written back encrypted (docs/VIRT.md, docs/MEE.md)"),
    ("PIC, host tick timer", "the host's: a guest cannot reach them"),
    ("NPC, PPC", "NPC is the resume pc; PPC reads as after an exception entry"),
];

/// Whether user mode (SR[SM] = 0) may read `addr` with l.mfspr: only with
/// SR[SUMRA] = 1, and only the configuration registers SPR_VR..=USER_SPR_LAST.
/// This is a security boundary: EPCR/EEAR/ESR, SR, NPC/PPC, the GPR window,
/// the TLBs, MAC, PIC and tick timer, and every SPR added later stay
/// supervisor-only. l.mtspr is never allowed in user mode.
pub const fn spr_user_readable(sr: u32, addr: u32) -> bool {
    sr & SR_SUMRA != 0 && addr <= USER_SPR_LAST
}

/// Name of an SPR address, for traces and error messages.
pub fn spr_name(addr: u32) -> Option<&'static str> {
    ALL.iter()
        .filter(|(section, _)| section.starts_with("SPR group"))
        .flat_map(|(_, items)| items.iter())
        .find(|(_, value, _)| *value == addr)
        .map(|(name, _, _)| &name[4..])
}

/// Name of an exception vector offset (0x100..=0xe00), e.g. `DTLB_MISS`,
/// for reports: the `VEC_*` constants' own names.
pub fn vector_name(vec: u32) -> Option<&'static str> {
    ALL.iter()
        .filter(|(section, _)| *section == "Exception vectors")
        .flat_map(|(_, items)| items.iter())
        .find(|(name, value, _)| *value == vec && *name != "VEC_BASE_EPH")
        .map(|(name, _, _)| &name[4..])
}

/// The C header for the firmware, generated from [`ALL`].
pub fn c_header() -> String {
    let mut out = String::new();
    out.push_str("/* Generated by `cargo run -p or1k-arch --bin gen-or1k-header`\n");
    out.push_str(" * from or1k-core/arch/src/lib.rs. Do not edit: edit the Rust module. */\n");
    out.push_str("#ifndef OR1K_SPRS_H\n#define OR1K_SPRS_H\n");
    for (section, items) in ALL {
        out.push_str(&format!("\n/* {section} */\n"));
        for (name, value, doc) in items.iter() {
            let doc = doc.trim();
            if doc.is_empty() {
                out.push_str(&format!("#define {name} 0x{value:x}\n"));
            } else {
                out.push_str(&format!("#define {name} 0x{value:x} /* {doc} */\n"));
            }
        }
    }
    out.push_str("\n#define SPR(group, index) (((group) << 11) | (index))\n");
    out.push_str("\n#endif /* OR1K_SPRS_H */\n");
    out
}

/// Where the generated header lives, relative to the workspace root.
pub const C_HEADER_PATH: &str = "firmware/include/or1k-sprs.h";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn committed_header_is_current() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../firmware/include/or1k-sprs.h");
        let committed = std::fs::read_to_string(path)
            .unwrap_or_else(|e| panic!("{path}: {e}; run `cargo run -p or1k-arch --bin gen-or1k-header`"));
        assert!(
            committed == c_header(),
            "{path} is stale: run `cargo run -p or1k-arch --bin gen-or1k-header`"
        );
    }

    #[test]
    fn ctx_table_names_every_word_once() {
        for (i, f) in CTX_FIELDS.iter().enumerate() {
            assert_eq!(f.word, i as u32);
            assert!(!f.name.is_empty());
        }
        assert!(matches!(CTX_FIELDS[CTX_PC as usize].source, CtxSource::Pc));
        assert!(matches!(CTX_FIELDS[31].source, CtxSource::Gpr(31)));
        assert!(CTX_FIELDS[CTX_RESERVED as usize..].iter().all(|f| f.source == CtxSource::Reserved));
        assert_eq!(CTX_FIELDS.iter().filter(|f| f.source == CtxSource::Reserved).count(), (SEAL_CTX_WORDS - CTX_RESERVED) as usize);
    }

    #[test]
    fn vector_names_resolve() {
        assert_eq!(vector_name(VEC_DTLB_MISS), Some("DTLB_MISS"));
        assert_eq!(vector_name(VEC_SYSCALL), Some("SYSCALL"));
        assert_eq!(vector_name(0x1234), None);
    }

    #[test]
    fn names_are_unique_and_spr_names_resolve() {
        let mut names: Vec<_> = ALL.iter().flat_map(|(_, i)| i.iter().map(|(n, _, _)| *n)).collect();
        let n = names.len();
        names.sort();
        names.dedup();
        assert_eq!(n, names.len(), "duplicate constant name");
        assert_eq!(spr_name(SPR_SR), Some("SR"));
        assert_eq!(spr_name(SPR_TTMR), Some("TTMR"));
        assert_eq!(SPR_DTLBW0MR0, 0xa00);
        assert_eq!(SPR_ITLBW0TR0, 0x1280);
        assert_eq!(SPR_PICSR, 0x4802);
        assert_eq!(spr_group(SPR_TTCR), 10);
        assert_eq!(TLB_SETS, 1 << TLB_SETS_LOG2);
        assert_eq!((MMUCFGR_VALUE >> MMUCFGR_NTS_SHIFT) & 7, TLB_SETS_LOG2);
        assert_eq!((ICCFGR_VALUE >> CCFGR_NCS_SHIFT) & 0xf, ICACHE_SETS_LOG2);
        assert_eq!((DCCFGR_VALUE >> CCFGR_NCS_SHIFT) & 0xf, DCACHE_SETS_LOG2);
        assert_eq!(ICCFGR_VALUE & CCFGR_CBS, 0, "CBS = 0 means 16-byte lines");
        assert_eq!(CACHE_LINE_BYTES, 16);
        assert!(RAM_UNCACHED_ALIAS & 0x8000_0000 != 0 && RAM_UNCACHED_ALIAS < UART_BASE);
    }

    #[test]
    fn user_mode_reads_only_configuration_registers() {
        for addr in [SPR_VR, SPR_UPR, SPR_CPUCFGR, SPR_DMMUCFGR, SPR_IMMUCFGR, SPR_DCCFGR, SPR_ICCFGR, SPR_PCCFGR] {
            assert!(spr_user_readable(SR_SUMRA, addr), "{addr:#x}");
            assert!(!spr_user_readable(0, addr), "{addr:#x} without SUMRA");
        }
        let forbidden = [
            SPR_NPC, SPR_SR, SPR_PPC, SPR_EPCR0, SPR_EEAR0, SPR_ESR0, SPR_GPR0, SPR_GPR0 + 31,
            SPR_DTLBW0MR0, SPR_DTLBW0TR0, SPR_ITLBW0MR0, SPR_ITLBW0TR0, SPR_DMMUCR, SPR_MACLO,
            SPR_MACHI, SPR_PICMR, SPR_PICSR, SPR_TTMR, SPR_TTCR, 0xffff, 0x1_0000,
        ];
        for addr in forbidden {
            assert!(!spr_user_readable(SR_SUMRA | SR_SM, addr), "{addr:#x} must stay supervisor-only");
        }
        assert!(SR_WRITABLE & SR_SUMRA != 0, "SUMRA is set with l.mtspr");
    }
}

const _: () = assert!(SEAL_OFF_CTX + 4 * SEAL_CTX_WORDS == SEAL_OFF_TAG);
const _: () = assert!(SEAL_OFF_TAG + SEAL_TAG_BYTES == SEAL_BLOB_BYTES && SEAL_BLOB_BYTES <= SEAL_ALIGN);
const _: () = assert!(SEAL_CTX_WORDS % 4 == 0 && CTX_FLAGS + 1 == CTX_RESERVED);

// A guest's tag is its VMID: the VMIDs must stay below the monitor's tag.
const _: () = assert!(VM_SLOTS < OWNER_MONITOR && OWNER_MONITOR < (1 << OWNER_BITS));
