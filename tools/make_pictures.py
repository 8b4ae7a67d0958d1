"""Draws the exercise pictures, assets/exercises/*.svg, from the poses below.

Run by hand (`python3 tools/make_pictures.py`, standard library only) after changing a pose; the
SVG files it writes are committed, so the build needs neither Python for them nor this script.
`tests/core_pictures.rs` checks that every picture the plan can show has its file.

Each picture is two frames side by side, the start and the end of the movement, with an arrow
between them. The figure is a simple line drawing: thick round strokes for the limbs, a filled
head, the limbs on the far side a lighter tone, and the working buttock muscle filled in a warm
colour. Every colour is a CSS custom property in the file's own <style>, with a dark and a print
set: an SVG shown with <img> cannot see the page's variables, but it does follow the page's
colour scheme (tests/e2e_pictures.rs measures it). Chromium draws an <img> SVG with its screen
styles when printing, so paper gets the light set, which prints well; the print set (black
lines, a hatched muscle) is for browsers that apply print styles inside images. No script, no external reference, no font file: the files are safe under the
page's Content-Security-Policy and work offline.

Poses are written in figure units with the floor at y = 0 and y growing downwards (SVG's
direction), so a standing hip is at about y = -45. A standing figure is about 88 units tall.
Knees and elbows are found from the hip and ankle (shoulder and hand) by two-bone inverse
kinematics, so the limb lengths stay the same in every picture. The side-lying pictures
(clamshell, leg lift) are posed in 3D and seen from the front and above (32 degrees), because
their movement happens towards the ceiling while the hips are bent towards the viewer: from
higher the bent legs shorten, from lower the knee opening and the leg rising flatten.
"""

import math
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "assets" / "exercises"

# Body proportions, figure units.
THIGH = 22.0
SHIN = 22.0
FOOT = 8.0
TORSO = 27.0
NECK = 10.0
UPPER_ARM = 15.0
FOREARM = 14.0
HEAD_R = 7.0
HIP_HALF = 6.0  # half the pelvis width, seen from behind
SHOULDER_HALF = 9.5
# Lying on one side and seen from the front and above, the shoulders look narrower.
LYING_SHOULDER_HALF = 7.5

# The picture: two frames and the arrow between them (viewBox units = CSS pixels at full size).
WIDTH = 320
HEIGHT = 150
FRAME_W = 145
ARROW_X = (FRAME_W + 4, WIDTH - FRAME_W - 4)
FRAMES_X = (0, WIDTH - FRAME_W)

STYLE = """
svg{--figure:#1c2421;--figure-far:#6b7872;--muscle:#d2451e;--muscle-edge:#6e1f08;--floor:#5d6a64;\
--mat:#e2e9e5;--prop:#4a5752;--prop-fill:#eef2f0;--label:#3d4944;--arrow:#1f6f5c}
@media (prefers-color-scheme:dark){svg{--figure:#e8eeeb;--figure-far:#97a8a0;--muscle:#ff8a5b;\
--muscle-edge:#ffd2bf;--floor:#8d9c95;--mat:#26312d;--prop:#b3c0ba;--prop-fill:#1f2926;\
--label:#c9d4cf;--arrow:#6fd1b4}}
@media print{svg{--figure:#000;--figure-far:#666;--muscle:#fff;--muscle-edge:#000;--floor:#000;\
--mat:#fff;--prop:#000;--prop-fill:#fff;--label:#000;--arrow:#000}.m{fill:url(#hatch)}}
.l,.lf,.t,.pl,.ar,.mv{fill:none;stroke-linecap:round;stroke-linejoin:round}
.l,.t{stroke:var(--figure)}.lf{stroke:var(--figure-far)}.l,.lf{stroke-width:5.5}.t{stroke-width:9}
.hd,.tb{fill:var(--figure)}.tb{stroke:var(--figure);stroke-width:4;stroke-linejoin:round}
.m{fill:var(--muscle);stroke:var(--muscle-edge);stroke-width:1.3}
.m0{fill:none;stroke:var(--figure-far);stroke-width:1.3;stroke-dasharray:2 2}
.fl{stroke:var(--floor);stroke-width:2.5;stroke-linecap:round}.mat{fill:var(--mat)}
.p{fill:var(--prop-fill);stroke:var(--prop);stroke-width:2;stroke-linejoin:round}
.pl{stroke:var(--prop);stroke-width:2.5}.bd{fill:none;stroke:var(--prop);stroke-width:1.5}
.pd{fill:var(--prop)}
.lb{fill:var(--label);font:600 14px system-ui,-apple-system,'Segoe UI',Roboto,sans-serif}
.ar{stroke:var(--arrow);stroke-width:3}.ah{fill:var(--arrow)}
.mv{stroke:var(--arrow);stroke-width:1.8;stroke-dasharray:4 3}
""".strip()

HATCH = (
    '<defs><pattern id="hatch" width="4" height="4" patternUnits="userSpaceOnUse" '
    'patternTransform="rotate(45)"><rect width="4" height="4" fill="#fff"/>'
    '<path d="M0 0V4" stroke="#000" stroke-width="2.2"/></pattern></defs>'
)


# ---------------------------------------------------------------------------------------------
# Geometry
# ---------------------------------------------------------------------------------------------


def add(a, b):
    return (a[0] + b[0], a[1] + b[1])


def sub(a, b):
    return (a[0] - b[0], a[1] - b[1])


def mul(a, k):
    return (a[0] * k, a[1] * k)


