import { DownloadOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Row,
  Select,
  Statistic,
  Table,
  Typography,
  type TableColumnsType,
} from 'antd';
import dayjs from 'dayjs';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { problemMessage } from '../../../components/ProblemAlert';
import { ErrorResult } from '../../../components/QueryState';
import { StatusTag } from '../../../components/StatusTag';
import type { Schemas } from '../../../lib/api/client';
import { Role } from '../../../lib/auth/roles';
import { useSession } from '../../../lib/auth/session';
import { compareVi, formatDate, formatMoney, formatNumber, matchesVi } from '../../../lib/format';
import {
  downloadAnnualReport,
  useAnnualReport,
  useChildUnits,
  type AnnualReport,
  type ExportFormat,
  type ReportQuery,
} from '../api/reports';
import { productsByStars } from '../lib/aggregate';
import { EmptyText } from '../../../components/EmptyText';

const FIRST_YEAR = 2018;
/** The reform of 2025-07-01: before it the province was 84 Trà Vinh with its districts, after it 86 Vĩnh Long with communes. */
function provinceOf(year: number): '84' | '86' {
  return year <= 2024 ? '84' : '86';
}

/** Who may ask for any unit (the others get their own unit only, which the API picks for them). */
const UNRESTRICTED = [Role.OFFICE, Role.PROVINCIAL_COUNCIL, Role.INTEGRATOR];

function Section({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <Card
      size="small"
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{title}</h2>}
      style={{ marginBottom: 16 }}
      data-testid={testId}
    >
      {children}
    </Card>
  );
}

function SmallTable<T extends object>({
  rows,
  columns,
  rowKey,
  label,
}: {
  rows: T[];
  columns: TableColumnsType<T>;
  rowKey: string | ((row: T) => string);
  label: string;
}) {
  const { t } = useTranslation();
  return (
    <Table<T>
      size="small"
      aria-label={label}
      rowKey={rowKey}
      columns={columns}
      dataSource={rows}
      scroll={{ x: true }}
      pagination={rows.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
      locale={{ emptyText: <EmptyText text={t('state.empty')} /> }}
    />
  );
}

function UnitPicker({
  year,
  value,
  onChange,
}: {
  year: number;
  value: string | undefined;
  onChange: (unit: string | undefined) => void;
}) {
  const { t } = useTranslation('report');
  const province = provinceOf(year);
  const units = useChildUnits(province, `${year}-12-31`);
  const children = [...(units.data?.items ?? [])].sort((a, b) => compareVi(a.name, b.name));
  return (
    <Select
      showSearch={{ filterOption: (input, option) => matchesVi(String(option?.label ?? ''), input) }}
      allowClear
      aria-label={t('annual.unit')}
      placeholder={t('annual.everything')}
      style={{ minWidth: 280 }}
      loading={units.isPending}
      value={value}
      onChange={(unit?: string) => onChange(unit)}
      options={[
        {
          label: t('annual.province'),
          options: [{ value: province, label: t(`annual.province${province}`) }],
        },
        {
          label: t('annual.unit'),
          options: children.map((u) => ({ value: u.code, label: `${u.code} — ${u.name}` })),
        },
      ]}
    />
  );
}

export default function AnnualReportPage() {
  const { t } = useTranslation(['report', 'common']);
  const { message } = App.useApp();
  const session = useSession();
  const thisYear = dayjs().year();
  const [search, setSearch] = useSearchParams();
  const year = Number(search.get('year')) || thisYear;
  const unrestricted = session.hasRole(...UNRESTRICTED);
  const unit = unrestricted ? (search.get('unit') ?? undefined) : undefined;
  const query: ReportQuery = { year, ...(unit ? { unit } : {}) };
  const report = useAnnualReport(query);
  const [downloading, setDownloading] = useState<ExportFormat | null>(null);

  const set = (changes: Record<string, string | undefined>) =>
    setSearch(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(changes)) {
          if (v) next.set(k, v);
          else next.delete(k);
        }
        return next;
      },
      { replace: true },
    );

  const exportAs = async (format: ExportFormat) => {
    setDownloading(format);
    try {
      await downloadAnnualReport(query, format);
    } catch (e) {
      void message.error(problemMessage(e, t));
    } finally {
      setDownloading(null);
    }
  };

  const years: number[] = [];
  for (let y = thisYear; y >= FIRST_YEAR; y--) years.push(y);

  return (
    <>
      <PageHeader
        title={`${t('annual.title')} ${year}`}
        subtitle={t('annual.subtitle')}
        extra={
          <>
            <Button
              icon={<DownloadOutlined />}
              type="primary"
              loading={downloading === 'XLSX'}
              disabled={downloading !== null || report.isError}
              onClick={() => void exportAs('XLSX')}
            >
              {t('annual.downloadXlsx')}
            </Button>
            <Button
              icon={<DownloadOutlined />}
              loading={downloading === 'CSV'}
              disabled={downloading !== null || report.isError}
              onClick={() => void exportAs('CSV')}
            >
              {t('annual.downloadCsv')}
            </Button>
          </>
        }
      />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
        <Select
          aria-label={t('annual.year')}
          value={year}
          style={{ width: 120 }}
          onChange={(y: number) =>
            // A unit of another map (a district in 2026, a commune of today in 2019) makes no sense: clear it.
            set({ year: String(y), unit: provinceOf(y) === provinceOf(year) ? unit : undefined })
          }
          options={years.map((y) => ({ value: y, label: String(y) }))}
        />
        {unrestricted ? <UnitPicker year={year} value={unit} onChange={(u) => set({ unit: u })} /> : null}
        {report.data && <ReportScope report={report.data} />}
      </Flex>
      {report.isPending ? (
        <Card loading />
      ) : report.isError ? (
        <ErrorResult error={report.error} onRetry={() => void report.refetch()} />
      ) : (
        <div style={{ opacity: report.isPlaceholderData ? 0.5 : 1 }} aria-busy={report.isFetching}>
          <ReportBody report={report.data} />
        </div>
      )}
    </>
  );
}

