import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../../components/ProblemAlert';
import { download } from '../../../lib/api/client';

/** XLSX / CSV of a list's /export with the list's filters and order (not its page). */
export function ExportButtons({
  path,
  query,
  fileName,
}: {
  path: string;
  query: Record<string, unknown>;
  fileName: string;
}) {
  const { t } = useTranslation(['producers', 'common']);
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async (format: 'XLSX' | 'CSV') => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      if (key === 'page' || key === 'size' || value === undefined || value === null || value === '') continue;
      params.set(key, String(value as string | number));
    }
    params.set('format', format);
    setBusy(true);
    try {
      await download(`${path}?${params.toString()}`, `${fileName}.${format.toLowerCase()}`);
    } catch (e) {
      void message.error(problemMessage(e, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space.Compact>
      <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void run('XLSX')}>
        {t('export.xlsx')}
      </Button>
      <Button disabled={busy} onClick={() => void run('CSV')}>
        {t('export.csv')}
      </Button>
    </Space.Compact>
  );
}
