// Micro-benchmark of toErrorTemplate, which an adapter runs over every error message it groups
// (1,000,000 syncs in the in-memory adapter). Prints the median cost per message, in nanoseconds, of
// five rounds over each kind of input:
// - demo: the error messages and item reasons of the demo data set (what grouping really meets;
//   most share a shape-only template, so the catalogue lookup behind it is remembered);
// - unseen: messages whose shape-only template is new every time, so every call also asks the
//   troubleshooting catalogue (the worst case for realistic text);
// - hostile: 2,000-character strings built to make regular expressions work hard.
// Run with `node bench/error-templates.mjs [messagesPerRound]` (default 1,000,000). No budget: it
// reports, it does not judge.
import { build } from 'esbuild';

const PER_ROUND = Number(process.argv[2] ?? 1_000_000);
const ROUNDS = 5;

async function loadModules() {
  const result = await build({
    stdin: {
      contents: "export { toErrorTemplate } from './src/core/error-templates'; export { generateDemoDataset } from './src/adapters/in-memory/demo-dataset'; export { writeFailureFor } from './src/adapters/in-memory/demo-write-failures';",
      resolveDir: new URL('..', import.meta.url).pathname,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'error',
  });
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
}

const { toErrorTemplate, generateDemoDataset, writeFailureFor } = await loadModules();

function demoMessages() {
  const dataset = generateDemoDataset({ seed: 42, syncs: 20_000 });
  const texts = dataset.syncs.flatMap((sync) => sync.messages.filter((message) => message.severity === 'error').map((message) => message.text));
  for (const sync of dataset.syncs.slice(0, 2000)) {
    const failure = writeFailureFor(42, sync);
    texts.push(failure.validation.message, failure.itemErrorMessage);
  }
  return texts;
}

function unseenMessages(count) {
  const words = ['Ledger', 'Bank', 'Invoice', 'Bill', 'Journal', 'Payout', 'Refund', 'Deposit'];
  return Array.from({ length: count }, (_, index) => {
    const word = `${words[index % words.length]}${String.fromCharCode(97 + (index % 26))}${String.fromCharCode(97 + ((index / 26) % 26 | 0))}${String.fromCharCode(97 + ((index / 676) % 26 | 0))}`;
    return `${word} ${index} could not be posted for "Acme ${index}" on 2026-11-${String((index % 28) + 1).padStart(2, '0')}: amount ${index}.50 exceeds the limit.`;
  });
}

function hostileMessages() {
  return [
    '"'.repeat(2000),
    `"${'"a \'b “c ‘d'.repeat(250)}`,
    `${'a-'.repeat(999)}1`,
    '1.'.repeat(1000),
    '1, '.repeat(700),
    '3b9bf2ed-a618-4af2-80f2-'.repeat(90),
    `"${'y'.repeat(199)}`.repeat(10),
    'x'.repeat(2000),
  ];
}

function measure(name, messages) {
  const perRound = Math.min(PER_ROUND, name === 'hostile' ? PER_ROUND / 100 : PER_ROUND);
  const samples = [];
  let sink = 0;
  for (let round = 0; round < ROUNDS + 1; round += 1) {
    const started = performance.now();
    for (let index = 0; index < perRound; index += 1) sink += toErrorTemplate(messages[index % messages.length]).length;
    const nanoseconds = ((performance.now() - started) * 1e6) / perRound;
    if (round > 0) samples.push(nanoseconds); // the first round warms up
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)];
  const perMillion = (median * 1_000_000) / 1e9;
  console.log(
    `${name.padEnd(8)} ${String(messages.length).padStart(7)} distinct, ${perRound.toLocaleString('en-US')} calls/round: ` +
      `median ${median.toFixed(0)} ns/message (${perMillion.toFixed(2)} s per million; checksum ${sink})`,
  );
}

measure('demo', demoMessages());
measure('unseen', unseenMessages(PER_ROUND));
measure('hostile', hostileMessages());
