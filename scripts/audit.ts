// npm audit of what ships to readers (dependencies, not the dev-only build tools): fails on any
// high or critical advisory. When the registry's audit service cannot be reached (some mirrors
// and sandboxes refuse it), it says so and passes: an unknown is reported, not hidden.
import { spawnSync } from 'node:child_process';

const r = spawnSync('npm', ['audit', '--omit=dev', '--json'], {
  encoding: 'utf8',
  shell: process.platform === 'win32',
});
/** The parts of `npm audit --json` read here: the counts, or why there are none. */
interface AuditReport {
  metadata?: {
    vulnerabilities?: Partial<Record<'critical' | 'high' | 'moderate' | 'low', number>>;
  };
  error?: { summary?: string; detail?: string };
}
let report: AuditReport | undefined;
try {
  report = JSON.parse(r.stdout) as AuditReport;
} catch {
  report = undefined;
}
const counts = report?.metadata?.vulnerabilities;
if (!counts) {
  // npm puts the registry's refusal in error.summary (e.g. "... 405 Method Not Allowed"), or in stderr
  const text = [report?.error?.summary, report?.error?.detail, r.stderr].filter(Boolean).join('\n');
  const status = /\b([45]\d\d)\b/.exec(text)?.[1];
  const why = status
    ? `the registry answered HTTP ${status}`
    : (text
        .split('\n')
        .find((l) => l.trim())
        ?.trim() ?? 'no answer from the registry');
  console.warn(`npm audit: the audit service gave no report (${why}); advisories NOT checked.`);
  process.exit(0);
}
const serious = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(
  `npm audit (shipped dependencies): ${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low`,
);
process.exit(serious > 0 ? 1 : 0);
