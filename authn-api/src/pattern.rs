//! Matching a value against a pattern of the description, fast for the simple ones.
//!
//! Every id, email and username a call sends is checked against its pattern. Most of the
//! description's patterns are a plain run of pieces, `^pau_[a-z2-7]{32}$` or
//! `^[0-9a-zA-Z+._-]+@[0-9a-zA-Z.-]+$`: ASCII characters and character classes, each with a
//! count. Those are matched here in one pass, without allocating, which is several times
//! cheaper than a backtracking engine (measured in the benchmarks' profile). Anything else
//! (alternation, escapes, groups...) goes to the small backtracking matcher of `regex.rs`. A
//! pattern neither can compile matches nothing. Both agree with regress (a dev-dependency)
//! in property tests.
//!
//! One pass is enough because a piece with a variable count is only accepted when the next
//! piece cannot start with a character it takes (or when it is the last piece): reading such a
//! piece as far as it goes is then the only way to match.

/// A compiled pattern.
#[derive(Debug)]
pub(crate) enum Pattern {
    /// `^piece piece ... $`, matched in one pass.
    Pieces(Vec<Piece>),
    /// Anything else the small backtracking matcher takes.
    Regex(crate::regex::Regex),
    /// A pattern neither can compile: nothing matches it.
    Invalid,
}

/// A set of ASCII characters taken between `min` and `max` times.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Piece {
    /// Whether each byte is in the set: one load per byte, where testing a bit of a `u128`
    /// takes a dozen instructions.
    takes: [bool; 256],
    min: usize,
    max: usize,
}

impl Piece {
    fn new(set: u128, min: usize, max: usize) -> Self {
        let mut takes = [false; 256];
        for (byte, slot) in takes.iter_mut().enumerate().take(128) {
            *slot = set & (1u128 << byte) != 0;
        }
        Piece { takes, min, max }
    }

    fn takes(&self, byte: u8) -> bool {
        self.takes[usize::from(byte)]
    }

    /// Whether no byte is in both sets.
    fn disjoint(&self, other: &Piece) -> bool {
        !self.takes.iter().zip(&other.takes).any(|(a, b)| *a && *b)
    }
}

impl Pattern {
    /// Compiles `pattern`: into pieces when it is simple enough, else for the backtracking
    /// matcher of `regex.rs`.
    pub(crate) fn new(pattern: &str) -> Self {
        if let Some(pieces) = pieces(pattern) {
            return Pattern::Pieces(pieces);
        }
        match crate::regex::Regex::new(pattern) {
            Some(regex) => Pattern::Regex(regex),
            None => Pattern::Invalid,
        }
    }

    /// Whether `value` matches.
    pub(crate) fn is_match(&self, value: &str) -> bool {
        match self {
            Pattern::Pieces(pieces) => {
                // Bytes, not chars: every set is ASCII, so a byte of a multi-byte character
                // (>= 0x80) is never taken, just as the character would not be.
                let bytes = value.as_bytes();
                let mut at: usize = 0;
                for piece in pieces {
                    let start = at;
                    let end = bytes.len().min(start.saturating_add(piece.max));
                    while at < end && piece.takes(bytes[at]) {
                        at += 1;
                    }
                    if at - start < piece.min {
                        return false;
                    }
                }
                at == bytes.len()
            }
            Pattern::Regex(regex) => regex.is_match(value),
            Pattern::Invalid => false,
        }
    }
}

/// The pieces of `^...$` made only of ASCII literals and `[...]` classes (ranges allowed, no
/// escapes or negation), each optionally followed by `+`, `*`, `?`, `{n}`, `{n,}` or `{n,m}`;
/// `None` for anything else, or when one pass could not decide the match.
fn pieces(pattern: &str) -> Option<Vec<Piece>> {
    let body = pattern.strip_prefix('^')?.strip_suffix('$')?;
    let chars: Vec<char> = body.chars().collect();
    let mut pieces = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let set = match chars[i] {
            '[' => {
                let end = i + 1 + chars[i + 1..].iter().position(|&c| c == ']')?;
                let set = class(&chars[i + 1..end])?;
                i = end + 1;
                set
            }
            c if c.is_ascii() && !"\\.()|*+?{}[]^$".contains(c) => {
                i += 1;
                bit(c)?
            }
            _ => return None,
        };
        let (min, max, next) = count(&chars, i)?;
        i = next;
        pieces.push(Piece::new(set, min, max));
    }
    // One pass decides the match only if each piece with a variable count is followed by a
    // piece that must take at least one character, none of which it could take itself.
    let decidable = pieces.windows(2).all(|pair| {
        let (piece, next) = (&pair[0], &pair[1]);
        piece.min == piece.max || (next.min >= 1 && piece.disjoint(next))
    });
    decidable.then_some(pieces)
}

fn bit(c: char) -> Option<u128> {
    c.is_ascii().then(|| 1u128 << (c as u32))
}

