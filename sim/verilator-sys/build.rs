//! Verilates the VMSP SoC and builds the C++ shim around it.
//!
//! 1. Gets the SoC Verilog: `vmsp_soc::soc_verilog(&SocConfig::default())`
//!    (a build-dependency, so any change to the SoC or core crates re-runs
//!    this script), or the file named by `VMSP_SOC_VERILOG` (with its RAM
//!    size in `VMSP_SOC_RAM_SIZE`), e.g. an older rtl/soc/vmsp_soc.v.
//! 2. Checks its `top` has exactly the ports of `vmsp_soc::PORTS`, the
//!    table from which build/ports.rs also generates the shim's port
//!    structs and accessors and the Rust `Inputs`/`Outputs` (docs/SIM.md).
//! 3. Runs `verilator --cc --build` into `$OUT_DIR/obj_dir`, unless the same
//!    Verilog was already built with the same flags (a doc-comment edit in
//!    the core re-runs this script but does not re-verilate).
//! 4. Compiles csrc/shim.cpp (with the generated `vsys_ports.h`) with the
//!    `cc` crate and links it, the model and Verilator's runtime.

use std::env;
use std::fs;
use std::path::{Path, PathBuf};

use std::process::Command;

#[path = "build/ports.rs"]
mod ports;

/// verilator flags. `-O3`: Verilator's own optimisations. `--x-assign fast
/// --x-initial fast`: X values become whatever is fastest (0); rust-hdl
/// initialises every register in an `initial` block and the SoC resets
/// the core synchronously, so no behaviour may depend on X. The waiver file
/// (rtl/lint-waivers.vlt, the -Wall lint gate's, each rule justified there)
/// silences the generator noise that Verilator warns about by default
/// (WIDTH, UNOPTFLAT); every other warning stays fatal.
const VERILATOR_FLAGS: &[&str] = &[
    "--cc",
    "--build",
    "-j",
    "2",
    "-O3",
    "--x-assign",
    "fast",
    "--x-initial",
    "fast",
    "--top-module",
    "top",
    // the model's C++: verilated.mk's default is -Os, which runs slower
    "-MAKEFLAGS",
    "OPT_FAST=-O2",
];

/// The two models (obj dir, prefix, traced?): the shim runs `Vfast` and
/// swaps in `Vtop` when waves are opened; tracing costs about a quarter of
/// the speed even with no trace open.
const MODELS: &[(&str, &str, bool)] = &[("obj_dir", "Vtop", true), ("obj_fast", "Vfast", false)];

fn fail(msg: impl AsRef<str>) -> ! {
    eprintln!("\nverilator-sys build error: {}\n", msg.as_ref());
    panic!("verilator-sys: {}", msg.as_ref());
}

/// The SoC Verilog, its RAM size in bytes and where it came from.
fn soc_source() -> (String, u32, String) {
    println!("cargo:rerun-if-env-changed=VMSP_SOC_VERILOG");
    println!("cargo:rerun-if-env-changed=VMSP_SOC_RAM_SIZE");
    if let Some(path) = env::var_os("VMSP_SOC_VERILOG").filter(|p| !p.is_empty()) {
        let path = PathBuf::from(path);
        println!("cargo:rerun-if-changed={}", path.display());
        let verilog = fs::read_to_string(&path)
            .unwrap_or_else(|e| fail(format!("VMSP_SOC_VERILOG={}: {e}", path.display())));
        let ram = env::var("VMSP_SOC_RAM_SIZE").unwrap_or_else(|_| {
            fail("VMSP_SOC_VERILOG is set but VMSP_SOC_RAM_SIZE (the RAM size in bytes of that design) is not")
        });
        let ram_size = parse_u32(&ram)
            .unwrap_or_else(|| fail(format!("VMSP_SOC_RAM_SIZE={ram}: not a number (decimal or 0x hex)")));
        return (verilog, ram_size, path.display().to_string());
    }
    soc_from_crate()
}

fn soc_from_crate() -> (String, u32, String) {
    let config = vmsp_soc::SocConfig::default();
    let verilog = vmsp_soc::soc_verilog(&config).unwrap_or_else(|e| fail(format!("vmsp_soc::soc_verilog: {e}")));
    (verilog, config.ram_size, "vmsp_soc::soc_verilog(&SocConfig::default())".into())
}

