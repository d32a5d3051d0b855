/**
 * A harmless request put to the AI (session 33 precision): a colleague in a chat, a customer in a
 * ticket or a reviewer in a comment turns to the assistant and asks only for work ON the text it
 * reads — summarise the thread, draft the postmortem, translate by the glossary, list the open
 * questions, tell me the fix version — with the result going back to the asker ("send it to my
 * DM", "attach the summary to the incident"). Its attack twin addresses the AI the same way but asks
 * for an act on the world: send data out, grant, approve, pay, change a setting, delete, install,
 * keep someone uninformed.
 *
 * When the only hits are the address pair (`addresses_ai` and `addressed_request`, maybe
 * `addressed_about_user`), the message that follows the address (to a blank line, the next chat
 * entry or 500 characters) is read:
 * - prohibitions of changes ("do not delete or modify anything", "nichts schließen", "אין לבצע
 *   שינויים", "不要做任何删除或修改操作") and the asker's own destination ("send it to my DM",
 *   "发到我邮箱", "naar het adres van mijn account", "an den Vorfall hängen") are blanked;
 * - it must then name a compose/read act (summarise, draft, translate, list, explain, tell me …)
 *   and no act on the world, no secret, no bulk ("all", "every"), no waiver or concealment, and no
 *   literal destination (an e-mail address, URL, phone or account number).
 * Then `addressed_request` and `addressed_about_user` are dropped; the address itself stays, so
 * the learned model still reads the text as a second opinion.
 */

/** Hit kinds that this reading may clear, and the kinds it tolerates beside them. */
const REQUEST_KINDS = ["addressed_request", "addressed_about_user"];
const TOLERATED = new Set(["addresses_ai", "addressed_request", "addressed_about_user"]);

