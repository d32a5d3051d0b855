/**
 * Accept guards that keep round 22's benign look-alikes apart from the attacks they resemble
 * (cases in `_injection_r22_test.ts`):
 * - a writing prompt labelled as one ("Writing prompt for the workshop: … Write a story where …")
 *   is the document's content, a prompt for people to use, not a task planted for the model.
 */

/** A label that names the text a prompt or exercise for people: a class, a workshop, a journal. */
const PROMPT_LABEL =
  /\b(?:(?:creative|writing|story|essay|poetry|journal(?:ing)?|drawing|discussion|debate|role-?play)[ \t]{1,3}(?:writing[ \t]{1,3})?(?:prompts?|exercises?|assignments?|challenges?)|(?:prompts?|exercises?|assignments?|homework|worksheets?)[ \t]{1,3}(?:for|from)[ \t]{1,3}(?:the|our|this|today's|tonight's|next)[ \t]{1,3}(?:workshop|class|lesson|students|kids|children|course|session|camp|club|seminar))\b/i;

/** True when the paragraph before `start` labels the text a writing prompt or class exercise. */
export function labeledAsPrompt(view: string, start: number): boolean {
  const before = view.slice(Math.max(0, start - 240), start);
  const para = before.slice(before.lastIndexOf("\n\n") + 1);
  return PROMPT_LABEL.test(para);
}
