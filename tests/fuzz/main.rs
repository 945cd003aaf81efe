//! The fuzz harness: generated inputs through [`newsmark::annotate`], every
//! result checked against every invariant the README promises (no panic;
//! spans in bounds, on boundaries, sorted, non-overlapping; nested quotes
//! inside their quote; ids valid; UTF-8, UTF-16 and code-point offsets agree),
//! and the adversarial families' time checked for linearity.
//!
//! Runs on stable Rust with no dependency: seeded generators
//! (`tests/fuzz/gen.rs`), a panic catcher, and a delta-debugging minimiser.
//!
//! - `cargo test --release --test fuzz`: the bounded run of the test command
//!   (a fixed seed, so a red run can be repeated exactly).
//! - `bash scripts/fuzz.sh SECONDS`: a longer run from a fresh seed; each
//!   failing input is minimised and written to `fuzz-failures/`.
//!
//! Environment: `NEWSMARK_FUZZ_CASES` (inputs per kind), `NEWSMARK_FUZZ_SECS`
//! (stop after this long instead), `NEWSMARK_FUZZ_SEED`, `NEWSMARK_FUZZ_OUT`
//! (where minimised failures go).
#![cfg(not(target_arch = "wasm32"))]

mod check;
mod families;
mod gen;

use std::cell::RefCell;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;
use std::time::{Duration, Instant};

use gen::Rng;

const SEED_TEXT: &str = include_str!("../fixtures/seed.txt");
const NEWS_TEXT: &str = include_str!("../fixtures/news.txt");

thread_local! {
    /// Set while this thread runs an input it expects may panic: the hook
    /// then records the panic's place instead of printing it.
    static CATCHING: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Installs (once) a panic hook that stays quiet for inputs under test and
/// keeps the default report for everything else (a failing assertion).
fn quiet_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let default = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            let caught = CATCHING.with(|c| {
                let mut c = c.borrow_mut();
                if let Some(slot) = c.as_mut() {
                    *slot = format!(
                        "panic at {}: {}",
                        info.location().map_or("?".into(), |l| l.to_string()),
                        payload(info.payload())
                    );
                    true
                } else {
                    false
                }
            });
            if !caught {
                default(info);
            }
        }));
    });
}

fn payload(p: &(dyn std::any::Any + Send)) -> String {
    p.downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| p.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "(no message)".into())
}

/// Annotates `text` and checks every invariant: `Err` names the first broken
/// one (a panic included).
fn run_one(text: &str, thorough: bool) -> Result<(), String> {
    quiet_hook();
    CATCHING.with(|c| *c.borrow_mut() = Some(String::new()));
    let result = panic::catch_unwind(AssertUnwindSafe(|| {
        let a = newsmark::annotate(text);
        check::check(text, &a)?;
        check::check_units(text, &a)?;
        if thorough {
            let again = newsmark::annotate(text);
            if again != a {
                return Err("two runs on the same text differ".into());
            }
            let opts = newsmark::Options {
                entities: false,
                ..Default::default()
            };
            let quotes_only = newsmark::annotate_with(text, &opts);
            if quotes_only.quotes != a.quotes || !quotes_only.entities.is_empty() {
                return Err("quotes differ when entities are not asked for".into());
            }
        }
        Ok(())
    }));
    let place = CATCHING.with(|c| c.borrow_mut().take()).unwrap_or_default();
    match result {
        Ok(r) => r,
        Err(_) => Err(place),
    }
}

/// The kind of a failure, for the minimiser to keep: the panic's place or the
/// invariant's first words.
fn failure_kind(msg: &str) -> String {
    if msg.starts_with("panic at") {
        msg.split(": ").next().unwrap_or(msg).to_string()
    } else {
        msg.split_whitespace().take(2).collect::<Vec<_>>().join(" ")
    }
}

