import { DownloadOutlined, FilePdfOutlined, StopOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Descriptions, Flex, Row } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { problemMessage } from '../../../components/ProblemAlert';
import { QueryState } from '../../../components/QueryState';
import { runtimeConfig } from '../../../config/runtime';
import { download } from '../../../lib/api/client';
import { IfRole } from '../../../lib/auth/RequireRole';
import { Role } from '../../../lib/auth/roles';
import { formatDate } from '../../../lib/format';
import { useCertificate } from '../api/certificates';
import { CertificateStatusTag } from '../components/CertificateStatusTag';
import { RevokeModal } from '../components/RevokeModal';
import { Stars } from '../components/Stars';

export default function CertificateDetailPage() {
  const { t } = useTranslation(['certificate', 'common']);
  const { message } = App.useApp();
  const id = Number(useParams().id);
  const certificate = useCertificate(id);
  const [revoking, setRevoking] = useState(false);

  return (
    <QueryState query={certificate}>
      {({ data: c }) => {
        const qrPath = `/api/v1/public/certificates/${encodeURIComponent(c.publicCode)}/qr.svg`;
        return (
          <>
            <PageHeader
              title={t('certificate.title', { code: c.productCode })}
              subtitle={c.productName}
              extra={
                <Flex gap={8} wrap>
                  <Button
                    icon={<FilePdfOutlined />}
                    onClick={() =>
                      download(
                        `/api/v1/ocop-certificates/${c.id}/pdf`,
                        `giay-chung-nhan-ocop-${c.productCode}.pdf`,
                      ).catch((e: unknown) => message.error(problemMessage(e, t)))
                    }
                  >
                    {t('certificate.printPdf')}
                  </Button>
                  {c.status !== 'REVOKED' && (
                    <IfRole roles={[Role.OFFICE]}>
                      <Button danger icon={<StopOutlined />} onClick={() => setRevoking(true)}>
                        {t('certificate.revoke')}
                      </Button>
                    </IfRole>
                  )}
                </Flex>
              }
            />
            <Row gutter={[16, 16]}>
              <Col xs={24} lg={16}>
                <Card size="small">
                  <Descriptions
                    column={{ xs: 1, md: 2 }}
                    size="small"
                    items={[
                      {
                        key: 'status',
                        label: t('certificate.status'),
                        children: <CertificateStatusTag status={c.status} />,
                      },
                      { key: 'stars', label: t('certificate.stars'), children: <Stars count={c.stars} /> },
                      { key: 'product', label: t('certificate.product'), children: c.productName },
                      { key: 'producer', label: t('certificate.producer'), children: c.producerName },
                      { key: 'productCode', label: t('certificate.productCode'), children: c.productCode },
                      { key: 'publicCode', label: t('certificate.publicCode'), children: c.publicCode },
                      { key: 'issuedOn', label: t('certificate.issuedOn'), children: formatDate(c.issuedOn) },
                      {
                        key: 'validUntil',
                        label: t('certificate.validUntil'),
                        children: formatDate(c.validUntil),
                      },
                      {
                        key: 'decision',
                        label: t('certificate.decision'),
                        children: (
                          <Link to={`/recognition-decisions/${c.decision.id}`}>
                            {c.decision.number} ({formatDate(c.decision.decidedOn)})
                          </Link>
                        ),
                      },
                      { key: 'district', label: t('certificate.district'), children: c.districtCode ?? '—' },
                      ...(c.status === 'REVOKED'
                        ? [
                            {
                              key: 'revokedOn',
                              label: t('certificate.revokedOn'),
                              children: formatDate(c.revokedOn),
                            },
                            {
                              key: 'reason',
                              label: t('certificate.revocationReason'),
                              children: c.revocationReason ? t(`reason.${c.revocationReason}`) : '',
                            },
                            {
                              key: 'note',
                              label: t('certificate.revocationNote'),
                              children: c.revocationNote,
                            },
                            { key: 'by', label: t('certificate.revokedBy'), children: c.revokedBy },
                          ]
                        : []),
                    ]}
                  />
                </Card>
              </Col>
              <Col xs={24} lg={8}>
                <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('certificate.qr')}</h2>}>
                  <Flex vertical align="center" gap={8}>
                    <img
                      src={`${runtimeConfig().apiUrl}${qrPath}`}
                      alt={t('certificate.qrAlt', { code: c.publicCode })}
                      width={180}
                      height={180}
                    />
                    <Link to={`/public/certificates/${encodeURIComponent(c.publicCode)}`}>
                      {t('certificate.publicPage')}
                    </Link>
                    <Button
                      icon={<DownloadOutlined />}
                      onClick={() =>
                        download(qrPath, `ocop-${c.publicCode}.svg`).catch((e: unknown) =>
                          message.error(problemMessage(e, t)),
                        )
                      }
                    >
                      {t('certificate.downloadQr')}
                    </Button>
                  </Flex>
                </Card>
              </Col>
            </Row>
            <RevokeModal certificate={c} open={revoking} onClose={() => setRevoking(false)} />
          </>
        );
      }}
    </QueryState>
  );
}
