//! How long one what-if estimate takes, as a slider would call it on every move.
//!
//! A plain `harness = false` benchmark: std only, prints the mean time per call and asserts
//! nothing about timing (machines differ; the figure is for reading, not for gating).

use std::hint::black_box;
use std::time::Instant;

use glute_check::core::answers::{
    Answers, BreakCommitment, PainScores, PostureSign, SideSeconds, SittingDay,
};
use glute_check::core::estimate::{estimate_what_if, WhatIf};
use glute_check::core::examples::typical_desk_worker;
use glute_check::core::sorted_set::SortedSet;

const WARM_UP_CALLS: u32 = 10_000;
const MEASURED_CALLS: u32 = 1_000_000;

/// A middle-of-the-road person: several findings, so severity does real work.
fn person() -> Answers {
    Answers {
        sitting: SittingDay { half_hours: 22 },
        pain: PainScores {
            low_back: 5,
            hip: 4,
            knee: 2,
            ankle: 0,
        },
        balance_problems: true,
        posture_signs: SortedSet::from([PostureSign::ArchedLowBack, PostureSign::TightHipFronts]),
        bridge_hold: SideSeconds {
            left: 24,
            right: 38,
        },
        stance_hold: SideSeconds {
            left: 18,
            right: 25,
        },
        routine_days: 4,
        ..typical_desk_worker()
    }
}

/// What-if settings a person sweeps through with the sliders.
fn slider_positions() -> Vec<WhatIf> {
    let mut positions = Vec::new();
    for routine_days in 0..=7 {
        for sitting_half_hours in [8, 12, 16, 20, 24] {
            for breaks_often in BreakCommitment::ALL {
                positions.push(WhatIf {
                    routine_days,
                    sitting_half_hours,
                    breaks_often,
                });
            }
        }
    }
    positions
}

fn main() {
    let answers = person();
    let positions = slider_positions();

    let mut checksum: u64 = 0;
    let mut run = |calls: u32| {
        for i in 0..calls {
            let what_if = &positions[i as usize % positions.len()];
            let e = estimate_what_if(black_box(&answers), black_box(what_if));
            checksum = checksum.wrapping_add(u64::from(e.full_integration.high));
            black_box(&e);
        }
    };

    run(WARM_UP_CALLS);
    let start = Instant::now();
    run(MEASURED_CALLS);
    let elapsed = start.elapsed();

    let mean_ns = elapsed.as_nanos() as f64 / f64::from(MEASURED_CALLS);
    println!(
        "estimate_what_if: {MEASURED_CALLS} calls over {} slider positions, mean {mean_ns:.1} ns per call (checksum {checksum})",
        positions.len()
    );
}