def length(a):
    return math.hypot(a[0], a[1])


def unit(a):
    n = length(a)
    return (a[0] / n, a[1] / n) if n else (0.0, 0.0)


def dot(a, b):
    return a[0] * b[0] + a[1] * b[1]


def rot(a, degrees):
    """Rotates a vector; positive angles turn clockwise on screen (y grows downwards)."""
    r = math.radians(degrees)
    c, s = math.cos(r), math.sin(r)
    return (a[0] * c - a[1] * s, a[0] * s + a[1] * c)


def polar(degrees_from_up, n=1.0):
    """A vector of length n, `degrees_from_up` clockwise from straight up."""
    return rot((0.0, -n), degrees_from_up)


def joint(a, b, l1, l2, hint):
    """The middle joint (knee, elbow) of a two-bone limb from a to b, bent towards `hint`."""
    d = sub(b, a)
    dist = length(d)
    u = unit(d)
    if dist >= l1 + l2 - 1e-6:
        return add(a, mul(u, l1))
    dist = max(dist, abs(l1 - l2) + 1e-6)
    cos_a = (l1 * l1 + dist * dist - l2 * l2) / (2 * l1 * dist)
    angle = math.degrees(math.acos(max(-1.0, min(1.0, cos_a))))
    options = [add(a, mul(rot(u, s * angle), l1)) for s in (1, -1)]
    mid = add(a, mul(d, 0.5))
    return max(options, key=lambda p: dot(sub(p, mid), hint))


def fmt(v):
    s = f"{v:.1f}"
    s = s.rstrip("0").rstrip(".") if "." in s else s
    return "0" if s in ("-0", "") else s


def pts(*points):
    return " ".join(f"{fmt(x)} {fmt(y)}" for x, y in points)


# ---------------------------------------------------------------------------------------------
# Drawing
# ---------------------------------------------------------------------------------------------


class Frame:
    """The elements of one frame, in figure units, drawn back to front."""

    def __init__(self):
        self.back = []  # props behind the figure, the mat
        self.far = []  # limbs on the far side
        self.body = []  # torso and head
        self.near = []  # limbs on the near side
        self.muscle = []
        self.front = []  # the near arm, props in front, motion hints

    def svg(self):
        return "".join(self.back + self.far + self.body + self.near + self.muscle + self.front)


def line_path(cls, *points):
    d = "M" + " L".join(f"{fmt(x)} {fmt(y)}" for x, y in points)
    return f'<path class="{cls}" d="{d}"/>'


def ellipse(cls, centre, rx, ry, degrees=0.0):
    rotate = f' transform="rotate({fmt(degrees)} {fmt(centre[0])} {fmt(centre[1])})"' if degrees else ""
    return (
        f'<ellipse class="{cls}" cx="{fmt(centre[0])}" cy="{fmt(centre[1])}" '
        f'rx="{fmt(rx)}" ry="{fmt(ry)}"{rotate}/>'
    )


def circle(cls, centre, r):
    return f'<circle class="{cls}" cx="{fmt(centre[0])}" cy="{fmt(centre[1])}" r="{fmt(r)}"/>'


def rect(cls, x, y, w, h, r=0):
    corner = f' rx="{fmt(r)}"' if r else ""
    return f'<rect class="{cls}" x="{fmt(x)}" y="{fmt(y)}" width="{fmt(w)}" height="{fmt(h)}"{corner}/>'


def leg(frame, hip, ankle, toe, hint, near):
    knee = joint(hip, ankle, THIGH, SHIN, hint)
    path = line_path("l" if near else "lf", hip, knee, ankle, toe)
    (frame.near if near else frame.far).append(path)
    return knee


def arm(frame, shoulder, hand, hint, near):
    elbow = joint(shoulder, hand, UPPER_ARM, FOREARM, hint)
    path = line_path("l" if near else "lf", shoulder, elbow, hand)
    (frame.front if near else frame.far).append(path)
    return elbow


def side_glute(frame, hip, shoulder, knee, facing, working=True):
    """The buttock of one leg seen from the side: behind the hip, between torso and thigh."""
    t = unit(sub(shoulder, hip))
    front = (-t[1] * facing, t[0] * facing)
    thigh = unit(sub(knee, hip))
    back = mul(front, -1)
    centre = add(add(hip, mul(back, 3.9)), mul(add(mul(thigh, 0.5), mul(t, -0.1)), 2.5))
    degrees = math.degrees(math.atan2(t[1], t[0]))
    frame.muscle.append(ellipse("m" if working else "m0", centre, 7.0, 5.0, degrees))


def side_figure(
    frame,
    hip,
    shoulder,
    legs,
    arms,
    facing=1,
    head=None,
    glutes=("near",),
):
    """A figure seen from the side. legs/arms: dicts with ankle/toe or hand, hint, near."""
    t = unit(sub(shoulder, hip))
    if head is None:
        head = add(shoulder, mul(t, NECK))
    frame.body.append(line_path("t", hip, shoulder))
    frame.body.append(line_path("l", shoulder, add(shoulder, mul(unit(sub(head, shoulder)), NECK - HEAD_R + 1))))
    frame.body.append(circle("hd", head, HEAD_R))
    knees = {}
    for spec in legs:
        knees[spec["near"]] = leg(frame, hip, spec["ankle"], spec["toe"], spec["hint"], spec["near"])
    for spec in arms:
        arm(frame, shoulder, spec["hand"], spec["hint"], spec["near"])
    for kind in glutes:
        if True in knees and kind in ("near", "near-relaxed"):
            side_glute(frame, hip, shoulder, knees[True], facing, working=kind == "near")


