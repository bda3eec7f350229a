//! `openapi/authn.yaml` agrees with Pangea's official description of AuthN, operation by
//! operation: every request field with its type, pattern, enum values, minimum and date-time
//! format, which fields are required, whether the body is closed, and the field names and types
//! of each result.
//!
//! Pangea's description (OpenAPI 3.1, from `pangeacyber/pangea-python`'s test data) is not part
//! of this repository: it is reference material, read from `PANGEA_OFFICIAL_SPEC`, or from
//! `../shared/reference/pangea-authn.openapi.json` beside the workspace, or from
//! `/work/shared/reference/` (where a fresh clone elsewhere finds it). Where none exists
//! the test says so on stderr and checks nothing; on the machines that build this project it
//! exists, and CI runs it.
//!
//! The differences the description declares in its `info.description` are the only ones
//! allowed (see [`DECLARED`]).

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use authn_tests::description;
use serde_json::Value;

/// A request or result schema, reduced to what the two descriptions must agree on.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Sig {
    Any,
    Bool,
    Number,
    Integer {
        minimum: Option<i64>,
    },
    String {
        pattern: Option<String>,
        values: Option<BTreeSet<String>>,
        date_time: bool,
    },
    Array(Box<Sig>),
    Object(Object),
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
struct Object {
    properties: BTreeMap<String, Sig>,
    required: BTreeSet<String>,
    /// Properties of which exactly one must be given (Pangea's `exactlyOne`; our `oneOf` of
    /// closed objects that differ by one required property).
    exactly_one: BTreeSet<String>,
    closed: bool,
    /// Keys beyond `properties` are allowed (`patternProperties`, open `additionalProperties`).
    open_keys: bool,
}

/// The differences `openapi/authn.yaml` declares: request fields whose constraint is ours.
const DECLARED: &[(&str, &str)] = &[
    // `phone` is a pattern where Pangea names a custom format (`phone-E164-format`).
    ("/v2/user/update", "phone"),
    // `callback` is a pattern where Pangea names a custom format (`http-url`).
    ("/v2/user/invite", "callback"),
];

struct Side<'a> {
    schemas: &'a Value,
}

