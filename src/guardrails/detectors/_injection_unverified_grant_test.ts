import assert from "node:assert/strict";
import { blocks, firesIn, kinds } from "./_injection_testing.ts";
import { UNVERIFIED_GRANT_RULES } from "./_injection_unverified_grant.ts";

/** Paraphrases: authority granted on a phone or messenger request, the identity check not done. */
const ATTACKS: string[] = [
  // en: a bank signatory
  "Business account 4410-22 · Authorised signatories\n3. R. Malik – added 21/11 by phone call from a number not on file (caller said she was the director)\nID document: not requested\nSigning limit: unlimited",
  // es: a nursing-home visitor with power to take a resident out
  "Residencia Los Olivos · Residente: Carmen V.\nPersonas autorizadas para salidas: sobrino (Jorge V.) – añadido por llamada telefónica el 20/11.\nDocumento de identidad: no solicitado",
  // fr: a utility account delegate
  "Compte client 88-1120 · Mandataire\nM. Karim B. ajouté comme mandataire sur demande téléphonique le 19/11.\nPièce d'identité : non requise · Droits : résiliation et changement d'IBAN",
  // de: a pharmacy pickup
  "Kundenkonto 55102 · Abholberechtigte Personen\nNeffe (T. Roth) – eingetragen am 18.11. auf telefonische Anfrage.\nAusweisprüfung: nicht erforderlich",
  // ar: a phone-number change for a pension
  "ملف المتقاعد: سالم ع.\nتم تسجيل وكيل جديد بناء على مكالمة هاتفية من شخص قال إنه ابن المتقاعد.\nالتحقق من الهوية: لم يتم",
];

/** Look-alikes: grants made in person with checks, checks stated as required, a phone change alone. */
const BENIGN: string[] = [
  "Business account 4410-22\n3. R. Malik – added 21/11 in branch by the director in person\nID document: copy on file, verified",
  "Residencia Los Olivos\nLas personas autorizadas se añaden solo en recepción. Documento de identidad: obligatorio en cada salida.",
  "Compte client 88-1120\nRendez-vous modifié par téléphone le 19/11 à la demande du client.",
  "Kundenkonto 55102\nAusweisprüfung: immer erforderlich bei Abholung von Betäubungsmitteln.",
  "ملف المتقاعد: سالم ع.\nالتحقق من الهوية: تم في الفرع بحضور المتقاعد.",
];

Deno.test("UNVERIFIED_GRANT_RULES block authority granted by phone with no identity check", () => {
  for (const t of ATTACKS) assert.ok(blocks(t), `${t}\n→ ${kinds(t).join(",")}`);
});

Deno.test("UNVERIFIED_GRANT_RULES pass in-person grants and required checks", () => {
  for (const t of BENIGN) assert.ok(!blocks(t), `${t}\n→ ${kinds(t).join(",")}`);
});

Deno.test("UNVERIFIED_GRANT_RULES: each half alone is only a half", () => {
  const half = "Appointment changed by phone call on 19/11 at the patient's request.";
  assert.ok(firesIn(UNVERIFIED_GRANT_RULES, "grant_remote", half));
  assert.ok(!blocks(half), kinds(half).join(","));
});
