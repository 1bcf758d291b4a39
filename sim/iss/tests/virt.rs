//! Worlds and guest mode on the golden model (docs/VIRT.md): the attacks
//! of issue 13 on I1/I2 and on VM entry, each expected to fail, plus the
//! exit/entry mechanics they rely on. The slot table is set up the way the
//! monitor does it (the monitor-only SPRs, keys through the secure unit's
//! model); the monitor here is a two-line ROM, the real one is tested
//! through firmware (firmware/vmtests). Every host sets SPR_VMSAVE to its
//! VM's own save area before each l.vmenter (`common::vmenter_saved`); the
//! attacks on the sealed context are in tests/seal.rs.

mod common;
use common::{assemble, assemble_at, li, save_area, vm_image, vmenter, vmenter_saved, SMC, VMCALL};
use or1k_arch::*;
use vmsp_iss::{Config, Machine, Outcome, SecureConfig};

/// Guest 1's region: gPA 0..0x4000 at hPA 0x10000; guest 2's: gPA 0..0x4000 at hPA 0x20000.
const G1_HPA: u32 = 0x10000;
const G2_HPA: u32 = 0x20000;
const GSIZE: u32 = 0x4000;

/// A monitor ROM: reset starts the host, a call answers r11 = 0x5a.
fn monitor() -> SecureConfig {
    let rom = assemble_at(
        "    .global _start\n_start:\n    .org 0x100\n    l.rfe\n    .org 0xc00\n    l.ori r11, r0, 0x5a\n    l.rfe\n",
        SM_ROM_BASE,
    );
    SecureConfig::from_elf(&rom).unwrap()
}


/// Fills slot `vmid`'s keys (the secure unit's KEY_CMD_FILL), as the
/// monitor does at create: without a sealing key an exit loses the context.
fn fill_keys(m: &mut Machine, vmid: u32) {
    let su = &mut m.bus.secure.as_mut().unwrap().su;
    assert!(su.write(SU_KEY_CTRL, (vmid << KEY_SLOT_SHIFT) | KEY_CMD_FILL));
}

/// Gives the pages of [hpa, hpa + size) to `vmid` in the page table (0:
/// back to the host), as the monitor does at create and destroy.
fn own(m: &mut Machine, hpa: u32, size: u32, vmid: u32) {
    m.write_spr(SPR_VMPTSEL, hpa);
    for _ in 0..size >> VMPT_PAGE_SHIFT {
        m.write_spr(SPR_VMPTE, vmid);
    }
}

/// The machine with the monitor, the host program loaded, slots 1 and 2
/// created with one region each (guest images loaded at their hPA) and
/// launched when `launch`.
fn machine(host: &[u8], guests: &[&[u8]], launch: bool) -> Machine {
    let mut m = Machine::new(Config { secure: Some(monitor()), ..Config::default() });
    m.load_elf(host).unwrap();
    for (i, g) in guests.iter().enumerate() {
        let vmid = i as u32 + 1;
        let hpa = [G1_HPA, G2_HPA][i];
        let img = vmsp_iss::Image::parse(g).unwrap();
        for seg in &img.segments {
            assert!(m.bus.load(hpa + seg.addr, &seg.bytes()));
        }
        m.write_spr(SPR_VMSEL, vmid);
        m.write_spr(SPR_VMRGN0 + VMRGN_GPA, 0);
        m.write_spr(SPR_VMRGN0 + VMRGN_SIZE, GSIZE);
        m.write_spr(SPR_VMRGN0 + VMRGN_HPA, hpa);
        m.write_spr(SPR_VMSTATE, VMSTATE_CREATED);
        fill_keys(&mut m, vmid);
        own(&mut m, hpa, GSIZE, vmid);
        if launch {
            m.write_spr(SPR_VMSTATE, VMSTATE_LAUNCHED);
        }
    }
    m
}

fn run(m: &mut Machine) -> u32 {
    match m.run(200_000) {
        Outcome::Exit(c) => c,
        o => panic!("did not exit: {o:?} at pc 0x{:08x}", m.cpu.pc),
    }
}



#[test]
fn reset_boots_the_monitor_which_starts_the_host() {
    let host = vm_image(&format!("    l.mfspr r4, r0, 0x{SPR_VMCR:x}\n    l.ori r3, r0, 7\n"), &[]);
    let mut m = machine(&host, &[], false);
    assert_eq!(m.cpu.pc, SM_ROM_BASE + VEC_RESET);
    assert_eq!(m.step().unwrap().pc, SM_ROM_BASE + VEC_RESET);
    assert_eq!((m.cpu.pc, m.cpu.sr), (VEC_RESET, SR_RESET), "the monitor's l.rfe starts the host at 0x100");
    assert_eq!(run(&mut m), 7);
    assert_eq!(m.cpu.gpr[4], 0, "VMCR in the host");
}

#[test]
fn monitor_call_returns_status_in_r11_and_is_illegal_from_user_mode() {
    let user = format!("{}    l.mtspr r0, r5, 0x{:x}\n{}    l.mtspr r0, r6, 0x{:x}\n    l.rfe\nuser:\n{SMC}    l.nop 1\n",
        common::la(5, "user"), SPR_EPCR0, li(6, SR_FO), SPR_ESR0);
    let host = vm_image(&format!("{SMC}    l.or r20, r11, r0\n{user}"), &[]);
    let mut m = machine(&host, &[], false);
    run(&mut m);
    assert_eq!(m.cpu.gpr[20], 0x5a, "the monitor's answer");
    assert_eq!(m.cpu.gpr[30], VEC_ILLEGAL, "l.smc from host user mode");
}