def standing_side(x, facing=1, lean=0.0, bend=1.5):
    """Hip, shoulder and ankle of a figure standing tall at x."""
    ankle = (x, -3.0)
    hip = (x - facing * 1.0, -3.0 - (THIGH + SHIN - bend))
    shoulder = add(hip, polar(lean * facing, TORSO))
    return hip, shoulder, ankle


def back_figure(frame, pelvis, shoulders, legs, arms, glutes=(), lean=0.0):
    """A figure seen from behind. legs: dicts side (-1 left of the picture, 1 right), knee,
    ankle; arms: side, hand, hint. glutes: (side, kind) with kind "max", "side" or "relaxed"."""
    up = unit(sub(shoulders, pelvis))
    across = (-up[1], up[0])  # towards the right of the picture
    hip = {s: add(pelvis, mul(across, s * HIP_HALF)) for s in (-1, 1)}
    shoulder = {s: add(shoulders, mul(across, s * SHOULDER_HALF)) for s in (-1, 1)}
    for spec in legs:
        s = spec["side"]
        foot = add(spec["ankle"], (s * 3.0, 1.0))
        frame.near.append(line_path("l", hip[s], spec["knee"], spec["ankle"], foot))
    torso = [add(hip[-1], mul(across, -1.0)), add(hip[1], mul(across, 1.0)), shoulder[1], shoulder[-1]]
    frame.body.append(f'<path class="tb" d="M{pts(*torso)}Z"/>')
    head = add(shoulders, mul(up, NECK + 1))
    frame.body.append(line_path("l", shoulders, add(shoulders, mul(up, 4))))
    frame.body.append(circle("hd", head, HEAD_R))
    for spec in arms:
        s = spec["side"]
        arm(frame, shoulder[s], spec["hand"], spec["hint"], True)
    down = mul(up, -1)
    degrees = math.degrees(math.atan2(up[1], up[0])) + 90
    for s, kind in glutes:
        if kind == "side":
            centre = add(add(hip[s], mul(across, s * 2.2)), mul(up, 1.5))
            frame.muscle.append(ellipse("m", centre, 4.8, 7.2, degrees))
        else:
            centre = add(add(hip[s], mul(across, -s * 0.8)), mul(down, 2.0))
            cls = "m" if kind == "max" else "m0"
            frame.muscle.append(ellipse(cls, centre, 5.2, 6.4, degrees))


# --- 3D, for the pictures of lying on one side ------------------------------------------------

ELEVATION = math.radians(32)


def v3add(a, b):
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2])


def v3mul(a, k):
    return (a[0] * k, a[1] * k, a[2] * k)


def v3sub(a, b):
    return (a[0] - b[0], a[1] - b[1], a[2] - b[2])


def v3unit(a):
    n = math.sqrt(a[0] ** 2 + a[1] ** 2 + a[2] ** 2)
    return (a[0] / n, a[1] / n, a[2] / n)


def v3rotate(p, origin, axis, degrees):
    """Rotates p about the line through origin along axis (Rodrigues)."""
    k = v3unit(axis)
    v = v3sub(p, origin)
    r = math.radians(degrees)
    c, s = math.cos(r), math.sin(r)
    cross = (k[1] * v[2] - k[2] * v[1], k[2] * v[0] - k[0] * v[2], k[0] * v[1] - k[1] * v[0])
    kv = k[0] * v[0] + k[1] * v[1] + k[2] * v[2]
    out = tuple(v[i] * c + cross[i] * s + k[i] * kv * (1 - c) for i in range(3))
    return v3add(origin, out)


def project(p):
    """X along the body, Y up, Z towards the viewer, seen from the front and a little above."""
    x, y, z = p
    return (x, -(y * math.cos(ELEVATION) - z * math.sin(ELEVATION)))


def side_lying(frame, top_leg, mat=(-50, 30)):
    """Lying on the right side, head to the left, the bottom hip and knee bent; top_leg: the
    top hip's knee, ankle and toe in 3D. Seen from the front and above, so the body's front,
    the bent legs (towards the viewer) and the top leg's movement (towards the ceiling) all
    show; the top hand rests on the top hip with the elbow up, clear of the body."""
    bottom_hip, top_hip = (0.0, 4.0, 0.0), (0.0, 4.0 + 2 * HIP_HALF, 0.0)
    bottom_sh, top_sh = (-TORSO, 4.0, 0.0), (-TORSO, 4.0 + 2 * LYING_SHOULDER_HALF, 0.0)
    # The mat, seen from above-front: a band from behind the body to in front of the knees.
    back_edge, front_edge = project((0, 0, -9)), project((0, 0, 36))
    frame.back.append(rect("mat", mat[0], back_edge[1], mat[1] - mat[0], front_edge[1] - back_edge[1]))
    frame.back.append(f'<path class="fl" d="M{fmt(mat[0])} {fmt(front_edge[1])}H{fmt(mat[1])}"/>')
    # Bottom arm stretched out under the head, which rests on it.
    elbow, hand = (-TORSO - 10, 2.5, 3.0), (-TORSO - 18, 2.5, 5.0)
    frame.far.append(line_path("lf", *map(project, (bottom_sh, elbow, hand))))
    # Bottom leg: hip and knee bent, lying on the mat.
    frame.far.append(line_path("lf", *map(project, bent_leg(bottom_hip, 0.0))))
    torso = [project(bottom_hip), project(top_hip), project(top_sh), project(bottom_sh)]
    frame.body.append(f'<path class="tb" d="M{pts(*torso)}Z"/>')
    neck = (-TORSO - 3, 4.0 + LYING_SHOULDER_HALF, 0.0)
    head = project((-TORSO - 12, 4.0 + HEAD_R + 2.0, 1.0))
    frame.body.append(line_path("l", project((-TORSO, 4.0 + LYING_SHOULDER_HALF, 0.0)), project(neck)))
    frame.body.append(circle("hd", head, HEAD_R))
    frame.near.append(line_path("l", *map(project, (top_hip,) + tuple(top_leg))))
    # Gluteus medius: the side of the top hip, just below the hip bone and a little behind.
    frame.muscle.append(ellipse("m", project(v3add(top_hip, (-3.5, 0.5, -1.5))), 6.5, 4.4, 0))
    # Top hand resting on the top hip (the clamshell's check that the hip stays still).
    elbow_top = v3add(top_sh, (9.0, 11.0, -3.0))
    hand_on_hip = v3add(top_hip, (-10.0, 2.0, 1.0))
    frame.front.append(line_path("l", *map(project, (top_sh, elbow_top, hand_on_hip))))


