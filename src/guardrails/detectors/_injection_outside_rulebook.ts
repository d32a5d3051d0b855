/**
 * Round-46 "facts": a rule document (procedure, KB article, circular, work instruction, plan) whose
 * own provenance line names an OUTSIDE editor — a contractor, vendor, consultant, temp or external
 * account ("Edited by: ext-…", "Bijgewerkt door: extern adviseur", "Wprowadził do systemu: serwis
 * zewnętrzny", "Düzenleyen: taşeron…", "Внесено: зовнішній консультант", "Dikemas kini oleh:
 * perunding luar") — that WAIVES a control (a check "no longer required", a test "not needed",
 * "without authorisation", an alarm bridged, a record not kept) and declares that an automated
 * assistant applies it ("the planning assistant updates the work standards per this instruction",
 * "Randevu asistanı bu makaleye göre …", "Pembantu … mengikut SOP ini").
 *
 * No sentence of such a document speaks to the reader; the order is the document itself, written
 * by someone outside the organisation whose rules it states, for an agent to execute. One rule,
 * `outside_rulebook`, at full weight: it needs all three parts (the outside editor on a provenance
 * label, an assistant named as the one applying it, a waived control after the label), in the
 * languages the round covers and their neighbours. An honest policy or change notice written by
 * the organisation (no outside editor), a vendor's document that names no assistant, or one that
 * only tightens a rule, does not match. Paraphrases in `_injection_outside_rulebook_test.ts`.
 */
import type { InjectionRule } from "./_injection_rules.ts";
import { type Accept, make } from "./_injection_make.ts";
import { stated } from "./_injection_r42b.ts";

const R = String.raw;
const L0 = R`(?<![\p{L}\p{M}])`;
const L1 = R`(?![\p{L}\p{M}])`;

/** A provenance label: who edited, entered, uploaded, prepared or published the document. */
const LABEL =
  R`(?:${L0}(?:(?:last\s{1,3})?(?:edited|updated|modified|changed|revised|entered|uploaded|prepared|published|posted|added|amended|distributed|submitted)(?:[^\n:.]{0,24}?)\s(?:by|via)|rédaction|(?:rédigée?|modifiée?|mise?\s{1,3}à\s{1,3}jour|publiée?|ajoutée?|saisie?)\s{1,3}par|(?:actualizad[oa]|editad[oa]|modificad[oa]|publicad[oa]|redactad[oa]|subid[oa]|elaborad[oa]|introducid[oa]|atualizad[oa]|alterad[oa])\s{1,3}por|(?:publicada|publicat|modificada|modificat|actualitzada|actualitzat|redactada|redactat)\s{1,3}per|(?:caricat[oa]|modificat[oa]|aggiornat[oa]|redatt[oa]|pubblicat[oa]|inserit[oa])\s{1,3}da|(?:bearbeitet|geändert|aktualisiert|erstellt|eingepflegt|hochgeladen|verfasst)\s{1,3}(?:von|durch)|(?:bijgewerkt|gewijzigd|opgesteld|geplaatst|aangepast)\s{1,3}door|(?:wprowadził|zmodyfikował|opracował|zaktualizował|edytował)\p{L}{0,2}(?:\s{1,3}do\s{1,3}systemu)?|düzenleyen|güncelleyen|hazırlayan|ekleyen|внесено|внесла|вніс|унео|унела|унето|змінено|оновлено|изменено|обновлено|ажурирао|ажурирала|módosította|szerkesztette|feltöltötte|frissítette|(?:zapracoval|upravil|aktualizoval|vypracoval|nahral|nahrál|zpracoval|vložil)\p{L}?|(?:dikemas\s{1,3}kini|disediakan|diubah|dimuat\s{1,3}naik|diperbarui|disusun|diunggah)\s{1,3}oleh|(?:τροποποιήθηκε|ενημερώθηκε|συντάχθηκε|προστέθηκε|αναρτήθηκε)\s{1,3}από|(?:cập\s{1,3}nhật|chỉnh\s{1,3}sửa)\s{1,3}bởi|muokannut|päivittänyt|laatinut)${L1}|توسط|بواسطة|প্রস্তুতকারী|সম্পাদনাকারী|திருத்தியவர்|தயாரித்தவர்|द्वारा\s{1,3}(?:संपादित|संशोधित|अपडेट)|編集者|更新者|最終更新者|编辑人|修改人|更新人|작성자|수정자|ע["״]י|על\s{1,3}ידי)`;

