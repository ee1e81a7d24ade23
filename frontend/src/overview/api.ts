// The Overview JSON API (GET /api/v1/overview): its answer, and what the page says when there is none.
// A number the API cannot give (an average over no feedback) is null.

export interface Stats {
  count: number;
  avgSentiment: number | null;
  shareNegative: number | null;
  avgRating: number | null;
}

export interface Bucket {
  start: string;
  count: number;
  avgSentiment: number | null;
  shareNegative: number | null;
}

export interface KeyStats {
  key: string;
  count: number;
  avgSentiment: number | null;
  shareNegative: number | null;
}

export interface Overview {
  product: string | null;
  from: string;
  to: string;
  previousFrom: string;
  previousTo: string;
  interval: 'hour' | 'day' | 'week' | string;
  current: Stats;
  previous: Stats;
  series: Bucket[];
  previousSeries: Bucket[];
  ratings: { rating: number; count: number }[];
  topics: KeyStats[];
  aspects: KeyStats[];
  breakdowns: Record<string, KeyStats[]>;
}

/** The page's filters, exactly as they are in its URL (empty: not given). */
export interface Filters {
  product: string;
  from: string;
  to: string;
  /** Exact values the overview is narrowed to, by the parameter names of the API (region, platform, ...). */
  narrowing: Record<string, string>;
}

/** The narrowing parameters the Overview's form offers. */
export const NARROWING_PARAMETERS = ['region', 'platform', 'appVersion'] as const;

/** A failure with a sentence for the reader; {@code signIn}: the session ended. */
export class OverviewUnavailable extends Error {
  constructor(message: string, readonly signIn = false) {
    super(message);
  }
}

export function filtersOf(search: string): Filters {
  const params = new URLSearchParams(search);
  return {
    product: params.get('product')?.trim() ?? '',
    from: params.get('from')?.trim() ?? '',
    to: params.get('to')?.trim() ?? '',
    narrowing: Object.fromEntries(NARROWING_PARAMETERS
      .map((name) => [name, params.get(name)?.trim() ?? ''] as const)
      .filter(([, value]) => value !== '')),
  };
}

export async function fetchOverview(filters: Filters): Promise<Overview> {
  const params = new URLSearchParams();
  const { narrowing, ...period } = filters;
  for (const [name, value] of Object.entries({ ...period, ...narrowing })) {
    if (value) params.set(name, value);
  }
  let response: Response;
  try {
    const query = params.toString() ? `?${params}` : '';
    response = await fetch(`/api/v1/overview${query}`, {
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
    });
  } catch {
    throw new OverviewUnavailable('VOC could not be reached. Check the connection, then try again.');
  }
  if (response.ok) {
    return (await response.json()) as Overview;
  }
  const reason = await errorMessage(response);
  switch (response.status) {
    case 400:
      throw new OverviewUnavailable(`These filters do not work: ${reason ?? 'check the dates'}.`);
    case 401:
      throw new OverviewUnavailable('Your session has ended.', true);
    case 403:
      throw new OverviewUnavailable(reason ?? 'You may not see this product.');
    case 503:
      throw new OverviewUnavailable(`The overview cannot be shown right now: ${
        reason ?? 'VOC cannot reach its feedback store; try again in a moment'}.`);
    default:
      throw new OverviewUnavailable(`The overview could not be loaded (HTTP ${response.status}${reason ? `: ${reason}` : ''}).`);
  }
}

/** The message of VOC's error answer, {"error": {"code", "message", "field"}}, if there is one. */
async function errorMessage(response: Response): Promise<string | null> {
  try {
    const body = (await response.json()) as { error?: { message?: unknown } };
    return typeof body.error?.message === 'string' ? body.error.message : null;
  } catch {
    return null;
  }
}
