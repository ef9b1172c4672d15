// One small SVG chart for the app's three pictures (the month trend, monthly volumes, survey answers): categories along
// an axis, stacked bars, and an optional percent line on a second axis. Drawn in-house because a chart library was a third of
// the dashboard's JavaScript on a phone; the table beside each chart carries the same figures for keyboards and screen
// readers, so the drawing is a picture only (its box is aria-hidden) and a <title> per mark is the mouse's tooltip.
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { PERCENT_TICKS, fitLabel, labelWidth, niceTicks, visibleLabelIndexes } from './chart-scale';
import './bar-line-chart.css';

export interface ChartSeries {
  key: string;
  name: string;
  /** At least 3:1 against white. */
  colour: string;
  /** One per category, in order; null where there is no figure (no bar, and the line passes over it). */
  values: readonly (number | null)[];
}

export interface BarLineChartProps {
  categories: readonly string[];
  /** Stacked in this order from the axis; a single series is a plain bar. */
  bars: readonly ChartSeries[];
  /** A percentage (0–100) on a right-hand axis of its own. */
  line?: ChartSeries;
  /** Categories down the side, one row each with its label above the bar: for long labels such as survey questions. */
  horizontal?: boolean;
  /** Makes every bar segment a click target. */
  onBarClick?: (categoryIndex: number, seriesKey: string) => void;
}

type DrawProps = BarLineChartProps & { width: number };

// Text stays at these sizes at every width (no viewBox scaling), so a phone's labels are as readable as a desk's.
const TICK_FONT = 12;
const CATEGORY_FONT = 13;
/** Height of the drawing with categories across; the HTML legend below adds its own line or two. */
const HEIGHT = 230;
const TOP = 10;
const AXIS_BAND = 22;
/** A horizontal chart's row: its label, then its bar. */
const ROW = 46;
const BAR_THICKNESS = 18;

const numberText = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));
const stackTotal = (bars: readonly ChartSeries[], i: number) => bars.reduce((sum, s) => sum + (s.values[i] ?? 0), 0);

