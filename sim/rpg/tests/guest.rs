//! `Options::guest` programs on the reference ISS with the security
//! monitor (firmware/monitor's sm.elf, built here with `make -C firmware
//! monitor`): every seed, in each soak configuration (plain; caches;
//! caches and MMUs) and with the hazard bias, runs to its guest's clean
//! halt within the generator's bound, with VM exits of several causes and
//! re-entries; without the option the bytes are unchanged. With two guests
//! (`Options::guests` = 2) both VMs run to their halts, switched at their
//! exits, beside the host's cached data.

use or1k_arch::*;
use std::path::PathBuf;
use std::process::Command;
use std::sync::OnceLock;
use vmsp_iss::{CacheGeometry, Config, Machine, Outcome, SecureConfig};
use vmsp_rpg::coverage::{exit_cause_name, Coverage};
use vmsp_rpg::{generate, try_generate, GuestLayout, Options};

/// The monitor's ELF, built once.
fn monitor() -> &'static [u8] {
    static SM: OnceLock<Vec<u8>> = OnceLock::new();
    SM.get_or_init(|| {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
        let status = Command::new("make")
            .args(["-s", "-C"])
            .arg(root.join("firmware"))
            .arg("monitor")
            .status()
            .expect("run make");
        assert!(status.success(), "`make -C firmware monitor` failed");
        std::fs::read(root.join("build/firmware/monitor/sm.elf")).expect("build/firmware/monitor/sm.elf")
    })
}

/// The ISS with the monitor world, the RAM `vmsp-sim` gives a program by
/// default, and the units the options use (as lock-step does; the host of
/// two guests always turns its caches on).
fn machine(opts: &Options) -> Machine {
    let caches = opts.caches || opts.guests == 2;
    Machine::new(Config {
        ram_size: SIM_RAM_DEFAULT,
        mmu: opts.mmu,
        icache: caches.then_some(CacheGeometry::VMSP_ICACHE),
        dcache: caches.then_some(CacheGeometry::VMSP_DCACHE),
        secure: Some(SecureConfig::from_elf(monitor()).expect("the monitor's ELF")),
        ..Config::default()
    })
}

/// Runs the guest program of `seed`: it must exit 0 within its bound.
fn run(seed: u64, opts: &Options) -> (Coverage, Machine) {
    let p = try_generate(seed, opts).unwrap();
    let mut m = machine(opts);
    m.load_elf(&p.elf).unwrap_or_else(|e| panic!("seed {seed}: ISS refused the ELF: {e}"));
    let mut cov = Coverage::default();
    let outcome = m.run_with(p.step_bound, |r| cov.record(r));
    let console = String::from_utf8_lossy(m.uart_output()).into_owned();
    let d = Options::default();
    let flags = format!(
        "--guest{}{}{}{}{}{}{}{}",
        if opts.guests == 2 { " --guests 2" } else { "" },
        if opts.insns != d.insns { format!(" --insns {}", opts.insns) } else { String::new() },
        if opts.max_steps != d.max_steps { format!(" --max-steps {}", opts.max_steps) } else { String::new() },
        if opts.caches { " --caches" } else { "" },
        if opts.mmu { " --mmu" } else { "" },
        if opts.hazards { " --hazards" } else { "" },
        if opts.timer { "" } else { " --no-timer" },
        if opts.range { "" } else { " --no-range" }
    );
    assert_eq!(
        outcome,
        Outcome::Exit(0),
        "seed {seed} {opts:?}: reproduce with `vmsp-rpg --seed {seed} {flags}` and \
         `vmsp-iss run --monitor build/firmware/monitor/sm.elf --ram-size 1M{}` (console: {console:?})",
        if opts.caches || opts.guests == 2 { " --caches" } else { "" }
    );
    assert!(m.steps() <= p.step_bound, "seed {seed} {opts:?}: {} steps > bound {}", m.steps(), p.step_bound);
    // the harness's report: its checksum, then the exit counts by cause
    let reports: Vec<u32> = console
        .lines()
        .filter_map(|l| l.strip_prefix("report(0x")?.strip_suffix(");"))
        .filter_map(|h| u32::from_str_radix(h, 16).ok())
        .collect();
    assert_eq!(reports.len(), 7, "seed {seed}: the harness's report: {console:?}");
    for &v in &reports[1..] {
        assert_eq!(v & 0xf000_0000, GuestLayout::REPORT_COUNT, "seed {seed}: {console:?}");
        let (cause, n) = ((v >> 24) & 0xf, (v & 0xff_ffff) as u64);
        assert_eq!(
            cov.vm_exits.get(&cause).copied().unwrap_or(0),
            n,
            "seed {seed}: the harness counted {n} {} exits",
            exit_cause_name(cause)
        );
    }
    (cov, m)
}

