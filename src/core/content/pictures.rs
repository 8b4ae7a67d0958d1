//! The text alternative of every exercise picture: what the two frames show, from the start of
//! the movement to its end, and which muscle is marked. Each says only what the exercise's own
//! steps say (content::exercises), so the words and the picture never disagree. Read aloud in
//! place of the picture, so each starts with the exercise's name.

use crate::core::picture::Picture;

pub fn picture_description(picture: Picture) -> &'static str {
    match picture {
        Picture::GluteBridge => {
            "Glute bridge, in two pictures. Start: lying on your back with \
knees bent, feet flat and arms by your sides. End: hips lifted until knees, hips and shoulders \
form a straight line. The buttocks are marked as the muscles doing the work."
        }
        Picture::Clamshell => {
            "Clamshell, in two pictures. Start: lying on your side with hips \
and knees bent, feet together, head resting on your arm and top hand on your hip. End: the top \
knee lifted while the feet stay together, like a shell opening. The side of the top hip is \
marked as the muscle doing the work."
        }
        Picture::SideLyingLegLift => {
            "Side-lying leg lift, in two pictures. Start: lying on your \
side, bottom knee bent, top leg straight and a little behind your body. End: the top leg lifted \
to about hip height. The side of the top hip is marked as the muscle doing the work."
        }
        Picture::SingleLegBridgeHold => {
            "Single-leg bridge hold, in two pictures. Start: hips \
lifted in a glute bridge, both feet on the floor. Hold: one leg straightened so both knees \
stay level, hips level, held still. The buttock of the leg on the floor is marked as the muscle \
doing the work."
        }
        Picture::WeightedHipThrust => {
            "Weighted hip thrust, in two pictures. Start: sitting on \
the floor with your upper back against a bench, knees bent, feet flat and a weight resting \
across your hips. End: hips driven up until your body is level from knees to shoulders, shins \
upright. The buttocks are marked as the muscles doing the work."
        }
        Picture::StepUp => {
            "Step-up, in two pictures. Start: one whole foot on a step of knee \
height or lower, the other foot on the floor, leaning forward slightly. End: standing up \
straight on the step leg, the back foot lifted without pushing off. The buttock of the leg on \
the step is marked as the muscle doing the work."
        }
        Picture::StepUpSupported => {
            "Step-up holding a rail, in two pictures. Start: one hand \
on a rail beside a low step, one whole foot on the step. End: standing up on the step leg, the \
hand still on the rail for balance. The buttock of the leg on the step is marked as the muscle \
doing the work."
        }
        Picture::CableKickback => {
            "Cable or band kickback, in two pictures. Start: standing \
tall, leaning forward a little and holding a post, a band from the working ankle to a low \
anchor. End: the working leg pushed straight back against the band while the back stays still. \
The buttock of the moving leg is marked as the muscle doing the work."
        }
        Picture::Squat => {
            "Squat, in two pictures. Start: standing tall. End: sitting back and \
down as if onto a chair, knees over the toes, chest up and back straight, arms reaching \
forward. The buttocks are marked as the muscles doing the work."
        }
        Picture::Deadlift => {
            "Deadlift or hip hinge, in two pictures. Start: standing tall, \
holding a weight in front of your thighs. End: hips pushed back with soft knees and a flat \
back, the weight slid down to your knees. The buttocks are marked as the muscles that bring \
you back up."
        }
        Picture::Lunge => {
            "Lunge, in two pictures. Start: standing tall. End: a long step \
forward, the back knee lowered towards the floor, the front knee above the front foot and the \
body leaning slightly forward. The buttock of the front leg is marked as the muscle doing the \
work."
        }
        Picture::LungeSupported => {
            "Lunge holding a chair, in two pictures. Start: standing \
tall beside a chair, one hand on its back. End: a shorter step forward, the back knee lowered \
only part of the way, the hand still on the chair. The buttock of the front leg is marked as \
the muscle doing the work."
        }
        Picture::SingleLegDeadlift => {
            "Single-leg deadlift, in two pictures. Start: standing on \
one leg with a soft knee, the other foot just off the floor. End: tipped forward from the hip, \
hands reaching down, the free leg stretched back in line with the body. The buttock of the \
standing leg is marked as the muscle doing the work."
        }
        Picture::SingleLegDeadliftSupported => {
            "Single-leg deadlift holding a chair, in two \
pictures. Start: standing next to a chair with one hand on it, the toes of the back foot \
resting lightly on the floor. End: tipped forward from the hip with a flat back, the hand still \
on the chair and the back toes still touching the floor. The buttock of the front leg is marked \
as the muscle doing the work."
        }
        Picture::LateralBound => {
            "Side bound, seen from behind, in two pictures. Start: \
standing on one leg, knee slightly bent, the other foot off the floor. End: landed sideways on \
the other foot, knee bent over the toes, holding still. The side of the landing hip is marked \
as the muscle holding you steady."
        }
        Picture::SideStepSupported => {
            "Side step near a wall, seen from behind, in two \
pictures. Start: standing an arm's length from a wall. End: a big step sideways towards the \
wall, the knee bent a little, one hand touching the wall. The side of the hip you step onto is \
marked as the muscle holding you steady."
        }
        Picture::BreakHipStretch => {
            "Standing hip-front stretch, in two pictures. Start: \
standing tall. End: one foot stepped back, tailbone tucked under, body upright. The buttock of \
the back leg is marked: squeezing it brings the stretch to the front of that hip."
        }
        Picture::BreakGluteSqueeze => {
            "Standing glute squeezes, seen from behind, in two \
pictures. First: standing tall and relaxed. Then: both buttocks squeezed hard, marked as the \
working muscles, before you let go."
        }
        Picture::BreakWalk => {
            "A short walk, in two pictures: a step with one leg, then a step \
with the other, standing tall. One buttock is marked: it works at every step."
        }
    }
}
