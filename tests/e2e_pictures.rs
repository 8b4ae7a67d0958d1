#![cfg(not(target_arch = "wasm32"))]
//! The exercise pictures on the plan page: every exercise and sitting-break step shows its
//! picture (the steadier variants for someone with balance problems), each file really loads
//! and has a text alternative, the pictures follow the light, dark and print colour schemes,
//! they are in the service worker's offline list, and the page still fits a 320 px screen.
//! Screenshots of the plan at phone size, light and dark, go to target/screenshots/.

mod common;

use std::collections::BTreeSet;

use common::{dist_dir, e2e, Browser, E2eResult, Setup, Viewport, PHONE};
use glute_check::core::answers::Answers;
use glute_check::core::examples::typical_desk_worker;
use glute_check::core::link;
use glute_check::core::picture::Picture;
use glute_check::core::plan::build_plan;

fn plan_of(answers: &Answers, viewport: Viewport) -> Setup {
    Setup {
        start: link::fragment(answers),
        ..Setup::at(viewport)
    }
}

fn with_balance_problems() -> Answers {
    Answers {
        balance_problems: true,
        ..typical_desk_worker()
    }
}

/// The pictures the core says this person's plan shows, in page order.
fn expected(answers: &Answers) -> Vec<Picture> {
    let plan = build_plan(answers, None);
    let mut pictures: Vec<Picture> = plan
        .phases
        .iter()
        .flat_map(|phase| phase.exercises.iter())
        .map(|e| Picture::for_exercise(e.id, e.supported))
        .collect();
    pictures.extend(
        plan.sitting_breaks
            .steps
            .iter()
            .map(|s| Picture::for_break_step(s.id)),
    );
    pictures
}

/// Opens every folded phase, so that all exercises (and their pictures) are on screen.
async fn unfold_all(page: &Browser) -> E2eResult {
    page.wait_heading("Your exercise plan").await?;
    for button in page
        .driver
        .find_all(thirtyfour::By::Css("button.phase-unfold"))
        .await?
    {
        if button.attr("aria-expanded").await?.as_deref() == Some("false") {
            button.click().await?;
        }
    }
    Ok(())
}

/// One picture as the page shows it.
#[derive(Debug)]
struct Shown {
    src: String,
    alt: String,
    loaded: bool,
    natural_width: u32,
    width: f64,
    height: f64,
}

/// Brings each picture near the screen in turn (they load lazily) and waits until every one has
/// loaded or failed; returns them in page order.
async fn pictures_on_the_page(page: &Browser) -> E2eResult<Vec<Shown>> {
    let count: usize = page
        .driver
        .execute(
            "return document.querySelectorAll('main figure.exercise-picture img').length",
            vec![],
        )
        .await?
        .convert()?;
    for i in 0..count {
        page.wait_for(&format!("picture {i} to load"), || async move {
            let done: bool = page
                .driver
                .execute(
                    "const img = document.querySelectorAll('main figure.exercise-picture img')[arguments[0]];
                     img.scrollIntoView({ block: 'center' });
                     return img.complete;",
                    vec![serde_json::json!(i)],
                )
                .await?
                .convert()?;
            Ok(done.then_some(()))
        })
        .await?;
    }
    let rows: Vec<(String, String, bool, u32, f64, f64)> = page
        .driver
        .execute(
            "return [...document.querySelectorAll('main figure.exercise-picture img')].map(img => {
               const r = img.getBoundingClientRect();
               return [img.getAttribute('src'), img.alt, img.complete, img.naturalWidth, r.width, r.height];
             })",
            vec![],
        )
        .await?
        .convert()?;
    Ok(rows
        .into_iter()
        .map(|(src, alt, loaded, natural_width, width, height)| Shown {
            src,
            alt,
            loaded,
            natural_width,
            width,
            height,
        })
        .collect())
}

