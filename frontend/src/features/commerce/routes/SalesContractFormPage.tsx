import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Spin,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { ErrorResult, NotAllowed } from '../../../components/QueryState';
import { useSession } from '../../../lib/auth/session';
import { formatMoney, formatNumber } from '../../../lib/format';
import { newIdempotencyKey, useApiForm } from '../../../lib/forms/useApiForm';
import {
  useSalesContract,
  useSaveSalesContract,
  type SalesContract,
  type SalesContractRequest,
} from '../api/salesContracts';
import { PartnerPicker, ProducerPicker, ProducerProductPicker } from '../components/Pickers';
import { mayWriteInDistrict } from '../lib/access';
import { contractTotal, lineValue } from '../lib/contracts';
import { DATE_FORMAT, isoDate, toDayjs } from '../lib/forms';

interface LineValues {
  productId?: number;
  quantity?: number | null;
  unit?: string;
  unitPriceVnd?: number | null;
}

interface ContractFormValues {
  number: string;
  partnerId?: number;
  producerId?: number;
  signedOn?: Dayjs;
  startsOn?: Dayjs;
  endsOn?: Dayjs | null;
  lines: LineValues[];
  totalValueVnd?: number | null;
}

/** Whole đồng with dots as thousands separators while typing (1.250.000). */
const moneyInput = {
  formatter: (value: number | string | undefined) =>
    value === undefined || value === '' ? '' : formatNumber(Number(value)),
  parser: (text: string | undefined) => Number((text ?? '').replace(/\D/g, '')) || 0,
};

function valuesOf(c: SalesContract): ContractFormValues {
  return {
    number: c.number,
    partnerId: c.partnerId,
    producerId: c.producerId,
    signedOn: toDayjs(c.signedOn),
    startsOn: toDayjs(c.startsOn),
    endsOn: toDayjs(c.endsOn) ?? null,
    lines: c.lines.map((l) => ({
      productId: l.productId,
      quantity: l.quantity,
      unit: l.unit,
      unitPriceVnd: l.unitPriceVnd,
    })),
    totalValueVnd: c.totalValueVnd,
  };
}

/** `/sales-contracts/new` and `/sales-contracts/:id/edit` (drafts only). */
export default function SalesContractFormPage() {
  const { id } = useParams();
  if (id === undefined) return <ContractForm />;
  return <EditContract id={Number(id)} />;
}

function EditContract({ id }: { id: number }) {
  const { t } = useTranslation('commerce');
  const session = useSession();
  const contract = useSalesContract(id);
  if (contract.isPending) return <Spin />;
  if (contract.isError) return <ErrorResult error={contract.error} onRetry={() => void contract.refetch()} />;
  const c = contract.data.data;
  if (!mayWriteInDistrict(session, c.districtCode)) return <NotAllowed />;
  if (c.status !== 'DRAFT')
    return (
      <Alert
        type="info"
        showIcon
        title={t('contract.readOnly')}
        action={<Link to={`/sales-contracts/${id}`}>{t('contract.detailTitle', { number: c.number })}</Link>}
      />
    );
  return <ContractForm contract={c} etag={contract.data.etag} onReload={() => contract.refetch()} />;
}

