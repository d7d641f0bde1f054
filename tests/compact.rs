//! The compact catalog form (`src/catalog/compact.rs`): the built-in catalog
//! ships in it, and the catalog-reader module hands the widget an embedder's
//! catalog in it.
//!
//! `builtin_compact_is_current` rebuilds `src/catalog/builtin/*.bin` from
//! `default.json` and fails if the committed file differs;
//! `SLA_WRITE_BUILTIN=1 cargo test --test lib compact` rewrites it.

use sla_calculator::catalog::{compact, BUILTIN_CORE, BUILTIN_JSON, BUILTIN_WORDS};
use sla_calculator::i18n::Lang;
use sla_calculator::Catalog;

use crate::support::Random;

#[test]
fn builtin_compact_is_current() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/catalog/builtin");
    let (core, words) = compact::write_parts(&Catalog::from_json(BUILTIN_JSON).unwrap());
    let mut expected = vec![("core".to_owned(), core)];
    expected.extend(words);
    if std::env::var_os("SLA_WRITE_BUILTIN").is_some() {
        std::fs::create_dir_all(dir).unwrap();
        for (name, bytes) in &expected {
            std::fs::write(format!("{dir}/{name}.bin"), bytes).unwrap();
        }
    }
    let names: Vec<&str> = expected.iter().map(|(name, _)| name.as_str()).collect();
    let mut languages = vec!["core"];
    languages.extend(Lang::ALL.map(Lang::code));
    assert_eq!(
        names, languages,
        "a words file for each language, in Lang::ALL's order"
    );
    let built_in: Vec<&[u8]> = std::iter::once(BUILTIN_CORE).chain(BUILTIN_WORDS).collect();
    for ((name, bytes), compiled) in expected.iter().zip(built_in) {
        assert!(
            compiled == bytes.as_slice() && std::fs::read(format!("{dir}/{name}.bin")).unwrap() == *bytes,
            "src/catalog/builtin/{name}.bin is stale: SLA_WRITE_BUILTIN=1 cargo test --test lib compact"
        );
    }
}

#[test]
fn each_language_alone_reads_its_own_words() {
    let full = Catalog::builtin().unwrap();
    for (words, lang) in BUILTIN_WORDS.iter().zip(Lang::ALL.map(Lang::code)) {
        assert_eq!(compact::words_language(words).as_deref(), Some(lang));
        let alone = Catalog::builtin_in(&[words]).unwrap();
        assert_eq!(
            alone.languages(),
            full.languages(),
            "the catalog's languages stay"
        );
        // Every text is the full catalog's text in that language, whatever is asked.
        let (tier, full_tier) = (&alone.tiers()[1], &full.tiers()[1]);
        for asked in Lang::ALL.map(Lang::code) {
            assert_eq!(tier.name().get(asked), full_tier.name().get(lang));
        }
        let services: Vec<_> = alone
            .services()
            .iter()
            .map(|s| s.description().get("fr"))
            .collect();
        let expected: Vec<_> = full
            .services()
            .iter()
            .map(|s| s.description().get(lang))
            .collect();
        assert_eq!(services, expected);
    }
    // A core without words is its outline: every text blank, the rest whole;
    // each words file carries the core, so its outline is known before its
    // texts are read.
    let outline = compact::read_parts(BUILTIN_CORE, &[]).unwrap();
    assert_eq!(outline, Catalog::builtin_outline().unwrap());
    assert_eq!(outline.regions()[0].name().get("fr"), "");
    assert_eq!(outline.regions()[0].week(), full.regions()[0].week());
    for words in BUILTIN_WORDS {
        assert_eq!(compact::outline_of_words(words).unwrap(), outline);
    }
    // No words, no catalog: the core comes with them.
    assert!(Catalog::builtin_in(&[]).is_err());
    // A core with another catalog's words is refused, and so are words of
    // two catalogs together.
    let (_, other) =
        compact::write_parts(&Catalog::from_json(include_str!("schedules.json")).unwrap());
    assert!(compact::read_parts(BUILTIN_CORE, &[&other[0].1]).is_err());
    assert!(Catalog::builtin_in(&[BUILTIN_WORDS[0], &other[0].1]).is_err());
    assert!(Catalog::builtin_in(&[&other[0].1]).is_ok());
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
    // The full form of a small catalog, and the built-in core and French words.
    let full = compact::write(&Catalog::from_json(include_str!("schedules.json")).unwrap());
    let bytes = full.as_slice();
    for end in 0..bytes.len() {
        let err = compact::read(&bytes[..end]).unwrap_err();
        assert_unreadable(&err);
        let err = err.problems().join("\n");
        if end < 4 {
            // Not even the magic: named as not a compact catalog.
            assert!(
                err.starts_with("not a compact catalog of this version"),
                "{err}"
            );
            continue;
        }
        // Named as damaged, at a byte within what there is.
        let at = err
            .strip_prefix("the compact catalog is damaged at byte ")
            .and_then(|rest| rest.strip_suffix(&format!(" of {end}")))
            .and_then(|at| at.parse::<usize>().ok())
            .unwrap_or_else(|| panic!("cut at {end}: {err}"));
        assert!((4..=end).contains(&at), "cut at {end}: {err}");
    }
    let mut longer = bytes.to_vec();
    longer.push(0);
    let err = compact::read(&longer).unwrap_err().to_string();
    // One byte too many: reading stops before it.
    let stop = format!("damaged at byte {} of {}", bytes.len(), longer.len());
    assert!(err.contains(&stop), "{err}");
    let french = BUILTIN_WORDS[0];
    for end in 0..BUILTIN_CORE.len() {
        let err = compact::read_parts(&BUILTIN_CORE[..end], &[french]).unwrap_err();
        assert_parts_refused(&err);
    }
    for end in (0..french.len()).step_by(7) {
        let err = compact::read_parts(BUILTIN_CORE, &[&french[..end]]).unwrap_err();
        assert_parts_refused(&err);
        let err = compact::read_words(&[&french[..end]]).unwrap_err();
        assert_parts_refused(&err);
    }
}

