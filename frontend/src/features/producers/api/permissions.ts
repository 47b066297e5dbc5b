import { Role } from '../../../lib/auth/roles';
import type { Session } from '../../../lib/auth/session';

/**
 * Whether the user may register, change or delete records of a holder registered in `districtCode`:
 * the OCOP office anywhere, a district officer only in their own district (openapi: "district officers in their own
 * district only"). Everyone else reads.
 */
export function mayEditInDistrict(session: Session, districtCode: string | null | undefined): boolean {
  if (session.hasRole(Role.OFFICE)) return true;
  return session.hasRole(Role.DISTRICT_OFFICER) && !!session.unit && districtCode === session.unit;
}

/** Whether the user may create such records at all (the office, or a district officer with a district). */
export function mayCreate(session: Session): boolean {
  return session.hasRole(Role.OFFICE) || (session.hasRole(Role.DISTRICT_OFFICER) && !!session.unit);
}
