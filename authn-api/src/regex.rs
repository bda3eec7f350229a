//! A small backtracking matcher for the description's patterns that the one-pass matcher
//! (`pattern.rs`) does not take: alternation, groups, escapes and negated classes.
//!
//! It implements the part of ECMAScript regular expressions (JSON Schema's dialect) that
//! OpenAPI patterns use: literals, `.`, classes with ranges and negation, the escapes `\d \D
//! \w \W \s \S` and escaped punctuation, groups `(...)` and `(?:...)`, alternation, the
//! anchors `^` and `$` (assertions, wherever they stand), and the greedy quantifiers `* + ?
//! {n} {n,} {n,m}`. A match is searched for anywhere in the value, as `regress::Regex::find`
//! does. Anything else (backreferences, lookaround, lazy quantifiers, flags...) is refused at
//! compile time, and the pattern then matches nothing. A property test checks it against
//! regress, which is a dev-dependency only: this matcher is why users do not build it.

/// A compiled pattern.
#[derive(Debug, Clone)]
pub(crate) struct Regex {
    node: Node,
}

#[derive(Debug, Clone)]
enum Node {
    /// Matches one character of the set.
    Char(Set),
    /// `^`: the start of the value.
    Start,
    /// `$`: the end of the value.
    End,
    Concat(Vec<Node>),
    Alt(Vec<Node>),
    Repeat {
        node: Box<Node>,
        min: usize,
        max: usize,
    },
}

/// A set of characters: ASCII ones by bit, plus the classes that reach beyond ASCII.
#[derive(Debug, Clone, Default)]
struct Set {
    ascii: u128,
    /// ECMAScript's `\s`: Unicode white space and line terminators.
    space: bool,
    /// `.`: anything but a line terminator.
    dot: bool,
    /// Every character outside ASCII (`\D`, `\W`, and negations of ASCII sets).
    non_ascii: bool,
    negated: bool,
}

/// ECMAScript's white space and line terminators (`\s`).
fn is_space(c: char) -> bool {
    matches!(
        c,
        '\t' | '\n' | '\u{b}' | '\u{c}' | '\r' | ' ' | '\u{a0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200a}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{202f}'
                | '\u{205f}'
                | '\u{3000}'
                | '\u{feff}'
    )
}

fn is_line_terminator(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}')
}

impl Set {
    fn of(c: char) -> Self {
        let mut set = Set::default();
        set.add(c);
        set
    }

    fn add(&mut self, c: char) {
        if c.is_ascii() {
            self.ascii |= 1u128 << (c as u32);
        }
    }

    fn contains(&self, c: char) -> bool {
        let inside = (c.is_ascii() && self.ascii & (1u128 << (c as u32)) != 0)
            || (self.space && is_space(c))
            || (self.dot && !is_line_terminator(c))
            || (self.non_ascii && !c.is_ascii());
        inside != self.negated
    }

    fn union(&mut self, other: &Set) {
        debug_assert!(!other.negated, "a class escape is never negated itself");
        self.ascii |= other.ascii;
        self.space |= other.space;
        self.dot |= other.dot;
        self.non_ascii |= other.non_ascii;
    }

    fn range(from: char, to: char) -> Self {
        let mut set = Set::default();
        for c in from..=to {
            set.add(c);
        }
        set
    }

    /// `\d`, `\w`, `\s` and their negations.
    fn class_escape(c: char) -> Option<Self> {
        let digits = Set::range('0', '9');
        let mut word = Set::range('a', 'z');
        word.union(&Set::range('A', 'Z'));
        word.union(&digits);
        word.add('_');
        let space = Set {
            space: true,
            ..Set::default()
        };
        let negate = |set: Set| Set {
            ascii: !set.ascii,
            space: false,
            dot: false,
            non_ascii: !set.space,
            negated: false,
        };
        Some(match c {
            'd' => digits,
            'w' => word,
            's' => space,
            'D' => negate(digits),
            'W' => negate(word),
            // Not every non-ASCII character is a space: `\S` stays a negated set.
            'S' => Set {
                negated: true,
                ..space
            },
            _ => return None,
        })
    }
}

