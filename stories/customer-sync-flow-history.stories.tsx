import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import { QueryClientContext } from '@tanstack/react-query';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import type { CustomerSyncHistoryAdapter } from '../src/adapters/contract';
import { createInMemoryAdapter } from '../src/adapters/in-memory';
import { toCustomerSync } from '../src/adapters/in-memory/copy-records';
import {
  CustomerSyncFlowHistory,
  type CustomerSyncFlowHistoryMessagesOverride,
  describeCustomerSync,
} from '../src/components/customer-sync-flow-history';
import { SyncHealthError } from '../src/core/errors';
import type { Sync, SyncMessage } from '../src/core/model';
import { SyncHealthContext } from '../src/data/context';
import { demoAdapter, demoDataset } from './support/demo-adapter';

const dataset = demoDataset();
const NOW = Date.parse(dataset.now);
const LATENCY = { min: 250, max: 600 };

const syncsByCompany = new Map<string, Sync[]>();
for (const sync of dataset.syncs) syncsByCompany.set(sync.companyId, [...(syncsByCompany.get(sync.companyId) ?? []), sync]);
const companies = [...syncsByCompany.entries()].map(([companyId, syncs]) => ({ companyId, syncs }));

/** The demo company that best fits a story (chosen by rule, so the stories follow the demo data). */
function pickCompany(score: (syncs: Sync[]) => number): string {
  const best = companies.reduce((a, b) => (score(b.syncs) > score(a.syncs) ? b : a));
  return best.companyId;
}
/** Each sync's status as the customer sees it (through the adapter's customer mapping, as the story's adapter serves it). */
const statusesOf = (syncs: Sync[]) => syncs.map((sync) => describeCustomerSync(toCustomerSync(sync)).status);
/** Syncs newer than the newest success: the failures a customer still has to deal with. */
const unresolved = (syncs: Sync[]) => syncs.slice(0, Math.max(0, statusesOf(syncs).findIndex((status) => status.startsWith('synced'))));

const healthyCompany = pickCompany((syncs) =>
  statusesOf(syncs).every((status) => status.startsWith('synced')) ? Math.min(syncs.length, 12) : -1,
);
const longHistoryCompany = pickCompany((syncs) => syncs.length);
const failingCompany = pickCompany((syncs) => {
  const open = statusesOf(unresolved(syncs));
  return open.includes('needsAttention') && open.includes('failedOnIt') ? 100 + open.length : open.length;
});

/** A customer adapter over the demo data, scoped to one company, with a realistic network delay. */
const customerAdapter = (companyId: string) => demoAdapter({ options: { latency: LATENCY } }).forCompany(companyId);

/** An adapter whose every request fails with `error` (internal text included); `listSyncs` is a spy. */
function failingAdapter(error: SyncHealthError) {
  return {
    listSyncs: fn(async () => {
      throw error;
    }),
  } satisfies CustomerSyncHistoryAdapter;
}

/** The backend refuses the customer's session. */
const expiredSessionAdapter = () => failingAdapter(new SyncHealthError('unauthorized', 'Token for tenant t-8812 expired (gateway eu-west-2)'));

const DAY_MS = 86_400_000;
/** Midnight UTC on the demo data's "today". */
const TODAY = Math.floor(NOW / DAY_MS) * DAY_MS;

/** One daily sync of a company that syncs every morning at 06:00 UTC, `daysAgo` days before the demo's today. */
function dailySync(companyId: string, daysAgo: number, statusCode: number, messages: SyncMessage[] = []): Sync {
  const day = TODAY - daysAgo * DAY_MS;
  const iso = (ms: number) => new Date(ms).toISOString();
  return {
    id: `${companyId}-${daysAgo}`,
    companyId,
    product: 'commerce',
    statusCode,
    startedAt: iso(day + 6 * 3_600_000),
    endedAt: iso(day + 6 * 3_600_000 + 4 * 60_000),
    dataRange: { from: iso(day - DAY_MS), to: iso(day) },
    messages,
  };
}

