#!/usr/bin/env node
/**
 * Runs npm scripts side by side and prints each one's output whole when it ends, so npm test can
 * overlap the single-threaded checks (lint, the type check, the audit) on a 2-core machine.
 * Exits with the first failing script's code; every script runs to the end either way.
 *
 *   node scripts/parallel.ts lint check:types audit
 */
import { spawn } from 'node:child_process';

const names = process.argv.slice(2);
const started = Date.now();
const codes = await Promise.all(
  names.map(
    (name) =>
      new Promise<number>((resolve) => {
        const out: Buffer[] = [];
        const child = spawn('npm', ['run', '--silent', name], {
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        child.stdout.on('data', (d: Buffer) => out.push(d));
        child.stderr.on('data', (d: Buffer) => out.push(d));
        child.on('close', (code) => {
          const seconds = ((Date.now() - started) / 1000).toFixed(0);
          process.stdout.write(
            `\n--- npm run ${name}: ${code === 0 ? 'passed' : `failed (${code})`} after ${seconds} s\n`,
          );
          process.stdout.write(Buffer.concat(out));
          resolve(code ?? 1);
        });
      }),
  ),
);
process.exitCode = codes.find((c) => c !== 0) ?? 0;
