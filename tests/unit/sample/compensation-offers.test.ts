import { describe, expect, it } from 'vitest';
import { samplePlaybook, spokenTexts } from './sample-playbook.ts';

// How each option of the compensation matrix is worded when a rep offers it: tier id → option index → wording.
const wordings: Record<string, Record<string, RegExp[]>> = {
  en: {
    gesture: [/rebooking fee/iu, /tail-lift/iu, /priority pickup/iu],
    minor: [/redelivery/iu, /10% of (?:this|the) shipment/iu, /one free pallet/iu],
    significant: [/refund (?:of )?the freight/iu, /15%/iu, /free storage/iu],
  },
  ru: {
    gesture: [/перебронирован/iu, /гидроборт/iu, /приоритетн/iu],
    minor: [/повторн\p{L}* доставк/iu, /10% стоимости/iu, /одн\p{L}* бесплатн\p{L}* паллет/iu],
    significant: [/стоимост\p{L}* перевозки/iu, /15%/iu, /бесплатн\p{L}* хранени/iu],
  },
};
const approvedBySupervisor = { en: /supervisor has approved/iu, ru: /старш\p{L}* смены (?:это уже )?согласовал/iu };

/** Texts that offer compensation: the variants of `offer-compensation` and dialogue lines marked with it. Weak options are wrong on purpose. */
const offers = (lang: string) => spokenTexts(lang).filter((text) => text.module === 'offer-compensation' && !text.weak);

describe('compensation offered in the sample', () => {
  for (const lang of ['en', 'ru'] as const) {
    const tiers = samplePlaybook().compensation.find((source) => source.lang === lang)!.data.tiers;

    it(`knows how every ${lang} option a rep may offer is worded`, () => {
      for (const [tier, options] of Object.entries(wordings[lang]!)) {
        expect(tiers.find((t) => t.id === tier)?.options.length, tier).toBe(options.length);
      }
    });

    it(`offers in ${lang} only options of the matrix, within their cost cap and the rep's authority`, () => {
      expect(offers(lang).length).toBeGreaterThanOrEqual(5);
      for (const { text, where } of offers(lang)) {
        const matched = Object.entries(wordings[lang]!).flatMap(([tierId, patterns]) =>
          patterns.flatMap((pattern, index) => (pattern.test(text) ? [{ tier: tiers.find((t) => t.id === tierId)!, option: tiers.find((t) => t.id === tierId)!.options[index]! }] : [])),
        );
        expect(matched.length, `${where}: “${text}” offers an option of the matrix`).toBeGreaterThan(0);
        const cap = Math.max(...matched.map(({ option }) => option.costCap));
        const amounts = [...text.matchAll(/€\s?(\d+)|(\d+)\s?€/gu)].map((m) => Number(m[1] ?? m[2]));
        for (const amount of amounts) expect(amount, `${where}: €${amount} within the cap of €${cap}`).toBeLessThanOrEqual(cap);
        if (matched.some(({ tier }) => tier.authorizedBy !== 'frontline'))
          expect(text, `${where}: above the frontline tiers, the line says the supervisor approved it`).toMatch(approvedBySupervisor[lang]);
      }
    });
  }
});