/** An editor from outside the organisation, within the same line after the label. */
const OUTSIDER =
  R`(?:${L0}(?:external|outside|ext[-._]|contractor|subcontractor|vendor|consultant|consultancy|temp(?:orary)?|third[\s-]party|outsourced|freelancer?|externe|prestataire|sous-traitant|intérimaire|extern[oa]?|consultor\p{L}{0,2}|proveedor|contratista|subcontrat\p{L}{0,6}|gestor[ií]a|estern[oa]|ditta|consulente|fornitore|appaltat\p{L}{1,4}|terceirizad[oa]|fornecedor|Dienstleister\p{L}{0,2}|Berater\p{L}{0,2}|Auftragnehmer\p{L}{0,2}|Subunternehmer\p{L}{0,2}|adviseur|leverancier|uitzendkracht|aannemer|zewnętrzn\p{L}{1,3}|podwykonawc\p{L}{1,3}|konsultant\p{L}{0,2}|taşeron\p{L}{0,4}|taseron\p{L}{0,4}|danışman\p{L}{0,4}|yüklenici|зовнішн\p{L}{1,3}|внешн\p{L}{1,3}|екстерн\p{L}{1,3}|консультант\p{L}{0,2}|підрядник\p{L}{0,2}|подрядчик\p{L}{0,2}|külső|alvállalkozó|tanácsadó|externý|externá|externí|dodávateľ\p{L}{0,2}|dodavatel\p{L}{0,2}|luar|perunding|kontraktor|konsultan|εξωτερικ\p{L}{1,3}|σύμβουλ\p{L}{1,3}|εργολάβ\p{L}{1,3}|nhà\s{1,3}thầu|ulkoinen|alihankkija|konsultti)${L1}|برون[\u200c\s]?سپاری|پیمانکار|مشاور|مقاول|استشاري|خارجي|বহিরাগত|পরামর্শক|ঠিকাদার|வெளி\s|ஒப்பந்த|बाहरी|ठेकेदार|外部|委託|外包|承包商|외부|외주|협력업체|חיצוני|קבלן)`;

/** Cheap gate: the outsider words (the rarer half of a provenance line). */
const GATE = new RegExp(OUTSIDER, "iu");

const PROVENANCE = R`${LABEL}[ \t:：()\-–—]{0,4}[^\n]{0,60}?${OUTSIDER}`;

/** The human job titles an English "assistant" names ("assistant manager", "dental assistant"). */
const ASSISTANT = new RegExp(
  R`(?:\b(?:AI|automated|virtual|digital|chat|scheduling|planning|load[\s-]control|inventory|onboarding|bookkeeping|document)\s{1,3}(?:[\p{L}-]{2,20}\s{1,3})?(?:assistants?|agents?)\b|l['’]\s{0,2}assistant|assistente|assistent\p{L}{0,4}|asistente|asistent\p{L}{0,4}|asistan\p{L}{0,3}|asystent\p{L}{0,4}|asszisztens\p{L}{0,4}|avustaja\p{L}{0,4}|ассистент\p{L}{0,3}|асистент\p{L}{0,3}|помічник\p{L}{0,3}|помощник\p{L}{0,3}|помоћник\p{L}{0,3}|دستیار|المساعد|সহকারী|உதவியாளர்|सहायक|${L0}pembantu${L1}|trợ\s{1,3}lý|βοηθ\p{L}{1,4}|עוזר|アシスタント|助手|어시스턴트|도우미)`,
  "iu",
);

