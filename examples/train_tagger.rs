//! Trains the name tagger and writes `data/tagger.bin`.
//!
//! ```text
//! cargo run --release --example train_tagger -- TRAIN.jsonl [--dev DEV.jsonl] [--epochs N] [--out data/tagger.bin]
//!     [--runs N] [--prune X] [--levels N] [--wide X] [--wide-levels N]
//! ```
//! With no options, built with `NEWSMARK_TAGGER_LEXICON=1` (the word lists
//! the weights were trained with: `data/SOURCES.md`), it writes the shipped
//! `data/tagger.bin` byte for byte.
//! TRAIN is CoNLL-2003's training split as JSONL (`{"text", "entities": [{"start","end","label"}]}`,
//! offsets in code points). The feature code is the library's own
//! (`newsmark::entities::tagger::Prepared::features`), so training and
//! inference cannot drift. An averaged perceptron, greedy left-to-right with its
//! own predictions as history, the weights of `--runs` shuffles averaged;
//! then rows whose largest weight is at most `--prune` are dropped and the
//! rest quantised: rows above `--wide` with `--wide-levels` codes a sign
//! (up to `newsmark::entities::tagger::WIDE`), the others with `--levels`.
//! `--dev` prints span F1 of the quantised model
//! (for a look only: it is never used to pick anything automatically).

use std::collections::HashMap;

use newsmark::entities::tagger::{quantise, spans_of, Model, Prepared, TAGS};
use newsmark::segment;

struct Doc {
    text: String,
    gold: Vec<(usize, usize, u8)>, // byte offsets, B tag
    /// Classes (bit `k` for the tags `2k+1`, `2k+2`: PER, ORG, LOC, MISC) the
    /// source did not annotate exhaustively (`meta.labels_complete`): predicting
    /// one of them where the gold says O is not counted as a mistake.
    free: u8,
    /// Byte spans the source annotated with a type that has no CoNLL class
    /// (`meta.unmapped_spans`): their tokens get no update at all.
    unmapped: Vec<(usize, usize)>,
    /// How much an update on this document counts (`--train FILE:WEIGHT`).
    weight: f32,
    /// True for the main training file: its names made the lexicon's
    /// gazetteer, so its documents see the gazetteer jackknifed.
    primary: bool,
}

fn class_bit(label: &str) -> u8 {
    match label {
        "PERSON" | "PER" => 1,
        "ORG" => 2,
        "LOC" | "GPE" => 4,
        "MISC" | "NORP" => 8,
        _ => 0,
    }
}

/// Reads a JSONL file; `keep` (per mille) keeps that share of its documents,
/// chosen by a hash of their position, so the same flags give the same set.
fn load_with(path: &str, weight: f32, keep: u32, primary: bool) -> Vec<Doc> {
    let mut docs = load(path);
    for d in docs.iter_mut() {
        d.weight = weight;
        d.primary = primary;
    }
    if keep < 1000 {
        let mut n = 0u64;
        docs.retain(|_| {
            n += 1;
            let h = n.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32;
            (h % 1000) < keep as u64
        });
    }
    docs
}

fn load(path: &str) -> Vec<Doc> {
    let s = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut out = Vec::new();
    for line in s.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).expect("json");
        let text = v["text"].as_str().expect("text").to_string();
        let meta = &v["meta"];
        let free = match meta["labels_complete"].as_array() {
            Some(l) => {
                15 & !l
                    .iter()
                    .fold(0, |m, x| m | class_bit(x.as_str().unwrap_or("")))
            }
            None => 0,
        };
        let mut byte_of = Vec::with_capacity(text.len() + 1);
        for (b, _) in text.char_indices() {
            byte_of.push(b);
        }
        byte_of.push(text.len());
        let mut gold = Vec::new();
        for e in v["entities"].as_array().into_iter().flatten() {
            let t = match e["label"].as_str().unwrap_or("") {
                "PERSON" | "PER" => 1,
                "ORG" => 3,
                "LOC" | "GPE" => 5,
                "MISC" | "NORP" => 7,
                _ => continue,
            };
            let s = byte_of[e["start"].as_u64().unwrap() as usize];
            let en = byte_of[e["end"].as_u64().unwrap() as usize];
            gold.push((s, en, t));
        }
        let mut unmapped = Vec::new();
        for e in meta["unmapped_spans"].as_array().into_iter().flatten() {
            let s = byte_of[e["start"].as_u64().unwrap() as usize];
            let en = byte_of[e["end"].as_u64().unwrap() as usize];
            unmapped.push((s, en));
        }
        out.push(Doc {
            text,
            gold,
            free,
            unmapped,
            weight: 1.0,
            primary: true,
        });
    }
    out
}

