import { describe, expect, it, vi } from 'vitest';
import { HOSTILE_STRINGS } from '../../support/hostile-strings';
import { armTripwires, bidiLeaks, foreignElements, horizontalOverflow, settle } from './guards';
import { renderInHost } from './harness';

const payload = (name: string) => HOSTILE_STRINGS.find((entry) => entry.name === name)?.value as string;

// The checks of the injection suite must catch what they look for, or a green run proves nothing.
describe('injection checks, on markup built to fail them', () => {
  it('notice a payload parsed as HTML: its element, its handler and the global it sets', async () => {
    const wires = armTripwires();
    const { host } = await renderInHost(<div dangerouslySetInnerHTML={{ __html: payload('img onerror') }} />);
    await settle();
    // The image's error event waits for its failed request, which a busy machine can delay.
    await vi.waitFor(() => expect(wires.trips()).toEqual(expect.arrayContaining(['<img> added', '<img onerror> added', '__pwned set'])), {
      timeout: 5000,
    });
    wires.disarm();
    expect(foreignElements(host)).toEqual(['<img> rendered']);
    delete (window as { __pwned?: unknown }).__pwned;
  });

  it('notice a dialog', async () => {
    const wires = armTripwires();
    await renderInHost(<div dangerouslySetInnerHTML={{ __html: payload('img onerror alert') }} />);
    await settle();
    await vi.waitFor(() => expect(wires.trips()).toContain('alert(1)'), { timeout: 5000 });
    wires.disarm();
  });

  it('notice a bidi override that reaches text after its field, and not one kept in <bdi>', async () => {
    const override = payload('bidi right-to-left override');
    const leaky = await renderInHost(<p className="leaky">{override} → Xero</p>);
    expect(bidiLeaks(leaky.host, override)).toEqual(['p.leaky']);
    const isolated = await renderInHost(<p className="isolated"><bdi>{override}</bdi> → Xero</p>);
    expect(bidiLeaks(isolated.host, override)).toEqual([]);
  });

  it('notice a root wider than its host', async () => {
    const { host } = await renderInHost(<div style={{ whiteSpace: 'nowrap' }}>{payload('long unbroken ASCII (10,000)')}</div>);
    expect(horizontalOverflow(host, 360)).toBeGreaterThan(1_000);
  });
});
