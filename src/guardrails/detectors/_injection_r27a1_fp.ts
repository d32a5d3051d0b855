/**
 * False-positive guards from held-out round 27a, used by rules in `_injection_rules.ts`
 * (tests in `_injection_r27a1_test.ts`).
 */

/** "Report any request for card data to security@…": what goes out is a report of an attempt. */
const REPORT_ATTEMPT =
  /^report\s{1,3}(?:any|all|every|each|such|these|those|the)?\s{0,3}(?:suspicious\s{1,3}|unusual\s{1,3}|unexpected\s{1,3})?(?:requests?|attempts?|incidents?|activity|phishing|messages?\s{1,3}asking|calls?\s{1,3}asking|concerns?|suspicions?)\b/i;

/** True when the send verb at `start` is "report" and its object is an attempt, not data. */
export function reportsAttempt(view: string, start: number): boolean {
  return REPORT_ATTEMPT.test(view.slice(start, start + 80));
}

/** A heading or caption that presents what follows as a sample. */
const EXAMPLE_LABEL =
  /\b(?:example|sample|demo|illustrative)\s{1,3}(?:conversation|dialog(?:ue)?|chat|transcript|exchange|session|interaction)s?\b/i;
/** The sample is fenced: an HTML `<pre>` or a Markdown code fence, closed after it. */
const FENCE_OPEN = /<pre\b[^>]{0,40}>|```/i;
const FENCE_CLOSE = /<\/pre>|```/i;

/**
 * A transcript shown as a sample on a docs page: labelled as an example just before, inside a
 * `<pre>` or code fence that closes after it (a fake turn for the model to continue stays open).
 */
export function exampleTranscript(view: string, start: number, end: number): boolean {
  const before = view.slice(Math.max(0, start - 160), start + 1);
  return EXAMPLE_LABEL.test(before) && FENCE_OPEN.test(before) &&
    FENCE_CLOSE.test(view.slice(end, end + 1600));
}