#[test]
fn host_cannot_reach_monitor_memory_or_the_secure_unit() {
    for addr in [SM_ROM_BASE + 0x100, SM_SRAM_BASE, SU_BASE + SU_KEY_STATUS, SU_BASE + SU_SHA_DIGEST] {
        let load = vm_image(&format!("{}    l.lwz r4, 0(r5)\n", li(5, addr)), &[]);
        let mut m = machine(&load, &[], false);
        run(&mut m);
        assert_eq!(m.cpu.gpr[30], VEC_BUS_ERROR, "host load of 0x{addr:08x}");
        let store = vm_image(&format!("{}    l.sw 0(r5), r5\n", li(5, addr)), &[]);
        let mut m = machine(&store, &[], false);
        run(&mut m);
        assert_eq!(m.cpu.gpr[30], VEC_BUS_ERROR, "host store to 0x{addr:08x}");
    }
    let jump = vm_image(&format!("{}    l.jr r5\n    l.nop\n", li(5, SM_ROM_BASE + 0xc00)), &[]);
    let mut m = machine(&jump, &[], false);
    run(&mut m);
    assert_eq!(m.cpu.gpr[30], VEC_BUS_ERROR, "host jump into the monitor ROM");
}

#[test]
fn host_cannot_read_write_or_execute_guest_memory() {
    let secret: u32 = 0x5ec2_e7;
    // direct, uncached alias, through the DMMU with the D-cache on
    let cases = [
        ("load", format!("{}    l.lwz r4, 0x40(r5)\n", li(5, G1_HPA))),
        ("alias load", format!("{}    l.lwz r4, 0x40(r5)\n", li(5, RAM_UNCACHED_ALIAS | G1_HPA))),
        ("store", format!("{}    l.sw 0x40(r5), r5\n", li(5, G1_HPA))),
        ("byte store in guest 2", format!("{}    l.sb 0x3fff(r5), r5\n", li(5, G2_HPA))),
        ("fetch", format!("{}    l.jr r5\n    l.nop\n", li(5, G1_HPA + 0x100))),
        (
            "cached, translated load",
            format!(
                "{}    l.mtspr r0, r6, 0x{:x}\n{}    l.mtspr r0, r7, 0x{:x}\n{}    l.mtspr r0, r8, 0x{SPR_SR:x}\n{}    l.lwz r4, 0x40(r5)\n",
                li(6, 0x4000_0000 | TLB_MR_V),
                SPR_DTLBW0MR0, // set 0 for va 0x4000_0000
                li(7, G1_HPA | DTLB_TR_SRE | DTLB_TR_SWE),
                SPR_DTLBW0TR0,
                li(8, SR_SM | SR_FO | SR_DME | SR_DCE),
                li(5, 0x4000_0000)
            ),
        ),
    ];
    for (what, body) in cases {
        let host = vm_image(&body, &[]);
        let mut m = Machine::new(Config {
            secure: Some(monitor()),
            dcache: Some(vmsp_iss::CacheGeometry::VMSP_DCACHE),
            ..Config::default()
        });
        m.load_elf(&host).unwrap();
        m.bus.load(G1_HPA + 0x40, &secret.to_be_bytes());
        for (vmid, hpa) in [(1, G1_HPA), (2, G2_HPA)] {
            m.write_spr(SPR_VMSEL, vmid);
            m.write_spr(SPR_VMRGN0 + VMRGN_SIZE, GSIZE);
            m.write_spr(SPR_VMRGN0 + VMRGN_HPA, hpa);
            m.write_spr(SPR_VMSTATE, VMSTATE_CREATED);
            own(&mut m, hpa, GSIZE, vmid);
        }
        let before = m.bus.ram.clone();
        run(&mut m);
        assert_eq!(m.cpu.gpr[30], VEC_BUS_ERROR, "{what}: bus error");
        assert_ne!(m.cpu.gpr[4], secret, "{what}: nothing returned");
        assert!(m.bus.ram[G1_HPA as usize..(G2_HPA + GSIZE) as usize] == before[G1_HPA as usize..(G2_HPA + GSIZE) as usize], "{what}: nothing written");
        assert_eq!(m.dcache().map_or(0, |c| c.misses), 0, "{what}: no line of the guest was filled");
    }
}

#[test]
fn the_page_table_alone_decides_what_the_host_reaches() {
    // a load of the last word of G1's first page and the first of its second
    let body = format!("{}    l.lwz r4, 0x{:x}(r5)\n", li(5, G1_HPA), (1 << VMPT_PAGE_SHIFT) - 4);
    let load = |owned: &[(u32, u32)]| {
        let mut m = Machine::new(Config { secure: Some(monitor()), ..Config::default() });
        m.load_elf(&vm_image(&body, &[])).unwrap();
        for &(page, vmid) in owned {
            own(&mut m, page, 1 << VMPT_PAGE_SHIFT, vmid);
        }
        run(&mut m);
        m.cpu.gpr[30]
    };
    assert_eq!(load(&[]), 0, "no owner: the host reads it");
    assert_eq!(load(&[(G1_HPA, 3)]), VEC_BUS_ERROR, "an owner, with no slot created");
    assert_eq!(load(&[(G1_HPA, 3), (G1_HPA, 0)]), 0, "given back to the host");
    assert_eq!(load(&[(G1_HPA + (1 << VMPT_PAGE_SHIFT), 3)]), 0, "the next page's owner does not matter");

    // VMPTSEL keeps the page bits; a VMPTE write advances it, wrapping
    let mut m = Machine::new(Config { secure: Some(monitor()), ..Config::default() });
    m.write_spr(SPR_VMPTSEL, 0xffff_ffff);
    assert_eq!(m.spr(SPR_VMPTSEL), (VMPT_PAGES - 1) << VMPT_PAGE_SHIFT);
    m.write_spr(SPR_VMPTE, 0xb5);
    assert_eq!(m.spr(SPR_VMPTSEL), 0, "wrapped");
    m.write_spr(SPR_VMPTSEL, (VMPT_PAGES - 1) << VMPT_PAGE_SHIFT);
    assert_eq!(m.spr(SPR_VMPTE), 0x35, "owner 5, ENC, HR; bit 7 is not kept");
    assert!(m.virt.as_ref().unwrap().host_blocked(RAM_UNCACHED_ALIAS | (VMPT_PAGES - 1) << VMPT_PAGE_SHIFT, None));
    assert!(!m.virt.as_ref().unwrap().host_blocked(VMPT_PAGES << VMPT_PAGE_SHIFT, None), "beyond the table: not RAM, nobody's");
}

