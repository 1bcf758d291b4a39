//! A Verilated model loaded from a shared library and driven through its ports.

use crate::ports::{parse_top_ports, Direction, Port};
use crate::shim;
use crate::toolchain::{self, DONE};
use crate::Error;
use std::collections::HashMap;
use std::ffi::{c_char, c_int, c_void, CString};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

/// How to build a model. `Default` is what `Model::build` uses.
#[derive(Clone, Debug)]
pub struct BuildOptions {
    /// Port toggled by `tick`; a model without it can still be evaluated, but `tick` panics.
    pub clock: String,
    /// Optimization flag for the model's C++ (the Verilator runtime is always `-O2`).
    pub cxx_opt: String,
}

impl Default for BuildOptions {
    fn default() -> Self {
        BuildOptions { clock: "clock".into(), cxx_opt: "-O2".into() }
    }
}

/// The shim's C entry points, resolved once per loaded library.
struct Api {
    new: unsafe extern "C" fn() -> *mut c_void,
    free: unsafe extern "C" fn(*mut c_void),
    eval: unsafe extern "C" fn(*mut c_void),
    set: unsafe extern "C" fn(*mut c_void, u32, *const u32),
    get: unsafe extern "C" fn(*mut c_void, u32, *mut u32),
    tick: unsafe extern "C" fn(*mut c_void, u64),
    time: unsafe extern "C" fn(*mut c_void) -> u64,
    trace_open: unsafe extern "C" fn(*mut c_void, *const c_char) -> c_int,
    trace_flush: unsafe extern "C" fn(*mut c_void),
    trace_close: unsafe extern "C" fn(*mut c_void),
}

/// Loads a model library once per process and never unloads it: Verilator's
/// runtime keeps thread-local and static state that must outlive every model.
fn load(lib_path: &Path, ports: usize) -> Result<&'static Api, Error> {
    static LOADED: OnceLock<Mutex<HashMap<PathBuf, &'static Api>>> = OnceLock::new();
    let mut map = LOADED.get_or_init(Default::default).lock().unwrap_or_else(|e| e.into_inner());
    if let Some(api) = map.get(lib_path) {
        return Ok(api);
    }
    let err = |e: libloading::Error| Error::new(format!("loading {}: {e}", lib_path.display()));
    // SAFETY: the library is one we just built from our own shim; its
    // initializers are Verilator's runtime, which is safe to load.
    let lib: &'static libloading::Library =
        Box::leak(Box::new(unsafe { libloading::Library::new(lib_path) }.map_err(err)?));
    macro_rules! sym {
        ($name:literal) => {
            // SAFETY: the types match the `extern "C"` definitions in shim.rs.
            *unsafe { lib.get($name) }.map_err(err)?
        };
    }
    let version: unsafe extern "C" fn() -> u32 = sym!(b"vtb_shim_version\0");
    let count: unsafe extern "C" fn() -> u32 = sym!(b"vtb_port_count\0");
    // SAFETY: argument-less functions returning constants.
    let (v, n) = unsafe { (version(), count()) };
    if v != shim::SHIM_VERSION || n as usize != ports {
        return Err(Error::new(format!(
            "{}: shim version {v} with {n} ports, expected version {} with {ports} ports (stale cache? delete it)",
            lib_path.display(),
            shim::SHIM_VERSION
        )));
    }
    let api: &'static Api = Box::leak(Box::new(Api {
        new: sym!(b"vtb_new\0"),
        free: sym!(b"vtb_free\0"),
        eval: sym!(b"vtb_eval\0"),
        set: sym!(b"vtb_set\0"),
        get: sym!(b"vtb_get\0"),
        tick: sym!(b"vtb_tick\0"),
        time: sym!(b"vtb_time\0"),
        trace_open: sym!(b"vtb_trace_open\0"),
        trace_flush: sym!(b"vtb_trace_flush\0"),
        trace_close: sym!(b"vtb_trace_close\0"),
    }));
    map.insert(lib_path.to_path_buf(), api);
    Ok(api)
}

/// A port resolved once by `Model::id`, valid for the model that issued it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PortId(usize);

/// FNV-1a: port names are short and trusted, so SipHash's DoS resistance
/// only costs time in the per-cycle name lookup.
#[derive(Default)]
struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h = (h ^ b as u64).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// Port table of one model instance.
#[derive(Debug)]
struct PortTable {
    ports: Vec<Port>,
    index: HashMap<String, usize, std::hash::BuildHasherDefault<Fnv>>,
}

