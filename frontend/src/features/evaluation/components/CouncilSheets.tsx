import { Alert, Button, Form, Input, Modal, Table, Typography, message, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { StatusTag } from '../../../components/StatusTag';
import { formatNumber } from '../../../lib/format';
import { useReopenSheet, type Council, type ScoreSheet } from '../api/council';
import { previewScore, spreadOf, type SheetPart, type Stat, type StarBand } from '../scoring/scoreSheet';
import { TOUCH } from './ScoreSheetForm';
import { Stars } from './ScoreSummary';

function ReopenButton({ sheet, memberName }: { sheet: ScoreSheet; memberName: string }) {
  const { t } = useTranslation('evaluation');
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const reopen = useReopenSheet();
  const [toast, holder] = message.useMessage();
  const onOk = async () => {
    const { reason } = await form.validateFields();
    await reopen.mutateAsync({ id: sheet.id, reason: reason.trim() });
    setOpen(false);
    form.resetFields();
    void toast.success(t('council.reopened'));
  };
  return (
    <>
      {holder}
      <Button style={TOUCH} onClick={() => setOpen(true)} data-testid={`reopen-${sheet.memberUsername}`}>
        {t('council.reopen')}
      </Button>
      <Modal
        open={open}
        title={t('council.reopenTitle', { name: memberName })}
        okText={t('council.reopen')}
        cancelText={t('common:action.cancel')}
        okButtonProps={{ loading: reopen.isPending, style: TOUCH }}
        cancelButtonProps={{ style: TOUCH }}
        onOk={() => void onOk().catch(() => undefined)}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Typography.Paragraph>{t('council.reopenBody')}</Typography.Paragraph>
        <ProblemAlert error={reopen.error} />
        <Form form={form} layout="vertical">
          <Form.Item
            name="reason"
            label={t('council.reopenReason')}
            rules={[{ required: true, whitespace: true, message: t('sheet.reasonRequired') }]}
          >
            <Input.TextArea
              maxLength={1000}
              autoSize={{ minRows: 2 }}
              placeholder={t('council.reopenReasonPlaceholder')}
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/**
 * The council's sheets of an entry once the member submitted theirs (the API shows them then), with the spread of
 * the submitted, counting ones: min, max and mean of each part and of the total. The chair reopens a submitted sheet.
 */
export function CouncilSheets({
  sheets,
  council,
  parts,
  bands,
  eliminated,
  me,
  chair,
  scoring,
}: {
  sheets: ScoreSheet[];
  council: Council | undefined;
  parts: SheetPart[];
  bands: StarBand[];
  eliminated: boolean;
  me: string;
  chair: boolean;
  scoring: boolean;
}) {
  const { t } = useTranslation('evaluation');
  const nameOf = (username: string) =>
    council?.members.find((m) => m.username === username)?.fullName ?? username;
  const counted = sheets.filter((s) => s.status === 'SUBMITTED' && !s.excluded);
  const spread = spreadOf(
    counted,
    parts.map((p) => p.code),
  );
  const columns: TableColumnsType<ScoreSheet> = [
    {
      title: t('council.member'),
      key: 'member',
      render: (_, s) => (
        <>
          {nameOf(s.memberUsername)} {s.memberUsername === me && t('council.you')}
        </>
      ),
    },
    {
      title: t('council.status'),
      key: 'status',
      render: (_, s) =>
        s.excluded ? (
          <StatusTag tone="neutral">{t('council.notCounted')}</StatusTag>
        ) : (
          <StatusTag tone={s.status === 'SUBMITTED' ? 'success' : 'warning'}>
            {t(`sheetStatus.${s.status}`)}
          </StatusTag>
        ),
    },
    ...parts.map((p) => ({
      title: p.code,
      key: p.code,
      align: 'right' as const,
      responsive: ['md' as const],
      render: (_: unknown, s: ScoreSheet) => s.partTotals[p.code] ?? 0,
    })),
    {
      title: t('council.total'),
      key: 'total',
      align: 'right',
      render: (_, s) => <strong>{s.total}</strong>,
    },
    {
      title: t('council.stars'),
      key: 'stars',
      render: (_, s) => {
        const ids = s.choices.map((c) => c.optionId);
        try {
          return <Stars count={previewScore(parts, bands, ids, eliminated).stars} />;
        } catch {
          return null;
        }
      },
    },
  ];
  if (chair && scoring) {
    columns.push({
      title: t('round.field.action'),
      key: 'action',
      render: (_, s) =>
        s.status === 'SUBMITTED' ? <ReopenButton sheet={s} memberName={nameOf(s.memberUsername)} /> : null,
    });
  }
  const statRows = spread
    ? [
        { key: 'min', label: t('council.min'), pick: (x: Stat) => x.min },
        { key: 'max', label: t('council.max'), pick: (x: Stat) => x.max },
        { key: 'mean', label: t('council.mean'), pick: (x: Stat) => x.mean },
        { key: 'range', label: t('council.range'), pick: (x: Stat) => x.spread },
      ]
    : [];
  const limit = council?.spreadLimit;
  return (
    <section aria-labelledby="council-sheets" data-testid="council-sheets">
      <Typography.Title id="council-sheets" level={2} style={{ fontSize: 20, marginTop: 24 }}>
        {t('council.title')}
      </Typography.Title>
      <Table<ScoreSheet>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={sheets}
        pagination={false}
        scroll={{ x: true }}
      />
      <Typography.Title level={3} style={{ fontSize: 16, marginTop: 16 }}>
        {t('council.spread')}
      </Typography.Title>
      {spread ? (
        <>
          {limit !== undefined && spread.total.spread > limit && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              title={t('council.spreadOver', { spread: spread.total.spread, limit })}
            />
          )}
          <Table
            rowKey="key"
            size="small"
            pagination={false}
            scroll={{ x: true }}
            data-testid="spread"
            dataSource={statRows}
            columns={[
              { title: t('council.stat'), dataIndex: 'label', key: 'label' },
              ...parts.map((p) => ({
                title: p.code,
                key: p.code,
                align: 'right' as const,
                render: (_: unknown, r: (typeof statRows)[number]) => {
                  const stat = spread.parts[p.code];
                  return stat ? formatNumber(r.pick(stat)) : '';
                },
              })),
              {
                title: t('council.total'),
                key: 'total',
                align: 'right' as const,
                render: (_: unknown, r: (typeof statRows)[number]) => (
                  <strong>{formatNumber(r.pick(spread.total))}</strong>
                ),
              },
            ]}
          />
        </>
      ) : (
        <Typography.Paragraph type="secondary">{t('council.spreadEmpty')}</Typography.Paragraph>
      )}
    </section>
  );
}
