//! Pangea-style identifiers: a prefix and 32 lowercase base32 characters (`pui_...`).
//!
//! Ids are unique within the process (the first 13 characters encode a counter through a
//! bijective mix) and unpredictable enough for a test server (the rest are random).

use std::hash::{BuildHasher, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};

const ALPHABET: &[u8; 32] = b"abcdefghijklmnopqrstuvwxyz234567";

static COUNTER: AtomicU64 = AtomicU64::new(1);

/// splitmix64: a bijection on u64, so distinct counters give distinct outputs.
fn mix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

fn random_u64() -> u64 {
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u64(COUNTER.load(Ordering::Relaxed));
    h.finish()
}

fn push_base32(out: &mut String, mut value: u64, chars: usize) {
    for _ in 0..chars {
        out.push(ALPHABET[(value & 31) as usize] as char);
        value >>= 5;
    }
}

/// A new id such as `pui_xpkhwpnz2cmegsws737xbsqnmnuwtbm5`.
pub fn new_id(prefix: &str) -> String {
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let mut id = String::with_capacity(prefix.len() + 33);
    id.push_str(prefix);
    id.push('_');
    push_base32(&mut id, mix(n), 13); // 65 bits: all of the mixed counter
    push_base32(&mut id, random_u64(), 12);
    push_base32(&mut id, random_u64(), 7);
    id
}

/// A uniformly random number in `[0, 1)`, for fault injection.
pub fn random_unit() -> f64 {
    (random_u64() >> 11) as f64 / (1u64 << 53) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_have_the_pangea_shape_and_are_unique() {
        let mut seen = std::collections::HashSet::new();
        for _ in 0..10_000 {
            let id = new_id("pui");
            assert_eq!(id.len(), 36, "{id}");
            assert!(id.starts_with("pui_"));
            assert!(id[4..].bytes().all(|b| ALPHABET.contains(&b)), "{id}");
            assert!(seen.insert(id));
        }
    }
}
