//! The verifier's side of remote attestation (docs/ATTESTATION.md): the
//! device certificate and the attestation report decoded, the ROM and
//! hypervisor measurements recomputed, and [`verify`], which runs every
//! check of the chain manufacturer → device key → report → expected VM and
//! records each one. `vmsp-verify` is its command line.
//!
//! ```text
//! cert   = BE32(CERT_MAGIC) || BE32(CERT_VERSION) || X || Y || r || s          136 bytes
//!          (r, s) by the manufacturer over SHA-256(cert[0..72])
//! report = magic, version, VMID, policy, launch, ROM, HV, HV base/size/count,
//!          reserved, report data (64), X || Y, r || s                          320 bytes
//!          (r, s) by the device key over SHA-256(report[0..256]); s <= n/2 in both
//! ROM    = SHA-256( BE32(MEASURE_TAG_ROM) || BE32(SM_ROM_SIZE) || the ROM, zero-padded )
//! HV     = SHA-256( BE32(MEASURE_TAG_HV) || BE32(base) || BE32(size) || the bytes )
//! ```

use crate::measure::{self, Measurement, Region};
use anyhow::{bail, ensure, Context, Result};
use k256::ecdsa::signature::hazmat::PrehashVerifier;
use k256::ecdsa::{Signature, VerifyingKey};
use or1k_arch::*;
use serde::Serialize;
use sha2::{Digest, Sha256};

/// A 64-byte secp256k1 public key, X || Y big-endian.
pub type PublicKey = [u8; 64];

fn be32(b: &[u8], off: u32) -> u32 {
    u32::from_be_bytes(b[off as usize..off as usize + 4].try_into().unwrap())
}

fn array<const N: usize>(b: &[u8], off: u32) -> [u8; N] {
    b[off as usize..off as usize + N].try_into().unwrap()
}

/// Lower-case hex of any bytes.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Hex digits (an optional `0x`, surrounding white space ignored) as bytes.
pub fn parse_hex(s: &str) -> Result<Vec<u8>> {
    let t = s.trim();
    let t = t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")).unwrap_or(t);
    ensure!(t.len().is_multiple_of(2), "'{s}': an odd number of hex digits");
    ensure!(t.bytes().all(|c| c.is_ascii_hexdigit()), "'{s}': not hex digits");
    Ok((0..t.len()).step_by(2).map(|i| u8::from_str_radix(&t[i..i + 2], 16).unwrap()).collect())
}

/// [`parse_hex`] of exactly 32 bytes (a measurement).
pub fn parse_digest(s: &str) -> Result<Measurement> {
    let v = parse_hex(s)?;
    v.as_slice()
        .try_into()
        .map_err(|_| anyhow::anyhow!("'{s}': {} bytes, a measurement is 32 (64 hex digits)", v.len()))
}

/// A public key from 128 hex digits X || Y (or 130 with the SEC1 `04` prefix),
/// checked to be a point of secp256k1.
pub fn parse_public_key(s: &str) -> Result<PublicKey> {
    let v = parse_hex(s)?;
    let v = match v.len() {
        65 if v[0] == 4 => v[1..].to_vec(),
        _ => v,
    };
    let key: PublicKey = v
        .as_slice()
        .try_into()
        .map_err(|_| anyhow::anyhow!("{} bytes, a public key is 64 (128 hex digits X || Y)", v.len()))?;
    verifying_key(&key).context("not a point of secp256k1")?;
    Ok(key)
}

/// The k256 key of X || Y; an error when it is not a curve point.
pub fn verifying_key(key: &PublicKey) -> Result<VerifyingKey> {
    let mut sec1 = [0u8; 65];
    sec1[0] = 4;
    sec1[1..].copy_from_slice(key);
    VerifyingKey::from_sec1_bytes(&sec1)
        .map_err(|_| anyhow::anyhow!("public key {} is not a point of secp256k1", hex(key)))
}

