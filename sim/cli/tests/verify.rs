//! The attestation verifier (docs/ATTESTATION.md): reports built and signed
//! here with k256, as the contract specifies, accepted; every tampered,
//! foreign or mis-signed one rejected, by the library and by vmsp-verify.

use k256::ecdsa::signature::hazmat::PrehashSigner;
use k256::ecdsa::{Signature, SigningKey};
use or1k_arch::*;
use secure_unit::identity::{DeviceIdentity, TEST_MFR_KEY};
use sha2::{Digest, Sha256};
use std::path::PathBuf;
use std::process::Command;
use vmsp_cli::attest::*;
use vmsp_cli::measure::{measure_image, Region};

const NONCE: &[u8] = b"fresh nonce 0123456789";
const VMID: u32 = 3;

fn sign(key: &[u8; 32], digest: &[u8]) -> [u8; 64] {
    let sk = SigningKey::from_slice(key).unwrap();
    let sig: Signature = sk.sign_prehash(digest).unwrap();
    sig.normalize_s().unwrap_or(sig).to_bytes().into()
}

/// A report's fields (the signature and key are added by `build`).
#[derive(Clone)]
struct Fields {
    vmid: u32,
    policy: u32,
    launch: [u8; 32],
    rom: [u8; 32],
    hv: [u8; 32],
    hv_base: u32,
    hv_size: u32,
    hv_count: u32,
    data: [u8; 64],
}

fn image() -> Vec<u8> {
    (0..5000u32).map(|i| (i * 13 + 1) as u8).collect()
}

const REGIONS: [Region; 1] = [Region { gpa: 0, size: 0x10000 }];

fn rom() -> [u8; 32] {
    rom_measurement(&[0x1800_0000, 0x15000000]).unwrap()
}

fn hv_bytes() -> Vec<u8> {
    b"a hypervisor".repeat(100)
}

impl Fields {
    fn good() -> Self {
        let mut data = [0u8; 64];
        data[..NONCE.len()].copy_from_slice(NONCE);
        Self {
            vmid: VMID,
            policy: 0,
            launch: measure_image(&image(), 0, 0, &REGIONS).unwrap(),
            rom: rom(),
            hv: hv_measurement(0x10_0000, &hv_bytes()),
            hv_base: 0x10_0000,
            hv_size: hv_bytes().len() as u32,
            hv_count: 1,
            data,
        }
    }

    /// The report bytes, carrying `pubkey` and signed by `key`, as the monitor does.
    fn build_with(&self, key: &[u8; 32], pubkey: &[u8; 64]) -> Vec<u8> {
        let mut r = vec![0u8; REPORT_BYTES as usize];
        let put = |r: &mut Vec<u8>, off: u32, b: &[u8]| r[off as usize..off as usize + b.len()].copy_from_slice(b);
        put(&mut r, REPORT_OFF_MAGIC, &REPORT_MAGIC.to_be_bytes());
        put(&mut r, REPORT_OFF_VERSION, &REPORT_VERSION.to_be_bytes());
        put(&mut r, REPORT_OFF_VMID, &self.vmid.to_be_bytes());
        put(&mut r, REPORT_OFF_POLICY, &self.policy.to_be_bytes());
        put(&mut r, REPORT_OFF_LAUNCH, &self.launch);
        put(&mut r, REPORT_OFF_ROM, &self.rom);
        put(&mut r, REPORT_OFF_HV, &self.hv);
        put(&mut r, REPORT_OFF_HV_BASE, &self.hv_base.to_be_bytes());
        put(&mut r, REPORT_OFF_HV_SIZE, &self.hv_size.to_be_bytes());
        put(&mut r, REPORT_OFF_HV_COUNT, &self.hv_count.to_be_bytes());
        put(&mut r, REPORT_OFF_DATA, &self.data);
        put(&mut r, REPORT_OFF_PUBKEY, pubkey);
        let sig = sign(key, &Sha256::digest(&r[..REPORT_SIGNED as usize]));
        put(&mut r, REPORT_OFF_SIG, &sig);
        r
    }

    fn build(&self) -> Vec<u8> {
        let id = DeviceIdentity::test();
        self.build_with(&id.device_key(), &id.public_key())
    }
}

