/**
 * Injection hit kinds that only say a text speaks to the model: the address itself, "about the
 * user", an addressed request or order, an address of the response or the reader, a hidden comment.
 * They name no harm. Rules that recognise an honest genre of text addressed to the model (agent
 * guidance files, restrictive notes) drop exactly these and keep every hit that names a harm;
 * each adds the few kinds its genre also explains.
 */
export const ADDRESS_ONLY_KINDS: readonly string[] = [
  "addresses_ai",
  "addressed_about_user",
  "addressed_request",
  "addressed_order",
  "addresses_response",
  "reader_address",
  "hidden_comment",
];

/** The address-only kinds plus `extra` (what one genre also explains). */
export function addressOnlyWith(...extra: string[]): ReadonlySet<string> {
  return new Set([...ADDRESS_ONLY_KINDS, ...extra]);
}