/** A customer adapter over one company's daily syncs, `codes[0]` today, `codes[1]` yesterday …, with the demo latency. */
function dailyHistoryAdapter(companyId: string, codes: (number | [number, string])[]): CustomerSyncHistoryAdapter {
  const syncs = codes.map((code, daysAgo) =>
    typeof code === 'number' ? dailySync(companyId, daysAgo, code) : dailySync(companyId, daysAgo, code[0], [{ severity: 'error', text: code[1] }]),
  );
  return createInMemoryAdapter({ syncs, now: dataset.now }, { latency: LATENCY }).forCompany(companyId);
}

/** Six mornings in a row the accounting software's subscription had expired (4260); before that, ten good days. */
const expiredSubscriptionAdapter = () => dailyHistoryAdapter('company-expired', [...Array(6).fill(4260), ...Array(10).fill(2000)]);

/** One failure of each kind the customer can fix, newest first, none resolved yet: what each entry offers. */
const everyActionAdapter = () =>
  dailyHistoryAdapter('company-every-action', [4220, [4000, 'No sales customer has been configured.'], 4260, 4260, 4260, 2000, 2000]);

/** French texts a host would pass, all of them. */
const frenchMessages: CustomerSyncFlowHistoryMessagesOverride = {
  title: 'Historique des synchronisations',
  statuses: {
    synced: 'Synchronisé',
    syncedNothingNew: 'Synchronisé — rien de nouveau',
    inProgress: 'En cours',
    needsAttention: 'Action requise',
    failedOnIt: 'Échec — nous nous en occupons',
    unknown: 'Statut inconnu',
    resolved: 'Non synchronisé — résolu depuis',
  },
  lastSynced: (when, range) => `Dernière synchronisation ${when}${range ? ` · période du ${range}` : ''}`,
  latestSync: (when, status) => `Dernière tentative ${when} : ${status}`,
  syncingNow: (when) => `Synchronisation en cours, démarrée ${when}`,
  neverSynced: 'Aucune synchronisation réussie pour l’instant',
  startedAt: (dateTime) => `Démarrée le ${dateTime}`,
  failedRepeatedly: ({ countText, since, latest }) => `Échec ${countText} fois depuis le ${since} · dernière tentative le ${latest}`,
  // The sync messages themselves come from the backend, which words them (the adapter decides which a customer sees).
  whatToFix: 'À corriger :',
  hints: {
    fixSettings: 'Mettez à jour vos paramètres de synchronisation.',
    reconnect: 'Reconnectez votre logiciel comptable pour reprendre la synchronisation.',
    renewSubscription: 'L’abonnement à votre logiciel comptable a expiré. Renouvelez-le pour reprendre la synchronisation.',
    onIt: 'Un problème est survenu de notre côté. Vous n’avez rien à faire.',
    unknown: 'Demandez de l’aide si cela se reproduit.',
  },
  actions: { getHelp: 'Obtenir de l’aide', fixSettings: 'Corriger les paramètres', reconnect: 'Reconnecter', renewSubscription: 'Renouveler l’abonnement' },
  showMore: 'Afficher plus',
  loadingMore: 'Chargement…',
  shownCount: ({ shown, total, shownText, totalText }) =>
    total === undefined ? `${shownText} synchronisation${shown > 1 ? 's' : ''}` : `${shownText} sur ${totalText} synchronisations`,
  loading: 'Chargement de votre historique…',
  emptyTitle: 'Aucune synchronisation pour l’instant',
  emptyDetail: 'Vos synchronisations apparaîtront ici après la première.',
  loadError: 'Impossible de charger votre historique. Vérifiez votre connexion et réessayez.',
  signInError: 'Votre session a expiré. Reconnectez-vous pour voir votre historique.',
  signIn: 'Se reconnecter',
  loadMoreError: 'Impossible de charger plus de synchronisations.',
  retry: 'Réessayer',
};

/** Renders the story in a 320 px wide box, the narrowest embed the component supports. */
const narrowBox: Decorator = (Story) => (
  <div style={{ width: 320, maxWidth: '100%', boxSizing: 'border-box' }} data-testid="narrow-box">
    <Story />
  </div>
);

/** Hides the global story provider and its QueryClient, as on a host page that has neither. */
const withoutProvider: Decorator = (Story) => (
  <SyncHealthContext.Provider value={null}>
    <QueryClientContext.Provider value={undefined}>
      <Story />
    </QueryClientContext.Provider>
  </SyncHealthContext.Provider>
);