struct Parser<'a> {
    chars: &'a [char],
    at: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.at).copied()
    }

    fn next(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.at += 1;
        Some(c)
    }

    fn alternation(&mut self) -> Option<Node> {
        let mut branches = vec![self.sequence()?];
        while self.peek() == Some('|') {
            self.at += 1;
            branches.push(self.sequence()?);
        }
        Some(if branches.len() == 1 {
            branches.remove(0)
        } else {
            Node::Alt(branches)
        })
    }

    fn sequence(&mut self) -> Option<Node> {
        let mut items = Vec::new();
        while let Some(c) = self.peek() {
            if c == '|' || c == ')' {
                break;
            }
            let atom = self.atom()?;
            items.push(self.quantified(atom)?);
        }
        Some(Node::Concat(items))
    }

    fn atom(&mut self) -> Option<Node> {
        Some(match self.next()? {
            '^' => Node::Start,
            '$' => Node::End,
            '.' => Node::Char(Set {
                dot: true,
                ..Set::default()
            }),
            '(' => {
                if self.peek() == Some('?') {
                    // Only the non-capturing group: lookaround and named groups are refused.
                    self.at += 1;
                    if self.next()? != ':' {
                        return None;
                    }
                }
                let inner = self.alternation()?;
                if self.next()? != ')' {
                    return None;
                }
                inner
            }
            '[' => Node::Char(self.class()?),
            '\\' => Node::Char(self.escape(false)?),
            c if "*+?{})]|".contains(c) => return None,
            c => Node::Char(Set::of(c)),
        })
    }

    /// An escape after `\`: a class escape, or an escaped punctuation character.
    fn escape(&mut self, in_class: bool) -> Option<Set> {
        let c = self.next()?;
        if in_class && c == 'S' {
            // "Not white space" inside a class cannot be written as this set: refused.
            return None;
        }
        if let Some(set) = Set::class_escape(c) {
            return Some(set);
        }
        let literal = match c {
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            'f' => '\u{c}',
            'v' => '\u{b}',
            c if c.is_ascii_punctuation() => c,
            '-' if in_class => '-',
            _ => return None,
        };
        Some(Set::of(literal))
    }

    fn class(&mut self) -> Option<Set> {
        let mut set = Set::default();
        if self.peek() == Some('^') {
            self.at += 1;
            set.negated = true;
        }
        loop {
            let c = self.next()?;
            // ECMAScript: `]` always closes a class (`[]` is empty, `[^]` is anything).
            if c == ']' {
                return Some(set);
            }
            let item = if c == '\\' {
                self.escape(true)?
            } else {
                Set::of(c)
            };
            // A range `a-z`, unless the `-` closes the class.
            let is_single = !(c == '\\' && item.ascii.count_ones() != 1);
            if is_single && self.peek() == Some('-') && self.chars.get(self.at + 1) != Some(&']') {
                self.at += 1;
                let to = match self.next()? {
                    '\\' => {
                        let escaped = self.escape(true)?;
                        if escaped.ascii.count_ones() != 1 || escaped.space {
                            return None;
                        }
                        char::from_u32(escaped.ascii.trailing_zeros())?
                    }
                    to => to,
                };
                let from = if c == '\\' {
                    char::from_u32(item.ascii.trailing_zeros())?
                } else {
                    c
                };
                if from > to || !from.is_ascii() || !to.is_ascii() {
                    return None;
                }
                set.union(&Set::range(from, to));
            } else {
                set.union(&item);
                if !c.is_ascii() && c != '\\' {
                    // A non-ASCII literal in a class: not supported by the bit set.
                    return None;
                }
            }
        }
    }

    fn quantified(&mut self, atom: Node) -> Option<Node> {
        let (min, max) = match self.peek() {
            Some('*') => (0, usize::MAX),
            Some('+') => (1, usize::MAX),
            Some('?') => (0, 1),
            Some('{') => {
                let close = self.at + self.chars[self.at..].iter().position(|&c| c == '}')?;
                let inside: String = self.chars[self.at + 1..close].iter().collect();
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
                self.at = close;
                (min, max)
            }
            _ => return Some(atom),
        };
        self.at += 1;
        if matches!(atom, Node::Start | Node::End) || self.peek() == Some('?') {
            // A quantified anchor, or a lazy quantifier: refused.
            return None;
        }
        Some(Node::Repeat {
            node: Box::new(atom),
            min,
            max,
        })
    }
}

impl Regex {
    /// Compiles `pattern`; `None` when it uses syntax this matcher does not have.
    pub(crate) fn new(pattern: &str) -> Option<Self> {
        let chars: Vec<char> = pattern.chars().collect();
        let mut parser = Parser {
            chars: &chars,
            at: 0,
        };
        let node = parser.alternation()?;
        (parser.at == chars.len()).then_some(Regex { node })
    }