/// The public key of the test manufacturer key (`secure_unit::identity::TEST_MFR_KEY`).
pub fn test_manufacturer_key() -> PublicKey {
    secure_unit::identity::public_key_of(&secure_unit::identity::TEST_MFR_KEY)
}

/// A device certificate, decoded (fields as stored; [`Cert::parse`] checks them).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cert {
    pub magic: u32,
    pub version: u32,
    pub public_key: PublicKey,
    /// r || s
    pub signature: [u8; 64],
    pub bytes: [u8; CERT_BYTES as usize],
}

impl Cert {
    /// Decodes any CERT_BYTES bytes; only the length is checked.
    pub fn decode(bytes: &[u8]) -> Result<Self> {
        ensure!(bytes.len() == CERT_BYTES as usize, "{} bytes, a device certificate is {CERT_BYTES}", bytes.len());
        Ok(Self {
            magic: be32(bytes, CERT_OFF_MAGIC),
            version: be32(bytes, CERT_OFF_VERSION),
            public_key: array(bytes, CERT_OFF_PUBKEY),
            signature: array(bytes, CERT_OFF_SIG),
            bytes: bytes.try_into().unwrap(),
        })
    }

    /// [`decode`](Self::decode), and an error for a wrong magic or version.
    pub fn parse(bytes: &[u8]) -> Result<Self> {
        let c = Self::decode(bytes)?;
        c.check_format()?;
        Ok(c)
    }

    fn check_format(&self) -> Result<()> {
        ensure!(
            self.magic == CERT_MAGIC,
            "magic 0x{:08x}, a certificate's is 0x{CERT_MAGIC:08x} (\"VMSC\")",
            self.magic
        );
        ensure!(self.version == CERT_VERSION, "version {}, this verifier knows {CERT_VERSION}", self.version);
        Ok(())
    }

    /// SHA-256 of the signed bytes.
    pub fn signed_digest(&self) -> [u8; 32] {
        Sha256::digest(&self.bytes[..CERT_SIGNED as usize]).into()
    }
}

/// An attestation report, decoded (fields as stored; [`Report::parse`] checks them).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    pub magic: u32,
    pub version: u32,
    pub vmid: u32,
    pub policy: u32,
    pub launch: Measurement,
    pub rom: Measurement,
    pub hv: Measurement,
    pub hv_base: u32,
    pub hv_size: u32,
    pub hv_count: u32,
    pub reserved: u32,
    pub data: [u8; REPORT_DATA_BYTES as usize],
    pub public_key: PublicKey,
    /// r || s
    pub signature: [u8; 64],
    pub bytes: [u8; REPORT_BYTES as usize],
}

impl Report {
    /// Decodes any REPORT_BYTES bytes; only the length is checked.
    pub fn decode(bytes: &[u8]) -> Result<Self> {
        ensure!(bytes.len() == REPORT_BYTES as usize, "{} bytes, an attestation report is {REPORT_BYTES}", bytes.len());
        Ok(Self {
            magic: be32(bytes, REPORT_OFF_MAGIC),
            version: be32(bytes, REPORT_OFF_VERSION),
            vmid: be32(bytes, REPORT_OFF_VMID),
            policy: be32(bytes, REPORT_OFF_POLICY),
            launch: array(bytes, REPORT_OFF_LAUNCH),
            rom: array(bytes, REPORT_OFF_ROM),
            hv: array(bytes, REPORT_OFF_HV),
            hv_base: be32(bytes, REPORT_OFF_HV_BASE),
            hv_size: be32(bytes, REPORT_OFF_HV_SIZE),
            hv_count: be32(bytes, REPORT_OFF_HV_COUNT),
            reserved: be32(bytes, REPORT_OFF_RESERVED),
            data: array(bytes, REPORT_OFF_DATA),
            public_key: array(bytes, REPORT_OFF_PUBKEY),
            signature: array(bytes, REPORT_OFF_SIG),
            bytes: bytes.try_into().unwrap(),
        })
    }