/// Delta debugging over characters: the smallest input (within a bounded
/// number of tries) for which `fails` still holds.
fn minimise(text: &str, fails: impl Fn(&str) -> bool) -> String {
    let mut cur: Vec<char> = text.chars().collect();
    let fails = |cs: &[char]| fails(&cs.iter().collect::<String>());
    let mut chunk = cur.len() / 2;
    let mut tries = 0;
    while chunk >= 1 && tries < 4_000 {
        let mut i = 0;
        let mut removed = false;
        while i < cur.len() && tries < 4_000 {
            let end = (i + chunk).min(cur.len());
            let candidate: Vec<char> = cur[..i].iter().chain(&cur[end..]).copied().collect();
            tries += 1;
            if fails(&candidate) {
                cur = candidate;
                removed = true;
            } else {
                i += chunk;
            }
        }
        if !removed {
            chunk /= 2;
        }
    }
    cur.into_iter().collect()
}

fn env_num(name: &str) -> Option<u64> {
    std::env::var(name).ok()?.trim().parse().ok()
}

/// Writes a minimised failure where `NEWSMARK_FUZZ_OUT` says, if it says.
fn save(kind: &str, seed: u64, case: u64, original: &str, minimal: &str, msg: &str) {
    let Ok(dir) = std::env::var("NEWSMARK_FUZZ_OUT") else {
        return;
    };
    let dir = std::path::Path::new(&dir);
    if std::fs::create_dir_all(dir).is_err() {
        return;
    }
    let name = format!("{kind}-{seed}-{case}");
    let _ = std::fs::write(dir.join(format!("{name}.txt")), minimal);
    let _ = std::fs::write(dir.join(format!("{name}.orig.txt")), original);
    let _ = std::fs::write(
        dir.join(format!("{name}.why")),
        format!("{msg}\nseed {seed}, case {case}, kind {kind}\n"),
    );
}

