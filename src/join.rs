//! The one way the library joins texts. The standard library's `join` copies
//! with a loop specialised for each separator length: 0.9 KB of WebAssembly
//! for each item type it joins; this plain loop is a tenth of that.

/// `items` with `separator` between them, as `[T]::join` makes them.
pub(crate) fn join<T: AsRef<str>>(items: &[T], separator: &str) -> String {
    let mut out = String::new();
    for (index, item) in items.iter().enumerate() {
        if index > 0 {
            out.push_str(separator);
        }
        out.push_str(item.as_ref());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::join;

    #[test]
    fn joins_as_the_standard_library_does() {
        let none: [&str; 0] = [];
        for items in [
            &none[..],
            &["a"],
            &["a", "b", "c"],
            &["", ""],
            &["東京", "大阪"],
        ] {
            for separator in ["", ", ", "、", "; "] {
                assert_eq!(join(items, separator), items.join(separator));
                let owned: Vec<String> = items.iter().map(|s| s.to_string()).collect();
                assert_eq!(join(&owned, separator), owned.join(separator));
            }
        }
    }
}
