/**
 * The navigator's outlined badge: a small rounded pill drawn in `outline` (a theme colour),
 * its text in the normal text colour. One shape for every such badge, so that they stay alike.
 */
export function outlinedPill(outline: string) {
  return {
    fontSize: 11,
    borderRadius: 8,
    flexShrink: 0,
    border: 1,
    borderColor: outline,
    color: 'text.primary',
  } as const;
}