/** The container's width in px, followed as it changes (a phone turned, a window resized). */
function useWidth(ref: RefObject<HTMLDivElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    // Read once before the first paint so the chart never flashes at a wrong size.
    setWidth(Math.floor(box.clientWidth));
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

export function BarLineChart(props: BarLineChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useWidth(ref);
  return (
    <div className="bar-line-chart" ref={ref}>
      {width > 0 && (props.horizontal ? <Rows {...props} width={width} /> : <Columns {...props} width={width} />)}
      <Legend bars={props.bars} line={props.line} />
    </div>
  );
}

/** The stacked segments of one category; `place` turns a run along the value axis into a rectangle. */
function Stack({
  index,
  category,
  bars,
  onBarClick,
  place,
}: {
  index: number;
  category: string;
  bars: readonly ChartSeries[];
  onBarClick: BarLineChartProps['onBarClick'];
  place: (from: number, to: number) => { x: number; y: number; width: number; height: number };
}) {
  let base = 0;
  return bars.map((series) => {
    const value = series.values[index];
    if (value === null || value === undefined || value <= 0) return null;
    const from = base;
    base += value;
    return (
      <rect
        key={series.key}
        {...place(from, base)}
        fill={series.colour}
        className={onBarClick ? 'chart-bar is-clickable' : 'chart-bar'}
        data-series={series.key}
        data-index={index}
        onClick={onBarClick ? () => onBarClick(index, series.key) : undefined}
      >
        <title>{`${category} · ${series.name}: ${numberText(value)}`}</title>
      </rect>
    );
  });
}

/** Categories across (months), values up; the line's percent axis on the right. */
function Columns({ categories, bars, line, onBarClick, width }: DrawProps) {
  const ticks = niceTicks(Math.max(0, ...categories.map((_, i) => stackTotal(bars, i))));
  const top = ticks[ticks.length - 1] ?? 1;
  const left = Math.max(...ticks.map((t) => labelWidth(String(t), TICK_FONT))) + 10;
  const right = line ? labelWidth('100%', TICK_FONT) + 10 : 8;
  const plotWidth = Math.max(0, width - left - right);
  const bottom = HEIGHT - AXIS_BAND;
  const plotHeight = bottom - TOP;
  const slot = categories.length > 0 ? plotWidth / categories.length : plotWidth;
  const barWidth = Math.min(48, slot * 0.7);
  const centre = (i: number) => left + slot * i + slot / 2;
  const y = (value: number, scaleTop: number) => bottom - (value / scaleTop) * plotHeight;
  const widest = Math.max(0, ...categories.map((c) => labelWidth(c, TICK_FONT)));
  const points = line ? line.values.flatMap((v, i) => (v === null ? [] : [{ i, v, x: centre(i), y: y(v, 100) }])) : [];
  return (
    <svg width={width} height={HEIGHT}>
      {ticks.map((t) => (
        <g key={t}>
          <line className="chart-grid" x1={left} x2={left + plotWidth} y1={y(t, top)} y2={y(t, top)} />
          <text className="chart-tick" x={left - 6} y={y(t, top)} textAnchor="end" dominantBaseline="middle">
            {t}
          </text>
        </g>
      ))}
      {line &&
        PERCENT_TICKS.map((t) => (
          <text key={t} className="chart-tick" x={left + plotWidth + 6} y={y(t, 100)} dominantBaseline="middle">
            {`${t}%`}
          </text>
        ))}
      <line className="chart-axis" x1={left} x2={left + plotWidth} y1={bottom} y2={bottom} />
      {categories.map((category, i) => (
        <Stack
          key={i}
          index={i}
          category={category}
          bars={bars}
          onBarClick={onBarClick}
          place={(from, to) => ({ x: centre(i) - barWidth / 2, y: y(to, top), width: barWidth, height: y(from, top) - y(to, top) })}
        />
      ))}
      {visibleLabelIndexes(categories.length, slot, widest).map((i) => {
        const half = labelWidth(categories[i] ?? '', TICK_FONT) / 2;
        // Kept inside the drawing at both ends, so the first and last month never push the page sideways.
        const x = Math.min(Math.max(centre(i), half), width - half);
        return (
          <text key={i} className="chart-tick" x={x} y={bottom + 16} textAnchor="middle">
            {categories[i]}
          </text>
        );
      })}
      {line && points.length > 1 && (
        <path
          className="chart-line"
          d={points.map((p, k) => `${k === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ')}
          fill="none"
          stroke={line.colour}
          strokeWidth={2}
        />
      )}
      {line &&
        points.map((p) => (
          <circle key={p.i} className="chart-point" cx={p.x} cy={p.y} r={3.5} fill="#fff" stroke={line.colour} strokeWidth={2}>
            <title>{`${categories[p.i] ?? ''} · ${line.name}: ${p.v.toFixed(1)} %`}</title>
          </circle>
        ))}
    </svg>
  );
}

/** Categories down the side (survey questions), each label on its own line above its bar so it can be long. */
function Rows({ categories, bars, onBarClick, width }: DrawProps) {
  const ticks = niceTicks(Math.max(0, ...categories.map((_, i) => stackTotal(bars, i))));
  const top = ticks[ticks.length - 1] ?? 1;
  const left = 6;
  const right = labelWidth(String(top), TICK_FONT) / 2 + 6;
  const plotWidth = Math.max(0, width - left - right);
  const bottom = TOP + categories.length * ROW;
  const x = (value: number) => left + (value / top) * plotWidth;
  return (
    <svg width={width} height={bottom + AXIS_BAND}>
      {ticks.map((t) => (
        <g key={t}>
          <line className="chart-grid" x1={x(t)} x2={x(t)} y1={TOP} y2={bottom} />
          <text className="chart-tick" x={x(t)} y={bottom + 16} textAnchor="middle">
            {t}
          </text>
        </g>
      ))}
      <line className="chart-axis" x1={left} x2={left} y1={TOP} y2={bottom} />
      {categories.map((category, i) => {
        const rowTop = TOP + i * ROW;
        return (
          <g key={i}>
            <text className="chart-category" x={left} y={rowTop + 14}>
              {fitLabel(category, plotWidth, CATEGORY_FONT)}
              <title>{category}</title>
            </text>
            <Stack
              index={i}
              category={category}
              bars={bars}
              onBarClick={onBarClick}
              place={(from, to) => ({ x: x(from), y: rowTop + 20, width: x(to) - x(from), height: BAR_THICKNESS })}
            />
          </g>
        );
      })}
    </svg>
  );
}

/** In HTML, not SVG, so a long legend wraps onto a second line on a phone instead of running off the edge. */
function Legend({ bars, line }: Pick<BarLineChartProps, 'bars' | 'line'>) {
  return (
    <ul className="chart-legend">
      {bars.map((s) => (
        <li key={s.key}>
          <svg width="12" height="12" aria-hidden="true">
            <rect width="12" height="12" fill={s.colour} />
          </svg>
          {s.name}
        </li>
      ))}
      {line && (
        <li>
          <svg width="18" height="12" aria-hidden="true">
            <line x1="0" x2="18" y1="6" y2="6" stroke={line.colour} strokeWidth={2} />
            <circle cx="9" cy="6" r="3" fill="#fff" stroke={line.colour} strokeWidth={2} />
          </svg>
          {line.name}
        </li>
      )}
    </ul>
  );
}
