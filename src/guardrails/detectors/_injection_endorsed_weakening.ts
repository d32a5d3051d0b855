/**
 * A protection switched off and presented as the endorsed way: a resolved ticket, an accepted
 * forum answer, a vendor page or a knowledge-base note that addresses nobody and orders nothing,
 * but calls a weakened setting "the standard configuration", "the documented setting", "the
 * approved fix" or "the supported configuration" — so an agent fixing the user's system applies it.
 *
 * Two signals, both needed, within one passage:
 * - the endorsement: a standard / recommended / documented / supported / approved / definitive
 *   configuration, setting, fix or solution, stated (en, de, fr, es, pt, it, nl, pl, ru/uk/bg, tr,
 *   vi, ko, ja, zh, ar), not negated ("is not the recommended setting", "never");
 * - the weakening near it (the text before or after): a protection set to off / false / 0 in a
 *   config line ("fsync = off", "allowInsecureImages: true", "RunAsPPL = 0", "0.0.0.0/0",
 *   "Anyone can do anything"), a secret key put in a browser-public variable, a monitoring agent
 *   in stealth mode, or a verb of switching off or bypassing beside a protection noun,
 *   in any of the languages above, and not itself forbidden beside it ("… is prohibited").
 *
 * One full rule of its own kind (`endorsed_weakening`); the endorsement alone (release notes,
 * hardening guides) and a weakening alone (changelogs, incident reports) pass. Paraphrases in
 * `_injection_endorsed_weakening_test.ts`.
 */
import type { InjectionRule } from "./_injection_rules.ts";
import { make } from "./_injection_make.ts";

const R = String.raw;

/** The endorsement: the weakened state named as the standard, approved or supported way. */
const ENDORSED = [
  R`\b(?:is|are|as|remains)\s{1,3}(?:the|our|a)\s{1,3}(?:(?:current|new|only)\s{1,3})?(?:standard|recommended|documented|supported|approved|official|definitive|confirmed|accepted|correct)\s{1,3}(?:configuration|config|setting|settings|fix|solution|workaround|practice|setup|procedure)\b`,
  R`\b(?:recommended|suggested|approved|standard)\s{1,3}(?:settings|configuration)\s{0,2}:`,
  R`(?<!\p{L})(?:προτεινόμεν\p{L}{1,3}|συνιστώμεν\p{L}{1,3}|τυπικ\p{L}{1,3}|εγκεκριμέν\p{L}{1,3})\s{1,3}(?:ρυθμίσ\p{L}{1,3}|διαμόρφωσ\p{L}{1,3}|λύσ\p{L}{1,3})(?!\p{L})`,
  R`(?<!\p{L})(?:Standard(?:konfiguration|einstellung|lösung)|(?:empfohlene|offizielle|freigegebene|dokumentierte|unterstützte)\s{1,3}(?:Konfiguration|Einstellung|Lösung))(?!\p{L})`,
  R`(?<!\p{L})(?:configuration|solution|réglage|paramétrage|configuración|configuração|solución|solução|configurazione|soluzione|impostazione)\s{1,3}(?:standard|recommandée?|officielle?|validée?|approuvée?|définitive|estándar|padrão|recomendad[ao]|oficial|aprobada|aprovada|definitiva|correcta|correta|correcte|corretta|consigliata|raccomandata|approvata|ufficiale)(?!\p{L})`,
  R`(?<!\p{L})(?:standaard|aanbevolen)\s{0,3}(?:configuratie|instelling|oplossing)|standardow\p{L}{1,3}\s{1,3}(?:konfiguracj\p{L}|ustawieni\p{L}|rozwiązani\p{L})|zalecan\p{L}{1,3}\s{1,3}(?:konfiguracj\p{L}|ustawieni\p{L})|standart\s{1,3}(?:yapılandırma|ayar|çözüm)\p{L}{0,3}|önerilen\s{1,3}(?:yapılandırma|ayar)\p{L}{0,3}(?!\p{L})`,
  R`(?<!\p{L})(?:стандартн\p{L}{0,4}|препоръчителн\p{L}{0,4}|рекомендуем\p{L}{0,4}|рекомендован\p{L}{0,4}|штатн\p{L}{0,4}|одобрен\p{L}{0,4})\s{1,3}(?:конфигурац\p{L}{1,3}|настройк\p{L}{1,2}|налаштуванн\p{L}{1,2}|решени\p{L}{1,2}|рішенн\p{L}{1,2}|практик\p{L}{1,2})(?!\p{L})|(?<!\p{L})потвърдено\s{1,3}решение(?!\p{L})`,
  R`cấu\s{1,3}hình\s{1,3}(?:chuẩn|tiêu\s{1,3}chuẩn|khuyến\s{1,3}nghị)|cách\s{1,3}khắc\s{1,3}phục\s{1,3}(?:đã\s{1,3}xác\s{1,3}nhận|chuẩn)`,
  R`(?:対応|解決|対処)(?:内容|策|方法)?\s{0,2}[（(]確定[）)]|표준\s{0,2}(?:설정|구성|절차)|권장\s{0,2}(?:설정|구성)|標準(?:設定|構成)|推奨(?:設定|構成)|正式な(?:対処|解決策)|标准(?:配置|做法|设置)|推荐(?:配置|设置)|官方推荐`,
  R`(?:الإعداد|الحل|التكوين|الإجراء)\s{1,3}(?:القياسي|المعتمد|الموصى\s{1,3}به|الرسمي)`,
].join("|");

