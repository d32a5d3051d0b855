/**
 * Code that moves data out of the owner's hands in bulk, written as an ordinary automation:
 *
 * - an Office macro run by a document event (open, close, save) that mails the document itself
 *   (`Attachments.Add ThisWorkbook.FullName`) and sends it, or deletes the sent copy
 *   (`DeleteAfterSubmit = True`): a copy of the file leaves on every use, unseen;
 * - a table of personal identifiers (national ids, dates of birth, record numbers, e-mails)
 *   published to a public place: `push_to_hub(…, private=False)`, a `public-read` object ACL,
 *   `make_public()`, `AllUsers`; pseudonymised or dropped identifiers pass;
 * - every private conversation of a chat workspace (Slack `conversations.list` of `im`/`mpim`,
 *   Teams `getAllMessages`) read with their history and uploaded or posted elsewhere;
 * - a page script that writes one hard-coded IBAN into a payment form's account fields row by row,
 *   or puts the old value back on display: payments redirected while the page shows the original.
 *   Filling one form field with one account (a user's own transfer) passes.
 *
 * Lists of one shape each; every window is bounded.
 */
import type { AppsecRule } from "./_appsec_core.ts";

/** An identifier column or field of a person (several languages' national-id names). */
const PERSON_ID = String
  .raw`\b(?:ssn|social_security(?:_number)?|national_?id|personal_?(?:id|code|number)|henkil[oö]tunnus|hetu|personnummer|f[oø]dselsnummer|pesel|cpf|curp|aadhaar|dni|nino|nhs_?number|bsn|codice_fiscale|steuer_?id|date_of_birth|birth_?date|dob|mrn|medical_record(?:_number)?|patient_?id|passport_?(?:no|number)|tax_?id|e_?mail|email_address|phone_?(?:number)?|home_address|address)\b`;

export const LEAK_RULES: AppsecRule[] = [
  {
    id: "leak.macro_mails_document",
    kind: "credential_theft",
    lit: ["outlook.application", "deleteaftersubmit"],
    re:
      /^(?=[\s\S]{0,20000}?(?:\bsub\s{1,4}(?:workbook_(?:open|beforeclose|beforesave|activate|deactivate)|document_(?:open|close|new)|auto_?(?:open|close|exec)|application_startup)\b|\.deleteaftersubmit\s{0,4}=\s{0,4}true\b))(?=[\s\S]{0,20000}?\.attachments\.add\s{0,4}\(?\s{0,4}(?:this|active)(?:workbook|document)\.(?:fullname|path))[\s\S]{0,20000}?\.send\b/i,
    why:
      "an Office macro mails the document itself on an open/close/save event (or deletes the sent copy): a copy leaves on every use, unseen",
  },
  {
    id: "leak.personal_data_published",
    kind: "credential_theft",
    lit: ["push_to_hub", "public-read", "publicread", "make_public", "allusers"],
    re:
      /\bpush_to_hub\s{0,4}\([^)]{0,400}?\bprivate\s{0,4}=\s{0,4}false\b|["']public-read["']|\bpublicread\b|\.make_public\s{0,4}\(|\ballusers\b/i,
    also: new RegExp(
      String
        .raw`\bselect\b[^;]{0,600}?${PERSON_ID}|(?:columns|fields|usecols)\s{0,4}=\s{0,4}\[[^\]]{0,400}?${PERSON_ID}|\[\s{0,4}["']${PERSON_ID}["']`,
      "i",
    ),
    not:
      /\b(?:anonymi[sz]\w*|pseudonymi[sz]\w*|de_?identif\w*|sha256|hashlib|\.drop\s{0,4}\(\s{0,4}columns|k_?anonymity|faker)\b/i,
    why:
      "personal identifiers read from a database are published to a public place (a public dataset or object)",
  },
  {
    id: "leak.private_messages_exported",
    kind: "credential_theft",
    lit: ["conversations_list", "conversations.list", "getallmessages"],
    re:
      /conversations[._]list\s{0,4}\([^)]{0,300}?types\s{0,4}[=:]\s{0,4}["'][^"']{0,40}\b(?:im|mpim)\b|\/chats\/getallmessages\b|\bgetallmessages\b/i,
    also:
      /^(?=[\s\S]{0,20000}?(?:conversations[._]history|getallmessages|\/messages\b))(?=[\s\S]{0,20000}?(?:files_upload|files\.upload|upload_file|put_object|upload_fileobj|requests\.(?:post|put)|axios\.post|fetch\s{0,4}\(|smtplib|dropbox|drive\.files|mega\.))/i,
    not: /\bdef\s+test_|\bdescribe\s{0,2}\(/i,
    why:
      "every private or group direct message of the workspace is read and sent elsewhere (a bulk export of private conversations)",
  },
  {
    id: "leak.payment_account_swapped_in_page",
    kind: "credential_theft",
    lit: ["iban", "creditor", "beneficiary", "payee", "account"],
    re:
      /^(?=[\s\S]{0,20000}?(?:querySelectorAll|forEach|\bfor\s{0,2}\(|defaultValue|textContent\s{0,4}=\s{0,4}[\w.]{1,60}\.(?:defaultValue|dataset\.\w{1,30}|getAttribute)))[\s\S]{0,20000}?\.value\s{0,4}=\s{0,4}["'][A-Z]{2}\d{2}[ ]?[A-Z0-9]{4}(?:[ ]?[A-Z0-9]{2,4}){2,7}["']/,
    also:
      /(?:iban|creditor|beneficiary|payee|account_?(?:no|number)|accountnumber|rekening|konto|compte|cuenta)/i,
    why:
      "a page script writes one hard-coded IBAN into the payment rows of a form (payments redirected while the page shows the original)",
  },
];
