//! Device identity provisioning (docs/ATTESTATION.md, "Key hierarchy"):
//! the device root secret the chip holds (`SU_ID_SECRET`), the secp256k1
//! device key derived from it, and the manufacturer's certificate over the
//! device public key (`SU_ID_CERT`). The SoC generator and the ISS take a
//! [`DeviceIdentity`] (by default [`DeviceIdentity::from_env`]) and put its
//! [`root_words`](DeviceIdentity::root_words) and
//! [`cert_words`](DeviceIdentity::cert_words) in the secure unit.
//!
//! ```text
//! d    = SHA-256( BE32(DEVKEY_TAG) || BE32(i) || root secret )   first i = 0, 1, .. with 0 < d < n
//! cert = BE32(CERT_MAGIC) || BE32(CERT_VERSION) || X || Y || r || s
//!        (r, s): the manufacturer's ECDSA secp256k1 signature over SHA-256(cert[0..CERT_SIGNED]), s <= n/2
//! ```
//!
//! The default values ([`TEST_ROOT_SECRET`], [`TEST_MFR_KEY`]) are public
//! test values: a device built with them has no secret at all. A real
//! device's come from files named by `VMSP_ROOT_SECRET` and `VMSP_MFR_KEY`
//! that are never committed.

use anyhow::{bail, Context, Result};
use k256::ecdsa::signature::hazmat::PrehashSigner;
use k256::ecdsa::{Signature, SigningKey};
use or1k_arch::{CERT_BYTES, CERT_MAGIC, CERT_OFF_PUBKEY, CERT_OFF_SIG, CERT_SIGNED, CERT_VERSION, DEVKEY_TAG};
use sha2::{Digest, Sha256};
use std::path::Path;

/// TEST VALUE, NOT SECRET: the default device root secret,
/// SHA-256("VMSP TEST ROOT SECRET -- NOT SECRET"). Every device built without
/// `VMSP_ROOT_SECRET` has this one, so its reports prove nothing.
pub const TEST_ROOT_SECRET: [u8; 32] = [
    0x23, 0xa9, 0x17, 0xef, 0xc3, 0x1f, 0x14, 0x3f, 0x40, 0xe6, 0xa2, 0xea, 0xba, 0xa0, 0x1c, 0x86, 0xd7, 0x59, 0xb4,
    0x14, 0xf4, 0x08, 0x87, 0x4b, 0x59, 0xd6, 0x99, 0x32, 0xad, 0x04, 0x8b, 0xd2,
];

/// TEST VALUE, NOT SECRET: the default manufacturer private key,
/// SHA-256("VMSP TEST MANUFACTURER KEY -- NOT SECRET"). A verifier that trusts
/// its public key trusts anyone.
pub const TEST_MFR_KEY: [u8; 32] = [
    0x54, 0xe8, 0xda, 0x32, 0x6f, 0x57, 0x42, 0xf4, 0x80, 0x8b, 0xa0, 0x10, 0x70, 0x00, 0x72, 0x4d, 0x42, 0x92, 0x11,
    0x1b, 0x9b, 0x88, 0xd2, 0xd1, 0x96, 0xb3, 0x6f, 0x75, 0x5a, 0xf5, 0x90, 0xc3,
];

/// The environment variable naming the root-secret file.
pub const ENV_ROOT_SECRET: &str = "VMSP_ROOT_SECRET";
/// The environment variable naming the manufacturer-key file.
pub const ENV_MFR_KEY: &str = "VMSP_MFR_KEY";

/// What a device is provisioned with: its root secret and its certificate.
#[derive(Clone, PartialEq, Eq)]
pub struct DeviceIdentity {
    pub root_secret: [u8; 32],
    pub cert: [u8; CERT_BYTES as usize],
}

impl std::fmt::Debug for DeviceIdentity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // never print the secret
        f.debug_struct("DeviceIdentity").field("public_key", &hex(&self.public_key())).finish_non_exhaustive()
    }
}

impl DeviceIdentity {
    /// Derives the device key from `root_secret` and has the manufacturer
    /// (`mfr_key`, a secp256k1 private key, big-endian) certify its public key.
    pub fn provision(root_secret: [u8; 32], mfr_key: &[u8; 32]) -> Result<Self> {
        let mfr = SigningKey::from_slice(mfr_key)
            .map_err(|_| anyhow::anyhow!("the manufacturer key is not a secp256k1 private key (0 < key < n)"))?;
        let mut cert = [0u8; CERT_BYTES as usize];
        cert[0..4].copy_from_slice(&CERT_MAGIC.to_be_bytes());
        cert[4..8].copy_from_slice(&CERT_VERSION.to_be_bytes());
        let pubkey = public_key_of(&derive_device_key(&root_secret));
        cert[CERT_OFF_PUBKEY as usize..CERT_OFF_PUBKEY as usize + 64].copy_from_slice(&pubkey);
        let digest = Sha256::digest(&cert[..CERT_SIGNED as usize]);
        let sig: Signature = mfr.sign_prehash(&digest).context("signing the device certificate")?;
        let sig = sig.normalize_s().unwrap_or(sig);
        cert[CERT_OFF_SIG as usize..].copy_from_slice(&sig.to_bytes());
        Ok(Self { root_secret, cert })
    }

    /// The test identity: [`TEST_ROOT_SECRET`] certified by [`TEST_MFR_KEY`].
    pub fn test() -> Self {
        Self::provision(TEST_ROOT_SECRET, &TEST_MFR_KEY).expect("the test values are valid keys")
    }

