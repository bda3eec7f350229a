//! Code generation for the `authn-api` crate.
//!
//! The library half of `cargo xtask`: it turns an OpenAPI 3.0.x description into formatted Rust
//! with progenitor, after checking the description against the rules progenitor needs (so a bad
//! description gets a sentence naming the file and the operation, not a panic backtrace).
//! The workspace tests use it too, to snapshot the code generated from small fixture descriptions.
//!
//! ```
//! let spec = r#"
//! openapi: 3.0.3
//! info: { title: t, version: "1" }
//! paths:
//!   /ping:
//!     post:
//!       operationId: ping
//!       responses:
//!         "200":
//!           description: ok
//!           content:
//!             application/json:
//!               schema: { type: object, properties: { pong: { type: boolean } } }
//! "#;
//! let code = xtask::generate("ping.yaml", spec)?;
//! assert!(code.contains("pub async fn send"));
//! # Ok::<(), xtask::GenerateError>(())
//! ```

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::panic::{self, AssertUnwindSafe};
use std::sync::{Arc, Mutex, PoisonError};

use openapiv3::{OpenAPI, ReferenceOr, Response, StatusCode};
use progenitor::{GenerationSettings, Generator, HooksMode, InterfaceStyle, TagStyle, TypeImpl};

/// The description the real client is generated from, relative to the workspace root.
pub const SPEC_PATH: &str = "openapi/authn.yaml";
/// The generated file, relative to the workspace root.
pub const OUTPUT_PATH: &str = "authn-api/src/generated.rs";

/// Schemas of the description replaced by the hand-written `authn_api::strings` types: strings
/// with a pattern (whose derived JSON Schema must show it) and secrets (which must never print).
pub const STRING_TYPES: [&str; 16] = [
    "Identity",
    "Email",
    "Username",
    "AuthenticatorId",
    "FlowId",
    "LoginCode",
    "UserToken",
    "Password",
    "TokenValue",
    "AnyToken",
    "RefreshToken",
    "TokenId",
    "InviteId",
    "ServiceAccountId",
    "Callback",
    "CallbackState",
];

/// The answers of the calls (`oneOf: [XxxSuccess, Envelope]`), replaced by the hand-written
/// `authn_api::answers` types, which decode the envelope in one pass instead of serde's
/// buffer-then-try-each-variant decoding of untagged enums.
pub const ANSWER_TYPES: [&str; 11] = [
    "UserResponse",
    "EmptyResponse",
    "UserListResponse",
    "AuthenticatorListResponse",
    "UserinfoResponse",
    "TokenInfoResponse",
    "SessionListResponse",
    "ClientSessionListResponse",
    "JwksResponse",
    "InviteResponse",
    "InviteListResponse",
];

/// Schemas whose `pattern` the generated code does not check. Their Rust type stays the plain
/// newtype with a public field that typify makes of an unconstrained string (the SDK builds it
/// from the caller's string as is): a pattern would make typify emit a checked type with a
/// private field instead. The service, and the emulator, check the pattern.
pub const UNCHECKED_PATTERN_TYPES: [&str; 1] = ["Phone"];

/// Why a description could not be turned into code.
#[derive(Debug)]
pub struct GenerateError {
    /// The description's file name, as given by the caller.
    pub file: String,
    /// Every problem found, one sentence each.
    pub problems: Vec<String>,
}

impl fmt::Display for GenerateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: cannot generate a client from this description",
            self.file
        )?;
        for p in &self.problems {
            write!(f, "\n  - {p}")?;
        }
        Ok(())
    }
}

impl std::error::Error for GenerateError {}

