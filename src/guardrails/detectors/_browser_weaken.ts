/**
 * Browser defences weakened through a browser agent or its launch options (MITRE ATT&CK T1176
 * browser extensions, T1562.001 impair defenses, T1204.002 malicious file; Chrome Enterprise policy
 * list, Chrome command-line switches, Firefox `about:config` preferences): extensions side-loaded
 * from a file or a non-store URL, Safe Browsing and download protection off, security flags and
 * policies changed, the DevTools port opened to the network, downloaded executables kept and opened.
 */
import { type BrowserRule, r } from "./_browser_core.ts";

/** Stores extensions are legitimately installed from (by id). */
const STORE =
  r`(?:clients2\.google\.com|clients2\.googleusercontent\.com|chromewebstore\.google\.com|chrome\.google\.com|edge\.microsoft\.com|microsoftedge\.microsoft\.com|addons\.mozilla\.org)`;

/** Executable download types. */
const EXE =
  r`(?:exe|msi|msix|scr|hta|bat|cmd|ps1|vbs|vbe|jse?|wsf|jar|dmg|pkg|app|appimage|deb|rpm|lnk|iso|img|run|bin|sh)`;

export const BROWSER_WEAKEN_RULES: readonly BrowserRule[] = [
  {
    id: "weaken.extension_sideload",
    lit: [
      "load-extension",
      "loadunpacked",
      "load unpacked",
      ".crx",
      ".xpi",
      "extensioninstallforcelist",
      "extensioninstallsources",
      "extensioninstallallowlist",
      "extensionsettings",
      "xpinstall.signatures",
    ],
    re: new RegExp(
      r`--(?:load-extension|disable-extensions-except)\s{0,2}[=\s]\s{0,2}["']?(?:\/tmp\/|\/var\/tmp|\/dev\/shm|~?\/?[\w\/.-]{0,60}Downloads|%TEMP%|[A-Z]:\\Users\\[^\\\s]{1,40}\\(?:AppData\\Local\\Temp|Downloads)|https?:)|\b(?:Extensions|developerPrivate)\.loadUnpacked\b|\bLoad unpacked\b|(?:https?|file):\/\/(?!${STORE}\/)[^\s"'<>]{1,300}\.(?:crx|xpi)\b|ExtensionInstall(?:Forcelist|Sources)[\s\S]{0,300}?https?:\/\/(?!${STORE})[\w*.-]{1,100}|ExtensionInstallAllowlist[\s\S]{0,60}?["']\*["']|ExtensionSettings[\s\S]{0,400}?update_url["']?\s{0,3}:\s{0,3}["']https?:\/\/(?!${STORE})|xpinstall\.signatures\.required["']?\s{0,3}[,:=]\s{0,3}false`,
      "i",
    ),
    why:
      "installs a browser extension from a local folder, a downloaded file or a non-store URL (or lets any be installed): an extension reads every page, cookie and form",
  },
  {
    id: "weaken.safe_browsing_off",
    lit: [
      "safebrowsing",
      "safe_browsing",
      "downloadrestrictions",
      "no protection",
      "disable-client-side-phishing-detection",
      "remote-debugging-address",
      "remote-allow-origins",
      "commandlineflagsecuritywarningsenabled",
      "autoopenfiletypes",
    ],
    re: new RegExp(
      r`SafeBrowsing(?:ProtectionLevel|Enabled)["']?\s{0,3}[:=]\s{0,3}["']?(?:0|false)\b|(?:SafeBrowsingProtectionLevel|SafeBrowsingEnabled|DownloadRestrictions)["']?[^\n]{0,40}?(?:\/d|-Value|-int(?:eger)?|-bool(?:ean)?)\s{1,3}["']?(?:0|false)\b|safebrowsing[\w.]{0,40}enabled["']?\s{0,3}[,:=]\s{0,3}false|--(?:safebrowsing-disable-download-protection|safebrowsing-disable-extension-blacklist|disable-client-side-phishing-detection|disable-features=[\w,]{0,200}SafeBrowsing)|DownloadRestrictions["']?\s{0,3}[:=]\s{0,3}0\b|(?:click|select|choose|check|enable)[^\n]{0,80}\bNo protection\b|\bNo protection\b[^\n]{0,60}(?:radio|option|button|toggle|switch|not recommended|safe browsing)|Safe Browsing[^\n]{0,60}\bNo protection\b|--remote-debugging-address\s{0,2}=\s{0,2}0\.0\.0\.0|--remote-allow-origins\s{0,2}=\s{0,2}["']?\*|CommandLineFlagSecurityWarningsEnabled["']?\s{0,3}[:=]\s{0,3}(?:false|0)\b|AutoOpenFileTypes[\s\S]{0,80}?\b${EXE}\b`,
      "i",
    ),
    why:
      "turns off Safe Browsing or download protection, opens the DevTools port to the network, or auto-opens executables: the browser stops guarding the user",
  },
  {
    id: "weaken.intercepting_proxy",
    lit: ["proxy-server", "proxyserver"],
    re:
      /(?:--proxy-server|ProxyServer)["']?\s{0,3}[=:\s]\s{0,3}["']?(?:(?:https?|socks5?):\/\/)?(?!localhost|127\.|10\.|192\.168\.)[\w.-]{3,200}/i,
    also:
      /--ignore-certificate-errors\b|ignoreHTTPSErrors["']?\s{0,3}:\s{0,3}true|acceptInsecureCerts["']?\s{0,3}:\s{0,3}true/i,
    why:
      "routes the browser through an outside proxy with certificate errors ignored: every session and password passes through the proxy (adversary in the middle)",
  },
  {
    id: "weaken.interstitial_bypass",
    lit: ["unsafe site", "(unsafe)", "proceed-link", "thisisunsafe", "ignore this warning"],
    re:
      /\b(?:visit this unsafe site\b|Proceed to [\w.-]{1,120} \(unsafe\)|proceed-link\b|thisisunsafe\b|ignore this warning\b)/i,
    why:
      "clicks through the browser's Safe Browsing or certificate warning page (a known phishing, malware or intercepted site)",
  },
  {
    id: "weaken.clickfix_paste",
    lit: ["clipboard.writetext", "super+r", "win+r", "windows+r", "meta+r", "run dialog"],
    re: new RegExp(
      r`navigator\.clipboard\.writeText\(\s{0,3}["'\x60][^"'\x60]{0,60}(?:powershell|pwsh|mshta|cmd(?:\.exe)?\s{1,3}\/c|curl\s[^"'\x60]{0,100}\|\s{0,3}(?:ba|z)?sh|iex\b|Invoke-Expression|bitsadmin|certutil|rundll32|regsvr32)|\b(?:super|win|windows|meta)\s{0,2}\+\s{0,2}r\b[\s\S]{0,300}?(?:ctrl\s{0,2}\+\s{0,2}v|\bpaste\b|powershell|mshta|cmd)|\bRun dialog\b[\s\S]{0,200}?(?:ctrl\s{0,2}\+\s{0,2}v|\bpaste\b)`,
      "i",
    ),
    why:
      "pastes a page-supplied command into the Run dialog or puts a shell command on the clipboard (ClickFix / fake CAPTCHA): the page runs code on the machine",
  },
  {
    id: "weaken.security_flag",
    lit: ["://flags", "about:config"],
    re:
      /(?:(?:chrome|edge|brave|opera|vivaldi):\/\/flags\/?#?|about:config)[\s\S]{0,300}?(?:unsafely-treat-insecure-origin-as-secure|allow-insecure-localhost|extensions-on-chrome-urls|disable-web-security|safe-?browsing|block-insecure-private-network|private-network-access|site-isolation|strict-origin-isolation|https-(?:upgrades|first|only)|security\.(?:ssl|tls|mixed_content|fileuri|csp)|network\.security|xpinstall\.signatures|extensions\.(?:blocklist|webextensions\.restrictedDomains))/i,
    why:
      "changes a browser security flag (insecure origins treated as secure, extensions on internal pages, site isolation or HTTPS upgrades off)",
  },
  {
    id: "weaken.open_download",
    lit: [
      "keep anyway",
      "keep dangerous",
      "file://",
      "run anyway",
      "open file",
      "setdownloadbehavior",
    ],
    re: new RegExp(
      r`\bKeep (?:anyway|dangerous file)\b|\bRun anyway\b|file:\/\/\/?[^\s"'<>]{0,200}(?:Downloads|Temp|tmp)[\/\\][^\s"'<>\/\\]{1,120}\.${EXE}\b|\bOpen file\b[\s\S]{0,120}?\.${EXE}\b|setDownloadBehavior[\s\S]{0,300}?(?:Startup|autostart|LaunchAgents|\.bashrc|\.profile|System32)`,
      "i",
    ),
    why:
      "keeps or opens a downloaded executable past the browser's warning, or saves downloads into a start-up folder",
  },
];
