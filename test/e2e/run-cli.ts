import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const REPO = join(import.meta.dirname, '..', '..');
const MAIN = join(REPO, 'src', 'app', 'cli', 'main.ts');
/** tsx's loader by absolute URL: `--import tsx` would resolve from the child's working directory. */
const TSX = pathToFileURL(join(REPO, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export const tempDir = (prefix = 'th-e2e-'): string => mkdtempSync(join(tmpdir(), prefix));

/** Starts the CLI from the TypeScript sources, as a user would run it, in its own process. */
export const startCli = (args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): ChildProcess =>
  spawn(process.execPath, ['--max-semi-space-size=64', '--import', TSX, MAIN, ...args], {
    cwd: options.cwd,
    env: { ...process.env, TICKET_HEALTH_DB: '', TICKET_HEALTH_CONFIG: '', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

/** Runs the CLI to completion and collects its output and exit code. */
export const runCli = (args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<CliRun> =>
  new Promise((resolve, reject) => {
    const child = startCli(args, options);
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
