import { BODY_FAMILY, HEADING_FAMILY } from './fonts';

/**
 * The page design of the plan document, in Typst. It reads the document's settings from the
 * dictionary `pdz` that `typst-source.ts` writes before it, and defines the `pdz-*` functions
 * the body calls. Everything here is fixed text: no user input is spliced into it.
 *
 * Typst notes: headings are sticky blocks (kept with what follows, so none is left alone at the
 * bottom of a page) as long as the show rules below keep the heading element itself; the cover
 * is a page of its own without header and footer, and the page counter starts after it.
 */
export const TEMPLATE = String.raw`
#let ink = rgb("#1a1a1a")
#let accent = rgb("#0b4f8a")
#let heading-ink = rgb("#17324d")
#let muted = rgb("#5c6f82")
#let rule = luma(200)
#let zebra = rgb("#f2f5f8")
#let head-fill = rgb("#dde6ef")
#let body-font = ("${BODY_FAMILY}",)
#let heading-font = ("${HEADING_FAMILY}", "${BODY_FAMILY}")

#set document(
  title: pdz.title, author: pdz.author, description: pdz.subject,
  keywords: pdz.keywords,
)
#set text(font: body-font, fallback: false, size: 10.5pt, fill: ink, lang: pdz.lang)
#set par(justify: true, leading: 0.6em, spacing: 0.95em)

// a draft says so twice on every page: across it, large and light, and as a word in the header
// (or on the cover). The diagonal mark is what a printed copy shows; text extractors cannot read
// diagonal glyphs back as a word, the header word they can.
#let draft-badge(size) = if pdz.draft {
  box(stroke: 0.8pt + rgb("#a61b29"), inset: (x: 0.4em, y: 0.25em), radius: 1.5pt, text(
    font: heading-font, weight: 700, size: size, fill: rgb("#a61b29"), tracking: 0.08em, pdz.mark,
  ))
}
#let draft-mark = if pdz.draft {
  place(center + horizon, rotate(-54deg, text(
    font: heading-font, weight: 700, size: 118pt, fill: luma(0, 9%), tracking: 0.06em, pdz.mark,
  )))
}

#let side-margin = 2.3cm
#set page(
  paper: "a4",
  margin: (top: 2.6cm, bottom: 2.4cm, x: side-margin),
  foreground: draft-mark,
  // the numbering is not printed (the footer writes the number) but becomes the PDF's page
  // labels, so that a viewer calls a page what its footer says; the cover has none
  numbering: "1",
  header: {
    set text(8.5pt, fill: muted)
    set par(justify: false)
    grid(
      columns: (1fr, auto), column-gutter: 1em, align: (left + bottom, right + bottom),
      pdz.header, draft-badge(7.5pt),
    )
    v(-0.55em)
    line(length: 100%, stroke: 0.5pt + rule)
  },
  footer: context {
    set text(8.5pt, fill: muted)
    set par(justify: false)
    let total = counter(page).final().first()
    grid(
      columns: (1fr, auto), column-gutter: 1.5em, align: (left + bottom, right + bottom),
      query(<pdz-footer>).at(0, default: (value: "")).value,
      pdz.page-label + " " + counter(page).display() + " " + pdz.page-of + " " + str(total),
    )
  },
)

// headings: Titillium Web, chapters on a new page
#show heading: set text(font: heading-font, fill: heading-ink, hyphenate: false)
#show heading: set par(justify: false)
#show heading.where(level: 1): set text(21pt, weight: 700)
#show heading.where(level: 1): set block(above: 0pt, below: 1.1em)
#show heading.where(level: 1): it => { pagebreak(weak: true); it }
#show heading.where(level: 2): set text(14.5pt, weight: 700)
#show heading.where(level: 2): set block(above: 1.7em, below: 0.8em)
#show heading.where(level: 3): set text(12pt, weight: 600)
#show heading.where(level: 3): set block(above: 1.4em, below: 0.7em)
#show heading.where(level: 4): set text(10.5pt, weight: 600, fill: accent)
#show heading.where(level: 4): set block(above: 1.2em, below: 0.6em)

// table of contents
#show outline.entry.where(level: 1): set block(above: 1.1em)
#show outline.entry.where(level: 1): set text(weight: 600)
#show outline.entry: set par(justify: false)

#show link: it => underline(stroke: 0.5pt + accent, offset: 1.5pt, text(fill: accent, it))
#show raw: set text(font: body-font, size: 1.25em)
#show raw.where(block: true): it => block(
  width: 100%, fill: luma(244), inset: 8pt, radius: 2pt, stroke: 0.5pt + rule, it,
)
#show raw.where(block: false): it => box(
  fill: luma(238), inset: (x: 2pt), outset: (y: 2pt), radius: 1.5pt, it,
)
// the quote keeps its tag for screen readers; only its look changes
#show quote.where(block: true): it => block(
  stroke: (left: 2pt + rule), inset: (left: 10pt, y: 3pt), text(style: "italic", it.body),
)
#set list(indent: 0.4em, marker: ([•], [–], [◦]))
#set enum(indent: 0.4em)

// figures: caption above, no numbering (captions are written by the plan), tables may break
#set figure(numbering: none, gap: 0.6em)
#show figure: set block(breakable: true, above: 1.5em, below: 1.4em)
#show figure: set align(left)
#show figure.caption: set align(left)
#show figure.caption: set par(justify: false)
#let caption-text(body) = text(font: heading-font, weight: 600, size: 10.5pt, fill: heading-ink, body)
#show figure.caption: it => caption-text(it)
#set figure.caption(position: top)
#show table: set par(justify: false)
#show table: set block(breakable: true)

#let pdz-cover(cover) = page(header: none, footer: none, numbering: none, margin: (x: 2.3cm, top: 2.3cm, bottom: 2.3cm), {
  set par(justify: false)
  grid(
    columns: (1fr, auto), column-gutter: 1em, align: (left + bottom, right + bottom),
    text(font: heading-font, weight: 600, size: 13pt, fill: accent, cover.district),
    draft-badge(11pt),
  )
  v(-0.3em)
  line(length: 100%, stroke: 1.2pt + accent)
  v(1fr)
  text(font: heading-font, weight: 700, size: 30pt, fill: heading-ink, cover.title)
  v(0.2em)
  text(size: 16pt, fill: ink, cover.subtitle)
  v(1.6em)
  grid(
    columns: (auto, 1fr), column-gutter: 1.2em, row-gutter: 0.75em,
    ..cover.facts.map(f => (text(fill: muted, f.at(0)), text(weight: 600, f.at(1)))).flatten(),
  )
  v(2fr)
  block(
    width: 100%, inset: (x: 10pt, y: 8pt), fill: zebra, stroke: (left: 3pt + accent),
    text(weight: 600, cover.status),
  )
})

#let pdz-note(body) = block(
  width: 100%, breakable: false, inset: 8pt, radius: 2pt,
  fill: rgb("#f4f7fb"), stroke: 0.6pt + rgb("#a9bdd3"),
  text(9.5pt, body),
)

// tables: header row repeated on every page, figures right-aligned, light zebra, bold totals;
// the column widths come from table-layout.ts
#let pdz-table(caption, columns, widths, rows, totals, legend, empty, size: 9pt, landscape: false, keep: false) = {
  let n = columns.len()
  let aligns = columns.map(c => if c.numeric { right } else { left })
  // without rows there is no table: a figure of kind table holding only text would be taken
  // for an image, and PDF/A would then demand an alternative text for it
  if n == 0 or rows.len() == 0 {
    return block(breakable: false, above: 1.2em, {
      if caption != "" { block(below: 0.6em, caption-text(caption)) }
      text(style: "italic", fill: muted, if empty != none { empty })
    })
  }
  set text(size)
  let body = table(
    columns: widths,
    align: (x, y) => aligns.at(x) + horizon,
    inset: (x: 5pt, y: 3.6pt),
    stroke: (x, y) => if y == 0 { (bottom: 0.8pt + heading-ink) },
    fill: (x, y) => if y == 0 { head-fill } else if calc.even(y) { zebra },
    table.header(repeat: true, ..columns.map(c => text(weight: 700, c.label))),
    ..rows.flatten(),
    ..if totals != none {
      (table.hline(stroke: 0.8pt + heading-ink), ..totals.map(t => text(weight: 700, t)))
    },
  )
  let shown = figure(kind: table, caption: if caption != "" { caption }, {
    body
    if legend.len() > 0 {
      v(-0.3em)
      block(text(8pt, fill: muted, legend.map(l => l.at(0) + " = " + l.at(1)).join("; ")))
    }
  })
  // too wide for a portrait page: a landscape one of its own, header and footer as the others
  if landscape { page(flipped: true, shown) } else if keep { block(breakable: false, shown) } else { shown }
}

// label–value pairs of an objective sheet
#let pdz-fields(caption, rows, keep: false) = block(breakable: not keep, {
  set text(9pt)
  figure(kind: table, caption: if caption != "" { caption }, table(
  columns: (32%, 1fr),
  inset: (x: 5pt, y: 4.5pt),
  stroke: (x, y) => (bottom: 0.5pt + rule),
  fill: (x, y) => if x == 0 { zebra },
  ..rows.map(r => (text(weight: 600, r.at(0)), r.at(1))).flatten(),
  ))
})
`;