def bent_leg(hip, drop):
    """Knee, ankle and toe of a leg lying with hip and knee bent, the knee `drop` below the hip."""
    knee = v3add(hip, (THIGH * 0.707, -drop, THIGH * 0.707))
    ankle = v3add(knee, (-SHIN * 0.707, 0.0, SHIN * 0.707))
    toe = v3add(ankle, (FOOT * 0.5, 0.0, FOOT * 0.6))
    return hip, knee, ankle, toe


TOP_HIP = (0.0, 4.0 + 2 * HIP_HALF, 0.0)


def clamshell_top_leg(opening):
    """The top leg's knee, ankle and toe: knee resting on the bottom knee, feet together, the
    knee turned `opening` degrees towards the ceiling about the line from the hip to the ankle."""
    _, knee, ankle, toe = bent_leg(TOP_HIP, 5.0)
    ankle = v3add(ankle, (0.0, -1.0, 0.0))
    toe = v3add(toe, (0.0, -1.0, 0.0))
    axis = v3sub(ankle, TOP_HIP)
    knee = max((v3rotate(knee, TOP_HIP, axis, s * opening) for s in (1, -1)), key=lambda p: p[1])
    return knee, ankle, toe


def leg_lift_top_leg(lift_degrees):
    """The top leg straight, a little behind the body, toes turned slightly down."""
    r = math.radians(lift_degrees)
    direction = v3unit((math.cos(r), math.sin(r), -0.16))
    knee = v3add(TOP_HIP, v3mul(direction, THIGH))
    ankle = v3add(TOP_HIP, v3mul(direction, THIGH + SHIN))
    toe = v3add(ankle, (2.0, -2.0, FOOT * 0.7))
    return knee, ankle, toe


# --- props ------------------------------------------------------------------------------------


def box(frame, x0, x1, top):
    frame.back.append(rect("p", x0, top, x1 - x0, -top - 1.2, 1.5))


def bench(frame, x0, x1, top):
    frame.back.append(rect("p", x0, top, x1 - x0, 5, 2))
    frame.back.append(f'<path class="pl" d="M{fmt(x0 + 4)} {fmt(top + 5)}V-1M{fmt(x1 - 4)} {fmt(top + 5)}V-1"/>')


def chair(frame, x, facing=1, seat=-22.0, back_top=-47.0, depth=18.0):
    """A side-view chair with its back at x and the seat reaching `depth` towards facing."""
    x1 = x + facing * depth
    d = (
        f"M{fmt(x)} {fmt(back_top)}V-1M{fmt(x)} {fmt(seat)}H{fmt(x1)}V-1"
    )
    frame.back.append(f'<path class="pl" d="{d}"/>')


def post(frame, x, top):
    frame.back.append(f'<path class="pl" d="M{fmt(x)} -1V{fmt(top)}"/>')
    frame.back.append(circle("pd", (x, top), 2.6))


def wall(frame, x, top=-96.0):
    frame.back.append(rect("p", x - 10, top, 10, -top - 1.2))


def mat_side(frame, x0, x1):
    frame.back.append(rect("mat", x0, -2.5, x1 - x0, 2.5, 1))


def dumbbell(frame, centre, r=4.6):
    frame.front.append(circle("p", centre, r))
    frame.front.append(circle("pd", centre, 1.4))


def arrowhead(frame, b, tangent, reach=0.0):
    """A small filled arrowhead at b pointing along `tangent`, its tip `reach` beyond b."""
    left = add(b, add(mul(tangent, -5), mul((-tangent[1], tangent[0]), 3)))
    right = add(b, add(mul(tangent, -5), mul((tangent[1], -tangent[0]), 3)))
    tip = add(b, mul(tangent, reach)) if reach else b
    frame.front.append(f'<path class="ah" d="M{pts(tip, left, right)}Z"/>')


def motion(frame, a, b, bend=0.0, gap=4.0):
    """A dashed path from a to b (the moving part's start and end), curved sideways by `bend`,
    with an arrowhead at b: drawn in the end frame, it shows where the part came from."""
    d = sub(b, a)
    u = unit(d)
    a = add(a, mul(u, gap))
    b = sub(b, mul(u, gap))
    mid = add(add(a, mul(sub(b, a), 0.5)), mul((-u[1], u[0]), bend))
    frame.front.append(f'<path class="mv" d="M{pts(a)}Q{pts(mid)} {pts(b)}"/>')
    arrowhead(frame, b, unit(sub(b, mid)), 1.5)