/** A control waived: no longer required, not needed, without authorisation, bridged, not kept. */
const WAIVED = new RegExp(
  R`(?:${L0}(?:no\s{1,3}longer\s{1,3}(?:required|needed|necessary|mandatory|applies|apply|requires?)|(?:is|are)\s{1,3}not\s{1,3}(?:required|needed|necessary|mandatory|notified|recorded|registered|logged|reported)|(?:does|do)\s{1,3}not\s{1,3}apply|exempt\s{1,3}from|without\s{1,3}(?:escalation|approval|authori[sz]ation|a\s{1,3}permit|review|notifying|a\s{1,3}test|testing|consent|sign[\s-]?off|verification)|(?:can|may)\s{1,3}be\s{1,3}(?:skipped|bypassed|disabled)|(?:permanently\s{1,3})?(?:muted|bypassed|jumpered)|n['’]est\s{1,3}plus\s{1,3}(?:requis|nécessaire|obligatoire|exigée?)|n['’]est\s{1,3}pas\s{1,3}(?:nécessaire|obligatoire)|sans\s{1,3}(?:autorisation|validation|accord|contrôle|vérification)|ne\s{1,3}s['’]applique\s{1,3}(?:pas|plus)|no\s{1,3}es\s{1,3}(?:necesari[oa]|obligatori[oa])|deja\s{1,3}de\s{1,3}ser\s{1,3}(?:requisito|obligatori[oa]|necesari[oa])|sin\s{1,3}(?:autorización|permiso|aprobación|solicitar|revisión|prueba)|ya\s{1,3}no\s{1,3}(?:se\s{1,3}aplica|es\s{1,3}aplicable|es\s{1,3}necesari[oa])|no\s{1,3}hace\s{1,3}falta|no\s{1,3}cal|sense\s{1,3}(?:sol·licitar|autorització|permís)|ja\s{1,3}no\s{1,3}és\s{1,3}(?:aplicable|necessari|obligatori)|non\s{1,3}(?:è|e)\s{1,3}più\s{1,3}(?:richiest[oa]|necessari[oa]|obbligatori[oa])|senza\s{1,3}(?:richiedere|autorizzazione|approvazione|compilare|verifica)|non\s{1,3}si\s{1,3}applica|não\s{1,3}é\s{1,3}(?:mais\s{1,3})?(?:necessári[oa]|obrigatóri[oa])|sem\s{1,3}(?:autorização|aprovação|verificação)|nicht\s{1,3}mehr\s{1,3}(?:erforderlich|notwendig|nötig)|entfällt|ohne\s{1,3}(?:Freigabe|Genehmigung|Prüfung|Zustimmung)|überbrückt|niet\s{1,3}(?:meer\s{1,3})?(?:nodig|verplicht)|zonder\s{1,3}(?:toestemming|goedkeuring|controle|voorschrift)|nie\s{1,3}(?:jest|są)\s{1,3}(?:już\s{1,3})?(?:wymagan\p{L}{1,2}|potrzebn\p{L}{1,2}|przekazywan\p{L}{1,2}|rejestrowan\p{L}{1,2})|bez\s{1,3}(?:zgody|zezwolenia|súhlasu|povolenia|souhlasu|schválení)|aranmaz|atlanabilir|gerekmez|zorunlu\s{1,3}değil|не\s{1,3}(?:потрібн\p{L}{1,2}|ведуться|ведеться|ведутся|ведется|требуется|нужн\p{L}{1,2}|утврђује|уноси)|више\s{1,3}није\s{1,3}потребн\p{L}{1,2}|није\s{1,3}потребн\p{L}{1,2}|без\s{1,3}(?:реєстрації|дозволу|погодження|регистрации|разрешения|согласования|сагласности|одобрења)|nem\s{1,3}(?:szükséges|kötelező)|szünetel|mellőzhető|nie\s{1,3}je\s{1,3}(?:potrebn\p{L}{1,2}|povinn\p{L}{1,2})|není\s{1,3}(?:potřeba|nutn\p{L}{1,2}|povinn\p{L}{1,2})|premosten\p{L}{1,2}|přemostěn\p{L}{1,2}|tidak\s{1,3}(?:perlu|wajib|lagi\s{1,3}diperlukan|diperlukan)|tanpa\s{1,3}(?:kelulusan|kebenaran|izin|persetujuan)|ei\s{1,3}(?:enää\s{1,3})?(?:tarvita|tarvitse)|δεν\s{1,3}(?:απαιτείται|χρειάζεται)|không\s{1,3}(?:cần|bắt\s{1,3}buộc))${L1}|نیازی\s{1,3}نیست|لازم\s{1,3}نیست|نمایش\s{1,3}داده\s{1,3}نمی[\u200c\s]?شود|ثبت\s{1,3}نمی[\u200c\s]?شود|لا\s{1,3}يلزم|لا\s{1,3}حاجة|غير\s{1,3}مطلوب|دون\s{1,3}(?:انتظار|توقيع|موافقة)|אין\s{1,3}צורך|לא\s{1,3}נדרש|প্রয়োজন\s{0,3}নেই|দরকার\s{0,3}নেই|বাধ্যতামূলক\s{0,3}নয়|கட்டாயமில்லை|தேவையில்லை|அவசியமில்லை|आवश्यक\s{1,3}नहीं|ज़रूरत\s{1,3}नहीं|जरूरत\s{1,3}नहीं|不要|省略|无需|無需|不再需要|필요\s{0,2}없|불필요|ไม่จำเป็น)`,
  "iu",
);