/// The progenitor settings of the `authn-api` crate.
///
/// Builder interface (`client.op().body(..).send()`), one merged `Client`, `schemars::JsonSchema`
/// on every type (so tests can compare the Rust types with the description), ordered maps (so
/// serialised bodies are deterministic), and hooks that the hand-written `authn_api::hooks` module
/// must provide (auth, tracing and retries live there, not in generated code).
pub fn settings() -> GenerationSettings {
    let mut settings = GenerationSettings::default();
    settings
        .with_interface(InterfaceStyle::Builder)
        .with_tag(TagStyle::Merged)
        .with_derive("schemars::JsonSchema")
        .with_derive("PartialEq")
        .with_map_type("::std::collections::BTreeMap")
        .with_inner_type(quote_path("crate::hooks::Hooks"))
        .with_hooks(HooksMode::Expected);
    // Checked strings and secrets get hand-written types (authn-api/src/strings.rs).
    for name in STRING_TYPES {
        settings.with_replacement(
            name,
            format!("crate::strings::{name}"),
            [TypeImpl::FromStr].into_iter(),
        );
    }
    // Every date-time is a `crate::Timestamp` (authn-api/src/timestamp.rs): chrono's `DateTime`
    // behind a parser that reads Pangea's usual shape in one pass.
    settings.with_conversion(
        schemars::schema::SchemaObject {
            instance_type: Some(schemars::schema::InstanceType::String.into()),
            format: Some("date-time".to_string()),
            ..Default::default()
        },
        "crate::Timestamp",
        [TypeImpl::FromStr, TypeImpl::Display].into_iter(),
    );
    for name in ANSWER_TYPES {
        settings.with_replacement(name, format!("crate::answers::{name}"), std::iter::empty());
    }
    // `Envelope.status` is any status but `Success` (`not: {enum: [Success]}`), so that an
    // answer never matches both branches of `oneOf: [XxxSuccess, Envelope]`. typify would make
    // a checked newtype of it; the hand-written answers decide success themselves, so it stays
    // a `String`.
    settings.with_conversion(
        schemars::schema::SchemaObject {
            instance_type: Some(schemars::schema::InstanceType::String.into()),
            subschemas: Some(Box::new(schemars::schema::SubschemaValidation {
                not: Some(Box::new(
                    schemars::schema::SchemaObject {
                        enum_values: Some(vec![serde_json::Value::String("Success".into())]),
                        ..Default::default()
                    }
                    .into(),
                )),
                ..Default::default()
            })),
            ..Default::default()
        },
        "::std::string::String",
        [TypeImpl::FromStr, TypeImpl::Display].into_iter(),
    );
    settings
}

/// [`settings`], plus what depends on the description itself: each schema of
/// [`UNCHECKED_PATTERN_TYPES`] is read as a plain string, its pattern taken from the description
/// so that it is written down once.
pub fn settings_for(spec: &serde_json::Value) -> GenerationSettings {
    let mut settings = settings();
    for name in UNCHECKED_PATTERN_TYPES {
        let pattern = spec
            .pointer(&format!("/components/schemas/{name}/pattern"))
            .and_then(serde_json::Value::as_str);
        if let Some(pattern) = pattern {
            settings.with_conversion(
                schemars::schema::SchemaObject {
                    instance_type: Some(schemars::schema::InstanceType::String.into()),
                    string: Some(Box::new(schemars::schema::StringValidation {
                        pattern: Some(pattern.to_string()),
                        ..Default::default()
                    })),
                    ..Default::default()
                },
                "::std::string::String",
                // No FromStr: typify would then add a `TryFrom<String>` next to `From<String>`.
                [TypeImpl::Display].into_iter(),
            );
        }
    }
    settings
}