impl Side<'_> {
    fn target(&self, reference: &str) -> &Value {
        let name = reference
            .strip_prefix("#/components/schemas/")
            .unwrap_or_else(|| panic!("unexpected $ref {reference}"));
        self.schemas
            .get(name)
            .unwrap_or_else(|| panic!("no schema {name}"))
    }

    fn sig(&self, schema: &Value) -> Sig {
        self.sig_depth(schema, 0)
    }

    fn sig_depth(&self, schema: &Value, depth: usize) -> Sig {
        assert!(depth < 24, "schema nested too deep: {schema}");
        let next = |s: &Value| self.sig_depth(s, depth + 1);
        // A `$ref` with sibling properties (OpenAPI 3.1) merges the two objects.
        if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
            let target = next(self.target(reference));
            let has_siblings = schema
                .get("properties")
                .is_some_and(|p| p.as_object().is_some_and(|p| !p.is_empty()))
                || schema
                    .get("required")
                    .is_some_and(|r| r.as_array().is_some_and(|r| !r.is_empty()));
            if !has_siblings {
                return self.closing(target, schema);
            }
            let Sig::Object(mut merged) = target else {
                panic!("a $ref with properties to a non-object: {schema}");
            };
            if let Sig::Object(own) = self.object(schema, depth) {
                merged.properties.extend(own.properties);
                merged.required.extend(own.required);
            }
            return self.closing(Sig::Object(merged), schema);
        }
        // `nullable` in either form only widens the type: the value schema is what counts.
        for key in ["allOf", "oneOf", "anyOf"] {
            if let Some(list) = schema.get(key).and_then(Value::as_array) {
                let branches: Vec<&Value> = list
                    .iter()
                    .filter(|b| b.get("type").and_then(Value::as_str) != Some("null"))
                    .collect();
                if branches.len() == 1 {
                    return next(branches[0]);
                }
                return self.branches(key, &branches, depth);
            }
        }
        let ty = match schema.get("type") {
            Some(Value::String(t)) => Some(t.as_str()),
            Some(Value::Array(types)) => types
                .iter()
                .filter_map(Value::as_str)
                .find(|t| *t != "null"),
            _ => None,
        };
        match ty {
            Some("boolean") => Sig::Bool,
            Some("number") => Sig::Number,
            Some("integer") => Sig::Integer {
                minimum: schema.get("minimum").and_then(Value::as_i64),
            },
            Some("string") => Sig::String {
                pattern: schema
                    .get("pattern")
                    .and_then(Value::as_str)
                    .map(str::to_string),
                values: schema.get("enum").and_then(Value::as_array).map(|values| {
                    values
                        .iter()
                        .filter_map(Value::as_str)
                        .map(str::to_string)
                        .collect()
                }),
                date_time: schema.get("format").and_then(Value::as_str) == Some("date-time"),
            },
            Some("array") => Sig::Array(Box::new(schema.get("items").map_or(Sig::Any, next))),
            Some("object") => self.object(schema, depth),
            None if schema.get("properties").is_some() => self.object(schema, depth),
            _ => Sig::Any,
        }
    }

    /// `unevaluatedProperties: false` beside a `$ref` closes the merged object.
    fn closing(&self, sig: Sig, schema: &Value) -> Sig {
        match sig {
            Sig::Object(mut object) => {
                if schema.get("unevaluatedProperties") == Some(&Value::Bool(false))
                    || schema.get("additionalProperties") == Some(&Value::Bool(false))
                {
                    object.closed = true;
                }
                Sig::Object(object)
            }
            other => other,
        }
    }

    fn object(&self, schema: &Value, depth: usize) -> Sig {
        let properties = schema
            .get("properties")
            .and_then(Value::as_object)
            .map(|props| {
                props
                    .iter()
                    .map(|(name, s)| (name.clone(), self.sig_depth(s, depth + 1)))
                    .collect()
            })
            .unwrap_or_default();
        let names = |key: &str| -> BTreeSet<String> {
            schema
                .get(key)
                .and_then(Value::as_array)
                .map(|l| {
                    l.iter()
                        .filter_map(Value::as_str)
                        .map(str::to_string)
                        .collect()
                })
                .unwrap_or_default()
        };
        let closed = schema.get("additionalProperties") == Some(&Value::Bool(false))
            || schema.get("unevaluatedProperties") == Some(&Value::Bool(false));
        let open_keys = schema
            .get("patternProperties")
            .and_then(Value::as_object)
            .is_some_and(|p| !p.is_empty())
            || schema
                .get("additionalProperties")
                .is_some_and(|a| a.is_object() || a == &Value::Bool(true));
        Sig::Object(Object {
            properties,
            required: names("required"),
            exactly_one: names("exactlyOne"),
            closed,
            open_keys,
        })
    }

    /// Our "exactly one of" bodies are a `oneOf` of closed objects, one per selecting field;
    /// an open enum is an `anyOf` of its known values and any string.
    fn branches(&self, key: &str, branches: &[&Value], depth: usize) -> Sig {
        let sigs: Vec<Sig> = branches
            .iter()
            .map(|b| self.sig_depth(b, depth + 1))
            .collect();
        if key == "anyOf"
            && let [
                Sig::String {
                    values: Some(values),
                    ..
                },
                Sig::String {
                    values: None,
                    pattern: None,
                    ..
                },
            ] = sigs.as_slice()
        {
            return Sig::String {
                pattern: None,
                values: Some(values.clone()),
                date_time: false,
            };
        }
        let objects: Vec<&Object> = sigs
            .iter()
            .map(|s| match s {
                Sig::Object(o) => o,
                other => panic!("a {key} of a non-object: {other:?}"),
            })
            .collect();
        let mut merged = Object {
            closed: objects.iter().all(|o| o.closed),
            ..Object::default()
        };
        let in_all: BTreeSet<String> = objects
            .iter()
            .map(|o| o.required.clone())
            .reduce(|a, b| a.intersection(&b).cloned().collect())
            .unwrap_or_default();
        for object in &objects {
            for (name, sig) in &object.properties {
                merged.properties.insert(name.clone(), sig.clone());
            }
            merged
                .exactly_one
                .extend(object.required.difference(&in_all).cloned());
        }
        merged.required = in_all;
        Sig::Object(merged)
    }
}

fn official() -> Option<Value> {
    let beside = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../shared/reference/pangea-authn.openapi.json"
    ));
    // Where the machines that build this project keep it, for a clone made elsewhere (as the
    // gate's fresh clone is); the benchmark's Prism looks there too.
    let machine = PathBuf::from("/work/shared/reference/pangea-authn.openapi.json");
    let path = std::env::var_os("PANGEA_OFFICIAL_SPEC")
        .map(PathBuf::from)
        .unwrap_or_else(|| if beside.exists() { beside } else { machine });
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(serde_json::from_str(&text).expect("Pangea's description is JSON")),
        Err(e) => {
            eprintln!(
                "official_agreement: Pangea's description is not at {} ({e}); nothing checked. \
                 Set PANGEA_OFFICIAL_SPEC to check.",
                path.display()
            );
            None
        }
    }
}

