import { message, Modal } from 'antd';

/**
 * Toasts and confirm dialogs that follow the app's theme and language. The page renders `holder` once. (The shell
 * has no antd <App> provider on purpose: its modal and notification code would weigh on every first page.)
 */
export function useFeedback() {
  const [messageApi, messageHolder] = message.useMessage();
  const [modalApi, modalHolder] = Modal.useModal();
  return {
    message: messageApi,
    modal: modalApi,
    holder: (
      <>
        {messageHolder}
        {modalHolder}
      </>
    ),
  };
}
