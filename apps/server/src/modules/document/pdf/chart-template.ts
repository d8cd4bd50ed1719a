/**
 * The chart functions of the plan document, in Typst: vector graphics drawn with Typst's own
 * shapes (lines, rectangles, placed labels), which print sharply and need no image. Colours
 * differ in lightness, lines in dash and marker too, so a black-and-white copy of the plan still
 * tells the series apart. The axes and the formatted figures come from typst-charts.ts.
 */
export const CHART_TEMPLATE = String.raw`
#let pdz-palette = (rgb("#0b4f8a"), rgb("#e08a2e"), rgb("#3a9a6a"), rgb("#8e5ea2"), rgb("#b03a48"), rgb("#7b8794"))
#let pdz-dashes = ("solid", "dashed", "dotted", "dash-dotted")
#let pdz-color(i) = pdz-palette.at(calc.rem(i, pdz-palette.len()))
#let tick-text(s) = text(7.5pt, fill: muted, hyphenate: false, s)

#let pdz-marker(i) = box(width: 5pt, height: 5pt, align(center + horizon, {
  let k = calc.rem(i, 4)
  let color = pdz-color(i)
  if k == 0 { circle(radius: 2.3pt, fill: color) }
  else if k == 1 { square(size: 4.4pt, fill: color) }
  else if k == 2 { rotate(45deg, square(size: 3.9pt, fill: color)) }
  else { polygon.regular(vertices: 3, size: 6pt, fill: color) }
}))

#let pdz-legend(labels, swatch) = {
  set par(justify: false)
  text(8pt, labels.enumerate().map(((i, l)) => box(swatch(i) + h(3pt) + l)).join(h(1.4em)))
}
#let line-swatch(i) = box(width: 16pt, height: 6pt, {
  place(horizon, line(length: 100%, stroke: (paint: pdz-color(i), thickness: 1.4pt, dash: pdz-dashes.at(calc.rem(i, 4)))))
  place(center + horizon, pdz-marker(i))
})
#let bar-swatch(i) = box(width: 9pt, height: 7pt, fill: pdz-color(i))

// the frame of lines and bars: value labels on the left, light rules, category labels below
#let pdz-axes(axis, unit, legend, height, categories, plot) = context {
  let label-w = calc.max(0pt, ..axis.ticks.map(t => measure(tick-text(t.label)).width))
  let y(v) = (1 - (v - axis.min) / (axis.max - axis.min)) * height
  let n = calc.max(1, categories.len())
  let every = calc.max(1, calc.ceil(n / 12))
  grid(
    columns: (label-w, 1fr), column-gutter: 5pt, row-gutter: (1.2em, 4pt),
    grid.cell(colspan: 2, grid(
      columns: (auto, 1fr), column-gutter: 1em, align: (left + bottom, right + bottom),
      tick-text(unit), legend,
    )),
    box(width: label-w, height: height, for t in axis.ticks {
      place(top + right, dy: y(t.value) - 0.45em, tick-text(t.label))
    }),
    box(width: 100%, height: height, {
      for t in axis.ticks {
        place(top + left, line(start: (0%, y(t.value)), end: (100%, y(t.value)), stroke: 0.4pt + rule))
      }
      let base = if axis.min <= 0 and axis.max >= 0 { y(0.0) } else { height }
      place(top + left, line(start: (0%, base), end: (100%, base), stroke: 0.7pt + muted))
      plot(y)
    }),
    [],
    box(width: 100%, height: 2.2em, for (j, c) in categories.enumerate() {
      if calc.rem(j, every) == 0 {
        place(top + center, dx: (j + 0.5) / n * 100% - 50%,
          box(width: 100% / n * every, align(center, tick-text(c))))
      }
    }),
  )
}

#let pdz-lines(categories, series, axis, unit) = {
  let n = calc.max(1, categories.len())
  let x(j) = (j + 0.5) / n * 100%
  let legend = if series.len() > 1 { pdz-legend(series.map(s => s.label), line-swatch) }
  pdz-axes(axis, unit, legend, 5.4cm, categories, y => for (i, s) in series.enumerate() {
    let stroke = (paint: pdz-color(i), thickness: 1.4pt, dash: pdz-dashes.at(calc.rem(i, 4)))
    for j in range(s.values.len() - 1) {
      let (a, b) = (s.values.at(j), s.values.at(j + 1))
      if a != none and b != none {
        place(top + left, line(start: (x(j), y(a)), end: (x(j + 1), y(b)), stroke: stroke))
      }
    }
    for (j, v) in s.values.enumerate() {
      if v != none { place(top + left, dx: x(j) - 2.5pt, dy: y(v) - 2.5pt, pdz-marker(i)) }
    }
  })
}

#let pdz-bars(categories, series, axis, unit) = {
  let n = calc.max(1, categories.len())
  let m = calc.max(1, series.len())
  let group = 100% / n
  let bar = group * 0.76 / m
  let legend = if series.len() > 1 { pdz-legend(series.map(s => s.label), bar-swatch) }
  pdz-axes(axis, unit, legend, 5.4cm, categories, y => for (i, s) in series.enumerate() {
    for (j, v) in s.values.enumerate() {
      if v != none {
        place(top + left, dx: group * j + group * 0.12 + bar * i, dy: calc.min(y(v), y(0.0)),
          rect(width: bar, height: calc.abs(y(v) - y(0.0)), fill: pdz-color(i), stroke: 0.4pt + white))
      }
    }
  })
}

// horizontal bars, for many categories or long names (the municipalities of a district): one
// row per category, the figure written at the end of each bar, light rules at the ticks
#let pdz-hbars(categories, series, axis, unit, label-width) = {
  let m = calc.max(1, series.len())
  let bar-h = if m == 1 { 8.5pt } else { calc.max(4pt, 15pt / m) }
  let frac(v) = (v - axis.min) / (axis.max - axis.min)
  let row-h = m * bar-h + (m - 1) * 1pt + 4pt
  let rules = for t in axis.ticks {
    place(top + left, dx: frac(t.value) * 100%, line(length: row-h, angle: 90deg, stroke: 0.4pt + rule))
  }
  let cells = ()
  for (j, c) in categories.enumerate() {
    cells.push(box(width: label-width, text(8pt, hyphenate: false, c)))
    cells.push(box(width: 100%, height: row-h, inset: (y: 2pt), {
      rules
      stack(spacing: 1pt, ..series.enumerate().map(((i, s)) => {
        let v = s.values.at(j, default: none)
        if v == none { box(height: bar-h) } else {
          box(width: frac(v) * 100%, height: bar-h, fill: pdz-color(i))
          h(3pt)
          box(height: bar-h, align(horizon, text(7pt, fill: muted, s.labels.at(j))))
        }
      }))
    }))
  }
  let scale = box(width: 100%, height: 1.1em, for t in axis.ticks {
    place(top + center, dx: (frac(t.value) - 0.5) * 100%, tick-text(t.label))
  })
  let legend = if series.len() > 1 { pdz-legend(series.map(s => s.label), bar-swatch) }
  grid(
    columns: (label-width, 1fr), column-gutter: 6pt, row-gutter: 0pt,
    align: (right + horizon, left + horizon),
    grid.cell(colspan: 2, inset: (bottom: 0.8em), grid(
      columns: (auto, 1fr), column-gutter: 1em, align: (left + bottom, right + bottom),
      tick-text(unit), legend,
    )),
    ..cells,
    [], grid.cell(inset: (top: 3pt), stroke: (top: 0.7pt + muted), scale),
  )
}

// age pyramid: bands from top to bottom in the order given (the builder puts the oldest first),
// the left series to the left, the right to the right
#let pdz-pyramid(categories, left-series, right-series, axis) = {
  let n = categories.len()
  let bar-h = if n > 16 { 6.5pt } else if n > 10 { 8.5pt } else { 11pt }
  let frac(v) = calc.abs(v) / axis.max
  let cells = ()
  for j in range(n) {
    let (a, b) = (left-series.values.at(j, default: none), right-series.values.at(j, default: none))
    cells.push(if a != none { box(width: frac(a) * 100%, height: bar-h, fill: pdz-color(0)) })
    cells.push(tick-text(categories.at(j)))
    cells.push(if b != none { box(width: frac(b) * 100%, height: bar-h, fill: pdz-color(1)) })
  }
  let scale(side) = box(width: 100%, height: 1.1em, for t in axis.ticks.filter(t => t.value > 0) {
    let f = frac(t.value)
    place(top + center, dx: if side == "left" { (0.5 - f) * 100% } else { (f - 0.5) * 100% }, tick-text(t.label))
  })
  pad(x: 1.2em, grid(
    columns: (1fr, auto, 1fr), column-gutter: 6pt, row-gutter: 1.6pt,
    align: (right + horizon, center + horizon, left + horizon),
    text(8pt, box(bar-swatch(0)) + h(3pt) + left-series.label), [], text(8pt, box(bar-swatch(1)) + h(3pt) + right-series.label),
    grid.cell(colspan: 3, v(2pt)),
    ..cells,
    grid.hline(stroke: 0.7pt + muted),
    scale("left"), [], scale("right"),
  ))
}
`;
