/** Hidden field carrying the file's text as it was opened, so saving can change only what was edited. */
export const SOURCE_FIELD = 'salesbookSource';

/** The name our file format for one kind of file is registered under in the editor. */
export const formatName = (kind: string) => `salesbook-${kind}`;

/** The kind of file a format name stands for. */
export const kindOfFormat = (format: string) => format.replace(/^salesbook-/, '');
