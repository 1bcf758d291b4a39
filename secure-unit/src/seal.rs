//! `Sealer`: the hardware context-sealing engine (issue 16; the contract is
//! docs/SEALING.md, its implementation notes "Implementation: the sealing
//! engine" there).
//!
//! AES-128-CCM (12-byte nonce VMID ‖ counter, 16-byte tag, the magic as
//! associated data, the 44-word context as payload) under the slot's
//! sealing key, computed by two `AesCore`s, both encrypt-only:
//! * `cte`, the CTR keystream: E(A0), E(A1), …, E(A11), one block per 10
//!   cycles; E(A0) is kept in `s0` for the tag;
//! * `mac`, the CBC-MAC chain X1 = E(B0), X2 = E(X1 ⊕ A), X(i+2) = E(X(i+1)
//!   ⊕ Pi), T = X13. It sets the pace: 13 × 11 cycles (10 rounds, and the
//!   cycle in which the result leaves the core's output register and the
//!   next block enters). Both cores start on the same edge; the keystream
//!   block Ei is ready before the chain needs Pi, so one cycle ("data
//!   step") reads block i of the buffer, XORs it with Ei (encrypt or
//!   decrypt), feeds the chain and writes the result back.
//!
//! **Buffers.** `bufa` is the context buffer the core sees (4 lanes of
//! 16 × 32-bit RAM: word w at row w / 4, lane w % 4, so one row is one AES
//! block). `bufb` is the blob's side: in a seal the ciphertext and the tag
//! the bus burst reads, in an unseal the words the burst brings in (the
//! ciphertext the data steps read and the tag). So the burst and the data
//! steps never share a RAM port, and `bufb` never holds plaintext. A seal
//! writes each ciphertext block over its plaintext in `bufa` too; an unseal
//! writes the plaintext there; every failure zeroes `bufa` (`Scrub`).
//!
//! **Bus.** One incrementing burst of the 52 blob words (`cti` 010, the
//! last 111), `sel` 1111, `tga` = `TGA_SUPERVISOR`, at `addr` with bit 31
//! cleared. An unseal's burst starts as soon as the sealer owns the bus
//! (header words checked as they arrive, the rest into `bufb`). A seal's
//! burst starts at a fixed cycle, `SEAL_BURST_GO`, chosen so that no beat
//! comes before its word is in `bufb` even with a 0-wait-state RAM (wait
//! states only make the beats later); `bok`/`late` check every beat
//! anyway, and a beat that would be early fails the seal (LOST) instead of
//! writing a wrong blob. The burst is never abandoned: `stb` stays up until
//! the last beat's `ack` or an `err`; `cyc/stb/adr/we` come from registers
//! only. The sealer takes the bus (`own`) at an edge where `cpu.cyc` is
//! low and keeps it until `done`; otherwise `cpu` and `mem` are wired
//! through.
//!
//! **Keys (I5).** `key_sel` selects the command's slot from the command's
//! cycle to the end of the data path and 0 otherwise; `key` goes into the
//! two cores' key inputs only (gated by `key_valid`), and the cores are
//! reset (their key registers cleared) at the end of every command.
use crate::aes::AesCore;
use or1k_arch::{
    SEAL_BLOB_BYTES, SEAL_CTR_MAX, SEAL_CTX_WORDS, SEAL_MAGIC, TGA_SUPERVISOR, VMENTER_ERR_LOST, VMENTER_ERR_SEAL_BUS,
    VMENTER_ERR_SEAL_FORMAT, VMENTER_ERR_SEAL_STALE, VMENTER_ERR_SEAL_TAG, VMENTER_ERR_SEAL_VMID, VM_SLOTS,
};
use or1k_core::ports::{WishboneMaster, WishboneSlave};
use rust_hdl::prelude::*;

/// Words of a blob: header (4), context (44), tag (4).
pub const SEAL_WORDS: u32 = SEAL_BLOB_BYTES / 4;
/// The seal's burst raises `stb` in cycle `SEAL_BURST_GO + 1` after the
/// command (if it owns the bus by then): the earliest start at which, at 0
/// wait states, every beat comes after its word is in `bufb`. The binding
/// one is the tag (words 48..51), written at the edge of cycle 144 (the
/// chain's 13 blocks take 11 cycles each from cycle 1); beat k of a burst
/// whose `stb` rises in cycle S is answered in S + 1 + k at the earliest,
/// its word read from `bufb` at the edge before: S + 48 > 144.
pub const SEAL_BURST_GO: u32 = 96;
const _: () = assert!(SEAL_WORDS == 52 && SEAL_CTX_WORDS == 44 && VM_SLOTS == 7);

const CTI_INC: u64 = 0b010;
const CTI_END: u64 = 0b111;

#[derive(LogicState, Copy, Clone, Debug, PartialEq)]
pub enum SealState {
    Idle,
    /// The command's second cycle: the key port answers; lost / counter /
    /// key checks; both cores take their first block.
    Check,
    /// The data path and the burst.
    Run,
    /// A failure: `bufa` zeroed row by row (16 cycles).
    Scrub,
    /// `done` with `code`.
    Fin,
}

