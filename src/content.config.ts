import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { CompensationSchema } from './schemas/compensation.ts';
import { ObjectionSchema } from './schemas/objection.ts';
import { ScriptsEntrySchema } from './schemas/script.ts';
import { StandardsEntrySchema } from './schemas/standard.ts';
import { StopPhraseListSchema } from './schemas/stop-phrases.ts';
import { playbookData, playbookEntries } from './integration/loaders.ts';

// Entry ids are `<lang>/<file name>`; translations share the part after the slash.
export const collections = {
  scripts: defineCollection({ loader: playbookEntries('scripts'), schema: ScriptsEntrySchema }),
  objections: defineCollection({ loader: playbookEntries('objections'), schema: ObjectionSchema }),
  standards: defineCollection({ loader: playbookEntries('standards'), schema: StandardsEntrySchema }),
  stopPhrases: defineCollection({ loader: playbookData('stopPhrases'), schema: z.object({ phrases: StopPhraseListSchema }) }),
  compensation: defineCollection({ loader: playbookData('compensation'), schema: CompensationSchema }),
};