/// A Verilated `top` module. Not `Send`: Verilator binds a model to the thread
/// that evaluates it, and each test thread builds its own.
pub struct Model {
    api: &'static Api,
    raw: *mut c_void,
    name: String,
    table: PortTable,
    clock: Option<usize>,
    dir: PathBuf,
    from_cache: bool,
    build_time: Duration,
    tracing: bool,
}

impl Model {
    /// Verilates, compiles and loads `verilog` (top module `top`), reusing the
    /// cached library when the same Verilog was built before.
    pub fn build(name: &str, verilog: &str) -> Result<Model, Error> {
        Self::build_with(name, verilog, &BuildOptions::default())
    }

    /// As `build`, with explicit options.
    pub fn build_with(name: &str, verilog: &str, opts: &BuildOptions) -> Result<Model, Error> {
        let start = Instant::now();
        toolchain::check_name(name)?;
        let ports = parse_top_ports(verilog)?;
        let v = toolchain::verilator()?;
        let clock = ports.iter().position(|p| p.name == opts.clock);
        if let Some(c) = clock {
            let p = &ports[c];
            if p.width != 1 || p.dir != Direction::Input {
                return Err(Error::new(format!(
                    "clock port `{}` must be a 1-bit input, it is {} {} bits",
                    p.name,
                    p.dir.as_str(),
                    p.width
                )));
            }
        }
        let key = toolchain::hash_parts(&[
            verilog.as_bytes(),
            &shim::SHIM_VERSION.to_le_bytes(),
            v.version.as_bytes(),
            toolchain::VERILATE_FLAGS.join(" ").as_bytes(),
            opts.cxx_opt.as_bytes(),
            opts.clock.as_bytes(),
            toolchain::cxx().as_bytes(),
        ]);
        let dir = toolchain::cache_root().join(format!("{name}-{key}"));
        let lib = dir.join("libvtb_model.so");
        let lock = toolchain::key_lock(&dir.to_string_lossy());
        let from_cache = {
            let _guard = lock.lock().unwrap_or_else(|e| e.into_inner());
            if dir.join(DONE).exists() {
                true
            } else {
                build_into(v, verilog, &ports, clock, opts, &dir)?;
                false
            }
        };
        let api = load(&lib, ports.len())?;
        // SAFETY: `new` allocates a fresh model; freed exactly once in Drop.
        let raw = unsafe { (api.new)() };
        let index = ports.iter().enumerate().map(|(i, p)| (p.name.clone(), i)).collect();
        Ok(Model {
            api,
            raw,
            name: name.to_string(),
            table: PortTable { ports, index },
            clock,
            dir,
            from_cache,
            build_time: start.elapsed(),
            tracing: false,
        })
    }

    /// The ports of `top`, in header order.
    pub fn ports(&self) -> &[Port] {
        &self.table.ports
    }

    /// The port called `name`, if any.
    pub fn port(&self, name: &str) -> Option<&Port> {
        self.table.index.get(name).map(|&i| &self.table.ports[i])
    }

    /// The cache directory holding the Verilog, the Verilator output and the library.
    pub fn cache_dir(&self) -> &Path {
        &self.dir
    }

    /// True when `build` found a finished library in the cache instead of compiling.
    pub fn from_cache(&self) -> bool {
        self.from_cache
    }

    /// Wall-clock time `build` took (lookup + verilate + compile + load).
    pub fn build_time(&self) -> Duration {
        self.build_time
    }

    /// Simulation time: advances by 1 per clock edge, 2 per `tick`.
    pub fn time(&self) -> u64 {
        // SAFETY: `raw` is a live model.
        unsafe { (self.api.time)(self.raw) }
    }

    fn lookup(&self, port: &str) -> usize {
        match self.table.index.get(port) {
            Some(&i) => i,
            None => {
                let list: Vec<String> = self
                    .table
                    .ports
                    .iter()
                    .map(|p| format!("{} ({} {})", p.name, p.dir.as_str(), p.width))
                    .collect();
                panic!(
                    "vtb model `{}`: no port named `{port}`; available ports: {}",
                    self.name,
                    list.join(", ")
                )
            }
        }
    }

    /// A handle for `port`, for hot loops that should skip the name lookup.
    /// Panics if the port is unknown.
    pub fn id(&self, port: &str) -> PortId {
        PortId(self.lookup(port))
    }

    /// Sets an input from little-endian 32-bit words; missing high words are zero.
    /// Panics if the port is unknown, an output, or the value has a bit set at or
    /// above the port's width.
    pub fn set_wide(&mut self, port: &str, words: &[u32]) {
        let i = self.lookup(port);
        self.write(i, words)
    }

