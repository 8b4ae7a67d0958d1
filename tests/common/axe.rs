//! axe-core, the accessibility checker the end-to-end tests run on each screen. It is not part
//! of the repository: `./run test` installs the npm package into `$GLUTE_TOOLS_DIR` (by default
//! `~/.cache/glute-check-tools`), and the file is read from there.

use std::path::PathBuf;

use super::E2eResult;

/// Where `./run` installs axe-core.
pub fn axe_path() -> PathBuf {
    let tools = std::env::var_os("GLUTE_TOOLS_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(std::env::var_os("HOME").unwrap_or_default())
                .join(".cache/glute-check-tools")
        });
    tools.join("node_modules/axe-core/axe.min.js")
}

pub fn axe_source() -> E2eResult<String> {
    let path = axe_path();
    std::fs::read_to_string(&path).map_err(|e| {
        format!(
            "axe-core is missing at {} ({e}): run `./run test`, or install it with \
             `npm install --prefix ~/.cache/glute-check-tools axe-core@4`",
            path.display()
        )
        .into()
    })
}

pub const RUN_AXE: &str = r#"
const done = arguments[arguments.length - 1];
axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
  .then(r => done(JSON.stringify(r.violations.map(v => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map(n => n.target.join(' ') + (n.failureSummary ? ' :: ' + n.failureSummary.replace(/\s+/g, ' ') : '')).slice(0, 5),
  })))))
  .catch(e => done(JSON.stringify([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [] }])));
"#;

/// The WCAG A/AA violations axe finds on the screen shown now, one line each.
pub async fn violations(page: &super::Browser) -> E2eResult<Vec<String>> {
    let loaded: bool = page
        .driver
        .execute("return typeof window.axe !== 'undefined'", vec![])
        .await?
        .convert()?;
    if !loaded {
        page.driver.execute(axe_source()?.as_str(), vec![]).await?;
    }
    let json: String = page
        .driver
        .execute_async(RUN_AXE, vec![])
        .await?
        .convert()?;
    let found: Vec<serde_json::Value> = serde_json::from_str(&json)?;
    Ok(found
        .iter()
        .map(|v| {
            format!(
                "{} ({}): {} {}",
                v["id"], v["impact"], v["help"], v["nodes"]
            )
        })
        .collect())
}