def arc_arrow(frame, a, b, height):
    """A dashed arc from a to b with an arrowhead at b: travel across the frame."""
    mid = ((a[0] + b[0]) / 2, min(a[1], b[1]) - height)
    frame.front.append(f'<path class="mv" d="M{pts(a)}Q{pts(mid)} {pts(b)}"/>')
    arrowhead(frame, b, unit(sub(b, mid)))


# ---------------------------------------------------------------------------------------------
# The pictures
# ---------------------------------------------------------------------------------------------


def near(ankle, toe, hint):
    return {"ankle": ankle, "toe": toe, "hint": hint, "near": True}


def far(ankle, toe, hint):
    return {"ankle": ankle, "toe": toe, "hint": hint, "near": False}


def both_feet(ankle, toe, hint):
    """Both legs to the same foot position, the far foot 2 units further on."""
    return [near(ankle, toe, hint), far(add(ankle, (2, 0)), add(toe, (2, 0)), hint)]


def hand(position, hint, is_near=True):
    return {"hand": position, "hint": hint, "near": is_near}


def arms_down(shoulder, dx, dy=28.0):
    """Both arms hanging by the sides, the near hand dx in front of the shoulder."""
    return [hand(add(shoulder, (dx, dy)), FWD), hand(add(shoulder, (dx - 2.0, dy)), FWD, False)]


UP, DOWN, FWD, BACK = (0, -1), (0, 1), (1, 0), (-1, 0)


def lying_bridge(lift, straight_far_leg=False):
    """Lying on the back, knees bent, feet flat. lift: 0 on the floor, 1 knees-hips-shoulders
    in one line. Returns a frame."""
    f = Frame()
    mat_side(f, -50, 46)
    shoulder = (-26.0, -4.5)
    ankle, toe = (27.0, -3.0), (35.0, -1.5)
    flat = math.radians(6)

    def hip_at(theta):
        return (shoulder[0] + TORSO * math.cos(theta), shoulder[1] - TORSO * math.sin(theta))

    if lift:
        best = min(
            (math.radians(a / 4) for a in range(0, 240)),
            key=lambda th: abs(
                math.atan2(*reversed(unit(sub(joint(hip_at(th), ankle, THIGH, SHIN, UP), hip_at(th)))))
                - math.atan2(*reversed(unit(sub(hip_at(th), shoulder))))
            ),
        )
        theta = flat + (best - flat) * lift
    else:
        theta = flat
    hip = hip_at(theta)
    head = (shoulder[0] - NECK, -HEAD_R - 0.5)
    legs = both_feet(ankle, toe, UP)
    if straight_far_leg:
        legs = legs[:1]
        knee = joint(hip, ankle, THIGH, SHIN, UP)
        along = unit(sub(knee, hip))
        far_knee = add(knee, (1.0, -0.5))
        far_ankle = add(far_knee, mul(along, SHIN))
        far_toe = add(far_ankle, mul(rot(along, -80), FOOT * 0.9))
        f.far.append(line_path("lf", hip, far_knee, far_ankle, far_toe))
    arms = [hand((shoulder[0] + 28.5, -2.5), UP), hand((shoulder[0] + 28.0, -3.0), UP, False)]
    side_figure(f, hip, shoulder, legs, arms, facing=1, head=head)
    return f


def glute_bridge():
    return lying_bridge(0), lying_bridge(1)


def single_leg_bridge_hold():
    return lying_bridge(1), lying_bridge(1, straight_far_leg=True)


def side_lying_pair(top_leg, start, end, part, shift, bend, mat, gap=3):
    """The two side-lying frames: top_leg(start) and top_leg(end), with a motion hint in the
    end frame from where the moving part (top_leg's item `part`) was to where it is."""
    frames = []
    for value in (start, end):
        f = Frame()
        side_lying(f, top_leg(value), mat)
        frames.append(f)
    a, b = (add(project(top_leg(v)[part]), shift) for v in (start, end))
    motion(frames[1], a, b, bend=bend, gap=gap)
    return tuple(frames)


def clamshell():
    return side_lying_pair(clamshell_top_leg, 0, 65, 0, (8, 1), 7, (-46, 29), gap=0.5)


def side_lying_leg_lift():
    return side_lying_pair(leg_lift_top_leg, -8, 26, 1, (-7, 4), -4, mat=(-47, 50))


def weighted_hip_thrust():
    frames = []
    shoulder = (-31.0, -24.0)
    ankle, toe = (17.0, -3.0), (25.0, -1.5)
    for hip in ((-12.0, -8.5), (-4.5, -26.5)):
        f = Frame()
        mat_side(f, -30, 44)
        bench(f, -62, -29, -22)
        t = unit(sub(shoulder, hip))
        head = add(shoulder, mul(rot(t, 28), NECK))
        up = (-t[1], t[0])
        weight = add(hip, mul(up, 8.5))
        side_figure(
            f,
            hip,
            shoulder,
            both_feet(ankle, toe, UP),
            [hand(add(weight, (-1.5, 0)), UP), hand(add(weight, (1, -1)), UP, False)],
            head=head,
        )
        dumbbell(f, weight, 5.2)
        frames.append(f)
    return tuple(frames)


