//! Bad descriptions get one clear sentence per problem (naming the operation and the rule), never
//! a panic; plus the header of a good one and the `--check` diff summary.

use std::sync::atomic::{AtomicBool, Ordering};

/// A 3.0.3 document around `paths`, which is YAML indented by two spaces.
fn doc(paths: &str) -> String {
    format!("openapi: 3.0.3\ninfo: {{ title: t, version: \"1\" }}\npaths:\n{paths}")
}

/// The problems found in `text`, after checking the shape of the error.
fn problems(text: &str) -> Vec<String> {
    let err = match xtask::generate("bad.yaml", text) {
        Ok(code) => panic!("expected an error, generated:\n{code}"),
        Err(err) => err,
    };
    assert_eq!(err.file, "bad.yaml");
    assert!(!err.problems.is_empty());
    let shown = err.to_string();
    assert!(
        shown.starts_with("bad.yaml: cannot generate a client from this description\n  - "),
        "{shown}"
    );
    for p in &err.problems {
        assert!(shown.contains(&format!("\n  - {p}")), "{shown}");
    }
    err.problems
}

/// Asserts that one of `problems` contains every one of `parts`.
fn assert_problem(problems: &[String], parts: &[&str]) {
    assert!(
        problems
            .iter()
            .any(|p| parts.iter().all(|part| p.contains(part))),
        "no problem contains all of {parts:?}: {problems:#?}"
    );
}

const OK_200: &str = r#"
          description: ok
          content:
            application/json:
              schema: { type: object, properties: { pong: { type: boolean } } }"#;

#[test]
fn openapi_3_1_is_refused() {
    let text = doc(&format!(
        "  /ping:\n    get:\n      operationId: ping\n      responses:\n        \"200\":{OK_200}\n"
    ))
    .replace("openapi: 3.0.3", "openapi: 3.1.0");
    let problems = problems(&text);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_problem(&problems, &["`openapi: 3.1.0` is not supported", "3.0.x"]);
}

#[test]
fn missing_or_unquoted_version_is_named() {
    let missing = problems("info: { title: t, version: \"1\" }\npaths: {}\n");
    assert_problem(&missing, &["no `openapi` version", "3.0.x"]);
    // A bare `3.0` is a YAML number, not a 3.0.x version string.
    let number = problems("openapi: 3.0\ninfo: { title: t, version: \"1\" }\npaths: {}\n");
    assert_problem(&number, &["`openapi: 3.0` is not supported", "3.0.x"]);
}

#[test]
fn missing_operation_id_is_named_by_method_and_path() {
    let problems = problems(&doc(&format!(
        "  /ping:\n    post:\n      responses:\n        \"200\":{OK_200}\n"
    )));
    assert_eq!(
        problems,
        ["operation `POST /ping` has no operationId".to_string()]
    );
}

#[test]
fn duplicate_operation_id_names_both_operations() {
    let problems = problems(&doc(&format!(
        "  /a:\n    get:\n      operationId: ping\n      responses:\n        \"200\":{OK_200}\n\
         \x20 /b:\n    get:\n      operationId: ping\n      responses:\n        \"200\":{OK_200}\n"
    )));
    assert_eq!(
        problems,
        ["operation `ping` (GET /b) reuses the operationId of `GET /a`".to_string()]
    );
}

#[test]
fn default_response_with_another_body_than_200_is_refused() {
    let problems = problems(&doc(&format!(
        r#"  /thing:
    get:
      operationId: get_thing
      responses:
        "200":{OK_200}
        default:
          description: any error
          content:
            application/json:
              schema: {{ type: object, properties: {{ message: {{ type: string }} }} }}
"#
    )));
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_problem(
        &problems,
        &[
            "operation `get_thing` (GET /thing)",
            "success responses have 2 different bodies",
            "`default`",
        ],
    );
}

