import { describe, expect, it } from 'vitest';
import { buildSession } from '../../../lib/auth/session';
import { supportActions } from './workflow';

const office = buildSession({ username: 'office', roles: ['ocop-admin'] });
const doCauke = buildSession({ username: 'do-cauke', roles: ['district-officer'], district: '845' });
const dcCauke = buildSession({ username: 'dc-cauke-1', roles: ['district-council'], district: '845' });

describe('support request workflow', () => {
  it('lets the office approve, reject and correct a new request anywhere', () => {
    expect(supportActions('REQUESTED', office, '842')).toEqual(['edit', 'approve', 'reject']);
    expect(supportActions('APPROVED', office, '842')).toEqual(['start', 'reject']);
    expect(supportActions('IN_PROGRESS', office, '842')).toEqual(['complete']);
  });

  it('lets a district officer start and complete only their own district’s requests, never approve or reject', () => {
    expect(supportActions('REQUESTED', doCauke, '845')).toEqual(['edit']);
    expect(supportActions('APPROVED', doCauke, '845')).toEqual(['start']);
    expect(supportActions('IN_PROGRESS', doCauke, '845')).toEqual(['complete']);
    expect(supportActions('APPROVED', doCauke, '842')).toEqual([]);
  });

  it('offers nothing on a closed request, nor to council members', () => {
    expect(supportActions('DONE', office, '845')).toEqual([]);
    expect(supportActions('REJECTED', office, '845')).toEqual([]);
    expect(supportActions('APPROVED', dcCauke, '845')).toEqual([]);
  });
});
