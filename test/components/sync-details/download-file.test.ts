import { describe, expect, it } from 'vitest';
import { configFileName, safeFileNamePart } from '../../../src/components/sync-details/download-file';
import { HOSTILE_STRINGS } from '../../support/hostile-strings';

describe('download file names', () => {
  it('names a configuration <companyId>-<syncId>-config.json', () => {
    expect(configFileName('company-1', 'sync-1')).toBe('company-1-sync-1-config.json');
  });

  it('cannot be turned into a path, a hidden file or a spoofed extension', () => {
    expect(configFileName('../../etc/passwd', 'a/b\\c')).toBe('etc_passwd-a_b_c-config.json');
    expect(safeFileNamePart('\u202Egnp.exe')).toBe('gnp.exe');
    expect(safeFileNamePart('...')).toBe('unknown');
    expect(safeFileNamePart('x'.repeat(500))).toHaveLength(80);
  });

  it('keeps out option-like names and Windows device names', () => {
    expect(safeFileNamePart('-rf')).toBe('rf');
    expect(safeFileNamePart('CON')).toBe('CON_');
    expect(safeFileNamePart('lpt1')).toBe('lpt1_');
    expect(safeFileNamePart('console')).toBe('console');
  });

  it.each(HOSTILE_STRINGS)('names the file safely for $name', ({ value }) => {
    const name = configFileName(value, value);
    expect(name).toMatch(/^[A-Za-z0-9][A-Za-z0-9._-]*-config\.json$/);
    expect(name.length).toBeLessThanOrEqual(80 + 1 + 80 + '-config.json'.length);
  });
});