fn cert() -> Vec<u8> {
    DeviceIdentity::test().cert.to_vec()
}

/// Everything checked: the expectations that match `Fields::good()`.
fn expected() -> Expected {
    let mut e = Expected::new(Launch::Measurement(Fields::good().launch), NONCE);
    e.policy = Some(0);
    e.require_no_debug = true;
    e.rom = Some(rom());
    e.hv = Some(hv_measurement(0x10_0000, &hv_bytes()));
    e.vmid = Some(VMID);
    e
}

fn failed(v: &Verdict) -> Vec<&'static str> {
    v.checks.iter().filter(|c| c.result == Outcome::Fail).map(|c| c.name).collect()
}

#[track_caller]
fn assert_accepted(report: &[u8], cert: &[u8], e: &Expected) {
    let v = verify(report, cert, e);
    assert!(v.accepted(), "{:#}", v.to_json());
}

#[track_caller]
fn assert_rejected_by(report: &[u8], cert: &[u8], e: &Expected, check: &str) -> Verdict {
    let v = verify(report, cert, e);
    assert!(!v.accepted());
    assert!(failed(&v).contains(&check), "expected {check} to fail: {:#}", v.to_json());
    v
}

#[test]
fn a_good_report_is_accepted() {
    let v = verify(&Fields::good().build(), &cert(), &expected());
    assert!(v.accepted(), "{:#}", v.to_json());
    assert_eq!(v.checks.len(), CHECKS.len());
    assert!(v.checks.iter().all(|c| c.result == Outcome::Pass), "{:#}", v.to_json());
    let j = v.to_json();
    assert_eq!(j["verdict"], "accepted");
    assert_eq!(j["manufacturer_key"]["source"], "test manufacturer key");
    assert_eq!(j["report"]["vmid"], VMID);
    assert_eq!(j["report"]["hv_count"], 1);
    assert_eq!(j["report"]["launch_measurement"], hex(&Fields::good().launch));
    assert_eq!(j["report"]["device_public_key"], hex(&DeviceIdentity::test().public_key()));
    assert_eq!(j["certificate"]["device_public_key"], hex(&DeviceIdentity::test().public_key()));
    // the printed text: the same object, the verdict first
    let text = v.to_json_string();
    assert_eq!(serde_json::from_str::<serde_json::Value>(&text).unwrap(), j);
    assert!(text.starts_with("{\n  \"verdict\": \"accepted\""), "{text}");
    // the default expectations: the optional checks skipped, still accepted
    let v = verify(&Fields::good().build(), &cert(), &Expected::new(Launch::Measurement(Fields::good().launch), NONCE));
    assert!(v.accepted());
    for name in ["policy", "debug", "rom_measurement", "hv_measurement", "vmid"] {
        assert_eq!(v.check(name).result, Outcome::Skipped, "{name}");
    }
    // the launch measurement recomputed from the image, with the report's policy or the expected one
    let mut e = expected();
    e.launch = Launch::Image { image: image(), load_gpa: 0, regions: REGIONS.to_vec() };
    assert_accepted(&Fields::good().build(), &cert(), &e);
    e.policy = None;
    assert_accepted(&Fields::good().build(), &cert(), &e);
    // a debug VM recomputed with its policy, when debug is allowed
    let mut dbg = Fields::good();
    dbg.policy = POLICY_DEBUG;
    dbg.launch = measure_image(&image(), 0, POLICY_DEBUG, &REGIONS).unwrap();
    e.require_no_debug = false;
    assert_accepted(&dbg.build(), &cert(), &e);
    e.policy = Some(0);
    assert_rejected_by(&dbg.build(), &cert(), &e, "policy");
    assert_rejected_by(&dbg.build(), &cert(), &e, "launch_measurement");
}

#[test]
fn every_report_byte_matters() {
    let good = Fields::good().build();
    let (c, e) = (cert(), expected());
    assert_accepted(&good, &c, &e);
    for i in 0..REPORT_BYTES as usize {
        for x in [0x01u8, 0xff] {
            let mut bad = good.clone();
            bad[i] ^= x;
            let v = verify(&bad, &c, &e);
            assert!(!v.accepted(), "report byte {i} ^ 0x{x:02x} accepted");
            // a byte under the signature always breaks it
            if i < REPORT_SIGNED as usize {
                assert!(failed(&v).contains(&"report_signature"), "byte {i}: {:?}", failed(&v));
            }
        }
    }
}

