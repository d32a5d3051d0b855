/**
 * Definition grammars from held-out round 16's misses (paraphrase tests in
 * `_definition_r16_test.ts`), over one definition string:
 * - an order to copy a secret file (SSH keys and config, `.pgpass`, `.git-credentials`, …) into a
 *   field or request;
 * - an attacker key appended to `authorized_keys` (persistence);
 * - the chat harvested verbatim, or with its hidden / system / developer messages;
 * - the caller's credentials forwarded to a third party, stated as a plain "implementation detail";
 * - a fixed bank account or wallet that money is routed to;
 * - pseudocode that moves unbounded money or skips the confirmation;
 * - a note addressed to the assistant in ANY language (a short label with an assistant/agent/model
 *   word, then a colon) whose body acts on secrets, money, code or the system prompt. The act is
 *   read from its objects (paths, account numbers, shell commands), not from verbs, so one rule
 *   serves every language.
 * Tool-level techniques (annotations that contradict the description, consent flags, schema
 * defaults) are in `_definition_r16_tool.ts`.
 */
import type { Hit } from "./_definition_grammar.ts";

const R = String.raw;

/** Files whose content is a credential or reveals how to use one. */
export const SECRET_FILE = new RegExp(
  [
    R`(?:~|\$HOME|%USERPROFILE%)?[\\/]?\.ssh[\\/][\w.-]{1,40}`,
    R`(?<![\w-])id_(?:rsa|dsa|ecdsa|ed25519)(?![\w-])`,
    R`(?<![\w/-])(?:~[\\/])?\.(?:pgpass|netrc|git-credentials|npmrc|pypirc|boto|vault-token)(?![\w-])`,
    R`\.aws[\\/]credentials|\.kube[\\/]config|\.docker[\\/]config\.json|\.gnupg[\\/]`,
  ].join("|"),
  "i",
);
/** A verb that moves content somewhere, as an order (modal, or at the start of a clause). */
const MOVE_ORDER =
  /(?:^|[:,]\s{0,2}|\b(?:must|should|shall|always|then|first|please|will|need\s+to|needs\s+to|has\s+to|have\s+to|required\s+to)\s+(?:\w{1,15}\s+){0,2}?)(?:concatenat|includ|append|attach|past|cop(?:y|ie)|read|cat|put|insert|embed|add|upload|send|forward|dump|collect|gather|bundl|pack|load|fill)\w{0,4}\b/i;
/** Where the moved content ends up: a field of this call or a request. */
const INTO_FIELD =
  /\b(?:in(?:to)?|to|as)\s+(?:the\s+|this\s+|that\s+|each\s+)?(?:input|field|parameter|param|argument|value|message|body|payload|request|note|comment|header|query|string)\b|\bhere\b|\bso\s+(?:that\s+)?the\s+\w{1,20}(?:\s+\w{1,20})?\s+can\b/i;
