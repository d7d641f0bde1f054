//! Catalog problems in the reader's language: each [`ProblemKind`] named in
//! the ten languages, with the problem's path, before the problem as it reads
//! in English (which quotes the values at fault, is what the CLI prints and
//! what the author searches for). Only the catalog reader, which finds the
//! problems, carries these words: the widget shows what it is given.

use super::Lang;
use crate::error::{Problem, ProblemKind, DOCUMENT};

/// Between a problem's words in the reader's language and the problem in
/// English (the unit separator, escaped where a document's key holds it: see
/// [`problem_in`]): the widget shows
/// the first in its language and the second marked as English, and gives
/// `sla-error` the second.
pub const ENGLISH_FOLLOWS: char = '\u{1f}';

/// `problem` for a reader of `lang`: its path and its kind in that language,
/// then [`ENGLISH_FOLLOWS`] and the problem in English (`path: message`). In
/// English, that alone.
///
/// ```
/// use sla_calculator::i18n::{problem_in, Lang};
/// use sla_calculator::Catalog;
///
/// let err = Catalog::from_json(r#"{"schema": 1, "languages": ["en"], "tiers": 3}"#).unwrap_err();
/// let tiers = &err.catalog_problems()[0];
/// assert_eq!(
///     problem_in(Lang::Fr, tiers),
///     "tiers — type de valeur incorrect\u{1f}tiers: expected an array, got a number"
/// );
/// assert_eq!(problem_in(Lang::En, tiers), "tiers: expected an array, got a number");
/// ```
pub fn problem_in(lang: Lang, problem: &Problem) -> String {
    // A document's keys go into paths and messages as they are: one that
    // holds the separator shows it escaped, so that the widget splits where
    // this function does.
    let english = problem.to_string().replace(ENGLISH_FOLLOWS, "\\u{1f}");
    if lang == Lang::En {
        return english;
    }
    let kind = kind_in(lang, problem.kind());
    let path = problem.path().replace(ENGLISH_FOLLOWS, "\\u{1f}");
    let shown = if path.is_empty() || path == DOCUMENT {
        kind.to_owned()
    } else {
        format!("{path} — {kind}")
    };
    format!("{shown}{ENGLISH_FOLLOWS}{english}")
}

/// A kind of problem named in `lang` (lower case, to follow a path).
pub fn kind_in(lang: Lang, kind: ProblemKind) -> &'static str {
    let words = match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
        Lang::Ja => &JA,
        Lang::De => &DE,
        Lang::Es => &ES,
        Lang::It => &IT,
        Lang::Ko => &KO,
        Lang::PtBr => &PT_BR,
        Lang::ZhHans => &ZH_HANS,
        Lang::ZhHant => &ZH_HANT,
    };
    // The tables follow the kinds' declaration order (see `ProblemKind::ALL`).
    words[kind as usize]
}

