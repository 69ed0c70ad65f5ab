//! The world map of the participants' standing on a day, drawn by the
//! library (`chart::map_svg`, or `chart::map_chart_in` in
//! `chart::Layout::Narrow` for a phone), with the days the page's slider
//! runs over: from the opening for signature to the data's last day.

use hanoi_convention::chart::{Layout, map_chart_in, map_svg};
use hanoi_convention::{Date, Language};
use serde::{Deserialize, Serialize};

use super::context::{Answer, Ask, json};

/// The treaty, day and data, the language of the names in the
/// participants' titles (English when empty), and the layout (`narrow` for
/// a phone; the wide one otherwise).
#[derive(Debug, Deserialize)]
pub(crate) struct MapAsk {
    #[serde(flatten)]
    on: Ask,
    #[serde(default)]
    lang: String,
    #[serde(default)]
    narrow: bool,
}

#[derive(Serialize)]
struct MapAnswer {
    svg: String,
    day: Date,
    /// The slider's first day: the opening for signature (or the
    /// adoption, where that came later).
    opens: Date,
    /// Its last day: the data's as-of date.
    data_as_of: Date,
    data_version: String,
}

pub(crate) fn map(ask: &MapAsk) -> Answer {
    let r = ask.on.register()?;
    let on = ask.on.on_day(&r)?;
    let language = if ask.lang.is_empty() {
        Language::En
    } else {
        ask.lang.parse().map_err(|e| format!("{e}"))?
    };
    let t = r.treaty();
    json(&MapAnswer {
        svg: if ask.narrow {
            map_chart_in(&on, language, Layout::Narrow).to_svg()
        } else {
            map_svg(&on, language)
        },
        day: on.day(),
        opens: t.rules().signature().opens().max(t.identity().adopted_on()),
        data_as_of: r.as_of(),
        data_version: r.data_version().to_string(),
    })
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    fn ask(request: Value) -> Value {
        serde_json::from_str(&super::super::answer(&request.to_string())).expect("JSON")
    }

    #[test]
    fn the_map_of_a_day_with_its_slider_range() {
        let a = ask(json!({ "ask": "map", "treaty": "hanoi", "day": "2025-12-01", "lang": "fr" }));
        let svg = a["svg"].as_str().unwrap();
        assert!(svg.contains(r#"data-code="FJI" data-status="unknown""#));
        assert!(svg.contains("<title>Allemagne: "));
        assert_eq!(a["day"], "2025-12-01");
        assert_eq!(a["opens"], "2025-10-25");
        let b = ask(json!({ "ask": "map", "treaty": "budapest" }));
        assert_eq!(b["day"], b["data_as_of"]);
        assert_eq!(b["opens"], "2001-11-23");
        assert!(ask(json!({ "ask": "map", "day": "2020-01-01" }))["error"].is_string());
        assert!(ask(json!({ "ask": "map", "lang": "de" }))["error"].is_string());
        let phone = ask(json!({ "ask": "map", "day": "2025-12-01", "narrow": true }));
        let narrow = phone["svg"].as_str().unwrap();
        assert!(narrow.contains(r#"viewBox="0 0 400 "#) && !svg.contains(r#"viewBox="0 0 400 "#));
        assert!(narrow.contains(r#"data-code="FJI" data-status="unknown""#));
    }
}
