//! Criterion benchmark of detection on the annotated corpus (single thread), message by message
//! and in batches.
//! `cargo bench` prints time per iteration and throughput in bytes/s.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use pii_scrubber::detect::{BatchScratch, Scratch};
use pii_scrubber::{Config, Detector};

fn corpus_texts() -> Vec<String> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/messages.jsonl");
    std::fs::read_to_string(path)
        .expect("corpus present")
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .collect()
}

fn detect(c: &mut Criterion) {
    let config = Config::load(concat!(env!("CARGO_MANIFEST_DIR"), "/pii-scrubber.toml").as_ref())
        .expect("config");
    let detector = Detector::new(&config).expect("rules compile");
    let texts = corpus_texts();
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut group = c.benchmark_group("detect");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function("corpus", |b| {
        let mut scratch = Scratch::default();
        b.iter(|| {
            let mut n = 0;
            for t in &texts {
                n += detector.detect_with(t, &mut scratch).findings.len();
            }
            n
        })
    });
    // As `scan`, `redact` and `bench` run it: 1,024 messages at a time, rule by rule.
    group.bench_function("corpus in batches", |b| {
        let mut batch = BatchScratch::default();
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        b.iter(|| {
            let mut n = 0;
            for chunk in refs.chunks(pii_scrubber::batch::BATCH_MESSAGES) {
                n += detector
                    .detect_batch(chunk, &mut batch)
                    .iter()
                    .map(|s| s.findings.len())
                    .sum::<usize>();
            }
            n
        })
    });
    group.finish();
}

criterion_group!(benches, detect);
criterion_main!(benches);
