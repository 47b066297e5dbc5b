import type { TablePaginationConfig, TableProps } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import i18n from '../i18n';

export const DEFAULT_PAGE_SIZE = 20;

/** A list page's state — page, size, sort, search text and filters — kept in the URL so a link or reload shows the same list. */
export interface ListParams {
  page: number;
  size: number;
  /** The API's sort: `name` or `-createdAt`. */
  sort: string | undefined;
  q: string | undefined;
  filters: Record<string, string>;
}

const RESERVED = new Set(['page', 'size', 'sort', 'q']);

export function useListParams(defaults: { sort?: string; size?: number } = {}) {
  const [search, setSearch] = useSearchParams();

  const params: ListParams = useMemo(() => {
    const filters: Record<string, string> = {};
    search.forEach((value, key) => {
      if (!RESERVED.has(key) && value !== '') filters[key] = value;
    });
    return {
      page: Math.max(0, Number(search.get('page') ?? 0) || 0),
      size: Number(search.get('size')) || defaults.size || DEFAULT_PAGE_SIZE,
      sort: search.get('sort') ?? defaults.sort,
      q: search.get('q') ?? undefined,
      filters,
    };
  }, [search, defaults.sort, defaults.size]);

  const update = useCallback(
    (changes: Record<string, string | number | undefined | null>, resetPage = true) => {
      setSearch(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [key, value] of Object.entries(changes)) {
            if (value === undefined || value === null || value === '') next.delete(key);
            else next.set(key, String(value));
          }
          if (resetPage && !('page' in changes)) next.delete('page');
          return next;
        },
        { replace: true },
      );
    },
    [setSearch],
  );

  /** Query parameters for the API: filters, search text, page and sort. */
  const query = useMemo(
    () => ({
      ...params.filters,
      ...(params.q ? { q: params.q } : {}),
      page: params.page,
      size: params.size,
      ...(params.sort ? { sort: params.sort } : {}),
    }),
    [params],
  );

  return { params, query, update };
}

/** antd Table props for a page of the API: pagination and server-side sorting bound to the URL. */
export function serverTableProps<T>(
  params: ListParams,
  update: (changes: Record<string, string | number | undefined>, resetPage?: boolean) => void,
  total: number | undefined,
  /** The server counted only up to `total` (the page's `totalCapped`). */
  totalCapped = false,
): Pick<TableProps<T>, 'pagination' | 'onChange'> {
  const pagination: TablePaginationConfig = {
    current: params.page + 1,
    pageSize: params.size,
    total: total ?? 0,
    showSizeChanger: true,
    pageSizeOptions: [10, 20, 50, 100],
    showTotal: (count) => i18n.t(totalCapped ? 'common:state.totalCapped' : 'common:state.total', { count }),
    locale: { items_per_page: i18n.t('common:pager.perPage') },
  };
  return {
    pagination,
    onChange: (p, _filters, sorter) => {
      const s = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<T> | undefined;
      const field = s?.order ? String(s.columnKey ?? s.field) : undefined;
      const sort = field ? (s?.order === 'descend' ? `-${field}` : field) : undefined;
      const sizeChanged = p.pageSize !== params.size;
      update(
        {
          page: sizeChanged ? 0 : (p.current ?? 1) - 1,
          size: p.pageSize === undefined || p.pageSize === 20 ? undefined : p.pageSize,
          sort,
        },
        false,
      );
    },
  };
}

/** What an empty list says: nothing yet, or nothing matching the search and filters. */
export function emptyLabel(params: ListParams): string {
  const filtered = Boolean(params.q) || Object.keys(params.filters).length > 0;
  return i18n.t(filtered ? 'common:state.emptyFiltered' : 'common:state.empty');
}

/** The antd `sortOrder` of a column from the API sort in the URL. */
export function sortOrderOf(params: ListParams, key: string): 'ascend' | 'descend' | null {
  if (params.sort === key) return 'ascend';
  if (params.sort === `-${key}`) return 'descend';
  return null;
}