/// The configurations the soak rotates through (seed % 3), without and
/// with the hazard bias: 16 seeds each.
#[test]
fn guest_programs_run_and_exit_the_vm_in_every_way() {
    const N: u64 = 16;
    let mut all = Coverage::default();
    for hazards in [false, true] {
        for (caches, mmu) in [(false, false), (true, false), (true, true)] {
            let opts = Options { guest: true, caches, mmu, hazards, ..Options::default() };
            let mut total = Coverage::default();
            let mut longest = 0;
            for seed in 0..N {
                let (cov, m) = run(seed, &opts);
                // each run: the checksum hypercall and the halt at least,
                // entered once more than it exited before the halt
                let exits: u64 = cov.vm_exits.values().sum();
                assert!(cov.vm_exits.get(&EXIT_VMCALL).is_some(), "seed {seed} {opts:?}: no hypercall");
                assert_eq!(cov.vm_exits.get(&EXIT_HALT), Some(&1), "seed {seed} {opts:?}: one halt");
                assert_eq!(cov.vm_entries, exits, "seed {seed} {opts:?}: an entry before every exit");
                assert_eq!(cov.vm_refused, 1, "seed {seed} {opts:?}: the l.vmenter after destroy is refused");
                longest = longest.max(m.steps());
                total.merge(&cov);
            }
            let on = |bits: u32| total.sr_seen & bits == bits;
            assert_eq!(on(SR_ICE | SR_DCE), caches, "{opts:?}: SR[ICE|DCE]");
            assert_eq!(on(SR_DME | SR_IME), mmu, "{opts:?}: SR[DME|IME]");
            println!(
                "guest, caches {caches}, mmu {mmu}, hazards {hazards}: {N} seeds, longest {longest} steps\n{total}"
            );
            all.merge(&total);
        }
    }
    // VM exits of the tick and hypercall kinds and re-entries after them,
    // more than a fluke
    let get = |c: u32| all.vm_exits.get(&c).copied().unwrap_or(0);
    assert!(get(EXIT_TICK) >= 200, "only {} host-tick exits", get(EXIT_TICK));
    assert!(get(EXIT_VMCALL) >= 500, "only {} hypercall exits", get(EXIT_VMCALL));
    assert_eq!(get(EXIT_HALT), 6 * N);
    assert_eq!(get(EXIT_REGION) + get(EXIT_FAULT) + get(EXIT_EXTERNAL), 0, "an exit the harness fails on");
    assert!(all.vm_entries >= get(EXIT_TICK) + get(EXIT_VMCALL));
    // inside the guests: their own exceptions and ticks, the world rules
    for v in [VEC_ALIGN, VEC_ILLEGAL, VEC_SYSCALL, VEC_TRAP, VEC_RANGE, VEC_DTLB_MISS, VEC_ITLB_MISS] {
        assert!(all.exceptions.get(&v).copied().unwrap_or(0) >= 20, "guest exceptions 0x{v:x}: {:?}", all.exceptions);
    }
    assert!(all.interrupts.get(&VEC_TICK).copied().unwrap_or(0) >= 20, "guest ticks: {:?}", all.interrupts);
    for m in ["l.vmcall", "l.vmenter", "l.smc"] {
        assert!(all.mnemonics.get(m).copied().unwrap_or(0) > 0, "{m} never ran");
    }
}

/// Budgets: a short run, a long body, no timer; the same bytes for the
/// same seed; without `guest` the bytes of a generator without it.
#[test]
fn guest_variants_and_determinism() {
    for opts in [
        Options { guest: true, max_steps: 8_000, insns: 20_000, ..Options::default() },
        Options { guest: true, insns: 10, ..Options::default() },
        Options { guest: true, timer: false, range: false, ..Options::default() },
        Options {
            guest: true,
            mmu: true,
            caches: true,
            hazards: true,
            max_steps: 8_000,
            insns: 20_000,
            ..Options::default()
        },
    ] {
        for seed in 0..6 {
            run(seed, &opts);
        }
    }
    // long guests with the MMUs: host ticks land inside the guest's
    // TLB-miss handlers, which a VM exit's emptied TLBs must not break
    let mut mmu = Coverage::default();
    for seed in 0..12 {
        let opts = Options {
            guest: true,
            mmu: true,
            caches: seed % 2 == 0,
            insns: 8_000,
            max_steps: 2_000_000,
            ..Options::default()
        };
        mmu.merge(&run(seed, &opts).0);
    }
    println!("long guests with the MMUs, 12 seeds:\n{mmu}");
    let g = Options { guest: true, ..Options::default() };
    assert_eq!(generate(3, &g), generate(3, &g));
    assert_ne!(generate(3, &g), generate(4, &g));
    assert_ne!(generate(3, &g), generate(3, &Options::default()));
    let e = try_generate(1, &Options { guest: true, max_steps: 2_000, ..Options::default() }).unwrap_err();
    assert!(e.to_string().contains("max_steps"), "{e}");
}