    /// [`decode`](Self::decode), and an error for a wrong magic or version
    /// (the reserved word is [`verify`]'s business).
    pub fn parse(bytes: &[u8]) -> Result<Self> {
        let r = Self::decode(bytes)?;
        r.check_magic_version()?;
        Ok(r)
    }

    fn check_magic_version(&self) -> Result<()> {
        ensure!(
            self.magic == REPORT_MAGIC,
            "magic 0x{:08x}, a report's is 0x{REPORT_MAGIC:08x} (\"VMSR\")",
            self.magic
        );
        ensure!(self.version == REPORT_VERSION, "version {}, this verifier knows {REPORT_VERSION}", self.version);
        Ok(())
    }

    /// SHA-256 of the signed bytes.
    pub fn signed_digest(&self) -> [u8; 32] {
        Sha256::digest(&self.bytes[..REPORT_SIGNED as usize]).into()
    }
}

/// The ROM measurement of the monitor ROM's words (big-endian, as the
/// hardware holds them), zero-padded to SM_ROM_SIZE.
pub fn rom_measurement(words: &[u32]) -> Result<Measurement> {
    ensure!(
        words.len() * 4 <= SM_ROM_SIZE as usize,
        "the monitor ROM image is {} bytes, the ROM holds 0x{SM_ROM_SIZE:x}",
        words.len() * 4
    );
    let mut h = Sha256::new();
    h.update(MEASURE_TAG_ROM.to_be_bytes());
    h.update(SM_ROM_SIZE.to_be_bytes());
    for w in words {
        h.update(w.to_be_bytes());
    }
    h.update(vec![0u8; SM_ROM_SIZE as usize - words.len() * 4]);
    Ok(h.finalize().into())
}

/// The ROM measurement a device running this security monitor (its ELF,
/// e.g. `sm.elf`) reports.
pub fn expected_rom_measurement(elf: &[u8]) -> Result<Measurement> {
    let words = or1k_image::monitor_rom_words(elf).map_err(|e| anyhow::anyhow!("{e}"))?;
    rom_measurement(&words)
}

/// The measurement `SMC_MEASURE_HV` takes of `bytes` at host address `base`.
pub fn hv_measurement(base: u32, bytes: &[u8]) -> Measurement {
    let size = u32::try_from(bytes.len()).expect("a hypervisor range fits in 32 bits");
    let mut h = Sha256::new();
    h.update(MEASURE_TAG_HV.to_be_bytes());
    h.update(base.to_be_bytes());
    h.update(size.to_be_bytes());
    h.update(bytes);
    h.finalize().into()
}

/// What the launch measurement must be.
#[derive(Clone, Debug)]
pub enum Launch {
    /// A measurement given as is.
    Measurement(Measurement),
    /// Recomputed as `vmsp-measure` does (docs/MONITOR.md) with the expected
    /// policy, or with the report's when none is expected (the measurement
    /// binds the policy, so a match proves the report's).
    Image { image: Vec<u8>, load_gpa: u32, regions: Vec<Region> },
}

/// What the verifier expects; `None` / `false`: not checked.
#[derive(Clone, Debug)]
pub struct Expected {
    /// The manufacturer's public key (the trust anchor).
    pub mfr_key: PublicKey,
    /// How to name it in the verdict ("test manufacturer key", a file name).
    pub mfr_key_source: String,
    pub launch: Launch,
    /// The requester's nonce, at most REPORT_DATA_BYTES; the report data
    /// must be it zero-padded.
    pub nonce: Vec<u8>,
    pub policy: Option<u32>,
    pub require_no_debug: bool,
    pub rom: Option<Measurement>,
    pub hv: Option<Measurement>,
    pub vmid: Option<u32>,
}

