//! The coverage chart and the when-to-file panel, rendered natively: chart
//! positions and wording worked out by hand.

use crate::support::{attrs, builtin, render};

fn html(pairs: &[(&str, &str)], visitor_zone: &str, now: &str) -> String {
    render(&builtin(), attrs(pairs), visitor_zone, now).to_html()
}

/// The chart's SVG markup.
fn chart(html: &str) -> &str {
    let start = html.find("<svg").expect("a chart");
    &html[start..start + html[start..].find("</svg>").unwrap()]
}

/// The `<g class="row…">` of the row whose label starts with `label`.
fn chart_row<'a>(chart: &'a str, label: &str) -> &'a str {
    let start = chart
        .find(&format!(">{label}</text>"))
        .unwrap_or_else(|| panic!("no row {label}"));
    &chart[start..start + chart[start..].find("</g>").unwrap()]
}

#[test]
fn the_week_is_drawn_in_instants_so_a_short_day_is_narrower() {
    // Visitor in Paris, Monday 23 March 2026 10:00Z (11:00 CET). The week runs
    // from Monday 00:00 CET (Sunday 22nd 23:00Z) to Monday 30th 00:00 CEST
    // (Sunday 29th 22:00Z): 167 hours, as Sunday 29th loses one to summer time.
    let html = html(
        &[("lang", "en"), ("region", "emea"), ("priority", "P2")],
        "Europe/Paris",
        "2026-03-23T10:00:00Z",
    );
    let chart = chart(&html);
    // Sunday starts 144 hours in: 144 / 167 = 86.227 % (not 6/7 = 85.714 %).
    assert!(
        chart.contains(r#"<line x1="86.227%" x2="86.227%" y1="0" y2="192" class="day">"#),
        "{chart}"
    );
    assert!(chart.contains(">Sun 2026-03-29</text>"), "{chart}");
    assert!(!chart.contains("Mon 2026-03-30"), "seven days, not eight");
    // Paris belongs to EMEA, so EMEA's 09:00–17:00 is read in Paris time:
    // Monday 09:00 CET is 9/167 = 5.389 % in, 17:00 is 10.179 %: 4.790 % wide.
    let emea = chart_row(chart, "Europe, Middle East and Africa · Europe/Paris");
    assert!(
        emea.contains(r#"<rect class="business" x="5.389%" y="72" width="4.790%" height="14"><title>Europe, Middle East and Africa: Business hours Mon 09:00–17:00</title></rect>"#),
        "{emea}"
    );
    // The selected region's row stands out.
    assert!(chart.contains(r#"<g class="row selected"><text class="label" x="0" y="68">Europe, Middle East and Africa"#), "{chart}");
    // Now: 11 hours in, 11/167 = 6.586 %.
    assert!(
        chart.contains(r#"<g class="now"><line x1="6.586%""#),
        "{chart}"
    );
}

#[test]
fn regions_in_other_zones_and_the_weekend_gap_of_24x5() {
    // Visitor in New York (EDT, UTC−4, all week), Monday 23 March 2026 12:00Z.
    // The week: Monday 00:00 EDT (04:00Z) + 168 hours. EMEA is read in London
    // (GMT until Sunday 29th): its 24x5 clock started Monday 00:00 GMT, before
    // the week (clipped to 0), and stops Saturday 00:00 GMT = Friday 20:00 EDT,
    // 116 hours in: 116/168 = 69.047 %.
    let html = html(
        &[("lang", "en"), ("region", "americas")],
        "America/New_York",
        "2026-03-23T12:00:00Z",
    );
    let chart = chart(&html);
    let emea = chart_row(chart, "Europe, Middle East and Africa · Europe/London");
    assert!(
        emea.contains(r#"<rect class="weekdays" x="0.000%" y="72" width="69.047%""#),
        "{emea}"
    );
    // London's Friday 09:00–17:00 GMT is 05:00–13:00 EDT: 101 hours in
    // (101/168 = 60.1190 %), ending 109 hours in (64.8809 %); positions are
    // rounded down to thousandths, so the width is 64.880 − 60.119 = 4.761 %.
    assert!(
        emea.contains(r#"<rect class="business" x="60.119%" y="72" width="4.761%" height="14"><title>Europe, Middle East and Africa: Business hours Fri 05:00–13:00</title>"#),
        "{emea}"
    );
    // Los Angeles' 06:00–17:30 PDT is 09:00–20:30 in New York.
    assert!(
        html.contains(
            "Americas (America/Los_Angeles): business hours Mon 09:00–20:30, Tue 09:00–20:30"
        ),
        "{html}"
    );
    // The 24x7 row is whole.
    assert!(
        chart.contains(r#"<rect class="around" x="0.000%" y="174" width="100.000%""#),
        "{chart}"
    );
}

#[test]
fn holidays_of_the_week_are_shaded_and_said() {
    // Visitor in Tokyo, Friday 20 November 2026 12:00 JST (03:00Z): the week
    // Friday 20th – Thursday 26th holds Monday 23rd, Labour Thanksgiving Day,
    // shaded on Japan's row from 3/7 (42.857 %) for a day (14.285 %), with no
    // business hours that day.
    let html = html(
        &[("lang", "en"), ("region", "japan")],
        "Asia/Tokyo",
        "2026-11-20T03:00:00Z",
    );
    let chart = chart(&html);
    let japan = chart_row(chart, "Japan · Asia/Tokyo");
    assert!(
        japan.contains(r#"<rect class="holiday" x="42.857%" y="140" width="14.285%" height="14"><title>Mon 2026-11-23 (Labor Thanksgiving Day)</title>"#),
        "{japan}"
    );
    assert!(!japan.contains("Business hours Mon"), "{japan}");
    assert!(japan.contains("Business hours Tue 09:00–17:30"), "{japan}");
    // The words for screen readers say the same.
    assert!(
        html.contains("Japan (Asia/Tokyo): business hours Fri 09:00–17:30, Tue 09:00–17:30, Wed 09:00–17:30, Thu 09:00–17:30; 24x5 Fri 00:00 – Sat 00:00, Mon 00:00 – Fri 00:00. Holidays: Mon 2026-11-23 (Labor Thanksgiving Day).</li>"),
        "{html}"
    );
    // Now is noon of the first day: 1/14 = 7.142 %.
    assert!(
        chart.contains(r#"<g class="now"><line x1="7.142%""#),
        "{chart}"
    );
    // The chart is decoration for assistive technology; the list is the text.
    assert!(
        chart.starts_with(r#"<svg class="chart" width="100%" height="208" aria-hidden="true""#),
        "{chart}"
    );
}

#[test]
fn the_best_and_worst_times_to_file_are_shown_in_the_visitors_time() {
    // EMEA Business P2 (2 business hours) read in London, submitted Monday
    // 12 January 2026 10:00Z (GMT). Best: right away, until 15:00 (its two
    // hours still end by 17:00). Worst: Friday 15:00:01 to the 17:00 closing,
    // answered Monday 09:00:01: 66 hours = 2 d 18 h.
    let html = html(
        &[
            ("lang", "en"),
            ("tier", "business"),
            ("region", "emea"),
            ("priority", "P2"),
            ("zone", "Europe/London"),
            ("submitted", "2026-01-12T10:00:00Z"),
        ],
        "Europe/London",
        "2026-01-01T00:00:00Z",
    );
    assert!(html.contains(r#"<div part="filing" class="filing"><h3>When to file in the next seven days</h3><p class="best">Quickest answer: file <time datetime="2026-01-12T10:00:00Z">Mon 2026-01-12 10:00–15:00</time>; it is due 2 h 0 min later.</p><p class="worst">Slowest answer: file <time datetime="2026-01-16T15:00:01Z">Fri 2026-01-16 15:00–17:00</time>; it is due 2 d 18 h later.</p></div>"#), "{html}");
}

#[test]
fn filing_time_makes_no_difference_around_the_clock_in_every_language() {
    for (lang, words) in [
        (
            "en",
            "Filing time makes no difference: the answer is due 1 h 0 min after filing.",
        ),
        (
            "fr",
            "L’heure de dépôt ne change rien : la réponse est due 1 h 0 min après le dépôt.",
        ),
        (
            "ja",
            "いつ提出しても同じです：回答期限は提出の 1時間 0分 後です。",
        ),
    ] {
        let html = html(
            &[
                ("lang", lang),
                ("tier", "business"),
                ("priority", "P1"),
                ("region", "emea"),
            ],
            "Europe/Paris",
            "2026-01-12T10:00:00Z",
        );
        assert!(html.contains(words), "{lang}: {html}");
        assert!(!html.contains("class=\"best\""), "{lang}");
    }
}
