/**
 * The secrets detector's knowledge base of credential FORMATS, written from public documentation
 * (provider token formats, config-file grammars, command-line options), not from test rounds.
 * Each area lives in its own file; every rule has a `hint` literal (found in the detector's one
 * literal pass) and an `advice` the finding's reason carries. Rules already in
 * ./_secrets_rules.ts are not repeated; the knowledge base runs after them, so on an overlap the
 * older rule's finding wins.
 */
import type { Rule } from "./_secrets_rules.ts";
import { KB_DEVTOOLS } from "./_secrets_kb_devtools.ts";
import { KB_CLOUD } from "./_secrets_kb_cloud.ts";
import { KB_SAAS } from "./_secrets_kb_saas.ts";
import { KB_PAYMENTS } from "./_secrets_kb_payments.ts";
import { KB_AI } from "./_secrets_kb_ai.ts";
import { KB_FILES } from "./_secrets_kb_files.ts";
import { KB_CLI } from "./_secrets_kb_cli.ts";
import { KB_SERVICES } from "./_secrets_kb_services.ts";
import { KB_KEYS } from "./_secrets_kb_keys.ts";

/** Every knowledge-base rule, by area. */
export const KB_AREAS: Readonly<Record<string, readonly Rule[]>> = {
  devtools: KB_DEVTOOLS,
  cloud: KB_CLOUD,
  saas: KB_SAAS,
  payments: KB_PAYMENTS,
  ai: KB_AI,
  files: KB_FILES,
  cli: KB_CLI,
  services: KB_SERVICES,
  keys: KB_KEYS,
};

/** Every knowledge-base rule (joined to the detector's rule list after the older rules). */
export const KB_RULES: readonly Rule[] = Object.values(KB_AREAS).flat();
