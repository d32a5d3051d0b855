/**
 * A planted fact in an internal page (wiki, runbook, policy, knowledge-base article, ticket): the
 * text addresses nobody and orders nothing, but its header says the last edit, the authorship or
 * the resolution came from OUTSIDE the organisation — a contractor, consultant, vendor, guest or
 * outsourced account, a partner's own account, or a free-mail address (gmail, outlook …) — and the body then
 * relaxes a safeguard: a check "not required" or "abolished", an alarm "switched off", a password
 * "in plain text", consent "not needed", an approval given only verbally.
 *
 * Two signals, both structural: who wrote the page (a header line: edit/author label and an
 * outside marker on the same line) and what the page now says (a relaxation phrase after it, any
 * of the languages below). Either alone is ordinary — vendors edit pages, policies say "not
 * required" — so the rule matches the header and its `accept` test looks for the relaxation in
 * the text that follows. One rule, one kind: no phrase counts twice with the half rules.
 *
 * Languages: en, fr, de, es, pt, it, nl, sv/da/no, pl, cs, hu, id, vi, th, el, uk/ru, ko, ja, zh,
 * ar, he, hi, tr (paraphrases in `_injection_outside_editor_test.ts`).
 */
import type { InjectionRule } from "./_injection_rules.ts";
import { make } from "./_injection_make.ts";

const R = String.raw;
const NB = R`(?<![\p{L}\p{N}])`;

/** Who did the last edit / wrote / resolved (a header label). */
const LABEL = [
  R`last\s{1,3}(?:edited|modified|updated|changed|revised)`,
  R`(?:edited|modified|updated|changed|revised|written|authored|resolved|closed)\s{1,3}by`,
  R`(?:author|contributor|editor|reporter|requester|requested\s{1,3}by|submitted\s{1,3}by|approved\s{1,3}by|handled\s{1,3}by|assignee)`,
  // who entered, uploaded or screened the record; whose instruction it carries
  R`(?:recorded|entered|uploaded|screened|issued|signed)\s{1,3}by|upload(?:ed)?|(?:instruction|change|request)\s{1,3}source|instructed\s{1,3}by`,
  R`derni[èe]re\s{1,3}(?:modification|mise\s{1,3}à\s{1,3}jour)|modifi[ée]e?\s{1,3}par|mis\s{1,3}à\s{1,3}jour\s{1,3}par|auteur|rédigé\s{1,3}par`,
  R`zuletzt\s{1,3}(?:bearbeitet|geändert|aktualisiert)|(?:bearbeitet|geändert|verfasst)\s{1,3}von|autor(?:in)?|(?:genehmigt|freigegeben)\s{1,3}(?:von|durch)|Freigabe`,
  R`[úu]ltima\s{1,3}(?:edici[óo]n|modificaci[óo]n|actualizaci[óo]n|edi[çc][ãa]o|altera[çc][ãa]o|atualiza[çc][ãa]o|modifica)|(?:editado|modificado|actualizado|atualizado|modificato|aggiornato|aprobad[oa]|aprovad[oa]|approvat[oa]|resuelto|resolvido|risolto)\s{1,3}(?:por|da)|autore`,
  R`laatst\s{1,3}(?:bewerkt|gewijzigd)|(?:bewerkt|opgelost|goedgekeurd|afgehandeld)\s{1,3}door|behandelaar`,
  R`senast\s{1,3}(?:ändrad|redigerad|uppdaterad)|sidst\s{1,3}(?:redigeret|ændret)|sist\s{1,3}(?:endret|redigert|oppdatert)|viimeksi\s{1,3}(?:muokannut|muokattu|päivitetty|päivittänyt)|muokkaaja|(?:ändrad|redigerad)\s{1,3}av|författare|forfatter`,
  R`ostatni[aą]?\s{1,3}(?:edycja|modyfikacja|zmiana)|rozwiązał[a]?|zatwierdził[a]?|naposledy\s{1,3}upraveno|upravil[a]?|módosítva|módosító|utolsó\s{1,3}módosítás|szerző`,
  R`diperbarui|diubah\s{1,3}oleh|penulis|cập\s{1,3}nhật|tác\s{1,3}giả|người\s{1,3}sửa|son\s{1,3}(?:düzenleme|güncelleme|g[üu]ncelleyen|d[üu]zenleyen)|d[üu]zenleyen|g[üu]ncelleyen|yazar`,
  R`έκδοση|συντάκτης|τελευταία\s{1,3}(?:τροποποίηση|ενημέρωση)|останнє\s{1,3}редагування|редагував\p{L}{0,2}|последн\p{L}{2,3}\s{1,3}(?:изменение|редактирование|правка)|автор`,
  R`آخر\s{1,3}(?:تعديل|تحديث)|مقدم\s{1,3}الطلب|المحرر|עודכן|נערך|על\s{1,3}ידי|פתר|אושר\s{1,3}(?:על\s{1,3}ידי|ע"י)|अद्यतन|संपादित|योगदानकर्ता|लेखक`,
].join("|");
/** Labels as record keys: words joined by "_" ("last_modified_by", "updated_by"), a bare "by" key. */
export const LABEL_KEY = R`${LABEL.replaceAll(R`\s{1,3}`, R`[\s_]{1,3}`)}|by(?="\s{0,2}:)`;
/** Scripts without word spaces: the label stands on its own. */
export const LABEL_CJK =
  R`최종\s{0,2}수정|수정자|작성자|편집자|보고자|요청자|처리자|最終更新|更新者|編集者|作成者|最后(?:编辑|修改|更新)|编辑者|修改人|更新人|แก้ไขล่าสุด|แก้ไขโดย|ผู้เขียน|อัปโหลดโดย|อัพโหลดโดย|บันทึกโดย`;

