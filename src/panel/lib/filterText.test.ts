import { describe, expect, it } from 'vitest';
import { domainOf, toggleDomain, withDomain } from './filterText';

describe('filter text edits', () => {
  it('adds a domain token in front of what the user typed', () => {
    expect(withDomain('-status-code:404 timeout', 'api.example.com')).toBe(
      'domain:api.example.com -status-code:404 timeout',
    );
    expect(withDomain('', 'a.test')).toBe('domain:a.test');
  });

  it('replaces an existing domain token and keeps negated ones', () => {
    expect(withDomain('domain:old.test -domain:cdn.test x', 'new.test')).toBe(
      'domain:new.test -domain:cdn.test x',
    );
  });

  it('reads the active domain', () => {
    expect(domainOf('x  DOMAIN:Api.Test')).toBe('Api.Test');
    expect(domainOf('-domain:a.test')).toBeNull();
  });

  it('toggles a host off when it is already active', () => {
    expect(toggleDomain('domain:a.test code:1', 'A.test')).toBe('code:1');
    expect(toggleDomain('domain:a.test code:1', 'b.test')).toBe('domain:b.test code:1');
  });
});
