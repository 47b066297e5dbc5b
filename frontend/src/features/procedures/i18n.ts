import type { FeatureMessages } from '../../lib/i18n';

const messages: FeatureMessages = {
  vi: {
    menu: 'Quy trình đánh giá',
    title: 'Quy trình đánh giá, phân hạng',
    subtitle:
      'Mỗi căn cứ pháp lý có một quy trình: các cấp đánh giá, cấp nào kiểm tra hồ sơ, chấm điểm, công nhận',
    field: {
      name: 'Tên quy trình',
      legalBasis: 'Căn cứ pháp lý',
      description: 'Mô tả',
      levels: 'Các cấp',
      level: 'Cấp',
      checksDossier: 'Kiểm tra hồ sơ',
      ratesLocalOrigin: 'Đánh giá nguồn gốc địa phương',
      scores: 'Chấm điểm',
      forwardMinScore: 'Điểm tối thiểu để chuyển cấp',
      minStars: 'Hạng sao công nhận thấp nhất',
      maxStars: 'Hạng sao công nhận cao nhất',
      updated: 'Cập nhật',
    },
    edit: {
      title: 'Sửa quy trình',
      addLevel: 'Thêm cấp',
      removeLevel: 'Bỏ cấp',
      hint: 'Thay toàn bộ các cấp: vòng đang tiếp nhận hoặc đang chấm áp dụng quy định mới; vòng đã kết thúc giữ kết quả đã tính.',
      confirm: 'Lưu quy trình? Các vòng đang mở sẽ áp dụng quy định mới.',
      saved: 'Đã lưu quy trình',
      noCreate: 'Mỗi căn cứ pháp lý có sẵn một quy trình; Văn phòng OCOP chỉ sửa các cấp của nó.',
    },
    tab: { levels: 'Các cấp', history: 'Lịch sử' },
  },
  en: {
    menu: 'Procedures',
    title: 'Evaluation procedures',
    subtitle: 'One procedure per legal basis: its levels, which check dossiers, score and recognise',
    field: {
      name: 'Procedure',
      legalBasis: 'Legal basis',
      description: 'Description',
      levels: 'Levels',
      level: 'Level',
      checksDossier: 'Checks dossiers',
      ratesLocalOrigin: 'Rates local origin',
      scores: 'Scores',
      forwardMinScore: 'Score to forward',
      minStars: 'Lowest stars recognised',
      maxStars: 'Highest stars recognised',
      updated: 'Updated',
    },
    edit: {
      title: 'Edit the procedure',
      addLevel: 'Add a level',
      removeLevel: 'Remove the level',
      hint: 'Replaces every level: open and scoring rounds apply the new rules, closed rounds keep their results.',
      confirm: 'Save the procedure? Open rounds will apply the new rules.',
      saved: 'The procedure is saved',
      noCreate: 'Each legal basis comes with its procedure; the OCOP office edits its levels.',
    },
    tab: { levels: 'Levels', history: 'History' },
  },
};
export default messages;