/// Two guests (`guests: 2`) in each soak configuration, also with the
/// hazard bias: both VMs run to their clean halts, the host switching
/// between them, its caches on; long guests with the MMUs keep their TLB
/// entries across the switches.
#[test]
fn two_guests_take_turns_beside_the_host() {
    const N: u64 = 8;
    let mut all = Coverage::default();
    for hazards in [false, true] {
        for (caches, mmu) in [(false, false), (true, false), (true, true)] {
            let opts = Options { guest: true, guests: 2, caches, mmu, hazards, ..Options::default() };
            let mut total = Coverage::default();
            let mut longest = 0;
            for seed in 0..N {
                let (cov, m) = run(seed, &opts);
                let exits: u64 = cov.vm_exits.values().sum();
                assert_eq!(cov.vm_exits.get(&EXIT_HALT), Some(&2), "seed {seed} {opts:?}: two halts");
                assert_eq!(cov.vm_entries, exits, "seed {seed} {opts:?}: an entry before every exit");
                assert_eq!(cov.vm_refused, 2, "seed {seed} {opts:?}: both l.vmenter after destroy refused");
                for vmid in [GuestLayout::VMID, GuestLayout::VMID2] {
                    // each VM: its checksum hypercall and its halt at least
                    let n = cov.vm_exits_by_vmid.get(&vmid).copied().unwrap_or(0);
                    assert!(n >= 2, "seed {seed} {opts:?}: VM {vmid} exited {n} times");
                }
                assert_eq!(cov.vm_exits_by_vmid.len(), 2, "seed {seed} {opts:?}: {:?}", cov.vm_exits_by_vmid);
                assert!(cov.vm_switches >= 1, "seed {seed} {opts:?}: no VM switch");
                longest = longest.max(m.steps());
                total.merge(&cov);
            }
            assert!(total.sr_seen & (SR_ICE | SR_DCE) == SR_ICE | SR_DCE, "{opts:?}: the host's caches");
            assert_eq!(total.sr_seen & (SR_DME | SR_IME) == SR_DME | SR_IME, mmu, "{opts:?}: SR[DME|IME]");
            println!(
                "two guests, caches {caches}, mmu {mmu}, hazards {hazards}: {N} seeds, longest {longest} steps\n{total}"
            );
            all.merge(&total);
        }
    }
    let get = |c: u32| all.vm_exits.get(&c).copied().unwrap_or(0);
    assert_eq!(get(EXIT_HALT), 2 * 6 * N);
    assert_eq!(get(EXIT_REGION) + get(EXIT_FAULT) + get(EXIT_EXTERNAL), 0, "an exit the harness fails on");
    assert!(get(EXIT_TICK) >= 50, "only {} host-tick exits", get(EXIT_TICK));
    assert!(all.vm_switches >= 6 * N * 4, "only {} VM switches", all.vm_switches);
    // long guests with the MMUs: their TLB entries survive the other VM's
    // turns (or are replaced by its own, tagged apart)
    let mut mmu = Coverage::default();
    for seed in 0..4 {
        let opts = Options {
            guest: true,
            guests: 2,
            mmu: true,
            caches: seed % 2 == 0,
            insns: 8_000,
            max_steps: 4_000_000,
            ..Options::default()
        };
        mmu.merge(&run(seed, &opts).0);
    }
    println!("long pairs of guests with the MMUs, 4 seeds:\n{mmu}");
    assert!(mmu.vm_switches >= 40, "only {} VM switches", mmu.vm_switches);
}

/// `guests`: determinism, the default untouched, what is refused.
#[test]
fn two_guests_options() {
    let one = Options { guest: true, ..Options::default() };
    let two = Options { guests: 2, ..one.clone() };
    assert_eq!(generate(5, &two), generate(5, &two));
    assert_ne!(generate(5, &two), generate(6, &two));
    assert_ne!(generate(5, &two), generate(5, &one));
    assert_eq!(generate(5, &Options { guests: 1, ..one.clone() }), generate(5, &one));
    for bad in [
        Options { guests: 3, ..one.clone() },
        Options { guests: 0, ..one.clone() },
        Options { guests: 2, ..Options::default() },
        Options { insns: 40_000, max_steps: 20_000_000, ..two.clone() },
        Options { max_steps: 8_000, ..two.clone() },
    ] {
        assert!(try_generate(1, &bad).is_err(), "{bad:?} accepted");
    }
    // the largest two-guest body fits the harness's map
    for seed in 0..2 {
        run(seed, &Options { insns: 36_000, max_steps: 400_000, ..two.clone() });
    }
}
