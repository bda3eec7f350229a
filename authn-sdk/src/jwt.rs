//! Local verification of JWT active tokens (feature `jwt`): no call per token.
//!
//! A [`Verifier`] checks a token's signature against the project's keys (`client/jwks`), its
//! expiry and not-before times, and, when configured, its issuer and audience. The key set is
//! fetched on first use and cached for a bounded time (five minutes by default); a token
//! signed by a key the cache does not know makes it fetch the key set once more, so a rotated
//! key is picked up at once, and an unknown key otherwise fails fast. Such refetches happen at
//! most once per [`UNKNOWN_KEY_REFETCH`]: tokens with made-up key ids cannot make the verifier
//! call `client/jwks` once each. Checking a token thus costs no call in the common case.
//!
//! Only asymmetric algorithms are accepted (ES256, which Pangea's key sets use, and ES384,
//! RS256/384/512, PS256/384/512, EdDSA), and only the algorithm of the key that matches the
//! token's `kid`: `alg: none` and HMAC tokens are refused, whatever they claim.
//!
//! Claims: `sub` (the user id), `exp`, `iat`, `iss`, `jti` are the standard ones; `email`,
//! `username` and `pangea.profile` are the names Pangea's own React client reads from its
//! tokens; `scopes` (or a space-separated `scope`) is our reading, not confirmed by Pangea's
//! material. Everything else is kept as JSON in [`Claims::extra`], and so is a known claim
//! whose value is not of its typed shape (`scopes` with a number in it, a `pangea.profile`
//! value that is not a string): nothing a token says is dropped.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::sync::{Arc, Mutex, Once};
use std::time::{Duration, Instant};

use base64::Engine;
use jsonwebtoken::jwk::Jwk;
use jsonwebtoken::{Algorithm, DecodingKey, Validation};
use serde_json::{Map, Value};

use crate::token::ActiveToken;
use crate::{AuthN, Error, Timestamp};

/// The shortest time between two fetches of the key set made because a token named a key the
/// cache does not have. Within it, such a token fails with [`VerifyError::UnknownKey`] at once.
pub const UNKNOWN_KEY_REFETCH: Duration = Duration::from_secs(10);

/// Why a token was refused.
#[derive(Debug)]
#[non_exhaustive]
pub enum VerifyError {
    /// The token is not a JWT: not three base64url parts, or a header or payload that is not
    /// JSON.
    Malformed {
        /// What is wrong with it.
        reason: String,
    },
    /// The token's algorithm is not one this verifier accepts (`none`, HMAC...), or not the
    /// algorithm of its key.
    UnsupportedAlgorithm {
        /// The `alg` of the token's header.
        alg: String,
    },
    /// No key of the project's key set has the token's `kid`, even after fetching it again.
    UnknownKey {
        /// The `kid` of the token's header (empty when it has none).
        kid: String,
    },
    /// The signature does not match the key: the token was forged or altered.
    BadSignature,
    /// The token has expired.
    Expired {
        /// When (its `exp`).
        expired_at: Timestamp,
    },
    /// The token is not valid yet (its `nbf` is in the future).
    NotYetValid,
    /// The token's issuer is not the configured one.
    WrongIssuer,
    /// The token is not meant for the configured audience.
    WrongAudience,
    /// A claim the verifier needs (`sub`, `exp`) is missing or of the wrong type.
    BadClaim {
        /// The claim.
        claim: String,
    },
    /// The key set could not be fetched (`client/jwks` failed).
    KeySet(Box<Error>),
    /// A key of the key set could not be used.
    BadKey {
        /// The key's id.
        kid: String,
        /// Why.
        reason: String,
    },
}