impl Expected {
    /// Only the mandatory expectations, with the test manufacturer key.
    pub fn new(launch: Launch, nonce: &[u8]) -> Self {
        Self {
            mfr_key: test_manufacturer_key(),
            mfr_key_source: TEST_MFR_SOURCE.into(),
            launch,
            nonce: nonce.to_vec(),
            policy: None,
            require_no_debug: false,
            rom: None,
            hv: None,
            vmid: None,
        }
    }
}

/// The verdict's name for the default trust anchor.
pub const TEST_MFR_SOURCE: &str = "test manufacturer key";

/// A check's result.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    Pass,
    Fail,
    /// Not asked for (no expected value given); does not reject.
    Skipped,
}

/// One named check.
#[derive(Clone, Debug, Serialize)]
pub struct Check {
    pub name: &'static str,
    pub result: Outcome,
    pub reason: String,
}

/// The names of the checks, in the order [`verify`] runs them.
pub const CHECKS: [&str; 12] = [
    "report_format",
    "certificate_format",
    "certificate_signature",
    "report_key_certified",
    "report_signature",
    "launch_measurement",
    "report_data",
    "policy",
    "debug",
    "rom_measurement",
    "hv_measurement",
    "vmid",
];

/// Everything [`verify`] found.
#[derive(Clone, Debug)]
pub struct Verdict {
    pub report: Option<Report>,
    pub cert: Option<Cert>,
    pub mfr_key: PublicKey,
    pub mfr_key_source: String,
    pub checks: Vec<Check>,
}

impl Verdict {
    pub fn accepted(&self) -> bool {
        self.checks.iter().all(|c| c.result != Outcome::Fail)
    }

    pub fn first_failure(&self) -> Option<&Check> {
        self.checks.iter().find(|c| c.result == Outcome::Fail)
    }

    pub fn check(&self, name: &str) -> &Check {
        self.checks.iter().find(|c| c.name == name).unwrap_or_else(|| panic!("no check {name}"))
    }

    /// The JSON object vmsp-verify prints (docs/ATTESTATION.md).
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::to_value(self.json_view()).expect("JSON")
    }

    /// [`to_json`](Self::to_json) as the pretty text vmsp-verify prints, the
    /// keys in their documented order (verdict, manufacturer_key, checks,
    /// report, certificate; each report field in report order).
    pub fn to_json_string(&self) -> String {
        serde_json::to_string_pretty(&self.json_view()).expect("JSON")
    }

    fn json_view(&self) -> VerdictJson<'_> {
        let sig = |s: &[u8; 64]| SigJson { r: hex(&s[..32]), s: hex(&s[32..]) };
        let report = self.report.as_ref().map(|r| {
            let mut policy_flags = Vec::new();
            if r.policy & POLICY_DEBUG != 0 {
                policy_flags.push("DEBUG");
            }
            if r.policy & POLICY_NO_ENC != 0 {
                policy_flags.push("NO_ENC");
            }
            ReportJson {
                magic: format!("0x{:08x}", r.magic),
                version: r.version,
                vmid: r.vmid,
                policy: r.policy,
                policy_flags,
                launch_measurement: hex(&r.launch),
                rom_measurement: hex(&r.rom),
                hv_measurement: hex(&r.hv),
                hv_base: r.hv_base,
                hv_size: r.hv_size,
                hv_count: r.hv_count,
                reserved: r.reserved,
                report_data: hex(&r.data),
                device_public_key: hex(&r.public_key),
                signature: sig(&r.signature),
            }
        });
        let certificate = self.cert.as_ref().map(|c| CertJson {
            magic: format!("0x{:08x}", c.magic),
            version: c.version,
            device_public_key: hex(&c.public_key),
            signature: sig(&c.signature),
        });
        VerdictJson {
            verdict: if self.accepted() { "accepted" } else { "rejected" },
            manufacturer_key: MfrJson { source: &self.mfr_key_source, public_key: hex(&self.mfr_key) },
            checks: &self.checks,
            report,
            certificate,
        }
    }
}

