#!/usr/bin/env node
// The production build (`vite build`) with a made-up service-role key in its environment, so the R20
// check (tests/unit/config.test.ts) can look for their values in the browser bundle: a secret
// that leaks into client code through a static import or a `define` shows up there. The value
// is new for every build and written to build/.r20-sentinel for the check to read.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';

const sentinel = `r20-sentinel-${randomBytes(12).toString('hex')}`;
const env = { ...process.env, SUPABASE_SERVICE_ROLE_KEY: sentinel };
const build = spawnSync('npx', ['vite', 'build'], { env, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
writeFileSync('build/.r20-sentinel', sentinel + '\n');
