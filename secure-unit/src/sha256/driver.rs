//! Software side of the SHA-256 engine: message padding and the conversions
//! between byte blocks / digests and the core's wide ports.
//!
//! Padding is done here rather than in hardware because every user of the
//! core (launch measurement, attestation, TRNG conditioner) already streams
//! whole blocks from a controller that knows the message length; a hardware
//! padder would add a byte counter and a 64-bit length register for nothing.

/// Bytes per SHA-256 message block.
pub const BLOCK_BYTES: usize = 64;

/// FIPS 180-4 §5.1.1 padding: `message || 0x80 || 0x00* || len_bits (u64 BE)`,
/// with the fewest zero bytes that make the total a multiple of 64 bytes.
///
/// A message of `n` bytes yields `n / 64 + 1` blocks when `n % 64 <= 55`,
/// otherwise `n / 64 + 2` (the length field does not fit after the 0x80).
/// The first block returned is the one to send with `init = 1`; the rest are
/// chained with `init = 0`.
///
/// # Panics
/// If the message is 2^61 bytes or longer (its bit length would not fit the
/// 64-bit length field) — a message that size cannot exist in memory anyway.
pub fn pad(message: &[u8]) -> Vec<[u8; BLOCK_BYTES]> {
    let bit_len = (message.len() as u128) * 8;
    assert!(
        bit_len < (1u128 << 64),
        "SHA-256 messages must be shorter than 2^64 bits"
    );
    let mut bytes = Vec::with_capacity(message.len() + 2 * BLOCK_BYTES);
    bytes.extend_from_slice(message);
    bytes.push(0x80);
    while bytes.len() % BLOCK_BYTES != BLOCK_BYTES - 8 {
        bytes.push(0);
    }
    bytes.extend_from_slice(&(bit_len as u64).to_be_bytes());
    bytes
        .chunks_exact(BLOCK_BYTES)
        .map(|c| c.try_into().expect("chunks_exact yields 64-byte chunks"))
        .collect()
}

/// A block as 16 little-end-first 32-bit words for a 512-bit port
/// (`words[0]` = port bits 31:0 = message bytes 60..63, big-endian), the
/// order Verilator wide-port setters expect. Message byte 0 ends up in port
/// bits 511:504.
pub fn block_to_port_words(block: &[u8; BLOCK_BYTES]) -> [u32; 16] {
    let mut words = [0u32; 16];
    for (i, w) in words.iter_mut().enumerate() {
        let j = 15 - i;
        *w = u32::from_be_bytes(block[4 * j..4 * j + 4].try_into().unwrap());
    }
    words
}

/// The 32-byte digest from the core's 256-bit `digest` port given as 8
/// little-end-first words (`words[7]` = digest[255:224] = H0).
pub fn digest_from_port_words(words: &[u32; 8]) -> [u8; 32] {
    let mut out = [0u8; 32];
    for i in 0..8 {
        out[4 * i..4 * i + 4].copy_from_slice(&words[7 - i].to_be_bytes());
    }
    out
}
