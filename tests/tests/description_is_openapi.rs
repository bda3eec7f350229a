//! `openapi/authn.yaml` is a valid OpenAPI 3.0 document by the OpenAPI Initiative's own JSON
//! Schema for 3.0.x (`tests/oas/openapi-3.0-schema.json`, the 2021-09-28 version of
//! <https://spec.openapis.org/oas/3.0/schema/2021-09-28>, Apache-2.0, copied from the
//! `openapi-spec-validator` package, which validates with it), read with the `jsonschema` crate.
//!
//! progenitor and Schemathesis read the description leniently: a key that OpenAPI does not
//! define inside a schema object (a YAML flow mapping split at an unquoted comma once made
//! `over all pages.` one) is ignored by both, but refused by stricter tools.

use std::path::Path;

use authn_tests::description;
use serde_json::{Value, json};

fn openapi_3_0() -> jsonschema::Validator {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("oas/openapi-3.0-schema.json"),
    )
    .expect("the OpenAPI 3.0 schema is readable");
    let schema: Value = serde_json::from_str(&text).expect("the schema is JSON");
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft4)
        .should_validate_formats(true)
        .build(&schema)
        .expect("the OpenAPI 3.0 schema compiles")
}

/// Where the document breaks the OpenAPI 3.0 schema, one line per error.
fn problems(validator: &jsonschema::Validator, document: &Value) -> Vec<String> {
    validator
        .iter_errors(document)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

#[test]
fn the_description_is_a_valid_openapi_3_0_document() {
    let problems = problems(&openapi_3_0(), &description());
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn a_key_openapi_does_not_define_in_a_schema_is_refused() {
    let validator = openapi_3_0();
    let mut document = description();
    document["components"]["schemas"]["SessionList"]["properties"]["count"]["over all pages."] =
        Value::Null;
    let found = problems(&validator, &document);
    assert!(
        found
            .iter()
            .any(|p| p.starts_with("/components/schemas/SessionList")),
        "{found:#?}"
    );
    // An `x-` extension is allowed anywhere a schema is.
    let mut document = description();
    document["components"]["schemas"]["SessionList"]["properties"]["count"]["x-note"] =
        json!("ours");
    assert!(problems(&validator, &document).is_empty());
}
