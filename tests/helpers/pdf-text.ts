import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One line of text on a PDF page, as a reader sees it: items sharing a baseline, left to right. */
export interface PdfLine {
  text: string;
  /** Distance of the baseline from the bottom of the page, in PDF points. */
  y: number;
}

/** The text of every page of a PDF, as lines from the top of the page to the bottom. */
export async function pdfLines(pdf: Uint8Array): Promise<PdfLine[][]> {
  const document = await getDocument({ data: pdf, useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: PdfLine[][] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    const items = content.items.flatMap((item) => ('str' in item && item.str.trim() !== '' ? [{ text: item.str, x: item.transform[4] as number, y: item.transform[5] as number }] : []));
    const lines: { y: number; items: typeof items }[] = [];
    for (const item of items) {
      // Items on one baseline, give or take rounding, belong to one line.
      const line = lines.find((candidate) => Math.abs(candidate.y - item.y) < 2);
      if (line) line.items.push(item);
      else lines.push({ y: item.y, items: [item] });
    }
    pages.push(
      lines
        .sort((a, b) => b.y - a.y)
        .map((line) => ({ y: line.y, text: line.items.sort((a, b) => a.x - b.x).map((item) => item.text).join(' ').replace(/\s+/gu, ' ').trim() })),
    );
  }
  await document.destroy();
  return pages;
}

/**
 * Text without spaces or quotation marks, so words split differently into PDF items, and quotes a
 * language draws differently (“…” or «…»), still compare equal.
 */
export const squeeze = (text: string) => text.normalize('NFKC').replace(/[\s“”„«»"]+/gu, '');