/// The sealing engine; see the module documentation.
#[derive(LogicBlock)]
pub struct Sealer {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    /// Commands from the core, one-cycle pulses, only while !busy:
    /// seal the buffer's context of slot `vmid` to the save area `addr`, or
    /// read, check and decrypt the blob at `addr` for slot `vmid` into the buffer.
    pub seal: Signal<In, Bit>,
    pub unseal: Signal<In, Bit>,
    /// 1..=7, sampled with the command.
    pub vmid: Signal<In, Bits<3>>,
    /// Sampled with the command; bit 31 ignored; already checked by the core.
    pub addr: Signal<In, Bits<32>>,
    /// High from the command's edge until done (`done`'s cycle included).
    pub busy: Signal<Out, Bit>,
    /// One cycle: the command finished, `code` valid in that cycle.
    pub done: Signal<Out, Bit>,
    /// 0 = ok; unseal: VMENTER_ERR_LOST/SEAL_BUS/SEAL_FORMAT/SEAL_VMID/
    /// SEAL_STALE/SEAL_TAG; seal: VMENTER_ERR_LOST when it could not seal.
    pub code: Signal<Out, Bits<8>>,
    /// Slot life cycle: zero slot `clear_vmid`'s counter and lost flag.
    /// May arrive any time, also while busy.
    pub clear: Signal<In, Bit>,
    pub clear_vmid: Signal<In, Bits<3>>,
    /// The context buffer (SEAL_CTX_WORDS words): written by the core
    /// before a seal, read after a successful unseal (one edge later).
    pub ctx_we: Signal<In, Bit>,
    pub ctx_widx: Signal<In, Bits<6>>,
    pub ctx_wdata: Signal<In, Bits<32>>,
    pub ctx_ridx: Signal<In, Bits<6>>,
    pub ctx_rdata: Signal<Out, Bits<32>>,
    /// Sealing-key port of the key block: slot key_sel's sealing key on
    /// `key` one edge later; key_valid: that slot holds keys.
    pub key_sel: Signal<Out, Bits<4>>,
    pub key: Signal<In, Bits<128>>,
    pub key_valid: Signal<In, Bit>,
    /// The core's data-bus master, passed through to `mem` while the
    /// sealer does not own the bus.
    pub cpu: WishboneSlave,
    pub mem: WishboneMaster,

    /// CTR keystream core and CBC-MAC core.
    cte: AesCore,
    mac: AesCore,
    /// The context buffer (the core's side), lane l = words l, l+4, …
    bufa: [RAM<Bits<32>, 4>; 4],
    /// The blob's side: rows 0..10 ciphertext, row 11 the tag.
    bufb: [RAM<Bits<32>, 4>; 4],
    /// Seal counters of slots 1..=7 (`ctrs[v - 1]`), and lost flags by slot
    /// number (bit 0 unused).
    ctrs: [DFF<Bits<64>>; 7],
    lost: DFF<Bits<8>>,
    state: DFF<SealState>,
    /// The command: seal (1) or unseal (0), slot, nonce counter (a seal's
    /// new value, an unseal's expected one).
    op_seal: DFF<Bit>,
    vmid_q: DFF<Bits<3>>,
    ctr_q: DFF<Bits<64>>,
    /// Found at the command: the slot is lost, or a seal's counter is at the maximum.
    pre_bad: DFF<Bit>,
    /// A `clear` of the command's slot arrived during the command.
    cleared: DFF<Bit>,
    /// Cycles since the command (saturating).
    tcnt: DFF<Bits<8>>,
    /// The sealer owns the bus; its burst is running / has ended / ended in `err`.
    own: DFF<Bit>,
    bus_on: DFF<Bit>,
    bus_done: DFF<Bit>,
    bus_err: DFF<Bit>,
    /// Beats answered so far, and the address of the next one.
    beat: DFF<Bits<6>>,
    badr: DFF<Bits<32>>,
    /// Seal: the `bufb` word read for the current beat was written before
    /// it was read; a beat answered without it (`late`) fails the seal.
    bok: DFF<Bit>,
    late: DFF<Bit>,
    /// Unseal: the header words that did not match (magic, VMID, counter).
    hf_fmt: DFF<Bit>,
    hf_vmid: DFF<Bit>,
    hf_ctr: DFF<Bit>,
    /// Next counter block Ai for `cte` (0..=12); E(A0) and its presence.
    ctr_idx: DFF<Bits<4>>,
    s0: DFF<Bits<128>>,
    s0_ok: DFF<Bit>,
    /// Blocks given to `mac` (0 = B0 next, 1 = the associated-data block,
    /// 2..=12 = P(mstep-1), 13 = waiting for T, 14 = done).
    mstep: DFF<Bits<4>>,
    /// The buffer row of the next data step (the tag's: 11; the scrub's row).
    row: DFF<Bits<4>>,
    /// The RAMs' read data holds row `row`, complete.
    row_ok: DFF<Bit>,
    tag_bad: DFF<Bit>,
    mac_done: DFF<Bit>,
    /// The key port lost the slot's keys during the command.
    kfail: DFF<Bit>,
    code_q: DFF<Bits<8>>,
    /// The core's read: the lane it asked for, and that `bufa` read for it.
    rlane: DFF<Bits<2>>,
    rcore: DFF<Bit>,

