//! The `vmsp-qemu-check` command line: usage errors and a bad gap list exit
//! 2, a run over matching programs exits 0.

use std::path::Path;
use std::process::Command;

fn check(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_vmsp-qemu-check")).args(args).output().unwrap();
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (out.status.code().expect("exited normally"), text(&out.stdout), text(&out.stderr))
}

#[test]
fn usage_errors_exit_2() {
    for args in [&[][..], &["--bogus", "x.elf"], &["--gaps"]] {
        let (code, _, err) = check(args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.contains("error:"), "{args:?}: {err}");
    }
    let (code, out, _) = check(&["--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("--gaps") && out.contains("--no-lockstep"), "{out}");
}

#[test]
fn unreadable_or_stale_gap_list_exits_2() {
    let (code, _, err) = check(&["--gaps", "/nonexistent/gaps.txt", "x.elf"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("/nonexistent/gaps.txt"), "{err}");
    let gaps = std::env::temp_dir().join(format!("vmsp-qemu-cli-gaps-{}", std::process::id()));
    std::fs::write(&gaps, "hello: not a real gap\n").unwrap();
    let (code, _, err) = check(&["--gaps", gaps.to_str().unwrap(), "other.elf"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("gap list names hello"), "{err}");
}

#[test]
fn matching_program_passes() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    assert!(Command::new("make").arg("-s").arg("-C").arg(root.join("firmware")).status().unwrap().success());
    let hello = root.join("build/firmware/tests/hello.elf");
    let (code, out, err) = check(&["--no-lockstep", hello.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("PASS hello") && out.contains("1 passed, 0 failed"), "{out}");
}
