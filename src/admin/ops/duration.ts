/** Durations such as `30d`, `12h`, `90m`, `2w` (for `--expires-in`). */
import { AdminError } from "../errors.ts";

const UNIT_MS: Record<string, number> = {
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

/** Parse a duration into milliseconds. */
export function parseDuration(text: string): number {
  const m = /^\s*(\d+)\s*([smhdw])\s*$/i.exec(text);
  if (!m || Number(m[1]) <= 0) {
    throw new AdminError(
      "bad_request",
      `Invalid duration "${text}": use a positive number and a unit, e.g. 30d, 12h, 90m, 2w`,
      "$.expires_in",
    );
  }
  return Number(m[1]) * UNIT_MS[m[2].toLowerCase()];
}
