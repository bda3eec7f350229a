//! The copy of a request that the transport keeps, to send it again on a retry.

use std::time::Duration;

use bytes::Bytes;
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};

/// The most headers kept without a map. Requests reach the copy with the generated headers
/// only (`accept`, and `content-type` for a body): the SDK's own are set after it is taken.
const FEW: usize = 2;

/// A request, kept to be sent again: the URL and the body share one buffer, and a few headers
/// are kept in place.
///
/// Every call takes one, and nearly every call drops it unused. A copy made as a
/// `reqwest::Request` allocates four times (the URL, the header map's two tables, the body);
/// this one allocates once. The URL is parsed again only when a retry needs it.
///
/// Its `Debug` shows neither the body (passwords, login codes and tokens travel there) nor
/// header values.
pub(crate) struct RetryCopy {
    method: reqwest::Method,
    version: reqwest::Version,
    timeout: Option<Duration>,
    /// The URL's text, then the body's bytes.
    url_and_body: Box<[u8]>,
    url_len: usize,
    has_body: bool,
    headers: Headers,
}

enum Headers {
    Few([Option<(HeaderName, HeaderValue)>; FEW]),
    Map(HeaderMap),
}

impl std::fmt::Debug for RetryCopy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let url = self.url_and_body.get(..self.url_len).unwrap_or_default();
        let headers: Vec<&str> = match &self.headers {
            Headers::Few(few) => few
                .iter()
                .flatten()
                .map(|(name, _)| name.as_str())
                .collect(),
            Headers::Map(map) => map.keys().map(HeaderName::as_str).collect(),
        };
        f.debug_struct("RetryCopy")
            .field("method", &self.method)
            .field("url", &String::from_utf8_lossy(url))
            .field("headers", &headers)
            .field(
                "body",
                &format_args!(
                    "<{} bytes redacted>",
                    self.url_and_body.len().saturating_sub(self.url_len)
                ),
            )
            .finish_non_exhaustive()
    }
}

impl RetryCopy {
    /// The copy, or `None` for a streaming body, which cannot be copied.
    pub(crate) fn of(request: &reqwest::Request) -> Option<Self> {
        let body = match request.body() {
            Some(body) => Some(body.as_bytes()?),
            None => None,
        };
        let url = request.url().as_str();
        let mut url_and_body = Vec::with_capacity(url.len() + body.map_or(0, <[u8]>::len));
        url_and_body.extend_from_slice(url.as_bytes());
        url_and_body.extend_from_slice(body.unwrap_or_default());
        let source = request.headers();
        let headers = if source.len() <= FEW {
            let mut few: [Option<(HeaderName, HeaderValue)>; FEW] = Default::default();
            for (slot, (name, value)) in few.iter_mut().zip(source) {
                *slot = Some((name.clone(), value.clone()));
            }
            Headers::Few(few)
        } else {
            Headers::Map(source.clone())
        };
        Some(Self {
            method: request.method().clone(),
            version: request.version(),
            timeout: request.timeout().copied(),
            url_and_body: url_and_body.into_boxed_slice(),
            url_len: url.len(),
            has_body: body.is_some(),
            headers,
        })
    }

    /// The request again, as it was copied; `None` if its URL no longer parses, which the text
    /// of a parsed URL always does.
    pub(crate) fn request(&self) -> Option<reqwest::Request> {
        let (url, body) = self.url_and_body.split_at(self.url_len);
        let url = reqwest::Url::parse(std::str::from_utf8(url).ok()?).ok()?;
        let mut request = reqwest::Request::new(self.method.clone(), url);
        if self.has_body {
            *request.body_mut() = Some(Bytes::copy_from_slice(body).into());
        }
        *request.headers_mut() = self.headers.to_map();
        *request.version_mut() = self.version;
        // Only when set: reqwest keeps the timeout in the request's extension map, which
        // setting it allocates.
        if let Some(timeout) = self.timeout {
            *request.timeout_mut() = Some(timeout);
        }
        Some(request)
    }

    /// The copied headers (to poll a 202 with).
    pub(crate) fn into_headers(self) -> HeaderMap {
        match self.headers {
            Headers::Map(map) => map,
            few => few.to_map(),
        }
    }
}

