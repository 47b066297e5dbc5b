import { describe, expect, it } from 'vitest';
import { daysBetween, expiryBadge } from './expiry';

const today = '2026-03-10';

describe('expiryBadge', () => {
  it('follows the API status when there is one', () => {
    expect(expiryBadge({ status: 'VALID', expiresOn: '2027-01-01' }, today)).toEqual({
      key: 'valid',
      tone: 'success',
      days: 297,
    });
    expect(expiryBadge({ status: 'EXPIRING', expiresOn: '2026-03-25' }, today)).toMatchObject({
      key: 'expiring',
      tone: 'warning',
      days: 15,
    });
    expect(expiryBadge({ status: 'EXPIRED', expiresOn: '2026-03-01' }, today)).toMatchObject({
      key: 'expired',
      tone: 'danger',
      days: -9,
    });
  });

  it('says "expires today" on the last day', () => {
    expect(expiryBadge({ status: 'EXPIRING', expiresOn: today }, today).key).toBe('expiringToday');
  });

  it('shows a certification without an expiry date as valid without a limit', () => {
    expect(expiryBadge({ status: 'VALID', expiresOn: null }, today)).toEqual({
      key: 'noExpiry',
      tone: 'success',
      days: null,
    });
  });

  it('derives the status with the API rule when none is given: 30 days, then expired after the day', () => {
    expect(expiryBadge({ expiresOn: '2026-04-09' }, today).key).toBe('expiring'); // 30 days left
    expect(expiryBadge({ expiresOn: '2026-04-10' }, today).key).toBe('valid'); // 31 days left
    expect(expiryBadge({ expiresOn: '2026-03-10' }, today).key).toBe('expiringToday');
    expect(expiryBadge({ expiresOn: '2026-03-09' }, today).key).toBe('expired');
    expect(expiryBadge({}, today).key).toBe('noExpiry');
  });
});

describe('daysBetween', () => {
  it('counts calendar days across months and years', () => {
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-03-10', '2026-03-01')).toBe(-9);
  });
});