#[test]
fn host_block_ops_cannot_discard_or_flush_a_guest_line() {
    // the monitor leaves a dirty line of guest 1 in the D-cache (as add
    // page does before its write-back); the host's DCBIR would roll the
    // guest's memory back, its DCBFR/DCBWR would push it: all ignored
    let rom = assemble_at(
        &format!(
            "    .global _start\n_start:\n    .org 0x100\n{}    l.mtspr r0, r9, 0x{SPR_SR:x}\n{}{}    l.sw 0x40(r5), r6\n    l.rfe\n",
            li(9, SR_SM | SR_FO | SR_DCE),
            li(5, G1_HPA),
            li(6, 0x5ec2e7)
        ),
        SM_ROM_BASE,
    );
    let mut body = String::new();
    for spr in [SPR_DCBIR, SPR_DCBFR, SPR_DCBWR] {
        body.push_str(&format!("{}    l.mtspr r0, r5, 0x{spr:x}\n", li(5, G1_HPA + 0x40)));
    }
    body.push_str("    l.ori r3, r0, 0\n");
    let mut m = Machine::new(Config {
        secure: Some(SecureConfig::from_elf(&rom).unwrap()),
        dcache: Some(vmsp_iss::CacheGeometry::VMSP_DCACHE),
        ..Config::default()
    });
    m.load_elf(&vm_image(&body, &[])).unwrap();
    m.write_spr(SPR_VMSEL, 1);
    m.write_spr(SPR_VMRGN0 + VMRGN_SIZE, GSIZE);
    m.write_spr(SPR_VMRGN0 + VMRGN_HPA, G1_HPA);
    m.write_spr(SPR_VMSTATE, VMSTATE_CREATED);
    own(&mut m, G1_HPA, GSIZE, 1);
    assert_eq!(run(&mut m), 0);
    assert_eq!(m.dcache().unwrap().probe(G1_HPA + 0x40), Some((OWNER_MONITOR, true)), "the monitor's line is still valid and dirty");
    assert_eq!(m.bus.peek(G1_HPA + 0x40, 4), Some(0), "and was not written back by the host");
}

/// A guest image: its own vectors (default: r31 = vector, l.vmcall with r3 = 0xbad),
/// code at gPA 0x1000.
fn guest(main: &str, handlers: &[(u32, &str)]) -> Vec<u8> {
    let mut s = String::from("    .global _start\n_start:\n    .org 0x100\n    l.j main\n    l.nop\n");
    for v in (0x200..=0xe00).step_by(0x100) {
        s.push_str(&format!("    .org 0x{v:x}\n"));
        match handlers.iter().find(|(hv, _)| *hv == v) {
            Some((_, h)) => s.push_str(h),
            None => s.push_str(&format!("    l.ori r31, r0, 0x{v:x}\n    l.ori r3, r0, 0xbad\n    l.or r4, r31, r0\n{VMCALL}")),
        }
        s.push('\n');
    }
    s.push_str("    .org 0x1000\nmain:\n");
    s.push_str(main);
    s.push_str(&format!("\n    l.ori r3, r0, 0x600d\n{VMCALL}    l.j main\n    l.nop\n"));
    assemble(&s)
}

/// A host that enters VM `vmid` and, at each exit, stores VMEXIT and
/// VMEXINFO0..1 at 0x3000 + 16 * n and re-enters with answer n, until the
/// guest answers 0x600d or 0xbad in VMEXINFO0 or `limit` exits.
fn host_loop(vmid: u32, limit: u32) -> Vec<u8> {
    host_loop_with(vmid, limit, "")
}

/// [`host_loop`] running `extra` after recording each exit, before it re-enters.
fn host_loop_with(vmid: u32, limit: u32, extra: &str) -> Vec<u8> {
    let exit = format!(
        "{}    l.lwz r21, 0(r20)\n    l.addi r21, r21, 1\n    l.sw 0(r20), r21\n    l.slli r22, r21, 4\n    l.add r22, r22, r20\n\
         l.mfspr r23, r0, 0x{SPR_VMEXIT:x}\n    l.sw 0(r22), r23\n    l.mfspr r23, r0, 0x{:x}\n    l.sw 4(r22), r23\n\
         l.mfspr r23, r0, 0x{:x}\n    l.sw 8(r22), r23\n    l.mfspr r24, r0, 0x{SPR_VMEXINFO0:x}\n\
         l.sfeqi r24, 0x600d\n    l.bf done\n    l.sfeqi r24, 0xbad\n    l.bf done\n    l.sfgeui r21, {limit}\n    l.bf done\n    l.nop\n\
         {extra}{}    l.or r6, r21, r0\n{}    l.nop 1\n",
        li(20, 0x3000),
        SPR_VMEXINFO0,
        SPR_VMEXINFO0 + 1,
        li(5, vmid),
        vmenter_saved(5, 6)
    );
    let main = format!("{}{}{}    l.ori r3, r0, 0x99\n    l.nop 1\ndone:\n    l.ori r3, r0, 0\n", li(5, vmid), li(6, 0), vmenter_saved(5, 6));
    assemble_host(&main, &exit)
}

fn assemble_host(main: &str, exit: &str) -> Vec<u8> {
    vm_image(&format!("{main}\n    l.nop 1\nvmexit:\n{exit}"), &[(0xf00, "    l.j vmexit\n    l.nop\n")])
}

/// The n-th exit record the host loop stored: (VMEXIT, INFO0, INFO1).
fn exit_record(m: &mut Machine, n: u32) -> (u32, u32, u32) {
    let a = 0x3000 + 16 * n;
    (m.bus.peek(a, 4).unwrap(), m.bus.peek(a + 4, 4).unwrap(), m.bus.peek(a + 8, 4).unwrap())
}

