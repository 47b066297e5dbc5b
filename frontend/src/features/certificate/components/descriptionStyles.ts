/**
 * antd's Descriptions labels are colorTextTertiary (black at 45 %), which fails WCAG AA contrast (axe:
 * color-contrast); the app's secondary text colour passes.
 */
export const DESCRIPTION_STYLES = { label: { color: 'rgba(0,0,0,0.65)' } } as const;