fn parse_u32(s: &str) -> Option<u32> {
    let s = s.trim();
    match s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        Some(h) => u32::from_str_radix(h, 16).ok(),
        None => s.parse().ok(),
    }
}

/// Checks the `top` module's port list against `vmsp_soc::PORTS`.
fn check_ports(verilog: &str, origin: &str) {
    let ports = vtb::parse_top_ports(verilog).unwrap_or_else(|e| fail(format!("{origin}: {e}")));
    let problems = ports::check(&ports);
    if !problems.is_empty() {
        fail(format!("{origin}: the top module does not match vmsp_soc::PORTS:\n  {}", problems.join("\n  ")));
    }
}

fn verilator_root() -> (String, PathBuf) {
    let missing = |e: String| -> ! {
        fail(format!("`verilator` is not usable ({e}). Run scripts/bootstrap.sh to install it (Debian package verilator, 5.006)."))
    };
    let out = Command::new("verilator").arg("--version").output().unwrap_or_else(|e| missing(e.to_string()));
    if !out.status.success() {
        missing(String::from_utf8_lossy(&out.stderr).into_owned());
    }
    let version = String::from_utf8_lossy(&out.stdout).trim().to_string();
    if !version.starts_with("Verilator 5.") {
        fail(format!("{version}: Verilator 5 is required (scripts/bootstrap.sh installs Debian's 5.006)"));
    }
    let out = Command::new("verilator")
        .args(["--getenv", "VERILATOR_ROOT"])
        .output()
        .unwrap_or_else(|e| missing(e.to_string()));
    let root = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
    if !root.join("include/verilated.h").exists() {
        missing(format!("no include/verilated.h under VERILATOR_ROOT {}", root.display()));
    }
    (version, root)
}

/// Verilator 5.006 compiles its runtime (verilated.cpp, the FST writer,
/// ...) only when linking an executable: build the objects its makefile
/// lists as VM_GLOBAL_* with its own rules and flags, into libverilated.a.
fn build_runtime(obj: &Path) {
    let classes = fs::read_to_string(obj.join("Vtop_classes.mk"))
        .unwrap_or_else(|e| fail(format!("reading Vtop_classes.mk: {e}")));
    let mut objects = Vec::new();
    let mut in_list = false;
    for line in classes.lines() {
        if line.starts_with("VM_GLOBAL_FAST +=") || line.starts_with("VM_GLOBAL_SLOW +=") {
            in_list = true;
        } else if in_list {
            let name = line.trim().trim_end_matches('\\').trim();
            if name.is_empty() {
                in_list = false;
            } else {
                objects.push(format!("{name}.o"));
            }
        }
    }
    if objects.is_empty() {
        fail("no VM_GLOBAL_* runtime classes in Vtop_classes.mk: unknown Verilator makefile layout");
    }
    run(Command::new("make").arg("-C").arg(obj).args(["-f", "Vtop.mk", "-j", "2"]).args(&objects), "make (Verilator runtime)");
    run(Command::new("ar").arg("rcs").arg(obj.join("libverilated.a")).args(objects.iter().map(|o| obj.join(o))), "ar");
}

fn run(cmd: &mut Command, what: &str) {
    let res = cmd.output().unwrap_or_else(|e| fail(format!("running {what}: {e}")));
    if !res.status.success() {
        fail(format!("{what} failed:\n{}{}", String::from_utf8_lossy(&res.stdout), String::from_utf8_lossy(&res.stderr)));
    }
}

