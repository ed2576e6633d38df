/** The window title: `name — Spark Config Editor`, marked while unsaved (macOS marks the close button instead). */
export function windowTitle(name: string, edited: boolean, platform: NodeJS.Platform): string {
  const mark = edited && platform !== 'darwin' ? '• ' : '';
  return `${mark}${name} — Spark Config Editor`;
}
