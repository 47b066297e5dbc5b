import { Button, Checkbox, Collapse, Flex, Radio, Typography, theme } from 'antd';
import { Fragment, memo, useState, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '../../../components/StatusTag';
import {
  starMinimumsOf,
  type Criterion,
  type RubricOption,
  type Selection,
  type SheetPart,
} from '../scoring/scoreSheet';

/** A touch target a finger hits in a council meeting (WCAG 2.5.5: 44 × 44 CSS px). */
export const TOUCH: CSSProperties = { minHeight: 44 };

/** An option as a card: the app's primary colour marks the chosen one. */
const card = (checked: boolean, disabled: boolean, primary: string, primaryBg: string): CSSProperties => ({
  display: 'flex',
  alignItems: 'center',
  width: '100%',
  minHeight: 48,
  margin: 0,
  padding: '10px 14px',
  borderRadius: 8,
  border: `1px solid ${checked ? primary : '#d9d9d9'}`,
  background: checked ? primaryBg : disabled ? '#fafafa' : '#fff',
  boxShadow: checked ? `inset 3px 0 0 ${primary}` : undefined,
  whiteSpace: 'normal',
});

function OptionLabel({ option }: { option: RubricOption }) {
  const { t } = useTranslation('evaluation');
  return (
    <Flex justify="space-between" align="center" gap={12} style={{ width: '100%' }}>
      <span>
        {option.text}
        {option.note && (
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
            {option.note}
          </Typography.Text>
        )}
      </span>
      <strong style={{ whiteSpace: 'nowrap' }}>
        {option.points === null ? t('sheet.noPoints') : t('sheet.points', { points: option.points })}
      </strong>
    </Flex>
  );
}

/** The options of a criterion by case (alternative scales), in sheet order; one group without a heading otherwise. */
function byCase(options: RubricOption[]): [string | null, RubricOption[]][] {
  const groups = new Map<string | null, RubricOption[]>();
  for (const o of options) groups.set(o.case ?? null, [...(groups.get(o.case ?? null) ?? []), o]);
  return [...groups.entries()];
}

/** One criterion; re-rendered only when its own choice changes (a sheet has 30-odd, a tablet is no desktop). */
const CriterionBlock = memo(function CriterionBlock({
  criterion,
  chosen,
  readOnly,
  onChoose,
}: {
  criterion: Criterion;
  chosen: readonly number[];
  readOnly: boolean;
  onChoose: (criterion: Criterion, optionId: number) => void;
}) {
  const { t } = useTranslation('evaluation');
  const { token } = theme.useToken();
  const labelId = `criterion-${criterion.id}`;
  const minimums = starMinimumsOf(criterion);
  const sum = criterion.scoringRule === 'SUM_OF_SELECTED';
  const answered = chosen.length > 0 || sum;
  const options = (list: RubricOption[]) =>
    list.map((o) => {
      const checked = chosen.includes(o.id);
      const disabled = readOnly || o.points === null;
      const Control = sum ? Checkbox : Radio;
      return (
        <div key={o.id} data-testid={`option-${o.id}`} data-points={o.points ?? undefined}>
          <Control
            name={`criterion-${criterion.id}`}
            value={o.id}
            checked={checked}
            disabled={disabled}
            onChange={() => onChoose(criterion, o.id)}
            style={card(checked, disabled, token.colorPrimary, token.colorPrimaryBg)}
          >
            <OptionLabel option={o} />
          </Control>
        </div>
      );
    });
  return (
    <section
      data-testid={`criterion-${criterion.code}`}
      aria-labelledby={labelId}
      style={{
        padding: '14px 0',
        borderTop: '1px solid #f0f0f0',
      }}
    >
      <Flex justify="space-between" align="flex-start" gap={8} wrap style={{ marginBottom: 8 }}>
        <div id={labelId} style={{ flex: '1 1 320px' }}>
          <strong>{criterion.code}</strong> {criterion.text}
          {!answered && !readOnly && (
            <span style={{ color: '#a8071a', marginInlineStart: 6 }} aria-hidden>
              •
            </span>
          )}
        </div>
        <Flex gap={4} wrap>
          {minimums.length > 0 && (
            <StatusTag tone="warning">
              <span data-testid="star-minimums">
                ★ {t('sheet.minimums')}{' '}
                {minimums.map(([stars, points]) => t('sheet.minimumOf', { stars, points })).join(' · ')}
              </span>
            </StatusTag>
          )}
          <StatusTag tone="neutral">{t('sheet.maxPoints', { max: criterion.maxPoints })}</StatusTag>
        </Flex>
      </Flex>
      {criterion.notes.map((n) => (
        <Typography.Paragraph key={n} type="secondary" style={{ fontSize: 13, marginBottom: 8 }}>
          {n}
        </Typography.Paragraph>
      ))}
      {sum && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 13, marginBottom: 8 }}>
          {t('sheet.sumOfSelected')}
        </Typography.Paragraph>
      )}
      <div
        role={sum ? 'group' : 'radiogroup'}
        aria-labelledby={labelId}
        style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
      >
        {byCase(criterion.options).map(([label, list]) => (
          <Fragment key={label ?? ''}>
            {label && (
              <Typography.Text strong style={{ marginTop: 4 }}>
                {label}
              </Typography.Text>
            )}
            {options(list)}
          </Fragment>
        ))}
      </div>
    </section>
  );
});

