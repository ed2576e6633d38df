import { describe, expect, it, vi } from 'vitest';
import {
  isAllowedExternalUrl,
  openExternalSafely,
  POSITION_SIZING_GUIDE_URL,
} from '../../../electron/main/open-external.ts';

describe('open-external', () => {
  describe('isAllowedExternalUrl()', () => {
    it('allows the guide, with or without an anchor', () => {
      expect(isAllowedExternalUrl(POSITION_SIZING_GUIDE_URL)).toBe(true);
      expect(isAllowedExternalUrl(`${POSITION_SIZING_GUIDE_URL}#risk-based`)).toBe(true);
    });
    it('refuses other pages, other schemes and look-alikes', () => {
      const http = POSITION_SIZING_GUIDE_URL.replace('https:', 'http:');
      for (const url of [
        http,
        'https://github.com/',
        'file:///etc/passwd',
        'javascript:alert(1)',
        `${POSITION_SIZING_GUIDE_URL}.evil`,
        POSITION_SIZING_GUIDE_URL.replace('https://', 'https://user:pw@'),
        POSITION_SIZING_GUIDE_URL.replace('github.com', 'github.com.evil.example'),
        'not a url',
      ]) {
        expect(isAllowedExternalUrl(url), url).toBe(false);
      }
    });
  });

  describe('openExternalSafely()', () => {
    it('calls openExternal only for an allowed URL', async () => {
      const open = vi.fn(() => Promise.resolve());
      expect(await openExternalSafely('https://evil.example/', open)).toBe(false);
      expect(open).not.toHaveBeenCalled();
      expect(await openExternalSafely(POSITION_SIZING_GUIDE_URL, open)).toBe(true);
      expect(open).toHaveBeenCalledWith(POSITION_SIZING_GUIDE_URL);
    });
  });
});
