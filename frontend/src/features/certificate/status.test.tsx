import { render, screen } from '@testing-library/react';
import i18n from '../../lib/i18n';
import { CertificateStatusTag } from './components/CertificateStatusTag';
import { carriesMark, certificateTone, daysLeft, CERTIFICATE_STATUSES } from './status';

describe('certificate status in words', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('vi');
  });

  it.each([
    ['VALID', 'Còn hiệu lực'],
    ['EXPIRING', 'Sắp hết hạn'],
    ['EXPIRED', 'Hết hạn'],
    ['REVOKED', 'Đã thu hồi'],
  ] as const)('%s reads "%s" in Vietnamese', (status, words) => {
    render(<CertificateStatusTag status={status} />);
    expect(screen.getByText(words)).toBeInTheDocument();
  });

  it('has English words too', async () => {
    await i18n.changeLanguage('en');
    render(<CertificateStatusTag status="EXPIRING" />);
    expect(screen.getByText('Expiring soon')).toBeInTheDocument();
  });

  it('colours each status by how it stands, all four distinct', () => {
    expect(certificateTone('VALID')).toBe('success');
    expect(certificateTone('EXPIRING')).toBe('warning');
    expect(certificateTone('REVOKED')).toBe('danger');
    expect(new Set(CERTIFICATE_STATUSES.map(certificateTone)).size).toBe(4);
  });

  it('lets a valid or expiring certificate carry the mark, not an expired or revoked one', () => {
    expect(CERTIFICATE_STATUSES.filter(carriesMark)).toEqual(['VALID', 'EXPIRING']);
  });

  it('counts whole days between ISO dates, whatever the time zone', () => {
    expect(daysLeft('2029-11-15', '2029-11-15')).toBe(0);
    expect(daysLeft('2029-11-15', '2029-10-16')).toBe(30);
    expect(daysLeft('2024-03-01', '2024-02-28')).toBe(2);
    expect(daysLeft('2019-12-31', '2020-01-01')).toBe(-1);
  });
});
