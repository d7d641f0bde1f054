//! The one sort the library uses (holiday dates, in the catalog and in
//! schedules). The standard library's sorts are faster on large inputs but
//! cost several KB of WebAssembly per element type; holiday lists are short,
//! and a heapsort stays O(n log n) on hostile ones.

/// Sorts `items` by `key` in place (heapsort: O(n log n), not stable).
pub(crate) fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    let len = items.len();
    for root in (0..len / 2).rev() {
        sift_down(items, root, len, &key);
    }
    for end in (1..len).rev() {
        items.swap(0, end);
        sift_down(items, 0, end, &key);
    }
}

/// Restores the max-heap order below `root` within `items[..end]`.
fn sift_down<T, K: Ord>(items: &mut [T], mut root: usize, end: usize, key: &impl Fn(&T) -> K) {
    loop {
        let mut child = 2 * root + 1;
        if child >= end {
            return;
        }
        if child + 1 < end && key(&items[child]) < key(&items[child + 1]) {
            child += 1;
        }
        if key(&items[root]) >= key(&items[child]) {
            return;
        }
        items.swap(root, child);
        root = child;
    }
}

#[cfg(test)]
mod tests {
    use super::sort_by_key;

    #[test]
    fn sorts_like_the_standard_library() {
        let mut state = 0x9e37_79b9_7f4a_7c15_u64;
        for len in 0..200 {
            let mut items: Vec<u64> = (0..len)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    state % 50
                })
                .collect();
            let mut expected = items.clone();
            expected.sort();
            sort_by_key(&mut items, |&x| x);
            assert_eq!(items, expected, "length {len}");
        }
        let mut descending: Vec<u32> = (0..1000).rev().collect();
        sort_by_key(&mut descending, |&x| x);
        assert!(descending.windows(2).all(|w| w[0] < w[1]));
    }
}