#[test]
fn vmenter_refuses_bad_free_and_unlaunched_slots_and_the_guest_never_runs() {
    let g = guest("    l.ori r3, r0, 0x77\n    l.nop 1\n", &[]);
    for (vmid, launch, code) in [
        (0, true, VMENTER_ERR_VMID),
        (8, true, VMENTER_ERR_VMID),
        (0xffff_ffff, true, VMENTER_ERR_VMID),
        (2, true, VMENTER_ERR_FREE),
        (1, false, VMENTER_ERR_UNLAUNCHED),
    ] {
        // with a valid save area, and with none (VMSAVE's reset value):
        // the slot is checked first
        for enter in [vmenter_saved(5, 0), vmenter(5, 0)] {
            let host = vm_image(&format!("{}{enter}    l.or r3, r11, r0\n    l.mfspr r4, r0, 0x{SPR_VMENTERR:x}\n", li(5, vmid)), &[]);
            let mut m = machine(&host, &[&g], launch);
            assert_eq!(run(&mut m), code, "VMID {vmid}, launched {launch}");
            assert_eq!(m.cpu.gpr[4], code, "VMID {vmid}, launched {launch}: VMENTERR");
            assert_eq!(m.virt.as_ref().unwrap().vmcr, 0, "still the host");
        }
    }
    // destroyed (freed) after launch
    let host = vm_image(&format!("{}{}    l.or r3, r11, r0\n", li(5, 1), vmenter_saved(5, 0)), &[]);
    let mut m = machine(&host, &[&g], true);
    m.write_spr(SPR_VMSEL, 1);
    m.write_spr(SPR_VMSTATE, VMSTATE_FREE);
    assert_eq!(run(&mut m), VMENTER_ERR_FREE);
}

#[test]
fn guest_and_monitor_cannot_vmenter_and_host_cannot_vmcall() {
    let g = guest(&format!("{}", vmenter(0, 0)), &[]);
    let host = host_loop(1, 4);
    let mut m = machine(&host, &[&g], true);
    assert_eq!(run(&mut m), 0);
    let (cause, info0, info1) = exit_record(&mut m, 1);
    assert_eq!((cause, info0, info1), (EXIT_VMCALL | 1 << VMEXIT_VMID_SHIFT, 0xbad, VEC_ILLEGAL), "the guest's l.vmenter is its own illegal instruction");
    let host = vm_image(VMCALL, &[]);
    let mut m = machine(&host, &[], false);
    run(&mut m);
    assert_eq!(m.cpu.gpr[30], VEC_ILLEGAL, "l.vmcall in the host");
}

#[test]
fn hypercall_round_trip_exposes_only_r3_to_r8_and_answers_in_r11() {
    // the guest fills every register with a secret, makes a hypercall, then
    // reports r11 (the answer) and checks its other registers survived
    let mut fill = String::new();
    for r in 1..32 {
        fill.push_str(&li(r, 0x5ec0_0000 | r));
    }
    let main = format!(
        "{fill}{}    l.ori r3, r0, 0x1234\n    l.ori r4, r0, 0x44\n    l.ori r5, r0, 0x55\n    l.ori r6, r0, 0x66\n    l.ori r7, r0, 0x77\n    l.ori r8, r0, 0x88\n{VMCALL}\
         l.or r4, r11, r0\n    l.or r5, r20, r0\n    l.ori r3, r0, 0x600d\n{VMCALL}",
        li(20, 0x5ec0_0014)
    );
    let g = guest(&main, &[]);
    let host = host_loop(1, 8);
    let mut m = machine(&host, &[&g], true);
    // step to the first exit and look at every register the host can read
    loop {
        let r = m.step().unwrap();
        if r.exception == Some(VEC_VMEXIT) {
            break;
        }
    }
    assert!(m.cpu.gpr.iter().all(|&g| g == 0), "GPRs after the exit: {:x?}", m.cpu.gpr);
    assert_eq!(m.cpu.mac, 0);
    let host_visible = [SPR_EPCR0, SPR_EEAR0, SPR_ESR0, SPR_SR, SPR_MACLO, SPR_MACHI, SPR_TTMR, SPR_TTCR];
    for spr in host_visible {
        let v = m.spr(spr);
        assert!(v >> 20 != 0x5ec, "SPR 0x{spr:x} = 0x{v:08x} holds a guest value");
    }
    let info: Vec<u32> = (0..VMEXINFO_COUNT).map(|i| m.spr(SPR_VMEXINFO0 + i)).collect();
    assert_eq!(info, [0x1234, 0x44, 0x55, 0x66, 0x77, 0x88]);
    assert_eq!(m.spr(SPR_VMEXIT), EXIT_VMCALL | 1 << VMEXIT_VMID_SHIFT);
    assert_eq!(m.cpu.pc, VEC_VMEXIT);
    // the context went to the save area, sealed: no secret in the clear
    let sealed = m.take_sealed().expect("the exit sealed");
    assert_eq!((sealed.addr, sealed.vmid, sealed.counter), (save_area(1), 1, 1));
    assert_eq!(sealed.ctx[20], 0x5ec0_0014, "the guest's r20 is in the context");
    assert_eq!(sealed.ctx[CTX_FLAGS as usize], CTX_FLAG_HYPERCALL);
    let blob = &m.bus.ram[save_area(1) as usize..(save_area(1) + SEAL_BLOB_BYTES) as usize];
    assert_eq!(vmsp_iss::open_blob(&m.seal_key_of(1).unwrap(), 1, 1, blob), Ok(sealed.ctx), "RAM holds that blob");
    for w in blob.windows(3) {
        assert!(w[..2] != [0x5e, 0xc0] || w[2] != 0, "a guest register in the clear in the blob: {w:02x?}");
    }
    assert_eq!(run(&mut m), 0);
    let (_, info0, info1) = exit_record(&mut m, 2);
    assert_eq!(info0, 0x600d);
    assert_eq!(info1, 1, "the guest's r11 = the host's answer (the exit count)");
    assert_eq!(m.spr(SPR_VMEXINFO0 + 2), 0x5ec0_0014, "the guest's r20 survived the exit");
}