def step_up(step_top=-20.0, support=False):
    frames = []
    for stage in (0, 1):
        f = Frame()
        box(f, 6, 42, step_top)
        if support:
            post(f, 30, step_top - 52)
        foot = (15.0, step_top - 3.0)
        foot_toe = (23.0, step_top - 1.5)
        if stage == 0:
            hip = (-7.0, step_top * 0.5 - 33.0)
            lean = 14.0
            back = far((-14.0, -3.0), (-6.0, -1.5), FWD)
        else:
            hip = (12.0, step_top - 3.0 - (THIGH + SHIN - 1.5))
            lean = 6.0
            back = far((6.0, step_top - 9.0), (13.0, step_top - 7.0), FWD)
        shoulder = add(hip, polar(lean, TORSO))
        if support:
            grip = (30.0, step_top - 36.0 if stage == 0 else step_top - 49.0)
            arms = [hand(grip, DOWN, False), hand(add(shoulder, (4.0, 27.5)), FWD)]
        else:
            arms = arms_down(shoulder, 3.5, 27.5)
        side_figure(f, hip, shoulder, [near(foot, foot_toe, FWD), back], arms)
        frames.append(f)
    return tuple(frames)


def cable_kickback():
    frames = []
    stand_ankle = (-2.0, -3.0)
    hip = (-4.0, -45.0)
    shoulder = add(hip, polar(16, TORSO))
    anchor = (30.0, -5.0)
    for stage in (0, 1):
        f = Frame()
        post(f, 30, -78)
        f.back.append(circle("pd", anchor, 2.2))
        if stage == 0:
            ankle, toe = (1.0, -7.0), (8.0, -4.0)
        else:
            along = polar(180 + 28, THIGH + SHIN - 0.5)
            ankle = add(hip, along)
            toe = add(ankle, mul(unit(rot(along, -70)), FOOT * 0.9))
        f.back.append(line_path("bd", anchor, ankle))
        side_figure(
            f,
            hip,
            shoulder,
            [near(ankle, toe, FWD), far(stand_ankle, add(stand_ankle, (8, 1.5)), FWD)],
            [hand((28.5, -63.0), DOWN), hand((28.5, -64.0), DOWN, False)],
        )
        frames.append(f)
    return tuple(frames)


def standing_tall():
    """The start of several pictures: standing tall at x = 0, arms by the sides."""
    f = Frame()
    hip, shoulder, ankle = standing_side(0)
    side_figure(f, hip, shoulder, both_feet(ankle, add(ankle, (8, 1.5)), FWD), arms_down(shoulder, 3.0))
    return f


def squat():
    f = Frame()
    hip = (-17.0, -26.5)
    shoulder = add(hip, polar(40, TORSO))
    arms = [hand(add(shoulder, (28.5, 4.0)), DOWN), hand(add(shoulder, (28.0, 3.0)), DOWN, False)]
    side_figure(f, hip, shoulder, both_feet((0.0, -3.0), (8.0, -1.5), FWD), arms)
    return standing_tall(), f


def deadlift():
    frames = []
    ankle, toe = (0.0, -3.0), (8.0, -1.5)
    for stage in (0, 1):
        f = Frame()
        if stage == 0:
            hip, shoulder, _ = standing_side(0)
            grip = add(shoulder, (5.5, 28.0))
        else:
            hip = (-19.0, -41.5)
            shoulder = add(hip, polar(62, TORSO))
            grip = add(shoulder, (-1.0, 28.5))
        t = unit(sub(shoulder, hip))
        head = add(shoulder, mul(rot(t, -8), NECK))
        side_figure(
            f,
            hip,
            shoulder,
            both_feet(ankle, toe, FWD),
            [hand(grip, BACK), hand(add(grip, (1, 0)), BACK, False)],
            head=head,
        )
        f.front.append(f'<path class="pl" d="M{pts(add(grip, (-2, 0)), add(grip, (6, 0)))}"/>')
        dumbbell(f, add(grip, (2.0, 0.0)), 4.4)
        frames.append(f)
    return tuple(frames)


def lunge(support=False):
    frames = []
    back_x = -24.0
    step = 24.0 if support else 38.0
    for stage in (0, 1):
        f = Frame()
        if support:
            chair(f, -8, facing=1)
        if stage == 0:
            hip, shoulder, ankle = standing_side(back_x)
            toe = add(ankle, (8, 1.5))
            legs = both_feet(ankle, toe, FWD)
        else:
            front_ankle = (back_x + step, -3.0)
            depth = 32.0 if not support else 38.0
            hip = (back_x + step * 0.45 + 2.0, -depth)
            shoulder = add(hip, polar(6 if support else 9, TORSO))
            back_toe = (back_x + 8.0, -1.5)
            back_ankle = (back_x + 1.0, -7.5 if not support else -6.0)
            legs = [
                near(front_ankle, add(front_ankle, (8, 1.5)), FWD),
                far(back_ankle, back_toe, FWD),
            ]
        if support:
            grip = (-8.0, -47.0)
            arms = [hand(grip, BACK, False), hand(add(shoulder, (3.0, 27.5)), FWD)]
        else:
            arms = arms_down(shoulder, 2.5)
        side_figure(f, hip, shoulder, legs, arms)
        frames.append(f)
    return tuple(frames)


