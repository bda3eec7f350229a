//! Every answer the emulator gives in the end-to-end tests and in the quickstart validates
//! against `openapi/authn.yaml` with a standard JSON Schema validator (the `jsonschema` crate),
//! so the description and the emulator cannot drift apart.
//!
//! The emulator records its answers when `AUTHN_EMULATOR_RECORD_ANSWERS` names a directory.
//! This test runs the workspace's end-to-end test files (`e2e_*.rs`) in a child `cargo test`
//! with it set, runs the quickstart in-process with recording on, then validates each answer
//! against the schema the description gives for its path, method and HTTP status. The
//! OpenAPI 3.0 `nullable` is read as Schemathesis reads it: `anyOf: [schema, {type: null}]`.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use authn_emulator::{Emulator, EmulatorConfig};
use authn_sdk::{AuthN, Config};
use authn_tests::{description, workspace};
use serde_json::{Value, json};

#[path = "../../authn-sdk/examples/quickstart.rs"]
mod quickstart;

/// The end-to-end test files whose answers are checked.
const E2E: [&str; 5] = [
    "e2e_calls",
    "e2e_concurrency",
    "e2e_pagination",
    "e2e_scripted_faults",
    "e2e_sessions",
];

/// OpenAPI 3.0 schemas to JSON Schema: `nullable: true` becomes a union with `null`.
fn to_json_schema(value: &mut Value) {
    match value {
        Value::Object(map) => {
            map.values_mut().for_each(to_json_schema);
            if map.remove("nullable") == Some(Value::Bool(true)) {
                let inner = Value::Object(std::mem::take(map));
                map.insert("anyOf".into(), json!([inner, {"type": "null"}]));
            }
        }
        Value::Array(items) => items.iter_mut().for_each(to_json_schema),
        _ => {}
    }
}

/// The validators of the description's answers, by (method, path, status key).
struct Answers {
    spec: Value,
    validators: BTreeMap<String, jsonschema::Validator>,
}

impl Answers {
    fn new() -> Self {
        let mut spec = description();
        to_json_schema(&mut spec["components"]);
        Self {
            spec,
            validators: BTreeMap::new(),
        }
    }

    /// The validator of a component schema.
    fn schema(&mut self, name: &str) -> &jsonschema::Validator {
        let key = format!("schema {name}");
        if !self.validators.contains_key(&key) {
            let schema = json!({
                "$ref": format!("#/components/schemas/{name}"),
                "components": self.spec["components"].clone(),
            });
            let validator = jsonschema::options()
                .with_draft(jsonschema::Draft::Draft4)
                .should_validate_formats(true)
                .build(&schema)
                .unwrap_or_else(|e| panic!("{name} is not a valid schema: {e}"));
            self.validators.insert(key.clone(), validator);
        }
        &self.validators[&key]
    }

    /// The component schema the description gives for this answer.
    fn schema_name(&self, method: &str, route: &str, status: u16) -> String {
        // The emulator names path parameters as axum does; the description in camel case.
        let path = route.replace("{request_id}", "{requestId}");
        let operation = &self.spec["paths"][&path][method.to_ascii_lowercase()];
        assert!(operation.is_object(), "{method} {route} is not described");
        let responses = &operation["responses"];
        let exact = status.to_string();
        let range = format!("{}XX", status / 100);
        let response = responses
            .get(&exact)
            .or_else(|| responses.get(&range))
            .unwrap_or_else(|| panic!("{method} {path} describes no {status} answer"));
        let name = response["$ref"]
            .as_str()
            .and_then(|r| r.strip_prefix("#/components/responses/"))
            .expect("a response $ref");
        let schema = &self.spec["components"]["responses"][name]["content"]["application/json"]["schema"]
            ["$ref"];
        schema
            .as_str()
            .and_then(|r| r.strip_prefix("#/components/schemas/"))
            .expect("a schema $ref")
            .to_string()
    }

    /// The problems of one recorded answer; empty when it validates.
    fn check(&mut self, line: &Value) -> Vec<String> {
        let method = line["method"].as_str().expect("method");
        let route = line["route"].as_str().expect("route");
        let status = line["status"].as_u64().and_then(|s| u16::try_from(s).ok());
        let status = status.expect("status");
        let name = self.schema_name(method, route, status);
        let validator = self.schema(&name);
        validator
            .iter_errors(&line["body"])
            .map(|e| {
                format!(
                    "{method} {route} {status} ({name}): {e} at {}",
                    e.instance_path()
                )
            })
            .collect()
    }
}

fn recorded(dir: &Path) -> Vec<Value> {
    let mut lines = Vec::new();
    for entry in std::fs::read_dir(dir).expect("the recording directory") {
        let text = std::fs::read_to_string(entry.expect("an entry").path()).expect("readable");
        for line in text.lines() {
            lines.push(serde_json::from_str(line).expect("a JSON line"));
        }
    }
    lines
}

