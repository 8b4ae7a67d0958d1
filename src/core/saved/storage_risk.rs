//! How safe saved checks are in this browser, read from what the browser says about itself.
//!
//! Safari's engine (WebKit) deletes everything a site stored from script after seven days of
//! use without a visit to that site, unless the site was added to the Home Screen (or, on a
//! Mac, to the Dock), which then counts as an app of its own. Every browser on an iPhone or
//! iPad uses that engine. Other browsers keep site data until the person clears it or the
//! device runs short of space. The adapter in `browser::platform` reads the facts; this module
//! only reads strings, so every case is tested natively.

/// What the browser says about itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BrowserFacts<'a> {
    /// `navigator.userAgent`.
    pub user_agent: &'a str,
    /// `navigator.platform`.
    pub platform: &'a str,
    /// `navigator.maxTouchPoints`: an iPad asking for desktop sites says "Macintosh" but has touch.
    pub max_touch_points: u32,
    /// Opened as an installed app (`display-mode: standalone`, or Safari's `navigator.standalone`).
    pub standalone: bool,
}

/// Which Apple device, for how to add the app to its Home Screen or Dock.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AppleDevice {
    IPhone,
    IPad,
    Mac,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageRisk {
    /// Safari's engine: saved checks may be cleared after seven days without a visit.
    SevenDayLimit(AppleDevice),
    /// Safari's engine, opened from the Home Screen or the Dock: the seven-day rule does not apply.
    AppleInstalled,
    /// Kept until the person clears it (or the device runs out of space).
    Ordinary,
}

/// Browsers on a Mac that name Safari in their user agent but use their own engine.
const NOT_SAFARI: [&str; 6] = ["Chrome/", "Chromium/", "Edg/", "Firefox/", "OPR/", "Brave"];

fn apple_device(facts: &BrowserFacts) -> Option<AppleDevice> {
    let ua = facts.user_agent;
    if ua.contains("iPhone") || ua.contains("iPod") {
        return Some(AppleDevice::IPhone);
    }
    if ua.contains("iPad") {
        return Some(AppleDevice::IPad);
    }
    if ua.contains("Macintosh") || facts.platform.starts_with("Mac") {
        // An iPad asking for desktop sites looks like a Mac, but with a touch screen.
        if facts.max_touch_points > 1 {
            return Some(AppleDevice::IPad);
        }
        let safari = ua.contains("Safari/") && ua.contains("Version/");
        if safari && !NOT_SAFARI.iter().any(|other| ua.contains(other)) {
            return Some(AppleDevice::Mac);
        }
    }
    None
}

pub fn storage_risk(facts: &BrowserFacts) -> StorageRisk {
    match apple_device(facts) {
        None => StorageRisk::Ordinary,
        Some(_) if facts.standalone => StorageRisk::AppleInstalled,
        Some(device) => StorageRisk::SevenDayLimit(device),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const IPHONE_SAFARI: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";
    const IPHONE_CHROME: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1";
    const IPAD_SAFARI: &str = "Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1";
    const MAC_SAFARI: &str = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15";
    const MAC_CHROME: &str = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
    const MAC_FIREFOX: &str =
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:133.0) Gecko/20100101 Firefox/133.0";
    const ANDROID_CHROME: &str = "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";
    const LINUX_CHROMIUM: &str = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36";
    const WINDOWS_EDGE: &str = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0";

    fn risk(ua: &str, platform: &str, touch: u32, standalone: bool) -> StorageRisk {
        storage_risk(&BrowserFacts {
            user_agent: ua,
            platform,
            max_touch_points: touch,
            standalone,
        })
    }

    #[test]
    fn every_browser_on_an_iphone_or_ipad_has_the_seven_day_limit() {
        assert_eq!(
            risk(IPHONE_SAFARI, "iPhone", 5, false),
            StorageRisk::SevenDayLimit(AppleDevice::IPhone)
        );
        assert_eq!(
            risk(IPHONE_CHROME, "iPhone", 5, false),
            StorageRisk::SevenDayLimit(AppleDevice::IPhone)
        );
        assert_eq!(
            risk(IPAD_SAFARI, "iPad", 5, false),
            StorageRisk::SevenDayLimit(AppleDevice::IPad)
        );
    }

    #[test]
    fn an_ipad_asking_for_desktop_sites_is_still_an_ipad() {
        assert_eq!(
            risk(MAC_SAFARI, "MacIntel", 5, false),
            StorageRisk::SevenDayLimit(AppleDevice::IPad)
        );
    }

    #[test]
    fn safari_on_a_mac_has_the_limit_and_other_mac_browsers_do_not() {
        assert_eq!(
            risk(MAC_SAFARI, "MacIntel", 0, false),
            StorageRisk::SevenDayLimit(AppleDevice::Mac)
        );
        assert_eq!(
            risk(MAC_CHROME, "MacIntel", 0, false),
            StorageRisk::Ordinary
        );
        assert_eq!(
            risk(MAC_FIREFOX, "MacIntel", 0, false),
            StorageRisk::Ordinary
        );
    }

    #[test]
    fn the_home_screen_app_is_exempt() {
        assert_eq!(
            risk(IPHONE_SAFARI, "iPhone", 5, true),
            StorageRisk::AppleInstalled
        );
        assert_eq!(
            risk(MAC_SAFARI, "MacIntel", 0, true),
            StorageRisk::AppleInstalled
        );
    }

    #[test]
    fn other_browsers_are_ordinary_installed_or_not() {
        for ua in [
            ANDROID_CHROME,
            LINUX_CHROMIUM,
            WINDOWS_EDGE,
            "",
            "garbage <x>",
        ] {
            assert_eq!(
                risk(ua, "Linux x86_64", 0, false),
                StorageRisk::Ordinary,
                "{ua}"
            );
            assert_eq!(risk(ua, "", 10, true), StorageRisk::Ordinary, "{ua}");
        }
    }
}
