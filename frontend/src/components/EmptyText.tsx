import { Empty } from 'antd';

/**
 * A table's empty state. antd draws a plain `emptyText` in rgba(0,0,0,0.25), below WCAG AA (axe: color-contrast);
 * this one reads at 0.65.
 */
export function EmptyText({ text }: { text: string }) {
  return (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={<span style={{ color: 'rgba(0,0,0,0.65)' }}>{text}</span>}
    />
  );
}
