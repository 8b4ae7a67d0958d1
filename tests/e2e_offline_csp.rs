#![cfg(not(target_arch = "wasm32"))]
//! Private and offline, by proof: the built page carries a strict Content-Security-Policy that a
//! whole visit never trips, the service worker lets a second visit work with the network off,
//! and the web app manifest and its icons are there for installing.

mod common;

use std::time::Duration;

use common::assessment::mild_case;
use common::{copy_dir, dist_dir, e2e, Browser, E2eResult, Setup, WAIT};
use serde_json::{json, Value};

/// The policy's directives, in order; `script-src` also lists one hash per inline script, and
/// `style-src` only the hash of the inlined stylesheet.
const POLICY_BEFORE_HASHES: &str = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'";
const POLICY_STYLES: &str = "; style-src";
const POLICY_AFTER_HASHES: &str = "; img-src 'self' data:; connect-src 'self'; \
     base-uri 'self'; form-action 'none'; manifest-src 'self'; worker-src 'self'";

/// Collects every CSP violation of the page, from before the app's first script on. Capturing
/// on `window` sees the events fired at any element and at the document.
const COLLECT_VIOLATIONS: &str = r#"
window.__cspViolations = [];
window.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(
  e.effectiveDirective + ' blocked ' + (e.blockedURI || '(inline)') + ' in ' + e.sourceFile + ':' + e.lineNumber
), true);
"#;

/// The `content` of the CSP `<meta>` in the built index.html, and whether it comes before the
/// first `<script>` (a policy in a `<meta>` only covers what follows it).
fn built_policy() -> E2eResult<(String, bool)> {
    let html = std::fs::read_to_string(dist_dir().join("index.html"))?;
    let tag = "<meta http-equiv=\"Content-Security-Policy\" content=\"";
    let start = html
        .find(tag)
        .ok_or("the built index.html has no Content-Security-Policy <meta>")?;
    let content_start = start + tag.len();
    let content_end = content_start
        + html[content_start..]
            .find('"')
            .ok_or("the CSP <meta> is not closed")?;
    let first_script = html.find("<script").unwrap_or(usize::MAX);
    Ok((
        html[content_start..content_end].to_string(),
        start < first_script,
    ))
}

/// From the welcome screen through a whole check to the plan, then the history.
async fn whole_visit(page: &Browser) -> E2eResult {
    page.wait_heading("Glute Check").await?;
    page.click_button("Start the check").await?;
    page.complete_assessment(&mild_case()).await?;
    page.wait_heading("Your results").await?;
    page.click_button("See my exercise plan").await?;
    page.wait_heading("Your exercise plan").await?;
    page.goto("#/history").await?;
    page.wait_heading("Your history").await?;
    Ok(())
}

/// The violations the page collected so far.
async fn violations(page: &Browser) -> E2eResult<Vec<String>> {
    let ret = page
        .driver
        .execute("return window.__cspViolations || ['(no listener)']", vec![])
        .await?;
    Ok(ret.convert::<Vec<String>>()?)
}