/** A clause that forbids what follows. */
const NEGATED = /\b(?:never|not|don't|do\s+not|avoid|without|no)\b[^,;:]{0,40}$/i;

/** An OpenSSH public key (the key an attacker plants). */
const SSH_KEY =
  /\b(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp\d{3}|sk-ssh-ed25519@openssh\.com)\s+AAAA[A-Za-z0-9+/]{8,}/;

/** The conversation itself. */
const CONVERSATION = new RegExp(
  [
    R`\b(?:messages?|turns?)\s+(?:so\s+far|(?:exchanged\s+)?(?:in|of|from)\s+(?:this|the)\s+(?:chat|conversation|dialog(?:ue)?|session|thread))\b`,
    R`\b(?:entire|whole|full|complete|raw)\s+(?:chat|conversation|dialog(?:ue)?|session)\b`,
    R`\b(?:chat|conversation|dialog(?:ue)?)\s+(?:history|transcript|log|state|so\s+far)\b`,
    R`\bevery\s+(?:previous|prior|earlier)\s+(?:message|turn)\b`,
  ].join("|"),
  "i",
);
/** Asking for it whole, or with the parts the user never sees. */
const WHOLE_OR_HIDDEN =
  /\b(?:hidden|developer|system|internal|invisible)\s+(?:messages?|prompts?|instructions?|turns?)\b|\bverbatim\b|\bword[\s-]for[\s-]word\b|\bfrom\s+the\s+(?:very\s+)?(?:first|beginning|start)\b|\bdump\b/i;
const SUPPLY =
  /\b(?:supply|include|pass|provide|attach|paste|put|send|forward|append|fill|dump|copy|insert|enter|add)\w{0,3}\b/i;

/** The caller's credentials. */
const CALLER_AUTH =
  /\b(?:authorization|auth|bearer|session|api[\s-]?key|access)\s+(?:headers?|tokens?|cookies?|keys?)\b|\bcookies?\b|\bcaller'?s?\s+(?:credentials?|tokens?|keys?|headers?)\b/i;
/** Sent on to another host. */
const SENT_ON =
  /\b(?:forward|relay|mirror|cop(?:y|ied|ies)|sen[dt]|transmit|shar(?:e|ed|es)|upload|post|retain|replicat|stream|export)\w{0,4}\b[^.;]{0,80}?\b(?:to|with)\s+(?:an?\s+|the\s+|our\s+)?(?:[a-z0-9-]{1,40}\.){1,4}[a-z]{2,10}\b/i;
/** A reader other than the service itself. */
const THIRD_PARTY =
  /\b(?:also|additionally|third[\s-]part(?:y|ies)|partners?|analytics|telemetry|vendors?|affiliates?|advertis\w{1,6}|model\s+improvement|training|marketing|retained)\b/i;

/** A bank account (IBAN) or a crypto wallet written out. */
const ACCOUNT =
  /\b[A-Z]{2}\d{2}[A-Z0-9]{11,30}\b|\b0x[0-9a-fA-F]{40}\b|\bbc1[02-9ac-hj-np-z]{25,60}\b/;
/** Money moving to it. */
const MONEY =
  /\b(?:transfer\w{0,3}|pay\w{0,5}|payout|wire|remit\w{0,5}|deposit\w{0,3}|refund\w{0,3}|funds?|beneficiar\w{1,3}|recipient|destination|wallet|replac\w{1,3}|swap\w{0,3}|substitut\w{1,5}|redirect\w{0,3}|rout(?:e|ed|ing)|send)\b/i;
/** The account is an example, a test value or a format. */
const EXAMPLE =
  /(?:e\.g\.|\bi\.e\.|\bexamples?|\bsample|\bformat|\bsuch\s+as|\blike|\btest|\bsandbox|\bdummy|\bplaceholder|\bz\.\s?B\.|\bbijv|\bpar\s+exemple|\bpor\s+ejemplo|\bp\.\s?ej|例)[^.]{0,24}$/i;

/** A call in code that moves money. */
const MONEY_CALL =
  /(?:refund|transfer|payout|withdraw|send_?funds|send_?money|wire|charge|pay)\w{0,20}\s{0,2}\(([^)\n]{0,160})\)([^\n]{0,80})/gi;
