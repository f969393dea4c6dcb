import { describe, expect, it } from 'vitest';
import { alphabetical } from './provider-order.js';

const provider = (name: string, n: number) => ({ providerId: `00000000-0000-4000-8000-00000000000${n}`, name, streetAddress: '' });

describe('alphabetical', () => {
  it('sorts Swedish names with å, ä and ö after z, and Danish ones with æ, ø and å after z', () => {
    const names = ['Ängen Omsorg AB', 'Östra Omsorg AB', 'Åsen Omsorg AB', 'Zeta Omsorg AB', 'alfa Omsorg AB'];
    expect(alphabetical(names.map(provider), 'sv').map((p) => p.name)).toEqual(['alfa Omsorg AB', 'Zeta Omsorg AB', 'Åsen Omsorg AB', 'Ängen Omsorg AB', 'Östra Omsorg AB']);
    const danish = ['Åbo Pleje ApS', 'Ørne Pleje ApS', 'Æble Pleje ApS', 'Zeta Pleje ApS'];
    expect(alphabetical(danish.map(provider), 'da').map((p) => p.name)).toEqual(['Zeta Pleje ApS', 'Æble Pleje ApS', 'Ørne Pleje ApS', 'Åbo Pleje ApS']);
  });
});