#[test]
fn default_response_next_to_a_2xx_range_is_only_an_error() {
    // progenitor drops `default` from the success responses when a `2XX` range is present.
    let text = doc(&format!(
        r#"  /thing:
    get:
      operationId: get_thing
      responses:
        2XX:{OK_200}
        default:
          description: any error
          content:
            application/json:
              schema: {{ type: object, properties: {{ message: {{ type: string }} }} }}
"#
    ));
    let code = xtask::generate("ok.yaml", &text).unwrap_or_else(|e| panic!("{e}"));
    assert!(code.contains("pub async fn send"), "{code}");
}

#[test]
fn different_4xx_and_5xx_bodies_are_refused() {
    let problems = problems(&doc(&format!(
        r#"  /thing:
    get:
      operationId: get_thing
      responses:
        "200":{OK_200}
        4XX:
          description: client error
          content:
            application/json:
              schema: {{ type: object, properties: {{ reason: {{ type: string }} }} }}
        5XX:
          description: server error
          content:
            application/json:
              schema: {{ type: object, properties: {{ trace: {{ type: string }} }} }}
"#
    )));
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_problem(
        &problems,
        &[
            "operation `get_thing` (GET /thing)",
            "error responses have 2 different bodies",
            "4XX, 5XX and `default`",
        ],
    );
}

#[test]
fn request_body_with_two_media_types_is_refused() {
    let problems = problems(&doc(&format!(
        r#"  /upload:
    post:
      operationId: upload
      requestBody:
        content:
          application/json:
            schema: {{ type: object }}
          application/json; charset=utf-8:
            schema: {{ type: object }}
      responses:
        "200":{OK_200}
"#
    )));
    assert_eq!(
        problems,
        ["operation `upload` (POST /upload): the request body has 2 media types; progenitor needs exactly one".to_string()]
    );
}

#[test]
fn problem_json_error_response_is_refused() {
    let problems = problems(&doc(&format!(
        r#"  /thing:
    get:
      operationId: get_thing
      responses:
        "200":{OK_200}
        4XX:
          description: client error
          content:
            application/problem+json:
              schema: {{ type: object, properties: {{ title: {{ type: string }} }} }}
"#
    )));
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_problem(
        &problems,
        &[
            "operation `get_thing` (GET /thing)",
            "response `4XX` uses `application/problem+json`",
            "only application/json",
        ],
    );
}

#[test]
fn json_response_without_schema_is_named() {
    // progenitor 0.15 hits a `todo!` on this shape; the checker names it first.
    let problems = problems(&doc(
        "  /thing:\n    get:\n      operationId: get_thing\n      responses:\n        \"200\":\n          description: ok\n          content:\n            application/json: {}\n",
    ));
    assert_eq!(
        problems,
        ["operation `get_thing` (GET /thing): response `200` has `application/json` content without a schema".to_string()]
    );
}

#[test]
fn invalid_yaml_is_refused() {
    let problems = problems("openapi: 3.0.3\npaths: [unclosed\n");
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(problems[0].starts_with("not valid YAML: "), "{problems:#?}");
}

#[test]
fn every_problem_is_reported_at_once() {
    let problems = problems(&doc(&format!(
        r#"  /a:
    get:
      responses:
        "200":{OK_200}
  /b:
    get:
      operationId: b
      responses:
        "200":{OK_200}
        5XX:
          description: server error
          content:
            text/plain:
              schema: {{ type: string }}
"#
    )));
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert_problem(&problems, &["operation `GET /a` has no operationId"]);
    assert_problem(&problems, &["operation `b` (GET /b)", "`text/plain`"]);
}

#[test]
fn a_progenitor_panic_becomes_an_error() {
    // `exclusiveMinimum` without `minimum` (and without `type`) is a `todo!` in progenitor 0.15
    // that the checker does not know about: it must come back as a problem, not unwind through
    // the caller.
    let problems = problems(&doc(&format!(
        r#"  /thing:
    get:
      operationId: get_thing
      parameters:
        - name: n
          in: query
          schema: {{ exclusiveMinimum: true }}
      responses:
        "200":{OK_200}
"#
    )));
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_problem(
        &problems,
        &[
            "progenitor failed on a shape this checker does not know about",
            "exclusive_minimum set without minimum",
        ],
    );
}

