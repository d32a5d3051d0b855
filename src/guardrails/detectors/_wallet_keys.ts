/**
 * Wallet asset control, keys exposed: a seed phrase, private key, WIF key or keystore placed into
 * another tool's argument (a chat message, a note, a gist, a paste, an issue), keys dumped by a
 * wallet CLI (`bitcoin-cli dumpprivkey` / `dumpwallet`, `listdescriptors true`, `cast wallet
 * decrypt-keystore` / `private-key`, `sui keytool export`), and code that prints or posts a
 * wallet's private key or mnemonic. From BIP-39 / BIP-32 / WIF, the Web3 Secret Storage (V3
 * keystore) definition, Bitcoin Core RPC reference, Foundry `cast wallet` docs, and wallet-drainer
 * write-ups (seed-phrase phishing). Complements `secrets.ts` (`xprv`, labelled seed fields and
 * `PRIVATE_KEY=` assignments), which runs first.
 *
 * A wallet loaded from the environment (`new Wallet(process.env.PRIVATE_KEY)`), a public address,
 * a transaction hash and a BIP-39 test vector (`abandon abandon …`, `test test …`) pass.
 */
import { r, type WalletRule } from "./_wallet_core.ts";

/** Words of a mnemonic (12–24 lower-case words of 3–8 letters). */
const MNEMONIC = r`(?:[a-z]{3,8}[ ,]{1,2}){11,23}[a-z]{3,8}\b`;

export const WALLET_KEY_RULES: readonly WalletRule[] = [
  {
    id: "keys.seed_phrase_shared",
    lit: [
      "seed",
      "mnemonic",
      "recovery phrase",
      "secret phrase",
      "recovery words",
      "backup phrase",
      "12 words",
      "24 words",
    ],
    re: new RegExp(
      r`\b(?:seed|mnemonic|recovery|secret|backup|wallet)(?:\s{1,3}|[_-])?(?:phrase|words?|sentence|seed|mnemonic)?\b[^\n\w]{0,12}(?:\b(?:is|are|was|here|below|follows?)\b[^\n\w]{0,6}){0,2}${MNEMONIC}`,
      "i",
    ),
    not:
      /\b(?:abandon\s{1,3}abandon|test\s{1,3}test\s{1,3}test|word\s{1,3}word|zoo\s{1,3}zoo|legal\s{1,3}winner\s{1,3}thank)\b/i,
    why:
      "places a wallet's seed phrase where others can read it: anyone who sees it controls every account of the wallet",
  },
  {
    id: "keys.private_key_shared",
    lit: [
      "private key",
      "private_key",
      "privatekey",
      "priv key",
      "privkey",
      "secret key",
      "secret_key",
      "wif",
      "private-key",
      "signing key",
    ],
    re:
      /\b(?:private|priv|secret|signing|wallet)[\s_-]{0,2}key\b|\bprivatekey\b|\bprivkey\b|\bwif\b/i,
    also:
      /(?:^|[^\w])(?:0x)?[0-9a-fA-F]{64}(?![0-9a-fA-F])|(?<![\w])(?:5[HJK][1-9A-HJ-NP-Za-km-z]{49}|[KL][1-9A-HJ-NP-Za-km-z]{51}|[1-9A-HJ-NP-Za-km-z]{87,88})(?![\w])|\[\s{0,2}(?:\d{1,3}\s{0,2},\s{0,2}){63}\d{1,3}\s{0,2}\]/,
    not:
      /^[\w.-]{0,30}(?:import|load|restore|recover)_?(?:wallet|account|key|keypair)[\w.-]{0,30}\n|\b(?:tx|transaction|block|commit|sha|hash|digest|checksum|signature|txid)[\s_-]{0,2}(?:hash|id)?\s{0,3}[:=]|0x0{64}|0x(?:ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80|59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d)/i,
    why:
      "places a wallet private key where others can read it (a message, a note, a paste, a command line): anyone who sees it controls the account",
  },
  {
    id: "keys.keystore_shared",
    lit: ["ciphertext"],
    re: /["']?crypto["']?\s{0,3}:\s{0,3}\{[\s\S]{0,400}?["']?ciphertext["']?\s{0,3}:/i,
    also: /\bkdfparams\b|\bscrypt\b|\bpbkdf2\b/i,
    why:
      "places a wallet keystore file where others can read it: its password can be brute-forced offline",
  },
  {
    id: "keys.cli_dump",
    lit: [
      "dumpprivkey",
      "dumpwallet",
      "listdescriptors",
      "decrypt-keystore",
      "cast wallet private-key",
      "keytool export",
      "derive-private-key",
      "export-private-key",
      "exportprivatekey",
    ],
    re:
      /\bbitcoin-cli\b[^\n]{0,200}?\b(?:dumpprivkey|dumpwallet|listdescriptors\s{1,3}(?:true|1)\b)|\bcast\s{1,3}wallet\s{1,3}(?:decrypt-keystore|private-key|derive-private-key)\b|\bsui\s{1,3}keytool\s{1,3}export\b|\b(?:export-private-key|exportPrivateKey)\b/i,
    why:
      "prints or dumps a wallet's private keys: they land in the transcript, logs and anyone's view of them",
  },
  {
    id: "keys.code_leak",
    lit: [
      "privatekey",
      "private_key",
      "mnemonic",
      "secretkey",
      "secret_key",
      "key.hex",
      "seed_phrase",
      "export_key",
    ],
    re:
      /\b[\w$]{1,30}\.(?:privateKey|private_key|mnemonic(?:\.phrase)?|secretKey|secret_key|key\.hex\(\)|seed_phrase|export_key\(\))/,
    also:
      /\b(?:fetch|axios\.\w{3,6}|requests\.(?:post|get|put)|httpx\.\w{3,6}|urlopen|sendBeacon|sendMessage|send_message|webhook|console\.log|print|puts|logger\.\w{4,7}|logging\.\w{4,7}|fs\.writeFileSync|write_text)\s{0,2}\([^\n]{0,300}?(?:\b(?:privateKey|private_key|mnemonic|secretKey|secret_key|seed_phrase|export_key)\b|\bkey\.hex\(\))/,
    why:
      "code that prints, logs or posts a wallet's private key or mnemonic: anyone who sees it controls the account",
  },
];

/** A whole value that is nothing but 12, 15, 18, 21 or 24 lower-case words of 3–8 letters. */
const BARE_MNEMONIC = /^\s{0,4}(?:[a-z]{3,8}[ \t]{1,2}){11,23}[a-z]{3,8}\s{0,4}$/;
/** Common English words that are not in the BIP-39 list: prose, not a seed phrase. */
const NOT_BIP39 =
  /\b(?:the|and|for|you|with|this|that|from|have|are|was|not|but|can|our|your|will|what|when|how|why|who|its|his|her|they|them|there|then|than|into|out|just|very|please|thanks|should|would|could|been|were|has|had|does|did|which|about|some|any|each|also|only|more|most|other|such|these|those|here|where|while|after|before|because|between|through|against|during|without|within|upon|onto|yes|ok|okay|hello|todo|fix|bug|test)\b/;

/** True when the whole of `text` reads as a bare BIP-39 seed phrase (no prose words). */
export function bareMnemonic(text: string): boolean {
  if (text.length < 40 || text.length > 240 || !BARE_MNEMONIC.test(text)) return false;
  const words = text.trim().split(/\s+/);
  if (![12, 15, 18, 21, 24].includes(words.length)) return false;
  if (new Set(words).size < words.length - 2) return false; // `test test test …` vectors
  return !NOT_BIP39.test(text);
}