impl Headers {
    fn to_map(&self) -> HeaderMap {
        match self {
            Headers::Map(map) => map.clone(),
            Headers::Few(few) => {
                let mut map = HeaderMap::with_capacity(FEW);
                for (name, value) in few.iter().flatten() {
                    map.append(name.clone(), value.clone());
                }
                map
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::{ACCEPT, AUTHORIZATION, CONTENT_TYPE};

    #[test]
    fn debug_shows_no_body_and_no_header_value() {
        let original = request(
            Some(r#"{"code":"pmc_secretcode","password":"hunter2"}"#),
            &[
                (CONTENT_TYPE, "application/json"),
                (AUTHORIZATION, "Bearer pts_secret"),
            ],
        );
        let copy = RetryCopy::of(&original).expect("a copy");
        let debug = format!("{copy:?}");
        for secret in [
            "hunter2",
            "pmc_secretcode",
            "pts_secret",
            "application/json",
        ] {
            assert!(!debug.contains(secret), "{debug}");
        }
        assert!(debug.contains("/v2/user/profile/get"), "{debug}");
        assert!(debug.contains("46 bytes redacted"), "{debug}");
    }

    fn request(body: Option<&str>, headers: &[(HeaderName, &'static str)]) -> reqwest::Request {
        let url = reqwest::Url::parse("http://127.0.0.1:4010/v2/user/profile/get?x=%20y#f")
            .expect("a valid URL");
        let mut request = reqwest::Request::new(reqwest::Method::POST, url);
        *request.body_mut() = body.map(|b| b.to_string().into());
        for (name, value) in headers {
            request
                .headers_mut()
                .append(name.clone(), HeaderValue::from_static(value));
        }
        *request.version_mut() = reqwest::Version::HTTP_11;
        *request.timeout_mut() = Some(Duration::from_millis(1500));
        request
    }

    fn headers(request: &reqwest::Request) -> Vec<(String, String)> {
        request
            .headers()
            .iter()
            .map(|(n, v)| (n.to_string(), v.to_str().unwrap_or("?").to_string()))
            .collect()
    }

    fn assert_same(copy: &reqwest::Request, original: &reqwest::Request) {
        assert_eq!(copy.method(), original.method());
        assert_eq!(copy.url(), original.url());
        assert_eq!(
            copy.body().map(|b| b.as_bytes()),
            original.body().map(|b| b.as_bytes())
        );
        assert_eq!(headers(copy), headers(original));
        assert_eq!(copy.version(), original.version());
        assert_eq!(copy.timeout(), original.timeout());
    }

    #[test]
    fn a_generated_request_comes_back_whole() {
        let original = request(
            Some(r#"{"email":"joe.user@email.com"}"#),
            &[
                (ACCEPT, "application/json"),
                (CONTENT_TYPE, "application/json"),
            ],
        );
        let copy = RetryCopy::of(&original).expect("a buffered body is copied");
        assert!(matches!(copy.headers, Headers::Few(_)));
        let again = copy.request().expect("the URL parses again");
        assert_same(&again, &original);
        // The copy serves every retry, not only the first.
        assert_same(&copy.request().expect("the URL parses again"), &original);
        // And its headers alone, to poll a 202 with.
        assert_eq!(&copy.into_headers(), original.headers());
    }

    #[test]
    fn more_headers_and_repeated_ones_are_kept_in_order() {
        let original = request(
            Some("{}"),
            &[
                (ACCEPT, "application/json"),
                (ACCEPT, "text/plain"),
                (CONTENT_TYPE, "application/json"),
                (AUTHORIZATION, "Bearer x"),
            ],
        );
        let copy = RetryCopy::of(&original).expect("copied");
        assert!(matches!(copy.headers, Headers::Map(_)));
        assert_same(&copy.request().expect("the URL parses again"), &original);
        assert_eq!(copy.into_headers().get_all(ACCEPT).iter().count(), 2);
    }

    #[test]
    fn no_body_stays_no_body_and_an_empty_one_stays_empty() {
        let none = request(None, &[(ACCEPT, "application/json")]);
        let again = RetryCopy::of(&none)
            .expect("copied")
            .request()
            .expect("parses");
        assert!(again.body().is_none());
        assert_same(&again, &none);

        let empty = request(Some(""), &[]);
        let again = RetryCopy::of(&empty)
            .expect("copied")
            .request()
            .expect("parses");
        assert_eq!(again.body().and_then(|b| b.as_bytes()), Some(&b""[..]));
        assert_same(&again, &empty);
    }

    #[test]
    fn a_streaming_body_is_not_copied() {
        let mut streaming = request(None, &[]);
        *streaming.body_mut() = Some(reqwest::Body::wrap(String::from("{}")));
        assert!(RetryCopy::of(&streaming).is_none());
    }
}