#[derive(Serialize)]
struct SigJson {
    r: String,
    s: String,
}

#[derive(Serialize)]
struct ReportJson {
    magic: String,
    version: u32,
    vmid: u32,
    policy: u32,
    policy_flags: Vec<&'static str>,
    launch_measurement: String,
    rom_measurement: String,
    hv_measurement: String,
    hv_base: u32,
    hv_size: u32,
    hv_count: u32,
    reserved: u32,
    report_data: String,
    device_public_key: String,
    signature: SigJson,
}

#[derive(Serialize)]
struct CertJson {
    magic: String,
    version: u32,
    device_public_key: String,
    signature: SigJson,
}

#[derive(Serialize)]
struct MfrJson<'a> {
    source: &'a str,
    public_key: String,
}

#[derive(Serialize)]
struct VerdictJson<'a> {
    verdict: &'static str,
    manufacturer_key: MfrJson<'a>,
    checks: &'a [Check],
    report: Option<ReportJson>,
    certificate: Option<CertJson>,
}

/// Checks an ECDSA signature r || s over `digest` under `key`, saying why not.
fn check_signature(key: &PublicKey, digest: &[u8; 32], rs: &[u8; 64]) -> Result<()> {
    let vk = verifying_key(key)?;
    let sig = Signature::from_slice(rs).map_err(|_| anyhow::anyhow!("r or s is not in 1..n-1"))?;
    if sig.normalize_s().is_some() {
        bail!("s is high (above n/2): the format requires s normalised low, and k256 rejects high-S signatures");
    }
    vk.verify_prehash(digest, &sig).map_err(|_| anyhow::anyhow!("the signature does not verify"))
}

fn pass(name: &'static str, reason: impl Into<String>) -> Check {
    Check { name, result: Outcome::Pass, reason: reason.into() }
}

fn fail(name: &'static str, reason: impl Into<String>) -> Check {
    Check { name, result: Outcome::Fail, reason: reason.into() }
}

fn skipped(name: &'static str, reason: impl Into<String>) -> Check {
    Check { name, result: Outcome::Skipped, reason: reason.into() }
}

fn compare(name: &'static str, what: &str, got: &[u8], want: &[u8]) -> Check {
    if got == want {
        pass(name, format!("{what} {}", hex(got)))
    } else {
        fail(name, format!("{what} {}, expected {}", hex(got), hex(want)))
    }
}