const meta = {
  title: 'Components/CustomerSyncFlowHistory',
  component: CustomerSyncFlowHistory,
  args: { adapter: customerAdapter(healthyCompany), now: NOW, pageSize: 10 },
  argTypes: { adapter: { control: false } },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 640 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof CustomerSyncFlowHistory>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A customer whose syncs all worked: the headline says when they last synced and which period it covered. */
export const HealthyHistory: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText(/^Last synced .+ · covering /)).toBeVisible();
    await expect(canvas.getAllByText(/^Synced/).length).toBeGreaterThan(1);
    await expect(canvas.queryByText('Needs your attention')).toBeNull();
  },
};

/**
 * Months of syncs: "Show more" fetches the next page, appends it (a run of failures that continues
 * on it grows) and moves focus to the first new entry.
 */
export const LongHistory: Story = {
  args: { adapter: customerAdapter(longHistoryCompany) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const showMore = await canvas.findByRole('button', { name: 'Show more' });
    const list = canvas.getAllByRole('list')[0]!;
    await expect(canvas.getByText(/^Showing 10 of \d+ syncs$/)).toBeVisible();
    const entriesBefore = list.children.length;
    await userEvent.click(showMore);
    await waitFor(() => expect(canvas.getByText(/^Showing 20 of \d+ syncs$/)).toBeVisible());
    await expect(list.children.length).toBeGreaterThan(entriesBefore);
    await expect(list.children[entriesBefore]).toHaveFocus();
  },
};

/** Recent failures: one the customer can fix (with its action) and one on the provider's side. */
export const FailingSyncs: Story = {
  args: { adapter: customerAdapter(failingCompany), onAction: fn() },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect((await canvas.findAllByText('Needs your attention')).length).toBeGreaterThan(0);
    await expect(canvas.getAllByText('Failed — we’re on it').length).toBeGreaterThan(0);
    const fixSettings = canvas.getAllByRole('button', { name: 'Fix settings' })[0]!;
    await userEvent.click(fixSettings);
    await expect(args.onAction).toHaveBeenCalledTimes(1);
    await expect(args.onAction).toHaveBeenCalledWith('fixSettings', expect.anything());
  },
};

/** A new customer who has not synced yet. */
export const NeverSynced: Story = {
  args: { adapter: customerAdapter('company-that-never-synced') },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('No syncs yet')).toBeVisible();
  },
};

/** The first page is on its way. */
export const Loading: Story = {
  args: { adapter: { listSyncs: () => new Promise(() => {}) } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('Loading your sync history…');
  },
};

/**
 * Failures in a row with the same cause make one entry: six mornings of an expired subscription read
 * "Failed 6 times since …" once, with the newest attempt's time, the period of all six, and
 * "Renew subscription" (the newest sync of the run goes to `onAction`).
 */
export const RepeatedFailure: Story = {
  args: { adapter: expiredSubscriptionAdapter(), onAction: fn() },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const run = (await canvas.findByText(/^Failed 6 times since \d+ \w+ \d{4} · latest attempt /)).closest('li')!;
    await expect(run).toBeVisible();
    await expect(canvas.getAllByText('Your accounting software subscription has expired. Renew it to sync again.')).toHaveLength(1);
    const list = canvas.getAllByRole('list')[0]!;
    // The first page holds the six failures and four good days: the run, then one entry a day; the count still counts syncs.
    await expect(list.children).toHaveLength(5);
    await expect(canvas.getByText('Showing 10 of 16 syncs')).toBeVisible();
    await userEvent.click(within(run).getByRole('button', { name: 'Renew subscription' }));
    await expect(args.onAction).toHaveBeenCalledWith('renewSubscription', expect.objectContaining({ id: 'company-expired-0', statusCode: 4260 }));
  },
};