#[test]
fn guest_accesses_outside_its_regions_exit_and_touch_nothing() {
    // gPA 0x4000 is just past guest 1's region; hPA of guest 2 and of the host are not in its space
    for (what, body, gpa, kind) in [
        ("load past the region", format!("{}    l.lwz r4, 0(r5)\n", li(5, GSIZE)), GSIZE, EXIT_ACCESS_READ),
        ("store to guest 2's hPA", format!("{}    l.sw 0(r5), r5\n", li(5, G2_HPA)), G2_HPA, EXIT_ACCESS_WRITE),
        ("store to the host's code", format!("{}    l.sw 0(r5), r5\n", li(5, 0x1000 + GSIZE)), 0x1000 + GSIZE, EXIT_ACCESS_WRITE),
        ("the UART", format!("{}    l.sb 0(r5), r5\n", li(5, UART_BASE)), UART_BASE, EXIT_ACCESS_WRITE),
        ("the monitor's SRAM", format!("{}    l.lwz r4, 0(r5)\n", li(5, SM_SRAM_BASE)), SM_SRAM_BASE, EXIT_ACCESS_READ),
        ("fetch", format!("{}    l.jr r5\n    l.nop\n", li(5, 0x8000)), 0x8000, EXIT_ACCESS_EXECUTE),
    ] {
        let g = guest(&body, &[]);
        let host = host_loop(1, 1);
        let mut m = machine(&host, &[&g, &guest("", &[])], true);
        m.bus.load(G2_HPA, &0xb0b0_b0b0u32.to_be_bytes());
        let before = m.bus.ram.clone();
        assert_eq!(run(&mut m), 0, "{what}");
        assert_eq!(exit_record(&mut m, 1), (EXIT_REGION | 1 << VMEXIT_VMID_SHIFT, gpa, kind), "{what}");
        let blob = save_area(1) as usize..(save_area(1) + SEAL_BLOB_BYTES) as usize;
        let changed: Vec<usize> =
            (0..before.len()).filter(|&i| before[i] != m.bus.ram[i] && !(0x3000..0x3100).contains(&i) && !blob.contains(&i)).collect();
        assert!(changed.is_empty(), "{what}: RAM changed at {changed:x?}");
        assert_eq!(m.bus.ram[blob][..16], [&SEAL_MAGIC.to_be_bytes()[..], &1u32.to_be_bytes(), &1u64.to_be_bytes()].concat(), "{what}: VM 1's first blob");
    }
}

#[test]
fn guest_cannot_read_host_or_monitor_sprs_or_call_from_user_mode() {
    for spr in [SPR_PICMR, SPR_PICSR, SPR_PMR, SPR_VMEXIT, SPR_VMEXINFO0, SPR_VMSAVE, SPR_VMENTERR, SPR_SMEPCR, SPR_SMESR, SPR_VMSEL, SPR_VMSTATE, SPR_VMPTSEL, SPR_VMPTE, SPR_VMRGN0] {
        let g = guest(&format!("    l.mfspr r4, r0, 0x{spr:x}\n"), &[]);
        let mut m = machine(&host_loop(1, 2), &[&g], true);
        assert_eq!(run(&mut m), 0);
        assert_eq!(exit_record(&mut m, 1).1..=exit_record(&mut m, 1).2, 0xbad..=VEC_ILLEGAL, "mfspr 0x{spr:x}");
        let g = guest(&format!("    l.mtspr r0, r0, 0x{spr:x}\n"), &[]);
        let mut m = machine(&host_loop(1, 2), &[&g], true);
        assert_eq!(run(&mut m), 0);
        assert_eq!(exit_record(&mut m, 1).2, VEC_ILLEGAL, "mtspr 0x{spr:x}");
    }
    // VMCR is readable, and not writable
    let g = guest(&format!("    l.mtspr r0, r0, 0x{SPR_VMCR:x}\n    l.mfspr r4, r0, 0x{SPR_VMCR:x}\n    l.ori r3, r0, 0x600d\n    l.or r4, r4, r0\n{VMCALL}"), &[]);
    let mut m = machine(&host_loop(1, 2), &[&g], true);
    run(&mut m);
    assert_eq!(exit_record(&mut m, 1).2, VMCR_GUEST | 1 << VMCR_VMID_SHIFT);
    // guest user mode: l.smc and l.vmcall are the guest's illegal instruction
    for insn in [SMC, VMCALL] {
        let main = format!(
            "{}    l.mtspr r0, r5, 0x{:x}\n    l.mtspr r0, r0, 0x{:x}\n    l.rfe\nuser:\n{insn}",
            common::la(5, "user"),
            SPR_EPCR0,
            SPR_ESR0
        );
        let g = guest(&main, &[]);
        let mut m = machine(&host_loop(1, 2), &[&g], true);
        run(&mut m);
        assert_eq!(exit_record(&mut m, 1).2, VEC_ILLEGAL, "guest user {insn}");
    }
    // guest supervisor l.smc reaches the monitor (which answers 0x5a here)
    let g = guest(&format!("{SMC}    l.ori r3, r0, 0x600d\n    l.or r4, r11, r0\n{VMCALL}"), &[]);
    let mut m = machine(&host_loop(1, 2), &[&g], true);
    run(&mut m);
    assert_eq!(exit_record(&mut m, 1).2, 0x5a);
}

#[test]
fn guest_takes_its_own_exceptions_and_timer() {
    // l.sys and a misaligned load go to the guest's handlers, which count
    // them in r20; the guest's timer interrupts it (r21 counts) while the
    // host's timer, disabled, never exits
    let handlers = [
        (0xc00, "    l.addi r20, r20, 1\n    l.rfe\n".to_string()),
        (0x600, "    l.addi r20, r20, 0x100\n    l.mfspr r9, r0, 0x20\n    l.addi r9, r9, 4\n    l.mtspr r0, r9, 0x20\n    l.rfe\n".to_string()),
        (0x500, format!("    l.addi r21, r21, 1\n{}    l.mtspr r0, r9, 0x{SPR_TTMR:x}\n    l.rfe\n", li(9, TTMR_M_RESTART << TTMR_M_SHIFT | TTMR_IE | 50))),
    ];
    let h: Vec<(u32, &str)> = handlers.iter().map(|(v, s)| (*v, s.as_str())).collect();
    let main = format!(
        "{}    l.mtspr r0, r9, 0x{SPR_TTMR:x}\n    l.mfspr r9, r0, 0x{SPR_SR:x}\n    l.ori r9, r9, 0x{SR_TEE:x}\n    l.mtspr r0, r9, 0x{SPR_SR:x}\n\
         l.sys 0\n    l.lwz r4, 2(r0)\n    l.ori r10, r0, 2000\nloop:\n    l.addi r10, r10, -1\n    l.sfnei r10, 0\n    l.bf loop\n    l.nop\n\
         l.ori r3, r0, 1\n    l.or r4, r20, r0\n{VMCALL}    l.ori r3, r0, 0x600d\n    l.or r4, r21, r0\n{VMCALL}",
        li(9, TTMR_M_RESTART << TTMR_M_SHIFT | TTMR_IE | 50)
    );
    let g = guest(&main, &h);
    let mut m = machine(&host_loop(1, 4), &[&g], true);
    assert_eq!(run(&mut m), 0);
    assert_eq!(exit_record(&mut m, 1), (EXIT_VMCALL | 1 << VMEXIT_VMID_SHIFT, 1, 0x101), "one syscall, one alignment, no exit");
    let ticks = exit_record(&mut m, 2).2;
    // ~8,000 loop instructions plus ~6 per handler run, one tick per 51
    assert!((157..=180).contains(&ticks), "{ticks} guest ticks");
    assert_eq!(m.timer.ttmr, 0, "the host's timer was never touched by the guest");
}

