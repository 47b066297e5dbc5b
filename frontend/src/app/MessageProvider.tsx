import { message } from 'antd';
import AppContext, { type useAppProps } from 'antd/es/app/context';
import { useMemo, type ReactNode } from 'react';

/**
 * Serves what the pages take from antd's `App.useApp()`: `message`, toasts that follow the app's theme. The whole
 * antd <App> would also bring its modal and notification machinery into every first page; no page uses those
 * through it (confirmations are Popconfirm or Modal components).
 */
export function MessageProvider({ children }: { children: ReactNode }) {
  const [messageApi, holder] = message.useMessage();
  const value = useMemo(() => ({ message: messageApi }) as useAppProps, [messageApi]);
  return (
    <AppContext.Provider value={value}>
      {holder}
      {children}
    </AppContext.Provider>
  );
}
