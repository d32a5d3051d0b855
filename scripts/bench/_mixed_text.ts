/**
 * Deterministic "realistic" mixed text for benchmarks: prose, code, JSON, logs, markdown and a
 * little non-English text, as tool results look. Seeded PRNG, so every run scans the same bytes.
 */

/** A small seeded PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS =
  ("the a of to and in is for on with that this from by as at be are was it an or which " +
    "server request user file data result config value test build release issue project team meeting " +
    "deploy update review support report customer order payment invoice schedule document version " +
    "error warning cache timeout database query index network latency memory process thread").split(
      " ",
    );
const NAMES = ["orders", "users", "sessions", "invoices", "events", "items"];
const I18N = [
  "会议将在明天下午三点举行。",
  "می‌خواهم فردا بروم.",
  "明日の会議は午後3時からです。",
  "Встреча перенесена на четверг.",
  "नमस्ते दुनिया 👋🏽",
];

/** Mixed text of about `bytes` UTF-8 bytes. */
export function mixedText(bytes: number, seed = 42): string {
  const r = rng(seed);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)];
  const parts: string[] = [];
  let size = 0;
  const enc = new TextEncoder();
  while (size < bytes) {
    let p: string;
    switch (Math.floor(r() * 6)) {
      case 0: {
        const n = 20 + Math.floor(r() * 40);
        p = Array.from({ length: n }, () => pick(WORDS)).join(" ") + ".\n";
        p = p[0].toUpperCase() + p.slice(1);
        break;
      }
      case 1: {
        const t = pick(NAMES);
        p =
          `export async function load${t[0].toUpperCase()}${
            t.slice(1)
          }(db: Db, id: string): Promise<Row[]> {\n` +
          `  const rows = await db.query("SELECT * FROM ${t} WHERE id = $1 LIMIT 100", [id]);\n` +
          `  if (!rows.length) throw new Error(\`no ${t} for \${id}\`);\n  return rows.map((r) => ({ ...r, seen: true }));\n}\n`;
        break;
      }
      case 2:
        p = JSON.stringify({
          id: Math.floor(r() * 1e9).toString(16),
          status: pick(["ok", "pending", "failed"]),
          items: [{
            sku: `SKU-${Math.floor(r() * 1e5)}`,
            qty: Math.floor(r() * 9) + 1,
            price: Math.round(r() * 1e4) / 100,
          }],
          updated_at: new Date(1_700_000_000_000 + Math.floor(r() * 1e10)).toISOString(),
        }) + "\n";
        break;
      case 3:
        p =
          `2024-05-${String(1 + Math.floor(r() * 28)).padStart(2, "0")}T10:${
            String(Math.floor(r() * 60)).padStart(2, "0")
          }:00Z ` +
          `${pick(["INFO ", "WARN ", "ERROR", "DEBUG"])} ${pick(WORDS)} ${pick(WORDS)} took ${
            Math.floor(r() * 900)
          } ms ` +
          `(request_id=${Math.floor(r() * 1e12).toString(36)}, path=/api/v1/${pick(NAMES)}/${
            Math.floor(r() * 1e4)
          })\n`;
        break;
      case 4:
        p = `| ${pick(NAMES)} | ${Math.floor(r() * 1e4)} | ${pick(WORDS)} ${pick(WORDS)} | ${
          (r() * 100).toFixed(1)
        }% |\n`;
        break;
      default:
        p = pick(I18N) + " " + pick(WORDS) + " " + pick(WORDS) + "\n";
    }
    parts.push(p);
    size += enc.encode(p).length;
  }
  return parts.join("");
}

/** Split text into pieces of about `size` characters at line ends (like separate fields/items). */
export function chunks(text: string, size: number): string[] {
  const out: string[] = [];
  let at = 0;
  while (at < text.length) {
    let end = Math.min(text.length, at + size);
    const nl = text.indexOf("\n", end);
    if (nl > 0 && nl - end < 200) end = nl + 1;
    out.push(text.slice(at, end));
    at = end;
  }
  return out;
}
