//! The interfaces between the core's units: the SPR bus and the MMUs'
//! translation response. A unit that owns SPRs or translates addresses
//! takes one of these as a field; adding a unit means adding the field,
//! wiring it in `core.rs`, and its constants in `or1k-arch` (docs/CORE.md).
use crate::vm::KEY_BITS;
use rust_hdl::prelude::*;

/// One unit's port on the SPR bus. `Ctrl` drives the request from the MEM
/// stage (the instruction's SPR address is `rA | K`, compared in full, as
/// the ISS does); each unit decodes `addr` itself and answers for its own
/// registers. The core ORs the `rdata` of all units, so a unit must drive 0
/// for an address that is not its own.
///
/// A write has two phases because some SPR writes must act before the
/// instruction commits: `wreq` is high while an allowed `l.mtspr` sits in
/// MEM (the cache block registers start their operation and hold `busy`
/// until it is done), and `we` is high in the cycle it commits (ordinary
/// registers take `wdata` then). A read (`rreq`) may also hold `busy` (the
/// MMUs borrow their TLB's read port for one cycle).
#[derive(LogicInterface, Default)]
pub struct SprPort {
    pub addr: Signal<In, Bits<32>>,
    pub wdata: Signal<In, Bits<32>>,
    /// An allowed `l.mfspr` is in MEM.
    pub rreq: Signal<In, Bit>,
    /// An allowed `l.mtspr` is in MEM (not yet committed).
    pub wreq: Signal<In, Bit>,
    /// The `l.mtspr` commits in this cycle.
    pub we: Signal<In, Bit>,
    /// The register at `addr`, or 0 when `addr` is not this unit's.
    pub rdata: Signal<Out, Bits<32>>,
    /// `addr` is one of this unit's registers.
    pub hit: Signal<Out, Bit>,
    /// The access needs more cycles: MEM holds the instruction.
    pub busy: Signal<Out, Bit>,
}

/// An MMU's answer for the address it was asked to translate this cycle
/// (the ITLB's for fetch, the DTLB's for the LSU). With the MMU off the
/// address passes through and `ci` is the platform's bit-31 rule
/// (`or1k_arch::UNCACHED_ADDR_MASK`). This is where a guest-region check
/// plugs in: it only has to refuse (`allowed`) and name its vector.
#[derive(LogicInterface, Default)]
#[join = "TranslationIn"]
pub struct Translation {
    /// The answer below is valid (low while the IMMU's micro-TLB loads).
    pub ready: Signal<Out, Bit>,
    /// A valid TLB entry matches (always with the MMU off).
    pub hit: Signal<Out, Bit>,
    /// The entry grants the access's permission (always with the MMU off).
    pub allowed: Signal<Out, Bit>,
    pub paddr: Signal<Out, Bits<32>>,
    /// Cache-inhibited.
    pub ci: Signal<Out, Bit>,
    /// `ready & (!hit | !allowed)`, and the exception vector it raises.
    pub fault: Signal<Out, Bit>,
    pub fault_vec: Signal<Out, Bits<32>>,
}

/// The user's side of [`Translation`].
#[derive(LogicInterface, Default)]
#[join = "Translation"]
pub struct TranslationIn {
    pub ready: Signal<In, Bit>,
    pub hit: Signal<In, Bit>,
    pub allowed: Signal<In, Bit>,
    pub paddr: Signal<In, Bits<32>>,
    pub ci: Signal<In, Bit>,
    pub fault: Signal<In, Bit>,
    pub fault_vec: Signal<In, Bits<32>>,
}

/// Width of the Wishbone origin tag `tga` (layout: `or1k_arch::TGA_*`).
pub const TGA_BITS: usize = 8;
const _: () = assert!(or1k_arch::TGA_BITS as usize == TGA_BITS);
/// or1k-arch's OWNER_BITS as a width: the owner tag of cache lines and TLB entries.
pub const OWNER_BITS: usize = 4;
const _: () = assert!(or1k_arch::OWNER_BITS as usize == OWNER_BITS);

