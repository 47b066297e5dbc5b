import type { Schemas } from '../../../lib/api/client';

export type AuditEntry = Schemas['AuditEntry'];