#[tokio::test(flavor = "multi_thread")]
async fn the_built_page_has_a_strict_policy_that_a_whole_visit_never_trips() -> E2eResult {
    let (policy, before_scripts) = built_policy()?;
    println!("built policy: {policy}");
    assert!(before_scripts, "the CSP <meta> precedes every <script>");
    let (script_hashes, style_hashes) = policy
        .strip_prefix(POLICY_BEFORE_HASHES)
        .and_then(|rest| rest.strip_suffix(POLICY_AFTER_HASHES))
        .and_then(|rest| rest.split_once(POLICY_STYLES))
        .ok_or_else(|| format!("the policy has other directives than required: {policy}"))?;
    let script_hashes: Vec<&str> = script_hashes.split_whitespace().collect();
    let style_hashes: Vec<&str> = style_hashes.split_whitespace().collect();
    assert_eq!(
        script_hashes.len(),
        2,
        "Trunk's inline loader and the deep-link script are allowed by their hashes: {policy}"
    );
    assert_eq!(
        style_hashes.len(),
        1,
        "only the inlined stylesheet is allowed, by its hash: {policy}"
    );
    for hash in script_hashes.iter().chain(&style_hashes) {
        assert!(
            hash.starts_with("'sha256-") && hash.ends_with("='") && hash.len() == 53,
            "a sha256 hash source: {hash}"
        );
    }
    let setup = Setup {
        init_script: Some(COLLECT_VIOLATIONS),
        ..Setup::default()
    };
    e2e("csp-whole-visit", setup, |page| async move {
        // The browser applies exactly the built policy, and it names each inline script's hash.
        let applied: Vec<String> = page
            .driver
            .execute_async(
                r#"const done = arguments[0];
                const meta = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
                const scripts = [...document.querySelectorAll('script:not([src]), style')];
                Promise.all(scripts.map(async s => {
                  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(s.textContent));
                  return "'sha256-" + btoa(String.fromCharCode(...new Uint8Array(digest))) + "'";
                })).then(h => done([meta ? meta.content : ''].concat(h)), e => done(['failed: ' + e]));"#,
                vec![],
            )
            .await?
            .convert()?;
        let (content, inline_hashes) = applied.split_first().ok_or("nothing came back")?;
        assert!(content.starts_with(POLICY_BEFORE_HASHES), "{content}");
        assert_eq!(
            inline_hashes.len(),
            3,
            "the page has its inline loader, deep-link script and stylesheet"
        );
        for hash in inline_hashes {
            assert!(
                content.contains(hash.as_str()),
                "inline script or style {hash} is allowed: {content}"
            );
        }

        whole_visit(&page).await?;
        // The history charts draw once the page has settled; give late violations a moment.
        tokio::time::sleep(Duration::from_millis(500)).await;
        let seen = violations(&page).await?;
        assert!(seen.is_empty(), "CSP violations: {seen:#?}");
        Ok(())
    })
    .await
}

/// Waits until a service worker controls the page (its cache is then complete: the worker
/// claims pages only after installing every file). Reloads once if the first wait runs out.
async fn wait_for_service_worker(page: &Browser) -> E2eResult {
    let controlled = move || async move {
        let ret = page
            .driver
            .execute(
                "return !!(navigator.serviceWorker && navigator.serviceWorker.controller)",
                vec![],
            )
            .await?;
        Ok(ret.convert::<bool>()?.then_some(()))
    };
    if page
        .wait_for("a service worker controlling the page", controlled)
        .await
        .is_ok()
    {
        return Ok(());
    }
    page.driver.refresh().await?;
    page.wait_for(
        "a service worker controlling the page after a reload",
        controlled,
    )
    .await
}

/// The network conditions of a device with no connection.
fn offline() -> Value {
    json!({ "offline": true, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1 })
}

