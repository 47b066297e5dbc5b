import { compareVi, foldVi, formatDate, formatMoney, matchesVi } from './format';

describe('format', () => {
  it('writes dates as dd/MM/yyyy', () => {
    expect(formatDate('2019-12-31')).toBe('31/12/2019');
    expect(formatDate(null)).toBe('');
  });

  it('writes money with dots and the dong sign', () => {
    expect(formatMoney(1250000)).toBe('1.250.000 ₫');
    expect(formatMoney(0)).toBe('0 ₫');
  });

  it('sorts in Vietnamese alphabetical order', () => {
    const names = ['Đường', 'Dừa', 'Ấp', 'An', 'Bưởi', 'Ba'];
    expect([...names].sort(compareVi)).toEqual(['An', 'Ấp', 'Ba', 'Bưởi', 'Dừa', 'Đường']);
  });

  it('matches without accents', () => {
    expect(foldVi('Huyện Cầu Kè')).toBe('huyen cau ke');
    expect(matchesVi('Hợp tác xã Đồng Tâm', 'dong tam')).toBe(true);
    expect(matchesVi('Hợp tác xã Đồng Tâm', 'cau ke')).toBe(false);
  });
});
