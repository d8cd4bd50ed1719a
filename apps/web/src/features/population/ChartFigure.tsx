import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n';
import { saveCsv, saveFile } from './format';

export interface ChartTable {
  caption: string;
  head: string[];
  /** rows as shown (formatted) */
  rows: string[][];
  /** rows for the CSV (raw numbers); the shown rows when absent */
  csv?: (string | number | null)[][];
}

/** The width available to a chart: measured when the browser can, a sensible one otherwise. */
export function useChartWidth(fallback = 720) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(fallback);
  // measured before the first paint: a slow device never shows the chart wider than its box
  useLayoutEffect(() => {
    const w = Math.floor(ref.current?.getBoundingClientRect().width ?? 0);
    if (w > 0) setWidth(w);
  }, []);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const w = Math.floor(entry?.contentRect.width ?? 0);
      if (w > 0) setWidth(w);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

/**
 * A chart with what makes it usable by everyone: a heading, a sentence saying what it shows
 * (the chart itself is an image for assistive technologies), the same data as a table behind a
 * visible toggle, and downloads of the data (CSV) and of the picture (SVG and PNG).
 */
export function ChartFigure({
  heading,
  summary,
  table,
  fileName,
  controls,
  children,
}: {
  heading: string;
  summary: string;
  table: ChartTable;
  fileName: string;
  controls?: ReactNode;
  children: (width: number) => ReactNode;
}) {
  const { t } = useI18n();
  const headingId = useId();
  const summaryId = useId();
  const { ref, width } = useChartWidth();

  /** The chart as a standalone SVG document, or null before it is drawn. */
  function svgText(): { text: string; width: number; height: number } | null {
    // the chart itself, not a legend's icon: the largest drawing in the figure
    const svg = [...(ref.current?.querySelectorAll('svg') ?? [])]
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .sort((a, b) => b.box.width * b.box.height - a.box.width * a.box.height)[0]?.el;
    if (!svg) return null;
    const copy = svg.cloneNode(true) as SVGSVGElement;
    copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    copy.setAttribute('font-family', 'Titillium Web, Arial, sans-serif');
    const box = svg.getBoundingClientRect();
    // DOMRect's sizes are getters: spreading it would copy nothing
    return {
      text: new XMLSerializer().serializeToString(copy),
      width: box.width,
      height: box.height,
    };
  }

  function downloadSvg() {
    const svg = svgText();
    if (svg) saveFile(`${fileName}.svg`, 'image/svg+xml', svg.text);
  }

  /** The same picture as PNG at twice its size on screen, on a white background. */
  function downloadPng() {
    const svg = svgText();
    if (!svg) return;
    const image = new Image();
    // a data: address, which the content security policy allows for images (blob: it does not)
    const source = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.text)}`;
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(svg.width * 2);
      canvas.height = Math.round(svg.height * 2);
      const context = canvas.getContext('2d');
      if (!context) return;
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      canvas.toBlob((blob) => {
        if (blob) saveFile(`${fileName}.png`, 'image/png', blob);
      }, 'image/png');
    };
    image.src = source;
  }

  return (
    <section aria-labelledby={headingId} className="pdz-chart mb-5">
      <h3 id={headingId} className="h4">
        {heading}
      </h3>
      <p id={summaryId} className="small mb-2">
        {summary}
      </p>
      {controls}
      <div ref={ref} role="img" aria-labelledby={summaryId} className="pdz-chart-canvas">
        {children(width)}
      </div>
      <div className="d-flex flex-wrap gap-2 my-2">
        <button
          type="button"
          className="btn btn-outline-primary btn-sm"
          onClick={() => saveCsv(`${fileName}.csv`, [table.head, ...(table.csv ?? table.rows)])}
        >
          {t('chart.downloadCsv')}
        </button>
        <button type="button" className="btn btn-outline-primary btn-sm" onClick={downloadSvg}>
          {t('chart.downloadSvg')}
        </button>
        <button type="button" className="btn btn-outline-primary btn-sm" onClick={downloadPng}>
          {t('chart.downloadPng')}
        </button>
      </div>
      <details className="pdz-chart-data">
        <summary>{t('chart.showTable')}</summary>
        <div className="table-responsive" role="region" tabIndex={0} aria-label={table.caption}>
          <table className="table table-sm">
            <caption>{table.caption}</caption>
            <thead>
              <tr>
                {table.head.map((h, i) => (
                  <th key={h} scope="col" className={i > 0 ? 'text-end' : undefined}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row[0]}>
                  {row.map((cell, i) =>
                    i === 0 ? (
                      <th key={i} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={i} className="text-end">
                        {cell}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
