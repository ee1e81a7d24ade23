// The Overview page: the server renders the filter form (its values live in the URL, so links are
// shareable and the back button works); this script asks GET /api/v1/overview for the same filters and
// draws key figures, charts, top topics and aspects, and breakdowns - or explains why there are none.
import './overview.css';
import { fetchOverview, filtersOf, OverviewUnavailable, type Overview } from './overview/api';
import { renderBars, renderBreakdowns } from './overview/bars';
import { drawRatings, drawTrend } from './overview/charts';
import { element } from './overview/dom';
import { formatPeriod } from './overview/format';
import { renderKpis } from './overview/kpis';
import { searchLink } from './overview/links';

type State = 'loading' | 'ready' | 'empty' | 'error';

const root = document.getElementById('overview');

function part(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`the page has no #${id}`);
  return el;
}

function show(state: State): void {
  if (!root) return;
  root.dataset.state = state;
  root.setAttribute('aria-busy', String(state === 'loading'));
  for (const el of root.querySelectorAll<HTMLElement>('[data-shown-when]')) {
    el.hidden = !(el.dataset.shownWhen ?? '').split(' ').includes(state);
  }
}

function render(overview: Overview, narrowing: Record<string, string>): void {
  part('overview-period').textContent = `${formatPeriod(overview.from, overview.to)}, by ${overview.interval}`
    + ` - compared with ${formatPeriod(overview.previousFrom, overview.previousTo)}`;
  if (overview.current.count === 0) {
    show('empty');
    return;
  }
  show('ready');
  const link = (dimension: string) => (key: string) =>
    searchLink(overview.product, narrowing, dimension, key, overview.from, overview.to);
  renderKpis(part('kpis'), overview.current, overview.previous);
  drawTrend(part('trend-chart'), overview);
  drawRatings(part('ratings-chart'), overview);
  renderBars(part('topics'), overview.topics, link('topics'), 'No topic recognised in this range.');
  renderBars(part('aspects'), overview.aspects, link('aspects'), 'No aspect recognised in this range.');
  renderBreakdowns(part('breakdowns'), overview.breakdowns, link);
}

function fail(problem: unknown): void {
  const notice = part('overview-error');
  const message = problem instanceof OverviewUnavailable ? problem.message
    : 'The overview could not be shown. Reload the page; if it happens again, tell your VOC administrator.';
  notice.replaceChildren(element('span', undefined, `${message} `));
  if (problem instanceof OverviewUnavailable && problem.signIn) {
    const signIn = element('a', undefined, 'Sign in again');
    signIn.href = `/login?next=${encodeURIComponent(location.pathname + location.search)}`;
    notice.append(signIn);
  } else {
    const retry = element('button', 'retry', 'Try again');
    retry.type = 'button';
    retry.addEventListener('click', () => void load());
    notice.append(retry);
  }
  show('error');
  if (!(problem instanceof OverviewUnavailable)) console.warn('overview', problem);
}

async function load(): Promise<void> {
  show('loading');
  try {
    const filters = filtersOf(location.search);
    render(await fetchOverview(filters), filters.narrowing);
  } catch (problem) {
    fail(problem);
  }
}

if (root) void load();
