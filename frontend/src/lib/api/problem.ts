/** RFC 9457 problem details as the backend sends them (components.schemas.Problem). */
export interface FieldError {
  field: string;
  message: string;
}
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
}

export const ProblemType = {
  VALIDATION: 'urn:ocop:problem:validation',
  MALFORMED: 'urn:ocop:problem:malformed-request',
  UNAUTHORIZED: 'urn:ocop:problem:unauthorized',
  FORBIDDEN: 'urn:ocop:problem:forbidden',
  NOT_FOUND: 'urn:ocop:problem:not-found',
  CONFLICT: 'urn:ocop:problem:conflict',
  PRECONDITION_FAILED: 'urn:ocop:problem:precondition-failed',
  PRECONDITION_REQUIRED: 'urn:ocop:problem:precondition-required',
  UNREACHABLE: 'urn:ocop:problem:unreachable',
} as const;

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(status: number, problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  /** The server could not be reached at all (status 0). */
  static unreachable(cause: unknown): ApiError {
    const error = new ApiError(0, { type: ProblemType.UNREACHABLE, title: 'Unreachable', status: 0 });
    error.cause = cause;
    return error;
  }
}

function isProblem(body: unknown): body is Problem {
  return typeof body === 'object' && body !== null && 'title' in body && 'status' in body;
}

/** The body of a failed response as a problem, whatever the server (or a proxy in front of it) sent. */
export function toProblem(status: number, body: unknown): Problem {
  if (isProblem(body)) return body;
  return { type: 'about:blank', title: `HTTP ${status}`, status };
}

/** antd's name path of a backend field name such as `lines[0].quantity` → ['lines', 0, 'quantity']. */
export function fieldPath(field: string): (string | number)[] {
  return field
    .split(/\.|\[(\d+)\]/)
    .filter((part) => part !== undefined && part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
