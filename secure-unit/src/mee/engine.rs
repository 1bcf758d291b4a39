//! `Mee`: the memory-encryption engine between the core's two RAM ports
//! and RAM (docs/MEE.md): one `MeeFront` per port (instruction, data), one
//! shared `XtsCipher`, and the key block's key port.
//!
//! **Arbitration.** A front raises `own` for a block that goes through the
//! cipher and keeps it until the block has left the cipher. The engine
//! grants one front at a time (round robin when both ask) and drives the
//! key block's `key_sel` with the granted front's slot. The keys appear one
//! edge later (at once if that slot was selected already); from then on the front sees `keys_ok` (or `keys_bad`, the
//! slot holds no keys) and the engine starts the tweak for the front's
//! block, which runs while the front reads RAM. A front passing accesses
//! through never waits for the other.
//!
//! **Keys (I5).** `key_out` goes only into the cipher's key inputs; no
//! output of the engine is a function of it except ciphertext and the
//! plaintext of blocks answered to the core.
use super::front::{MeeFront, PTE_BITS, PT_BITS};
use super::xts::XtsCipher;
use or1k_core::ports::{WishboneMaster, WishboneSlave};
use rust_hdl::prelude::*;

/// The engine; see the module documentation.
#[derive(LogicBlock, Default)]
pub struct Mee {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    /// Instruction port: from the decoder, to the RAM.
    pub si: WishboneSlave,
    pub mi: WishboneMaster,
    /// Data port: from the decoder, to the RAM.
    pub sd: WishboneSlave,
    pub md: WishboneMaster,
    /// The core's page-table writes (`Core::pt_*`).
    pub pt_we: Signal<In, Bit>,
    pub pt_page: Signal<In, Bits<PT_BITS>>,
    pub pt_entry: Signal<In, Bits<PTE_BITS>>,
    /// The key block's port (`KeyBlock::key_*`): slot `key_sel`'s keys on
    /// `key_out` one edge later, `key_valid` if it holds keys.
    pub key_sel: Signal<Out, Bits<4>>,
    pub key_out: Signal<In, Bits<384>>,
    pub key_valid: Signal<In, Bit>,
    /// Blocks through the cipher since reset (decrypted, encrypted), for
    /// the benchmarks.
    pub n_dec: Signal<Out, Bits<32>>,
    pub n_enc: Signal<Out, Bits<32>>,

    fi: MeeFront,
    fd: MeeFront,
    xts: XtsCipher,
    /// The front granted the cipher (at most one), and which was last.
    gnt_i: DFF<Bit>,
    gnt_d: DFF<Bit>,
    last_d: DFF<Bit>,
    ksel: DFF<Bits<3>>,
    /// `key_out` holds slot `ksel`'s keys (`key_sel` has not changed for an
    /// edge), so a grant to the same slot uses them at once.
    kready: DFF<Bit>,
    /// The granted block's tweak has been started.
    tw_sent: DFF<Bit>,
    dec_count: DFF<Bits<32>>,
    enc_count: DFF<Bits<32>>,
    /// Someone holds the grant.
    granted: Signal<Local, Bit>,
    /// The key sealing key's bits, consumed on purpose (issue 16 uses them).
    unused_seal_key: Signal<Local, Bit>,
}

impl Mee {
    /// The engine; `enabled` false: both ports are wires, no key is ever
    /// selected (a SoC without the monitor world).
    pub fn new(enabled: bool) -> Mee {
        if enabled {
            Mee::default()
        } else {
            Mee { fi: MeeFront::bypass(), fd: MeeFront::bypass(), ..Default::default() }
        }
    }
}

