// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyText } from './clipboard';

afterEach(() => vi.restoreAllMocks());

describe('copyText', () => {
  it('uses the Clipboard API when it works', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
    await expect(copyText('req-1')).resolves.toBe(true);
    expect(writeText).toHaveBeenCalledWith('req-1');
  });

  it('falls back to a hidden textarea when the Clipboard API rejects', async () => {
    const writeText = vi.fn(() => Promise.reject(new Error('denied')));
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
    let copied = '';
    document.execCommand = vi.fn(() => {
      copied = document.querySelector('textarea')?.value ?? '';
      return true;
    });
    await expect(copyText('req-2')).resolves.toBe(true);
    expect(document.execCommand).toHaveBeenCalledWith('copy');
    expect(copied).toBe('req-2');
    expect(document.querySelector('textarea')).toBeNull();
  });
});
