//! The built-in catalog in Adobe's own words, in every language (issue 29):
//! each text of a language is, character for character, a passage of Adobe's
//! data sheets in that language (`tests/seed/<locale>/*.md`, fetched from
//! Adobe's localisation repositories, see `tests/seed/SOURCES.md`), unless
//! `tests/seed/translated.tsv` names it as written or adapted by us, with why.

use serde_json::Value;
use sla_calculator::catalog::BUILTIN_JSON;
use sla_calculator::i18n::Lang;

/// Each language the pages give Adobe's words for, with its pages' folder.
const LOCALES: [(&str, &str); 7] = [
    ("de", "de-DE"),
    ("es", "es-ES"),
    ("it", "it-IT"),
    ("ko", "ko-KR"),
    ("pt-BR", "pt-BR"),
    ("zh-Hans", "zh-Hans"),
    ("zh-Hant", "zh-Hant"),
];

/// The three data sheets of a locale, as Adobe wrote them.
fn pages(locale: &str) -> String {
    ["business", "enterprise", "elite"]
        .iter()
        .map(|page| {
            let path = format!(
                "{}/tests/seed/{locale}/{page}.md",
                env!("CARGO_MANIFEST_DIR")
            );
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// A page's words without its markup, one passage a line: a table cell, a
/// paragraph, a heading, a list item. Tags and Markdown's table bars end a
/// passage; emphasis (`<b>`, `**`), escapes and list markers are dropped.
fn passages(page: &str) -> String {
    let mut text = String::new();
    let mut rest = page;
    while let Some(open) = rest.find('<') {
        text.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('>') else {
            rest = &rest[open..];
            break;
        };
        let tag = rest[open + 1..open + close].trim_start_matches('/');
        let inline = ["b", "i", "strong", "em", "sup", "span", "a"]
            .iter()
            .any(|name| tag == *name || tag.starts_with(&format!("{name} ")));
        text.push_str(if inline { "" } else { "\n" });
        rest = &rest[open + close + 1..];
    }
    text.push_str(rest);
    let text = text.replace("**", "").replace('\\', "").replace('|', "\n");
    text.lines()
        .map(|line| line.trim().trim_start_matches(['#', '*', '-', ' ']).trim())
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every text of the catalog: its JSON pointer and its translations.
fn texts(value: &Value, pointer: String, out: &mut Vec<(String, serde_json::Map<String, Value>)>) {
    match value {
        Value::Object(map) if map.contains_key("en") && map.values().all(Value::is_string) => {
            out.push((pointer, map.clone()));
        }
        Value::Object(map) => {
            for (key, value) in map {
                texts(value, format!("{pointer}/{key}"), out);
            }
        }
        Value::Array(items) => {
            for (i, value) in items.iter().enumerate() {
                texts(value, format!("{pointer}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// `(language, pointer)` → why the text is ours: `translated` or `adapted`, and a note.
fn ours() -> Vec<(String, String, String, String)> {
    include_str!("seed/translated.tsv")
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            assert_eq!(fields.len(), 4, "tests/seed/translated.tsv: {line}");
            assert!(
                ["translated", "adapted"].contains(&fields[2]),
                "tests/seed/translated.tsv: {line}"
            );
            assert!(!fields[3].trim().is_empty(), "a reason for {line}");
            (
                fields[0].into(),
                fields[1].into(),
                fields[2].into(),
                fields[3].into(),
            )
        })
        .collect()
}

#[test]
fn every_language_is_in_adobes_own_words_where_adobe_has_them() {
    let catalog: Value = serde_json::from_str(BUILTIN_JSON).unwrap();
    let languages: Vec<&str> = catalog["languages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l.as_str().unwrap())
        .collect();
    assert_eq!(
        languages,
        Lang::ALL.map(Lang::code),
        "the built-in catalog speaks every language"
    );
    let mut all = Vec::new();
    texts(&catalog, String::new(), &mut all);
    assert!(all.len() > 100, "{}", all.len());
    let ours = ours();
    for (_, pointer, ..) in &ours {
        assert!(
            all.iter().any(|(p, _)| p == pointer),
            "tests/seed/translated.tsv names {pointer}, which is not a text of the catalog"
        );
    }
    for (lang, locale) in LOCALES {
        let adobe = passages(&pages(locale));
        let (mut from_adobe, mut untranslated) = (0, 0);
        for (pointer, translations) in &all {
            let text = translations[lang].as_str().unwrap();
            assert!(!text.trim().is_empty(), "{pointer} in {lang} is empty");
            // (Adobe keeps some names in English: "Account Support Lead".)
            untranslated += usize::from(text == translations["en"].as_str().unwrap());
            let found = adobe.lines().any(|passage| passage.contains(text));
            match ours.iter().find(|(l, p, ..)| l == lang && p == pointer) {
                // Ours: then it is not Adobe's (else the list is wrong).
                Some((_, _, kind, _)) if kind == "translated" => assert!(
                    !found,
                    "{pointer} in {lang} is Adobe's own words ({locale}): take it off tests/seed/translated.tsv"
                ),
                Some(_) => {}
                None => {
                    assert!(
                        found,
                        "{pointer} in {lang} is not in Adobe's {locale} pages: {text}\n(fix it, or list it in tests/seed/translated.tsv with why)"
                    );
                    from_adobe += 1;
                }
            }
        }
        // Most of the catalog is Adobe's wording: tier names, rows,
        // descriptions, cards, priorities.
        assert!(
            from_adobe * 10 >= all.len() * 6,
            "{lang}: only {from_adobe} of {} texts are Adobe's",
            all.len()
        );
        assert!(
            untranslated * 5 < all.len(),
            "{lang}: {untranslated} texts are the English ones"
        );
    }
}

#[test]
fn passages_are_the_pages_words_without_markup() {
    let page = "# Title\n\n| <b>PRIORITY 1</b><br>Down. | 24x7/<br>1 hour |\n<td><p>Self-help <i>Portals</i></p></td>\n- **Item**\n";
    assert_eq!(
        passages(page),
        "Title\nPRIORITY 1\nDown.\n24x7/\n1 hour\nSelf-help Portals\nItem"
    );
}
