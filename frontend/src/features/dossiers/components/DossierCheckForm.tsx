import { App, Button, Card, Checkbox, Flex, Form, Input, Popconfirm, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useApiForm } from '../../../lib/forms/useApiForm';
import { useRecordDossierCheck, type Entry } from '../api/dossiers';
import {
  initialValues,
  LOCAL_ORIGIN_ITEMS,
  toDossierCheckRequest,
  type DossierCheckValues,
} from '../logic/dossier';

/** The commune's dossier check: passed with the four local-origin ratings, or failed with a note. */
export function DossierCheckForm({ entry, onDone }: { entry: Entry; onDone?: () => void }) {
  const { t } = useTranslation(['dossiers', 'common']);
  const { message } = App.useApp();
  const { form, error, showProblem, setError } = useApiForm<DossierCheckValues>();
  const record = useRecordDossierCheck(entry.id);
  const [initial] = useState(() => initialValues(entry));
  const status = Form.useWatch('status', form) ?? initial.status;

  const submit = async () => {
    const values = await form.validateFields();
    setError(null);
    record.mutate(toDossierCheckRequest({ ...initial, ...values }), {
      onSuccess: () => {
        void message.success(t('check.saved'));
        onDone?.();
      },
      onError: showProblem,
    });
  };

  return (
    <Form<DossierCheckValues>
      form={form}
      layout="vertical"
      initialValues={initial}
      aria-label={t('check.title')}
    >
      <ProblemAlert error={error} />
      <Form.Item name="status" label={t('check.result')} rules={[{ required: true }]}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={[
            { value: 'PASSED', label: t('check.PASSED') },
            { value: 'FAILED', label: t('check.FAILED') },
          ]}
        />
      </Form.Item>
      {status === 'PASSED' && (
        <Card size="small" title={t('check.localOrigin')} style={{ marginBottom: 16 }}>
          {LOCAL_ORIGIN_ITEMS.map((item) => (
            <Flex key={item} vertical gap={4} style={{ marginBottom: 12 }}>
              <Form.Item name={['ratings', item, 'confirmed']} valuePropName="checked" noStyle>
                <Checkbox>
                  <Typography.Text strong>{t(`item.${item}`)}</Typography.Text>
                </Checkbox>
              </Form.Item>
              <Form.Item name={['ratings', item, 'note']} noStyle rules={[{ max: 1000 }]}>
                <Input
                  aria-label={`${t(`item.${item}`)} — ${t('check.itemNote')}`}
                  placeholder={t('check.itemNote')}
                  maxLength={1000}
                />
              </Form.Item>
            </Flex>
          ))}
        </Card>
      )}
      <Form.Item
        name="note"
        label={t('field.note')}
        rules={[
          { required: status === 'FAILED', whitespace: true, message: t('check.noteRequired') },
          { max: 2000 },
        ]}
      >
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      <Popconfirm
        title={t('check.confirm')}
        okText={t('common:action.yes')}
        cancelText={t('common:action.no')}
        onConfirm={() => void submit()}
      >
        <Button type="primary" loading={record.isPending} disabled={record.isPending}>
          {t('check.submit')}
        </Button>
      </Popconfirm>
    </Form>
  );
}
