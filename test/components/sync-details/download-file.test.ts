import { describe, expect, it } from 'vitest';
import { configFileName, safeFileNamePart } from '../../../src/components/sync-details/download-file';

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
});
