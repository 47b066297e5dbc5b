import type { CSSProperties, ReactNode } from 'react';
import './panel.css';

/**
 * A titled box (a dashboard widget, a block of a public page). Plain elements rather than antd Card, which brings
 * Tabs, Dropdown and their popup machinery into the first page's JavaScript.
 */
export function Panel({
  title,
  extra,
  children,
  style,
  testId,
}: {
  title?: ReactNode;
  extra?: ReactNode;
  children: ReactNode;
  style?: CSSProperties;
  testId?: string;
}) {
  return (
    <section className="panel" style={style} data-testid={testId}>
      {(title || extra) && (
        <header className="panel__header">
          {title && <h2 className="panel__title">{title}</h2>}
          {extra}
        </header>
      )}
      <div className="panel__body">{children}</div>
    </section>
  );
}

/** A short list of lines (title, description, something on the right), as in a dashboard widget. */
export function ItemList<T>({
  items,
  render,
  rowKey,
}: {
  items: readonly T[];
  rowKey: (item: T, index: number) => string | number;
  render: (item: T) => { title: ReactNode; description?: ReactNode; extra?: ReactNode };
}) {
  return (
    <ul className="item-list">
      {items.map((item, index) => {
        const line = render(item);
        return (
          <li key={rowKey(item, index)}>
            <div>
              <div className="item-list__title">{line.title}</div>
              {line.description && <div className="item-list__description">{line.description}</div>}
            </div>
            {line.extra && <div>{line.extra}</div>}
          </li>
        );
      })}
    </ul>
  );
}