fn main() {
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap());
    let out = PathBuf::from(env::var("OUT_DIR").unwrap());
    let shim = manifest.join("csrc/shim.cpp");
    let waivers = manifest.join("../../rtl/lint-waivers.vlt");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed={}", shim.display());
    println!("cargo:rerun-if-changed=build/ports.rs");
    println!("cargo:rerun-if-changed={}", waivers.display());

    let (version, root) = verilator_root();
    let (verilog, ram_size, origin) = soc_source();
    check_ports(&verilog, &origin);
    fs::write(out.join("vsys_ports.h"), ports::shim_header()).unwrap();
    fs::write(out.join("ports.rs"), ports::rust_structs()).unwrap();
    if !waivers.exists() {
        fail(format!("lint waiver file {} is missing", waivers.display()));
    }

    // Verilate unless this exact input was already built.
    let obj = out.join("obj_dir");
    let model_lib = obj.join("libvtop_model.a");
    let stamp = out.join("model.stamp");
    // Split rust-hdl's combinational blocks where that is safe (vtb::isolate):
    // no false loops, so each block runs once per evaluation (docs/SIM.md).
    let isolate = vtb::isolate(&verilog).unwrap_or_else(|e| fail(format!("{origin}: {e}"))).vlt();
    let key = format!("{version}\n{VERILATOR_FLAGS:?}\n{MODELS:?}\n{}\n{isolate}\n{verilog}", fs::read_to_string(&waivers).unwrap());
    let up_to_date = model_lib.exists()
        && out.join("obj_fast/libvfast_model.a").exists()
        && obj.join("libverilated.a").exists()
        && fs::read_to_string(&stamp).is_ok_and(|s| s == key);
    if !up_to_date {
        for (dir, _, _) in MODELS {
            let _ = fs::remove_dir_all(out.join(dir));
        }
        let _ = fs::remove_file(&stamp);
        let v = out.join("soc.v");
        fs::write(&v, &verilog).unwrap_or_else(|e| fail(format!("write {}: {e}", v.display())));
        let vlt = out.join("isolate.vlt");
        fs::write(&vlt, &isolate).unwrap_or_else(|e| fail(format!("write {}: {e}", vlt.display())));
        for &(dir, prefix, traced) in MODELS {
            let mut cmd = Command::new("verilator");
            cmd.current_dir(&out).args(VERILATOR_FLAGS).args(["--prefix", prefix]);
            if traced {
                cmd.arg("--trace-fst");
            }
            cmd.arg("-Mdir").arg(out.join(dir)).arg(&waivers).arg(&vlt).arg(&v);
            let res = cmd.output().unwrap_or_else(|e| fail(format!("running verilator: {e}")));
            if !res.status.success() {
                fail(format!(
                    "verilator failed on {origin} (Verilog kept at {}):\n{}{}",
                    v.display(),
                    String::from_utf8_lossy(&res.stdout),
                    String::from_utf8_lossy(&res.stderr)
                ));
            }
            // Verilator names the model archive V*__ALL.a; rustc wants lib*.a.
            let lib = out.join(dir).join(format!("lib{}_model.a", prefix.to_lowercase()));
            fs::copy(out.join(dir).join(format!("{prefix}__ALL.a")), &lib)
                .unwrap_or_else(|e| fail(format!("verilator did not produce {prefix}__ALL.a: {e}")));
        }
        // the runtime of the traced model (it includes the FST writer)
        build_runtime(&obj);
        fs::write(&stamp, &key).unwrap();
    }

    let mut b = cc::Build::new();
    b.cpp(true)
        .file(&shim)
        .include(&out)
        .include(&obj)
        .include(out.join("obj_fast"))
        .include(root.join("include"))
        .include(root.join("include/vltstd"))
        .define("VM_COVERAGE", "0")
        .define("VM_SC", "0")
        .define("VM_TRACE", "1")
        .define("VM_TRACE_FST", "1")
        .define("VM_TRACE_VCD", "0")
        .flag_if_supported("-std=c++17")
        .flag_if_supported("-faligned-new")
        .opt_level(2)
        .cpp_link_stdlib(None)
        .warnings(true)
        .extra_warnings(false); // -Wextra trips on Verilator's own headers
    b.compile("vsys_shim");
    // after the shim (static archives resolve left to right)
    println!("cargo:rustc-link-search=native={}", obj.display());
    println!("cargo:rustc-link-search=native={}", out.join("obj_fast").display());
    println!("cargo:rustc-link-lib=static=vtop_model");
    println!("cargo:rustc-link-lib=static=vfast_model");
    println!("cargo:rustc-link-lib=static=verilated");
    println!("cargo:rustc-link-lib=dylib=stdc++");
    println!("cargo:rustc-link-lib=dylib=z");
    println!("cargo:rustc-link-lib=dylib=pthread");
    println!("cargo:rustc-link-lib=dylib=atomic");

    let cfg = format!(
        "/// RAM size in bytes of the verilated SoC.\npub const RAM_SIZE: u32 = {ram_size:#x};\n\
         /// Where the verilated Verilog came from.\npub const MODEL_SOURCE: &str = {origin:?};\n"
    );
    fs::write(out.join("model_config.rs"), cfg).unwrap();
}
