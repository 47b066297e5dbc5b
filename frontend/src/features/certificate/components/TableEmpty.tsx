/** A table's "nothing here" text, dark enough to pass WCAG AA contrast (antd's placeholder grey does not: axe). */
export function TableEmpty({ children }: { children: string }) {
  return <span style={{ color: 'rgba(0,0,0,0.65)' }}>{children}</span>;
}
