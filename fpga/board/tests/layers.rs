//! The layering rule of the workspace: a crate outside `sim/` (the RTL,
//! the architecture constants, the program loader) depends on a `sim/`
//! crate (simulators, test benches, their tools) only as a
//! dev-dependency, so building hardware never builds a simulator. Checked
//! on `cargo metadata`'s view of every workspace package.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

#[test]
fn only_sim_crates_depend_on_sim_crates() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap();
    let out = Command::new(env!("CARGO"))
        .args(["metadata", "--format-version", "1", "--no-deps", "--offline"])
        .current_dir(&root)
        .output()
        .unwrap();
    assert!(out.status.success(), "cargo metadata: {}", String::from_utf8_lossy(&out.stderr));
    let meta: Value = serde_json::from_slice(&out.stdout).unwrap();
    let sim = root.join("sim");
    let dir_of = |manifest: &str| PathBuf::from(manifest).parent().unwrap().to_path_buf();
    let mut checked = 0;
    let mut violations = Vec::new();
    for pkg in meta["packages"].as_array().unwrap() {
        if dir_of(pkg["manifest_path"].as_str().unwrap()).starts_with(&sim) {
            continue;
        }
        checked += 1;
        for dep in pkg["dependencies"].as_array().unwrap() {
            let on_sim = dep["path"].as_str().is_some_and(|p| Path::new(p).starts_with(&sim));
            if on_sim && dep["kind"].as_str() != Some("dev") {
                violations.push(format!("{} -> {} ({})", pkg["name"], dep["name"], dep["kind"]));
            }
        }
    }
    assert!(checked >= 6, "only {checked} packages outside sim/: is the workspace layout different?");
    assert!(violations.is_empty(), "non-dev dependencies on sim/ crates: {violations:#?}");
}
