import { Flex } from 'antd';
import type { ReactNode } from 'react';

/**
 * A page's title (the one h1 of the page), an optional subtitle and its actions on the right. Plain elements, not
 * antd Typography: that one brings its editable/copyable machinery into every first page.
 */
export function PageHeader({
  title,
  subtitle,
  extra,
}: {
  title: ReactNode;
  subtitle?: ReactNode;
  extra?: ReactNode;
}) {
  return (
    <Flex justify="space-between" align="flex-start" wrap gap={12} style={{ marginBottom: 16 }}>
      <div>
        <h1 style={{ fontSize: 24, fontWeight: 600, lineHeight: 1.35, margin: 0, color: 'rgba(0,0,0,0.88)' }}>
          {title}
        </h1>
        {subtitle && <div style={{ color: 'rgba(0,0,0,0.65)' }}>{subtitle}</div>}
      </div>
      {extra && (
        <Flex gap={8} wrap>
          {extra}
        </Flex>
      )}
    </Flex>
  );
}
