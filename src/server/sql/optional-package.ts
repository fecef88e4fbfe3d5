/**
 * Loading an optional peer dependency (`pg`, `@electric-sql/pglite`) only when a store needs it, so
 * that `react-sync-health/server` loads with either one, or neither, installed.
 */
import { SyncHealthError } from '../../core/errors';

/** Whether an import failed because the package itself is not installed. */
function isMissingPackage(error: unknown, packageName: string): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && typeof message === 'string' && message.includes(packageName);
}

/**
 * Runs `load` (a dynamic `import()` of the package); when the package is not installed, fails with
 * an `unsupported` error saying which package to install, and for what.
 */
export async function loadOptionalPackage<T>(packageName: string, neededFor: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (!isMissingPackage(error, packageName)) throw error;
    throw new SyncHealthError('unsupported', `${neededFor} needs the package "${packageName}": install it with \`npm install ${packageName}\`.`, { cause: error });
  }
}
