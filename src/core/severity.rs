//! How marked the problem looks (severity) and how long it has been there (chronicity).
//!
//! Severity is a sum of points, one finding per sign that counted, so a person can see exactly
//! what raised it. All thresholds and points live in `model`.

use crate::core::answers::{Answers, GluteFeel, Onset, PelvisDrop, YesNoUnsure};
use crate::core::content::sources::Source;
use crate::core::model::{
    bridge_norm_seconds, stance_norm_seconds, BRIDGE_SIDE_GAP_FLAG_SECONDS,
    BRIDGE_WEAK_PERCENT_OF_NORM, PAIN_MODERATE_FROM, PAIN_SEVERE_FROM, POINTS_BALANCE_REPORTED,
    POINTS_BRIDGE_SIDE_GAP, POINTS_COMPENSATION, POINTS_GLUTES_FELT_A_LITTLE,
    POINTS_GLUTES_NOT_FELT, POINTS_PAIN_MODERATE, POINTS_PAIN_SEVERE,
    POINTS_PELVIS_DROP_BOTH_SIDES, POINTS_PELVIS_DROP_ONE_SIDE, POINTS_PER_POSTURE_SIGN,
    POINTS_SHORT_STANCE, POINTS_WEAK_BRIDGE_SIDE, POSTURE_SIGN_POINTS_CAP,
    SEVERITY_MODERATE_FROM_POINTS, SEVERITY_SEVERE_FROM_POINTS, STANCE_SHORT_PERCENT_OF_NORM,
};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SeverityLevel {
    Mild,
    Moderate,
    Severe,
}

/// How long the problem has been there, from the onset answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Chronicity {
    /// Weeks.
    Recent,
    /// Months.
    Persistent,
    /// Years.
    Chronic,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Side {
    Left,
    Right,
}

