/**
 * Round-14 path-traversal decision: a relative symlink target. The target of a symlink is
 * resolved from the link's own folder, so `../shared/config.example.yaml` for a link at
 * `services/api/config.yaml` points at `services/shared/…`, inside the project. One `../` at the
 * head of a link target is the ordinary way to point at a sibling folder; more levels, a climb in
 * the middle, or a secret target (judged by the detector's sensitive-file checks) still count.
 */

/** Tools that create links: `create_symlink`, `symlink`, `make_link`, `ln`. */
const LINK_TOOL = /(?:^|[_.\-\s])(?:sym)?link(?:$|[_.\-\s])|symlink|^ln$/i;
/** Argument names of the link target (what the link points at). */
const TARGET_KEY = /^(?:target|link_?target|source|src|points_?to|to|existing_?path)$/i;
/** Exactly one leading `../`, then plain segments without further climbs. */
const ONE_UP = /^\.\.\/(?!\.\.?(?:\/|$))(?:[\w.@+-]{1,128}\/){0,16}[\w.@+-]{1,128}$/;

/** True when `value` is a link target one folder up from the link, in a link-making tool. */
export function siblingLinkTarget(tool: string, key: string, value: string): boolean {
  if (!LINK_TOOL.test(tool) || !TARGET_KEY.test(key)) return false;
  const v = value.trim();
  return ONE_UP.test(v) && !v.includes("/../") && !v.endsWith("/..");
}