async fn check_every_picture(page: &Browser, answers: &Answers) -> E2eResult {
    unfold_all(page).await?;
    let shown = pictures_on_the_page(page).await?;
    let want = expected(answers);
    assert_eq!(
        shown.iter().map(|s| s.src.as_str()).collect::<Vec<_>>(),
        want.iter().map(|p| p.src()).collect::<Vec<_>>(),
        "each exercise and break step shows its own picture, in order"
    );
    for (s, p) in shown.iter().zip(&want) {
        assert!(
            s.loaded && s.natural_width > 0,
            "{} did not load: {s:?}",
            s.src
        );
        assert_eq!(s.alt, p.description(), "{}: its text alternative", s.src);
        assert!(!s.alt.trim().is_empty());
        // The box keeps the picture's shape (320 by 150) at whatever width the page gives it.
        let ratio = s.width / s.height;
        assert!(
            (ratio - 320.0 / 150.0).abs() < 0.05 && s.width >= 200.0,
            "{}: shown at {}x{}",
            s.src,
            s.width,
            s.height
        );
    }
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn every_exercise_and_break_step_shows_its_picture() -> E2eResult {
    let answers = typical_desk_worker();
    e2e(
        "pictures-usual",
        plan_of(&answers, PHONE),
        |page| async move {
            page.wait_heading("Your exercise plan").await?;
            // Lazy: before any scrolling, the pictures of the folded phases and those far down the
            // page have not been fetched.
            let fetched: Vec<String> = page
                .driver
                .execute(
                    "return performance.getEntriesByType('resource').map(e => e.name)
                   .filter(n => n.includes('/exercises/'))",
                    vec![],
                )
                .await?
                .convert()?;
            println!("pictures fetched with the first plan screen: {fetched:?}");
            assert!(
                fetched.len() < expected(&answers).len() / 2,
                "only the pictures near the screen load at first: {fetched:?}"
            );
            check_every_picture(&page, &answers).await?;
            Ok(())
        },
    )
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn balance_problems_show_the_supported_variants() -> E2eResult {
    let answers = with_balance_problems();
    let want = expected(&answers);
    for supported in [
        Picture::StepUpSupported,
        Picture::LungeSupported,
        Picture::SingleLegDeadliftSupported,
        Picture::SideStepSupported,
    ] {
        assert!(want.contains(&supported), "{supported:?} is in this plan");
    }
    e2e(
        "pictures-supported",
        plan_of(&answers, PHONE),
        |page| async move {
            check_every_picture(&page, &answers).await?;
            page.screenshot_full("pictures-plan-phone-light").await?;
            Ok(())
        },
    )
    .await
}

/// What a crop of the screen holds: how many pixels stand out from the background, how many of
/// those are lighter than it, and how many are the warm colour of the marked muscle.
#[derive(Debug)]
struct Pixels {
    total: u32,
    contrasting: u32,
    lighter: u32,
    muscle: u32,
}

const MEASURE: &str = r#"
const [b64, done] = arguments;
const img = new Image();
img.onload = () => {
  const c = document.createElement('canvas');
  c.width = img.width; c.height = img.height;
  const ctx = c.getContext('2d');
  ctx.drawImage(img, 0, 0);
  const d = ctx.getImageData(0, 0, c.width, c.height).data;
  const lum = i => 0.2126 * d[i] + 0.7152 * d[i + 1] + 0.0722 * d[i + 2];
  const bg = lum(0);
  let contrasting = 0, lighter = 0, muscle = 0;
  for (let i = 0; i < d.length; i += 4) {
    const l = lum(i);
    if (Math.abs(l - bg) > 100) { contrasting++; if (l > bg) lighter++; }
    if (d[i] - Math.max(d[i + 1], d[i + 2]) > 70) muscle++;
  }
  done([d.length / 4, contrasting, lighter, muscle]);
};
img.onerror = () => done([0, 0, 0, 0]);
img.src = 'data:image/png;base64,' + b64;
"#;

/// Crops the screen to picture `i` (as the person sees it) and measures its pixels.
async fn measure_picture(page: &Browser, i: usize) -> E2eResult<Pixels> {
    let rect: Vec<f64> = page
        .driver
        .execute(
            "const img = document.querySelectorAll('main figure.exercise-picture img')[arguments[0]];
             img.scrollIntoView({ block: 'center' });
             const r = img.getBoundingClientRect();
             return [r.left + scrollX, r.top + scrollY, r.width, r.height];",
            vec![serde_json::json!(i)],
        )
        .await?
        .convert()?;
    let shot = page
        .driver
        .cdp()
        .send_raw(
            "Page.captureScreenshot",
            serde_json::json!({
                "format": "png",
                "clip": { "x": rect[0], "y": rect[1], "width": rect[2], "height": rect[3], "scale": 1 },
            }),
        )
        .await?;
    let data = shot
        .get("data")
        .and_then(|d| d.as_str())
        .ok_or("the screenshot came back without data")?
        .to_owned();
    let (total, contrasting, lighter, muscle): (u32, u32, u32, u32) = page
        .driver
        .execute_async(MEASURE, vec![serde_json::json!(data)])
        .await?
        .convert()?;
    Ok(Pixels {
        total,
        contrasting,
        lighter,
        muscle,
    })
}

async fn emulate(page: &Browser, media: &str, scheme: &str) -> E2eResult {
    page.driver
        .cdp()
        .send_raw(
            "Emulation.setEmulatedMedia",
            serde_json::json!({
                "media": media,
                "features": [{ "name": "prefers-color-scheme", "value": scheme }],
            }),
        )
        .await?;
    // Let the page and its images repaint in the new scheme.
    page.driver
        .execute_async(
            "const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done()));",
            vec![],
        )
        .await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn the_pictures_follow_light_dark_and_print() -> E2eResult {
    let answers = with_balance_problems();
    e2e(
        "pictures-schemes",
        plan_of(&answers, PHONE),
        |page| async move {
            unfold_all(&page).await?;
            let count = pictures_on_the_page(&page).await?.len();
            assert_eq!(count, expected(&answers).len(), "every picture is measured");
            // Printing from a dark screen gives paper colours too.
            for (media, scheme) in [
                ("screen", "light"),
                ("screen", "dark"),
                ("print", "light"),
                ("print", "dark"),
            ] {
                emulate(&page, media, scheme).await?;
                for i in 0..count {
                    let px = measure_picture(&page, i).await?;
                    let what = format!("picture {i} in {media}/{scheme}: {px:?}");
                    assert!(px.total > 10_000, "{what}: a real crop");
                    // A clearly drawn figure and floor: a good share of the pixels stand out from
                    // the background, dark on light paper and screens, light on dark screens.
                    assert!(
                        px.contrasting * 100 > px.total * 3,
                        "{what}: the figure stands out"
                    );
                    let lighter_share = px.lighter * 100 / px.contrasting.max(1);
                    if scheme == "dark" && media == "screen" {
                        assert!(lighter_share > 80, "{what}: light lines on the dark page");
                    } else {
                        assert!(lighter_share < 20, "{what}: dark lines on the light page");
                    }
                    // On paper too the muscle stays marked. (Chromium draws an <img> SVG with
                    // its screen styles when printing, not its print block, so paper gets the
                    // light set, which prints well: dark lines, the muscle in a mid tone.)
                    assert!(px.muscle > 50, "{what}: the working muscle is marked");
                }
            }
            emulate(&page, "screen", "dark").await?;
            page.screenshot_full("pictures-plan-phone-dark").await?;
            Ok(())
        },
    )
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn the_plan_with_pictures_fits_a_320_px_screen() -> E2eResult {
    let answers = with_balance_problems();
    let narrow = Viewport {
        width: 320,
        height: 640,
    };
    e2e("pictures-320", plan_of(&answers, narrow), |page| async move {
        unfold_all(&page).await?;
        let shown = pictures_on_the_page(&page).await?;
        assert_eq!(shown.len(), expected(&answers).len(), "every picture is on the page");
        let (scroll, client): (i64, i64) = page
            .driver
            .execute(
                "return [document.documentElement.scrollWidth, document.documentElement.clientWidth]",
                vec![],
            )
            .await?
            .convert()?;
        assert!(scroll <= client, "the plan is {scroll} px wide in a {client} px screen");
        for s in &shown {
            assert!(s.width <= 300.0 && s.width >= 200.0, "{}: {} px wide", s.src, s.width);
        }
        Ok(())
    })
    .await
}

#[test]
fn every_picture_is_in_the_build_and_its_offline_copy() -> E2eResult {
    let dist = dist_dir();
    let sw = std::fs::read_to_string(dist.join("sw.js"))?;
    let mut raw = 0;
    let mut gzip = 0;
    let mut names = BTreeSet::new();
    for picture in Picture::ALL {
        let file = dist.join(picture.src());
        let data = std::fs::read(&file).map_err(|e| format!("{}: {e}", file.display()))?;
        assert!(
            sw.contains(&format!("\"./{}\"", picture.src())),
            "sw.js precaches {}",
            picture.src()
        );
        raw += data.len();
        gzip += gzip_size(&data)?;
        names.insert(picture.src());
    }
    println!(
        "{} pictures: {raw} bytes raw, {gzip} bytes gzip -9 (each file compressed on its own)",
        names.len()
    );
    Ok(())
}

fn gzip_size(data: &[u8]) -> E2eResult<usize> {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new("gzip")
        .args(["-9", "-c"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()?;
    child
        .stdin
        .take()
        .ok_or("gzip has no stdin")?
        .write_all(data)?;
    let out = child.wait_with_output()?;
    Ok(out.stdout.len())
}