function ReportScope({ report }: { report: AnnualReport }) {
  const { t } = useTranslation('report');
  if (!report.unitCode) return <StatusTag tone="info">{t('annual.scopeAll')}</StatusTag>;
  const validity = report.unitValidTo
    ? t('annual.validity', { from: formatDate(report.unitValidFrom), to: formatDate(report.unitValidTo) })
    : t('annual.validityOpen', { from: formatDate(report.unitValidFrom) });
  return (
    <StatusTag tone="info">
      {t('annual.scope', { unit: `${report.unitCode} — ${report.unitName ?? ''}` })} ({validity})
    </StatusTag>
  );
}

function ReportBody({ report }: { report: AnnualReport }) {
  const { t } = useTranslation(['report', 'common']);
  const s = report.summary;
  const stars = productsByStars(report.byStars);
  const starText = (n: number) => t('stars', { count: n });

  return (
    <>
      <Section title={t('annual.section.summary')} testId="section-summary">
        <Row gutter={[16, 16]}>
          {(['products', 'ratedProducts', 'producers', 'communes', 'units'] as const).map((key) => (
            <Col xs={12} md={8} xl={4} key={key}>
              <Statistic title={t(`annual.summary.${key}`)} value={formatNumber(s[key])} />
            </Col>
          ))}
        </Row>
      </Section>

      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Section title={t('annual.section.byStars')} testId="section-by-stars">
            <SmallTable
              label={t('annual.section.byStars')}
              rows={stars}
              rowKey={(r) => String(r.stars)}
              columns={[
                { title: t('annual.col.stars'), dataIndex: 'stars', render: starText },
                {
                  title: t('annual.col.products'),
                  dataIndex: 'products',
                  align: 'right',
                  render: formatNumber,
                },
              ]}
            />
          </Section>
        </Col>
        <Col xs={24} lg={12}>
          <Section title={t('annual.section.byDistrict')} testId="section-by-district">
            <SmallTable<Schemas['DistrictCount']>
              label={t('annual.section.byDistrict')}
              rows={report.byDistrict}
              rowKey="districtCode"
              columns={[
                { title: t('annual.col.code'), dataIndex: 'districtCode', width: 80 },
                { title: t('annual.col.district'), dataIndex: 'districtName' },
                {
                  title: t('annual.col.products'),
                  dataIndex: 'products',
                  align: 'right',
                  render: formatNumber,
                },
              ]}
            />
          </Section>
        </Col>
        <Col xs={24} lg={12}>
          <Section title={t('annual.section.byGroup')} testId="section-by-group">
            <SmallTable<Schemas['GroupCount']>
              label={t('annual.section.byGroup')}
              rows={report.byGroup}
              rowKey="groupCode"
              columns={[
                { title: t('annual.col.group'), dataIndex: 'groupName' },
                {
                  title: t('annual.col.products'),
                  dataIndex: 'products',
                  align: 'right',
                  render: formatNumber,
                },
              ]}
            />
          </Section>
        </Col>
        <Col xs={24} lg={12}>
          <Section title={t('annual.section.byFormerProvince')} testId="section-by-former-province">
            <SmallTable<Schemas['FormerProvinceCount']>
              label={t('annual.section.byFormerProvince')}
              rows={report.byFormerProvince}
              rowKey={(r) => `${r.provinceCode}:${r.validFrom}`}
              columns={[
                {
                  title: t('annual.col.province'),
                  key: 'province',
                  render: (_, r) => `${r.provinceCode} — ${r.provinceName}`,
                },
                {
                  title: t('annual.col.validFrom'),
                  key: 'validity',
                  responsive: ['md'],
                  render: (_, r) =>
                    r.validTo
                      ? t('annual.validity', { from: formatDate(r.validFrom), to: formatDate(r.validTo) })
                      : t('annual.validityOpen', { from: formatDate(r.validFrom) }),
                },
                {
                  title: t('annual.col.products'),
                  dataIndex: 'products',
                  align: 'right',
                  render: formatNumber,
                },
                {
                  title: t('annual.col.ratedProducts'),
                  dataIndex: 'ratedProducts',
                  align: 'right',
                  render: formatNumber,
                },
              ]}
            />
          </Section>
        </Col>
      </Row>

      <Section title={t('annual.section.byCommuneToday')} testId="section-by-commune">
        <SmallTable<Schemas['CommuneCount']>
          label={t('annual.section.byCommuneToday')}
          rows={report.byCommuneToday}
          rowKey={(r) => r.communeCode ?? '-'}
          columns={[
            { title: t('annual.col.code'), dataIndex: 'communeCode', width: 90 },
            {
              title: t('annual.col.commune'),
              dataIndex: 'communeName',
              render: (name: string | null) => name ?? t('annual.noCode'),
            },
            { title: t('annual.col.products'), dataIndex: 'products', align: 'right', render: formatNumber },
            {
              title: t('annual.col.ratedProducts'),
              dataIndex: 'ratedProducts',
              align: 'right',
              render: formatNumber,
            },
          ]}
        />
      </Section>

      <Section title={t('annual.section.certifications')} testId="section-certifications">
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          style={{ marginBottom: 12 }}
          items={[
            {
              key: 'ip',
              label: t('annual.certifications.productsWithIp'),
              children: formatNumber(report.certifications.productsWithIp),
            },
            {
              key: 'bq',
              label: t('annual.certifications.productsWithBarcodeAndQuality'),
              children: formatNumber(report.certifications.productsWithBarcodeAndQuality),
            },
          ]}
        />
        <SmallTable<Schemas['CertificationCount']>
          label={t('annual.section.certifications')}
          rows={report.certifications.byType}
          rowKey="type"
          columns={[
            {
              title: t('annual.col.type'),
              dataIndex: 'type',
              render: (type: string) => t(`certificationType.${type}`, { defaultValue: type }),
            },
            { title: t('annual.col.held'), dataIndex: 'held', align: 'right', render: formatNumber },
            {
              title: t('annual.col.issuedInYear'),
              dataIndex: 'issuedInYear',
              align: 'right',
              render: formatNumber,
            },
            {
              title: t('annual.col.certifiedProducts'),
              dataIndex: 'products',
              align: 'right',
              render: formatNumber,
            },
          ]}
        />
      </Section>

      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Section title={t('annual.section.contracts')} testId="section-contracts">
            <Descriptions
              size="small"
              column={1}
              items={[
                {
                  key: 'count',
                  label: t('annual.contracts.count'),
                  children: formatNumber(report.contracts.count),
                },
                {
                  key: 'products',
                  label: t('annual.contracts.products'),
                  children: formatNumber(report.contracts.products),
                },
                {
                  key: 'value',
                  label: t('annual.contracts.totalValue'),
                  children: formatMoney(report.contracts.totalValueVnd),
                },
              ]}
            />
          </Section>
        </Col>
        <Col xs={24} lg={12}>
          <Section title={t('annual.section.support')} testId="section-support">
            <Descriptions
              size="small"
              column={{ xs: 1, md: 2 }}
              style={{ marginBottom: 12 }}
              items={[
                {
                  key: 'r',
                  label: t('annual.support.requests'),
                  children: formatNumber(report.support.requests),
                },
                {
                  key: 'p',
                  label: t('annual.support.producers'),
                  children: formatNumber(report.support.producers),
                },
              ]}
            />
            <SmallTable<Schemas['SupportCount']>
              label={t('annual.section.support')}
              rows={report.support.byTypeAndStatus}
              rowKey={(r) => `${r.type}:${r.status}`}
              columns={[
                {
                  title: t('annual.col.type'),
                  dataIndex: 'type',
                  render: (v: string) => t(`supportType.${v}`, { defaultValue: v }),
                },
                {
                  title: t('annual.col.status'),
                  dataIndex: 'status',
                  render: (v: string) => t(`supportStatus.${v}`, { defaultValue: v }),
                },
                { title: t('annual.col.count'), dataIndex: 'count', align: 'right', render: formatNumber },
              ]}
            />
          </Section>
        </Col>
      </Row>

      <Section title={t('annual.section.tradeEvents')} testId="section-trade-events">
        <Typography.Paragraph>
          {t('annual.tradeEvents.count')}: <strong>{formatNumber(report.tradeEvents.count)}</strong>
        </Typography.Paragraph>
        <SmallTable<Schemas['TradeEventLine']>
          label={t('annual.section.tradeEvents')}
          rows={report.tradeEvents.items}
          rowKey={(r) => String(r.id)}
          columns={[
            { title: t('annual.col.event'), dataIndex: 'name' },
            {
              title: t('annual.col.kind'),
              dataIndex: 'kind',
              responsive: ['md'],
              render: (v: string) => t(`eventKind.${v}`, { defaultValue: v }),
            },
            { title: t('annual.col.host'), dataIndex: 'hostProvince', responsive: ['lg'] },
            {
              title: t('annual.col.dates'),
              key: 'dates',
              render: (_, r) => `${formatDate(r.startsOn)} – ${formatDate(r.endsOn)}`,
            },
            {
              title: t('annual.col.participants'),
              dataIndex: 'participants',
              align: 'right',
              render: formatNumber,
            },
          ]}
        />
      </Section>

      <Section title={t('annual.section.upgradable')} testId="section-upgradable">
        <SmallTable<Schemas['ProductLine']>
          label={t('annual.section.upgradable')}
          rows={report.upgradable}
          rowKey={(r) => String(r.productId)}
          columns={[
            {
              title: t('annual.col.product'),
              dataIndex: 'productName',
              render: (name: string, r) => <Link to={`/products/${r.productId}`}>{name}</Link>,
            },
            { title: t('annual.col.producer'), dataIndex: 'producerName' },
            { title: t('annual.col.district'), dataIndex: 'districtCode', responsive: ['md'] },
            { title: t('annual.col.stars'), dataIndex: 'stars', render: starText },
          ]}
        />
      </Section>

      <Section title={t('annual.section.expiringNextYear')} testId="section-expiring">
        <SmallTable<Schemas['ExpiringCertificate']>
          label={t('annual.section.expiringNextYear')}
          rows={report.expiringNextYear}
          rowKey={(r) => String(r.certificateId)}
          columns={[
            {
              title: t('annual.col.product'),
              dataIndex: 'productName',
              render: (name: string, r) => <Link to={`/ocop-certificates/${r.certificateId}`}>{name}</Link>,
            },
            { title: t('annual.col.producer'), dataIndex: 'producerName', responsive: ['md'] },
            { title: t('annual.col.productCode'), dataIndex: 'productCode' },
            { title: t('annual.col.stars'), dataIndex: 'stars', render: starText },
            { title: t('annual.col.validUntil'), dataIndex: 'validUntil', render: formatDate },
          ]}
        />
      </Section>
    </>
  );
}