#[test]
fn every_cert_byte_matters() {
    let report = Fields::good().build();
    let (good, e) = (cert(), expected());
    for i in 0..CERT_BYTES as usize {
        for x in [0x01u8, 0xff] {
            let mut bad = good.clone();
            bad[i] ^= x;
            let v = verify(&report, &bad, &e);
            assert!(!v.accepted(), "cert byte {i} ^ 0x{x:02x} accepted");
            if i >= CERT_OFF_PUBKEY as usize {
                assert!(failed(&v).contains(&"certificate_signature"), "byte {i}: {:?}", failed(&v));
            }
        }
    }
}

#[test]
fn another_vm_is_rejected() {
    let (c, e) = (cert(), expected());
    let mut other = Fields::good();
    other.launch = measure_image(b"another guest", 0, 0, &REGIONS).unwrap();
    let v = assert_rejected_by(&other.build(), &c, &e, "launch_measurement");
    assert_eq!(failed(&v), ["launch_measurement"], "a validly signed report: only the measurement differs");
    let mut other = Fields::good();
    other.vmid = VMID + 1;
    let v = assert_rejected_by(&other.build(), &c, &e, "vmid");
    assert_eq!(failed(&v), ["vmid"]);
    // from the image: another image is another VM
    let mut e2 = expected();
    e2.launch = Launch::Image { image: b"another guest".to_vec(), load_gpa: 0, regions: REGIONS.to_vec() };
    assert_rejected_by(&Fields::good().build(), &c, &e2, "launch_measurement");
}

#[test]
fn wrong_nonce_and_wrong_measurement() {
    let (r, c) = (Fields::good().build(), cert());
    let mut e = expected();
    e.nonce = b"fresh nonce 0123456788".to_vec();
    assert_eq!(failed(&assert_rejected_by(&r, &c, &e, "report_data")), ["report_data"]);
    // a prefix of it is not it (the rest must be zero)
    e.nonce = NONCE[..NONCE.len() - 1].to_vec();
    assert_rejected_by(&r, &c, &e, "report_data");
    e.nonce = vec![0; 65];
    assert_rejected_by(&r, &c, &e, "report_data");
    // a full 64-byte nonce
    let mut f = Fields::good();
    f.data = [0xa5; 64];
    let mut e = expected();
    e.nonce = vec![0xa5; 64];
    assert_accepted(&f.build(), &c, &e);

    let mut e = expected();
    e.launch = Launch::Measurement([0x11; 32]);
    assert_eq!(failed(&assert_rejected_by(&r, &c, &e, "launch_measurement")), ["launch_measurement"]);
    let mut e = expected();
    e.rom = Some([0; 32]);
    assert_rejected_by(&r, &c, &e, "rom_measurement");
    let mut e = expected();
    e.hv = Some(hv_measurement(0x10_0004, &hv_bytes()));
    assert_rejected_by(&r, &c, &e, "hv_measurement");
    // no hypervisor measured: an expected one is missing
    let mut f = Fields::good();
    (f.hv, f.hv_base, f.hv_size, f.hv_count) = ([0; 32], 0, 0, 0);
    let mut e = expected();
    e.hv = Some([0; 32]);
    assert_rejected_by(&f.build(), &c, &e, "hv_measurement");
}

#[test]
fn debug_vm_rejected_when_no_debug_required() {
    let mut f = Fields::good();
    f.policy = POLICY_DEBUG;
    let mut e = expected();
    e.policy = None;
    let v = assert_rejected_by(&f.build(), &cert(), &e, "debug");
    assert_eq!(failed(&v), ["debug"]);
    e.require_no_debug = false;
    assert_accepted(&f.build(), &cert(), &e);
    // NO_ENC is not debug
    f.policy = POLICY_NO_ENC;
    e.require_no_debug = true;
    assert_accepted(&f.build(), &cert(), &e);
}