#[test]
fn host_tick_exits_the_guest_whatever_its_sr() {
    // the host arms its timer; the guest spins with interrupts off
    let g = guest("spin:\n    l.j spin\n    l.nop\n", &[]);
    let exit = format!(
        "    l.mfspr r23, r0, 0x{SPR_VMEXIT:x}\n    l.mfspr r24, r0, 0x{SPR_TTMR:x}\n    l.or r3, r23, r0\n    l.nop 1\n"
    );
    let main = format!("{}    l.mtspr r0, r9, 0x{SPR_TTMR:x}\n{}{}", li(9, TTMR_M_RESTART << TTMR_M_SHIFT | TTMR_IE | 300), li(5, 1), vmenter_saved(5, 0));
    let host = assemble_host(&main, &exit);
    let mut m = machine(&host, &[&g], true);
    assert_eq!(run(&mut m), EXIT_TICK | 1 << VMEXIT_VMID_SHIFT);
    assert!(m.cpu.gpr[24] & TTMR_IP != 0);
}

#[test]
fn guest_halt_and_unrecoverable_fault_exit() {
    let g = guest("    l.ori r3, r0, 0x42\n    l.nop 1\n", &[]);
    let mut m = machine(&host_loop(1, 1), &[&g], true);
    run(&mut m);
    assert_eq!(exit_record(&mut m, 1), (EXIT_HALT | 1 << VMEXIT_VMID_SHIFT, 0x42, 0));
    // the guest's illegal-instruction handler is itself illegal
    let g = guest("    .word 0xffffffff\n", &[(0x700, "    .word 0xffffffff\n")]);
    let mut m = machine(&host_loop(1, 1), &[&g], true);
    run(&mut m);
    assert_eq!(exit_record(&mut m, 1), (EXIT_FAULT | 1 << VMEXIT_VMID_SHIFT, VEC_ILLEGAL, 0));
}

#[test]
fn two_guests_keep_their_contexts_apart() {
    // each guest counts in r20 across exits; the host alternates them
    let g = |tag: u32| guest(&format!("{}again:\n    l.addi r20, r20, 1\n    l.ori r3, r0, 0x{tag:x}\n    l.or r4, r20, r0\n{VMCALL}    l.j again\n    l.nop\n", li(20, tag << 8)), &[]);
    let exit = format!(
        "{}    l.lwz r21, 0(r20)\n    l.addi r21, r21, 1\n    l.sw 0(r20), r21\n    l.slli r22, r21, 4\n    l.add r22, r22, r20\n\
         l.mfspr r23, r0, 0x{:x}\n    l.sw 4(r22), r23\n    l.sfgeui r21, 8\n    l.bf done\n    l.andi r5, r21, 1\n    l.addi r5, r5, 1\n{}    l.nop 1\n",
        li(20, 0x3000),
        SPR_VMEXINFO0 + 1,
        vmenter_saved(5, 0)
    );
    let main = format!("{}{}    l.nop 1\ndone:\n    l.ori r3, r0, 0\n", li(5, 1), vmenter_saved(5, 0));
    let host = assemble_host(&main, &exit);
    let (a, b) = (g(0xa), g(0xb));
    let mut m = machine(&host, &[&a, &b], true);
    assert_eq!(run(&mut m), 0);
    let seen: Vec<u32> = (1..=8).map(|n| exit_record(&mut m, n).1).collect();
    assert_eq!(seen, [0xa01, 0xb01, 0xa02, 0xb02, 0xa03, 0xb03, 0xa04, 0xb04]);
    // each in its own save area, sealed 4 times under its own key
    for vmid in [1, 2] {
        let at = save_area(vmid) as usize;
        let ctx = vmsp_iss::open_blob(&m.seal_key_of(vmid).unwrap(), vmid, 4, &m.bus.ram[at..at + SEAL_BLOB_BYTES as usize]);
        assert_eq!(ctx.map(|c| c[20]), Ok([0xa04, 0xb04][vmid as usize - 1]), "VM {vmid}'s blob");
        assert_eq!(m.seal_counter(vmid), 4);
    }
}

#[test]
fn monitor_fault_stops_the_machine() {
    let rom = assemble_at("    .global _start\n_start:\n    .org 0x100\n    l.lwz r3, 0(r0)\n    .word 0xffffffff\n", SM_ROM_BASE);
    let mut m = Machine::new(Config { secure: Some(SecureConfig::from_elf(&rom).unwrap()), ..Config::default() });
    m.load_elf(&vm_image("", &[])).unwrap();
    match m.run(10) {
        Outcome::Error(e) => assert!(e.contains("security monitor fault"), "{e}"),
        o => panic!("{o:?}"),
    }
}

#[test]
fn a_monitor_image_outside_the_rom_is_refused() {
    let rom = assemble_at("    .global _start\n_start:\n    .org 0x100\n    l.rfe\n", 0x1000);
    let e = SecureConfig::from_elf(&rom).unwrap_err();
    assert!(e.to_string().contains("outside the monitor ROM"), "{e}");
}