const UNBOUNDED_ARG = /=\s{0,2}(?:MAX|ALL|ANY|FULL|INF|INFINITY|UNLIMITED|balance|total)\b/i;
const NO_CONFIRM_COMMENT = /(?:#|\/\/|--)\s{0,3}(?:no|skip|without|bypass)\s+(?:\w+\s+)?confirm/i;

/** A word for the assistant, agent, model or AI in some language. */
const ASSISTANT_WORD = new RegExp(
  [
    R`(?<!\p{L})(?:assist|asist|asyst|асист|ассист|agent|агент|ajan|model|модел|msaidizi|wakala|asisten|pembantu)\p{L}{0,6}`,
    R`(?<!\p{L})(?:LLM|AI|KI|IA|ИИ|ШІ|chatbot|yapay\s+zeka|trợ\s+lý|ผู้ช่วย|सहायक|עוזר)(?!\p{L})`,
    R`助手|アシスタント|エージェント|モデル|模型|代理|智能体|어시스턴트|에이전트|모델|مساعد|وكيل|نموذج`,
  ].join("|"),
  "iu",
);
/** "SSH agent:", "Embedding model:": a component, not the assistant. */
const TECH_AGENT =
  /\b(?:ssh|gpg|user|build|ci|proxy|deploy|support|sales|travel|insurance|data|embedding|language|base|default|3d|llm)[\s-]{1,3}(?:agent|model)/i;
/** What a note must not order, read from its objects so that any language is covered. */
const SHELL_CODE =
  /`[^`\n]{0,200}?\b(?:git\s+(?:push|remote\s+add|clone)|curl|wget|scp|rsync|ncat|nc|ssh|rm\s+-rf|chmod|sh\s+-c|bash\s+-c|powershell|iwr|Invoke-WebRequest)\b[^`\n]{0,200}`|\bgit\s+push\b[^.\n]{0,80}--(?:all|mirror|force)\b/i;
const SYSTEM_PROMPT = new RegExp(
  [
    R`(?<!\p{L})(?:s[iy]st[eéè]m\p{L}{0,6}|систем\p{L}{0,5})\s+(?:\p{L}{1,4}\s+)?(?:prompt|instru|інструкц|инструкц|anweisung|talimat|polece|message|bericht|nachricht|istruzion)`,
    R`(?<!\p{L})(?:prompt|instru\p{L}{0,8}|інструкц\p{L}{0,3}|инструкц\p{L}{0,3}|polece\p{L}{0,4}|maagizo|talimat\p{L}{0,4}|istruzion\p{L}{0,2})\s+(?:\p{L}{1,4}\s+)?(?:s[iy]st[eéè]m|систем|ya\s+mfumo)`,
    R`システムプロンプト|系统提示|系統提示|시스템\s?프롬프트|موجه\s+النظام`,
  ].join("|"),
  "iu",
);

/** Percent-encoding, and a hint to decode it ("URL-decode this line"). */
const PERCENT_HINT =
  /\b(?:url|percent|uri)[\s-]?decod\w{0,4}\b|\bdecodeURI(?:Component)?\b|\bunescape\b/i;
const PERCENT_RUN = /(?:%[0-9A-Fa-f]{2}|[A-Za-z0-9._~-]){12,2048}/g;

/**
 * Percent-encoded sentences whose escapes are spread out ("Setup%3A%20read%20…"), decoded when
 * the text has at least eight escapes or says to URL-decode. Empty when none applies.
 */
export function r16Views(text: string): string[] {
  const escapes = text.match(/%[0-9A-Fa-f]{2}/g)?.length ?? 0;
  if (escapes < 3 || (escapes < 8 && !PERCENT_HINT.test(text))) return [];
  const out: string[] = [];
  for (const m of text.matchAll(PERCENT_RUN)) {
    if (out.length >= 3) break;
    if ((m[0].match(/%20/gi)?.length ?? 0) < 2) continue;
    try {
      out.push(decodeURIComponent(m[0]));
    } catch {
      continue;
    }
  }
  return out;
}

/** Sentence splitting that keeps dotted paths (`~/.ssh/config`) whole. */
function sentencesOf(text: string): string[] {
  return text.split(/[.;!?](?=\s|$)|\n/).slice(0, 60);
}

/** Hits of round 16's string grammars over `normal` (NFKC) and `plain` (its Latin skeleton). */
export function r16DefinitionHits(normal: string, plain: string, where: { value: boolean }): Hit[] {
  if (normal.length < 16) return [];
  const out: Hit[] = [];
  const hit = (kind: string, reason: string): void => {
    out.push({ kind, severity: "high", reason });
  };
  if (SECRET_FILE.test(plain) && secretMove(plain, where.value)) {
    hit("credential_harvesting", "Definition orders a secret file copied into a field or request");
  }
  if (/authorized_keys/i.test(plain) && SSH_KEY.test(plain)) {
    hit("persistence", "Definition plants a fixed SSH key in authorized_keys");
  }
  if (CONVERSATION.test(plain) && chatHarvest(plain, where.value)) {
    hit("context_disclosure", "Definition asks for the chat verbatim or with its hidden messages");
  }
  if (CALLER_AUTH.test(plain) && credentialForward(plain)) {
    hit("data_exfiltration", "Definition forwards the caller's credentials to a third party");
  }
  if (ACCOUNT.test(plain) && fixedAccount(plain)) {
    hit("payment_redirect", "Definition routes money to a fixed account or wallet");
  }
  if (plain.includes("(") && moneyCode(plain)) {
    hit("money_order", "Definition has code that moves unbounded money or skips confirmation");
  }
  if (/[:：]/.test(normal) && ASSISTANT_WORD.test(normal) && addressedAct(normal)) {
    hit("hidden_instruction", "Definition has a note to the assistant acting on secrets or code");
  }
  return out;
}

function secretMove(plain: string, value: boolean): boolean {
  for (const s of sentencesOf(plain)) {
    const secret = SECRET_FILE.exec(s);
    if (!secret) continue;
    const order = MOVE_ORDER.exec(s);
    if (!order || NEGATED.test(s.slice(0, order.index + order[0].length))) continue;
    if (value || INTO_FIELD.test(s)) return true;
  }
  return false;
}

function chatHarvest(plain: string, value: boolean): boolean {
  for (const s of sentencesOf(plain)) {
    if (!CONVERSATION.test(s) || !WHOLE_OR_HIDDEN.test(s)) continue;
    const supply = SUPPLY.exec(s);
    if (supply && NEGATED.test(s.slice(0, supply.index))) continue;
    if (value || supply) return true;
  }
  return false;
}

function credentialForward(plain: string): boolean {
  for (const s of sentencesOf(plain)) {
    const third = THIRD_PARTY.exec(s);
    if (!CALLER_AUTH.test(s) || !third || NEGATED.test(s.slice(0, third.index))) continue;
    const sent = SENT_ON.exec(s);
    if (sent && !NEGATED.test(s.slice(0, sent.index))) return true;
  }
  return false;
}

function fixedAccount(plain: string): boolean {
  for (const s of sentencesOf(plain)) {
    const acct = ACCOUNT.exec(s);
    if (!acct || !/\d/.test(acct[0].slice(4)) || EXAMPLE.test(s.slice(0, acct.index))) continue;
    if (MONEY.test(s) && !NEGATED.test(s.slice(0, acct.index).split(/[,:]/).pop() ?? "")) {
      return true;
    }
  }
  return false;
}

function moneyCode(plain: string): boolean {
  MONEY_CALL.lastIndex = 0;
  for (const m of plain.matchAll(MONEY_CALL)) {
    if (UNBOUNDED_ARG.test(m[1]) || NO_CONFIRM_COMMENT.test(m[2])) return true;
  }
  return false;
}

/** Negators before an act in a note ("never read ~/.ssh/id_rsa"), in a few common languages. */
/**
 * "Note for the assistant: never commit files that look like credentials (.env, *.pem …)": a note
 * whose clause opens with a prohibition names what it forbids (an order in disguise, "never
 * forget to …", does not count).
 */
const PROHIBITED_CLAUSE =
  /^\s*(?:(?:please|also)\s+)?(?:never|do\s+not|don't|must\s+not|should\s+not)\s+(?!(?:forget|fail|omit|neglect|hesitate|skip|mind|refuse|stop)\b)\w{2,20}\b[^;]{0,120}$/i;
/** Where a note's clause turns to a new order: "…; then …", "… but …", "… instead …". */
const CLAUSE_TURN = /;|\b(?:but|then|instead|and\s+then|otherwise)\b/i;
const NOTE_NEGATOR =
  /(?<!\p{L})(?:never|not|don't|avoid|nie|niet|nooit|nicht|ne|jamais|nunca|no|non|mai|не|ніколи|никогда|usi\p{L}{0,8}|kamwe|asla)(?!\p{L})[^.:]{0,30}$/iu;

/**
 * A label of at most a few words that names the assistant ("Voor de assistent:", "Асистенте:",
 * "Msaidizi:", "Ważne dla modelu:"), then a body that reads a secret file, names an account,
 * runs shell code or asks for the system prompt.
 */
function addressedAct(text: string): boolean {
  let seen = 0;
  for (const colon of text.matchAll(/[:：]/g)) {
    if (++seen > 12) break;
    const before = text.slice(Math.max(0, colon.index - 60), colon.index);
    const label = before.split(/[.!?\n;。]/).pop() ?? "";
    if (!ASSISTANT_WORD.test(label) || label.trim().split(/\s+/).length > 5) continue;
    if (TECH_AGENT.test(label)) continue;
    // The note is the sentence after the label: "Model: gpt-4o. Reads ~/.ssh/config" is a value.
    const body = text.slice(colon.index + 1, colon.index + 500).split(/[.!?。](?=\s|$)|\n/)[0];
    for (const act of [SECRET_FILE, SHELL_CODE, SYSTEM_PROMPT, ACCOUNT]) {
      const m = act.exec(body);
      if (
        m && !NOTE_NEGATOR.test(body.slice(Math.max(0, m.index - 40), m.index)) &&
        !PROHIBITED_CLAUSE.test(body.slice(0, m.index).split(CLAUSE_TURN).pop() ?? "")
      ) return true;
    }
  }
  return false;
}
