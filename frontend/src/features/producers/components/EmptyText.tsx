import { Empty } from 'antd';

/** A table's empty state in a colour that passes contrast (antd's placeholder grey does not). */
export function EmptyText({ text }: { text: string }) {
  return (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={<span style={{ color: 'rgba(0,0,0,0.65)' }}>{text}</span>}
    />
  );
}
