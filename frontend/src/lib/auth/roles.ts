/** Realm roles as the backend's Roles constants name them. */
export const Role = {
  OFFICE: 'ocop-admin',
  DISTRICT_OFFICER: 'district-officer',
  DISTRICT_COUNCIL: 'district-council',
  COMMUNE_OFFICER: 'commune-officer',
  PROVINCIAL_COUNCIL: 'provincial-council',
  INTEGRATOR: 'integrator',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

/** Who reads the province's or a unit's records (the backend's LOCAL_READERS plus the office and the province's council). */
export const READERS: readonly Role[] = [
  Role.OFFICE,
  Role.DISTRICT_OFFICER,
  Role.DISTRICT_COUNCIL,
  Role.COMMUNE_OFFICER,
  Role.PROVINCIAL_COUNCIL,
];
/** Who registers and edits producers, products and their records (a unit officer only in their unit). */
export const EDITORS: readonly Role[] = [Role.OFFICE, Role.DISTRICT_OFFICER];
export const COUNCILS: readonly Role[] = [Role.DISTRICT_COUNCIL, Role.PROVINCIAL_COUNCIL];