impl std::fmt::Display for VerifyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            VerifyError::Malformed { reason } => {
                write!(f, "the token is not a well-formed JWT: {reason}")
            }
            VerifyError::UnsupportedAlgorithm { alg } => {
                write!(f, "the token's algorithm {alg:?} is not accepted")
            }
            VerifyError::UnknownKey { kid } => {
                write!(f, "no key of the project's key set has the id {kid:?}")
            }
            VerifyError::BadSignature => f.write_str("the token's signature is not valid"),
            VerifyError::Expired { expired_at } => write!(f, "the token expired at {expired_at}"),
            VerifyError::NotYetValid => f.write_str("the token is not valid yet"),
            VerifyError::WrongIssuer => f.write_str("the token's issuer is not the expected one"),
            VerifyError::WrongAudience => f.write_str("the token is not meant for this audience"),
            VerifyError::BadClaim { claim } => {
                write!(f, "the token's claim {claim:?} is missing or invalid")
            }
            VerifyError::KeySet(_) => f.write_str("the project's key set could not be fetched"),
            VerifyError::BadKey { kid, reason } => write!(
                f,
                "the key {kid:?} of the project's key set cannot be used: {reason}"
            ),
        }
    }
}

impl std::error::Error for VerifyError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            VerifyError::KeySet(error) => Some(error.as_ref()),
            _ => None,
        }
    }
}

/// What a verified token says.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Claims {
    /// The user's id (`sub`, `pui_...`).
    pub user_id: String,
    /// The user's email address (`email`).
    pub email: Option<String>,
    /// The user's username (`username`).
    pub username: Option<String>,
    /// The token's scopes (`scopes`, or a space-separated `scope`).
    pub scopes: Vec<String>,
    /// The user's profile (`pangea.profile`).
    pub profile: BTreeMap<String, String>,
    /// When the token expires (`exp`).
    pub expires_at: Timestamp,
    /// When it was issued (`iat`).
    pub issued_at: Option<Timestamp>,
    /// Who issued it (`iss`).
    pub issuer: Option<String>,
    /// The token's id (`jti`).
    pub token_id: Option<String>,
    /// Every other claim, as JSON (`aud`, `nbf`, `pangea.claims`, `pangea.intelligence`...).
    pub extra: Map<String, Value>,
}

/// Verifies JWT active tokens against the project's key set, which it caches.
///
/// Cheap to clone: clones share the cache. `Send + Sync`, so one verifier can serve every
/// request handler.
///
/// ```
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
/// # let config = authn_emulator::EmulatorConfig { jwt_tokens: true, ..authn_emulator::EmulatorConfig::new(authn_emulator::new_id("pts")) };
/// # let emulator = authn_emulator::Emulator::start_with(config, "127.0.0.1:0".parse()?).await?;
/// # let authn = authn_sdk::AuthN::new(authn_sdk::Config::new(emulator.token()).base_url_template(emulator.base_url()))?;
/// # authn.user().create("joe.user@email.com").send().await?;
/// # let login = authn.client().userinfo(&emulator.login_code("joe.user@email.com")?).send().await?;
/// use authn_sdk::jwt::Verifier;
///
/// let verifier = Verifier::new(&authn); // one per application, shared by every request
/// let active = &login.active_token.as_ref().ok_or("no active token")?.token;
/// let claims = verifier.verify(active).await?;
/// println!("{} ({:?}) until {}", claims.user_id, claims.email, claims.expires_at);
/// # Ok(())
/// # }
/// ```
#[derive(Clone)]
pub struct Verifier {
    authn: AuthN,
    cache: Arc<Mutex<Cache>>,
    max_age: Duration,
    issuer: Option<String>,
    audience: Option<Vec<String>>,
    leeway: Duration,
}

/// What the verifier keeps between tokens.
#[derive(Default)]
struct Cache {
    keys: Option<KeySet>,
    /// When an unknown key id last made the verifier fetch the key set.
    unknown_key_refetch: Option<Instant>,
}

/// What the cache has for a token's key.
enum Lookup<T> {
    /// The key was there: the outcome of the check.
    Checked(T),
    /// No key set yet, or one older than `max_age`.
    NoFreshKeys,
    /// A fresh key set without the key: `true` when a refetch is allowed now (and then
    /// recorded as made).
    UnknownKey(bool),
}

/// The key set as fetched, by key id.
struct KeySet {
    keys: HashMap<String, (Algorithm, DecodingKey)>,
    problems: HashMap<String, String>,
    fetched: Instant,
}