    cmd: Signal<Local, Bit>,
    chk: Signal<Local, Bit>,
    run: Signal<Local, Bit>,
    /// One-hot slots: the command's `vmid`, `vmid_q`, `clear_vmid`.
    vbit: Signal<Local, Bits<8>>,
    qbit: Signal<Local, Bits<8>>,
    cbit: Signal<Local, Bits<8>>,
    /// Lost flags set / counter written this cycle.
    mark: Signal<Local, Bits<8>>,
    commit: Signal<Local, Bit>,
    ctr_cur: Signal<Local, Bits<64>>,
    fail: Signal<Local, Bit>,
    abort: Signal<Local, Bit>,
    /// The cores may take blocks (the key is there).
    feed: Signal<Local, Bit>,
    want: Signal<Local, Bit>,
    /// VMID ‖ counter at bits [119:24] (the nonce's place in B0 and Ai).
    nonce: Signal<Local, Bits<128>>,
    /// The header word of beat `beat` (seal: written; unseal: expected).
    hdr: Signal<Local, Bits<32>>,
    /// The beat answered this cycle, the next beat, its `bufb` row.
    got: Signal<Local, Bit>,
    bn: Signal<Local, Bits<6>>,
    brow: Signal<Local, Bits<4>>,
    bword: Signal<Local, Bits<32>>,
    /// One-hot lanes: the core's write, the beat's word.
    wlane: Signal<Local, Bits<4>>,
    blane: Signal<Local, Bits<4>>,
    /// Unseal: beats needed before row `row` is complete.
    need: Signal<Local, Bits<6>>,
    /// A data step / the final step of the chain this cycle.
    dstep: Signal<Local, Bit>,
    fstep: Signal<Local, Bit>,
    /// Row `row` (from `bufa` in a seal, `bufb` in an unseal), XORed with
    /// the keystream, the plaintext block, the computed tag.
    din: Signal<Local, Bits<128>>,
    xo: Signal<Local, Bits<128>>,
    pblk: Signal<Local, Bits<128>>,
    tagc: Signal<Local, Bits<128>>,
    /// Bits consumed on purpose (the address bits the blob never uses, the
    /// next beat's lane).
    unused_ok: Signal<Local, Bit>,

    one8: Constant<Bits<8>>,
    one4: Constant<Bits<4>>,
    k_ctr_max: Constant<Bits<64>>,
    k_magic: Constant<Bits<32>>,
    /// B0 without the nonce: 0x7a ‖ … ‖ 0x0000b0.
    k_b0: Constant<Bits<128>>,
    /// The associated-data block: 0x0004 ‖ magic ‖ 0^80.
    k_ablk: Constant<Bits<128>>,
    /// Ai without nonce and index: 0x02 ‖ ….
    k_aflags: Constant<Bits<128>>,
    k_addr_mask: Constant<Bits<32>>,
    k_go: Constant<Bits<8>>,
    k_own: Constant<Bits<8>>,
    k_tga: Constant<Bits<8>>,
    k_cti_inc: Constant<Bits<3>>,
    k_cti_end: Constant<Bits<3>>,
    k_lost: Constant<Bits<8>>,
    k_bus: Constant<Bits<8>>,
    k_fmt: Constant<Bits<8>>,
    k_vmid: Constant<Bits<8>>,
    k_stale: Constant<Bits<8>>,
    k_tag: Constant<Bits<8>>,
}

fn zero_ram() -> RAM<Bits<32>, 4> {
    RAM::from(std::iter::repeat_n(Bits::<32>::default(), 16))
}

fn c8(v: u32) -> Constant<Bits<8>> {
    Constant::new((v as u64).into())
}

fn c128(v: u128) -> Constant<Bits<128>> {
    let mut b = Bits::<128>::default();
    for i in 0..128 {
        b = b.replace_bit(i, (v >> i) & 1 == 1);
    }
    Constant::new(b)
}

