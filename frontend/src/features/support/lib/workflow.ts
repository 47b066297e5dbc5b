import { Role } from '../../../lib/auth/roles';
import type { Session } from '../../../lib/auth/session';
import { mayWriteInDistrict } from '../../commerce/lib/access';

export type SupportStatus = 'REQUESTED' | 'APPROVED' | 'IN_PROGRESS' | 'DONE' | 'REJECTED';
export type SupportAction = 'edit' | 'approve' | 'start' | 'complete' | 'reject';

/**
 * The actions the API allows this user on a request of `districtCode` in `status`:
 * REQUESTED → APPROVED (office) → IN_PROGRESS → DONE (office, or the district's officer);
 * REQUESTED or APPROVED → REJECTED with a reason (office); corrections while REQUESTED (office, district's officer).
 */
export function supportActions(
  status: SupportStatus,
  session: Session,
  districtCode: string | null | undefined,
): SupportAction[] {
  const office = session.hasRole(Role.OFFICE);
  const staff = mayWriteInDistrict(session, districtCode);
  const actions: SupportAction[] = [];
  if (status === 'REQUESTED' && staff) actions.push('edit');
  if (status === 'REQUESTED' && office) actions.push('approve');
  if (status === 'APPROVED' && staff) actions.push('start');
  if (status === 'IN_PROGRESS' && staff) actions.push('complete');
  if ((status === 'REQUESTED' || status === 'APPROVED') && office) actions.push('reject');
  return actions;
}
