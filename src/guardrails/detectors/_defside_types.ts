/** One side effect a tool definition may declare on top of its job (see `_defside.ts`). */
export interface SideRule {
  /** Area of the knowledge base: access_data, money_control or defences. */
  area: "access_data" | "money_control" | "defences";
  /** What the effect hands over, for the finding's reason. */
  what: string;
  /** Cheap literal gate over the text: the rule is read only when it matches. */
  gate: RegExp;
  /** The effect (global; read per sentence, negated matches skipped). */
  effect: RegExp;
  /**
   * Who must receive it: a fixed outside party of this kind written into the same sentence or
   * field ("any": a mail address, host, bucket, cloud account, quoted login or client id; "money":
   * a bank account, IBAN, wallet or payment account id; "host": a bare host name), or none.
   */
  party?: "any" | "money" | "host";
  /** A tool job (name, title, first sentence) whose declared purpose IS this effect: no hit
   * (only for rules without a party: a fixed outsider is never the job). */
  job?: RegExp;
  /** Any fixed party outside what the definition shows as its own counts, with or without a
   * word that marks the effect as an extra (name servers, contacts, login keys). */
  loose?: boolean;
  /** The effect counts only in a sentence that marks it as an extra ("also", "for
   * compatibility") or on a tool whose job (name, title, first sentence) matches this. */
  extraOr?: RegExp;
}