#[test]
fn a_valid_description_starts_with_the_header() {
    let text = doc(&format!(
        "  /ping:\n    post:\n      operationId: ping\n      responses:\n        \"200\":{OK_200}\n"
    ));
    let code = xtask::generate("ping.yaml", &text).unwrap_or_else(|e| panic!("{e}"));
    let header = xtask::header("ping.yaml");
    assert!(header.starts_with("// Generated from ping.yaml by `cargo xtask generate`"));
    assert!(code.starts_with(&header), "{code}");
    assert!(code.contains("pub fn ping(&self)"), "{code}");
    assert!(!code.contains('\r'));
}

#[test]
fn diff_summary_counts_and_truncates() {
    let old = "a\nb\nc\n";
    let new = "a\nB\nc\nd\n";
    let full = xtask::diff_summary(old, new, 100);
    assert!(
        full.starts_with("2 line(s) would be added, 1 removed:\n"),
        "{full}"
    );
    assert!(full.contains("\n--- checked in"), "{full}");
    assert!(full.contains("\n+++ generated"), "{full}");
    assert!(full.contains("\n-b\n+B\n"), "{full}");
    assert!(full.contains("\n+d\n"), "{full}");
    assert!(!full.contains("more diff line(s)"), "{full}");
    let diff_lines = full.lines().count() - 1;

    let short = xtask::diff_summary(old, new, 3);
    let kept: Vec<&str> = short.lines().collect();
    assert_eq!(kept.len(), 1 + 3 + 1, "{short}");
    assert_eq!(
        kept.last().copied(),
        Some(format!("... and {} more diff line(s)", diff_lines - 3).as_str())
    );

    let same = xtask::diff_summary(old, old, 10);
    assert_eq!(same, "0 line(s) would be added, 0 removed:\n");
}

/// Set by the panic hook this file installs, when it sees the marker panic.
static MARKER_SEEN: AtomicBool = AtomicBool::new(false);
const MARKER: &str = "xtask-errors-panic-hook-marker";
const CHILD_ENV: &str = "XTASK_ERRORS_PANIC_HOOK_CHILD";

/// Generating on several threads at once must leave the process's panic hook as it was
/// (it once left the silencing hook installed, which hid every later panic message).
/// The check sets the global panic hook, so it runs in a process of its own.
#[test]
fn parallel_generation_keeps_the_panic_hook() {
    let exe = std::env::current_exe().unwrap_or_else(|e| panic!("{e}"));
    let out = std::process::Command::new(exe)
        .args([
            "--exact",
            "panic_hook_child",
            "--include-ignored",
            "--test-threads=1",
        ])
        .env(CHILD_ENV, "1")
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && stdout.contains("1 passed"),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
#[ignore = "run by parallel_generation_keeps_the_panic_hook in a process of its own"]
fn panic_hook_child() {
    if std::env::var_os(CHILD_ENV).is_none() {
        return;
    }
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if info.payload().downcast_ref::<&str>() == Some(&MARKER) {
            MARKER_SEEN.store(true, Ordering::SeqCst);
        } else {
            previous(info);
        }
    }));
    let text = doc(&format!(
        "  /ping:\n    post:\n      operationId: ping\n      responses:\n        \"200\":{OK_200}\n"
    ));
    std::thread::scope(|s| {
        for _ in 0..4 {
            s.spawn(|| {
                for _ in 0..25 {
                    assert!(xtask::generate("ping.yaml", &text).is_ok());
                }
            });
        }
    });
    let _ = std::panic::catch_unwind(|| std::panic::panic_any(MARKER));
    assert!(
        MARKER_SEEN.load(Ordering::SeqCst),
        "the panic hook installed before generating was replaced"
    );
}