/// Each language's words for the kinds, in [`ProblemKind::ALL`]'s order:
/// unreadable, unknown field, missing, wrong type, invalid, unknown,
/// duplicate, empty, out of range, inconsistent.
type KindWords = [&'static str; ProblemKind::ALL.len()];

const EN: KindWords = [
    "unreadable document",
    "unknown field",
    "missing",
    "wrong type of value",
    "invalid value",
    "unknown reference",
    "duplicate",
    "empty",
    "value out of range",
    "values that contradict each other",
];

const FR: KindWords = [
    "document illisible",
    "champ inconnu",
    "élément manquant",
    "type de valeur incorrect",
    "valeur non valide",
    "référence inconnue",
    "doublon",
    "vide",
    "valeur hors limites",
    "valeurs contradictoires",
];

const JA: KindWords = [
    "読み取れない文書",
    "不明なフィールド",
    "必要な項目がありません",
    "値の型が正しくありません",
    "無効な値",
    "不明な参照",
    "重複しています",
    "空です",
    "値が範囲外です",
    "値が矛盾しています",
];

const DE: KindWords = [
    "Dokument nicht lesbar",
    "unbekanntes Feld",
    "fehlende Angabe",
    "falscher Werttyp",
    "ungültiger Wert",
    "unbekannter Verweis",
    "doppelter Eintrag",
    "leer",
    "Wert außerhalb des zulässigen Bereichs",
    "widersprüchliche Werte",
];

const ES: KindWords = [
    "documento ilegible",
    "campo desconocido",
    "falta un dato",
    "tipo de valor incorrecto",
    "valor no válido",
    "referencia desconocida",
    "entrada duplicada",
    "vacío",
    "valor fuera de rango",
    "valores contradictorios",
];

const IT: KindWords = [
    "documento illeggibile",
    "campo sconosciuto",
    "dato mancante",
    "tipo di valore errato",
    "valore non valido",
    "riferimento sconosciuto",
    "voce duplicata",
    "vuoto",
    "valore fuori intervallo",
    "valori contraddittori",
];

const KO: KindWords = [
    "읽을 수 없는 문서",
    "알 수 없는 필드",
    "필수 항목 누락",
    "잘못된 값 유형",
    "유효하지 않은 값",
    "알 수 없는 참조",
    "중복 항목",
    "비어 있음",
    "허용 범위를 벗어난 값",
    "서로 모순되는 값",
];

const PT_BR: KindWords = [
    "documento ilegível",
    "campo desconhecido",
    "dado ausente",
    "tipo de valor incorreto",
    "valor inválido",
    "referência desconhecida",
    "entrada duplicada",
    "vazio",
    "valor fora do intervalo",
    "valores contraditórios",
];

const ZH_HANS: KindWords = [
    "无法读取的文档",
    "未知字段",
    "缺少必填项",
    "值的类型错误",
    "无效的值",
    "未知的引用",
    "重复项",
    "为空",
    "值超出范围",
    "值相互矛盾",
];

const ZH_HANT: KindWords = [
    "無法讀取的文件",
    "未知欄位",
    "缺少必要項目",
    "值的類型錯誤",
    "無效的值",
    "未知的參照",
    "重複項目",
    "為空",
    "值超出範圍",
    "值互相矛盾",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_its_own_words_in_every_language() {
        // The tables are indexed by the kind's discriminant: `ALL` lists the
        // kinds in declaration order.
        for (i, kind) in ProblemKind::ALL.into_iter().enumerate() {
            assert_eq!(kind as usize, i, "{kind:?}");
        }
        for lang in Lang::ALL {
            let words: Vec<&str> = ProblemKind::ALL.iter().map(|k| kind_in(lang, *k)).collect();
            for (i, word) in words.iter().enumerate() {
                assert!(!word.trim().is_empty(), "{}", lang.code());
                assert!(!word.contains(ENGLISH_FOLLOWS));
                // No two kinds read the same in one language.
                assert!(!words[..i].contains(word), "{}: {word}", lang.code());
            }
        }
    }

    #[test]
    fn a_problem_reads_its_path_and_kind_in_the_language_then_its_english_message() {
        let duplicate = Problem::new(
            "tiers[3].id",
            ProblemKind::Duplicate,
            "duplicate id \"online\"".into(),
        );
        assert_eq!(
            problem_in(Lang::Ja, &duplicate),
            "tiers[3].id — 重複しています\u{1f}tiers[3].id: duplicate id \"online\""
        );
        assert_eq!(
            problem_in(Lang::En, &duplicate),
            "tiers[3].id: duplicate id \"online\""
        );
        // A problem of the whole document, or of a compiled file: its kind alone.
        let whole = Problem::new(DOCUMENT, ProblemKind::Unreadable, "expected a value".into());
        assert_eq!(
            problem_in(Lang::De, &whole),
            "Dokument nicht lesbar\u{1f}(document): expected a value"
        );
        let file = Problem::new("", ProblemKind::Unreadable, "damaged".into());
        assert_eq!(
            problem_in(Lang::De, &file),
            "Dokument nicht lesbar\u{1f}damaged"
        );
        // A key holding the separator: escaped, one separator left.
        let key = Problem::new(
            "a\u{1f}b",
            ProblemKind::UnknownField,
            "unknown field `a\u{1f}b`".into(),
        );
        for lang in [Lang::Fr, Lang::En] {
            let worded = problem_in(lang, &key);
            let separators = worded.matches(ENGLISH_FOLLOWS).count();
            assert_eq!(separators, usize::from(lang != Lang::En), "{worded}");
            assert!(
                worded.ends_with("a\\u{1f}b: unknown field `a\\u{1f}b`"),
                "{worded}"
            );
        }
    }
}