impl Verifier {
    /// A verifier that fetches keys with `authn` (its service or client token). It caches the
    /// key set for five minutes, checks no issuer or audience, and allows no clock leeway.
    pub fn new(authn: &AuthN) -> Self {
        Self {
            authn: authn.clone(),
            cache: Arc::new(Mutex::new(Cache::default())),
            max_age: Duration::from_secs(300),
            issuer: None,
            audience: None,
            leeway: Duration::ZERO,
        }
    }

    /// How long a fetched key set is used before it is fetched again.
    pub fn max_age(mut self, max_age: Duration) -> Self {
        self.max_age = max_age;
        self
    }

    /// Accept only tokens whose `iss` is this one.
    pub fn issuer(mut self, issuer: impl Into<String>) -> Self {
        self.issuer = Some(issuer.into());
        self
    }

    /// Accept only tokens whose `aud` includes one of these.
    pub fn audience<S: Into<String>>(mut self, audience: impl IntoIterator<Item = S>) -> Self {
        self.audience = Some(audience.into_iter().map(Into::into).collect());
        self
    }

    /// Clock skew allowed when checking `exp` and `nbf` (whole seconds).
    pub fn leeway(mut self, leeway: Duration) -> Self {
        self.leeway = leeway;
        self
    }

    /// Checks `token` and returns its claims. Fetches the key set only when the cache is
    /// empty, older than [`max_age`](Self::max_age), or lacks the token's key (then at most
    /// once per [`UNKNOWN_KEY_REFETCH`]).
    ///
    /// The future owns what it needs (`Send + 'static`): it can be spawned.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let emulator = authn_emulator::Emulator::start().await?;
    /// # let authn = authn_sdk::AuthN::new(authn_sdk::Config::new(emulator.token()).base_url_template(emulator.base_url()))?;
    /// use authn_sdk::ActiveToken;
    /// use authn_sdk::jwt::{Verifier, VerifyError};
    ///
    /// let verifier = Verifier::new(&authn);
    /// let refused = tokio::spawn(verifier.verify(&ActiveToken::new("not.a.jwt"))).await?;
    /// assert!(matches!(refused, Err(VerifyError::Malformed { .. })));
    /// # Ok(())
    /// # }
    /// ```
    pub fn verify(
        &self,
        token: &ActiveToken,
    ) -> impl Future<Output = Result<Claims, VerifyError>> + Send + 'static {
        let (verifier, token) = (self.clone(), token.clone());
        async move { verifier.verify_owned(token.expose_secret()).await }
    }

    async fn verify_owned(&self, token: &str) -> Result<Claims, VerifyError> {
        install_provider();
        let (alg, kid) = header(token)?;
        match self.with_key(&kid, alg, |key| self.check(token, alg, key), false)? {
            Lookup::Checked(verified) => return verified,
            Lookup::UnknownKey(false) => return Err(VerifyError::UnknownKey { kid }),
            Lookup::NoFreshKeys | Lookup::UnknownKey(true) => {}
        }
        self.refresh().await?;
        match self.with_key(&kid, alg, |key| self.check(token, alg, key), true)? {
            Lookup::Checked(verified) => verified,
            _ => Err(VerifyError::UnknownKey { kid }),
        }
    }

    /// Runs `check` with the cached key `kid`, or says why it cannot (see [`Lookup`]). After
    /// a refresh (`after_refresh`), the key set counts as fresh whatever its age.
    fn with_key<T>(
        &self,
        kid: &str,
        alg: Algorithm,
        check: impl FnOnce(&DecodingKey) -> T,
        after_refresh: bool,
    ) -> Result<Lookup<T>, VerifyError> {
        let mut cache = self
            .cache
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let Some(set) = cache.keys.as_ref() else {
            return Ok(Lookup::NoFreshKeys);
        };
        if !after_refresh && set.fetched.elapsed() > self.max_age {
            return Ok(Lookup::NoFreshKeys);
        }
        if let Some(reason) = set.problems.get(kid) {
            return Err(VerifyError::BadKey {
                kid: kid.to_string(),
                reason: reason.clone(),
            });
        }
        let Some((key_alg, key)) = set.keys.get(kid) else {
            // Recorded before the fetch, so that tokens arriving while it runs fail fast too.
            let allowed = !after_refresh
                && cache
                    .unknown_key_refetch
                    .is_none_or(|last| last.elapsed() >= UNKNOWN_KEY_REFETCH);
            if allowed {
                cache.unknown_key_refetch = Some(Instant::now());
            }
            return Ok(Lookup::UnknownKey(allowed));
        };
        if *key_alg != alg {
            return Err(VerifyError::UnsupportedAlgorithm {
                alg: format!("{alg:?}"),
            });
        }
        Ok(Lookup::Checked(check(key)))
    }

    /// Fetches the key set and replaces the cache with it.
    async fn refresh(&self) -> Result<(), VerifyError> {
        let jwks = self
            .authn
            .client()
            .jwks()
            .send()
            .await
            .map_err(|e| VerifyError::KeySet(Box::new(e)))?;
        let mut set = KeySet {
            keys: HashMap::new(),
            problems: HashMap::new(),
            fetched: Instant::now(),
        };
        for key in &jwks.keys {
            let kid = key
                .get("kid")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string();
            match decoding_key(key) {
                Ok(entry) => {
                    set.keys.insert(kid, entry);
                }
                Err(reason) => {
                    set.problems.insert(kid, reason);
                }
            }
        }
        self.cache
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .keys = Some(set);
        Ok(())
    }

    fn check(&self, token: &str, alg: Algorithm, key: &DecodingKey) -> Result<Claims, VerifyError> {
        let mut validation = Validation::new(alg);
        validation.leeway = self.leeway.as_secs();
        validation.validate_nbf = true;
        validation.set_required_spec_claims(&["exp", "sub"]);
        if let Some(issuer) = &self.issuer {
            validation.set_issuer(&[issuer]);
        }
        match &self.audience {
            Some(audience) => validation.set_audience(audience),
            None => validation.validate_aud = false,
        }
        let data = jsonwebtoken::decode::<Map<String, Value>>(token, key, &validation)
            .map_err(|e| refusal(e, token))?;
        claims(data.claims)
    }
}

