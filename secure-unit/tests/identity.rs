//! Device identity provisioning (docs/ATTESTATION.md): the key derivation
//! recomputed independently, the certificate checked with k256, the key
//! files.

use k256::ecdsa::signature::hazmat::PrehashVerifier;
use k256::ecdsa::{Signature, SigningKey, VerifyingKey};
use or1k_arch::{CERT_BYTES, CERT_MAGIC, CERT_OFF_PUBKEY, CERT_OFF_SIG, CERT_SIGNED, CERT_VERSION, DEVKEY_TAG};
use secure_unit::identity::*;
use sha2::{Digest, Sha256};
use std::path::PathBuf;

/// secp256k1's group order n, big-endian.
const N: [u8; 32] = [
    0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xfe, 0xba, 0xae, 0xdc,
    0xe6, 0xaf, 0x48, 0xa0, 0x3b, 0xbf, 0xd2, 0x5e, 0x8c, 0xd0, 0x36, 0x41, 0x41,
];

/// The derivation written out from the contract, with its own range check.
fn reference_key(root: &[u8; 32]) -> [u8; 32] {
    for i in 0u32..16 {
        let mut msg = Vec::new();
        msg.extend_from_slice(b"DKEY");
        msg.extend_from_slice(&i.to_be_bytes());
        msg.extend_from_slice(root);
        assert_eq!(msg.len(), 40);
        let d: [u8; 32] = Sha256::digest(&msg).into();
        if d != [0; 32] && d < N {
            return d;
        }
    }
    panic!("no key")
}

fn verify(cert: &[u8; CERT_BYTES as usize], mfr_pub: &VerifyingKey) -> bool {
    let sig = Signature::from_slice(&cert[CERT_OFF_SIG as usize..]).unwrap();
    sig.normalize_s().is_none() && mfr_pub.verify_prehash(&Sha256::digest(&cert[..CERT_SIGNED as usize]), &sig).is_ok()
}

fn test_mfr_pub() -> VerifyingKey {
    *SigningKey::from_slice(&TEST_MFR_KEY).unwrap().verifying_key()
}

struct TempDir(PathBuf);
impl TempDir {
    fn new(tag: &str) -> Self {
        let p = std::env::temp_dir().join(format!("vmsp-identity-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&p);
        std::fs::create_dir_all(&p).unwrap();
        TempDir(p)
    }
    fn file(&self, name: &str, data: &[u8]) -> PathBuf {
        let p = self.0.join(name);
        std::fs::write(&p, data).unwrap();
        p
    }
}
impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|b| format!("{b:02x}")).collect()
}

#[test]
fn tag_is_dkey() {
    assert_eq!(DEVKEY_TAG.to_be_bytes(), *b"DKEY");
}

#[test]
fn derivation_matches_reference() {
    assert_eq!(derive_device_key(&TEST_ROOT_SECRET), reference_key(&TEST_ROOT_SECRET));
    for seed in 0u8..32 {
        let root: [u8; 32] = Sha256::digest([seed]).into();
        assert_eq!(derive_device_key(&root), reference_key(&root), "root {seed}");
    }
    let id = DeviceIdentity::test();
    assert_eq!(id.device_key(), reference_key(&TEST_ROOT_SECRET));
    // the public key is d·G
    let sk = SigningKey::from_slice(&id.device_key()).unwrap();
    let pt = sk.verifying_key().to_encoded_point(false);
    assert_eq!(&pt.as_bytes()[1..], &id.public_key()[..]);
    assert_eq!(public_key_of(&id.device_key()), id.public_key());
}

/// Test values are recognisable as such: the documented preimages.
#[test]
fn test_values_are_marked() {
    assert_eq!(TEST_ROOT_SECRET, <[u8; 32]>::from(Sha256::digest(b"VMSP TEST ROOT SECRET -- NOT SECRET")));
    assert_eq!(TEST_MFR_KEY, <[u8; 32]>::from(Sha256::digest(b"VMSP TEST MANUFACTURER KEY -- NOT SECRET")));
    assert!(DeviceIdentity::test().is_test());
    // Debug never shows the secret
    let dbg = format!("{:?}", DeviceIdentity::test());
    assert!(!dbg.contains(&hex(&TEST_ROOT_SECRET)), "{dbg}");
}

