//! The built-in catalog's words a page has loaded (`lang/*.bin`), shared by
//! every widget of the page, and the built-in catalog read from them.

use std::cell::RefCell;
use std::rc::Rc;

use crate::catalog::compact;
use crate::i18n::Lang;
use crate::Catalog;

thread_local! {
    /// The built-in catalog's words the page has loaded (`lang/*.bin`),
    /// and the catalog read from them: once per page however many widgets
    /// there are, again when a language is added.
    static WORDS: RefCell<Vec<(String, Vec<u8>)>> = const { RefCell::new(Vec::new()) };
    static BUILTIN: RefCell<Option<Loaded>> = const { RefCell::new(None) };
}

/// A catalog ready to use, or the problems that keep it from being used.
pub(super) type Loaded = Result<Rc<Catalog>, Vec<String>>;

/// The built-in catalog in the languages loaded so far; `None` before any.
pub(super) fn builtin() -> Option<Loaded> {
    BUILTIN.with(|builtin| builtin.borrow().clone())
}

/// Whether the built-in catalog's words in `lang` are loaded.
pub(super) fn has_words(lang: &str) -> bool {
    WORDS.with(|words| words.borrow().iter().any(|(l, _)| l == lang))
}

/// Adds a language's words: the widget's messages in it, and the built-in
/// catalog's texts (a second copy of one is ignored). Bytes that are not
/// these words (damaged, or of another version) are `None` and change
/// nothing: the page's other languages keep working, and the element tells
/// the author which file it was. Returns the language, when the widget
/// speaks it.
pub(super) fn add_words(bytes: Vec<u8>) -> Option<Option<Lang>> {
    let lang = compact::words_language(&bytes)?;
    // (A words file names its language by its code: the matcher finds it.)
    let speaks = Lang::from_tag(&lang);
    if let Some(speaks) = speaks {
        if !speaks.has_messages() {
            speaks.register(compact::words_messages(&bytes)?);
        }
    }
    if has_words(&lang) {
        return Some(speaks);
    }
    let catalog = read_builtin(Some(&bytes)).ok()?;
    WORDS.with(|words| words.borrow_mut().push((lang, bytes)));
    BUILTIN.with(|builtin| *builtin.borrow_mut() = Some(Ok(Rc::new(catalog))));
    Some(speaks)
}

/// The built-in catalog in the languages whose words are loaded, and `more`'s.
pub(super) fn read_builtin(more: Option<&[u8]>) -> Result<Catalog, crate::Error> {
    WORDS.with(|words| {
        let words = words.borrow();
        let mut parts: Vec<&[u8]> = words.iter().map(|(_, bytes)| bytes.as_slice()).collect();
        parts.extend(more);
        Catalog::builtin_in(&parts)
    })
}

/// How many languages' words the page has loaded (a catalog made from the
/// built-in one is made again when a language is added).
pub(super) fn words_loaded() -> usize {
    WORDS.with(|words| words.borrow().len())
}
