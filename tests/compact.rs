//! The compact catalog form (`src/catalog/compact.rs`): the built-in catalog
//! ships in it, and the catalog-reader module hands the widget an embedder's
//! catalog in it.
//!
//! `builtin_compact_is_current` rebuilds `src/catalog/default.bin` from
//! `default.json` and fails if the committed file differs;
//! `SLA_WRITE_BUILTIN=1 cargo test --test lib compact` rewrites it.

use sla_calculator::catalog::{compact, BUILTIN_COMPACT, BUILTIN_JSON};
use sla_calculator::Catalog;

use crate::support::Random;

#[test]
fn builtin_compact_is_current() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/catalog/default.bin");
    let expected = compact::write(&Catalog::from_json(BUILTIN_JSON).unwrap());
    if std::env::var_os("SLA_WRITE_BUILTIN").is_some() {
        std::fs::write(path, &expected).unwrap();
    }
    assert!(
        BUILTIN_COMPACT == expected.as_slice() && std::fs::read(path).unwrap() == expected,
        "src/catalog/default.bin is stale: SLA_WRITE_BUILTIN=1 cargo test --test lib compact"
    );
}

#[test]
fn the_builtin_catalog_reads_back_equal_to_its_json() {
    // Every deadline test (edge_cases, dst, filing…) computes from
    // `Catalog::builtin()`, i.e. from these bytes; they equal the checked JSON.
    assert_eq!(
        Catalog::builtin().unwrap(),
        Catalog::from_json(BUILTIN_JSON).unwrap()
    );
}

#[test]
fn extra_holidays_survive_the_round_trip() {
    let holidays = r#"{"schema": 1, "holidays": {"japan": [{"date": "2026-12-28", "name": {"fr": "Fermeture", "en": "Closing", "ja": "御用納め"}}]}}"#;
    let catalog = Catalog::from_documents(None, Some(holidays)).unwrap();
    let read = compact::read(&compact::write(&catalog)).unwrap();
    assert_eq!(read, catalog);
    let japan = read.region("japan").unwrap();
    assert!(japan
        .holidays()
        .iter()
        .any(|h| h.date().to_string() == "2026-12-28" && h.name().get("ja") == "御用納め"));
}

#[test]
fn every_cut_of_the_bytes_is_an_error_not_a_panic() {
    let bytes = BUILTIN_COMPACT;
    for end in 0..bytes.len() {
        let err = compact::read(&bytes[..end]).unwrap_err();
        assert!(err.is_catalog(), "{err}");
    }
    let mut longer = bytes.to_vec();
    longer.push(0);
    let err = compact::read(&longer).unwrap_err().to_string();
    assert!(err.contains("1 unexpected bytes at its end"), "{err}");
}

#[test]
fn damaged_bytes_give_an_error_or_a_catalog_never_a_panic() {
    let mut random = Random(0xC0A1);
    for _ in 0..3_000 {
        let mut bytes = BUILTIN_COMPACT.to_vec();
        for _ in 0..1 + random.below(4) {
            let at = random.below(bytes.len());
            bytes[at] = random.below(256) as u8;
        }
        // A flipped byte inside a string can still read; anything else must fail cleanly.
        if let Err(err) = compact::read(&bytes) {
            assert!(err.is_catalog(), "{err}");
        }
    }
}

#[test]
fn other_data_is_named_as_not_a_compact_catalog() {
    let err = compact::read(BUILTIN_JSON.as_bytes())
        .unwrap_err()
        .to_string();
    assert!(err.contains("not a compact catalog"), "{err}");
}
