//! The words around speech that the quote layer reads, each list once,
//! sorted: looked up with [`super::has`], checked by the test below.

/// Every list here, by name, for the test that each is sorted and free of
/// duplicates.
pub const LISTS: &[(&str, &[&str])] = &[];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_is_sorted_and_free_of_duplicates() {
        for (name, list) in LISTS {
            for w in list.windows(2) {
                assert!(w[0] < w[1], "{name}: {:?} before {:?}", w[0], w[1]);
            }
        }
    }
}