impl Sealer {
    /// A sealer whose slots can seal `ctr_max` times (the SoC:
    /// `or1k_arch::SEAL_CTR_MAX`; tests use a small value).
    pub fn new(ctr_max: u64) -> Sealer {
        Sealer {
            clock: Default::default(),
            reset: Default::default(),
            seal: Default::default(),
            unseal: Default::default(),
            vmid: Default::default(),
            addr: Default::default(),
            busy: Default::default(),
            done: Default::default(),
            code: Default::default(),
            clear: Default::default(),
            clear_vmid: Default::default(),
            ctx_we: Default::default(),
            ctx_widx: Default::default(),
            ctx_wdata: Default::default(),
            ctx_ridx: Default::default(),
            ctx_rdata: Default::default(),
            key_sel: Default::default(),
            key: Default::default(),
            key_valid: Default::default(),
            cpu: Default::default(),
            mem: Default::default(),
            cte: Default::default(),
            mac: Default::default(),
            bufa: std::array::from_fn(|_| zero_ram()),
            bufb: std::array::from_fn(|_| zero_ram()),
            ctrs: Default::default(),
            lost: Default::default(),
            state: Default::default(),
            op_seal: Default::default(),
            vmid_q: Default::default(),
            ctr_q: Default::default(),
            pre_bad: Default::default(),
            cleared: Default::default(),
            tcnt: Default::default(),
            own: Default::default(),
            bus_on: Default::default(),
            bus_done: Default::default(),
            bus_err: Default::default(),
            beat: Default::default(),
            badr: Default::default(),
            bok: Default::default(),
            late: Default::default(),
            hf_fmt: Default::default(),
            hf_vmid: Default::default(),
            hf_ctr: Default::default(),
            ctr_idx: Default::default(),
            s0: Default::default(),
            s0_ok: Default::default(),
            mstep: Default::default(),
            row: Default::default(),
            row_ok: Default::default(),
            tag_bad: Default::default(),
            mac_done: Default::default(),
            kfail: Default::default(),
            code_q: Default::default(),
            rlane: Default::default(),
            rcore: Default::default(),
            cmd: Default::default(),
            chk: Default::default(),
            run: Default::default(),
            vbit: Default::default(),
            qbit: Default::default(),
            cbit: Default::default(),
            mark: Default::default(),
            commit: Default::default(),
            ctr_cur: Default::default(),
            fail: Default::default(),
            abort: Default::default(),
            feed: Default::default(),
            want: Default::default(),
            nonce: Default::default(),
            hdr: Default::default(),
            got: Default::default(),
            bn: Default::default(),
            brow: Default::default(),
            bword: Default::default(),
            wlane: Default::default(),
            blane: Default::default(),
            need: Default::default(),
            dstep: Default::default(),
            fstep: Default::default(),
            din: Default::default(),
            xo: Default::default(),
            pblk: Default::default(),
            tagc: Default::default(),
            unused_ok: Default::default(),
            one8: Constant::new(1u64.into()),
            one4: Constant::new(1u64.into()),
            k_ctr_max: Constant::new(ctr_max.into()),
            k_magic: Constant::new((SEAL_MAGIC as u64).into()),
            k_b0: c128(0x7a << 120 | 0xb0),
            k_ablk: c128(0x0004 << 112 | (SEAL_MAGIC as u128) << 80),
            k_aflags: c128(0x02 << 120),
            k_addr_mask: Constant::new(0x7fff_fffc_u64.into()),
            k_go: c8(SEAL_BURST_GO),
            k_own: c8(SEAL_BURST_GO - 1),
            k_tga: c8(TGA_SUPERVISOR),
            k_cti_inc: Constant::new(CTI_INC.into()),
            k_cti_end: Constant::new(CTI_END.into()),
            k_lost: c8(VMENTER_ERR_LOST),
            k_bus: c8(VMENTER_ERR_SEAL_BUS),
            k_fmt: c8(VMENTER_ERR_SEAL_FORMAT),
            k_vmid: c8(VMENTER_ERR_SEAL_VMID),
            k_stale: c8(VMENTER_ERR_SEAL_STALE),
            k_tag: c8(VMENTER_ERR_SEAL_TAG),
        }
    }
}

impl Default for Sealer {
    fn default() -> Self {
        Sealer::new(SEAL_CTR_MAX)
    }
}