/// One sign that counted toward severity, with the values a person needs to recognise it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FindingKind {
    /// A single-leg bridge side held well under the norm for the person's age.
    WeakBridge {
        side: Side,
        seconds: u16,
        age_norm: u16,
    },
    /// Left and right bridge holds differ by more than the flag.
    BridgeSideGap { seconds: u16 },
    /// The pelvis drops in the mirror check.
    PelvisDrop { both_sides: bool },
    /// The glutes are hard to feel in a two-leg bridge.
    GlutesHardToFeel { not_at_all: bool },
    /// Hamstrings or the low back take over.
    Compensation,
    /// Balance problems noticed in daily life.
    BalanceProblems,
    /// Single-leg stance on the weaker side well under the norm for age.
    ShortStance { seconds: u16, age_norm: u16 },
    /// Signs of a forward-tilted pelvis.
    PostureSigns { count: u8 },
    /// The highest pain score was moderate or severe.
    Pain { highest: u8 },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Finding {
    pub kind: FindingKind,
    pub points: u16,
    pub source: Source,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Severity {
    pub level: SeverityLevel,
    pub chronicity: Chronicity,
    pub points: u16,
    /// Only the signs that counted (points above zero), in a fixed order.
    pub findings: Vec<Finding>,
}

/// The full picture, with every finding that counted.
pub fn assess_severity(a: &Answers) -> Severity {
    let mut findings = Vec::new();
    visit_findings(a, |f| findings.push(f));
    let points = findings.iter().map(|f| f.points).sum();
    Severity {
        level: level_for_points(points),
        chronicity: chronicity(a.onset),
        points,
        findings,
    }
}

/// The level alone, without building the findings list: the what-if slider calls this on
/// every move, so it must not allocate.
pub fn severity_level(a: &Answers) -> SeverityLevel {
    let mut points = 0;
    visit_findings(a, |f| points += f.points);
    level_for_points(points)
}

pub fn level_for_points(points: u16) -> SeverityLevel {
    if points >= SEVERITY_SEVERE_FROM_POINTS {
        SeverityLevel::Severe
    } else if points >= SEVERITY_MODERATE_FROM_POINTS {
        SeverityLevel::Moderate
    } else {
        SeverityLevel::Mild
    }
}

pub fn chronicity(onset: Onset) -> Chronicity {
    match onset {
        Onset::Weeks => Chronicity::Recent,
        Onset::Months => Chronicity::Persistent,
        Onset::Years => Chronicity::Chronic,
    }
}

/// `hold` is under `percent`% of `norm`, in integers so the cut is exact and reviewable.
fn under_percent_of(hold: u16, norm: u16, percent: u16) -> bool {
    u32::from(hold) * 100 < u32::from(norm) * u32::from(percent)
}

/// Calls `sink` once per sign that counted, in a fixed order. One walk serves both the full
/// assessment and the allocation-free level.
fn visit_findings(a: &Answers, mut sink: impl FnMut(Finding)) {
    let bridge_norm = bridge_norm_seconds(a.age_band);
    for (side, seconds) in [
        (Side::Left, a.bridge_hold.left),
        (Side::Right, a.bridge_hold.right),
    ] {
        if under_percent_of(seconds, bridge_norm, BRIDGE_WEAK_PERCENT_OF_NORM) {
            sink(Finding {
                kind: FindingKind::WeakBridge {
                    side,
                    seconds,
                    age_norm: bridge_norm,
                },
                points: POINTS_WEAK_BRIDGE_SIDE,
                source: Source::BridgeNorms,
            });
        }
    }

    let gap = a.bridge_hold.difference();
    if gap > BRIDGE_SIDE_GAP_FLAG_SECONDS {
        sink(Finding {
            kind: FindingKind::BridgeSideGap { seconds: gap },
            points: POINTS_BRIDGE_SIDE_GAP,
            source: Source::BridgeNorms,
        });
    }

    let pelvis = match a.pelvis_drop {
        PelvisDrop::OneSide => Some((false, POINTS_PELVIS_DROP_ONE_SIDE)),
        PelvisDrop::BothSides => Some((true, POINTS_PELVIS_DROP_BOTH_SIDES)),
        // "Could not tell" is no evidence either way.
        PelvisDrop::Neither | PelvisDrop::NotChecked => None,
    };
    if let Some((both_sides, points)) = pelvis {
        sink(Finding {
            kind: FindingKind::PelvisDrop { both_sides },
            points,
            source: Source::Trendelenburg,
        });
    }

    let feel = match a.glute_feel {
        GluteFeel::NotAtAll => Some((true, POINTS_GLUTES_NOT_FELT)),
        GluteFeel::ALittle => Some((false, POINTS_GLUTES_FELT_A_LITTLE)),
        GluteFeel::Clearly => None,
    };
    if let Some((not_at_all, points)) = feel {
        sink(Finding {
            kind: FindingKind::GlutesHardToFeel { not_at_all },
            points,
            source: Source::Article,
        });
    }

    if a.compensation == YesNoUnsure::Yes {
        sink(Finding {
            kind: FindingKind::Compensation,
            points: POINTS_COMPENSATION,
            source: Source::Article,
        });
    }

    if a.balance_problems {
        sink(Finding {
            kind: FindingKind::BalanceProblems,
            points: POINTS_BALANCE_REPORTED,
            source: Source::Article,
        });
    }

    let stance_norm = stance_norm_seconds(a.age_band);
    let stance = a.stance_hold.weaker();
    if under_percent_of(stance, stance_norm, STANCE_SHORT_PERCENT_OF_NORM) {
        sink(Finding {
            kind: FindingKind::ShortStance {
                seconds: stance,
                age_norm: stance_norm,
            },
            points: POINTS_SHORT_STANCE,
            source: Source::StanceNorms,
        });
    }

    let signs = a.posture_signs.len().min(usize::from(u8::MAX)) as u8;
    let posture_points = (u16::from(signs) * POINTS_PER_POSTURE_SIGN).min(POSTURE_SIGN_POINTS_CAP);
    if posture_points > 0 {
        sink(Finding {
            kind: FindingKind::PostureSigns { count: signs },
            points: posture_points,
            source: Source::Article,
        });
    }

    let highest = a.pain.highest();
    let pain_points = if highest >= PAIN_SEVERE_FROM {
        POINTS_PAIN_SEVERE
    } else if highest >= PAIN_MODERATE_FROM {
        POINTS_PAIN_MODERATE
    } else {
        0
    };
    if pain_points > 0 {
        sink(Finding {
            kind: FindingKind::Pain { highest },
            points: pain_points,
            source: Source::Article,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::answers::{AgeBand, PainScores, PostureSign, SideSeconds};
    use crate::core::examples;
    use crate::core::model::SEVERITY_MAX_POINTS;
    use crate::core::sorted_set::SortedSet;

    /// Nothing counts: the best case (young, recent, no posture signs, balance problems or
    /// compensation), strong, level, glutes clearly felt, no pain.
    fn clean() -> Answers {
        Answers {
            pain: PainScores::default(),
            glute_feel: GluteFeel::Clearly,
            bridge_hold: SideSeconds {
                left: 60,
                right: 60,
            },
            stance_hold: SideSeconds {
                left: 45,
                right: 45,
            },
            pelvis_drop: PelvisDrop::Neither,
            ..examples::best_case()
        }
    }

    fn kinds(a: &Answers) -> Vec<FindingKind> {
        assess_severity(a).findings.iter().map(|f| f.kind).collect()
    }

    fn only_finding(a: &Answers) -> Finding {
        let s = assess_severity(a);
        assert_eq!(s.findings.len(), 1, "{:?}", s.findings);
        s.findings[0]
    }

    #[test]
    fn a_clean_picture_has_no_findings_and_is_mild() {
        let s = assess_severity(&clean());
        assert!(s.findings.is_empty());
        assert_eq!(s.points, 0);
        assert_eq!(s.level, SeverityLevel::Mild);
    }

    #[test]
    fn a_bridge_side_under_half_the_age_norm_is_weak() {
        // Young-adult norm 64 s: 31 s is under half, 32 s is not.
        let weak = Answers {
            bridge_hold: SideSeconds {
                left: 31,
                right: 40,
            },
            ..clean()
        };
        assert_eq!(
            only_finding(&weak),
            Finding {
                kind: FindingKind::WeakBridge {
                    side: Side::Left,
                    seconds: 31,
                    age_norm: 64
                },
                points: POINTS_WEAK_BRIDGE_SIDE,
                source: Source::BridgeNorms,
            }
        );
        let fine = Answers {
            bridge_hold: SideSeconds {
                left: 32,
                right: 40,
            },
            ..clean()
        };
        assert!(kinds(&fine).is_empty());
    }

    #[test]
    fn the_bridge_norm_follows_the_age_band() {
        // 20 s is weak at 18-39 (norm 64) but not at 70-79 (norm 32, cut 16 s).
        let older = Answers {
            age_band: AgeBand::From70To79,
            bridge_hold: SideSeconds {
                left: 20,
                right: 20,
            },
            ..clean()
        };
        assert!(kinds(&older).is_empty());
        let younger = Answers {
            age_band: AgeBand::From18To39,
            ..older
        };
        assert_eq!(
            assess_severity(&younger).points,
            2 * POINTS_WEAK_BRIDGE_SIDE
        );
    }

    #[test]
    fn a_bridge_that_could_not_be_done_is_weak_on_that_side() {
        let a = Answers {
            bridge_hold: SideSeconds { left: 60, right: 0 },
            ..clean()
        };
        let k = kinds(&a);
        assert!(k.contains(&FindingKind::WeakBridge {
            side: Side::Right,
            seconds: 0,
            age_norm: 64
        }));
        assert!(k.contains(&FindingKind::BridgeSideGap { seconds: 60 }));
    }

    #[test]
    fn a_side_gap_over_ten_seconds_is_flagged() {
        let gap = Answers {
            bridge_hold: SideSeconds {
                left: 60,
                right: 49,
            },
            ..clean()
        };
        assert_eq!(
            only_finding(&gap),
            Finding {
                kind: FindingKind::BridgeSideGap { seconds: 11 },
                points: POINTS_BRIDGE_SIDE_GAP,
                source: Source::BridgeNorms,
            }
        );
        let exactly_ten = Answers {
            bridge_hold: SideSeconds {
                left: 60,
                right: 50,
            },
            ..clean()
        };
        assert!(kinds(&exactly_ten).is_empty());
    }

    #[test]
    fn pelvis_drop_counts_more_on_both_sides_and_not_when_unchecked() {
        let one = Answers {
            pelvis_drop: PelvisDrop::OneSide,
            ..clean()
        };
        assert_eq!(only_finding(&one).points, POINTS_PELVIS_DROP_ONE_SIDE);
        assert_eq!(only_finding(&one).source, Source::Trendelenburg);
        let both = Answers {
            pelvis_drop: PelvisDrop::BothSides,
            ..clean()
        };
        assert_eq!(
            only_finding(&both).kind,
            FindingKind::PelvisDrop { both_sides: true }
        );
        assert_eq!(only_finding(&both).points, POINTS_PELVIS_DROP_BOTH_SIDES);
        let unchecked = Answers {
            pelvis_drop: PelvisDrop::NotChecked,
            ..clean()
        };
        assert!(kinds(&unchecked).is_empty());
    }

    #[test]
    fn glutes_not_felt_counts_more_than_felt_a_little() {
        let little = Answers {
            glute_feel: GluteFeel::ALittle,
            ..clean()
        };
        assert_eq!(only_finding(&little).points, POINTS_GLUTES_FELT_A_LITTLE);
        let none = Answers {
            glute_feel: GluteFeel::NotAtAll,
            ..clean()
        };
        assert_eq!(
            only_finding(&none),
            Finding {
                kind: FindingKind::GlutesHardToFeel { not_at_all: true },
                points: POINTS_GLUTES_NOT_FELT,
                source: Source::Article,
            }
        );
    }

    #[test]
    fn compensation_counts_only_when_sure() {
        let yes = Answers {
            compensation: YesNoUnsure::Yes,
            ..clean()
        };
        assert_eq!(only_finding(&yes).kind, FindingKind::Compensation);
        assert_eq!(only_finding(&yes).points, POINTS_COMPENSATION);
        let unsure = Answers {
            compensation: YesNoUnsure::Unsure,
            ..clean()
        };
        assert!(kinds(&unsure).is_empty());
    }

    #[test]
    fn reported_balance_problems_count() {
        let a = Answers {
            balance_problems: true,
            ..clean()
        };
        assert_eq!(only_finding(&a).kind, FindingKind::BalanceProblems);
        assert_eq!(only_finding(&a).points, POINTS_BALANCE_REPORTED);
    }

    #[test]
    fn a_stance_under_half_the_age_norm_on_the_weaker_side_counts() {
        // 18-39 norm 43 s: half is 21.5 s, so 21 s is short and 22 s is not.
        let short = Answers {
            stance_hold: SideSeconds {
                left: 45,
                right: 21,
            },
            ..clean()
        };
        assert_eq!(
            only_finding(&short),
            Finding {
                kind: FindingKind::ShortStance {
                    seconds: 21,
                    age_norm: 43
                },
                points: POINTS_SHORT_STANCE,
                source: Source::StanceNorms,
            }
        );
        let fine = Answers {
            stance_hold: SideSeconds {
                left: 45,
                right: 22,
            },
            ..clean()
        };
        assert!(kinds(&fine).is_empty());
        // 80+ norm 6 s: 3 s is fine there.
        let oldest = Answers {
            age_band: AgeBand::From80,
            stance_hold: SideSeconds { left: 3, right: 3 },
            bridge_hold: SideSeconds {
                left: 30,
                right: 30,
            },
            ..clean()
        };
        assert!(kinds(&oldest).is_empty());
    }

    #[test]
    fn posture_signs_count_one_each_up_to_the_cap() {
        let one = Answers {
            posture_signs: SortedSet::from([PostureSign::ArchedLowBack]),
            ..clean()
        };
        assert_eq!(only_finding(&one).points, POINTS_PER_POSTURE_SIGN);
        let all = Answers {
            posture_signs: PostureSign::ALL.into_iter().collect(),
            ..clean()
        };
        assert_eq!(
            only_finding(&all),
            Finding {
                kind: FindingKind::PostureSigns { count: 4 },
                points: POSTURE_SIGN_POINTS_CAP,
                source: Source::Article,
            }
        );
    }

    #[test]
    fn the_highest_pain_counts_by_band() {
        let pain = |hip| Answers {
            pain: PainScores {
                low_back: 1,
                hip,
                knee: 0,
                ankle: 0,
            },
            ..clean()
        };
        assert!(kinds(&pain(3)).is_empty());
        assert_eq!(only_finding(&pain(4)).points, POINTS_PAIN_MODERATE);
        assert_eq!(only_finding(&pain(6)).points, POINTS_PAIN_MODERATE);
        assert_eq!(
            only_finding(&pain(7)),
            Finding {
                kind: FindingKind::Pain { highest: 7 },
                points: POINTS_PAIN_SEVERE,
                source: Source::Article,
            }
        );
        assert_eq!(only_finding(&pain(10)).points, POINTS_PAIN_SEVERE);
    }

    #[test]
    fn levels_follow_the_point_cut_points() {
        assert_eq!(
            level_for_points(SEVERITY_MODERATE_FROM_POINTS - 1),
            SeverityLevel::Mild
        );
        assert_eq!(
            level_for_points(SEVERITY_MODERATE_FROM_POINTS),
            SeverityLevel::Moderate
        );
        assert_eq!(
            level_for_points(SEVERITY_SEVERE_FROM_POINTS - 1),
            SeverityLevel::Moderate
        );
        assert_eq!(
            level_for_points(SEVERITY_SEVERE_FROM_POINTS),
            SeverityLevel::Severe
        );
    }

    #[test]
    fn chronicity_follows_onset() {
        assert_eq!(chronicity(Onset::Weeks), Chronicity::Recent);
        assert_eq!(chronicity(Onset::Months), Chronicity::Persistent);
        assert_eq!(chronicity(Onset::Years), Chronicity::Chronic);
        let a = Answers {
            onset: Onset::Years,
            ..clean()
        };
        assert_eq!(assess_severity(&a).chronicity, Chronicity::Chronic);
    }

    #[test]
    fn points_are_the_sum_of_the_findings_and_the_quick_level_agrees() {
        let a = Answers {
            glute_feel: GluteFeel::NotAtAll,
            compensation: YesNoUnsure::Yes,
            pelvis_drop: PelvisDrop::BothSides,
            bridge_hold: SideSeconds {
                left: 10,
                right: 25,
            },
            ..clean()
        };
        let s = assess_severity(&a);
        // not felt 3 + compensation 2 + both-sides drop 3 + two weak sides 4 + gap 1.
        assert_eq!(s.points, 13);
        assert_eq!(s.points, s.findings.iter().map(|f| f.points).sum::<u16>());
        assert_eq!(s.level, SeverityLevel::Severe);
        assert_eq!(severity_level(&a), s.level);
    }

    #[test]
    fn the_worst_picture_scores_the_maximum() {
        let a = Answers {
            glute_feel: GluteFeel::NotAtAll,
            compensation: YesNoUnsure::Yes,
            pelvis_drop: PelvisDrop::BothSides,
            bridge_hold: SideSeconds { left: 0, right: 20 },
            stance_hold: SideSeconds { left: 0, right: 0 },
            balance_problems: true,
            posture_signs: PostureSign::ALL.into_iter().collect(),
            pain: PainScores {
                low_back: 10,
                hip: 10,
                knee: 10,
                ankle: 10,
            },
            ..clean()
        };
        assert_eq!(assess_severity(&a).points, 20);
        assert_eq!(SEVERITY_MAX_POINTS, 20);
    }

    #[test]
    fn extreme_values_do_not_overflow() {
        let a = Answers {
            bridge_hold: SideSeconds {
                left: u16::MAX,
                right: 0,
            },
            stance_hold: SideSeconds {
                left: u16::MAX,
                right: u16::MAX,
            },
            ..clean()
        };
        let s = assess_severity(&a);
        assert_eq!(s.points, POINTS_WEAK_BRIDGE_SIDE + POINTS_BRIDGE_SIDE_GAP);
    }
}