#[test]
fn another_manufacturer_is_rejected() {
    let other: [u8; 32] = Sha256::digest(b"another manufacturer").into();
    let id = DeviceIdentity::provision(DeviceIdentity::test().root_secret, &other).unwrap();
    let r = Fields::good().build();
    let v = assert_rejected_by(&r, &id.cert, &expected(), "certificate_signature");
    assert_eq!(failed(&v), ["certificate_signature"]);
    // and accepted by a verifier that trusts that manufacturer
    let mut e = expected();
    e.mfr_key = secure_unit::identity::public_key_of(&other);
    e.mfr_key_source = "other.pub".into();
    assert_accepted(&r, &id.cert, &e);
    // a manufacturer key is not a device key: the test manufacturer signing reports itself
    let mfr_pub = secure_unit::identity::public_key_of(&TEST_MFR_KEY);
    assert_rejected_by(
        &Fields::good().build_with(&TEST_MFR_KEY, &mfr_pub),
        &cert(),
        &expected(),
        "report_key_certified",
    );
}

#[test]
fn uncertified_key_is_rejected() {
    let rogue: [u8; 32] = Sha256::digest(b"a key nobody certified").into();
    let rogue_pub = secure_unit::identity::public_key_of(&rogue);
    let r = Fields::good().build_with(&rogue, &rogue_pub);
    let v = assert_rejected_by(&r, &cert(), &expected(), "report_key_certified");
    assert_eq!(failed(&v), ["report_key_certified"], "the signature itself is valid");
    // the device's key in the report, signed by another key
    let r = Fields::good().build_with(&rogue, &DeviceIdentity::test().public_key());
    assert_eq!(failed(&assert_rejected_by(&r, &cert(), &expected(), "report_signature")), ["report_signature"]);
    // a self-consistent certificate for the rogue key that the manufacturer did not sign
    let mut forged = cert();
    forged[CERT_OFF_PUBKEY as usize..CERT_OFF_PUBKEY as usize + 64].copy_from_slice(&rogue_pub);
    let r = Fields::good().build_with(&rogue, &rogue_pub);
    assert_eq!(
        failed(&assert_rejected_by(&r, &forged, &expected(), "certificate_signature")),
        ["certificate_signature"]
    );
}

/// s replaced by n - s: the same signature, mathematically valid, but high.
fn make_high_s(sig: &mut [u8]) {
    let s = Signature::from_slice(sig).unwrap();
    let high = Signature::from_scalars(s.r().to_bytes(), (-*s.s()).to_bytes()).unwrap();
    assert!(high.normalize_s().is_some(), "now high");
    sig.copy_from_slice(&high.to_bytes());
}

#[test]
fn high_s_is_rejected() {
    let mut r = Fields::good().build();
    make_high_s(&mut r[REPORT_OFF_SIG as usize..]);
    let v = assert_rejected_by(&r, &cert(), &expected(), "report_signature");
    assert_eq!(failed(&v), ["report_signature"]);
    assert!(v.check("report_signature").reason.contains("high"), "{}", v.check("report_signature").reason);
    let mut c = cert();
    make_high_s(&mut c[CERT_OFF_SIG as usize..]);
    let v = assert_rejected_by(&Fields::good().build(), &c, &expected(), "certificate_signature");
    assert!(v.check("certificate_signature").reason.contains("high"));
}

#[test]
fn malformed_inputs() {
    let (r, c, e) = (Fields::good().build(), cert(), expected());
    let v = assert_rejected_by(&r[..319], &c, &e, "report_format");
    assert!(v.report.is_none() && v.to_json()["report"].is_null());
    assert_eq!(v.checks.len(), CHECKS.len(), "every check still recorded");
    assert_rejected_by(&r, &c[..135], &e, "certificate_format");
    assert!(format!("{:#}", Report::parse(&r[..10]).unwrap_err()).contains("320"));
    assert!(format!("{:#}", Cert::parse(&[0; 137]).unwrap_err()).contains("136"));
    let mut m = r.clone();
    m[0] = b'X';
    assert!(format!("{:#}", Report::parse(&m).unwrap_err()).contains("magic"));
    let mut m = r.clone();
    m[7] = 2;
    assert!(format!("{:#}", Report::parse(&m).unwrap_err()).contains("version"));
    let mut m = c.clone();
    m[7] = 2;
    assert!(format!("{:#}", Cert::parse(&m).unwrap_err()).contains("version"));
    // a reserved word that is not zero, even signed
    let mut f = Fields::good().build();
    f[REPORT_OFF_RESERVED as usize + 3] = 1;
    let id = DeviceIdentity::test();
    let sig = sign(&id.device_key(), &Sha256::digest(&f[..REPORT_SIGNED as usize]));
    f[REPORT_OFF_SIG as usize..].copy_from_slice(&sig);
    assert_eq!(failed(&assert_rejected_by(&f, &c, &e, "report_format")), ["report_format"]);
}