/** Each failure the customer can fix offers the action its message asks for, first, with "Get help" after it. */
export const ActionForEachCause: Story = {
  args: { adapter: everyActionAdapter(), onAction: fn() },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await canvas.findByText(/^Failed 3 times since/);
    const [connection, settings, subscription] = Array.from(canvas.getAllByRole('list')[0]!.children) as HTMLElement[];
    const labels = (item: HTMLElement) => within(item).getAllByRole('button').map((button) => button.textContent);
    await expect(labels(connection!)).toEqual(['Reconnect', 'Get help']);
    await expect(labels(settings!)).toEqual(['Fix settings', 'Get help']);
    await expect(labels(subscription!)).toEqual(['Renew subscription', 'Get help']);
    await userEvent.click(within(connection!).getByRole('button', { name: 'Reconnect' }));
    await userEvent.click(within(settings!).getByRole('button', { name: 'Fix settings' }));
    await userEvent.click(within(subscription!).getByRole('button', { name: 'Renew subscription' }));
    await expect(args.onAction).toHaveBeenNthCalledWith(1, 'reconnect', expect.objectContaining({ statusCode: 4220 }));
    await expect(args.onAction).toHaveBeenNthCalledWith(2, 'fixSettings', expect.objectContaining({ statusCode: 4000 }));
    await expect(args.onAction).toHaveBeenNthCalledWith(3, 'renewSubscription', expect.objectContaining({ statusCode: 4260 }));
  },
};

/** The request failed: a customer-worded message, never the error's own text, and "Try again". */
export const LoadError: Story = {
  args: { adapter: failingAdapter(new SyncHealthError('invalidResponse', 'upstream 502 from sync-gw-3 (eu-west-2)')) },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('We couldn’t load your sync history.');
    await expect(canvasElement).not.toHaveTextContent('sync-gw-3');
    const listSyncs = (args.adapter as ReturnType<typeof failingAdapter>).listSyncs;
    const callsBefore = listSyncs.mock.calls.length;
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(listSyncs.mock.calls.length).toBeGreaterThan(callsBefore));
    await expect(await canvas.findByRole('alert')).toBeVisible();
  },
};

/** The backend refused the customer's session: the host's sign-in action (`onUnauthorized`), never "Try again", which cannot help. */
export const SignedOut: Story = {
  args: { adapter: expiredSessionAdapter(), onUnauthorized: fn() },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('Your session has ended. Sign in again to see your sync history.');
    await expect(canvasElement).not.toHaveTextContent('t-8812');
    await expect(canvas.queryByRole('button', { name: 'Try again' })).toBeNull();
    await userEvent.click(within(alert).getByRole('button', { name: 'Sign in again' }));
    await expect(args.onUnauthorized).toHaveBeenCalledTimes(1);
  },
};

/** Signed out, on a host that gave no `onUnauthorized`: the sentence alone, with no button. */
export const SignedOutWithoutSignIn: Story = {
  args: { adapter: expiredSessionAdapter() },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('Your session has ended. Sign in again to see your sync history.');
    await expect(canvas.queryByRole('button')).toBeNull();
  },
};

/** 320 px wide, as in a phone or a side panel: statuses move under the period and nothing overflows. */
export const NarrowScreen: Story = {
  args: { adapter: customerAdapter(failingCompany), onAction: fn() },
  decorators: [narrowBox],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findAllByText('Needs your attention');
    const box = canvas.getByTestId('narrow-box');
    await expect(box.scrollWidth).toBeLessThanOrEqual(box.clientWidth);
  },
};

/** The dark theme, from the same tokens. */
export const Dark: Story = {
  args: { adapter: customerAdapter(failingCompany), onAction: fn() },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    // Waits for the loaded history, so the accessibility check (contrast included) runs on it.
    await expect((await within(canvasElement).findAllByText('Needs your attention')).length).toBeGreaterThan(0);
  },
};

/** French texts and dates: `locale`, `timeZone` and `messages` props. */
export const French: Story = {
  args: { adapter: customerAdapter(failingCompany), locale: 'fr-FR', timeZone: 'Europe/Paris', messages: frenchMessages, onAction: fn() },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('region', { name: 'Historique des synchronisations' })).toBeVisible();
    await expect((await canvas.findAllByText('Action requise')).length).toBeGreaterThan(0);
    await expect(canvas.getByRole('button', { name: 'Afficher plus' })).toBeVisible();
    await expect(canvasElement).toHaveTextContent(/Démarrée le \d+ \S+ 2026/);
  },
};

/** Embedded on its own: no SyncHealthProvider and no QueryClient on the page, only an adapter. */
export const WithoutProvider: Story = {
  decorators: [withoutProvider],
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText(/^Last synced/)).toBeVisible();
  },
};
