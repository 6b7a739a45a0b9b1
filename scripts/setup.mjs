#!/usr/bin/env node
// Makes a fresh machine ready: installs npm packages when they are missing or out of date and,
// with --browser, finds Chromium and poppler's PDF tools for the browser tests (installing them
// with apt when running as root on Debian). Plain Node with no dependencies, because it runs before any are installed.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync, accessSync, constants } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const wantBrowser = process.argv.includes('--browser');
/** @param {string} line */
const say = (line) => process.stderr.write(`setup: ${line}\n`);

const major = Number(process.versions.node.split('.')[0]);
if (major < 20) {
  say(
    `Node.js ${process.versions.node} is too old; Journey Map needs Node.js 20 or newer (https://nodejs.org).`,
  );
  process.exit(1);
}

/**
 * @param {string} command
 * @param {string[]} args
 */
function run(command, args) {
  say(`running: ${command} ${args.join(' ')}`);
  execFileSync(command, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
}

function packagesStale() {
  const installed = join(root, 'node_modules', '.package-lock.json');
  if (!existsSync(installed)) return true;
  for (const manifest of ['package.json', 'package-lock.json']) {
    const file = join(root, manifest);
    if (existsSync(file) && statSync(file).mtimeMs > statSync(installed).mtimeMs + 1000)
      return true;
  }
  return false;
}

if (packagesStale()) {
  const hasLock = existsSync(join(root, 'package-lock.json'));
  try {
    run('npm', [hasLock ? 'ci' : 'install', '--no-audit', '--no-fund']);
  } catch {
    // `npm ci` refuses a lock that names optional platform packages never published (the
    // Paraglide compiler's @lix-js/sdk does); `npm install` keeps the lock's versions and skips them.
    say('npm ci failed; installing with npm install instead, from the same lock file');
    run('npm', ['install', '--no-audit', '--no-fund']);
  }
}

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium'];

/** @param {string} path */
function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function findChromium() {
  if (process.env.CHROMIUM_PATH)
    return executable(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : undefined;
  return CANDIDATES.find(executable);
}

/** The handout's PDF test reads the printed pages with poppler's tools. */
const POPPLER = ['/usr/bin/pdftotext', '/usr/bin/pdftoppm'];
const hasPoppler = () => POPPLER.every(executable);

if (wantBrowser && (!findChromium() || !hasPoppler())) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const isDebian = existsSync('/etc/debian_version');
  const packages = [
    ...(findChromium() ? [] : ['chromium']),
    ...(hasPoppler() ? [] : ['poppler-utils']),
  ];
  if (isRoot && isDebian) {
    say(`Installing the Debian packages the browser tests need: ${packages.join(', ')}.`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
  }
  if (!findChromium()) {
    say('The browser tests need Chromium, and none was found.');
    say('  On Debian or Ubuntu:  sudo apt-get install chromium');
    say('  Elsewhere: install Chromium or Chrome and set CHROMIUM_PATH to its executable,');
    say('  e.g.  CHROMIUM_PATH=/usr/bin/google-chrome npm test');
    process.exit(1);
  }
  if (!hasPoppler()) {
    say('The handout test needs pdftotext and pdftoppm, and they were not found.');
    say('  On Debian or Ubuntu:  sudo apt-get install poppler-utils');
    process.exit(1);
  }
}
