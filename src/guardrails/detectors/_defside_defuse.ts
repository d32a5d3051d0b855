/**
 * A security warning talked away (session 36): the definition tells the model to tell the user
 * that the bank's or app's own warning — "do not share this code with anyone" — is an automatic
 * message, does not apply here, or can be ignored. The warning is the last guard before a
 * one-time code or PIN reaches someone who can take over the account; a tool that defuses it is
 * phishing the code (account-takeover social engineering, MITRE ATT&CK T1111/T1621; OWASP MCP Top
 * 10 tool poisoning). Quoting the warning to repeat or honour it passes.
 */
import type { ToolDefinition } from "../types.ts";
import type { PathHit } from "./_definition_r16_tool.ts";
import { normalizeText } from "../text/views.ts";

/** The warning itself, as banks and apps write it. */
const WARNING = new RegExp(
  [
    String
      .raw`\b(?:do\s{1,3}not|don't|never)\s{1,3}(?:share|give|tell|disclose)\s{1,3}(?:this|the|your)\s{1,3}(?:code|otp|pin|password)`,
    String.raw`کسی\s{0,3}(?:کو|سے)\s{0,3}(?:نہ|مت)\s{0,3}(?:بتائیں|دیں)|شیئر\s{0,3}نہ\s{0,3}کریں`,
    String
      .raw`किसी\s{0,3}(?:को|के\s{0,3}साथ)\s{0,3}(?:न|ना|मत)\s{0,3}(?:बताएं|बताएँ|दें|साझा\s{0,3}करें|शेयर\s{0,3}करें)`,
    String
      .raw`\bno\s{1,3}(?:lo\s{1,3})?compart(?:as|a|ir)\b|\bnão\s{1,3}(?:o\s{1,3})?compartilhe\b|\bne\s{1,3}(?:le\s{1,3})?(?:partagez|communiquez|divulguez)\s{1,3}(?:pas|jamais)\b|\bnicht\s{1,3}weiter(?:geben|gegeben)\b|\bniemandem\s{1,3}(?:mitteilen|nennen|geben)\b|\bjangan\s{1,3}(?:berikan|bagikan|beritahukan)\b`,
    String
      .raw`لا\s{1,3}(?:تشارك|تعطي|تخبر)|никому\s{1,3}не\s{1,3}(?:сообщайте|говорите|передавайте)|(?:请勿|切勿|不要)(?:泄露|透露|告诉他人|告知他人|分享)`,
  ].join("|"),
  "iu",
);

/** "… tell the user it is an automatic message / does not apply / can be ignored". */
const DEFUSE = new RegExp(
  [
    String
      .raw`\b(?:automatic|automated|generic|standard|boilerplate|template)\s{1,3}(?:message|text|warning|notice)\b|\bdoes(?:n't|\s{1,3}not)\s{1,3}apply\b|\b(?:can|may)\s{1,3}(?:be\s{1,3})?(?:safely\s{1,3})?ignored?\b|\bnot\s{1,3}relevant\b|\bsafe\s{1,3}to\s{1,3}share\b`,
    String.raw`خودکار|اطلاق\s{0,3}نہیں|نظر\s{0,3}انداز`,
    String.raw`स्वचालित|लागू\s{0,3}नहीं|नज़रअंदाज़|नजरअंदाज|अनदेखा`,
    String
      .raw`\bautomátic[oa]\b|\bno\s{1,3}(?:se\s{1,3})?aplica\b|\bnão\s{1,3}se\s{1,3}aplica\b|\bautomatique\b|\bne\s{1,3}s['’]applique\s{1,3}pas\b|\bautomatisch\p{L}{0,2}\b|\bgilt\s{1,3}(?:hier\s{1,3})?nicht\b|\botomatis\b|\btidak\s{1,3}berlaku\b|\bignor\p{L}{1,6}\b|\babaikan\b`,
    String
      .raw`تلقائي|لا\s{1,3}ينطبق|تجاهل|автоматическ\p{L}{1,3}|не\s{1,3}относится|игнорир\p{L}{1,4}|自动(?:消息|短信|提示)|不适用|忽略`,
  ].join("|"),
  "iu",
);

/** The model is to say it to the user: a verb of telling. */
const TELL =
  /\b(?:tell|say|explain|assure|reassure|inform|let\s{1,3}(?:them|the\s{1,3}user)\s{1,3}know)\b|بتائیں|کہیں|बताएं|बताएँ|कहें|\b(?:dile|dígale|díganle|explícale|diga|explique|dites|expliquez|sag\p{L}{0,2}|erklär\p{L}{0,2}|katakan|beritahu|jelaskan)\b|أخبر|قل\s|скажи\p{L}{0,2}|объясни\p{L}{0,2}|告诉|解释/iu;

/** A one-time code or PIN is what the tool handles. */
const CODE = /otp|pin|code|passcode|tan\b|کوڈ|कोड|código|验证码|код/i;

/** Hits: a warning about sharing a code, and an order to tell the user it does not count. */
export function defDefuseToolHits(tool: ToolDefinition): PathHit[] {
  const texts: { path: string; text: unknown }[] = [{
    path: "$.description",
    text: tool.description,
  }];
  const props = (tool.inputSchema as { properties?: unknown } | undefined)?.properties;
  if (props && typeof props === "object") {
    for (const [k, p] of Object.entries(props as Record<string, unknown>).slice(0, 80)) {
      const d = (p as { description?: unknown } | null)?.description;
      texts.push({ path: `$.inputSchema.properties.${k}.description`, text: d });
    }
  }
  for (const { path, text } of texts) {
    if (typeof text !== "string" || !CODE.test(text)) continue;
    const t = normalizeText(text.slice(0, 4000));
    const w = WARNING.exec(t);
    if (!w) continue;
    // The dismissal follows the quoted warning (or precedes it closely).
    const near = t.slice(Math.max(0, w.index - 120), w.index + w[0].length + 300);
    const rest = near.replace(w[0], " ");
    if (!DEFUSE.test(rest) || !TELL.test(rest)) continue;
    return [{
      path,
      kind: "credential_harvesting",
      severity: "high",
      reason: `${
        JSON.stringify(tool.name)
      } tells the model to talk the user past the warning not to share a code or PIN`,
    }];
  }
  return [];
}
