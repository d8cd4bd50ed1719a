import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  XAxis,
  YAxis,
} from 'recharts';
import type { PopulationPyramid } from '@pdz/core';

/** Colours with at least 3:1 contrast on white (WCAG non-text contrast). */
export const palette = {
  males: '#0059b3',
  females: '#a6005b',
  lines: ['#0059b3', '#a6005b', '#1a7340', '#8a4b00'],
  bar: '#0059b3',
  reference: '#5c2f00',
  grid: '#c5c7c9',
  text: '#3d4a57',
};

const tick = { fill: palette.text, fontSize: 12 };

/** 3,972 → 4,000; 870 → 1,000; 0.8 → 1: a round axis end, halves included. */
export function niceCeiling(n: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(n));
  const steps = [1, 2, 2.5, 4, 5, 10];
  return (steps.find((s) => s * magnitude >= n) ?? 10) * magnitude;
}

/** Males to the left (as negative values), females to the right, oldest band on top. */
export function PyramidChart({
  bands,
  width,
  labels,
  fmt,
}: {
  bands: PopulationPyramid['bands'];
  width: number;
  labels: { males: string; females: string };
  fmt: (n: number) => string;
}) {
  const data = [...bands]
    .reverse()
    .map((b) => ({ band: b.code, males: -b.males, females: b.females }));
  const max = niceCeiling(Math.max(1, ...bands.map((b) => Math.max(b.males, b.females))));
  return (
    <BarChart
      width={width}
      height={Math.max(320, data.length * 20 + 60)}
      data={data}
      layout="vertical"
      stackOffset="sign"
      barCategoryGap={1}
      accessibilityLayer={false}
      margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
    >
      <CartesianGrid stroke={palette.grid} horizontal={false} />
      <XAxis
        type="number"
        domain={[-max, max]}
        ticks={[-max, -max / 2, 0, max / 2, max]}
        tick={tick}
        tickFormatter={(v: number) => fmt(Math.abs(v))}
      />
      <YAxis type="category" dataKey="band" tick={tick} width={56} interval={0} />
      <Legend />
      <ReferenceLine x={0} stroke={palette.text} />
      <Bar
        dataKey="males"
        name={labels.males}
        stackId="p"
        fill={palette.males}
        isAnimationActive={false}
      />
      <Bar
        dataKey="females"
        name={labels.females}
        stackId="p"
        fill={palette.females}
        isAnimationActive={false}
      />
    </BarChart>
  );
}

export function TrendsChart({
  data,
  series,
  width,
  fmt,
}: {
  data: Record<string, number | null>[];
  series: { key: string; label: string }[];
  width: number;
  fmt: (n: number) => string;
}) {
  return (
    <LineChart
      width={width}
      height={320}
      data={data}
      accessibilityLayer={false}
      margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
    >
      <CartesianGrid stroke={palette.grid} />
      <XAxis dataKey="year" tick={tick} />
      <YAxis tick={tick} tickFormatter={(v: number) => fmt(v)} width={56} />
      <Legend />
      {series.map((s, i) => (
        <Line
          key={s.key}
          dataKey={s.key}
          name={s.label}
          stroke={palette.lines[i % palette.lines.length]}
          strokeWidth={2}
          dot={{ r: 3 }}
          isAnimationActive={false}
          connectNulls
        />
      ))}
    </LineChart>
  );
}

/** One bar per municipality; the district's value as a reference line. */
export function ComparisonChart({
  data,
  label,
  reference,
  width,
  fmt,
}: {
  data: { name: string; value: number | null }[];
  label: string;
  reference: number | null;
  width: number;
  fmt: (n: number) => string;
}) {
  return (
    <BarChart
      width={width}
      height={Math.max(280, data.length * 28 + 60)}
      data={data}
      layout="vertical"
      accessibilityLayer={false}
      margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
    >
      <CartesianGrid stroke={palette.grid} horizontal={false} />
      <XAxis type="number" tick={tick} tickFormatter={(v: number) => fmt(v)} />
      <YAxis
        type="category"
        dataKey="name"
        tick={tick}
        width={Math.min(200, width / 3)}
        interval={0}
      />
      <Legend />
      <Bar dataKey="value" name={label} fill={palette.bar} isAnimationActive={false} />
      {reference !== null && (
        <ReferenceLine
          x={reference}
          stroke={palette.reference}
          strokeWidth={2}
          strokeDasharray="6 3"
        />
      )}
    </BarChart>
  );
}

/** Residents per social worker by year, with the three LEPS thresholds as lines. */
export function LepsChart({
  data,
  label,
  width,
  fmt,
}: {
  data: { year: number; value: number | null }[];
  label: string;
  width: number;
  fmt: (n: number) => string;
}) {
  const max = Math.max(7000, ...data.map((d) => d.value ?? 0));
  return (
    <BarChart
      width={Math.min(width, 640)}
      height={260}
      data={data}
      accessibilityLayer={false}
      margin={{ top: 8, right: 64, bottom: 8, left: 8 }}
    >
      <CartesianGrid stroke={palette.grid} vertical={false} />
      <XAxis dataKey="year" tick={tick} />
      <YAxis
        tick={tick}
        domain={[0, Math.ceil(max / 1000) * 1000]}
        tickFormatter={(v: number) => fmt(v)}
        width={56}
      />
      <Legend />
      <Bar dataKey="value" name={label} fill={palette.bar} isAnimationActive={false} />
      {[6500, 5000, 4000].map((n, i) => (
        <ReferenceLine
          key={n}
          y={n}
          stroke={palette.lines[(i + 1) % palette.lines.length]}
          strokeDasharray="6 3"
          label={{ value: `1:${fmt(n)}`, position: 'right', fill: palette.text, fontSize: 12 }}
        />
      ))}
    </BarChart>
  );
}