/// Runs every check (the order of [`CHECKS`]) on a report and a certificate
/// as read, whatever an earlier one found, and records each one.
pub fn verify(report: &[u8], cert: &[u8], exp: &Expected) -> Verdict {
    let mut checks = Vec::new();
    let rep = Report::decode(report);
    let crt = Cert::decode(cert);

    // report format: length, magic, version, reserved
    checks.push(match &rep {
        Err(e) => fail(CHECKS[0], format!("{e:#}")),
        Ok(r) => match r.check_magic_version() {
            Err(e) => fail(CHECKS[0], format!("{e:#}")),
            Ok(()) if r.reserved != 0 => fail(CHECKS[0], format!("reserved word 0x{:08x}, must be 0", r.reserved)),
            Ok(()) => {
                pass(CHECKS[0], format!("{REPORT_BYTES} bytes, magic \"VMSR\", version {REPORT_VERSION}, reserved 0"))
            }
        },
    });
    // certificate format: length, magic, version
    checks.push(match &crt {
        Err(e) => fail(CHECKS[1], format!("{e:#}")),
        Ok(c) => match c.check_format() {
            Err(e) => fail(CHECKS[1], format!("{e:#}")),
            Ok(()) => pass(CHECKS[1], format!("{CERT_BYTES} bytes, magic \"VMSC\", version {CERT_VERSION}")),
        },
    });
    let rep = rep.ok();
    let crt = crt.ok();
    let no_report = |name| fail(name, "no report to check (wrong length)");
    let no_cert = |name| fail(name, "no certificate to check (wrong length)");

    // certificate signature under the manufacturer key
    checks.push(match &crt {
        None => no_cert(CHECKS[2]),
        Some(c) => match check_signature(&exp.mfr_key, &c.signed_digest(), &c.signature) {
            Ok(()) => pass(CHECKS[2], format!("signed by the manufacturer ({})", exp.mfr_key_source)),
            Err(e) => fail(CHECKS[2], format!("not signed by the manufacturer ({}): {e:#}", exp.mfr_key_source)),
        },
    });
    // the report's key is the certified one
    checks.push(match (&rep, &crt) {
        (None, _) => no_report(CHECKS[3]),
        (_, None) => no_cert(CHECKS[3]),
        (Some(r), Some(c)) if r.public_key == c.public_key => {
            pass(CHECKS[3], "the report's public key is the certificate's")
        }
        (Some(r), Some(c)) => fail(
            CHECKS[3],
            format!("the report's public key {} is not the certificate's {}", hex(&r.public_key), hex(&c.public_key)),
        ),
    });
    // the report's signature under its (certified: above) key
    checks.push(match &rep {
        None => no_report(CHECKS[4]),
        Some(r) => match check_signature(&r.public_key, &r.signed_digest(), &r.signature) {
            Ok(()) => pass(CHECKS[4], "signed by the device key over SHA-256 of bytes 0..256"),
            Err(e) => fail(CHECKS[4], format!("not signed by the report's device key: {e:#}")),
        },
    });
    // launch measurement
    checks.push(match &rep {
        None => no_report(CHECKS[5]),
        Some(r) => match &exp.launch {
            Launch::Measurement(m) => compare(CHECKS[5], "launch measurement", &r.launch, m),
            Launch::Image { image, load_gpa, regions } => {
                let policy = exp.policy.unwrap_or(r.policy);
                match measure::measure_image(image, *load_gpa, policy, regions) {
                    Ok(m) => {
                        let mut c = compare(CHECKS[5], "launch measurement", &r.launch, &m);
                        c.reason += &format!(" (recomputed from the image with policy 0x{policy:x})");
                        c
                    }
                    Err(e) => fail(CHECKS[5], format!("cannot recompute with policy 0x{policy:x}: {e:#}")),
                }
            }
        },
    });
    // report data = the nonce, zero-padded
    checks.push(match &rep {
        None => no_report(CHECKS[6]),
        Some(_) if exp.nonce.len() > REPORT_DATA_BYTES as usize => {
            fail(CHECKS[6], format!("the nonce is {} bytes, at most {REPORT_DATA_BYTES}", exp.nonce.len()))
        }
        Some(r) => {
            let mut want = [0u8; REPORT_DATA_BYTES as usize];
            want[..exp.nonce.len()].copy_from_slice(&exp.nonce);
            if r.data == want {
                pass(CHECKS[6], format!("the report data is the {}-byte nonce, zero-padded", exp.nonce.len()))
            } else {
                fail(
                    CHECKS[6],
                    format!("the report data {} is not the nonce {} zero-padded", hex(&r.data), hex(&exp.nonce)),
                )
            }
        }
    });
    // policy
    checks.push(match (&rep, exp.policy) {
        (None, _) => no_report(CHECKS[7]),
        (Some(r), None) => skipped(CHECKS[7], format!("no expected policy; the report's is 0x{:08x}", r.policy)),
        (Some(r), Some(p)) if r.policy == p => pass(CHECKS[7], format!("policy 0x{p:08x}")),
        (Some(r), Some(p)) => fail(CHECKS[7], format!("policy 0x{:08x}, expected 0x{p:08x}", r.policy)),
    });
    // debug
    checks.push(match &rep {
        None => no_report(CHECKS[8]),
        Some(r) => {
            let debug = r.policy & POLICY_DEBUG != 0;
            match (exp.require_no_debug, debug) {
                (false, _) => {
                    skipped(CHECKS[8], format!("not required; debug is {}", if debug { "on" } else { "off" }))
                }
                (true, false) => pass(CHECKS[8], "debug is off (POLICY_DEBUG clear)"),
                (true, true) => fail(CHECKS[8], "debug is on (POLICY_DEBUG set): the host may debug this VM"),
            }
        }
    });
    // ROM
    checks.push(match (&rep, &exp.rom) {
        (None, _) => no_report(CHECKS[9]),
        (Some(r), None) => skipped(CHECKS[9], format!("no expected ROM measurement; the report's is {}", hex(&r.rom))),
        (Some(r), Some(m)) => compare(CHECKS[9], "ROM measurement", &r.rom, m),
    });
    // HV
    checks.push(match (&rep, &exp.hv) {
        (None, _) => no_report(CHECKS[10]),
        (Some(r), None) => skipped(
            CHECKS[10],
            format!("no expected hypervisor measurement; the report has {} (count {})", hex(&r.hv), r.hv_count),
        ),
        (Some(r), Some(_)) if r.hv_count == 0 => fail(CHECKS[10], "the report has no hypervisor measurement (count 0)"),
        (Some(r), Some(m)) => {
            let mut c = compare(CHECKS[10], "hypervisor measurement", &r.hv, m);
            c.reason +=
                &format!(" (range 0x{:08x}+0x{:x}, measurement {} since reset)", r.hv_base, r.hv_size, r.hv_count);
            c
        }
    });
    // VMID
    checks.push(match (&rep, exp.vmid) {
        (None, _) => no_report(CHECKS[11]),
        (Some(r), None) => skipped(CHECKS[11], format!("no expected VMID; the report's is {}", r.vmid)),
        (Some(r), Some(v)) if r.vmid == v => pass(CHECKS[11], format!("VMID {v}")),
        (Some(r), Some(v)) => fail(CHECKS[11], format!("VMID {}, expected {v}", r.vmid)),
    });
    debug_assert!(checks.iter().map(|c| c.name).eq(CHECKS));
    Verdict { report: rep, cert: crt, mfr_key: exp.mfr_key, mfr_key_source: exp.mfr_key_source.clone(), checks }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hv_and_rom_known_answers() {
        let mut msg = b"HYPV".to_vec();
        msg.extend_from_slice(&[0, 0, 0x10, 0, 0, 0, 0, 3]);
        msg.extend_from_slice(b"abc");
        assert_eq!(hv_measurement(0x1000, b"abc"), <[u8; 32]>::from(Sha256::digest(&msg)));

        let mut rom = b"ROM ".to_vec();
        rom.extend_from_slice(&SM_ROM_SIZE.to_be_bytes());
        let mut img = vec![0u8; SM_ROM_SIZE as usize];
        img[..8].copy_from_slice(&[1, 2, 3, 4, 5, 6, 7, 8]);
        rom.extend_from_slice(&img);
        assert_eq!(rom_measurement(&[0x0102_0304, 0x0506_0708]).unwrap(), <[u8; 32]>::from(Sha256::digest(&rom)));
        assert!(rom_measurement(&vec![0; SM_ROM_SIZE as usize / 4 + 1]).is_err());
    }

    #[test]
    fn hex_parsing() {
        assert_eq!(parse_hex("0x0aFF").unwrap(), vec![0x0a, 0xff]);
        assert_eq!(parse_hex("").unwrap(), Vec::<u8>::new());
        assert!(parse_hex("abc").is_err());
        assert!(parse_hex("zz").is_err());
        assert!(parse_digest("00").is_err());
        let k = test_manufacturer_key();
        assert_eq!(parse_public_key(&hex(&k)).unwrap(), k);
        assert_eq!(parse_public_key(&format!("04{}\n", hex(&k))).unwrap(), k);
        let mut bad = k;
        bad[63] ^= 1;
        assert!(parse_public_key(&hex(&bad)).is_err());
    }
}
