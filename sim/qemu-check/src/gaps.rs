//! The list of QEMU's known gaps: programs whose behaviour QEMU does not
//! model, each with the reason, so nothing is skipped silently.
//!
//! One entry per line, `#` starts a comment:
//!   `name: reason`           QEMU cannot match at all (output or exit status)
//!   `name lockstep: reason`  output and exit status must match, but the
//!                            per-instruction lock-step comparison cannot
//!   `name varies: reason`    QEMU's result depends on host timing: run,
//!                            reported, but neither outcome is an error

use std::collections::BTreeMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Not comparable with QEMU at all.
    All,
    /// Output comparable, lock-step not.
    Lockstep,
    /// QEMU's outcome depends on the host (e.g. its timer runs in host
    /// time), so a match does not make the entry stale.
    Varies,
}

#[derive(Clone, Debug)]
pub struct Gap {
    pub scope: Scope,
    pub reason: String,
}

pub fn parse(text: &str) -> Result<BTreeMap<String, Gap>, String> {
    let mut gaps = BTreeMap::new();
    for (n, raw) in text.lines().enumerate() {
        let line = raw.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let (head, reason) = line
            .split_once(':')
            .ok_or_else(|| format!("gap list line {}: expected `name[ lockstep|varies]: reason`", n + 1))?;
        let reason = reason.trim();
        if reason.is_empty() {
            return Err(format!("gap list line {}: a gap needs a reason", n + 1));
        }
        let mut words = head.split_whitespace();
        let name = words.next().ok_or_else(|| format!("gap list line {}: missing program name", n + 1))?;
        let scope = match words.next() {
            None => Scope::All,
            Some("lockstep") => Scope::Lockstep,
            Some("varies") => Scope::Varies,
            Some(other) => return Err(format!("gap list line {}: unknown scope {other:?}", n + 1)),
        };
        let gap = Gap { scope, reason: reason.to_string() };
        if gaps.insert(name.to_string(), gap).is_some() {
            return Err(format!("gap list line {}: {name} listed twice", n + 1));
        }
    }
    Ok(gaps)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_both_scopes_and_rejects_bad_lines() {
        let gaps = parse("# c\nbuserr: QEMU has no bus errors\ntimer lockstep: virtual time\n").unwrap();
        assert_eq!(gaps["buserr"].scope, Scope::All);
        assert_eq!(gaps["timer"].scope, Scope::Lockstep);
        assert!(parse("x:\n").is_err());
        assert!(parse("x y: r\n").is_err());
        assert!(parse("no colon\n").is_err());
        assert!(parse("a: r\na: r\n").is_err());
    }
}
