//! Reads a calendar file with parsers that are not ours: the `ical` crate for the iCalendar
//! structure (components, properties, line unfolding, escapes) and the `rrule` crate to expand
//! each event's recurrence rule (RFC 5545 3.3.10) into the moments a calendar would show.
#![allow(dead_code)]

use std::io::BufReader;

/// One event as an independent reader sees it.
#[derive(Debug)]
pub struct SeenEvent {
    pub summary: String,
    pub dtstart: String,
    pub rrule: String,
    /// Each alarm's TRIGGER, after checking ACTION:DISPLAY and a DESCRIPTION are there.
    pub alarm_triggers: Vec<String>,
    /// The first occurrences on the wall clock, as "Mon 07:30 2026-12-07".
    pub occurrences: Vec<String>,
}

/// Parses `text` or fails saying what is wrong. Checks what the parsers let through: CRLF line
/// ends, lines of at most 75 octets, floating local start times, a UTC DTSTAMP.
pub fn read_calendar(text: &str, occurrences: u16) -> Result<Vec<SeenEvent>, String> {
    for (n, line) in text.split_inclusive('\n').enumerate() {
        if !line.ends_with("\r\n") {
            return Err(format!("line {} does not end in CRLF: {line:?}", n + 1));
        }
        if line.len() - 2 > 75 {
            return Err(format!("line {} is {} octets long", n + 1, line.len() - 2));
        }
    }
    let mut calendars = ical::IcalParser::new(BufReader::new(text.as_bytes()));
    let calendar = calendars
        .next()
        .ok_or("no VCALENDAR in the file")?
        .map_err(|e| format!("the iCalendar parser refused the file: {e}"))?;
    if calendars.next().is_some() {
        return Err("more than one VCALENDAR".into());
    }
    let property = |props: &[ical::property::Property], name: &str| -> Result<String, String> {
        props
            .iter()
            .find(|p| p.name == name)
            .and_then(|p| p.value.clone())
            .ok_or_else(|| format!("{name} is missing"))
    };
    if property(&calendar.properties, "VERSION")? != "2.0" {
        return Err("VERSION is not 2.0".into());
    }
    property(&calendar.properties, "PRODID")?;
    let mut seen = Vec::new();
    for event in &calendar.events {
        let props = &event.properties;
        property(props, "UID")?;
        let stamp = property(props, "DTSTAMP")?;
        if !stamp.ends_with('Z') {
            return Err(format!("DTSTAMP {stamp} is not UTC"));
        }
        let dtstart = property(props, "DTSTART")?;
        let start_prop = props.iter().find(|p| p.name == "DTSTART");
        if dtstart.ends_with('Z') || start_prop.is_some_and(|p| p.params.is_some()) {
            return Err(format!("DTSTART {dtstart} is not floating local time"));
        }
        let rrule = property(props, "RRULE")?;
        let mut alarm_triggers = Vec::new();
        for alarm in &event.alarms {
            if property(&alarm.properties, "ACTION")? != "DISPLAY" {
                return Err("an alarm is not ACTION:DISPLAY".into());
            }
            property(&alarm.properties, "DESCRIPTION")?;
            alarm_triggers.push(property(&alarm.properties, "TRIGGER")?);
        }
        let set: rrule::RRuleSet = format!("DTSTART:{dtstart}\nRRULE:{rrule}")
            .parse()
            .map_err(|e| format!("the recurrence parser refused {rrule}: {e}"))?;
        let occurrences = set
            .all(occurrences)
            .dates
            .iter()
            .map(|d| d.format("%a %H:%M %Y-%m-%d").to_string())
            .collect();
        seen.push(SeenEvent {
            summary: property(props, "SUMMARY")?,
            dtstart,
            rrule,
            alarm_triggers,
            occurrences,
        });
    }
    Ok(seen)
}