impl fmt::Debug for Verifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Verifier")
            .field("max_age", &self.max_age)
            .field("issuer", &self.issuer)
            .field("audience", &self.audience)
            .field("leeway", &self.leeway)
            .finish_non_exhaustive()
    }
}

/// jsonwebtoken picks its crypto backend from its features; if another crate of the program
/// turns on its second backend too, it cannot choose and panics. Installing ours first (a
/// no-op when one is already installed) keeps verification working either way.
fn install_provider() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let _ = jsonwebtoken::crypto::aws_lc::DEFAULT_PROVIDER.install_default();
    });
}

/// The algorithms a verifier accepts: asymmetric only, so a public key cannot be used as an
/// HMAC secret.
fn accepted(alg: &str) -> Option<Algorithm> {
    Some(match alg {
        "ES256" => Algorithm::ES256,
        "ES384" => Algorithm::ES384,
        "RS256" => Algorithm::RS256,
        "RS384" => Algorithm::RS384,
        "RS512" => Algorithm::RS512,
        "PS256" => Algorithm::PS256,
        "PS384" => Algorithm::PS384,
        "PS512" => Algorithm::PS512,
        "EdDSA" => Algorithm::EdDSA,
        _ => return None,
    })
}

/// The token's algorithm and key id, read from its header without trusting it: the header is
/// decoded here rather than by jsonwebtoken, so that `none` and unknown algorithms get their
/// own error instead of a parse failure.
fn header(token: &str) -> Result<(Algorithm, String), VerifyError> {
    let malformed = |reason: &str| VerifyError::Malformed {
        reason: reason.to_string(),
    };
    let mut parts = token.split('.');
    let (Some(header), Some(_), Some(_), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(malformed("it does not have three parts"));
    };
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(header.trim_end_matches('='))
        .map_err(|_| malformed("its header is not base64url"))?;
    let header: Map<String, Value> =
        serde_json::from_slice(&bytes).map_err(|_| malformed("its header is not a JSON object"))?;
    let alg = header
        .get("alg")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let alg = accepted(alg).ok_or_else(|| VerifyError::UnsupportedAlgorithm {
        alg: alg.to_string(),
    })?;
    let kid = header
        .get("kid")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    Ok((alg, kid))
}

