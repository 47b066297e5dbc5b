import { Alert, Col, Flex, Row, Statistic } from 'antd';
import dayjs from 'dayjs';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { ItemList, Panel } from '../../../components/Panel';
import { QueryState } from '../../../components/QueryState';
import { StatusTag } from '../../../components/StatusTag';
import { api, unwrap } from '../../../lib/api/client';
import { IfRole } from '../../../lib/auth/RequireRole';
import { Role } from '../../../lib/auth/roles';
import { useSession } from '../../../lib/auth/session';
import { formatDate, formatNumber } from '../../../lib/format';
import { CertificateStatusTag } from '../../certificate/components/CertificateStatusTag';
import { useCertificates } from '../../certificate/api/certificates';
import { useAnnualReport, useAnnualReports, useSupportSummary } from '../api/reports';
import { Chart } from '../components/Chart';
import { Widget } from '../components/Widget';
import { openSupport, productsByPlace, productsByStars, trend, trendYears } from '../lib/aggregate';
import { groupsOption, placesOption, starsOption, trendOption } from '../lib/charts';

/** Who reads OCOP certificates and support requests (commune officers do not: the API refuses them). */
const CERTIFICATE_READERS = [
  Role.OFFICE,
  Role.DISTRICT_OFFICER,
  Role.DISTRICT_COUNCIL,
  Role.PROVINCIAL_COUNCIL,
];

function useExpiringCertifications() {
  return useQuery({
    queryKey: ['certifications', 'list', { expiringWithinDays: 30, sort: 'expiresOn', size: 5 }],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/certifications', {
          params: { query: { expiringWithinDays: 30, sort: 'expiresOn', size: 5 } },
          signal,
        }),
      ),
  });
}