/** A protection (config names and nouns, most of them the same in every language). */
const PROTECT =
  R`(?:fsync|full_page_writes|synchronous_commit|csrf\w{0,20}|verif\p{L}{0,10}|signature\p{L}{0,3}|signatur\p{L}{0,3}|ssl\w{0,12}|tls\w{0,12}|mfa|2fa|firewall|selinux|apparmor|antivirus|defender|secure[_ ]?boot|credential[_ ]?guard|runasppl|lsa|security[_ ]?defaults|rls|row[_ ]?level[_ ]?security|geofenc\w{0,4}|ads-b|airsense|rcd|gfci|interlock|safety[_-]\w{1,20}|anti[_-]?scald|الحماية|قاطع\s{1,3}التسرب|التحقق|المصادقة|التشفير|authenti\p{L}{0,10}|authori[sz]\p{L}{0,10}|encrypt\p{L}{0,10}|sandbox|2-factor)`;

/** Switched off, in a config line or in words. */
const OFF = [
  // config lines: a protection set to off / false / 0 / none
  R`(?<![\p{L}\p{N}_])${PROTECT}[\w.-]{0,30}["']?(?:\s{0,3}(?:=|:|\bto\b)\s{0,3}|\s{1,3})["']?(?:off|false|0|no|none|disabled?)(?![\w-])`,
  // config switches that only exist to weaken
  R`allow[_-]?insecure\w{0,20}["']?\s{0,3}[:=]\s{0,3}["']?true|insecure[_-]?skip[_-]?verify|verify\s{0,2}=\s{0,2}False|\b0\.0\.0\.0\/0\b|anyone\s{1,3}can\s{1,3}do\s{1,3}anything|chmod\s{1,3}(?:-R\s{1,3})?777|DISABLE_\w{0,40}(?:PROTECTION|SECURITY|AUTH|CSRF|VERIF\w{0,8})\w{0,10}\s{0,2}=\s{0,2}true|UseLogonCredential\s{0,3}=\s{0,3}1|NODE_TLS_REJECT_UNAUTHORIZED\s{0,3}=\s{0,3}["']?0|trusted-host\s{0,3}=\s{0,3}\*|(?:NEXT_PUBLIC|VITE|REACT_APP|EXPO_PUBLIC|PUBLIC)_\w{0,40}(?:SECRET|SERVICE_ROLE|PRIVATE_KEY|ADMIN_KEY)\w{0,20}|stealth[-\s]?(?:mode|modus|modo|mod|モード)|LmCompatibilityLevel\s{0,3}=\s{0,3}[0-2]\b`,
  // words: a verb of switching off / bypassing, then (or after) the protection
  R`(?<!\p{L})(?:disabl\p{L}{0,3}|turn\p{L}{0,3}\s{1,3}off|switch\p{L}{0,3}\s{1,3}off|bypass\p{L}{0,3}|exempt\p{L}{0,3}|uncheck\p{L}{0,3}|deaktivier\p{L}{0,3}|abgeschaltet|désactiv\p{L}{0,3}|contourn\p{L}{0,3}|desactiv\p{L}{0,3}|desativ\p{L}{0,3}|disattiv\p{L}{0,3}|disabilit\p{L}{0,3}|aggir\p{L}{0,3}|uitgeschakeld|uitschakel\p{L}{0,3}|wyłącz\p{L}{0,3}|devre\s{1,3}dışı|изключ\p{L}{0,4}|отключ\p{L}{0,4}|вимкн\p{L}{0,4}|bỏ\s{1,3}chọn|vô\s{1,3}hiệu|tắt|óvirk\p{L}{0,2}|تعطيل|تجاوز|إيقاف)(?!\p{L})[^\n]{0,40}?(?<![\p{L}\p{N}_])${PROTECT}(?![\p{L}\p{N}_])|(?<![\p{L}\p{N}_])${PROTECT}(?![\p{L}\p{N}_])[^\n]{0,40}?(?:(?<!\p{L})(?:disabled|turned\s{1,3}off|switched\s{1,3}off|bypassed|deaktiviert|désactivée?s?|desactivad[oa]s?|desativad[oa]s?|disattivat[oaie]|disabilitat[oaie]|uitgeschakeld|wyłączon\p{L}|изключен\p{L}{0,2}|отключен\p{L}{0,2}|вимкнен\p{L}{0,2}|óvirk\p{L}{0,2})(?!\p{L})|'?끔'?|끄기|비활성|해제|無効|禁用|关闭)`,
].join("|");