    /// Sets an input of any width up to 64 bits (or a wider one to a small value).
    pub fn set(&mut self, port: &str, value: u64) {
        let i = self.lookup(port);
        self.write(i, &[value as u32, (value >> 32) as u32])
    }

    /// `set` through a handle from `id`.
    pub fn set_id(&mut self, port: PortId, value: u64) {
        self.write(port.0, &[value as u32, (value >> 32) as u32])
    }

    /// Sets an input from a `u128` (ports up to 128 bits, or wider ones to small values).
    pub fn set_u128(&mut self, port: &str, value: u128) {
        let i = self.lookup(port);
        let w: [u32; 4] = std::array::from_fn(|k| (value >> (32 * k)) as u32);
        self.write(i, &w)
    }

    fn write(&mut self, i: usize, words: &[u32]) {
        let p = &self.table.ports[i];
        if p.dir == Direction::Output {
            panic!("vtb model `{}`: port `{}` is an output and cannot be set", self.name, p.name);
        }
        let n = p.words();
        let top_bits = p.width as usize % 32;
        let high = |k: usize| words.get(k).copied().unwrap_or(0);
        let too_wide = words.iter().skip(n).any(|&w| w != 0) || (top_bits != 0 && high(n - 1) >> top_bits != 0);
        if too_wide {
            panic!(
                "vtb model `{}`: value {} does not fit in {}-bit port `{}`",
                self.name,
                hex_words(words),
                p.width,
                p.name
            );
        }
        if words.len() >= n {
            // SAFETY: `words` holds at least the `n` words the shim reads for port `i`.
            unsafe { (self.api.set)(self.raw, i as u32, words.as_ptr()) }
        } else {
            let mut buf = vec![0u32; n];
            buf[..words.len()].copy_from_slice(words);
            // SAFETY: `buf` holds exactly the `n` words the shim reads for port `i`.
            unsafe { (self.api.set)(self.raw, i as u32, buf.as_ptr()) }
        }
    }

    fn read_into(&self, i: usize, buf: &mut [u32]) {
        assert!(buf.len() >= self.table.ports[i].words());
        // SAFETY: `buf` has room for the words the shim writes for port `i`.
        unsafe { (self.api.get)(self.raw, i as u32, buf.as_mut_ptr()) };
    }

    /// Reads a port as little-endian 32-bit words (exactly `ceil(width/32)` of them).
    pub fn get_wide(&self, port: &str) -> Vec<u32> {
        let i = self.lookup(port);
        let mut buf = vec![0u32; self.table.ports[i].words()];
        self.read_into(i, &mut buf);
        buf
    }

    /// Reads a port of at most 64 bits; panics for wider ports (use `get_wide`/`get_u128`).
    pub fn get(&self, port: &str) -> u64 {
        self.get_id(PortId(self.lookup(port)))
    }

    /// `get` through a handle from `id`.
    pub fn get_id(&self, port: PortId) -> u64 {
        let p = &self.table.ports[port.0];
        if p.width > 64 {
            panic!("vtb model `{}`: port `{}` is {} bits; use get_u128 or get_wide", self.name, p.name, p.width);
        }
        let mut w = [0u32; 2];
        self.read_into(port.0, &mut w);
        (w[1] as u64) << 32 | w[0] as u64
    }

    /// Reads a port of at most 128 bits; panics for wider ports (use `get_wide`).
    pub fn get_u128(&self, port: &str) -> u128 {
        let i = self.lookup(port);
        let p = &self.table.ports[i];
        if p.width > 128 {
            panic!("vtb model `{}`: port `{}` is {} bits; use get_wide", self.name, p.name, p.width);
        }
        let mut w = [0u32; 4];
        self.read_into(i, &mut w);
        w.iter().rev().fold(0u128, |acc, &x| (acc << 32) | x as u128)
    }

    /// Settles combinational logic after inputs changed, without a clock edge.
    pub fn eval(&mut self) {
        // SAFETY: `raw` is a live model.
        unsafe { (self.api.eval)(self.raw) }
    }

    /// One clock period on the clock port: clock 0, eval, clock 1, eval (the
    /// rising edge). With tracing on, both edges are dumped.
    pub fn tick(&mut self) {
        self.ticks(1)
    }

    /// `n` clock periods without returning to Rust in between.
    pub fn ticks(&mut self, n: u64) {
        if self.clock.is_none() {
            panic!(
                "vtb model `{}`: tick needs a 1-bit input port `clock` (set BuildOptions::clock for another name)",
                self.name
            );
        }
        // SAFETY: `raw` is a live model.
        unsafe { (self.api.tick)(self.raw, n) }
    }