fn gold_tags(
    doc: &segment::Document,
    gold: &[(usize, usize, u8)],
    misaligned: &mut usize,
) -> Vec<u8> {
    let mut tags = vec![0u8; doc.tokens.len()];
    for &(s, e, b) in gold {
        let i = doc.token_at(s);
        let mut first = true;
        let mut j = i;
        while j < doc.tokens.len() && doc.tokens[j].end <= e {
            if doc.tokens[j].start < s {
                break;
            }
            tags[j] = if first { b } else { b + 1 };
            first = false;
            j += 1;
        }
        if first
            || doc.tokens.get(i).map(|t| t.start) != Some(s)
            || (j > 0 && doc.tokens[j - 1].end != e)
        {
            *misaligned += 1;
        }
    }
    tags
}

struct Averaged {
    index: HashMap<u32, usize>,
    w: Vec<[f32; TAGS]>,
    u: Vec<[f32; TAGS]>,
    c: f32,
}

impl Averaged {
    fn score(&self, feats: &[u32], s: &mut [f32; TAGS]) {
        *s = [0.0; TAGS];
        for f in feats {
            if let Some(&i) = self.index.get(f) {
                for (a, b) in s.iter_mut().zip(&self.w[i]) {
                    *a += b;
                }
            }
        }
    }
    fn update(&mut self, feats: &[u32], good: u8, bad: u8, by: f32) {
        for &f in feats {
            let n = self.w.len();
            let i = *self.index.entry(f).or_insert(n);
            if i == n {
                self.w.push([0.0; TAGS]);
                self.u.push([0.0; TAGS]);
            }
            self.w[i][good as usize] += by;
            self.w[i][bad as usize] -= by;
            self.u[i][good as usize] += self.c * by;
            self.u[i][bad as usize] -= self.c * by;
        }
    }
}

fn f1(model: &Model, docs: &[Doc]) -> f64 {
    f1_with(|f, s| model.score(f, s), docs)
}

/// Decodes with the full feature list (static + dynamic) given to `score`.
fn decode_full<S: FnMut(&[u32], &mut [f32; TAGS])>(
    p: &Prepared,
    major: Option<&[u8]>,
    mut score: S,
    mut step: impl FnMut(usize, u8, &[u32]) -> u8,
) -> Vec<u8> {
    let mut a = Vec::with_capacity(64);
    let mut b = Vec::with_capacity(64);
    let full = |i: usize, d: &[u32], buf: &mut Vec<u32>| {
        buf.clear();
        p.static_features(i, buf);
        buf.extend_from_slice(d);
    };
    p.decode(
        major,
        |i, d, s| {
            full(i, d, &mut a);
            score(&a, s)
        },
        |i, t, d| {
            full(i, d, &mut b);
            step(i, t, &b)
        },
    )
}