/// A compiled file's error: one problem, of the whole file (no JSON path),
/// an unreadable one (`is_catalog` alone holds for every catalog error).
fn assert_unreadable(err: &sla_calculator::Error) {
    let problems = err.catalog_problems();
    assert_eq!(problems.len(), 1, "{err}");
    assert_eq!(
        problems[0].kind(),
        sla_calculator::ProblemKind::Unreadable,
        "{err}"
    );
    assert_eq!(problems[0].path(), "", "{err}");
}

/// The one error of a catalog's parts that cannot be read together.
fn assert_parts_refused(err: &sla_calculator::Error) {
    assert_unreadable(err);
    assert!(
        err.problems()[0]
            .starts_with("a catalog's core or words are damaged, or do not belong together"),
        "{err}"
    );
}

#[test]
fn the_error_names_the_byte_where_the_bytes_stop_making_sense() {
    // Spain's public holidays: the magic (bytes 0-3), the country code
    // (bytes 4-5), then the dates. "ZZ" is no country: reading stops once
    // the code is read, at byte 6, and nothing after it is taken for data.
    let mut bytes = compact::write_country(sla_calculator::holidays::country("ES").unwrap());
    bytes[4..6].copy_from_slice(b"ZZ");
    let err = compact::read_country(&bytes).unwrap_err().to_string();
    let stop = format!("damaged at byte 6 of {}", bytes.len());
    assert!(err.contains(&stop), "{err}");
}

#[test]
fn damaged_bytes_give_an_error_or_a_catalog_never_a_panic() {
    let mut random = Random(0xC0A1);
    for round in 0..3_000 {
        let (mut core, mut words) = (BUILTIN_CORE.to_vec(), BUILTIN_WORDS[2].to_vec());
        let bytes = if round % 2 == 0 {
            &mut core
        } else {
            &mut words
        };
        for _ in 0..1 + random.below(4) {
            let at = random.below(bytes.len());
            bytes[at] = random.below(256) as u8;
        }
        // A flipped byte inside a string can still read; anything else must fail cleanly.
        if let Err(err) = compact::read_parts(&core, &[&words]) {
            assert_parts_refused(&err);
        }
        if let Err(err) = compact::read_parts(&core, &[]) {
            assert_parts_refused(&err);
        }
        if let Err(err) = compact::read_words(&[&words]) {
            assert_parts_refused(&err);
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

#[test]
fn provenance_stays_in_the_json_and_out_of_the_compact_form() {
    // The built-in catalog's `source` (573 bytes the widget never shows) is
    // kept when the JSON is read, for tools, and left out of the compact
    // form; the two catalogs still compare equal: they show and compute the
    // same.
    let json = Catalog::from_json(BUILTIN_JSON).unwrap();
    assert!(json
        .source()
        .unwrap()
        .starts_with("Adobe Experience Cloud support data sheet"));
    let compact = compact::read(&compact::write(&json)).unwrap();
    assert_eq!(compact.source(), None);
    assert_eq!(compact, json);
    let said = |bytes: &[u8]| bytes.windows(11).any(|w| w == b"plans prior");
    assert!(said(BUILTIN_JSON.as_bytes()));
    assert!(!said(BUILTIN_CORE));
}
