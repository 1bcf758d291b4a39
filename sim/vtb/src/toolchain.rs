//! Verilator and C++ compiler invocations, and the content-addressed build cache.
//!
//! Every build happens in a private temporary directory that is renamed into
//! place when complete. `rename` of a directory is atomic, and it fails if the
//! destination already exists, so parallel builders of the same key (threads or
//! processes) never see a half-written directory: the loser discards its copy.

use crate::Error;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

/// Flags given to `verilator --cc` for simulation builds. Lint is a separate
/// gate (`vtb::lint`), so lint and style warnings are silenced here and the
/// remaining warnings (e.g. UNOPTFLAT) are not fatal.
pub const VERILATE_FLAGS: &[&str] = &[
    "--cc",
    "-O3",
    "--x-assign",
    "fast",
    "--x-initial",
    "fast",
    "--trace-fst",
    "-Wno-fatal",
    "-Wno-lint",
    "-Wno-style",
    "--top-module",
    "top",
    "--prefix",
    "Vtop",
];

/// Defines the Verilator runtime and the model must agree on (from verilated.mk,
/// for a `--cc --trace-fst` model without coverage or SystemC).
const VM_DEFINES: &[&str] =
    &["-DVM_COVERAGE=0", "-DVM_SC=0", "-DVM_TRACE=1", "-DVM_TRACE_FST=1", "-DVM_TRACE_VCD=0"];

/// verilated.mk's CFG_CXXFLAGS_NO_UNUSED: generated code is not warning-clean.
const NO_UNUSED: &[&str] = &[
    "-faligned-new",
    "-Wno-bool-operation",
    "-Wno-sign-compare",
    "-Wno-uninitialized",
    "-Wno-unused-but-set-variable",
    "-Wno-unused-parameter",
    "-Wno-unused-variable",
    "-Wno-shadow",
];

const LINK_LIBS: &[&str] = &["-lz", "-pthread", "-latomic"];

pub struct Verilator {
    pub version: String,
    pub root: PathBuf,
}

/// Finds verilator once per process.
pub fn verilator() -> Result<&'static Verilator, Error> {
    static V: OnceLock<Result<Verilator, String>> = OnceLock::new();
    V.get_or_init(|| {
        let not_found =
            |e: String| format!("verilator is not usable ({e}): run scripts/bootstrap.sh to install it");
        let out = Command::new("verilator").arg("--version").output().map_err(|e| not_found(e.to_string()))?;
        if !out.status.success() {
            return Err(not_found(String::from_utf8_lossy(&out.stderr).into_owned()));
        }
        let version = String::from_utf8_lossy(&out.stdout).trim().to_string();
        let out = Command::new("verilator").arg("--getenv").arg("VERILATOR_ROOT").output().map_err(|e| not_found(e.to_string()))?;
        let root = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
        if !root.join("include/verilated.h").exists() {
            return Err(not_found(format!("no include/verilated.h under VERILATOR_ROOT {}", root.display())));
        }
        Ok(Verilator { version, root })
    })
    .as_ref()
    .map_err(|e| Error::new(e.clone()))
}

