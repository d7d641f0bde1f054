//! Browser tests, run by `wasm-pack test --headless --chrome --firefox`.
#![cfg(target_arch = "wasm32")]

use sla_calculator::web::Calculator;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn the_builtin_catalog_answers_in_the_browser() {
    let calculator = Calculator::new(None).unwrap();
    // The SPEC §4 example: Friday 17:30 in Paris → Monday 11:00 CEST (09:00Z).
    let answer = calculator.deadline(
        r#"{"tier":"business","priority":"P2","region":"emea","zone":"Europe/Paris","submitted":"2026-03-27T16:30:00Z"}"#,
    );
    assert!(
        answer.contains(r#""deadline_utc":"2026-03-30T09:00:00Z""#),
        "{answer}"
    );
}

#[wasm_bindgen_test]
fn a_bad_catalog_is_an_error_naming_the_problem() {
    let Err(err) = Calculator::new(Some("{\"schema\": 2}".into())) else {
        panic!("a bad catalog was accepted");
    };
    let error = wasm_bindgen::JsValue::from(err);
    let message = js_sys::Reflect::get(&error, &"message".into())
        .unwrap()
        .as_string()
        .unwrap();
    assert!(
        message.contains("schema: unsupported version 2"),
        "{message}"
    );
}
