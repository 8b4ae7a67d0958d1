//! The exercise pictures as files: every picture the plan can show exists in assets/exercises/,
//! is well-formed SVG of the size the page reserves for it, follows the colour scheme (light,
//! dark, print) through its own custom properties, marks a muscle, and holds nothing that the
//! page's Content-Security-Policy or the offline copy could trip over.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use glute_check::core::content::exercises::supported_variant;
use glute_check::core::picture::{Picture, PICTURE_FOLDER, PICTURE_HEIGHT, PICTURE_WIDTH};
use glute_check::core::plan::{ExerciseId, SittingBreakRoutine};

fn assets() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets")
        .join(PICTURE_FOLDER)
}

fn read(picture: Picture) -> String {
    let path = assets().join(picture.file_name());
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{picture:?}: cannot read {}: {e}", path.display()))
}

/// Every picture a plan can show: each exercise, each steadier variant, each break step.
fn shown_by_the_plan() -> Vec<Picture> {
    let mut shown = Vec::new();
    for id in ExerciseId::ALL {
        shown.push(Picture::for_exercise(id, false));
        if supported_variant(id).is_some() {
            shown.push(Picture::for_exercise(id, true));
        }
    }
    shown.extend(
        SittingBreakRoutine::standard()
            .steps
            .iter()
            .map(|s| Picture::for_break_step(s.id)),
    );
    shown
}

#[test]
fn every_picture_the_plan_can_show_has_its_file() {
    for picture in shown_by_the_plan() {
        let path = assets().join(picture.file_name());
        assert!(path.is_file(), "{picture:?}: {} is missing", path.display());
    }
}

#[test]
fn every_picture_is_well_formed_svg_of_the_reserved_size() {
    for picture in Picture::ALL {
        let text = read(picture);
        let doc = roxmltree::Document::parse(&text)
            .unwrap_or_else(|e| panic!("{picture:?}: not well-formed XML: {e}"));
        let root = doc.root_element();
        assert_eq!(root.tag_name().name(), "svg", "{picture:?}");
        assert_eq!(
            root.tag_name().namespace(),
            Some("http://www.w3.org/2000/svg"),
            "{picture:?}: an <img> shows SVG only with its namespace"
        );
        let view_box = format!("0 0 {PICTURE_WIDTH} {PICTURE_HEIGHT}");
        assert_eq!(
            root.attribute("viewBox"),
            Some(view_box.as_str()),
            "{picture:?}"
        );
        assert_eq!(
            root.attribute("width"),
            Some(PICTURE_WIDTH.to_string().as_str())
        );
        assert_eq!(
            root.attribute("height"),
            Some(PICTURE_HEIGHT.to_string().as_str())
        );
    }
}

#[test]
fn every_picture_follows_the_colour_scheme_and_marks_a_muscle() {
    for picture in Picture::ALL {
        let text = read(picture);
        let doc = roxmltree::Document::parse(&text).expect("checked above");
        let style: String = doc
            .descendants()
            .filter(|n| n.has_tag_name("style"))
            .filter_map(|n| n.text())
            .collect();
        for needed in [
            "--figure:",
            "--muscle:",
            "--floor:",
            "@media (prefers-color-scheme:dark)",
            "@media print",
            "var(--muscle)",
        ] {
            assert!(
                style.contains(needed),
                "{picture:?}: its style lacks {needed}"
            );
        }
        let classes: Vec<&str> = doc
            .descendants()
            .filter_map(|n| n.attribute("class"))
            .collect();
        assert!(
            classes.contains(&"m"),
            "{picture:?}: the working muscle is marked"
        );
        assert!(classes.contains(&"fl"), "{picture:?}: the floor is drawn");
        // No colour written into the drawing itself: everything goes through the custom
        // properties, or dark mode would leave a black figure on a black page. (The print
        // hatch pattern is the one exception: it is only used on paper.)
        for node in doc.descendants().filter(|n| n.is_element()) {
            if node.ancestors().any(|a| a.has_tag_name("pattern")) {
                continue;
            }
            for attr in ["fill", "stroke", "style", "color"] {
                assert!(
                    node.attribute(attr).is_none(),
                    "{picture:?}: <{}> sets {attr} directly",
                    node.tag_name().name()
                );
            }
        }
    }
}

#[test]
fn no_picture_runs_code_or_fetches_anything() {
    for picture in Picture::ALL {
        let text = read(picture);
        let doc = roxmltree::Document::parse(&text).expect("checked above");
        for node in doc.descendants().filter(|n| n.is_element()) {
            let name = node.tag_name().name();
            assert!(
                !matches!(name, "script" | "foreignObject" | "image" | "use" | "a"),
                "{picture:?}: <{name}>"
            );
            for attr in node.attributes() {
                assert!(
                    !attr.name().starts_with("on") && attr.name() != "href",
                    "{picture:?}: attribute {}",
                    attr.name()
                );
            }
        }
        assert!(
            !text.contains("@import") && !text.contains("url(http") && !text.contains("@font-face"),
            "{picture:?}: refers to another file"
        );
    }
}

#[test]
fn the_folder_holds_the_pictures_and_nothing_else() {
    // Every file there is copied into dist/ and precached by the service worker.
    let on_disk: BTreeSet<String> = std::fs::read_dir(assets())
        .expect("assets/exercises exists")
        .map(|e| {
            e.expect("readable")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    let expected: BTreeSet<String> = Picture::ALL
        .iter()
        .map(|p| p.file_name().to_string())
        .collect();
    assert_eq!(on_disk, expected);
}

#[test]
fn the_build_copies_the_folder_into_dist() {
    let index = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("index.html"))
        .expect("index.html");
    assert!(
        index.contains(&format!(
            r#"<link data-trunk rel="copy-dir" href="assets/{PICTURE_FOLDER}">"#
        )),
        "index.html copies assets/{PICTURE_FOLDER} to dist/{PICTURE_FOLDER}"
    );
}
