/** Trà Vinh (84) had districts until the 2025 reform; the province of today (86, Vĩnh Long) has communes only. */
export const OLD_PROVINCE = '84';
export const PROVINCE_TODAY = '86';
/** The last day of the map with districts; records registered from the next day name a commune of today. */
export const LAST_DAY_OF_DISTRICTS = '2025-06-30';

/** Whether a registration day (ISO) is on the map with districts. */
export function onDistrictMap(registeredOn: string | null | undefined): boolean {
  return !!registeredOn && registeredOn <= LAST_DAY_OF_DISTRICTS;
}
