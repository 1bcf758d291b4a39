//! The Verilog lint gate: `verilator --lint-only -Wall` with the project's
//! justified waivers (`rtl/lint-waivers.vlt`).

use crate::toolchain;
use std::path::PathBuf;
use std::process::Command;

/// The waiver file, located from this crate's position in the workspace.
pub fn waiver_file() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../rtl/lint-waivers.vlt"))
}

/// Lints `verilog` (top module `top`) with `-Wall` and the project waivers.
/// `Err` carries Verilator's messages (also printed to stderr, unescaped, so a
/// failing test shows them readably). The file linted is kept under the cache
/// directory (`lint/<name>-<hash>/top.v`) so the line numbers can be looked up.
pub fn lint(name: &str, verilog: &str) -> Result<(), String> {
    let result = lint_inner(name, verilog);
    if let Err(e) = &result {
        eprintln!("vtb::lint({name}) failed:\n{e}");
    }
    result
}

fn lint_inner(name: &str, verilog: &str) -> Result<(), String> {
    toolchain::check_name(name)?;
    toolchain::verilator()?;
    let waivers = waiver_file();
    if !waivers.exists() {
        return Err(format!("lint waiver file {} is missing", waivers.display()));
    }
    let waivers = waivers.canonicalize().map_err(|e| format!("{}: {e}", waivers.display()))?;
    let key = toolchain::hash_parts(&[verilog.as_bytes()]);
    let dir = toolchain::cache_root().join("lint").join(format!("{name}-{key}"));
    let file = dir.join("top.v");
    if !file.exists() {
        // Content-addressed: concurrent writers produce the same bytes; write
        // to a private name and rename so nobody lints a half-written file.
        std::fs::create_dir_all(&dir).map_err(|e| format!("create {}: {e}", dir.display()))?;
        let tmp = dir.join(format!(".top.v.{}.{:?}", std::process::id(), std::thread::current().id()));
        std::fs::write(&tmp, verilog).map_err(|e| format!("write {}: {e}", tmp.display()))?;
        std::fs::rename(&tmp, &file).map_err(|e| format!("rename {}: {e}", file.display()))?;
    }
    let mut cmd = Command::new("verilator");
    cmd.current_dir(&dir)
        .arg("--lint-only")
        .arg("-Wall")
        .arg(&waivers)
        .arg(&file)
        .arg("--top-module")
        .arg("top");
    toolchain::run("verilator lint", &mut cmd).map(|_| ()).map_err(|e| e.to_string())
}