/// A Wishbone B3 master port, as fetch, the LSU and the caches drive it.
/// The master holds `adr/we/sel/dat_w/cti/tga` with `cyc & stb` until `ack`
/// or `err`. `cti` = 0b000 classic, 0b010 incrementing burst (the next beat
/// is `adr + 4`), 0b111 end of burst; `bte` is always 0 (linear). Fetch
/// may abandon a burst (drop `stb`, or present a non-sequential address);
/// the data side (LSU, D-cache) never does, and the board RAM's data port
/// relies on that (`RamPort::holds`).
/// `adr` is a byte address, `sel` marks its bytes big-endian (`sel[3]` is
/// the byte at `adr & !3`). `tga` is the access's origin (world, VMID,
/// supervisor), set by hardware only, for the slaves' access checks.
#[derive(LogicInterface, Default)]
#[join = "WishboneSlave"]
pub struct WishboneMaster {
    pub adr: Signal<Out, Bits<32>>,
    pub dat_w: Signal<Out, Bits<32>>,
    pub sel: Signal<Out, Bits<4>>,
    pub we: Signal<Out, Bit>,
    pub cyc: Signal<Out, Bit>,
    pub stb: Signal<Out, Bit>,
    pub cti: Signal<Out, Bits<3>>,
    pub bte: Signal<Out, Bits<2>>,
    pub tga: Signal<Out, Bits<TGA_BITS>>,
    pub dat_r: Signal<In, Bits<32>>,
    pub ack: Signal<In, Bit>,
    pub err: Signal<In, Bit>,
}

/// The slave's side of [`WishboneMaster`].
#[derive(LogicInterface, Default)]
#[join = "WishboneMaster"]
pub struct WishboneSlave {
    pub adr: Signal<In, Bits<32>>,
    pub dat_w: Signal<In, Bits<32>>,
    pub sel: Signal<In, Bits<4>>,
    pub we: Signal<In, Bit>,
    pub cyc: Signal<In, Bit>,
    pub stb: Signal<In, Bit>,
    pub cti: Signal<In, Bits<3>>,
    pub bte: Signal<In, Bits<2>>,
    pub tga: Signal<In, Bits<TGA_BITS>>,
    pub dat_r: Signal<Out, Bits<32>>,
    pub ack: Signal<Out, Bit>,
    pub err: Signal<Out, Bit>,
}

/// What the core did this cycle, for the performance counters
/// (`perf::PerfCounters`). Every cycle is exactly one of: ID issues an
/// instruction, or it does not because of `st_mem`, `st_ex`, `st_hazard`
/// or `st_fetch` (checked in that order), so the four stall counts and
/// the issued instructions add up to the cycles.
#[derive(LogicInterface, Default)]
#[join = "PerfEventsIn"]
pub struct PerfEvents {
    /// ID issued an instruction to EX (a flush may squash it later).
    pub issued: Signal<Out, Bit>,
    /// An instruction completed without an exception (WB).
    pub retired: Signal<Out, Bit>,
    /// The I-cache / D-cache started a line fetch.
    pub imiss: Signal<Out, Bit>,
    pub dmiss: Signal<Out, Bit>,
    /// EX holds an instruction that cannot move because MEM has not
    /// finished (data access, SPR access, D-cache miss or write-back).
    pub st_mem: Signal<Out, Bit>,
    /// ID is empty: fetch (I-cache miss, a redirect's bubble, uncached
    /// fetch; a branch in EX waits for its delay slot).
    pub st_fetch: Signal<Out, Bit>,
    /// EX is busy: multiply, divide.
    pub st_ex: Signal<Out, Bit>,
    /// ID waits for an operand (load-use, l.mfspr, a result not ready).
    pub st_hazard: Signal<Out, Bit>,
    /// ID issued a branch predicted taken; EX redirected fetch for a branch
    /// (a taken one not predicted, or a predicted one not taken).
    pub br_pred: Signal<Out, Bit>,
    pub br_redirect: Signal<Out, Bit>,
}

