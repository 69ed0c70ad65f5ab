//! The treaty's text: its outline (chapters, articles, terms, the
//! provisions under which a reservation or declaration may be made), an
//! article (`hanoi_convention::__private::ArticleReport`, with its Budapest counterparts) and
//! a search (`hanoi_convention::__private::SearchReport`).

use hanoi_convention::__private::{ArticleReport, Document, ProvisionRow, SearchReport, TermRow};
use hanoi_convention::treaty::{ArticleNumber, Treaty};
use serde::{Deserialize, Serialize};

use super::context::{Answer, Ask, csv_rows, csv_table, json};

#[derive(Serialize)]
struct Outline {
    treaty: String,
    articles: usize,
    /// Whether the data maps the Budapest Convention's articles to this one's.
    has_crosswalk: bool,
    chapters: Vec<ChapterOutline>,
    terms: Vec<TermRow>,
    reservable: Vec<Reservable>,
    /// The articles, as CSV.
    csv: String,
}

#[derive(Serialize)]
struct ChapterOutline {
    number: String,
    title: String,
    articles: Vec<ArticleTitle>,
}

#[derive(Serialize)]
struct ArticleTitle {
    number: ArticleNumber,
    title: String,
}

/// A provision under which a reservation or declaration may be made.
#[derive(Serialize)]
struct Reservable {
    article: ArticleNumber,
    #[serde(flatten)]
    row: ProvisionRow,
}

pub(crate) fn outline(ask: &Ask) -> Answer {
    let which = ask.treaty()?;
    let treaty = which.treaty();
    let text = treaty.text();
    let chapters: Vec<ChapterOutline> = text
        .chapters()
        .iter()
        .map(|c| ChapterOutline {
            number: c.roman(),
            title: c.title().to_string(),
            articles: text
                .articles_in(c)
                .iter()
                .map(|a| ArticleTitle {
                    number: a.number(),
                    title: a.title().to_string(),
                })
                .collect(),
        })
        .collect();
    // The definitions article's report lists the terms.
    let terms = text
        .definitions_article()
        .and_then(|d| ArticleReport::new(treaty, d.number(), &[]))
        .map_or_else(Vec::new, |a| a.terms);
    json(&Outline {
        treaty: treaty.identity().short_name().to_string(),
        articles: text.articles().len(),
        has_crosswalk: !which.crosswalk().is_empty(),
        csv: outline_csv(which.dataset().version(), &chapters)?,
        chapters,
        terms,
        reservable: reservable(treaty),
    })
}

fn reservable(treaty: &Treaty) -> Vec<Reservable> {
    treaty
        .text()
        .provisions()
        .iter()
        .filter(|p| p.kind().allows_reservation())
        .map(|p| Reservable {
            article: p.reference().article(),
            row: ProvisionRow {
                provision: p.reference().to_string(),
                kind: p.kind(),
                summary: p.summary().to_string(),
                allows_reservation: true,
            },
        })
        .collect()
}

fn outline_csv(version: &str, chapters: &[ChapterOutline]) -> Answer {
    let records: Vec<Vec<String>> = chapters
        .iter()
        .flat_map(|c| {
            c.articles.iter().map(move |a| {
                vec![
                    a.number.to_string(),
                    a.title.clone(),
                    c.number.clone(),
                    c.title.clone(),
                ]
            })
        })
        .collect();
    csv_table(
        version,
        &["article", "title", "chapter", "chapter_title"],
        &records,
    )
}

/// Which article.
#[derive(Debug, Deserialize)]
pub(crate) struct ArticleAsk {
    #[serde(flatten)]
    on: Ask,
    number: String,
}

#[derive(Serialize)]
struct ArticleAnswer<'a> {
    document: Document<ArticleReport>,
    /// The source of its title, read into its parts (`Provenance::parts`).
    sources: Vec<hanoi_convention::SourcePart<'a>>,
    /// Its provisions, as CSV.
    csv: String,
}

pub(crate) fn article(ask: &ArticleAsk) -> Answer {
    let which = ask.on.treaty()?;
    let r = which.register();
    let treaty = which.treaty();
    let n: ArticleNumber = ask.number.trim().parse().map_err(|e| format!("{e}"))?;
    let Some(report) = ArticleReport::new(treaty, n, which.crosswalk()) else {
        let count = treaty.text().articles().len();
        let expected = if count == 0 {
            "its text is not in the data".to_string()
        } else {
            format!("expected 1 to {count}")
        };
        return Err(format!(
            "the {} has no article {n}: {expected}",
            treaty.identity().short_name()
        ));
    };
    let sources = treaty
        .text()
        .article(n.get())
        .map_or_else(Vec::new, |a| a.provenance().parts());
    json(&ArticleAnswer {
        sources,
        csv: csv_rows(r.data_version(), &report.provisions)?,
        document: Document::new("article", r, report),
    })
}

/// What to search for.
#[derive(Debug, Deserialize)]
pub(crate) struct SearchAsk {
    #[serde(flatten)]
    on: Ask,
    query: String,
}

#[derive(Serialize)]
struct SearchAnswer {
    document: Document<SearchReport>,
}

pub(crate) fn search(ask: &SearchAsk) -> Answer {
    let which = ask.on.treaty()?;
    let report = SearchReport::new(which.treaty(), &ask.query);
    json(&SearchAnswer {
        document: Document::new("search", which.register(), report),
    })
}