    /// Whether the pattern matches somewhere in `value`.
    pub(crate) fn is_match(&self, value: &str) -> bool {
        let chars: Vec<char> = value.chars().collect();
        (0..=chars.len()).any(|start| matches(&self.node, &chars, start, &mut |_| true))
    }
}

/// Whether `node` matches `chars` from `at` such that `rest` accepts where it ends: a
/// backtracking matcher in continuation-passing style, greedy like ECMAScript's.
fn matches(node: &Node, chars: &[char], at: usize, rest: &mut dyn FnMut(usize) -> bool) -> bool {
    match node {
        Node::Char(set) => chars.get(at).is_some_and(|&c| set.contains(c)) && rest(at + 1),
        Node::Start => at == 0 && rest(at),
        Node::End => at == chars.len() && rest(at),
        Node::Alt(branches) => branches.iter().any(|b| matches(b, chars, at, rest)),
        Node::Concat(items) => sequence(items, chars, at, rest),
        Node::Repeat { node, min, max } => repeat(node, *min, *max, 0, chars, at, rest),
    }
}

fn sequence(
    items: &[Node],
    chars: &[char],
    at: usize,
    rest: &mut dyn FnMut(usize) -> bool,
) -> bool {
    match items.split_first() {
        None => rest(at),
        Some((first, others)) => matches(first, chars, at, &mut |next| {
            sequence(others, chars, next, rest)
        }),
    }
}

