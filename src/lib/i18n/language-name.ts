/** A language's name written in that language, capitalised: `ru` → `Русский`, so readers find theirs on any page. */
export function languageName(code: string): string {
  let name = code;
  let locale: string | undefined = code;
  try {
    name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  } catch {
    // An odd tag must not break the build; the tag itself is a usable name, capitalised by default rules.
    locale = undefined;
  }
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}
