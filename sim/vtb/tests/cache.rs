//! The build cache: reuse, parallel builders, and build errors.
mod common;
use common::*;
use std::time::{SystemTime, UNIX_EPOCH};
use vtb::Model;

/// A counter whose text (hence hash) is new on every run, so the first build is a real one.
fn fresh_counter() -> String {
    let nonce = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_nanos();
    format!("// nonce {nonce} {:?}\n{COUNTER}", std::thread::current().id())
}

#[test]
fn second_build_reuses_the_cache() {
    let v = fresh_counter();
    let first = Model::build("cache_reuse", &v).unwrap();
    assert!(!first.from_cache());
    let second = Model::build("cache_reuse", &v).unwrap();
    assert!(second.from_cache());
    assert_eq!(first.cache_dir(), second.cache_dir());
    // Reuse is judged by `from_cache` and the directory, not by wall-clock
    // time, which depends on the machine's load; the cached model must run.
    println!("first build {:?}, cached build {:?}", first.build_time(), second.build_time());
    let mut m = second;
    m.set("enable", 1);
    m.ticks(5);
    assert_eq!(m.get("count"), 5);
    // The cache dir keeps the Verilog that was built, for debugging.
    assert_eq!(std::fs::read_to_string(first.cache_dir().join("top.v")).unwrap(), v);
    // A different text (the same counter without the nonce comment) is a different model.
    let other = Model::build("cache_reuse", COUNTER).unwrap();
    assert_ne!(other.cache_dir(), first.cache_dir());
    std::fs::remove_dir_all(first.cache_dir()).unwrap();
}

#[test]
fn parallel_builders_of_one_model_agree() {
    let v = fresh_counter();
    let dirs: Vec<_> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..4)
            .map(|k| {
                let v = &v;
                s.spawn(move || {
                    let mut m = Model::build("cache_parallel", v).unwrap();
                    m.set("enable", 1);
                    m.ticks(10 + k);
                    assert_eq!(m.get("count"), 10 + k);
                    (m.cache_dir().to_path_buf(), m.from_cache())
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    assert!(dirs.iter().all(|d| d.0 == dirs[0].0));
    assert_eq!(dirs.iter().filter(|d| !d.1).count(), 1, "exactly one thread compiles");
    let parent = dirs[0].0.parent().unwrap();
    let name = dirs[0].0.file_name().unwrap().to_string_lossy().into_owned();
    let leftovers: Vec<_> = std::fs::read_dir(parent)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".tmp-") && n.contains(&name))
        .collect();
    assert!(leftovers.is_empty(), "temporary build dirs left: {leftovers:?}");
    std::fs::remove_dir_all(&dirs[0].0).unwrap();
}

#[test]
fn verilator_errors_are_reported() {
    let e = Model::build("bad_syntax", "module top(a, y);\n input wire a;\n output wire y;\n assign y = a +;\nendmodule\n")
        .err()
        .expect("must fail");
    let msg = e.to_string();
    assert!(msg.contains("verilator failed") && msg.contains("%Error") && msg.contains("top.v:4"), "{msg}");
    let e = Model::build("no_top", "module other(a); input wire a; endmodule\n").err().unwrap();
    assert!(e.to_string().contains("no `module top`"), "{e}");
    let e = Model::build("bad name", COUNTER).err().unwrap();
    assert!(e.to_string().contains("[A-Za-z0-9_-]"), "{e}");
    // `?` converts into String for tests returning Result<_, String>.
    fn f() -> Result<(), String> {
        Model::build("no_top", "module other(a); input wire a; endmodule\n")?;
        Ok(())
    }
    assert!(f().unwrap_err().contains("no `module top`"));
}

#[test]
fn clock_must_be_one_bit_input() {
    let v = "module top(clock, q);\n input wire [1:0] clock;\n output wire q;\n assign q = clock[0];\nendmodule\n";
    let e = Model::build("wide_clock", v).err().unwrap();
    assert!(e.to_string().contains("must be a 1-bit input"), "{e}");
}

/// Re-runs this test binary with an empty PATH, so `verilator` cannot be found,
/// and checks the child's build and lint errors tell the user what to do.
#[test]
fn missing_verilator_is_explained() {
    let out = std::process::Command::new(std::env::current_exe().unwrap())
        .args(["--ignored", "--exact", "probe_without_verilator", "--nocapture", "--test-threads=1"])
        .env("PATH", "/nonexistent")
        .env("VTB_PROBE_NO_VERILATOR", "1")
        .output()
        .unwrap();
    let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "probe failed:\n{text}");
    assert!(text.contains("1 passed"), "probe did not run:\n{text}");
}

/// Helper for `missing_verilator_is_explained`; only meaningful in the child process.
#[test]
#[ignore = "run by missing_verilator_is_explained with an empty PATH"]
fn probe_without_verilator() {
    assert_eq!(std::env::var("VTB_PROBE_NO_VERILATOR").as_deref(), Ok("1"), "run via missing_verilator_is_explained");
    let e = Model::build("counter", COUNTER).err().expect("build must fail without verilator");
    assert!(e.to_string().contains("run scripts/bootstrap.sh"), "{e}");
    let e = vtb::lint("counter", COUNTER).unwrap_err();
    assert!(e.contains("run scripts/bootstrap.sh"), "{e}");
}