/// `node` repeated: `done` times so far, as many more as can match (greedy), at least `min`.
fn repeat(
    node: &Node,
    min: usize,
    max: usize,
    done: usize,
    chars: &[char],
    at: usize,
    rest: &mut dyn FnMut(usize) -> bool,
) -> bool {
    if let Node::Char(set) = node {
        // One character at a time, without recursion: take as many as possible, then give
        // them back one by one (greedy backtracking), so that a long value cannot exhaust
        // the stack.
        let most = chars[at.min(chars.len())..]
            .iter()
            .take(max.saturating_sub(done))
            .take_while(|&&c| set.contains(c))
            .count();
        return (0..=most)
            .rev()
            .take_while(|taken| done + taken >= min)
            .any(|taken| rest(at + taken));
    }
    if done < max {
        // One more. Past `min`, an empty match ends the loop (it would repeat forever), as
        // ECMAScript's RepeatMatcher does; below `min` it counts, so `(a|)+` matches "".
        let more = matches(node, chars, at, &mut |next| {
            (next != at || done < min) && repeat(node, min, max, done + 1, chars, next, rest)
        });
        if more {
            return true;
        }
    }
    done >= min && rest(at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_descriptions_patterns_compile_and_match() {
        let user_token =
            Regex::new("^(ptu_[a-z2-7]{32})|([A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)$")
                .expect("compiles");
        assert!(user_token.is_match("ptu_wuk7tvtpswyjtlsx52b7yyi2l7zotv4a"));
        assert!(user_token.is_match("eyJh.eyJz.sig"));
        // Pangea's anchors bind to one alternative each: a prefix or a suffix is enough.
        assert!(user_token.is_match("ptu_wuk7tvtpswyjtlsx52b7yyi2l7zotv4a and more"));
        assert!(user_token.is_match("junk then a.b.c"));
        assert!(!user_token.is_match("ptu_short"));
        let phone = Regex::new(r"^\+[0-9](?:[ -]?[0-9]){1,14}$").expect("compiles");
        assert!(phone.is_match("+1-808-555-0173"));
        assert!(phone.is_match("+18085550173"));
        assert!(!phone.is_match("+1--808"));
        assert!(!phone.is_match("18085550173"));
        let callback = Regex::new(r"^https?://[^\s]+$").expect("compiles");
        assert!(callback.is_match("https://www.myserver.com/callback"));
        assert!(!callback.is_match("https://www.my server.com"));
        assert!(!callback.is_match("https://x\u{a0}y"));
        let state = Regex::new(r"^[a-zA-Z0-9_\-\+\/=.]{8,999}$").expect("compiles");
        assert!(state.is_match("pcb_zurr3lkcwdp5keq73htsfpcii5k4zgm7"));
        assert!(state.is_match("a+b/c=d.e-f_g"));
        assert!(!state.is_match("short"));
        assert!(!state.is_match("has space here"));
    }

    #[test]
    fn unsupported_syntax_is_refused() {
        for pattern in [
            "(?=a)", "a*?", "\\1", "(a", "a)", "[", "[b-a]", "x{3,1}", "^*", "\\q", "(?<n>a)",
        ] {
            assert!(Regex::new(pattern).is_none(), "{pattern}");
        }
    }

    #[test]
    fn long_values_do_not_recurse_per_character() {
        let jwt =
            Regex::new("^([A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)$").expect("compiles");
        let long = format!(
            "{}.{}.{}",
            "a".repeat(200_000),
            "b".repeat(200_000),
            "c".repeat(10)
        );
        assert!(jwt.is_match(&long));
    }

    #[test]
    fn empty_repeats_end() {
        let regex = Regex::new("^(a*)*$").expect("compiles");
        assert!(regex.is_match("aaaa"));
        assert!(!regex.is_match("aab"));
    }

    #[test]
    fn empty_matches_count_toward_the_minimum() {
        // Found by `agrees_with_regress_on_its_syntax`: regress (and ECMAScript) match these.
        for (pattern, value) in [("^(.a|)+$", ""), ("^(a|){3}$", "a"), ("^(?:b|)+a$", "a")] {
            let regex = Regex::new(pattern).expect("compiles");
            assert!(regex.is_match(value), "{pattern} on {value:?}");
            assert!(
                regress::Regex::new(pattern)
                    .expect("compiles")
                    .find(value)
                    .is_some()
            );
        }
        assert!(!Regex::new("^(a|){2}$").expect("compiles").is_match("aaa"));
    }

    /// Every pattern of the description (`strings.rs` and the phone's).
    const PATTERNS: [&str; 13] = [
        "^[a-zA-Z0-9 '.:/_-]+$",
        "^[0-9a-zA-Z+._-]+@[0-9a-zA-Z.-]+$",
        "^[0-9a-zA-Z+._+@-]{2,320}$",
        "^pau_[a-z2-7]{32}$",
        "^p[a-z][a-z2]_[a-z2-7]{32}$",
        "^(ptu_[a-z2-7]{32})|([A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)$",
        "^(p(ti|tr|ts|tu|cl)_[a-z2-7]{32})|([A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)$",
        "^ptr_[a-z2-7]{32}$",
        "^pmt_[a-z2-7]{32}$",
        "^psa_[a-z2-7]{32}$",
        r"^https?://[^\s]+$",
        r"^[a-zA-Z0-9_\-\+\/=.]{8,999}$",
        r"^\+[0-9](?:[ -]?[0-9]){1,14}$",
    ];

    use proptest::strategy::Strategy as _;

    proptest::proptest! {
        /// The matcher agrees with regress on every pattern of the description, for strings made
        /// of the pieces those patterns care about, and some they do not.
        #[test]
        fn agrees_with_regress(
            which in 0usize..PATTERNS.len(),
            parts in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::string::string_regex("[a-z2-7]{32}").expect("regex"),
                    proptest::string::string_regex("[a-zA-Z0-9 '.:/_+@=é\\t\u{a0}-]{0,6}").expect("regex"),
                    proptest::string::string_regex("[0-9 -]{0,16}").expect("regex"),
                    proptest::sample::select(vec![
                        "ptu_", "pti_", "ptr_", "pcl_", "pau_", "pmt_", "psa_", "p", "+", "-", " ",
                        ".", "http://", "https://", "\n", "",
                    ])
                    .prop_map(str::to_string),
                ],
                0..6,
            ),
        ) {
            let value: String = parts.concat();
            let pattern = PATTERNS[which];
            let ours = Regex::new(pattern).expect("compiles");
            let theirs = regress::Regex::new(pattern).expect("compiles");
            proptest::prop_assert_eq!(
                ours.is_match(&value),
                theirs.find(&value).is_some(),
                "{} on {:?}", pattern, value
            );
        }

        /// And on small patterns of the syntax it takes, against arbitrary strings.
        #[test]
        fn agrees_with_regress_on_its_syntax(
            pattern in proptest::string::string_regex("\\^?(\\(?[ab.]|\\[\\^?[ab-]\\]|\\\\[sdw.]|\\)?[*+?]?|\\|){1,6}\\$?").expect("regex"),
            value in proptest::string::string_regex("[ab. \n-]{0,8}").expect("regex"),
        ) {
            if let (Some(ours), Ok(theirs)) = (Regex::new(&pattern), regress::Regex::new(&pattern)) {
                proptest::prop_assert_eq!(
                    ours.is_match(&value),
                    theirs.find(&value).is_some(),
                    "{} on {:?}", pattern, value
                );
            }
        }
    }
}
