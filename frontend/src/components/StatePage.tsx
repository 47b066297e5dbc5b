import {
  ExclamationCircleOutlined,
  InfoCircleOutlined,
  StopOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { Flex } from 'antd';
import type { ReactNode } from 'react';

const ICONS = {
  error: <ExclamationCircleOutlined style={{ color: '#a8071a' }} />,
  warning: <WarningOutlined style={{ color: '#7c4a00' }} />,
  info: <InfoCircleOutlined style={{ color: '#003eb3' }} />,
  forbidden: <StopOutlined style={{ color: '#a8071a' }} />,
};

/**
 * A state that replaces a page or a block (not allowed, not found, failed, session expired). Lighter than antd's
 * Result, whose illustrations would weigh on the first page's JavaScript.
 */
export function StatePage({
  kind,
  title,
  detail,
  action,
  heading = 'h2',
}: {
  kind: keyof typeof ICONS;
  title: ReactNode;
  detail?: ReactNode;
  action?: ReactNode;
  heading?: 'h1' | 'h2';
}) {
  const Heading = heading;
  return (
    <Flex
      vertical
      align="center"
      gap={12}
      style={{ padding: '48px 24px', textAlign: 'center' }}
      role="status"
    >
      <span style={{ fontSize: 56, lineHeight: 1 }} aria-hidden>
        {ICONS[kind]}
      </span>
      <Heading style={{ fontSize: 22, margin: 0, fontWeight: 600 }}>{title}</Heading>
      {detail && <p style={{ margin: 0, color: 'rgba(0,0,0,0.65)', maxWidth: 560 }}>{detail}</p>}
      {action}
    </Flex>
  );
}
