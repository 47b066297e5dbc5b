import { Tag } from 'antd';
import type { ReactNode } from 'react';

export type Tone = 'success' | 'warning' | 'danger' | 'info' | 'neutral';

// antd's preset tag colours fail WCAG contrast (axe: color-contrast); these dark-on-light pairs pass AA.
const TONES: Record<Tone, { color: string; background: string; border: string }> = {
  success: { color: '#135200', background: '#f6ffed', border: '#95de64' },
  warning: { color: '#7c4a00', background: '#fffbe6', border: '#ffd666' },
  danger: { color: '#a8071a', background: '#fff1f0', border: '#ffa39e' },
  info: { color: '#003eb3', background: '#e6f4ff', border: '#91caff' },
  neutral: { color: 'rgba(0,0,0,0.88)', background: '#fafafa', border: '#d9d9d9' },
};

/** A status in words with a colour that says how it stands (valid, expiring, expired, revoked…). */
export function StatusTag({ tone, children }: { tone: Tone; children: ReactNode }) {
  const c = TONES[tone];
  return <Tag style={{ color: c.color, background: c.background, borderColor: c.border }}>{children}</Tag>;
}
