import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const content = process.env.BENCH_CONTENT ?? '../../content';
const entries = (folder: string) => defineCollection({ loader: glob({ pattern: '**/*.mdx', base: `${content}/${folder}` }) });

export const collections = { scripts: entries('scripts'), objections: entries('objections'), standards: entries('standards') };
