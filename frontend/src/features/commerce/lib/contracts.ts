/** Client-side rules of sales contracts, mirroring the API (ContractTotal, SalesContractStatus). */

export type ContractStatus = 'DRAFT' | 'ACTIVE' | 'COMPLETED' | 'TERMINATED';
export type ContractAction = 'edit' | 'delete' | 'activate' | 'complete' | 'terminate';

/** The actions each status allows: DRAFT → ACTIVE → COMPLETED, DRAFT or ACTIVE → TERMINATED; only a draft is edited. */
const ALLOWED: Record<ContractStatus, readonly ContractAction[]> = {
  DRAFT: ['edit', 'delete', 'activate', 'terminate'],
  ACTIVE: ['complete', 'terminate'],
  COMPLETED: [],
  TERMINATED: [],
};

export function contractActions(status: ContractStatus): readonly ContractAction[] {
  return ALLOWED[status];
}

export interface PricedLine {
  quantity?: number | null;
  unitPriceVnd?: number | null;
}

/** Quantity in thousandths (the API keeps 3 decimals), exact. */
function thousandths(quantity: number): bigint {
  return BigInt(Math.round(quantity * 1000));
}

/** Half-up rounding of a non-negative amount in thousandths of đồng to whole đồng. */
function roundThousandths(value: bigint): number {
  return Number((value + 500n) / 1000n);
}

function priced(line: PricedLine): line is { quantity: number; unitPriceVnd: number } {
  return (
    typeof line.quantity === 'number' &&
    Number.isFinite(line.quantity) &&
    line.quantity > 0 &&
    typeof line.unitPriceVnd === 'number' &&
    Number.isFinite(line.unitPriceVnd) &&
    line.unitPriceVnd >= 0
  );
}

/** One line's value: quantity × unit price, rounded half-up to whole đồng; null while it has no price or quantity. */
export function lineValue(line: PricedLine): number | null {
  if (!priced(line)) return null;
  return roundThousandths(thousandths(line.quantity) * BigInt(Math.round(line.unitPriceVnd)));
}

/**
 * The contract's value as the API computes it: Σ quantity × unit price, rounded once at the end (not per line);
 * null when some line has no price (the total is then stated by hand, or absent).
 */
export function contractTotal(lines: readonly (PricedLine | undefined)[]): number | null {
  if (lines.length === 0) return null;
  let sum = 0n;
  for (const line of lines) {
    if (!line || !priced(line)) return null;
    sum += thousandths(line.quantity) * BigInt(Math.round(line.unitPriceVnd));
  }
  return roundThousandths(sum);
}
