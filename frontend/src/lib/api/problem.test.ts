import { ApiError, fieldPath, toProblem } from './problem';

describe('problem details', () => {
  it('turns a backend field name into an antd name path', () => {
    expect(fieldPath('name')).toEqual(['name']);
    expect(fieldPath('lines[0].quantity')).toEqual(['lines', 0, 'quantity']);
    expect(fieldPath('address.commune')).toEqual(['address', 'commune']);
  });

  it('keeps a problem body and makes one of anything else', () => {
    const body = { type: 'urn:ocop:problem:validation', title: 'Invalid request', status: 400, errors: [] };
    expect(toProblem(400, body)).toBe(body);
    expect(toProblem(502, '<html>Bad gateway</html>')).toEqual({
      type: 'about:blank',
      title: 'HTTP 502',
      status: 502,
    });
  });

  it('reports an unreachable server as status 0', () => {
    const error = ApiError.unreachable(new TypeError('Failed to fetch'));
    expect(error.status).toBe(0);
    expect(error.problem.type).toBe('urn:ocop:problem:unreachable');
  });
});