/// Our request schema of `path`, and Pangea's.
fn requests(ours: &Value, official: &Value, path: &str) -> (Sig, Sig) {
    let body = |spec: &Value| {
        spec["paths"][path]["post"]["requestBody"]["content"]["application/json"]["schema"].clone()
    };
    let our = Side {
        schemas: &ours["components"]["schemas"],
    };
    let their = Side {
        schemas: &official["components"]["schemas"],
    };
    (our.sig(&body(ours)), their.sig(&body(official)))
}

/// The `result` of our success envelope of `path`, and the `result` Pangea describes.
fn results(ours: &Value, official: &Value, path: &str) -> (Sig, Sig) {
    let our = Side {
        schemas: &ours["components"]["schemas"],
    };
    let their = Side {
        schemas: &official["components"]["schemas"],
    };
    let response = &ours["paths"][path]["post"]["responses"]["200"]["$ref"];
    let response = response
        .as_str()
        .and_then(|r| r.strip_prefix("#/components/responses/"))
        .unwrap_or_else(|| panic!("{path}: the 200 answer is not a shared response"));
    let answer =
        &ours["components"]["responses"][response]["content"]["application/json"]["schema"];
    let answer = our.target(answer["$ref"].as_str().expect("a $ref"));
    let success = answer["oneOf"][0]["$ref"]
        .as_str()
        .expect("oneOf [XxxSuccess, Envelope]");
    let our_result = our.sig(&our.target(success)["properties"]["result"]);
    let official_200 = &official["paths"][path]["post"]["responses"]["200"]["content"]["application/json"]
        ["schema"];
    let official_result = official_200["allOf"]
        .as_array()
        .and_then(|parts| parts.iter().find_map(|p| p["properties"].get("result")))
        .unwrap_or_else(|| panic!("{path}: Pangea's 200 has no result"));
    (our_result, their.sig(official_result))
}

/// Every disagreement between two request signatures, as sentences.
fn compare_requests(path: &str, ours: &Sig, theirs: &Sig, out: &mut Vec<String>) {
    let (Sig::Object(ours), Sig::Object(theirs)) = (ours, theirs) else {
        out.push(format!("{path}: a body that is not an object"));
        return;
    };
    let names = |o: &Object| o.properties.keys().cloned().collect::<BTreeSet<_>>();
    if names(ours) != names(theirs) {
        out.push(format!(
            "{path}: fields {:?} where Pangea has {:?}",
            names(ours),
            names(theirs)
        ));
    }
    if ours.required != theirs.required {
        out.push(format!(
            "{path}: required {:?} where Pangea requires {:?}",
            ours.required, theirs.required
        ));
    }
    if ours.exactly_one != theirs.exactly_one {
        out.push(format!(
            "{path}: exactly one of {:?} where Pangea has {:?}",
            ours.exactly_one, theirs.exactly_one
        ));
    }
    if ours.closed != theirs.closed {
        out.push(format!(
            "{path}: closed {} where Pangea's is {}",
            ours.closed, theirs.closed
        ));
    }
    if theirs.open_keys && !ours.open_keys {
        out.push(format!("{path}: Pangea allows other keys, ours does not"));
    }
    for (name, their_sig) in &theirs.properties {
        let Some(our_sig) = ours.properties.get(name) else {
            continue;
        };
        let field = format!("{path} /{name}");
        if DECLARED.contains(&(path.split(' ').next().unwrap_or(path), name.as_str())) {
            continue;
        }
        compare_values(&field, our_sig, their_sig, out);
    }
}

fn compare_values(field: &str, ours: &Sig, theirs: &Sig, out: &mut Vec<String>) {
    match (ours, theirs) {
        (Sig::Object(_), Sig::Object(_)) => compare_requests(field, ours, theirs, out),
        (Sig::Array(a), Sig::Array(b)) => compare_values(&format!("{field}[]"), a, b, out),
        (a, b) if a == b => {}
        (a, b) => out.push(format!("{field}: ours is {a:?}, Pangea's is {b:?}")),
    }
}

