import { Descriptions, type DescriptionsProps } from 'antd';

// antd's description labels are rgba(0,0,0,0.45) on white: below WCAG AA (axe: color-contrast).
const LABEL = { color: 'rgba(0,0,0,0.65)' };

/** A record's fields as label–value pairs, with labels that pass contrast. */
export function Details(props: Omit<DescriptionsProps, 'styles'>) {
  return <Descriptions {...props} styles={{ label: LABEL }} />;
}
Details.Item = Descriptions.Item;