/// The bounded fuzz run: every generator kind in turn, `NEWSMARK_FUZZ_CASES`
/// inputs each (default 25,000: 150,000 inputs, under a minute in release on
/// two cores) or until `NEWSMARK_FUZZ_SECS` pass. Failures are minimised and
/// listed.
#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow unoptimised: cargo test --release --test fuzz"
)]
fn generated_inputs_keep_every_invariant() {
    let seed = env_num("NEWSMARK_FUZZ_SEED").unwrap_or(0x5EED_2026);
    let secs = env_num("NEWSMARK_FUZZ_SECS");
    let per_kind =
        env_num("NEWSMARK_FUZZ_CASES").unwrap_or(if secs.is_some() { u64::MAX } else { 25_000 });
    let deadline = secs.map(|s| Instant::now() + Duration::from_secs(s));
    eprintln!("fuzz: seed {seed:#x} (NEWSMARK_FUZZ_SEED={seed} repeats this run)");
    let news = [SEED_TEXT, NEWS_TEXT];
    let mut rng = Rng::new(seed);
    let mut failures: Vec<String> = Vec::new();
    let mut seen_kinds = std::collections::HashSet::new();
    let mut ran = 0u64;
    'outer: for case in 0..per_kind {
        for k in 0..gen::KINDS.len() {
            if deadline.is_some_and(|d| Instant::now() > d) {
                break 'outer;
            }
            // mostly short inputs (they find most), now and then a long one
            let scale = if rng.one_in(50) { 20_000 } else { 400 };
            let text = gen::generate(&mut rng, k, &news, scale);
            ran += 1;
            if let Err(msg) = run_one(&text, case % 8 == 0) {
                let kind = failure_kind(&msg);
                // one report per kind of failure: the rest are most likely the same bug
                if seen_kinds.insert(kind.clone()) {
                    let minimal = minimise(&text, |s| {
                        run_one(s, false)
                            .err()
                            .is_some_and(|m| failure_kind(&m) == kind)
                    });
                    save(gen::KINDS[k], seed, case, &text, &minimal, &msg);
                    failures.push(format!(
                        "{msg}\n    minimal input ({} kind): {minimal:?}",
                        gen::KINDS[k]
                    ));
                }
            }
        }
    }
    eprintln!(
        "fuzz: {ran} inputs from seed {seed:#x}, {} distinct failures",
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "seed {seed:#x}: {} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Every prefix of the seed article, as the page sees it while the article is
/// typed (a quote followed by "said" at the very end once panicked), and
/// every prefix of the first paragraphs of the news fixture.
#[test]
fn every_prefix_of_real_articles() {
    let mut failures = Vec::new();
    let news_head = &NEWS_TEXT[..gen::boundary(NEWS_TEXT, 3_000)];
    for source in [SEED_TEXT, news_head] {
        for (end, _) in source.char_indices().skip(1) {
            let text = &source[..end];
            if let Err(msg) = run_one(text, false) {
                failures.push(format!(
                    "{msg}\n    prefix: …{:?}",
                    &text[gen::boundary(text, end.saturating_sub(60))..]
                ));
                if failures.len() > 5 {
                    break;
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every prefix of two copies of each adversarial family's pattern: a text
/// may end anywhere inside one ("Kelmore, the big-" once looked past the
/// last token), and random cuts find such places only by luck.
#[test]
fn every_prefix_of_every_family() {
    let mut failures = Vec::new();
    for (name, pattern) in families::FAMILIES {
        let source = families::repeat_to(pattern, pattern.len() + 1);
        for (end, _) in source.char_indices().skip(1) {
            let text = &source[..end];
            if let Err(msg) = run_one(text, false) {
                failures.push(format!("{name}: {msg}\n    text: {text:?}"));
                break;
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The shortest of `runs` timings of annotating `text`.
fn best_time(text: &str, runs: usize) -> Duration {
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(newsmark::annotate(std::hint::black_box(text)));
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}

/// Each adversarial family takes time linear in its length: 256 KB within 6×
/// the time of 64 KB (16× would be quadratic). Timed as a ratio in one run,
/// the best of five interleaved runs each, so a slow or busy machine passes
/// too (a pause slows one run, not all five); a family over the bound is
/// timed twice more before it counts. The test command runs this file's
/// tests one at a time, so that the fuzz run does not share the cores.
#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow unoptimised: cargo test --release --test fuzz"
)]
fn adversarial_families_take_linear_time() {
    let mut slow = Vec::new();
    for (name, pattern) in families::FAMILIES {
        let small = families::repeat_to(pattern, 64 << 10);
        let large = families::repeat_to(pattern, 256 << 10);
        let ratio = || {
            let (mut s, mut l) = (Duration::MAX, Duration::MAX);
            for _ in 0..5 {
                s = s.min(best_time(&small, 1));
                l = l.min(best_time(&large, 1));
            }
            l.as_secs_f64() / s.as_secs_f64().max(1e-6)
        };
        let mut r = ratio();
        for _ in 0..2 {
            if r > 6.0 {
                r = r.min(ratio());
            }
        }
        eprintln!("linear: {name:20} 256 KB / 64 KB = {r:.2}");
        if r > 6.0 {
            slow.push(format!("{name}: 256 KB took {r:.1}× the time of 64 KB"));
        }
    }
    assert!(slow.is_empty(), "not linear: {}", slow.join("; "));
}

/// The harness itself: a panic is caught and reported with its place, and the
/// minimiser keeps the failure while cutting the input down.
#[test]
fn the_harness_catches_and_minimises() {
    quiet_hook();
    CATCHING.with(|c| *c.borrow_mut() = Some(String::new()));
    let r = panic::catch_unwind(|| {
        let v: Vec<u8> = Vec::new();
        v[std::hint::black_box(3)]
    });
    let place = CATCHING.with(|c| c.borrow_mut().take()).unwrap_or_default();
    assert!(r.is_err() && place.contains("main.rs"), "{place}");
    assert_eq!(
        failure_kind("panic at src/x.rs:1:2: boom"),
        "panic at src/x.rs:1:2"
    );
    // a failure that needs two characters far apart keeps just those two
    let fails = |s: &str| s.contains('“') && s.contains("said");
    let text = "Peskov said: “We are ready to talk,” and then he left the room.";
    let m = minimise(text, fails);
    assert!(fails(&m) && m.chars().count() <= 6, "{m:?}");
    let a = newsmark::annotate("Vladimir Putin said “yes”.");
    let mut broken = a.clone();
    broken.entities[0].end = 10_000;
    assert!(check::check("Vladimir Putin said “yes”.", &broken).is_err());
    assert!(check::check("Vladimir Putin said “yes”.", &a).is_ok());
}