    /// The identity the build provisions: `VMSP_ROOT_SECRET` and
    /// `VMSP_MFR_KEY` name files (64 hex digits, optionally followed by a
    /// newline, or 32 raw bytes); an unset (or empty) variable means the test
    /// value.
    pub fn from_env() -> Result<Self> {
        let var = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
        let root = var(ENV_ROOT_SECRET);
        let mfr = var(ENV_MFR_KEY);
        Self::from_files(root.as_deref().map(Path::new), mfr.as_deref().map(Path::new))
    }

    /// [`from_env`](Self::from_env) with the files given: `None` is the test value.
    pub fn from_files(root_secret: Option<&Path>, mfr_key: Option<&Path>) -> Result<Self> {
        let root = match root_secret {
            Some(p) => read_key_file(p, "device root secret")?,
            None => TEST_ROOT_SECRET,
        };
        let mfr = match mfr_key {
            Some(p) => read_key_file(p, "manufacturer key")?,
            None => TEST_MFR_KEY,
        };
        Self::provision(root, &mfr).with_context(|| match mfr_key {
            Some(p) => format!("manufacturer key file {}", p.display()),
            None => "the test manufacturer key".into(),
        })
    }

    /// True when the root secret is the public test value.
    pub fn is_test(&self) -> bool {
        self.root_secret == TEST_ROOT_SECRET
    }

    /// The device private key (big-endian).
    pub fn device_key(&self) -> [u8; 32] {
        derive_device_key(&self.root_secret)
    }

    /// The device public key, X || Y (big-endian), as in the certificate.
    pub fn public_key(&self) -> [u8; 64] {
        self.cert[CERT_OFF_PUBKEY as usize..CERT_OFF_PUBKEY as usize + 64].try_into().unwrap()
    }

    /// The certificate as the big-endian words `SU_ID_CERT` reads.
    pub fn cert_words(&self) -> [u32; CERT_BYTES as usize / 4] {
        be_words(&self.cert)
    }

    /// The root secret as the big-endian words `SU_ID_SECRET` reads.
    pub fn root_words(&self) -> [u32; 8] {
        be_words(&self.root_secret)
    }
}

fn be_words<const N: usize>(bytes: &[u8]) -> [u32; N] {
    assert_eq!(bytes.len(), 4 * N);
    std::array::from_fn(|i| u32::from_be_bytes(bytes[4 * i..4 * i + 4].try_into().unwrap()))
}

/// Reads a 32-byte key file: 64 hex digits (an optional trailing newline,
/// `\n` or `\r\n`) or exactly 32 raw bytes.
pub fn read_key_file(path: &Path, what: &str) -> Result<[u8; 32]> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read the {what} file {}", path.display()))?;
    parse_key_bytes(&bytes).with_context(|| format!("bad {what} file {}", path.display()))
}

fn parse_key_bytes(bytes: &[u8]) -> Result<[u8; 32]> {
    let text = bytes.strip_suffix(b"\n").map(|b| b.strip_suffix(b"\r").unwrap_or(b)).unwrap_or(bytes);
    if text.len() == 64 && text.iter().all(u8::is_ascii_hexdigit) {
        let s = std::str::from_utf8(text).unwrap();
        return Ok(std::array::from_fn(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).unwrap()));
    }
    if bytes.len() == 32 {
        return Ok(bytes.try_into().unwrap());
    }
    if text.len() == 64 {
        bail!("expected 64 hex digits, found a character that is not one");
    }
    bail!("expected 64 hex digits (optionally followed by a newline) or 32 raw bytes, found {} bytes", bytes.len())
}

/// The device private key of a root secret: the first
/// d = SHA-256(BE32(DEVKEY_TAG) || BE32(i) || root) with 0 < d < n.
pub fn derive_device_key(root: &[u8; 32]) -> [u8; 32] {
    for i in 0u32.. {
        let mut h = Sha256::new();
        h.update(DEVKEY_TAG.to_be_bytes());
        h.update(i.to_be_bytes());
        h.update(root);
        let d: [u8; 32] = h.finalize().into();
        // from_slice accepts exactly 0 < d < n
        if SigningKey::from_slice(&d).is_ok() {
            return d;
        }
    }
    unreachable!("no candidate below n in 2^32 tries")
}

/// The public key X || Y (big-endian) of a secp256k1 private key.
/// Panics if `private` is not in 1..n (a [`derive_device_key`] result always is).
pub fn public_key_of(private: &[u8; 32]) -> [u8; 64] {
    let key = SigningKey::from_slice(private).expect("a secp256k1 private key: 0 < d < n");
    let point = key.verifying_key().to_encoded_point(false);
    point.as_bytes()[1..65].try_into().unwrap()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_files_parse() {
        let k: [u8; 32] = std::array::from_fn(|i| i as u8 * 7);
        let h = hex(&k);
        assert_eq!(parse_key_bytes(h.as_bytes()).unwrap(), k);
        assert_eq!(parse_key_bytes(format!("{h}\n").as_bytes()).unwrap(), k);
        assert_eq!(parse_key_bytes(format!("{h}\r\n").as_bytes()).unwrap(), k);
        assert_eq!(parse_key_bytes(h.to_uppercase().as_bytes()).unwrap(), k);
        assert_eq!(parse_key_bytes(&k).unwrap(), k);
        assert!(parse_key_bytes(&h.as_bytes()[..62]).is_err());
        assert!(parse_key_bytes(format!("{h}\n\n").as_bytes()).is_err());
        assert!(parse_key_bytes(format!("{}zz", &h[..62]).as_bytes()).is_err());
    }
}
