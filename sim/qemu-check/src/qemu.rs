//! Running `qemu-system-or1k -M virt` and reading its per-instruction trace.
//!
//! With `-singlestep -d exec,cpu,nochain` QEMU logs, before every
//! instruction, a `Trace` line followed by `PC=xxxxxxxx` and the 32 GPRs
//! (`R00=... R03=...`, four per line). That is the state *before* the
//! instruction at PC executes, which is what the lock-step comparison needs.

use std::io::{BufRead, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Architectural state QEMU printed before executing the instruction at `pc`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QemuState {
    pub pc: u32,
    pub gpr: [u32; 32],
}

/// Streaming parser of QEMU's `-d exec,cpu` log.
pub struct TraceParser<R> {
    reader: R,
    line: String,
    line_no: u64,
}

impl<R: BufRead> TraceParser<R> {
    pub fn new(reader: R) -> Self {
        TraceParser { reader, line: String::new(), line_no: 0 }
    }

    fn next_line(&mut self) -> Result<bool, String> {
        self.line.clear();
        self.line_no += 1;
        let n = self.reader.read_line(&mut self.line).map_err(|e| format!("reading QEMU trace: {e}"))?;
        Ok(n > 0)
    }

    fn parse_state(&mut self) -> Result<QemuState, String> {
        let pc_text = self.line.trim().strip_prefix("PC=").unwrap_or("");
        let pc = u32::from_str_radix(pc_text, 16)
            .map_err(|_| format!("QEMU trace line {}: bad PC line {:?}", self.line_no, self.line.trim()))?;
        let mut gpr = [0u32; 32];
        let mut seen = 0;
        while seen < 32 {
            if !self.next_line()? {
                return Err(format!("QEMU trace ended inside the register dump at line {}", self.line_no));
            }
            for field in self.line.split_whitespace() {
                let (name, value) = field
                    .split_once('=')
                    .ok_or_else(|| format!("QEMU trace line {}: unexpected {:?}", self.line_no, field))?;
                let idx: usize = name
                    .strip_prefix('R')
                    .and_then(|n| n.parse().ok())
                    .filter(|&n: &usize| n < 32)
                    .ok_or_else(|| format!("QEMU trace line {}: unexpected register {:?}", self.line_no, name))?;
                gpr[idx] = u32::from_str_radix(value, 16)
                    .map_err(|_| format!("QEMU trace line {}: bad value {:?}", self.line_no, value))?;
                seen += 1;
            }
        }
        Ok(QemuState { pc, gpr })
    }
}

impl<R: BufRead> Iterator for TraceParser<R> {
    type Item = Result<QemuState, String>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            match self.next_line() {
                Err(e) => return Some(Err(e)),
                Ok(false) => return None,
                Ok(true) if self.line.starts_with("PC=") => return Some(self.parse_state()),
                Ok(true) => continue,
            }
        }
    }
}

/// How a QEMU run ended.
#[derive(Debug)]
pub struct QemuOutcome {
    pub uart: Vec<u8>,
    /// Exit status (the finisher's code), or None if QEMU was killed.
    pub status: Option<i32>,
    pub timed_out: bool,
}

/// A running `qemu-system-or1k -M virt -nographic -kernel elf`.
pub struct Qemu {
    child: Child,
    stdout_reader: Option<std::thread::JoinHandle<Vec<u8>>>,
    fifo: Option<PathBuf>,
}

impl Qemu {
    /// Starts QEMU. With `trace_fifo`, QEMU logs every instruction into that
    /// named pipe (created here), which the caller must read with
    /// [`Qemu::open_trace`] — a pipe keeps multi-gigabyte logs off the disk.
    pub fn start(elf: &Path, trace_fifo: Option<&Path>) -> Result<Qemu, String> {
        let mut cmd = Command::new("qemu-system-or1k");
        cmd.args(["-M", "virt", "-nographic", "-monitor", "none", "-kernel"]).arg(elf);
        if let Some(fifo) = trace_fifo {
            let _ = std::fs::remove_file(fifo);
            let status = Command::new("mkfifo")
                .arg(fifo)
                .status()
                .map_err(|e| format!("mkfifo: {e}"))?;
            if !status.success() {
                return Err(format!("mkfifo {} failed", fifo.display()));
            }
            cmd.args(["-singlestep", "-d", "exec,cpu,nochain", "-D"]).arg(fifo);
        }
        cmd.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::inherit());
        let mut child = cmd.spawn().map_err(|e| {
            format!("cannot start qemu-system-or1k ({e}); run scripts/bootstrap.sh to install qemu-system-misc")
        })?;
        let mut stdout = child.stdout.take().expect("piped stdout");
        let stdout_reader = std::thread::spawn(move || {
            let mut buf = Vec::new();
            let _ = stdout.read_to_end(&mut buf);
            buf
        });
        Ok(Qemu { child, stdout_reader: Some(stdout_reader), fifo: trace_fifo.map(Path::to_path_buf) })
    }

    /// Opens the trace pipe for reading (blocks until QEMU opens it).
    pub fn open_trace(&self) -> Result<TraceParser<std::io::BufReader<std::fs::File>>, String> {
        let fifo = self.fifo.as_ref().ok_or("QEMU was started without a trace")?;
        let file = std::fs::File::open(fifo).map_err(|e| format!("{}: {e}", fifo.display()))?;
        Ok(TraceParser::new(std::io::BufReader::with_capacity(1 << 20, file)))
    }

    /// Waits for QEMU to end (killing it after `timeout`), returns its output.
    pub fn wait(mut self, timeout: Duration) -> QemuOutcome {
        let start = Instant::now();
        let mut timed_out = false;
        let status = loop {
            match self.child.try_wait() {
                Ok(Some(status)) => break status.code(),
                Ok(None) if start.elapsed() > timeout => {
                    timed_out = true;
                    let _ = self.child.kill();
                    let _ = self.child.wait();
                    break None;
                }
                Ok(None) => std::thread::sleep(Duration::from_millis(5)),
                Err(_) => break None,
            }
        };
        let uart = self.stdout_reader.take().map(|h| h.join().unwrap_or_default()).unwrap_or_default();
        QemuOutcome { uart, status, timed_out }
    }
}

impl Drop for Qemu {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        if let Some(fifo) = &self.fifo {
            let _ = std::fs::remove_file(fifo);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_states_and_skips_other_lines() {
        let mut log = String::from("Trace 0: 0x7f [00000000/00000100/00000005/ff000201] \n");
        log.push_str("PC=00000100\n");
        for row in 0..8 {
            let regs: Vec<String> = (0..4).map(|c| format!("R{:02}={:08x}", row * 4 + c, row * 4 + c)).collect();
            log.push_str(&regs.join(" "));
            log.push('\n');
        }
        let states: Vec<_> = TraceParser::new(log.as_bytes()).collect::<Result<_, _>>().unwrap();
        assert_eq!(states.len(), 1);
        assert_eq!(states[0].pc, 0x100);
        assert_eq!(states[0].gpr[31], 31);
    }

    #[test]
    fn truncated_dump_is_an_error() {
        let log = "PC=00000100\nR00=00000000 R01=00000000\n";
        let result: Result<Vec<_>, _> = TraceParser::new(log.as_bytes()).collect();
        assert!(result.unwrap_err().contains("ended inside"));
    }
}