    /// Starts dumping an FST waveform to `path` from now on (replacing any open trace).
    pub fn trace(&mut self, path: impl AsRef<Path>) -> Result<(), Error> {
        let path = path.as_ref();
        match path.extension().and_then(|e| e.to_str()) {
            Some("fst") => {}
            _ => {
                return Err(Error::new(format!(
                    "trace {}: only FST output is built in (name the file *.fst)",
                    path.display()
                )))
            }
        }
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|e| Error::io("create", parent, e))?;
        }
        let c = CString::new(path.to_string_lossy().as_bytes())
            .map_err(|_| Error::new(format!("trace path {} contains NUL", path.display())))?;
        // SAFETY: `raw` is live and `c` outlives the call.
        let rc = unsafe { (self.api.trace_open)(self.raw, c.as_ptr()) };
        if rc != 0 {
            return Err(Error::new(format!("cannot open trace file {}", path.display())));
        }
        self.tracing = true;
        Ok(())
    }

    /// Flushes buffered trace data to the file (the trace stays open).
    pub fn trace_flush(&mut self) {
        // SAFETY: `raw` is a live model.
        unsafe { (self.api.trace_flush)(self.raw) }
    }

    /// Closes the trace file, if one is open. Dropping the model also closes it.
    pub fn trace_close(&mut self) {
        if self.tracing {
            // SAFETY: `raw` is a live model.
            unsafe { (self.api.trace_close)(self.raw) };
            self.tracing = false;
        }
    }
}

impl Drop for Model {
    fn drop(&mut self) {
        // SAFETY: `raw` came from `new` and is freed only here.
        unsafe { (self.api.free)(self.raw) }
    }
}

fn hex_words(words: &[u32]) -> String {
    let mut s = String::from("0x");
    let mut started = false;
    for (k, w) in words.iter().enumerate().rev() {
        if started {
            s.push_str(&format!("{w:08x}"));
        } else if *w != 0 || k == 0 {
            s.push_str(&format!("{w:x}"));
            started = true;
        }
    }
    s
}

/// Verilates and compiles into a temporary directory, then publishes it as `dir`.
fn build_into(
    v: &toolchain::Verilator,
    verilog: &str,
    ports: &[Port],
    clock: Option<usize>,
    opts: &BuildOptions,
    dir: &Path,
) -> Result<(), Error> {
    let tmp = toolchain::temp_dir_for(dir)?;
    let result = (|| {
        let src = tmp.join("top.v");
        std::fs::write(&src, verilog).map_err(|e| Error::io("write", &src, e))?;
        let obj = tmp.join("obj");
        let mut cmd = Command::new("verilator");
        cmd.current_dir(&tmp).args(toolchain::VERILATE_FLAGS).arg("--Mdir").arg(&obj).arg(&src);
        let out = toolchain::run("verilator", &mut cmd)?;
        let log = tmp.join("verilator.log");
        let _ = std::fs::write(&log, [out.stdout, out.stderr].concat());

        let read = |p: PathBuf| std::fs::read_to_string(&p).map_err(|e| Error::io("read", &p, e));
        let header = read(obj.join("Vtop.h"))?;
        shim::check_against_header(ports, &shim::parse_model_header(&header))?;
        let mk = read(obj.join("Vtop_classes.mk"))?;
        let classes: Vec<String> = ["VM_CLASSES_FAST", "VM_CLASSES_SLOW", "VM_SUPPORT_FAST", "VM_SUPPORT_SLOW"]
            .iter()
            .flat_map(|var| toolchain::mk_list(&mk, var))
            .collect();
        let globals: Vec<String> = ["VM_GLOBAL_FAST", "VM_GLOBAL_SLOW"]
            .iter()
            .flat_map(|var| toolchain::mk_list(&mk, var))
            .collect();
        if classes.is_empty() || globals.is_empty() {
            return Err(Error::new(format!("no classes found in {}", obj.join("Vtop_classes.mk").display())));
        }
        let runtime = toolchain::runtime_objects(v, &globals)?;
        let shim_path = obj.join("vtb_shim.cpp");
        std::fs::write(&shim_path, shim::generate(ports, clock)).map_err(|e| Error::io("write", &shim_path, e))?;
        let tmp_lib = tmp.join("libvtb_model.so");
        toolchain::compile_model(v, &obj, &classes, &runtime, &opts.cxx_opt, &tmp_lib)?;
        std::fs::write(tmp.join(DONE), b"").map_err(|e| Error::io("write", &tmp, e))?;
        Ok(())
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_dir_all(&tmp);
        return Err(e);
    }
    toolchain::publish(&tmp, dir)
}