export default function DashboardPage() {
  const { t } = useTranslation(['report', 'common']);
  const session = useSession();
  const thisYear = dayjs().year();
  const [search, setSearch] = useSearchParams();
  const year = Number(search.get('year')) || thisYear;
  const years = useMemo(() => trendYears(thisYear), [thisYear]);
  const readsCertificates = session.hasRole(...CERTIFICATE_READERS);

  const report = useAnnualReport({ year });
  const trendReports = useAnnualReports(years);
  const certificates = useCertificates(
    { status: 'EXPIRING', sort: 'validUntil', size: 5 },
    readsCertificates,
  );
  const certifications = useExpiringCertifications();
  const support = useSupportSummary(undefined, readsCertificates);

  const unitName =
    report.data?.unitName ?? (session.provinceWide ? t('dashboard.wholeProvince') : session.unit);
  const starLabel = (stars: number) => t('starsShort', { count: stars });
  const figures = (lines: { label: string; value: number }[]) =>
    lines.map((l) => `${l.label}: ${formatNumber(l.value)}`).join('; ');

  const trendPoints = trend(trendReports.map((q) => q.data));
  const trendFailed = years.filter((_, i) => trendReports[i]?.isError);
  const trendPending = trendReports.some((q) => q.isPending);

  return (
    <>
      <PageHeader
        title={t('dashboard.title')}
        subtitle={t('dashboard.subtitle', { year, unit: unitName ?? '' })}
        extra={
          <>
            {/* A native select: antd's Select would weigh on the first page; this one is enough for a year. */}
            <select
              aria-label={t('dashboard.year')}
              className="native-select"
              value={year}
              onChange={(e) => {
                const y = Number(e.target.value);
                setSearch(y === thisYear ? {} : { year: String(y) }, { replace: true });
              }}
            >
              {[...years].reverse().map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
            <Link to={`/reports/annual?year=${year}`}>{t('dashboard.openReport')}</Link>
          </>
        }
      />

      <QueryState query={report}>
        {(r) => (
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            {(
              [
                ['products', r.summary.products],
                [
                  'rated',
                  productsByStars(r.byStars)
                    .filter((s) => s.stars >= 3)
                    .reduce((a, s) => a + s.products, 0),
                ],
                ['producers', r.summary.producers],
                ['communes', r.summary.communes],
              ] as const
            ).map(([key, value]) => (
              <Col xs={12} md={6} key={key}>
                <Panel>
                  <Statistic
                    title={t(`dashboard.kpi.${key}`)}
                    value={value}
                    formatter={(v) => formatNumber(Number(v))}
                  />
                </Panel>
              </Col>
            ))}
          </Row>
        )}
      </QueryState>

      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Widget
            title={t('dashboard.byStars')}
            query={report}
            testId="widget-stars"
            empty={(r) => r.byStars.every((s) => s.products === 0)}
          >
            {(r) => {
              const lines = productsByStars(r.byStars);
              return (
                <Chart
                  label={t('dashboard.chartLabel', {
                    title: t('dashboard.byStars'),
                    figures: figures(lines.map((l) => ({ label: starLabel(l.stars), value: l.products }))),
                  })}
                  option={starsOption(lines, starLabel)}
                />
              );
            }}
          </Widget>
        </Col>
        <Col xs={24} lg={12}>
          <Widget
            title={
              report.data && report.data.byDistrict.length === 0
                ? t('dashboard.byCommune')
                : t('dashboard.byDistrict')
            }
            query={report}
            testId="widget-places"
            empty={(r) => productsByPlace(r, '').lines.length === 0}
          >
            {(r) => {
              const { kind, lines } = productsByPlace(r, t('annual.noCode'));
              const top = lines.slice(0, 12);
              return (
                <Chart
                  label={t('dashboard.chartLabel', {
                    title: t(kind === 'district' ? 'dashboard.byDistrict' : 'dashboard.byCommune'),
                    figures: figures(top.map((l) => ({ label: l.name, value: l.products }))),
                  })}
                  option={placesOption(top)}
                  height={Math.max(200, top.length * 28 + 40)}
                />
              );
            }}
          </Widget>
        </Col>
        <Col xs={24} lg={12}>
          <Widget
            title={t('dashboard.byGroup')}
            query={report}
            testId="widget-groups"
            empty={(r) => r.byGroup.every((g) => g.products === 0)}
          >
            {(r) => {
              const lines = r.byGroup
                .filter((g) => g.products > 0)
                .map((g) => ({ name: g.groupName, products: g.products }));
              return (
                <Chart
                  label={t('dashboard.chartLabel', {
                    title: t('dashboard.byGroup'),
                    figures: figures(lines.map((l) => ({ label: l.name, value: l.products }))),
                  })}
                  option={groupsOption(lines)}
                  height={300}
                />
              );
            }}
          </Widget>
        </Col>
        <Col xs={24} lg={12}>
          <Widget
            title={t('dashboard.trend')}
            testId="widget-trend"
            query={{
              isPending: trendPending && trendPoints.length === 0,
              isError: trendFailed.length === years.length,
              error: trendReports.find((q) => q.isError)?.error,
              data: trendPoints,
              refetch: () => trendReports.forEach((q) => void q.refetch()),
            }}
            empty={(points) => points.every((p) => p.products === 0)}
          >
            {(points) => (
              <>
                {trendFailed.length > 0 && (
                  <Alert
                    type="warning"
                    showIcon
                    title={t('dashboard.trendFailed', { years: trendFailed.join(', ') })}
                    style={{ marginBottom: 8 }}
                  />
                )}
                <Chart
                  label={t('dashboard.chartLabel', {
                    title: t('dashboard.trend'),
                    figures: points
                      .map((p) => `${p.year}: ${formatNumber(p.products)} / ${formatNumber(p.certified)}`)
                      .join('; '),
                  })}
                  option={trendOption(points, {
                    products: t('dashboard.trendProducts'),
                    certified: t('dashboard.trendCertified'),
                  })}
                  height={300}
                />
              </>
            )}
          </Widget>
        </Col>

        <IfRole roles={CERTIFICATE_READERS}>
          <Col xs={24} lg={12}>
            <Widget
              title={t('dashboard.expiringCertificates')}
              query={certificates}
              testId="widget-expiring-certificates"
              empty={(page) => page.items.length === 0}
              extra={<Link to="/ocop-certificates?status=EXPIRING">{t('dashboard.more')}</Link>}
            >
              {(page) => (
                <ItemList
                  items={page.items}
                  rowKey={(c) => c.id}
                  render={(c) => ({
                    title: <Link to={`/ocop-certificates/${c.id}`}>{c.productName}</Link>,
                    description: `${c.producerName} · ${c.productCode} · ${formatDate(c.validUntil)}`,
                    extra: <CertificateStatusTag status={c.status} />,
                  })}
                />
              )}
            </Widget>
          </Col>
        </IfRole>
        <Col xs={24} lg={12}>
          <Widget
            title={t('dashboard.expiringCertifications')}
            query={certifications}
            testId="widget-expiring-certifications"
            empty={(page) => page.items.length === 0}
          >
            {(page) => (
              <ItemList
                items={page.items}
                rowKey={(c) => c.id}
                render={(c) => ({
                  title: `${t(`certificationType.${c.type}`)} ${c.number}`,
                  description: [c.productName, c.producerName].filter(Boolean).join(' · '),
                  extra: <StatusTag tone="warning">{formatDate(c.expiresOn)}</StatusTag>,
                })}
              />
            )}
          </Widget>
        </Col>
        <IfRole roles={CERTIFICATE_READERS}>
          <Col xs={24} lg={12}>
            <Widget
              title={t('dashboard.openSupport')}
              query={support}
              testId="widget-support"
              empty={(s) => openSupport(s).total === 0}
            >
              {(s) => {
                const open = openSupport(s);
                return (
                  <>
                    <Flex gap={8} wrap style={{ marginBottom: 8 }}>
                      <strong>{t('dashboard.openSupportTotal', { count: open.total })}</strong>
                      {(Object.entries(open.byStatus) as [string, number][]).map(([status, n]) => (
                        <StatusTag key={status} tone={status === 'REQUESTED' ? 'warning' : 'info'}>
                          {t(`supportStatus.${status}`)}: {n}
                        </StatusTag>
                      ))}
                    </Flex>
                    <ItemList
                      items={open.byType}
                      rowKey={(line) => line.type}
                      render={(line) => ({
                        title: t(`supportType.${line.type}`),
                        extra: <strong>{formatNumber(line.open)}</strong>,
                      })}
                    />
                  </>
                );
              }}
            </Widget>
          </Col>
        </IfRole>
      </Row>
    </>
  );
}
