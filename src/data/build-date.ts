/**
 * The build's date, the same for every build of one commit (reproducible output): the commit's
 * date from git, else SOURCE_DATE_EPOCH, else today. Names the download and appears in citations.
 */
import { execFileSync } from 'node:child_process';

export function buildDate(): string {
  if (process.env.SOURCE_DATE_EPOCH)
    return new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000).toISOString().slice(0, 10);
  try {
    const day = execFileSync('git', ['log', '-1', '--format=%cs'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    if (/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  } catch {
    /* not a git checkout */
  }
  return new Date().toISOString().slice(0, 10);
}

export const bundleName = (date: string) => `idlib-explainer-${date}`;
