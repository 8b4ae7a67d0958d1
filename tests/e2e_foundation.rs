//! The built app loads, shows its name and a start button, and moves on when pressed; and the
//! same `dist/` works from a subfolder of a static host.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{copy_dir, dist_dir, e2e, E2eResult, Setup};

#[tokio::test(flavor = "multi_thread")]
async fn welcome_shows_the_name_and_start_leads_to_the_first_step() -> E2eResult {
    e2e("welcome-start", Setup::default(), |page| async move {
        page.wait_heading("Glute Check").await?;
        page.wait_text("Nothing is sent anywhere").await?;
        page.click_button("Start the check").await?;
        page.wait_heading("About you").await?;
        page.wait_text("Step 1 of 4").await?;
        Ok(())
    })
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn dist_works_from_a_subfolder_of_the_host() -> E2eResult {
    let parent = std::env::temp_dir().join(format!("glute-subfolder-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&parent);
    copy_dir(&dist_dir(), &parent.join("sub"))?;
    let setup = Setup {
        root: parent.clone(),
        start: "sub/".into(),
        ..Setup::default()
    };
    let result = e2e("subfolder", setup, |page| async move {
        page.wait_heading("Glute Check").await?;
        page.click_button("Start the check").await?;
        page.wait_heading("About you").await?;
        // A reload on an inner screen must come back to the same screen.
        page.driver.refresh().await?;
        page.wait_heading("About you").await?;
        let url = page.driver.current_url().await?;
        assert!(url.path().starts_with("/sub/"), "stayed under /sub/: {url}");
        Ok(())
    })
    .await;
    let _ = std::fs::remove_dir_all(&parent);
    result
}