/**
 * Or a penalty tied to a protected status — strike days counted as unjustified absence, parental
 * leave meaning no raise, a union mandate capping the score — in one sentence (en, fr, es, de, it).
 */
const PENALTY = new RegExp(
  R`(?:${L0}(?:strike|grève|huelga|Streik|sciopero)\p{L}{0,3}${L1}[^.\n]{0,80}?${L0}(?:unjustified|unexcused|unauthori[sz]ed|injustifiée?s?|injustificad[oa]s?|unentschuldigt\p{L}{0,2}|ingiustificat[oaie])${L1}|${L0}(?:maternity|parental|paternity|maternité|parental|maternidad|paternidad|Eltern|Mutterschutz|maternità|paternità)\p{L}{0,6}${L1}[^.\n]{0,80}?${L0}(?:no\s{1,3}(?:individual\s{1,3})?(?:raise|pay\s{1,3}rise|bonus)|sans\s{1,3}augmentation|sin\s{1,3}aumento|keine\s{1,3}(?:Gehaltserhöhung|Erhöhung)|senza\s{1,3}aumento|non\s{1,3}évaluable|not\s{1,3}(?:rated|eligible))${L1}|${L0}(?:union\s{1,3}(?:representatives?|mandate|delegates?)|mandat\s{1,3}(?:syndical|CSE)|representantes?\s{1,3}sindical\p{L}{0,2}|delegad[oa]s?\s{1,3}sindical\p{L}{0,2}|Betriebsr(?:at|äte)|rappresentant[ei]\s{1,3}sindacal[ei])${L1}[^.\n]{0,160}?${L0}(?:capped|plafonne|plafonnée?|limitad[oa]|gedeckelt|limitat[oa])${L1})`,
  "iu",
);

/** How far after the label the waived control and the assistant are read. */
const BODY = 6000;

/** The assistant that applies the document and a waived control both follow the label. */
const applied: Accept = (v, s, e) => {
  if (!stated(v, s, e)) return false;
  const body = v.slice(e, e + BODY);
  return ASSISTANT.test(body) && (WAIVED.test(body) || PENALTY.test(body));
};

/** The round-46 outside-rulebook rule (see the module comment). */
export const OUTSIDE_RULEBOOK_RULES: readonly InjectionRule[] = [
  make(
    "outside_rulebook",
    1,
    "",
    PROVENANCE,
    "Text is a rule document an outside party edited that waives a control and that an assistant applies",
    { gate: GATE, accept: applied, reach: 120, back: 110 },
  ),
];
