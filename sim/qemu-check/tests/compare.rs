//! The comparison itself must be able to fail: a program on which QEMU and
//! the ISS are known to diverge is reported, one on which they agree is not.

use std::path::{Path, PathBuf};
use std::process::Command;
use vmsp_qemu_check::compare::compare;

/// Builds the firmware once per test process (tests run in parallel threads).
fn firmware(name: &str) -> PathBuf {
    static BUILT: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let built = *BUILT.get_or_init(|| {
        let status = Command::new("make").arg("-s").arg("-C").arg(root.join("firmware")).status();
        status.is_ok_and(|s| s.success())
    });
    assert!(built, "`make -C firmware` failed");
    root.join("build/firmware/tests").join(format!("{name}.elf"))
}

fn fifo(tag: &str) -> PathBuf {
    std::env::temp_dir().join(format!("vmsp-qemu-test-{tag}-{}", std::process::id()))
}

#[test]
fn matching_program_compares_in_lockstep() {
    let report = compare(&firmware("hello"), true, &fifo("hello")).unwrap();
    assert!(report.differences.is_empty(), "{:#?}", report.differences);
    assert!(report.compared > 1000, "only {} instructions compared", report.compared);
}

#[test]
fn divergent_program_is_reported() {
    // QEMU 7.2 does not decode l.extws/l.extwz: it takes an illegal
    // instruction where the ISS executes them.
    let report = compare(&firmware("extw"), true, &fifo("extw")).unwrap();
    assert!(
        report.differences.iter().any(|d| d.starts_with("lock-step mismatch")),
        "{:#?}",
        report.differences
    );
    assert!(report.differences.iter().any(|d| d.starts_with("exit status")));
    // Without lock-step the output and status comparison still catches it.
    let report = compare(&firmware("extw"), false, &fifo("extw2")).unwrap();
    assert!(report.differences.iter().any(|d| d.starts_with("UART output differs")));
}
