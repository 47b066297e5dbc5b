import type { FeatureMessages } from '../../lib/i18n';

const messages: FeatureMessages = {
  vi: {
    menu: 'Nhập từ Excel',
    title: 'Nhập dữ liệu từ Excel',
    subtitle:
      'Tải mẫu, điền dữ liệu, kiểm tra trước (không ghi gì), sửa lỗi theo từng dòng rồi nhập: tất cả các dòng hoặc không dòng nào.',
    kind: { producers: 'Chủ thể', products: 'Sản phẩm', certifications: 'Chứng nhận' },
    template: 'Tải mẫu',
    chooseFile: 'Chọn tệp .xlsx',
    check: 'Kiểm tra',
    commit: 'Nhập dữ liệu',
    summary: {
      total: 'Số dòng',
      creates: 'Thêm mới',
      updates: 'Cập nhật',
      skips: 'Không đổi',
      rejected: 'Có lỗi',
    },
    valid: 'Tệp hợp lệ: có thể nhập.',
    invalid: 'Tệp có {{count}} lỗi: sửa rồi kiểm tra lại. Chưa có gì được nhập.',
    errors: 'Lỗi',
    rows: 'Các dòng',
    col: {
      row: 'Dòng',
      column: 'Cột',
      value: 'Giá trị',
      message: 'Lỗi',
      action: 'Xử lý',
      key: 'Nhận biết theo',
      changed: 'Trường thay đổi',
    },
    action: { CREATE: 'Thêm mới', UPDATE: 'Cập nhật', SKIP: 'Không đổi', REJECTED: 'Có lỗi' },
    job: {
      RUNNING: 'Đang nhập… {{processed}}/{{total}} dòng',
      SUCCEEDED: 'Đã nhập xong {{total}} dòng.',
      FAILED: 'Không nhập được: {{failure}}',
    },
  },
  en: {
    menu: 'Import from Excel',
    title: 'Import from Excel',
    subtitle:
      'Download the template, fill it in, check it first (nothing is written), fix the errors row by row, then import: all rows or none.',
    kind: { producers: 'Producers', products: 'Products', certifications: 'Certifications' },
    template: 'Download template',
    chooseFile: 'Choose an .xlsx file',
    check: 'Check',
    commit: 'Import',
    summary: {
      total: 'Rows',
      creates: 'New',
      updates: 'Updated',
      skips: 'Unchanged',
      rejected: 'With errors',
    },
    valid: 'The file is valid: it can be imported.',
    invalid: 'The file has {{count}} error(s): fix them and check again. Nothing was imported.',
    errors: 'Errors',
    rows: 'Rows',
    col: {
      row: 'Row',
      column: 'Column',
      value: 'Value',
      message: 'Error',
      action: 'Action',
      key: 'Matched by',
      changed: 'Changed fields',
    },
    action: { CREATE: 'New', UPDATE: 'Update', SKIP: 'Unchanged', REJECTED: 'Has errors' },
    job: {
      RUNNING: 'Importing… {{processed}}/{{total}} rows',
      SUCCEEDED: 'Imported all {{total}} rows.',
      FAILED: 'Not imported: {{failure}}',
    },
  },
};
export default messages;
