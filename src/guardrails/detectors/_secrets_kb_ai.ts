/**
 * Knowledge base, AI and data APIs: model providers, inference hosts, agent tooling (search,
 * scraping, sandboxes). OpenAI-style `sk-` keys (OpenAI, DeepSeek, OpenRouter, Langfuse …),
 * Anthropic, Hugging Face, Replicate, Groq, Perplexity, xAI, Pinecone and LangSmith are in
 * ./_secrets_rules.ts. Unprefixed keys (Cohere, Mistral, …) count only after their provider's name.
 */
import type { Rule } from "./_secrets_rules.ts";
import { labelled, named, realBody, tok } from "./_secrets_kb_util.ts";

const B = String.raw`(?<![A-Za-z0-9_\-])`;
const E = String.raw`(?![A-Za-z0-9_\-])`;
const re = (body: string, flags = "dg"): RegExp => new RegExp(B + body + E, flags);

/** AI / data API token formats. */
export const KB_AI: Rule[] = [
  tok(
    "Together AI API key",
    "tgp_v1_",
    re(String.raw`tgp_v1_[A-Za-z0-9_\-]{40,64}`),
    "Together AI Settings → API Keys",
    { skip: 7 },
  ),
  tok("Fireworks AI API key", "fw_", re(String.raw`fw_[A-Za-z0-9]{24}`), "Fireworks → API Keys", {
    skip: 3,
    check: (v) => /\d/.test(v) && realBody(v.slice(3)),
  }),
  tok(
    "ElevenLabs API key",
    "sk_",
    re(String.raw`sk_[a-f0-9]{48}`),
    "ElevenLabs Profile → API Keys",
    { skip: 3 },
  ),
  tok("Cerebras API key", "csk-", re(String.raw`csk-[a-z0-9]{48}`), "Cerebras Cloud → API Keys", {
    skip: 4,
  }),
  tok(
    "Hugging Face organization token",
    "api_org_",
    re(String.raw`api_org_[A-Za-z0-9]{34}`),
    "Hugging Face Organization settings → Access Tokens",
    { kind: "huggingface_token", skip: 8 },
  ),
  tok(
    "NVIDIA API key",
    "nvapi-",
    re(String.raw`nvapi-[A-Za-z0-9_\-]{64}`),
    "NVIDIA NGC / build.nvidia.com → API Keys",
    {
      skip: 6,
    },
  ),
  tok(
    "Jina AI API key",
    "jina_",
    re(String.raw`jina_[a-f0-9]{32}[A-Za-z0-9_\-]{20,40}`),
    "Jina AI → API Key Manager",
    {
      skip: 5,
    },
  ),
  tok(
    "Tavily API key",
    "tvly-",
    re(String.raw`tvly-(?:dev-|prod-)?[A-Za-z0-9]{32}`),
    "Tavily dashboard → API Keys",
    { check: (v) => realBody(v.slice(-32)) },
  ),
  tok(
    "Firecrawl API key",
    "fc-",
    re(String.raw`fc-[a-f0-9]{32}`),
    "Firecrawl dashboard → API Keys",
    {
      skip: 3,
    },
  ),
  tok(
    "Browserbase API key",
    "bb_live_",
    re(String.raw`bb_live_[A-Za-z0-9_\-]{20,40}`),
    "Browserbase Settings → API Keys",
    { skip: 8 },
  ),
  tok("E2B API key", "e2b_", re(String.raw`e2b_[a-f0-9]{40}`), "E2B dashboard → Keys", { skip: 4 }),
  tok(
    "Anyscale service / API secret",
    "esecret_",
    re(String.raw`esecret_[A-Za-z0-9]{30,60}`),
    "Anyscale → API Keys",
    { skip: 8 },
  ),
  tok(
    "Brave Search API key",
    "BSA",
    re(String.raw`BSA[A-Za-z0-9_\-]{27,28}`),
    "the Brave Search API dashboard",
    {
      skip: 3,
      check: (v) => /\d/.test(v) && /[a-z]/.test(v) && realBody(v.slice(3)),
    },
  ),
  tok(
    "Apify API token",
    "apify_api_",
    re(String.raw`apify_api_[A-Za-z0-9]{36}`),
    "Apify Console → Settings → Integrations",
    {
      skip: 10,
    },
  ),
  tok("LlamaCloud API key", "llx-", re(String.raw`llx-[A-Za-z0-9]{48}`), "LlamaCloud → API Keys", {
    skip: 4,
  }),
  tok(
    "Weights & Biases API key",
    ["wandb login", "WANDB_API_KEY", "wandb_api_key"],
    labelled("wandb[ \\t]+login|WANDB_API_KEY|wandb_api_key", "[a-f0-9]{40}"),
    "wandb.ai → User Settings → API keys",
    { showPrefix: false },
  ),
  named("Cohere API key", "cohere", "[A-Za-z0-9]{40}", "the Cohere dashboard → API Keys"),
  named("Mistral AI API key", "mistral", "[A-Za-z0-9]{32}", "Mistral La Plateforme → API Keys"),
  named("Deepgram API key", "deepgram", "[a-f0-9]{40}", "the Deepgram Console → API Keys"),
  named("AssemblyAI API key", "assemblyai", "[a-f0-9]{32}", "the AssemblyAI dashboard → API Keys"),
  named("SerpApi key", "serpapi", "[a-f0-9]{64}", "SerpApi → Manage API Key"),
  named("AI21 API key", "ai21", "[A-Za-z0-9]{32}", "AI21 Studio → Account → API Key"),
  named(
    "Voyage AI API key",
    "voyage",
    "pa-[A-Za-z0-9_\\-]{40,50}",
    "the Voyage AI dashboard → API Keys",
  ),
  named(
    "Exa API key",
    "exa_api",
    "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
    "the Exa dashboard → API Keys",
  ),
];