/// Runs the end-to-end test files in a child `cargo test` that records into `dir`.
fn run_e2e(dir: &Path) {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut command = Command::new(cargo);
    // `--workspace`, like the gate's own `cargo test`, so the child reuses its build.
    command
        .current_dir(workspace())
        .args(["test", "--quiet", "--workspace"]);
    for test in E2E {
        command.args(["--test", test]);
    }
    let output = command
        .env("AUTHN_EMULATOR_RECORD_ANSWERS", dir)
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "the end-to-end tests failed:\n{}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Runs the quickstart in-process against an emulator that records into `dir`.
fn run_quickstart(dir: &Path) {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    runtime.block_on(async {
        let config = EmulatorConfig {
            record_answers: Some(dir.to_path_buf()),
            ..EmulatorConfig::new(authn_emulator::new_id("pts"))
        };
        let emulator = Emulator::start_with(config, "127.0.0.1:0".parse().expect("addr"))
            .await
            .expect("emulator starts");
        let authn =
            AuthN::new(Config::new(emulator.token()).base_url_template(emulator.base_url()))
                .expect("config");
        quickstart::run(&authn, Some(&emulator), &mut Vec::new())
            .await
            .expect("the walk-through succeeds");
        emulator.shutdown().await;
    });
}

#[test]
fn every_answer_of_the_end_to_end_tests_and_the_quickstart_validates() {
    let dir =
        Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("answers-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let (e2e, quickstart) = (dir.join("e2e"), dir.join("quickstart"));
    std::fs::create_dir_all(&e2e).expect("a directory");
    std::fs::create_dir_all(&quickstart).expect("a directory");
    run_e2e(&e2e);
    run_quickstart(&quickstart);

    let mut answers = Answers::new();
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut failures = Vec::new();
    let (e2e, quickstart) = (recorded(&e2e), recorded(&quickstart));
    for line in e2e.iter().chain(&quickstart) {
        let key = format!("{} {} {}", line["method"], line["route"], line["status"]);
        *seen.entry(key).or_default() += 1;
        failures.extend(answers.check(line));
    }
    println!(
        "answers validated against the description: {} ({} from the end-to-end tests, {} from \
         the quickstart), {} failures",
        e2e.len() + quickstart.len(),
        e2e.len(),
        quickstart.len(),
        failures.len()
    );
    for (key, count) in &seen {
        println!("  {key}: {count}");
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(failures.is_empty(), "{failures:#?}");
    // The check saw every operation, and the statuses the runs produce.
    assert!(
        quickstart.len() >= 10,
        "{} quickstart answers",
        quickstart.len()
    );
    for route in [
        "/v2/client/userinfo",
        "/v2/client/password/change",
        "/v2/user/create",
        "/v2/user/delete",
        "/v2/user/list",
        "/v2/user/update",
        "/v2/user/profile/get",
        "/v2/user/profile/update",
        "/v2/user/authenticators/delete",
        "/v2/user/authenticators/list",
        "/v2/client/token/check",
        "/v2/client/session/refresh",
        "/v2/client/session/logout",
        "/v2/client/session/list",
        "/v2/client/session/invalidate",
        "/v2/client/jwks",
        "/v2/session/list",
        "/v2/session/invalidate",
        "/v2/session/logout",
        "/v2/user/invite",
        "/v2/user/invite/list",
        "/v2/user/invite/delete",
        "/v2/user/password/expire",
        "/request/{request_id}",
    ] {
        assert!(
            seen.keys().any(|k| k.contains(&format!("\"{route}\""))),
            "no answer of {route}"
        );
    }
    for status in [200, 202, 400, 401, 413, 429, 503] {
        assert!(
            seen.keys().any(|k| k.ends_with(&format!(" {status}"))),
            "no {status} answer"
        );
    }
}

#[test]
fn the_validator_sees_a_wrong_answer_and_the_branches_are_disjoint() {
    let mut answers = Answers::new();
    let envelope = |status: &str, result: Value| {
        json!({"request_id": "prq_1", "request_time": "t0", "response_time": "t1",
               "status": status, "summary": "s", "result": result})
    };
    let user = json!({"id": "pui_1", "email": "a@b.co", "profile": {}, "verified": false});
    let line = |route: &str, status: u16, body: Value| json!({"method": "POST", "route": route, "status": status, "body": body});
    // Valid answers, one per shape.
    for valid in [
        line("/v2/user/create", 200, envelope("Success", user.clone())),
        line("/v2/user/create", 200, envelope("UserExists", Value::Null)),
        line("/v2/user/delete", 200, envelope("Success", Value::Null)),
        line("/v2/user/delete", 200, envelope("Success", json!({}))),
        line(
            "/v2/user/list",
            400,
            envelope(
                "ValidationError",
                json!({"errors": [
            {"code": "SomeCodeNotListedYet", "detail": "d", "source": "/x"}]}),
            ),
        ),
    ] {
        assert_eq!(answers.check(&valid), Vec::<String>::new(), "{valid}");
    }
    // A success whose result lacks a required field matches neither branch.
    let mut broken = user.clone();
    broken.as_object_mut().expect("an object").remove("id");
    let problems = answers.check(&line("/v2/user/create", 200, envelope("Success", broken)));
    assert!(!problems.is_empty());
    // A success is never also an `Envelope`, and a failure never a `UserSuccess`.
    assert!(
        answers
            .schema("Envelope")
            .validate(&envelope("Success", Value::Null))
            .is_err()
    );
    assert!(
        answers
            .schema("Envelope")
            .validate(&envelope("Accepted", Value::Null))
            .is_ok()
    );
    assert!(
        answers
            .schema("UserSuccess")
            .validate(&envelope("DisabledUser", user))
            .is_err()
    );
    // A known open-enum value matches: it is an `anyOf`.
    assert!(
        answers
            .schema("UserOrderBy")
            .validate(&json!("email"))
            .is_ok()
    );
    assert!(answers.schema("UserOrderBy").validate(&json!(5)).is_err());
}
