import { expect } from 'chai';
import { guardedLookup, isPrivateAddress, isPrivateUrl } from '../../../lib/net-guard.js';

describe('net guard', () => {
  it('classifies loopback, private, link-local and mapped addresses as private', () => {
    for (const a of [
      '127.0.0.1',
      '10.0.0.5',
      '172.16.3.4',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '::1',
      'fe80::1',
      'fd00::1',
      '::ffff:127.0.0.1',
      '0.0.0.0',
    ]) {
      expect(isPrivateAddress(a), a).to.equal(true);
    }
    for (const a of ['8.8.8.8', '1.1.1.1', '2001:4860:4860::8888']) expect(isPrivateAddress(a), a).to.equal(false);
  });

  it('flags localhost and private IP literals in URLs', () => {
    expect(isPrivateUrl('http://localhost:3000/x')).to.equal(true);
    expect(isPrivateUrl('https://[::1]/x')).to.equal(true);
    expect(isPrivateUrl('https://example.org/hook')).to.equal(false);
  });

  it('refuses, at connection time, a host name that resolves to loopback', async () => {
    const err = await new Promise((resolve) => guardedLookup(false)('localhost', {}, (e) => resolve(e)));
    expect(err).to.be.instanceOf(Error);
    const ok = await new Promise((resolve) => guardedLookup(true)('localhost', {}, (e, addr) => resolve(e ?? addr)));
    expect(ok).to.be.a('string');
  });
});