/** A heading for each new group (and sub-group) of criteria, as the printed sheet has them. */
function groupHeadings(criteria: Criterion[], index: number): ReactNode {
  const c = criteria[index];
  const prev = index > 0 ? criteria[index - 1] : undefined;
  const out: ReactNode[] = [];
  if (!c) return out;
  if (c.group && c.group !== prev?.group) {
    out.push(
      <Typography.Title key="g" level={3} style={{ fontSize: 16, margin: '12px 0 4px' }}>
        {c.group}
        {c.groupMaxPoints !== null && (
          <Typography.Text type="secondary" style={{ fontWeight: 400 }}>
            {' '}
            ({c.groupMaxPoints})
          </Typography.Text>
        )}
      </Typography.Title>,
    );
  }
  if (c.subgroup && c.subgroup !== prev?.subgroup) {
    out.push(
      <Typography.Title key="s" level={4} style={{ fontSize: 15, margin: '8px 0 0' }}>
        {c.subgroup}
        {c.subgroupMaxPoints !== null && (
          <Typography.Text type="secondary" style={{ fontWeight: 400 }}>
            {' '}
            ({c.subgroupMaxPoints})
          </Typography.Text>
        )}
      </Typography.Title>,
    );
  }
  return out;
}

/**
 * The score sheet: its parts as collapsible panels (each with its live total), every criterion with its options as
 * large radio cards (checkboxes where the points of ticked items add up), star minimums marked.
 */
export function ScoreSheetForm({
  parts,
  selection,
  partTotals,
  readOnly,
  onChoose,
}: {
  parts: SheetPart[];
  selection: Selection;
  partTotals: Record<string, number>;
  readOnly: boolean;
  onChoose: (criterion: Criterion, optionId: number) => void;
}) {
  const { t } = useTranslation('evaluation');
  const [open, setOpen] = useState<string[]>(() => parts.map((p) => p.code));
  const allOpen = open.length === parts.length;
  return (
    <div>
      <Flex justify="flex-end" style={{ marginBottom: 8 }}>
        {/* a default button: antd's link colour fails AA contrast when hovered (axe) */}
        <Button style={TOUCH} onClick={() => setOpen(allOpen ? [] : parts.map((p) => p.code))}>
          {allOpen ? t('sheet.collapseAll') : t('sheet.expandAll')}
        </Button>
      </Flex>
      <Collapse
        activeKey={open}
        onChange={(keys) => setOpen(Array.isArray(keys) ? keys : [keys])}
        items={parts.map((p) => {
          const answered = p.criteria.filter(
            (c) => c.scoringRule === 'SUM_OF_SELECTED' || (selection.get(c.id)?.length ?? 0) > 0,
          ).length;
          return {
            key: p.code,
            label: (
              <Flex justify="space-between" align="center" gap={8} wrap style={{ minHeight: 24 }}>
                <strong>{t('sheet.part', { code: p.code, title: p.title })}</strong>
                <span data-testid={`part-total-${p.code}`}>
                  <Typography.Text type="secondary" style={{ marginInlineEnd: 12 }}>
                    {answered}/{p.criteria.length}
                  </Typography.Text>
                  <strong>
                    {t('sheet.partScore', { points: partTotals[p.code] ?? 0, max: p.maxPoints })}
                  </strong>
                </span>
              </Flex>
            ),
            children: p.criteria.map((c, i) => (
              <Fragment key={c.id}>
                {groupHeadings(p.criteria, i)}
                <CriterionBlock
                  criterion={c}
                  chosen={selection.get(c.id) ?? []}
                  readOnly={readOnly}
                  onChoose={onChoose}
                />
              </Fragment>
            )),
          };
        })}
      />
    </div>
  );
}
