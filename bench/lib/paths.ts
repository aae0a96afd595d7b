import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/**
 * The repository root. The bench runs as a bundle under node_modules/.cache/bench/node, so the root is found
 * from the working directory `pnpm bench` sets (the root), checked by its package name.
 */
export const repoRoot = process.env.BENCH_REPO_ROOT ?? process.cwd();

/** Where builds and the last run's report go (ignored by git with node_modules). */
export const benchCacheDir = join(repoRoot, 'node_modules', '.cache', 'bench');

/** The folder of the bench bundle itself (for spawning its other entries). */
export const bundleDir = fileURLToPath(new URL('.', import.meta.url));
