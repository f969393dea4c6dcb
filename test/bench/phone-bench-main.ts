/**
 * The phone benchmarks of `npm run bench` (issues 4 and 5), run by phone-bench.ts inside a
 * loopback-only network namespace: answer -> two-way audio (desk vs plain sip.js page), screen-pop
 * painted vs 180 Ringing, reconnect after a Kamailio restart; the desk's database is the bench's
 * register (100,000 citizens, 10,000 with --quick). Prints figures next to targets; asserts nothing.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { cachedPgliteRegister, sizes } from './datasets.js';
import { benchAnswerToAudio, type AnswerRound } from './phone-answer-bench.js';
import { benchReconnect, type ReconnectRound } from './phone-reconnect-bench.js';
import { startPhoneRig, sipJsVersion, type PhoneRig } from './phone-rig.js';
import { benchScreenPop, type ScreenPopCall } from './phone-screenpop-bench.js';
import { machineLines } from './setup-info.js';
import { fixed, summarize, table, thousands } from './stats.js';

const quick = process.argv.includes('--quick');
const root = path.resolve(import.meta.dirname, '../..');
const log = (line: string) => console.log(line);
/** `--answer-rounds=N` for a longer look at the answer comparison alone; its medians need rounds. */
const answerRounds = Number(/^--answer-rounds=([0-9]+)$/.exec(process.argv.find((arg) => arg.startsWith('--answer-rounds=')) ?? '')?.[1] ?? (quick ? 3 : 20));
const plan = quick
  ? { answerRounds, screenPops: 10, downtimes: [1, 3, 6] }
  : { answerRounds, screenPops: 40, downtimes: [1, 2, 3, 5, 8, 1, 2, 3, 5, 8] };

