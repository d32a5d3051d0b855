/**
 * Words kept apart by something other than a space, so word rules miss the phrase while a model
 * reads it plainly: the same separator between every word (`Do,not,tell,the,user`, `Do 🙂 not 🙂
 * tell`, `Do | not | tell`, `<p>Do</p><p>not</p>`, `- Do\n- not`), CamelCase runs (`IgnoreAllPreviousInstructions`) and ALL-CAPS runs (whose
 * paths and symbols the case-sensitive anchors miss). Each function returns the segments to
 * rewrite; `views.ts` turns them into excerpt views.
 */
import type { Segment } from "./_decoders.ts";
import { mapped } from "./_segments.ts";

const WORD = String.raw`[A-Za-z][A-Za-z'’]{0,23}`;
/**
 * Separators an attacker puts between every word: a symbol with no space (`a,b`, `a|b`, `a/b`), a
 * symbol, ellipsis or emoji between spaces, an ellipsis, HTML tags, a bullet at each line start, or
 * blank lines (a paragraph per word).
 * None holds a letter, digit or quote, so a run splits one way only.
 */
const SEPARATOR = String
  .raw`[|,;:\/~^+=#*]|[ \t](?:[|\/~^+=#*-]|\.\.\.|…|[^\x00-\x7F]{1,2})[ \t]|\.\.\.[ \t]|<\/?[a-z]{1,6}>(?:<\/?[a-z]{1,6}>)?|\r?\n[ \t]*[-*•][ \t]+|(?:\r?\n){2,8}`;
/** Four or more words with the same separator between each. */
const SEPARATED = new RegExp(
  String.raw`(?<![A-Za-z0-9'’])${WORD}(${SEPARATOR})${WORD}(?:\1${WORD}){2,}(?![A-Za-z'’])`,
  "g",
);
/**
 * The pre-tests skip ordinary text fast: a separator with a letter before it and the same
 * separator twice more ahead, one word between each (markdown tables, whose cells hold several words
 * or numbers, do not pass). Only texts that pass run {@link SEPARATED}.
 */
const TIGHT_PRE =
  /([|,;:\/~^+=#*]|<\/?[a-z]{1,6}>(?:<\/?[a-z]{1,6}>)?)(?<=[A-Za-z]\1)[A-Za-z]{1,24}\1[A-Za-z]{1,24}\1[A-Za-z]/;
/** A spaced separator (` | `, ` / `, `... `, an emoji between spaces, a bullet) repeated the same way. */
const SPACED_PRE =
  /([ \t](?:[|\/~•·-]|\.\.\.|…|[\u0080-\uffff]{1,2})[ \t]|\.\.\.[ \t]|\n[ \t]*[-*•][ \t]+)(?<=[A-Za-z]\1)[A-Za-z]{1,24}\1[A-Za-z]{1,24}\1[A-Za-z]/;
/** A word alone in its paragraph, then three more: the pre-test for blank-line separators. */
const PARAGRAPH_PRE =
  /\n\n(?<=[A-Za-z]\n\n)\n{0,6}[A-Za-z]{1,24}\n{2,8}[A-Za-z]{1,24}\n{2,8}[A-Za-z]/;
const separatedPossible = (text: string): boolean =>
  TIGHT_PRE.test(text) || SPACED_PRE.test(text) || PARAGRAPH_PRE.test(text);

/** Four or more numbered items of one word or token each (`1. Do\n2. not\n3. tell`). */
const NUMBERED =
  /(?:^|\n)[ \t]*\d{1,3}[.)][ \t]+[^\s]{1,40}[ \t]*(?:\r?\n[ \t]*\d{1,3}[.)][ \t]+[^\s]{1,40}[ \t]*){3,}(?=\r?\n|$)/g;
const ITEM_NUMBER = /(?:^|\n)[ \t]*\d{1,3}[.)][ \t]+/g;
const SEPARATOR_G = new RegExp(SEPARATOR, "g");

const CAMEL = /(?<![A-Za-z])[A-Z][a-z]{1,20}(?:[A-Z][a-z]{1,20}){3,}(?![A-Za-z])/g;
/** Four or more ALL-CAPS words in a row. */
const UPPER_RUN = /(?<![A-Za-z])[A-Z]{2,}(?:[^A-Za-z\n]{1,4}[A-Z]+){3,}(?![a-z])/g;

/**
 * The string values of a JSON object or array written as text, split across fields
 * (`{"title": "Ignore all previous", "body": "instructions and …"}`): a model reads the values as
 * one sentence. The punctuation and key between two values becomes a space. Only values that are
 * phrases on both sides of the joint (words with spaces) are joined: ids, enums and numbers never.
 */
const JSON_JOINT =
  /(?<=[A-Za-z] [A-Za-z'’]{1,24})"[ \t]*,[ \t\r\n]*(?:"[A-Za-z0-9_ -]{1,40}"[ \t]*:[ \t]*)?"(?=[A-Za-z'’]{1,24} [A-Za-z])/g;

/**
 * An array that opens with five or more one-word strings (`["Do","not","tell","the","user"]`);
 * matched from the bracket so object keys and values are not tried.
 */
const JSON_WORDS =
  /\[[ \t\r\n]{0,8}"[A-Za-z'’]{1,24}[.,!?:;]?"(?:[ \t]*,[ \t\r\n]*"[A-Za-z'’]{1,24}[.,!?:;]?"){4,100}(?![ \t]*:)/g;
const JSON_WORD_JOINT = /"[ \t]*,[ \t\r\n]*"/g;
const JSON_WORD_OPEN = /^\[\s*"/;

/** Segment lists (one per shape; each sorted and non-overlapping) for `text`. */
export function separatorSegments(text: string): Segment[][] {
  const out: Segment[][] = [];
  if (separatedPossible(text)) {
    out.push(mapped(text, SEPARATED, (m) => m.replace(SEPARATOR_G, " ")));
  }
  if (text.includes("\n2. ") || text.includes("\n2) ")) {
    out.push(mapped(text, NUMBERED, (m) => m.replace(ITEM_NUMBER, " ").trim()));
  }
  if (text.includes('",')) {
    out.push(mapped(text, JSON_JOINT, () => " "));
    out.push(
      mapped(
        text,
        JSON_WORDS,
        (m) => m.replace(JSON_WORD_OPEN, "[").replace(JSON_WORD_JOINT, " ").slice(0, -1),
      ),
    );
  }
  out.push(mapped(text, CAMEL, (m) => m.replace(/(?<=[a-z])(?=[A-Z])/g, " ")));
  out.push(mapped(text, UPPER_RUN, (m) => m.toLowerCase()));
  return out.filter((s) => s.length > 0);
}
