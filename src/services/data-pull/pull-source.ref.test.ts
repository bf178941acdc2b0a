import { describe, expect, it } from 'vitest';
import { sharedDataDir } from '../../../test/support/test-store.js';
import { pullSourceFrom } from './pull-source.js';

describe('reading --from', () => {
  it('means the publishers when it is not given', async () => {
    expect(await pullSourceFrom(undefined)).toEqual({ kind: 'publishers' });
  });

  it('takes an http(s) base URL, adding the closing slash', async () => {
    expect(await pullSourceFrom('http://127.0.0.1:8080/data')).toEqual({
      kind: 'mirror-url',
      base: 'http://127.0.0.1:8080/data/',
    });
  });

  it('takes a directory or a file: URL', async () => {
    expect(await pullSourceFrom(sharedDataDir)).toMatchObject({ kind: 'mirror-dir' });
    expect(await pullSourceFrom(`file://${sharedDataDir}`)).toMatchObject({ kind: 'mirror-dir' });
  });

  it('refuses a directory that does not exist and other kinds of URL, saying what to give', async () => {
    await expect(pullSourceFrom('/nonexistent/mirror')).rejects.toThrow(
      '--from /nonexistent/mirror: no such directory; give a directory laid out like shared/data or an http(s) base URL',
    );
    await expect(pullSourceFrom('ftp://example.org/data')).rejects.toThrow(
      /only http\(s\) URLs and directories can be mirrors/,
    );
  });
});
