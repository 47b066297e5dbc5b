import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import '../../../lib/i18n';
import type { ScoreSheet } from '../api/council';
import type { Criterion, SheetPart, StarBand } from '../scoring/scoreSheet';
import { CouncilSheets } from './CouncilSheets';
import { SheetEditor } from './SheetEditor';

function criterion(id: number, code: string, points: number[], starMinimums = {}): Criterion {
  return {
    id,
    code,
    sourceNumber: null,
    group: null,
    groupMaxPoints: null,
    subgroup: null,
    subgroupMaxPoints: null,
    text: `Tiêu chí ${code}`,
    maxPoints: Math.max(...points),
    scoringRule: 'ONE_OPTION',
    cases: [],
    starMinimums,
    notes: [],
    options: points.map((p, i) => ({
      id: id * 10 + i,
      text: `${code} mức ${i}`,
      points: p,
      requiredForStars: null,
      case: null,
      note: null,
    })),
  };
}

// A: A1 0/10/20/40 (4★ needs 20), A2 0/20/40; B: B1 0/10/20.
const PARTS: SheetPart[] = [
  {
    code: 'A',
    title: 'Sản phẩm',
    maxPoints: 80,
    bestTotal: 80,
    criteria: [criterion(1, 'A1', [0, 10, 20, 40], { '4': 20 }), criterion(2, 'A2', [0, 20, 40])],
  },
  {
    code: 'B',
    title: 'Chất lượng',
    maxPoints: 20,
    bestTotal: 20,
    criteria: [criterion(3, 'B1', [0, 10, 20])],
  },
];
const BANDS: StarBand[] = [
  { stars: 1, minScore: 0, maxScoreExclusive: 30 },
  { stars: 2, minScore: 30, maxScoreExclusive: 50 },
  { stars: 3, minScore: 50, maxScoreExclusive: 70 },
  { stars: 4, minScore: 70, maxScoreExclusive: 90 },
  { stars: 5, minScore: 90, maxScoreExclusive: null },
];

function sheet(over: Partial<ScoreSheet> = {}): ScoreSheet {
  return {
    id: 7,
    entryId: 3,
    roundId: 1,
    rubricSheetId: 51,
    memberUsername: 'dc-cauke-1',
    status: 'DRAFT',
    choices: [],
    partTotals: { A: 0, B: 0 },
    total: 0,
    unanswered: ['A1', 'A2', 'B1'],
    comment: null,
    excluded: false,
    rubricFindings: [],
    submittedAt: null,
    version: 0,
    createdAt: '2025-03-10T02:00:00Z',
    updatedAt: '2025-03-10T02:00:00Z',
    ...over,
  };
}

function wrap(children: ReactNode) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

// antd renders slowly in jsdom on a busy machine
const SLOW = { timeout: 60_000 };