#[test]
fn tlb_entries_survive_vm_switches_and_are_the_writers_alone() {
    // the guest writes a DTLB translate register, is switched out (its
    // hypercall), writes the match register valid and loads through it.
    // With nothing else touching the set, the entry survives the switch
    // (no flush): the load translates. If the host wrote the same set's
    // translate register meanwhile, the entry is half the host's: it reads
    // 0 to the host before, and the guest's load takes a DTLB miss (0x900),
    // not a translation through the host's register.
    let va = 0x4000_0000u32;
    let set = (va >> PAGE_SHIFT) & (TLB_SETS - 1);
    let main = format!(
        "{}{}    l.sw 0(r8), r9\n{}    l.mtspr r0, r6, 0x{:x}\n    l.ori r3, r0, 1\n{VMCALL}{}    l.mtspr r0, r7, 0x{:x}\n\
         l.mfspr r9, r0, 0x{SPR_SR:x}\n    l.ori r9, r9, 0x{SR_DME:x}\n    l.mtspr r0, r9, 0x{SPR_SR:x}\n{}    l.lwz r4, 0(r5)\n\
         {}{VMCALL}",
        li(8, 0x2000),
        li(9, 0x1234_5678),
        li(6, DTLB_TR_SRE | 0x2000),
        SPR_DTLBW0TR0 + set,
        li(7, (va & TLB_MR_VPN_MASK) | TLB_MR_V),
        SPR_DTLBW0MR0 + set,
        li(5, va),
        li(3, 0x600d),
    );
    let g = guest(&main, &[]);
    let mut m = machine(&host_loop(1, 4), &[&g], true);
    assert_eq!(run(&mut m), 0);
    assert_eq!(exit_record(&mut m, 2), (EXIT_VMCALL | 1 << VMEXIT_VMID_SHIFT, 0x600d, 0x1234_5678), "translated");

    let host_writes = format!(
        "    l.mfspr r25, r0, 0x{:x}\n    l.sw 0x100(r20), r25\n{}    l.mtspr r0, r25, 0x{:x}\n",
        SPR_DTLBW0TR0 + set,
        li(25, DTLB_TR_SRE | 0x8000),
        SPR_DTLBW0TR0 + set
    );
    let mut m = machine(&host_loop_with(1, 4, &host_writes), &[&g], true);
    assert_eq!(run(&mut m), 0);
    assert_eq!(m.bus.peek(0x3100, 4), Some(0), "the host reads the guest's translate register as 0");
    assert_eq!(exit_record(&mut m, 2), (EXIT_VMCALL | 1 << VMEXIT_VMID_SHIFT, 0xbad, VEC_DTLB_MISS));
}

/// A monitor ROM whose call sets the page table entry of the page at r4 to
/// r5 (the stand-in for the guest's SMC_PAGE_ATTR: a change of attributes
/// made between two host accesses).
fn pt_monitor() -> SecureConfig {
    let rom = assemble_at(
        &format!(
            "    .global _start\n_start:\n    .org 0x100\n    l.rfe\n    .org 0xc00\n    l.mtspr r0, r4, 0x{SPR_VMPTSEL:x}\n    l.mtspr r0, r5, 0x{SPR_VMPTE:x}\n    l.rfe\n"
        ),
        SM_ROM_BASE,
    );
    SecureConfig::from_elf(&rom).unwrap()
}

/// The host program `body` (caches on) with guest 1's region at G1_HPA, its
/// pages given to VM 1 with attributes `attrs`; the guest's word at 0x40 is
/// `secret` in RAM. Returns the machine after the run.
fn host_on_attrs(body: &str, attrs: u32, secret: u32) -> Machine {
    let mut m = Machine::new(Config {
        secure: Some(pt_monitor()),
        dcache: Some(vmsp_iss::CacheGeometry::VMSP_DCACHE),
        icache: Some(vmsp_iss::CacheGeometry::VMSP_ICACHE),
        ..Config::default()
    });
    let sr = li(9, SR_SM | SR_FO | SR_DCE | SR_ICE);
    m.load_elf(&vm_image(&format!("{sr}    l.mtspr r0, r9, 0x{SPR_SR:x}\n{body}"), &[])).unwrap();
    m.bus.load(G1_HPA + 0x40, &secret.to_be_bytes());
    m.write_spr(SPR_VMSEL, 1);
    m.write_spr(SPR_VMRGN0 + VMRGN_SIZE, GSIZE);
    m.write_spr(SPR_VMRGN0 + VMRGN_HPA, G1_HPA);
    m.write_spr(SPR_VMSTATE, VMSTATE_CREATED);
    own(&mut m, G1_HPA, GSIZE, 1 | attrs);
    run(&mut m);
    m
}

#[test]
fn page_attributes_decide_what_the_host_may_do_with_a_guest_page() {
    let secret = 0x5ec2_e7;
    let load = format!("{}    l.lwz r4, 0x40(r5)\n", li(5, G1_HPA));
    let store = format!("{}{}    l.sw 0x40(r5), r6\n    l.mtspr r0, r5, 0x{SPR_DCBFR:x}\n", li(5, G1_HPA), li(6, 0xcafe));
    let fetch = format!("{}    l.jr r5\n    l.nop\n", li(5, G1_HPA + 0x100));
    for attrs in [0, VMPTE_ENC, VMPTE_HR, VMPTE_ENC | VMPTE_HR, VMPTE_HW, VMPTE_HR | VMPTE_HW] {
        let m = host_on_attrs(&load, attrs, secret);
        if attrs & VMPTE_HR != 0 {
            assert_eq!((m.cpu.gpr[30], m.cpu.gpr[4]), (0, secret), "attrs {attrs:#x}: the host reads the page");
        } else {
            assert_eq!((m.cpu.gpr[30], m.cpu.gpr[4]), (VEC_BUS_ERROR, 0), "attrs {attrs:#x}: load refused");
        }
        let mut m = host_on_attrs(&store, attrs, secret);
        // the host's DCBFR on a VM page is ignored: its line goes to RAM
        // only when evicted, so look in the cache as well as in RAM
        let seen = match m.dcache().unwrap().probe(G1_HPA + 0x40) {
            Some((owner, _)) => (owner, m.dcache().unwrap().accesses),
            None => (u32::MAX, 0),
        };
        if attrs & VMPTE_HW != 0 {
            assert_eq!(m.cpu.gpr[30], 0, "attrs {attrs:#x}: the host writes the page");
            assert_eq!(seen.0, OWNER_HOST, "attrs {attrs:#x}: the host's line");
        } else {
            assert_eq!(m.cpu.gpr[30], VEC_BUS_ERROR, "attrs {attrs:#x}: store refused");
            assert_eq!(m.bus.peek(G1_HPA + 0x40, 4), Some(secret), "attrs {attrs:#x}: nothing written");
            assert_eq!(seen.0, u32::MAX, "attrs {attrs:#x}: no line filled");
        }
        let m = host_on_attrs(&fetch, attrs, secret);
        assert_eq!(m.cpu.gpr[30], VEC_BUS_ERROR, "attrs {attrs:#x}: the host never executes a VM's page");
    }
}

