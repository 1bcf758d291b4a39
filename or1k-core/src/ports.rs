//! The interfaces between the core's units: the SPR bus and the MMUs'
//! translation response. A unit that owns SPRs or translates addresses
//! takes one of these as a field; adding a unit means adding the field,
//! wiring it in `core.rs`, and its constants in `or1k-arch` (docs/CORE.md).
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
    /// A valid TLB entry matches (always with the MMU off).
    pub hit: Signal<Out, Bit>,
    /// The entry grants the access's permission (always with the MMU off).
    pub allowed: Signal<Out, Bit>,
    pub paddr: Signal<Out, Bits<32>>,
    /// Cache-inhibited.
    pub ci: Signal<Out, Bit>,
    /// `!hit | !allowed`, and the exception vector it raises.
    pub fault: Signal<Out, Bit>,
    pub fault_vec: Signal<Out, Bits<32>>,
}

/// The user's side of [`Translation`].
#[derive(LogicInterface, Default)]
#[join = "Translation"]
pub struct TranslationIn {
    pub hit: Signal<In, Bit>,
    pub allowed: Signal<In, Bit>,
    pub paddr: Signal<In, Bits<32>>,
    pub ci: Signal<In, Bit>,
    pub fault: Signal<In, Bit>,
    pub fault_vec: Signal<In, Bits<32>>,
}
