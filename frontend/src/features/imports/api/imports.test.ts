import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api/problem';
import { refusedReport, type ImportReport } from './imports';

const report = {
  kind: 'PRODUCERS',
  fileName: 'x.xlsx',
  valid: false,
  total: 1,
  creates: 0,
  updates: 0,
  skips: 0,
  rejected: 1,
  rows: [{ row: 2, action: 'REJECTED', id: null, key: '0300588569', changedFields: [] }],
  errors: [
    {
      row: 2,
      column: 'C',
      header: 'Mã số thuế',
      field: 'taxCode',
      value: '0300588568',
      message: 'has a wrong check digit',
    },
  ],
} as unknown as ImportReport;

describe('refusedReport', () => {
  it('reads the report of a refused commit (422)', () => {
    const error = new ApiError(422, {
      type: 'urn:ocop:problem:validation',
      title: 'The file has errors',
      status: 422,
      report,
    } as never);
    expect(refusedReport(error)?.errors[0]?.column).toBe('C');
  });

  it('is undefined for any other failure', () => {
    expect(
      refusedReport(new ApiError(400, { type: 'x', title: 'Wrong template', status: 400 })),
    ).toBeUndefined();
    expect(refusedReport(new Error('boom'))).toBeUndefined();
  });
});