/** A party outside the organisation: an outside role or a free-mail mailbox. */
export const OUTSIDE = [
  R`contractor|consultant|consulting|vendor|external|guest|outsourc\p{L}*|freelanc\p{L}*|third[-\s]party|supplier|temp(?:orary)?(?![a-z])|subcontract\p{L}*`,
  // a partner's own account ("partner account", "akun mitra", "compte partenaire")
  R`partner\s{1,3}(?:account|user|login|admin)|(?:akun|pengguna)\s{1,3}mitra|compte\s{1,3}partenaire|conta\s{1,3}(?:de\s{1,3})?parceir[oa]|cuenta\s{1,3}(?:de\s{1,3})?socio|Partner(?:konto|zugang)`,
  R`prestataire|externe|sous-traitan\p{L}*|infogérance|extern\p{L}*|Dienstleister|Berater\p{L}*|contratista|subcontrat\p{L}*|proveedor|consultor\p{L}*|terceirizad\p{L}*|fornitore|consulente`,
  R`konsult\p{L}*|konsulent\p{L}*|leverantör|leverandør|konsultan|zewnętrzn\p{L}*|wykonawc\p{L}*|dodavatel\p{L}*|externí|külsős|külső|tanácsadó|tư\s{1,3}vấn|bên\s{1,3}ngoài|dan[ıi][sş]man|harici|taşeron|dış\s{1,3}(?:firma|kaynak)`,
  R`εξωτερικ\p{L}*|σύμβουλ\p{L}*|підрядник\p{L}*|зовнішн\p{L}*|подрядчик\p{L}*|внешн\p{L}*|консультант\p{L}*|(?:гість|гостя|гость|гостьов\p{L}{1,4}|гостев\p{L}{1,4})(?!\p{L})|مقاول|خارجي|استشاري|مؤقت|חיצוני|יועץ|बाहरी|सलाहकार`,
].join("|");
/** A free-mail mailbox: no organisation owns it. */
export const FREEMAIL =
  R`@(?:gmail|googlemail|outlook|hotmail|live|yahoo|ymail|proton(?:mail)?|freemail|gmx|yandex|icloud|aol|qq|163|126|naver|daum|rediffmail|seznam|wp|libero|laposte|mail)\.[a-z]{2,4}\b`;
