import { SERIES_COLOURS, STAR_COLOURS, type ChartOption } from '../components/chartOption';
import type { TrendPoint, UnitCount } from './aggregate';

const font = { fontFamily: 'inherit', color: 'rgba(0,0,0,0.88)' };

/** Bars of products by stars, each level in its colour. */
export function starsOption(
  lines: { stars: number; products: number }[],
  label: (stars: number) => string,
): ChartOption {
  return {
    textStyle: font,
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: lines.map((l) => label(l.stars)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'bar',
        data: lines.map((l) => ({ value: l.products, itemStyle: { color: STAR_COLOURS[l.stars] } })),
        label: { show: true, position: 'top' },
        barMaxWidth: 48,
      },
    ],
  };
}

/** Horizontal bars of products by place (districts or communes), the largest on top. */
export function placesOption(lines: UnitCount[]): ChartOption {
  const shown = [...lines].reverse();
  return {
    textStyle: font,
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 32, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      data: shown.map((l) => l.name),
      axisLabel: { width: 140, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        data: shown.map((l) => l.products),
        itemStyle: { color: SERIES_COLOURS[0] },
        label: { show: true, position: 'right' },
        barMaxWidth: 24,
      },
    ],
  };
}

/** A ring of products by group. */
export function groupsOption(lines: { name: string; products: number }[]): ChartOption {
  return {
    textStyle: font,
    color: SERIES_COLOURS,
    tooltip: { trigger: 'item' },
    legend: { type: 'scroll', bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['40%', '68%'],
        center: ['50%', '44%'],
        data: lines.map((l) => ({ name: l.name, value: l.products })),
        label: { formatter: '{c}' },
      },
    ],
  };
}

/** Products taking part and products rated 3★+ by year. */
export function trendOption(
  points: TrendPoint[],
  names: { products: string; certified: string },
): ChartOption {
  return {
    textStyle: font,
    color: [SERIES_COLOURS[0], SERIES_COLOURS[1]],
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 8, right: 16, top: 16, bottom: 32, containLabel: true },
    xAxis: { type: 'category', data: points.map((p) => String(p.year)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { type: 'bar', name: names.products, data: points.map((p) => p.products), barMaxWidth: 32 },
      { type: 'line', name: names.certified, data: points.map((p) => p.certified), smooth: false },
    ],
  };
}
