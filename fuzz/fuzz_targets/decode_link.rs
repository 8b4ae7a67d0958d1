//! Any bytes at all given to the plan-link decoder: it must never panic, and whatever opens must
//! be answers that keep every `Answers` invariant and re-encode to the very same link.
#![no_main]

use glute_check::core::answers::{Answers, BreakFrequency, PainScores, SittingDay};
use glute_check::core::link::{decode, split_fragment};
use libfuzzer_sys::fuzz_target;

/// The invariants validation promises (kept in step with `draft::strategy::invariants_hold`,
/// which is test-only inside the crate).
fn invariants_hold(a: &Answers) -> bool {
    a.sitting.total_half_hours() <= SittingDay::MAX_TOTAL_HALF_HOURS
        && a.clinician_cleared.is_some() == a.has_complicating_condition()
        && a.break_commitment.is_some() != (a.breaks == BreakFrequency::Every30To45Minutes)
        && a.routine_days <= Answers::MAX_ROUTINE_DAYS
        && a.bridge_hold.left.max(a.bridge_hold.right) <= Answers::MAX_BRIDGE_SECONDS
        && a.stance_hold.left.max(a.stance_hold.right) <= Answers::MAX_STANCE_SECONDS
        && a.pain.highest() <= PainScores::MAX
        && a.red_flags_are_consistent()
}

fn check(text: &str) {
    if let Ok(link) = decode(text) {
        assert!(
            invariants_hold(&link.answers),
            "{text:?} opened as {link:?}"
        );
        assert!(matches!(link.format_version, 1 | 2));
        if link.format_version == 2 && link.model_version == glute_check::core::model::MODEL_VERSION
        {
            // One set of answers has exactly one link (v1 links are read, no longer made).
            assert_eq!(glute_check::core::link::encode(&link.answers), text);
        }
    }
    let _ = split_fragment(text).map(|(_, payload)| decode(payload));
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// CRC-16/CCITT-FALSE, as the link uses: written out again here so the fuzzer can make links
/// with a valid checksum and reach the range checks behind it.
fn crc16(bytes: impl IntoIterator<Item = u8>) -> u16 {
    bytes.into_iter().fold(0xFFFF, |mut crc: u16, byte| {
        crc ^= u16::from(byte) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                (crc << 1) ^ 0x1021
            } else {
                crc << 1
            };
        }
        crc
    })
}

/// A link of version `tag` around packed answers, with a valid checksum.
fn sealed(tag: u8, data: &[u8]) -> String {
    let checksum = crc16(std::iter::once(tag).chain(data.iter().copied())).to_be_bytes();
    let bytes: Vec<u8> = data.iter().chain(checksum.iter()).copied().collect();
    let mut link = String::from(char::from(tag));
    for chunk in bytes.chunks(3) {
        let group = chunk
            .iter()
            .enumerate()
            .fold(0u32, |group, (i, &b)| group | u32::from(b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            link.push(char::from(
                ALPHABET[((group >> (18 - 6 * i)) & 0x3f) as usize],
            ));
        }
    }
    link
}

fuzz_target!(|data: &[u8]| {
    // The text as a browser would hand it over, when it is UTF-8 ...
    if let Ok(text) = std::str::from_utf8(data) {
        check(text);
    }
    // ... and the bytes mapped onto the link alphabet behind a v1 tag, so the fuzzer spends its
    // time past the character and length checks.
    let mapped: String = std::iter::once('1')
        .chain(
            data.iter()
                .map(|&b| char::from(ALPHABET[usize::from(b & 0x3f)])),
        )
        .collect();
    check(&mapped);
    // ... and the first 16 (v1) or 19 (v2) bytes as packed answers with a valid checksum, so
    // every range and consistency check behind the checksum is reached.
    if let Some(packed) = data.get(..16) {
        check(&sealed(b'1', packed));
    }
    if let Some(packed) = data.get(..19) {
        check(&sealed(b'2', packed));
    }
});
