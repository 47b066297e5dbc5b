import { Role } from '../../../lib/auth/roles';
import type { Session } from '../../../lib/auth/session';

/** Who reads the commerce and support records (the API's "every role"; commune officers are not among them). */
export const COMMERCE_READERS: readonly Role[] = [
  Role.OFFICE,
  Role.DISTRICT_OFFICER,
  Role.DISTRICT_COUNCIL,
  Role.PROVINCIAL_COUNCIL,
];
/** The API's "staff": the office anywhere, district officers within their own district. */
export const COMMERCE_WRITERS: readonly Role[] = [Role.OFFICE, Role.DISTRICT_OFFICER];
export const OFFICE_ONLY: readonly Role[] = [Role.OFFICE];

/**
 * Whether the user may write a record of `districtCode`: the office anywhere, a district officer only in their own
 * district (the API answers 403 otherwise), nobody else.
 */
export function mayWriteInDistrict(session: Session, districtCode: string | null | undefined): boolean {
  if (session.hasRole(Role.OFFICE)) return true;
  if (!session.hasRole(Role.DISTRICT_OFFICER)) return false;
  return !!districtCode && districtCode === session.unit;
}

/** Partners: the office, or the district officer who added the partner. */
export function mayWritePartner(session: Session, partner: { createdBy: string }): boolean {
  if (session.hasRole(Role.OFFICE)) return true;
  return session.hasRole(Role.DISTRICT_OFFICER) && partner.createdBy === session.username;
}
