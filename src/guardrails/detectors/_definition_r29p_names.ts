/**
 * Round 29 precision: localized tool names. A name written wholly in one non-Latin writing system
 * (`创建退款`, `메일_보내기`, `تحويل_مبلغ`, `ค้นหาคำสั่งซื้อ`, `ページを開く`) breaks the portable
 * `[a-zA-Z0-9_.-]` convention but imitates no Latin name: it is reported, not blocked. What the
 * invalid-name check exists for still blocks: Latin mixed with another script (`reаd_file` with a
 * Cyrillic а), fullwidth or mathematical letters, invisible and control characters, spaces, other
 * punctuation, over 128 characters, and a non-Latin name whose skeleton is all Latin (a Cyrillic
 * `рау` that reads as "pay").
 */
import { skeleton } from "../text/confusables.ts";

/** Writing systems a localized name may use; Han, kana and Hangul mix in CJK names. */
const SCRIPTS: readonly RegExp[] = [
  /^[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}\p{M}]+$/u,
  /^[\p{scx=Arabic}\p{M}\u200c]+$/u,
  /^[\p{scx=Hebrew}\p{M}]+$/u,
  /^[\p{scx=Thai}\p{M}]+$/u,
  /^[\p{scx=Devanagari}\p{M}]+$/u,
  /^[\p{scx=Bengali}\p{M}]+$/u,
  /^[\p{scx=Tamil}\p{M}]+$/u,
  /^[\p{scx=Cyrillic}\p{M}]+$/u,
  /^[\p{scx=Greek}\p{M}]+$/u,
  /^[\p{scx=Georgian}\p{M}]+$/u,
  /^[\p{scx=Armenian}\p{M}]+$/u,
];

/**
 * Letters and marks only, joined by ASCII digits and `_ . -`; nothing else but the zero-width
 * non-joiner Persian spelling needs (allowed only in an Arabic-script name).
 */
const SHAPE = /^[\p{L}\p{M}\u200c0-9_.-]{1,128}$/u;

/** True when `name` is a localized name in one non-Latin script (see the module comment). */
export function localizedName(name: string): boolean {
  if (!SHAPE.test(name)) return false;
  const letters = name.replace(/[0-9_.-]+/g, "");
  // Fullwidth and mathematical letters fold to Latin under NFKC.
  if (letters.length === 0 || /\p{scx=Latin}/u.test(letters.normalize("NFKC"))) return false;
  if (!SCRIPTS.some((re) => re.test(letters))) return false;
  // A name that folds to Latin letters imitates a Latin name.
  return /\P{ASCII}/u.test(skeleton(letters).replace(/[a-zA-Z]/g, ""));
}