def single_leg_deadlift(support=False):
    frames = []
    ankle, toe = (0.0, -3.0), (8.0, -1.5)
    for stage in (0, 1):
        f = Frame()
        if support:
            chair(f, 14, facing=1, back_top=-48.0)
        if stage == 0:
            hip, shoulder, _ = standing_side(0, bend=2.5)
            free = far((-5.0, -9.0), (2.0, -8.0), FWD)
        else:
            tip = 44.0 if support else 72.0
            hip = (-4.0, -43.5)
            shoulder = add(hip, polar(tip, TORSO))
            along = polar(tip + 180, THIGH + SHIN - 0.5)
            free_ankle = add(hip, along)
            free = far(free_ankle, add(free_ankle, mul(unit(rot(along, -75)), FOOT * 0.9)), FWD)
        if support:
            # Steadier: the free foot stays lightly on the floor behind, in both frames.
            free = far((-11.0, -7.5), (-5.0, -1.5), FWD)
        if support:
            arms = [hand((14.0, -48.0), UP, False), hand(add(shoulder, (2.0, 28.5)), FWD)]
        elif stage == 0:
            arms = arms_down(shoulder, 3.0)
        else:
            arms = [hand(add(shoulder, (3.0, 28.5)), FWD), hand(add(shoulder, (5.0, 28.0)), FWD, False)]
        side_figure(f, hip, shoulder, [near(ankle, toe, FWD), free], arms)
        frames.append(f)
    return tuple(frames)


def back_view_stand(cx, drop=0.0):
    pelvis = (cx, -44.5 + drop)
    return pelvis, add(pelvis, (0, -TORSO))


def lateral_bound():
    f0, f1 = Frame(), Frame()
    # Start: on the left leg (of the picture), knee a little bent, the other foot off the floor.
    pelvis, shoulders = back_view_stand(-16.0, 2.0)
    back_figure(
        f0,
        pelvis,
        shoulders,
        [
            {"side": -1, "knee": (-22.5, -22.5), "ankle": (-22.0, -3.0)},
            {"side": 1, "knee": (-7.0, -25.0), "ankle": (-5.0, -13.0)},
        ],
        [{"side": -1, "hand": (-34.0, -47.0), "hint": BACK}, {"side": 1, "hand": (2.0, -47.0), "hint": FWD}],
        glutes=[(-1, "side")],
    )
    # End: landed on the right foot, further to the right, knee bent over the toes.
    pelvis, shoulders = back_view_stand(18.0, 4.0)
    back_figure(
        f1,
        pelvis,
        shoulders,
        [
            {"side": 1, "knee": (25.0, -21.5), "ankle": (24.0, -3.0)},
            {"side": -1, "knee": (11.0, -24.0), "ankle": (8.0, -13.0)},
        ],
        [{"side": -1, "hand": (0.0, -45.0), "hint": BACK}, {"side": 1, "hand": (36.0, -45.0), "hint": FWD}],
        glutes=[(1, "side")],
    )
    arc_arrow(f1, (-44.0, -6.0), (10.0, -6.0), 16)
    return f0, f1


def side_step_supported():
    f0, f1 = Frame(), Frame()
    for f in (f0, f1):
        wall(f, -50.0)
    pelvis, shoulders = back_view_stand(-12.0)
    back_figure(
        f0,
        pelvis,
        shoulders,
        [
            {"side": -1, "knee": (-18.5, -24.0), "ankle": (-19.0, -3.0)},
            {"side": 1, "knee": (-5.5, -24.0), "ankle": (-5.0, -3.0)},
        ],
        [{"side": -1, "hand": (-25.0, -44.0), "hint": BACK}, {"side": 1, "hand": (1.0, -44.0), "hint": FWD}],
        glutes=[(-1, "side")],
    )
    # A big step towards the wall, the landing knee bent a little; the wall is in reach.
    pelvis, shoulders = back_view_stand(-21.0, 3.0)
    back_figure(
        f1,
        pelvis,
        shoulders,
        [
            {"side": -1, "knee": (-33.5, -22.0), "ankle": (-37.0, -3.0)},
            {"side": 1, "knee": (-8.0, -23.0), "ankle": (-4.0, -3.0)},
        ],
        [{"side": -1, "hand": (-49.0, -52.0), "hint": UP}, {"side": 1, "hand": (-6.0, -41.0), "hint": FWD}],
        glutes=[(-1, "side")],
    )
    arc_arrow(f1, (-19.0, -5.0), (-33.0, -5.0), 6)
    return f0, f1


def hip_stretch():
    f0, f1 = standing_tall(), Frame()
    # One foot stepped back, pelvis tucked under, body tall: the back leg's buttock squeezes.
    hip = (-3.0, -43.0)
    shoulder = add(hip, polar(-3, TORSO))
    back_ankle, back_toe = (-22.0, -6.0), (-15.0, -1.5)
    front_ankle = (11.0, -3.0)
    side_figure(
        f1,
        hip,
        shoulder,
        [near(back_ankle, back_toe, FWD), far(front_ankle, add(front_ankle, (8, 1.5)), FWD)],
        arms_down(shoulder, 2.0),
    )
    return f0, f1