/// The C++ compiler: `$CXX` if set, else `g++`.
pub fn cxx() -> String {
    std::env::var("CXX").ok().filter(|s| !s.is_empty()).unwrap_or_else(|| "g++".into())
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Cache root: `$VTB_CACHE_DIR`, else `$CARGO_TARGET_DIR/vtb`, else `<workspace>/target/vtb`.
/// Relative paths are taken relative to the workspace root (where cargo is run).
pub fn cache_root() -> PathBuf {
    let abs = |p: PathBuf| if p.is_absolute() { p } else { workspace_root().join(p) };
    if let Some(d) = std::env::var_os("VTB_CACHE_DIR").filter(|s| !s.is_empty()) {
        return abs(PathBuf::from(d));
    }
    if let Some(d) = std::env::var_os("CARGO_TARGET_DIR").filter(|s| !s.is_empty()) {
        return abs(PathBuf::from(d)).join("vtb");
    }
    workspace_root().join("target").join("vtb")
}

/// Hex SHA-256 (first 16 bytes) of the given parts, each length-prefixed so
/// that part boundaries matter.
pub fn hash_parts(parts: &[&[u8]]) -> String {
    let mut h = Sha256::new();
    for p in parts {
        h.update((p.len() as u64).to_le_bytes());
        h.update(p);
    }
    h.finalize()[..16].iter().map(|b| format!("{b:02x}")).collect()
}

/// Rejects names that would not be a single safe path component.
pub fn check_name(name: &str) -> Result<(), Error> {
    if name.is_empty()
        || name.len() > 64
        || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    {
        return Err(Error::new(format!(
            "model name `{name}` must be 1..64 characters of [A-Za-z0-9_-] (it names the cache directory)"
        )));
    }
    Ok(())
}

/// A fresh private directory next to `final_dir`, for building before publishing.
pub fn temp_dir_for(final_dir: &Path) -> Result<PathBuf, Error> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let parent = final_dir.parent().unwrap();
    std::fs::create_dir_all(parent).map_err(|e| Error::io("create", parent, e))?;
    let tmp = parent.join(format!(
        ".tmp-{}-{}-{}",
        final_dir.file_name().unwrap().to_string_lossy(),
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&tmp);
    std::fs::create_dir_all(&tmp).map_err(|e| Error::io("create", &tmp, e))?;
    Ok(tmp)
}

/// Moves a finished build into place. If another builder got there first, its
/// (identical) result wins and ours is removed.
pub fn publish(tmp: &Path, final_dir: &Path) -> Result<(), Error> {
    match std::fs::rename(tmp, final_dir) {
        Ok(()) => Ok(()),
        Err(e) => {
            let _ = std::fs::remove_dir_all(tmp);
            if final_dir.join(DONE).exists() {
                Ok(())
            } else {
                Err(Error::io("rename into", final_dir, e))
            }
        }
    }
}

/// Marker written last into a build directory; its presence means "complete".
pub const DONE: &str = "vtb-done";

/// Serializes builds of the same key inside this process, so parallel test
/// threads wait for one build instead of all compiling the same model.
pub fn key_lock(key: &str) -> Arc<Mutex<()>> {
    static LOCKS: OnceLock<Mutex<HashMap<String, Arc<Mutex<()>>>>> = OnceLock::new();
    let mut map = LOCKS.get_or_init(Default::default).lock().unwrap_or_else(|e| e.into_inner());
    map.entry(key.to_string()).or_default().clone()
}

/// Runs a command; on failure returns an error carrying its full output.
pub fn run(what: &str, cmd: &mut Command) -> Result<Output, Error> {
    let shown = format!("{cmd:?}");
    let out = cmd.output().map_err(|e| Error::new(format!("{what}: cannot run {shown}: {e}")))?;
    if !out.status.success() {
        return Err(Error::new(format!(
            "{what} failed ({}):\n$ {shown}\n{}{}",
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )));
    }
    Ok(out)
}

/// Reads a `VAR += \` list from Verilator's `Vtop_classes.mk`.
pub fn mk_list(mk: &str, var: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut lines = mk.lines();
    while let Some(l) = lines.next() {
        if l.trim_start().starts_with(var) && l.contains("+=") {
            for item in lines.by_ref() {
                let item = item.trim().trim_end_matches('\\').trim();
                if item.is_empty() {
                    break;
                }
                out.push(item.to_string());
            }
        }
    }
    out
}

fn common_cxx_flags(v: &Verilator) -> Vec<String> {
    let mut f = vec![
        "-fPIC".to_string(),
        format!("-I{}", v.root.join("include").display()),
        format!("-I{}", v.root.join("include/vltstd").display()),
    ];
    f.extend(VM_DEFINES.iter().map(|s| s.to_string()));
    f.extend(NO_UNUSED.iter().map(|s| s.to_string()));
    f
}

/// Object files of the Verilator runtime (`verilated.cpp`, FST writer, ...),
/// compiled once per cache root and reused by every model: they are the bulk of
/// a model's compile time and do not depend on the design.
pub fn runtime_objects(v: &Verilator, globals: &[String]) -> Result<Vec<PathBuf>, Error> {
    const RUNTIME_OPT: &str = "-O2";
    let mut sorted = globals.to_vec();
    sorted.sort();
    let cxx = cxx();
    let key = hash_parts(&[
        v.version.as_bytes(),
        sorted.join(",").as_bytes(),
        cxx.as_bytes(),
        RUNTIME_OPT.as_bytes(),
        &crate::shim::SHIM_VERSION.to_le_bytes(),
    ]);
    let dir = cache_root().join(format!("runtime-{key}"));
    let objects: Vec<PathBuf> = sorted.iter().map(|g| dir.join(format!("{g}.o"))).collect();
    let lock = key_lock(&dir.to_string_lossy());
    let _guard = lock.lock().unwrap_or_else(|e| e.into_inner());
    if dir.join(DONE).exists() {
        return Ok(objects);
    }
    let tmp = temp_dir_for(&dir)?;
    let flags = common_cxx_flags(v);
    // The runtime files are independent: compile them in parallel.
    let mut children = Vec::new();
    for g in &sorted {
        let src = v.root.join("include").join(format!("{g}.cpp"));
        let mut cmd = Command::new(&cxx);
        cmd.args(&flags).arg(RUNTIME_OPT).arg("-c").arg(&src).arg("-o").arg(tmp.join(format!("{g}.o")));
        let shown = format!("{cmd:?}");
        let child = cmd
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .map_err(|e| Error::new(format!("compiling the Verilator runtime: cannot run {cxx}: {e}")))?;
        children.push((shown, child));
    }
    let mut failure = None;
    for (shown, child) in children {
        let out = child.wait_with_output().map_err(|e| Error::new(e.to_string()))?;
        if !out.status.success() && failure.is_none() {
            failure = Some(format!(
                "compiling the Verilator runtime failed:\n$ {shown}\n{}",
                String::from_utf8_lossy(&out.stderr)
            ));
        }
    }
    if let Some(f) = failure {
        let _ = std::fs::remove_dir_all(&tmp);
        return Err(Error::new(f));
    }
    std::fs::write(tmp.join(DONE), b"").map_err(|e| Error::io("write", &tmp, e))?;
    publish(&tmp, &dir)?;
    Ok(objects)
}

/// Compiles the Verilated model (all generated classes in one translation unit,
/// as Verilator's own `__ALL.cpp` does) with the shim and links a shared library.
pub fn compile_model(
    v: &Verilator,
    obj_dir: &Path,
    classes: &[String],
    runtime: &[PathBuf],
    opt: &str,
    lib: &Path,
) -> Result<(), Error> {
    let mut all = String::new();
    for c in classes {
        all.push_str(&format!("#include \"{c}.cpp\"\n"));
    }
    all.push_str("#include \"vtb_shim.cpp\"\n");
    let all_path = obj_dir.join("vtb_all.cpp");
    std::fs::write(&all_path, all).map_err(|e| Error::io("write", &all_path, e))?;
    let mut cmd = Command::new(cxx());
    cmd.current_dir(obj_dir)
        .args(common_cxx_flags(v))
        .arg(format!("-I{}", obj_dir.display()))
        .arg(opt)
        .arg("-shared")
        .arg("-Wl,-Bsymbolic")
        .arg("-o")
        .arg(lib)
        .arg(&all_path)
        .args(runtime)
        .args(LINK_LIBS);
    run("compiling the Verilated model", &mut cmd)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two builders racing to publish the same key: both succeed, the first
    /// result stays, the second builder's directory is removed.
    #[test]
    fn publish_race_keeps_one_complete_dir() {
        let base = std::env::temp_dir().join(format!("vtb-publish-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&base);
        let final_dir = base.join("model-abc");
        let a = temp_dir_for(&final_dir).unwrap();
        let b = temp_dir_for(&final_dir).unwrap();
        assert_ne!(a, b);
        for (d, tag) in [(&a, "a"), (&b, "b")] {
            std::fs::write(d.join("lib"), tag).unwrap();
            std::fs::write(d.join(DONE), b"").unwrap();
        }
        publish(&a, &final_dir).unwrap();
        publish(&b, &final_dir).unwrap();
        assert_eq!(std::fs::read_to_string(final_dir.join("lib")).unwrap(), "a");
        assert!(!a.exists() && !b.exists());
        // Publishing over an incomplete directory is an error, not a silent reuse.
        let c = temp_dir_for(&base.join("other")).unwrap();
        std::fs::create_dir_all(base.join("other/partial")).unwrap();
        assert!(publish(&c, &base.join("other")).is_err());
        std::fs::remove_dir_all(&base).unwrap();
    }

    #[test]
    fn mk_lists() {
        let mk = "VM_CLASSES_FAST += \\\n\tVtop \\\n\tVtop___024root__DepSet_h1__0 \\\n\nVM_GLOBAL_FAST += \\\n\tverilated \\\n\tverilated_fst_c \\\n\n";
        assert_eq!(mk_list(mk, "VM_CLASSES_FAST"), vec!["Vtop", "Vtop___024root__DepSet_h1__0"]);
        assert_eq!(mk_list(mk, "VM_GLOBAL_FAST"), vec!["verilated", "verilated_fst_c"]);
        assert!(mk_list(mk, "VM_CLASSES_SLOW").is_empty());
    }

    #[test]
    fn names_and_hashes() {
        assert!(check_name("aes_core").is_ok());
        assert!(check_name("").is_err());
        assert!(check_name("a/b").is_err());
        assert!(check_name("..").is_err());
        assert_ne!(hash_parts(&[b"ab", b"c"]), hash_parts(&[b"a", b"bc"]));
        assert_eq!(hash_parts(&[b"x"]).len(), 32);
    }
}
