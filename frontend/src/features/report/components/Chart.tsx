import { Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import type { ChartOption } from './chartOption';

const EChart = lazy(() => import('./EChart'));

/**
 * A chart drawn by echarts, loaded on first use (echarts stays out of the first page's JavaScript). The picture
 * is named for screen readers by `label`; the figures are also in words next to it (a table or a list).
 */
export function Chart({
  option,
  label,
  height = 260,
}: {
  option: ChartOption;
  label: string;
  height?: number;
}) {
  return (
    <div role="img" aria-label={label} data-testid="chart">
      <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height }} />}>
        <EChart option={option} height={height} />
      </Suspense>
    </div>
  );
}
