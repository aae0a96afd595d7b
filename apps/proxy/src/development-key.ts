import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateEncryptionKey, parseEncryptionKey } from '@workflow-blocks/block-proxy';

/** The file the development key lives in, inside the data directory (never inside the database). */
export const DEVELOPMENT_KEY_FILE = 'connection-encryption.key';

/**
 * The connection encryption key for development when CONNECTION_ENCRYPTION_KEY is unset: read from the data
 * directory, or generated there once (readable by its owner only), so stored tokens still decrypt after a restart.
 * @returns the key, and whether it was made now.
 */
export async function developmentKey(dataDir: string): Promise<{ key: string; generated: boolean; path: string }> {
  const path = join(dataDir, DEVELOPMENT_KEY_FILE);
  try {
    const key = (await readFile(path, 'utf8')).trim();
    parseEncryptionKey(key, path);
    return { key, generated: false, path };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(dataDir, { recursive: true });
  const key = generateEncryptionKey();
  // 'wx': two processes starting at once must not each write a different key.
  try {
    await writeFile(path, `${key}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return developmentKey(dataDir);
    throw error;
  }
  await chmod(path, 0o600);
  return { key, generated: true, path };
}