/// Cuts the network of the page and of its service worker. The worker is a target of its own
/// that the page's emulation does not cover (measured: without this, a fetch the worker passes
/// on still reached the server). chromedriver's CDP bridge speaks only to the page, so the
/// worker gets its commands through `Target.sendMessageToTarget`.
async fn go_offline(page: &Browser) -> E2eResult {
    let cdp = page.driver.cdp();
    cdp.send_raw("Network.enable", json!({})).await?;
    cdp.send_raw("Network.emulateNetworkConditions", offline())
        .await?;
    let targets = cdp.send_raw("Target.getTargets", json!({})).await?;
    let workers: Vec<Value> = targets["targetInfos"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|t| {
            t["type"] == "service_worker"
                && t["url"].as_str().is_some_and(|u| u.starts_with(&page.base))
        })
        .cloned()
        .collect();
    if workers.is_empty() {
        return Err(format!("no service worker target: {targets:#}").into());
    }
    for worker in workers {
        let session = cdp
            .send_raw(
                "Target.attachToTarget",
                json!({ "targetId": worker["targetId"], "flatten": false }),
            )
            .await?;
        let session = session["sessionId"]
            .as_str()
            .ok_or("no session for the service worker")?
            .to_string();
        for (id, method, params) in [
            (1, "Network.enable", json!({})),
            (2, "Network.emulateNetworkConditions", offline()),
        ] {
            let message = json!({ "id": id, "method": method, "params": params }).to_string();
            cdp.send_raw(
                "Target.sendMessageToTarget",
                json!({ "sessionId": session, "message": message }),
            )
            .await?;
        }
    }
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn after_one_visit_the_whole_check_works_with_the_network_off() -> E2eResult {
    // A copy of dist/ that is emptied once the page is offline: whatever the emulation misses,
    // the server then has nothing left to give.
    let served = std::env::temp_dir().join(format!("glute-e2e-offline-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&served);
    copy_dir(&dist_dir(), &served)?;
    let setup = Setup {
        root: served.clone(),
        ..Setup::default()
    };
    let emptied = served.clone();
    let outcome = e2e("offline-second-visit", setup, move |page| async move {
        page.wait_heading("Glute Check").await?;
        wait_for_service_worker(&page).await?;
        let cache_names: Vec<String> = page
            .driver
            .execute_async(
                "const done = arguments[0]; caches.keys().then(done, e => done(['failed: ' + e]));",
                vec![],
            )
            .await?
            .convert()?;
        println!("caches: {cache_names:?}");
        assert_eq!(cache_names.len(), 1, "one cache, named after the build: {cache_names:?}");
        assert!(cache_names[0].starts_with("glute-check-"), "{cache_names:?}");

        go_offline(&page).await?;
        std::fs::remove_dir_all(&emptied)?;
        std::fs::create_dir_all(&emptied)?;

        page.driver.refresh().await?;
        whole_visit(&page).await?;

        // Proof the network really was off: a file that is not in the cache cannot be fetched
        // (with the network on, the emptied server would answer 404).
        let probe: String = page
            .driver
            .execute_async(
                "const done = arguments[0]; fetch('./not-in-the-build.txt').then(r => done('fetched: ' + r.status), () => done('failed'));",
                vec![],
            )
            .await?
            .convert()?;
        assert_eq!(probe, "failed", "the network is off");
        // The failed probe is logged by the browser; anything else logged is a real error.
        let others: Vec<String> = page
            .driver
            .browser_log()
            .await?
            .into_iter()
            .filter(|e| e.level == "SEVERE" && !e.message.contains("not-in-the-build.txt"))
            .map(|e| e.message)
            .collect();
        assert!(others.is_empty(), "errors while offline: {others:#?}");
        Ok(())
    })
    .await;
    let _ = std::fs::remove_dir_all(&served);
    outcome
}

/// The first `--name: value;` of a stylesheet (the light theme comes first).
fn css_var(css: &str, name: &str) -> Option<String> {
    let start = css.find(&format!("{name}:"))? + name.len() + 1;
    let end = start + css[start..].find(';')?;
    Some(css[start..end].trim().to_string())
}

#[tokio::test(flavor = "multi_thread")]
async fn the_manifest_is_linked_and_names_icons_that_exist() -> E2eResult {
    let css = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("styles/main.css"),
    )?;
    let accent = css_var(&css, "--accent").ok_or("no --accent in main.css")?;
    let background = css_var(&css, "--bg").ok_or("no --bg in main.css")?;
    e2e("manifest-icons", Setup::default(), move |page| async move {
        page.wait_heading("Glute Check").await?;
        // Fetches the linked manifest, then each icon relative to it; a PNG is decoded to check
        // its real size.
        let found: Value = page
            .driver
            .execute_async(
                r#"const done = arguments[0];
                (async () => {
                  const link = document.querySelector('link[rel="manifest"]');
                  if (!link) return { error: 'no <link rel="manifest">' };
                  const response = await fetch(link.href);
                  const manifest = await response.json();
                  const icons = [];
                  for (const icon of manifest.icons || []) {
                    const url = new URL(icon.src, link.href).href;
                    const r = await fetch(url);
                    const blob = await r.blob();
                    let size = null;
                    if (r.ok && blob.type === 'image/png') {
                      const bitmap = await createImageBitmap(blob);
                      size = bitmap.width + 'x' + bitmap.height;
                    }
                    icons.push({ url, status: r.status, type: blob.type, size });
                  }
                  return { href: link.href, status: response.status, manifest, icons };
                })().then(done, e => done({ error: String(e) }));"#,
                vec![],
            )
            .await?
            .convert()?;
        assert!(found.get("error").is_none(), "{found:#}");
        assert_eq!(found["status"], 200, "{found:#}");
        let manifest = &found["manifest"];
        assert_eq!(manifest["name"], "Glute Check");
        assert!(manifest["short_name"]
            .as_str()
            .is_some_and(|s| !s.is_empty() && s.len() <= 12));
        assert_eq!(manifest["start_url"], "./");
        assert_eq!(manifest["scope"], "./");
        assert_eq!(manifest["display"], "standalone");
        assert_eq!(
            manifest["theme_color"].as_str(),
            Some(accent.as_str()),
            "theme = --accent"
        );
        assert_eq!(
            manifest["background_color"].as_str(),
            Some(background.as_str()),
            "background = --bg"
        );

        let declared = manifest["icons"]
            .as_array()
            .ok_or("the manifest lists no icons")?;
        let fetched = found["icons"].as_array().ok_or("no icons were fetched")?;
        let mut has = (false, false, false, false); // 192 png, 512 png, svg, maskable
        for (icon, got) in declared.iter().zip(fetched) {
            assert_eq!(got["status"], 200, "icon exists: {got}");
            assert_eq!(got["type"], icon["type"], "served as declared: {got}");
            if icon["type"] == "image/png" {
                assert_eq!(
                    got["size"], icon["sizes"],
                    "its real size is the declared one: {got}"
                );
            }
            let purpose = icon["purpose"].as_str().unwrap_or("any");
            match (icon["type"].as_str(), icon["sizes"].as_str(), purpose) {
                (Some("image/png"), Some("192x192"), "any") => has.0 = true,
                (Some("image/png"), Some("512x512"), "any") => has.1 = true,
                (Some("image/svg+xml"), _, "any") => has.2 = true,
                (Some("image/png"), _, "maskable") => has.3 = true,
                _ => {}
            }
        }
        assert_eq!(
            has,
            (true, true, true, true),
            "192 and 512 PNGs, the SVG and a maskable icon: {declared:#?}"
        );

        // Chromium's own reading of the manifest: parsed without errors or warnings.
        let parsed = page
            .driver
            .cdp()
            .send_raw("Page.getAppManifest", json!({}))
            .await?;
        let errors = parsed["errors"].as_array().cloned().unwrap_or_default();
        assert!(errors.is_empty(), "manifest problems: {errors:#?}");
        assert!(
            parsed["url"]
                .as_str()
                .is_some_and(|u| u.ends_with("/manifest.webmanifest")),
            "{parsed:#}"
        );
        Ok(())
    })
    .await
}

/// Installability as Chromium judges it (manifest, icons, served from a secure origin).
#[tokio::test(flavor = "multi_thread")]
async fn chromium_finds_the_app_installable() -> E2eResult {
    e2e("installable", Setup::default(), |page| async move {
        page.wait_heading("Glute Check").await?;
        wait_for_service_worker(&page).await?;
        let start = std::time::Instant::now();
        loop {
            let ret = page
                .driver
                .cdp()
                .send_raw("Page.getInstallabilityErrors", json!({}))
                .await?;
            let errors = ret["installabilityErrors"]
                .as_array()
                .cloned()
                .unwrap_or_default();
            if errors.is_empty() {
                return Ok(());
            }
            if start.elapsed() > WAIT {
                return Err(format!("not installable: {errors:#?}").into());
            }
            tokio::time::sleep(Duration::from_millis(250)).await;
        }
    })
    .await
}
