// The Overview's two charts, drawn with the parts of Apache ECharts they need (a smaller bundle than
// all of ECharts). Tooltips are built as elements with text, never as HTML strings: no data can turn
// into markup, and no inline style attribute meets the Content-Security-Policy.
import { BarChart, LineChart, type BarSeriesOption, type LineSeriesOption } from 'echarts/charts';
import {
  AriaComponent, GridComponent, LegendComponent, TooltipComponent,
  type AriaComponentOption, type GridComponentOption, type LegendComponentOption, type TooltipComponentOption,
} from 'echarts/components';
import { getInstanceByDom, init, use, type ComposeOption, type EChartsType } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { Overview } from './api';
import { element, sentimentColor } from './dom';
import { formatBucket, formatCount, formatShare } from './format';

use([LineChart, BarChart, GridComponent, LegendComponent, TooltipComponent, AriaComponent, CanvasRenderer]);

type Option = ComposeOption<LineSeriesOption | BarSeriesOption | GridComponentOption | LegendComponentOption
  | TooltipComponentOption | AriaComponentOption>;

interface TipParam {
  seriesName?: string;
  seriesIndex?: number;
  dataIndex: number;
  value: unknown;
  color?: unknown;
}

const VOLUME = '#3056d3';
const NEGATIVE = '#d92d20';
const AXIS_TEXT = '#667085';

/** Volume and share of negative feedback per bucket; the period before as dashed lines on the same days. */
export function drawTrend(el: HTMLElement, overview: Overview): void {
  // the previous period's buckets, moved forward by one period so they line up with the current ones
  const shift = Date.parse(overview.from) - Date.parse(overview.previousFrom);
  const now = overview.series.map((b) => ({ ...b, x: Date.parse(b.start) }));
  const before = overview.previousSeries.map((b) => ({ ...b, x: Date.parse(b.start) + shift }));
  const line = (name: string, color: string, axis: number, dashed: boolean, points: [number, number | null][]):
      LineSeriesOption => ({
    name, type: 'line', yAxisIndex: axis, data: points, showSymbol: points.length < 2, symbolSize: 5,
    lineStyle: { color, width: dashed ? 1.5 : 2.5, type: dashed ? 'dashed' : 'solid', opacity: dashed ? 0.7 : 1 },
    itemStyle: { color }, emphasis: { disabled: true },
  });
  draw(el, {
    aria: { enabled: true },
    grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0, textStyle: { color: AXIS_TEXT } },
    xAxis: { type: 'time', axisLabel: { color: AXIS_TEXT, hideOverlap: true } },
    // left: how many; right: the negative share (the legend's colours tell which line is which)
    yAxis: [
      { type: 'value', minInterval: 1, axisLabel: { color: AXIS_TEXT } },
      { type: 'value', min: 0, splitLine: { show: false },
        axisLabel: { color: AXIS_TEXT, formatter: (v: number) => formatShare(v) } },
    ],
    tooltip: {
      trigger: 'axis',
      formatter: (params) => trendTip(params as unknown as TipParam[], overview.interval, shift),
    },
    series: [
      line('Feedback', VOLUME, 0, false, now.map((b) => [b.x, b.count])),
      line('Feedback, period before', VOLUME, 0, true, before.map((b) => [b.x, b.count])),
      line('Negative', NEGATIVE, 1, false, now.map((b) => [b.x, b.shareNegative])),
      line('Negative, period before', NEGATIVE, 1, true, before.map((b) => [b.x, b.shareNegative])),
    ],
  }, [{ query: { maxWidth: 560 }, option: { grid: { top: 64 } } }]);
}

function trendTip(params: TipParam[], interval: string, shift: number): HTMLElement {
  const tip = element('div', 'chart-tip');
  const first = params[0];
  if (!first) return tip;
  const [x] = first.value as [number];
  tip.append(element('strong', undefined, formatBucket(x, interval)));
  for (const p of params) {
    const [, y] = p.value as [number, number | null];
    const earlier = (p.seriesIndex ?? 0) % 2 === 1;
    const value = (p.seriesIndex ?? 0) < 2 ? formatCount(y) : formatShare(y);
    const name = earlier ? `${p.seriesName} (${formatBucket(x - shift, interval)})` : p.seriesName ?? '';
    tip.append(tipRow(String(p.color ?? ''), name, value));
  }
  return tip;
}

/** How many feedback gave each star rating; bars from red (1) to green (5). */
export function drawRatings(el: HTMLElement, overview: Overview): void {
  const total = overview.ratings.reduce((sum, r) => sum + r.count, 0);
  draw(el, {
    aria: { enabled: true },
    grid: { left: 8, right: 8, top: 16, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: overview.ratings.map((r) => `${r.rating} ★`), axisLabel: { color: AXIS_TEXT } },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { color: AXIS_TEXT } },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params) => {
        const p = (params as unknown as TipParam[])[0];
        const rating = p ? overview.ratings[p.dataIndex] : undefined;
        const tip = element('div', 'chart-tip');
        if (rating) {
          tip.append(tipRow(String(p?.color ?? ''), `${rating.rating} ★`,
            `${formatCount(rating.count)} (${formatShare(total ? rating.count / total : null)})`));
        }
        return tip;
      },
    },
    series: [{
      name: 'Feedback', type: 'bar', barMaxWidth: 56,
      data: overview.ratings.map((r) => ({ value: r.count, itemStyle: { color: sentimentColor((r.rating - 3) / 2) } })),
    }],
  });
}

function tipRow(color: string, name: string, value: string): HTMLElement {
  const row = element('div', 'tip-row');
  const marker = element('span', 'tip-marker');
  marker.style.backgroundColor = color;
  row.append(marker, element('span', 'tip-name', name), element('span', 'tip-value', value));
  return row;
}

/**
 * Draws into {@code el}, reusing its chart; marks it {@code data-drawn} once the chart has settled.
 * {@code narrow}: changes for small charts (ECharts applies them on every resize).
 */
function draw(el: HTMLElement, option: Option, narrow: { query: { maxWidth: number }; option: Option }[] = []): void {
  let chart: EChartsType | undefined = getInstanceByDom(el);
  if (!chart) {
    chart = init(el, undefined, { renderer: 'canvas' });
    const resized = chart;
    new ResizeObserver(() => resized.resize()).observe(el);
  }
  delete el.dataset.drawn;
  chart.off('finished');
  chart.on('finished', () => { el.dataset.drawn = 'true'; });
  chart.setOption({ baseOption: option, media: narrow }, { notMerge: true });
}
