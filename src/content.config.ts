import { defineCollection } from 'astro:content';
import { playbookChanges } from './integration/loaders.ts';

// The playbook is read, validated and rendered by Salesbook's own engine (src/lib/engine/), once per
// process; pages get it through src/site/. This collection only tells Astro that content changed.
export const collections = {
  playbook: defineCollection({ loader: playbookChanges() }),
};