#[test]
fn certificate_verifies_under_the_test_manufacturer() {
    let id = DeviceIdentity::test();
    let c = &id.cert;
    assert_eq!(c[0..4], CERT_MAGIC.to_be_bytes());
    assert_eq!(c[4..8], CERT_VERSION.to_be_bytes());
    assert_eq!(c[CERT_OFF_PUBKEY as usize..CERT_OFF_PUBKEY as usize + 64], id.public_key());
    assert!(verify(c, &test_mfr_pub()));
    // the words SU_ID_CERT / SU_ID_SECRET read
    let w = id.cert_words();
    assert_eq!(w[0], CERT_MAGIC);
    assert_eq!(w[1], CERT_VERSION);
    let bytes: Vec<u8> = w.iter().flat_map(|w| w.to_be_bytes()).collect();
    assert_eq!(bytes, c.to_vec());
    let root: Vec<u8> = id.root_words().iter().flat_map(|w| w.to_be_bytes()).collect();
    assert_eq!(root, TEST_ROOT_SECRET.to_vec());
    // a single flipped bit anywhere breaks it
    for i in 0..CERT_BYTES as usize {
        let mut bad = *c;
        bad[i] ^= 1;
        let ok = Signature::from_slice(&bad[CERT_OFF_SIG as usize..]).is_ok_and(|_| verify(&bad, &test_mfr_pub()));
        assert!(!ok, "byte {i}");
    }
}

#[test]
fn another_manufacturer_is_not_the_test_one() {
    let other: [u8; 32] = Sha256::digest(b"another manufacturer").into();
    let id = DeviceIdentity::provision(TEST_ROOT_SECRET, &other).unwrap();
    assert_eq!(id.public_key(), DeviceIdentity::test().public_key());
    assert!(!verify(&id.cert, &test_mfr_pub()));
    assert!(verify(&id.cert, SigningKey::from_slice(&other).unwrap().verifying_key()));
    // and another root gives another device key, certified all the same
    let root: [u8; 32] = Sha256::digest(b"another device").into();
    let id2 = DeviceIdentity::provision(root, &TEST_MFR_KEY).unwrap();
    assert_ne!(id2.public_key(), id.public_key());
    assert!(verify(&id2.cert, &test_mfr_pub()));
    // not a key
    assert!(DeviceIdentity::provision(root, &[0; 32]).is_err());
    assert!(DeviceIdentity::provision(root, &N).is_err());
}

#[test]
fn files_and_environment() {
    let dir = TempDir::new("files");
    let root: [u8; 32] = Sha256::digest(b"file root").into();
    let mfr: [u8; 32] = Sha256::digest(b"file mfr").into();
    let root_hex = dir.file("root.hex", format!("{}\n", hex(&root)).as_bytes());
    let mfr_raw = dir.file("mfr.bin", &mfr);
    let want = DeviceIdentity::provision(root, &mfr).unwrap();
    assert_eq!(DeviceIdentity::from_files(Some(&root_hex), Some(&mfr_raw)).unwrap(), want);
    assert_eq!(DeviceIdentity::from_files(None, None).unwrap(), DeviceIdentity::test());
    let only_root = DeviceIdentity::from_files(Some(&root_hex), None).unwrap();
    assert_eq!(only_root, DeviceIdentity::provision(root, &TEST_MFR_KEY).unwrap());

    let err = |r: anyhow::Result<DeviceIdentity>| format!("{:#}", r.unwrap_err());
    let short = dir.file("short.hex", &hex(&root).as_bytes()[..60]);
    let e = err(DeviceIdentity::from_files(Some(&short), None));
    assert!(e.contains(&short.display().to_string()) && e.contains("root secret"), "{e}");
    let nothex = dir.file("nothex.hex", format!("{}xy\n", &hex(&root)[..62]).as_bytes());
    let e = err(DeviceIdentity::from_files(None, Some(&nothex)));
    assert!(e.contains(&nothex.display().to_string()) && e.contains("manufacturer key"), "{e}");
    let missing = dir.0.join("missing.hex");
    let e = err(DeviceIdentity::from_files(Some(&missing), None));
    assert!(e.contains("missing.hex") && e.contains("cannot read"), "{e}");
    let zero = dir.file("zero.hex", hex(&[0; 32]).as_bytes());
    let e = err(DeviceIdentity::from_files(None, Some(&zero)));
    assert!(e.contains("zero.hex"), "{e}");

    // from_env: the only test of this binary that touches these variables
    std::env::set_var(ENV_ROOT_SECRET, &root_hex);
    std::env::set_var(ENV_MFR_KEY, &mfr_raw);
    let got = DeviceIdentity::from_env();
    std::env::set_var(ENV_MFR_KEY, &short);
    let bad = DeviceIdentity::from_env();
    std::env::remove_var(ENV_ROOT_SECRET);
    std::env::remove_var(ENV_MFR_KEY);
    let default = DeviceIdentity::from_env();
    assert_eq!(got.unwrap(), want);
    assert!(err(bad).contains("short.hex"));
    assert_eq!(default.unwrap(), DeviceIdentity::test());
}