function kamailioVersion(): string {
  try {
    return execFileSync('/usr/sbin/kamailio', ['-v'], { encoding: 'utf8' }).split('\n')[0]?.replace(/^version:\s*/, '').trim() ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

const verdict = (met: boolean) => (met ? 'met' : 'MISSED');

function printAnswer(rounds: AnswerRound[]): void {
  log('');
  log(`== (d) Answer -> two-way audio, ${plan.answerRounds} alternating rounds each (click on Answer until both ends hear audio), ms`);
  const rows = (['desk', 'plain'] as const).flatMap((who) => {
    const mine = rounds.filter((round) => round.who === who);
    const label = who === 'desk' ? 'desk (core + media bridge + page)' : 'plain sip.js page';
    const measures = [['twoWay', 'both ways'], ['callerAnswered', 'caller has the 200 OK'], ['calleeHears', 'callee hears'], ['callerHears', 'caller hears']] as const;
    return measures.map(([key, measure]) => {
      const summary = summarize(mine.map((round) => round[key]));
      return [key === 'twoWay' ? label : '', measure, fixed(summary.p50, 0), fixed(summary.p95, 0), fixed(summary.max, 0)];
    });
  });
  for (const line of table(['callee', 'measure', 'median', 'p95', 'max'], rows)) log(line);
  const desk = summarize(rounds.filter((round) => round.who === 'desk').map((round) => round.twoWay));
  const plain = summarize(rounds.filter((round) => round.who === 'plain').map((round) => round.twoWay));
  const ratio = desk.p50 / plain.p50;
  log(`Ratio desk / plain (medians, both ways): ${fixed(ratio)} (p95: ${fixed(desk.p95 / plain.p95)}); target <= 1.1: ${verdict(ratio <= 1.1)}`);
}

function printScreenPop(calls: ScreenPopCall[]): void {
  log('');
  log(`== (e) Screen-pop vs 180 Ringing, ${calls.length} calls of a known citizen; ms relative to the 180 leaving the desk (negative = before it)`);
  const rows = ([
    ['screen-pop message sent to the page', 'messageSent'],
    ['caller card in the DOM', 'inDom'],
    ['caller card painted (its animation frame)', 'painted'],
    ['180 received by the caller', 'ringingReceived'],
  ] as const).map(([label, key]) => {
    const summary = summarize(calls.map((call) => call[key]).filter(Number.isFinite));
    return [label, fixed(Math.min(...calls.map((call) => call[key])), 1), fixed(summary.p50, 1), fixed(summary.p95, 1), fixed(summary.max, 1)];
  });
  for (const line of table(['event', 'min', 'median', 'p95', 'max'], rows)) log(line);
  const first = calls.filter((call) => call.painted < 0).length;
  const beforeReceipt = calls.filter((call) => call.painted < call.ringingReceived).length;
  log(`Painted before the 180 left: ${first}/${calls.length}; before the caller received it: ${beforeReceipt}/${calls.length}. Target: painted first: ${verdict(first === calls.length)}`);
}

function printReconnect(rounds: ReconnectRound[]): void {
  log('');
  log(`== (f) Reconnect after a Kamailio restart (stopped, away for a while, started on the same port), ${rounds.length} rounds`);
  log('From its WebSocket answering the first probe (one every 10 ms, so a few ms below zero are possible) to "registered" on the agent\'s screen.');
  for (const line of table(['down for', 'registered after its return (ms)', 'registered while down'], rounds.map((round) => [`${round.downSeconds} s`, fixed(round.reconnectMs, 0), round.registeredWhileDown ? 'YES' : 'no']))) log(line);
  const summary = summarize(rounds.map((round) => round.reconnectMs));
  log(`median ${fixed(summary.p50, 0)} ms, p95 ${fixed(summary.p95, 0)} ms, max ${fixed(summary.max, 0)} ms; target <= 5000 ms every time: ${verdict(summary.max <= 5000 && !rounds.some((round) => round.registeredWhileDown))}`);
}

async function main(): Promise<void> {
  const started = performance.now();
  log('');
  log(`Phone benchmarks (${quick ? 'quick' : 'full'} run, loopback-only network namespace)`);
  const setup = machineLines();
  let rig: PhoneRig | undefined;
  let registerLine = '';
  try {
    const register = await cachedPgliteRegister(sizes[quick ? 'quick' : 'full'], log);
    registerLine = `${thousands(sizes[quick ? 'quick' : 'full'].citizens)} citizens (the bench's PGlite register${register.built ? ', built for this run' : ', from .bench-cache/'})`;
    rig = await startPhoneRig(root, register);
    log(`[${((performance.now() - started) / 1000).toFixed(0)} s] answer -> audio …`);
    const answers = await benchAnswerToAudio(rig, plan.answerRounds, log);
    log(`[${((performance.now() - started) / 1000).toFixed(0)} s] screen-pop vs 180 …`);
    const pops = await benchScreenPop(rig, plan.screenPops);
    // The restarts below make the desk warn, as they should; what came before would be news.
    const problems = rig.problems();
    log(`[${((performance.now() - started) / 1000).toFixed(0)} s] reconnect …`);
    const reconnects = await benchReconnect(rig, plan.downtimes, log);
    log('');
    log('== Phone setup');
    for (const line of setup) log(line);
    log(`Kamailio:    ${kamailioVersion()} (test PBX, 127.0.0.1, SIP over WebSocket)`);
    log(`Chromium:    ${rig.browser.version()} headless, fake devices; the microphone (agent and plain callee): a steady tone`);
    log(`sip.js:      ${sipJsVersion(root)}; desk = dist/dev-host/cli.js in its own process, embedded PGlite holding ${registerLine}, after-call work 1 s`);
    log('Callers:     caller simulator page (sip.js Web UA, recorded prompt) for (d); a sip.js UA in this process for (e)');
    log('Plain callee for (d): a sip.js Web UA page with its default media (getUserMedia), answering as 1002');
    printAnswer(answers);
    printScreenPop(pops);
    printReconnect(reconnects);
    if (problems.length > 0) log(`\nThe desk logged ${problems.length} warnings/errors during (d) and (e), first: ${problems[0]}`);
    log(`\nPhone benchmarks took ${((performance.now() - started) / 1000).toFixed(0)} s.`);
  } finally {
    await rig?.stop();
  }
}

try {
  await main();
} catch (error) {
  console.error(`\nPHONE BENCHMARK FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
}
