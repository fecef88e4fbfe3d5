import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CustomerSyncFlowHistory, type CustomerSyncFlowHistoryMessagesOverride } from '../../../src/components/customer-sync-flow-history';
import { createFormatters } from '../../../src/core/format';
import { NOW, dailySyncs, fakeCustomerAdapter, makeCustomerSync, renderWithQueryClient, syncItems } from './support';

const french: CustomerSyncFlowHistoryMessagesOverride = {
  title: 'Historique des synchronisations',
  statuses: { synced: 'Synchronisé', needsAttention: 'Action requise de votre part' },
  lastSynced: (when, range) => `Dernière synchronisation ${when}${range ? ` · période du ${range}` : ''}`,
  latestSync: (when, status) => `Dernière tentative ${when} : ${status}`,
  startedAt: (dateTime) => `Démarrée le ${dateTime}`,
  whatToFix: 'À corriger :',
  hints: { reconnect: 'Votre logiciel comptable est déconnecté. Reconnectez-le pour reprendre la synchronisation.' },
  actions: { reconnect: 'Reconnecter' },
  showMore: 'Afficher plus',
  shownCount: ({ shownText, totalText }) => `${shownText} sur ${totalText} synchronisations`,
};

describe('CustomerSyncFlowHistory in French', () => {
  it('reads entirely in the given locale, time zone and messages', async () => {
    const syncs = [makeCustomerSync({ id: 'failed', statusCode: 4040, startedAt: '2026-11-22T11:00:00.000Z', endedAt: '2026-11-22T11:01:00.000Z' }), ...dailySyncs(11)];
    renderWithQueryClient(
      <CustomerSyncFlowHistory adapter={fakeCustomerAdapter(syncs)} locale="fr-FR" timeZone="Europe/Paris" messages={french} onAction={() => {}} now={NOW} />,
    );
    const format = createFormatters({ locale: 'fr-FR', timeZone: 'Europe/Paris' });
    const normalize = (text: string) => text.replace(/\s+/g, ' ');

    const region = await screen.findByRole('region', { name: 'Historique des synchronisations' });
    expect(await within(region).findByText('Dernière tentative il y a 59 minutes : Action requise de votre part')).toBeInTheDocument();
    expect(within(region).getByText(normalize(`Dernière synchronisation il y a 2 heures · période du ${format.dateRange(syncs[1]!.dataRange)}`))).toBeInTheDocument();

    const [failed, synced] = syncItems();
    expect(failed).toHaveTextContent('Action requise de votre part');
    expect(failed).toHaveTextContent('Reconnectez-le pour reprendre la synchronisation.');
    expect(within(failed!).getByRole('button', { name: 'Reconnecter' })).toBeInTheDocument();
    expect(synced).toHaveTextContent('Synchronisé');
    expect(synced).toHaveTextContent(normalize(`Démarrée le ${format.dateTime('2026-11-22T09:55:00.000Z')}`));
    expect(synced).toHaveTextContent('10:55');
    expect(within(region).getByRole('button', { name: 'Afficher plus' })).toBeInTheDocument();
    expect(within(region).getByText('10 sur 12 synchronisations')).toBeInTheDocument();
  });

  it('keeps the English words a partial translation leaves out, and shows the adapter’s messages as the backend wrote them', async () => {
    const sync = makeCustomerSync({
      statusCode: 5000,
      messages: [
        { severity: 'error', text: 'Le client 8a1f n’existe pas dans Xero.' },
        { severity: 'error', text: 'No Sales Account Present.' },
      ],
    });
    renderWithQueryClient(
      <CustomerSyncFlowHistory adapter={fakeCustomerAdapter([sync, makeCustomerSync({ id: 'server', statusCode: 5000 })])} locale="fr-FR" messages={french} />,
    );
    await screen.findAllByRole('listitem');
    const [withMessages, without] = syncItems();
    expect(withMessages).toHaveTextContent('Action requise de votre part');
    expect(within(withMessages!).getByText('À corriger :')).toBeInTheDocument();
    const fixes = within(withMessages!).getAllByRole('listitem').map((fix) => fix.textContent);
    expect(fixes).toEqual(['Le client 8a1f n’existe pas dans Xero.', 'No Sales Account Present.']);
    // Not translated by the host: the English default, group by group.
    expect(without).toHaveTextContent('Failed — we’re on it');
    expect(without).toHaveTextContent('Something went wrong on our side.');
  });
});
