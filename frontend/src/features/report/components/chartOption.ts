import type { BarSeriesOption, LineSeriesOption, PieSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';

/** The options the dashboard's charts use (types only: nothing of echarts is loaded by importing this). */
export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | PieSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
>;

/** Colours of the OCOP stars (2★ grey: not recognised) and of the other series; dark enough on white. */
export const STAR_COLOURS: Record<number, string> = {
  2: '#8c8c8c',
  3: '#d48806',
  4: '#d4380d',
  5: '#a8071a',
};
export const SERIES_COLOURS = ['#1d39c4', '#b7242a', '#237804', '#d48806', '#531dab', '#08979c', '#c41d7f'];
