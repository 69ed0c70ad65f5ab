//! A small SVG drawing: shapes, and text whose box is estimated from its
//! length and size, so that a chart can keep labels inside the drawing and
//! apart, and tests can check it.

use std::fmt::Write as _;

/// Where a text is anchored on its x coordinate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Anchor {
    Start,
    Middle,
    End,
}

/// The estimated box of one text element: left, top, right, bottom.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TextBox {
    /// The text.
    pub text: String,
    /// Left edge.
    pub left: f64,
    /// Top edge.
    pub top: f64,
    /// Right edge.
    pub right: f64,
    /// Bottom edge.
    pub bottom: f64,
}

impl TextBox {
    /// True when the two boxes share any area.
    pub fn overlaps(&self, other: &TextBox) -> bool {
        self.left < other.right
            && other.left < self.right
            && self.top < other.bottom
            && other.top < self.bottom
    }
}

/// The width of `text` at `size` pixels in a sans-serif face: an estimate
/// that errs wide (wide characters, such as Chinese, count double).
pub(crate) fn text_width(text: &str, size: f64) -> f64 {
    let units: f64 = text
        .chars()
        .map(|c| {
            if c.is_ascii_uppercase() || c == 'm' || c == 'w' {
                0.72
            } else if c.is_ascii() {
                0.56
            } else if (c as u32) >= 0x2E80 {
                1.0
            } else {
                0.62
            }
        })
        .sum();
    units * size
}

/// `text` in lines no wider than `room` at `size`, broken between words.
pub(crate) fn wrap(text: &str, size: f64, room: f64) -> Vec<String> {
    let fits = |s: &str| Drawing::measure(s, 0.0, 0.0, size, Anchor::Start).right <= room;
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(last) if fits(&format!("{last} {word}")) => {
                last.push(' ');
                last.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

/// An SVG drawing, with the boxes of its texts (and of the lines labels
/// must keep off).
#[derive(Debug, Clone)]
pub struct Drawing {
    width: f64,
    height: f64,
    title: String,
    body: String,
    texts: Vec<TextBox>,
    /// Lines of data that labels must not cover.
    obstacles: Vec<TextBox>,
}

/// Text escaped for XML.
pub(crate) fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

impl Drawing {
    pub(crate) fn new(width: f64, height: f64, title: &str) -> Drawing {
        let mut d = Drawing {
            width,
            height,
            title: title.to_string(),
            body: String::new(),
            texts: Vec::new(),
            obstacles: Vec::new(),
        };
        d.raw(&format!(
            r#"<rect width="{width}" height="{height}" fill="white"/>"#
        ));
        d
    }

    /// The drawing's width and height.
    pub fn size(&self) -> (f64, f64) {
        (self.width, self.height)
    }

    /// Every text element's estimated box, in drawing order (for the
    /// crate's own tests: not public API).
    #[doc(hidden)]
    pub fn texts(&self) -> &[TextBox] {
        &self.texts
    }

    /// The areas texts keep off: the lines of a chart's data, the land of
    /// a map (with a margin of a few pixels). For the crate's own tests:
    /// not public API.
    #[doc(hidden)]
    pub fn obstacles(&self) -> &[TextBox] {
        &self.obstacles
    }

    pub(crate) fn raw(&mut self, element: &str) {
        self.body.push_str(element);
        self.body.push('\n');
    }

    /// The box `text` would take at (`x`, `y`), `y` its baseline.
    pub(crate) fn measure(text: &str, x: f64, y: f64, size: f64, anchor: Anchor) -> TextBox {
        let w = text_width(text, size);
        let left = match anchor {
            Anchor::Start => x,
            Anchor::Middle => x - w / 2.0,
            Anchor::End => x - w,
        };
        TextBox {
            text: text.to_string(),
            left,
            top: y - size * 0.8,
            right: left + w,
            bottom: y + size * 0.25,
        }
    }

    /// Whether `text` at (`x`, `y`) would lie inside the drawing and off
    /// every text drawn so far.
    pub(crate) fn fits(&self, text: &str, x: f64, y: f64, size: f64, anchor: Anchor) -> bool {
        let b = Drawing::measure(text, x, y, size, anchor);
        b.left >= 0.0
            && b.top >= 0.0
            && b.right <= self.width
            && b.bottom <= self.height
            && !self.texts.iter().chain(&self.obstacles).any(|t| t.overlaps(&b))
    }

    /// The first of `candidates` (x, y, anchor) where `text` fits, else the
    /// first of them moved inside the drawing.
    pub(crate) fn place(
        &self,
        text: &str,
        size: f64,
        candidates: &[(f64, f64, Anchor)],
    ) -> (f64, f64, Anchor) {
        if let Some(&c) = candidates.iter().find(|c| self.fits(text, c.0, c.1, size, c.2)) {
            return c;
        }
        let (x, y, anchor) = candidates.first().copied().unwrap_or((0.0, size, Anchor::Start));
        let b = Drawing::measure(text, x, y, size, anchor);
        // Moved a pixel further in than the edge, against rounding.
        let dx = if b.left < 0.0 {
            1.0 - b.left
        } else if b.right > self.width {
            self.width - b.right - 1.0
        } else {
            0.0
        };
        (x + dx, y.clamp(size, self.height - size * 0.3), anchor)
    }

    /// Marks the segment from (`x1`, `y1`) to (`x2`, `y2`) as data that
    /// labels keep off (with a margin of a few pixels).
    pub(crate) fn obstacle(&mut self, x1: f64, y1: f64, x2: f64, y2: f64) {
        let m = 2.0;
        self.obstacles.push(TextBox {
            text: String::new(),
            left: x1.min(x2) - m,
            top: y1.min(y2) - m,
            right: x1.max(x2) + m,
            bottom: y1.max(y2) + m,
        });
    }

    /// A text element; `attrs` are extra attributes (fill, weight).
    pub(crate) fn text(&mut self, text: &str, x: f64, y: f64, size: f64, anchor: Anchor, attrs: &str) {
        let a = match anchor {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        };
        self.raw(&format!(
            r#"<text x="{x:.1}" y="{y:.1}" font-size="{size}" text-anchor="{a}"{}{attrs}>{}</text>"#,
            if attrs.is_empty() { "" } else { " " },
            escape(text)
        ));
        self.texts.push(Drawing::measure(text, x, y, size, anchor));
    }

    /// The SVG document.
    pub fn to_svg(&self) -> String {
        let title = &self.title;
        let mut s = String::new();
        let (w, h) = (self.width, self.height);
        let _ = writeln!(
            s,
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="Helvetica, Arial, sans-serif" role="img" aria-label="{}">"#,
            escape(title)
        );
        let _ = writeln!(s, "<title>{}</title>", escape(title));
        s.push_str(&self.body);
        s.push_str("</svg>\n");
        s
    }
}