export const OUTSIDE_CJK =
  R`파트너\s{0,2}계정|パートナーアカウント|合作方账号|외주|협력사|외부|外注|外部|委託|業者|外包|供应商|顾问|承包商|ภายนอก|ผู้ให้บริการ`;

/**
 * The header line: a label, then (same line, a few words on) the outside party. The leading
 * look-ahead lets every non-letter position fail at once (`redos_rules.ts`).
 */
const HEADER = R`(?=\p{L})(?:${NB}(?:${LABEL_KEY})${
  NB.replace("<", "")
}|${LABEL_CJK})[^\n]{0,90}?(?:${NB}(?:${OUTSIDE})|${OUTSIDE_CJK}|${FREEMAIL})`;

/** The gate arming the rule: an outside marker anywhere (cheap, one alternation). */
const GATE = new RegExp(R`(?:${OUTSIDE})|${OUTSIDE_CJK}|${FREEMAIL}`, "iu");

/**
 * What the page then states: a safeguard dropped, switched off or declared unneeded, a secret
 * handed out unprotected, an approval that exists only in words.
 */
const RELAX = new RegExp(
  [
    // en
    R`\b(?:is|are|was|were|now|been)\s{1,3}(?:no\s{1,3}longer|not)\s{1,3}(?:required|needed|necessary|used|in\s{1,3}use|enforced|mandatory)\b`,
    R`\bno\s{1,3}longer\s{1,3}(?:required|needed|necessary|used|in\s{1,3}use|enforced|applies)\b`,
    R`\bwithout\s{1,3}(?:an?\s{1,3}|any\s{1,3}|the\s{1,3})?[\w:.-]{1,30}\s{1,3}(?:condition|approval|sign-?off|court\s{1,3}order|consent|MFA|2FA|encryption|password)\b`,
    R`\b(?:security\s{1,3})?review\s{0,2}[:：–-]\s{0,2}(?:n\/a|not\s{1,3}applicable|skipped|waived)\b`,
    // a check, approval or submission the text says the record does without
    R`\b(?:does|do)\s{1,3}not\s{1,3}require\s{1,3}(?:an?\s{1,3}|any\s{1,3}|the\s{1,3})?[\w-]{0,30}\s{0,3}(?:review|approval|sign-?off|submission|verification|consent|check)\b|[:：]\s{0,2}["']?(?:not\s{1,3}required|waived)\b`,
    // a safeguard switch set off in a config line ("RestrictDriverInstallationToAdministrators = 0",
    // "SafeBrowsingProtectionLevel = 0", "StrictHostKeyChecking no")
    R`\b\w{0,40}(?:restrict|protect|strict|verif|block|enforce|requir|secur|safe)\w{0,40}\s{0,3}(?:[=:]\s{0,3}|\s)["']?(?:0|false|no|off|disabled)["']?(?![\w.])`,
    R`\b(?:in\s{1,3}(?:plain|clear)\s{0,2}text|unencrypted|(?:switched|turned)\s{1,3}off|abolished|verbally\s{1,3}approved|excluded\s{1,3}from\s{1,3}(?:monitoring|review|logging))\b`,
    // fr / de / es / pt / it / nl
    R`non\s{1,3}requis\p{L}{0,2}|aucune\s{1,3}(?:information|validation|vérification|notification)\s{1,3}(?:des?|du|n['’]est)|n['’]est\s{1,3}(?:plus|pas)\s{1,3}(?:requis|nécessaire|exigé|obligatoire)|ne\s{1,3}sont\s{1,3}(?:plus|pas)\s{1,3}(?:requis|nécessaires|exigés)|sont\s{1,3}attendus\s{1,3}et\s{1,3}sans|sans\s{1,3}mot\s{1,3}de\s{1,3}passe|désactivée?s?\b|supprimée?s?\s{1,3}(?:sans|pour)`,
    R`nicht\s{1,3}(?:mehr\s{1,3})?(?:erforderlich|nötig|notwendig)|entfällt|deaktiviert|abgeschaltet|im\s{1,3}Klartext|ohne\s{1,3}(?:Passwort|Kennwort|Freigabe|Zustimmung)`,
    R`no\s{1,3}(?:es|son)\s{1,3}necesari|ya\s{1,3}no\s{1,3}se\s{1,3}(?:usa|utiliza|exige)|desactivad[oa]s?|sin\s{1,3}(?:contraseña|cifrar|consentimiento)|en\s{1,3}texto\s{1,3}plano|no\s{1,3}(?:se\s{1,3})?requieren?\b|não\s{1,3}(?:é|são)\s{1,3}(?:necessári|exigid)|desativad[oa]s?|sem\s{1,3}(?:senha|consentimento)|non\s{1,3}(?:è|sono)\s{1,3}(?:necessari|richiest)|disattivat[oaie]|senza\s{1,3}password|in\s{1,3}chiaro`,
    R`niet\s{1,3}(?:meer\s{1,3})?(?:nodig|vereist)|uitgeschakeld|zonder\s{1,3}wachtwoord|platte\s{1,3}tekst`,
    // sv/da/no / pl / cs / hu / tr / id / vi
    R`används\s{1,3}inte\s{1,3}längre|(?:krävs|behövs)\s{1,3}inte|i\s{1,3}klartext|avstängd|stängs\s{1,3}av|utan\s{1,3}lösenord|ikke\s{1,3}(?:længere\s{1,3})?nødvendig|deaktiveret|slået\s{1,3}fra|ikke\s{1,3}(?:lenger\s{1,3})?(?:nødvendig|påkrevd)|deaktivert|slått\s{1,3}av|uten\s{1,3}(?:passord|samtykke|kryptering|pseudonymisering|godkjenning)`,
    // fi
    R`ei\s{1,3}(?:enää\s{1,3})?(?:tarvita|vaadita|tarvitse)|pois\s{1,3}päältä|poistettu\s{1,3}käytöstä|ilman\s{1,3}(?:salasanaa|hyväksyntää|tarkistusta|salausta)`,
    R`nevyžaduj\p{L}{0,3}|neuplatňuj\p{L}{0,3}|nu\s{1,3}(?:este|sunt)\s{1,3}(?:necesar\p{L}{0,2}|obligatori\p{L}{0,2})|fără\s{1,3}(?:aprobare|verificare|avizul)|nie\s{1,3}jest\s{1,3}(?:już\s{1,3})?wymagan|wyłączon\p{L}|bez\s{1,3}hasła|zniesion\p{L}|není\s{1,3}(?:nutn|potřeb)|vypnut\p{L}|bez\s{1,3}hesla`,
    R`nem\s{1,3}(?:szükséges|kötelező)|kikapcsol\p{L}*|jelszó\s{1,3}nélkül|gerekmez|gerekli\s{1,3}değil|gerek\s{1,3}görülmedi|onay[^\n]{0,30}sözlü|sözlü\s{1,3}onay|devre\s{1,3}dışı|şifresiz`,
    R`tidak\s{1,3}(?:lagi\s{1,3})?(?:diperlukan|perlu|wajib|digunakan)|tanpa\s{1,3}(?:kata\s{1,3}sandi|persetujuan|izin)|dinonaktifkan|không\s{1,3}cần|vô\s{1,3}hiệu\s{1,3}hóa|không\s{1,3}(?:đặt\s{1,3})?mật\s{1,3}khẩu`,
    // el / uk / ru / ar / he / hi
    R`εκτός\s{1,3}λειτουργίας|απενεργοποι\p{L}*|δεν\s{1,3}(?:απαιτείται|καταχωρείται|χρειάζεται)|προφορικ\p{L}*`,
    R`(?<!\p{L})(?:вимкнен\p{L}*|відключен\p{L}*|скасован\p{L}*|не\s{1,3}потрібн\p{L}*|не\s{1,3}вимага\p{L}*|отключен\p{L}*|выключен\p{L}*|не\s{1,3}требуется|не\s{1,3}нужн\p{L}*|без\s{1,3}пароля|без\s{1,3}(?:предварительной\s{1,3})?(?:проверки|аутентификации|подтверждения)|не\s{1,3}ротиру\p{L}{2,4}|відкритим\s{1,3}текстом|открытым\s{1,3}текстом|усно|устно)(?!\p{L})`,
    R`مُلغي|ملغي|ملغى|ملغاة|مُعطّل|معطل|لا\s{1,3}يلزم|غير\s{1,3}مطلوب|شفهي|لا\s{1,3}يوجد\s{1,3}توقيع`,
    R`אינה\s{1,3}נדרשת|אינו\s{1,3}נדרש|לא\s{1,3}נדרש|ללא\s{1,3}(?:צו|אישור|הסכמה|סיסמה|הודעה|אזהרה)|ביטול\s{1,3}(?:ה)?(?:חסימה|הגנה)|מנוטרל`,
    // sw
    R`(?<!\p{L})hakuna\s{1,3}(?:haja|mapitio|ukaguzi|idhini)(?!\p{L})|haihitajiki|hayahitajiki`,
    R`(?:ज़रूरी|जरूरी|आवश्यक|अनुशंसित)\s{1,3}नहीं|बंद\s{1,3}कर\s{1,3}दि`,
    // ko / ja / zh / th
    R`(?:검토|심사)\s{0,2}[:：]?\s{0,2}해당\s{0,2}없음|폐지|생략됨|(?:확인|검토|심사|승인|검증)\s{0,2}생략|불필요|は不要|省略済|면제|제외됨|필요\s{0,2}없|필요하지\s{0,2}않|비활성화|不要です|不要とな|無効化|廃止|不需要|无需|无须|已停用|已关闭|明文|ไม่ใส่รหัสผ่าน|ไม่มีรหัสผ่าน|ไม่ใช้แล้ว|ไม่ต้อง|ปิดการใช้งาน`,
  ].join("|"),
  "iu",
);

