//! Where the product's facts come from, cited by the model's constants, the explanations and
//! the plan. Wording is ours; each entry names the original.

/// A source a fact, threshold or explanation rests on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Source {
    /// The seed article on gluteal amnesia and its three-phase rehabilitation.
    Article,
    /// Early strength gains are mostly neural; muscle growth shows from weeks 3-8.
    NeuralAdaptation,
    /// Typical supervised exercise programmes last 8-12 weeks.
    ProgrammeLength,
    /// Home-exercise adherence for back pain is commonly 30-50% short of prescribed.
    Adherence,
    /// Back pain tends to fall over 6 weeks anyway (natural course).
    NaturalCourse,
    /// Single-leg bridge hold norms and side-difference flag.
    BridgeNorms,
    /// Single-leg stance norms by age band.
    StanceNorms,
    /// The mirror pelvis-drop (Trendelenburg) check and its modest accuracy.
    Trendelenburg,
    /// Meaningful change on a 0-10 pain scale: 2 points or 30%.
    PainChange,
    /// Sitting recalled for yesterday, split by domain.
    SittingRecall,
    /// Red flags that need care before any exercise plan.
    RedFlags,
    /// People respond very differently to the same training.
    ResponseVariability,
}

impl Source {
    pub const ALL: [Source; 12] = [
        Source::Article,
        Source::NeuralAdaptation,
        Source::ProgrammeLength,
        Source::Adherence,
        Source::NaturalCourse,
        Source::BridgeNorms,
        Source::StanceNorms,
        Source::Trendelenburg,
        Source::PainChange,
        Source::SittingRecall,
        Source::RedFlags,
        Source::ResponseVariability,
    ];

    /// A short citation a person can look up.
    pub fn citation(self) -> &'static str {
        match self {
            Source::Article => "Article on gluteal amnesia and its three-phase rehabilitation (the source this app is built on)",
            Source::NeuralAdaptation => "Folland & Williams 2007; DeFreitas et al. 2011: first strength gain by week 4, muscle growth by week 8",
            Source::ProgrammeLength => "LEAP trial for gluteal tendinopathy (8 weeks); digital back-pain programmes (8-12 weeks)",
            Source::Adherence => "Studies of home exercise for back pain: adherence commonly 30-50% below what was prescribed",
            Source::NaturalCourse => "Review of 33 cohorts, 11,166 people: acute back pain fell from about 52/100 to 23/100 within 6 weeks",
            Source::BridgeNorms => "Single-leg bridge hold in young adults: about 64 s on average (SD about 33 s); a side gap over 10 s is commonly flagged",
            Source::StanceNorms => "Springer et al. 2007 (549 people, six age bands): single-leg stance norms",
            Source::Trendelenburg => "Trendelenburg sign for weak gluteus medius: sensitivity about 73%, specificity about 77% in one study",
            Source::PainChange => "0-10 pain rating: a change of 2 points or 30% is meaningful",
            Source::SittingRecall => "Sitting recalled for one day, split by domain, is more accurate than one daily-hours guess",
            Source::RedFlags => "Standard red flags for low back and hip pain (cauda equina, fracture, infection, cancer)",
            Source::ResponseVariability => "In a study of 585 people, muscle growth after the same training ranged from under 5% to over 40%",
        }
    }
}