describe('SheetEditor', SLOW, () => {
  it('updates the part totals, the total and the star preview as options are chosen', async () => {
    const user = userEvent.setup();
    // An editable draft: the autosave's PUT goes nowhere in this test (it is not awaited).
    render(
      wrap(
        <SheetEditor
          sheet={{ data: sheet(), etag: '"0"' }}
          parts={PARTS}
          bands={BANDS}
          eliminated={false}
          editable
          onReload={() => undefined}
        />,
      ),
    );
    const summary = screen.getByTestId('score-summary');
    expect(within(summary).getByTestId('sheet-total')).toHaveTextContent('0');
    expect(screen.getByText('Còn 3 tiêu chí chưa chấm')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Nộp phiếu' })).toBeDisabled();
    // the criterion with a star minimum is marked
    expect(within(screen.getByTestId('criterion-A1')).getByTestId('star-minimums')).toHaveTextContent(
      '4★ ≥ 20',
    );

    await user.click(screen.getByLabelText(/A1 mức 0/));
    await user.click(screen.getByLabelText(/A2 mức 2/));
    await user.click(screen.getByLabelText(/B1 mức 2/));
    expect(within(summary).getByTestId('sheet-total')).toHaveTextContent('60');
    expect(screen.getByTestId('part-total-A')).toHaveTextContent('40/80 điểm');
    expect(screen.getByTestId('part-total-B')).toHaveTextContent('20/20 điểm');
    expect(screen.getByTestId('sheet-stars')).toHaveAttribute('data-stars', '3');
    expect(screen.getByText('Đã chấm đủ các tiêu chí')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Nộp phiếu' })).toBeEnabled();

    // 70 is a 4★ total, but A1 at 10 misses its 4★ minimum of 20: 3★, and the shortfall is named
    await user.click(screen.getByLabelText(/A1 mức 1/));
    expect(within(summary).getByTestId('sheet-total')).toHaveTextContent('70');
    expect(screen.getByTestId('sheet-stars')).toHaveAttribute('data-stars', '3');
    expect(screen.getByTestId('shortfalls')).toHaveTextContent('A1 đạt 10/20 điểm tối thiểu của 4★');

    await user.click(screen.getByLabelText(/A1 mức 2/));
    expect(within(summary).getByTestId('sheet-total')).toHaveTextContent('80');
    expect(screen.getByTestId('part-total-A')).toHaveTextContent('60/80 điểm');
    expect(screen.getByTestId('sheet-stars')).toHaveAttribute('data-stars', '4');
    expect(screen.queryByTestId('shortfalls')).not.toBeInTheDocument();
  });

  it('shows a submitted sheet locked: options disabled, no submit button', () => {
    render(
      wrap(
        <SheetEditor
          sheet={{
            data: sheet({
              status: 'SUBMITTED',
              submittedAt: '2025-03-10T03:00:00Z',
              choices: [
                { criterionId: 1, criterionCode: 'A1', optionId: 13, points: 40 },
                { criterionId: 2, criterionCode: 'A2', optionId: 22, points: 40 },
                { criterionId: 3, criterionCode: 'B1', optionId: 31, points: 10 },
              ],
            }),
            etag: '"3"',
          }}
          parts={PARTS}
          bands={BANDS}
          eliminated={false}
          editable
          onReload={() => undefined}
        />,
      ),
    );
    expect(screen.getByTestId('sheet-total')).toHaveTextContent('90');
    expect(screen.getByTestId('sheet-locked')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Nộp phiếu' })).not.toBeInTheDocument();
    for (const radio of screen.getAllByRole('radio')) expect(radio).toBeDisabled();
  });
});

describe('CouncilSheets', SLOW, () => {
  const submitted = (memberUsername: string, a: number, b: number, id: number): ScoreSheet =>
    sheet({
      id,
      memberUsername,
      status: 'SUBMITTED',
      partTotals: { A: a, B: b },
      total: a + b,
      choices: [],
    });
  const sheets = [
    submitted('dc-cauke-1', 40, 30, 1),
    submitted('dc-cauke-2', 50, 30, 2),
    sheet({ id: 3, memberUsername: 'dc-cauke-3' }),
  ];
  const council = {
    roundId: 1,
    quorumPercent: 75,
    spreadLimit: 5,
    version: 1,
    members: [
      { username: 'dc-cauke-1', fullName: 'Võ Thanh Phong', position: null, email: null, chair: true },
      { username: 'dc-cauke-2', fullName: 'Kim Thị Hoa', position: null, email: null, chair: false },
      { username: 'dc-cauke-3', fullName: 'Trần Văn Ba', position: null, email: null, chair: false },
    ],
  };

  it('gives the spread of the submitted sheets and lets only the chair reopen', () => {
    const { rerender } = render(
      wrap(
        <CouncilSheets
          sheets={sheets}
          council={council}
          parts={PARTS}
          bands={BANDS}
          eliminated={false}
          me="dc-cauke-2"
          chair={false}
          scoring
        />,
      ),
    );
    const spread = screen.getByTestId('spread');
    expect(within(spread).getByText('Trung bình').closest('tr')).toHaveTextContent('45');
    expect(within(spread).getByText('Chênh lệch').closest('tr')).toHaveTextContent('10');
    expect(screen.getByText(/vượt mức cho phép 5/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Mở lại phiếu' })).not.toBeInTheDocument();

    rerender(
      wrap(
        <CouncilSheets
          sheets={sheets}
          council={council}
          parts={PARTS}
          bands={BANDS}
          eliminated={false}
          me="dc-cauke-1"
          chair
          scoring
        />,
      ),
    );
    // two submitted sheets, two reopen buttons; none for the draft
    expect(screen.getAllByRole('button', { name: 'Mở lại phiếu' })).toHaveLength(2);
  });
});