/// Results agree on field names and on each field's kind (the constraints of an answer are
/// Pangea's to keep; ours decode leniently, so requiredness may differ).
fn compare_results(path: &str, ours: &Sig, theirs: &Sig, out: &mut Vec<String>) {
    fn kind(sig: &Sig) -> String {
        match sig {
            Sig::Any => "any".into(),
            Sig::Bool => "boolean".into(),
            Sig::Number => "number".into(),
            Sig::Integer { .. } => "integer".into(),
            Sig::String { date_time, .. } => if *date_time { "date-time" } else { "string" }.into(),
            Sig::Array(item) => format!("array of {}", kind(item)),
            Sig::Object(_) => "object".into(),
        }
    }
    match (ours, theirs) {
        (Sig::Object(ours), Sig::Object(theirs)) => {
            let names = |o: &Object| o.properties.keys().cloned().collect::<BTreeSet<_>>();
            if names(ours) != names(theirs) && !theirs.properties.is_empty() {
                out.push(format!(
                    "{path} result: fields {:?} where Pangea has {:?}",
                    names(ours),
                    names(theirs)
                ));
            }
            for (name, their_sig) in &theirs.properties {
                if let Some(our_sig) = ours.properties.get(name) {
                    compare_results(&format!("{path} .{name}"), our_sig, their_sig, out);
                }
            }
        }
        (Sig::Array(a), Sig::Array(b)) => compare_results(&format!("{path}[]"), a, b, out),
        // Pangea's untyped objects (`claims`, JWKS keys) against ours, and the like.
        (_, Sig::Any) | (Sig::Any, _) => {}
        (a, b) if kind(a) == kind(b) => {}
        (a, b) => out.push(format!(
            "{path}: ours is {}, Pangea's is {}",
            kind(a),
            kind(b)
        )),
    }
}

fn our_paths(ours: &Value) -> Vec<String> {
    ours["paths"]
        .as_object()
        .expect("paths")
        .keys()
        .filter(|p| p.starts_with("/v2/"))
        .cloned()
        .collect()
}

#[test]
fn every_request_agrees_with_pangeas_description() {
    let Some(official) = official() else { return };
    let ours = description();
    let mut problems = Vec::new();
    let paths = our_paths(&ours);
    assert_eq!(
        paths.len(),
        23,
        "the ten calls, the request poll aside, and the thirteen of issue 14"
    );
    for path in &paths {
        assert!(
            official["paths"].get(path.as_str()).is_some(),
            "Pangea has no {path}"
        );
        let (our, their) = requests(&ours, &official, path);
        compare_requests(path, &our, &their, &mut problems);
    }
    assert!(
        problems.is_empty(),
        "disagreements:\n{}",
        problems.join("\n")
    );
}

#[test]
fn every_result_agrees_with_pangeas_description() {
    let Some(official) = official() else { return };
    let ours = description();
    let mut problems = Vec::new();
    for path in our_paths(&ours) {
        let (our, their) = results(&ours, &official, &path);
        compare_results(&path, &our, &their, &mut problems);
    }
    assert!(
        problems.is_empty(),
        "disagreements:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_comparison_sees_what_it_compares() {
    let Some(official) = official() else { return };
    let ours = description();
    // A field dropped, a requirement lost, a pattern loosened: each must be found.
    let mut changed = ours.clone();
    let schemas = &mut changed["components"]["schemas"];
    schemas["InviteRequest"]["properties"]
        .as_object_mut()
        .expect("properties")
        .remove("state");
    schemas["SessionRefreshRequest"]["required"] = serde_json::json!([]);
    schemas["TokenId"]["pattern"] = Value::String("^pmt_.*$".into());
    let mut problems = Vec::new();
    for path in our_paths(&changed) {
        let (our, their) = requests(&changed, &official, &path);
        compare_requests(&path, &our, &their, &mut problems);
    }
    let text = problems.join("\n");
    assert!(text.contains("/v2/user/invite: fields"), "{text}");
    assert!(
        text.contains("/v2/client/session/refresh: required"),
        "{text}"
    );
    assert!(
        text.contains("/v2/session/invalidate /session_id"),
        "{text}"
    );
    // Results: a field renamed is found.
    let mut renamed = ours;
    let session = renamed["components"]["schemas"]["Session"]["properties"]
        .as_object_mut()
        .expect("properties");
    let expire = session.remove("expire").expect("expire");
    session.insert("expires".into(), expire);
    let mut problems = Vec::new();
    for path in our_paths(&renamed) {
        let (our, their) = results(&renamed, &official, &path);
        compare_results(&path, &our, &their, &mut problems);
    }
    assert!(problems.join("\n").contains("expires"), "{problems:?}");
}
