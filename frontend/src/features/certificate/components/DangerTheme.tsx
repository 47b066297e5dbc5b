import { ConfigProvider } from 'antd';
import type { ReactNode } from 'react';

/**
 * antd's red (#ff4d4f) on white, and white on it, fail WCAG AA contrast (axe: color-contrast); a darker red passes.
 * Wraps the revoke action and its dialog (danger buttons, field errors).
 */
export function DangerTheme({ children }: { children: ReactNode }) {
  return <ConfigProvider theme={{ token: { colorError: '#b3151b' } }}>{children}</ConfigProvider>;
}