/// What progenitor is given of a description: the same document, with every `anyOf` read as a
/// `oneOf`.
///
/// The open enums are `anyOf: [KnownX, {type: string}]`, since a known value matches both
/// branches. typify reads an `anyOf` whose branches overlap as a struct of optional flattened
/// parts; of a `oneOf` it makes an untagged enum, which serde decodes by trying the branches
/// in order, the first that matches winning: that is the `anyOf` meant, and the Rust type the
/// description had when these were written as `oneOf`.
pub fn generator_view(spec: &mut serde_json::Value) {
    match spec {
        serde_json::Value::Object(map) => {
            if let Some(branches) = map.remove("anyOf") {
                map.insert("oneOf".to_string(), branches);
            }
            map.values_mut().for_each(generator_view);
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(generator_view),
        _ => {}
    }
}

fn quote_path(path: &str) -> proc_macro2::TokenStream {
    path.parse().expect("a constant Rust path always tokenizes")
}

/// The header put on top of every generated file.
pub fn header(spec_path: &str) -> String {
    format!(
        "// Generated from {spec_path} by `cargo xtask generate`; do not edit.\n\
         // Change the description or the generator settings in xtask/src/lib.rs, then regenerate.\n\n"
    )
}

/// Parses, checks and generates: the whole pipeline, returning the formatted file with its header.
pub fn generate(file: &str, spec_text: &str) -> Result<String, GenerateError> {
    let value = parse_value(spec_text).map_err(|p| fail(file, vec![p]))?;
    let settings = settings_for(&value);
    generate_value(file, value, &settings)
}

/// Like [`generate`], with other settings (the fixture snapshots use plain settings without hooks).
pub fn generate_with(
    file: &str,
    spec_text: &str,
    settings: &GenerationSettings,
) -> Result<String, GenerateError> {
    let value = parse_value(spec_text).map_err(|p| fail(file, vec![p]))?;
    generate_value(file, value, settings)
}

fn fail(file: &str, problems: Vec<String>) -> GenerateError {
    GenerateError {
        file: file.to_string(),
        problems,
    }
}

fn generate_value(
    file: &str,
    mut value: serde_json::Value,
    settings: &GenerationSettings,
) -> Result<String, GenerateError> {
    let fail = |problems: Vec<String>| fail(file, problems);
    generator_view(&mut value);
    let spec = from_value(value).map_err(|p| fail(vec![p]))?;
    let problems = check(&spec);
    if !problems.is_empty() {
        return Err(fail(problems));
    }
    let tokens = without_panics(|| Generator::new(settings).generate_tokens(&spec))
        .map_err(|p| fail(vec![p]))?
        .map_err(|e| fail(vec![format!("progenitor rejected the description: {e}")]))?;
    let mut file_ast: syn::File = syn::parse2(tokens).map_err(|e| {
        fail(vec![format!(
            "progenitor produced code that does not parse: {e}"
        )])
    })?;
    schema_derives_behind_feature(&mut file_ast.items);
    let body = prettyplease::unparse(&file_ast);
    Ok(format!("{}{}", header(file), body.replace("\r\n", "\n")))
}

/// Moves every `JsonSchema` derive of the generated types behind authn-api's `schemars`
/// feature (`#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]`): the schemas
/// serve the workspace's agreement tests only, and schemars (with its derive and a second
/// `syn`) should not be compiled for every user of the SDK. typify emits no `#[schemars(..)]`
/// helper attributes here, so nothing else depends on the derive.
fn schema_derives_behind_feature(items: &mut [syn::Item]) {
    for item in items {
        let attrs = match item {
            syn::Item::Struct(s) => &mut s.attrs,
            syn::Item::Enum(e) => &mut e.attrs,
            syn::Item::Mod(m) => {
                if let Some((_, content)) = &mut m.content {
                    schema_derives_behind_feature(content);
                }
                continue;
            }
            _ => continue,
        };
        let mut moved = false;
        for attr in attrs.iter_mut() {
            if !attr.path().is_ident("derive") {
                continue;
            }
            let Ok(paths) = attr.parse_args_with(
                syn::punctuated::Punctuated::<syn::Path, syn::Token![,]>::parse_terminated,
            ) else {
                continue;
            };
            let is_schema =
                |p: &syn::Path| p.segments.last().is_some_and(|s| s.ident == "JsonSchema");
            if !paths.iter().any(is_schema) {
                continue;
            }
            let kept: Vec<&syn::Path> = paths.iter().filter(|p| !is_schema(p)).collect();
            *attr = syn::parse_quote!(#[derive(#(#kept),*)]);
            moved = true;
        }
        if moved {
            attrs.push(syn::parse_quote!(
                #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
            ));
        }
    }
}

/// Parses YAML (or JSON, which is YAML) into an OpenAPI document.
pub fn parse(spec_text: &str) -> Result<OpenAPI, String> {
    from_value(parse_value(spec_text)?)
}

/// Parses YAML (or JSON) into a JSON value, without checking that it is OpenAPI.
pub fn parse_value(spec_text: &str) -> Result<serde_json::Value, String> {
    serde_yaml_ng::from_str(spec_text).map_err(|e| format!("not valid YAML: {e}"))
}

/// Reads a JSON value as an OpenAPI 3.0.x document.
fn from_value(value: serde_json::Value) -> Result<OpenAPI, String> {
    let version = match value.get("openapi") {
        Some(serde_json::Value::String(v)) => v.clone(),
        Some(other) => other.to_string(),
        None => {
            return Err("the document has no `openapi` version: progenitor reads OpenAPI 3.0.x only (write `openapi: 3.0.3`)".to_string());
        }
    };
    if !version.starts_with("3.0.") {
        return Err(format!(
            "`openapi: {version}` is not supported: progenitor reads OpenAPI 3.0.x only (write `openapi: 3.0.3`)"
        ));
    }
    serde_json::from_value(value).map_err(|e| format!("not a valid OpenAPI 3.0 document: {e}"))
}

/// Serialises the swaps of the process-wide panic hook in [`without_panics`]: two overlapping
/// swaps (tests generate in parallel) would otherwise leave the silencing hook installed for good.
static PANIC_HOOK: Mutex<()> = Mutex::new(());

/// Runs `f`, turning a panic into an error message instead of a backtrace on stderr.
fn without_panics<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    let _swap = PANIC_HOOK.lock().unwrap_or_else(PoisonError::into_inner);
    let previous = Arc::new(panic::take_hook());
    let others = Arc::clone(&previous);
    let quiet = std::thread::current().id();
    // Only this thread's panics are silenced; other threads keep reporting theirs.
    panic::set_hook(Box::new(move |info| {
        if std::thread::current().id() != quiet {
            others(info);
        }
    }));
    let result = panic::catch_unwind(AssertUnwindSafe(f));
    drop(panic::take_hook());
    match Arc::try_unwrap(previous) {
        Ok(hook) => panic::set_hook(hook),
        Err(shared) => panic::set_hook(Box::new(move |info| shared(info))),
    }
    result.map_err(|payload| {
        let msg = payload
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_else(|| "unknown panic".to_string());
        format!("progenitor failed on a shape this checker does not know about: {msg}")
    })
}

/// The rules progenitor 0.15 needs, checked up front so that each broken rule is named.
pub fn check(spec: &OpenAPI) -> Vec<String> {
    let mut problems = Vec::new();
    let mut ids: BTreeMap<String, String> = BTreeMap::new();
    for (path, item) in &spec.paths.paths {
        let item = match item {
            ReferenceOr::Item(item) => item,
            ReferenceOr::Reference { .. } => {
                problems.push(format!(
                    "path `{path}` is a $ref; progenitor needs path items inline"
                ));
                continue;
            }
        };
        for (method, op) in item.iter() {
            let at = format!("{} {path}", method.to_uppercase());
            let Some(id) = op.operation_id.as_deref() else {
                problems.push(format!("operation `{at}` has no operationId"));
                continue;
            };
            let name = format!("operation `{id}` ({at})");
            if let Some(other) = ids.insert(id.to_string(), at.clone()) {
                problems.push(format!("{name} reuses the operationId of `{other}`"));
            }
            if let Some(body) = &op.request_body {
                check_request_body(spec, &name, body, &mut problems);
            }
            check_responses(spec, &name, &op.responses, &mut problems);
        }
    }
    problems
}

fn check_request_body(
    spec: &OpenAPI,
    name: &str,
    body: &ReferenceOr<openapiv3::RequestBody>,
    problems: &mut Vec<String>,
) {
    let Some(body) = resolve_request_body(spec, body) else {
        problems.push(format!("{name}: its requestBody $ref does not resolve"));
        return;
    };
    if body.content.len() != 1 {
        problems.push(format!(
            "{name}: the request body has {} media types; progenitor needs exactly one",
            body.content.len()
        ));
    }
    for (media, content) in &body.content {
        if !is_json(media) {
            problems.push(format!(
                "{name}: request media type `{media}` is not supported here; use application/json"
            ));
        }
        if !content.encoding.is_empty() {
            problems.push(format!("{name}: request `encoding` maps are not supported"));
        }
    }
}

fn check_responses(
    spec: &OpenAPI,
    name: &str,
    responses: &openapiv3::Responses,
    problems: &mut Vec<String>,
) {
    // progenitor asserts one success body type and one error body type; `default` counts as both.
    let mut success: BTreeSet<String> = BTreeSet::new();
    let mut error: BTreeSet<String> = BTreeSet::new();
    let record = |code: &str, response: &ReferenceOr<Response>, problems: &mut Vec<String>| {
        let Some(response) = resolve_response(spec, response) else {
            problems.push(format!(
                "{name}: response `{code}` is a $ref that does not resolve"
            ));
            return None;
        };
        let mut body = "no body".to_string();
        for (media, content) in &response.content {
            if !is_json(media) {
                problems.push(format!(
                    "{name}: response `{code}` uses `{media}`; only application/json bodies are typed"
                ));
            } else if content.schema.is_none() {
                problems.push(format!(
                    "{name}: response `{code}` has `{media}` content without a schema"
                ));
            } else if !content.encoding.is_empty() {
                problems.push(format!(
                    "{name}: response `{code}`: `encoding` maps are not supported"
                ));
            }
            body = serde_json::to_string(&content.schema).unwrap_or_default();
        }
        Some(body)
    };
    for (status, response) in &responses.responses {
        let code = status.to_string();
        let Some(body) = record(&code, response, problems) else {
            continue;
        };
        let first = match status {
            StatusCode::Code(n) => n / 100,
            StatusCode::Range(n) => *n,
        };
        match first {
            2 => {
                success.insert(body);
            }
            4 | 5 => {
                error.insert(body);
            }
            _ => {}
        }
    }
    if let Some(default) = &responses.default
        && let Some(body) = record("default", default, problems)
    {
        // Next to a `2XX` range, progenitor drops `default` from the success responses.
        if !responses.responses.contains_key(&StatusCode::Range(2)) {
            success.insert(body.clone());
        }
        error.insert(body);
    }
    if success.len() > 1 {
        problems.push(format!(
            "{name}: its success responses have {} different bodies; progenitor allows one \
             (a `default` response counts as a success too, unless there is a `2XX`: \
             use 4XX/5XX instead)",
            success.len()
        ));
    }
    if error.len() > 1 {
        problems.push(format!(
            "{name}: its error responses have {} different bodies; progenitor allows one \
             (give 4XX, 5XX and `default` the same schema)",
            error.len()
        ));
    }
}

fn is_json(media: &str) -> bool {
    media == "application/json" || media.starts_with("application/json;")
}

fn resolve_response<'a>(spec: &'a OpenAPI, r: &'a ReferenceOr<Response>) -> Option<&'a Response> {
    match r {
        ReferenceOr::Item(item) => Some(item),
        ReferenceOr::Reference { reference } => {
            let name = reference.strip_prefix("#/components/responses/")?;
            match spec.components.as_ref()?.responses.get(name)? {
                ReferenceOr::Item(item) => Some(item),
                ReferenceOr::Reference { .. } => None,
            }
        }
    }
}

fn resolve_request_body<'a>(
    spec: &'a OpenAPI,
    r: &'a ReferenceOr<openapiv3::RequestBody>,
) -> Option<&'a openapiv3::RequestBody> {
    match r {
        ReferenceOr::Item(item) => Some(item),
        ReferenceOr::Reference { reference } => {
            let name = reference.strip_prefix("#/components/requestBodies/")?;
            match spec.components.as_ref()?.request_bodies.get(name)? {
                ReferenceOr::Item(item) => Some(item),
                ReferenceOr::Reference { .. } => None,
            }
        }
    }
}

/// A short, readable account of how `old` (checked in) differs from `new` (generated).
pub fn diff_summary(old: &str, new: &str, max_lines: usize) -> String {
    let diff = similar::TextDiff::from_lines(old, new);
    let mut out = String::new();
    let (mut added, mut removed) = (0usize, 0usize);
    for change in diff.iter_all_changes() {
        match change.tag() {
            similar::ChangeTag::Insert => added += 1,
            similar::ChangeTag::Delete => removed += 1,
            similar::ChangeTag::Equal => {}
        }
    }
    out.push_str(&format!(
        "{added} line(s) would be added, {removed} removed:\n"
    ));
    let unified = diff
        .unified_diff()
        .context_radius(2)
        .header("checked in", "generated")
        .to_string();
    let mut lines = unified.lines();
    for line in lines.by_ref().take(max_lines) {
        out.push_str(line);
        out.push('\n');
    }
    let rest = lines.count();
    if rest > 0 {
        out.push_str(&format!("... and {rest} more diff line(s)\n"));
    }
    out
}