#[test]
fn a_revoked_attribute_holds_at_once_whatever_the_host_has_cached() {
    let secret = 0x5ec2_e7;
    // load (a line of the host's in the D-cache), the guest's stand-in
    // revokes HR, load again through the same cached line
    let body = format!(
        "{}    l.lwz r4, 0x40(r5)\n    l.or r20, r4, r0\n{}{}{SMC}    l.lwz r4, 0x40(r5)\n",
        li(5, G1_HPA),
        li(4, G1_HPA),
        li(5, 1 | VMPTE_ENC)
    );
    let body = body.replacen(&format!("{SMC}"), &format!("{SMC}{}", li(5, G1_HPA)), 1);
    let m = host_on_attrs(&body, VMPTE_HR, secret);
    assert_eq!(m.cpu.gpr[20], secret, "read while shared");
    assert_eq!(m.dcache().unwrap().probe(G1_HPA + 0x40), Some((OWNER_HOST, false)), "the host's line is still cached");
    assert_eq!(m.cpu.gpr[30], VEC_BUS_ERROR, "the load after revocation is refused");

    // store (a dirty line of the host's), revoke HW, store again
    let body = format!(
        "{}{}    l.sw 0x40(r5), r6\n{}{}{SMC}{}    l.sw 0x40(r5), r5\n",
        li(5, G1_HPA),
        li(6, 0xcafe),
        li(4, G1_HPA),
        li(5, 1),
        li(5, G1_HPA)
    );
    let m = host_on_attrs(&body, VMPTE_HW, secret);
    assert_eq!(m.cpu.gpr[30], VEC_BUS_ERROR, "the store after revocation is refused");
    assert_eq!(m.dcache().unwrap().probe(G1_HPA + 0x40), Some((OWNER_HOST, true)), "only the write made while shared");
}

#[test]
fn a_line_of_another_world_is_a_miss_that_writes_it_back_first() {
    // guest 1 stores to its shared page (a dirty line of VM 1), exits; the
    // host loads it (HR): a miss that writes the guest's line back, then
    // refills for the host; the host stores (HW): its own dirty line;
    // the guest, entered again, loads: a miss that writes the host's line
    // back, and it reads the host's value. One copy of the line at a time.
    let sr = li(9, SR_SM | SR_FO | SR_DCE);
    let g = guest(
        &format!(
            "{sr}    l.mtspr r0, r9, 0x{SPR_SR:x}\n{}{}    l.sw 0x40(r8), r10\n    l.ori r3, r0, 1\n{VMCALL}    l.lwz r4, 0x40(r8)\n",
            li(8, 0),
            li(10, 0x6e57)
        ),
        &[],
    );
    let exit = format!(
        "{}    l.lwz r21, 0(r20)\n    l.addi r21, r21, 1\n    l.sw 0(r20), r21\n    l.sfeqi r21, 1\n    l.bnf second\n    l.nop\n\
         {}    l.lwz r26, 0x40(r25)\n    l.sw 0x100(r20), r26\n{}    l.sw 0x40(r25), r27\n{}{}    l.nop 1\n\
         second:\n    l.mfspr r24, r0, 0x{:x}\n    l.sw 0x104(r20), r24\n    l.ori r3, r0, 0\n    l.nop 1\n",
        li(20, RAM_UNCACHED_ALIAS | 0x3000),
        li(25, G1_HPA),
        li(27, 0x4057),
        li(5, 1),
        vmenter_saved(5, 0),
        SPR_VMEXINFO0 + 1,
    );
    let main = format!("{sr}    l.mtspr r0, r9, 0x{SPR_SR:x}\n{}{}    l.nop 1\n", li(5, 1), vmenter_saved(5, 0));
    let host = assemble_host(&main, &exit);
    let mut m = Machine::new(Config {
        secure: Some(monitor()),
        dcache: Some(vmsp_iss::CacheGeometry::VMSP_DCACHE),
        ..Config::default()
    });
    m.load_elf(&host).unwrap();
    let img = vmsp_iss::Image::parse(&g).unwrap();
    for seg in &img.segments {
        assert!(m.bus.load(G1_HPA + seg.addr, &seg.bytes()));
    }
    m.write_spr(SPR_VMSEL, 1);
    m.write_spr(SPR_VMRGN0 + VMRGN_SIZE, GSIZE);
    m.write_spr(SPR_VMRGN0 + VMRGN_HPA, G1_HPA);
    m.write_spr(SPR_VMSTATE, VMSTATE_CREATED);
    fill_keys(&mut m, 1);
    m.write_spr(SPR_VMSTATE, VMSTATE_LAUNCHED);
    own(&mut m, G1_HPA, GSIZE, 1 | VMPTE_HR | VMPTE_HW);
    assert_eq!(run(&mut m), 0);
    assert_eq!(m.bus.peek(0x3100, 4), Some(0x6e57), "the host read the guest's store");
    assert_eq!(m.bus.peek(0x3104, 4), Some(0x4057), "the guest read the host's store");
    assert_eq!(m.bus.peek(G1_HPA + 0x40, 4), Some(0x4057), "the host's line was written back");
    assert_eq!(m.dcache().unwrap().probe(G1_HPA + 0x40), Some((1, false)), "now the guest's, clean");
    assert_eq!(m.dcache().unwrap().write_backs, 2, "each world's dirty line written back once");
}
