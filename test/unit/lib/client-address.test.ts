import { expect } from 'chai';
import { clientAddressKey } from '../../../lib/client-address.js';

describe('clientAddressKey', () => {
  it('keys an IPv4 address by itself, also when IPv4-mapped', () => {
    expect(clientAddressKey('203.0.113.7')).to.equal('203.0.113.7');
    expect(clientAddressKey('::ffff:203.0.113.7')).to.equal('203.0.113.7');
    expect(clientAddressKey('::FFFF:203.0.113.7')).to.equal('203.0.113.7');
  });

  it('keys an IPv6 address by its /64, since one host usually holds a whole /64', () => {
    expect(clientAddressKey('2001:db8:1:2:aaaa::1')).to.equal('2001:db8:1:2::/64');
    expect(clientAddressKey('2001:0DB8:0001:0002:ffff:ffff:ffff:ffff')).to.equal('2001:db8:1:2::/64');
    expect(clientAddressKey('2001:db8::1')).to.equal('2001:db8:0:0::/64');
    expect(clientAddressKey('::1')).to.equal('0:0:0:0::/64');
    expect(clientAddressKey('fe80::1%eth0')).to.equal('fe80:0:0:0::/64');
    expect(clientAddressKey('64:ff9b::192.0.2.1')).to.equal('64:ff9b:0:0::/64');
  });

  it('keys a missing or unparsable address as unknown', () => {
    expect(clientAddressKey(undefined)).to.equal('unknown');
    expect(clientAddressKey('')).to.equal('unknown');
    expect(clientAddressKey('not an address')).to.equal('unknown');
  });
});
