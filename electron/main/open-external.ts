/** The position-sizing guide, opened from Help and from links in the editor. */
export const POSITION_SIZING_GUIDE_URL =
  'https://github.com/rheeger/spark-stacker/blob/main/packages/shared/docs/strategy-position-sizing.md';

/** The only pages the app opens in the user's browser. */
const EXTERNAL_URL_ALLOW_LIST: readonly string[] = [
  POSITION_SIZING_GUIDE_URL,
  'https://github.com/rheeger/spark-stacker/blob/main/packages/shared/docs/configuration.md',
];

/** Whether `url` is an https page on the allow-list (an anchor on it is allowed). */
export function isAllowedExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '')
    return false;
  const withoutHash = `${parsed.origin}${parsed.pathname}${parsed.search}`;
  return EXTERNAL_URL_ALLOW_LIST.includes(withoutHash);
}

/** Opens an allow-listed page with `shell.openExternal`; anything else is refused. */
export async function openExternalSafely(
  url: string,
  openExternal: (url: string) => Promise<void>,
): Promise<boolean> {
  if (!isAllowedExternalUrl(url)) return false;
  await openExternal(url);
  return true;
}