/// The counters' side of [`PerfEvents`].
#[derive(LogicInterface, Default)]
#[join = "PerfEvents"]
pub struct PerfEventsIn {
    pub issued: Signal<In, Bit>,
    pub retired: Signal<In, Bit>,
    pub imiss: Signal<In, Bit>,
    pub dmiss: Signal<In, Bit>,
    pub st_mem: Signal<In, Bit>,
    pub st_fetch: Signal<In, Bit>,
    pub st_ex: Signal<In, Bit>,
    pub st_hazard: Signal<In, Bit>,
    pub br_pred: Signal<In, Bit>,
    pub br_redirect: Signal<In, Bit>,
}

/// A guest's region check (docs/VIRT.md), answered by `vm::VmCtl` in the
/// same cycle: for `pa` (an access's physical address as its world sees
/// it), the host-physical address, and whether a guest access leaves its
/// regions (`vmexit`, a VM exit).
#[derive(LogicInterface, Default)]
#[join = "RegionCheckIn"]
pub struct RegionCheck {
    pub pa: Signal<In, Bits<32>>,
    pub hpa: Signal<Out, Bits<32>>,
    pub vmexit: Signal<Out, Bit>,
}

/// The asking side of [`RegionCheck`].
#[derive(LogicInterface, Default)]
#[join = "RegionCheck"]
pub struct RegionCheckIn {
    pub pa: Signal<Out, Bits<32>>,
    pub hpa: Signal<In, Bits<32>>,
    pub vmexit: Signal<In, Bit>,
}

/// A host access's page-table check (docs/VIRT.md), from block RAM: the
/// table reads `rd_addr`'s page this cycle and answers next cycle for that
/// `page` (address bits 30..12, the uncached alias folded): `owned`, it
/// belongs to a VM. The asker compares `page` with its access's (every
/// output comes from registers and the RAM, so no combinational path runs
/// back from the answer into `rd_addr`). `page_ok`: no table write raced
/// the read; `active`: the host world, where the check applies.
#[derive(LogicInterface, Default)]
#[join = "HostCheckIn"]
pub struct HostCheck {
    pub rd_addr: Signal<In, Bits<32>>,
    pub page: Signal<Out, Bits<KEY_BITS>>,
    pub page_ok: Signal<Out, Bit>,
    pub owned: Signal<Out, Bit>,
    /// The owner lets the host read (VMPTE_HR) / write (VMPTE_HW) the page.
    pub hr: Signal<Out, Bit>,
    pub hw: Signal<Out, Bit>,
    pub active: Signal<Out, Bit>,
}

/// The asking side of [`HostCheck`].
#[derive(LogicInterface, Default)]
#[join = "HostCheck"]
pub struct HostCheckIn {
    pub rd_addr: Signal<Out, Bits<32>>,
    pub page: Signal<In, Bits<KEY_BITS>>,
    pub page_ok: Signal<In, Bit>,
    pub owned: Signal<In, Bit>,
    pub hr: Signal<In, Bit>,
    pub hw: Signal<In, Bit>,
    pub active: Signal<In, Bit>,
}

/// The core's side of the context-sealing engine (secure-unit `Sealer`,
/// whose ports have these names; docs/SEALING.md): a seal or unseal
/// command and its answer, the context buffer, and the slot life cycle.
/// Driven by `vm::VmCtl` (its `sl_*` signals).
#[derive(LogicInterface, Default)]
pub struct SealPort {
    pub seal: Signal<Out, Bit>,
    pub unseal: Signal<Out, Bit>,
    pub vmid: Signal<Out, Bits<3>>,
    pub addr: Signal<Out, Bits<32>>,
    pub done: Signal<In, Bit>,
    pub code: Signal<In, Bits<8>>,
    pub ctx_we: Signal<Out, Bit>,
    pub ctx_widx: Signal<Out, Bits<6>>,
    pub ctx_wdata: Signal<Out, Bits<32>>,
    pub ctx_ridx: Signal<Out, Bits<6>>,
    pub ctx_rdata: Signal<In, Bits<32>>,
    pub clear: Signal<Out, Bit>,
    pub clear_vmid: Signal<Out, Bits<3>>,
}