fn f1_with<S: FnMut(&[u32], &mut [f32; TAGS]) + Copy>(score: S, docs: &[Doc]) -> f64 {
    let (mut tp, mut np, mut ng) = (0usize, 0usize, 0usize);
    let mut mis = 0;
    for d in docs {
        let seg = segment::segment(&d.text);
        let p = Prepared::new(&seg);
        let g = gold_tags(&seg, &d.gold, &mut mis);
        let first = decode_full(&p, None, score, |_, t, _| t);
        let major = p.majority(&first);
        let tags = decode_full(&p, Some(&major), score, |_, t, _| t);
        let gs = spans_of(&g);
        let ps = spans_of(&tags);
        ng += gs.len();
        np += ps.len();
        tp += ps.iter().filter(|s| gs.contains(s)).count();
    }
    let p = tp as f64 / np.max(1) as f64;
    let r = tp as f64 / ng.max(1) as f64;
    2.0 * p * r / (p + r).max(1e-9)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut train = None;
    let mut dev = None;
    let mut epochs = 12;
    let mut out = "data/tagger.bin".to_string();
    // the defaults are the shipped model's settings (data/SOURCES.md)
    let mut prune = 7.73f32;
    let mut levels = 15u16;
    let mut wide = 63f32;
    let mut wide_levels = 127u16;
    let mut dropout = 0u64;
    let mut runs = 8usize;
    let mut extra: Vec<(String, f32, u32)> = Vec::new();
    let mut also: Vec<(f32, String, Option<f32>, Option<u16>)> = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--dev" => dev = it.next().cloned(),
            "--epochs" => epochs = it.next().and_then(|v| v.parse().ok()).expect("--epochs N"),
            "--out" => out = it.next().cloned().expect("--out FILE"),
            "--dropout" => {
                dropout = it
                    .next()
                    .and_then(|v| v.parse().ok())
                    .expect("--dropout PER_MILLE")
            }
            "--train" => {
                // FILE[:WEIGHT[:KEEP]]: an extra training file, its updates
                // scaled by WEIGHT (default 1), keeping KEEP of its documents (0..1)
                let v = it.next().expect("--train FILE[:WEIGHT[:KEEP]]");
                let mut parts = v.split(':');
                let file = parts.next().unwrap().to_string();
                let w = parts.next().map_or(1.0, |x| x.parse().expect("weight"));
                let k = parts.next().map_or(1000, |x| {
                    (x.parse::<f64>().expect("keep") * 1000.0).round() as u32
                });
                extra.push((file, w, k));
            }
            "--also-prune" => {
                // X:FILE[:WIDE[:LEVELS]]: also write the model pruned at X to
                // FILE (with its own wide threshold and narrow levels)
                let v = it.next().expect("--also-prune X:FILE");
                let mut p = v.split(':');
                let x = p.next().and_then(|x| x.parse().ok()).expect("prune");
                let f = p.next().expect("--also-prune X:FILE").to_string();
                let w = p.next().map(|w| w.parse().expect("wide"));
                let l = p.next().map(|l| l.parse().expect("levels"));
                also.push((x, f, w, l));
            }
            "--runs" => runs = it.next().and_then(|v| v.parse().ok()).expect("--runs N"),
            "--levels" => levels = it.next().and_then(|v| v.parse().ok()).expect("--levels N"),
            "--wide" => wide = it.next().and_then(|v| v.parse().ok()).expect("--wide X"),
            "--wide-levels" => {
                wide_levels = it
                    .next()
                    .and_then(|v| v.parse().ok())
                    .expect("--wide-levels N")
            }
            "--prune" => prune = it.next().and_then(|v| v.parse().ok()).expect("--prune X"),
            s => train = Some(s.to_string()),
        }
    }
    let mut train = load_with(
        &train.expect(
            "usage: train_tagger TRAIN.jsonl [--train FILE[:WEIGHT[:KEEP]]]... [--dev DEV.jsonl]",
        ),
        1.0,
        1000,
        true,
    );
    for (f, w, k) in &extra {
        let d = load_with(f, *w, *k, false);
        eprintln!("{f}: {} documents, weight {w}", d.len());
        train.extend(d);
    }
    let dev = dev.map(|d| load(&d));
    let mut mis = 0;
    // the training-split gazetteer keeps a name when it is in >= 2 documents;
    // for a training document, count only the other documents (a jackknife),
    // so the model does not learn to trust the list more than it deserves
    let key = |s: &str| -> String {
        s.split_whitespace()
            .map(|w| {
                w.chars()
                    .map(|c| {
                        if c.is_ascii_digit() {
                            '0'
                        } else if c == '’' {
                            '\''
                        } else {
                            c
                        }
                    })
                    .flat_map(char::to_lowercase)
                    .collect::<String>()
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut docs_of: HashMap<String, Vec<usize>> = HashMap::new();
    for (n, d) in train.iter().enumerate().filter(|(_, d)| d.primary) {
        for &(s, e, _) in &d.gold {
            let v = docs_of.entry(key(&d.text[s..e])).or_default();
            if v.last() != Some(&n) {
                v.push(n);
            }
        }
    }
    // per token: true where no update may be made (inside an unmapped span)
    let mut prepared: Vec<(Prepared, Vec<u8>, Vec<bool>)> = train
        .iter()
        .enumerate()
        .map(|(n, d)| {
            let seg = segment::segment(&d.text);
            let g = gold_tags(&seg, &d.gold, &mut mis);
            let skip = seg
                .tokens
                .iter()
                .map(|t| d.unmapped.iter().any(|&(s, e)| t.start < e && t.end > s))
                .collect();
            // other files' documents see the lexicon as inference does
            let keep = |entry: &[&str]| {
                !d.primary
                    || docs_of
                        .get(&entry.join(" "))
                        .map_or(0, |v| v.iter().filter(|&&x| x != n).count())
                        >= 2
            };
            (Prepared::with_gazetteer(&seg, &keep), g, skip)
        })
        .collect();
    eprintln!(
        "{} documents, {} gold spans not on token edges",
        train.len(),
        mis
    );
    // several runs over different shuffles, their averaged weights averaged
    // (a cheap ensemble that costs nothing at inference)
    let mut sum: HashMap<u32, [f32; TAGS]> = HashMap::new();
    for run in 0..runs {
        let mut m = Averaged {
            index: HashMap::new(),
            w: Vec::new(),
            u: Vec::new(),
            c: 1.0,
        };
        let mut order: Vec<usize> = (0..prepared.len()).collect();
        let mut rng = 0x2545_F491_4F6C_DD1Du64 ^ (run as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        for epoch in 0..epochs {
            for i in (1..order.len()).rev() {
                rng ^= rng << 13;
                rng ^= rng >> 7;
                rng ^= rng << 17;
                order.swap(i, (rng % (i as u64 + 1)) as usize);
            }
            let mut errors = 0usize;
            let mut total = 0usize;
            for &k in &order {
                // hide the identity of a share of capitalised words this epoch
                {
                    let (p, _, _) = &mut prepared[k];
                    for i in 0..p.len() {
                        rng ^= rng << 13;
                        rng ^= rng >> 7;
                        rng ^= rng << 17;
                        p.unknown[i] = (rng % 1000) < dropout && p.is_capitalised(i);
                    }
                }
                let (p, gold, skip) = &prepared[k];
                let (free, by) = (train[k].free, train[k].weight);
                // score with the current weights; update on each mistake
                // two passes, as at inference; the second sees the first's tags
                let mut major = None;
                for _pass in 0..2 {
                    let mut updates: Vec<(Vec<u32>, u8, u8)> = Vec::new();
                    let mm = &m;
                    let tags = decode_full(
                        p,
                        major.as_deref(),
                        |f, s| mm.score(f, s),
                        |i, t, f| {
                            // a class the source does not annotate, predicted where
                            // it says O, may be right: no update
                            let masked = skip[i]
                                || (gold[i] == 0 && t != 0 && free & (1 << ((t - 1) / 2)) != 0);
                            if t != gold[i] && !masked {
                                updates.push((f.to_vec(), gold[i], t));
                            }
                            t
                        },
                    );
                    total += gold.len();
                    errors += updates.len();
                    for (f, g, b) in updates {
                        m.update(&f, g, b, by);
                    }
                    m.c += 1.0;
                    major = Some(p.majority(&tags));
                }
            }
            eprintln!("run {run} epoch {epoch}: {errors} token errors of {total}");
        }
        for (&k, &i) in &m.index {
            let e = sum.entry(k).or_insert([0.0; TAGS]);
            for (t, v) in e.iter_mut().enumerate() {
                *v += (m.w[i][t] - m.u[i][t] / m.c) / runs as f32;
            }
        }
    }
    let mut rows: Vec<(u32, [f32; TAGS])> = sum.into_iter().collect();
    rows.sort_by_key(|r| r.0);
    let trained = rows.len();
    let top = rows
        .iter()
        .flat_map(|r| r.1.iter().map(|v| v.abs()))
        .fold(0f32, f32::max);
    // scores only compare tags, so a constant may be taken off each row: the median
    for (_, r) in rows.iter_mut() {
        let mut sorted = *r;
        sorted.sort_by(|a, b| a.partial_cmp(b).unwrap());
        let med = sorted[TAGS / 2];
        for v in r.iter_mut() {
            *v -= med;
        }
    }
    let spread = |r: &[f32; TAGS]| r.iter().fold(0f32, |m, v| m.max(v.abs()));
    let scale = top;
    for (p, _, _) in prepared.iter_mut() {
        p.unknown.iter_mut().for_each(|u| *u = false);
    }
    // the main model, then any `--also-prune X:FILE` ones from the same weights
    let mut outputs = vec![(prune, out.clone(), wide, levels)];
    outputs.extend(
        also.iter()
            .map(|(x, f, w, l)| (*x, f.clone(), w.unwrap_or(wide), l.unwrap_or(levels))),
    );
    let mut written = Vec::new();
    for (prune, out, wide, levels) in outputs {
        // a row whose largest weight passes `wide` gets two-byte codes
        let mut pairs: Vec<(u32, (u8, [i16; TAGS]))> = rows
            .iter()
            .filter(|(_, r)| spread(r) > prune)
            .map(|(k, r)| {
                (
                    *k,
                    quantise(
                        r,
                        if spread(r) > wide {
                            wide_levels
                        } else {
                            levels
                        },
                    ),
                )
            })
            .collect();
        eprintln!(
            "{} features trained, {} kept (prune {prune}, scale {scale:.3})",
            trained,
            pairs.len()
        );
        let bytes = Model::write(&mut pairs);
        std::fs::write(&out, &bytes).expect("write model");
        eprintln!("wrote {out}: {} bytes", bytes.len());
        written.push((prune, out, bytes));
    }
    if let Some(dev) = dev {
        // the float weights before pruning and quantising, to tell what costs what
        let float: HashMap<u32, [f32; TAGS]> = rows.iter().cloned().collect();
        let float_score = |f: &[u32], s: &mut [f32; TAGS]| {
            *s = [0.0; TAGS];
            for k in f {
                if let Some(r) = float.get(k) {
                    for (a, b) in s.iter_mut().zip(r) {
                        *a += b;
                    }
                }
            }
        };
        eprintln!(
            "dev span F1 (token-aligned, float model, unpruned): {:.4}",
            f1_with(float_score, &dev)
        );
        for (prune, out, bytes) in &written {
            let pruned: HashMap<u32, [f32; TAGS]> = rows
                .iter()
                .filter(|(_, r)| spread(r) > *prune)
                .cloned()
                .collect();
            let pruned_score = |f: &[u32], s: &mut [f32; TAGS]| {
                *s = [0.0; TAGS];
                for k in f {
                    if let Some(r) = pruned.get(k) {
                        for (a, b) in s.iter_mut().zip(r) {
                            *a += b;
                        }
                    }
                }
            };
            let model = Model::read(bytes);
            eprintln!(
                "dev span F1 (token-aligned) {out} ({} B): float pruned {prune}: {:.4}, quantised: {:.4}",
                bytes.len(),
                f1_with(pruned_score, &dev),
                f1(&model, &dev)
            );
        }
    }
}
