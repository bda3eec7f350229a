//! The keys that sign JWT active tokens (ES256, P-256), published at `client/jwks`.
//!
//! Keys are made when first needed, so an emulator that never signs makes none. Rotating adds
//! a key that signs from then on; the old public keys stay published (tokens they signed still
//! verify) unless the rotation drops them. The private keys are secrets: no `Debug`, error or
//! message shows them.

use aws_lc_rs::signature::{self, EcdsaKeyPair, KeyPair};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::core::Refusal;
use crate::core::ids::new_id;

/// One P-256 key.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct SigningKey {
    /// `pvi_...|N`, the shape of the official example's `kid`.
    pub kid: String,
    /// The private key, PKCS#8 v1 DER, base64url.
    pub pkcs8: String,
    /// The public point's coordinates, base64url, as the JWK has them.
    pub x: String,
    pub y: String,
}

impl std::fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SigningKey")
            .field("kid", &self.kid)
            .finish_non_exhaustive()
    }
}

impl SigningKey {
    fn generate(number: u32) -> Result<Self, Refusal> {
        let alg = &signature::ECDSA_P256_SHA256_FIXED_SIGNING;
        let document = EcdsaKeyPair::generate_pkcs8(alg, &aws_lc_rs::rand::SystemRandom::new())
            .map_err(|_| internal("a signing key could not be made"))?;
        Self::from_pkcs8(format!("{}|{number}", new_id("pvi")), document.as_ref())
            .ok_or_else(|| internal("a signing key could not be read back"))
    }

    /// The key of a PKCS#8 document, with its public coordinates; `None` if it is no P-256 key.
    fn from_pkcs8(kid: String, der: &[u8]) -> Option<Self> {
        let pair =
            EcdsaKeyPair::from_pkcs8(&signature::ECDSA_P256_SHA256_FIXED_SIGNING, der).ok()?;
        // The uncompressed point: 0x04, then x and y, 32 bytes each.
        let point = pair.public_key().as_ref();
        let (x, y) = match point {
            [0x04, rest @ ..] if rest.len() == 64 => rest.split_at(32),
            _ => return None,
        };
        Some(Self {
            kid,
            pkcs8: URL_SAFE_NO_PAD.encode(der),
            x: URL_SAFE_NO_PAD.encode(x),
            y: URL_SAFE_NO_PAD.encode(y),
        })
    }

    /// Whether a key read from a state file is a P-256 key whose coordinates agree.
    pub fn is_sound(&self) -> bool {
        URL_SAFE_NO_PAD
            .decode(&self.pkcs8)
            .ok()
            .and_then(|der| Self::from_pkcs8(self.kid.clone(), &der))
            .is_some_and(|again| again == *self)
    }

    fn jwk(&self) -> Value {
        json!({"kid": self.kid, "kty": "EC", "alg": "ES256", "crv": "P-256",
               "x": self.x, "y": self.y, "use": "sig"})
    }
}

fn internal(summary: &str) -> Refusal {
    Refusal::status("InternalError", summary)
}

/// What checking a JWT against the published keys found.
#[derive(Debug, PartialEq)]
pub(crate) enum Verified {
    /// Signed by a published key, not expired: its claims.
    Valid(Value),
    /// Signed by a published key, but expired.
    Expired,
    /// Not a JWT, not ES256, an unknown `kid`, or a bad signature.
    Invalid,
}

/// The published keys, the last one signing.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Keys {
    keys: Vec<SigningKey>,
    /// The number of the last key made.
    made: u32,
}

impl Keys {
    /// The keys of a state file.
    pub fn restore(keys: Vec<SigningKey>, made: u32) -> Self {
        Self { keys, made }
    }

    /// The keys and the number of the last key made, for the state file.
    pub fn save(&self) -> (Vec<SigningKey>, u32) {
        (self.keys.clone(), self.made)
    }

    /// The signing key, made if there is none yet.
    fn current(&mut self) -> Result<&SigningKey, Refusal> {
        if self.keys.is_empty() {
            self.rotate(false)?;
        }
        self.keys
            .last()
            .ok_or_else(|| internal("there is no signing key"))
    }

    /// Makes a new signing key; drops the others if `drop_old`. Returns the new `kid`.
    pub fn rotate(&mut self, drop_old: bool) -> Result<String, Refusal> {
        // Saturating: a state file may say any count.
        let key = SigningKey::generate(self.made.saturating_add(1))?;
        self.made = self.made.saturating_add(1);
        if drop_old {
            self.keys.clear();
        }
        let kid = key.kid.clone();
        self.keys.push(key);
        Ok(kid)
    }

    /// Signs `claims` with the current key: an ES256 JWT whose header has its `kid`.
    pub fn sign(&mut self, claims: &Value) -> Result<String, Refusal> {
        let key = self.current()?;
        let der = URL_SAFE_NO_PAD
            .decode(&key.pkcs8)
            .map_err(|_| internal("the signing key is damaged"))?;
        let mut header = Header::new(Algorithm::ES256);
        header.kid = Some(key.kid.clone());
        jsonwebtoken::encode(&header, claims, &EncodingKey::from_ec_der(&der))
            .map_err(|_| internal("the token could not be signed"))
    }

    /// `client/jwks`: the public keys, made if there is none yet.
    pub fn jwks(&mut self) -> Result<Value, Refusal> {
        self.current()?;
        Ok(json!({ "keys": self.keys.iter().map(SigningKey::jwk).collect::<Vec<_>>() }))
    }

    /// Checks a JWT's signature and expiry against the published keys.
    pub fn verify(&self, token: &str) -> Verified {
        let Ok(header) = jsonwebtoken::decode_header(token) else {
            return Verified::Invalid;
        };
        let Some(key) = self
            .keys
            .iter()
            .find(|k| header.kid.as_deref() == Some(k.kid.as_str()))
        else {
            return Verified::Invalid;
        };
        let Ok(decoding) = DecodingKey::from_ec_components(&key.x, &key.y) else {
            return Verified::Invalid;
        };
        let mut validation = Validation::new(Algorithm::ES256);
        validation.leeway = 0;
        validation.validate_aud = false;
        match jsonwebtoken::decode::<Value>(token, &decoding, &validation) {
            Ok(data) => Verified::Valid(data.claims),
            Err(e) if *e.kind() == jsonwebtoken::errors::ErrorKind::ExpiredSignature => {
                Verified::Expired
            }
            Err(_) => Verified::Invalid,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_verify_with_their_key_until_it_is_dropped() {
        let mut keys = Keys::default();
        let now = chrono::Utc::now().timestamp();
        let first = keys
            .sign(&json!({"sub": "pui_a", "exp": now + 60}))
            .expect("signed");
        assert!(matches!(keys.verify(&first), Verified::Valid(c) if c["sub"] == "pui_a"));
        let expired = keys
            .sign(&json!({"sub": "pui_a", "exp": now - 1}))
            .expect("signed");
        assert_eq!(keys.verify(&expired), Verified::Expired);
        keys.rotate(false).expect("rotated");
        assert_eq!(
            keys.jwks().expect("jwks")["keys"].as_array().map(Vec::len),
            Some(2)
        );
        assert!(matches!(keys.verify(&first), Verified::Valid(_)));
        keys.rotate(true).expect("rotated");
        assert_eq!(keys.verify(&first), Verified::Invalid);
        assert_eq!(keys.verify("a.b.c"), Verified::Invalid);
        assert!(keys.keys.iter().all(SigningKey::is_sound));
        let debug = format!("{keys:?}");
        assert!(!debug.contains(&keys.keys[0].pkcs8), "{debug}");
    }
}
