// Bundles the studio's page (node build.mjs) or its unit tests (node build.mjs --tests) with esbuild.
// The page goes to ../target/classes/org/wpo/studio/web/ (app.js, app.css, index.html), where the
// Maven build packs it into the jar; tests go to ../target/client-tests/ for `node --test`.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const tests = process.argv.includes('--tests');

if (tests) {
    const out = join(here, '..', 'target', 'client-tests');
    rmSync(out, { recursive: true, force: true });
    const entryPoints = readdirSync(join(here, 'test')).filter(f => f.endsWith('.test.ts')).map(f => join(here, 'test', f));
    await build({
        entryPoints, outdir: out, bundle: true, format: 'esm', platform: 'node', target: 'node20',
        outExtension: { '.js': '.mjs' }, logLevel: 'warning'
    });
} else {
    const out = join(here, '..', 'target', 'classes', 'org', 'wpo', 'studio', 'web');
    mkdirSync(out, { recursive: true });
    const started = Date.now();
    await build({
        entryPoints: { app: join(here, 'src', 'main.ts') }, outdir: out, bundle: true, minify: true, format: 'iife',
        target: 'es2020', platform: 'browser', legalComments: 'none', logLevel: 'warning',
        loader: { '.ttf': 'empty', '.woff': 'empty', '.woff2': 'empty' }
    });
    copyFileSync(join(here, 'src', 'index.html'), join(out, 'index.html'));
    const size = name => (statSync(join(out, name)).size / 1024).toFixed(0) + ' kB';
    console.log(`studio client: app.js ${size('app.js')}, app.css ${size('app.css')} in ${Date.now() - started} ms`);
}
