import { Alert, Button, Descriptions, Flex, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { Panel } from '../../../components/Panel';
import { StatePage } from '../../../components/StatePage';
import { ErrorResult } from '../../../components/QueryState';
import { ApiError } from '../../../lib/api/problem';
import { formatDate } from '../../../lib/format';
import { CertificateStatusTag } from '../../certificate/components/CertificateStatusTag';
import { Stars } from '../../certificate/components/Stars';
import { carriesMark } from '../../certificate/status';
import { usePublicCertificate, type PublicCertificate } from '../api/catalogue';

/** Plain form elements: this page is what a phone opens from a QR code, so it carries as little as it can. */
function LookupForm({ initial }: { initial?: string }) {
  const { t } = useTranslation('catalogue');
  const navigate = useNavigate();
  const [code, setCode] = useState(initial ?? '');
  return (
    <form
      className="lookup-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (code.trim())
          void navigate(`/public/certificates/${encodeURIComponent(code.trim().toUpperCase())}`);
      }}
    >
      <label htmlFor="certificate-code">{t('lookup.code')}</label>
      <input
        id="certificate-code"
        className="lookup-form__input"
        value={code}
        required
        autoComplete="off"
        onChange={(e) => setCode(e.target.value)}
      />
      <Button type="primary" htmlType="submit">
        {t('lookup.submit')}
      </Button>
    </form>
  );
}

function CertificateCard({ certificate: c }: { certificate: PublicCertificate }) {
  const { t } = useTranslation(['catalogue', 'certificate']);
  const mark = carriesMark(c.status);
  return (
    <Panel testId="public-certificate">
      <Flex vertical gap={12}>
        <h2 style={{ fontSize: 20, fontWeight: 600, margin: 0 }}>{c.productName}</h2>
        <Flex gap={12} align="center" wrap>
          <Stars count={c.stars} />
          <span style={{ fontSize: 16 }}>
            <CertificateStatusTag status={c.status} />
          </span>
        </Flex>
        <Alert
          type={c.status === 'VALID' ? 'success' : c.status === 'EXPIRING' ? 'warning' : 'error'}
          showIcon
          title={
            c.status === 'EXPIRING'
              ? `${t('lookup.markOk')} ${t('lookup.markExpiring')}`
              : mark
                ? t('lookup.markOk')
                : t('lookup.markNo')
          }
        />
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'producer', label: t('lookup.producer'), children: c.producerName },
            ...(c.districtName
              ? [{ key: 'district', label: t('lookup.district'), children: c.districtName }]
              : []),
            {
              key: 'stars',
              label: t('lookup.stars'),
              children: t('certificate:starsWords', { count: c.stars }),
            },
            { key: 'productCode', label: t('lookup.productCode'), children: c.productCode },
            { key: 'issuedOn', label: t('lookup.issuedOn'), children: formatDate(c.issuedOn) },
            { key: 'validUntil', label: t('lookup.validUntil'), children: formatDate(c.validUntil) },
            {
              key: 'decision',
              label: t('lookup.decision'),
              children: t('lookup.decisionText', { number: c.decisionNumber, date: formatDate(c.decidedOn) }),
            },
            { key: 'publicCode', label: t('lookup.publicCode'), children: c.publicCode },
            ...(c.status === 'REVOKED'
              ? [
                  { key: 'revokedOn', label: t('lookup.revokedOn'), children: formatDate(c.revokedOn) },
                  {
                    key: 'reason',
                    label: t('lookup.revocationReason'),
                    children: c.revocationReason ? t(`certificate:reason.${c.revocationReason}`) : '',
                  },
                ]
              : []),
          ]}
        />
      </Flex>
    </Panel>
  );
}

/** What the QR code on a label opens: a certificate by its public code, its status in words; no login. */
export default function PublicCertificatePage() {
  const { t } = useTranslation(['catalogue', 'common']);
  const code = (useParams().code ?? '').trim();
  const certificate = usePublicCertificate(code);

  return (
    <>
      <PageHeader
        title={code ? t('lookup.certificateTitle') : t('lookup.title')}
        subtitle={code ? `${t('lookup.publicCode')}: ${code}` : t('lookup.subtitle')}
        extra={<Link to="/public/products">{t('lookup.catalogue')}</Link>}
      />
      {!code ? (
        <LookupForm />
      ) : certificate.isPending ? (
        <Skeleton active aria-busy="true" aria-label={t('common:state.loading')} />
      ) : certificate.isError ? (
        certificate.error instanceof ApiError && certificate.error.status === 404 ? (
          <>
            <StatePage
              kind="warning"
              title={t('lookup.notFound')}
              detail={t('lookup.notFoundDetail', { code })}
            />
            <LookupForm initial={code} />
          </>
        ) : (
          <ErrorResult error={certificate.error} onRetry={() => void certificate.refetch()} />
        )
      ) : (
        <CertificateCard certificate={certificate.data} />
      )}
    </>
  );
}
