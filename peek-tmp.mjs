import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signIn } from '/work/main/scripts/bench/matrix.js';
const PORT = 4888, base = `http://localhost:${PORT}`;
const child = spawn(process.execPath, ['build/index.js'], { env: { ...process.env, PORT: String(PORT), ORIGIN: base, DATA_DIR: mkdtempSync(join(tmpdir(), 'ita-peek-')), DEMO: '1' }, stdio: ['ignore', 'ignore', 'inherit'] });
for (;;) { try { if ((await fetch(base + '/api/v1/health')).ok) break; } catch {} await new Promise(r => setTimeout(r, 100)); }
const cookie = await signIn(base, 'coordinator@demo.example', 'demo-2565-pass');
const html = await (await fetch(base + '/cycle/2565/dashboard', { headers: { cookie } })).text();
console.log(html.match(/<link[^>]*modulepreload[^>]*>/g));
console.log(html.match(/import\([^)]*\)/g));
child.kill();
