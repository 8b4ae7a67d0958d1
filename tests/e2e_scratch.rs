#![cfg(not(target_arch = "wasm32"))]
mod common;
use common::{e2e, E2eResult, Engine, Setup};
const SPY: &str = r#"
window.__spy = [];
addEventListener('error', e => __spy.push('error ' + (e.target && e.target.tagName) + ' ' + (e.error || e.message)), true);
addEventListener('unhandledrejection', e => __spy.push('rejection ' + e.reason));
"#;
#[tokio::test(flavor = "multi_thread")]
async fn scratch() -> E2eResult {
    let setup = Setup {
        init_script: Some(SPY),
        ..Setup::default()
    }
    .in_engine(Engine::WebKit);
    e2e("scratch", setup, |page| async move {
        page.block_wasm(true).await?;
        page.driver.refresh().await?;
        tokio::time::sleep(std::time::Duration::from_secs(6)).await;
        let r = page.driver.execute("return [String('wasmBindings' in window), JSON.stringify(window.__spy), JSON.stringify(window.__e2eErrors), String(document.getElementById('app-stopped').hidden), navigator.serviceWorker && String(!!navigator.serviceWorker.controller)]", vec![]).await?;
        println!("{:?}", r.json());
        page.driver.execute("window.__e2eErrors = []", vec![]).await?;
        Ok(())
    }).await
}