impl Logic for Mee {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, gnt_i, gnt_d, last_d, ksel, kready, tw_sent, dec_count, enc_count);
        self.fi.clock.next = self.clock.val();
        self.fd.clock.next = self.clock.val();
        self.xts.clock.next = self.clock.val();
        self.fi.reset.next = self.reset.val();
        self.fd.reset.next = self.reset.val();
        self.xts.reset.next = self.reset.val();
        WishboneSlave::link(&mut self.si, &mut self.fi.s);
        WishboneMaster::link(&mut self.mi, &mut self.fi.m);
        WishboneSlave::link(&mut self.sd, &mut self.fd.s);
        WishboneMaster::link(&mut self.md, &mut self.fd.m);
        self.fi.pt_we.next = self.pt_we.val();
        self.fi.pt_page.next = self.pt_page.val();
        self.fi.pt_entry.next = self.pt_entry.val();
        self.fd.pt_we.next = self.pt_we.val();
        self.fd.pt_page.next = self.pt_page.val();
        self.fd.pt_entry.next = self.pt_entry.val();

        // ---- grant ----
        self.granted.next = self.gnt_i.q.val() | self.gnt_d.q.val();
        if self.gnt_i.q.val() & !self.fi.own.val() {
            self.gnt_i.d.next = false;
        }
        if self.gnt_d.q.val() & !self.fd.own.val() {
            self.gnt_d.d.next = false;
        }
        self.kready.d.next = true;
        if !self.granted.val() {
            self.tw_sent.d.next = false;
            if self.fd.own.val() & (!self.fi.own.val() | !self.last_d.q.val()) {
                self.gnt_d.d.next = true;
                self.last_d.d.next = true;
                self.ksel.d.next = self.fd.slot.val();
                self.kready.d.next = self.kready.q.val() & (self.fd.slot.val() == self.ksel.q.val());
            } else if self.fi.own.val() {
                self.gnt_i.d.next = true;
                self.last_d.d.next = false;
                self.ksel.d.next = self.fi.slot.val();
                self.kready.d.next = self.kready.q.val() & (self.fi.slot.val() == self.ksel.q.val());
            }
        }
        self.key_sel.next = bit_cast::<4, 3>(self.ksel.q.val());
        self.fi.keys_ok.next = self.gnt_i.q.val() & self.kready.q.val() & self.key_valid.val();
        self.fi.keys_bad.next = self.gnt_i.q.val() & self.kready.q.val() & !self.key_valid.val();
        self.fd.keys_ok.next = self.gnt_d.q.val() & self.kready.q.val() & self.key_valid.val();
        self.fd.keys_bad.next = self.gnt_d.q.val() & self.kready.q.val() & !self.key_valid.val();

        // ---- the cipher, driven by the granted front ----
        self.xts.k1.next = self.key_out.val().get_bits::<128>(256);
        self.xts.k2.next = self.key_out.val().get_bits::<128>(128);
        self.unused_seal_key.next = self.key_out.val().get_bits::<128>(0).any();
        self.xts.tweak_start.next =
            self.granted.val() & self.kready.q.val() & self.key_valid.val() & !self.tw_sent.q.val();
        if self.xts.tweak_start.val() & self.xts.tweak_ready.val() {
            self.tw_sent.d.next = true;
        }
        self.xts.tweak_blk.next = self.fi.blk.val();
        self.xts.in_valid.next = self.gnt_i.q.val() & self.fi.c_valid.val();
        self.xts.blk.next = self.fi.blk.val();
        self.xts.decrypt.next = self.fi.c_decrypt.val();
        self.xts.block_in.next = self.fi.c_in.val();
        if self.gnt_d.q.val() {
            self.xts.tweak_blk.next = self.fd.blk.val();
            self.xts.in_valid.next = self.fd.c_valid.val();
            self.xts.blk.next = self.fd.blk.val();
            self.xts.decrypt.next = self.fd.c_decrypt.val();
            self.xts.block_in.next = self.fd.c_in.val();
        }
        self.xts.out_ready.next = true;
        self.fi.c_ready.next = self.gnt_i.q.val() & self.xts.in_ready.val();
        self.fd.c_ready.next = self.gnt_d.q.val() & self.xts.in_ready.val();
        self.fi.c_out_valid.next = self.gnt_i.q.val() & self.xts.out_valid.val();
        self.fd.c_out_valid.next = self.gnt_d.q.val() & self.xts.out_valid.val();
        self.fi.c_out.next = self.xts.block_out.val();
        self.fd.c_out.next = self.xts.block_out.val();
        if self.xts.out_valid.val() {
            if self.xts.decrypt.val() {
                self.dec_count.d.next = self.dec_count.q.val() + 1;
            } else {
                self.enc_count.d.next = self.enc_count.q.val() + 1;
            }
        }
        self.n_dec.next = self.dec_count.q.val();
        self.n_enc.next = self.enc_count.q.val();

        if self.reset.val() {
            self.gnt_i.d.next = false;
            self.gnt_d.d.next = false;
            self.last_d.d.next = false;
            self.kready.d.next = false;
            self.ksel.d.next = 0.into();
            self.tw_sent.d.next = false;
            self.dec_count.d.next = 0.into();
            self.enc_count.d.next = 0.into();
        }
    }
}

/// Emits the Verilog of a stand-alone `Mee` (top module `top`).
pub fn mee_verilog() -> String {
    let mut uut = Mee::default();
    uut.connect_all();
    generate_verilog(&uut)
}
