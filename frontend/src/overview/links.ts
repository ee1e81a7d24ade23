// Links from the Overview to the feedback behind a number: the search page (/) with the same product
// and period and the item's words. Until the Explorer has facets, only words can narrow the search, so
// only topics and aspects link (a channel or a version is no word in the text).

/** The period as the search page takes it: whole UTC days where the bounds are midnights, else instants. */
export function searchLink(product: string | null, words: string, from: string, to: string): string {
  const params = new URLSearchParams();
  params.set('q', words);
  if (product) params.set('product', product);
  params.set('from', asDay(from, false));
  params.set('to', asDay(to, true));
  return `/?${params}`;
}

// the search page's "to" as a day is inclusive (that whole day), the API's "to" is exclusive
function asDay(instant: string, exclusiveEnd: boolean): string {
  const when = new Date(instant);
  if (Number.isNaN(when.getTime()) || when.getUTCHours() + when.getUTCMinutes() + when.getUTCSeconds() !== 0) {
    return instant;
  }
  const day = exclusiveEnd ? new Date(when.getTime() - 86_400_000) : when;
  return day.toISOString().slice(0, 10);
}