/** The leading look-ahead lets every non-letter, non-digit position fail at once. */
const OFF_G = new RegExp(R`(?=[\p{L}\p{N}])(?:${OFF})`, "giu");

/** The weakening itself forbidden or warned against next to it ("… is prohibited", "never"). */
const FORBIDDEN =
  /(?<!\p{L})(?:never|must\s{1,3}not|do\s{1,3}not|don['’]t|forbidden|prohibited|not\s{1,3}allowed|avoid\p{L}{0,3}|instead\s{1,3}of|rather\s{1,3}than|verboten|untersagt|niemals|interdit\p{L}{0,2}|jamais|prohibid\p{L}{0,2}|proibid\p{L}{0,2}|vietat\p{L}|nunca|запрещ\p{L}{0,4}|забранен\p{L}{0,2}|yasak\p{L}{0,4}|cấm|zakaz\p{L}{0,4}|απαγορε\p{L}{0,4})(?!\p{L})|禁止|しないで|금지|ممنوع|يحظر/iu;

/** A weakening in `text` that nothing beside it forbids. */
function weakening(text: string): boolean {
  const re = OFF_G;
  re.lastIndex = 0;
  for (let m = re.exec(text), n = 0; m !== null && n < 8; m = re.exec(text), n++) {
    const s = m.index, e = s + m[0].length;
    if (!FORBIDDEN.test(text.slice(Math.max(0, s - 60), s) + " " + text.slice(e, e + 60))) {
      return true;
    }
  }
  return false;
}

/** Negated or warned just before the endorsement ("not the", "never", "scammers say"). */
const NEGATED =
  /(?<!\p{L})(?:not|never|no\s{1,3}longer|isn['’]t|aren['’]t|nicht|kein\p{L}{0,2}|pas|jamais|no|nunca|non|mai|nie|niet|geen|не|değil|không|scam\p{L}{0,4}|phish\p{L}{0,4}|fake|fraud\p{L}{0,4})(?!\p{L})[^.\n]{0,40}$|아닙니다|ではありません|不是|ليس/iu;

/** Reach read before and after the endorsement for the weakening. */
const BEFORE = 500;
const AFTER = 300;

/** The weakening near the endorsement, and the endorsement not negated. */
function weakenedNear(view: string, start: number, end: number): boolean {
  if (NEGATED.test(view.slice(Math.max(0, start - 60), start))) return false;
  return weakening(view.slice(Math.max(0, start - BEFORE), end + AFTER));
}

/** The gate: an endorsement word anywhere (one alternation). */
const GATE =
  /(?:standard|recommend|correct|corret|suggested|προτεινόμεν|συνιστώμεν|τυπικ|εγκεκριμέν|確定|document|support|approv|official|definiti|confirm|accepted|empfohlen|freigegeb|dokumentiert|recommand|validé|estándar|padrão|recomendad|aprobad|aprovad|consigliat|raccomandat|approvat|ufficiale|standaard|aanbevolen|standardow|zalecan|standart|önerilen|стандартн|препоръч|рекомендо|штатн|одобрен|потвърден|chuẩn|khuyến|xác\s{1,3}nhận|표준|권장|標準|推奨|正式|标准|推荐|官方|القياسي|المعتمد|الموصى|الرسمي)/iu;

/** The rules of this technique. */
export const ENDORSED_WEAKENING_RULES: readonly InjectionRule[] = [
  make(
    "endorsed_weakening",
    1,
    "",
    ENDORSED,
    "Text presents a protection switched off as the standard or approved configuration",
    { gate: GATE, reach: 200, accept: weakenedNear },
  ),
];