/// A key of the key set, with the algorithm it is for.
fn decoding_key(key: &Map<String, Value>) -> Result<(Algorithm, DecodingKey), String> {
    let jwk: Jwk = serde_json::from_value(Value::Object(key.clone()))
        .map_err(|e| format!("not a JSON Web Key: {e}"))?;
    let alg = key
        .get("alg")
        .and_then(Value::as_str)
        .ok_or("it has no `alg`")?;
    let alg = accepted(alg).ok_or_else(|| format!("its algorithm {alg:?} is not accepted"))?;
    let decoding = DecodingKey::from_jwk(&jwk).map_err(|e| e.to_string())?;
    Ok((alg, decoding))
}

/// The error a refused token gets.
fn refusal(error: jsonwebtoken::errors::Error, token: &str) -> VerifyError {
    use jsonwebtoken::errors::ErrorKind as K;
    match error.kind() {
        K::InvalidSignature => VerifyError::BadSignature,
        K::ExpiredSignature => VerifyError::Expired {
            expired_at: expiry(token).unwrap_or_else(Timestamp::now),
        },
        K::ImmatureSignature => VerifyError::NotYetValid,
        K::InvalidIssuer => VerifyError::WrongIssuer,
        K::InvalidAudience => VerifyError::WrongAudience,
        K::InvalidAlgorithm | K::MissingAlgorithm | K::InvalidAlgorithmName => {
            VerifyError::UnsupportedAlgorithm {
                alg: "mismatch".into(),
            }
        }
        K::MissingRequiredClaim(claim) | K::InvalidClaimFormat(claim) => VerifyError::BadClaim {
            claim: claim.clone(),
        },
        other => VerifyError::Malformed {
            reason: format!("{other:?}"),
        },
    }
}

/// The `exp` of a token whose signature was checked (to report when it expired).
fn expiry(token: &str) -> Option<Timestamp> {
    let payload = token.split('.').nth(1)?;
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload)
        .ok()?;
    let claims: Map<String, Value> = serde_json::from_slice(&bytes).ok()?;
    seconds(claims.get("exp")?)
}

fn seconds(value: &Value) -> Option<Timestamp> {
    Timestamp::from_unix(value.as_i64()?, 0)
}

