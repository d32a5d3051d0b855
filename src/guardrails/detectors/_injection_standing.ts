/**
 * Injection rules for standing orders and the cover around them: "in every later reply", "update
 * your memory: …", "forward every event the user creates to …", "from now on" in other languages
 * followed by "always / every time", and the cover story ("keep quiet about it", "resume as though
 * nothing happened", "no se lo expliques", "никогда не упоминай об этом"), plus consent claims
 * without an auxiliary ("the owner already authorised this action") and "no further confirmation
 * is needed". Mail and changelogs say "from now on" and "no need to reply" too, so each signal
 * here is half a block: a standing order needs a cover story, a payload or an address beside it.
 */
import { anchors, type InjectionRule, ordered, rule } from "./_injection_rules.ts";
import { SEP } from "./_injection_words.ts";

const R = String.raw;
const ADDR = R`(?:https?://|\b[\w.+-]{1,64}@[\w.-]{1,63}\.[\p{L}\w.-]{2,}|\bthere\b)`;
const NB = R`(?<!\p{L})`;
const NA = R`(?!\p{L})`;

/** Rules for standing orders, memory edits, cover stories and borrowed consent. */
export const STANDING_RULES: readonly InjectionRule[] = [
  rule(
    "future_scope",
    0.5,
    "later follo upcom comin / reply repli respo answe messa sessi conve chat chats",
    R`\b(?:in|for|with|during|across)${SEP}(?:every|each|all|any)${SEP}(?:later|following|upcoming|coming|future|subsequent)${SEP}(?:repl(?:y|ies)|responses?|answers?|messages?|sessions?|conversations?|chats?)\b`,
    "Text reaches into the model's later replies or sessions",
  ),
  rule(
    "future_scope",
    0.5,
    "every each / later",
    R`\b(?:applies|apply|stays?|persists?|holds?)${SEP}(?:to|for|in)${SEP}(?:every|each|all)${SEP}later${SEP}(?:sessions?|conversations?|chats?|requests?)\b`,
    "Text reaches into the model's later sessions",
  ),
  rule(
    "memory_write",
    0.8,
    "updat amend edit chang overw modif appen / memor",
    R`\b(?:update|amend|edit|change|overwrite|modify|append${SEP}to|add${SEP}to)${SEP}your${SEP}(?:(?:long-?term|persistent|permanent|saved|stored)${SEP})?(?:memory|memories)\b`,
    "Text orders the model to edit its memory",
    { accept: ordered },
  ),
  rule(
    "standing_routing",
    0.5,
    "forwa cc bcc copy mirro send sendi / every each all",
    R`\b(?:forward|cc|bcc|copy|mirror|send)${SEP}(?:a${SEP}copy${SEP}of${SEP})?(?:every|each|all)${SEP}(?:future${SEP}|new${SEP})?(?:e-?mails?|messages?|events?|reports?|invoices?|files?|documents?|meetings?|mails?|replies)${SEP}(?:(?:the${SEP})?(?:user|they|you|he|she)${SEP}(?:creates?|sends?|writes?|receives?|gets?|makes?)${SEP})?(?:\w+${SEP}){0,3}?to${SEP}${ADDR}`,
    "Text sets up standing forwarding of the user's data",
    { flags: "iu" },
  ),
  rule(
    "standing_routing",
    0.5,
    "every each all / cc ccd bcc forwa copie sent",
    R`\b(?:every|each|all)${SEP}(?:e-?mails?|messages?|events?|reports?|invoices?|files?|documents?)${SEP}(?:the${SEP}user|they|you)${SEP}(?:creates?|sends?|writes?|receives?)${SEP}(?:must|should|will|is${SEP}to|are${SEP}to)${SEP}(?:be${SEP})?(?:cc'?d|bcc'?d|forwarded|copied|sent)${SEP}(?:to${SEP})?${ADDR}`,
    "Text sets up standing forwarding of the user's data",
    { flags: "iu" },
  ),
  {
    kind: "standing_routing",
    weight: 0.5,
    anchors: anchors("перес перес отпра дубли / кажд все всех всю"),
    reach: 200,
    re: new RegExp(
      R`${NB}(?:пересылай|пересылайте|отправляй|отправляйте|дублируй|дублируйте)${NA}[^.\n]{0,40}?${NB}(?:кажд|все|всю|всех)\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:письм|сообщени|файл|отчёт|отчет|событи)\p{L}*`,
      "giu",
    ),
    reason: "Text sets up standing forwarding of the user's data",
  },
  {
    kind: "future_scope",
    weight: 0.5,
    anchors: anchors(
      "момен отныне впред parti ahora adela agora diant frent sofor nun jetzt künft désor maint ora avant / всегда кажды каждо каждую siemp cada sempr immer jedes jede jeden toujo chaqu ogni",
    ),
    reach: 200,
    re: new RegExp(
      R`${NB}(?:с\s+этого\s+момента|отныне|впредь|a\s+partir\s+de\s+ahora|de\s+ahora\s+en\s+adelante|desde\s+ahora|a\s+partir\s+de\s+agora|daqui\s+(?:em|para)\s+(?:diante|frente)|ab\s+sofort|von\s+nun\s+an|ab\s+jetzt|künftig|désormais|à\s+partir\s+de\s+maintenant|d['’]ora\s+in\s+(?:poi|avanti)|da\s+ora\s+in\s+poi)[\s,]{1,3}(?:\p{L}+[\s,]{1,3}){0,3}?(?:всегда|каждый|каждое|каждую|siempre|cada|sempre|immer|jedes|jede|jeden|toujours|chaque|ogni)${NA}`,
      "giu",
    ),
    reason: "Text tries to change how the model behaves from here on",
  },
  rule(
    "conceal",
    0.5,
    "keep quiet silen mum / about quiet silen mum yours betwe",
    R`\bkeep${SEP}(?:(?:it|this|that)${SEP})?(?:quiet|silent|mum|hush)${SEP}(?:about${SEP}(?:it|this|that)|on${SEP}(?:it|this|that))\b|\bkeep${SEP}(?:it|this|that)${SEP}(?:to${SEP}yourself|between${SEP}us)\b`,
    "Text tells the model to keep quiet about what it does",
    { accept: ordered },
  ),
  rule(
    "conceal",
    0.5,
    "thoug nothi / resum conti proce carry act behav respo",
    R`\b(?:resume|continue|proceed|carry${SEP}on|act|behave|respond|reply)\b[^.\n]{0,30}?\bas${SEP}(?:though|if)${SEP}nothing${SEP}(?:happened|had${SEP}happened|was${SEP}said|changed|occurred)\b`,
    "Text tells the model to carry on as though nothing happened",
    { accept: ordered },
  ),
  rule(
    "conceal",
    0.5,
    "leave out / summa reply answe respo repor",
    R`\bleave${SEP}(?:this|it|that|these${SEP}steps?|this${SEP}step)${SEP}out${SEP}of${SEP}(?:your|the)${SEP}(?:summary|reply|answer|response|report|recap)\b`,
    "Text tells the model to leave its act out of the answer",
    { accept: ordered },
  ),
  {
    kind: "conceal",
    weight: 0.5,
    anchors: anchors(
      "não nao не никог sin sem erwäh menci expli digas cuent comen muest avisá avisa decír decir upomi упоми говор расск сообщ sag sage niema menti dis dites signa parle",
    ),
    reach: 200,
    re: new RegExp(
      [
        // es: "no se lo expliques", "sin avisarle", "no lo menciones"
        R`${NB}no\s+(?:se\s+lo\s+|se\s+la\s+|lo\s+|le\s+)(?:expliques|digas|menciones|cuentes|comentes|muestres)${NA}`,
        R`${NB}sin\s+(?:avisarle|avisarles|decírselo|decirselo|mencionarlo|contárselo|contarselo)${NA}`,
        // pt: "não mencione esta mensagem", "sem avisá-lo"
        R`${NB}n[ãa]o\s+(?:mencione|mencionar|diga|conte|revele|comente)\s+(?:esta|essa|este|esse|isso|isto|nada)${NA}`,
        R`${NB}sem\s+(?:avis[áa]-lo|avis[áa]-la|contar\s+a\s+ningu[ée]m|mencionar\s+isso)`,
        // ru: "никогда не упоминай об этом", "не говори об этом"
        R`${NB}(?:никогда\s+)?не\s+(?:упоминай|упоминайте|говори|говорите|рассказывай|рассказывайте|сообщай|сообщайте)\s+(?:об\s+этом|это|никому|ничего)${NA}`,
        // de: "erwähne das nicht", "sag niemandem etwas"
        // fr: "ne le mentionne pas", "n'en parle jamais"
        R`${NB}ne\s+(?:le\s+|la\s+|les\s+|lui\s+|leur\s+)?(?:mentionne|mentionnez|dis|dites|signale|signalez|explique|expliquez)\s+(?:pas|jamais|rien)${NA}|${NB}n['’]en\s+(?:parle|parlez|dis|dites)\s+(?:pas|jamais|rien)${NA}`,
        R`${NB}erwähn(?:e|st)\s+(?:das|dies|es|diesen\s+\p{L}+|diese\s+\p{L}+)\s+(?:nicht|niemals|nie)${NA}|${NB}erwähne\s+nichts\s+davon|${NB}sag(?:e)?\s+niemandem${NA}`,
      ].join("|"),
      "giu",
    ),
    reason: "Text tells the model to keep quiet about what it does",
  },
  rule(
    "conceal",
    0.5,
    "revea menti discl admit / reque instr asked told note paid spons",
    R`\b(?:never|do${SEP}not|don't|dont)${SEP}(?:reveal|mention|disclose|admit|let${SEP}on)${SEP}(?:that${SEP})?(?:this|these|you|it)${SEP}(?:[A-Za-z0-9'-]{1,15}${SEP}){0,2}?(?:requested|instructed|asked|told|paid|sponsored|planted|note|instructions?|request)\b`,
    "Text tells the model to hide that it was told to do something",
    { accept: ordered },
  ),
  rule(
    "payment_redirect",
    0.4,
    "refun payme payou trans invoi depos wages salar / there",
    R`\b(?:all|any|every|future)${SEP}(?:refunds?|payments?|payouts?|transfers?|invoices?|deposits?|wages|salary)${SEP}(?:go|goes|should${SEP}go|must${SEP}go|are${SEP}to${SEP}go|are${SEP}(?:sent|paid)|get${SEP}(?:sent|paid)|to${SEP}be${SEP}(?:sent|paid))${SEP}there\b`,
    "Text reroutes payments to the account it just named",
  ),
  {
    kind: "consent_claim",
    weight: 0.5,
    anchors: anchors(
      "propi titul dueño dueña clien usuar usuár propr dono / autor aprob aprov conse consi confi",
    ),
    reach: 200,
    re: new RegExp(
      R`${NB}(?:el|la|o|a)\s+(?:usuari[oa]|usu[áa]rio|propietari[oa]|propriet[áa]ri[oa]|titular|dueñ[oa]|don[oa]|cliente)(?:\s+(?:de\s+la|da)\s+(?:cuenta|conta))?\s+(?:ya|j[áa])\s+(?:te\s+|lo\s+|la\s+|o\s+|a\s+)?(?:ha\s+)?(?:autoriz|aprob|aprov|consinti|consent|confirm)\p{L}*`,
      "giu",
    ),
    reason: "Text claims the user already consented, so the model need not ask",
  },
  rule(
    "consent_claim",
    0.5,
    "user owner custo human admin princ / autho appro conse okay",
    R`\b(?:the${SEP}|your${SEP})(?:(?:account|repository|repo|project|workspace)${SEP})?(?:user|owner|customer|human|admin(?:istrator)?|principal)${SEP}(?:already|previously|explicitly)${SEP}(?:(?:pre-?)?authori[sz]ed|(?:pre-?)?approved|consented${SEP}to|okayed|signed${SEP}off${SEP}on)${SEP}(?:this|these|the${SEP}(?:above|following))${SEP}(?:action|request|operation|change|transfer|payment|deletion|step|task)s?\b`,
    "Text claims the user already consented, so the model need not ask",
  ),
  rule(
    "consent_claim",
    0.6,
    "user owner custo human admin princ / autho appro conse okay",
    R`\b(?:the${SEP}|your${SEP})(?:(?:account|repository|repo|project|workspace)${SEP})?(?:user|owner|customer|human|admin(?:istrator)?|principal)${SEP}(?:has|have|had)${SEP}(?:already${SEP}|previously${SEP})?(?:pre-?)?(?:authori[sz]ed|approved|consented${SEP}to|okayed)${SEP}(?:the${SEP})?(?:deletion|removal|wiping|purging|export|transfer|publication|publishing|release|sharing|disclosure|upload)${SEP}of${SEP}(?:all|every|each|the${SEP}(?:entire|whole))\b`,
    "Text claims the user already consented to a bulk act",
  ),
  rule(
    "consent_claim",
    0.6,
    "grant / assis agent model bot ai",
    R`\b(?:has|have|had)${SEP}(?:(?:already|now|explicitly)${SEP})?granted${SEP}(?:the|this|your)${SEP}(?:ai${SEP})?(?:assistant|agent|model|bot|ai|copilot)${SEP}(?:(?:blanket|full|explicit|special|standing|elevated|unrestricted)${SEP})?(?:approval|permission|authori[sz]ation|clearance|consent)${SEP}to\b`,
    "Text claims someone granted the model a standing approval",
  ),
  rule(
    "skip_confirmation",
    0.5,
    "confi appro conse permi verif / need requi neces",
    R`\bno${SEP}(?:further|additional|extra|more|other)?(?:${SEP})?(?:confirmation|approval|consent|permission|verification|sign-?off)${SEP}(?:from${SEP}(?:the${SEP})?(?:user|owner|customer|human|them|anyone)${SEP})?(?:is${SEP}|will${SEP}be${SEP})?(?:needed|required|necessary)\b`,
    "Text tells the model the user's confirmation is not needed",
  ),
  rule(
    "skip_confirmation",
    0.5,
    "check confi verif ask doubl / again first them user owner",
    R`\b(?:do${SEP}not|don't|dont|never|no${SEP}need${SEP}to)${SEP}(?:check|confirm|verify|double-?check|ask)${SEP}(?:with${SEP})?(?:them|him|her|the${SEP}(?:user|owner|customer))${SEP}(?:again|first|beforehand)\b|\bno${SEP}need${SEP}to${SEP}double-?check\b`,
    "Text tells the model to skip the user's confirmation",
  ),
];
