import { Alert, Button, Card, Col, Descriptions, List, Row, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { StatusTag } from '../../../components/StatusTag';
import { Role } from '../../../lib/auth/roles';
import { useSession } from '../../../lib/auth/session';
import { formatDate, formatDateTime } from '../../../lib/format';
import { useDossier, type Entry } from '../api/dossiers';
import { DossierCheckForm } from '../components/DossierCheckForm';
import { DossierStateTag } from '../components/DossierStateTag';
import { canCheckDossier, LOCAL_ORIGIN_ITEMS } from '../logic/dossier';

export default function DossierPage() {
  const id = Number(useParams().id);
  const entry = useDossier(id);
  return <QueryState query={entry}>{(e) => <Dossier entry={e} />}</QueryState>;
}

function Dossier({ entry }: { entry: Entry }) {
  const { t } = useTranslation(['dossiers', 'common']);
  const session = useSession();
  const [editing, setEditing] = useState(false);
  const check = entry.dossierCheck;
  const s = entry.snapshot;
  const mayCheck = session.hasRole(Role.COMMUNE_OFFICER, Role.OFFICE) && canCheckDossier(entry);
  const showForm = mayCheck && (!check || editing);

  return (
    <>
      <PageHeader
        title={entry.productName}
        subtitle={entry.producerName}
        extra={
          <Link to={session.hasRole(Role.COMMUNE_OFFICER) ? '/dossiers' : `/rounds/${entry.roundId}`}>
            {t('common:action.back')}
          </Link>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t('field.product')} size="small">
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('field.state')}>
                <DossierStateTag entry={entry} />
              </Descriptions.Item>
              <Descriptions.Item label={t('field.producer')}>{s.producerName}</Descriptions.Item>
              <Descriptions.Item label={t('field.productSet')}>
                {s.productSetNumber}. {s.productSetName}
              </Descriptions.Item>
              <Descriptions.Item label={t('field.description')}>{s.description}</Descriptions.Item>
              <Descriptions.Item label={t('field.yearEntered')}>{s.yearEntered}</Descriptions.Item>
              <Descriptions.Item label={t('field.enteredAt')}>
                {formatDate(entry.createdAt)}
              </Descriptions.Item>
              {entry.outcome && (
                <Descriptions.Item label={t('field.outcome')}>
                  {t(`outcome.${entry.outcome}`)}
                </Descriptions.Item>
              )}
            </Descriptions>
            <Typography.Title level={2} style={{ fontSize: 16, marginTop: 16 }}>
              {t('field.certifications')}
            </Typography.Title>
            {s.certifications.length === 0 ? (
              <Typography.Paragraph>{t('common:state.empty')}</Typography.Paragraph>
            ) : (
              <List
                size="small"
                dataSource={s.certifications}
                renderItem={(c) => (
                  <List.Item>
                    {c.type} — {c.number} ({c.issuer}), {formatDate(c.issuedOn)}
                    {c.expiresOn ? ` – ${formatDate(c.expiresOn)}` : ''}
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card
            title={t('check.title')}
            size="small"
            extra={
              mayCheck &&
              check &&
              !editing && <Button onClick={() => setEditing(true)}>{t('check.again')}</Button>
            }
          >
            {showForm ? (
              <DossierCheckForm entry={entry} onDone={() => setEditing(false)} />
            ) : check ? (
              <Space orientation="vertical" style={{ width: '100%' }}>
                <Descriptions column={1} size="small" title={t('check.recorded')}>
                  <Descriptions.Item label={t('check.result')}>
                    <StatusTag tone={check.status === 'PASSED' ? 'success' : 'danger'}>
                      {t(`check.${check.status}`)}
                    </StatusTag>
                  </Descriptions.Item>
                  <Descriptions.Item label={t('field.note')}>{check.note}</Descriptions.Item>
                  <Descriptions.Item label={t('field.checkedBy')}>{check.checkedBy}</Descriptions.Item>
                  <Descriptions.Item label={t('field.checkedAt')}>
                    {formatDateTime(check.checkedAt)}
                  </Descriptions.Item>
                </Descriptions>
                {check.localOrigin.length > 0 && (
                  <List
                    size="small"
                    header={<strong>{t('check.localOrigin')}</strong>}
                    dataSource={LOCAL_ORIGIN_ITEMS.map((item) => ({
                      item,
                      rating: check.localOrigin.find((r) => r.item === item),
                    }))}
                    renderItem={({ item, rating }) => (
                      <List.Item>
                        <List.Item.Meta title={t(`item.${item}`)} description={rating?.note ?? undefined} />
                        <StatusTag tone={rating?.confirmed ? 'success' : 'neutral'}>
                          {rating?.confirmed ? t('check.confirmed') : t('common:action.no')}
                        </StatusTag>
                      </List.Item>
                    )}
                  />
                )}
              </Space>
            ) : (
              <Typography.Paragraph>{t('check.notYet')}</Typography.Paragraph>
            )}
            <Alert
              style={{ marginTop: 16 }}
              type="info"
              showIcon
              title={
                entry.outcome === 'FORWARDED'
                  ? t('check.forwarded')
                  : entry.outcome
                    ? t('check.locked')
                    : t('check.forwarding')
              }
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