fn claims(mut all: Map<String, Value>) -> Result<Claims, VerifyError> {
    let bad = |claim: &str| VerifyError::BadClaim {
        claim: claim.to_string(),
    };
    let text = |all: &mut Map<String, Value>, key: &str| match all.remove(key) {
        Some(Value::String(s)) => Some(s),
        Some(other) => {
            all.insert(key.to_string(), other);
            None
        }
        None => None,
    };
    let user_id = text(&mut all, "sub").ok_or_else(|| bad("sub"))?;
    let expires_at = all.get("exp").and_then(seconds).ok_or_else(|| bad("exp"))?;
    all.remove("exp");
    let issued_at = all.get("iat").and_then(seconds);
    if issued_at.is_some() {
        all.remove("iat");
    }
    // A claim that is not of its typed shape stays in `extra`, whole.
    let scopes = match all.remove("scopes") {
        Some(Value::Array(list)) if list.iter().all(Value::is_string) => list
            .into_iter()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect(),
        Some(other) => {
            all.insert("scopes".into(), other);
            Vec::new()
        }
        None => match text(&mut all, "scope") {
            Some(scope) => scope.split_whitespace().map(str::to_string).collect(),
            None => Vec::new(),
        },
    };
    let profile = match all.remove("pangea.profile") {
        Some(Value::Object(fields)) if fields.values().all(Value::is_string) => fields
            .into_iter()
            .filter_map(|(k, v)| v.as_str().map(|v| (k, v.to_string())))
            .collect(),
        Some(other) => {
            all.insert("pangea.profile".into(), other);
            BTreeMap::new()
        }
        None => BTreeMap::new(),
    };
    Ok(Claims {
        user_id,
        email: text(&mut all, "email"),
        username: text(&mut all, "username"),
        scopes,
        profile,
        expires_at,
        issued_at,
        issuer: text(&mut all, "iss"),
        token_id: text(&mut all, "jti"),
        extra: all,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b64(json: &str) -> String {
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(json)
    }

    #[test]
    fn headers_are_read_without_trusting_them() {
        let token = |header: &str| format!("{}.{}.sig", b64(header), b64("{}"));
        assert!(matches!(
            header(&token(r#"{"alg":"none"}"#)),
            Err(VerifyError::UnsupportedAlgorithm { alg }) if alg == "none"
        ));
        assert!(matches!(
            header(&token(r#"{"alg":"HS256","kid":"k"}"#)),
            Err(VerifyError::UnsupportedAlgorithm { alg }) if alg == "HS256"
        ));
        assert!(matches!(
            header(&token(r#"{"alg":"ES256","kid":"pvi_1|1"}"#)),
            Ok((Algorithm::ES256, kid)) if kid == "pvi_1|1"
        ));
        for bad in ["", "a.b", "a.b.c.d", "!!!.e30.sig"] {
            assert!(
                matches!(header(bad), Err(VerifyError::Malformed { .. })),
                "{bad}"
            );
        }
        assert!(matches!(
            header(&format!("{}.e30.sig", b64("[1]"))),
            Err(VerifyError::Malformed { .. })
        ));
    }

    #[test]
    fn claims_are_typed_and_the_rest_kept() {
        let all: Map<String, Value> = serde_json::from_value(serde_json::json!({
            "sub": "pui_1", "exp": 1_900_000_000, "iat": 1_800_000_000, "iss": "https://authn",
            "jti": "pmt_1", "email": "joe@example.com", "username": "joe",
            "scope": "read write", "pangea.profile": {"first_name": "Joe"},
            "pangea.claims": {"role": "admin"}, "aud": ["app"]
        }))
        .expect("an object");
        let claims = claims(all).expect("valid claims");
        assert_eq!(claims.user_id, "pui_1");
        assert_eq!(claims.scopes, ["read", "write"]);
        assert_eq!(claims.profile["first_name"], "Joe");
        assert_eq!(claims.expires_at.unix_seconds(), 1_900_000_000);
        assert_eq!(
            claims.issued_at.map(|t| t.unix_seconds()),
            Some(1_800_000_000)
        );
        assert_eq!(claims.token_id.as_deref(), Some("pmt_1"));
        assert_eq!(claims.email.as_deref(), Some("joe@example.com"));
        assert_eq!(claims.username.as_deref(), Some("joe"));
        assert_eq!(claims.issuer.as_deref(), Some("https://authn"));
        assert_eq!(
            claims.extra.keys().collect::<Vec<_>>(),
            ["aud", "pangea.claims"]
        );
        // A known claim of another shape is kept whole in `extra`, not filtered.
        let odd: Map<String, Value> = serde_json::from_value(serde_json::json!({
            "sub": "pui_1", "exp": 1_900_000_000,
            "scopes": ["read", 7], "pangea.profile": {"first_name": "Joe", "age": 40}
        }))
        .expect("an object");
        let odd = super::claims(odd).expect("valid claims");
        assert!(odd.scopes.is_empty() && odd.profile.is_empty());
        assert_eq!(odd.extra["scopes"], serde_json::json!(["read", 7]));
        assert_eq!(
            odd.extra["pangea.profile"],
            serde_json::json!({"first_name": "Joe", "age": 40})
        );
        let no_sub: Map<String, Value> =
            serde_json::from_value(serde_json::json!({"exp": 1})).expect("an object");
        assert!(
            matches!(super::claims(no_sub), Err(VerifyError::BadClaim { claim }) if claim == "sub")
        );
    }
}