def glute_squeeze():
    frames = []
    for kind in ("relaxed", "max"):
        f = Frame()
        pelvis, shoulders = back_view_stand(0.0)
        back_figure(
            f,
            pelvis,
            shoulders,
            [
                {"side": -1, "knee": (-6.5, -24.0), "ankle": (-6.5, -3.0)},
                {"side": 1, "knee": (6.5, -24.0), "ankle": (6.5, -3.0)},
            ],
            [{"side": -1, "hand": (-13.0, -44.0), "hint": BACK}, {"side": 1, "hand": (13.0, -44.0), "hint": FWD}],
            glutes=[(-1, kind), (1, kind)],
        )
        if kind == "max":
            # Small arrows: the two buttocks pressing together.
            for s in (-1, 1):
                x = s * 19.0
                tip = (s * 13.5, -40.5)
                f.front.append(f'<path class="mv" d="M{pts((x, -40.5), tip)}"/>'.replace("mv", "ar"))
                f.front.append(f'<path class="ah" d="M{pts(add(tip, (-s * 2.5, 0)), add(tip, (s * 1.5, -3.2)), add(tip, (s * 1.5, 3.2)))}Z"/>')
        frames.append(f)
    return tuple(frames)


def walk():
    frames = []
    for stage in (0, 1):
        f = Frame()
        hip = (0.0, -44.5)
        shoulder = add(hip, polar(4, TORSO))
        front, back = ((13.0, -3.0), (21.0, -3.5)), ((-12.0, -6.0), (-5.0, -1.5))
        a_front, a_back = add(shoulder, (9.0, 26.5)), add(shoulder, (-9.0, 26.5))
        if stage == 0:
            legs = [near(front[0], front[1], FWD), far(back[0], back[1], FWD)]
            arms = [hand(a_back, FWD), hand(a_front, FWD, False)]
        else:
            legs = [near(back[0], back[1], FWD), far(front[0], front[1], FWD)]
            arms = [hand(a_front, FWD), hand(a_back, FWD, False)]
        side_figure(f, hip, shoulder, legs, arms)
        frames.append(f)
    return tuple(frames)


# name -> (draw, labels, scale, origin x in the frame, floor y)
PICTURES = {
    "glute-bridge": (glute_bridge, ("start", "end"), 1.6, 79, 120),
    "clamshell": (clamshell, ("start", "end"), 1.8, 88, 96),
    "side-lying-leg-lift": (side_lying_leg_lift, ("start", "end"), 1.4, 70, 104),
    "single-leg-bridge-hold": (single_leg_bridge_hold, ("start", "hold"), 1.45, 70, 120),
    "weighted-hip-thrust": (weighted_hip_thrust, ("start", "end"), 1.55, 99, 128),
    "step-up": (step_up, ("start", "end"), 1.15, 62, 142),
    "step-up-supported": (lambda: step_up(-14.0, True), ("start", "end"), 1.18, 62, 142),
    "cable-kickback": (cable_kickback, ("start", "end"), 1.3, 62, 142),
    "squat": (squat, ("start", "end"), 1.3, 68, 142),
    "deadlift": (deadlift, ("start", "end"), 1.3, 66, 142),
    "lunge": (lunge, ("start", "end"), 1.3, 74, 142),
    "lunge-supported": (lambda: lunge(True), ("start", "end"), 1.3, 72, 142),
    "single-leg-deadlift": (single_leg_deadlift, ("start", "end"), 1.35, 78, 142),
    "single-leg-deadlift-supported": (lambda: single_leg_deadlift(True), ("start", "end"), 1.3, 64, 142),
    "lateral-bound": (lateral_bound, ("start", "end"), 1.25, 72, 142),
    "side-step-supported": (side_step_supported, ("start", "end"), 1.25, 78, 142),
    "break-hip-stretch": (hip_stretch, ("start", "end"), 1.3, 70, 142),
    "break-glute-squeeze": (glute_squeeze, ("relaxed", "squeeze"), 1.3, 72, 142),
    "break-walk": (walk, ("step", "next step"), 1.3, 70, 142),
}


def picture_svg(draw, labels, scale, ox, floor_y):
    frames = draw()
    parts = []
    for (fx, frame, label) in zip(FRAMES_X, frames, labels):
        parts.append(
            f'<g transform="translate({fmt(fx + ox)} {fmt(floor_y)}) scale({fmt(scale)})">{frame.svg()}</g>'
        )
        parts.append(f'<path class="fl" d="M{fmt(fx + 4)} {fmt(floor_y + 0.5)}H{fmt(fx + FRAME_W - 4)}"/>'
                     if not any('class="fl"' in e for e in frame.back) else "")
        parts.append(f'<text class="lb" x="{fmt(fx + 4)}" y="16">{label}</text>')
    x0, x1 = ARROW_X
    y = 78
    parts.append(f'<path class="ar" d="M{fmt(x0)} {y}H{fmt(x1 - 6)}"/>')
    parts.append(f'<path class="ah" d="M{fmt(x1)} {y}L{fmt(x1 - 8)} {y - 5.5}L{fmt(x1 - 8)} {y + 5.5}Z"/>')
    body = "".join(parts)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="{WIDTH}" height="{HEIGHT}">'
        f"<style>{STYLE}</style>{HATCH}{body}</svg>\n"
    )


def main(argv):
    OUT.mkdir(parents=True, exist_ok=True)
    only = set(argv[1:])
    total = 0
    for name, (draw, labels, scale, ox, floor_y) in PICTURES.items():
        if only and name not in only:
            continue
        svg = picture_svg(draw, labels, scale, ox, floor_y)
        path = OUT / f"{name}.svg"
        path.write_text(svg, encoding="utf-8")
        total += len(svg.encode("utf-8"))
        print(f"{path.relative_to(OUT.parent.parent)}: {len(svg.encode('utf-8'))} bytes")
    print(f"{len(PICTURES) if not only else len(only)} pictures, {total} bytes")


if __name__ == "__main__":
    main(sys.argv)