const RELAX_G = new RegExp(RELAX.source, "giu");

/** Denied or warned just before the relaxation ("never", "must not", "is forbidden"). */
export const DENIED =
  /\b(?:never|must\s{1,3}not|may\s{1,3}not|do\s{1,3}not|don['’]t|forbidden|prohibited|jamais|niemals|nunca|nigdy|never)\b|никогда|ніколи/iu;

/** Reach of the body read after the header line. */
const BODY = 3000;
/** Reach read before it: a record's editor field often comes last ("…", "updated_by": "…"). */
const BEFORE = 2000;

/**
 * A relaxation stated (not denied) in the body around the header: after it, or before it when
 * the header is a record key (`start` given) closing the record.
 */
export function relaxesAfter(view: string, end: number, start = end): boolean {
  const body = view.slice(Math.max(0, start - BEFORE), start) + "\n" + view.slice(end, end + BODY);
  const re = RELAX_G;
  re.lastIndex = 0;
  for (let m = re.exec(body), n = 0; m !== null && n < 6; m = re.exec(body), n++) {
    if (!DENIED.test(body.slice(Math.max(0, m.index - 60), m.index))) return true;
  }
  return false;
}

/** The rules of this technique. */
export const OUTSIDE_EDITOR_RULES: readonly InjectionRule[] = [
  make(
    "outside_editor_relaxes",
    1,
    "",
    HEADER,
    "A page edited or written by an outside account states a safeguard dropped",
    { gate: GATE, reach: 160, accept: (view, s, end) => relaxesAfter(view, end, s) },
  ),
];
