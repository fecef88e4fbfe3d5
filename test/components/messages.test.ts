import { describe, expect, it } from 'vitest';
import { defaultMessages, mergeMessages } from '../../src/components/messages';

describe('messages', () => {
  it('merges overrides at any depth and keeps every other default', () => {
    const merged = mergeMessages({ common: { retry: 'Réessayer' }, details: { config: { download: 'Télécharger' } } });
    expect(merged.common.retry).toBe('Réessayer');
    expect(merged.common.loading).toBe(defaultMessages.common.loading);
    expect(merged.details.config.download).toBe('Télécharger');
    expect(merged.details.config.empty).toBe(defaultMessages.details.config.empty);
    expect(merged.details.tabs).toEqual(defaultMessages.details.tabs);
  });

  it('replaces functions whole and never changes the defaults', () => {
    const merged = mergeMessages({ unknownStatus: (code) => `Statut inconnu (${code})` });
    expect(merged.unknownStatus(4200)).toBe('Statut inconnu (4200)');
    expect(defaultMessages.unknownStatus(4200)).toBe('Unknown status (4200)');
    expect(mergeMessages(undefined)).toBe(defaultMessages);
  });
});
