/**
 * Side-effect area access_data: access or data handed to a fixed outside party — a document,
 * folder, calendar or mailbox shared or delegated (T1098.002 additional mailbox permissions,
 * T1098.003 additional cloud roles), mail forwarded (T1114.003), files, snapshots and backups
 * replicated to another account or bucket (T1537), a collaborator, member, owner or OAuth app
 * added (T1098.001, consent grants), keys and tokens minted and sent on, a login key planted
 * (T1098.004). The party (mail address, host, bucket, account id, quoted login) is judged in
 * `_defside.ts`; these rules name only the effect.
 */
import type { SideRule } from "./_defside_types.ts";

/** Roles that carry control of the resource. */
const ROLE = String
  .raw`(?:co-?)?owners?|admins?|administrators?|editors?|writers?|maintainers?|managers?|collaborators?|delegates?|members?|contributors?|full\s{1,3}(?:access|control)|read[\s/-]{1,3}write|Bearbeiter|Inhaber|Eigentümer|propietario|administrador|propriétaire|éditeur|administrateur|proprietario|所有者|管理员|编辑者|オーナー|管理者|編集者|소유자|관리자`;

export const ACCESS_RULES: readonly SideRule[] = [
  {
    area: "access_data",
    what: "access shared, granted or delegated",
    gate:
      /creat|provision|shar|grant|visible|available|accessible|editable|delegat|invit|collaborat|member|owner|admin|editor|consent|permission|access|authori[sz]|teil|freigeb|compart|partag|condivi|共享|分享|授予|授权|共有|付与|공유|부여|предостав/i,
    effect: new RegExp(
      [
        String.raw`\bshar(?:e|es|ed|ing)\b[^;\n]{0,80}?\bwith\b`,
        String
          .raw`\b(?:grant|give|assign|add|invite|make)(?:s|ed|ing)?\b[^;\n]{0,80}?\b(?:${ROLE}|access|permissions?|consent|rights?|roles?)\b`,
        String
          .raw`\b(?:creat|provision)\w{0,3}\b[^;\n]{0,60}?\b(?:AdministratorAccess|Global\s{1,3}Administrator|admin\w{0,8}|owner|root|superuser|sudo\w{0,4})\b`,
        String
          .raw`\b(?:made|make|makes|making|set|sets)\s{1,3}(?:\w{1,12}\s{1,3}){0,2}(?:visible|available|accessible|editable|public)\s{1,3}to\b`,
        String
          .raw`\bdelegat(?:e|es|ed|ing)\b[^;\n]{0,40}?\baccess\b|\b(?:${ROLE})\s{1,3}(?:access|role|permission)s?\s{1,3}(?:is|are)\s{1,3}(?:also\s{1,3})?(?:granted|given)`,
        String
          .raw`\b(?:teilt|geteilt|freigegeben|gibt\s{1,3}frei)\b|\bcompart(?:e|ido|ida|ir)\b|\bpartag[a-zé]{0,3}|\bcondivi(?:de|so|sa|dere)\b|\bcompartilha\w{0,4}`,
        String.raw`共享|分享|授予|授权|共有|付与|공유|부여|предоставл\w{0,6}\s{1,3}доступ`,
      ].join("|"),
      "gi",
    ),
    party: "any",
    loose: true,
  },
  {
    area: "access_data",
    what: "mail or messages forwarded",
    gate:
      /forward|redirect|bcc|cc:|carbon|weiterleit|leitet|reenv|transf[eé]r|inoltr|encaminh|转发|転送|전달|пересыл|переадрес/i,
    effect: new RegExp(
      [
        String
          .raw`\b(?:auto-?)?forward(?:s|ed|ing)?\b|\bredirect(?:s|ed|ing)?\b|\b(?:bcc|cc)(?:'?d|s)?\b|\bblind\s{1,3}(?:carbon\s{1,3})?cop(?:y|ies)\b`,
        String
          .raw`\bweiterleit\w{0,4}|\bleitet\b[^;\n]{0,60}\bweiter\b|\breenv[ií]\w{0,4}|\btransf[eè]r\w{0,4}|\binoltr\w{0,4}|\bencaminh\w{0,4}`,
        String.raw`转发|転送|전달|пересыл\w{0,6}|переадрес\w{0,6}`,
      ].join("|"),
      "gi",
    ),
    party: "any",
  },
  {
    area: "access_data",
    what: "data copied, replicated or sent",
    gate:
      /stor|saved|kept|cache|logged|written|record|escrow|retain|replica|mirror|cop(?:y|ie)|sync|back(?:ed)?\s?up|upload|post|sent|send|email|deliver|push|export|stream|ship|archiv|复制|同步|上传|发送|コピー|同期|送信|アップロード|복제|동기화|전송|kopier|sincroniz|envoy|envi|copia/i,
    effect: new RegExp(
      [
        String
          .raw`\b(?:replicat|mirror|cop(?:y|ie|ied)|sync(?:hroni[sz])?|back(?:ed|s)?\s{0,1}up|upload|posted|sen[dt]|e-?mail|deliver|export|archiv|duplicat)\w{0,6}\b(?!\s{1,3}(?:me|us)\b)[^;\n]{0,80}?\b(?:to|into)\b`,
        String
          .raw`\b(?:kept\s{1,3}in\s{1,3}sync|sync(?:ed|s)?|synchroni[sz]ed|stored|saved|kept|cached|logged|written|recorded|escrowed|retained|mirrored|replicated|copied|backed\s{1,3}up)\b[^;\n]{0,40}?\b(?:with|at|in|on|to)\b`,
        String
          .raw`\b(?:a\s{1,3}|an\s{1,3})?(?:copy|replica|mirror|backup|duplicate)\s{1,3}(?:of\s{1,3}[^;\n]{0,60}?)?(?:is|are|goes|go|gets)\b`,
        String
          .raw`\b(?:kopiert|gesendet|geschickt|sincroniza\w{0,4}|envoy\w{0,4}|envi\w{0,4}|copia\w{0,4})\b`,
        String
          .raw`复制到|同步到|上传到|发送到|发送给|コピー|同期|送信|アップロード|복제|동기화|전송`,
      ].join("|"),
      "gi",
    ),
    party: "any",
  },
  {
    area: "access_data",
    what: "a login key, app trust or identity link planted",
    gate:
      /authorized_keys|ssh-(?:rsa|ed25519)|trust|federat|identity provider|saml|oidc|deploy key/i,
    effect:
      /\bauthorized_keys\b|\bssh-(?:rsa|ed25519)\s{1,3}AAAA|\b(?:trust|federat)\w{0,6}\b[^;\n]{0,60}?\b(?:identity\s{1,3}provider|idp|issuer|tenant|domain|account|saml|oidc)\b|\bdeploy\s{1,3}keys?\b[^;\n]{0,40}\bwrite\b/gi,
    party: "any",
    loose: true,
  },
];