impl Logic for Sealer {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, lost, state, op_seal, vmid_q, ctr_q, pre_bad, cleared, tcnt, own, bus_on, bus_done, bus_err,
            beat, badr, bok, late, hf_fmt, hf_vmid, hf_ctr, ctr_idx, s0, s0_ok, mstep, row, row_ok, tag_bad, mac_done,
            kfail, code_q, rlane, rcore
        );
        self.cte.clock.next = self.clock.val();
        self.mac.clock.next = self.clock.val();
        for l in 0..4 {
            self.bufa[l].read_clock.next = self.clock.val();
            self.bufa[l].write_clock.next = self.clock.val();
            self.bufb[l].read_clock.next = self.clock.val();
            self.bufb[l].write_clock.next = self.clock.val();
        }
        for i in 0..7 {
            self.ctrs[i].clock.next = self.clock.val();
            self.ctrs[i].d.next = self.ctrs[i].q.val();
        }

        // ---- the command and the slot tables ----
        self.chk.next = self.state.q.val() == SealState::Check;
        self.run.next = self.state.q.val() == SealState::Run;
        self.cmd.next = (self.state.q.val() == SealState::Idle) & (self.seal.val() | self.unseal.val());
        self.vbit.next = self.one8.val() << self.vmid.val();
        self.qbit.next = self.one8.val() << self.vmid_q.q.val();
        self.cbit.next = self.one8.val() << self.clear_vmid.val();
        self.ctr_cur.next = 0.into();
        if self.cmd.val() {
            for i in 0..7 {
                if self.vbit.val().get_bit(i + 1) {
                    self.ctr_cur.next = self.ctrs[i].q.val();
                }
            }
        }
        self.mark.next = 0.into();
        self.commit.next = false;

        // ---- the key port: the command's slot while the cores may need it ----
        self.key_sel.next = 0.into();
        if self.cmd.val() {
            self.key_sel.next = bit_cast::<4, 3>(self.vmid.val());
        } else if self.chk.val() | self.run.val() {
            self.key_sel.next = bit_cast::<4, 3>(self.vmid_q.q.val());
        }
        self.fail.next = self.pre_bad.q.val() | !self.key_valid.val();
        self.abort.next = self.bus_err.q.val() | self.kfail.q.val() | self.late.q.val();
        self.feed.next =
            ((self.chk.val() & !self.fail.val()) | (self.run.val() & !self.abort.val())) & self.key_valid.val();
        self.nonce.next = 0.into();
        if self.chk.val() | self.run.val() {
            self.nonce.next =
                (bit_cast::<128, 3>(self.vmid_q.q.val()) << 88) | (bit_cast::<128, 64>(self.ctr_q.q.val()) << 24);
        }

        // ---- the two cores (encryption only; reset after every command) ----
        self.cte.reset.next =
            self.reset.val() | (self.state.q.val() == SealState::Scrub) | (self.state.q.val() == SealState::Fin);
        self.mac.reset.next = self.cte.reset.val();
        self.cte.key_256.next = false;
        self.mac.key_256.next = false;
        self.cte.decrypt.next = false;
        self.mac.decrypt.next = false;
        self.cte.keep_key.next = false;
        self.mac.keep_key.next = false;
        self.cte.key.next = 0.into();
        self.mac.key.next = 0.into();
        if self.feed.val() {
            self.cte.key.next = bit_cast::<256, 128>(self.key.val()) << 128;
            self.mac.key.next = bit_cast::<256, 128>(self.key.val()) << 128;
        }
        // CTR: A0..A11 as fast as the core takes them.
        self.cte.in_valid.next = self.feed.val() & (self.ctr_idx.q.val() < 12);
        self.cte.block_in.next = 0.into();
        if self.cte.in_valid.val() {
            self.cte.block_in.next = self.k_aflags.val() | self.nonce.val() | bit_cast::<128, 4>(self.ctr_idx.q.val());
        }
        if self.cte.in_valid.val() & self.cte.in_ready.val() {
            self.ctr_idx.d.next = self.ctr_idx.q.val() + 1;
        }
        // The data path: row `row` of the buffer XOR the keystream block.
        self.din.next = 0.into();
        self.xo.next = 0.into();
        self.pblk.next = 0.into();
        self.tagc.next = 0.into();
        if self.run.val() & self.mac.out_valid.val() {
            if self.op_seal.q.val() {
                self.din.next = (bit_cast::<128, 32>(self.bufa[0].read_data.val()) << 96)
                    | (bit_cast::<128, 32>(self.bufa[1].read_data.val()) << 64)
                    | (bit_cast::<128, 32>(self.bufa[2].read_data.val()) << 32)
                    | bit_cast::<128, 32>(self.bufa[3].read_data.val());
            } else {
                self.din.next = (bit_cast::<128, 32>(self.bufb[0].read_data.val()) << 96)
                    | (bit_cast::<128, 32>(self.bufb[1].read_data.val()) << 64)
                    | (bit_cast::<128, 32>(self.bufb[2].read_data.val()) << 32)
                    | bit_cast::<128, 32>(self.bufb[3].read_data.val());
            }
            self.xo.next = self.din.val() ^ self.cte.block_out.val();
            self.pblk.next = self.xo.val();
            if self.op_seal.q.val() {
                self.pblk.next = self.din.val();
            }
            self.tagc.next = self.mac.block_out.val() ^ self.s0.q.val();
        }
        // CBC-MAC: B0, the associated-data block, P1..P11, then T.
        self.mac.in_valid.next = false;
        self.mac.out_ready.next = false;
        self.mac.block_in.next = 0.into();
        self.dstep.next = false;
        self.fstep.next = false;
        if self.feed.val() {
            if self.mstep.q.val() == 0 {
                self.mac.in_valid.next = true;
                self.mac.block_in.next = self.k_b0.val() | self.nonce.val();
            } else if self.mstep.q.val() == 1 {
                self.mac.in_valid.next = self.mac.out_valid.val();
                self.mac.out_ready.next = self.mac.out_valid.val() & self.mac.in_ready.val();
                self.mac.block_in.next = self.mac.block_out.val() ^ self.k_ablk.val();
            } else if self.mstep.q.val() <= 12 {
                self.dstep.next = self.mac.out_valid.val()
                    & self.mac.in_ready.val()
                    & self.cte.out_valid.val()
                    & self.s0_ok.q.val()
                    & self.row_ok.q.val();
                self.mac.in_valid.next = self.dstep.val();
                self.mac.out_ready.next = self.dstep.val();
                self.mac.block_in.next = self.mac.block_out.val() ^ self.pblk.val();
            } else if self.mstep.q.val() == 13 {
                self.fstep.next = self.mac.out_valid.val() & (self.op_seal.q.val() | self.row_ok.q.val());
                self.mac.out_ready.next = self.fstep.val();
            }
        }
        if self.mac.in_valid.val() & self.mac.in_ready.val() {
            self.mstep.d.next = self.mstep.q.val() + 1;
        }
        // E(A0) is kept for the tag; E(Ai) is taken by data step i.
        self.cte.out_ready.next = self.dstep.val();
        if self.run.val() & !self.s0_ok.q.val() & self.cte.out_valid.val() {
            self.cte.out_ready.next = true;
            self.s0.d.next = self.cte.block_out.val();
            self.s0_ok.d.next = true;
        }
        if self.dstep.val() {
            self.row.d.next = self.row.q.val() + 1;
        }
        if self.fstep.val() {
            self.mstep.d.next = 14.into();
            self.mac_done.d.next = true;
            self.tag_bad.d.next = self.tagc.val() != self.din.val();
        }
        // The RAMs' read data holds row `row` one edge after it is complete
        // (seal: always; unseal: its last word arrived) and did not move.
        self.need.next = (bit_cast::<6, 4>(self.row.q.val()) << 2) + 8;
        self.row_ok.d.next = (self.op_seal.q.val() | (self.beat.q.val() >= self.need.val())) & !self.dstep.val();

        // ---- the buffers' ports ----
        for l in 0..4 {
            self.bufa[l].read_address.next = self.row.q.val();
            self.bufa[l].write_address.next = self.row.q.val();
            self.bufa[l].write_enable.next = false;
            self.bufa[l].write_data.next = self.xo.val().get_bits::<32>(96 - 32 * l);
            self.bufb[l].read_address.next = self.row.q.val();
            self.bufb[l].write_address.next = self.row.q.val();
            self.bufb[l].write_enable.next = false;
            self.bufb[l].write_data.next = self.xo.val().get_bits::<32>(96 - 32 * l);
        }
        self.rlane.d.next = self.ctx_ridx.val().get_bits::<2>(0);
        self.wlane.next = self.one4.val() << self.ctx_widx.val().get_bits::<2>(0);
        self.blane.next = self.one4.val() << self.beat.q.val().get_bits::<2>(0);
        self.rcore.d.next = false;
        if (self.state.q.val() == SealState::Idle) | (self.state.q.val() == SealState::Fin) {
            // the core's port: reads always, writes while idle
            self.rcore.d.next = true;
            for l in 0..4 {
                self.bufa[l].read_address.next = self.ctx_ridx.val().get_bits::<4>(2);
                self.bufa[l].write_address.next = self.ctx_widx.val().get_bits::<4>(2);
                self.bufa[l].write_data.next = self.ctx_wdata.val();
            }
            if self.state.q.val() == SealState::Idle {
                for l in 0..4 {
                    self.bufa[l].write_enable.next = self.ctx_we.val() & self.wlane.val().get_bit(l);
                }
            }
        }
        self.ctx_rdata.next = 0.into();
        if self.rcore.q.val() {
            if self.rlane.q.val() == 0 {
                self.ctx_rdata.next = self.bufa[0].read_data.val();
            } else if self.rlane.q.val() == 1 {
                self.ctx_rdata.next = self.bufa[1].read_data.val();
            } else if self.rlane.q.val() == 2 {
                self.ctx_rdata.next = self.bufa[2].read_data.val();
            } else {
                self.ctx_rdata.next = self.bufa[3].read_data.val();
            }
        }
        if self.dstep.val() {
            // seal: the ciphertext over the plaintext, and for the bus;
            // unseal: the plaintext
            for l in 0..4 {
                self.bufa[l].write_enable.next = true;
                self.bufb[l].write_enable.next = self.op_seal.q.val();
            }
        }
        if self.fstep.val() & self.op_seal.q.val() {
            for l in 0..4 {
                self.bufb[l].write_enable.next = true;
                self.bufb[l].write_address.next = 11.into();
                self.bufb[l].write_data.next = self.tagc.val().get_bits::<32>(96 - 32 * l);
            }
        }

        // ---- the bus ----
        self.got.next = self.bus_on.q.val() & self.mem.ack.val();
        self.bn.next = self.beat.q.val();
        if self.got.val() {
            self.bn.next = self.beat.q.val() + 1;
        }
        self.brow.next = self.bn.val().get_bits::<4>(2) - 1;
        self.unused_ok.next = self.addr.val().get_bit(31)
            | self.addr.val().get_bit(1)
            | self.addr.val().get_bit(0)
            | self.bn.val().get_bits::<2>(0).any();
        self.bok.d.next = (self.bn.val().get_bits::<4>(2) == 0)
            | (bit_cast::<5, 4>(self.mstep.q.val()) >= (bit_cast::<5, 4>(self.bn.val().get_bits::<4>(2)) + 2));
        self.hdr.next = 0.into();
        self.bword.next = 0.into();
        if self.bus_on.q.val() {
            if self.beat.q.val() == 0 {
                self.hdr.next = self.k_magic.val();
            } else if self.beat.q.val() == 1 {
                self.hdr.next = bit_cast::<32, 3>(self.vmid_q.q.val());
            } else if self.beat.q.val() == 2 {
                self.hdr.next = self.ctr_q.q.val().get_bits::<32>(32);
            } else if self.beat.q.val() == 3 {
                self.hdr.next = self.ctr_q.q.val().get_bits::<32>(0);
            }
            if self.beat.q.val().get_bits::<2>(0) == 0 {
                self.bword.next = self.bufb[0].read_data.val();
            } else if self.beat.q.val().get_bits::<2>(0) == 1 {
                self.bword.next = self.bufb[1].read_data.val();
            } else if self.beat.q.val().get_bits::<2>(0) == 2 {
                self.bword.next = self.bufb[2].read_data.val();
            } else {
                self.bword.next = self.bufb[3].read_data.val();
            }
        }
        if self.run.val() & self.op_seal.q.val() {
            // the burst reads the blob's words from `bufb`, one edge ahead
            for l in 0..4 {
                self.bufb[l].read_address.next = self.brow.val();
            }
        }
        if self.own.q.val() {
            self.mem.cyc.next = self.bus_on.q.val();
            self.mem.stb.next = self.bus_on.q.val();
            self.mem.adr.next = self.badr.q.val();
            self.mem.we.next = self.op_seal.q.val();
            self.mem.sel.next = 0xf.into();
            self.mem.cti.next = self.k_cti_inc.val();
            if self.beat.q.val() == 51 {
                self.mem.cti.next = self.k_cti_end.val();
            }
            self.mem.bte.next = 0.into();
            self.mem.tga.next = self.k_tga.val();
            self.mem.dat_w.next = 0.into();
            if self.op_seal.q.val() & self.bus_on.q.val() {
                self.mem.dat_w.next = self.bword.val();
                if self.beat.q.val() < 4 {
                    self.mem.dat_w.next = self.hdr.val();
                }
            }
            self.cpu.ack.next = false;
            self.cpu.err.next = false;
            self.cpu.dat_r.next = 0.into();
        } else {
            self.mem.cyc.next = self.cpu.cyc.val();
            self.mem.stb.next = self.cpu.stb.val();
            self.mem.adr.next = self.cpu.adr.val();
            self.mem.we.next = self.cpu.we.val();
            self.mem.sel.next = self.cpu.sel.val();
            self.mem.cti.next = self.cpu.cti.val();
            self.mem.bte.next = self.cpu.bte.val();
            self.mem.tga.next = self.cpu.tga.val();
            self.mem.dat_w.next = self.cpu.dat_w.val();
            self.cpu.ack.next = self.mem.ack.val();
            self.cpu.err.next = self.mem.err.val();
            self.cpu.dat_r.next = self.mem.dat_r.val();
        }
        if self.got.val() {
            self.beat.d.next = self.beat.q.val() + 1;
            self.badr.d.next = self.badr.q.val() + 4;
            if self.beat.q.val() == 51 {
                self.bus_on.d.next = false;
                self.bus_done.d.next = true;
            }
            if self.op_seal.q.val() {
                if (self.beat.q.val() >= 4) & !self.bok.q.val() {
                    self.late.d.next = true;
                }
            } else if self.beat.q.val() < 4 {
                if self.mem.dat_r.val() != self.hdr.val() {
                    if self.beat.q.val() == 0 {
                        self.hf_fmt.d.next = true;
                    } else if self.beat.q.val() == 1 {
                        self.hf_vmid.d.next = true;
                    } else {
                        self.hf_ctr.d.next = true;
                    }
                }
            } else {
                // words 4..51 into bufb: row beat/4 - 1, lane beat % 4
                for l in 0..4 {
                    self.bufb[l].write_address.next = self.beat.q.val().get_bits::<4>(2) - 1;
                    self.bufb[l].write_data.next = self.mem.dat_r.val();
                    self.bufb[l].write_enable.next = self.blane.val().get_bit(l);
                }
            }
        } else if self.bus_on.q.val() & self.mem.err.val() {
            self.bus_on.d.next = false;
            self.bus_err.d.next = true;
            self.bus_done.d.next = true;
        }

        // ---- the sequence ----
        self.want.next = false;
        if self.tcnt.q.val() != 255 {
            self.tcnt.d.next = self.tcnt.q.val() + 1;
        }
        if !self.cmd.val()
            & (self.state.q.val() != SealState::Idle)
            & self.clear.val()
            & (self.clear_vmid.val() == self.vmid_q.q.val())
        {
            self.cleared.d.next = true;
        }
        match self.state.q.val() {
            SealState::Idle => {
                self.want.next = self.cmd.val() & !self.seal.val();
                if self.cmd.val() {
                    self.op_seal.d.next = self.seal.val();
                    self.vmid_q.d.next = self.vmid.val();
                    self.badr.d.next = self.addr.val() & self.k_addr_mask.val();
                    self.ctr_q.d.next = self.ctr_cur.val();
                    if self.seal.val() {
                        self.ctr_q.d.next = self.ctr_cur.val() + 1;
                    }
                    self.pre_bad.d.next = (self.lost.q.val() & self.vbit.val()).any()
                        | (self.seal.val() & (self.ctr_cur.val() == self.k_ctr_max.val()));
                    self.cleared.d.next = self.clear.val() & (self.clear_vmid.val() == self.vmid.val());
                    self.tcnt.d.next = 1.into();
                    self.bus_on.d.next = false;
                    self.bus_done.d.next = false;
                    self.bus_err.d.next = false;
                    self.beat.d.next = 0.into();
                    self.late.d.next = false;
                    self.hf_fmt.d.next = false;
                    self.hf_vmid.d.next = false;
                    self.hf_ctr.d.next = false;
                    self.ctr_idx.d.next = 0.into();
                    self.s0_ok.d.next = false;
                    self.mstep.d.next = 0.into();
                    self.row.d.next = 0.into();
                    self.row_ok.d.next = false;
                    self.tag_bad.d.next = false;
                    self.mac_done.d.next = false;
                    self.kfail.d.next = false;
                    self.code_q.d.next = 0.into();
                    self.state.d.next = SealState::Check;
                }
            }
            SealState::Check => {
                self.want.next = !self.op_seal.q.val();
                if self.fail.val() {
                    // lost, at the counter's end, or no keys: nothing moves
                    self.code_q.d.next = self.k_lost.val();
                    if self.op_seal.q.val() & !self.cleared.q.val() {
                        self.mark.next = self.qbit.val();
                    }
                    self.row.d.next = 0.into();
                    self.state.d.next = SealState::Scrub;
                } else {
                    self.commit.next = self.op_seal.q.val() & !self.cleared.q.val();
                    if !self.op_seal.q.val() & self.own.q.val() {
                        self.bus_on.d.next = true;
                    }
                    self.state.d.next = SealState::Run;
                }
            }
            SealState::Run => {
                if !self.key_valid.val() & !self.mac_done.q.val() {
                    self.kfail.d.next = true;
                }
                self.want.next = !self.abort.val() & (!self.op_seal.q.val() | (self.tcnt.q.val() >= self.k_own.val()));
                if !self.bus_on.q.val()
                    & !self.bus_done.q.val()
                    & self.own.q.val()
                    & !self.abort.val()
                    & (!self.op_seal.q.val() | (self.tcnt.q.val() >= self.k_go.val()))
                {
                    self.bus_on.d.next = true;
                }
                if self.abort.val() & !self.bus_on.q.val() {
                    self.code_q.d.next = self.k_lost.val();
                    if self.op_seal.q.val() & !self.cleared.q.val() {
                        self.mark.next = self.qbit.val();
                    }
                    if !self.op_seal.q.val() & self.bus_err.q.val() {
                        self.code_q.d.next = self.k_bus.val();
                    }
                    self.row.d.next = 0.into();
                    self.state.d.next = SealState::Scrub;
                } else if self.mac_done.q.val() & self.bus_done.q.val() {
                    self.state.d.next = SealState::Fin;
                    if !self.op_seal.q.val() {
                        if self.hf_fmt.q.val() {
                            self.code_q.d.next = self.k_fmt.val();
                        } else if self.hf_vmid.q.val() {
                            self.code_q.d.next = self.k_vmid.val();
                        } else if self.hf_ctr.q.val() | self.cleared.q.val() {
                            self.code_q.d.next = self.k_stale.val();
                        } else if self.tag_bad.q.val() {
                            self.code_q.d.next = self.k_tag.val();
                        }
                        if self.hf_fmt.q.val()
                            | self.hf_vmid.q.val()
                            | self.hf_ctr.q.val()
                            | self.cleared.q.val()
                            | self.tag_bad.q.val()
                        {
                            self.row.d.next = 0.into();
                            self.state.d.next = SealState::Scrub;
                        }
                    }
                }
            }
            SealState::Scrub => {
                for l in 0..4 {
                    self.bufa[l].write_enable.next = true;
                    self.bufa[l].write_data.next = 0.into();
                }
                self.row.d.next = self.row.q.val() + 1;
                if self.row.q.val() == 15 {
                    self.state.d.next = SealState::Fin;
                }
            }
            SealState::Fin => {
                self.own.d.next = false;
                self.s0.d.next = 0.into();
                self.state.d.next = SealState::Idle;
            }
        }
        if self.want.val() & !self.cpu.cyc.val() {
            self.own.d.next = true;
        }

        // ---- slot state: commit, lost, clear (clear wins) ----
        for i in 0..7 {
            if self.commit.val() & self.qbit.val().get_bit(i + 1) {
                self.ctrs[i].d.next = self.ctr_q.q.val();
            }
            if self.clear.val() & self.cbit.val().get_bit(i + 1) {
                self.ctrs[i].d.next = 0.into();
            }
        }
        if self.clear.val() {
            self.lost.d.next = (self.lost.q.val() | self.mark.val()) & !self.cbit.val();
        } else {
            self.lost.d.next = self.lost.q.val() | self.mark.val();
        }

        // ---- outputs ----
        self.busy.next = self.state.q.val() != SealState::Idle;
        self.done.next = self.state.q.val() == SealState::Fin;
        self.code.next = 0.into();
        if self.state.q.val() == SealState::Fin {
            self.code.next = self.code_q.q.val();
        }

        if self.reset.val() {
            for i in 0..7 {
                self.ctrs[i].d.next = 0.into();
            }
            self.lost.d.next = 0.into();
            self.state.d.next = SealState::Idle;
            self.own.d.next = false;
            self.bus_on.d.next = false;
            self.bus_done.d.next = false;
            self.bus_err.d.next = false;
            self.s0.d.next = 0.into();
            self.s0_ok.d.next = false;
            self.code_q.d.next = 0.into();
            self.rcore.d.next = false;
            for l in 0..4 {
                self.bufa[l].write_enable.next = false;
                self.bufb[l].write_enable.next = false;
            }
        }
    }
}

/// Emits the Verilog of a stand-alone `Sealer` (top module `top`), the SoC's
/// (`SEAL_CTR_MAX`).
pub fn sealer_verilog() -> String {
    sealer_verilog_ctr_max(SEAL_CTR_MAX)
}

/// The same with another counter limit (tests of exhaustion).
pub fn sealer_verilog_ctr_max(ctr_max: u64) -> String {
    let mut uut = Sealer::new(ctr_max);
    uut.connect_all();
    generate_verilog(&uut)
}
