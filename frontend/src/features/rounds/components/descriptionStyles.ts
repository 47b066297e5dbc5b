/** antd's Descriptions labels (rgba(0,0,0,0.45)) fail WCAG contrast (axe: color-contrast); this grey passes AA. */
export const DESCRIPTION_STYLES = { label: { color: 'rgba(0, 0, 0, 0.65)' } } as const;