function ContractForm({
  contract,
  etag,
  onReload,
}: {
  contract?: SalesContract;
  etag?: string;
  onReload?: () => Promise<unknown>;
}) {
  const { t } = useTranslation(['commerce', 'common']);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { form, error, setError, showProblem } = useApiForm<ContractFormValues>();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const save = useSaveSalesContract();
  const producerId = Form.useWatch('producerId', form);
  const lines = Form.useWatch('lines', form) as LineValues[] | undefined;
  const total = useMemo(() => contractTotal(lines ?? []), [lines]);
  const initial = useMemo<ContractFormValues>(
    () => (contract ? valuesOf(contract) : { number: '', lines: [{ unit: '' }] }),
    [contract],
  );
  const knownProducts = useMemo(
    () => (contract?.lines ?? []).map((l) => ({ value: l.productId, label: l.productName })),
    [contract],
  );

  const submit = (values: ContractFormValues) => {
    setError(null);
    const allPriced = contractTotal(values.lines) !== null;
    const body: SalesContractRequest = {
      number: values.number.trim(),
      partnerId: values.partnerId ?? 0,
      producerId: values.producerId ?? 0,
      signedOn: isoDate(values.signedOn) ?? '',
      startsOn: isoDate(values.startsOn) ?? '',
      endsOn: isoDate(values.endsOn),
      lines: values.lines.map((l) => ({
        productId: l.productId ?? 0,
        quantity: l.quantity ?? 0,
        unit: (l.unit ?? '').trim(),
        unitPriceVnd: l.unitPriceVnd ?? null,
      })),
      // Every line priced: the API computes the total; otherwise the value stated by hand, if any.
      totalValueVnd: allPriced ? null : (values.totalValueVnd ?? null),
    };
    save.mutate(
      { id: contract?.id, etag, idempotencyKey, body },
      {
        onSuccess: (saved) => {
          void message.success(t(contract ? 'saved' : 'created'));
          void navigate(`/sales-contracts/${saved.id}`);
        },
        onError: showProblem,
      },
    );
  };

  const reload = async () => {
    await onReload?.();
    setError(null);
  };

  const title = contract ? t('contract.editTitle', { number: contract.number }) : t('contract.createTitle');
  return (
    <>
      <PageHeader title={title} />
      <ProblemAlert error={error} onReload={onReload ? () => void reload() : undefined} />
      <Form<ContractFormValues>
        key={contract?.version ?? 'new'}
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={submit}
        onValuesChange={(changed: Partial<ContractFormValues>) => {
          // The products must be the producer's: another producer empties the lines' products.
          if ('producerId' in changed) {
            const current = (form.getFieldValue('lines') as LineValues[] | undefined) ?? [];
            form.setFieldValue(
              'lines',
              current.map((l) => ({ ...l, productId: undefined })),
            );
          }
        }}
        disabled={save.isPending}
        scrollToFirstError
      >
        <Card title={t('contract.info')} style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item
                name="number"
                label={t('contract.field.number')}
                rules={[{ required: true, whitespace: true }, { max: 50 }]}
              >
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="partnerId" label={t('contract.field.partner')} rules={[{ required: true }]}>
                <PartnerPicker
                  known={contract ? [{ value: contract.partnerId, label: contract.partnerName }] : []}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="producerId" label={t('contract.field.producer')} rules={[{ required: true }]}>
                <ProducerPicker
                  known={contract ? [{ value: contract.producerId, label: contract.producerName }] : []}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="signedOn" label={t('contract.field.signedOn')} rules={[{ required: true }]}>
                <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="startsOn" label={t('contract.field.startsOn')} rules={[{ required: true }]}>
                <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="endsOn" label={t('contract.field.endsOn')}>
                <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Card title={t('contract.field.lines')} style={{ marginBottom: 16 }}>
          <Form.List
            name="lines"
            rules={[
              {
                validator: async (_, value?: unknown[]) => {
                  if (!value || value.length === 0) throw new Error(t('contract.noLines'));
                },
              },
            ]}
          >
            {(fields, { add, remove }, { errors }) => (
              <>
                {fields.map((field, index) => {
                  const value = lineValue(lines?.[index] ?? {});
                  return (
                    <fieldset
                      key={field.key}
                      data-testid={`line-${index}`}
                      style={{
                        border: '1px solid #f0f0f0',
                        borderRadius: 8,
                        padding: '8px 12px',
                        marginBottom: 12,
                      }}
                    >
                      <legend style={{ fontSize: 14, width: 'auto', padding: '0 4px', margin: 0, border: 0 }}>
                        {t('contract.line', { n: index + 1 })}
                      </legend>
                      <Row gutter={12} align="top">
                        <Col xs={24} lg={8}>
                          <Form.Item
                            name={[field.name, 'productId']}
                            label={t('contract.field.product')}
                            rules={[{ required: true }]}
                          >
                            <ProducerProductPicker producerId={producerId} known={knownProducts} />
                          </Form.Item>
                        </Col>
                        <Col xs={12} lg={4}>
                          <Form.Item
                            name={[field.name, 'quantity']}
                            label={t('contract.field.quantity')}
                            rules={[{ required: true }]}
                          >
                            <InputNumber<number> style={{ width: '100%' }} />
                          </Form.Item>
                        </Col>
                        <Col xs={12} lg={3}>
                          <Form.Item
                            name={[field.name, 'unit']}
                            label={t('contract.field.unit')}
                            rules={[{ required: true, whitespace: true }, { max: 20 }]}
                          >
                            <Input />
                          </Form.Item>
                        </Col>
                        <Col xs={12} lg={4}>
                          <Form.Item
                            name={[field.name, 'unitPriceVnd']}
                            label={t('contract.field.unitPrice')}
                          >
                            <InputNumber<number> style={{ width: '100%' }} min={0} {...moneyInput} />
                          </Form.Item>
                        </Col>
                        <Col xs={9} lg={4}>
                          <Form.Item label={t('contract.field.value')}>
                            <Typography.Text data-testid={`line-${index}-value`} strong={value !== null}>
                              {value === null ? t('contract.noPrice') : formatMoney(value)}
                            </Typography.Text>
                          </Form.Item>
                        </Col>
                        <Col xs={3} lg={1}>
                          <Button
                            type="text"
                            danger
                            icon={<DeleteOutlined />}
                            style={{ marginTop: 30 }}
                            aria-label={t('contract.action.removeLine', { n: index + 1 })}
                            disabled={fields.length === 1 || save.isPending}
                            onClick={() => remove(field.name)}
                          />
                        </Col>
                      </Row>
                    </fieldset>
                  );
                })}
                <Form.ErrorList errors={errors} />
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ unit: '' })} block>
                  {t('contract.action.addLine')}
                </Button>
              </>
            )}
          </Form.List>
          <Flex justify="flex-end" align="center" gap={12} style={{ marginTop: 16 }} wrap>
            {total !== null ? (
              <>
                <Typography.Text type="secondary">{t('contract.totalComputed')}</Typography.Text>
                <Typography.Text strong style={{ fontSize: 18 }} data-testid="contract-total">
                  {t('contract.field.total')}: {formatMoney(total)}
                </Typography.Text>
              </>
            ) : (
              <Form.Item
                name="totalValueVnd"
                label={t('contract.field.total')}
                extra={t('contract.totalManual')}
                style={{ margin: 0, minWidth: 260 }}
              >
                <InputNumber<number> style={{ width: '100%' }} min={0} {...moneyInput} />
              </Form.Item>
            )}
          </Flex>
        </Card>

        <Flex gap={8} justify="flex-end">
          <Button
            onClick={() => void navigate(contract ? `/sales-contracts/${contract.id}` : '/sales-contracts')}
          >
            {t('common:action.cancel')}
          </Button>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('common:action.save')}
          </Button>
        </Flex>
      </Form>
    </>
  );
}
