//! `warm()` builds every lazy table (issue 15): in a fresh process the first
//! call has work to do and the second none, and annotations do not change.
//! Its own test binary, with one test, so nothing else has touched the
//! tables first.

#[test]
fn warm_builds_the_tables_once_and_changes_no_annotation() {
    assert!(newsmark::warm(), "a fresh process had nothing to build");
    assert!(!newsmark::warm(), "the second warm() rebuilt something");
    let text = "Kremlin spokesman Dmitry Peskov said: “We are ready.”";
    let a = newsmark::annotate(text);
    assert_eq!(a.quotes[0].speaker.as_deref(), Some("Dmitry Peskov"));
    assert!(!newsmark::warm(), "annotate() left a table unbuilt");
}
