//! Engine throughput, native: deadlines per second for each clock kind over
//! random 2026–2027 submissions, beside the naive minute-stepping calculator
//! of the tests (the baseline), measured in the same run.
//!
//! `cargo bench --bench throughput` (add `-- --quick` for a shorter run).

#[path = "../tests/support/mod.rs"]
#[allow(dead_code)]
mod support;

use std::hint::black_box;
use std::time::{Duration, Instant};

use chrono::{TimeZone, Utc};
use sla_calculator::engine::Clock;
use sla_calculator::{zones, Catalog, Request};
use support::Random;

const START: i64 = 1_767_225_600; // 2026-01-01T00:00:00Z
const END: i64 = 1_830_297_600; // 2028-01-01T00:00:00Z

fn requests(catalog: &Catalog, clock: Clock, count: usize, seed: u64) -> Vec<Request<'static>> {
    let mut random = Random(seed);
    let mut out = Vec::with_capacity(count);
    while out.len() < count {
        let tier = random.pick(&["online", "business", "enterprise", "elite"]);
        let priority = random.pick(&["P1", "P2", "P3", "P4"]);
        if catalog.target(tier, priority).unwrap().clock() != clock {
            continue;
        }
        let region = random.pick(&["americas", "emea", "apac", "japan"]);
        let names: Vec<&str> = zones::all_names().collect();
        let zone = match random.next() % 3 {
            0 => Some(zones::zone(random.pick(&names)).unwrap()),
            _ => None,
        };
        let seconds = START + (random.next() % (END - START) as u64) as i64;
        out.push(Request {
            tier,
            priority,
            region,
            zone,
            submitted: Utc.timestamp_opt(seconds, 0).unwrap(),
            holidays: None,
        });
    }
    out
}

/// Runs `f` over `inputs` repeatedly for at least `budget`; answers per second.
fn rate<T>(inputs: &[T], budget: Duration, mut f: impl FnMut(&T)) -> f64 {
    let started = Instant::now();
    let mut done = 0usize;
    while started.elapsed() < budget {
        for input in inputs {
            f(input);
        }
        done += inputs.len();
    }
    done as f64 / started.elapsed().as_secs_f64()
}

fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    let budget = Duration::from_millis(if quick { 300 } else { 2000 });
    let catalog = Catalog::builtin().unwrap();
    println!("| clock | engine (deadlines/s) | naive minute-stepping (deadlines/s) | ratio |");
    println!("|---|---:|---:|---:|");
    for clock in Clock::ALL {
        let inputs = requests(&catalog, clock, 2000, 0x9E37_79B9_7F4A_7C15 ^ clock as u64);
        let naive_inputs = &inputs[..if quick { 20 } else { 100 }];
        // The two must agree before their speeds mean anything.
        for request in naive_inputs {
            let engine = catalog.deadline(request).unwrap().due;
            let naive = support::naive::naive_deadline(
                &support::naive_clock(&catalog, request),
                request.submitted,
            );
            assert_eq!(Some(engine), naive, "{request:?}");
        }
        let engine = rate(&inputs, budget, |r| {
            black_box(catalog.deadline(black_box(r)).unwrap());
        });
        let naive = rate(naive_inputs, budget, |r| {
            black_box(support::naive::naive_deadline(
                &support::naive_clock(&catalog, r),
                r.submitted,
            ));
        });
        println!(
            "| {} | {engine:.0} | {naive:.0} | {:.1}× |",
            clock.id(),
            engine / naive
        );
    }
}