#[test]
fn rom_measurement_of_the_monitor_elf() {
    // the built monitor, when there is one (make firmware)
    let elf = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../build/firmware/monitor/sm.elf");
    let Ok(bytes) = std::fs::read(&elf) else {
        eprintln!("no {}: skipped", elf.display());
        return;
    };
    let words = or1k_image::monitor_rom_words(&bytes).unwrap();
    let mut msg = b"ROM ".to_vec();
    msg.extend_from_slice(&SM_ROM_SIZE.to_be_bytes());
    let mut rom: Vec<u8> = words.iter().flat_map(|w| w.to_be_bytes()).collect();
    rom.resize(SM_ROM_SIZE as usize, 0);
    msg.extend_from_slice(&rom);
    assert_eq!(expected_rom_measurement(&bytes).unwrap(), <[u8; 32]>::from(Sha256::digest(&msg)));
    assert!(expected_rom_measurement(b"not an elf").is_err());
}

// ---- the command line ----

struct TempDir(PathBuf);
impl TempDir {
    fn new(tag: &str) -> Self {
        let p = std::env::temp_dir().join(format!("vmsp-verify-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&p);
        std::fs::create_dir_all(&p).unwrap();
        TempDir(p)
    }
    fn file(&self, name: &str, data: &[u8]) -> String {
        let p = self.0.join(name);
        std::fs::write(&p, data).unwrap();
        p.display().to_string()
    }
}
impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Runs vmsp-verify: exit status, parsed stdout (if JSON), stderr.
fn run(args: &[&str]) -> (i32, Option<serde_json::Value>, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_vmsp-verify")).args(args).output().unwrap();
    let json = serde_json::from_slice(&out.stdout).ok();
    (out.status.code().unwrap(), json, String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn cli() {
    let d = TempDir::new("cli");
    let report = d.file("r.bin", &Fields::good().build());
    let cert_f = d.file("c.bin", &cert());
    let image_f = d.file("guest.bin", &image());
    let nonce = hex(NONCE);
    let hv = hex(&hv_measurement(0x10_0000, &hv_bytes()));
    let base = ["--report", &report, "--cert", &cert_f, "--nonce", &nonce];
    let with = |extra: &[&str]| -> Vec<String> { base.iter().chain(extra).map(|s| s.to_string()).collect() };
    let runv = |v: Vec<String>| run(&v.iter().map(String::as_str).collect::<Vec<_>>());

    // accepted, from the image and from a measurement
    let (code, json, err) =
        runv(with(&["--image", &image_f, "--policy", "0", "--require-no-debug", "--vmid", "3", "--hv", &hv]));
    let json = json.expect("JSON on stdout");
    assert_eq!(code, 0, "{json:#} {err}");
    assert_eq!(json["verdict"], "accepted");
    assert_eq!(json["manufacturer_key"]["source"], "test manufacturer key");
    assert_eq!(json["checks"].as_array().unwrap().len(), CHECKS.len());
    assert_eq!(json["checks"][0]["name"], "report_format");
    assert_eq!(json["checks"][0]["result"], "pass");
    assert_eq!(json["report"]["report_data"].as_str().unwrap().len(), 128);
    let m = hex(&Fields::good().launch);
    assert_eq!(runv(with(&["--measurement", &m])).0, 0);
    assert_eq!(runv(with(&["--image", &image_f, "--region", "0:64K", "--load-gpa", "0"])).0, 0);

    // rejected: exit 1, the first failed check named on stderr, JSON still printed
    let (code, json, err) = runv(with(&["--measurement", &hex(&[7; 32])]));
    assert_eq!(code, 1, "{err}");
    assert_eq!(json.unwrap()["verdict"], "rejected");
    assert!(err.contains("launch_measurement"), "{err}");
    let (code, _, err) = runv(with(&["--measurement", &m, "--vmid", "4"]));
    assert!(code == 1 && err.contains("vmid"), "{err}");
    let (code, _, err) = runv(with(&["--measurement", &m, "--rom", &image_f]));
    assert_eq!(code, 2, "not an ELF: {err}");
    let wrong_nonce = hex(b"another nonce");
    let v: Vec<String> = ["--report", &report, "--cert", &cert_f, "--nonce", &wrong_nonce, "--measurement", &m]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let (code, _, err) = runv(v);
    assert!(code == 1 && err.contains("report_data"), "{err}");

    // a tampered report byte (signed data), a high-S signature
    let mut t = Fields::good().build();
    t[REPORT_OFF_POLICY as usize + 3] ^= 1;
    let tampered = d.file("t.bin", &t);
    let (code, _, err) = run(&["--report", &tampered, "--cert", &cert_f, "--nonce", &nonce, "--measurement", &m]);
    assert!(code == 1 && err.contains("report_signature"), "{err}");

    // the manufacturer key from a file
    let other: [u8; 32] = Sha256::digest(b"another manufacturer").into();
    let other_pub = d.file("other.pub", format!("{}\n", hex(&secure_unit::identity::public_key_of(&other))).as_bytes());
    let (code, json, err) = runv(with(&["--measurement", &m, "--mfr-pubkey", &other_pub]));
    assert!(code == 1 && err.contains("certificate_signature"), "{err}");
    assert_eq!(json.unwrap()["manufacturer_key"]["source"], other_pub.as_str());
    let other_cert =
        d.file("oc.bin", &DeviceIdentity::provision(DeviceIdentity::test().root_secret, &other).unwrap().cert);
    let (code, _, err) = run(&[
        "--report",
        &report,
        "--cert",
        &other_cert,
        "--nonce",
        &nonce,
        "--measurement",
        &m,
        "--mfr-pubkey",
        &other_pub,
    ]);
    assert_eq!(code, 0, "{err}");

    // malformed inputs: exit 2 with a message naming the file
    let short = d.file("short.bin", &[0; 100]);
    let (code, _, err) = run(&["--report", &short, "--cert", &cert_f, "--nonce", &nonce, "--measurement", &m]);
    assert!(code == 2 && err.contains("short.bin") && err.contains("320"), "{err}");
    let (code, _, err) = run(&["--report", &report, "--cert", &short, "--nonce", &nonce, "--measurement", &m]);
    assert!(code == 2 && err.contains("short.bin") && err.contains("136"), "{err}");
    let mut bad_magic = Fields::good().build();
    bad_magic[1] ^= 0xff;
    let bad_magic = d.file("magic.bin", &bad_magic);
    let (code, _, err) = run(&["--report", &bad_magic, "--cert", &cert_f, "--nonce", &nonce, "--measurement", &m]);
    assert!(code == 2 && err.contains("magic"), "{err}");
    let missing = d.0.join("missing.bin").display().to_string();
    let (code, _, err) = run(&["--report", &missing, "--cert", &cert_f, "--nonce", &nonce, "--measurement", &m]);
    assert!(code == 2 && err.contains("missing.bin"), "{err}");
    let bad_pub = d.file("bad.pub", b"1234\n");
    let (code, _, err) = runv(with(&["--measurement", &m, "--mfr-pubkey", &bad_pub]));
    assert!(code == 2 && err.contains("bad.pub"), "{err}");
    let (code, _, _) = runv(with(&["--measurement", "abcd"]));
    assert_eq!(code, 2);
    let long_nonce = "00".repeat(65);
    let (code, _, err) = run(&["--report", &report, "--cert", &cert_f, "--nonce", &long_nonce, "--measurement", &m]);
    assert!(code == 2 && err.contains("64"), "{err}");
    // neither --image nor --measurement; both
    assert_eq!(runv(with(&[])).0, 2);
    assert_eq!(runv(with(&["--measurement", &m, "--image", &image_f])).0, 2);
    // an image the region cannot hold
    let big = d.file("big.bin", &vec![1; 0x10001]);
    let (code, _, err) = runv(with(&["--image", &big]));
    assert!(code == 2 && err.contains("big.bin"), "{err}");
}