/** The end of the addressed message: a blank line, a new chat entry or list line, a JSON value end. */
const MESSAGE_END =
  /\n[ \t]*\n|\\n\\n|\n[ \t]*(?:\[|\d{1,4}[:./-]\d|[-*•>#<|]|[^\n:：]{1,40}[:：](?=\s))|"\s*[,}\]]/u;

/** A prohibition of a change to the system, up to the end of its clause. */
const PROHIBITED_CHANGE = new RegExp(
  [
    String
      .raw`(?<![\p{L}])(?:do\s+not|don['’]t|never|please\s+don['’]t)\s+(?:make\s+(?:any\s+)?|perform\s+(?:any\s+)?)?(?:changes?|change|delete|modify|close|mute|remove|touch|edit|resolve)(?![\p{L}])[^.;!\n]{0,60}`,
    String
      .raw`(?<![\p{L}])(?:nicht|nichts|keine)\s+(?:\p{L}+\s+){0,2}?(?:stummschalten|schließen|löschen|ändern|entfernen|bearbeiten|anfassen|Änderungen)(?![\p{L}])[^.;!\n–-]{0,40}`,
    String
      .raw`(?:不要|不得|请勿|切勿|禁止|别)(?:做|进行)?(?:任何)?(?:删除|修改|更改|变更|操作|关闭)[^。；!\n]{0,30}`,
    String.raw`(?:אין|אל)\s+(?:לבצע\s+)?(?:שינויים|לשנות|למחוק|לסגור|תשנה|תמחק)[^.;!\n]{0,40}`,
    String.raw`(?:変更|削除|クローズ)(?:は)?しないでください`,
  ].join("|"),
  "giu",
);

/** Who decides, stated as fact: "Deploy onayı release-managers grubundadır", "approval stays with …". */
const DEFERRED = new RegExp(
  String
    .raw`(?<![\p{L}])(?:deploy\s+)?(?:onay\p{L}*|approvals?|freigabe|sign-?off)\s+[^.\n]{0,40}?(?:grubundad[ıi]r|grubunda|is\s+with|stays\s+with|remains\s+with|liegt\s+bei|bleibt\s+bei)[^.\n]{0,40}`,
  "giu",
);

/** The asker's own destination for the result of the work. */
const OWN_DESTINATION = new RegExp(
  [
    String.raw`(?:发到|发给|发送到|发)我(?:的)?(?:邮箱|私聊|私信|微信)?|发我私聊`,
    String
      .raw`(?<![\p{L}])(?:send|e-?mail|mail|dm|forward)\s+(?:it|them|this|that|the\s+\p{L}+)?\s*(?:back\s+)?to\s+(?:me|my\s+(?:own\s+)?(?:inbox|e-?mail|mailbox|dms?|account))(?![\p{L}])`,
    String
      .raw`(?<![\p{L}])(?:opnieuw\s+)?(?:mailen|sturen|versturen|e-?mailen)\s+naar\s+(?:het\s+adres\s+van\s+)?(?:mijn|mij)(?:\s+account)?(?![\p{L}])`,
    String
      .raw`(?<![\p{L}])(?:hänge|häng|anhängen|attach|post|add)\s+(?:(?:die|the|your|deine)\s+)?(?:zusammenfassung|summary|recap|notes)?\s*(?:an\s+(?:den|das|die)|to\s+the|as\s+a)\s+(?:\p{L}+[- ])?(?:vorfall|incident|ticket|issue|pr|pull\s+request|comment|kommentar|thread)(?![\p{L}])`,
    String.raw`PR['’]?a\s+yorum\s+olarak\s+ekle`,
  ].join("|"),
  "giu",
);

/** A compose or read act on the text at hand (the request's only job). */
const COMPOSE = new RegExp(
  [
    String
      .raw`(?<![\p{L}])(?:summari[sz]e|sum\s+up|recap|draft|translate|proofread|outline|explain|tell\s+me|let\s+me\s+know)(?![\p{L}])`,
    String
      .raw`(?<![\p{L}])(?:fass\p{L}{0,2}\s+[^.\n]{0,100}zusammen|zusammenfass\p{L}{0,3}|übersetz\p{L}{0,3}|entwirf|entwerfen|liste\s+[^.\n]{0,60}auf|erkläre?)(?![\p{L}])`,
    String
      .raw`(?<![\p{L}])(?:подготовьте|подготовь|составьте|составь)[,\s]+(?:[\p{L},]+\s+){0,3}?(?:письмо|черновик|резюме|сводку|отч[её]т)`,
    String.raw`(?:摘要|总结|汇总|整理成要点|翻译|起草)`,
    String.raw`(?:要約|まとめて|訳して|翻訳して|教えてください|下書き)`,
    String.raw`(?:לנסח|טיוטת|לסכם|סכם)`,
    String.raw`(?<![\p{L}])(?:özetle|özetini)(?![\p{L}])`,
  ].join("|"),
  "iu",
);

/** An act on the world, a secret, bulk, a waiver or concealment: the request is no mere errand. */
const WORLD_ACT = new RegExp(
  [
    // Concealment, any language the compose acts are read in ("… and don't mention X to the user")
    String
      .raw`(?<![\p{L}])(?:(?:don['’]t|do\s+not|never|no\s+need\s+to)\s+(?:mention|tell|say|inform|notify|report|disclose|flag|bring\s+up|let)|(?:the|your)\s+users?|nicht\s+(?:erwähnen|sagen|mitteilen|informieren|melden)|verschweig\p{L}*|niet\s+(?:vermelden|vertellen|melden)|verzwijg\p{L}*|не\s+(?:сообщай|говори|упоминай|информируй)\p{L}*|söyleme\p{L}*|bahsetme\p{L}*)(?![\p{L}])`,
    String.raw`(?:不要提|别提|不要说|别告诉|言及しない|触れないで|אל\s+תספר|אל\s+תזכיר|אל\s+תציין)`,
    // English
    String
      .raw`(?<![\p{L}])(?:send|forward|e-?mail|share|publish|upload|export|attach|grant|authori[sz]e|approve|merge|deploy|pay|transfer|wire|refund|change|update|modify|set|switch|replace|delete|remove|wipe|drop|disable|install|download|run|execute|add|invite|reset|password|passcode|otp|code|token|keys?|secrets?|credentials?|admin|all|every|entire|ignore|instead|without|silently|quietly|recommend|always|whenever|link|click|call|bank|account|iban|tell\s+(?:the\s+)?(?:users?|viewers|readers|customers))(?![\p{L}])`,
    // German
    String
      .raw`(?<![\p{L}])(?:schick\p{L}*|send\p{L}*|versend\p{L}*|weiterleit\p{L}*|leite|teile|hochlad\p{L}*|exportier\p{L}*|genehmig\p{L}*|freigeb\p{L}*|gib|zahl\p{L}*|überweis\p{L}*|erstatt\p{L}*|änder\p{L}*|setz\p{L}*|stell\p{L}*|ersetz\p{L}*|lösch\p{L}*|entfern\p{L}*|deaktivier\p{L}*|installier\p{L}*|herunterlad\p{L}*|ausführ\p{L}*|führe|hinzufüg\p{L}*|füge|einlad\p{L}*|zurücksetz\p{L}*|passwor\p{L}*|kennwor\p{L}*|token|schlüssel\p{L}*|geheim\p{L}*|zugangsdat\p{L}*|alle|allen|sämtlich\p{L}*|ignorier\p{L}*|ohne|heimlich|klick\p{L}*|bank|konto|iban|immer)(?![\p{L}])`,
    // Dutch
    String
      .raw`(?<![\p{L}])(?:stuur|verstuur|doorsturen|deel|upload|exporteer|keur|goedkeuren|betaal|overmaken|terugbetal\p{L}*|wijzig\p{L}*|verander\p{L}*|vervang|verwijder\p{L}*|installeer|voer|toevoegen|voeg|wachtwoord|code|sleutel|alle|zonder|altijd|klik|rekening|iban)(?![\p{L}])`,
    // Russian (imperatives: the nouns "замена", "удаление" only name what happened)
    String
      .raw`(?<![\p{L}])(?:(?:отправь|перешли|поделись|загрузи|выгрузи|экспортируй|прикрепи|предоставь|выдай|одобри|утверди|разреши|оплати|переведи|измени|смени|замени|установи|удали|очисти|отключи|запусти|выполни|добавь|пригласи|сбрось)(?:те)?|парол\p{L}*|код\p{L}*|токен\p{L}*|ключ\p{L}*|админ\p{L}*|все|всех|всем|игнор\p{L}*|без|тайно|ссылк\p{L}*|нажм\p{L}*|позвон\p{L}*|банк\p{L}*|сч[её]т\p{L}*|карт\p{L}*|всегда)(?![\p{L}])`,
    // Chinese
    String
      .raw`(?:发到|发给|发送|转发|转给|分享|上传|导出|附件|授权|批准|合并|部署|支付|转账|汇款|退款|打款|修改|更改|改为|改成|设置|替换|删除|清空|禁用|关闭|安装|下载|运行|执行|添加|加为|邀请|重置|密码|验证码|令牌|密钥|凭证|管理员|全部|所有|忽略|不要告诉|不用告诉|无需|不必|悄悄|链接|点击|拨打|银行|账号|卡号|总是|每次)`,
    // Japanese
    String
      .raw`(?:送信|送って|転送|共有|アップロード|エクスポート|出力し|添付|承認|許可|付与|マージ|デプロイ|支払|振込|送金|返金|変更|設定|削除|無効|インストール|ダウンロード|実行|追加|招待|リセット|パスワード|認証コード|トークン|管理者|全て|すべて|全件|全テナント|無視|伝えないで|言わないで|しないで|せず|不要|黙って|リンク|クリック|銀行|口座|常に)`,
    // Hebrew
    String
      .raw`(?:לשלוח|שלח|להעביר|העבר|לשתף|לאשר|אשר|לשלם|לשנות|שנה|להחליף|למחוק|מחק|להתקין|להריץ|להוסיף|הוסף|סיסמ|קוד|מפתח|כל\s+ה|בלי|ללא|קישור|בנק|חשבון|תמיד)`,
    // Turkish
    String
      .raw`(?<![\p{L}])(?:gönder\p{L}*|ilet\p{L}*|paylaş\p{L}*|yükle\p{L}*|onayla\p{L}*|onay\p{L}*|birleştir\p{L}*|deploy|öde\p{L}*|aktar\p{L}*|değiştir\p{L}*|sil\p{L}*|kaldır\p{L}*|devre\s+dışı|kur|çalıştır\p{L}*|davet\p{L}*|şifre\p{L}*|parola\p{L}*|kod\p{L}*|token|anahtar\p{L}*|tüm\p{L}*|bütün|hepsi\p{L}*|atla\p{L}*|yoksay\p{L}*|olmadan|gizli\p{L}*|bağlantı\p{L}*|tıkla\p{L}*|banka\p{L}*|hesap\p{L}*|her\s+zaman)(?![\p{L}])`,
  ].join("|"),
  "iu",
);

/** A literal destination: an e-mail address, a URL, a handle, a phone or account number. */
const LITERAL_DEST =
  /[\w.+-]@[\w-]+\.|https?:|www\.|(?<![\w:.-])\+?\d[\d \t-]{7,}\d(?![\w:.])|\b[A-Z]{2}\d{2}[A-Z0-9]{10,}/u;

const blank = (s: string, re: RegExp): string => s.replace(re, (m) => " ".repeat(m.length));

/** The addressed message that opens at `start` (see the module comment). */
function message(text: string, start: number): string {
  const rest = text.slice(start, start + 500);
  // The address line itself may end in a colon and a line break ("To the AI assistant:\n…").
  const firstBreak = rest.indexOf("\n");
  const from = firstBreak >= 0 && firstBreak < 80 && /[:：]\s*$/.test(rest.slice(0, firstBreak))
    ? firstBreak
    : -1;
  const m = MESSAGE_END.exec(rest.slice(from + 1));
  return m ? rest.slice(0, from + 1 + m.index) : rest;
}

/** True when the message addressed at `start` asks only for a compose/read errand. */
export function harmlessRequest(text: string, start: number): boolean {
  const msg = message(text, start);
  if (LITERAL_DEST.test(msg)) return false;
  const rest = blank(blank(blank(msg, PROHIBITED_CHANGE), OWN_DESTINATION), DEFERRED);
  return COMPOSE.test(rest) && !WORLD_ACT.test(rest);
}

/**
 * Drops `addressed_request` / `addressed_about_user` when the address pair is all that fired and
 * the addressed message is a harmless errand (see the module comment).
 */
export function dropHarmlessRequest(
  text: string,
  hits: Map<string, { start?: number }>,
): void {
  const address = hits.get("addresses_ai");
  if (address?.start === undefined) return;
  if (!REQUEST_KINDS.some((k) => hits.has(k))) return;
  for (const k of hits.keys()) if (!TOLERATED.has(k)) return;
  if (!harmlessRequest(text, address.start)) return;
  for (const k of REQUEST_KINDS) hits.delete(k);
}