/// The set of a class body (between `[` and `]`): characters and `a-z` ranges; `-` first or
/// last is itself.
fn class(body: &[char]) -> Option<u128> {
    if body.is_empty() || body[0] == '^' || body.contains(&'\\') || body.contains(&'[') {
        return None;
    }
    let mut set = 0u128;
    let mut i = 0;
    while i < body.len() {
        if i + 2 < body.len() && body[i + 1] == '-' {
            let (from, to) = (body[i], body[i + 2]);
            if !from.is_ascii() || !to.is_ascii() || from > to {
                return None;
            }
            for c in from..=to {
                set |= bit(c)?;
            }
            i += 3;
        } else {
            set |= bit(body[i])?;
            i += 1;
        }
    }
    Some(set)
}

/// The count after a piece starting at `at`: (min, max, where the next piece starts).
fn count(chars: &[char], at: usize) -> Option<(usize, usize, usize)> {
    Some(match chars.get(at) {
        Some('+') => (1, usize::MAX, at + 1),
        Some('*') => (0, usize::MAX, at + 1),
        Some('?') => (0, 1, at + 1),
        Some('{') => {
            let end = at + 1 + chars[at + 1..].iter().position(|&c| c == '}')?;
            let inside: String = chars[at + 1..end].iter().collect();
            let (min, max) = match inside.split_once(',') {
                None => {
                    let n = inside.parse().ok()?;
                    (n, n)
                }
                Some((min, "")) => (min.parse().ok()?, usize::MAX),
                Some((min, max)) => (min.parse().ok()?, max.parse().ok()?),
            };
            if min > max {
                return None;
            }
            (min, max, end + 1)
        }
        _ => (1, 1, at),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The patterns of openapi/authn.yaml (strings.rs).
    const DESCRIPTION: [&str; 7] = [
        "^[a-zA-Z0-9 '.:/_-]+$",
        "^[0-9a-zA-Z+._-]+@[0-9a-zA-Z.-]+$",
        "^[0-9a-zA-Z+._+@-]{2,320}$",
        "^pau_[a-z2-7]{32}$",
        "^pfl_[a-z2-7]{32}$",
        "^p[a-z][a-z2]_[a-z2-7]{32}$",
        "^(ptu_[a-z2-7]{32})|([A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)$",
    ];

    #[test]
    fn the_descriptions_simple_patterns_are_matched_in_one_pass() {
        let kinds: Vec<bool> = DESCRIPTION
            .iter()
            .map(|p| matches!(Pattern::new(p), Pattern::Pieces(_)))
            .collect();
        assert_eq!(kinds, [true, true, true, true, true, true, false]);
    }

    #[test]
    fn patterns_one_pass_cannot_decide_go_to_regress() {
        for pattern in [
            "^[a-z]+[a-c]$",
            "^a*a$",
            "^[a-z]+[0-9]*x$",
            "^(ab)+$",
            "^a\\.b$",
        ] {
            assert!(
                matches!(Pattern::new(pattern), Pattern::Regex(_)),
                "{pattern}"
            );
        }
        assert!(matches!(Pattern::new("^[z-a]$"), Pattern::Invalid));
        assert!(!Pattern::new("^[z-a]$").is_match("a"));
    }

    #[test]
    fn counts_and_classes() {
        let id = Pattern::new("^pau_[a-z2-7]{32}$");
        assert!(id.is_match("pau_xpkhwpnz2cmegsws737xbsqnmnuwtbm5"));
        assert!(!id.is_match("pau_xpkhwpnz2cmegsws737xbsqnmnuwtbm"));
        assert!(!id.is_match("pau_xpkhwpnz2cmegsws737xbsqnmnuwtbm55"));
        assert!(!id.is_match("pau_xpkhwpnz2cmegsws737xbsqnmnuwtbm1"));
        let email = Pattern::new("^[0-9a-zA-Z+._-]+@[0-9a-zA-Z.-]+$");
        assert!(email.is_match("joe.user+x@email.com"));
        for bad in [
            "joe",
            "@email.com",
            "joe@",
            "joe@@email.com",
            "jo é@email.com",
            "",
        ] {
            assert!(!email.is_match(bad), "{bad}");
        }
        let name = Pattern::new("^[0-9a-zA-Z+._+@-]{2,320}$");
        assert!(!name.is_match("j"));
        assert!(name.is_match("jo"));
        assert!(name.is_match(&"j".repeat(320)));
        assert!(!name.is_match(&"j".repeat(321)));
    }

    use proptest::strategy::Strategy as _;

    proptest::proptest! {
        /// The one-pass matcher agrees with regress on every pattern it takes, for strings
        /// made of the characters those patterns care about (and some they do not).
        #[test]
        fn one_pass_agrees_with_regress(
            which in 0usize..6,
            parts in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::string::string_regex("[a-z2-7]{32}").expect("regex"),
                    proptest::string::string_regex("[a-zA-Z0-9 '.:/_+@é-]{0,6}").expect("regex"),
                    proptest::sample::select(vec!["pau_", "pfl_", "pmc_", "p", "_", "@", ".", ""])
                        .prop_map(str::to_string),
                ],
                0..5,
            ),
        ) {
            let value: String = parts.concat();
            let pattern = DESCRIPTION[which];
            let regex = regress::Regex::new(pattern).expect("compiles");
            proptest::prop_assert_eq!(
                Pattern::new(pattern).is_match(&value),
                regex.find(&value).is_some(),
                "{} on {:?}", pattern, value
            );
        }
    }
}
