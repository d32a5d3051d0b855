/**
 * CONTRACT FAKE of the Enkrypt AI guardrails API — not Enkrypt, and not a detector. It stands in
 * for a SaaS that tests cannot (and must not) reach, implementing the request/answer contract
 * smg's Enkrypt provider relies on, on 127.0.0.1 only.
 *
 * Auth: header `apikey` must equal {@link ENKRYPT_FAKE_KEY} (else 401). Verdicts follow trivial
 * markers in the text: `ATTACK` → injection_attack, `VIOLATION` → policy_violation, `TOXIC` →
 * toxicity `["toxicity","insult"]`, `NSFW` → nsfw, an e-mail address → pii, `BANNED` →
 * keyword_detected, `OFFTOPIC` → on_topic 0, `IRRELEVANT` → relevancy 0.2, `UNGROUNDED` →
 * adherence 0.3, `HALLUCINATED` → is_hallucination 1. Failure modes: see `_fake_server.ts`.
 */
import {
  type FakeServer,
  json,
  objectBody,
  type RecordedRequest,
  startFake,
} from "./_fake_server.ts";

export type { FakeServer, RecordedRequest } from "./_fake_server.ts";

/** The only API key the fake accepts. */
export const ENKRYPT_FAKE_KEY = "fake-enkrypt-key-0123";

const EMAIL = /[\w.+-]+@[\w-]+\.[\w.]+/g;

function detect(text: string, enabled?: (name: string) => boolean): Record<string, unknown> {
  const on = enabled ?? (() => true);
  const flag = (name: string, hit: boolean): number => on(name) && hit ? 1 : 0;
  const emails = text.match(EMAIL) ?? [];
  const summary = {
    injection_attack: flag("injection_attack", text.includes("ATTACK")),
    policy_violation: flag("policy_violation", text.includes("VIOLATION")),
    toxicity: on("toxicity") && text.includes("TOXIC") ? ["toxicity", "insult"] : [],
    nsfw: flag("nsfw", text.includes("NSFW")),
    pii: flag("pii", emails.length > 0),
    keyword_detected: flag("keyword_detector", text.includes("BANNED")),
    bias: 0,
    sponge_attack: 0,
    on_topic: on("topic_detector") && text.includes("OFFTOPIC") ? 0 : 1,
  };
  // Real answers carry matched values in details; the provider must never repeat them.
  const details = {
    injection_attack: {
      safe: summary.injection_attack ? "0.01" : "0.99",
      attack: summary.injection_attack ? "0.99" : "0.01",
    },
    pii: { pii: Object.fromEntries(emails.map((e, i) => [`<EMAIL_${i}>`, e])) },
    policy_violation: {
      violating_policy: summary.policy_violation ? "No attacks" : "",
      explanation: `quoted: ${text.slice(0, 40)}`,
    },
  };
  return { summary, details };
}

const vault = new Map<string, Map<string, string>>();

function handle(req: RecordedRequest): Response {
  if (req.method !== "POST") return json({ message: "Method not allowed" }, 405);
  if (req.headers["apikey"] !== ENKRYPT_FAKE_KEY) return json({ message: "Invalid API key" }, 401);
  const b = objectBody(req.body);
  if (!b) return json({ message: "Body must be a JSON object" }, 400);
  const str = (k: string): string | undefined =>
    typeof b[k] === "string" ? b[k] as string : undefined;
  switch (req.path) {
    case "/guardrails/policy/detect":
    case "/guardrails/guardrail/detect": {
      const header = req.path.includes("policy") ? "x-enkrypt-policy" : "x-enkrypt-guardrail";
      if (!req.headers[header]) return json({ message: `Missing ${header}` }, 400);
      const text = str("text");
      return text === undefined ? json({ message: "text is required" }, 400) : json(detect(text));
    }
    case "/guardrails/batch/detect": {
      const texts = b.texts;
      const detectors = objectBody(b.detectors);
      if (!Array.isArray(texts) || !texts.every((t) => typeof t === "string") || !detectors) {
        return json({ message: "texts and detectors are required" }, 400);
      }
      const enabled = (name: string): boolean => objectBody(detectors[name])?.enabled === true;
      return json(texts.map((t) => detect(t as string, enabled)));
    }
    case "/guardrails/pii": {
      const text = str("text");
      const key = str("key");
      if (text === undefined || key === undefined) {
        return json({ message: "text and key are required" }, 400);
      }
      if (b.mode === "request") {
        const map = new Map<string, string>();
        const redacted = text.replace(EMAIL, (m) => {
          const ph = `<EMAIL_${map.size}>`;
          map.set(ph, m);
          return ph;
        });
        const newKey = crypto.randomUUID();
        vault.set(newKey, map);
        return json({ text: redacted, key: newKey });
      }
      if (b.mode === "response") {
        const map = vault.get(key);
        if (!map) return json({ message: "Unknown key" }, 400);
        let restored = text;
        for (const [ph, v] of map) restored = restored.replaceAll(ph, v);
        return json({ text: restored });
      }
      return json({ message: "mode must be request or response" }, 400);
    }
    case "/guardrails/relevancy": {
      const q = str("question"), a = str("llm_answer");
      if (q === undefined || a === undefined) {
        return json({ message: "question and llm_answer are required" }, 400);
      }
      const score = a.includes("IRRELEVANT") ? 0.2 : 0.9;
      return json({ summary: { relevancy_score: score }, details: { relevancy_score: score } });
    }
    case "/guardrails/adherence": {
      const c = str("context"), a = str("llm_answer");
      if (c === undefined || a === undefined) {
        return json({ message: "context and llm_answer are required" }, 400);
      }
      const score = a.includes("UNGROUNDED") ? 0.3 : 0.95;
      return json({ summary: { adherence_score: score }, details: { adherence_score: score } });
    }
    case "/guardrails/hallucination": {
      const r = str("request_text"), s = str("response_text"), c = str("context");
      if (r === undefined || s === undefined || c === undefined) {
        return json({ message: "request_text, response_text and context are required" }, 400);
      }
      const h = s.includes("HALLUCINATED") ? 1 : 0;
      return json({ summary: { is_hallucination: h }, details: { prompt_based: h ? 0.9 : 0.05 } });
    }
  }
  return json({ message: "Not found" }, 404);
}

/** Start the Enkrypt contract fake on 127.0.0.1 (random port). */
export function startEnkryptFake(): Promise<FakeServer> {
  return startFake(handle, { result: "ok", summary: "not an object" });
}
