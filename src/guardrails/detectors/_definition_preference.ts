/**
 * Preference manipulation (MPMA): a definition that pressures the model to pick this tool over
 * others. Absolute claims ("always use this tool first", "the only tool you should ever use",
 * "supersedes all others", "other tools are deprecated") are high. A comparison with a named
 * target ("prefer this over X", "use this instead of X") is high only when X is generic or
 * another server's tool; a tool of the same server is ordinary usage guidance.
 */
import { type DefinitionContext, type Hit, sentences } from "./_definition_grammar.ts";
import { foreignServerRef, foreignToolRef, genericToolRef } from "./_definition_refs.ts";

const SEP = String.raw`[\s*_"'\x60]+`;
const TOOL = String.raw`(?:tool|function|server|plugin|integration|option|alternative|one)s?`;
const ME = String.raw`(?:this|me|it|this${SEP}one)(?:${SEP}(?:tool|function|server))?`;
const GAP = (n: number): string => String.raw`(?:${SEP}[\w'-]+){0,${n}}?`;
const BAD = String
  .raw`(?:deprecated|unsafe|untrusted|insecure|broken|unreliable|malicious|compromised|outdated|obsolete|dangerous|fake|inferior|wrong|buggy)`;

const ABSOLUTE = new RegExp(
  [
    String
      .raw`\balways${SEP}(?:use|call|invoke|prefer|choose|pick|select|run)${SEP}(?:this|the${SEP}\w+|our|me)${SEP}?${TOOL}?`,
    String.raw`\b(?:use|call|invoke|run)${SEP}${ME}${SEP}(?:first|exclusively|only)\b`,
    String.raw`\b(?:use|call|invoke|run)${SEP}${ME}${SEP}before${SEP}(?:any|all|every|other)`,
    String
      .raw`\b(?:do${SEP}not|don'?t|never|avoid)${SEP}(?:ever${SEP})?(?:use|call|invoke|using|calling|trust|rely${SEP}on)${SEP}(?:any${SEP}|an${SEP}|the${SEP})?(?:other|another|different|alternative|competing|third[- ]party)${
      GAP(4)
    }${SEP}${TOOL}`,
    String
      .raw`\b(?:do${SEP}not|don'?t|never|avoid)${SEP}(?:ever${SEP})?(?:use|call|invoke)${SEP}(?:anything${SEP}else|any${SEP}others?|any${SEP}other)(?=\s*(?:[.;:,!)]|$))`,
    String
      .raw`\b(?:the${SEP})?(?:best${SEP}and${SEP})?only${
      GAP(2)
    }${SEP}(?:trusted|safe|secure|reliable|official|correct|approved|valid|legitimate|verified|authori[sz]ed|sanctioned)${
      GAP(2)
    }${SEP}${TOOL}`,
    String
      .raw`\bthe${SEP}only${GAP(3)}${SEP}${TOOL}${
      GAP(3)
    }${SEP}(?:you|the${SEP}(?:assistant|model|agent|ai)|agents?|llms?|models?)${SEP}(?:should|must|shall|may|can|need|are${SEP}allowed|will)`,
    String
      .raw`\b(?:all${SEP}|any${SEP}|every${SEP})?other${
      GAP(3)
    }${SEP}${TOOL}${SEP}(?:are|is)${SEP}(?:\w+${SEP})?${BAD}\b`,
    String
      .raw`\bother${
      GAP(3)
    }${SEP}${TOOL}\b[^.;]{0,12}\b(?:they|these|those|which)${SEP}(?:are|is)${SEP}(?:\w+${SEP})?${BAD}\b`,
    String
      .raw`\b(?:supersed|replac|overrid|obsolet|deprecat|outrank)\w*${SEP}(?:all|every|any|each)${SEP}(?:the${SEP})?(?:other|others|existing|alternative|previous|competing)\b`,
    String.raw`\btakes?${SEP}precedence${SEP}over${SEP}(?:all|every|any|each|other)\b`,
    String
      .raw`\b(?:is|as)${SEP}(?:your|the)${SEP}(?:default|primary|first|go-to|preferred|main)${SEP}(?:choice|tool|option|source)${SEP}for${SEP}(?:all|every|any)\b`,
    String
      .raw`\b(?:must|should|shall)${SEP}(?:always${SEP})?be${SEP}(?:used|called|invoked|preferred|chosen|selected)${SEP}(?:first|exclusively)\b`,
  ].join("|"),
  "i",
);

/** Comparisons whose target (group 1: the rest of the sentence) decides. */
const TARGETED = new RegExp(
  [
    String
      .raw`\b(?:prefer|choose|favou?r|select|pick)${SEP}${ME}${SEP}(?:over|above|instead${SEP}of|rather${SEP}than)${SEP}(.*)`,
    String
      .raw`\b(?:use|call|invoke|run)${SEP}${ME}${SEP}(?:instead${SEP}of|in${SEP}place${SEP}of|rather${SEP}than|over)${SEP}(.*)`,
    String
      .raw`\b(?:must|should|shall)${SEP}(?:always${SEP})?be${SEP}(?:used|called|invoked|preferred|chosen|selected)${SEP}(?:instead${SEP}of|before|over|above|rather${SEP}than)${SEP}(.*)`,
    String
      .raw`\b(?:this|it)${SEP}(?:tool${SEP})?(?:replaces|supersedes|overrides|obsoletes|deprecates)${SEP}(.*)`,
  ].join("|"),
  "i",
);
const GENERIC_TARGET =
  /^(?:the\s+)?(?:any|all|every|each|other|others|another|alternative|competing|existing|third[- ]party|built-in)\b/i;
const BARE_INSTEAD = new RegExp(
  String.raw`\b(?:use|call|invoke|run)${SEP}${ME}${SEP}instead\b`,
  "i",
);

/** Preference-manipulation findings for one string. */
export function preferenceHits(text: string, ctx: DefinitionContext): Hit[] {
  const out: Hit[] = [];
  const high = (reason: string): void => {
    out.push({ kind: "preference_manipulation", severity: "high", reason });
  };
  for (const s of sentences(text)) {
    if (ABSOLUTE.test(s)) {
      high("Definition pressures the model to prefer this tool over others");
      continue;
    }
    const m = TARGETED.exec(s);
    const target = m?.slice(1).find((g) => g !== undefined);
    if (target !== undefined) {
      const head = target.split(/\s+/).slice(0, 8).join(" ");
      if (GENERIC_TARGET.test(head) || genericToolRef(head)) {
        high("Definition pressures the model to prefer this tool over all others");
      } else if (foreignToolRef(head, ctx) || foreignServerRef(head, ctx)) {
        high("Definition pressures the model to prefer this tool over another server's tool");
      }
      continue;
    }
    if (BARE_INSTEAD.test(s) && (genericToolRef(s) || /\b(?:another|other)\b/i.test(s))) {
      high("Definition tells the model to call this tool instead of others");
    }
  }
  return out;
}
